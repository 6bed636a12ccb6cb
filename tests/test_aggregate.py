"""One story, many copies: dedup in the store, aggregated events, exports (issue 6).

The fixture articles are written for these tests: an AP wire story, a scraper's reprint of it with ad
slots and its last paragraph cut, a French translation of it, an independent Reuters report of the same
visit, and an unrelated AP story."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pytest

from dragoman.aggregate import EventMention, aggregate
from dragoman.export import export
from dragoman.export.gdelt import columns
from dragoman.store import Store
from dragoman.store.aggregated import aggregated_events

WIRE = """MINSK, Belarus (AP) — Belarusian President Alexander Lukashenko arrived in Beijing on Tuesday for a three-day state visit, his second trip to China in 14 months, officials in Minsk said.

Lukashenko will meet Chinese President Xi Jinping on Wednesday to discuss 17 trade agreements worth about 3.5 billion dollars, the Belarusian presidential office said.

Western governments have accused Minsk of helping Moscow, and the European Union imposed sanctions on Belarus in February. Beijing has refused to criticize Russia over the war.

Belarus exported 4,200 tonnes of potash fertiliser to the Chinese port of Lianyungang last month, according to the state company Belaruskali."""

REPRINT = (
    "[ad_1]\n\n"
    + WIRE.rsplit("\n\n", 1)[0]
    + "\n\nStay informed with the latest world headlines from our newsroom every morning.\n\n[ad_2]\n\nSource link"
)

TRANSLATION = """MINSK (AP) — Le président biélorusse Alexandre Loukachenko est arrivé mardi à Pékin pour une visite d'État de trois jours, son deuxième voyage en Chine en 14 mois, ont indiqué des responsables à Minsk.

Loukachenko rencontrera mercredi le président chinois Xi Jinping pour discuter de 17 accords commerciaux d'une valeur d'environ 3,5 milliards de dollars, a précisé la présidence biélorusse.

Les gouvernements occidentaux accusent Minsk d'aider Moscou, et l'Union européenne a imposé des sanctions à la Biélorussie en février. Pékin a refusé de critiquer la Russie pour la guerre.

La Biélorussie a exporté 4 200 tonnes d'engrais potassiques vers le port chinois de Lianyungang le mois dernier, selon la société d'État Belaruskali."""

INDEPENDENT = """BEIJING (Reuters) — Alexander Lukashenko of Belarus arrived in Beijing on Tuesday, state television said, as China seeks closer ties with Moscow's allies.

Chinese Foreign Ministry spokesperson Mao Ning told reporters that the two leaders would sign agreements on industry and agriculture, without giving figures.

The visit comes days after China published a twelve-point position paper on the war in Ukraine, which Kyiv's Western backers dismissed."""

UNRELATED = """NAIROBI, Kenya (AP) — Floods in eastern Kenya have killed at least 47 people since Monday, the Kenya Red Cross said on Tuesday, and the government said it would send helicopters to Garissa.

Interior minister Kithure Kindiki said the government would release 2.3 million dollars in emergency aid."""

FIRST_RUN = [
    {"id": "wire", "text": WIRE, "title": "Belarus leader Lukashenko arrives in China for state visit",
     "date": "2023-02-28", "url": "https://apnews.com/article/belarus-china-1"},
    {"id": "kenya", "text": UNRELATED, "title": "Kenya floods kill 47", "date": "2023-02-28",
     "url": "https://apnews.com/article/kenya-floods"},
]  # fmt: skip
SECOND_RUN = [
    {"id": "reprint", "text": REPRINT, "title": "Belarus leader Lukashenko arrives in China for state visit",
     "date": "2023-03-01", "url": "https://world-news-today.example/belarus-lukashenko-china"},
    {"id": "fr", "text": TRANSLATION, "title": "Loukachenko en Chine pour une visite d'État", "lang": "fr",
     "date": "2023-03-01", "url": "https://infos.example.fr/monde/loukachenko-chine"},
    {"id": "reuters", "text": INDEPENDENT, "title": "China rolls out red carpet for Belarus's Lukashenko",
     "date": "2023-02-28", "url": "https://www.reuters.com/world/china-belarus-2023-02-28/"},
]  # fmt: skip


def _write(path: Path, records: list[dict[str, str]]) -> str:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wire story and an unrelated one in a first run, the copies and the Reuters report in a second:
    the second run matches against the index the first one stored."""
    from dragoman.pipeline import run

    folder = tmp_path_factory.mktemp("agg")
    path = folder / "agg.duckdb"
    with Store(path) as store:
        run([_write(folder / "first.jsonl", FIRST_RUN)], store)
        run([_write(folder / "second.jsonl", SECOND_RUN)], store)
    return path


def _articles(store: Store) -> dict[str, dict[str, Any]]:
    return {row["doc_id"]: row for row in store.articles()}


def test_copies_and_translations_are_linked_across_runs(store_path: Path) -> None:
    with Store(store_path, read_only=True) as store:
        rows = _articles(store)
        assert store.count("dedup_index") == 5
    wire = rows["wire"]["id"]
    assert rows["reprint"]["original_id"] == wire and rows["reprint"]["link_kind"] in ("near", "update")
    assert rows["fr"]["original_id"] == wire and rows["fr"]["link_kind"] == "translation"
    story = rows["wire"]["story_id"]
    assert rows["reprint"]["story_id"] == rows["fr"]["story_id"] == story == f"story:{wire}"
    assert rows["reuters"]["story_id"] != story and rows["reuters"]["original_id"] is None
    assert rows["kenya"]["story_id"] != story


def test_running_again_adds_nothing(store_path: Path, tmp_path: Path) -> None:
    from dragoman.pipeline import run

    tables = ("articles", "events", "dedup_index", "article_matches", "stories", "aggregated_events")
    with Store(store_path) as store:
        before = {t: store.count(t) for t in tables}
        report = run([_write(tmp_path / "again.jsonl", FIRST_RUN + SECOND_RUN)], store)
        after = {t: store.count(t) for t in tables}
    assert report.stored_ids == []
    assert before == after


def test_the_visit_is_one_aggregated_event_with_independent_sources(store_path: Path) -> None:
    with Store(store_path, read_only=True) as store:
        visits = aggregated_events(store, code="042", actor="person:alexander-lukashenko")
        by_id = {row["id"]: row["doc_id"] for row in store.articles()}
    assert len(visits) == 1
    visit = visits[0]
    docs = {by_id[m["article_id"]] for m in visit["members"]}
    assert {"wire", "reprint", "fr", "reuters"} <= docs
    assert visit["num_articles"] == len(docs)
    assert visit["num_mentions"] >= visit["num_articles"]
    # the wire story, its reprint and its translation are one source (AP); Reuters reported it itself
    assert visit["sources"] == ["wire:AP", "wire:Reuters"]
    assert visit["num_sources"] == 2
    assert visit["first_seen"] == "2023-02-28" and visit["last_seen"] == "2023-03-01"
    assert visit["date"] == "2023-02-28"


def test_gdelt_exports_have_the_codebook_columns(store_path: Path) -> None:
    assert len(columns("events")) == 61 and len(columns("mentions")) == 16
    with Store(store_path, read_only=True) as store:
        events, mentions = io.StringIO(), io.StringIO()
        n_events = export(store, "gdelt-events", events)
        n_mentions = export(store, "gdelt-mentions", mentions)
        aggregated = aggregated_events(store)
    rows = [line.split("\t") for line in events.getvalue().splitlines()]
    assert n_events == len(rows) == len(aggregated) > 0
    assert {len(r) for r in rows} == {61}
    mention_rows = [line.split("\t") for line in mentions.getvalue().splitlines()]
    assert n_mentions == len(mention_rows) == sum(a["num_mentions"] for a in aggregated)
    assert {len(r) for r in mention_rows} == {16}
    header = columns("events")
    visit = next(r for r in rows if r[header.index("EventCode")] == "042")
    assert visit[header.index("NumSources")] == "2"
    assert visit[header.index("Day")] == "20230228"
    assert visit[header.index("Actor1Code")] == "BLRGOV"
    event_ids = {r[0] for r in rows}
    assert {r[0] for r in mention_rows} == event_ids  # every mention points at an exported event


def test_parquet_round_trips_the_event_records(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    with Store(store_path, read_only=True) as store:
        count = export(store, "parquet", out)
        stored = {e["event_id"]: e for e in store.events()}
    assert count == len(stored) > 0
    db = duckdb.connect()
    cursor = db.execute(f"SELECT to_json(p) FROM read_parquet('{out}') p")
    read = [json.loads(row[0]) for row in cursor.fetchall()]
    assert {r["event_id"]: r for r in read} == stored


def test_csv_and_plover_json(store_path: Path, tmp_path: Path) -> None:
    with Store(store_path, read_only=True) as store:
        n = store.count("events")
        text = io.StringIO()
        assert export(store, "csv", text) == n
        assert export(store, "plover-json", tmp_path / "events.jsonl", since="2023-02-28") <= n
        with pytest.raises(Exception, match="--out"):
            export(store, "parquet", io.StringIO())
    assert len(list(csv.DictReader(io.StringIO(text.getvalue())))) == n
    records = [json.loads(line) for line in (tmp_path / "events.jsonl").read_text().splitlines()]
    assert records and all(r["id"] and r["actor"] and r["event"] and r["link"] for r in records)
    assert all(r["date"] >= "2023-02-28" for r in records)


def test_export_command(store_path: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from dragoman.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["export", "--format", "gdelt-events", "--db", str(store_path)])
    assert result.exit_code == 0 and all(len(line.split("\t")) == 61 for line in result.stdout.splitlines())
    result = runner.invoke(app, ["export", "--format", "xml", "--db", str(store_path)])
    assert result.exit_code == 2
    result = runner.invoke(app, ["aggregated", "--db", str(store_path), "--format", "jsonl"])
    assert result.exit_code == 0 and json.loads(result.stdout.splitlines()[0])["agg_id"].startswith("agg:")


# -- aggregation on its own, with hand-built event records --------------------------------------------


def _event(event_id: str, article: str, cameo: str, day: str = "2024-05-02", **extra: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "event_id": event_id,
        "article_id": article,
        "sentence": 0,
        "source": {"text": "Russia", "id": "state:RUS", "cameo": "RUS", "country": "RUS"},
        "target": {"text": "Ukraine", "id": "state:UKR", "cameo": "UKR", "country": "UKR"},
        "cameo": cameo,
        "cameo_root": cameo[:2],
        "modality": "asserted",
        "date": day,
        "location": None,
        "evidence": {"text": f"sentence of {event_id}", "trigger": "x"},
    }
    return record | extra


def _mention(record: dict[str, Any], story: str, origin: str, day: date = date(2024, 5, 2)) -> EventMention:
    return EventMention(record, story, origin, day)


def test_conflicting_codings_of_one_event_are_kept_as_alternatives() -> None:
    """The wire and its reprint code the strike 190, the translation 195: one event, 195 visible."""
    found = aggregate(
        [
            _mention(_event("e1", "wire", "190"), "s1", "wire:AP"),
            _mention(_event("e2", "reprint", "190"), "s1", "wire:AP", date(2024, 5, 3)),
            _mention(_event("e3", "fr", "195"), "s1", "wire:AP", date(2024, 5, 3)),
        ]
    )
    assert len(found) == 1
    record = found[0].to_json()
    assert record["cameo"] == "190"
    assert [(a["cameo"], a["event_ids"]) for a in record["alternatives"]] == [("195", ["e3"])]
    assert {m["event_id"]: m["cameo"] for m in record["members"]} == {"e1": "190", "e2": "190", "e3": "195"}
    assert (record["num_mentions"], record["num_articles"], record["num_sources"]) == (3, 3, 1)


def test_two_codes_in_one_article_are_two_events() -> None:
    """An article that reports a threat (138) and an attack (190) by the same dyad read two events."""
    found = aggregate(
        [
            _mention(_event("e1", "a", "138"), "s1", "wire:AP"),
            _mention(_event("e2", "a", "190"), "s1", "wire:AP"),
            _mention(_event("e3", "b", "190"), "s1", "wire:AP"),
        ]
    )
    assert sorted((e.code, len(e.members)) for e in found) == [("138", 1), ("190", 2)]
    assert all(not e.to_json()["alternatives"] for e in found)


def test_independent_stories_merge_within_the_window_only() -> None:
    found = aggregate(
        [
            _mention(_event("e1", "a", "190", "2024-05-02"), "s1", "wire:AP"),
            _mention(_event("e2", "b", "193", "2024-05-03"), "s2", "wire:Reuters"),
            _mention(_event("e3", "c", "190", "2024-05-06"), "s3", "outlet:kyivindependent.com"),
            _mention(_event("e4", "d", "190", "2024-05-02", modality="negated"), "s4", "wire:AFP"),
        ]
    )
    groups = sorted(sorted(m.event_id for m in e.members) for e in found)
    assert groups == [["e1", "e2"], ["e3"], ["e4"]]
    merged = next(e for e in found if len(e.members) == 2).to_json()
    assert merged["num_sources"] == 2 and merged["sources"] == ["wire:AP", "wire:Reuters"]
    assert merged["cameo"] == "190" and merged["alternatives"][0]["cameo"] == "193"


def test_a_store_older_than_its_index_is_indexed_once(tmp_path: Path) -> None:
    """Articles stored before the store kept a dedup index get one (and their stories) when a run opens it."""
    from dragoman.clean import clean
    from dragoman.model import RawDocument
    from dragoman.store.stories import StoryIndex

    def cleaned(doc_id: str, text: str, lang: str, day: date) -> Any:
        found = clean(RawDocument(doc_id, "test", text, title="Lukashenko in Beijing", published=day))
        found.lang = lang
        return found

    articles = [
        cleaned("wire", WIRE, "en", date(2023, 2, 28)),
        cleaned("fr", TRANSLATION, "fr", date(2023, 3, 1)),
        cleaned("reprint", REPRINT, "en", date(2023, 3, 1)),
    ]
    with Store(tmp_path / "old.duckdb") as store:
        store.add_articles(articles, "old-run")  # as a store written before dedup was kept
        assert store.count("dedup_index") == 0
        StoryIndex.open(store)
        StoryIndex.open(store)  # the second time there is nothing left to index
        assert store.count("dedup_index") == 3
        rows = _articles(store)
    assert rows["fr"]["original_id"] == rows["wire"]["id"] and rows["fr"]["link_kind"] == "translation"
    assert rows["reprint"]["original_id"] == rows["wire"]["id"]
    assert rows["reprint"]["story_id"] == rows["fr"]["story_id"] == rows["wire"]["story_id"]

"""Actors on material from ../shared: the seed sample, the PLOVER gold records, the Phoenix dictionaries."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from dragoman.actors import knowledge_base, resolve_article
from dragoman.actors.petrarch import read_dictionary
from dragoman.counts import Counts
from dragoman.evaluate.actors import score
from dragoman.ingest import read_source
from dragoman.model import RawDocument
from dragoman.nlp import parse
from dragoman.pipeline import prepare
from tests.conftest import shared


def test_sample_article_actors() -> None:
    """Every actor of the DESIGN table resolves in the seed sample, and nothing is built on its junk."""
    [raw] = [
        d
        for d in read_source(str(shared("samples/belarus-china-visit.fr.txt")))
        if isinstance(d, RawDocument)
    ]
    article = prepare(raw, Counts(), default_date=date(2023, 2, 28))
    assert article is not None and article.lang == "fr"
    [doc] = parse([article])
    resolve_article(article, doc)
    mentions = [m for m in article.mentions if m.actor_id or m.country]
    found = {(m.text, m.actor_id, m.cameo) for m in mentions}

    def has(text: str, actor: str, cameo: str | None) -> bool:
        return any(t == text and a == actor and (cameo is None or c == cameo) for t, a, c in found)

    assert has("président biélorusse Alexandre Loukachenko", "person:alexander-lukashenko", "BLRGOV")
    assert has("Pékin", "state:CHN", "CHNGOV")
    assert has("Moscou", "state:RUS", "RUSGOV")
    assert has("responsables américains", "state:USA", "USAGOV")
    assert has("Union européenne", "igo:EU", None)
    assert has("OTAN", "igo:NATO", None)
    assert has("États-Unis", "state:USA", "USA")
    assert has("Spacety China", "org:spacety", None)
    assert any(m.actor_id == "group:wagner" and m.country == "RUS" for m in mentions)
    assert any(
        m.text.endswith("Mao Ning") and m.actor_id == "person:mao-ning" and m.cameo == "CHNGOV"
        for m in mentions
    )
    assert any(
        m.text.startswith("Loukachenko") and m.actor_id == "person:alexander-lukashenko" for m in mentions
    )
    assert any(m.text == "gouvernement de Loukachenko" and m.cameo == "BLRGOV" for m in mentions)
    assert not any(m.text == "militaire" for m in mentions)  # "assistance militaire" names nobody
    assert all(article.text[m.start : m.end] == m.text for m in article.mentions)
    assert "Source" not in {m.text for m in mentions} and not any("ad_" in m.text for m in mentions)


# Measured 2026-11-29: see README. The floor sits just below the figure.
def test_plover_gold_actor_countries() -> None:
    result = score(shared("gold/PLOVER/PLOVER_GSR_CAMEO.txt"))
    assert result.total > 600
    assert result.accuracy >= 0.90, result.misses[:20]


def test_eval_actors_command() -> None:
    gold = shared("gold/PLOVER/PLOVER_GSR_CAMEO.txt")
    out = subprocess.run(
        [sys.executable, "-m", "dragoman", "eval", "actors", "--gold", str(gold)],
        capture_output=True,
        text=True,
    )
    assert (
        out.returncode == 0 and "actor texts resolve to the gold code" in out.stdout and "miss " in out.stdout
    )


def test_phoenix_dictionaries_load(tmp_path: Path) -> None:
    folder = shared("gold/petrarch2")
    countries = read_dictionary(folder / "Phoenix.Countries.actors.txt")
    assert countries.names > 15000 and not countries.skipped
    lukashenka = [e for e in countries.entries if e.alias == "Alyaksandr Lukashenka" and e.cameo == "BLRGOV"]
    assert lukashenka and lukashenka[0].start == date(1994, 7, 20) and lukashenka[0].end is None
    agents = read_dictionary(folder / "Phoenix.agents.txt")
    assert agents.names > 1500
    sectors = {e.alias: e.sector for e in agents.entries}
    assert sectors["police"] == "COP" and sectors.get("policemen") == "COP"
    international = read_dictionary(folder / "Phoenix.International.actors.txt")
    assert any(e.cameo == "IGOWSTNAT" for e in international.entries)


def test_imported_dictionary_is_used_by_later_runs(tmp_path: Path) -> None:
    """A user's PETRARCH dictionary, imported into a store, resolves in lookups and runs on that store."""
    dictionary = tmp_path / "mine.actors.txt"
    dictionary.write_text(
        "# my own actors\n"
        "AZURE_VALLEY_DEFENCE_LEAGUE_ [MLIREB]\n"
        "+AVDL_\n"
        "KORO_TANDIA_  # a local mayor\n"
        "\t[MLIGOV 150101-191231]\n"
        "\t[MLIELI >200101]\n",
        encoding="utf-8",
    )
    db = tmp_path / "imported.duckdb"
    run = [sys.executable, "-m", "dragoman"]
    done = subprocess.run(
        [*run, "actors", "import", str(dictionary), "--db", str(db)], capture_output=True, text=True
    )
    assert done.returncode == 0 and "imported 2 entries" in done.stdout, done.stdout + done.stderr
    looked = subprocess.run(
        [*run, "actors", "lookup", "the Azure Valley Defence League", "--db", str(db)],
        capture_output=True,
        text=True,
    )
    assert looked.returncode == 0 and "MLIREB" in looked.stdout and "imported" in looked.stdout, looked.stdout
    mayor = subprocess.run(
        [*run, "actors", "lookup", "Koro Tandia", "--db", str(db), "--date", "2017-05-01"],
        capture_output=True,
        text=True,
    )
    assert "MLIGOV" in mayor.stdout, mayor.stdout
    without = subprocess.run(
        [*run, "actors", "lookup", "the Azure Valley Defence League"], capture_output=True, text=True
    )
    assert without.returncode == 1  # the package's own base is untouched by the import
    assert knowledge_base().actors

"""The commands as a user runs them: `dragoman run`, `articles`, `show`, exit codes, idempotence."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb

from tests.conftest import DEMO

STORY = (
    "Lima (AFP) - Le Pérou a rappelé lundi son ambassadeur au Mexique après des propos du président "
    "mexicain sur la crise politique péruvienne, a annoncé le ministère des Affaires étrangères.\n\n"
    "Le ministère a qualifié ces déclarations d'ingérence dans les affaires intérieures du pays."
)


def dragoman(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dragoman", *args], input=stdin, capture_output=True, text=True, timeout=600
    )


def counts(db: Path, run: int = -1) -> dict[tuple[str, str], int]:
    with duckdb.connect(str(db), read_only=True) as con:
        runs = [r[0] for r in con.execute("SELECT run_id FROM runs ORDER BY started").fetchall()]
        rows = con.execute(
            "SELECT stage, reason, count FROM run_counts WHERE run_id = ?", [runs[run]]
        ).fetchall()
    return {(s, r): c for s, r, c in rows}


def test_demo_corpus_twice_stores_nothing_new(db: Path) -> None:
    first = dragoman("run", str(DEMO), "--db", str(db))
    assert first.returncode == 0, first.stderr
    stored = counts(db)[("store", "stored")]
    received = counts(db)[("ingest", "received")]
    assert received >= 20 and stored >= 20
    assert "stored" in first.stdout and "received" in first.stdout  # the closing table

    second = dragoman("run", str(DEMO), "--db", str(db))
    assert second.returncode == 0, second.stderr
    again = counts(db)
    assert again.get(("store", "stored"), 0) == 0
    assert again[("store", "dropped_duplicate")] == received - again.get(("clean", "dropped_empty"), 0)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (stored,)
        assert con.execute("SELECT count(*) FROM runs WHERE finished IS NOT NULL").fetchone() == (2,)
        langs = dict(con.execute("SELECT lang, count(*) FROM articles GROUP BY lang").fetchall())
        assert langs["fr"] >= 10 and langs["en"] >= 10
        # a language without a pack is stored and counted, not dropped, and not parsed
        unsupported = con.execute("SELECT count(*) FROM articles WHERE NOT supported").fetchone()
        assert unsupported is not None and unsupported[0] >= 1
        assert con.execute("SELECT count(*) FROM sentences").fetchone() > (stored,)  # type: ignore[operator]
        assert con.execute("SELECT count(DISTINCT label) FROM mentions").fetchone() >= (3,)  # type: ignore[operator]
    assert counts(db, 0)[("language", "unsupported_language")] == unsupported[0]

    listed = dragoman("articles", "--db", str(db), "--format", "jsonl")
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(rows) == stored
    one = next(r for r in rows if r["wire"] == "AP" and r["dateline_place"])
    shown = dragoman("show", one["id"][:10], "--db", str(db))
    assert shown.returncode == 0 and one["title"] in shown.stdout
    as_json = json.loads(dragoman("show", one["id"], "--db", str(db), "--format", "json").stdout)
    assert as_json["text"] and as_json["sentences"] and as_json["mentions"]
    for mention in as_json["mentions"]:  # offsets point into the cleaned text
        assert as_json["text"][mention["start_char"] : mention["end_char"]] == mention["text"]
    table = dragoman("articles", "--db", str(db))
    assert table.returncode == 0 and one["id"][:8] in table.stdout


def test_stdin_and_date_option(db: Path) -> None:
    result = dragoman("run", "-", "--db", str(db), "--date", "2025-03-10", stdin=STORY)
    assert result.returncode == 0, result.stderr
    [row] = [
        json.loads(line)
        for line in dragoman("articles", "--db", str(db), "--format", "jsonl").stdout.splitlines()
    ]
    assert row["lang"] == "fr" and row["wire"] == "AFP" and row["published"] == "2025-03-10"
    assert row["dateline_place"] == "Lima"


def test_bad_inputs_are_named_counted_and_the_rest_goes_through(tmp_path: Path, db: Path) -> None:
    good = tmp_path / "good.fr.txt"
    good.write_text(STORY, encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\x00\x00\x00" * 50)
    (tmp_path / "feed.jsonl").write_text(
        '{"id": "ok", "text": "Talks resumed in Oslo on Monday."}\n{broken\n'
    )
    (tmp_path / "blank.txt").write_text("[ad_1]\n\nSource link\n")
    result = dragoman("run", str(tmp_path), str(tmp_path / "missing.txt"), "--db", str(db))
    assert result.returncode == 1
    for name, reason in (
        ("image.txt", "binary"),
        ("feed.jsonl:2", "malformed_json"),
        ("missing.txt", "not_found"),
    ):
        assert any(name in line and reason in line for line in result.stderr.splitlines()), (
            name,
            result.stderr,
        )
    got = counts(db)
    assert got[("store", "stored")] == 2
    assert got[("clean", "dropped_empty")] == 1
    assert got[("ingest", "failed_binary")] == got[("ingest", "failed_malformed_json")] == 1
    with duckdb.connect(str(db), read_only=True) as con:
        failures = con.execute("SELECT reason FROM run_failures ORDER BY reason").fetchall()
    assert [f[0] for f in failures] == ["binary", "malformed_json", "not_found"]


def test_usage_errors_exit_2(db: Path) -> None:
    assert dragoman("run", str(DEMO), "--db", str(db), "--date", "yesterday").returncode == 2
    assert dragoman("articles", "--db", str(db.parent / "nothing-here.duckdb")).returncode == 2
    assert dragoman("run").returncode == 2
    assert dragoman("show", "nope", "--db", str(db.parent / "nothing-here.duckdb")).returncode == 2


def test_actor_commands() -> None:
    looked = dragoman("actors", "lookup", "la police turque", "--lang", "fr", "--date", "2024-01-01")
    assert looked.returncode == 0 and "TURCOP" in looked.stdout and "agent+state" in looked.stdout
    assert dragoman("actors", "lookup", "nothing known here", "--lang", "en").returncode == 1
    assert dragoman("actors", "lookup", "x", "--lang", "xx").returncode == 2
    listed = dragoman("actors", "list", "--kind", "igo", "--name", "OTAN", "--format", "jsonl")
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["igo:NATO"]
    people = dragoman("actors", "list", "--kind", "person", "--country", "BLR", "--name", "Loukachenko")
    assert "person:alexander-lukashenko" in people.stdout and "BLR HOS" in people.stdout


def test_run_stores_resolved_mentions(db: Path) -> None:
    result = dragoman("run", "-", "--db", str(db), "--date", "2025-03-10", stdin=STORY)
    assert result.returncode == 0, result.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT text, actor_id, cameo, rule FROM mentions WHERE actor_id IS NOT NULL"
        ).fetchall()
    by_actor = {r[1] for r in rows}
    assert {"state:PER", "state:MEX"} <= by_actor, rows


def test_events_and_explain(db: Path) -> None:
    text = (
        "BRUXELLES (AFP) - L'Union européenne a imposé lundi de nouvelles sanctions à la Biélorussie.\n\n"
        "La Russie a refusé de condamner ces mesures, a déclaré le porte-parole du Kremlin."
    )
    assert dragoman("run", "-", "--db", str(db), "--date", "2025-03-17", stdin=text).returncode == 0
    listed = [
        json.loads(line)
        for line in dragoman("events", "--db", str(db), "--format", "jsonl").stdout.splitlines()
    ]
    sanctions = [
        e for e in listed if e["cameo"].startswith("16") and e["target"] and e["target"]["country"] == "BLR"
    ]
    assert sanctions and sanctions[0]["source"]["id"] == "igo:EU" and sanctions[0]["date"] == "2025-03-17"
    by_root = dragoman("events", "--db", str(db), "--root", "16", "--country", "BLR", "--format", "csv")
    import csv
    import io

    assert by_root.returncode == 0 and len(list(csv.DictReader(io.StringIO(by_root.stdout)))) == len(
        sanctions
    )
    assert dragoman("events", "--db", str(db), "--modality", "negated", "--format", "jsonl").returncode == 0
    assert dragoman("events", "--db", str(db), "--modality", "maybe").returncode == 2
    explained = dragoman("explain", sanctions[0]["event_id"][:8], "--db", str(db))
    assert explained.returncode == 0
    assert "[TRIGGER:" in explained.stdout and "[SOURCE: Union européenne]" in explained.stdout
    assert "rule: " in explained.stdout and "events.tsv" in explained.stdout
    assert dragoman("explain", "nope", "--db", str(db)).returncode == 2

"""The distributed run gives the single-process run's result, resumes after a kill; shards; watch."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import duckdb
import pytest

from dragoman.ingest import read_source
from dragoman.model import Failure, RawDocument
from dragoman.pipeline import run
from dragoman.scale import run_cluster, runs_dir, watch
from dragoman.scale.plan import plan
from dragoman.store import Store
from tests.conftest import DEMO, REPO, SHARED

DEMO_TEXT = (DEMO / "eu-sanctions-belarus.en.txt").read_text(encoding="utf-8")


def _feed(folder: Path) -> Path:
    """A JSONL feed of our own: a copy of a demo article (so the copy read first is the one kept, across
    shards), a broken line, a record without text, and a line of another language."""
    path = folder / "0-feed.jsonl"
    lines = [
        json.dumps({"id": "copy-first", "text": DEMO_TEXT}),
        "{not json",
        json.dumps({"id": "no-text", "title": "nothing"}),
        json.dumps({"id": "es-1", "text": "El gobierno anunció hoy nuevas medidas económicas para el país."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _orangesum(folder: Path, n: int = 200) -> Path | None:
    """~200 real French articles as JSONL, when ../shared holds them."""
    corpus = SHARED / "corpora/orangesum_fr_news/parsed"
    if not corpus.is_dir():
        return None
    path = folder / "orangesum.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for f in sorted(corpus.glob("*.json"), key=lambda p: int(p.stem))[:n]:
            record = json.loads(f.read_text(encoding="utf-8"))
            text = f"{record['heading']}\n\n{record['article']}"
            out.write(json.dumps({"id": f.stem, "text": text, "date": record["date"]}) + "\n")
    return path


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("inputs")
    given = [str(_feed(folder)), str(DEMO), str(folder / "missing.txt")]
    real = _orangesum(folder)
    return given + ([str(real)] if real else [])


@pytest.fixture(scope="module")
def single(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = tmp_path_factory.mktemp("single") / "single.duckdb"
    with Store(db) as store:
        report = run(inputs, store)
    return {"db": db, "counts": _counts(report.counts.rows()), "failures": report.failures}


def _counts(rows: list[tuple[str, str, int]]) -> dict[tuple[str, str], int]:
    return {(stage, reason): n for stage, reason, n in rows}


def _content(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """What a run stored, without what differs by nature between two runs (run id, time stored)."""
    queries = {
        "articles": "SELECT id, doc_id, source, lang, supported, published, flags, text FROM articles ORDER BY id",
        "sentences": "SELECT * FROM sentences ORDER BY ALL",
        "mentions": "SELECT * FROM mentions ORDER BY ALL",
        "events": "SELECT event_id, article_id, record FROM events ORDER BY event_id",
        "dedup": "SELECT key, text_hash, words, shingles, signature, anchors FROM dedup_index ORDER BY key",
        "matches": "SELECT article_id, other_id, kind, score, shared FROM article_matches ORDER BY ALL",
        "stories": "SELECT article_id, original_id, link_kind FROM article_stories ORDER BY ALL",
    }
    with duckdb.connect(str(db), read_only=True) as con:
        return {table: con.execute(sql).fetchall() for table, sql in queries.items()}


def test_plan_cuts_a_big_jsonl_into_record_ranges_that_read_as_the_whole(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    lines = [json.dumps({"id": f"a{i}", "text": f"Article {i}. " * 20}) for i in range(60)]
    lines[17] = "{broken"
    lines[30] = ""
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text("A small article.", encoding="utf-8")
    shards = plan([str(small), str(path), str(small)], target=2000)
    assert len(shards) > 3
    assert shards[0].pieces[0].source == str(small)  # a small file before a big one is its own shard
    assert shards[-1].pieces == (type(shards[-1].pieces[0])(str(small)),)
    assert all(p.after or p.stop for s in shards[1:-1] for p in s.pieces)

    def ids(items: list[RawDocument | Failure]) -> list[str]:
        return [i.doc_id if isinstance(i, RawDocument) else f"{i.source} {i.reason}" for i in items]

    whole = ids(list(read_source(str(path))))
    pieces = ids([item for s in shards[1:-1] for p in s.pieces for item in p.documents()])
    assert pieces == whole
    assert f"{path}:18 malformed_json" in pieces


def test_plan_groups_small_files_in_order(tmp_path: Path) -> None:
    files = []
    for i in range(6):
        files.append(tmp_path / f"{i}.txt")
        files[-1].write_text("x" * 400, encoding="utf-8")
    shards = plan([str(f) for f in files], target=1000)
    assert [[p.source for p in s.pieces] for s in shards] == [
        [str(f) for f in files[0:3]],
        [str(f) for f in files[3:6]],
    ]


def test_two_workers_give_the_single_process_result(
    inputs: list[str], single: dict[str, Any], tmp_path: Path
) -> None:
    db = tmp_path / "cluster.duckdb"
    report = run_cluster(inputs, db, workers=2, shard_bytes=64 << 10, keep_parts=True)
    assert report.shards >= 2  # 3 or more with the OrangeSum articles of ../shared
    assert _content(db) == _content(single["db"])
    assert _counts(report.counts.rows()) == single["counts"]
    assert report.failures == single["failures"]
    assert report.exit_code == 1  # the missing input and the broken record are named, the rest stored
    assert all(0 < mb < 1536 for mb in report.worker_peak_mb)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT doc_id FROM articles WHERE doc_id = 'copy-first'").fetchall()

    # The same input again: every shard is done (kept), so no cluster starts; the merge adds nothing.
    again = run_cluster(inputs, db, workers=1, shard_bytes=64 << 10)
    assert (again.resumed, again.stored_ids, again.dashboard) == (report.shards, [], None)
    assert _content(db) == _content(single["db"])
    assert not Path(again.run_dir).exists()  # merged without --keep-parts: partitions removed


def test_a_killed_run_started_again_finishes_with_the_same_result(
    inputs: list[str], single: dict[str, Any], tmp_path: Path
) -> None:
    db = tmp_path / "killed.duckdb"
    command = [sys.executable, "-m", "dragoman", "run", *inputs, "--db", str(db), "--workers", "2"]
    command += ["--shard-mb", "0.01"]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(command, env=env, start_new_session=True, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while len(list(runs_dir(db).glob("*/shard-*"))) < 2 and time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        time.sleep(0.1)
    os.killpg(process.pid, signal.SIGKILL)  # the run and its workers, mid-way
    process.wait()
    finished = len(list(runs_dir(db).glob("*/shard-*")))
    planned = len(json.loads(next(runs_dir(db).glob("*/plan.json")).read_text()))
    assert 2 <= finished < planned
    with Store(db) as store:
        assert store.count("articles") == 0  # nothing merged yet

    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr  # 1: the missing input
    assert f"{finished} done by an earlier run" in result.stderr
    assert "Dask dashboard: http" in result.stderr
    assert _content(db) == _content(single["db"])


def test_watch_codes_new_and_changed_files_once(tmp_path: Path) -> None:
    folder, db = tmp_path / "drop", tmp_path / "watch.duckdb"
    folder.mkdir()
    (folder / "a.txt").write_text(DEMO_TEXT, encoding="utf-8")
    (folder / "README").write_text("not an article", encoding="utf-8")
    naps: list[float] = []
    with Store(db) as store:
        first = watch(str(folder), store, max_cycles=2, settle=0, interval=0.5, sleep=naps.append)
        assert (first.cycles, first.files, first.stored) == (2, 1, 1)  # the second look finds nothing new
        assert naps == [0.5]

        feed = folder / "feed.jsonl"
        feed.write_text(json.dumps({"id": "f1", "text": "Le Mali a expulsé un diplomate algérien."}) + "\n")
        os.utime(feed, (time.time() - 10, time.time() - 10))
        second = watch(str(folder), store, max_cycles=1, settle=5)
        assert (second.files, second.stored) == (1, 1)

        with feed.open("a", encoding="utf-8") as out:  # the crawler appends to its feed
            out.write(json.dumps({"id": "f2", "text": "Le Niger a fermé sa frontière avec le Bénin."}) + "\n")
        unsettled = watch(str(folder), store, max_cycles=1, settle=60)
        assert unsettled.files == 0  # still being written, maybe: left for a later look
        third = watch(str(folder), store, max_cycles=1, settle=0)
        assert (third.files, third.stored) == (1, 1)  # f1 again is a duplicate, f2 is new
        assert store.count("articles") == 3


def test_watch_refuses_what_is_not_a_folder(tmp_path: Path) -> None:
    from dragoman.errors import UsageError

    with Store(tmp_path / "w.duckdb") as store, pytest.raises(UsageError, match="not a folder"):
        watch(str(tmp_path / "nowhere"), store, max_cycles=1)


def test_cli_watch_once(tmp_path: Path) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "a.txt").write_text(DEMO_TEXT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "dragoman", "watch", str(folder), "--db", str(tmp_path / "w.duckdb")]
    result = subprocess.run([*command, "--once", "--settle", "0"], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "1 files coded, 1 new articles" in result.stdout

"""A hostile corpus through `dragoman run` in one go, as a user runs it (a separate process): every good
record is stored once, every bad input is named with its reason on stderr and in the store's
`run_failures`, the exit code is the documented 1, and memory stays bounded (a 4 GB gzip bomb and a 200 MB
line are refused without being read whole)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import duckdb
import pytest

import dragoman.pipeline as pipeline
from dragoman.ingest import read_source
from dragoman.ingest.formats import text_nodes
from dragoman.model import Failure, RawDocument
from dragoman.store import Store
from tests.conftest import REPO
from tests.hostile import write_corpus

# spaCy's French and English models take ~450 MB; reading the bomb whole would take 4 GB. Measured: about
# 680 MB, and once 1,077 MB (a fresh clone's full run, not reproduced alone: to be explained)
PEAK_RSS_MB = 1536

# Runs the CLI in this process after wrapping the pipeline's reader so that `vanishing.txt` is deleted
# between the moment the inputs are listed and the moment it is opened; writes the peak RSS at exit.
RUNNER = textwrap.dedent(
    """
    import atexit, os, resource, runpy, sys
    import dragoman.pipeline as pipeline

    read = pipeline.read_source
    def read_source(source):
        if source.endswith("vanishing.txt"):
            os.unlink(source)
        return read(source)
    pipeline.read_source = read_source
    peak = sys.argv.pop(1)
    atexit.register(lambda: open(peak, "w").write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)))
    sys.argv[0] = "dragoman"
    runpy.run_module("dragoman", run_name="__main__")
    """
)


def test_hostile_corpus_in_one_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    expect = write_corpus(corpus)
    runner, peak, db = tmp_path / "runner.py", tmp_path / "peak", tmp_path / "hostile.duckdb"
    runner.write_text(RUNNER)
    done = subprocess.run(
        [sys.executable, str(runner), str(peak), "run", str(corpus), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=REPO,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 1, done.stderr  # README: 1 = some inputs failed, the rest went through

    named = {}
    for line in done.stderr.splitlines():
        if line.startswith(f"dragoman: {corpus}/"):
            where, reason, _ = line.removeprefix(f"dragoman: {corpus}/").split(": ", 2)
            named[where] = reason
    assert named == expect.bad

    with duckdb.connect(str(db), read_only=True) as con:
        texts = [row[0] for row in con.execute("SELECT text FROM articles").fetchall()]
        stored = {
            Path(source).name if "#" not in source else source.rsplit("/", 1)[1]: reason
            for source, reason in con.execute("SELECT source, reason FROM run_failures").fetchall()
        }
        exit_code = con.execute("SELECT exit_code FROM runs").fetchone()
    for words in expect.good:
        assert sum(words in text for text in texts) == 1, words
    assert len(texts) == len(expect.good)
    assert stored == expect.bad
    assert exit_code == (1,)

    peak_mb = int(peak.read_text()) / 1024
    print(f"hostile corpus: peak RSS {peak_mb:.0f} MB")
    assert peak_mb < PEAK_RSS_MB


def test_gzip_bomb_in_a_stream_is_refused_after_the_records_before_it(tmp_path: Path) -> None:
    """A JSONL.gz whose good lines are followed by a bomb member keeps the good lines."""
    import gzip
    import zlib

    path = tmp_path / "feed.jsonl.gz"
    line = json.dumps({"id": "ok", "text": "Ghana's parliament approved the budget on Thursday."}) + "\n"
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 31)
    with path.open("wb") as handle:
        handle.write(gzip.compress(line.encode()))
        handle.write(squeeze.compress(bytes(256 * 2**20)) + squeeze.flush())
    items = list(read_source(str(path)))
    assert isinstance(items[0], RawDocument) and items[0].doc_id == "ok"
    assert (
        isinstance(items[1], Failure) and items[1].reason == "too_large" and "gzip bomb" in items[1].message
    )
    assert len(items) == 2


@pytest.mark.parametrize("depth", [300, 10_000])
def test_deeply_nested_html_keeps_its_text(depth: int) -> None:
    html = "<html><body>" + "<div><span>" * depth + "Le conseil a voté." + "</span></div>" * depth
    assert "Le conseil a voté." in text_nodes(html + "<script>var x = 1;</script></body></html>")
    assert "var x" not in text_nodes(html + "<script>var x = 1;</script></body></html>")


def test_an_article_that_trips_the_coder_is_named_and_the_others_go_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a bug met on one article (simulated: the coder raises on the one that says "Ruritania") loses that
    # article's events, not the batch's: it is named with its reason, and the rest are coded and stored
    real = pipeline.code_events

    def tripping(article, doc):  # type: ignore[no-untyped-def]
        if "Ruritania" in article.text:
            raise IndexError("simulated coder bug")
        return real(article, doc)

    monkeypatch.setattr(pipeline, "code_events", tripping)
    feed = tmp_path / "feed.jsonl"
    rows = [
        ("a", "Kenya condemned Uganda on Monday over the border closure."),
        ("b", "Ruritania condemned Chile on Monday over the fishing dispute."),
        ("c", "Peru praised Norway on Tuesday for its help after the floods."),
    ]
    feed.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in rows), encoding="utf-8")
    failures: list[Failure] = []
    events = list(pipeline.code([str(feed)], default_date=date(2024, 3, 5), on_failure=failures.append))
    assert {e.doc_id for e in events} == {"a", "c"}
    assert [(f.source, f.reason) for f in failures] == [("b", "internal_error")]
    assert "simulated coder bug" in failures[0].message
    with Store(tmp_path / "s.duckdb") as store:
        report = pipeline.run([str(feed)], store, default_date=date(2024, 3, 5))
        assert len(report.stored_ids) == 3  # the article itself is kept, without events
        assert {e["doc_id"] for e in store.events()} == {"a", "c"}
    assert [(f.source, f.reason) for f in report.failures] == [("b", "internal_error")]
    assert report.exit_code == 1

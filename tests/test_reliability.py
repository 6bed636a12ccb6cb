"""A store used as a team uses it: `dragoman serve` answering while `dragoman run` writes the same file in
another process, and a run killed with SIGKILL at random points then started again."""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

import duckdb
import pytest

from dragoman.store import Store, gate
from tests.conftest import REPO
from tests.hostile import GOOD

pytestmark = pytest.mark.slow
ENV = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "DRAGOMAN_STORE_WAIT": "60"}
SUBJECTS = ["Ghana", "France", "China", "Russia", "Chile", "Kenya", "Norway", "Peru", "Japan", "Iran"]
VERBS = ["condemned", "visited", "praised", "criticised", "accused", "met", "threatened", "thanked"]


def corpus(folder: Path, n: int, seed: int) -> Path:
    """`n` short distinct English articles as one JSONL file (our own sentences, varied by a seed)."""
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"feed-{seed}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            a, b = rnd.sample(SUBJECTS, 2)
            text = f"{a} {rnd.choice(VERBS)} {b} on Monday, officials said. Report {seed}-{i}. {GOOD[i % 3]}"
            handle.write(json.dumps({"id": f"{seed}-{i}", "text": text, "date": "2024-03-04"}) + "\n")
    return path


def dragoman(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "dragoman", *args],
        cwd=REPO,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def contents(db: Path) -> tuple[list[str], list[str], int]:
    """Article ids, event ids, and rows of sentences without their article (a half-written batch)."""
    with duckdb.connect(str(db), read_only=True) as con:
        articles = [r[0] for r in con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        events = [r[0] for r in con.execute("SELECT event_id FROM events ORDER BY event_id").fetchall()]
        orphans = con.execute(
            "SELECT (SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles))"
            " + (SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles))"
            " + (SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles))"
        ).fetchone()
    return articles, events, int(orphans[0]) if orphans else 0


def test_killed_runs_restarted_store_every_article_once(tmp_path: Path) -> None:
    feed = corpus(tmp_path / "in", 450, seed=7)  # two store batches of 256
    reference, crashed = tmp_path / "reference.duckdb", tmp_path / "crashed.duckdb"
    done = dragoman("run", str(feed), "--db", str(reference))
    assert done.wait(300) == 0, done.stderr.read() if done.stderr else ""
    expected = contents(reference)
    assert len(expected[0]) == 450 and expected[1] and expected[2] == 0

    rnd = random.Random(11)
    kills = 0
    for _ in range(3):  # killed at random moments: loading, parsing, writing a batch
        proc = dragoman("run", str(feed), "--db", str(crashed))
        time.sleep(rnd.uniform(3, 10))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(60)
        articles, _, orphans = contents(crashed)
        assert orphans == 0 and len(articles) == len(set(articles))
    assert kills >= 2, "the runs finished before they could be killed: raise the article count"
    final = dragoman("run", str(feed), "--db", str(crashed))
    assert final.wait(300) == 0
    assert contents(crashed) == expected


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, Any]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_serve_answers_while_run_writes(tmp_path: Path) -> None:
    db = tmp_path / "shared.duckdb"
    first = dragoman("run", str(corpus(tmp_path / "a", 20, seed=1)), "--db", str(db))
    assert first.wait(300) == 0
    port = _free_port()
    server = dragoman("serve", "--db", str(db), "--port", str(port))
    base = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if _get(base + "/about")[0] == 200:
                    break
            except OSError:
                time.sleep(0.2)
        answers: list[tuple[int, Any]] = []
        stop = threading.Event()

        def read() -> None:
            while not stop.is_set():
                answers.append(_get(base + "/events?limit=5&country=GHA"))
                answers.append(_get(base + "/runs"))

        readers = [threading.Thread(target=read) for _ in range(3)]
        for r in readers:
            r.start()
        writer = dragoman("run", str(corpus(tmp_path / "b", 150, seed=2)), "--db", str(db))
        assert writer.wait(300) == 0, writer.stderr.read() if writer.stderr else ""
        time.sleep(0.5)
        stop.set()
        for r in readers:
            r.join(60)
        assert answers and all(status == 200 for status, _ in answers), [a for a in answers if a[0] != 200][
            :3
        ]
        runs = [body for _, body in answers if isinstance(body, dict) and "totals" in body]
        seen = {body["totals"]["articles"] for body in runs}
        assert min(seen) == 20 and max(seen) == 170  # reads went on before, during and after the run
        assert _get(base + "/runs")[1]["totals"]["articles"] == 170
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(30)


def test_gate_makes_readers_wait_for_a_writer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In one process: a reader arriving while a writer holds the gate waits; it gets in once it is out."""
    db = str(tmp_path / "g.duckdb")
    Store(db).close()
    entered = threading.Event()
    order: list[str] = []

    def reader() -> None:
        entered.wait()
        with Store(db, read_only=True, shared=True) as store:
            order.append("reader")
            store.count("articles")

    thread = threading.Thread(target=reader)
    thread.start()
    with gate.writing(db):
        entered.set()
        time.sleep(0.3)
        order.append("writer done")
    thread.join(10)
    assert order == ["writer done", "reader"]
    monkeypatch.setenv("DRAGOMAN_STORE_WAIT", "0.2")
    with gate.writing(db), pytest.raises(Exception, match="another process has been writing"):
        Store(db, read_only=True, shared=True)
    assert os.path.exists(db + ".gate")

"""Coding speed: `dragoman code` next to bare spaCy parsing of the same texts, in one run.

Same input as bench/ingest.py (2,000 orangesum articles with distinct texts), both sides fresh processes:
- bare:     spacy.load(the French pack's pipeline) + nlp.pipe over the texts (dragoman's batch size)
- dragoman: `dragoman code FILE --format jsonl` (clean, language, parse, actors, events; no store)
Prints articles/second and events/second, and dragoman's own share of the time (goal: at most a fifth).
With --repeat N the two sides run N times each, in turn, and the fastest run of each side is compared: a
machine's load comes and goes by several seconds in a minute, and the fastest run is the one it disturbed
least.

    .venv/bin/python bench/code.py [--articles 2000] [--repeat 1]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import BARE, CORPUS, FRENCH, build_input, timed

from dragoman.nlp import BATCH_SIZE  # bare spaCy keeps as many docs in flight as dragoman


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each side; the fastest counts")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is absent")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        n, _chars = build_input(Path(tmp), args.articles)
        jsonl = str(Path(tmp) / "orangesum.jsonl")
        bares, dragomans = [], []
        for run in range(max(1, args.repeat)):
            bares.append(timed([sys.executable, "-c", BARE, jsonl, str(BATCH_SIZE), FRENCH]))
            start = time.perf_counter()
            coded = subprocess.run(
                [sys.executable, "-m", "dragoman", "code", jsonl, "--format", "jsonl"],
                capture_output=True,
                text=True,
            )
            dragomans.append(time.perf_counter() - start)
            if coded.returncode != 0:
                sys.exit(coded.stderr[-2000:])
            if args.repeat > 1:
                share = (dragomans[-1] - bares[-1]) / dragomans[-1]
                print(
                    f"run {run + 1}: bare {bares[-1]:.1f} s, dragoman {dragomans[-1]:.1f} s, share {share:.3f}"
                )
    bare, dragoman = min(bares), min(dragomans)
    events = coded.stdout.count("\n")
    print(f"{n} articles, {events} events")
    print(f"bare spaCy nlp.pipe : {n / bare:7.1f} articles/s  ({bare:.1f} s)")
    print(
        f"dragoman code       : {n / dragoman:7.1f} articles/s, {events / dragoman:.1f} events/s  ({dragoman:.1f} s)"
    )
    print(f"dragoman's own share: {(dragoman - bare) / dragoman:.3f} of the time  (goal <= 0.2)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

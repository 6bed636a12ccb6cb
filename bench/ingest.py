"""Throughput of `dragoman run` next to bare spaCy `nlp.pipe` over the same articles, in one run.

Both sides run as fresh processes over the same JSONL file built from ../shared/corpora/orangesum_fr_news
(lede and body of each of the first 2,000 articles with distinct texts), so both pay for starting Python and loading the model:
- bare:     spacy.load(the French pack's pipeline) + list(nlp.pipe(texts, batch_size=BATCH_SIZE))
- dragoman: `dragoman run FILE --db NEW.duckdb` (ingest, clean, language, nlp, store)
The ratio dragoman/bare says what dragoman's own work costs on top of spaCy's (goal: at least 0.8).

    .venv/bin/python bench/ingest.py [--articles 2000] [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dragoman.nlp import BATCH_SIZE  # bare spaCy keeps as many docs in flight as dragoman
from dragoman.resources import language_packs

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpora/orangesum_fr_news/parsed"
FRENCH = language_packs()["fr"]["spacy_model"]  # the pipeline dragoman itself loads

BARE = """
import json, sys, spacy
nlp = spacy.load(sys.argv[3])
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
docs = sum(1 for _ in nlp.pipe(texts, batch_size=int(sys.argv[2])))
assert docs == len(texts)
"""


def build_input(folder: Path, n: int) -> tuple[int, int]:
    """The first `n` articles with distinct bodies (the corpus repeats some verbatim, and dragoman would
    skip parsing those as duplicates, which bare spaCy cannot: both sides must do the same work)."""
    path = folder / "orangesum.jsonl"
    chars = written = 0
    seen: set[str] = set()
    with path.open("w", encoding="utf-8") as out:
        for f in sorted(CORPUS.glob("*.json"), key=lambda p: int(p.stem)):
            record = json.loads(f.read_text(encoding="utf-8"))
            if record["article"] in seen or record["heading"] in seen:
                continue
            seen.update((record["article"], record["heading"]))
            text = f"{record['heading']}\n\n{record['article']}"
            chars += len(text)
            out.write(
                json.dumps({"id": f.stem, "text": text, "title": record["title"], "date": record["date"]})
            )
            out.write("\n")
            written += 1
            if written == n:
                break
    return written, chars


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr[-2000:]}")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is absent")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        n, chars = build_input(folder, args.articles)
        jsonl = str(folder / "orangesum.jsonl")
        bare_times, dragoman_times = [], []
        for i in range(args.repeat):  # interleaved, so a slow spell of the machine hits both sides
            bare_times.append(timed([sys.executable, "-c", BARE, jsonl, str(BATCH_SIZE), FRENCH]))
            db = folder / f"run{i}.duckdb"
            dragoman_times.append(timed([sys.executable, "-m", "dragoman", "run", jsonl, "--db", str(db)]))
    bare, dragoman = statistics.median(bare_times), statistics.median(dragoman_times)
    print(f"{n} articles, {chars / n:.0f} characters each on average, median of {args.repeat} run(s)")
    print(f"bare spaCy nlp.pipe : {n / bare:7.1f} articles/s  ({bare:.1f} s)")
    print(f"dragoman run        : {n / dragoman:7.1f} articles/s  ({dragoman:.1f} s)")
    print(f"ratio dragoman/bare : {bare / dragoman:.3f}  (goal >= 0.8)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

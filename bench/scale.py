"""Scale: `dragoman run` in one process and with `--workers 2`, next to bare spaCy with `n_process=2`.

Input: real articles of ../shared/corpora/orangesum_fr_news (French, `parsed/*.json`: heading + body) and
../shared/corpora/scraper_republished_wire_2016 (English scraper posts: the HTML body after the YAML front
matter, as plain text with the scraper's junk left in for dragoman to clean), distinct texts only (dragoman
skips parsing a duplicate, bare spaCy cannot), interleaved, written as one JSONL file.

- throughput: on `--articles` (5,000) articles, fresh processes each:
    bare:       spacy.load per language + nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=2)  (the limit)
    single:     dragoman run FILE --db NEW
    workers 2:  dragoman run FILE --db NEW --workers 2
  ratio workers-2/bare (goal >= 0.75) and workers-2/single.
- growth: `dragoman run --workers 2` on 1k, 10k, 50k articles (past the real ones: synthesised variants,
  each real text with a line naming its copy, so no variant is a duplicate): seconds, articles/s and the
  peak resident memory of each worker (goal: < 1.5 GB, whatever the size).

    .venv/bin/python bench/scale.py [--articles 5000] [--growth 1000,10000,50000] [--skip-throughput]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from dragoman.nlp import BATCH_SIZE  # bare spaCy keeps as many docs in flight as dragoman
from dragoman.resources import language_packs

SHARED = Path(__file__).resolve().parents[2] / "shared/corpora"
ORANGESUM = SHARED / "orangesum_fr_news/parsed"
SCRAPER = SHARED / "scraper_republished_wire_2016/_posts"
DAY = 86_400

# the pipelines dragoman itself loads
MODELS = json.dumps({lang: pack["spacy_model"] for lang, pack in language_packs().items()})
BARE = """
import json, sys, spacy
models = json.loads(sys.argv[3])
by_lang = {}
for line in open(sys.argv[1], encoding="utf-8"):
    record = json.loads(line)
    by_lang.setdefault(record["lang"], []).append(record["text"])
for lang, texts in by_lang.items():
    nlp = spacy.load(models[lang])
    docs = sum(1 for _ in nlp.pipe(texts, batch_size=int(sys.argv[2]), n_process=2))
    assert docs == len(texts)
"""


def real_articles() -> Iterator[dict[str, str]]:
    """Distinct real articles, French and English interleaved."""
    import trafilatura

    def french() -> Iterator[dict[str, str]]:
        for f in sorted(ORANGESUM.glob("*.json"), key=lambda p: int(p.stem)):
            record = json.loads(f.read_text(encoding="utf-8"))
            text = f"{record['heading']}\n\n{record['article']}"
            yield {
                "id": f"orangesum/{f.stem}",
                "text": text,
                "title": record["title"],
                "date": record["date"],
                "lang": "fr",
            }

    def english() -> Iterator[dict[str, str]]:
        for f in sorted(SCRAPER.glob("*.md")):
            _, _, body = f.read_text(encoding="utf-8").partition("\n---\n")
            text = trafilatura.html2txt(f"<html><body>{body}</body></html>") or ""
            yield {"id": f"scraper/{f.stem}", "text": text, "date": f.name[:10], "lang": "en"}

    seen: set[str] = set()
    streams = [french(), english()]
    while streams:
        for stream in list(streams):
            record = next(stream, None)
            if record is None:
                streams.remove(stream)
            elif len(record["text"].split()) >= 20 and record["text"] not in seen:
                seen.add(record["text"])
                yield record


def build_input(path: Path, n: int, base: list[dict[str, str]]) -> int:
    """`n` articles: the real ones, then variants of them (a line naming the copy makes each distinct)."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            record = dict(base[i % len(base)])
            copy = i // len(base)
            if copy:
                record["id"] = f"{record['id']}#{copy}"
                record["text"] += f"\n\n({'copie' if record['lang'] == 'fr' else 'copy'} {copy})"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return n


def timed(command: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode not in (0, 1):
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr[-3000:]}")
    return seconds, result.stderr + result.stdout


def dragoman(jsonl: Path, db: Path, workers: int | None) -> tuple[float, list[float], int]:
    """Seconds, peak MB per worker (empty in one process) and articles stored of one `dragoman run`."""
    command = [sys.executable, "-m", "dragoman", "run", str(jsonl), "--db", str(db)]
    if workers:
        command += ["--workers", str(workers)]
    seconds, output = timed(command)
    peaks = re.search(r"peak memory per worker \(MB\): ([\d, ]+)", output)
    stored = re.search(r"(\d+) new articles stored", output)
    return (
        seconds,
        [float(x) for x in peaks.group(1).split(",")] if peaks else [],
        int(stored.group(1)) if stored else -1,
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--growth", default="1000,10000,50000", help="sizes, comma-separated ('' for none)")
    parser.add_argument("--skip-throughput", action="store_true")
    args = parser.parse_args()
    if not ORANGESUM.is_dir() or not SCRAPER.is_dir():
        print(f"skipped: {ORANGESUM} or {SCRAPER} is absent")
        return 0
    base = list(real_articles())
    print(f"{len(base)} distinct real articles ({sum(r['lang'] == 'fr' for r in base)} French)", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not args.skip_throughput:
            jsonl = folder / "throughput.jsonl"
            n = build_input(jsonl, args.articles, base)
            bare, _ = timed([sys.executable, "-c", BARE, str(jsonl), str(BATCH_SIZE), MODELS])
            single, _, stored1 = dragoman(jsonl, folder / "single.duckdb", None)
            two, peaks, stored2 = dragoman(jsonl, folder / "two.duckdb", 2)
            print(f"\nthroughput on {n} articles (stored: {stored1} single, {stored2} with 2 workers)")
            print(f"bare spaCy nlp.pipe n_process=2 : {n / bare:7.1f} articles/s  ({bare:.1f} s)")
            print(f"dragoman run, one process       : {n / single:7.1f} articles/s  ({single:.1f} s)")
            print(f"dragoman run --workers 2        : {n / two:7.1f} articles/s  ({two:.1f} s)")
            print(f"ratio workers-2 / bare spaCy    : {bare / two:.3f}  (goal >= 0.75)")
            print(f"ratio workers-2 / one process   : {single / two:.3f}")
            print(f"articles per day with 2 workers : {n / two * DAY:,.0f}", flush=True)
        sizes = [int(s) for s in args.growth.split(",") if s.strip()]
        if sizes:
            print("\ngrowth, dragoman run --workers 2 (one run per size)")
            print(
                f"{'articles':>9} {'seconds':>9} {'art/s':>7} {'s per 1k':>9} {'peak MB per worker':>20}",
                flush=True,
            )
        for size in sizes:
            jsonl = folder / f"growth{size}.jsonl"
            build_input(jsonl, size, base)
            seconds, peaks, _ = dragoman(jsonl, folder / f"growth{size}.duckdb", 2)
            peak = ", ".join(f"{p:.0f}" for p in peaks)
            print(
                f"{size:>9} {seconds:>9.1f} {size / seconds:>7.1f} {seconds / size * 1000:>9.1f} {peak:>20}",
                flush=True,
            )
            jsonl.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Time and peak memory to index and cluster 10,000 and 100,000 articles, in one run, and their growth.

The articles are synthesised from real ones (../shared/corpora/orangesum_fr_news, French, lede + body):
each base article (about 5,000; past them, each later round makes other stories of them, see
`new_story`) is followed by edited copies (a paragraph dropped, words changed, a sentence added,
some copies labelled English so they are matched as translations by their anchors). Every article goes
through the real path: `features(article)` (shingles, MinHash signature, anchor fingerprint) then
`DedupIndex.add` in publication order, then the story clustering. Each size runs in a fresh process;
time is measured without tracing, and memory is the growth of the process's peak resident set (getrusage)
from before indexing to after it: what the index and the matches cost, not the synthesised texts.
The growth 10k → 100k must stay at most 15× (sub-quadratic: the ratio is 10× for linear work).

    .venv/bin/python bench/dedup.py [--small 10000] [--large 100000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from dragoman.dedup import DedupIndex, features
from dragoman.dedup.cluster import ArticleInfo, stories
from dragoman.model import Article

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpora/orangesum_fr_news/parsed"
COPIES = 4  # edited copies per base article


def bases() -> list[tuple[str, str, date]]:
    found = []
    for path in sorted(CORPUS.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        text = "\n\n".join(p for p in (record.get("heading", ""), record.get("article", "")) if p)
        if text and record.get("date"):
            found.append((record.get("title", ""), text, date.fromisoformat(record["date"])))
    return found


def variant(text: str, rng: random.Random) -> str:
    """A reprint or rewrite: drop a sentence, change a few words, add a sentence."""
    sentences = text.replace("\n\n", " ").split(". ")
    if len(sentences) > 2:
        sentences.pop(rng.randrange(len(sentences)))
    words = ". ".join(sentences).split()
    for _ in range(max(1, len(words) // 30)):
        words[rng.randrange(len(words))] = rng.choice(("selon", "jeudi", "vendredi", "ainsi", "notamment"))
    return " ".join(words) + f" Mise à jour {rng.randrange(1000)}."


def new_story(text: str, round_: int) -> str:
    """The base text made another story for a later round: every fourth word changed (about one word
    shingle in four survives), so that the rounds do not make one story of the same text repeated month
    after month, which no news stream is (each repeat would match all the earlier ones)."""
    if round_ == 0:
        return text
    words = text.split(" ")
    for j in range(round_ % 4, len(words), 4):
        words[j] = f"{words[j]}{round_}"
    return " ".join(words)


def articles(n: int, seed: int = 6) -> list[Article]:
    rng = random.Random(seed)
    pool = bases()
    made: list[Article] = []
    i = 0
    while len(made) < n:
        title, text, day = pool[i % len(pool)]
        round_ = i // len(pool)
        text = new_story(text, round_)
        base_day = day + timedelta(days=30 * round_)  # later rounds: new stories of later months
        made.append(Article(f"b{i}", "bench", text, text, title=title, published=base_day, lang="fr"))
        for c in range(COPIES):
            copy = variant(text, rng)
            lang = "en" if c == COPIES - 1 else "fr"  # its anchors must find it across languages
            made.append(Article(f"b{i}c{c}", "bench", copy, copy, title=title, published=base_day, lang=lang))
        i += 1
    return made[:n]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def measure(n: int) -> tuple[float, float, int, int]:
    """Seconds, MB of peak memory growth, stories and matches of indexing n articles (this process)."""
    batch = articles(n)
    before = _peak_mb()
    started = time.perf_counter()
    index = DedupIndex()
    links = []
    for a in sorted(batch, key=lambda a: (a.published or date.max, a.doc_id)):
        links += [(a.doc_id, m) for m in index.add(a.doc_id, features(a))]
    result = stories((ArticleInfo(a.doc_id, a.published, None, None) for a in batch), links)
    seconds = time.perf_counter() - started
    return seconds, _peak_mb() - before, len(result.stories), len(links)


def measured(n: int) -> tuple[float, float, int, int]:
    """`measure(n)` in a fresh process, so one size's memory does not carry into the next."""
    found = subprocess.run(
        [sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True
    )
    seconds, peak, count, links = json.loads(found.stdout.strip().splitlines()[-1])
    return float(seconds), float(peak), int(count), int(links)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # one size, in this process
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one)))
        return
    rows = [(n, *measured(n)) for n in (args.small, args.large)]
    print(f"{'articles':>9} {'seconds':>9} {'art/s':>7} {'mem MB':>9} {'stories':>8} {'matches':>8}")
    for n, seconds, peak, count, links in rows:
        print(f"{n:>9} {seconds:>9.1f} {n / seconds:>7.0f} {peak:>9.1f} {count:>8} {links:>8}")
    (n1, s1, m1, *_), (n2, s2, m2, *_) = rows
    print(
        f"growth {n1}→{n2} ({n2 / n1:.0f}× articles): time {s2 / s1:.1f}×, memory {m2 / m1:.1f}× (limit 15×)"
    )


if __name__ == "__main__":
    main()

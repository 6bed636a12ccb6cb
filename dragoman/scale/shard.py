"""One shard through the pipeline, on a worker: the same functions as the single-process run, Parquet out.

    run_shard(shard, run_dir, options) -> None
    read_shard(folder) -> ShardResult

The shard's folder appears whole or not at all: everything is written under a temporary name, then
renamed. A shard whose folder exists is done and never redone. Models (spaCy pipelines, the knowledge
base) are the pipeline's own per-process caches: loaded once per worker, by its first shard.
"""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dragoman.actors import KnowledgeBase, knowledge_base
from dragoman.actors.kb import Entry
from dragoman.counts import Counts
from dragoman.dedup import IndexRow, features
from dragoman.model import Article, Event, Failure, RawDocument
from dragoman.pipeline import BATCH, articles_of, code_batch
from dragoman.scale.plan import Shard
from dragoman.store.parts import SHARD_SEQ, read_failures, write_part

__all__ = ["ShardOptions", "ShardResult", "read_shard", "run_shard"]

META = "shard.json"


@dataclass(frozen=True, slots=True)
class ShardOptions:
    """What every shard of a run is read with: the run's options and the store's imported dictionaries."""

    default_date: date | None = None
    lang: str | None = None
    imported: tuple[Entry, ...] = ()


@dataclass(frozen=True, slots=True)
class ShardResult:
    """What the merge needs of a finished shard besides its Parquet: its counts and failures."""

    counts: list[tuple[str, str, int]]
    prepared: int  # articles cleaned (duplicates included): the run's duplicates are counted from it
    failures: list[Failure]


_KNOWLEDGE: dict[tuple[Entry, ...], KnowledgeBase] = {}


def _knowledge(imported: tuple[Entry, ...]) -> KnowledgeBase:
    """The knowledge base with the store's imported entries, built once per worker process."""
    if not imported:
        return knowledge_base()
    if imported not in _KNOWLEDGE:
        _KNOWLEDGE.clear()
        _KNOWLEDGE[imported] = knowledge_base().extended([], imported)
    return _KNOWLEDGE[imported]


def run_shard(shard: Shard, run_dir: str, options: ShardOptions) -> None:
    """Read, clean, identify, parse, code and fingerprint one shard, and write its partitions under `run_dir`."""
    final = Path(run_dir) / shard.name
    if final.is_dir():
        return
    counts, failures = Counts(), []

    def fail(failure: Failure) -> None:
        counts.add("ingest", f"failed_{failure.reason}")
        failures.append(failure)

    kb = _knowledge(options.imported)
    scratch = Counts()  # the merge counts parses, mentions and events of the articles it keeps
    kept: list[tuple[int, Article]] = []
    events: list[Event] = []
    index_rows: list[IndexRow] = []
    batch: list[tuple[int, Article]] = []
    seen: set[str] = set()
    prepared = 0
    for article in articles_of(
        _documents(shard, counts, fail), counts, fail, options.default_date, options.lang
    ):
        seq = shard.index * SHARD_SEQ + prepared
        prepared += 1
        if article.id in seen:  # a later copy in the same shard is never the one the run keeps
            continue
        seen.add(article.id)
        batch.append((seq, article))
        if len(batch) >= BATCH:
            events += _coded(batch, scratch, kb, index_rows, fail)
            kept += batch
            batch = []
    events += _coded(batch, scratch, kb, index_rows, fail)
    kept += batch

    temporary = Path(run_dir) / f".{shard.name}.tmp-{uuid.uuid4().hex[:8]}"
    write_part(temporary, kept, events, index_rows, failures)
    meta = {"counts": counts.rows(), "prepared": prepared}
    (temporary / META).write_text(json.dumps(meta), encoding="utf-8")
    try:
        temporary.rename(final)
    except OSError:  # another attempt at the same shard finished first: its folder is as good as ours
        shutil.rmtree(temporary, ignore_errors=True)
        if not final.is_dir():
            raise


def _coded(
    batch: list[tuple[int, Article]],
    counts: Counts,
    kb: KnowledgeBase,
    index_rows: list[IndexRow],
    fail: Callable[[Failure], None],
) -> list[Event]:
    """The batch's events; its articles' dedup features join `index_rows` (after the parse: the
    features include the actors it resolved), so that the merge only has to look them up."""
    articles = [a for _, a in batch]
    events = code_batch(articles, counts, kb, fail)
    index_rows += [IndexRow.of(a.id, features(a)) for a in articles]
    return events


def _documents(shard: Shard, counts: Counts, fail: Callable[[Failure], None]) -> Iterator[RawDocument]:
    for piece in shard.pieces:
        for item in piece.documents():
            if isinstance(item, Failure):
                fail(item)
            else:
                counts.add("ingest", "received")
                yield item


def read_shard(folder: Path) -> ShardResult:
    meta = json.loads((folder / META).read_text(encoding="utf-8"))
    return ShardResult(
        [(str(s), str(r), int(n)) for s, r, n in meta["counts"]], int(meta["prepared"]), read_failures(folder)
    )

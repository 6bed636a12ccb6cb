"""Shards: the inputs of a distributed run cut into pieces of work of about the same size.

    plan(sources, target_bytes) -> list[Shard]

Small files are grouped, in order, until a shard holds about `target_bytes`; a big JSONL or WARC file
is cut into record ranges (a plain JSONL range also keeps the byte offset it starts at, so a worker
seeks to it). Records keep the ids and line numbers the whole file gives them, so a shard's articles
are the very articles the single-process run reads. The plan is saved with the run: a restarted run
works on the same shards whatever its number of workers.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from dragoman.ingest import kind_of, read_source
from dragoman.ingest.manifest import with_manifest
from dragoman.model import Failure, RawDocument

__all__ = ["SHARD_BYTES", "Piece", "Shard", "load_plan", "plan", "save_plan"]

SHARD_BYTES = 4 << 20  # about 1,500 news articles of JSONL: seconds of work, a few MB of memory


@dataclass(frozen=True, slots=True)
class Piece:
    """A whole input file, or records after..stop of one (numbered from 1; stop None: to the end)."""

    source: str
    after: int = 0
    stop: int | None = None
    offset: int = 0  # where record after + 1 starts, in a plain JSONL file

    def documents(self) -> Iterator[RawDocument | Failure]:
        # what the folder's MANIFEST.tsv says of a file, as the single-process run reads it
        return (
            with_manifest(item) if isinstance(item, RawDocument) else item
            for item in read_source(self.source, after=self.after, stop=self.stop, offset=self.offset)
        )


@dataclass(frozen=True, slots=True)
class Shard:
    index: int
    pieces: tuple[Piece, ...]
    size: int  # bytes of input, about

    @property
    def name(self) -> str:
        return f"shard-{self.index:06d}"

    def describe(self) -> str:
        """The shard's inputs, for a message that names them."""
        first, last = self.pieces[0], self.pieces[-1]
        ranged = (
            f" records {first.after + 1}-{first.stop or 'end'}"
            if len(self.pieces) == 1 and (first.after or first.stop)
            else ""
        )
        more = f" … {last.source} ({len(self.pieces)} files)" if len(self.pieces) > 1 else ""
        return f"{first.source}{ranged}{more}"


def plan(sources: list[str], target: int = SHARD_BYTES) -> list[Shard]:
    """The shards of `sources` (files, in the order `discover` gave them)."""
    shards: list[Shard] = []
    group: list[Piece] = []
    size = 0

    def close() -> None:
        nonlocal group, size
        if group:
            shards.append(Shard(len(shards), tuple(group), size))
        group, size = [], 0

    for source in sources:
        try:
            length = os.path.getsize(source)
        except OSError:
            length = 0  # the worker's reader names what is wrong with it
        if length > target:
            close()
            for piece, piece_size in _split(source, length, target):
                shards.append(Shard(len(shards), (piece,), piece_size))
            continue
        group.append(Piece(source))
        size += length
        if size >= target:
            close()
    close()
    return shards


def _split(source: str, length: int, target: int) -> list[tuple[Piece, int]]:
    """Record ranges of a big file; a file of another kind, or one that cannot be scanned, is one piece."""
    kind, compressed = kind_of(source)
    try:
        if kind == "jsonl":
            return _split_jsonl(source, compressed, target)
        if kind == "warc":
            return _split_warc(source, length, target)
    except (
        Exception
    ):  # a scan is only a way to cut: a file it cannot read is one piece, and its reader reports
        pass
    return [(Piece(source), length)]


def _split_jsonl(source: str, compressed: bool, target: int) -> list[tuple[Piece, int]]:
    pieces: list[tuple[Piece, int]] = []
    after = number = start = position = 0
    with open(source, "rb") as raw, gzip.open(raw) if compressed else raw as stream:
        for line in stream:
            number += 1
            position += len(line)
            if position - start >= target:
                pieces.append((Piece(source, after, number, 0 if compressed else start), position - start))
                after, start = number, position
    if number > after or not pieces:
        pieces.append((Piece(source, after, None, 0 if compressed else start), position - start))
    return pieces


def _split_warc(source: str, length: int, target: int) -> list[tuple[Piece, int]]:
    from warcio.archiveiterator import ArchiveIterator

    with open(source, "rb") as handle:
        records = sum(1 for _ in ArchiveIterator(handle))
    per_piece = max(1, records * target // max(length, 1))
    pieces: list[tuple[Piece, int]] = []
    for after in range(0, records, per_piece):
        stop = after + per_piece if after + per_piece < records else None
        pieces.append((Piece(source, after, stop), length * per_piece // max(records, 1)))
    return pieces or [(Piece(source), length)]


def save_plan(path: Path, shards: list[Shard]) -> None:
    """Write the plan atomically (a temporary name, then a rename)."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps([asdict(s) for s in shards]), encoding="utf-8")
    temporary.replace(path)


def load_plan(path: Path) -> list[Shard]:
    return [
        Shard(s["index"], tuple(Piece(**p) for p in s["pieces"]), s["size"])
        for s in json.loads(path.read_text(encoding="utf-8"))
    ]

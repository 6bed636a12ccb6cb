"""Ingest: inputs (files, folders, `-` for stdin) in, `RawDocument`s out, a `Failure` for what can't be read.

    discover(inputs) -> list[str]
    read_source(source) -> Iterator[RawDocument | Failure]

Formats by suffix, each optionally gzipped (`.gz`): `.txt`, `.html`/`.htm`, `.jsonl`/`.ndjson`, `.json`,
`.warc`. Standard input and files without a known suffix are sniffed. Single-document files over 50 MB
are refused; JSONL and WARC are streamed record by record with the same limit per record.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, cast

from dragoman.errors import InputError, UsageError
from dragoman.ingest.decode import MAX_BYTES, GzipLines, decode, gunzip
from dragoman.ingest.formats import parse_html, parse_json, parse_text, read_jsonl, read_warc
from dragoman.model import Failure, RawDocument

__all__ = ["KINDS", "discover", "kind_of", "read_source"]

KINDS = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".warc": "warc",
}
STDIN = "-"


def discover(inputs: list[str]) -> tuple[list[str], list[Failure]]:
    """The files to read, folders walked recursively in a stable order, and the inputs that don't exist.

    Inside folders only files of a known kind are taken (a README or a manifest beside the articles is
    not an article); a file named on the command line is always read, sniffing its kind if need be.
    """
    if not inputs:
        raise UsageError("no input given: name files, folders, or - for standard input")
    found: list[str] = []
    missing: list[Failure] = []
    for given in inputs:
        if given == STDIN:
            found.append(STDIN)
            continue
        path = Path(given)
        if path.is_dir():
            found.extend(_walk(path))
        elif path.exists():
            found.append(str(path))
        else:
            reason = "symlink_loop" if path.is_symlink() else "not_found"
            missing.append(Failure(given, reason, "no such file or folder (or a broken link)"))
    return found, missing


def _walk(folder: Path) -> Iterator[str]:
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and kind_of(name)[0] is not None:
                yield os.path.join(root, name)


def kind_of(name: str) -> tuple[str | None, bool]:
    """The format a file name says (None when it does not say) and whether it is gzipped."""
    lower = name.lower()
    compressed = lower.endswith(".gz")
    if compressed:
        lower = lower[:-3]
    return KINDS.get(os.path.splitext(lower)[1]), compressed


def read_source(
    source: str, *, after: int = 0, stop: int | None = None, offset: int = 0
) -> Iterator[RawDocument | Failure]:
    """Every document of one input, or a Failure naming the input (or record) and the reason.

    For a shard of a JSONL or WARC file: only records after..stop (numbered from 1, as the whole file
    numbers them); `offset` is where record `after` + 1 starts in a plain JSONL file (a gzipped one is
    read past the records before it).
    """
    try:
        if source == STDIN:
            yield from _read_bytes(_read_limited(sys.stdin.buffer, source), source, None)
            return
        kind, compressed = kind_of(source)
        if kind == "warc":
            with open(source, "rb") as handle:
                yield from read_warc(handle, source, after=after, stop=stop)
        elif kind == "jsonl":
            with open(source, "rb") as raw:
                stream = cast(BinaryIO, GzipLines(raw, source) if compressed else raw)
                _skip_lines(stream, after, 0 if compressed else offset)
                yield from read_jsonl(stream, source, after=after, stop=stop)
        else:
            if os.path.getsize(source) > MAX_BYTES:
                raise InputError(source, "too_large", f"larger than {MAX_BYTES // 2**20} MB; split it")
            with open(source, "rb") as handle:
                data = _read_limited(handle, source)
            if compressed:
                data = gunzip(data, source)
            yield from _read_bytes(data, source, kind)
    except InputError as exc:
        yield Failure(exc.source, exc.reason, exc.message)
    except FileNotFoundError:  # listed, then moved or deleted before (or while) it was read
        yield Failure(source, "vanished", "was there when the inputs were listed, gone when read")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            yield Failure(source, "symlink_loop", "a symbolic link that leads back to itself")
        else:
            yield Failure(source, "unreadable", f"cannot be read ({exc.__class__.__name__}: {exc})")
    except RuntimeError as exc:
        yield Failure(source, "unreadable", f"cannot be read ({exc.__class__.__name__}: {exc})")
    except EOFError as exc:
        yield Failure(source, "truncated", f"ends before its end ({exc})")


def _skip_lines(stream: BinaryIO, lines: int, offset: int) -> None:
    """Put the stream at the start of line `lines` + 1: a seek when its offset is known, else a read."""
    if offset:
        stream.seek(offset)
        return
    for _ in range(lines):
        line = stream.readline(MAX_BYTES + 1)
        while line and not line.endswith(b"\n"):  # a line longer than the limit is one record all the same
            line = stream.readline(1 << 20)


def _read_limited(handle: BinaryIO, source: str) -> bytes:
    data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(source, "too_large", f"larger than {MAX_BYTES // 2**20} MB; split it")
    return data


def _read_bytes(data: bytes, source: str, kind: str | None) -> Iterator[RawDocument | Failure]:
    """Documents from the bytes of one file; the kind is sniffed when the name did not tell it."""
    if data[:2] == b"\x1f\x8b":
        data = gunzip(data, source)
    if kind is None:
        kind = _sniff(data)
    if kind == "warc":
        import io

        yield from read_warc(io.BytesIO(data), source)
        return
    text = decode(data, source)
    if kind == "jsonl":
        import io

        yield from read_jsonl(io.BytesIO(text.encode("utf-8")), source)
    elif kind == "json":
        yield from parse_json(text, source)
    elif kind == "html":
        yield parse_html(text, source, source)
    else:
        yield parse_text(text, source)


def _sniff(data: bytes) -> str:
    head = data[:2048].lstrip()
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"["):
        return "json"
    lowered = head[:512].lower()
    if lowered.startswith(b"<") and (b"<html" in lowered or b"<!doctype" in lowered or b"<p" in lowered):
        return "html"
    return "txt"

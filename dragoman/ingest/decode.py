"""Bytes to text: gzip, size limits, binary detection and character-set guessing."""

from __future__ import annotations

import gzip
import io
import zlib
from typing import BinaryIO

from charset_normalizer import from_bytes

from dragoman.errors import InputError

MAX_BYTES = 50 * 1024 * 1024  # a news file bigger than this is not a news file
# News text gzips three to ten to one; a stream that expands a hundredfold is a bomb, not a feed.
MAX_RATIO = 100
RATIO_SLACK = 1024 * 1024  # a small file of repeated lines may expand more: judge the ratio after 1 MB
PREFERRED = ("cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r")
_BOMS = {
    b"\xef\xbb\xbf": "utf-8-sig",
    b"\xff\xfe": "utf-16",
    b"\xfe\xff": "utf-16",
}


def gunzip(data: bytes, source: str) -> bytes:
    """The content of a gzip file, read no further than MAX_BYTES (a gzip bomb is refused, not expanded)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            out = handle.read(MAX_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(source, "corrupt_gzip", f"not a readable gzip file ({exc})") from None
    if len(out) > MAX_BYTES:
        raise InputError(source, "too_large", f"expands to more than {MAX_BYTES // 2**20} MB; split it")
    return out


class GzipLines:
    """A gzip stream read line by line that refuses to expand more than MAX_RATIO times the compressed
    bytes read so far: a gzip bomb in a streamed (JSONL) file is refused after its first MB, not inflated
    to the end while its lines are skipped."""

    def __init__(self, raw: BinaryIO, source: str) -> None:
        self._raw, self._source = raw, source
        self._gz = gzip.GzipFile(fileobj=raw)
        self._out = 0

    def readline(self, limit: int = -1) -> bytes:
        line = self._gz.readline(limit)
        self._out += len(line)
        if self._out > MAX_RATIO * self._raw.tell() + RATIO_SLACK:
            raise InputError(
                self._source,
                "too_large",
                f"expands more than {MAX_RATIO} times (a gzip bomb?); decompress and split it",
            )
        return line


def decode(data: bytes, source: str) -> str:
    """`data` as text: UTF-8 when it is, else the encoding charset-normalizer finds; binary is refused."""
    for bom, encoding in _BOMS.items():
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    head = data[:8192]
    if b"\x00" in head:
        if _looks_utf16(head):
            return data.decode("utf-16-le" if head[1:2] == b"\x00" else "utf-16-be", errors="replace")
        raise InputError(source, "binary", "binary content (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    matches = list(from_bytes(data[:MAX_BYTES]))
    if not matches:
        raise InputError(source, "encoding", "not UTF-8 and no character set fits; convert it to UTF-8")
    # Several single-byte code pages often fit a short text equally well; among those that fit best,
    # prefer the ones news sites actually used.
    least = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= least + 0.01]
    best = next((m for enc in PREFERRED for m in tied if m.encoding == enc), tied[0])
    return str(best)


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 without a BOM: text whose every other byte is NUL."""
    even, odd = head[0::2], head[1::2]
    return (odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even)) or (
        even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd)
    )

"""Bytes to text: gzip, size limits, binary detection and character-set guessing."""

from __future__ import annotations

import gzip
import io
import zlib

from charset_normalizer import from_bytes

from dragoman.errors import InputError

MAX_BYTES = 50 * 1024 * 1024  # a news file bigger than this is not a news file
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
    best = from_bytes(data[:MAX_BYTES]).best()
    if best is None or best.encoding is None:
        raise InputError(source, "encoding", "not UTF-8 and no character set fits; convert it to UTF-8")
    return str(best)


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 without a BOM: text whose every other byte is NUL."""
    even, odd = head[0::2], head[1::2]
    return (odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even)) or (
        even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd)
    )

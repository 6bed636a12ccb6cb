"""A folder's `MANIFEST.tsv`: what a crawler or an archive knows of its files and the files do not say.

A tab-separated file beside the articles, with a header naming at least `file`, and any of `date`
(YYYY-MM-DD) and `lang` (ISO 639-1); lines starting with `#` are comments. A file it names gets that date
(`published_source` "manifest") and language hint unless the file gives its own (a JSONL `date`, HTML
metadata). A manifest that cannot be read is ignored: the files are read as they are.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from dragoman.model import RawDocument
from dragoman.resources import read_tsv

MANIFEST = "MANIFEST.tsv"


@lru_cache(maxsize=64)
def _manifest(path: Path, _mtime: float) -> dict[str, dict[str, str]]:
    try:
        rows = read_tsv.__wrapped__(path)
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    return {row["file"]: row for row in rows if row.get("file")}


def with_manifest(doc: RawDocument) -> RawDocument:
    """The document with what its folder's manifest says of its file, where the file says nothing."""
    path = Path(doc.source)
    manifest = path.parent / MANIFEST
    try:
        mtime = manifest.stat().st_mtime
    except OSError:
        return doc
    row = _manifest(manifest, mtime).get(path.name)
    if row is None:
        return doc
    published, source = doc.published, doc.published_source
    if published is None and row.get("date"):
        with contextlib.suppress(ValueError):
            published, source = date.fromisoformat(row["date"].strip()), "manifest"
    lang = doc.lang_hint or (row.get("lang") or "").strip() or None
    return replace(doc, published=published, published_source=source, lang_hint=lang)

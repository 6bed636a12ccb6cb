"""Ingest over HTTP: the posted articles go through the real pipeline (`dragoman.pipeline.run`) into the
store, and the events they gave come back.

The body is written to a private temporary folder under a name whose suffix tells the pipeline's readers
its format, so an upload is read exactly as the same file given to `dragoman run` would be.
"""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dragoman.errors import UsageError
from dragoman.store import Store

# media type → the suffix the ingest readers know the format by
SUFFIXES = {
    "application/json": ".json",
    "application/x-ndjson": ".jsonl",
    "application/jsonl": ".jsonl",
    "application/x-jsonlines": ".jsonl",
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
}
KNOWN_SUFFIXES = (".json", ".jsonl", ".ndjson", ".html", ".htm", ".txt", ".text", ".warc", ".gz")


@dataclass(frozen=True, slots=True)
class Upload:
    name: str  # the file name it is stored under (its suffix gives the format)
    data: bytes


def upload_of_body(data: bytes, media_type: str) -> Upload:
    """The request body as one upload; its media type says its format."""
    suffix = SUFFIXES.get(media_type)
    if suffix is None:
        known = ", ".join(sorted(SUFFIXES))
        raise UsageError(
            f"Content-Type {media_type or '(none)'!r} cannot be ingested: send one of {known}, "
            "or multipart/form-data with files"
        )
    if not data.strip():
        raise UsageError("the request body is empty: send the article(s) to code")
    return Upload(f"upload{suffix}", data)


def upload_of_file(filename: str | None, data: bytes, media_type: str | None) -> Upload:
    """One file of a multipart upload: its own name when the suffix is known, else by its media type."""
    base = re.sub(r"[^\w.\-]+", "_", Path(filename or "").name)[:120].lstrip(".") or "upload"
    if not base.lower().endswith(KNOWN_SUFFIXES):
        suffix = SUFFIXES.get((media_type or "").split(";")[0].strip().lower(), ".txt")
        base += suffix
    return Upload(base, data)


def ingest(
    store: Store, uploads: list[Upload], *, lang: str | None = None, default_date: date | None = None
) -> dict[str, Any]:
    """Run the pipeline over the uploads; the run's id, the new articles, their events, counts, failures."""
    from dragoman.pipeline import run

    if not uploads:
        raise UsageError("nothing to ingest: send a body, or multipart/form-data with at least one file")
    with tempfile.TemporaryDirectory(prefix="dragoman-upload-") as folder:
        paths = []
        for i, upload in enumerate(uploads):
            path = Path(folder) / (upload.name if len(uploads) == 1 else f"{i:03d}-{upload.name}")
            path.write_bytes(upload.data)
            paths.append(str(path))
        report = run(paths, store, default_date=default_date, lang=lang)
        prefix = folder + "/"
    rows = []
    if report.stored_ids:
        with store.connected() as db:
            rows = db.execute(
                "SELECT record FROM events WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id, sentence, event_id",
                [report.stored_ids],
            ).fetchall()
    return {
        "run_id": report.run_id,
        "articles": report.stored_ids,
        "events": [json.loads(r[0]) for r in rows],
        "counts": [{"stage": s, "reason": r, "count": n} for s, r, n in report.counts.rows()],
        "failures": [
            {"source": f.source.replace(prefix, ""), "reason": f.reason, "message": f.message}
            for f in report.failures
        ],
    }

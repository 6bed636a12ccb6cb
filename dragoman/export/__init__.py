"""Exports of a store's events for other tools: GDELT 2.0 tables, Parquet, CSV, PLOVER JSON.

    export(store, format, out, since=..., until=...) -> int     rows written

- `gdelt-events`: one row per aggregated event (`dragoman.aggregate`), the 61 columns of the GDELT 2.0
  Event table, tab-separated, no header (as GDELT ships them), fields dragoman does not know left empty.
- `gdelt-mentions`: one row per member event of those, the 16 columns of the GDELT 2.0 Mentions table.
- `parquet`: one row per event with the fields of `schema/event.schema.json` (nested as structs), written
  by DuckDB's own Parquet writer.
- `csv`: one row per event, its fields flat (as `dragoman events --format csv`).
- `plover-json`: one JSON record per line per event, with PLOVER's field names (id, date, actor,
  recipient, event, mode, event_loc, event_text, quad_code, event_scale, link, cite_info, coder); `link`
  is the aggregated event it belongs to.

`since`/`until` (YYYY-MM-DD) select events by their date, aggregated events by theirs.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from dragoman import __version__
from dragoman.errors import UsageError
from dragoman.export.gdelt import event_rows, mention_rows
from dragoman.store import Store
from dragoman.store.queries import flat_event

__all__ = ["FORMATS", "export"]

FORMATS = ("gdelt-events", "gdelt-mentions", "parquet", "csv", "plover-json")

_ACTOR = {"text": "VARCHAR", "id": "VARCHAR", "name": "VARCHAR", "country": "VARCHAR", "sector": "VARCHAR",
          "cameo": "VARCHAR"}  # fmt: skip
EVENT_STRUCT = {  # the event schema's fields and their types, as DuckDB's json_transform reads them
    "event_id": "VARCHAR",
    "article_id": "VARCHAR",
    "doc_id": "VARCHAR",
    "lang": "VARCHAR",
    "sentence": "INTEGER",
    "evidence": {"text": "VARCHAR", "start": "INTEGER", "end": "INTEGER", "trigger": "VARCHAR"},
    "source": _ACTOR,
    "target": _ACTOR,
    "cameo": "VARCHAR",
    "cameo_root": "VARCHAR",
    "quad_class": "INTEGER",
    "goldstein": "DOUBLE",
    "plover": {"type": "VARCHAR", "mode": "VARCHAR"},
    "modality": "VARCHAR",
    "attributed_to": _ACTOR,
    "date": "VARCHAR",
    "date_precision": "VARCHAR",
    "location": {"name": "VARCHAR", "country": "VARCHAR", "lat": "DOUBLE", "lon": "DOUBLE", "geonameid": "BIGINT"},
    "confidence": "DOUBLE",
    "rule": "VARCHAR",
}  # fmt: skip


def _where(since: str | None, until: str | None, column: str = "date") -> tuple[str, list[Any]]:
    where, params = ["TRUE"], []
    if since:
        where.append(f"{column} >= ?")
        params.append(since)
    if until:
        where.append(f"{column} <= ?")
        params.append(until + "~")  # a month-precision date sorts before its days
    return " AND ".join(where), params


def export(
    store: Store,
    format_: str,
    out: Path | TextIO,
    *,
    since: str | None = None,
    until: str | None = None,
) -> int:
    """Write the store's events in `format_` to `out` (a path, or an open text stream for the text
    formats); the number of rows written."""
    if format_ not in FORMATS:
        raise UsageError(f"format {format_!r}: use one of {', '.join(FORMATS)}")
    if format_ == "parquet":
        if not isinstance(out, Path):
            raise UsageError("--format parquet writes a file: give it with --out FILE.parquet")
        return _parquet(store, out, since, until)
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as handle:
            return _text(store, format_, handle, since, until)
    return _text(store, format_, out, since, until)


def _text(store: Store, format_: str, out: TextIO, since: str | None, until: str | None) -> int:
    if format_ in ("gdelt-events", "gdelt-mentions"):
        rows = (
            event_rows(store, since, until)
            if format_ == "gdelt-events"
            else mention_rows(store, since, until)
        )
        writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        count = 0
        for row in rows:
            writer.writerow(["" if v is None else _tsv(v) for v in row])
            count += 1
        return count
    records = list(_records(store, since, until))
    if format_ == "csv":
        flat = [flat_event(r) for r, _ in records]
        writer2 = csv.DictWriter(out, fieldnames=list(flat_event({}).keys()), lineterminator="\n")
        writer2.writeheader()
        writer2.writerows(flat)
        return len(flat)
    for record, link in records:
        out.write(json.dumps(plover_record(record, link), ensure_ascii=False) + "\n")
    return len(records)


def _tsv(value: object) -> str:
    """A field value without the tabs and line breaks that would shift GDELT's columns."""
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def _records(
    store: Store, since: str | None, until: str | None
) -> Iterator[tuple[dict[str, Any], str | None]]:
    """Events in the period with the aggregated event each belongs to."""
    condition, params = _where(since, until, "e.date")
    cursor = store.db.execute(
        f"SELECT e.record, m.agg_id FROM events e LEFT JOIN aggregated_members m USING (event_id) "
        f"WHERE {condition} ORDER BY e.date, e.article_id, e.sentence, e.event_id",
        params,
    )
    while batch := cursor.fetchmany(10_000):
        for record, link in batch:
            yield json.loads(record), link


def _parquet(store: Store, out: Path, since: str | None, until: str | None) -> int:
    condition, params = _where(since, until)
    structure = json.dumps(EVENT_STRUCT).replace("'", "''")
    path = str(out).replace("'", "''")
    select = (
        f"SELECT unnest(json_transform(record, '{structure}')) FROM events WHERE {condition} "
        "ORDER BY date, article_id, sentence, event_id"
    )
    store.db.execute(f"COPY ({select}) TO '{path}' (FORMAT PARQUET)", params)
    found = store.db.execute(f"SELECT count(*) FROM events WHERE {condition}", params).fetchone()
    return int(found[0]) if found else 0


def _plover_actor(actor: dict[str, Any] | None) -> list[dict[str, Any]]:
    if not actor:
        return []
    return [
        {
            "code": actor.get("cameo"),
            "id": actor.get("id"),
            "name": actor.get("name"),
            "country": actor.get("country"),
            "sector": actor.get("sector"),
            "text": actor.get("text"),
        }
    ]


def plover_record(record: dict[str, Any], link: str | None = None) -> dict[str, Any]:
    """An event as a PLOVER JSON record (PLOVER manual, "Data Fields"), with dragoman's extra fields."""
    plover = record.get("plover") or {}
    evidence = record.get("evidence") or {}
    return {
        "id": record["event_id"],
        "date": record.get("date"),
        "date_precision": record.get("date_precision"),
        "actor": _plover_actor(record.get("source")),
        "recipient": _plover_actor(record.get("target")),
        "event": [plover.get("type")],
        "mode": [plover["mode"]] if plover.get("mode") else [],
        "event_loc": record.get("location"),
        "event_text": [evidence.get("text")],
        "quad_code": record.get("quad_class"),
        "event_scale": record.get("goldstein"),
        "link": link,
        "cite_info": {"article_id": record.get("article_id"), "doc_id": record.get("doc_id"), "lang": record.get("lang")},
        "coder": f"dragoman {__version__}",
        "cameo": record.get("cameo"),
        "modality": record.get("modality"),
        "attributed_to": _plover_actor(record.get("attributed_to")),
        "confidence": record.get("confidence"),
    }  # fmt: skip

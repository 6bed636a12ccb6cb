"""`dragoman events` and `dragoman explain`: stored events, and why each was coded."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.table import Table

from dragoman.cli import DbOption, _open, _parse_date, _usage, app, out
from dragoman.store import DEFAULT_DB
from dragoman.store.queries import flat_event


@app.command()
def events(
    db: DbOption = DEFAULT_DB,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Actor id (state:CHN) or words of its text.")
    ] = None,
    country: Annotated[str | None, typer.Option("--country", help="Source or target country, ISO3.")] = None,
    code: Annotated[str | None, typer.Option("--code", help="CAMEO code or prefix, e.g. 042 or 19.")] = None,
    root: Annotated[str | None, typer.Option("--root", help="CAMEO root, 01-20.")] = None,
    quad: Annotated[int | None, typer.Option("--quad", help="QuadClass 1-4.")] = None,
    modality: Annotated[str | None, typer.Option("--modality", help="asserted, negated or possible.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option("--until", help="YYYY-MM-DD")] = None,
    format_: Annotated[str, typer.Option("--format", help="table, jsonl or csv.")] = "table",
    limit: Annotated[int | None, typer.Option("--limit")] = None,
) -> None:
    """List stored events, filtered."""
    if format_ not in ("table", "jsonl", "csv"):
        raise _usage(f"--format {format_!r}: use table, jsonl or csv")
    if modality and modality not in ("asserted", "negated", "possible"):
        raise _usage(f"--modality {modality!r}: use asserted, negated or possible")
    for day in (since, until):
        _parse_date(day)
    with _open(db) as store:
        rows = store.events(
            actor=actor,
            country=country,
            code=code,
            root=root,
            quad=quad,
            modality=modality,
            since=since,
            until=until,
            limit=limit,
        )
    if format_ == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    flat = [flat_event(r) for r in rows]
    if format_ == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=list(flat_event({}).keys()))
        writer.writeheader()
        writer.writerows(flat)
        return
    table = Table()
    for column in ("event_id", "date", "source", "cameo", "target", "modality", "trigger"):
        table.add_column(column, overflow="fold")
    for f in flat:
        table.add_row(
            str(f["event_id"])[:10],
            str(f["date"] or ""),
            f"{f['source_text']} [{f['source_cameo'] or '-'}]",
            f"{f['cameo']} {f['plover_type']}",
            f"{f['target_text']} [{f['target_cameo'] or '-'}]" if f["target_text"] else "-",
            str(f["modality"]),
            str(f["trigger"]),
        )
    out.print(table)
    out.print(f"{len(flat)} events.", markup=False)


@app.command()
def explain(
    event_id: Annotated[str, typer.Argument(help="An event id or a unique prefix of one.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Show why an event was coded: its sentence with trigger and actors marked, the rule, the aliases."""
    with _open(db) as store:
        found = store.event(event_id)
    if found is None:
        raise _usage(f"no single event matches {event_id!r}; list them with `dragoman events`")
    record, article = found
    evidence = record["evidence"]
    sentence = evidence["text"]
    marks = []
    for role in ("source", "target"):
        actor = record.get(role)
        if actor and actor.get("text") and actor["text"] in sentence:
            start = sentence.index(actor["text"])
            marks.append((start, start + len(actor["text"]), role.upper()))
    if evidence.get("trigger") and evidence["trigger"] in sentence:
        start = sentence.index(evidence["trigger"])
        marks.append((start, start + len(evidence["trigger"]), "TRIGGER"))
    shown = sentence
    for start, end, label in sorted(marks, reverse=True):
        shown = f"{shown[:start]}[{label}: {shown[start:end]}]{shown[end:]}"
    out.print(shown, markup=False)
    out.print()
    out.print(
        f"cameo {record['cameo']} (root {record['cameo_root']}, QuadClass {record['quad_class']}, "
        f"Goldstein {record['goldstein']}), PLOVER {record['plover']['type']}",
        markup=False,
    )
    out.print(
        f"modality {record['modality']}; claimed by {(record.get('attributed_to') or {}).get('id') or '-'}; "
        f"confidence {record['confidence']}",
        markup=False,
    )
    out.print(f"rule: {record.get('rule')}", markup=False)
    for role in ("source", "target", "attributed_to"):
        actor = record.get(role)
        if not actor:
            continue
        how = next((m for m in article["mentions"] if m["text"] == actor["text"]), None)
        via = f" — alias {how['alias']!r}, rule {how['rule']}, from {how['source']}" if how else ""
        out.print(f"{role}: {actor['text']!r} → {actor['id']} {actor['cameo'] or ''}{via}", markup=False)
    out.print(f"article: {article['id']} {article['title'] or article['doc_id']}", markup=False)

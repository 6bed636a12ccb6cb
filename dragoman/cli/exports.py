"""`dragoman aggregated` and `dragoman export`: one real-world event per row, and the store for other tools."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from dragoman.cli import DbOption, _open, _parse_date, _usage, app, out
from dragoman.errors import UsageError
from dragoman.store import DEFAULT_DB


@app.command()
def aggregated(
    db: DbOption = DEFAULT_DB,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Source or target actor id (state:CHN).")
    ] = None,
    country: Annotated[str | None, typer.Option("--country", help="Source or target country, ISO3.")] = None,
    code: Annotated[str | None, typer.Option("--code", help="CAMEO code or prefix.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option("--until", help="YYYY-MM-DD")] = None,
    min_sources: Annotated[
        int | None, typer.Option("--min-sources", help="Reported by at least this many independent sources.")
    ] = None,
    conflicting: Annotated[
        bool, typer.Option("--conflicting", help="Only events whose articles code them in more than one way.")
    ] = False,
    format_: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
    limit: Annotated[int | None, typer.Option("--limit")] = None,
) -> None:
    """List aggregated events: one real-world event per row, with its mentions, articles and sources."""
    from dragoman.store.aggregated import aggregated_events

    if format_ not in ("table", "jsonl"):
        raise _usage(f"--format {format_!r}: use table or jsonl")
    for day in (since, until):
        _parse_date(day)
    with _open(db) as store:
        rows = aggregated_events(
            store, actor=actor, country=country, code=code, since=since, until=until,
            min_sources=min_sources, conflicting=conflicting, limit=limit,
        )  # fmt: skip
    if format_ == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    table = Table()
    for column in (
        "id",
        "date",
        "source",
        "cameo",
        "target",
        "mentions",
        "articles",
        "sources",
        "also coded",
    ):
        table.add_column(column, overflow="fold")
    for r in rows:
        source, target = r["source"] or {}, r["target"] or {}
        table.add_row(
            r["agg_id"].removeprefix("agg:")[:10],
            r["date"] or "",
            f"{source.get('text')} [{source.get('cameo') or '-'}]",
            f"{r['cameo']} {(r['plover'] or {}).get('type', '')}",
            f"{target.get('text')} [{target.get('cameo') or '-'}]" if target else "-",
            str(r["num_mentions"]),
            str(r["num_articles"]),
            str(r["num_sources"]),
            ", ".join(f"{a['cameo']}×{a['num_mentions']}" for a in r["alternatives"]),
        )
    out.print(table)
    out.print(f"{len(rows)} aggregated events.", markup=False)


@app.command()
def export(
    format_: Annotated[
        str, typer.Option("--format", help="gdelt-events, gdelt-mentions, parquet, csv or plover-json.")
    ],
    db: DbOption = DEFAULT_DB,
    out_: Annotated[
        str | None, typer.Option("--out", help="The file to write (default: stdout; parquet needs one).")
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help="YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option("--until", help="YYYY-MM-DD")] = None,
) -> None:
    """Export the store's events: GDELT 2.0 Event or Mentions TSV, Parquet, CSV or PLOVER JSON lines."""
    from dragoman.export import export as write

    for day in (since, until):
        _parse_date(day)
    with _open(db) as store:
        try:
            count = write(store, format_, Path(out_) if out_ else sys.stdout, since=since, until=until)
        except UsageError as exc:
            raise _usage(str(exc)) from None
    if out_:
        out.print(f"{count} rows written to {out_} ({format_}).", markup=False)

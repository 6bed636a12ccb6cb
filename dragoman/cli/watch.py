"""`dragoman watch FOLDER`: code the files that appear in a folder, as they appear."""

from __future__ import annotations

from typing import Annotated

import typer

from dragoman.cli import DbOption, _parse_date, _print_failure, _usage, app, err, out
from dragoman.errors import StoreError, UsageError
from dragoman.pipeline import RunReport
from dragoman.store import DEFAULT_DB, Store


@app.command()
def watch(
    folder: Annotated[str, typer.Argument(help="The folder a crawler drops files into (read recursively).")],
    db: DbOption = DEFAULT_DB,
    interval: Annotated[float, typer.Option("--interval", help="Seconds between two looks.", min=0)] = 5.0,
    settle: Annotated[
        float, typer.Option("--settle", help="Seconds a file must be unchanged before it is read.", min=0)
    ] = 2.0,
    max_cycles: Annotated[
        int | None, typer.Option("--max-cycles", help="Stop after this many looks (default: never).", min=1)
    ] = None,
    once: Annotated[bool, typer.Option("--once", help="Look once, code what is there, stop.")] = False,
    lang: Annotated[str, typer.Option("--lang", help="fr, en, or auto to detect.")] = "auto",
    date_: Annotated[
        str | None, typer.Option("--date", help="Publication date for articles that give none.")
    ] = None,
) -> None:
    """Code new and changed files of FOLDER into the store, polling every --interval seconds."""
    from dragoman.scale import watch as watch_folder

    default_date = _parse_date(date_)

    def coded(report: RunReport) -> None:
        out.print(
            f"run {report.run_id}: {report.counts.get('ingest', 'received')} articles read, "
            f"{len(report.stored_ids)} new, {report.counts.get('store', 'events')} events",
            markup=False,
        )

    try:
        with Store(db) as store:
            err.print(f"dragoman: watching {folder} into {db} (Ctrl-C stops)", markup=False)
            report = watch_folder(
                folder,
                store,
                interval=interval,
                settle=settle,
                max_cycles=1 if once else max_cycles,
                default_date=default_date,
                lang=lang,
                on_run=coded,
                on_failure=_print_failure,
            )
    except UsageError as exc:
        raise _usage(str(exc)) from None
    except StoreError as exc:
        err.print(f"dragoman: error: {exc}", markup=False)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        raise typer.Exit(0) from None
    out.print(
        f"{report.cycles} looks, {report.files} files coded, {report.stored} new articles.", markup=False
    )
    raise typer.Exit(1 if report.failures else 0)

"""The `dragoman` command. Each command is a few lines over the library; exit codes:
0 everything went through, 1 some inputs failed (the rest went through), 2 usage error, 3 internal error."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dragoman import __version__
from dragoman.errors import DragomanError, StoreError, UsageError
from dragoman.model import Failure
from dragoman.store import DEFAULT_DB, Store

if TYPE_CHECKING:
    from dragoman.pipeline import RunReport
    from dragoman.scale import ClusterReport

app = typer.Typer(
    name="dragoman",
    help="Coded political events from multilingual news: who did what to whom, when and where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[str, typer.Option("--db", help="The DuckDB store file.")]


def _usage(message: str) -> typer.Exit:
    err.print(f"dragoman: error: {message}", markup=False)
    return typer.Exit(2)


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _usage(f"--date {value!r} is not a date; use YYYY-MM-DD") from None


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders (read recursively) or - for stdin.")],
    db: DbOption = DEFAULT_DB,
    lang: Annotated[
        str, typer.Option("--lang", help="Language of the inputs (fr, en, ...), or auto to detect it.")
    ] = "auto",
    date_: Annotated[
        str | None, typer.Option("--date", help="Publication date (YYYY-MM-DD) for articles that give none.")
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", help="Run on a local Dask cluster of this many worker processes."),
    ] = None,
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Run on an existing Dask cluster: tcp://HOST:PORT.")
    ] = None,
    shard_mb: Annotated[
        float, typer.Option("--shard-mb", help="With --workers/--scheduler: MB of input per shard, at most.")
    ] = 4.0,
    keep_parts: Annotated[
        bool, typer.Option("--keep-parts", help="Keep the Parquet partitions of a distributed run.")
    ] = False,
) -> None:
    """Ingest, clean, identify the language of, parse and store articles."""
    from dragoman.ingest import discover
    from dragoman.pipeline import run as run_pipeline

    default_date = _parse_date(date_)
    if shard_mb <= 0:
        raise _usage(f"--shard-mb {shard_mb}: give a size above 0")
    try:
        if workers is not None or scheduler is not None:
            report: RunReport = _run_cluster(
                inputs, db, workers or 2, scheduler, default_date, lang, int(shard_mb * 2**20), keep_parts
            )
        else:
            sources, _ = discover(inputs)
            with Store(db, shared=True) as store, _progress(len(sources)) as progress:
                task = progress.add_task("reading", total=len(sources))
                report = run_pipeline(
                    inputs,
                    store,
                    default_date=default_date,
                    lang=lang,
                    on_source=lambda _source: progress.advance(task),
                    on_failure=_print_failure,
                )
    except UsageError as exc:
        raise _usage(str(exc)) from None
    except StoreError as exc:
        err.print(f"dragoman: error: {exc}", markup=False)
        raise typer.Exit(1) from None
    _print_report(report, db)
    raise typer.Exit(report.exit_code)


def _run_cluster(
    inputs: list[str],
    db: str,
    workers: int,
    scheduler: str | None,
    default_date: date | None,
    lang: str,
    shard_bytes: int,
    keep_parts: bool,
) -> ClusterReport:
    """`run` on a Dask cluster, with a progress bar over the shards of the whole cluster."""
    from dragoman.scale import run_cluster

    progress = _progress(2)
    task = progress.add_task("shards", total=None)

    def started(report: ClusterReport) -> None:
        where = f"Dask dashboard: {report.dashboard}" if report.dashboard else "no cluster needed"
        resumed = f", {report.resumed} done by an earlier run" if report.resumed else ""
        err.print(f"dragoman: {report.shards} shards{resumed}; {where}", markup=False)
        progress.update(task, total=report.shards, completed=report.resumed)

    with progress:
        report = run_cluster(
            inputs,
            db,
            workers=workers,
            scheduler=scheduler,
            default_date=default_date,
            lang=lang,
            shard_bytes=shard_bytes,
            keep_parts=keep_parts,
            on_start=started,
            on_shard=lambda: progress.advance(task),
            on_failure=_print_failure,
        )
    if report.worker_peak_mb:
        peaks = ", ".join(f"{mb:.0f}" for mb in report.worker_peak_mb)
        err.print(f"dragoman: peak memory per worker (MB): {peaks}", markup=False)
    return report


def _print_report(report: RunReport, db: str) -> None:
    table = Table(title=f"run {report.run_id} into {db}", title_justify="left")
    table.add_column("stage")
    table.add_column("reason")
    table.add_column("count", justify="right")
    for stage, reason, count in report.counts.rows():
        table.add_row(stage, reason, str(count))
    out.print(table)
    failed = f", {len(report.failures)} inputs failed (named above)" if report.failures else ""
    out.print(
        f"{len(report.stored_ids)} new articles stored in {report.seconds:.1f} s{failed}.", markup=False
    )


@app.command("code")
def code_command(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or - for stdin (as for run).")],
    format_: Annotated[
        str, typer.Option("--format", help="jsonl (schema-valid events only) or table.")
    ] = "jsonl",
    lang: Annotated[str, typer.Option("--lang", help="fr, en, or auto to detect.")] = "auto",
    date_: Annotated[
        str | None, typer.Option("--date", help="Publication date for inputs without one.")
    ] = None,
) -> None:
    """Code events without a store and print them."""
    from dragoman.pipeline import code

    if format_ not in ("jsonl", "table"):
        raise _usage(f"--format {format_!r}: use jsonl or table")
    default_date = _parse_date(date_)
    failures: list[Failure] = []

    def failed(failure: Failure) -> None:
        failures.append(failure)
        _print_failure(failure)

    try:
        events = code(inputs, default_date=default_date, lang=lang, on_failure=failed)
        if format_ == "jsonl":
            for event in events:
                sys.stdout.write(json.dumps(event.to_json(), ensure_ascii=False) + "\n")
        else:
            table = Table()
            for column in ("source", "cameo", "target", "modality", "claimed by", "trigger", "sentence"):
                table.add_column(column, overflow="fold")
            for e in events:
                table.add_row(
                    f"{e.source.text} [{e.source.cameo or '-'}]",
                    f"{e.cameo} {e.plover_type}",
                    f"{e.target.text} [{e.target.cameo or '-'}]" if e.target else "-",
                    e.modality,
                    e.attributed_to.text if e.attributed_to else "",
                    e.trigger,
                    e.evidence[:120],
                )
            out.print(table)
    except UsageError as exc:
        raise _usage(str(exc)) from None
    raise typer.Exit(1 if failures else 0)


def _progress(total: int) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=total < 2 or not err.is_terminal,
    )


def _print_failure(failure: Failure) -> None:
    err.print(f"dragoman: {failure.source}: {failure.reason}: {failure.message}", markup=False)


def _open(db: str) -> Store:
    try:
        return Store(db, read_only=True, shared=True)
    except StoreError as exc:
        raise _usage(str(exc)) from None


@app.command()
def articles(
    db: DbOption = DEFAULT_DB,
    format_: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many articles.")] = None,
) -> None:
    """List the stored articles."""
    if format_ not in ("table", "jsonl"):
        raise _usage(f"--format {format_!r}: use table or jsonl")
    with _open(db) as store:
        rows = list(store.articles(limit))
    if format_ == "jsonl":
        for row in rows:
            row["flags"] = [f["name"] for f in json.loads(row["flags"] or "[]")]
            sys.stdout.write(json.dumps(row, default=str, ensure_ascii=False) + "\n")
        return
    table = Table(show_lines=False)
    for column in ("id", "lang", "published", "wire", "dateline", "flags", "story", "copies", "title"):
        table.add_column(column, overflow="fold" if column == "title" else "ellipsis")
    for row in rows:
        flags = ",".join(f["name"].split("_")[0] for f in json.loads(row["flags"] or "[]"))
        lang = row["lang"] + ("" if row["supported"] else "*")
        table.add_row(
            row["id"][:12],
            lang,
            str(row["published"] or ""),
            row["wire"] or "",
            row["dateline_place"] or "",
            flags,
            (row["story_id"] or "").removeprefix("story:")[:12],
            f"{row['link_kind']} of {row['original_id'][:12]}" if row["original_id"] else "",
            (row["title"] or row["doc_id"])[:70],
        )
    out.print(table)
    out.print(f"{len(rows)} articles (* = language without a pack: stored, not parsed).", markup=False)


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="An article id (or a unique prefix of one) or doc id.")],
    db: DbOption = DEFAULT_DB,
    format_: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Print one article: metadata, flags, what cleaning cut, and the cleaned text."""
    with _open(db) as store:
        row = store.article(article_id)
    if row is None:
        raise _usage(f"no single article matches {article_id!r}; list them with `dragoman articles`")
    if format_ == "json":
        sys.stdout.write(json.dumps(row, default=str, ensure_ascii=False, indent=2) + "\n")
        return
    _print_article(row)


def _print_article(row: dict[str, Any]) -> None:
    fields = ("id", "doc_id", "title", "url", "outlet", "wire", "published", "published_source", "dateline",
              "story_id", "original_id", "link_kind")  # fmt: skip
    for name in (*fields, "lang"):
        out.print(f"[bold]{name}[/]: {row[name] if row[name] is not None else '-'}", highlight=False)
    out.print(f"[bold]sentences[/]: {len(row['sentences'])}  [bold]mentions[/]: {len(row['mentions'])}")
    for m in row["mentions"]:
        if m["actor_id"] or m["country"]:
            who = f"{m['actor_id'] or '-'} {m['cameo'] or m['country'] or ''}".strip()
            out.print(f"[bold]actor[/] {m['text']!r} → {who}  [dim]({m['rule']}, {m['alias']!r})[/]")
    for flag in row["flags"]:
        out.print(f"[bold]flag[/] {flag['name']}: {flag['evidence']}", markup=True)
    for cut in row["removed"]:
        out.print(f"[dim]cut {cut['reason']} ({cut['rule']}): {cut['text'][:100]!r}[/]")
    out.print()
    out.print(row["text"], markup=False)


@app.command()
def version() -> None:
    """Print dragoman's version."""
    out.print(__version__)


# The command groups live beside this module; importing them registers them on `app`.
from dragoman.cli import events as events  # noqa: E402  (registers `events` and `explain`)
from dragoman.cli import exports as exports  # noqa: E402  (registers `aggregated` and `export`)
from dragoman.cli import serve as serve  # noqa: E402  (registers `serve`)
from dragoman.cli import watch as watch  # noqa: E402  (registers `watch`)
from dragoman.cli.actors import actors_app  # noqa: E402
from dragoman.cli.evaluate import eval_app  # noqa: E402

app.add_typer(actors_app, name="actors")
app.add_typer(eval_app, name="eval")


def main() -> None:
    try:
        app()
    except DragomanError as exc:
        err.print(f"dragoman: error: {exc}", markup=False)
        sys.exit(2)
    except Exception:  # a bug, not bad input: say so, and never exit with the "some inputs failed" code
        import traceback

        traceback.print_exc()
        err.print("dragoman: internal error (a bug): please report it with the trace above", markup=False)
        sys.exit(3)

"""The `dragoman` command. Each command is a few lines over the library; exit codes:
0 everything went through, 1 some inputs failed (the rest went through), 2 usage error, 3 internal error."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dragoman import __version__
from dragoman.errors import DragomanError, StoreError, UsageError
from dragoman.model import Failure
from dragoman.store import DEFAULT_DB, Store

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
) -> None:
    """Ingest, clean, identify the language of, parse and store articles."""
    from dragoman.ingest import discover
    from dragoman.pipeline import run as run_pipeline

    default_date = _parse_date(date_)
    try:
        sources, _ = discover(inputs)
        with Store(db) as store, _progress(len(sources)) as progress:
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
    raise typer.Exit(report.exit_code)


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
        return Store(db, read_only=True)
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
    for column in ("id", "lang", "published", "wire", "dateline", "flags", "title"):
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
    fields = ("id", "doc_id", "title", "url", "outlet", "wire", "published", "published_source", "dateline")
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


actors_app = typer.Typer(
    help="The actor knowledge base: look up, list, import dictionaries.", no_args_is_help=True
)
eval_app = typer.Typer(help="Measure dragoman against gold sets.", no_args_is_help=True)
app.add_typer(actors_app, name="actors")
app.add_typer(eval_app, name="eval")


@actors_app.command("lookup")
def actors_lookup(
    text: Annotated[
        str, typer.Argument(help="A phrase, e.g. 'le président biélorusse' or 'Turkish police'.")
    ],
    date_: Annotated[
        str | None, typer.Option("--date", help="As of this day (YYYY-MM-DD); default today.")
    ] = None,
    lang: Annotated[str, typer.Option("--lang", help="fr or en.")] = "en",
    db: Annotated[
        str | None, typer.Option("--db", help="Also use the dictionaries imported into this store.")
    ] = None,
) -> None:
    """Show what a phrase resolves to, and why (the alias, rule and data line that matched)."""
    from dragoman.actors import knowledge_base, resolve
    from dragoman.pipeline import knowledge_for

    day = _parse_date(date_) or date.today()
    if lang not in _packs():
        raise _usage(f"--lang {lang!r}: use one of {', '.join(sorted(_packs()))}")
    if db:
        with _open(db) as store:
            kb = knowledge_for(store)
    else:
        kb = knowledge_base()
    mentions = resolve(text, lang, day, kb=kb)
    if not mentions:
        out.print(f"nothing in {text!r} resolves to an actor on {day} ({lang}).", markup=False)
        raise typer.Exit(1)
    table = Table(title=f"{text!r} on {day} ({lang})", title_justify="left")
    for column in ("text", "actor", "name", "country", "sector", "cameo", "alias", "rule", "from"):
        table.add_column(column)
    for m in mentions:
        table.add_row(
            m.text,
            m.actor_id or "-",
            m.name or "-",
            m.country or "-",
            m.sector or "-",
            m.cameo or "-",
            m.alias or "-",
            m.rule or "-",
            m.source or "-",
        )
    out.print(table)


@actors_app.command("list")
def actors_list(
    kind: Annotated[
        str | None, typer.Option("--kind", help="state, igo, person, armed_group, party, company, ...")
    ] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO 3166-1 alpha-3.")] = None,
    name: Annotated[str | None, typer.Option("--name", help="Part of a name, any language.")] = None,
    limit: Annotated[int, typer.Option("--limit")] = 50,
    format_: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
) -> None:
    """List the actors of the knowledge base, with filters."""
    from dragoman.actors import knowledge_base

    wanted = name.casefold() if name else None
    rows = [
        a
        for a in knowledge_base().actors.values()
        if (kind is None or a.kind == kind)
        and (
            country is None
            or a.country == country.upper()
            or any(r.country == country.upper() for r in a.roles)
        )
        and (wanted is None or any(wanted in n.casefold() for names in a.names.values() for n in names))
    ][:limit]
    if format_ == "jsonl":
        for a in rows:
            record = {
                "id": a.id,
                "kind": a.kind,
                "name": a.name,
                "country": a.country,
                "sector": a.sector,
                "cameo": a.cameo,
                "names": a.names,
                "roles": [
                    {
                        "country": r.country,
                        "role": r.role,
                        "title": r.title,
                        "start": str(r.start or ""),
                        "end": str(r.end or ""),
                    }
                    for r in a.roles
                ],
            }
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    table = Table()
    for column in ("id", "kind", "name", "country", "cameo", "French", "roles"):
        table.add_column(column)
    for a in rows:
        roles = "; ".join(f"{r.country} {r.role} {r.start or '?'}–{r.end or ''}" for r in a.roles)
        table.add_row(
            a.id,
            a.kind,
            a.name,
            a.country or "-",
            a.cameo or "-",
            ", ".join(a.names.get("fr", ())[:3]),
            roles,
        )
    out.print(table)
    out.print(f"{len(rows)} actors shown.", markup=False)


@actors_app.command("import")
def actors_import(
    file: Annotated[str, typer.Argument(help="A PETRARCH/TABARI actor or agent dictionary.")],
    db: DbOption = DEFAULT_DB,
    lang: Annotated[str, typer.Option("--lang", help="Language of its names.")] = "en",
) -> None:
    """Import a PETRARCH-format dictionary into the store: later runs resolve with it too."""
    from pathlib import Path

    from dragoman.actors.petrarch import read_dictionary
    from dragoman.errors import InputError

    path = Path(file)
    if not path.is_file():
        raise _usage(f"{file}: no such file")
    try:
        dictionary = read_dictionary(path, lang)
    except InputError as exc:
        raise _usage(str(exc)) from None
    for where in dictionary.skipped:
        err.print(f"dragoman: {where}: skipped: no name or no code on this line", markup=False)
    with Store(db) as store:
        stored = store.import_entries(dictionary.entries)
    out.print(f"imported {dictionary.names} entries ({stored} aliases) from {file} into {db}.", markup=False)


@eval_app.command("actors")
def eval_actors(
    gold: Annotated[
        str, typer.Option("--gold", help="PLOVER_GSR_CAMEO.txt")
    ] = "../shared/gold/PLOVER/PLOVER_GSR_CAMEO.txt",
    misses: Annotated[bool, typer.Option("--misses/--no-misses", help="List what was missed.")] = True,
) -> None:
    """Resolve the gold actor texts and report how many get the gold country code."""
    from pathlib import Path

    from dragoman.evaluate.actors import score

    path = Path(gold)
    if not path.is_file():
        raise _usage(f"{gold}: no such file (the PLOVER gold records, PLOVER_GSR_CAMEO.txt)")
    result = score(path)
    if misses:
        for text, expected, found in result.misses:
            out.print(f"miss  {text!r}: gold {expected}, found {found or '-'}", markup=False)
    out.print(
        f"{result.right}/{result.total} actor texts resolve to the gold code: {result.accuracy:.3f}",
        markup=False,
    )


@eval_app.command("events")
def eval_events(
    gold: Annotated[
        str,
        typer.Argument(help="PLOVER gold records (PLOVER_GSR_CAMEO.txt) or a PETRARCH validation XML file."),
    ],
    examples: Annotated[int, typer.Option("--examples", help="Show this many extra events.")] = 0,
) -> None:
    """Code the gold sentences and print correct / missed / extra per PLOVER type, precision, recall, F1."""
    from pathlib import Path

    from dragoman.evaluate.events import score_petrarch, score_plover

    path = Path(gold)
    if not path.is_file():
        raise _usage(f"{gold}: no such file (PLOVER_GSR_CAMEO.txt, or a PETRARCH validation .xml)")
    if path.suffix.lower() == ".xml":
        suite = score_petrarch(path)
        for record, expected, coded in suite.misses[:examples]:
            out.print(f"missed {record}: gold {expected}; coded {coded or '-'}", markup=False)
        out.print(
            f"{suite.records} records, {suite.gold} gold events: {suite.right} correct "
            f"({suite.correct_share:.3f}), {suite.extra} extra ({suite.extra_per_record:.3f} per record)",
            markup=False,
        )
        return
    result = score_plover(path)
    table = Table(title=f"{result.records} gold records, {result.gold} gold events", title_justify="left")
    for column in ("PLOVER type", "correct", "missed", "extra"):
        table.add_column(column, justify="right" if column != "PLOVER type" else "left")
    for kind in sorted({k for k, _ in result.by_type}):
        table.add_row(kind, *(str(result.by_type[(kind, what)]) for what in ("correct", "missed", "extra")))
    out.print(table)
    for sentence, expected, found in result.examples[:examples]:
        out.print(f"extra {found} (gold {expected}): {sentence}", markup=False)
    out.print(
        f"type+source+target: precision {result.precision:.3f}, recall {result.recall:.3f}, F1 {result.f1:.3f}",
        markup=False,
    )


def _packs() -> dict[str, dict[str, str]]:
    from dragoman.resources import language_packs

    return language_packs()


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
    flat = [_flat_event(r) for r in rows]
    if format_ == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=list(_flat_event({}).keys()))
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


def _flat_event(r: dict[str, Any]) -> dict[str, object]:
    source, target = r.get("source") or {}, r.get("target") or {}
    claimant, evidence = r.get("attributed_to") or {}, r.get("evidence") or {}
    return {
        "event_id": r.get("event_id"),
        "article_id": r.get("article_id"),
        "date": r.get("date"),
        "source_id": source.get("id"),
        "source_text": source.get("text"),
        "source_country": source.get("country"),
        "source_cameo": source.get("cameo"),
        "cameo": r.get("cameo"),
        "plover_type": (r.get("plover") or {}).get("type"),
        "quad_class": r.get("quad_class"),
        "goldstein": r.get("goldstein"),
        "target_id": target.get("id"),
        "target_text": target.get("text"),
        "target_country": target.get("country"),
        "target_cameo": target.get("cameo"),
        "modality": r.get("modality"),
        "attributed_to": claimant.get("id"),
        "trigger": evidence.get("trigger"),
        "evidence": evidence.get("text"),
        "confidence": r.get("confidence"),
    }


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


@app.command()
def version() -> None:
    """Print dragoman's version."""
    out.print(__version__)


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

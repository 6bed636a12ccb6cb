"""`dragoman actors`: look up, list and import actor dictionaries."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Annotated

import typer
from rich.table import Table

from dragoman.cli import DbOption, _open, _parse_date, _usage, err, out
from dragoman.store import DEFAULT_DB, Store

actors_app = typer.Typer(
    help="The actor knowledge base: look up, list, import dictionaries.", no_args_is_help=True
)


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
    with Store(db, shared=True) as store:
        stored = store.import_entries(dictionary.entries)
    out.print(f"imported {dictionary.names} entries ({stored} aliases) from {file} into {db}.", markup=False)


def _packs() -> dict[str, dict[str, str]]:
    from dragoman.resources import language_packs

    return language_packs()

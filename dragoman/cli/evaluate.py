"""`dragoman eval`: measure dragoman against gold sets."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from dragoman.cli import _usage, out

eval_app = typer.Typer(help="Measure dragoman against gold sets.", no_args_is_help=True)


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


@eval_app.command("where-when")
def eval_where_when(
    corpora: Annotated[
        str, typer.Argument(help="The folder holding gva_gun_violence_news and ecbplus_event_coref.")
    ] = "../shared/corpora",
    limit: Annotated[
        int | None, typer.Option("--limit", help="Only the first N articles of each set.")
    ] = None,
) -> None:
    """Date accuracy (same day) and place accuracy (same place or within 50 km) of the events' dates and
    places on the GVA and ECB+ gold corpora, next to simple baselines."""
    from pathlib import Path

    from dragoman.evaluate.where_when import report

    lines = report(Path(corpora), limit)
    if not lines:
        raise _usage(f"{corpora}: neither gva_gun_violence_news nor ecbplus_event_coref is there")
    for line in lines:
        out.print(line, markup=False)

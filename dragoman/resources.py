"""The one reader of dragoman's data files (TSV under the package, `#` lines are the header notes)."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
LANG_DIR = PACKAGE_DIR / "lang"


@cache
def read_tsv(path: Path) -> tuple[dict[str, str], ...]:
    """Rows of a TSV file as dicts keyed by its header, skipping `#` comment lines and blank lines.

    Each row also carries `_line`, its line number, so a rule that fires can name where it came from.
    """
    rows: list[dict[str, str]] = []
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [(n, line) for n, line in enumerate(handle, 1) if line.strip() and not line.startswith("#")]
    if not lines:
        return ()
    header = next(csv.reader([lines[0][1]], delimiter="\t", quoting=csv.QUOTE_NONE))
    for n, line in lines[1:]:
        values = line.rstrip("\n").split("\t")
        row = dict(zip(header, values + [""] * (len(header) - len(values)), strict=False))
        row["_line"] = str(n)
        rows.append(row)
    return tuple(rows)


def language_packs() -> dict[str, dict[str, str]]:
    """The languages dragoman reads natively: each `lang/<iso>/pack.tsv` (key, value) is one pack."""
    packs: dict[str, dict[str, str]] = {}
    for pack in sorted(LANG_DIR.glob("*/pack.tsv")):
        packs[pack.parent.name] = {row["key"]: row["value"] for row in read_tsv(pack)}
    return packs

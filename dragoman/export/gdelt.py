"""Rows of the GDELT 2.0 Event and Mentions tables, from a store's aggregated events and their members.

The column order comes from `data/gdelt_columns.tsv`; each column is filled by the function of the same
name below, or left empty when dragoman does not know it (tone, known-group, ethnic and religion codes,
ADM codes, the FIPS country codes of GDELT's geography). A GDELT GlobalEventID is an integer: ours is the
first 60 bits of the aggregated event's id, stable across exports of one store.

What dragoman's fields become:
- Actor*Code the actor's full CAMEO code, Actor*Name its canonical name in capitals, Actor*CountryCode its
  state, Actor*Type1Code its sector.
- Day / MonthYear / Year / FractionDate the event's date when the text gives the day, else the day it was
  first seen; DATEADDED the day it was first seen (GDELT's is the 15-minute update it arrived in).
- IsRootEvent 1 when an article reports it in its first sentence.
- ActionGeo_* the event's place: Type 1 for a country, 4 for a place within one; Lat, Long, FullName.
- Mentions: MentionType 1 (web), SentenceID 1-based, the char offsets of source, target and trigger in the
  cleaned text (-1 when not found), InRawText 1 when both actors are named in the evidence sentence itself,
  Confidence the coder's confidence as a percentage, MentionDocLen the cleaned text's length.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from functools import cache
from typing import Any

from dragoman.resources import DATA_DIR, read_tsv
from dragoman.store import Store

__all__ = ["columns", "event_rows", "global_id", "mention_rows"]

Row = list[object]


@cache
def columns(table: str) -> tuple[str, ...]:
    """The columns of GDELT's `events` or `mentions` table, in order."""
    rows = [r for r in read_tsv(DATA_DIR / "gdelt_columns.tsv") if r["table"] == table]
    return tuple(r["column"] for r in sorted(rows, key=lambda r: int(r["position"])))


@cache
def _country_ids() -> frozenset[int]:
    return frozenset(
        int(r["geonameid"]) for r in read_tsv(DATA_DIR / "geo" / "countries.tsv") if r["geonameid"]
    )


def global_id(agg_id: str) -> int:
    """The aggregated event's id (`agg:` + 16 hex digits) as a GDELT GlobalEventID."""
    return int(agg_id.removeprefix("agg:")[:15], 16)


def _stamp(day: date | str | None) -> str:
    """YYYYMMDDHHMMSS of a day (midnight), or '' when there is none."""
    if day is None:
        return ""
    text = day.isoformat() if isinstance(day, date) else day
    return text.replace("-", "") + "000000" if len(text) == 10 else ""


def _event_day(record: dict[str, Any]) -> date | None:
    value = record.get("date") or ""
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _actor(prefix: str, actor: dict[str, Any] | None) -> dict[str, object]:
    if not actor:
        return {}
    name = actor.get("name") or actor.get("text")
    return {
        f"{prefix}Code": actor.get("cameo"),
        f"{prefix}Name": name.upper() if isinstance(name, str) else None,
        f"{prefix}CountryCode": actor.get("country"),
        f"{prefix}Type1Code": actor.get("sector"),
    }


def _geo(prefix: str, place: dict[str, Any] | None) -> dict[str, object]:
    if not place:
        return {}
    kind = 1 if place.get("geonameid") in _country_ids() else 4
    return {
        f"{prefix}_Type": kind,
        f"{prefix}_FullName": place.get("name"),
        f"{prefix}_Lat": place.get("lat"),
        f"{prefix}_Long": place.get("lon"),
    }


def _event_row(record: dict[str, Any], root: bool) -> Row:
    first_seen = date.fromisoformat(record["first_seen"]) if record.get("first_seen") else None
    day = _event_day(record) or first_seen
    members = record.get("members") or []
    cameo = str(record.get("cameo") or "")
    values: dict[str, object] = {
        "GlobalEventID": global_id(record["agg_id"]),
        "IsRootEvent": 1 if root else 0,
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": record.get("cameo_root"),
        "QuadClass": record.get("quad_class"),
        "GoldsteinScale": record.get("goldstein"),
        "NumMentions": record.get("num_mentions"),
        "NumSources": record.get("num_sources"),
        "NumArticles": record.get("num_articles"),
        "DATEADDED": _stamp(first_seen),
        "SOURCEURL": next((m["url"] for m in members if m.get("url")), members[0]["article_id"] if members else ""),
        **_actor("Actor1", record.get("source")),
        **_actor("Actor2", record.get("target")),
        **_geo("ActionGeo", record.get("location")),
    }  # fmt: skip
    if day is not None:
        values |= {
            "Day": day.strftime("%Y%m%d"),
            "MonthYear": day.strftime("%Y%m"),
            "Year": day.year,
            "FractionDate": f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}",
        }
    return [values.get(c) for c in columns("events")]


def _where(since: str | None, until: str | None, alias: str) -> tuple[str, list[Any]]:
    where, params = ["TRUE"], []
    if since:
        where.append(f"{alias}.date >= ?")
        params.append(since)
    if until:
        where.append(f"{alias}.date <= ?")
        params.append(until + "~")
    return " AND ".join(where), params


def event_rows(store: Store, since: str | None = None, until: str | None = None) -> Iterator[Row]:
    """One GDELT Event row per aggregated event of the period."""
    condition, params = _where(since, until, "g")
    cursor = store.db.execute(
        f"""
        SELECT g.record, bool_or(e.sentence = 0) AS root
        FROM aggregated_events g
        JOIN aggregated_members m USING (agg_id) JOIN events e USING (event_id)
        WHERE {condition} GROUP BY g.agg_id, g.record, g.date ORDER BY g.date, g.agg_id
        """,
        params,
    )
    while batch := cursor.fetchmany(5_000):
        for record, root in batch:
            yield _event_row(json.loads(record), bool(root))


def _offset(record: dict[str, Any], words: str | None) -> int:
    evidence = record.get("evidence") or {}
    at = str(evidence.get("text") or "").find(words) if words else -1
    return int(evidence.get("start") or 0) + at if at >= 0 else -1


def _percent(value: object) -> int | None:
    return round(float(value) * 100) if isinstance(value, int | float) else None


def _mention_row(record: dict[str, Any], agg_id: str, event_day: str | None, article: tuple[Any, ...]) -> Row:
    published, outlet, url, doc_id, length = article
    source, target = record.get("source") or {}, record.get("target") or {}
    evidence = record.get("evidence") or {}
    sentence = str(evidence.get("text") or "")
    in_text = all(a.get("text", "") in sentence for a in (source, target) if a)
    values: dict[str, object] = {
        "GlobalEventID": global_id(agg_id),
        "EventTimeDate": _stamp(event_day),
        "MentionTimeDate": _stamp(published),
        "MentionType": 1,
        "MentionSourceName": outlet,
        "MentionIdentifier": url or doc_id,
        "SentenceID": int(record.get("sentence") or 0) + 1,
        "Actor1CharOffset": _offset(record, source.get("text")),
        "Actor2CharOffset": _offset(record, target.get("text")),
        "ActionCharOffset": _offset(record, evidence.get("trigger")),
        "InRawText": 1 if in_text else 0,
        "Confidence": _percent(record.get("confidence")),
        "MentionDocLen": length,
    }
    return [values.get(c) for c in columns("mentions")]


def mention_rows(store: Store, since: str | None = None, until: str | None = None) -> Iterator[Row]:
    """One GDELT Mentions row per member event of the period's aggregated events."""
    from dragoman.store.stories import _outlet

    condition, params = _where(since, until, "g")
    cursor = store.db.execute(
        f"""
        SELECT e.record, g.agg_id, g.date, g.first_seen, a.published, a.outlet, a.url, a.doc_id, length(a.text)
        FROM aggregated_events g
        JOIN aggregated_members m USING (agg_id) JOIN events e USING (event_id)
        JOIN articles a ON a.id = e.article_id
        WHERE {condition} ORDER BY g.date, g.agg_id, a.published, e.event_id
        """,
        params,
    )
    while batch := cursor.fetchmany(5_000):
        for record, agg_id, day, first_seen, published, outlet, url, doc_id, length in batch:
            event_day = day if day and len(day) == 10 else (first_seen.isoformat() if first_seen else None)
            article = (published, _outlet(outlet, url), url, doc_id, length)
            yield _mention_row(json.loads(record), agg_id, event_day, article)

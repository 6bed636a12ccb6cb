"""Aggregated events: one real-world event seen in many articles, with GDELT's counts.

    aggregate(members) -> list[AggregatedEvent]      pure: event mentions in, aggregated events out
    refresh(store) -> int                           recompute the store's aggregated events
    aggregated_events(store, ...) -> list[dict]     the stored ones, filtered (CLI, API)

Two steps, each one explainable from the members it keeps:

1. Within a story (an article, its copies, reprints and translations), events with the same source,
   target, date, place and modality are one event. When the articles of the story code it differently
   (the English wire says 042 "make a visit", its French translation 036 "express intent to meet"), the
   codes are *readings* of one event: two codes are readings of one event when no single article holds
   both (an article that codes both read two events). The most mentioned reading (ties: the earliest
   article's) is the event's code, the others stay in `alternatives` with their members: never dropped.
2. Across stories: the events of step 1 with the same source, target, CAMEO root and modality whose dates
   are at most WINDOW_DAYS apart (from the group's first date) and whose places agree (or one is
   unknown) are the same real-world event reported independently, unless one article holds both (the
   article itself tells them apart).

Counts, as GDELT's: `num_mentions` every member event, `num_articles` distinct articles, `num_sources`
distinct independent origins. An article's origin is the article at the root of its chain of copies
(`article_stories.original_id`), named by the wire that root credits, else its outlet, else its id: a
wire story, its reprints and its translations count once, and two outlets running the same AP story that
dedup could not link (a rewrite) still count as one source, AP.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

__all__ = ["WINDOW_DAYS", "AggregatedEvent", "EventMention", "aggregate", "event_key"]

WINDOW_DAYS = 1


@dataclass(frozen=True, slots=True)
class EventMention:
    """One coded event of one article, with what aggregation needs to know of that article."""

    record: dict[str, Any]  # the event's schema record
    story: str  # the article's story id (the article id itself when it is in no story)
    origin: str  # the independent origin: wire:AP, outlet:lemonde.fr, article:<id>
    published: date | None  # the article's publication (or storage) date
    outlet: str | None = None
    url: str | None = None

    @property
    def event_id(self) -> str:
        return str(self.record["event_id"])

    @property
    def article_id(self) -> str:
        return str(self.record["article_id"])

    @property
    def cameo(self) -> str:
        return str(self.record["cameo"])


def _actor_key(actor: dict[str, Any] | None) -> str:
    """An actor as aggregation compares it: its id, else its CAMEO code, else its folded words."""
    if not actor:
        return ""
    return str(
        actor.get("id")
        or actor.get("cameo")
        or "text:" + " ".join(str(actor.get("text", "")).lower().split())
    )


def _place_key(record: dict[str, Any]) -> str:
    place = record.get("location") or {}
    if not place:
        return ""
    return str(place.get("geonameid") or f"{place.get('name', '')}|{place.get('country') or ''}").lower()


def event_key(record: dict[str, Any]) -> tuple[str, str, str, str, str]:
    """(source, target, date, place, modality): what must agree for two codings to be one event."""
    return (
        _actor_key(record.get("source")),
        _actor_key(record.get("target")),
        str(record.get("date") or ""),
        _place_key(record),
        str(record.get("modality") or ""),
    )


@dataclass
class AggregatedEvent:
    id: str
    code: str
    members: list[EventMention] = field(default_factory=list)

    @property
    def readings(self) -> dict[str, list[EventMention]]:
        """The members by CAMEO code, the aggregated event's own code first."""
        found: dict[str, list[EventMention]] = {self.code: []}
        for m in self.members:
            found.setdefault(m.cameo, []).append(m)
        return found

    @property
    def primary(self) -> EventMention:
        """The earliest member with the event's code: the one its fields are read from."""
        return self.readings[self.code][0]

    @property
    def num_articles(self) -> int:
        return len({m.article_id for m in self.members})

    @property
    def sources(self) -> list[str]:
        return sorted({m.origin for m in self.members})

    @property
    def first_seen(self) -> date | None:
        days = [m.published for m in self.members if m.published]
        return min(days) if days else None

    @property
    def last_seen(self) -> date | None:
        days = [m.published for m in self.members if m.published]
        return max(days) if days else None

    @property
    def date(self) -> str | None:
        """The most precise date its code's members give, the earliest of those."""
        dates = [str(m.record["date"]) for m in self.readings[self.code] if m.record.get("date")]
        return min(dates, key=lambda d: (-len(d), d)) if dates else None

    def to_json(self) -> dict[str, Any]:
        p = self.primary.record
        readings = self.readings
        return {
            "agg_id": self.id,
            "date": self.date,
            "source": p.get("source"),
            "target": p.get("target"),
            "cameo": self.code,
            "cameo_root": p.get("cameo_root"),
            "quad_class": p.get("quad_class"),
            "goldstein": p.get("goldstein"),
            "plover": p.get("plover"),
            "modality": p.get("modality"),
            "location": p.get("location"),
            "num_mentions": len(self.members),
            "num_articles": self.num_articles,
            "num_sources": len(self.sources),
            "sources": self.sources,
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "last_seen": self.last_seen.isoformat() if self.last_seen else None,
            "stories": sorted({m.story for m in self.members}),
            "alternatives": [
                {
                    "cameo": code,
                    "cameo_root": group[0].record.get("cameo_root"),
                    "plover": group[0].record.get("plover"),
                    "num_mentions": len(group),
                    "num_articles": len({m.article_id for m in group}),
                    "event_ids": [m.event_id for m in group],
                }
                for code, group in readings.items()
                if code != self.code
            ],
            "members": [_member_json(m) for m in self.members],
        }


def _member_json(m: EventMention) -> dict[str, Any]:
    r = m.record
    evidence = r.get("evidence") or {}
    return {
        "event_id": m.event_id,
        "article_id": m.article_id,
        "story": m.story,
        "origin": m.origin,
        "outlet": m.outlet,
        "url": m.url,
        "published": m.published.isoformat() if m.published else None,
        "lang": r.get("lang"),
        "cameo": m.cameo,
        "date": r.get("date"),
        "evidence": evidence.get("text"),
        "trigger": evidence.get("trigger"),
        "confidence": r.get("confidence"),
    }


def _order(m: EventMention) -> tuple[date, str, int, str]:
    return (m.published or date.max, m.article_id, int(m.record.get("sentence") or 0), m.event_id)


def _readings(members: list[EventMention]) -> list[list[EventMention]]:
    """Split one story's codings of one (source, target, date, place, modality) into events: a code joins
    the first event none of whose codes shares an article with it (it is another reading of that event)."""
    by_code: dict[str, list[EventMention]] = {}
    for m in sorted(members, key=_order):
        by_code.setdefault(m.cameo, []).append(m)
    articles = {code: {m.article_id for m in group} for code, group in by_code.items()}
    codes = sorted(by_code, key=lambda c: (-len(by_code[c]), _order(by_code[c][0])))
    events: list[list[str]] = []
    for code in codes:
        home = next((e for e in events if not any(articles[code] & articles[c] for c in e)), None)
        if home is None:
            events.append([code])
        else:
            home.append(code)
    return [[m for c in e for m in by_code[c]] for e in events]


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _close(a: AggregatedEvent, b: AggregatedEvent, first: str) -> bool:
    """b is the same real-world event as the group that `a` started (whose first date is `first`)."""
    if {m.article_id for m in a.members} & {m.article_id for m in b.members}:
        return False
    later = b.date or ""
    if first != later:
        d1, d2 = _day(first), _day(later)
        if d1 is None or d2 is None or abs(d2 - d1) > timedelta(days=WINDOW_DAYS):
            return False
    pa, pb = _place_key(a.primary.record), _place_key(b.primary.record)
    return not pa or not pb or pa == pb


def _past(first: str, later: str) -> bool:
    """A group whose first date is more than the window before this (later) one can take no more."""
    d1, d2 = _day(first), _day(later)
    return d1 is not None and d2 is not None and d2 - d1 > timedelta(days=WINDOW_DAYS)


def _id(first: EventMention) -> str:
    return "agg:" + hashlib.blake2b(first.event_id.encode("utf-8"), digest_size=8).hexdigest()


def _finish(members: list[EventMention]) -> AggregatedEvent:
    """An aggregated event of these members: its code the most mentioned (ties: the earliest)."""
    members = sorted(members, key=_order)
    counts = Counter(m.cameo for m in members)
    first_of: dict[str, int] = {}
    for i, m in enumerate(members):
        first_of.setdefault(m.cameo, i)
    code = min(counts, key=lambda c: (-counts[c], first_of[c]))
    return AggregatedEvent(_id(members[0]), code, members)


def aggregate(mentions: Iterable[EventMention]) -> list[AggregatedEvent]:
    """The aggregated events of these event mentions (see the module docstring), by date then id."""
    groups: dict[tuple[str, tuple[str, ...]], list[EventMention]] = {}
    for m in mentions:
        groups.setdefault((m.story, event_key(m.record)), []).append(m)
    within = [_finish(e) for g in groups.values() for e in _readings(g)]
    buckets: dict[tuple[str, str, str, str], list[AggregatedEvent]] = {}
    for event in within:
        r = event.primary.record
        key = (
            _actor_key(r.get("source")),
            _actor_key(r.get("target")),
            str(r.get("cameo_root")),
            str(r.get("modality")),
        )
        buckets.setdefault(key, []).append(event)
    result: list[AggregatedEvent] = []
    for bucket in buckets.values():
        bucket.sort(key=lambda e: (e.date or "", _order(e.primary)))
        open_groups: list[tuple[str, list[AggregatedEvent]]] = []
        done: list[list[AggregatedEvent]] = []
        for event in bucket:
            done += [g for first, g in open_groups if _past(first, event.date or "")]
            open_groups = [(first, g) for first, g in open_groups if not _past(first, event.date or "")]
            home = next((g for first, g in open_groups if all(_close(o, event, first) for o in g)), None)
            if home is None:
                open_groups.append((event.date or "", [event]))
            else:
                home.append(event)
        done += [g for _, g in open_groups]
        result += [_finish([m for e in g for m in e.members]) for g in done]
    result.sort(key=lambda e: (e.date or "", e.id))
    return result


def dumps(event: AggregatedEvent) -> str:
    return json.dumps(event.to_json(), ensure_ascii=False)


def rows(events: Sequence[AggregatedEvent]) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The aggregated events and their members as rows of `aggregated_events` and `aggregated_members`."""
    head, members = [], []
    for e in events:
        j = e.to_json()
        source, target = j["source"] or {}, j["target"] or {}
        head.append(
            (
                e.id, j["date"], source.get("id"), source.get("country"), source.get("cameo"),
                target.get("id"), target.get("country"), target.get("cameo"), e.code, j["cameo_root"],
                j["quad_class"], j["goldstein"], j["modality"], j["num_mentions"], j["num_articles"],
                j["num_sources"], e.first_seen, e.last_seen, len(j["alternatives"]),
                json.dumps(j, ensure_ascii=False),
            )
        )  # fmt: skip
        members += [
            (
                e.id,
                m.event_id,
                m.article_id,
                m.story,
                m.cameo,
                "primary" if m.cameo == e.code else "alternative",
            )
            for m in e.members
        ]
    return head, members

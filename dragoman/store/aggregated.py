"""The store's aggregated events: recomputed after each run that stored something, read by CLI and API.

    refresh_aggregates(store) -> int                      recompute them all from the stored events
    aggregated_events(store, since=..., ...) -> list[dict] their records, filtered

See `dragoman.aggregate` for what makes events one aggregated event and how its counts are made.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from dragoman.aggregate import EventMention, aggregate, rows
from dragoman.store import Store

__all__ = ["aggregated_events", "origins", "refresh_aggregates"]


def origins(store: Store) -> dict[str, tuple[str, str, str | None, str | None, date | None]]:
    """Per article: (story id, independent origin, outlet, url, first-seen day)."""
    from dragoman.store.stories import _outlet

    db = store.db
    articles = {
        key: (wire, _outlet(outlet, url), url, published or (stored.date() if isinstance(stored, datetime) else None))
        for key, wire, outlet, url, published, stored in db.execute(
            "SELECT id, wire, outlet, url, published, stored_at FROM articles"
        ).fetchall()
    }  # fmt: skip
    story_of: dict[str, str] = {}
    original_of: dict[str, str] = {}
    for key, story, original in db.execute(
        "SELECT article_id, story_id, original_id FROM article_stories"
    ).fetchall():
        story_of[key] = story
        if original:
            original_of[key] = original
    found = {}
    for key, (_, outlet, url, day) in articles.items():
        root, seen = key, {key}
        while root in original_of and original_of[root] not in seen:
            root = original_of[root]
            seen.add(root)
        wire, root_outlet, *_ = articles.get(root, (None, None, None, None))
        origin = f"wire:{wire}" if wire else f"outlet:{root_outlet}" if root_outlet else f"article:{root}"
        found[key] = (story_of.get(key, "story:" + key), origin, outlet, url, day)
    return found


def refresh_aggregates(store: Store) -> int:
    """Recompute every aggregated event of the store from its events; the number written."""
    known = origins(store)
    mentions = []
    for (record,) in store.db.execute("SELECT record FROM events").fetchall():
        event = json.loads(record)
        story, origin, outlet, url, day = known.get(
            event["article_id"],
            ("story:" + event["article_id"], "article:" + event["article_id"], None, None, None),
        )
        mentions.append(EventMention(event, story, origin, day, outlet, url))
    found = aggregate(mentions)
    head, members = rows(found)
    db = store.db
    db.execute("BEGIN TRANSACTION")
    try:
        db.execute("DELETE FROM aggregated_events")
        db.execute("DELETE FROM aggregated_members")
        store._insert("aggregated_events", AGG_COLUMNS, head, keyed=False)
        store._insert(
            "aggregated_members",
            "agg_id, event_id, article_id, story_id, cameo, reading",
            members,
            keyed=False,
        )
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return len(found)


AGG_COLUMNS = (
    "agg_id, date, source_id, source_country, source_cameo, target_id, target_country, target_cameo, cameo, "
    "cameo_root, quad_class, goldstein, modality, num_mentions, num_articles, num_sources, first_seen, "
    "last_seen, alternatives, record"
)


def aggregated_events(
    store: Store,
    *,
    actor: str | None = None,
    country: str | None = None,
    code: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_sources: int | None = None,
    conflicting: bool = False,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Stored aggregated events (their records), most reported first within a date; every filter is a
    bound parameter. `conflicting` keeps those whose articles code them in more than one way."""
    where, params = ["TRUE"], []  # type: tuple[list[str], list[Any]]
    if actor:
        where.append("(source_id = ? OR target_id = ?)")
        params += [actor, actor]
    if country:
        where.append("(source_country = ? OR target_country = ?)")
        params += [country.upper(), country.upper()]
    if code:
        where.append("starts_with(cameo, ?)")
        params.append(code)
    if since:
        where.append("date >= ?")
        params.append(since)
    if until:
        where.append("date <= ?")
        params.append(until + "~")
    if min_sources:
        where.append("num_sources >= ?")
        params.append(min_sources)
    if conflicting:
        where.append("alternatives > 0")
    sql = f"SELECT record FROM aggregated_events WHERE {' AND '.join(where)} ORDER BY date, num_mentions DESC, agg_id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [json.loads(r[0]) for r in store.db.execute(sql, params).fetchall()]

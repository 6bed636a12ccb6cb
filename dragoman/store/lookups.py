"""Read-only look-ups of actors and articles, joining the knowledge base with what the store holds.

Shared by the HTTP API and the web UI (and open to the CLI): an actor's names, aliases and offices from the
knowledge base, with the events the store has coded for it; an article with its events.
"""

from __future__ import annotations

import json
from typing import Any

from dragoman.actors.kb import KnowledgeBase
from dragoman.errors import UsageError
from dragoman.model import Actor
from dragoman.store import Store

__all__ = ["actor_profile", "article_detail", "articles_page", "search_actors"]


def _actor_json(actor: Actor) -> dict[str, Any]:
    return {
        "id": actor.id,
        "kind": actor.kind,
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
        "cameo": actor.cameo,
        "names": {lang: list(names) for lang, names in actor.names.items()},
        "roles": [
            {
                "country": r.country,
                "role": r.role,
                "title": r.title,
                "start": r.start.isoformat() if r.start else None,
                "end": r.end.isoformat() if r.end else None,
            }
            for r in actor.roles
        ],
        "source": actor.source,
    }


def search_actors(store: Store, kb: KnowledgeBase, text: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """Actors whose id or any name contains `text` (case-insensitive): exact names first, then those the
    store has most events for."""
    wanted = text.strip().casefold()
    if not wanted:
        raise UsageError("q is empty: give part of an actor's name or id, e.g. lukashenko or state:BLR")
    if not 1 <= limit <= 200:
        raise UsageError(f"limit {limit}: use 1 to 200")
    found: dict[str, tuple[int, Actor]] = {}
    for actor in kb.actors.values():
        names = [actor.name, *(n for names in actor.names.values() for n in names)]
        folded = [n.casefold() for n in names]
        if wanted == actor.id.casefold() or wanted in folded:
            found[actor.id] = (0, actor)
        elif wanted in actor.id.casefold() or any(wanted in n for n in folded):
            found[actor.id] = (1, actor)
    counts = _event_counts(store, list(found))
    ranked = sorted(found.values(), key=lambda ra: (ra[0], -counts.get(ra[1].id, 0), ra[1].name))
    return [
        {
            "id": a.id,
            "kind": a.kind,
            "name": a.name,
            "country": a.country,
            "cameo": a.cameo,
            "events": counts.get(a.id, 0),
        }
        for _, a in ranked[:limit]
    ]


def _event_counts(store: Store, ids: list[str]) -> dict[str, int]:
    if not ids:
        return {}
    rows = store.db.execute(
        "SELECT actor, count(*) FROM ("
        " SELECT source_id AS actor FROM events WHERE source_id IN (SELECT unnest(?))"
        " UNION ALL SELECT target_id FROM events WHERE target_id IN (SELECT unnest(?))"
        ") GROUP BY actor",
        [ids, ids],
    ).fetchall()
    return {str(a): int(n) for a, n in rows}


def actor_profile(store: Store, kb: KnowledgeBase, actor_id: str) -> dict[str, Any] | None:
    """An actor: the knowledge base entry (names per language, offices with dates), the aliases imported
    into this store, and what the store coded for it: events as source and target, the CAMEO codes it was
    coded with month by month (its roles over time as the events saw them), its main counterparts."""
    actor = kb.actors.get(actor_id)
    db = store.db
    as_source, as_target = (
        int(row[0])
        if (row := db.execute(f"SELECT count(*) FROM events WHERE {col} = ?", [actor_id]).fetchone())
        else 0
        for col in ("source_id", "target_id")
    )
    if actor is None and as_source + as_target == 0:
        return None
    coded = db.execute(
        "SELECT substr(date, 1, 7) AS month, code, count(*) FROM ("
        " SELECT date, source_cameo AS code FROM events WHERE source_id = ?"
        " UNION ALL SELECT date, target_cameo FROM events WHERE target_id = ?"
        ") WHERE code IS NOT NULL GROUP BY ALL ORDER BY month NULLS FIRST, code",
        [actor_id, actor_id],
    ).fetchall()
    partners = db.execute(
        "SELECT partner, any_value(name), count(*) AS n, avg(goldstein) FROM ("
        " SELECT target_id AS partner, target_name AS name, goldstein FROM events"
        "  WHERE source_id = ? AND target_id IS NOT NULL"
        " UNION ALL SELECT source_id, source_name, goldstein FROM events"
        "  WHERE target_id = ? AND source_id IS NOT NULL"
        ") WHERE partner <> ? GROUP BY partner ORDER BY n DESC, partner LIMIT 20",
        [actor_id, actor_id, actor_id],
    ).fetchall()
    imported = db.execute(
        "SELECT alias, lang, cameo, start_date, end_date, source FROM imported_aliases WHERE actor_id = ?",
        [actor_id],
    ).fetchall()
    name_row = db.execute(
        "SELECT any_value(source_name) FROM events WHERE source_id = ?", [actor_id]
    ).fetchone()
    known = (
        _actor_json(actor)
        if actor
        else {
            "id": actor_id,
            "kind": None,
            "name": (name_row[0] if name_row and name_row[0] else actor_id),
            "country": None,
            "sector": None,
            "cameo": None,
            "names": {},
            "roles": [],
            "source": None,
        }
    )
    return {
        **known,
        "imported_aliases": [
            {
                "alias": alias,
                "lang": lang,
                "cameo": cameo,
                "start": start.isoformat() if start else None,
                "end": end.isoformat() if end else None,
                "source": source,
            }
            for alias, lang, cameo, start, end, source in imported
        ],
        "events_as_source": as_source,
        "events_as_target": as_target,
        "coded_as": [{"month": m, "cameo": c, "events": int(n)} for m, c, n in coded],
        "partners": [
            {"id": p, "name": name or p, "events": int(n), "goldstein": round(float(g), 3)}
            for p, name, n, g in partners
        ],
    }


ARTICLE_FIELDS = (
    "a.id, a.doc_id, a.title, a.url, a.outlet, a.wire, a.published, a.lang, a.supported, a.dateline_place, "
    "a.flags, length(a.text) AS chars, a.stored_at"
)


def articles_page(
    store: Store,
    *,
    lang: str | None = None,
    outlet: str | None = None,
    wire: str | None = None,
    cursor: str | None = None,
    limit: int = 50,
) -> tuple[list[dict[str, Any]], str | None]:
    """Stored articles, newest stored first, with how many events each gave; cursor is the last id seen."""
    if not 1 <= limit <= 1000:
        raise UsageError(f"limit {limit}: use 1 to 1000")
    where, params = ["TRUE"], []
    for column, value in (("lang", lang), ("outlet", outlet), ("wire", wire)):
        if value:
            where.append(f"a.{column} = ?")
            params.append(value)
    if cursor:
        row = store.db.execute("SELECT stored_at FROM articles WHERE id = ?", [cursor]).fetchone()
        if row is None:
            raise UsageError(
                f"cursor {cursor[:40]!r} is not an article id; drop it to start from the first page"
            )
        where.append("(a.stored_at < ? OR (a.stored_at = ? AND a.id > ?))")
        params += [row[0], row[0], cursor]
    rows = list(
        store._dicts(
            f"SELECT {ARTICLE_FIELDS} "
            f"FROM articles a WHERE {' AND '.join(where)} ORDER BY a.stored_at DESC, a.id LIMIT ?",
            [*params, limit + 1],
        )
    )
    more = len(rows) > limit
    rows = rows[:limit]
    # the page's event counts once the page is known (a count per article of the store would scan it all)
    counts: dict[str, int] = {}
    if rows:
        marks = ", ".join("?" * len(rows))
        counted = store.db.execute(
            f"SELECT article_id, count(*) FROM events WHERE article_id IN ({marks}) GROUP BY article_id",
            [r["id"] for r in rows],
        ).fetchall()
        counts = {str(a): int(n) for a, n in counted}
    for article in rows:
        article["events"] = counts.get(article["id"], 0)
    return [_article_summary(r) for r in rows], (rows[-1]["id"] if more and rows else None)


def _article_summary(row: dict[str, Any]) -> dict[str, Any]:
    flags = row.get("flags")
    row["flags"] = [f["name"] for f in json.loads(flags)] if isinstance(flags, str) else []
    for key in ("published", "stored_at"):
        if row.get(key) is not None:
            row[key] = row[key].isoformat()
    return row


def article_detail(store: Store, article_id: str) -> dict[str, Any] | None:
    """One article (by id, unique id prefix or doc id): metadata, cleaned text, sentences, mentions, its
    events, and its story cluster and copies (null until the store has dedup results)."""
    row = store.article(article_id)
    if row is None:
        return None
    events = store.db.execute(
        "SELECT record FROM events WHERE article_id = ? ORDER BY sentence, event_id", [row["id"]]
    ).fetchall()
    for key in ("published", "stored_at"):
        if row.get(key) is not None:
            row[key] = row[key].isoformat()
    row["sentences"] = [{"start": s, "end": e} for s, e in row["sentences"]]
    row["events"] = [json.loads(r[0]) for r in events]
    row["cluster"] = None
    row["copies"] = None
    return row

"""The store's dedup index and story clusters, kept up to date as `dragoman run` adds articles.

    StoryIndex.open(store)                  the index of every stored article, rebuilt from its table
    StoryIndex.add(articles) -> StoryBatch  their index rows and the earlier articles each one matches
    refresh_stories(store, ids)             the stories these articles are in, recomputed and stored

The index lives in the `dedup_index` table (one row per article, in the order they were added), so a run
matches its articles against every earlier run's without reparsing them. The matches go to
`article_matches`; the stories are derived from them: `article_stories` gives each article its story, the
article it copies or translates and how (exact, near, update, translation, title), and `stories` each
story's earliest article, wire and outlets. A new article can join two stories into one or become a
story's earliest article, so a refresh recomputes every story it touches, whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from dragoman.counts import Counts
from dragoman.dedup import ArticleFeatures, ArticleInfo, DedupIndex, IndexRow, Match, features, stories
from dragoman.model import Article, Dateline, Mention
from dragoman.store import Store

__all__ = ["StoryBatch", "StoryIndex", "refresh_stories"]


@dataclass
class StoryBatch:
    """What indexing a batch of articles gives the store."""

    rows: list[tuple[int, IndexRow]] = field(default_factory=list)  # (position in the index, row)
    matches: list[tuple[str, Match]] = field(default_factory=list)  # (article id, earlier article matched)


class StoryIndex:
    """The dedup index of a store's articles, keyed by article id."""

    def __init__(self, index: DedupIndex) -> None:
        self.index = index

    @classmethod
    def open(
        cls, store: Store, counts: Counts | None = None, computed: Sequence[IndexRow] = ()
    ) -> StoryIndex:
        """The store's index; articles stored without their index rows (before the store kept one, or
        loaded by the distributed runner, whose workers computed their rows: `computed`) are indexed
        now, once, their copies counted in `counts`."""
        found = cls(DedupIndex.from_rows(store.dedup_rows()))
        ready = {row.key: row.features() for row in computed if row.key not in found.index}
        missing = {a.id: features(a) for a in _unindexed(store, set(ready))}
        if ready or missing:
            batch = found.add_features({**ready, **missing})
            store.add_index(batch.rows, batch.matches)
            refresh_stories(store, [*ready, *missing])
            if counts is not None:
                count_copies(counts, batch.matches)
        return found

    def add(self, articles: Sequence[Article]) -> StoryBatch:
        """Index the articles (in publication order, so an original comes before its copies), once each."""
        return self.add_features({a.id: features(a) for a in articles if a.id not in self.index})

    def add_features(self, found: dict[str, ArticleFeatures]) -> StoryBatch:
        """Index articles by their features (key: article id), in publication order, once each."""
        batch = StoryBatch()
        for key, article in sorted(found.items(), key=lambda kv: (kv[1].published or date.max, kv[0])):
            if key in self.index:
                continue
            seq = len(self.index)
            batch.matches += [(key, m) for m in self.index.add(key, article)]
            batch.rows.append((seq, next(self.index.rows_from(seq))))
        return batch


def _unindexed(store: Store, ready: set[str]) -> list[Article]:
    """The stored articles missing from the dedup index but for those in `ready`, rebuilt with what
    features() reads: text, headline, date, language, URL, wire, dateline place and the actors their
    mentions resolved to."""
    keys = store.db.execute(
        "SELECT id FROM articles WHERE id NOT IN (SELECT key FROM dedup_index)"
    ).fetchall()
    wanted = [key for (key,) in keys if key not in ready]
    if not wanted:
        return []
    rows = store.db.execute(
        "SELECT id, doc_id, source, text, title, url, outlet, wire, published, lang, dateline, dateline_place "
        "FROM articles WHERE id IN (SELECT unnest(?))",
        [wanted],
    ).fetchall()
    actors: dict[str, list[Mention]] = {}
    for key, start, end, text, label, actor_id in store.db.execute(
        "SELECT article_id, start_char, end_char, text, label, actor_id FROM mentions "
        "WHERE actor_id IS NOT NULL AND article_id IN (SELECT unnest(?))",
        [wanted],
    ).fetchall():
        actors.setdefault(key, []).append(Mention(start, end, text, label, actor_id))
    found = []
    for key, doc_id, source, text, title, url, outlet, wire, published, lang, dateline, place in rows:
        article = Article(doc_id, source, "", text, title=title, url=url, outlet=outlet, wire=wire,
                          published=published, lang=lang, mentions=actors.get(key, []))  # fmt: skip
        if dateline:
            article.dateline = Dateline(dateline, place, None, None, wire)
        found.append(article)
    return found


def _outlet(outlet: str | None, url: str | None) -> str | None:
    """As `dragoman.dedup.outlet_of`, from the stored columns."""
    if outlet:
        return outlet
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def refresh_stories(store: Store, ids: Iterable[str]) -> int:
    """Recompute and store the stories of these articles (and of every article not yet in a story); the
    number of stories written."""
    db = store.db
    fresh = list(set(ids))
    orphans = db.execute(
        "SELECT key FROM dedup_index WHERE key NOT IN (SELECT article_id FROM article_stories)"
    ).fetchall()
    fresh = list(set(fresh) | {row[0] for row in orphans})
    if not fresh:
        return 0
    # The stories touched: those of the earlier articles the new ones matched. Their members and the new
    # articles form whole connected groups (a match joins two articles of one group).
    members = {
        row[0]
        for row in db.execute(
            """
            WITH touched AS (
                SELECT other_id AS id FROM article_matches WHERE article_id IN (SELECT unnest(?))
                UNION SELECT article_id FROM article_matches WHERE other_id IN (SELECT unnest(?))
            )
            SELECT s2.article_id FROM article_stories s1 JOIN article_stories s2 USING (story_id)
            WHERE s1.article_id IN (SELECT id FROM touched)
            UNION SELECT id FROM touched
            """,
            [fresh, fresh],
        ).fetchall()
    } | set(fresh)
    wanted = sorted(members)
    items = [
        ArticleInfo(key, published, _outlet(outlet, url), wire)
        for key, published, outlet, url, wire in db.execute(
            "SELECT id, published, outlet, url, wire FROM articles WHERE id IN (SELECT unnest(?))", [wanted]
        ).fetchall()
    ]
    known = {i.key for i in items}
    links = [
        (key, Match(other, kind, score, tuple(shared or ())))
        for key, other, kind, score, shared in db.execute(
            "SELECT article_id, other_id, kind, score, shared FROM article_matches "
            "WHERE article_id IN (SELECT unnest(?))",
            [wanted],
        ).fetchall()
        if key in known and other in known
    ]
    found = stories(items, links)
    old = [
        row[0]
        for row in db.execute(
            "SELECT DISTINCT story_id FROM article_stories WHERE article_id IN (SELECT unnest(?))", [wanted]
        ).fetchall()
    ]
    db.execute("BEGIN TRANSACTION")
    try:
        db.execute("DELETE FROM article_stories WHERE article_id IN (SELECT unnest(?))", [wanted])
        db.execute("DELETE FROM stories WHERE story_id IN (SELECT unnest(?))", [old])
        store._insert(
            "article_stories",
            "article_id, story_id, original_id, link_kind",
            [(k, s, found.original_of.get(k), found.link_kind.get(k)) for k, s in found.story_of.items()],
            keyed=False,
        )
        store._insert(
            "stories",
            "story_id, earliest, wire, size, outlets, independent_outlets",
            [
                (s.id, s.earliest, s.wire, len(s.members), list(s.outlets), list(s.independent_outlets))
                for s in found.stories.values()
            ],
            keyed=False,
        )
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return len(found.stories)


def count_copies(counts: Counts, matches: Sequence[tuple[str, Match]]) -> None:
    """One count per copy, by the kind of its best match (`dedup`, `copies_<kind>`)."""
    best = {key: m.kind for key, m in reversed(matches)}
    for kind in best.values():
        counts.add("dedup", f"copies_{kind}")

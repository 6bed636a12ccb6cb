"""The store: a DuckDB file (`./dragoman.duckdb` by default) holding articles, sentences, mentions and runs.

    Store(path).add_articles(articles, run_id, events)

An article's id is the hash of its cleaned text, so storing the same text twice adds nothing. Each batch
is written in one transaction: a run killed mid-way leaves whole articles or none.

A `shared` store takes turns with other processes on the same file (see `dragoman.store.gate`): a shared
writer opens the file for each write and closes it after, a shared reader waits while a writer is in.

An event is kept whole as its schema record (`record`, JSON) and, beside it, in plain columns for every
field a filter reads (evidence text, actor texts and names, place, language, outlet and wire of its
article): a filter over a million events then scans a column instead of parsing a million JSON records.
A store written by an older version gets those columns, filled from the records, when it is opened.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar, cast

import duckdb

from dragoman.actors.kb import Entry
from dragoman.dedup import IndexRow, Match
from dragoman.errors import StoreError
from dragoman.model import Article, Event, Failure
from dragoman.store import gate

__all__ = ["DEFAULT_DB", "FILTER_COLUMNS", "Store", "actor_words", "escape_like"]

DEFAULT_DB = "dragoman.duckdb"
SCHEMA_VERSION = 2

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, inputs VARCHAR[],
    version VARCHAR, exit_code INTEGER
);
CREATE TABLE IF NOT EXISTS run_counts (run_id VARCHAR, stage VARCHAR, reason VARCHAR, count BIGINT);
CREATE TABLE IF NOT EXISTS run_failures (run_id VARCHAR, source VARCHAR, reason VARCHAR, message VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    doc_id VARCHAR, source VARCHAR, url VARCHAR, outlet VARCHAR, wire VARCHAR, title VARCHAR,
    published DATE, published_source VARCHAR,
    dateline VARCHAR, dateline_place VARCHAR, dateline_region VARCHAR, dateline_date VARCHAR,
    lang VARCHAR, lang_source VARCHAR, lang_score DOUBLE, supported BOOLEAN,
    flags JSON, removed JSON,
    raw_text VARCHAR, text VARCHAR,
    run_id VARCHAR, stored_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS sentences (
    article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR, label VARCHAR,
    actor_id VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR, cameo VARCHAR,
    alias VARCHAR, rule VARCHAR, source VARCHAR,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, article_id VARCHAR, sentence INTEGER, cameo VARCHAR, cameo_root VARCHAR,
    quad_class INTEGER, goldstein DOUBLE, plover_type VARCHAR, modality VARCHAR,
    source_id VARCHAR, source_country VARCHAR, source_cameo VARCHAR,
    target_id VARCHAR, target_country VARCHAR, target_cameo VARCHAR,
    attributed_id VARCHAR, date VARCHAR, confidence DOUBLE, record JSON
);
CREATE TABLE IF NOT EXISTS actor_names (actor_id VARCHAR, name VARCHAR, text VARCHAR);
CREATE TABLE IF NOT EXISTS dedup_index (
    seq BIGINT, key VARCHAR PRIMARY KEY, text_hash VARCHAR, words INTEGER, shingles INTEGER, title_key VARCHAR,
    published DATE, lang VARCHAR, signature BLOB, anchors VARCHAR[], url_key VARCHAR
);
CREATE TABLE IF NOT EXISTS article_matches (
    article_id VARCHAR, other_id VARCHAR, kind VARCHAR, score DOUBLE, shared VARCHAR[]
);
CREATE TABLE IF NOT EXISTS article_stories (
    article_id VARCHAR, story_id VARCHAR, original_id VARCHAR, link_kind VARCHAR
);
CREATE TABLE IF NOT EXISTS stories (
    story_id VARCHAR, earliest VARCHAR, wire VARCHAR, size INTEGER, outlets VARCHAR[],
    independent_outlets VARCHAR[]
);
CREATE TABLE IF NOT EXISTS aggregated_events (
    agg_id VARCHAR, date VARCHAR, source_id VARCHAR, source_country VARCHAR, source_cameo VARCHAR,
    target_id VARCHAR, target_country VARCHAR, target_cameo VARCHAR, cameo VARCHAR, cameo_root VARCHAR,
    quad_class INTEGER, goldstein DOUBLE, modality VARCHAR, num_mentions INTEGER, num_articles INTEGER,
    num_sources INTEGER, first_seen DATE, last_seen DATE, alternatives INTEGER, record JSON
);
CREATE TABLE IF NOT EXISTS aggregated_members (
    agg_id VARCHAR, event_id VARCHAR, article_id VARCHAR, story_id VARCHAR, cameo VARCHAR, reading VARCHAR
);
CREATE TABLE IF NOT EXISTS watched_files (
    path VARCHAR PRIMARY KEY, size BIGINT, mtime_ns BIGINT, run_id VARCHAR, seen_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS imported_aliases (
    alias VARCHAR, lang VARCHAR, kind VARCHAR, actor_id VARCHAR, sector VARCHAR, cameo VARCHAR,
    start_date DATE, end_date DATE, source VARCHAR, imported_at TIMESTAMP
);
"""
# Columns added in schema version 2 (what the filters read), with how each is computed from an older row.
# The SQL reads the event as `e` and its article as `a`.
FILTER_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("lang", "VARCHAR", "coalesce(e.record->>'$.lang', a.lang)"),
    ("outlet", "VARCHAR", "a.outlet"),
    ("wire", "VARCHAR", "a.wire"),
    ("date_precision", "VARCHAR", "e.record->>'$.date_precision'"),
    ("evidence_text", "VARCHAR", "e.record->>'$.evidence.text'"),
    ("trigger", "VARCHAR", "e.record->>'$.evidence.trigger'"),
    ("source_text", "VARCHAR", "e.record->>'$.source.text'"),
    ("source_name", "VARCHAR", "e.record->>'$.source.name'"),
    ("target_text", "VARCHAR", "e.record->>'$.target.text'"),
    ("target_name", "VARCHAR", "e.record->>'$.target.name'"),
    ("location_name", "VARCHAR", "e.record->>'$.location.name'"),
    ("location_country", "VARCHAR", "e.record->>'$.location.country'"),
    ("location_lat", "DOUBLE", "try_cast(e.record->>'$.location.lat' AS DOUBLE)"),
    ("location_lon", "DOUBLE", "try_cast(e.record->>'$.location.lon' AS DOUBLE)"),
    ("location_geonameid", "BIGINT", "try_cast(e.record->>'$.location.geonameid' AS BIGINT)"),
)
EVENT_COLUMNS = (
    "event_id, article_id, sentence, cameo, cameo_root, quad_class, goldstein, plover_type, modality, source_id, "
    "source_country, source_cameo, target_id, target_country, target_cameo, attributed_id, date, confidence, "
    "record, " + ", ".join(name for name, _, _ in FILTER_COLUMNS)
)
MAX_NAMED = 500  # actors a few words may name before the filter looks them up inside the query


def actor_words(store: Store, words: str) -> tuple[str, list[Any]]:
    """The SQL condition (over events `e`) for the events of the actors these words name, and its parameters.

    The actors named are those whose canonical name, or the words an article called them by, contain the
    words (case-insensitive), looked up in the small actor_names table first; their events are then found
    by id, as for an actor id. An unresolved actor (no id) is found by its own words."""
    pattern = f"%{escape_like(words)}%"
    named = (
        "SELECT DISTINCT actor_id FROM actor_names WHERE actor_id IS NOT NULL "
        "AND (text ILIKE ? ESCAPE '\\' OR name ILIKE ? ESCAPE '\\')"
    )
    unresolved = "SELECT DISTINCT text FROM actor_names WHERE actor_id IS NULL AND text ILIKE ? ESCAPE '\\'"
    ids = [r[0] for r in store.db.execute(f"{named} LIMIT {MAX_NAMED + 1}", [pattern] * 2).fetchall()]
    texts = [r[0] for r in store.db.execute(f"{unresolved} LIMIT {MAX_NAMED + 1}", [pattern]).fetchall()]
    if len(ids) > MAX_NAMED or len(texts) > MAX_NAMED:  # words that name most actors: join in the query
        sql = (
            f"(e.source_id IN ({named}) OR e.target_id IN ({named}) "
            f"OR (e.source_id IS NULL AND e.source_text IN ({unresolved})) "
            f"OR (e.target_id IS NULL AND e.target_text IN ({unresolved})))"
        )
        return sql, [pattern] * 6
    conditions: list[str] = []
    params: list[Any] = []
    if ids:
        marks = ", ".join("?" * len(ids))
        conditions.append(f"e.source_id IN ({marks}) OR e.target_id IN ({marks})")
        params += ids * 2
    if texts:
        marks = ", ".join("?" * len(texts))
        conditions.append(
            f"(e.source_id IS NULL AND e.source_text IN ({marks})) "
            f"OR (e.target_id IS NULL AND e.target_text IN ({marks}))"
        )
        params += texts * 2
    return (f"({' OR '.join(conditions)})" if conditions else "FALSE"), params


def escape_like(words: str) -> str:
    """Words to find as they are (in `ILIKE ? ESCAPE '\\'`): `%` and `_` in them are not wildcards."""
    return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


INDEX_COLUMNS = (
    "seq, key, text_hash, words, shingles, title_key, published, lang, signature, anchors, url_key"
)
MENTION_COLUMNS = "article_id, idx, start_char, end_char, text, label, actor_id, name, country, sector, cameo, alias, rule, source"

ARTICLE_COLUMNS = (
    "id, doc_id, source, url, outlet, wire, title, published, published_source, dateline, dateline_place, "
    "dateline_region, dateline_date, lang, lang_source, lang_score, supported, flags, removed, raw_text, "
    "text, run_id, stored_at"
)


_Method = TypeVar("_Method", bound=Callable[..., Any])


def _held(method: _Method) -> _Method:
    """A method that needs the connection: a shared writer opens the store for it (see `connected`)."""

    @functools.wraps(method)
    def held(self: Store, *args: Any, **kwargs: Any) -> Any:
        with self.connected():
            return method(self, *args, **kwargs)

    return cast(_Method, held)


class Store:
    def __init__(
        self, path: str | Path = DEFAULT_DB, *, read_only: bool = False, shared: bool = False
    ) -> None:
        self.path = str(path)
        self.read_only, self.shared = read_only, shared
        self._held = 0
        if read_only and not Path(self.path).exists():
            raise StoreError(
                f"{self.path}: no such store; create it with `dragoman run INPUT --db {self.path}`"
            )
        if shared and not read_only:
            with self.connected():  # makes the schema, then lets go of the file
                pass
            return
        if shared:
            gate.reading(self.path)
        self.db = self._open()

    def _open(self) -> duckdb.DuckDBPyConnection:
        """A connection with the schema made (writer) or checked (reader): a store written by an older
        version is upgraded once, which needs a writable connection for the moment it takes."""
        self.db = self._connect(self.read_only)
        if self.read_only and self._outdated():
            self.db.close()
            self.db = self._connect(False, upgrading=True)
            self._create()
            self.db.close()
            self.db = self._connect(True)
        elif not self.read_only:
            self._create()
        return self.db

    def _connect(self, read_only: bool, *, upgrading: bool = False) -> duckdb.DuckDBPyConnection:
        try:
            if self.shared:
                db = gate.connect(self.path, read_only=read_only)
            else:
                db = duckdb.connect(self.path, read_only=read_only)
            db.execute("SET enable_progress_bar = false")  # stdout is for the caller's output
            return db
        except duckdb.Error as exc:
            if upgrading:
                raise StoreError(
                    f"{self.path}: written by an older dragoman, and it cannot be upgraded now ({exc}); "
                    "stop the process that holds it (or make it writable) and open it again"
                ) from None
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from None

    @contextmanager
    def connected(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The store's connection for the block. A shared writer holds the gate and the file for the block
        only, so readers in other processes get in between its batches."""
        if not self.shared or self.read_only or self._held:
            self._held += 1
            try:
                yield self.db
            finally:
                self._held -= 1
            return
        with gate.writing(self.path):
            self.db = self._open()
            self._held = 1
            try:
                yield self.db
            finally:
                self._held = 0
                self.db.close()

    def _create(self) -> None:
        """Create what is missing: every table of a new store, the filter columns of an older one."""
        self.db.execute(SCHEMA)
        upgrade = self._outdated()
        for name, kind, _ in FILTER_COLUMNS:
            self.db.execute(f"ALTER TABLE events ADD COLUMN IF NOT EXISTS {name} {kind}")
        if upgrade:
            self.refresh_event_columns()
        self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        self.db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])

    def _outdated(self) -> bool:
        """Whether the store holds events written before the filter columns existed."""
        try:  # the cheap answer first: reading the catalog costs a fresh connection some 20 ms
            version = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.Error:
            version = None
        if version is not None and version[0] == str(SCHEMA_VERSION):
            return False
        tables = {r[0] for r in self.db.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        if "events" not in tables:
            return False
        columns = {
            r[0]
            for r in self.db.execute(
                "SELECT column_name FROM duckdb_columns() WHERE table_name = 'events'"
            ).fetchall()
        }
        return bool({name for name, _, _ in FILTER_COLUMNS} - columns) or "actor_names" not in tables

    def refresh_event_columns(self) -> int:
        """Recompute every event's filter columns from its record and its article, and the table of actor
        names the actor filter resolves words with. Returns how many events were updated.

        Opening a store written by an older version runs this once; a bulk load that writes `record`
        alone (bench/api.py) runs it after loading."""
        assignments = ", ".join(f"{name} = {sql}" for name, _, sql in FILTER_COLUMNS)
        self.db.execute("BEGIN TRANSACTION")
        try:
            updated = self.db.execute(
                f"UPDATE events AS e SET {assignments} FROM events AS x "
                "LEFT JOIN articles AS a ON a.id = x.article_id WHERE x.event_id = e.event_id"
            ).fetchone()
            self.db.execute("DELETE FROM actor_names")
            self.db.execute(
                "INSERT INTO actor_names SELECT DISTINCT actor_id, name, text FROM ("
                " SELECT source_id AS actor_id, source_name AS name, source_text AS text FROM events"
                " UNION ALL SELECT target_id, target_name, target_text FROM events WHERE target_text IS NOT NULL)"
            )
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return int(updated[0]) if updated else 0

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------------

    @_held
    def known_ids(self, ids: Iterable[str]) -> set[str]:
        wanted = list(set(ids))
        if not wanted:
            return set()
        rows = self.db.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [wanted]).fetchall()
        return {row[0] for row in rows}

    @_held
    def add_articles(
        self,
        articles: Sequence[Article],
        run_id: str,
        events: Sequence[Event] = (),
        *,
        index_rows: Sequence[tuple[int, IndexRow]] = (),
        matches: Sequence[tuple[str, Match]] = (),
    ) -> None:
        """Store new articles with their sentences, mentions and events, all in one transaction; with
        them their dedup index rows (position in the index, row) and the earlier articles each matched."""
        if not articles:
            return
        now = datetime.now(UTC).replace(tzinfo=None)
        article_rows = [(*article_row(a), run_id, now) for a in articles]
        sentence_rows = [row for a in articles for row in sentence_rows_of(a)]
        mention_rows = [row for a in articles for row in mention_rows_of(a)]
        sources = self._event_articles(articles, events)
        event_rows = [event_row(e, sources.get(e.article_id)) for e in events]
        self.db.execute("BEGIN TRANSACTION")
        try:
            self._insert("articles", ARTICLE_COLUMNS, article_rows)
            self._insert("sentences", "article_id, idx, start_char, end_char", sentence_rows)
            self._insert("mentions", MENTION_COLUMNS, mention_rows)
            self._insert("events", EVENT_COLUMNS, event_rows)
            self._add_actor_names(events)
            self._insert_index(index_rows, matches)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _event_articles(
        self, articles: Sequence[Article], events: Sequence[Event]
    ) -> dict[str, tuple[str | None, str | None]]:
        """(outlet, wire) of each event's article: from the batch, else from the store."""
        found = {a.id: (a.outlet, a.wire) for a in articles}
        missing = list({e.article_id for e in events} - set(found))
        if missing:
            rows = self.db.execute(
                "SELECT id, outlet, wire FROM articles WHERE id IN (SELECT unnest(?))", [missing]
            ).fetchall()
            found.update({str(i): (o, w) for i, o, w in rows})
        return found

    def _add_actor_names(self, events: Sequence[Event]) -> None:
        """Remember each (actor id, name, words) the events name a source or target by, once."""
        seen = {
            (actor.id, actor.name, actor.text)
            for e in events
            for actor in (e.source, e.target)
            if actor is not None
        }
        if not seen:
            return
        import pyarrow as pa

        batch = pa.Table.from_pylist(
            [{"actor_id": i, "name": n, "text": t} for i, n, t in seen],
            schema=pa.schema([("actor_id", pa.string()), ("name", pa.string()), ("text", pa.string())]),
        )
        self.db.register("_names", batch)
        try:
            self.db.execute(
                "INSERT INTO actor_names SELECT n.actor_id, n.name, n.text FROM _names n WHERE NOT EXISTS ("
                " SELECT 1 FROM actor_names k WHERE k.actor_id IS NOT DISTINCT FROM n.actor_id"
                " AND k.name IS NOT DISTINCT FROM n.name AND k.text = n.text)"
            )
        finally:
            self.db.unregister("_names")

    @_held
    def add_index(
        self, index_rows: Sequence[tuple[int, IndexRow]], matches: Sequence[tuple[str, Match]]
    ) -> None:
        """Dedup index rows and matches of articles already stored (a store older than its index)."""
        self.db.execute("BEGIN TRANSACTION")
        try:
            self._insert_index(index_rows, matches)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _insert_index(
        self, index_rows: Sequence[tuple[int, IndexRow]], matches: Sequence[tuple[str, Match]]
    ) -> None:
        self._insert("dedup_index", INDEX_COLUMNS, [_index_row(seq, r) for seq, r in index_rows])
        self._insert(
            "article_matches",
            "article_id, other_id, kind, score, shared",
            [(key, m.other, m.kind, m.score, list(m.shared)) for key, m in matches],
            keyed=False,
        )

    def _insert(self, table: str, columns: str, rows: list[tuple[Any, ...]], *, keyed: bool = True) -> None:
        """Insert through an Arrow table: one statement per batch, not one per row. Into a keyed table
        a row whose key is already there is skipped."""
        if not rows:
            return
        import pyarrow as pa

        names = [c.strip() for c in columns.split(",")]
        batch = pa.Table.from_pylist([dict(zip(names, row, strict=True)) for row in rows])
        self.db.register("_batch", batch)
        try:
            verb = "INSERT OR IGNORE" if keyed else "INSERT"
            self.db.execute(f"{verb} INTO {table} ({columns}) SELECT {columns} FROM _batch")
        finally:
            self.db.unregister("_batch")

    @_held
    def dedup_rows(self) -> list[IndexRow]:
        """The stored dedup index, in the order its articles were added (read whole: a shared store
        lets go of its file once the call returns)."""
        rows: list[IndexRow] = []
        cursor = self.db.execute(f"SELECT {INDEX_COLUMNS} FROM dedup_index ORDER BY seq")
        while batch := cursor.fetchmany(10_000):
            rows += [index_row_of(values) for values in batch]
        return rows

    @_held
    def import_entries(self, entries: Sequence[Entry]) -> int:
        """Keep a user's imported dictionary entries; every later run resolves with them too."""
        now = datetime.now(UTC).replace(tzinfo=None)
        rows = [
            (e.alias, e.lang, e.kind, e.actor_id, e.sector, e.cameo, e.start, e.end, e.source, now)
            for e in entries
        ]
        self.db.executemany("INSERT INTO imported_aliases VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        return len(rows)

    @_held
    def imported_entries(self) -> list[Entry]:
        rows = self.db.execute(
            "SELECT alias, lang, kind, actor_id, sector, cameo, start_date, end_date, source FROM imported_aliases"
        ).fetchall()
        return [
            Entry(a, lang, kind, actor, sector=sector, cameo=cameo, start=start, end=end, source=source)
            for a, lang, kind, actor, sector, cameo, start, end, source in rows
        ]

    @_held
    def seen_files(self) -> dict[str, tuple[int, int]]:
        """The files `dragoman watch` has coded: path → (size, modification time in ns) when it did."""
        rows = self.db.execute("SELECT path, size, mtime_ns FROM watched_files").fetchall()
        return {str(path): (int(size), int(mtime)) for path, size, mtime in rows}

    @_held
    def mark_seen(self, files: Sequence[tuple[str, int, int]], run_id: str) -> None:
        """Keep (path, size, mtime_ns) of files a watch run has coded, so the next poll skips them."""
        if not files:
            return
        now = datetime.now(UTC).replace(tzinfo=None)
        self.db.executemany(
            "INSERT OR REPLACE INTO watched_files VALUES (?, ?, ?, ?, ?)",
            [(path, size, mtime, run_id, now) for path, size, mtime in files],
        )

    @_held
    def start_run(self, run_id: str, inputs: Sequence[str], version: str) -> None:
        self.db.execute(
            "INSERT INTO runs VALUES (?, ?, NULL, ?, ?, NULL)",
            [run_id, datetime.now(UTC).replace(tzinfo=None), list(inputs), version],
        )

    @_held
    def finish_run(
        self, run_id: str, counts: Sequence[tuple[str, str, int]], failures: Sequence[Failure], exit_code: int
    ) -> None:
        self.db.execute("BEGIN TRANSACTION")
        self.db.executemany("INSERT INTO run_counts VALUES (?, ?, ?, ?)", [(run_id, *c) for c in counts])
        if failures:
            self.db.executemany(
                "INSERT INTO run_failures VALUES (?, ?, ?, ?)",
                [(run_id, f.source, f.reason, f.message) for f in failures],
            )
        self.db.execute(
            "UPDATE runs SET finished = ?, exit_code = ? WHERE run_id = ?",
            [datetime.now(UTC).replace(tzinfo=None), exit_code, run_id],
        )
        self.db.execute("COMMIT")

    # -- reading -----------------------------------------------------------------------------------

    def articles(self, limit: int | None = None) -> Iterator[dict[str, Any]]:
        sql = (
            "SELECT id, doc_id, title, lang, supported, published, outlet, wire, dateline_place, url, flags, "
            "length(text) AS chars, s.story_id, s.original_id, s.link_kind "
            "FROM articles LEFT JOIN article_stories s ON s.article_id = id ORDER BY stored_at, doc_id"
        )
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        yield from self._dicts(sql, params)

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article by id or unique id prefix, with its sentences and mentions."""
        rows = list(
            self._dicts(
                f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id LIKE ? || '%' OR doc_id = ? LIMIT 2",
                [article_id, article_id],
            )
        )
        if len(rows) != 1:
            return None
        row = rows[0]
        story = self.db.execute(
            "SELECT story_id, original_id, link_kind FROM article_stories WHERE article_id = ?", [row["id"]]
        ).fetchone()
        row["story_id"], row["original_id"], row["link_kind"] = story or (None, None, None)
        row["flags"] = json.loads(row["flags"]) if row["flags"] else []
        row["removed"] = json.loads(row["removed"]) if row["removed"] else []
        row["sentences"] = self.db.execute(
            "SELECT start_char, end_char FROM sentences WHERE article_id = ? ORDER BY idx", [row["id"]]
        ).fetchall()
        row["mentions"] = list(
            self._dicts(
                "SELECT start_char, end_char, text, label, actor_id, name, country, sector, cameo, alias, rule, "
                "source FROM mentions WHERE article_id = ? ORDER BY idx",
                [row["id"]],
            )
        )
        return row

    def events(
        self,
        *,
        actor: str | None = None,
        country: str | None = None,
        code: str | None = None,
        root: str | None = None,
        quad: int | None = None,
        modality: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Stored events (their schema records), filtered; every filter is a query parameter."""
        where: list[str] = ["TRUE"]
        params: list[Any] = []
        if actor and ":" in actor:
            where.append("(source_id = ? OR target_id = ?)")
            params += [actor, actor]
        elif actor:
            sql, values = actor_words(self, actor)
            where.append(sql)
            params += values
        if country:
            where.append("(source_country = ? OR target_country = ?)")
            params += [country.upper(), country.upper()]
        if code:
            where.append("cameo LIKE ? || '%'")
            params.append(code)
        if root:
            where.append("cameo_root = ?")
            params.append(root.zfill(2))
        if quad:
            where.append("quad_class = ?")
            params.append(quad)
        if modality:
            where.append("modality = ?")
            params.append(modality)
        if since:
            where.append("date >= ?")
            params.append(since)
        if until:
            where.append("date <= ?")
            params.append(until)
        sql = f"SELECT record FROM events e WHERE {' AND '.join(where)} ORDER BY date, article_id, sentence"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [json.loads(row[0]) for row in self.db.execute(sql, params).fetchall()]

    def event(self, event_id: str) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """One event (by id or unique prefix) and its article."""
        rows = (
            self.db.execute(  # the whole id first: an index lookup, where a prefix scans
                "SELECT record, article_id FROM events WHERE event_id = ?", [event_id]
            ).fetchall()
            or self.db.execute(
                "SELECT record, article_id FROM events WHERE event_id LIKE ? || '%' LIMIT 2", [event_id]
            ).fetchall()
        )
        if len(rows) != 1:
            return None
        article = self.article(rows[0][1])
        return (json.loads(rows[0][0]), article) if article else None

    def count(self, table: str) -> int:
        if table not in (
            "articles", "sentences", "mentions", "events", "runs", "run_failures", "dedup_index",
            "article_matches", "stories", "aggregated_events", "aggregated_members",
        ):  # fmt: skip
            raise StoreError(f"no table {table!r}")
        result = self.db.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(result[0]) if result else 0

    def run_counts(self, run_id: str) -> list[tuple[str, str, int]]:
        rows = self.db.execute(
            "SELECT stage, reason, count FROM run_counts WHERE run_id = ?", [run_id]
        ).fetchall()
        return [(str(s), str(r), int(c)) for s, r, c in rows]

    def _dicts(self, sql: str, params: list[Any]) -> Iterator[dict[str, Any]]:
        cursor = self.db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        for row in cursor.fetchall():
            yield dict(zip(names, row, strict=True))


def sentence_rows_of(a: Article) -> list[tuple[Any, ...]]:
    return [(a.id, i, s.start, s.end) for i, s in enumerate(a.sentences)]


def mention_rows_of(a: Article) -> list[tuple[Any, ...]]:
    """The rows of MENTION_COLUMNS for an article's mentions."""
    return [
        (
            a.id,
            i,
            m.start,
            m.end,
            m.text,
            m.label,
            m.actor_id,
            m.name,
            m.country,
            m.sector,
            m.cameo,
            m.alias,
            m.rule,
            m.source,
        )
        for i, m in enumerate(a.mentions)
    ]


def event_row(e: Event, article: tuple[str | None, str | None] | None = None) -> tuple[Any, ...]:
    """The event's row of EVENT_COLUMNS: its indexed fields, its schema record, and its filter columns
    (FILTER_COLUMNS order); `article` is the (outlet, wire) of its article."""
    t, claimant, place = e.target, e.attributed_to, e.location or {}
    outlet, wire = article or (None, None)
    return (
        e.event_id,
        e.article_id,
        e.sentence,
        e.cameo,
        e.cameo_root,
        e.quad_class,
        e.goldstein,
        e.plover_type,
        e.modality,
        e.source.id,
        e.source.country,
        e.source.cameo,
        t.id if t else None,
        t.country if t else None,
        t.cameo if t else None,
        claimant.id if claimant else None,
        e.date,
        e.confidence,
        json.dumps(e.to_json(), ensure_ascii=False),
        e.lang,
        outlet,
        wire,
        e.date_precision,
        e.evidence,
        e.trigger,
        e.source.text,
        e.source.name,
        t.text if t else None,
        t.name if t else None,
        place.get("name"),
        place.get("country"),
        _number(place.get("lat")),
        _number(place.get("lon")),
        _number(place.get("geonameid"), int),
    )


def _number(value: object, kind: type[float] | type[int] = float) -> float | int | None:
    """A location's coordinate or id as a number, or None when it is absent or not a number."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        return kind(value)
    except ValueError:
        return None


def index_row_of(values: Sequence[Any]) -> IndexRow:
    """The IndexRow of a row of INDEX_COLUMNS (its first value, the position in the index, left out)."""
    _, key, text_hash, words, shingles, title, published, lang, signature, anchor_list, url = values
    return IndexRow(
        key, text_hash, words, shingles, title, published, lang, signature, tuple(anchor_list), url
    )


def _index_row(seq: int, r: IndexRow) -> tuple[Any, ...]:
    return (
        seq, r.key, r.text_hash, r.words, r.shingles, r.title_key, r.published, r.lang, r.signature, list(r.anchors),
        r.url_key,
    )  # fmt: skip


def article_row(a: Article) -> tuple[Any, ...]:
    """The row of ARTICLE_COLUMNS for an article, but for the last two (run_id, stored_at)."""
    d = a.dateline
    return (
        a.id,
        a.doc_id,
        a.source,
        a.url,
        a.outlet,
        a.wire,
        a.title,
        a.published,
        a.published_source,
        d.text if d else None,
        d.place if d else None,
        d.region if d else None,
        d.date_text if d else None,
        a.lang,
        a.lang_source,
        a.lang_score,
        a.supported,
        json.dumps([asdict(f) for f in a.flags], ensure_ascii=False),
        json.dumps([asdict(r) for r in a.removed], ensure_ascii=False),
        a.raw_text,
        a.text,
    )

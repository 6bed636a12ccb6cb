"""The store: a DuckDB file (`./dragoman.duckdb` by default) holding articles, sentences, mentions and runs.

    Store(path).add_articles(articles, run_id) -> (stored_ids, duplicate_ids)

An article's id is the hash of its cleaned text, so storing the same text twice adds nothing. Each batch
is written in one transaction: a run killed mid-way leaves whole articles or none.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from dragoman.actors.kb import Entry
from dragoman.errors import StoreError
from dragoman.model import Article, Event, Failure

__all__ = ["DEFAULT_DB", "Store"]

DEFAULT_DB = "dragoman.duckdb"
SCHEMA_VERSION = 1

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
CREATE TABLE IF NOT EXISTS watched_files (
    path VARCHAR PRIMARY KEY, size BIGINT, mtime_ns BIGINT, run_id VARCHAR, seen_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS imported_aliases (
    alias VARCHAR, lang VARCHAR, kind VARCHAR, actor_id VARCHAR, sector VARCHAR, cameo VARCHAR,
    start_date DATE, end_date DATE, source VARCHAR, imported_at TIMESTAMP
);
"""
EVENT_COLUMNS = (
    "event_id, article_id, sentence, cameo, cameo_root, quad_class, goldstein, plover_type, modality, source_id, "
    "source_country, source_cameo, target_id, target_country, target_cameo, attributed_id, date, confidence, record"
)
MENTION_COLUMNS = "article_id, idx, start_char, end_char, text, label, actor_id, name, country, sector, cameo, alias, rule, source"

ARTICLE_COLUMNS = (
    "id, doc_id, source, url, outlet, wire, title, published, published_source, dateline, dateline_place, "
    "dateline_region, dateline_date, lang, lang_source, lang_score, supported, flags, removed, raw_text, "
    "text, run_id, stored_at"
)


class Store:
    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(
                f"{self.path}: no such store; create it with `dragoman run INPUT --db {self.path}`"
            )
        try:
            self.db = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from None
        if not read_only:
            self.db.execute(SCHEMA)
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------------

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        wanted = list(set(ids))
        if not wanted:
            return set()
        rows = self.db.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [wanted]).fetchall()
        return {row[0] for row in rows}

    def add_articles(self, articles: Sequence[Article], run_id: str, events: Sequence[Event] = ()) -> None:
        """Store new articles with their sentences, mentions and events, all in one transaction."""
        if not articles:
            return
        now = datetime.now(UTC).replace(tzinfo=None)
        article_rows = [(*article_row(a), run_id, now) for a in articles]
        sentence_rows = [row for a in articles for row in sentence_rows_of(a)]
        mention_rows = [row for a in articles for row in mention_rows_of(a)]
        self.db.execute("BEGIN TRANSACTION")
        try:
            self._insert("articles", ARTICLE_COLUMNS, article_rows)
            self._insert("sentences", "article_id, idx, start_char, end_char", sentence_rows)
            self._insert("mentions", MENTION_COLUMNS, mention_rows)
            self._insert("events", EVENT_COLUMNS, [event_row(e) for e in events])
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _insert(self, table: str, columns: str, rows: list[tuple[Any, ...]]) -> None:
        """Insert through an Arrow table: one statement per batch, not one per row."""
        if not rows:
            return
        import pyarrow as pa

        names = [c.strip() for c in columns.split(",")]
        batch = pa.Table.from_pylist([dict(zip(names, row, strict=True)) for row in rows])
        self.db.register("_batch", batch)
        try:
            self.db.execute(f"INSERT OR IGNORE INTO {table} ({columns}) SELECT {columns} FROM _batch")
        finally:
            self.db.unregister("_batch")

    def import_entries(self, entries: Sequence[Entry]) -> int:
        """Keep a user's imported dictionary entries; every later run resolves with them too."""
        now = datetime.now(UTC).replace(tzinfo=None)
        rows = [
            (e.alias, e.lang, e.kind, e.actor_id, e.sector, e.cameo, e.start, e.end, e.source, now)
            for e in entries
        ]
        self.db.executemany("INSERT INTO imported_aliases VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        return len(rows)

    def imported_entries(self) -> list[Entry]:
        rows = self.db.execute(
            "SELECT alias, lang, kind, actor_id, sector, cameo, start_date, end_date, source FROM imported_aliases"
        ).fetchall()
        return [
            Entry(a, lang, kind, actor, sector=sector, cameo=cameo, start=start, end=end, source=source)
            for a, lang, kind, actor, sector, cameo, start, end, source in rows
        ]

    def seen_files(self) -> dict[str, tuple[int, int]]:
        """The files `dragoman watch` has coded: path → (size, modification time in ns) when it did."""
        rows = self.db.execute("SELECT path, size, mtime_ns FROM watched_files").fetchall()
        return {str(path): (int(size), int(mtime)) for path, size, mtime in rows}

    def mark_seen(self, files: Sequence[tuple[str, int, int]], run_id: str) -> None:
        """Keep (path, size, mtime_ns) of files a watch run has coded, so the next poll skips them."""
        if not files:
            return
        now = datetime.now(UTC).replace(tzinfo=None)
        self.db.executemany(
            "INSERT OR REPLACE INTO watched_files VALUES (?, ?, ?, ?, ?)",
            [(path, size, mtime, run_id, now) for path, size, mtime in files],
        )

    def start_run(self, run_id: str, inputs: Sequence[str], version: str) -> None:
        self.db.execute(
            "INSERT INTO runs VALUES (?, ?, NULL, ?, ?, NULL)",
            [run_id, datetime.now(UTC).replace(tzinfo=None), list(inputs), version],
        )

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
            "length(text) AS chars FROM articles ORDER BY stored_at, doc_id"
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
        if actor:
            where.append(
                "(source_id = ? OR target_id = ? OR record->>'$.source.text' ILIKE ? OR record->>'$.target.text' ILIKE ?)"
            )
            params += [actor, actor, f"%{actor}%", f"%{actor}%"]
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
        sql = f"SELECT record FROM events WHERE {' AND '.join(where)} ORDER BY date, article_id, sentence"
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
        if table not in ("articles", "sentences", "mentions", "events", "runs", "run_failures"):
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


def event_row(e: Event) -> tuple[Any, ...]:
    """The row of EVENT_COLUMNS for an event."""
    t, claimant = e.target, e.attributed_to
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
    )


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

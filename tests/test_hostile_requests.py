"""Hostile requests to `dragoman serve`: the ingest token (constant time, any bytes), body size limits
(declared or chunked), SQL injection payloads in every filter, no CORS, loopback by default, and markup in
article text shown as text in the browser (a stored `<script>` never runs)."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from dragoman.api import create_app
from tests.test_web import ARGS, CHROMIUM

TOKEN = "s3cret-token"
PAYLOADS = [
    "' OR '1'='1",
    "'; DROP TABLE events; --",
    "%' OR 1=1 --",
    '" OR ""="',
    "state:CHN' UNION SELECT record FROM events --",
    "1; SELECT * FROM articles",
    "\\'; --",
    "0x27 OR 1=1",
    "CHN')) OR ((1=1",
    "2024-01-01' OR '1'='1",
]
FILTERS = [
    "actor", "country", "source", "target", "code", "root", "quad", "plover", "modality", "lang",
    "since", "until", "outlet", "wire", "text",
]  # fmt: skip
ROUTES = ["/api/events", "/api/timeline", "/api/network", "/api/places"]
XSS = (
    "China condemned Russia on Monday over the attack <script>window.__xss = 1</script> "
    '<img src=x onerror="window.__xss = 2"> in Kyiv.'
)


@pytest.fixture(scope="module")
def client(demo_store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(demo_store)) as c:
        yield c


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(tmp_path / "w.duckdb", ingest_token=TOKEN)) as c:
        yield c


def _totals(client: TestClient) -> dict[str, int]:
    return dict(client.get("/api/runs").json()["totals"])


@pytest.mark.parametrize("name", FILTERS)
def test_injection_payloads_in_every_filter_are_data(client: TestClient, name: str) -> None:
    before = _totals(client)
    everything = client.get("/api/events", params={"limit": 1}).json()["total"]
    for i, payload in enumerate(PAYLOADS):
        for route in ROUTES if i < 3 else ROUTES[:1]:  # every payload on the page, three on the others
            response = client.get(route, params={name: payload})
            assert response.status_code in (200, 400), (route, name, payload, response.text)
            if response.status_code == 400:
                assert response.json()["error"]["code"] == "bad_parameter"
            elif route == "/api/events":
                # a payload matched as data finds the events that hold it literally: none here
                assert response.json()["total"] == 0 or response.json()["total"] < everything, (name, payload)
    for payload in PAYLOADS[:3]:
        for route in ("/api/articles", "/api/actors"):
            params = {"q": payload} if route == "/api/actors" else {"outlet": payload, "cursor": payload}
            assert client.get(route, params=params).status_code in (200, 400, 404)
        assert client.get(f"/api/events/{payload}").status_code in (400, 404)
        assert client.get(f"/api/articles/{payload}").status_code in (400, 404)
    assert _totals(client) == before  # nothing dropped, nothing changed


def test_token_any_bytes_and_constant_time(writer: TestClient) -> None:
    for header in ("Bearer " + TOKEN[:-1], "Bearer " + TOKEN + "x", "Bearer é" + TOKEN, "Basic " + TOKEN, ""):
        response = writer.post(
            "/api/ingest",
            content=b"Chile's president met the Argentine foreign minister.",
            headers={"Content-Type": "text/plain", "Authorization": header.encode("latin-1")},  # type: ignore[dict-item]
        )
        assert response.status_code == 401, (header, response.text)
    source = (Path(__file__).parents[1] / "dragoman" / "api" / "app.py").read_text()
    assert "hmac.compare_digest(" in source and "== self.token" not in source


def test_body_limits_declared_and_chunked(writer: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    import dragoman.api.app

    monkeypatch.setattr(dragoman.api.app, "MAX_BYTES", 1000)
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"}
    declared = writer.post("/api/ingest", content=b"x" * 1001, headers=auth)
    assert declared.status_code == 413 and declared.json()["error"]["code"] == "too_large"

    def chunks() -> Iterator[bytes]:  # no Content-Length: the server must count as it reads
        for _ in range(50):
            yield b"y" * 100

    chunked = writer.post("/api/ingest", content=chunks(), headers=auth)
    assert chunked.status_code == 413, chunked.text
    small = writer.post(
        "/api/ingest",
        content=iter([b"Chile's president met ", b"the Argentine foreign minister."]),
        headers=auth,
    )
    assert small.status_code == 200, small.text and len(small.json()["articles"]) == 1


def test_no_cors_by_default(client: TestClient) -> None:
    evil = {"Origin": "https://evil.example"}
    got = client.get("/api/events", headers=evil)
    assert got.status_code == 200 and "access-control-allow-origin" not in got.headers
    preflight = client.options("/api/ingest", headers={**evil, "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers


def test_serve_binds_to_loopback_unless_told(demo_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    from dragoman.cli import app

    hosts: list[str] = []
    monkeypatch.setattr(uvicorn, "run", lambda api, host, port, log_level: hosts.append(host))
    assert CliRunner().invoke(app, ["serve", "--db", str(demo_store)]).exit_code == 0
    told = CliRunner().invoke(app, ["serve", "--db", str(demo_store), "--host", "0.0.0.0"])
    assert hosts == ["127.0.0.1", "0.0.0.0"]
    assert "reachable beyond this machine" in told.output


# -- the browser: a stored <script> is shown, never run ----------------------------------------------------


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent: `apt-get install chromium` (.ci/run does)")
    import uvicorn

    from dragoman.pipeline import run
    from dragoman.store import Store

    folder = tmp_path_factory.mktemp("xss")
    feed = folder / "xss.jsonl"
    feed.write_text(json.dumps({"id": "xss", "text": XSS, "title": "<b>bold</b><script>1</script>"}) + "\n")
    with Store(folder / "xss.duckdb") as store:
        assert run([str(feed)], store).stored_ids
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    uv = uvicorn.Server(
        uvicorn.Config(create_app(folder / "xss.duckdb"), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    uv.should_exit = True
    thread.join(10)


def test_stored_script_is_shown_as_text_never_run(hostile_server: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page: Any = browser.new_page()
            page.set_default_timeout(15_000)
            page.goto(hostile_server)
            page.wait_for_selector("tbody tr")
            page.locator("tbody tr a").first.click()
            page.wait_for_selector("#evidence")
            assert "<script>window.__xss = 1</script>" in page.locator("#evidence").inner_text()
            assert 'onerror="window.__xss = 2"' in page.locator("main").inner_text()
            page.wait_for_timeout(300)  # an <img onerror> would have fired by now
            assert page.evaluate("window.__xss") is None
            assert page.locator("main script, main img[src=x]").count() == 0
        finally:
            browser.close()

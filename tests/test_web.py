"""The web UI end to end: Playwright driving Debian's Chromium (/usr/bin/chromium, never a downloaded
browser) against `dragoman serve`'s app over the demo store. Screenshots go to the test's tmp directory, and
also to $DRAGOMAN_SCREENSHOTS as serve-<view>.png when it is set (`DRAGOMAN_SCREENSHOTS=docs` refreshes the
docs' pictures)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="/usr/bin/chromium is absent: `apt-get install chromium` (.ci/run does)"
)


def shot(page: Any, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path))
    if os.environ.get("DRAGOMAN_SCREENSHOTS"):
        shutil.copy(path, Path(os.environ["DRAGOMAN_SCREENSHOTS"]) / f"serve-{name}.png")
    return path


@pytest.fixture(scope="module")
def server(demo_store: Path) -> Iterator[str]:
    import uvicorn

    from dragoman.api import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(demo_store)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert uv.started, "the test server did not start"
    yield f"http://127.0.0.1:{port}/"
    uv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    # a 4xx the UI asked for on purpose is logged by the browser as a failed load; anything else is a bug
    page.on(
        "console",
        lambda m: (
            errors.append(m.text) if m.type == "error" and "Failed to load resource" not in m.text else None
        ),
    )
    page.set_default_timeout(15_000)
    yield page
    context.close()
    assert not errors, errors


def test_filter_by_actor_open_event_see_evidence(page: Any, server: str, tmp_path: Path) -> None:
    page.goto(server)
    page.wait_for_selector("tbody tr")
    everything = page.locator("h2").first.inner_text()
    page.fill("input[name=actor]", "state:CHN")
    page.press("input[name=actor]", "Enter")  # the filter bar is a form: Enter applies it
    page.wait_for_function(
        f"document.querySelector('h2') && document.querySelector('h2').innerText !== {everything!r}"
    )
    assert "actor=state%3ACHN" in page.url
    rows = page.locator("tbody tr")
    assert rows.count() >= 1
    for i in range(rows.count()):
        row = rows.nth(i).inner_text()
        assert "China" in row or "CHN" in row, row
    shot(page, tmp_path, "events")

    rows.first.locator("a").first.focus()
    page.keyboard.press("Enter")  # keyboard-usable: the event link opens with Enter
    page.wait_for_selector("#evidence")
    evidence = page.locator("#evidence")
    assert evidence.count() == 1 and len(evidence.inner_text()) > 20
    assert page.locator("#evidence mark.trigger").count() == 1
    assert page.locator("#evidence mark.source").count() == 1
    assert "China" in page.locator("aside").inner_text() or "CHN" in page.locator("aside").inner_text()
    shot(page, tmp_path, "event")
    assert (tmp_path / "event.png").stat().st_size > 10_000


def test_map_and_graph_keep_the_filter(page: Any, server: str, tmp_path: Path) -> None:
    page.goto(server + "#/events?actor=state%3ACHN")
    page.wait_for_selector("tbody tr")
    page.click("nav a[data-view=map]")
    page.wait_for_selector("svg path.country")
    assert "actor=state%3ACHN" in page.url
    assert page.locator("svg g.place").count() >= 1  # events placed at a town: circles
    assert page.locator("svg path.country[data-country=CHN]").count() == 1
    note = page.locator("#map-note").inner_text()
    assert "by their own location" in note and "by country" in note
    shot(page, tmp_path, "map")

    page.click("nav a[data-view=graph]")
    page.wait_for_selector("svg line.edge")
    assert page.locator("input[name=actor]").input_value() == "state:CHN"
    page.locator("svg line.edge").first.click(force=True)
    page.wait_for_selector("#dyad-events li")
    assert page.locator("#dyad-events li a").count() >= 1
    shot(page, tmp_path, "graph")


def test_timeline_runs_and_empty_state(page: Any, server: str, tmp_path: Path) -> None:
    page.goto(server + "#/timeline")
    page.wait_for_selector("svg rect")
    assert page.locator("svg rect").count() >= 2
    shot(page, tmp_path, "timeline")
    page.goto(server + "#/runs")
    page.wait_for_selector("table")
    assert "events" in page.locator("main").inner_text()
    page.goto(server + "#/events?text=zzzzqqqq-nothing")
    page.wait_for_selector(".state:not(.loading)")  # the loading state is a .state too
    assert "No event matches" in page.locator(".state:not(.loading)").inner_text()
    page.goto(server + "#/events?country=toolong")
    page.wait_for_selector(".state.error")
    assert "ISO 3166-1" in page.locator(".state.error").inner_text()
    assert page.locator("#nav-upload").is_hidden()  # ingest is off on this server


def test_map_circle_lists_the_events_of_its_place(page: Any, server: str) -> None:
    page.goto(server + "#/map")
    page.wait_for_selector("svg g.place")
    circle = page.locator("svg g.place").first
    box = circle.get_attribute("data-bbox")
    circle.focus()
    page.keyboard.press("Enter")  # circles are keyboard-usable too
    # the map has a table of its own: wait for the events table (its "modality" column), not any rows
    page.wait_for_function(
        "[...document.querySelectorAll('thead th')].some((th) => th.textContent === 'modality')"
        " && document.querySelectorAll('tbody tr').length > 0"
    )
    assert "bbox=" in page.url and page.locator("input[name=bbox]").input_value() == box
    west, south, east, north = map(float, box.split(","))
    rows = page.locator("tbody tr")
    assert rows.count() >= 1
    for i in range(rows.count()):
        place = rows.nth(i).locator("td").nth(6).inner_text()
        assert place, rows.nth(i).inner_text()  # every event listed has a place, inside the box
    page.fill("input[name=bbox]", "")
    page.fill("input[name=place]", page.locator("tbody tr td").nth(6).inner_text())
    page.press("input[name=place]", "Enter")
    page.wait_for_function("location.hash.includes('place=')")
    page.wait_for_selector("tbody tr")
    assert "bbox" not in page.url and west <= east and south <= north

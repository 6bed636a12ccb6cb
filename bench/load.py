"""Load on loopback: `dragoman serve` in a second process (uvicorn, started here) hit for a bounded time by
concurrent filtered queries and ingests; prints the error count and p50/p95 latency per kind of request.

    python bench/load.py [--seconds 60] [--readers 4] [--ingest-every 2.0]

The store is built first by the real pipeline from demo/corpus. Queries cycle through filters the UI sends
(actor, country, code, quad, since/until, text, sort, timeline, network, places); ingests post one short
article of our own each `--ingest-every` seconds, each with a distinct sentence (so each is stored).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TOKEN = "bench-token"
QUERIES = [
    "/api/events?limit=50",
    "/api/events?actor=state:CHN&limit=50",
    "/api/events?country=RUS&sort=-goldstein",
    "/api/events?code=19&limit=20",
    "/api/events?quad=4&since=2020-01-01&until=2030-12-31",
    "/api/events?text=sanctions",
    "/api/timeline?interval=month",
    "/api/network?max_edges=100",
    "/api/places",
    "/api/articles?limit=20",
]
ARTICLE = "The foreign minister of {a} met his counterpart from {b} in Geneva on Monday, report {n}."
FAILED: list[str] = []  # what each failed request answered
COUNTRIES = ["Ghana", "Chile", "Norway", "Peru", "Japan", "Kenya", "Brazil", "India"]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _call(request: urllib.request.Request) -> tuple[bool, float]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            response.read()
            ok = response.status == 200
    except urllib.error.HTTPError as exc:
        ok = False
        FAILED.append(f"{request.full_url}: {exc.code} {exc.read()[:300]!r}")
    except (urllib.error.URLError, OSError) as exc:
        ok = False
        FAILED.append(f"{request.full_url}: {exc}")
    return ok, (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to load the server")
    parser.add_argument("--readers", type=int, default=4, help="concurrent query loops")
    parser.add_argument("--ingest-every", type=float, default=2.0, help="seconds between two ingests")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "load.duckdb"
        subprocess.run(
            [sys.executable, "-m", "dragoman", "run", str(REPO / "demo" / "corpus"), "--db", str(db)],
            env=env,
            capture_output=True,
            check=False,
        )
        port = _port()
        server = subprocess.Popen(
            [sys.executable, "-m", "dragoman", "serve", "--db", str(db), "--port", str(port)],
            env={**env, "DRAGOMAN_INGEST_TOKEN": TOKEN},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not _call(urllib.request.Request(base + "/api/about"))[0]:
                time.sleep(0.2)
            FAILED.clear()  # refused connections while the server started are not errors
            results: dict[str, list[tuple[bool, float]]] = {"query": [], "ingest": []}
            stop = time.monotonic() + args.seconds

            def read(offset: int) -> None:
                i = offset
                while time.monotonic() < stop:
                    results["query"].append(_call(urllib.request.Request(base + QUERIES[i % len(QUERIES)])))
                    i += 1

            def write() -> None:
                n = 0
                while time.monotonic() < stop:
                    text = ARTICLE.format(a=COUNTRIES[n % 8], b=COUNTRIES[(n + 3) % 8], n=n)
                    body = json.dumps({"id": f"load-{n}", "text": text, "date": "2024-03-04"}).encode()
                    request = urllib.request.Request(
                        base + "/api/ingest",
                        data=body,
                        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
                    )
                    results["ingest"].append(_call(request))
                    n += 1
                    time.sleep(args.ingest_every)

            threads = [threading.Thread(target=read, args=(i,)) for i in range(args.readers)]
            threads.append(threading.Thread(target=write))
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(30)

    print(f"load on loopback for {args.seconds:.0f} s: {args.readers} query loops, one ingest every "
          f"{args.ingest_every:.1f} s")  # fmt: skip
    print(f"{'kind':<8} {'requests':>8} {'errors':>7} {'p50 ms':>8} {'p95 ms':>8} {'p95/p50':>8}")
    errors = 0
    for kind, calls in results.items():
        times = sorted(ms for _, ms in calls)
        failed = sum(1 for ok, _ in calls if not ok)
        errors += failed
        if not times:
            print(f"{kind:<8} {0:>8}")
            continue
        p50 = statistics.median(times)
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        print(f"{kind:<8} {len(calls):>8} {failed:>7} {p50:8.1f} {p95:8.1f} {p95 / p50:8.2f}")
    print(f"errors: {errors}", *FAILED[:5], sep="\n")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()

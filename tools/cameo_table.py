"""Build dragoman/data/cameo.tsv: every CAMEO event code with its name, root, QuadClass, Goldstein score and
PLOVER type and mode, from the CAMEO code table in ../shared/gold/derived/cameo_event_codes.tsv.

    .venv/bin/python tools/cameo_table.py ../shared/gold/derived/cameo_event_codes.tsv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "dragoman" / "data" / "cameo.tsv"
HEADER = """# CAMEO event codes: name, root, QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
# 4 material conflict), Goldstein score, and the PLOVER type and mode each code maps to.
# Facts from the CAMEO 1.1b3 manual (Schrodt, Gerner and Yilmaz; codes, names), the Goldstein scale as
# published with GDELT, and the CAMEO-to-PLOVER table of the PLOVER manual draft 0.8 (2021, Open Event Data
# Alliance, CC BY-SA 4.0). Built by tools/cameo_table.py.
"""


# Roots the 2021 table leaves without a type: appeals are PLOVER REQUEST, and root 08 as a whole is CONCEDE
# (the PLOVER manual, sections on REQUEST and CONCEDE). Public statements (01) have no PLOVER type and are
# never emitted as events.
ROOT_TYPE = {"02": "REQUEST", "08": "CONCEDE"}


def main(source: Path) -> None:
    rows = list(csv.DictReader(source.open(encoding="utf-8"), delimiter="\t"))
    by_root: dict[str, list[str]] = {}
    for row in rows:
        if row["plover_type_2021"] and " " not in row["plover_type_2021"]:
            by_root.setdefault(row["root_code"], []).append(row["plover_type_2021"])
    for row in rows:
        kind = row["plover_type_2021"]
        if not kind or " " in kind:
            seen = by_root.get(row["root_code"], [])
            kind = ROOT_TYPE.get(row["root_code"]) or (max(set(seen), key=seen.count) if seen else "")
            row["plover_type_2021"] = kind
    with OUT.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        out.write("code\troot\tquad_class\tgoldstein\tplover_type\tplover_mode\tname\n")
        for row in rows:
            code = row["cameo_code"]
            out.write(
                "\t".join(
                    [
                        code,
                        row["root_code"],
                        row["quad_class_gdelt"],
                        row["goldstein"],
                        row["plover_type_2021"],
                        row["plover_mode_2021"],
                        row["name"],
                    ]
                )
                + "\n"
            )
    print(f"{len(rows)} codes -> {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

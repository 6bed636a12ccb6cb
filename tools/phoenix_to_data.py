"""Derive dragoman data files from the MIT-licensed Phoenix country dictionary (facts: names, codes, dates).

    .venv/bin/python tools/phoenix_to_data.py ../shared/gold/petrarch2/Phoenix.Countries.actors.txt

Writes
- dragoman/data/actors/people/phoenix.tsv        people with their dated CAMEO codes (office-holders,
                                                  former officials, opposition figures back to about 1930)
- dragoman/data/actors/state_aliases.phoenix.tsv  other English names of states: cities, regions and old
                                                  names Phoenix lists as synonyms of a country
People and names dragoman's own files already have are left out: the curated files win.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from dragoman.actors.kb import ACTORS_DIR, knowledge_base  # noqa: E402
from dragoman.actors.matcher import fold  # noqa: E402
from dragoman.actors.petrarch import read_actors  # noqa: E402

NOTICE = """# Derived by tools/phoenix_to_data.py from Phoenix.Countries.actors.txt of the PETRARCH-2 dictionaries
# (https://github.com/openeventdata/petrarch2), which is under the MIT License:
#   Copyright (c) 2014 Open Event Data Alliance. Permission is hereby granted, free of charge, to any person
#   obtaining a copy of this software and associated documentation files (the "Software"), to deal in the
#   Software without restriction, including without limitation the rights to use, copy, modify, merge,
#   publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
#   Software is furnished to do so, subject to the following conditions: The above copyright notice and this
#   permission notice shall be included in all copies or substantial portions of the Software.
#   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
# Facts only (names, CAMEO codes, dates); the Phoenix data ends around 2014."""


def main(source: Path) -> None:
    kb = knowledge_base()
    states = {a.country for a in kb.actors.values() if a.kind in ("state", "territory")}
    known = {fold(e.alias) for e in kb.entries if e.kind in ("person", "name", "short", "capital", "adjective")}
    entries = read_actors(source)
    by_actor = defaultdict(list)
    for entry in entries.entries:
        by_actor[entry.actor_id].append(entry)

    people_rows: list[str] = []
    alias_rows: list[str] = []
    for actor_id, group in by_actor.items():
        aliases = list(dict.fromkeys(e.alias for e in group))
        if not aliases or any(re.search(r"\d", a) for a in aliases[:1]):
            continue
        codes = {(e.cameo or "", e.start, e.end) for e in group}
        person = any(len(code) >= 6 and (start or end) for code, start, end in codes)
        if person:
            if any(fold(a) in known for a in aliases):
                continue  # the curated people files have this person
            slug = "person:" + actor_id.split(":", 1)[1]
            names = "|".join(a for a in aliases if len(a) >= 4 and len(a.split()) <= 6)
            for code, start, end in sorted(codes, key=lambda c: (str(c[1]), str(c[2]))):
                country, sector = code[:3], code[3:6]
                if country not in states or not sector or (start is None and end is None):
                    continue
                people_rows.append(
                    f"{slug}\t{country}\t{sector}\t\t{start or ''}\t{end or ''}\t{names}\t\t{code}"
                )
        else:
            current = [c for c, s, e in codes if len(c) == 3 and c in states and e is None]
            if len(set(current)) != 1:
                continue
            iso3 = current[0]
            for alias in aliases:
                words = alias.split()
                if fold(alias) in known or len(words) > 4 or len(alias) < 4 or not alias[0].isalpha():
                    continue
                alias_rows.append(f"{iso3}\ten\tplace\t{alias}\t")

    people_path = ACTORS_DIR / "people" / "phoenix.tsv"
    people_path.write_text(
        NOTICE
        + "\n# role: the CAMEO sector of the dated code (GOV, ELI former official, OPP, MIL, ...); title_en empty.\n"
        + "person_id\tcountry\trole\ttitle_en\tstart\tend\tnames_en\tnames_fr\tnote\n"
        + "\n".join(people_rows)
        + "\n",
        encoding="utf-8",
    )
    alias_path = ACTORS_DIR / "state_aliases.phoenix.tsv"
    alias_path.write_text(
        NOTICE
        + "\n# kind place: a city, region or other name Phoenix lists under a country (the country, no sector).\n"
        + "iso3\tlang\tkind\talias\tsector\n"
        + "\n".join(dict.fromkeys(alias_rows))
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(people_rows)} role rows -> {people_path}\n{len(set(alias_rows))} aliases -> {alias_path}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

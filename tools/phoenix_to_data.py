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


ORG_WORDS = re.compile(
    r"\b(Movement|Party|Front|Army|Council|Organi[sz]ation|Union|Liberation|Committee|Government|Forces|"
    r"Alliance|Brigades?|Ministry|Association|Group|Agency|Commission|Assembly|Congress|Federation)\b",
    re.IGNORECASE,
)
PEOPLE_OUT = ACTORS_DIR / "people" / "phoenix.tsv"
ALIASES_OUT = ACTORS_DIR / "state_aliases.phoenix.tsv"
GROUPS_OUT = ACTORS_DIR / "organisations.phoenix.tsv"


def groups(source: Path, kb_names: set[str], states: set[str], legacy: dict[str, str]) -> list[str]:
    """Armed and militant groups of Phoenix.MilNonState.actors.txt that dragoman's own file lacks."""
    rows = []
    by_actor = defaultdict(list)
    for entry in read_actors(source).entries:
        by_actor[entry.actor_id].append(entry)
    for actor_id, group in by_actor.items():
        names: list[str] = []
        for alias in dict.fromkeys(e.alias for e in group):
            bare = re.sub(r"\s*\([^)]*\)?", "", alias).strip(" -")
            names += [bare] if len(bare) >= 4 else []
            names += [a for a in re.findall(r"\(([A-Z][A-Z0-9.-]{2,})\)", alias.upper())]
        # A single word is only kept when it is an acronym: "Organization" or "Movement" alone names nobody.
        names = [n for n in dict.fromkeys(names) if fold(n) not in kb_names and (" " in n or n.isupper())]
        code = (group[0].cameo or "").upper()
        if not names or not re.fullmatch(r"[A-Z]{3}[A-Z0-9]*", code):
            continue
        if code[:3] in legacy:
            code = legacy[code[:3]] + code[3:]
        country = code[:3] if code[:3] in states else ""
        sector = code[3:6] if country else "REB"
        slug = "group:phoenix-" + actor_id.split(":", 1)[1][:60]
        rows.append(
            f"{slug}\tarmed_group\t{code}\t{country}\t{sector or 'REB'}\t{'|'.join(names)}\t\tPhoenix"
        )
    return rows


def main(source: Path) -> None:
    for old in (PEOPLE_OUT, ALIASES_OUT, GROUPS_OUT):  # compare with the curated files only
        old.unlink(missing_ok=True)
    kb = knowledge_base()
    states = {a.country for a in kb.actors.values() if a.kind in ("state", "territory")}
    known = {
        fold(e.alias) for e in kb.entries if e.kind in ("person", "name", "short", "capital", "adjective")
    }
    entries = read_actors(source)
    by_actor = defaultdict(list)
    for entry in entries.entries:
        by_actor[entry.actor_id].append(entry)
    # First names: a one-word name that is someone's first name (Hassan, Abdullah) never stands alone.
    given = {fold(e.alias.split()[0]) for e in [*entries.entries, *kb.entries] if len(e.alias.split()) >= 2}

    people_rows: list[str] = []
    alias_rows: list[str] = []
    for actor_id, group in by_actor.items():
        aliases = list(dict.fromkeys(e.alias for e in group))
        if not aliases or any(re.search(r"\d", a) for a in aliases[:1]):
            continue
        codes = {(e.cameo or "", e.start, e.end) for e in group}
        person = any(len(code) >= 6 and (start or end) for code, start, end in codes)
        if person and ORG_WORDS.search(aliases[0]):
            continue  # Phoenix files some movements among people (SPLM with dated codes)
        if person:
            if any(fold(a) in known for a in aliases):
                continue  # the curated people files have this person
            slug = "person:" + actor_id.split(":", 1)[1]
            canonical = aliases[0].split()
            # One word alone is kept only as the person's own one-word name (Suharto) or the surname of
            # their full name (Mubarak for Hosni Mubarak): not first names (Hassan) or places (Erbil).
            forms = [
                a
                for a in aliases
                if 2 <= len(a.split()) <= 6
                or (
                    len(a) >= 6
                    and not a.isupper()
                    and a in (aliases[0], canonical[-1])
                    and fold(a) not in given
                )
            ]
            # "Carlos Saul Menem" is mostly written "Carlos Menem"
            forms += [f"{a.split()[0]} {a.split()[-1]}" for a in forms if len(a.split()) >= 3]
            names = "|".join(dict.fromkeys(forms))
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

    people_path = PEOPLE_OUT
    people_path.write_text(
        NOTICE
        + "\n# role: the CAMEO sector of the dated code (GOV, ELI former official, OPP, MIL, ...); title_en empty.\n"
        + "person_id\tcountry\trole\ttitle_en\tstart\tend\tnames_en\tnames_fr\tnote\n"
        + "\n".join(people_rows)
        + "\n",
        encoding="utf-8",
    )
    alias_path = ALIASES_OUT
    alias_path.write_text(
        NOTICE
        + "\n# kind place: a city, region or other name Phoenix lists under a country (the country, no sector).\n"
        + "iso3\tlang\tkind\talias\tsector\n"
        + "\n".join(dict.fromkeys(alias_rows))
        + "\n",
        encoding="utf-8",
    )
    org_names = {fold(e.alias) for e in kb.entries if e.actor_id and not e.actor_id.startswith("state:")}
    group_rows = groups(source.parent / "Phoenix.MilNonState.actors.txt", org_names, states, kb.legacy_codes)
    GROUPS_OUT.write_text(
        NOTICE
        + "\n# From Phoenix.MilNonState.actors.txt: non-state armed and militant groups (kind armed_group).\n"
        + "id\tkind\tcameo\tcountry\tsector\tnames_en\tnames_fr\tnote\n"
        + "\n".join(group_rows)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(people_rows)} role rows -> {people_path}\n{len(set(alias_rows))} aliases -> {alias_path}")
    print(f"{len(group_rows)} groups -> {GROUPS_OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

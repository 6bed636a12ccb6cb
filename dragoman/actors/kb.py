"""The actor knowledge base: states, organisations, people with their offices, agents, titles and references.

Everything is read from data files, once per process:
- data/actors/states.tsv, data/actors/state_aliases*.tsv   states and their names, adjectives, capitals, seats
- data/actors/organisations.tsv                             IGOs, armed groups, parties, companies, NGOs, media
- data/actors/people/*.tsv                                  office-holders with the dates of each office
- lang/<iso>/agents.tsv, titles.tsv, references.tsv          common nouns, titles and back-references
and, for a store, the PETRARCH dictionaries a user imported into it (`dragoman actors import`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from dragoman.actors.matcher import FuzzyIndex, PhraseMatcher, fold, tokens
from dragoman.model import Actor, Role
from dragoman.resources import DATA_DIR, LANG_DIR, PACKAGE_DIR, read_tsv

ACTORS_DIR = DATA_DIR / "actors"
# Organisation ids in the files use their kind as prefix; the event schema calls them all org:slug.
ORG_PREFIXES = ("company:", "party:", "ngo:", "media:", "org:")
ROLE_SECTOR = {
    "HOS": "GOV",
    "HOG": "GOV",
    "VP": "GOV",
    "CP": "GOV",
    "FM": "GOV",
    "DM": "GOV",
    "FMSPOKES": "GOV",
}
STATE_KINDS = ("name", "short", "adjective", "demonym", "capital", "seat", "place", "ethnic")
OFFICES = ("HOS", "HOG", "VP", "CP", "FM", "DM", "FMSPOKES")


@dataclass(frozen=True, slots=True)
class Entry:
    """One alias of the knowledge base and what it stands for."""

    alias: str
    lang: str | None  # None: every language
    kind: str  # a STATE_KIND, an organisation kind, person, agent, title, possessive, pair
    actor_id: str | None  # None for agents, titles and references
    sector: str | None = None  # agents; seats of power (the Pentagon is MIL)
    value: str | None = (
        None  # titles: "title:president" or "role:FM"; agents: "other" or "named" (agents.tsv `of`)
    )
    start: date | None = None  # imported PETRARCH entries may hold only between these dates
    end: date | None = None
    cameo: str | None = None  # imported entries carry their own CAMEO code
    source: str = ""  # file:line


@dataclass
class KnowledgeBase:
    actors: dict[str, Actor] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)
    legacy_codes: dict[str, str] = field(default_factory=dict)  # old CAMEO country codes → ISO3
    _matchers: dict[str, PhraseMatcher[Entry]] = field(default_factory=dict)
    _people_by_country: dict[str, list[Actor]] = field(default_factory=dict)
    _fuzzy: dict[str, FuzzyIndex[str]] = field(default_factory=dict)
    _surnames: dict[str, set[str]] = field(default_factory=dict)
    _titles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # folded alias → its readings (actor id or "none") with their cue words, folded and tokenised
    ambiguous: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)

    def matcher(self, lang: str) -> PhraseMatcher[Entry]:
        """The phrase matcher for one language: its own aliases and the language-neutral ones."""
        if lang not in self._matchers:
            matcher: PhraseMatcher[Entry] = PhraseMatcher()
            for entry in self.entries:
                if entry.lang in (None, lang):
                    matcher.add(entry.alias, entry)
            self._matchers[lang] = matcher
        return self._matchers[lang]

    def fuzzy(self, lang: str) -> FuzzyIndex[str]:
        """Misspelling index of one language: the surnames of the curated office-holders (not the
        thousands of minor Phoenix entries, which would match anything) and one-word state names and
        demonyms, each to its actor id."""
        if lang not in self._fuzzy:
            index: FuzzyIndex[str] = FuzzyIndex()
            for entry in self.entries:
                if entry.lang not in (None, lang) or not entry.actor_id:
                    continue
                if entry.kind == "person" and len(entry.alias.split()) >= 2 and "phoenix" not in entry.source:
                    index.add(entry.alias.split()[-1], entry.actor_id)
                elif entry.kind in ("name", "demonym", "adjective") and " " not in entry.alias:
                    index.add(entry.alias, entry.actor_id)
            self._fuzzy[lang] = index
        return self._fuzzy[lang]

    def people_named(self, surname: str) -> set[str]:
        """Ids of the people whose name ends with this (folded) surname."""
        if not self._surnames:
            for entry in self.entries:
                words = entry.alias.split()
                if entry.kind == "person" and entry.actor_id and len(words) >= 2:
                    self._surnames.setdefault(fold(words[-1]), set()).add(entry.actor_id)
        return self._surnames.get(surname, set())

    def titles(self, lang: str) -> tuple[str, ...]:
        """The folded title phrases of a language ("president", "prime minister", ...)."""
        if lang not in self._titles:  # asked for every person named in every article: computed once
            self._titles[lang] = tuple(
                fold(e.alias) for e in self.entries if e.kind == "title" and e.lang in (None, lang)
            )
        return self._titles[lang]

    def state(self, iso3: str) -> Actor | None:
        return self.actors.get(f"state:{iso3}")

    def holders(
        self, country: str, day: date | None, *, role: str | None = None, title: str | None = None
    ) -> list[Actor]:
        """People holding an office of `country` on `day` (today's holders when the day is unknown)."""
        if not self._people_by_country:
            for actor in self.actors.values():
                for iso3 in {r.country for r in actor.roles}:
                    self._people_by_country.setdefault(iso3, []).append(actor)
        found = []
        for actor in self._people_by_country.get(country, ()):
            for r in actor.roles:
                if r.country != country or (role and r.role != role) or (title and r.title != title):
                    continue
                if (day is None and r.end is None) or (day is not None and r.holds_on(day)):
                    found.append(actor)
                    break
        return found

    def extended(self, actors: Iterable[Actor], entries: Iterable[Entry]) -> KnowledgeBase:
        """A copy with more actors and entries (a user's imported dictionaries)."""
        merged = dict(self.actors)
        for actor in actors:
            merged.setdefault(actor.id, actor)
        return KnowledgeBase(
            merged, [*self.entries, *entries], dict(self.legacy_codes), ambiguous=dict(self.ambiguous)
        )


def _where(path: Path, row: dict[str, str]) -> str:
    return f"{_relative(path)}:{row['_line']}"


@cache
def _relative(path: Path) -> Path:
    return path.relative_to(PACKAGE_DIR)  # (once a file: the knowledge base has 100,000 rows)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in cell.split("|") if a.strip())


def _day(cell: str) -> date | None:
    cell = cell.strip()
    return date.fromisoformat(cell) if cell else None


def _org_id(raw: str) -> str:
    for prefix in ORG_PREFIXES:
        if raw.startswith(prefix):
            return "org:" + raw[len(prefix) :]
    return raw


def _load_states(kb: KnowledgeBase) -> None:
    path = ACTORS_DIR / "states.tsv"
    for row in read_tsv(path):
        actor_id = f"state:{row['iso3']}"
        kb.actors[actor_id] = Actor(
            id=actor_id,
            kind=row["kind"] or "state",
            name=row["name_en"],
            country=row["iso3"],
            sector=None,
            cameo=row["cameo"] or row["iso3"],
            names={"en": (row["name_en"],), "fr": (row["name_fr"],)},
            source=_where(path, row),
        )
        for lang in ("en", "fr"):
            kb.entries.append(Entry(row[f"name_{lang}"], lang, "name", actor_id, source=_where(path, row)))
    for path in sorted(ACTORS_DIR.glob("state_aliases*.tsv")):
        for row in read_tsv(path):
            if row["kind"] not in STATE_KINDS or f"state:{row['iso3']}" not in kb.actors:
                continue
            kb.entries.append(
                Entry(
                    row["alias"],
                    row["lang"] or None,
                    row["kind"],
                    f"state:{row['iso3']}",
                    sector=row.get("sector") or None,
                    source=_where(path, row),
                )
            )
    path = ACTORS_DIR / "not_actors.tsv"
    for row in read_tsv(path):
        kb.entries.append(Entry(row["phrase"], row["lang"] or None, "none", None, source=_where(path, row)))
    path = ACTORS_DIR / "ambiguous.tsv"
    for row in read_tsv(path):
        cues = tuple(" ".join(t.folded for t in tokens(cue)) for cue in _split(row["cues"]))
        kb.ambiguous.setdefault(fold(row["alias"]), []).append((row["reading"], cues))
    legacy = ACTORS_DIR / "cameo_legacy.tsv"
    if legacy.exists():
        kb.legacy_codes.update({row["code"]: row["iso3"] for row in read_tsv(legacy)})


def _load_organisations(kb: KnowledgeBase) -> None:
    for path in sorted(ACTORS_DIR.glob("organisations*.tsv")):
        _load_organisation_file(kb, path)


def _load_organisation_file(kb: KnowledgeBase, path: Path) -> None:
    for row in read_tsv(path):
        actor_id = _org_id(row["id"])
        names = {"en": _split(row["names_en"]), "fr": _split(row["names_fr"])}
        canonical = (names["en"] or names["fr"] or (actor_id,))[0]
        kb.actors[actor_id] = Actor(
            id=actor_id,
            kind=row["kind"],
            name=canonical,
            country=row["country"] or None,
            sector=row["sector"] or None,
            cameo=row["cameo"] or None,
            names=names,
            source=_where(path, row),
        )
        for lang, aliases in names.items():
            for alias in aliases:
                kb.entries.append(Entry(alias, lang, row["kind"], actor_id, source=_where(path, row)))


def _load_people(kb: KnowledgeBase) -> None:
    roles: dict[str, list[Role]] = defaultdict(list)
    first: dict[str, tuple[dict[str, str], Path]] = {}
    for path in sorted((ACTORS_DIR / "people").glob("*.tsv")):
        for row in read_tsv(path):
            person = row["person_id"]
            roles[person].append(
                Role(row["country"], row["role"], row["title_en"], _day(row["start"]), _day(row["end"]))
            )
            first.setdefault(person, (row, path))
    for person, (row, path) in first.items():
        names = {"en": _split(row["names_en"]), "fr": _split(row["names_fr"])}
        ordered = tuple(sorted(roles[person], key=lambda r: r.start or date.min))
        kb.actors[person] = Actor(
            id=person,
            kind="person",
            name=(names["en"] or names["fr"] or (person,))[0],
            # (the state of the latest state office: an organisation's office is no country)
            country=next((r.country for r in reversed(ordered) if ":" not in r.country), None),
            sector="GOV",
            cameo=None,
            names=names,
            roles=ordered,
            source=_where(path, row),
        )
        seen: set[tuple[str, str]] = set()
        for lang, aliases in names.items():
            for alias in (variant for name in aliases for variant in name_variants(name)):
                if (lang, alias) not in seen:
                    seen.add((lang, alias))
                    kb.entries.append(Entry(alias, lang, "person", person, source=_where(path, row)))


_ARTICLE = re.compile(r"\b(al|el|Al|El)[- ](?=[A-Z])")


def name_variants(name: str) -> list[str]:
    """A name and its spellings with the Arabic article written the other ways news write it:
    `Omar al-Bashir` → `Omar el-Bashir`, `Omar al Bashir`, `Omar El Bashir`, `Omar Bashir`."""
    if not _ARTICLE.search(name):
        return [name]
    forms = [name]
    for article in ("al-", "el-", "al ", "el ", "Al-", "El-", "Al ", "El ", ""):
        forms.append(_ARTICLE.sub(article, name))
    return list(dict.fromkeys(f for f in forms if len(f.split()) >= 2 or f == name))


def _load_language_entries(kb: KnowledgeBase) -> None:
    for lang_dir in sorted(p for p in LANG_DIR.iterdir() if (p / "pack.tsv").exists()):
        lang = lang_dir.name
        path = lang_dir / "agents.tsv"
        for row in read_tsv(path) if path.exists() else ():
            kb.entries.append(
                Entry(
                    row["phrase"],
                    lang,
                    "agent",
                    None,
                    sector=row["sector"] or None,
                    value=row.get("of") or None,
                    source=_where(path, row),
                )
            )
        path = lang_dir / "titles.tsv"
        for row in read_tsv(path) if path.exists() else ():
            value = f"{row['match']}:{row['value']}"
            kb.entries.append(
                Entry(row["phrase"], lang, "title", None, value=value, source=_where(path, row))
            )
        path = lang_dir / "references.tsv"
        for row in read_tsv(path) if path.exists() else ():
            kb.entries.append(Entry(row["phrase"], lang, row["kind"], None, source=_where(path, row)))


@cache
def knowledge_base() -> KnowledgeBase:
    """The knowledge base of the package's data files, loaded once per process."""
    kb = KnowledgeBase()
    _load_states(kb)
    _load_organisations(kb)
    _load_people(kb)
    _load_language_entries(kb)
    return kb

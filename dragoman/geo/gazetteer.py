"""The gazetteer: places named in news text, found with the actors' phrase matcher and resolved by context.

Three kinds of place, all GeoNames-derived (CC BY 4.0) and shipped under `data/geo/` (built by
`tools/gazetteer_data.py`): cities of more than 15,000 inhabitants with their Latin-script names (which hold
the French and English ones: `Pékin`, `Moscou`, `Londres`), first-level regions (US states, and the regions
news name, `bande de Gaza`, `Cisjordanie`, `Donbass`), and countries (their French and English names are the
actor dictionary's, `data/actors/states.tsv` and `state_aliases.*.tsv`).

    gaz = gazetteer()
    mentions = gaz.places_in("Loukachenko est arrivé mardi à Pékin.", "fr")
    gaz.resolve(mentions[0], {"BLR"})  -> Place(name="Beijing", country_iso3="CHN", feature="city", ...)

A name several places share is resolved by the article's context first (Paris, Texas only when the United
States, or Texas, is in play; Tripoli in Lebanon when Lebanon is), then by kind (a country before a city
before a region: `Georgia`, `Washington`), then by size, a place's own name counting for more than a
former or foreign name of another (`Salem` is not Jerusalem, `Franklin` is not Columbus). A qualifier settles
it outright: `Paris, Texas`, `Tripoli (Lebanon)`.

Capitalisation decides most false friends (`reading` is no place); names that are also common words or given
names (`Reading`, `Nice` in English, `Jackson`, `Police`) need a word that introduces a place before them
(`in Reading`) or a qualifier, and so does a name followed by another capitalised word (`Lindsay Lohan`,
`Tara Reid`); names of newspapers and clubs (`New York Times`, `Real Madrid`) are no place.
"""

from __future__ import annotations

import gc
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal, NamedTuple

from dragoman.actors.matcher import TOKEN, Match, Token, _case_ok, case_rule, fold, tokens
from dragoman.resources import DATA_DIR, read_tsv

GEO_DIR = DATA_DIR / "geo"
MIN_NAME = 3
# How much smaller (log10 of population) a place in a country in play may be than the largest of its name
# and still win by that country: ten times.
COUNTRY_CONTEXT_SPAN = 1.0
PRIMARY_BONUS = 1.5  # in powers of ten of population: a place's own name beats another's old name 30 to 1
STATE_ALIAS_FILES = ("state_aliases.a-l.tsv", "state_aliases.m-z.tsv", "state_aliases.extra.tsv")
COUNTRY_NAME_KINDS = {"name", "short"}

Feature = Literal["city", "admin1", "country"]
FEATURE_RANK: dict[str, int] = {"country": 2, "city": 1, "admin1": 0}


@dataclass(frozen=True, slots=True)
class Place:
    """A place of the gazetteer. `admin1` holds the GeoNames first-level code(s) (`|`-separated) of a city
    or region; a country has none. A region made of several GeoNames regions has no geonameid."""

    name: str
    country_iso3: str | None
    lat: float
    lon: float
    geonameid: int | None
    feature: Feature
    population: int
    admin1: str = ""

    @property
    def country(self) -> str | None:
        """The ISO 3166-1 alpha-3 code (the name the actor resolver reads)."""
        return self.country_iso3

    @property
    def regions(self) -> frozenset[str]:
        """The context keys of the first-level regions the place lies in: `USA.TX`."""
        if not self.admin1 or not self.country_iso3:
            return frozenset()
        return frozenset(f"{self.country_iso3}.{code}" for code in self.admin1.split("|"))

    def within(self, other: Place) -> bool:
        """Whether this place lies in `other` (a country or a region)."""
        if self.country_iso3 != other.country_iso3 or self is other:
            return False
        return other.feature == "country" or bool(
            other.regions and self.regions and self.regions <= other.regions
        )


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place name found in text: character offsets, the text as written, every place it may name, and
    which of them it names by their own name (not a former or foreign one). `rule` says why it was kept:
    `name`, `qualified` (followed by the country or region it is in), `locative` (after a word that
    introduces a place, which a name that is also a common word or starts a person's name needs)."""

    start: int
    end: int
    text: str
    candidates: tuple[Place, ...]
    primary: frozenset[Place] = field(default_factory=frozenset)
    rule: str = "name"


# A name of the gazetteer: as written, folded, its language ("" for every language), the place (None for a
# phrase that is no place) and whether it is the place's own name. Plain tuples: 90,000 are made at load.
_Name = tuple[str, str, str, "Place | None", bool]


class _Entry(NamedTuple):
    """A name found in text: its language, the place (None: no place), whether it is the place's own name."""

    lang: str  # "" for every language
    place: Place | None  # None: a phrase that is no place (not_places.tsv)
    primary: bool


class Gazetteer:
    """Places by name: `places_in` finds them in text, `resolve` chooses among the places a name may be."""

    def __init__(
        self,
        places: Iterable[_Name],
        common_words: dict[str, set[str]],
        locatives: dict[str, set[str]],
    ) -> None:
        """`places`: (name, its fold, lang, place or None for a phrase that is no place, whether it is the
        place's own name); `common_words` and `locatives`: folded words by language ("" for every language)."""
        # folded tokens joined by tabs → (the name as written, its entry); the prefixes of the longer names
        # stop a scan early. A flat dict loads ten times faster than the actors' token trie, and
        # matches the same way: the longest name at each position, case checked as `matcher` does.
        self._index: dict[str, list[_Name]] = {}
        self._prefixes: set[str] = set()
        self._longest = 1
        for item in places:
            parts = TOKEN.findall(item[1])
            if not parts:
                continue
            self._index.setdefault("\t".join(parts), []).append(item)
            if len(parts) > 1:
                self._longest = max(self._longest, len(parts))
                for n in range(1, len(parts)):
                    self._prefixes.add("\t".join(parts[:n]))
        self._common = common_words
        self._locatives = locatives

    def places_in(self, text: str, lang: str) -> list[PlaceMention]:
        """The place names of `text` (in language `lang`, `fr` or `en`), left to right, longest first."""
        toks = tokens(text)
        matches = list(self._find(text, toks, lang))
        mentions = []
        for i, match in enumerate(matches):
            entries = match.value
            if any(e.place is None for e in entries):
                continue  # a newspaper, a club: no place
            places = _unique(e.place for e in entries if e.place is not None)
            primary = frozenset(e.place for e in entries if e.primary and e.place is not None)
            qualifier = _qualifier(matches, i, toks)
            rule = "name"
            if qualifier:
                inside = tuple(p for p in places if any(p.within(q) for q in qualifier))
                if inside:
                    places, rule = inside, "qualified"
            surface = text[match.start : match.end]
            after_locative = self._after_locative(toks, match.first, lang)
            if rule == "name" and not after_locative:
                if self._is_common(surface, lang) or _before_a_name(text, toks, match, matches[i + 1 :]):
                    continue
            elif rule == "name":
                rule = "locative"
            mentions.append(
                PlaceMention(match.start, match.end, surface, places, primary & set(places), rule)
            )
        return mentions

    def resolve(self, mention: PlaceMention, context_countries: set[str]) -> Place | None:
        """The place `mention` names: the candidate in the context (ISO3 codes, and region keys such as
        `USA.TX` for the regions in play, see `context_of`), then the country before a city before a
        region, then the largest (a place's own name weighing 30 to 1 against another's former name)."""
        if not mention.candidates:
            return None
        weights = {p: _weight(p, p in mention.primary) for p in mention.candidates}
        largest = max(weights.values())
        # a country in play picks among places of like size (Tripoli, Lebanon or Libya), not a town over a
        # capital: "Paris" in an article that names Washington is still Paris, France; Paris, Texas needs Texas
        return max(
            mention.candidates,
            key=lambda p: (
                bool(p.regions & context_countries),
                p.country_iso3 in context_countries and weights[p] >= largest - COUNTRY_CONTEXT_SPAN,
                FEATURE_RANK[p.feature],
                weights[p],
            ),
        )

    def context_of(self, mentions: Iterable[PlaceMention]) -> set[str]:
        """The countries and regions an article's place names settle by themselves: every ISO3 code a
        mention's candidates all share, and the region keys of the regions named."""
        context: set[str] = set()
        for mention in mentions:
            countries = {p.country_iso3 for p in mention.candidates}
            if len(countries) == 1 and None not in countries:
                context |= {c for c in countries if c}
                regions = [p for p in mention.candidates if p.feature == "admin1"]
                if len(regions) == len(mention.candidates):
                    context |= set().union(*(p.regions for p in regions))
        return context

    def candidates(self, name: str) -> tuple[tuple[Place, bool], ...]:
        """Every place called `name` (case and accents folded), with whether it is the place's own name; none for a
        name that data/geo/not_places.tsv says is no place ("Asia" is a continent, not a town of the Philippines)."""
        seen: dict[Place, bool] = {}
        for _, _, _, place, primary in self._index.get("\t".join(TOKEN.findall(fold(name))), []):
            if place is None:
                return ()
            seen[place] = seen.get(place, False) or primary
        return tuple(seen.items())

    def _find(self, text: str, toks: list[Token], lang: str) -> Iterator[Match[list[_Entry]]]:
        """The longest name of language `lang` (or of every language) at each position, left to right."""
        i = 0
        while i < len(toks):
            best: Match[list[_Entry]] | None = None
            key = ""
            for j in range(i, min(len(toks), i + self._longest)):
                key = toks[j].folded if j == i else f"{key}\t{toks[j].folded}"
                found = self._index.get(key)
                if found:
                    surface = text[toks[i].start : toks[j].end]
                    entries = [
                        _Entry(name_lang, place, primary)
                        for name, _, name_lang, place, primary in found
                        if name_lang in ("", lang) and _case_ok(surface, name, case_rule(name))
                    ]
                    if entries:
                        best = Match(toks[i].start, toks[j].end, i, j + 1, entries)
                if key not in self._prefixes:
                    break
            if best is None:
                i += 1
                continue
            yield best
            i = best.last

    def _is_common(self, surface: str, lang: str) -> bool:
        key = fold(surface)
        return key in self._common.get("", set()) or key in self._common.get(lang, set())

    def _after_locative(self, toks: list[Token], first: int, lang: str) -> bool:
        j = first - 1
        if j >= 1 and toks[j].folded == "'":
            j -= 1  # d'Anbar, l'Ituri
        return j >= 0 and toks[j].folded in self._locatives.get(lang, set())


def _before_a_name(
    text: str, toks: list[Token], match: Match[list[_Entry]], later: list[Match[list[_Entry]]]
) -> bool:
    """Whether the name is the first of a person's or an organisation's (`Lindsay Lohan`, `Tara Reid`,
    `Lafayette Police`): a capitalised word, no place itself, follows on the same line. A name in capitals
    (a dateline, `BEIJING French luxury ...`) is kept."""
    if match.last >= len(toks) or text[match.start : match.end].isupper():
        return False
    following = toks[match.last]
    if not following.text[:1].isupper() or not following.text.isalpha():
        return False
    same_line = "\n" not in text[match.end : following.start]
    a_place_follows = bool(later) and later[0].first == match.last
    return same_line and not a_place_follows


def _unique(places: Iterable[Place]) -> tuple[Place, ...]:
    return tuple(dict.fromkeys(places))


def _qualifier(matches: list[Match[list[_Entry]]], i: int, toks: list[Token]) -> tuple[Place, ...]:
    """The countries and regions named right after match `i` as its qualifier: `Paris, Texas`,
    `Tripoli (Lebanon)`."""
    if i + 1 >= len(matches):
        return ()
    here, after = matches[i], matches[i + 1]
    if here.last >= len(toks) or toks[here.last].text not in {",", "("} or after.first != here.last + 1:
        return ()
    return tuple(
        e.place for e in after.value if e.place is not None and e.place.feature in ("country", "admin1")
    )


def _weight(place: Place, primary: bool) -> float:
    return math.log10(place.population + 1) + (PRIMARY_BONUS if primary else 0.0)


def _split(value: str) -> list[str]:
    return [v for v in value.split("|") if v]


def _float(value: str) -> float:
    return float(value)


def _cities(path: Path) -> Iterable[_Name]:
    # read_tsv's cache would keep 34,000 row dicts alive next to the places made from them (30 MiB)
    for row in read_tsv.__wrapped__(path):
        place = Place(
            name=row["name"],
            country_iso3=row["country"] or None,
            lat=_float(row["lat"]),
            lon=_float(row["lon"]),
            geonameid=int(row["geonameid"]),
            feature="city",
            population=int(row["population"]),
            admin1=row["admin1"],
        )
        own = fold(place.name)
        if len(place.name) >= MIN_NAME and place.name[:1].isupper():
            yield place.name, own, "", place, True
        if row["names"]:
            # fold keeps one character for one, so the folded column splits as the column does;
            # the ASCII spelling of the name is the name: Bogota is Bogotá
            for name, folded in zip(row["names"].split("|"), fold(row["names"]).split("|"), strict=True):
                yield name, folded, "", place, folded == own


def _regions(path: Path) -> Iterable[_Name]:
    for row in read_tsv(path):
        place = Place(
            name=row["name"],
            country_iso3=row["country"],
            lat=_float(row["lat"]),
            lon=_float(row["lon"]),
            geonameid=int(row["geonameid"]) if row["geonameid"] else None,
            feature="admin1",
            population=int(row["population"]),
            admin1=row["admin1"],
        )
        for lang in ("en", "fr"):
            for name in _split(row[f"names_{lang}"]):
                yield name, fold(name), lang, place, True


def _countries(path: Path, region_names: dict[str, set[str]]) -> Iterable[_Name]:
    """Countries with the actor dictionary's names for them; a name that is also one of the country's own
    regions (`Scotland`, `England` in the dictionary as GBR) is left to the region."""
    places = {}
    for row in read_tsv(path):
        places[row["iso3"]] = Place(
            name=row["iso3"],
            country_iso3=row["iso3"],
            lat=_float(row["lat"]),
            lon=_float(row["lon"]),
            geonameid=int(row["geonameid"]),
            feature="country",
            population=int(row["population"]),
        )
    actors = DATA_DIR / "actors"
    names: list[tuple[str, str, str]] = []
    for row in read_tsv(actors / "states.tsv"):
        names += [(row["iso3"], "en", row["name_en"]), (row["iso3"], "fr", row["name_fr"])]
        if row["iso3"] in places:  # the English short name is the place's name
            places[row["iso3"]] = _renamed(places[row["iso3"]], row["name_en"])
    for file in STATE_ALIAS_FILES:
        names += [
            (r["iso3"], r["lang"], r["alias"])
            for r in read_tsv(actors / file)
            if r["kind"] in COUNTRY_NAME_KINDS
        ]
    for iso3, lang, name in names:
        if iso3 in places and name and fold(name) not in region_names.get(iso3, set()):
            yield name, fold(name), lang, places[iso3], True


def _renamed(place: Place, name: str) -> Place:
    return Place(
        name, place.country_iso3, place.lat, place.lon, place.geonameid, place.feature, place.population
    )


def _words(path: Path, column: str) -> dict[str, set[str]]:
    words: dict[str, set[str]] = {}
    for row in read_tsv(path):
        words.setdefault(row["lang"], set()).add(fold(row[column]))
    return words


def _phrases(path: Path) -> Iterable[_Name]:
    for row in read_tsv(path):
        yield row["phrase"], fold(row["phrase"]), row["lang"], None, False


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, built once per process (about half a second: the garbage collector is paused
    while 90,000 names are indexed, as it would otherwise rescan them again and again)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return _build()
    finally:
        if paused:
            gc.enable()


def _build() -> Gazetteer:
    regions = list(_regions(GEO_DIR / "admin1.tsv"))
    region_names: dict[str, set[str]] = {}
    for _, folded, _, place, _ in regions:
        if place is not None and place.country_iso3:
            region_names.setdefault(place.country_iso3, set()).add(folded)
    places = [
        *_countries(GEO_DIR / "countries.tsv", region_names),
        *regions,
        *_cities(GEO_DIR / "cities.tsv"),
        *_phrases(GEO_DIR / "not_places.tsv"),
    ]
    return Gazetteer(
        places, _words(GEO_DIR / "common_words.tsv", "name"), _words(GEO_DIR / "locatives.tsv", "word")
    )


@cache
def _venues() -> frozenset[str]:
    return frozenset(fold(row["name"]) for row in read_tsv(GEO_DIR / "venues.tsv"))


def is_venue(name: str) -> bool:
    """A city that hosts international bodies and other states' talks (data/geo/venues.tsv): a meeting held there
    is aimed at no one by the place alone."""
    return fold(name) in _venues()


def lookup(name: str, named: frozenset[str] = frozenset()) -> Place | None:
    """The place called `name` (case and accents folded) when nothing else is known: a country before a
    city before a region, then the largest, a place's own name before another's former name. None if none.
    `named`: the countries the text names otherwise; when the places so called are in several countries and
    one of them only is named, that one's ("le parquet de Brest" in a story on Brittany is not Belarus's)."""
    found = gazetteer().candidates(name)
    if not found:
        return None
    countries = {place.country_iso3 for place, _ in found}
    if len(countries) > 1 and len(countries & named) == 1:
        kept = tuple(pair for pair in found if pair[0].country_iso3 in named)
        # (by its own name, not another's: "Québec" in a story that names the United States is not New Britain,
        # Connecticut, which GeoNames also calls so; unless the other name is a larger place's than any so called
        # by its own: "le parquet de Brunswick" in a story on Germany is Braunschweig's)
        largest = max((place.population for place, primary in found if primary), default=-1)
        if any(primary for _, primary in kept) or max(place.population for place, _ in kept) > largest:
            found = kept
    return max(found, key=lambda pair: (FEATURE_RANK[pair[0].feature], _weight(pair[0], pair[1])))[0]

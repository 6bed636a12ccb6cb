"""The gazetteer on sentences written for these tests: French and English names, ambiguous names resolved by
context, regions and countries, and false friends that must not read as places."""

from __future__ import annotations

import pytest

from dragoman.geo.gazetteer import Gazetteer, Place, PlaceMention, gazetteer, lookup


@pytest.fixture(scope="module")
def geo() -> Gazetteer:
    return gazetteer()


def resolved(
    geo: Gazetteer, text: str, lang: str, context: set[str] | None = None
) -> list[tuple[str, Place]]:
    """Each place mention of `text` with the place it resolves to, in the text's own context plus `context`."""
    mentions = geo.places_in(text, lang)
    ctx = geo.context_of(mentions) | (context or set())
    out = []
    for mention in mentions:
        place = geo.resolve(mention, ctx)
        assert place is not None
        out.append((mention.text, place))
    return out


def named(geo: Gazetteer, text: str, lang: str, surface: str, context: set[str] | None = None) -> Place:
    found = [p for s, p in resolved(geo, text, lang, context) if s == surface]
    assert found, f"{surface!r} not found as a place in {text!r}: {resolved(geo, text, lang, context)}"
    return found[0]


# (sentence, lang, the name as written, the place's name, its country, its kind)
CASES = [
    ("Loukachenko est arrivé mardi à Pékin pour une visite d'État.", "fr", "Pékin", "Beijing", "CHN", "city"),
    ("Le ministre s'est rendu à Moscou la semaine dernière.", "fr", "Moscou", "Moscow", "RUS", "city"),
    ("Le sommet se tiendra à Londres en juin.", "fr", "Londres", "London", "GBR", "city"),
    ("Des manifestations ont eu lieu à Varsovie samedi.", "fr", "Varsovie", "Warsaw", "POL", "city"),
    ("Le Caire a accueilli les négociateurs.", "fr", "Le Caire", "Cairo", "EGY", "city"),
    ("Une explosion a secoué Beyrouth mardi soir.", "fr", "Beyrouth", "Beirut", "LBN", "city"),
    ("Les combats se poursuivent autour de Bakhmout.", "fr", "Bakhmout", "Bakhmut", "UKR", "city"),
    ("La délégation est partie d'Addis-Abeba hier.", "fr", "Addis-Abeba", "Addis Ababa", "ETH", "city"),
    ("Les pourparlers reprennent à Genève.", "fr", "Genève", "Geneva", "CHE", "city"),
    ("Le navire a accosté à La Havane.", "fr", "La Havane", "Havana", "CUB", "city"),
    (
        "Des frappes aériennes sur le sud de la bande de Gaza ont fait dix morts.",
        "fr",
        "bande de Gaza",
        "Gaza Strip",
        "PSE",
        "admin1",
    ),
    ("L'armée a mené un raid en Cisjordanie.", "fr", "Cisjordanie", "West Bank", "PSE", "admin1"),
    ("De nouveaux bombardements ont frappé le Donbass.", "fr", "Donbass", "Donbas", "UKR", "admin1"),
    ("La Crimée a été annexée en 2014.", "fr", "Crimée", "Crimea", "UKR", "admin1"),
    ("Des inondations ont touché la Californie.", "fr", "Californie", "California", "USA", "admin1"),
    ("Le président s'est rendu en Allemagne.", "fr", "Allemagne", "Germany", "DEU", "country"),
    (
        "Les États-Unis ont annoncé de nouvelles sanctions.",
        "fr",
        "États-Unis",
        "United States",
        "USA",
        "country",
    ),
    ("Le Royaume-Uni a rappelé son ambassadeur.", "fr", "Royaume-Uni", "United Kingdom", "GBR", "country"),
    ("Des violences ont éclaté en RDC.", "fr", "RDC", "Democratic Republic of the Congo", "COD", "country"),
    ("Les rebelles ont pris Goma, dans le Nord-Kivu.", "fr", "Nord-Kivu", "North Kivu", "COD", "admin1"),
    (
        "The two leaders met near San Francisco on Wednesday.",
        "en",
        "San Francisco",
        "San Francisco",
        "USA",
        "city",
    ),
    ("Air strikes hit the southern Gaza Strip overnight.", "en", "Gaza Strip", "Gaza Strip", "PSE", "admin1"),
    ("Settler attacks in the West Bank rose sharply.", "en", "West Bank", "West Bank", "PSE", "admin1"),
    ("Troops crossed into Texas from Mexico.", "en", "Texas", "Texas", "USA", "admin1"),
    ("Protesters gathered in Kyiv on Sunday.", "en", "Kyiv", "Kyiv", "UKR", "city"),
    ("The old spelling Kiev still appears in archives.", "en", "Kiev", "Kyiv", "UKR", "city"),
    ("Talks in Scotland ended without a deal.", "en", "Scotland", "Scotland", "GBR", "admin1"),
    ("A bomb exploded in Mosul, killing four.", "en", "Mosul", "Mosul", "IRQ", "city"),
    ("He returned to Washington to brief Congress.", "en", "Washington", "Washington", "USA", "city"),
    ("Fighting spread across Darfur last month.", "en", "Darfur", "Darfur", "SDN", "admin1"),
    ("BEIJING French luxury brands reported higher sales.", "en", "BEIJING", "Beijing", "CHN", "city"),
]


@pytest.mark.parametrize(("text", "lang", "surface", "name", "country", "feature"), CASES)
def test_places(
    geo: Gazetteer, text: str, lang: str, surface: str, name: str, country: str, feature: str
) -> None:
    place = named(geo, text, lang, surface)
    assert (place.name, place.country_iso3, place.feature) == (name, country, feature)
    assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180


# (sentence, lang, the name, the country it must resolve to, extra context given by the caller)
AMBIGUOUS = [
    ("Clashes in Tripoli left five dead.", "en", "Tripoli", "LBY", set()),
    ("Clashes in Tripoli left five dead, the Lebanese army said.", "en", "Tripoli", "LBN", {"LBN"}),
    ("Des heurts à Tripoli, dans le nord du Liban, ont fait deux morts.", "fr", "Tripoli", "LBN", set()),
    ("Tripoli, Lebanon, saw fresh fighting.", "en", "Tripoli", "LBN", set()),
    ("The storm hit Paris on Tuesday.", "en", "Paris", "FRA", set()),
    ("The storm hit Paris, Texas, on Tuesday.", "en", "Paris", "USA", set()),
    ("Tornadoes swept across Texas and hit Paris hard.", "en", "Paris", "USA", set()),
    ("Georgia's governor spoke in Atlanta.", "en", "Georgia", "USA", set()),
    ("Russian troops entered Georgia in 2008.", "en", "Georgia", "GEO", set()),
    ("Clashes erupted in Alexandria overnight.", "en", "Alexandria", "EGY", set()),
    ("A shooting in Alexandria, Virginia, left two hurt.", "en", "Alexandria", "USA", set()),
    ("Protesters marched in Canton, Ohio, against the plant.", "en", "Canton", "USA", set()),
    ("The mayor of London spoke.", "en", "London", "GBR", set()),
    ("The mayor of London, Ontario, spoke.", "en", "London", "CAN", set()),
    ("Salem police arrested two men.", "en", "Salem", "IND", set()),
]


@pytest.mark.parametrize(("text", "lang", "surface", "country", "context"), AMBIGUOUS)
def test_ambiguous_names(
    geo: Gazetteer, text: str, lang: str, surface: str, country: str, context: set[str]
) -> None:
    assert named(geo, text, lang, surface, context).country_iso3 == country


# Words that are also names of places and must not be read as places here.
FALSE_FRIENDS = [
    ("Nice to meet you, she said.", "en", "Nice"),
    ("Reading between the lines, the deal is weak.", "en", "Reading"),
    ("Mobile phones were banned at the meeting.", "en", "Mobile"),
    ("Police said three people were hurt.", "en", "Police"),
    ("Bath salts were found at the scene.", "en", "Bath"),
    ("Split decisions are common in this court.", "en", "Split"),
    ("Union leaders called a strike.", "en", "Union"),
    ("Jackson said the vote would go ahead.", "en", "Jackson"),
    ("Lindsay Lohan checked into a clinic.", "en", "Lindsay"),
    ("Tara Reid entered rehab.", "en", "Tara"),
    ("The New York Times reported the deal.", "en", "New York"),
    ("The Washington Post reported the deal.", "en", "Washington"),
    ("Paris Saint-Germain won the match.", "fr", "Paris"),
    ("Tours et détours de la diplomatie.", "fr", "Tours"),
    ("Police et gendarmerie ont été déployées.", "fr", "Police"),
    ("Can the talks succeed?", "en", "Can"),
    ("Most of the delegates left early.", "en", "Most"),
    ("The Promises Treatment Center declined to comment.", "en", "Center"),
    ("the reading of the text, a nice day, a split vote", "en", "reading"),
    ("le sens de la décision", "fr", "sens"),
    ("Sur le terrain, les combats continuent.", "fr", "Sur"),
    ("Celle-ci a été rejetée.", "fr", "Celle"),
    ("Durant la nuit, trois obus sont tombés.", "fr", "Durant"),
    ("Mine workers went on strike.", "en", "Mine"),
    ("Say what you will about the plan.", "en", "Say"),
]


@pytest.mark.parametrize(("text", "lang", "word"), FALSE_FRIENDS)
def test_false_friends(geo: Gazetteer, text: str, lang: str, word: str) -> None:
    assert word not in [m.text for m in geo.places_in(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "surface", "name"),
    [
        ("The attack in Nice killed 86 people.", "en", "Nice", "Nice"),
        ("He lives in Reading, near London.", "en", "Reading", "Reading"),
        ("A hurricane struck Mobile, Alabama.", "en", "Mobile", "Mobile"),
        ("Il a grandi à Tours.", "fr", "Tours", "Tours"),
        ("The couple flew to Lindsay, California.", "en", "Lindsay", "Lindsay"),
    ],
)
def test_false_friends_as_places(geo: Gazetteer, text: str, lang: str, surface: str, name: str) -> None:
    """A common word is a place after a word that introduces one, or with its region."""
    assert named(geo, text, lang, surface).name == name


def test_mention_offsets_and_rule(geo: Gazetteer) -> None:
    text = "Des frappes sur Naplouse et Hébron."
    mentions = geo.places_in(text, "fr")
    assert [(m.text, text[m.start : m.end]) for m in mentions] == [
        ("Naplouse", "Naplouse"),
        ("Hébron", "Hébron"),
    ]
    assert mentions[0].rule == "locative"  # after "sur"
    assert all(isinstance(m, PlaceMention) and m.candidates for m in mentions)


def test_qualifier_narrows_candidates(geo: Gazetteer) -> None:
    mention = geo.places_in("He grew up in Paris, Texas.", "en")[0]
    assert mention.rule == "qualified"
    assert {p.country_iso3 for p in mention.candidates} == {"USA"}


def test_never_a_capital_for_a_country(geo: Gazetteer) -> None:
    """A country resolves to the country (its centre), never to its capital."""
    china = named(geo, "La Chine a refusé de critiquer l'invasion.", "fr", "Chine")
    beijing = named(geo, "à Pékin", "fr", "Pékin")
    assert china.feature == "country" and china.geonameid != beijing.geonameid
    assert (china.lat, china.lon) != (beijing.lat, beijing.lon)


def test_context_of_keeps_only_settled_countries(geo: Gazetteer) -> None:
    mentions = geo.places_in("From Paris to Texas and on to Moscou.", "en")
    context = geo.context_of(mentions)
    assert "USA" in context and "USA.TX" in context
    assert "FRA" not in context  # Paris alone does not settle its country


def test_language_of_names(geo: Gazetteer) -> None:
    """A French country name is read in French text; the English text gets the English name."""
    assert [m.text for m in geo.places_in("en Allemagne", "fr")] == ["Allemagne"]
    assert [m.text for m in geo.places_in("in Germany", "en")] == ["Germany"]


def test_lookup_keeps_the_resolver_contract() -> None:
    """`lookup` (used by the actor resolver) gives a place with a country for a known name, None otherwise."""
    samarra = lookup("Samarra")
    assert samarra is not None and samarra.country == "IRQ" and samarra.geonameid > 0
    texas = lookup("Texas")
    assert texas is not None and texas.country == "USA"
    assert lookup("Xqzvv") is None


def test_a_country_the_text_names_picks_among_places_of_that_name_not_among_other_names() -> None:
    brest = lookup("Brest", frozenset({"FRA"}))
    assert brest is not None and brest.country == "FRA"
    # (GeoNames gives "Québec" as another name of New Britain, Connecticut: a story naming the US is no reason)
    quebec = lookup("Québec", frozenset({"USA"}))
    assert quebec is not None and quebec.country == "CAN"
    # (but another name of a larger place than any so called by its own is that place's: Braunschweig)
    brunswick = lookup("Brunswick", frozenset({"DEU"}))
    assert brunswick is not None and brunswick.country == "DEU"


def test_built_once() -> None:
    """Loading is measured in bench/geo.py; the gazetteer is built once per process."""
    assert gazetteer() is gazetteer()


def test_a_continent_is_no_town_of_its_name() -> None:
    # GeoNames has a town called Asia in the Philippines; not_places.tsv says the name is no one place
    assert lookup("Asia") is None and lookup("Afrique") is None

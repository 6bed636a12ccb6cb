"""The event coder on sentences written for these tests, and the event schema."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from dragoman.actors import resolve, resolve_article
from dragoman.coding import code_events
from dragoman.coding.lexicon import lexicon
from dragoman.counts import Counts
from dragoman.model import Article, Event, Mention, RawDocument
from dragoman.nlp import parse
from dragoman.pipeline import prepare
from tests.conftest import SHARED

if TYPE_CHECKING:
    from spacy.tokens import Doc


def parsed(text: str, lang: str, day: date) -> tuple[Article, Doc]:
    article = prepare(RawDocument("t", "t", text, lang_hint=lang), Counts(), default_date=day)
    assert article is not None
    [doc] = parse([article])
    resolve_article(article, doc)
    return article, doc


def events_of(text: str, lang: str, day: date = date(2024, 3, 5)) -> list[Event]:
    return code_events(*parsed(text, lang, day))


def target_country(event: Event) -> str | None:
    return event.target.country if event.target else None


def target_code(event: Event) -> str | None:
    return event.target.cameo if event.target else None


def has(events: list[Event], source: str, root: str, target: str | None, modality: str = "asserted") -> bool:
    return any(
        e.source.country == source
        and e.cameo_root == root
        and target_country(e) == target
        and e.modality == modality
        for e in events
    )


@pytest.mark.parametrize(
    ("text", "lang", "source", "root", "target", "modality"),
    [
        (
            "The European Union imposed new sanctions on Belarus on Monday.",
            "en",
            None,
            "16",
            "BLR",
            "asserted",
        ),
        (
            "L'Union européenne a imposé lundi de nouvelles sanctions à la Biélorussie.",
            "fr",
            None,
            "16",
            "BLR",
            "asserted",
        ),
        ("Chinese President Xi Jinping visited Moscow on Tuesday.", "en", "CHN", "04", "RUS", "asserted"),
        ("Le président chinois Xi Jinping s'est rendu mardi à Moscou.", "fr", "CHN", "04", "RUS", "asserted"),
        ("Turkish police arrested 40 protesters in Istanbul.", "en", "TUR", "17", "TUR", "asserted"),
        ("Russia refused to condemn the attack on Ukraine.", "en", "RUS", "11", "UKR", "negated"),
        ("La Russie a refusé de condamner l'attaque contre l'Ukraine.", "fr", "RUS", "11", "UKR", "negated"),
        # a negation on an adverb of the verb, or on the subject, negates the act
        ("Paris did not even ever criticize Moscow over the invasion.", "en", "FRA", "11", "RUS", "negated"),
        (
            "Neither Hungary nor Slovakia condemned the attack on Ukraine.",
            "en",
            "SVK",
            "11",
            "UKR",
            "negated",
        ),
        # a negation that restricts ("not only", "pas seulement", "ne ... que") leaves the act done
        ("Not only Iran but also Syria condemned the Israeli strike.", "en", "SYR", "11", "ISR", "asserted"),
        (
            "France did not merely condemn Russia; it expelled its diplomats.",
            "en",
            "FRA",
            "11",
            "RUS",
            "asserted",
        ),
        ("La France n'a pas seulement condamné la Russie.", "fr", "FRA", "11", "RUS", "asserted"),
        ("La Russie n'a attaqué que des cibles militaires en Ukraine.", "fr", "RUS", "19", "UKR", "asserted"),
        # no party is in a phrase that dates the act, and doers placed in their own land take from it
        (
            "Protesters in Hong Kong took over a major highway on Sunday, on the eve of the anniversary of the "
            "territory's return to China.",
            "en",
            "HKG",
            "19",
            "HKG",
            "asserted",
        ),
        (
            "Protesters in Hong Kong took over key roads on Monday amid rising tensions with China.",
            "en",
            "HKG",
            "19",
            "HKG",
            "asserted",
        ),
        # one's own envoy recalled: aimed where it was posted (another's expelled: at whose it is)
        ("Iran recalled its ambassador from Israel.", "en", "IRN", "16", "ISR", "asserted"),
        ("L'Iran a rappelé son ambassadeur en Israël.", "fr", "IRN", "16", "ISR", "asserted"),
        # a place captured, seized or taken is occupied, also in the passive; on the brink of it, it may be
        (
            "Syrian rebels captured the stadium and the hospital in Raqqa.",
            "en",
            "SYR",
            "19",
            "SYR",
            "asserted",
        ),
        ("Syrian rebels took the town of Tal Abyad on Sunday.", "en", "SYR", "19", "SYR", "asserted"),
        ("Mosul was captured by Iraqi forces in July.", "en", "IRQ", "19", "IRQ", "asserted"),
        (
            "The Taliban are on the brink of capturing Kabul, Afghan officials said.",
            "en",
            "AFG",
            "19",
            "AFG",
            "possible",
        ),
        # those who underwent it, named without a country, are of the doers' country
        ("Des manifestants ont été arrêtés par la police turque.", "fr", "TUR", "17", "TUR", "asserted"),
        # a state named as a party is not where a town is taken; militia within a state are of it
        (
            "Even as the rebels negotiated with Russia for some limited protection, Syrian troops were taking other "
            "towns in the area.",
            "en",
            "SYR",
            "19",
            "SYR",
            "asserted",
        ),
        (
            "Turkish-US relations have been strained over US assistance to Kurdish militia within Syria.",
            "en",
            "USA",
            "07",
            "SYR",
            "asserted",
        ),
        # "whether or not": a question, no negation
        (
            "It is not clear whether or not the Taliban has received any assistance from Russia.",
            "en",
            "RUS",
            "07",
            "AFG",
            "possible",
        ),
        # what one sees others do is theirs
        (
            "Des témoins ont vu la police tchadienne frapper les manifestants.",
            "fr",
            "TCD",
            "19",
            "TCD",
            "asserted",
        ),
        # strikes one will not join are none ("any" under a negated verb)
        (
            "Germany will not join any military strikes against the Syrian government.",
            "en",
            "DEU",
            "19",
            "SYR",
            "negated",
        ),
        # armed forces going into another state
        ("Russian troops crossed into Ukraine on Thursday.", "en", "RUS", "19", "UKR", "asserted"),
        ("Les troupes russes sont entrées en Ukraine jeudi.", "fr", "RUS", "19", "UKR", "asserted"),
        # no other state is taken from where the doers' own phrase names it
        (
            "The city was retaken by forces fighting on behalf of the Assad regime, including Iraqi militia units "
            "and Hezbollah from Lebanon.",
            "en",
            "SYR",
            "19",
            "SYR",
            "asserted",
        ),
        # a rapprochement struck is no strike
        ("Ankara has struck a rapprochement with Damascus.", "en", "TUR", "05", "SYR", "asserted"),
        # an onslaught is an assault
        (
            "Israel's onslaught against Hamas in Gaza continued on Monday.",
            "en",
            "ISR",
            "19",
            "PSE",
            "asserted",
        ),
        # rebels, police, civilians named after a state are of the place right after them, if it says so
        # ... or of where they strike, named with whom they strike ("police officers in Mali")
        ("Rebels killed five police officers in Mali on Monday.", "en", "MLI", "19", "MLI", "asserted"),
        ("Maoists shot dead two policemen in Chhattisgarh on Friday.", "en", "IND", "19", "IND", "asserted"),
        ("Des maoïstes ont tué cinq policiers en Inde lundi.", "fr", "IND", "19", "IND", "asserted"),
        (
            "U.S. warplanes struck Islamist militants in western Libya on Friday.",
            "en",
            "USA",
            "19",
            "LBY",
            "asserted",
        ),
        (
            "L'armée française a tué des jihadistes dans le nord du Mali.",
            "fr",
            "FRA",
            "19",
            "MLI",
            "asserted",
        ),
        # an attack made by a piece of discourse is criticism; an apology offered is one
        ("Russia ran television ads attacking Ukraine's president.", "en", "RUS", "11", "UKR", "asserted"),
        ("Japan offered South Korea an apology on Monday.", "en", "JPN", "05", "KOR", "asserted"),
        # "in no way", "under no circumstances" negate; a phrasal verb's particle is one ("gave in to")
        ("France will in no way allow an escalation by Iran.", "en", "FRA", "03", "IRN", "negated"),
        ("Chad's rebels gave in to French demands on Monday.", "en", "TCD", "08", "FRA", "asserted"),
        # the holder named beside a title the context alone resolved
        (
            "Theresa May met Vladimir Putin. The prime minister, Theresa May, then spoke to Emmanuel Macron.",
            "en",
            "GBR",
            "04",
            "FRA",
            "asserted",
        ),
        # what hangs on "if" did not happen; a plateau captured is territory taken
        ("If Turkey is to attack Syria, it must move fast.", "en", "TUR", "19", "SYR", "possible"),
        (
            "Israel, which captured a plateau from Syria in 1967, is on alert.",
            "en",
            "ISR",
            "19",
            "SYR",
            "asserted",
        ),
        # who "s'est vu infliger", "s'est fait reprocher" underwent it
        (
            "La Russie s'est vu infliger de nouvelles sanctions par l'Union européenne.",
            "fr",
            None,
            "16",
            "RUS",
            "asserted",
        ),
        (
            "Le président ukrainien s'est fait reprocher ses propos par Moscou.",
            "fr",
            "RUS",
            "11",
            "UKR",
            "asserted",
        ),
        # a relative clause without a pronoun: the noun is what it is done to
        ("Turkey signed the deal it reached with Iran in Vienna.", "en", "TUR", "05", "IRN", "asserted"),
        # a participle qualifying a noun: the noun underwent it, whoever is "by" did it
        ("Two Americans freed by Iran returned home on Thursday.", "en", "IRN", "08", "USA", "asserted"),
        (
            "Un journaliste ukrainien tué par les forces spéciales russes a été enterré.",
            "fr",
            "RUS",
            "19",
            "UKR",
            "asserted",
        ),
        # an agent of coordinated places is each place's
        (
            "Lawmakers in Italy and Spain welcomed the agreement with Egypt.",
            "en",
            "ESP",
            "05",
            "EGY",
            "asserted",
        ),
        (
            "Les policiers au Mali et au Niger ont arrêté trois Français.",
            "fr",
            "NER",
            "17",
            "FRA",
            "asserted",
        ),
        ("Washington is considering sending military aid to Kyiv.", "en", "USA", "07", "UKR", "possible"),
        ("Pékin envisage d'envoyer une aide militaire à Moscou.", "fr", "CHN", "07", "RUS", "possible"),
        ("Iran accused Israel of attacking its embassy.", "en", "IRN", "11", "ISR", "asserted"),
        ("Bamako a décidé d'expulser l'ambassadeur de France.", "fr", "MLI", "16", "FRA", "asserted"),
        # a threat is aimed at whoever must meet its condition
        (
            "Iran threatened to close the strait unless the United States lifted its sanctions.",
            "en",
            "IRN",
            "13",
            "USA",
            "asserted",
        ),
        (
            "L'Iran a menacé de fermer le détroit si les États-Unis maintenaient leurs sanctions.",
            "fr",
            "IRN",
            "13",
            "USA",
            "asserted",
        ),
        # done in a country, aimed at it
        ("Turkey lifted the curfew in Syria on Sunday.", "en", "TUR", "08", "SYR", "asserted"),
        # an event noun framed by another noun keeps its targets
        ("Qatar launched a mediation effort between Sudan and Chad.", "en", "QAT", "04", "SDN", "asserted"),
        # people of a state protesting, with no other target, against that state
        ("Thousands of Iraqi Kurds demonstrated in Erbil on Sunday.", "en", "IRQ", "14", "IRQ", "asserted"),
        ("Des milliers d'Algériens ont manifesté dimanche à Oran.", "fr", "DZA", "14", "DZA", "asserted"),
        # a statement demanding: who issued it demands
        (
            "Hamas issued a statement demanding that Israel release the prisoners.",
            "en",
            "PSE",
            "10",
            "ISR",
            "asserted",
        ),
        # a complaint is aimed at whom it is about, not at whom it is made to
        (
            "Egypt complained to the United Nations over Israeli air strikes.",
            "en",
            "EGY",
            "11",
            "ISR",
            "asserted",
        ),
        # what is mobilized is one's own; the target is whom it is against
        ("Britain mobilized army reservists for a war against Iraq.", "en", "GBR", "15", "IRQ", "asserted"),
        # offering to negotiate is an intent (CAMEO 036), not a possible negotiation
        ("Putin offered to negotiate with the president of Ukraine.", "en", "RUS", "03", "UKR", "asserted"),
        # a report its subject denies did not happen
        (
            "Moscow denied reports that Russian troops had attacked Georgia.",
            "en",
            "RUS",
            "19",
            "GEO",
            "negated",
        ),
        # an accusation told after the words: who is named after the verb accuses whom the words name
        (
            '"Le Kremlin ment sur ses pertes", a accusé mardi le président ukrainien.',
            "fr",
            "UKR",
            "11",
            "RUS",
            "asserted",
        ),
        # the act a negated attempt or wish was for did not happen ("did not hesitate to": it did)
        ("Russia did not try to attack Ukraine.", "en", "RUS", "19", "UKR", "negated"),
        ("La Russie n'a pas cherché à attaquer l'Ukraine.", "fr", "RUS", "19", "UKR", "negated"),
        ("Russia did not hesitate to attack Ukraine.", "en", "RUS", "19", "UKR", "asserted"),
        # aid received is the giver's, no visit hosted
        (
            "Le Venezuela a reçu samedi 73 tonnes d'aide médicale de la part de l'Espagne.",
            "fr",
            "ESP",
            "07",
            "VEN",
            "asserted",
        ),
        # the passive subject of a verb of expectation does what its infinitive says, possibly
        ("China is expected to impose tariffs on Australia.", "en", "CHN", "16", "AUS", "possible"),
        (
            "La Chine est censée imposer des droits de douane à l'Australie.",
            "fr",
            "CHN",
            "16",
            "AUS",
            "possible",
        ),
        # what one has yet to do is not done; what one allegedly did is only claimed
        ("Russia has yet to recognize the Taliban.", "en", "RUS", "05", "AFG", "negated"),
        ("Russia allegedly attacked Ukraine on Monday.", "en", "RUS", "19", "UKR", "possible"),
        ("La Russie a peut-être attaqué l'Ukraine.", "fr", "RUS", "19", "UKR", "possible"),
        # French: the conditional of hearsay on the auxiliary; "pas" hung on "encore"; a negated verb an event
        # noun hangs on as its "obl:mod"
        ("La Russie aurait attaqué l'Ukraine.", "fr", "RUS", "19", "UKR", "possible"),
        ("La Russie n'a pas encore reconnu les talibans.", "fr", "RUS", "05", "AFG", "negated"),
        ("La Russie n'est pas parvenue à un accord avec l'Ukraine.", "fr", "RUS", "05", "UKR", "negated"),
        # a sanction not ruled out may come; one ruled out will not
        ("Germany did not rule out sanctions against Russia.", "en", "DEU", "16", "RUS", "possible"),
        ("L'Allemagne n'exclut pas des sanctions contre la Russie.", "fr", "DEU", "16", "RUS", "possible"),
        ("Germany ruled out sanctions against Russia.", "en", "DEU", "16", "RUS", "negated"),
        # rebels given a state by the sentence only are of where what they hold is
        ("Russian jets targeted rebel positions in Syria on Monday.", "en", "RUS", "19", "SYR", "asserted"),
        # a content clause the parser hangs as a relative one: what is only a possibility
        (
            "Le président turc a évoqué la possibilité qu'il rencontre Vladimir Poutine.",
            "fr",
            "TUR",
            "04",
            "RUS",
            "possible",
        ),
        # but the holder of hostages is whom their release is asked of
        ("Israel demanded the release of hostages held by Hamas.", "en", "ISR", "10", "PSE", "asserted"),
        # a topic is not a partner: "discussed Syria with Erdogan" is with Turkey
        ("Putin discussed Syria with Erdogan on Monday.", "en", "RUS", "04", "TUR", "asserted"),
        ("Poutine a discuté de la Syrie avec Erdogan lundi.", "fr", "RUS", "04", "TUR", "asserted"),
        # money or troops contributed to someone is aid
        ("Norway contributed 40 million dollars to Sudan on Monday.", "en", "NOR", "07", "SDN", "asserted"),
    ],
)
def test_sentences(text: str, lang: str, source: str | None, root: str, target: str, modality: str) -> None:
    events = events_of(text, lang)
    found = [(e.source.country or e.source.id, e.cameo, target_country(e), e.modality) for e in events]
    assert any(
        (source is None or e.source.country == source)
        and e.cameo_root == root
        and e.target is not None
        and e.target.country == target
        and e.modality == modality
        for e in events
    ), found


def test_no_event_without_an_actor_action_reading() -> None:
    assert events_of("The weather was mild and markets were calm on Tuesday.", "en") == []
    assert events_of("Il a fait beau mardi à Paris.", "fr") == []


def test_events_validate_against_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = SHARED / "schema" / "event.schema.json"
    if not schema_path.exists():
        pytest.skip("../shared/schema is absent")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    events = events_of("The European Union imposed new sanctions on Belarus. Russia attacked Ukraine.", "en")
    assert events
    for event in events:
        jsonschema.validate(event.to_json(), schema)


def test_sample_article_events() -> None:
    sample = SHARED / "samples" / "belarus-china-visit.fr.txt"
    if not sample.exists():
        pytest.skip("../shared/samples is absent")
    from dragoman.ingest import read_source

    [raw] = [d for d in read_source(str(sample)) if isinstance(d, RawDocument)]
    article = prepare(raw, Counts(), default_date=date(2023, 2, 28))
    assert article is not None
    [doc] = parse([article])
    resolve_article(article, doc)
    events = code_events(article, doc)
    summary = [(e.source.country, e.cameo, target_country(e), e.modality, e.trigger) for e in events]
    visit = [
        e
        for e in events
        if e.cameo_root == "04" and e.source.country == "BLR" and e.target and e.target.country == "CHN"
    ]
    assert visit, summary
    assert (visit[0].date, visit[0].date_precision) == ("2023-02-28", "day")  # "arrivé mardi"
    assert visit[0].location and visit[0].location["name"] == "Beijing"  # "à Pékin"
    assert visit[0].location["country"] == "CHN" and visit[0].location["geonameid"]
    proposal = [e for e in events if e.trigger == "proposition"]
    assert proposal and proposal[0].date == "2023-02-24", summary  # "a publié vendredi une proposition"
    aid = [
        e
        for e in events
        if e.cameo == "072" and e.source.country == "CHN" and e.target and e.target.country == "RUS"
    ]
    assert (
        aid
        and aid[0].modality == "possible"
        and aid[0].attributed_to
        and aid[0].attributed_to.country == "USA"
    ), summary
    criticize = [
        e
        for e in events
        if e.cameo.startswith("11") and e.source.country == "CHN" and e.target and e.target.country == "RUS"
    ]
    assert criticize and criticize[0].modality == "negated", summary
    sanctions = [
        e
        for e in events
        if e.cameo.startswith("16") and e.source.id == "igo:EU" and e.target and e.target.country == "BLR"
    ]
    assert sanctions and sanctions[0].modality == "asserted", summary
    assert all("Source" not in e.evidence and "[ad_" not in e.evidence for e in events)
    assert all(article.text[e.evidence_start : e.evidence_end] == e.evidence for e in events)


def test_code_command_prints_schema_valid_jsonl(tmp_path: Path) -> None:
    import subprocess
    import sys

    text = tmp_path / "a.txt"
    text.write_text(
        "PARIS (AFP) - La France a vivement condamné l'invasion russe de l'Ukraine.", encoding="utf-8"
    )
    out = subprocess.run(
        [sys.executable, "-m", "dragoman", "code", str(text), "--date", "2024-03-05"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert records and all(r["cameo_root"] and r["source"]["country"] == "FRA" for r in records)


# Measured 2026-11-29: precision 0.730, recall 0.517, F1 0.605 (README); the issue's goal is F1 0.6 at
# precision 0.7. The floors keep it there.
def test_plover_gold_events_floor() -> None:
    from dragoman.evaluate.events import score_plover

    gold = SHARED / "gold" / "PLOVER" / "PLOVER_GSR_CAMEO.txt"
    if not gold.exists():
        pytest.skip("../shared/gold is absent")
    result = score_plover(gold)
    assert result.records == 322
    assert result.precision >= 0.75 and result.f1 >= 0.65, (result.precision, result.recall, result.f1)


# Measured 2026-11-30: 28 of 315 gold events correct, 0.299 extra events per record (README). The goal is
# 60 % correct with at most 0.3 extra per record; the floors keep the reader of the suite and the figures.
def test_petrarch_validation_suite_floor() -> None:
    from dragoman.evaluate.events import score_petrarch

    suite = SHARED / "gold" / "UniversalPetrarch" / "dev-validate" / "PETR_Validate_records_2_02.xml"
    if not suite.exists():
        pytest.skip("../shared/gold is absent")
    result = score_petrarch(suite)
    assert result.records == 264 and result.gold == 315
    assert result.right >= 25 and result.extra_per_record <= 0.30


def test_discarded_topics() -> None:
    assert events_of("France beat Germany in the World Cup semi-final on Tuesday.", "en") == []
    assert events_of("La France a battu l'Allemagne en demi-finale de la Coupe du monde.", "fr") == []
    assert events_of("France attacked German positions on Tuesday.", "en")
    text = "L'Australienne, numéro un mondial du tennis, a renoncé à se rendre à Paris pour Roland Garros."
    assert events_of(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("Spain thrashed Italy 3-0 on Sunday to reach the final.", "en", "sports"),
        ("Poland sealed a 2-1 victory over Wales in Cardiff.", "en", "sports"),
        ("Brokers at Nomura raised their price target on the bank.", "en", "markets"),
        ("Marseille a battu Rennes 2-0 samedi soir.", "fr", "sports"),
        ("Une victoire (3-1) qui place la Belgique en tête du groupe.", "fr", "sports"),
        ("The army lost 20-25 soldiers in the ambush near the border.", "en", None),
        ("Gunmen killed 10-12 villagers in Borno on Friday.", "en", None),
        ("Entre 10 à 15 manifestants ont été arrêtés par la police à Alger.", "fr", None),
        ("Lyon s'est imposé 2-1 face à Nantes.", "fr", "sports"),
        ("Le gouvernement a imposé un couvre-feu de 20-6 à Bamako.", "fr", None),
    ],
)
def test_discard_patterns(text: str, lang: str, topic: str | None) -> None:
    """A match score or a broker's rating says sports or markets where no phrase does; a range does not."""
    assert lexicon(lang).discarded(text) == topic


def test_spoken_demand() -> None:
    events = events_of("Russia said on Tuesday that Sudan must return the captured helicopter.", "en")
    assert has(events, "RUS", "10", "SDN")
    assert not any(e.trigger == "return" and e.modality == "asserted" for e in events)


def test_agents_of_one_state_are_actors_apart() -> None:
    kenya = events_of("Police in Kenya arrested dozens of protesters on Tuesday.", "en")
    assert {(e.cameo_root, e.source.cameo) for e in kenya} == {("17", "KENCOP")}
    french = events_of("La police au Kenya a arrêté des manifestants.", "fr")
    assert {(e.cameo, e.source.cameo, target_code(e)) for e in french} == {("175", "KENCOP", "KENCVL")}
    both = events_of("Danish media and government criticized Russia over the incident.", "en")
    assert {(e.source.cameo, target_country(e)) for e in both} == {
        ("DNKJRN", "RUS"),
        ("DNKGOV", "RUS"),
    }
    # where the parse hangs "from Syria" on the verb, the troops are not Syria's
    withdrawn = events_of("The U.S. withdrew troops from Syria.", "en")
    assert {(e.cameo, e.source.country, target_country(e)) for e in withdrawn} == {("087", "USA", "SYR")}


def test_coordinated_and_reciprocal_actors() -> None:
    three = events_of("Spain, Ireland and Norway recognized Palestine as a state on Tuesday.", "en")
    assert {e.source.country for e in three if e.target and e.target.country == "PSE"} == {
        "ESP",
        "IRL",
        "NOR",
    }
    pair = events_of("Armenia and Azerbaijan signed a peace agreement in Washington.", "en")
    dyads = {(e.source.country, target_country(e)) for e in pair if e.cameo_root == "05"}
    assert dyads == {("ARM", "AZE"), ("AZE", "ARM")}
    assert all(e.rule.endswith("reciprocal") for e in pair if e.cameo_root == "05")
    # the French model hangs coordinated subjects on the auxiliary, or gives the verb each one apart
    for text in (
        "Le Tchad et le Soudan ont rétabli leurs relations diplomatiques.",
        "Le Tchad et le Soudan ont signé un accord.",
    ):
        dyads = {(e.source.country, target_country(e)) for e in events_of(text, "fr")}
        assert dyads == {("TCD", "SDN"), ("SDN", "TCD")}, (text, dyads)
    renewed = events_of("Chad and Sudan have renewed diplomatic ties after a long rift.", "en")
    assert {(e.cameo, e.source.country, target_country(e)) for e in renewed} == {
        ("050", "TCD", "SDN"),
        ("050", "SDN", "TCD"),
    }


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        # a Wednesday article: "lundi" is the Monday before it
        (
            "La ministre française a rencontré lundi son homologue allemand à Berlin.",
            "fr",
            date(2024, 3, 6),
            ("2024-03-04", "day"),
        ),
        (
            "The Kenyan president met his Ugandan counterpart on Friday in Kampala.",
            "en",
            date(2024, 1, 2),
            ("2023-12-29", "day"),
        ),
        (
            "Poland condemned Belarus last March over the border crisis.",
            "en",
            date(2025, 6, 1),
            ("2025-03", "month"),
        ),
        # no time in the event's clause: the publication date, and it says so
        ("Japan criticized China over the incident.", "en", date(2024, 5, 5), ("2024-05-05", "publication")),
    ],
)
def test_events_are_dated_by_their_own_clause(
    text: str, lang: str, published: date, expected: tuple[str, str]
) -> None:
    events = events_of(text, lang, published)
    assert events, text
    assert (events[0].date, events[0].date_precision) == expected


def test_an_undated_article_gives_undated_events() -> None:
    raw = RawDocument(
        doc_id="x", source="test", text="Japan criticized China over the incident.", lang_hint="en"
    )
    article = prepare(raw, Counts())
    assert article is not None
    doc = parse([article])[0]
    resolve_article(article, doc)
    events = code_events(article, doc)
    assert events and all(e.date is None and e.date_precision is None for e in events)


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Israeli aircraft struck Hamas positions in Khan Younis on Monday.", "en", "Khān Yūnis"),
        ("Le Premier ministre indien a rencontré le président français à Marseille.", "fr", "Marseille"),
        # the country the aid goes to is its recipient, not where anything happened
        ("La Chine a envoyé des armes à la Russie.", "fr", None),
        # a capital that stands for its government is no place ("Pékin a critiqué Washington")
        ("Pékin a critiqué Washington mardi.", "fr", None),
    ],
)
def test_events_are_placed_by_their_own_clause(text: str, lang: str, place: str | None) -> None:
    events = events_of(text, lang)
    assert events, text
    location = events[0].location
    assert (location["name"] if location else None) == place, location


@pytest.mark.parametrize(
    ("text", "given", "published", "source"),
    [
        (
            "WASHINGTON, 5 mars 2024 (Reuters) - Le Congrès a voté le budget.",
            None,
            date(2024, 3, 5),
            "dateline",
        ),
        (
            "PARIS, 5 mars (AFP) - Le gouvernement a présenté son plan.",
            date(2024, 3, 7),
            date(2024, 3, 5),
            "dateline",
        ),
        # a dateline without its year and nothing to read it against gives no date
        ("PARIS, 5 mars (AFP) - Le gouvernement a présenté son plan.", None, None, None),
        ("KYIV (AP) — Officials met on Monday.", date(2024, 3, 7), date(2024, 3, 7), "cli"),
    ],
)
def test_publication_date_from_the_dateline(
    text: str, given: date | None, published: date | None, source: str | None
) -> None:
    article = prepare(RawDocument("t", "t", text), Counts(), default_date=given)
    assert article is not None
    assert (article.published, article.published_source) == (published, source)


def test_a_time_in_a_nested_clause_dates_that_clause_only() -> None:
    # the shooting down happened that night; the accusation on the day of the article
    events = events_of(
        "Le Mali accuse l'armée algérienne d'avoir abattu un drone dans la nuit du 31 mars au 1er avril.",
        "fr",
        date(2025, 4, 7),
    )
    accusation = [e for e in events if e.cameo.startswith("11")]
    assert accusation and (accusation[0].date, accusation[0].date_precision) == ("2025-04-07", "publication")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Islamic State fighters released a video filmed in the Syrian town of Baghuz.", "en"),
        # the act is the condition of another, not something that happened
        ("Refugees will not be sent back unless Russia agreed to a settlement overseen by the UN.", "en"),
        ("The rebels are unlikely to attack the UN peacekeepers in Mali.", "en"),
    ],
)
def test_no_asserted_event(text: str, lang: str) -> None:
    assert [e for e in events_of(text, lang) if e.modality == "asserted"] == []


def test_whom_an_act_noun_is_done_to() -> None:
    # "de"/"of" after an arrest or expulsion names whom it is done to; who announces it did it
    for text, lang, want in (
        ("La police russe a annoncé l'arrestation du journaliste américain.", "fr", ("173", "RUS", "USA")),
        ("La Russie a annoncé l'expulsion de diplomates français.", "fr", ("174", "RUS", "FRA")),
        ("Tehran announced the release of five Americans on Saturday.", "en", ("084", "IRN", "USA")),
    ):
        found = {(e.cameo, e.source.country, target_country(e)) for e in events_of(text, lang)}
        assert want in found, (text, found)
    # a party dissolved is not the one dissolving it
    events = events_of("Le député milite pour une dissolution de La République en marche.", "fr")
    assert not [e for e in events if e.cameo == "1722"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le ministre a estimé que toute annexion en Cisjordanie devrait attendre.", "fr"),  # no addressee
        ("Cette chanteuse du Royaume-Uni a soutenu le moral des troupes.", "fr"),
        ("Le Conseil de l'Ordre a saisi le Conseil départemental de l'Ordre.", "fr"),
        ("Emmanuel Macron recevra à l'Elysée la Convention citoyenne.", "fr"),  # a place is no guest
        ("Lors d'une rencontre à l'Elysée, Emmanuel Macron a annoncé qu'il soumettra le texte.", "fr"),
        # a relative clause names no target
        ("Iran condemned the attack which killed 20 Syrians.", "en"),
        (
            "Israel's cabinet decided to approve a plan that will not allow candidates from Hamas on the ballots.",
            "en",
        ),
        # companies neither fight nor coerce, nor act for a state
        (
            "Yahoo has been unable to keep up with Google and Facebook in the battle for online advertising.",
            "en",
        ),
        ("Facebook prohibited users from selling firearms on Friday.", "en"),
        ("Si les gens n'ont plus d'oxygène, ils meurent, se demande un médecin de Lima.", "fr"),  # he wonders
        # "Latin American" is no American, "Amérique latine" no Amérique
        ("History's first Latin American pope has demanded that countries welcome refugees.", "en"),
        ("Les pays d'Amérique latine ont condamné le coup d'Etat en Bolivie.", "fr"),
        # showing knowledge, charging a tax, fighting a lawsuit: no protest, no arrest, no combat
        ("Senators said the Mexican judge failed to demonstrate knowledge of the law.", "en"),
        ("Bermuda charges British companies no income tax.", "en"),
        ("The Kenyan government is fighting a lawsuit filed by Ethiopia.", "en"),
        # a contest won over a name the dictionaries lack; answers given, deadlines met, a market moving
        ("Senator Rubio beat Cruz by fewer than 1,000 votes in South Carolina.", "en"),
        ("The Iranian minister relished giving long answers in televised debates.", "en"),
        ("The Pentagon intends to meet Tuesday's deadline to present its plan for Iraq.", "en"),
        ("Chinese shares opened higher but surrendered the gains.", "en"),
        # a feeling is no threat, approval no sanction, a named treaty no state, and what one's act follows
        # not one's own
        ("Moscow feels especially threatened by Iran's plans in Syria.", "en"),
        ("The Turkish move into Syria was quietly sanctioned by Moscow.", "en"),
        ("The Minsk agreement stipulated a ceasefire in Ukraine.", "en"),
        ("The move by Moscow follows mounting condemnation of the violence in Syria.", "en"),
        # an election won, a crowd at the scene of a shooting, a race too close to call
        ("Hillary Clinton crushed rival Bernie Sanders at the South Carolina primary.", "en"),
        ("A crowd of Americans gathered at the scene of the shooting in Raleigh.", "en"),
        ("Exit polls showed Arkansas and Vermont were too close to call for Republicans.", "en"),
        # a party takes its own country's towns at the polls
        ("Le Rassemblement national a conquis Perpignan dimanche.", "fr"),
        # mediators do not mediate between themselves
        ("Qatar and Egypt mediated on Monday.", "en"),
        ("Qatar and Egypt brokered the talks on Monday.", "en"),
        # the event one responds to or dates by is not one's own ("lors de", a two-word preposition)
        (
            "Le ministre français participe à une cérémonie pour le policier, le 20 avril 2017, lors d'un attentat.",
            "fr",
        ),
        ("Putin commiserated with Erdogan after the 2016 coup attempt.", "en"),
        # the state where a war is does not wage it
        ("Le conflit au Yémen oppose les forces loyales au gouvernement aux rebelles Houthis.", "fr"),
        # what a market does is no event
        ("The U.S. market rallied on Monday after the Fed decision.", "en"),
        # the reflexive verb is another verb: rely on, take care of, treat oneself
        ("Le Premier ministre russe va s'appuyer sur le rapport de l'Académie chinoise.", "fr"),
        ("Le conseiller de Donald Trump s'occupe de sa stratégie au Mexique.", "fr"),
        ("Les Français ont pu s'offrir une semaine en Italie.", "fr"),
        (
            "Le parti allemand détenait la majorité absolue au Parlement européen.",
            "fr",
        ),  # holds, detains nobody
        # a participle after a comma that describes the noun before it: its doer is not the clause's subject
        (
            "Les Etats-Unis viennent de renvoyer à Téhéran un scientifique iranien, accusé d'avoir violé les"
            " sanctions américaines.",
            "fr",
        ),
        ("Le migrant ivoirien a traversé le désert pour rallier la Libye.", "fr"),  # to reach it
        # those who govern rally their supporters, they do not protest
        ("Le président brésilien a participé à un rassemblement avec ses partisans à Brasilia.", "fr"),
        ("Le produit intérieur brut américain va reculer de 6,5% en 2020.", "fr"),  # market news
        # a participle after an object is who made it only when the object is words ("issued a statement
        # demanding"): questions surround, not who overcomes them
        ("Putin can overcome questions surrounding his use of force.", "en"),
        # a case referred to an inspectorate is no seizure; a runoff rival faced is no fight; a news agency
        # meeting someone is an interview
        ("Le parquet de Lyon a saisi l'IGPN mardi.", "fr"),
        ("Le RN affrontera au second tour le Parti socialiste.", "fr"),
        ("Donald Trump needs 60 percent of the delegates to capture the nomination in Indiana.", "en"),
        ("The Obama policy has targeted Cuba's private sector with new measures.", "en"),
        # an agreement had is none made; an inheritance renounced, complaints received, a council referred to, a
        # museum visited are no political acts
        ("Les Emirats arabes unis ont un traité d'extradition avec l'Espagne.", "fr"),
        ("The UAE has an extradition treaty with Spain.", "en"),
        ("Le roi d'Espagne a renoncé à son héritage.", "fr"),
        ("Le parquet de Paris a reçu plusieurs dizaines de plaintes contre le gouvernement.", "fr"),
        ("Le CSM avait été saisi en juin par Emmanuel Macron.", "fr"),
        ("Depuis samedi, l'Autriche arrête chaque voiture en provenance de la Slovénie.", "fr"),  # stops cars
        ("Des naturistes français organisent des visites de musées, notamment au Palais de Tokyo.", "fr"),
        # "elle" is the storm, the subject before it, not the state named after the storm
        (
            "La tempête Laura a frappé la République dominicaine mardi. Elle a tué 31 personnes en Haïti.",
            "fr",
        ),
        ("L'AFP a rencontré cet été un ancien harki algérien à Nîmes.", "fr"),
        # "être" and a participle is a passive, however the parser labels it: the French are invited, they invite no one
        ("Les Français sont invités à réfléchir à la future réforme des retraites.", "fr"),
        # going into a place is an act only of armed forces going into another state
        ("Biden entered Ukraine by train.", "en"),
        ("Ukrainian troops entered Kherson on Friday.", "en"),
        ("L'accord entre en vigueur lundi.", "fr"),
        # purchasing power is no government
        ("Les Tchadiens ont vu leur pouvoir d'achat reculer.", "fr"),
        # a headline's bare participle is a passive: the commander was killed
        ("Top Hezbollah Commander Badreddine Killed in Syria", "en"),
        # crews battling winds fight no one
        (
            "Italian and Greek rescue crews battled gale-force winds to evacuate hundreds of people from a ferry.",
            "en",
        ),
        # a defending champion is sports news
        (
            "British golfer Danny Willett won the Masters on Sunday. Englishman Danny Willett took advantage of a "
            "shocking back-nine meltdown by defending champion and runaway leader Jordan Spieth to win his first major "
            "title.",
            "en",
        ),
        # a proposal from several states is theirs together, not one to another
        (
            "The Vienna talks were marked by anger from the regime over a set of political proposals from the "
            "United States, Saudi Arabia, Jordan, Britain and France.",
            "en",
        ),
        # a motion withdrawn is no withdrawal of forces
        ("Russia withdrew its motion at the UN Security Council.", "en"),
        ("Britain withdrew its invitation to Trump to visit London.", "en"),
        # a terror alert is no mobilisation
        ("Despite multiple arrests, Brussels remains under the second-highest terror alert.", "en"),
        # those confirmed or reported killed underwent it
        ("Two more U.S. citizens have been confirmed killed in last week's Brussels suicide bombings.", "en"),
        # what the clause happens in spite of is not its subject's act
        (
            "Despite de-escalation agreements, a Syrian air force onslaught has continued against rebel-held areas.",
            "en",
        ),
        # a town in apposition after "in" is where, not what "which" stands for
        (
            "Afghan President Ashraf Ghani condemned the bombing in the Shah Wali district, Kandahar, which killed "
            "and wounded dozens of civilians.",
            "en",
        ),
        # a state whose border is where something is gives its country to no one there
        ("The villages at the Lebanese border besieged by pro-government forces have no food left.", "en"),
        # "it" after a subject no dictionary places is that subject, not a state named before
        (
            "China's foreign ministry declined to comment. The Justice Department had said in court that it would "
            "demand the company hand over its data.",
            "en",
        ),
        # a participle with its own subject under a verb of seeing, causing or wanting is undergone
        ("Brazil's president fears a vote that could see her forced from office within weeks.", "en"),
        ("A guard told a court that he saw a French diplomat shot dead in Mali.", "en"),
        ("Erdogan wants the Kurdish militants arrested.", "en"),
        # a flag says where a ship is registered, not whose the government after it is
        ("The Panama-flagged tanker left the port after the government seized its cargo.", "en"),
        # a town named as where a passive's doer is, is not the doer
        ("Le journaliste est soutenu par une campagne de solidarité, à Alger et à l'étranger.", "fr"),
        # an agreement between parties the dictionaries know one of is not the subject's
        (
            "Le ministre grec espère recevoir des vaccins en vertu d'un accord entre l'UE et AstraZeneca.",
            "fr",
        ),
        # whom an indictment is of is whom it charges, not who indicts
        (
            "The indictment of former Ukrainian prime minister Yulia Tymoshenko angered the European Union.",
            "en",
        ),
        # the backer of what is attacked is not attacked
        ("The rebels, backed by Iran, were attacked by Saudi Arabia.", "en"),
        # a capital that only qualifies a noun or says where is no "it"
        (
            "Shoppers in the eligible London postcodes will be able to choose from 130,000 products. It will also "
            "offer major brands to customers.",
            "en",
        ),
        (
            "The storm dumped snow on the Washington area. It slammed into the New York metropolitan area.",
            "en",
        ),
        # "it" after a noun no dictionary places is that noun ("framework"), not the EU that struck it down
        (
            "The previous such framework, Safe Harbour, was struck down by the EU's top court in October on the "
            "grounds that it allowed U.S. agents too much access to Europeans' data.",
            "en",
        ),
        # "him" is the man the court spoke of, not the court: a name after its verb is none the court heads
        (
            "The U.S. Circuit Court of Appeals said Adrian King could pursue claims that officials at a prison "
            "illegally threatened him.",
            "en",
        ),
        ("Les rebelles, soutenus par l'Iran, ont été attaqués par l'Arabie saoudite.", "fr"),
    ],
)
def test_no_event(text: str, lang: str) -> None:
    assert events_of(text, lang) == []


def test_an_office_and_its_holder_in_apposition_are_one_actor() -> None:
    text = "Le secrétaire général de l'ONU, António Guterres, a exhorté la Russie à retirer ses troupes."
    events = [e for e in events_of(text, "fr", date(2022, 3, 1)) if e.cameo_root == "02"]
    assert [(e.source.id, e.source.cameo, target_country(e)) for e in events] == [
        ("person:antonio-guterres", "IGOUNO", "RUS")
    ]


def test_what_one_responds_to_and_a_phrase_of_place_are_not_ones_own() -> None:
    # the attack a response is to is not the responders'; "give ... in Oxford" is no giving in
    text = "The leaders of Britain and Canada agreed to work closely on their response to the attack in Iraq."
    responded = events_of(text, "en")
    assert responded and not [e for e in responded if e.cameo_root == "19"]
    conference = events_of("Britain's foreign secretary is due to give a press conference in Oxford.", "en")
    assert not [e for e in conference if e.cameo_root == "08"]


def test_what_one_sounds_the_alarm_over_is_not_ones_own_act() -> None:
    # the threat the minister warns of is no threat the minister makes
    for text in (
        "Norway's finance minister has been sounding the alarm over the threat to Norway's pension fund.",
        "The central bank governor raised concerns about the threat to Chile's exports.",
    ):
        assert not [e for e in events_of(text, "en") if e.cameo_root == "13"], text
    # a threat one makes is still one
    assert has(
        events_of("Norway's finance minister threatened Chile with sanctions.", "en"), "NOR", "13", "CHL"
    )


def test_whom_a_place_is_popular_with_is_not_attacked() -> None:
    # an apposition telling what the place is like names no target
    for text in (
        "Somali gunmen attacked the Blue Lagoon hotel, a resort popular with British tourists.",
        "Afghan militants stormed the Palm Garden restaurant, a venue popular with diplomats and American aid workers.",
    ):
        assert not [e for e in events_of(text, "en") if e.target is not None], text
    # whom the attack is on by name still is
    assert has(events_of("Somali gunmen attacked British tourists at a resort.", "en"), "SOM", "19", "GBR")


def test_a_veteran_of_a_service_is_a_civilian() -> None:
    [event] = events_of("A Kenyan Army veteran accused Uganda of lying about the border clash.", "en")
    assert (event.source.cameo, target_country(event)) == ("KENCVL", "UGA")


def test_support_and_praise_are_not_reciprocal() -> None:
    # "A, B and C supported X" is no support of one another, unlike "A and B signed an agreement"
    supported = events_of("The US, the EU and Britain have supported the Kurds' fight against Isis.", "en")
    assert not [e for e in supported if e.rule.endswith("reciprocal")]
    signed = events_of("Israel and Lebanon signed a deal on Monday.", "en")
    assert {(e.source.country, target_country(e)) for e in signed} == {("ISR", "LBN"), ("LBN", "ISR")}


def test_a_sentence_is_no_criticism() -> None:
    # the sentence a court gives (CAMEO 116), wherever the parser hangs "à mort"; an attack "à la roquette"
    # condemned is criticism (111)
    sentenced = events_of("La Chine a condamné un Australien à mort pour trafic de drogue.", "fr")
    assert [(e.cameo, e.source.country, target_country(e)) for e in sentenced] == [("116", "CHN", "AUS")]
    condemned = events_of("Le Qatar a condamné l'attaque à la roquette contre l'Arabie saoudite.", "fr")
    assert [e.cameo for e in condemned] == ["111"]


def test_a_reflexive_meaning_needs_its_pronoun() -> None:
    # "se rendre à" is a journey, "rendre obligatoire ... en public" is none; "se réunir" is a meeting
    trip = events_of("Le président turc s'est rendu à Pékin lundi.", "fr")
    assert {(e.cameo, e.source.country, target_country(e)) for e in trip} == {("042", "TUR", "CHN")}
    assert (
        events_of("Les autorités turques ont rendu obligatoire le port du masque en public à Istanbul.", "fr")
        == []
    )


def test_co_signers_with_a_partner_are_not_each_others() -> None:
    # the partner is named (not an actor here): the co-signers did not sign with each other
    text = "L'Allemagne, la France et l'Italie ont signé un accord avec le groupe pharmaceutique AstraZeneca."
    assert events_of(text, "fr") == []
    # where it was signed waits for a partner named after it
    doha = events_of("Le 29 février, les talibans ont signé un accord à Doha avec Washington.", "fr")
    assert {(e.source.country, target_country(e)) for e in doha} == {("AFG", "USA")}


def test_a_doer_is_not_a_place_deep_in_its_description() -> None:
    # the subject's head is a person the knowledge base does not know; Georgetown (Guyana's capital) and
    # Oregon only describe where they work: no source, no event
    for text in (
        "Lawrence Gostin, director of the O'Neill Institute for National and Global Health Law at Georgetown, "
        "praised the WHO's decision.",
        "The leader of a month-long armed occupation of a federal wildlife refuge in Oregon urged remaining "
        "protesters to leave.",
    ):
        assert events_of(text, "en") == [], text
    # close enough, it stands for its phrase
    hamas = events_of("The head of Hamas' military wing threatened Israel.", "en")
    assert {(e.source.country, target_country(e)) for e in hamas} == {("PSE", "ISR")}


def test_those_who_join_a_protest_make_it() -> None:
    for text, lang in (
        ("French workers went on strike on Monday.", "en"),
        ("Les cheminots français se sont mis en grève lundi.", "fr"),
    ):
        strikes = events_of(text, lang)
        assert {(e.plover_type, e.source.cameo) for e in strikes} == {("PROTEST", "FRALAB")}, (text, strikes)
    # who orders patrols after protests did not protest; protests that killed are not made by where they spread
    for text, lang in (
        ("The Pakistani government ordered patrols after violent protests by Muslim groups.", "en"),
        (
            "Les manifestations qui s'étaient propagées à San Francisco avaient fait une soixantaine de morts.",
            "fr",
        ),
    ):
        assert not [e for e in events_of(text, lang) if e.plover_type == "PROTEST"], text
    # a protest "de Téhéran" is one held there, not by the government seated there
    assert not [
        e
        for e in events_of("Les manifestations de Téhéran ont été réprimées.", "fr")
        if e.plover_type == "PROTEST"
    ]
    # a state does not go on strike: "Russian strikes" are armed ones
    assert not [
        e for e in events_of("Russian strikes will not cease soon.", "en") if e.plover_type == "PROTEST"
    ]


def test_sue_verbal_attacks_and_background_violence() -> None:
    def codes(text: str, lang: str) -> set[tuple[str, str | None, str | None]]:
        return {(e.cameo, e.source.country, target_country(e)) for e in events_of(text, lang)}

    # "attaquer en justice" is a lawsuit, "attaques verbales" criticism; neither an armed attack
    assert codes("Trois salariés français ont attaqué en justice le géant américain.", "fr") == {
        ("115", "FRA", "USA")
    }
    assert codes("Le régime nord-coréen a multiplié les attaques verbales contre Séoul.", "fr") == {
        ("111", "PRK", "KOR")
    }
    # attacks that only date the clause are not its subject's
    assert (
        codes(
            "Après les attentats de novembre 2015 à Paris, François Hollande avait souhaité son extension.",
            "fr",
        )
        == set()
    )
    # a court orders the government (not a place: "au gouvernement")
    ordered = events_of(
        "La justice sud-africaine a ordonné au gouvernement de revoir certaines mesures.", "fr"
    )
    assert {(e.source.cameo, target_code(e)) for e in ordered} == {("ZAFJUD", "ZAFGOV")}
    # one state by two of its names is not a dyad
    assert not [
        e
        for e in events_of("Pyongyang a rejeté les concessions que la Corée du Nord devrait faire.", "fr")
        if e.target and e.target.country == e.source.country
    ]


def test_an_event_noun_takes_the_modality_of_its_verb() -> None:
    def modality(text: str, lang: str, kind: str) -> set[str]:
        return {e.modality for e in events_of(text, lang) if kind in (e.plover_type, e.cameo)}

    # what is called for has not happened; talks one will not take part in are negated
    assert modality("Protesters called for Mayor Rahm Emanuel's resignation on Monday.", "en", "0831") == {
        "possible"
    }
    assert modality("Les manifestants ont réclamé la démission du président tunisien.", "fr", "0831") == {
        "possible"
    }
    text = "Syrian opposition leaders said they would not take part in talks with the government."
    assert modality(text, "en", "CONSULT") == {"negated"}
    assert modality("Syrian opposition leaders took part in talks with the government.", "en", "CONSULT") == {
        "asserted"
    }


def test_an_offer_by_several_is_not_to_each_other() -> None:
    offered = events_of("The U.S., Japan and China offered assistance to Taiwan on Sunday.", "en")
    assert {target_country(e) for e in offered} == {"TWN"}
    # a month is no march, a place no host of the protests that took place there
    assert not [
        e for e in events_of("The Syrian uprising began in March 2011.", "en") if e.trigger == "March"
    ]
    assert events_of("Protests also took place on Saturday in Amsterdam and Prague.", "en") == []


def test_french_withdrawal_conditional_and_topic() -> None:
    def dyads(text: str) -> set[tuple[str, str | None, str | None, str]]:
        return {(e.cameo, e.source.country, target_country(e), e.modality) for e in events_of(text, "fr")}

    # the troops withdrawn are the source's; whence, the state named below the noun
    assert dyads("La France a achevé fin 2023 le retrait de ses soldats du Niger.") == {
        ("087", "FRA", "NER", "asserted")
    }
    # "pourrait" makes what it governs possible; what one is asked about is not one's act
    assert dyads(
        "Interrogé sur la guerre à Gaza, M. Macron a réaffirmé que la France pourrait reconnaître l'État de Palestine."
    ) == {("054", "FRA", "PSE", "possible")}
    # a treaty named after a city is no actor, nor is the city inside its name
    assert dyads("Washington a annoncé son retrait de l'accord de Paris.") == set()
    assert not [
        e
        for e in events_of("Washington announced its withdrawal from the Paris climate agreement.", "en")
        if e.target and e.target.country in ("FRA", "ITA")
    ]


def test_a_coordinated_verb_shares_the_passive_voice() -> None:
    # "was shot by the police and detained": the police detained him, he did not detain himself
    for text, lang in (
        ("Ugandan opposition leader Amama Mbabazi was shot by the military police and detained.", "en"),
        ("L'opposant russe a été arrêté par la police russe et condamné à trois ans de prison.", "fr"),
    ):
        events = events_of(text, lang)
        assert events and all(e.source.sector == "COP" for e in events), (text, events)


def test_a_leader_and_his_own_state_are_no_dyad() -> None:
    for text in (
        "Serbian President Vojislav Kostunica promised to democratize Serbia and establish the rule of law.",
        "President Hassan Rouhani hailed a nuclear deal as a golden page in Iran's history.",
    ):
        events = events_of(text, "en", date(2001, 1, 10) if "Serbia" in text else date(2016, 1, 17))
        assert not [e for e in events if e.target and e.target.country == e.source.country], (text, events)


def test_what_a_protest_is_against_is_not_who_protests() -> None:
    for text, lang in (
        ("Thousands joined violent anti-Israeli protests in Ramallah on Friday.", "en"),
        ("Des milliers de personnes ont participé à une manifestation anti-américaine à Téhéran.", "fr"),
    ):
        assert not [e for e in events_of(text, lang) if e.source.country in ("ISR", "USA")], text
    staged = events_of("Palestinians staged anti-Israeli protests in Ramallah.", "en")
    assert {(e.source.country, target_country(e)) for e in staged} == {("PSE", "ISR")}


def test_what_talks_are_on_is_no_party() -> None:
    events = events_of(
        "Israel and Lebanon renewed negotiations today on an Israeli troop pullback from Lebanon.", "en"
    )
    assert {(e.source.country, target_country(e)) for e in events} == {
        ("ISR", "LBN"),
        ("LBN", "ISR"),
    }
    # what sanctions are imposed on is their target
    sanctions = events_of("The EU imposed sanctions on Belarus.", "en")
    assert {target_country(e) for e in sanctions} == {"BLR"}


def test_the_guest_after_the_place() -> None:
    events = events_of("Emmanuel Macron a reçu à l'Elysée le président chinois Xi Jinping.", "fr")
    assert {(e.cameo, e.source.country, target_country(e)) for e in events} == {("043", "FRA", "CHN")}


def test_a_topic_alone_is_no_target() -> None:
    for text, lang in (("Putin discussed Syria on Monday.", "en"), ("Poutine a discuté de la Syrie.", "fr")):
        assert not [e for e in events_of(text, lang) if e.target and e.target.country == "SYR"], text


def test_an_air_strike_is_no_labour_strike() -> None:
    events = events_of("A US air strike killed four fighters near Raqqa on Monday.", "en")
    assert not [e for e in events if e.plover_type == "PROTEST"]


def test_a_state_is_not_its_own_target() -> None:
    # "would not meet the demands": no USA → USA concession
    events = events_of("The United States said it would not meet the demands of the kidnappers.", "en")
    assert not [e for e in events if e.target is not None and e.target.country == e.source.country == "USA"]


def test_an_event_noun_inside_another_noun_is_no_event() -> None:
    events = events_of("Two soldiers died in the second attack of the current Palestinian uprising.", "en")
    assert not [e for e in events if e.plover_type == "PROTEST"]


def test_he_stands_for_a_person_not_a_state() -> None:
    events = events_of("Damascus rejected the plan on Monday. He urged Lebanon to reopen the border.", "en")
    assert not [e for e in events if e.cameo.startswith("02") and e.source.country == "SYR"]


def test_coordinated_actors_inside_a_phrase_give_one_event_each() -> None:
    for text, want in (
        (
            "Iran welcomed the resumption of diplomatic ties with Egypt, Jordan and Morocco.",
            {"EGY", "JOR", "MAR"},
        ),
        ("Turkey welcomed a resumption of ties between Egypt and Qatar.", {"EGY", "QAT"}),
    ):
        assert {e.target.country for e in events_of(text, "en") if e.target} == want, text
    # not the actors of a clause inside the phrase
    events = events_of(
        "The British government appointed Owen to head a public inquiry into the slaying, which soured relations "
        "between London and Moscow.",
        "en",
    )
    assert not [e for e in events if e.target and e.target.country == "RUS"]


def test_a_hostile_act_promised_is_a_threat() -> None:
    for text, lang, want in (
        ("Hezbollah vowed on Thursday to wage war on Israel.", "en", ("138", "ISR")),
        ("Israel vowed to retaliate against Iran.", "en", ("138", "IRN")),
        ("Iran promised to impose sanctions on Britain.", "en", ("1312", "GBR")),
        ("Le Hezbollah a promis de riposter contre Israël.", "fr", ("138", "ISR")),
    ):
        found = {(e.cameo, target_country(e), e.modality) for e in events_of(text, lang)}
        assert found == {(*want, "asserted")}, (text, found)
    # a cooperative act promised stays an intent, the act named by the clause's object included
    aid = events_of("La Russie a promis d'envoyer de l'aide à la Syrie.", "fr")
    assert {(e.cameo, target_country(e)) for e in aid} == {("033", "SYR")}
    # fighting corruption is no threat to anyone, and no agreement
    assert events_of("The rebels pledged to fight corruption.", "en") == []


def test_an_act_called_off_did_not_happen() -> None:
    for text, lang in (
        ("Russia abandoned the treaty with the United States.", "en"),
        ("La Russie a abandonné le traité avec les États-Unis.", "fr"),
        ("Gondor and Osgiliath have postponed their meeting.", "en"),
    ):
        assert not [e for e in events_of(text, lang) if e.cameo[:2] in ("04", "05", "06")], text
    # putting off a summit is itself an event (CAMEO 160)
    postponed = events_of("China postponed the summit with Japan.", "en")
    assert {(e.cameo, target_country(e)) for e in postponed} == {("160", "JPN")}
    # what delays something is no act called off
    delayed = events_of("The talks were delayed by the Israeli attack on Iran.", "en")
    assert {(e.cameo, e.source.country, target_country(e)) for e in delayed} == {("190", "ISR", "IRN")}


def test_setting_out_on_a_visit() -> None:
    for text, lang in (
        ("Chinese Premier Li Qiang left for Berlin on Wednesday.", "en"),
        ("Le Premier ministre chinois est parti pour Berlin mercredi.", "fr"),
    ):
        found = {(e.cameo, e.source.country, target_country(e)) for e in events_of(text, lang)}
        assert found == {("042", "CHN", "DEU")}, (text, found)
    assert [e.cameo for e in events_of("The French government chided Italy over migrants.", "en")] == ["111"]


def test_whom_an_actor_backs_is_not_the_actor() -> None:
    events = events_of(
        "The pro-Iranian Hizbollah group declared a unilateral ceasefire in south Lebanon.", "en"
    )
    assert events and not [e for e in events if e.source.country == "IRN"]
    for text, lang in (
        ("Pro-Russian separatists attacked Ukrainian troops in Donetsk.", "en"),
        ("Les séparatistes pro-russes ont attaqué les troupes ukrainiennes.", "fr"),
    ):
        assert not [e for e in events_of(text, lang) if e.source.country == "RUS"], text


def test_what_a_that_clause_demands_has_not_happened() -> None:
    for text, doer in (
        ("Hamas insisted that Israel release the Palestinian prisoners.", "ISR"),
        ("Amnesty International said in a statement that Egypt free the journalists.", "EGY"),
    ):
        found = {(e.cameo[:2], e.source.country, e.modality) for e in events_of(text, "en")}
        assert found == {("08", doer, "possible")}, (text, found)
    # a demand whose clause the parser hangs on its verb: whom it is made of
    demand = events_of(
        "The Arab League renewed its demand today that Israel lift the blockade of Gaza.", "en"
    )
    found = {(e.cameo[:2], target_country(e), e.modality) for e in demand}
    assert found == {("10", "ISR", "asserted"), ("08", "PSE", "possible")}, found
    # a plural subject's present tense is no subjunctive
    said = events_of("The officials said that the Americans withdraw their troops from Iraq.", "en")
    assert [e.modality for e in said if e.cameo.startswith("087")] == ["asserted"]


def test_a_coordinated_verb_with_its_own_auxiliary_has_its_own_voice() -> None:
    events = events_of(
        "Montenegro's prime minister has been indicted by the U.N. war crimes court and will resign.", "en"
    )
    found = {(e.cameo[:2], e.source.cameo) for e in events}
    # the court of the U.N. indicts (not a Montenegrin court); the prime minister resigns, not the court
    assert ("17", "IGO") in {(c, (s or "")[:3]) for c, s in found}, found
    assert [e.source.country for e in events if e.cameo.startswith("03")] == ["MNE"]


def test_up_to_a_number_is_the_object() -> None:
    events = events_of("Afghan rebels have kidnapped up to 16 Russian civilian advisers from a bazaar.", "en")
    assert {(e.cameo, e.source.country, target_country(e)) for e in events} == {("181", "AFG", "RUS")}
    closed = events_of("Russia closed its southern borders with Iran and Turkey.", "en")
    assert {(e.cameo, target_country(e)) for e in closed} == {
        ("191", "IRN"),
        ("191", "TUR"),
    }
    handed = events_of("Swiss doctors handed over 700 kg of medicine to the Red Crescent in Bam.", "en")
    assert [(e.cameo, e.source.country) for e in handed] == [("073", "CHE")]


def test_a_relative_is_not_the_actor() -> None:
    # another given name before a known surname is another person; an honorific is not a given name
    assert not [
        e for e in events_of("Eric Trump criticized China on Monday.", "en") if e.source.country == "USA"
    ]
    assert [e.source.country for e in events_of("Mme Merkel a critiqué la Chine.", "fr")] == ["DEU"]
    assert [e.source.country for e in events_of("Mrs Merkel criticized China.", "en")] == ["DEU"]
    # the actor below a word of kinship is the relative's, not the phrase's
    for text, lang in (
        ("Robert Trump, un frère du président, a saisi un tribunal de New York.", "fr"),
        ("Robert Smith, the brother of the Russian president, criticized China.", "en"),
    ):
        assert not [e for e in events_of(text, lang) if e.source.country in ("USA", "RUS")], text
    # but what kind of relative he is stays ("le père tchétchène")
    father = events_of("Le père tchétchène de l'adolescent a accusé la police française.", "fr")
    assert [e.source.country for e in father] == ["RUS"], father


def test_a_company_named_after_a_country_is_not_that_country() -> None:
    events = events_of("Les Pays-Bas ont apporté une aide de 3,4 milliards d'euros à Air France-KLM.", "fr")
    assert not [e for e in events if e.target and e.target.country == "FRA"]


def test_where_one_comes_back_from_and_where_one_speaks_are_no_party() -> None:
    for text, lang in (
        ("De retour de Nouakchott, le chef de l'Etat poursuit ses consultations sur le remaniement.", "fr"),
        ("En Grande-Bretagne, le Premier ministre a promis une relance verte.", "fr"),
    ):
        assert not [e for e in events_of(text, lang) if e.target and e.target.country in ("MRT", "GBR")], text


def test_a_fronted_place_is_the_setting_not_a_party() -> None:
    fronted = events_of("Aux Pays-Bas, le ministre allemand a promis une aide financière.", "fr")
    assert [(e.cameo, target_country(e)) for e in fronted] == [("0331", None)]
    after = events_of("Le ministre allemand a promis une aide aux Pays-Bas.", "fr")
    assert [(e.cameo, target_country(e)) for e in after] == [("033", "NLD")]
    # "près de Taïwan" says where China's exercises are, not whose they are
    drills = events_of("Les exercices militaires de la Chine près de Taïwan inquiètent Washington.", "fr")
    assert {e.source.country for e in drills} == {"CHN"}


def test_a_pronoun_stands_for_an_actor_not_an_adjective() -> None:
    events = events_of(
        "Une militante française a été arrêtée samedi. Elle réclame justice pour son frère.", "fr"
    )
    # (the activist may demand, as one of France's people; France itself does not)
    assert not [e for e in events if e.cameo.startswith("10") and e.source.cameo == "FRA"]


def test_whom_one_allows_to_act_is_the_target() -> None:
    events = events_of(
        "The Turkish government allows the United States to launch strikes from Incirlik.", "en"
    )
    assert ("080", "TUR", "USA") in {(e.cameo, e.source.country, target_country(e)) for e in events}, events


def test_a_medium_gives_no_country_to_the_agents_after_it() -> None:
    events = events_of("Witnesses told the BBC the hotel was stormed by masked gunmen on Friday.", "en")
    assert not [e for e in events if e.source.country == "GBR"], events
    # a state does ("Iran said its police arrested two men")
    police = events_of("Iran said on Monday that police arrested two British journalists.", "en")
    assert [(e.source.country, target_country(e)) for e in police] == [("IRN", "GBR")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # whom an investigation or a condemnation aims at is who did what it names, some of one's own people too
        (
            "Serbia is investigating crimes by Serbian paramilitaries against Bosnian civilians.",
            ("091", "SRB", "SRB"),
        ),
        ("Iran condemned the attack by Israel on Gaza.", ("111", "IRN", "ISR")),
        # an infinitive the parser calls adverbial is still what is sworn
        ("The rebels in Mali have sworn to fight the French army.", ("138", "MLI", "FRA")),
        # "part of a military aid program" is aid
        ("The United States suspended part of a military aid program for Bosnia.", ("162", "USA", "BIH")),
        ("Turkish police prevented the demonstration organised by students.", ("1721", "TUR", "TUR")),
        ("The IAEA has dispatched inspectors to a nuclear plant in Iran.", ("090", None, "IRN")),
        ("La Russie a renforcé le blocus de l'Ukraine.", ("191", "RUS", "UKR")),
        # whom an expulsion is of is who is expelled
        ("Britain announced the expulsion of 23 Russian diplomats.", ("166", "GBR", "RUS")),
    ],
)
def test_roles_and_codes_of_real_news_patterns(text: str, want: tuple[str, str | None, str]) -> None:
    lang = "fr" if text.startswith("La ") else "en"
    found = {(e.cameo, e.source.country, target_country(e)) for e in events_of(text, lang)}
    assert want in found, (text, found)


def test_a_noun_that_only_qualifies_another_is_no_event() -> None:
    boats = events_of("Two U.S. Navy patrol boats were seized by the Iranian authorities.", "en")
    assert {(e.cameo, e.source.country) for e in boats} == {("171", "IRN")}, boats
    # "clashed over" a question is a dispute in words, "clashed with" troops a fight
    words = events_of("Donald Trump and Vladimir Putin clashed on Thursday over Ukraine's future.", "en")
    assert {e.cameo for e in words} == {"110"}, words
    # the conjunction may hang on a member of the subject
    welcomed = events_of("Lions, tigers, and France welcomed a resumption of ties with Iran.", "en")
    assert [(e.source.country, target_country(e)) for e in welcomed] == [("FRA", "IRN")]


def test_a_town_deep_in_a_phrase_is_no_doer_and_no_addressee() -> None:
    marches = events_of("Des milliers de manifestants ont défilé lors des marches pour Adama samedi.", "fr")
    assert not [e for e in marches if e.source.country == "ETH"], marches  # Adama is also a town in Ethiopia
    governor = events_of("The governor of Texas called on residents to stay home.", "en")
    assert [e.source.country for e in governor] == ["USA"]
    # words are addressed to someone, not to the town where they are said
    conte = events_of(
        "Le Premier ministre italien a appelé, lors d'une réunion à Rome, à un plan de relance européen.",
        "fr",
    )
    assert [(e.cameo, e.target) for e in conte] == [("020", None)], conte
    # "le siège de l'ONU" is a building, no siege
    hq = events_of("Des manifestants russes se sont rassemblés devant le siège de l'ONU à Genève.", "fr")
    assert not [e for e in hq if e.cameo.startswith("19")], hq


def test_several_who_promise_do_not_promise_each_other() -> None:
    promised = events_of("Britain and Norway promised an extra 1.7 billion dollars by 2020.", "en")
    assert {(e.source.country, e.target) for e in promised} == {("GBR", None), ("NOR", None)}
    agreed = events_of("Britain and Norway agreed to cooperate on energy.", "en")
    assert {(e.source.country, target_country(e)) for e in agreed} == {
        ("GBR", "NOR"),
        ("NOR", "GBR"),
    }


def test_an_actor_the_parser_calls_a_clause_is_the_object() -> None:
    events = events_of("Le département d'Etat américain a appelé Pékin à faire preuve de retenue.", "fr")
    assert [(e.cameo, e.source.cameo, target_code(e)) for e in events] == [("020", "USAGOV", "CHNGOV")]


def test_a_word_one_letter_off_a_name_is_not_that_actor() -> None:
    # "Patriot" is no Antonio Patriota, "the Greens" no Greeks
    patriot = events_of("Germany will finance two additional Patriot air defence systems for Ukraine.", "en")
    assert {(e.source.country, target_country(e)) for e in patriot} == {("DEU", "UKR")}
    greens = events_of("The opposition Greens accused the government of Germany of moving too slowly.", "en")
    assert not [e for e in greens if e.source.country == "GRC"]


def test_a_state_and_its_own_things_are_no_dyad() -> None:
    drone = events_of("Bamako accuse l'armée algérienne d'avoir abattu un drone malien.", "fr")
    assert [(e.source.country, target_country(e)) for e in drone] == [("MLI", "DZA")]
    territory = events_of(
        "Baghdad rejected the use of Iraqi territory to attack neighbouring countries.", "en"
    )
    assert not [e for e in territory if e.target and e.target.country == "IRQ"]
    # a meeting's town is no party to it; an apology's addressee is
    summit = events_of("Les chefs d'État de l'Union africaine se sont retrouvés samedi à Addis-Abeba.", "fr")
    assert not [e for e in summit if e.target and e.target.country == "ETH"]
    apology = events_of("The United States made a formal apology to Tehran on Monday.", "en")
    assert [(e.cameo, target_country(e)) for e in apology] == [("055", "IRN")]
    # plain clothes are no civilians
    civil = events_of("Un opposant camerounais a été interpellé à Douala par des hommes en civil.", "fr")
    assert not [e for e in civil if e.source.sector == "CVL"]


def test_several_who_pledge_troops_do_not_pledge_each_other() -> None:
    pledged = events_of(
        "Plusieurs pays, dont le Salvador, le Guatemala et les Bahamas, se sont engagés à envoyer des soldats.",
        "fr",
    )
    assert not [e for e in pledged if e.target is not None], pledged


def test_who_backs_an_actor_is_not_that_actor() -> None:
    for text in (
        "United States-backed fighters retook the final enclave of the Islamic State on Saturday.",
        "Iranian-backed militias attacked U.S. troops in Syria.",
    ):
        assert not [e for e in events_of(text, "en") if e.source.country in ("USA", "IRN")], text
    # talks "to transfer fighters from Syria" are not talks with Syria
    talks = events_of(
        "Baghdad and Washington are in talks to transfer thousands of fighters from Syria.", "en"
    )
    assert not [e for e in talks if e.target and e.target.country == "SYR"], talks


def test_a_protest_is_made_by_the_act_done_for_it() -> None:
    strike = events_of(
        "Hundreds of Afghan refugees began a hunger strike on Monday to protest against Pakistan's decision.",
        "en",
    )
    assert has(strike, "AFG", "14", "PAK"), strike
    # a rally only planned makes no protest yet
    planned = events_of(
        "Afghan refugees in Pakistan plan a rally on Sunday to protest against the Pakistani government.",
        "en",
    )
    assert planned and {e.modality for e in planned} == {"possible"}, planned
    # what an act is done for is otherwise only intended
    troops = events_of("France sent troops to Chad to attack the rebels.", "en")
    assert not [e for e in troops if e.cameo_root == "19" and e.modality == "asserted"], troops


def test_the_object_names_the_code() -> None:
    hunger = events_of(
        "Des opposants algériens ont entamé une grève de la faim contre le gouvernement.", "fr"
    )
    assert [e.cameo for e in hunger] == ["142"], hunger
    air = events_of("Israel launched an air strike on Hezbollah in Lebanon.", "en")
    assert [e.cameo for e in air] == ["195"], air
    # (the lemmatiser leaves "euros" as it is)
    euros = events_of("Japan contributed 5 million euros to Ukraine.", "en")
    assert [(e.cameo, target_country(e)) for e in euros] == [("070", "UKR")], euros


def test_a_speaker_who_stresses_what_another_must_do_demands_it() -> None:
    stressed = events_of("Germany stressed that Russia must withdraw its troops from Ukraine.", "en")
    assert has(stressed, "DEU", "10", "RUS"), stressed
    hammered = events_of("Le ministre français a martelé que la Russie devait retirer ses troupes.", "fr")
    assert has(hammered, "FRA", "10", "RUS"), hammered


def test_an_act_held_off_or_done_instead_of_did_not_happen() -> None:
    held = events_of(
        "Turkey persuaded Russia to hold off from a full-scale attack on Idlib.", "en", date(2019, 2, 1)
    )
    assert not [e for e in held if e.cameo.startswith("19")], held
    rather = events_of("Rather than attack Ukraine, Russia negotiated.", "en", date(2019, 2, 1))
    assert [(e.cameo, e.modality) for e in rather] == [("190", "negated")], rather
    # (a "not" of the clause before the subject is not this verb's)
    text = "He said that if they did not the United States would be forced to release them."
    assert [e.modality for e in events_of(text, "en", date(2019, 2, 1))] == ["possible"]


def test_those_who_fight_alongside_or_with_another_against_a_third_are_allies() -> None:
    text = (
        "US troops, as well as special forces from the UK and France, have fought alongside Kurdish forces."
    )
    assert events_of(text, "en", date(2019, 1, 8)) == []
    text = "Kurdish Syrian forces have fought with the United States against Isis."
    assert events_of(text, "en", date(2019, 1, 8)) == []


def test_whom_one_leaves_to_act_acts_and_a_speech_given_in_a_town_is_no_concession() -> None:
    text = (
        "Erdogan refused to meet Bolton, leaving the US adviser to hold talks with his Turkish counterpart."
    )
    talks = [e for e in events_of(text, "en", date(2019, 1, 8)) if e.trigger == "hold"]
    assert [e.source.country for e in talks] == ["USA"], talks
    text = "The most significant of those speeches he gave in Riyadh two years ago."
    assert events_of(text, "en", date(2019, 1, 8)) == []
    assert [e.cameo for e in events_of("Russia gave in to Turkish demands.", "en")] == ["080"]


def test_it_after_an_unplaced_noun_is_that_noun_named_before() -> None:
    text = (
        "The US administration plans to close the prison. Al-Qaeda has called the camp a symbol. But there are "
        "detainees whom the administration says it would like to detain in a U.S. facility."
    )
    detain = [e for e in events_of(text, "en", date(2016, 2, 23)) if e.trigger == "detain"]
    assert [e.source.country for e in detain] == ["USA"], detain


def test_support_withdrawn_an_offensive_stalled_and_a_challenge_killed_off_are_no_acts() -> None:
    for text in (
        "The US Senate has withdrawn support for Riyadh's war in Yemen.",
        "Erdogan said Turkey would stall its offensive against Syria.",
        "Russia's failure could destroy its understanding with Ankara.",
        "Russia has effectively killed off any political challenge to Assad.",
    ):
        assert events_of(text, "en", date(2019, 1, 8)) == [], text


def test_an_official_clashing_with_a_named_person_criticises_and_the_unwilling_do_not_act() -> None:
    text = "The UK ambassador to the UN, Karen Pierce, also clashed with Trump over Syria."
    assert [e.cameo for e in events_of(text, "en", date(2018, 12, 21))] == ["111"]
    text = "Hezbollah has been unwilling to accede to Lebanon's demands."
    assert [e.modality for e in events_of(text, "en", date(2018, 12, 21))] == ["negated"]


def test_what_doers_are_doing_and_where_a_policy_is_are_not_who_does() -> None:
    day = date(2018, 2, 5)
    text = "Kurdish militias fighting against Turkey in Afrin have called on the government of Bashar al-Assad to act."
    assert not [e for e in events_of(text, "en", day) if e.source.country == "TUR"]
    text = "But it is US policy in Syria, and especially its support for the YPG, that really angers him."
    assert not [e for e in events_of(text, "en", day) if e.source.country == "SYR"]


def test_acts_invited_preconditions_met_and_a_rationale_agreed_with_are_no_events() -> None:
    day = date(2018, 2, 5)
    for text in (
        "American dithering over Syria has invited such acts of defiance.",
        "Few of the preconditions set by Guterres have been met by the Russians.",
        "While they agree with the rationale of the Afrin campaign, the rebels hope to reach Idlib.",
    ):
        assert events_of(text, "en", day) == [], text


def test_negation_carries_to_coordinated_acts_and_blame_is_no_act_of_the_blamer() -> None:
    day = date(2018, 2, 5)
    text = "Turkey did not shell Syrian cities or kill Syrian civilians."
    assert {e.modality for e in events_of(text, "en", day)} == {"negated"}
    text = "Turkey would not dare to shell Syrian cities and commit massacres against Syrian civilians."
    assert {e.modality for e in events_of(text, "en", day)} == {"negated"}
    text = "Russia did not attack Ukraine but negotiated with Kiev."
    assert [(e.cameo, e.modality) for e in events_of(text, "en", day)] == [
        ("190", "negated"),
        ("046", "asserted"),
    ]
    text = "Washington has upped the pressure by holding Russia responsible for gas attacks on civilians."
    assert events_of(text, "en", day) == []
    text = "The US also recognised Turkey's legitimate right to protect its own citizens from terrorists."
    assert events_of(text, "en", day) == []


def test_who_acts_at_the_hands_of_someone_is_that_someone() -> None:
    day = date(2018, 2, 5)
    found = events_of("Syrian civilians were killed at the hands of Russian soldiers.", "en", day)
    assert [(e.source.cameo, target_code(e)) for e in found] == [("RUSMIL", "SYRCVL")], found
    found = events_of("Des civils syriens ont subi des tortures aux mains de la police syrienne.", "fr", day)
    assert [(e.source.cameo, target_code(e)) for e in found] == [("SYRCOP", "SYRCVL")], found


def test_talks_in_a_city_of_international_bodies_are_with_no_one_there() -> None:
    day = date(2016, 2, 1)
    text = "Washington is frustrated Russia has not put pressure on the regime to negotiate at Geneva."
    assert not [e for e in events_of(text, "en", day) if target_country(e) == "CHE"]
    # (a visit there is one)
    visit = events_of("Iran's foreign minister Javad Zarif arrived in Vienna on Saturday.", "en", day)
    assert [(e.cameo, target_country(e)) for e in visit] == [("042", "AUT")], visit
    # (nor is a currency falling from a high a retreat)
    text = "The won fell after South Korea reported growth of 3 percent, retreating from a five-year high."
    assert events_of(text, "en", day) == []


def test_it_after_a_name_no_dictionary_knows_is_that_name_and_money_withdrawn_is_no_retreat() -> None:
    day = date(2016, 5, 10)
    text = (
        "The Balmoral left Southampton, England for a cruise, making stops in Portugal and Bermuda before putting in "
        "at Norfolk, Virginia, where it first arrived in the United States."
    )
    assert events_of(text, "en", day) == []
    text = (
        "The theft from the Bangladesh Bank was a bold cyber heist in which thieves attempted to withdraw nearly "
        "$1 billion in dozens of requests."
    )
    assert events_of(text, "en", day) == []


def test_a_person_whose_arrest_it_is_underwent_it_and_a_negation_keeps_to_its_own_verb_form() -> None:
    day = date(2016, 5, 10)
    text = "He gave the tip-off that led to Nelson Mandela's arrest, a former agent says."
    assert events_of(text, "en", day) == []
    text = (
        "The president of Bolivia said that he would not recognize Brazil's interim government and recalled his "
        "ambassador from Brasilia."
    )
    recalled = [e for e in events_of(text, "en", day) if e.trigger == "recalled"]
    assert [e.modality for e in recalled] == ["asserted"], recalled


def test_a_government_of_a_president_is_his_state_s_and_backed_fighters_are_not_the_backer_s() -> None:
    day = date(2016, 4, 27)
    text = "While Russia supports the government of President Bashar al-Assad, the United States backs the rebels."
    found = [(e.source.country, target_code(e)) for e in events_of(text, "en", day)]
    assert found == [("RUS", "SYRGOV")], found
    # (nor is an inspection by villagers an inquiry)
    text = (
        "Villagers inspect the path of a pyroclastic flow from the eruption of Mount Sinabung in Indonesia."
    )
    assert events_of(text, "en", day) == []


def test_a_border_word_that_qualifies_an_agent_names_no_border() -> None:
    found = events_of(
        "The migrants were all intercepted by the Spanish border forces.", "en", date(2021, 5, 18)
    )
    assert [e.source.cameo for e in found] == ["ESPMIL"], found


def test_its_stands_for_a_thing_or_a_body_not_a_person() -> None:
    text = "Erdogan fell out with Netanyahu's government over its mistreatment of Palestinians."
    found = [(e.source.country, target_country(e)) for e in events_of(text, "en", date(2018, 6, 1))]
    assert found == [("ISR", "PSE")], found
    # (the nearest, not a name that only qualifies a noun)
    text = (
        "The Biden administration targeted Russia with new sanctions, punishing Moscow for its meddling in the 2020 "
        "US election and its occupation of Crimea."
    )
    assert not [
        e for e in events_of(text, "en", date(2021, 4, 15)) if e.source.country == "USA" and e.cameo == "192"
    ]


def test_those_captured_travelling_or_persuaded_are_not_doers_of_what_is_done() -> None:
    day = date(2019, 2, 20)
    text = "Canada's government maintains that citizens captured in Syria and Iraq have the right to return home."
    assert events_of(text, "en", day) == []
    text = "Hundreds of foreign nationals, including Britons, have travelled to Syria to fight."
    assert events_of(text, "en", day) == []
    text = "Turkey persuaded Russia to attack the rebels in Idlib."
    assert [e.modality for e in events_of(text, "en", day)] == ["possible"]
    text = "If the UN and the Astana group are able to reach agreement, the outcome would be a legacy."
    assert not [e for e in events_of(text, "en", day) if e.target and e.target.country == "KAZ"]


def test_french_modal_in_the_compound_past_tells_what_was_done() -> None:
    text = "La Première ministre néo-zélandaise Jacinda Ardern a dû ordonner le reconfinement d'Auckland."
    assert [e.modality for e in events_of(text, "fr", date(2020, 8, 12))] == ["asserted"]
    text = "La France aurait dû reconnaître la Palestine."
    assert [e.modality for e in events_of(text, "fr", date(2020, 8, 12))] == ["possible"]


def test_what_a_french_ban_is_of_is_banned_and_a_star_guest_is_no_invitation() -> None:
    assert events_of("En France, l'interdiction des fêtes d'étudiants a été annoncée lundi.", "fr") == []
    text = "Le gouvernement turc a annoncé l'interdiction des manifestations de l'opposition."
    assert [(e.source.cameo, target_code(e)) for e in events_of(text, "fr")] == [("TURGOV", "TUROPP")]
    text = "Le maire de Troyes, invité vedette de la rentrée des Républicains, a salué le maire du Havre."
    assert not [e for e in events_of(text, "fr") if e.trigger == "invité"]


def test_a_speaker_does_not_do_what_the_participle_after_his_words_tells() -> None:
    day = date(2016, 5, 2)
    text = (
        "Jubeir blamed Damascus. This is a crime, he said referring to air strikes that hit a hospital in Aleppo "
        "last week, killing Syrian doctors."
    )
    assert not [e for e in events_of(text, "en", day) if e.trigger == "killing"]
    assert [
        e.cameo for e in events_of("Lavrov spoke on Monday, accusing Washington of lying.", "en", day)
    ] == ["112"]


def test_an_adjective_participle_and_a_ceasefire_wrecked_are_no_events() -> None:
    day = date(2016, 5, 2)
    assert events_of("A loss in Indiana would be particularly crushing for the senator.", "en", day) == []
    text = (
        "Aleppo has seen fighting, wrecking the first ceasefire of the war, sponsored by the United States."
    )
    assert events_of(text, "en", day) == []


def test_a_coordinated_passive_with_its_own_agent_is_that_agent_s() -> None:
    text = "Syrian rebels were trained by Turkey and armed by the United States."
    armed = [e for e in events_of(text, "en", date(2019, 2, 1)) if e.trigger == "armed"]
    assert [(e.source.country, e.target and e.target.cameo) for e in armed] == [("USA", "SYRREB")], armed


def test_a_backer_hung_on_an_event_noun_backs_and_does_not_do_it() -> None:
    text = "Hasaka has seen heavy fighting between the YPG militia, backed by Russia, and Islamic State militants."
    found = [(e.cameo, e.source.country) for e in events_of(text, "en", date(2016, 4, 1))]
    assert found == [("051", "RUS")], found


def test_refugees_are_not_of_a_state_named_before_them() -> None:
    visits = events_of("Merkel and Timmermans visited a refugee camp near Gaziantep.", "en", date(2016, 4, 1))
    assert {(e.source.country, target_country(e)) for e in visits} == {("DEU", "TUR"), ("NLD", "TUR")}, visits
    # (a state just before them is theirs)
    text = "Turkey will allow 13,000 Turkish Kurd refugees to return home."
    assert [e.target and e.target.cameo for e in events_of(text, "en", date(2016, 4, 1))] == ["TURREF"]


def test_words_are_not_aimed_at_where_the_talks_they_speak_of_are_held() -> None:
    urged = events_of(
        "Merkel urged the parties to peace talks in Geneva to agree on humanitarian zones.", "en"
    )
    assert [(e.cameo, e.source.country, e.target) for e in urged] == [("020", "DEU", None)], urged
    demanded = events_of("The UN envoy demanded parties to the conflict in Yemen allow aid workers in.", "en")
    assert [(e.cameo, target_country(e)) for e in demanded] == [("100", "YEM")], demanded


def test_whence_forces_are_withdrawn_is_no_doer() -> None:
    panama = events_of(
        "The United States speeded up the withdrawal of its invasion forces from Panama.", "en"
    )
    assert [(e.cameo, e.source.country, target_country(e)) for e in panama] == [("087", "USA", "PAN")], panama


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les États-Unis ont déclenché une guerre commerciale avec la Chine.", "fr"),
        ("The United States waged a trade war against China.", "en"),
        ("Washington a lancé une offensive diplomatique contre Pékin.", "fr"),
        ("China launched a charm offensive toward Germany.", "en"),
        ("The minister said Jordan had met all its responsibilities toward the refugees.", "en"),
        # (the parser hangs "might" elsewhere; the noun right after "of" still voids)
        (
            "Reporters asked Abe about North Korea's latest demonstration of military might - a "
            "submarine-launched ballistic missile test.",
            "en",
        ),
        # a primary's delegates are pledged to a candidate, by no one's act the news tells
        ("The New York win will expand Clinton's lead of 244 pledged delegates over Sanders.", "en"),
        ("François Hollande occupait la scène médiatique dimanche.", "fr"),
        ("Le ministre a quitté le logement qu'il occupait à Paris.", "fr"),
        ("Les armements français déployés au Yémen ont été recensés.", "fr"),
        ("Maintenant Facebook reconnaît son pouvoir et agit pour combattre la désinformation.", "fr"),
        # a lower-case word the tagger calls a place is none ("Canton", Ohio)
        ("Ankara has been pounding the canton's border towns with artillery fire.", "en"),
        # a pronominal verb may mean another thing: "s'arrêter" is to stop
        ("Les policiers français ont fait signe au chauffeur pour qu'il s'arrête.", "fr"),
        # forcing one's way in coerces no one; an animal agitated by a crowd is no protest
        ("In Texas, when no one came to answer the door, police forced their way inside.", "en"),
        ("Keepers in Ohio said the gorilla was agitated by the commotion from the crowd.", "en"),
        # an agreement, as a text, does nothing; compromising safety is no concession
        ("A recent EU-Turkey deal allows Greece to return Syrian asylum-seekers to Turkey.", "en"),
        ("The EU had compromised safety in Europe.", "en"),
        # those honoured were shot by no one named, and not by themselves (the tagger made "shot" a past tense)
        (
            "Pence directed flags to be flown at half-staff to honor the five police officers shot and killed in "
            "Dallas.",
            "en",
        ),
        # one's own jets sent somewhere are no aid to oneself
        ("China retaliated by sending fighter jets to the area.", "en"),
        # a seizure of power names no government ("le pouvoir" is one elsewhere)
        ("Le Sénégal et la Côte d'Ivoire ont condamné notre prise de pouvoir.", "fr"),
        # agreeing that something is so is a view shared, no agreement to act
        ("Iran and Iraq agree that the dialogue did not produce any substantive agreements.", "en"),
    ],
)
def test_a_modifier_or_an_object_that_makes_no_event(text: str, lang: str) -> None:
    assert events_of(text, lang) == []


def test_fighting_and_arms_the_modifiers_leave_alone() -> None:
    assert has(events_of("La Russie a lancé une offensive contre l'Ukraine.", "fr"), "RUS", "19", "UKR")
    assert has(
        events_of("Le territoire que la Russie occupe en Ukraine est immense.", "fr"), "RUS", "19", "UKR"
    )
    assert has(events_of("Israeli forces occupied positions in southern Lebanon.", "en"), "ISR", "19", "LBN")
    armed = events_of("La France a livré des armements à l'Ukraine.", "fr")
    assert [(e.cameo, target_country(e)) for e in armed] == [("072", "UKR")], armed


def test_who_is_asked_in_a_participle_clause_did_not_ask() -> None:
    assert events_of("When asked on Sunday about Iran, the French president declined to comment.", "en") == []
    backed = events_of("Backed by Russia, Syrian forces attacked rebels in Aleppo.", "en")
    assert has(backed, "RUS", "05", "SYR"), backed


def test_a_town_where_something_is_done_is_its_state() -> None:
    raid = events_of("Belgian police raided a suspected safe house in central Brussels on Saturday.", "en")
    assert not [e for e in raid if e.target and e.target.cameo and e.target.cameo.startswith("IGO")], raid
    # (Brussels still stands for the EU as a doer or an addressee)
    assert has(events_of("Brussels imposed new sanctions on Russia.", "en"), None, "16", "RUS")


def test_what_is_released_or_pleaded_may_be_no_event() -> None:
    for text in (
        "The U.S. Department of Justice released thousands of documents to a congressional committee.",
        "A former Iranian minister pleaded guilty on Monday.",
    ):
        assert events_of(text, "en") == [], text
    pleaded = events_of("Greece pleaded for help from the European Union.", "en")
    assert [(e.cameo, e.source.country, target_code(e)) for e in pleaded] == [("020", "GRC", "IGOEUREEC")], (
        pleaded
    )
    # a state the French parser tags an adjective is still the object
    israel = events_of("La France a appelé Israël à la retenue.", "fr")
    assert has(israel, "FRA", "02", "ISR"), israel


def test_set_phrases_and_fronted_prepositions_are_no_event() -> None:
    for text in (
        "Paul Manafort, who is in charge of the Republican strategy, met Turkish lawmakers.",
        "Upon the pope's arrival at the airport, the Greek prime minister called the visit historic.",
    ):
        assert not [e for e in events_of(text, "en") if e.cameo_root in ("02", "17")], text
    assert has(events_of("Greece called on Turkey to withdraw its troops.", "en"), "GRC", "02", "TUR")


def test_a_name_that_only_qualifies_a_noun_gives_no_agent_its_state() -> None:
    iraq = events_of("The leaders of the Iraq war were criticized by Iran.", "en")
    assert not [e for e in iraq if e.target and e.target.sector == "GOV"], iraq
    # (a possessive does: "leaders of Romania's new government" are Romanian)
    talks = events_of("French deputies held talks with leaders of Romania's new government on Tuesday.", "en")
    assert [e for e in talks if e.target and e.target.cameo == "ROUGOV"], talks


def test_an_associate_a_referral_and_a_given_name_are_not_what_they_name() -> None:
    # an associate of the president is not the president
    close = events_of(
        "Un proche de Manuel Valls a refusé qu'un journaliste français assiste au dépouillement.", "fr"
    )
    assert not [e for e in close if e.source.id and "valls" in e.source.id], close
    lawyer = events_of("Trump's lawyer Michael Cohen criticized the FBI on Monday.", "en")
    assert not [e for e in lawyer if e.source.sector == "GOV"], lawyer
    # a case referred to an authority is no seizure ("saisir la Haute Autorité"); a ship seized is
    referral = events_of("La Haute Autorité a été saisie par deux candidats du parti Les Républicains.", "fr")
    assert not [e for e in referral if e.cameo.startswith("171")], referral
    assert has(events_of("Un navire britannique a été saisi par l'Iran.", "fr"), "IRN", "17", "GBR")
    # "sa fille Marine" is no navy
    marine = events_of("Jean-Marie Le Pen a sommé sa fille Marine de quitter le Front national.", "fr")
    assert not [e for e in marine if e.target and e.target.sector == "MIL"], marine


def test_headings_contests_bases_and_what_the_subject_names() -> None:
    # a dateline or a heading in capitals is no actor
    shouted = events_of(
        "GERMANY REACTS A spokesman of the Social Democrats criticized the American president.", "en"
    )
    assert not [e for e in shouted if e.source.country == "DEU"], shouted
    # a contest won is no beating
    assert events_of("New Zealand may struggle to beat Australia in the race for investors.", "en") == []
    assert has(events_of("Kenyan police beat protesters in Nairobi.", "en"), "KEN", "18", "KEN")
    # a group based somewhere is not that state, nor gives it to the agents after it
    based = events_of(
        "A Britain-based monitoring group said government shelling had killed 131 civilians in Aleppo.", "en"
    )
    assert not [e for e in based if e.source.country == "GBR"], based
    # who did what the subject names, not a place in it
    strikes = events_of("Air strikes on rebel-held areas of Aleppo killed 91 civilians on Monday.", "en")
    assert not [e for e in strikes if e.source.country == "SYR" and e.source.sector is None], strikes
    # the object noun's own target
    blockade = events_of("NATO said it would tighten the naval blockade of Serbia with Albania's help.", "en")
    assert [(e.source.cameo, target_country(e)) for e in blockade] == [("IGOWSTNAT", "SRB")], blockade


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Israeli officials made no attempt to hide their anger at Iran.", "en"),
        ("The Kremlin issued a press release on Monday about Ukraine.", "en"),
        (
            "Le ministre canadien de la Défense a insisté pour dire que les soldats blessés étaient soignés.",
            "fr",
        ),
    ],
)
def test_a_noun_or_verb_without_what_makes_it_the_event(text: str, lang: str) -> None:
    assert events_of(text, lang) == [], text


def test_what_is_only_possible_or_a_condition_has_not_happened() -> None:
    retaliation = events_of("Kigali a évoqué la possibilité de représailles militaires contre la RDC.", "fr")
    assert not [e for e in retaliation if e.modality == "asserted"], retaliation
    condition = events_of("Bruxelles conditionne l'accord à la libération de l'opposante ukrainienne.", "fr")
    assert not [e for e in condition if e.modality == "asserted"], condition
    # (an attempt with its preposition is one; a release of someone is one)
    assert has(events_of("Iran announced the release of two British sailors.", "en"), "IRN", "08", "GBR")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Many of the heated outdoor baths in Switzerland and Austria offer spectacular views.", "en"),
        ("The German central banker is asking himself those questions.", "en"),
        ("Boeing propose des vols long-courriers dans des sièges plus étroits.", "fr"),
        ("La chute du gouvernement a endommagé l'image de la République tchèque.", "fr"),
        ("Seulement 9 % des Canadiens acceptent de parler avec leur médecin.", "fr"),
        ("Finalement, la Reine Sofía a encouragé les personnes présentes à participer au débat.", "fr"),
    ],
)
def test_offers_of_views_acts_on_oneself_polls_and_a_queen_named_like_a_town(text: str, lang: str) -> None:
    assert events_of(text, lang) == [], text


def test_a_verb_that_strengthens_the_event_its_object_names() -> None:
    for text, lang in (
        ("The European Union has reinforced its sanctions against Damascus.", "en"),
        ("L'Union européenne a durci ses sanctions contre Damas.", "fr"),
    ):
        found = events_of(text, lang)
        assert [(e.cameo[:2], target_country(e)) for e in found] == [("16", "SYR")], found
    assert has(events_of("Russia reinforced its troops in Crimea.", "en"), "RUS", "15", "UKR")


def test_an_official_named_as_the_object_is_the_target() -> None:
    summoned = events_of("L'Indonésie a convoqué l'ambassadeur d'Australie.", "fr")
    assert [(e.cameo, target_code(e)) for e in summoned] == [("114", "AUSGOV")], summoned
    # (refugees accepted are what is accepted, not whom the act is aimed at)
    refugees = events_of("Syria says it will not accept any more refugees if war starts in Iraq.", "en")
    assert not [e for e in refugees if e.target is not None], refugees


def test_supporters_are_of_their_leader_s_country_not_their_leader() -> None:
    protest = events_of("Des partisans de Bachar al-Assad ont manifesté devant le ministère à Damas.", "fr")
    assert protest and all(e.source.id == "state:SYR" for e in protest), protest
    roads = events_of(
        "About 200 supporters of President Abdelmadjid Tebboune blocked roads in Algiers.", "en"
    )
    assert roads and all(e.source.id == "state:DZA" for e in roads), roads


def test_places_taken_and_officials_whose_state_the_context_cannot_tell() -> None:
    port = events_of("Yemeni government forces captured the port of Mokha on Monday.", "en")
    assert [e.cameo for e in port] == ["192"], port
    freed = events_of("Les forces irakiennes ont libéré la ville de Mossoul de l'Etat islamique.", "fr")
    assert [e.cameo for e in freed] == ["192"], freed
    # the expeller's diplomats are not its own; whence they are sent back, if said
    expelled = events_of("Russia expels diplomats from Germany, Poland and Sweden.", "en")
    assert {(e.source.country, target_country(e)) for e in expelled} == {
        ("RUS", "DEU"),
        ("RUS", "POL"),
        ("RUS", "SWE"),
    }, expelled
    # (a party's own government is, and protesters' own government)
    defied = events_of(
        "Protesters in the Kenyan city of Kisumu defied a local government ban on rallies.", "en"
    )
    assert has(defied, "KEN", "12", "KEN"), defied
    party = events_of("Les Républicains ont reproché au gouvernement français son manque de vision.", "fr")
    assert [e for e in party if e.target and e.target.sector == "GOV"], party


def test_a_launch_rivals_and_the_agent_of_a_clause_inside_the_doer() -> None:
    for text in (
        "An unmanned SpaceX Falcon 9 rocket blasted off from Florida on Friday.",
        "Trump's Democratic rivals condemned the proposal as divisive.",
        "A couple said by U.S. authorities to have been inspired by Islamic State killed 14 people in California.",
    ):
        assert not [e for e in events_of(text, "en") if e.source.country == "USA"], text
    assert has(events_of("Britain blasted Russia over the poisoning.", "en"), "GBR", "11", "RUS")


def test_a_pronoun_in_a_clause_of_purpose_stands_for_the_nearest_actor() -> None:
    text = (
        "Le président libanais a appelé les Etats-Unis et la France à faire pression sur Israël pour qu'il "
        "cesse ses attaques et se retire des positions qu'il occupe dans le Sud."
    )
    found = events_of(text, "fr")
    assert not [e for e in found if e.cameo_root in ("08", "19") and e.source.country == "LBN"], found


def test_a_participle_that_only_qualifies_its_noun_is_no_event() -> None:
    junction = events_of(
        "Les soldats rwandais ont fait jonction avec des combattants du groupe armé M23.", "fr"
    )
    assert not [e for e in junction if e.cameo.startswith("07")], junction
    assert has(events_of("La Russie a armé les rebelles du Donbass.", "fr"), "RUS", "07", "UKR")


def test_telling_or_showing_an_act_is_not_doing_it() -> None:
    for text, lang in (
        ("A Syrian film depicts the assassination of the Egyptian president.", "en"),
        ("En 1980, un cinéaste syrien retraçait l'assassinat du président égyptien.", "fr"),
        # what one hears or remembers of an attack is not one's attack
        ("Syrians heard the screams of the sniper attack on Egyptian police in Cairo.", "en"),
        ("Les Syriens ont entendu les cris de l'attaque contre la police égyptienne.", "fr"),
    ):
        assert not [e for e in events_of(text, lang) if e.source.country == "SYR"], text
    assert has(
        events_of("L'armée russe a mis en place un blocus contre l'Ukraine.", "fr"), "RUS", "19", "UKR"
    )


def test_a_measure_aimed_at_someone_is_no_attack_and_names_its_target() -> None:
    actions = events_of(
        "The White House has announced new actions targeting Russia in response to cyberattacks.", "en"
    )
    assert not [e for e in actions if e.cameo_root == "19"], actions
    for text, lang in (
        ("The EU adopted new sanctions targeting Russian banks.", "en"),
        ("L'UE a adopté de nouvelles sanctions visant la Russie.", "fr"),
    ):
        found = events_of(text, lang)
        assert [(e.cameo, target_country(e)) for e in found] == [("163", "RUS")], found


def test_a_medium_named_as_a_channel_is_no_antecedent() -> None:
    found = events_of(
        "Sur Twitter, le service de messagerie, il a accusé les partisans de Morsi de fomenter un putsch.",
        "fr",
    )
    assert not [e for e in found if e.source.sector in ("MED", "BUS")], found


def test_the_parents_of_a_national_are_not_his_state() -> None:
    text = "The parents of Jack Letts, a Briton held by Kurds in Syria, have accused the Foreign Office of inaction."
    assert not [e for e in events_of(text, "en") if e.source.country == "GBR"], text


def test_a_relative_pronoun_subject_is_the_actor_it_qualifies() -> None:
    met = events_of(
        "Chinese President Xi Jinping, who met separately with Obama on Monday, said little.", "en"
    )
    assert [(e.cameo, e.source.country, target_country(e)) for e in met] == [("040", "CHN", "USA")]
    rendu = events_of("Donald Trump, qui s'est rendu au Mexique, a tenu un meeting.", "fr")
    assert [(e.cameo, e.source.country) for e in rendu if e.cameo == "042"] == [("042", "USA")], rendu
    # "who" is a person, not the organisation the parser hangs the clause on
    shot = events_of("A Pakistani woman linked to Al-Qaeda who shot at U.S. officers was extradited.", "en")
    assert not [e for e in shot if e.source.cameo and e.source.cameo.startswith("IMG")], shot
    # a town where something is does not act through the clause the parser hangs on it
    rally = events_of(
        "Two explosions hit a peace rally in Ankara, which called for an end to the conflict.", "en"
    )
    assert not [e for e in rally if e.source.country == "TUR"], rally


def test_what_a_verb_of_showing_opens_voids_its_protest() -> None:
    shown = events_of("The Iranian president wants to demonstrate to voters that he has succeeded.", "en")
    assert not [e for e in shown if e.cameo.startswith("14")], shown
    marched = events_of("Palestinian students demonstrated against Israel on Friday.", "en")
    assert [(e.cameo, target_country(e)) for e in marched] == [("141", "ISR")]
    banners = events_of("Des militants français ont déployé deux banderoles sur le pont.", "fr")
    assert not [e for e in banners if e.cameo.startswith("15")], banners


def test_police_and_civilians_without_a_country_are_of_their_setting() -> None:
    cairo = events_of("Police arrested eight men in Cairo on Tuesday.", "en")
    assert [(e.cameo, e.source.cameo) for e in cairo] == [("173", "EGYCOP")]
    kiev = events_of("Protesters marched to the parliament in Kiev on Sunday.", "en")
    assert [(e.cameo, e.source.cameo) for e in kiev] == [("141", "UKRCVL")]
    # a people of another country is no setting: the police of Cairo arrested them
    britons = events_of("Police arrested two Britons in Cairo on Tuesday.", "en")
    assert [(e.source.cameo, target_country(e)) for e in britons] == [("EGYCOP", "GBR")]
    # two countries named: whose police, the sentence does not say
    two = events_of("Police arrested a man who had come from Syria to Berlin.", "en")
    assert not [e for e in two if e.source.sector == "COP"], two
    # a thing of a country is no setting ("des plaques belges")
    plates = events_of("Les policiers ont saisi à Dijon des couteaux et des plaques belges.", "fr")
    assert not [e for e in plates if e.source.country == "BEL"], plates
    # given their country by the setting, they are doers there, not whom an act aims at
    means = events_of("Le syndicat Alliance a dénoncé à Lyon le manque de moyens des policiers.", "fr")
    assert not [e for e in means if e.target and e.target.sector == "COP"], means


def test_what_is_between_two_actors_is_each_on_the_other() -> None:
    clashes = events_of("Clashes between Turkish security forces and Kurdish rebels killed dozens.", "en")
    assert sorted((e.cameo, e.source.cameo, target_code(e)) for e in clashes) == [
        ("190", "TURCOP", "TURREB"),
        ("190", "TURREB", "TURCOP"),
    ]
    hostilities = events_of("Les hostilités entre l'Arménie et l'Azerbaïdjan ont repris dimanche.", "fr")
    assert sorted((e.source.country, target_country(e)) for e in hostilities) == [
        ("ARM", "AZE"),
        ("AZE", "ARM"),
    ]
    # but hostility in the singular is enmity, no fighting
    enmity = events_of("The deal helps to ease the hostility between Tehran and Washington.", "en")
    assert not [e for e in enmity if e.cameo.startswith("19")], enmity


def test_whom_one_speaks_to_is_a_partner_unless_the_press() -> None:
    phone = events_of("Putin spoke to Erdogan by phone on Monday.", "en")
    assert [(e.cameo, e.source.country, target_country(e)) for e in phone] == [("041", "RUS", "TUR")]
    for text in (
        "Putin spoke to the BBC on Monday.",
        "Putin spoke to reporters in Moscow on Monday.",
        "The sanctions against Iran are meeting with the approval of Republicans.",
    ):
        assert not [e for e in events_of(text, "en") if e.cameo.startswith("04")], text


def test_pronouns_stand_for_what_they_can() -> None:
    # "whose" is the actor its clause qualifies
    whose = events_of(
        "Isis began as an offshoot of al-Qaida, whose attacks on New York in 2001 began the war.", "en"
    )
    assert [(e.cameo, e.source.cameo, target_country(e)) for e in whose] == [("190", "IMGMUSALQ", "USA")]
    # "it" is never a person
    it = events_of("Far from eradicating terror as Bush had promised, it encouraged its spread.", "en")
    assert not [e for e in it if e.cameo.startswith("02")], it
    # in a concession the pronoun is the sentence's subject, not the nearest actor
    concession = events_of(
        "The EU remains supportive of the nuclear deal that was abandoned by the US, even if it criticises Iran's "
        "missile programme.",
        "en",
    )
    assert [e.source.cameo for e in concession if e.cameo == "111"] == ["IGOEUREEC"], concession


def test_things_offered_or_freed_up_are_no_events() -> None:
    for text in (
        "Trump offers no clue as to what happens if the Taliban sweep into Kabul.",
        "US troops freed up in Syria could be redeployed to Iraq.",
    ):
        assert not events_of(text, "en"), text


def test_an_actor_that_is_only_a_model_is_no_doer() -> None:
    parade = events_of("Trump wants a North Korean-style military parade in Washington.", "en")
    assert not [e for e in parade if e.source.country == "PRK"], parade


def test_a_stand_stated_with_be_is_no_passive() -> None:
    opposed = events_of("Israel is opposed to French mediation in the talks with Syria.", "en")
    assert [(e.cameo, e.source.country, target_country(e)) for e in opposed] == [("110", "ISR", "FRA")]
    # with its doer named, it is a passive
    by = events_of("The French plan was opposed by Israel on Monday.", "en")
    assert not [e for e in by if e.source.country == "FRA"], by


def test_a_hostile_act_one_is_ready_to_do_is_a_threat() -> None:
    martial = events_of(
        "Iraq's interim government announced that it is prepared to impose martial law.", "en"
    )
    assert [(e.cameo[:2], e.source.cameo, target_country(e)) for e in martial] == [("13", "IRQGOV", "IRQ")]
    frapper = events_of("La Russie s'est dite prête à frapper l'Ukraine.", "fr")
    assert [(e.cameo[:2], target_country(e)) for e in frapper] == [("13", "UKR")]
    # a friendly one stays an intent
    retrait = events_of("La Turquie s'est dite prête à retirer ses troupes de Syrie.", "fr")
    assert [e.cameo[:2] for e in retrait] == ["03"], retrait


def test_taking_a_place_by_force_is_an_assault_as_plovers_gold_reads_it() -> None:
    invaded = events_of("Israeli troops invaded southern Lebanon on Tuesday.", "en")
    assert [(e.cameo, e.plover_type, target_country(e)) for e in invaded] == [("192", "ASSAULT", "LBN")]
    # no one named: the state it is in
    port = events_of("Yemeni government forces captured the port of Mokha on Monday.", "en")
    assert [(e.plover_type, target_country(e)) for e in port] == [("ASSAULT", "YEM")]
    # taking control is the table's COERCE
    control = events_of("Les rebelles ont pris le contrôle de Goma, dans l'est de la RDC.", "fr")
    assert {e.plover_type for e in control if e.cameo == "192"} <= {"COERCE"}, control


def test_a_hunger_strike_is_never_an_armed_one() -> None:
    begun = events_of("Algerian landowners began a hunger strike outside Parliament on Monday.", "en")
    assert [(e.cameo, e.source.country) for e in begun] == [("142", "DZA")], begun


def test_fire_launched_at_a_target_through_coordinated_weapons() -> None:
    fire = events_of(
        "Vietnamese forces launched artillery, mortar and rocket fire against Cambodian guerrilla camps.",
        "en",
    )
    assert [(e.cameo, e.source.cameo, target_country(e)) for e in fire] == [("194", "VNMMIL", "KHM")]


def test_missiles_fired_towards_a_state() -> None:
    japon = events_of("La Corée du Nord a tiré un missile vers le Japon.", "fr")
    assert [(e.cameo, e.source.country, target_country(e)) for e in japon] == [("190", "PRK", "JPN")]


def test_those_engaged_in_an_act_do_it() -> None:
    engaged = events_of("Serb forces were engaged in ethnic cleansing against the Albanian population.", "en")
    assert [(e.cameo[:2], e.source.cameo) for e in engaged] == [("20", "SRBMIL")], engaged


def test_parser_slips_around_subjects_and_objects() -> None:
    # the object hung on a time phrase before it
    friday = events_of(
        "Les autorités suédoises ont dénoncé vendredi la décision de l'Organisation mondiale de la santé.",
        "fr",
    )
    assert [(e.cameo, e.source.cameo, target_code(e)) for e in friday] == [("111", "SWEGOV", "IGOUNOHLHWHO")]
    # a name made a second subject beside its description
    chp = events_of(
        "Le principal parti d'opposition, le CHP (social-démocrate), accuse le président turc de mentir.",
        "fr",
    )
    assert [(e.cameo, e.source.country, target_code(e)) for e in chp] == [("112", "TUR", "TURGOV")]
    # a place after a comma is another clause's, no setting of the police
    links = events_of(
        "Police rounded up 20 people with links to Islamic State, whose battle lines in Syria have grown.",
        "en",
    )
    assert not [e for e in links if e.source.country == "SYR"], links


def test_french_verbs_conjugated_with_etre_are_no_passives() -> None:
    arrived = events_of("Le président biélorusse Alexandre Loukachenko est arrivé mardi à Pékin.", "fr")
    assert [(e.cameo, e.source.country) for e in arrived] == [("042", "BLR")], arrived


def test_money_chances_and_verdicts_are_no_prisoners_seizures_or_pleas() -> None:
    for text in (
        "An Australian woman appeals her Thai jail sentence.",
        "In Japan, it is already possible to withdraw money from some cash machines.",
        "Tony Blair said he would seize the chance to return as Britain's prime minister.",
    ):
        assert not events_of(text, "en"), text
    imf = events_of("The IMF has released 3.4 billion dollars to Ukraine.", "en")
    assert [(e.cameo, target_country(e)) for e in imf] == [("071", "UKR")]


def test_french_slips_of_names_and_idioms() -> None:
    # a person's name one letter off a people's is no state
    pope = events_of("Il est possible que François demande conseil aux cardinaux.", "fr")
    assert not [e for e in pope if e.source.country == "FRA"], pope
    # "faire marche arrière" is backing down, no march; "a reconnu le ministre" an inverted subject
    for text in (
        "Obama fait marche arrière sur sa réforme du système de santé.",
        "Les Etats-Unis sont allés trop loin, a reconnu le secrétaire d'Etat John Kerry.",
    ):
        assert not [e for e in events_of(text, "fr") if e.cameo.startswith(("14", "05"))], text
    recognised = events_of("La France a reconnu l'Etat de Palestine.", "fr")
    assert [(e.cameo, target_country(e)) for e in recognised] == [("054", "PSE")]


def test_a_state_flown_over_is_the_target_and_crowds_statues_are_no_targets() -> None:
    flown = events_of("Des avions russes ont survolé la Pologne.", "fr")
    assert [(e.cameo, e.source.country, target_country(e)) for e in flown] == [("150", "RUS", "POL")]
    for text in (
        "Le président a voté au Touquet avant de s'offrir un bain de foule.",
        "Une statue a été abattue mardi par des manifestants américains à Richmond.",
        "Le Premier ministre indien a survolé vendredi en hélicoptère les zones sinistrées.",
    ):
        assert not events_of(text, "fr"), text


def test_whom_one_persuades_to_act_does_the_act() -> None:
    persuaded = events_of(
        "The chemical attack near Damascus persuaded Trump to launch missile strikes on Syria.", "en"
    )
    assert [(e.source.country, target_country(e)) for e in persuaded] == [("USA", "SYR")]
    # not one who uses something to act
    used = events_of("Islamic State militants used the chaos to seize territory in Syria.", "en")
    assert [e.source.cameo for e in used] == ["IMGMUS"], used


def test_an_attack_in_words_is_criticism_and_a_medium_no_addressee() -> None:
    tweet = events_of("Trump attacked Biden on Twitter on Monday.", "en")
    assert [e.cameo for e in tweet] == ["111"], tweet
    entretien = events_of("Donald Trump a attaqué Joe Biden dans un entretien au Figaro.", "fr")
    assert [e.cameo for e in entretien] == ["111"], entretien
    asked = events_of('"Why are we fighting for Syria?" Trump asked on Twitter.', "en")
    assert not [e for e in asked if e.target is not None], asked


def test_an_actor_named_before_a_word_of_standing_is_the_other_side() -> None:
    ally = events_of("A longstanding US ally, Turkey is opposed to any Idlib offensive.", "en")
    assert {e.source.country for e in ally} == {"TUR"}, ally
    # (kin words keep to their possessive: "Pennsylvania Attorney General" is Pennsylvania's)
    kane = events_of(
        "Pennsylvania Attorney General Kathleen Kane would not appeal the ruling on Monday.", "en"
    )
    assert not [e for e in kane if e.source.sector == "MIL"], kane


def test_an_event_two_phrases_down_and_objects_hung_on_the_verb() -> None:
    # an invasion named deep in a phrase is not the doing of the one who allowed something
    launch = events_of(
        "Le gouvernement biélorusse a permis au territoire biélorusse d'être utilisé comme terrain de lancement "
        "de l'invasion de l'Ukraine.",
        "fr",
    )
    assert not [e for e in launch if e.cameo.startswith("19") and e.source.country == "BLR"], launch
    # a noun coordinated with the object, hung on the verb by the parser
    nato = events_of("La Chine a accusé les États-Unis et l’OTAN d’avoir provoqué le conflit.", "fr")
    assert sorted(e.target.cameo for e in nato if e.target) == ["IGOWSTNAT", "USA"], nato


def test_he_and_she_stand_for_the_person_last_named_as_subject() -> None:
    # a person named with their office ("Russian President Vladimir Putin") or by a surname met again
    # ("Merkel") is who "he" or "she" continues
    visit = "Russian President Vladimir Putin arrived in Beijing on Tuesday. He criticized the United States."
    assert has(events_of(visit, "en"), "RUS", "11", "USA")
    again = "Angela Merkel flew to Ankara on Monday. Merkel met students. She criticized Russia on Tuesday."
    assert has(events_of(again, "en", date(2016, 3, 1)), "DEU", "11", "RUS")
    # in its own sentence, the person named before it: not the minister of an earlier sentence
    office = (
        "Pakistan's foreign minister met reporters on Monday. Aides of Indian Prime Minister Narendra Modi"
        " said he had spoken by phone with Joe Biden."
    )
    assert [e.source.country for e in events_of(office, "en", date(2022, 3, 1)) if e.cameo_root == "04"] == [
        "IND"
    ]
    # a person no dictionary knows, subject before the actor: "he" is that person, not the actor
    stranger = (
        "Leonard Fairweather has long written about politics. He once interviewed the late Venezuelan"
        " leader Hugo Chavez, who liked him. In his new book, he criticized Colombia."
    )
    assert not [e for e in events_of(stranger, "en") if e.cameo_root == "11"]


def test_a_vice_president_is_not_the_president() -> None:
    # the office has its holders: "le vice-président américain" in 2018 is Mike Pence, not Donald Trump
    text = "Le vice-président américain a critiqué l'Iran lundi."
    assert [e.source.id for e in events_of(text, "fr", date(2018, 5, 7))] == ["person:mike-pence"]
    text = "U.S. Vice President Kamala Harris criticized Iran on Monday."
    assert [(e.source.id, e.source.cameo) for e in events_of(text, "en", date(2022, 5, 9))] == [
        ("person:kamala-harris", "USAGOV")
    ]


def test_an_accusation_told_after_the_quoted_words() -> None:
    # '"...", a accusé X': X accuses the quoted subject, whether the parser hangs the verb on the quoted
    # clause or makes it a sentence of its own; a participle after the speaker is the speaker's own act
    told = '"Téhéran a tenu parole", a salué samedi le président français.'
    assert [(e.source.country, target_country(e)) for e in events_of(told, "fr", date(2019, 5, 4))] == [
        ("FRA", "IRN")
    ]
    text = 'Le président russe "attise les tensions", a accusé lundi le président ukrainien.'
    assert {(e.source.country, e.cameo_root, target_country(e)) for e in events_of(text, "fr")} == {
        ("UKR", "11", "RUS")
    }


def test_a_title_alone_is_its_holder_on_the_day() -> None:
    # Joe Biden, met first, became president only in 2021: "le président" in 2020 is Donald Trump
    text = (
        "Donald Trump est accusé par son adversaire, le démocrate Joe Biden, d'avoir attisé les tensions."
        " Le président a critiqué la Chine mardi."
    )
    critics = [e.source.id for e in events_of(text, "fr", date(2020, 8, 31)) if e.trigger == "critiqué"]
    assert critics == ["person:donald-trump"]
    # the crown prince met earlier, crown prince on that day (prime minister only from 2022)
    text = "Mohammed ben Salmane a reçu Emmanuel Macron. Le prince héritier a critiqué l'Iran mardi."
    critics = [e.source.id for e in events_of(text, "fr", date(2019, 5, 7)) if e.trigger == "critiqué"]
    assert critics == ["person:mohammed-bin-salman"]


def test_a_general_of_the_law_is_no_soldier() -> None:
    # "Attorney General", "procureur général": the justice, not the army
    lynch = events_of("U.S. Attorney General Loretta Lynch criticized Russia.", "en", date(2016, 3, 1))
    assert [(e.source.country, e.source.sector) for e in lynch] == [("USA", "JUD")]
    general = events_of("Le procureur général de Russie a accusé l'Ukraine.", "fr")
    assert [(e.source.country, e.source.sector) for e in general] == [("RUS", "JUD")]


def test_foreign_leaders_are_not_the_context_state() -> None:
    # "foreign leaders" met by Obama are not U.S. officials: the partner is the one named among them
    text = "Obama will meet with foreign leaders including Chinese President Xi Jinping in Washington on Thursday."
    meetings = [
        e for e in events_of(text, "en", date(2016, 3, 28)) if e.cameo_root == "03" or e.cameo_root == "04"
    ]
    assert {(e.source.country, target_country(e)) for e in meetings} == {("USA", "CHN")}


def test_a_capital_named_as_where_is_its_country() -> None:
    # "a hotel in Kabul" is in Afghanistan: the attack is not on its government; "Russia attacked Kyiv" is
    attacked = events_of("Taliban gunmen attacked a hotel in Kabul on Monday.", "en")
    assert [(e.source.country, target_code(e)) for e in attacked] == [("AFG", "AFG")]
    assert [target_code(e) for e in events_of("Moscow criticized Kyiv on Monday.", "en")] == ["UKRGOV"]


def test_a_town_stands_for_its_state_when_the_article_names_that_state() -> None:
    # a town only the gazetteer knows acts for its state, as the dictionaries' towns do
    text = "La France est divisée. Marseille a condamné la Russie mardi."
    assert [(e.source.cameo, target_code(e)) for e in events_of(text, "fr")] == [("FRA", "RUS")]
    # not a town named inside the doer's phrase
    text = "La France est divisée. Le centre basé à Nanterre a condamné la Russie mardi."
    assert not events_of(text, "fr")
    # nor a surname the gazetteer also holds (a town of Guatemala): the article names no Guatemala
    endorsed = events_of("Palin endorsed Donald Trump on Tuesday.", "en", date(2016, 1, 20))
    assert all(e.source.country != "GTM" or e.source.cameo is None for e in endorsed)
    # a town aimed at is its state's
    shelled = events_of(
        "Les forces russes ont bombardé Kharkiv, la deuxième ville d'Ukraine.", "fr", date(2022, 3, 1)
    )
    assert [(e.source.cameo, target_code(e)) for e in shelled] == [("RUSMIL", "UKR")]


def test_a_town_official_is_of_the_towns_state() -> None:
    mayor = events_of("Le maire de Bordeaux a condamné la Chine.", "fr", date(2020, 7, 1))
    assert [(e.source.cameo, target_code(e)) for e in mayor] == [("FRAGOV", "CHN")]
    governor = events_of("Le gouverneur du Texas a critiqué la Chine.", "fr", date(2020, 7, 1))
    assert [e.source.cameo for e in governor] == ["USAGOV"]
    met = events_of("The mayor of Flint met President Obama on Wednesday.", "en", date(2016, 1, 20))
    assert [(e.source.cameo, e.target.id if e.target else None) for e in met] == [
        ("USAGOV", "person:barack-obama")
    ]


def test_a_former_official_is_an_elite() -> None:
    for text, lang in (
        ("A former British minister criticized China.", "en"),
        ("Un ancien ministre britannique a critiqué la Chine.", "fr"),
        ("L'ex-ministre britannique a critiqué la Chine.", "fr"),
    ):
        assert [e.source.cameo for e in events_of(text, lang)] == ["GBRELI"], text
    assert [e.source.cameo for e in events_of("British ministers criticized China.", "en")] == ["GBRGOV"]


def test_unidentified_gunmen_are_of_their_setting() -> None:
    for text, lang in (
        ("Gunmen kidnapped three French journalists in Mali.", "en"),
        ("Des hommes armés ont enlevé trois journalistes français au Mali.", "fr"),
    ):
        assert [(e.source.cameo, target_code(e)) for e in events_of(text, lang)] == [("MLIUAF", "FRAJRN")], (
            text
        )


def test_a_forbidden_act_did_not_happen() -> None:
    # the ban may be an event; the gatherings it forbids are none
    for text, lang in (
        ("Le gouvernement interdit les rassemblements de plus de dix personnes en France.", "fr"),
        ("Police prevented a protest by students in Istanbul.", "en"),
    ):
        assert not any(e.cameo_root == "14" for e in events_of(text, lang)), text


def test_a_determiner_says_whether_an_event_noun_happened() -> None:
    signed = events_of("No agreement between Israel and Lebanon was signed.", "en")
    assert signed and {e.modality for e in signed} == {"negated"}
    deal = [
        e
        for e in events_of("Any deal between Israel and Lebanon must be approved.", "en")
        if e.trigger == "deal"
    ]
    assert deal and {e.modality for e in deal} == {"possible"}
    deal = [
        e
        for e in events_of("Tout accord entre Israël et le Liban devra être approuvé.", "fr")
        if e.trigger == "accord"
    ]
    assert {e.modality for e in deal} <= {"possible"}


def test_a_party_name_several_countries_use_is_the_one_the_article_speaks_of() -> None:
    text = "Nicola Zingaretti, chef du Parti démocrate, a critiqué la Russie à Rome."
    assert [e.source.cameo for e in events_of(text, "fr", date(2020, 8, 1))] == ["ITAPTY"]
    text = "Le Parti démocrate a critiqué Donald Trump."
    assert [e.source.cameo for e in events_of(text, "fr", date(2020, 8, 1))] == ["USAPTY"]


def test_remains_removed_and_reviews_offered_are_no_events() -> None:
    removed = events_of("La police équatorienne a fait enlever les dépouilles des malades à Quito.", "fr")
    assert not any(e.cameo_root == "18" for e in removed)
    text = "U.S. presidential hopefuls offered mixed reviews of Michael Bloomberg's potential run."
    assert not any(e.cameo_root == "03" for e in events_of(text, "en", date(2016, 1, 24)))


def test_politicians_attack_each_other_in_words() -> None:
    attacked = events_of("Donald Trump attacked Joe Biden on Tuesday.", "en", date(2020, 9, 1))
    assert [(e.cameo, target_code(e)) for e in attacked] == [("111", "USAELI")]
    attacked = events_of("Emmanuel Macron a attaqué le Rassemblement national.", "fr", date(2020, 9, 1))
    assert [(e.cameo, target_code(e)) for e in attacked] == [("111", "FRAPTY")]
    # an army, an armed group or a state is attacked with arms
    attacked = events_of("Obama attacked Islamic State militants in Syria.", "en", date(2016, 1, 20))
    assert [e.cameo_root for e in attacked] == ["19"]


def test_a_politicians_rally_is_a_campaign_not_a_protest() -> None:
    assert not events_of("Donald Trump held two rallies in Iowa on Saturday.", "en", date(2016, 1, 20))
    # people rallying are a protest; a lawmaker's hunger strike too
    rally = events_of("Des milliers d'Algériens ont manifesté dimanche à Oran.", "fr")
    assert [(e.cameo, target_country(e)) for e in rally] == [("141", "DZA")]


def test_business_between_companies_is_no_political_event() -> None:
    text = "A firm in the British Virgin Islands loaned $200 million to a company in Cyprus."
    assert not events_of(text, "en")


def test_a_threat_someone_is_said_to_be_is_no_threat_made() -> None:
    for text in (
        "Iran is a threat to Israel.",
        "Russia posed a serious threat to Ukraine, the minister said.",
    ):
        assert not any(e.cameo_root == "13" for e in events_of(text, "en")), text
    issued = events_of("North Korea issued a new threat to Japan on Monday.", "en")
    assert [(e.cameo, target_code(e)) for e in issued] == [("130", "JPN")]


def test_what_comes_from_someone_is_theirs() -> None:
    aid = events_of("Kiev has received military aid from Washington.", "en")
    assert [(e.source.country, target_country(e), e.cameo_root) for e in aid] == [("USA", "UKR", "07")]
    # a gathering dominated by the U.S. is not boycotted by it
    text = "A boycott by Russian President Vladimir Putin, unwilling to join a U.S.-dominated gathering, adds to doubts."
    assert all(e.source.country != "USA" for e in events_of(text, "en", date(2016, 3, 31)))


def test_objects_that_make_a_verb_no_event() -> None:
    for text in (
        "They asked whether Islamic State would offer Koran classes in English.",
        "A Western source in Pyongyang told Reuters, requesting anonymity.",
        "Cyber criminals shut down the computer networks of U.S. hospitals.",
        "The party hopes to mobilize voters to the polls in Ohio.",
        "Syrian forces suffered heavy losses but would not offer any specifics.",
    ):
        assert not events_of(text, "en", date(2016, 3, 31)), text


def test_a_state_trooper_is_police() -> None:
    shot = events_of("A Virginia state trooper was shot at a Richmond bus station by a gunman.", "en")
    assert [target_code(e) for e in shot] == ["USACOP"]


def test_the_head_of_a_body_is_not_the_head_of_state() -> None:
    # "le président du Sénat", "de la région": that body's, not Emmanuel Macron met before
    text = "Emmanuel Macron a visité un lycée. Le président du Sénat a critiqué la Chine."
    assert all(e.source.id != "person:emmanuel-macron" for e in events_of(text, "fr", date(2020, 9, 1)))
    text = "Emmanuel Macron a visité un lycée. Le président de la République a critiqué la Chine."
    assert [e.source.id for e in events_of(text, "fr", date(2020, 9, 1))] == ["person:emmanuel-macron"]


def test_words_that_look_like_agents_but_are_verbs_or_manners() -> None:
    # "juge" is the verb here, no judge; "à pied" is how one reaches a country, no rallying to it
    text = "Les sorties nocturnes sont responsables, juge le gouvernement espagnol."
    article = prepare(RawDocument("t", "t", text, lang_hint="fr"), Counts(), default_date=date(2020, 8, 20))
    assert article is not None
    [doc] = parse([article])
    resolve_article(article, doc)
    assert [m.sector for m in article.mentions if m.rule and m.rule.startswith("agent")] == ["GOV"]
    rallied = events_of("De Kerbala, le pèlerin a rallié à pied la Turquie, la Grèce, puis la Croatie.", "fr")
    assert not rallied


def test_acts_advised_against_suggested_or_ended_are_not_done() -> None:
    assert not events_of("Le Royaume-Uni déconseille désormais tout voyage non-essentiel en France.", "fr")
    text = "Le maire de Nice a suggéré un accord entre Les Républicains et Emmanuel Macron."
    assert {e.modality for e in events_of(text, "fr", date(2020, 9, 1))} == {"possible"}
    assert not events_of("L'armée russe a stoppé son offensive contre l'Ukraine.", "fr")
    assert not any(e.cameo_root == "14" for e in events_of("Frodo halted his march towards Mordor.", "en"))


def test_an_international_organisation_does_not_protest() -> None:
    text = "L'Unesco a ajouté qu'elle se mobilise sur le terrain pour la restauration de maisons."
    assert not events_of(text, "fr")


def test_a_state_s_protest_is_not_aimed_at_itself() -> None:
    # a state or its government protests at another: with none named, the protest has no target
    for text, lang in (
        ("The new radar deployment drew a sharp protest from Japan on Tuesday.", "en"),
        ("Le projet de barrage a suscité une vive protestation de la Chine.", "fr"),
    ):
        protests = [e for e in events_of(text, lang) if e.cameo_root == "14"]
        assert protests and all(e.target is None for e in protests), protests
    # its people protest against it, and so do those it only says where they are
    for text, lang, state in (
        ("Japanese farmers protested in Tokyo on Tuesday.", "en", "JPN"),
        ("Taxi drivers in Portugal's capital demonstrated on Monday.", "en", "PRT"),
        ("Des chauffeurs de taxi de la capitale portugaise ont manifesté lundi.", "fr", "PRT"),
    ):
        assert has(events_of(text, lang), state, "14", state), text


def test_brussels_is_belgium_or_the_eu_by_the_articles_words() -> None:
    text = "Belgian police raided a flat in Molenbeek. Brussels remains under the highest terror alert after the bombings."
    assert all(not (e.source.cameo or "").startswith("IGO") for e in events_of(text, "en", date(2016, 3, 25)))
    text = "The European Commission proposed new rules. Brussels criticized Russia over Crimea on Monday."
    assert [e.source.cameo for e in events_of(text, "en") if e.trigger == "criticized"] == ["IGOEUREEC"]


def test_travellers_make_no_state_visit() -> None:
    for text in (
        "Trump would charge higher fees for Mexicans to visit the United States.",
        "A first group of 202 migrants, most from Pakistan and Afghanistan, arrived in Turkey on Monday.",
    ):
        assert not any(e.cameo in ("042", "043") for e in events_of(text, "en", date(2016, 4, 5))), text
    visit = events_of("Chinese President Xi Jinping visited Pakistan.", "en", date(2016, 4, 5))
    assert [(e.cameo, target_code(e)) for e in visit] == [("042", "PAK")]


def test_ones_own_country_and_citizens() -> None:
    # defending one's own country's approach, warning one's own citizens: no act on another
    for text in (
        "The Belgian prime minister defended his country's approach to fighting terror threats.",
        "The United States warned its citizens on Saturday about credible threats to tourist areas in Turkey.",
    ):
        assert not events_of(text, "en", date(2016, 4, 2)), text


def test_a_surname_the_gazetteer_knows_as_a_town_is_no_state() -> None:
    text = "President Obama nominated Merrick Garland. Democrats urged the U.S. Senate to approve Garland."
    approve = [e for e in events_of(text, "en", date(2016, 4, 5)) if e.trigger == "approve"]
    assert approve and all(target_code(e) is None for e in approve)
    assert all(e.modality == "possible" for e in approve)


def test_roads_shut_and_citizenship_renounced_are_no_events() -> None:
    for text in (
        "Trump's big loss in Wisconsin doesn't shut down the road to the nomination.",
        "The rules aim to stop U.S. companies renouncing their American citizenship.",
    ):
        assert not events_of(text, "en", date(2016, 4, 5)), text


def test_french_plus_negates_only_with_ne() -> None:
    text = "Le ministre britannique a critiqué la Chine deux ans plus tard."
    assert [e.modality for e in events_of(text, "fr")] == ["asserted"]
    assert [e.modality for e in events_of("La Russie n'a plus attaqué l'Ukraine.", "fr")] == ["negated"]


def test_a_capitalised_french_event_noun_is_a_name() -> None:
    text = "Il suit le général de Gaulle dans l'aventure politique du RPF (Rassemblement du peuple français)."
    assert not events_of(text, "fr")


def test_where_a_blast_happened_did_not_set_it_off() -> None:
    text = "Le nitrate d'ammonium à l'origine des explosions de Beyrouth a causé plusieurs accidents industriels."
    assert not events_of(text, "fr", date(2020, 8, 10))


def test_venues_taken_over_and_mandates_given_up_are_no_events() -> None:
    for text in (
        "La Britannique Vivienne Westwood investit le musée des tissus à Lyon.",
        "Le député britannique renonce à son mandat pour entrer au gouvernement.",
    ):
        assert not events_of(text, "fr"), text


def test_what_one_notes_or_counts_is_not_ones_own_act() -> None:
    text = "Hamid Karzai constate une recrudescence des attaques contre la police et les forces afghanes à Kaboul."
    assert not events_of(text, "fr", date(2012, 6, 22))


def test_a_giant_is_a_company_and_a_rebellion_rebels() -> None:
    assert not events_of("Le géant japonais promet une autonomie accrue de son système.", "fr")
    text = "Plusieurs chefs de la rébellion syrienne accusent le régime de Damas d'avoir tué des civils."
    assert [e.source.cameo for e in events_of(text, "fr", date(2012, 11, 2))] == ["SYRREB"]


def test_a_gift_received_is_no_guest_and_a_language_no_state() -> None:
    text = "Le président algérien a félicité les artistes et a reçu une cape brodée du Liban."
    assert not events_of(text, "fr", date(2012, 7, 6))
    guests = events_of("Le président algérien a reçu son homologue libanais.", "fr", date(2012, 7, 6))
    assert [(e.cameo, target_country(e)) for e in guests] == [("043", "LBN")]
    assert not events_of(
        "Le recteur de l'université de Tokyo menace de bouter le français hors des amphis.", "fr"
    )


def test_the_town_before_an_event_noun_is_where_it_is() -> None:
    # "the Geneva talks" are held in Geneva, not by Switzerland; a mediator's "U.N.-brokered" is no party
    assert not events_of(
        "Civilians have been killed since the U.N.-brokered Geneva peace talks stalled.", "en"
    )
    assert not events_of("The Paris attacks killed 130 people.", "en", date(2015, 11, 20))
    talks = events_of("The Moscow talks between Russia and Turkey ended.", "en")
    assert {(e.source.country, target_country(e)) for e in talks} == {("RUS", "TUR"), ("TUR", "RUS")}


def test_news_conferences_and_caucuses_captured_are_no_events() -> None:
    for text in (
        "The U.N. mediator arrives for a news conference on the Syrian peace talks in Geneva.",
        "Sanders captured two party caucuses against her, in Utah and Idaho.",
    ):
        assert not events_of(text, "en", date(2016, 3, 23)), text


def test_what_sanctions_are_meant_to_do_is_possible() -> None:
    text = "The tough new U.N. sanctions are meant to cut funding to Pyongyang's nuclear arms program."
    assert {e.modality for e in events_of(text, "en", date(2016, 4, 1))} == {"possible"}


def test_a_hyphened_origin_then_nationality_is_the_nationality() -> None:
    # a Cuban-American is American; a Greek-Cypriot Cypriot; Bosnian Serbs live in Bosnia
    text = "A Cuban-American senator criticized Russia."
    assert [e.source.country for e in events_of(text, "en", date(2016, 3, 1))] == ["USA"]
    text = "Greek-Cypriot leaders criticized Turkey."
    assert [e.source.country for e in events_of(text, "en", date(2016, 3, 1))] == ["CYP"]
    text = "Bosnian Serbs protested against the government in Sarajevo."
    assert {e.source.country for e in events_of(text, "en", date(2016, 3, 1))} <= {"BIH"}


def test_a_denial_does_not_negate_what_is_done_beside_it() -> None:
    text = "North Korea has denied responsibility, accusing South Korea and Malaysia of plotting against it."
    assert {e.modality for e in events_of(text, "en", date(2017, 2, 23)) if e.cameo_root == "11"} == {
        "asserted"
    }
    assert [e.modality for e in events_of("Russia denied attacking Ukraine.", "en")] == ["negated"]


def test_feared_seeming_and_funded_acts() -> None:
    # what is feared or only seems is possible; two funders are not each other's partners
    text = "Environmentalists fear the Brazilian government will bow to pressure from farmers."
    assert {e.modality for e in events_of(text, "en", date(2016, 11, 20))} <= {"possible"}
    text = "The fund is financed by Norway and Germany."
    assert not events_of(text, "en")


def test_soldiers_parade_and_officials_release_proposals() -> None:
    for text in (
        "North Korean soldiers march during a military parade in Pyongyang.",
        "Clinton will release more tax proposals later this week.",
        "Thursday's spotlight was stolen by the Republicans' leading contender.",
    ):
        assert not events_of(text, "en", date(2016, 3, 1)), text


def test_his_and_her_are_the_last_persons() -> None:
    text = "Assad has no incentive to stop using chemical weapons as long as Russia protects his regime."
    assert [(e.source.country, target_code(e)) for e in events_of(text, "en", date(2017, 4, 5))] == [
        ("RUS", "SYRGOV")
    ]


def test_a_surname_is_no_town_of_the_dictionaries() -> None:
    text = "The singer Whitney Houston was honoured by the mayor. Houston criticized the Russian government."
    assert all(e.source.country != "USA" for e in events_of(text, "en", date(2011, 3, 1)))


def test_leaders_of_a_region_or_an_unknown_body_are_not_the_context_states() -> None:
    assert not events_of("Obama met leaders of the Americas.", "en", date(2015, 4, 10))
    met = events_of("Obama plans to meet with SICA leaders Friday.", "en", date(2015, 4, 10))
    assert all(target_code(e) is None for e in met)
    # an ethnic or religious word before the agent leaves it the state met
    text = "Turkey will allow 13,000 Turkish Kurd refugees to return home."
    assert [(e.source.country, target_country(e)) for e in events_of(text, "en")] == [("TUR", "TUR")]


def test_a_condition_negated_is_still_a_condition_and_an_alleged_act_possible() -> None:
    text = (
        "Trump said he would stop buying oil from Saudi Arabia if it doesn't contribute troops to the fight."
    )
    assert {e.modality for e in events_of(text, "en", date(2016, 3, 27)) if e.trigger == "contribute"} <= {
        "possible"
    }
    text = "Once Israel signs a peace deal with the Palestinians, the countries will follow."
    assert {e.modality for e in events_of(text, "en")} == {"possible"}
    text = "Nisman accused Fernandez of covering up the alleged Iranian bombing of a Jewish center in Buenos Aires."
    assert {e.modality for e in events_of(text, "en", date(2015, 1, 20)) if e.trigger == "bombing"} == {
        "possible"
    }


def test_drums_beaten_officials_fired_and_admissions_are_no_events() -> None:
    for text in (
        "Opponents of the deal in Congress keep beating the drums against it.",
        "Tunisia's prime minister fired five police commanders on Monday.",
        "Obama conceded that Iran might try to cheat.",
        "Western powers announced their readiness to arm the unity government in Tripoli.",
    ):
        assert not events_of(text, "en", date(2015, 3, 23)), text


def test_judgements_made_by_calling_or_should_be_are_no_events() -> None:
    for text in (
        '"America should be very proud," Obama said.',
        "James Mattis called Putin a threat to the United States and its allies.",
        "The White House has long warned of the dangers of getting mired too deep in Syria.",
        "The United States and France agree on the need for caution.",
    ):
        assert not events_of(text, "en", date(2016, 12, 5)), text
    # a demand to be ready to act is still one
    text = "Mubarak said the US must be ready to mediate between Israelis and Palestinians."
    assert [e.cameo for e in events_of(text, "en", date(1996, 1, 10)) if e.trigger == "said"] == ["100"]


def test_shelling_near_a_border_post_is_no_post_of_words_and_an_invasion_no_domestic_act() -> None:
    text = "Turkish soldiers shelled Syrian regime forces near the border post in the province of Hatay."
    assert [e.cameo_root for e in events_of(text, "en", date(2016, 2, 14))] == ["19"]
    # (the invasion is of the other state the sentence names, never of Iraq itself)
    invaded = events_of("Badreddine escaped Kuwait after Iraqi troops invaded in 1990.", "en")
    assert [(e.source.country, target_country(e)) for e in invaded] == [("IRQ", "KWT")]


def test_deaths_counted_and_acts_possible_or_discouraged() -> None:
    assert not events_of("Le Brésil déplore 478 morts par million d'habitants.", "fr", date(2020, 8, 20))
    text = "La Commission européenne a appelé vendredi les États membres de l'UE à rouvrir leurs frontières."
    assert not events_of(text, "fr", date(2020, 8, 20))
    assert {
        e.modality for e in events_of("L'Autriche déconseille désormais de se rendre en Espagne.", "fr")
    } <= {"negated"}
    text = "Une éventuelle offensive turque contre la Syrie inquiète Washington."
    assert [(e.modality, target_country(e)) for e in events_of(text, "fr") if e.trigger == "offensive"] == [
        ("possible", "SYR")
    ]


def test_press_questions_group_visits_and_seas_are_no_events() -> None:
    for text in (
        "Reuters asked Obama if he would visit Cuba.",
        "Merkel and Macron visited on Monday.",
        "Japan criticized the military buildup in the East and South China Seas.",
    ):
        assert not events_of(text, "en", date(2019, 4, 11)), text


def test_what_is_lifted_and_joint_commitments_are_no_new_acts() -> None:
    text = "Western countries are not expected to lift the sanctions against Russia soon."
    assert not any(e.cameo_root == "16" for e in events_of(text, "en", date(2016, 4, 14)))
    assert not events_of("The commitment of Germany and France to the deal.", "en")


def test_wagner_is_the_group_only_where_the_article_speaks_of_it() -> None:
    text = "Wagner criticized the opposition in Brazil, Rousseff's aides said."
    assert all(e.source.id != "group:wagner" for e in events_of(text, "en", date(2016, 4, 12)))
    text = "Wagner fighters attacked Malian villages near the Russian base."
    assert [e.source.id for e in events_of(text, "en", date(2022, 4, 12))] == ["group:wagner"]


def test_decrees_signed_and_protests_covered_are_no_agreements_or_protests_of_the_signer() -> None:
    text = "Le président Donald Trump a signé vendredi un décret obligeant le groupe chinois ByteDance à vendre TikTok."
    assert not any(e.cameo == "057" for e in events_of(text, "fr", date(2020, 8, 15)))
    signed = events_of("Israël et les Emirats ont signé un accord de paix.", "fr", date(2020, 9, 15))
    assert {(e.cameo, e.source.country) for e in signed} == {("057", "ISR"), ("057", "ARE")}


def test_what_one_hopes_to_do_is_possible() -> None:
    # (spaCy lemmatises "hopes" as "hop")
    hoped = events_of("Obama hopes to lift sanctions on Iran.", "en", date(2015, 7, 20))
    assert [(e.modality, target_country(e)) for e in hoped] == [("possible", "IRN")]


def test_secretaries_and_deputies_are_government_and_speak_after_a_partial_quote() -> None:
    text = 'TikTok doit être "vendue ou bloquée" aux Etats-Unis, a averti dimanche le secrétaire au Trésor américain X.'
    warned = events_of(text, "fr", date(2020, 8, 3))
    assert [(e.cameo_root, e.source.cameo, e.target and e.target.cameo) for e in warned] == [
        ("13", "USAGOV", "MNCCHNMED")
    ]
    for text, lang, source in (
        ("U.S. Treasury Secretary Steven Mnuchin warned China on Sunday.", "en", "USAGOV"),
        ("Russian Deputy Foreign Minister Sergei Ryabkov criticised Washington.", "en", "RUSGOV"),
        ("Le secrétaire américain au Commerce a menacé Pékin.", "fr", "USAGOV"),
        (
            "Le vice-ministre russe des Affaires étrangères Sergueï Riabkov a critiqué Washington.",
            "fr",
            "RUSGOV",
        ),
    ):
        assert [e.source.cameo for e in events_of(text, lang, date(2020, 8, 3))] == [source], text


def test_a_capital_one_comes_from_names_a_people_not_its_government() -> None:
    text = "La jeune femme, originaire de la banlieue de Washington, a critiqué la Chine."
    assert [e.source.cameo for e in events_of(text, "fr", date(2020, 8, 3))] == ["USA"]
    text = "The girl, a native of Washington, criticised China."
    assert [e.source.cameo for e in events_of(text, "en", date(2020, 8, 3))] == ["USA"]
    text = "Officials from Washington criticised China."
    assert [e.source.cameo for e in events_of(text, "en", date(2020, 8, 3))] == ["USAGOV"]


def test_french_verbs_the_lemmatizer_leaves_as_written_are_read_by_their_infinitive() -> None:
    # fr_core_news leaves many regular -er verbs in the present as written ("cherche", "signent")
    tried = events_of("La Chine cherche à négocier avec l'Inde.", "fr", date(2020, 8, 3))
    assert [(e.cameo_root, e.modality) for e in tried] == [("04", "possible")]
    tried = events_of("Le gouvernement américain cherche à assouplir les sanctions contre Cuba.", "fr")
    assert [(e.cameo_root, e.modality, target_country(e)) for e in tried] == [("08", "possible", "CUB")]


def test_an_actor_in_a_clause_of_its_own_inside_the_object_is_no_target() -> None:
    text = (
        "Le gouvernement américain veut assouplir les normes destinées à économiser l'eau des douches, après que"
        " Donald Trump s'est plaint d'une pression d'eau insuffisante."
    )
    assert not any(e.target and e.target.cameo == "USAGOV" for e in events_of(text, "fr", date(2020, 8, 3)))


def test_a_mobilisation_is_a_protest_unless_of_forces() -> None:
    students = events_of(
        "La police a arrêté des étudiants lors de la mobilisation des étudiants biélorusses.", "fr"
    )
    assert {e.cameo_root for e in students if e.trigger == "mobilisation"} == {"14"}
    troops = events_of("La mobilisation des troupes russes à la frontière ukrainienne inquiète Kiev.", "fr")
    assert [(e.cameo, e.source.cameo) for e in troops if e.trigger == "mobilisation"] == [("154", "RUSMIL")]
    # nor one of money
    savings = events_of("Le plan repose sur la mobilisation de l'épargne des Italiens.", "fr")
    assert not [e for e in savings if e.trigger == "mobilisation"], savings


def test_a_place_named_deep_in_the_subject_does_not_set_off_the_explosion_it_causes() -> None:
    text = (
        "Le nitrate d'ammonium à l'origine des explosions de Beyrouth mardi a causé plusieurs accidents dont"
        " l'explosion de l'usine AZF à Toulouse."
    )
    assert not events_of(text, "fr", date(2020, 8, 6))
    shelled = events_of("Moscow and Minsk continued their shelling of Kharkiv.", "en", date(2022, 4, 1))
    assert [e.source.cameo for e in shelled] == ["RUSGOV", "BLRGOV"]


def test_whom_a_french_demand_addresses_does_what_it_asks() -> None:
    text = "Emmanuel Macron a appelé la Russie à retirer ses troupes et à négocier avec l'Ukraine."
    talks = [e for e in events_of(text, "fr", date(2022, 2, 1)) if e.cameo_root == "04"]
    assert [(e.source.cameo, target_country(e), e.modality) for e in talks] == [("RUS", "UKR", "possible")]
    text = "Macron a demandé à la Russie de retirer ses troupes."
    assert [
        (e.source.cameo, e.modality) for e in events_of(text, "fr", date(2022, 2, 1)) if e.cameo == "087"
    ] == [("RUS", "possible")]


def test_what_is_asked_beside_a_negation_is_asked_not_negated() -> None:
    for text, lang in (
        ("Emmanuel Macron a enjoint la Russie à ne pas attaquer l'Ukraine et à négocier avec Kiev.", "fr"),
        ("Macron urged Russia not to attack Ukraine and to negotiate with Kiev.", "en"),
    ):
        talks = [e for e in events_of(text, lang, date(2022, 2, 1)) if e.cameo_root == "04"]
        assert [(e.source.cameo, e.modality) for e in talks] == [("RUS", "possible")], text


@pytest.mark.parametrize(
    "text",
    [
        "Maduro has drawn parallels with a brief coup against Hugo Chavez in 2002.",
        "Protesters upset over the execution of a Shiite cleric in Saudi Arabia set fires to the Saudi embassy in Tehran.",
        "The diplomatic battle between Saudi Arabia and Iran has already intensified.",
        "Though Georgetown hasn't released data for the period, acts remain high.",
        "Israel says the Palestinians' refusal to recognize the Jewish state is blocking Mideast peace.",
        '"We are pressing the Turks to allow them in," says a Turkish diplomat, who asked not to be identified.',
        "The Israel Democracy Institute agreed, noting that legislators are not judges.",
        "Iranian guards detained the crew members near Farsi Island, roughly midway between Kuwait and Bahrain.",
        "Trump predicted strong growth once he took over the White House.",
    ],
)
def test_comparisons_reactions_findings_concurrence_and_whereabouts_are_no_events(text: str) -> None:
    assert not events_of(text, "en", date(2016, 4, 1))


def test_talks_yield_progress_not_concessions() -> None:
    text = "A telephone conversation between John Kerry and Sergei Lavrov yielded some progress."
    assert {e.cameo_root for e in events_of(text, "en", date(2016, 4, 1))} == {"04"}


def test_two_who_agree_agree_with_each_other_without_a_complement() -> None:
    agreed = events_of("Israel and Hamas agreed on Tuesday.", "en", date(2016, 4, 1))
    assert {(e.source.cameo, e.target and e.target.cameo) for e in agreed} == {
        ("ISR", "PSEREBHMS"),
        ("PSEREBHMS", "ISR"),
    }


def test_an_inverted_clitic_is_the_speaker_not_a_noun_of_the_quote() -> None:
    text = (
        "Emmanuel Macron a ouvert dimanche une visioconférence. \"En ce moment même, c'est bien l'avenir du Liban qui"
        ' se joue", a-t-il estimé, en appelant de nouveau à une enquête impartiale sur les causes de la catastrophe.'
    )
    assert [e.source.cameo for e in events_of(text, "fr", date(2020, 8, 9))] == ["FRAGOV"]


def test_a_fronted_place_is_no_party_and_a_stopped_march_no_arrest() -> None:
    text = "A Berlin, un cortège de quelque 20.000 personnes a été arrêté par la police."
    assert not events_of(text, "fr", date(2020, 8, 30))
    text = "A Moscou, un journaliste a été arrêté par la police russe."
    assert not any(e.target and e.target.cameo == "RUSGOV" for e in events_of(text, "fr", date(2020, 8, 30)))


@pytest.mark.parametrize(
    "text",
    [
        "La loi américaine exige que leurs agissements fassent du tort aux consommateurs.",
        "Le président français a fait le point sur la distribution de l'aide internationale promise au Liban.",
        "Silvio Berlusconi a été hospitalisé dans la chambre qu'il occupe habituellement à Milan, en Italie.",
        "Le gouvernement japonais a ordonné l'évacuation de milliers d'habitants.",
        "La Finlande recommande désormais le port du masque dans les lieux publics.",
    ],
)
def test_texts_reviews_fears_rooms_and_health_advice_are_no_events(text: str) -> None:
    assert not events_of(text, "fr", date(2020, 9, 1))


def test_whose_claim_it_is_is_no_target_and_a_need_is_not_met() -> None:
    text = (
        'Jean Castex a dénoncé mardi "un crime odieux" à la suite de cette attaque, qui est "manifestement'
        ' terroriste" selon le président Emmanuel Macron.'
    )
    assert not events_of(text, "fr", date(2020, 8, 11))
    text = "Le président a souligné la nécessité d'une plus grande concertation entre la Grèce et la Turquie."
    assert {e.modality for e in events_of(text, "fr", date(2020, 8, 11))} == {"possible"}


@pytest.mark.parametrize(
    "text",
    [
        "Canada's Competition Bureau said it was dropping an investigation into Google.",
        "Abbott said U.S. Internal Revenue Service officials allowed extensions for taxpayers in flooded areas.",
        "Trump and Clinton rolled to easy wins in New York, recapturing lost campaign momentum.",
        "Some Indian states have registered temperatures in excess of 40 degrees Celsius, forcing authorities to act.",
        "But the U.S. Embassy warned Americans in the country to maintain a high level of vigilance.",
        "The French embassy warned French citizens in Mali to stay home.",
    ],
)
def test_ships_markets_advisories_and_routine_acts_are_no_events(text: str) -> None:
    assert not events_of(text, "en", date(2016, 4, 20))


def test_sheriffs_deputies_are_police_instructed_acts_possible_and_ships_no_people() -> None:
    # (a ship is no one visited, and a visit announced to no one is no intent to meet anyone, as one made is none)
    text = "U.S. Defense Secretary Ash Carter said he would visit the USS John C. Stennis."
    assert events_of(text, "en", date(2016, 4, 20)) == []
    text = "Rousseff will travel to New York. Her opponents say it allowed her to expand public spending."
    assert not [e for e in events_of(text, "en", date(2016, 4, 20)) if e.trigger == "allowed"]
    text = "San Diego County sheriff's deputies seized cocaine in the United States."
    assert {e.source.cameo for e in events_of(text, "en", date(2016, 4, 20))} == {"USACOP"}
    text = "Afghan police have been instructed to kill the Taliban terrorists in the area near the explosion."
    assert [e.modality for e in events_of(text, "en", date(2016, 4, 20))] == ["possible"]


def test_an_event_noun_subject_of_a_modal_is_possible_and_one_asked_by_the_press_asks_nothing() -> None:
    text = "A ceasefire between Israel and Hamas could be reached next week."
    assert {e.modality for e in events_of(text, "en", date(2016, 4, 20))} == {"possible"}
    text = "Chinese Foreign Ministry spokeswoman Hua Chunying, asked about the comments, said she did not understand."
    assert not events_of(text, "en", date(2016, 4, 20))


def test_what_an_anniversary_marks_and_a_court_strikes_down_are_no_events() -> None:
    text = (
        "April 19 marked the anniversary of the Venezuelans' 1810 opening battle for independence from Spain."
    )
    assert not events_of(text, "en", date(2017, 4, 20))
    text = (
        "The European Union and Washington accelerated negotiations on a new framework after the previous one was"
        " struck down by a top EU court last year on concerns about U.S. snooping."
    )
    assert not [e for e in events_of(text, "en", date(2016, 2, 1)) if e.trigger == "struck"]


def test_an_unknown_named_president_a_state_s_neighbours_and_each_one_s_home_are_no_parties() -> None:
    text = (
        "Des chefs d'Etat, comme l'Ivoirien Alassane Ouattara, travaillent pour une solution. Samedi matin, quelques"
        " dizaines de partisans du président Keïta ont tenté de manifester à Bamako."
    )
    assert not [e for e in events_of(text, "fr", date(2020, 8, 22)) if e.source.cameo == "CIVGOV"]
    text = "Les pays voisins du Mali, réunis en Sommet, avaient réclamé jeudi le rétablissement du président Keïta."
    assert not events_of(text, "fr", date(2020, 8, 22))
    text = (
        "Confrontées à une résurgence du Covid-19, la France et l'Allemagne vont durcir leurs restrictions, avec"
        " notamment l'interdiction des rassemblements de plus de cinquante personnes en Allemagne et le port du"
        " masque obligatoire dans tout Paris."
    )
    assert not events_of(text, "fr", date(2020, 8, 22))
    text = "Zarif is due to meet his U.S. counterpart John Kerry later on Saturday."
    assert [e.target and e.target.cameo for e in events_of(text, "en", date(2016, 1, 16))] == ["USAGOV"]


def test_what_is_revealed_is_told_and_co_acceptors_accept_no_one() -> None:
    text = "Les responsables israéliens n'avaient pas caché leur irritation de voir Washington révéler l'attaque contre la Syrie."
    assert not events_of(text, "fr", date(2013, 11, 1))
    text = (
        "Le projet doit être accepté par le gouverneur anglais de Pitcairn, résidant en Nouvelle-Zélande, et par le"
        " gouvernement britannique."
    )
    assert not [e for e in events_of(text, "fr", date(2013, 11, 1)) if e.target is not None]


def test_a_state_warning_its_own_companies_advises_and_a_website_is_press() -> None:
    assert not events_of("The US warns its own companies about economic espionage by other countries.", "en")
    text = "The U.S. website Catholic Online has also opposed the German law."
    assert [e.source.cameo for e in events_of(text, "en", date(2013, 11, 1))] == ["USAJRN"]


def test_a_noun_s_own_phrase_names_no_doer_and_a_person_s_own_country_s_things_are_not_acted_on() -> None:
    text = "Les assassinats de huit ressortissants turcs et d'une petite entreprise grecque avaient un contexte extrémiste."
    assert not events_of(text, "fr", date(2011, 11, 15))
    text = "Narendra Modi made the announcement Monday after meeting with President Francois Hollande who is on a three-day visit to India."
    assert ("042", "FRAGOV", "IND") in {
        (e.cameo, e.source.cameo, target_country(e)) for e in events_of(text, "en", date(2016, 1, 25))
    }
    text = (
        "Le chef de la diplomatie turque, Ahmet Davutoglu a déploré que les efforts de médiation turque entrepris"
        " depuis le début de l'année auprès du régime syrien se soient soldés par un échec."
    )
    assert not events_of(text, "fr", date(2011, 11, 15))


def test_a_former_holder_advice_to_travellers_and_a_doer_added_alongside() -> None:
    text = "Le roi Felipe VI a pris ses distances. L'ex-roi avait abdiqué en raison des scandales."
    assert [e.source.cameo for e in events_of(text, "fr", date(2020, 8, 4)) if e.trigger == "abdiqué"] == [
        "ESPELI"
    ]
    text = "L'Autriche déconseille désormais de se rendre en Espagne tandis que la Norvège a placé la France sur sa liste rouge."
    assert not events_of(text, "fr", date(2020, 8, 4))
    text = "Les Etats-Unis ont également proposé leur aide, ainsi que l'Allemagne, qui compte des blessés à Beyrouth."
    assert [e.target for e in events_of(text, "fr", date(2020, 8, 4))] == [None]


def test_a_sentence_glued_to_the_next_by_a_lost_space_ends_at_its_full_stop() -> None:
    text = "Le Mali compte 2.000 cas de Covid-19.Parmi les pays voisins, le Niger a accusé la France."
    events = events_of(text, "fr", date(2020, 8, 4))
    assert [e.evidence for e in events] == ["Parmi les pays voisins, le Niger a accusé la France."]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Le Royaume-Uni a condamné mardi la Corée du Nord pour ses essais de missiles.", "GBR"),
        ("La Bosnie-Herzégovine accuse la Serbie d'ingérence.", "BIH"),
        ("Le Viêt-nam a condamné les manœuvres militaires de la Chine.", "VNM"),
    ],
)
def test_a_hyphenated_state_that_opens_an_article_is_its_first_sentence_s_subject(
    text: str, source: str
) -> None:
    # (cut in three words, "Le Royaume - Uni" was three sentences to the parser, and the verb had no subject)
    [event] = events_of(text, "fr")
    assert event.source.country == source


def test_a_heading_glued_to_its_paragraph_by_a_hyphen_still_ends_there() -> None:
    text = (
        "Le virus recule.- Appel au calme en Bretagne-Le gouvernement britannique a exhorté les habitants à rester "
        "chez eux."
    )
    [event] = events_of(text, "fr")
    assert "Appel" not in event.evidence and event.source.country == "GBR"


@pytest.mark.parametrize(
    "text",
    [
        "Obama was asked about North Korea's latest demonstration of military might.",
        "Ties between Washington and Berlin were damaged in 2013 by revelations of widespread surveillance of German"
        " citizens, including the bugging of Merkel's mobile phone, by the U.S. National Security Agency.",
        "Gannett Co Inc, publisher of USA Today, said it offered to buy Tribune Publishing Co.",
        "Kansas is withdrawing from plans to resettle Syrian refugees in the state.",
    ],
)
def test_shows_of_might_damaged_ties_newspapers_and_dropped_plans_are_no_events(text: str) -> None:
    assert not events_of(text, "en", date(2016, 4, 20))


def test_a_town_that_names_a_deal_is_no_party_to_it() -> None:
    text = (
        "China and the United States pledged on Friday to formally adopt by the end of the year a Paris deal."
    )
    assert [e.target for e in events_of(text, "en", date(2016, 4, 22))] == [None, None]


def test_a_bare_surname_after_another_s_full_name_is_that_unknown_namesake() -> None:
    text = (
        "Last summer, U.S. District Judge Thomas Schroeder heard arguments. Schroeder, who was appointed by"
        " President George W. Bush, criticized France."
    )
    assert not events_of(text, "en", date(2016, 4, 26))
    text = "Michelle Obama spoke. Obama said he criticized Cuba."
    assert [e.source.cameo for e in events_of(text, "en", date(2016, 4, 26))] == ["USAGOV"]


def test_a_suspicion_aims_at_its_passive_subject_a_quoted_protest_at_what_it_quotes() -> None:
    text = "Le réseau social est soupçonné par Washington de partager ses données avec Pékin, ce que l'entreprise a nié."
    assert not events_of(text, "fr", date(2020, 8, 3))
    text = (
        '"4 ans de prison ferme requis par le procureur contre notre correspondant en Algérie", a protesté Reporters'
        " sans frontières (RSF) dans un tweet."
    )
    assert [(e.source.cameo, target_country(e)) for e in events_of(text, "fr", date(2020, 8, 3))] == [
        ("NGOHRI", "DZA")
    ]
    text = (
        "Washington envisage de repositionner des forces en Pologne, si un accord est trouvé avec ces pays."
    )
    assert {e.modality for e in events_of(text, "fr", date(2020, 8, 3)) if e.trigger == "accord"} == {
        "possible"
    }


def test_where_a_group_is_based_gives_no_country_to_the_agents_after_it() -> None:
    text = (
        "The Syrian Observatory for Human Rights, a Britain-based monitoring group, said air strikes and government"
        " shelling had killed at least 131 civilians including 21 children in rebel areas in the past week, while"
        " rebel shelling of government areas had killed 71 civilians including 13 children."
    )
    assert {e.source.cameo[:3] for e in events_of(text, "en", date(2016, 4, 30))} == {"SYR"}


def test_who_tells_of_an_attack_did_not_make_it_unless_claiming_it() -> None:
    text = (
        "Two police officers were killed and 23 people wounded in a car bomb attack on police headquarters in the"
        " southeastern Turkish city of Gaziantep, the provincial governor and police sources said, in one of two"
        " attacks on security forces on Sunday."
    )
    assert not events_of(text, "en", date(2016, 5, 1))
    claimed = events_of("Islamic State claimed the attack on the Pakistani consulate in Jalalabad.", "en")
    assert [(e.source.cameo, target_country(e)) for e in claimed] == [("IMGMUS", "PAK")]
    text = "U.N. Syria envoy Staffan de Mistura met U.S. Secretary of State John Kerry in Geneva."
    assert [e.source.cameo for e in events_of(text, "en", date(2016, 5, 1))] == ["IGOUNO"]


def test_what_a_negated_verb_s_noun_says_happened_and_accepting_that_is_no_deal() -> None:
    text = "La plupart des Américains n'ont probablement jamais réfléchi au fait qu'en 1848, les États-Unis ont envahi le Mexique."
    assert [e.modality for e in events_of(text, "fr", date(2012, 12, 1))] == ["asserted"]
    text = "Les Norvégiens ont du mal à accepter que dans leur pays pacifique, l'un des leurs ait pu commettre un tel acte."
    assert not events_of(text, "fr", date(2012, 12, 1))
    text = "Le Mexique ne participera pas aux pourparlers avec les Etats-Unis."
    assert [e.modality for e in events_of(text, "fr", date(2012, 12, 1))] == ["negated"]


def test_the_state_of_a_border_a_place_is_near_is_no_party() -> None:
    for text, lang in [
        ("Syrian warplanes bombed camps near the Turkish border on Friday.", "en"),
        ("Israeli jets struck targets close to the border with Lebanon.", "en"),
        ("L'aviation russe a bombardé des camps près de la frontière turque.", "fr"),
        ("L'armée a frappé des positions situées à proximité de la frontière libanaise.", "fr"),
    ]:
        assert not events_of(text, lang, date(2016, 5, 6)), text
    town = events_of("Syrian warplanes bombed a Turkish border town on Friday.", "en", date(2016, 5, 6))
    assert [(e.source.cameo, target_country(e)) for e in town] == [("SYRMIL", "TUR")]


def test_a_noun_under_which_a_participle_was_misparsed_did_not_act_and_unready_is_negated() -> None:
    text = (
        "Canberra's policy, under which migrants intercepted at sea trying to reach Australia are held on"
        " Nauru, has drawn criticism."
    )
    assert not [e for e in events_of(text, "en", date(2016, 5, 6)) if e.trigger == "intercepted"]
    blamed = events_of("Ten tourists died in Istanbul, in an attack Turkey blamed on Islamic State.", "en")
    assert [(e.source.cameo, e.target and e.target.cameo) for e in blamed] == [("TUR", "IMGMUS")]
    text = "Barack Obama isn't ready to urge Germany to leave the talks."
    assert [e.modality for e in events_of(text, "en", date(2016, 5, 6)) if e.trigger == "urge"] == ["negated"]


def test_questions_requests_for_comment_and_a_first_time_are_no_appeals() -> None:
    for text, lang in [
        ('"What is there to negotiate?" Hillary Clinton asked.', "en"),
        ("« Qu'y a-t-il à négocier ? », a demandé Hillary Clinton.", "fr"),
        ("The Kremlin did not immediately respond to a request for comment on Obama's remarks.", "en"),
        ("Le ministère russe n'a pas répondu à une demande de commentaire de l'AFP.", "fr"),
        (
            "Seattle and Denver overtook Detroit, pushing it out of the top 20 for the first time since 1850.",
            "en",
        ),
        ("Another source said Britain had answered questions when asked about its regulations.", "en"),
    ]:
        assert not events_of(text, lang, date(2016, 5, 6)), text
    asked = events_of("Why? Merkel asked Obama to help Greece.", "en", date(2016, 5, 6))
    assert [(e.cameo, e.source.cameo) for e in asked] == [("020", "DEUGOV")]


def test_a_state_s_name_takes_no_restrictive_clause_and_what_is_proposed_may_happen() -> None:
    text = (
        "Obama has pushed for new overtures to Iran and Cuba that produced a nuclear deal with Tehran and"
        " improved ties with Havana."
    )
    assert {e.source.cameo for e in events_of(text, "en", date(2016, 5, 6))} == {"USAGOV"}
    text = "Moscow has proposed to the U.S.-led coalition that they stage joint airstrikes on Syrian rebels."
    strikes = [e for e in events_of(text, "en", date(2016, 5, 6)) if e.trigger == "airstrikes"]
    assert [e.modality for e in strikes] == ["possible"]


def test_the_state_an_office_is_of_gives_way_to_its_holder_and_a_disbelieved_act_may_not_be() -> None:
    text = "The Presidents of Peru, Ollanta Humala, and Chile, Sebastián Piñera, met during the summit."
    met = events_of(text, "en", date(2012, 12, 1))
    assert sorted((e.source.cameo, e.target and e.target.cameo) for e in met) == [
        ("CHLGOV", "PERGOV"),
        ("PERGOV", "CHLGOV"),
    ]
    for text, lang in [
        ("I do not believe that Germany supports the American position.", "en"),
        ("Je ne pense pas que l'Allemagne soutienne la position américaine.", "fr"),
    ]:
        assert [e.modality for e in events_of(text, lang, date(2012, 12, 1))] == ["possible"], text
    text = "Mexico's new president will receive the sash and take over the running of the nation."
    assert not events_of(text, "en", date(2012, 12, 1))


def test_french_agreements_to_concede_receiving_criticism_and_what_a_tweet_is_about() -> None:
    text = "En contrepartie, l'Allemagne, la France et l'Espagne ont consenti à réduire le montant des subventions."
    consented = events_of(text, "fr", date(2021, 6, 1))
    assert sorted(e.source.cameo for e in consented) == ["DEU", "ESP", "FRA"]
    assert {e.target for e in consented} == {None}
    sanctioned = events_of("La Russie fait l'objet de sanctions américaines.", "fr", date(2021, 6, 1))
    assert [(e.source.cameo, target_country(e)) for e in sanctioned] == [("USA", "RUS")]
    for text in [
        "La Chine fait l'objet de vives critiques internationales en raison de sa politique à l'égard de Hongkong.",
        "Trump avait écrit dans un tweet à propos des émeutes à Minneapolis que le pillage commencerait.",
        "Les Américains lui reprochent d'avoir contourné les sanctions économiques contre l'Iran.",
        "Les Pays-Bas occupent actuellement la troisième place du classement des pays exportateurs.",
    ]:
        assert not events_of(text, "fr", date(2021, 6, 1)), text
    urged = events_of("Obama urged them to attack Iran.", "en", date(2012, 6, 1))
    assert [(e.source.cameo, e.target) for e in urged] == [("USAGOV", None)]


def test_troops_massed_near_a_border_aim_at_its_state_and_funds_deployed_are_no_troops() -> None:
    for text, lang in [
        ("Russia massed troops near the Ukrainian border.", "en"),
        ("Russia deployed troops along the border with Ukraine.", "en"),
        ("La Russie a massé des troupes près de la frontière ukrainienne.", "fr"),
    ]:
        assert [(e.source.cameo, target_country(e)) for e in events_of(text, lang)] == [("RUS", "UKR")], text
    text = "Le ministre a demandé un contrôle du déploiement des milliards d'euros d'aide décidés par l'UE."
    assert not [e for e in events_of(text, "fr", date(2021, 6, 1)) if e.trigger == "déploiement"]
    text = "En contrepartie, l'Allemagne, la France et l'Italie ont accepté de réduire le montant des subventions."
    assert {e.target for e in events_of(text, "fr", date(2021, 6, 1))} == {None}
    cooperating = events_of("La France et l'Allemagne ont accepté de coopérer.", "fr", date(2021, 6, 1))
    assert sorted((e.source.cameo, target_country(e)) for e in cooperating) == [
        ("DEU", "FRA"),
        ("FRA", "DEU"),
    ]


def test_forces_of_nature_seizing_on_words_and_journeys_to_nowhere_are_no_acts() -> None:
    for text, lang in [
        (
            "The volcano in western Indonesia unleashed clouds of ash on Saturday, killing several villagers.",
            "en",
        ),
        ("L'incendie a forcé des milliers d'habitants de Californie à fuir.", "fr"),
        (
            "Clinton's campaign and her surrogates have seized on the recording to attack Trump's record.",
            "en",
        ),
        ("After the race, the Indianapolis Children's Choir will land squarely in that column.", "en"),
    ]:
        assert not events_of(text, lang, date(2016, 5, 20)), text
    seized = events_of("Russian troops seized the airport in Crimea.", "en", date(2016, 5, 20))
    assert [(e.source.cameo, target_country(e)) for e in seized] == [("RUSMIL", "UKR")]


def test_a_one_word_organisation_at_the_end_of_a_person_s_name_is_that_person() -> None:
    text = (
        "Samantha Wagner, who suffered a gunshot wound, and Russian mercenaries of Wagner accuse the clinic."
    )
    article = prepare(RawDocument("t", "t", text, lang_hint="en"), Counts(), default_date=date(2016, 5, 20))
    assert article is not None
    [doc] = parse([article])
    resolve_article(article, doc)
    assert [m.start for m in article.mentions if m.actor_id == "group:wagner"] == [text.rindex("Wagner")]


def test_a_finite_clause_that_lost_its_subject_and_western_governments_are_not_the_context_s() -> None:
    text = (
        "Russia's relations with Ukraine have been toxic since an uprising in 2014 forced out the Moscow-backed"
        " Ukrainian leader Viktor Yanukovich."
    )
    assert not events_of(text, "en", date(2016, 5, 26))
    text = (
        "Moscow said it was protecting Russian speakers from the new authorities in Kiev, but Western"
        " governments imposed sanctions on Moscow."
    )
    assert not [e for e in events_of(text, "en", date(2016, 5, 26)) if e.trigger == "imposed"]


def test_what_one_responds_to_is_another_s_and_the_manner_of_a_retaliation_is_the_act() -> None:
    text = "Obama criticized Putin. Putin responded to the criticism with a statement."
    assert [
        (e.source.cameo, e.target and e.target.cameo) for e in events_of(text, "en", date(2016, 5, 26))
    ] == [("USAGOV", "RUSGOV")]
    struck = events_of("Israel retaliated for the rocket attack by striking Gaza.", "en", date(2016, 5, 26))
    assert [(e.source.cameo, target_country(e), e.trigger) for e in struck] == [("ISR", "PSE", "striking")]


def test_youths_in_a_capital_are_its_people_and_a_state_s_constitution_does_nothing() -> None:
    text = "Late Saturday, youths in Athens attacked a police station and fought running battles with police."
    assert {e.source.cameo for e in events_of(text, "en", date(2010, 6, 1))} == {"GRCCVL"}
    for text in [
        "Protected by Greece's Constitution from police interference, the Polytechnic became a haven.",
        "Greece's new Constitution gave special status to universities, forever barring the police from them.",
    ]:
        assert not events_of(text, "en", date(2010, 6, 1)), text
    barred = events_of(
        "Greece's parliament barred the police from entering universities.", "en", date(2010, 6, 1)
    )
    assert [e.source.cameo for e in barred] == ["GRCLEG"]
    text = "The Indian navy said it arrested 23 pirates who threatened a merchant vessel in the Gulf of Aden."
    assert "YEM" not in {target_country(e) for e in events_of(text, "en", date(2010, 6, 1))}


def test_thieves_are_criminals_and_what_they_nab_is_no_arrest() -> None:
    assert not events_of("Paris thieves nab $2.5 million worth of jewellery.", "en", date(2010, 6, 1))
    text = "Mexican police arrested five members of a drug cartel in Sinaloa."
    assert [
        (e.source.cameo, e.target and e.target.cameo) for e in events_of(text, "en", date(2010, 6, 1))
    ] == [("MEXCOP", "MEXCRM")]


def test_a_person_named_as_an_international_official_acts_for_the_organisation() -> None:
    text = "Afghan rebel leaders said on Wednesday they would meet U.N. mediator Diego Cordovez."
    assert [
        (e.source.cameo, e.target and e.target.cameo) for e in events_of(text, "en", date(1988, 1, 6))
    ] == [("AFGREB", "IGOUNO")]
    text = (
        "Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded that parties to the conflict in"
        " Iraq allow humanitarian workers in."
    )
    assert [e.source.cameo for e in events_of(text, "en", date(2003, 4, 1)) if e.trigger == "demanded"] == [
        "IGOUNO"
    ]


def test_a_demanded_withdrawal_is_demanded_of_those_whose_forces_withdraw() -> None:
    for text, lang in [
        ("European Community foreign ministers demanded the withdrawal of Serbian forces from Bosnia.", "en"),
        ("L'UE a exigé le retrait des forces serbes de Bosnie.", "fr"),
    ]:
        assert [target_country(e) for e in events_of(text, lang, date(1992, 6, 1))] == ["SRB"], text


def test_a_labour_party_is_the_one_of_the_article_s_country_and_elections_do_not_act() -> None:
    text = (
        "Sur le plan politique israélien, le chef du Parti travailliste, Amram Mitzna, a annoncé la rupture de"
        " ses contacts avec le Premier ministre Ariel Sharon."
    )
    assert [e.source.cameo for e in events_of(text, "fr", date(2003, 2, 24))] == ["ISRPTY"]
    text = "Le Parti travailliste a critiqué Boris Johnson à Londres."
    assert [e.source.cameo for e in events_of(text, "fr", date(2003, 2, 24))] == ["GBRPTY"]
    text = (
        "Les élections législatives d'aujourd'hui en Allemagne promettent de figurer parmi les plus serrées."
    )
    assert not events_of(text, "fr", date(2002, 9, 22))


def test_a_capital_after_a_word_of_address_is_a_person_and_mexican_parties_are_mexican() -> None:
    text = "Finally, the Queen Mrs. Sofia concluded by encouraging those present to fight poverty."
    assert "BGR" not in {
        e.source.country for e in events_of(text, "en", date(2011, 11, 15))
    }  # (and no mention:)
    article = prepare(RawDocument("t", "t", text, lang_hint="en"), Counts(), default_date=date(2011, 11, 15))
    assert article is not None
    [doc] = parse([article])
    resolve_article(article, doc)
    assert not [m for m in article.mentions if m.country == "BGR"]
    text = "A PAN mayor was assassinated a week before the election in Michoacan."
    article = prepare(RawDocument("t", "t", text, lang_hint="en"), Counts(), default_date=date(2011, 11, 15))
    assert article is not None
    [doc] = parse([article])
    resolve_article(article, doc)
    assert [m.cameo for m in article.mentions if m.actor_id] == ["MEXPTY"]


def test_polls_bills_releases_of_estimates_and_warnings_to_one_s_own_authorities_are_no_events() -> None:
    for text in [
        "It should be remembered that 85% of Canadians are in favour of euthanasia, because it would allow them to die.",
        "As it stands, the PRI's medical marijuana bill only allows for imported cannabis.",
        "Statistics offices in Germany released their preliminary estimates on Tuesday.",
        "The Japanese prime minister warned that the Japanese authorities would intervene again in the currency market.",
    ]:
        assert not events_of(text, "en", date(2011, 11, 15)), text


def test_coordinated_state_adjectives_share_their_noun_s_sector_and_each_doer_acts_at_home() -> None:
    text = "French and German police arrested dozens of protesters."
    assert sorted(e.source.cameo for e in events_of(text, "en", date(2013, 6, 1))) == ["DEUCOP", "FRACOP"]
    text = (
        "L'Australie et le Népal autorisent déjà les adultes à inscrire un troisième sexe sur leurs papiers."
    )
    assert not [e for e in events_of(text, "fr", date(2013, 6, 1)) if e.target and e.target.country == "AUS"]


def test_several_who_clash_clash_with_each_other_and_nor_negates() -> None:
    for text, lang in [
        ("Indian and Chinese troops clashed in the Galwan valley.", "en"),
        ("Les troupes indiennes et les soldats chinois se sont affrontés dans la vallée de Galwan.", "fr"),
    ]:
        clashed = events_of(text, lang, date(2020, 6, 16))
        assert sorted((e.source.cameo, e.target and e.target.cameo) for e in clashed) == [
            ("CHNMIL", "INDMIL"),
            ("INDMIL", "CHNMIL"),
        ], text
    text = "China will not bear the consequences, nor will it allow any infringement on its sovereignty."
    assert {e.modality for e in events_of(text, "en", date(2016, 6, 5))} == {"negated"}
    text = "A top Republican official called Trump's attack on the judge awful."
    assert [e.cameo for e in events_of(text, "en", date(2016, 6, 5)) if e.trigger == "attack"] == ["111"]


def test_words_against_an_attack_are_not_against_where_it_was_and_a_legal_appeal_is_no_plea() -> None:
    for text in [
        "The State Department issued a statement condemning today's horrific terrorist attack in Tel Aviv.",
        "Google appealed last month against an order from the French data protection authority.",
    ]:
        assert not events_of(text, "en", date(2016, 6, 9)), text
    condemned = events_of("Obama condemned the Taliban attack in Kabul.", "en", date(2016, 6, 9))
    assert [target_code(e) for e in condemned] == ["AFGREB"]


def test_an_ambiguous_town_is_the_one_of_the_country_named_and_ranks_and_exercises_of_power_are_no_acts() -> (
    None
):
    def places(text: str) -> list[tuple[str, str | None]]:
        article = prepare(
            RawDocument("t", "t", text, lang_hint="fr"), Counts(), default_date=date(2018, 6, 1)
        )
        assert article is not None
        [doc] = parse([article])
        resolve_article(article, doc)
        return [(m.text, m.country) for m in article.mentions if "Brest" in m.text]

    text = "Un ministre français est mis en cause. Le parquet de Brest a ouvert une enquête préliminaire."
    assert places(text) == [("parquet de Brest", "FRA")]
    text = "Le parquet de Brest a ouvert une enquête. Loukachenko, président de la Biélorussie, a réagi."
    assert places(text) == [("parquet de Brest", "BLR")]
    text = "Emmanuel Macron a décidé d'organiser cet exercice de démocratie participative inédit en France."
    assert not events_of(text, "fr", date(2019, 1, 15))
    ranked = events_of(
        "Les étudiants français ont occupé la 126e place du classement.", "fr", date(2019, 1, 15)
    )
    assert not ranked


def test_a_place_captured_is_occupied_not_arrested_and_exercising_discretion_is_no_drill() -> None:
    captured = events_of("Islamic State fighters captured Mount Sinjar, in northern Iraq, in 2014.", "en")
    assert [(e.cameo, e.plover_type) for e in captured] == [("192", "ASSAULT")]
    captured = events_of("Les forces russes ont capturé Kherson.", "fr", date(2022, 11, 1))
    assert [e.cameo for e in captured] == ["192"]
    commanders = events_of("Iraqi forces captured two Islamic State commanders.", "en", date(2016, 6, 1))
    assert [e.cameo for e in commanders] == ["173"]
    text = "Obama was acting within the government's exercise of prosecutorial discretion to decide who to deport."
    assert not [e for e in events_of(text, "en", date(2016, 6, 1)) if e.trigger == "exercise"]


def test_what_a_known_act_is_called_and_those_who_respond_to_it_did_not_do_it() -> None:
    text = "The U.S. government will pay overtime for the first responders to the Orlando nightclub massacre."
    assert not events_of(text, "en", date(2016, 6, 21))
    attack = events_of("It was a Russian attack on Ukraine.", "en", date(2016, 6, 21))
    assert [(e.source.cameo, target_country(e)) for e in attack] == [("RUS", "UKR")]


def test_one_who_asks_whether_or_why_asks_a_question_and_an_appeal_of_a_rejection_is_a_court_s() -> None:
    for text, lang in [
        ("Obama asked Russia whether it would attack.", "en"),
        ("Juncker a demandé aux députés britanniques pourquoi ils étaient là.", "fr"),
        ("German publishers have appealed the Berlin court's rejection.", "en"),
    ]:
        assert not events_of(text, lang, date(2016, 6, 28)), text
    asked = events_of("Juncker a demandé à la Grèce de payer, sans dire comment.", "fr", date(2016, 6, 28))
    assert [target_country(e) for e in asked] == ["GRC"]


def test_leadership_battles_withdrawn_confidence_and_bergen_belsen_are_no_fights_retreats_or_norway() -> None:
    text = "The main opposition Labour Party also faces an acrimonious leadership battle with its lawmakers."
    assert not events_of(text, "en", date(2016, 7, 1))
    text = "Labour lawmakers voted to withdraw confidence in party leader Jeremy Corbyn."
    assert not events_of(text, "en", date(2016, 7, 1))
    visited = events_of(
        "On May 6, 1985, President Reagan visited Bergen-Belsen and Bitburg.", "en", date(1985, 5, 7)
    )
    assert "NOR" not in {target_country(e) for e in visited}


def test_a_forecast_is_no_threat_and_a_market_named_before_its_ticker_is_a_market() -> None:
    likely = events_of("Russia will likely attack Ukraine next week.", "en", date(2016, 7, 1))
    assert [(e.cameo, e.modality) for e in likely] == [("190", "possible")]
    announced = events_of("Russia will attack Ukraine next week.", "en", date(2016, 7, 1))
    assert [(e.cameo, e.modality) for e in announced] == [("138", "asserted")]
    text = "Shanghai stocks .SSEC retreated more than 2 percent after data showed Chinese exports fell."
    assert not events_of(text, "en", date(2016, 7, 1))


def test_police_placed_by_their_setting_are_those_a_violent_act_is_done_to() -> None:
    text = "A gunman killed three police officers and wounded three others in Louisiana's capital on Sunday."
    shot = events_of(text, "en", date(2016, 7, 18))
    assert ("190", "USAUAF", "USACOP") in [(e.cameo, e.source.cameo, target_code(e)) for e in shot]
    words = events_of("Le maire de Marseille a dénoncé le manque de moyens policiers à Marseille.", "fr")
    assert "FRACOP" not in {target_code(e) for e in words}


def test_a_capital_struck_is_its_country_but_a_capital_fought_is_its_government() -> None:
    struck = events_of("Russian missiles struck Kyiv on Monday.", "en", date(2023, 1, 9))
    assert [(e.source.cameo, target_code(e)) for e in struck] == [("RUS", "UKR")]
    fought = events_of("Kurdish militants in Turkey are battling Ankara.", "en", date(2016, 7, 18))
    assert [target_code(e) for e in fought] == ["TURGOV"]


def test_a_participle_s_agent_does_the_noun_s_act_and_an_apposition_is_no_second_doer() -> None:
    for text, lang in [
        ("Sanctions imposed on Belarus by the EU hurt its economy.", "en"),
        ("Les sanctions imposées à la Biélorussie par l'Union européenne pèsent sur son économie.", "fr"),
    ]:
        events = events_of(text, lang, date(2021, 6, 1))
        assert [(e.source.cameo, target_country(e)) for e in events] == [("IGOEUREEC", "BLR")], text
    text = (
        "Kerry identified two problems: attacks carried out by the Nusra Front, al Qaeda's Syrian affiliate, and "
        "indiscriminate bombing by Assad's forces."
    )
    assert "IMGMUSALQ" not in {e.source.cameo for e in events_of(text, "en", date(2016, 7, 15))}
    text = (
        "The report expects the lifting of sanctions imposed by the United Nations, United States and Canada."
    )
    assert not events_of(text, "en", date(2016, 1, 16))


def test_voicing_one_s_opposition_whipping_out_skills_and_a_clause_after_with_name_no_one() -> None:
    for text in [
        "Residents of Seoul went to the Defence Ministry to voice their opposition.",
        "The Virginia senator whipped out his fluent Spanish speaking skills.",
        "With Italian media focusing on the line, Italian prosecutors have opened an investigation.",
    ]:
        assert not events_of(text, "en", date(2016, 7, 15)), text


def test_one_unable_to_act_did_not_and_a_rally_s_purpose_is_not_the_gunman_s() -> None:
    for text, lang in [
        ("French police were unable to arrest the suspect.", "en"),
        ("Les policiers ont été incapables d'interpeller les casseurs à Nantes.", "fr"),
    ]:
        assert [e.modality for e in events_of(text, lang)] == ["negated"], text
    text = (
        "Alton Sterling was shot by police in Baton Rouge. At a rally in Dallas to protest Sterling's killing and a "
        "similar incident in Minnesota, a gunman opened fire on white officers."
    )
    assert "14" not in {e.cameo_root for e in events_of(text, "en", date(2016, 7, 18))}


def test_a_town_s_name_ending_a_name_the_tagger_calls_an_organisation_is_a_person_s() -> None:
    text = (
        "Philando Castile was killed by a police officer during a traffic stop in Falcon Heights, Minnesota. "
        "Castile's mother said the officer had shot Castile."
    )
    events = events_of(text, "en", date(2016, 7, 18))
    assert "ESP" not in {e.source.country for e in events} | {target_country(e) for e in events}


def test_suicide_bombings_grenades_and_terrorists_where_they_strike() -> None:
    for text, lang, code in [
        ("Two suicide bombers blew themselves up at a market in central Baghdad on Monday.", "en", "1831"),
        ("Taliban militants carried out a suicide attack on an Afghan army base.", "en", "1831"),
        ("Les talibans ont commis un attentat-suicide contre une base de l'armée afghane.", "fr", "1831"),
        ("Militants lobbed a grenade at a police vehicle in Srinagar.", "en", "183"),
        ("Des jihadistes ont lancé une grenade sur des soldats maliens à Gao.", "fr", "183"),
    ]:
        assert code in {e.cameo for e in events_of(text, lang, date(2018, 5, 14))}, text
    for text, lang in [
        ("The terrorists attacked a police station in Kabul.", "en"),
        ("Des terroristes ont attaqué un commissariat à Kaboul.", "fr"),
    ]:
        events = events_of(text, lang, date(2018, 5, 14))
        assert [(e.source.cameo, target_country(e)) for e in events] == [("AFGUAF", "AFG")], text


def test_militants_are_of_where_they_strike_unless_named_for_their_group() -> None:
    text = "Two female suicide bombers killed at least 10 people outside a mosque in Cameroon."
    assert [e.source.cameo for e in events_of(text, "en", date(2018, 5, 14))] == ["CMRREB"]
    text = "Islamic State (IS) militants claimed the bomb attack on the Moroccan embassy in Libya."
    assert {e.source.cameo for e in events_of(text, "en", date(2015, 4, 13))} == {"IMGMUS"}


def test_one_abducted_at_a_border_post_was_abducted_not_criticised() -> None:
    text = "Jaish al-Adl militants abducted 12 Iranian border guards at a border post near Mirjaveh."
    assert [e.cameo for e in events_of(text, "en", date(2019, 10, 17))] == ["181"]


def test_the_means_of_a_strike_whose_envoy_is_expelled_and_a_meeting_called_off() -> None:
    text = "The Biden administration targeted Russia with sweeping sanctions and diplomatic expulsions."
    assert [(e.cameo, target_country(e)) for e in events_of(text, "en", date(2021, 4, 15))] == [
        ("163", "RUS")
    ]
    text = "Venezuela on Wednesday expelled the European Union's ambassador to Caracas."
    assert [target_code(e) for e in events_of(text, "en", date(2021, 2, 24))] == ["IGOEUREEC"]
    for text in [
        "Moscow cancels meeting with top US diplomat due to new sanctions.",
        "After the latest test, the White House considered imposing fresh sanctions but decided to hold off.",
        "After torrential rains in Iran, the military forces mobilized efforts to help people trapped by floods.",
    ]:
        assert not events_of(text, "en", date(2019, 4, 2)), text
    text = "Israel deployed forces to Jerusalem in anticipation of protests following prayers against a US decision."
    assert "USA" not in {target_country(e) for e in events_of(text, "en", date(2017, 12, 8))}


def test_what_a_plan_or_a_campaign_is_for_is_its_owner_s_and_may_happen() -> None:
    for text, lang, expected in [
        ("Iran announced a plan to attack Israel.", "en", [("IRN", "190", "ISR", "possible")]),
        ("La Russie a annoncé un plan pour attaquer l'Ukraine.", "fr", [("RUS", "190", "UKR", "possible")]),
        (
            "Russia made a decision to withdraw its troops from Syria.",
            "en",
            [("RUS", "087", "SYR", "possible")],
        ),
        (
            "Sweden became the first EU country to recognize Palestine.",
            "en",
            [("SWE", "054", "PSE", "asserted")],
        ),
    ]:
        events = events_of(text, lang, date(2018, 3, 1))
        assert [(e.source.country, e.cameo, target_country(e), e.modality) for e in events] == expected, text
    text = "Armenian protesters launched a campaign to force Prime Minister Nikol Pashinian to step down."
    assert {e.modality for e in events_of(text, "en", date(2020, 12, 22))} == {"possible"}
    for text in [
        "Californian officials on Saturday delayed plans to capture and burn off natural gas leaking from a well.",
        "The EU's European Commission has powers to propose bloc-wide rules.",
    ]:
        assert not events_of(text, "en", date(2016, 1, 16)), text


def test_chemical_attacks_and_a_syrian_town_named_like_the_russian_parliament() -> None:
    for text, lang in [
        (
            "Many children were treated after Assad carried out a poisonous gas attack in Eastern Ghouta.",
            "en",
        ),
        ("L'attaque chimique du régime syrien contre Douma a tué 40 personnes.", "fr"),
    ]:
        events = events_of(text, lang, date(2018, 4, 9))
        assert [(e.cameo, e.source.cameo, target_code(e)) for e in events] == [("2041", "SYRGOV", "SYR")], (
            text
        )
    text = "Les députés de la Douma ont critiqué Washington."
    assert [e.source.cameo for e in events_of(text, "fr", date(2018, 4, 9))] == ["RUSLEG"]


def test_what_an_act_answers_and_what_forces_are_reinforced_with_are_not_its_targets() -> None:
    text = "The Israeli military launched artillery attacks in response to the impact of missiles in northern Israel."
    assert "ISR" not in {target_country(e) for e in events_of(text, "en", date(2019, 1, 20))}
    text = "Thailand reinforced the area with tanks following a night of shelling that killed a Thai soldier."
    assert [target_code(e) for e in events_of(text, "en", date(2011, 4, 25))] == [None]


def test_police_named_alone_are_of_the_one_country_their_article_names() -> None:
    text = (
        "Power cuts have left Soweto and Alexandra, two townships of Johannesburg, in the dark for a week. "
        "Police arrested 12 people on Monday."
    )
    assert [(e.source.cameo, target_country(e)) for e in events_of(text, "en", date(2012, 3, 5))] == [
        ("ZAFCOP", "ZAF")
    ]
    text = "Russia and Ukraine traded accusations. Police arrested 12 people on Monday."
    assert not [e for e in events_of(text, "en", date(2022, 3, 5)) if e.cameo == "173"]


def test_a_civil_code_is_no_civilians_and_a_pistol_pulled_out_is_no_withdrawal() -> None:
    text = "Le code civil français proscrit la marchandisation du corps humain."
    assert "FRACVL" not in {m.cameo for m in resolve(text, "fr", date(2020, 1, 5))}
    for text in [
        "A Texas police officer pulled out his pistol.",
        "Israeli soldiers pulled out their weapons.",
    ]:
        assert not events_of(text, "en", date(2016, 3, 5)), text


def test_a_town_qualified_by_a_region_of_another_country_is_a_namesake() -> None:
    text = "Police in Athens, Georgia, said an Athens-Clarke County police officer arrested three men."
    countries = {m.country for m in events_mentions(text, "en", date(2018, 3, 5))}
    assert "GRC" not in countries and "GEO" not in countries and "USA" in countries
    text = "Tbilisi, Georgia's capital, was shelled by Russia."
    assert "GEO" in {m.country for m in events_mentions(text, "en", date(2008, 8, 10))}


def test_police_work_warrants_appeals_for_witnesses_and_video_released_are_no_events() -> None:
    for text in [
        "Iraqi police executed a search warrant in Baghdad.",
        "Police are asking anyone with information on this shooting in Ohio to call the Columbus Police.",
        "Police in Texas have released dash and body cam video from the shooting.",
    ]:
        assert not events_of(text, "en", date(2018, 3, 5)), text


def events_mentions(text: str, lang: str, day: date) -> list[Mention]:
    return parsed(text, lang, day)[0].mentions


def test_what_is_seized_in_another_state_named_is_taken_from_it_but_not_across_a_border() -> None:
    text = "In Shajaiyeh, east of Gaza City, Israeli troops seized control of three apartment blocks."
    assert [target_country(e) for e in events_of(text, "en", date(2009, 1, 6))] == ["PSE"]
    text = "Iraqi troops recaptured another village on Sunday as they cleared holdouts near the border with Syria."
    assert [target_country(e) for e in events_of(text, "en", date(2017, 5, 8))] == ["IRQ"]


def test_what_one_is_told_to_do_is_not_done_and_an_object_pronoun_is_not_its_verb_s_subject() -> None:
    for text, lang in [
        ("The EU told Russia to withdraw its troops from Ukraine.", "en"),
        ("L'UE a dit à la Russie de retirer ses troupes d'Ukraine.", "fr"),
    ]:
        events = events_of(text, lang, date(2016, 3, 5))
        assert [(e.source.country, e.cameo, e.modality) for e in events] == [("RUS", "087", "possible")], text
    text = "They refused to surrender after Turkish anti-terror police told them to lay down their arms."
    assert "TURCOP" not in {e.source.cameo for e in events_of(text, "en", date(2016, 3, 5))}


def test_californian_highway_patrol_aid_workers_and_what_threatens_to_derail_talks() -> None:
    for text in [
        "Arrested by the CHP on suspicion of drunken driving in California, he was booked into county jail.",
        "An American activist who spoke to aid workers at the camp in South Sudan said there were no casualties.",
        "A refugee camp in South Sudan's Unity state was bombed Thursday, South Sudan officials and witnesses "
        "said, threatening to derail talks with Sudan.",
    ]:
        assert not events_of(text, "en", date(2011, 11, 11)), text
    text = "The CHP accused Erdogan of authoritarianism."
    assert [e.source.cameo for e in events_of(text, "en", date(2016, 3, 5))] == ["TURPTY"]


def test_what_one_calls_an_act_is_not_one_s_own_act_and_taking_over_office_takes_no_town() -> None:
    for text in [
        "The Greek prime minister has denounced what he called the murder of three bank workers in Athens.",
        "Obama called the attack on Israel a crime.",
        "The Bush administration worked to get the change in place before Obama took over.",
    ]:
        assert not events_of(text, "en", date(2009, 3, 4)), text
    taken = events_of("Iraqi militants took over Mosul.", "en", date(2014, 6, 10))
    assert [(e.cameo, e.source.cameo, target_country(e)) for e in taken] == [("192", "IRQREB", "IRQ")]


def test_the_insurgents_are_the_armed_group_named_before_unless_rebels_so_called_were() -> None:
    text = "The Taliban said it met U.S. officials in Qatar, in the latest round of talks between the insurgents and Washington."
    talks = [e for e in events_of(text, "en", date(2019, 1, 22)) if e.trigger == "talks"]
    assert {e.source.cameo for e in talks} == {"AFGREB", "USAGOV"}
    text = "Syrian rebels fought Islamic State near Aleppo. The rebels said they attacked Turkey."
    attacked = [e for e in events_of(text, "en", date(2016, 3, 5)) if e.trigger == "attacked"]
    assert [e.source.cameo for e in attacked] == ["SYRREB"]


def test_hopes_demands_to_know_threats_seen_and_what_waits_until_are_not_done() -> None:
    text = "Even leading members of the opposition appear to be losing hope that Maduro will back down."
    assert [e.modality for e in events_of(text, "en", date(2017, 8, 7))] == ["possible"]
    text = "Duque has put the peace talks on hold until the Colombian rebels free all their hostages."
    assert [e.modality for e in events_of(text, "en", date(2019, 1, 19))] == ["possible"]
    for text in [
        "British lawmakers have demanded to know why Abedi was seen as a peripheral figure.",
        "Turkey also sees a threat from the PYD and YPG, Kurdish groups in Syria.",
    ]:
        assert not events_of(text, "en", date(2017, 6, 5)), text


def test_a_bombing_outside_a_compound_in_a_capital_is_in_its_country() -> None:
    text = "Taliban fighters set off a car bomb outside a highly fortified compound in Kabul, killing five people."
    bombed = [e for e in events_of(text, "en", date(2019, 1, 15)) if e.trigger == "set"]
    assert [(e.cameo, e.source.cameo, target_country(e)) for e in bombed] == [("1832", "AFGREB", "AFG")]


def test_what_comes_too_late_to_be_done_is_not_and_help_or_brokers_are_no_doers() -> None:
    for text, lang in [
        ("Ambitious Turkish proposals came too late for EU leaders to agree them on Monday.", "en"),
        ("La Russie est trop faible pour attaquer l'Ukraine.", "fr"),
    ]:
        assert {e.modality for e in events_of(text, lang, date(2016, 3, 8))} == {"negated"}, text
    text = "Fighting in Syria has slowed since a truce agreement brokered by the United States and Russia took effect."
    assert not events_of(text, "en", date(2016, 3, 8))
    text = "Militants allied with Islamic State are fighting Egyptian troops in the Sinai, with some assistance from Hamas."
    assert {e.cameo_root for e in events_of(text, "en", date(2016, 3, 8))} <= {"19"}
    text = "Syrian government forces advanced into Palmyra with heavy support from Russian air strikes, taking control of several districts."
    assert "RUS" not in {target_country(e) for e in events_of(text, "en", date(2016, 3, 26))}


def test_what_is_seized_near_one_s_own_capital_is_one_s_own_and_imaginations_are_not_recaptured() -> None:
    text = (
        "Yemen's Houthi movement seized a military base north of the capital Sanaa on Sunday, dealing a setback "
        "to peace talks in Kuwait."
    )
    assert [target_country(e) for e in events_of(text, "en", date(2016, 5, 1))] == ["YEM"]
    text = "The Texas senator made several attempts to recapture the public's imagination."
    assert not events_of(text, "en", date(2016, 5, 1))


def test_chlorine_and_sarin_used_are_chemical_weapons() -> None:
    for text in [
        "Syrian government forces used sarin against Syrian rebels in Khan Sheikhoun.",
        "Islamic State carried out a chlorine attack on Iraqi troops.",
    ]:
        assert [e.cameo for e in events_of(text, "en", date(2017, 4, 5))] == ["2041"], text


def test_suicide_bombers_who_blow_themselves_up_in_french_do_it_themselves() -> None:
    text = "Deux kamikazes se sont fait exploser à Maiduguri, au Nigeria, tuant dix personnes."
    events = events_of(text, "fr", date(2018, 5, 1))
    assert [(e.cameo, e.source.cameo, target_country(e)) for e in events] == [("1831", "NGAREB", "NGA")]


def test_a_fast_or_a_post_taken_over_is_no_town_taken() -> None:
    text = (
        "By noon, veteran Indian BJP leader O. Rajagopal took over the fast as Krishnadas went campaigning."
    )
    assert not events_of(text, "en", date(2016, 4, 1))


def test_a_medium_named_as_the_channel_of_words_does_not_say_them() -> None:
    text = (
        "Une étude a révélé que plus de la moitié des voix sur Twitter prônant un redémarrage rapide de "
        "l'économie américaine proviennent de bots."
    )
    assert not events_of(text, "fr", date(2020, 6, 1))
    suspended = events_of("Twitter a suspendu le compte de Donald Trump.", "fr", date(2021, 1, 9))
    assert [e.source.cameo for e in suspended] == ["MNCUSAMED"]


def test_in_recognition_of_is_no_recognition_and_a_protest_is_against_the_government_named() -> None:
    text = "Saudi Arabia and Jordan have reduced their support for the rebels in recognition of the military victories of Assad."
    assert not [e for e in events_of(text, "en", date(2017, 12, 1)) if e.cameo == "054"]
    text = "Syrian refugees staged a protest outside the stadium against the Assad regime."
    assert [target_code(e) for e in events_of(text, "en", date(2017, 12, 1))] == ["SYRGOV"]


def test_an_agent_phrase_that_opens_with_an_adjective_is_whole() -> None:
    # "rebel" in "rebel leaders" is tagged an adjective; the phrase still names rebels
    assert [target_code(e) for e in events_of("Turkey will support rebel leaders in Idlib.", "en")] == [
        "SYRREB"
    ]
    religious = "Religious leaders in Cleveland planned a rally to protest police handling of the death."
    assert [e.source.cameo for e in events_of(religious, "en")] == ["USAREL"]


def test_a_passive_agent_the_parser_hung_on_the_complement_is_the_doer() -> None:
    events = events_of("De nouvelles sanctions ont été imposées à la Russie par l'UE.", "fr")
    assert [(e.source.cameo, e.cameo_root, target_code(e)) for e in events] == [("IGOEUREEC", "16", "RUS")]


def test_an_organisation_named_before_its_noun_is_the_doer_rather_than_whose_it_is() -> None:
    events = events_of("Russia's Wagner group attacked Ukrainian positions near Bakhmut.", "en")
    assert [e.source.id for e in events] == ["group:wagner"], events


def test_an_it_that_stands_for_a_clause_is_no_one() -> None:
    text = "The UK is waging war against Islamic State. It was necessary to halt atrocities against the Yazidi minority."
    assert [e.cameo_root for e in events_of(text, "en")] == ["19"]


def test_a_plan_by_someone_is_theirs_not_the_critic_s() -> None:
    text = "Erdogan lambasted decisions by Donald Trump to pull out of the Iran deal and recognise Jerusalem as Israel's capital."
    recognised = [e for e in events_of(text, "en", date(2018, 5, 1)) if e.cameo_root == "05"]
    assert [(e.source.cameo, e.modality) for e in recognised] == [("USAGOV", "possible")]


def test_a_strike_by_militants_is_no_labour_strike() -> None:
    text = (
        "al Shabaab Militants Strike in Kenya. Gunmen attacked workers from a quarry in northeastern Kenya."
    )
    assert not [e for e in events_of(text, "en", date(2014, 12, 2)) if e.cameo_root == "14"]


def test_a_verb_sharing_its_object_with_the_next_is_no_headline_passive() -> None:
    text = (
        "On August 13, 2018, Ugandan police and military arrested and beat six opposition members of parliament "
        "in the northwestern town of Arua"
    )
    assert {e.cameo for e in events_of(text, "en", date(2018, 8, 14))} >= {"173", "182"}


def test_a_past_act_after_near_where_is_no_gerund_of_a_request() -> None:
    text = (
        "Hong Kong authorities also rejected a request to hold one on Sunday in Sheung Wan, near where police fired teargas "
        "and rubber bullets on demonstrators."
    )
    fired = [e for e in events_of(text, "en", date(2019, 7, 29)) if e.trigger == "fired"]
    assert [e.modality for e in fired] == ["asserted"], fired


def test_agreeing_that_something_will_be_done_is_still_an_agreement() -> None:
    events = events_of("Iran and Iraq agreed that their foreign ministers would meet next month.", "en")
    assert any(e.source.country == "IRN" and e.cameo_root == "03" for e in events), events


def test_whom_an_accusation_names_is_not_someone_in_what_it_says_was_done() -> None:
    # the platform is accused, not Beijing, for whom it is said to spy
    events = events_of(
        "Washington accuse la plateforme d'espionner ses utilisateurs pour le compte de Pékin.", "fr"
    )
    assert [target_country(e) for e in events if e.cameo_root == "11"] == [], events
    events = events_of("Paris accuse Moscou d'espionner ses diplomates pour le compte de la Chine.", "fr")
    assert [(e.source.country, target_country(e)) for e in events] == [("FRA", "RUS")], events
    # one opposed to an act is no passive: "par" names the act's doer ("un rachat par un groupe")
    events = events_of("Trump a déclaré qu'il était opposé à un rachat par un groupe américain.", "fr")
    assert not [e for e in events if e.source.country == "USA" and e.source.sector is None], events


def test_one_who_finds_oneself_forced_or_accused_underwent_it() -> None:
    text = (
        "Emmanuel Macron, qui avait tendu la main à Vladimir Poutine, se trouve néanmoins contraint d'ajuster "
        "son message vis-à-vis de ses pairs européens."
    )
    assert not [e for e in events_of(text, "fr", date(2020, 9, 1)) if e.cameo_root == "17"]
    events = events_of("Le gouvernement malien se trouve contraint par la CEDEAO de négocier.", "fr")
    assert [(e.source.cameo, e.cameo_root, target_code(e)) for e in events] == [("IGOWAFWAS", "17", "MLIGOV")]
    text = "Le Premier ministre israélien s'est retrouvé accusé de corruption par la police."
    events = events_of(text, "fr", date(2020, 9, 1))
    assert [(e.source.cameo, target_code(e)) for e in events] == [("ISRCOP", "ISRGOV")], events


def test_they_after_people_no_dictionary_places_is_none_of_the_actors_before() -> None:
    text = (
        "Iraqi government forces backed by U.S. air strikes pressed their onslaught on Falluja. In the capital, "
        "suicide bombers driving a car and a motorcycle blew themselves up. Along with another bomb planted in a "
        "car, they killed more than 20 people and injured more than 50 in three districts of Baghdad."
    )
    events = events_of(text, "en", date(2016, 5, 31))
    assert not [e for e in events if e.trigger in ("killed", "injured")], events


def test_a_state_that_leads_a_coalition_gives_no_country_to_agents_further_on() -> None:
    text = (
        "Backed by Shi'ite militias on the ground and airstrikes from the U.S.-led coalition, the army is about to "
        "complete the encirclement of the city."
    )
    assert not [e for e in events_of(text, "en", date(2016, 6, 1)) if target_code(e) == "USAMIL"]
    events = events_of("U.S.-led coalition forces attacked the town of Hit.", "en", date(2016, 6, 1))
    assert [e.source.cameo for e in events] == ["USAMIL"], events


def test_an_act_attributed_to_someone_is_blamed_on_them_not_done_by_the_speaker() -> None:
    events = events_of("U.S. officials attributed the attack to Islamic State.", "en", date(2016, 6, 1))
    assert [(e.source.cameo, e.cameo, target_code(e)) for e in events] == [("USAGOV", "112", "IMGMUS")]


def test_words_addressed_to_a_name_no_dictionary_places_aim_at_no_one_in_their_clause() -> None:
    events = events_of("Maduro urged Latin America not to give in to pressure from the United States.", "en")
    assert [target_code(e) for e in events] == [None], events
    events = events_of("Maduro urged the United States to lift sanctions on Venezuela.", "en")
    assert [target_code(e) for e in events] == ["USA"], events
    # (nor by a relative pronoun: the accused is the woman it stands for, not the opposition she gave in to)
    text = "Trump a limogé sa coordinatrice, le Dr Deborah Birx, qu'il accuse d'avoir cédé à la pression de l'opposition."
    assert [e for e in events_of(text, "fr", date(2020, 8, 4)) if e.cameo_root == "11"] == []
    # (nor by a noun: the addressee is the right, not the president they are urged to make a deal with)
    text = "Le maire de Nice a appelé la droite à passer un accord avec Emmanuel Macron pour 2022."
    events = [e for e in events_of(text, "fr", date(2020, 8, 25)) if e.cameo_root == "02"]
    assert [target_code(e) for e in events] == [None], events


def test_they_stands_for_coordinated_subjects_each() -> None:
    text = (
        "Polish troops will train there. Berlin and Washington also said in Brussels that they would send troops "
        "to the new force."
    )
    sent = [e for e in events_of(text, "en", date(2016, 6, 14)) if e.trigger == "send"]
    assert sorted(e.source.cameo for e in sent) == ["DEUGOV", "USAGOV"], sent
    text = "Les soldats polonais s'entraîneront. La France et l'Allemagne ont annoncé qu'elles enverraient des troupes."
    sent = [e for e in events_of(text, "fr", date(2016, 6, 14)) if e.trigger == "enverraient"]
    assert sorted(e.source.cameo for e in sent) == ["DEU", "FRA"], sent


def test_a_french_ne_negates_with_the_word_the_parser_hung_on_the_object() -> None:
    text = 'Le peuple bélarusse n\'accepterait "jamais le leadership actuel", a-t-elle assuré.'
    assert [e.modality for e in events_of(text, "fr", date(2020, 8, 28))] == ["negated"]


def test_who_asked_for_a_meeting_is_no_party_to_it() -> None:
    events = events_of("The UN Security Council met at the request of the United States and Japan.", "en")
    assert [target_code(e) for e in events if e.cameo_root == "04"] == [], events
    events = events_of("Le Conseil de sécurité de l'ONU s'est réuni à la demande de la France.", "fr")
    assert [target_code(e) for e in events if e.cameo_root == "04"] == [], events


def test_what_one_was_ordered_or_told_to_do_has_not_happened() -> None:
    for text in (
        "Japanese troops were ordered to attack Manila.",
        "Japanese troops have been told to attack Manila.",
    ):
        events = events_of(text, "en", date(2016, 6, 21))
        assert [(e.cameo_root, e.modality) for e in events] == [("19", "possible")], events


def test_they_after_others_is_the_group_the_others_belong_to() -> None:
    text = (
        "At least ten al-Shabaab militants were killed and two others were captured alive when they attacked the "
        "AMISOM headquarters in Mogadishu."
    )
    events = events_of(text, "en", date(2020, 6, 1))
    assert [(e.source.id, e.cameo_root) for e in events if e.trigger == "attacked"] == [
        ("group:al-shabaab", "19")
    ]


def test_what_a_participle_says_of_a_noun_is_so_whatever_clause_the_noun_is_in() -> None:
    text = (
        "Une coalition est intervenue pour appuyer le gouvernement face aux Houthis, soutenus eux par l'Iran, "
        "a-t-il rappelé."
    )
    backed = [e for e in events_of(text, "fr", date(2020, 8, 20)) if e.trigger == "soutenus"]
    assert [(e.source.cameo, e.modality) for e in backed] == [("IRN", "asserted")], backed
    # (not a verb with its own auxiliary the parser hung on a noun: "rejected reports that Washington had offered")
    text = "Joe Biden rejected reports that Washington itself had offered Iran an apology over the incident."
    offered = [e for e in events_of(text, "en", date(2016, 1, 14)) if e.trigger == "offered"]
    assert [e.modality for e in offered] in ([], ["negated"]), offered


def test_laboratories_are_companies_and_the_reluctant_do_not_act() -> None:
    text = (
        "Le gouvernement britannique a conclu de nouveaux accords avec les laboratoires américains Novavax."
    )
    assert [target_code(e) for e in events_of(text, "fr", date(2020, 8, 14))] == ["USABUS"]
    text = "Les autorités afghanes rechignaient à libérer les 400 prisonniers talibans."
    assert [e.modality for e in events_of(text, "fr", date(2020, 8, 14))] == ["negated"]


def test_criticism_drawn_is_undergone() -> None:
    for text, lang in (
        ("Israel drew condemnation from the United Nations.", "en"),
        ("Israël s'est attiré la condamnation des Nations unies.", "fr"),
    ):
        events = events_of(text, lang)
        assert [(e.source.cameo, e.cameo_root, target_code(e)) for e in events] == [("IGOUNO", "11", "ISR")]


def test_a_town_is_in_the_state_named_right_after_it() -> None:
    events = events_of("Sudanese warplanes bombed Yida, South Sudan.", "en", date(2011, 11, 11))
    assert [target_code(e) for e in events] == ["SSD"], events


def test_a_company_s_offer_is_no_state_s() -> None:
    assert events_of("U.S. mobile operator T-Mobile will offer a new phone.", "en", date(2009, 1, 1)) == []


def test_it_is_no_member_of_coordinated_subjects_and_what_could_be_offered_is_possible() -> None:
    text = "The U.S. and United Nations have intensified sanctions on North Korea since it tested a nuclear weapon."
    tested = [e for e in events_of(text, "en", date(2016, 7, 7)) if e.trigger == "tested"]
    assert [e.source.cameo for e in tested] == ["PRK"], tested
    events = events_of(
        "Outside the EU, the UK could selectively offer foreign investors one-off tax deals.", "en"
    )
    assert [e.modality for e in events] == ["possible"], events
    # (nor a possessive "its" outside the coordination: the deployment is not Russia's; but "Russia and its allies")
    text = "The United States wants to deploy THAAD in South Korea. But China and Russia have opposed its deployment."
    assert not [e for e in events_of(text, "en", date(2016, 7, 11)) if target_code(e) == "RUS"]
    assert [target_code(e) for e in events_of("Russia and its allies attacked Ukraine.", "en")] == ["UKR"]


def test_a_private_person_s_arrival_is_no_visit_and_the_arbitration_court_is_international() -> None:
    assert events_of("A young American man recently arrived in Rome for studies.", "en") == []
    assert [target_code(e) for e in events_of("A Chinese delegation arrived in Washington.", "en")] == ["USA"]
    text = "Wang Yi repeated China's rejection of the jurisdiction of the International Court of Arbitration."
    assert [target_code(e) for e in events_of(text, "en", date(2016, 7, 6))] == ["IGOJUD"]


def test_an_army_evacuating_its_own_people_still_aids_them() -> None:
    events = events_of(
        "Iranian military forces mobilized efforts to evacuate residents in the regions.", "en"
    )
    assert [(e.source.cameo, e.cameo, target_code(e)) for e in events] == [("IRNMIL", "073", "IRNCVL")]


def test_what_a_plan_is_dated_after_has_happened() -> None:
    for text, lang in (
        ("Poland plans to buy jets after Russia's annexation of Crimea.", "en"),
        ("La Pologne prévoit d'acheter des avions après l'annexion de la Crimée par la Russie.", "fr"),
    ):
        events = events_of(text, lang, date(2016, 7, 11))
        assert [(e.cameo_root, e.modality) for e in events] == [("19", "asserted")], events


def test_lagging_behind_and_buying_a_stake_are_no_accusation_nor_seizure() -> None:
    for text in (
        "Le gouvernement chinois s'est emparé de 30 % du port grec du Pirée.",
        "Le président américain accuse un retard de dix points sur le Premier ministre canadien.",
    ):
        assert events_of(text, "fr") == [], text
    assert [e.cameo for e in events_of("Le président américain accuse la Russie de mentir.", "fr")] == ["112"]


def test_a_demand_said_to_come_is_possible() -> None:
    text = "European Union ministers will reiterate on Monday that Turkey must free the journalists."
    demands = [e for e in events_of(text, "en", date(2016, 7, 17)) if e.cameo == "100"]
    assert [(target_code(e), e.modality) for e in demands] == [("TUR", "possible")], demands


def test_whom_one_motivates_to_act_acts() -> None:
    text = (
        "Investigators have found that online sermons the preacher recorded in Lyon before he left for Iraq helped"
        " motivate dozens of Belgian extremists to travel to fight in Iraq."
    )
    fights = [e for e in events_of(text, "en", date(2016, 7, 17)) if e.trigger == "fight"]
    assert [(e.source.cameo, target_code(e)) for e in fights] == [("BEL", "IRQ")], fights


def test_a_region_s_governor_is_its_state_s_government() -> None:
    text = "A police union in Columbus asked Ohio Governor John Kasich to declare an emergency."
    assert [target_code(e) for e in events_of(text, "en", date(2016, 7, 17))] == ["USAGOV"]
    # (in a state the text names otherwise: the gazetteer alone makes a rebel leader named after Jinxi Chinese)
    text = (
        "Jinxi rebel leader Katumba Dhlakama announced a four-month ceasefire, extending a week-long truce."
    )
    assert events_of(text, "en", date(2016, 7, 17)) == []


def test_a_small_town_of_a_country_the_story_never_names_is_no_place_of_it() -> None:
    # (the gazetteer knows only a town of that name in Myanmar; the story is set in Syria)
    text = "Syria's government agreed on Thursday to allow aid convoys into Madaya. Syria has besieged the town since July."
    assert not [e for e in events_of(text, "en", date(2016, 1, 11)) if target_country(e) == "MMR"]


def test_a_journey_is_not_to_where_it_sets_out_from() -> None:
    assert events_of("The French minister departed from Damascus for Qusayr.", "en") == []
    events = events_of("The French minister left for Beijing from Paris.", "en")
    assert [target_code(e) for e in events] == ["CHN"], events


def test_a_phrase_of_time_hung_on_an_event_noun_does_not_say_whose_it_is() -> None:
    events = events_of("Le président iranien a défié les sanctions lors d'une visite à Caracas.", "fr")
    assert not [e for e in events if target_country(e) == "VEN"], events
    events = events_of(
        "Le président iranien a défié les sanctions américaines lors d'une visite à Caracas.", "fr"
    )
    assert [target_code(e) for e in events if e.cameo == "128"] == ["USA"], events


def test_a_warning_told_after_the_quotation_is_its_speaker_s() -> None:
    # (the tagger calls "avertit" a past participle)
    text = "« À ce jour, le Pakistan ne remplit aucune des conditions », avertit l'Organisation mondiale de la santé."
    events = events_of(text, "fr", date(2020, 6, 10))
    assert [(e.source.cameo, target_code(e)) for e in events] == [("IGOUNOHLHWHO", "PAK")], events


def test_towns_a_party_ceded_were_lost_at_the_polls() -> None:
    text = "Le Parti socialiste espère reprendre quelques villes qu'il avait cédées à la droite en 2014."
    assert events_of(text, "fr", date(2020, 6, 29)) == []


def test_what_a_clause_happens_on_the_sidelines_of_is_not_its_subject_s() -> None:
    text = (
        "Des affrontements entre casseurs et policiers ont eu lieu à Lyon, en marge du cortège des syndicats."
    )
    events = events_of(text, "fr", date(2020, 6, 16))
    assert [e.trigger for e in events] == ["affrontements", "affrontements"], events


def test_allegations_one_ignores_are_others() -> None:
    for text, lang in (
        ("The American president wants to ignore all the allegations against Russia.", "en"),
        ("Le président américain veut ignorer les allégations contre la Russie.", "fr"),
    ):
        assert events_of(text, lang, date(2020, 6, 29)) == [], text


def test_the_parser_s_slips_before_a_name_after_a_participle_and_in_there_was_give_no_doer() -> None:
    # "allege" tagged a noun before the gunman's name: the police do not open fire
    text = (
        "A Toronto man has been charged with murder after a shooting at a restaurant. Police allege Jonathan Edward"
        " Marsh, 45, opened fire at a Toronto restaurant on Friday, killing two people."
    )
    assert not [e for e in events_of(text, "en", date(2010, 6, 1)) if e.source.sector == "COP"]
    # a participle with the noun it qualifies taken for its subject: the officers were charged
    text = (
        "Riots spread across Greece on Monday. The news came as two police officers charged over the shooting"
        " prepared to go before a magistrate in Athens."
    )
    assert not [e for e in events_of(text, "en", date(2010, 6, 1)) if e.trigger == "charged"]
    # what there was is no one's named: the crowd made no arrest
    text = (
        "A crowd looted a pharmacy in Brooklyn, New York. Later the police said that the crowd has dispersed and that"
        " there was one arrest, with no injuries to police or civilians."
    )
    assert not [e for e in events_of(text, "en", date(2013, 3, 12)) if e.trigger == "arrest"]


def test_a_noun_completing_a_capitalised_name_is_no_event() -> None:
    text = (
        "Au Chili, le ministère de la Santé a transmis à l'OMS un nombre de morts bien supérieur aux chiffres"
        " officiels, selon le Centre d'enquête journalistique."
    )
    assert events_of(text, "fr", date(2020, 6, 13)) == []
    text = "La Russie accuse Kiev d'attaques contre la centrale."
    assert [target_code(e) for e in events_of(text, "fr")] == ["UKRGOV"]


def test_criticism_one_arouses_is_undergone() -> None:
    events = events_of(
        "Le président brésilien a suscité les critiques de l'Argentine.", "fr", date(2020, 6, 13)
    )
    assert [(e.source.cameo, target_code(e)) for e in events] == [("ARG", "BRAGOV")], events


def test_what_a_clause_after_afin_que_says_is_intended() -> None:
    text = "Les compagnies aériennes ont attaqué en justice le gouvernement britannique afin qu'il renonce à la quarantaine."
    events = events_of(text, "fr", date(2020, 6, 13))
    assert [(e.trigger, e.modality) for e in events if e.cameo_root == "08"] == [("renonce", "possible")], (
        events
    )


def test_referring_to_a_council_leading_a_poll_and_walks_offered_are_no_events() -> None:
    for text in (
        "Le président Emmanuel Macron a saisi pour avis le Conseil supérieur de la magistrature.",
        "Si l'élection avait lieu dimanche, la candidate RN arrive en tête avec 28 % des voix, devant Emmanuel Macron.",
        "Les forêts françaises offrent de jolies promenades.",
    ):
        assert events_of(text, "fr", date(2020, 6, 12)) == [], text


def test_the_lifting_of_sanctions_is_a_french_event_noun() -> None:
    events = events_of("L'UE a décidé la levée des sanctions visant la Biélorussie.", "fr")
    assert [(e.cameo, e.source.cameo, target_code(e)) for e in events] == [("085", "IGOEUREEC", "BLR")], (
        events
    )
    assert events_of("La start-up française a annoncé une levée de fonds de 20 millions d'euros.", "fr") == []


def test_an_imperative_has_no_doer_and_measures_are_not_released() -> None:
    text = (
        "La police française est arrivée. \"Mais demandez lui, elle vous dira qu'il ne s'est rien passé!\", se"
        " défend-il."
    )
    assert events_of(text, "fr", date(2020, 6, 12)) == []
    text = "L'OMS appelle le Brésil et le Chili à ne pas relâcher les mesures destinées à ralentir les contaminations."
    assert not [e for e in events_of(text, "fr", date(2020, 6, 12)) if e.cameo_root == "08"]


def test_american_football_rosters_and_boxing_bouts_are_sports() -> None:
    text = "Tampa have signed linebacker Rod Wilson to bolster their defence, while releasing running back Noah Herron."
    assert events_of(text, "en", date(2008, 9, 1)) == []
    text = "The referee stopped the bout in the seventh when the American was offering no reply to the Ukrainian's blows."
    assert events_of(text, "en", date(2008, 9, 1)) == []


def test_doers_coded_alike_in_one_act_give_one_event() -> None:
    text = "On 1 March 2019, Taliban gunmen and suicide bombers attacked Camp Shorabak in Helmand Province, Afghanistan."
    events = events_of(text, "en", date(2019, 3, 2))
    assert [(e.source.cameo, e.cameo) for e in events] == [("AFGREB", "190")], events


def test_an_unarmed_government_going_for_officials_is_no_assault() -> None:
    text = (
        "On Wednesday, the Trump administration targeted 13 more Venezuelan officials, alleging corruption."
    )
    assert not [e for e in events_of(text, "en", date(2017, 7, 27)) if e.cameo_root == "19"]
    events = events_of("Russian forces targeted Ukrainian officials in Kherson.", "en", date(2022, 7, 1))
    assert [(e.cameo_root, target_code(e)) for e in events] == [("19", "UKRGOV")], events


def test_a_quoted_name_before_its_agent_noun_is_one_actor() -> None:
    text = 'France is on high alert since the "Islamic State" militant group launched a series of attacks across Paris.'
    events = events_of(text, "en", date(2016, 7, 20))
    assert [e.source.cameo for e in events] == ["IMGMUS"], events


def test_ne_cesse_de_affirms_and_a_participle_qualifies_the_noun_it_agrees_with() -> None:
    events = events_of(
        "Le président Jair Bolsonaro ne cesse d'appeler à une reprise du travail.", "fr", date(2020, 6, 1)
    )
    assert [e.modality for e in events] == ["asserted"], events
    text = (
        "Le conflit au Yémen oppose les forces loyales au gouvernement appuyées par une coalition dirigée par l'Arabie"
        " saoudite aux rebelles Houthis, soutenus par l'Iran."
    )
    backed = [e for e in events_of(text, "fr", date(2020, 6, 1)) if e.trigger == "soutenus"]
    assert [(e.source.cameo, target_code(e)) for e in backed] == [("IRN", "YEMREB")], backed


def test_forces_a_state_backs_are_not_its_own_and_a_share_of_blame_is_no_recognition() -> None:
    text = (
        "Dans le conflit en Libye, l'Egypte soutient les forces du maréchal Khalifa Haftar, rivales du GNA."
    )
    assert events_of(text, "fr", date(2020, 6, 1)) == []
    # (but an agreement reached with one's own mutinous soldiers stands)
    text = (
        "Ivory Coast President Alassane Ouattara said he had reached an agreement with rebellious soldiers."
    )
    assert [e.cameo for e in events_of(text, "en", date(2017, 1, 7))] == ["057"]
    text = "L'ancien président François Hollande a reconnu une part de responsabilité dans la situation de l'hôpital."
    assert not [e for e in events_of(text, "fr", date(2020, 6, 1)) if e.cameo == "054"]


def test_french_objects_hung_on_a_day_and_phrases_of_no_event() -> None:
    text = "Les Etats-Unis ont appelé mercredi la Turquie à ne pas toucher au statut de Sainte-Sophie."
    assert [target_code(e) for e in events_of(text, "fr", date(2020, 7, 1))] == ["TUR"]
    for text in (
        "Le droit à l'avortement aux Etats-Unis est protégé par une décision de la Cour suprême.",
        "Le PIB du Portugal a reculé de 3,9% au premier trimestre.",
        "Des milliers de Français ont profité de la Fête de la musique pour se rassembler et danser dans les rues.",
        "Le rassemblement solennel de Paris était soutenu par plusieurs syndicats français.",
    ):
        assert events_of(text, "fr", date(2020, 7, 1)) == [], text


def test_an_agreement_one_is_favourable_to_may_come() -> None:
    text = "L'ONG israélienne Peace Now était favorable à un accord de paix entre Israël et l'Egypte."
    assert {e.modality for e in events_of(text, "fr", date(2020, 7, 1))} == {"possible"}


def test_a_participle_after_the_copula_is_passive() -> None:
    assert events_of("Outre-Atlantique, Donald Trump est lui pressé de voir l'économie repartir.", "fr") == []
    events = events_of("Le président iranien est lui accusé par Washington de soutenir le terrorisme.", "fr")
    assert [(e.source.cameo, e.cameo) for e in events] == [("USAGOV", "112")], events


def test_a_french_subjunctive_is_possible_but_not_after_bien_que() -> None:
    events = events_of("Il est temps que l'armée afghane reprenne possession de son territoire.", "fr")
    assert [e.modality for e in events] == ["possible"], events
    events = events_of("Bien que la Russie ait signé l'accord avec l'Ukraine, les combats continuent.", "fr")
    assert [e.modality for e in events] == ["asserted"], events


def test_foreign_forces_black_friday_and_opportunities_offered() -> None:
    for text, lang in (
        ("Afghan peasants refuse the presence of foreign armed forces.", "en"),
        ("Protesters on Black Friday demanded a salary increase.", "en"),
        ("Le Mexique offre des opportunités.", "fr"),
        ("Le Canada offre un nouvel espoir aux familles syriennes.", "fr"),
    ):
        assert events_of(text, lang, date(2012, 12, 1)) == [], text


def test_an_event_as_subject_gives_its_own_doers_not_whoever_its_phrase_names() -> None:
    text = (
        "Après des accusations de laxisme visant la police, l'enquête sur les violences de Tchétchènes à Dijon s'est"
        " accélérée jeudi avec l'interpellation de six membres de cette communauté dans plusieurs villes de France."
    )
    assert not [e for e in events_of(text, "fr", date(2020, 6, 18)) if e.source.country == "RUS"]


def test_a_party_named_after_a_genitive_is_no_namesake_of_its_tail() -> None:
    text = "The Karnataka High Court rejected a bail petition of People's Democratic Party (PDP) leader Abdul Maudany."
    events = events_of(text, "en", date(2011, 2, 12))
    assert not [e for e in events if target_country(e) in ("USA", "NGA")], events


def test_a_politician_s_counterattack_on_a_company_is_no_assault() -> None:
    text = (
        "Le géant des réseaux est directement concerné par la contre-attaque de Donald Trump contre Twitter."
    )
    assert not [e for e in events_of(text, "fr", date(2020, 5, 29)) if e.cameo_root == "19"]


def test_a_doer_is_not_named_below_another_preposition_of_a_by_phrase() -> None:
    # the parser hangs "par asphyxie" on the rallies; the policeman is under whose knees, not their doer
    text = (
        "De nombreux rassemblements pour saluer la mémoire de Jean Dupont, un homme de 40 ans mort par asphyxie "
        "le 2 mars sous les genoux d'un policier à Marseille, sont organisés mardi en France."
    )
    assert not [e for e in events_of(text, "fr") if e.source.sector == "COP"]


def test_a_quantity_of_sanctions_keeps_whom_they_are_against() -> None:
    [event] = events_of("Canada plans to lift most of its sanctions against Cuba next month.", "en")
    assert (event.source.country, event.cameo_root, target_country(event)) == ("CAN", "03", "CUB")


def test_leaders_of_an_organisation_no_dictionary_knows_are_not_the_government() -> None:
    text = "Le président Emmanuel Macron a reçu jeudi les dirigeants de Michelin à l'Elysée."
    assert not [e for e in events_of(text, "fr", date(2020, 6, 15)) if target_code(e) == "FRAGOV"]


def test_the_accused_of_a_warning_told_after_it_is_not_named_below_another_preposition() -> None:
    text = (
        'La faim progresse au Yémen, où certains sont "démunis" depuis la fermeture de la frontière avec '
        "l'Arabie saoudite, a averti un expert de l'ONU."
    )
    assert not [e for e in events_of(text, "fr", date(2020, 6, 15)) if target_country(e) == "SAU"]


def test_attacks_one_faces_are_not_one_s_own() -> None:
    text = (
        "Au sommet de Bamako (Mali) en mars, le président malien et ses homologues de la région avaient décidé "
        "d'intensifier la lutte antiterroriste face à la recrudescence d'attaques."
    )
    assert not [e for e in events_of(text, "fr", date(2020, 6, 15)) if e.cameo_root == "19"]
    # (the article may open with those words)
    opening = events_of("Face à la recrudescence des attaques, le Mali a demandé l'aide de la France.", "fr")
    assert has(opening, "MLI", "02", "FRA") and not [e for e in opening if e.cameo_root == "19"], opening


def test_an_object_hung_with_its_partitive_article_on_a_place_before_it() -> None:
    text = (
        "Edouard Philippe a rencontré mardi matin à Créteil (Val-de-Marne) des policiers puis des membres d'une "
        "association sportive."
    )
    [event] = events_of(text, "fr", date(2020, 6, 15))
    assert (event.cameo_root, target_code(event)) == ("04", "FRACOP")


def test_a_former_office_holder_named_by_title_and_state_is_an_elite() -> None:
    [event] = events_of("L'ex-président américain a vivement critiqué la Chine.", "fr", date(2016, 6, 15))
    assert (event.source.cameo, event.source.id, target_country(event)) == ("USAELI", "state:USA", "CHN")


def test_the_revolutionary_guards_are_iran_s_military_and_sbm_is_read_by_its_story() -> None:
    [event] = events_of("Les Gardiens de la Révolution ont arrêté samedi un journaliste britannique.", "fr")
    assert (event.source.cameo, event.cameo_root) == ("IRNMIL", "17")
    text = "La SBM, qui gère le casino de Monte-Carlo, a restreint l'accès des clients à ses hôtels."
    assert not [e for e in events_of(text, "fr", date(2020, 6, 15)) if e.source.country == "MLI"]


def test_a_finite_clause_s_subject_fixed_into_its_subordinator_is_its_own() -> None:
    # the parser makes "Pékin" a part of "parce que": the clause's subject, not the main clause's
    text = (
        "Le Japon va restreindre les importations de produits chinois, parce que Pékin n'a pas autorisé les "
        "entreprises japonaises à reprendre leurs ventes."
    )
    [refusal] = [e for e in events_of(text, "fr", date(2021, 6, 15)) if e.modality == "negated"]
    assert refusal.source.country == "CHN"


def test_a_subject_before_a_clause_s_subordinator_is_not_the_clause_s() -> None:
    text = (
        "Seize chercheurs ont été évacués, ainsi qu'une trentaine de soldats français quand, à la mi-mai, le Mali a "
        "expulsé l'ambassadeur de France."
    )
    [event] = events_of(text, "fr", date(2021, 6, 15))
    assert (event.source.country, event.cameo_root, target_country(event)) == ("MLI", "16", "FRA")


def test_an_unaccented_a_before_a_town_is_no_subject() -> None:
    text = "A Berlin, des milliers de manifestants ont défié l'interdiction de rassemblement devant l'ambassade russe."
    assert [e.source.cameo for e in events_of(text, "fr", date(2021, 6, 15))] == ["DEUCVL"]


def test_a_present_verb_tagged_a_noun_is_the_verb_and_a_threat_is_made_whatever_its_condition() -> None:
    # the tagger calls "menace" a noun, its infinitive a clause on that noun
    text = "La Turquie menace de suspendre son aide à la Libye si Tripoli refuse l'accord."
    [event] = events_of(text, "fr", date(2021, 6, 15))
    assert (event.source.country, event.cameo_root, target_country(event), event.modality) == (
        "TUR",
        "13",
        "LBY",
        "asserted",
    )


def test_it_after_an_organisation_no_dictionary_knows_is_that_organisation() -> None:
    text = (
        "Frelimo easily won the vote. Nova Democracia, which has been pushing for electoral reforms, had already "
        "said that it would boycott the municipal elections."
    )
    assert not [e for e in events_of(text, "en", date(2014, 1, 15)) if e.source.id == "org:frelimo"]


def test_a_firm_dismissing_a_trader_rejects_nothing() -> None:
    assert (
        events_of("Credit Suisse said on Tuesday it had dismissed a trader at its London bond desk.", "en")
        == []
    )


def test_what_a_participle_qualifies_is_not_named_in_its_own_phrase() -> None:
    text = (
        "The Front was once a small rebel movement, initially backed by Libya and then Sudan's military government "
        "as part of efforts to weaken the country."
    )
    assert not [e for e in events_of(text, "en", date(2014, 1, 15)) if target_country(e) == "SDN"]


def test_a_carmaker_s_promise_is_no_state_s_and_a_truce_in_a_war_of_words_is_none() -> None:
    text = (
        "Le constructeur allemand n'a donné aucun chiffre sur les ventes, mais promet une voiture plus sobre."
    )
    assert not [e for e in events_of(text, "fr", date(2021, 6, 15)) if e.source.cameo == "DEU"]
    text = (
        "Le mois dernier, Joe Biden et son homologue russe avaient conclu une trêve informelle dans la guerre des "
        "mots entre les deux capitales."
    )
    assert events_of(text, "fr", date(2021, 6, 15)) == []


def test_a_main_verb_coordinated_to_a_relative_clause_has_the_qualified_noun_as_subject() -> None:
    text = (
        "La famille de Jean Martin, à laquelle le président Emmanuel Macron a annoncé avoir parlé, a salué "
        "l'arrestation du policier comme un premier pas."
    )
    assert not [e for e in events_of(text, "fr", date(2021, 6, 15)) if e.source.cameo == "FRAGOV"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Japan provided no aid to Haiti.", "en"),
        ("Le Japon n'a fourni aucune aide à Haïti.", "fr"),
    ],
)
def test_a_negative_determiner_on_the_object_negates_the_act(text: str, lang: str) -> None:
    [event] = events_of(text, lang)
    assert (event.cameo_root, event.modality) == ("07", "negated")


def test_a_judge_sitting_in_the_hague_is_not_the_dutch_government() -> None:
    text = "Un juge du tribunal à La Haye a estimé que la Serbie devait livrer le suspect."
    assert not [e for e in events_of(text, "fr", date(2021, 6, 15)) if e.source.country == "NLD"]


def test_an_agent_noun_after_a_determiner_is_a_noun_whatever_its_tag() -> None:
    # (the tagger reads "étudiant" after "Un" as an adjective: the student is still the doer, not Italy)
    [event] = events_of("Un étudiant italien appelle le gouvernement à agir.", "fr")
    assert event.source.cameo == "ITAEDU"


def test_a_double_hyphen_glued_to_its_word_is_a_dash_and_they_are_the_states_it_lists() -> None:
    text = (
        "En Indonésie, de nombreux habitants se tournent vers les passeurs. Quatre pays européens --Pays-Bas, "
        "Autriche, Danemark et Suède-- ont présenté leur propre plan. Ils rejettent toute hausse du budget de l'UE."
    )
    sources = {e.source.country for e in events_of(text, "fr") if e.cameo_root == "12"}
    assert sources == {"NLD", "AUT", "DNK", "SWE"}


def test_a_pronoun_stands_for_the_states_the_last_subject_lists_not_an_earlier_subject() -> None:
    text = (
        "En Indonésie, de nombreux habitants se tournent vers les passeurs. Quatre pays européens, les Pays-Bas, "
        "l'Autriche, le Danemark et la Suède, ont présenté leur propre plan. Ils rejettent toute hausse du budget "
        "de l'UE."
    )
    assert [e.source.country for e in events_of(text, "fr") if e.cameo_root == "12"][:1] == ["NLD"]


def test_a_passive_infinitive_is_done_to_the_subject_of_the_verb_it_completes() -> None:
    text = "Le ministre français de l'Intérieur assure avoir été autorisé par Emmanuel Macron à cumuler ces fonctions."
    [event] = events_of(text, "fr", date(2020, 7, 5))
    assert (event.source.cameo, event.target and event.target.text) == ("FRAGOV", "ministre français")


def test_a_warning_of_one_s_own_hostile_act_is_that_threat_aimed_at_who_must_meet_its_condition() -> None:
    text = "China warned on Thursday it would retaliate if the US Congress adopted sanctions against it."
    assert [(e.cameo, e.source.country, target_country(e)) for e in events_of(text, "en")] == [
        ("138", "CHN", "USA")
    ]


def test_a_clause_threatened_is_announced_by_the_threatener() -> None:
    [event] = events_of("Iran threatened that it would strike Israel if attacked.", "en")
    assert (event.cameo, event.modality, target_country(event)) == ("138", "asserted", "ISR")


def test_a_hostile_act_another_state_says_will_come_is_a_forecast_not_a_threat() -> None:
    events = events_of("China warned that Russia would attack Ukraine.", "en")
    assert not [e for e in events if e.source.country == "RUS" and e.cameo_root == "13"]


def test_what_a_known_act_was_is_no_new_event_whatever_its_kind() -> None:
    text = "Manning leaked documents to WikiLeaks. It was the biggest breach of classified materials in U.S. history."
    assert not [e for e in events_of(text, "en") if e.trigger == "breach"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Obama traveled to Dallas on Tuesday.", "en"),
        ("Hollande plans to travel to Nice later on Friday.", "en"),
        ("Emmanuel Macron s'est rendu à Marseille mardi.", "fr"),
    ],
)
def test_a_trip_to_a_town_of_one_s_own_country_is_no_visit(text: str, lang: str) -> None:
    assert not events_of(text, lang, date(2016, 7, 15))


def test_a_trip_abroad_is_still_a_visit() -> None:
    [event] = events_of("Obama traveled to Madrid on Tuesday.", "en", date(2016, 7, 15))
    assert (event.cameo, target_country(event)) == ("042", "ESP")


def test_families_met_are_civilians_not_the_town_where_they_are() -> None:
    [event] = events_of("Obama met families of the victims in Dallas.", "en", date(2016, 7, 15))
    assert target_code(event) == "USACVL"


def test_a_capital_then_an_article_is_no_agent_of_that_capital() -> None:
    [event] = events_of("Le président algérien a reçu à Alger le ministre français.", "fr")
    assert (event.cameo, target_code(event)) == ("043", "FRAGOV")


@pytest.mark.parametrize(
    ("text", "lang", "target"),
    [
        ("Protesters rallied in front of the Russian embassy in Kyiv.", "en", "RUS"),
        ("Activists held a protest outside the Israeli embassy in Amman.", "en", "ISR"),
        ("Des manifestants ont protesté devant l'ambassade américaine à Bagdad.", "fr", "USA"),
        (
            "Des centaines de manifestants se sont rassemblés devant le consulat de France à Alger.",
            "fr",
            "FRA",
        ),
    ],
)
def test_a_protest_outside_another_state_s_embassy_is_aimed_at_that_state(
    text: str, lang: str, target: str
) -> None:
    [event] = events_of(text, lang, date(2016, 7, 12))
    assert (event.cameo_root, target_country(event)) == ("14", target)


def test_attacks_carried_out_by_a_group_are_not_the_doing_of_who_names_them() -> None:
    text = (
        "At a news conference alongside Russian Foreign Minister Sergei Lavrov, U.S. Secretary of State John Kerry "
        "identified two problems: attacks carried out by the Nusra Front and bombing by the Syrian army."
    )
    assert not [e for e in events_of(text, "en", date(2016, 7, 16)) if e.source.country == "USA"]


def test_an_act_done_without_is_not_done() -> None:
    text = "Le gouvernement sud-coréen a inversé la tendance, sans même imposer de confinement général."
    assert [e.modality for e in events_of(text, "fr", date(2020, 5, 10)) if e.cameo_root == "17"] == [
        "negated"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le parquet de Paris a décidé de se saisir de l'affaire.",
        "Le gouvernement veut que les Français puissent se libérer de cette contrainte.",
    ],
)
def test_a_prosecutor_taking_up_a_case_seizes_nothing_and_freeing_oneself_frees_no_one(text: str) -> None:
    assert not events_of(text, "fr", date(2020, 5, 10))


def test_an_event_noun_after_a_demonstrative_is_an_act_told_before() -> None:
    text = "L'Iran prendra sa revanche sur les Etats-Unis pour cet horrible meurtre, a promis le président iranien."
    assert not [e for e in events_of(text, "fr", date(2020, 1, 4)) if e.cameo_root == "18"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Les Républicains se disent ouverts à l'idée d'un rapprochement avec le Rassemblement national.",
            "fr",
        ),
        ("Iranian officials floated the idea of a prisoner swap with the United States.", "en"),
    ],
)
def test_the_idea_of_an_act_is_no_act(text: str, lang: str) -> None:
    assert {e.modality for e in events_of(text, lang, date(2020, 1, 4))} == {"possible"}


def test_an_ally_named_in_apposition_is_not_the_doer() -> None:
    text = "Le sénateur républicain Lindsey Graham, un proche allié de Donald Trump, a menacé l'Iran."
    assert not [e for e in events_of(text, "fr", date(2020, 1, 4)) if e.source.id == "person:donald-trump"]


def test_with_a_doer_after_par_the_one_named_after_de_underwent_the_act() -> None:
    text = "La frappe intervient après l'assaut de l'ambassade américaine à Bagdad par des partisans du Hachd al-Chaabi."
    [event] = events_of(text, "fr", date(2020, 1, 4))
    assert (event.source.country, target_code(event)) == ("IRQ", "USAGOV")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Syrian opposition wants a halt in attacks on civilians.", "en"),
        ("L'opposition syrienne veut l'arrêt des attaques contre les civils.", "fr"),
    ],
)
def test_attacks_one_wants_ended_are_not_one_s_own(text: str, lang: str) -> None:
    assert not [e for e in events_of(text, lang, date(2016, 4, 2)) if e.cameo_root == "19"]


def test_a_president_interpellated_by_a_mayor_is_questioned_not_arrested() -> None:
    assert not events_of("Emmanuel Macron interpellé par un maire sur la chanson.", "fr", date(2020, 5, 10))
    [event] = events_of("La police française a interpellé trois manifestants.", "fr", date(2020, 5, 10))
    assert (event.cameo, event.source.cameo) == ("173", "FRACOP")


def test_its_after_an_organisation_named_before_its_noun_is_that_organisation() -> None:
    text = "South Africa's ruling ANC party reaffirmed its support for President Jacob Zuma on Tuesday."
    [event] = events_of(text, "en", date(2016, 4, 5))
    assert (event.source.cameo, target_code(event)) == ("ZAFPTY", "ZAFGOV")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russia, too, has shown signs of impatience over Idlib, demanding that Turkey withdraw its troops.",
            "en",
        ),
        ("Moscow has lost patience too, demanding that Ankara withdraw its troops.", "en"),
    ],
)
def test_too_that_adds_a_doer_to_others_negates_nothing(text: str, lang: str) -> None:
    demands = [e for e in events_of(text, lang, date(2019, 1, 20)) if e.cameo_root == "10"]
    assert [(e.source.country, e.modality) for e in demands] == [("RUS", "asserted")]


def test_a_participle_after_its_noun_coordinated_to_the_main_verb_takes_no_doer_from_it() -> None:
    text = (
        "Baghdad and Washington are in talks, with Iraqi officials seeking a fee to receive remnants of the "
        "terror group captured over five years."
    )
    assert not [e for e in events_of(text, "en", date(2019, 4, 1)) if e.cameo == "173"]


def test_it_after_an_unplaced_agent_subject_of_its_sentence_is_not_an_actor_of_the_sentence_before() -> None:
    text = (
        "The Arab League is expected to readmit Syria next month. The decision comes a year after the regime won "
        "its biggest victory against the opposition since Syria's uprising began, when it took control of Aleppo."
    )
    assert not [e for e in events_of(text, "en", date(2018, 12, 28)) if e.source.cameo == "IGOMEAARL"]


def test_a_name_is_in_a_setting_only_by_its_own_preposition() -> None:
    text = "Turkey has engaged in bitter disputes with the United States over its support for the YPG."
    [event] = events_of(text, "en", date(2018, 12, 28))
    assert (event.cameo, event.source.cameo, target_code(event)) == ("051", "USA", "SYRREB")


def test_he_after_he_as_subject_of_its_sentence_is_the_same_man() -> None:
    text = (
        "Barack Obama hesitated for months. He left the matter to the Russian president, Vladimir Putin, when he "
        "agreed to Moscow taking charge of the weapons."
    )
    agreed = [e for e in events_of(text, "en", date(2014, 1, 15)) if e.trigger == "agreed"]
    assert [e.source.id for e in agreed] == ["person:barack-obama"], agreed


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The three sponsors of the Syrian peace talks – Russia, Turkey and Iran – have rejected a proposal by "
            "the UN.",
            "en",
        ),
        (
            "Les trois parrains des pourparlers syriens, la Russie, la Turquie et l'Iran, ont rejeté une "
            "proposition de l'ONU.",
            "fr",
        ),
        (
            "Les parrains du processus de paix syrien, l'Iran, la Russie et la Turquie, ont rejeté un plan de l'ONU.",
            "fr",
        ),
        (
            "Les garants des pourparlers syriens, l'Iran, la Russie et la Turquie, ont rejeté les efforts de l'ONU.",
            "fr",
        ),
    ],
)
def test_a_noun_of_no_actor_is_the_actors_in_apposition_with_it(text: str, lang: str) -> None:
    rejected = [e for e in events_of(text, lang, date(2018, 12, 28)) if e.cameo_root == "12"]
    assert sorted(e.source.country for e in rejected) == ["IRN", "RUS", "TUR"], rejected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Putin and Erdogan settled on the plan at a summit in Sochi on Friday.", "en"),
        (
            "The deal was approved on Friday by Vladimir Putin at a summit in the Black Sea resort of Sochi.",
            "en",
        ),
        (
            "Le président russe Vladimir Poutine a tenu lundi un sommet à Sotchi avec son homologue turc.",
            "fr",
        ),
    ],
)
def test_a_meeting_at_home_is_not_aimed_at_one_s_own_country(text: str, lang: str) -> None:
    assert not [e for e in events_of(text, lang, date(2018, 9, 17)) if target_country(e) == "RUS"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Iraqi minister pleaded guilty for his part in the scheme.", "en"),
        ("Le maire de Paris a plaidé coupable pour sa part dans l'affaire.", "fr"),
    ],
)
def test_a_plea_of_guilty_or_not_guilty_is_no_appeal(text: str, lang: str) -> None:
    assert not events_of(text, lang, date(2018, 9, 17))


@pytest.mark.parametrize(
    ("text", "lang", "target"),
    [
        (
            "A Turkish court rejected Australia's request for the extradition of an Islamic State suspect.",
            "en",
            "AUS",
        ),
        ("Iran rejected the US offer of talks with Saudi Arabia.", "en", "USA"),
        ("L'Iran a repoussé l'offre américaine de pourparlers avec l'Arabie saoudite.", "fr", "USA"),
    ],
)
def test_a_request_or_an_offer_is_refused_to_whoever_made_it(text: str, lang: str, target: str) -> None:
    [event] = events_of(text, lang, date(2018, 9, 17))
    assert (event.cameo_root, target_country(event)) == ("12", target)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Erdogan visited Cairo in September 2011.", "en"),
        ("Erdogan travelled to Cairo in September 2011.", "en"),
        ("Erdogan a visité Le Caire en septembre 2011.", "fr"),
    ],
)
def test_a_capital_visited_is_its_country_however_named(text: str, lang: str) -> None:
    [event] = events_of(text, lang, date(2011, 9, 20))
    assert (event.cameo, target_code(event)) == ("042", "EGY")


def test_a_town_or_region_only_qualifying_a_doer_no_dictionary_knows_is_not_the_doer() -> None:
    for text in [
        "The Tennessee Republican has clashed repeatedly with Trump.",
        "The Detroit Free Press demanded full accountability from the governor.",
    ]:
        assert not events_of(text, "en", date(2018, 9, 17)), text
    # (but a region's own body politic acts: "New York state agreed")
    [agreed] = events_of(
        "New York state agreed to end solitary confinement for juveniles.", "en", date(2016, 1, 26)
    )
    assert agreed.source.country == "USA"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The US carried out a military strike in Syria with support from France and Britain.", "en"),
        ("Les Etats-Unis ont mené une frappe en Syrie avec le soutien de la France.", "fr"),
    ],
)
def test_who_helps_with_an_act_is_no_target_of_it(text: str, lang: str) -> None:
    assert not {"FRA", "GBR"} & {target_country(e) for e in events_of(text, lang, date(2018, 4, 12))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Both sides use a hotline ahead of an anticipated US military strike on Syria.", "en"),
        ("Moscow fears an imminent US strike on Syria.", "en"),
        ("La frappe américaine attendue contre la Syrie inquiète Moscou.", "fr"),
    ],
)
def test_an_act_anticipated_is_possible(text: str, lang: str) -> None:
    strikes = [e for e in events_of(text, lang, date(2018, 4, 12)) if e.cameo_root == "19"]
    assert strikes and {e.modality for e in strikes} == {"possible"}, strikes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A member of the UK armed forces was killed by an improvised explosive device in Syria yesterday.",
            "en",
        ),
        ("Un soldat britannique a été tué par un engin explosif improvisé en Syrie.", "fr"),
    ],
)
def test_a_state_named_as_where_violence_happened_did_not_do_it(text: str, lang: str) -> None:
    assert not [e for e in events_of(text, lang, date(2018, 3, 31)) if e.source.country == "SYR"]


def test_the_noun_after_a_copula_did_not_do_what_a_participle_after_it_says() -> None:
    text = "She is the first British woman killed fighting alongside Kurdish forces in Syria."
    assert not events_of(text, "en", date(2018, 3, 18))


def test_a_pronoun_does_not_stand_for_a_capital_that_only_names_a_thing() -> None:
    text = (
        '"Les cartes seront ensuite lues par un serveur qui traitera les paiements", détaille au Figaro le '
        "responsable des finances du diocèse de Paris. C'est lui qui a conçu le système avec une start-up. "
        '"Jamais les prêtres ne sauront qui a donné", promet-il.'
    )
    assert not events_of(text, "fr", date(2018, 3, 5))


def test_meeting_with_an_echo_or_with_difficulties_is_no_meeting() -> None:
    text = "Emmanuel Macron sera candidat s'il rencontre un écho favorable chez les électeurs français."
    assert not events_of(text, "fr", date(2016, 9, 5))
    [met] = events_of("Emmanuel Macron a rencontré Angela Merkel à Berlin.", "fr", date(2019, 9, 5))
    assert met.cameo == "040"


def test_efforts_one_ignores_are_others() -> None:
    assert not events_of(
        "Trump has ignored diplomatic efforts to end the war in Syria.", "en", date(2018, 4, 12)
    )
    # (but efforts one launches are one's own)
    [ended] = events_of("Trump launched efforts to end the war in Syria.", "en", date(2018, 4, 12))
    assert ended.source.country == "USA"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The state broadcaster of Belgium condemned the Dutch court ruling.", "en"),
        ("L'agence de presse de l'Algérie a condamné les propos du ministre marocain.", "fr"),
    ],
)
def test_a_states_broadcaster_or_news_agency_is_its_media_not_the_state(text: str, lang: str) -> None:
    [condemned] = events_of(text, lang, date(2019, 5, 2))
    assert condemned.source.sector == "JRN", condemned.source


def test_an_opposition_council_is_the_opposition_not_its_state() -> None:
    [appeal] = events_of(
        "Le Conseil national syrien a exhorté la Turquie à ouvrir sa frontière.", "fr", date(2012, 7, 2)
    )
    assert appeal.source.cameo == "SYROPP", appeal.source


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The snowstorm did not disrupt the talks between Chile and Peru.", "en"),
        ("La tempête de neige n'a pas perturbé les négociations entre le Chili et le Pérou.", "fr"),
    ],
)
def test_an_event_a_negated_verb_acts_on_from_outside_still_happened(text: str, lang: str) -> None:
    talks = events_of(text, lang, date(2019, 2, 2))
    assert talks and {e.modality for e in talks} == {"asserted"}, talks


def test_a_relative_clause_says_nothing_of_a_member_coordinated_after_it() -> None:
    text = "Paris, which backs Kyiv, and Budapest, which courts Moscow, drafted the statement together."
    backers = {(e.source.country, target_country(e)) for e in events_of(text, "en", date(2023, 3, 1))}
    assert ("FRA", "UKR") in backers and ("HUN", "UKR") not in backers, backers


@pytest.mark.parametrize(
    ("text", "lang", "day", "not_the_doer"),
    [
        (
            "A man dressed as a Kenyan police officer shot dead a Somali lawmaker.",
            "en",
            date(2019, 6, 3),
            "KEN",
        ),
        ("Un tireur déguisé en policier kényan a abattu un député somalien.", "fr", date(2019, 6, 3), "KEN"),
        (
            "Some forty groups opposed to Maduro will gather in Bogota for talks with the OAS.",
            "en",
            date(2019, 2, 2),
            "VEN",
        ),
        (
            "Une quarantaine de groupes opposés à Maduro se réuniront à Bogota avec l'OEA.",
            "fr",
            date(2019, 2, 2),
            "VEN",
        ),
    ],
)
def test_a_doer_is_not_what_he_is_dressed_as_nor_whom_he_opposes(
    text: str, lang: str, day: date, not_the_doer: str
) -> None:
    assert not [e for e in events_of(text, lang, day) if e.source.country == not_the_doer]


def test_a_meeting_is_not_aimed_at_the_city_that_hosts_it() -> None:
    text = "Le Venezuela a rencontré les négociateurs internationaux à Genève."
    assert "CHE" not in {target_country(e) for e in events_of(text, "fr", date(2019, 6, 3))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nobody knows whether the Houthis received any military or financial assistance from Iran.", "en"),
        ("On ignore si les Houthis ont reçu une aide militaire de l'Iran.", "fr"),
    ],
)
def test_an_agent_adjective_says_what_kind_of_act_not_whose(text: str, lang: str) -> None:
    aid = events_of(text, lang, date(2017, 4, 2))
    assert aid and {e.source.country for e in aid} == {"IRN"}, aid


def test_agents_named_by_where_they_are_based_are_not_the_contexts() -> None:
    text = "Egypt blamed the bombing on Libya-based jihadists."
    assert "EGY" not in {target_country(e) for e in events_of(text, "en", date(2017, 5, 27))}


def test_social_media_are_no_journalists() -> None:
    text = "Vietnam is cracking down on critical posts on social media."
    assert not [e for e in events_of(text, "en", date(2017, 5, 27)) if e.target and e.target.sector == "JRN"]


def test_what_states_cooperate_on_is_no_party_to_it() -> None:
    text = "The minister said Kenya and Uganda would cooperate on police, intelligence and training."
    pairs = {(e.source.country, target_country(e)) for e in events_of(text, "en", date(2018, 1, 9))}
    assert pairs == {("KEN", "UGA"), ("UGA", "KEN")}, pairs


def test_a_state_named_as_where_something_in_the_subject_is_did_not_do_the_act() -> None:
    text = "Diplomats warned that any fraud in the vote in Moldova could trigger sanctions against Russia."
    assert "MDA" not in {e.source.country for e in events_of(text, "en", date(2024, 10, 9))}


def test_charging_with_a_clause_is_an_accusation_even_without_that() -> None:
    [charge] = events_of("Tehran charged Washington was behind the riots.", "en", date(2019, 11, 20))
    assert charge.cameo == "112", charge
    # (but not a headline's next sentence glued after the object)
    text = "Cambodia Charges Reporters for Land Report-PHNOM PENH — -Three reporters in Cambodia are facing criminal charges."
    assert {e.cameo for e in events_of(text, "en", date(2019, 11, 20))} == {"173"}


def test_a_capital_named_as_where_someone_unknown_is_is_not_its_government() -> None:
    events = events_of("A smuggler in Chisinau condemned Romania.", "en", date(2015, 10, 7))
    assert not [e for e in events if e.source.sector == "GOV"], events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A Norwegian economist criticized Sweden's budget.", "en"),
        ("Une économiste norvégienne a critiqué la Suède.", "fr"),
    ],
)
def test_a_private_person_named_by_nationality_is_one_of_its_people_not_the_state(
    text: str, lang: str
) -> None:
    [criticism] = events_of(text, lang, date(2021, 3, 3))
    assert (criticism.source.country, criticism.source.sector) == ("NOR", "CVL"), criticism.source


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Spain and Portugal met the striking fishermen in Vigo.", "en"),
        ("L'Espagne et le Portugal ont rencontré les pêcheurs en grève à Vigo.", "fr"),
    ],
)
def test_those_who_meet_someone_unknown_do_not_meet_each_other(text: str, lang: str) -> None:
    pairs = {(e.source.country, target_country(e)) for e in events_of(text, lang, date(2022, 5, 5))}
    assert ("ESP", "PRT") not in pairs, pairs


def test_retreating_from_promises_is_no_military_retreat() -> None:
    assert not events_of(
        "Portugal was forced to retreat from its electoral promises.", "en", date(2015, 3, 1)
    )


def test_withdrawing_from_a_union_is_no_military_withdrawal() -> None:
    assert not events_of("The deal waits until Britain has withdrawn from the EU.", "en", date(2018, 1, 9))


def test_an_agreement_agreed_by_several_is_agreed_with_each_other() -> None:
    text = "A border deal was agreed by Peru and Ecuador in October."
    pairs = {(e.source.country, target_country(e)) for e in events_of(text, "en", date(1998, 10, 30))}
    assert pairs == {("PER", "ECU"), ("ECU", "PER")}, pairs


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Fighting raged on Tuesday in Kandahar and Kunduz, in Afghanistan. Iran accused the insurgents of "
            "breaking the truce agreed in Kunduz.",
            "en",
        ),
        (
            "Les combats ont fait rage mardi à Kandahar et à Kunduz, en Afghanistan. L'Iran a accusé les insurgés "
            "d'avoir violé la trêve conclue à Kunduz.",
            "fr",
        ),
    ],
)
def test_fighters_no_one_places_are_of_where_the_story_is_not_of_the_state_acting_on_them(
    text: str, lang: str
) -> None:
    [accusation] = events_of(text, lang, date(2019, 6, 4))
    assert (accusation.source.country, target_country(accusation)) == ("IRN", "AFG"), accusation


def test_fighters_of_the_state_where_the_story_is_stay_its_own() -> None:
    text = "Colombia's army attacked the rebels near Cali. The rebels fled towards Medellin."
    [attack] = events_of(text, "en", date(2019, 6, 4))
    assert attack.target is not None and attack.target.cameo == "COLREB", attack.target


def test_an_association_named_by_nationality_is_some_of_its_people() -> None:
    text = "La marche, organisée par la Fédération belge de cyclisme, a eu lieu à Gand."
    [march] = events_of(text, "fr", date(2020, 9, 6))
    assert (march.source.country, march.source.sector) == ("BEL", "CVL"), march.source


def test_police_moving_into_a_neighbourhood_invest_nothing() -> None:
    assert not [
        e
        for e in events_of(
            "A Grenoble, la police investit un quartier sensible après des rixes.", "fr", date(2020, 9, 6)
        )
        if e.cameo_root == "06"
    ]


def test_a_burst_of_authority_is_no_government() -> None:
    text = "Le président de la région Ile-de-France a appelé à un sursaut d'autorité face aux violences."
    assert not events_of(text, "fr", date(2020, 9, 6))


def test_recognizing_that_something_is_so_is_no_diplomatic_recognition() -> None:
    text = "He said Serbia will recognize that the dispute cannot be solved by force."
    assert not events_of(text, "en", date(2016, 4, 22))


def test_the_medium_a_headline_credits_is_no_target() -> None:
    events = events_of("Kenyan troops attack militants near the border – BBC", "en", date(2016, 4, 23))
    assert events and not [e for e in events if e.target and e.target.id == "org:bbc"], events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("At a press conference in the Turkish city of Izmir, Rutte called for safe zones.", "en"),
        (
            "Lors d'une conférence de presse dans la ville turque d'Izmir, Rutte a appelé à créer des zones sûres.",
            "fr",
        ),
    ],
)
def test_words_are_not_aimed_at_the_place_the_sentence_opens_with(text: str, lang: str) -> None:
    assert "TUR" not in {target_country(e) for e in events_of(text, lang, date(2020, 6, 3))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("L'ancien roi de Belgique s'exile en Suisse.", "fr"),
        ("The former king of Belgium exiled himself to Switzerland.", "en"),
    ],
)
def test_going_into_exile_is_no_expulsion(text: str, lang: str) -> None:
    assert not [e for e in events_of(text, lang, date(2020, 8, 4)) if e.cameo.startswith("174")]


def test_what_a_quotation_says_is_attributed_to_the_speaker_told_after_it() -> None:
    text = 'Le Premier ministre hongrois "encourage les émeutiers", a accusé M. Zelensky dans un message.'
    told = [e for e in events_of(text, "fr", date(2022, 3, 2)) if e.cameo != "112"]
    assert told and {e.attributed_to.text if e.attributed_to else None for e in told} == {"Zelensky"}, told


@pytest.mark.parametrize(
    "text",
    [
        "The Finnish minister assured that the Swedish authorities had foiled several plots.",
        "Chile's president guaranteed that Peru would never regret the treaty.",
    ],
)
def test_a_promise_that_something_is_so_is_made_to_no_one_it_names(text: str) -> None:
    events = [e for e in events_of(text, "en", date(2021, 5, 4)) if e.cameo_root == "03"]
    assert events and all(e.target is None for e in events), events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Analysts doubt the possible signing of a trade agreement between Canada and Mexico.", "en"),
        (
            "Les marchés s'interrogent sur l'éventuelle signature d'un accord commercial du Canada avec le Mexique.",
            "fr",
        ),
    ],
)
def test_an_agreement_whose_signing_is_only_possible_is_possible(text: str, lang: str) -> None:
    events = [e for e in events_of(text, lang, date(2021, 5, 4)) if e.cameo_root == "05"]
    assert events and {e.modality for e in events} == {"possible"}, events


def test_it_goes_on_with_the_thing_the_sentence_before_was_about_not_a_state_it_named() -> None:
    text = "The town of Kamanyola sits on the border with Rwanda. It was retaken by the army of Congo on Tuesday."
    events = events_of(text, "en", date(2021, 5, 4))
    assert events and "RWA" not in {target_country(e) for e in events}, events


def test_he_may_stand_for_an_unnamed_office_holder() -> None:
    text = "The governor of North Kivu met reporters in Goma. He later condemned Rwanda."
    assert has(events_of(text, "en", date(2021, 5, 4)), "COD", "11", "RWA")


def test_comments_released_are_no_release() -> None:
    text = '"We thank the inspectors," its director said in comments released by the OPCW.'
    assert not events_of(text, "en", date(2021, 5, 4))


def test_what_one_calls_something_is_no_call() -> None:
    text = (
        "Le Premier ministre belge a répondu aux syndicats. Parlant de ce qu'il appelle « une tempête dans un verre"
        " d'eau » au sujet des grèves, il a demandé le calme."
    )
    assert [e.trigger for e in events_of(text, "fr", date(2021, 5, 4))] == ["demandé"]


def test_la_hollande_is_the_netherlands() -> None:
    text = "Le Danemark et la Hollande ont déployé des patrouilles à la frontière."
    assert {e.source.country for e in events_of(text, "fr", date(2013, 5, 4))} == {"DNK", "NLD"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The councillor Alberto Fernández Díaz asked the mayor to close the building.", "en"),
        ("Le conseiller Alberto Fernández Díaz a demandé au maire de fermer l'immeuble.", "fr"),
    ],
)
def test_a_longer_name_than_a_known_persons_is_someone_else(text: str, lang: str) -> None:
    article, _doc = parsed(text, lang, date(2021, 5, 4))
    assert "person:alberto-fernandez" not in {m.actor_id for m in article.mentions}


def test_evacuating_a_building_is_no_humanitarian_aid() -> None:
    events = events_of(
        "Spanish police evacuated a squatted building in Madrid on Tuesday.", "en", date(2021, 5, 4)
    )
    assert not [e for e in events if e.cameo_root == "07"], events


def test_after_that_in_the_subjunctive_tells_what_happened() -> None:
    text = "Deux jours après que la Turquie ait bombardé la Syrie, l'Iran a réagi."
    assert has(events_of(text, "fr", date(2021, 5, 4)), "TUR", "19", "SYR")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Rome must pass the cuts demanded by the European leaders to regain the trust of markets in Italy.",
            "en",
        ),
        (
            "Rome doit adopter les coupes exigées par les dirigeants européens pour regagner la confiance en Italie.",
            "fr",
        ),
    ],
)
def test_leaders_of_a_continent_are_not_of_the_state_met_before(text: str, lang: str) -> None:
    assert "ITA" not in {e.source.country for e in events_of(text, lang, date(2021, 5, 4))}


def test_civilians_a_foreign_minister_would_protect_are_of_the_war_the_story_is_about() -> None:
    text = (
        "Syrian tanks shelled Homs on Monday, and fighting spread to Hama and Deraa, activists in Syria said. The"
        " Belgian foreign minister said he favoured sending observers to protect civilians."
    )
    events = [e for e in events_of(text, "en", date(2011, 11, 15)) if e.cameo_root == "07"]
    assert events and {target_code(e) for e in events} == {"SYRCVL"}, events


def test_the_regime_of_someone_no_dictionary_knows_is_not_of_the_state_met_before() -> None:
    text = "The deposed emir Khalid bin Omar fled to France, which had long supported his regime."
    assert "FRA" not in {target_country(e) for e in events_of(text, "en", date(2012, 12, 1))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Colombia said it would submit to the judgement of this international court.", "en"),
        ("La Colombie a dit qu'elle accepterait la décision du tribunal international.", "fr"),
    ],
)
def test_an_international_body_is_not_of_the_state_met_before(text: str, lang: str) -> None:
    events = events_of(text, lang, date(2012, 12, 1))
    assert events and "COL" not in {target_country(e) for e in events}, events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Danish navy thwarted an attack on a Korean tanker off Somalia on Friday.", "en"),
        ("La marine danoise a déjoué une attaque contre un pétrolier coréen au large de la Somalie.", "fr"),
    ],
)
def test_an_attack_thwarted_is_none_by_who_thwarted_it(text: str, lang: str) -> None:
    assert not [e for e in events_of(text, lang, date(2008, 12, 13)) if e.source.country == "DNK"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chavez's successor has freed several opposition politicians.", "en"),
        ("Le successeur de Chavez a libéré plusieurs opposants.", "fr"),
    ],
)
def test_a_successor_is_not_the_one_succeeded(text: str, lang: str) -> None:
    assert not [e for e in events_of(text, lang, date(2017, 5, 4)) if e.source.id == "person:hugo-chavez"]


def test_a_crime_investigated_in_a_capital_is_not_its_government_investigated() -> None:
    events = events_of("German police are investigating a daring robbery in Berlin.", "en", date(2013, 7, 29))
    assert not [e for e in events if target_code(e) == "DEUGOV"], events


@pytest.mark.parametrize(
    "text",
    [
        "Omani geologists warned that fault lines in Iran could threaten buildings in Muscat.",
        "This follows warnings from Omani geologists that fault lines in Iran could threaten buildings in Muscat.",
    ],
)
def test_a_warning_about_a_thing_somewhere_is_not_aimed_at_that_state(text: str) -> None:
    assert "IRN" not in {target_country(e) for e in events_of(text, "en", date(2013, 4, 16))}


def test_the_military_is_the_one_whose_troops_the_sentence_named() -> None:
    text = "Ethiopian troops and tanks moved into Somalia's second city, Kismayo, as the military vowed to press on."
    events = [e for e in events_of(text, "en", date(2009, 1, 7)) if e.trigger == "vowed"]
    assert events and {e.source.cameo for e in events} == {"ETHMIL"}, events


def test_a_company_named_by_its_nationality_is_a_business_not_the_state() -> None:
    text = "Les autorités de Zagreb ont signé un accord avec le chinois CRBC pour construire un pont."
    events = [e for e in events_of(text, "fr", date(2020, 9, 4)) if e.cameo_root == "05"]
    assert events and {target_code(e) for e in events} == {"CHNBUS"}, events


def test_a_woman_activist_named_by_nationality_is_one_of_its_people() -> None:
    text = "La militante norvégienne Ingrid Dahl a rencontré jeudi Angela Merkel à Berlin."
    events = [e for e in events_of(text, "fr", date(2020, 8, 20)) if e.cameo_root == "04"]
    assert events and {e.source.cameo for e in events} == {"NORCVL"}, events


def test_a_city_where_others_meet_gives_no_state_to_those_named_after_it() -> None:
    text = "Talks convened in Geneva stalled when the main opposition bloc walked out, calling for a U.N. inquiry."
    assert "CHE" not in {e.source.country for e in events_of(text, "en", date(2016, 4, 28))}


def test_talks_are_not_held_with_the_state_they_are_held_in() -> None:
    text = (
        "Yemen's Houthi movement and its armed allies took a military base north of the capital Sanaa on Monday,"
        " dealing a blow to a fragile truce and peace talks in Oman aimed at ending the long war."
    )
    assert "OMN" not in {target_country(e) for e in events_of(text, "en", date(2016, 5, 1))}


def test_civilians_their_own_police_act_on_are_not_moved_to_the_war() -> None:
    text = (
        "Syrian tanks shelled Homs on Monday, and fighting spread to Hama and Deraa, activists in Syria said. Belgian"
        " police detained protesters during a rally against the war."
    )
    events = [e for e in events_of(text, "en", date(2011, 11, 15)) if e.cameo_root == "17"]
    assert events and {target_code(e) for e in events} == {"BELCVL"}, events


def test_another_country_of_the_gulf_is_neither_the_state_met_before_nor_a_town_called_golfe() -> None:
    article, _doc = parsed(
        "Oman a signé l'accord à la Maison Blanche, où un autre pays du Golfe, le Koweït, signera aussi.",
        "fr",
        date(2020, 9, 12),
    )
    assert {m.country for m in article.mentions if m.country} == {"OMN", "USA", "KWT"}, article.mentions


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('Germany "must be able to bring them to trial", the German defence minister said.', "en"),
        ("L'Allemagne doit pouvoir les juger, a déclaré la ministre allemande de la Défense.", "fr"),
    ],
)
def test_a_government_saying_its_own_state_must_act_demands_nothing(text: str, lang: str) -> None:
    assert not [e for e in events_of(text, lang, date(2019, 2, 18)) if e.cameo_root == "10"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La ministre allemande a demandé à des élus locaux si les inondations devenaient plus fréquentes.",
            "fr",
        ),
        ("La ministre allemande a demandé à l'Iran s'il comptait relâcher les marins.", "fr"),
        ("The German minister asked Iran if its navy would release the sailors.", "en"),
    ],
)
def test_one_asked_if_is_asked_a_question_not_for_anything(text: str, lang: str) -> None:
    assert not [e for e in events_of(text, lang, date(2021, 3, 4)) if e.cameo_root == "02"]


def test_what_a_question_asks_about_is_no_event() -> None:
    for text in (
        "The Dutch minister asked Obama whether he would visit Cuba.",
        "Le ministre néerlandais a demandé à Barack Obama s'il comptait se rendre à Cuba.",
    ):
        assert not events_of(text, "en" if text.startswith("The") else "fr", date(2015, 3, 4)), text


@pytest.mark.parametrize(
    ("text", "lang", "cameo"),
    [
        ("La ministre allemande a demandé l'aide de l'Iran si les pourparlers échouent.", "fr", "023"),
        ("The German minister asked Iran for help if the talks fail.", "en", "020"),
    ],
)
def test_a_request_on_a_condition_is_still_made_to_whom_it_names(text: str, lang: str, cameo: str) -> None:
    assert has(events_of(text, lang, date(2021, 3, 4)), "DEU", cameo[:2], "IRN", "possible")


def test_a_headline_topic_before_a_colon_is_not_the_doer() -> None:
    events = events_of("TikTok: la Chine dénonce les sanctions des Etats-Unis", "fr", date(2020, 8, 3))
    assert [(e.source.cameo, target_country(e)) for e in events] == [("CHN", "USA")], events


def test_a_main_clause_present_is_no_subjunctive_however_tagged() -> None:
    events = events_of("Twitter: la Russie condamne la censure des Etats-Unis", "fr", date(2021, 3, 4))
    assert [(e.cameo, e.modality) for e in events] == [("111", "asserted")], events


def test_a_town_after_a_time_is_where_a_demand_was_made_not_of_whom() -> None:
    events = events_of("Le ministre italien a réclamé jeudi à Lyon un cessez-le-feu.", "fr", date(2021, 3, 4))
    assert [(e.cameo_root, target_country(e)) for e in events] == [("10", None)], events
    made_of = events_of(
        "Le ministre italien a réclamé jeudi à l'Egypte un cessez-le-feu.", "fr", date(2021, 3, 4)
    )
    assert [target_country(e) for e in made_of] == ["EGY"], made_of


def test_an_agent_and_the_noun_saying_which_belong_to_the_state_named_after_them() -> None:
    events = events_of("La Turquie dénonce la diplomatie du mégaphone de la France.", "fr", date(2021, 3, 4))
    assert [target_code(e) for e in events] == ["FRAGOV"], events


@pytest.mark.parametrize(
    "text",
    [
        "Maria Olsen, a Putin supporter, vowed on Monday to defeat the mayor.",
        "Jan Kowalski, the agency's northern director and an Obama appointee, resigned in March.",
    ],
)
def test_a_name_before_a_word_of_personal_tie_is_not_who_the_phrase_is(text: str) -> None:
    assert not events_of(text, "en", date(2016, 5, 4))


def test_a_critic_named_by_whose_critic_is_not_that_one() -> None:
    events = events_of("A Putin critic was arrested by Russian police.", "en", date(2016, 5, 4))
    assert [(e.cameo_root, target_code(e)) for e in events] == [("17", "RUS")], events


def test_authorities_battling_a_company_wage_no_war() -> None:
    text = "Around that time U.S. authorities were battling the company to unlock other phones."
    assert not [e for e in events_of(text, "en", date(2016, 5, 6)) if e.cameo_root in ("18", "19")]
    words = events_of("Trump attacked Google on Tuesday.", "en", date(2016, 5, 6))
    assert [(e.cameo, target_code(e)) for e in words] == [("111", "MNCUSAMED")], words


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Republicans in the Australian Senate blocked the government's legislation.", "en"),
        ("Le Sénat italien a bloqué le projet de loi du gouvernement.", "fr"),
    ],
)
def test_blocking_a_bill_rejects_it_and_blocks_no_way(text: str, lang: str) -> None:
    events = events_of(text, lang, date(2016, 5, 9))
    assert [e.cameo for e in events] == ["120"], events


def test_blocking_a_company_s_service_obstructs_no_passage() -> None:
    text = "The U.S. House of Representatives has blocked Google's cloud services."
    assert not [e for e in events_of(text, "en", date(2016, 5, 11)) if e.cameo == "144"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("North Korea said the foreign journalists invited to Pyongyang had not been granted access.", "en"),
        (
            "La Corée du Nord a expliqué que les journalistes étrangers invités à Pyongyang n'avaient pas accès.",
            "fr",
        ),
    ],
)
def test_foreign_journalists_are_not_of_the_state_named_before(text: str, lang: str) -> None:
    article, _doc = parsed(text, lang, date(2016, 5, 8))
    press = [m for m in article.mentions if m.sector == "JRN"]
    assert press and all(m.country is None for m in press), article.mentions


def test_who_balks_at_a_request_did_not_make_it() -> None:
    text = "An aide to Senator Harry Reid balked at the request in a statement given to Reuters."
    assert not [e for e in events_of(text, "en", date(2016, 5, 10)) if e.cameo_root == "02"]


def test_what_a_fire_does_meanwhile_is_not_the_doer_s() -> None:
    text = "The Canadian province is racing to evacuate people as a wildfire burns near the town, forcing residents to flee."
    assert not [e for e in events_of(text, "en", date(2016, 5, 4)) if e.cameo_root == "17"]


def test_a_second_infinitive_goes_with_the_first_not_the_clause_between() -> None:
    text = "Britain wants to say that France has failed and to ask Germany for help."
    events = events_of(text, "en", date(2016, 5, 4))
    assert [(e.source.country, target_country(e), e.modality) for e in events] == [("GBR", "DEU", "possible")]


def test_the_end_of_an_apposition_before_the_clause_is_not_its_subject() -> None:
    text = "After the resignation of the defence secretary, Jim Mattis, Trump criticized Iran."
    assert [e.source.id for e in events_of(text, "en", date(2019, 1, 8))] == ["person:donald-trump"]
    text = "After the resignation of the defence secretary, Jim Mattis, Trump said he would not allow troops to leave."
    assert {e.source.id for e in events_of(text, "en", date(2019, 1, 8))} == {"person:donald-trump"}


def test_a_government_saying_its_own_troops_must_go_demands_nothing() -> None:
    assert not events_of("Trump says US troops must leave Syria.", "en", date(2019, 1, 8))
    events = events_of("Trump says Russian troops must leave Syria.", "en", date(2019, 1, 8))
    assert [(e.cameo, target_code(e)) for e in events] == [("100", "RUSMIL")], events


def test_what_a_choice_is_between_is_not_done() -> None:
    text = "The Kurdish militia is left to choose between either a Turkish onslaught or negotiations with Damascus."
    events = events_of(text, "en", date(2019, 1, 8))
    assert events and {e.modality for e in events} == {"possible"}, events


def test_a_state_meets_none_of_its_own_and_lends_no_country_to_agents_coordinated_with_it() -> None:
    text = "Russia and Turkey, whose foreign and defence ministers met on Saturday in Moscow, signed a deal."
    met = [e for e in events_of(text, "en", date(2018, 12, 30)) if e.cameo_root == "04"]
    assert met and all(e.source.country != target_country(e) for e in met), met
    article, _doc = parsed(
        "Much depends on talks between Russia and forces that see Moscow as an ally.",
        "en",
        date(2018, 12, 30),
    )
    assert [m.country for m in article.mentions if m.text == "forces"] == [None], article.mentions


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Islamic State militants tried unsuccessfully to seize the Iraqi army base.", "en"),
        (
            "Les jihadistes de l'Etat islamique ont tenté en vain de s'emparer de la base de l'armée irakienne.",
            "fr",
        ),
    ],
)
def test_what_was_tried_in_vain_is_not_done(text: str, lang: str) -> None:
    events = events_of(text, lang, date(2016, 3, 7))
    assert [(e.cameo_root, e.modality) for e in events] == [("19", "negated")], events


def test_a_spectre_raised_is_no_threat() -> None:
    text = "Le président brésilien agite le spectre d'une guerre civile avec les narcotrafiquants."
    assert not [e for e in events_of(text, "fr", date(2020, 9, 3)) if e.cameo_root == "13"]


@pytest.mark.parametrize(
    "text",
    [
        "Caracas remembers U.S. support for a failed 2002 coup against the late leader Hugo Chavez.",
        "Russia pledged support to Syria against the rebels.",
    ],
)
def test_support_for_what_is_against_someone_is_not_for_them(text: str) -> None:
    events = events_of(text, "en", date(2016, 5, 14))
    assert not [e for e in events if target_code(e) in ("VENGOV", "SYRREB")], events


def test_a_ministry_named_in_full_is_its_state_s_government() -> None:
    visited = events_of(
        "Queen Elizabeth visited the Foreign and Commonwealth Office in London.", "en", date(2016, 5, 18)
    )
    assert not [e for e in visited if (target_code(e) or "").startswith("IGO")], visited


def test_a_truce_between_private_people_lays_no_arms_down() -> None:
    assert not events_of(
        "The singer and the talk show host appear to have called a truce.", "en", date(2016, 5, 18)
    )
    text = "Donald Trump and the Fox News anchor Megyn Kelly appear to have called a truce."
    assert not events_of(text, "en", date(2016, 5, 18))


def test_an_armed_group_coordinated_with_an_agent_still_lends_it_its_country() -> None:
    article, _doc = parsed(
        "The HTS and opposition factions reinforced their positions near Idlib.", "en", date(2020, 6, 15)
    )
    assert [m.country for m in article.mentions if m.text == "opposition"] == ["SYR"], article.mentions


def test_agreeing_to_act_against_a_state_is_no_cooperation_with_it() -> None:
    text = "The embassy is concerned by reports that the British cabinet has agreed to take action against Syria."
    events = events_of(text, "en", date(2018, 4, 12))
    assert not [e for e in events if e.cameo_root == "03" and target_country(e) == "SYR"], events


def test_a_leader_is_not_asked_to_shell_his_own_army() -> None:
    text = "We want Trump to shell the presidential palace, security sites, army bases and militias bases."
    assert not [e for e in events_of(text, "en", date(2018, 4, 12)) if e.source.country == target_country(e)]


def test_what_is_demanded_after_a_quoted_name_is_no_speaker() -> None:
    text = (
        "L'organisateur du cortège, Hans Keller, un informaticien sans étiquette politique à la tête du collectif"
        ' "Citoyens libres-12" apparu à Munich, a réclamé lors du meeting à Berlin la "démission immédiate" du'
        " gouvernement, déclenchant des applaudissements."
    )
    events = events_of(text, "fr", date(2020, 8, 30))
    assert not [e for e in events if e.cameo_root == "10" and e.source.sector == "GOV"], events


def test_the_agency_reporting_a_sentence_is_not_what_it_tells_of() -> None:
    # the parser hangs "agency" on the first verb as its object, and "reported" on "agency"
    text = (
        "Egyptian owners of older cars are criticizing the ministry's plan to force them to scrap their "
        "vehicles, the official Xinhua news agency reported on Friday."
    )
    events = events_of(text, "en", date(2016, 5, 28))
    assert [target_country(e) for e in events] == ["EGY"], events


def test_a_company_named_after_a_states_possessive_is_no_state_act() -> None:
    # "Corp": a company's name (cue kind company-suffix), the state's business, not the state
    events = events_of("Brazil's Vale Mining Corp signed a deal with the Iranian government.", "en")
    assert [(e.source.cameo, target_country(e)) for e in events] == [("BRABUS", "IRN")], events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Free Syrian Army attacked army positions near Idlib on Sunday.", "en"),
        ("L'Armée syrienne libre a attaqué dimanche les positions du régime près d'Idleb.", "fr"),
    ],
)
def test_the_free_syrian_army_is_a_rebel_group_not_the_army(text: str, lang: str) -> None:
    events = events_of(text, lang, date(2013, 5, 12))
    assert [e.source.cameo for e in events] == ["SYRREB"], events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Erdogan said the operation would involve the Turkish army and Syrian rebels backed by Ankara.",
            "en",
        ),
        (
            "Erdogan a dit que l'opération associerait l'armée turque et des rebelles syriens soutenus par Ankara.",
            "fr",
        ),
    ],
)
def test_a_participle_after_coordinated_nouns_qualifies_the_nearest(text: str, lang: str) -> None:
    # the parser hangs "backed" on the first noun: Ankara backs the Syrian rebels, not its own army
    events = [e for e in events_of(text, lang, date(2018, 1, 20)) if e.cameo.startswith("05")]
    assert [(e.source.country, target_country(e)) for e in events] == [("TUR", "SYR")], events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chancellor Merkel welcomed Miriam Oglethorpe to Berlin on Tuesday.", "en"),
        ("Chancellor Merkel thanked Miriam Oglethorpe for her trip to Warsaw.", "en"),
        ("Chancellor Merkel met Miriam Oglethorpe in Lagos on Tuesday.", "en"),
        ("Chancellor Merkel invited Miriam Oglethorpe to Madrid.", "en"),
        ("Angela Merkel a invité Miriam Oglethorpe à Varsovie.", "fr"),
    ],
)
def test_an_act_aimed_at_a_person_no_dictionary_knows_is_not_aimed_at_a_place(text: str, lang: str) -> None:
    # the person is the target; where she goes or is met is no state she was welcomed, met or invited as
    events = events_of(text, lang, date(2016, 6, 9))
    assert [target_country(e) for e in events if e.target] == [], events


def test_an_act_aimed_at_a_known_person_keeps_that_person() -> None:
    events = events_of(
        "President Obama welcomed Erdogan to the White House on Thursday.", "en", date(2016, 3, 31)
    )
    assert [target_code(e) for e in events] == ["TURGOV"], events


@pytest.mark.parametrize(
    ("text", "lang", "coded"),
    [
        ("Kenya's president declared a state of disaster in four flooded counties on Friday.", "en", False),
        ("Philippine President Rodrigo Duterte declared a state of calamity in the province.", "en", False),
        (
            "Le gouvernement français a décrété l'état de catastrophe naturelle dans trente communes.",
            "fr",
            False,
        ),
        ("Kenya's president declared a state of emergency in four counties on Friday.", "en", True),
        ("Le gouvernement égyptien a décrété l'état d'urgence dans le Sinaï.", "fr", True),
    ],
)
def test_a_declared_disaster_is_no_state_of_emergency(text: str, lang: str, coded: bool) -> None:
    # relief after a flood or a storm restricts no one's rights (CAMEO 1724 is a state of emergency or martial law)
    events = events_of(text, lang, date(2018, 5, 11))
    assert [e.cameo for e in events] == (["1724"] if coded else []), events


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("The Kenyan president condemned the Nairobi bombing on Sunday.", []),
        ("The Kenyan president condemned the attack on Mombasa on Sunday.", []),
        ("The Afghan president condemned the Taliban attack in Kandahar on Sunday.", ["AFGREB"]),
        ("The Afghan president condemned the Pakistani attack on Kandahar on Sunday.", ["PAK"]),
    ],
)
def test_condemning_an_attack_is_aimed_at_its_doers_not_its_town(text: str, targets: list[str]) -> None:
    events = events_of(text, "en", date(2016, 6, 13))
    assert [target_code(e) for e in events] == targets, events


def test_where_a_person_no_dictionary_knows_stands_is_not_the_doer() -> None:
    events = events_of(
        "Miriam Oglethorpe, in Cleveland, criticized Russia on Monday.", "en", date(2016, 6, 13)
    )
    assert events == [], events


@pytest.mark.parametrize(
    ("text", "lang", "targets"),
    [
        ("Nairobi blamed the weather for the crash of a plane in Somalia.", "en", []),
        ("Nairobi blamed Mogadishu for the crash of a plane in Somalia.", "en", ["SOMGOV"]),
        ("Le ministre kényan a reproché au gouvernement somalien son silence.", "fr", ["SOMGOV"]),
    ],
)
def test_blame_is_aimed_at_whom_its_object_names(text: str, lang: str, targets: list[str]) -> None:
    # what the blame is for says nothing of whom it is aimed at
    events = events_of(text, lang, date(2016, 6, 13))
    assert [target_code(e) for e in events] == targets, events


def test_a_name_that_only_qualifies_a_noun_is_no_antecedent() -> None:
    # the pronoun is the speaker, whom no dictionary knows, not the man whose presidency is spoken of
    text = "Miriam Oglethorpe called a Barack Obama presidency a mistake and said she would visit Cuba."
    assert events_of(text, "en", date(2016, 6, 13)) == []


def test_an_infinitive_to_taken_for_a_preposition_is_no_destination() -> None:
    # pre-tokenised text ("Re - elect") makes the parser hang the infinitive's "to" on the verb as a preposition
    text = "The former French interior minister later headed President Macron's Committee to Re - elect the President ."
    assert events_of(text, "en", date(2018, 6, 13)) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lisbonne désire contraindre les opérateurs de téléphonie à baisser leurs tarifs.", "fr"),
        ("Le projet doit être accepté par le parlement portugais.", "fr"),
    ],
)
def test_what_one_desires_or_must_do_is_not_done(text: str, lang: str) -> None:
    events = events_of(text, lang, date(2014, 2, 3))
    assert events and all(e.modality == "possible" for e in events), events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("L'Espagne a déployé des caméras de reconnaissance faciale dans ses aéroports.", "fr"),
        ("La Banque centrale européenne pourrait assouplir sa politique monétaire dès jeudi.", "fr"),
        ("The Bank of Japan is expected to ease monetary policy again.", "en"),
    ],
)
def test_cameras_and_monetary_policy_are_no_political_events(text: str, lang: str) -> None:
    assert events_of(text, lang, date(2014, 2, 3)) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ils ont voulu voir si l'éviction de Biden pourrait aider Obama.", "fr"),
        ("La défaite de l'armée russe a encouragé l'Ukraine.", "fr"),
        ("The defeat of the Russian army near Kharkiv encouraged Ukraine.", "en"),
    ],
)
def test_a_subject_that_befalls_someone_is_not_their_act(text: str, lang: str) -> None:
    assert events_of(text, lang, date(2012, 9, 20)) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The upper house of the Polish parliament will meet later this month.", "en"),
        ("Le Sénat polonais se réunira dans le courant du mois.", "fr"),
    ],
)
def test_a_body_that_will_meet_intends_no_meeting_with_anyone(text: str, lang: str) -> None:
    assert events_of(text, lang, date(2014, 2, 3)) == []
    # (nor is a refusal lost: what one will not accept is a rejection, with or without whom)
    [refusal] = events_of("Poland says it will not accept any more refugees.", "en", date(2014, 2, 3))
    assert refusal.modality == "negated"


def test_a_place_the_parser_hung_in_pieces_is_where_not_who() -> None:
    # "au Royaume-Uni" cut in three words, each hung on "voyages": the later pieces are no possessor
    text = (
        "Le second semestre a bien démarré, en particulier pour les voyages autres que les voyages d'affaires en "
        "Australie et au Royaume-Uni."
    )
    assert events_of(text, "fr", date(2014, 2, 3)) == []


def test_agents_take_no_country_from_a_state_something_is_for_or_against() -> None:
    text = "The principle of more military aid for Ukraine is backed by influential Republican and Democratic senators."
    assert events_of(text, "en", date(2023, 2, 3)) == []
    # (but a state's adjective is whose they are, wherever it stands)
    text = "It has become a focal issue for Syrian opposition leaders, who say they will not join talks with the government."
    assert [target_code(e) for e in events_of(text, "en", date(2016, 1, 20))] == ["SYRGOV"]


def test_whom_a_passive_blame_names_is_its_subject_not_where_the_trouble_was() -> None:
    text = "The group is often blamed by the Pakistani authorities for unrest in Balochistan."
    assert events_of(text, "en", date(2016, 1, 20)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Canadian police then took over the investigation.",
        "Spain and Portugal have deployed automated passport gates at their airports.",
    ],
)
def test_taking_over_an_inquiry_and_deploying_gates_are_no_seizure_or_show_of_force(text: str) -> None:
    assert events_of(text, "en", date(2016, 1, 20)) == []


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        ("The CIA accused Russia of meddling in the election.", "en", "USASPY"),
        ("La DGSE a accusé la Russie d'ingérence.", "fr", "FRASPY"),
        ("The FBI arrested two Russian diplomats in New York.", "en", "USACOP"),
        ("A Just Russia accused the government of corruption.", "en", "RUSPTY"),
    ],
)
def test_intelligence_services_and_parties_by_their_own_names(text: str, lang: str, source: str) -> None:
    assert [e.source.cameo for e in events_of(text, lang, date(2016, 1, 20))] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "American intelligence also tracked negotiations linked to the election of the new president of the Vatican Bank.",
        "The Russian police chief took personal control of the investigation.",
        "Russian spies intercepted the phone calls of the German chancellor.",
    ],
)
def test_watching_talks_running_an_inquiry_and_tapping_calls_are_no_such_acts(text: str) -> None:
    assert events_of(text, "en", date(2016, 1, 20)) == []


def test_an_association_of_a_state_is_some_of_its_people_and_a_next_meeting_is_to_come() -> None:
    text = "The Vegetarian Association of Austria will propose vegan menus to the government on Monday."
    assert [e.source.cameo for e in events_of(text, "en", date(2013, 11, 1))] == ["AUTCVL"]
    text = "Iran voiced satisfaction with the process a week ahead of the next nuclear meeting with Germany."
    assert [
        (e.source.cameo, target_code(e), e.modality) for e in events_of(text, "en", date(2013, 11, 1))
    ] == [("IRN", "DEU", "possible")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia stopped shelling Kyiv on Monday.", "en"),
        ("Hungary stopped supplying gas to Ukraine.", "en"),
        ("La Russie a arrêté de bombarder Kharkiv lundi.", "fr"),
    ],
)
def test_what_one_stops_doing_is_not_done(text: str, lang: str) -> None:
    events = events_of(text, lang, date(2022, 9, 20))
    assert events and all(e.modality == "negated" for e in events), events


def test_what_happened_before_a_clause_of_seeming_is_so() -> None:
    # "appeared" on television is no "appeared to": the shooting after which she appeared happened
    text = (
        "Ten months after a gunman shot her at a rally in Tucson, the congresswoman appeared on television."
    )
    assert [e.modality for e in events_of(text, "en", date(2011, 11, 15))] == ["asserted"]


def test_a_town_in_a_name_the_recogniser_calls_a_person_s_is_no_place() -> None:
    text = (
        "The Federal Bureau of Investigation arrested Norman Seabrook, the president of the correction officers' union,"
        " and Murray Huberfeld early on Wednesday."
    )
    events = events_of(text, "en", date(2016, 6, 8))
    assert events and all(e.target is None or e.target.country != "AUS" for e in events), events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a phrase of time deep in the object: the era after a man is no one whose release is asked
        ("Des militants égyptiens demandent la libération des détenus de l'après Moubarak.", "fr"),
        # what a clause of purpose below the object names is not what is deplored
        ("L'Allemagne a déploré le moment choisi pour dégrader la note du Portugal.", "fr"),
        ("The European Commission criticized the timing chosen to lower Italy's credit rating.", "en"),
    ],
)
def test_whom_a_phrase_of_time_or_purpose_below_the_object_names_is_no_target(text: str, lang: str) -> None:
    events = events_of(text, lang, date(2012, 7, 6))
    assert all(e.target is None for e in events), events
    # (but an infinitive the parser hung on a word of manner is the refusal's own: the truce is Washington's)
    text = "Le Kremlin a refusé de manière répétée d'accepter une trêve proposée par Washington."
    assert [target_code(e) for e in events_of(text, "fr", date(2025, 5, 12))] == ["USAGOV"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Fighting raged on Saturday around Aleppo and Idlib in northern Syria, and shells fell on Hama. Turkish"
            " troops encircled the city on Sunday.",
            "en",
        ),
        (
            "Les combats ont fait rage samedi autour d'Alep et d'Idleb, dans le nord de la Syrie, et des obus sont"
            " tombés sur Hama. Les soldats turcs ont encerclé la ville dimanche.",
            "fr",
        ),
    ],
)
def test_a_town_no_gazetteer_places_is_not_taken_from_the_doers_own_state(text: str, lang: str) -> None:
    # the article's towns are in Syria: the city the Turkish troops encircle is no Turkish one
    assert events_of(text, lang, date(2018, 3, 12)) == []
    # (but Syrian troops encircle a city at home, and so does a town beside a place of the doers' own country)
    text = text.replace("Turkish troops", "Syrian troops").replace("soldats turcs", "soldats syriens")
    assert [target_code(e) for e in events_of(text, lang, date(2018, 3, 12))] == ["SYR"]
    text = "Syrian troops recaptured the town, twenty kilometres east of Damascus."
    assert [target_code(e) for e in events_of(text, "en", date(2018, 3, 12))] == ["SYR"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A Turkish attack on Greece is likely.", "en"),
        ("Une frappe américaine contre la Syrie est probable, selon Damas.", "fr"),
        ("Une attaque turque contre la Grèce reste possible.", "fr"),
    ],
)
def test_an_act_said_to_be_likely_or_possible_is_possible(text: str, lang: str) -> None:
    events = events_of(text, lang, date(2018, 4, 12))
    assert events and all(e.modality == "possible" for e in events), events


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a state named below the noun that says who they are: a party of it, some of its people
        ("Members of the Communist Party of Nepal staged a protest in Kathmandu on Thursday.", "NPLPTY"),
        ("The Association of Road Hauliers of the Slovak Republic criticised the government.", "SVKCVL"),
    ],
)
def test_a_party_or_body_of_a_state_named_in_a_longer_name_is_not_the_state(text: str, source: str) -> None:
    events = events_of(text, "en", date(2012, 5, 1))
    assert events and all(e.source.cameo == source for e in events), events


def test_a_ransom_paid_is_no_aid() -> None:
    # "verser + million" is aid; a sum that is a ransom's is not
    text = "La France a versé une rançon de 4 millions d'euros aux ravisseurs au Niger."
    assert events_of(text, "fr", date(2013, 10, 30)) == []
    # (the sum itself, or aid of that sum, still is)
    text = "La France a versé une aide de 4 millions d'euros au Niger."
    assert [e.cameo for e in events_of(text, "fr", date(2013, 10, 30))] == ["071"]


def test_a_risk_of_tension_is_no_threat() -> None:
    # the participle says what the shelling may bring, not what the officials threaten
    text = "A school near the border was shelled on Monday, Malian officials said, threatening to raise tensions with Algeria."
    assert not [e for e in events_of(text, "en", date(2012, 4, 2)) if e.cameo_root == "13"]
    # (a threat to do something is one)
    text = "Mali threatened to expel the Algerian ambassador."
    assert [e.cameo_root for e in events_of(text, "en", date(2012, 4, 2))] == ["13"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The islands sit where the Australian, Philippine and Pacific plates meet and grind.", "en"),
        ("L'archipel se trouve là où les plaques australienne et philippine se rencontrent.", "fr"),
        (
            "L'archipel se trouve là où les plaques tectoniques australienne et philippine se rencontrent.",
            "fr",
        ),
    ],
)
def test_plates_of_the_earth_s_crust_meet_no_one(text: str, lang: str) -> None:
    assert events_of(text, lang, date(2009, 1, 5)) == []


def test_central_banks_and_their_currencies() -> None:
    # central banks are their states' institutions, not the states: no pair of states agrees here
    text = "The European Central Bank and the central banks of Norway and Sweden agreed to extend their swap lines."
    events = events_of(text, "en", date(2013, 10, 31))
    assert all(e.target is None or e.target.sector == "GOV" or e.target.id.startswith("igo") for e in events)
    assert not any(
        e.source.cameo in ("NOR", "SWE") or (e.target and e.target.cameo in ("NOR", "SWE")) for e in events
    )
    # letting a currency fall is no concession to anyone
    text = "The Chinese central bank surprised traders by allowing the yuan to weaken sharply."
    assert events_of(text, "en", date(2016, 1, 18)) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian border guards detained twenty members of Greenpeace at an Arctic drilling platform.", "en"),
        ("Transparency International a dénoncé la corruption du gouvernement hongrois.", "fr"),
    ],
)
def test_campaign_groups_are_known_by_name(text: str, lang: str) -> None:
    events = events_of(text, lang, date(2013, 9, 20))
    assert events and all(
        "NGO" in ((e.source.cameo or "") + (e.target.cameo if e.target else "")) for e in events
    )

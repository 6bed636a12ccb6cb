"""Dedup: copies, reprints and translations of one story, on hand-written articles and real corpora."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.clean import clean
from dragoman.dedup import DedupIndex, cluster, features, text_anchors
from dragoman.dedup.anchors import number_value
from dragoman.errors import InputError, UsageError
from dragoman.evaluate.dedup import score_orangesum, score_scraper, score_wmt
from dragoman.model import Article, RawDocument
from tests.conftest import shared

DAY = date(2024, 3, 14)

WIRE_EN = """NAIROBI, Kenya (AP) — Floods in eastern Kenya have killed at least 47 people and forced 12,500 families from their homes since Monday, the Kenya Red Cross said on March 14.

The Tana River burst its banks near Garissa after three days of torrential rain, cutting the highway to Mombasa and leaving villages around Hola under water, Red Cross spokesman Joel Ombati said.

Interior minister Kithure Kindiki said the government would release 2.3 million dollars in emergency aid and send two helicopters of the Kenya Defence Forces to reach stranded families.

The Kenya Meteorological Department warned that rains would continue until March 20 in Garissa, Tana River and Lamu counties. In 2018, floods along the Tana killed 186 people."""

WIRE_FR = """NAIROBI (AP) — Les inondations dans l'est du Kenya ont fait au moins 47 morts et chassé 12 500 familles de leurs maisons depuis lundi, a annoncé le 14 mars la Croix-Rouge kényane.

Le fleuve Tana est sorti de son lit près de Garissa après trois jours de pluies torrentielles, coupant la route de Mombasa et inondant les villages autour de Hola, a précisé Joel Ombati, porte-parole de la Croix-Rouge.

Le ministre de l'Intérieur Kithure Kindiki a déclaré que le gouvernement débloquerait 2,3 millions de dollars d'aide d'urgence et enverrait deux hélicoptères des Forces de défense du Kenya auprès des familles bloquées.

Le service météorologique du Kenya prévoit des pluies jusqu'au 20 mars dans les comtés de Garissa, de Tana River et de Lamu. En 2018, des crues de la Tana avaient fait 186 morts."""

REPRINT = (
    "[ad_1]\n\n"
    + WIRE_EN.split("\n\n", 1)[1].rsplit("\n\n", 1)[0]
    + "\n\nRead more: Kenya news in pictures\n\n[ad_2]\n\nSource link"
)

SAME_TOPIC_EN = """KISUMU, Kenya — Heavy rain flooded parts of western Kenya on Thursday, and officials in Kisumu said 9 people had drowned when Lake Victoria rose into the lakeside estates of Nyalenda and Dunga.

Governor Anyang' Nyong'o asked the national government for tents and clean water for about 3,000 residents sheltering in schools, and said the county had set aside 40 million shillings.

Fishermen at Dunga beach said the lake had not been this high since 1964."""

SAME_TOPIC_FR = """KISUMU (Kenya) — De fortes pluies ont inondé l'ouest du Kenya jeudi : à Kisumu, 9 personnes se sont noyées quand le lac Victoria a envahi les quartiers de Nyalenda et de Dunga, selon les autorités du comté.

Le gouverneur Anyang' Nyong'o a demandé à l'État des tentes et de l'eau potable pour quelque 3 000 habitants réfugiés dans des écoles, et annoncé une enveloppe de 40 millions de shillings.

Les pêcheurs de la plage de Dunga affirment que le lac n'avait pas été aussi haut depuis 1964."""


def article(
    doc_id: str, text: str, lang: str, title: str, day: date = DAY, outlet: str | None = None
) -> Article:
    found = clean(RawDocument(doc_id, "test", text, title=title, published=day, outlet=outlet))
    found.lang = lang
    return found


def corpus() -> list[Article]:
    return [
        article("wire-en", WIRE_EN, "en", "Kenya floods kill 47, displace thousands", outlet="apnews.com"),
        article(
            "wire-fr", WIRE_FR, "fr", "Kenya : 47 morts dans des inondations", date(2024, 3, 15), "lematin.fr"
        ),
        article(
            "reprint",
            REPRINT,
            "en",
            "Kenya floods kill 47 as Tana River bursts",
            date(2024, 3, 15),
            "autoblog.net",
        ),
        article(
            "topic-en",
            SAME_TOPIC_EN,
            "en",
            "Nine drown as Lake Victoria floods Kisumu",
            outlet="nation.africa",
        ),
        article("topic-fr", SAME_TOPIC_FR, "fr", "Kenya : neuf noyés à Kisumu", outlet="lemonde.fr"),
    ]


def test_numbers_are_one_anchor_however_they_are_written() -> None:
    assert number_value("50,000", None) == number_value("50 000", None) == number_value("50.000", None)
    en = text_anchors("It cost 11.8 million dollars and 3.5% of 50,000 on July 10.", "en")
    fr = text_anchors("Il a coûté 11,8 millions de dollars et 3,5 % de 50 000 le 10 juillet.", "fr")
    assert {"n:11800000", "n:3.5", "n:50000", "d:07-10"} <= en & fr
    # "billion" is 10^9 in English and 10^12 in French
    assert "n:2000000000" in text_anchors("a 2 billion deal", "en")
    assert "n:2000000000" in text_anchors("un contrat de 2 milliards", "fr")


def test_state_names_are_one_anchor_in_both_languages() -> None:
    en = text_anchors("Talks between Germany and the United States resumed.", "en")
    fr = text_anchors("Les discussions entre l'Allemagne et les États-Unis ont repris.", "fr")
    assert {"a:state:DEU", "a:state:USA"} <= en & fr


def test_translation_and_reprint_join_the_wire_story_and_the_same_topic_does_not() -> None:
    stories = cluster(corpus())
    wire = stories.story_of["wire-en"]
    assert stories.story_of["wire-fr"] == wire
    assert stories.story_of["reprint"] == wire
    assert stories.story_of["topic-en"] != wire and stories.story_of["topic-fr"] != wire
    assert stories.original_of["wire-fr"] == "wire-en"
    assert stories.link_kind["wire-fr"] == "translation"
    assert stories.original_of["reprint"] == "wire-en"
    story = stories.stories[wire]
    assert story.earliest == "wire-en"
    assert story.wire == "AP"
    assert story.independent_outlets == ("apnews.com",)
    assert set(story.outlets) == {"apnews.com", "lematin.fr", "autoblog.net"}


def test_same_topic_translation_pairs_score_apart() -> None:
    """The FR version of the Kisumu story is its translation; it must match it, not the Tana story."""
    index = DedupIndex()
    articles = corpus()
    for a in articles[:4]:
        index.add(a.doc_id, features(a))
    matches = index.add("topic-fr", features(articles[4]))
    assert [m.other for m in matches if m.kind == "translation"] == ["topic-en"]
    assert "n:3000" in matches[0].shared or "c:kisumu" in matches[0].shared


def test_empty_bodies_do_not_glue_stories() -> None:
    junk = "[ad_1] [ad_2] Source link"
    posts = [
        article("a", junk, "en", "Storm hits Florida coast", date(2016, 6, 7)),
        article("b", junk, "en", "Senate passes budget bill", date(2016, 6, 7)),
        article("c", junk, "en", "Storm hits Florida coast", date(2016, 6, 7)),
        article("d", junk, "en", "Storm hits Florida coast", date(2016, 6, 9)),
    ]
    stories = cluster(posts)
    assert stories.story_of["a"] == stories.story_of["c"]  # the same headline on the same day
    assert stories.story_of["b"] != stories.story_of["a"]
    assert stories.story_of["d"] != stories.story_of["a"]
    assert stories.link_kind["c"] == "title"


def test_boilerplate_under_unrelated_headlines_is_no_story() -> None:
    boilerplate = " ".join(["The agency is the world's largest provider of news to media and markets."] * 6)
    posts = [
        article("a", boilerplate, "en", "Colorado woman convicted of assault"),
        article("b", boilerplate, "en", "Damascus calls Assad a red line"),
        article("c", boilerplate, "en", "Colorado woman convicted in assault case"),
    ]
    stories = cluster(posts)
    assert stories.story_of["a"] != stories.story_of["b"]
    assert stories.story_of["a"] == stories.story_of["c"]


def test_index_round_trips_and_keeps_matching() -> None:
    articles = corpus()
    index = DedupIndex()
    for a in articles[:3]:
        index.add(a.doc_id, features(a))
    copy = DedupIndex.from_bytes(index.to_bytes())
    assert list(copy.rows()) == list(index.rows())
    late = article("late", WIRE_EN + "\n\nThe toll rose to 52 on Friday.", "en", "Kenya floods toll rises")
    assert index.add("late", features(late)) == copy.add("late", features(late))
    with pytest.raises(UsageError):
        copy.add("late", features(late))
    with pytest.raises(InputError):
        DedupIndex.from_bytes(b"not an index")


def test_wmt_cross_lingual_floor() -> None:
    """Every EN and FR document of newstest 2012-2014 in one index (anchors from the text alone: the
    evaluation command reports the figure with parsed actors too)."""
    result = score_wmt(shared("corpora/wmt_newstest_multiparallel"), resolve=False)
    assert result.gold_pairs == 327
    assert result.precision >= 0.95
    assert result.recall >= 0.90
    assert not result.other_matches


def test_orangesum_identical_bodies_are_all_found() -> None:
    result = score_orangesum(shared("corpora/orangesum_fr_news"), groups=250)
    assert result.groups["body"] > 200
    assert result.share("body") == 1.0
    assert max(result.sizes) < 20  # the generic headlines ("le point sur la pandémie") make no story


def test_scraper_june_stories() -> None:
    """Posts of 21-23 June 2016 (the Brexit vote): copies join, empty bodies and boilerplate do not."""
    result = score_scraper(shared("corpora/scraper_republished_wire_2016/_posts"), "2016-06-2[1-3]-*.md")
    assert result.posts > 50
    assert result.both_ways >= 2 and result.both_ways_together == result.both_ways  # 6/6 on the whole corpus
    assert result.largest_with_short <= 2
    assert max(result.sizes) <= 5


def test_url_slugs_name_stories() -> None:
    from dragoman.dedup.index import url_key

    feed = "http://feeds.reuters.com/~r/Reuters/worldNews/~3/x1Y2/us-britain-eu-idUSKCN0Z902K"
    assert url_key(feed) == url_key("http://www.reuters.com/article/us-britain-eu-idUSKCN0Z902K") is not None
    assert url_key("https://www.lemonde.fr/international/") is None
    assert url_key("https://example.com/2016/06/23/") is None
    assert url_key("https://example.com/news/index.html") is None


def test_a_rewrite_under_the_same_story_url_joins_it_and_a_later_one_does_not() -> None:
    """A wire write-thru rewrites the text but keeps its story's URL; a live page reused days later does not
    make one story."""
    url = "https://www.reuters.com/article/us-kenya-floods-idUSKCN1A2B3C"
    first = article("first", WIRE_EN, "en", "Kenya floods kill 47, displace thousands")
    first.url = url
    rewrite = article(
        "rewrite", SAME_TOPIC_EN, "en", "Kenya flood toll rises as rains spread", date(2024, 3, 15)
    )
    rewrite.url = url.replace("www.", "")
    other_story = (
        "The Central Bank of Kenya held its benchmark rate at 13 percent on Tuesday, saying inflation had eased "
        "to 6.3 percent in February as food prices fell, and it expected the shilling to stay stable through June."
    )
    later = article("later", other_story, "en", "Kenya central bank holds rates", date(2024, 3, 18))
    later.url = url
    stories = cluster([first, rewrite, later])
    assert stories.story_of["rewrite"] == stories.story_of["first"]
    assert stories.link_kind["rewrite"] == "url"
    assert stories.story_of["later"] != stories.story_of["first"]

"""The cleaning stage on hand-built articles."""

from __future__ import annotations

import pytest

from dragoman.clean import clean
from dragoman.clean.unicode import normalize
from dragoman.model import RawDocument


def _clean(text: str, title: str | None = None):  # type: ignore[no-untyped-def]
    return clean(RawDocument(doc_id="t", source="t", text=text, title=title))


def test_ad_slots_source_link_and_dateline_are_cut() -> None:
    article = _clean(
        "[ad_1]\n\nLAGOS (AFP) – Nigeria's army said on Sunday it had freed 40 hostages.\n\n"
        "The operation took place in Zamfara state.\n\n[ad_2]\n\nSource link -12"
    )
    assert article.text == (
        "Nigeria's army said on Sunday it had freed 40 hostages.\n\nThe operation took place in Zamfara state."
    )
    assert article.wire == "AFP"
    assert article.dateline is not None and article.dateline.place == "LAGOS"
    reasons = [r.reason for r in article.removed]
    assert reasons.count("ad_slot") == 2 and "source_link" in reasons and "dateline" in reasons
    assert [f.name for f in article.flags] == ["autoblog_republication"]


def test_inline_ad_slot_inside_a_paragraph() -> None:
    article = _clean("Talks resumed in Doha. [ad_3] Both delegations attended.")
    assert article.text == "Talks resumed in Doha. Both delegations attended."


def test_french_junk_lines() -> None:
    article = _clean(
        "Paris (AFP) - Le gouvernement a présenté mercredi son projet de loi.\n"
        "Lire aussi : Le budget adopté en première lecture\n"
        "Partager sur Facebook\n"
        "Nous utilisons des cookies pour améliorer votre expérience.\n"
        "Le texte sera examiné par le Sénat en juin.\n"
        "Abonnez-vous à notre newsletter\n"
    )
    assert article.text == (
        "Le gouvernement a présenté mercredi son projet de loi.\n\nLe texte sera examiné par le Sénat en juin."
    )
    assert {r.reason for r in article.removed} >= {"read_more", "share", "cookie", "newsletter", "dateline"}


def test_english_junk_lines_and_social_embed() -> None:
    article = _clean(
        "Protesters gathered outside parliament on Tuesday.\n"
        "Read more: Police detain dozens in capital\n"
        "Share this:\n"
        "Crowds chant in the square pic.twitter.com/Xy12Ab34\n"
        "— Sam Reporter (@samreports) March 4, 2025\n"
        "We use cookies to give you the best experience. Accept\n"
        "Sign up for our daily newsletter\n"
        "The interior ministry said 12 people were arrested.\n"
    )
    # An embedded post keeps its words (they may be the news) but loses its link and attribution line.
    assert article.text == (
        "Protesters gathered outside parliament on Tuesday.\n\nCrowds chant in the square\n\n"
        "The interior ministry said 12 people were arrested."
    )


def test_trailing_related_list_is_cut_but_a_sentence_starting_alike_is_kept() -> None:
    body = "\n".join(f"Paragraph {i} of the story, with enough words to read as prose." for i in range(6))
    article = _clean(body + "\nRelated\nLeaders meet in Geneva\nOil prices climb\nTalks stall again\n")
    assert article.text.endswith("Paragraph 5 of the story, with enough words to read as prose.")
    assert any(r.reason == "related_list" for r in article.removed)
    kept = _clean("Recommended doses were cut by half, the ministry said.\nRead more about it below today.")
    assert "Recommended doses" in kept.text and "Read more about it" in kept.text


def test_repeated_title_and_trailing_credit() -> None:
    article = _clean(
        "Chad closes border with Sudan\n\nN'DJAMENA (Reuters) - Chad closed its border.\n\nChad closes border "
        "with Sudan\n\nOfficials gave no date for reopening.\n\n(Reporting by A. Writer; Editing by B. Editor)",
        title="Chad closes border with Sudan",
    )
    assert article.text == "Chad closed its border.\n\nOfficials gave no date for reopening."
    assert article.wire == "Reuters"


def test_credit_at_the_end_gives_the_wire_when_there_is_no_dateline() -> None:
    article = _clean("Le Niger a fermé sa frontière, a annoncé le gouvernement. (avec AFP)")
    assert article.text == "Le Niger a fermé sa frontière, a annoncé le gouvernement."
    assert article.wire == "AFP"
    assert article.dateline is None


def test_headline_above_a_dateline_becomes_the_title() -> None:
    article = _clean("Kenya police fire tear gas\n[ad_1]\nNAIROBI, Kenya (AP) — Police fired tear gas.")
    assert article.title == "Kenya police fire tear gas"
    assert article.text == "Police fired tear gas."


def test_unicode_normalisation() -> None:
    assert normalize("l’État a dit « non » ; “yes”") == 'l\'État a dit « non » ; "yes"'
    assert normalize("zero\u200bwidth soft\u00adhyphen") == "zerowidth softhyphen"
    assert normalize("PrÃ©sident de la RÃ©publique") == "Président de la République"
    assert normalize("France&#039;s army") == "France's army"
    assert normalize("a\u00a0b\u202fc") == "a b c"


@pytest.mark.parametrize(
    ("garbled", "meant"),
    [
        ("la dÃ©cision de lâ€™Ã‰tat", "la décision de l'État"),  # Windows-1252 punctuation in the mojibake
        ("arrivÃ© Ã  Rabat", "arrivé à Rabat"),  # the no-break space of "à" lost
        ("Ã§a tient Ã  SÃ£o TomÃ©", "ça tient à São Tomé"),
        ("Ä°zmir", "İzmir"),  # a letter beyond Latin-1
        ("les Ã©lus â€“ Â«\u00a0ouiÂ\u00a0Â»", "les élus – « oui »"),
    ],
)
def test_mojibake_is_repaired_whatever_its_characters(garbled: str, meant: str) -> None:
    assert normalize(garbled) == meant


def test_accented_text_without_mojibake_is_left_as_written() -> None:
    text = "Erdoğan à Łódź, « un été » – déjà… Œuvre, naïveté, São Tomé, Ærø."
    assert normalize(text) == text


def test_text_without_junk_is_unchanged_apart_from_paragraph_spacing() -> None:
    text = "Ministers met in Lima on Monday.\n\nThey agreed to meet again in May."
    assert _clean(text).text == text
    assert _clean(text).removed == []


def test_empty_after_cleaning() -> None:
    assert _clean("[ad_1]\n\nSource link").text == ""


def test_an_intertitle_run_into_a_paragraph_is_set_apart() -> None:
    text = (
        "Le Niger compte 120 morts (12 hier).- Appel au calme -Le gouvernement a exhorté les habitants à "
        'rester chez eux. Le ministre a dit - selon la radio - que tout allait bien.- "Pas de panique" -Les '
        "écoles restent ouvertes."
    )
    article = clean(RawDocument("t.txt", "test", text))
    assert article.text.split("\n\n") == [
        "Le Niger compte 120 morts (12 hier).",
        "Appel au calme",
        "Le gouvernement a exhorté les habitants à rester chez eux. Le ministre a dit - selon la radio - que "
        "tout allait bien.",
        '"Pas de panique"',
        "Les écoles restent ouvertes.",
    ]


def test_sentences_glued_by_a_lost_paragraph_break_get_their_space_back() -> None:
    text = (
        'Le ministre a parlé dans la nuit de mercredi à jeudi.Le gouvernement a répondu", a précisé M. Leroy '
        "à l'AFP.Aucune décision n'a été prise (lundi).Les syndicats, eux, ont dit \"non\".Mais rien ne bouge."
    )
    assert _clean(text).text == (
        'Le ministre a parlé dans la nuit de mercredi à jeudi. Le gouvernement a répondu", a précisé M. Leroy '
        "à l'AFP. Aucune décision n'a été prise (lundi). Les syndicats, eux, ont dit \"non\". Mais rien ne bouge."
    )
    # initials, amounts, addresses and web names stay as they are
    kept = "U.S.Army units, 2.5 million dollars, Jane.Doe@example.org and pic.twitter.com stay whole."
    assert _clean(kept).text == kept

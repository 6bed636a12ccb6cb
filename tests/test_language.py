"""Language identification and the unsupported-language path."""

from __future__ import annotations

from dragoman.clean import clean
from dragoman.language import detect, identify, supported_languages
from dragoman.model import RawDocument


def test_packs() -> None:
    assert supported_languages() == {"en", "fr"}


def test_detect_short_and_long() -> None:
    assert detect("Le gouvernement a démenti ces informations.")[0] == "fr"
    assert detect("The ministry denied the reports on Tuesday.")[0] == "en"
    assert detect("El gobierno desmintió las informaciones el martes por la tarde.")[0] == "es"
    lang, probability = detect("Die Regierung hat die Berichte am Dienstag dementiert. " * 30)
    assert lang == "de" and probability > 0.9


def test_identify_uses_the_caller_language_and_flags_unsupported() -> None:
    article = identify(clean(RawDocument("d", "d", "Die Regierung hat die Berichte dementiert.")))
    assert article.lang == "de" and not article.supported and article.lang_source == "detected"
    given = identify(clean(RawDocument("d", "d", "Ministers met in Lima.", lang_hint="EN")))
    assert given.lang == "en" and given.supported and given.lang_source == "input"


def test_translation_flag_for_a_wire_without_a_service_in_that_language() -> None:
    article = identify(
        clean(RawDocument("d", "d", "TOKYO (Kyodo) - Le Japon a protesté mardi auprès de Pékin."))
    )
    assert [f.name for f in article.flags] == ["translation_suspected"]
    article = identify(
        clean(RawDocument("d", "d", "PARIS (AFP) - La France a protesté mardi auprès de Pékin."))
    )
    assert article.flags == []

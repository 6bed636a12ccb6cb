"""Property-based tests (hypothesis) of the cleaner, the dateline reader, the date resolver and the coder
on random Unicode text: they never raise, every offset they give points inside the text it was read from,
and every event is schema-valid. Examples are bounded so the file runs in well under a minute."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dragoman.actors import resolve_article
from dragoman.clean import clean
from dragoman.clean.dateline import read_credit, read_dateline
from dragoman.coding import code_events
from dragoman.counts import Counts
from dragoman.model import Event, RawDocument
from dragoman.nlp import parse
from dragoman.pipeline import prepare
from dragoman.when import find_times
from tests.conftest import SHARED

FAST = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

# Words that make the readers fire (datelines, wires, dates, actors, event verbs), mixed with random text so
# that the properties are tested where the rules match, not only on noise that no rule touches.
WORDS = [
    "BEIJING", "(AP)", "(AFP)", "(Reuters)", "-", "—", "–", "PARIS,", "5 mars", "Feb. 24", "KYIV,", "Ukraine",
    "mardi", "Tuesday", "hier", "last", "week", "il y a", "deux", "jours", "ago", "three", "days", "24/02",
    "2023", "en", "in", "since", "le", "31", "février", "décembre", "dernier", "next", "night", "nuit",
    "de", "samedi", "à", "dimanche", "week-end", "mid-March", "début", "fin", "2021", "(avec AFP)",
    "China", "Russia", "la Chine", "Pékin", "Moscou", "Washington", "NATO", "the European Union",
    "Lukashenko", "Loukachenko", "visited", "est arrivé", "a refusé de critiquer", "imposed", "sanctions",
    "on", "against", "condemned", "will", "meet", "arrested", "protesters", "a menacé", "said", "a déclaré",
    "that", "qu'", "\n", "\n\n", ".", ",", "«", "»", '"', "[ad_1]", "Source link -39",
]  # fmt: skip
LANGS = ("fr", "en")


def mixed_text(max_size: int = 40) -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(WORDS), st.text(max_size=12))
    return st.lists(piece, max_size=max_size).map(" ".join)


def any_text() -> st.SearchStrategy[str]:
    return st.one_of(st.text(max_size=300), mixed_text())


@FAST
@given(text=any_text(), title=st.none() | st.text(max_size=40))
def test_cleaner_never_raises_and_keeps_only_text_it_was_given(text: str, title: str | None) -> None:
    article = clean(RawDocument("p", "p", text, title=title))
    assert isinstance(article.text, str)
    assert "\x00" not in article.text or "\x00" in text
    for cut in article.removed:
        assert cut.reason and cut.rule


@FAST
@given(text=any_text())
def test_dateline_offsets_are_inside_the_text(text: str) -> None:
    found = read_dateline(text)
    if found is not None:
        dateline, body = found
        assert 0 < body <= len(text)
        assert dateline.text.strip() and dateline.text in text[:body]
    credit = read_credit(text)
    if credit is not None:
        assert 0 <= credit[1] <= len(text)


@FAST
@given(
    text=any_text(),
    lang=st.sampled_from(LANGS),
    anchor=st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
    future=st.booleans(),
)
def test_time_expressions_point_inside_and_resolve_or_say_none(
    text: str, lang: str, anchor: date, future: bool
) -> None:
    for found in find_times(text, lang):
        assert 0 <= found.start < found.end <= len(text)
        assert text[found.start : found.end] == found.text
        resolved = found.resolve(anchor, future)
        if resolved is not None:
            assert resolved.precision in ("day", "month", "year")
            assert resolved.format()[:4].isdigit()


@pytest.fixture(scope="module")
def schema() -> Any:
    """The event schema when ../shared has it; else None and a structural check stands in."""
    path = SHARED / "schema" / "event.schema.json"
    if not path.exists():
        return None
    from jsonschema import Draft202012Validator

    return Draft202012Validator(json.loads(path.read_text()))


def _valid(event: Event, text: str, schema: Any) -> None:
    assert 0 <= event.evidence_start <= event.evidence_end <= len(text)
    assert text[event.evidence_start : event.evidence_end] == event.evidence
    assert event.trigger
    record = event.to_json()
    if schema is not None:
        errors = [e.message for e in schema.iter_errors(record)]
        assert not errors, errors
    else:
        assert record["modality"] in ("asserted", "negated", "possible")
        assert record["quad_class"] in (1, 2, 3, 4) and -10 <= float(record["goldstein"]) <= 10
        assert str(record["cameo"]).startswith(str(record["cameo_root"]))


@SLOW
@given(text=mixed_text(60), lang=st.sampled_from(LANGS), day=st.dates(date(2000, 1, 1), date(2030, 12, 31)))
def test_coder_on_random_text_gives_schema_valid_events(text: str, lang: str, day: date, schema: Any) -> None:
    article = prepare(RawDocument("h", "h", text, lang_hint=lang), Counts(), default_date=day)
    if article is None or not article.supported:
        return
    [doc] = parse([article])
    resolve_article(article, doc)
    for mention in article.mentions:
        assert 0 <= mention.start < mention.end <= len(article.text)
        assert article.text[mention.start : mention.end] == mention.text
    for span in article.sentences:
        assert 0 <= span.start <= span.end <= len(article.text)
    for event in code_events(article, doc):
        _valid(event, article.text, schema)

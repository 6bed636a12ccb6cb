from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from dragoman.errors import UsageError
from dragoman.resources import LANG_DIR, read_tsv
from dragoman.when import ResolvedTime, TimeExpression, find_times
from tests.conftest import shared

CASES = read_tsv(Path(__file__).parent / "data" / "time_cases.tsv")
WITH_TIME = [c for c in CASES if c["expression"]]
WITHOUT_TIME = [c for c in CASES if not c["expression"]]
KINDS = {
    "setting", "day", "relative", "number", "unit", "ago", "ahead", "hedge", "on", "in", "part", "last", "next",
    "daypart", "night_open", "night_join", "ordinal", "of", "range",
}  # fmt: skip


def _id(case: dict[str, str]) -> str:
    return f"{case['lang']}:{case['anchor']}:{case['expression'] or case['sentence'][:30]}"


def test_the_case_file_is_big_enough() -> None:
    assert len(WITH_TIME) >= 70
    assert {c["lang"] for c in WITH_TIME} == {"en", "fr"}
    assert len({c["anchor"] for c in WITH_TIME}) >= 6


@pytest.mark.parametrize("case", WITH_TIME, ids=_id)
def test_expression_is_found_and_resolved(case: dict[str, str]) -> None:
    sentence, expression = case["sentence"], case["expression"]
    found = find_times(sentence, case["lang"])
    start = sentence.index(expression)
    spans = [(e.start, e.end) for e in found]
    assert (start, start + len(expression)) in spans, [e.text for e in found]
    hit = next(e for e in found if e.start == start)
    assert hit.text == expression
    resolved = hit.resolve(date.fromisoformat(case["anchor"]), future=case["future"] == "1")
    if case["expected"] == "none":
        assert resolved is None
        return
    assert resolved is not None
    assert (resolved.format(), resolved.precision) == (case["expected"], case["precision"])
    assert resolved.text == expression
    assert resolved.rule.startswith(hit.rule + ":")


@pytest.mark.parametrize("case", WITHOUT_TIME, ids=_id)
def test_sentence_without_time_gives_nothing(case: dict[str, str]) -> None:
    assert find_times(case["sentence"], case["lang"]) == []


def test_offsets_point_into_the_text() -> None:
    for case in CASES:
        for expression in find_times(case["sentence"], case["lang"]):
            assert case["sentence"][expression.start : expression.end] == expression.text


def test_several_expressions_in_one_sentence_in_text_order() -> None:
    text = "Lundi dernier, puis mardi soir et enfin le 3 mars 2023, les pourparlers ont repris."
    found = find_times(text, "fr")
    assert [e.text for e in found] == ["Lundi dernier", "mardi soir", "le 3 mars 2023"]
    anchor = date(2023, 3, 8)
    assert [r.format() for e in found if (r := e.resolve(anchor))] == [
        "2023-03-06",
        "2023-03-07",
        "2023-03-03",
    ]


def test_future_flag_turns_weekdays_and_yearless_dates_forward() -> None:
    anchor = date(2023, 6, 15)  # a Thursday
    (friday,) = find_times("Les ministres se réuniront vendredi.", "fr")
    assert friday.resolve(anchor) == ResolvedTime(date(2023, 6, 9), "day", "vendredi", "weekday:on-or-before")
    resolved = friday.resolve(anchor, future=True)
    assert resolved is not None and resolved.value == date(2023, 6, 16)
    (thursday,) = find_times("They will meet on Thursday.", "en")
    resolved = thursday.resolve(anchor, future=True)
    assert resolved is not None and resolved.value == anchor  # the anchor's own day counts
    (may,) = find_times("The vote takes place on May 2.", "en")
    assert (r := may.resolve(anchor)) is not None and r.format() == "2023-05-02"
    assert (r := may.resolve(anchor, future=True)) is not None and r.format() == "2024-05-02"


def test_forced_direction_excludes_the_anchor_day() -> None:
    anchor = date(2023, 2, 28)  # a Tuesday
    (last,) = find_times("The vote was held last Tuesday.", "en")
    (nxt,) = find_times("La séance reprendra mardi prochain.", "fr")
    assert (r := last.resolve(anchor)) is not None and r.value == date(2023, 2, 21)
    assert (r := nxt.resolve(anchor)) is not None and r.value == date(2023, 3, 7)


def test_yearless_date_leans_to_the_past_beyond_two_months() -> None:
    (dec,) = find_times("Le sommet avait eu lieu le 20 décembre.", "fr")
    assert (r := dec.resolve(date(2023, 10, 25))) is not None and r.format() == "2023-12-20"  # 56 days ahead
    assert (r := dec.resolve(date(2023, 10, 1))) is not None and r.format() == "2022-12-20"


def test_leap_day_without_a_year_resolves_only_near_a_leap_year() -> None:
    (leap,) = find_times("Le décret du 29 février est entré en vigueur.", "fr")
    assert (r := leap.resolve(date(2024, 3, 10))) is not None and r.format() == "2024-02-29"
    assert leap.resolve(date(2023, 3, 10)) is None


def test_week_straddling_months_gives_the_year_and_new_year_gives_nothing() -> None:
    (week,) = find_times("Talks stalled this week.", "en")
    assert (r := week.resolve(date(2023, 5, 31))) is not None and (r.format(), r.precision) == (
        "2023",
        "year",
    )
    assert week.resolve(date(2025, 12, 31)) is None  # Monday 29 December 2025 to Sunday 4 January 2026


def test_format_by_precision() -> None:
    day = date(2022, 2, 24)
    assert ResolvedTime(day, "day", "x", "r").format() == "2022-02-24"
    assert ResolvedTime(day, "month", "x", "r").format() == "2022-02"
    assert ResolvedTime(day, "year", "x", "r").format() == "2022"


def test_numeric_dates_take_the_only_possible_reading() -> None:
    (us,) = find_times("The filing dated 12/24/2022 was rejected.", "en")
    assert (us.day, us.month, us.year) == (24, 12, 2022)
    assert find_times("Le score final : 24/13.", "fr") == []


def test_night_of_two_days_that_do_not_follow_is_not_a_night() -> None:
    found = find_times("dans la nuit de lundi à jeudi", "fr")
    assert all(e.rule != "night" for e in found)


def test_relative_words_name_their_vocabulary_line() -> None:
    (yesterday,) = find_times("Il est parti hier.", "fr")
    assert re.fullmatch(r"lang/fr/time\.tsv:\d+", yesterday.source)


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(UsageError, match=r"no time vocabulary for language 'xx'.*en, fr"):
        find_times("gestern", "xx")


def test_hand_built_expression_without_its_fields_resolves_to_none() -> None:
    assert TimeExpression(0, 4, "mars", "date").resolve(date(2023, 1, 1)) is None
    assert TimeExpression(0, 4, "2023", "year").resolve(date(2023, 1, 1)) is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_time_vocabulary_rows_are_well_formed(lang: str) -> None:
    rows = read_tsv(LANG_DIR / lang / "time.tsv")
    for row in rows:
        where = f"{lang}/time.tsv:{row['_line']}"
        assert row["kind"] in KINDS, where
        assert row["phrase"], where
        if row["kind"] in ("day", "relative", "number"):
            int(row["value"])
        if row["kind"] == "unit" and row["value"]:
            assert int(row["value"]) > 1, where
        if row["kind"] in ("relative", "unit"):
            assert row["unit"] in ("day", "week", "weekend", "month", "year"), where
        if row["kind"] in ("ago", "ahead", "last", "next", "daypart"):
            assert row["value"] in ("before", "after"), where


def test_sample_article_dates() -> None:
    text = shared("samples/belarus-china-visit.fr.txt").read_text(encoding="utf-8")
    anchor = date(2023, 2, 28)  # the AP story's publication date
    by_text: dict[str, list[str]] = {}
    for line in text.splitlines():
        for expression in find_times(line, "fr"):
            resolved = expression.resolve(anchor)
            if resolved:
                by_text.setdefault(expression.text, []).append(resolved.format())
    assert by_text["mardi"][0] == "2023-02-28"
    assert by_text["vendredi"][0] == "2023-02-24"
    assert by_text["il y a un an"] == ["2022-02"]

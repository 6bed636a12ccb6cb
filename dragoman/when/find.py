"""Finding time expressions in a sentence: one compiled regex per rule and language, built once from the
language's vocabulary; overlapping finds keep the one that starts first, then the longest.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Literal

from dragoman.actors.matcher import fold
from dragoman.when.expression import Rule, TimeExpression, Unit
from dragoman.when.vocabulary import Vocabulary, alternation, key, vocabulary

START = r"(?<!\w)"
# Between two words: spaces, or nothing after a word that ends in an apostrophe or a hyphen (`d'avril`, `mid-May`).
JOIN = r"(?:\s+|(?<=[-']))"
# A year standing alone ("en 2021"): not a range, a percentage or part of a longer number.
LONE_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\w)(?!\s*[-–/]\s*\d)(?!\s*%)(?![.,]\d)"
# Cheap tests that let a sentence skip the patterns it cannot match (most sentences have no date in digits).
DIGIT, NUMERIC, ISO, FOUR_DIGITS = (re.compile(r) for r in (r"\d", r"\d[/.]\d", r"\d-\d", r"\d{4}"))
UNITS: dict[str, Unit] = {
    "day": "day",
    "week": "week",
    "weekend": "weekend",
    "month": "month",
    "year": "year",
}


@dataclass(frozen=True, slots=True)
class _Pattern:
    rule: Rule
    regex: re.Pattern[str]
    build: Callable[[Vocabulary, re.Match[str], str], TimeExpression | None]
    gate: re.Pattern[str] | None = None  # what the text must contain for the pattern to be tried at all


def find_times(text: str, lang: str) -> list[TimeExpression]:
    """Every time expression in `text` (a sentence, or any text) written in `lang`, in text order.

    Raises UsageError for a language without `lang/<iso>/time.tsv`.
    """
    vocab = vocabulary(lang)
    folded = fold(text)  # one character for one: offsets into it are offsets into `text`
    found: list[TimeExpression] = []
    for pattern in _patterns(lang):
        if pattern.gate is not None and not pattern.gate.search(folded):
            continue
        for match in pattern.regex.finditer(folded):
            expression = pattern.build(vocab, match, text)
            if expression is not None:
                found.append(expression)
    found.sort(key=lambda e: (e.start, -e.end))
    kept: list[TimeExpression] = []
    for expression in found:
        if not kept or expression.start >= kept[-1].end:
            kept.append(expression)
    return kept


@cache
def _patterns(lang: str) -> tuple[_Pattern, ...]:
    v = vocabulary(lang)

    def words(kind: str) -> str:
        return alternation(v.words(kind))

    weekday = alternation(v.weekday_names)
    full, abbr = alternation(v.month_names), alternation(v.month_abbreviations)
    month = rf"(?P<month>{full}(?!\w)|{abbr}(?!\w)\.?)"
    # Without a day, an abbreviation needs its dot, and "in May's cabinet" is Theresa May's.
    month_alone = rf"(?P<month>{full}(?!\w)(?!'s\b)|{abbr}\.)"
    ordinal = rf"(?:{words('ordinal')}(?!\w))?"
    day = rf"(?P<day>\d{{1,2}})(?!\d){ordinal}(?:\s*{words('range')}\s*\d{{1,2}}(?!\d){ordinal})?"
    on = rf"(?:(?P<on>{words('on')})\s+)?"
    on_weekday = rf"{on}(?:{weekday},?\s+)?"
    year = r"(?:,?\s+(?P<year>\d{4})(?!\d))?"
    # "le 6 mai dernier", "juin prochain"; "last March" (before the month, where the language puts it there)
    after = rf"(?:\s+(?P<last2>{words('last:after')})(?!\w)|\s+(?P<next2>{words('next:after')})(?!\w))?"
    before = rf"(?:(?P<last>{words('last:before')})\s+|(?P<next>{words('next:before')})\s+)?"
    patterns: list[_Pattern] = []
    if v.setting("day_month") == "yes":
        regex = rf"{START}{on_weekday}{day}(?:\s+{words('of')})?\s+{month}{year}{after}"
        patterns.append(_Pattern("date", _compile(regex), _date, DIGIT))
    if v.setting("month_day") == "yes":
        regex = rf"{START}{on_weekday}{month}\s+{day}(?![:h]\d){year}{after}"
        patterns.append(_Pattern("date", _compile(regex), _date, DIGIT))
    tail = r"(?![\w/])(?![.,]\d)"
    numeric = r"(?P<a>\d{1,2})(?:/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})|\.(?P<b2>\d{1,2})\.(?P<y2>\d{4}))"
    patterns += [
        _Pattern("numeric", _compile(rf"(?<![\w/.,]){on_weekday}{numeric}{tail}"), _numeric, NUMERIC),
        _Pattern(
            "numeric", _compile(rf"(?<![\w/.,]){on_weekday}(?P<a>\d\d)/(?P<b>\d\d){tail}"), _numeric, NUMERIC
        ),
        _Pattern("iso", _compile(r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-])"), _iso, ISO),
    ]
    night = (
        rf"{START}{words('night_open')}\s+(?P<weekday>{weekday})(?!\w)"
        rf"(?:\s+{words('night_join')}\s+(?P<weekday2>{weekday})(?!\w))?"
    )
    patterns.append(_Pattern("night", _compile(night), _night))
    weekday_regex = (
        rf"{START}(?:(?P<daypart>{words('daypart:before')})\s+)?"
        rf"(?:(?P<last>{words('last:before')})\s+|(?P<next>{words('next:before')})\s+|(?P<on>{words('on')})\s+)?"
        rf"(?P<weekday>{weekday})(?!\w)"
        rf"(?:\s+(?P<last2>{words('last:after')})(?!\w)|\s+(?P<next2>{words('next:after')})(?!\w))?"
        rf"(?:\s+{words('daypart:after')}(?!\w))?"
    )
    patterns.append(_Pattern("weekday", _compile(weekday_regex), _weekday))
    day_word = rf"{START}(?P<word>{words('day')})(?!\w)(?:\s+{words('daypart:after')}(?!\w))?"
    patterns.append(_Pattern("day", _compile(day_word), _day))
    patterns.append(
        _Pattern("relative", _compile(rf"{START}(?P<phrase>{words('relative')})(?!\w)"), _relative)
    )
    count = rf"(?P<count>{alternation(list(v.numbers))}|\d{{1,3}})"
    ago = (
        rf"{START}(?:(?P<ago>{words('ago:before')})\s+|(?P<ahead>{words('ahead:before')})\s+)?"
        rf"(?:{words('hedge')}{JOIN})?{count}\s+(?P<unit>{alternation(list(v.units))})(?!\w)"
        rf"(?:\s+(?P<ago2>{words('ago:after')})(?!\w)|\s+(?P<ahead2>{words('ahead:after')})(?!\w))?"
    )
    patterns.append(_Pattern("ago", _compile(ago), _ago))
    in_ = rf"(?:(?P<in>{words('in')}){JOIN})?(?:(?P<part>{words('part')}){JOIN})?"
    patterns.append(_Pattern("month", _compile(rf"{START}{before}{in_}{month_alone}{year}{after}"), _month))
    patterns.append(_Pattern("year", _compile(rf"{START}{in_}{LONE_YEAR}"), _year, FOUR_DIGITS))
    return tuple(patterns)


def _compile(regex: str) -> re.Pattern[str]:
    return re.compile(regex)


def _expression(
    m: re.Match[str],
    text: str,
    rule: Rule,
    *,
    day: int | None = None,
    month: int | None = None,
    year: int | None = None,
    weekday: int | None = None,
    unit: Unit | None = None,
    offset: int = 0,
    direction: Literal["last", "next"] | None = None,
    part: str | None = None,
    source: str = "",
) -> TimeExpression:
    return TimeExpression(
        start=m.start(),
        end=m.end(),
        text=text[m.start() : m.end()],
        rule=rule,
        day=day,
        month=month,
        year=year,
        weekday=weekday,
        unit=unit,
        offset=offset,
        direction=direction,
        part=part,
        source=source,
    )


def _capitalised_month(v: Vocabulary, m: re.Match[str], text: str) -> bool:
    """In a language that capitalises month names, a lower-case one is another word ("they march", "may")."""
    return v.setting("month_case") != "capital" or text[m.start("month")].isupper()


def _direction(m: re.Match[str]) -> Literal["last", "next"] | None:
    groups = m.groupdict()
    if groups.get("last") or groups.get("last2"):
        return "last"
    if groups.get("next") or groups.get("next2"):
        return "next"
    return None


def _date(v: Vocabulary, m: re.Match[str], text: str) -> TimeExpression | None:
    if not _capitalised_month(v, m, text):
        return None
    year = int(m["year"]) if m["year"] else None
    month = v.months[key(m["month"])]
    return _expression(m, text, "date", day=int(m["day"]), month=month, year=year, direction=_direction(m))


def _numeric(v: Vocabulary, m: re.Match[str], text: str) -> TimeExpression | None:
    first, second = int(m["a"]), int(m["b"] or m.groupdict().get("b2") or 0)
    written = m.groupdict().get("y") or m.groupdict().get("y2")
    year = None
    if written:
        year = int(written)
        if len(written) == 2:
            year += 2000 if year < 70 else 1900
    day, month = (second, first) if v.setting("numeric") == "mdy" else (first, second)
    if month > 12 and day <= 12:  # only one reading is possible: take it
        day, month = month, day
    if not 1 <= month <= 12 or day < 1:
        return None
    return _expression(m, text, "numeric", day=day, month=month, year=year)


def _iso(v: Vocabulary, m: re.Match[str], text: str) -> TimeExpression | None:
    if not 1 <= int(m["m"]) <= 12:
        return None
    return _expression(m, text, "iso", day=int(m["d"]), month=int(m["m"]), year=int(m["y"]))


def _night(v: Vocabulary, m: re.Match[str], text: str) -> TimeExpression | None:
    first = v.weekdays[key(m["weekday"])]
    if m["weekday2"] and v.weekdays[key(m["weekday2"])] != (first + 1) % 7:
        return None  # "la nuit de lundi à jeudi" is not one night
    return _expression(m, text, "night", weekday=first)


def _weekday(v: Vocabulary, m: re.Match[str], text: str) -> TimeExpression | None:
    return _expression(m, text, "weekday", weekday=v.weekdays[key(m["weekday"])], direction=_direction(m))


def _day(v: Vocabulary, m: re.Match[str], text: str) -> TimeExpression | None:
    word = key(m["word"])
    return _expression(m, text, "day", unit="day", offset=v.days[word], source=v.sources[f"day:{word}"])


def _relative(v: Vocabulary, m: re.Match[str], text: str) -> TimeExpression | None:
    phrase = key(m["phrase"])
    unit, offset = v.relatives[phrase]
    return _expression(
        m, text, "relative", unit=UNITS[unit], offset=offset, source=v.sources[f"relative:{phrase}"]
    )


def _ago(v: Vocabulary, m: re.Match[str], text: str) -> TimeExpression | None:
    back, ahead = bool(m["ago"] or m["ago2"]), bool(m["ahead"] or m["ahead2"])
    if back == ahead:
        return None  # "deux semaines" alone is a duration, not a time
    written = m["count"]
    count = int(written) if written.isdigit() else v.numbers[key(written)]
    unit, size = v.units[key(m["unit"])]
    return _expression(m, text, "ago", unit=UNITS[unit], offset=(-count if back else count) * size)


def _month(v: Vocabulary, m: re.Match[str], text: str) -> TimeExpression | None:
    if not _capitalised_month(v, m, text):
        return None
    direction = _direction(m)
    if not (m["in"] or m["part"] or m["year"] or direction):
        return None  # a bare month name ("Mars", "May") is too often something else
    part = v.parts[key(m["part"])] if m["part"] else None
    year = int(m["year"]) if m["year"] else None
    month = v.months[key(m["month"])]
    return _expression(m, text, "month", month=month, year=year, part=part, direction=direction)


def _year(v: Vocabulary, m: re.Match[str], text: str) -> TimeExpression | None:
    if not (m["in"] or m["part"]):
        return None  # a bare number like 2021 may be a count
    part = v.parts[key(m["part"])] if m["part"] else None
    return _expression(m, text, "year", year=int(m["year"]), part=part)

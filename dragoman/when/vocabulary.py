"""The time words of one language, read once from `lang/<iso>/calendar.tsv` and `lang/<iso>/time.tsv`.

calendar.tsv holds month and weekday names (shared with the dateline reader); time.tsv holds every other
word a time expression is built from (`hier`, `last week`, `il y a`, `deux`, `mid-`, ...). Each phrase is
compiled to a regex over folded text (lower case, no accents, one apostrophe and one hyphen: `fold` keeps
offsets), and is looked up again after a match by its `key`: folded, without spaces, hyphens, dots or
apostrophes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from dragoman.actors.matcher import fold
from dragoman.errors import UsageError
from dragoman.resources import LANG_DIR, read_tsv

_NON_WORD = re.compile(r"[\W_]+")


def key(text: str) -> str:
    """The lookup form of a phrase as matched: folded, without spaces, hyphens, dots or apostrophes."""
    return _NON_WORD.sub("", fold(text))


def phrase_regex(phrase: str) -> str:
    """A regex for `phrase` in folded text (see `dragoman.actors.matcher.fold`): any run of spaces for a
    space, an optional hyphen (or a space) for a hyphen."""
    parts: list[str] = []
    for char in fold(phrase):
        if char.isspace():
            parts.append(r"\s+")
        elif char == "-":
            parts.append(r"[- ]?")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def alternation(phrases: list[str] | tuple[str, ...] | set[str]) -> str:
    """One non-capturing group matching any of `phrases`, longest first so `avant-hier` beats `hier`."""
    unique = sorted({fold(p) for p in phrases}, key=lambda p: (-len(p), p))
    return "(?:" + "|".join(phrase_regex(p) for p in unique) + ")" if unique else "(?!)"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The words of one language's time expressions, as phrases (for regexes) and by key (for lookups)."""

    lang: str
    months: dict[str, int]  # key → 1..12, full names and abbreviations
    month_names: tuple[str, ...]  # full names as written in calendar.tsv
    month_abbreviations: tuple[str, ...]  # names that are the start of a longer name of the same month
    weekdays: dict[str, int]  # key → 0 (Monday) .. 6
    weekday_names: tuple[str, ...]
    settings: dict[str, str]
    days: dict[str, int] = field(default_factory=dict)  # key → days from the anchor
    relatives: dict[str, tuple[str, int]] = field(default_factory=dict)  # key → (unit, offset)
    numbers: dict[str, int] = field(default_factory=dict)
    units: dict[str, tuple[str, int]] = field(
        default_factory=dict
    )  # key → (unit, how many: fortnight = 2 weeks)
    parts: dict[str, str] = field(default_factory=dict)  # key → early|mid|late
    phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # kind[:position] → phrases
    sources: dict[str, str] = field(default_factory=dict)  # kind:key → file:line, for explanations

    def words(self, kind: str) -> tuple[str, ...]:
        return self.phrases.get(kind, ())

    def setting(self, name: str) -> str:
        return self.settings.get(name, "")


def languages() -> tuple[str, ...]:
    """The languages that have a time vocabulary."""
    return tuple(sorted(p.parent.name for p in LANG_DIR.glob("*/time.tsv")))


@cache
def vocabulary(lang: str) -> Vocabulary:
    """The time vocabulary of `lang`, read once per process."""
    time_path = LANG_DIR / lang / "time.tsv"
    calendar_path = LANG_DIR / lang / "calendar.tsv"
    if not time_path.is_file() or not calendar_path.is_file():
        raise UsageError(
            f"no time vocabulary for language {lang!r}: {time_path.relative_to(LANG_DIR.parent)} or "
            f"calendar.tsv is absent; languages with one: {', '.join(languages())}"
        )
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    weekday_names: list[str] = []
    by_month: dict[int, list[str]] = {}
    for row in read_tsv(calendar_path):
        if row["kind"] == "month":
            months[key(row["name"])] = int(row["number"])
            by_month.setdefault(int(row["number"]), []).append(row["name"])
        elif row["kind"] == "weekday":
            weekdays[key(row["name"])] = int(row["number"])
            weekday_names.append(row["name"])
    abbreviations = tuple(
        name
        for names in by_month.values()
        for name in names
        if any(key(other) != key(name) and key(other).startswith(key(name)) for other in names)
    )
    full = tuple(name for names in by_month.values() for name in names if name not in abbreviations)
    vocab = Vocabulary(
        lang=lang,
        months=months,
        month_names=full,
        month_abbreviations=abbreviations,
        weekdays=weekdays,
        weekday_names=tuple(weekday_names),
        settings={},
    )
    phrases: dict[str, list[str]] = {}
    for row in read_tsv(time_path):
        kind, phrase, unit, value = row["kind"], row["phrase"], row["unit"], row["value"]
        if kind == "setting":
            vocab.settings[phrase] = value
            continue
        slot = f"{kind}:{value}" if value in ("before", "after") else kind
        phrases.setdefault(slot, []).append(phrase)
        vocab.sources[f"{kind}:{key(phrase)}"] = f"lang/{lang}/time.tsv:{row['_line']}"
        if kind == "day":
            vocab.days[key(phrase)] = int(value)
        elif kind == "relative":
            vocab.relatives[key(phrase)] = (unit, int(value))
        elif kind == "number":
            vocab.numbers[key(phrase)] = int(value)
        elif kind == "unit":
            vocab.units[key(phrase)] = (unit, int(value or 1))
        elif kind == "part":
            vocab.parts[key(phrase)] = value
    vocab.phrases.update({slot: tuple(words) for slot, words in phrases.items()})
    return vocab

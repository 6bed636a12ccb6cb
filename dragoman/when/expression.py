"""A time expression as found in a sentence, and its resolution against a publication date.

The conventions (news usage) are in the package docstring, `dragoman.when`; each is one small function here.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Precision = Literal["day", "month", "year"]
Unit = Literal["day", "week", "weekend", "month", "year"]
Rule = Literal["date", "numeric", "iso", "night", "weekday", "day", "relative", "ago", "month", "year"]

# A year-less date more than this far after the publication date is last year's ("le 20 décembre" read in June).
FUTURE_WINDOW = timedelta(days=61)
SATURDAY = 5


@dataclass(frozen=True, slots=True)
class ResolvedTime:
    """When an expression says something happened: a date and how much of it the text gives."""

    value: date  # the first day of the month or year when precision is coarser than a day
    precision: Precision
    text: str
    rule: str  # the pattern and the convention that decided, e.g. "weekday:on-or-before"

    def format(self) -> str:
        """The date as the event schema writes it: YYYY-MM-DD, YYYY-MM or YYYY."""
        if self.precision == "day":
            return self.value.isoformat()
        if self.precision == "month":
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return f"{self.value.year:04d}"


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A span of a sentence that says when, with what it says parsed out (the fields its rule uses)."""

    start: int
    end: int
    text: str
    rule: Rule
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None  # 0 = Monday; for a night, the first day
    unit: Unit | None = None  # of `relative` and `ago` expressions
    offset: int = 0  # signed count of units (days for `day`, -2 for "two weeks ago")
    direction: Literal["last", "next"] | None = (
        None  # a weekday, year-less date or month sent back or forward
    )
    part: str | None = None  # early | mid | late, for "début mars", "mid-2021"
    source: str = ""  # the vocabulary entry that fired (file:line), when one did

    def resolve(self, anchor: date, future: bool = False) -> ResolvedTime | None:
        """The date this expression means in an article published on `anchor`, or None when it has none.

        `future` is True when the event's verb is future or planned ("will meet on Friday"): undirected
        weekdays and year-less dates then look forward from the anchor instead of back.
        """
        found = _RESOLVERS[self.rule](self, anchor, future)
        if found is None:
            return None
        value, precision, how = found
        return ResolvedTime(value=value, precision=precision, text=self.text, rule=f"{self.rule}:{how}")


Found = tuple[date, Precision, str] | None


def _safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None for one that does not exist (31 February, 30/02)."""
    if not (1 <= month <= 12 and 1 <= year <= 9999):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _closest_year(anchor: date, how: str, make: Callable[[int], date | None]) -> date | None:
    """The year-less date (or month start) `make(year)` that `how` picks around the anchor.

    closest-year: the latest candidate no further than FUTURE_WINDOW after the anchor (nearest, leaning to
    the past); on-or-after: the earliest on or after the anchor; before/after: strictly before or after it.
    """
    candidates = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := make(y)) is not None]
    if how == "on-or-after":
        return min((d for d in candidates if d >= anchor), default=None)
    if how == "after":
        return min((d for d in candidates if d > anchor), default=None)
    if how == "before":
        return max((d for d in candidates if d < anchor), default=None)
    return max((d for d in candidates if d <= anchor + FUTURE_WINDOW), default=None)


def _year_rule(e: TimeExpression, future: bool) -> str:
    """How a year-less date or month picks its year: "dernier"/"prochain" first, then the verb's tense."""
    if e.direction == "last":
        return "before"
    if e.direction == "next":
        return "after"
    return "on-or-after" if future else "closest-year"


def _add_months(day: date, months: int) -> date:
    """`day` moved by whole months, the day of month clamped (31 March minus one month is 28/29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _weekday(anchor: date, weekday: int, how: str) -> date:
    """The `weekday` nearest the anchor in the direction `how` names."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if how == "on-or-before":
        return anchor - timedelta(days=back)
    if how == "on-or-after":
        return anchor + timedelta(days=ahead)
    if how == "before":
        return anchor - timedelta(days=back or 7)
    return anchor + timedelta(days=ahead or 7)


def _covering(first: date, last: date) -> tuple[date, Precision] | None:
    """The month, else the year, that holds both days; None when they fall in different years."""
    if (first.year, first.month) == (last.year, last.month):
        return first.replace(day=1), "month"
    if first.year == last.year:
        return date(first.year, 1, 1), "year"
    return None


def _resolve_date(e: TimeExpression, anchor: date, future: bool) -> Found:
    if e.day is None or e.month is None:
        return None
    day, month = e.day, e.month
    if e.year is not None:
        value = _safe_date(e.year, month, day)
        return (value, "day", "explicit") if value else None
    how = _year_rule(e, future)
    value = _closest_year(anchor, how, lambda y: _safe_date(y, month, day))
    return (value, "day", how) if value else None


def _resolve_month(e: TimeExpression, anchor: date, future: bool) -> Found:
    if e.month is None:
        return None
    month = e.month
    if e.year is not None:
        return date(e.year, month, 1), "month", "explicit"
    how = _year_rule(e, future)
    value = _closest_year(anchor.replace(day=1), how, lambda y: date(y, month, 1))
    return (value, "month", how) if value else None


def _resolve_year(e: TimeExpression, anchor: date, future: bool) -> Found:
    return (date(e.year, 1, 1), "year", "explicit") if e.year is not None else None


def _resolve_weekday(e: TimeExpression, anchor: date, future: bool) -> Found:
    if e.weekday is None:
        return None
    if e.direction == "last":
        how = "before"
    elif e.direction == "next":
        how = "after"
    else:
        how = "on-or-after" if future else "on-or-before"
    return _weekday(anchor, e.weekday, how), "day", how


def _resolve_night(e: TimeExpression, anchor: date, future: bool) -> Found:
    """A night is dated by its first day; looking back, the night must have ended by the anchor."""
    if e.weekday is None:
        return None
    if future:
        return _weekday(anchor, e.weekday, "on-or-after"), "day", "first-day-on-or-after"
    # The night's last day, on or before the anchor, minus one: a Sunday article's "nuit de samedi à
    # dimanche" is the night that just ended, begun on Saturday.
    return _weekday(anchor, (e.weekday + 1) % 7, "on-or-before") - timedelta(days=1), "day", "first-day"


def _resolve_day(e: TimeExpression, anchor: date, future: bool) -> Found:
    return anchor + timedelta(days=e.offset), "day", f"anchor{e.offset:+d}d"


def _resolve_relative(e: TimeExpression, anchor: date, future: bool) -> Found:
    """This/last/next week, weekend, month or year, from the anchor's own."""
    if e.unit == "year":
        return date(anchor.year + e.offset, 1, 1), "year", f"year{e.offset:+d}"
    if e.unit == "month":
        return _add_months(anchor.replace(day=1), e.offset), "month", f"month{e.offset:+d}"
    if e.unit == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=e.offset)
        covering = _covering(monday, monday + timedelta(days=6))
        if covering is None:
            return None
        return covering[0], covering[1], f"week{e.offset:+d}-covering-{covering[1]}"
    if e.unit == "weekend":
        return _weekend(anchor, e.offset, future)
    return None


def _weekend(anchor: date, offset: int, future: bool) -> Found:
    """A weekend is dated by its Saturday."""
    if offset < 0:
        # The last weekend that is over: its Sunday is before the anchor.
        return _weekday(anchor - timedelta(days=1), SATURDAY, "before"), "day", "last-weekend-saturday"
    if offset > 0:
        return _weekday(anchor, SATURDAY, "after"), "day", "next-weekend-saturday"
    how = "on-or-after" if future else "on-or-before"
    return _weekday(anchor, SATURDAY, how), "day", f"weekend-saturday-{how}"


def _resolve_ago(e: TimeExpression, anchor: date, future: bool) -> Found:
    """Counted days give a day; counted weeks, months and years give the month they land in."""
    if e.unit == "day":
        return anchor + timedelta(days=e.offset), "day", f"anchor{e.offset:+d}d"
    if e.unit == "week":
        return (anchor + timedelta(weeks=e.offset)).replace(day=1), "month", f"anchor{e.offset:+d}w-month"
    if e.unit == "month":
        return _add_months(anchor.replace(day=1), e.offset), "month", f"anchor{e.offset:+d}m-month"
    if e.unit == "year":
        return _add_months(anchor.replace(day=1), 12 * e.offset), "month", f"anchor{e.offset:+d}y-month"
    return None


_RESOLVERS: dict[str, Callable[[TimeExpression, date, bool], Found]] = {
    "date": _resolve_date,
    "numeric": _resolve_date,
    "iso": _resolve_date,
    "month": _resolve_month,
    "year": _resolve_year,
    "weekday": _resolve_weekday,
    "night": _resolve_night,
    "day": _resolve_day,
    "relative": _resolve_relative,
    "ago": _resolve_ago,
}

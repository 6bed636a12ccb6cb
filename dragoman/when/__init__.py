"""When: time expressions in a sentence, resolved against the article's publication date (the anchor).

    find_times("Loukachenko est arrivé mardi à Pékin", "fr")[0].resolve(date(2023, 2, 28))
      -> ResolvedTime(value=date(2023, 2, 28), precision="day", text="mardi", rule="weekday:on-or-before")

GDELT dates an event by the day it read the article; dragoman dates it as precisely as the text allows and
never invents a finer date than the text gives. The vocabulary is data: month and weekday names in
`lang/<iso>/calendar.tsv`, every other word in `lang/<iso>/time.tsv`. The conventions, from news usage:

- A bare weekday ("mardi", "on Wednesday", "Tuesday night") is the most recent such day on or before the
  anchor: a Tuesday article's "mardi" is that Tuesday. When the caller says the event is future or planned
  (`future=True`: "will meet on Friday"), it is the next such day on or after the anchor. "dernier"/"last"
  and "prochain"/"next" force the direction and exclude the anchor's own day.
- A night ("dans la nuit de samedi à dimanche") is dated by its first day, Saturday; looking back, it is the
  night that ended on or before the anchor (a Sunday article's night of Saturday to Sunday is the one just
  over). A weekend ("ce week-end", "last weekend") is dated by its Saturday: "this weekend" is the most recent
  Saturday on or before the anchor (the next one when future), "last weekend" the last weekend whose Sunday
  is before the anchor, "next weekend" the first Saturday after it.
- Words for days ("hier", "avant-hier", "tomorrow", "last night") count days from the anchor across month and
  year ends: "hier" on 2023-03-01 is 2023-02-28. "last night"/"cette nuit" is the night that ended on the
  anchor's morning, so its first day: the day before.
- A year-less date ("24 février", "Feb. 24", "24/02") takes the year that puts it nearest the anchor, leaning
  to the past: the latest such date no more than two months after the anchor ("le 31 décembre" read on
  2024-01-02 is 2023-12-31; "le 20 décembre" read in June is last year's). With `future`, the first such date
  on or after the anchor. A year-less month ("en février", "in February", "mid-March", "début mars") follows
  the same rule with the month's first day, and keeps month precision. "dernier"/"last" and
  "prochain"/"next" ("le 6 mai dernier", "last March", "juin prochain") take the nearest one strictly before
  or after the anchor (for a month: before or after the anchor's month).
- Counted days ("three days ago", "deux jours plus tôt") give a day. Counted weeks, months and years ("il y a
  deux semaines", "a year ago", "il y a un an") give the month they land in (precision month): "il y a un an"
  on 2023-02-28 is 2022-02.
- "l'an dernier"/"last year"/"cette année" give a year. "le mois dernier"/"earlier this month" give a month.
  The event schema has no week precision, so "last week"/"la semaine dernière"/"this week" (Monday to
  Sunday) give the month that holds the whole week, else the year that holds it, else nothing: a week that
  straddles New Year resolves to None rather than to an invented date.
- "en 2021"/"in 2022"/"fin 2021" give a year; a year needs a word before it ("en", "in", "depuis", "since",
  "entre", "fin", "mid-"), as a bare number may be a count. A range or a start ("entre 1990 et 1999", "since
  2014", "24-25 février") gives its first year or day. Dates that do not exist ("31 février", "30/02") give None.
- Numeric dates are day/month/year in French and in English (British and international usage), unless only
  the month/day reading is possible ("12/24/2022"); a year-less numeric date needs two digits on each side
  ("24/02"), so fractions and scores ("3/4", "1-0") are not dates.

Each ResolvedTime says which rule fired and which convention decided (`rule`), for `dragoman explain`.
"""

from dragoman.when.expression import Precision, ResolvedTime, TimeExpression
from dragoman.when.find import find_times

__all__ = ["Precision", "ResolvedTime", "TimeExpression", "find_times"]

"""Scraper, syndication and site-chrome junk: ad slots, `Source link`, `Read more`, cookie and newsletter
lines, social-embed leftovers, trailing related-article lists.

The rules are data: `lang/common/junk.tsv` and `lang/<iso>/junk.tsv`. All languages' rules apply to every
article, since junk is cut before the language is known (and a French scraper page carries English junk).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dragoman.model import Removal
from dragoman.resources import LANG_DIR, PACKAGE_DIR, read_tsv


@dataclass(frozen=True, slots=True)
class JunkRule:
    reason: str
    scope: str  # inline | line | tail
    max_len: int
    pattern: re.Pattern[str]
    where: str  # file:line, so a user can find and fix the rule that fired


@cache
def rules() -> tuple[JunkRule, ...]:
    found: list[JunkRule] = []
    for path in sorted(LANG_DIR.glob("*/junk.tsv")):
        for row in read_tsv(path):
            found.append(
                JunkRule(
                    reason=row["reason"],
                    scope=row["scope"],
                    max_len=int(row["max_len"]),
                    pattern=re.compile(row["pattern"]),
                    where=f"{path.relative_to(PACKAGE_DIR)}:{row['_line']}",
                )
            )
    return tuple(found)


def _of_scope(scope: str) -> tuple[JunkRule, ...]:
    return tuple(r for r in rules() if r.scope == scope)


def cut_inline(text: str, removed: list[Removal]) -> str:
    """`text` without inline junk (ad slots), each cut recorded in `removed`."""
    for rule in _of_scope("inline"):
        if rule.pattern.search(text):
            removed.extend(Removal(rule.reason, m.group(0), rule.where) for m in rule.pattern.finditer(text))
            text = rule.pattern.sub("", text)
    return text


def cut_lines(lines: list[str], removed: list[Removal], title: str | None) -> list[str]:
    """The lines that are not junk: a trailing related list, whole junk lines and repeats of the title."""
    lines = _cut_tail(lines, removed)
    line_rules = _of_scope("line")
    title_key = _key(title) if title else None
    kept: list[str] = []
    for line in lines:
        stripped = line.strip()
        rule = next(
            (r for r in line_rules if len(stripped) <= r.max_len and r.pattern.fullmatch(stripped)), None
        )
        if rule is not None:
            removed.append(Removal(rule.reason, stripped, rule.where))
        elif title_key and _key(stripped) == title_key:
            removed.append(Removal("repeated_title", stripped, "clean.junk:title"))
        else:
            kept.append(line)
    return kept


def _cut_tail(lines: list[str], removed: list[Removal]) -> list[str]:
    """Cut a related-articles list: a heading in the last third, followed only by short headline lines."""
    tail_rules = _of_scope("tail")
    first = max(1, (2 * len(lines)) // 3)
    for i in range(first, len(lines)):
        heading = lines[i].strip()
        for rule in tail_rules:
            if len(heading) <= 60 and rule.pattern.fullmatch(heading):
                rest = lines[i + 1 :]
                if rest and all(len(line.strip()) <= rule.max_len for line in rest):
                    cut = "\n".join(line.strip() for line in lines[i:])
                    removed.append(Removal("related_list", cut, rule.where))
                    return lines[:i]
    return lines


def _key(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().casefold()

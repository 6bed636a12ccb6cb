"""The anchor fingerprint: what a translation keeps of its original whatever the language.

A French translation of an English wire story shares almost no words with it, but it keeps its anchors:
the numbers ("50,000" = "50 000" = "50.000", "11.8 million" = "11,8 millions"), the dates ("July 10" =
"10 juillet"), the proper names (`Machar`, `Kiir`, `Juba`: the same letters once folded), the actors the
resolver named (`Washington` and `les États-Unis` are both `state:USA`), the wire that sent it and its
dateline place. Each anchor is a short string `kind:value`; an article's fingerprint is the set of them.

Method (dragoman's name for it: anchor fingerprint matching): candidates come from an inverted index over
the anchors (`dragoman.dedup.index`), and a candidate pair is scored by the IDF-weighted Jaccard of the two
anchor sets (rare anchors count, a year or a weekday that every article has barely does).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from dragoman.dedup.minhash import fold, fold_word
from dragoman.model import Article
from dragoman.resources import DATA_DIR, LANG_DIR, read_tsv

__all__ = ["anchors", "number_value", "text_anchors"]

# A number with thousands groups (`50,000`, `50 000`, `50.000`) or without, then an optional decimal part.
_SEP = "[ \u00a0\u202f.,’']"
_NUMBER = re.compile(rf"(?<![\w.,])(\d{{1,3}}(?:{_SEP}\d{{3}})+(?!\d)|\d+)(?:[.,](\d+))?(?![\w])")
_SCALE_WORD = re.compile(r"\s*([^\W\d_]+)")
_CAPITALISED = re.compile(r"(?<!\w)([^\W\d_][\w\-]*)")  # `l'Union`, `Machar's`: the name alone
_OPENERS = '.!?:;«»"“”‘([\n…—–-'
_DAY_MONTH = re.compile(
    r"(?<!\d)(\d{1,2})(?:er|st|nd|rd|th)?\s+(?:of\s+)?([^\W\d_]+)"
)  # 10 juillet, 10th of July
# July 10, Sept. 3; the look-behind starts a try at word starts only (same matches, far fewer tries)
_MONTH_DAY = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.?\s+(\d{1,2})(?!\d)")
MIN_NAME_CHARS = 3


@cache
def _calendar() -> tuple[dict[str, int], dict[str, int]]:
    """Month and weekday names of every language pack, folded: `juillet` and `july` → 7."""
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for path in sorted(LANG_DIR.glob("*/calendar.tsv")):
        for row in read_tsv(path):
            (months if row["kind"] == "month" else weekdays)[fold(row["name"])] = int(row["number"])
    return months, weekdays


@cache
def _states() -> dict[str, str]:
    """Folded one- and two-word state names, capitals and places of the actor dictionaries → `state:ISO3`,
    without the names that point at two states: `Allemagne` and `Germany` are one anchor without a parse."""
    found: dict[str, str] = {}
    clashes: set[str] = set()
    for path in sorted((DATA_DIR / "actors").glob("state_aliases.*.tsv")):
        for row in read_tsv(path):
            alias = " ".join(fold(row.get("alias", "")).split())
            if not alias or alias.count(" ") > 1 or not row.get("iso3"):
                continue
            actor = "state:" + row["iso3"]
            if found.get(alias, actor) != actor:
                clashes.add(alias)
            found[alias] = actor
    return {a: v for a, v in found.items() if a not in clashes}


@cache
def _scales(lang: str | None) -> dict[str, float]:
    """Scale words of the article's language pack; of all packs when it has none, leaving out the words
    the packs disagree on (`billion` is 10^9 in English, 10^12 in French)."""
    tables: dict[str, dict[str, float]] = {}
    for path in sorted(LANG_DIR.glob("*/numbers.tsv")):
        tables[path.parent.name] = {fold(r["word"]): float(r["value"]) for r in read_tsv(path)}
    if lang in tables:
        return tables[lang]
    merged: dict[str, float] = {}
    clashes: set[str] = set()
    for table in tables.values():
        for word, value in table.items():
            if merged.get(word, value) != value:
                clashes.add(word)
            merged[word] = value
    return {w: v for w, v in merged.items() if w not in clashes}


def number_value(whole: str, decimals: str | None, scale: float = 1.0) -> str:
    """The canonical form of a number: digits of its value, at most 6 significant ones after scaling."""
    digits = re.sub(r"\D", "", whole)
    value = float(f"{digits}.{decimals}" if decimals else digits) * scale
    return str(int(value)) if value.is_integer() and value < 1e18 else f"{value:.6g}"


def _numbers(text: str, lang: str | None) -> set[str]:
    scales = _scales(lang)
    found: set[str] = set()
    for match in _NUMBER.finditer(text):
        after = _SCALE_WORD.match(text, match.end())
        scale = scales.get(fold_word(after.group(1)), 1.0) if after else 1.0
        found.add("n:" + number_value(match.group(1), match.group(2), scale))
    return found


def _dates(text: str) -> set[str]:
    months, weekdays = _calendar()
    found: set[str] = set()
    pairs = [(m.group(1), m.group(2)) for m in _DAY_MONTH.finditer(text)]
    pairs += [(m.group(2), m.group(1)) for m in _MONTH_DAY.finditer(text)]
    for day, name in pairs:
        month = months.get(fold_word(name))
        if month is not None and 1 <= int(day) <= 31:
            found.add(f"d:{month:02d}-{int(day):02d}")
    for word in re.findall(r"[^\W\d_]+", text):
        folded = fold_word(word)
        if folded in weekdays:
            found.add(f"w:{weekdays[folded]}")
        elif folded in months and len(folded) > 3:
            found.add(f"m:{months[folded]}")
    return found


def _names(text: str) -> set[str]:
    """Capitalised words that do not open a sentence and never appear in lower case in the text, folded:
    its proper names, mostly, in any language written with capitals."""
    months, weekdays = _calendar()
    lower = {fold_word(w) for w in _CAPITALISED.findall(text) if w[0].islower()}
    states = _states()
    found: set[str] = set()
    previous = ("", -10)  # the last capitalised word and where it ended
    for match in _CAPITALISED.finditer(text):
        word = match.group(1)
        if not word[0].isupper():
            continue
        folded = fold_word(word).strip("-")
        pair = f"{previous[0]} {folded}" if text[previous[1] : match.start()] == " " else ""
        previous = (folded, match.end())
        if pair in states:  # `United States`, `Nouvelle Zélande`
            found.add("a:" + states[pair])
            continue
        if folded in states:  # a state named at any place in the sentence
            found.add("a:" + states[folded])
            continue
        if len(word) < MIN_NAME_CHARS:
            continue
        before = text[max(0, match.start() - 4) : match.start()].rstrip(" \u00a0\t")
        if not before or before[-1] in _OPENERS:
            continue  # a sentence's first word is capitalised whatever it is
        if folded in months or folded in weekdays or folded in lower:
            continue  # a word also written in lower case is a common word that opened something
        found.add("c:" + _ascii(folded))
    return found


def _ascii(folded: str) -> str:
    """Letters outside Latin kept as they are; `ß` and ligatures already folded by NFKD casefold."""
    return "".join(c for c in folded if unicodedata.category(c)[0] in "LN" or c == "-")


def text_anchors(text: str, lang: str | None = None) -> frozenset[str]:
    """The anchors of a text alone: numbers, dates and proper names (no parse needed)."""
    return frozenset(_numbers(text, lang) | _dates(text) | _names(text))


def anchors(article: Article) -> frozenset[str]:
    """The article's anchor fingerprint: the anchors of its headline and text, the actors its mentions resolved to, its wire
    and its dateline place."""
    found = set(
        text_anchors(f"{article.title}\n\n{article.text}" if article.title else article.text, article.lang)
    )
    found.update("a:" + m.actor_id for m in article.mentions if m.actor_id)
    wire = article.wire or (article.dateline.wire if article.dateline else None)
    if wire:
        found.add("wire:" + wire)
    if article.dateline and article.dateline.place:
        found.add("c:" + _ascii(fold(article.dateline.place)))
    return frozenset(found)

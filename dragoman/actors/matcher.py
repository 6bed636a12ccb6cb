"""Phrase matching of dictionary aliases in text: token tries over case- and accent-folded tokens.

Text and aliases are cut into tokens by the same rule (words, and single punctuation marks), so `l'OTAN`
gives `l`, `'`, `otan` and the alias `OTAN` is found inside it, and `U.S.` matches `U.S.`. Folding is
per character and keeps offsets: a match gives character spans of the original text.

Each alias says how strictly its case must match: `exact` (acronyms and short forms: `US` is not `us`,
`AU` is not `au`), `title` (names: the text must be capitalised as a name is, `Niger` not `niger`; the
rest is folded; every capitalised word of the alias must be capitalised in the text), `any` (common
nouns and French adjectives: `chinoise`, `la police`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, NamedTuple, TypeVar

T = TypeVar("T")

TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)
# Apostrophes and hyphens vary in print; they are folded to one form each.
_PUNCT_FOLD = {"’": "'", "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"}


@lru_cache(maxsize=65536)
def fold_char(c: str) -> str:
    """One character, lower-cased without its accents: `É` → `e`, `ï` → `i`; always one character."""
    if c in _PUNCT_FOLD:
        return _PUNCT_FOLD[c]
    base = unicodedata.normalize("NFD", c)[0].lower()
    return base[0] if base else c


class _FoldTable(dict[int, str]):
    """A str.translate table that computes (and keeps) each character's fold the first time it is seen."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """`text` lower-cased without accents, one character for one: offsets into it are offsets into `text`."""
    return text.translate(_FOLD_TABLE)


def case_rule(alias: str) -> str:
    """How strictly an alias's case must match, from how it is written."""
    letters = [c for c in alias if c.isalpha()]
    if not letters:
        return "any"
    if all(c.isupper() for c in letters) or (letters[0].isupper() and len(letters) <= 3):
        return "exact"
    return "title" if letters[0].isupper() else "any"


class Token(NamedTuple):  # (a tuple: made for every word of every article, it must be cheap to make)
    text: str
    folded: str
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    folded = fold(text)
    make = tuple.__new__  # (NamedTuple's own __new__ is a Python call more per word)
    return [make(Token, (text[s:e], folded[s:e], s, e)) for s, e in (m.span() for m in TOKEN.finditer(text))]


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    start: int  # character offsets in the text
    end: int
    first: int  # token indexes, end exclusive
    last: int
    value: T


class PhraseMatcher(Generic[T]):
    """Finds the longest alias at each position, left to right, without overlaps."""

    def __init__(self) -> None:
        self._trie: dict[str, Any] = {}  # token → child node; "" → the aliases ending here
        self._longest = 0

    def add(self, alias: str, value: T) -> None:
        keys = [t.folded for t in tokens(alias)]
        if not keys:
            return
        node = self._trie
        for key in keys:
            node = node.setdefault(key, {})
        node.setdefault("", []).append((alias, case_rule(alias), value))
        self._longest = max(self._longest, len(keys))

    def find(self, text: str, toks: list[Token] | None = None) -> Iterator[Match[list[T]]]:
        toks = tokens(text) if toks is None else toks
        i = 0
        while i < len(toks):
            best: tuple[int, list[T]] | None = None
            node = self._trie
            for j in range(i, min(len(toks), i + self._longest)):
                node = node.get(toks[j].folded)  # type: ignore[assignment]
                if node is None:
                    break
                if "" in node:
                    surface = text[toks[i].start : toks[j].end]
                    values = [v for alias, rule, v in node[""] if _case_ok(surface, alias, rule)]
                    if values:
                        best = (j, values)
            if best is None:
                i += 1
                continue
            j, values = best
            yield Match(toks[i].start, toks[j].end, i, j + 1, values)
            i = j + 1

    def __len__(self) -> int:
        return sum(1 for _ in self._walk(self._trie))

    def _walk(self, node: dict) -> Iterator[object]:  # type: ignore[type-arg]
        for key, child in node.items():
            if key == "":
                yield from child
            else:
                yield from self._walk(child)


def _case_ok(surface: str, alias: str, rule: str) -> bool:
    if rule == "exact":
        return _strip_marks(surface) == _strip_marks(alias)
    if rule == "title":
        # Every capitalised word of the alias is capitalised in the text: "La Réunion" is not "La réunion".
        pairs = zip(TOKEN.findall(alias), TOKEN.findall(surface), strict=False)
        return all(s[:1].isupper() for a, s in pairs if a[:1].isupper())
    return True


def _strip_marks(text: str) -> str:
    return "".join(
        fold_char(c) if not c.isalpha() else c for c in unicodedata.normalize("NFC", text)
    ).replace("’", "'")


class FuzzyIndex(Generic[T]):
    """Single words within one edit of a known word (a letter added, dropped or changed), for misspelt
    names in scraped and machine-translated text: `Gbago` → `Gbagbo`, `Ghanians` → `Ghanaians`.

    Built from the deletion neighbourhoods of the known words (the SymSpell idea): two words are one edit
    apart when one of them, or one of each, with a letter dropped, is the same string.
    """

    MIN_KNOWN = 6  # a known word shorter than this is too easy to hit by accident

    def __init__(self) -> None:
        self._words: dict[str, set[T]] = {}
        self._deletions: dict[str, set[str]] = {}

    def add(self, word: str, value: T) -> None:
        key = fold(word)
        if len(key) < self.MIN_KNOWN or not key.isalpha():
            return
        self._words.setdefault(key, set()).add(value)
        for variant in {key, *_deletions(key)}:
            self._deletions.setdefault(variant, set()).add(key)

    def find(self, word: str) -> set[T]:
        """The values of the known words one edit from `word` (none when `word` itself is known)."""
        key = fold(word)
        if len(key) < self.MIN_KNOWN - 1 or key in self._words:
            return set()
        near: set[str] = set()
        for variant in {key, *_deletions(key)}:
            near |= self._deletions.get(variant, set())
        near = {w for w in near if _one_edit(key, w)}
        return set().union(*(self._words[w] for w in near)) if near else set()


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))

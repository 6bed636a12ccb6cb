"""The event lexicons (`lang/<iso>/events.tsv`) and the cue words around triggers (`lang/<iso>/cues.tsv`)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from dragoman.actors.matcher import PhraseMatcher
from dragoman.coding.tables import cameo_codes
from dragoman.resources import LANG_DIR, PACKAGE_DIR, read_tsv


@dataclass(frozen=True, slots=True)
class Trigger:
    """A lexicon entry: a verb or noun lemma that expresses a CAMEO event, with its conditions."""

    cameo: str
    pos: str  # verb | noun
    lemma: str
    prep: str | None  # verbs: the particle or preposition it needs; nouns: the one introducing the target
    object: str | None  # verbs: the lemma its direct object must have
    source: str  # file:line
    plover: tuple[str, str | None] | None = None  # PLOVER type and mode when the words say more than the code
    reflexive: bool = False  # the meaning needs the reflexive pronoun ("se rendre à")

    def plover_type(self, cameo: str | None = None) -> str:
        """The PLOVER type of what the entry codes (as `cameo` once refined): its own when the words say more
        than the code and the code is still its own, else the code's."""
        cameo = cameo or self.cameo
        return self.plover[0] if self.plover and cameo == self.cameo else cameo_codes()[cameo].plover_type


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, tuple[Trigger, ...]]
    nouns: dict[str, tuple[Trigger, ...]]
    cues: dict[str, frozenset[str]]  # kind → lemmas
    discards: PhraseMatcher[str]  # phrases of sports, markets, weather ... → their topic
    discard_patterns: tuple[tuple[re.Pattern[str], str], ...]  # what a phrase cannot say ("beat Villa 4-0")
    # verb lemma → objects with which its bare entry means no event; event noun → modifiers with which it is none
    void_objects: dict[str, frozenset[str]]

    def cue(self, kind: str, lemma: str) -> bool:
        return lemma.lower() in self.cues.get(kind, frozenset())

    def discarded(self, sentence: str) -> str | None:
        """The topic (sports, markets, weather ...) that makes `sentence` no political news, if any."""
        for match in self.discards.find(sentence):
            return match.value[0]
        return next((topic for pattern, topic in self.discard_patterns if pattern.search(sentence)), None)


@cache
def lexicon(lang: str) -> Lexicon:
    """One language's triggers and cues, loaded once; entries whose code is unknown or has no PLOVER type
    (public statements, root 01) are left out."""
    codes = cameo_codes()
    verbs: dict[str, list[Trigger]] = defaultdict(list)
    nouns: dict[str, list[Trigger]] = defaultdict(list)
    path = LANG_DIR / lang / "events.tsv"
    for row in read_tsv(path) if path.exists() else ():
        code = codes.get(row["cameo"].strip())
        if code is None or not code.plover_type:
            continue
        trigger = Trigger(
            cameo=code.code,
            pos=row["pos"].strip(),
            lemma=row["lemma"].strip().lower(),
            prep=row["prep"].strip().lower() or None,
            object=row["object"].strip().lower() or None,
            source=f"{path.relative_to(PACKAGE_DIR)}:{row['_line']}",
            plover=_plover(row.get("plover", "")),
            reflexive=bool(row.get("reflexive", "").strip()),
        )
        (verbs if trigger.pos == "verb" else nouns)[trigger.lemma].append(trigger)
    cues: dict[str, set[str]] = defaultdict(set)
    path = LANG_DIR / lang / "cues.tsv"
    for row in read_tsv(path) if path.exists() else ():
        cues[row["kind"]].add(row["cue"].lower())
    discards: PhraseMatcher[str] = PhraseMatcher()
    path = LANG_DIR / lang / "discards.tsv"
    for row in read_tsv(path) if path.exists() else ():
        discards.add(row["phrase"], row["topic"])
    path = LANG_DIR / lang / "discard_patterns.tsv"
    patterns = [
        (re.compile(row["pattern"], re.IGNORECASE), row["topic"])
        for row in (read_tsv(path) if path.exists() else ())
    ]
    void: dict[str, set[str]] = defaultdict(set)
    path = LANG_DIR / lang / "void_objects.tsv"
    for row in read_tsv(path) if path.exists() else ():
        void[row["trigger"].strip().lower()].add(row["word"].strip().lower())
    return Lexicon(
        void_objects={k: frozenset(v) for k, v in void.items()},
        verbs={k: tuple(v) for k, v in verbs.items()},
        nouns={k: tuple(v) for k, v in nouns.items()},
        cues={k: frozenset(v) for k, v in cues.items()},
        discards=discards,
        discard_patterns=tuple(patterns),
    )


def _plover(value: str) -> tuple[str, str | None] | None:
    """`RETREAT:resign` → ("RETREAT", "resign"); empty → None (the code table's PLOVER type applies)."""
    kind, _, mode = value.strip().partition(":")
    return (kind, mode or None) if kind else None

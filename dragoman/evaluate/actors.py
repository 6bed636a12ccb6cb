"""Actor resolution scored on the PLOVER gold standard records (PLOVER_GSR_CAMEO.txt, CC BY-SA 4.0).

Each gold actor has the words of the text (`actorText`) and a CAMEO code: a country (`BLR`) or an
international type (`IGO`, `NGO`, `IMG`). dragoman resolves the words alone, as of the record's date, and
is right when the actor it finds has that country (or, for international types, a CAMEO code with that
prefix). The gold's old codes (JAP, ITL, VTN) are read through data/actors/cameo_legacy.tsv.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dragoman.actors import KnowledgeBase, knowledge_base, resolve
from dragoman.model import Mention
from dragoman.nlp import pipeline_for

INTERNATIONAL = ("IGO", "NGO", "IMG", "ISM", "MNC")


@dataclass
class ActorScore:
    total: int = 0
    right: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (actorText, gold, found)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


def _head(mentions: list[Mention]) -> Mention | None:
    """The mention that stands for a whole actor phrase: the longest one that resolved."""
    resolved = [m for m in mentions if m.actor_id or m.country]
    return max(resolved, key=lambda m: (m.end - m.start, -m.start), default=None)


def found_code(mention: Mention | None, gold: str) -> str:
    """What dragoman found, in the gold's terms: a country, or the CAMEO prefix for international actors."""
    if mention is None:
        return ""
    if gold in INTERNATIONAL:
        return (mention.cameo or "")[:3] if not mention.country else mention.country
    return mention.country or (mention.cameo or "")[:3]


@dataclass(frozen=True, slots=True)
class GoldActor:
    text: str  # the actor's words
    code: str  # the gold CAMEO code
    day: date | None
    sentence: str  # the record's sentence
    start: int  # where the words are in it (-1: not found as written)


def gold_actors(gold_file: Path) -> list[GoldActor]:
    """Every gold actor with both words and a code, placed in its sentence where the words occur there."""
    found = []
    for record in json.loads(gold_file.read_text(encoding="utf-8")):
        day = date.fromisoformat(record["date"]) if record.get("date") else None
        sentence = record.get("text") or ""
        for side in ("source", "target"):
            actors = record.get(side)
            for actor in actors if isinstance(actors, list) else ():
                gold = (actor.get("code") or "").strip().upper()
                text = (actor.get("actorText") or "").strip()
                if gold and text:
                    found.append(GoldActor(text, gold, day, sentence, _find(text, sentence)))
    return found


def _find(words: str, sentence: str) -> int:
    """Where `words` stand in `sentence` as whole words, as written, else in any case; -1 if nowhere."""
    for flags in (0, re.IGNORECASE):
        match = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", sentence, flags)
        if match:
            return match.start()
    return -1


def score(gold_file: Path, kb: KnowledgeBase | None = None) -> ActorScore:
    """Resolve each gold actor as the pipeline does: its sentence parsed by spaCy (entities, adjectives),
    then the resolver as of the record's date; the actor is what was found inside its words' span (or in
    the words alone when the sentence does not contain them as written)."""
    kb = kb or knowledge_base()
    items = gold_actors(gold_file)
    nlp = pipeline_for("en")
    texts = (g.sentence if g.start >= 0 else g.text for g in items)
    result = ActorScore()
    for gold, doc in zip(items, nlp.pipe(texts), strict=True):
        entities = [Mention(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents]
        adjectives = frozenset(t.idx for t in doc if t.pos_ == "ADJ")
        code = kb.legacy_codes.get(gold.code, gold.code)
        mentions = resolve(doc.text, "en", gold.day, entities, kb=kb, adjectives=adjectives)
        if gold.start >= 0:
            end = gold.start + len(gold.text)
            mentions = [m for m in mentions if m.start < end and gold.start < m.end]
        found = found_code(_head(mentions), code)
        result.total += 1
        if found == code:
            result.right += 1
        else:
            result.misses.append((gold.text, code, found))
    return result

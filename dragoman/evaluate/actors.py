"""Actor resolution scored on the PLOVER gold standard records (PLOVER_GSR_CAMEO.txt, CC BY-SA 4.0).

Each gold actor has the words of the text (`actorText`) and a CAMEO code: a country (`BLR`) or an
international type (`IGO`, `NGO`, `IMG`). dragoman resolves the words alone, as of the record's date, and
is right when the actor it finds has that country (or, for international types, a CAMEO code with that
prefix). The gold's old codes (JAP, ITL, VTN) are read through data/actors/cameo_legacy.tsv.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dragoman.actors import KnowledgeBase, knowledge_base, resolve
from dragoman.model import Mention

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


def score(gold_file: Path, kb: KnowledgeBase | None = None) -> ActorScore:
    kb = kb or knowledge_base()
    records = json.loads(gold_file.read_text(encoding="utf-8"))
    result = ActorScore()
    for record in records:
        day = date.fromisoformat(record["date"]) if record.get("date") else None
        for side in ("source", "target"):
            actors = record.get(side)
            if not isinstance(actors, list):
                continue
            for actor in actors:
                gold = (actor.get("code") or "").strip().upper()
                text = (actor.get("actorText") or "").strip()
                if not gold or not text:
                    continue
                gold = kb.legacy_codes.get(gold, gold)
                found = found_code(_head(resolve(text, "en", day, kb=kb)), gold)
                result.total += 1
                if found == gold:
                    result.right += 1
                else:
                    result.misses.append((text, gold, found))
    return result

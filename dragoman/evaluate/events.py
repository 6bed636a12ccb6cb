"""The event coder scored on gold-coded sentences: the PLOVER gold records (PLOVER_GSR_CAMEO.txt, CC BY-SA 4.0).

Each gold record is one sentence with one event: a PLOVER type (v0.5 names, mapped to today's: DEMAND →
REQUEST, DISAPPROVE and INVESTIGATE → ACCUSE, FIGHT → ASSAULT) and source and target actors with CAMEO codes.
A gold event is one (type, source code, target code) for every pair of its sources and targets. dragoman
codes the sentence alone, as of the record's date; its asserted and negated events are scored (the gold
records what happened, not what was asked or threatened), a negated act counting as PLOVER's REJECT by its
would-be actor ("refused to deploy"); a coded event is right when its PLOVER type and its
source's and target's codes (country, or the CAMEO prefix of IGOs and NGOs) equal a gold tuple's. Each gold
tuple is matched once: the rest of the coded events are extra.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dragoman.actors import knowledge_base
from dragoman.counts import Counts
from dragoman.model import Event, EventActor, RawDocument

V05_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
INTERNATIONAL = ("IGO", "NGO", "IMG", "ISM", "MNC")


@dataclass
class EventScore:
    records: int = 0
    gold: int = 0
    coded: int = 0
    right: int = 0
    by_type: Counter[tuple[str, str]] = field(default_factory=Counter)  # (type, correct|missed|extra)
    examples: list[tuple[str, str, str]] = field(default_factory=list)  # (sentence, gold, coded)

    @property
    def precision(self) -> float:
        return self.right / self.coded if self.coded else 0.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _code(actor: EventActor | None, legacy: dict[str, str]) -> str:
    if actor is None:
        return ""
    if actor.country:
        return actor.country
    return (actor.cameo or "")[:3]


def _gold_tuples(record: dict[str, object], legacy: dict[str, str]) -> list[tuple[str, str, str]]:
    kind = str(record.get("event") or "")
    kind = V05_TYPES.get(kind, kind)

    def codes(side: object) -> list[str]:
        if not isinstance(side, list) or not side:
            return [""]
        found = []
        for actor in side:
            code = str(actor.get("code") or "").strip().upper() if isinstance(actor, dict) else ""
            found.append(legacy.get(code, code))
        return found or [""]

    return [(kind, s, t) for s in codes(record.get("source")) for t in codes(record.get("target"))]


def coded_events(texts: list[tuple[str, date | None]], lang: str = "en") -> list[list[Event]]:
    """Each text through the pipeline's stages (clean, language, parse, actors, coding)."""
    from dragoman.actors import resolve_article
    from dragoman.coding import code_events
    from dragoman.nlp import parse
    from dragoman.pipeline import prepare

    articles = []
    for i, (text, day) in enumerate(texts):
        raw = RawDocument(doc_id=str(i), source="gold", text=text, lang_hint=lang, published=day)
        articles.append(prepare(raw, Counts()))
    present = [a for a in articles if a is not None]
    docs = dict(zip((id(a) for a in present), parse(present), strict=True))
    kb = knowledge_base()
    results: list[list[Event]] = []
    for article in articles:
        if article is None:
            results.append([])
            continue
        doc = docs[id(article)]
        resolve_article(article, doc, kb)
        results.append(code_events(article, doc))
    return results


def score_plover(gold_file: Path) -> EventScore:
    legacy = knowledge_base().legacy_codes
    records = [
        r for r in json.loads(gold_file.read_text(encoding="utf-8")) if r.get("text") and r.get("event")
    ]
    texts = [(str(r["text"]), date.fromisoformat(r["date"]) if r.get("date") else None) for r in records]
    result = EventScore()
    for record, events in zip(records, coded_events(texts), strict=True):
        result.records += 1
        gold = _gold_tuples(record, legacy)
        result.gold += len(gold)
        unmatched = list(gold)
        for event in (e for e in events if e.modality != "possible"):
            result.coded += 1
            # PLOVER codes a refused or negated act as REJECT by the would-be actor ("refused to deploy")
            kind = "REJECT" if event.modality == "negated" else event.plover_type
            found = (kind, _code(event.source, legacy), _code(event.target, legacy))
            if found in unmatched:
                unmatched.remove(found)
                result.right += 1
                result.by_type[(found[0], "correct")] += 1
            else:
                result.by_type[(found[0], "extra")] += 1
                result.examples.append((str(record["text"])[:100], str(gold[0]), str(found)))
        for missed in unmatched:
            result.by_type[(missed[0], "missed")] += 1
    return result

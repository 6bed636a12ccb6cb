"""The event coder scored on gold-coded sentences: the PLOVER gold records (PLOVER_GSR_CAMEO.txt, CC BY-SA 4.0).

Each gold record is one sentence with one event: a PLOVER type (v0.5 names, mapped to today's: DEMAND →
REQUEST, DISAPPROVE and INVESTIGATE → ACCUSE, FIGHT → ASSAULT) and source and target actors with CAMEO codes.
A gold event is one (type, source code, target code) for every pair of its sources and targets. dragoman
codes the sentence alone, as of the record's date; its asserted and negated events are scored (the gold
records what happened, not what was asked or threatened), a negated act counting as PLOVER's REJECT by its
would-be actor ("refused to deploy"), and a reciprocal pair (A→B, B→A from "A and B signed") as the gold's
two sources without a target; the gold being at the level of countries, the same (type, source, target)
coded twice from one sentence counts once, on either side; a coded event is right when its PLOVER type and its
source's and target's codes (country, or the CAMEO prefix of IGOs and NGOs, the two taken as one class as the
gold mixes them) equal a gold tuple's. Each gold
tuple is matched once: the rest of the coded events are extra.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dragoman.actors import KnowledgeBase, knowledge_base
from dragoman.counts import Counts
from dragoman.model import Event, EventActor, RawDocument

V05_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# The gold codes transnational NGOs now as IGO (Amnesty International, the Red Cross), now as NGO (a human
# rights group): the two are compared as one class, international organisations.
INTERNATIONAL = {"NGO": "IGO"}


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
    prefix = (actor.cameo or "")[:3]
    return INTERNATIONAL.get(prefix, prefix)


def _gold_tuples(record: dict[str, object], legacy: dict[str, str]) -> list[tuple[str, str, str]]:
    kind = str(record.get("event") or "")
    kind = V05_TYPES.get(kind, kind)

    def codes(side: object) -> list[str]:
        if not isinstance(side, list) or not side:
            return [""]
        found = []
        for actor in side:
            code = str(actor.get("code") or "").strip().upper() if isinstance(actor, dict) else ""
            code = legacy.get(code, code)
            found.append(INTERNATIONAL.get(code, code))
        return found or [""]

    # at the level of countries, "Israeli helicopters and tanks shelled" is one (type, source, target)
    pairs = [(kind, s, t) for s in codes(record.get("source")) for t in codes(record.get("target"))]
    return list(dict.fromkeys(pairs))


def coded_events(
    texts: list[tuple[str, date | None]], lang: str = "en", kb: KnowledgeBase | None = None
) -> list[list[Event]]:
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
    kb = kb or knowledge_base()
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
        seen: set[tuple[str, str, str]] = set()
        for event in (e for e in events if e.modality != "possible"):
            # PLOVER codes a refused or negated act as REJECT by the would-be actor ("refused to deploy")
            kind = "REJECT" if event.modality == "negated" else event.plover_type
            # the gold codes "A and B signed" as two sources without a target; dragoman as A→B and B→A
            target = "" if event.rule.endswith(" reciprocal") else _code(event.target, legacy)
            found = (kind, _code(event.source, legacy), target)
            if found in seen and found not in unmatched:
                continue  # the same dyad and type again ("Fabius and deputies held talks"): one event here
            seen.add(found)
            result.coded += 1
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


@dataclass
class PetrarchScore:
    records: int = 0
    gold: int = 0
    right: int = 0
    extra: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (record id, gold, coded)

    @property
    def correct_share(self) -> float:
        return self.right / self.gold if self.gold else 0.0

    @property
    def extra_per_record(self) -> float:
        return self.extra / self.records if self.records else 0.0


def score_petrarch(records_file: Path) -> PetrarchScore:
    """The PETRARCH validation format: `<Sentence evaluate="true">` records with `<EventCoding eventcode
    sourcecode targetcode>` (or `noevents`), coded with the suite's own actor and agent dictionaries (named
    in its `<Environment>`, read with the PETRARCH loader) added to dragoman's. A gold event is correct when
    an asserted coded event has its CAMEO code and its source's and target's actor codes (a three-letter
    gold code is compared with the first three letters); every other coded event is extra."""
    from lxml import etree

    from dragoman.actors.petrarch import read_dictionary

    # The suite's files are not well-formed XML (comments nest): lxml reads them in recovery mode.
    root = etree.parse(str(records_file), etree.XMLParser(recover=True)).getroot()
    environment = root.find("Environment")
    entries = []
    for tag in ("Actorfile", "Agentfile"):
        name = environment.findtext(tag) if environment is not None else None
        if name and (records_file.parent / name.strip()).exists():
            entries += read_dictionary(records_file.parent / name.strip()).entries
    kb = knowledge_base().extended([], entries)
    sentences = [
        s for s in root.iter("Sentence") if s.get("evaluate", "true") == "true" and s.findtext("Text")
    ]
    texts = []
    for s in sentences:
        day = s.get("date") or ""
        texts.append(
            (
                " ".join((s.findtext("Text") or "").split()),
                date(int(day[:4]), int(day[4:6]), int(day[6:8])) if len(day) == 8 else None,
            )
        )
    result = PetrarchScore()
    for sentence, events in zip(sentences, coded_events(texts, kb=kb), strict=True):
        result.records += 1
        gold = [
            (c.get("eventcode", ""), c.get("sourcecode", "").upper(), c.get("targetcode", "").upper())
            for c in sentence.iter("EventCoding")
            if not c.get("noevents")
        ]
        result.gold += len(gold)
        unmatched = list(gold)
        for event in (e for e in events if e.modality == "asserted"):
            match = next((g for g in unmatched if _petrarch_match(g, event)), None)
            if match is None:
                result.extra += 1
                continue
            unmatched.remove(match)
            result.right += 1
        for missed in unmatched:
            coded = ", ".join(
                f"{e.cameo} {e.source.cameo}>{e.target.cameo if e.target else '-'}" for e in events
            )
            result.misses.append((sentence.get("id", ""), " ".join(missed), coded))
    return result


def _petrarch_match(gold: tuple[str, str, str], event: Event) -> bool:
    code, source, target = gold

    def same(want: str, actor: EventActor | None) -> bool:
        have = (actor.cameo or actor.country or "").upper() if actor else ""
        return have == want or (len(want) == 3 and have[:3] == want)

    return event.cameo == code and same(source, event.source) and same(target, event.target)

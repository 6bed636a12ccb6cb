"""The records that flow between the stages of the pipeline.

ingest gives `RawDocument`; clean turns it into an `Article`; language and nlp fill in the article's
language, sentences and mentions; store keeps articles. Every offset in an `Article` (sentences, mentions)
points into `Article.text`, the cleaned text, which no stage changes after cleaning.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One article as an input gave it, before cleaning."""

    doc_id: str  # the caller's id, or the path (with a record number for multi-record files)
    source: str  # the input it came from: a path, `-` for stdin, or a URL inside a WARC
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    published_source: str | None = None  # where `published` came from: jsonl, html_meta, warc, cli
    lang_hint: str | None = None  # language given by the caller, if any


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of the raw text that cleaning cut, and why."""

    reason: str  # ad_slot, source_link, read_more, share, cookie, newsletter, social_embed, ...
    text: str
    rule: str  # the junk rule (file:line) or reader that matched


@dataclass(frozen=True, slots=True)
class Flag:
    """A quality signal raised on an article, with what triggered it."""

    name: str  # autoblog_republication, machine_translation_suspected
    evidence: str


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline and wire credit read off an article's first line."""

    text: str  # the dateline as written, e.g. "BEIJING (AP) –"
    place: str | None
    region: str | None
    date_text: str | None
    wire: str | None  # canonical wire agency id from data/wires.tsv


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the cleaned text naming an actor (or an entity not resolved to one), and why.

    A resolved mention carries the actor's id, country, sector and CAMEO code as of the article's date,
    the dictionary alias that matched and the rule that decided; an unresolved one keeps its NER label
    and a null actor id: never a guess.
    """

    start: int
    end: int
    text: str
    label: str  # the NER label (PER, ORG, LOC, GPE, ...), or the dictionary kind (state, igo, agent, ...)
    actor_id: str | None = None
    name: str | None = None  # the actor's canonical English name
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # CAMEO sector: GOV, MIL, COP, ...
    cameo: str | None = None  # full CAMEO actor code: BLRGOV, IGOWSTNAT
    alias: str | None = None  # the dictionary entry that matched, as written there
    rule: str | None = None  # the rule that resolved it (see dragoman.actors.resolve)
    source: str | None = None  # the data file and line of the entry


@dataclass(frozen=True, slots=True)
class Role:
    """An office a person held, with its dates: Lukashenko is BLR head of state from 1994-07-20."""

    country: str
    role: str  # HOS, HOG, VP, CP, FM, DM, FMSPOKES
    title: str  # the title news use: president, prime minister, foreign minister, ...
    start: date | None
    end: date | None  # None: still in office

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Actor:
    """An entry of the actor knowledge base."""

    id: str  # state:BLR, igo:NATO, person:alexander-lukashenko, group:wagner, org:spacety
    kind: str  # state, territory, igo, person, armed_group, party, company, ngo, media
    name: str  # canonical English name
    country: str | None
    sector: str | None
    cameo: str | None
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lang → aliases
    roles: tuple[Role, ...] = ()
    source: str = ""


@dataclass(slots=True)
class Article:
    """A cleaned article: the unit every later stage works on."""

    doc_id: str
    source: str
    raw_text: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    wire: str | None = None
    published: date | None = None
    published_source: str | None = None
    dateline: Dateline | None = None
    lang: str | None = None
    lang_source: str | None = None  # input or detected
    lang_score: float | None = None
    lang_hint: str | None = None
    supported: bool = False  # a language pack exists for `lang`
    removed: list[Removal] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def id(self) -> str:
        return article_id(self.text)


def article_id(text: str) -> str:
    """The article id: a hash of the cleaned text, so the same text stored twice is one article."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


@dataclass(frozen=True, slots=True)
class Failure:
    """An input, or one record of it, that could not be read."""

    source: str
    reason: str  # a short code: encoding, binary, too_large, malformed_json, unreadable, ...
    message: str


@dataclass(frozen=True, slots=True)
class EventActor:
    """An event's source, target or claimant, as the event schema's `actor` object."""

    text: str
    id: str | None
    name: str | None
    country: str | None
    sector: str | None
    cameo: str | None

    @classmethod
    def of(cls, mention: Mention, *, place_only: bool = False) -> EventActor:
        """The actor a mention resolved to; `place_only` keeps the state and drops its sector (a visit to
        Pékin targets CHN, not the Chinese government)."""
        if place_only and mention.actor_id and mention.actor_id.startswith("state:"):
            return cls(mention.text, mention.actor_id, mention.name, mention.country, None, mention.country)
        return cls(
            mention.text, mention.actor_id, mention.name, mention.country, mention.sector, mention.cameo
        )


@dataclass(frozen=True, slots=True)
class Event:
    """One event coded from one sentence: the fields of schema/event.schema.json, plus how it was coded."""

    event_id: str
    article_id: str
    doc_id: str | None
    lang: str
    sentence: int
    evidence: str
    evidence_start: int
    evidence_end: int
    trigger: str
    source: EventActor
    target: EventActor | None
    cameo: str
    cameo_root: str
    quad_class: int
    goldstein: float
    plover_type: str
    plover_mode: str | None
    modality: str  # asserted | negated | possible
    attributed_to: EventActor | None
    date: str | None
    date_precision: str | None  # day | month | year (read in the text) | publication (the article's date)
    location: dict[str, object] | None
    confidence: float
    rule: str  # the lexicon entry (file:line) and the pattern that fired

    def to_json(self) -> dict[str, object]:
        """The event as the schema's JSON object."""

        def actor(a: EventActor | None) -> dict[str, object] | None:
            if a is None:
                return None
            return {
                "text": a.text,
                "id": a.id,
                "name": a.name,
                "country": a.country,
                "sector": a.sector,
                "cameo": a.cameo,
            }

        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "doc_id": self.doc_id,
            "lang": self.lang,
            "sentence": self.sentence,
            "evidence": {
                "text": self.evidence,
                "start": self.evidence_start,
                "end": self.evidence_end,
                "trigger": self.trigger,
            },
            "source": actor(self.source),
            "target": actor(self.target),
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": {"type": self.plover_type, "mode": self.plover_mode},
            "modality": self.modality,
            "attributed_to": actor(self.attributed_to),
            "date": self.date,
            "date_precision": self.date_precision,
            "location": self.location,
            "confidence": self.confidence,
            "rule": self.rule,
        }

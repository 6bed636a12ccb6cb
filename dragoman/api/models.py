"""The shapes the HTTP API answers with: they make /openapi.json, and every response is checked against them.

`Event` mirrors schema/event.schema.json; models that later stages will extend (events with places and
dates, articles with clusters) allow extra fields, so a new field reaches clients without a change here.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorDetail(BaseModel):
    code: str = Field(
        description="A stable machine-readable code: bad_parameter, not_found, unauthorized, ..."
    )
    message: str = Field(description="What was wrong, and what to change.")


class ErrorBody(BaseModel):
    error: ErrorDetail


class EventActor(Open):
    text: str
    id: str | None
    name: str | None
    country: str | None
    sector: str | None
    cameo: str | None


class Evidence(Open):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    trigger: str | None = None


class Plover(Open):
    type: str
    mode: str | None = None


class Location(Open):
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


class Event(Open):
    """One coded event: the fields of schema/event.schema.json (plus `rule` and `date_precision`)."""

    event_id: str
    article_id: str
    doc_id: str | None
    lang: str
    sentence: int = Field(ge=0)
    evidence: Evidence
    source: EventActor
    target: EventActor | None
    cameo: str = Field(pattern=r"^[0-9]{3,4}$")
    cameo_root: str = Field(pattern=r"^(0[1-9]|1[0-9]|20)$")
    quad_class: Literal[1, 2, 3, 4]
    goldstein: float = Field(ge=-10, le=10)
    plover: Plover
    modality: Literal["asserted", "negated", "possible"]
    attributed_to: EventActor | None
    date: str | None
    location: Location | None
    confidence: float = Field(ge=0, le=1)
    rule: str | None = None


class EventPage(BaseModel):
    events: list[Event]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")
    total: int = Field(description="How many events match the filters, over all pages.")


class Mark(BaseModel):
    kind: Literal["evidence", "source", "target", "attributed_to", "trigger"]
    start: int
    end: int
    text: str


class Mention(Open):
    start_char: int
    end_char: int
    text: str
    label: str | None
    actor_id: str | None
    name: str | None
    country: str | None
    sector: str | None
    cameo: str | None
    alias: str | None
    rule: str | None
    source: str | None


class Sentence(BaseModel):
    start: int
    end: int


class Article(Open):
    """A stored article. `cluster` and `copies` are null until the store holds story clusters."""

    id: str
    doc_id: str | None
    title: str | None
    url: str | None
    outlet: str | None
    wire: str | None
    published: str | None
    lang: str | None
    supported: bool | None
    dateline: str | None = None
    dateline_place: str | None
    text: str
    sentences: list[Sentence]
    mentions: list[Mention]
    cluster: str | None = Field(default=None, description="The story cluster; null until dedup has run.")
    copies: list[str] | None = Field(default=None, description="Copies and translations; null until dedup.")


class CodeNames(BaseModel):
    cameo: str
    cameo_name: str | None
    root: str
    root_name: str | None
    quad_class: int
    quad_class_name: str | None
    plover_type: str | None
    plover_mode: str | None


class EventDetail(BaseModel):
    event: Event
    article: Article
    marks: list[Mark] = Field(description="Offsets in article.text of the evidence, trigger and actors.")
    codes: CodeNames


class ArticleSummary(Open):
    id: str
    doc_id: str | None
    title: str | None
    url: str | None
    outlet: str | None
    wire: str | None
    published: str | None
    lang: str | None
    supported: bool | None
    dateline_place: str | None
    flags: list[str]
    chars: int
    events: int


class ArticlePage(BaseModel):
    articles: list[ArticleSummary]
    next_cursor: str | None


class ArticleDetail(Article):
    events: list[Event]


class ActorHit(BaseModel):
    id: str
    kind: str
    name: str
    country: str | None
    cameo: str | None
    events: int


class ActorHits(BaseModel):
    actors: list[ActorHit]


class Office(BaseModel):
    country: str
    role: str
    title: str
    start: str | None
    end: str | None


class ImportedAlias(BaseModel):
    alias: str
    lang: str | None
    cameo: str | None
    start: str | None
    end: str | None
    source: str | None


class CodedAs(BaseModel):
    month: str | None
    cameo: str
    events: int


class Partner(BaseModel):
    id: str
    name: str
    events: int
    goldstein: float


class ActorProfile(BaseModel):
    id: str
    kind: str | None
    name: str
    country: str | None
    sector: str | None
    cameo: str | None
    names: dict[str, list[str]] = Field(description="Aliases per language (the knowledge base's).")
    roles: list[Office] = Field(description="Offices with their dates.")
    source: str | None
    imported_aliases: list[ImportedAlias]
    events_as_source: int
    events_as_target: int
    coded_as: list[CodedAs] = Field(description="CAMEO codes the events gave the actor, by month.")
    partners: list[Partner]


class SeriesPoint(BaseModel):
    period: str
    events: int
    goldstein: float


class DyadSeries(BaseModel):
    source: str
    target: str
    interval: str
    events: int
    goldstein: float | None
    series: list[SeriesPoint]


class Bucket(BaseModel):
    period: str
    quad_class: int
    events: int


class Timeline(BaseModel):
    interval: str
    buckets: list[Bucket]
    undated: int = Field(description="Matching events whose date is not precise enough for the interval.")


class Node(BaseModel):
    id: str
    name: str
    country: str | None
    events: int


class Edge(BaseModel):
    source: str
    target: str
    events: int
    goldstein: float


class Network(BaseModel):
    nodes: list[Node]
    edges: list[Edge]


class Point(BaseModel):
    lat: float
    lon: float
    name: str | None
    events: int
    goldstein: float


class CountryCount(BaseModel):
    country: str
    numeric: str | None = Field(description="ISO 3166-1 numeric code: the id of the shipped country shape.")
    events: int
    goldstein: float
    by_location: int = Field(
        description="How many of these events had a located place; the rest: by country."
    )


class Places(BaseModel):
    points: list[Point]
    countries: list[CountryCount]
    unplaced: int


class StageCount(BaseModel):
    stage: str
    reason: str
    count: int


class FailureOut(BaseModel):
    source: str
    reason: str
    message: str


class Run(Open):
    run_id: str
    started: str | None
    finished: str | None
    inputs: list[str] | None
    version: str | None
    exit_code: int | None
    counts: list[StageCount]
    failures: list[FailureOut]


class RunStats(BaseModel):
    totals: dict[str, int]
    runs: list[Run]


class CameoCode(BaseModel):
    code: str
    root: str
    quad_class: int
    goldstein: float
    plover_type: str | None
    plover_mode: str | None
    name: str


class Codes(BaseModel):
    cameo: list[CameoCode]
    quad_classes: dict[str, str]


class About(BaseModel):
    version: str
    db: str
    ingest: bool = Field(description="Whether POST /api/ingest is enabled on this server.")
    token_required_for_reads: bool


class IngestResult(BaseModel):
    run_id: str
    articles: list[str] = Field(description="Ids of the articles stored by this request (new ones only).")
    events: list[Event]
    counts: list[StageCount]
    failures: list[FailureOut]

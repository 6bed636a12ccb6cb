"""The one place that shows the order of the stages. CLI, API and runners all call `run` or `process`.

ingest ─► clean ─► language ─► nlp ─► actors ─► coding ─► dedup ─► store ─► aggregate

Dedup runs per batch against every article stored before (the store keeps its index); the aggregated
events are recomputed once at the end of a run that stored something.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from dragoman import __version__
from dragoman.actors import KnowledgeBase, knowledge_base, resolve_article
from dragoman.clean import clean
from dragoman.coding import code_events
from dragoman.counts import Counts
from dragoman.dedup import IndexRow
from dragoman.ingest import discover, read_source
from dragoman.ingest.manifest import with_manifest
from dragoman.language import identify
from dragoman.model import Article, Event, Failure, RawDocument
from dragoman.nlp import memory_zone, parsed
from dragoman.store import Store
from dragoman.store.aggregated import refresh_aggregates
from dragoman.store.stories import StoryIndex, count_copies, refresh_stories
from dragoman.when import find_times

__all__ = [
    "BATCH",
    "RunReport",
    "articles_of",
    "code_batch",
    "finish",
    "fresh",
    "prepare",
    "run",
    "store_batch",
]

BATCH = 256  # articles per NLP and store batch: bounded memory, few transactions
MAX_NLP_CHARS = 1_000_000  # spaCy's own limit; longer "articles" are stored without sentences


@dataclass
class RunReport:
    run_id: str
    counts: Counts
    failures: list[Failure] = field(default_factory=list)
    stored_ids: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        """0 when every input went through, 1 when some failed (the rest were still stored)."""
        return 1 if self.failures else 0


def prepare(
    raw: RawDocument, counts: Counts, *, default_date: date | None = None, lang: str | None = None
) -> Article | None:
    """clean and language for one document; None when nothing is left to keep."""
    article = clean(raw)
    if not article.text.strip():
        counts.add("clean", "dropped_empty")
        return None
    if lang and lang != "auto":
        article.lang_hint = lang
    identify(article)
    counts.add("language", article.lang or "und")
    if not article.supported:
        counts.add("language", "unsupported_language")
    if article.published is None:
        article.published = _dateline_date(article, default_date)
        article.published_source = "dateline" if article.published else None
    if article.published is None and default_date is not None:
        article.published, article.published_source = default_date, "cli"
    return article


def _dateline_date(article: Article, anchor: date | None) -> date | None:
    """The day a dateline gives ("WASHINGTON, 5 mars (Reuters)"): in full when it writes the year, else
    read against the date the caller gives (`--date`); a weekday or a month alone says no day."""
    if (
        article.dateline is None
        or not article.dateline.date_text
        or not article.supported
        or not article.lang
    ):
        return None
    for expression in find_times(article.dateline.date_text, article.lang):
        if anchor is None and not (expression.year and expression.day):
            continue
        resolved = expression.resolve(anchor or date(expression.year or 1, 1, 1))
        if (
            resolved is not None
            and resolved.precision == "day"
            and expression.rule in ("date", "numeric", "iso")
        ):
            return resolved.value
    return None


def documents(
    inputs: Sequence[str],
    counts: Counts,
    fail: Callable[[Failure], None],
    on_source: Callable[[str], None] | None = None,
) -> Iterator[RawDocument]:
    """Every readable document of the inputs; what cannot be read is handed to `fail`."""
    sources, missing = discover(list(inputs))
    for failure in missing:
        fail(failure)
    for source in sources:
        for item in read_source(source):
            if isinstance(item, Failure):
                fail(item)
            else:
                counts.add("ingest", "received")
                yield with_manifest(item)
        if on_source is not None:
            on_source(source)


def run(
    inputs: Sequence[str],
    store: Store,
    *,
    default_date: date | None = None,
    lang: str | None = None,
    on_source: Callable[[str], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> RunReport:
    """Read, clean, identify, parse and store every article of `inputs`; the report says what happened."""
    started = time.perf_counter()
    report = RunReport(run_id=uuid.uuid4().hex[:12], counts=Counts())
    counts = report.counts
    store.start_run(report.run_id, inputs, __version__)

    def fail(failure: Failure) -> None:
        counts.add("ingest", f"failed_{failure.reason}")
        report.failures.append(failure)
        if on_failure is not None:
            on_failure(failure)

    kb = knowledge_for(store)
    with store.connected():  # a shared store is held for the block only
        index = StoryIndex.open(store)
    batch: list[Article] = []
    for article in articles_of(documents(inputs, counts, fail, on_source), counts, fail, default_date, lang):
        batch.append(article)
        if len(batch) >= BATCH:
            report.stored_ids += store_batch(batch, store, report.run_id, counts, kb, index, fail)
            batch = []
    report.stored_ids += store_batch(batch, store, report.run_id, counts, kb, index, fail)
    finish(store, report, started)
    return report


def articles_of(
    raws: Iterable[RawDocument],
    counts: Counts,
    fail: Callable[[Failure], None],
    default_date: date | None = None,
    lang: str | None = None,
) -> Iterator[Article]:
    """`prepare` over documents; a document that trips a bug is handed to `fail`, and the rest go on."""
    for raw in raws:
        try:
            article = prepare(raw, counts, default_date=default_date, lang=lang)
        except Exception as exc:  # a bug on one odd document must not stop the batch: name it, go on
            fail(Failure(raw.doc_id, "internal_error", f"{exc.__class__.__name__}: {exc}"))
            continue
        if article is not None:
            yield article


def finish(
    store: Store, report: RunReport, started: float, *, index_rows: Sequence[IndexRow] | None = None
) -> None:
    """After the run, whichever runner loaded it (this process or the Dask merge): every step that needs
    the whole run in the store comes here — the dedup index and stories of articles a runner loaded without
    them (given `index_rows`, their features as its workers computed them), the aggregated events — then
    the run's counts and failures are kept."""
    if report.stored_ids:
        with store.connected():  # a shared store is held for the block only
            if index_rows is not None:  # indexes the articles stored without them, once
                StoryIndex.open(store, report.counts, index_rows)
            report.counts.add("aggregate", "aggregated_events", refresh_aggregates(store))
    report.seconds = time.perf_counter() - started
    store.finish_run(report.run_id, report.counts.rows(), report.failures, report.exit_code)


def _read_events(
    articles: list[Article], counts: Counts, kb: KnowledgeBase, fail: Callable[[Failure], None] | None = None
) -> Iterator[Event]:
    """nlp, actors and coding for a batch of cleaned articles: their events, in order. Each doc is coded
    as soon as it is parsed and let go: only spaCy's minibatch of docs is in memory at once. Given `fail`,
    an article whose reading trips a bug is handed to it and kept without events; the others go on."""
    counts.add("nlp", "parsed", sum(1 for a in articles if a.supported))
    found: list[list[Event]] = [[] for _ in articles]
    for i, doc in parsed(articles):
        article = articles[i]
        try:
            resolve_article(article, doc, kb)
            events = code_events(article, doc)
        except Exception as exc:
            if fail is None:
                raise
            article.mentions = []
            fail(Failure(article.doc_id, "internal_error", f"coding: {exc.__class__.__name__}: {exc}"))
            continue
        resolved = sum(1 for m in article.mentions if m.actor_id)
        counts.add("actors", "mentions_resolved", resolved)
        counts.add("actors", "mentions_unresolved", len(article.mentions) - resolved)
        found[i] = events
        counts.add("coding", "events", len(found[i]))
    for events in found:
        yield from events


def code(
    inputs: Sequence[str],
    *,
    default_date: date | None = None,
    lang: str | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> Iterator[Event]:
    """Events of `inputs`, without a store: the same stages as `run`, batch by batch."""
    counts = Counts()

    def fail(failure: Failure) -> None:
        counts.add("ingest", f"failed_{failure.reason}")
        if on_failure is not None:
            on_failure(failure)

    kb = knowledge_base()
    batch: list[Article] = []
    for article in articles_of(documents(inputs, counts, fail), counts, fail, default_date, lang):
        if len(article.text) <= MAX_NLP_CHARS:
            batch.append(article)
        if len(batch) >= BATCH:
            yield from _read_events(batch, counts, kb, fail)
            batch = []
    yield from _read_events(batch, counts, kb, fail)


def knowledge_for(store: Store) -> KnowledgeBase:
    """The package's knowledge base, with the dictionaries the user imported into this store."""
    imported = store.imported_entries()
    return knowledge_base().extended([], imported) if imported else knowledge_base()


def store_batch(
    batch: list[Article],
    store: Store,
    run_id: str,
    counts: Counts,
    kb: KnowledgeBase,
    index: StoryIndex,
    fail: Callable[[Failure], None] | None = None,
) -> list[str]:
    """Drop the duplicates (within the batch and already stored), parse the rest, find the earlier
    articles each one copies or translates, store them, and update the stories they are in."""
    articles = fresh(batch, store.known_ids(a.id for a in batch), counts)
    events = code_batch(articles, counts, kb, fail)
    found = index.add(articles)  # after the parse: the anchors include the actors it resolved
    count_copies(counts, found.matches)
    store.add_articles(articles, run_id, events, index_rows=found.rows, matches=found.matches)
    counts.add("store", "events", len(events))
    counts.add("store", "stored", len(articles))
    if articles:
        with store.connected():
            refresh_stories(store, [a.id for a in articles])
    return [a.id for a in articles]


def fresh(batch: Iterable[Article], known: set[str], counts: Counts) -> list[Article]:
    """The first article of each id not in `known`, in order; the others counted as duplicates."""
    kept: dict[str, Article] = {}
    for article in batch:
        if article.id in known or article.id in kept:
            counts.add("store", "dropped_duplicate")
        else:
            kept[article.id] = article
    return list(kept.values())


def code_batch(
    articles: list[Article], counts: Counts, kb: KnowledgeBase, fail: Callable[[Failure], None] | None = None
) -> list[Event]:
    """nlp, actors and coding for a batch of new articles (too long ones are kept without a parse; see
    `_read_events` for `fail`)."""
    parseable = [a for a in articles if parseable_length(a)]
    if len(parseable) < len(articles):
        counts.add("nlp", "skipped_too_long", len(articles) - len(parseable))
    with memory_zone(a.lang for a in parseable if a.supported and a.lang):
        return list(_read_events(parseable, counts, kb, fail))


def parseable_length(article: Article) -> bool:
    return len(article.text) <= MAX_NLP_CHARS

"""Where and when, scored on two gold corpora: readers that turn them into `GoldItem`s, and scorers that take
any predictor (the event coder, or the baselines here), so the same figures can be kept as floors.

- GVA (`gva_gun_violence_news`): 2,338 US local news articles, each with the Gun Violence Archive record it was
  cited for: the incident date (`shooting_date`), the publication date and a street address. The address has
  no city and no coordinates, so GVA scores dates only; its items keep the address for reading.
- ECB+ (`ecbplus_event_coref`, annotations CC BY 3.0): 982 English articles in 43 topics, each topic two
  real-world events (`ecb`, `ecbplus` files); time and location mentions are spans, linked across documents
  to one instance per real thing. An event's place is the location instance that most of its documents
  mention among their annotated sentences and that names a place the gazetteer knows (geocoded from the
  gold span alone); its date is the time instance most of its documents mention, when one of its mentions
  writes the full date out ("May 3, 2013"). A document gets the gold its own mentions of them give.

A place is right when it is the same place by name, or within 50 km (haversine) of a gold place; a date when
it is the same day. Scores count every item with a gold answer (`n`), those the predictor answered, and
those it got right, with accuracy over all of them and over the answered ones.

    PYTHONPATH=$PWD python -m dragoman.evaluate.where_when [../shared/corpora]
"""

from __future__ import annotations

import json
import math
import re
import sys
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from dragoman.actors.matcher import fold
from dragoman.geo.gazetteer import Gazetteer, Place, gazetteer
from dragoman.resources import LANG_DIR, read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dragoman.model import Article, Event

NEAR_KM = 50.0
LEAD_SENTENCES = 3  # where a news story says when its main event happened
LEAD_CHARS = 600
EARTH_KM = 6371.0088
GVA_SPLITS = {
    "train": "data-train/{}_train.json",
    "dev": "data-dev/{}_val.json",
    "test": "data-test/{}_test.json",
}


@dataclass(frozen=True, slots=True)
class GoldPlace:
    """A gold place: as the gold writes it, and where it is when that is known."""

    text: str
    name: str | None = None  # the gazetteer's name for it
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class GoldItem:
    """One article with the date and place of the event its gold is about."""

    corpus: str
    doc_id: str
    text: str
    lang: str = "en"
    published: date | None = None  # the article's publication date, when the corpus gives it
    date: date | None = None  # the event's day, when the gold gives it
    places: tuple[GoldPlace, ...] = ()  # any of them is right
    address: str | None = None  # GVA's street address, kept for reading


@dataclass(frozen=True, slots=True)
class PredictedPlace:
    name: str
    lat: float
    lon: float

    @classmethod
    def of(cls, place: Place) -> PredictedPlace:
        return cls(place.name, place.lat, place.lon)


@dataclass
class _Score:
    n: int = 0  # items with a gold answer
    answered: int = 0
    correct: int = 0
    skipped: int = 0  # items without a gold answer: not scored
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (doc_id, gold, predicted), first few

    @property
    def accuracy(self) -> float:
        """Right over every item with a gold answer (no answer counts as wrong)."""
        return self.correct / self.n if self.n else 0.0

    @property
    def answered_accuracy(self) -> float:
        """Right over the items the predictor answered."""
        return self.correct / self.answered if self.answered else 0.0

    def line(self, label: str) -> str:
        return (
            f"{label}: n={self.n} answered={self.answered} correct={self.correct} "
            f"accuracy={self.accuracy:.3f} answered_accuracy={self.answered_accuracy:.3f} (skipped {self.skipped})"
        )

    def _miss(self, doc_id: str, gold: str, predicted: str) -> None:
        if len(self.misses) < 20:
            self.misses.append((doc_id, gold, predicted))


class PlaceScore(_Score):
    """Places: right when the same place by name, or within 50 km of a gold place."""


class DateScore(_Score):
    """Dates: right when the same day."""


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance between two points, in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def place_matches(predicted: PredictedPlace, gold: GoldPlace) -> bool:
    """The same place by name (folded), or within 50 km of it."""
    if gold.name and fold(predicted.name) == fold(gold.name):
        return True
    if gold.lat is None or gold.lon is None:
        return fold(predicted.name) in fold(gold.text)
    return haversine_km(predicted.lat, predicted.lon, gold.lat, gold.lon) <= NEAR_KM


def score_places(
    gold_items: Iterable[GoldItem], predict: Callable[[GoldItem], PredictedPlace | None]
) -> PlaceScore:
    score = PlaceScore()
    for item in gold_items:
        if not item.places:
            score.skipped += 1
            continue
        score.n += 1
        predicted = predict(item)
        if predicted is None:
            score._miss(item.doc_id, item.places[0].text, "-")
            continue
        score.answered += 1
        if any(place_matches(predicted, gold) for gold in item.places):
            score.correct += 1
        else:
            score._miss(item.doc_id, item.places[0].text, predicted.name)
    return score


def score_dates(gold_items: Iterable[GoldItem], predict: Callable[[GoldItem], date | None]) -> DateScore:
    score = DateScore()
    for item in gold_items:
        if item.date is None:
            score.skipped += 1
            continue
        score.n += 1
        predicted = predict(item)
        if predicted is None:
            score._miss(item.doc_id, item.date.isoformat(), "-")
            continue
        score.answered += 1
        if predicted == item.date:
            score.correct += 1
        else:
            score._miss(item.doc_id, item.date.isoformat(), predicted.isoformat())
    return score


# --- GVA ---------------------------------------------------------------------------------------------------


def read_gva(folder: Path, split: str = "dev") -> list[GoldItem]:
    """The GVA articles of one split (`train`, `dev`, `test`) with their incident dates and addresses."""
    if split not in GVA_SPLITS:
        raise ValueError(f"GVA split {split!r}: expected one of {', '.join(GVA_SPLITS)}")
    texts = json.loads((folder / GVA_SPLITS[split].format("X")).read_text(encoding="utf-8"))
    labels = json.loads((folder / GVA_SPLITS[split].format("y")).read_text(encoding="utf-8"))
    if len(texts) != len(labels):
        raise ValueError(f"{folder} {split}: {len(texts)} articles but {len(labels)} labels")
    items = []
    for i, (x, y) in enumerate(zip(texts, labels, strict=True)):
        items.append(
            GoldItem(
                corpus="gva",
                doc_id=f"gva-{split}-{i}",
                text=str(x.get("text") or ""),
                published=_iso_day(x.get("publish_date")),
                date=_iso_day(y.get("shooting_date")),
                address=str(y.get("address") or "") or None,
            )
        )
    return items


def _iso_day(value: object) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- ECB+ --------------------------------------------------------------------------------------------------


@dataclass
class _EcbDoc:
    name: str  # 1_10ecbplus
    subtopic: str  # 1ecbplus
    text: str
    times: dict[str, list[str]]  # instance id → the document's mention texts (annotated sentences)
    places: dict[str, list[str]]


def read_ecbplus(folder: Path, geo: Gazetteer | None = None) -> list[GoldItem]:
    """Every ECB+ document with the date and place of its sub-topic's event, where the gold gives them."""
    geo = geo or gazetteer()
    selected = _selected_sentences(folder / "ECBplus_coreference_sentences.csv")
    docs = list(_ecb_documents(folder / "ECB+.zip", selected))
    by_subtopic: dict[str, list[_EcbDoc]] = defaultdict(list)
    for doc in docs:
        by_subtopic[doc.subtopic].append(doc)
    items = []
    for subtopic_docs in by_subtopic.values():
        day = _event_day(subtopic_docs)
        place_instance = _event_place(subtopic_docs, geo)
        for doc in subtopic_docs:
            places = tuple(
                gold
                for text in doc.places.get(place_instance or "", [])
                if (gold := _geocode(text, geo)) is not None
            )
            items.append(
                GoldItem(
                    corpus="ecbplus",
                    doc_id=doc.name,
                    text=doc.text,
                    date=day[1] if day and day[0] in doc.times else None,
                    places=places,
                )
            )
    return items


def _selected_sentences(path: Path) -> dict[str, set[int]]:
    selected: dict[str, set[int]] = defaultdict(set)
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split(",")
        if len(parts) == 3 and parts[2].strip().isdigit():
            selected[f"{parts[0]}_{parts[1]}"].add(int(parts[2]))
    return selected


def _ecb_documents(archive: Path, selected: dict[str, set[int]]) -> Iterator[_EcbDoc]:
    with zipfile.ZipFile(archive) as zf:
        for info in sorted(zf.infolist(), key=lambda i: i.filename):
            if not info.filename.endswith(".xml"):
                continue
            name = info.filename.rsplit("/", 1)[-1][: -len(".xml")]
            try:
                root = ElementTree.fromstring(zf.read(info))
            except ElementTree.ParseError as error:
                print(f"{archive}:{info.filename}: not XML ({error}); left out", file=sys.stderr)
                continue
            yield _ecb_document(name, root, selected.get(name, set()))


def _ecb_document(name: str, root: ElementTree.Element, sentences: set[int]) -> _EcbDoc:
    tokens: dict[str, tuple[int, str]] = {}
    lines: dict[int, list[str]] = defaultdict(list)
    for token in root.iter("token"):
        sentence = int(token.get("sentence") or 0)
        tokens[token.get("t_id") or ""] = (sentence, token.text or "")
        lines[sentence].append(token.text or "")
    mentions: dict[str, tuple[str, str]] = {}  # m_id → (tag, text) for annotated time and place mentions
    markables = root.find("Markables")
    for markable in markables if markables is not None else []:
        anchors = [
            tokens[a.get("t_id") or ""] for a in markable.findall("token_anchor") if a.get("t_id") in tokens
        ]
        if not anchors or not markable.tag.startswith(("TIME_DATE", "LOC_")):
            continue
        if sentences and anchors[0][0] not in sentences:
            continue
        mentions[markable.get("m_id") or ""] = (markable.tag, " ".join(text for _, text in anchors))
    times: dict[str, list[str]] = defaultdict(list)
    places: dict[str, list[str]] = defaultdict(list)
    relations = root.find("Relations")
    for relation in relations.findall("CROSS_DOC_COREF") if relations is not None else []:
        instance = relation.get("note") or ""
        for source in relation.findall("source"):
            tag, text = mentions.get(source.get("m_id") or "", ("", ""))
            if tag == "TIME_DATE":
                times[instance].append(text)
            elif tag.startswith("LOC_"):
                places[instance].append(text)
    topic, _, rest = name.partition("_")
    subtopic = topic + ("ecbplus" if rest.endswith("ecbplus") else "ecb")
    text = "\n".join(" ".join(words) for _, words in sorted(lines.items()))
    return _EcbDoc(name, subtopic, text, dict(times), dict(places))


def _most_shared(docs: list[_EcbDoc], instances: Callable[[_EcbDoc], Iterable[str]]) -> list[str]:
    counts = Counter(i for doc in docs for i in set(instances(doc)))
    return [i for i, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _event_day(docs: list[_EcbDoc]) -> tuple[str, date] | None:
    """The most widely mentioned time instance that one of its mentions dates to the day."""
    for instance in _most_shared(docs, lambda d: d.times):
        for doc in docs:
            for text in doc.times.get(instance, []):
                day = written_date(text)
                if day is not None:
                    return instance, day
    return None


def _event_place(docs: list[_EcbDoc], geo: Gazetteer) -> str | None:
    """The most widely mentioned location instance the gazetteer can place."""
    for instance in _most_shared(docs, lambda d: d.places):
        if any(_geocode(t, geo) for doc in docs for t in doc.places.get(instance, [])):
            return instance
    return None


def _geocode(text: str, geo: Gazetteer) -> GoldPlace | None:
    """A gold place span placed by the gazetteer alone: its most precise place (a city before the region or
    country that qualifies it)."""
    mentions = geo.places_in(text, "en")
    context = geo.context_of(mentions)
    places = [p for m in mentions if (p := geo.resolve(m, context)) is not None]
    if not places:
        return None
    best = max(places, key=lambda p: {"city": 2, "admin1": 1, "country": 0}[p.feature])
    return GoldPlace(text, best.name, best.lat, best.lon)


@cache
def _months() -> dict[str, int]:
    """English month names and abbreviations (lang/en/calendar.tsv)."""
    return {
        r["name"]: int(r["number"])
        for r in read_tsv(LANG_DIR / "en" / "calendar.tsv")
        if r["kind"] == "month"
    }


def written_date(text: str) -> date | None:
    """A date written out to the day with its year: `May 3, 2013`, `3 May 2013`, `2013-05-03`; else None."""
    folded = fold(text)
    if m := _ISO_DATE.search(folded):
        return _day(int(m["y"]), int(m["m"]), int(m["d"]))
    months = _months()
    for m in _WORDY_DATE.finditer(folded):
        month = months.get(m["month1"] or m["month2"])
        day = m["day1"] or m["day2"]
        if month and day:
            return _day(int(m["y"]), month, int(day))
    return None


_ISO_DATE = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d?)-(?P<d>\d\d?)\b")
_WORDY_DATE = re.compile(
    r"\b(?:(?P<month1>[a-z]+)\.?\s+(?P<day1>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>[a-z]+)\.?\s*,?\s*)(?P<y>(?:19|20)\d\d)\b"
)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# --- baselines ---------------------------------------------------------------------------------------------


def first_place(item: GoldItem, geo: Gazetteer | None = None) -> PredictedPlace | None:
    """Baseline: the first place the gazetteer finds in the article, resolved by the article's context."""
    geo = geo or gazetteer()
    mentions = geo.places_in(item.text, item.lang)
    if not mentions:
        return None
    place = geo.resolve(mentions[0], geo.context_of(mentions))
    return PredictedPlace.of(place) if place else None


def publication_date(item: GoldItem) -> date | None:
    """Baseline: the publication date, when the corpus gives one."""
    return item.published


def first_written_date(item: GoldItem) -> date | None:
    """Baseline for corpora without a publication date: the first date written out to the day."""
    for line in item.text.splitlines():
        if (day := written_date(line)) is not None:
            return day
    return None


# --- dragoman: the event coder's dates and places -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reading:
    """What dragoman says of one article: its lead event's date and place, and where each came from
    (`event` — an event's own date or location; `text` — the lead's first time expression or place, when
    no event was coded; `publication`; or None)."""

    date: date | None
    date_from: str | None
    place: PredictedPlace | None
    place_from: str | None


def read_with_coder(items: list[GoldItem]) -> dict[str, Reading]:
    """Each item through the real pipeline (clean, parse, actors, coding), as `dragoman run` reads it."""
    from dragoman.actors import resolve_article
    from dragoman.coding import code_events
    from dragoman.counts import Counts
    from dragoman.model import RawDocument
    from dragoman.nlp import parse
    from dragoman.pipeline import prepare

    articles = [
        prepare(
            RawDocument(
                doc_id=i.doc_id, source=i.corpus, text=i.text, lang_hint=i.lang, published=i.published
            ),
            Counts(),
        )
        for i in items
    ]
    present = [a for a in articles if a is not None]
    docs = dict(zip((id(a) for a in present), parse(present), strict=True))
    readings: dict[str, Reading] = {}
    for item, article in zip(items, articles, strict=True):
        if article is None:
            readings[item.doc_id] = Reading(None, None, None, None)
            continue
        doc = docs[id(article)]
        if doc is None:  # a language without a pack: nothing read beyond the publication date
            readings[item.doc_id] = Reading(article.published, "publication", None, None)
            continue
        resolve_article(article, doc)
        events = code_events(article, doc)
        readings[item.doc_id] = Reading(*_lead_date(article, doc, events), *_lead_place(article, events))
    return readings


def _lead_date(article: Article, doc: Doc, events: list[Event]) -> tuple[date | None, str | None]:
    """The first event dated by its own words; else the first day written in the lead's sentences."""
    from dragoman.when import find_times

    for event in events:
        if event.date and event.date_precision == "day":
            return date.fromisoformat(event.date), "event"
    if article.lang:
        # with no publication date to read them against, only dates written in full say a day: any sentence
        sentences = list(doc.sents)
        for sentence in sentences[:LEAD_SENTENCES] if article.published else sentences:
            for expression in find_times(sentence.text, article.lang):
                if article.published is None and not (expression.year and expression.day):
                    continue  # without a publication date only a date written in full says which day
                resolved = expression.resolve(article.published or date(expression.year or 1, 1, 1))
                if resolved is not None and resolved.precision == "day":
                    return resolved.value, "text"
    return (article.published, "publication") if article.published else (None, None)


def _lead_place(article: Article, events: list[Event]) -> tuple[PredictedPlace | None, str | None]:
    """The first event's location; else the dateline's place; else the first place of the lead."""
    for event in events:
        if event.location:
            loc = event.location
            return PredictedPlace(str(loc["name"]), float(str(loc["lat"])), float(str(loc["lon"]))), "event"
    geo = gazetteer()
    if article.dateline is not None and article.dateline.place:
        found = geo.candidates(article.dateline.place)
        if found:
            return PredictedPlace.of(max(found, key=lambda pair: pair[0].population)[0]), "dateline"
    mentions = geo.places_in(article.text[:LEAD_CHARS], article.lang or "en")
    context = geo.context_of(mentions)
    for mention in mentions:
        place = geo.resolve(mention, context)
        if place is not None:
            return PredictedPlace.of(place), "text"
    return None, None


def report(corpora: Path, limit: int | None = None) -> list[str]:
    """The figures on the corpora found under `corpora`: dragoman's (the event coder's dates and places
    through the real pipeline) next to the baselines', one line each. `limit` keeps the first N items of
    each set (the pipeline reads about ten articles a second)."""
    gva_dir, ecb_dir = corpora / "gva_gun_violence_news", corpora / "ecbplus_event_coref"
    lines = []
    if gva_dir.exists():
        for split in ("dev", "test"):
            items = read_gva(gva_dir, split)[:limit]
            dates = {doc_id: reading.date for doc_id, reading in read_with_coder(items).items()}
            lines.append(score_dates(items, _lookup(dates)).line(f"GVA {split} dates, dragoman"))
            lines.append(score_dates(items, publication_date).line(f"GVA {split} dates, publication date"))
        lines.append("GVA places: not scored (its gold is a street address, without city or coordinates)")
    if ecb_dir.exists():
        items = read_ecbplus(ecb_dir)[:limit]
        readings = read_with_coder(items)
        lines.append(score_places(items, lambda i: readings[i.doc_id].place).line("ECB+ places, dragoman"))
        lines.append(score_places(items, first_place).line("ECB+ places, first gazetteer place"))
        lines.append(score_dates(items, lambda i: readings[i.doc_id].date).line("ECB+ dates, dragoman"))
        lines.append(score_dates(items, first_written_date).line("ECB+ dates, first date written in full"))
    return lines


def _lookup(dates: dict[str, date | None]) -> Callable[[GoldItem], date | None]:
    return lambda item: dates[item.doc_id]


def main(argv: list[str] | None = None) -> int:
    """Print the figures on the corpora found under the given folder (default ../shared/corpora)."""
    args = sys.argv[1:] if argv is None else argv
    corpora = Path(args[0]) if args else Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
    lines = report(corpora, int(args[1]) if len(args) > 1 else None)
    if not lines:
        print(f"no corpora under {corpora}", file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

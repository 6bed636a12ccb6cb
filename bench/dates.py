"""Date resolution: dragoman.when against dateparser, accuracy and speed side by side in one run.

1. The made-up expressions of tests/data/time_cases.tsv: exact agreement of value and precision with the
   expected answer (a sentence without a time expression must give nothing), and expressions per second.
2. French TimeBank 1.1 (../shared/corpora/fr_timebank, 108 regional news articles of 1999, held out: never
   read while writing the rules): each gold TIMEX3 of type DATE with a calendar value (YYYY, YYYY-MM,
   YYYY-MM-DD), resolved against the document's creation date; right when a find overlaps the gold span and
   gives the gold value. Neither resolver knows the verb's tense here (future=False).
3. 300 real sentences each of ../shared/corpora/orangesum_fr_news (French, AFP copy) and
   ../shared/corpora/guardian_political_sample (English), anchored on their article dates: how many
   expressions each finds and how long it takes.

dateparser runs as the issue suggests: `search_dates(sentence, languages=[lang], settings={"RELATIVE_BASE":
anchor, "PREFER_DATES_FROM": "past"})`. search_dates gives no precision, so the precision of a found span is
read afterwards with `DateDataParser.get_date_data` (its `period`), outside the timed part.

    PYTHONPATH=$PWD .venv/bin/python bench/dates.py
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import time
import warnings
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from html import unescape
from pathlib import Path

from dragoman.resources import read_tsv
from dragoman.when import find_times

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "data" / "time_cases.tsv"
CORPORA = ROOT.parent / "shared" / "corpora"
ORANGESUM = CORPORA / "orangesum_fr_news" / "parsed"
TIMEBANK = CORPORA / "fr_timebank" / "Data"
GUARDIAN = CORPORA / "guardian_political_sample" / "Guardian_SDF_sample.csv.zip"
SENTENCES = 300
# Sentence ends in running text, also where the corpus glued paragraphs without a space ("Pyrénées.Data").
SENTENCE_END = re.compile(r"(?<=[.!?»])\s*(?=[A-ZÀ-ÖØ-Þ«\"“])")

Span = tuple[int, int, str]  # start, end, formatted value (or "none")
Resolver = Callable[[str, str, date, bool], list[Span]]


def dragoman_resolver(sentence: str, lang: str, anchor: date, future: bool) -> list[Span]:
    spans = []
    for expression in find_times(sentence, lang):
        resolved = expression.resolve(anchor, future)
        spans.append((expression.start, expression.end, resolved.format() if resolved else "none"))
    return spans


def _dateparser_search(sentence: str, lang: str, anchor: date, future: bool) -> list[tuple[str, datetime]]:
    from dateparser.search import search_dates

    settings = {
        "RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day),
        "PREFER_DATES_FROM": "future" if future else "past",
    }
    return search_dates(sentence, languages=[lang], settings=settings) or []  # type: ignore[no-any-return]


def _dateparser_format(text: str, lang: str, anchor: date, future: bool, value: datetime) -> str:
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day),
        "PREFER_DATES_FROM": "future" if future else "past",
    }
    period = DateDataParser(languages=[lang], settings=settings).get_date_data(text).period
    if period == "year":
        return f"{value.year:04d}"
    if period == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.date().isoformat()  # day, week and time periods name a day


def dateparser_resolver(sentence: str, lang: str, anchor: date, future: bool) -> list[Span]:
    return [
        (start, start + len(text), _dateparser_format(text, lang, anchor, future, value))
        for text, value in _dateparser_search(sentence, lang, anchor, future)
        if (start := sentence.find(text)) >= 0
    ]


def score_cases(resolver: Resolver, search_only: Resolver) -> tuple[int, int, int, float]:
    """Right answers, cases, false finds in sentences without time, and expressions per second."""
    cases = read_tsv(CASES)
    right = false_finds = 0
    for case in cases:
        anchor, future = date.fromisoformat(case["anchor"]), case["future"] == "1"
        spans = resolver(case["sentence"], case["lang"], anchor, future)
        if not case["expression"]:
            false_finds += bool(spans)
            right += not spans
            continue
        start = case["sentence"].index(case["expression"])
        end = start + len(case["expression"])
        overlapping = [value for s, e, value in spans if s < end and start < e]
        if case["expected"] == "none":
            right += all(value == "none" for value in overlapping)
        else:
            right += bool(overlapping) and overlapping[0] == case["expected"]
    rounds = 0
    began = time.perf_counter()
    while rounds == 0 or time.perf_counter() - began < 1.0:
        for case in cases:
            search_only(
                case["sentence"], case["lang"], date.fromisoformat(case["anchor"]), case["future"] == "1"
            )
        rounds += 1
    speed = rounds * len(cases) / (time.perf_counter() - began)
    return right, len(cases), false_finds, speed


TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
CALENDAR_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def timebank_documents() -> Iterator[tuple[str, date, list[Span]]]:
    """Each document's text without tags, its creation date and its gold calendar dates (start, end, value)."""
    for path in sorted(TIMEBANK.glob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="([\d-]{10})"', raw)
        body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.DOTALL)
        if not dct or not body:
            continue
        text: list[str] = []
        length = 0
        gold: list[Span] = []
        open_at: tuple[int, str] | None = None
        position = 0
        for tag in TAG.finditer(body.group(1)):
            piece = unescape(body.group(1)[position : tag.start()])
            text.append(piece)
            length += len(piece)
            position = tag.end()
            if tag.group(2) != "TIMEX3":
                continue
            if tag.group(1):
                if open_at is not None and CALENDAR_VALUE.fullmatch(open_at[1]):
                    gold.append((open_at[0], length, open_at[1]))
                open_at = None
            elif 'type="DATE"' in tag.group(3):
                value = re.search(r'value="([^"]*)"', tag.group(3))
                open_at = (length, value.group(1) if value else "")
        text.append(unescape(body.group(1)[position:]))
        yield "".join(text), date.fromisoformat(dct.group(1)), gold


def run_timebank() -> None:
    documents = list(timebank_documents())
    golds = sum(len(gold) for _, _, gold in documents)
    print(f"\nfr_timebank: {len(documents)} documents, {golds} gold calendar dates (fr)")
    print(f"{'resolver':<12}{'right':>7}{'gold':>7}{'accuracy':>10}{'found':>8}{'seconds':>10}")
    for label, resolver in (("dragoman", dragoman_resolver), ("dateparser", dateparser_resolver)):
        right = found = 0
        seconds = 0.0
        for text, anchor, gold in documents:
            spans: list[Span] = []
            for line_start, line in _lines(text):
                began = time.perf_counter()
                line_spans = resolver(line, "fr", anchor, False)
                seconds += time.perf_counter() - began
                spans += [(line_start + s, line_start + e, v) for s, e, v in line_spans]
            found += len(spans)
            for start, end, value in gold:
                right += any(s < end and start < e and v == value for s, e, v in spans)
        print(f"{label:<12}{right:>7}{golds:>7}{right / golds:>10.1%}{found:>8}{seconds:>10.2f}")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    position = 0
    for line in text.split("\n"):
        if line.strip():
            yield position, line
        position += len(line) + 1


def orangesum_sentences() -> Iterator[tuple[str, date]]:
    """Up to five sentences from the start of each article, each sentence once (the corpus repeats articles)."""
    seen: set[str] = set()
    for path in sorted(ORANGESUM.glob("*.json"), key=lambda p: int(p.stem)):
        record = json.loads(path.read_text(encoding="utf-8"))
        anchor = date.fromisoformat(record["date"])
        for sentence in SENTENCE_END.split(record["article"])[:5]:
            if len(sentence) > 30 and sentence not in seen:
                seen.add(sentence)
                yield sentence, anchor
                if len(seen) == SENTENCES:
                    return


def guardian_sentences() -> Iterator[tuple[str, date]]:
    csv.field_size_limit(1 << 26)
    count = 0
    with zipfile.ZipFile(GUARDIAN) as archive, archive.open(archive.namelist()[0]) as raw:
        for row in csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8")):
            anchor = date.fromisoformat(row["date"][:10])
            for sentence in SENTENCE_END.split(row["text"])[:5]:
                if len(sentence) > 30:
                    yield sentence, anchor
                    count += 1
                    if count == SENTENCES:
                        return


def run_corpus(name: str, lang: str, sentences: list[tuple[str, date]]) -> None:
    print(f"\n{name}: {len(sentences)} sentences ({lang})")
    print(f"{'resolver':<12}{'found':>8}{'sentences':>11}{'seconds':>10}{'sent/s':>10}")
    results: dict[str, list[list[Span]]] = {}
    speeds: dict[str, float] = {}
    for label, resolver in (("dragoman", dragoman_resolver), ("dateparser", _dateparser_spans)):
        began = time.perf_counter()
        results[label] = [resolver(s, lang, anchor, False) for s, anchor in sentences]
        seconds = time.perf_counter() - began
        speeds[label] = len(sentences) / seconds
        found = sum(len(r) for r in results[label])
        with_any = sum(bool(r) for r in results[label])
        print(f"{label:<12}{found:>8}{with_any:>11}{seconds:>10.3f}{speeds[label]:>10.0f}")
    print(f"speed ratio dragoman/dateparser: {speeds['dragoman'] / speeds['dateparser']:.0f}x")
    shown = {"dragoman": 0, "dateparser": 0}
    for (sentence, _), ours, theirs in zip(
        sentences, results["dragoman"], results["dateparser"], strict=True
    ):
        for label, mine, other in (("dragoman", ours, theirs), ("dateparser", theirs, ours)):
            for start, end, value in mine:
                if shown[label] < 4 and not any(s < end and start < e for s, e, _ in other):
                    print(f"  only {label}: {sentence[start:end]!r} -> {value}")
                    shown[label] += 1


def _dateparser_spans(sentence: str, lang: str, anchor: date, future: bool) -> list[Span]:
    """dateparser's finds with their dates, without the extra parse for precision (for a fair timing)."""
    return [
        (start, start + len(text), value.date().isoformat())
        for text, value in _dateparser_search(sentence, lang, anchor, future)
        if (start := sentence.find(text)) >= 0
    ]


def main() -> int:
    warnings.filterwarnings("ignore")
    dragoman_resolver("warm up", "fr", date(2023, 1, 1), False)
    dragoman_resolver("warm up", "en", date(2023, 1, 1), False)
    _dateparser_search("le 3 mars", "fr", date(2023, 1, 1), False)
    _dateparser_search("on March 3", "en", date(2023, 1, 1), False)
    print(f"{CASES.relative_to(ROOT)}: value and precision as expected; sentences without time give nothing")
    print(f"{'resolver':<12}{'right':>7}{'cases':>7}{'accuracy':>10}{'false finds':>13}{'expr/s':>10}")
    speeds = {}
    for label, resolver, search_only in (
        ("dragoman", dragoman_resolver, dragoman_resolver),
        ("dateparser", dateparser_resolver, _dateparser_spans),
    ):
        right, total, false_finds, speed = score_cases(resolver, search_only)
        speeds[label] = speed
        print(f"{label:<12}{right:>7}{total:>7}{right / total:>10.1%}{false_finds:>13}{speed:>10.0f}")
    print(f"speed ratio dragoman/dateparser: {speeds['dragoman'] / speeds['dateparser']:.0f}x")
    if not ORANGESUM.is_dir() or not GUARDIAN.is_file():
        print(f"\nskipped the corpora: {ORANGESUM} or {GUARDIAN} is absent")
        return 0
    if TIMEBANK.is_dir():
        run_timebank()
    run_corpus("orangesum_fr_news", "fr", list(orangesum_sentences()))
    run_corpus("guardian_political_sample", "en", list(guardian_sentences()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

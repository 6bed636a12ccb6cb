"""Boilerplate removal scored on "must contain / must not contain" snippets (trafilatura's evaluation format).

A page's text is what dragoman keeps of it: HTML extraction, then cleaning. For every snippet the page must
keep, keeping it is a true positive and losing it a false negative; for every snippet it must drop, keeping
it is a false positive and dropping it a true negative. Snippets are normalised like the text is.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from dragoman.clean import clean
from dragoman.clean.unicode import normalize
from dragoman.ingest.decode import decode
from dragoman.ingest.formats import parse_html

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class BoilerplateScore:
    pages: int
    tp: int
    fn: int
    fp: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return (self.tp + self.tn) / (self.tp + self.tn + self.fp + self.fn)


def _flat(text: str) -> str:
    return _SPACE.sub(" ", normalize(text)).strip()


def page_text(html_path: Path, url: str | None = None) -> str:
    """What dragoman keeps of one web page: title and cleaned text."""
    raw = parse_html(decode(html_path.read_bytes(), str(html_path)), str(html_path), str(html_path), url=url)
    article = clean(raw)
    return f"{article.title or ''}\n{article.text}"


def score(corpus: Path) -> BoilerplateScore:
    """Score every page of `corpus/html` that `corpus/evaldata.json` has snippets for."""
    gold = json.loads((corpus / "evaldata.json").read_text(encoding="utf-8"))
    pages = tp = fn = fp = tn = 0
    for url, entry in sorted(gold.items()):
        path = corpus / "html" / entry.get("file", "")
        if not entry.get("file") or not path.is_file():
            continue
        pages += 1
        kept = _flat(page_text(path, url))
        for snippet in entry.get("with", []):
            if _flat(snippet) in kept:
                tp += 1
            else:
                fn += 1
        for snippet in entry.get("without", []):
            if _flat(snippet) in kept:
                fp += 1
            else:
                tn += 1
    return BoilerplateScore(pages, tp, fn, fp, tn)

"""Cleaning: raw text in, clean article text out, with what was cut and why.

    clean(raw) -> Article

Order: Unicode normalisation, inline junk (ad slots), junk lines and trailing related lists, the
dateline at the head of the body, the wire credit at its foot. The cleaned text's paragraphs are joined
by blank lines; every later offset points into it.
"""

from __future__ import annotations

from dragoman.clean.dateline import read_credit, read_dateline
from dragoman.clean.flags import autoblog_flags
from dragoman.clean.junk import cut_inline, cut_lines
from dragoman.clean.unicode import normalize
from dragoman.model import Article, RawDocument, Removal

__all__ = ["clean"]


def clean(raw: RawDocument) -> Article:
    removed: list[Removal] = []
    title = normalize(raw.title).strip() if raw.title else None
    text = cut_inline(normalize(raw.text), removed)
    lines = [line.strip() for line in text.split("\n")]
    lines = cut_lines([line for line in lines if line], removed, title)

    dateline = None
    if lines:
        found = read_dateline(lines[0])
        if found:
            dateline, body_start = found
            removed.append(Removal("dateline", dateline.text, "clean.dateline"))
            lines[0] = lines[0][body_start:].strip()

    wire = dateline.wire if dateline else None
    for i in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
        credit = read_credit(lines[i])
        if credit is None:
            continue
        credit_wire, start = credit
        removed.append(Removal("wire_credit", lines[i][start:].strip(), "clean.dateline:credit"))
        lines[i] = lines[i][:start].rstrip()
        wire = wire or credit_wire
        break
    for cut in removed:
        if wire is None and cut.reason == "copyright":
            credit = read_credit(cut.text)
            wire = credit[0] if credit else None

    article = Article(
        doc_id=raw.doc_id,
        source=raw.source,
        raw_text=raw.text,
        text="\n\n".join(line for line in lines if line),
        title=title,
        url=raw.url,
        outlet=raw.outlet,
        wire=wire,
        published=raw.published,
        published_source=raw.published_source,
        dateline=dateline,
        lang_hint=raw.lang_hint,
        removed=removed,
    )
    article.flags.extend(autoblog_flags(article))
    return article

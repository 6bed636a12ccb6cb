"""Cleaning: raw text in, clean article text out, with what was cut and why.

    clean(raw) -> Article

Order: Unicode normalisation, inline junk (ad slots), intertitles run into a paragraph set apart, junk
lines and trailing related lists, the dateline at the head of the body, the wire credit at its foot. The
cleaned text's paragraphs are joined by blank lines; every later offset points into it.
"""

from __future__ import annotations

import re

from dragoman.clean.dateline import find_wire, read_credit, read_dateline
from dragoman.clean.flags import autoblog_flags
from dragoman.clean.junk import cut_inline, cut_lines
from dragoman.clean.unicode import normalize
from dragoman.model import Article, RawDocument, Removal

__all__ = ["clean", "looks_like_title"]

_SPACES = re.compile(r"\s{2,}")
# An intertitle a feed left inside the paragraph ("... (29.778).- Appel à la prudence -Le gouvernement a ..."):
# after a sentence's end, a dash, a short phrase without a sentence's punctuation, and a dash glued to the
# next sentence. Set apart as its own line, it no longer glues two sentences and its heading into one.
_INLINE_SUBHEAD = re.compile(r"(?<=[.!?»\"”)])\s?-\s([^\s.!?\n-][^.!?\n]{0,80}?)\s-(?=[A-ZÀ-ÖØ-Þ«\"“])")
# Two sentences a feed glued together, a paragraph break lost ("... mercredi à jeudi.Le gouvernement avait ...",
# "... à l'AFP.Les salariés ...": 8,433 times in 2,500 OrangeSum articles): spaCy's French tokenizer keeps
# "AFP.Les" as one word (it splits "jeudi.Le") and the parser reads the two sentences as one. A period between a word (or a closing quote or bracket)
# and a capitalised word gets its space back; initials ("U.S.Army"), numbers and addresses
# ("Matthias.Verbergt@wsj.com") do not match.
_GLUED_SENTENCE = re.compile(
    r"([a-zà-öø-ÿ]{2}|[0-9A-Z][A-Z]|[)»\"”])\.(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])(?![^\s@]*@)"
)
DATELINE_SEARCH_LINES = 3  # a dateline opens the body; a headline or standfirst may sit above it
TITLE_MAX_CHARS = 200


def looks_like_title(line: str) -> bool:
    """A headline: short, and not ending like a sentence (a doubled `..` is a scraper's, not a period)."""
    line = line.strip()
    return 0 < len(line) <= TITLE_MAX_CHARS and (not line.endswith((".", ":")) or line.endswith(".."))


def clean(raw: RawDocument) -> Article:
    removed: list[Removal] = []
    title = normalize(raw.title).strip() if raw.title else None
    text = _INLINE_SUBHEAD.sub(r"\n\n\1\n\n", cut_inline(normalize(raw.text), removed))
    text = _GLUED_SENTENCE.sub(r"\1. ", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    lines = cut_lines([line for line in lines if line], removed, title)

    dateline = None
    for i, line in enumerate(lines[:DATELINE_SEARCH_LINES]):
        found = read_dateline(line)
        if found is None:
            continue
        dateline, body_start = found
        removed.append(Removal("dateline", dateline.text, "clean.dateline"))
        lines[i] = line[body_start:].strip()
        if i > 0 and title is None and looks_like_title(lines[0]):
            # A headline above the dateline that no blank line set apart (a scraper put an ad slot there).
            title = lines.pop(0)
        break

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
        if wire is None and cut.reason in ("copyright", "byline"):
            wire = find_wire(cut.text)

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

"""Quality flags: signs that an article is an autoblog republication or a machine translation.

Each flag names the evidence that raised it. Signals:
- autoblog_republication: ad-slot markers or a bare `Source link` footer were cut from the page.
- translation_suspected: a wire credit from an agency that has no service in the article's language
  (an AP story in French is somebody's translation).
- machine_translation_suspected: the same, or doubled full stops (`..`), in an autoblog copy: scraper
  sites publish machine translations, not commissioned ones.
"""

from __future__ import annotations

import re

from dragoman.clean.dateline import wire_by_id
from dragoman.model import Article, Flag

AUTOBLOG_REASONS = ("ad_slot", "source_link")
_DOUBLED_STOP = re.compile(r"[^.\s]\.\.(?!\.)")


def autoblog_flags(article: Article) -> list[Flag]:
    cut = [r for r in article.removed if r.reason in AUTOBLOG_REASONS]
    if not cut:
        return []
    shown = ", ".join(sorted({repr(r.text[:30]) for r in cut})[:3])
    return [Flag("autoblog_republication", f"cut {len(cut)} scraper marks: {shown}")]


def translation_flags(article: Article) -> list[Flag]:
    """Run after language identification: the signals depend on the article's language."""
    if not article.lang:
        return []
    signals: list[str] = []
    wire = wire_by_id(article.wire) if article.wire else None
    if wire is not None and article.lang not in wire.languages:
        signals.append(f"{wire.id} has no {article.lang} service")
    doubled = _DOUBLED_STOP.search(article.text)
    autoblog = any(f.name == "autoblog_republication" for f in article.flags)
    if doubled and autoblog:
        signals.append(f"doubled full stop {doubled.group(0)!r} in an autoblog copy")
    if not signals:
        return []
    if autoblog:
        return [Flag("machine_translation_suspected", "; ".join([*signals, "autoblog copy"]))]
    return [Flag("translation_suspected", "; ".join(signals))]

"""Language identification: accuracy and speed of the candidate libraries, side by side in one run.

Reads the WMT newstest2012 multi-parallel set (the same 99 articles in cs, de, en, es, fr, ru) from
../shared/corpora and scores each detector on whole articles and on single sentences (short text).

    .venv/bin/python bench/langid.py
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpora/wmt_newstest_multiparallel/newstest2012"
LANGS = ("cs", "de", "en", "es", "fr", "ru")
SEG = re.compile(r"<seg[^>]*>(.*?)</seg>")


def load() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    long_texts: list[tuple[str, str]] = []
    short_texts: list[tuple[str, str]] = []
    for lang in LANGS:
        raw = (CORPUS / f"newstest2012-src.{lang}.sgm").read_text(encoding="utf-8")
        for doc in raw.split("<doc ")[1:]:
            segs = SEG.findall(doc)
            long_texts.append((lang, " ".join(segs)))
            short_texts.extend((lang, s) for s in segs[:5] if len(s) > 20)
    return long_texts, short_texts


def py3langid_detector() -> Callable[[str], str]:
    import py3langid

    return lambda text: str(py3langid.classify(text)[0])


def lingua_detector() -> Callable[[str], str]:
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()

    def detect(text: str) -> str:
        lang = detector.detect_language_of(text)
        return lang.iso_code_639_1.name.lower() if lang else "und"

    return detect


def score(detect: Callable[[str], str], items: list[tuple[str, str]]) -> tuple[float, float]:
    start = time.perf_counter()
    right = sum(detect(text) == lang for lang, text in items)
    return right / len(items), len(items) / (time.perf_counter() - start)


def main() -> int:
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is absent")
        return 0
    long_texts, short_texts = load()
    print(f"{len(long_texts)} articles, {len(short_texts)} sentences, languages {', '.join(LANGS)}")
    print(f"{'detector':<10} {'acc long':>9} {'docs/s':>9} {'acc short':>10} {'sents/s':>9} {'load s':>7}")
    for name, make in (("py3langid", py3langid_detector), ("lingua", lingua_detector)):
        t0 = time.perf_counter()
        detect = make()
        loaded = time.perf_counter() - t0
        acc_l, rate_l = score(detect, long_texts)
        acc_s, rate_s = score(detect, short_texts)
        print(f"{name:<10} {acc_l:>9.3f} {rate_l:>9.0f} {acc_s:>10.3f} {rate_s:>9.0f} {loaded:>7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

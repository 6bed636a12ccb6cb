"""The dedup index: as each article arrives, the earlier articles it copies, reprints or translates.

    features(article) -> ArticleFeatures      (per article, parallel-safe: no shared state)
    DedupIndex().add(key, features) -> list[Match]

Four kinds of match, each looked up without comparing all pairs:
- `exact`: the same cleaned text (its hash; `Article.id`).
- `near`: word 5-shingle MinHash, LSH bands as candidates, kept when the estimated Jaccard is at least
  NEAR_JACCARD (a reprint with the ads cut, a wire write-thru with a paragraph added).
- `update`: the same language, many rare anchors in common (the inverted index below), and at least
  CONTAINMENT of the smaller text's shingles inside the other (estimated from the signatures and the
  shingle counts): a wire write-thru that rewrote the lede and added paragraphs, a truncated reprint.
- `translation`: anchor fingerprints (`dragoman.dedup.anchors`) of articles in two different languages,
  candidates from an inverted index over the rarer anchors, kept when their IDF-weighted Jaccard is at least
  TRANSLATION_SCORE and their publication dates (when both are known) are at most MAX_DAYS apart.
- `title`: for bodies under MIN_WORDS words only, the same headline on the same publication day.
- `url`: the same story slug at the end of the two articles' URLs (`us-britain-eu-idUSKCN0Z71KQ`, see
  `url_key`), at most URL_DAYS apart: a wire's write-thrus keep their story's URL while the text is
  rewritten, and a feed proxy or an aggregator's redirect keeps the slug of the page it points at.

Why a short body matches on its title only: a scraper failure leaves an empty or near-empty body that is
the same bytes for unrelated stories (`[ad_1] [ad_2]`, "Please enable JavaScript"), so its text says
nothing about which story it is. Its headline does, and a headline repeated on the same day is the same
story (an undated one matches nothing). A headline repeated on other days is not (a daily "Coronavirus: le
point sur la pandémie"), and two full bodies must agree by text, never by headline.

Two bodies match by text only when their headlines (if both have one) share a word of five letters or
more: a scraper that saved the same error page or agency boilerplate under unrelated headlines ("Thomson
Reuters is the world's largest international multimedia news agency...") must not glue those stories.

Serialisation: `rows()` gives one table-friendly `IndexRow` per article (the signature as 512 bytes, the
anchors as strings) and `DedupIndex.from_rows` rebuilds the lookups from them; `to_bytes`/`from_bytes`
wrap the same rows in one compact blob.
"""

from __future__ import annotations

import json
import math
import re
import struct
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from urllib.parse import unquote, urlsplit

import numpy as np

from dragoman.dedup import minhash
from dragoman.dedup.anchors import anchors
from dragoman.errors import InputError, UsageError
from dragoman.model import Article

__all__ = ["ArticleFeatures", "DedupIndex", "IndexRow", "Match", "features"]

MIN_WORDS = 25  # below this a body is too short to say which story it is (see the module docstring)
MIN_TITLE_WORDS = 3  # "Update" or "Live" is no story's headline
NEAR_JACCARD = 0.5
CONTAINMENT = (
    0.3  # write-thrus of one Reuters story: 0.3-0.56; follow-ups reusing background paragraphs: 0.25-0.3
)
HEADLINE_WORD = 5
TRANSLATION_SCORE = 0.3
MIN_SHARED_ANCHORS = 3  # two anchors in common (a country and a year) is a topic, not a story
MIN_ANCHORS = 4
MAX_DAYS = 7
IDF_PRIOR = 50  # pseudo-articles in the IDF: in a small index every anchor weighs about the same
# Anchors held by more than this many articles weigh in the score but propose no candidates. A fixed number,
# not a share of the index: a share lets every lookup scan postings that grow with the index (10k → 100k
# articles took 17.7 times as long); the rarer anchors a copy shares with its original still propose it.
RARE_POSTINGS = 200
SHOWN_ANCHORS = 8

FORMAT = b"DRAGOMAN-DEDUP\x01"


@dataclass(frozen=True, slots=True)
class ArticleFeatures:
    """What the index needs of an article; computed once, stored with it."""

    text_hash: str
    words: int
    shingles: int  # distinct word shingles of the text
    title_key: str | None
    published: date | None
    lang: str | None
    signature: minhash.Signature | None  # None for a body under MIN_WORDS words
    anchors: frozenset[str]
    url_key: str | None = None

    @property
    def short(self) -> bool:
        return self.words < MIN_WORDS


@dataclass(frozen=True, slots=True)
class Match:
    """An earlier article of the index that the new one duplicates, copies or translates, and why."""

    other: str  # the earlier article's key
    kind: str  # exact | near | update | translation | title | url
    score: float  # 1.0 exact and title; estimated Jaccard (near); containment (update); weighted anchor
    # Jaccard (translation)
    shared: tuple[str, ...] = ()  # translation: the rarest anchors the two share, the evidence


@dataclass(frozen=True, slots=True)
class IndexRow:
    """One article of the index as a table row (DuckDB: VARCHAR, INTEGER, DATE, BLOB, VARCHAR[])."""

    key: str
    text_hash: str
    words: int
    shingles: int  # distinct word shingles of the text
    title_key: str | None
    published: date | None
    lang: str | None
    signature: bytes | None
    anchors: tuple[str, ...]
    url_key: str | None = None

    @classmethod
    def of(cls, key: str, found: ArticleFeatures) -> IndexRow:
        """The row of an article's features (computed anywhere: a worker writes them for the merge)."""
        signature = found.signature.astype("<u4").tobytes() if found.signature is not None else None
        return cls(key, found.text_hash, found.words, found.shingles, found.title_key, found.published,
                   found.lang, signature, tuple(sorted(found.anchors)), found.url_key)  # fmt: skip

    def features(self) -> ArticleFeatures:
        """The features this row was made of; a signature of another MinHash size is refused."""
        signature = None
        if self.signature is not None:
            if len(self.signature) != 4 * minhash.NUM_PERM:
                raise InputError(
                    self.key,
                    "incompatible_signature",
                    f"MinHash signature of {len(self.signature)} bytes, expected "
                    f"{4 * minhash.NUM_PERM}: rebuild the dedup index with this version",
                )
            signature = np.frombuffer(self.signature, dtype="<u4").astype(np.uint32)
        return ArticleFeatures(self.text_hash, self.words, self.shingles, self.title_key, self.published,
                               self.lang, signature, frozenset(self.anchors), self.url_key)  # fmt: skip


def title_key(title: str | None) -> str | None:
    """The headline as folded words, or None when it is too short to name a story."""
    found = minhash.words(title or "")
    return " ".join(found) if len(found) >= MIN_TITLE_WORDS else None


_SLUG_EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?|cms)$")
_SLUG_TOKENS = re.compile(r"[-_]+")
URL_SLUG_WORDS = (
    5  # `us-britain-eu-idUSKCN0Z71KQ` names a story; `index`, `world-news` or `2016-06-23` do not
)
URL_DAYS = 1  # a live page (`ap-lt-pope-the-latest`) keeps its URL for days of different stories
URL_SLUG_ID = re.compile(r"(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{8,}$")  # `idUSKCN0Z71KQ`, `a1b2c3d4e5`


def url_key(url: str | None) -> str | None:
    """The story slug that ends an article's URL, folded; None when the URL has none.

    A slug names a story when it has URL_SLUG_WORDS words or more, or ends in an id of letters and
    digits after a few words (`...-idUSKCN0Z71KQ`): a section page, a date or a bare number does not."""
    if not url:
        return None
    path = urlsplit(url.strip()).path.rstrip("/")
    slug = _SLUG_EXTENSION.sub("", unquote(path.rsplit("/", 1)[-1]).lower())
    tokens = [t for t in _SLUG_TOKENS.split(slug) if t]
    words = sum(1 for t in tokens if not t.isdigit())
    if words >= URL_SLUG_WORDS or (len(tokens) >= 3 and URL_SLUG_ID.match(tokens[-1])):
        return "-".join(tokens)
    return None


def features(article: Article) -> ArticleFeatures:
    """The article's text hash, headline, signature (unless its body is short) and anchor fingerprint."""
    tokens = minhash.words(article.text)
    short = len(tokens) < MIN_WORDS
    shingles = minhash.shingle_hashes(tokens)
    return ArticleFeatures(
        text_hash=article.id,
        words=len(tokens),
        shingles=len(shingles),
        title_key=title_key(article.title),
        published=article.published,
        lang=article.lang,
        signature=None if short else minhash.signature(shingles),
        anchors=frozenset() if short else anchors(article),
        url_key=url_key(article.url),
    )


class DedupIndex:
    """Every article added so far, looked up by text hash, LSH band, anchor and (headline, day)."""

    def __init__(self) -> None:
        self._keys: list[str] = []
        self._position: dict[str, int] = {}
        self._features: list[ArticleFeatures] = []
        self._exact: dict[str, int] = {}
        self._bands: dict[int, int | list[int]] = {}
        self._postings: dict[str, list[int]] = {}
        self._titles: dict[tuple[str, date], list[int]] = {}
        self._slugs: dict[str, list[int]] = {}
        self._anchored = 0  # articles whose anchors are in the postings: the N of the IDF

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._position

    def add(self, key: str, found: ArticleFeatures) -> list[Match]:
        """The earlier articles this one matches (best first), then the article joins the index."""
        if key in self._position:
            raise UsageError(f"article {key} is already in the dedup index: add each article once")
        matches = self._matches(found)
        self._insert(key, found, exact_copy=any(m.kind == "exact" for m in matches))
        return matches

    def _matches(self, found: ArticleFeatures) -> list[Match]:
        if found.short:
            return self._with_url(found, self._title_matches(found, short=True))
        first = self._exact.get(found.text_hash)
        if first is not None and self._headlines_agree(found, self._features[first]):
            return [Match(self._keys[first], "exact", 1.0)]
        matches = self._near(found) + self._title_matches(found, short=False)
        near = {m.other for m in matches}
        matches += [m for m in self._anchored_matches(found) if m.other not in near]
        return self._with_url(found, sorted(matches, key=lambda m: -m.score))

    def _with_url(self, found: ArticleFeatures, matches: list[Match]) -> list[Match]:
        """The text matches, then the articles with the same URL slug that the text did not match."""
        if found.url_key is None:
            return matches
        seen = {m.other for m in matches}
        for i in self._slugs.get(found.url_key, []):
            other = self._features[i]
            if self._keys[i] in seen:
                continue
            if found.published and other.published and abs(found.published - other.published).days > URL_DAYS:
                continue
            matches.append(Match(self._keys[i], "url", 1.0))
        return matches

    @staticmethod
    def _headlines_agree(a: ArticleFeatures, b: ArticleFeatures) -> bool:
        """Two headlines name one story when they share a long word (or one of them is missing)."""
        if a.title_key is None or b.title_key is None:
            return True
        long_words = {w for w in a.title_key.split() if len(w) >= HEADLINE_WORD}
        return any(w in long_words for w in b.title_key.split())

    def _near(self, found: ArticleFeatures) -> list[Match]:
        assert found.signature is not None
        candidates: set[int] = set()
        for band in minhash.band_keys(found.signature):
            held = self._bands.get(band)
            if isinstance(held, int):
                candidates.add(held)
            elif held is not None:
                candidates.update(held)
        matches = []
        for i in sorted(candidates):
            other = self._features[i].signature
            score = minhash.jaccard(found.signature, other) if other is not None else 0.0
            if score >= NEAR_JACCARD and self._headlines_agree(found, self._features[i]):
                matches.append(Match(self._keys[i], "near", score))
        return matches

    def _title_matches(self, found: ArticleFeatures, *, short: bool) -> list[Match]:
        if found.title_key is None or found.published is None:
            return []
        same_day = self._titles.get((found.title_key, found.published), [])
        return [Match(self._keys[i], "title", 1.0) for i in same_day if short or self._features[i].short]

    def _weight(self, anchor: str, cache: dict[str, float] | None = None) -> float:
        """The anchor's IDF; `cache` keeps those of one lookup (the index does not change during it)."""
        if cache is not None and anchor in cache:
            return cache[anchor]
        held = self._postings.get(anchor)
        weight = math.log((self._anchored + IDF_PRIOR) / (1 + (len(held) if held else 0)))
        if cache is not None:
            cache[anchor] = weight
        return weight

    def _anchored_matches(self, found: ArticleFeatures) -> list[Match]:
        """Candidates sharing rare anchors: updates in the same language, translations in another."""
        if len(found.anchors) < MIN_ANCHORS:
            return []
        rare = RARE_POSTINGS
        shared: Counter[int] = Counter()
        for anchor in found.anchors:
            held = self._postings.get(anchor)
            if held and len(held) <= rare:
                shared.update(held)
        weights: dict[str, float] = {}
        for a in found.anchors:
            self._weight(a, weights)
        own = sum(weights.values())
        matches = []
        for i, count in shared.items():
            other = self._features[i]
            if count < MIN_SHARED_ANCHORS:
                continue
            if found.published and other.published and abs(found.published - other.published).days > MAX_DAYS:
                continue
            if other.lang == found.lang:
                update = self._update(found, other)
                if update is not None:
                    matches.append(Match(self._keys[i], "update", update))
                continue
            if found.lang is None or other.lang is None:
                continue
            common = found.anchors & other.anchors
            inside = sum(weights[a] for a in common)
            union = own + sum(self._weight(a, weights) for a in other.anchors - common)
            score = inside / union if union else 0.0
            if score >= TRANSLATION_SCORE and len(common) >= MIN_SHARED_ANCHORS:
                evidence = tuple(sorted(common, key=lambda a: (-weights[a], a))[:SHOWN_ANCHORS])
                matches.append(Match(self._keys[i], "translation", round(score, 4), evidence))
        return matches

    def _update(self, found: ArticleFeatures, other: ArticleFeatures) -> float | None:
        """The containment of one text in the other when it makes them versions of one text."""
        if found.signature is None or other.signature is None or not self._headlines_agree(found, other):
            return None
        jaccard = minhash.jaccard(found.signature, other.signature)
        share = minhash.containment(jaccard, found.shingles, other.shingles)
        return round(share, 4) if share >= CONTAINMENT else None

    def _insert(self, key: str, found: ArticleFeatures, *, exact_copy: bool = False) -> None:
        """The article joins every lookup; an exact copy only the text hash and headline ones (the first
        copy already answers for its text)."""
        i = len(self._keys)
        self._keys.append(key)
        self._position[key] = i
        self._features.append(found)
        if found.title_key is not None and found.published is not None:
            self._titles.setdefault((found.title_key, found.published), []).append(i)
        if found.url_key is not None:
            self._slugs.setdefault(found.url_key, []).append(i)
        if found.short or exact_copy:
            return
        self._exact.setdefault(found.text_hash, i)
        if found.signature is not None:
            for band in minhash.band_keys(found.signature):
                held = self._bands.get(band)
                if held is None:
                    self._bands[band] = i
                elif isinstance(held, int):
                    self._bands[band] = [held, i]
                else:
                    held.append(i)
        if found.anchors:
            self._anchored += 1
            for anchor in found.anchors:
                self._postings.setdefault(anchor, []).append(i)

    # -- persistence -------------------------------------------------------------------------------

    def rows(self) -> Iterator[IndexRow]:
        """The index as table rows, in the order the articles were added."""
        return self.rows_from(0)

    def rows_from(self, start: int) -> Iterator[IndexRow]:
        """The rows of the articles added from position `start` on (a store appends only those)."""
        for key, found in zip(self._keys[start:], self._features[start:], strict=True):
            yield IndexRow.of(key, found)

    @classmethod
    def from_rows(cls, rows: Iterable[IndexRow]) -> DedupIndex:
        """The index rebuilt from its rows (no matching is redone: the lookups are refilled)."""
        index = cls()
        for row in rows:
            index._insert(row.key, row.features(), exact_copy=row.text_hash in index._exact)
        return index

    def to_bytes(self) -> bytes:
        """The index as one blob: a format tag, then the rows as zlib-compressed JSON and the signatures
        as one little-endian uint32 matrix."""
        rows = list(self.rows())
        meta = [
            [r.key, r.text_hash, r.words, r.shingles, r.title_key, r.published.isoformat() if r.published else None, r.lang,
             r.signature is not None, list(r.anchors), r.url_key]
            for r in rows
        ]  # fmt: skip
        head = zlib.compress(json.dumps({"num_perm": minhash.NUM_PERM, "rows": meta}).encode("utf-8"))
        signatures = b"".join(r.signature for r in rows if r.signature is not None)
        return FORMAT + struct.pack("<Q", len(head)) + head + zlib.compress(signatures)

    @classmethod
    def from_bytes(cls, blob: bytes) -> DedupIndex:
        if not blob.startswith(FORMAT):
            raise InputError("dedup index", "not_an_index", "not a dragoman dedup index (wrong format tag)")
        start = len(FORMAT) + 8
        (size,) = struct.unpack("<Q", blob[len(FORMAT) : start])
        try:
            head = json.loads(zlib.decompress(blob[start : start + size]))
            signatures = zlib.decompress(blob[start + size :])
        except (zlib.error, ValueError) as exc:
            raise InputError("dedup index", "corrupt", f"the dedup index is damaged ({exc})") from None
        if head.get("num_perm") != minhash.NUM_PERM:
            raise InputError(
                "dedup index", "incompatible", "signed with another MinHash size: rebuild the index"
            )
        width = 4 * minhash.NUM_PERM
        offset = 0

        def rows() -> Iterator[IndexRow]:
            nonlocal offset
            for key, text_hash, words, shingles, title, published, lang, signed, anchor_list, *rest in head[
                "rows"
            ]:
                signature = signatures[offset : offset + width] if signed else None
                offset += width if signed else 0
                day = date.fromisoformat(published) if published else None
                yield IndexRow(
                    key, text_hash, words, shingles, title, day, lang, signature, tuple(anchor_list),
                    rest[0] if rest else None,
                )  # fmt: skip

        return cls.from_rows(rows())

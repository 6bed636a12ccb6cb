"""MinHash signatures of word shingles, and the LSH band keys that find near-duplicates without all pairs.

Our own implementation on numpy rather than datasketch's: every hash is stable across processes (a
signature stored beside the DuckDB file must still match tomorrow's), a signature is a plain array that
goes into a table as bytes, and a whole article is signed in a few vectorised numpy operations (see
`bench/dedup.py` for the figures).

Hashing: a word's 64-bit id is a keyed BLAKE2b of it (cached), a shingle's is a fixed linear mix of its
words' ids, and permutation p maps a shingle hash x to the high 32 bits of `a_p * x + b_p mod 2**64`
(multiply-shift hashing, a universal family). A signature is the minimum per permutation.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

import numpy as np
import numpy.typing as npt

SHINGLE_WORDS = 5  # word 5-grams: two unrelated articles on one topic share almost none
NUM_PERM = 128  # the first 63 make the LSH bands; all of them estimate the Jaccard (± 0.04 at 0.2)
BANDS = 21  # 21 bands of 3 rows: a pair with Jaccard 0.5 is a candidate with probability 0.94
ROWS = 3
CHUNK = 4096  # shingles signed at a time: bounds the (permutations × shingles) matrix of a long text

Signature = npt.NDArray[np.uint32]

_WORD = re.compile(r"\w+")
_SEED = np.random.default_rng(20160710)
_A = _SEED.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)  # odd
_B = _SEED.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)
_MIX = _SEED.integers(1, 2**63, size=SHINGLE_WORDS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_BAND_MIX = _SEED.integers(1, 2**63, size=ROWS + 1, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_HIGH = np.uint64(32)


_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold(text: str) -> str:
    """Lower case without accents: `Pékin` and `pekin`, `naïve` and `naive` are one word."""
    if text.isascii():
        return text.lower()
    return _MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()))


@lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """`fold` of one word, cached: a text's anchors fold each of its words."""
    return fold(word)


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


@lru_cache(maxsize=1 << 18)
def _word_id(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8, key=b"dragoman").digest())


def shingle_hashes(tokens: list[str]) -> npt.NDArray[np.uint64]:
    """The distinct 64-bit hashes of the word shingles (a text shorter than one shingle is one shingle)."""
    if not tokens:
        return np.zeros(0, dtype=np.uint64)
    ids = np.fromiter((_word_id(w) for w in tokens), dtype=np.uint64, count=len(tokens))
    width = min(SHINGLE_WORDS, len(ids))
    count = len(ids) - width + 1
    mixed = np.zeros(count, dtype=np.uint64)
    for j in range(width):
        mixed += ids[j : j + count] * _MIX[j]  # wraps modulo 2**64 by design
    return np.unique(mixed)


def signature(hashes: npt.NDArray[np.uint64]) -> Signature:
    """The MinHash signature (NUM_PERM uint32) of a set of shingle hashes; all-ones for an empty set."""
    result = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint64)
    for start in range(0, len(hashes), CHUNK):
        part = hashes[start : start + CHUNK]
        permuted = (_A[:, None] * part[None, :] + _B[:, None]) >> _HIGH
        np.minimum(result, permuted.min(axis=1), out=result)
    return result.astype(np.uint32)


def band_keys(sig: Signature) -> list[int]:
    """One key per LSH band: two signatures equal on all rows of some band share that band's key."""
    rows = sig[: BANDS * ROWS].astype(np.uint64).reshape(BANDS, ROWS)
    mixed = (rows * _BAND_MIX[:ROWS]).sum(axis=1, dtype=np.uint64)
    mixed += np.arange(BANDS, dtype=np.uint64) * _BAND_MIX[ROWS]  # the band's number: bands never collide
    return [int(k) for k in (mixed >> np.uint64(1)).tolist()]


def containment(jaccard_ab: float, size_a: int, size_b: int) -> float:
    """The share of the smaller shingle set inside the other, from their Jaccard and sizes: an update
    that adds paragraphs to a story contains most of it but is not similar to it by Jaccard."""
    if min(size_a, size_b) == 0:
        return 0.0
    return min(1.0, jaccard_ab * (size_a + size_b) / ((1 + jaccard_ab) * min(size_a, size_b)))


def jaccard(a: Signature, b: Signature) -> float:
    """The Jaccard similarity the two signatures estimate (share of equal permutation minima)."""
    return float(np.count_nonzero(a == b)) / NUM_PERM

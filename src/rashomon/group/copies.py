"""Copies: the same text in several articles (a wire story republished, lightly edited).

MinHash signatures of word 5-gram shingles, banded for locality-sensitive
hashing, find candidate pairs among any number of articles without comparing
every pair: two articles land in the same bucket of some band with probability
1 - (1 - J^r)^b for Jaccard similarity J, r rows per band and b bands. With
32 bands of 2 rows, a pair at J = 0.3 (a wire story with a new lead, a cut
paragraph and some rewording) is found 95% of the time, one at 0.5 always;
unrelated articles (J near 0) rarely meet, and the candidates are checked. For a found pair, ``shared_passages`` gives the passages the two
texts share, with offsets, so a reader sees what a republisher added or cut.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

SHINGLE = 5
BANDS, ROWS = 32, 2
PERMUTATIONS = BANDS * ROWS
PRIME = (1 << 31) - 1  # a*x + b with a, x < 2^31 stays exact in 64 bits
_rng = np.random.RandomState(20230131)  # fixed: signatures must be comparable across runs
_A = _rng.randint(1, PRIME, size=PERMUTATIONS, dtype=np.int64).astype(np.uint64)
_B = _rng.randint(0, PRIME, size=PERMUTATIONS, dtype=np.int64).astype(np.uint64)
WORD = re.compile(r"\w+", re.UNICODE)
MIN_PASSAGE_WORDS = 8  # shorter common runs are set phrases, not reuse


@dataclass(frozen=True, slots=True)
class Passage:
    """A passage two texts share: offsets into each, and its length in words."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    words: int


@dataclass(frozen=True, slots=True)
class Reuse:
    """Two articles share text: estimated Jaccard similarity of their shingles."""

    a: str
    b: str
    similarity: float


def words(text: str) -> list[re.Match]:
    return list(WORD.finditer(text.lower()))


def signature(text: str) -> np.ndarray:
    """MinHash signature (PERMUTATIONS uint64) of the text's word 5-grams."""
    tokens = [m.group() for m in words(text)]
    grams = {" ".join(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))}
    hashes = np.fromiter((int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "little") % PRIME
                          for g in grams), dtype=np.uint64, count=len(grams))
    return ((np.outer(hashes, _A) + _B) % np.uint64(PRIME)).min(axis=0)


def bands(sig: np.ndarray) -> list[int]:
    """One bucket key per band (a signed 64-bit int, as SQLite stores it); equal keys make candidates."""
    return [int.from_bytes(hashlib.blake2b(bytes([i]) + sig[i * ROWS:(i + 1) * ROWS].tobytes(),
                                           digest_size=8).digest(), "little", signed=True)
            for i in range(BANDS)]


def similarity(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.mean(sig_a == sig_b))


def shared_passages(a: str, b: str, min_words: int = MIN_PASSAGE_WORDS,
                    a_words: list[re.Match] | None = None, b_words: list[re.Match] | None = None) -> list[Passage]:
    """Passages of at least ``min_words`` words that both texts contain, in the order of ``b``.

    Linear in the two lengths: every ``min_words``-word window of ``a`` is indexed,
    ``b`` is walked once, and each window it shares with ``a`` is extended as far
    as the words keep agreeing. (difflib's optimal alignment is quadratic, which a
    corpus with many wire copies cannot afford.) ``a_words`` and ``b_words``, the
    texts' ``words``, save tokenising a text again that is compared with many.
    """
    wa = words(a) if a_words is None else a_words
    wb = words(b) if b_words is None else b_words
    ta, tb = [m.group() for m in wa], [m.group() for m in wb]
    windows_a = list(zip(*(ta[k:] for k in range(min_words))))  # every min_words-word window, built in C
    windows_b = list(zip(*(tb[k:] for k in range(min_words))))
    common = set(windows_a).intersection(windows_b)
    if not common:
        return []
    starts: dict[tuple[str, ...], list[int]] = {}
    for i, window in enumerate(windows_a):
        if window in common:
            starts.setdefault(window, []).append(i)
    out, next_j, used_until = [], 0, -1
    for j in [j for j, window in enumerate(windows_b) if window in common]:
        if j < next_j:
            continue  # inside the passage just found
        best_i, best_n = -1, 0
        for i in starts[windows_b[j]]:
            if i <= used_until:
                continue  # keep passages in order in both texts
            n = min_words
            while i + n < len(ta) and j + n < len(tb) and ta[i + n] == tb[j + n]:
                n += 1
            if n > best_n:
                best_i, best_n = i, n
        if best_n:
            out.append(Passage(wa[best_i].start(), wa[best_i + best_n - 1].end(), wb[j].start(),
                               wb[j + best_n - 1].end(), best_n))
            used_until = best_i + best_n - 1
            next_j = j + best_n
    return out


def share(passages: list[Passage], total_words: int) -> float:
    """Share of a text's words (``total_words`` of them) inside the passages it shares with another."""
    return min(1.0, sum(p.words for p in passages) / total_words) if total_words else 0.0

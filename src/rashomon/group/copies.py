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
from functools import cached_property
from typing import NamedTuple

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


class Words:
    """A text cut into words once, for comparing it with many others (copy detection
    meets each new article with several candidates). Each ``MIN_PASSAGE_WORDS``-word
    window is kept as its hash: set operations on ints are what makes comparing cheap."""

    def __init__(self, text: str):
        self.text = text
        self.tokens = WORD.findall(text.lower())

    @cached_property
    def keys(self) -> list[int]:
        "The windows' hashes, needed only when the text is checked against a candidate."
        return list(map(hash, zip(*(self.tokens[k:] for k in range(MIN_PASSAGE_WORDS)))))

    @cached_property
    def key_set(self) -> frozenset[int]:
        return frozenset(self.keys)

    @cached_property
    def matches(self) -> list[re.Match]:
        "Where each word is, needed only when there is a passage to place."
        return words(self.text)

    def __len__(self) -> int:
        return len(self.tokens)


def as_words(text: str | Words) -> Words:
    return text if isinstance(text, Words) else Words(text)


def signature(text: str | Words) -> np.ndarray:
    """MinHash signature (PERMUTATIONS uint64) of the text's word 5-grams."""
    tokens = as_words(text).tokens
    grams = {" ".join(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))}
    digests = b"".join([hashlib.blake2b(g.encode(), digest_size=8).digest() for g in grams])  # read at once
    hashes = np.frombuffer(digests, dtype="<u8") % np.uint64(PRIME)  # each gram's 8 bytes, little-endian
    return ((np.outer(hashes, _A) + _B) % np.uint64(PRIME)).min(axis=0)


def bands(sig: np.ndarray) -> list[int]:
    """One bucket key per band (a signed 64-bit int, as SQLite stores it); equal keys make candidates."""
    return [int.from_bytes(hashlib.blake2b(bytes([i]) + sig[i * ROWS:(i + 1) * ROWS].tobytes(),
                                           digest_size=8).digest(), "little", signed=True)
            for i in range(BANDS)]


def similarity(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.mean(sig_a == sig_b))


class Run(NamedTuple):
    """A passage two texts share, by word position: where it starts in each, and its length."""

    i: int
    j: int
    words: int


def shared_runs(a: str | Words, b: str | Words) -> list[Run]:
    """Passages of at least ``MIN_PASSAGE_WORDS`` words that both texts contain, in the order of ``b``.

    Linear in the two lengths: every window of ``a`` is indexed, ``b`` is walked
    once, and each window it shares with ``a`` is extended as far as the words keep
    agreeing. (difflib's optimal alignment is quadratic, which a corpus with many
    wire copies cannot afford.) Pass ``Words`` for a text compared with many.
    """
    a, b = as_words(a), as_words(b)
    ta, tb = a.tokens, b.tokens
    common = b.key_set.intersection(a.keys)
    if not common:
        return []
    starts: dict[int, list[int]] = {}
    for i, key in enumerate(a.keys):
        if key in common:
            starts.setdefault(key, []).append(i)
    out, next_j, used_until = [], 0, -1
    for j in [j for j, key in enumerate(b.keys) if key in common]:
        if j < next_j:
            continue  # inside the passage just found
        best_i, best_n = -1, 0
        for i in starts[b.keys[j]]:
            if i <= used_until or ta[i:i + MIN_PASSAGE_WORDS] != tb[j:j + MIN_PASSAGE_WORDS]:
                continue  # keep passages in order in both texts; a hash collision is no match
            n = MIN_PASSAGE_WORDS
            while ta[i + n:i + n + 32] == tb[j + n:j + n + 32] and i + n + 32 <= len(ta) and j + n + 32 <= len(tb):
                n += 32  # long passages are common: compare a slice at a time, in C
            while i + n < len(ta) and j + n < len(tb) and ta[i + n] == tb[j + n]:
                n += 1
            if n > best_n:
                best_i, best_n = i, n
        if best_n:
            out.append(Run(best_i, j, best_n))
            used_until = best_i + best_n - 1
            next_j = j + best_n
    return out


def shared_passages(a: str | Words, b: str | Words) -> list[Passage]:
    """``shared_runs`` with character offsets into both texts, to show a reader where they are."""
    a, b = as_words(a), as_words(b)
    return [Passage(a.matches[r.i].start(), a.matches[r.i + r.words - 1].end(), b.matches[r.j].start(),
                    b.matches[r.j + r.words - 1].end(), r.words) for r in shared_runs(a, b)]


def share(passages: list[Passage] | list[Run], total_words: int) -> float:
    """Share of a text's words (``total_words`` of them) inside the passages it shares with another."""
    return min(1.0, sum(p.words for p in passages) / total_words) if total_words else 0.0

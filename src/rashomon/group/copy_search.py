"""Copies of earlier articles, found through the corpus index's MinHash buckets.

Shared bands estimate similarity (a band matches with probability J^rows), so a
text that hundreds of articles quote is compared only with the few closest to it,
and only those are checked passage by passage.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np

from ..model import Article
from .copies import Reuse, Words, bands, share, shared_runs, signature, similarity
from .options import GroupOptions


class CopyIndex(Protocol):
    """What copy detection reads from the corpus: bucket hits, signatures and bodies of earlier articles."""

    def copy_candidates(self, keys: list[int], limit: int) -> list[str]: ...
    def copy_signature(self, article_id: str) -> np.ndarray: ...
    def body(self, article_id: str) -> str: ...


@dataclass(frozen=True)
class Copies:
    """What an article's copy check found, and what the index must remember of it."""

    signature: np.ndarray  # MinHash, to compare later articles with
    bands: tuple[int, ...]  # bucket keys, under which later articles find this one
    found: tuple[tuple[Reuse, float, float], ...]  # earlier articles it shares passages with, and each one's share


def find_copies(index: CopyIndex, article: Article, opts: GroupOptions = GroupOptions()) -> Copies:
    """Earlier articles the article shares passages with, each with the share of each article's
    words in the shared passages."""
    new = Words(article.body)  # tokenised once, for the signature and for every passage check
    sig = signature(new)
    keys = bands(sig)
    scored = []
    for other in index.copy_candidates(keys, opts.copy_candidates):
        score = similarity(sig, index.copy_signature(other))
        if score >= opts.copy_min_similarity:
            scored.append((score, other))
    found = []
    # The closest few are enough: copies of one wire story link to each other, so
    # source groups still join up, and a story copied 500 times stays linear.
    for score, other in sorted(scored, reverse=True)[:opts.copy_verified]:
        old = Words(index.body(other))
        runs = shared_runs(old, new)
        share_old, share_new = share(runs, len(old)), share(runs, len(new))
        if max(share_old, share_new) >= opts.reuse_min_share:
            found.append((Reuse(other, article.id, round(score, 3)), round(share_old, 3), round(share_new, 3)))
    return Copies(sig, tuple(keys), tuple(found))

"""Copies of earlier articles, found through the corpus index's MinHash buckets, a batch at a time.

Shared bands estimate similarity (a band matches with probability J^rows), so a
text that hundreds of articles quote is compared only with the few closest to it,
and only those are checked passage by passage. A batch asks the index three
questions in all (who shares its buckets, their signatures, the bodies to check),
not three per article: a server store pays a round trip for each. An article's
earlier articles are the stored ones and those before it in its batch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from ..model import Article
from .copies import Reuse, Words, bands, share, shared_runs, signature, similarity
from .options import GroupOptions


class CopyIndex(Protocol):
    """What copy detection reads of the stored articles: bucket members, signatures and bodies."""

    def copy_buckets(self, keys: Iterable[int]) -> dict[int, list[str]]: ...  # key -> stored articles under it
    def copy_signatures(self, article_ids: Iterable[str]) -> dict[str, np.ndarray]: ...
    def bodies(self, article_ids: Iterable[str]) -> dict[str, str]: ...


@dataclass(frozen=True)
class Copies:
    """What an article's copy check found, and what the index must remember of it."""

    signature: np.ndarray  # MinHash, to compare later articles with
    bands: tuple[int, ...]  # bucket keys, under which later articles find this one
    found: tuple[tuple[Reuse, float, float], ...]  # earlier articles it shares passages with, and each one's share


def find_copies(index: CopyIndex, articles: Sequence[Article], opts: GroupOptions = GroupOptions()) -> list[Copies]:
    """For each article, the earlier articles it shares passages with (stored ones, and those
    before it in ``articles``), each with the share of each article's words in the shared passages."""
    texts = [Words(a.body) for a in articles]  # tokenised once, for the signature and every passage check
    sigs = [signature(t) for t in texts]
    keys = [bands(s) for s in sigs]
    candidates = _candidates(index, [a.id for a in articles], keys, opts.copy_candidates)
    batch = {a.id: i for i, a in enumerate(articles)}
    stored_sigs = index.copy_signatures({c for cs in candidates for c in cs if c not in batch})
    closest = []
    for sig, cs in zip(sigs, candidates):
        scored = [(score, c) for c in cs
                  if (score := similarity(sig, sigs[batch[c]] if c in batch else stored_sigs[c])) >= opts.copy_min_similarity]
        # The closest few are enough: copies of one wire story link to each other, so
        # source groups still join up, and a story copied 500 times stays linear.
        closest.append(sorted(scored, reverse=True)[:opts.copy_verified])
    stored_bodies = index.bodies({c for pairs in closest for _, c in pairs if c not in batch})
    out = []
    for article, new, sig, key, pairs in zip(articles, texts, sigs, keys, closest):
        found = []
        for score, other in pairs:
            old = texts[batch[other]] if other in batch else Words(stored_bodies[other])
            runs = shared_runs(old, new)
            share_old, share_new = share(runs, len(old)), share(runs, len(new))
            if max(share_old, share_new) >= opts.reuse_min_share:
                found.append((Reuse(other, article.id, round(score, 3)), round(share_old, 3), round(share_new, 3)))
        out.append(Copies(sig, tuple(key), tuple(found)))
    return out


def _candidates(index: CopyIndex, ids: list[str], keys: list[list[int]], limit: int) -> list[list[str]]:
    """Each article's candidates: the earlier articles sharing the most bucket keys with it, then by id."""
    stored = index.copy_buckets({k for ks in keys for k in ks})
    # The batch's own buckets, filled as it goes, only for the keys two of its articles share:
    # most keys meet nobody, and keeping all 32 keys of every article costs more than the search.
    shared_keys = Counter(k for ks in keys for k in set(ks))
    batch: dict[int, list[str]] = {k: [] for k, n in shared_keys.items() if n > 1}
    out = []
    for article_id, ks in zip(ids, keys):
        # a batch article is not stored yet, so none is counted twice
        met = [a for k in set(ks) for members in (stored.get(k), batch.get(k)) if members for a in members]
        shared = Counter(met) if met else {}  # mostly nobody: no Counter to build
        out.append([a for _, a in sorted((-n, a) for a, n in shared.items())[:limit]])
        for k in ks:
            if k in batch:
                batch[k].append(article_id)
    return out

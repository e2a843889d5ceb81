"""Story comparisons for the web app: made once by the shared compare function, then read from the store.

A comparison is kept under a key made of the story's member articles (ids are content hashes),
the comparison options and the comparing code itself, so a story revised by a later batch, new
options or a new release of ``rashomon.compare`` miss the cache instead of showing a stale result.
The store also drops a story's comparisons when its membership changes (migration m010).
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections import OrderedDict
from dataclasses import asdict
from functools import cache
from pathlib import Path

from ..compare.options import CompareOptions
from ..compare.stored import Target, compare_stored
from ..store.browse import cache_comparison, cached_comparison, generation
from ..store.db import Store
from ..version import __version__

log = logging.getLogger(__name__)
PARSED_KEPT = 16  # comparisons kept parsed in memory: a 100-article one is a few MB of JSON


@cache
def code_fingerprint() -> str:
    "A hash of the comparing code: what an older release or a local edit cached is not reused."
    import rashomon.compare as package

    digest = hashlib.sha256(__version__.encode())
    for path in sorted(Path(package.__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def cache_key(story_id: int, member_ids: list[str], opts: CompareOptions, spacy_model: str | None) -> str:
    spec = [code_fingerprint(), story_id, asdict(opts), spacy_model, sorted(member_ids)]
    return hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()


class StoryComparisons:
    """Comparisons of stored stories, by story id, as the export writes them (without the label).

    One comparison is made at a time: the spaCy pipeline is not shared between threads, and a
    second request for the same story waits for the first rather than repeating it.
    """

    def __init__(self, opts: CompareOptions = CompareOptions(), spacy_model: str | None = None):
        self.opts = opts
        self.spacy_model = spacy_model
        self._making = threading.Lock()
        self._parsed: OrderedDict[str, dict] = OrderedDict()
        self._parsed_lock = threading.Lock()

    def of_story(self, store: Store, story_id: int) -> dict | None:
        """The story's comparison, or None for a story of one article. NotFound for an unknown story."""
        ids = store.article_ids(story_id=story_id)
        if len(ids) < 2:
            return None
        key = cache_key(story_id, ids, self.opts, self.spacy_model)
        found = self._remembered(key)
        if found is not None:
            return found
        data = cached_comparison(store, key)
        if data is None:
            with self._making:
                data = cached_comparison(store, key) or self._make(store, story_id, ids, key)
        return self._remember(key, json.loads(data))

    def cached(self, store: Store, story_id: int) -> bool:
        "Whether the story's current comparison is ready (in memory or in the store)."
        ids = store.article_ids(story_id=story_id)
        key = cache_key(story_id, ids, self.opts, self.spacy_model)
        return len(ids) < 2 or self._remembered(key) is not None or cached_comparison(store, key) is not None

    def _make(self, store: Store, story_id: int, ids: list[str], key: str) -> str:
        # the ids hashed into the key, not the story as it may be by now: the key must describe the data
        compared = compare_stored(store, Target(article_ids=tuple(ids)), self.opts, self.spacy_model)
        data = json.dumps(asdict(compared.comparison), ensure_ascii=False)
        try:
            cache_comparison(store, key, story_id, data)
        except Exception as exc:  # a read-only file or a busy server: show it, keep it in memory only
            log.warning("comparison of story %s not cached in the store: %s", story_id, exc)
        return data

    def _remembered(self, key: str) -> dict | None:
        with self._parsed_lock:
            found = self._parsed.get(key)
            if found is not None:
                self._parsed.move_to_end(key)
            return found

    def _remember(self, key: str, data: dict) -> dict:
        with self._parsed_lock:
            self._parsed[key] = data
            while len(self._parsed) > PARSED_KEPT:
                self._parsed.popitem(last=False)
        return data


class PageCache:
    """Page data kept until the corpus changes: keyed by the page, its arguments and the corpus
    generation, so a warm page is only rendered, and an analysed batch makes every page anew."""

    def __init__(self, size: int = 256):
        self.size = size
        self._kept: OrderedDict[tuple, dict] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, store: Store, key: tuple, make) -> dict:
        before = generation(store)
        with self._lock:
            found = self._kept.get((before, *key))
            if found is not None:
                self._kept.move_to_end((before, *key))
                return found
        data = make()
        if generation(store) == before:  # nothing was placed meanwhile: the data is of this generation
            with self._lock:
                self._kept[(before, *key)] = data
                while len(self._kept) > self.size:
                    self._kept.popitem(last=False)
        return data

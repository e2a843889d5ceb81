"""Placing one analysed article in the corpus: its entities, the articles it copies, its story and event.

This is the corpus stage's entry point. It reads and updates the corpus through a
``CorpusIndex``, which each store implements inside one write transaction, so
grouping is one ordered writer per corpus: a store holds its write lock (SQLite's
BEGIN IMMEDIATE, PostgreSQL's advisory lock) while articles are placed, and the
index's generation counter tells a ``Grouping`` when another writer changed the
stories since it last looked, so that it reloads them instead of deciding on a
stale copy. Entities are decided one article at a time, copies for the batch at
once (each article against the stored ones and those before it), with the index
asked once per batch, not per article; stories and events once per batch, which
may move earlier articles of open events (see ``group.stories``).

    with store.writer() as index:               # the corpus lock
        for article, placement in zip(batch, grouping.place(batch, index)):
            index.add_article(article, placement)
        grouping.group(batch, index)            # stories and events, revising recent ones
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from ..model import Article, Statement
from .copy_search import Copies, CopyIndex, find_copies
from .entities import EntityIndex, EntityResolver, Resolution
from .options import GroupOptions
from .speakers import body_mentions, speaker_entities, speaker_surnames
from .signature import Signature, signature
from .stories import Changes, StoryGrouper


@dataclass(frozen=True)
class GroupingState:
    """The saved story and event state: document frequencies, the next ids, every event, and
    every grouped article's event, arrival order and days."""

    df: dict[str, int]
    next_story: int
    next_event: int
    events: list[tuple[int, int, str | None, str | None, int]]  # id, story id, first, last, last seq
    articles: list[tuple[str, int, int, str]]  # article id, event id, seq, days ("2023-01-31,2023-01-30")


@dataclass(frozen=True)
class Placement:
    """What the corpus decided about one article before it is stored: its entities, its
    statements with their speakers' entities, and the earlier articles it copies. Its story
    and event come after the whole batch is placed (``GroupIndex.save_groups``)."""

    resolution: Resolution
    statements: tuple[Statement, ...]
    copies: Copies


class GroupIndex(Protocol):
    """The stories and events as the store keeps them."""

    def generation(self) -> int: ...
    def bump_generation(self) -> int: ...
    def grouping_state(self) -> GroupingState: ...
    def signatures(self, article_ids: list[str]) -> list[Signature]: ...
    def save_groups(self, grouper: StoryGrouper, changes: Changes, new: list[Signature]) -> None: ...


class CorpusIndex(EntityIndex, CopyIndex, GroupIndex, Protocol):
    """The corpus as grouping sees it, inside one write transaction of a store."""

    flush_aside: bool  # whether ``flush`` may run on another thread while the grouper reads the index

    def stored(self, article_ids: list[str]) -> set[str]: ...
    def add_article(self, article: Article, placement: Placement, run_id: int | None = None) -> None: ...
    def flush(self) -> None: ...  # write the added articles' rows now (else with the groups)


class CorpusStore(Protocol):
    "A store that hands out a ``CorpusIndex`` for one write transaction, holding the corpus lock."

    def writer(self) -> AbstractContextManager[CorpusIndex]: ...


class Grouping:
    """The story and event state of one writer, kept across transactions while nobody else writes."""

    def __init__(self, opts: GroupOptions = GroupOptions()):
        self.opts = opts
        self.grouper: StoryGrouper | None = None
        self.seen = -1  # the index generation the grouper reflects

    def place(self, articles: list[Article], index: CorpusIndex) -> list[Placement]:
        """Resolve each article's entities, then each one's speakers, and find the earlier articles it copies;
        entities go into the index now, the rest when the index adds each article. The speakers come once the
        whole batch's names are known: an Armenian "Ջեյհուն Բայրամովը" is Jeyhun Bayramov even where the
        English article that names him in full comes later in the batch."""
        # what resolving the batch will ask the index, read at once
        EntityResolver(index).preload(articles, {s for a in articles for s in speaker_surnames(a)})
        resolutions = [EntityResolver(index).resolve(article) for article in articles]
        out = []
        for article, resolution, copies in zip(articles, resolutions, find_copies(index, articles, self.opts)):
            statements = speaker_entities(article, resolution.entity_ids, index)
            resolution = Resolution(body_mentions(article, statements, resolution.entity_ids))
            out.append(Placement(resolution, statements, copies))
        return out

    def group(self, articles: list[Article], index: CorpusIndex, new: list[Signature] | None = None,
              written: Callable[[], object] = lambda: None) -> Changes:
        """Put a batch of stored articles in stories and events (their signatures, when made
        already), revising the open events they touch, and save what changed once ``written``
        returns (the articles' rows, which the groups point to, may still be going in)."""
        grouper = self.current(index)
        new = new if new is not None else [signature(a) for a in articles]
        self.seen = -1  # until saved: a failure half-way must not leave a stale grouper trusted
        changes = grouper.add_batch(new)
        written()
        index.save_groups(grouper, changes, new)
        self.seen = index.bump_generation()
        return changes

    def current(self, index: CorpusIndex) -> StoryGrouper:
        # Another writer (or a rolled-back transaction of ours) moved the generation: reload.
        generation = index.generation()
        if self.grouper is None or generation != self.seen:
            self.grouper = StoryGrouper.restore(index.grouping_state(), index.signatures, self.opts.stories)
            self.seen = generation
        return self.grouper


def add_articles(store: CorpusStore, articles: Iterable[Article], run_id: int | None = None,
                 grouping: Grouping | None = None) -> int:
    """Place and store analysed articles in one transaction; return how many were new.

    Example:
        >>> add_articles(Store("corpus.db"), analysed)  # doctest: +SKIP
    """
    grouping = grouping or Grouping()
    articles = list(articles)
    with store.writer() as index, ThreadPoolExecutor(1) as ahead:
        known = index.stored([a.id for a in articles])  # one question for the batch, not one per article
        # oldest first, so that stories grow the way the news did (undated ones first, as in bench/)
        added: list[Article] = []
        for article in sorted(articles, key=lambda a: (a.published or "", a.id)):
            if article.id not in known:
                known.add(article.id)  # an article twice in the batch is placed once
                added.append(article)
        if not added:
            return 0
        # The grouping signatures depend on the articles alone: made on a thread, they take the
        # time the store spends answering the index and writing the rows, not time of their own.
        signing = ahead.submit(lambda: [signature(a) for a in added])
        for article, placement in zip(added, grouping.place(added, index)):
            index.add_article(article, placement, run_id)
        # A server store takes the rows on a core of its own while the batch is grouped here: they go
        # in on the thread, which alone writes until they are in (the grouper may read meanwhile).
        written = ahead.submit(index.flush).result if index.flush_aside else index.flush
        grouping.group(added, index, signing.result(), written)
    return len(added)

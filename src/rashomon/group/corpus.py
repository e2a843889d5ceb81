"""Placing one analysed article in the corpus: its entities, the articles it copies, its story and event.

This is the corpus stage's entry point. It reads and updates the corpus through a
``CorpusIndex``, which each store implements inside one write transaction, so
grouping is one ordered writer per corpus: a store holds its write lock (SQLite's
BEGIN IMMEDIATE, PostgreSQL's advisory lock) while articles are placed, and the
index's generation counter tells a ``Grouping`` when another writer changed the
stories since it last looked, so that it reloads them instead of deciding on a
stale copy.

    with store.writer() as index:               # the corpus lock
        for article in batch:
            placement = grouping.place(article, index)
            index.add_article(article, placement)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from ..model import Article, Statement
from .copy_search import Copies, CopyIndex, find_copies
from .entities import EntityIndex, EntityResolver, Resolution
from .options import GroupOptions
from .speakers import speaker_entities
from .stories import Assignment, Group, StoryGrouper


@dataclass(frozen=True)
class GroupingState:
    """The saved story and event state: document frequencies, articles grouped, groups."""

    df: dict[str, int]
    docs: int
    stories: list[Group]
    events: list[Group]


@dataclass(frozen=True)
class Placement:
    """Where one article went. ``story`` and ``event`` are the groups as they stand after it,
    and ``terms`` the document frequencies it changed: what the index must save."""

    resolution: Resolution
    statements: tuple[Statement, ...]  # with their speakers' entities
    copies: Copies
    assignment: Assignment
    story: Group
    event: Group
    terms: dict[str, int]


class CorpusIndex(EntityIndex, CopyIndex, Protocol):
    """The corpus as grouping sees it, inside one write transaction of a store."""

    def has_article(self, article_id: str) -> bool: ...
    def generation(self) -> int: ...
    def bump_generation(self) -> int: ...
    def grouping_state(self) -> GroupingState: ...
    def add_article(self, article: Article, placement: Placement, run_id: int | None = None) -> None: ...


class CorpusStore(Protocol):
    "A store that hands out a ``CorpusIndex`` for one write transaction, holding the corpus lock."

    def writer(self) -> AbstractContextManager[CorpusIndex]: ...


class TrackedCounts(Counter):
    """Document frequencies that remember which terms changed since the last save."""

    def __init__(self, *args, **kwargs):
        self.changed: set[str] = set()
        super().__init__(*args, **kwargs)

    def __setitem__(self, key, value):
        self.changed.add(key)
        super().__setitem__(key, value)


class Grouping:
    """The story and event state of one writer, kept across transactions while nobody else writes."""

    def __init__(self, opts: GroupOptions = GroupOptions()):
        self.opts = opts
        self.grouper: StoryGrouper | None = None
        self.seen = -1  # the index generation the grouper reflects

    def place(self, article: Article, index: CorpusIndex) -> Placement:
        """Resolve the article's entities, find the earlier articles it copies and put it in a story
        and event; entities go into the index now, the rest when the index adds the article."""
        grouper = self._current(index)
        resolution = EntityResolver(index).resolve(article)
        statements = speaker_entities(article, resolution.entity_ids, index)
        copies = find_copies(index, article, self.opts)
        assignment = grouper.add(article)
        df = grouper.df
        terms = {t: df[t] for t in df.changed}
        df.changed.clear()
        self.seen = index.bump_generation()
        return Placement(resolution, statements, copies, assignment, grouper.stories[assignment.story_id],
                         grouper.events[assignment.event_id], terms)

    def _current(self, index: CorpusIndex) -> StoryGrouper:
        # Another writer (or a rolled-back transaction of ours) moved the generation: reload.
        generation = index.generation()
        if self.grouper is None or generation != self.seen:
            state = index.grouping_state()
            df = TrackedCounts(state.df)
            df.changed.clear()
            self.grouper = StoryGrouper.restore(df, state.docs, state.stories, state.events, self.opts.stories)
            self.seen = generation
        return self.grouper


def add_articles(store: CorpusStore, articles: Iterable[Article], run_id: int | None = None,
                 grouping: Grouping | None = None) -> int:
    """Place and store analysed articles in one transaction; return how many were new.

    Example:
        >>> add_articles(Store("corpus.db"), analysed)  # doctest: +SKIP
    """
    grouping = grouping or Grouping()
    added = 0
    with store.writer() as index:
        # oldest first, so that stories grow the way the news did (undated ones first, as in bench/)
        for article in sorted(articles, key=lambda a: (a.published or "", a.id)):
            if index.has_article(article.id):
                continue
            index.add_article(article, grouping.place(article, index), run_id)
            added += 1
    return added

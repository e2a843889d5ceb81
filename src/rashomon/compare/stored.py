"""Compare what a store holds: a story, an event or articles picked by id.

The one place a comparison is assembled from stored articles, for the CLI, the
reports, the exports and the web app alike. It reads through ``ComparisonReader``,
which the stores implement, so this stage needs no store of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from ..errors import ConfigError
from ..model import Article
from .model import Comparison
from .options import CompareOptions


class ComparisonReader(Protocol):
    """What a comparison reads from a store."""

    def article_ids(self, story_id: int | None = None, event_id: int | None = None) -> list[str]: ...
    def story_ids(self) -> list[int]: ...
    def resolve_id(self, prefix: str) -> str: ...
    def article(self, article_id: str, with_annotations: bool = True) -> Article: ...
    def reuse(self, article_id: str | None = None) -> list[dict]: ...
    def group_of(self, article_id: str) -> tuple[int, int] | None: ...


@dataclass(frozen=True)
class Target:
    """What to compare: a story, an event, or articles by id (or unique prefix)."""

    story_id: int | None = None
    event_id: int | None = None
    article_ids: tuple[str, ...] = ()

    def ids(self, reader: ComparisonReader) -> list[str]:
        if self.story_id is not None or self.event_id is not None:
            return reader.article_ids(story_id=self.story_id, event_id=self.event_id)
        return [reader.resolve_id(i) for i in self.article_ids]

    def __str__(self) -> str:
        if self.story_id is not None:
            return f"story {self.story_id}"
        return f"event {self.event_id}" if self.event_id is not None else ", ".join(self.article_ids)


@dataclass(frozen=True)
class StoredComparison:
    target: Target
    articles: list[Article]
    comparison: Comparison


def compare_stored(reader: ComparisonReader, target: Target, opts: CompareOptions = CompareOptions(),
                   spacy_model: str | None = None, reuse: list[dict] | None = None) -> StoredComparison:
    """Compare the target's articles. ``spacy_model`` (a package name) adds the agents of key
    actions and conflicts over who did them; ``reuse`` saves reading the links again.

    Example:
        >>> compare_stored(Store("corpus.db"), Target(story_id=2), spacy_model=DEFAULT_MODEL)  # doctest: +SKIP
    """
    from . import compare

    ids = target.ids(reader)
    if len(ids) < 2:
        kind = "story" if target.story_id is not None else "event" if target.event_id is not None else "selection"
        raise ConfigError(f"{target}: a comparison needs at least two articles, and this {kind} has {len(ids)}")
    articles = [reader.article(i) for i in ids]
    nlp = None
    if spacy_model is not None:
        from ..analyse.nlp import load_nlp

        nlp = load_nlp(spacy_model)
    events = {i: g[1] for i in ids if (g := reader.group_of(i)) is not None}
    result = compare(articles, reader.reuse() if reuse is None else reuse, nlp=nlp, opts=opts, events=events)
    return StoredComparison(target, articles, result)


def compare_stories(reader: ComparisonReader, opts: CompareOptions = CompareOptions(),
                    spacy_model: str | None = None) -> Iterator[StoredComparison]:
    """One comparison per story of two or more articles, biggest story first, made as they are read."""
    reuse = None
    for story_id in reader.story_ids():
        if len(reader.article_ids(story_id=story_id)) >= 2:
            reuse = reader.reuse() if reuse is None else reuse
            yield compare_stored(reader, Target(story_id=story_id), opts, spacy_model, reuse)

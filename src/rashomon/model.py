"""The data model: what flows from ingest to the store.

Every annotation is a pair of character offsets into one text, ``Article.body``;
nothing copies the text it points at except ``Mention.text``, kept for display.
All classes are frozen: a stage returns a new article instead of changing one.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Mapping


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Decoded text of one input item, before any cleaning.

    ``source`` names where it came from ("file.jsonl:3", "crawl.warc.gz#5")
    so that every later error can point back at it.
    """

    source: str
    text: str
    format: str  # "text" | "markdown" | "html"
    fields: Mapping[str, Any] = field(default_factory=dict)  # metadata that came with it
    encoding: str | None = None


@dataclass(frozen=True, slots=True)
class Credit:
    """An agency or photo service credited by the article."""

    name: str
    role: str  # "byline" (By AFP), "photo" (caption credit), "cited" (citing Interfax)


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption taken out of the body, with its credit line if any."""

    text: str
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # offsets into Article.body; text = body[start:end]
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A named entity, date or amount as it appears in one article."""

    start: int
    end: int
    text: str
    label: str  # PERSON, ORG, GPE, LOC, NORP, DATE, MONEY, CARDINAL, ...
    key: str = ""  # normalised name used to resolve it to a corpus entity
    stands_for: str | None = None  # "Azerbaijan" when "Baku" means its government
    entity_id: int | None = None  # the canonical entity, once stored


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: cleaned body, metadata, and annotations on the body."""

    id: str
    source: str
    body: str
    format: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    authors: tuple[str, ...] = ()
    credits: tuple[Credit, ...] = ()
    language: str | None = None
    captions: tuple[Caption, ...] = ()
    furniture: tuple[str, ...] = ()  # "Related article:" lines, share buttons, ...
    encoding: str | None = None
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()

    @property
    def word_count(self) -> int:
        return len(self.body.split())

    def text_of(self, span: Sentence | Mention) -> str:
        return self.body[span.start : span.end]

    def replace(self, **changes: Any) -> Article:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world entity, canonical across the corpus."""

    id: int
    name: str
    label: str
    aliases: tuple[str, ...] = ()
    mention_count: int = 0
    article_ids: tuple[str, ...] = ()
    stands_for: str | None = None

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
    warnings: tuple[str, ...] = ()  # what reading it had to repair: "3 bytes not valid UTF-8 replaced ..."


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
class Span:
    start: int  # offsets into Article.body
    end: int


@dataclass(frozen=True, slots=True)
class Statement:
    """Someone said something: who (speaker), how (cue) and what (content).

    ``kind`` is "direct" (the whole content is quoted), "indirect" (reported
    speech), "mixed" (paraphrase holding a quoted fragment) or "scare" (a quoted
    term the article attributes without a speech verb: a "humanitarian crisis").
    """

    content: Span
    cue: Span | None
    kind: str  # "direct" | "indirect" | "mixed" | "scare"
    cue_word: str = ""  # the cue's base form: "say", "stress", "according to"
    speaker: Span | None = None  # the words naming the speaker here: "he", "Pashinyan's office"
    speaker_name: str | None = None  # who that is: "Nikol Pashinyan", or the description itself
    channel: str | None = None  # how it reached the article: "a foreign ministry statement", "Interfax"
    entity_id: int | None = None  # the speaker's canonical entity, once stored
    speaker_kind: str | None = None  # "person", "body" (organisation, government) or "group" ("Russian diplomats")
    entity_name: str | None = None  # that entity's name, as read back from a store: "Foreign Ministry of Armenia"

    @property
    def party(self) -> str | None:
        "Who this is, by the one name every article's wording of the speaker shares once stored."
        return self.entity_name or self.speaker_name


@dataclass(frozen=True, slots=True)
class Quantity:
    """An amount with its unit and what it counts: 120,000 people; $25 billion."""

    start: int
    end: int
    text: str
    value: float | None  # 120000.0; None for vague amounts ("dozens")
    unit: str | None = None  # "USD", "percent", "km", None for plain counts
    counts: str | None = None  # the noun counted: "people", "cars", "lives"
    approximate: bool = False  # "nearly 30 years", "about 120,000", "dozens"


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression normalised as a TIMEX3 value against the article's date.

    ``value`` follows TimeML: "2023-01-31", "2022-12", "2022-W05", "P30Y",
    "PRESENT_REF"; a relative expression in an undated article keeps value None
    rather than a guess. ``begin``/``end`` give the range it covers, when known.
    """

    start: int
    end: int
    text: str
    type: str  # "DATE" | "TIME" | "DURATION" | "SET"
    value: str | None
    mod: str | None = None  # "MID", "START", "END", "APPROX", "LESS_THAN", ...
    begin: str | None = None  # ISO date range covered: "last week" -> 2023-01-23 .. 2023-01-29
    end_date: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """Something that went wrong with one article without keeping it out of the store.

    ``stage`` is "ingest" for what reading repaired or ignored, else the analysis stage
    that failed ("times.v1"), whose annotations the article then lacks.
    """

    stage: str
    message: str


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
    date_source: str | None = None  # where `published` was read: "metadata", "date line", "dateline", "url"
    authors: tuple[str, ...] = ()
    credits: tuple[Credit, ...] = ()
    language: str | None = None
    captions: tuple[Caption, ...] = ()
    furniture: tuple[str, ...] = ()  # "Related article:" lines, share buttons, ...
    encoding: str | None = None
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    statements: tuple[Statement, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def word_count(self) -> int:
        return len(self.body.split())

    def text_of(self, span: Span | Sentence | Mention | Quantity | TimeExpression) -> str:
        return self.body[span.start : span.end]

    def replace(self, **changes: Any) -> Article:
        return dataclasses.replace(self, **changes)

    @property
    def english(self) -> bool:
        """Read by the English model: in English, or in a language that was not detected. Other
        languages get the stages that do not need it (names, words, dates in the URL)."""
        return self.language in (None, "en")


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

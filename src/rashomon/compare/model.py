"""What a comparison finds, every finding pointing at the sentences it rests on."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Evidence:
    """One sentence of one article, as a finding cites it."""

    article_id: str
    outlet: str
    sentence: int  # index into the article's sentences
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two sources disagree: different numbers, dates, degree or actors for one thing, a negation, or
    one denies what another reports."""

    kind: str  # "number" | "date" | "degree" | "actor" | "polarity" | "denial"
    detail: str  # "120,000 people vs 100,000 people"
    a: Evidence
    b: Evidence


@dataclass(slots=True)
class Claim:
    """Something the articles say, with every sentence that says it."""

    id: int
    evidence: list[Evidence]
    verdict: str  # "corroborated" | "single-source" | "contested"
    independent_sources: int  # outlets counted once per shared wire copy
    score: float  # weakest alignment score among the members; 1.0 for one sentence
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Wording:
    """How two sources word the same claim: the words only each one uses."""

    claim_id: int
    a: Evidence
    b: Evidence
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]
    agent_a: str | None  # grammatical subject of the main verb
    agent_b: str | None


@dataclass(frozen=True, slots=True)
class Contrast:
    """Two sources name one action or thing in different words: "liberated" against "cede"."""

    concept: str  # the synonym class both words belong to
    word_a: str
    word_b: str
    a: Evidence
    b: Evidence
    score: float  # similarity of the two sentences


@dataclass(frozen=True, slots=True)
class MarkedWord:
    """A loaded, hedging, evaluative or distancing word in one source."""

    word: str
    kind: str  # "loaded" | "hedge" | "evaluative" | "scare"
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """A date the articles mention, with who mentions it and any disagreement."""

    value: str  # TIMEX3 value: 2023-01-17, 2022-12
    label: str  # the sentence, shortened
    evidence: tuple[Evidence, ...]
    disputed_by: tuple[str, ...] = ()  # other dates given for the same claim


@dataclass
class Comparison:
    articles: list[dict]  # id, outlet, title, published, words, independent group
    source_groups: list[list[str]]  # article ids that are one source (a wire story and its copies)
    claims: list[Claim]
    conflicts: list[Conflict]
    wordings: list[Wording]
    marked: list[MarkedWord]
    names: dict[str, dict[str, list[str]]]  # entity -> outlet -> the forms it uses
    voices: dict[str, list[dict]]  # article id -> statements it carries: speaker, cue, content
    timeline: list[TimelineEntry]
    contrasts: list[Contrast] = field(default_factory=list)
    seconds: float = 0.0

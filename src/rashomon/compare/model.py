"""What a comparison finds, every finding pointing at the sentences it rests on."""

from __future__ import annotations

from dataclasses import dataclass, field

UNKNOWN_OUTLET = "(unknown outlet)"  # what a finding names for an article whose outlet was not found


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
    """Two sources disagree on a fact about the same event: a different number, date, degree or
    actor for one thing, or one says it and the other that it is not so.

    ``score`` is how sure the comparison is (0-1): that the two sentences tell the same thing
    about the same event, times how clear the disagreement is; ``features`` are the evidence
    behind it. Below the confidence bar a conflict is shown only on request, marked uncertain.
    """

    kind: str  # "number" | "date" | "degree" | "actor" | "polarity" | "update" (a toll that grew)
    detail: str  # "120,000 people vs 100,000 people"
    a: Evidence
    b: Evidence
    score: float = 1.0
    features: tuple[tuple[str, float], ...] = ()
    confident: bool = True


@dataclass(frozen=True, slots=True)
class Position:
    """One side of a dispute: what a party says, who says it, and the sentence that reports it."""

    stance: str  # "asserts" | "denies"
    holder: str | None  # the speaker ("Jeyhun Bayramov", "the Armenian side"); None for the article's own voice
    evidence: Evidence
    entity_id: int | None = None  # the holder's canonical entity, where the articles are stored and it has one


@dataclass
class Dispute:
    """Parties disagree: one asserts something, another denies it. Not a contradiction between
    outlets but a quarrel they report; each side's outlets show whose position each gives voice to."""

    about: str  # what is denied, as the denial words it: "the allegations of a roadblock and a humanitarian crisis"
    denials: list[Position]
    claims: list[Position]  # the sentences that assert what is denied
    score: float  # how sure the link between the denial and the claims is
    features: tuple[tuple[str, float], ...] = ()
    confident: bool = True

    @property
    def outlets(self) -> dict[str, list[str]]:
        "stance -> the outlets that report it."
        return {"asserts": sorted({p.evidence.outlet for p in self.claims}),
                "denies": sorted({p.evidence.outlet for p in self.denials})}


@dataclass(slots=True)
class Claim:
    """Something the articles say, with every sentence that says it."""

    id: int
    evidence: list[Evidence]
    verdict: str  # "corroborated" | "single-source" | "contested"
    independent_sources: int  # outlets counted once per shared wire copy
    score: float  # how sure the alignment is: the lowest average match of a member to the others; 1.0 for one sentence
    conflicts: list[Conflict] = field(default_factory=list)
    features: tuple[tuple[str, float], ...] = ()  # the evidence behind the weakest member's match
    event_ids: tuple[int, ...] = ()  # the events its sentences' articles belong to, where known


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
    disputes: list[Dispute] = field(default_factory=list)
    uncertain: int = 0  # findings below the confidence bar, left out unless asked for (``show_all``)
    seconds: float = 0.0

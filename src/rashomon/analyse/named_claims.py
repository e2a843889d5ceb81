"""A claim named by its noun alone ("Marek rejected the accusations.", «Градек відкинув ці звинувачення»,
"Marek je odbacila tu tvrdnju", "Tuduhan itu dibantah Marek") or by a word that stands for it ("Grudek
flatly denies this", "Gerdan je to odbacio").

Such a denial says no more of what it denies than that it was claimed: what it denies was said just
before (``compare.disputes`` finds it there). The readers of statements keep it as a statement of its
own, although it holds fewer words than what they otherwise take for something said.
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Span
from ..vocabulary import alternatives, denial_cues, words

AND = r"(?:и|і|й|та|i|e|et|and|und|y|dan|ve|و|և)"
DENIED_THEN = re.compile(rf"\s+{AND}\s+", re.I)  # "denied it and ...", "ha smentito le accuse e ...": then another verb
DENIED_REACH = 60  # characters after a denying verb within which "and" still ends what it denies
EDGES = " \t\n,;:.!?…»«\"“”„։،؛؟"
CLAIM_IN = "in|u|у|в|во|dans|nelle|nella|nei|negli|dalam|در"  # "in these claims there is no truth"


@cache
def claim_nouns() -> str:
    "The nouns that name a claim (``words.tsv`` claim-nouns), as a regular expression's alternatives."
    return alternatives(words("claim-nouns"))


CLAIM_NOUN = re.compile(claim_nouns(), re.I)  # one noun that names a claim: "claims", "allegations", "обвинения"


@cache
def _bare() -> re.Pattern:
    pointer, manner = alternatives(words("claim-pointers")), alternatives(words("claim-manners"))
    # a pointer, a word ("the Korvanian accusations"), the noun, then a pointer ("tuduhan itu"), and how it is
    # denied ("ces accusations en bloc") or a word ("le accuse infondate", "tvrdnje Korvanije")
    # ... after a preposition, where the words that dismiss it are the sentence's ("U tim tvrdnjama nema istine");
    # not "its characterization": how someone else described a thing (a video), no claim just made
    return re.compile(rf"[{EDGES}]*(?:(?:{CLAIM_IN})\s+)?"
                      rf"(?P<claim>(?:(?:{pointer})\s+)?(?:(?!its\s+characteri)[^\W\d_]+\s+)?(?:{claim_nouns()})"
                      rf"(?:\s+(?:{pointer}))?)(?:\s+(?:{manner})|\s+[^\W\d_]+)?[{EDGES}]*", re.I)


@cache
def _pronoun() -> re.Pattern:
    return re.compile(rf"[{EDGES}]*(?:{alternatives(words('claim-pronouns'))})[{EDGES}]*", re.I)


def bare_claim(text: str) -> bool:
    """Whether the text is nothing but a claim named by its noun ('these accusations', 'tu tvrdnju') or a word
    that stands for what was just said ('this', 'это')."""
    return _bare().fullmatch(text) is not None or _pronoun().fullmatch(text) is not None


def claim_pronoun(word: str) -> bool:
    "Whether a word stands for what was just said: 'this', 'to', 'это'."
    return _pronoun().fullmatch(word) is not None


def pronoun_before(body: str, cue: Span, end: int) -> Span | None:
    """The word standing for what was just said, one of the two words before a denying verb that ends its
    sentence ("Gerdan je *to* odbacio.", «Вострик *это* отрицает», "Velkova *lo* ha smentito."): what it
    denies. None where words follow the verb, or none such comes before it."""
    if body[cue.end:end].strip(EDGES):
        return None
    at = max(0, cue.start - 40)
    for m in reversed(list(re.finditer(r"[^\W\d_]+", body[at:cue.start]))[-2:]):
        if claim_pronoun(m.group()):
            return Span(at + m.start(), at + m.end())
    return None


def denies(cue_word: str) -> bool:
    "Whether a cue's base form denies what it takes: 'reject', 'відкинути'."
    return cue_word in denial_cues()


def bare_claim_at(body: str, start: int, end: int) -> Span | None:
    """The claim that ``body[start:end]`` names by its noun alone, without a word after it: "le accuse" of
    " le accuse infondate." after "ha respinto", "Klaim itu" of "Klaim itu langsung" before "dibantah"; None
    where more is said."""
    m = _bare().fullmatch(body, start, end)
    return Span(m.start("claim"), m.end("claim")) if m is not None else None

"""A sentence that turns to a second voice: "Police put the crowd at 18,000, while organisers claimed
60,000", "Ереван утверждает, что дорога закрыта, а Баку настаивает, что она открыта", "Secondo la polizia
erano 35mila, secondo gli organizzatori 150mila".

Read as one, the first speaker would be given the second one's words: the police would claim 60,000.
Each voice is its own statement: the first one's words end at the turn, and the words after it
(``words.tsv`` turns, or a semicolon: "L'opposition accuse la police ... ; le ministre affirme que ...")
name their own speaker. A turn inside a quotation is no turn: the quoted speaker goes on. The readers of
languages without a parser share this; English is read from its parse, which holds the two clauses apart
already.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..model import Statement
from ..vocabulary import alternatives, words

CLAUSE_WORDS = 3  # words before a turn that make a clause of their own, not a subject set off ("Достан, за словами")
# reads one span of a sentence: (start, end, statements found before it in the same sentence)
Reader = Callable[[int, int, list[Statement]], Statement | None]


@cache
def _alternatives() -> str:
    return alternatives(words("turns"))


@cache
def _turn() -> re.Pattern:
    # after a comma, a word that turns; a semicolon turns by itself ("L'opposition accuse la police ... ; le ministre,
    # X, affirme que ..."), where the words after it say who speaks
    return re.compile(rf"[,،]\s*(?=(?:{_alternatives()})\s)|\s*[;؛]\s+", re.I)


@cache
def _opening_turn() -> re.Pattern:
    return re.compile(rf"\s*(?:{_alternatives()})\s+", re.I)


def after_turn(body: str, start: int, end: int) -> int:
    "Where a second voice's own words begin: past the turn that opens it ('alors que', 'dok', 'sementara')."
    m = _opening_turn().match(body, start, end)
    return m.end() if m is not None else start


def by_voice(body: str, start: int, end: int, read: Reader, speaks: Callable[[int, int], bool]) -> list[Statement]:
    """The statements of the sentence ``body[start:end]``: one per voice where it turns, outside a quotation,
    to a second voice whose own words of saying follow the turn (``speaks`` of the span after it), else what
    ``read`` finds in the whole sentence. The second voice may name no speaker the reader knows ("..., alors que les
    organisateurs affirment ..."): the first still ends at the turn."""
    for turn in _turn().finditer(body, start, end):
        if not speaks(turn.end(), end) or inside_quotation(body[start:end], turn.start() - start):
            continue
        first = read(start, turn.start(), [])
        if first is None:
            # "La police a compté 18 000 manifestants, alors que les organisateurs affirment ...": the second voice
            # alone speaks, by its verb, after a clause of its own; else ("Il ritardo, secondo Tosk, è dovuto a ...",
            # "Достан, за словами ..., наголосила") the sentence is one
            second = read(turn.end(), end, []) if len(body[start:turn.start()].split()) >= CLAUSE_WORDS else None
            if second is not None and second.cue is not None and second.cue.start >= turn.end() and \
                    second.cue_word != "according to":
                return [second]
            continue
        second = read(turn.end(), end, [first])  # the second may stand for the first's speaker ("..., а он ...")
        return [s for s in (first, second) if s is not None and (s is first or s.cue is None
                                                                  or s.cue.start >= turn.end())]
    found = read(start, end, [])
    return [found] if found is not None else []


def inside_quotation(text: str, pos: int) -> bool:
    """Whether a point of a sentence lies inside a quotation opened before it in the sentence. A mark that
    opens in one language closes in another ("“...”", „...“"): after a space it opens, after a word it closes;
    a sentence may begin inside a quotation and close it ("... ljudi“, rekla je Vasker"): a point before that
    closing mark is inside it too."""
    def step(i: int, ch: str) -> int:
        if ch in "«„":
            return 1
        if ch in "»”":
            return -1
        if ch in "“\"":
            return 1 if i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–-" else -1
        return 0

    depth, lowest = 0, 0
    for i, ch in enumerate(text[:pos]):
        depth += step(i, ch)
        lowest = min(lowest, depth)
    if depth > 0:
        return True
    if lowest < 0 or depth < 0:
        return False  # the quotation the sentence began in closed before this point
    for i in range(pos, len(text)):
        depth += step(i, text[i])
        if depth < 0:
            return True
    return False

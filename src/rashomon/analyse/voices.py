"""A sentence that turns to a second voice: "Police put the crowd at 18,000, while organisers claimed
60,000", "Ереван утверждает, что дорога закрыта, а Баку настаивает, что она открыта", "Secondo la polizia
erano 35mila, secondo gli organizzatori 150mila".

Read as one, the first speaker would be given the second one's words: the police would claim 60,000.
Each voice is its own statement: the first one's words end at the turn, and the words after it
(``words.tsv`` turns) name their own speaker. The readers of languages without a parser share this;
English is read from its parse, which holds the two clauses apart already.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..model import Statement
from ..vocabulary import words

# reads one span of a sentence: (start, end, statements found before it in the same sentence)
Reader = Callable[[int, int, list[Statement]], Statement | None]


@cache
def _turn() -> re.Pattern:
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words("turns"), key=len, reverse=True))
    return re.compile(rf"[,،]\s*(?=(?:{alternatives})\s)", re.I)


def by_voice(body: str, start: int, end: int, read: Reader, speaks: Callable[[int, int], bool]) -> list[Statement]:
    """The statements of the sentence ``body[start:end]``: one per voice where it turns to a second voice
    whose own words of saying follow the turn (``speaks`` of the span after it), else what ``read`` finds in
    the whole sentence. The second voice may name no speaker the reader knows ("..., alors que les
    organisateurs affirment ..."): the first still ends at the turn."""
    for turn in _turn().finditer(body, start, end):
        if not speaks(turn.end(), end):
            continue
        first = read(start, turn.start(), [])
        if first is None:
            continue  # "Selon la police, qui ..., ...": no voice before the turn; the sentence is one
        second = read(turn.end(), end, [first])  # the second may stand for the first's speaker ("..., а он ...")
        return [s for s in (first, second) if s is not None and (s is first or s.cue is None
                                                                  or s.cue.start >= turn.end())]
    found = read(start, end, [])
    return [found] if found is not None else []

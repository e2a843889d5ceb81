"""Attitudes: one side's anger at, criticism of or praise for another, told in other words.

"Officials in Yerevan have grown increasingly angry at Russia ... for not doing more" and
"Armenia has repeatedly expressed its dismay at what it sees as Moscow's unwillingness"
share almost no words, yet report one fact: Armenia's anger at Russia. A sentence voices
an attitude when a word of ``data/attitudes.tsv`` stands between a holder (the last name
before it) and a target (the first name after it, a few words on). Capitals count as
their countries ("Yerevan" is Armenia, "Moscow" Russia: ``Mention.stands_for``). Two
sentences of different articles with the same holder, attitude and target are linked
as one claim; this is background the story's events share, so it may link across them.
Here a capital always stands for its country, even where the text names the place
("officials in Yerevan"): an attitude is a government's, not a city's.
"""

from __future__ import annotations

import re

from ..analyse.entities import known_name
from ..model import Article, Mention
from ..vocabulary import attitudes
from .align import Space, entity_key

WINDOW = 60  # characters between the attitude word and each name: one clause, not the sentence
LINK = 0.6  # the probability a shared attitude gives the pair of sentences
NAMES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
WORD = re.compile(r"[^\W\d_]+")
BY = re.compile(r"\bby\b", re.I)  # "Beijing was criticised by Washington": the target is the holder


def shared_attitudes(articles: list[Article], space: Space) -> list[tuple[float, int, int]]:
    """(score, unit, unit) for sentences of different articles voicing one attitude of one holder
    toward one target."""
    found: dict[tuple[str, str, str], list[int]] = {}
    for i, unit in enumerate(space.units):
        for key in _attitudes(articles[unit.article], unit.start, unit.end, space.names):
            found.setdefault(key, []).append(i)
    pairs = set()
    for members in found.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if space.units[i].article != space.units[j].article:
                    pairs.add((LINK, min(i, j), max(i, j)))
    return sorted(pairs)


def _attitudes(article: Article, start: int, end: int, names: dict[str, str]) -> set[tuple[str, str, str]]:
    """(holder, attitude, target) for each attitude word of one sentence with a name on each side."""
    mentions = sorted((m for m in article.mentions if start <= m.start < end and m.label in NAMES),
                      key=lambda m: m.start)
    out = set()
    for w in WORD.finditer(article.body, start, end):
        attitude = attitudes().get(w.group().lower())
        if attitude is None:
            continue
        before = [m for m in mentions if w.start() - WINDOW <= m.end <= w.start()]
        after = [m for m in mentions if w.end() <= m.start <= w.end() + WINDOW]
        if before and after and not BY.search(article.body, w.end(), after[0].start):
            holder, target = _side(before[-1], names), _side(after[0], names)
            if holder != target:
                out.add((holder, attitude, target))
    return out


def _side(m: Mention, names: dict[str, str]) -> str:
    "The key of a holder or target: a capital is its country ('Moscow' is Russia)."
    known = known_name(m.text)
    country = m.stands_for or (known[2] if known else None)
    return (names.get(country.lower(), country.lower()) if country else entity_key(m, names)).lower()

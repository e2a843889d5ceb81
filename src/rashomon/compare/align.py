"""Alignment: which sentences of different articles say the same thing.

Outlets paraphrase, so exact words are a weak signal. Each sentence becomes a
bag of weighted features that survive rewording: truncated word stems
("blockade"/"blocked" -> "block"), a few synonym classes that news copy swaps
freely (deny/reject/dismiss), the canonical entities it names (so "Baku" and
"Azerbaijan's government" meet when Baku stands for Azerbaijan), and the
amounts and dates it gives. Two sentences match when the cosine of their TF-IDF
vectors passes a threshold; matches link into claims across the articles.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from ..model import Article, Mention, Quantity
from ..resources import language_stopwords, stopwords
from ..vocabulary import concepts_in, measure_of, synonyms

WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
STEM = 5  # truncation stemming: crude, language-agnostic, and good for matching
MIN_WORDS = 5  # shorter sentences are headings and datelines, not claims
SYNONYMS = synonyms()  # word -> its class: 'liberated' -> 'cede' (data/synonyms.tsv)
IRREGULAR_ROOTS = {"dead": "die", "death": "die", "deaths": "die", "died": "die", "dying": "die", "lives": "life"}
SUFFIXES = (("ying", "y"), ("ies", "y"), ("ied", "y"), ("ing", ""), ("ers", ""), ("er", ""), ("ed", ""), ("es", ""),
            ("s", ""))
NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")  # mentions whose words are names
ENTITY_WEIGHT = 2.0
NUMBER_WEIGHT = 1.5
ATTRIBUTION_WEIGHT = 0.3  # a word of who said it and how, against one of what was said
DATE_WEIGHT = 1.5  # the same day or year named in two sentences: likely the same event
# across languages, sentences meet only by two name words that few of the story's sentences give: "Macron"
# and "Itté", not "France" and "Niger", which half a story about them gives
ACROSS_NAMES = 2
ACROSS_AMOUNTS_SCORE = 0.3  # ... or by the telling amounts they share (``Space.shared_amounts``)
ACROSS_CONCEPTS_SCORE = 0.3  # ... or by the concepts they share beside a name (``Space.shared_concepts``)
CONCEPTS_BESIDE_ANY_NAME = 3  # ... which may be a name half the story gives, where they share this many
# a word of the sea between an amount and its miles: "nautical", "морских", "nautičke", "ծովային"
SEA = re.compile(r"nautical|морск\w*|морськ\w*|nautičk\w*|наутичк\w*|ծովային", re.I)
# the word right after an amount, whatever its length, past a "de", "di" or "d'" ("1,2 milliard d'euros")
# the word after an amount; a Persian word whose parts a zero-width non-joiner links is one ("۸۵ آتش‌نشان")
WORD_AFTER = re.compile(r"\s?(?:(?:de|di)\s+|d['’])?([^\W\d_]+(?:\u200c[^\W\d_]+)*|%)")
COMMON_NAME, COMMON_FLOOR = 1 / 7, 8  # a name given by more sentences than this share, and this many, is common


@dataclass(frozen=True, slots=True)
class Unit:
    """One sentence of one article, the unit claims are made of."""

    article: int  # index into the compared articles
    sentence: int  # index into that article's sentences
    start: int
    end: int
    text: str


def units(articles: list[Article]) -> list[Unit]:
    out = []
    for ai, a in enumerate(articles):
        for si, s in enumerate(a.sentences):
            text = a.body[s.start : s.end]
            if len(WORD.findall(text)) >= MIN_WORDS:
                out.append(Unit(ai, si, s.start, s.end, " ".join(text.split())))
    return out


def entity_keys(articles: list[Article]) -> dict[str, str]:
    """Name -> entity key, so a mention that stands for "Russia" ("Moscow's unwillingness")
    meets the mentions of Russia itself under one key."""
    keys: dict[str, str] = {}
    for a in articles:
        for m in a.mentions:
            if m.entity_id and not m.stands_for:
                keys.setdefault(m.text.lower(), f"e{m.entity_id}")
    return keys


def entity_key(m: Mention, names: dict[str, str]) -> str:
    """The key a mention is compared under: its entity, or for "Moscow" standing for Russia,
    Russia's entity where the texts name it (``names`` from ``entity_keys``)."""
    if m.stands_for:
        return names.get(m.stands_for.lower(), m.stands_for.lower())
    return f"e{m.entity_id}" if m.entity_id else m.key


@cache
def function_words(lang: str) -> frozenset[str]:
    "The function words every sentence drops, and those of its own language: 'che', 'cui' in Italian."
    return stopwords() | language_stopwords(lang)


def features(article: Article, unit: Unit, names: dict[str, str] | None = None) -> Counter:
    """Stems, synonym classes, entities, amounts and dates (year and full value) of one sentence. The
    words that attribute a statement ("Prime Minister Albin Kurti said on Saturday") count for less than
    what was said: two things one person said are two claims."""
    stop = function_words(article.language or "en")
    said = attributed(article, unit.start, unit.end)
    weight = (lambda at: ATTRIBUTION_WEIGHT if not any(a <= at < b for a, b in said) else 1.0) if said \
        else (lambda at: 1.0)
    bag: Counter = Counter()
    for match in WORD.finditer(article.body, unit.start, unit.end):
        if t := term(match.group(), stop):
            bag[t] += weight(match.start())
    for m in article.mentions:
        if unit.start <= m.start < unit.end and m.label not in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
            bag["@" + entity_key(m, names or {}).lower()] += ENTITY_WEIGHT * weight(m.start)
    for q in article.quantities:
        if unit.start <= q.start < unit.end and q.value is not None:
            bag[f"#{q.value:g}"] += NUMBER_WEIGHT * weight(q.start)
    for t in article.times:
        if unit.start <= t.start < unit.end and t.type == "DATE" and t.value and t.value[:1].isdigit():
            bag["t" + t.value[:4]] += DATE_WEIGHT * weight(t.start)  # the year, so "in 2020" meets "on Nov. 10, 2020"
            if len(t.value) > 4:
                bag["t" + t.value] += DATE_WEIGHT * weight(t.start)
    return bag


def term(word: str, stop: frozenset[str]) -> str | None:
    "The feature a word counts as: its synonym class ('~cede'), else its stem; None for a function word."
    w = word.lower().strip("'’-")
    if w in SYNONYMS:
        return "~" + SYNONYMS[w]
    return w[:STEM] if len(w) > 2 and w not in stop else None


def attributed(article: Article, start: int, end: int) -> list[tuple[int, int]]:
    """The contents of the statements a span attributes, where they leave words outside them (the
    speaker, the cue): what was said, as opposed to who said it. Empty when no statement does."""
    return [(st.content.start, st.content.end) for st in article.statements
            if start <= st.content.start < end and st.speaker is not None and st.kind != "scare"
            and (st.content.start > start + 2 or st.content.end < end - 2)]


class Space:
    """TF-IDF vectors of all units of the compared articles."""

    def __init__(self, articles: list[Article], all_units: list[Unit]):
        self.units = all_units
        self.articles = articles
        self.names = entity_keys(articles)
        bags = [features(articles[u.article], u, self.names) for u in all_units]
        self.df: Counter = Counter()
        for bag in bags:
            self.df.update(bag.keys())
        self.n = len(bags) or 1
        self.vectors = [self._weighted(bag) for bag in bags]
        # across languages no word meets: sentences meet by their names alone
        self.language = [articles[u.article].language or "en" for u in all_units]
        self.across = len(set(self.language)) > 1
        self.name_words = [_name_words(articles[u.article], u) for u in all_units] if self.across else []
        self.name_keys = [frozenset().union(*words) for words in self.name_words]
        # ... and by what they tell of in words no two languages write alike ("ethnic cleansing", "этнической
        # чистке", "էթնիկ զտման": ``concepts.tsv``), beside a name
        self.concepts = [concepts_in(u.text) for u in all_units] if self.across else []
        first: dict[int, int] = {}  # article -> its first unit
        for i, u in enumerate(all_units if self.across else ()):
            first.setdefault(u.article, i)
        self.openings = set(first.values())
        self.name_index: dict[str, list[int]] = {}
        for i, keys in enumerate(self.name_keys):
            for key in keys:
                self.name_index.setdefault(key, []).append(i)
        # and by the amounts they give that few sentences give: digits read alike in every language
        self.amounts = [_telling_amounts(articles[u.article], u) for u in all_units] if self.across else []
        self.amount_index: dict[float, list[int]] = {}
        for i, amounts in enumerate(self.amounts):
            for value in amounts:
                self.amount_index.setdefault(value, []).append(i)
        for value in [v for v, given in self.amount_index.items() if self._many(len(given))]:
            del self.amount_index[value]  # an amount half the story gives ("120,000 residents") tells no two apart
        self.index: dict[str, list[int]] = {}
        for i, vec in enumerate(self.vectors):
            for t in vec:
                self.index.setdefault(t, []).append(i)

    def _weighted(self, bag: Counter) -> dict[str, float]:
        return _normalised({t: (1 + math.log(c) if c >= 1 else c) * (math.log((self.n + 1) / (self.df[t] + 1)) + 1)
                            for t, c in bag.items()})  # a word of attribution alone counts less than one, never below 0

    def vector(self, article: int, start: int, end: int) -> dict[str, float]:
        """The vector of any span of one article (a statement's content), in this space."""
        a = self.articles[article]
        return self._weighted(features(a, Unit(article, -1, start, end, a.body[start:end]), self.names))

    def match(self, article: int, start: int, end: int) -> dict[int, float]:
        """Units of other articles similar to any span of one article."""
        vec = self.vector(article, start, end)
        seen = {j for t in vec for j in self.index.get(t, ()) if self.units[j].article != article}
        return {j: sum(w * self.vectors[j].get(t, 0.0) for t, w in vec.items()) for j in seen}

    def similarity(self, i: int, j: int) -> float:
        a, b = self.vectors[i], self.vectors[j]
        if len(a) > len(b):
            a, b = b, a
        return sum(w * b.get(t, 0.0) for t, w in a.items())

    def neighbours(self, i: int, after: bool = False) -> dict[int, float]:
        """Units of other articles sharing any feature with unit i (only later ones if ``after``): in
        the same language by the cosine of their features, in another by the names they share."""
        mine = self.units[i].article
        same = {j for t in self.vectors[i] for j in self.index[t]
                if self.units[j].article != mine and (j > i or not after) and self.language[j] == self.language[i]}
        out = {j: self.similarity(i, j) for j in same}
        if self.across:
            other = {j for key in self.name_keys[i] for j in self.name_index[key]
                     if self.units[j].article != mine and (j > i or not after) and self.language[j] != self.language[i]}
            other |= {j for value in self.amounts[i] for j in self.amount_index.get(value, ())
                      if self.units[j].article != mine and (j > i or not after) and self.language[j] != self.language[i]}
            out.update((j, max(self.shared_names(i, j), ACROSS_AMOUNTS_SCORE * bool(self.shared_amounts(i, j)),
                               ACROSS_CONCEPTS_SCORE * bool(self.shared_concepts(i, j)))) for j in other)
        return out

    def shared_amounts(self, i: int, j: int) -> int:
        """How many telling amounts two units of different languages share, where that tells one fact:
        two at least ("from 310 to 140 cubic metres a second", "с 310 до 140 кубометров"), or one in the
        same unit ("6,8 млрд кубометров", "6.8 billion cubic metres"), or one beside a name both give;
        0 otherwise. Amounts are digits in every script, so they meet where words cannot; one of two measures
        is no shared amount ("40 menit", "40 kilometara", "40 отсто"). The name beside one amount must be one few
        of the story's sentences give: "120,000 Armenians" in Karabakh is the story's background, told beside
        its other facts ("deprived of food", "the only road"), not one fact."""
        a, b = self.amounts[i], self.amounts[j]
        shared = [v for v in a if v in b and v in self.amount_index and not (a[v].measure and b[v].measure
                                                                            and a[v].measure != b[v].measure)]
        if len(shared) >= 2 or shared and (any(a[v].unit and a[v].unit == b[v].unit for v in shared)
                                           or self._telling_name_shared(i, j)):
            return len(shared)
        return 0

    def _telling_name_shared(self, i: int, j: int) -> bool:
        "Whether two units share a name word that is not common in the story."
        return any(not self.name_keys[j].isdisjoint(w) and not self._common(w) for w in self.name_words[i])

    def shared_names(self, i: int, j: int) -> float:
        """The share of two units' names that the other also gives (Dice, by word: "Драном" is one word
        with several keys), where they share two names at least that are not common in the story, or any
        two where both open their articles. Across languages this stands in for the cosine."""
        a, b = self.name_words[i], self.name_words[j]
        keys_a, keys_b = self.name_keys[i], self.name_keys[j]
        met_a, met_b = [w for w in a if not keys_b.isdisjoint(w)], [w for w in b if not keys_a.isdisjoint(w)]
        leads = i in self.openings and j in self.openings  # two articles' first sentences: where both tell the event
        if min(sum(leads or not self._common(w) for w in met_a),
               sum(leads or not self._common(w) for w in met_b)) < ACROSS_NAMES:
            return 0.0  # "France" and "Niger" are in half a story's sentences: they tell no two apart
        return (len(met_a) + len(met_b)) / (len(a) + len(b))

    def shared_concepts(self, i: int, j: int) -> int:
        """How many concepts two units of different languages share ("ethnic cleansing", "этнической чистке"),
        where they also share names that tell them apart (``shared_names``: "Nikol Pashinyan"), or any name beside
        three concepts ("Mirzoyan" and the blockade's humanitarian crisis): the same person's same words, told in
        two languages; 0 otherwise. One concept and one name ("the border service of Ormeria installed a
        checkpoint", told in the lead and recalled further down) are a topic, not a fact, and so is "a humanitarian
        crisis" in Azerbaijan: two concepts one phrase names."""
        shared = len(self.concepts[i] & self.concepts[j])
        if not shared:
            return 0
        if shared >= CONCEPTS_BESIDE_ANY_NAME:
            return shared if not self.name_keys[i].isdisjoint(self.name_keys[j]) else 0
        return shared if self.shared_names(i, j) > 0 else 0

    def _common(self, word: tuple[str, ...]) -> bool:
        "A name word that many of the story's sentences give, even by its rarest key."
        return self._many(min(len(self.name_index.get(k, ())) for k in word))

    def _many(self, given: int) -> bool:
        "Given by more of the story's sentences than tell anything apart: a name or an amount half of them give."
        return given > max(COMMON_NAME * len(self.units), COMMON_FLOOR)


class Told(NamedTuple):
    "What an amount a sentence gives is of: the unit its reading gave, and what it measures in any language."

    unit: str | None  # "km", "USD"; None for most languages, which are read without a parser
    measure: str | None  # "minute", "km", "percent" (``measure_of``), from the word after the amount


def _telling_amounts(article: Article, unit: Unit) -> dict[float, Told]:
    """The amounts of a sentence that may tell it apart, value -> what it is of: not years, not small counts ("two
    sides", "10 days"), which any sentence of a story may give."""
    out: dict[float, Told] = {}
    for q in article.quantities:
        if unit.start <= q.start < unit.end and q.value is not None:
            v = q.value
            if (v > 10 or v != int(v)) and not (v == int(v) and 1900 <= v <= 2100 and not q.unit):
                out[v] = Told(q.unit, measure(article, q))
    return out


def measure(article: Article, q: Quantity) -> str | None:
    """What an amount measures: its unit's, else the word after it, whatever its length ("40 km", "40 мин"), in lower
    case ("40 Tony" names someone), or the one after that past a word of the sea ("14 морских миль")."""
    if q.unit:
        return measure_of(q.unit)
    after = WORD_AFTER.match(article.body, q.end)
    if after and SEA.fullmatch(after[1]):  # "14 морских миль": what follows the word of the sea
        after = WORD_AFTER.match(article.body, after.end())
        return measure_of(after[1]) if after else None
    return measure_of(q.counts or (after[1] if after and not after[1][:1].isupper() else None))


def amount_or_date(term: str) -> bool:
    "A feature that is an amount ('#120000') or a date ('t2023', 't2023-01-31'), not a word ('troops')."
    return term[:1] == "#" or term[:1] == "t" and term[1:2].isdigit()


def root(word: str) -> str:
    "'denying' -> 'deny', 'protesters' -> 'protest', 'deaths' -> 'die': crude, for telling forms from words."
    w = word.lower()
    if w in IRREGULAR_ROOTS:
        return IRREGULAR_ROOTS[w]
    for suffix, replacement in SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)] + replacement
    return w


def name_stems(article: Article, start: int, end: int) -> frozenset[str]:
    """The word stems (as the feature vectors have them) of the names mentioned in a span: words an
    entity's own key already stands for, so that a shared name is not also counted as shared words."""
    return frozenset(w.lower()[:STEM] for m in article.mentions if start <= m.start < end for w in WORD.findall(m.text))


def _name_words(article: Article, unit: Unit) -> list[tuple[str, ...]]:
    """What a sentence names, in keys any script shares, one tuple per name word: where an entity
    model ran, the words of its entity mentions and the entity's key; elsewhere the words that may
    be names (``group.signature.name_words``). Amounts and dates are read in English only, so they
    cannot meet across languages."""
    from ..group.signature import name_words

    lang = article.language
    mentions = [m for m in article.mentions if unit.start <= m.start < unit.end and m.label in NAME_LABELS]
    if not mentions:
        words = name_words(unit.text, lang)
    else:
        words = []
        for m in mentions:
            keys = tuple(k for word in name_words(m.text, lang) for k in word)
            words.append(keys + (f"@e{m.entity_id}",) if m.entity_id else keys)
    words = [tuple(k for k in w if not (k.startswith("~") and len(k) < 4)) for w in words]  # "~n": too short to meet
    return [w for w in words if w]


def _normalised(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
    return {t: w / norm for t, w in vec.items()}


def align(space: Space, threshold: float, extra: list[tuple[float, int, int]] = ()) -> list[list[tuple[int, float]]]:
    """Claims: groups of units from different articles that say the same thing.

    Candidate pairs are taken best first, and a pair joins two groups only if the
    result still holds at most one sentence per article, so a chain of loose
    matches cannot glue unrelated sentences together. Units that match nothing
    are single-source claims. Each member carries its best link score. ``extra``
    pairs (score, i, j) are links found by other evidence than the words.
    """
    pairs = sorted([(score, i, j) for i in range(len(space.units))
                    for j, score in space.neighbours(i, after=True).items() if score >= threshold] + list(extra),
                   reverse=True)
    parent = list(range(len(space.units)))
    articles = [{u.article} for u in space.units]
    best = [0.0] * len(space.units)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for score, i, j in pairs:
        ri, rj = find(i), find(j)
        if ri == rj or articles[ri] & articles[rj]:
            continue
        parent[ri] = rj
        articles[rj] |= articles[ri]
        best[i], best[j] = max(best[i], score), max(best[j], score)
    groups: dict[int, list[tuple[int, float]]] = {}
    for i in range(len(space.units)):
        groups.setdefault(find(i), []).append((i, round(best[i], 3)))
    return sorted(groups.values(), key=lambda g: (space.units[g[0][0]].article, space.units[g[0][0]].sentence))

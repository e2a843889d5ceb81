"""Claims: which sentences of different articles say the same thing about the same event.

Shared words are not enough: two phone calls between the same ministers two weeks
apart are told in the same words. Each candidate pair of sentences (they share a
stem, a name, an amount or a date: ``align.Space``) gets features: the cosine of
their words, whether their articles belong to the same event or to two different
ones and how many days apart they were published (or, undated, the days their leads give), the overlap of the names they give, whether they name different people,
whether their own dates agree or differ, a shared amount or the same thing counted, and whether both open
their articles (a near paraphrase, past a cosine of 0.3, weighs more). A logistic model turns these into the probability that the two
sentences report the same event instance; its weights were learned on ECB+ train
and dev cross-document event coreference (annotations CC BY 3.0, Cybulska and
Vossen 2014) by ``bench/train_alignment.py`` and ship in ``data/alignment.json``.
ECB+ rewards sentences about its seminal events, not the same fact told in other
words, so a near paraphrase (a word cosine past about 0.3, as the comparison's
lexical alignment always used) is a second route to one claim, unless the pair's
days, dates or people differ or it shares names and one word only (a topic, not a
fact); it is the only route between sentences of two
different events, which share a claim only when they repeat a background fact.

Claims are formed by average link, never by chains: a sentence joins a claim only
if it matches the claim's sentences on average and half of them at least one by one
(not through one close member), and a claim holds at most one sentence per article, and never both a denial
and a sentence that asserts what it denies.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache

import numpy as np

from ..ingest.dates import past_dateline
from ..model import Article
from ..resources import json_data
from ..group.scorer import day_gaps
from ..group.signature import event_days
from .align import Space, amount_or_date, entity_key, name_stems
from .clock import Reading, bare_time, clock_readings, readings_differ
from .tallies import tallies

FEATURES = ("lex", "lex_close", "same_event", "other_event", "days_close", "days_apart", "entities", "people_differ",
            "dates_same", "dates_differ", "numbers_same", "numbers_differ", "measures_same", "lead", "shared",
            "other_language")
CLOSE = 0.3  # past this cosine, words alone say more: near paraphrases ("lex_close" rises from here)
PARAPHRASE, PARAPHRASE_SLOPE = 0.33, 40.0  # words alone: even odds at a cosine of 0.33, a claim from about 0.3
PARAPHRASE_SHARED = 3  # ... sharing three things at least: words, names, amounts or a date
PARAPHRASE_WORDS = 2  # ... two of them words or amounts, not names or dates ("Morvic", "Kelvan", "inquiry": a topic)
OWN_WORDS = 2  # ... unless names and a date are nearly all they say: neither gives more words the other does not
BACKGROUND = 0.55  # ... and across two events only a fact repeated nearly word for word
BACKGROUND_MEAN = 0.5  # a claim across two events: its pairs across them match this well on average
LEAD = 1  # the sentence that opens an article: where it tells its own event
CALENDAR = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")  # a month or a day: precise enough to disagree about
# a party's silence, which news reports in a line of its own
NO_COMMENT = re.compile(r"\b(?:did|could|was|were|has|had)\s*(?:not|n['’]t)\s+(?:immediately\s+)?(?:respond|reply|"
                        r"return|answer|comment|be\s+reached)\b|\bdeclined\s+to\s+comment\b|\bno\s+immediate\s+comment\b|"
                        r"\brequests?\s+for\s+comment\b", re.I)
TIMES_APART = 120  # minutes between two times of day of two instances ("struck at 04:12", the aftershock "at 15:47")
ACROSS_AMOUNTS = 0.8  # the probability of one claim given by telling amounts shared across languages
ACROSS_CONCEPTS = 0.5  # ... and by concepts shared beside a name: below the openings' names, which come first
MAJORITY = 0.5  # a sentence joins a claim only if it matches at least half its sentences, not one close member


@dataclass(frozen=True)
class Facts:
    """What one sentence names: entities, people, calendar dates and amounts."""

    entities: frozenset[str]
    people: frozenset[str]
    dates: frozenset[str]
    numbers: frozenset[str]
    measures: frozenset[str]  # what its amounts count or measure: "people", "percent", "USD"
    name_words: frozenset[str]  # the word stems inside its names, which its entity keys already stand for
    clock: tuple[Reading, ...] = ()  # the times of day it gives (``clock.clock_readings``)


@dataclass(frozen=True)
class Scorer:
    bias: float
    weights: dict[str, float]
    threshold: float  # average probability for a sentence to join a claim

    def probability(self, features: Mapping[str, float]) -> float:
        """The larger of two routes to one claim: the learned evidence that both sentences report one
        event instance, and a near paraphrase (``paraphrase``). Sentences of two different events meet
        only as near paraphrases: a background fact both repeat; sentences that give times of day hours apart,
        not at all."""
        z = self.bias + sum(w * features.get(name, 0.0) for name, w in self.weights.items())
        # across languages names alone meet, which only the opening sentences of one event's articles bear out
        apart = features.get("other_event") or features.get("times_apart") or \
            features.get("other_language") and not features.get("lead")
        learned = 0.0 if apart else float(1.0 / (1.0 + np.exp(-z)))
        return max(learned, paraphrase(features), amounts_across(features), concepts_across(features))


def paraphrase(features: Mapping[str, float]) -> float:
    """Words alone: even odds at a cosine of 0.33 (a paraphrase sharing most content words, stems, names
    and amounts; the bar the lexical alignment always used was 0.30), near 1 from 0.4; nothing when
    the pair's days, dates, times of day or people differ, when they share fewer than three things
    (words, names, amounts, a date), or, short of nearly the same words, fewer than two words or amounts:
    names and one word tell a topic, not a fact. Sentences of two events must be closer still (0.55): a
    background fact repeated nearly word for word."""
    if any(features.get(k) for k in ("days_apart", "dates_differ", "people_differ", "times_apart")):
        return 0.0
    if features.get("other_language"):
        return 0.0  # shared names are no paraphrase: across languages only the learned route joins sentences
    if features.get("shared", PARAPHRASE_SHARED) < PARAPHRASE_SHARED:
        return 0.0  # one name and one word ("If Ryan had ..." and "..., Mr. Ryan said") are no paraphrase
    if features.get("words_shared", PARAPHRASE_WORDS) < PARAPHRASE_WORDS and not (
            features["lex"] >= BACKGROUND and features.get("words_apart", 0) <= OWN_WORDS):
        return 0.0  # names and one word are a topic ("led the Kelvan inquiry", "testified on the Kelvan inquiry"),
        # unless they are nearly all either sentence says ("fired Morvic on Friday", "Morvic was dismissed on Friday")
    if features.get("other_event") and features.get("numbers_differ"):
        return 0.0  # "75 prisoners on Friday" and "90 prisoners on Tuesday": each event's own count, no shared fact
    bar = BACKGROUND if features.get("other_event") else PARAPHRASE
    return float(1.0 / (1.0 + np.exp(-PARAPHRASE_SLOPE * (features["lex"] - bar))))


def concepts_across(features: Mapping[str, float]) -> float:
    """Two sentences of one event in two languages that name the same person or place few sentences name and the
    same concepts ("«Это шаг к этнической чистке Нагорного Карабаха», — заявил Пашинян", "«Սա քայլ է ... էթնիկ
    զտման ուղղությամբ»,- հայտարարել է Փաշինյանը"; ``Space.shared_concepts``) tell one fact beyond the opening, where
    names alone do not; nothing when their dates, numbers, times of day or people differ."""
    if not features.get("concepts_across") or not features.get("same_event") or \
            any(features.get(k) for k in ("days_apart", "dates_differ", "people_differ", "times_apart",
                                          "numbers_differ")):
        return 0.0
    return ACROSS_CONCEPTS


def amounts_across(features: Mapping[str, float]) -> float:
    """Two sentences of one event in two languages that give the same telling amounts
    (``Space.shared_amounts``: "from about 310 to 140 cubic metres a second", "с 310 до 140 кубометров в
    секунду") tell one fact, though no word of theirs meets; nothing when their dates, times of day or people
    differ."""
    if not features.get("amounts_across") or not features.get("same_event") or \
            any(features.get(k) for k in ("days_apart", "dates_differ", "people_differ", "times_apart")):
        return 0.0
    return ACROSS_AMOUNTS


@cache
def shipped_scorer() -> Scorer:
    d = json_data("alignment.json")
    return Scorer(d["bias"], d["weights"], d["threshold"])


def facts(space: Space) -> list[Facts]:
    """The facts of every unit of the space."""
    out = []
    for u in space.units:
        a = space.articles[u.article]
        inside = [m for m in a.mentions if u.start <= m.start < u.end]
        out.append(Facts(
            entities=frozenset(entity_key(m, space.names).lower() for m in inside
                               if m.label not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")),
            people=frozenset(n for m in inside if m.label == "PERSON" and m.text.strip() for n in _person(m)),
            dates=frozenset(calendar_dates(a, u.start, u.end)),
            # with the counts of a vote, which may be written in words ("par treize voix contre deux")
            numbers=frozenset(f"{q.value:g}" for q in a.quantities
                              if u.start <= q.start < u.end and q.value is not None)
            | {f"{n:g}" for vote in tallies(u.text, a.language) for n in vote},
            measures=frozenset(q.counts or q.unit for q in a.quantities if u.start <= q.start < u.end
                               and q.value is not None and (q.counts or q.unit)),
            name_words=name_stems(a, u.start, u.end),
            clock=tuple(clock_readings(u.text))))
    return out


def calendar_dates(article: Article, start: int, end: int) -> set[str]:
    """The calendar dates (a month or a day) a sentence gives, less its wire dateline's ("ROMA, 31 LUG
    (ANSA) -"): that is the day the report was filed, not a date of what it reports. A time of day gives
    its day where it names one ("on Wednesday evening", "7:01 p.m. on Friday"); a bare clock time ("at about 7
    p.m.") is dated to the article's own day only by convention, and tells no day of its own."""
    begin = past_dateline(article.body, start, end)
    return {value for t in article.times if begin <= t.start < end and t.type in ("DATE", "TIME") and t.value
            and not (t.type == "TIME" and bare_time(t.text))
            and CALENDAR.match(value := t.value if t.type == "DATE" else t.value[:10])}


def _person(m) -> tuple[str, ...]:
    """How a mention names a person: its surname, and its entity where stored, so that "Ана Пирел"
    and "Ana Pirel" are one person (two sentences name different people when neither meets)."""
    surname = (m.key or m.text.lower()).split()[-1]
    return (surname, f"e{m.entity_id}") if m.entity_id else (surname,)


def pair_features(space: Space, info: list[Facts], i: int, j: int, events: Mapping[str, int],
                  lex: float | None = None, gaps: np.ndarray | None = None) -> dict[str, float]:
    """The features of one pair of units of different articles. ``gaps``: the days between each
    two articles by the days their leads give (``day_gaps``), for articles without a publication date."""
    ui, uj = space.units[i], space.units[j]
    ei, ej = events.get(space.articles[ui.article].id), events.get(space.articles[uj.article].id)
    fi, fj = info[i], info[j]
    union = fi.entities | fj.entities
    dates_same = any(compatible_dates(x, y) for x in fi.dates for y in fj.dates)
    lex = space.similarity(i, j) if lex is None else lex
    near = lex >= CLOSE - 0.05  # near enough a paraphrase to count what the two share
    vi, vj, names = space.vectors[i], space.vectors[j], fi.name_words | fj.name_words
    gap = days_between(space.articles[ui.article].published, space.articles[uj.article].published)
    if gap is not None:
        gap = abs(gap)
    elif gaps is not None and np.isfinite(gaps[ui.article, uj.article]):
        gap = float(gaps[ui.article, uj.article])
    return {
        "lex": lex,
        "lex_close": max(lex - CLOSE, 0.0),
        "same_event": float(ei is not None and ei == ej),
        "other_event": float(ei is not None and ej is not None and ei != ej),
        "days_close": float(gap is not None and gap <= 2),
        "days_apart": float(gap is not None and gap > 7),
        "entities": len(fi.entities & fj.entities) / len(union) if union else 0.0,
        "people_differ": float(bool(fi.people and fj.people and not fi.people & fj.people)),
        "dates_same": float(dates_same),
        "dates_differ": float(bool(fi.dates and fj.dates and not dates_same)),
        "numbers_same": float(bool(fi.numbers & fj.numbers)),
        "numbers_differ": float(bool(fi.numbers and fj.numbers and not fi.numbers & fj.numbers)),
        "measures_same": float(bool(fi.measures & fj.measures)),
        "lead": float(ui.sentence < LEAD and uj.sentence < LEAD),
        # only a near paraphrase needs it, and counting costs: pairs far from one get 0
        "shared": float(_shared(vi, vj, names)) if near else 0.0,
        # not learned: of those, the words and amounts (not names or dates), which a paraphrase needs two of
        "words_shared": float(_words_shared(vi, vj, names)) if near else 0.0,
        # ... and the most words and amounts either gives that the other does not
        "words_apart": float(max(_words_apart(vi, vj, names), _words_apart(vj, vi, names))) if near else 0.0,
        "other_language": float(space.language[i] != space.language[j]),
        # not learned: two times of day hours apart ("struck at 04:12", "hit at 15:47") tell two instances, as two
        # days do (sources that misreport one time miss by minutes); a bare time tells no day (``calendar_dates``)
        "times_apart": float(len(fi.clock) == len(fj.clock) == 1 and not (fi.clock[0].zoned or fj.clock[0].zoned)
                             and readings_differ(fi.clock[0], fj.clock[0], TIMES_APART)),
        # not learned (ECB+ is English): the telling amounts two languages share, a route of its own
        "amounts_across": float(space.shared_amounts(i, j)) if space.language[i] != space.language[j] else 0.0,
        # ... and the concepts they share beside a telling name, another
        "concepts_across": float(space.shared_concepts(i, j)) if space.language[i] != space.language[j] else 0.0,
    }


def _shared(a: Mapping[str, float], b: Mapping[str, float], name_words: frozenset[str]) -> int:
    """How many things two sentences share: words, names, amounts, and their dates once. A name counts
    once, not again for each of its words; "today" and the date it stands for, once each."""
    keys = [k for k in a if k in b and k not in name_words]
    dates = [k for k in keys if k[:1] == "t" and k[1:2].isdigit()]
    return len(keys) - len(dates) + bool(dates)


def _words_shared(a: Mapping[str, float], b: Mapping[str, float], name_words: frozenset[str]) -> int:
    """How many words and amounts two sentences share, not counting names and dates: what is told, not who or when
    ("killed 23 people", "left 23 dead")."""
    return sum(k in b and _told(k, name_words) for k in a)


def _words_apart(a: Mapping[str, float], b: Mapping[str, float], name_words: frozenset[str]) -> int:
    "How many words and amounts one sentence gives that the other does not, names and dates aside."
    return sum(k not in b and _told(k, name_words) for k in a)


def _told(key: str, name_words: frozenset[str]) -> bool:
    "A feature of what a sentence tells: a word or an amount, not a name (its entity or its words) nor a date."
    return key not in name_words and key[:1] != "@" and (key[:1] == "#" or not amount_or_date(key))


def scored_pairs(space: Space, events: Mapping[str, int], scorer: Scorer | None = None,
                 floor: float = 0.15) -> dict[tuple[int, int], tuple[float, dict[str, float]]]:
    """(i, j) -> (probability, features) for every pair of units of different articles that share
    any feature, i < j. Pairs whose words barely meet (a cosine under ``floor``) are left out: two
    sentences that share a name and little else are not one claim, however they open their articles."""
    scorer = scorer or shipped_scorer()
    info = facts(space)
    gaps = day_gaps([event_days(a) for a in space.articles])
    silent = [NO_COMMENT.search(u.text) is not None for u in space.units]
    out = {}
    for i in range(len(space.units)):
        for j, lex in space.neighbours(i, after=True).items():
            if lex >= floor and silent[i] == silent[j]:  # "X did not respond to a request for comment" says
                # nothing X said elsewhere, though it names X: it meets only another such line
                f = pair_features(space, info, i, j, events, lex, gaps)
                out[(i, j)] = (scorer.probability(f), f)
    return out


def claims(n: int, article_of: list[int], pairs: Mapping[tuple[int, int], tuple[float, dict]],
           threshold: float, extra: Mapping[tuple[int, int], float] = (),
           event_of: list[int | None] | None = None,
           apart: Collection[tuple[int, int]] = ()) -> list[list[tuple[int, float]]]:
    """Groups of units that say the same thing: average link over the pair probabilities (a pair
    never scored counts as 0), at most one unit per article per group. Each member carries its
    average match to the other members. ``extra`` pairs are links found by other evidence (two
    reports of one denial) and count as they are given.

    With ``event_of`` (each unit's event, where known), sentences of two events join only as a
    background fact both tell: their pairs across the events must match at ``BACKGROUND_MEAN`` on
    average. Two calls of the same ministers, each reported in three languages, share words pair
    by pair but are two claims.

    ``apart`` pairs (lower unit first) never share a claim: a denial and a sentence that asserts what it denies
    tell two sides, not one thing sources agree on."""
    prob = {k: v[0] for k, v in pairs.items()}
    prob.update(extra)
    members = {i: [i] for i in range(n)}
    articles = {i: {article_of[i]} for i in range(n)}
    events = {i: {event_of[i]} - {None} if event_of else set() for i in range(n)}
    root = list(range(n))

    def find(x: int) -> int:
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    def mean(a: list[int], b: list[int]) -> float:
        return sum(prob.get((min(x, y), max(x, y)), 0.0) for x in a for y in b) / (len(a) * len(b))

    def linked(a: list[int], b: list[int]) -> float:
        return sum(prob.get((min(x, y), max(x, y)), 0.0) >= threshold for x in a for y in b) / (len(a) * len(b))

    for (i, j), p in sorted(prob.items(), key=lambda kv: (-kv[1], kv[0])):
        if p < threshold:
            break
        ri, rj = find(i), find(j)
        if ri == rj or articles[ri] & articles[rj] or mean(members[ri], members[rj]) < threshold \
                or linked(members[ri], members[rj]) < MAJORITY \
                or apart and any((min(x, y), max(x, y)) in apart for x in members[ri] for y in members[rj]):
            continue
        if events[ri] != events[rj] and events[ri] and events[rj] and _across(
                members[ri], members[rj], event_of, mean) < BACKGROUND_MEAN:
            continue
        root[ri] = rj
        members[rj] += members.pop(ri)
        articles[rj] |= articles.pop(ri)
        events[rj] |= events.pop(ri)
    out = []
    for group in members.values():
        group = sorted(group)  # in the order of the articles
        out.append([(i, round(mean([i], [x for x in group if x != i]), 3) if len(group) > 1 else 1.0) for i in group])
    return sorted(out, key=lambda g: min(i for i, _ in g))


def _across(a: list[int], b: list[int], event_of: list[int | None], mean) -> float:
    "The average match of the pairs of two groups whose units belong to two known, different events."
    pairs = [(x, y) for x in a for y in b if event_of[x] is not None and event_of[y] is not None
             and event_of[x] != event_of[y]]
    return sum(mean([x], [y]) for x, y in pairs) / len(pairs) if pairs else 1.0


def days_between(a: str | None, b: str | None) -> int | None:
    "Days from one ISO date (or timestamp) to another, when both are full dates; negative if b is earlier."
    try:
        return (date.fromisoformat(b[:10]) - date.fromisoformat(a[:10])).days if a and b else None
    except ValueError:
        return None


def compatible_dates(x: str, y: str) -> bool:
    "'2020-11' and '2020-11-10' do not disagree: one is just less precise."
    return x.startswith(y) or y.startswith(x)

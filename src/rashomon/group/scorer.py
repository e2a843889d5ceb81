"""How likely two articles report the same story, or the same event: a small learned scorer.

Each pair of articles gets a few features: the cosine of their words (lead, whole
text, opening sentences; weighted by the corpus's document frequencies), the
overlap of the people, places and organisations their leads name, of the years and
amounts they give, of their names written in Latin letters (so a Russian and an
English article about Lavrov meet), and how far apart their days are. A logistic
model turns them into a probability. Its weights were learned on the ECB+ corpus
(train and dev topics; annotations CC BY 3.0, Cybulska and Vossen 2014) by
``bench/train_grouping.py`` and ship in ``data/grouping.json``.

Not every pair has every kind of evidence, so two more models are learned on
subsets of the features: articles in different languages share no words, so their
pairs are scored on the language-neutral features only (names, numbers, years and
days); a pair where either article names nobody (a bare snippet, a text the
entity model could not read) is scored on its words, numbers and days, without
the name features that would otherwise count the silence as a disagreement.

All pairs of a window of articles are scored at once with sparse matrix products:
a window of 300 articles takes milliseconds.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

import numpy as np
from scipy import sparse

from ..resources import json_data
from .signature import Signature

WORD_FEATURES = ("lead", "body", "opening")
NEUTRAL_FEATURES = ("names", "people", "people_differ", "places", "places_differ", "orgs", "people_anywhere",
                    "years", "years_differ", "opening_years", "opening_years_differ", "numbers", "days_close", "days_apart", "days_far",
                    "days_unknown")
FEATURES = WORD_FEATURES + NEUTRAL_FEATURES
NAME_FEATURES = ("names", "people", "people_differ", "places", "places_differ", "orgs", "people_anywhere")
LEVELS = ("story", "event", "story_neutral", "event_neutral", "story_words", "event_words")
CLOSE_DAYS, APART_DAYS, FAR_DAYS = 2, 7, 30  # the same news cycle; a week; a month
# One event is reported within days. ECB+ cannot teach this (its two events per topic are years
# apart), so it is set, not learned: past two days, the event probability halves every two days
# (a week apart: 0.18; two weeks: 0.016), whatever the words say.
EVENT_HALF_LIFE = 4.0


@dataclass(frozen=True)
class Model:
    """A logistic model over named features; a term "a*b" is a product, "a^2" a square."""

    bias: float
    weights: dict[str, float]
    threshold: float  # average probability at which clusters stop merging

    def probability(self, features: dict[str, np.ndarray]) -> np.ndarray:
        z = np.full_like(features["lead"], self.bias, dtype=float)
        for term, w in self.weights.items():
            z += w * _term(features, term)
        return 1.0 / (1.0 + np.exp(-z))


def _term(features: dict[str, np.ndarray], term: str) -> np.ndarray:
    if "*" in term:
        a, b = term.split("*")
        return features[a] * features[b]
    if term.endswith("^2"):
        return features[term[:-2]] ** 2
    return features[term]


@dataclass(frozen=True)
class Models:
    story: Model
    event: Model
    story_neutral: Model  # articles in different languages
    event_neutral: Model
    story_words: Model  # one of the two names nobody
    event_words: Model

    @classmethod
    def from_dict(cls, d: dict) -> Models:
        return cls(**{k: Model(d[k]["bias"], d[k]["weights"], d[k]["threshold"]) for k in LEVELS})


@cache
def shipped_models() -> Models:
    return Models.from_dict(json_data("grouping.json"))


def pair_features(sigs: Sequence[Signature], idf: Callable[[str], float]) -> dict[str, np.ndarray]:
    """n x n matrices, one per feature, for every pair of the given signatures."""
    out = {name: _cosines([s.__getattribute__(name) for s in sigs], idf) for name in WORD_FEATURES}
    for name, field in (("people", "people"), ("places", "places"), ("orgs", "orgs"), ("years", "years"),
                        ("numbers", "numbers"), ("names", "names"), ("people_anywhere", "people_all"),
                        ("opening_years", "recent_years")):
        inter, sizes = _overlaps([getattr(s, field) for s in sigs])
        union = sizes[:, None] + sizes[None, :] - inter
        both = (sizes[:, None] > 0) & (sizes[None, :] > 0)
        if name == "people_anywhere":
            out[name] = (inter > 0).astype(float)
        else:
            out[name] = np.where(both, inter / np.maximum(union, 1), 0.0)
        if name in ("people", "places", "years", "opening_years"):
            out[name + "_differ"] = (both & (inter == 0)).astype(float)
    gaps = _gaps(sigs)
    out["gap"] = gaps  # days between the two; inf when either has none (not a model feature)
    out["days_close"] = (gaps <= CLOSE_DAYS).astype(float)
    out["days_apart"] = ((gaps > APART_DAYS) & np.isfinite(gaps)).astype(float)
    out["days_far"] = ((gaps > FAR_DAYS) & np.isfinite(gaps)).astype(float)
    out["days_unknown"] = (~np.isfinite(gaps)).astype(float)
    return out


def probabilities(sigs: Sequence[Signature], idf: Callable[[str], float],
                  models: Models | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(story, event) probability matrices for every pair; the diagonal is 1."""
    models = models or shipped_models()
    f = pair_features(sigs, idf)
    langs = np.array([s.language or "en" for s in sigs])
    same = langs[:, None] == langs[None, :]
    named = np.array([bool(s.people or s.places or s.orgs or s.names) for s in sigs])
    both = named[:, None] & named[None, :]
    story = np.where(same, np.where(both, models.story.probability(f), models.story_words.probability(f)),
                     models.story_neutral.probability(f))
    event = np.where(same, np.where(both, models.event.probability(f), models.event_words.probability(f)),
                     models.event_neutral.probability(f)) * days_decay(f["gap"])
    np.fill_diagonal(story, 1.0)
    np.fill_diagonal(event, 1.0)
    return story, event


def days_decay(gaps: np.ndarray) -> np.ndarray:
    "1 within two days (or without dates), halving every ``EVENT_HALF_LIFE`` days after."
    with np.errstate(invalid="ignore"):
        return np.where(np.isfinite(gaps), 0.5 ** (np.maximum(gaps - CLOSE_DAYS, 0) / EVENT_HALF_LIFE), 1.0)


def _cosines(bags: list[dict[str, float]], idf: Callable[[str], float]) -> np.ndarray:
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for i, bag in enumerate(bags):
        for term, tf in bag.items():
            rows.append(i)
            cols.append(vocab.setdefault(term, len(vocab)))
            vals.append(tf)
    weights = np.fromiter((idf(t) for t in vocab), float, len(vocab))  # once per term, not per occurrence
    m = sparse.csr_matrix((np.asarray(vals, float) * weights[cols] if cols else vals, (rows, cols)),
                          shape=(len(bags), max(len(vocab), 1)))
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    m = sparse.diags(1.0 / np.maximum(norms, 1e-12)) @ m
    return (m @ m.T).toarray()


def _overlaps(sets: list[tuple[str, ...]]) -> tuple[np.ndarray, np.ndarray]:
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, items in enumerate(sets):
        for item in items:
            rows.append(i)
            cols.append(vocab.setdefault(item, len(vocab)))
    m = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(sets), max(len(vocab), 1)))
    return (m @ m.T).toarray(), np.asarray(m.sum(axis=1)).ravel()


def _gaps(sigs: Sequence[Signature]) -> np.ndarray:
    """Fewest days between any day of one article and any of the other; inf when either has none."""
    width = max((len(s.days) for s in sigs), default=0) or 1
    days = np.full((len(sigs), width), np.nan)
    for i, s in enumerate(sigs):
        for k, d in enumerate(s.days):
            days[i, k] = _ordinal(d)
    diff = np.abs(days[:, None, :, None] - days[None, :, None, :]).reshape(len(sigs), len(sigs), -1)
    return np.where(np.isnan(diff), np.inf, diff).min(axis=2, initial=np.inf)


@cache
def _ordinal(day: str) -> float:
    try:
        return float(date.fromisoformat(day[:10]).toordinal())
    except ValueError:
        return math.nan

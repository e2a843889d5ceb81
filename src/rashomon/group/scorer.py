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


def pair_features(sigs: Sequence[Signature], idf: Callable[[str], float],
                  others: Sequence[Signature] | None = None) -> dict[str, np.ndarray]:
    """Matrices, one per feature, for every pair of the given signatures: n x n, or n x m against
    ``others`` (a batch of new articles against the articles it may join needs no more)."""
    cols = sigs if others is None else others

    def values(field: str) -> tuple[list, list]:
        rows = [getattr(s, field) for s in sigs]
        return rows, (rows if others is None else [getattr(s, field) for s in others])

    out = {name: _cosines(*values(name), idf) for name in WORD_FEATURES}
    for name, field in (("people", "people"), ("places", "places"), ("orgs", "orgs"), ("years", "years"),
                        ("numbers", "numbers"), ("names", "names"), ("people_anywhere", "people_all"),
                        ("opening_years", "recent_years")):
        inter, rows_n, cols_n = _overlaps(*values(field))
        union = rows_n[:, None] + cols_n[None, :] - inter
        both = (rows_n[:, None] > 0) & (cols_n[None, :] > 0)
        if name == "people_anywhere":
            out[name] = (inter > 0).astype(float)
        else:
            out[name] = np.where(both, inter / np.maximum(union, 1), 0.0)
        if name in ("people", "places", "years", "opening_years"):
            out[name + "_differ"] = (both & (inter == 0)).astype(float)
    gaps = _gaps(sigs, cols)
    out["gap"] = gaps  # days between the two; inf when either has none (not a model feature)
    out["days_close"] = (gaps <= CLOSE_DAYS).astype(float)
    out["days_apart"] = ((gaps > APART_DAYS) & np.isfinite(gaps)).astype(float)
    out["days_far"] = ((gaps > FAR_DAYS) & np.isfinite(gaps)).astype(float)
    out["days_unknown"] = (~np.isfinite(gaps)).astype(float)
    return out


def probabilities(sigs: Sequence[Signature], idf: Callable[[str], float], models: Models | None = None,
                  others: Sequence[Signature] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(story, event) probability matrices for every pair, or of each signature against each of
    ``others``; on the square matrices the diagonal is 1."""
    models = models or shipped_models()
    cols = sigs if others is None else others
    f = pair_features(sigs, idf, others)
    langs_a, langs_b = (np.array([s.language or "en" for s in x]) for x in (sigs, cols))
    same = langs_a[:, None] == langs_b[None, :]
    named_a, named_b = (np.array([bool(s.people or s.places or s.orgs or s.names) for s in x]) for x in (sigs, cols))
    both = named_a[:, None] & named_b[None, :]
    story = np.where(same, np.where(both, models.story.probability(f), models.story_words.probability(f)),
                     models.story_neutral.probability(f))
    event = np.where(same, np.where(both, models.event.probability(f), models.event_words.probability(f)),
                     models.event_neutral.probability(f)) * days_decay(f["gap"])
    if others is None:
        np.fill_diagonal(story, 1.0)
        np.fill_diagonal(event, 1.0)
    return story, event


def days_decay(gaps: np.ndarray) -> np.ndarray:
    "1 within two days (or without dates), halving every ``EVENT_HALF_LIFE`` days after."
    with np.errstate(invalid="ignore"):
        return np.where(np.isfinite(gaps), 0.5 ** (np.maximum(gaps - CLOSE_DAYS, 0) / EVENT_HALF_LIFE), 1.0)


def _cosines(rows: list[dict[str, float]], cols: list[dict[str, float]], idf: Callable[[str], float]) -> np.ndarray:
    vocab: dict[str, int] = {}
    a, b = _matrix(rows, vocab), (_matrix(cols, vocab) if cols is not rows else None)
    weights = np.fromiter((idf(t) for t in vocab), float, len(vocab))  # once per term, not per occurrence
    width = max(len(vocab), 1)
    a = _unit_rows(a, weights, width)
    b = a if b is None else _unit_rows(b, weights, width)
    return (a @ b.T).toarray()


def _matrix(bags: list[dict], vocab: dict[str, int]) -> tuple[list, list, list, int]:
    rows, cols, vals = [], [], []
    for i, bag in enumerate(bags):
        for term, tf in (bag.items() if isinstance(bag, dict) else ((t, 1.0) for t in bag)):
            rows.append(i)
            cols.append(vocab.setdefault(term, len(vocab)))
            vals.append(tf)
    return rows, cols, vals, len(bags)


def _unit_rows(parts: tuple[list, list, list, int], weights: np.ndarray | None, width: int) -> sparse.csr_matrix:
    rows, cols, vals, n = parts
    vals = np.asarray(vals, float) * (weights[cols] if weights is not None and cols else 1.0)
    m = sparse.csr_matrix((vals, (rows, cols)), shape=(n, width))
    if weights is None:
        return m
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    return sparse.diags(1.0 / np.maximum(norms, 1e-12)) @ m


def _overlaps(rows: list[tuple[str, ...]], cols: list[tuple[str, ...]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Shared items of each pair, and how many items each side has."""
    vocab: dict[str, int] = {}
    a = _matrix(rows, vocab)
    b = _matrix(cols, vocab) if cols is not rows else a
    width = max(len(vocab), 1)
    ma = _unit_rows(a, None, width)
    mb = ma if b is a else _unit_rows(b, None, width)
    return ((ma @ mb.T).toarray(), np.asarray(ma.sum(axis=1)).ravel(), np.asarray(mb.sum(axis=1)).ravel())


def _gaps(sigs: Sequence[Signature], others: Sequence[Signature]) -> np.ndarray:
    """Fewest days between any day of one article and any of the other; inf when either has none."""
    def days(group: Sequence[Signature]) -> np.ndarray:
        width = max((len(s.days) for s in group), default=0) or 1
        out = np.full((len(group), width), np.nan)
        for i, s in enumerate(group):
            for k, d in enumerate(s.days):
                out[i, k] = _ordinal(d)
        return out

    a, b = days(sigs), days(others)
    diff = np.abs(a[:, None, :, None] - b[None, :, None, :]).reshape(len(sigs), len(others), -1)
    return np.where(np.isnan(diff), np.inf, diff).min(axis=2, initial=np.inf)


@cache
def _ordinal(day: str) -> float:
    try:
        return float(date.fromisoformat(day[:10]).toordinal())
    except ValueError:
        return math.nan

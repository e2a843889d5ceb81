"""Learn the story and event scorer of ``rashomon.group.scorer`` on ECB+ train and dev.

ECB+ topics hold two real events of one kind each (two rehab check-ins, two
earthquakes): the topic is the story level, the subtopic the event level. Every
pair of train+dev documents is a training example for both levels, with the
features the grouper computes at run time (``group.scorer.pair_features``). The
story and event models are logistic regressions (scikit-learn, from the ``bench``
extra); a second pair is fitted on the language-neutral features only, for
articles in different languages.

The clustering thresholds are chosen by cross-validation over topics: four folds
of train+dev topics, each clustered (stories, then events inside them) by models
fitted on the other three. The test split is never read here. The weights are
written to ``src/rashomon/data/grouping.json`` with their provenance.

    .venv/bin/python bench/train_grouping.py            # cross-validate, fit, write
    .venv/bin/python bench/train_grouping.py --dry-run  # cross-validate and print only

Ends by printing one JSON line with the cross-validated figures.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ecbplus import DATA, analysed, load, scores  # noqa: E402

from rashomon.group.cluster import nested  # noqa: E402
from rashomon.group.scorer import FEATURES, NAME_FEATURES, NEUTRAL_FEATURES, Model, pair_features  # noqa: E402
from rashomon.group.signature import signature  # noqa: E402
from rashomon.group.stories import idf_function  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "src" / "rashomon" / "data" / "grouping.json"
FOLDS = 4
STORY_GRID = [round(x, 3) for x in np.arange(0.10, 0.96, 0.025)]
EVENT_GRID = STORY_GRID


def terms(level: str) -> list[str]:
    """The model's terms: every feature, and for the full models the lead cosine times each other one."""
    if level.endswith("neutral"):
        return list(NEUTRAL_FEATURES)
    if level.endswith("words"):
        others = [f for f in FEATURES if f != "lead" and f not in NAME_FEATURES]
        return ["lead"] + others + [f"lead*{f}" for f in others] + ["lead^2"]
    others = [f for f in FEATURES if f != "lead"]
    return list(FEATURES) + [f"lead*{f}" for f in others] + ["lead^2"]


def design(features: dict[str, np.ndarray], names: list[str], pairs: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    from rashomon.group.scorer import _term

    return np.column_stack([_term(features, t)[pairs] for t in names])


def fit(x: np.ndarray, y: np.ndarray):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=1.0, max_iter=5000).fit(x, y)


def to_model(lr, names: list[str], threshold: float) -> Model:
    return Model(round(float(lr.intercept_[0]), 4), {t: round(float(w), 4) for t, w in zip(names, lr.coef_[0])},
                 threshold)


def probability_matrix(model: Model, features: dict[str, np.ndarray], idx: np.ndarray) -> np.ndarray:
    sub = {k: v[np.ix_(idx, idx)] for k, v in features.items()}
    p = model.probability(sub)
    np.fill_diagonal(p, 1.0)
    return p


def cross_validate(docs, gold, features) -> tuple[float, float, dict]:
    topics = sorted({gold[a.id]["topic"] for a in docs}, key=int)
    random.Random(0).shuffle(topics)
    folds = [set(topics[i::FOLDS]) for i in range(FOLDS)]
    topic = np.array([gold[a.id]["topic"] for a in docs])
    sub = np.array([gold[a.id]["subtopic"] for a in docs])
    n = len(docs)
    iu = np.triu_indices(n, 1)
    story_curve = np.zeros(len(STORY_GRID))
    event_curve = np.zeros((len(STORY_GRID), len(EVENT_GRID)))
    for fold in folds:
        held = np.isin(topic, list(fold))
        train_pairs = ~held[iu[0]] & ~held[iu[1]]
        pairs = (iu[0][train_pairs], iu[1][train_pairs])
        models = {}
        for level, labels in (("story", topic), ("event", sub)):
            names = terms(level)
            lr = fit(design(features, names, pairs), labels[pairs[0]] == labels[pairs[1]])
            models[level] = to_model(lr, names, 0.5)
        idx = np.flatnonzero(held)
        sp = probability_matrix(models["story"], features, idx)
        ep = probability_matrix(models["event"], features, idx)
        for i, st in enumerate(STORY_GRID):
            for j, et in enumerate(EVENT_GRID):
                s_labels, e_labels = nested(sp, ep, st, et)
                if j == 0:
                    story_curve[i] += scores(list(topic[idx]), list(s_labels))["b3_f1"] / FOLDS
                event_curve[i, j] += scores(list(sub[idx]), list(e_labels))["b3_f1"] / FOLDS
    si = int(story_curve.argmax())
    ei = int(event_curve[si].argmax())
    return STORY_GRID[si], EVENT_GRID[ei], {"story_b3_f1": round(float(story_curve[si]), 3),
                                            "event_b3_f1": round(float(event_curve[si, ei]), 3),
                                            "best_event_any_story_threshold": round(float(event_curve.max()), 3)}


def pool_idf(sigs) -> callable:
    df: Counter = Counter()
    for s in sigs:
        df.update(set(s.lead) | set(s.body) | set(s.opening))
    return idf_function(df, len(sigs))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    if not (args.data / "docs.jsonl").exists():
        sys.exit(f"ECB+ not found at {args.data} (expected docs.jsonl); pass --data")
    articles, gold = load(args.data)
    articles = analysed("ecbplus", articles)
    docs = [a for a in articles if gold[a.id]["split"] in ("train", "dev")]
    sigs = [signature(a) for a in docs]
    features = pair_features(sigs, pool_idf(sigs))
    story_t, event_t, cv = cross_validate(docs, gold, features)
    print(f"cross-validated on {len(docs)} train+dev documents: story threshold {story_t} (B3 F1 "
          f"{cv['story_b3_f1']}), event threshold {event_t} (B3 F1 {cv['event_b3_f1']})")
    n = len(docs)
    iu = np.triu_indices(n, 1)
    topic = np.array([gold[a.id]["topic"] for a in docs])
    sub = np.array([gold[a.id]["subtopic"] for a in docs])
    out = {"about": "Story and event pair scorer for rashomon.group.scorer, learned by bench/train_grouping.py on "
                    "ECB+ train and dev topics (annotations CC BY 3.0: Cybulska and Vossen, LREC 2014). "
                    "Thresholds chosen by 4-fold cross-validation over topics.",
           "cross_validation": cv}
    for level, labels, threshold in (("story", topic, story_t), ("event", sub, event_t),
                                     ("story_neutral", topic, story_t), ("event_neutral", sub, event_t),
                                     ("story_words", topic, story_t), ("event_words", sub, event_t)):
        names = terms(level)
        lr = fit(design(features, names, iu), labels[iu[0]] == labels[iu[1]])
        model = to_model(lr, names, threshold)
        out[level] = {"bias": model.bias, "weights": model.weights, "threshold": threshold}
    if not args.dry_run:
        OUT.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    print(json.dumps({"bench": "train_grouping", "docs": n, "story_threshold": story_t, "event_threshold": event_t,
                      **cv}))


if __name__ == "__main__":
    main()

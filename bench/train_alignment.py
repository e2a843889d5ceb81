"""Learn the claim alignment scorer of ``rashomon.compare.claims`` on ECB+ train and dev.

ECB+ annotates, in selected sentences, the mentions of events and links mentions
of one real event across documents. Two annotated sentences of different
documents of one topic are a positive pair when they mention the same event
instance, a negative one otherwise: the topic's other event (the same kind of
event, another time and place) gives the hard negatives. Each topic is compared as
one story, as a user would compare it: the candidate pairs are those the
comparison looks at (``compare.claims.scored_pairs``), with the features it
computes, and the articles' events come from the grouper run over the split, not
from the gold. A pair with a sentence ECB+ did not annotate is a negative: such
sentences do not report the topic's events, and they teach the model how rare a
match is among all the sentences a comparison meets. Only annotated pairs are
scored.

The weights are fitted by logistic regression with each weight held to the
direction of its evidence. The threshold is chosen by cross-validation over
topics: the claims formed with out-of-fold probabilities are scored pair by pair
against the gold, and the threshold kept is the one with the highest recall at a
precision of at least 0.85 (the highest F1 if none reaches it). The test split is
never read here. Writes ``src/rashomon/data/alignment.json``.

    .venv/bin/python bench/train_alignment.py [--dry-run]

Ends by printing one JSON line with the cross-validated figures.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ecbplus import DATA, load_analysed  # noqa: E402
from ecbplus_align import FLOOR, prf, topics_of  # noqa: E402
from train_grouping import fit  # noqa: E402

from rashomon.compare.claims import FEATURES, Scorer  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "src" / "rashomon" / "data" / "alignment.json"
NEGATIVE = {"other_event", "days_apart", "people_differ", "dates_differ"}
PRECISION = 0.85
FOLDS = 4
GRID = [round(x, 3) for x in np.arange(0.1, 0.96, 0.025)]


def fit_topics(topics: list[Topic]) -> Scorer:
    x = np.vstack([t.x for t in topics])
    y = np.array([y for t in topics for y in t.y])
    bias, weights = fit(x, y, list(FEATURES), fixed=None, negative=NEGATIVE)
    return Scorer(round(bias, 4), {n: round(float(w), 4) for n, w in zip(FEATURES, weights)}, 0.5)


def choose(sweep: list[dict]) -> dict:
    good = [s for s in sweep if s["p"] >= PRECISION]
    return max(good, key=lambda s: (s["r"], -s["threshold"])) if good else max(sweep, key=lambda s: s["f1"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    articles, gold = load_analysed(args.data)
    topics = topics_of(articles, gold, args.data, {"train", "dev"})
    order = [t.topic for t in topics]
    random.Random(0).shuffle(order)
    fold_of = {t: i % FOLDS for i, t in enumerate(order)}
    probs = [None] * len(topics)
    for f in range(FOLDS):
        scorer = fit_topics([t for t in topics if fold_of[t.topic] != f])
        for k, t in enumerate(topics):
            if fold_of[t.topic] == f:
                probs[k] = np.array([scorer.probability(dict(zip(FEATURES, row))) for row in t.x])
    sweep = [prf(topics, probs, th) for th in GRID]
    best = choose(sweep)
    final = fit_topics(topics)
    out = {"about": "Claim alignment scorer for rashomon.compare.claims, learned by bench/train_alignment.py on ECB+ "
                    "train and dev cross-document event coreference (annotations CC BY 3.0: Cybulska and Vossen, "
                    "LREC 2014); threshold chosen by 4-fold cross-validation over topics for the highest recall at "
                    f"precision {PRECISION}.", "cross_validation": best,
           "bias": final.bias, "weights": final.weights, "threshold": best["threshold"]}
    print(f"cross-validated on train+dev: threshold {best['threshold']}, P {best['p']}, R {best['r']}, F1 {best['f1']}")
    print("weights:", final.weights, "bias", final.bias)
    if not args.dry_run:
        OUT.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    print(json.dumps({"bench": "train_alignment", "chosen": best, "sweep": sweep}))


if __name__ == "__main__":
    main()

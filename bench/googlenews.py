"""Story grouping on GoogleNews (Yin & Wang): 11,109 short items, 152 Google News stories.

Items are already lowercased, stop-word-filtered and stemmed headline (T), snippet
(S) or both (TS), so the analysis pipeline would find no names in them: they go
to StoryGrouper as bare bodies (no mentions, no dates), in file order. The number
of stories is not given. Figures: NMI, accuracy after Hungarian matching of
predicted to gold clusters (unmatched predicted clusters count as wrong; the
literature's ACC is given k = 152, so it is not comparable), ARI, B-cubed.
Held-out check: Settings are tuned on ECB+ train/dev, never here. The TF-IDF +
agglomerative baseline uses the ECB+ train+dev event-level threshold (0.82).

    .venv/bin/python bench/googlenews.py [--variants TS,T,S] [--data DIR] [--no-baseline]

Ends by printing one JSON line with all figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ecbplus import ROOT, baseline, group, scores, table  # noqa: E402

DATA = ROOT.parent / "shared" / "bench" / "googlenews_yin2016"
BASELINE_THRESHOLD = 0.82


def accuracy(gold: list, pred: list) -> float | None:
    """Share of items in a one-to-one matched (Hungarian) pair of predicted and gold clusters."""
    try:
        import numpy as np
        from scipy.optimize import linear_sum_assignment
    except ImportError:
        return None
    g_ids = {g: i for i, g in enumerate(sorted(set(gold)))}
    p_ids = {p: i for i, p in enumerate(sorted(set(pred)))}
    m = np.zeros((len(g_ids), len(p_ids)))
    for (g, p), c in Counter(zip(gold, pred)).items():
        m[g_ids[g], p_ids[p]] = c
    rows, cols = linear_sum_assignment(-m)
    return round(float(m[rows, cols].sum()) / len(gold), 3)


def run(path: Path, with_baseline: bool) -> tuple[dict, list]:
    from rashomon.model import Article

    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    articles = [Article(id=f"{i:05d}", source=path.name, format="text", body=r["text"], language="en")
                for i, r in enumerate(records)]
    gold = [r["cluster"] for r in records]
    t0 = time.perf_counter()
    got = group(articles)
    seconds = round(time.perf_counter() - t0, 2)
    pred = [got[a.id][0] for a in articles]
    out = {"items": len(articles), "seconds": seconds, "grouper": {**scores(gold, pred), "acc": accuracy(gold, pred)}}
    rows = [(f"StoryGrouper {path.stem} (stories)", out["grouper"])]
    if with_baseline:
        t0 = time.perf_counter()
        b = baseline([r["text"] for r in records], BASELINE_THRESHOLD)
        if b is None:
            print("baseline skipped (scikit-learn not installed)")
        else:
            out["baseline"] = {**scores(gold, b), "acc": accuracy(gold, b), "seconds": round(time.perf_counter() - t0, 1)}
            rows.append((f"TF-IDF agglo t={BASELINE_THRESHOLD} {path.stem}", out["baseline"]))
    return out, rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--variants", default="TS,T,S")
    ap.add_argument("--no-baseline", action="store_true")
    args = ap.parse_args()
    if not (args.data / "GoogleNews-TS.jsonl").exists():
        sys.exit(f"GoogleNews not found at {args.data} (expected GoogleNews-TS.jsonl); pass --data")
    result, rows = {}, []
    for v in args.variants.split(","):
        r, rs = run(args.data / f"GoogleNews-{v}.jsonl", not args.no_baseline)
        result[v] = r
        rows += rs
    print("GoogleNews (152 stories, short preprocessed text, no names or dates); number of clusters not given")
    print(table(rows, extra=("acc",)))
    print(json.dumps({"bench": "googlenews", **result}))


if __name__ == "__main__":
    main()

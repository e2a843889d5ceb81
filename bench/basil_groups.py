"""Story/event grouping on BASIL: 300 articles, 100 same-event triplets (Fox News, NYT, HuffPost).

Each triplet is one event reported by three outlets, 2010-2019. StoryGrouper runs
once over all 300 articles in (published, id) order; its event ids are scored
against the triplets (B-cubed, ARI, NMI), and so are its story ids, since a
story may legitimately hold several triplets only when they are the same news.
Held-out check: Settings are tuned on ECB+ train/dev, never here. The TF-IDF +
agglomerative baseline uses the threshold tuned on ECB+ train+dev (0.82, event level).

    .venv/bin/python bench/basil_groups.py [--data /path/to/basil]

Ends by printing one JSON line with all figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ecbplus import ROOT, analysed, baseline, group, scores, table  # noqa: E402

DATA = ROOT.parent / "shared" / "bench" / "basil"
BASELINE_THRESHOLD = 0.82  # tuned on ECB+ train+dev at the event level (see ecbplus.py)


def load(data: Path) -> tuple[list, dict]:
    from rashomon.model import Article

    articles, gold = [], {}
    for path in sorted((data / "articles").glob("*/*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        body = "\n\n".join(" ".join(p) for p in d["body-paragraphs"])
        aid = path.stem
        articles.append(Article(id=aid, source=str(path.name), format="text", body=body, title=d["title"],
                                published=d["date"], outlet=d["source"].lower(), language="en"))
        gold[aid] = d["triplet-uuid"]
    return articles, gold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args()
    if not (args.data / "articles").is_dir():
        sys.exit(f"BASIL not found at {args.data} (expected articles/); pass --data")
    articles, gold = load(args.data)
    articles = analysed("basil", articles)
    t0 = time.perf_counter()
    got = group(articles)
    seconds = time.perf_counter() - t0
    ids = [a.id for a in articles]
    truth = [gold[i] for i in ids]
    result = {"docs": len(ids), "seconds": round(seconds, 2),
              "event": scores(truth, [got[i][1] for i in ids]), "story": scores(truth, [got[i][0] for i in ids])}
    rows = [("StoryGrouper events", result["event"]), ("StoryGrouper stories", result["story"])]
    pred = baseline([(a.title or "") + "\n" + a.body for a in articles], BASELINE_THRESHOLD)
    if pred is None:
        print("baseline skipped (scikit-learn not installed)")
    else:
        result["baseline"] = scores(truth, pred)
        rows.append((f"TF-IDF agglo t={BASELINE_THRESHOLD}", result["baseline"]))
    print("BASIL: 300 articles, 100 same-event triplets; gold = triplet")
    print(table(rows))
    print(json.dumps({"bench": "basil", **result}))


if __name__ == "__main__":
    main()

"""Attribution quality on PolNeAR: statements.v1 against gold Source / Cue / Content.

Runs the language, sentences, entities and statements stages on each document of
a split and scores the predicted spans against the gold attribution relations
(brat E lines), Citron-style: span-level P/R/F1 per role under exact and overlap
matching, one-to-one, plus a full-triple F1 (cue, source and content all overlap;
a missing source matches a missing source).

Conventions: a document with several annotation files is scored against the one
whose name sorts first; a discontinuous gold span ("A," said X. "B.") is scored as
the hull from its first to its last fragment, and our statements sharing a cue are
merged the same way; statements with no cue (scare quotes, unclaimed quotes) are
not scored, since PolNeAR gives every relation a cue.

    .venv/bin/python bench/polnear.py --split dev
    .venv/bin/python bench/polnear.py --split test --limit 20

The data (not part of this project) is looked for in ../shared/bench/polnear.
Ends by printing one JSON line with all figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "bench" / "polnear"
ROLES = ("Source", "Cue", "Content")

Pair = tuple[int, int]
Triple = tuple[Pair, Pair | None, Pair]  # cue, source, content


def read_gold(ann: Path) -> list[Triple]:
    "The attribution relations of one .ann file as (cue, source, content) hulls."
    spans: dict[str, Pair] = {}
    relations = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            offsets = [tuple(map(int, frag.split()[-2:])) for frag in parts[1].split(";")]
            spans[parts[0]] = (min(a for a, _ in offsets), max(b for _, b in offsets))
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.rsplit(":", 1) for arg in parts[1].split()))
    out = []
    for rel in relations:
        if rel.get("Cue") in spans and rel.get("Content") in spans:
            out.append((spans[rel["Cue"]], spans.get(rel.get("Source")), spans[rel["Content"]]))
    return out


def documents(data: Path, split: str) -> list[tuple[Path, Path]]:
    "(text, first annotation file) per document; annotation files are <doc>_<annotator>.ann."
    folder = data / "data" / split
    anns: dict[str, list[Path]] = {}
    for ann in (folder / "attributions").glob("*.ann"):
        anns.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    return [(folder / "text" / f"{doc}.txt", sorted(files)[0]) for doc, files in sorted(anns.items())]


def predict(text: str, pipeline, ctx) -> list[Triple]:
    "Our statements as (cue, source, content), merging those that share a cue."
    from rashomon.model import Article

    article = pipeline(Article(id="polnear", source="polnear", body=text, format="text"), ctx)
    cued = [s for s in article.statements if s.cue is not None]
    by_cue: dict[Pair, list] = {}
    for s in cued:
        if not any(o is not s and o.content.start <= s.cue.start < o.content.end for o in cued):  # univocal, as the gold
            by_cue.setdefault((s.cue.start, s.cue.end), []).append(s)
    out = []
    for cue, group in by_cue.items():
        source = next(((s.speaker.start, s.speaker.end) for s in group if s.speaker), None)
        content = (min(s.content.start for s in group), max(s.content.end for s in group))
        out.append((cue, source, content))
    return out


def overlaps(a: Pair | None, b: Pair | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a[0] < b[1] and b[0] < a[1]


def match(gold: list, pred: list, same) -> int:
    "Greedy one-to-one matches, exact pairs first so an overlap never steals an exact one."
    free = list(gold)
    hits = 0
    for exact_first in (True, False):
        rest = []
        for p in pred:
            j = next((i for i, g in enumerate(free) if (g == p if exact_first else same(g, p))), None)
            if j is None:
                rest.append(p)
            else:
                free.pop(j)
                hits += 1
        pred = rest
    return hits


def triple_match(g: Triple, p: Triple) -> bool:
    return overlaps(g[0], p[0]) and overlaps(g[2], p[2]) and overlaps(g[1], p[1])


def prf(hits: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = hits / n_pred if n_pred else 0.0
    r = hits / n_gold if n_gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def score(pairs: list[tuple[list[Triple], list[Triple]]]) -> dict:
    "Corpus-level figures from (gold, predicted) per document."
    counts = Counter()
    for gold, pred in pairs:
        for k, role in enumerate(("Cue", "Source", "Content")):
            g = sorted({t[k] for t in gold if t[k] is not None})
            p = sorted({t[k] for t in pred if t[k] is not None})
            counts[role, "gold"] += len(g)
            counts[role, "pred"] += len(p)
            counts[role, "exact"] += len(set(g) & set(p))
            counts[role, "overlap"] += match(g, p, overlaps)
        counts["triple", "gold"] += len(gold)
        counts["triple", "pred"] += len(pred)
        counts["triple", "overlap"] += match(gold, pred, triple_match)
    out = {}
    for role in ROLES:
        for mode in ("exact", "overlap"):
            out[f"{role.lower()}_{mode}"] = prf(counts[role, mode], counts[role, "pred"], counts[role, "gold"])
    out["triple_overlap"] = prf(counts["triple", "overlap"], counts["triple", "pred"], counts["triple", "gold"])
    out["gold_relations"] = counts["triple", "gold"]
    out["predicted_relations"] = counts["triple", "pred"]
    return out


def print_table(figures: dict) -> None:
    print(f"{'':18}{'P':>8}{'R':>8}{'F1':>8}")
    for key, value in figures.items():
        if isinstance(value, dict):
            print(f"{key:18}{value['p']:8.3f}{value['r']:8.3f}{value['f1']:8.3f}")
    print(f"gold relations {figures['gold_relations']}, predicted {figures['predicted_relations']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("test", "dev", "train"), default="test")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument("--data", type=Path, default=DATA, help="the PolNeAR folder (holding data/)")
    args = parser.parse_args(argv)
    if not (args.data / "data" / args.split).is_dir():
        print(f"PolNeAR data not found at {args.data / 'data' / args.split}; pass --data", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT / "src"))
    from rashomon.analyse import statements  # noqa: F401 - registers statements.v1
    from rashomon.analyse.pipeline import Context, Pipeline

    ctx = Context()
    pipeline = Pipeline(["language.v1", "sentences.v1", "entities.v1", "statements.v1"])
    docs = documents(args.data, args.split)[: args.limit]
    started = time.perf_counter()
    pairs = [(read_gold(ann), predict(text.read_text(encoding="utf-8"), pipeline, ctx)) for text, ann in docs]
    seconds = time.perf_counter() - started
    figures = score(pairs)
    print(f"PolNeAR {args.split}: {len(docs)} docs in {seconds:.1f}s (first annotator file per doc)")
    print_table(figures)
    print(json.dumps({"bench": "polnear", "split": args.split, "docs": len(docs), "seconds": round(seconds, 1),
                      "annotator": "first-sorted", **figures}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

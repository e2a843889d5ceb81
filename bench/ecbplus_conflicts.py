"""False conflicts and mixed claims on ECB+: each topic compared as one story of two real events.

Every ECB+ topic holds two real events of one kind (two earthquakes, two rehab
check-ins): its subtopics. This bench groups a split's documents as the store
would (``group.stories``, the event of each article from the grouper, not from the
gold), then compares all documents of each topic as one story, with the spaCy
parses as the CLI does. A conflict or dispute between sentences of different
subtopics is false by construction, and so is a multi-source claim that holds
sentences of both. Reported per topic and in total, for each split: conflicts and
those crossing subtopics, disputes with their denial-to-assertion links and those
crossing, multi-source claims and those mixing subtopics. The targets (issue 12)
are no conflict across subtopics (at most 2% of all conflicts) and at most 5% of
multi-source claims mixing them. ``--sample N`` prints N findings of the test split
within one subtopic, to be read as a journalist would.

    .venv/bin/python bench/ecbplus_conflicts.py [--splits traindev,test] [--sample 12] [--all] [--crossing]

Ends by printing one JSON line with all figures.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ecbplus import DATA, group, load_analysed, resolved  # noqa: E402

SPLITS = {"train": {"train"}, "dev": {"dev"}, "traindev": {"train", "dev"}, "test": {"test"}}


def run(articles: list, gold: dict, nlp, show_all: bool) -> dict:
    from rashomon.compare import compare

    events = {a: e for a, (_, e) in group(articles).items()}
    by_topic = defaultdict(list)
    for a in resolved(articles):
        by_topic[gold[a.id]["topic"]].append(a)
    rows, samples, crossed = {}, [], []
    for topic in sorted(by_topic, key=int):
        docs = by_topic[topic]
        c = compare(docs, nlp=nlp, events={a.id: events[a.id] for a in docs}, show_all=show_all)
        sub = {a.id: gold[a.id]["subtopic"] for a in docs}
        found = [(x.kind, x.a, x.b, x.detail) for x in c.conflicts]
        crossing = [f for f in found if sub[f[1].article_id] != sub[f[2].article_id]]
        links = [(p.evidence, o.evidence) for d in c.disputes for p in d.claims for o in d.denials]
        multi = [cl for cl in c.claims if len({e.article_id for e in cl.evidence}) > 1]
        mixed = [cl for cl in multi if len({sub[e.article_id] for e in cl.evidence}) > 1]
        rows[topic] = {"docs": len(docs), "conflicts": len(found), "crossing": len(crossing),
                       "disputes": len(c.disputes), "dispute_links": len(links),
                       "links_crossing": sum(sub[p.article_id] != sub[o.article_id] for p, o in links),
                       "multi_source_claims": len(multi), "mixed": len(mixed), "uncertain": c.uncertain}
        samples += [(topic, f) for f in found if f not in crossing]
        crossed += [(topic, f) for f in crossing]
        samples += [(topic, ("dispute", o.evidence, p.evidence, d.about)) for d in c.disputes for p in d.claims
                    for o in d.denials if sub[p.evidence.article_id] == sub[o.evidence.article_id]]
    total = {k: sum(r[k] for r in rows.values()) for k in ("docs", "conflicts", "crossing", "disputes", "dispute_links",
                                                          "links_crossing", "multi_source_claims", "mixed", "uncertain")}
    total["crossing_share"] = round(total["crossing"] / total["conflicts"], 3) if total["conflicts"] else 0.0
    total["links_crossing_share"] = round(total["links_crossing"] / total["dispute_links"], 3) if total["dispute_links"] else 0.0
    total["mixed_share"] = round(total["mixed"] / total["multi_source_claims"], 3) if total["multi_source_claims"] else 0.0
    return {"topics": rows, "total": total, "samples": samples, "crossing": crossed}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--splits", default="traindev,test")
    ap.add_argument("--sample", type=int, default=0, help="print this many test conflicts within one subtopic")
    ap.add_argument("--crossing", action="store_true", help="print every conflict across subtopics (all false)")
    ap.add_argument("--all", action="store_true", help="count the uncertain findings too (compare --all)")
    ap.add_argument("--sample-split", default="test", help="the split whose findings --sample prints")
    args = ap.parse_args()
    from rashomon.analyse.nlp import DEFAULT_MODEL, load_nlp

    articles, gold = load_analysed(args.data)
    nlp = load_nlp(DEFAULT_MODEL)
    result = {"bench": "ecbplus_conflicts", "shown": "all" if args.all else "default"}
    print("ECB+: each topic compared as one story (events from the grouper); findings across subtopics are false")
    print(f"{'split':10}{'docs':>6}{'conflicts':>11}{'crossing':>10}{'share':>7}{'disputes':>10}{'links':>7}"
          f"{'crossing':>10}{'claims':>8}{'mixed':>7}{'share':>7}{'s':>6}")
    for name in args.splits.split(","):
        t0 = time.perf_counter()
        r = run([a for a in articles if gold[a.id]["split"] in SPLITS[name]], gold, nlp, args.all)
        t = r["total"]
        print(f"{name:10}{t['docs']:>6}{t['conflicts']:>11}{t['crossing']:>10}{t['crossing_share']:>7}{t['disputes']:>10}"
              f"{t['dispute_links']:>7}{t['links_crossing']:>10}{t['multi_source_claims']:>8}{t['mixed']:>7}"
              f"{t['mixed_share']:>7}{time.perf_counter() - t0:>6.0f}")
        result[name] = {"total": t, "topics": r["topics"]}
        if name in ("test", args.sample_split) and args.sample:
            print(f"\n{args.sample} conflicts and dispute links within one subtopic ({args.sample_split}), to read:")
            for topic, (kind, a, b, detail) in random.Random(0).sample(r["samples"], min(args.sample, len(r["samples"]))):
                print(f"- topic {topic} {kind}: {detail}\n    A [{a.outlet}] {a.text[:200]}\n    B [{b.outlet}] {b.text[:200]}")
        if args.crossing:
            print(f"\nconflicts across subtopics ({name}), all false:")
            for topic, (kind, a, b, detail) in r["crossing"]:
                print(f"- topic {topic} {kind}: {detail}\n    A [{a.outlet}] {a.text[:200]}\n    B [{b.outlet}] {b.text[:200]}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()

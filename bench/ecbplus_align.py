"""Claim alignment on ECB+: do the sentences Rashomon aligns across articles report the same event?

ECB+ annotates, in selected sentences, every mention of an event and links mentions
of one real event across documents (cross-document coreference). Within each
subtopic (one real event, 3-22 articles) this bench runs the comparison's own
alignment (``compare.align``: sentence features, TF-IDF cosine, one sentence per
article per claim) and scores the sentence pairs it puts in one claim against the
gold pairs: two annotated sentences of different articles that mention the same
event instance (ACTION/NEG chains). Only sentences on ECB+'s list of fully
annotated sentences count, on both sides.

The gold is looser than "says the same thing": two sentences that mention the same
shooting, one giving the toll and one the suspect's name, are a gold pair. Recall
is therefore a floor; precision is the figure to read. The threshold is chosen on
train+dev (best F1) and reported on test beside the default the comparison uses;
a bag-of-words baseline (plain words, no stems, synonyms, entities or amounts) runs
the same alignment.

    .venv/bin/python bench/ecbplus_align.py [--data /path/to/ecbplus]

Ends by printing one JSON line with all figures.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ecbplus import DATA, analysed, detokenise, load  # noqa: E402

from rashomon.compare import MATCH_THRESHOLD  # noqa: E402

alignment = importlib.import_module("rashomon.compare.align")  # the module; the package exports its align()

THRESHOLDS = [x / 100 for x in range(10, 62, 4)]


def gold_sentences(data: Path, docs: dict) -> tuple[dict, set]:
    """(doc id, jsonl sentence index) -> event instance ids it mentions; and the annotated sentences."""
    listed: dict[str, set[int]] = defaultdict(set)  # doc id -> its fully annotated sentence numbers
    with open(data / "ECBplus_coreference_sentences.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            listed[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    events: dict[tuple[str, int], set[str]] = defaultdict(set)
    annotated = set()
    for path in sorted((data / "ECB+").glob("*/*.xml")):
        doc_id = path.stem
        if doc_id not in docs:
            continue
        root = ET.parse(path).getroot()
        tokens = {t.get("t_id"): (int(t.get("sentence")), t.text or "") for t in root.iter("token")}
        by_sentence: dict[int, list[str]] = defaultdict(list)
        for sent, text in tokens.values():
            by_sentence[sent].append(text)
        index = {" ".join(words): n for n, words in by_sentence.items()}
        to_jsonl = {index[s]: i for i, s in enumerate(docs[doc_id]["sentences"]) if s in index}
        markables = root.find("Markables")
        where = {}
        for m in markables if markables is not None else ():
            anchors = [a.get("t_id") for a in m.iter("token_anchor")]
            if anchors and anchors[0] in tokens:
                where[m.get("m_id")] = tokens[anchors[0]][0]
        for rel in root.iter("CROSS_DOC_COREF"):
            note = rel.get("note") or ""
            if not note.startswith(("ACT", "NEG")):
                continue
            for src in rel.iter("source"):
                sent = where.get(src.get("m_id"))
                if sent is not None and sent in listed[doc_id] and sent in to_jsonl:
                    events[(doc_id, to_jsonl[sent])].add(note)
        annotated.update((doc_id, to_jsonl[sent]) for sent in listed[doc_id] if sent in to_jsonl)
    return events, annotated


def sentence_spans(doc: dict, body: str) -> list[tuple[int, int]]:
    """Character spans of the jsonl sentences in the article body; (0, 0) for a line ingest
    took out of the body as metadata (a title or date line)."""
    spans, pos = [], 0
    for s in doc["sentences"]:
        text = detokenise(s)
        at = body.find(text, pos)
        if at < 0:
            spans.append((0, 0))
            continue
        spans.append((at, at + len(text)))
        pos = at + len(text)
    return spans


def predicted_pairs(articles: list, threshold: float, bag_of_words: bool = False) -> set:
    """Pairs ((doc, unit start, end), ...) that the alignment puts in one claim."""
    original = alignment.features
    if bag_of_words:
        alignment.features = _plain_words
    try:
        units = alignment.units(articles)
        space = alignment.Space(articles, units)
        claims = alignment.align(space, threshold)
    finally:
        alignment.features = original
    pairs = set()
    for claim in claims:
        members = [units[i] for i, _ in claim]
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    return pairs


def _plain_words(article, unit, *names) -> Counter:
    from rashomon.resources import stopwords

    stop = stopwords()
    return Counter(w for w in re.findall(r"[^\W\d_]+", unit.text.lower()) if w not in stop)


def score(articles_by_sub: dict, docs: dict, events: dict, annotated: set, threshold: float,
          bag_of_words: bool = False) -> dict:
    tp = fp = fn = 0
    for subtopic, articles in articles_by_sub.items():
        spans = {a.id: sentence_spans(docs[a.id], a.body) for a in articles}

        def gold_sentence(article, unit) -> int | None:
            best, overlap = None, 0
            for n, (s, e) in enumerate(spans[article.id]):
                o = min(e, unit.end) - max(s, unit.start)
                if o > overlap:
                    best, overlap = n, o
            return best

        predicted = set()
        for u, v in predicted_pairs(articles, threshold, bag_of_words):
            a, b = articles[u.article], articles[v.article]
            su, sv = gold_sentence(a, u), gold_sentence(b, v)
            if (a.id, su) in annotated and (b.id, sv) in annotated:
                predicted.add(frozenset([(a.id, su), (b.id, sv)]))
        sentences = sorted(s for s in annotated if s[0] in spans)
        gold = {frozenset([x, y]) for i, x in enumerate(sentences) for y in sentences[i + 1:]
                if x[0] != y[0] and events.get(x, set()) & events.get(y, set())}
        tp += len(predicted & gold)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"threshold": threshold, "p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "gold_pairs": tp + fn}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args()
    if not (args.data / "docs.jsonl").exists():
        sys.exit(f"ECB+ not found at {args.data} (expected docs.jsonl); pass --data")
    articles, docs = load(args.data)
    articles = analysed("ecbplus", articles)
    events, annotated = gold_sentences(args.data, docs)
    spans = {a.id: sentence_spans(docs[a.id], a.body) for a in articles}
    lost = sum(1 for doc_id, n in annotated if spans[doc_id][n] == (0, 0))
    print(f"{lost} of {len(annotated)} annotated sentences are not in the ingested body (a title or date line) "
          "and cannot be aligned")
    split_sets = {"traindev": {"train", "dev"}, "test": {"test"}}
    by_split = {}
    for name, splits in split_sets.items():
        subs: dict[str, list] = defaultdict(list)
        for a in articles:
            if docs[a.id]["split"] in splits:
                subs[docs[a.id]["subtopic"]].append(a)
        by_split[name] = subs
    t0 = time.perf_counter()
    result: dict = {"bench": "ecbplus_align", "default_threshold": MATCH_THRESHOLD}
    rows = []
    for label, bow in (("Rashomon", False), ("bag of words", True)):
        sweep = [score(by_split["traindev"], docs, events, annotated, t, bow) for t in THRESHOLDS]
        best = max(sweep, key=lambda s: (s["f1"], -s["threshold"]))
        test_best = score(by_split["test"], docs, events, annotated, best["threshold"], bow)
        key = "rashomon" if not bow else "bag_of_words"
        result[key] = {"traindev_best": best, "test_at_traindev_best": test_best}
        rows += [(f"{label} traindev best", best), (f"{label} test", test_best)]
        if not bow:
            default = score(by_split["test"], docs, events, annotated, MATCH_THRESHOLD)
            result[key]["test_at_default"] = default
            rows.append((f"{label} test at default", default))
            result[key]["traindev_sweep"] = sweep
    result["seconds"] = round(time.perf_counter() - t0, 1)
    print("ECB+ claim alignment: sentence pairs in one claim vs pairs mentioning one gold event (within subtopics)")
    print(f"{'':34}{'thr':>6}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}")
    for name, s in rows:
        print(f"{name:34}{s['threshold']:>6}{s['p']:>7}{s['r']:>7}{s['f1']:>7}{s['gold_pairs']:>7}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()

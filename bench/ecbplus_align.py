"""Claim alignment on ECB+: do the sentences Rashomon puts in one claim report the same event instance?

ECB+ annotates, in selected sentences, every mention of an event and links mentions
of one real event across documents (cross-document coreference). Each topic holds
two real events of one kind, so this bench compares all documents of a topic as
one story, as a user would compare it: the articles' events come from the grouper
run over the split (not from the gold), and the comparison's own claims
(``compare.claims``: learned pair scorer, average link, one sentence per article
per claim) are scored pair by pair against the gold pairs: two annotated sentences
of different articles that mention the same event instance (ACTION/NEG chains).
The topic's other event gives the hard negatives. Only sentences on ECB+'s list of
fully annotated sentences count, on both sides.

The gold is looser than "says the same thing", and an article usually mentions its
event in two or three annotated sentences while a claim holds one sentence per
article: recall has a ceiling well under 1, printed beside the figures. The test
split is scored once, at the default threshold (chosen on train+dev by
``bench/train_alignment.py``). For reference, in the same run: the lexical cosine
alone (the claim's features without the learned scorer) and a bag of words.

    .venv/bin/python bench/ecbplus_align.py [--data /path/to/ecbplus] [--splits traindev,test]

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
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ecbplus import DATA, detokenise, group, load_analysed, resolved  # noqa: E402


from rashomon.compare.claims import (FEATURES, NO_COMMENT, Scorer, claims, facts, pair_features,  # noqa: E402
                                     shipped_scorer)
from rashomon.group.scorer import day_gaps  # noqa: E402
from rashomon.group.signature import event_days  # noqa: E402

alignment = importlib.import_module("rashomon.compare.align")  # the module; the package exports its align()

FLOOR = 0.15  # as compare.claims.scored_pairs
LEXICAL = Scorer(-6.0, {"lex": 20.0}, 0.3)  # words alone: P = 0.5 at a cosine of 0.3, the old default bar


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



class Topic:
    """One topic compared as a story: its units, candidate pairs, their features and gold labels."""

    def __init__(self, topic: str, articles: list, docs: dict, gold_events: dict, annotated: set, events: dict):
        self.topic = topic
        self.articles = articles
        self.space = alignment.Space(articles, alignment.units(articles))
        info = facts(self.space)
        gaps = day_gaps([event_days(a) for a in articles])
        self.event_of = [events.get(articles[u.article].id) for u in self.space.units]
        spans = {a.id: sentence_spans(docs[a.id], a.body) for a in articles}
        self.gold_sentence = []
        for u in self.space.units:
            a = articles[u.article]
            best = max(range(len(spans[a.id])), key=lambda n: min(spans[a.id][n][1], u.end) - max(spans[a.id][n][0], u.start),
                       default=None)
            key = (a.id, best)
            self.gold_sentence.append(key if key in annotated else None)
        silent = [NO_COMMENT.search(u.text) is not None for u in self.space.units]  # as compare.claims.scored_pairs
        self.pairs, self.x, self.y = [], [], []
        self.rules: list[dict] = []  # the features no weight is learned for, which the comparison still applies
        for i in range(len(self.space.units)):
            for j, lex in self.space.neighbours(i, after=True).items():
                if lex < FLOOR or silent[i] != silent[j]:
                    continue
                f = pair_features(self.space, info, i, j, events, lex, gaps)
                self.pairs.append((i, j))
                self.x.append([f[n] for n in FEATURES])
                self.rules.append({n: v for n, v in f.items() if n not in FEATURES})
                gi, gj = self.gold_sentence[i], self.gold_sentence[j]
                # a sentence outside ECB+'s annotated ones does not report the topic's events: a negative,
                # so that the model learns how rare a match is among all the sentences a comparison meets
                self.y.append(gi is not None and gj is not None and bool(gold_events.get(gi, set()) & gold_events.get(gj, set())))
        self.x = np.array(self.x).reshape(-1, len(FEATURES))
        sentences = sorted({s for s in self.gold_sentence if s is not None})
        self.gold_pairs = {frozenset([a, b]) for k, a in enumerate(sentences) for b in sentences[k + 1:]
                           if a[0] != b[0] and gold_events.get(a, set()) & gold_events.get(b, set())}

    def predicted(self, probs: np.ndarray, threshold: float) -> set:
        """Gold-sentence pairs that the claims formed at ``threshold`` put together."""
        scored = {p: (float(q), {}) for p, q in zip(self.pairs, probs)}
        groups = claims(len(self.space.units), [u.article for u in self.space.units], scored, threshold,
                        event_of=self.event_of)
        out = set()
        for g in groups:
            keys = [self.gold_sentence[i] for i, _ in g if self.gold_sentence[i] is not None]
            out |= {frozenset([a, b]) for k, a in enumerate(keys) for b in keys[k + 1:] if a[0] != b[0]}
        return out


def topics_of(articles: list, gold: dict, data: Path, splits: set[str]) -> list[Topic]:
    docs = [a for a in articles if gold[a.id]["split"] in splits]
    events = {a: e for a, (_, e) in group(docs).items()}
    gold_events, annotated = gold_sentences(data, gold)
    by_topic = defaultdict(list)
    for a in resolved(docs):
        by_topic[gold[a.id]["topic"]].append(a)
    return [Topic(t, by_topic[t], gold, gold_events, annotated, events) for t in sorted(by_topic, key=int)]


def prf(topics: list[Topic], probs: list[np.ndarray], threshold: float) -> dict:
    tp = fp = fn = 0
    for t, p in zip(topics, probs):
        got = t.predicted(p, threshold)
        tp += len(got & t.gold_pairs)
        fp += len(got - t.gold_pairs)
        fn += len(t.gold_pairs - got)
    p_ = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"threshold": threshold, "p": round(p_, 3), "r": round(r, 3),
            "f1": round(2 * p_ * r / (p_ + r), 3) if p_ + r else 0.0, "gold_pairs": tp + fn}




def ceiling(topics: list[Topic]) -> float:
    """The recall claims could reach: each claim holds one sentence per article, so of an article's
    annotated sentences about one event, one meets the others' at most."""
    reach = total = 0
    for t in topics:
        total += len(t.gold_pairs)
        by_doc: dict = defaultdict(set)
        for a, b in map(sorted, t.gold_pairs):  # a pair is a set: in one order, or each run counts another way
            by_doc[(a[0], b[0])].add((a, b))
        reach += sum(min(len({p[0] for p in v}), len({p[1] for p in v})) for v in by_doc.values())
    return round(reach / total, 3) if total else 0.0


def scored(topics: list[Topic], scorer: Scorer) -> list[np.ndarray]:
    "Each pair's probability as the comparison computes it: the learned features and the rules beside them."
    return [np.array([scorer.probability({**dict(zip(FEATURES, row)), **rules}) for row, rules in zip(t.x, t.rules)])
            for t in topics]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--splits", default="traindev,test")
    args = ap.parse_args()
    articles, docs = load_analysed(args.data)
    scorer = shipped_scorer()
    t0 = time.perf_counter()
    result: dict = {"bench": "ecbplus_align", "default_threshold": scorer.threshold}
    rows = []
    for name in args.splits.split(","):
        topics = topics_of(articles, docs, args.data, {"traindev": {"train", "dev"}, "test": {"test"}}[name])
        learned = prf(topics, scored(topics, scorer), scorer.threshold)
        words = prf(topics, scored(topics, LEXICAL), LEXICAL.threshold)
        bow = prf(topics, scored_bag_of_words(topics), LEXICAL.threshold)
        result[name] = {"scorer": learned, "lexical": words, "bag_of_words": bow, "recall_ceiling": ceiling(topics),
                        "base_rate": round(np.mean([y for t in topics for (i, j), y in zip(t.pairs, t.y)
                                                    if t.gold_sentence[i] and t.gold_sentence[j]]), 3)}
        rows += [(f"{name}: learned scorer", learned), (f"{name}: words alone (cosine 0.3)", words),
                 (f"{name}: bag of words (cosine 0.3)", bow)]
    result["seconds"] = round(time.perf_counter() - t0, 1)
    print("ECB+ claim alignment, each topic compared as one story: sentence pairs in one claim vs pairs")
    print("mentioning one gold event instance (the topic's other event gives the hard negatives)")
    print(f"{'':42}{'thr':>6}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}")
    for name, s in rows:
        print(f"{name:42}{s['threshold']:>6}{s['p']:>7}{s['r']:>7}{s['f1']:>7}{s['gold_pairs']:>7}")
    for name in args.splits.split(","):
        print(f"{name}: recall ceiling of one-sentence-per-article claims {result[name]['recall_ceiling']}; "
              f"share of annotated candidate pairs that are gold {result[name]['base_rate']}")
    print(json.dumps(result))


def scored_bag_of_words(topics: list[Topic]) -> list[np.ndarray]:
    """Plain words (no stems, synonyms, entities or amounts), cosine through the same claims."""
    from collections import Counter

    from rashomon.resources import stopwords

    stop = stopwords()
    out = []
    for t in topics:
        bags = [Counter(w for w in re.findall(r"[^\W\d_]+", u.text.lower()) if w not in stop) for u in t.space.units]
        norms = [sum(c * c for c in b.values()) ** 0.5 or 1.0 for b in bags]
        cos = [sum(bags[i][w] * bags[j].get(w, 0) for w in bags[i]) / (norms[i] * norms[j]) for i, j in t.pairs]
        out.append(1 / (1 + np.exp(-(20 * np.array(cos) - 6))))
    return out


if __name__ == "__main__":
    main()

"""Lexical and informational bias on BASIL: does compare() point at the sentences annotators marked?

BASIL (Fan et al., EMNLP 2019) has 100 events, each reported by Fox News, NYT and
HuffPost, with phrase-level spans of lexical bias (loaded wording, ``lex``) and
informational bias (selected or slanted facts, ``inf``). Two questions:

a. Lexical: is a sentence with a marked word (loaded, evaluative, scare, hedge;
   ``Comparison.marked``) a sentence annotators marked ``lex``? Baseline: any word of
   the Recasens et al. (2013) bias lexicon, read from the shared bench folder at run
   time. Scored per sentence and per token (tokens inside marked words against
   tokens inside gold lex spans).
b. Informational: is a sentence compare() calls "single-source" within its
   triplet (a fact only this outlet gives) a sentence marked ``inf``? The alignment
   threshold is chosen by 5-fold cross-validation over triplets (chosen on four
   folds, scored on the fifth); baselines are all-positive and random at the base rate.

Bodies are the gold sentences joined with " " inside a paragraph and "\\n\\n"
between paragraphs (as in basil_groups.py, which shares the analysis cache).
After the pipeline (and entity resolution, as the store does it), ``article.sentences``
is replaced by the gold sentence spans, so every finding's sentence index is a gold
sentence id: no mapping error is scored.

    .venv/bin/python bench/basil_bias.py [--data /path/to/basil] [--lexicon FILE]

Ends by printing one JSON line with all figures.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare_speed import resolve_entities  # noqa: E402
from ecbplus import ROOT, analysed  # noqa: E402

DATA = ROOT.parent / "shared" / "bench" / "basil"
LEXICON = ROOT.parent / "shared" / "bench" / "lexicons_recasens2013" / "bias-lexicon" / "bias-lexicon_og.txt"
KINDS = ("loaded", "evaluative", "scare", "hedge")
OUTLETS = ("fox", "nyt", "hpo")
GRID = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7)  # alignment thresholds tried in cross-validation
FOLDS = 5
TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


@dataclass
class Doc:
    """One BASIL article with its gold: sentence spans and biased sentences, as offsets into the body."""

    article: object  # rashomon.model.Article
    triplet: str
    spans: list[tuple[int, int]]
    lex: set[int] = field(default_factory=set)  # sentence ids with a lex span
    inf: set[int] = field(default_factory=set)
    lex_spans: list[tuple[int, int]] = field(default_factory=list)  # body offsets
    inf_spans: int = 0


# -- data ---------------------------------------------------------------------

def load(data: Path) -> list[Doc]:
    """Articles (ids and bodies exactly as basil_groups.py builds them) with their gold annotations."""
    from rashomon.model import Article

    docs = []
    for path in sorted((data / "articles").glob("*/*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        body, spans = _join(d["body-paragraphs"])
        article = Article(id=path.stem, source=path.name, format="text", body=body, title=d["title"],
                          published=d["date"], outlet=d["source"].lower(), language="en")
        doc = Doc(article, d["triplet-uuid"], spans)
        _annotate(doc, data / "annotations" / path.parent.name / f"{path.stem}_ann.json")
        docs.append(doc)
    return docs


def _join(paragraphs: list[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    """Body text and each flattened sentence's (start, end) in it."""
    parts, spans, pos = [], [], 0
    for pi, paragraph in enumerate(paragraphs):
        if pi:
            parts.append("\n\n")
            pos += 2
        for si, sentence in enumerate(paragraph):
            if si:
                parts.append(" ")
                pos += 1
            spans.append((pos, pos + len(sentence)))
            parts.append(sentence)
            pos += len(sentence)
    return "".join(parts), spans


def _annotate(doc: Doc, path: Path) -> None:
    """Body-sentence gold from the phrase-level spans; headline spans are left out (we score bodies)."""
    for span in json.loads(path.read_text(encoding="utf-8"))["phrase-level-annotations"]:
        if not span["id"].startswith("p"):
            continue
        sid = int(span["id"][1:])
        if span["bias"] == "lex":
            doc.lex.add(sid)
            base = doc.spans[sid][0]
            doc.lex_spans.append((base + span["start"], base + span["end"]))
        else:
            doc.inf.add(sid)
            doc.inf_spans += 1


def analyse(docs: list[Doc]) -> None:
    """Run the pipeline (cached, shared with basil_groups.py), resolve entities as the store would,
    then put the gold sentence spans in."""
    from rashomon.model import Sentence

    done = analysed("basil", [d.article for d in docs])
    if any(a.body != d.article.body for a, d in zip(done, docs)):
        done = analysed("basil_bias", [d.article for d in docs])  # the shared cache was built differently
    for doc, article in zip(docs, resolve_entities(done)):
        doc.article = article.replace(sentences=tuple(Sentence(s, e) for s, e in doc.spans))


def triplets(docs: list[Doc]) -> dict[str, list[Doc]]:
    out: dict[str, list[Doc]] = {}
    for d in docs:
        out.setdefault(d.triplet, []).append(d)
    return out


def read_lexicon(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


# -- metrics ------------------------------------------------------------------

def prf(gold: list[bool], pred: list[bool]) -> dict:
    """Precision, recall and F1 of the positive class."""
    tp = sum(g and p for g, p in zip(gold, pred))
    fp = sum(p and not g for g, p in zip(gold, pred))
    fn = sum(g and not p for g, p in zip(gold, pred))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def rate_baselines(gold: list[bool]) -> dict:
    """All-positive, and random at the base rate (expected values: P = R = F1 = base rate)."""
    base = sum(gold) / len(gold)
    return {"all_positive": prf(gold, [True] * len(gold)),
            "random": {"p": round(base, 3), "r": round(base, 3), "f1": round(base, 3), "note": "expected value"}}


# -- a. lexical bias ------------------------------------------------------------

def marked_by_sentence(docs: list[Doc], comparisons: dict) -> dict[tuple[str, int], list]:
    """(article id, sentence id) -> the MarkedWords compare() found there."""
    out: dict[tuple[str, int], list] = {}
    for comparison in comparisons.values():
        for m in comparison.marked:
            out.setdefault((m.evidence.article_id, m.evidence.sentence), []).append(m)
    return out


def recasens_hits(text: str, lexicon: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of tokens whose form or a crude base form is in the lexicon (its entries are lemmas)."""
    return [m.span() for m in TOKEN.finditer(text) if _forms(m.group().lower()) & lexicon]


def _forms(word: str) -> set[str]:
    forms = {word}
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
                         ("ing", ""), ("ing", "e"), ("ly", ""), ("ily", "y")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            forms.add(word[: len(word) - len(suffix)] + repl)
    return forms


def marked_spans(text: str, words: list) -> list[tuple[int, int]]:
    """Where in the sentence the marked words are (the finding gives the word, not its offsets)."""
    out = []
    for m in words:
        pattern = r"\s+".join(re.escape(w) for w in m.word.split())
        if m.kind != "scare":
            pattern = rf"\b{pattern}\b"
        out += [x.span() for x in re.finditer(pattern, text, re.I)]
    return out


def lexical(docs: list[Doc], comparisons: dict, lexicon: frozenset[str]) -> dict:
    """Sentence- and token-level scores of marked words and of the Recasens lexicon against gold lex."""
    marked = marked_by_sentence(docs, comparisons)
    sentences, tokens = [], []  # (gold, kinds marked, lexicon hit); (gold, ours, lexicon) per token
    for d in docs:
        for sid, (s, e) in enumerate(d.spans):
            text, words = d.article.body[s:e], marked.get((d.article.id, sid), [])
            hits = recasens_hits(text, lexicon)
            sentences.append((sid in d.lex, {m.kind for m in words}, bool(hits)))
            gold_spans = [(a - s, b - s) for a, b in d.lex_spans if s <= a < e]
            ours_spans = marked_spans(text, words)
            tokens += [(_overlaps(t.span(), gold_spans), _overlaps(t.span(), ours_spans), _overlaps(t.span(), hits))
                       for t in TOKEN.finditer(text)]
    return {**_sentence_scores(sentences), "tokens": _token_scores(tokens)}


def _sentence_scores(sentences: list[tuple[bool, set, bool]]) -> dict:
    gold = [g for g, _, _ in sentences]
    ours = [bool(kinds) for _, kinds, _ in sentences]
    base = [hit for _, _, hit in sentences]
    return {"base_rate": round(sum(gold) / len(gold), 3), "ours": prf(gold, ours), "recasens": prf(gold, base),
            "ours_by_kind": {k: prf(gold, [k in kinds for _, kinds, _ in sentences]) for k in KINDS},
            "ours_without_hedge": prf(gold, [bool(kinds - {"hedge"}) for _, kinds, _ in sentences]),
            "ours_or_recasens": prf(gold, [a or b for a, b in zip(ours, base)])}


def _token_scores(tokens: list[tuple[bool, bool, bool]]) -> dict:
    gold = [g for g, _, _ in tokens]
    return {"base_rate": round(sum(gold) / len(gold), 4), "ours": prf(gold, [o for _, o, _ in tokens]),
            "recasens": prf(gold, [b for _, _, b in tokens])}


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in spans)


def lexical_errors(docs: list[Doc], comparisons: dict, top: int = 10) -> dict:
    """Marked words most often in sentences without lex bias, and gold lex phrases nothing marked."""
    marked = marked_by_sentence(docs, comparisons)
    false_pos, missed = Counter(), Counter()
    for d in docs:
        for sid, (s, e) in enumerate(d.spans):
            words = marked.get((d.article.id, sid), [])
            if sid not in d.lex:
                false_pos.update(f"{m.word.lower()} ({m.kind})" for m in words)
            elif not words:
                missed.update(d.article.body[a:b].lower() for a, b in d.lex_spans if s <= a < e)
    return {"false_positive_words": false_pos.most_common(top), "missed_lex_phrases": missed.most_common(top)}


# -- b. informational bias -------------------------------------------------------

def verdicts(groups: dict[str, list[Doc]], threshold: float) -> dict[tuple[str, int], str]:
    """(article id, sentence id) -> the verdict of the claim holding it, comparing each triplet alone."""
    from rashomon.compare import compare

    out = {}
    for members in groups.values():
        for claim in compare([d.article for d in members], threshold=threshold).claims:
            for e in claim.evidence:
                out[(e.article_id, e.sentence)] = claim.verdict
    return out


def rows(docs: list[Doc]) -> list[tuple[str, str, int, bool]]:
    """(triplet, article id, sentence id, gold inf) for every body sentence."""
    return [(d.triplet, d.article.id, sid, sid in d.inf) for d in docs for sid in range(len(d.spans))]


def cross_validate(data: list[tuple], by_threshold: dict[float, dict], seed: int = 0) -> dict:
    """Per fold: pick the threshold with the best F1 on the other folds, predict this fold with it."""
    ids = sorted({r[0] for r in data})
    random.Random(seed).shuffle(ids)
    fold_of = {t: i % FOLDS for i, t in enumerate(ids)}
    gold, pred, chosen = [], [], []
    for fold in range(FOLDS):
        train = [r for r in data if fold_of[r[0]] != fold]
        test = [r for r in data if fold_of[r[0]] == fold]
        best = max(GRID, key=lambda t: (prf(*_inf_pairs(train, by_threshold[t]))["f1"], -t))
        chosen.append(best)
        g, p = _inf_pairs(test, by_threshold[best])
        gold += g
        pred += p
    return {**prf(gold, pred), "thresholds": chosen}


def _inf_pairs(data: list[tuple], verdict: dict) -> tuple[list[bool], list[bool]]:
    return [r[3] for r in data], [verdict.get((r[1], r[2])) == "single-source" for r in data]


def informational(docs: list[Doc], default: float) -> dict:
    """Single-source against gold inf: at the shipped threshold, cross-validated, and the baselines."""
    groups, data = triplets(docs), rows(docs)
    by_threshold = {t: verdicts(groups, t) for t in sorted(set(GRID) | {default})}
    gold = [r[3] for r in data]
    status = Counter(by_threshold[default].get((r[1], r[2]), "no claim (under 5 words)") for r in data if r[3])
    return {"base_rate": round(sum(gold) / len(gold), 3),
            "default": {**prf(*_inf_pairs(data, by_threshold[default])), "threshold": default},
            "cv": cross_validate(data, by_threshold), **rate_baselines(gold),
            "per_threshold_f1": {t: prf(*_inf_pairs(data, by_threshold[t]))["f1"] for t in GRID},
            "gold_inf_sentences_by_verdict": dict(status.most_common())}


# -- descriptive: per outlet --------------------------------------------------------

def per_outlet(docs: list[Doc], comparisons: dict) -> dict:
    """Marked words per 1,000 words, by kind, next to the gold span rates, for each outlet."""
    words, counts = Counter(), {o: Counter() for o in OUTLETS}
    outlet_of = {d.article.id: d.article.outlet for d in docs}
    for d in docs:
        words[d.article.outlet] += d.article.word_count
        counts[d.article.outlet].update({"gold_lex": len(d.lex_spans), "gold_inf": d.inf_spans})
    for comparison in comparisons.values():
        for m in comparison.marked:
            counts[outlet_of[m.evidence.article_id]].update([m.kind, "marked"])
    keys = ("marked",) + KINDS + ("gold_lex", "gold_inf")
    return {o: {"words": words[o], **{k: round(1000 * counts[o][k] / words[o], 2) for k in keys}} for o in OUTLETS}


# -- report -----------------------------------------------------------------------

def table(rows_: list[tuple[str, dict]]) -> str:
    lines = [f"{'':34} {'P':>6} {'R':>6} {'F1':>6}"]
    lines += [f"{name:34} {m['p']:6.3f} {m['r']:6.3f} {m['f1']:6.3f}" for name, m in rows_]
    return "\n".join(lines)


def report(result: dict) -> None:
    lex, inf = result["lexical"], result["informational"]
    print(f"BASIL: {result['articles']} articles, {result['sentences']} body sentences, 100 triplets")
    print(f"\na. lexical bias, sentence level (base rate {lex['base_rate']:.3f})")
    print(table([("marked words (any kind)", lex["ours"])]
                + [(f"  only {k}", v) for k, v in lex["ours_by_kind"].items()]
                + [("marked words, hedges left out", lex["ours_without_hedge"]),
                   ("Recasens 2013 lexicon", lex["recasens"]), ("marked or Recasens", lex["ours_or_recasens"])]))
    print(f"\n   token level (base rate {lex['tokens']['base_rate']:.4f})")
    print(table([("marked words", lex["tokens"]["ours"]), ("Recasens 2013 lexicon", lex["tokens"]["recasens"])]))
    print(f"\nb. informational bias, sentence level (base rate {inf['base_rate']:.3f})")
    print(table([(f"single-source, threshold {inf['default']['threshold']}", inf["default"]),
                 (f"single-source, {FOLDS}-fold CV by triplet", inf["cv"]),
                 ("all positive", inf["all_positive"]), ("random at base rate (expected)", inf["random"])]))
    print(f"   thresholds chosen per fold: {inf['cv']['thresholds']}")
    print(f"   gold inf sentences by our verdict: {inf['gold_inf_sentences_by_verdict']}")
    print("\nper outlet, per 1,000 words:")
    keys = list(next(iter(result["per_outlet"].values())))
    print(f"{'':6}" + "".join(f"{k:>11}" for k in keys))
    for o, v in result["per_outlet"].items():
        print(f"{o:6}" + "".join(f"{v[k]:>11}" for k in keys))
    print("\nmost frequent lexical errors:")
    for k, v in result["errors"].items():
        print(f"  {k}: " + ", ".join(f"{w} ×{n}" for w, n in v))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA, help="BASIL folder (articles/, annotations/)")
    ap.add_argument("--lexicon", type=Path, default=LEXICON, help="Recasens et al. 2013 bias lexicon, one lemma a line")
    args = ap.parse_args()
    if not (args.data / "articles").is_dir() or not (args.data / "annotations").is_dir():
        sys.exit(f"BASIL not found at {args.data} (expected articles/ and annotations/); pass --data")
    if not args.lexicon.is_file():
        sys.exit(f"Recasens bias lexicon not found at {args.lexicon}; pass --lexicon")
    from rashomon.compare import compare
    from rashomon.compare.claims import shipped_scorer

    docs = load(args.data)
    analyse(docs)
    t0 = time.perf_counter()
    comparisons = {t: compare([d.article for d in members]) for t, members in triplets(docs).items()}
    result = {"articles": len(docs), "sentences": sum(len(d.spans) for d in docs),
              "lexical": lexical(docs, comparisons, read_lexicon(args.lexicon)),
              "informational": informational(docs, shipped_scorer().threshold),
              "per_outlet": per_outlet(docs, comparisons), "errors": lexical_errors(docs, comparisons)}
    result["seconds"] = round(time.perf_counter() - t0, 1)
    report(result)
    print(json.dumps({"bench": "basil_bias", **{k: v for k, v in result.items() if k != "errors"}}))


if __name__ == "__main__":
    main()

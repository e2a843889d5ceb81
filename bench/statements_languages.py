"""Who said what in the languages read without a parser: precision and recall per language.

bench/data/statements_languages.jsonl holds short news paragraphs in French, Italian, Spanish,
Portuguese, German, Polish, Romanian, Serbian (both scripts), Macedonian, Indonesian, Turkish and
Armenian, each with the statements a reader finds in it: who speaks and the words said. They were
written and annotated by someone who had not seen the rules (``analyse.phrasings``), with invented
names, and in every way such news reports speech, as well as sentences that only look like it.
Like any hand-made set it is easier than the wild, and is kept to compare approaches and catch
regressions.

A statement found matches a gold one when their contents overlap by half the words of the longer;
it is right when its speaker is the gold speaker too (the same name, or the same surname; a gold
speaker that is a body without a name accepts any). The baseline is what the project had before:
no statement at all in these languages.

    .venv/bin/python bench/statements_languages.py [--data FILE] [--split dev|test|all] [--misses]

Paragraphs numbered odd are the dev split, which the rules were mended on after a first
measure; those numbered even are the test split, measured before and after, never looked at.

Ends by printing one JSON line with all figures.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "statements_languages.jsonl"
WORD = re.compile(r"\w+")


def overlap(a: str, b: str) -> float:
    wa, wb = WORD.findall(a.lower()), WORD.findall(b.lower())
    if not wa or not wb:
        return 0.0
    common = sum(min(wa.count(w), wb.count(w)) for w in set(wa))
    return common / max(len(wa), len(wb))


def same_speaker(found: str | None, gold: dict) -> bool:
    if gold.get("speaker") is None:
        return True  # "the ministry said": any name the rules give it
    if not found:
        return False
    a, b = found.lower().split(), gold["speaker"].lower().split()
    return a == b or a[-1][:len(b[-1]) - 1] == b[-1][:len(b[-1]) - 1] and len(b[-1]) > 3  # a case form of one surname


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--split", choices=("dev", "test", "all"), default="test",
                        help="dev: paragraphs numbered odd, looked at while the rules were mended; "
                             "test: even (default)")
    parser.add_argument("--misses", action="store_true", help="print what was missed or wrongly found")
    args = parser.parse_args()

    from rashomon.analyse.registry import Context
    from rashomon.analyse.sentences import sentences
    from rashomon.analyse.statements import statements
    from rashomon.model import Article

    ctx = Context()
    rows = [json.loads(line) for line in args.data.open(encoding="utf-8") if line.strip()]
    odd = {row["id"]: int(row["id"].split("-")[-1]) % 2 == 1 for row in rows}
    rows = [row for row in rows if args.split == "all" or odd[row["id"]] == (args.split == "dev")]
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    started = time.perf_counter()
    for row in rows:
        lang = row["language"]
        article = Article(id=row["id"], source=row["id"], format="text", body=row["text"], language=lang)
        found = statements(sentences(article, ctx), ctx).statements
        said = [(s.speaker_name, row["text"][s.content.start:s.content.end]) for s in found]
        gold = row["statements"]
        c = counts[lang]
        c["gold"] += len(gold)
        c["found"] += len(said)
        used: set[int] = set()
        for g in gold:
            best = max(((overlap(text, g["content"]), i) for i, (_, text) in enumerate(said) if i not in used),
                       default=(0.0, -1))
            if best[0] >= 0.5:
                used.add(best[1])
                c["content"] += 1
                right = same_speaker(said[best[1]][0], g)
                c["right"] += right
                if args.misses and not right:
                    print(f"  {row['id']} speaker {said[best[1]][0]!r}, gold {g['speaker']!r}: {g['content'][:70]}")
            elif args.misses:
                print(f"  {row['id']} missed ({g['speaker']}): {g['content'][:80]}")
        if args.misses:
            for i, (who, text) in enumerate(said):
                if i not in used:
                    print(f"  {row['id']} wrongly found ({who}): {text[:80]}")
    seconds = time.perf_counter() - started

    def scores(c: dict[str, int]) -> dict[str, float]:
        p = c["right"] / c["found"] if c["found"] else 0.0
        r = c["right"] / c["gold"] if c["gold"] else 0.0
        return {"gold": c["gold"], "found": c["found"], "content_p": round(c["content"] / c["found"], 3) if c["found"]
                else 0.0, "content_r": round(c["content"] / c["gold"], 3) if c["gold"] else 0.0,
                "p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}

    total: dict[str, int] = defaultdict(int)
    print(f"{'language':10} {'gold':>5} {'found':>6} {'content P':>10} {'content R':>10} {'P':>6} {'R':>6} {'F1':>6}")
    results = {}
    for lang in sorted(counts):
        for k, v in counts[lang].items():
            total[k] += v
        s = results[lang] = scores(counts[lang])
        print(f"{lang:10} {s['gold']:5} {s['found']:6} {s['content_p']:10.3f} {s['content_r']:10.3f} "
              f"{s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f}")
    s = results["all"] = scores(total)
    print(f"{'all':10} {s['gold']:5} {s['found']:6} {s['content_p']:10.3f} {s['content_r']:10.3f} "
          f"{s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f}")
    print("baseline (no statements in these languages): P 0, R 0")
    print(json.dumps({"bench": "statements_languages", "split": args.split, "paragraphs": len(rows),
                      "seconds": round(seconds, 2),
                      **{f"{k}": v for k, v in results.items()}}, ensure_ascii=False))


if __name__ == "__main__":
    main()

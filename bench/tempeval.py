"""TempEval-3 Task A (timex) scores of `find_times` against TimeML gold.

Rebuilds each document's <TEXT> as plain text with the gold TIMEX3 offsets, anchors
on the DCT, runs `find_times` and reports what the TE3 scorer reports: strict and
relaxed (overlap) extent P/R/F1, value and type accuracy over relaxed matches, and
attribute F1 = relaxed F1 x accuracy. te3-platinum is the test set: tune on TBAQ.

    .venv/bin/python bench/tempeval.py                      # platinum (test)
    .venv/bin/python bench/tempeval.py --set timebank --errors 40

Ends by printing one JSON line with all figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "bench" / "tempeval3"
SETS = {"platinum": "te3-platinum", "timebank": "TBAQ-cleaned/TimeBank", "aquaint": "TBAQ-cleaned/AQUAINT"}


@dataclass
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


def read_doc(path: Path) -> tuple[str, dt.date | None, list[Gold]]:
    "Plain text of <TEXT>, the DCT, and the gold timexes with offsets into that text."
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    anchor = dt.date.fromisoformat(dct.get("value")[:10]) if dct is not None else None
    parts: list[str] = []
    gold: list[Gold] = []

    def walk(elem: ET.Element) -> None:
        start = sum(map(len, parts))
        parts.append(elem.text or "")
        for child in elem:
            walk(child)
            parts.append(child.tail or "")
        if elem.tag == "TIMEX3":
            end = start + len("".join(elem.itertext()))
            gold.append(Gold(start, end, "".join(elem.itertext()), elem.get("type"), elem.get("value")))

    text_elem = root.find("TEXT")
    parts.append(text_elem.text or "")
    for child in text_elem:
        walk(child)
        parts.append(child.tail or "")
    return "".join(parts), anchor, gold


def score(docs: list[Path], find, errors: int = 0) -> dict:
    counts = Counter()
    kinds = Counter()
    shown = 0
    for path in docs:
        text, anchor, gold = read_doc(path)
        found = find(text, anchor)
        counts["gold"] += len(gold)
        counts["system"] += len(found)
        strict = {(g.start, g.end) for g in gold} & {(t.start, t.end) for t in found}
        counts["strict"] += len(strict)
        for t in found:
            if not any(g.start < t.end and t.start < g.end for g in gold):
                kinds["spurious"] += 1
                if shown < errors:
                    shown += 1
                    print(f"  FP   {path.stem[:22]:22} {t.text!r} {t.type} {t.value}")
        for g in gold:
            match = next((t for t in found if g.start < t.end and t.start < g.end), None)
            if match is None:
                kinds["missed"] += 1
                if shown < errors:
                    shown += 1
                    print(f"  FN   {path.stem[:22]:22} {g.text!r} {g.type} {g.value}  [{context(text, g)}]")
                continue
            counts["relaxed_gold"] += 1
            counts["value_ok"] += match.value == g.value
            counts["type_ok"] += match.type == g.type
            if (match.start, match.end) != (g.start, g.end):
                kinds["extent"] += 1
                if shown < errors and match.value == g.value:
                    shown += 1
                    print(f"  EXT  {path.stem[:22]:22} {match.text!r} gold {g.text!r}  [{context(text, g)}]")
            if match.value != g.value:
                kinds["value"] += 1
                if shown < errors:
                    shown += 1
                    print(f"  VAL  {path.stem[:22]:22} {match.text!r}->{match.value} gold {g.text!r}={g.value} "
                          f"dct={anchor}  [{context(text, g)}]")
        counts["relaxed_system"] += sum(any(g.start < t.end and t.start < g.end for g in gold) for t in found)
    return figures(counts) | {"errors": dict(kinds)}


def context(text: str, g: Gold, width: int = 50) -> str:
    return " ".join(text[max(0, g.start - width):g.end + width].split())


def prf(hit_system: int, hit_gold: int, system: int, gold: int) -> tuple[float, float, float]:
    p = hit_system / system if system else 0.0
    r = hit_gold / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def figures(c: Counter) -> dict:
    sp, sr, sf = prf(c["strict"], c["strict"], c["system"], c["gold"])
    rp, rr, rf = prf(c["relaxed_system"], c["relaxed_gold"], c["system"], c["gold"])
    value_acc = c["value_ok"] / c["relaxed_gold"] if c["relaxed_gold"] else 0.0
    type_acc = c["type_ok"] / c["relaxed_gold"] if c["relaxed_gold"] else 0.0
    r4 = lambda x: round(x, 4)  # noqa: E731
    return {"timexes": c["gold"], "system": c["system"], "strict_p": r4(sp), "strict_r": r4(sr), "strict_f1": r4(sf),
            "relaxed_p": r4(rp), "relaxed_r": r4(rr), "relaxed_f1": r4(rf), "value_acc": r4(value_acc),
            "type_acc": r4(type_acc), "value_f1": r4(rf * value_acc), "type_f1": r4(rf * type_acc)}


def print_table(name: str, docs: int, f: dict) -> None:
    print(f"\nTE3 Task A timex — {name}: {docs} docs, {f['timexes']} gold timexes, {f['system']} found")
    print(f"{'':10} {'P':>7} {'R':>7} {'F1':>7}")
    for kind in ("strict", "relaxed"):
        print(f"{kind:10} {f[kind + '_p']:7.3f} {f[kind + '_r']:7.3f} {f[kind + '_f1']:7.3f}")
    print(f"{'value':10} accuracy {f['value_acc']:.3f}  F1 {f['value_f1']:.3f}")
    print(f"{'type':10} accuracy {f['type_acc']:.3f}  F1 {f['type_f1']:.3f}")
    print(f"errors: {f['errors']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="platinum")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument("--data", type=Path, default=DATA, help="folder holding te3-platinum and TBAQ-cleaned")
    parser.add_argument("--errors", type=int, default=0, help="print up to N errors (FP, FN, wrong value)")
    args = parser.parse_args()
    folder = args.data / SETS[args.set]
    if not folder.is_dir():
        sys.exit(f"tempeval: no gold at {folder}; pass --data to the folder holding {SETS[args.set]}")
    sys.path.insert(0, str(ROOT / "src"))
    from rashomon.analyse.times import find_times

    docs = sorted(folder.glob("*.tml"))[: args.limit]
    began = time.perf_counter()
    result = score(docs, find_times, args.errors)
    seconds = time.perf_counter() - began
    print_table(args.set, len(docs), result)
    print(json.dumps({"bench": "tempeval", "set": args.set, "docs": len(docs), **result, "seconds": round(seconds, 3)}))


if __name__ == "__main__":
    main()

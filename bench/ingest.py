"""Ingest on real web pages: the stored title and body, scored as trafilatura scores its extraction.

trafilatura's evaluation set (../shared/bench/trafilatura_eval, 945 real pages in many languages)
gives for each page snippets the extracted text must contain and snippets it must not contain.
A `with` snippet found is a true positive, missing a false negative; a `without` snippet found is
a false positive, absent a true negative; a page that yields nothing counts every `with` snippet as
missed. Scores are summed over all pages. Snippets are matched exactly, as the figures in the data's
README were measured; the second table matches them with runs of whitespace made one space, as
trafilatura's current evaluation does (a snippet across a paragraph break then still counts).

Rashomon's side is what `rashomon analyze` stores for each page (title, a blank line, the body),
read back from a fresh store, so a page that is refused or lost counts as an empty extraction.
The baseline is trafilatura 2.3.1's `extract()` with its defaults on the same bytes, in the same run.

    .venv/bin/python bench/ingest.py                  # all pages, all analysis stages
    .venv/bin/python bench/ingest.py --ingest-only    # reading and cleaning only (no spaCy; faster)
    .venv/bin/python bench/ingest.py --limit 100

Ends by printing one JSON line with all figures.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "bench" / "trafilatura_eval"


def spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def exact(text: str) -> str:
    return text


def counts(text: str | None, item: dict, norm=exact) -> tuple[int, int, int, int]:
    """(tp, fp, fn, tn) of one page."""
    found = norm(text) if text else None
    tp = sum(norm(w) in found for w in item["with"]) if found else 0
    fp = sum(norm(w) in found for w in item["without"]) if found else 0
    return tp, fp, len(item["with"]) - tp, len(item["without"]) - fp


def scores(total: tuple[int, int, int, int]) -> dict:
    tp, fp, fn, tn = total
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "accuracy": round((tp + tn) / (tp + fp + fn + tn), 3)}


def summed(texts: dict[str, str | None], gold: dict[str, dict], norm=exact) -> tuple[int, int, int, int]:
    per_page = [counts(texts.get(name), item, norm) for name, item in gold.items()]
    return tuple(sum(c[i] for c in per_page) for i in range(4))  # type: ignore[return-value]


def baseline_texts(pages: Path, gold: dict[str, dict]) -> dict[str, str | None]:
    import trafilatura

    out = {}
    for name in gold:
        try:
            out[name] = trafilatura.extract((pages / name).read_bytes())
        except Exception:  # noqa: BLE001 - a crash counts as an empty extraction, as trafilatura counts it
            out[name] = None
    return out


def rashomon_texts(pages: Path, gold: dict[str, dict], ingest_only: bool) -> tuple[dict, Counter, Counter]:
    """Title and body per page, the reasons pages were not stored, and the warnings given."""
    sys.path.insert(0, str(ROOT / "src"))
    from rashomon import Options, Store, analyze
    from rashomon.errors import InputError
    from rashomon.ingest.metadata import to_article
    from rashomon.ingest.readers import read_path
    from rashomon.runner import Events

    failed: Counter = Counter()
    warned: Counter = Counter()
    paths = [pages / name for name in gold]
    texts: dict[str, str | None] = {}
    articles = {}
    for path in paths:  # reading and cleaning only: what analyze stores, before analysis
        for item in read_path(path, 50 * 2**20):
            try:
                if isinstance(item, InputError):
                    raise item
                articles[path.name] = to_article(item)
            except InputError as exc:
                if ingest_only:
                    failed[_reason(exc.problem)] += 1
    if ingest_only:
        warned.update(_reason(p.message) for a in articles.values() for p in a.problems)
        return {name: f"{a.title or ''}\n\n{a.body}" for name, a in articles.items()}, failed, warned
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "ingest.db")
        events = Events(error=lambda m: failed.update([_reason(m.split(": ", 1)[-1])]),
                        warn=lambda m: warned.update([_reason(m.split(": ", 1)[-1])]))
        analyze(paths, store, Options(workers=0), events)
        stored = {a.id: a for a in store.articles()}
        store.close()
    for name, a in articles.items():
        # by id, not by source: a page whose article another page already stored shares that one
        if a.id in stored:
            texts[name] = f"{stored[a.id].title or ''}\n\n{stored[a.id].body}"
    return texts, failed, warned


def _reason(message: str) -> str:
    "The kind of a problem, without the numbers that make each message unique."
    return re.sub(r"\d[\d,.]*", "N", message)[:90]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA, help="folder with evaldata.json and pages/")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages (0: all)")
    ap.add_argument("--ingest-only", action="store_true", help="read and clean only, no analysis stages")
    args = ap.parse_args()
    gold = json.loads((args.data / "evaldata.json").read_text(encoding="utf-8"))
    if args.limit:
        gold = dict(list(gold.items())[: args.limit])
    pages = args.data / "pages"

    t0 = time.perf_counter()
    base = baseline_texts(pages, gold)
    t1 = time.perf_counter()
    ours, failed, warned = rashomon_texts(pages, gold, args.ingest_only)
    t2 = time.perf_counter()

    systems = {"baseline": ("trafilatura 2.3.1 extract() defaults", base, t1 - t0),
               "rashomon": ("rashomon " + ("ingest" if args.ingest_only else "analyze") + " (stored title + body)",
                            ours, t2 - t1)}
    print(f"{len(gold)} pages from {args.data}")
    result: dict = {"pages": len(gold), "mode": "ingest-only" if args.ingest_only else "analyze"}
    for norm, heading in ((exact, "snippets matched exactly"), (spaces, "whitespace normalised")):
        print(f"\n{heading}\n{'system':48} {'P':>6} {'R':>6} {'F1':>6} {'acc':>6} {'pages':>6} {'s':>6}")
        for key, (name, texts, seconds) in systems.items():
            s = scores(summed(texts, gold, norm))
            n = sum(bool(t) for t in texts.values())
            print(f"{name:48} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['accuracy']:6.3f} {n:6d} "
                  f"{seconds:6.0f}")
            if norm is exact:
                result[key] = {**s, "pages_with_text": n, "seconds": round(seconds, 1)}
            else:
                result[key]["whitespace_normalised"] = s
    if failed:
        print("\npages not stored, by reason:")
        for reason, n in failed.most_common():
            print(f"  {n:4d}  {reason}")
    if warned:
        print("\nwarnings, by kind:")
        for reason, n in warned.most_common():
            print(f"  {n:4d}  {reason}")
    result["not_stored"] = dict(failed)
    result["warnings"] = sum(warned.values())
    print(json.dumps(result))


if __name__ == "__main__":
    main()

"""Cross-script name matching: precision and recall per language on hand-made name pairs.

tests/fixtures/cross_script/names.tsv holds Russian, Ukrainian, Armenian, Persian, Serbian, Croatian,
Macedonian, French, German, Polish and Turkish spellings of public
figures and places (some in a case form: Лаврову, Փաշինյանը) against their English form,
and pairs that must not match (Путин / Putilin, Ильхам Алиев / Heydar Aliyev). Pairs marked
"dev" were looked at while the matcher was written; "test" pairs were written down before
the matcher saw them. The pairs were written by the matcher's author: an easier test than
names found in the wild, kept to catch regressions and to compare approaches.

The resolver column scores the entity resolver on the same pairs: whether the two spellings become
one entity when the English one is known first (``resolved_together``).
The baseline is what the project had before: anyascii's transliteration, then the English
spelling key (accents, case, y/i, double letters), with equal surnames and equal first names.

    .venv/bin/python bench/names.py [--data FILE] [--split test|dev|all] [--misses]

Ends by printing one JSON line with all figures.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "fixtures" / "cross_script" / "names.tsv"


def read_pairs(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [{**row, "same": row["same"] == "1"} for row in csv.DictReader(fh, delimiter="\t")]


def baseline(a: str, b: str) -> bool:
    """Transliterate, fold as English names were folded, compare surnames and first names."""
    from anyascii import anyascii

    def fold(s: str) -> list[str]:
        s = unicodedata.normalize("NFKD", anyascii(s))
        s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("'", "")
        s = re.sub(r"[\W_]+", " ", s.replace("x", "ks").replace("y", "i")).split()
        return [re.sub(r"(\w)\1+", r"\1", w) for w in s]

    wa, wb = fold(a), fold(b)
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    return len(wa) == 1 or len(wb) == 1 or wa[0] == wb[0]


def score(pairs: list[dict], match) -> dict:
    tp = sum(1 for p in pairs if p["same"] and match(p))
    fp = sum(1 for p in pairs if not p["same"] and match(p))
    fn = sum(1 for p in pairs if p["same"]) - tp
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pairs": len(pairs), "positives": tp + fn, "tp": tp, "fp": fp, "fn": fn,
            "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def evaluate(pairs: list[dict]) -> dict:
    from rashomon.analyse.names import same_name

    matcher = {id(p): same_name(p["native"], p["english"], p["lang"], "en") for p in pairs}
    resolver = {id(p): resolved_together(p) for p in pairs}
    out = {}
    for lang in [*sorted({p["lang"] for p in pairs}), "all"]:
        subset = [p for p in pairs if lang in ("all", p["lang"])]
        out[lang] = {"matcher": score(subset, lambda p: matcher[id(p)]),
                     "resolver": score(subset, lambda p: resolver[id(p)]),
                     "baseline": score(subset, lambda p: baseline(p["native"], p["english"]))}
    return out


def resolved_together(p: dict) -> bool:
    """Whether the entity resolver, as the store runs it, makes the two spellings one entity: the English one
    named first, as a person or, where the gazetteer knows it, a place; the other in the nominative the Russian
    and Ukrainian pipeline gives its names. The other matcher of the project: ``same_name`` compares two names
    it is given, the resolver finds the one a name stands for among those the corpus already holds."""
    from rashomon.analyse import slavic
    from rashomon.analyse.entities import known_name, mention_key
    from rashomon.group.entities import EntityResolver
    from rashomon.model import Article, Mention

    label = "GPE" if known_name(p["english"]) else "PERSON"

    def article(aid: str, text: str, lang: str) -> Article:
        normal = slavic.nominative(text.split(), person=label == "PERSON", lang=lang) \
            if lang in ("ru", "uk") and slavic.available(lang) else text
        mention = Mention(0, len(text), text, label, mention_key(normal, label))
        return Article(id=aid, source=aid, format="text", body=text, mentions=(mention,), language=lang)

    resolver = EntityResolver()
    (a,) = resolver.resolve(article("en", p["english"], "en")).entity_ids
    (b,) = resolver.resolve(article(p["lang"], p["native"], p["lang"])).entity_ids
    return a == b


def speed(pairs: list[dict]) -> float:
    """Pairs per second, with the matcher's caches cleared first."""
    from rashomon.analyse import names

    names.name_key.cache_clear()
    names.abjad_pattern.cache_clear()
    t0 = time.perf_counter()
    for p in pairs:
        names.same_name(p["native"], p["english"], p["lang"], "en")
    return round(len(pairs) / (time.perf_counter() - t0))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--split", choices=("test", "dev", "all"), default="all")
    ap.add_argument("--misses", action="store_true", help="list the pairs the matcher gets wrong")
    args = ap.parse_args()
    pairs = [p for p in read_pairs(args.data) if args.split in ("all", p["split"])]
    from rashomon.analyse.names import exonyms

    exonyms()  # the CLDR place names load once, not inside the timing
    results = evaluate(pairs)
    print(f"{'lang':6} {'pairs':>5} {'pos':>4}  {'P':>5} {'R':>5} {'F1':>5}   resolver {'P':>5} {'R':>5} {'F1':>5}"
          f"   baseline {'P':>5} {'R':>5} {'F1':>5}")
    for lang, r in results.items():
        m, e, b = r["matcher"], r["resolver"], r["baseline"]
        print(f"{lang:6} {m['pairs']:5} {m['positives']:4}  {m['precision']:5.3f} {m['recall']:5.3f} {m['f1']:5.3f}"
              f"            {e['precision']:5.3f} {e['recall']:5.3f} {e['f1']:5.3f}"
              f"            {b['precision']:5.3f} {b['recall']:5.3f} {b['f1']:5.3f}")
    if args.misses:
        from rashomon.analyse.names import same_name

        for p in pairs:
            if same_name(p["native"], p["english"], p["lang"], "en") != p["same"]:
                print(f"  {'missed' if p['same'] else 'false match'}: {p['lang']} {p['native']} / {p['english']}")
    per_second = speed(pairs)
    print(f"matcher speed: {per_second} pairs/s (cold caches)")
    print(json.dumps({"bench": "names", "split": args.split, "data": str(args.data.name), "results": results,
                      "pairs_per_second": per_second}, ensure_ascii=False))


if __name__ == "__main__":
    main()

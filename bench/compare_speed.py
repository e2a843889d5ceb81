"""How long compare() takes for a story of 10 and of 100 articles, and which step takes it.

The articles are the shipped example corpus (the Tavel dam story, read through the
project's own ingest), replicated with variation to reach each size: every copy
after the first drops some sentences, reorders the paragraphs after the lede,
changes some numbers and gets its own id and outlet, so alignment sees paraphrase-
like near matches rather than identical copies. All articles are analysed once
(cached under bench/out/), and their entities resolved to canonical ids as the store
does; analysis and resolution time are excluded from every figure here.

Each size is timed with and without ``nlp`` (the spaCy pipeline that adds agents and
noun phrases), best of ``--repeat`` runs of the public ``compare()``, and once more
step by step, calling the internal functions in the order compare() calls them.
The first call in a process also pays one-time imports; it is reported apart.
Targets on the 2-core development machine, with nlp: 10 articles in at most 5 s cold
(first call in a process, imports included) and 1 s warm; 100 articles in at most 60 s cold.

    .venv/bin/python bench/compare_speed.py [--sizes 10,100] [--repeat 2]

Ends by printing one JSON line with all figures.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ecbplus import ROOT, analysed  # noqa: E402

EXAMPLES = ROOT / "examples" / "corpus"
TARGETS = {"cold 10": 5.0, "warm 10": 1.0, "cold 100": 60.0}  # seconds
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))\s+(?=[A-Z\"“])")
NUMBER = re.compile(r"\b\d[\d,]*\b")


# -- corpus -------------------------------------------------------------------

def example_articles() -> list:
    """The example corpus as Articles, through read_path + to_article like `rashomon analyze`."""
    from rashomon.ingest.metadata import to_article
    from rashomon.ingest.readers import read_path
    from rashomon.model import RawDocument

    out = []
    for path in sorted(EXAMPLES.iterdir()):
        for item in read_path(path, 2**24):
            if isinstance(item, RawDocument):
                out.append(to_article(item).replace(language="en"))
    return out


def variant(article, k: int):
    """Copy k of an article: some sentences dropped, paragraphs after the lede shuffled, numbers changed."""
    if k == 0:
        return article
    rng = random.Random(k)
    paragraphs = [_drop_sentences(p, rng) for p in article.body.split("\n\n")]
    tail = paragraphs[1:]
    rng.shuffle(tail)
    body = NUMBER.sub(lambda m: _change_number(m.group(), rng), "\n\n".join([paragraphs[0]] + tail))
    outlet = f"{article.outlet or 'Unnamed outlet'} {k}"
    return article.replace(id=f"{article.id}-{k}", body=body, outlet=outlet, source=f"{article.source}#{k}")


def _drop_sentences(paragraph: str, rng: random.Random, share: float = 0.15) -> str:
    sentences = SENTENCE_END.split(paragraph)
    kept = [s for s in sentences if rng.random() >= share] or sentences[:1]
    return " ".join(kept)


def _change_number(text: str, rng: random.Random, share: float = 0.3) -> str:
    """Some amounts differ between outlets, so the conflict checks have work to do; years stay."""
    value = int(text.replace(",", ""))
    if rng.random() >= share or 1900 <= value <= 2100:
        return text
    return f"{round(value * rng.choice((0.8, 1.25, 2))):,}"


def resolve_entities(articles: list) -> list:
    """Canonical entity ids on the mentions, as the store gives them; compare() on stored articles sees these.

    Without them names() has nothing to do and alignment keys entities by surface form only.
    """
    from rashomon.group.entities import EntityResolver

    resolver, out = EntityResolver(), []
    for a in articles:
        ids = resolver.resolve(a).entity_ids
        out.append(a.replace(mentions=tuple(dataclasses.replace(m, entity_id=eid) for m, eid in zip(a.mentions, ids))))
    return out


def story(size: int, originals: list) -> list:
    """``size`` articles: the originals first, then copies k = 1, 2, ... of each in turn."""
    return [variant(originals[i % len(originals)], i // len(originals)) for i in range(size)]


# -- timing -------------------------------------------------------------------

def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return round(min(times), 3)


def steps(articles: list, nlp=None) -> dict[str, float]:
    """Seconds per step, calling compare()'s internals in its order (keep in step with compare/__init__.py)."""
    from rashomon.compare import framing, verdicts
    from rashomon.compare.align import Space, units
    from rashomon.compare.claims import claims as form_claims, scored_pairs, shipped_scorer
    from rashomon.compare.disputes import disputes
    from rashomon.compare.options import CompareOptions
    from rashomon.compare.timeline import timeline

    out, clock = {}, [time.perf_counter()]

    def lap(name: str) -> None:
        now = time.perf_counter()
        out[name] = round(now - clock[0], 4)
        clock[0] = now

    opts, scorer = CompareOptions(), shipped_scorer()
    articles = sorted(articles, key=lambda a: (a.published or "9999", a.id))
    space = Space(articles, units(articles))
    lap("space (features, tf-idf)")
    docs = list(nlp.pipe(a.body for a in articles)) if nlp is not None else None
    captions = [list(nlp.pipe(c.text for c in a.captions)) for a in articles] if nlp is not None else None
    lap("nlp parse")
    sources = verdicts.source_groups(articles, [])
    pairs = scored_pairs(space, {}, scorer)
    lap("pair scores")
    extra = {(i, j): s for s, i, j in verdicts.shared_denials(articles, space, opts.denial_threshold)}
    groups = form_claims(len(space.units), [u.article for u in space.units], pairs, scorer.threshold, extra)
    lap("claims")
    claims = verdicts.judge(articles, space, groups, sources, pairs, {})
    lap("judge (verdicts, conflicts)")
    disputes(articles, space, {})
    lap("disputes")
    if docs is not None:
        verdicts.actor_conflicts(articles, docs, claims, space, pairs)
        lap("actor conflicts")
    framing.wordings(articles, space, [x for x in claims if len({e.article_id for e in x.evidence}) > 1], docs)
    lap("wordings (agents)")
    framing.marked_words(articles, space)
    lap("marked words")
    framing.names(articles, docs, captions)
    lap("names (noun phrases)")
    framing.voices(articles)
    lap("voices")
    timeline(articles, space, [x for claim in claims for x in claim.conflicts])
    lap("timeline")
    framing.contrasts(articles, space, sources)
    lap("contrasts")
    return out


def measure(articles: list, nlp, repeat: int) -> dict:
    """Best-of-repeat compare() time and the per-step split, for one story and one nlp setting."""
    from rashomon.compare import compare

    total = best_of(repeat, lambda: compare(articles, nlp=nlp))
    runs = [steps(articles, nlp) for _ in range(repeat)]
    parts = {k: min(r[k] for r in runs) for k in runs[0]}
    if nlp is None:
        parts.pop("nlp parse")
    dominant = max(parts, key=parts.get)
    return {"seconds": total, "steps": parts, "dominant": dominant,
            "dominant_share": round(parts[dominant] / (sum(parts.values()) or 1), 2)}


def first_call(articles: list, nlp) -> float:
    """compare() once in a fresh state: one-time imports and table loads included."""
    from rashomon.compare import compare

    t0 = time.perf_counter()
    compare(articles, nlp=nlp)
    return round(time.perf_counter() - t0, 3)


# -- report -------------------------------------------------------------------

def report(result: dict) -> None:
    print(f"compare() on the example story replicated with variation; analysis excluded; best of {result['repeat']}")
    print(f"first call in a process, with nlp: {result['cold_s']} s by size; "
          f"loading the spaCy pipeline: {result['load_nlp_s']} s (not counted)")
    for key, m in result["runs"].items():
        print(f"\n{key}: {m['seconds']} s   (dominant: {m['dominant']}, {m['dominant_share']:.0%} of the steps)")
        for name, s in m["steps"].items():
            print(f"    {name:28} {s:8.3f} s")
    for name, (seconds, limit) in result["targets"].items():
        print(f"target {name} articles at most {limit:g} s: {seconds} s, {'met' if seconds <= limit else 'NOT met'}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10,100", help="story sizes, comma-separated (default 10,100)")
    ap.add_argument("--repeat", type=int, default=2, help="runs per measurement; the best is kept")
    args = ap.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    originals = example_articles()
    if not originals:
        sys.exit(f"no example articles found in {EXAMPLES}")
    pool = resolve_entities(analysed(f"compare_speed_{max(sizes)}", story(max(sizes), originals)))
    from rashomon.analyse.nlp import load_nlp

    t0 = time.perf_counter()
    nlp = load_nlp()
    result = {"repeat": args.repeat, "sizes": sizes, "originals": len(originals),
              "load_nlp_s": round(time.perf_counter() - t0, 2)}
    result["cold_s"] = {n: first_call(pool[:n], nlp) for n in sizes}  # the first is the process's first call
    result["runs"] = {f"{n} articles, {'with' if use else 'no'} nlp": measure(pool[:n], nlp if use else None,
                                                                            args.repeat)
                      for n in sizes for use in (False, True)}
    result["targets"] = {name: (result["cold_s"][int(n)] if kind == "cold" else
                                result["runs"][f"{n} articles, with nlp"]["seconds"], limit)
                         for name, limit in TARGETS.items() for kind, n in [name.split()] if int(n) in sizes}
    report(result)
    print(json.dumps({"bench": "compare_speed", **result}))


if __name__ == "__main__":
    main()

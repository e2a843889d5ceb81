"""How grouping cost grows: StoryGrouper over 10k, 100k (and optionally 1M) synthetic articles.

Analysis is excluded: the articles are generated with their entity mentions
already in place, so only grouping is timed. The synthetic news: one story per
~25 articles, each story drawn from a template (a topic of 12 words out of 60
topic vocabularies, 4-8 actors, 1-3 places, an organisation) with 1-6 events a few
days apart, each event adding its own people and words; an article is a title of
8 words and a body of ~180 words mixing event, story, topic and general words,
with its names inside the text as mentions. Dates spread over a year, in order.

For each size the run is a fresh process: articles/s, seconds (which include making
the synthetic articles, a generator read inside the timed loop; the "making" column
says how long that took, and "grouping" is the seconds without it), peak RSS, stories and events found; then the time to add 1,000 new articles to the 100k state. In
the same run, the scikit-learn TF-IDF + average-link agglomerative baseline at
the largest size it handles here (10k by default; its distance matrix grows as n²).

    .venv/bin/python bench/stories_scale.py                      # 10000,100000
    .venv/bin/python bench/stories_scale.py --sizes 10000,100000,1000000
    .venv/bin/python bench/stories_scale.py --store postgresql      # through a PostgreSQL store
    .venv/bin/python bench/stories_scale.py --store sqlite

With --store, articles go through the corpus stage and a store as `analyze` sends
them (group.corpus.add_articles, batches of 500): entities, copies (MinHash),
stories and events, and every row written; PostgreSQL is a throwaway server
started by scripts/pg-throwaway. Without it, only the in-memory StoryGrouper is timed, fed in
batches of 16 as `analyze` sends them.

Ends by printing one JSON line with all figures.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SYLLABLES = ["ka", "ro", "mi", "ten", "vo", "sa", "lin", "dor", "ve", "ta", "nu", "bel", "gra", "os", "pe", "ri",
             "zan", "mo", "hel", "ut", "ar", "sko", "fen", "lo", "da", "vik", "mar", "e", "ine", "ul"]
PER_STORY = 25


def word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts))


def vocabulary(seed: int = 7):
    rng = random.Random(seed)
    general = [word(rng, rng.randint(2, 3)) for _ in range(3000)]
    topics = [[word(rng, 3) for _ in range(40)] for _ in range(60)]
    first = [word(rng, 2).title() for _ in range(400)]
    last = [word(rng, 3).title() for _ in range(2000)]
    places = [word(rng, 3).title() for _ in range(1500)]
    orgs = [word(rng, 2).title() + " " + rng.choice(["Council", "Ministry", "Party", "Group", "Union"])
            for _ in range(800)]
    return general, topics, first, last, places, orgs


def articles(n: int, seed: int = 1, start: date = date(2024, 1, 1)):
    """Yield ``n`` synthetic Articles in date order (a generator: the corpus is never held whole)."""
    from rashomon.model import Article, Mention

    general, topics, first, last, places, orgs = vocabulary()
    rng = random.Random(seed)
    n_stories = max(1, n // PER_STORY)
    stories = []
    for s in range(n_stories):
        topic = rng.choice(topics)
        day = start + timedelta(days=int(365 * s / n_stories))
        events = []
        for e in range(rng.randint(1, 6)):
            events.append({"day": day + timedelta(days=e * rng.randint(2, 9)),
                           "people": [f"{rng.choice(first)} {rng.choice(last)}" for _ in range(2)],
                           "words": [word(rng, 3) for _ in range(6)]})
        stories.append({"topic": rng.sample(topic, 12),
                        "actors": [f"{rng.choice(first)} {rng.choice(last)}" for _ in range(rng.randint(4, 8))],
                        "places": rng.sample(places, rng.randint(1, 3)), "org": rng.choice(orgs), "events": events})
    made = []
    for i in range(n):
        story = stories[min(n_stories - 1, int(i / PER_STORY))]
        event = rng.choice(story["events"])
        made.append((event["day"] + timedelta(days=rng.choice([0, 0, 0, 1, 2])), i, story, event))
    made.sort(key=lambda x: (x[0], x[1]))
    for day, i, story, event in made:
        tokens, names = [], []
        for _ in range(180):
            r = rng.random()
            if r < 0.08:
                name = rng.choice(event["people"] + story["actors"][:3])
                names.append((len(" ".join(tokens)) + (1 if tokens else 0), name, "PERSON"))
                tokens.append(name)
            elif r < 0.12:
                name = rng.choice(story["places"] + [story["org"]])
                names.append((len(" ".join(tokens)) + (1 if tokens else 0), name, "GPE" if " " not in name else "ORG"))
                tokens.append(name)
            elif r < 0.22:
                tokens.append(rng.choice(event["words"]))
            elif r < 0.40:
                tokens.append(rng.choice(story["topic"]))
            else:
                tokens.append(rng.choice(general))
        body = " ".join(tokens)
        mentions = tuple(Mention(s, s + len(t), t, label, key=t.lower()) for s, t, label in names)
        title = " ".join(rng.sample(story["topic"], 4) + rng.sample(event["words"], 2) + [story["places"][0]])
        yield Article(id=f"syn{i:07d}", source="synthetic", format="text", body=body, title=title,
                      published=day.isoformat(), language="en", mentions=mentions)


class Timed:
    """An iterator that counts the seconds spent making its items: the synthetic articles are made
    inside the timed loop (the corpus is never held whole), and this says how much of it they took."""

    def __init__(self, items):
        self.items, self.seconds = iter(items), 0.0

    def __iter__(self):
        return self

    def __next__(self):
        t0 = time.perf_counter()
        try:
            return next(self.items)
        finally:
            self.seconds += time.perf_counter() - t0


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


BATCH = 16  # articles per grouping step, as `analyze` sends them (AnalyseOptions.batch_size)


def measure(n: int, extra: int, db: str | None = None) -> dict:
    """Group n articles, then time ``extra`` more added to that state (run in its own process);
    through the store at ``db`` when given."""
    if db:
        return measure_store(n, extra, db)
    from rashomon.group.stories import StoryGrouper

    from itertools import islice

    stream = Timed(articles(n + extra))
    grouper = StoryGrouper()
    t0 = time.perf_counter()
    done = 0
    while chunk := list(islice(stream, min(BATCH, n - done))):
        grouper.add_batch(chunk)
        done += len(chunk)
    seconds = time.perf_counter() - t0
    out = {"n": n, "seconds": round(seconds, 1), "articles_per_s": round(n / seconds),
           "stories": len(grouper.stories), "events": len(grouper.events), "peak_rss_mb": round(peak_rss_mb()),
           "generating_s": round(stream.seconds, 1), "grouping_s": round(seconds - stream.seconds, 1)}
    if extra:
        t0 = time.perf_counter()
        while chunk := list(islice(stream, BATCH)):
            grouper.add_batch(chunk)
        out[f"add_{extra}_s"] = round(time.perf_counter() - t0, 2)
    return out


def measure_store(n: int, extra: int, db: str, batch: int = 500) -> dict:
    """As ``measure``, through group.corpus and a store; adding ``extra`` starts from a reopened store."""
    from itertools import islice

    from rashomon.group.corpus import Grouping, add_articles
    from rashomon.store.db import open_store

    stream = Timed(articles(n + extra))
    store, grouping = open_store(db), Grouping()
    t0 = time.perf_counter()
    while chunk := list(islice(stream, min(batch, n - store.count()))):
        add_articles(store, chunk, grouping=grouping)
    seconds = time.perf_counter() - t0
    out = {"n": n, "seconds": round(seconds, 1), "articles_per_s": round(n / seconds), "stories": store.count("stories"),
           "events": store.count("events"), "peak_rss_mb": round(peak_rss_mb()), "store": db.split(":")[0],
           "generating_s": round(stream.seconds, 1), "grouping_s": round(seconds - stream.seconds, 1)}
    store.close()
    if extra:
        store = open_store(db)  # a later run: the grouping state is read back from the store
        t0 = time.perf_counter()
        add_articles(store, list(stream))
        out[f"add_{extra}_s"] = round(time.perf_counter() - t0, 2)
        store.close()
    return out


@contextmanager
def fresh_store(kind: str):
    "An empty store of the kind for one size: None (memory), a SQLite file, or a throwaway PostgreSQL server."
    if kind == "memory":
        yield None
        return
    folder = Path(tempfile.mkdtemp(prefix="stories-scale-"))
    folder.chmod(0o755)
    script = str(ROOT / "scripts" / "pg-throwaway")
    try:
        if kind == "sqlite":
            yield str(folder / "scale.db")
        else:
            url = subprocess.run([script, "start", str(folder / "pg")], check=True, capture_output=True, text=True)
            try:
                yield url.stdout.strip()
            finally:
                subprocess.run([script, "stop", str(folder / "pg")], capture_output=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def baseline(n: int) -> dict:
    sys.path.insert(0, str(ROOT / "bench"))
    from ecbplus import baseline as agglomerative

    texts = [(a.title or "") + "\n" + a.body for a in articles(n)]
    t0 = time.perf_counter()
    labels = agglomerative(texts, 0.82)
    if labels is None:
        return {"n": n, "skipped": "scikit-learn not installed"}
    seconds = time.perf_counter() - t0
    return {"n": n, "seconds": round(seconds, 1), "clusters": len(set(labels)), "peak_rss_mb": round(peak_rss_mb())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--add", type=int, default=1000, help="articles added to the 100k state")
    ap.add_argument("--baseline-size", type=int, default=10000)
    ap.add_argument("--store", choices=["memory", "sqlite", "postgresql"], default="memory",
                    help="group through a store (default: the in-memory grouper alone)")
    ap.add_argument("--db", help=argparse.SUPPRESS)  # child process: the store to fill
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: one size
    ap.add_argument("--extra", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--baseline-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.baseline_only:
        print(json.dumps(baseline(args.baseline_size)))
        return
    if args.one:
        print(json.dumps(measure(args.one, args.extra, args.db)))
        return
    rows = []
    sizes = [int(s) for s in args.sizes.split(",")]
    for n in sizes:
        extra = args.add if n == max(sizes) else 0
        with fresh_store(args.store) as db:
            cmd = [sys.executable, __file__, "--one", str(n), "--extra", str(extra)] + (["--db", db] if db else [])
            rows.append(json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout))
    cmd = [sys.executable, __file__, "--baseline-only", "--baseline-size", str(args.baseline_size)]
    base = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    print(f"Grouping cost ({'through a ' + args.store + ' store' if args.store != 'memory' else 'in memory'}; "
          "analysis excluded; synthetic articles with pre-built mentions: ~25 per story,")
    print("1-6 events per story, 180-word bodies, dates over one year). One process each.")
    print(f"{'articles':>10}{'seconds':>10}{'making':>8}{'grouping':>10}{'art/s':>8}{'stories':>9}{'events':>8}"
          f"{'peak MB':>9}  add 1,000")
    for r in rows:
        print(f"{r['n']:>10}{r['seconds']:>10}{r['generating_s']:>8}{r['grouping_s']:>10}{r['articles_per_s']:>8}{r['stories']:>9}"
              f"{r['events']:>8}{r['peak_rss_mb']:>9}  {r.get(f'add_{args.add}_s', '')}")
    print("(seconds include making the synthetic articles, in the 'making' column; 'grouping' is seconds without it)")
    if "skipped" in base:
        print("baseline skipped (scikit-learn not installed)")
    else:
        print(f"TF-IDF + agglomerative baseline at {base['n']}: {base['seconds']} s, "
              f"{base['clusters']} clusters, peak {base['peak_rss_mb']} MB (n² distance matrix)")
    print(json.dumps({"bench": "stories_scale", "store": args.store, "grouper": rows, "baseline": base}))


if __name__ == "__main__":
    main()

"""How fast `rashomon serve` answers: p50 and p95 per page, 20 concurrent clients on loopback.

Two corpora: the example corpus (examples/corpus, analysed with every stage), and 10,000
generated articles stored through the corpus stage (group.corpus.add_articles), drawn as
bench/stories_scale.py draws them, with sentences, outlets and attributed statements added,
and one story in ten of about a hundred articles. The server runs in its own process, as
`rashomon serve` does; its story comparisons on the generated corpus are made without the
parser (the text is not English).

Each page's URLs are first fetched once (cold: the story comparisons are made and cached in the
store, the pages in memory), then fetched again and again by 20 client threads (warm). Last, the
biggest story's page is timed as the first request to a newly started server: its comparison is
read from the store and the page built and rendered, which is what an uncached page costs.
Ends with one JSON line.

    .venv/bin/python bench/serve_latency.py                 # example corpus and 10,000 articles
    .venv/bin/python bench/serve_latency.py --sizes 0       # the example corpus only
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from itertools import islice
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
CLIENTS = 20
OUTLETS = ["Northern Ledger", "Sarnov Post", "Korlin Observer", "Durmania Herald", "Lessing Daily", "Rheintal Rundschau",
           "Aurelian Wire", "Halden Times", "Tavel Courier", "Mirov Gazette", "Veldra Today", "Coastal Record"]


def synthetic(n: int, seed: int = 3):
    """Articles as stories_scale draws them, one story in ten ten times as big, with sentences of
    about 18 words, an outlet each, and each sentence that names a person said by that person."""
    import stories_scale

    from rashomon.model import Sentence, Span, Statement

    stories_scale.PER_STORY = 40  # with the doubling below: stories of ~40 articles, some of ~100+
    rng = random.Random(seed)
    for a in stories_scale.articles(n, seed=seed):
        spaces = [m.start() for m in re.finditer(" ", a.body)] + [len(a.body)]
        sentences, start = [], 0
        for i in range(17, len(spaces), 18):
            sentences.append(Sentence(start, spaces[i]))
            start = spaces[i] + 1
        if start < len(a.body):
            sentences.append(Sentence(start, len(a.body)))
        statements = []
        for s in sentences:
            person = next((m for m in a.mentions if m.label == "PERSON" and s.start <= m.start < s.end), None)
            if person is not None and rng.random() < 0.5:
                statements.append(Statement(Span(s.start, s.end), None, "indirect", "say", Span(person.start, person.end),
                                            person.text, speaker_kind="person"))
        yield a.replace(id=f"web{a.id}", outlet=rng.choice(OUTLETS), sentences=tuple(sentences),
                        statements=tuple(statements), url=f"https://news.example/{a.id}")


def build_synthetic(db: str, n: int) -> float:
    from rashomon.group.corpus import Grouping, add_articles
    from rashomon.store.db import open_store

    store, grouping, started = open_store(db), Grouping(), time.perf_counter()
    stream = synthetic(n)
    while chunk := list(islice(stream, 500)):
        add_articles(store, chunk, grouping=grouping)
    store.close()
    return time.perf_counter() - started


def build_example(db: str) -> float:
    started = time.perf_counter()
    subprocess.run([str(ROOT / ".venv" / "bin" / "rashomon"), "analyze", str(ROOT / "examples" / "corpus"), "--db", db, "-q"],
                   check=True)
    return time.perf_counter() - started


def start_server(db: str, parser: bool) -> tuple[subprocess.Popen, str]:
    code = ("import sys; from rashomon.config import Options; from rashomon.present.server import serve; "
            "opts = Options() if sys.argv[2] == 'parser' else Options().replace(spacy_model=None); "
            "serve(sys.argv[1], opts, announce=lambda url: print(url, flush=True))")
    proc = subprocess.Popen([sys.executable, "-c", code, db, "parser" if parser else "none"], stdout=subprocess.PIPE,
                            text=True)
    return proc, proc.stdout.readline().strip()


def get(conn: http.client.HTTPConnection, path: str) -> float:
    started = time.perf_counter()
    try:
        conn.request("GET", path)
        answer = conn.getresponse()
    except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
        conn.close()  # the server closes a connection idle for 5 s: open a new one, as a browser does
        started = time.perf_counter()
        conn.request("GET", path)
        answer = conn.getresponse()
    answer.read()
    if answer.status != 200:
        raise RuntimeError(f"{path}: HTTP {answer.status}")
    return time.perf_counter() - started


def urls(base: str) -> dict[str, list[str]]:
    """The URLs of each page, picked from what the store holds."""
    conn = connection(base)

    def data(path):
        conn.request("GET", path)
        return json.loads(conn.getresponse().read())

    stories = data("/api/stories")
    listed = stories["stories"]
    rng = random.Random(1)
    compared = [s for s in listed if s["articles"] > 1][:10]
    biggest = max(listed, key=lambda s: s["articles"])
    article_ids = [i for s in compared for e in s["events"] for i in e["article_ids"]]
    entity_ids = [e["id"] for a in rng.sample(article_ids, min(5, len(article_ids)))
                  for e in data(f"/api/articles/{a}")["entities"][:2]]
    outlets = [o for o, _ in stories["choices"]["outlets"] if o][:6]
    words = [w for s in compared for w in s["label"].split(" · ")[0].split(", ")][:8] or ["dam"]
    return {
        "stories": ["/", "/?page=2" if stories["pages"] > 1 else "/", f"/?outlet={quote(outlets[0])}", f"/?q={quote(words[0])}"],
        "story": [f"/stories/{s['id']}" for s in compared],
        "story_json": [f"/api/stories/{s['id']}" for s in compared],
        "biggest_story": [f"/stories/{biggest['id']}"],
        "coverage": [f"/stories/{s['id']}/coverage" for s in compared],
        "article": [f"/articles/{i}" for i in rng.sample(article_ids, min(20, len(article_ids)))],
        "entity": [f"/entities/{i}" for i in entity_ids],
        "outlet": [f"/outlets/{quote(o)}" for o in outlets],
        "search": [f"/search?q={quote(w)}" for w in words],
    }, biggest["articles"]


def connection(base: str) -> http.client.HTTPConnection:
    parts = urlsplit(base)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=600)


def measure(base: str, paths: list[str], per_client: int) -> list[float]:
    def client(i: int) -> list[float]:
        conn = connection(base)
        return [get(conn, paths[(i + k) % len(paths)]) for k in range(per_client)]

    with ThreadPoolExecutor(CLIENTS) as pool:
        return [t for times in pool.map(client, range(CLIENTS)) for t in times]


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def run(name: str, db: str, parser: bool, per_client: int) -> dict:
    proc, base = start_server(db, parser)
    try:
        pages, biggest = urls(base)
        conn = connection(base)
        out = {"corpus": name, "biggest_story_articles": biggest, "pages": {}}
        for page, paths in pages.items():
            cold = [get(conn, p) for p in paths]  # the first visit makes and caches comparisons
            warm = measure(base, paths, per_client)
            out["pages"][page] = {"urls": len(paths), "cold_max_ms": round(max(cold) * 1000),
                                  "p50_ms": round(percentile(warm, 50) * 1000, 1),
                                  "p95_ms": round(percentile(warm, 95) * 1000, 1), "requests": len(warm)}
        single = [get(conn, pages["biggest_story"][0]) for _ in range(20)]  # one client: the page's own time
        out["biggest_story_alone_p50_ms"] = round(percentile(single, 50) * 1000, 1)
    finally:
        proc.terminate()
        proc.wait(10)
    out["biggest_story_fresh_server_ms"] = fresh_page(db, parser, pages["biggest_story"][0])
    return out


def fresh_page(db: str, parser: bool, path: str, times: int = 5) -> float:
    """The median time of a page's first request to a newly started server: the comparison comes
    from the store's cache, and the page is built and rendered (nothing kept in memory yet)."""
    seconds = []
    for _ in range(times):
        proc, base = start_server(db, parser)
        try:
            seconds.append(get(connection(base), path))
        finally:
            proc.terminate()
            proc.wait(10)
    return round(statistics.median(seconds) * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000", help="generated corpus sizes, comma-separated (0: none)")
    parser.add_argument("--requests", type=int, default=10, help="requests per client per page")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="serve-latency-") as folder:
        db = str(Path(folder) / "example.db")
        built = build_example(db)
        results.append({**run("example", db, True, args.requests), "build_s": round(built, 1)})
        for n in (int(x) for x in args.sizes.split(",") if int(x)):
            db = str(Path(folder) / f"synthetic{n}.db")
            print(f"building {n:,} generated articles ...", file=sys.stderr, flush=True)
            built = build_synthetic(db, n)
            results.append({**run(f"synthetic {n}", db, False, args.requests), "build_s": round(built, 1)})
    print(f"{'corpus':<16} {'page':<14} {'urls':>4} {'cold max ms':>11} {'p50 ms':>8} {'p95 ms':>8}")
    for r in results:
        for page, p in r["pages"].items():
            print(f"{r['corpus']:<16} {page:<14} {p['urls']:>4} {p['cold_max_ms']:>11} {p['p50_ms']:>8} {p['p95_ms']:>8}")
        print(f"{r['corpus']:<16} biggest story: {r['biggest_story_articles']} articles, "
              f"{r['biggest_story_alone_p50_ms']} ms p50 with one client, "
              f"{r['biggest_story_fresh_server_ms']} ms as a new server's first page (comparison from the store)")
    print(json.dumps({"bench": "serve_latency", "clients": CLIENTS, "results": results}))


if __name__ == "__main__":
    main()

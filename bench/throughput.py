"""End-to-end throughput of `analyze` (ingest, analyse, store) against bare spaCy.

Generates corpora of 100, 1,000 and 10,000 articles of about 600 words from the
bundled example corpus, with realistic variation (paragraphs recombined across
articles, names and numbers changed, a mix of .txt, .md, .html and .jsonl files),
then for each size runs a full analysis in a fresh process and reports articles/s
and the peak memory of the main process and of the worker processes. In the same
run it times the bare spaCy pipeline (the same components, the same two processes)
on the same texts, so the overhead of everything else is visible.

    .venv/bin/python bench/throughput.py                  # 100, 1000, 10000
    .venv/bin/python bench/throughput.py --sizes 100,1000
    .venv/bin/python bench/throughput.py --sizes 300 --engines   # + PostgreSQL and a Dask LocalCluster

With --engines, the smallest size is also run on a PostgreSQL store (a throwaway
server from scripts/pg-throwaway) and through a Dask LocalCluster of as many worker
processes as --workers, all in the same run as SQLite with local processes, so the
ratios compare like with like.

Ends by printing one JSON line with all figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "corpus"
FIRST = ["Anton", "Mirela", "Jonas", "Elena", "Tomas", "Ilse", "Pavel", "Marta", "Oskar", "Vera", "Lukas", "Nadia"]
LAST = ["Reszka", "Dascu", "Voren", "Kallas", "Brenn", "Ostrow", "Lindqvist", "Marek", "Sorin", "Havel", "Quist"]


def example_paragraphs() -> list[list[str]]:
    sys.path.insert(0, str(ROOT / "src"))
    from rashomon.ingest.metadata import to_article
    from rashomon.ingest.readers import discover, read_inputs
    from rashomon.model import RawDocument

    files, _ = discover([EXAMPLES])
    out = []
    for item in read_inputs(files, 50 * 2**20):
        if isinstance(item, RawDocument):
            out.append(to_article(item).body.split("\n\n"))
    return [p for p in out if p]


def vary(paragraph: str, rng: random.Random) -> str:
    paragraph = re.sub(r"\b\d[\d,.]*\b", lambda m: f"{rng.randint(2, 90_000):,}", paragraph)
    return re.sub(r"\b(?:Reszka|Dascu|Voren)\b", lambda m: rng.choice(LAST), paragraph)


def make_article(i: int, pool: list[list[str]], rng: random.Random, words: int = 600) -> tuple[str, str]:
    base = pool[i % len(pool)]
    paras = [vary(p, rng) for p in base]
    while sum(len(p.split()) for p in paras) < words:
        paras.append(vary(rng.choice(rng.choice(pool)), rng))
    title = f"{rng.choice(FIRST)} {rng.choice(LAST)} on the Sarn dispute, part {i}"
    return title, "\n\n".join(paras)


def write_corpus(folder: Path, n: int, seed: int = 7) -> int:
    """n articles as a mix of formats; returns the word count."""
    rng = random.Random(seed)
    pool = example_paragraphs()
    total = 0
    jsonl = (folder / "batch.jsonl").open("w", encoding="utf-8")
    for i in range(n):
        title, body = make_article(i, pool, rng)
        total += len(body.split())
        kind = i % 4
        if kind == 0:
            (folder / f"a{i}.txt").write_text(body, encoding="utf-8")
        elif kind == 1:
            (folder / f"a{i}.md").write_text(f"# {title}\n\nBy {rng.choice(FIRST)} {rng.choice(LAST)}\n\n"
                                             f"March {1 + i % 28}, 2025\n\n{body}\n", encoding="utf-8")
        elif kind == 2:
            paras = "".join(f"<p>{p}</p>\n" for p in body.split("\n\n"))
            (folder / f"a{i}.html").write_text(
                f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
                f"<article><h1>{title}</h1>{paras}</article><footer>© Outlet</footer></body></html>", encoding="utf-8")
        else:
            jsonl.write(json.dumps({"title": title, "text": body, "url": f"https://outlet{i % 9}.example/{i}",
                                    "date": f"2025-03-{1 + i % 28:02d}"}) + "\n")
    jsonl.close()
    return total


FOUNDATION = ("language.v1", "sentences.v1", "entities.v1")


def run_analyze(folder: Path, workers: int, stages: tuple[str, ...] | None = None, db: str = "bench.db",
                scheduler: str | None = None) -> dict:
    """A full `analyze` in a fresh process; returns its time and peak memory. ``db`` is a file name
    in the folder or a postgresql:// URL; ``scheduler`` a Dask scheduler address."""
    url = db if db.startswith("postgresql://") else str(folder / db)
    code = f"""
import json, resource, time, sys
from rashomon import Options, analyze
from rashomon.analyse.pipeline import DEFAULT_STAGES
from rashomon.store.db import open_store
t = time.perf_counter()
s = analyze([{str(folder)!r}], open_store({url!r}), Options(workers={workers}, scheduler={scheduler!r}),
            stages={stages!r} or DEFAULT_STAGES)
dt = time.perf_counter() - t
print(json.dumps({{"seconds": dt, "added": s.added, "errors": len(s.errors),
    "main_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def bare_spacy(folder: Path, workers: int, limit: int = 300) -> dict:
    """Words/s of the bare spaCy pipeline (same components) on the same bodies."""
    code = f"""
import json, time, sys
sys.path.insert(0, {str(ROOT / 'src')!r})
from rashomon.ingest.readers import discover, read_inputs
from rashomon.ingest.metadata import to_article
from rashomon.model import RawDocument
import spacy
from rashomon.analyse.nlp import EXCLUDE, verify_model
files, _ = discover([{str(folder)!r}])
texts = [to_article(i).body for i in read_inputs(files, 2**26) if isinstance(i, RawDocument)][:{limit}]
from rashomon.analyse.nlp import DEFAULT_MODEL
nlp = spacy.load(verify_model(DEFAULT_MODEL), exclude=EXCLUDE)
words = sum(len(t.split()) for t in texts)
t = time.perf_counter()
for _ in nlp.pipe(texts, n_process={max(workers, 1)}, batch_size=16):
    pass
dt = time.perf_counter() - t
print(json.dumps({{"articles": len(texts), "words": words, "seconds": dt}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    return {"words_per_s": r["words"] / r["seconds"], "articles_per_s": r["articles"] / r["seconds"],
            "articles": r["articles"]}


def engines(folder: Path, n: int, workers: int, sqlite_seconds: float, bare_articles_per_s: float) -> dict:
    """The same analysis on a PostgreSQL store and through a Dask LocalCluster, against SQLite
    with local processes (``sqlite_seconds``, measured just before in the same run)."""
    import dask
    from distributed import LocalCluster

    out = {"sqlite_local": {"articles_per_s": round(n / sqlite_seconds, 2)}}
    pg = Path(tempfile.mkdtemp(prefix="bench-pg-"))
    pg.chmod(0o755)
    url = subprocess.run([str(ROOT / "scripts" / "pg-throwaway"), "start", str(pg / "pg")], check=True,
                         capture_output=True, text=True).stdout.strip()
    try:
        r = run_analyze(folder, workers, db=url)
        out["postgresql_local"] = {"articles_per_s": round(n / r["seconds"], 2)}
    finally:
        subprocess.run([str(ROOT / "scripts" / "pg-throwaway"), "stop", str(pg / "pg")], capture_output=True)
    # workers as docs/scale.md sets them up: without the statistical profiler, which samples every task,
    # and with glibc's own malloc trimming, not the nanny's 64 KiB threshold (13% more CPU for the analysis)
    with dask.config.set({"distributed.worker.profile.enabled": False,
                          "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}), \
            LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        # the first run pays for the workers loading the model, as local processes do in every run;
        # a cluster that stays up pays once
        cold = run_analyze(folder, 0, db="dask-cold.db", scheduler=cluster.scheduler_address)
        out["sqlite_dask_first_run"] = {"articles_per_s": round(n / cold["seconds"], 2), "workers": workers}
        r = run_analyze(folder, 0, db="dask.db", scheduler=cluster.scheduler_address)
        out["sqlite_dask"] = {"articles_per_s": round(n / r["seconds"], 2), "workers": workers}
    base = out["sqlite_local"]["articles_per_s"]
    for name, entry in out.items():
        entry["cost_vs_sqlite_local"] = round(base / entry["articles_per_s"] - 1, 3)
        entry["ratio_to_bare_spacy"] = round(entry["articles_per_s"] / bare_articles_per_s, 3)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--engines", action="store_true", help="also PostgreSQL and a Dask LocalCluster (smallest size)")
    args = parser.parse_args()
    results = {"workers": args.workers, "cpus": os.cpu_count(), "sizes": {}}
    for n in [int(s) for s in args.sizes.split(",")]:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            words = write_corpus(folder, n)
            r = run_analyze(folder, args.workers)
            entry = {"articles": n, "words_per_article": round(words / n), "seconds": round(r["seconds"], 1),
                     "articles_per_s": round(n / r["seconds"], 2), "words_per_s": round(words / r["seconds"]),
                     "main_peak_rss_mb": round(r["main_rss_mb"]), "worker_peak_rss_mb": round(r["worker_rss_mb"]),
                     "errors": r["errors"]}
            if n == min(int(s) for s in args.sizes.split(",")) and n <= 1000:  # comparisons on a small size
                bare = bare_spacy(folder, args.workers)
                results["bare_spacy"] = {k: round(v, 2) for k, v in bare.items()}
                # the foundation stages alone, to show what statements, amounts and times cost
                base = run_analyze(folder, args.workers, FOUNDATION, db="foundation.db")
                results["foundation_only"] = {"articles": n, "articles_per_s": round(n / base["seconds"], 2),
                                              "stages": list(FOUNDATION)}
                if args.engines:
                    results["engines"] = engines(folder, n, args.workers, r["seconds"], bare["articles_per_s"])
                    for name, e in results["engines"].items():
                        print(f"{n:>6} articles, {name:<17} {e['articles_per_s']:6.2f} articles/s, "
                              f"{e['cost_vs_sqlite_local']:+.1%} time vs SQLite + local processes, "
                              f"{e['ratio_to_bare_spacy']:.2f}x bare spaCy's speed", file=sys.stderr)
            results["sizes"][str(n)] = entry
            print(f"{n:>6} articles: {entry['articles_per_s']:.2f} articles/s, {entry['words_per_s']} words/s, "
                  f"peak RSS main {entry['main_peak_rss_mb']} MB, worker {entry['worker_peak_rss_mb']} MB", file=sys.stderr)
    if "bare_spacy" in results:
        first = next(iter(results["sizes"].values()))
        results["overhead_vs_bare_spacy"] = round(results["bare_spacy"]["words_per_s"] / first["words_per_s"], 2)
        print(f"{first['articles']:>6} articles, foundation stages only ({', '.join(FOUNDATION)}): "
              f"{results['foundation_only']['articles_per_s']:.2f} articles/s\n"
              f"   bare spaCy, same text: {results['bare_spacy']['articles_per_s']:.2f} articles/s "
              f"(all stages cost {results['overhead_vs_bare_spacy']}x its time)", file=sys.stderr)
    print(json.dumps(results))


if __name__ == "__main__":
    main()

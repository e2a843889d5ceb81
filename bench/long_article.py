"""Time and peak memory of `analyze` on one long article, at several lengths.

A long text article is made from the example corpus's paragraphs (names and numbers varied,
so it is not one paragraph repeated), then analysed with every stage in a fresh process with
no worker processes; the process's peak resident memory is read from the kernel. Time should
grow linearly with length and memory stay bounded (long texts are parsed in pieces).

    .venv/bin/python bench/long_article.py                        # 100,000 / 300,000 / 950,000 characters
    .venv/bin/python bench/long_article.py --sizes 100000,200000

Ends by printing one JSON line with all figures.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import example_paragraphs, vary  # noqa: E402


def make_article(chars: int, seed: int = 11) -> str:
    rng = random.Random(seed)
    pool = [p for article in example_paragraphs() for p in article]
    out, n = [], 0
    while n < chars:
        p = vary(rng.choice(pool), rng)
        out.append(p)
        n += len(p) + 2
    return "\n\n".join(out)[:chars]


def run(folder: Path, chars: int) -> dict:
    path = folder / f"long-{chars}.txt"
    path.write_text(make_article(chars), encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "rashomon", "analyze", str(path), "--db", str(folder / f"{chars}.db"),
                           "--workers", "0", "--quiet"], capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if done.returncode:
        raise SystemExit(f"analyze failed on {chars:,} characters: {done.stderr.strip()}")
    # ru_maxrss of children is the largest child so far; runs go from short to long, so it is this one's
    return {"chars": chars, "seconds": round(seconds, 1), "peak_mb": round(max(peak, before) / 1024),
            "seconds_per_100k": round(seconds / chars * 100_000, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="100000,300000,950000", help="article lengths in characters, short to long")
    args = ap.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        rows = [run(Path(tmp), n) for n in sizes]
    print(f"{'characters':>12} {'seconds':>8} {'s/100k':>7} {'peak MB':>8}")
    for r in rows:
        print(f"{r['chars']:>12,} {r['seconds']:>8.1f} {r['seconds_per_100k']:>7.2f} {r['peak_mb']:>8}")
    print(json.dumps({"runs": rows}))


if __name__ == "__main__":
    main()

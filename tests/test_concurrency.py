"""Two `rashomon analyze` runs on one store at once, and what a killed run leaves running.

Real processes throughout: the runs are the CLI itself, the store a real file.
The analysis is cut down to language and sentences (a --config file) so that the
runs are short and their batches interleave.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

TOPICS = [("dam", "river", "water", "gates", "farmers", "irrigation", "drought", "canal"),
          ("election", "ballots", "voters", "candidate", "turnout", "campaign", "polling", "recount"),
          ("vaccine", "clinic", "doctors", "patients", "dose", "trial", "hospital", "nurses"),
          ("strike", "miners", "union", "wages", "pickets", "shifts", "pits", "bosses"),
          ("volcano", "ash", "eruption", "lava", "villagers", "evacuation", "crater", "flights"),
          ("festival", "films", "directors", "premiere", "jury", "audience", "screening", "prize")]
PLACES = ["Korlin", "Tavel", "Sarnow", "Brevik", "Ostrava", "Lindau"]


def write_folder(folder: Path, topics: list[int], per_topic: int, seed: int) -> int:
    """Articles on a few unrelated subjects, each subject its own words and place; returns how many."""
    rng = random.Random(seed)
    folder.mkdir()
    n = 0
    for t in topics:
        words, place = TOPICS[t], PLACES[t]
        for i in range(per_topic):
            sentences = [f"In {place} the {rng.choice(words)} and the {rng.choice(words)} were the talk of the week, "
                         f"as {rng.choice(words)} met {rng.choice(words)} for the {i + k}th time." for k in range(8)]
            title = f"{place}: {' '.join(rng.sample(words, 4))}"
            (folder / f"t{t}-{i:03}.txt").write_text(f"{title}\n\n" + "\n\n".join(sentences))
            n += 1
    return n


def analyze(folder: Path, db: str, config: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "rashomon", "analyze", str(folder), "--db", db, "--config", str(config),
                             "--batch-size", "2", "-q", *extra], stderr=subprocess.PIPE, text=True)


def summary(db: str) -> dict:
    from rashomon.store.db import open_store

    store = open_store(db)
    try:
        x = store.db.execute
        return {"articles": store.count(), "stories": store.count("stories"), "events": store.count("events"),
                "entities": store.count("entities"),
                "story_sizes_wrong": x("SELECT count(*) FROM stories s WHERE size != "
                                       "(SELECT count(*) FROM article_groups g WHERE g.story_id = s.id)").fetchone()[0],
                "event_sizes_wrong": x("SELECT count(*) FROM events e WHERE size != "
                                       "(SELECT count(*) FROM article_groups g WHERE g.event_id = e.id)").fetchone()[0],
                "runs": [r[0] for r in x("SELECT run_id FROM articles ORDER BY rowid")]}
    finally:
        store.close()


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpora")
    config = root / "fast.toml"
    config.write_text('[analyse]\nstages = ["language.v1", "sentences.v1"]\nworkers = 0\n')
    n = write_folder(root / "a", [0, 1, 2], 16, seed=1) + write_folder(root / "b", [3, 4, 5], 16, seed=2)
    return root, config, n


def two_writers_then_one(corpora, db_two: str, db_one: str) -> None:
    root, config, n = corpora
    runs = [analyze(root / "a", db_two, config), analyze(root / "b", db_two, config)]
    for p in runs:
        _, stderr = p.communicate(timeout=300)
        assert p.returncode == 0, stderr
    union = subprocess.run([sys.executable, "-m", "rashomon", "analyze", str(root / "a"), str(root / "b"), "--db",
                            db_one, "--config", str(config), "--batch-size", "2", "-q"], capture_output=True, text=True)
    assert union.returncode == 0, union.stderr
    two, one = summary(db_two), summary(db_one)
    switches = sum(1 for x, y in zip(two["runs"], two["runs"][1:]) if x != y)
    assert switches >= 2, "the two runs did not write at the same time; the test proves nothing"
    assert two["articles"] == n and two["story_sizes_wrong"] == 0 and two["event_sizes_wrong"] == 0
    assert {k: two[k] for k in ("articles", "stories", "events", "entities")} == \
        {k: one[k] for k in ("articles", "stories", "events", "entities")}


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_two_runs_on_one_store(corpora, new_store_url, kind):
    two_writers_then_one(corpora, new_store_url(kind), new_store_url(kind))


def children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except (OSError, ValueError):
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid and b"spawn_main" in cmdline:
            out.append(int(entry.name))
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_exit_with_a_killed_client(corpora, tmp_path, sig):
    root, config, _ = corpora
    proc = analyze(root, str(tmp_path / "k.db"), config, "--workers", "2")
    deadline = time.monotonic() + 120
    workers: list[int] = []
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        workers = children(proc.pid)
    assert len(workers) == 2, f"no worker processes seen: {proc.poll()}"
    os.kill(proc.pid, sig)
    proc.communicate(timeout=30)
    deadline = time.monotonic() + 20
    while any(map(alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [w for w in workers if alive(w)]
    for w in left:
        os.kill(w, signal.SIGKILL)
    assert not left, f"worker processes {left} outlived the client"

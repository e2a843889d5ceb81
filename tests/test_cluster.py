"""Analysis on a real Dask cluster (a LocalCluster of worker processes): the same store as local
analysis, and no article lost or stored twice when a worker is killed mid-run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from rashomon.config import Options
from rashomon.runner import Events, analyze
from rashomon.store.db import open_store

from .test_concurrency import summary, write_folder

pytestmark = pytest.mark.slow
FAST = ("language.v1",)  # no model to load: the test is about moving batches, not parsing


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed", reason="the scale extra is not installed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        with distributed.Client(c) as client:
            yield c, client


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("cluster")
    n = write_folder(root / "news", [0, 1, 4], 20, seed=3)
    return root / "news", n


def test_the_cli_on_a_cluster_stores_what_local_analysis_stores(cluster, folder, tmp_path):
    c, _ = cluster
    path, n = folder
    config = tmp_path / "fast.toml"
    config.write_text(f"[analyse]\nstages = {list(FAST)!r}\n".replace("'", '"'))
    run = lambda db, *extra: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "rashomon", "analyze", str(path), "--db", db, "--config", str(config), "-q", *extra],
        capture_output=True, text=True)
    distributed = run(str(tmp_path / "dask.db"), "--scheduler", c.scheduler_address, "--batch-size", "4")
    local = run(str(tmp_path / "local.db"), "--workers", "0", "--batch-size", "4")
    assert distributed.returncode == 0 and local.returncode == 0, distributed.stderr + local.stderr
    on_cluster, at_home = summary(str(tmp_path / "dask.db")), summary(str(tmp_path / "local.db"))
    assert on_cluster["articles"] == n
    assert {k: on_cluster[k] for k in ("articles", "stories", "events")} == \
        {k: at_home[k] for k in ("articles", "stories", "events")}


def test_a_killed_worker_loses_and_duplicates_nothing(cluster, folder, tmp_path):
    c, client = cluster
    path, n = folder
    pids = list(client.run(os.getpid).values())
    killed = []

    def kill_one(_):
        if not killed:  # after the first stored batch, with more batches out on the workers
            os.kill(pids[0], signal.SIGKILL)
            killed.append(pids[0])

    store = open_store(str(tmp_path / "k.db"))
    result = analyze([path], store, Options(scheduler=c.scheduler_address, stages=FAST, batch_size=2),
                     Events(advance=kill_one))
    store.close()
    assert killed and result.ok, result.errors
    stored = summary(str(tmp_path / "k.db"))
    assert stored["articles"] == n == result.added
    assert stored["story_sizes_wrong"] == 0 and stored["event_sizes_wrong"] == 0

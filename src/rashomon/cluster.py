"""Per-article analysis mapped over a Dask distributed cluster (``--scheduler tcp://host:8786``).

Analysis is a pure function of one article, so batches go to whichever worker is
free; this process keeps reading inputs and stays the corpus's one ordered writer,
taking results back in the order it sent the batches. Dask reruns the tasks of a
worker that dies (results it held included); a batch that still fails because
workers kept dying is sent once more, so a killed worker loses no article, and
content-hash ids mean none is stored twice.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Iterator

from .analyse.pipeline import Context, Pipeline, analyse_batch, record_error
from .errors import ConfigError, MissingExtra
from .model import Article

RESUBMITS = 2  # a batch whose workers keep dying is sent again this many times
_local = threading.local()  # a Dask worker runs tasks in threads: a pipeline and a parse cache per thread
_load_lock = threading.Lock()


def analyse_on_worker(batch: list[Article], stage_names: list[str], spacy_model: str) -> list[Article | str]:
    """The task a worker runs: one batch through the pipeline, which it builds once per thread."""
    key = (tuple(stage_names), spacy_model)
    cached = getattr(_local, "pipelines", {})
    if key not in cached:
        with _load_lock:  # load the model once per process, not once per thread at the same time
            cached[key] = (Pipeline(stage_names, on_error=record_error), Context(spacy_model))
        _local.pipelines = cached
    return analyse_batch(batch, *cached[key])


def cluster_batches(batches: Iterable[list[Article]], stage_names: list[str], spacy_model: str,
                    address: str) -> Iterator[list[Article | str]]:
    """Analyse the batches on the cluster at ``address``, a bounded window of them in flight;
    yield each batch's results in the order the batches came."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise MissingExtra("scale", "dask[distributed]") from exc
    try:
        client = Client(address, set_as_default=False, timeout="30s")
    except (OSError, TimeoutError) as exc:
        raise ConfigError(f"--scheduler {address}: cannot reach the Dask scheduler ({exc})") from exc
    try:
        threads = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
        window: deque = deque()
        for batch in batches:
            window.append((batch, _submit(client, batch, stage_names, spacy_model)))
            if len(window) >= max(4, 2 * threads):
                yield _result(client, *window.popleft(), stage_names, spacy_model)
        while window:
            yield _result(client, *window.popleft(), stage_names, spacy_model)
    finally:
        client.close()


def _submit(client, batch, stage_names, spacy_model):
    return client.submit(analyse_on_worker, batch, stage_names, spacy_model, pure=False)


def _result(client, batch, future, stage_names, spacy_model) -> list[Article | str]:
    from distributed import KilledWorker

    for attempt in range(RESUBMITS + 1):
        try:
            return future.result()
        except KilledWorker:
            if attempt == RESUBMITS:
                raise
            future = _submit(client, batch, stage_names, spacy_model)
    raise AssertionError("unreachable")

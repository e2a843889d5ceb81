"""One analysis run: ingest -> analyse -> group -> store, in batches.

Bad items are reported through ``Events.error`` and counted; the run goes on.
Per-article analysis runs in worker processes (a pure function of the article),
while this process reads inputs and owns the store, so memory stays flat in the
size of the corpus: at most a few batches are in flight at any time.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from .version import __version__
from .analyse.pipeline import Context, Pipeline, analyse_batch, record_error
from .config import Options
from .errors import InputError, RashomonError
from .group.corpus import Grouping, add_articles
from .ingest.metadata import to_article
from .ingest.readers import discover, read_inputs
from .model import Article
from .safe import one_line
from .store.db import Store


@dataclass
class Events:
    """Hooks for a front end: a progress bar, a log. All optional."""

    start: Callable[[int], None] = lambda total: None
    advance: Callable[[int], None] = lambda n: None
    error: Callable[[str], None] = lambda message: None
    warn: Callable[[str], None] = lambda message: None  # the item is stored, but something was repaired or lost


@dataclass
class RunSummary:
    added: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped_files: list[str] = field(default_factory=list)
    outlets: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    words: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


def analyze(paths: Iterable[str | Path], store: Store, opts: Options = Options(), events: Events = Events(),
            stages: Iterable[str] | None = None) -> RunSummary:
    """Ingest and analyse every article under ``paths`` into ``store``.

    Example:
        >>> summary = analyze(["examples/corpus"], Store("corpus.db"))  # doctest: +SKIP
        >>> summary.added, summary.errors
    """
    t0 = time.perf_counter()
    pipeline = Pipeline(stages or opts.analyse.stages, on_error=record_error)
    summary = RunSummary()
    files, skipped = discover(paths)
    summary.skipped_files = [str(p) for p in skipped]
    events.start(estimate_items(files))
    run_id = store.start_run(__version__, pipeline.names)

    def fail(message: str) -> None:
        message = one_line(message)  # stored and printed: no newline, control or lone surrogate from a name
        summary.errors.append(message)
        events.error(message)
        events.advance(1)

    def warn(article: Article, stages: bool) -> None:
        for p in article.problems:
            if (p.stage != "ingest") == stages:
                message = f"{article.source}: " + (f"stage {p.stage} failed ({p.message}); stored without its results"
                                                   if stages else p.message)
                message = one_line(message)
                summary.warnings.append(message)
                events.warn(message)

    try:
        articles = _new_articles(read_inputs(files, opts.ingest.max_bytes), store, opts, summary, fail, events)
        grouping = Grouping(opts.group)
        for batch in _analysed_batches(_warned(articles, warn), pipeline, opts, fail):
            summary.added += add_articles(store, batch, run_id, grouping)
            for a in batch:
                warn(a, stages=True)
                summary.outlets[a.outlet or "(unknown outlet)"] += 1
                summary.languages[a.language or "?"] += 1
                summary.words += a.word_count
            events.advance(len(batch))
    finally:
        summary.seconds = time.perf_counter() - t0
        store.finish_run(run_id, summary.added, summary.unchanged, summary.errors)
    return summary


def _new_articles(items, store: Store, opts: Options, summary: RunSummary, fail, events) -> Iterator[Article]:
    seen: set[str] = set()
    for item in items:
        if isinstance(item, InputError):
            fail(str(item))
            continue
        try:
            article = to_article(item, opts.ingest.min_chars)
        except InputError as exc:
            fail(str(exc))
            continue
        except Exception as exc:  # noqa: BLE001 - one odd page must not stop the batch
            fail(f"{item.source}: cannot extract the article: {type(exc).__name__}: {exc}")
            continue
        if article.id in seen or store.has_article(article.id):
            summary.unchanged += 1
            events.advance(1)
            continue
        seen.add(article.id)
        yield article


def _warned(articles: Iterator[Article], warn) -> Iterator[Article]:
    "Say what reading repaired as each article comes in, before it waits for analysis."
    for article in articles:
        warn(article, stages=False)
        yield article


def _batches(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _analysed_batches(articles, pipeline: Pipeline, opts: Options, fail) -> Iterator[list[Article]]:
    batches = _batches(articles, opts.analyse.batch_size)
    if opts.analyse.scheduler:
        from .cluster import cluster_batches

        for results in cluster_batches(batches, pipeline.names, opts.analyse.spacy_model, opts.analyse.scheduler):
            yield _keep_good(results, fail)
        return
    if opts.analyse.workers == 0:
        ctx = Context(opts.analyse.spacy_model)
        for batch in batches:
            yield _keep_good(analyse_batch(batch, pipeline, ctx), fail)
        return
    workers = opts.analyse.workers
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_init_worker,
                             initargs=(pipeline.names, opts.analyse.spacy_model)) as pool:
        window: deque[Future] = deque()
        for batch in batches:
            window.append(pool.submit(_worker_batch, batch))
            if len(window) >= 2 * workers:
                yield _keep_good(window.popleft().result(), fail)
        while window:
            yield _keep_good(window.popleft().result(), fail)


def _keep_good(results: list[Article | str], fail) -> list[Article]:
    good = []
    for r in results:
        if isinstance(r, str):
            fail(r)
        else:
            good.append(r)
    return good


_worker: tuple[Pipeline, Context] | None = None


def _init_worker(stage_names: list[str], spacy_model: str) -> None:
    global _worker
    _exit_with_parent()
    _worker = (Pipeline(stage_names, on_error=record_error), Context(spacy_model))
    _worker[1].nlp  # load the model now, not inside the first batch


def _exit_with_parent() -> None:
    """End this worker as soon as the process that started it is gone.

    A killed client (kill -9, or SIGTERM, which ends it without clean-up) cannot
    stop its pool, and the workers would wait for work forever, a loaded model each.
    The parent's sentinel becomes readable when it dies, whoever killed it.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _worker_batch(batch: list[Article]) -> list[Article | str]:
    assert _worker is not None
    return analyse_batch(batch, *_worker)


def estimate_items(files: list) -> int:
    """Items to expect: one per file, one per non-empty line of a JSONL file."""
    total = 0
    for f in files:
        if isinstance(f, Path) and f.suffix.lower() in (".jsonl", ".ndjson") and f.is_file():
            with f.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        else:
            total += 1
    return total


def default_workers(total: int) -> int:
    "Worker processes pay off only past a few dozen articles (each loads the model)."
    return 0 if total < 40 else max(1, min(os.cpu_count() or 1, 4))

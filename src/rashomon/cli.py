"""The `rashomon` command: a thin shell over the library.

Each command parses its arguments, calls one library function and prints the
result; a RashomonError becomes one line on stderr and exit code 1.
"""

from __future__ import annotations

import dataclasses

import math
import os
import sqlite3
import sys
from contextlib import contextmanager, nullcontext
from contextvars import ContextVar
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape

from .version import __version__
from .config import DEFAULT_DB, MB, Options
from .errors import ConfigError, RashomonError
from .safe import json_text, one_line

app = typer.Typer(
    name="rashomon",
    help="Compare how news outlets cover the same story.\n\n"
    "Start with:  rashomon analyze examples/corpus  then  rashomon ls  and  rashomon search \"dam\".",
    no_args_is_help=True, rich_markup_mode="rich", context_settings={"help_option_names": ["-h", "--help"]},
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[Optional[str], typer.Option(
    "--db", help="Store: a SQLite file (one per corpus) or a postgresql:// URL. Default: rashomon.db, or db in --config.",
    envvar="RASHOMON_DB")]
ConfigOption = Annotated[Optional[Path], typer.Option(
    "--config", help="Options file (TOML: \\[ingest], \\[analyse], \\[group], \\[compare]; see docs/config.md). Flags win.",
    envvar="RASHOMON_CONFIG")]


_opened: ContextVar[Path | None] = ContextVar("opened store", default=None)


@contextmanager
def _errors_to_exit():
    try:
        yield
    except RashomonError as exc:
        _fail(str(exc))
    except sqlite3.DatabaseError as exc:  # damage that opening the store could not see: one line, not a traceback
        db = _opened.get() or "store"
        _fail(f"{db}: {exc}" if isinstance(exc, sqlite3.OperationalError) else f"{db}: not a Rashomon store ({exc})")
    except BrokenPipeError:  # the reader stopped early (| head): nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the exit flush does not fail again
        raise typer.Exit(141) from None
    except OSError as exc:  # an output file that cannot be written
        _fail(f"{exc.filename}: {exc.strerror or exc}" if exc.filename else str(exc.strerror or exc))


def _fail(message: str):
    err.print(f"[red]error:[/red] {escape(one_line(message))}", markup=True, highlight=False)
    raise typer.Exit(1) from None


def _db(db: str | None, config: Path | None = None) -> str:
    "The store the user named: --db (or $RASHOMON_DB), else db in the config file, else rashomon.db."
    return db if db is not None else str(Options.from_config(config).db)


def _store(db: str | None, must_exist: bool = True, config: Path | None = None):
    from .errors import StoreError
    from .store.db import is_url, open_store

    db = _db(db, config)
    if must_exist and not is_url(db) and not Path(db).exists():
        raise StoreError(f"{db}: no such store; create one with: rashomon analyze PATH --db {db}")
    _opened.set(db)
    return open_store(db)


def _shown(path: Path) -> str:
    "A path in a message: on one line, with no console markup."
    return escape(one_line(str(path)))


def _max_bytes(max_mb: float) -> int:
    if not math.isfinite(max_mb) or max_mb * MB < 1:
        raise ConfigError(f"--max-mb {max_mb}: expected a positive number of megabytes, such as 50 or 0.5")
    return int(max_mb * MB)


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (read recursively) or - for stdin.")],
    db: DbOption = None,
    workers: Annotated[Optional[int], typer.Option(help="Analysis processes (default: one per core for big batches).")] = None,
    max_mb: Annotated[Optional[float], typer.Option("--max-mb", help="Refuse any file or item larger than this (default 50).")] = None,
    batch_size: Annotated[Optional[int], typer.Option(min=1, help="Articles per stored transaction; a killed run loses at most one batch (default 16).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary; errors only.")] = False,
    config: ConfigOption = None,
    scheduler: Annotated[Optional[str], typer.Option(help="Analyse on this Dask cluster (tcp://host:8786) instead of local processes; docs/scale.md.")] = None,
):
    """Ingest articles and analyse them into the store.

    Reads plain text, Markdown, HTML, JSON/JSONL (one article per line, with
    fields such as text/title/url/date) and WARC (.warc, .warc.gz). Bad files get
    a one-line error and the rest of the batch goes on; the exit code is 1 if any
    item failed. Storing the same article again changes nothing, so an interrupted
    run can simply be started again.

    Examples:

      rashomon analyze examples/corpus

      rashomon analyze crawl.warc.gz articles.jsonl --db ukraine.db

      cat article.txt | rashomon analyze - --db notes.db

      rashomon analyze crawl/ --db postgresql://rashomon@dbhost/news --scheduler tcp://head:8786
    """
    from .config import declares
    from .present.terminal import RunProgress, print_summary
    from .runner import analyze as run_analysis, default_workers, estimate_items
    from .ingest.readers import discover

    with _errors_to_exit():
        db = _db(db, config)
        if max_mb is not None:
            _max_bytes(max_mb)  # a clear error for nan, 0 or less
        store = _store(db, must_exist=False)
        if workers is None and not declares(config, "analyse", "workers"):
            workers = default_workers(estimate_items(discover(paths)[0]))
        opts = Options.from_config(config, db=db, max_mb=max_mb, workers=workers, batch_size=batch_size,
                                   scheduler=scheduler)
        with RunProgress(err, enabled=not quiet) as progress:
            try:
                summary = run_analysis(paths, store, opts, progress.events)
            except KeyboardInterrupt:
                err.print(f"interrupted: {store.count()} articles are stored in {_shown(store.path)}; "
                          "run the same command to resume")
                raise typer.Exit(130) from None
        if not quiet:
            print_summary(err, summary, store, store.path)
        raise typer.Exit(0 if summary.ok else 1)


@app.command("ls")
def list_articles(
    db: DbOption = None,
    outlet: Annotated[Optional[str], typer.Option(help="Only articles from this outlet.")] = None,
    limit: Annotated[int, typer.Option(help="Show at most this many (0: all).")] = 0,
):
    """List stored articles: id, date, outlet, language, words and title.

    Ids can be shortened to any unique prefix in other commands.

    Example:  rashomon ls --outlet "The Moscow Times"
    """
    from .present.terminal import print_article_table

    with _errors_to_exit():
        store = _store(db)
        articles = [a for a in store.articles() if outlet is None or (a.outlet or "").lower() == outlet.lower()]
        print_article_table(out, articles[:limit] if limit else articles)


@app.command()
def show(
    article: Annotated[str, typer.Argument(help="Article id or unique prefix, as `rashomon ls` prints it.")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the article as JSON (export schema).")] = False,
):
    """Show one article: metadata, credits, captions, entities, statements, amounts, dates and the body.

    Example:  rashomon show 3fa2
    """
    from .present.terminal import print_article
    from .present.views import article_dict

    with _errors_to_exit():
        store = _store(db)
        a = store.article(article)
        if as_json:
            import json

            out.print(json_text(json.dumps(article_dict(a), ensure_ascii=False, indent=2)), markup=False)
        else:
            print_article(out, a, store.entities(article_id=a.id))


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words, "exact phrases", AND/OR/NOT, prefix*.')],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="Show at most this many hits.")] = 20,
):
    """Full-text search over titles and bodies, best match first, with snippets.

    Examples:

      rashomon search blockade

      rashomon search '"humanitarian crisis" AND Lachin'

      rashomon search 'peacekeep*'
    """
    from .present.terminal import MARK, print_hits

    with _errors_to_exit():
        print_hits(out, _store(db).search(query, limit, mark=MARK), query)


@app.command()
def quotes(
    db: DbOption = None,
    speaker: Annotated[Optional[str], typer.Option(help="Only statements by this speaker (any part of any name they go by).")] = None,
    kind: Annotated[Optional[str], typer.Option(help="Only this kind: direct, indirect, mixed or scare.")] = None,
):
    """Who said what across the corpus: statements grouped by speaker, with the outlets that reported them.

    A speaker is the canonical entity when the text names one ("he said" and "the
    minister said" resolve to the person where the text allows), otherwise the
    description the article gives ("Pashinyan's office", "an Azerbaijani
    statement").

    Examples:

      rashomon quotes

      rashomon quotes --speaker Lavrov

      rashomon quotes --kind direct --db lachin.db
    """
    from .present.terminal import print_quotes

    with _errors_to_exit():
        rows = _store(db).statements(speaker=speaker)
        print_quotes(out, [r for r in rows if kind is None or r["kind"] == kind])


@app.command()
def stories(db: DbOption = Path(DEFAULT_DB)):
    """List stories, biggest first, each with its events, outlets, languages and dates.

    Articles are grouped as they are analysed: a story is an ongoing subject (a
    blockade), an event one thing that happened in it (a phone call). Labels are
    the names most of the group's articles mention, then the date range.

    Example:  rashomon stories --db blockade.db
    """
    from .present.terminal import print_stories
    from .present.views import group_label

    with _errors_to_exit():
        print_stories(out, _store(db).stories(), group_label)


@app.command()
def story(
    story_id: Annotated[int, typer.Argument(metavar="ID", help="Story number, as `rashomon stories` prints it.")],
    db: DbOption = None,
):
    """Show one story: its events, each with its articles, and the text they share.

    Example:  rashomon story 2
    """
    from .present.terminal import print_story
    from .present.views import group_label

    with _errors_to_exit():
        store = _store(db)
        (found,) = store.stories(story_id)
        ids = {a["id"] for e in found["events"] for a in e["articles"]}
        links = [r for r in store.reuse() if r["a"] in ids and r["b"] in ids]
        print_story(out, found, links, group_label)


@app.command()
def reuse(
    first: Annotated[str, typer.Argument(help="Article id or prefix.")],
    second: Annotated[str, typer.Argument(help="Another article id or prefix.")],
    db: DbOption = None,
):
    """Show the passages two articles share, and what the second cut (-) and added (+).

    Use it on a wire story and its republication to see what an outlet changed.

    Example:  rashomon reuse 8542 ed74
    """
    from .group.copies import shared_passages
    from .present.terminal import print_reuse

    with _errors_to_exit():
        store = _store(db)
        a, b = store.article(first, with_annotations=False), store.article(second, with_annotations=False)
        print_reuse(out, a, b, shared_passages(a.body, b.body))


@app.command()
def compare(
    targets: Annotated[list[str], typer.Argument(metavar="STORY | ARTICLE...",
                                                 help="A story number (as `stories` prints it) or two or more article ids.")],
    db: DbOption = None,
    fmt: Annotated[Optional[str], typer.Option("--format", help="html, md or json (default: from --out, else md).")] = None,
    out_file: Annotated[Optional[Path], typer.Option("--out", help="Write here instead of standard output.")] = None,
    event: Annotated[bool, typer.Option("--event", help="The number is an event (as `story` lists them), not a story.")] = False,
    show_all: Annotated[bool, typer.Option("--all", help="Also show conflicts and disputes under the confidence bar, marked uncertain.")] = False,
    config: ConfigOption = None,
):
    """Compare how sources cover one story: agreement, single-source claims, conflicts, disputes, wording, timeline.

    Each claim is classed as corroborated (by how many independent sources: a
    republished wire copy is not a second source), single-source or contested.
    Conflicts are sources disagreeing on a fact of one event (a number, a date, a
    degree, an actor, or a negation); they are looked for only between sentences
    of the same event, so two phone calls two weeks apart give no date conflict.
    Disputes are parties disagreeing: one side asserts what another denies, shown
    with who holds each position and which outlets voice it. Every finding has a
    confidence score; by default only confident ones are shown (see
    docs/conflicts.md). The HTML report is one self-contained file with every
    finding linked to its sentence.

    Examples:

      rashomon compare 2 --out story2.html

      rashomon compare 7 --event --all

      rashomon compare 3fa2 88e1 --format json
    """
    from .compare.stored import Target, compare_stored
    from .present.comparison import FORMATS, comparison_json, render_html, render_markdown
    from .present.views import group_label

    with _errors_to_exit():
        opts = Options.from_config(config)
        store = _store(db, config=config)
        suffix = out_file.suffix.lstrip(".").lower() if out_file else "md"
        fmt = {"htm": "html", "markdown": "md"}.get(fmt or suffix, fmt or suffix)
        if fmt not in FORMATS:
            raise ConfigError(f"--format {fmt!r}: expected one of {list(FORMATS)}")
        if len(targets) == 1 and targets[0].isdigit() and event:
            target = Target(event_id=int(targets[0]))
            label = f"Event {targets[0]}"
        elif len(targets) == 1 and targets[0].isdigit() and len(targets[0]) < 6:
            (found,) = store.stories(int(targets[0]))
            target = Target(story_id=found["id"])
            label = f"Story {found['id']}: " + group_label(found["entities"], found["first"], found["last"],
                                                           [a for e in found["events"] for a in e["articles"]])
        else:
            target = Target(article_ids=tuple(targets))
            label = f"{len(targets)} articles compared"
        compare_opts = dataclasses.replace(opts.compare, show_uncertain=True) if show_all else opts.compare
        compared = compare_stored(store, target, compare_opts, opts.analyse.spacy_model)
        result, articles = compared.comparison, compared.articles
        text = {"json": lambda: comparison_json(result, label), "md": lambda: render_markdown(result, label),
                "html": lambda: render_html(result, articles, label)}[fmt]()
        if out_file:
            out_file.parent.mkdir(parents=True, exist_ok=True)
            out_file.write_text(text, encoding="utf-8")
            err.print(f"wrote {_shown(out_file)}")
        else:
            out.print(json_text(text) if fmt == "json" else text, markup=False, highlight=False)


@app.command()
def entities(
    db: DbOption = None,
    label: Annotated[Optional[str], typer.Option(help="Only this class: person, org, place, group, event, time, number.")] = None,
    limit: Annotated[int, typer.Option(help="Show at most this many (0: all).")] = 30,
):
    """List canonical entities: one per real-world entity, with aliases and counts.

    Example:  rashomon entities --label person
    """
    from .present.terminal import print_entities

    with _errors_to_exit():
        ents = _store(db).entities(cls=label)
        print_entities(out, ents[:limit] if limit else ents)


@app.command()
def export(
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json | jsonl | csv | parquet")] = "json",
    out_path: Annotated[Optional[Path], typer.Option("--out", "-o", help="Output file, or - for stdout (the default; parquet needs --out).")] = None,
    table: Annotated[str, typer.Option(help="For csv and parquet: articles, entities or statements.")] = "articles",
    comparisons: Annotated[bool, typer.Option(help="JSON/JSONL: compare every story of two or more articles (slower).")] = True,
    config: ConfigOption = None,
):
    """Export the corpus: one JSON document, JSONL, or a table as CSV or Parquet.

    The JSON document holds `articles`, `entities`, `statements`, `stories`,
    `reuse` and `comparisons`. Every field is described in docs/schema.md;
    `schema_version` says which version.

    Examples:

      rashomon export --out corpus.json

      rashomon export --format csv --table entities --out entities.csv

      rashomon export --format parquet --out articles.parquet
    """
    from .compare.stored import compare_stories
    from .errors import ConfigError
    from .present.export import export as write_export

    with _errors_to_exit():
        opts = Options.from_config(config)
        store = _store(db, config=config)
        comparisons = compare_stories(store, opts.compare, opts.analyse.spacy_model) if comparisons else ()
        to_stdout = out_path is None or str(out_path) == "-"
        if fmt == "parquet":
            if out_path is None:
                raise ConfigError("--format parquet needs --out FILE, or --out - for standard output (Parquet is binary)")
            with nullcontext(sys.stdout.buffer) if to_stdout else out_path.open("wb") as fh:
                write_export(store, fmt, fh, table, comparisons)
        elif to_stdout:
            write_export(store, fmt, sys.stdout, table, comparisons)
        else:
            with out_path.open("w", encoding="utf-8", newline="") as fh:
                write_export(store, fmt, fh, table, comparisons)
        if not to_stdout:
            err.print(f"wrote {_shown(out_path)}")


@app.command()
def report(
    db: DbOption = None,
    out_path: Annotated[Path, typer.Option("--out", "-o", help="HTML (.html) or Markdown (.md) file to write.")] = Path("rashomon-report.html"),
    config: ConfigOption = None,
):
    """Write a self-contained report of the corpus that opens in any browser.

    For HTML, each story of two or more articles also gets a comparison page next
    to it (corpus-story-2.html), linked from the report.

    Example:  rashomon report --out corpus.html
    """
    from .compare.stored import compare_stories
    from .present.report import write_report

    with _errors_to_exit():
        opts = Options.from_config(config)
        store = _store(db, config=config)
        with store.snapshot():  # the report and its story pages show the same store
            written = write_report(store, out_path, compare_stories(store, opts.compare, opts.analyse.spacy_model))
        pages = len(written) - 1
        err.print(f"wrote {_shown(out_path)}" + (f" and {pages} story comparison{'s' * (pages != 1)}" if pages else ""))


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on. Anything but this machine's own (127.0.0.1) lets others on the network read the corpus.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on (default: a free one).")] = 0,
    config: ConfigOption = None,
):
    """Explore the corpus in a browser: stories, comparisons, articles, entities, outlets and search.

    Starts a local, read-only web app and prints its URL; every page has a JSON
    twin under /api (documented at /api/docs). Ctrl-C stops it. Needs the `web`
    extra.

    Examples:

      rashomon serve --db demo/corpus.db

      rashomon serve --db blockade.db --port 8000
    """
    from .present.server import is_local, serve as run_server

    with _errors_to_exit():
        opts = Options.from_config(config)
        db = _db(db, config)
        _store(db).close()  # a missing or damaged store: one line, before anything listens
        if not is_local(host):
            err.print(f"[yellow]warning:[/yellow] --host {escape(one_line(host))}: anyone who can reach this "
                      "address can read the whole corpus; there is no login")

        def announce(url: str) -> None:
            out.print(f"Rashomon is serving {_shown(db)} at {url}  (Ctrl-C stops it)", markup=False)
            sys.stdout.flush()

        try:
            run_server(db, opts, host, port, announce)
        except KeyboardInterrupt:
            pass


def _version(value: bool):
    if value:
        out.print(f"rashomon {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")] = False):
    pass


def main() -> None:
    app()

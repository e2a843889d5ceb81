"""The hostile corpus (tests/fixtures/hostile) through every writer: nothing runs in a browser,
a terminal or a spreadsheet, and nothing breaks a Markdown table (issue 15; docs/security.md).

These tests read and store the articles without the language model; tests/test_hostile.py runs
the same corpus through the `rashomon` command with every analysis stage.
"""

from __future__ import annotations

import csv
import io
import re

import pytest
from rich.console import Console

from rashomon.compare import compare
from rashomon.errors import InputError
from rashomon.ingest.metadata import to_article
from rashomon.ingest.readers import discover, read_inputs
from rashomon.present import terminal
from rashomon.present.comparison import render_html as comparison_html, render_markdown as comparison_markdown
from rashomon.present.export import write_csv
from rashomon.present.report import render_html, render_markdown
from rashomon.present.views import corpus_view, group_label, story_dicts
from rashomon.store.db import Store
from rashomon.group.corpus import add_articles

from ..conftest import FIXTURES

# What must never reach a terminal, a page or a cell raw: C0 but tab and newline, DEL, C1, bidi controls.
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def hostile():
    store = Store.memory()
    files, _ = discover([FIXTURES / "hostile"])
    articles = [to_article(item) for item in read_inputs(files, 2**20) if not isinstance(item, InputError)]
    add_articles(store, articles)
    yield store, list(store.articles(with_annotations=True))
    store.close()


def corpus_data(store):
    data = corpus_view(store)
    data["stories"] = story_dicts(store)
    return data


def hrefs(html: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', html)


def test_the_corpus_holds_every_kind_of_attack(hostile):
    _, articles = hostile
    text = " ".join(f"{a.title} {a.outlet} {a.url} {a.body}" for a in articles)
    for attack in ("<script>", "javascript:", "data:text/html", "\x1b[2J", "\x1b]52;", "\x1b]8;;", "\x9b", "=HYPERLINK",
                   "\u202e", "\x00", "|", "Wasser" * 3000):
        assert attack in text, attack


@pytest.mark.parametrize("render", ["corpus", "comparison"])
def test_html_links_only_to_http_and_runs_no_script(hostile, render):
    store, articles = hostile
    html = render_html(corpus_data(store)) if render == "corpus" else comparison_html(compare(articles), articles, "S")
    external = [h for h in hrefs(html) if not h.startswith("#") and not h.startswith("./")]
    assert external == ["https://korlin-observer.example/2025/03/06/veldra-dam"]
    assert not re.search(r"<script|<img|<[^>]*\son\w+=", html, re.I)  # no script, no element with a handler
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html  # shown as text
    assert '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\';' in html
    assert not RAW_CONTROL.search(html) and "report \\u202egnp.exe" in html  # the override shown, not obeyed
    assert "overflow-wrap:anywhere" in html  # a 20,000-character word wraps instead of widening the page


def test_markdown_has_no_html_no_links_and_whole_tables(hostile):
    store, articles = hostile
    for md in (render_markdown(corpus_data(store)), comparison_markdown(compare(articles), "Story 1")):
        assert "<" not in md.replace("&lt;", "") and not re.search(r"(?<!\\)\]\(", md)
        assert not RAW_CONTROL.search(md)
    table = [line for line in render_markdown(corpus_data(store)).splitlines() if line.startswith("| `") and "Evil" in line]
    assert len(table) == 1 and "Evil \\| Pipe Outlet" in table[0]
    assert len(re.findall(r"(?<!\\)\|", table[0])) == 6  # five cells, as the header says


def console() -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, force_terminal=False, color_system=None, width=200), buffer


def test_terminal_output_shows_escape_codes_instead_of_running_them(hostile):
    store, articles = hostile
    out, buffer = console()
    terminal.print_article_table(out, articles)
    for a in articles:
        terminal.print_article(out, a, [])
    terminal.print_hits(out, store.search("dam", mark=terminal.MARK), "dam")
    terminal.print_stories(out, store.stories(), group_label)
    terminal.print_story(out, store.stories()[0], store.reuse(), group_label)
    printed = buffer.getvalue()
    assert not RAW_CONTROL.search(printed)
    assert "\\x1b[2J" in printed and "\\x1b]52;c;" in printed and "\\x9b31m" in printed


def test_error_and_warning_lines_stay_one_line_and_inert():
    out, buffer = console()
    progress = terminal.RunProgress(out, enabled=False)
    progress.events.error("d/two\nlines\x1b[2J.txt: empty file [red]")
    progress.events.warn("d/x.txt: \x1b]52;c;x\x07 replaced")
    assert buffer.getvalue() == ("error: d/two\\nlines\\x1b[2J.txt: empty file [red]\n"
                                 "warning: d/x.txt: \\x1b]52;c;x\\x07 replaced\n")


def test_csv_cells_never_start_a_formula(hostile):
    store, _ = hostile
    out = io.StringIO()
    write_csv(store, out, "articles")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    cells = [v for row in rows for v in row.values() if v]
    assert cells and not [c for c in cells if c[0] in "=+-@\t\r"]
    assert "'=HYPERLINK(" in out.getvalue() and "'=1+1" in out.getvalue() and "'@Formula Post" in out.getvalue()
    assert "\x00" not in out.getvalue() and "A NUL byte \\x00 sits here" in out.getvalue()

"""The escaping rules every writer shares (docs/security.md)."""

import re

import pytest

from rashomon.safe import csv_cell, json_text, markdown_text, one_line, safe_href, visible


@pytest.mark.parametrize("text, shown", [
    ("clear \x1b[2J screen", "clear \\x1b[2J screen"),
    ("copy \x1b]52;c;ZXZpbA==\x07", "copy \\x1b]52;c;ZXZpbA==\\x07"),
    ("C1 \x9b31m", "C1 \\x9b31m"),
    ("invoice\u202efdp.exe", "invoice\\u202efdp.exe"),
    ("isolate \u2066x\u2069", "isolate \\u2066x\\u2069"),
    ("nul \x00 del \x7f", "nul \\x00 del \\x7f"),
    ("bad\udcffname", "bad\\xffname"),
    ("lines\nand\ttabs stay", "lines\nand\ttabs stay"),
    ("Grüße, مرحبا, 你好 \u200f", "Grüße, مرحبا, 你好 \u200f"),  # ordinary text and marks are untouched
])
def test_visible_shows_controls_instead_of_running_them(text, shown):
    assert visible(text) == shown


def test_one_line_keeps_a_name_on_one_line():
    assert one_line("a\nb\tc\rd") == "a\\nb\\tc\\x0dd"


@pytest.mark.parametrize("url", [
    "javascript:alert(document.domain)//x", "JaVaScRiPt:alert(1)", " \x01javascript:alert(1)", "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd", "//evil.example/x",
    "http:alert(1)", "https://", "https://x\x1b[2J.example/", None, "",
])
def test_only_http_urls_may_be_links(url):
    assert safe_href(url) is None


@pytest.mark.parametrize("url, href", [
    ("https://example.com/a?b=1#c", "https://example.com/a?b=1#c"),
    ("HTTP://Example.com", "HTTP://Example.com"),
    ("  https://example.com/x\n", "https://example.com/x"),
])
def test_http_urls_are_links(url, href):
    assert safe_href(url) == href


def test_markdown_text_renders_as_the_text():
    md = markdown_text("<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> a|b *em* &lt;")
    assert "<" not in md and ">" not in md and not re.search(r"(?<!\\)\]\(", md)  # no raw tag, no link
    assert "\\[x\\]" in md and "a\\|b" in md and "\\*em\\*" in md and "&amp;lt;" in md
    assert markdown_text("two\n\n# lines\n- and | more") == "two # lines - and \\| more"


@pytest.mark.parametrize("cell, written", [
    ("=HYPERLINK(\"http://evil\",\"x\")", "'=HYPERLINK(\"http://evil\",\"x\")"),
    ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
    ("-2+3", "'-2+3"), ("@SUM(A1:A2)", "'@SUM(A1:A2)"), ("\t=1", "'\t=1"), ("\r=1", "\\x0d=1"),
    ("a\x00b", "a\\x00b"), ("plain", "plain"), (42, 42), (None, None),
])
def test_csv_cells_never_start_a_formula(cell, written):
    assert csv_cell(cell) == written


def test_json_text_escapes_c1_and_bidi_but_keeps_the_data():
    import json

    raw = json.dumps({"t": "a\x9bb\u202ec"}, ensure_ascii=False)
    shown = json_text(raw)
    assert "\x9b" not in shown and "\u202e" not in shown and json.loads(shown) == {"t": "a\x9bb\u202ec"}

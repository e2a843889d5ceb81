"""Generated input against the readers and writers: over 10,000 inputs, no crash, no raw control out.

Whatever bytes, JSON or text come in, a reader yields documents or one-line InputErrors and
never raises; a document's text can be stored (no lone surrogates) and cleaned into an article
or refused with an InputError; and the writers' escaping holds for any text. The examples are
derandomised, so CI sees the same inputs every run.
"""

from __future__ import annotations

import io
import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rashomon.errors import InputError
from rashomon.ingest.decode import decode
from rashomon.ingest.metadata import to_article
from rashomon.ingest.readers import read_jsonl, read_stream, read_warc, record_document
from rashomon.model import RawDocument
from rashomon.safe import csv_cell, markdown_text, one_line, safe_href, visible

RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def fuzz(n: int):
    return settings(max_examples=n, deadline=None, derandomize=True, database=None,
                    suppress_health_check=list(HealthCheck))


# Text with everything in it: controls, bidi overrides, lone surrogates, markup and JSON characters.
any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)
TOKENS = [*"ab é,.:\"'{}[]<>/#*_|=\n\t\x00\x1b\x9b\u202e\udcff", "\r\n", "\n\n", "<p>", "# ", "By ", "word ", "The ",
          "said. ", "**", "[x](javascript:y)", "2025-03-04", "http://", "\\u0000", "\\ud800", "WARC/1.0"]
texty = st.lists(st.sampled_from(TOKENS), max_size=120).map("".join)
prefixes = st.sampled_from([b"", b"WARC/1.0\r\n", b"\x1f\x8b\x08\x00", b"{", b"[", b"<html><body><p>", b"# Title\n\n",
                            b"\xef\xbb\xbf", b"\xff\xfe", b"%PDF", b"{\"text\": \"", b"[[[[[[[["])
byte_soup = st.one_of(
    st.binary(max_size=600),
    texty.map(lambda t: t.encode("utf-8", "surrogatepass")),
    texty.map(lambda t: t.encode("cp1252", "ignore")),
    st.tuples(prefixes, st.binary(max_size=300)).map(b"".join),
    st.tuples(prefixes, texty).map(lambda p: p[0] + p[1].encode("utf-8", "surrogatepass")),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | texty,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["text", "body", "title", "url", "date", "outlet", "authors", "language", "x"]) | texty,
        inner, max_size=6),
    max_leaves=12)


def check(items) -> int:
    """Every item is a storable document or a one-line error; returns how many there were."""
    n = 0
    for item in items:
        n += 1
        if isinstance(item, InputError):
            assert "\n" not in one_line(str(item)) and item.problem
            continue
        assert isinstance(item, RawDocument)
        item.text.encode("utf-8")  # no lone surrogate: SQLite can store it
        if item.format != "html":  # HTML goes through trafilatura: tested below, fewer times
            try:
                to_article(item)
            except InputError:
                pass
    return n


@fuzz(3000)
@given(byte_soup)
def test_any_bytes_decode_to_text_or_an_input_error(data):
    try:
        decoded = decode(data)
    except InputError as exc:
        assert exc.problem
        return
    decoded.text.encode("utf-8")
    assert decoded.replaced <= len(data)


@fuzz(3000)
@given(byte_soup)
def test_any_stream_reads_into_documents_or_errors(data):
    assert check(read_stream("<stdin>", io.BytesIO(data), 4096)) >= 1


@fuzz(1500)
@given(st.lists(st.one_of(json_values.map(json.dumps), texty), max_size=6))
def test_any_jsonl_reads_line_by_line(lines):
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    check(read_jsonl(io.BytesIO(data), "f.jsonl", 4096))
    check(read_warc(io.BytesIO(data), "f.warc", 4096))


@fuzz(1500)
@given(json_values)
def test_any_json_record_becomes_an_article_or_an_error(value):
    check([record_document("r.json", value)])


@fuzz(200)
@given(texty, texty)
def test_any_html_page_is_cleaned_or_refused(title, body):
    page = f"<html><head><title>{title}</title></head><body><article><p>{body}</p><p>{body}</p></article></body></html>"
    try:
        to_article(RawDocument("p.html", page, "html"))
    except InputError:
        pass


@fuzz(1500)
@given(any_text)
def test_writers_escape_any_text(text):
    shown = visible(text)
    assert not RAW_CONTROL.search(shown.replace("\n", "").replace("\t", ""))
    md = markdown_text(text)
    assert "\n" not in md and "<" not in md and not RAW_CONTROL.search(md)
    cell = csv_cell(text)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")) and "\x00" not in cell
    href = safe_href(text)
    assert href is None or (href.lower().startswith(("http://", "https://")) and not RAW_CONTROL.search(href))

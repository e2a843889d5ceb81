import gzip
import io
from pathlib import Path

import pytest

from rashomon.errors import InputError
from rashomon.ingest.readers import discover, read_inputs, read_path
from rashomon.model import RawDocument
from rashomon.group.corpus import add_articles

MB = 2**20
# warcio's writer (used here to build test files) leaves a temporary file to the garbage collector.
warcio_writer = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


def items(path, max_bytes=MB):
    return list(read_path(path, max_bytes))


def write_warc(path, pages, gz=True):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                          http_headers=headers))


def test_jsonl_lines_become_documents_with_fields(fixtures):
    docs = items(fixtures / "records.jsonl")
    assert [d.source.rsplit(":", 1)[1] for d in docs] == ["1", "2"]
    assert docs[0].fields["outlet"] == "Northern Post" and "text" not in docs[0].fields


def test_bad_jsonl_lines_are_reported_and_the_rest_goes_on(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_text('{"text": "A good article about the dam and the river, long enough."}\n'
                 '{"text": "truncated\n'
                 '[1, 2]\n'
                 '{"title": "no text"}\n'
                 '{"text": "Another good article about the dam and the river valley."}')
    got = items(f)
    assert [type(i).__name__ for i in got] == ["RawDocument", "InputError", "InputError", "InputError", "RawDocument"]
    assert "mixed.jsonl:2: malformed JSON" in str(got[1])
    assert "mixed.jsonl:3" in str(got[2]) and "expected an object" in str(got[2])
    assert "no text field" in str(got[3])


def test_json_document_with_a_list(tmp_path):
    f = tmp_path / "two.json"
    f.write_text('[{"text": "First article text."}, {"body": "<p>Second article</p>", "url": "https://x.example/a"}]')
    docs = items(f)
    assert [d.source for d in docs] == [f"{f}#1", f"{f}#2"]
    assert docs[1].format == "html"


def test_malformed_json_names_the_file_and_place(tmp_path):
    f = tmp_path / "broken.json"
    f.write_text('{"text": "cut off here')
    (err,) = items(f)
    assert isinstance(err, InputError) and str(err).startswith(f"{f}: malformed JSON") and "line 1" in str(err)


@warcio_writer
def test_warc_html_records(tmp_path):
    f = tmp_path / "crawl.warc.gz"
    write_warc(f, [("https://a.example/1", "<html><body><p>One</p></body></html>"),
                   ("https://b.example/2", "<html><body><p>Two</p></body></html>")])
    docs = items(f)
    assert [d.fields["url"] for d in docs] == ["https://a.example/1", "https://b.example/2"]
    assert all(d.format == "html" for d in docs)


@warcio_writer
def test_truncated_warc_keeps_what_was_read(tmp_path):
    f = tmp_path / "crawl.warc.gz"
    write_warc(f, [(f"https://a.example/{i}", "<html><body><p>" + "word " * 3000 + "</p></body></html>") for i in range(3)])
    data = f.read_bytes()
    f.write_bytes(data[: int(len(data) * 0.6)])
    got = items(f)
    assert isinstance(got[0], RawDocument)
    assert isinstance(got[-1], InputError) and "truncated" in str(got[-1])


def test_not_a_warc(tmp_path):
    f = tmp_path / "fake.warc"
    f.write_text("hello")
    (err,) = items(f)
    assert "not a WARC file" in str(err)


def test_huge_file_is_refused_without_reading_it(tmp_path):
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:
        fh.truncate(100 * MB)  # sparse: 100 MB on paper, nothing on disk
    (err,) = items(f, max_bytes=50 * MB)
    assert str(err) == f"{f}: file too large (100.0 MB; limit 50 MB, see --max-mb)"


def test_missing_file(tmp_path):
    (err,) = items(tmp_path / "nope.txt")
    assert "no such file" in str(err)


def test_discover_walks_folders_and_skips_other_suffixes(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("x")
    (tmp_path / "b.md").write_text("b")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    (tmp_path / ".hidden.txt").write_text("h")
    found, skipped = discover([tmp_path])
    assert [p.name for p in found] == ["x.txt", "b.md"] or sorted(p.name for p in found) == ["b.md", "x.txt"]
    assert [p.name for p in skipped] == ["notes.docx"]


def test_stdin(monkeypatch):
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Some article text from a pipe.")))
    (doc,) = list(read_inputs(["-"], MB))
    assert doc.source == "<stdin>" and doc.text == "Some article text from a pipe."


def test_txt_holding_markdown_is_sniffed(tmp_path):
    f = tmp_path / "scraped.txt"
    f.write_text("# A Title\n\nBy [AFP](#)\n\nBody text here.")
    (doc,) = items(f)
    assert doc.format == "markdown"


def test_a_txt_page_opening_with_a_menu_of_links_is_markdown_not_json(tmp_path):
    "'[Home](https://...) | [World](...)' opens many a saved page: it is no malformed JSON list."
    f = tmp_path / "saved.txt"
    f.write_text("[Home](https://courier.example/) | [World](https://courier.example/world)\n# Talks resume\n\n"
                 "The envoys met on Tuesday.")
    (doc,) = items(f)
    assert isinstance(doc, RawDocument) and doc.format == "markdown"
    for opening in ("[](https://courier.example/)", '["Talks resume," says envoy](https://courier.example/a)'):
        f.write_text(f"{opening} [World](https://courier.example/world)\n# Talks resume\n\nThe envoys met on Tuesday.")
        (doc,) = items(f)
        assert isinstance(doc, RawDocument) and doc.format == "markdown"
    broken = tmp_path / "broken.txt"
    broken.write_text('{"text": "cut off here')
    (err,) = items(broken)
    assert isinstance(err, InputError) and "malformed JSON" in str(err)
    records = tmp_path / "records.txt"
    records.write_text('[{"text": "The envoys met on Tuesday."}]')
    assert [d.text for d in items(records)] == ["The envoys met on Tuesday."]


# -- hostile and broken input (issue 15) --------------------------------------------------------

TEXT = "The minister said on Monday that the talks about the dam would resume soon."


def test_a_file_name_that_is_not_utf8_is_named_with_the_byte_written_out(tmp_path, store):
    import os

    from rashomon.ingest.metadata import to_article

    folder = tmp_path / "d"
    folder.mkdir()
    (folder / os.fsdecode(b"bad\xffname.txt")).write_text(TEXT)
    (folder / "ok.txt").write_text(TEXT + " Second.")
    docs = list(read_inputs(discover([folder])[0], MB))
    assert sorted(d.source.rsplit("/", 1)[1] for d in docs) == ["bad\\xffname.txt", "ok.txt"]
    assert add_articles(store, [to_article(d) for d in docs]) == 2  # a surrogate in the source failed the insert


def test_a_newline_in_a_file_name_stays_on_one_line(tmp_path):
    f = tmp_path / "two\nlines.txt"
    f.write_bytes(b"")
    (err,) = items(f)
    assert "\n" not in str(err) and str(err).endswith("two\\nlines.txt: empty file")


def test_deeply_nested_json_is_one_error_and_the_batch_goes_on(tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    lines = tmp_path / "lines.jsonl"
    lines.write_text(f'{{"text": "{TEXT}"}}\n' + "[" * 100_000 + "]" * 100_000 + f'\n{{"text": "{TEXT} Again."}}\n')
    got = list(read_inputs([deep, lines], MB))
    assert [type(i).__name__ for i in got] == ["InputError", "RawDocument", "InputError", "RawDocument"]
    assert str(got[0]) == f"{deep}: JSON nested too deeply to read" and str(got[2]) == f"{lines}:2: JSON nested too deeply to read"


def test_an_oversized_jsonl_line_is_refused_without_holding_it(tmp_path):
    import tracemalloc

    f = tmp_path / "big.jsonl"
    f.write_text('{"text": "' + "x" * (16 * MB) + f'"}}\n{{"text": "{TEXT}"}}\n')
    tracemalloc.start()
    got = items(f, max_bytes=MB)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert str(got[0]) == f"{f}:1: line too large (16.0 MB; limit 1 MB, see --max-mb)" and isinstance(got[1], RawDocument)
    assert peak < 6 * MB  # the 16 MB line was read through, never held whole


def test_folder_problems_each_get_a_line(tmp_path):
    (tmp_path / "ok.txt").write_text(TEXT)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)  # a loop back to the top
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")  # a link to itself
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "empty").mkdir()
    found, _ = discover([tmp_path, tmp_path / "empty"])
    errors = {e.source.rsplit("/", 2)[-1]: e.problem for e in found if isinstance(e, InputError)}
    assert errors == {"up": "symlink loop: links back to a folder that holds it", "self.txt": "symlink loop",
                      "gone.txt": "dangling symlink (its target does not exist)",
                      "empty": errors["empty"]}
    assert errors["empty"].startswith("no files to read in this folder")
    assert [p.name for p in found if isinstance(p, Path)] == ["ok.txt"]


def test_an_unreadable_folder_gets_a_line(tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(TEXT)
    locked.chmod(0)
    try:
        (err,) = discover([tmp_path])[0]
    finally:
        locked.chmod(0o755)
    assert err.problem.startswith("cannot read folder: Permission denied")


@warcio_writer
def test_a_warc_without_html_or_text_is_an_error(tmp_path):
    from warcio.warcwriter import WARCWriter

    f = tmp_path / "meta.warc.gz"
    with open(f, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warc_record("https://a.example/", "metadata", payload=io.BytesIO(b"x: 1")))
    (err,) = items(f)
    assert str(err) == f"{f}: no HTML or text responses among its 1 records"


def _stdin(monkeypatch, data: bytes):
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    return list(read_inputs(["-"], MB))


def test_jsonl_on_stdin_is_read_line_by_line(monkeypatch):
    docs = _stdin(monkeypatch, f'{{"text": "{TEXT}", "title": "One"}}\n{{"text": "{TEXT} Two."}}\n'.encode())
    assert [d.source for d in docs] == ["<stdin>:1", "<stdin>:2"] and docs[0].fields["title"] == "One"


def test_one_json_document_on_stdin_is_still_one(monkeypatch):
    (doc,) = _stdin(monkeypatch, f'{{\n  "text": "{TEXT}",\n  "title": "Pretty"\n}}\n'.encode())
    assert doc.source == "<stdin>" and doc.fields["title"] == "Pretty"


@warcio_writer
def test_warc_on_stdin_is_read_as_warc(monkeypatch, tmp_path):
    f = tmp_path / "crawl.warc.gz"
    write_warc(f, [("https://a.example/1", f"<html><body><p>{TEXT}</p></body></html>")])
    (doc,) = _stdin(monkeypatch, f.read_bytes())
    assert doc.source == "<stdin>#1" and doc.fields["url"] == "https://a.example/1" and doc.format == "html"


@pytest.mark.parametrize("line, problem", [
    ('{"text": "a\tb"}', "malformed JSON: Invalid control character at column 12"),
    ('{"title": "Cut", "text": "The minister said', "malformed JSON: cut off at column 44, before the JSON closes"),
    ('{"text": 12}', "JSON field 'text' is a number (12); expected the article text as a string"),
    ('{"body": ["a", "b"]}', "JSON field 'body' is a list; expected the article text as a string"),
    ('{"text": "  "}', "JSON field 'text' is empty"),
    ('"just a string"', "JSON record is a string; expected an object with a text field"),
])
def test_json_problems_say_what_is_wrong_and_where(tmp_path, line, problem):
    f = tmp_path / "x.jsonl"
    f.write_text(line + ("\n" if "Cut" not in line else ""))
    (err,) = items(f)
    assert str(err) == f"{f}:1: {problem}"


def test_a_stray_invalid_byte_is_replaced_with_a_warning(tmp_path):
    f = tmp_path / "page.txt"
    f.write_bytes(("Grüße aus Köln. " + TEXT).encode() * 10 + b"\xe9 end.")
    (doc,) = items(f)
    assert doc.text.count("\ufffd") == 1 and doc.warnings == (f"1 byte not valid UTF-8 replaced with U+FFFD (first at byte {f.stat().st_size - 6})",)


def test_lone_surrogates_from_json_escapes_are_replaced(tmp_path, store):
    from rashomon.ingest.metadata import to_article

    f = tmp_path / "s.json"
    f.write_text('{"text": "' + TEXT + ' \\udcff end.", "title": "Bad \\ud800 title"}')
    (doc,) = items(f)
    article = to_article(doc)
    assert "\ufffd end." in article.body and article.title == "Bad \ufffd title"
    assert add_articles(store, [article]) == 1

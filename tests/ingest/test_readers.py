import gzip
import io

import pytest

from rashomon.errors import InputError
from rashomon.ingest.readers import discover, read_inputs, read_path
from rashomon.model import RawDocument

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

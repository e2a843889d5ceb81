"""The hostile corpus through the `rashomon` command, every stage on (issue 15; docs/security.md).

tests/fixtures/hostile holds the attacks on writers; the inputs that attack the run itself
(a 1 MB article, a file name that is not UTF-8, a newline in a name, JSON nested 100,000
deep) are made here, at test time.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re

import pytest
from typer.testing import CliRunner

from rashomon.cli import app

from .conftest import FIXTURES

pytestmark = pytest.mark.slow
runner = CliRunner()
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
STORY = ("The Veldra dam talks resumed in Korlin on Tuesday, and Ilse Marrek said the sluices would open. "
         "Farmers along the Sarn river said they had waited since March.")


def rashomon(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    for f in (FIXTURES / "hostile").iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    (folder / os.fsdecode(b"caf\xe9-report.txt")).write_text(STORY)
    (folder / "two\nlines.txt").write_bytes(b"")
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (folder / "huge.txt").write_text("\n\n".join([f"{STORY} {STORY}"] * 3500))  # over 1 MB of article text
    db = folder / "hostile.db"
    return folder, db, rashomon("analyze", folder, "--db", db)


def test_the_run_stores_everything_readable_and_names_the_rest(hostile):
    folder, db, result = hostile
    assert result.exit_code == 1 and result.exception is None or isinstance(result.exception, SystemExit)
    errors = sorted(line for line in result.stderr.splitlines() if line.startswith("error:"))
    assert errors[0] == f"error: {folder}/deep.json: JSON nested too deeply to read"
    assert re.fullmatch(rf"error: {folder}/huge.txt: article text too long \(1,\d\d\d,\d\d\d characters; at most "
                        r"1,000,000 per article: split it into several files\)", errors[1])
    assert errors[2:] == [f"error: {folder}/two\\nlines.txt: empty file"]
    assert "11 articles added" in result.stderr  # 4 + 3 JSONL records, 3 pages, the file whose name is not UTF-8
    from rashomon.store.db import Store

    sources = [a.source for a in Store(db).articles()]
    assert f"{folder}/caf\\xe9-report.txt" in sources


def _id(listing: str, title_start: str) -> str:
    return next(line.split()[0] for line in listing.splitlines() if title_start in line)


@pytest.mark.parametrize("command", [["ls"], ["search", "dam"], ["quotes"], ["stories"], ["story", "1"], ["entities"]])
def test_terminal_commands_show_escape_codes_instead_of_running_them(hostile, command):
    _, db, _ = hostile
    r = rashomon(*command, "--db", db)
    assert r.exit_code == 0 and r.stdout.strip()
    assert not RAW_CONTROL.search(r.stdout), RAW_CONTROL.findall(r.stdout)


def test_show_of_the_escape_code_article(hostile):
    _, db, _ = hostile
    aid = _id(rashomon("ls", "--db", db).stdout, "Veldra dam \\x1b[2J")
    for args in ([], ["--json"]):
        r = rashomon("show", aid, *args, "--db", db)
        assert r.exit_code == 0 and not RAW_CONTROL.search(r.stdout)
        assert ("\\x1b]52;c;" if not args else "\\u001b]52;c;") in r.stdout


def test_reports_link_only_to_http_and_run_no_script(hostile, tmp_path):
    _, db, _ = hostile
    r = rashomon("report", "--db", db, "--out", tmp_path / "report.html")
    assert r.exit_code == 0, r.stderr
    pages = sorted(tmp_path.glob("report*.html"))
    assert len(pages) >= 2  # the corpus page and at least one story comparison
    for page in pages:
        html = page.read_text()
        links = [h for h in re.findall(r'href="([^"]*)"', html) if not h.startswith(("#", "./report-story-"))]
        assert set(links) <= {"https://korlin-observer.example/2025/03/06/veldra-dam"}, links
        assert not re.search(r"<script|<img|<[^>]*\son\w+=", html, re.I) and not RAW_CONTROL.search(html)
        assert "Content-Security-Policy" in html


def test_markdown_outputs_carry_no_html_or_links(hostile, tmp_path):
    _, db, _ = hostile
    assert rashomon("report", "--db", db, "--out", tmp_path / "r.md").exit_code == 0
    assert rashomon("compare", "1", "--db", db, "--out", tmp_path / "c.md").exit_code == 0
    for md in ((tmp_path / "r.md").read_text(), (tmp_path / "c.md").read_text()):
        assert "<" not in md.replace("&lt;", "") and not re.search(r"(?<!\\)\]\(", md) and not RAW_CONTROL.search(md)


def test_csv_export_neutralises_formulas(hostile):
    _, db, _ = hostile
    r = rashomon("export", "--format", "csv", "--db", db)
    assert r.exit_code == 0
    csv.field_size_limit(2**24)  # bodies are long cells
    cells = [v for row in csv.reader(io.StringIO(r.stdout)) for v in row if v]
    assert not [c for c in cells if c[0] in "=+-@\t\r"] and "\x00" not in r.stdout


def test_jsonl_on_stdin(tmp_path):
    lines = "".join(json.dumps({"text": f"{STORY} Part {i}.", "title": f"Part {i}"}) + "\n" for i in range(3))
    r = rashomon("analyze", "-", "--db", tmp_path / "s.db", input=lines)
    assert r.exit_code == 0 and "3 articles added" in r.stderr


def test_a_stray_byte_gives_a_warning_and_the_article(tmp_path):
    (tmp_path / "page.txt").write_bytes(("Grüße aus Köln. " + STORY).encode() + b"\xff the end.")
    r = rashomon("analyze", tmp_path, "--db", tmp_path / "w.db")
    assert r.exit_code == 0 and "1 articles added" in r.stderr
    assert f"warning: {tmp_path / 'page.txt'}: 1 byte not valid UTF-8 replaced with U+FFFD (first at byte " in r.stderr


def test_nothing_touches_the_network(tmp_path, monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError(f"network use: {args[:2]}")

    for name in ("getaddrinfo", "create_connection"):
        monkeypatch.setattr(socket, name, refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    for f in ("script-tags.html", "javascript-urls.jsonl"):
        (tmp_path / f).write_bytes((FIXTURES / "hostile" / f).read_bytes())
    db = tmp_path / "n.db"
    assert rashomon("analyze", tmp_path, "--db", db, "--workers", "0").exit_code == 0
    r = rashomon("report", "--db", db, "--out", tmp_path / "r.html")
    assert r.exit_code == 0, r.exception

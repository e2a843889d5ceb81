"""The `rashomon` command end to end, as a new user runs it (real model, real store)."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.present.views import SCHEMA_VERSION

from .conftest import FIXTURES

pytestmark = pytest.mark.slow
runner = CliRunner()


def rashomon(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    """The test fixtures plus broken files, analysed once for the whole module."""
    folder = tmp_path_factory.mktemp("corpus")
    for f in FIXTURES.iterdir():
        if f.is_file():  # folders (hostile/, cross_script/) hold other tests' data
            (folder / f.name).write_bytes(f.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (folder / "broken.json").write_text('{"text": "cut')
    db = folder / "corpus.db"
    result = rashomon("analyze", folder, "--db", db)
    return folder, db, result


def test_analyze_reports_errors_and_goes_on(corpus_db):
    folder, db, result = corpus_db
    assert result.exit_code == 1  # something failed
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert any("empty.txt: empty file" in e for e in errors)
    assert any("image.html: binary file: looks like a PNG image" in e for e in errors)
    assert any("broken.json: malformed JSON" in e for e in errors)
    assert "6 articles added" in result.stderr  # 4 files + 2 JSONL lines


def test_rerun_is_a_no_op(corpus_db):
    folder, db, _ = corpus_db
    again = rashomon("analyze", folder / "page.html", folder / "records.jsonl", "--db", db)
    assert again.exit_code == 0
    assert "0 articles added, 3 already stored" in again.stderr


def test_ls_show_search(corpus_db):
    _, db, _ = corpus_db
    ls = rashomon("ls", "--db", db)
    assert ls.exit_code == 0 and "Coast Courier" in ls.stdout and "6 articles" in ls.stdout
    row = next(line for line in ls.stdout.splitlines() if "Coast Courier" in line)
    shown = rashomon("show", row.split()[0], "--db", db)
    assert shown.exit_code == 0 and "Bridge Reopens After Repairs" in shown.stdout and "Pia Lund" in shown.stdout
    hits = rashomon("search", "bridge", "--db", db)
    assert hits.exit_code == 0 and "Bridge Reopens" in hits.stdout.splitlines()[0]


def test_show_unknown_id_is_one_clean_line(corpus_db):
    _, db, _ = corpus_db
    r = rashomon("show", "ffffffff", "--db", db)
    assert r.exit_code == 1 and r.stderr.strip().startswith("error: no article with id 'ffffffff'")


def test_missing_store_says_how_to_make_one(tmp_path):
    r = rashomon("ls", "--db", tmp_path / "none.db")
    assert r.exit_code == 1 and "rashomon analyze PATH --db" in r.stderr


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "parquet"])
def test_export_formats(corpus_db, tmp_path, fmt):
    _, db, _ = corpus_db
    out = tmp_path / f"out.{fmt}"
    r = rashomon("export", "--db", db, "--format", fmt, "--out", out)
    assert r.exit_code == 0, r.stderr
    if fmt == "json":
        doc = json.loads(out.read_text())
        assert doc["schema_version"] == SCHEMA_VERSION and len(doc["articles"]) == 6 and doc["entities"]
        a = doc["articles"][0]
        assert all(a["body"][m["start"]:m["end"]] == m["text"] for m in a["mentions"])
    elif fmt == "jsonl":
        types = [json.loads(line)["type"] for line in out.read_text().splitlines()]
        assert types[0] == "header" and types.count("article") == 6
    elif fmt == "csv":
        assert out.read_text().splitlines()[0].startswith("id,title,outlet,published")
    else:
        import pyarrow.parquet as pq

        assert pq.read_table(out).num_rows == 6


def test_stdin(tmp_path):
    db = tmp_path / "s.db"
    r = rashomon("analyze", "-", "--db", db, input="The minister said on Monday that the talks would resume soon.")
    assert r.exit_code == 0 and "1 articles added" in r.stderr


def test_report(corpus_db, tmp_path):
    _, db, _ = corpus_db
    for name in ("r.html", "r.md"):
        r = rashomon("report", "--db", db, "--out", tmp_path / name)
        assert r.exit_code == 0
        assert "Coast Courier" in (tmp_path / name).read_text()


def test_installed_command_runs():
    r = subprocess.run([sys.executable, "-m", "rashomon", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "analyze" in r.stdout

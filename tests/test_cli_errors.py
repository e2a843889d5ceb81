"""Broken stores, bad options and odd output paths: one clear line from every command (issue 15).

The stores here are built from articles made by hand, so no language model is loaded.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.model import Article, Sentence
from rashomon.store.db import Store
from rashomon.group.corpus import add_articles

runner = CliRunner()


def rashomon(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def articles(n: int) -> list[Article]:
    return [Article(id=f"{i:016x}", source=f"{i}.txt", body=f"Article {i} about the dam on the river. " * 60,
                    format="text", title=f"Dam {i}", sentences=(Sentence(0, 20),)) for i in range(n)]


def one_clean_line(result) -> str:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


def stored(db, n: int):
    "A store file holding n generated articles."
    store = Store(db)
    add_articles(store, articles(n))
    store.close()
    return db


@pytest.fixture
def damaged_db(tmp_path):
    db = stored(tmp_path / "damaged.db", 200)
    size = db.stat().st_size
    with db.open("r+b") as fh:  # garbage in the middle: opening and migrating still work
        for share in (0.3, 0.4, 0.5, 0.6, 0.7):
            fh.seek(int(size * share) // 4096 * 4096 + 100)
            fh.write(b"\xab" * 3000)
    return db


@pytest.mark.parametrize("command", [["ls"], ["stories"], ["story", "1"], ["report", "--out", "{tmp}/r.html"],
                                     ["export", "--out", "{tmp}/x.json", "--no-comparisons"]])
def test_a_damaged_store_is_one_line_in_every_command(damaged_db, command):
    r = rashomon(*[c.format(tmp=damaged_db.parent) for c in command], "--db", damaged_db)
    assert r.exit_code == 1
    assert one_clean_line(r) == f"error: {damaged_db}: not a Rashomon store (database disk image is malformed)"


@pytest.fixture
def small_db(tmp_path):
    return stored(tmp_path / "small.db", 2)


@pytest.mark.parametrize("value, shown", [("nan", "nan"), ("0", "0.0"), ("-3", "-3.0"), ("inf", "inf")])
def test_max_mb_must_be_a_positive_number(tmp_path, value, shown):
    (tmp_path / "a.txt").write_text("The minister said the talks would resume on Monday in Korlin.")
    r = rashomon("analyze", tmp_path / "a.txt", "--db", tmp_path / "x.db", "--max-mb", value)
    assert r.exit_code == 1 and not (tmp_path / "x.db").exists()
    assert one_clean_line(r) == f"error: --max-mb {shown}: expected a positive number of megabytes, such as 50 or 0.5"


def test_export_to_dash_writes_to_stdout(small_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = rashomon("export", "--out", "-", "--no-comparisons", "--db", small_db)
    assert r.exit_code == 0 and not (tmp_path / "-").exists()
    assert len(json.loads(r.stdout)["articles"]) == 2


@pytest.mark.parametrize("query", ["", "   "])
def test_an_empty_search_is_one_line(small_db, query):
    r = rashomon("search", query, "--db", small_db)
    assert r.exit_code == 1
    assert one_clean_line(r) == "error: search: give at least one word, for example: rashomon search blockade"


def test_a_folder_with_nothing_to_read_exits_1(tmp_path):
    (tmp_path / "empty").mkdir()
    r = rashomon("analyze", tmp_path / "empty", "--db", tmp_path / "x.db", "--quiet")
    assert r.exit_code == 1
    assert one_clean_line(r).startswith(f"error: {tmp_path / 'empty'}: no files to read in this folder")


def test_an_unwritable_output_is_one_line(small_db, tmp_path):
    r = rashomon("export", "--out", tmp_path / "no" / "such" / "dir" / "x.json", "--no-comparisons", "--db", small_db)
    assert r.exit_code == 1 and "No such file or directory" in one_clean_line(r)


def test_an_error_naming_odd_json_keys_is_stored_and_printed_on_one_line(tmp_path):
    (tmp_path / "k.json").write_text('{"\\udcff\\u001b[2J\\nkey": "no text here"}')
    r = rashomon("analyze", tmp_path / "k.json", "--db", tmp_path / "x.db", "--quiet")
    assert r.exit_code == 1
    assert one_clean_line(r) == (f"error: {tmp_path}/k.json: JSON record has no text field "
                                 "(looked for text, body, content, maintext; has \\xff\\x1b[2J\\nkey)")
    assert Store(tmp_path / "x.db").errors() == [r.stderr.strip().removeprefix("error: ")]

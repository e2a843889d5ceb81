"""Killing `rashomon analyze` mid-run leaves a consistent store, and a re-run resumes."""

import signal
import sqlite3
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.slow

PARAGRAPH = ("The council of {town} voted on {day} to close the old bridge for repairs, a decision that shop owners "
             "said would cost them {n} customers a week. Mayor Ines Hartl told reporters the work was overdue.")
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def write_corpus(folder, n):
    for i in range(n):
        text = "\n\n".join(PARAGRAPH.format(town=f"Town{i}", day=DAYS[(i + k) % 5], n=100 + i * 7 + k)
                           for k in range(12))
        (folder / f"a{i:03}.txt").write_text(text)


def counts(db):
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        bare = con.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                           "(SELECT 1 FROM sentences s WHERE s.article_id = a.id)").fetchone()[0]
        orphans = con.execute("SELECT count(*) FROM mentions m WHERE NOT EXISTS "
                              "(SELECT 1 FROM entities e WHERE e.id = m.entity_id)").fetchone()[0]
        fts = con.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        return articles, bare, orphans, fts
    finally:
        con.close()


def test_kill_mid_run_then_resume(tmp_path):
    n = 120
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_corpus(corpus, n)
    db = tmp_path / "c.db"
    cmd = [sys.executable, "-m", "rashomon", "analyze", str(corpus), "--db", str(db), "--workers", "0",
           "--batch-size", "4"]
    proc = subprocess.Popen([*cmd, "--quiet"], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists() and proc.poll() is None:
            try:
                if counts(db)[0] >= 8:
                    break
            except sqlite3.OperationalError:
                continue  # schema not created yet
    assert proc.poll() is None, f"the run ended before it could be killed: {proc.stderr.read()}"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stderr.close()

    stored, bare, orphans, fts = counts(db)
    assert 0 < stored < n
    assert bare == 0 and orphans == 0 and fts == stored  # every stored article is whole

    again = subprocess.run(cmd, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert f"{n - stored} articles added, {stored} already stored" in again.stderr
    assert counts(db) == (n, 0, 0, n)

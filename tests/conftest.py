"""Shared fixtures: fresh stores (SQLite and PostgreSQL), the fixture folder, the user's seed articles."""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def pg_url():
    """A throwaway PostgreSQL server for the session, started by scripts/pg-throwaway on a unix socket.

    Fails, never skips, when PostgreSQL is missing: CI machines have it, and a PostgreSQL
    store that is never tested is a broken one (RASHOMON_NO_PG=1 skips on a machine without it).
    """
    if os.environ.get("RASHOMON_NO_PG") == "1":
        pytest.skip("RASHOMON_NO_PG=1: PostgreSQL store tests skipped")
    folder = Path(tempfile.mkdtemp(prefix="rashomon-pg-"))
    folder.chmod(0o755)  # the server runs as the postgres user when the tests run as root
    started = subprocess.run([str(ROOT / "scripts" / "pg-throwaway"), "start", str(folder / "pg")],
                             capture_output=True, text=True)
    if started.returncode != 0:
        pytest.fail(f"cannot start PostgreSQL for the store tests: {started.stderr.strip()}", pytrace=False)
    yield started.stdout.strip()
    subprocess.run([str(ROOT / "scripts" / "pg-throwaway"), "stop", str(folder / "pg")], capture_output=True)
    shutil.rmtree(folder, ignore_errors=True)


_schemas = itertools.count(1)


@pytest.fixture
def new_store_url(request, tmp_path):
    """A function giving the URL of a fresh, empty store of a kind: a SQLite file, or a schema of its
    own in the session's PostgreSQL database."""

    def make(kind: str) -> str:
        if kind == "sqlite":
            return str(tmp_path / f"store{next(_schemas)}.db")
        import psycopg

        base = request.getfixturevalue("pg_url")
        schema = f"test_{os.getpid()}_{next(_schemas)}"
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        return f"{base}&options=-csearch_path%3D{schema}"

    return make


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, new_store_url) -> str:
    "A fresh store's URL; every test that takes it runs on both stores."
    return new_store_url(request.param)


@pytest.fixture
def store(store_url):
    from rashomon.store.db import open_store

    s = open_store(store_url)
    yield s
    s.close()


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("the seed articles (../shared/seeds) are not present")
    return SEEDS


@pytest.fixture(scope="session")
def ctx():
    "One loaded spaCy pipeline for the whole session."
    from rashomon.analyse.pipeline import Context

    return Context()

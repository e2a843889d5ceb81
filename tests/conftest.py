"""Shared fixtures: fresh stores, the fixture folder, the user's seed articles."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture
def store():
    from rashomon.store.db import Store

    s = Store.memory()
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

"""Shared fixtures: a fresh archive file per test, the seed documents, a fixed actor."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive import open_archive

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
MALMO_SEED = DATA / "003_452c782f76d8c9d6.txt"
LINKOPING_SEED = DATA / "000_a1ad65b85ba8194d.txt"


@pytest.fixture(autouse=True)
def _actor(monkeypatch):
    """Every change in a test is made by a known clerk."""
    monkeypatch.setenv("BESLUT_USER", "testare")
    monkeypatch.delenv("BESLUT_DB", raising=False)


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "beslut.db"


@pytest.fixture
def archive(db_path):
    archive = open_archive(db_path)
    yield archive
    archive.close()

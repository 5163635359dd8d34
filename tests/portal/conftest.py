"""Portal fixtures: an archive holding both seeds, and Datasette configured as `beslut serve` does."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from archive.importing import import_files, parse_files
from archive.serving import build_datasette

DATA = Path(__file__).resolve().parents[2] / "data"
MALMO_SEED = DATA / "003_452c782f76d8c9d6.txt"
LINKOPING_SEED = DATA / "000_a1ad65b85ba8194d.txt"


def file_bytes_digest(path: Path) -> str:
    """The archive as stored: main file plus any WAL, so a write anywhere shows."""
    digest = hashlib.sha256()
    for part in (path, Path(f"{path}-wal")):
        if part.exists():
            digest.update(part.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def digest():
    return file_bytes_digest


@pytest.fixture
def seeded(archive):
    """The archive with both seed documents imported (Linköping = 1, Malmö = 2)."""
    import_files(archive, parse_files([LINKOPING_SEED, MALMO_SEED]))
    return archive


def _close(ds):
    for database in ds.databases.values():
        database.close()


@pytest.fixture
async def portal(seeded):
    ds = build_datasette(seeded.path)
    await ds.invoke_startup()
    yield ds
    _close(ds)


@pytest.fixture
def make_portal():
    made = []

    async def make(path, **kwargs):
        ds = build_datasette(path, **kwargs)
        await ds.invoke_startup()
        made.append(ds)
        return ds

    yield make
    for ds in made:
        _close(ds)

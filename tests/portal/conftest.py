"""Portal fixtures: an archive holding both seeds, and Datasette configured as `beslut serve` does."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from archive import dispatch, meetings, open_archive
from archive.importing import import_files, parse_files
from archive.matters import save_matter
from archive.model import Matter, PlanningStep, Proposal, Recipient
from archive.serving import build_datasette
from datasette import hookimpl
from datasette.plugins import pm
from tests.serving import Server

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


FORMULA_TITLE = "=1+1"


@pytest.fixture
def fixed(seeded, db_path):
    """The fixed archive every report is tested against: both seeds, and through archive/
    functions (by the clerk 'sekreterare'): Malmö fullmäktige's meetings Aug-Oct 2024 with
    one justering and its notice late, one on time and one held but never justerat; a
    motion titled '=1+1' decided after its year; and some decisions sent."""
    clerk = open_archive(db_path, actor="sekreterare")
    try:
        meetings.generate(clerk, "Kommunfullmäktige", "FREQ=MONTHLY;BYDAY=-1TH", "2024-08-01", "2024-10-31",
                          start_time="18:00", location="Rådhuset", municipality="Malmö")
        meetings.record(clerk, "Kommunfullmäktige", "2024-08-29", approved_on="2024-09-20",
                        notice_posted_on="2024-09-25", municipality="Malmö")
        meetings.record(clerk, "Kommunfullmäktige", "2024-09-26", approved_on="2024-10-01",
                        notice_posted_on="2024-10-02", municipality="Malmö")
        meetings.record(clerk, "Kommunfullmäktige", "2024-10-31", state="held", municipality="Malmö")
        motion = save_matter(clerk, Matter(
            title=FORMULA_TITLE, kind="motion", municipality="Malmö", case_number="KS-2023-17",
            raised_on="2023-03-15", raised_precision="day", raised_by="Åsa Öberg (V)",
            summary="Motion om räkneövningar i skolan",
            planning=[PlanningStep(body="Kommunfullmäktige", date="2024-09-26", role="beslutar",
                                   decides=True, outcome="bifallen")],
            recipients=[Recipient("Östra förvaltningen", kind="department"),
                        Recipient("Åsa Öberg", "Ledamot", kind="person")],
            proposals=[Proposal("Kommunfullmäktige", "Att bifalla motionen")],
        ))
        dispatch.mark_dispatched(clerk, motion, [1], on="2024-10-03")
    finally:
        clerk.close()
    # The Malmö decision went to its first 24 recipients (by the test's own clerk).
    dispatch.mark_dispatched(seeded, 2, list(range(1, 25)), on="2024-09-02")
    return seeded


@pytest.fixture
def make_portal():
    """Build portals as `beslut serve` does (started, not served); all closed after the test."""
    made = []

    async def make(path, **kwargs):
        ds = build_datasette(path, **kwargs)
        await ds.invoke_startup()
        made.append(ds)
        return ds

    yield make
    for ds in made:
        for database in ds.databases.values():
            database.close()


@pytest.fixture
def deny():
    """deny(("view-table", ("beslut", "changes")), ...): a plugin refuses the visitor these
    (action, resource) pairs for the rest of the test, as a table's `allow` in metadata
    would; everything else is left to Datasette's defaults."""
    registered = []

    def register(*refused):
        class Denying:  # a class, not an instance: Datasette lists plugins by __name__
            @staticmethod
            @hookimpl
            def permission_allowed(action, resource):
                return False if (action, resource) in refused else None

        registered.append(f"test-denying-{len(registered)}")
        pm.register(Denying, name=registered[-1])

    yield register
    for name in registered:
        pm.unregister(name=name)


@pytest.fixture
async def portal(seeded, make_portal):
    return await make_portal(seeded.path)


@pytest.fixture
async def fixed_portal(fixed, make_portal):
    return await make_portal(fixed.path)


@pytest.fixture
def server_factory(tmp_path):
    """Start real `beslut serve` processes; all are stopped after the test."""
    started = []

    def start(db_path, *args, env=None):
        server = Server(db_path, tmp_path / f"serve-{len(started)}.log", *args, env=env)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()

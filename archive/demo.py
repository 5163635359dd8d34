"""The demo archive: both seed documents, their bodies' meeting plans, and two
distribution lists, so that every screen has something real to show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from dateutil.rrule import MO, MONTHLY, TH, WE, WEEKLY, rrule

from archive.db import Archive
from archive.importing import import_files, parse_files
from archive.matters import ensure_body

DATA = Path(__file__).resolve().parent.parent / "data"
SEEDS = [DATA / "000_a1ad65b85ba8194d.txt", DATA / "003_452c782f76d8c9d6.txt"]

# (municipality, body, rule): the seeds' meetings fall on these plans; fullmäktige meets
# the last Thursday of the month, no meetings in July.
MEETING_PLANS = [
    ("Malmö", "Kommunstyrelsens arbetsutskott",
     dict(freq=WEEKLY, interval=2, byweekday=MO, dtstart=dt.date(2024, 1, 8), until=dt.date(2024, 12, 16))),
    ("Malmö", "Kommunstyrelsen",
     dict(freq=WEEKLY, interval=2, byweekday=WE, dtstart=dt.date(2024, 1, 17), until=dt.date(2024, 12, 18))),
    ("Malmö", "Kommunfullmäktige",
     dict(freq=MONTHLY, byweekday=TH(-1), dtstart=dt.date(2024, 1, 1), until=dt.date(2024, 12, 31))),
    ("Linköping", "Kommunstyrelsen",
     dict(freq=WEEKLY, interval=2, byweekday=TH, dtstart=dt.date(2022, 1, 13), until=dt.date(2023, 12, 31))),
    ("Linköping", "Kommunfullmäktige",
     dict(freq=MONTHLY, byweekday=TH(-1), dtstart=dt.date(2022, 1, 1), until=dt.date(2023, 12, 31))),
]
START_TIME = {"Kommunfullmäktige": "18:00", "Kommunstyrelsen": "13:00"}


def build_demo(archive: Archive) -> Iterator[str]:
    """Create (or complete) the demo archive; safe to run again. Yields progress lines."""
    with archive.write():
        for municipality, body, rule in MEETING_PLANS:
            body_id = ensure_body(archive, body, municipality)
            dates = [d.date().isoformat() for d in rrule(**rule) if d.month != 7]
            cursor = archive.conn.executemany(
                "INSERT OR IGNORE INTO meetings (body_id, date, start_time, location) VALUES (?, ?, ?, ?)",
                [(body_id, date, START_TIME.get(body, "09:00"), "Stadshuset") for date in dates],
            )
            yield f"{municipality}: {body}: {cursor.rowcount} nya sammanträden"
    for matter in import_files(archive, parse_files(SEEDS)):
        yield f"ärende {matter.id}: {matter.title}"
    lists = {
        "Alla nämnder": "body",
        "Alla helägda bolag": "company",
    }
    with archive.write():
        for name, kind in lists.items():
            if archive.execute("SELECT 1 FROM distribution_lists WHERE name = ?", (name,)).fetchone():
                continue
            list_id = archive.execute("INSERT INTO distribution_lists (name) VALUES (?)", (name,)).lastrowid
            members = archive.execute(
                "SELECT id FROM addressees WHERE kind = ? AND name NOT LIKE 'Kommunstyrelsen' ORDER BY id",
                (kind,),
            ).fetchall()
            for position, (addressee_id,) in enumerate(members, 1):
                archive.execute(
                    "INSERT INTO distribution_list_members (list_id, addressee_id, position) VALUES (?, ?, ?)",
                    (list_id, addressee_id, position),
                )
            yield f"sändlista {name!r}: {len(members)} mottagare"

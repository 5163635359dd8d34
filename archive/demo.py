"""The demo archive: both seed documents, their bodies' meeting plans, and two
distribution lists, so that every screen has something real to show."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from archive.db import Archive
from archive.importing import import_files, parse_files
from archive.matters import ensure_body
from archive.meetings import generate
from archive.model import count

DATA = Path(__file__).resolve().parent.parent / "data"
SEEDS = [DATA / "000_a1ad65b85ba8194d.txt", DATA / "003_452c782f76d8c9d6.txt"]

# (municipality, body, RFC 5545 rule, first day, last day): the seeds' meetings fall on these
# plans; fullmäktige meets the last Thursday of the month, no meetings in July. They are made
# by meetings.generate, as `beslut meetings generate` makes them: never on a holiday.
MEETING_PLANS = [
    ("Malmö", "Kommunstyrelsens arbetsutskott", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "2024-01-08", "2024-12-16"),
    ("Malmö", "Kommunstyrelsen", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", "2024-01-17", "2024-12-18"),
    ("Malmö", "Kommunfullmäktige", "FREQ=MONTHLY;BYDAY=-1TH", "2024-01-01", "2024-12-31"),
    ("Linköping", "Kommunstyrelsen", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", "2022-01-13", "2023-12-31"),
    ("Linköping", "Kommunfullmäktige", "FREQ=MONTHLY;BYDAY=-1TH", "2022-01-01", "2023-12-31"),
]
SKIP_MONTHS = (7,)
START_TIME = {"Kommunfullmäktige": "18:00", "Kommunstyrelsen": "13:00"}


def build_demo(archive: Archive) -> Iterator[str]:
    """Create (or complete) the demo archive; safe to run again. Yields progress lines."""
    with archive.write():
        for municipality, body, rule, start, end in MEETING_PLANS:
            ensure_body(archive, body, municipality)
            report = generate(archive, body, rule, start, end, start_time=START_TIME.get(body, "09:00"),
                              location="Stadshuset", skip_months=SKIP_MONTHS, holidays="skip",
                              municipality=municipality)
            yield f"{municipality}: {body}: {count(len(report.created), 'nytt sammanträde', 'nya sammanträden')}"
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

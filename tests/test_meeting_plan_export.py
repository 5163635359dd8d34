"""archive.export.write_meeting_plan_csv: a body's meeting plan for a year, as Sammanträden's
`x` exports it: every meeting, the matters planned on each, nothing planned left out."""

from __future__ import annotations

import csv
import io

import pytest

from archive.errors import NotFound
from archive.export import write_meeting_plan_csv
from archive.matters import update_matter
from archive.meetings import cancel_meeting, get_meeting, list_meetings
from archive.planning import add_step
from tests.tui import tui_sample as sample


@pytest.fixture
def planned(archive):
    return archive, sample.build_all(archive)


def body_id(archive, name, municipality="Malmö"):
    return archive.execute("SELECT id FROM bodies WHERE name = ? AND municipality = ?",
                           (name, municipality)).fetchone()[0]


def plan(archive, body, year, **kwargs) -> list[list[str]]:
    out = io.StringIO()
    count = write_meeting_plan_csv(archive, out, body_id(archive, body), year, **kwargs)
    rows = list(csv.reader(io.StringIO(out.getvalue().removeprefix("\ufeff")), delimiter=";"))
    assert count == len(rows) - 1
    return rows


def test_every_meeting_of_the_year_with_its_matters(planned):
    archive, ids = planned
    ks = body_id(archive, "Kommunstyrelsen")
    update_matter(archive, ids["Malmö"], case_number="=KS 2024/1")  # Excel would run it: neutralised
    add_step(archive, ids["Linköping"], ks, date="2024-08-14")  # a second matter on the same meeting
    add_step(archive, ids["Linköping"], ks, date="2024-08-15")  # a day KS has no meeting
    add_step(archive, ids["Linköping"], ks, date="2025-01-15")  # another year: not in 2024's plan
    cancel_meeting(archive, get_meeting(archive, "Kommunstyrelsen", "2024-08-28", municipality="Malmö").id)
    calls = []
    rows = plan(archive, "Kommunstyrelsen", 2024, progress=lambda done, total: calls.append((done, total)))
    meetings = list_meetings(archive, body="Kommunstyrelsen", year=2024, municipality="Malmö")
    assert rows[0] == ["datum", "dag", "tid", "plats", "sammanträde", "diarienummer", "ärende", "steg", "roll",
                       "beslutar", "utfall"]
    assert sorted({r[0] for r in rows[1:]}) == sorted({m.date for m in meetings} | {"2024-08-15"})
    august = [r for r in rows if r[0].startswith("2024-08")]
    assert august == [
        ["2024-08-14", "ons", "13:00", "Stadshuset", "planerat", "'=KS 2024/1", sample.MALMO_TITLE, "2", "bereder",
         "nej", ""],
        ["2024-08-14", "ons", "13:00", "Stadshuset", "planerat", "", sample.LINKOPING_TITLE, "3", "bereder", "nej",
         ""],
        ["2024-08-15", "tor", "", "", "inget sammanträde", "", sample.LINKOPING_TITLE, "4", "bereder", "nej", ""],
        ["2024-08-28", "ons", "13:00", "Stadshuset", "inställt", "", "", "", "", "", ""],
    ]
    assert calls[-1] == (len(rows) - 1, len(rows) - 1)


def test_a_year_without_meetings_and_an_unknown_body(planned):
    archive, _ = planned
    out = io.StringIO()
    assert write_meeting_plan_csv(archive, out, body_id(archive, "Kommunstyrelsen"), 2030, excel=False) == 0
    assert out.getvalue() == "datum,dag,tid,plats,sammanträde,diarienummer,ärende,steg,roll,beslutar,utfall\r\n"
    with pytest.raises(NotFound):
        write_meeting_plan_csv(archive, io.StringIO(), 999_999, 2024)

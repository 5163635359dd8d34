"""The deadline views auditors see in Datasette agree, row by row, with the Python rules
that `beslut due` and `beslut check` use (archive/deadlines.py keeps both in one place)."""

from __future__ import annotations

import datetime as dt

import pytest

from archive import deadlines, meetings
from archive.matters import save_matter
from archive.model import Matter, PlanningStep

# Every working day from late November 2019 to mid-January 2021 crosses julafton,
# nyårsafton, Easter, 1 May, Ascension, national day and midsommar twice.
START, END = dt.date(2019, 11, 25), dt.date(2021, 1, 15)


@pytest.fixture
def planned(archive):
    meetings.generate(archive, "Kommunfullmäktige", "FREQ=DAILY", START, END)
    meetings.generate(archive, "Byggnadsnämnden", "FREQ=DAILY", START, END)
    meetings.set_lead_times(archive, "Byggnadsnämnden", documents=3, call=4)
    # Recorded justering and notice dates, some in time, some late, some on a weekend.
    for offset, (approved_after, notice_after) in enumerate([(3, 1), (14, 2), (15, 5), (20, 4), (1, 3)]):
        day = [r["date"] for r in archive.query(
            "SELECT date FROM meetings ORDER BY date LIMIT 1 OFFSET ?", (offset * 37,))][0]
        approved = dt.date.fromisoformat(day) + dt.timedelta(days=approved_after)
        for body in ("Kommunfullmäktige", "Byggnadsnämnden"):
            meetings.record(archive, body, day, approved_on=approved,
                            notice_posted_on=approved + dt.timedelta(days=notice_after))
    return archive


def test_meeting_deadline_view_matches_the_rules(planned):
    rows = planned.query("SELECT * FROM meeting_deadlines ORDER BY body, date")
    assert len(rows) > 500
    recorded = 0
    for row in rows:
        configured = 4 if row["body"] == "Byggnadsnämnden" else None
        lead = 3 if row["body"] == "Byggnadsnämnden" else None
        assert row["documents_ready_by"] == deadlines.documents_deadline(row["date"], lead).isoformat(), row
        assert row["call_by"] == deadlines.call_deadline(row["date"], row["body_kind"], configured).isoformat(), row
        assert row["approval_by"] == deadlines.approval_deadline(row["date"]).isoformat(), row
        assert row["notice_by"] == deadlines.notice_deadline(row["approved_on"] or row["approval_by"]).isoformat()
        if row["approved_on"]:
            recorded += 1
            assert row["approval_late"] == (row["approved_on"] > row["approval_by"])
            assert row["notice_late"] == (row["notice_posted_on"] > row["notice_by"])
            assert row["appeal_last_day"] == deadlines.appeal_last_day(row["notice_posted_on"]).isoformat()
        else:
            assert row["approval_late"] is None and row["appeal_last_day"] is None
    assert recorded == 10


def test_late_recordings_in_the_view_are_the_ones_check_reports(planned):
    view = {
        (r["body"], r["date"], kind)
        for r in planned.query("SELECT * FROM meeting_deadlines")
        for kind, late in (("late_approval", r["approval_late"]), ("late_notice", r["notice_late"]))
        if late
    }
    today = END + dt.timedelta(days=60)
    reported = {
        (v.body, planned.query("SELECT date FROM meetings WHERE id = ?", (v.meeting_id,))[0]["date"], v.kind)
        for v in deadlines.check(planned, today=today) if v.kind in ("late_approval", "late_notice")
    }
    assert view and view == reported


@pytest.mark.parametrize("raised_on", [
    "2022-06", "2022", "2023-03-31", "2024-02-29", "2019-12-24", "2021-01-31", "2020-08",
])
def test_motion_view_matches_motion_year(archive, raised_on):
    save_matter(archive, Matter(title=f"Motion väckt {raised_on}", kind="motion", raised_on=raised_on))
    row = archive.query("SELECT * FROM motion_deadlines")[0]
    year = deadlines.motion_year(raised_on)
    assert (row["year_counts_from"], row["warning_from"], row["year_ends_on"]) == (
        year.counts_from.isoformat(), year.warning_from.isoformat(), year.ends_on.isoformat())
    assert row["status"] == "över ett år"  # every date above is more than a year ago
    assert row["decided"] == 0


def test_a_decided_motion_is_decided_in_the_view(archive):
    save_matter(archive, Matter(title="Motion om cykelbanor", kind="motion", raised_on="2022-06", planning=[
        PlanningStep("Kommunfullmäktige", "2023-09-28", role="beslutar", decides=True, outcome="bifall"),
    ]))
    row = archive.query("SELECT * FROM motion_deadlines")[0]
    assert (row["decided"], row["decided_on"], row["status"]) == (1, "2023-09-28", "beslutad efter ett år")

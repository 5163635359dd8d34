"""The meeting plan as iCalendar: parses with `icalendar`, DTSTAMP, VTIMEZONE, stable UIDs."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from archive import meetings

MALMO_KF = 5  # body id in the fixed archive


async def feed(portal, body_id: int = MALMO_KF) -> Calendar:
    response = await portal.client.get(f"/-/kalender/{body_id}.ics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


async def test_feed_parses_with_dtstamp_vtimezone_and_times(fixed_portal):
    calendar = await feed(fixed_portal)
    assert str(calendar["version"]) == "2.0" and calendar["prodid"]
    zones = calendar.walk("VTIMEZONE")
    assert [str(z["tzid"]) for z in zones] == ["Europe/Stockholm"]
    assert zones[0].walk("STANDARD") and zones[0].walk("DAYLIGHT")
    events = calendar.walk("VEVENT")
    assert [e.decoded("dtstart").isoformat() for e in events] == [
        "2024-08-29T18:00:00+02:00", "2024-09-26T18:00:00+02:00", "2024-10-31T18:00:00+01:00"]
    for event in events:
        assert event["dtstart"].params["TZID"] == "Europe/Stockholm"
        stamp = event.decoded("dtstamp")
        assert stamp.utcoffset() == dt.timedelta(0)  # DTSTAMP in UTC, as RFC 5545 wants
        assert event["summary"] == "Sammanträde Kommunfullmäktige"
        assert event["location"] == "Rådhuset"
        assert event.errors == []
    assert "Kommunfullmäktige (Malmö)" in str(calendar["x-wr-calname"])


async def test_uids_are_unique_and_stable_across_exports(fixed_portal, fixed):
    meetings.generate(fixed, "Kommunfullmäktige", "FREQ=MONTHLY;BYDAY=-1TH", "2024-11-01", "2024-11-30",
                      start_time="18:00", municipality="Malmö")
    first = {str(e["uid"]): e.decoded("dtstart") for e in (await feed(fixed_portal)).walk("VEVENT")}
    assert len(first) == 4
    again = {str(e["uid"]): e.decoded("dtstart") for e in (await feed(fixed_portal)).walk("VEVENT")}
    assert again == first
    # A meeting that moves keeps its UID, so the auditor's calendar updates the event.
    meeting = meetings.get_meeting(fixed, "Kommunfullmäktige", "2024-11-28", municipality="Malmö")
    meetings.move_meeting(fixed, meeting.id, "2024-11-27")
    moved = {str(e["uid"]): e.decoded("dtstart") for e in (await feed(fixed_portal)).walk("VEVENT")}
    assert set(moved) == set(first)
    changed = [uid for uid in first if moved[uid] != first[uid]]
    assert len(changed) == 1 and moved[changed[0]].date() == dt.date(2024, 11, 27)
    # Another body's UIDs never collide with these.
    other = {str(e["uid"]) for e in (await feed(fixed_portal, 3)).walk("VEVENT")}
    assert not other & set(first)


async def test_all_day_meeting_and_unknown_body(fixed_portal, fixed):
    meetings.generate(fixed, "Kommunstyrelsen", "FREQ=WEEKLY;BYDAY=WE", "2024-08-14", "2024-08-14",
                      municipality="Malmö")
    events = (await feed(fixed_portal, 3)).walk("VEVENT")
    assert [e.decoded("dtstart") for e in events] == [dt.date(2024, 8, 14)]
    for unknown in ("999", "9223372036854775807", "99999999999999999999"):  # the last past SQLite's integers
        assert (await fixed_portal.client.get(f"/-/kalender/{unknown}.ics")).status_code == 404, unknown


async def test_calendar_refused_to_who_may_not_see_the_meetings(fixed_portal, deny):
    deny(("view-table", ("beslut", "meetings")))
    response = await fixed_portal.client.get(f"/-/kalender/{MALMO_KF}.ics")
    assert response.status_code == 403
    assert "VEVENT" not in response.text and "Kommunfullmäktige" not in response.text

"""A body's meeting plan as an iCalendar feed (RFC 5545), written with `icalendar`.

Meeting times are local Swedish time, so events carry TZID=Europe/Stockholm and the
calendar a VTIMEZONE for it; a meeting without a start time is an all-day event. The UID
is derived from the meeting's id, so re-exporting (even after the meeting moves) updates
the same event in the auditor's calendar instead of adding a copy.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from icalendar import Calendar, Event, Timezone

from archive.dates import stockholm
from archive.model import MEETING_STATES_SV

UID_DOMAIN = "beslut.arkiv"
STATUS = {"planned": "TENTATIVE", "called": "CONFIRMED", "held": "CONFIRMED", "cancelled": "CANCELLED"}
DEFAULT_LENGTH = timedelta(hours=3)  # an end is needed for timed events; the archive has none


def meeting_uid(meeting_id: int, municipality: str = "") -> str:
    plain = municipality.lower().translate(str.maketrans("åäöéü", "aaoeu"))
    place = "".join(ch for ch in plain if ch.isascii() and ch.isalnum()) or "kommun"
    return f"meeting-{meeting_id}.{place}@{UID_DOMAIN}"


def meeting_plan_ics(body: dict, meetings: list[dict], *, now: datetime) -> bytes:
    """`body`: name, municipality; `meetings`: id, date, start_time, location, state,
    planned_matters. `now` (aware) is the DTSTAMP of every event."""
    cal = Calendar()
    cal.add("prodid", "-//beslut//sammanträdesplan//SV")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    name = f"{body['name']} ({body['municipality']})" if body.get("municipality") else body["name"]
    cal.add("x-wr-calname", f"Sammanträdesplan {name}")
    cal.add("x-wr-timezone", "Europe/Stockholm")
    stamp = now.astimezone(UTC)
    for meeting in meetings:
        event = Event()
        event.add("uid", meeting_uid(meeting["id"], body.get("municipality") or ""))
        event.add("dtstamp", stamp)
        day = date.fromisoformat(meeting["date"])
        if meeting.get("start_time"):
            start = datetime.combine(day, time.fromisoformat(meeting["start_time"]), tzinfo=stockholm())
            event.add("dtstart", start)
            event.add("dtend", start + DEFAULT_LENGTH)
        else:
            event.add("dtstart", day)
            event.add("dtend", day + timedelta(days=1))
        event.add("summary", f"Sammanträde {body['name']}")
        state = meeting.get("state") or "planned"
        description = [f"Status: {MEETING_STATES_SV.get(state, state)}"]
        if meeting.get("planned_matters") is not None:
            description.append(f"Planerade ärenden: {meeting['planned_matters']}")
        event.add("description", "\n".join(description))
        if meeting.get("location"):
            event.add("location", meeting["location"])
        event.add("status", STATUS.get(state, "TENTATIVE"))
        cal.add_component(event)
    # Always describe Europe/Stockholm, over the years the plan covers: clients need the
    # VTIMEZONE to place TZID times, and a plan of all-day meetings may gain times later.
    years = [int(m["date"][:4]) for m in meetings] or [stamp.year]
    vtimezone = Timezone.from_tzinfo(
        stockholm(), tzid="Europe/Stockholm",
        first_date=date(min(years) - 1, 1, 1), last_date=date(max(years) + 2, 1, 1),
    )
    cal.subcomponents.insert(0, vtimezone)  # before the events that refer to it
    return cal.to_ical()

"""What a parser makes of one file: its matters, and for a kallelse or a protocol the
meeting they were on. `to_json()` is the `show --json` shape plus `warnings` and
(for meeting documents) `meeting`."""

from __future__ import annotations

from dataclasses import dataclass, field

from archive.model import Matter


@dataclass
class ParsedMeeting:
    body: str | None  # None: the text does not name it (then the meeting is not stored)
    date: str | None
    state: str  # called (kallelse) or held (protocol)
    approved_on: str | None = None
    notice_posted_on: str | None = None
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "body": self.body, "date": self.date, "state": self.state,
            "approved_on": self.approved_on, "notice_posted_on": self.notice_posted_on,
            "warnings": list(self.warnings),
        }


@dataclass
class PlanMeeting:
    """One meeting a sammanträdesplan lists (archive/importing/meetingplan.py)."""

    body: str
    date: str
    marker: str | None = None  # "*", "**" as the plan marks it
    start_time: str | None = None
    year_inferred: bool = False  # the year came from the weekdays, not the text
    line: int | None = None
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"body": self.body, "date": self.date, "state": "planned", "start_time": self.start_time,
                "marker": self.marker, "year_inferred": self.year_inferred}


@dataclass
class ParsedPlan:
    meetings: list[PlanMeeting]
    municipality: str = ""
    warnings: list[str] = field(default_factory=list)  # the plan's, not one meeting's
    inferred_years: list[int] = field(default_factory=list)


@dataclass
class ParsedItem:
    matter: Matter
    key: str = ""  # "§ 45", "punkt 3", "punkt 250/18" (numbered through the year); "" for a document that is one matter


@dataclass
class ParsedDocument:
    name: str
    checksum: str
    kind: str
    items: list[ParsedItem]
    meeting: ParsedMeeting | None = None
    notes: list[str] = field(default_factory=list)  # items deliberately not imported, and why
    plan: ParsedPlan | None = None  # a sammanträdesplan's meetings (then `items` is empty)

    @property
    def matters(self) -> list[Matter]:
        return [item.matter for item in self.items]

    @property
    def warning_count(self) -> int:
        """The matters' warnings and the meeting's, as the summary of `beslut import` counts them."""
        plan = self.plan
        return sum(len(item.matter.warnings) for item in self.items) + (
            len(self.meeting.warnings) if self.meeting else 0) + (
            len(plan.warnings) + sum(len(m.warnings) for m in plan.meetings) if plan else 0)

    def matter_json(self, item: ParsedItem, matter: Matter | None = None) -> dict:
        data = (matter or item.matter).to_json()
        data["warnings"] = list(item.matter.warnings)
        if self.meeting is not None:
            data["meeting"] = {**self.meeting.to_json(), "item": item.key or None}
        return data

    def meeting_records(self) -> list[dict]:
        """Records for what is no matter: each meeting of a plan, or the meeting of a
        document that names one but none of its matters. {"kind": "sammanträde",
        "meeting": {...}, "warnings": [...], "source": {...}}; the plan's own warnings go
        with its first meeting, so that each is printed once."""
        source = {"file": self.name, "checksum": self.checksum}
        if self.plan is not None:
            records = []
            for n, meeting in enumerate(self.plan.meetings):
                warnings = (list(self.plan.warnings) if n == 0 else []) + list(meeting.warnings)
                records.append({"kind": "sammanträde", "meeting": meeting.to_json(), "warnings": warnings,
                                "source": source})
            return records
        if self.meeting is not None and not self.items:
            return [{"kind": "sammanträde", "meeting": {**self.meeting.to_json(), "item": None},
                     "warnings": list(self.meeting.warnings), "source": source}]
        return []

    def to_json(self) -> list[dict]:
        return [self.matter_json(item) for item in self.items] + self.meeting_records()

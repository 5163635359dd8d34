"""What a parser makes of one file: its matters, and for a kallelse or a protocol the
meeting they were on. `to_json()` is the `show --json` shape plus `warnings` and
(for meeting documents) `meeting`."""

from __future__ import annotations

from dataclasses import dataclass, field

from archive.model import Matter


@dataclass
class ParsedMeeting:
    body: str
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
class ParsedItem:
    matter: Matter
    key: str = ""  # "§ 45", "punkt 3"; "" for a document that is one matter


@dataclass
class ParsedDocument:
    name: str
    checksum: str
    kind: str
    items: list[ParsedItem]
    meeting: ParsedMeeting | None = None
    notes: list[str] = field(default_factory=list)  # items deliberately not imported, and why

    @property
    def matters(self) -> list[Matter]:
        return [item.matter for item in self.items]

    @property
    def warning_count(self) -> int:
        """The matters' warnings and the meeting's, as the summary of `beslut import` counts them."""
        return sum(len(item.matter.warnings) for item in self.items) + (
            len(self.meeting.warnings) if self.meeting else 0)

    def matter_json(self, item: ParsedItem, matter: Matter | None = None) -> dict:
        data = (matter or item.matter).to_json()
        data["warnings"] = list(item.matter.warnings)
        if self.meeting is not None:
            data["meeting"] = {**self.meeting.to_json(), "item": item.key or None}
        return data

    def to_json(self) -> list[dict]:
        return [self.matter_json(item) for item in self.items]

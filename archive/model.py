"""The matter as the rest of beslut sees it: plain dataclasses, and the JSON shape
of `beslut show --json` (a contract: extend it, never rename or reshape it)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# A planning step's role, and a meeting's state (the schema's CHECK constraints use them).
ROLES = ("bereder", "yttrar sig", "beslutar", "för kännedom")
MEETING_STATES = ("planned", "called", "held", "cancelled")
MEETING_STATES_SV = {"planned": "planerat", "called": "kallat", "held": "hållet", "cancelled": "inställt"}


@dataclass
class PlanningStep:
    body: str
    date: str | None = None
    role: str = "bereder"
    decides: bool = False
    outcome: str | None = None
    meeting_id: int | None = None
    id: int | None = None
    # A protocol records that this step happened (on `date`); `planned_date` is the date
    # planning had given it before that. Kept out of to_json: the `show --json` step shape
    # is a contract and the change log already shows when a date changed.
    recorded: bool = False
    planned_date: str | None = None

    def to_json(self) -> dict:
        return {
            "body": self.body, "date": self.date, "role": self.role, "decides": self.decides,
            "outcome": self.outcome,
        }


@dataclass
class Recipient:
    name: str
    title: str | None = None
    kind: str = "department"
    sent_on: str | None = None

    def to_json(self) -> dict:
        return {"name": self.name, "title": self.title, "sent_on": self.sent_on, "kind": self.kind}


@dataclass
class Proposal:
    to: str | None
    text: str

    def to_json(self) -> dict:
        return {"to": self.to, "text": self.text}


@dataclass
class BasisDocument:
    title: str
    date: str | None = None

    def to_json(self) -> dict:
        return {"title": self.title, "date": self.date}


@dataclass
class Responsible:
    name: str
    title: str | None = None
    unit: str | None = None
    role: str = "ansvarig"

    def to_json(self) -> dict:
        return {"name": self.name, "title": self.title, "unit": self.unit, "role": self.role}


@dataclass
class Matter:
    title: str
    kind: str = "ärende"
    case_number: str | None = None
    municipality: str = ""
    raised_on: str | None = None
    raised_precision: str | None = None
    raised_by: str | None = None
    summary: str | None = None
    source_file: str | None = None
    source_checksum: str | None = None
    planning: list[PlanningStep] = field(default_factory=list)
    recipients: list[Recipient] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    basis: list[BasisDocument] = field(default_factory=list)
    responsible: list[Responsible] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    id: int | None = None
    version: int | None = None
    modified_at: str | None = None

    def to_json(self) -> dict:
        """The `show --json` shape: contract keys first, extensions after."""
        return {
            "id": self.id,
            "case_number": self.case_number,
            "title": self.title,
            "kind": self.kind,
            "planning": [s.to_json() for s in self.planning],
            "recipients": [r.to_json() for r in self.recipients],
            "proposals": [p.to_json() for p in self.proposals],
            "basis": [b.to_json() for b in self.basis],
            "responsible": [r.to_json() for r in self.responsible],
            "municipality": self.municipality or None,
            "raised_on": self.raised_on,
            "raised_precision": self.raised_precision,
            "raised_by": self.raised_by,
            "source": {"file": self.source_file, "checksum": self.source_checksum},
            "version": self.version,
            "warnings": list(self.warnings),
        }

    def as_dict(self) -> dict:
        return asdict(self)

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


# ---------------------------------------------------------------- vocabularies
# Each one here and nowhere else: the schema's CHECK constraints, the CLI's choices, the
# TUI's option lists and the portal's labels take them (and their Swedish labels) from here.

ROLES_SV = {role: role for role in ROLES}  # the roles are Swedish words already
# What a postponement of a step is called, and the outcome it leaves on the step.
POSTPONE_OUTCOMES = {"bordläggning": "bordlagt", "återremiss": "återremitterat"}
POSTPONE_KINDS_SV = {"bordläggning": "Bordläggning", "återremiss": "Återremiss"}
# `meetings generate --holidays`: a rule date that is not a working day is skipped or moved.
HOLIDAY_POLICIES = ("skip", "next-weekday")
HOLIDAY_POLICIES_SV = {"skip": "hoppa över", "next-weekday": "nästa vardag"}
# The states a clerk records (cancelling is its own operation: it may move steps).
RECORDED_STATES = ("planned", "called", "held")
# How precisely a matter's "väckt" date is known (matters.raised_precision), as "känt på ... när".
PRECISIONS_SV = {"day": "dagen", "month": "månaden", "year": "året"}
# A recipient in the addressee directory (mottagare): a body, a company, a department, a person.
ADDRESSEE_KINDS = ("body", "company", "department", "person")
ADDRESSEE_KINDS_SV = {"body": "organ", "company": "bolag", "department": "förvaltning", "person": "person"}
# What `beslut import` did with each file (parsed: --dry-run, nothing written).
IMPORT_STATUSES_SV = {"imported": "importerat", "updated": "uppdaterat", "unchanged": "oförändrat",
                      "failed": "misslyckades", "parsed": "tolkat (inget skrivet, --dry-run)"}

# The problems `beslut check`, the matter screen and the portal report (the kind names are
# the `check --json` contract), with the short Swedish words the matter screen shows.
PROBLEM_KINDS_SV = {
    "steps_out_of_order": "före föregående steg",
    "not_a_meeting": "inget sammanträde den dagen",
    "cancelled_meeting": "inställt sammanträde",
    "dispatched_before_decision": "expedierat före beslutet",
    "meeting_on_holiday": "sammanträde på helgdag",
    "motion_past_year": "motion över ett år",
    "late_call": "sen kallelse",
    "late_approval": "sen justering",
    "late_notice": "sent anslag",
    "notice_before_approval": "anslag före justering",
    "approval_missing": "justering saknas",
    "notice_missing": "anslag saknas",
}


# What falls due (`beslut due`, the matter screen's deadlines), by kind; a fullmäktige's
# kallelse is a kungörelse.
DEADLINE_KINDS_SV = {
    "documents": "Handlingar klara",
    "call": "Kallelse",
    "approval": "Justering senast",
    "notice": "Anslag om justering senast",
    "appeal_end": "Sista dag för överklagande",
    "motion_year": "Motion: ett år från väckande",
}
ANNOUNCEMENT_SV = "Kungörelse"


def call_label(body_kind: str) -> str:
    """What a body's kallelse is called: a fullmäktige's is a kungörelse."""
    return ANNOUNCEMENT_SV if body_kind == "fullmäktige" else DEADLINE_KINDS_SV["call"]


def count(n: int, one: str, many: str) -> str:
    """A number with its noun in the right form: count(1, "ärende", "ärenden") is "1 ärende"."""
    return f"{n} {one if n == 1 else many}"


# ---------------------------------------------------------------- the meeting cycle (issue 15)

# Standing items (stående punkter) a body's föredragningslista uses when nothing else is
# configured: these first, the matters, then the closing ones (domain.md).
STANDING_ITEMS_FIRST = ("Upprop", "Val av justerare", "Godkännande av dagordningen")
STANDING_ITEMS_LAST = ("Anmälan av delegationsbeslut", "Meddelanden")
AGENDA_ITEM_KINDS = ("standing", "matter")
AGENDA_ITEM_KINDS_SV = {"standing": "stående punkt", "matter": "ärende"}
# A §'s decision: a decision on the matter, or one that sends it on to a later meeting.
DECISION_KINDS = ("beslut", "återremiss", "bordläggning")
# How a § stands, in the protocol's list.
DECISION_KINDS_SV = {"beslut": "beslutat", "återremiss": "återremitterat", "bordläggning": "bordlagt"}
# One protokollsutdrag to one recipient: waiting, being handed to the SMTP server (a crash
# here leaves it uncertain, never sent twice), sent, refused by the server, or on paper.
OUTBOX_STATES = ("pending", "sending", "sent", "failed", "paper")
OUTBOX_STATES_SV = {"pending": "kvar att skicka", "sending": "avbrutet mitt i sändningen", "sent": "skickat",
                    "failed": "vägrat", "paper": "på papper"}

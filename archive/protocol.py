"""Protokoll: the meeting's items as §§, their decisions, justering and the extracts.

§§ run in one series per body and calendar year (the first meeting of the year starts
at § 1, the next continues where it stopped): `number_protocol` gives a meeting's items
the next numbers, in agenda order, and refuses while a later meeting of the year already
has its §§ (the series would no longer follow the dates).
A matter's decision defaults to its proposal (the one addressed to the body, else its
last) and can be written otherwise; återremiss and bordläggning are decisions that
add the next planning step, on the body's next meeting that is not cancelled
(archive.planning.postpone: the old step keeps its outcome, history is never rewritten).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field

from archive.agenda import agenda_items, by_matter, is_numbered, meeting_row, sync_agenda
from archive.dates import to_date
from archive.db import Archive
from archive.deadlines import appeal_last_day, call_deadline
from archive.errors import InvalidValue, NotFound
from archive.matters import resolve
from archive.model import DECISION_KINDS, call_label

# The decision text when the clerk writes none, per kind.
DEFAULT_POSTPONE_TEXT = {"återremiss": "Ärendet återremitteras.", "bordläggning": "Ärendet bordläggs."}
DECIDED_OUTCOME = "beslutat"


@dataclass
class Paragraph:
    id: int
    number: int
    kind: str  # standing, matter
    title: str
    public: bool
    matter_id: int | None
    case_number: str | None
    decision_kind: str | None
    decision: str | None
    proposal: str | None
    recipients: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        """The contract shape first, then extensions."""
        return {
            "number": self.number, "matter_id": self.matter_id, "case_number": self.case_number,
            "title": self.title, "decision": self.decision, "recipients": self.recipients,
            "decision_kind": self.decision_kind, "proposal": self.proposal, "public": self.public,
            "kind": self.kind,
        }


@dataclass
class Protocol:
    meeting_id: int
    body: str
    body_kind: str
    municipality: str
    date: str
    start_time: str | None
    location: str | None
    state: str
    approvers: str | None
    approved_on: str | None
    notice_on: str | None
    appeal_until: str | None
    kept_at: str | None
    paragraphs: list[Paragraph]

    def to_json(self) -> dict:
        data = asdict(self)
        data["paragraphs"] = [p.to_json() for p in self.paragraphs]
        return data


# ---------------------------------------------------------------- numbering


def number_protocol(archive: Archive, meeting_id: int) -> None:
    """Give every item of the meeting's list its § (once; later calls change nothing)."""
    with archive.write():
        meeting = meeting_row(archive, meeting_id)
        if is_numbered(archive, meeting_id):
            return
        if meeting["state"] == "cancelled":
            raise InvalidValue(f"sammanträdet {meeting['date']} är inställt; det har inget protokoll", field="DATE")
        year = int(meeting["date"][:4])
        later = archive.execute(
            """SELECT m.date FROM paragraphs p JOIN meetings m ON m.id = p.meeting_id
               WHERE p.body_id = ? AND p.year = ? AND m.date > ? ORDER BY m.date LIMIT 1""",
            (meeting["body_id"], year, meeting["date"]),
        ).fetchone()
        if later:
            raise InvalidValue(
                f"{meeting['body']}s sammanträde {later[0]} har redan paragrafer; "
                f"paragraferna för {meeting['date']} skulle bryta årets nummerföljd",
                field="DATE",
            )
        sync_agenda(archive, meeting_id)
        number = archive.execute(
            "SELECT ifnull(max(number), 0) FROM paragraphs WHERE body_id = ? AND year = ?",
            (meeting["body_id"], year),
        ).fetchone()[0]
        for item in agenda_items(archive, meeting_id, details=False):
            number += 1
            archive.execute(
                """INSERT INTO paragraphs (body_id, year, number, meeting_id, agenda_item_id, matter_id)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                (meeting["body_id"], year, number, meeting_id, item.id, item.matter_id),
            )


# ---------------------------------------------------------------- reading


# A proposal's lead-in naming who proposes what to whom ("Kommunstyrelsen föreslår
# kommunfullmäktige besluta"): in the protocol the body decides, so its att-satser follow
# without it.
PROPOSAL_LEAD_IN = re.compile(r"^[^\n]{0,160}\bföreslår\b[^\n]{0,120}\bbesluta[r]?\b[^\n]{0,20}$", re.IGNORECASE)


def decision_text(proposal: str) -> str:
    """The decision a proposal's text gives: its att-satser, without the lead-in line."""
    first, sep, rest = proposal.strip().partition("\n")
    if sep and rest.strip() and PROPOSAL_LEAD_IN.match(first.strip()):
        return rest.strip()
    return proposal.strip()


# A matter's proposals, each marked whether it is addressed to the body `?` (by id or by name).
_PROPOSALS_TO_BODY_SQL = """SELECT p.matter_id, p.text,
       (p.body_id = ?1 OR p.addressed_to = (SELECT name FROM bodies WHERE id = ?1) COLLATE NOCASE) AS to_body
FROM proposals p"""


def _chosen_proposal(rows: list[dict]) -> str | None:
    """The proposal the decision defaults to: the one addressed to the body, else the last."""
    for row in rows:
        if row["to_body"]:
            return row["text"]
    return rows[-1]["text"] if rows else None


def default_decision(archive: Archive, matter_id: int, body_id: int) -> str | None:
    """The proposal a matter's decision by `body_id` defaults to (_chosen_proposal)."""
    return _chosen_proposal(archive.query(
        f"{_PROPOSALS_TO_BODY_SQL} WHERE p.matter_id = ?2 ORDER BY p.position", (body_id, matter_id)))


def paragraphs(archive: Archive, meeting_id: int) -> list[Paragraph]:
    """The meeting's §§ in order, each matter's with its default decision and recipients
    (one query a part for the whole protocol, not two a §)."""
    body_id = meeting_row(archive, meeting_id)["body_id"]
    rows = archive.query(
        """SELECT p.id, p.number, a.kind, coalesce(a.title, x.title) AS title, a.public, p.matter_id,
                  x.case_number, p.decision_kind, p.decision
           FROM paragraphs p JOIN agenda_items a ON a.id = p.agenda_item_id
           LEFT JOIN matters x ON x.id = p.matter_id
           WHERE p.meeting_id = ? ORDER BY p.number""",
        (meeting_id,),
    )
    proposals = by_matter(archive.query(
        f"""{_PROPOSALS_TO_BODY_SQL} JOIN paragraphs q ON q.matter_id = p.matter_id
            WHERE q.meeting_id = ?2 ORDER BY p.matter_id, p.position""", (body_id, meeting_id)))
    recipients = by_matter(archive.query(
        """SELECT r.matter_id, a.name, a.title, a.kind, a.email, r.sent_on FROM paragraphs q
           JOIN recipients r ON r.matter_id = q.matter_id JOIN addressees a ON a.id = r.addressee_id
           WHERE q.meeting_id = ? ORDER BY r.matter_id, r.position""",
        (meeting_id,),
    ))
    return [
        Paragraph(
            **{**row, "public": bool(row["public"])},
            proposal=_chosen_proposal(proposals.get(row["matter_id"], [])) if row["matter_id"] else None,
            recipients=recipients.get(row["matter_id"], []) if row["matter_id"] else [],
        )
        for row in rows
    ]


def paragraphs_numbered(archive: Archive, meeting_id: int) -> list[Paragraph]:
    """The meeting's §§, given on first use."""
    number_protocol(archive, meeting_id)
    return paragraphs(archive, meeting_id)


def protocol(archive: Archive, meeting_id: int) -> Protocol:
    """The meeting's protocol; its §§ are given on first use."""
    number_protocol(archive, meeting_id)
    m = meeting_row(archive, meeting_id)
    notice = m["notice_posted_on"]
    return Protocol(
        meeting_id=meeting_id, body=m["body"], body_kind=m["body_kind"], municipality=m["municipality"],
        date=m["date"], start_time=m["start_time"], location=m["location"], state=m["state"],
        approvers=m["approvers"], approved_on=m["approved_on"], notice_on=notice,
        appeal_until=appeal_last_day(notice).isoformat() if notice else None,
        kept_at=m["protocol_kept_at"], paragraphs=paragraphs(archive, meeting_id),
    )


# ---------------------------------------------------------------- deciding


@dataclass
class Decided:
    paragraph: int
    kind: str
    decision: str
    new_step: int | None = None  # position of the planning step an återremiss/bordläggning added
    new_date: str | None = None


def decide(
    archive: Archive, meeting_id: int, ref: str | int, *, text: str | None = None, kind: str = "beslut",
) -> Decided:
    """Record the decision of the matter `ref`'s § on this meeting. `kind` beslut: `text`,
    or the proposal when none is given; the planning step gets the outcome "beslutat".
    återremiss / bordläggning: the step gets that outcome and a new step follows on the
    body's next meeting that is not cancelled, in the same transaction."""
    from archive.planning import postpone

    if kind not in DECISION_KINDS:
        raise InvalidValue(f"okänd sorts beslut {kind!r}", field="kind")
    matter_id = resolve(archive, ref)
    text = " ".join(text.split()) if text is not None else None
    if text == "":
        raise InvalidValue("beslutstexten är tom", field="--text")
    with archive.write():
        meeting = meeting_row(archive, meeting_id)
        if meeting["approved_on"]:
            raise InvalidValue(f"protokollet justerades {meeting['approved_on']}; besluten ändras inte", field="DATE")
        number_protocol(archive, meeting_id)
        rows = archive.query(
            """SELECT p.id, p.number, p.decision_kind, a.planning_step_id FROM paragraphs p
               JOIN agenda_items a ON a.id = p.agenda_item_id WHERE p.meeting_id = ? AND p.matter_id = ?""",
            (meeting_id, matter_id),
        )
        if not rows:
            raise NotFound(f"ärendet är inte på {meeting['body']}s sammanträde {meeting['date']}", field="REF")
        par = rows[0]
        if par["decision_kind"] in DEFAULT_POSTPONE_TEXT:
            raise InvalidValue(
                f"§ {par['number']} är redan {par['decision_kind']} och har lagt till ett steg i planeringen;"
                " det beslutet står kvar", field="REF",
            )
        step = archive.query("SELECT position, outcome FROM planning_steps WHERE id = ?", (par["planning_step_id"],))
        result = Decided(paragraph=par["number"], kind=kind, decision="")
        if kind == "beslut":
            proposal = default_decision(archive, matter_id, meeting["body_id"])
            decision = text or (decision_text(proposal) if proposal else None)
            if not decision:
                raise InvalidValue("ärendet har inget förslag till beslut; skriv beslutet med --text", field="--text")
            if step and step[0]["outcome"] in (None, DECIDED_OUTCOME):
                archive.execute("UPDATE planning_steps SET outcome = ? WHERE id = ?",
                                (DECIDED_OUTCOME, par["planning_step_id"]))
                if step[0]["outcome"] is None:
                    from archive.matters import bump_version

                    bump_version(archive, matter_id)
            archive.execute("UPDATE paragraphs SET decision_kind = 'beslut', decision = ? WHERE id = ?",
                            (decision, par["id"]))
            result.decision = decision
            return result
        if not step:
            raise InvalidValue(f"§ {par['number']} har inget steg i planeringen", field="REF")
        if step[0]["outcome"] == DECIDED_OUTCOME:  # decided earlier in this meeting's record: undo the mark
            archive.execute("UPDATE planning_steps SET outcome = NULL WHERE id = ?", (par["planning_step_id"],))
        postponed = postpone(archive, matter_id, step[0]["position"], kind=kind)
        new_step_id = archive.execute(
            "SELECT id FROM planning_steps WHERE matter_id = ? AND position = ?", (matter_id, postponed.position)
        ).fetchone()[0]
        decision = text or DEFAULT_POSTPONE_TEXT[kind]
        archive.execute(
            "UPDATE paragraphs SET decision_kind = ?, decision = ?, added_step_id = ? WHERE id = ?",
            (kind, decision, new_step_id, par["id"]),
        )
        result.decision, result.new_step, result.new_date = decision, postponed.position, postponed.date
        return result


# ---------------------------------------------------------------- kallelse and justering


@dataclass
class CallRecord:
    called_on: str
    deadline: str
    late: bool
    label: str  # Kallelse / Kungörelse


def call_status(meeting: dict, sent_on: dt.date | str) -> CallRecord:
    """Was a kallelse sent on `sent_on` in time for the meeting (the body's lead time; for
    fullmäktige the kungörelse, KL 5 kap.)? One rule: archive.deadlines.call_deadline."""
    deadline = call_deadline(meeting["date"], meeting["body_kind"], meeting["call_lead_days"])
    day = to_date(sent_on)
    return CallRecord(day.isoformat(), deadline.isoformat(), day > deadline, call_label(meeting["body_kind"]))


def record_call(archive: Archive, meeting_id: int, sent_on: dt.date | str) -> CallRecord:
    """Record the day the kallelse (kungörelse) went out; a planned meeting becomes called.
    The first recorded day stands: a kallelse sent again later does not move it."""
    with archive.write():
        meeting = meeting_row(archive, meeting_id)
        if meeting["state"] == "cancelled":
            raise InvalidValue(f"sammanträdet {meeting['date']} är inställt", field="DATE")
        day = to_date(sent_on)
        if day > to_date(meeting["date"]):
            raise InvalidValue(f"kallelsen {day} efter sammanträdet {meeting['date']}", field="--sent-on")
        if meeting["called_on"] is None:
            archive.execute("UPDATE meetings SET called_on = ? WHERE id = ?", (day.isoformat(), meeting_id))
        if meeting["state"] == "planned":
            archive.execute("UPDATE meetings SET state = 'called' WHERE id = ?", (meeting_id,))
        return call_status(meeting, meeting["called_on"] or day)


def record_justering(
    archive: Archive, meeting_id: int, *, approved_on: dt.date | str | None = None,
    approvers: str | None = None, notice_on: dt.date | str | None = None, kept_at: str | None = None,
) -> Protocol:
    """Justerare, justering and notice (the dates through archive.meetings.record_meeting,
    which checks them) and where the protocol is kept. Every matter § needs its decision
    before the protocol is justerat."""
    from archive.meetings import record_meeting

    with archive.write():
        if approved_on:
            number_protocol(archive, meeting_id)
            open_items = [p.number for p in paragraphs(archive, meeting_id)
                          if p.matter_id and not p.decision_kind]
            if open_items:
                raise InvalidValue("§ " + ", ".join(map(str, open_items)) + " har inget beslut än",
                                   field="--approved-on")
        record_meeting(archive, meeting_id, approved_on=approved_on, notice_posted_on=notice_on)
        if approvers is not None:
            archive.execute("UPDATE meetings SET approvers = ? WHERE id = ?",
                            (" ".join(approvers.split()) or None, meeting_id))
        if kept_at is not None:
            archive.execute("UPDATE meetings SET protocol_kept_at = ? WHERE id = ?",
                            (" ".join(kept_at.split()) or None, meeting_id))
    return protocol(archive, meeting_id)

"""The föredragningslista and the protocol read their matters' parts in one query a part for
the whole meeting (issue 14 review: they ran two queries a matter), and say the same as each
matter read on its own."""

from __future__ import annotations

from archive import agenda, protocol
from archive.matters import get_matter, save_matter
from archive.meetings import ImportReport, PlannedMeeting, get_meeting, store_plan
from archive.model import BasisDocument, Matter, PlanningStep, Proposal, Recipient

KS, DAY = "Kommunstyrelsen", "2024-09-11"


def _matters_on_one_meeting(archive, n: int) -> int:
    """`n` matters planned on KS `DAY`, each with its own proposals, basis and recipients
    (some with none), the list synced and the §§ numbered. Returns the meeting's id."""
    with archive.write():
        for i in range(n):
            save_matter(archive, Matter(
                title=f"Ärende {i}", case_number=f"KS 2024/{100 + i}", municipality="Malmö",
                planning=[PlanningStep(KS, DAY, role="beslutar", decides=True)],
                proposals=[Proposal("Kommunfullmäktige", f"Fullmäktige beslutar {i}."),
                           *[Proposal(KS, f"Kommunstyrelsen beslutar {i}.")] * (i % 2)],
                basis=[BasisDocument(f"Tjänsteskrivelse {i}", "2024-08-01")] * (i % 3 != 0),
                recipients=[Recipient(f"Nämnd {j}") for j in range(i % 4)],
            ))
    with archive.write():
        store_plan(archive, [PlannedMeeting(KS, "Malmö", DAY)], ImportReport(file="test"))
    meeting_id = get_meeting(archive, KS, DAY, municipality="Malmö").id
    agenda.sync_agenda(archive, meeting_id)
    protocol.number_protocol(archive, meeting_id)
    return meeting_id


def _selects(archive, read) -> tuple[object, int]:
    statements: list[str] = []
    archive.conn.set_trace_callback(statements.append)
    try:
        result = read()
    finally:
        archive.conn.set_trace_callback(None)
    return result, sum(s.lstrip().upper().startswith("SELECT") for s in statements)


def test_the_list_and_the_protocol_read_a_meeting_in_a_fixed_number_of_queries(archive):
    meeting_id = _matters_on_one_meeting(archive, 12)
    entries, list_queries = _selects(archive, lambda: agenda.agenda_items(archive, meeting_id))
    pars, protocol_queries = _selects(archive, lambda: protocol.paragraphs(archive, meeting_id))
    matters = [e.matter_id for e in entries if e.matter_id]
    assert len(matters) == 12 and len([p for p in pars if p.matter_id]) == 12
    assert list_queries <= 3, list_queries  # the list, its proposals, its basis documents
    assert protocol_queries <= 4, protocol_queries  # the meeting, the §§, their proposals, their recipients
    body_id = archive.query("SELECT body_id FROM meetings WHERE id = ?", (meeting_id,))[0]["body_id"]
    for entry in entries:
        if entry.matter_id is None:
            assert (entry.proposals, entry.basis) == ([], [])
            continue
        matter = get_matter(archive, entry.matter_id)
        assert entry.proposals == [p.to_json() for p in matter.proposals]
        assert entry.basis == [b.to_json() for b in matter.basis]
    for par in pars:
        if par.matter_id is None:
            assert (par.proposal, par.recipients) == (None, [])
            continue
        assert par.proposal == protocol.default_decision(archive, par.matter_id, body_id)
        matter = get_matter(archive, par.matter_id)
        assert [(r["name"], r["sent_on"]) for r in par.recipients] == [(r.name, r.sent_on) for r in matter.recipients]
    assert {p.proposal for p in pars if p.matter_id} >= {"Kommunstyrelsen beslutar 1.", "Fullmäktige beslutar 0."}

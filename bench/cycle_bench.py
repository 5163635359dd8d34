"""The meeting cycle (issue 15): a 40-item meeting's kallelse and protocol rendered (PDF and
HTML), and a 200-recipient expediering to a local SMTP server (aiosmtpd on 127.0.0.1).

Run alone: `.venv/bin/python bench/cycle_bench.py`. Its own small archive in a temporary
folder (the 200,000-matter archive is not needed: these figures are per meeting).
Compared in the same run with the floor under each: one PDF page of fpdf2 with the same
embedded font, and the same 200 messages sent by plain smtplib without the archive.
"""

from __future__ import annotations

import datetime as dt
import smtplib
import sys
import tempfile
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Row, table, timed  # noqa: E402

ITEMS = 40
RECIPIENTS_PER_MATTER = 5  # 40 x 5 = 200 recipients, each with an address
TARGET_RENDER = 1.0
TARGET_SEND = 10.0


def build(path: Path):
    """A body, one meeting with 40 matters (each with two proposals, three basis documents
    and five recipients with addresses), justerat and every § decided."""
    from archive import open_archive
    from archive.matters import save_matter
    from archive.meetings import generate, get_meeting
    from archive.model import BasisDocument, Matter, PlanningStep, Proposal, Recipient
    from archive.protocol import decide, record_justering

    archive = open_archive(path)
    generate(archive, "Kommunstyrelsen", "FREQ=MONTHLY;BYDAY=2WE", "2024-09-01", "2024-09-30",
             start_time="13:00", location="Sessionssalen", municipality="Bänkby")
    meeting = get_meeting(archive, "Kommunstyrelsen", "2024-09-11")
    for n in range(1, ITEMS + 1):
        save_matter(archive, Matter(
            title=f"Ärende {n}: revidering av riktlinjer för området nummer {n} med ändringar",
            case_number=f"KS 2024/{n}", municipality="Bänkby",
            planning=[PlanningStep(body="Kommunstyrelsen", date="2024-09-11", role="beslutar", decides=True)],
            proposals=[Proposal("Kommunstyrelsen", f"Kommunstyrelsen godkänner förslaget i ärende {n}. " * 4),
                       Proposal("Kommunfullmäktige", "Kommunfullmäktige antar riktlinjerna.")],
            basis=[BasisDocument(f"Tjänsteskrivelse {n}", "2024-08-20"), BasisDocument("Bilaga 1"),
                   BasisDocument("Bilaga 2")],
            recipients=[Recipient(f"Nämnd {n}-{k}", kind="body") for k in range(RECIPIENTS_PER_MATTER)],
        ))
    archive.execute("UPDATE addressees SET email = 'registrator.' || id || '@bankby.example'")
    for n in range(1, ITEMS + 1):
        decide(archive, meeting.id, f"KS 2024/{n}")
    record_justering(archive, meeting.id, approved_on="2024-09-13", notice_on="2024-09-16",
                     approvers="Anna Berg, Per Holm")
    return archive, meeting.id


def render_kallelse(archive, meeting_id: int) -> int:
    from archive.render import kallelse_document, to_html, to_pdf

    doc = kallelse_document(archive, meeting_id)
    return len(to_pdf(doc)) + len(to_html(doc))


def render_protocol(archive, meeting_id: int) -> int:
    from archive.render import protocol_document, to_html, to_pdf

    doc = protocol_document(archive, meeting_id)
    return len(to_pdf(doc)) + len(to_html(doc))


def floor_pdf() -> int:
    from fpdf import FPDF

    from archive.render import FONT_REGULAR

    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(FONT_REGULAR))
    pdf.add_page()
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, "Kallelse till sammanträde: åäö")
    return len(bytes(pdf.output()))


def plain_smtp(address: str, count: int, attachment: bytes) -> None:
    host, port = address.rsplit(":", 1)
    with smtplib.SMTP(host, int(port), timeout=30) as smtp:
        for n in range(count):
            msg = EmailMessage()
            msg["From"], msg["To"], msg["Subject"] = "a@bankby.example", f"b{n}@bankby.example", "Utdrag"
            msg.set_content("Hej")
            msg.add_attachment(attachment, maintype="application", subtype="pdf", filename="utdrag.pdf")
            smtp.send_message(msg)


def measure() -> list[Row]:
    from archive.expediering import SmtpSettings, expediera
    from tests.smtp_server import smtp_server

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        archive, meeting_id = build(Path(folder) / "cykel.db")
        try:
            floor, _ = timed(floor_pdf)
            kallelse, _ = timed(render_kallelse, archive, meeting_id)
            proto, size = timed(render_protocol, archive, meeting_id)
            rows.append(Row(f"kallelse of a {ITEMS}-item meeting, PDF + HTML", f"<= {TARGET_RENDER:.0f} s",
                            f"{kallelse:.2f} s", f"one fpdf2 page with the font: {floor:.2f} s",
                            kallelse <= TARGET_RENDER))
            rows.append(Row(f"protocol of a {ITEMS}-item meeting, PDF + HTML", f"<= {TARGET_RENDER:.0f} s",
                            f"{proto:.2f} s", f"one fpdf2 page with the font: {floor:.2f} s",
                            proto <= TARGET_RENDER))
            with smtp_server() as (address, server):
                host, port = address.rsplit(":", 1)
                settings = SmtpSettings(host=host, port=int(port), sender="registrator@bankby.example")
                seconds, summary = timed(expediera, archive, meeting_id, settings, today=dt.date(2024, 9, 17))
                sent = len(server.messages)
                attachment = next(server.messages[0][1].iter_attachments()).get_content()
                plain, _ = timed(plain_smtp, address, sent, attachment)
            ok = summary.sent == ITEMS * RECIPIENTS_PER_MATTER == sent and seconds <= TARGET_SEND
            rows.append(Row(f"expediering to {summary.sent} recipients (local SMTP, PDF each)",
                            f"<= {TARGET_SEND:.0f} s", f"{seconds:.2f} s ({sent} received)",
                            f"plain smtplib, same {sent} messages: {plain:.2f} s", ok))
        finally:
            archive.close()
    return rows


if __name__ == "__main__":
    print(table(measure()))

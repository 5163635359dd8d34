"""Expediering: each recipient of each decided § of a justerat protocol gets its
protokollsutdrag, by e-mail as a PDF attachment, or on paper when it has no address.

The outbox (table `outbox`, one row per § and recipient) is in the archive, not in
memory, and every state change is its own short transaction:
- pending: to send; paper: no address (listed, printed as one PDF);
- sending: written, with its Message-ID, before the message is handed to the server;
  a process that dies right then leaves it "sending", and it is never sent again
  automatically (the clerk checks the Message-ID in the mail server's log: never twice);
- sent: the server accepted it; `sent_on` and the Message-ID are in the row and in the
  change log, and the matter's recipient gets its `sent_on`;
- failed: the server refused this message for good (5xx); its error is kept and the next
  run tries it again (after the clerk fixed the address).
A temporary refusal (4xx) or a lost connection stops the run: the message goes back to
pending with its error, the rest stay pending, and the next run sends them.
Nothing is sent before the protocol is justerat.
"""

from __future__ import annotations

import base64
import datetime as dt
import smtplib
import ssl
from dataclasses import asdict, dataclass, field
from email.message import EmailMessage
from email.utils import make_msgid

from archive.agenda import meeting_row
from archive.dates import to_date
from archive.db import Archive
from archive.errors import ArchiveError, InvalidValue
from archive.protocol import number_protocol, protocol
from archive.render import Document, extract_document, to_pdf_each


class SendFailed(ArchiveError):
    """The SMTP server could not be reached or stopped taking messages."""


@dataclass
class Summary:
    sent: int = 0
    already_sent: int = 0
    without_address: int = 0
    failed: int = 0
    uncertain: int = 0  # "sending" rows a crashed run left: check the mail server's log
    to_send: int = 0  # still pending after the run
    paper: list[dict] = field(default_factory=list)  # recipients without an address
    errors: list[dict] = field(default_factory=list)
    stopped: str | None = None  # why the run stopped early

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class SmtpSettings:
    host: str
    port: int = 25
    sender: str = ""
    starttls: bool = False
    user: str | None = None
    password: str | None = None
    cafile: str | None = None  # CA certificates to check the server's with (default: the system's)
    timeout: float = 30.0


def parse_smtp(text: str | None) -> tuple[str, int]:
    """'HOST:PORT' (or 'HOST', port 25)."""
    if not text or not text.strip():
        raise InvalidValue("ingen SMTP-server: ange --smtp HOST:PORT eller $BESLUT_SMTP", field="--smtp")
    host, sep, port = text.strip().rpartition(":")
    if not sep:
        return text.strip(), 25
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise InvalidValue(f"{text!r} är ingen SMTP-adress (skriv HOST:PORT)", field="--smtp")
    return host, int(port)


_OUTBOX_SQL = """
SELECT o.id, o.state, o.email, o.sent_on, o.message_id, o.error, p.number, o.matter_id,
       a.name, a.title, a.kind, r.id AS recipient_id
FROM outbox o JOIN paragraphs p ON p.id = o.paragraph_id
JOIN recipients r ON r.id = o.recipient_id JOIN addressees a ON a.id = r.addressee_id
WHERE p.meeting_id = ?
"""


def fill_outbox(archive: Archive, meeting_id: int) -> None:
    """One row per recipient of each decided § (kind beslut); a recipient without an
    address is for paper, and goes back to the queue once it has one. Refused before
    the justering, and while a matter § has no decision."""
    with archive.write():
        m = meeting_row(archive, meeting_id)
        if not m["approved_on"]:
            raise InvalidValue(f"protokollet för {m['body']} {m['date']} är inte justerat; inget expedieras",
                               field="DATE")
        number_protocol(archive, meeting_id)  # a justering recorded elsewhere: its §§ now, then the check below
        undecided = [r[0] for r in archive.execute(
            "SELECT number FROM paragraphs WHERE meeting_id = ? AND matter_id IS NOT NULL AND decision_kind IS NULL"
            " ORDER BY number", (meeting_id,))]
        if undecided:
            raise InvalidValue("§ " + ", ".join(map(str, undecided)) + " har inget beslut", field="DATE")
        archive.execute(
            """INSERT INTO outbox (paragraph_id, recipient_id, matter_id, email, state)
               SELECT p.id, r.id, p.matter_id, a.email, CASE WHEN a.email IS NULL THEN 'paper' ELSE 'pending' END
               FROM paragraphs p JOIN recipients r ON r.matter_id = p.matter_id
               JOIN addressees a ON a.id = r.addressee_id
               WHERE p.meeting_id = ? AND p.decision_kind = 'beslut'
                 AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.paragraph_id = p.id AND o.recipient_id = r.id)
               ORDER BY p.number, r.position""",
            (meeting_id,),
        )
        # An address added since: paper -> pending; an address changed: the queue follows it.
        archive.execute(
            """UPDATE outbox SET email = (SELECT a.email FROM recipients r JOIN addressees a ON a.id = r.addressee_id
                                          WHERE r.id = outbox.recipient_id),
                                 state = CASE WHEN (SELECT a.email FROM recipients r JOIN addressees a
                                                    ON a.id = r.addressee_id WHERE r.id = outbox.recipient_id)
                                              IS NULL THEN 'paper' ELSE 'pending' END
               WHERE state IN ('pending', 'paper', 'failed')
                 AND paragraph_id IN (SELECT id FROM paragraphs WHERE meeting_id = ?)
                 AND email IS NOT (SELECT a.email FROM recipients r JOIN addressees a ON a.id = r.addressee_id
                                   WHERE r.id = outbox.recipient_id)""",
            (meeting_id,),
        )


def outbox(archive: Archive, meeting_id: int) -> list[dict]:
    return archive.query(_OUTBOX_SQL + " ORDER BY p.number, r.position", (meeting_id,))


def _summary(rows: list[dict], summary: Summary) -> Summary:
    """`summary` with the counts and lists of the outbox `rows`."""
    summary.without_address = sum(r["state"] == "paper" for r in rows)
    summary.uncertain = sum(r["state"] == "sending" for r in rows)
    summary.to_send = sum(r["state"] == "pending" for r in rows)
    summary.failed = sum(r["state"] == "failed" for r in rows)
    summary.paper = [{"paragraph": r["number"], "name": r["name"], "title": r["title"]}
                     for r in rows if r["state"] == "paper"]
    summary.errors = [{"paragraph": r["number"], "name": r["name"], "email": r["email"], "error": r["error"]}
                      for r in rows if r["state"] == "failed"]
    return summary


def _message(settings: SmtpSettings, row: dict, doc: Document, pdf: bytes, message_id: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.sender
    msg["To"] = row["email"]
    msg["Subject"] = doc.title
    msg["Message-ID"] = message_id
    msg.set_content(
        f"Hej,\n\nbifogat finns {doc.title[0].lower() + doc.title[1:]}.\n\n"
        "Meddelandet skickades av beslut för registratorn; svara till avsändaradressen vid frågor.\n"
    )
    msg.add_attachment(pdf, maintype="application", subtype="pdf",
                       filename=doc.title.replace(" ", "_").replace("§", "p") + ".pdf")
    return msg


def expediera(
    archive: Archive, meeting_id: int, settings: SmtpSettings | None, *, today: dt.date,
    dry_run: bool = False, resend_uncertain: bool = False, progress=None,
) -> Summary:
    """Send every pending extract of the meeting's justerat protocol; see the module's
    docstring for what a crash or a refusal leaves. `resend_uncertain`: the clerk has
    checked the mail server's log and the messages a crash left "sending" never went out:
    send them again. `progress(done, total)` after each."""
    fill_outbox(archive, meeting_id)
    if resend_uncertain and not dry_run:
        with archive.write():
            archive.execute(
                """UPDATE outbox SET state = 'pending', message_id = NULL, error = 'osäker: skickas igen'
                   WHERE state = 'sending' AND paragraph_id IN (SELECT id FROM paragraphs WHERE meeting_id = ?)""",
                (meeting_id,),
            )
    summary = Summary()
    rows = outbox(archive, meeting_id)
    summary.already_sent = sum(r["state"] == "sent" for r in rows)
    queue = [r for r in rows if r["state"] in ("pending", "failed")]
    if dry_run or not queue:
        summary = _summary(rows, summary)  # nothing was written since `rows` was read
        if dry_run:
            summary.to_send = len(queue)
        return summary
    if settings is None or not settings.sender:
        raise InvalidValue("ingen avsändare: ange --from ADRESS eller $BESLUT_FROM", field="--from")
    proto = protocol(archive, meeting_id)
    day = to_date(today).isoformat()
    domain = settings.sender.rpartition("@")[2] or None
    try:
        smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    except (OSError, smtplib.SMTPException) as error:
        raise SendFailed(f"kan inte nå SMTP-servern {settings.host}:{settings.port}: {error}", field="--smtp") from None
    try:
        _start_session(smtp, settings)
        # One extract per §, the same for each of its recipients (the e-mail is addressed).
        numbers = sorted({row["number"] for row in queue})
        docs = [extract_document(proto, number) for number in numbers]
        extracts = dict(zip(numbers, zip(docs, to_pdf_each(docs), strict=True), strict=True))
        for done, row in enumerate(queue, 1):
            doc, pdf = extracts[row["number"]]
            message_id = make_msgid(domain=domain)
            msg = _message(settings, row, doc, pdf, message_id)
            with archive.write():
                archive.execute("UPDATE outbox SET state = 'sending', message_id = ?, error = NULL WHERE id = ?",
                                (message_id, row["id"]))
            try:
                smtp.send_message(msg, from_addr=settings.sender, to_addrs=[row["email"]])
            except (smtplib.SMTPResponseException, smtplib.SMTPRecipientsRefused) as error:
                code, reason = (next(iter(error.recipients.values()))
                                if isinstance(error, smtplib.SMTPRecipientsRefused)
                                else (error.smtp_code, error.smtp_error))
                text = _smtp_text(code, reason)
                permanent = 500 <= code < 600
                _refused(archive, row["id"], "failed" if permanent else "pending", text)
                if not permanent:
                    summary.stopped = f"servern vägrade tillfälligt: {text}"
                    break
                continue
            except (OSError, smtplib.SMTPException) as error:
                _refused(archive, row["id"], "pending", str(error) or type(error).__name__)
                summary.stopped = f"förbindelsen med SMTP-servern bröts: {error}"
                break
            with archive.write():
                archive.execute("UPDATE outbox SET state = 'sent', sent_on = ?, error = NULL WHERE id = ?",
                                (day, row["id"]))
                archive.execute("UPDATE recipients SET sent_on = ? WHERE id = ? AND sent_on IS NULL",
                                (day, row["recipient_id"]))
            summary.sent += 1
            if progress is not None:
                progress(done, len(queue))
    finally:
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()
    return _summary(outbox(archive, meeting_id), summary)


def _start_session(smtp: smtplib.SMTP, settings: SmtpSettings) -> None:
    """STARTTLS (the server's certificate checked: a password never goes to an impostor) and
    login, when asked for; a refusal stops before anything is sent."""
    step, field = "STARTTLS", "--starttls"
    try:
        if settings.starttls:
            smtp.starttls(context=ssl.create_default_context(cafile=settings.cafile))
        step, field = "inloggningen", "--user"
        if settings.user:
            _login(smtp, settings.user, settings.password or "")
    except (OSError, smtplib.SMTPException) as error:
        smtp.close()  # no QUIT on a connection whose TLS handshake broke: it would wait for the timeout
        raise SendFailed(f"{step} hos {settings.host}:{settings.port} misslyckades: {error}", field=field) from None


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """smtplib's login sends only ASCII; a Swedish password (å, ä, ö) goes as UTF-8 with
    AUTH PLAIN (RFC 4616), which is what servers expect."""
    if (user + password).isascii():
        smtp.login(user, password)
        return
    smtp.ehlo_or_helo_if_needed()
    if "plain" not in smtp.esmtp_features.get("auth", "").lower().split():
        raise smtplib.SMTPException("servern tar inte emot AUTH PLAIN, som ett lösenord med å, ä, ö kräver")
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode("ascii")
    code, reply = smtp.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def _smtp_text(code: int, reason: bytes | str) -> str:
    return f"{code} {reason.decode(errors='replace') if isinstance(reason, bytes) else reason}"


def _refused(archive: Archive, outbox_id: int, state: str, error: str) -> None:
    with archive.write():
        archive.execute("UPDATE outbox SET state = ?, message_id = NULL, error = ? WHERE id = ?",
                        (state, error[:500], outbox_id))


def paper_documents(archive: Archive, meeting_id: int) -> list[Document]:
    """The extracts for the recipients without an address, one page each, to print and post."""
    fill_outbox(archive, meeting_id)
    proto = protocol(archive, meeting_id)
    return [extract_document(proto, r["number"], r) for r in outbox(archive, meeting_id) if r["state"] == "paper"]

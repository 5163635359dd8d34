"""Expediering against real SMTP servers (aiosmtpd on 127.0.0.1): STARTTLS with a checked
certificate and login, a permanent refusal of one recipient, a crash in the middle of a
hand-over (never sent twice), and sending from a fresh archive file after the crash."""

from __future__ import annotations

import json
import re
import smtplib
import ssl
import subprocess

import pytest

from archive import open_archive
from archive.expediering import SendFailed, SmtpSettings, expediera
from archive.meetings import get_meeting
from tests.smtp_server import smtp_server
from tests.test_cycle_cli import ADDRESSES, KF, MEETING, decide_and_justera, malmo, ok, run  # noqa: F401

TODAY = "2024-09-05"


def send_args(address: str, *extra: str) -> list[str]:
    return ["expediera", "--body", KF, MEETING, "--smtp", address, "--from", "registrator@malmo.example",
            "--json", "--today", TODAY, *extra]


def outbox_states(db_path) -> dict[str, int]:
    with open_archive(db_path) as archive:
        return dict(archive.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())


@pytest.fixture
def certificate(tmp_path):
    """A self-signed certificate for 127.0.0.1 (openssl, a Debian package `make` installs)."""
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True, timeout=60,
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context, cert


def test_starttls_with_a_checked_certificate_and_login(malmo, certificate, monkeypatch):  # noqa: F811 (the fixture)
    db = malmo
    decide_and_justera(db)
    context, cert = certificate
    monkeypatch.setenv("BESLUT_SMTP_PASSWORD", "hemligt-åäö")
    with smtp_server(tls_context=context, logins={"registrator": "hemligt-åäö"}) as (address, server):
        unchecked = run(db, *send_args(address, "--starttls", "--user", "registrator"))
        assert unchecked.exit_code == 1 and "fält --starttls" in unchecked.output  # not a CA this machine trusts
        assert server.messages == [] and outbox_states(db) == {"pending": 5, "paper": 22}

        monkeypatch.setenv("BESLUT_SMTP_PASSWORD", "fel")
        wrong = run(db, *send_args(address, "--starttls", "--user", "registrator", "--cafile", str(cert)))
        assert wrong.exit_code == 1 and "fält --user" in wrong.output and server.messages == []

        monkeypatch.setenv("BESLUT_SMTP_PASSWORD", "hemligt-åäö")
        summary = json.loads(ok(db, *send_args(address, "--starttls", "--user", "registrator",
                                              "--cafile", str(cert))).output)
        assert summary["sent"] == 5 and server.logins == ["registrator"]
        assert sorted(to[0] for to, _ in server.messages) == sorted(ADDRESSES.values())


def test_a_permanently_refused_recipient_is_failed_and_sent_once_fixed(malmo):  # noqa: F811 (the fixture)
    db = malmo
    decide_and_justera(db)
    with smtp_server(refuse={2: "550 5.1.1 Ingen sådan brevlåda"}) as (address, server):
        first = run(db, *send_args(address))
        assert first.exit_code == 1 and "1 meddelande vägrades" in first.stderr
        summary = json.loads(first.stdout)
        assert (summary["sent"], summary["failed"], summary["to_send"]) == (4, 1, 0)
        assert summary["errors"][0]["error"] == "550 5.1.1 Ingen sådan brevlåda"
        refused = summary["errors"][0]["email"]
        assert refused not in [to[0] for to, _ in server.messages]
        second = json.loads(ok(db, *send_args(address)).output)
        assert (second["sent"], second["already_sent"], second["failed"]) == (1, 4, 0)
        assert sorted(to[0] for to, _ in server.messages) == sorted(ADDRESSES.values())


def test_a_crash_during_a_hand_over_never_sends_twice(malmo, monkeypatch):  # noqa: F811 (the fixture)
    """The process dies while the third message is being handed to the server: the two
    sent stay recorded, the third is uncertain (never sent again by itself), the rest are
    sent by the next run, and the uncertain one only when the clerk says so."""
    db = malmo
    decide_and_justera(db)
    real_send = smtplib.SMTP.send_message
    calls = []

    def dying_send(self, msg, *args, **kwargs):
        calls.append(msg["To"])
        if len(calls) == 3:
            raise KeyboardInterrupt  # as a kill: nothing of ours runs after it but finally blocks
        return real_send(self, msg, *args, **kwargs)

    with smtp_server() as (address, server):
        host, port = address.rsplit(":", 1)
        settings = SmtpSettings(host=host, port=int(port), sender="registrator@malmo.example")
        monkeypatch.setattr(smtplib.SMTP, "send_message", dying_send)
        with open_archive(db) as archive:
            meeting_id = get_meeting(archive, KF, MEETING).id
            with pytest.raises(KeyboardInterrupt):
                expediera(archive, meeting_id, settings, today=TODAY)
        monkeypatch.setattr(smtplib.SMTP, "send_message", real_send)
        assert outbox_states(db) == {"sent": 2, "sending": 1, "pending": 2, "paper": 22}
        uncertain = calls[2]

        after = run(db, *send_args(address))  # a new process, from the file alone
        assert after.exit_code == 1 and "--resend-uncertain" in after.stderr
        summary = json.loads(after.stdout)
        assert (summary["sent"], summary["already_sent"], summary["uncertain"]) == (2, 2, 1)
        received = [to[0] for to, _ in server.messages]
        assert len(received) == 4 and uncertain not in received

        resend = json.loads(ok(db, *send_args(address, "--resend-uncertain")).output)
        assert (resend["sent"], resend["uncertain"]) == (1, 0)
        assert sorted(to[0] for to, _ in server.messages) == sorted(ADDRESSES.values())


def test_an_unreachable_server_sends_nothing_and_names_the_field(malmo):  # noqa: F811 (the fixture)
    db = malmo
    decide_and_justera(db)
    with smtp_server() as (address, _server):
        pass  # stopped: its port is closed now
    result = run(db, *send_args(address))
    assert result.exit_code == 1 and "fält --smtp" in result.output
    assert outbox_states(db) == {"pending": 5, "paper": 22}
    with open_archive(db) as archive, pytest.raises(SendFailed):
        expediera(archive, get_meeting(archive, KF, MEETING).id,
                  SmtpSettings(host="127.0.0.1", port=int(address.rsplit(":", 1)[1]), sender="a@b.se"),
                  today=TODAY)


def test_dry_run_counts_and_sends_nothing(malmo):  # noqa: F811 (the fixture)
    db = malmo
    decide_and_justera(db)
    result = ok(db, "expediera", "--body", KF, MEETING, "--dry-run", "--json")  # no server needed
    summary = json.loads(result.output)
    assert (summary["sent"], summary["to_send"], summary["without_address"]) == (0, 5, 22)
    assert outbox_states(db) == {"pending": 5, "paper": 22}
    with open_archive(db) as archive:
        assert archive.query("SELECT count(*) AS n FROM recipients WHERE sent_on IS NOT NULL") == [{"n": 0}]


def test_a_temporary_refusal_stops_the_run_and_the_next_run_sends_the_rest(malmo):  # noqa: F811 (the fixture)
    db = malmo
    decide_and_justera(db)
    with smtp_server(refuse={2: "451 4.3.0 Försök igen senare"}) as (address, server):
        first = run(db, *send_args(address))
        assert first.exit_code == 1 and "servern vägrade tillfälligt: 451 4.3.0 Försök igen senare" in first.stderr
        assert "kör igen för att skicka resten" in first.stderr
        summary = json.loads(first.stdout)
        assert (summary["sent"], summary["failed"], summary["to_send"]) == (1, 0, 4)
        assert len(server.messages) == 1 and outbox_states(db) == {"sent": 1, "pending": 4, "paper": 22}
        second = json.loads(ok(db, *send_args(address)).output)
        assert (second["sent"], second["already_sent"], second["failed"], second["to_send"]) == (4, 1, 0, 0)
        assert sorted(to[0] for to, _ in server.messages) == sorted(ADDRESSES.values())


def test_a_recipient_refused_at_rcpt_to_is_reported_not_sent_and_nothing_recorded_sent(malmo):  # noqa: F811
    """The server refuses one mailbox at RCPT TO (before any DATA): the CLI names that
    recipient in Swedish as not sent, the others go, and nothing says the refused one was
    sent: not the outbox, not the recipient's expedierad date, not the matter's Historik."""
    from archive.history import matter_history

    db = malmo
    decide_and_justera(db)
    refused = ADDRESSES["Kulturnämnden"]
    with smtp_server(refuse_rcpt={refused: "550 5.1.1 Mottagaren finns inte"}) as (address, server):
        first = run(db, *[arg for arg in send_args(address) if arg != "--json"])  # the clerk's text
        assert first.exit_code == 1, first.output
        assert "1 meddelande vägrades; se felen ovan" in first.stderr
        assert f"Kulturnämnden <{refused}>: 550 5.1.1 Mottagaren finns inte" in first.stderr
        assert re.search(r"^skickade +4$", first.stdout, re.M) and re.search(r"^misslyckade +1$", first.stdout, re.M)
        received = sorted(to[0] for to, _ in server.messages)
        assert received == sorted(a for a in ADDRESSES.values() if a != refused)
    assert outbox_states(db) == {"sent": 4, "failed": 1, "paper": 22}
    with open_archive(db) as archive:
        rows = archive.query(
            """SELECT o.state, o.sent_on AS outbox_sent, r.sent_on, o.matter_id FROM outbox o
               JOIN recipients r ON r.id = o.recipient_id WHERE o.email = ?""", (refused,))
        assert [(r["state"], r["outbox_sent"], r["sent_on"]) for r in rows] == [("failed", None, None)]
        said = [entry.text for entry in matter_history(archive, rows[0]["matter_id"])]
    told = [text for text in said if "Kulturnämnden" in text]
    assert any("e-postservern vägrade, ”550 5.1.1 Mottagaren finns inte”" in text for text in told), told
    assert not [text for text in told if "skickat med e-post" in text or "expedierad" in text], told

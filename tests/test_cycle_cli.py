"""Issue 15, the meeting cycle through the CLI on the Malmö seed: agenda -> kallelse PDF
-> decision -> justering -> notice -> expediering to a real SMTP server."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from archive import open_archive
from beslut.cli import cli
from tests.conftest import MALMO_SEED
from tests.smtp_server import smtp_server

KF = "Kommunfullmäktige"
MEETING = "2024-08-29"
DECISION_WORDS = "Kommunfullmäktige godkänner reviderad policy för Malmö stads internationella arbete"
# Five of the seed's 27 recipients get an address (as a Swedish Excel saves it: ; and Windows-1252).
ADDRESSES = {
    "Fritidsnämnden": "fritidsnamnden@malmo.example",
    "Kulturnämnden": "kulturnamnden@malmo.example",
    "Miljönämnden": "miljonamnden@malmo.example",
    "Malmö Stadshus AB": "stadshus@malmo.example",
    "Stadskontorets handläggare": "handlaggare@malmo.example",
}


def run(db_path, *args):
    return CliRunner().invoke(cli, ["--db", str(db_path), *args], catch_exceptions=False)


def ok(db_path, *args):
    result = run(db_path, *args)
    assert result.exit_code == 0, result.output + (result.stderr or "")
    return result


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def malmo(db_path, tmp_path):
    """The Malmö seed, Kommunfullmäktige's plan for 2024-2025 (last Thursday of the month)
    and the addresses of five recipients."""
    ok(db_path, "import", str(MALMO_SEED))
    ok(db_path, "meetings", "generate", "--body", KF, "--rule", "FREQ=MONTHLY;BYDAY=-1TH",
       "--from", "2024-01-01", "--to", "2025-12-31", "--time", "18:00", "--location", "Rådhuset")
    csv_file = tmp_path / "mottagare.csv"
    lines = ["Namn;Titel;E-post"] + [f"{name};;{address}" for name, address in ADDRESSES.items()]
    csv_file.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    report = json.loads(ok(db_path, "addressees", "import", str(csv_file), "--json").output)
    assert report["encoding"] == "windows-1252" and sorted(report["updated"]) == sorted(ADDRESSES)
    return db_path


def decide_and_justera(db_path):
    ok(db_path, "protocol", "decide", "1", "--body", KF, MEETING)
    ok(db_path, "protocol", "justera", "--body", KF, MEETING, "--on", "2024-09-03",
       "--approvers", "Anna Berg, Per Holm", "--notice-on", "2024-09-04", "--kept-at", "Stadskontoret, Malmö")


def test_whole_cycle_on_the_malmo_seed(malmo, tmp_path):
    db = malmo
    agenda = json.loads(ok(db, "agenda", "--body", KF, MEETING, "--json").output)
    titles = [item["title"] for item in agenda["items"]]
    assert titles == ["Upprop", "Val av justerare", "Godkännande av dagordningen",
                      "Revidering av policy för Malmö stads internationella arbete",
                      "Anmälan av delegationsbeslut", "Meddelanden"]
    assert agenda["items"][3]["matter_id"] == 1 and agenda["items"][3]["public"] is True

    kallelse = tmp_path / "kallelse.pdf"
    result = ok(db, "kallelse", "--body", KF, MEETING, "-o", str(kallelse), "--sent-on", "2024-08-19")
    assert "Varning" not in result.stderr
    text = pdf_text(kallelse.read_bytes())
    assert "Kungörelse" in text and "Förslag till beslut" in text and "Rådhuset" in text
    assert "Revidering av policy för Malmö stads internationella arbete" in text

    with smtp_server() as (address, server):
        early = run(db, "expediera", "--body", KF, MEETING, "--smtp", address, "--from", "registrator@malmo.example")
        assert early.exit_code == 1 and "inte justerat" in early.output
        assert server.messages == []

        decide_and_justera(db)
        shown = json.loads(ok(db, "protocol", "show", "--body", KF, MEETING, "--json").output)
        assert (shown["approved_on"], shown["notice_on"], shown["appeal_until"]) == (
            "2024-09-03", "2024-09-04", "2024-09-25")
        par = shown["paragraphs"][3]
        assert {k: par[k] for k in ("number", "matter_id", "case_number", "title")} == {
            "number": 4, "matter_id": 1, "case_number": None,
            "title": "Revidering av policy för Malmö stads internationella arbete"}
        # The proposal's att-sats, without its lead-in "Kommunstyrelsen föreslår kommunfullmäktige besluta".
        assert par["decision"] == f"1. {DECISION_WORDS}." and len(par["recipients"]) == 27
        assert par["proposal"].startswith("Kommunstyrelsen föreslår kommunfullmäktige besluta")

        written = tmp_path / "protokoll.pdf"
        ok(db, "protocol", "--body", KF, MEETING, "-o", str(written))
        text = " ".join(pdf_text(written.read_bytes()).split())
        assert "Protokoll" in text and f"§ 4 {par['title']}" in text and DECISION_WORDS in text
        assert "Justerat 3 september 2024 av Anna Berg, Per Holm" in text
        assert "sista dag att överklaga 25 september 2024" in text and "Stadskontoret, Malmö" in text
        html = tmp_path / "utdrag.html"
        ok(db, "protocol", "extract", "--body", KF, MEETING, "4", "-o", str(html))
        page = html.read_text(encoding="utf-8")
        assert "<h1>Protokollsutdrag</h1>" in page and "Utdragsbestyrkande" in page and "§ 4" in page

        paper = tmp_path / "papper.pdf"
        summary = json.loads(ok(db, "expediera", "--body", KF, MEETING, "--smtp", address, "--from",
                                "registrator@malmo.example", "--json", "--today", "2024-09-05",
                                "--paper", str(paper)).output)
        assert {k: summary[k] for k in ("sent", "already_sent", "without_address", "failed")} == {
            "sent": 5, "already_sent": 0, "without_address": 22, "failed": 0}
        assert sorted(to[0] for to, _ in server.messages) == sorted(ADDRESSES.values())
        for _to, message in server.messages:
            assert message["From"] == "registrator@malmo.example" and message["Message-ID"]
            [attachment] = list(message.iter_attachments())
            assert attachment.get_content_type() == "application/pdf"
            text = " ".join(pdf_text(attachment.get_content()).split())
            assert "§ 4" in text and DECISION_WORDS in text and "Protokollsutdrag" in text
        assert len(PdfReader(paper).pages) == 22
        assert "Revisorskollegiet" in pdf_text(paper.read_bytes())

        again = json.loads(ok(db, "expediera", "--body", KF, MEETING, "--smtp", address, "--from",
                              "registrator@malmo.example", "--json", "--today", "2024-09-06").output)
        assert (again["sent"], again["already_sent"]) == (0, 5)
        assert len(server.messages) == 5

    matter = json.loads(ok(db, "show", "1", "--json").output)
    sent = {r["name"]: r["sent_on"] for r in matter["recipients"] if r["sent_on"]}
    assert sent == {name: "2024-09-05" for name in ADDRESSES}
    with open_archive(db) as archive:
        logged = archive.query(
            "SELECT json_extract(after, '$.message_id') AS id FROM changes WHERE table_name = 'outbox'"
            " AND json_extract(after, '$.state') = 'sent'")
    ids = {message["Message-ID"] for _to, message in server.messages}
    assert {row["id"] for row in logged} == ids


def test_a_refused_third_message_leaves_two_recorded_and_the_next_run_sends_the_rest(malmo):
    db = malmo
    decide_and_justera(db)
    send = ("expediera", "--body", KF, MEETING, "--from", "registrator@malmo.example", "--json",
            "--today", "2024-09-05")
    with smtp_server(refuse={3: "451 4.3.0 Försök igen senare"}) as (address, server):
        first = run(db, *send, "--smtp", address)
        assert first.exit_code == 1, first.output
        summary = json.loads(first.stdout)
        assert (summary["sent"], summary["to_send"], summary["failed"]) == (2, 3, 0)
        with open_archive(db) as archive:
            states = archive.query("SELECT state, count(*) AS n FROM outbox GROUP BY state ORDER BY state")
        assert states == [{"state": "paper", "n": 22}, {"state": "pending", "n": 3}, {"state": "sent", "n": 2}]
        assert len(server.messages) == 2

        second = json.loads(ok(db, *send, "--smtp", address).output)
        assert (second["sent"], second["already_sent"], second["to_send"]) == (3, 2, 0)
        received = sorted(to[0] for to, _ in server.messages)
        assert received == sorted(ADDRESSES.values())  # each once: none twice, none missing


def test_paragraphs_continue_across_a_year_and_start_again_at_1(malmo):
    db = malmo
    first = json.loads(ok(db, "protocol", "show", "--body", KF, MEETING, "--json").output)
    assert [p["number"] for p in first["paragraphs"]] == [1, 2, 3, 4, 5, 6]
    second = json.loads(ok(db, "protocol", "show", "--body", KF, "2024-09-26", "--json").output)
    assert [p["number"] for p in second["paragraphs"]] == [7, 8, 9, 10, 11]
    refused = run(db, "protocol", "show", "--body", KF, "2024-06-27", "--json")
    assert refused.exit_code == 1 and "2024-08-29 har redan paragrafer" in refused.output
    new_year = json.loads(ok(db, "protocol", "show", "--body", KF, "2025-01-30", "--json").output)
    assert [p["number"] for p in new_year["paragraphs"]] == [1, 2, 3, 4, 5]


def test_aterremiss_adds_the_next_step_on_the_next_open_meeting_with_history(malmo):
    db = malmo
    ok(db, "meetings", "cancel", "--body", KF, "2024-09-26")
    result = ok(db, "protocol", "decide", "1", "--body", KF, MEETING, "--återremiss")
    assert "§ 4: Ärendet återremitteras." in result.output and "2024-10-31" in result.output
    planning = json.loads(ok(db, "show", "1", "--json").output)["planning"]
    assert [(s["body"], s["date"], s["outcome"], s["decides"]) for s in planning[2:]] == [
        (KF, MEETING, "återremitterat", False), (KF, "2024-10-31", None, True)]
    with open_archive(db) as archive:
        from archive.matters import history

        added = [json.loads(c["after"]) for c in history(archive, 1)
                 if c["table_name"] == "planning_steps" and c["action"] == "insert"]
    assert added[-1]["date"] == "2024-10-31" and added[-1]["position"] == 4
    agenda = json.loads(ok(db, "agenda", "--body", KF, "2024-10-31", "--json").output)
    assert [i["matter_id"] for i in agenda["items"] if i["kind"] == "matter"] == [1]
    again = run(db, "protocol", "decide", "1", "--body", KF, MEETING)
    assert again.exit_code == 1 and "återremiss" in again.output


def test_a_late_kungorelse_is_warned_about_and_reported_by_check(malmo, tmp_path):
    db = malmo
    result = ok(db, "kallelse", "--body", KF, MEETING, "-o", str(tmp_path / "k.html"), "--sent-on", "2024-08-26")
    assert "Varning: kungörelseen" not in result.stderr  # the label reads well
    assert "2024-08-26 är sen" in result.stderr and "senast 2024-08-22" in result.stderr
    html = (tmp_path / "k.html").read_text(encoding="utf-8")
    assert "<h1>Kungörelse</h1>" in html
    found = json.loads(run(db, "check", "--today", "2024-08-27", "--json").output)
    late = [v for v in found if v["kind"] == "late_call"]
    assert len(late) == 1 and late[0]["date"] == "2024-08-26" and "senast 2024-08-22" in late[0]["message"]


def test_usage_and_field_errors(malmo, tmp_path):
    db = malmo
    both = run(db, "protocol", "decide", "1", "--body", KF, MEETING, "--text", "x", "--bordlägg")
    assert both.exit_code == 2
    wrong = run(db, "kallelse", "--body", KF, MEETING, "-o", str(tmp_path / "k.docx"))
    assert wrong.exit_code == 1 and "fält -o" in wrong.output
    ok(db, "meetings", "cancel", "--body", KF, "2024-09-26")
    cancelled = run(db, "kallelse", "--body", KF, "2024-09-26", "-o", str(tmp_path / "k.pdf"))
    assert cancelled.exit_code == 1 and "är inställt; ingen kallelse" in cancelled.output
    assert not (tmp_path / "k.pdf").exists()
    no_meeting = run(db, "agenda", "--body", KF, "2024-08-30")
    assert no_meeting.exit_code == 1 and "fält DATE" in no_meeting.output
    bad = tmp_path / "bad.csv"
    bad.write_text("Namn;Titel;E-post\nKulturnämnden;;inte en adress\n", encoding="utf-8")
    refused = run(db, "addressees", "import", str(bad))
    assert refused.exit_code == 1 and "bad.csv:2" in refused.output and "fält E-post" in refused.output
    decide_and_justera(db)
    no_smtp = run(db, "expediera", "--body", KF, MEETING, "--from", "a@b.se")
    assert no_smtp.exit_code == 1 and "fält --smtp" in no_smtp.output


def test_the_deadline_view_shows_a_late_kungorelse_as_check_does(malmo, tmp_path):
    db = malmo
    ok(db, "kallelse", "--body", KF, MEETING, "-o", str(tmp_path / "k.pdf"), "--sent-on", "2024-08-26")
    ok(db, "kallelse", "--body", KF, "2024-09-26", "-o", str(tmp_path / "k2.pdf"), "--sent-on", "2024-09-19")
    with open_archive(db) as archive:
        rows = archive.query("SELECT date, called_on, call_by, call_late FROM meeting_deadlines"
                             " WHERE called_on IS NOT NULL ORDER BY date")
    assert rows == [
        {"date": MEETING, "called_on": "2024-08-26", "call_by": "2024-08-22", "call_late": 1},
        {"date": "2024-09-26", "called_on": "2024-09-19", "call_by": "2024-09-19", "call_late": 0},
    ]


def test_agenda_add_reorder_close_and_move_to_another_meeting(malmo):
    db = malmo
    ok(db, "agenda", "standing", "--body", KF, MEETING, "Information från kommundirektören")
    ok(db, "agenda", "closed", "--body", KF, MEETING, "4")
    ok(db, "agenda", "move", "--body", KF, MEETING, "5", "4")
    items = json.loads(ok(db, "agenda", "--body", KF, MEETING, "--json").output)["items"]
    assert [(i["position"], i["title"][:20], i["public"]) for i in items] == [
        (1, "Upprop", True), (2, "Val av justerare", True), (3, "Godkännande av dagor", True),
        (4, "Information från kom", True), (5, "Revidering av policy", False),
        (6, "Anmälan av delegatio", True), (7, "Meddelanden", True)]
    moved = ok(db, "agenda", "move-to", "--body", KF, MEETING, "5", "2024-09-26")
    assert "punkt 4 på sammanträdet 2024-09-26" in moved.output
    there = json.loads(ok(db, "agenda", "--body", KF, "2024-09-26", "--json").output)["items"]
    assert [(i["matter_id"], i["public"]) for i in there if i["kind"] == "matter"] == [(1, False)]
    left = json.loads(ok(db, "agenda", "--body", KF, MEETING, "--json").output)["items"]
    assert [i["matter_id"] for i in left if i["kind"] == "matter"] == []
    planning = json.loads(ok(db, "show", "1", "--json").output)["planning"]
    assert (planning[2]["body"], planning[2]["date"]) == (KF, "2024-09-26")
    with open_archive(db) as archive:
        step_changes = archive.query(
            "SELECT before, after FROM changes WHERE table_name = 'planning_steps' AND action = 'update'")
    assert [(json.loads(c["before"])["date"], json.loads(c["after"])["date"]) for c in step_changes] == [
        (MEETING, "2024-09-26")]
    back = ok(db, "agenda", "add", "--body", KF, MEETING, "1", "--position", "4")
    assert back.output.strip() == "punkt 4"
    ok(db, "protocol", "show", "--body", KF, MEETING)
    locked = run(db, "agenda", "standing", "--body", KF, MEETING, "Extra ärende")
    assert locked.exit_code == 1 and "föredragningslistan är låst" in locked.output


def test_a_protocol_justerat_without_its_decisions_is_not_sent(malmo):
    """A justering recorded the old way (meetings record) before any decision: expediera
    names the § without a decision and sends nothing; protocol justera refuses it."""
    db = malmo
    refused = run(db, "protocol", "justera", "--body", KF, MEETING, "--on", "2024-09-03")
    assert refused.exit_code == 1 and "§ 4 har inget beslut än" in refused.output
    ok(db, "meetings", "record", "--body", KF, MEETING, "--approved-on", "2024-09-03")
    with smtp_server() as (address, server):
        result = run(db, "expediera", "--body", KF, MEETING, "--smtp", address, "--from", "r@malmo.example")
        assert result.exit_code == 1 and "§ 4 har inget beslut" in result.output
        assert server.messages == []


def test_a_late_kallelse_of_a_namnd_counts_its_own_lead_time(malmo, tmp_path):
    """Kommunstyrelsen's reglemente: kallelse ten days before. Sent nine days before a
    Wednesday meeting it is late (warned, and in check); sent on the last day it is not."""
    db = malmo
    ok(db, "meetings", "generate", "--body", "Kommunstyrelsen", "--rule", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
       "--from", "2024-08-14", "--to", "2024-09-30")
    ok(db, "meetings", "lead-time", "--body", "Kommunstyrelsen", "--call", "10")
    late = ok(db, "kallelse", "--body", "Kommunstyrelsen", "2024-08-14", "-o", str(tmp_path / "a.pdf"),
              "--sent-on", "2024-08-05")
    assert "Varning: kallelsen 2024-08-05 är sen; den skulle ha gått ut senast 2024-08-02" in late.stderr
    in_time = ok(db, "kallelse", "--body", "Kommunstyrelsen", "2024-08-28", "-o", str(tmp_path / "b.pdf"),
                 "--sent-on", "2024-08-16")
    assert "Varning" not in in_time.stderr
    found = [v for v in json.loads(run(db, "check", "--today", "2024-09-01", "--json").output)
             if v["kind"] == "late_call"]
    assert [(v["body"], v["date"], v["message"]) for v in found] == [
        ("Kommunstyrelsen", "2024-08-05",
         "Kommunstyrelsen 2024-08-14: kallelsen skickades 2024-08-05, senast 2024-08-02")]

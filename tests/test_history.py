"""A matter's change log in Swedish (archive/history.py): what the Historik tab shows."""

from __future__ import annotations

import re

import pytest

from archive import dispatch, meetings, planning
from archive.history import date_span, local_time, matter_history, short_date
from archive.matters import set_step_date, update_matter
from tests.tui import tui_sample as sample


@pytest.fixture
def planned(archive):
    return archive, sample.build_all(archive)


def texts(archive, matter_id: int) -> list[str]:
    return [entry.text for entry in matter_history(archive, matter_id)]


def meeting(archive, body: str, date: str) -> int:
    found = meetings.get_meeting(archive, body, date, municipality="Malmö")
    return found.id


def test_the_issues_two_sentences(planned):
    archive, ids = planned
    dispatch.mark_dispatched(archive, ids["Linköping"], [2], on="2024-09-02")
    assert texts(archive, ids["Linköping"])[0] == "Mottagare Daniel Stendahl: expedierad 2024-09-02"
    set_step_date(archive, ids["Malmö"], 2, "2024-08-28")
    meetings.cancel_meeting(archive, meeting(archive, "Kommunstyrelsen", "2024-08-28"), move_steps=True,
                            confirm_order=True)  # after the decision on 29 aug: the clerk confirmed it
    assert texts(archive, ids["Malmö"])[0] == "Kommunstyrelsen: sammanträde flyttat 28 aug → 11 sep 2024"


def test_every_kind_of_change_is_a_sentence_without_ids_none_or_field_names(planned):
    archive, ids = planned
    malmo, linkoping = ids["Malmö"], ids["Linköping"]
    update_matter(archive, linkoping, title="Vänort i Ukraina", case_number="KS 2022/1")
    set_step_date(archive, linkoping, 1, "2024-08-28")
    set_step_date(archive, linkoping, 1, None)
    planning.set_role(archive, malmo, 1, "yttrar sig")
    planning.postpone(archive, malmo, 3, kind="bordläggning")
    planning.remove_step(archive, linkoping, 2)
    dispatch.remove_recipient(archive, linkoping, 1)
    dispatch.mark_dispatched(archive, malmo, [1], on="2024-09-30")
    entries = matter_history(archive, malmo) + matter_history(archive, linkoping)
    for entry in entries:
        assert entry.text.strip(), entry
        assert not re.search(r"\bNone\b|_id\b|\b(sent_on|case_number|position|outcome|decides)\b|\{", entry.text), entry
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", entry.local_time)
        assert entry.actor == "testare"
    said = texts(archive, linkoping)
    assert said[:5] == [
        "Mottagare Daniel Stendahl: flyttad från plats 2 till 1",  # renumbered after the removal
        "Mottagare Kommunstyrelsen: borttagen",
        "Kommunfullmäktige: steg 2 borttaget, beslutar, inget datum (beslutande steg)",
        "Kommunstyrelsen: datum borttaget (var 28 aug 2024)",
        "Kommunstyrelsen: datum satt till 28 aug 2024",
    ]
    assert said[5] == ("Ärendet: diarienummer satt till ”KS 2022/1”; rubrik ändrad från "
                       "”Motion (MP) - Sök vänortssamarbete med en stad i Ukraina, svar” till ”Vänort i Ukraina”")
    assert said[-1] == f"Ärendet registrerat: ”{sample.LINKOPING_TITLE}”"
    assert "Förslag till Kommunstyrelsen: tillagt, ”Kommunledningsförvaltningens förslag tillstyrks.”" in said
    assert "Underlag ”Tjänsteskrivelse” (14 jun 2022): tillagt" in said
    assert "Ansvarig Paul Håkansson (Kommunledningsförvaltningen): tillagd" in said
    said = texts(archive, malmo)
    assert said[:4] == [
        "Mottagare Arbetsmarknads- och socialnämnden: expedierad 2024-09-30",
        "Kommunfullmäktige: steg 4 tillagt, beslutar 26 sep 2024 (beslutande steg)",
        "Kommunfullmäktige: bordlagt 29 aug 2024; inte längre beslutande steg",
        "Kommunstyrelsens arbetsutskott: roll ändrad från bereder till yttrar sig",
    ]
    assert "Kommunstyrelsen: steg 2 tillagt, bereder 14 aug 2024" in said


def test_dates_and_times_as_clerks_read_them():
    assert short_date("2024-08-28") == "28 aug 2024"
    assert short_date("2022-06") == "2022-06"  # a month alone stays as written
    assert date_span("2024-08-28", "2024-09-11") == "28 aug → 11 sep 2024"
    assert date_span("2024-12-18", "2025-01-08") == "18 dec 2024 → 8 jan 2025"
    assert local_time("2024-08-28T10:05:00.000Z") == "2024-08-28 12:05"  # summer time
    assert local_time("2024-12-02T10:05:00.000Z") == "2024-12-02 11:05"


def test_the_meeting_cycle_in_the_matters_historik(planned):
    """The list item, the § with its decision (and an återremiss), the extracts sent and
    the one on paper: each a sentence in the matter's Historik, none generic."""
    from archive import agenda, protocol
    from archive.addressee_import import set_email
    from archive.expediering import SmtpSettings, expediera
    from tests.smtp_server import smtp_server

    archive, ids = planned
    malmo = ids["Malmö"]
    ks, kf = meeting(archive, "Kommunstyrelsen", "2024-08-14"), meeting(archive, "Kommunfullmäktige", "2024-08-29")
    agenda.sync_agenda(archive, ks)
    protocol.decide(archive, ks, malmo, kind="återremiss")
    agenda.sync_agenda(archive, kf)
    agenda.set_public(archive, kf, 4, False)
    decided = protocol.decide(archive, kf, malmo, text="Kommunfullmäktige godkänner policyn.")
    protocol.record_justering(archive, kf, approved_on="2024-09-03", notice_on="2024-09-04")
    first = archive.query("SELECT addressee_id FROM recipients WHERE matter_id = ? AND position = 1", (malmo,))[0]
    set_email(archive, first["addressee_id"], "asn@malmo.example")
    with smtp_server() as (address, server):
        expediera(archive, kf, SmtpSettings(host=address.split(":")[0], port=int(address.split(":")[1]),
                                            sender="registrator@malmo.example"), today="2024-09-05")
    assert len(server.messages) == 1
    said = texts(archive, malmo)
    number = decided.paragraph
    ks_number = archive.query("SELECT number FROM paragraphs WHERE meeting_id = ? AND matter_id = ?", (ks, malmo))
    assert said[:2] == [
        "Mottagare Arbetsmarknads- och socialnämnden: expedierad 2024-09-05",
        f"Protokollsutdrag § {number} skickat med e-post till Arbetsmarknads- och socialnämnden "
        "(asn@malmo.example) 2024-09-05",
    ]
    assert f"Protokollsutdrag § {number} till Fritidsnämnden: skickas på papper (ingen e-postadress)" in said
    assert (f"Protokollsutdrag § {number} till Arbetsmarknads- och socialnämnden (asn@malmo.example): "
            "lämnas till e-postservern") in said
    assert (f"§ {number} Kommunfullmäktige 2024-08-29: beslut ”Kommunfullmäktige godkänner policyn.”") in said
    assert f"§ {number} Kommunfullmäktige 2024-08-29: paragraf i protokollet" in said
    assert "Kommunfullmäktige 2024-08-29: sekretess: texten publiceras inte" in said
    assert "Kommunfullmäktige 2024-08-29: punkt 4 på föredragningslistan" in said
    assert "Kommunstyrelsen 2024-08-14: punkt 4 på föredragningslistan" in said
    assert (f"§ {ks_number[0]['number']} Kommunstyrelsen 2024-08-14: återremiss ”Ärendet återremitteras.”; "
            "ett nytt steg i beslutsplaneringen") in said
    assert not [text for text in said if "en uppgift" in text], said


def test_a_refused_extract_and_a_new_address_in_historik(planned):
    from archive import agenda, protocol
    from archive.addressee_import import set_email
    from archive.expediering import SmtpSettings, expediera
    from tests.smtp_server import smtp_server

    archive, ids = planned
    malmo = ids["Malmö"]
    kf = meeting(archive, "Kommunfullmäktige", "2024-08-29")
    agenda.sync_agenda(archive, kf)
    number = protocol.decide(archive, kf, malmo).paragraph
    protocol.record_justering(archive, kf, approved_on="2024-09-03", notice_on="2024-09-04")
    first = archive.query("SELECT addressee_id FROM recipients WHERE matter_id = ? AND position = 1", (malmo,))[0]
    set_email(archive, first["addressee_id"], "asn@malmo.example")
    with smtp_server(refuse={1: "550 5.1.1 Ingen sådan brevlåda"}) as (address, server):
        host, port = address.split(":")
        expediera(archive, kf, SmtpSettings(host=host, port=int(port), sender="registrator@malmo.example"),
                  today="2024-09-05")
    set_email(archive, first["addressee_id"], "asn2@malmo.example")
    from archive.expediering import fill_outbox

    fill_outbox(archive, kf)
    said = texts(archive, malmo)
    extract = f"Protokollsutdrag § {number} till Arbetsmarknads- och socialnämnden"
    assert said[:2] == [
        f"{extract} (asn2@malmo.example): ny e-postadress; skickas igen",
        f"{extract} (asn@malmo.example): e-postservern vägrade, ”550 5.1.1 Ingen sådan brevlåda”",
    ]


# ---------------------------------------------------------------- every column, every table

def _cycle(archive, ids) -> None:
    """The meeting cycle run on the Malmö matter, so that every table the Historik tells
    has a real row: agenda items, §§, the outbox, meetings called and justerade."""
    from archive import agenda, protocol
    from archive.addressee_import import set_email
    from archive.expediering import SmtpSettings, expediera
    from tests.smtp_server import smtp_server

    malmo = ids["Malmö"]
    kf = meeting(archive, "Kommunfullmäktige", "2024-08-29")
    protocol.record_call(archive, kf, "2024-08-15")
    agenda.sync_agenda(archive, kf)
    protocol.decide(archive, kf, malmo)
    protocol.record_justering(archive, kf, approved_on="2024-09-03", notice_on="2024-09-04",
                              approvers="Anna Ek, Bo Lind", kept_at="Stadshuset")
    first = archive.query("SELECT addressee_id FROM recipients WHERE matter_id = ? AND position = 1", (malmo,))[0]
    set_email(archive, first["addressee_id"], "asn@malmo.example")
    with smtp_server() as (address, _server):
        host, port = address.split(":")
        expediera(archive, kf, SmtpSettings(host=host, port=int(port), sender="registrator@malmo.example"),
                  today="2024-09-05")


def _vocabulary(table: str, column: str) -> tuple | None:
    from archive import model

    return {("meetings", "state"): model.MEETING_STATES, ("planning_steps", "role"): model.ROLES,
            ("planning_steps", "outcome"): tuple(model.POSTPONE_OUTCOMES.values()) + ("beslutat",),
            ("paragraphs", "decision_kind"): model.DECISION_KINDS, ("outbox", "state"): model.OUTBOX_STATES,
            ("agenda_items", "kind"): model.AGENDA_ITEM_KINDS,
            ("matters", "raised_precision"): tuple(model.PRECISIONS_SV),
            }.get((table, column))


def _other_values(archive, table: str, column, value) -> list:
    """Values a clerk's change could give `column` instead of `value`: another of its kind
    and, where the column may be empty, nothing."""
    others = []
    vocabulary = _vocabulary(table, column.name)
    referenced = {fk.column: fk.other_table for fk in archive.db[table].foreign_keys}
    if vocabulary:
        others.append(next(v for v in vocabulary if v != value))
    elif column.name in referenced:
        rows = archive.query(f"SELECT id FROM {referenced[column.name]} WHERE id IS NOT ? ORDER BY id LIMIT 1",
                             (value,))
        others.append(rows[0]["id"])
    elif isinstance(value, int):
        others.append(value + 1 if column.name in ("position", "number", "year") else 1 - value)
    elif isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        others.append("2024-09-11" if value != "2024-09-11" else "2024-09-25")
    elif column.name == "start_time":
        others.append("09:30")
    elif value is None and ("date" in column.name or column.name.endswith("_on")):
        others.append("2024-09-11")
    else:
        others.append(f"{value or 'Ny uppgift'} (ändrad)")
    if not column.notnull and value is not None:
        others.append(None)
    return others


def _telling_rows(archive, table: str, matter_id: int) -> list[dict]:
    """Real rows of `table` whose changes the matter's Historik tells."""
    if table == "meetings":
        from archive.lookups import step_on_meeting_sql

        return archive.query(f"SELECT m.* FROM meetings m JOIN planning_steps s ON {step_on_meeting_sql()}"
                             " WHERE s.matter_id = ? AND m.approved_on IS NOT NULL", (matter_id,))
    key = "id" if table == "matters" else "matter_id"
    return archive.query(f"SELECT * FROM {table} WHERE {key} = ?", (matter_id,))


def test_every_column_the_change_log_records_has_a_swedish_sentence(planned):
    """Walks every audited table and every column its change rows carry (as the schema
    has them now): changing any one column alone, to another value or to nothing, and
    adding or removing a row, is a Swedish sentence, never the generic "en uppgift
    ändrad", a raw column name, an id or None. A new column without words fails here."""
    import json

    from archive.history import DESCRIBERS, NOT_IN_A_MATTERS_HISTORY, QUIET, QUIET_IN, describe, lookup_names
    from archive.schema import AUDITED

    archive, ids = planned
    _cycle(archive, ids)
    assert set(AUDITED) == set(DESCRIBERS) | set(NOT_IN_A_MATTERS_HISTORY)
    assert not set(DESCRIBERS) & set(NOT_IN_A_MATTERS_HISTORY)
    walked, failures = set(), []
    for table in DESCRIBERS:
        [before, *_] = _telling_rows(archive, table, ids["Malmö"]) or [None]
        assert before is not None, f"no {table} row to change"
        columns = archive.db[table].columns
        for action, images in (("insert", (None, before)), ("delete", (before, None))):
            rows = [{"action": action, "table_name": table, "before": json.dumps(images[0]) if images[0] else None,
                     "after": json.dumps(images[1]) if images[1] else None}]
            text = describe(rows[0], lookup_names(archive, rows))
            if re.search(r"\bNone\b|_id\b|en uppgift", text):
                failures.append((table, action, text))
        for column in columns:
            if column.name in QUIET | QUIET_IN.get(table, set()):
                continue
            for value in _other_values(archive, table, column, before[column.name]):
                after = {**before, column.name: value}
                row = {"action": "update", "table_name": table, "before": json.dumps(before),
                       "after": json.dumps(after)}
                text = describe(row, lookup_names(archive, [row]))
                walked.add((table, column.name))
                if re.search(rf"\bNone\b|_id\b|en uppgift|\b{column.name}\b", text) or text.endswith(": "):
                    failures.append((table, column.name, value, text))
    assert not failures, "\n".join(map(str, failures))
    assert ("planning_steps", "planned_date") in walked and ("meetings", "year_inferred") in walked


def test_the_importers_linking_is_told_the_planned_date_kept(tmp_path):
    """A tjänsteskrivelse planned KS for 30 aug; the KS protocol says 6 sep: the matter's
    Historik tells the date the protocol gave, the planned one kept, the step recorded."""
    from click.testing import CliRunner

    from archive import open_archive
    from beslut.cli import cli
    from tests.test_import_linking import KS, TJANSTESKRIVELSE, write

    ts, ks = write(tmp_path / "docs", {"ts.txt": TJANSTESKRIVELSE, "ks.txt": KS})
    db = tmp_path / "a.db"
    for path in (ts, ks):
        result = CliRunner().invoke(cli, ["--db", str(db), "import", str(path)], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    archive = open_archive(db)
    try:
        [matter] = archive.query("SELECT id FROM matters")
        said = texts(archive, matter["id"])
    finally:
        archive.close()
    told = [text for text in said if "planerade datumet" in text]
    assert told == ["Kommunstyrelsen: datum ändrat 30 aug → 6 sep 2022; det planerade datumet 30 aug 2022 sparat; "
                    "behandlat enligt protokoll; utfall 6 sep 2022: ”Kommunstyrelsen föreslår kommunfullmäktige "
                    "besluta att anta taxan.”"], said
    assert not [text for text in said if re.search(r"en uppgift|\bNone\b|_id\b|recorded|planned", text)], said


def test_a_meetings_own_changes_are_told_to_the_matters_on_it(planned):
    """Kallelse, justerare, justering, a move and a cancellation of the meetings a matter's
    steps are on reach its Historik; a meeting it has no step on does not; a meeting moved
    with its steps is one sentence, not two."""
    from archive import protocol

    archive, ids = planned
    malmo, linkoping = ids["Malmö"], ids["Linköping"]
    ks = meeting(archive, "Kommunstyrelsen", "2024-08-14")
    protocol.record_call(archive, ks, "2024-08-05")
    protocol.record_justering(archive, ks, approvers="Anna Ek, Bo Lind")
    meetings.move_meeting(archive, meeting(archive, "Kommunfullmäktige", "2024-08-29"), "2024-08-30",
                          confirm_order=True)
    other = meeting(archive, "Kommunstyrelsen", "2024-10-09")
    meetings.cancel_meeting(archive, other)
    said = texts(archive, malmo)
    assert said[0] == "Kommunfullmäktige: sammanträde flyttat 29 aug → 30 aug 2024", said
    assert [text for text in said if text.startswith("Kommunstyrelsen, ")] == [
        "Kommunstyrelsen, sammanträdet 14 aug 2024: justerare ”Anna Ek, Bo Lind”",
        "Kommunstyrelsen, sammanträdet 14 aug 2024: kallat",
        "Kommunstyrelsen, sammanträdet 14 aug 2024: kallelsen skickad 5 aug 2024",
    ], said
    assert not [text for text in said if "9 okt" in text]
    assert not [text for text in texts(archive, linkoping) if "sammanträde" in text]
    meetings.cancel_meeting(archive, meeting(archive, "Kommunstyrelsen", "2024-08-14"), move_steps=True,
                            confirm_order=True)
    assert texts(archive, malmo)[:2] == [
        "Kommunstyrelsen: sammanträde flyttat 14 aug → 28 aug 2024",
        "Kommunstyrelsen, sammanträdet 14 aug 2024: inställt",
    ]

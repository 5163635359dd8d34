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

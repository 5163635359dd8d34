"""Issue 13: sammanträdesplaner / sammanträdestider imported as the bodies' meeting plans.

Real plans: tests/import_plans/real/ (with SOURCES.tsv) and the tuning corpus's
sammanträdesplaner with their hand-written gold (tests/import_corpus/real/tuning/). The
table layouts below are hand-written, in the two shapes municipalities publish (months
across, bodies across), to pin markers, times and legends.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive.errors import ImportFailed
from archive.importing import parse_document
from beslut.cli import cli

HERE = Path(__file__).parent
REAL = HERE / "import_plans" / "real"
TUNING = HERE / "import_corpus" / "real" / "tuning"
GULLSPANG = REAL / "gullspang_sammantradesdagar_2022.txt"
TODAY = dt.date(2026, 12, 5)


def run(db_path, *args):
    return CliRunner().invoke(cli, ["--db", str(db_path), *args], catch_exceptions=False)


def meetings_of(document) -> list[tuple[str, str, str | None]]:
    return [(m.body, m.date, m.marker) for m in document.plan.meetings]


GOLD_PLANS = sorted(p for p in TUNING.glob("*.json")
                    if json.loads(p.read_text(encoding="utf-8"))["kind"] == "sammanträdesplan")


# Meetings the reader gives that the gold does not hold, known and left so because the signal that would
# tell them apart is seen in one municipality only (a rule needs three): stated here so that any other
# difference still fails.
KNOWN_EXTRA: dict[str, list] = {}


# Plans a blind half read wrong when it was measured (the corpus README; issue 13 stays open on them).
# strict: a fix makes the test fail until the mark is removed.
KNOWN_MISREAD = {
    "skaraborgs-kommunalforbund_sammantradesplan_1": ("round 8's blind half: 4 meetings of 'Direktionen för "
                                                      "delregionala utvecklingsmedel' and 'Delregionala "
                                                      "kollektivtrafikrådet Skaraborg' missed"),
    "skara_sammantradesplan_1": ("round 3's blind half: 77 of the 102 meetings read, 15 read wrong; now 92 read, "
                                 "none wrong; 'extrainsatt' now read: the two companies' (… AB) 10 dates (one "
                                 "marked 'inställt') still missed"),
    "enkoping_sammantradesplan_1": ("round 29 (held out): every meeting read, but the marker 'mötet börjar klockan "
                                    "13.00' of 19 June 2023 missed"),
    "kumla_sammantradesplan_1": ("round 30 (held out): two start times in brackets ('27 november (kl. 13:00)') "
                                 "kept by the gold as markers, read as the meetings' start times (the golds differ: "
                                 "Växjö's and Karlskrona's keep such times as no marker); 'Nämnd för livslångt "
                                 "lärande' (read 'Nämnd') now read whole"),
    "almhult_sammantradesplan_1": ("round 31 (held out): the dates of a personalutskott, a joint "
                                   "överförmyndarnämnd and a joint familjerätt nämnd given to the wrong bodies, and "
                                   "the legend's 'Både nämnd och utskott' / 'Endast i utskottet' read as bodies; now "
                                   "none wrong, but the dates under those two sub-headings are left unread (the gold "
                                   "gives them to socialnämnden and its utskott, which the words alone do not prove) "
                                   "and two remarks in brackets ('heldag') the gold keeps as markers missed"),
    "gnesta_sammantradesplan_1": ("round 33 (held out): every meeting read, but the six '*' markers the gold writes "
                                  "as the legend's word 'Inställt' kept as '*' (the golds differ: Östersund's and "
                                  "Tranemo's keep '*')"),
    "hultsfred_sammantradesplan_1": ("round 33 (held out): the marker 'mötet är inställt' read as 'inställt'"),
    "oskarshamn_sammantradesplan_1": ("round 34 (held out): every date read, but the marker 'Nya KF' (the new "
                                      "council's first meeting) missed"),
    "vetlanda_sammantradesplan_1": ("round 34 (held out): the marker written 'Inställt' read as 'inställt'"),
}


def _plan_case(gold: Path):
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN_MISREAD[gold.stem])] if gold.stem in KNOWN_MISREAD else []
    return pytest.param(gold, id=gold.stem, marks=marks)


@pytest.mark.parametrize("gold", [_plan_case(gold) for gold in GOLD_PLANS])
def test_tuning_corpus_plans_give_their_gold_meetings(gold):
    want = json.loads(gold.read_text(encoding="utf-8"))
    if any(m["date"].startswith("????") for m in want["meetings"]):
        pytest.skip("the gold leaves the year open; see the year tests")
    document = parse_document(gold.with_suffix(".txt"), today=TODAY)
    assert sorted(meetings_of(document)) == sorted(
        [(m["body"], m["date"], m["marker"]) for m in want["meetings"]] + KNOWN_EXTRA.get(gold.stem, []))


def test_gold_plans_exist():
    assert GOLD_PLANS, "the tuning corpus has a sammanträdesplan with gold"


def test_the_known_differences_name_gold_plans():
    """A stem in KNOWN_MISREAD or KNOWN_EXTRA that names no gold plan (renamed, removed) would drop its
    strict mark or its allowance unseen."""
    stems = {p.stem for p in GOLD_PLANS}
    assert set(KNOWN_MISREAD) <= stems and set(KNOWN_EXTRA) <= stems


def test_a_list_of_several_bodies_under_their_headings():
    document = parse_document(GULLSPANG, today=TODAY)
    counts = Counter(m.body for m in document.plan.meetings)
    assert counts == {"Kommunstyrelsen": 10, "Kommunfullmäktige": 9, "Kommunstyrelsens arbetsutskott": 12,
                      "Vård- omsorgsnämnden": 11, "Barn-, utbildning- och kulturnämnden": 11, "IT-nämnden": 6,
                      "Lönenämnden": 4, "Miljö- och byggnadsnämnden": 9, "Tekniska nämnden": 10,
                      "Kommunala pensionärsrådet": 4}
    assert all(m.date.startswith("2022-") and not m.year_inferred for m in document.plan.meetings)
    # "Tekniska nämndens arbetsutskott" lists no dates: the pensionärsråd's that follow are not its
    assert ("Kommunstyrelsen", "2022-11-23", None) in meetings_of(document)  # "2 november,23 november"


def without_year(tmp_path) -> Path:
    """The real Gullspång list with its one stated year taken out (a plan that does not say)."""
    text = GULLSPANG.read_text(encoding="utf-8")
    assert text.count("2022") == 1
    path = tmp_path / "utan_ar.txt"
    path.write_text(text.replace(" 2022", ""), encoding="utf-8")
    return path


def test_a_year_the_text_does_not_state_is_inferred_from_the_weekdays_and_marked(tmp_path):
    document = parse_document(without_year(tmp_path), today=TODAY)
    assert {m.date[:4] for m in document.plan.meetings} == {"2022"}
    assert all(m.year_inferred for m in document.plan.meetings)
    assert document.plan.inferred_years == [2022]
    assert any("härlett" in w and "2022" in w for w in document.plan.warnings)


def test_no_year_and_weekdays_that_fit_no_recent_year_is_refused(tmp_path):
    with pytest.raises(ImportFailed) as refused:
        parse_document(without_year(tmp_path), today=dt.date(2045, 1, 1))  # 2022 is not recent then
    assert "--year" in str(refused.value) and "anger inget år" in str(refused.value)


def test_no_year_and_weekdays_that_fit_several_years_is_refused_then_year_given(tmp_path):
    path = tmp_path / "kort.txt"
    path.write_text("Sammanträdesdagar\n\nKommunfullmäktige\n\n • 2 februari\n • 2 mars\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as refused:
        parse_document(path, today=TODAY)
    assert "passar" in str(refused.value) and "år (" in str(refused.value)
    document = parse_document(path, year=2023, today=TODAY)
    assert meetings_of(document) == [("Kommunfullmäktige", "2023-02-02", None),
                                     ("Kommunfullmäktige", "2023-03-02", None)]
    assert not any(m.year_inferred for m in document.plan.meetings)


def test_year_option_on_the_command_line(tmp_path):
    path = tmp_path / "kort.txt"
    path.write_text("Sammanträdesdagar\n\nKommunfullmäktige\n\n • 2 februari\n • 2 mars\n", encoding="utf-8")
    refused = run(tmp_path / "a.db", "import", "--dry-run", str(path))
    assert refused.exit_code == 1 and "--year" in refused.output
    result = run(tmp_path / "a.db", "import", "--dry-run", "--json", "--year", "2023", str(path))
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert [r["meeting"]["date"] for r in records] == ["2023-02-02", "2023-03-02"]
    assert {r["kind"] for r in records} == {"sammanträde"}
    assert records[0]["meeting"] == {"body": "Kommunfullmäktige", "date": "2023-02-02", "state": "planned",
                                     "start_time": None, "marker": None, "year_inferred": False}


MONTHS_ACROSS = """Sammanträdestider 2025

Organ | Tid | Jan | Feb | Mars | Apr | Maj | Juni
---|---|---|---|---|---|---|---
Kommunfullmäktige | 18.00 | 27 | 24 | 31* | - | 26 | 16**, 23
KSAU | 08.30 | 13, 27 | 10 | 10 | 7 | 12 | 2
Ledningsgruppen | 09.00 | 7 | 4 | 4 | 1 | 6 | 3

* Extra sammanträde vid behov.
** Budget.
"""

BODIES_ACROSS = """Sammanträdesplan

| 2024 | KF | KS | BUN |
|---|---|---|---|
| Tid | 18.00 | 13.00 | 08.30 |
| Januari | 29 | 15* | 23 |
| Februari | 26 | 12 | 20 (kl. 10.00) |
| Mars | - | 18 | 19* |

BUN = Barn- och utbildningsnämnden
* Vid behov
"""


def test_a_table_with_the_months_across_keeps_markers_and_times(tmp_path):
    path = tmp_path / "tabell.txt"
    path.write_text(MONTHS_ACROSS, encoding="utf-8")
    document = parse_document(path, today=TODAY)
    got = {(m.body, m.date): (m.marker, m.start_time) for m in document.plan.meetings}
    assert got[("Kommunfullmäktige", "2025-03-31")] == ("*", "18:00")
    assert got[("Kommunfullmäktige", "2025-06-16")] == ("**", "18:00")
    assert got[("Kommunfullmäktige", "2025-06-23")] == (None, "18:00")
    assert got[("Kommunstyrelsens arbetsutskott", "2025-01-27")] == (None, "08:30")
    assert len([k for k in got if k[0] == "Kommunfullmäktige"]) == 6  # April "-" is no meeting
    assert not any(k[0] == "Ledningsgruppen" for k in got)
    assert any("Ledningsgruppen" in note for note in document.notes)  # said, not dropped silently


def test_a_table_with_the_bodies_across_reads_the_legend(tmp_path):
    path = tmp_path / "tabell.txt"
    path.write_text(BODIES_ACROSS, encoding="utf-8")
    document = parse_document(path, today=TODAY)
    got = {(m.body, m.date): (m.marker, m.start_time) for m in document.plan.meetings}
    assert got[("Kommunstyrelsen", "2024-01-15")] == ("*", "13:00")
    assert got[("Barn- och utbildningsnämnden", "2024-02-20")] == (None, "10:00")
    assert got[("Barn- och utbildningsnämnden", "2024-03-19")] == ("*", "08:30")
    assert ("Kommunfullmäktige", "2024-03-01") not in got and len(got) == 8


def test_a_spaced_table_row_that_cannot_be_split_is_reported_not_guessed(tmp_path):
    path = tmp_path / "tabell.txt"
    path.write_text("Sammanträdestider 2023\n\nNämnd Tid Jan Feb Mars\nKF 18:00 30 27 27\n"
                    "KS 13:00 16 13 13, 27\nBUN 08:00 23 27\n", encoding="utf-8")
    document = parse_document(path, today=TODAY)
    assert sorted(meetings_of(document)) == sorted([
        ("Kommunfullmäktige", "2023-01-30", None), ("Kommunfullmäktige", "2023-02-27", None),
        ("Kommunfullmäktige", "2023-03-27", None), ("Kommunstyrelsen", "2023-01-16", None),
        ("Kommunstyrelsen", "2023-02-13", None), ("Kommunstyrelsen", "2023-03-13", None),
        ("Kommunstyrelsen", "2023-03-27", None)])
    assert any("BUN" in w and "2 värden för 3 månader" in w for w in document.plan.warnings)


def test_a_day_that_does_not_exist_is_reported_and_left_out(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("Sammanträdesdagar 2023\n\nKommunstyrelsen\n\n30 februari, 6 mars\n", encoding="utf-8")
    document = parse_document(path, today=TODAY)
    assert meetings_of(document) == [("Kommunstyrelsen", "2023-03-06", None)]
    assert any("30 februari 2023 finns inte" in w for w in document.plan.warnings)


def test_a_plan_whose_every_date_is_left_out_is_refused_with_the_reasons(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("Sammanträdesdagar 2023\n\nKommunstyrelsen\n\n30 februari, 31 april\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as refused:
        parse_document(path, today=TODAY)
    message = str(refused.value)
    assert "sammanträdesplan utan giltiga datum" in message
    assert "30 februari 2023 finns inte" in message and "31 april 2023 finns inte" in message


def test_bodies_across_as_stacked_headings_with_a_day_and_month_in_each_cell():
    """Ekerö's plan: the bodies as headings one under the other (each with its usual day, time and
    place), then rows with one cell a body, '-' an empty cell. Capital codes after a day are the
    plan's markers; lower-case words after them are remarks (a weekday checked, a time taken)."""
    document = parse_document(REAL / "ekero_sammantradesplan_2018.txt", today=TODAY)
    meetings = {(m.body, m.date): m for m in document.plan.meetings}
    assert len(meetings) == 23 and not document.plan.warnings
    assert meetings[("Kommunstyrelsens arbetsutskott", "2018-01-30")].start_time == "14:00"  # its heading's
    assert meetings[("Kommunfullmäktige", "2018-04-17")].start_time == "16:00"  # "17 april Å, kl.16"
    assert meetings[("Kommunstyrelsens arbetsutskott", "2018-03-12")].marker == "Å"  # "12 mars Å, månd"
    assert meetings[("Kommunfullmäktige", "2018-06-19")].marker == "VR, BD"
    assert meetings[("Kommunfullmäktige", "2018-10-23")].marker is None  # ", konstituerande": a remark
    # "12 juni   -   -" and "- -   23 oktober": the dashes are the empty cells
    assert ("Kommunstyrelsen", "2018-06-12") not in meetings and ("Kommunfullmäktige", "2018-06-12") not in meetings
    # A row broken over six lines of one date each: two dates a body, in the headings' order.
    assert [(m.body, m.date) for m in document.plan.meetings if m.marker in ("DR", "B")] == [
        ("Kommunstyrelsens arbetsutskott", "2018-10-02"), ("Kommunstyrelsens arbetsutskott", "2018-10-09"),
        ("Kommunstyrelsen", "2018-10-16"), ("Kommunstyrelsen", "2018-10-25"),
        ("Kommunfullmäktige", "2018-11-06"), ("Kommunfullmäktige", "2018-11-22")]


STACKED = ("Sammanträdesplan 2024\n\nKommunstyrelsen\ntisdagar kl.13.00\nKommunfullmäktige\nmåndagar kl.18.00\n"
           "  16 januari   29 januari\n")


def test_a_broken_row_that_does_not_divide_between_the_bodies_is_reported_not_guessed(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(STACKED + " 5 mars\n 12 mars\n 25 mars\n  9 april   22 april\n", encoding="utf-8")
    document = parse_document(path, today=TODAY)
    assert sorted(meetings_of(document)) == [
        ("Kommunfullmäktige", "2024-01-29", None), ("Kommunfullmäktige", "2024-04-22", None),
        ("Kommunstyrelsen", "2024-01-16", None), ("Kommunstyrelsen", "2024-04-09", None)]
    assert any("3 datum" in w and "lämnas utanför" in w for w in document.plan.warnings)


def test_a_weekday_remark_that_does_not_fit_the_date_leaves_it_out(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(STACKED + "  13 februari, torsd   26 februari\n", encoding="utf-8")  # 13 Feb 2024: a tuesday
    document = parse_document(path, today=TODAY)
    assert ("Kommunstyrelsen", "2024-02-13", None) not in meetings_of(document)
    assert ("Kommunfullmäktige", "2024-02-26", None) in meetings_of(document)


def test_a_plan_without_dates_under_its_bodies_is_refused_with_its_reason_and_nothing_stored(tmp_path):
    db = tmp_path / "a.db"
    path = tmp_path / "plan.txt"
    path.write_text("Sammanträdesplan 2024\n\nKommunstyrelsen\ntisdagar kl.13.00\n\nDatum kommer senare.\n",
                    encoding="utf-8")
    result = run(db, "import", str(path))
    assert result.exit_code == 1
    assert "sammanträdesplan utan sammanträden" in result.output
    assert not db.exists()  # the refused import left the archive as it was: not there


def test_stored_in_the_same_plan_store_as_meetings_import(tmp_path):
    db = tmp_path / "a.db"
    csv = tmp_path / "plan.csv"
    csv.write_text("Organ;Datum;Tid\nKommunfullmäktige;2025-01-27;18:00\n", encoding="utf-8")
    assert run(db, "init").exit_code == 0  # only init, demo, import and restore create an archive
    assert run(db, "meetings", "import", str(csv)).exit_code == 0
    path = tmp_path / "tabell.txt"
    path.write_text(MONTHS_ACROSS, encoding="utf-8")
    result = run(db, "import", str(path))
    assert result.exit_code == 0, result.output
    assert "1 fanns redan" in result.output
    listed = json.loads(run(db, "meetings", "list", "--json").output)
    kf = [m for m in listed if m["body"] == "Kommunfullmäktige"]
    assert [m["date"] for m in kf].count("2025-01-27") == 1  # not duplicated
    assert {m["date"]: m["marker"] for m in kf}["2025-03-31"] == "*"
    assert all(m["state"] == "planned" for m in listed)
    again = run(db, "import", str(path))
    assert "oförändrat" in again.output
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == len(listed)
        assert conn.execute("SELECT kind FROM import_sources").fetchall() == [("sammanträdesplan",)]


def test_a_plan_does_not_undo_a_held_meeting(tmp_path):
    db = tmp_path / "a.db"
    protocol = tmp_path / "protokoll.txt"
    protocol.write_text("SAMMANTRÄDESPROTOKOLL\nKommunfullmäktige\nSammanträdesdatum 2025-01-27\n\n"
                        "ANSLAG/BEVIS\nProtokollet är justerat.\n\n§ 1 Dnr KS 2024/10\nÅrsplan\n\nBeslut\n"
                        "Kommunfullmäktige beslutar att anta planen.\n", encoding="utf-8")
    assert run(db, "import", str(protocol)).exit_code == 0
    path = tmp_path / "tabell.txt"
    path.write_text(MONTHS_ACROSS, encoding="utf-8")
    assert run(db, "import", str(path)).exit_code == 0
    listed = json.loads(run(db, "meetings", "list", "--json").output)
    assert {m["date"]: m["state"] for m in listed if m["body"] == "Kommunfullmäktige"}["2025-01-27"] == "held"


def test_an_inferred_year_is_stored_as_inferred(tmp_path):
    db = tmp_path / "a.db"
    result = run(db, "import", "--json", str(without_year(tmp_path)))
    if dt.date.today().year - 12 > 2022:  # the machine's clock decides what "recent" is
        pytest.skip("2022 is no longer a recent year")
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert len(records) == 86 and all(r["meeting"]["year_inferred"] for r in records)
    assert any("härlett" in w for w in records[0]["warnings"])
    listed = json.loads(run(db, "meetings", "list", "--json").output)
    assert len(listed) == 86 and all(m["year_inferred"] for m in listed)


def test_a_meeting_named_without_its_matters_is_a_record_of_its_own(tmp_path):
    cover = tmp_path / "framsida.txt"
    cover.write_text("SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\nSammanträdesdatum 2022-09-06\n\n"
                     "Justeringens plats och tid: Stadshuset 2022-09-08\nParagrafer §§ 195-210\n\nANSLAG/BEVIS\n"
                     "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\n", encoding="utf-8")
    result = run(tmp_path / "a.db", "import", "--dry-run", "--json", str(cover))
    assert result.exit_code == 0, result.output
    [record] = json.loads(result.output)
    assert record["kind"] == "sammanträde"
    assert (record["meeting"]["body"], record["meeting"]["date"]) == ("Kommunstyrelsen", "2022-09-06")


def test_a_new_version_of_a_plan_adds_what_it_adds_and_leaves_what_it_dropped(tmp_path):
    db = tmp_path / "a.db"
    path = tmp_path / "plan.txt"
    path.write_text("Sammanträdesdagar 2023\n\nKommunstyrelsen\n\n6 februari, 6 mars\n", encoding="utf-8")
    assert "importerat" in run(db, "import", str(path)).output
    path.write_text("Sammanträdesdagar 2023\n\nKommunstyrelsen\n\n6 februari*, 13 mars\n", encoding="utf-8")
    result = run(db, "import", str(path))
    assert result.exit_code == 0 and "uppdaterat" in result.output
    assert "1 nytt sammanträde, 1 uppdaterat, 0 fanns redan" in result.output
    assert "Kommunstyrelsen 2023-03-06 finns inte längre i planen; sammanträdet är kvar i arkivet" in result.output
    listed = {m["date"]: m["marker"] for m in json.loads(run(db, "meetings", "list", "--json").output)}
    # 6 mars may have been called or planned on: a plan never deletes a meeting
    assert listed == {"2023-02-06": "*", "2023-03-06": None, "2023-03-13": None}
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM import_sources").fetchone()[0] == 1


def test_meetings_list_shows_the_plans_marker(tmp_path):
    db = tmp_path / "a.db"
    path = tmp_path / "tabell.txt"
    path.write_text(BODIES_ACROSS, encoding="utf-8")
    assert run(db, "import", str(path)).exit_code == 0
    lines = run(db, "meetings", "list", "--body", "Kommunstyrelsen").output.splitlines()
    assert "Kommunstyrelsen\t2024-01-15\t13:00\t\tplanerat\tmärkt * i sammanträdesplanen" in lines


def test_a_list_under_headings_with_the_usual_weekday_and_time_and_a_day_off_its_weekday(tmp_path):
    """Umeå's layout: "Tisdagar, klockan 13.15" under the body's heading is when it meets, no
    heading of its own; a day that breaks the weekday names its own in brackets; a heading the
    page broke after its genitive is one heading."""
    path = tmp_path / "plan.txt"
    path.write_text("Mötesdatum 2018\n\nKommunstyrelsens\narbetsutskott\n\nTisdagar, klockan 13.15\n\n"
                    "9, 23 januari\n7 (måndag), 22 maj\n13, 14 (torsdag) juni\n\nByggnadsnämnden\n\n"
                    "Onsdagar, klockan 09.00\n\n24 januari\n", encoding="utf-8")
    document = parse_document(path, today=TODAY)
    got = {(m.body, m.date): m.start_time for m in document.plan.meetings}
    assert got == {("Kommunstyrelsens arbetsutskott", "2018-01-09"): "13:15",
                   ("Kommunstyrelsens arbetsutskott", "2018-01-23"): "13:15",
                   ("Kommunstyrelsens arbetsutskott", "2018-05-07"): "13:15",
                   ("Kommunstyrelsens arbetsutskott", "2018-05-22"): "13:15",
                   ("Kommunstyrelsens arbetsutskott", "2018-06-13"): "13:15",
                   ("Kommunstyrelsens arbetsutskott", "2018-06-14"): "13:15",
                   ("Byggnadsnämnden", "2018-01-24"): "09:00"}


def test_a_day_whose_bracketed_weekday_is_wrong_is_left_out(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("Mötesdatum 2018\n\nKommunstyrelsen\n\n7 (tisdag), 22 maj\n", encoding="utf-8")
    document = parse_document(path, today=TODAY)
    assert meetings_of(document) == [("Kommunstyrelsen", "2018-05-22", None)]
    assert any("2018-05-07 är en måndag" in w for w in document.plan.warnings)


def test_meetings_in_running_text_by_the_codes_of_the_bodies_the_text_names(tmp_path):
    """A press release: after each date the codes of the bodies meeting then; AU and PLU are
    the initials of "arbetsutskottet" and "planeringsutskottet" named above; "inställt" beside a
    code calls that meeting off and is kept as its marker."""
    path = tmp_path / "plan.txt"
    path.write_text("Ändring av sammanträdestider våren 2006\n\nSå här ser de nya sammanträdestiderna ut för "
                    "arbetsutskottet och planeringsutskottet våren 2006. 30 maj AU 08.15-10.00 (ny tid) "
                    "13 juni AU 08.15-10.00 PLU inställt 20 juni Inställt AU 21 juni AU 09.00-12.00 PLU "
                    "13.15-16.00 Med vänliga hälsningar\n", encoding="utf-8")
    document = parse_document(path, today=TODAY)
    got = sorted((m.body, m.date, m.marker, m.start_time) for m in document.plan.meetings)
    assert got == [("Arbetsutskottet", "2006-05-30", None, "08:15"), ("Arbetsutskottet", "2006-06-13", None, "08:15"),
                   ("Arbetsutskottet", "2006-06-20", "inställt", None),
                   ("Arbetsutskottet", "2006-06-21", None, "09:00"),
                   ("Planeringsutskottet", "2006-06-13", "inställt", None),
                   ("Planeringsutskottet", "2006-06-21", None, "13:15")]


def test_a_meeting_called_off_in_a_sentence_is_kept_with_its_marker(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("Sammanträdesdagar\n\nKommunfullmäktige sammanträder i stadshuset.\n\n"
                    "Sammanträdesdagar 2022\n\n(Observera att tidigare inplanerat sammanträde 30 augusti är "
                    "inställt)\n\n • 15 februari\n • 18 oktober\nSenast uppdaterad: 9 november 2022\n",
                    encoding="utf-8")
    document = parse_document(path, today=TODAY)
    assert sorted(meetings_of(document)) == [("Kommunfullmäktige", "2022-02-15", None),
                                             ("Kommunfullmäktige", "2022-08-30", "inställt"),
                                             ("Kommunfullmäktige", "2022-10-18", None)]


def test_a_table_with_the_bodies_across_set_with_spaces_only(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("Sammanträdestider 2024\n\nMånad KF KS KSAU BUN\nJanuari 29 15 8 23\nFebruari 26 12 5, 19 20\n"
                    "Mars - 18 11 19*\nApril 22 15 8\n\n* = vid behov\nBarn- och utbildningsnämnden sammanträder "
                    "i Nämndhuset.\n", encoding="utf-8")
    document = parse_document(path, today=TODAY)
    got = sorted(meetings_of(document))
    assert ("Kommunstyrelsens arbetsutskott", "2024-02-19", None) in got
    assert ("Barn- och utbildningsnämnden", "2024-03-19", "*") in got  # BUN: the initials of the name the plan gives
    assert not any(date.startswith("2024-03") and body == "Kommunfullmäktige" for body, date, _ in got)  # "-"
    assert not any(date.startswith("2024-04") for _, date, _ in got)  # three values for four bodies: not guessed
    assert any("3 värden för 4 organ" in w for w in document.plan.warnings)
    assert len(got) == 12


def test_a_body_and_its_dates_on_one_line_and_a_time_after_each_day(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("Sammanträdesplan 2024\n\nKommunstyrelsen: 23 januari, 20 februari och 19 mars\n\n"
                    "Kommunfullmäktige\nMåndag 5 februari kl. 18.00\nMåndag 4 mars kl. 18.00 (budget)\n",
                    encoding="utf-8")
    document = parse_document(path, today=TODAY)
    got = sorted((m.body, m.date, m.start_time) for m in document.plan.meetings)
    assert got == [("Kommunfullmäktige", "2024-02-05", "18:00"), ("Kommunfullmäktige", "2024-03-04", "18:00"),
                   ("Kommunstyrelsen", "2024-01-23", None), ("Kommunstyrelsen", "2024-02-20", None),
                   ("Kommunstyrelsen", "2024-03-19", None)]


def test_a_plan_naming_its_body_in_its_heading_and_days_written_den_or_as_numbers(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("Sammanträdesplan för kommunstyrelsen 2024\n\nden 23 januari\nden 20 februari\n\n"
                    "Socialnämnden\n16/4, 14/5\n", encoding="utf-8")
    document = parse_document(path, today=TODAY)
    assert sorted(meetings_of(document)) == [
        ("Kommunstyrelsen", "2024-01-23", None), ("Kommunstyrelsen", "2024-02-20", None),
        ("Socialnämnden", "2024-04-16", None), ("Socialnämnden", "2024-05-14", None)]


@pytest.mark.parametrize("rows", [
    "23 januari Kommunstyrelsen\n25 januari Socialnämnden kl. 13.00\n",
    "Kommunstyrelsen 23 januari\nSocialnämnden 25 januari kl. 13.00\n",
    "2024-01-23 Kommunstyrelsen\n2024-01-25 Socialnämnden kl. 13.00\n",
])
def test_a_chronological_list_with_each_meetings_body_on_its_line(tmp_path, rows):
    path = tmp_path / "plan.txt"
    path.write_text("Sammanträdesplan 2024\n\n" + rows, encoding="utf-8")
    document = parse_document(path, today=TODAY)
    assert sorted((m.body, m.date, m.start_time) for m in document.plan.meetings) == [
        ("Kommunstyrelsen", "2024-01-23", None), ("Socialnämnden", "2024-01-25", "13:00")]


def test_a_meeting_date_in_a_records_form_does_not_make_it_a_plan(tmp_path):
    """'Sammanträdesdatum 2024-03-12' is a kallelse's field, not a plan's heading 'Sammanträdesdatum 2024';
    and a text that names itself a plan by such a word but lists no meeting under a body is read as the
    record it is rather than refused."""
    from archive.importing.meetingplan import is_meeting_plan
    from archive.importing.text import read_document

    kallelse = ("Socialnämnden\nSammanträdesdatum 2024-03-12\nPlats och tid: Stadshuset kl. 13.00\n\n"
                "Ärenden\n1 Upprop\n2 Val av justerare\n3 Budget 2025 för socialnämnden\n4 Ny taxa för hemtjänst\n")
    path = tmp_path / "kallelse.txt"
    path.write_text(kallelse, encoding="utf-8")
    assert not is_meeting_plan(read_document(path))
    plan = tmp_path / "plan.txt"
    plan.write_text("Sammanträdesdatum 2024\n\nKommunstyrelsen\n\n23 januari, 20 februari\n", encoding="utf-8")
    assert is_meeting_plan(read_document(plan))
    portal = tmp_path / "portal.txt"
    portal.write_text(kallelse.replace("Sammanträdesdatum 2024-03-12", "Mötesdatum\n2024-03-12"), encoding="utf-8")
    document = parse_document(portal, today=TODAY)
    assert document.kind != "sammanträdesplan" and document.meeting.body == "Socialnämnden"


@pytest.mark.parametrize("lines, want", [
    # the week's number before the day is no part of it
    ("Kommunstyrelsen\nVecka 4 tisdag 23 januari\nv. 8 tisdag 20 februari\n",
     [("Kommunstyrelsen", "2024-01-23"), ("Kommunstyrelsen", "2024-02-20")]),
    # a weekday set off by a comma
    ("Kommunstyrelsen\nTisdag, 23 januari\nTisdag, 20 februari\n",
     [("Kommunstyrelsen", "2024-01-23"), ("Kommunstyrelsen", "2024-02-20")]),
    # the month as the label of its days
    ("Kommunstyrelsen\nJanuari: 23\nFebruari: 6, 20\n",
     [("Kommunstyrelsen", "2024-01-23"), ("Kommunstyrelsen", "2024-02-06"), ("Kommunstyrelsen", "2024-02-20")]),
    # a dash between the day and whose meeting it is
    ("23 januari – Kommunstyrelsen\n29 januari – Kommunfullmäktige\n",
     [("Kommunstyrelsen", "2024-01-23"), ("Kommunfullmäktige", "2024-01-29")]),
])
def test_list_forms_of_a_day(tmp_path, lines, want):
    path = tmp_path / "plan.txt"
    path.write_text("Sammanträdesplan 2024\n\n" + lines, encoding="utf-8")
    assert [(m.body, m.date) for m in parse_document(path, today=TODAY).plan.meetings] == want


def test_a_month_with_a_year_or_a_tables_row_is_no_label_of_days(tmp_path):
    from archive.importing.meetingplan import _list_dates

    assert _list_dates("Mars 2024") == ([], "Mars 2024")
    assert _list_dates("Januari 29 15 8") == ([], "Januari 29 15 8")  # a bodies-across row, not three days


@pytest.mark.parametrize("lines, want", [
    # a sentence that says when the body meets, and nothing else
    ("Kommunfullmäktige sammanträder den 29 januari, 26 februari och 25 mars 2024.\n",
     [("Kommunfullmäktige", "2024-01-29"), ("Kommunfullmäktige", "2024-02-26"), ("Kommunfullmäktige", "2024-03-25")]),
    ("Kommunfullmäktige sammanträder 2024-01-29 och 2024-02-26.\n",
     [("Kommunfullmäktige", "2024-01-29"), ("Kommunfullmäktige", "2024-02-26")]),
    # a body and its days in a row of cells separated by spaces only
    ("Kommunstyrelsen   23 jan   20 feb\nKommunfullmäktige   29 jan   26 feb\n",
     [("Kommunstyrelsen", "2024-01-23"), ("Kommunstyrelsen", "2024-02-20"),
      ("Kommunfullmäktige", "2024-01-29"), ("Kommunfullmäktige", "2024-02-26")]),
    # months as headings over their days and whose meeting each is
    ("Januari\n23 Kommunstyrelsen\n29 Kommunfullmäktige\nFebruari\n20 Kommunstyrelsen\n",
     [("Kommunstyrelsen", "2024-01-23"), ("Kommunfullmäktige", "2024-01-29"), ("Kommunstyrelsen", "2024-02-20")]),
    ("Kommunstyrelsen\nJanuari\n9, 23\nFebruari\n20\n",
     [("Kommunstyrelsen", "2024-01-09"), ("Kommunstyrelsen", "2024-01-23"), ("Kommunstyrelsen", "2024-02-20")]),
])
def test_sentences_rows_and_month_headings(tmp_path, lines, want):
    path = tmp_path / "plan.txt"
    path.write_text("Sammanträdesplan 2024\n\n" + lines, encoding="utf-8")
    assert [(m.body, m.date) for m in parse_document(path, today=TODAY).plan.meetings] == want


def test_a_sentence_about_meetings_that_says_more_gives_none_and_a_lone_number_is_no_day(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("Sammanträdesplan 2024\n\nKommunstyrelsen\nJanuari\n23\nSkolan har lov vecka 8.\n2\n\n"
                    "Kommunfullmäktige sammanträder den 29 januari för att välja nämnder.\n", encoding="utf-8")
    assert [(m.body, m.date) for m in parse_document(path, today=TODAY).plan.meetings] == [
        ("Kommunstyrelsen", "2024-01-23")]


def test_an_agenda_item_about_next_years_plan_does_not_make_the_agenda_a_plan(tmp_path):
    from archive.importing.meetingplan import is_meeting_plan
    from archive.importing.text import read_document

    agenda = ("Kommunstyrelsen 2024-11-12\n\nÄrenden\n4 Budget 2025\n5 Sammanträdesplan 2025\n"
              "6 Motion om cykelvägar\n")
    path = tmp_path / "agenda.txt"
    path.write_text(agenda, encoding="utf-8")
    assert not is_meeting_plan(read_document(path))
    path.write_text(agenda.replace("5 Sammanträdesplan", "§ 5 Sammanträdesplan"), encoding="utf-8")
    assert not is_meeting_plan(read_document(path))
    path.write_text("Sammanträdesplan 2025\n\nKommunstyrelsen\n14 januari\n", encoding="utf-8")
    assert is_meeting_plan(read_document(path))


@pytest.mark.parametrize("lines", [
    "| Datum | Organ | Tid |\n|---|---|---|\n| 23 januari | Kommunstyrelsen | 13.00 |\n"
    "| 29 januari | Kommunfullmäktige | 18.00 |\n",
    "2024-01-23 kl 13.00 Kommunstyrelsen\n2024-01-29 kl 18.00 Kommunfullmäktige\n",
])
def test_a_chronological_table_or_list_with_the_time_before_the_body(tmp_path, lines):
    path = tmp_path / "plan.txt"
    path.write_text("Sammanträdesplan 2024\n\n" + lines, encoding="utf-8")
    assert [(m.body, m.date, m.start_time) for m in parse_document(path, today=TODAY).plan.meetings] == [
        ("Kommunstyrelsen", "2024-01-23", "13:00"), ("Kommunfullmäktige", "2024-01-29", "18:00")]


@pytest.mark.parametrize("heading, body", [
    ("Sammanträdestider Finans- och ledningsutskottet 2024", "Finans- och ledningsutskottet"),
    ("Aktuell dagordning för kommunfullmäktige", "Kommunfullmäktige"),
    ("Sammanträdesdagar Fullmäktigeberedningen", "Fullmäktigeberedningen"),
    ("Kommunstyrelsens arbetsutskott", "Kommunstyrelsens arbetsutskott"),
])
def test_a_bodys_heading_gives_the_body_without_the_plans_kind_words(tmp_path, heading, body):
    path = tmp_path / "plan.txt"
    path.write_text(f"Sammanträdesplan 2024\n\n{heading}\n23 januari\n20 februari\n", encoding="utf-8")
    assert [(m.body, m.date) for m in parse_document(path, today=TODAY).plan.meetings] == [
        (body, "2024-01-23"), (body, "2024-02-20")]


def test_a_plan_whose_dates_cannot_be_placed_under_a_body_is_imported_with_each_said_so(tmp_path):
    """A table flattened one cell a line, its columns lost: no meeting is guessed, none refused."""
    path = tmp_path / "plan.txt"
    path.write_text("Sammanträdesplan\n\nSammanträdesdagar under 2022\n\nJanuari\n\n20\n\n26\n\nFebruari\n\n"
                    "17\n\n16\n", encoding="utf-8")
    document = parse_document(path, today=TODAY)
    assert document.kind == "sammanträdesplan" and document.plan.meetings == []
    said = [w for w in document.plan.warnings if "kunde inte knytas till ett organ" in w]
    assert [w.split(":")[1].strip() for w in said] == ["'Januari'", "'Februari'"]


def test_a_grid_flattened_one_cell_a_line_with_empty_cells_as_blank_lines(tmp_path):
    """Bodies across (codes the plan's legend explains, in any case, each with its usual time under
    it), months down, each cell set off by a blank line; an empty cell (a lone space) is two more
    blank lines; days in one cell are two meetings; a footnote's mark goes with the day before it."""
    cells = ["Kf", "18:00", "KsAu", "08:30", "BUN", "13:30",
             "Januari", "20", "12", "27",
             "Februari", "17", " ", "9,23 *1)"]
    text = ("Sammanträdesdagar under 2022\n\n" + "\n\n".join(cells) + "\n\n*1) kl. 09.00\n\n"
            "KF = Kommunfullmäktige\n\nKSAU = Kommunstyrelsens arbetsutskott\n\nBUN = Barn- och utbildningsnämnden\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    meetings = parse_document(path, today=TODAY).plan.meetings
    assert [(m.body, m.date, m.marker, m.start_time) for m in meetings] == [
        ("Kommunfullmäktige", "2022-01-20", None, "18:00"),
        ("Kommunstyrelsens arbetsutskott", "2022-01-12", None, "08:30"),
        ("Barn- och utbildningsnämnden", "2022-01-27", None, "13:30"),
        ("Kommunfullmäktige", "2022-02-17", None, "18:00"),
        ("Barn- och utbildningsnämnden", "2022-02-09", None, "13:30"),
        ("Barn- och utbildningsnämnden", "2022-02-23", "*1)", "13:30"),
    ]


def test_a_label_under_a_bodys_heading_ends_nothing_and_a_labelled_date_is_the_bodys(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("Sammanträdestider\n\nKommunfullmäktige\nOrdförande: Hanna Berg (C)\nSammanträdestider 2026\n"
                    "- 5 februari, klockan 13.00\n\nAktuell kallelse till kommunstyrelsen\n"
                    "Nästa sammanträde 2026-04-19\nSammanträdesdagar för år 2026:\n2026-05-24\n", encoding="utf-8")
    assert [(m.body, m.date) for m in parse_document(path, today=TODAY).plan.meetings] == [
        ("Kommunfullmäktige", "2026-02-05"), ("Kommunstyrelsen", "2026-04-19"), ("Kommunstyrelsen", "2026-05-24")]


def test_a_remark_broken_over_lines_under_a_body_ends_nothing(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("Sammanträdesplan 2022\n\nBygg- och miljönämnden\ninget i\njanuari\nfebruari\n1, 22\nmars\n29\n",
                    encoding="utf-8")
    assert [(m.body, m.date) for m in parse_document(path, today=TODAY).plan.meetings] == [
        ("Bygg- och miljönämnden", "2022-02-01"), ("Bygg- och miljönämnden", "2022-02-22"),
        ("Bygg- och miljönämnden", "2022-03-29")]


def test_a_two_day_meeting_as_an_iso_date_with_its_second_day_is_listed_by_its_first(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("Sammanträdesdagar för år 2021:\n\nKommunfullmäktige\n2021-06-07--08\n2021-09-13\n",
                    encoding="utf-8")
    assert [(m.body, m.date) for m in parse_document(path, today=TODAY).plan.meetings] == [
        ("Kommunfullmäktige", "2021-06-07"), ("Kommunfullmäktige", "2021-09-13")]


def test_a_month_cut_short_on_the_last_line_of_a_plan_that_writes_months_in_full_is_left_out(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("Sammanträden för kommunstyrelsens arbetsutskott 2021\n\nDag Tid Notering\n13 januari 08:30\n"
                    "10 mars 08:30\n24 mar\n", encoding="utf-8")
    document = parse_document(path, today=TODAY)
    assert [(m.body, m.date) for m in document.plan.meetings] == [
        ("Kommunstyrelsens arbetsutskott", "2021-01-13"), ("Kommunstyrelsens arbetsutskott", "2021-03-10")]
    assert any("avkortad" in w for w in document.plan.warnings)


@pytest.mark.parametrize("kind", ["Kallelse", "Ärendelista", "Kungörelse", "Tjänsteyttrande"])
def test_a_text_headed_by_another_kind_is_no_plan_whatever_it_says_of_meetings(tmp_path, kind):
    """Every kind word of kinds.py's agenda and report kinds, the ones learnt later too ("Ärendelista",
    "Kungörelse"), tells a text that lists a body's meeting dates under a plan's heading is that kind."""
    from archive.importing.meetingplan import is_meeting_plan
    from archive.importing.text import read_document

    plan = "Sammanträdesplan 2025\n\nKommunstyrelsen\n14 januari\n11 februari\n"
    path = tmp_path / "document.txt"
    path.write_text(plan, encoding="utf-8")
    assert is_meeting_plan(read_document(path))
    path.write_text(f"{kind}\n{plan}", encoding="utf-8")
    assert not is_meeting_plan(read_document(path))


def test_a_flattened_months_across_table_with_weekday_and_time_columns_reads_each_row(tmp_path):
    """vargarda_sammantradesplan_1: the header 'Organ / DAG / KL / JAN ...' one cell a line, each row its body's
    name, its weekday and time cells, then a day a month; the weekday must fit each date, and the organ cell is
    the body's name as the table writes it."""
    path = tmp_path / "plan.txt"
    header = ["Sammanträdestider 2018 januari - juni", "Organ", "DAG", "KL", "JAN", "FEB", "MARS"]
    rows = ["Kommunfullmäktige", "ONS", "18.30", "17", "14", "14",
            "Myndighetsnämnd Bygg och miljö", "TOR", "14.00", "25", "-", "22",
            "Servicenämnd Ekonomi/personal", "ONS", "10.30", "-", "12", "7"]
    path.write_text("\n\n".join(header + rows) + "\n", encoding="utf-8")
    document = parse_document(path, today=TODAY)
    assert [(m.body, m.date, m.start_time) for m in document.plan.meetings] == [
        ("Kommunfullmäktige", "2018-01-17", "18:30"), ("Kommunfullmäktige", "2018-02-14", "18:30"),
        ("Kommunfullmäktige", "2018-03-14", "18:30"), ("Myndighetsnämnd Bygg och miljö", "2018-01-25", "14:00"),
        ("Myndighetsnämnd Bygg och miljö", "2018-03-22", "14:00"),
        ("Servicenämnd Ekonomi/personal", "2018-03-07", "10:30")]
    assert any("2018-02-12" in w for w in document.plan.warnings)  # a Monday in an ONS row: left out, said so


@pytest.mark.parametrize("stem, lead, dates, body, want", [
    ("overkalix_sammantradesplan_1", "Under 2024 sammanträder kommunfullmäktige följande dagar:",
     "Måndag 26 februari, Måndag 29 april, Måndag 17 juni och Måndag 21 oktober.", "Kommunfullmäktige",
     ["2024-02-26", "2024-04-29", "2024-06-17", "2024-10-21"]),
    ("jamtlands-gymnasieforbund_sammantradesplan_1", "Under 2024 sammanträder direktionen följande datum:",
     "5 februari, 11 mars, 27 maj, 23 september, 11 november, 16 december.", "Direktionen",
     ["2024-02-05", "2024-03-11", "2024-05-27", "2024-09-23", "2024-11-11", "2024-12-16"]),
])
def test_a_lead_that_says_when_the_body_meets_run_on_with_its_list_is_a_plan(tmp_path, stem, lead, dates, body,
                                                                           want):
    """The lead these plans (and Jönköping's, Mjölby's, Mönsterås') set over their lists, its list run on in the
    same sentence as a page sets it in prose or loses its line breaks, a link label after the list's full stop:
    a plan, read as the lines were; without the list's sentence the lead alone is no plan."""
    path = tmp_path / f"{stem}.txt"
    path.write_text(f"Sammanträden och protokoll\n\n{lead} {dates} Protokoll 2024\n", encoding="utf-8")
    document = parse_document(path, today=TODAY)
    assert document.kind == "sammanträdesplan"
    assert meetings_of(document) == [(body, date, None) for date in want]
    from archive.importing.meetingplan import is_meeting_plan
    from archive.importing.text import read_document

    path.write_text(f"Sammanträden och protokoll\n\n{lead} 5 februari. Protokoll 2024\n", encoding="utf-8")
    assert not is_meeting_plan(read_document(path))


def test_a_tables_empty_cells_set_apart_by_one_space_still_count_as_cells(tmp_path):
    """ekero_sammantradesplan_1's stacked headings and rows as an extractor gives them with runs of spaces squeezed
    to one: "-" is an empty cell (as Ekerö, Östersund and Vårgårda set it) beside a dated one ("12 juni - -",
    "- - 23 oktober"), so each row still holds a cell a body."""
    text = ("Sammanträdesplan 2018\n\nKommunstyrelsens\narbetsutskott\ntisdagar kl.14.00\ni Prologen\nKommunstyrelsen\n"
            "tisdagar kl.16.00\ni Debatten\nKommunfullmäktige\ntisdagar kl.18.00\ni Mälarökyrkan\n"
            "24 april 8 maj 22 maj\n12 juni - -\n- - 23 oktober, konstituerande\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    assert [(m.body, m.date) for m in parse_document(path, today=TODAY).plan.meetings] == [
        ("Kommunstyrelsens arbetsutskott", "2018-04-24"), ("Kommunstyrelsen", "2018-05-08"),
        ("Kommunfullmäktige", "2018-05-22"), ("Kommunstyrelsens arbetsutskott", "2018-06-12"),
        ("Kommunfullmäktige", "2018-10-23")]


def test_a_table_row_of_a_bodys_date_with_its_time_and_place_reads_as_a_list_point(tmp_path):
    """tomelilla_sammantradesplan_1's "Dag Tid Notering" / "13 januari 08:30" rows and uppvidinge_sammantradesplan_1's
    "Datum" / "Plats" rows ("29 januari" / "Alstermo"), set as the pipe table an HTML page's converter gives: each
    row's cells stay apart as a list point's remarks do ("13 januari, 08:30, Rådhuset"), so the row is the body's
    meeting, not a date with a run of words after it."""
    text = ("Sammanträden för kommunstyrelsens arbetsutskott 2021\n\n| Dag | Tid | Plats |\n|---|---|---|\n"
            "| 13 januari | 08:30 | Alstermo |\n| 3 februari | 08:30 | Lenhovda |\n"
            "| 17 februari | 08:30 | Alstermo |\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    assert [(m.body, m.date) for m in parse_document(path, today=TODAY).plan.meetings] == [
        ("Kommunstyrelsens arbetsutskott", "2021-01-13"), ("Kommunstyrelsens arbetsutskott", "2021-02-03"),
        ("Kommunstyrelsens arbetsutskott", "2021-02-17")]


def test_a_flattened_date_and_place_table_may_hold_a_time_column(tmp_path):
    """uppvidinge_sammantradesplan_1's "Datum" / "Plats" table flattened one cell a line ("29 januari" / "Alstermo" /
    "26 februari" / ...), with a time column between as Tomelilla's "Dag Tid Notering" table has one: each date is
    the body's meeting, its time and place the row's other cells, no heading ending the body's dates."""
    text = ("Sammanträdestider 2019\n\nKommunfullmäktige\n\nMåndagar klockan 18.30\n\n"
            "Datum då Kommunfullmäktige träffas\n\nDatum\n\nTid\n\nPlats\n\n29 januari\n\n18.30\n\nAlstermo\n\n"
            "26 februari\n\n18.30\n\nLenhovda\n\n26 mars\n\n18.30\n\nÅseda\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    assert [(m.body, m.date) for m in parse_document(path, today=TODAY).plan.meetings] == [
        ("Kommunfullmäktige", "2019-01-29"), ("Kommunfullmäktige", "2019-02-26"), ("Kommunfullmäktige", "2019-03-26")]


def test_a_list_of_dates_wrapped_between_a_day_and_its_month_keeps_the_day(tmp_path):
    """gullspang_sammantradesplan_1's comma-separated dates (as Gagnef, Jönköping, Nacka and Umeå list theirs) hard-
    wrapped at 90 columns by an extractor, the line broken between "20" and "oktober": the day keeps its month."""
    text = ("Sammanträdesdagar 2022\n\nBarn-, utbildning- och kulturnämnden\n\n20 januari, 24 februari, 24 mars, "
            "21 april, 20 maj, 16 juni, 26 augusti, 22 september, 20\noktober, 10 november, 15 december\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    dates = [m.date for m in parse_document(path, today=TODAY).plan.meetings]
    assert dates[-3:] == ["2022-10-20", "2022-11-10", "2022-12-15"] and len(dates) == 11


def test_a_weekday_before_an_iso_date_is_read_and_must_fit(tmp_path):
    """"Måndag 2020-03-30" as boxholm_protokoll_1, haninge_protokoll_1, sandviken_kallelse_1 and
    ulricehamn_kallelse_1 write a meeting's date, here a plan's list: each date is read, and one that does not fall
    on its weekday is left out and said so."""
    text = "Sammanträdesplan 2024\n\nDirektionen\n\nmåndag 2024-02-05\nmåndag 2024-03-11\ntisdag 2024-05-27\n"
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    plan = parse_document(path, today=TODAY).plan
    assert [(m.body, m.date) for m in plan.meetings] == [("Direktionen", "2024-02-05"), ("Direktionen", "2024-03-11")]
    assert any("2024-05-27" in w and "tisdag" in w for w in plan.warnings)


def test_a_lead_naming_another_body_takes_the_dates_under_it(tmp_path):
    """The lead over a list as Överkalix ("Under 2024 sammanträder kommunfullmäktige följande dagar:") and Jämtlands
    Gymnasieförbund ("direktionen") set it, naming its body first as Jönköping's and Mjölby's leads do: a förbund's
    two bodies' lists one after the other without a heading of their own. The second lead's body takes the dates
    under it, not the first's (a wrong body costs twice)."""
    text = ("Sammanträden\n\nDirektionen sammanträder 2024 följande dagar:\nMåndag 26 februari\n"
            "Måndag 29 april\nMåndag 17 juni\n\nArbetsutskottet sammanträder 2024 följande dagar:\n"
            "6 februari\n9 april\n28 maj\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    meetings = [(m.body, m.date) for m in parse_document(path, today=TODAY).plan.meetings]
    assert meetings == [("Direktionen", "2024-02-26"), ("Direktionen", "2024-04-29"), ("Direktionen", "2024-06-17"),
                        ("Arbetsutskottet", "2024-02-06"), ("Arbetsutskottet", "2024-04-09"),
                        ("Arbetsutskottet", "2024-05-28")]


def test_a_lead_run_on_with_its_bulleted_list_reads_each_point(tmp_path):
    """jamtlands-gymnasieforbund_sammantradesplan_1's lead and its bullets run into one line (its line breaks lost):
    a point a date, the lead's body theirs."""
    text = ("Sammanträden och protokoll\n\nUnder 2024 sammanträder direktionen följande datum: • 5 februari • 11 mars "
            "• 27 maj • 23 september • 11 november • 16 december.\n\nProtokoll 2024\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    assert meetings_of(parse_document(path, today=TODAY)) == [
        ("Direktionen", date, None) for date in ("2024-02-05", "2024-03-11", "2024-05-27", "2024-09-23",
                                                 "2024-11-11", "2024-12-16")]


def test_each_date_of_a_list_may_carry_its_time(tmp_path):
    """A date's time said with "kl"/"klockan" after it, as Nacka ("13 december kl.18"), Ekerö ("17 april Å, kl.16")
    and Partille ("31 januari, onsdag, klockan 18.30") set it, in a list of several dates on one line: every date is
    read, not the first alone."""
    text = ("Sammanträden\n\nDirektionen sammanträder följande dagar 2024: 5 februari kl. 13.00, 11 mars kl.13, "
            "27 maj klockan 09.00.\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    document = parse_document(path, today=TODAY)
    assert [(m.body, m.date, m.start_time) for m in document.plan.meetings] == [
        ("Direktionen", "2024-02-05", "13:00"), ("Direktionen", "2024-03-11", "13:00"),
        ("Direktionen", "2024-05-27", "09:00")]


def test_a_flattened_grid_whose_rows_are_wider_than_its_header_is_not_read_and_said_so(tmp_path):
    """ystad_sammantradesplan_1's grid (bodies across, months down, one cell a line) with its first two column heads
    ("Kf" / "18:00" / "Ks" / "09:00") lost, as where a page's break fell inside the header: each row still holds
    ten cells for eight heads, so a day stands where the next month should; no day is surely in its column and the
    grid is left unread with a warning (whole, the same grid is read)."""
    from archive.importing import meetingplan
    from archive.importing.text import read_document

    def grid_read(text: str) -> tuple[set[int], list[str], int]:
        path = tmp_path / "plan.txt"
        path.write_text(text, encoding="utf-8")
        lines = read_document(path).lines
        reader = meetingplan._Reader(lines=[line for line in lines if line.stripped])
        reader.legend = meetingplan._legend(reader.lines)
        read = meetingplan._read_flattened_grid(reader, lines)
        return read, reader.warnings, len(reader.entries)

    text = (TUNING / "ystad_sammantradesplan_1.txt").read_text(encoding="utf-8")
    first_heads = "\n\nKf\n\n18:00\n\nKs\n\n09:00\n\n"
    assert text.count(first_heads) == 1
    read, warnings, entries = grid_read(text)
    assert read and entries > 0 and warnings == []
    read, warnings, entries = grid_read(text.replace(first_heads, "\n\n"))
    assert read == set() and entries == 0
    assert warnings == ["rad 15: tabellens rader är bredare än dess rubrikrad; tabellen läses inte"]


@pytest.mark.parametrize("heading", [
    "Kommunfullmäktige",  # skara_sammantradesplan_1, mariestad_sammantradesplan_1 with their plan's word not printed
    "Regionfullmäktige 2024",  # region-norrbotten_sammantradesplan_1/2
    "2024",  # region-varmland_sammantradesplan_1, nerikes-brandkar_sammantradesplan_1: the year alone
])
def test_a_bodys_name_or_the_year_alone_over_its_dates_is_a_plan_without_a_plans_word(tmp_path, heading):
    """A plan whose page prints no plan's word ("Sammanträdesdagar", "Mötestider") still sets each body's name (or the
    year) as a short heading over its dates, one a line: a plan, the body's lines between ("Plats: ...", "Tid: 18.30")
    no matter. Negative: a meeting named after a body ("Gruppmöten inför Kommunfullmäktige", uddevalla_not-municipal_1,
    a party's group) is no body's heading, and a body named in a sentence over dates is no heading either."""
    text = (f"Här finns sammanställning över ordinarie sammanträden.\n\n{heading}\nPlats: Stadshuset\nTid: 18.30\n"
            "24 februari\n27 april\n15 juni\n28 september\n")
    path = tmp_path / "plan.txt"
    path.write_text(text.replace("Här finns", "Kommunfullmäktige\n\nHär finns") if heading == "2024" else text,
                    encoding="utf-8")
    document = parse_document(path, year=2024, today=TODAY)
    assert document.plan is not None and [m.date for m in document.plan.meetings] == [
        "2024-02-24", "2024-04-27", "2024-06-15", "2024-09-28"]
    from archive.importing.meetingplan import _names_a_body_alone

    assert not _names_a_body_alone("Gruppmöten inför Kommunfullmäktige")
    assert not _names_a_body_alone("Kommunfullmäktige sammanträder i stadshuset")


def test_a_lead_opening_with_when_names_its_body_after_the_verb(tmp_path):
    """"Under 2017 sammanträder kommunfullmäktige på följande datum:" (karlskoga_sammantradesplan_1; Överkalix's and
    Jämtlands Gymnasieförbund's leads say so too): a Swedish sentence puts its verb second, so a lead opening with when
    the body meets has the body right after the verb; its dates are that body's. Negative: a lead whose words after
    the body say more than the dates' words ("... i stadshuset, med webbsändning:") names no body of a list."""
    def meetings(lead: str) -> list[tuple[str, str]]:
        text = (f"Protokoll\n\nHär finns protokoll från de senaste åren.\n\nSammanträdesdatum 2017\n\n{lead}\n\n"
                "31 januari\n28 mars (INSTÄLLT)\n25 april\n")
        path = tmp_path / "plan.txt"
        path.write_text(text, encoding="utf-8")
        try:
            return [(m.body, m.date, m.marker) for m in parse_document(path, today=TODAY).plan.meetings]
        except ImportFailed:
            return []

    assert meetings("Under 2017 sammanträder kommunfullmäktige på följande datum:") == [
        ("Kommunfullmäktige", "2017-01-31", None), ("Kommunfullmäktige", "2017-03-28", "inställt"),
        ("Kommunfullmäktige", "2017-04-25", None)]
    assert meetings("Under år 2017 sammanträder kommunstyrelsen följande datum:")[0] == (
        "Kommunstyrelsen", "2017-01-31", None)
    assert meetings("Under första halvåret 2017 sammanträder kommunstyrelsen följande datum, klockan 13.00:")[0] == (
        "Kommunstyrelsen", "2017-01-31", None)
    assert meetings("Under 2017 sammanträder kommunfullmäktige i stadshuset, med webbsändning:") == []


def test_a_body_named_for_what_it_serves_heads_its_meetings_in_the_genitive(tmp_path):
    """"Nämnd för livslångt lärandes sammanträdestider 2023" (kumla_sammantradesplan_1): the genitive of a body named
    by what it serves ("Nämnd för ...", "Nämnden för ...", as Skara, Köping and Strömsund name theirs) heads its
    dates as "Socialnämndens sammanträdestider 2023" does; the body is the whole name, not "Nämnd". Negative: such a
    name's words in a sentence naming no meetings ("Nämnd för livslångt lärande ansvarar för skolan") head no list."""
    def meetings(heading: str) -> list[tuple[str, str]]:
        text = (f"Sammanträdestider\n\nSocialnämndens sammanträdestider 2023\n\n9 januari\n\n26 januari\n\n"
                f"{heading}\n\n25 januari\n\n7 mars\n")
        path = tmp_path / "plan.txt"
        path.write_text(text, encoding="utf-8")
        return [(m.body, m.date) for m in parse_document(path, today=TODAY).plan.meetings]

    assert meetings("Nämnd för livslångt lärandes sammanträdestider 2023")[2:] == [
        ("Nämnd för livslångt lärande", "2023-01-25"), ("Nämnd för livslångt lärande", "2023-03-07")]
    assert meetings("Nämnden för service och tekniks sammanträden 2023")[2:] == [
        ("Nämnden för service och teknik", "2023-01-25"), ("Nämnden för service och teknik", "2023-03-07")]
    assert all(body == "Socialnämnden" for body, _ in meetings("Nämnd för livslångt lärande ansvarar för skolan"))


def test_a_months_line_may_mark_a_day_before_it_and_say_a_remark_before_its_days(tmp_path):
    """tranemo_sammantradesplan_1's utskott lists, one line a month ("Juni 4,18"): "Augusti *6, 20" marks the 6th
    with its star before the day, "Juli extra *2" says the remark before it; each day is read with its mark as
    printed ("Augusti 6*, 20" the same), and the lines after them stay the body's (they ended its list). Negative: a
    month's line of days alone marks none."""
    text = ("Sammanträdestider\n\nOmsorgsutskottet 2026\nJanuari 15\nJuni 4\nJuli extra *2\nAugusti *6, 20\n"
            "September 17, 24*\nOktober 22\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    assert meetings_of(parse_document(path, today=TODAY)) == [
        ("Omsorgsutskottet", "2026-01-15", None), ("Omsorgsutskottet", "2026-06-04", None),
        ("Omsorgsutskottet", "2026-07-02", "extra *"), ("Omsorgsutskottet", "2026-08-06", "*"),
        ("Omsorgsutskottet", "2026-08-20", None), ("Omsorgsutskottet", "2026-09-17", None),
        ("Omsorgsutskottet", "2026-09-24", "*"), ("Omsorgsutskottet", "2026-10-22", None)]


def test_the_next_bodys_heading_run_onto_the_last_date_of_a_list_starts_its_list(tmp_path):
    """"29 november Kultur- och fritidsnämndens sammanträdestider 2023": the line break between one body's last date
    and the next body's heading lost (a page joined so, as kumla_sammantradesplan_1's own "28 september26 oktober"
    lost one): the date ends the list above, the heading starts the next body's; its dates are never the body
    above's. Negative: a date whose rest is no body's meetings' heading ("29 november Budgetdag") starts no list."""
    def meetings(last_line: str) -> list[tuple[str, str]]:
        text = (f"Sammanträdestider\n\nKommunstyrelsens sammanträdestider 2023\n\n4 januari\n\n25 januari\n\n"
                f"{last_line}\n\n15 februari\n\n23 mars\n")
        path = tmp_path / "plan.txt"
        path.write_text(text, encoding="utf-8")
        return [(m.body, m.date) for m in parse_document(path, today=TODAY).plan.meetings]

    assert meetings("29 november Kultur- och fritidsnämndens sammanträdestider 2023") == [
        ("Kommunstyrelsen", "2023-01-04"), ("Kommunstyrelsen", "2023-01-25"), ("Kommunstyrelsen", "2023-11-29"),
        ("Kultur- och fritidsnämnden", "2023-02-15"), ("Kultur- och fritidsnämnden", "2023-03-23")]
    assert {body for body, _ in meetings("29 november Budgetdag för alla")} == {"Kommunstyrelsen"}
    # Where no body's list stands above it, the date before the heading is nobody's: noted, not read.
    path = tmp_path / "plan.txt"
    path.write_text("Sammanträdestider 2023\n\n29 november Kultur- och fritidsnämndens sammanträdestider 2023\n\n"
                    "15 februari\n\n23 mars\n", encoding="utf-8")
    document = parse_document(path, today=TODAY)
    assert [(m.body, m.date) for m in document.plan.meetings] == [
        ("Kultur- och fritidsnämnden", "2023-02-15"), ("Kultur- och fritidsnämnden", "2023-03-23")]
    assert any("datum före en rubrik; läses inte" in note for note in document.notes)


def test_a_heading_of_someone_elses_meetings_ends_the_list_above_though_no_body_is_read_from_it(tmp_path):
    """A heading naming someone's meetings in the genitive whom no body's name reads ("Kultur- och fritidsnärnndens
    sammanträdestider 2023", a scan's "närnnd"; "Centrumbostäders mötesdagar 2023", a company's) ends the body
    above's list: its dates are left unread, never the body above's. Negative: the page's own plan heading under a
    body's heading ("Kommunens sammanträdestider 2023", "Sammanträdestider 2023") keeps that body's list going."""
    def meetings(heading: str) -> list[tuple[str, str]]:
        text = (f"Sammanträdestider\n\nKommunstyrelsen\n\n4 januari\n\n25 januari\n\n{heading}\n\n15 februari\n\n"
                "23 mars\n")
        path = tmp_path / "plan.txt"
        path.write_text(text, encoding="utf-8")
        return [(m.body, m.date) for m in parse_document(path, year=2023, today=TODAY).plan.meetings]

    above = [("Kommunstyrelsen", "2023-01-04"), ("Kommunstyrelsen", "2023-01-25")]
    assert meetings("Kultur- och fritidsnärnndens sammanträdestider 2023") == above
    assert meetings("Centrumbostäders mötesdagar 2023") == above
    whole = above + [("Kommunstyrelsen", "2023-02-15"), ("Kommunstyrelsen", "2023-03-23")]
    assert meetings("Kommunens sammanträdestider 2023") == whole
    assert meetings("Sammanträdestider 2023") == whole


def test_a_rows_remark_cell_after_its_body_marks_the_meeting(tmp_path):
    """A chronological table's row, its cells joined by commas (date, time, place, body, remark: "5 april, kl. 18.00,
    Sessionssalen, Överförmyndarnämnden, extrainsatt"): the remark's cell after the body's marks that body's meeting
    (the row went unread), and a bracketed remark after a compound name ("..., Sessionssalen, Kultur- och
    fritidsnämnden (extrainsatt)") marks it as after "Kommunfullmäktige (extrainsatt)" (it was dropped). Negative: two
    bodies' cells before the remark ("..., Kommunstyrelsen, Socialnämnden, inställt") are no one body's meeting."""
    text = ("Sammanträdesdatum 2024\n\n15 mars, kl. 18.00, Sessionssalen, Socialnämnden\n"
            "5 april, kl. 18.00, Sessionssalen, Överförmyndarnämnden, extrainsatt\n"
            "24 april, kl. 18.00, Sessionssalen, Kommunfullmäktige, prel.\n"
            "24 maj, kl. 18.00, Sessionssalen, Kultur- och fritidsnämnden (extrainsatt)\n"
            "3 juni, kl. 18.00, Kommunstyrelsen, Socialnämnden, inställt\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    assert meetings_of(parse_document(path, today=TODAY)) == [
        ("Socialnämnden", "2024-03-15", None), ("Överförmyndarnämnden", "2024-04-05", "extrainsatt"),
        ("Kommunfullmäktige", "2024-04-24", "prel."), ("Kultur- och fritidsnämnden", "2024-05-24", "extrainsatt")]


def _read_plan(tmp_path, text: str, **kw) -> list[tuple[str, str]]:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return [(m.body, m.date) for m in parse_document(path, today=TODAY, **kw).plan.meetings]


def test_a_paragraphs_last_sentence_that_leads_the_dates_gives_their_year(tmp_path):
    """A body's paragraph about its meetings whose last sentence leads the table under it with a colon ("... Under 2018
    gäller följande sammanträdestider:") states the dates' year, as that sentence alone on its line would (the dates
    were left out, no year). Negative: a paragraph ending in a colon whose last sentence names no meeting ("... Våra
    politiker 2018 är ...:") states none."""
    def text(last: str) -> str:
        return ("Offentliga möten\n\nKommunfullmäktige\n\nKommunfullmäktige sammanträder vid fem tillfällen per år. "
                "Normalt börjar de kl 18.00 och hålls i Sessionssalen i kommunhuset. Undantag kan förekomma, vilket "
                f"framgår av kungörelsen som publiceras på hemsidan inför varje möte. {last}\n\nMånad Datum\n"
                "Januari\nFebruari 5\nMars 5\nOktober 8, 29\n\nKommunstyrelsen\n\nSammanträdestider 2018\n\n"
                "Månad Datum\nJanuari 8\nFebruari 12\n")
    read = _read_plan(tmp_path, text("Under 2018 gäller följande sammanträdestider:"))
    assert [m for m in read if m[0] == "Kommunfullmäktige"] == [
        ("Kommunfullmäktige", "2018-02-05"), ("Kommunfullmäktige", "2018-03-05"), ("Kommunfullmäktige", "2018-10-08"),
        ("Kommunfullmäktige", "2018-10-29")]
    read = _read_plan(tmp_path, text("Våra politiker 2018 är valda av väljarna och kan nås här:"))
    assert [m for m in read if m[0] == "Kommunfullmäktige"] == []
    assert read == [("Kommunstyrelsen", "2018-01-08"), ("Kommunstyrelsen", "2018-02-12")]


def test_a_joint_body_named_with_its_members_after_a_dash_is_a_heading_of_its_own(tmp_path):
    """A gemensam nämnd's heading with its member municipalities after a dash ("Gemensamma nämnden för familjerättsliga
    frågor - Älmhult, Markaryd, Ljungby", perhaps with its host under it) names that body whole, the members part of
    its name; its dates were the body above's. Negative: a body's heading with one place after the dash
    ("Kommunstyrelsen - Sessionssalen") is no joint body's, nor is a body not called gemensam with a list of places
    ("Kommunstyrelsen - Sessionssalen, Stadshuset")."""
    text = ("Sammanträdesplan 2019\n\nKommunstyrelsens personalutskott\n\n21 januari\n18 februari\n\n"
            "Gemensamma nämnden för familjerättsliga frågor - Älmhult, Markaryd, Ljungby\n\nVärdkommun: Älmhult\n\n"
            "14 januari\n11 februari\n\nGemensam överförmyndarnämnd – Ljungby och Älmhult\n\n24 januari\n14 mars\n")
    joint = "Gemensamma nämnden för familjerättsliga frågor - Älmhult, Markaryd, Ljungby"
    assert _read_plan(tmp_path, text) == [
        ("Kommunstyrelsens personalutskott", "2019-01-21"), ("Kommunstyrelsens personalutskott", "2019-02-18"),
        (joint, "2019-01-14"), (joint, "2019-02-11"),
        ("Gemensam överförmyndarnämnd – Ljungby och Älmhult", "2019-01-24"),
        ("Gemensam överförmyndarnämnd – Ljungby och Älmhult", "2019-03-14")]
    for heading in ("Kommunstyrelsen - Sessionssalen", "Kommunstyrelsen - Sessionssalen, Stadshuset"):
        read = _read_plan(tmp_path, f"Sammanträdesplan 2019\n\n{heading}\n\n21 januari\n18 februari\n")
        assert {body for body, _ in read} <= {"Kommunstyrelsen"}


def test_a_heading_naming_bodies_by_their_bare_kind_words_gives_its_dates_to_no_body(tmp_path):
    """A sub-heading or legend that says which of the bodies above meet by their kind's bare words ("Sammanträden i
    både nämnd och utskott", "Endast i utskottet") names no body: its dates are nobody's (a warning), never a body
    called "Både nämnd och utskott" nor the body above's. Negative: a heading naming a body whole ("Socialnämndens
    utskott") or the plan's own heading under a body ("Sammanträdesdagar") keeps its dates."""
    def read(heading: str) -> list[tuple[str, str]]:
        return _read_plan(tmp_path, f"Sammanträdesplan 2019\n\nSocialnämnden\n\n9 januari\n\n{heading}\n\n"
                                    "6 februari\n6 mars\n")
    own = [("Socialnämnden", "2019-01-09")]
    for heading in ("Sammanträden i både nämnd och utskott", "Endast i utskottet", "Nämnd och utskott",
                    "Sammanträden endast i utskottet"):
        assert read(heading) == own, heading
    path = tmp_path / "legend.txt"
    path.write_text("Sammanträdesplan 2019\n\nSocialnämnden\n\n9 januari\n\nEndast i utskottet\n\n6 februari\n",
                    encoding="utf-8")
    assert any("Endast i utskottet: rubriken säger inte vilket organs sammanträden" in warning
               for warning in parse_document(path, today=TODAY).plan.warnings)  # said, not dropped silently
    assert read("Socialnämndens utskott") == own + [("Socialnämndens utskott", "2019-02-06"),
                                                     ("Socialnämndens utskott", "2019-03-06")]
    assert read("Sammanträdesdagar") == own + [("Socialnämnden", "2019-02-06"), ("Socialnämnden", "2019-03-06")]


def test_a_seasons_label_before_a_list_of_dates_is_no_heading(tmp_path):
    """A body's dates set out by the half of the year ("Vår: 10 februari, 10 mars och 14 april" / "Höst: 5 september,
    torsdag 15 oktober och 24–25 november") under the lead that names the body: the body's dates, the page a plan
    (it was read as a kallelse with no date); "Hösten 2027:" gives its year to the dates after it. Negative: a season's
    label before a sentence ("Vår: sammanträdena hålls i Sessionssalen, 10 februari") reads no date."""
    text = ("Regionfullmäktiges webbsändningar\nRegionfullmäktige sammanträder följande dagar under 2026:\n"
            "Vår: 10 februari, 10 mars och 14 april\nHöst: 5 oktober, torsdag 15 oktober och 24–25 november\n"
            "Hösten 2027: 6 september\n")
    assert _read_plan(tmp_path, text) == [
        ("Regionfullmäktige", "2026-02-10"), ("Regionfullmäktige", "2026-03-10"), ("Regionfullmäktige", "2026-04-14"),
        ("Regionfullmäktige", "2026-10-05"), ("Regionfullmäktige", "2026-10-15"), ("Regionfullmäktige", "2026-11-24"),
        ("Regionfullmäktige", "2027-09-06")]
    text = ("Sammanträdesplan 2026\n\nRegionfullmäktige\n\n3 februari\n\n"
            "Vår: sammanträdena hålls i Sessionssalen, 10 februari\n")
    assert _read_plan(tmp_path, text) == [("Regionfullmäktige", "2026-02-03")]


def test_a_lead_whose_subject_is_long_names_the_body_of_the_dates_under_it_or_ends_the_list_above(tmp_path):
    """A lead over its list whose subject has more than five words ("Gemensamma nämnden för familjerättsliga frågor -
    Älmhult, Markaryd, Ljungby sammanträder följande datum 2019:") names the body of the dates under it (they went on
    to the body above); a subject no body's name reads ("Stiftelsen för Tranemo bygdegårdar och hembygd sammanträder
    följande datum:"), or one naming several bodies, ends the list above: its dates are nobody's. Negative: a lead
    opening with when ("Under första halvåret 2019 och hösten sammanträder nämnden följande dagar:") keeps the body
    above's list going."""
    def read(lead: str) -> list[tuple[str, str]]:
        return _read_plan(tmp_path, f"Sammanträdesplan 2019\n\nKommunstyrelsen\n\n9 januari\n\n{lead}\n\n"
                                    "6 februari\n6 mars\n")
    own = [("Kommunstyrelsen", "2019-01-09")]
    joint = "Gemensamma nämnden för familjerättsliga frågor - Älmhult, Markaryd, Ljungby"
    assert read(f"{joint} sammanträder följande datum 2019:") == own + [(joint, "2019-02-06"), (joint, "2019-03-06")]
    assert read("Stiftelsen för Tranemo bygdegårdar och hembygd sammanträder följande datum:") == own
    assert read("Kommunstyrelsen, kommunfullmäktige, övriga nämnder och utskott sammanträder följande dagar:") == own
    assert read("Under första halvåret 2019 och hösten sammanträder nämnden följande dagar:") == own + [
        ("Kommunstyrelsen", "2019-02-06"), ("Kommunstyrelsen", "2019-03-06")]


def test_a_table_of_months_and_their_days_under_a_paragraph_is_a_plan_though_some_months_have_none(tmp_path):
    """Bodies' tables of a month then its days ("Månad Datum" / "Januari" / "Februari 5" / "Maj" / "Juni 7, 28"), some
    months with no day, each under a paragraph whose last sentence leads it ("... Under 2021 gäller följande
    sammanträdestider:"), on a page whose heading names no plan ("Offentliga möten"): a plan, each body's days read
    (it was refused as naming no kind of document). Negative: the same page whose months stand over no day at all is
    no plan."""
    def page(rows: str) -> str:
        return "".join(f"{body}\n\n{body} sammanträder vid flera tillfällen per år. Normalt startar sammanträdena "
                       "kl 18.00 och hålls i sessionssalen. Undantag kan förekomma. Under 2021 gäller följande "
                       f"sammanträdestider:\n\nMånad Datum\n{rows}\n\n"
                       for body in ("Kommunfullmäktige", "Kommunstyrelsen"))
    text = "Offentliga möten\n\n" + page("Januari\nFebruari\nMars\nApril 12\nMaj\nJuni 7, 28\nJuli\nAugusti")
    assert _read_plan(tmp_path, text) == [(body, day) for body in ("Kommunfullmäktige", "Kommunstyrelsen")
                                          for day in ("2021-04-12", "2021-06-07", "2021-06-28")]
    path = tmp_path / "sida.txt"
    path.write_text("Offentliga möten\n\n" + page("Januari\nFebruari\nMars\nApril\nMaj"), encoding="utf-8")
    with pytest.raises(ImportFailed):
        parse_document(path, today=TODAY)


def test_an_agenda_below_a_plans_dates_heads_a_section_of_the_plans_page(tmp_path):
    """A body's page holding its year's dates under a plan's heading and, below them, the current meeting's agenda under
    another kind's heading (halland_sammantradesplan_1: "Sammanträdesdagar 2019" / dates / "Aktuellt sammanträde" /
    "Dagordning 27 februari 2019" / "1. Mötets öppnande" ...): a plan, its meetings read. Negative: the agenda's heading
    above the plan's dates (a kallelse that lists the year's dates at its foot) keeps the text a kallelse."""
    plan = ("Sammanträdestider 2026\n\nTekniska nämnden sammanträder följande datum:\n\n3 februari\n\n17 mars\n\n"
            "12 maj\n\n8 september\n\n")
    agenda = ("Kommande sammanträde\n\nFöredragningslista 3 februari 2026\n\n1. Mötets öppnande\n\n"
              "2. Val av justerare\n\n3. Taxa för bygglov\n\n4. Svar på motion om gatubelysning\n")
    path = tmp_path / "sida.txt"
    path.write_text("Tekniska nämndens sammanträden\n\n" + plan + agenda, encoding="utf-8")
    parsed = parse_document(path, today=TODAY)
    assert parsed.kind == "sammanträdesplan"
    assert meetings_of(parsed) == [("Tekniska nämnden", d, None)
                                   for d in ("2026-02-03", "2026-03-17", "2026-05-12", "2026-09-08")]
    path.write_text("Tekniska nämnden\n\n" + agenda + "\n" + plan, encoding="utf-8")
    assert parse_document(path, today=TODAY).kind == "kallelse"


def test_an_agendas_heading_naming_its_meeting_under_a_plan_gives_no_body_a_meeting(tmp_path):
    """The agenda's heading under a plan's dates naming its body and day ("Dagordning för Kommunstyrelsen 16 februari
    2024") is that paper's heading, no meeting of a body called "Dagordning för Kommunstyrelsen" (bench/plan_mixes.py's
    agenda class: 23 of 200 texts read so). Negative: a body's own name over its day on one line
    ("Kommunfullmäktige 21 mars 2024") is that body's meeting."""
    text = ("Sammanträdesplan 2024\n\nKommunstyrelsen\n\n16 februari\n12 april\n7 juni\n\nAktuellt sammanträde\n\n"
            "Dagordning för Kommunstyrelsen 16 februari 2024\n\n1. Mötets öppnande\n2. Val av justerare\n"
            "3. Taxa för bygglov\n4. Meddelanden\n")
    assert _read_plan(tmp_path, text) == [("Kommunstyrelsen", "2024-02-16"), ("Kommunstyrelsen", "2024-04-12"),
                                          ("Kommunstyrelsen", "2024-06-07")]
    # the heading's date is not dropped silently: noted with its line
    notes = parse_document(tmp_path / "plan.txt", today=TODAY).notes
    assert [note for note in notes if "en annan handlings rubrik" in note] == [
        "rad 11: Dagordning för Kommunstyrelsen 16 februari: en annan handlings rubrik, inget organs sammanträde"]
    own = text.replace("Dagordning för Kommunstyrelsen 16 februari 2024", "Kommunfullmäktige 21 mars 2024")
    assert ("Kommunfullmäktige", "2024-03-21") in _read_plan(tmp_path, own)

"""Reading documents: sammanträdesplaner: the dates each body meets, from flattened tables, lists and run-on lines.

The texts here are real fragments or written for these tests in the shapes the real corpus shows."""

from __future__ import annotations

import pytest

from archive.errors import ImportFailed
from archive.importing import parse_document
from archive.importing.text import Line
from tests.reading_helpers import lines, write

_YSTAD_GRID_HEAD = "Sammanträdesdagar under 2022 i Ystads kommun\n"


_YSTAD_GRID_ROWS = ["Kf", "18:00", "KsAu", "08:30", "BUN", "13:30", "Januari", "20", "12", "27", "Februari", "17", "",
                    "9", "Mars", "17", "9", "24"]


def test_a_months_across_table_flattened_one_cell_a_line_under_a_bodys_heading(tmp_path):
    # ostersund_sammantradesplan_2: the header's months, then one cell per month in the same order.
    text = ("Sammanträdestider\n\nKommunfullmäktige\n\nOrdförande: Kjell Svantesson\n\nSammanträdestider 2017\n\n"
            "Januari\n\nFebruari\n\nMars\n\nApril\n\nMaj\n\nJuni\n\n-\n\n16* kl. 08.30\n\n16:e kl. 10.00\n\n"
            "27:e kl. 10.00\n\n-\n\n19:e kl. 18.00\n\n*= inkl bokslutsdag (dagsammanträde)\n\n"
            "Sammanträdestider 2018\n\nJanuari\n\nFebruari\n\nMars\n\n-\n\n8* kl. xx.xx\n\n22:e kl. xx.xx\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.body, m.date, m.marker, m.start_time) for m in plan.meetings] == [
        ("Kommunfullmäktige", "2017-02-16", "*", "08:30"), ("Kommunfullmäktige", "2017-03-16", None, "10:00"),
        ("Kommunfullmäktige", "2017-04-27", None, "10:00"), ("Kommunfullmäktige", "2017-06-19", None, "18:00"),
        ("Kommunfullmäktige", "2018-02-08", "*", None), ("Kommunfullmäktige", "2018-03-22", None, None)]


def test_more_cells_than_months_in_a_flattened_table_are_reported_not_shared_out(tmp_path):
    # ostersund_sammantradesplan_2: Kommunstyrelsen's first half-year has 8 cells for 6 months.
    text = ("Sammanträdestider\n\nKommunstyrelsen\n\nSammanträdestider 2017\n\nJanuari\n\nFebruari\n\nMars\n\n"
            "April\n\nMaj\n\nJuni\n\n17:e kl. 08.30\n\n14:e kl. 08.30\n\n28:e kl. 08.30\n\n21:a kl. 08.30\n\n"
            "4:e kl. 08.30\n\n9:e kl. 08.30\n\n30:e kl. 08.30\n\n19:e-21:a* kl. 08.30\n\n"
            "Juli\n\nAugusti\n\nSeptember\n\n-\n\n22:a kl. 08.30\n\n5:e kl. 08.30\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [m.date for m in plan.meetings] == ["2017-08-22", "2017-09-05"]
    assert any("8 värden för 6 månader" in w for w in plan.warnings)


def test_a_footnote_line_under_a_bodys_dates_is_no_heading_that_ends_them(tmp_path):
    # ostersund_sammantradesplan_2 ("*= inkl bokslutsdag"), ystad_sammantradesplan_1 ("*1) ..."): a marker's meaning.
    text = ("Sammanträdestider 2017\n\nKommunfullmäktige\n\n16 februari*\n\n*= inkl bokslutsdag\n\n16 mars\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.body, m.date, m.marker) for m in plan.meetings] == [
        ("Kommunfullmäktige", "2017-02-16", "*"), ("Kommunfullmäktige", "2017-03-16", None)]


def test_a_flattened_bodies_across_grid_is_read_before_its_months_pass_for_headings_over_days(tmp_path):
    # ystad_sammantradesplan_1's layout (each body with its time, then a month and one cell per body);
    # gislaved_sammantradesplan_1 sets a month over one body's days: here two cells under a month are two bodies'.
    text = ("Sammanträdesdagar 2022\n\nKommunfullmäktige\n18:00\nKommunstyrelsen\n09:00\n"
            "Januari\n20\n26\nFebruari\n17\n16\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.body, m.date, m.start_time) for m in plan.meetings] == [
        ("Kommunfullmäktige", "2022-01-20", "18:00"), ("Kommunstyrelsen", "2022-01-26", "09:00"),
        ("Kommunfullmäktige", "2022-02-17", "18:00"), ("Kommunstyrelsen", "2022-02-16", "09:00")]


def test_a_plans_lines_run_into_one_give_each_body_its_own_dates(tmp_path):
    # region-norrbotten_sammantradesplan_1's bodies and dates ("Regionfullmäktige 2024" / "21 februari" ...)
    # as a PDF's extraction runs them into one line, after a docplayer-style page number and heading.
    text = ("Sammanträdesplan 2024\n\nTranskript\n\n1 Sammanträdesplan 2024 Regionfullmäktige 2024 21 februari "
            "24 april 19-20 juni Regionstyrelsen 2024 7 februari 12 mars\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.body, m.date) for m in plan.meetings] == [
        ("Regionfullmäktige", "2024-02-21"), ("Regionfullmäktige", "2024-04-24"),
        ("Regionfullmäktige", "2024-06-19"), ("Regionstyrelsen", "2024-02-07"), ("Regionstyrelsen", "2024-03-12")]


def test_run_together_codes_with_colons_label_the_dates_after_them(tmp_path):
    # gullspang_sammantradesplan_1's "sammanträder följande dagar 2022:" lead, bodies as codes with colons.
    text = ("Sammanträdesdagar\n\nNämnderna sammanträder följande dagar 2022: KF: 31 januari, 28 februari "
            "KS: 2 februari, 2 mars KSAU: 19 januari\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.body, m.date) for m in plan.meetings] == [
        ("Kommunfullmäktige", "2022-01-31"), ("Kommunfullmäktige", "2022-02-28"), ("Kommunstyrelsen", "2022-02-02"),
        ("Kommunstyrelsen", "2022-03-02"), ("Kommunstyrelsens arbetsutskott", "2022-01-19")]


def test_dates_without_a_year_beside_dated_ones_are_left_out_not_the_plan_refused(tmp_path):
    # region-norrbotten_sammantradesplan_1 ("Regionfullmäktige 2024" over its dates), with a body whose heading
    # states no year before it.
    text = ("Sammanträdesplan\n\nPatientnämnden\n8 februari\n23 maj\n\nRegionfullmäktige 2024\n21 februari\n"
            "24 april\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.body, m.date) for m in plan.meetings] == [
        ("Regionfullmäktige", "2024-02-21"), ("Regionfullmäktige", "2024-04-24")]
    assert sum("står utan år" in w for w in plan.warnings) == 2


def test_a_long_line_that_leads_the_dates_with_a_colon_states_their_year(tmp_path):
    # gullspang_sammantradesplan_1 ("... sammanträder följande dagar 2022:"), kiruna_sammantradesplan_1
    # ("Sammanträdesdagar för år 2021:"): a lead line with its year; here longer than a heading.
    text = ("Sammanträdesdagar\n\nKommunstyrelsen\n\nKommunstyrelsen sammanträder i kommunhuset, och under 2022 "
            "sammanträder kommunstyrelsen och dess arbetsutskott följande dagar:\n\n2 februari, 2 mars, 6 april\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.body, m.date, m.year_inferred) for m in plan.meetings] == [
        ("Kommunstyrelsen", "2022-02-02", False), ("Kommunstyrelsen", "2022-03-02", False),
        ("Kommunstyrelsen", "2022-04-06", False)]


def test_a_flattened_months_across_cell_may_hold_two_days_of_its_month(tmp_path):
    # ostersund_sammantradesplan_2's layout with cells as gislaved_sammantradesplan_1 and ystad_sammantradesplan_1
    # write two meetings of a month ("12, 26", "5,14").
    text = ("Sammanträdestider\n\nKommunstyrelsen\n\nSammanträdestider 2022\n\nJanuari\n\nFebruari\n\nMars\n\n"
            "12, 26\n\n9, 23*\n\n-\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.date, m.marker) for m in plan.meetings] == [
        ("2022-01-12", None), ("2022-01-26", None), ("2022-02-09", None), ("2022-02-23", "*")]


def test_a_list_under_a_code_the_plans_legend_explains(tmp_path):
    # ystad_sammantradesplan_1's legend ("BUN Barn- och Utbildningsnämnden") read for its grid's codes; the same
    # code heading a list of dates.
    text = ("Sammanträdestider 2022\n\nBUN\n27 januari\n17 februari\n\nKN: 28 januari\n\n"
            "BUN Barn- och Utbildningsnämnden\nKN Kulturnämnden\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.body, m.date) for m in plan.meetings] == [
        ("Barn- och Utbildningsnämnden", "2022-01-27"), ("Barn- och Utbildningsnämnden", "2022-02-17"),
        ("Kulturnämnden", "2022-01-28")]


def test_a_list_under_a_code_whose_body_the_plan_names_in_full(tmp_path):
    # umea_sammantradesplan_2 ("PLU" where the text names the planeringsutskottet), here heading a list.
    text = ("Sammanträdestider 2024\n\nDatum för planeringsutskottet och kommunfullmäktige.\n\nPLU\n"
            "6 februari\n12 mars\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.body, m.date) for m in plan.meetings] == [("Planeringsutskottet", "2024-02-06"),
                                                           ("Planeringsutskottet", "2024-03-12")]


def test_a_page_run_into_one_paragraph_gives_each_bodys_run_of_dates_and_skips_the_prose(tmp_path):
    # gullspang_sammantradesplan_1's lines (its lead, lists and the sentence between them) run into one paragraph.
    text = ("Sammanträdesdagar\n\nKommunstyrelsen, kommunfullmäktige, övriga nämnder och utskott sammanträder följande "
            "dagar 2022: Kommunstyrelsen 2 februari, 2 mars, 6 april Kommunfullmäktige 31 januari, 28 februari "
            "Kommunfullmäktiges sammanträden är öppna för allmänheten och äger rum i sessionssalen i kommunhuset i "
            "Hova. Kommunstyrelsens arbetsutskott 19 januari, 16 februari\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.body, m.date) for m in plan.meetings] == [
        ("Kommunstyrelsen", "2022-02-02"), ("Kommunstyrelsen", "2022-03-02"), ("Kommunstyrelsen", "2022-04-06"),
        ("Kommunfullmäktige", "2022-01-31"), ("Kommunfullmäktige", "2022-02-28"),
        ("Kommunstyrelsens arbetsutskott", "2022-01-19"), ("Kommunstyrelsens arbetsutskott", "2022-02-16")]


def test_several_bare_days_under_a_month_are_a_flattened_tables_cells_not_one_bodys_days(tmp_path):
    # ystad_sammantradesplan_1's grid with the blank lines that marked its empty cells lost: under "Januari" one
    # cell per body, whose is which cannot be told; gislaved_sammantradesplan_1 has one line of days a month.
    text = ("Sammanträdesdagar under 2022\n\nKf\n18:00\nKs\n09:00\nKsAu\n08:30\nVN\n09:00\nJanuari\n20\n26\n12\n"
            "Februari\n17\n16\n9\n\nKf Kommunfullmäktige\nKs Kommunstyrelsen\nKsAu Kommunstyrelsens arbetsutskott\n"
            "VN Valnämnden\n")
    document = parse_document(write(tmp_path, text))
    assert document.plan is None or all(m.body != "Valnämnden" for m in document.plan.meetings)


def test_the_plans_own_heading_without_a_year_keeps_the_bodys_heading_above_it(tmp_path):
    # malmo_sammantradesplan_1 ("Kommunfullmäktiges sammanträden" / "Datum för sammanträden 2023"),
    # mjolby_sammantradesplan_1 ("Kommunstyrelsen" ... "Sammanträdesdagar 2024"), vaxjo_sammantradesplan_1:
    # the same headings on a page that leaves the year out (given here with --year).
    text = ("Kommunfullmäktiges sammanträden\n\nMötena hålls klockan 13.00 om inget annat anges.\n\n"
            "Datum för sammanträden\n\n • 2 februari\n • 2 mars\n")
    plan = parse_document(write(tmp_path, text), year=2023).plan
    assert [(m.body, m.date) for m in plan.meetings] == [("Kommunfullmäktige", "2023-02-02"),
                                                           ("Kommunfullmäktige", "2023-03-02")]


def test_an_hour_alone_after_kl_is_the_meetings_time(tmp_path):
    # nacka_sammantradesplan_1 ("1 februari kl. 18", "20 september kl.18"), ekero_sammantradesplan_1 ("kl.16"),
    # kungsbacka_sammantradesplan_1 ("klockan 18"): the hour alone after kl / klockan.
    text = "Sammanträdesdagar\n\nKommunfullmäktige\n\nVåren 2021\n\n • 1 februari kl. 18\n • 20 september kl.18\n"
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.date, m.start_time) for m in plan.meetings] == [("2021-02-01", "18:00"), ("2021-09-20", "18:00")]


def test_a_dash_is_an_empty_cell_in_a_flattened_grid_and_of_a_row_under_a_month(tmp_path):
    # ystad_sammantradesplan_1's grid (bodies across, a month and one cell per body) with empty cells written
    # "-" as ostersund_sammantradesplan_2 and ekero_sammantradesplan_1 write them.
    text = ("Sammanträdesdagar 2022\n\nKF\n\nKS\n\nKSAU\n\nJanuari\n\n-\n\n26\n\n12\n\nFebruari\n\n17\n\n-\n\n9\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.body, m.date) for m in plan.meetings] == [
        ("Kommunstyrelsen", "2022-01-26"), ("Kommunstyrelsens arbetsutskott", "2022-01-12"),
        ("Kommunfullmäktige", "2022-02-17"), ("Kommunstyrelsens arbetsutskott", "2022-02-09")]


def test_a_year_between_a_bodys_name_and_its_dates_on_one_line_is_theirs(tmp_path):
    # region-norrbotten_sammantradesplan_1's "Regionfullmäktige 2024" over its dates, here on the dates' line,
    # under a heading of another year: the line's own year wins, as a later heading's would.
    text = ("Sammanträdestider 2023\n\nRegionfullmäktige 2024: 21 februari, 24 april\n"
            "Regionstyrelsen 2024 7 februari, 12 mars\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.body, m.date) for m in plan.meetings] == [
        ("Regionfullmäktige", "2024-02-21"), ("Regionfullmäktige", "2024-04-24"),
        ("Regionstyrelsen", "2024-02-07"), ("Regionstyrelsen", "2024-03-12")]


def test_a_body_named_after_a_dates_comma_or_in_its_brackets_is_whose_meeting_it_is(tmp_path):
    # The places a remark stands after a date (vaxjo_sammantradesplan_1 "18 oktober, konstituerande",
    # malmo_sammantradesplan_1 "21 juni (onsdag)"), holding a body's name: that body's meeting, not the heading's.
    text = ("Sammanträdestider 2024\n\nKommunfullmäktige\n29 januari\nTisdag 23 januari, Kommunstyrelsen\n"
            "24 januari (Socialnämnden)\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.body, m.date) for m in plan.meetings] == [
        ("Kommunfullmäktige", "2024-01-29"), ("Kommunstyrelsen", "2024-01-23"), ("Socialnämnden", "2024-01-24")]


def test_a_short_line_giving_the_usual_time_keeps_the_bodys_dates_under_it(tmp_path):
    # vaxjo_sammantradesplan_1 ("Sammanträdena startar klockan 14:00."), malmo_sammantradesplan_1 ("Mötena hålls
    # klockan 13.00 ..."), nacka_sammantradesplan_1: the usual time under a body's heading, here without the
    # full stop that made it a sentence.
    text = ("Sammanträdestider 2024\n\nKommunfullmäktige\nSammanträdena börjar kl. 18.00\n"
            " • 29 januari\n • 26 februari\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.body, m.date, m.start_time) for m in plan.meetings] == [
        ("Kommunfullmäktige", "2024-01-29", "18:00"), ("Kommunfullmäktige", "2024-02-26", "18:00")]


def test_when_or_where_after_a_bodys_heading_and_a_comma_is_no_part_of_its_name(tmp_path):
    # umea_sammantradesplan_1's "Kommunstyrelsens näringslivs- och planeringsutskott, företagsbesök" names a series;
    # a time, a place or weekdays after the comma (as ekero_sammantradesplan_1 sets "tisdagar kl.14.00" / "i
    # Prologen" under its headings) say when and where the body meets.
    text = ("Sammanträdestider 2024\n\nKommunstyrelsen, kl. 13.00\n23 januari\n\nKommunfullmäktige, Stadshuset\n"
            "29 januari\n\nSocialnämnden, tisdagar\n30 januari\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.body, m.date, m.start_time) for m in plan.meetings] == [
        ("Kommunstyrelsen", "2024-01-23", "13:00"), ("Kommunfullmäktige", "2024-01-29", None),
        ("Socialnämnden", "2024-01-30", None)]


def test_a_heading_that_explains_its_own_code_names_the_body_in_full(tmp_path):
    # ystad_sammantradesplan_1's legend lines ("KF Kommunfullmäktige") and ekero_sammantradesplan_1's "(Ks au)":
    # the code and the name together, here as the heading over the dates.
    text = ("Sammanträdestider 2024\n\nKS – Kommunstyrelsen\n23 januari\n\nBUN = Barn- och utbildningsnämnden\n"
            "24 januari\n\nIT-nämnden\n25 januari\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.body, m.date) for m in plan.meetings] == [
        ("Kommunstyrelsen", "2024-01-23"), ("Barn- och utbildningsnämnden", "2024-01-24"), ("IT-nämnden", "2024-01-25")]


def test_a_dates_heading_without_its_year_over_a_list_of_dates_is_a_plan(tmp_path):
    # jarfalla_sammantradesplan_1 (the body's page: its name as the page heading, prose, then the dates),
    # as malmo_sammantradesplan_1, mjolby_sammantradesplan_1 and umea_sammantradesplan_1 set their lists.
    path = write(tmp_path, "Gå direkt till sidans innehåll\n\nKommunfullmäktige\n\nKommunfullmäktige är kommunens "
                           "motsvarighet till riksdagen.\n\nSammanträdesdatum\n\n2021\n\n11 januari\n15 februari\n"
                           "22 mars\n\nFullmäktige sammanträder en gång i månaden - en måndag - med sommaruppehåll.\n"
                           "\nLedamöterna har rätt att:\n\n  • väcka ett ärende genom motion,\n  • ställa fråga,\n")
    document = parse_document(path)
    assert document.kind == "sammanträdesplan"
    assert [(m.body, m.date) for m in document.plan.meetings] == [
        ("Kommunfullmäktige", "2021-01-11"), ("Kommunfullmäktige", "2021-02-15"), ("Kommunfullmäktige", "2021-03-22")]
    # The same word as a record's field label over one date is no plan's heading.
    record = write(tmp_path, "Protokoll\n\nKommunstyrelsen\n\nSammanträdesdatum\n\n11 januari 2021\n\n"
                             "Justerare\n\nAnna Andersson\n", name="protokoll.txt")
    assert parse_document(record).kind != "sammanträdesplan"


def test_a_pages_short_name_for_its_body_names_no_other_body(tmp_path):
    # jarfalla_sammantradesplan_1 ("Fullmäktige sammanträder en gång i månaden" on Kommunfullmäktige's page);
    # region-varmland_sammantradesplan_1 ("Styrelsen förbereder ..."), kiruna_sammantradesplan_1 ("Nämndens
    # sammanträden ...") call their page's body so too.
    path = write(tmp_path, "Kommunfullmäktige\n\nFullmäktige sammanträder en gång i månaden, oftast på måndagar.\n\n"
                           "Sammanträdesdatum 2021\n\n11 januari\n15 februari\n22 mars\n")
    document = parse_document(path)
    assert {m.body for m in document.plan.meetings} == {"Kommunfullmäktige"}


def test_a_plans_list_under_no_body_is_imported_with_its_dates_said_unread(tmp_path):
    # A plan is a municipal document: partial beats refusal, even where no body can be placed over the dates.
    path = write(tmp_path, "Sammanträden under 2024\n\n  • 24 januari\n  • 21 februari kl. 13.00\n  • 20 mars\n")
    document = parse_document(path)
    assert document.kind == "sammanträdesplan" and document.plan.meetings == []
    assert sum("24 januari" in w or "20 mars" in w for w in document.plan.warnings) == 2


def test_a_list_item_without_its_bullet_keeps_its_remark_and_a_lone_date_after_prose_is_no_meeting(tmp_path):
    # Lists whose bullets the page's text lost (jarfalla_sammantradesplan_1, umea_sammantradesplan_1) carry the
    # remarks that bulleted ones do (malmo_sammantradesplan_1 "(budget)", vaxjo_sammantradesplan_1 ", konstituerande",
    # gislaved_sammantradesplan_1 "• 19 maj börjar sammanträdet ..."): a short remark keeps the line a list item,
    # and a date standing by itself after running text (an event's, a news item's) is no meeting.
    path = write(tmp_path, "Kommunfullmäktige\n\nSammanträden 2021\n\nMåndag 11 januari kl. 18.00\n"
                           "15 februari, kl 18.00 i sessionssalen\n22 mars – inställt\n26 april\n\n"
                           "Fullmäktige sammanträder en gång i månaden. Läs mer om fullmäktige.\n15 maj\n"
                           "Öppet hus i stadshuset för alla som vill se sessionssalen\n")
    document = parse_document(path)
    assert [(m.date, m.marker) for m in document.plan.meetings] == [
        ("2021-01-11", None), ("2021-02-15", None), ("2021-03-22", "inställt"), ("2021-04-26", None)]
    assert document.plan.meetings[1].start_time == "18:00"


def test_only_a_heading_about_the_dates_a_body_or_a_season_gives_the_dates_their_year(tmp_path):
    # Every tuning plan's year heading names the dates or the plan (vaxjo "Sammanträdesdagar 2022", umea
    # "Mötesdatum 2018"), a body (region-norrbotten "Regionstyrelsen 2023"), a season (nacka "Våren 2021") or is
    # the year alone (jarfalla "2021"); a page's other heading ("Årsredovisning 2020") is no year of the dates.
    text = ("Kommunfullmäktige\n\nÅrsredovisning 2020\n\nSammanträdesdatum\n\n11 januari\n15 februari\n22 mars\n")
    with pytest.raises(ImportFailed) as refused:  # nine recent years fit its weekdays: none is assumed
        parse_document(write(tmp_path, text))
    assert "--year" in str(refused.value)
    plan = parse_document(write(tmp_path, text.replace("Sammanträdesdatum\n", "Sammanträdesdatum\n\n2021\n"))).plan
    assert [m.date for m in plan.meetings] == ["2021-01-11", "2021-02-15", "2021-03-22"]


def test_a_body_pages_dates_heading_after_other_sections_lists_the_pages_body(tmp_path):
    # jarfalla_sammantradesplan_1, mjolby_sammantradesplan_1, malmo_sammantradesplan_1: the page's heading names
    # its body and its dates heading names none; a section's heading between them ("Ledamöter") does not take
    # the body away. Where the headings name several bodies (nacka_sammantradesplan_1's menu), none is chosen.
    text = ("Kommunstyrelsen\n\nKommunstyrelsen leder kommunens arbete.\n\nLedamöter\n\nAnna Andersson (S)\n\n"
            "Sammanträdesdatum 2024\n\n24 januari\n14 februari\n6 mars\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert {m.body for m in plan.meetings} == {"Kommunstyrelsen"} and len(plan.meetings) == 3
    menu = parse_document(write(tmp_path, "Socialnämnden\n\n" + text, name="meny.txt")).plan
    assert menu.meetings == []


def test_a_sentence_that_the_body_meets_right_over_a_list_of_dates_makes_the_page_a_plan(tmp_path):
    # gullspang_sammantradesplan_1 ("... sammanträder följande dagar 2022:"), jonkoping_sammantradesplan_1 and
    # mjolby_sammantradesplan_1 ("Kommunstyrelsen sammanträder alltid på onsdagar klockan 9.30 ...") lead their
    # lists so; a sentence that states one meeting's day (falkoping_kallelse_1) leads none.
    path = write(tmp_path, "Kommunstyrelsen\n\nKommunstyrelsen leder kommunens arbete.\n\n"
                           "Kommunstyrelsen sammanträder följande datum 2024:\n\n24 januari\n14 februari\n6 mars\n")
    document = parse_document(path)
    assert [(m.body, m.date) for m in document.plan.meetings] == [
        ("Kommunstyrelsen", "2024-01-24"), ("Kommunstyrelsen", "2024-02-14"), ("Kommunstyrelsen", "2024-03-06")]


def test_a_sentence_opening_with_a_bodys_bare_word_names_no_body_and_keeps_the_headings(tmp_path):
    # region-vastmanland_sammantradesplan_1: "Regionstyrelsens arbetsutskott" / what it does / "Utskottet arbetar
    # också med att:" / tasks / "Sammanträdesdagar 2019" / dates: the bare "Utskottet" refers back to the heading
    # (so do "Styrelsen förbereder ..." in region-varmland and "Fullmäktige beslutar om ..." in jarfalla).
    text = ("Regionstyrelsens arbetsutskott\n\nRegionstyrelsens arbetsutskott bereder alla ärenden.\n\n"
            "Utskottet arbetar också med att:\n\n • förvalta regionens medel.\n • vara krisledningsnämnd.\n\n"
            "Sammanträdesdagar 2019\n\n • Tisdag 15 januari\n • Onsdag 20 februari\n • Tisdag 12 mars\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.body, m.date) for m in plan.meetings] == [
        ("Regionstyrelsens arbetsutskott", "2019-01-15"), ("Regionstyrelsens arbetsutskott", "2019-02-20"),
        ("Regionstyrelsens arbetsutskott", "2019-03-12")]


def test_a_plans_year_is_told_by_the_weekday_its_text_says_the_body_meets(tmp_path):
    # bastad_sammantradesplan_1: "onsdagar klockan 18.30" and dates without a year; every date is a working day
    # in 5 recent years, a Wednesday in 2024 alone (a usual weekday stated also in ekero, jonkoping, mjolby,
    # monsteras, umea, uppvidinge). "Kallelse och protokoll" is the page's section of links, no kallelse
    # (as kiruna's "Kallelser och protokoll", tomelilla's "Kallelser och handlingar").
    import datetime as dt

    text = ("Kommunfullmäktige\n\nKommunfullmäktiges sammanträden är offentliga och hålls i Sessionssalen i "
            "kommunhuset i Båstad onsdagar klockan 18.30 om inget annat anges.\n\nSammanträdestider\n\n"
            " • 24 januari\n • 28 februari\n • 20 mars\n • 24 april\n • 29 maj\n • 19 juni\n • 18 september\n"
            " • 23 oktober\n • 27 november\n • 18 december\n\nKallelse och protokoll\n\n"
            "Kallelse och protokoll hittar du i webbdiariet.\n")
    plan = parse_document(write(tmp_path, text), today=dt.date(2026, 12, 5)).plan
    assert plan is not None and plan.inferred_years == [2024]
    assert [m.date for m in plan.meetings][:3] == ["2024-01-24", "2024-02-28", "2024-03-20"]
    assert all(m.year_inferred for m in plan.meetings)


def test_a_plans_dates_under_a_heading_saying_when_the_body_meets_with_a_place_between_them(tmp_path):
    # uppvidinge_sammantradesplan_1: "Datum och plats då Kommunfullmäktige träffas" / "Datum" / "Plats" and a
    # place after each date (a table flattened one cell a line); "X träffas/sammanträder" names the body as in
    # jonkoping, mjolby, monsteras.
    import datetime as dt

    text = ("Möten\n\nKommunfullmäktige\n\nTisdagar klockan 18.30.\n\nDatum och plats då Kommunfullmäktige "
            "träffas\n\nDatum\n\nPlats\n\n29 januari\n\nAlstermo\n\n26 februari\n\nLenhovda\n\n26 mars\n\n"
            "Norrhult\n\n23 april\n\nÅseda\n\nKommunstyrelsen\n\nTisdagar klockan 13.30 i kommunhuset i Åseda\n\n"
            "Datum då Kommunstyrelsen träffas\n\nDatum\n\n12 februari\n\n12 mars\n\n9 april\n\n7 maj\n")
    plan = parse_document(write(tmp_path, text), year=2019, today=dt.date(2026, 12, 5)).plan
    assert plan is not None
    assert [(m.body, m.date) for m in plan.meetings] == [
        ("Kommunfullmäktige", "2019-01-29"), ("Kommunfullmäktige", "2019-02-26"), ("Kommunfullmäktige", "2019-03-26"),
        ("Kommunfullmäktige", "2019-04-23"), ("Kommunstyrelsen", "2019-02-12"), ("Kommunstyrelsen", "2019-03-12"),
        ("Kommunstyrelsen", "2019-04-09"), ("Kommunstyrelsen", "2019-05-07")]


def test_a_plans_board_named_for_what_it_serves_and_a_cancelled_date_in_brackets(tmp_path):
    # skara_sammantradesplan_1: "Nämnden för service och teknik" heads its own dates (such names also in
    # kungsbacka, koping, region-jamtland-harjedalen); "21 april (inställt)" is marked as "5 mars - OBS! inställt"
    # (uppvidinge), umea's and vaxjo's cancelled meetings are.
    text = ("Sammanträdesdagar 2020\n\nMiljö- och byggnadsnämnden\n\n21 januari\n18 februari\n21 april (inställt)\n\n"
            "Nämnden för service och teknik\n\n27 februari\n2 april\n14 maj\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert plan is not None
    assert [(m.body, m.date, m.marker) for m in plan.meetings] == [
        ("Miljö- och byggnadsnämnden", "2020-01-21", None), ("Miljö- och byggnadsnämnden", "2020-02-18", None),
        ("Miljö- och byggnadsnämnden", "2020-04-21", "inställt"),
        ("Nämnden för service och teknik", "2020-02-27", None),
        ("Nämnden för service och teknik", "2020-04-02", None), ("Nämnden för service och teknik", "2020-05-14", None)]


def test_a_short_line_between_dates_is_a_place_only_under_a_place_column(tmp_path):
    # uppvidinge_sammantradesplan_1 has "Plats" over its places; without it a heading that names no body
    # ("Utskott") ends the body's dates, as before.
    text = ("Sammanträdesdagar 2019\n\nKommunstyrelsen\n\n12 februari\n\n12 mars\n\n9 april\n\nUtskott\n\n"
            "7 maj\n\n11 juni\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert plan is not None
    assert [m.date for m in plan.meetings] == ["2019-02-12", "2019-03-12", "2019-04-09"]


def test_a_plans_bulleted_body_headings_with_the_usual_weekday_alone_keep_their_dates(tmp_path):
    # karlskrona_sammantradesplan_1 (" • Kommunfullmäktige" / "Torsdagar" / "2020" / dates): the weekday alone is
    # when the body meets, as umea, uppvidinge and ekero write it with a time ("Tisdagar, klockan 13.15"); the
    # list's bullet is no part of the body's name
    import datetime as dt

    text = ("Mötestider\n\n • Kommunfullmäktige\n\n  Sammanträder klockan 13.00 på Wämö Center. \n\n  Torsdagar\n\n"
            "  2020\n\n  6 februari\n  28 april (inställt)\n\n • Kommunstyrelsen\n\n  Tisdagar\n\n  2020\n\n"
            "  21 januari\n\n  Till kallelser, handlingar inför möten samt protokoll \n\n • Drift- och\n")
    plan = parse_document(write(tmp_path, text), today=dt.date(2026, 12, 5)).plan
    assert [(m.body, m.date, m.marker) for m in plan.meetings] == [
        ("Kommunfullmäktige", "2020-02-06", None), ("Kommunfullmäktige", "2020-04-28", "inställt"),
        ("Kommunstyrelsen", "2020-01-21", None)]


def test_a_date_with_only_its_meetings_papers_after_it_is_a_meeting_of_the_list(tmp_path):
    # vadstena_sammantradesplan_1: "2 mars Protokoll" / "27 april Protokoll" / "22 juni Kallelse och handlingar", the
    # papers' link texts a body's page gives (partille, tomelilla, umea "Protokoll"; bastad, kiruna "Kallelser och
    # handlingar"); a longer remark is still no list's item
    text = ("Kommunfullmäktige sammanträden 2022\n\n2 mars Protokoll\n27 april Protokoll\n"
            "22 juni Kallelse och handlingar\n28 september\n")
    meetings = [(m.body, m.date) for m in parse_document(write(tmp_path, text)).plan.meetings]
    assert meetings == [("Kommunfullmäktige", "2022-03-02"), ("Kommunfullmäktige", "2022-04-27"),
                        ("Kommunfullmäktige", "2022-06-22"), ("Kommunfullmäktige", "2022-09-28")]


def test_a_protocols_posting_notice_on_a_plans_page_is_no_planned_meeting(tmp_path):
    # gagnef_sammantradesplan_1: an anslagstavla's page announces fullmäktige's meetings and posts justerade
    # protocols under the anslag form's labels ("Datum för anslags uppsättande", "Förvaringsplats för protokollet",
    # "Justerade paragrafer": 93 documents of the tuning half); the posted meeting is held, not planned
    text = ("Officiell anslagstavla\n\nTillkännagivande av kommunfullmäktiges möten 2018\n\n"
            "7 mars, 3 maj, 14 juni, 15 oktober, 8 november, 13 december.\n\nAnslagsbevis\n\n"
            "Tekniska nämnden 2018-09-18\n\nBeslutsinstans Tekniska nämnden\nSammanträdesdatum 2018-09-18\n"
            "Justerade paragrafer § 30 - § 31\nDatum för anslags uppsättande 2018-09-20\n"
            "Förvaringsplats av protokollet Kommunkontoret Djurås\n")
    parsed = parse_document(write(tmp_path, text))
    assert parsed.kind == "sammanträdesplan"
    assert [(m.body, m.date) for m in parsed.plan.meetings] == [
        ("Kommunfullmäktige", f"2018-{md}") for md in ("03-07", "05-03", "06-14", "10-15", "11-08", "12-13")]
    # the posted meeting's dates are not dropped silently: each is noted with its line
    assert [note.split(":")[0] for note in parsed.notes if "18 september: ett justerat protokolls anslag" in note] \
        == ["rad 9", "rad 12"]


def test_one_posting_label_under_a_plans_dates_drops_none_of_them(tmp_path):
    # a posting notice is its form's labels together (gagnef_sammantradesplan_1); one "Förvaringsplats" line under a
    # plan's list says where its protocols are kept, and its dates stay
    text = ("Sammanträdesdagar 2018\n\nKommunfullmäktige\n\n7 mars\n3 maj\n14 juni\n"
            "Förvaringsplats för protokollen: kommunkontoret\n")
    meetings = [m.date for m in parse_document(write(tmp_path, text)).plan.meetings]
    assert meetings == ["2018-03-07", "2018-05-03", "2018-06-14"]


def test_a_flattened_grid_row_whose_empty_cells_were_lost_is_left_out_and_the_next_rows_read(tmp_path):
    # ystad_sammantradesplan_1's web table (bodies across, months down, one cell a line) as an extractor that drops
    # blank lines gives it: January's empty cells (KN, VN) are gone, so its 8 days cannot be told to their bodies
    # and the row is left out; February, whose row is whole, is still read, its month name setting it apart
    # (before, the first short row ended the grid and the plan read nothing)
    codes = ["Kf", "Ks", "KsAu", "BUN", "GN", "KN", "SN", "SAM", "MYN", "VN"]
    header = [line for code in codes for line in (code, "09:00")]
    text = "\n".join(["Sammanträdesplan", "Sammanträdesdagar under 2022 i Ystads kommun", *header,
                      "Januari", "20", "26", "12", "27", "28", "27", "19", "18",
                      "Februari", "17", "16", "9", "17 *5)", "25", "16", "24", "15", "15", "4",
                      "KF = Kommunfullmäktige", "KS = Kommunstyrelsen", "KSAU = Kommunstyrelsens arbetsutskott",
                      "BUN = Barn- och Utbildningsnämnden", "GN = Gymnasienämnden", "KN = Kulturnämnden",
                      "SN = Socialnämnden", "SAM = Samhällsbyggnadsnämnden", "MYN = Myndighetsnämnden",
                      "VN = Valnämnden"]) + "\n"
    meetings = {(m.body, m.date) for m in parse_document(write(tmp_path, text)).plan.meetings}
    assert ("Kulturnämnden", "2022-02-16") in meetings and ("Valnämnden", "2022-02-04") in meetings
    assert len(meetings) == 10 and not any(date.startswith("2022-01") for _, date in meetings)


def test_a_plans_bulleted_dates_run_on_in_one_line_are_read_as_the_list(tmp_path):
    # mjolby_sammantradesplan_1 as a copy that lost the line breaks inside its paragraphs: the bulleted dates run on
    # in one line ("• 24 januari • 14 februari • 6 mars och 27 mars ..."). "•" sets dates one a line in 15 tuning
    # plans of as many municipalities (Båstad, Jönköping, Nacka, Växjö, Region Västmanland ...); each point is put
    # on a line of its own again, so the plan reads as it was set
    text = ("Kommunstyrelsen\n\nSammanträdesdagar 2024\n\n"
            "Kommunstyrelsen sammanträder alltid på onsdagar klockan 9.30 - 17 om inte annat anges.\n\n"
            "• 24 januari • 14 februari • 6 mars och 27 mars • 24 april • 15 maj och 29 maj • 19 juni • 28 augusti "
            "• 18 september • 2 oktober och 23 oktober • 13 november • 11 december\n")
    dates = sorted(m.date for m in parse_document(write(tmp_path, text)).plan.meetings)
    assert len(dates) == 14 and dates[:3] == ["2024-01-24", "2024-02-14", "2024-03-06"] and dates[-1] == "2024-12-11"


def test_a_plans_dates_run_on_in_one_line_with_or_after_their_heading_are_read(tmp_path):
    # region-varmland_sammantradesplan_1, jarfalla_sammantradesplan_1 and overkalix_sammantradesplan_1 as copies that
    # lost the line breaks inside paragraphs: the dates run on in one line ("Mötesdagar 2019 19 februari 26 mars ...",
    # the heading with them; Järfälla's "Sammanträdesdatum" / "2021" / "11 januari 15 februari ..."; Överkalix's
    # bulleted "• Måndag 26 februari • Måndag 29 april ..."): the dates are counted, not the lines, and the heading set
    # apart from its list, so each reads as the plan it was
    varmland = ("Regionstyrelsen\n\nI styrelsen sitter 15 ordinarie ledamöter som sammanträder cirka en gång varje "
                "månad.\n\nMötesdagar 2019 19 februari 26 mars 16 april 28 maj 18 juni 24 september 15 oktober "
                "19 november 17 december\n\nProtokoll och möteshandlingar\n\nKallelser, möteshandlingar och protokoll "
                "för styrelsen finns här.\n")
    plan = parse_document(write(tmp_path, varmland)).plan
    assert [(m.body, m.date) for m in plan.meetings][:2] == [("Regionstyrelsen", "2019-02-19"),
                                                            ("Regionstyrelsen", "2019-03-26")]
    assert len(plan.meetings) == 9
    jarfalla = ("Kommunfullmäktige\n\nKommunfullmäktige är kommunens motsvarighet till riksdagen.\n\n"
                "Sammanträdesdatum\n\n2021\n\n11 januari 15 februari 22 mars 26 april 14 juni\n\n"
                "61 ledamöter ingår i fullmäktige.\n")
    assert [m.date for m in parse_document(write(tmp_path, jarfalla)).plan.meetings] == [
        "2021-01-11", "2021-02-15", "2021-03-22", "2021-04-26", "2021-06-14"]
    overkalix = ("Kommunfullmäktige\n\nNär är nästa sammanträde?\n\nUnder 2024 sammanträder kommunfullmäktige följande "
                 "dagar:\n\n• Måndag 26 februari • Måndag 29 april • Måndag 17 juni\n\n"
                 "Kommunfullmäktiges sammanträden börjar alltid klockan 14.00.\n")
    assert [m.date for m in parse_document(write(tmp_path, overkalix)).plan.meetings] == [
        "2024-02-26", "2024-04-29", "2024-06-17"]


def test_a_plans_dates_with_their_remarks_run_on_in_one_line_are_read_one_a_point(tmp_path):
    # vadstena_sammantradesplan_1, partille_sammantradesplan_1 and tomelilla_sammantradesplan_1 as copies that lost the
    # line breaks inside paragraphs: each date with its remark ("2 mars Protokoll", "27 februari, tisdag, klockan
    # 18.30", "13 januari 08:30" under "Dag Tid Notering") run on in one line; set apart one point a line they read as
    # the lists they were. "klockan 16 5 september" may be an hour or a day before it: the two stay together
    vadstena = ("Kommunfullmäktige\n\nKommunfullmäktiges sammanträden är öppna för allmänheten.\n\n"
                "Kommunfullmäktige sammanträden 2022\n\n2 mars Protokoll 27 april Protokoll 22 juni Kallelse och "
                "handlingar 28 september 26 oktober 23 november 14 december\n")
    assert [m.date for m in parse_document(write(tmp_path, vadstena)).plan.meetings] == [
        "2022-03-02", "2022-04-27", "2022-06-22", "2022-09-28", "2022-10-26", "2022-11-23", "2022-12-14"]
    partille = ("Fullmäktige sammanträder under år 2018 vid följande tillfällen.\n\nMötesdatum 2018\n\n"
                "31 januari, onsdag, klockan 18.30 (Inställt på grund av för få ärenden) 27 februari, tisdag, klockan "
                "18.30 27 mars, tisdag, klockan 18.30 12 juni, tisdag, klockan 16 5 september, tisdag, klockan 18.30 "
                "2 oktober, tisdag, klockan 18.30\n")
    assert [m.date for m in parse_document(write(tmp_path, partille)).plan.meetings] == [
        "2018-01-31", "2018-02-27", "2018-03-27", "2018-06-12", "2018-10-02"]
    tomelilla = ("Kallelser, protokoll och sammanträdestider\n\n"
                 "Sammanträden för kommunstyrelsens arbetsutskott 2021\n\n"
                 "Dag Tid Notering 13 januari 08:30 3 februari 08:30 17 februari 08:30 10 mars 08:30 24 mar\n")
    assert [(m.body, m.date) for m in parse_document(write(tmp_path, tomelilla)).plan.meetings] == [
        ("Kommunstyrelsens arbetsutskott", "2021-01-13"), ("Kommunstyrelsens arbetsutskott", "2021-02-03"),
        ("Kommunstyrelsens arbetsutskott", "2021-02-17"), ("Kommunstyrelsens arbetsutskott", "2021-03-10")]
    # A line of dates right over or under another is a table's row whose padding was lost (ekero_sammantradesplan_1,
    # a column a body): never set apart as a list
    from archive.importing.meetingplan import _lists_apart
    rows = [Line(15, "30 januari 13 februari 6 mars"), Line(16, "12 mars Å, månd 27 mars Å 17 april Å, kl.16"),
            Line(17, "24 april 8 maj 22 maj")]
    assert _lists_apart(rows) == rows


def test_a_pdfs_page_furniture_between_a_plans_cells_is_not_a_cell(tmp_path):
    # ystad_sammantradesplan_1's table (a column a body, one cell a line) as a PDF gives it, its pages' running head
    # ("Ystads kommun    Sammanträdesplan    2(9)", or stacked over "Sida 2 (9)") between two cells, as Ale's,
    # Alingsås' and Kumla's pages are marked: a page's furniture, never a cell, so no cell moves to the next body
    cells = ["Sammanträdesplan", "Kommunstyrelsen och dess arbetsutskott sammanträder i Nya Rådhuset vid "
             "Österportstorg.", "Sammanträdesdagar under 2022 i Ystads kommun", " ", "Kf", "18:00", "Ks", "09:00",
             "KsAu", "08:30", "BUN", "13:30", "GN", "09:00", "KN", "09:00", "SN", "10:30", "SAM", "10:00", "MYN",
             "13:00", "VN", "09:00", "Januari", "20", "26", "12", "27", "28", " ", "27", "19", "18", " ", "Februari",
             "17", "16", "9", "17", "25", "16", "24", "15", "15", "4", "KF = Kommunfullmäktige", "KS = Kommunstyrelsen",
             "KSAU = Kommunstyrelsens arbetsutskott", "BUN = Barn- och Utbildningsnämnden", "GN = Gymnasienämnden",
             "KN = Kulturnämnden", "SN = Socialnämnden", "SAM = Samhällsbyggnadsnämnden", "MYN = Myndighetsnämnden",
             "VN = Valnämnden"]
    plain = "\n\n".join(cells) + "\n"
    expected = [(m.body, m.date) for m in parse_document(write(tmp_path, plain)).plan.meetings]
    assert ("Kommunfullmäktige", "2022-02-17") in expected and len(expected) == 18
    for head in ("Ystads kommun    Sammanträdesplan    {}(9)", "Ystads kommun\nSAMMANTRÄDESPLAN\nSida {} (9)"):
        paged = "\n\n".join([*cells[:28], head.format(2), *cells[28:38], head.format(3), *cells[38:]]) + "\n"
        assert [(m.body, m.date) for m in parse_document(write(tmp_path, paged)).plan.meetings] == expected


def test_a_plans_month_beside_a_page_mark_is_the_plans_not_the_running_head():
    # gislaved_sammantradesplan_1 with its pages' running head ("Gislaveds kommun    Sammanträdesplan    2(9)") between
    # "februari 24" and "mars 24": the mark and the repeated head go, the month after it stays (it repeats under every
    # body, but stands beside one mark only, not beside every page's as a stacked head's line does)
    from archive.importing.meetingplan import _without_page_furniture
    text = ["Kommunfullmäktige", "januari", "27", "februari", "24", "Gislaveds kommun    Sammanträdesplan    2(9)",
            "mars", "24", "Kommunstyrelsen", "januari", "19", "februari", "2",
            "Gislaveds kommun    Sammanträdesplan    3(9)", "mars", "2"]
    assert [line.text for line in _without_page_furniture(lines(*text))] == [
        x for x in text if "Sammanträdesplan" not in x]
    stacked = ["mars", "24", "Gislaveds kommun", "SAMMANTRÄDESPLAN", "Sida 2 (9)", "april", "28", "Gislaveds kommun",
               "SAMMANTRÄDESPLAN", "Sida 3 (9)", "mars", "2"]
    kept = [line.text for line in _without_page_furniture(lines(*stacked))]
    assert kept == ["mars", "24", "april", "28", "mars", "2"]


def test_a_plan_sentence_naming_a_direktion_gives_its_dates_and_a_labelled_item_keeps_the_list(tmp_path):
    # jamtlands-gymnasieforbund_sammantradesplan_1: "Under 2024 sammanträder direktionen följande datum:" as Överkalix's
    # "Under 2024 sammanträder kommunfullmäktige följande dagar:" (a förbund's board, naming.body_kind: Nässjö, Högsby,
    # Arboga, Lilla Edet); a bulleted item between its dates that does not open with its date is no heading ending the
    # list (the extra meeting it names is read since its words are known as a marker: test at the end of this file)
    text = ("Sammanträden och protokoll\n\nUnder 2024 sammanträder direktionen följande datum:\n\n"
            "  • 5 februari\n  • 11 mars\n  • 27 maj\n  • 23 september\n  • Extrainkallat sammanträde 28 oktober\n"
            "  • 11 november\n  • 16 december.\n\nProtokoll 2024\n\nFöredragningslistor 2024\n")
    document = parse_document(write(tmp_path, text))
    assert [(m.body, m.date) for m in document.plan.meetings][3:] == [
        ("Direktionen", "2024-09-23"), ("Direktionen", "2024-10-28"), ("Direktionen", "2024-11-11"),
        ("Direktionen", "2024-12-16")]


def test_a_plan_whose_table_ran_into_one_line_is_imported_unread_not_refused(tmp_path):
    # ekero_sammantradesplan_1 as a copy that lost its table's line breaks gives it: the bodies' columns run into one
    # line with their days and months ("... i Mälarökyrkan 30 januari   13 februari   6 mars ..."); which date is
    # whose the text no longer tells, so the plan is imported with no meeting and each date warned, not refused
    text = ("Sammanträdesplan 2018\n\nSammanträdesplan för Kommunstyrelsens arbetsutskott (Ks au), "
            "Kommunstyrelsen (Ks) och Kommunfullmäktige (Kf).\n\n"
            "Kommunstyrelsens arbetsutskott tisdagar kl.14.00 i Prologen "
            "Kommunstyrelsen tisdagar kl.16.00 i Debatten Kommunfullmäktige tisdagar kl.18.00 i Mälarökyrkan "
            "30 januari   13 februari   6 mars 12 mars Å, månd   27 mars Å   17 april Å, kl.16 24 april   8 maj   "
            "22 maj 15 maj VR, BD   4 juni VR, BD månd   19 juni VR, BD 12 juni\n")
    parsed = parse_document(write(tmp_path, text))
    assert parsed.kind == "sammanträdesplan" and parsed.plan.meetings == []
    assert any("30 januari" in warning for warning in parsed.plan.warnings)


def test_a_plans_later_page_head_stacked_over_its_only_page_mark_is_page_furniture(tmp_path):
    # region-norrbotten_sammantradesplan_2 as a PDF of two pages gives it: the second page's head ("Region Norrbotten" /
    # "SAMMANTRÄDESPLAN" / "Sida 2 (2)", the organisation's name and the kind word as Ystad's and Gislaved's plans head
    # their pages) between a body's heading and its dates, seen once: the page's, not a body the dates go under
    text = ("Sammanträdesplan 2023\n\nRegionfullmäktige 2023\n\n21 februari\n24 april\n\n"
            "Regionstyrelsen 2023\n\nRegion Norrbotten\nSAMMANTRÄDESPLAN\nSida 2 (2)\n\n13 september\n5 oktober\n")
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert [(m.body, m.date) for m in meetings if m.date >= "2023-09-01"] == [
        ("Regionstyrelsen", "2023-09-13"), ("Regionstyrelsen", "2023-10-05")]


def test_a_flattened_grids_empty_cell_is_an_empty_line_where_its_cells_stand_on_adjacent_lines(tmp_path):
    # ystad_sammantradesplan_1 unblanked (a web table flattened one cell a line; an extractor that drops blank lines
    # keeps the empty cell's line, its lone space lost): the empty line is February's KsAu cell, not a gap
    text = (_YSTAD_GRID_HEAD + "\n".join(_YSTAD_GRID_ROWS) + "\nKF = Kommunfullmäktige\n"
            "KSAU = Kommunstyrelsens arbetsutskott\nBUN = Barn- och utbildningsnämnden\n")
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert sorted((m.body, m.date) for m in meetings if m.date.startswith("2022-02")) == [
        ("Barn- och utbildningsnämnden", "2022-02-09"), ("Kommunfullmäktige", "2022-02-17")]


def test_a_plans_legend_run_together_on_one_line_still_explains_each_code(tmp_path):
    # ystad_sammantradesplan_1 joined ("KF = Kommunfullmäktige KS = Kommunstyrelsen KSAU = Kommunstyrelsens
    # arbetsutskott BUN = ..." on one line): each code and its sign start a pair of their own, as on separate lines
    text = (_YSTAD_GRID_HEAD + "\n" + "\n\n".join(_YSTAD_GRID_ROWS[:12] + [" "] + _YSTAD_GRID_ROWS[13:])
            + "\n\nKF = Kommunfullmäktige KSAU = Kommunstyrelsens arbetsutskott BUN = Barn- och utbildningsnämnden "
            "SAM = Samhällsbyggnadsnämnden\n")
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert ("Kommunstyrelsens arbetsutskott", "2022-01-12") in [(m.body, m.date) for m in meetings]
    assert len(meetings) == 8


def test_a_flattened_grid_whose_header_is_narrower_than_its_rows_is_not_read(tmp_path):
    # ystad_sammantradesplan_1 with its legend lost: the first column heads are no bodies the reader knows, so the
    # header read is the last two only; the rows hold more days than that, so no day is surely in its column
    rows = ["Xy", "Zq", "KF", "KS", "Januari", "20", "26", "12", "27", "Februari", "17", "16", "9", "17"]
    text = _YSTAD_GRID_HEAD + "\n\n".join(rows) + "\n"
    parsed = parse_document(write(tmp_path, text))
    assert parsed.plan is None or parsed.plan.meetings == []


def test_a_page_head_inside_a_flattened_grid_leaves_one_gap_not_an_empty_cell(tmp_path):
    # ystad_sammantradesplan_1 as a PDF's pages give it (paged: "Ystads kommun    Sammanträdesplan    5(9)" set off by
    # blank lines right before May's first cell, itself empty): the head goes with its own gap, the empty cell stays one
    rows = ["Kf", "18:00", "Ks", "09:00", "BUN", "13:30", "April", "21", "27", "28", "Maj", " ", "25", "24",
            "Juni", "16", "22", "21"]
    text = _YSTAD_GRID_HEAD + "\n" + "\n\n".join(rows[:11]) + "\n\nYstads kommun    Sammanträdesplan    2(3)\n\n" \
        + "\n\n".join(rows[11:14]) + "\n\nYstads kommun    Sammanträdesplan    3(3)\n\n" + "\n\n".join(rows[14:]) \
        + "\n\nBUN = Barn- och utbildningsnämnden\n"
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert sorted((m.body, m.date) for m in meetings if m.date.startswith("2022-05")) == [
        ("Barn- och utbildningsnämnden", "2022-05-24"), ("Kommunstyrelsen", "2022-05-25")]


def test_a_lead_run_on_with_its_list_may_end_in_words_of_when_it_meets(tmp_path):
    # a lead as Jämtlands Gymnasieförbund's and Överkalix' ("Under 2024 sammanträder direktionen följande datum:") run
    # on with its list in one sentence, a page that lost its line breaks, but ending in "2023 den" rather than a colon
    # (meetingplan._lead_run_on's _MEETS_ON lead): the lead's body and year take the dates, a link label after them
    text = ("Sammanträden och protokoll\n\nDirektionen sammanträder 2023 den 5 februari, 11 mars och 4 maj. "
            "Protokoll 2023\n")
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert [(m.body, m.date) for m in meetings] == [
        ("Direktionen", "2023-02-05"), ("Direktionen", "2023-03-11"), ("Direktionen", "2023-05-04")]


def test_a_lead_run_on_with_its_dates_and_their_remarks_reads_a_point_a_date(tmp_path):
    # a lead run on with a list whose points carry remarks and no separators (Vadstena's "2 mars Protokoll 27 april
    # Protokoll 22 juni Kallelse och handlingar ...", meetingplan._lead_run_on's last way, _dates_apart's points)
    text = ("Sammanträdesplan 2024\n\nDirektionen sammanträder följande datum: 2 mars Protokoll 27 april Protokoll "
            "22 juni Kallelse och handlingar 28 september Protokoll\n")
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert [(m.body, m.date) for m in meetings] == [
        ("Direktionen", "2024-03-02"), ("Direktionen", "2024-04-27"), ("Direktionen", "2024-06-22"),
        ("Direktionen", "2024-09-28")]


def test_a_planned_date_moved_to_another_is_read_at_its_new_date(tmp_path):
    # uppvidinge_sammantradesplan_1 ("23 april - OBS! Ändrat till 9 maj" in its utskott's lists), in the words news of a
    # moved meeting uses (Herrljunga "flyttas fram till den 23 november", Öckerö "framflyttat till den 20 oktober"):
    # the meeting is on the new date, the planned one is not read
    text = ("Sammanträdesdagar 2019\n\nTekniska utskottet\n\nDatum då Tekniska utskottet träffas\n\nDatum\n"
            "26 februari\n23 april - OBS! Ändrat till 6 maj\n24 september\n"
            "26 november flyttas fram till den 3 december\n")
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert [(m.body, m.date, m.marker) for m in meetings] == [
        ("Tekniska utskottet", "2019-02-26", None), ("Tekniska utskottet", "2019-05-06", None),
        ("Tekniska utskottet", "2019-09-24", None), ("Tekniska utskottet", "2019-12-03", None)]


def test_a_meeting_marked_as_an_extra_one_keeps_the_words_as_its_marker(tmp_path):
    # jamtlands-gymnasieforbund_sammantradesplan_1 ("• Extrainkallat sammanträde 28 oktober" between its list's dates)
    # and skara_sammantradesplan_1 ("26 mars (extrainsatt)"); a remark saying more is no marker
    text = ("Sammanträdesdagar 2024\n\nUnder 2024 sammanträder direktionen följande datum:\n\n  • 23 september\n"
            "  • Extrainkallat sammanträde 28 oktober\n  • 11 november\n\nKommunfullmäktige\n\n"
            "Plats: Skara stadshus, aulan\nTid: 18.30\n24 februari\n26 mars (extrainsatt)\n27 april\n"
            "28 september (extra ärenden om budgeten)\n")
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert [(m.body, m.date, m.marker) for m in meetings] == [
        ("Direktionen", "2024-09-23", None), ("Direktionen", "2024-10-28", "Extrainkallat sammanträde"),
        ("Direktionen", "2024-11-11", None), ("Kommunfullmäktige", "2024-02-24", None),
        ("Kommunfullmäktige", "2024-03-26", "extrainsatt"), ("Kommunfullmäktige", "2024-04-27", None),
        ("Kommunfullmäktige", "2024-09-28", None)]


def test_a_meeting_marked_as_held_in_public_keeps_the_words_as_its_marker(tmp_path):
    # herrljunga_sammantradesplan_1 "2 maj (öppet sammanträde)" among its list's dates, as an extra meeting is marked;
    # a remark saying more, or another kind of note, is no marker (made-up dates)
    text = ("Sammanträdestider 2024\n\nKommunstyrelsen sammanträder kl 08.30 på torsdagar.\n\n1 februari\n"
            "7 mars (öppet sammanträde)\n4 april (öppet sammanträde med frågestund för allmänheten)\n"
            "2 maj (heldag budget)\n")
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert [(m.date, m.marker) for m in meetings] == [
        ("2024-02-01", None), ("2024-03-07", "öppet sammanträde"), ("2024-04-04", None), ("2024-05-02", None)]


def test_a_flattened_grids_cell_with_a_note_after_its_day_keeps_the_note_as_its_marker(tmp_path):
    # vargarda_sammantradesplan_1: a May cell "14 OBS! Måndag kl. 15.30", in the next row broken onto two lines ("14" /
    # "OBS! Måndag kl. 15.30"); the row's weekday (ONS) and time give way to the note's
    rows = ["Servicenämnd Ekonomi/personal", "ONS", "10.30", "-", "-", "7", "-", "14 OBS! Måndag kl. 15.30", "-",
            "Servicenämnd IT/växel/Telefoni", "ONS", "09.00", "-", "-", "7", "-", "14", "OBS! Måndag kl. 15.30", "-"]
    text = ("Mötestider\n\nSammanträdestider 2018 januari - juni\n\n"
            + "\n\n".join(["Organ", "DAG", "KL", "JAN", "FEB", "MARS", "APRIL", "MAJ", "JUNI"] + rows) + "\n")
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert [(m.body, m.date, m.marker, m.start_time) for m in meetings] == [
        ("Servicenämnd Ekonomi/personal", "2018-03-07", None, "10:30"),
        ("Servicenämnd Ekonomi/personal", "2018-05-14", "OBS! Måndag kl. 15.30", "15:30"),
        ("Servicenämnd IT/växel/Telefoni", "2018-03-07", None, "09:00"),
        ("Servicenämnd IT/växel/Telefoni", "2018-05-14", "OBS! Måndag kl. 15.30", "15:30")]


def test_a_day_the_remark_keeps_in_reserve_is_no_planned_meeting(tmp_path):
    # nacka_sammantradesplan_1: "15, 16 november (Heldag, budgeten hanteras. Reservdag 16 november om ärenden
    # återstår)": the 16th is held only if needed; a reserve day the line does not list changes nothing
    text = ("Sammanträdesdagar\n\nKommunfullmäktige\n\nHösten 2021\n\n • 18 oktober kl. 18\n"
            " • 15, 16 november (Heldag, budgeten hanteras. Reservdag 16 november om ärenden återstår).\n"
            " • 13 december kl.18 (Reservdag 14 december om ärenden återstår).\n")
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert [(m.body, m.date) for m in meetings] == [
        ("Kommunfullmäktige", "2021-10-18"), ("Kommunfullmäktige", "2021-11-15"), ("Kommunfullmäktige", "2021-12-13")]


def test_a_dates_heading_inside_a_run_on_line_stands_over_its_list(tmp_path):
    # nerikes-brandkar_sammantradesplan_1 joined (the page's one block of lines run into one): its text, the heading
    # "Sammanträdestider 2022", its seven dates and the members' table all in one line; the plan was refused
    text = ("Direktionen Nerikes Brandkår styrs politiskt av en direktion med ledamöter från våra nio medlemskommuner. "
            "Direktionen träffas sex gånger per år och är Nerikes Brandkårs beslutande, förvaltande och verkställande "
            "organ. Det åligger direktionen att: - Informera allmänheten och förbundets anställda om den egna "
            "verksamheten. Sammanträdestider 2022 28 januari 04 mars 22 april 10 juni 09 september 04 november "
            "09 december Ledamöter Kommun | Ledamöter | Ersättare | ---|---|---| Lindesberg | Jonas Kleber (C) | "
            "Tomas Klockars (M) |\n")
    document = parse_document(write(tmp_path, text))
    assert [(m.body, m.date) for m in document.plan.meetings] == [
        ("Direktionen", "2022-01-28"), ("Direktionen", "2022-03-04"), ("Direktionen", "2022-04-22"),
        ("Direktionen", "2022-06-10"), ("Direktionen", "2022-09-09"), ("Direktionen", "2022-11-04"),
        ("Direktionen", "2022-12-09")]


def test_a_gemensam_namnd_heading_named_by_what_it_serves_is_its_body_whole(tmp_path):
    # a gemensam nämnd named as Fagersta's, Region Jämtland Härjedalen's, Säter's and Strömsund's texts name theirs
    # ("Gemensamma nämnden för upphandling", "Gemensamma nämnden för Närvård Frostviken", "Gemensam nämnd för
    # samverkan"), over its list of dates as Skara's "Nämnden för service och teknik" stands over its own: the name
    # whole, not the bare "Gemensamma nämnden" / "Gemensam nämnd"
    text = ("Sammanträdesdagar 2023\n\nGemensamma nämnden för Närvård Frostviken\n\n10 februari\n14 april\n"
            "22 september\n\nGemensam nämnd för samverkan\n\n3 mars\n5 maj\n6 oktober\n")
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert sorted({m.body for m in meetings}) == ["Gemensam nämnd för samverkan",
                                                   "Gemensamma nämnden för Närvård Frostviken"]
    assert len(meetings) == 6


def test_a_two_day_iso_meeting_inside_a_run_on_list_keeps_the_dates_after_it(tmp_path):
    # kiruna_sammantradesplan_1 joined: "Sammanträdesdagar för år 2021:" over "2021-06-07--08 2021-09-13 2021-10-18
    # 2021-11-15" in one line; the two-day meeting is listed by its first day (as on a line of its own) and the list
    # goes on after it (before, nothing after "--08" was read)
    text = ("Kallelser och protokoll\n\nKommunfullmäktige sammanträder i kommunfullmäktiges sessionssal, "
            "Kristallen.\n\nSammanträdesdagar för år 2021:\n\n2021-06-07--08 2021-09-13 2021-10-18 2021-11-15\n")
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert [(m.body, m.date) for m in meetings] == [
        ("Kommunfullmäktige", "2021-06-07"), ("Kommunfullmäktige", "2021-09-13"), ("Kommunfullmäktige", "2021-10-18"),
        ("Kommunfullmäktige", "2021-11-15")]


def test_dates_with_time_ranges_run_on_in_one_line_are_each_read(tmp_path):
    # kunskapsforbundet-vast_sammantradesplan_1 joined: "21 november, klockan 08.30-12.30 12 december, klockan
    # 08.30-12.30" (two dates, too few for a list's points): the time's range, then the next date with no separator;
    # an hour alone before a day ("klockan 16 5 september") is still not taken apart so
    text = ("Sammanträdestider\n\nKunskapsförbundets direktion sammanträder under 2017 vid följande datum:\n\n"
            "21 november, klockan 08.30-12.30 12 december, klockan 08.30-12.30\n")
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert [(m.body, m.date, m.start_time) for m in meetings] == [
        ("Direktionen", "2017-11-21", "08:30"), ("Direktionen", "2017-12-12", "08:30")]


def test_a_bodys_usual_time_and_place_run_on_before_its_dates_stand_apart_from_them(tmp_path):
    # skara_sammantradesplan_1 joined: "Plats: Skara stadshus, aulan (Södra kyrkogatan 2) Tid: 18.30 24 februari 26
    # mars (extrainsatt) 27 april ..." under "Kommunfullmäktige": the line of where and when it meets, then its dates
    text = ("Sammanträdesdagar 2020\n\nKommunfullmäktige\n\nPlats: Skara stadshus, aulan (Södra kyrkogatan 2) "
            "Tid: 18.30 24 februari 26 mars (extrainsatt) 27 april 15 juni 28 september\n")
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert [(m.date[5:], m.marker) for m in meetings] == [
        ("02-24", None), ("03-26", "extrainsatt"), ("04-27", None), ("06-15", None), ("09-28", None)]
    assert {m.body for m in meetings} == {"Kommunfullmäktige"}


def test_a_line_whose_remark_keeps_its_only_date_in_reserve_reads_as_before(tmp_path):
    # _without_reserve_days drops a reserve day only beside others the line plans: where it names every date the line
    # lists, what the line means is not guessed and its date is read
    text = ("Sammanträdesdagar\n\nKommunfullmäktige\n\nHösten 2021\n\n • 18 oktober kl. 18\n"
            " • 16 november (Reservdag 16 november om ärenden återstår).\n")
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert [(m.body, m.date) for m in meetings] == [("Kommunfullmäktige", "2021-10-18"),
                                                     ("Kommunfullmäktige", "2021-11-16")]


def test_a_planned_date_moved_to_more_than_one_is_not_moved(tmp_path):
    # _moved takes a new date only where the remark names exactly one: 'Ändrat till 6 maj och 7 maj' is not guessed
    # at, the line reads as it did before moves were read (no date of it)
    text = ("Sammanträdesdagar 2019\n\nTekniska utskottet\n\nDatum då Tekniska utskottet träffas\n\nDatum\n"
            "26 februari\n23 april - OBS! Ändrat till 6 maj och 7 maj\n24 september\n")
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert [(m.body, m.date) for m in meetings] == [("Tekniska utskottet", "2019-02-26"),
                                                     ("Tekniska utskottet", "2019-09-24")]


def test_a_heading_of_a_bodys_meetings_in_one_compound_word_names_the_plan_and_its_body(tmp_path):
    # sydnarkes-utbildningsforbund_sammantradesplan_1: "Direktionssammanträden 2022:" over a bullet list of dates, under
    # the page's section "Direktion" (refused as no municipal document before); the compound's first part names the
    # body, definite as heads write it ("direktionsmöte", Ystad-Österlenregionens Miljöförbund; Söderhamn's
    # "fullmäktigesammanträde"); a party's "Gruppmöten 2019" names no body and no plan
    text = ("Direktion\n\nDirektionen i förbundet har det övergripande ansvaret för verksamheten.\n\n"
            "Direktionssammanträden 2022:\n\n  • 4 mars\n  • 1 april\n  • 6 maj\n\n"
            "Samtliga sammanträden fredagar kl 09:00.\n")
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert [(m.body, m.date) for m in meetings] == [
        ("Direktionen", "2022-03-04"), ("Direktionen", "2022-04-01"), ("Direktionen", "2022-05-06")]
    text = "Samordningsförbundet Sydnärke\n\nStyrelsemöten 2023\n\n• 13 januari\n• 10 februari\n• 17 mars\n"
    assert {m.body for m in parse_document(write(tmp_path, text)).plan.meetings} == {"Styrelsen"}
    with pytest.raises(ImportFailed):
        parse_document(write(tmp_path, "Gruppmöten 2019\n\n• 13 januari\n• 10 februari\n• 17 mars\n"))


def test_a_notice_in_brackets_after_a_lists_date_is_its_marker(tmp_path):
    # vasterbergslagens-utbildningscentrum_sammantradesplan_1: "17 mars (Obs! Fredag kl 09.00-12.00)", "17 aug, kl
    # 10.00-12.00 (Obs! Preliminärt)": the notice kept whole, as Vårgårda's grid cell's "OBS! Måndag kl. 15.30"; a
    # cancellation in it marks the meeting "inställt" (Uppvidinge); "(obs torsdag)" without "!" is an aside
    # (skaraborgs-kommunalforbund_sammantradesplan_1's gold: no marker)
    text = ("Sammanträdestider 2017\n\nDirektionen\n2 februari\n17 mars     (Obs! Fredag kl 09.00-12.00)\n"
            "17 aug, kl 10.00-12.00 (Obs! Preliminärt)\n14 september (obs torsdag)\n5 oktober (OBS! inställt)\n"
            "7 december\n")
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert [(m.date[5:], m.marker) for m in meetings] == [
        ("02-02", None), ("03-17", "Obs! Fredag kl 09.00-12.00"), ("08-17", "Obs! Preliminärt"), ("09-14", None),
        ("10-05", "inställt"), ("12-07", None)]


def test_a_compound_heading_of_a_bodys_meetings_may_give_its_year_after_under_or_none(tmp_path):
    # as "Direktionssammanträden 2022:" (sydnarkes-utbildningsforbund_sammantradesplan_1): "Styrelsemöten under 2024"
    # names the plan and its body; with no year at all it is still a plan, whose year must be given
    text = "Samordningsförbundet Sydnärke\n\nStyrelsemöten under 2024\n\n• 13 januari\n• 10 februari\n• 17 mars\n"
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert [(m.body, m.date) for m in meetings] == [
        ("Styrelsen", "2024-01-13"), ("Styrelsen", "2024-02-10"), ("Styrelsen", "2024-03-17")]
    text = "Samordningsförbundet Sydnärke\n\nDirektionssammanträden\n\n• 13 januari\n• 10 februari\n• 17 mars\n"
    with pytest.raises(ImportFailed, match="ange året"):
        parse_document(write(tmp_path, text))


def test_a_notice_without_brackets_after_a_lists_date_is_its_marker_too(tmp_path):
    # as "(Obs! Preliminärt)" (vasterbergslagens-utbildningscentrum_sammantradesplan_1) and Vårgårda's grid cell "14
    # OBS! Måndag kl. 15.30": "9 februari OBS! Fredag", "9 februari, Obs! Preliminärt"; Uppvidinge's "- OBS! inställt"
    # stays the cancellation's "inställt", its "- OBS! Ändrat till ..." the moved meeting's new date with no marker
    text = ("Räddningstjänstförbundet Mitt\n\nDirektionens sammanträden 2024\n\n13 januari\n9 februari OBS! Fredag\n"
            "17 mars, Obs! Preliminärt\n21 april - OBS! Ändrat till 23 april\n12 maj - OBS! inställt\n9 juni\n")
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert [(m.date[5:], m.marker) for m in meetings] == [
        ("01-13", None), ("02-09", "OBS! Fredag"), ("03-17", "Obs! Preliminärt"), ("04-23", None),
        ("05-12", "inställt"), ("06-09", None)]


def test_a_time_span_of_hours_alone_after_a_lists_date_is_its_time_not_a_heading(tmp_path):
    # samverkansnamnden-sydostra-sjukvardsregionen_sammantradesplan_1: "2021-06-04, kl. 10-12, video" was taken for a
    # line of when the body meets (its date lost, its "10" the next date's time), as the span of full times "kl
    # 10.00-12.00" (Västerbergslagens utbildningscentrum) and Umeå's "08.15-10.00" are not; Ockelbo writes "kl 9-12"
    text = ("Samverkansnämnden\n\nSammanträden 2021\n\n2021-03-11, Rimforsa\n\n2021-06-04, kl. 10-12, video\n\n"
            "2021-10-01, Fredensborg\n\n2021-12-03, kl 9-12, video\n")
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert [(m.date, m.start_time) for m in meetings] == [
        ("2021-03-11", None), ("2021-06-04", "10:00"), ("2021-10-01", None), ("2021-12-03", "09:00")]



def test_a_plans_heading_that_calls_its_dates_fastställda_names_the_body_after_för(tmp_path):
    # raddningstjansten-syd_sammantradesplan_1's "Fastställda mötestider för direktionen" was taken whole for the
    # body's name, as "Preliminära"/"Planerade"/"Kommande" before the kind words already were not
    text = ("Räddningstjänsten Syd\n\nFastställda mötestider för direktionen 2018\n\n08 februari\n14 mars\n"
            "12 juni\n\nFastställda sammanträdesdagar för kommunstyrelsen 2018\n\n1 februari\n15 mars\n7 juni\n")
    meetings = parse_document(write(tmp_path, text)).plan.meetings
    assert [(m.body, m.date) for m in meetings] == [
        ("Direktionen", "2018-02-08"), ("Direktionen", "2018-03-14"), ("Direktionen", "2018-06-12"),
        ("Kommunstyrelsen", "2018-02-01"), ("Kommunstyrelsen", "2018-03-15"), ("Kommunstyrelsen", "2018-06-07")]


def test_a_sentence_right_over_a_list_of_dates_states_their_year(tmp_path):
    # raddningstjansten-syd_sammantradesplan_1 was refused for want of a year its lead-in sentence states ("Följande
    # mötestider för 2018 är fastställda. Samtliga möten ..."); Partille's and Kungsbacka's sentences over their
    # dates state it so too (here under their headings "Mötesdatum 2018", "Mötesdatum 2019" without the year)
    texts = {
        "2018": "Direktionen\n\nMötestider för direktionen\n\nFöljande mötestider för 2018 är fastställda. "
                "Samtliga möten äger rum på Station Lund i Sessionsrummet.\n05 februari\n5 mars\n02 april\n",
        "2019": "Kommunfullmäktige\n\nMötesdatum\n\nFullmäktige sammanträder, om inget annat anges i kungörelsen "
                "till aktuellt sammanträde i Partille kommunhus sessionssal. Fullmäktige sammanträder under år 2019 "
                "vid följande tillfällen.\n\n5 februari\n5 mars\n2 april\n",
        "2020": "Mötesdatum\n\nPå den här sidan ser du vilka datum kommunfullmäktige sammanträder under 2020.\n"
                " • 5 februari\n • 5 mars\n • 2 april\n",
    }
    for year, text in texts.items():
        meetings = parse_document(write(tmp_path, text)).plan.meetings
        assert [(m.date, m.year_inferred) for m in meetings] == [
            (f"{year}-02-05", False), (f"{year}-03-05", False), (f"{year}-04-02", False)]
    # a sentence about no meeting, or one that states two years, states no year of the dates
    for text in ("Direktionen\n\nMötestider för direktionen\n\nBudgeten för 2018 fastställdes av direktionen i "
                 "november och gäller för hela förbundet.\n5 februari\n5 mars\n2 april\n",
                 "Direktionen\n\nMötestider för direktionen\n\nFöljande mötestider för 2018 och 2019 är fastställda. "
                 "Samtliga möten äger rum på Station Lund.\n5 februari\n5 mars\n2 april\n"):
        with pytest.raises(ImportFailed, match="ange året"):
            parse_document(write(tmp_path, text))


def test_sentences_with_their_list_of_dates_run_on_after_them_in_one_line(tmp_path):
    # raddningstjansten-syd_sammantradesplan_1 with its line breaks lost (bench/import_robustness.py's "joined"): the
    # lead-in sentences, then the dates to the line's end, as _lead_run_on splits "Under 2024 sammanträder
    # direktionen följande datum: 5 februari, ..." (Jämtlands Gymnasieförbund); Partille's and Kungsbacka's sentences
    # over their dates so too; a sentence's end followed by more than dates is left as it was
    for lead in ("Följande mötestider för 2018 är fastställda. Samtliga möten äger rum på Station Lund i "
                 "Sessionsrummet.", "Fullmäktige sammanträder, om inget annat anges i kungörelsen, i Partille "
                 "kommunhus sessionssal. Fullmäktige sammanträder under år 2018 vid följande tillfällen.",
                 "På den här sidan ser du vilka datum kommunfullmäktige sammanträder under 2018."):
        text = f"Direktionen\n\nMötestider för direktionen\n\n{lead} 08 februari 14 mars 12 juni 16 oktober\n"
        meetings = parse_document(write(tmp_path, text)).plan.meetings
        assert [m.date for m in meetings] == ["2018-02-08", "2018-03-14", "2018-06-12", "2018-10-16"]
    text = ("Direktionen\n\nMötestider för direktionen\n\nFöljande mötestider för 2018 är fastställda. 08 februari "
            "14 mars 12 juni 16 oktober i Sessionsrummet på Station Lund.\n")
    with pytest.raises(ImportFailed):
        parse_document(write(tmp_path, text))


# ---- p34: the tuning plans' golds re-set in the layouts other organisations use (made-up texts; the dates are
# nerikes-brandkar_sammantradesplan_1's, nacka_sammantradesplan_1's and kiruna_sammantradesplan_1's gold).

def _read(tmp_path, text: str, year: int | None = None):
    return parse_document(write(tmp_path, text), year=year).plan


def test_a_day_and_month_with_a_full_stop_is_a_date_where_no_time_or_section_number_can_be_meant(tmp_path):
    # nerikes-brandkar's dates set as "28.1" under the body's heading; "14.10, 14.40" (times, as protocols of
    # Årjäng, Hällefors, Skellefteå write them), "8.30" and "3.2 Kommunstyrelsen" (a section's number) stay unread.
    plan = _read(tmp_path, "Sammanträdesplan 2022\n\nDirektionen\n\n28.1\n4.3\n22.4 extra\n10.6, 9.9 och 4.11\n"
                           "9.12.2022\n")
    assert [m.date for m in plan.meetings] == ["2022-01-28", "2022-03-04", "2022-04-22", "2022-06-10",
                                               "2022-09-09", "2022-11-04", "2022-12-09"]
    text = "Sammanträdesplan 2022\n\nDirektionen\n\n14.10, 14.40\n8.30\n3.2 Kommunstyrelsen\n"
    with pytest.raises(ImportFailed):
        _read(tmp_path, text)


def test_a_weekday_before_a_slash_date_in_any_case(tmp_path):
    # "Måndag 5/2": the weekday capitalised as a list's first word; it must fit the date.
    plan = _read(tmp_path, "Sammanträdesplan 2024\n\nDirektionen\n\nMåndag 5/2\nMåndag 11/3\nTisdag 27/5\n")
    assert [m.date for m in plan.meetings] == ["2024-02-05", "2024-03-11"]  # 27/5 2024 is a Monday: left out
    assert any("texten säger tisdag" in w for w in plan.warnings)


def test_one_line_a_month_with_each_bodys_days(tmp_path):
    # nacka_sammantradesplan_1's gold set as "Maj: KF 10 och 24, KS 10"; a month line naming no body is no such line.
    plan = _read(tmp_path, "Sammanträdestider 2021\n\nFebruari: KF 1, KS 22\nMaj: KF 10 och 24, KS 10\n"
                           "Juni: KS 7\n")
    assert [(m.body, m.date) for m in plan.meetings] == [
        ("Kommunfullmäktige", "2021-02-01"), ("Kommunstyrelsen", "2021-02-22"), ("Kommunfullmäktige", "2021-05-10"),
        ("Kommunfullmäktige", "2021-05-24"), ("Kommunstyrelsen", "2021-05-10"), ("Kommunstyrelsen", "2021-06-07")]
    with pytest.raises(ImportFailed):
        _read(tmp_path, "Sammanträdestider 2021\n\nFebruari: Lunch 1, Fika 22\nMaj: Lunch 10\n")


def test_a_whole_plan_in_one_line_heading_and_all_is_read(tmp_path):
    # The heading, each body and its dates run into one line (line breaks lost), months written short: a plan.
    plan = _read(tmp_path, "Sammanträdesplan 2021 Kommunfullmäktige 12 apr 7 juni 13 sep 18 okt 15 nov "
                           "Kommunstyrelsen 19 apr 24 maj 30 aug 27 sep 25 okt 6 dec\n")
    assert [(m.body, m.date) for m in plan.meetings][:6] == [
        ("Kommunfullmäktige", "2021-04-12"), ("Kommunfullmäktige", "2021-06-07"), ("Kommunfullmäktige", "2021-09-13"),
        ("Kommunfullmäktige", "2021-10-18"), ("Kommunfullmäktige", "2021-11-15"), ("Kommunstyrelsen", "2021-04-19")]
    assert len(plan.meetings) == 11  # "6 dec" at the end is no month cut short: the line writes its months short


def test_a_body_label_with_its_colon_names_the_dates_after_it_never_those_before(tmp_path):
    # kiruna_sammantradesplan_1's gold as "Body: dates" lines that an extraction joins into one line: each label's
    # dates stay its own (they were read as the next body's).
    plan = _read(tmp_path, "Sammanträdesplan 2021\n\nKommunfullmäktige: 12 april, 7 juni, 13 sep, 18 okt, 15 nov "
                           "Kommunstyrelsen: 19 april, 24 maj, 30 aug Kultur- och utbildningsnämnden: 4 mars, 21 jan\n")
    assert [(m.body, m.date) for m in plan.meetings] == [
        ("Kommunfullmäktige", "2021-04-12"), ("Kommunfullmäktige", "2021-06-07"), ("Kommunfullmäktige", "2021-09-13"),
        ("Kommunfullmäktige", "2021-10-18"), ("Kommunfullmäktige", "2021-11-15"), ("Kommunstyrelsen", "2021-04-19"),
        ("Kommunstyrelsen", "2021-05-24"), ("Kommunstyrelsen", "2021-08-30"),
        ("Kultur- och utbildningsnämnden", "2021-03-04"), ("Kultur- och utbildningsnämnden", "2021-01-21")]


def test_one_bodys_column_under_the_months_label_is_a_table(tmp_path):
    # nerikes-brandkar_sammantradesplan_1's Direktionen as a förbund's months-down table, with pipes and with
    # spaces: "Månad Direktionen" is the header, no body's name (it was read as the body "Månad Direktionen").
    for header, sep in (("Månad | Direktionen |", " | "), ("Månad Direktionen", " ")):
        text = f"Sammanträdesplan 2022\n\n{header}\nJanuari{sep}28\nMars{sep}4\nApril{sep}22 extra\n"
        plan = _read(tmp_path, text)
        # Spaced too: "22 extra" is one day and its remark (it was two values, the row left out).
        assert [(m.body, m.date, m.marker) for m in plan.meetings] == [
            ("Direktionen", "2022-01-28", None), ("Direktionen", "2022-03-04", None),
            ("Direktionen", "2022-04-22", "extra")]
    plan = _read(tmp_path, "Sammanträdesplan 2022\n\nMånad | Direktionen |\nJanuari | 28 Extra sammanträde |\n"
                           "Mars | 4 inställt |\n")
    assert [m.marker for m in plan.meetings] == ["Extra sammanträde", "inställt"]  # a cell's remark marks it


def test_bodies_in_full_across_a_spaced_header_under_the_months_label(tmp_path):
    # region-vastmanland_sammantradesplan_1's bodies as a spaced months-down table; a genitive alone
    # ("Regionstyrelsens" split from its "Arbetsutskott") is no body and the header is not read.
    plan = _read(tmp_path, "Sammanträdesplan 2019\n\nMånad Regionstyrelsen Regionstyrelsens arbetsutskott\n"
                           "Januari 29 15\nMars 5, 26 12\n")
    assert [(m.body, m.date) for m in plan.meetings] == [
        ("Regionstyrelsen", "2019-01-29"), ("Regionstyrelsens arbetsutskott", "2019-01-15"),
        ("Regionstyrelsen", "2019-03-05"), ("Regionstyrelsen", "2019-03-26"),
        ("Regionstyrelsens arbetsutskott", "2019-03-12")]
    from archive.importing.meetingplan import _Reader, _spaced_bodies_header
    assert _spaced_bodies_header(_Reader(lines=[]), "Månad Regionstyrelsens Arbetsutskott") is None


def test_list_rows_of_equal_width_are_not_rejoined_as_wrapped_text():
    # A chronological list and a pipe table whose rows nearly fill the widest line: each row is the author's
    # (they were joined two by two, and region-vastmanland's re-set list read nothing); wrapped prose still is.
    from archive.importing.text import rejoin_width_wrapped
    rows = ["Tisdag 15 januari kl. 13.00 Regionstyrelsens arbetsutskott", "Tisdag 29 januari kl. 13.00 Regionstyrelsen",
            "Onsdag 20 februari kl. 13.00 Regionstyrelsens arbetsutskott", "Tisdag 5 mars kl. 13.00 Regionstyrelsen",
            "Måndag 16 september kl. 13.00 Regionstyrelsens arbetsutskott"]
    assert [line.text for line in rejoin_width_wrapped(lines(*rows))] == rows
    table = ["Kommunfullmäktige | Måndag | 13 september | 13.00 |", "Kommunfullmäktige | Måndag | 18 oktober | 13.00 |",
             "Kommunfullmäktige | Måndag | 15 november | 13.00 |", "Kommunstyrelsen | Måndag | 19 april | 13.00 |",
             "Kultur- och utbildningsnämnden | Torsdag | 21 januari | 13.00 |"]
    assert [line.text for line in rejoin_width_wrapped(lines(*table))] == table
    prose = ["Kommunstyrelsen har ansvar för att leda och samordna förvaltningen av kommunens",
             "angelägenheter och har uppsikt över övriga nämnders verksamhet och de kommunala",
             "bolagen samt ska följa de frågor som kan inverka på kommunens utveckling och ekonomi",
             "och ställning; styrelsen ska också bereda eller yttra sig i ärenden som ska handläggas"]
    assert len([line for line in rejoin_width_wrapped(lines(*prose)) if line.text]) < len(prose)


def test_a_chronological_lists_remark_beside_its_body_marks_the_meeting_and_never_moves_it_to_another_body(tmp_path):
    # karlskrona_sammantradesplan_1's and skara_sammantradesplan_1's golds as one chronological list, each line a
    # date, time and body: "Kommunfullmäktige inställt" was read as Arbetsmarknadsnämnden's meeting (the body
    # before it), "v. 13 | 26/3 extrainsatt | Kommunfullmäktige" became the body "V. 13, 26/3 extrainsatt, ...", and
    # "Nämnden för samhällsskydd mellersta Skaraborg" the body "Nämnden".
    text = ("Sammanträdesplan 2020\n\nOnsdag 25 mars kl. 13.00 Arbetsmarknadsnämnden inställt\n"
            "Tisdag 28 april kl. 13.00 Kommunfullmäktige inställt\n"
            "Torsdag 23 januari kl. 13.00 Nämnden för samhällsskydd mellersta Skaraborg\n"
            "Torsdag 26 mars kl. 18.30 extrainsatt, Kommunfullmäktige\n")
    plan = _read(tmp_path, text)
    assert [(m.body, m.date, m.marker) for m in plan.meetings] == [
        ("Arbetsmarknadsnämnden", "2020-03-25", "inställt"), ("Kommunfullmäktige", "2020-04-28", "inställt"),
        ("Nämnden för samhällsskydd mellersta Skaraborg", "2020-01-23", None),
        ("Kommunfullmäktige", "2020-03-26", "extrainsatt")]
    table = ("Sammanträdesplan 2020\n\nVecka | Datum | Organ |\n---|---|---|\nv. 12 | 18/3 | Kommunstyrelsen |\n"
             "v. 13 | 26/3 extrainsatt | Kommunfullmäktige |\nv. 17 | 21/4 | Kommunstyrelsen |\n")
    assert [(m.body, m.date, m.marker) for m in _read(tmp_path, table).meetings] == [
        ("Kommunstyrelsen", "2020-03-18", None), ("Kommunfullmäktige", "2020-03-26", "extrainsatt"),
        ("Kommunstyrelsen", "2020-04-21", None)]
    # A body's list whose remark names a body it cannot place stays unread, not the heading's body's.
    under = "Sammanträdesplan 2020\n\nKommunstyrelsen\n\n18 mars\n26 mars gemensamt med Kommunfullmäktige\n21 april\n"
    assert [m.date for m in _read(tmp_path, under).meetings] == ["2020-03-18", "2020-04-21"]
    from archive.importing.meetingplan import _heading_name, _sentence_body
    # The row as a heading's words: a name holds no digit, the body named at its end is the row's.
    assert _heading_name("V. 13, 26/3 extrainsatt, Kommunfullmäktige") == "Kommunfullmäktige"
    # "Nämnden" of a name ("Nämnden för ...") names no body alone, but it is a body: beside another the sentence
    # names two, never the other alone.
    assert _sentence_body("Datum då Nämnden för samhällsskydd mellersta Skaraborg sammanträder") is None
    assert _sentence_body("Datum då Nämnden för samhällsskydd och kommunstyrelsen möts") is None
    assert _sentence_body("Datum då kommunstyrelsen möts") == "Kommunstyrelsen"


def test_two_bodies_after_a_date_are_no_one_bodys_name(tmp_path):
    # "2 oktober Kommunstyrelsens arbetsutskott och Socialnämnden" (a joint meeting): read whole as a name after a
    # date, it became the body "Kommunstyrelsens arbetsutskott och Socialnämnden". A joint meeting is no one body's:
    # the line stays unread (noted), and a name with "och" inside stays whole ("Kultur- och fritidsnämnden").
    text = ("Sammanträdesplan 2018\n\nKommunfullmäktige\n\n4 september\n"
            "2 oktober Kommunstyrelsens arbetsutskott och Socialnämnden\n16 oktober\n"
            "23 oktober Kultur- och fritidsnämnden\n")
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [
        ("Kommunfullmäktige", "2018-09-04"), ("Kommunfullmäktige", "2018-10-16"),
        ("Kultur- och fritidsnämnden", "2018-10-23")]


def test_a_rows_remark_in_its_date_cell_marks_the_meeting(tmp_path):
    # karlskrona's gold as rows "Organ | Dag | Datum | Tid" with "inställt" in the date's cell (the row was unread).
    text = ("Sammanträdesplan 2020\n\nOrgan | Dag | Datum | Tid |\n---|---|---|---|\n"
            "Kommunfullmäktige | Tisdag | 28 april inställt | 13.00 |\nKommunfullmäktige | Tisdag | 26 maj | 13.00 |\n")
    assert [(m.body, m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("Kommunfullmäktige", "2020-04-28", "inställt"), ("Kommunfullmäktige", "2020-05-26", None)]


def test_a_meetings_line_that_cannot_be_placed_is_no_heading_and_a_forbunds_bodies_are_read_after_their_dates(tmp_path):
    # vasterbergslagens-utbildningscentrum_sammantradesplan_1's gold as a chronological list: "Direktionen Obs!
    # kl 10.00-16.00" became a heading whose body took the next lines' "Arbetsutskott" and "Budgetberedning"
    # meetings; ekero_sammantradesplan_1's "Kommunstyrelsens arbetsutskott DR" line became a body itself.
    text = ("Sammanträdesplan 2017\n\nTorsdag 6 april kl. 13.00 Direktionen Obs! kl 10.00-16.00\n"
            "Torsdag 11 maj kl. 13.00 Arbetsutskott\nTorsdag 11 maj kl. 13.00 Budgetberedning\n"
            "Tisdag 2 oktober kl. 13.00 Kommunstyrelsens arbetsutskott DR XY\n"
            "Tisdag 16 oktober kl. 13.00 Okänd grupp\n")
    plan = _read(tmp_path, text)
    assert [(m.body, m.date, m.marker) for m in plan.meetings] == [
        ("Direktionen", "2017-04-06", "Obs! kl 10.00-16.00"), ("Arbetsutskott", "2017-05-11", None),
        ("Budgetberedning", "2017-05-11", None)]
    # "VR, BD, Kommunstyrelsen": a table's cells joined by commas, the remark's then the body's.
    rows = "Sammanträdesplan 2018\n\nVecka | Datum | Organ |\n---|---|---|\nv. 23 | 4/6 | VR, BD | Kommunstyrelsen |\n"
    assert [(m.body, m.date, m.marker) for m in _read(tmp_path, rows).meetings] == [
        ("Kommunstyrelsen", "2018-06-04", "VR, BD")]


def test_two_bodies_after_a_date_are_no_ones_meeting_with_the_other_as_marker(tmp_path):
    # A plan line "2022-01-20 Kommunstyrelsen, Socialnämnden" was read as Socialnämnden's meeting marked
    # "Kommunstyrelsen": a cell before the comma that names a body is another meeting of that day, never a remark;
    # which of the two the line means is not told apart safely, so neither is read (a warning says so).
    text = ("Sammanträdesplan 2022\n\n2022-01-20 Kommunstyrelsen, Socialnämnden\n2022-02-10 Kommunstyrelsen\n"
            "2022-03-03 Socialnämnden\n")
    assert [(m.body, m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("Kommunstyrelsen", "2022-02-10", None), ("Socialnämnden", "2022-03-03", None)]
    # Negative: cells that name no body ("VR, BD") stay the marker of the body after them.
    text = text.replace("Kommunstyrelsen, Socialnämnden", "VR, BD, Socialnämnden")
    assert [(m.body, m.date, m.marker) for m in _read(tmp_path, text).meetings][0] == (
        "Socialnämnden", "2022-01-20", "VR, BD")


def test_a_bodys_word_then_what_it_is_for_is_one_bodys_name(tmp_path):
    # vargarda_sammantradesplan_1's bodies as headings over their dates: "Myndighetsnämnd Bygg och miljö" was read as
    # "Myndighetsnämnd" (two bodies' meetings as one's) and "Utskottet för Lärande och Omsorg" kept the body above.
    text = ("Sammanträdesplan 2018\n\nSamhällsbyggnadsutskottet\n\n23 januari\n\nUtskottet för Lärande och Omsorg\n\n"
            "20 februari\n\nMyndighetsnämnd Bygg och miljö\n\n25 januari\n\nMyndighetsnämnd Lärande och Omsorg\n\n"
            "16 januari\n\nKommunstyrelsen Sammanträdesdatum\n\n30 januari\n")
    plan = _read(tmp_path, text)
    assert [(m.body, m.date) for m in plan.meetings] == [
        ("Samhällsbyggnadsutskottet", "2018-01-23"), ("Utskottet för Lärande och Omsorg", "2018-02-20"),
        ("Myndighetsnämnd Bygg och miljö", "2018-01-25"), ("Myndighetsnämnd Lärande och Omsorg", "2018-01-16"),
        ("Kommunstyrelsen", "2018-01-30")]


def test_a_preliminary_date_keeps_its_mark(tmp_path):
    # nacka_sammantradesplan_1's gold with some dates marked "(prel.)", in a list and in a table's cell: the mark is
    # the meeting's marker (it was dropped), as "(Obs! Preliminärt)" is (Västerbergslagens utbildningscentrum).
    text = "Sammanträdesplan 2021\n\nKommunfullmäktige\n\n1 februari\n15 mars (prel.)\n12 april, preliminärt\n"
    assert [(m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("2021-02-01", None), ("2021-03-15", "prel."), ("2021-04-12", "preliminärt")]
    table = "Sammanträdesplan 2021\n\nMånad | KF | KS |\nFebruari | 1 prel. | 22 |\nMars | 15 | 29 |\n"
    assert [(m.body, m.date, m.marker) for m in _read(tmp_path, table).meetings] == [
        ("Kommunfullmäktige", "2021-02-01", "prel."), ("Kommunstyrelsen", "2021-02-22", None),
        ("Kommunfullmäktige", "2021-03-15", None), ("Kommunstyrelsen", "2021-03-29", None)]
    # With the date's time after the mark, or before it (the list's own readers of a remark between dates take
    # neither: a time follows the first, the second's time stands between).
    text = "Sammanträdesplan 2021\n\nKommunfullmäktige\n\n15 mars (prel.) kl. 10.00\n12 april, kl 10.00 (preliminärt)\n"
    assert [(m.date, m.marker, m.start_time) for m in _read(tmp_path, text).meetings] == [
        ("2021-03-15", "prel.", "10:00"), ("2021-04-12", "preliminärt", "10:00")]


def test_a_remark_between_two_dates_of_a_list_marks_the_date_before_it(tmp_path):
    # jamtlands-gymnasieforbund_sammantradesplan_1's gold (its extra meeting) as a body's line and as a plan run into
    # one line, with slash dates: the remark ended the list there and the body's later dates were lost.
    text = ("Sammanträdesplan 2024\n\nDirektionen: 23 september, 28 oktober Extrainkallat sammanträde, 11 november, "
            "16 december (inställt)\n")
    assert [(m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("2024-09-23", None), ("2024-10-28", "Extrainkallat sammanträde"), ("2024-11-11", None),
        ("2024-12-16", "inställt")]
    run_on = "Sammanträdesplan 2024 Direktionen 5/2 11/3 27/5 23/9 Kommunfullmäktige 17/6 och 25/11\n"
    assert [(m.body, m.date) for m in _read(tmp_path, run_on).meetings] == [
        ("Direktionen", "2024-02-05"), ("Direktionen", "2024-03-11"), ("Direktionen", "2024-05-27"),
        ("Direktionen", "2024-09-23"), ("Kommunfullmäktige", "2024-06-17"), ("Kommunfullmäktige", "2024-11-25")]
    # More words after the remark: a note on the date, not its marker (as before).
    assert [(m.date, m.marker) for m in _read(tmp_path, "Sammanträdesplan 2024\n\nDirektionen\n\n"
                                                        "23 september extra möte på torget\n11 november\n").meetings] \
        == [("2024-09-23", None), ("2024-11-11", None)]


def test_a_bodys_line_with_notices_between_its_dates_and_a_presidiums_row(tmp_path):
    # vasterbergslagens-utbildningscentrum_sammantradesplan_1's gold as "Body: dates" lines with its notices between
    # the dates (the line was unread), jonkoping_sammantradesplan_1's "Kommunfullmäktiges presidium" as a row's first
    # cell and as a months-down table's column (both unread); "OBS! Ändrat till 9 maj" stays the moved date's.
    text = ("Sammanträdesplan 2017\n\nArbetsutskott: 2 februari, 17 mars Obs! Fredag kl 09.00-12.00, 11 maj\n"
            "Kommunfullmäktiges presidium | Fredag | 13 januari | 13.00 |\n")
    assert [(m.body, m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("Arbetsutskott", "2017-02-02", None), ("Arbetsutskott", "2017-03-17", "Obs! Fredag kl 09.00-12.00"),
        ("Arbetsutskott", "2017-05-11", None), ("Kommunfullmäktiges presidium", "2017-01-13", None)]
    table = "Sammanträdesplan 2022\n\nMånad | Kommunfullmäktige | Kommunfullmäktiges presidium |\nJanuari | 31 | 14 |\n"
    assert [(m.body, m.date) for m in _read(tmp_path, table).meetings] == [
        ("Kommunfullmäktige", "2022-01-31"), ("Kommunfullmäktiges presidium", "2022-01-14")]
    from archive.importing.meetingplan import _list_dates
    assert _list_dates("23 april - OBS! Ändrat till 9 maj")[0][0][3] is None


def test_a_notice_between_dates_without_commas_ends_where_the_next_date_begins(tmp_path):
    # The notice above with the next date run on after it, its comma lost: the notice took that date as its words
    # ("OBS! Fredag 16 mars" as the marker, the meeting of 16 March lost).
    text = "Sammanträdesplan 2017\n\nArbetsutskottet\n\n9 februari OBS! Fredag 16 mars, 20 april\n"
    assert [(m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("2017-02-09", "OBS! Fredag"), ("2017-03-16", None), ("2017-04-20", None)]
    # A time after the notice is its own ("kl 13.10" no 13 October).
    text = "Sammanträdesplan 2017\n\nArbetsutskottet\n\n9 februari OBS! Fredag kl 13.10, 20 april\n"
    assert [(m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("2017-02-09", "OBS! Fredag kl 13.10"), ("2017-04-20", None)]


def test_a_spaced_months_across_header_without_a_time_column_keeps_each_day_under_its_own_month(tmp_path):
    # nacka_sammantradesplan_1's gold as "Organ Feb Mars April" / "KF 1 15 12": every day was read under the month
    # after its own (the rows' cells are body, time, days; the header had no time column): all dates WRONG.
    text = ("Sammanträdesplan 2021\n\nOrgan Feb Mars April Maj\nKommunfullmäktige 1 15 12 10, 24\n"
            "Kommunstyrelsen 22 29 - 10\n")
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [
        ("Kommunfullmäktige", "2021-02-01"), ("Kommunfullmäktige", "2021-03-15"), ("Kommunfullmäktige", "2021-04-12"),
        ("Kommunfullmäktige", "2021-05-10"), ("Kommunfullmäktige", "2021-05-24"), ("Kommunstyrelsen", "2021-02-22"),
        ("Kommunstyrelsen", "2021-03-29"), ("Kommunstyrelsen", "2021-05-10")]
    # With a time column (Ystad's layout) as before.
    text = "Sammanträdesplan 2021\n\nNämnd Tid Feb Mars April\nKommunfullmäktige 18.00 1 15 12\n"
    assert [(m.date, m.start_time) for m in _read(tmp_path, text).meetings] == [
        ("2021-02-01", "18:00"), ("2021-03-15", "18:00"), ("2021-04-12", "18:00")]


def test_a_leads_subject_names_the_dates_under_it_whole_and_an_unknown_subject_ends_the_body_above(tmp_path):
    # jonkoping_sammantradesplan_1's gold under leads ("Kommunfullmäktiges presidium sammanträder följande datum
    # 2022:" was read as Kommunfullmäktige's), skara_sammantradesplan_1's company under its lead (its dates were the
    # body above's); "Under 2024 sammanträder direktionen" (Jämtlands gymnasieförbund) keeps its body.
    text = ("Sammanträdestider\n\nKommunfullmäktige sammanträder följande datum 2022:\n31 januari\n\n"
            "Kommunfullmäktiges presidium sammanträder följande datum 2022:\n14 januari\n\n"
            "Centrumbostäder i Skara AB sammanträder följande datum 2022:\n19 januari\n")
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [
        ("Kommunfullmäktige", "2022-01-31"), ("Kommunfullmäktiges presidium", "2022-01-14")]
    # The same lead set as a heading (no colon) over its list ends the body above too.
    text = ("Sammanträdestider\n\nKommunfullmäktige sammanträder följande datum 2022:\n31 januari\n\n"
            "Centrumbostäder AB sammanträder 2022\n19 januari\n16 februari\n16 mars\n")
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [("Kommunfullmäktige", "2022-01-31")]
    text = "Sammanträdestider\n\nDirektionen\n\nUnder 2024 sammanträder direktionen följande datum:\n5 februari\n"
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [("Direktionen", "2024-02-05")]


def test_a_chronological_list_of_iso_dates_with_bodies_under_a_dates_heading_is_a_plan(tmp_path):
    # nacka_sammantradesplan_1's gold as "Sammanträdesdatum" over "2021-02-01 Kommunfullmäktige" lines: read as a
    # kallelse (the heading is a record's label over one date); a list of three or more such lines is a plan's.
    text = ("Sammanträdesdatum\n\n2021-02-01 Kommunfullmäktige\n2021-02-22 Kommunstyrelsen\n"
            "2021-03-15 Kommunfullmäktige\n")
    parsed = parse_document(write(tmp_path, text))
    assert parsed.kind == "sammanträdesplan"
    assert [(m.body, m.date) for m in parsed.plan.meetings] == [
        ("Kommunfullmäktige", "2021-02-01"), ("Kommunstyrelsen", "2021-02-22"), ("Kommunfullmäktige", "2021-03-15")]


def test_days_under_a_months_heading_with_the_bodies_codes_after_them(tmp_path):
    # region-vastmanland_sammantradesplan_1's and karlskrona_sammantradesplan_1's golds as "Januari" / "15 RSAU" /
    # "29 RS" under a legend, a cancelled one "28 KF inställt": the codes were unread, the remark lost the line.
    text = ("Sammanträdesplan 2019\n\nRS = Regionstyrelsen\nRSAU = Regionstyrelsens arbetsutskott\n\n"
            "Januari\n15 RSAU\n29 RS\n\nFebruari\n20 RSAU\n26 Kommunfullmäktige inställt\n")
    assert [(m.body, m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("Regionstyrelsens arbetsutskott", "2019-01-15", None), ("Regionstyrelsen", "2019-01-29", None),
        ("Regionstyrelsens arbetsutskott", "2019-02-20", None), ("Kommunfullmäktige", "2019-02-26", "inställt")]


def test_a_paragraph_of_leads_each_with_its_list_and_a_sentence_stating_the_year_are_read(tmp_path):
    # gislaved_sammantradesplan_1's gold as one paragraph of "X sammanträder följande datum 2022: ..." sentences (only
    # the first body's were read), umea_sammantradesplan_2's with the plan's heading run on before the first body
    # (the body "Sammanträdestider Arbetsutskottet" was read), and nacka's after "Följande tider gäller för år
    # 2021." (refused).
    text = ("Sammanträdestider Kommunfullmäktige sammanträder följande datum 2022: 27 januari, 24 februari, "
            "24 mars. Arbetsutskottet sammanträder följande datum 2022: 12 januari, 26 januari, 9 februari. "
            "Socialnämnden sammanträder följande datum 2022: 25 januari, 22 februari, 22 mars.\n")
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [
        ("Kommunfullmäktige", "2022-01-27"), ("Kommunfullmäktige", "2022-02-24"), ("Kommunfullmäktige", "2022-03-24"),
        ("Arbetsutskottet", "2022-01-12"), ("Arbetsutskottet", "2022-01-26"), ("Arbetsutskottet", "2022-02-09"),
        ("Socialnämnden", "2022-01-25"), ("Socialnämnden", "2022-02-22"), ("Socialnämnden", "2022-03-22")]
    text = ("Sammanträdesplan Följande tider gäller för år 2021. Kommunfullmäktige 1 februari 15 mars 12 april "
            "Kommunstyrelsen 22 februari 29 mars 10 maj\n")
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [
        ("Kommunfullmäktige", "2021-02-01"), ("Kommunfullmäktige", "2021-03-15"), ("Kommunfullmäktige", "2021-04-12"),
        ("Kommunstyrelsen", "2021-02-22"), ("Kommunstyrelsen", "2021-03-29"), ("Kommunstyrelsen", "2021-05-10")]


def test_a_plans_heading_run_on_before_a_leads_subject_is_no_part_of_its_name(tmp_path):
    # umea_sammantradesplan_2's gold as one paragraph of leads after the plan's heading (bench/plan_layouts.py's
    # runon_lead): without _PLAN_FOR_BODY's heading before a capital, the first body was "Sammanträdestider
    # Arbetsutskottet".
    text = ("Sammanträdestider Arbetsutskottet sammanträder följande datum 2006: 30 maj, 13 juni, 20 juni inställt, "
            "21 juni. Planeringsutskottet sammanträder följande datum 2006: 13 juni inställt, 21 juni.\n")
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [
        ("Arbetsutskottet", "2006-05-30"), ("Arbetsutskottet", "2006-06-13"), ("Arbetsutskottet", "2006-06-20"),
        ("Arbetsutskottet", "2006-06-21"), ("Planeringsutskottet", "2006-06-13"), ("Planeringsutskottet", "2006-06-21")]


def test_longer_names_after_a_date_in_a_chronological_list(tmp_path):
    # vargarda_sammantradesplan_1's and skaraborgs-kommunalforbund_sammantradesplan_1's bodies after their dates:
    # four-word names and "Direktionen för ..." were unread.
    text = ("Sammanträdesplan 2023\n\nTorsdag 25 maj kl. 13.00 Myndighetsnämnd Bygg och miljö\n"
            "Fredag 12 maj kl. 09.00 Direktionen för delregionala utvecklingsmedel\n"
            "Fredag 16 juni kl. 09.00 Direktionen\n")
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [
        ("Myndighetsnämnd Bygg och miljö", "2023-05-25"),
        ("Direktionen för delregionala utvecklingsmedel", "2023-05-12"), ("Direktionen", "2023-06-16")]


def test_a_months_line_keeps_a_days_remark(tmp_path):
    # karlskrona_sammantradesplan_1's gold as one line a month: "KF 2 och 28 inställt" lost the whole line.
    text = "Sammanträdestider 2020\n\nApril: KF 2 och 28 inställt, KS 14\nMaj: KF 26 prel.\n"
    assert [(m.body, m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("Kommunfullmäktige", "2020-04-02", None), ("Kommunfullmäktige", "2020-04-28", "inställt"),
        ("Kommunstyrelsen", "2020-04-14", None), ("Kommunfullmäktige", "2020-05-26", "prel.")]
    # jamtlands-gymnasieforbund_sammantradesplan_1's extra meeting so: its words as written, as a list's marker is
    # (the day was lost; once read, its marker was lower-cased as a cancellation is).
    text = "Sammanträdestider 2024\n\nSeptember: Direktionen 23\nOktober: Direktionen 28 Extrainkallat sammanträde\n"
    assert [(m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("2024-09-23", None), ("2024-10-28", "Extrainkallat sammanträde")]


def test_a_spaced_months_across_cell_keeps_its_remark(tmp_path):
    # partille_sammantradesplan_1's gold as "Organ Jan Feb Mars" / "KF 31 inställt 27 27": the remark was dropped.
    text = "Sammanträdesplan 2018\n\nOrgan Jan Feb Mars\nKommunfullmäktige 31 inställt 27 27\n"
    assert [(m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("2018-01-31", "inställt"), ("2018-02-27", None), ("2018-03-27", None)]


def test_a_run_on_plans_longer_body_names_before_their_dates(tmp_path):
    # jonkoping_sammantradesplan_1's and vargarda_sammantradesplan_1's golds run into one line: "Kommunfullmäktiges
    # presidium 14 januari ..." and "Myndighetsnämnd Bygg och miljö torsdag 25 januari ..." were unread (all the words
    # before the dates name one body, as in a heading; the weekday is the date's).
    text = ("Sammanträdesplan 2022 Kommunfullmäktige 27 januari 24 februari 31 mars Kommunfullmäktiges presidium "
            "14 januari 11 februari Myndighetsnämnd Bygg och miljö tisdag 25 januari tisdag 22 februari\n")
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [
        ("Kommunfullmäktige", "2022-01-27"), ("Kommunfullmäktige", "2022-02-24"), ("Kommunfullmäktige", "2022-03-31"),
        ("Kommunfullmäktiges presidium", "2022-01-14"), ("Kommunfullmäktiges presidium", "2022-02-11"),
        ("Myndighetsnämnd Bygg och miljö", "2022-01-25"), ("Myndighetsnämnd Bygg och miljö", "2022-02-22")]


def test_a_word_aside_after_a_date_in_a_comma_list_is_no_marker_and_the_list_goes_on(tmp_path):
    # sjobo_sammantradesplan_1's "24 oktober (nyvalda kf), 28 november, ..." ended the list at the aside. Plans set
    # such asides a date a line in five tuning organisations (Karlskrona "(heldag budget)", Malmö "(årsredovisning)",
    # Mönsterås "(bokslut)", Skaraborgs kommunalförbund "(obs torsdag)", Sjöbo): each gold keeps the meeting, no marker.
    text = ("Kommunfullmäktige\n\nPlanerade sammanträden 2018:\n"
            "23 maj, 24 oktober (nyvalda kf), 28 november och 5 december\n")
    assert [(m.body, m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("Kommunfullmäktige", "2018-05-23", None), ("Kommunfullmäktige", "2018-10-24", None),
        ("Kommunfullmäktige", "2018-11-28", None), ("Kommunfullmäktige", "2018-12-05", None)]
    # An aside that names a body ("(KS)": whose meeting) or moves the date is no aside: the list stops there, as before.
    for aside in ("KS", "flyttat till 2 november", "Kommunstyrelsen"):
        text = ("Kommunfullmäktige\n\nPlanerade sammanträden 2018:\n"
                f"23 maj, 24 oktober ({aside}), 28 november och 5 december\n")
        assert "2018-11-28" not in [m.date for m in _read(tmp_path, text).meetings], aside


def test_a_sentence_run_on_after_a_lists_full_stop_is_set_apart_from_the_list(tmp_path):
    # sjobo_sammantradesplan_1's "22 februari, ..., 11 december. Sammanträdena börjar kl. 19.00, ..." lost the whole
    # list as a date with a long remark. Malmö, Nacka, Växjö, Vadstena and Överkalix set such a sentence about the
    # meetings on a line of its own, never a meeting's remark; _lead_run_on cuts a list's sentence so after its lead.
    text = ("Kommunfullmäktige\n\nPlanerade sammanträden 2017:\n22 februari, 29 mars, 26 april och 11 december. "
            "Sammanträdena börjar kl. 19.00, med undantag för sammanträdet i juni, som börjar kl. 17.00.\n")
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [
        ("Kommunfullmäktige", "2017-02-22"), ("Kommunfullmäktige", "2017-03-29"),
        ("Kommunfullmäktige", "2017-04-26"), ("Kommunfullmäktige", "2017-12-11")]
    # The same with the heading run on before the list (the page's lines joined), as is another body's lead after it.
    text = ("Kommunfullmäktige\n\nPlanerade sammanträden 2017: 22 februari, 29 mars, 26 april och 11 december. "
            "Sammanträdena börjar kl. 19.00, med undantag för sammanträdet i juni, som börjar kl. 17.00.\n")
    assert len(_read(tmp_path, text).meetings) == 4
    # A sentence that marks the dates before it (preliminary, cancelled) is not set apart: the list stays unread.
    text = ("Kommunfullmäktige\n\nPlanerade sammanträden 2017:\n22 februari, 29 mars, 26 april och 11 december. "
            "Samtliga datum är preliminära.\n")
    with pytest.raises(ImportFailed):
        _read(tmp_path, text)


def test_a_name_whose_compound_is_cut_before_a_comma_is_one_body_after_its_date(tmp_path):
    # gullspang_sammantradesplan_1's "Barn-, utbildning- och kulturnämnden" after its dates (bench/plan_layouts.py's
    # chrono_*, iso, week_cols): the comma after "Barn-" was taken for a cells' separator and the meetings lost. A
    # comma right after a compound's cut first part is a name's own ("Kultur-, fritids- och ...", "Folkhälso-,
    # primärvårds- och tandvårdsnämnden": ten tuning organisations print such compounds, none a list of cells).
    text = ("Sammanträdesplan 2022\n\n20 januari Barn-, utbildning- och kulturnämnden\n24 februari Kommunstyrelsen\n"
            "24 mars Barn-, utbildning- och kulturnämnden inställt\n")
    assert [(m.body, m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("Barn-, utbildning- och kulturnämnden", "2022-01-20", None), ("Kommunstyrelsen", "2022-02-24", None),
        ("Barn-, utbildning- och kulturnämnden", "2022-03-24", "inställt")]
    # So in a month's line of bodies and their days (month_line).
    text = ("Sammanträdestider 2022\n\nKS = Kommunstyrelsen\n\n"
            "Januari: KS 31, Barn-, utbildning- och kulturnämnden 20\n"
            "Februari: KS 2, Barn-, utbildning- och kulturnämnden 24\n")
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [
        ("Kommunstyrelsen", "2022-01-31"), ("Barn-, utbildning- och kulturnämnden", "2022-01-20"),
        ("Kommunstyrelsen", "2022-02-02"), ("Barn-, utbildning- och kulturnämnden", "2022-02-24")]
    # A comma after a whole word separates: no body is read from "Barn, utbildning och kulturnämnden".
    text = ("Sammanträdesplan 2022\n\n20 januari Barn, utbildning och kulturnämnden\n24 februari Kommunstyrelsen\n"
            "24 mars Kommunstyrelsen\n")
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [
        ("Kommunstyrelsen", "2022-02-24"), ("Kommunstyrelsen", "2022-03-24")]


def test_a_chronological_lines_body_with_its_remark_or_a_longer_name_still_makes_the_list_a_plans(tmp_path):
    # karlskrona's, jonkoping's, umea_sammantradesplan_2's, vargarda's and vasterbergslagens-utbildningscentrum's
    # golds as "Sammanträdesdatum" over "2020-01-29 Arbetsmarknadsnämnden inställt" lines (bench/plan_layouts.py's
    # iso): a line with its meeting's remark (15 tuning plans mark meetings so), or a name body_at_start does not read
    # ("Kommunstyrelsens presidium"), broke the list, and the text was read as a kallelse.
    text = ("Sammanträdesdatum\n\n2020-01-21 Kommunstyrelsen\n2020-01-29 Arbetsmarknadsnämnden inställt\n"
            "2020-02-03 Kommunstyrelsens presidium\n2020-02-06 Kommunfullmäktige\n")
    parsed = parse_document(write(tmp_path, text))
    assert parsed.kind == "sammanträdesplan"
    assert [(m.body, m.date, m.marker) for m in parsed.plan.meetings] == [
        ("Kommunstyrelsen", "2020-01-21", None), ("Arbetsmarknadsnämnden", "2020-01-29", "inställt"),
        ("Kommunstyrelsens presidium", "2020-02-03", None), ("Kommunfullmäktige", "2020-02-06", None)]
    # A body and a sentence after each date is no plan's list: the bodies' decisions, dated.
    text = ("Sammanträdesdatum\n\n2020-01-21 Kommunstyrelsen beslutade att anta budgeten\n2020-01-29 "
            "Arbetsmarknadsnämnden beslutade att avslå\n2020-02-06 Kommunfullmäktige beslutade att återremittera\n")
    assert parse_document(write(tmp_path, text)).kind != "sammanträdesplan"


def test_a_tables_body_named_whole_as_a_heading_is_and_its_cells_notice_whole(tmp_path):
    # vargarda_sammantradesplan_1's gold as a table (bench/plan_layouts.py's pipe_months_down, months_across_pipe):
    # "Myndighetsnämnd Bygg och miljö", "Utskottet för Lärande och Omsorg" in a column's head were no body (the head
    # must end in a body's word), though a heading of the same words names them whole; and a cell's "14 OBS! Måndag
    # kl. 15.30" was marked "OBS! M" (a wrong marker; vasterbergslagens-utbildningscentrum's "OBS! Fredag ..." so too).
    text = ("Sammanträdesplan 2018\n\nMånad | Kommunstyrelsen | Myndighetsnämnd Bygg och miljö | Utskottet för Lärande "
            "och Omsorg |\n---|---|---|---|\nJanuari | 31 | 25 | 23 |\nMaj | 23 | 14 OBS! Måndag kl. 15.30 | 15 |\n")
    assert sorted((m.body, m.date, m.marker) for m in _read(tmp_path, text).meetings) == sorted([
        ("Kommunstyrelsen", "2018-01-31", None), ("Myndighetsnämnd Bygg och miljö", "2018-01-25", None),
        ("Utskottet för Lärande och Omsorg", "2018-01-23", None), ("Kommunstyrelsen", "2018-05-23", None),
        ("Myndighetsnämnd Bygg och miljö", "2018-05-14", "OBS! Måndag kl. 15.30"),
        ("Utskottet för Lärande och Omsorg", "2018-05-15", None)])
    # A column head that names no body whole stays unread: "Kommentar", "Lokal Stadshuset".
    text = ("Sammanträdesplan 2018\n\nMånad | Kommunstyrelsen | Kommentar | Lokal Stadshuset |\n---|---|---|---|\n"
            "Januari | 31 | 25 | 23 |\n")
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [("Kommunstyrelsen", "2018-01-31")]


def test_a_bodys_label_with_a_slash_in_its_name_over_its_dates(tmp_path):
    # vargarda_sammantradesplan_1's "Servicenämnd Ekonomi/personal: 7 mars, 14 maj" (bench/plan_layouts.py's
    # body_line): the label's "/" was no name's character, and the line was unread.
    text = ("Sammanträdesplan 2018\n\nKommunstyrelsen: 31 januari, 28 februari\n"
            "Servicenämnd Ekonomi/personal: 7 mars, 14 maj\n")
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [
        ("Kommunstyrelsen", "2018-01-31"), ("Kommunstyrelsen", "2018-02-28"),
        ("Servicenämnd Ekonomi/personal", "2018-03-07"), ("Servicenämnd Ekonomi/personal", "2018-05-14")]
    # A label that names no body ("Datum/tid") reads no meeting of its own.
    text = "Sammanträdesplan 2018\n\nKommunstyrelsen: 31 januari, 28 februari\nDatum/tid: 7 mars, 14 maj\n"
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [
        ("Kommunstyrelsen", "2018-01-31"), ("Kommunstyrelsen", "2018-02-28")]


def test_a_rows_first_cell_naming_a_body_whole_is_its_body_not_the_first_words_body(tmp_path):
    # vargarda_sammantradesplan_1's gold as "Organ | Dag | Datum | Tid" rows (bench/plan_layouts.py's weekday_cols,
    # week_cols): body_at_start read "Myndighetsnämnd" from "Myndighetsnämnd Bygg och miljö, Torsdag, 25 januari"
    # and the row was left unread; the first cell is a name _named reads whole, as the same words in a column's head.
    text = ("Sammanträdesplan 2018\n\nOrgan | Dag | Datum | Tid |\n---|---|---|---|\n"
            "Kommunfullmäktige | Onsdag | 17 januari | 13.00 |\n"
            "Myndighetsnämnd Bygg och miljö | Torsdag | 25 januari | 13.00 |\n"
            "Utskottet för Lärande och Omsorg | Tisdag | 23 januari | 13.00 |\n")
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [
        ("Kommunfullmäktige", "2018-01-17"), ("Myndighetsnämnd Bygg och miljö", "2018-01-25"),
        ("Utskottet för Lärande och Omsorg", "2018-01-23")]
    # A first cell whose words are a body and more than its name ("Kommunstyrelsen Stadshuset") stays as before:
    # the body its first words name.
    text = ("Sammanträdesplan 2018\n\nOrgan | Dag | Datum | Tid |\n---|---|---|---|\n"
            "Kommunfullmäktige | Onsdag | 17 januari | 13.00 |\n"
            "Kommunstyrelsen Stadshuset | Onsdag | 31 januari | 13.00 |\n")
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [("Kommunfullmäktige", "2018-01-17")]


def test_dates_under_their_months_names_run_on_in_one_line_are_set_apart(tmp_path):
    # ostersund_sammantradesplan_1 as a page that lost its line breaks gives it: "Februari" / "- 5 februari, klockan
    # 13.00" ... and the next body's heading with its year run on after the last date.
    text = ("Sammanträdestider\n\nKommunstyrelsen har som regel stängda sammanträden. Sammanträdestider 2026 "
            "Februari - 5 februari, klockan 13.00 Halva dagen bokslutsdag Mars - 19 mars, klockan 10.00 "
            "April - 23 april, klockan 10.00 Sammanträdestider Kommunstyrelsen 2026 Januari - 13 januari, klockan "
            "08.30 Februari - 10februari, klockan 08.30 Mars - 10 mars, klockan 08.30\n")
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings][-3:] == [
        ("Kommunstyrelsen", "2026-01-13"), ("Kommunstyrelsen", "2026-02-10"), ("Kommunstyrelsen", "2026-03-10")]
    # A label naming another month than its date's is no such row: the line stands as it is.
    from archive.importing.meetingplan import _month_labelled_apart
    line = Line(1, "Ändrat: Mars - 5 februari, Maj - 19 mars, Juni - 23 april")
    assert _month_labelled_apart([line]) == [line]


def test_a_weekday_cut_short_before_a_date_is_read_as_the_full_ones_and_must_fit(tmp_path):
    # Calendars and tables print the weekday cut short ("Tis 23 jan", "tors. 5/3"; plan_layouts' heading_wdabb and
    # chrono_wdabb re-set the tuning plans so): read as "Tisdag 23 januari" is, the date must fall on it.
    text = ("Sammanträdesplan 2024\n\nKommunstyrelsen\nTis 23 jan\ntis. 20/2\nOns 19 mars\n\n"
            "Tors 25 jan Kommunfullmäktige\nMån 26 feb Kommunfullmäktige\n")
    plan = _read(tmp_path, text)
    # 19 March 2024 is a Tuesday, not the "Ons" the line says: left out, never moved.
    assert [(m.body, m.date) for m in plan.meetings] == [
        ("Kommunstyrelsen", "2024-01-23"), ("Kommunstyrelsen", "2024-02-20"),
        ("Kommunfullmäktige", "2024-01-25"), ("Kommunfullmäktige", "2024-02-26")]
    # Two letters are no weekday's (Må, Ti, On, To: words of other kinds too): such lines stay unread.
    with pytest.raises(ImportFailed):
        _read(tmp_path, "Sammanträdesplan 2024\n\nKommunstyrelsen\nTi 23 jan\nTi 20 feb\n")


def test_lines_opening_with_a_cut_short_weekday_and_a_date_are_rows_no_wrapper_joins():
    # A chronological plan whose rows fill the width ("Ons 10 okt Kommunstyrelsens näringslivs- och
    # planeringsutskott, företagsbesök" / "Tis 16 okt Kommunstyrelsen"): two lines each opening with a date are
    # rows, as with "Tisdag 16 oktober"; a line of prose before one is not.
    from archive.importing.text import _rows_of_a_list
    assert _rows_of_a_list("Ons 10 okt Kommunstyrelsens näringslivs- och planeringsutskott", "Tis 16 okt KS")
    assert not _rows_of_a_list("Kommunstyrelsen sammanträder på tisdagar under", "Tis 16 okt KS")


def test_bodies_side_by_side_on_one_line_give_each_column_its_dates(tmp_path):
    # A PDF's table of bodies across, extracted with its layout (plan_layouts' columns_spaced re-sets the tuning plans
    # so): each dated cell is the body's whose name starts nearest it; a shorter column leaves its cells empty, a
    # remark in a cell marks its meeting as beside a list's date.
    text = ("Sammanträdesplan 2024\n\n"
            "Kommunstyrelsen          Kommunfullmäktige        Kommunfullmäktiges presidium\n"
            "23 januari               29 januari               15 januari\n"
            "20 februari              26 februari inställt\n"
            "                         25 mars                  11 mars*\n")
    assert [(m.body, m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("Kommunstyrelsen", "2024-01-23", None), ("Kommunfullmäktige", "2024-01-29", None),
        ("Kommunfullmäktiges presidium", "2024-01-15", None), ("Kommunstyrelsen", "2024-02-20", None),
        ("Kommunfullmäktige", "2024-02-26", "inställt"), ("Kommunfullmäktige", "2024-03-25", None),
        ("Kommunfullmäktiges presidium", "2024-03-11", "*")]


def test_column_heads_naming_no_one_body_never_give_their_joined_words_as_a_body(tmp_path):
    # A head the plan cannot name ("Centrumbostäder i Skara AB", a company) keeps its column: its dates stay unread,
    # the named columns' are read. Before, the line's words joined were read as one body ("Kommunstyrelsen
    # Kommunfullmäktige") with every date under it.
    text = ("Sammanträdesplan 2024\n\n"
            "Kommunstyrelsen          Centrumbostäder i Skara AB        Kommunfullmäktige\n"
            "23 januari               19 februari                       29 januari\n")
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [
        ("Kommunstyrelsen", "2024-01-23"), ("Kommunfullmäktige", "2024-01-29")]
    # Heads over rows that are no dated cells: no body's heading; the list under the next heading is read as before.
    text = ("Sammanträdesplan 2024\n\nKommunstyrelsen          Kommunfullmäktige\nLedamöter och ersättare\n\n"
            "Socialnämnden\n23 januari\n20 februari\n")
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [
        ("Socialnämnden", "2024-01-23"), ("Socialnämnden", "2024-02-20")]
    # One body's heading with its time apart by spaces is no column heads.
    text = "Sammanträdesplan 2024\n\nKommunstyrelsen      kl. 13.00\n23 januari\n20 februari\n"
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [
        ("Kommunstyrelsen", "2024-01-23"), ("Kommunstyrelsen", "2024-02-20")]


def test_a_meeting_marked_as_held_in_public_keeps_its_list_going(tmp_path):
    # herrljunga_sammantradesplan_1's "2 maj (öppet sammanträde)" is its marker; set without brackets in a list on one
    # line or run on, or after "2.5", the remark stopped the list and every date after it was lost.
    text = "Sammanträdesplan 2024\n\nKommunstyrelsen: 4 april, 2 maj öppet sammanträde, 30 maj\n"
    assert [(m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("2024-04-04", None), ("2024-05-02", "öppet sammanträde"), ("2024-05-30", None)]
    text = "Sammanträdesplan 2024\n\nKommunstyrelsen\n\n4.4\n2.5 öppet sammanträde\n30.5\n"
    assert [(m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("2024-04-04", None), ("2024-05-02", "öppet sammanträde"), ("2024-05-30", None)]
    # "öppet" alone, or another word after it, is no such remark: the line stays unread as before.
    with pytest.raises(ImportFailed):
        _read(tmp_path, "Sammanträdesplan 2024\n\nKommunstyrelsen: 4 april, 2 maj öppet hus, 30 maj\n")


def test_a_months_down_table_whose_months_column_has_no_head_reads_every_body_in_its_column(tmp_path):
    # Most tables leave the head over the months empty: the first word of the header row is a body, no label. Read as
    # the label, each body was given the next one's days (wrong meetings).
    text = ("Sammanträdesplan 2024\n\n          KF     KS     KSAU\nJanuari   29     15     8\n"
            "Februari  26     12     -\n")
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [
        ("Kommunfullmäktige", "2024-01-29"), ("Kommunstyrelsen", "2024-01-15"),
        ("Kommunstyrelsens arbetsutskott", "2024-01-08"), ("Kommunfullmäktige", "2024-02-26"),
        ("Kommunstyrelsen", "2024-02-12")]
    # Bodies in full, a name going on over its lower-case words; a row missing a cell is reported, not shared out.
    text = ("Sammanträdesplan 2024\n\nKommunfullmäktige Kultur- och fritidsnämnden\nJanuari 29 23\nFebruari 26\n")
    plan = _read(tmp_path, text)
    assert [(m.body, m.date) for m in plan.meetings] == [
        ("Kommunfullmäktige", "2024-01-29"), ("Kultur- och fritidsnämnden", "2024-01-23")]
    assert any("Februari" in w for w in plan.warnings)


def test_a_month_then_its_day_and_the_meetings_remark_keeps_the_list_going(tmp_path):
    # "Augusti 30 inställt" (vaxjo_sammantradesplan_1's cancelled meeting, set month first): the rows after it were
    # lost.
    text = ("Sammanträdesplan 2022\n\nKommunfullmäktige\nJuni 7\nAugusti 30 inställt\nOktober 18 (extrainsatt)\n"
            "November 22\n")
    assert [(m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("2022-06-07", None), ("2022-08-30", "inställt"), ("2022-10-18", "extrainsatt"), ("2022-11-22", None)]
    # Words of another kind after the day are no remark: that row stays unread.
    text = "Sammanträdesplan 2022\n\nKommunfullmäktige\nJuni 7\nAugusti 30 budgetdag\nNovember 22\n"
    assert "2022-08-30" not in [m.date for m in _read(tmp_path, text).meetings]


def test_a_plans_heading_then_a_dash_or_a_comma_and_the_body_names_the_body_alone(tmp_path):
    # "Sammanträdesplan 2024 – Kommunstyrelsen" over a Datum/Tid table gave the body "– Kommunstyrelsen" (a wrong
    # value); "Sammanträdestider 2024, Kommunstyrelsen" crashed the reader (an empty name before the comma).
    for heading in ("Sammanträdesplan 2024 – Kommunstyrelsen", "Sammanträdestider 2024, Kommunstyrelsen",
                    "Sammanträdesplan 2024 - Kommunstyrelsen"):
        text = heading + "\n\nDatum Tid\n23 januari 13.00\n20 februari 13.00\n"
        assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [
            ("Kommunstyrelsen", "2024-01-23"), ("Kommunstyrelsen", "2024-02-20")], heading
    # A body's own heading with its qualifier after the comma stays as it was read.
    text = "Sammanträdesplan 2024\n\nKommunstyrelsen, kl. 13.00\n23 januari\n"
    assert [(m.body, m.start_time) for m in _read(tmp_path, text).meetings] == [("Kommunstyrelsen", "13:00")]


def test_a_mark_after_a_bodys_name_marks_its_meeting_and_keeps_the_name_whole(tmp_path):
    # A chronological plan marks a meeting with "*" after the body's name: read as part of the name it cut a compound
    # name to its last word ("Fritidsnämnden", "Kommunstyrelsen" for "... arbetsutskott*": wrong bodies).
    text = ("Sammanträdesplan 2024\n\n1 mars Socialnämnden\n12 mars Kultur- och fritidsnämnden*\n"
            "19 mars Kommunstyrelsens arbetsutskott *\n20 mars Socialnämnden\n")
    assert [(m.body, m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("Socialnämnden", "2024-03-01", None), ("Kultur- och fritidsnämnden", "2024-03-12", "*"),
        ("Kommunstyrelsens arbetsutskott", "2024-03-19", "*"), ("Socialnämnden", "2024-03-20", None)]


def test_a_body_named_after_a_bulleted_dates_time_or_remark_is_whose_meeting_it_is(tmp_path):
    # Under a body's heading, a bulleted line's rest was kept as a remark on the heading body's date whatever it said:
    # "• 5 juni, kl 18.30 Miljö- och byggnadsnämnden" and "• 25 april Barn- och utbildningsnämnden, prel" were given
    # to the heading's body (wrong meetings).
    text = ("Kommunstyrelsens sammanträden 2024\n\n• 19 januari, kl 18.30 Kommunstyrelsen\n"
            "• 5 juni, kl 18.30 Miljö- och byggnadsnämnden\n• 25 april Barn- och utbildningsnämnden, prel.\n"
            "• 23 augusti, kl 18.30 Kommunstyrelsen\n")
    assert [(m.body, m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("Kommunstyrelsen", "2024-01-19", None), ("Miljö- och byggnadsnämnden", "2024-06-05", None),
        ("Barn- och utbildningsnämnden", "2024-04-25", "prel."), ("Kommunstyrelsen", "2024-08-23", None)]
    # Another body joined by "+" (skaraborgs-kommunalforbund_sammantradesplan_1) leaves the heading body's meeting,
    # and a remark naming the body further in (vaxjo_sammantradesplan_1) is a remark.
    text = ("Direktionens mötestider 2023\n\n  • 14 april\n  • 12 maj + Direktionen för delregionala utvecklingsmedel\n"
            "  • 18 oktober, konstituerande (första KF med nyvalda kommunfullmäktige)\n")
    assert [(m.body, m.date) for m in _read(tmp_path, text).meetings] == [
        ("Direktionen", "2023-04-14"), ("Direktionen", "2023-05-12"), ("Direktionen", "2023-10-18")]


def test_a_mark_or_remark_after_a_dates_time_marks_the_meeting(tmp_path):
    # "19/4 kl. 13.00*", "2024-10-03, kl 18.30 extrainsatt", "24 juni 09.00 – inställt": the line went unread (the
    # rest after the time was neither empty nor a comma's), its meeting lost.
    text = ("Sammanträdesplan 2024\n\nMiljö- och byggnadsnämnden\n\n18/4 kl. 13.00\n19/4 kl. 13.00*\n"
            "3/10, kl 18.30 extrainsatt\n24/6 09.00 – inställt\n")
    assert [(m.date, m.marker, m.start_time) for m in _read(tmp_path, text).meetings] == [
        ("2024-04-18", None, "13:00"), ("2024-04-19", "*", "13:00"), ("2024-10-03", "extrainsatt", "18:30"),
        ("2024-06-24", "inställt", "09:00")]
    # Other words after the time stay a note, the line unread as before (no remark of a meeting).
    text = "Sammanträdesplan 2024\n\nSocialnämnden\n\n18/4 kl. 13.00\n19/4 kl. 13.00 budgetdag i Stadshuset med lunch\n"
    assert [m.date for m in _read(tmp_path, text).meetings] == ["2024-04-18"]


def test_a_place_cell_before_the_body_after_a_dates_time_marks_nothing_and_keeps_the_name_whole(tmp_path):
    # A table's row joined by commas: day, time, place, body ("8 jan, kl. 18.00, Sessionssalen, Kultur- och
    # fritidsnämnden"). The place was kept as the meeting's marker, as Ekerö's codes before a body are; with a remark
    # after the body the name was cut to "Fritidsnämnden" (a sentence's body found from its last part). The remark's
    # own cell after the body ("..., inställt") marks the meeting, as a cancellation after a date does.
    text = ("Sammanträdesplan 2024\n\n7 feb, kl. 18.00, Sessionssalen, Valnämnden\n"
            "12 feb, kl. 18.00, Sessionssalen, Kultur- och fritidsnämnden\n"
            "8 mars, kl. 18.00, Sessionssalen, Kultur- och fritidsnämnden*\n"
            "1 april, Sessionssalen, Kultur- och fritidsnämnden, inställt\n")
    assert [(m.body, m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("Valnämnden", "2024-02-07", None), ("Kultur- och fritidsnämnden", "2024-02-12", None),
        ("Kultur- och fritidsnämnden", "2024-03-08", "*"), ("Kultur- och fritidsnämnden", "2024-04-01", "inställt")]
    # Codes before the body (ekero_sammantradesplan_1's legend's) stay its marker.
    text = "Sammanträdesplan 2018\n\nVR = Verksamhetsrapport\n\n12 mars, VR, Kommunstyrelsen\n"
    assert [(m.body, m.marker) for m in _read(tmp_path, text).meetings] == [("Kommunstyrelsen", "VR")]


def test_a_remark_or_mark_ending_a_dates_cells_marks_its_meeting(tmp_path):
    # "23/1, kl. 18.00, Sessionssalen (extrainsatt)": the remark after the time and place marks the meeting, as it does
    # right after the date; the cancellation's word did so already.
    text = ("Sammanträdesplan 2024\n\nSocialnämnden\n\n23/1, kl. 18.00, Sessionssalen (extrainsatt)\n"
            "20/2, kl. 18.00, Sessionssalen*\n19/3, kl. 18.00, Sessionssalen, inställt\n"
            "16/4, kl. 18.00, Sessionssalen\n")
    assert [(m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("2024-01-23", "extrainsatt"), ("2024-02-20", "*"), ("2024-03-19", "inställt"), ("2024-04-16", None)]
    # A remark's word inside a place's name marks nothing ("Extrasalen").
    text = "Sammanträdesplan 2024\n\nSocialnämnden\n\n23/1, kl. 18.00, Extrasalen\n"
    assert [(m.date, m.marker) for m in _read(tmp_path, text).meetings] == [("2024-01-23", None)]


def test_a_days_remark_in_a_spaced_months_down_row_stays_in_its_days_cell(tmp_path):
    # karlskrona_sammantradesplan_1's cancelled meetings in a "Månad KF KS ..." table set with spaces: "Januari - 21 29
    # inställt" counted four cells for three bodies and the row went unread; herrljunga's "Maj 2 öppet sammanträde, 30"
    # was moreover joined with the next row ("2 öppet" taken for a day and its month, a list wrapped before a month).
    text = ("Sammanträdesplan 2020\n\nKF = Kommunfullmäktige\nKS = Kommunstyrelsen\n\n"
            "Månad KF KS Arbetsmarknadsnämnden\nJanuari - 21 29 inställt\nFebruari 6 11 26\n")
    assert [(m.body, m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("Kommunstyrelsen", "2020-01-21", None), ("Arbetsmarknadsnämnden", "2020-01-29", "inställt"),
        ("Kommunfullmäktige", "2020-02-06", None), ("Kommunstyrelsen", "2020-02-11", None),
        ("Arbetsmarknadsnämnden", "2020-02-26", None)]
    text = ("Sammanträdesplan 2024\n\nKS = Kommunstyrelsen\n\nMånad KS\nApril 4\nMaj 2 öppet sammanträde, 30\n"
            "Augusti 22\n")
    assert [(m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("2024-04-04", None), ("2024-05-02", "öppet sammanträde"), ("2024-05-30", None), ("2024-08-22", None)]


def test_a_days_notice_in_a_month_line_marks_its_meeting_and_keeps_the_line(tmp_path):
    # vargarda_sammantradesplan_1's "14 OBS! Måndag kl. 15.30" set in a month's line ("Maj: KF 9, ..., Servicenämnd
    # Ekonomi/personal 14 OBS! Måndag kl. 15.30, ..."): the notice ended the month's line, every body's day that month
    # lost. The notice runs to the next comma; its time's digits are no days.
    text = ("Sammanträdestider 2018\n\nKF = Kommunfullmäktige\nKS = Kommunstyrelsen\n\n"
            "Maj: KF 9, KS 23, Servicenämnd Ekonomi/personal 14 OBS! Måndag kl. 15.30, Allmänna utskottet 16\n")
    assert [(m.body, m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("Kommunfullmäktige", "2018-05-09", None), ("Kommunstyrelsen", "2018-05-23", None),
        ("Servicenämnd Ekonomi/personal", "2018-05-14", "OBS! Måndag kl. 15.30"),
        ("Allmänna utskottet", "2018-05-16", None)]


def test_a_months_across_row_with_a_note_in_a_cell_is_split_at_its_wider_spaces(tmp_path):
    # vargarda_sammantradesplan_1's "14 OBS! Måndag kl. 15.30" in a months-across table set with spaces: its words
    # counted as cells and the row went unread. Cells apart by wider spaces than their words are split there.
    text = ("Sammanträdesplan 2018\n\nOrgan   Jan   Feb   Mars   April   Maj   Juni\n"
            "Servicenämnd Ekonomi/personal   -   -   7   -   14 OBS! Måndag kl. 15.30   -\n")
    assert [(m.body, m.date, m.marker) for m in _read(tmp_path, text).meetings] == [
        ("Servicenämnd Ekonomi/personal", "2018-03-07", None),
        ("Servicenämnd Ekonomi/personal", "2018-05-14", "OBS! Måndag kl. 15.30")]
    # Set with single spaces the cells cannot be told apart: the row is reported, not guessed.
    text = ("Sammanträdesplan 2018\n\nOrgan Jan Feb Mars April Maj Juni\nKommunstyrelsen 31 28 28 25 23 20\n"
            "Servicenämnd Ekonomi/personal - - 7 - 14 OBS! Måndag kl. 15.30 -\n")
    plan = _read(tmp_path, text)
    assert {m.body for m in plan.meetings} == {"Kommunstyrelsen"}
    assert any("Servicenämnd" in w for w in plan.warnings)


def test_a_table_row_with_the_date_then_its_weekday_time_and_body(tmp_path):
    # "| 27 jan | Måndag | 13.00 | Kommunfullmäktige |" (plan_layouts' date_first_cols): the weekday's cell stopped the
    # row before its body; a remark after the date too ("27 jan inställt | Måndag | ...").
    text = ("Sammanträdesplan 2025\n\n| Datum | Dag | Tid | Organ |\n|---|---|---|---|\n"
            "| 27 jan | Måndag | 18.30 | Kommunfullmäktige |\n| 3 feb inställt | Måndag | 13.00 | Kommunstyrelsen |\n")
    assert [(m.body, m.date, m.marker, m.start_time) for m in _read(tmp_path, text).meetings] == [
        ("Kommunfullmäktige", "2025-01-27", None, "18:30"), ("Kommunstyrelsen", "2025-02-03", "inställt", "13:00")]
    # partille_sammantradesplan_1's "5 september, tisdag, klockan 18.30" (a Wednesday in 2018): the day's cell is
    # read past, not held against the date, which stays as its gold keeps it.
    text = "Sammanträdesplan 2018\n\nKommunfullmäktige\n\n5 september, tisdag, klockan 18.30\n2 oktober, tisdag\n"
    assert [(m.date, m.start_time) for m in _read(tmp_path, text).meetings] == [
        ("2018-09-05", "18:30"), ("2018-10-02", None)]


_FLATTENED_PLAN = ("Sammanträdestider\n\nByggnadsnämnden\n\nSammanträdestider 2023\n\nJanuari\n\nFebruari\n\nMars\n\n"
                   "April\n\n-\n\n15:e kl. 08.30\n\n{page}15:e kl. 08.30\n\n12:e kl. 08.30\n")


def test_a_copy_sites_snippet_over_a_page_of_a_plan_is_none_of_its_cells(tmp_path):
    # A copy site's snippet of the page repeated over its viewer's next page ("Page 2: · Web view2023/01/10 · ..."),
    # set between a flattened table's cells, is the site's: the text.drop_site_text the other readers read by.
    snippet = "Page 2: · Web view2023/01/10  · Sammanträdestider Byggnadsnämnden 2023 Januari Februari 17 14\n\n"
    plan = parse_document(write(tmp_path, _FLATTENED_PLAN.format(page=snippet))).plan
    assert [m.date for m in plan.meetings] == ["2023-02-15", "2023-03-15", "2023-04-12"]


def test_a_plan_without_a_copy_sites_text_keeps_every_cell(tmp_path):
    # Negative: the same plan with no site's line among its cells: the cleaning takes none of the plan's own lines.
    plan = parse_document(write(tmp_path, _FLATTENED_PLAN.format(page=""))).plan
    assert [m.date for m in plan.meetings] == ["2023-02-15", "2023-03-15", "2023-04-12"]


# A body's web page that states the year's meetings in one running sentence under its heading of meeting dates
# (enkoping_sammantradesplan_2's class; the texts made up in the forms such pages write it).
def test_a_sentence_whose_dates_close_it_under_a_heading_of_meeting_dates_is_the_pages_plan(tmp_path):
    text = ("Kommunala pensionärsrådet\n\nRådet består av företrädare för pensionärsorganisationerna.\n\n"
            "Sammanträdesdatum\n\nUnder 2023 sammanträder Bjurviks kommunala pensionärsråd i Stadshuset, om inget "
            "annat meddelas, den 8 februari, 12 april, 7 juni och 4 oktober.\n\nKontakta oss\n")
    plan = parse_document(write(tmp_path, text)).plan
    # the subject names the heading's body in another form (the municipality's genitive, the indefinite form)
    assert [(m.body, m.date, m.marker) for m in plan.meetings] == [
        ("Kommunala pensionärsrådet", "2023-02-08", None), ("Kommunala pensionärsrådet", "2023-04-12", None),
        ("Kommunala pensionärsrådet", "2023-06-07", None), ("Kommunala pensionärsrådet", "2023-10-04", None)]


def test_a_sentence_with_its_subject_first_and_a_time_after_its_dates(tmp_path):
    text = ("Valnämnden\n\nValnämnden ansvarar för valen i kommunen.\n\nMötesdatum\n\n"
            "Under våren 2025 träffas valnämnden den 12 februari, 19 mars och 14 maj klockan 16.00.\n\n"
            "Kommunstyrelsen\n\nMötesdatum\n\nKommunstyrelsen sammanträder i kommunhuset den 3 mars och 7 april "
            "2025.\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.body, m.date) for m in plan.meetings] == [
        ("Valnämnden", "2025-02-12"), ("Valnämnden", "2025-03-19"), ("Valnämnden", "2025-05-14"),
        ("Kommunstyrelsen", "2025-03-03"), ("Kommunstyrelsen", "2025-04-07")]


@pytest.mark.parametrize("sentence", [
    # a meeting called off, or meetings held, not the plan's
    "Under 2023 sammanträder rådet inte den 8 februari, 12 april och 7 juni.",
    "Under 2023 sammanträdde rådet den 8 februari, 12 april och 7 juni.",
    # the dates do not close the sentence: what follows them says what they are
    "Under 2023 sammanträder rådet den 8 februari, 12 april och 7 juni för att bereda budgeten inför valet.",
    # the subject is another body than the page's, named by no name the plan reads whole
    "Under 2023 sammanträder Bjurviks hamnbolag den 8 februari, 12 april och 7 juni.",
])
def test_a_sentence_that_does_not_give_the_pages_meetings_gives_none(tmp_path, sentence):
    text = ("Kommunala pensionärsrådet\n\nRådet består av företrädare för pensionärsorganisationerna.\n\n"
            f"Sammanträdesdatum\n\n{sentence}\n\nKontakta oss\n")
    try:
        document = parse_document(write(tmp_path, text))
    except ImportFailed:
        return
    assert document.plan is None or not document.plan.meetings


def test_a_sentence_naming_another_bodys_utskott_gives_the_page_bodys_none(tmp_path):
    # the subject's last word is the heading's ("arbetsutskott"), but its genitive names another body
    text = ("Socialnämndens arbetsutskott\n\nUtskottet bereder nämndens ärenden.\n\nSammanträdesdatum\n\n"
            "Under 2023 sammanträder kommunstyrelsens arbetsutskott den 8 februari, 12 april och 7 juni.\n")
    try:
        document = parse_document(write(tmp_path, text))
    except ImportFailed:
        return
    assert document.plan is None or all(m.body != "Socialnämndens arbetsutskott" for m in document.plan.meetings)


def test_an_added_meeting_marked_by_the_compound_word_keeps_it_as_its_marker(tmp_path):
    text = ("Sammanträdesplan 2025\n\nKommunstyrelsen\n\n12 februari\n18 mars (extramöte)\n20 maj, extrasammanträde\n"
            "17 juni\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.date, m.marker) for m in plan.meetings] == [
        ("2025-02-12", None), ("2025-03-18", "extramöte"), ("2025-05-20", "extrasammanträde"), ("2025-06-17", None)]


def test_a_compound_of_extra_that_names_no_meeting_is_no_marker(tmp_path):
    text = "Sammanträdesplan 2025\n\nKommunstyrelsen\n\n12 februari\n18 mars (extrabudget)\n17 juni\n"
    plan = parse_document(write(tmp_path, text)).plan
    assert all(m.marker is None or not m.marker.startswith("extra") for m in plan.meetings)


def test_a_paragraphs_sentence_whose_dates_close_it_between_other_sentences(tmp_path):
    text = ("Byggnadsnämnden\n\nSammanträden\n\nByggnadsnämnden har sina möten i kommunhuset. Under 2024 sammanträder "
            "nämnden den 6 februari, 12 mars och 14 maj. Sammanträdena är öppna för allmänheten.\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.body, m.date) for m in plan.meetings] == [
        ("Byggnadsnämnden", "2024-02-06"), ("Byggnadsnämnden", "2024-03-12"), ("Byggnadsnämnden", "2024-05-14")]


def test_a_paragraphs_sentence_whose_dates_are_followed_by_what_they_are_gives_none(tmp_path):
    text = ("Byggnadsnämnden\n\nSammanträden\n\nByggnadsnämnden har sina möten i kommunhuset. Under 2024 sammanträder "
            "nämnden den 6 februari, 12 mars och 14 maj tillsammans med länsstyrelsens samrådsgrupp för vindkraft. "
            "Sammanträdena är öppna för allmänheten.\n")
    try:
        document = parse_document(write(tmp_path, text))
    except ImportFailed:
        return
    assert document.plan is None or not document.plan.meetings


def test_the_year_after_a_lists_last_date_is_its_every_dates(tmp_path):
    text = ("Kommunstyrelsen\n\nKommunstyrelsen leder kommunens arbete.\n\nMöten\n\n"
            "Kommunstyrelsen sammanträder den 29 januari, 26 februari och 25 mars 2024.\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.date, m.year_inferred) for m in plan.meetings] == [
        ("2024-01-29", False), ("2024-02-26", False), ("2024-03-25", False)]


def test_a_list_that_turns_the_year_gives_its_last_year_to_no_earlier_date(tmp_path):
    text = ("Kommunstyrelsen\n\nKommunstyrelsen leder kommunens arbete.\n\nMöten\n\n"
            "Kommunstyrelsen sammanträder den 9 december, 27 januari och 24 februari 2025.\n")
    try:
        document = parse_document(write(tmp_path, text))
    except ImportFailed:
        return
    assert document.plan is None or "2025-12-09" not in [m.date for m in document.plan.meetings]


def test_a_sentences_dates_with_their_weekdays_or_in_numbers(tmp_path):
    text = ("Kommunfullmäktige\n\nFullmäktige är kommunens högsta beslutande organ.\n\nSammanträdesdatum\n\n"
            "Under 2024 sammanträder kommunfullmäktige måndagen den 12 februari, måndagen den 18 mars och tisdagen "
            "den 14 maj.\n\nKommunstyrelsen\n\nSammanträdesdatum\n\nKommunstyrelsen sammanträder 2024 i sessionssalen "
            "den 6/2, 5/3 och 7/5.\n")
    plan = parse_document(write(tmp_path, text)).plan
    assert [(m.body, m.date) for m in plan.meetings] == [
        ("Kommunfullmäktige", "2024-02-12"), ("Kommunfullmäktige", "2024-03-18"), ("Kommunfullmäktige", "2024-05-14"),
        ("Kommunstyrelsen", "2024-02-06"), ("Kommunstyrelsen", "2024-03-05"), ("Kommunstyrelsen", "2024-05-07")]


def test_numbers_with_a_slash_in_a_sentence_without_den_are_no_dates(tmp_path):
    text = ("Kommunstyrelsen\n\nSammanträdesdatum\n\nKommunstyrelsen sammanträder 2024 i sessionssalen 1/2 dag, "
            "3/4 av ledamöterna och 2/3 av ersättarna.\n")
    try:
        document = parse_document(write(tmp_path, text))
    except ImportFailed:
        return
    assert document.plan is None or not document.plan.meetings

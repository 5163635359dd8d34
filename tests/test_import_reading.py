"""Issue 13: reading documents by signals — a document site's own text, pages given as
run-on lines, dates told apart by their labels, bodies named in running text, items whose
§ sign was lost, and values cut off by an excerpt's end left empty (never invented).

The texts here are written for these tests in the shapes the real corpus shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive.errors import ImportFailed
from archive.importing import parse_document
from archive.importing.common import bodies_in, labelled_dates, split_page_runs
from archive.importing.text import Line, drop_site_text
from archive.importing.tjansteskrivelse import run_on_title


def lines(*texts: str) -> list[Line]:
    return [Line(n, text) for n, text in enumerate(texts, 1)]


def write(tmp_path: Path, text: str, name: str = "dokument.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_sites_own_text_is_dropped_and_its_file_title_kept_once():
    kept = drop_site_text(lines(
        "Protokoll Kommunstyrelsen", "", "Storlek: px", "Starta visningen från sidan:",
        'Download "Protokoll Kommunstyrelsen 2015-11-10"', "Transkript", "1 1(4) Plats och tid ...",
        "Relevanta dokument", "Protokoll Byggnadsnämnden 2014",
    ))
    assert [line.stripped for line in kept if line.stripped] == [
        "Protokoll Kommunstyrelsen", "Protokoll Kommunstyrelsen 2015-11-10", "1 1(4) Plats och tid ..."]
    without_title = drop_site_text(lines("Revidering av riktlinjer", 'Download "Revidering av riktlinjer"', "Text"),
                                   keep_title=False)
    assert [line.stripped for line in without_title] == ["Text"]


def test_letter_spaced_words_are_closed_up_but_short_words_stay():
    kept = drop_site_text(lines("K o m m u n s t yr e l s e n Sammanträdesdatum", "det är i en av de sju"))
    assert kept[0].stripped == "Kommunstyrelsen Sammanträdesdatum"
    assert kept[1].stripped == "det är i en av de sju"


def test_a_run_on_page_loses_its_furniture_and_keeps_its_first_running_head():
    text = "x " * 70
    result = split_page_runs(lines(
        f"Kommunstyrelsen 2013-10-01 1(47) Plats och tid: Sessionssalen {text}",
        f"Kommunstyrelsen 2013-10-01 2(47) KS 259 Val av justerare {text}",
    ))
    assert result[0].stripped == "Kommunstyrelsen 2013-10-01"
    assert result[1].stripped.startswith("Plats och tid") and result[1].page_start
    assert result[2].stripped.startswith("KS 259 Val av justerare") and result[2].page_start
    assert len(result) == 3  # the second page's running head is the first one again


@pytest.mark.parametrize("text, roles", [
    ("Organ och sammanträdesdatum Kommunstyrelsen 2015-11-10 Justeringens plats och tid "
     "Stadshuset, fredagen den 11 oktober 2013", [("meeting", "2015-11-10"), ("approved", "2013-10-11")]),
    ("Datum då anslaget sätts upp 2018-10-19 Datum då anslaget tas ned 2018-11-11",
     [("notice", "2018-10-19"), ("down", "2018-11-11")]),
    ("Protokollet har justerats den 18 maj 2015 Anslaget sattes upp den 19 maj 2015",
     [("approved", "2015-05-18"), ("notice", "2015-05-19")]),
    ("Justeringen tillkännagiven på kommunens anslagstavla den 20 december 2013", [("notice", "2013-12-20")]),
])
def test_each_date_is_what_its_nearest_label_says(text, roles):
    assert [(role, date.iso) for role, date in labelled_dates(text)] == roles


def test_bodies_named_in_running_text_not_genitives_nor_labels():
    found = [name for _, name in bodies_in(
        "Organ och sammanträdesdatum Kommunstyrelsen; Kommunstyrelsens kansli; Barn- och utbildningsnämnden; KSAU")]
    assert found == ["Kommunstyrelsen", "Barn- och utbildningsnämnden", "Kommunstyrelsens arbetsutskott"]


def test_the_title_of_a_letterhead_run_into_one_line():
    assert run_on_title("KOMMUNSTYRELSENS FÖRVALTNING TJÄNSTEUTLÅTANDE HANDLÄGGARE Eva Ek eva.ek@x.se "
                        "Kommunstyrelsen Revidering av regler för bidrag") == "Revidering av regler för bidrag"
    assert run_on_title("Tjänsteskrivelse Nämndsbudget 2015 Servicenämnden SN") == "Nämndsbudget 2015 Servicenämnden"
    assert run_on_title("Servicenämnden Mål för Servicenämnden för perioden") == "Mål för Servicenämnden för perioden"


PAGE = "x " * 60

DOCPLAYER_PROTOCOL = f"""Anslag/Bevis Protokollet är justerat. Organ och sammanträdesdatum Kommunstyrelsen

Storlek: px
Starta visningen från sidan:

Download "Anslag/Bevis Protokollet är justerat. Organ och sammanträdesdatum Kommunstyrelsen 2015-11-10"

Transkript

1 1(4) Plats och tid Stadshuset Utses att justera Anna Berg Justeringens plats och tid Kansliet,
 måndagen den 16 november {PAGE}

2 2(4) 230 Närvarorätt Beslut Praktikanterna medges närvarorätt vid dagens sammanträde.

3 3(4) KS 2015/88 231 Budget för kulturhuset Kommunstyrelsen beslutar att anta budgeten. Bakgrund Kulturhuset har {PAGE}

4 4(4) 232 Val till kommunala uppdrag Beslut 1. Per Ek avsägelse som ledamot i jämställdhetsbe
"""


def test_a_protocol_given_as_a_sites_run_on_pages(tmp_path):
    document = parse_document(write(tmp_path, DOCPLAYER_PROTOCOL))
    assert document.kind == "protokoll"
    assert (document.meeting.body, document.meeting.date) == ("Kommunstyrelsen", "2015-11-10")
    assert document.meeting.approved_on is None  # "måndagen den 16 november": no year, none assumed
    assert [item.key for item in document.items] == ["§ 231", "§ 232"]  # § 230 is a standing item
    budget, election = (item.matter for item in document.items)
    assert (budget.case_number, budget.title) == ("KS 2015/88", "Budget för kulturhuset")
    assert budget.planning[-1].outcome == "Kommunstyrelsen beslutar att anta budgeten."
    # The excerpt ends inside § 232's decision: the decision is not stated whole, so it stays empty.
    assert election.title == "Val till kommunala uppdrag"
    assert all(step.outcome is None for step in election.planning)
    assert any("avkortat" in warning for warning in election.warnings)


WEB_AGENDA = """Regionfullmäktige 4 december

Kallelse och handlingar publiceras några dagar före sammanträdet.

Ärenden

 1. Öppnande
 2. Val av protokolljusterare
 3. Budget 2019 med flerårsplan (pdf-fil, 4133 kB)
 4. Reglemente för revisionen (pdf-fil, 228 kB)
 5. Avslutning
"""


def test_a_web_pages_agenda_is_a_kallelse_and_no_year_is_assumed(tmp_path):
    document = parse_document(write(tmp_path, WEB_AGENDA))
    assert document.kind == "kallelse"
    assert document.meeting.body == "Regionfullmäktige"
    assert document.meeting.date is None  # "4 december" states no year
    assert [(item.key, item.matter.title) for item in document.items] == [
        ("punkt 3", "Budget 2019 med flerårsplan"), ("punkt 4", "Reglemente för revisionen")]


RUN_ON_AGENDA = ("KALLELSE Tekniska nämnden Sammanträdesdatum 2017-06-28\n\nFöredragningslista\n\n"
                 "1 Information om projekt 2 Upphandlingsplaner 2017 TN 2017/16 3 Månadsrapport maj TN 2017/6 "
                 "4 Externa taxor TN 2017/1326 5 Tilläggsanslag för ventilation TN 2017/1131\n")


def test_an_agenda_run_into_one_line_is_cut_by_its_number_sequence(tmp_path):
    document = parse_document(write(tmp_path, RUN_ON_AGENDA))
    # An informational item is a matter (issue 13's gold), with no case number stated.
    assert [(item.key, item.matter.case_number, item.matter.title) for item in document.items] == [
        ("punkt 1", None, "Information om projekt"), ("punkt 2", "TN 2017/16", "Upphandlingsplaner 2017"),
        ("punkt 3", "TN 2017/6", "Månadsrapport maj"),
        ("punkt 4", "TN 2017/1326", "Externa taxor"), ("punkt 5", "TN 2017/1131", "Tilläggsanslag för ventilation")]


def test_a_cut_case_number_stays_empty_with_a_warning(tmp_path):
    text = ("SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\n2019-03-12\n\n§ 14\nUtredning om matleveranser. Dnr KS\n\n"
            "Beslut\nKommunstyrelsen beslutar att godkänna utredningen.\n")
    [item] = parse_document(write(tmp_path, text)).items
    assert item.matter.case_number is None
    assert item.matter.title == "Utredning om matleveranser"
    assert any("ofullständigt" in warning for warning in item.matter.warnings)


def test_a_guide_page_that_only_mentions_the_headings_is_refused(tmp_path):
    text = ("Så skriver du ett svar på en motion\n\nDu startar en tjänsteskrivelse i ärendesystemet och skriver "
            "ett förslag till beslut.\nDärefter skickar du den till nämndsekreteraren.\n")
    with pytest.raises(ImportFailed) as refused:
        parse_document(write(tmp_path, text))
    assert "\n" not in str(refused.value)


def test_numbered_proposals_under_a_reports_headings_are_no_agenda(tmp_path):
    text = ("Kommunstyrelsen\nRevidering av riktlinjer för sammanträden\n\nFörslag till beslut\n"
            "1. Kommunstyrelsen antar riktlinjerna.\n2. Riktlinjerna gäller från 1 maj 2024.\n"
            "3. Tidigare riktlinjer upphävs.\n\nBeslutsunderlag\nTjänsteskrivelse 2024-03-01\n")
    document = parse_document(write(tmp_path, text))
    assert document.kind == "tjänsteskrivelse"
    [item] = document.items
    assert item.matter.title == "Revidering av riktlinjer för sammanträden"


CONTENTS_PAGE = ("KS 2021/178\n\n2021-06-15 Sammanträdestid 08:30-11.40\n\nParagrafer §§ 155-176\n\n"
                 "Sammanträdesdatum 2021-06-15 Datum då anslaget sätts upp 2021-06-18\n\n"
                 "Innehållsförteckning\n\n§ 155, 155, 155\n\nBudget för 2022 och kommunal skattesats\n\n"
                 "2021/178 6 - 7\n\n§ 156 Tilldelning av centrala budgetmedel för\n\n"
                 "löneökningar 2021 2021/23 8 - 9\n\n§ 157 Verksamhetsplan 2021/2022\n")


def test_a_contents_page_gives_each_rows_number_and_no_body_from_a_case_number(tmp_path):
    """'Paragrafer §§ 155-176' says protocol; 'KS 2021/178' alone is a case number, not the
    body KS; a row's year-first number before its page range is the case number; a
    year-first span inside a title ('2021/2022') is no number."""
    document = parse_document(write(tmp_path, CONTENTS_PAGE))
    assert document.kind == "protokoll"
    assert (document.meeting.body, document.meeting.date, document.meeting.notice_posted_on) == (
        None, "2021-06-15", "2021-06-18")
    assert [(item.key, item.matter.case_number, item.matter.title) for item in document.items] == [
        ("§ 155", "2021/178", "Budget för 2022 och kommunal skattesats"),
        ("§ 156", "2021/23", "Tilldelning av centrala budgetmedel för löneökningar 2021"),
        ("§ 157", None, "Verksamhetsplan 2021/2022")]
    assert all(item.matter.warnings[-1].startswith("organ: protokoll: hittade inget organ")
               for item in document.items)


AU_EXTRACT = ("Sammanträdesprotokoll\n\nKommunstyrelsens arbetsutskott\n\nSammanträdesdatum 2017-02-27\n\n"
              "Justerandes sign\n\n§ 26 Dnr KS 2017/118\n\nCentraliserad internservice\n\n"
              "Arbetsutskottets förslag\n\nKommunstyrelsens arbetsutskott föreslår kommunstyrelsen föreslå "
              "kommunfullmäktige besluta följande:\n\n• Utredningen ska genomföras i samband med renovering av\n\n"
              "kommunhuset.\n\nBeslutsexpediering:\n\nAkt\n\nReferences\n")


def test_an_arbetsutskotts_own_proposal_in_its_protocol_is_its_decision_put_to_the_last_body(tmp_path):
    document = parse_document(write(tmp_path, AU_EXTRACT))
    (matter,) = document.matters
    lead = "Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen föreslå kommunfullmäktige besluta följande:"
    assert [(s.body, s.date, s.outcome and " ".join(s.outcome.split())) for s in matter.planning] == [
        ("Kommunstyrelsens arbetsutskott", "2017-02-27",
         f"{lead} • Utredningen ska genomföras i samband med renovering av kommunhuset."),
        ("Kommunstyrelsen", None, None), ("Kommunfullmäktige", None, None)]
    assert [(p.to, p.text) for p in matter.proposals] == [
        ("Kommunfullmäktige", "Utredningen ska genomföras i samband med renovering av kommunhuset.")]
    assert [(r.name, r.title) for r in matter.recipients] == [("Akt", None)]


def test_a_proposal_cut_by_the_texts_end_is_left_empty_yet_its_lead_gives_the_path(tmp_path):
    text = AU_EXTRACT.replace("Arbetsutskottets förslag", "Förslag till beslut").split("\n\nkommunhuset.")[0] + "\n"
    (matter,) = parse_document(write(tmp_path, text)).matters
    assert matter.proposals == []
    assert any(w.startswith("proposals: § 26: förslaget är avkortat i texten") for w in matter.warnings)
    assert [s.body for s in matter.planning] == ["Kommunstyrelsens arbetsutskott", "Kommunstyrelsen",
                                                 "Kommunfullmäktige"]


def test_a_form_with_its_labels_over_its_dates_gives_the_justering_and_the_notice(tmp_path):
    text = ("SAMMANTRÄDESPROTOKOLL\nKommunfullmäktige\nSammanträdesdatum 2019-06-18\n\nUtses att justera\n"
            "Anna Berg\nJusteringens plats och tid\nKommunkontoret, Stora salen,\nTumba 2019-06-20\n\n"
            "§ 91 Dnr KS 2019/279\nDelårsrapport\n\nBeslut\nKommunfullmäktige godkänner rapporten.\n\n"
            "ANSLAG/BEVIS\nProtokollet är justerat.\nAnslaget den Nedtas den\n2019-06-24 2019-07-16\n")
    meeting = parse_document(write(tmp_path, text)).meeting
    assert (meeting.date, meeting.approved_on, meeting.notice_posted_on) == ("2019-06-18", "2019-06-20", "2019-06-24")


def test_numbers_stacked_before_their_titles_are_given_their_titles_in_order(tmp_path):
    text = ("SAMMANTRÄDESPROTOKOLL Kommunfullmäktige Sammanträdesdatum 2018-05-28 Innehållsförteckning "
            "KF 66 Svar på motion om skolan KF 67 KF 68 Svar på medborgarförslag om blommor i parken "
            "Svar på medborgarförslag om valvet i parken KF 69 Budgetprocessen KF 70 Bidragsansökan "
            "Allsångsföreningen\n")
    document = parse_document(write(tmp_path, text))
    assert [(item.key, item.matter.title) for item in document.items] == [
        ("§ 66", "Svar på motion om skolan"), ("§ 67", "Svar på medborgarförslag om blommor i parken"),
        ("§ 68", "Svar på medborgarförslag om valvet i parken"), ("§ 69", "Budgetprocessen"),
        ("§ 70", "Bidragsansökan Allsångsföreningen")]


def test_a_protocol_page_run_on_gives_its_title_after_the_word_protokoll_and_its_ocr_numbered_proposal(tmp_path):
    text = ("Download \"KARLSTADS KOMMUN. Ärende 3\"\n\nTranskript\n\n1 KARLSTADS KOMMUN Ärende 3\n\n"
            "2 sid 17 (34) KOMMUNSTYRELSEN Protokoll Politiskt initiativ om sociala medier - återrapportering "
            "Dnr KS Dpl 02 Kommunstyrelsens förslag till kommunfullmäktige l. Kommunen startar ett försök med en "
            "Facebook-sida. 2. Kostnaden finansieras inom kommunledningskontorets ram. Sammanfattning av ärendet "
            "I ett politiskt initiativ vill majoriteten utöka dialogen med medborgarna via sociala medier.\n")
    (matter,) = parse_document(write(tmp_path, text)).matters
    assert matter.title == "Politiskt initiativ om sociala medier - återrapportering"
    assert matter.case_number is None  # 'Dnr KS Dpl 02': the number is not legible
    assert [(p.to, p.text.split(" 2.")[0]) for p in matter.proposals] == [
        ("Kommunfullmäktige", "l. Kommunen startar ett försök med en Facebook-sida.")]


def test_a_protocol_whose_head_lost_its_body_takes_the_one_body_deciding_or_adjourning(tmp_path):
    text = ("PROTOKOLL 1 (27) Sammanträdesdag 2015-04-13\n\nTid och plats Kl Närvarande Ulf Olsson (S)\n\n"
            "Ersättare Malin Carlsson (S)\n\nÖvriga Svante Stomberg kommunchef\n\n"
            "Justering Att jämte ordföranden justera protokollet utses Anna Berg. Efter föredragning "
            "ajournerar Kommunstyrelsen sammanträdet under en timme.\n")
    meeting = parse_document(write(tmp_path, text)).meeting
    assert (meeting.body, meeting.date) == ("Kommunstyrelsen", "2015-04-13")
    two = text.replace("under en timme.", "under en timme. Kommunfullmäktige beslutar att anta planen.")
    with pytest.raises(ImportFailed, match="hittade inget organ"):
        parse_document(write(tmp_path, two, "two.txt"))  # two bodies act: none is chosen


def test_the_officer_under_var_referens_is_read_with_the_title_under_the_name(tmp_path):
    text = ("Serviceförvaltningen Tjänsteskrivelse\n\nMalmö stad\n1 (1)\nDatum\n2015-08-21\nVår referens\n"
            "Josefin Haugthon\nPlaneringssekreterare\nAnnan text\nÅterrapportering av delegerade beslut\n"
            "SN-2015-916\n\nFörslag till beslut\nServicenämnden föreslås besluta att lägga besluten till "
            "handlingarna.\n\nAnsvariga\nCarina Tempel, servicedirektör\n")
    (matter,) = parse_document(write(tmp_path, text)).matters
    assert [(p.name, p.title, p.role) for p in matter.responsible] == [
        ("Carina Tempel", "servicedirektör", "ansvarig"), ("Josefin Haugthon", "Planeringssekreterare", "handläggare")]


def test_planning_steps_run_together_with_body_codes(tmp_path):
    text = ("Tjänsteskrivelse\nUtredning av en stödfunktion för kostverksamheten\n\nFörslag till beslut\n"
            "Stadskontoret föreslår kommunstyrelsen att uppdra åt Stadskontoret att utreda saken.\n\n"
            "Beslutsplanering\nKS Fördelningsmöte KS Arbetsutskott Kommunstyrelsen\n")
    (matter,) = parse_document(write(tmp_path, text)).matters
    assert [(s.body, s.date, s.decides) for s in matter.planning] == [
        ("KS Fördelningsmöte", None, False), ("Kommunstyrelsens arbetsutskott", None, False),
        ("Kommunstyrelsen", None, True)]


def test_an_attached_paper_for_an_earlier_agenda_item_continues_that_item(tmp_path):
    text = ("KALLELSE\nTeknik- och fastighetsnämnden\nTid 2020-01-21\n\nÄrenden\n\n"
            "1 Muntlig information om nytt trafikledningssystem\n\n"
            "2 Teknik- och fastighetsnämndens mål och internbudget 2020 samt investerings- plan\n\n"
            "3 Teknik- och fastighetsnämndens internkontrollplan för 2020\n\n"
            "ORDFÖRANDEFÖRSLAG 1[2] Teknik- och fastighetsnämnden 2020-01-09 Dnr TEF/2019:263\n\n"
            "2 Teknik- och fastighetsnämndens mål och internbudget 2020 samt investeringsplan för 2020 "
            "(TEF/2019:263) Förslag till beslut 1. Nämnden antar förslaget till internbudget.\n\n"
            "2. Nämnden antar investeringsplanen.\n\nSammanfattning Tekniska nämnden beslutade den 26 augusti 2019 "
            "om nämndens yttrande inför planeringen av mål och budget för 2020 med flerårsplan 2021-2023\n")
    document = parse_document(write(tmp_path, text))
    assert [(i.key, i.matter.case_number) for i in document.items] == [
        ("punkt 1", None), ("punkt 2", "TEF/2019:263"), ("punkt 3", None)]
    (proposal,) = document.items[1].matter.proposals
    assert (proposal.to, " ".join(proposal.text.split())) == (
        None, "1. Nämnden antar förslaget till internbudget. 2. Nämnden antar investeringsplanen.")
    assert document.items[2].matter.proposals == []


def test_a_link_text_wrapped_over_two_lines_with_the_same_file_note_is_one_title():
    kept = drop_site_text(lines(" 9. Allmän trafikplikt i stråket (pdf-fil, 614 kB)",
                                "  Jönköping-Ulricehamn-Borås (pdf-fil, 614 kB)",
                                "  Bilagor (pdf-fil, 3377 kB)", "  Alliansens budget (pdf-fil, 3308 kB)"))
    assert [line.stripped for line in kept] == [
        "9. Allmän trafikplikt i stråket Jönköping-Ulricehamn-Borås", "Bilagor", "Alliansens budget"]


def test_an_extract_page_run_on_gives_its_title_after_the_head_and_its_decision_put_to_fullmaktige(tmp_path):
    text = ("Förslag till ny ansvarsfördelning (KF)\n\n1 KOMMUNSTYRELSEN PROTOKOLLSUTDRAG Sammanträdesdatum "
            "Kommunstyrelsen 25 oktober Paragraf Diarienummer KS-2017/ Förslag till ny ansvarsfördelning avseende "
            "hemtjänst (KF) Kommunstyrelsens beslut Kommunstyrelsens förslag till kommunfullmäktige Reglementet "
            "ska tillföras en ny bestämmelse om valfrihetssystem. Sammanfattning Både äldreomsorgsnämnden och "
            "socialnämnden fattar i dag beslut om förfrågningsunderlag för hemtjänsten i kommunen.\n")
    document = parse_document(write(tmp_path, text))
    assert document.kind == "protokoll"
    assert (document.meeting.body, document.meeting.date) == ("Kommunstyrelsen", None)
    (matter,) = document.matters
    assert (matter.title, matter.case_number) == ("Förslag till ny ansvarsfördelning avseende hemtjänst", None)
    assert any("diarienumret är ofullständigt ('KS-2017/')" in w for w in matter.warnings)
    assert [(p.to, p.text) for p in matter.proposals] == [
        ("Kommunfullmäktige", "Reglementet ska tillföras en ny bestämmelse om valfrihetssystem.")]
    assert [(s.body, s.date) for s in matter.planning] == [("Kommunstyrelsen", None), ("Kommunfullmäktige", None)]
    assert matter.planning[0].outcome.startswith("Kommunstyrelsens förslag till kommunfullmäktige Reglementet")


def test_an_agenda_item_whose_number_was_lost_at_a_page_break_is_an_item_without_a_number(tmp_path):
    page = ("1 BOTKYRKA KOMMUN KUNGÖRELSE 1[2] Kommunfullmäktige Tid 2019-01-31 Ärenden 1 Val av justerare "
            "2 Riktlinjer för flaggning 3 Svar på motion - Inrätta ett landsbygdsråd (M) "
            "4 Svar på medborgarförslag - Badplatsen vid Solvägen\n")
    next_page = ("2 BOTKYRKA KOMMUN KUNGÖRELSE 2[2] Kommunfullmäktige Svar på medborgarförslag - Wifi-nätverk i "
                 "centrum 6 Svar på medborgarförslag - Lägg ner centrum 7 Anmälningsärenden 8 Avsägelser och "
                 "fyllnadsval\n")
    document = parse_document(write(tmp_path, page + "\n" + next_page))
    assert [(item.key, item.matter.title) for item in document.items][2:5] == [
        ("punkt 4", "Svar på medborgarförslag - Badplatsen vid Solvägen"),
        ("", "Svar på medborgarförslag - Wifi-nätverk i centrum"),
        ("punkt 6", "Svar på medborgarförslag - Lägg ner centrum")]


def test_a_heading_in_capitals_after_a_sentence_is_a_paragraph_whose_number_was_lost(tmp_path):
    text = ("1 Protokoll fört vid sammanträde med Malmö kommunstyrelse den 15 januari 2014\n\n"
            "2 1 PROTOKOLLSJUSTERING DAGENS SAMMANTRÄDE M.M. Utses Stefan Lindhe att jämte ordföranden justera "
            "kommunstyrelsens protokoll för denna dag. Justering av protokollet skall äga rum den 29 januari "
            "DELEGATIONSBESLUT M.M. Protokoll: den 25 november 2013 med kommunstyrelsens arbetsutskott och de beslut "
            "som fattats med stöd av delegation under hösten anmäls till kommunstyrelsen.\n\n"
            "3 2 BUDGET FÖR ÅR 2015 Kommunstyrelsen beslutar att anta budgeten för år 2015 enligt förslaget från "
            "stadskontoret och att lägga informationen om budgetarbetet till handlingarna.\n")
    document = parse_document(write(tmp_path, text))
    assert (document.meeting.body, document.meeting.date) == ("Kommunstyrelsen", "2014-01-15")
    assert [(item.key, item.matter.title) for item in document.items] == [
        ("", "DELEGATIONSBESLUT M.M."), ("§ 2", "BUDGET FÖR ÅR 2015")]
    assert any("PROTOKOLLSJUSTERING" in note and "formalia" in note for note in document.notes)


def test_an_officer_printed_surname_first_in_a_run_on_letterhead_is_kept_as_printed(tmp_path):
    text = ("1 KS-2014/ (13) HANDLÄGGARE Björkbacka, Per-Erik Kommunstyrelsen Prövning av om bolagens verksamhet "
            "varit förenlig med det kommunala ändamålet Förslag till beslut Kommunstyrelsen beslutar att "
            "verksamheten har varit förenlig med ändamålet. Sammanfattning Kommunstyrelsen ska pröva bolagen.\n")
    (matter,) = parse_document(write(tmp_path, text)).matters
    assert [(p.name, p.title) for p in matter.responsible] == [("Björkbacka, Per-Erik", None)]


@pytest.mark.parametrize("text", [
    # A news item: names KF and the agenda, in sentences only.
    "KF minskar till 21 ledamöter\n\nKF-presidiet och gruppledarna har beslutat att kommande kommunfullmäktige "
    "genomförs med färre antal ledamöter.\n\nAktuell dagordning finns på kommunens officiella anslagstavla.\n",
    # A help page: explains justering and protocols in sentences.
    "Vad betyder tillkännagivanden?\n\nKommunfullmäktiges sammanträden ska tillkännages enligt lag. Detsamma "
    "gäller för justerade protokoll.\n\nAtt justera betyder att protokollet undertecknas. Senast 14 dagar efter "
    "ett sammanträde ska protokollet justeras.\n\nSenast uppdaterad:\n\nSidansvarig: Anna Berg\n",
    # A news item with a meeting's date: a date and a body do not make a protocol.
    "Nyheter\n\nProtokollet från kommunstyrelsens sammanträde den 12 mars 2024 är nu justerat och finns att läsa "
    "på anslagstavlan.\n\nUtses att justera var Anna Berg. Nästa sammanträde är den 9 april.\n",
])
def test_a_page_that_only_talks_about_meetings_is_refused_in_one_line(tmp_path, text):
    with pytest.raises(ImportFailed) as refused:
        parse_document(write(tmp_path, text))
    assert "ingen kommunal handling" in str(refused.value) and "\n" not in str(refused.value)


@pytest.mark.parametrize("text", [
    # A kallelse whose date and items were lost: its form's fields still make it one.
    "1 Kallelse Sida Kommunfullmäktige (3) Box Halmstad Plats: Kommunfullmäktiges sessionssal "
    "Sammanträdesdatum: Tid: 18:00 Ordförande: Johan Rydén Sekreterare: Jenny Moberg Upprop Allmänhetens fråga\n",
    # An utdrag whose date was lost and whose § was not read: its letterhead and Dnr.
    "1 Mjölby Kommun PROTOKOLLSUTDRAG Sammanträdesdatum Arbetsutskott (2) Sida 83 Dnr KS/2018:4 Beslut om "
    "kommunmål Bakgrund Enligt gällande tidplan ska beslut om kommunmål ske i fullmäktige den 12 juni.\n",
])
def test_a_record_that_states_no_date_nor_items_is_still_imported_by_its_form(tmp_path, text):
    document = parse_document(write(tmp_path, text))
    assert document.meeting is not None and document.meeting.body


def test_a_report_run_on_with_its_proposal_lead_presenter_and_appended_protocol(tmp_path):
    """Stockholm's utlåtanden and PM as a site gives them: one line a page; the lead "X föreslår Y
    besluta följande" opens the proposal (put to Y), "Föredragande borgarråden A och B anför
    följande" names who presents it, "Bilaga ... till kommunstyrelsens protokoll den ..." dates KS."""
    text = ("1 Bilaga 6:7 till kommunstyrelsens protokoll den 19 mars 2003, 8 PM 2003 RI+VII (Dnr /2002) Riktlinjer "
            "för ärendeansvar mellan stadsdelsnämnderna Borgarrådsberedningen föreslår kommunstyrelsen besluta "
            "följande 1. Riktlinjerna godkänns. 2. Riktlinjerna gäller fr.o.m. den 1 april 2003. Föredragande "
            "borgarråden Annika Billström och Margareta Olofsson anför följande. Bakgrund Socialtjänstnämnden har "
            "utarbetat ett förslag till riktlinjer för ärendeansvar mellan stadsdelsnämnderna.\n\n"
            "2 Remisser Ärendet har för synpunkter remitterats till stadsledningskontoret.\n")
    [item] = parse_document(write(tmp_path, text)).items
    matter = item.matter
    assert matter.title == "Riktlinjer för ärendeansvar mellan stadsdelsnämnderna"
    assert matter.case_number is None  # "(Dnr /2002)": the number is lost
    assert [(p.to, p.text) for p in matter.proposals] == [
        ("Kommunstyrelsen", "1. Riktlinjerna godkänns. 2. Riktlinjerna gäller fr.o.m. den 1 april 2003.")]
    assert [(s.body, s.date) for s in matter.planning] == [("Borgarrådsberedningen", None),
                                                           ("Kommunstyrelsen", "2003-03-19")]
    assert [(r.name, r.title) for r in matter.responsible] == [("Annika Billström", "Borgarråd"),
                                                               ("Margareta Olofsson", "Borgarråd")]


def test_two_officers_after_handlaggare_in_a_run_on_letterhead(tmp_path):
    text = ("1 SOCIALFÖRVALTNINGEN Handläggare Jan Holmlund Therese Hagberg Datum Diarienummer SCN Socialnämnden "
            "Svar på begäran om yttrande Förslag till beslut Socialnämnden föreslås besluta att avge svar enligt "
            "upprättat förslag. Sammanfattning genomförde Arbetsmiljöverket en inspektion.\n\n"
            "2 Bilaga 1 SOCIALFÖRVALTNINGEN Redogörelse över ansvar och roller inom socialnämndens område\n")
    [item] = parse_document(write(tmp_path, text)).items
    assert [r.name for r in item.matter.responsible] == ["Jan Holmlund", "Therese Hagberg"]
    # the heading after the proposal's full stop ends it, though the date after it was lost
    assert [(p.to, p.text) for p in item.matter.proposals] == [
        ("Socialnämnden", "att avge svar enligt upprättat förslag.")]


def test_a_letterhead_set_in_columns_gives_its_case_number_officer_and_signatures(tmp_path):
    """Labels over their values with the columns' other lines between, the officer whose e-mail
    address stands beside the name, two signatures read across, and a bulleted recipient list
    that ends at the first line without its bullet."""
    text = ("TJÄNSTESKRIVELSE 1 (2)\n\nDatum Vår beteckning Er beteckning\n\nLena Bergström\n\nSocialkontoret\n\n"
            "lena.bergstrom@upplands-bro.se\n\n2018-08-28 SN 18/0098 Socialnämnden\n\n"
            "Revidering av riktlinjer för ekonomiskt bistånd\n\nFörslag till beslut\n\n"
            "Socialnämnden godkänner delrevidering av riktlinjer för ekonomiskt bistånd.\n\n"
            "Beslutsunderlag\n\n Tjänsteskrivelse daterad 2018-08-28\n\nEva Folke\n\n"
            "Socialchef Elisabeth Rågård\n\nAvdelningschef\n\nBeslut sänds till\n\n Diariet\n\n"
            "Ensamkommande gymnasiestuderande\n\nEnsamkommande ungdomar som studerar på gymnasiet har tidigare "
            "haft ersättning.\n")
    [item] = parse_document(write(tmp_path, text)).items
    matter = item.matter
    assert matter.case_number == "SN 18/0098"
    assert matter.title == "Revidering av riktlinjer för ekonomiskt bistånd"
    assert sorted((r.name, r.title) for r in matter.responsible) == [
        ("Elisabeth Rågård", "Avdelningschef"), ("Eva Folke", "Socialchef"), ("Lena Bergström", None)]
    assert [r.name for r in matter.recipients] == ["Diariet"]


def test_a_run_on_report_page_gives_its_signature_and_its_copy_list(tmp_path):
    text = ("5 Socialkontoret TJÄNSTESKRIVELSE Handläggare, telefon Datum Vår beteckning Martin Taavola, Dnr "
            "Socialnämnden Delårsbokslut 2 med helårsprognos 2013 Förslag till beslut Socialnämnden beslutar "
            "godkänna delårsbokslutet. Beslutsunderlag Socialkontorets tjänsteskrivelse daterad den 19 september "
            "SOCIALKONTORET Eva Folke Socialchef Jesper Kyrk Avdelningschef, Kvalitets- och verksamhetstöd "
            "Bilagor: Delårsbokslut 2 Kopia av beslut till: Kommunstyrelsen\n\n"
            "6 Delårsbokslut för perioden januari augusti 2013 med helårsprognos\n\n"
            "7 Socialnämnden Ordförande: Tina Teljstedt Kontorschef: Eva Folke Driftredovisning Budget Redovisat "
            "Budget avvikelse Redov Kostnader Intäkter Kostnader Intäkter\n")
    [item] = parse_document(write(tmp_path, text)).items
    matter = item.matter
    assert [(r.name, r.title) for r in matter.responsible][:2] == [
        ("Eva Folke", "Socialchef"), ("Jesper Kyrk", "Avdelningschef, Kvalitets- och verksamhetstöd")]
    assert [r.name for r in matter.recipients] == ["Kommunstyrelsen"]  # the next pages are no recipients


def test_a_printed_proposal_to_fullmaktige_signed_on_the_boards_behalf(tmp_path):
    """A fullmäktige's printed matter: the title after the series number's full stop, before the
    registry code and the addressee; the att-proposal ends where no att-clause follows (the
    reservations are not part of it); "Uppsala den 10 april 2013 På kommunstyrelsens vägnar A/B"
    dates KS's step and names who signed."""
    text = ("137 Kommunfullmäktige Nr 71.\n\n138 KF APRIL 2013 Nr 72. Uppsalahem AB:s förvärv av aktierna i "
            "Studentstaden AB KSN Kommunfullmäktige Förslag till beslut Kommunstyrelsen föreslår kommunfullmäktige "
            "besluta att godkänna förvärvet, samt att Uppsalahem AB får sälja lägenheterna i Studentstaden AB. "
            "Marlene Burwick (S) reserverar sig till förmån för att andra att-satsen ska avslås. Uppsala den 10 "
            "april 2013 På kommunstyrelsens vägnar Fredrik Ahlstedt/Astrid Anker I avgörandet deltagande: Fredrik "
            "Ahlstedt, Cecilia Forss\n")
    [item] = parse_document(write(tmp_path, text)).items
    matter = item.matter
    assert matter.title == "Uppsalahem AB:s förvärv av aktierna i Studentstaden AB"
    assert [(p.to, p.text) for p in matter.proposals] == [
        ("Kommunfullmäktige",
         "att godkänna förvärvet, samt att Uppsalahem AB får sälja lägenheterna i Studentstaden AB.")]
    assert [(s.body, s.date) for s in matter.planning] == [("Kommunstyrelsen", "2013-04-10"),
                                                           ("Kommunfullmäktige", None)]
    assert [r.name for r in matter.responsible] == ["Fredrik Ahlstedt", "Astrid Anker"]


def test_a_record_whose_first_lines_hide_its_kind_is_read_as_the_kind_its_form_names(tmp_path):
    """A site's title over a kallelse ("SOCIALNÄMNDEN. Verksamheten ..."): no reader takes it by its
    first lines, yet "KALLELSE/FÖREDRAGNINGSLISTA" and its "Tid och plats:" make it a kallelse, read
    in part rather than refused."""
    text = ("SOCIALNÄMNDEN. Verksamheten vid arbetsmarknadsenheten information av enhetschef (kl. 8.15)\n\n"
            "Storlek: px\n\nTranskript\n\n"
            "1 Kommunstyrelseförvaltningen KALLELSE/FÖREDRAGNINGSLISTA SOCIALNÄMNDEN Tid och plats: Ordförande: "
            "Sekreterare: Onsdagen den 25 maj 2016 kl. 8.15, Borgmästaren, stadshuset, Lysekil Maria Forsberg "
            "ÄRENDEN Upprop samt val av justerare 1. Genomgång av föregående protokoll 2. Rapport beslut om "
            "särskilt boende 3. Förtydligande avseende revisionsrapport\n\n"
            "2 Kommunstyrelseförvaltningen KALLELSE/FÖREDRAGNINGSLISTA SOCIALNÄMNDEN 4. Kontroll av loggar inom "
            "vuxenenheten 5. Kontroll av utbetalningar\n")
    document = parse_document(write(tmp_path, text))
    assert document.kind == "kallelse"
    assert (document.meeting.body, document.meeting.date) == ("Socialnämnden", "2016-05-25")
    assert document.items


def test_a_guide_that_names_headings_and_a_kind_is_still_refused(tmp_path):
    text = ("Svar på motion\n\nDu startar en tjänsteskrivelse och skriver ett förslag till beslut. Protokollet "
            "från kommunstyrelsen visar sedan beslutet.\nKallelse skickas ut en vecka före sammanträdet.\n")
    with pytest.raises(ImportFailed):
        parse_document(write(tmp_path, text))


def test_a_reports_proposal_cut_off_by_the_excerpts_end_is_left_empty_its_lead_gives_the_path(tmp_path):
    text = ("Service och Teknik\nTjänsteskrivelse\nMål för Servicenämnden för perioden\n\nFörslag till beslut\n"
            "Servicenämnden föreslår härmed kommunfullmäktige att fastställa följande mål för mandatperioden\n"
            "o Energiförbrukningen per kvm skall minska med 20 procent till 2014\n"
            "o SoT/IT skall senast under 2013 pres\n")
    [item] = parse_document(write(tmp_path, text)).items
    assert item.matter.proposals == []
    assert any("avkortat" in warning for warning in item.matter.warnings)
    assert [s.body for s in item.matter.planning] == ["Servicenämnden", "Kommunfullmäktige"]


def test_a_lead_on_its_own_line_opens_the_proposal_and_vaar_beteckning_is_letterhead(tmp_path):
    """No "Förslag till beslut" heading: "Miljö- och byggnadsnämnden föreslås besluta" on a line of
    its own opens the proposal; "Vår beteckning MBN-2021-331" is the letterhead, not a title."""
    text = ("Tjänsteutlåtande\nVår beteckning MBN-2021-331\nHandläggare: Karin Holm, miljöinspektör\n\n"
            "Yttrande över detaljplan för Norra hamnen\n\nMiljö- och byggnadsnämnden föreslås besluta\n"
            "att lämna yttrande enligt förvaltningens förslag.\n\nBakgrund\nPlanen är på samråd.\n")
    [item] = parse_document(write(tmp_path, text)).items
    matter = item.matter
    assert (matter.title, matter.case_number) == ("Yttrande över detaljplan för Norra hamnen", "MBN-2021-331")
    assert [(p.to, p.text) for p in matter.proposals] == [
        ("Miljö- och byggnadsnämnden", "att lämna yttrande enligt förvaltningens förslag.")]
    assert not any("fler möjliga titelrader" in warning for warning in matter.warnings)


def test_a_run_on_letterhead_addressee_without_any_proposal_is_no_planning_step(tmp_path):
    text = ("1 1 (4) Tjänsteskrivelse Kontor Kultur- och fritidskontoret Handläggare Hewan Temesghen Kultur- och "
            "fritidsnämnden Medborgarförslag Inrätta en parklek Dnr 13/33 Sammanfattning av ärendet Kommunen har "
            "mottagit ett medborgarförslag.\n\n2 2 (4) Kultur- och fritidskontoret föreslår att kultur- och "
            "fritidsnämnden förordar att frågan om\n")
    [item] = parse_document(write(tmp_path, text)).items
    assert item.matter.planning == [] and item.matter.proposals == []


def test_a_page_about_the_councils_next_meeting_is_no_record(tmp_path):
    text = ("Kommunfullmäktige\n\nKommunfullmäktige är kommunens högsta beslutande organ.\n\nNästa sammanträde är "
            "den 25 mars 2024 klockan 18.00 i stadshuset.\n\nProtokoll från sammanträdena publiceras på "
            "kommunens anslagstavla.\n")
    with pytest.raises(ImportFailed) as refused:
        parse_document(write(tmp_path, text))
    assert "\n" not in str(refused.value)


def test_the_officer_under_handlaggare_with_the_title_under_the_name(tmp_path):
    text = ("KOMMUNSTYRELSEN\nTjänsteskrivelse\nHandläggare\nAnna Svensson\nKommunsekreterare\nDatum 2021-02-03\n"
            "Ärendenummer KS 2021/0012\n\nMotion om fler cykelbanor\n\nFörslag till beslut\n"
            "Kommunfullmäktige beslutar att avslå motionen.\n")
    [item] = parse_document(write(tmp_path, text)).items
    assert [(r.name, r.title) for r in item.matter.responsible] == [("Anna Svensson", "Kommunsekreterare")]
    assert (item.matter.case_number, item.matter.title) == ("KS 2021/0012", "Motion om fler cykelbanor")


def test_beslutet_ska_skickas_till_run_into_a_page_ends_the_basis(tmp_path):
    text = ("1 1 (3) TJÄNSTESKRIVELSE Datum Diarienummer KS 2019/0123 Kommunstyrelsen Ansökan om medel för "
            "integrationsprojekt Förslag till beslut Kommunstyrelsen beslutar att bevilja 200 000 kronor till "
            "projektet. Beslutsunderlag Tjänsteskrivelse 2019-05-02 Beslutet ska skickas till Ekonomienheten\n\n"
            "2 2 (3) Bakgrund Projektet startade 2018 och har haft många deltagare.\n")
    [item] = parse_document(write(tmp_path, text)).items
    assert [r.name for r in item.matter.recipients] == ["Ekonomienheten"]
    assert [(b.title, b.date) for b in item.matter.basis] == [("Tjänsteskrivelse", "2019-05-02")]


def test_a_sites_navigation_download_links_and_page_notes_are_no_content():
    kept = drop_site_text(lines("Hoppa över navigering", "584kb Ladda ner dokument", "Kommunstyrelsen",
                                "Senast uppdaterad: 9 november 2022", "Sidansvarig: Anna Berg", "Publicerad 2023-05-12",
                                "Ladda ner dokumentet om budgeten"))
    assert [line.text for line in kept] == ["Kommunstyrelsen", "Ladda ner dokumentet om budgeten"]


def test_an_officers_title_printed_beside_the_name_in_the_signature(tmp_path):
    text = ("1 SOCIALFÖRVALTNINGEN Handläggare Jan Holmlund Therese Hagberg Datum Diarienummer SCN Socialnämnden "
            "Svar på begäran om yttrande Förslag till beslut Socialnämnden föreslås besluta att avge svar enligt "
            "upprättat förslag. Sammanfattning Förvaltningen har svarat. Socialförvaltningen Direktör Jan Holmlund "
            "Postadress: Uppsala kommun, socialförvaltningen\n\n2 Bilaga 1 SOCIALFÖRVALTNINGEN Redogörelse över "
            "ansvar och roller inom socialnämndens område\n")
    [item] = parse_document(write(tmp_path, text)).items
    assert [(r.name, r.title) for r in item.matter.responsible] == [("Jan Holmlund", "Direktör"),
                                                                    ("Therese Hagberg", None)]


def test_a_report_among_the_papers_for_a_bodys_meeting_is_dated_by_that_meeting(tmp_path):
    text = ("Handlingar till Socialnämndens sammanträde den 19 september 2013\n\n"
            "Socialkontoret\nTjänsteskrivelse\n\nDelårsbokslut 2 med helårsprognos 2013\n\nFörslag till beslut\n"
            "Socialnämnden beslutar godkänna delårsbokslut 2.\n")
    [item] = parse_document(write(tmp_path, text)).items
    assert [(s.body, s.date) for s in item.matter.planning] == [("Socialnämnden", "2013-09-19")]


def test_a_web_pages_agenda_read_as_no_report_is_read_as_an_agenda(tmp_path):
    """No title, no proposal as a report: a numbered list of matters says more read as an agenda."""
    paragraph = ("Energiförsörjning och digital infrastruktur är två kritiska samhällsfunktioner för hushåll, "
                 "företag och stadens verksamheter. Staden ska arbeta för att säkra en tillräcklig, prisvärd och "
                 "hållbar elförsörjning, men också för att stärka rådigheten över energiförsörjningen i staden.")
    text = (f"Hoppa över navigering\n 1.   1\n\n  Val av justerare\n\n 2. {paragraph}\n\n  Stadskontoret "
            f"föreslår kommunstyrelsen att ett nytt bolag bildas i syfte att stärka rådigheten. {paragraph}\n\n"
            f"  Bilagor\n\n 3. För att möjliggöra en fungerande hantering av säkerhetskostnader föreslår "
            f"stadskontoret att nämnderna får kompensation. {paragraph}\n\n  Bilagor\n\n 4. {paragraph}\n")
    document = parse_document(write(tmp_path, text))
    assert document.kind == "kallelse" and len(document.items) >= 2


@pytest.mark.parametrize("head, to", [("Till Socialnämnden\n", "Socialnämnden"), ("", None)])
def test_a_lead_naming_the_body_only_generically_is_put_to_the_body_the_report_is_to(tmp_path, head, to):
    """"Förvaltningen föreslår att nämnden beslutar": the nämnd is the one the letterhead names; where
    it names none, no body is made up of the phrase ("Förvaltningen föreslår att nämnden" is none)."""
    text = (f"Tjänsteskrivelse\n{head}Dnr SN 2022/14\n\nRiktlinjer för hemtjänst\n\nFörslag till beslut\n"
            "Förvaltningen föreslår att nämnden beslutar att anta riktlinjerna.\n")
    [item] = parse_document(write(tmp_path, text)).items
    assert [p.to for p in item.matter.proposals] == [to]
    assert all(s.body == to for s in item.matter.planning)


def test_the_offices_proposal_heading_run_into_a_page_and_a_sentence_after_the_recipients(tmp_path):
    text = ("1 (2) TJÄNSTESKRIVELSE Datum 2021-03-04 Dnr BUN 2021/77 Barn- och utbildningsnämnden Läsårstider "
            "2021/2022 Förvaltningens förslag till beslut Barn- och utbildningsnämnden fastställer läsårstiderna "
            "enligt bilaga. Ärendebeskrivning Läsårstiderna ska fastställas varje år. Beslutsunderlag "
            "Tjänsteskrivelse 2021-03-04 Anna Berg Förvaltningschef Beslutet skickas till Rektorerna\n\n"
            "2 (2) Bilaga Läsårstider 2021/2022 Höstterminen startar den 18 augusti.\n")
    [item] = parse_document(write(tmp_path, text)).items
    matter = item.matter
    assert matter.title == "Läsårstider 2021/2022"
    assert [p.to for p in matter.proposals] == ["Barn- och utbildningsnämnden"]
    assert [r.name for r in matter.recipients] == ["Rektorerna"]


def test_a_heading_naming_the_meeting_is_a_records_form_a_sentence_naming_it_is_not():
    from archive.importing import has_a_record_form
    from archive.importing.text import Document

    def form(*texts):
        return has_a_record_form(Document(Path("x.txt"), "", lines(*texts)))

    assert form("Kommunfullmäktige 25 mars 2024", "Följande ärenden behandlas.")
    assert form("Kommunstyrelsens sammanträde 2024-03-12")
    assert not form("Nästa sammanträde med kommunfullmäktige är den 25 mars 2024.")
    assert not form("Kommunfullmäktige", "Protokoll från sammanträdena publiceras på anslagstavlan.")

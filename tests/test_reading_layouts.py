"""Reading documents: text-level robustness: a document site's own text, page furniture, pages run on into one line
and text wrapped at a width or joined.

The texts here are real fragments or written for these tests in the shapes the real corpus shows."""

from __future__ import annotations

import pytest

from archive.errors import ImportFailed
from archive.importing import parse_document
from archive.importing.common import drop_page_artefacts, split_page_runs
from archive.importing.text import Line, bullets_apart, drop_site_text, rejoin_width_wrapped, rows_from_column_blocks
from tests.reading_helpers import TUNING, lines, titles_read, write


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


def test_a_link_text_wrapped_over_two_lines_with_the_same_file_note_is_one_title():
    kept = drop_site_text(lines(" 9. Allmän trafikplikt i stråket (pdf-fil, 614 kB)",
                                "  Jönköping-Ulricehamn-Borås (pdf-fil, 614 kB)",
                                "  Bilagor (pdf-fil, 3377 kB)", "  Alliansens budget (pdf-fil, 3308 kB)"))
    assert [line.stripped for line in kept] == [
        "9. Allmän trafikplikt i stråket Jönköping-Ulricehamn-Borås", "Bilagor", "Alliansens budget"]


def test_a_sites_navigation_download_links_and_page_notes_are_no_content():
    kept = drop_site_text(lines("Hoppa över navigering", "584kb Ladda ner dokument", "Kommunstyrelsen",
                                "Senast uppdaterad: 9 november 2022", "Sidansvarig: Anna Berg", "Publicerad 2023-05-12",
                                "Ladda ner dokumentet om budgeten"))
    assert [line.text for line in kept] == ["Kommunstyrelsen", "Ladda ner dokumentet om budgeten"]


def test_bullets_without_a_line_introducing_them_are_no_items():
    from archive.importing.agendarows import split_bullet_rows

    lines = [Line(1, "Mötet är öppet för allmänheten."), Line(2, "• Kaffe serveras"), Line(3, "• Parkering finns")]
    assert not any(line.item_start for line in split_bullet_rows(lines))
    lines[0] = Line(1, "Föredragningslista")
    assert [line.text for line in split_bullet_rows(lines) if line.item_start] == ["Kaffe serveras", "Parkering finns"]


def test_a_bullet_row_wrapped_over_more_lines_than_the_recursion_limit_is_read():
    from archive.importing.agendarows import split_bullet_rows

    # (the wrapped lines were once followed by recursion, one level a line: RecursionError)
    lines = [Line(1, "Ärenden:"), Line(2, "• Budget 2025"), Line(3, "• Taxor för"),
             *(Line(number, "fortsatt text") for number in range(4, 1504))]
    rows = [line.text for line in split_bullet_rows(lines) if line.item_start]
    assert rows[0] == "Budget 2025" and rows[1].startswith("Taxor för fortsatt text fortsatt text")
    assert len(rows) == 2 and rows[1].count("fortsatt text") == 1500


def test_a_yumpu_pages_own_text_is_no_part_of_the_document(tmp_path):
    # haparanda_kallelse_1 (yumpu.com's viewer around the kallelse: its upload date and views, 'SHOW MORE',
    # its advertisement); the document's own 'HAPARANDA STAD KALLELSE' then names its kind at its head
    text = ("26.09.2013 Views\n\nÄrende Bilagor Tillväxtenheten Svar på motioner ... - Haparanda stad\n\n"
            "SHOW MORE\nSHOW LESS\n\nYou also want an ePaper? Increase the reach of your titles\n\n"
            "YUMPU automatically turns print PDFs into web optimized ePapers that Google loves.\n\n"
            "HAPARANDA STAD KALLELSE<br />\n\nKommunledningskontoret 2011-10-04<br />\n\n"
            "Ledamöter i kommunstyrelsens arbetsutskott<br />\n\nTid: 2011-10-10, KI 09 00<br />\n\n"
            "1 Bottenvikens skärgård -Förslag till gemensam organisation<br />\n\n"
            "2 Överenskommelse om Fastighetsreglering<br />\n\n3 Husvagnscamping på Strandplan<br />\n")
    kept = [line.stripped for line in drop_site_text([Line(n, t) for n, t in enumerate(text.split("\n"))])]
    assert "SHOW MORE" not in kept and "26.09.2013 Views" not in kept
    assert not any(line.startswith(("YUMPU", "You also want")) for line in kept)
    parsed = parse_document(write(tmp_path, text))
    assert parsed.kind == "kallelse"
    assert str(parsed.meeting.date) == "2011-10-10"


def test_a_no_break_hyphen_in_a_date_is_a_hyphen(tmp_path):
    # molndal_kallelse_1 ("Kommunfullmäktiges sammanträde 2022\u201105-18" heading the web notice)
    text = ("Kommunfullmäktiges sammanträde 2022\u201105-18\n\nKungörelse\n\nSammanträdet startar kl. 18.00, Möllans "
            "biograf, Folkets Hus.\n\nÄrenden\n\n • Upprop\n • Meddelanden\n • Motion (V) om pedagogiska måltider\n")
    parsed = parse_document(write(tmp_path, text))
    assert str(parsed.meeting.date) == "2022-05-18"


def test_a_running_heads_page_with_its_count_lost_is_furniture(tmp_path):
    # hallstahammar_protokoll_1 "Kommunstyrelsen 2014-12-01 2 () KS 167 Information ...": the running head's page
    # with its count of pages, as Mjölby's "Kommunstyrelsen (43)", Norberg's "2(46)", Landskrona's "4(42)" write it,
    # here with the count lost; the § after it is read, not the page
    text = ("Kommunstyrelsen 2014-12-01 1 (43) Plats och tid Kommunhuset, KS-salen klockan, 14-30 16.00 Beslutande "
            "Catarina Pettersson, ordf (S) Utses att justera Christina Aspenryd (S) och Hans Strandlund (M) "
            "Justeringens plats och tid Kommunhuset den 3 december 2014 klockan 16.00. Underskrifter Paragrafer "
            "167-192 Sekreterare Ordförande Justerande ANSLAG/BEVIS Protokollet är justerat. Organ Kommunstyrelsen\n"
            "Kommunstyrelsen 2014-12-01 2 () KS 167 Information från Västmanlands kommuner & landstings (VKL) "
            "beredningar Representanter för VKLs styrelse- och beredningar informerar från senaste möte.\n"
            "Kommunstyrelsen 2014-12-01 3 () KS 168 Information från kommunchefen/kommunstyrelseförvaltningen "
            "Dnr 43/14 Kommunchefen informerar om Kundcenter\n")
    matters = {item.key: item.matter for item in parse_document(write(tmp_path, text)).items}
    assert (matters["§ 168"].case_number, matters["§ 168"].title) == (
        "43/14", "Information från kommunchefen/kommunstyrelseförvaltningen")


def test_a_run_on_page_hard_wrapped_at_a_width_reads_as_the_run_on_page(tmp_path):
    # ragunda_kallelse_2's run-on page (as above) as a pdftotext of the copy site would give it, wrapped at 90
    # columns: a line the next word would not have fitted after was broken by the width, not by the author, and
    # a run of such lines is read as the one line it was (the same in every municipality's wrapped page:
    # Ulricehamn, Gotland, Säter, Vallentuna ... read nothing wrapped before). A PDF's own short lines stay.
    import textwrap

    page = ("RAGUNDA KOMMUN Datum Kallelse/Kungörelse Kommunfullmäktige i Ragunda kommun sammanträder onsdagen den "
            "25 februari 2015, kl 18.00, Anders Olofskolan, Hammarstrand. Kf 7 Dnr 2014/ Svar på motion om stöd "
            "enligt LSS EU 11 Kf 8 Dnr 2014/ Vision, övergripande mål, ledord och strategiområde Kf 10 Dnr 2015/ "
            "Strategi och Effektiviseringsplan Kf 11 Dnr 2015/ Reglemente för Kommunstyrelsen 19 Kf 12 Dnr 2014/ "
            "Uppdatering av Reglemente för Sociala utskottet 20")
    run_on = "1 Kallelse Kommunfullmäktige Onsdagen den 25 februari 2015\n2 " + page + "\n"
    wrapped = "1 Kallelse Kommunfullmäktige Onsdagen den 25 februari 2015\n" + "\n".join(
        textwrap.wrap("2 " + page, 90, break_long_words=False, break_on_hyphens=False)) + "\n"

    def rows(text, name):
        return [(item.key, item.matter.title) for item in parse_document(write(tmp_path / name, text)).items]

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert len(rows(run_on, "a")) >= 5
    assert rows(wrapped, "b") == rows(run_on, "a")
    set_lines = [Line(1, "Kommunfullmäktige beslutar att godkänna redovisningen och lägga den till handlingarna"),
                 Line(2, "§ 12 Val av justerare"), Line(3, "Kommunfullmäktige utser Anna Berg att justera.")]
    assert rejoin_width_wrapped(set_lines) == set_lines


def test_rows_set_in_columns_are_not_taken_for_width_wrapped_text():
    # ka02_table_layout's rows (Lund's agenda table) fill the width by their columns' padding, and a row's cell
    # goes on on the next line: a word-wrapper sets single spaces, so such rows are never rejoined (rejoining
    # would glue the next row's number and title onto this one's), even where two of them in a row look full
    rows = [Line(1, "1    Revidering av riktlinjer för representation                KS13/412"),
            Line(2, "2    Ansökan om bidrag till Lunds stadsfest 2014 från           KS13/398"),
            Line(3, "     föreningen Lundakarnevalen"),
            Line(4, "3    Information om ekonomiskt utfall per augusti"),
            Line(5, "4    Yttrande över förslag till ny kollektivtrafikplan          KS13/377")]
    assert rejoin_width_wrapped(rows) == rows


def test_a_plans_lines_of_bodies_each_labelling_its_dates_are_not_taken_for_width_wrapped_text():
    # vargarda_sammantradesplan_1's gold as "Body: dates" lines (bench/plan_layouts.py's body_line): three lines that
    # filled the widest one's width were rejoined into one, and the plan lost every meeting. Two lines running that
    # each open with a label and its colon before a date are rows, as two dated lines are (a wrapper's prose does
    # not open two lines so).
    rows = [Line(1, "Kommunfullmäktige: 17 januari, 14 februari, 14 mars, 11 april, 9 maj"),
            Line(2, "Myndighetsnämnd Bygg och miljö: 25 januari, 22 februari, 22 mars"),
            Line(3, "Kommunstyrelsen: 31 januari, 28 februari, 28 mars, 25 april, 23 maj")]
    assert rejoin_width_wrapped(rows) == rows
    # Wrapped prose whose next line opens with such a label still rejoins where the first line does not.
    prose = [Line(1, "Kommunstyrelsen beslutade att anta förslaget om nya regler för samrådet om"),
             Line(2, "budgeten: 17 januari är sista dagen för synpunkter från nämnderna till oss."),
             Line(3, "Ärendet bereds vidare av ekonomiavdelningen och redovisas för styrelsen i mars."),
             Line(4, "Kommunstyrelsens arbetsutskott får i uppdrag att följa upp arbetet med detta.")]
    assert rejoin_width_wrapped(prose) != prose


def test_a_kallelses_bulleted_items_run_on_in_one_line_are_read_one_a_line(tmp_path):
    # molndal_kallelse_1 as a copy that lost the line breaks inside its paragraphs: "Ärenden" and its bulleted items
    # in one line; the bullets set the items apart as they did one a line (Norrköping's list so too). A page given
    # as one line with a bullet in its text is no list's paragraph and stands as it is
    text = ("Kommunfullmäktiges sammanträde 2022-05-18\n\nKungörelse\n\n"
            "Sammanträdet startar kl. 18.00, Möllans biograf, Folkets Hus.\n\n"
            "Ärenden • Upprop • Val av protokollsjusterare • Information om aktiviteterna kring nationaldagsfirandet "
            "• Meddelanden • Val av nämndeman (KD) till Göteborgs tingsrätt återstoden av tjänsteperioden 2020-2023 "
            "• Befrielse från uppdrag, ersättare (V) i kultur- och fritidsnämnden\n")
    titles = [item.matter.title for item in parse_document(write(tmp_path, text)).items]
    assert "Val av nämndeman (KD) till Göteborgs tingsrätt återstoden av tjänsteperioden 2020-2023" in titles
    assert "Meddelanden" in titles and not any("•" in title for title in titles)
    page = [Line(1, "1 Kommunfullmäktige 13:30 - 19:20 Vätternsalen, Motala Convention Centre • § 165 Detaljplan "
                    "för Lalandia • beslut")]
    assert bullets_apart(page) == page


def test_a_single_line_the_width_broke_is_rejoined_once_a_run_shows_the_wrapper(tmp_path):
    # ulricehamn_kallelse_1 hard-wrapped at 90 columns: its first page (149 characters) wraps once, so it is no run
    # of its own, but the next page's run (of four or more) shows the text was wrapped at that width; the page is
    # read whole again,
    # and with it the meeting's body ("Kallelse Kommunstyrelsen Kommunstyrelsen sammanträder Torsdag ...")
    text = ("Torsdag kl 08:00 i Kommunfullmäktiges sessionssal, Stadshuset\n\n"
            'Download "Torsdag 2016-01-07 kl 08:00 i Kommunfullmäktiges sessionssal, Stadshuset"\n\nTranskript\n\n'
            "1 Kallelse Kommunstyrelsen Kommunstyrelsen sammanträder Torsdag kl 08:00 i\n"
            "Kommunfullmäktiges sessionssal, Stadshuset Mattias Josefsson Ordförande\n\n"
            "2 Kallelse Kommunstyrelsen Kallelse/Ärendelista Nr Dnr Ärende 1. Fastställelse av\n"
            "ärendelista 2. Kommunstyrelsens information 3. Förvaltningens information 4.\n"
            "Delegationsbeslut kommunstyrelsen /741 Beredning/yttrande ärenden till kommunfullmäktige\n"
            "5. Krisledningsstabens arbete vid samhällsstörningar och extraordinära 2015/684 händelser\n"
            "6. Yttrande om ansökan om investeringsmedel för IT-investeringar 2015/ Uppdrag riktlinjer\n"
            "för amortering av lån 2015/ Uppdrag resultatenheter 2015/ Förtydligande av\n"
            "vindkraftsplanen 2015/ Försäljning av Krämaren 4 och Norra Amerika 1 Föredragning 2015/\n"
            "Svar på motion om mindre barngrupper i förskolan och skolan 2015/ Svar på motion om\n"
            "parkering och saluhall ovanför stadshuset 2015/\n")
    parsed = parse_document(write(tmp_path, text))
    assert parsed.meeting.body == "Kommunstyrelsen"
    assert "Kommunstyrelsens information" in [item.matter.title for item in parsed.items]


def test_a_run_on_bulleted_list_with_a_long_matter_title_is_set_apart_point_by_point():
    # norrkoping_kallelse_1 as a copy that lost its line breaks: the items' bulleted list in one line, one title 167
    # characters long; it is still a list (each point a title), not a page given as one line, so each point gets a
    # line of its own and no title keeps the next bullet
    line = Line(25, "• Val av justerare • Information från kommunrevisionen • Motion av Matthias Olofsson (SD) om "
                    "utredning av kostnader och utfall av aktiviteter och projekt inom Norrköpings kommuns "
                    "verksamheter som utförs över lagstadgade krav • Anmälan av inkomna motioner")
    assert [point.text for point in bullets_apart([line])] == [
        "• Val av justerare", "• Information från kommunrevisionen",
        "• Motion av Matthias Olofsson (SD) om utredning av kostnader och utfall av aktiviteter och projekt inom "
        "Norrköpings kommuns verksamheter som utförs över lagstadgade krav", "• Anmälan av inkomna motioner"]
    page = Line(1, "• Kommunfullmäktige " + "sammanträder i stadshuset och behandlar ärenden " * 6
                + "• slut • av sidan")
    assert bullets_apart([page]) == [page]


def test_pages_run_together_in_one_line_are_cut_at_their_page_marks(tmp_path):
    # ljungby_protokoll_1 as a copy that lost its line breaks: four pages in one line, each opening with its mark
    # counting up to the same total ("2(37)", "3(37)", "4(37)"); cut there, the fourth page's paragraph is read as
    # an item. A mark in step with no other, or prose's bracketed number, cuts nothing
    text = ("1(37) Tid och plats Tisdagen den 12 mars kl. 09.10 12.00. Sammanträdesrum Märtasalen, Storgatan 8, "
            "Ljungby. Beslutande Magnus Gunnarsson (M), ordförande Övriga deltagande Eva-Marie Norén Holgersson, "
            "kommunsekreterare, 59 2(37) Justerare Justeringens tid och plats Kerstin Wiréhn Kansliavdelningen 14 mars "
            "klockan 07.45. Paragrafer 43-61 Sekreterare Christoffer Mowide Ordförande Magnus Gunnarsson Justerare "
            "Kerstin Wiréhn 3(37) TILLKÄNNAGIVANDE/BEVIS När protokollet är justerat offentliggörs det på Ljungby "
            "kommuns webbaserade anslagstavla Nämnd/styrelse Sammanträdesdatum Underskrift Christoffer Mowide 4(37) "
            "Ks 43 KS 2019/0087 005 Policy för IT Förslag till beslut föreslår att kommunfullmäktige godkänner Policy "
            "för IT i Ljungby kommun.\n")
    pieces = split_page_runs([Line(1, text.strip())])
    assert [piece.stripped[:12] for piece in pieces if piece.page_start] == [
        "Tid och plat", "Justerare Ju", "TILLKÄNNAGIV", "Ks 43 KS 201"]
    assert [(item.key, item.matter.title) for item in parse_document(write(tmp_path, text)).items] == [
        ("§ 43", "Policy för IT")]
    prose = ("Kommunstyrelsen föreslår att kommunfullmäktige antar de nya riktlinjerna för kommunen enligt "
             "bilaga 2 (5) och att uppdraget redovisas i bilaga 3 (7) till nämnden senast den 1 december som sagts.")
    assert split_page_runs([Line(1, prose)]) == [Line(1, prose)]


def test_pages_run_together_are_cut_before_a_running_head_of_kind_words_and_body(tmp_path):
    # uddevalla_kallelse_2 as a copy that lost its line breaks: each page opens "N Kallelse Föredragningslista
    # Kommunfullmäktige N(3)", the site's page number, the kind's words capitalised and the body before the mark; the
    # page begins at the head, not at the mark, so the row before keeps its title alone
    text = ("1 Kallelse Föredragningslista Kommunfullmäktige 1(3) Sammanträde Kommunfullmäktige Plats och tid "
            "Bohusläns museum kl. 09:00 onsdagen den 13 juni 2018 Föredragningslista 7. Kommunens flerårsplan med "
            "budget 2019 Dnr KS 2018/00375 8. Kommunens delårsrapport april 2018 Dnr KS 2018/00376 2 Kallelse "
            "Föredragningslista Kommunfullmäktige 2(3) Föredragningslista 9. Tillgång till bad under byggnationen "
            "Dnr KS 2018/00377")
    pieces = [line.stripped for line in split_page_runs([Line(1, text)])]
    assert any(piece.endswith("april 2018 Dnr KS 2018/00376") for piece in pieces), pieces
    # negative: a lower-case kind word inside a title is no running head; the page begins at the mark
    prose = text.replace("2018/00376 2 Kallelse Föredragningslista Kommunfullmäktige 2(3)",
                         "2018/00376 justering av protokoll Kommunfullmäktige 2(3)")
    pieces = [line.stripped for line in split_page_runs([Line(1, prose)])]
    assert any(piece.endswith("justering av protokoll Kommunfullmäktige") for piece in pieces), pieces


def test_a_short_last_page_whose_mark_goes_on_from_the_page_before_is_a_page(tmp_path):
    # eskilstuna_protokoll_4: the excerpt's last page cut short, "4(71) KSKF/2017:241 97 Delårsrapport ...", under 120
    # characters; its mark goes on from "3(71)" before it, so it is a page and its § (sign lost) is read. Short pages
    # in step so also close Ljusnarsberg's, Lysekil's, Nyköping's and Säffle's protocols. A short line whose mark is
    # not the next page's ("Bilaga 2 (5) ...") stays a line
    text = ("1(71) Plats och tid Rinmansalen, stadshuset, klockan 15:00 15:40 Beslutande Jimmy Jansson (S), "
            "ordförande Utses att justera Erika Rydja Sandvik (SD) Paragrafer 96-125 Anslag/Bevis Protokollet är "
            "justerat. Organ och sammanträdesdatum Kommunstyrelsen Anslaget sätts upp 2017-05-09\n"
            "2(71) KSKF/2017:1 96 Val till kommunala uppdrag Förslag till beslut Till nedanstående uppdrag väljs: "
            "Kommunala rådet för funktionshindersfrågor, från och med den 2 maj 2017. Beslutet skickas till: De valda\n"
            "3(71) KSKF/2017:241 97 Delårsrapport 1 2017 för kommunstyrelsen Beslut 1. Kommunledning\n")
    pieces = split_page_runs([Line(n, row) for n, row in enumerate(text.splitlines(), 1)])
    assert [piece.stripped[:12] for piece in pieces if piece.page_start] == [
        "Plats och ti", "KSKF/2017:1 ", "KSKF/2017:24"]
    items = parse_document(write(tmp_path, text)).items
    assert [(item.key, item.matter.case_number) for item in items] == [
        ("§ 96", "KSKF/2017:1"), ("§ 97", "KSKF/2017:241")]
    apart = [Line(1, text.splitlines()[0]), Line(2, "Bilaga 2 (5) Förteckning över delegationsbeslut")]
    assert not split_page_runs(apart)[-1].page_start


def test_a_municipal_web_pages_buttons_and_feedback_form_are_no_text_of_the_document():
    # perstorp_kallelse_1 ("Lyssna", "Kontakta oss" between the site's help lines; so also Dorotea, Götene, Vetlanda,
    # Malmö, Överkalix) and bastad_sammantradesplan_1 (the feedback form "Hjälpte informationen på sidan dig?" after
    # the page's content, only the site's footer below it; mjolby_sammantradesplan_1 too): a copy site that keeps
    # such a page's chrome must not give a last item's title or proposal the site's buttons
    kept = drop_site_text(lines("Få hjälp med att få igång vår funktion för att lyssna på webben", "Lyssna",
                                "Kontakta oss", "Meny", "Folkets Park sammanträdeslokal för kommunfullmäktige",
                                "Kallelse och protokoll hittar du i webbdiariet.",
                                "Hjälpte informationen på sidan dig?",
                                "Tack för att du hjälper oss att göra webbplatsen bättre.", "Ja", "Nej"))
    assert [line.text for line in kept] == ["Få hjälp med att få igång vår funktion för att lyssna på webben",
                                            "Folkets Park sammanträdeslokal för kommunfullmäktige",
                                            "Kallelse och protokoll hittar du i webbdiariet."]
    assert [line.text for line in drop_site_text(lines("Vi använder kakor (cookies) för att webbplatsen ska fungera.",
                                                       "Godkänn alla kakor", "Kommunfullmäktige"))] == [
        "Kommunfullmäktige"]


def test_a_web_pages_breadcrumbs_of_its_sections_only_are_site_text_and_name_no_papers_or_sender(tmp_path):
    # tyreso_kallelse_1, varmdo_protokoll_1, stockholm_kallelse_1 open with the page's breadcrumbs, home link first;
    # there they name the meeting (body, date) and stay. Breadcrumbs of the site's sections only are the site's
    # own text: they fill no head (a protocol so headed was read as a report, its kind beyond the head's reach), and
    # their "Kommun och politik" or "Sammanträden och handlingar" do not make a news page (lerum_not-municipal_1)
    # a municipal meeting's papers
    tyreso = "Din position: Hem > Tyresö kommun > Kommunstyrelsen > Sammanträde 2024-03-05"
    sections = "Startsida / Kommun och politik / Politik och demokrati / Sammanträden och handlingar"
    assert [line.text for line in drop_site_text(lines(sections, tyreso, "Kallelse"))] == [tyreso, "Kallelse"]
    news = ("Kommunstyrelsen Lerums Kommun 13 december 2017\n\nKöp av fastigheten Floda 3:646\n\n"
            "Kommunstyrelsen beslutade godkänna förslag till köpeavtal avseende köp av fastigheten Floda 3:646 till "
            "en köpeskilling om 52 110 kronor.\n")
    with pytest.raises(ImportFailed, match="ingen kommunal handling"):
        parse_document(write(tmp_path, news))
    with pytest.raises(ImportFailed, match="ingen kommunal handling"):
        parse_document(write(tmp_path, sections + "\n\n" + news))


def test_a_document_sites_two_viewer_controls_run_into_one_line_are_the_sites_text():
    # nacka_kallelse_1 (the copy site of 176 tuning documents) where a copy lost the line break between the viewer's
    # controls: "Storlek: px Starta visningen från sidan:" is the site's, as each of them on its own line is
    kept = drop_site_text(lines("1 (5) 1 Utskicksdatum", "", "Storlek: px Starta visningen från sidan:", "",
                                "KALLELSE Kommunstyrelsen kallas till sammanträde"))
    assert [line.stripped for line in kept if line.stripped] == [
        "1 (5) 1 Utskicksdatum", "KALLELSE Kommunstyrelsen kallas till sammanträde"]


def test_rows_each_broken_once_by_the_width_show_a_wrapper_and_are_rejoined():
    # flen_kallelse_1 hard-wrapped at 90 columns: no run of four broken lines, but seven lines each broken once by the
    # width ("12. KS/2019:36 Entledigande ... förste vice ordförande i Flens" / "Bostads AB - Anders Karlsson (KD)"):
    # the wrapper's breaks, rejoined; a row the author ended short stays as set
    texts = [
        "Sida KALLELSE 1(2)",
        "",
        "2019-10-15",
        "",
        "Sammanträde med: Kommunfullmäktige",
        "",
        "Tid: 2019-10-31 kl 18:00 Plats: sal stora manschetten, Aktivitetshuset Skjortan",
        "",
        "Helén Stockow Fanny Bergström Ordförande Sekreterare",
        "",
        "Information/diskussion",
        "",
        "Kl 18:00 – 18:20 Lägesbild Flens kommunfastigheter AB – ordförande Björn Berglöv (S) och",
        "VD Flens kommunfastigheter AB Claes Åsbrink Kl 18:20 – 18:40 Lägesbild Flens bostads AB –",
        "VD Flens bostads AB Arne Fältin",
        "",
        "ÄRENDEN",
        "",
        "Justering",
        "",
        "1. KS/2018:196 Svar på medborgarförslag om direktbuss Flen-Strängnäs",
        "",
        "2. KS/2019:31 Svar på medborgarförslag om boendeparkering i centrala Malmköping",
        "",
        "3 KS/2019:111 Delårsrapport 2 år 2019 /föredragning av ekonomichef Jeanette Lijesnic/",
        "",
        "4. KS/2018:126 Utredning av terrängcyklingsområde",
        "",
        "5. KS/2019:65 Svar på motion om mer fysisk aktivitet i skolan, från Berit Hyllbrant (L)",
        "",
        "6. KS/2019:115 Antagande av drivmedelsplan för en fossiloberoende fordonsflotta i Flens",
        "kommunkoncern",
        "",
        "Postadress Besöksadress Telefon Bankgiro E-post",
        "",
        "642 81 FLEN Sveavägen 1 0157-430000 5854 - 6045 [email protected] FLEN 2",
        "",
        "7. KS/2019:16 Uppdrag i strategisk plan 2019-2022: att undersöka möjligheter till",
        "lånecyklar vid resecentrum",
        "",
        "8. KS/2017:178 Attestreglemente med anvisningar för kontroll av ekonomiska transaktioner",
        "",
        "9. KS/2019:125 Ny förskola Kungsfågeln 8, Flens tätort",
        "",
        "10. KS/2019:126 Iordningställande av mark Facklan 8",
        "",
        "11. KS/2019:118 Sammanträdestider för kommunfullmäktige år 2020",
        "",
        "12. KS/2019:36 Entledigande från uppdraget som ledamot och förste vice ordförande i Flens",
        "Bostads AB - Anders Karlsson (KD)",
        "",
        "13. KS/2019:36 Entledigande från uppdraget som ersättare i kommunfullmäktige – Jonathan",
        "Bejefalk (L)",
        "",
        "14. KS/2019:124 Medborgarförslag om installation av porrfilter/teknisk lösning",
        "",
        "15. Anmälningsärenden",
        "",
        "Förvaltningsrätten i Linköping: - Dom i målnummer 7448-18 och 7956-18 angående",
        "laglighetsprövning enligt kommunallagen",
    ]
    joined = [line.stripped for line in rejoin_width_wrapped(lines(*texts)) if line.stripped]
    assert ("12. KS/2019:36 Entledigande från uppdraget som ledamot och förste vice ordförande i Flens Bostads AB - "
            "Anders Karlsson (KD)") in joined
    assert "11. KS/2019:118 Sammanträdestider för kommunfullmäktige år 2020" in joined


def test_pages_run_together_are_cut_at_a_running_head_that_numbers_them_after_the_date():
    # malung-salen_protokoll_1 with its line breaks lost: each page opened "Kommunfullmäktige 2017-10-23 N" (so do
    # Hallstahammar's, Varberg's and Östhammar's pages), N counting up; the text is cut before each such head, as at
    # "2(37)" marks, and a date with a number after it in prose (once, out of step) cuts nothing
    text = ("Kommunfullmäktige 2017-10-23 1 Plats och tid Ungärde skola, Lima, kl. 18:30-20:30 Beslutande Enligt "
            "bilagd förteckning. Justerade paragrafer 132-142 ^> fl Kommunfullmäktige 2017-10-23 2 132 "
            "Återredovisningar av Malungshem AB Beskrivning av ärendet Nämnderna ska lämna redovisning. "
            "O Kommunfullmäktige 2017-10-23 3 133 Delårsrapport 2017 (KS/2017:499) Kommunfullmäktiges beslut "
            "Delårsrapporten godkänns. Kommunstyrelsen 2017-10-02 12 föreslog detta.")
    pieces = [line.stripped for line in split_page_runs(lines(text))]
    assert [piece[:33] for piece in pieces if piece.startswith("Kommunfullmäktige 2017-10-23")] == [
        "Kommunfullmäktige 2017-10-23 1 Pl", "Kommunfullmäktige 2017-10-23 2 13", "Kommunfullmäktige 2017-10-23 3 13"]
    assert "Kommunstyrelsen 2017-10-02 12 föreslog detta." in pieces[-1]


def test_pages_run_together_are_cut_at_a_running_head_of_the_date_and_page_alone():
    # norra-vastmanlands-samordningsforbund_protokoll_1 joined: each page opens "2010-11-18 N", the date and the page's
    # number, N counting up; cut there as at a body's dated head. A date with a number after it once, out of step,
    # cuts nothing
    text = ("Sammanträdesdatum 2010-11-18 1 Plats och tid Norbergs kommunhus Paragrafer 88-90 2010-11-18 2 Nvsf 88 "
            "Dagordning Dagordningen genomgås. 2010-11-18 3 Nvsf 89 Föregående protokoll Protokollen noteras. "
            "2010-11-18 4 Nvsf 90 Dnr 2010.007.042 Ekonomisk redovisning Samordnaren redogör.")
    pieces = [line.stripped for line in split_page_runs(lines(text))]
    assert [piece[:20] for piece in pieces if piece.startswith("2010-11-18")] == [
        "2010-11-18 1 Plats o", "2010-11-18 2 Nvsf 88", "2010-11-18 3 Nvsf 89", "2010-11-18 4 Nvsf 90"], pieces
    prose = ("Styrelsen beslutade 2010-11-18 2 nya projekt och redovisar dem vid nästa möte i december, efter att "
             "samordnaren har gått igenom ansökningarna och budgeten för året som kommer med kansliet.")
    assert [line.stripped for line in split_page_runs(lines(prose))] == [prose]


def test_a_contents_list_run_on_into_the_paragraphs_ends_where_its_first_row_is_restated():
    # hoglandets-raddningstjanstforbund_protokoll_1 joined: the contents list, then the first paragraph restating its
    # first row ("6 Ändringar i föredragningslistan") in the same line; the paragraphs begin there. A list whose
    # numbers do not count on from the row before its restatement is left whole
    text = ("Paragraf 6-9 Innehållsförteckning Diarienummer 6 Ändringar i föredragningslistan 7 Bokslut 2018 2019/10 "
            "8 Budget 2019 och handlingsplan 2019/9 9 Tillsynsplan 2019 2019/11 2 6 Ändringar i föredragningslistan "
            "Ändringarna i föredragningslistan godkänns. Ordföranden anmäler att två ärenden tillkommer i dag.")
    pieces = [line.stripped for line in split_page_runs(lines(text))]
    assert pieces[-1].startswith("6 Ändringar i föredragningslistan Ändringarna"), pieces
    # (the list's page number before them stands apart, no word of the last row's title)
    assert pieces[-3].endswith("9 Tillsynsplan 2019 2019/11") and pieces[-2] == "2", pieces
    uncounted = text.replace("7 Bokslut", "Bokslut").replace("8 Budget", "Budget")
    assert [line.stripped for line in split_page_runs(lines(uncounted))] == [uncounted]


def test_a_later_pages_running_head_alone_on_its_line_is_page_furniture(tmp_path):
    # orebro_protokoll_1 as a PDF sets its pages: a later page's head, the organisation, the kind word and the mark
    # alone on a line ("SÄFFLE KOMMUN PROTOKOLL 1(37)", Enköping's "Protokoll 3 (53)", Hässleholm's, Skellefteå's,
    # Knivsta's heads), fell inside the proposal and ran onto its point ("... Örebrokompaniet AB Örebro kommun
    # Protokoll"); the whole line goes, not its mark alone; the first page's head stays
    pieces = [line.stripped for line in split_page_runs(lines(
        "Örebro kommun    Protokoll    1(3)", "Kommunledningskontorets förslag till kommunstyrelsen:", "",
        "1. Att Kommunen ger 650 tkr i ett aktieägartillskott till Örebrokompaniet AB", "",
        "Örebro kommun    Protokoll    3(3)", "", "2. Kostnaden för aktieägartillskottet finansieras"))]
    assert pieces[0] == "Örebro kommun Protokoll"
    assert not any("Protokoll" in piece for piece in pieces[1:])
    text = ("Kommunstyrelsen\n\nProtokoll\n\nSammanträdesdatum 2017-10-17\n\n§ 12\n\nKommunstyrelsens delårsrapport "
            "2017\n\nBeslut\n\nArbetsutskottet föreslår kommunstyrelsen besluta 1 Godkänna kommunstyrelsens "
            "delårsrapport för 2017.\n\nFalkenbergs kommun    Protokoll    3(3)\n\nBeslutsunderlag\n\n"
            "Ekonomiavdelningens tjänsteskrivelse\n")
    outcomes = [step.outcome for item in parse_document(write(tmp_path, text)).items
                for step in item.matter.planning if step.outcome]
    assert outcomes and not any("Falkenbergs" in outcome for outcome in outcomes)


def test_page_marks_in_words_counting_up_cut_a_run_on_text_into_pages():
    # kil_protokoll_1 joined ("... Utdragsbestyrkande Sidan 2 av 26 PROTOKOLL 2015-05-05 KOMMUNSTYRELSEN KS § 77 ...";
    # Grästorp, Herrljunga, Laxå, Östra Göinge, Sollentuna and Upplands-Bro mark pages so): each mark is cut out; a
    # piece opening with a number (the site's page number, Laxå) is not marked as a page's start
    text = ("KOMMUNSTYRELSEN Sammanträdesdatum PLATS OCH TID PROTOKOLL 2015-05-05 Kommunhuset Sidan 1 av 26 "
            "2 KOMMUNSTYRELSEN ÖVRIGA Jan Fallström Sidan 2 av 26 PROTOKOLL 2015-05-05 KOMMUNSTYRELSEN KS § 77 "
            "Dnr INFORMATION FRÅN UNG FÖRETAGSAMHET BESLUT Kommunstyrelsen har tagit del av informationen.")
    pieces = split_page_runs([Line(1, text)])
    assert [piece.stripped.split()[0] for piece in pieces] == ["KOMMUNSTYRELSEN", "2", "PROTOKOLL"]
    assert [piece.page_start for piece in pieces] == [False, False, True]
    assert not any("Sidan" in piece.stripped for piece in pieces)
    lone = "Kommunen svarar på sidan 4 av 12 i remissen " * 4  # a mark alone is prose's
    assert [piece.stripped for piece in split_page_runs([Line(1, lone)])] == [lone.strip()]


def test_a_documents_first_lines_are_its_first_lines_with_text_however_spaced():
    # hoor_kallelse_1 spaced (a blank line after every line): its head's "KOMMUNSTYRELSEN" under the first page's mark
    # "1 (31)" is still among the document's first lines, not a running head dropped with the mark
    lines = ["Höörsalen Måndagen den 12 oktober 2015 kl 10:00", "Höörs kommun", "KALLELSE", "Datum", "Sida",
             "2015-10-02", "1 (31)", "KOMMUNSTYRELSEN", "Plats och tid", "Höörsalen",
             "Föredragningslista", "Ärende", "1", "Upprop", "2 (31)", "KOMMUNSTYRELSEN", "2", "Val av justerare"]
    spaced = [Line(n + 1, text) for n, text in enumerate(x for line in lines for x in (line, ""))]
    kept = [line.stripped for line in drop_page_artefacts(spaced) if line.stripped]
    assert kept[2:7] == ["KALLELSE", "Datum", "Sida", "2015-10-02", "KOMMUNSTYRELSEN"]


def test_a_line_the_wrapper_broke_before_a_long_word_is_rejoined_once_the_wrapper_is_shown():
    # hallstahammar_protokoll_1 hard-wrapped at 90 columns (its pages given as one line each): "... KS 168 Information
    # från" fills only 56 columns, the next word "kommunchefen/kommunstyrelseförvaltningen" (40) would not have fitted;
    # the text's other lines show the wrapper (a run of four full lines), so that line is its too
    texts = ["Kommunstyrelsen 2014-12-01 3 () KS 168 Information från",
             "kommunchefen/kommunstyrelseförvaltningen Dnr 43/14 Kommunchefen informerar om Kundcenter",
             "Kommunstyrelsen 2014-12-01 4 () KS 169 Föredragning/besvarande av frågor inför beslut",
             "Tidigare under dagen har föredragning och besvarande av frågor hållits under paragraferna:",
             "170-173, förvaltningschef Lena Millberg 173-178, ekonomichef Kenth Erngren 173,",
             "förvaltningschef Kjell Jacobsson 173,förvaltningschef Anders Östlund 173, förvaltningschef",
             "Sven-Olof Ju"]
    rejoined = [line.text for line in rejoin_width_wrapped(lines(*texts)) if line.text]
    assert rejoined[0].startswith(" ".join(texts[:2]))  # (the page's line after it full too: the run goes on)
    short = texts[:2]  # no wrapper shown: the lines as set
    assert [line.text for line in rejoin_width_wrapped(lines(*short))] == short


def test_a_run_on_lines_opening_page_mark_counts_in_its_run_of_marks():
    # bengtsfors_protokoll_1 joined (an excerpt of its first two pages, each given as one line, run together): "1(54)"
    # opens the line, "2(54)" goes on from it in step, so the second page is cut off at its mark as in a longer run
    text = ("1(54) Plats och tid Sammanträdesrum Majberget, kommunkontoret i Bengtsfors, klockan 13.30-15.45 "
            "Beslutande Ledamöter Per Eriksson (S) ordförande Förvaringsplats för protokollet Kommunkontoret "
            "Underskrift Ulrika Thorell 2(54) KS 220 Redovisning av delegationsbeslut Kommunstyrelsens beslut "
            "Redovisningen godkänns.")
    pieces = [line.stripped for line in split_page_runs([Line(1, text)]) if line.stripped]
    assert len(pieces) == 2 and pieces[1].startswith("KS 220 Redovisning")
    lone = ("Kommunstyrelsen beslutar att godkänna redovisningen av delegationsbeslut enligt förvaltningens förslag "
            "och bilaga 2(54) till protokollet, som kommunstyrelsen redovisar i dag")  # a mark alone: prose's
    assert [line.stripped for line in split_page_runs([Line(1, lone)])] == [lone.strip()]


def test_a_short_heading_after_a_sentence_is_not_rejoined_as_wrapped(tmp_path):
    # nerikes-brandkar_sammantradesplan_1 hard-wrapped at 90 columns (bench/import_robustness.py's wrapped layout):
    # "- Informera allmänheten ... den egna verksamheten." fills the width and "Sammanträdestider" would not have fitted
    # after it, but the line ends a sentence and the next is a two-word heading the author set apart; joined, the
    # plan lost its heading and was refused as no municipal document
    import textwrap

    real = TUNING / "nerikes-brandkar_sammantradesplan_1.txt"
    wrapped = [part for line in real.read_text(encoding="utf-8").splitlines()
               for part in ([line] if len(line) <= 90 else textwrap.wrap(line.strip(), 90, break_long_words=False))]
    texts = [line.text for line in rejoin_width_wrapped(lines(*wrapped))]
    assert "Sammanträdestider 2022" in texts
    document = parse_document(write(tmp_path, "\n".join(wrapped) + "\n"))
    assert [(m.body, m.date) for m in document.plan.meetings][:2] == [("Direktionen", "2022-01-28"),
                                                                      ("Direktionen", "2022-03-04")]


def test_the_robustness_benchs_layouts_keep_an_empty_table_cell_as_a_line_of_its_own():
    # ystad_sammantradesplan_1's table flattened one cell a line: a line of spaces is an empty cell, the only mark of
    # which column the next date is in; bench/import_robustness.py's joined, spaced and unblanked layouts drop blank
    # lines, never that one (a gold value would no longer be readable)
    from bench.import_robustness import joined, spaced, unblanked

    text = "Datum\n23 januari\n   \n20 februari\n\nNästa stycke\n"
    assert joined(text) == "Datum 23 januari\n\n   \n\n20 februari\n\nNästa stycke\n"
    assert spaced(text) == "Datum\n\n23 januari\n\n   \n\n20 februari\n\nNästa stycke\n"
    assert unblanked(text) == "Datum\n23 januari\n   \n20 februari\nNästa stycke\n"


def test_a_later_pages_running_head_goes_with_its_page_when_pages_run_together():
    # varnamo_kallelse_1 joined (its two pages, each one line, run together): the second page's head
    # "KALLELSE/UNDERRÄTTELSE 2 2018-08-29" before its mark "2(2)" opens the second page; cut at the mark alone it ran
    # onto the last row's title ("Övrigt KALLELSE/UNDERRÄTTELSE 2 2018-08-29"). Gällivare's "SAMMANTRÄDESPROTOKOLL
    # 2 (46)" and Skurup's "Protokoll 3 (45)" heads stand so too
    text = ("KALLELSE/UNDERRÄTTELSE 1 2018-08-29 1(2) Styrelse/Nämnd: Kulturnämnden Dag, tid: 2018-08-29, kl. 14:00 "
            "Ärenden: Dnr: Sida: 13 Meddelanden 18-54 14 Övrigt KALLELSE/UNDERRÄTTELSE 2 2018-08-29 2(2) Eva Törn "
            "Ordförande Solgerd Wilhelmsson Sekreterare")
    pieces = [line.stripped for line in split_page_runs([Line(1, text)]) if line.stripped]
    assert pieces[-2].endswith("14 Övrigt")
    assert pieces[-1].startswith("KALLELSE/UNDERRÄTTELSE 2 2018-08-29 2(2) Eva Törn")  # as the page given alone
    # without page marks: lilla-edet_kallelse_1 joined, its pages opening "1 Kallelse Kommunfullmäktige", "2 Kallelse
    # Kommunfullmäktige" (the kind word beside the page's number, counting up) run together
    text = ("1 Kallelse Kommunfullmäktige Tid: Onsdagen den 7 december kl Plats: Stora salongen Ärenden 1. Upprop "
            "8. Valärende - Avsägelser - Fyllnadsval Dnr 2014/KS0232 2 Kallelse Kommunfullmäktige 9. Val av 2 "
            "ledamöter och 2 ersättare till direktionen Dnr 2014/KS")
    pieces = [line.stripped for line in split_page_runs([Line(1, text)]) if line.stripped]
    assert any(piece.endswith("Fyllnadsval Dnr 2014/KS0232") for piece in pieces)
    assert not any("Fyllnadsval Dnr 2014/KS0232 2 Kallelse" in piece for piece in pieces)
    # a list's row "2 Protokoll ..." once, or prose, is no page's head
    row = "Ärenden 1 Val av justerare 2 Protokoll från föregående sammanträde 3 Information från ordföranden och mer"
    assert [line.stripped for line in split_page_runs([Line(1, row)])] == [row]


def test_a_plans_heading_run_on_with_its_dates_is_a_municipal_plan_not_refused(tmp_path):
    # nerikes-brandkar_sammantradesplan_1 joined (its page's line breaks lost): the heading "Sammanträdestider 2022" and
    # its dates stand in one run-on line; the page was refused as no municipal document. A plan heading with three
    # dates right after it is a plan's, read as one: not refused and not read as a meeting of no date; the plan reader
    # then reads the heading's dates as the board's the text names (p25-plans' run-on dates heading)
    text = ("Direktionen Nerikes Brandkår styrs politiskt av en direktion med ledamöter från våra nio medlemskommuner. "
            "Direktionen träffas sex gånger per år och är Nerikes Brandkårs beslutande, förvaltande och verkställande "
            "organ. Sammanträdestider 2022 28 januari 04 mars 22 april 10 juni 09 september 04 november 09 december "
            "Ledamöter Kommun | Ledamöter | Ersättare |\n")
    document = parse_document(write(tmp_path, text))
    assert document.kind == "sammanträdesplan"
    assert [(m.body, m.date) for m in document.plan.meetings] == [
        ("Direktionen", date) for date in ("2022-01-28", "2022-03-04", "2022-04-22", "2022-06-10", "2022-09-09",
                                           "2022-11-04", "2022-12-09")]
    # prose that names a plan without listing its dates right after the word is still no municipal document's sign
    prose = ("Styrelsen fastställde sammanträdestider för 2022 vid sitt möte den 28 januari, och föreningens "
             "grupper följer efter den 4 mars och den 22 april.\n")
    with pytest.raises(ImportFailed, match="ingen kommunal handling"):
        parse_document(write(tmp_path, prose, "prosa.txt"))


def test_a_skip_link_run_on_with_the_pages_text_is_dropped_and_the_text_kept():
    # malmo_kallelse_1 joined: "Hoppa över navigering" and the list's first row "1.   1" in one line; the skip link
    # alone on its line is dropped as the site's, run on it hid the row (items 2-4 were lost). Region Gävleborg's and
    # Region Jämtland Härjedalen's pages open so too
    kept = drop_site_text(lines("Hoppa över navigering 1.   1", "", "Val av justerare",
                                "Hoppa över navigering • Länk till inlogg i debatt- och voteringssystemet"))
    assert [line.stripped for line in kept if line.stripped] == [
        "1. 1", "Val av justerare", "• Länk till inlogg i debatt- och voteringssystemet"]
    # a line that only names navigation in its text is the document's
    prose = "Hoppa inte över navigeringen i ärendet om webbplatsen"
    assert [line.stripped for line in drop_site_text(lines(prose))] == [prose]


def test_a_later_pages_running_head_of_body_and_date_goes_with_its_page_when_pages_run_together():
    # eksjo_protokoll_1 joined: its contents page ("Sida 0 (36)") and its first page ("Kommunfullmäktige 2017-10-19
    # 1 (36)") run together; cut at the mark "1 (36)" alone, the head's body and date ended the contents' last row
    # and were read as a §'s title ('Kommunfullmäktige 2017-10-19')
    text = ("2017-10-19 Sida 0 (36) Protokoll från Kommunfullmäktiges sammanträde 2017-10-19 Innehållsförteckning "
            "Kf 190 Återgå till det tidigare väl fungerande kommunikationssystemet inom hemtjänsten "
            "medborgarförslag... 35 Kommunfullmäktige 2017-10-19 1 (36) Sammanträde med Plats och tid Beslutande")
    pieces = [line.stripped for line in split_page_runs([Line(1, text)]) if line.stripped]
    assert any(piece.endswith("medborgarförslag... 35") for piece in pieces)
    assert "Kommunfullmäktige 2017-10-19" in pieces  # the page's head on a line of its own, as the page set it


def test_an_attached_papers_letterhead_opens_its_page_when_pages_run_together():
    # oxelosund_kallelse_1 joined: the agenda's last row and its first attached paper's letterhead in one line; the
    # letterhead "Tjänsteskrivelse 1(3) Datum Dnr ..." ran onto the row's title
    text = ("KALLELSE till ledamöter Nr DiarieNr Ärendemening Föredragning /sidan 20. KS.2012.75 Svar på "
            "medborgarförslag om lekplats 49 21. KS.2012.31 Genomgång av balanslistan 62 Tjänsteskrivelse 1(3) Datum "
            "Dnr 2013-10-09 KS.2012.129 Kommunstyrelseförvaltningen Lisa Sollenborn")
    pieces = [line.stripped for line in split_page_runs([Line(1, text)]) if line.stripped]
    assert pieces[0].endswith("Genomgång av balanslistan 62")
    assert pieces[1].startswith("Tjänsteskrivelse 1(3) Datum")
    # a report's kind named in a sentence, or beside a later page's mark, opens no paper
    from archive.importing.common import _papers_opening

    assert _papers_opening("Kommunstyrelsen beslutar enligt förvaltningens tjänsteskrivelse 1 (3) daterad ...") == []
    assert _papers_opening("... till handlingarna. Tjänsteskrivelse 2(3) Bakgrund ...") == []


def test_a_pages_number_and_running_head_with_the_organisations_name_before_its_kind_open_the_page():
    # ragunda_kallelse_2 joined: its pages, each one line opening "N RAGUNDA KOMMUN Datum Kallelse/Kungörelse", run
    # together; the third page's head ran onto the second page's last row ('Strategi och effektiviseringsplan
    # Kallelsen skickas till ersättarna för kännedom 3 RAGUNDA KOMMUN Datum Kallelse/Kungörelse')
    text = ("1 Kallelse Kommunfullmäktige Onsdagen den 25 februari 2015 2 RAGUNDA KOMMUN Datum Kallelse/Kungörelse "
            "Kommunfullmäktige i Ragunda kommun sammanträder onsdagen den 25 februari 2015 Kf 10 Strategi och "
            "effektiviseringsplan Kallelsen skickas till ersättarna för kännedom 3 RAGUNDA KOMMUN Datum "
            "Kallelse/Kungörelse Kf 11 Dnr 2015/ Reglemente för Kommunstyrelsen")
    pieces = [line.stripped for line in split_page_runs([Line(1, text)]) if line.stripped]
    assert any(piece.endswith("Kallelsen skickas till ersättarna för kännedom") for piece in pieces)
    assert any(piece.startswith("3 RAGUNDA KOMMUN Datum Kallelse/Kungörelse Kf 11") for piece in pieces)


def test_a_plans_heading_run_on_with_dates_under_month_labels_and_hours_is_a_plan(tmp_path):
    # ostersund_sammantradesplan_1 joined (its page's line breaks lost): "Sammanträdestider Kommunstyrelsen 2026" names
    # its body before the year, and each date stands under its month's label and with its hour; the page was read as
    # a kallelse of no items. It is a plan, its dates set apart under their months (meetingplan._month_labelled_apart)
    # and the heading that names their body.
    text = ("Sammanträdestider Kommunfullmäktiges sammanträden är alltid öppna för allmänheten. Sammanträdestider "
            "Kommunstyrelsen 2026 Januari - 13 januari, klockan 08.30 Februari - 10 februari, klockan 08.30 Mars - "
            "10 mars, klockan 08.30 April - 14 april, klockan 08.30\n")
    document = parse_document(write(tmp_path, text))
    assert document.kind == "sammanträdesplan"
    assert [(m.body, m.date, m.start_time) for m in document.plan.meetings] == [
        ("Kommunstyrelsen", "2026-01-13", "08:30"), ("Kommunstyrelsen", "2026-02-10", "08:30"),
        ("Kommunstyrelsen", "2026-03-10", "08:30"), ("Kommunstyrelsen", "2026-04-14", "08:30")]
    # a kallelse's run-on head that names the meeting's date and hour once is no plan
    call = ("KALLELSE Kommunstyrelsen sammanträder 13 januari, klockan 08.30 i Rådhuset. Ärenden 1. Val av justerare "
            "2. Sammanträdestider 2026\n")
    assert parse_document(write(tmp_path, call, "kallelse.txt")).kind == "kallelse"


def test_lines_opening_with_one_label_and_numbers_one_apart_are_rows_not_wrapped_text(tmp_path):
    # An agenda set 'Ärende 3 Val av ...' / 'Ärende 4 Val av ...', its lines near one width, was rejoined as text
    # wrapped at that width, and the rows then cut at their numbers left each label to the title above ('... Mimer
    # Ärende'). Rows labelled 'Ärende N' stand in 5 tuning organisations' texts (Habo, Ulricehamn, Karlskoga,
    # Skövde, VA-GIS-nämnden). Labels with numbers not one apart, or two labels, say nothing (the text may be wrapped).
    from archive.importing.text import _rows_of_a_list

    text = ("KALLELSE\n\nKommunfullmäktige\n\nTid: torsdagen den 5 mars 2015 kl. 13.00\n\nFöredragningslista\n\n"
            "Ärende 2 Information från kommunrevisorerna\n"
            "Ärende 3 Val av lekmannarevisor i Bostadsaktiebolaget Mimer\n"
            "Ärende 4 Val av lekmannarevisor i Västerås Flygplats Aktiebolag\n"
            "Ärende 5 Val av lekmannarevisor i Etablering Västerås Aktiebolag\n")
    titles = titles_read(tmp_path, text, "kallelse.txt")
    assert titles == ["Information från kommunrevisorerna", "Val av lekmannarevisor i Bostadsaktiebolaget Mimer",
                      "Val av lekmannarevisor i Västerås Flygplats Aktiebolag",
                      "Val av lekmannarevisor i Etablering Västerås Aktiebolag"]
    assert _rows_of_a_list("Ärende 3 Val av revisor i", "Ärende 4 Val av revisor")
    assert not _rows_of_a_list("Ärende 3 Val av revisor i", "Ärende 7 Val av revisor")
    assert not _rows_of_a_list("Punkt 3 Val av revisor i", "Ärende 4 Val av revisor")


def test_a_kallelse_table_in_pipes_is_read_as_a_printed_tables_columns(tmp_path):
    # A web page's table comes to text with its cells between pipes ("Kommun | Ledamöter | Ersättare |" and its rule
    # "---|---|---|", Nerikes brandkår; Laholm's votes; plans' tables, read by meetingplan). An agenda so given was
    # read with the pipes in its titles ("| KS") and its numbered rows taken for a site's page numbers. Its cells
    # are set apart as a PDF's columns come to text, which the agenda's readers take (a row "1   KS 2019/100   Title").
    from archive.importing.agendarows import pipe_cells_apart

    text = ("KALLELSE\n\nKommunstyrelsen\n\nTid: tisdagen den 12 mars 2019 kl. 13.00\n\nFöredragningslista\n\n"
            "| Nr | Diarienummer | Ärende | Föredragande |\n|---|---|---|---|\n"
            "| 1 | KS 2019/100 | Val av justerare som tillsammans med ordföranden justerar dagens protokoll "
            "| Anna Andersson |\n"
            "| 2 | KS 2019/101 | Budget för år 2020 med plan för åren 2021 och 2022, kommunstyrelsens förslag "
            "| Erik Berg |\n"
            "| 3 | KS 2019/102 | Motion om cykelvägar | Maria Lind |\n")
    document = parse_document(write(tmp_path, text, "kallelse.txt"))
    assert [(m.title, m.case_number) for m in document.matters] == [
        ("Val av justerare som tillsammans med ordföranden justerar dagens protokoll", "KS 2019/100"),
        ("Budget för år 2020 med plan för åren 2021 och 2022, kommunstyrelsens förslag", "KS 2019/101"),
        ("Motion om cykelvägar", "KS 2019/102")]
    assert [line.text for line in pipe_cells_apart(lines("Nr | Ärende", "---|---", "1 | Val |"))] == [
        "Nr   Ärende", "", "1   Val"]
    # under a head that names its columns, a row's presenter and page cells are none of its title, and its Dnr
    # cell is its case number though written in digits alone
    text = ("KALLELSE\n\nKommunstyrelsen\n\nTid: tisdagen den 12 mars 2019 kl. 13.00\n\nFöredragningslista\n\n"
            "Nr | Dnr | Ärende | Föredragande | Sida\n"
            "5 | 2015/9 | Information om flyktingsituationen | Anna Andersson | 3\n"
            "6 | RS110265 | Uppföljning 1, 2011 – Skolförvaltningen | Erik Berg | 5\n")
    document = parse_document(write(tmp_path, text, "kallelse.txt"))
    assert [(m.title, m.case_number) for m in document.matters] == [
        ("Information om flyktingsituationen", "2015/9"), ("Uppföljning 1, 2011 – Skolförvaltningen", "RS110265")]
    # the same table set in columns by wide gaps, as a page's table comes to text
    gapped = text.replace(" | ", "   ")
    document = parse_document(write(tmp_path, gapped, "kallelse.txt"))
    assert [(m.title, m.case_number) for m in document.matters] == [
        ("Information om flyktingsituationen", "2015/9"), ("Uppföljning 1, 2011 – Skolförvaltningen", "RS110265")]
    # a Dnr cell holding a dash ("-", "–": a row with no number, as tables print it) is an empty cell, no number and
    # none of the title ("Dnr - Val av justerare" was read); a cell of words there is no number: the row stands as it is
    for dashed in (text, gapped):
        dashed = dashed.replace("2015/9", "-").replace("RS110265", "–")
        document = parse_document(write(tmp_path, dashed, "kallelse.txt"))
        assert [(m.title, m.case_number) for m in document.matters] == [
            ("Information om flyktingsituationen", None), ("Uppföljning 1, 2011 – Skolförvaltningen", None)]
    assert [line.text for line in pipe_cells_apart(lines("Nr   Dnr   Ärende", "5   Val av   justerare"))] == [
        "Nr   Dnr   Ärende", "5   Val av   justerare"]
    # a row of fewer cells than the head's columns (one left empty) is not told cell by cell: it stands as it is
    assert [line.text for line in pipe_cells_apart(lines("Nr   Dnr   Ärende   Sida", "5   Information   3"))] == [
        "Nr   Dnr   Ärende   Sida", "5   Information   3"]
    # a head of other words says nothing of its cells: they stand as they are, apart
    assert [line.text for line in pipe_cells_apart(lines("Kommun | Ledamöter", "Örebro | Anna Berg (S) | 3"))] == [
        "Kommun   Ledamöter", "Örebro   Anna Berg (S)   3"]
    # one line with a pipe, or a lone "|" (a site's markup), is no table
    assert [line.text for line in pipe_cells_apart(lines("|", "Sverigedemokraterna | Vellinge", "|"))] == [
        "|", "Sverigedemokraterna | Vellinge", "|"]
    # a number before a pipe or a wide gap is a table's first cell, never a site's page number
    long = "x " * 60
    rows = split_page_runs(lines(f"1 | KS 2019/100 | Val {long}", f"2 | KS 2019/101 | Budget {long}"))
    assert [line.stripped[:5] for line in rows] == ["1 | K", "2 | K"]
    rows = split_page_runs(lines(f"1   KS 2019/100   Val {long}", f"2   KS 2019/101   Budget {long}"))
    assert [line.stripped[:5] for line in rows] == ["1 KS ", "2 KS "]
    # (a page's number set apart from its text by one gap, as "pdftotext -layout" sets it, is a page's still)
    pages = split_page_runs(lines(f"1        KS 2019/100 Val {long}", f"2        KS 2019/101 Budget {long}"))
    assert [line.stripped[:5] for line in pages] == ["KS 20", "KS 20"]
    pages = split_page_runs(lines(f"1 KS 2019/100 Val {long}", f"2 KS 2019/101 Budget {long}"))
    assert [line.stripped[:5] for line in pages] == ["KS 20", "KS 20"]


def test_lines_opening_with_numbers_one_apart_set_alike_are_rows_not_wrapped_text(tmp_path):
    # An agenda's rows '19) Beviljande av ...' / '20) Beviljande av ...', each near the page's widest line, were
    # rejoined as text wrapped at that width, and the rows after the first read as its title. Wrapped prose does not
    # start two lines running with numbers one apart set alike. Numbers not one apart, or set otherwise, say nothing.
    from archive.importing.text import _rows_of_a_list

    rows = [f"{n}) Beviljande av ansvarsfrihet för {body}" for n, body in (
        (18, "kommunstyrelsen"), (19, "arbetsmarknad- och trafiknämnden"), (20, "individ- och familjeomsorgsnämnden"),
        (21, "kultur- och fritidsnämnden"), (22, "kunskapsnämnden"))]
    text = ("KALLELSE\n\nKommunfullmäktige\n\nTid: torsdagen den 5 mars 2015 kl. 13.00\n\nFöredragningslista\n\n"
            + "\n".join(rows) + "\n")
    titles = titles_read(tmp_path, text, "kallelse.txt")
    assert titles == [row.split(") ", 1)[1] for row in rows]
    assert _rows_of_a_list("19) Beviljande av", "20) Beviljande av") and _rows_of_a_list("7. Val av", "8. Budget")
    assert not _rows_of_a_list("19) Beviljande av", "21) Beviljande av")
    assert not _rows_of_a_list("19) Beviljande av", "20. Beviljande av")
    assert not _rows_of_a_list("ett av de 19 ärenden som", "20 stycken är")


def _coded_contents(rows: str) -> str:
    head = ("Plats och tid Sessionssalen kl 13:00-15:10 Beslutande Per Ek (M), ordförande Eva Lund (S) Utses att "
            "justera Eva Lund Justeringens plats och tid Kansliet Paragrafer:")
    return (f'{head}\n\nStorlek: px\nStarta visningen från sidan:\n\nDownload "{head}"\n\nTranskript\n\n'
            f"1 PROTOKOLL 1(30) {head} Underskrifter Sekreterare Anna Berg Ordförande Per Ek Justerande Eva Lund\n\n"
            f"2 PROTOKOLL 2(30) ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag\n\n"
            f"3 PROTOKOLL 3(30) Innehåll {rows}")


@pytest.mark.parametrize(("rows", "expected"), [
    # ale_protokoll_2: "KS 115 Godkännande av dagordning... 5 KS 116 Informationsärenden... 6 KS 117 Budget och
    # verksamhetsplan KS 118 Boendeutredning ... KS 119 Hyr": the rows after the last page run together, each opening
    # with the list's code and the next number (the last cut by the excerpt's end, left out)
    ("BUN 40 Val av justerare... 4 BUN 41 Skolskjutsar i norra området... 5 BUN 42 Lokalförsörjningsplan 2025 "
     "BUN 43 Kvalitetsrapport för förskolan BUN 44 Ansökan om", ["Skolskjutsar i norra området",
                                                               "Lokalförsörjningsplan 2025",
                                                               "Kvalitetsrapport för förskolan"]),
    ("Kf 7 Upprop... 3 Kf 8 Motion om cykelbanor... 4 Kf 9 Taxa för vatten och avlopp Kf 10 Val av revisorer "
     "för 2024 Kf 11 Avsägelse", ["Motion om cykelbanor", "Taxa för vatten och avlopp", "Val av revisorer för 2024"]),
    # Not so: a head of the code that skips a number, or another code's number in a title, leaves the row whole
    # (its title not told: no matter rather than a wrong one)
    ("BUN 40 Val av justerare... 4 BUN 41 Skolskjutsar... 5 BUN 42 Lokalförsörjningsplan BUN 44 Ansökan om "
     "bidrag till skolbibliotek", ["Skolskjutsar"]),
    ("BUN 40 Val av justerare... 4 BUN 41 Yttrande över KS 42 Remiss om skolformer... 5 BUN 42 Skolskjutsar... 6 "
     "BUN 43 Avslut", ["Yttrande över KS 42 Remiss om skolformer", "Skolskjutsar"]),
])
def test_a_coded_contents_lists_rows_run_together_after_the_last_page_are_cut_at_their_own_code(
        tmp_path, rows, expected):
    assert titles_read(tmp_path, _coded_contents(rows)) == expected


def test_a_lists_mark_column_extracted_before_its_title_column_is_set_back_in_rows():
    # A list set as a table and extracted column by column (pdftotext without -layout): the marks stacked one a line,
    # then the titles in the same order; each mark takes the title in its place, the rows a blank line apart in the
    # lines the two columns held (a document keeps one line per line number); a dotted column's number that lost its
    # dot still counts.
    texts = ["Ärenden", "1.", "2.", "3", "4.", "Val av justerare", "Budget 2025 för kommunstyrelsen",
             "Taxa för bygglov", "Motion om cykelbanor", "", "Kommunstyrelsen"]
    rows = [line.text for line in rows_from_column_blocks(lines(*texts))]
    assert rows == ["Ärenden", "", "1. Val av justerare", "", "2. Budget 2025 för kommunstyrelsen", "",
                    "3 Taxa för bygglov", "", "4. Motion om cykelbanor", "", "Kommunstyrelsen"]
    # (numbers counting up with gaps: a page's list of the matters with papers)
    gaps = ["4", "5", "8", "Resultatbalansering 2012", "Investeringsbudget 2013", "Internkontrollplan 2013"]
    assert [line.text for line in rows_from_column_blocks(lines(*gaps)) if line.text] == [
        "4 Resultatbalansering 2012", "5 Investeringsbudget 2013", "8 Internkontrollplan 2013"]
    # (a line the last row holds may follow the titles: set deeper, in brackets, or a page's number)
    for below in ("      i kommunstyrelsen", "(information)", "2(2)"):
        paragraphs = ["§ 12", "§ 13", "§ 14", "Budget 2025", "Taxa för bygglov", "Val av ersättare", below]
        assert [line.text for line in rows_from_column_blocks(lines(*paragraphs)) if line.text] == [
            "§ 12 Budget 2025", "§ 13 Taxa för bygglov", "§ 14 Val av ersättare", below]


def test_a_mark_column_whose_titles_cannot_be_tied_to_it_is_left_as_it_is():
    # One title more than the marks (a title went on to a second line, or the text goes on after the column), a
    # title going on after an open ending, marks not counting up (either part of a column that falls), a Dnr
    # column below the marks or after the titles, a year's four digits: which line is whose is not told here, so
    # nothing is set in rows.
    for texts in (["1.", "2.", "3.", "Val av justerare", "Budget 2025", "Taxa för bygglov", "Motion om cykelbanor"],
                  ["1.", "2.", "3.", "Val av justerare", "Ansökan om bidrag till", "Lunds stadsfest", ""],
                  ["1.", "3.", "2.", "Val av justerare", "Budget 2025", "Taxa för bygglov", ""],
                  ["1.", "2.", "3.", "4.", "2.", "3.", "4.", "Val av justerare", "Budget 2025", "Taxa för bygglov"],
                  ["1.", "2.", "3.", "KS 2019/12", "KS 2019/13", "KS 2019/14", ""],
                  ["2019", "2020", "2021", "Budget", "Bokslut", "Prognos", ""],
                  # (the table's Dnr column after the titles: the table readers tie it to the rows, or nothing)
                  ["1.", "2.", "3.", "Val av justerare", "Budget 2025", "Taxa för", "bygglov", "KS 2019/12",
                   "KS 2019/13", "KS 2019/14"]):
        assert rows_from_column_blocks(lines(*texts)) == lines(*texts)

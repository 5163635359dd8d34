"""Kallelser (agendas) and protocols (front pages, extracts) -> a meeting and its matters.

A kallelse lists numbered items; a protocol has paragraphs (§). Each item that is a
matter becomes one: its case number, title, proposal, decision, the path before the
meeting (AU -> KS -> ...), recipients and officers. Formal items (val av justerare,
godkännande av dagordning ...) are not matters; they are listed in the notes.
Nothing is invented: what the text does not state stays empty, and each unclear
value is a warning.

The reader is split by path: meetingkind (which kind of document, its lines of content),
agendarows (the text cut into its items' rows), itemtext (what one item's text says) and
meetingwords (the patterns more than one of them uses); this module holds the parser that
reads the meeting's head and each item, and calls the others.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import re
import string
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from archive import naming
from archive.dates import MONTHS, WEEKDAYS
from archive.errors import ImportFailed
from archive.importing import wordends
from archive.importing.agendarows import (
    _COLUMN_HEADS,
    _DATE_RUN,
    _FRONT_PAGE_LINES,
    _KIND_COMPOUND,
    _KIND_WORDS,
    _LETTERHEAD_IN_TITLE,
    _ONE_WORD_LINE,
    _STACKED_NUMBER,
    _TABLE_LABEL,
    _YEAR_CODED_AT_LEAST,
    _YEAR_TAKER,
    PAGE_STEP,
    PAPERS_HANDED_OUT,
    Item,
    _add_onward_step,
    _after_page_head,
    _alone_number_chain_starts,
    _before_year_numbered_rows,
    _code_column,
    _coded_opening,
    _dated_group,
    _first_row_lost,
    _fold_attached_extracts,
    _fold_rows_without_a_free_number,
    _group_heading_step,
    _item_heading,
    _lost_rows_in_lines,
    _margin_bodies,
    _margin_path,
    _merge_repeated_items,
    _mostly_lower_case,
    _numbers_from_attached_papers,
    _plain_rows,
    _points_as_items,
    _portal_items,
    _rows_counting_on,
    _run_on_title_end,
    _split_after_stubs,
    _split_at_counted_numbers,
    _split_at_passed_over,
    _split_long_agenda_row,
    _split_matter_run,
    _stacked_case_numbers,
    _tabled_dates,
    _unnumbered_row_above_the_first,
    _unstack_items,
    _without_page_head,
    case_numbers_above_rows,
    drop_time_column,
    join_dashed_number_rows,
    join_letter_spaced,
    mark_portal_rows,
    pair_number_column,
    pair_stacked_columns,
    path_bodies,
    pipe_cells_apart,
    quoted_agenda_points,
    split_bullet_rows,
    split_caps_headings,
    split_contents_lines,
    split_contents_runs,
    split_glued_rows,
    split_numbered_bullets,
    split_numbered_runs,
    split_paragraph_runs,
    split_repeated_openings,
    split_rows_in_number_gaps,
    split_section_lists,
    split_standing_words,
    without_papers_handed_out,
)
from archive.importing.common import (
    _DEFINITE_BODY_WORDS,
    ABBREVIATIONS,
    ANSLAG_BOX_HEADING,
    CASE_NUMBER,
    COLUMN_NUMBER,
    DOTTED_CLASS_NUMBER,
    LABEL,
    LABEL_ONLY,
    LABELLED,
    LABELLED_TRUNCATED,
    LEADING_CASE_NUMBER,
    MONTH_WORDS,
    NOT_OURS,
    ORGANISATIONS_BOARD_WORDS,
    PUBLICATION,
    RUN_ON,
    STUB,
    TRUNCATED_DATE,
    WEEKDAY_BEFORE_DATE,
    FoundDate,
    Warnings,
    bodies_in,
    body_at_start,
    body_genitive_at_start,
    body_name,
    clean,
    code_named_in,
    definite,
    drop_page_artefacts,
    find_dates,
    is_case_number,
    is_span_of_years,
    labelled_dates,
    labels_over_values,
    own_case_numbers,
    proposal_lead,
    trailing_case_number,
    with_class_code,
)
from archive.importing.countedruns import (
    counted_run_rows,
    headless_run_on_rows,
    rows_closed_by_attachment_cells,
    rows_run_on_after_a_row,
    variant_head_rows,
)
from archive.importing.itemreading import ItemReading
from archive.importing.itemtext import (
    _ATT_NOUNS,
    _GOVERNS_ATT,
    _JUSTERING_WORD,
    _PAPERS_NOTE,
    _POINT,
    _addressed_sections,
    _before_path_table,
    _board_names_the_body,
    _formality_run_on,
    _is_formality,
    _item_parts,
    _justerings_place_and_time_in_run_on,
    _list_row_cells_cut,
    _numbered_points,
    _own_onward_as_decision,
    _own_proposal_heading,
    _path_table,
    _proposal_to_the_meeting,
    _proposers_to,
    _put_on,
    _split_body_sentences,
    _split_item_run_in,
    _text,
    _title_stands_before,
    _unnumbered_paragraph,
    _without_papers_note,
    _without_signature_labels,
    agenda_item_run_on,
    agreed_proposal_line,
    contact_block_cut,
    decision_run_on_cut,
    finding_as_proposal,
    heading_run_on_cut,
    labelled_number_opening,
    own_onward_in_head,
    page_noise_cut,
    past_account_cut,
    place_and_time_for_justering,
    presenter_note_cut,
    split_row_proposal,
    standing_report_cut,
    titled_decisions_in_brief,
    without_heading_references,
)
from archive.importing.kinds import PROTOCOL_KINDS, REPORT_KINDS, capitals
from archive.importing.learnedtitles import line_fallback
from archive.importing.learnedwords import numbered_spans
from archive.importing.meetingkind import (
    _VERB_LIKE,
    BULLETED_PARAGRAPH_AT_END,
    PLAIN_ROWS,
    _body_after_label,
    _labelled_body,
    _named_for,
    content_lines,
    later_kallelse_page,
    protocol_signal,
)
from archive.importing.meetingwords import (
    _AGENDA_WORD,
    _ASSIGNED_BY,
    _ATTACHMENT_CELL_AFTER_TITLE,
    _ATTENDANCE_ENTRY,
    _BARE_DATE_LABEL,
    _BARE_LABEL_LEAD,
    _BOARD_WORD,
    _BODY_ACTS,
    _BODY_ACTS_IN_A_SENTENCE,
    _BODY_CALLED,
    _BODY_KIND_DEFINITE,
    _BODY_LABEL_IN_HEAD,
    _BODY_LABEL_IN_TABLE,
    _BODY_MEETS,
    _BODY_SENTENCE_FIRST,
    _BODYS_DOCUMENT,
    _BODYS_MEETING,
    _BRACKETED_CASE_NUMBER,
    _BRACKETED_NUMBER,
    _CALLED_TO_MEET,
    _CAPITALS_RUN,
    _CAPS_TITLE_AT_START,
    _CASE_NUMBER_RUN,
    _CODED_LINE,
    _CONTENTS_ROW,
    _CONTINUED_MARK,
    _DATE_AFTER_NAME,
    _DATED_SENTENCE,
    _DAY_AND_MONTH,
    _DECIDING_VERB,
    _DECISION_PROPOSAL,
    _DOT_LEADER,
    _EARLIER_DECISION,
    _FILING_CODE,
    _FIRST_POINT,
    _FOOTER,
    _FORWARD,
    _FURNITURE_CODES,
    _GENERIC_BODY,
    _GLUED_BODY,
    _GLUED_SUFFIX,
    _GROUP_HEADING,
    _HEAD_WORD_AFTER_BODY,
    _ITEM_TYPE,
    _KIND_WORD_HEAD,
    _LABELLED_ANY_CASE,
    _LABELLED_LEAD,
    _LABELLED_STUB_IN_TITLE,
    _LABELLED_STUB_LEAD,
    _LONE_PATH_CODE,
    _LONGEST_TITLE,
    _LOST_ROWS_AT_MOST,
    _LOST_STUB,
    _MEETING_LABEL_ALONE,
    _MEETING_WITH,
    _MEETING_WITH_BODY,
    _MEMBERS_MOTION,
    _MUNICIPALITY_NAMED,
    _MUNICIPALITY_PREFIX,
    _NAMED_ITEM,
    _NOTICE,
    _NOTICE_DOWN,
    _NUMBER_ALONE,
    _NUMBER_LABEL_LEAD,
    _NUMBER_LINE,
    _NUMBER_ONLY,
    _NUMBERED,
    _OPEN_ENDINGS,
    _OWN_PROPOSAL_AS_DECISION,
    _PAGE_REFERENCE,
    _PAPERS_PAGE_CELL,
    _PARAGRAPH,
    _PARTY_LABEL,
    _PARTY_OR_BODY_MARK,
    _PATH_CODE,
    _PATH_CODES,
    _POINTS_AFTER_LEAD,
    _POSTED_BY,
    _PREPARED_BY,
    _PROPOSED_VERB,
    _REGION_BODY,
    _REGION_NAMED,
    _REGISTRY_ONLY,
    _RUNNING_HEAD_REST,
    _SECTION_IN_RUN,
    _SECTION_WORD_IN_RUN_ON,
    _SENTENCE_AFTER_TITLE,
    _SENTENCE_BULLET,
    _SENTENCE_END,
    _SHORT_LABELLED,
    _STANDING_TITLE_RUN_ON,
    _STANDING_TITLE_WHOLE,
    _STANDING_TITLES,
    _STEP_SENTENCE,
    _STUB_INSIDE,
    _SUFFIXED_CASE,
    _SUFFIXED_CASE_AT_END,
    _UNNAMED_PLACE_AND_TIME,
    _UTSKOTT_PARAGRAPH,
    _WEAK_ADJECTIVE_BODY,
    _YEAR_CODED_CONTENTS_ROW,
    _YEAR_NUMBERED,
    AGENDA_WORDS,
    FEDERATION_KINDS,
    FORMALITY,
    GENERIC_BODIES,
    PROTOCOL_WORDS,
    STATE_AUTHORITY,
    STATED_PARAGRAPHS_LABELLED,
    generic_body,
    place_before_body,
    utskott_code_body,
)
from archive.importing.result import ParsedDocument, ParsedItem, ParsedMeeting
from archive.importing.text import Document, Line, list_heading_any_case, ocr_tolerant
from archive.importing.titleruns import ATTENDANCE_ROW, numberless_title_runs
from archive.importing.tjansteskrivelse import (
    MATTER_KINDS,
    _join_proposal,
    _unknown_heading_after,
    join_items,
    mark_deciding,
    municipality_of,
    recipients_of,
)
from archive.model import BasisDocument, Matter, PlanningStep, Proposal, Responsible

# A line opening with a body's code and a paragraph number: "KS § 12", "BUN 7".
# (never a case number's registry code: "KS 2012/0007 Anmälan av ...", Danderyd)
# (A known code set in small letters before its § too: "Kf § 26", Berg, Hammarö, Tanum.)
_CODE_AND_NUMBER = re.compile(r"^(?P<code>[A-ZÅÄÖ]{2,6}|(?i:" + "|".join(naming.KNOWN_CODES.values()) + r")(?=\s+§))"
                              r"\s+(?:§\s*)?\d{1,4}\b(?![/:.-]\d)")
# An agenda's row "7 KS.2023.169 Tillköpsbeställning av kollektivtrafik": its number, its case number, its
# title (Flen, Oxelösund, Gnesta, Region Kalmar län, Hallsberg).
_CASE_THEN_TITLE = re.compile(r"^(?:(?i:dnr)\.?:?\s+)?" + CASE_NUMBER.pattern + r"\s+[\"”]?[A-ZÅÄÖ]")
_JUSTERARE_ROW = re.compile(r"^utses att justera\b", re.IGNORECASE)
_FORM_ROWS_APART = 40  # lines of a protocol's head form, one cell a line, between its first row and its last
_PLACE_AND_TIME_LABEL = re.compile(r"\bjustering(?:ens|s)? (?:plats och tid|tid och plats)\b", re.IGNORECASE)
# "Jönköping 2015-09-21", "Kansliet 2016-11-08 16:00": a justering's place and time as a form's value. The place may be
# a few words, a town or a unit after a comma ("Kommunkontoret, Malung, 2015-06-01", Malung-Sälen; "Plan & bygg,
# 2015-09-30, kl. 07:30", Tranås): no digit in it, and never a body's name (_justering_value_below checks).
_PLACE_AND_DATE = re.compile(r"^\s*(?P<place>[A-ZÅÄÖ][A-Za-zÅÄÖåäöé-]*"
                             r"(?:(?:,\s*|\s+)(?:&\s+)?[A-Za-zÅÄÖåäöé][A-Za-zÅÄÖåäöé-]*){0,3},?\s+)?"
                             r"(?:\d{4}-\d{2}-\d{2}|\d{6}|\d{8})"
                             r"(?:,?\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?)?\s*$")
# The same with the date written out after the place ("Kommunledningskontoret den 2 april 2015 kl. 12.15", "Stadshuset,
# onsdag 6 april 2011, kl 10.00"): the place a few capitalised words (with "i"/"på" between), the time alone after.
_PLACE_AND_WRITTEN_DATE = re.compile(
    r"^\s*[A-ZÅÄÖ][\wåäö-]+,?(?:\s+(?:(?:i|på)\s+)?[A-ZÅÄÖ][\wåäö-]+,?){0,2}\s+(?:den\s+)?"
    r"(?:(?:" + "|".join(WEEKDAYS) + r")(?:en)?\s+(?:den\s+)?)?"
    r"\d{1,2}\s+(?:" + MONTH_WORDS + r")\s+(?:19|20)\d\d"
    r"(?:,?\s+(?:kl\.?|klockan)?\s*(?:\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?)?)?\s*$")
# (after a comma too: "KS § 12, 2019-02-12", the § and the day of the decision an agenda's row rests on, as
# _EARLIER_DECISION reads it)
_DATE_ONLY = re.compile(r"^\s*,?\s*(?:\d{4}-\d{2}-\d{2}|\d{6}|\d{8})\s*$")
# "18 september: Kommunfullmäktige": a web notice's heading, its meeting's date before the body.
_DATE_LEAD = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:" + MONTH_WORDS + r")(?:\s+\d{4})?)\s*[:–-]\s*"
                        r"(?=[A-ZÅÄÖ])", re.IGNORECASE)
# A proposal's lead, perhaps after whose it is ("Kommunstyrelsens förslag till kommunfullmäktige" / "1. ..." / "2. ...",
# Tyresö's agenda; "Presidiets förslag", "Kommunledningsutskottets förslag till kommunstyrelsen"): its numbered points
# follow, none of them a row of the list.
_PROPOSAL_START = re.compile(r"^(?:[\wåäö-]+s\s+){0,2}(förslag till beslut|beslutsförslag|förslag)\b", re.IGNORECASE)
# A page of a protocol whose § signs extraction lost, opening with its item: an optional
# case number, an optional body code ("KS 261"), the number, and a title in capitals.
_LOST_PARAGRAPH = re.compile(
    r"^(?:(?P<case>" + CASE_NUMBER.pattern + r")\s+)?(?:(?P<code>[A-ZÅÄÖ]{2,6}|(?i:"
    + "|".join(naming.KNOWN_CODES.values()) + r"))\s+)?(?P<n>\d{1,3})\s+"
    # The case number after the § ("Kf 79 04/66 Inkomna handlingar", Nässjö; "Ks 252 Ks 478/ Optionsavtal",
    # Landskrona; "64 KS 2012/160/04 Budgetuppföljning", Hagfors), perhaps cut short or without its year's
    # century: not the title.
    r"(?:(?P<after>" + CASE_NUMBER.pattern
    + r"|(?:(?!(?i:dnr|nr)\b)[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,3}\s?)?\d{1,4}/\d{0,4})\s+)?"
    # (or the title's labelled number, its label in lower case: "Kf 72 dnr 166/2011 Motion 7/2011 om ...", Nora)
    r"(?P<rest>(?!(?:" + MONTH_WORDS + r")\b)(?:[A-ZÅÄÖ]|dnr\.?:?\s+\S*\d).*)$"
)
_YEAR_SERIAL = re.compile(r"\d{2}/\d{1,4}")  # a case number written with its year's two digits first: "04/66"
# A decision this matter took before, cited in a kallelse's row by the deciding body's code, its § and its date
# wherever the row's text runs: "KS § 262 2015-11-17" (Kungsbacka, there on a line of its own: _EARLIER_DECISION),
# "(KSAU § 84 2015)" (Hallsberg: the year alone, so no date stated; so "(KS § 1/2015)", the § of the year, Mora), or
# by the body's name in brackets:
# "(VA-GIS-nämnden 2015-05-26 § 53)" (Höör). The § sign ties the date to a decision: "KS 2015/123" is a case
# number. (Heby's "Ks 192, 20 oktober 2015", its § sign not printed, is left: its underlag column runs into the
# next item's title, and a citation under stacked titles belongs to no item the row tells.)
_EARLIER_DECISION_IN_ROW = re.compile(
    r"(?<![\wÅÄÖåäö])(?:(?P<code>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,5})\s*§\s*\d{1,4}(?:\s*/\s*(?:19|20)\d\d\)|,?\s+(?:den\s+)?"
    r"(?:(?P<date>\d{4}-\d{2}-\d{2}(?![\d-])|\d{1,2} (?:" + MONTH_WORDS + r") \d{4})|(?:19|20)\d\d\)))"
    r"|\((?P<name>[A-ZÅÄÖ][\wÅÄÖåäö-]+)\s+(?P<named_date>\d{4}-\d{2}-\d{2})\s*§\s*\d{1,4}\))")
# A word in a line that may open a body's name: its capital after white space.
_CAPITALISED_WORD = re.compile(r"(?<=\s)[A-ZÅÄÖ][\wåäöÅÄÖ-]*")
# A body's protocol or decision named as a paper, dated ("Kommunstyrelsen protokollsutdrag 2024-01-16 § 4.pdf",
# Tyresö; "Kommunstyrelsens protokoll 2015-06-08", Piteå; "Kommunfullmäktiges beslut 19 juni 2017 §78/17", Skövde).
_DATED_PAPER = re.compile(r"^(?:arbetsutskotts\s+)?(?:protokollsutdrag|protokoll|beslut)\s+(?:den\s+)?"
                          r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2} (?:" + MONTH_WORDS + r") \d{4})")
# After the meeting's own body's name: its proposal on to another body, that body, then what it is to decide; or
# the proposal another body makes that it propose on ("Arbetsutskottet föreslår Kommunstyrelsen föreslå
# kommunfullmäktige besluta", Filipstad; Sollentuna's, Österåker's and Region Stockholm's chains are so worded).
# (A typo's "förslår" as printed, and "därför" after the verb: "Regionstyrelsen förslår därför regionfullmäktige
# besluta ...", Västra Götalandsregionen.)
_OWN_PROPOSAL_ON = (r"\s+(?:beslutar\s+(?:att\s+)?föreslå|föreslår?|förslår)(?:\s+därför)?\s+(?:att\s+)?"
                    r"(?P<to>[\wåäöÅÄÖ-]+(?:s arbetsutskott)?)"
                    r"\s+(?:besluta\b|beslutar\b|följande\b|att\s|" + _PROPOSED_VERB + r")")
_LOST_CASE_LEAD = re.compile(r"^(?P<number>" + CASE_NUMBER.pattern + r")\s+(?P<rest>[A-ZÅÄÖ][a-zåäö].*)$")
# A case number's label, as forms print it: "Dnr", "Diarienr.", "Diarienummer:".
_CASE_LABEL = r"(?i:dnr|diarienr|diarienummer)\.?:?"
# A §'s head in its common form, its sign lost: the bare number, the title, its labelled case number ("173 Digital
# strategi för Kalmar kommun Dnr KS 2018/0942", Kalmar; "225 Information om naturbadplatser, dnr 58.10/811",
# Hällefors; "191 Remiss från Landstinget Västmanland ... Dnr 2013/190", Sala), after a page's head alone.
# (Or its case number unlabelled in brackets, with the body's code: "116 Vattenfall informerar ... vindkraftspark
# Grönhult (KS/2011:1219) beslut ...", Tranemo, Eskilstuna, Malung-Sälen; see _CODED_CASE_IN_RUN_ON. Not a bare
# one: a title and its case number alone on a line keep it, "... (49/14) KS 2014-000793 310", as no title's end.)
_CODED_CASE = r"[A-ZÅÄÖ]{1,6}[ /-]?(?:19|20)\d\d[/:.-]\d{1,6}"
_NUMBER_TITLE_CASE = re.compile(
    r"(?<!\S)(?P<n>[1-9]\d{0,2}) (?P<title>[A-ZÅÄÖ][^.!?§:;]{8,200}?)(?:,? " + _CASE_LABEL + r" "
    r"(?:" + CASE_NUMBER.pattern + r"|(?:19|20)\d\d/\d{1,6})| \(" + _CODED_CASE + r"\))(?=\s|$)")
# A förbund's board in a compound with its record's or its meeting's word; a förbund has one direktion and one
# förbundsstyrelse, so the word names it (a "styrelsemöte" alone may be a company's or a society's board).
_BOARD_COMPOUND = re.compile(r"(?<![\wåäöÅÄÖ])(?P<board>(?i:förbunds)?(?i:direktion)|(?i:förbundsstyrelse))s?"
                             r"(?:protokoll|sammanträde|möte)(?:et|t|s)?(?![\wåäö])", re.IGNORECASE)
_FORM_WORD = r"(?:Sammanträdesdatum|Datum|Plats|Tid|Anslag|Paragrafer|Justering|Förvaringsplats|Underskrift|Protokoll)"
# Its name after the förbund's word ("Samordningsförbundet Sydnärke", "Kunskapsförbundet Väst") or its places before
# it ("Norra Västmanlands Samordningsförbund"), as the golds write each.
_FORBUND_AS_ORGAN = re.compile(r"\b(?i:organ)(?: och (?:§§|paragrafer|sammanträdesdatum))?\s*:?\s+"
                               r"(?P<name>[A-ZÅÄÖ][a-zåäö]*förbundet"
                               r"(?:\s+(?!" + _FORM_WORD + r")[A-ZÅÄÖ][\wåäö-]+){0,3}"
                               r"|(?:(?!" + _FORM_WORD + r")[A-ZÅÄÖ][\wåäö-]+\s+){1,3}[A-ZÅÄÖ][a-zåäö]*förbund)"
                               r"(?![\wåäö-])")
# A body named by an adjective and its kind's word, deciding ("Gemensamma nämnden beslutar", a gemensam nämnd's
# protocol; "Allmänna utskottet beslutar", Sollefteå; the weak adjective's names, see _WEAK_ADJECTIVE_BODY).
_NAMED_BOARD_ACTS = re.compile(r"\b(?P<a>[A-ZÅÄÖ][a-zåäö]+a [a-zåäö-]*(?:nämnden|utskottet|styrelsen))"
                               r" (?:beslutar|ajournerar)\b")
# The kinds' words that name no body alone (GENERIC_BODIES; a förbund's "Styrelsen" and its board's "Arbetsutskottet"
# are names, generic_body; "Direktionen" is the förbund's one board).
_KIND_WORD_ONLY = GENERIC_BODIES - {"styrelsen", "arbetsutskottet"}
_KIND_WORD_AGAIN = re.compile(r"^(?i:sammanträdesprotokoll|protokoll|kallelse)\s+")
# A district's body named after its district, in the indefinite form, alone: "Södermöre kommundelsnämnd",
# "Södermalms stadsdelsnämnd" (the district's name is the body's; a municipality's before its board is not).
_PLACE_AND_BODY_ALONE = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)? (?:kommundels|stadsdels)nämnd")
# A federation whose one board's meetings go by the federation's own name (the golds name Samordningsförbundet
# Sydnärke's, Norra Västmanlands Samordningsförbund's, Kunskapsförbundet Väst's so): its name whole on a head's line,
# its kind first and definite, its place after ("Samordningsförbundet Västra Skaraborg"), or its place's genitive first
# ("Norra Västmanlands Samordningsförbund"); the name's words in mixed case (not a letterhead in capitals).
_FEDERATION_KIND_WORD = r"(?i:" + FEDERATION_KINDS + r"|kunskapsförbund|utbildningsförbund)"
_FEDERATION_NAME_ALONE = re.compile(
    r"(?=[A-ZÅÄÖ])" + _FEDERATION_KIND_WORD + r"et(?: [A-ZÅÄÖ][a-zåäö][\wåäö-]*){1,3}"
    r"|(?:[A-ZÅÄÖ][a-zåäö][\wåäö-]* ){0,2}[A-ZÅÄÖ][a-zåäö][\wåäö-]*s (?=[A-ZÅÄÖa-zåäö])" + _FEDERATION_KIND_WORD)
# A board deciding ("DIREKTIONEN BESLUTAR", "Arbetsutskottets beslut", "Styrelsen beslutade"): the text's body is a
# board's, whatever organisation's name heads it.
_A_BOARD_DECIDES = re.compile(r"(?i)(?<![\wåäö-])[\wåäö-]*(?:direktion|styrelse|nämnd|utskott|fullmäktige|beredning)"
                              r"(?:en|n|et|s|ens|ets)?\s+(?:beslutar|beslutade|beslöt|beslut)\b")
# What a head's line holds besides the name: the document's kind, "till sammanträde med", a date's or a page's label.
_HEAD_LINE_WORDS = re.compile(r"(?i)\b(?:till sammanträde med|sammanträdesdatum|sammanträdesdag|datum|dag|sida|sid"
                              r"|nämnd|organ)\b\s*:?")
# A protocol's front page stating its §§' range, or its head their list (meetingwords.STATED_PARAGRAPHS' forms):
# under the label only, as any line of the head is asked ("ekonomichef §§ 325-326" above "Paragrafer §§ 324-343",
# Falkenberg; "§§3-25", Ekerö: attendance).
_STATED_PARAGRAPHS = re.compile(STATED_PARAGRAPHS_LABELLED)
# A § head's margin path with its § signs kept, the earlier bodies' §§ after its own ("Kf § 73 Ks § 94 dnr 127/2011
# Förslag ...", "§ 208 Ks § 178 Au § 266 Dnr ..."): the path the extraction prints without the signs in 8 tuning
# organisations ("Kf 73 Ks 94 dnr ...", Nora; Kumla, Hofors, Filipstad, Arboga, Ljusnarsberg, Skellefteå, Vilhelmina;
# _lost_paragraph's margin path). Its codes and numbers are the matter's path, no part of its title ("Ks § 94").
# So too a § head with its sign kept after the page's head, the sign dropped there alone, as _lost_paragraph reads such
# heads without it: "KUMLA KOMMUN ... Kf § 75 Ks § 82 Au § 225 Dnr ...", "Kommunstyrelsen 2014-12-02 3 Ks § 232 Dnr KS
# 2014/0530 Information ..." (Varberg's and Hallstahammar's running heads).
_SIGNED_HEAD = re.compile(r"(?<=\s)[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5}\s+§\s?\d{1,4}\s")
_SIGNED_CHAIN = re.compile(r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5}\s+§\s?\d{1,4}(?:\s+" + _PATH_CODE + r"\s+§\s?\d{1,4})*")
_PATH_SIGN = re.compile(r"(?<![\wåäöÅÄÖ])([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5})\s+§\s?(?=\d)")
_SIGNED_PATH_PAIRS = re.compile(r"^(?:(?P<code>" + _PATH_CODE + r")\s+§\s?\d{1,4}\s+)+(?=\S)")
_SIGNED_PAIR_CODE = re.compile(r"(" + _PATH_CODE + r")\s+§")
_PROSE = re.compile(r"\b[a-zåäö]{3,} [a-zåäö]{3,}\b")  # two running lower-case words: text, no page's head
# A member's party closing a text, no sentence's end after it: "... beslutar a t t utse Eddie Forsman (M)" (the
# excerpt's end cut the sentence, Borgholm); a bracket closing a sentence holds more ("(bilaga 2)").
_PARTY_AT_END = re.compile(r"\s\([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,2}\)\s*$")
# The front form's labels of a protocol's place and time and its justering, and how far into a page's text they tell
# the page is the form's (see _lost_paragraph).
# (Not a matter's "Tid och plats för nästa sammanträde".)
_HEAD_FORM_LABEL = re.compile(r"\b(?:Plats och tid|Tid och plats|Utses att justera|Justeringens plats och tid)"
                              r"\b(?! för)")
_HEAD_FORM_REACH = 300
# A § numbered through the year under the body's code, opening a page: "KS 75/2013 ".
_YEAR_CODED_MARK = r"^(?P<code>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3})\s+(?P<n>[1-9]\d{0,2})/(?:19|20)\d\d\s+"
# Such a §, its case number's label right after it: "KS 75/2013 Dnr ...".
_YEAR_CODED_BEFORE_LABEL = re.compile(_YEAR_CODED_MARK + r"(?=(?i:dnr|diarienr|diarienummer)\b)")
# The same § with no label after it, its title right after: "KF 63/2013 Meddelanden 1. Redovisning ..." (Hultsfred;
# Kungälv's "KS 353/2008 Tillkommande och utgående ärenden"). Under a body's code, the number's serial before its
# whole year and no label before it, opening a page: the § numbered through the year, no case number (a case number
# so formed is labelled in every tuning protocol: "Dnr KS 11/2013", "Ärendenummer: Ks 667/2014").
_YEAR_CODED_BEFORE_TITLE = re.compile(_YEAR_CODED_MARK + r"(?=[A-ZÅÄÖ][a-zåäö])")
# A body's proposal to another body closing a title's line, the heading of the text below: "... Kommunstyrelsens förslag
# till kommunfullmäktige" (not a title's "Socialnämndens förslag till riktlinjer": no body after it).
_PROPOSAL_HEADING_AT_END = re.compile(r"\s+(?P<heading>(?:Kommunstyrelsens|Kommunfullmäktiges|Regionstyrelsens"
                                      r"|[A-ZÅÄÖ][a-zåäö-]*(?:nämndens|utskottets|styrelsens|direktionens))"
                                      r"\s+förslag\s+till\s+[a-zåäö-]*(?:fullmäktige|styrelsen|nämnden|utskottet))$")
# A running head's labels whose values were lost, opening a page's text: "Sammanträdesdatum Paragrafer ...".
_EMPTY_HEAD_LABELS = re.compile(r"^(?:(?:Sammanträdesdatum|Paragrafer|Paragraf|Sida|Datum)\s+)+(?=(?i:dnr)\b)")
_HEADED_PAGE = re.compile(
    r"^(?:[A-ZÅÄÖ][\wåäö-]+ (?i:kommun|stad)\s+)?(?:Sammanträdesprotokoll|Protokoll|SAMMANTRÄDESPROTOKOLL|PROTOKOLL)\s+"
    r"(?:(?i:dnr)\s+[A-ZÅÄÖ]{1,8}\s+(?P<after>[A-ZÅÄÖ].{20,})|(?P<rest>[A-ZÅÄÖ][^§]{5,200}?\s(?i:dnr)\.?:?\s.*)"
    # (or its whole case number labelled before its title, the § lost: "NORDANSTIGS KOMMUN SAMMANTRÄDESPROTOKOLL Dnr
    # 57/2007 Ekonomirapport. ...", as its other protocols print "126 Dnr 56/2014 Ekonomirapport. ...")
    r"|(?P<labelled>(?i:dnr)\.?:?\s+(?:[A-ZÅÄÖ]{1,8}\s?)?\d{1,4}/\d{2,4}\s+[A-ZÅÄÖ][a-zåäö].*))$")


# Two cells or more of a list's Dnr and page columns, each a number written year first, perhaps its registry's code,
# and its pages ("2015/545 009 17-22 2017/27 872 23"): a table's columns run on after a row's title.
_STACKED_CASE_CELLS = re.compile(r"(?:\s+(?:19|20)\d\d/\d{1,6}(?:\s+\d{2,3})?"
                                 r"\s+[1-9]\d{0,2}(?:\s?[-–]\s?[1-9]\d{0,2})?){2,}\s*$")
# A code after the case number names where the matter goes next ("KS 2017-139 KS"), not the number.
_TRAILING_CODE = re.compile(r"(?<=\d)\s+[A-ZÅÄÖ]{2,4}$")
# The next item's start cut off by the end of the text ("... augusti 2009 KS 18"); a company's form ending a title
# is none ("... Kommunassurans Syd Försäkrings AB 6", Östra Göinge: the next row's number cut after it).
_TRAILING_ITEM_START = re.compile(r"\s+(?!(?:AB|HB|KB)\s)[A-ZÅÄÖ]{2,6}\s+\d{1,3}$")
# A title's own case number after its label, at its end ("... Diarienummer 1700021"), or alone.
_LABELLED_NUMBER = (r"(?i:diarienummer|diarienr|dnr|ärendenummer)\.?:?\s*"
                    r"(?P<number>(?:[A-ZÅÄÖ]{1,8}[ /-]?)?\d[\d/.:-]*\d(?:\s-\s\d{1,4})?)$")
_LABELLED_TAIL = re.compile(r"\s+" + _LABELLED_NUMBER)
_ROW_LEADER = re.compile(r"\s*(?:\.{3,}|…+)$")  # a contents row's dot leader, its page number gone
# A title alone on its line: a capital, words, no sentence's end ("Budgetuppföljning 1 år 2023").
_TITLE_BELOW = re.compile(r"^[A-ZÅÄÖ][^.!?]{2,150}$")
_LABELLED_ALONE = re.compile(r"^" + _LABELLED_NUMBER)
_BRACKETED_LABEL_LEAD = re.compile(r"^\((?P<label>" + _LABELLED_NUMBER.removesuffix("$") + r")\)(?=\s|$)")
# A separating mark left at a title's end where its case number was cut off (" /", " –", ","), as
# common.trailing_case_number strips it. A slash separates so with its space before lost too ("Försäljning av
# Traversen 5/ dnr 2020/2227", "... samarbeten/dnr 2020/157", Borlänge's contents list beside Språktolknämnden i
# Dalarna's "... TAQS / dnr 2017/330"): no title ends with a slash of its own.
_SEPARATOR_AT_END = re.compile(r"(?:\s*/|\s+[–-]|[,;])\s*$")
_BRACKETED_CASE = re.compile(r"\s*" + _BRACKETED_NUMBER.pattern + r"\s*$")  # at the end


def _bracketed_case_at_end(text: str, notes: Warnings, line: int) -> re.Match | None:
    """The title's own number in brackets at its end ("Delårsrapport 1 2019 – Kommunen (KS/2019:279)"); none
    for a government publication the matter is about ("(SOU 2015:60)"), nor where another number in brackets
    stands before it ("Motion ... (KS/2013:1182) 8 60Motion ... (KS/2015:4)": rows run together, and the last
    number is no more this matter's than the first)."""
    bracketed = _BRACKETED_CASE.search(text) if text.rstrip().endswith(")") else None
    if not bracketed or PUBLICATION.match(bracketed.group("number")):
        return None
    earlier = _BRACKETED_NUMBER.search(text[:bracketed.start()])
    if earlier and earlier.group("number") != bracketed.group("number"):
        notes.add(line, "case_number",
                  f"flera diarienummer ({earlier.group('number')}, {bracketed.group('number')}); inget valt")
        return None
    return bracketed


# An attached paper's opening: an earlier item's title again, then its case number in brackets.
_TITLE_THEN_BRACKETED_CASE = re.compile(r"^(?P<title>[^()]{20,250}?)\s*\((?P<number>" + CASE_NUMBER.pattern
                                        + r")\)\s*")
# (A company's form before it is the title's last word, no registry's code: "... till Kunskapsporten AB 2011/",
# Ängelholm; titles end with "AB" in 21 tuning municipalities.)
_TRAILING_STUB = re.compile(r"\s+(?:(?i:dnr|diarienummer)\.?:?\s*)?"  # its label too: "(TMAB) Dnr 2014/" (Tjörn)
                            r"(?!(?:AB|HB|KB)\b)(?:[A-ZÅÄÖ]{2,8}[ -]?\d{4}[/:.-]|[A-ZÅÄÖ]{2,8}-|(?:19|20)\d\d/(?:\s*/)*"
                            r"|[A-ZÅÄÖ]{2,8} \d{1,4}/|(?<=(?i:dnr) )(?:19|20)\d\d/[A-ZÅÄÖ]{2,4}"
                            r"|(?<=[a-zåäö] )/)"  # the number cut to its slash alone (agendarows._STUB_IN_ROW)
                            + _PREPARED_BY + r"[\s,]*$")
# Two cut numbers or more ending a row, each perhaps with its registry's code after it ("KS 182/ KS KS 208/ KS"), the
# last one's serial perhaps lost whole ("KS 256/ KS KS"): a Dnr column set after the titles.
_STUB_COLUMN_AT_END = re.compile(r"(?:\s+[A-ZÅÄÖ]{2,8}[ -]?\d{1,4}/(?:\s+[A-ZÅÄÖ]{2,8}(?=\s|$))*){2,}"
                                 r"(?:\s+[A-ZÅÄÖ]{2,8})*\s*$")
# A row's Dnr cell the text ends in, its number cut by the excerpt's end ("... om motionsanläggning KS/201", Orust;
# "... ansvarsfrihet för KS20", Sandviken; so Huddinge's "KS-" and the protocols' lists ending "Dnr 2019/00", Hofors,
# Smedjebacken, Ovanåker): no title ends with a registry's code and part of a number where the text stops.
_STUB_AT_TEXT_END = re.compile(r"\s+(?!(?:AB|HB|KB)\b)[A-ZÅÄÖ]{2,8}(?:/\d{0,4}|[ -]?\d{1,4}(?:/\d{0,3})?)$")
# A row's Dnr cell whose year the extraction lost, a slash and the serial alone ("... kommunstyrelsen /741
# Beredning/yttrande ...", Ulricehamn; "... per 31 augusti /55 Ks 188, ...", Heby; Nynäshamn's and Region
# Uppsala's "/18" item numbers, the year's serial lost, end the title before them too): no title holds it. So where
# the year stands before it, the part between them lost ("... investeringsbudget 2018/ /82 60 Motion ...", Hultsfred's
# protocol's list).
_YEAR_LOST_CELL = re.compile(r"\s(?:(?:19|20)\d\d/\s+)?/\d{1,5}(?=\s|$)")
# A title of two words at least stated twice over, the second time right after the first ("X X ..."): no title
# repeats its own words so.
_TITLE_STATED_TWICE = re.compile(r"^(?P<title>\S+(?:\s+\S+)+?)\s+(?P=title)(?=\s|$)")
# A title's last word a lone letter in lower case that is no word ("Antagande av u", Trosa: the text cut there).
# The continued mark after a title ("... tillfälle forts.", "..., (forts)"): _CONTINUED_MARK's words at a title's end.
_CONTINUED_AT_END = re.compile(r"[\s,]+\(?(?i:forts)\.?\)?\.?$")
_CUT_WORD_AT_END = re.compile(r"\s(?![iåö]$)[a-zåäö]$")
# A year cut after its century or decade by the text's end ("Partistöd 20", "Tillsynsplan 201").
_YEAR_STUB_AT_END = re.compile(r"(?<=[a-zåäö])\s(?:19|20)\d?$")
# A bracket opened for a row's case number after its title, cut there: "(Dnr KS", "(Dnr.", "(diarienr".
_CUT_CASE_OPENING = re.compile(r"\s+\((?i:dnr|diarienr|diarienummer)\.?:?(?:\s+[A-ZÅÄÖ]{1,6})?\s*$")
# "(KF)" after an agenda title marks the body that decides it; it is not part of the title.
_BODY_MARK = re.compile(r"\s*\((?:" + "|".join(code.upper() for code in ABBREVIATIONS) + r")\)\s*$")
# A page's running head whose labels' values were lost, left opening the title it was run onto: "KOMMUNSTYRELSENS
# ARBETSUTSKOTT Sida: Tilldelningsbeslut ..." (Ekerö, the page's number lost), "Sammanträdesdatum Sida Budget ...": no
# title opens with a label of a page's head (no gold title of any round), the head's name in capitals before it.
_EMPTY_HEAD_LABELS_OPENING = re.compile(r"^(?:[A-ZÅÄÖ]{2,}(?:[ -][A-ZÅÄÖ]{2,})*\s+)?"
                                        r"(?:(?:Sammanträdesdatum|Paragrafer|Paragraf|Sida|Sid|Datum)\.?:?\s+)+"
                                        r"(?=[A-ZÅÄÖ][a-zåäö])")
# A case number cut at its separator, its serial lost, opening the title: "KS KF/2019: Meddelande och ..." (Lomma's
# "KS/KF 2014:10.002" whole), "Dnr 4/ / Information och ..." (Arvidsjaur, its column's empty cells after it): no title's
# words, and no number (a whole one is read before the title; "Motion 13/2013 ..." opens with a word, no code).
_CASE_STUB_OPENING_TITLE = re.compile(r"^(?:(?i:dnr)\.?:?\s*)?(?:[A-ZÅÄÖ]{1,8}[ /-]?){0,2}(?:\d{1,4})?/"
                                      r"(?:(?:19|20)\d\d:)?(?:\s*/)*\s+(?=[A-ZÅÄÖ][a-zåäö])")
# A §'s own mark printed again after its title, the heading's copy of the margin's (or the margin's of the heading's):
# "Kf 48 Dnr: KS Avsägelse Kf 48 ..." (Gislaved), "§ 48 Avsägelse § 48": a § sign or a known body's code before the
# row's own number ends the title, the text after it (a number the title names is another's: "enligt KF § 12"). The
# code in capitals ("BOU 61", "MOT 12"), or a known body's or one the protocol heads its §§ with in title case ("Ff 1").
# (Looked for at every word, so that "AB § 6" is read at its "§ 6".)
_OWN_MARK_IN_TITLE = re.compile(r"(?=\s+(?P<mark>(?:§\s?|(?P<code>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,5})\s+§?\s?)"
                                r"(?P<n>[1-9]\d{0,3}))(?=\s|$))")
# A letter in lower case: a title set in capitals has none (its words are no codes, nor a letterhead run on).
_LOWER_CASE_LETTER = re.compile(r"[a-zåäö]")
# A law's paragraph the title names, not the row's mark: "... enligt 6 kap 15 a § 2 st Föräldrabalken", "enligt § 2".
_LAW_BEFORE_SIGN = re.compile(r"(?:\b(?i:kap|kapitlet|enligt|och|samt|i)\.?|\d|\b[a-z])$")


def _own_mark_in_title(title: str, number: int, codes: list[str]) -> re.Match | None:
    """The row's own mark printed again inside its title (_OWN_MARK_IN_TITLE): its own number after a code in
    capitals, a known body's or one the protocol heads its §§ with; or after a bare § sign ending the title or
    before a capital (the text's first word), where no law's chapter or paragraph stands before it. (In a title in
    capitals every word is: "... EKONOMISTYRNING DEL 2" is no code's.)"""
    in_capitals = not _LOWER_CASE_LETTER.search(title)
    for mark in _OWN_MARK_IN_TITLE.finditer(title):
        if int(mark.group("n")) != number:
            continue
        code, after = mark.group("code"), title[mark.end("mark"):].strip()
        if code and (code.isupper() and not in_capitals or code.lower() in ABBREVIATIONS or code in codes):
            return mark
        if not code and not _LAW_BEFORE_SIGN.search(title[:mark.start()]) and (not after or after[:1].isupper()):
            return mark
    return None


# The opening standing items are never a matter, even where the registry gave them a number; nor the closing "Övriga
# frågor" with a case number ("13 LBVA 2015/0022 Övriga frågor", Laholmsbuktens VA): no gold of any round lists it,
# as Habo's ("6."), Södertälje's ("18."), Sjuhärads kommunalförbund's ("16.") and Region Sörmland's ("13.") leave out
# their numbered rows of it.
_STANDING = re.compile(
    r"^(upprop|val av (protokolls?justerare|justerare|justerande|justeringsmän)|justering|godkännande av|"
    r"fastställande av|(godkännande|fastställande)\s?/|övriga frågor$|"
    r"(sammanträdets|mötets) öppnande|öppnande|närvarorätt)", re.IGNORECASE)
# An agenda's note after a title: the papers come later.
_PAPERS_LATER = re.compile(r"\s+Handlingar(?: till ärendet)?(?: skickas ut| kommer| delas ut)? senare\.?$")
_CODE_LINE = re.compile(r"^(?:diariekod|ärendekod|kod)\s*:?\s*[\d.]+$", re.IGNORECASE)
# "Information" and its topic in two or three words, no digit, a row's whole title ("Information Regionalt
# avfallsbolag"); not a person's name ending it ("Information Anna Berg", "Information Kommundirektör Anna Berg":
# the presenter's cell run on) nor who presents ("Information Kommunchefen informerar").
_INFORMATION_ON_A_TOPIC = re.compile(r"^Information\s+"
                                     r"(?!(?:.*\s)?[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\s+[A-ZÅÄÖ][a-zåäöé]+$)"
                                     r"(?!.*\b(?:informerar|redogör|föredrar|presenterar)\b)"
                                     r"[A-ZÅÄÖ][^\d\s]*(?:\s+[^\d\s]+){1,2}$")
# A title's last word and a colon: what it announces follows ("Information:"), never a property's "Funäsdalen 8:".
_WORD_AND_COLON_AT_END = re.compile(r"[A-Za-zÅÄÖåäö]:$")
# A web page's inline markup left in its text, as a site's search highlights words ("Svar på motion om ... i
# <strong>Haparanda</strong>"; Stockholm's page keeps its "<br>" so, read as a space in content_lines): never a
# title's, the words inside it are.
_HTML_INLINE_TAG = re.compile(r"</?(?i:strong|em|b|i|u|span|font)\b[^<>]{0,80}>")
# The document management plan's code for the matter's papers, beside its case number ("Dnr.89/2005.Dpl.041",
# Forshaga; "Dnr SN-2017-50 Dpl 904", Östhammar; "Dnr KS Dpl 02", Karlstad): where to file it, no title's word.
_FILING_PLAN_CODE = re.compile(r"^(?i:dpl)\.?\s?\d{1,4}\s+(?=[A-ZÅÄÖ])|[\s.,]*\b(?i:dpl)\.?\s?\d{1,4}$")
# A run-on sentence's subject as one capitalised word (perhaps its party) before its verb, the words between the cut
# and it (capitalised, as _SENTENCE_AFTER_TITLE allows) a name the title ends with.
_LONE_SUBJECT = re.compile(r"(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}\s+"
                           r"(?P<subject>[A-ZÅÄÖ][\wåäö-]+(?:\s+\([A-ZÅÄÖa-zåäö]{1,4}\))?\s+"
                           r"(?:har|hade|ska|skall|är|var|beslutar|beslutade|föreslår|föreslog|anser|redovisar"
                           r"|informerar|lämnar|lämnade|gav|ger|fick|inkom|begär|begärde|behandlade|remitterade"
                           r"|överlämnade|antog|godkände|tillstyrkte|anhåller|ansöker|hemställer|föredrar|redogör)\b)")
# A Swedish surname by its ending ("Eriksson", "Lindberg", "Åström", "Bergqvist", "Holmgren", "Sjölund").
_SURNAME = re.compile(r"(?:s?son|berg|ström|qvist|kvist|lund|gren|holm|dahl)$")
_FIRST_NAME_BEFORE_SURNAME = re.compile(r"\s+[A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäö]+)?$")
# A head whose title comes again right after it, the § text repeating it (see _head_title_end).
_REPEATED_TITLE = re.compile(r"(?P<title>[A-ZÅÄÖ][^.]{20,300}?)\.?\s+(?P=title)(?=[\s.,]|$)")


def _named_again(text: str) -> int:
    """Where the first words of `text` (three or more, before a capitalised word) end, where they come again later in
    it as a whole (the subject of a run-on § named again in its text); 0 where they do not."""
    words = list(re.finditer(r"\S+", text))
    best = 0
    for count in range(3, min(len(words), 12)):
        end = words[count - 1].end()
        if not words[count].group()[:1].isupper():
            continue
        first = text[:1]  # (in its text a title's first word may stand in lower case: "informerar om ny ...")
        if re.search(r"(?<!\S)[" + re.escape(first.upper() + first.lower()) + "]" + re.escape(text[1:end])
                     + r"(?=[\s.,]|$)", text[words[count].start():]):
            best = end
    return best


_NAME_AND_PREPOSITION_END = re.compile(r"\s+[A-ZÅÄÖ][\wåäö-]*\s+(?:inom|vid|på|från|hos|i)\s*$")
# A paper attached to a kallelse opens with its kind in capitals ("TJÄNSTESKRIVELSE Datum 2019-08-30 ... Dnr
# KS/2019-000101", Härnösand; "SAMMANTRÄDESPROTOKOLL", Valdemarsvik's and Borlänge's attached pages): run onto the
# agenda's last row, the case number labelled after it is that paper's.
_ATTACHED_PAPER_KIND = re.compile(r"(?<![\wÅÄÖ])(?:" + capitals(PROTOCOL_KINDS, REPORT_KINDS) + r")(?![\wÅÄÖ])")
# A page's running head run into the title at a page break: "... BOTKYRKA KOMMUN KALLELSE/FÖREDRAGNINGSLISTA 2[2]".
_RUNNING_HEAD_IN_TITLE = re.compile(r"\s+[A-ZÅÄÖ]{3,}(?:[ /][A-ZÅÄÖ]{3,})+\s+\d{1,3}\s?[\[(]\d{1,3}[\])]$")
# An agenda's notes after a title, not part of it: the item is handled in closed session ("(sluten
# del)", "(delvis sluten del)", "(sekretess)"), is justified at once ("Omedelbar justering"), or
# its sub-points follow ("... föredragningar a) Information från ..."), or where its papers are ("Skrivelser och
# meddelanden 2014 Förteckning biläggs agendan", Tibro; as _PAPERS_LATER's notes in Botkyrka's and Huddinge's lists:
# itemtext's _PAPERS_NOTE, the one rule, which cuts them off a row's proposal too), or how the item is put to the
# meeting, by mouth or in writing, or that it has no papers: "... 17 februari (muntlig)", "Citybanan, uppföljning
# (skriftlig)" (Regionförbundet Uppsala län), "... inför mandatperiod (inget underlag)" (Strömstad), "... regionala
# tågtrafiken (Muntlig information från myndighetschef ...)" (Trosa), "(Muntlig information, presentation tillkommer
# ...)" (Kungälv). A title opening "Muntlig information" keeps it. Or a list's column head, or its how-presented
# cell, printed beside a row ("1 Kommunfullmäktiges öppnande Anteckningar", Heby; "... Norra Amerika 1 Föredragning",
# Ulricehamn, whose column Oxelösund heads "Föredragning /sidan"): capitalised, after no open ending (_OPEN_ENDINGS).
# So a cross-reference in brackets: "Beredning av ärenden till kommunstyrelsen (se kallelse med beslutsunderlag till
# kommunstyrelsens sammanträde, )" (Habo).
_COLUMN_HEAD_AT_END = r"\s+(?-i:Anteckningar|Noteringar|Kommentar|Föredragning)\s*$"
_AGENDA_NOTE = re.compile(
    r"\s*\((?:delvis\s+)?(?:sluten del|slutet sammanträde|sluten|sekretess|ej offentlig)\)\s*$"
    r"|\s*\((?:muntlig|skriftlig)t?(?:\s+(?:information|redovisning|rapport|föredragning)\b[^()]{0,100})?\)\s*$"
    r"|\s*\((?:inget|utan) underlag\)\s*$|\s*\((?:se|jfr)\.?\s[^()]{0,150}\)\s*$"
    # (when the papers come, in brackets: "Målarbete (handlingar läggs till så snart de är klara)", Kalix, its bracket
    # left open where the row's next cell cut it; not "(inga handlingar)", which Bollebygd's gold keeps in its title)
    r"|\s*\(handlingar\s[^()]{0,80}\)?\s*$"
    r"|\s+omedelbar justering\s*$|\s+a\)\s+[A-ZÅÄÖ].*$|\s*\*+$"
    # (the column head looked for first: the open endings' look-behinds tried at every letter were a third of a long
    # agenda's title cleaning)
    r"|(?<=[a-zåäö\d])(?=" + _COLUMN_HEAD_AT_END + ")"
    + "".join(f"(?<!{re.escape(word)})" for word in _OPEN_ENDINGS[2:])
    + _COLUMN_HEAD_AT_END +
    r"|,?\s+svar separat\s*$|\s*\(bordlag[dt][^)]{0,30}\)(?:,?\s+svar separat)?\s*$"
    r"|\s+(?:\d{1,3}\s+)?Handlingarna (?:till|i) (?:sammanträdet|ärendena?)\b.*$"
    r"|\s+" + _PAPERS_NOTE, re.IGNORECASE)
# A row's sub-points set with bullets after its title ("2. Information * InTibro * Integration Föredragande: ...",
# Tibro; Laholmsbuktens VA's "Förvaltningschefen m.fl. informerar *" / "∗ Överföringsledning Veinge-Kistinge" / "∗ Pris
# på vatten ..." run onto one line): no gold title of any round (2399) holds a bullet; two bullets at least, each
# before a capital, so a row's star mark ("... 2014*", below) is not one.
# A list's own label for a row that stands on every agenda, before or after its title ("215 Dnr 65596 Stående punkt:
# Mötets öppnande", Håbo's contents; "Lönechefen informerar: (stående punkt)", the Lönenämnd of Munkedal, Sotenäs and
# Lysekil): the label, no word of the title; what it labels is read as any title (a formality stays out).
# A title in capitals, a word and a year ("BUDGET 2020", "DELÅRSRAPPORT 2019"): no registry code's stub ("KS 2019/",
# "KSF 2020", codes of two to four letters).
_CAPITALS_WORD_AND_YEAR = re.compile(r"[A-ZÅÄÖ]{5,}\s(?:19|20)\d\d")
# A title under its label ("Ärende: Budget 2020", "Rubrik: ..."), as some protocols print the § head's second line.
_TITLE_LABEL = re.compile(r"^(?:Ärende|Rubrik|Ämne)\s*:\s*(?=[A-ZÅÄÖ0-9])")
# An empty bracket pair ending a row's title, "( )": the list's presenter cell left blank (Lindesberg's Föredragande
# column, the row run on), no part of the title.
_EMPTY_CELL_AT_END = re.compile(r"\s*\(\s*\)$")
_STANDING_LABEL = re.compile(r"^(?i:stående\s+(?:punkt|ärende))\s*:\s*(?=\S)|:?\s*\((?i:stående\s+(?:punkt|ärende))\)$")
_BULLETED_POINTS = re.compile(r"\s+[*∗•]\s+(?=[A-ZÅÄÖ])(?=.*?\s[*∗•]\s+[A-ZÅÄÖ])")
# A list's star marking a row, glued to the title's last word or before its note ("Årsredovisning och bokslut 2014*",
# "Verksamhetsplan 2015-2017*, information", Laholmsbuktens VA; "... ungdomskriminalitet *", Tyresö; "Ärenden markerade
# med * hölls bakom stängda dörrar", Jokkmokk's contents): the mark, no word of the title (see _AGENDA_NOTE).
_ROW_STAR_BEFORE_NOTE = re.compile(r"(?<=[\w)])\s?\*+(?=,\s+[a-zåäö][^()]*$)")
# A list's mark opening a row's title, a capital after it: the same star ("*Ansökan om bygdemedel ...*", Jokkmokk), a
# bullet, or the dash that parts a row's property from its title where the property cell is empty ("Dnr 2018/000033 -
# Ansökan om förhandsbesked ...", Mörbylånga, whose other rows read "Runsbäck 2:23 - Avsluta ärende ..."). No gold
# title of any round opens with a mark.
_ROW_MARK_OPENING = re.compile(r"^[-–*∗•]\s*(?=[A-ZÅÄÖ])")
# A list's case number column whose serial was lost, its code and perhaps its year and the slash left ("KS/",
# "RFUL 2012/", "KFKS 2014/"), after a title: the row's title ends there; what follows is the next rows', their numbers
# lost too ("... Badbolagets styrelse KS/", "Handlingsplan enligt lag om extra ordinära händelser KS/ KS/ KS/ ...",
# Strömstad; "Årsredovisning RFUL 2012/ Mälarting 2014 RFUL 2014/ ...", Regionförbundet Uppsala län). No gold title
# holds such a stub.
_CASE_STUB_IN_TITLE = re.compile(r"\s+[A-ZÅÄÖ]{2,6}(?:[ -](?:19|20)\d\d)?/(?=\s|$).*$")
# An agenda's time slot after a title: "Kl. 13.00–13.20", "kl 9.30", "ca kl. 10.15".
# Or "kl" whose time extraction lost, a capital after it ("... kärnbränsle ca kl Nyväckta motioner"), as heads
# lose it ("kl Ärenden", "kl Beslutande", "klockan Arbetsordning").
_TIME_SLOT = re.compile(r"\s+(?:ca\.?\s+)?(?i:kl)\.?(?:\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?(?=\s|$)"
                        r"|(?=\s+[A-ZÅÄÖ])).*$")
_SLOT_TIME = re.compile(r"\s+(?:ca\.?\s+)?(?i:kl)\.?\s*\d{1,2}[.:]\d{2}")
_NUMBERED_ROW_AFTER_TIMES = re.compile(r"(?<=\d)\s+(?P<n>\d{1,3})\.\s+(?P<title>[A-ZÅÄÖ][a-zåäö].*)$")
# A list's presenter column, then its time column, flattened after the title without "kl": "Information om
# försäljning av Skogsduvan Gunilla Marklund 9.45", "Ekonomisk uppföljning 2017 Sven Stengard 08:45" (Oxelösund,
# Valdemarsvik; lists with a Föredragande column head in Sotenäs, Trelleborg and Östhammar too). Each presenter
# is a first name and a surname: whole pairs of capitalised words before the time are names, what stays
# before them the title ("Skogsduvan" stays; "Magnus 10.00" alone is no pair, so no name is taken). A time
# with a colon has two digits to its hour: "Roma Kloster 1:37" is a property's designation (Gotland). The time
# may be a span: "... 2011/364 AKK Johan Tranquist 09:10-09:20" (Lindesberg's "Dnr Föredr. Tid"), and it may be
# written with "kl": "... granskningar (information) Fredrik Jessing kl 10.00" (Öckerö's cells on one line, as a copy
# site joins them; "Information från Haleh Lindqvist kl. 09:15", Kungälv, keeps the names its title's words open to).
_PERSON_WORD = naming.PERSON_WORD  # one word of a person's name: "Anna", "Lirell-Stenman"
_CLOCK = r"(?:(?:[01]?\d|2[0-3])\.[0-5]\d|(?:[01]\d|2[0-3]):[0-5]\d)"
_CLOCK_SPAN = _CLOCK + r"(?:\s*[-–]\s*" + _CLOCK + r")?"  # a time, or a span of time
_PRESENTERS_AND_TIME = re.compile(r"(?P<names>(?:\s+" + _PERSON_WORD + r"){2,})"
                                  r"\s+(?P<time>(?:(?:ca\.?\s+)?(?i:kl)\.?\s*)?" + _CLOCK_SPAN + r")(?=\s|$)")
_TIME_AT_END = re.compile(r"\s+" + _CLOCK_SPAN + "$")
# Who presents a row, a dash before their name, where the row's time followed the name (cut off before): "Vård och
# omsorgscollege - Cecilia Hågemark, kl 14.20" (Ljungby's agenda pages). A name the title itself states after a dash
# ("Entledigande ... - Anders Karlsson (KD)") has no time after it.
_PRESENTER_AFTER_DASH = re.compile(r"\s+[-–]\s+(?P<name>" + _PERSON_WORD + r"(?:\s+" + _PERSON_WORD + r"){1,2})$")
# A row's cells after its title, read off its end one after the other (row_cells_cut): a dash left alone where the cell
# after it was cut ("... Hjortsbergsskolan /bilaga - kl 14.05-14.20", its time cut); the list's mark that papers are
# attached, a slash before the word ("... förskolorna Biet och Vårblomman /bilaga", Ljungby; as "./." marks it in
# Regionförbundet södra Småland's list); the arbetsutskott's paragraph that prepared the row, after a comma ("...,
# au § 79", "..., KSAU § 12"), stated without its date: no title's words (no gold title of any round ends with one).
_ROW_CELL_AT_END = re.compile(r",?\s*/\s?(?i:bilag(?:a|or))$"
                              r"|,\s*(?i:[a-zåäö]{0,4}au)\s?§\s?\d{1,3},?$")
_DASH_LEFT_AT_END = re.compile(r"\s+[-–]$")


def row_cells_cut(title: str, *, cell_cut: bool = False) -> str:
    """A kallelse's row title without its cells run on after it (_ROW_CELL_AT_END), two words of title left at
    least; and without a dash left at its end where a cell after it was cut (`cell_cut`: its time, its presenter), not
    where the text ends after the dash ("19. Antagande av detaljplan -", Mörbylånga's list cut there)."""
    while (cell := _ROW_CELL_AT_END.search(title) or cell_cut and _DASH_LEFT_AT_END.search(title)) \
            and len(title[:cell.start()].split()) >= 2:
        title, cell_cut = title[:cell.start()].rstrip(" ,"), True
    return title


# Under a presenter column, a capitalised word after one in lower case right before the row's time: the presenter
# cell holding a first name or a group alone ("... december Ledningsgrupp 10.00", "... avkastningsplan Magnus 10.00").
_ONE_WORD_PRESENTER_AT_END = re.compile(r"(?<=\s)[a-zåäö][a-zåäö-]*\s+(?P<cell>" + _PERSON_WORD + ")$")
_BARE_CASE_LABEL = re.compile(r"\s+" + _CASE_LABEL + r"$")
# The same label opening a title, no number after it ("Kf 5 Ks 171 Dnr HOFORSHUS AB, REDOVISNING ...": the margin's
# label whose number the page left out): no gold title of 3,718 in tuning opens with it, so it is no part of the title.
_BARE_CASE_LABEL_LEAD = re.compile(r"^" + _CASE_LABEL + r"\s+(?=[^\W\d_][^\W\d_-]{4,}\b(?![-/.:]?\d))")
_PRESENTER_ALONE = re.compile(r"^" + _PERSON_WORD + " " + _PERSON_WORD + r",?\s*$")
# A presenter's office, as a row names it after or before their name: "projektledare", "förvaltningschef".
_OFFICE_HELD = (r"[a-zåäö]*(?:chef|ledare|direktör|strateg|sekreterare|handläggare|controller|samordnare|ansvarig"
                r"|ordförande)")
# Who presents the row, with the office they hold, at the title's end: "... Steg 3 – Sara Lirell Stenman, projektledare"
# (Dorotea), "Kvalitetsrapport Skola/förskola, Maria Renvall, förvaltningschef" (Ragunda); Härnösand, Lilla Edet,
# Orust, Vetlanda, Region Sörmland name presenters so too. A presenter is no part of the title (nor responsible).
# (The row's line break before the presenter may be lost: "Redovisning av medborgarundersökning 2019 Maria Gromer,
# utvecklingsstrateg", Vetlanda run on.)
# The office may be a body's chair or a company's head, the presenter's organisation after it: "Information från
# kommunstyrelsen Henrik Tvarnö, kommunstyrelsens ordförande", "... (KSRR) Ola Rosander, VD, Njudung Energi",
# "... 2020-2023 Ida Stenvall, beredskapssamordnare, Höglandets räddningstjänstförbund" (Vetlanda's rows run on, their
# presenters' lines joined). No tuning gold title holds a name, a comma and an office.
_PRESENTER_AND_OFFICE = re.compile(r"(?:\s*[,–-]\s*|\s+)" + _PERSON_WORD + "(?: " + _PERSON_WORD + r"){1,2},\s*"
                                   r"(?:tf\.?\s+|bitr\.?\s+)?(?:[a-zåäö]+s\s+)?(?:" + _OFFICE_HELD + r"|VD)"
                                   r"(?:,\s*[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){0,3})?$")
# One first name, or two joined by "&" or "och", after a word in lower case or a number at a title's end: "...
# avkastningsplan Magnus", "... budget 2015-2017 Magnus & Lisa" (Oxelösund's presenters by first name).
_FIRST_NAMES_AT_END = re.compile(r"(?<=[a-zåäö\d])\s+" + _PERSON_WORD + r"(?:\s+(?:&|och)\s+" + _PERSON_WORD + r")?$")
_PERSON_AT_END = re.compile(r"\s+(?P<name>" + _PERSON_WORD + " " + _PERSON_WORD + r")$")
# The same presenter with the office first, after a comma: "Information: Förutsättningar inför Vårbudget 2023,
# ekonomichef Lennart Andersson", "Valnämnden, ordförande Knut Indebetou (M)" (Hjo, its sub-points each so), "...
# grupper - Navet, verksamhetsansvarig Lotta Johansson deltar" (Sjuhärads kommunalförbund); protocols name their
# presenters in this order too ("kommunchef Nina Edenvik", Åre; Älvdalen, Nyköping, Oskarshamn). No part of the
# title, wherever a sub-point's line of the title went on after it.
_OFFICE_AND_PRESENTER = re.compile(r",\s*(?:tf\.?\s+|bitr\.?\s+)?" + _OFFICE_HELD + " " + _PERSON_WORD
                                   + "(?: " + _PERSON_WORD + r"){1,2}(?: \([A-ZÅÄÖa-zåäö]{1,4}\))?"
                                   r"(?: (?:deltar|informerar|medverkar))?(?=$|\s+[A-ZÅÄÖ])")


# Who presents a row after its title's closing period and a dash, one name or several by commas or "och", a note in
# brackets perhaps after them: "Planinformation. - Henrik Johansson", "... tekniska kontoret. - Irene Hedfors,
# AnnKristin Rådberg", "... GS-fordon. - Magnus Johansson (Handlingar delas ut vid sammanträdet)" (insynsverige's
# agenda pages, Ljungby). The period closes the title: a name that is the matter follows its dash with no period
# before it ("Entledigande ... - Anders Karlsson (KD)"; no tuning gold title holds ". - " before a name).
_NAME_WORD = r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-?[A-ZÅÄÖ][a-zåäöéü]+)?"  # "Per-Olov", "AnnKristin"
_PRESENTERS_AFTER_PERIOD = re.compile(r"(?<=[\wåäöÅÄÖ)]\.)\s+[-–]\s+(?P<names>" + _NAME_WORD + r"(?:\s+" + _NAME_WORD
                                      + r"){1,2}(?:(?:\s*,\s*|\s+och\s+)" + _NAME_WORD + r"(?:\s+" + _NAME_WORD
                                      + r"){1,2})*)(?:\s+\([^()]*\))?$")


def _without_group_word(lines: list[Line]) -> list[Line]:
    """A row's lines without the list's group heading of one word after them ("5 Hållplats Hammaren." / "Information"
    / "6 ...", Ljungby's agenda): the next group's heading, no part of the row."""
    filled = [line for line in lines if line.stripped]
    return filled[:-1] if filled and _ONE_WORD_LINE.match(filled[-1].stripped) else filled


_BARE_CELL_NUMBER = re.compile(r"\d{1,3}")
# A decision that only refers to the proposal: "enligt förslag." (see _proposals_and_decision)
_AS_PROPOSED = re.compile(r"(?i:enligt\s+förslag(?:et)?)\.?")
# The meeting's body proposing on (after its name): "föreslår regionfullmäktige besluta att ...", "föreslår att
# regionfullmäktige beslutar att ...", "förslår därför ..." (the page's typo as printed); the text to the sentence's
# end.
_BODY_PROPOSES_ONWARD = (r"(?:föreslår|förslår)(?:\s+därför)?\s+(?:att\s+)?(?P<to>[A-ZÅÄÖa-zåäö]+)\s+"
                         r"(?:besluta(?:r)?\s+)?(?P<text>[a-zåäö].*?[.!?])(?=\s|$)")
_INNER_CAPITAL = re.compile(r"(?<=[a-zåäöéü])[A-ZÅÄÖ]")


# A protocol page's head labels: never in a matter's title.
_HEAD_LABEL_IN_TITLE = re.compile(r"\b(?i:sammanträdesdatum|sammanträdesprotokoll|protokollsutdrag)\b|\bPROTOKOLL\b"
                                  r"|\b(?i:blad|sida)\s+\d")
# Page furniture run onto a title's end at a page break: "... lägesrapport. 1 (1)", "... 23 (41)", "sid 17
# (34)", "Page 1 of 76", "Sida 3 av 5" (the page's number, in the forms of many municipalities' layouts).
_PAGE_MARK_IN_TITLE = re.compile(r"\s+(?:(?i:sida|sid\.?|blad)\s+)?\d{1,3}\s?[(\[]\d{1,3}[)\]]$"
                                 r"|\s+(?i:page|sida|sid\.?)\s+\d{1,3}\s+(?i:of|av)\s+\d{1,3}$")
# A row's reference to the page its papers begin on, in brackets: "... psykiska ohälsa (sid 2)", "(sid (sid 12)"
# (Härryda; the rows' pages in a column of their own: Värnamo's "Sida", Ängelholm's "Sid").
# Orust writes it bare, as after its case numbers: "Fyllnadsval av ersättare i valnämnden s. 98".
_PAGE_REFERENCE_IN_TITLE = re.compile(r"\s*\((?:(?i:sid|sida|sidan|s)\.?\s*\(?)+\d{1,3}(?:\s*[-–]\s*\d{1,3})?\)\.?$"
                                      r"|(?<=[\wåäöÅÄÖ)])\s+(?:s\.|sid\.?|sidan)\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?$")
# A protocol page's signature box ("Justerandes sign", "Justeringssign", "Utdragsbestyrkande") run into
# a title: the page's foot, never a matter's title; the title ends before it.
# A row's cell of pages in the papers (or attachments) before its title, under "Ärende Bilagor" (Haparanda), as
# Värnamo's "Sida", Orust's "sid" and Oxelösund's "/sidan" columns stand after theirs: no tuning title opens with a
# span of numbers.
_PAGE_RANGE_OPENING = re.compile(r"^(?P<first>\d{1,3})\s?[-–]\s?(?P<last>\d{1,3})\s+(?=[A-ZÅÄÖ])")
# A document's own name opening a page ("1 KALLELSE", "1 Kallelse / Underrättelse Kommunstyrelsen ...", "1 KUNGÖRELSE 1
# [2]", "1 Föredragningslista Sammanträdesdatum ...": 30 tuning kallelser open a page so, docplayer's and pdftotext's
# page number before it); not a row's title naming one ("Kungörelse om sammanträden ...", Region Jönköpings län).
_DOCUMENT_NAME_OPENING = re.compile(r"(?:KALLELSE|KUNGÖRELSE|FÖREDRAGNINGSLISTA|DAGORDNING|Kallelse|Kungörelse"
                                    r"|Föredragningslista|Dagordning)(?:$|[\s/(](?!\s*(?:om|av|till|för|från|med|"
                                    r"inför|och|samt)\b))"
                                    # the document's own name in words: "1 Kallelse till sammanträde kl i JGY ..."
                                    # (Jämtlands gymnasieförbund's first page), not a matter's "Kallelse till
                                    # extra bolagsstämma"
                                    r"|(?:Kallelse|KALLELSE) (?:till|TILL) (?:sammanträde|SAMMANTRÄDE)\b")
# A list's heading, perhaps its columns' heads, then its first row ("Föredragningslista Nr Ärende/Föredragande 1. ...").
_HEADED_FIRST_ROW = re.compile(ocr_tolerant(r"^(?P<heading>(?i:föredragningslista|dagordning|ärendelista)(?:\s+(?:Nr"
                                            r"|Ärenden?(?:/Föredragande)?|Föredragande|Dnr|Diarienummer|Diarienr"
                                            r"|Noteringar|Kommentar))*)")
                               + r"\s+(?P<n>\d{1,3})\.?\s+(?P<rest>[A-ZÅÄÖ][a-zåäö].*)$")
# A row's kind before its title, a decision's: "3. Dnr: 2015/263-KS Beslut - Val av lekmannarevisor ..." (Västerås).
_DECISION_KIND_MARK = re.compile(r"(?:^|\s)Beslut\s+[-–]\s+[A-ZÅÄÖ]")
_ATTACHMENT_CELL_OPENING = re.compile(r"^Bilag(?:a|or)(?:\s+sid\.?)?\s+(?=[A-ZÅÄÖ][a-zåäö])")
# (And the protocol's head, its label "Plats och tid" opening nearly every tuning protocol's head: Älmhult, Arjeplog,
# Arvidsjaur, Karlskrona ...: where a contents list's last row runs into the first page after it, '... Svar på motion
# om ”Fairtrade city” Plats och tid Landstingssalen, Wämö Center ...', Karlskrona's pages joined.)
# (Or the box's labels side by side, the offices of its two signers, "Ordförande Justerande": "... Övriga frågor
# Ordförande Justerande J/ (" 1P", Hälsingerådet's scanned pages, each page's box run into the text; no title names
# both offices so.)
_SIGNATURE_IN_TITLE = re.compile(r"\s*\b(?i:justerandes?\s+sign\w*|justeringssign\w*|ordförandes\s+sign\w*"
                                 r"|utdragsbestyrkande)\b.*$"
                                 r"|(?<=\S)\s+(?:Ordförande|ORDFÖRANDE)\s+(?:Juster|JUSTER)(?:ande|are|ANDE|ARE)\b.*$"
                                 r"|(?<=\S)\s+(?:Plats och tid|PLATS OCH TID|Tid och plats|TID OCH PLATS)"
                                 r"\s+(?=[A-ZÅÄÖ\d]).*$")
# The box's other wordings closing a title, only the page's number after them: "Justerare signatur", "Justerares
# signatur", "Utdragsbestyrkande" misspelt "Utdragsbestyrande" ("... 15 Redovisning av fattade delegationsbeslut
# Justerare signatur Utdragsbestyrande 3", Sydnärkes IT-nämnd's run-on list, Lekeberg's pages so; _COLUMN_FURNITURE
# reads the label so). At the end only: mid-title they may stand in a page's run-on head, whose other checks hold.
_SIGNATURE_BOX_AT_TITLE_END = re.compile(r"\s+(?i:justerares?\s+signatur(?:er)?(?:\s+utdragsbestyr\w*)?"
                                         r"|utdragsbestyr\w*)(?:\s+\d{1,3})?\s*$")
# A scan's debris closing a row: a lone "~" ("Årsberättelse/Resultat och balansräkning ~ 87 ...", Hälsingerådet's OCR'd
# list; no title ends with one).
_SCAN_DEBRIS_AT_END = re.compile(r"(?:\s+~+)+$")
# A sentence's first word that a title never capitalises mid-line (an article, a preposition, the
# protocols' "Föreligger"), after a word's end, a closing quote or a full stop: a run-on §'s text opening.
# Or a member, their party and what they did ("Malin Olsson (m) ställde ...", "Sture Jonsson samt Pia
# Thulin, båda (m) har ..."): a title names a member before "om", never before a verb.
_MEMBER = _PERSON_WORD + " " + _PERSON_WORD
# "I" is the preposition opening a sentence ("... arbetsmiljöverket I samband med ..."): no title writes it in capitals
# mid-line, no gold title holds " I " before a word in lower case; a Roman one before "och"/"samt" ("etapp I och II").
# (Not after a relative word, "Svar på fråga som Per Ahl (M) ställde om ...": the title's own.)
_MEMBER_DID = (r"(?<!\bsom )(?<!\bdär )(?<!\bvilken )(?<!\bvilket )"
               + _MEMBER + r"(?:,? (?:samt|och) " + _MEMBER + r")*,?(?: båda| alla)? "
               r"\([A-Za-zÅÄÖåäö]{1,5}\),? (?:har|hade|ställde|lämnade|väckte|yrkar|föreslår)\b")
_TEXT_OPENS_IN_RUN_ON = re.compile(r"(?<=[a-zåäö0-9)\"”.])\s+(?=(?:Ett|En|Det|Den|Detta|Denna|Dessa|Med|För|Enligt"
                                   r"|Efter|Genom|Inför|Under|Vid|Föreligger)\s+[a-zåäö0-9]"
                                   r"|I\s+(?!och\b|samt\b)[a-zåäö]{3,}"
                                   r"|" + _MEMBER_DID + r")")
# The member and what they did alone (no title writes it, however short the title and its text run on: "Svar på
# interpellation om elektronisk handel Anders Karlgren (m) ställde vid ...", the last § a site's excerpt cuts short).
_MEMBER_DID_IN_TITLE = re.compile(r"(?<=[a-zåäö0-9)\"”.])\s+(?=" + _MEMBER_DID + r")")
# An official by their role, in the definite form ("Barn- och utbildningsförvaltningen" too), and what they do, a
# sentence going on after it ("Hälsningsanförande Ordföranden hälsar alla välkomna till ...", "... Kommunchefen
# informerar om läget ..."): the §'s text opening in its head's line. (A title may be the role and the verb alone,
# "Kommundirektören informerar", "Ordföranden har ordet" (tuning golds): so three words at least after the verb, and
# none of "har"/"hade", which titles hold.)
_ROLE = (r"(?:Ordföranden|(?:[A-ZÅÄÖ][a-zåäö]*-\s+(?:och|samt)\s+[a-zåäö-]*|[A-ZÅÄÖ][a-zåäö-]*)"
         r"(?:chefen|direktören|sekreteraren|förvaltningen|handläggaren"
         r"|samordnaren|strategen|controllern|ekonomen|utredaren))")
# (In the past tense too, as protocols write what was done: "Landstingsdirektörens rapport Landstingsdirektören
# rapporterade om ...", Region Kronoberg.)
_ROLE_DID_IN_TITLE = re.compile(r"(?<=[a-zåäö0-9)\"”])\s+(?=" + _ROLE + r"\s+(?:hälsar|informerar|redogör|redovisar"
                                r"|föredrar|förklarar|meddelar|berättar|presenterar|föreslår|öppnar|tackar|rapporterar"
                                r"|hälsade|informerade|redogjorde|redovisade|föredrog|förklarade|meddelade|berättade"
                                r"|presenterade|föreslog|öppnade|tackade|rapporterade)"
                                r"(?:\s+[\wåäöÅÄÖ,.()-]+){3})")
# A page of a protocol whose § numbers were all lost, opening with the running head's body alone and a bare case label
# (its number lost, or cut to its year: "Dnr", "Dnr 2013/"), then the §'s title and text (Älmhult's, Strömsund's
# docplayer copies): where the text opens is told only by what no title writes: an official by role doing something
# (_ROLE_DID_IN_TITLE), a body that decided ("Kommunfullmäktige beslöt"), a body's own decision or proposal as a
# heading ("Kommunstyrelsens beslut"), a section's heading, a presenter named with their organisation and what they
# do ("Maj-Britt Åkerström, Öhrlings PricewaterhouseCoopers, informerar").
_LOST_NUMBERS_LABEL = re.compile(r"^(?i:dnr)\.?:?\s+(?:(?P<stub>(?:19|20)\d\d/)\s+)?(?=[A-ZÅÄÖ])")
_BODY_NAME = r"(?:Kommunfullmäktige|Kommunstyrelsen|[A-ZÅÄÖ][a-zåäö-]*(?:nämnden|utskottet|styrelsen|direktionen))"
_TEXT_OPENS_AFTER_PAGE_TITLE = re.compile(
    r"\s+(?=" + _BODY_NAME + r"\s+(?:beslöt|beslutade|har\s+beslutat)\b"
    r"|(?:Kommunfullmäktiges|Kommunstyrelsens|[A-ZÅÄÖ][a-zåäö-]*(?:nämndens|utskottets|styrelsens))\s+(?:beslut|förslag)\s"
    r"|(?:Ärendebeskrivning|Sammanfattning|Beslutsunderlag|Bakgrund)\s+[A-ZÅÄÖ]"
    r"|[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\s+[A-ZÅÄÖ][a-zåäö]+,\s[^,.]{3,60},\s"
    r"(?:informerar|redogör|föredrar|redovisar|presenterar)\b)")
_PAGE_HEAD_BODY_AT_LEAST = 2  # pages opening with the same body, that make it the running head
# A decision's att-clauses listed in a title's place: "att <verb> ..., att <verb>" (two at least, the second after a
# comma), the first right after the title.
_ATT_LIST_IN_TITLE = re.compile(r"(?<=[\wåäö)])\s+att\s+[a-zåäö]{3,}\b(?=[^.!?]*?,\s+att\s+[a-zåäö]{3,}\b)")
# A case number whole, over a title: digits on both sides of a separator, a digit last (not "DnrSN212-", cut).
_WHOLE_NUMBER_OVER_TITLE = re.compile(r"(?:[A-ZÅÄÖ]{1,8}[ /-]?)?\d(?:[\d.:/-]*\d)?[-/.:]\d+(?: \d{3})?")
# Further case numbers after a labelled one, each after a comma ("Dnr 165/13, 166/13, 219/13"), up to five.
_MORE_CASE_NUMBERS = re.compile(r"(?:,\s*(?:[A-ZÅÄÖ]{1,4}[ /-]?)?\d[\w/.:-]*\d(?=[\s,]|$)){1,5}")


def _mark_of(text: str, numbered: re.Match) -> str:
    """How a numbered line sets its number: the sign after it ("." in "3. Title", ")" in "3) Title"), "" for none."""
    return text[numbered.end("n"):numbered.start("rest")].strip()


def _shape(number: str) -> str:
    """A case number's form, its digits aside ("165/13" -> "9/9")."""
    return re.sub(r"\d+", "9", number)

# A municipality's name as its letterhead writes it: "Hultsfreds kommun", "RONNEBY KOMMUN".
_MUNICIPALITY_LETTERHEAD = re.compile(r"[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+)? (?:kommun|KOMMUN)\b")
# A form's case label left empty, alone on its line ("Dnr").
_EMPTY_CASE_LABEL_ALONE = re.compile(_CASE_LABEL + r"$")
_EMPTY_CASE_LABEL_LEAD = re.compile(r"^" + _CASE_LABEL + r"\s+(?=[A-ZÅÄÖ]{4,}[ -])")
# A title opening with its labelled number, then a capital: "Dnr 06/KA0326 Barn- och ...".
_LABELLED_LEAD_OF_TITLE = re.compile(r"(?i:diarienummer|diarienr|dnr)\.?:?\s*"
                                     r"(?P<number>(?:[A-ZÅÄÖ/]{1,8}\s)?\d[\w/.:-]*\w)\s+(?=[A-ZÅÄÖ][a-zåäö])")
# A number's year and its registry's series alone, no serial after them ("07/Ks", "2014/KS"): cut short.
_YEAR_AND_SERIES_ONLY = re.compile(r"(?:\d{2}|(?:19|20)\d\d)/[A-ZÅÄÖa-zåäö]{1,4}")
# A §'s own labelled number after its title in run-on text, the text going on after it: ", dnr 58.10/811 Per ...".
# A case label and the start of a number inside a title, whatever follows ("... för stiftelsen Socialsamfond Dnr 2016/
# :35 Per Nordenstam ...", Håbo's agenda, its Dnr cell cut and run on with the time column; "... nå målen? (Dnr KFV
# 2018/00030 77 MRP: ...", Kunskapsförbundet Väst, the next row run on after it): no gold title of any round (2399
# titles, 459 documents) holds a case label, so the title ends before it.
_CASE_LABEL_INSIDE = re.compile(r"\s+\(?" + _CASE_LABEL + r"\s*"
                                r"(?=(?:[A-ZÅÄÖ]{1,8}[ /-]?)?\d{2,4}[/.:-])")
# A sentence where a row's title should stand: its subject a determiner or pronoun that opens sentences, a finite verb
# after it, a full stop at its end ("4. Samtliga socialnämnder ska en gång i kvartalet lämna statistikrapport till
# kommunfullmäktige. Rapporten ska ...", Malmö's portal, which shows each row's summary in its title's place): no gold
# title of any round (2399) opens with such a word ("Samtliga", "Alla", "Det", "Detta", "Dessa", "Vi", "Man" ...).
_SUMMARY_IN_TITLES_PLACE = re.compile(r"^(?:Samtliga|Alla|Det|Den|Detta|Denna|Dessa|Vi|Man)\s+(?:[\wåäö-]+\s+){0,3}?"
                                      r"(?:ska|skall|har|är|kan|kommer|måste|bör|behöver|föreslås)\s[^.!?]*\.$")
# A § text's own section heading, alone.
_SECTION_HEADING = re.compile(r"(?i:beslut|ärendet|ärendebeskrivning|bakgrund|beslutsunderlag|förslag till beslut"
                              r"|beslutsförslag|yrkanden?|propositionsordning|sammanfattning(?: av ärendet)?|beredning"
                              r"|reservation|protokollsanteckning|expedieras till|beslutet skickas till)")
# A head line that is a case label and one number alone, perhaps its filing code after it: "Dnr 12.KS125 042".
_LABEL_AND_NUMBER = _CASE_LABEL + r"\s*(?P<number>(?:[A-ZÅÄÖ]{1,8}[ /-]?)?[\w.:/-]*\d[\w.:/-]*"
_LABELLED_NUMBER_ALONE = re.compile(r"^" + _LABEL_AND_NUMBER + r"(?: \d{3})?)$")
_LABELLED_NUMBER_AT_END = re.compile(r"\s+" + _LABEL_AND_NUMBER + r"(?: \d{3})?)$")
# The same, its filing plan's code of two digits or three: "... Dnr SBN 2012/101 21" (Ludvika; Mora's "... 622").
_FILED_NUMBER_AT_END = re.compile(r"\s+" + _LABEL_AND_NUMBER + r"(?: \d{2,3})?)$")
_LABELLED_IN_RUN_ON = re.compile(r",?\s+(?i:diarienummer|diarienr|dnr|ärendenummer)\.?:?\s*"
                                 r"(?P<number>(?:[A-ZÅÄÖ]{1,8}[ /-]?)?\d[\d/.:-]*\d)(?=\s+[A-ZÅÄÖ])")
# The form's case label after the title, its number lost, the § text right after it (a capitalised word, no code):
# "..., Dnr Familjecentralen startades ..." (see _title_run_on_cut).
# (Or the label closed by its colon, no comma before it: "36 VAL AV ORDFÖRANDE ... I KOMMUNFULLMÄKTIGE Dnr:
# Kommunfullmäktiges presidium ...", Lysekil: the colon proves the label, which no title holds.)
_LOST_NUMBER_LABEL_IN_RUN_ON = re.compile(r"(?:,\s+(?i:diarienummer|diarienr|dnr)\.?:?"
                                          r"|\s+(?i:diarienummer|diarienr|dnr):)\s+(?=[A-ZÅÄÖ][a-zåäö]{2,})")
# A body's coded case number set after the title unlabelled, perhaps in brackets, the § text right after it:
# "52 Dialog med försäkringskassan kring sjukförsäkringen KS/2013:83 Samverkansansvarig ..." (Burlöv), "...
# vindkraftspark Grönhult (KS/2011:1219) ..." (Tranemo): the code and the whole year tell a registry's number, not
# a title's own number ("Motion ... (49/14)", a motion's count, carries no code).
# (Bracketed, its closing bracket ends it whatever word follows: "(KS/2011:1219) beslut Noterar ...".)
_CODED_CASE_IN_RUN_ON = re.compile(r"\s+(?:\((?P<bracketed>" + _CODED_CASE + r")\)(?=\s+\S)"
                                   r"|(?P<number>" + _CODED_CASE + r")(?=\s+[A-ZÅÄÖ]))")
# A page's letterhead or running head alone where a title should stand ("Kumla kommun", "Region Gävleborg",
# "KOMMUNSTYRELSEN"): whose page it is, never what a matter is about.
_HEAD_ALONE = re.compile(r"^(?i:[\wåäö-]+\s+(?:kommun|stad|landsting)|region\s+[\wåäö-]+(?:\s+[\wåäö-]+)?"
                         r"|kommunstyrelsen|kommunfullmäktige|regionstyrelsen|regionfullmäktige|landstingsstyrelsen"
                         r"|landstingsfullmäktige|kommunstyrelsens arbetsutskott|[\wåäö-]*nämnden)$")
# A kallelse's signature run onto its last item's title: "Övriga frågor Agneta Hägglund (S) Ordförande",
# "... Tommy Gardell Ordförande", perhaps the secretary's after it ("Fredrik Eirasson Ordförande Emma
# Oscarsson Sekreterare"): a name (party), then the office. The secretary's may be the municipality's
# "Kommunsekreterare" (Tibro's "Claes Jägevall Ordförande Eva Lotta Elovsson Kommunsekreterare"; Degerfors'
# kallelse and Kinda's signature box so too). Both signers with their offices close the list: what follows them (the
# next page's letterhead, as a copy site joins the pages: "... Kommunsekreterare Kommunledningskontoret Datum
# 2014-08-29", Tibro; "Lars G Andersson Sekreterare Öckerö 2015-09-22 Tjänsteskrivelse ...", Öckerö) is no title's.
_SIGNATURE_AFTER_TITLE = re.compile(
    r"\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}(?:\s*\([A-ZÅÄÖa-zåäö]{1,4}\))?,?\s+(?i:ordförande)"
    r"(?:(?P<secretary>\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]*\.?){1,2},?\s+(?i:(?:kommun)?sekreterare)\b.*)"
    # (or the place and day of signing after the office, "... Malin Hedberg Ordförande Karlstad den 13 mars 2017",
    # Räddningstjänsten Karlstadsregionen; the place and day close the lists of Norrköping, Hjo and Hallsberg too)
    r"|\s+[A-ZÅÄÖ][a-zåäö-]+,?\s+den\s+\d{1,2}\s+(?:" + MONTH_WORDS + r")\s+(?:19|20)\d\d)?$")
# The signature with the offices first, both of them: "... Anmälningsärenden Sekreterare Inger Modig Lind
# Ordförande Jonas Svensson (S)" (Östhammar; so the heads of Halmstad's and Knivsta's kallelser, "Ordförande:
# Johan Rydén Sekreterare: Jenny Moberg").
_SIGNER = r"[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,3}(?:\s*\([A-ZÅÄÖa-zåäö]{1,4}\))?"
_OFFICES_AFTER_TITLE = re.compile(r"\s+(?:Sekreterare:?\s+" + _SIGNER + r",?\s+Ordförande|Ordförande:?\s+" + _SIGNER
                                  + r",?\s+Sekreterare):?\s+" + _SIGNER + r"$")
# Who presents the item, after its title: "Delårsrapport 2 år 2019 /Föredragning av ekonomichef .../" (Flen),
# "... Föredragande: Johanna ..." (Kungälv); Region Kalmar län's "Föredragning av ..." under an item, the
# "Föredragande" columns of Trelleborg's and Östhammar's lists.
_PRESENTER = r"(?:[Ff]öredrag(?:ning)? av|[Ff]öredragande:?)\s+[A-ZÅÄÖa-zåäö]"  # (Vetlanda's "Föredrag av ...")
_PRESENTER_IN_TITLE = re.compile(r"\s*/?\s*\b" + _PRESENTER + r".*$")
_PRESENTER_LINE = re.compile(r"^" + _PRESENTER)
_SITE_DOWNLOAD = re.compile(r'^download\s+"(?P<title>.*)"\s*$', re.IGNORECASE)
_SITE_TITLE_NOISE = re.compile(r"^(?:\d{1,3}\.?\s+)?(?:(?i:dnr)\.?\s+\S+\s+(?:\d{3}\s+)?)?|"
                               r"\s+(?:(?i:dnr)\.?(?:\s+\S+)?|Sammanfattning|Ärendet|Beslut)\s*$")


# A year range cut at its dash ("Biblioteksplan för Strängnäs kommun 2021-" / "" / "2024"): a range is not left
# open in a title, so the year below a blank line ends it (a site setting each line as a paragraph of its own).
# A lone "s" after a word in lower case, before one: a name the extraction dropped, its genitive left (see
# _title_run_on_cut); not a name's split genitive, "Vansbro s energi- och klimatarbete".
# (Not a party's letter between words that join, "Interpellation från c och s om ...", "angående s valmanifest":
# the word before is three letters or more and neither it nor the word after joins a phrase (_OPEN_ENDINGS); nor
# "s k", så kallad written apart: the word after is three letters or more.)
_LOST_NAME_GENITIVE = re.compile(r"(?<![\wåäöÅÄÖ-])(?P<before>[a-zåäö][\wåäö-]+[a-zåäö])(?P<gap>\s+)s\s+"
                                 r"(?P<after>[a-zåäö][\wåäö-]{2,})")
_JOINS = {ending.strip() for ending in _OPEN_ENDINGS if ending.startswith(" ")} | {"eller", "att", "som"}
_PAGE_RANGE_LINE = re.compile(r"\d{1,3}(?:\s?[-–]\s?\d{1,3})?")  # a list row's page or pages, "6", "7 - 11"
# A span of time left open at a line's end, its year or date on the next line: "... 2020-" / "2023", "... fr o m" /
# "2015" (Gällivare's contents list, a blank line between; Hjo's "fr o m" / "2023-01-01").
_RANGE_LEFT_OPEN = re.compile(r"\b(?:(?:19|20)\d\d\s?[-–]|(?i:fr\.?\s?o\.?\s?m|t\.?\s?o\.?\s?m)\.?)$")
_YEAR_OPENING = re.compile(r"^(?:19|20)\d\d\b")
# A title that is a quoted heading alone ('"Hur mår SFI?"'), and the line below it naming the matter's kind and its
# asker ("Bordlagd interpellation av Marius Kawecki (SD) till ...", "Fråga från ..."): one title over two lines.
_QUOTED_TITLE = re.compile(r'["”“«][^"”“«»]+["”»]')
_KIND_AND_ASKER = re.compile(r"^(?:[A-ZÅÄÖ][a-zåäö]+\s+)?(?i:interpellation|fråga|motion|medborgarförslag)\s+"
                             r"(?:av|från)\s+[A-ZÅÄÖ]")


def _quoted_title_over_its_asker(title_parts: list[str], text: str) -> bool:
    """Whether the title so far is a quoted heading alone and `text` names the matter's kind and asker below it."""
    return len(title_parts) == 1 and bool(_QUOTED_TITLE.fullmatch(title_parts[0])) and bool(_KIND_AND_ASKER.match(text))


# A rule drawn under a decision ("_____", "_ _ _ _"): layout, no text of it (Älvsbyn's and Norrtälje's protocols
# close their decisions so; 17 tuning organisations print such lines, none a gold's text).
_RULE_LINE = re.compile(r"_{3,}|(?:_ ){2,}_")
# A sentence's end and the next one's start inside a title ("... för året. Bo Hansson ..."), and the length past which
# a title holding one is no title (the 13 tuning gold titles over it hold none; shorter ones may: "Lite mer lika.
# Översyn av ...", Eslöv; "Uppföljning. Vansbro s ...").
_SENTENCE_END_IN_TITLE = re.compile(r"[a-zåäö]{2,}\. [A-ZÅÄÖ][a-zåäö]")
_LONG_TITLE = 180
_TITLE_BEFORE_ITS_TEXT = 120
_RULE_OPENING = re.compile(r"^_{3,}\s*(?=\S)(?!_)")


_CODE_AND_DATE_AT_END = re.compile(r"\s+(?P<code>[A-ZÅÄÖ]{2,6})\s+(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d)$")
# The filing plan's three-digit code after the number and a dash, then the title ("0015/13 - 200 DELGIVNINGAR").
_DASHED_FILING_CODE = re.compile(r"^(?P<sep>[-–])\s(?P<code>\d{3})\s+(?=[A-ZÅÄÖ])")


def _year_coded_row_lines(lines: list[Line]) -> set[int]:
    """The list rows opening with a § numbered through the year under the body's code ("KS 52/16 Title"), where
    three rows or more in a row (_YEAR_CODED_AT_LEAST, as agendarows splits such rows) share code and year and
    count on one by one (ids of their lines): only then are they §§, not case numbers."""
    found = [(line, m) for line in lines if line.item_start and (m := _YEAR_CODED_CONTENTS_ROW.match(line.stripped))]
    runs: list[list[Line]] = []
    previous: re.Match | None = None
    for line, match in found:
        # (two on: the row between lost its serial, _split_year_coded_list)
        if previous is not None and match.group("code", "year") == previous.group("code", "year") \
                and int(match.group("n")) - int(previous.group("n")) in (1, 2):
            runs[-1].append(line)
        else:
            runs.append([line])
        previous = match
    return {id(line) for run in runs if len(run) >= _YEAR_CODED_AT_LEAST for line in run}


def _site_title_lines(document: Document, lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The lines opening the text that are a document site's title for the file (as its 'Download
    "..."' line states it), and the rest; ([], lines) when the text has no such title or nothing
    after it."""
    raw = document.site_title  # (the first 'Download "..."' line's title, found once per document)
    if not raw:
        return [], lines
    index = 0
    while index < len(lines) and (not lines[index].stripped or lines[index].stripped == raw):
        index += 1
    if index == 0 or index == len(lines):
        return [], lines
    return lines[:index], lines[index:]


def _site_title_in_text(document: Document) -> str | None:
    """The document site's name for the file ('Download "..."'), cleaned of an item number, a case
    number and a heading word at its ends, when it stands as such in the text itself (on a page,
    not only as the site's title): evidence of an extract's matter title."""
    raw = document.site_title  # (the first 'Download "..."' line's title, found once per document)
    if not raw:
        return None
    title = _SITE_TITLE_NOISE.sub("", raw).strip(" .,")
    pages = " ".join(line.stripped for line in document.lines
                     if line.stripped and not _SITE_DOWNLOAD.match(line.stripped) and line.stripped != raw)
    if len(title.split()) < 3 or title.casefold() not in " ".join(pages.split()).casefold():
        return None
    return title


# The words right before a date in a copy site's title: the place (and weekday) of a form's row ("Kommunkansliet,
# 2014-03-03 kl 15.00", "Kommunkontoret måndag 2013-11-11 kl. 16.00").
_PLACE_BEFORE_DATE = re.compile(r"(?:^|\s)(?P<place>[A-ZÅÄÖ][\wåäö-]+,?(?:\s+[a-zåäö]+dag(?:en)?)?)\s*$")
# Or a building, a comma, then the room or office in a few words, the last in lower case ("Stadshuset, Kultur och
# fritid 2013-06-19 kl. 8:00" over "JUSTERINGENS PLATS OCH TID UNDERSKRIFT SEKRETERARE ... Stadshuset, Kultur och
# fritid kl. 8:00", Uddevalla's kultur- och fritidsnämnd): tried where no one word names the place.
_BUILDING_AND_ROOM_BEFORE_DATE = re.compile(r"(?:^|\s)(?P<place>[A-ZÅÄÖ][\wåäö-]+,(?:\s+[\wåäö-]+){1,3})\s*$")
# How far before the place a justering's label stands: a form run on labels first, the signatures' labels between
# ("Justeringens plats och tid Underskrifter Sekreterare ... Underskrift justerande <place>").
_JUSTERING_LABEL_REACH = 120
# The justering's word in any form ("Justering", "Justeringens plats och tid"), unlike itemtext's _JUSTERING_WORD (the
# word alone, a row's label).
_JUSTERING_ANY_FORM = re.compile(r"justering", re.IGNORECASE)


# A copy site's title repeats the text's first words, the run-on form's labels and values among them, without the
# labels: "Download "Karin Gustafsson, kommundirektör. Jan Ekström (MP) och Marie-Louise Dinäss (S) Kommunstyrelse-
# kontoret den 31 maj 2011, kl. 16.00"" over "Justeringens plats och tid Underskrifter Organ Jan Ekström (MP) ...
# Kommunstyrelsekontoret den 31 maj 2011, kl" (Gislaved, whose meeting's date is printed nowhere; Filipstad's,
# Karlskoga's and Osby's titles likewise give their justering's date, their text the meeting's labelled before it).
# The date's role is the one the text's own labels give it.
_TITLE_PREFIX_AT_LEAST = 20  # characters: the page's first line, the site's title cut short


def _site_title_dates_labelled_otherwise(document: Document) -> set[str]:
    """The dates of a copy site's title that the text's own lines label as the justering's, the anslag's or its
    taking down (common.labelled_dates), where the text labels it so first; empty without a title or a date in it."""
    title = document.site_title
    wanted = {date.iso for date in find_dates(title)} - {None} if title else set()
    if not wanted:
        return set()
    roles: dict[str, str | None] = {}
    for line in document.lines[:400]:
        text = line.stripped
        if not text or _SITE_DOWNLOAD.match(text) or title.startswith(text):
            continue
        for role, date in labelled_dates(text):
            if date.iso in wanted:
                roles.setdefault(date.iso, role)
    return {iso for iso, role in roles.items() if role in ("approved", "notice", "down")}


def _justering_in_site_title(document: Document) -> str | None:
    """The justering's date a copy site's title keeps where the text lost it: the title gives a place and
    a date, and the text writes that place with no date after its justering's label ('Download
    "Kommunkansliet, 2014-03-03 kl 15.00"' over "Justering Justerare Tid och plats Christer Landin (S)
    Kommunkansliet, kl", Bjuv; "Kommunkontoret måndag 2013-11-11" over "Justeringens plats och tid
    Kommunkontoret måndag kl", Boxholm; "Kommunkontoret 2011-09-07" over "Justeringens plats och tid
    Kommunkontoret Underskrifter", Ljusnarsberg). None otherwise, and None for a date the text itself still writes
    (its own labels tell that date's role: "Södra Vi-rummet, stadshuset, Vimmerby Torsdagen den 23 januari 2014" is
    the title's and the first page's head, the meeting's, though "Vimmerby" stands after the justering's label too)."""
    title = document.site_title
    if not title:
        return None
    text = None
    kept: set[str] | None = None  # the dates the text writes outside the site's title
    for role, date in labelled_dates(title):
        # (A date a label claims, "Sammanträdesdatum 2014-12-01", or one after a body's name, "Kommunstyrelsen
        # 2011-05-11", is the meeting's.)
        before = title[:date.start]
        place = _PLACE_BEFORE_DATE.search(before) or _BUILDING_AND_ROOM_BEFORE_DATE.search(before) \
            if date.iso and role is None else None
        if place is None or naming.body_kind(place.group("place").split()[0].rstrip(",")):
            continue
        if text is None:
            text = " ".join(" ".join(line.stripped for line in document.lines[:400] if line.stripped
                                     and not _SITE_DOWNLOAD.match(line.stripped)).split())
            kept = {found.iso for line in document.lines[:400] if line.stripped and not _SITE_DOWNLOAD.match(
                line.stripped) and not title.startswith(line.stripped) for found in find_dates(line.stripped)}
        if date.iso in kept:
            continue
        for written in re.finditer(re.escape(place.group("place")) + r"(?=\s+(?!\d)|$)", text):
            if _JUSTERING_ANY_FORM.search(text[max(0, written.start() - _JUSTERING_LABEL_REACH):written.start()]) \
                    and not find_dates(text[written.end():written.end() + 30]):
                return date.iso
    return None


# A letterhead's footer run into the last title of a page (agendarows._LETTERHEAD_IN_TITLE).
# The letterhead's footer run into a title without colons: "... trafikplan Kommunledningsförvaltningen Besöksadress
# Algatan 13 Fakturaadress E-post ... Postadress ... Telefon Org.nr" (two of its labels at least; the unit
# before them, one word ending in -förvaltningen/-kontoret, is the letterhead's too).
_LETTERHEAD_LABELS = r"(?:Besöksadress|Postadress|Fakturaadress|Leveransadress|E-post|Telefon|Org\.?\s?nr|Hemsida)"
_BARE_LETTERHEAD_IN_TITLE = re.compile(r"\s+(?:[A-ZÅÄÖ][\wåäö-]*(?:förvaltningen|kontoret)\s+)?" + _LETTERHEAD_LABELS
                                       + r"\b(?=.*\b" + _LETTERHEAD_LABELS + r"\b).*$")
# A municipality's name in capitals, as letterheads print it ("LJUNGBY KOMMUN", "HÅBO KOMMUN SAMMANTRÄDESPROTOKOLL",
# "KARLSTADS KOMMUN": the texts of 37 tuning organisations): no gold title holds one.
_MUNICIPALITY_IN_CAPITALS = re.compile(r"\s+[A-ZÅÄÖ]{3,} (?:KOMMUN|STAD)\b")
# The notice's word on the meeting itself run into the last title of a list: "10 Delgivningar Sammanträdet
# webbsänds på kommunens hemsida ...", "Sammanträdet sänds även via webb", "sammanträden är öppna för allmänheten".
_MEETING_WORD_IN_TITLE = re.compile(
    r"\s+(?:Sammanträdet|Sammanträdena|Mötet|Detta sammanträde|[A-ZÅÄÖ][\wåäö]+s sammanträden?)\s+"
    r"(?:(?:även|också|kommer att)\s+)*(?:[\wåäö]*sänds|sändes|är öppna?|är offentlig[at]?)\b.*$")
# A lettered series of sub-points after a title ("Delegerade ärenden/delgivningar A. Delegationsbeslut ...
# B. Delgivningar 1. ..."): the item's text, not its title.
_LETTERED_POINTS = re.compile(r"\s+(?=[aA][.)]\s+[A-ZÅÄÖ].*?\s[bB][.)]\s+[A-ZÅÄÖ])")
# A line below a blank one that opens with a lettered point ("b) Anmälan av handikapprådets protokoll" under "15 a)
# Anmälan av protokollsjustering", Stockholm's Socialnämnd on insynsverige's page): the row's next point, no title's
# words going on in lower case.
_LETTERED_POINT_LINE = re.compile(r"[a-h][.)]\s+[A-ZÅÄÖ]")
# A paper's name in brackets ending a list row, what its link says ("(Avsägelse Lessebo)", "(Förslag till mall för
# arkivreglemente version 04)"): two words or more, the first a capitalised word, no case number, code or
# publication's number in it ("(HKF 9010)", "(SOU 2018:74)", "(KS 2016. 488)"), perhaps the row's full stop after it.
# A bracket left open to the row's end holds such names too ("(Restid Sydarkivera, Protokollsutdrag från ... §18").
_PAPER_NAME_AT_END = re.compile(r"\s+\((?=[A-ZÅÄÖ][a-zåäö]{3,}\s)(?![^()]*(?:\d[:/.]\s?\d|\b[A-ZÅÄÖ]{2,}\s\d))"
                                r"[^()]+\)\.?$")
_PAPER_NAMES_LEFT_OPEN = re.compile(r"\s+\((?=[A-ZÅÄÖ][a-zåäö]{3,}\s)[^()]+$")
# The page's own list of a meeting's attached papers, headed so ("Bilagor 23 oktober").
_ATTACHMENTS_LABEL = re.compile(r"Bilagor\b")
# A list's section heading run on after a row's title, its last words (a heading of a closed set, capitalised after
# the title's small word, number or stop: no gold title of any round ends so), or a heading of two words by a slash
# and the rows under it run on too ("Information/Rapporter Almi Företagspartner ..."; "Yttranden", "Internt",
# "Anmälningar", Regionförbundet Uppsala län's sections).
_SECTION_HEADING_IN_ROW = re.compile(r"(?<=[a-zåäö0-9).])\s+(?:(?:Yttranden|Internt)$"
                                     r"|(?:Information\s?/\s?[Rr]apporter|Anmälningar)(?:\s+[A-ZÅÄÖ].*)?$)")
# One question, alone, closing a row's head ("Hur ska lönerna ... höjas?").
_QUESTION_CLOSING = re.compile(r"[^.!?]{3,200}\?")
# A list's row as one sentence closed by its stop: no stop before a capital inside it, short ("Kostpolicy.").
_ROW_CLOSED_BY_STOP = re.compile(r"(?:(?!\.\s+[A-ZÅÄÖ]).){3,250}(?<![.\s][a-zåäö])(?<!\.\.)\.")
# A title's closing abbreviation: "... m.m.", "... m.fl." (what a plan's or a sale's matter ends with; not "o.dyl.",
# "etc.", which close a notice's sentence: "... undvik starka dofter i parfym o.dyl.", Luleå).
_ABBREVIATION_AT_END = re.compile(r"(?<![\wåäö])m\.\s?(?:m|fl)\.$")
_SENTENCE_IN_TITLE = re.compile(r"(?<=[a-zåäö0-9)])\s+(?=[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö])")
# A run-on §'s title ended by its own full stop, the §'s text after it: "Kf 71 Information från ordförandena.
# Kommunstyrelsens ordförande lämnar ..." (Nora; Kinda's, Falkenberg's titles end so). The word before the stop is
# a whole word, no abbreviation ("kv.", "m.fl.").
_SENTENCE_AFTER_PERIOD = re.compile(r"(?<=[a-zåäö)][a-zåäö)][a-zåäö)]\.)\s+(?=[A-ZÅÄÖ][a-zåäö])")
_WORD_THEN_SENTENCE = re.compile(r"^(?P<title>[A-ZÅÄÖ][a-zåäö]{5,})\s+(?=[A-ZÅÄÖ][a-zåäö]+(?:\s+[\wåäö(),/-]+){5,}\.$)")
# (Or the presenter's organisation or office capitalised between commas, the presenting verb right after it: "Johan
# Skeri, PwC, presenterar ..." (Vindeln), "Siv Jansson, Komrev, föredrar ..." (Sala), "Åsa Trolle, Chef för
# Hjälpmedelscentralen, föredrar ..." (Gemensamma nämnden upphandling sjukvårdsprodukter).)
_PRESENTER_OPENS_TEXT = re.compile(r"(?<=[\wåäö)])\s+(?=" + _PERSON_WORD + r"\s" + _PERSON_WORD + r",\s+(?:[a-zåäö]+\b"
                                   r"|[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,2},\s+(?:informerar|informerade|redogör"
                                   r"|redogjorde|föredrar|föredrog|presenterar|presenterade)\b))")
_PRESENTS = re.compile(r"\b(?:informerar|informerade|redogör|redogjorde|föredrar|föredrog|berättar|berättade"
                       r"|presenterar|presenterade)\b")
_COMPACT_CASE = re.compile(r"[A-ZÅÄÖ]{2,5}\d{6,8}")
# A §'s text whose subject, the body's name, the extraction lost, its verb straight after the title: "Kulturstipendium
# 2014 ska utse ...", "... Åsele 1:81, 1:137 och 1:138 beslutade 2010-09-28", "... för kommunerna i Uppsala län
# beslutar att avsätta ..." (Surahammar, Åsele, Tierp, Orkelljunga). No title goes on so but in a clause of its own
# ("Motion om att vår stads namn skall stavas ...") or with a participle ("Uppdrag beslutade av regionfullmäktige").
# The subject is lost, not named: the word before the verb is no capitalised name nor a body's word ("... Miljö- och
# byggnadsnämnden beslutade delegera", Hultsfred), nor is the word after it ("... upptagna ärenden föreslår
# ordföranden att", Hofors: the word order after an adverbial).
_VERB_OF_A_LOST_SUBJECT = re.compile(r"(?<=[a-zåäö\d)])\s+(?:beslutar|beslutade|beslöt|föreslår|föreslog|ska|skall)"
                                     r"\s+(?!av\b)(?P<next>\S+)")
# The decision's own verb so, opening the text cut from the head's title: "beslutar som extra ärende hantera ..."
# (in the present: the meeting's decision; "beslutade", "beslöt" an earlier one's, "föreslår" a proposal).
_LOST_SUBJECT_AFTER_TITLE = re.compile(r"beslutar\s+[a-zåäö]")
# A body named, then its decision's verb in the present ("Regionstyrelsen antecknar skrivelserna ...",
# "Kommunstyrelsen föreslår ...", "Miljönämnden godkänner ..."), after a title's last word: a sentence, the proposal or
# decision, no title's words. No gold title of the 509 tuning documents holds one; the texts of 24 tuning organisations
# write such sentences (Region Halland's run onto its rows' titles).
# (A body of two words too, "Tekniska nämnden bifaller initiativet och ger ...", Västerås; "Kultur- och
# fritidsnämnden avstyrker ...", and a proposal's other deciding verbs.)
_BODY_DECIDES_IN_TITLE = re.compile(r"(?<=[a-zåäö0-9)])\s+(?=(?:[A-ZÅÄÖ][\wåäö-]*(?:" + _DEFINITE_BODY_WORDS
                                    + r")|[A-ZÅÄÖ][a-zåäö]+\s+(?:" + _DEFINITE_BODY_WORDS + r")"
                                    r"|[A-ZÅÄÖ][a-zåäö]*-\s+och\s+[a-zåäö]*(?:" + _DEFINITE_BODY_WORDS + r")"
                                    r"|Kommunfullmäktige|Regionfullmäktige|Landstingsfullmäktige)\s+"
                                    r"(?:godkänner|antecknar|utser|noterar|fastställer|antar|beslutar|föreslår|bifaller"
                                    r"|beviljar|medger|uppdrar|väljer|entledigar|tillstyrker|avstyrker|avslår"
                                    r"|återremitterar|delegerar|upphäver|överlämnar)\s)")
_SUBJECT_WORD = re.compile(r"[A-ZÅÄÖ].*|(?i:[\wåäö-]*(?:" + _DEFINITE_BODY_WORDS + r"|fullmäktige|ordföranden))")
# Words that open a clause of the title's own, whose verb it is: "om att ... ska", "där kommunen har ... ska".
_CLAUSE_WORDS = r"\b(?i:att|som|där|när|hur|vad|vilka|vilken|vilket|ifall)"
_CLAUSE_WORD = re.compile(_CLAUSE_WORDS + r"\b")
_CLAUSE_WORD_AT_END = re.compile(_CLAUSE_WORDS + "$")
# A contents row's end: the case number written year first, perhaps the registry's classification, and
# the pages ("2021/178 6 - 7" Falkenberg, "2020/8 042 4 - 5" Borgholm, "2011/80 35" Ängelholm), or that
# number alone on the line under the title. A lone page has at most two digits: "2020/219 286" may be a
# number and its classification as well as a number and its page.
_CONTENTS_NUMBER = re.compile(r"(?:^|\s+)(?P<number>(?:19|20)\d\d/\d{1,6})(?:\s+(?P<code>\d{3}))?"
                              r"\s+(?:[1-9]\d{0,2}\s*-\s*[1-9]\d{0,2}|[1-9]\d?)$")


def _contents_number(match: re.Match) -> str | None:
    """The number a contents row ends with, its classification too, as written; none for a span of
    years ("Budget 2019/2020 5")."""
    if not _year_first_end(match.group("number")):
        return None
    return f"{match.group('number')} {match.group('code')}" if match.group("code") else match.group("number")


_YEAR_FIRST_ALONE = re.compile(r"^(?:19|20)\d\d/\d{1,6}$")
# An agenda row ending with its case number written year first, digits only ("Interpellationer 2015/9"):
# trusted only where three rows of the list end so (a number column), never a span of years ("2019/2020").
_YEAR_FIRST_END = re.compile(r"(?:^|\s+)(?P<number>(?P<year>(?:19|20)\d\d)/(?P<serial>\d{1,6}))$")
# An agenda's Dnr column printed without its label, in any form a label makes trusted (common.COLUMN_NUMBER: "2018/6",
# "2015/263-KS", "1.6-0463/2011", "2013KS001", as Heby, Tidaholm, Västerås, Stockholm's nämnder, Östhammar number
# their cases): opening the row before its title ("1. 2018/6 Delegationsbeslut"), in brackets ending it
# ("Delegationsbeslut (2018/6)") or ending it ("Delegationsbeslut 2015/263-KS"). Read only where three rows of the
# list set a case number so (a column), never one row's alone; no gold title of any round opens with a number, nor ends
# with one bracketed so. Never two years ("2019/2020", a season) nor a period of one ("1/2019").
_COLUMN_LEAD = re.compile(r"^\s*(?P<number>" + COLUMN_NUMBER + r")\s+(?=[A-ZÅÄÖ])")
_COLUMN_BRACKETED = re.compile(r"\s*\((?P<number>" + COLUMN_NUMBER + r")\)\s*$")
_COLUMN_END = re.compile(r"\s(?P<number>" + COLUMN_NUMBER + r")\s*$")
_LABEL_BEFORE = re.compile(r"(?i:\b" + LABEL + r")\.?:?\s*$")  # a labelled number is the labelled readers'
# A publication series' code right before a number ("enligt SFS 2011:927"): the number is the publication's.
_PUBLICATION_BEFORE = re.compile(r"\b" + PUBLICATION.pattern + r"[ -]?$")
_LABEL_OPENING = re.compile(r"(?i:" + LABEL + r")\b")
_ANOTHER_NUMBER_BEFORE = re.compile(r"(?:^|\s)" + COLUMN_NUMBER + r"\s*(?:,|och|&|samt)?\s*\(?$")
_YEARS_OR_PERIOD = re.compile(r"(?P<first>(?:19|20)\d\d)[/-](?P<last>(?:19|20)?\d\d)|\d{1,2}/(?:19|20)?\d\d")
_COLUMN_NUMBERS_NEEDED = 3


def _column_number(text: str, where: re.Pattern) -> re.Match | None:
    """The list's unlabelled Dnr cell where `where` finds it in a row's head (see _COLUMN_LEAD); None for years, a
    publication, a label's number."""
    match = where.search(text)
    if match is None:
        return None
    number = match.group("number")
    if _LABEL_BEFORE.search(text[:match.start("number")]) or _LABEL_OPENING.match(number):
        return None  # "Dnr 2015/9", "..., dnr 2015/9": the label's own (and "Dnr" is no registry's code)
    if PUBLICATION.match(number) or _PUBLICATION_BEFORE.search(text[:match.start("number")]):
        return None  # "(SOU 2012:94)", "enligt SFS 2011:927": what the matter is about, no registry's number
    if _ANOTHER_NUMBER_BEFORE.search(text[:match.start()]):
        return None  # "... Smedshagen. 7-742-2011 och 5-744-2011": two numbers in the cell, neither told the row's
    years = _YEARS_OR_PERIOD.fullmatch(number)
    if years and (not years.group("first") or years.group("last") in {
            str(int(years.group("first")) + 1), str(int(years.group("first")) + 1)[2:]}) \
            or is_span_of_years(number):
        return None  # ("2017/27" is a case number: a season's second year follows its first)
    return match


_YEAR_FIRST_INSIDE = re.compile(r"\s(?P<number>(?:19|20)\d\d/\d{1,6})(?=\s+\S)")
# A body's code and its paragraph after a number ("2013/12 Ks 178, 22 september 2015"): a step the matter took,
# a column's of its own, so the number before it may be another row's (Heby's column set after its titles).
_STEP_AFTER = re.compile(r"\s+[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]{1,5} §?\s?\d{1,4}(?![\d:.])")
_YEAR_FIRST_NUMBER = re.compile(r"(?<![\w/])(?:19|20)\d\d/\d{0,6}(?![\w/])")
# Three words or more in capitals ending a title in normal case (see item()).
# A row's columns of codes run on after its title, before its case number: the handläggare's initials, the unit, the
# body preparing it ("Direktiv till AU som politisk ledningsgrupp för regionfrågan OFB GC AU RD 2015/59", Region
# Dalarna's kommunalförbund; Lindesberg's unit "AKK" and Orkelljunga's "KLK" stand in their rows too): no gold title
# of any round (2399) ends with two such codes. A protocol's § too: "... Falkenbergs Bostads AB. KS KS, KF" (the Dnr
# column's code, its number lost, then the bodies the matter goes to, Falkenberg; no gold title of 5713 ends so). Not a
# company's name and its form ("Ägardirektiv för KEAB AB").
_CODES_AT_END = re.compile(r"(?<=[a-zåäö0-9).])(?:,?\s+[A-ZÅÄÖ]{2,4}){2,}(?<!\s[AHK]B)$")
# Such a run of codes right before a row's case number, its registry's prefix perhaps with a series letter ("... OFB
# EB AU RD 2015/176", "... OFB EB AU RD U 2015/61"): the list's code columns, whose words (_code_column_words) may also
# break into a title the extraction wrapped around them ("... i Strukturfondspartnerskapet OFB EB för Norra
# Mellansverige AU RD 2015/176").
_CODES_BEFORE_NUMBER = re.compile(r"(?<=[a-zåäö0-9).] )((?:[A-ZÅÄÖ]{2,4}\s+){2,})(?=[A-ZÅÄÖ]{2,4}\s?(?:[A-ZÅÄÖ]\s)?"
                                  r"(?:19|20)\d\d/\d)")
# A list's note on a row's papers run on after its title ("Va-taxa 2015 Laholms kommun, information Inga handlingar",
# Laholmsbuktens VA, whose other copy sets "Inga handlingar", "Handling utdelas på sammanträdet" on lines alone), or
# on its paragraph's justering ("... för Svenskt Vatten Omedelbart justerad 46", the row's page after the note, the
# next page's number perhaps too, where the copy lost the lines between).
_PAPERS_NOTE_AT_END = re.compile(r"\s+(?:Inga handlingar|" + PAPERS_HANDED_OUT
                                 + r"|Omedelbart justerad|Omedelbar justering)(?:\s+\d{1,3}){0,2}$")
_PAPERS_STAR = re.compile(r"\s?\*(?:\s|$)")  # the list's mark that papers go with a row: "Ekonomirapport 2014 *"
_CODE_RUNS_NEEDED = 2  # rows whose case numbers follow such a run: a column, not one title's capitals


def _code_column_words(lines: list[Line]) -> frozenset[str]:
    """The words of a list's code columns (_CODES_BEFORE_NUMBER) where two rows or more give them; empty else."""
    runs = [m.group(1).split() for line in lines for m in _CODES_BEFORE_NUMBER.finditer(line.stripped)]
    return frozenset(word for run in runs for word in run) if len(runs) >= _CODE_RUNS_NEEDED else frozenset()


def _code_column_cut(title: str, words: frozenset[str]) -> str:
    """A title without the list's code-column words (see _code_column_words) the extraction set inside it: a run of
    two such words or more anywhere, and one alone at its end (not after a word that leaves the title open, "Rapport
    från AU"); one alone inside ("Direktiv till AU som ...") is the title's own."""
    if not words:
        return title
    tokens = title.split()
    kept: list[str] = []
    at = 0
    while at < len(tokens):
        end = at
        while end < len(tokens) and tokens[end] in words:
            end += 1
        if end - at >= 2 and (at > 0 or end < len(tokens)):
            at = end
            continue
        kept.append(tokens[at])
        at += 1
    if len(kept) >= 2 and kept[-1] in words and not " ".join(kept[:-1]).endswith(_OPEN_ENDINGS):
        kept.pop()
    return " ".join(kept) if kept else title


_CAPITALS_AT_END = re.compile(r"(?<=[a-zåäö0-9)])(?:\s+[A-ZÅÄÖ][A-ZÅÄÖ./-]+){3,}$")
# A labelled note under an agenda row's title, its label capitalised with its colon, glued to the word before it
# where the extraction lost the line break: "Utskottsbeslut: i enlighet med ...", "Föredragande: ...".
_ROW_NOTE_LABEL = re.compile(r"(?:(?<=\s)|(?<=[a-zåäö0-9”)]))[A-ZÅÄÖ][a-zåäö]{3,}:(?=\s)")
# A wrapped title's last words, in lower case, no more than three ("händelser").
# A year may end them ("arbetsmiljöarbete 2021", "annan kommun 2021": a plan's or a budget's year).
_TITLE_WORDS_WRAPPED = re.compile(r"^[a-zåäö][\wåäö-]*(?: [a-zåäö][\wåäö-]*){0,2}(?: (?:19|20)\d\d)?$")


def _years_span(number: str) -> bool:
    """"2019/2020", "2015/16": a season or budget year's span, never a case ("... kontroller för 2020/2021 års")."""
    year, _, serial = number.partition("/")
    following = str(int(year) + 1)
    return serial in {following, following[2:]}


def _year_first_inside(text: str) -> re.Match | None:
    return next((m for m in _YEAR_FIRST_INSIDE.finditer(text) if not _years_span(m.group("number"))), None)


# A standing item's page in the papers after it ("1. Upprop 2 2. Val av justerare 3 ...", Vallentuna's list, the page
# column dropped later): no part of the item's name.
_PAGE_AFTER_FORMALITY = re.compile(r"(?<=[a-zåäö])\s+\d{1,3}$")
# A prefixed case number at a row's end, perhaps its page after it ("... för föreningsbidrag SOCN/2019:1 3").
_CASE_NUMBER_AND_PAGE_AT_END = re.compile(r"\s(?P<number>" + CASE_NUMBER.pattern + r")(?:\s+[1-9]\d{0,2})?$")


def _year_first_end(text: str) -> re.Match | None:
    match = _YEAR_FIRST_END.search(text)
    following = str(int(match.group("year")) + 1) if match else ""
    if match and match.group("serial") in {following, following[2:]}:
        return None  # "Budget 2019/2020", "Säsongen 2015/16": years, not a case
    return match


# A dot leader and a page number always end a contents row's title: what follows them is the next row run on ("Ekonomi
# och budgetuppföljning... 3 Sbn", the next row's code; "Övriga ärenden...12 Sbn"; its number, "Muntliga
# informationer... 4 2", Sollefteå; the leaders of Bjuv's, Hudiksvall's, Alingsås' and Arvika's rows end theirs). No
# gold title of 3,718 in tuning holds a leader followed by a number, so the title is cut at the leader.
_LEADER_PAGE_RUN_ON = re.compile(r"\s*(?:\.{3,}|…+)\s*\d{1,3}(?!\d)(?:\s.*)?$")
# A number after a title's closing full stop ("Meddelande och delegationsbeslut. 181", the list's last row run on
# with the first §'s number below it): the next row's number or page, never the title's; no gold title of 3,700 in
# tuning ends with a full stop and a number.
# (After a word of four letters at least: "s. 98" is a page's reference, the title's own.)
_NUMBER_AFTER_FULL_STOP = re.compile(r"(?<=[a-zåäö]{4})\.\s+\d{1,4}$")
# A condition set under a row after a dash ("Ändrad bolagsordning ... AB - under förutsättning av kommunstyrelsens
# beslut den 28 september 2018"): a note on when the matter is dealt with, no part of its name; no gold title of 3,718
# in tuning holds "under förutsättning".
_CONDITION_AFTER_TITLE = re.compile(r"\s+[-–]\s*under\s+förutsättning\s+(?:av|att)\b.*$", re.IGNORECASE | re.DOTALL)
# A contents list's row code ("Sbn" of "... 3 Sbn 56 ...") standing after a leader and page on three rows at least: a
# title ending with it has the next row's code run on where its page was lost ("Partneringprojekt Fas Sbn 81 ...");
# no gold title of 3,718 in tuning ends with a code its list's rows open with.
# (a leader is matched from its first dot only: started inside a long run of dots it would be tried
# once per dot, each try running to the run's end, quadratic on a 200,000-dot line)
_LEADER_PAGE_CODE = re.compile(r"(?<![.…])(?:\.{3,}|…+)\s*\d{1,3}\s+([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5})\s+\d{1,4}\b")
_LIST_START = re.compile(ocr_tolerant(r"^(föredragningslista|dagordning|ärenden?|ärendelista|innehållsförteckning|"
                         r"ärenden?\s+att\s+behandla"
                         # a web notice's sentence heading the list: "Ärenden som kommer att behandlas" (Uppvidinge),
                         # "Följande ärenden behandlas vid sammanträdet" (Norrköping), "De ärenden som ska behandlas
                         # under mötet är:" (Lund)
                         r"|(?:de\s+)?ärenden\s+som\s+(?:kommer\s+att\s+|ska\s+|skall\s+)?behandlas"
                         r"(?:\s+(?:vid\s+sammanträdet|under\s+mötet|på\s+mötet))?(?:\s+är)?"
                         r"|följande\s+ärenden\s+(?:kommer\s+att\s+|ska\s+)?behandlas"
                         r"(?:\s+(?:vid\s+sammanträdet|under\s+mötet|på\s+mötet))?)\s*:?$"), re.IGNORECASE)
# A web page's sentence announcing the list of one meeting, its date in it perhaps: "Kommunstyrelsen behandlar följande
# ärenden på sammanträde den 8 september 2021." (Nora), "Följande ärenden tas upp vid nämndens möte den 3 maj:",
# "På sammanträdet den 4 april behandlas följande ärenden:". One sentence alone on its line, the list under it.
_LIST_ANNOUNCED = re.compile(
    r"^(?=[^.:]{0,80}\bföljande\s+ärenden\b)(?=[^.:]*\b(?:behandla[rs]?|behandling|tas\s+upp|tar\s+upp)\b)"
    r"(?=[^.:]*\b(?:sammanträde[tn]?|möte[t]?)\b)[^:!?]{10,160}?[.:]?$", re.IGNORECASE)
_MEETING_DATE_LABEL = re.compile(ocr_tolerant(  # the head's labels, a scan's "Daturn" too (text.ocr_tolerant)
    r"^(sammanträdesdatum|sammanträdesdag|mötesdatum|datum|tid|dag och tid|tid och plats|plats och tid|när"
    r"|sammanträde)\b"
    r"|sammanträder"),
    re.IGNORECASE,
)
# What ties a date in a sentence or run-on text to a meeting: a meeting word or a body's name before it
# ("Kommunfullmäktige måndag den 28 februari 2022", "kallas härmed till sammanträde måndagen den ...",
# the document's own name: "PROTOKOLL 1 (50) 2014-04-15", not "meddelar i protokoll den 6 december"),
# or its hour after it ("Måndagen den 12 oktober 2015 kl 10:00"). A date with none of these is some other
# day the text names: a member's resignation ("avsäger sig den 18 oktober 2022"), the day the kallelse
# was signed ("Kommunkansliet fredagen den 2 februari 2018 Jan Glimstedt (L) ordförande").
_MEETING_BEFORE_DATE = re.compile(r"(?i:sammanträd|\bmöte|\bkallas\b|\bkallelse|föredragningslista|dagordning"
                                  r"|ärendelista|fullmäktige|(?<!läns)styrelse|nämnd|utskott)|\b(?:Protokoll|PROTOKOLL)")
# A day named with its weekday whose sentence goes on to name the meeting, words written small between ("På onsdag den
# 25 november 2020 kan du följa kommunfullmäktiges sammanträde via direktsändning", Sjöbo's web notice).
_MEETING_LATER_IN_SENTENCE = re.compile(r"(?:\s+[a-zåäö][\wåäö-]*){1,8}?\s+(?:sammanträde[tn]?|sammanträder|mötet)\b")
_HOUR_AFTER_DATE = re.compile(r"^,?\s*(?i:kl\.?\s*)?\d{1,2}[.:]\d{2}|^,?\s*(?i:kl)\b")
# A meeting's day named without its year near a meeting word ("På måndag den 12 juni sammanträder
# kommunstyrelsen", "Detta beslutas i kommunstyrelsen 12 juni").
# (A two-day meeting by its first day: "sammanträder den 19-20 juni", never its second day alone.)
_MEETING_DAY_NO_YEAR = re.compile(r"\b(?<!\d[-–])(?<!\d\s[-–]\s)(?P<day>\d{1,2})(?:\s?[-–]\s?\d{1,2})?\s+(?P<month>"
                                  + "|".join(MONTHS) + r")\b(?!\s+\d{4})", re.IGNORECASE)
_MEETING_WORD_NEAR_DAY = re.compile(r"sammanträd|beslutas", re.IGNORECASE)
# A web page's stamp of its own day before a date: "Artikeln publicerades" (Bjurholm), "Sidan publicerad" (Bräcke),
# "Publicerad", "Uppdaterad den", "Sidan publicerades" (Dorotea's, Mönsterås', Region Sörmland's, Falköping's pages).
_PAGE_STAMP_BEFORE = re.compile(r"(?i:publicerad(?:es|e)?|uppdaterad(?:es)?)(?:\s+den)?:?\s*$")
# A body's earlier decision told with its day ("Nämnden beslutade den 21 februari 2014, paragraf 7", Fagersta;
# "Kommunstyrelsens arbetsutskott beslutade den 6 maj 2008", Kumla; "remitterade den 21 april 2008", Arboga): the
# step the matter took before, never the day of the meeting whose document this is.
# (A paper's own date so too: "godkänna utlåtande (bilaga 2), daterat 2014-04-01", Halmstad's copy site title, a
# sentence of the decision: "daterad", "daterat", "daterade", "dat.".)
_DECIDED_ON = re.compile(r"\b(?:beslutade|beslöt|remitterade|behandlade|dater(?:ad|at|ade)|dat\.)\s+(?:den\s+)?$",
                         re.IGNORECASE)
# A period's bound before a date ("Månadsrapport per den 30 november 2016", Skellefteå's nämnd; "Delårsrapport per
# 2015-08-31", "uppföljning till och med den 30 april", "gäller från och med 1 januari 2019"): a report's or a rule's
# day, never the meeting's (51 tuning texts of many organisations write such bounds).
_PERIOD_BOUND_BEFORE = re.compile(r"\b(?:per|till och med|t\.?\s?o\.?\s?m\.?|från och med|fr\.?\s?o\.?\s?m\.?)"
                                  r"\s+(?:den\s+)?$", re.IGNORECASE)
_HEAD_BODY_LINES = 25  # the head's lines with text that a body named alone on its line is read from
_WEB_NOTICE_LINES = 25  # the lines with text of a web page's head that may name the meeting's body in a sentence
_HEAD_DATE_LINES = 30  # the head's lines with text that meeting_date reads
_SHORT_DATED_LINE = 40  # a head's line this short ("Regionstyrelse 2019-05-08", "KF 2015-11-16 nov") is a heading


def _tied_to_meeting(text: str, date: FoundDate) -> bool:
    """Whether an unlabelled date in `text` is a meeting's by what stands around it."""
    if _PAGE_STAMP_BEFORE.search(text[max(0, date.start - 30):date.start]):
        return False  # "Artikeln publicerades 13 oktober 2022": the web page's own day, even as a heading
    if _DECIDED_ON.search(text[max(0, date.start - 30):date.start]):
        return False  # "Nämnden beslutade den 21 februari 2014, paragraf 7": an earlier decision's day, a step
    if _PERIOD_BOUND_BEFORE.search(text[max(0, date.start - 30):date.start]):
        return False  # "Månadsrapport per den 30 november 2016": a report's period, not the meeting's day
    if len(text) <= _SHORT_DATED_LINE or not text[:date.start].strip():
        return True  # a heading, or a line the date opens ("2014-04-15 Kommunfullmäktige Plats och tid ...")
    return bool(_MEETING_BEFORE_DATE.search(text[max(0, date.start - 80):date.start])
                or _HOUR_AFTER_DATE.match(text[date.end:date.end + 12])
                or _weekday_named(text, date) and _MEETING_LATER_IN_SENTENCE.match(text, date.end))


def _weekday_named(text: str, date: FoundDate) -> bool:
    """Whether `date` is named with its weekday (inside the date's own text, "onsdag den 25 november 2020", or right
    before it), never a deadline's ("senast fredagen den 10 juni")."""
    day = re.search(r"\d", date.text)
    opening = date.text[:day.start()] if day else ""
    return bool(_WEEKDAY_BEFORE.search(text[:date.start] + opening))


# A day and month whose year is not printed, perhaps its weekday before it: "Onsdagen den 27 februari", "14 mars".
_DAY_NO_YEAR = (WEEKDAY_BEFORE_DATE + r"(?:den\s+)?(?P<day>\d{1,2})\s+(?P<month>" + "|".join(MONTHS)
                + r")(?![\wåäö])(?![\s,.]*(?:19|20)\d\d)")
# The meeting's own label right before such a day: "Tid: Onsdagen den 27 februari, kl. 18.00" (Trosa),
# "Sammanträdesdatum: 14 mars".
_LABELLED_DAY_NO_YEAR = re.compile(
    # (not the justering's "Justeringens plats och tid Måndagen den 16 januari", Eskilstuna; a date glued before the
    # label, "2013-02-19Tid:", Trosa's run-together head)
    r"(?<![a-zåäö_])(?<!och )(?<!o )(?<!& )(?<!justeringens )(?<!justerings )(?<!justering )"
    r"(?:tid|datum och tid|dag och tid|sammanträdesdag|sammanträdesdatum)\s*:?\s*" + _DAY_NO_YEAR, re.IGNORECASE)


# The same day under its label alone on the line above, a form set one cell a line ("Tid" / "Tisdag den 9 juni,
# klockan 13" under "KALLELSE" / "Datum" / "2015-05-29", Katrineholm's bildningsnämnd; "Tid och plats" / "Onsdag den
# 26 juni", Orust).
_DAY_NO_YEAR_OPENING = re.compile(r"^" + _DAY_NO_YEAR, re.IGNORECASE)


def _labelled_day_without_year(head: list[Line]) -> tuple[int, int] | None:
    """The (month, day) the head's meeting label gives without a year (_LABELLED_DAY_NO_YEAR, or under its label
    alone on the line above, _DAY_NO_YEAR_OPENING), the first such; None without one."""
    label_above = False
    for line in head[:40]:
        found = _LABELLED_DAY_NO_YEAR.search(line.stripped) \
            or label_above and _DAY_NO_YEAR_OPENING.match(line.stripped)
        if found:
            return MONTHS[found.group("month").lower()], int(found.group("day"))
        if line.stripped:
            label_above = bool(_MEETING_LABEL_ALONE.match(line.stripped))
    return None


def announces_its_list(lines: list[Line]) -> bool:
    """Whether a sentence announcing a meeting's list (_LIST_ANNOUNCED) stands right above numbered rows counting on
    by one, three at least: a body's web page giving the coming meeting's agenda below its meeting days. The rows
    may stand run on in one line ("3. Förslag till internkontrollplan. 4. Ekonomirapport 2, juli. 5. ...", a copy
    that lost the page's line breaks): counted_run_rows cuts them apart as the kallelse reader does."""
    present = [(index, line) for index, line in enumerate(lines) if line.stripped]
    for at, (index, line) in enumerate(present):
        text = line.stripped
        # (The word looked for first: a long plan's every line is asked.)
        if "renden" not in text and "RENDEN" not in text or not _LIST_ANNOUNCED.match(text):
            continue
        below = [x for _i, x in present[at + 1:at + 12]]
        rows = [x.stripped for x in counted_run_rows(below, protocol=False) or below]
        numbers = [int(m.group("n")) for x in rows[:11] if (m := _NUMBERED.match(x))]
        if len(numbers) >= 3 and all(b == a + 1 for a, b in itertools.pairwise(numbers[:3])):
            return True
        # The same list with its numbers lost (the page's list bullets, dropped by a copy): three plain rows or more
        # right under the sentence, as split_bullet_rows reads them.
        if len(_plain_rows(lines, index + 1, meetings=True)) >= PLAIN_ROWS:
            return True
    return False


def _announced_date(head: list[Line]) -> str | None:
    """The date, year and all, in the sentence right above the list announcing it (_LIST_ANNOUNCED: "Kommunstyrelsen
    behandlar följande ärenden på sammanträde den 8 september 2021."): that meeting's, whatever other days the page
    names (its body's meeting days for the year, the day a rule was decided); None without one."""
    for line in [x for x in head if x.stripped][-2:]:
        if _LIST_ANNOUNCED.match(line.stripped):
            dates = find_dates(line.stripped)
            return dates[0].iso if len(dates) == 1 and dates[0].iso else None
    return None


# A day set as an appointment, its weekday before it and its hour after it ("Måndagen den 14 juni klockan 18.00 på
# Lindgården", Fagersta's notice under its heading "Kommunfullmäktige sammanträder"): the meeting's day however far the
# meeting's word stands from it; never a deadline's ("senast fredagen den 10 juni kl 12.00").
_WEEKDAY_BEFORE = re.compile(r"(?<!senast )(?<![\wåäö])(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?"
                             r"\s+(?:den\s+)?$", re.IGNORECASE)
_HOUR_AFTER = re.compile(r"\s+(?:klockan|kl\.?)\s*\d{1,2}[.:]\d{2}", re.IGNORECASE)


def _other_meeting_day(head: list[Line], iso: str) -> bool:
    """A head naming the meeting's day and month without a year, other than `iso`'s: a date standing alone
    at its top (a web page's publication day, '2023-06-09') is then not the meeting's."""
    return _other_meeting_day_line(head, iso) is not None


def _other_meeting_day_line(head: list[Line], iso: str) -> int | None:
    """The number of the first line of `head` that names the meeting's day and month without a year, other than
    `iso`'s (_other_meeting_day); None where none does."""
    for line in head[:30]:
        text = line.stripped
        for match in _MEETING_DAY_NO_YEAR.finditer(text):
            near = text[max(0, match.start() - 60):match.end() + 60]
            appointed = _WEEKDAY_BEFORE.search(text, 0, match.start()) and _HOUR_AFTER.match(text, match.end())
            if not _MEETING_WORD_NEAR_DAY.search(near) and not appointed:
                continue
            month = MONTHS[match.group("month").lower()]
            if (int(iso[5:7]), int(iso[8:10])) != (month, int(match.group("day"))):
                return line.number
    return None


# (Not common's "approved" date label, which takes "justering" anywhere in a line to tell a date's role: read as the
# head's label lines, it loses Östersund's kommunfullmäktige approved-on date to a second date, tried in review25.)
_APPROVED = re.compile(
    r"justeringsdatum|justeringsdag|justeringstid|justerat|justerad|"  # "Justeringsdag: 2013-04-10" (Älvsbyn)
    r"justering(?:ens|s)? (plats och tid|tid och plats|plats ?/ ?tid|tid ?/ ?plats|tid)|"
    r"protokollet (justerades|justeras|justerat)|datum för justering|^justering\b|justeringen ägde rum|"
    r"(tid och plats|plats och tid|tid) för justering|"
    r"^justeringens\b",  # "Justeringens Ledningskontoret den 6 december 2004" / "plats och tid": the label split
    re.IGNORECASE,
)
# A body's kind alone in the indefinite form ("Nämnd Sammanträdesdatum" / "Kommunfullmäktige 2019-06-18": the anslag
# form's label row, Botkyrka, Hörby; "Nämnd/styrelse" in Lekeberg's, Staffanstorp's forms): a label, no body's name.
_BARE_KIND_WORD = re.compile(r"(?i:nämnd|styrelse|utskott|organ)")
# A notice's own label right before its value, nothing between ("Datum då anslaget sätts upp 2018-10-24", "Anslags
# uppsättande: 2013-09-17"), unlike the anslag's sentence run on into the organ's row ("genom anslag Direktionen vid
# Nerikes Brandkår 2015-05-28").
_NOTICE_LABEL_RIGHT_BEFORE = re.compile(r"(?:sätts upp|sattes upp|uppsättande|upprättande|anslagsdatum|publicerat|"
                                        r"publiceras)\s*:?\s*(?:den\s+)?$", re.IGNORECASE)
# A field's label glued to its value, a capital inside a word ("InstansMiljö- och byggnämnden"): no body's name.
_LABEL_GLUED_TO_NAME = re.compile(r"[a-zåäö][A-ZÅÄÖ]")
# ("t o m" without its periods too: "Anslagstid" / "2015-09-25 t o m 2015-10-12", Östersund)
_UNTIL = re.compile(r"(?:\btill och med|\bt\.?\s?o\.?\s?m\.?)(?:\s+den)?\s*$", re.IGNORECASE)


def _justering_value_below(text: str) -> bool:
    """Whether a line is a form's place-and-date value (_PLACE_AND_DATE), its place no body's name: "Kommunstyrelsens
    arbetsutskott 2015-05-25" under a label is the anslag box's organ row, its meeting's date."""
    match = _PLACE_AND_DATE.match(text)
    return bool(match) and not (match.group("place") and bodies_in(match.group("place")))


def _after_a_body(text: str, at: int) -> bool:
    """Whether a body's name ends right before `at` in `text` ("... Kommunstyrelsen 2013-09-02")."""
    before = text[max(0, at - 60):at].rstrip(" ,:")
    return any(before.endswith(name) for _, name in bodies_in(before))


def _notice_weeks_apart(first: str | None, then: str | None) -> bool:
    """Whether two full dates lie as far apart as an anslag's time on the board does (two to eight weeks: three
    weeks by law, counted in various ways)."""
    if not first or not then or "?" in first + then:
        return False
    return 14 <= (datetime.date.fromisoformat(then) - datetime.date.fromisoformat(first)).days <= 56


_GLUED_DATE = re.compile(r"(?<=[a-zåäö])(?=(?:19|20)\d\d-\d\d-\d\d\b)")
# "2019-01-30-2019-02-20": a period's two dates glued by its dash (Falköping's anslag), given its spaces back.
_GLUED_PERIOD = re.compile(r"(?<=(?:19|20)\d\d-\d\d-\d\d)[–-](?=(?:19|20)\d\d-\d\d-\d\d\b)")


_LABEL_HEAD_AT_END = re.compile(r"\bJusteringens (?:plats och|tid och)$", re.IGNORECASE)


# The anslag's box by its heading (common.ANSLAG_BOX_HEADING); its cells within so many lines.
# (Or its first label alone on its line, the heading dropped as a page's furniture: "Sammanträdesdatum:".)
_ANSLAGS_BOX_HEAD = re.compile(ANSLAG_BOX_HEADING + r"|^(?:sammanträdesdatum|sammanträdesdag)\s*:?$", re.IGNORECASE)
_ANSLAGS_BOX_LINES = 25


def _notice_in_the_anslags_box(lines: list[Line], meeting_date: str | None) -> str | None:
    """The day the anslag went up, read from an anslag's box whose cells stand one a line, labels before values: the
    box's lines joined, its labels in order given the dates that stand together after them (agendarows._TABLE_LABEL,
    as _tabled_dates reads a run-on row). Only where the
    values agree with what an anslag is: the box's meeting date the meeting's own, the notice on or after it, and the
    day it is taken down two to eight weeks later (the time on the board); else None."""
    filled = [x for x in lines if x.stripped]
    for at, line in enumerate(filled):
        if not _ANSLAGS_BOX_HEAD.search(line.stripped):
            continue
        joined = " ".join(x.stripped for x in filled[at:at + _ANSLAGS_BOX_LINES])
        run = _DATE_RUN.search(joined)
        labels = list(_TABLE_LABEL.finditer(joined[:run.start()])) if run else []
        dates = find_dates(run.group()) if run else []
        if not labels or len(labels) != len(dates) or len({label.lastgroup for label in labels}) != len(labels):
            continue  # (each label once, as many as the dates standing together after them)
        roles = {label.lastgroup: date.iso for label, date in zip(labels, dates, strict=True)}
        notice, down, held = roles.get("notice"), roles.get("down"), roles.get("meeting")
        if not notice or "?" in notice or not held or held != meeting_date or notice < held \
                or not _notice_weeks_apart(notice, down):
            continue
        return notice
    return None


def _join_split_labels(lines: list[Line]) -> list[Line]:
    """'Justeringens' / 'plats och tid': a form's label broken over two lines is one label."""
    joined: list[Line] = []
    for line in lines:
        previous = joined[-1] if joined else None
        if previous is not None and previous.stripped.lower() == "justeringens" \
                and re.fullmatch(r"(?i:plats och tid|tid och plats)", line.stripped):
            joined[-1] = Line(previous.number, f"{previous.stripped} {line.stripped}")
            continue
        if previous is not None and _LABEL_HEAD_AT_END.search(previous.stripped) and re.match(
                r"(?:tid|plats)\b", line.stripped):
            # "Justeringens plats och" / "tid Kommunhuset , 2018-04-03 10:00" (Bollebygd, Hudiksvall; Söderhamn
            # breaks it after 'Justeringens'): the justering's label goes on on the value's line, whose 'tid'
            # is not the meeting's.
            joined[-1] = Line(previous.number, f"{previous.stripped} {line.stripped}")
            continue
        if previous is not None and re.search(r"[a-zåäö]{2}-$", previous.stripped) and line.stripped[:1].islower() \
                and not find_dates(previous.stripped) \
                and any(p.search(previous.stripped[:-1] + line.stripped) for p in (_APPROVED, _NOTICE, _NOTICE_DOWN)) \
                and not any(p.search(previous.stripped) for p in (_APPROVED, _NOTICE, _NOTICE_DOWN)):
            # "Datum för anslagets upp-" / "sättande 2016-06-02 Datum för anslagets" (Vara): a label's word split at
            # the line's end by a hyphen; joined whole, the label reads its date.
            joined[-1] = Line(previous.number, previous.stripped[:-1] + line.stripped)
            continue
        # "Justeringens plats och" / "tid Kommunledningsförvaltningen, 2020-09-21", "Datum då anslaget" /
        # "publiceras 2020-09-21": a label whose last words went on to the line of its value.
        if previous is not None and line.stripped[:1].islower() and not find_dates(previous.stripped):
            both = f"{previous.stripped} {line.stripped}"
            # (The value's line may go on with the form's next label: "Datum för anslagets" / "uppsättande 2011-01-17
            # Datum för anslags nedtagande ...", Årjäng: only its words before its first date are asked.)
            dates = find_dates(line.stripped)
            value_line = line.stripped[:dates[0].start] if dates else line.stripped
            if not any(p.search(x) for p in (_APPROVED, _NOTICE, _NOTICE_DOWN)
                       for x in (previous.stripped, value_line)) \
                    and any(p.search(both) for p in (_APPROVED, _NOTICE, _NOTICE_DOWN)):
                joined[-1] = Line(previous.number, both)
                continue
            if dates and not previous.stripped.endswith((".", "!", "?", ":")) \
                    and any(p.search(previous.stripped) for p in (_APPROVED, _NOTICE)) \
                    and not any(p.search(value_line) for p in (_APPROVED, _NOTICE, _NOTICE_DOWN)):
                # "Att tillkännagivande om justeringen av detta protokoll har anslagits på stadens" / "anslagstavla
                # den 14 januari 2015, intygar:" (Lidingö's anslag, its lines wrapped): the label's sentence goes on
                # to its date on the next line, which names no label of its own.
                joined[-1] = Line(previous.number, both)
                continue
        if previous is not None and line.stripped[:1].islower() and find_dates(previous.stripped):
            # "Sammanträdesdatum 2017-11-27 Datum för anslags" / "uppsättande 2017-11-29 Datum för anslags
            # nedtagande ..." (Pajala; Simrishamn's "... 2006-10-04 Datum för" / "anslags nedtagande", Haninge's
            # "Sammanträdesdatum 2020-03-30 Datum då anslaget" / "sätts upp"): a form's row of labels and values
            # whose last label broke over the line's end, after another label's date; joined where a label of
            # the justering or the notice spans the break, each date then read by its nearest label.
            both, at = f"{previous.stripped} {line.stripped}", len(previous.stripped)
            if any(m.start() < at < m.end() for p in (_APPROVED, _NOTICE, _NOTICE_DOWN) for m in p.finditer(both)):
                joined[-1] = Line(previous.number, both)
                continue
        joined.append(line)
    return joined


# A body named as the one addressed or belonging, not the one meeting: "till kommunstyrelsen", "ledamöter i".
# A body named as the agent of a passive decision ("beslutas av kommunfullmäktige"): the body that decides, not the one
# whose document it is.
_DECIDED_BY = re.compile(r"\b(?:beslutas|beslutade?s?|avgörs)\s+av\s+$", re.IGNORECASE)
_ADDRESSED = re.compile(r"\b(?:till|för|från|med|hos|av|i|om|inom|under|enligt)\s+$", re.IGNORECASE)


# An agenda's page column ("Sida", "Föredragning /sidan") read onto its rows' titles: "Avtal för
# fastighetsförvaltning 17". Never a number that belongs to the title ("etapp 2", "del 3", "kap. 4").
_TITLE_PAGE = re.compile(r"(?<=\S)\s+(?P<page>\d{1,3})$")
# In a page column, a row's pages may be a span: "Revidering av taxa 4-10" (as Orust's list gives "s. 4-19").
_TITLE_PAGES = re.compile(r"(?<=\S)\s+(?P<page>\d{1,3})(?:\s*[-–]\s*\d{1,3})?$")
# (So a matter's own count in the singular, "Fråga 1", "Interpellation 2", "Motion 3", rising from row to row as a page
# column would; not a plural, "Anmälan av medborgarförslag 2", Munkedal's row and its number in the list's column.)
_NUMBERED_WORD_END = re.compile(r"\b(?i:del|delar|etapp|fas|steg|nr|nummer|kap|kapitel|punkt|bilaga|avsnitt|"
                                r"kvarteret|kv|version|tertial|kvartal|område|linje|väg|lss|sol|"
                                r"fråga|interpellation|motion|ärende)\.?$")


def _a_page_column(ends: Sequence[tuple[object, re.Match]], *, distinct: int) -> bool:
    """Whether rows' last numbers (_TITLE_PAGE's) are a page column: three rows at least, their pages never going
    back from row to row, `distinct` pages or more among them."""
    pages = [int(match.group("page")) for _, match in ends]
    return len(ends) >= 3 and all(a <= b for a, b in itertools.pairwise(pages)) and len(set(pages)) >= distinct


_OPEN_BRACKET_END = re.compile(r"\s*\($")


_PROPOSAL_IN_ROW = re.compile(r"(?<!medborgar)förslag", re.IGNORECASE)


def _drop_open_bracket_ends(parsed: list[ParsedItem]) -> None:
    """A title that ends with a bracket opened and nothing in it ("... (SOU 2012:94) (", "... Per Rostad (C) (") lost
    what the bracket held (its case number, read apart as a number the reader could not take whole): the bracket is
    none of the title's. No gold title of any round ends with an open bracket, nor does any tuning reading."""
    for item in parsed:
        title = item.matter.title or ""
        if title.endswith("(") and (cut := _OPEN_BRACKET_END.sub("", title)):
            item.matter.title = cut


# A row's page reference in the papers whose number the site lost ("Avsägelser, s", "Taxa, s. 6-7"): no title
# ends with a lone "s" after a comma.
_LOST_PAGE_REFERENCE = re.compile(_PAPERS_PAGE_CELL + r"\.?$")  # (the cell _GROUP_HEADING reads before a heading)


def _drop_lost_page_references(parsed: list[ParsedItem]) -> None:
    """Where two rows at least end with a page reference (", s", its number lost by the site: Höganäs's list gives
    "..., s" for each row), the reference is none of the titles'. No gold title of any round ends so."""
    ends = [item for item in parsed if _LOST_PAGE_REFERENCE.search(item.matter.title or "")]
    if len(ends) < 2:
        return
    for item in ends:
        if cut := _LOST_PAGE_REFERENCE.sub("", item.matter.title or "").strip():
            item.matter.title = cut


# A run of bare numbers ending a title: a column of the list's numbers run onto its last row ("Förvärv av ...,
# Bergsäter 4 5 6 7 8 9 10 11 12", Munkedal's register, its paragraph column set after the rows).
_NUMBER_RUN_AT_END = re.compile(r"(?:\s+\d{1,3}){3,}$")


def _drop_number_runs_of_titles(parsed: list[ParsedItem]) -> None:
    """A title that ends with three numbers or more, each one more than the one before ("... 4 5 6 7"), ends before
    them: a list's column of numbers, none of the title's. No gold title of any round ends with such a run."""
    for item in parsed:
        title = item.matter.title or ""
        found = _NUMBER_RUN_AT_END.search(title)
        numbers = [int(n) for n in found.group().split()] if found else []
        if numbers and all(b == a + 1 for a, b in itertools.pairwise(numbers)) \
                and len(title[:found.start()].split()) >= 2:
            item.matter.title = title[:found.start()].rstrip(" ,")


def _next_rows_cut_off_titles(parsed: list[ParsedItem]) -> None:
    """A row's title holding the next row's number, standing alone before a title in capitals ("Hälsningsanförande 155
    Kallelse/kungörelse 158" for § 154: a short list line no layout reader cut), or ending the last row read (the
    excerpt cut the next row's title after its number: "Meddelanden 23" for § 22): the title ends before it, the
    rows after it are none of its words. Numbers from 10 up (a small one may be a title's own: "etapp 4")."""
    for at, item in enumerate(parsed):
        own = re.search(r"\d{1,3}$", item.key)
        title = item.matter.title or ""
        # (not a one-digit number: a title's own, "Detaljplan för Norra hamnen etapp 4" for row 3)
        if own is None or not title or int(own.group()) + 1 < 10:
            continue
        following = str(int(own.group()) + 1)
        ending = r"|\s*$" if at == len(parsed) - 1 else ""
        # (after a word in small letters or a closing mark: not a code's number, "Yttrande över KS 42 Remiss ...")
        found = re.search(r"(?<=[a-zåäö)?!\"”])\s+" + following + r"(?=\s+[A-ZÅÄÖ][\wåäö]" + ending + ")", title)
        if found:  # (a word before it: the look-behind asks for one)
            item.matter.title = title[:found.start()].rstrip(" ,")


# A name and a role after it, as a row of those present opens ("Tuula Milz, rektor", "Anna Berg, t f förvchef").
_PERSON_AND_ROLE = re.compile(r"^(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,3}),\s+[a-zåäö]")
# A row of those present: a name, a role, the § they were present at ("Tuula Milz, rektor § 79").
_ATTENDING_AT = re.compile(r"(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}),\s+[a-zåäö][\wåäö -]{2,40}"
                           r"\s+§\s*(?P<n>\d{1,3})")
# A case number's label alone ("Dnr"), the number after it cut: no title.
_LABEL_ONLY = re.compile(r"(?i:dnr|diarienr|diarienummer|ärendenr|ärendenummer)\.?:?")


# A list's column heads naming a page column last, run on with its first row ("Ärenden Sid 1. Justering - 2. ...", a
# copy site's run-on page): each row's last cell is its page.
_PAGE_COLUMN_HEAD = re.compile(r"\b(?i:ärenden?|nr|dnr|diarienr|diarienummer|föredragande)\s+(?i:sid|sida|sidan)\.?"
                               r"\s+1\.?\s+[A-ZÅÄÖ]")


def _drop_page_cells_of_titles(parsed: list[ParsedItem]) -> None:
    """Under a page column's head (_PAGE_COLUMN_HEAD) a number of three or more ending a row is its page cell, though
    too few rows kept theirs to show the column by its order (_drop_page_column_of_titles): "Svar på förlägganden
    för skolenheter till Skolinspektionen 7" (Jämtlands gymnasieförbund, the list's other pages lost). Not a number a
    word before it counts ("Etapp 3", "Delårsrapport 2"), nor a title of one word before it."""
    for item in parsed:
        title = item.matter.title or ""
        match = _TITLE_PAGE.search(title)
        if match and int(match.group("page")) >= 3 and len(title[:match.start()].split()) >= 2 \
                and not _NUMBERED_WORD_END.search(title[:match.start()]) \
                and not title[:match.start()].lower().endswith("rapport"):
            item.matter.title = title[:match.start()].rstrip(" ,")


# A presenter's name and the row's page after it, inside a row's title ("Förvärv av mark vid Mickelbacken, Gällö Bengt
# Flykt 13. (del av Gällön 2:32 ...)"): a table with a presenter column and a page column copied as text sets the
# title's first line, then those two cells, then the title's second line.
_PRESENTER_AND_PAGE = re.compile(r"(?<=\S)\s+(?P<name>" + _PERSON_WORD + " " + _PERSON_WORD + r")"
                                 r"\s+(?P<page>\d{1,3})\.?(?=\s|$)")


# A list's column heads naming a presenter column and a page column on a line of their own ("Ärende Föredragande
# Sida"), or run on with the first row (_PAGE_COLUMN_HEAD).
_PRESENTER_AND_PAGE_HEADS = re.compile(r"\b(?:Föredragande|FÖREDRAGANDE|Föredr\.)\s+(?i:sid|sida|sidan|sidnr)\b")


def _drop_presenter_and_page_cells(parsed: list[ParsedItem], presenters: set[str]) -> None:
    """Under a list's heads naming a presenter column and a page column, the cells "<first name> <surname> <page>"
    inside rows' titles are the columns', not the titles' words, where what proves it holds: three rows or more
    carry such cells, their pages never going back from row to row, two pages or more (the columns' shape), or the
    rows' names are presenters' (one standing in two such rows or more, or one the list's other rows gave as theirs:
    `presenters`), their pages never going back. The title's words after the cells (its second line) are kept."""
    found = [(item, match) for item in parsed
             if (match := _PRESENTER_AND_PAGE.search(item.matter.title or ""))]
    if not _a_page_column(found, distinct=2):
        names = [match.group("name") for _, match in found]
        found = [(item, match) for item, match in found
                 if names.count(match.group("name")) >= 2 or match.group("name") in presenters]
        if any(int(a.group("page")) > int(b.group("page")) for (_, a), (_, b) in itertools.pairwise(found)):
            return
    for item, match in found:
        title = item.matter.title or ""
        before, after = title[:match.start()].rstrip(), title[match.end():].strip()
        # (a comma before the cells is the title's own where its words go on after them: "förskola, kök")
        item.matter.title = f"{before} {after}" if after else before.rstrip(" ,")


# The row's own number opening its title again ("10 Återtagande av beslut ...", row 10 of a list whose number and title
# stand on one line, its number read from the line above, where the page of row 9 stands alone: Katrineholm's list):
# printed twice, not the title's. No gold title of the tuning half opens with its own row's number.
_OWN_NUMBER_OPENING = re.compile(r"^(?P<n>\d{1,3})\.?\s+(?=[A-ZÅÄÖ])")


def _earlier_step_cell(lines: list[Line], at: int, paragraph: re.Match, items: list[Item]) -> bool:
    """Whether a kallelse's line holding a body's code and a § alone ("AU § 15", "OFU § 224") is a cell of the list's
    column of earlier steps, no item: the list's rows numbered as points run already ("2. Vägbidrag" above it,
    Tranemo's list, its column of the utskott's §§ flattened onto lines of their own), and no title stands after
    the §. A § heading its title, or a list of §§ (a protocol's, an agenda numbered by §), opens an item still, as
    does one heading an attached protocol's extract ("SAMMANTRÄDESPROTOKOLL" / "2015-11-16" / "KS § 87" / "Dnr KS
    48/2015", Hallsberg's kallelse)."""
    if not (lines[at].stripped[:1].isalpha() and not paragraph.group("rest").strip() and items
            and all(item.key.startswith("punkt ") for item in items)):
        return False
    before = [x.stripped for x in lines[max(0, at - 3):at] if x.stripped]
    after = next((x.stripped for x in lines[at + 1:] if x.stripped), "")
    return not any(PROTOCOL_WORDS.search(x) or _DATE_ONLY.match(x) for x in before) \
        and not _LABEL_ONLY.match(after.split()[0] if after.split() else "")


def _drop_page_column_of_titles(parsed: list[ParsedItem]) -> None:
    """An agenda's rows that end with their page in the papers (a "Sida" column: Oxelösund's "Nr DiarieNr
    Ärendemening Föredragning /sidan"; Borgholm's, Norberg's, Vaxholm's, Ånge's and Oskarshamn's lists of
    items give each row's page so too): where three rows at least end with a bare number, those numbers
    never going back from row to row and rising at least twice, the numbers are pages, not the titles'."""
    ends = []
    for item in parsed:
        match = _TITLE_PAGES.search(item.matter.title or "")
        if match and not _NUMBERED_WORD_END.search(item.matter.title[:match.start()]):
            ends.append((item, match))
    if not _a_page_column(ends, distinct=3):
        return
    for item, match in ends:
        title = item.matter.title[:match.start()].rstrip(" ,")
        if len(title.split()) >= 1:
            item.matter.title = title


def _drop_rows_their_paragraphs_repeat(parsed: list[ParsedItem]) -> None:
    """A protocol's contents row read without a number ("Innehållsförteckning Delegationsärenden 2 Information 3 ...":
    the numbers after the titles may be pages) whose § the text goes on to print, with that very title: the § is the
    matter, the row no second one (its number, page or §, is not told; the § head tells it). Only a row that states
    nothing the § does not."""
    titled = {_title_key(item.matter.title): item for item in parsed if item.key and item.matter.title}

    def repeated(item: ParsedItem) -> bool:
        paragraph = titled.get(_title_key(item.matter.title)) if not item.key and item.matter.title else None
        return paragraph is not None and item.matter.case_number in (None, paragraph.matter.case_number)

    parsed[:] = [item for item in parsed if not repeated(item)]


def _title_key(title: str | None) -> str:
    return " ".join((title or "").split()).casefold()


# A time of the agenda's day inside a row's title, the cells after it a presenter, a length or the next time ("...
# Tallbackaskolan 08:35 Isa Eriksson", "... vattenverksamhet 09:00 Linda Öhman 30 min", "... 2018 Omedelbar justering
# 10:00 10:15 Paus", Nynäshamn's "Ärende Start" list, each row's start and presenter run on after the row before it).
_TIME_CELL_IN_TITLE = re.compile(r"\s+(?P<time>" + _CLOCK + r")(?=\s+(?:" + _PERSON_WORD + r"|\d{1,3}\s*min\b|"
                                 + _CLOCK + r")|\s*$)")


def _drop_time_column_of_titles(parsed: list[ParsedItem]) -> None:
    """An agenda's column of times run on into its rows' titles (see _TIME_CELL_IN_TITLE): where three rows at least
    hold a time after two words of title, those times never going back from row to row and three of them distinct,
    they are the list's time column, and each row's title ends before its time (a note then closing it, "Omedelbar
    justering", is the agenda's note: _AGENDA_NOTE). A title's own time stands in one row, never in a rising run."""
    cells = []
    for item in parsed:
        title = item.matter.title or ""
        cell = next((m for m in _TIME_CELL_IN_TITLE.finditer(title)
                     if _title_stands_before(title[:m.start()])), None)
        if cell:
            cells.append((item, cell))
    minutes = [int(cell.group("time")[:-3]) * 60 + int(cell.group("time")[-2:]) for _, cell in cells]
    if len(cells) < 3 or any(a > b for a, b in itertools.pairwise(minutes)) or len(set(minutes)) < 3:
        return
    for item, cell in cells:
        title = item.matter.title[:cell.start()].rstrip(" ,")
        while _AGENDA_NOTE.search(title):
            title = _AGENDA_NOTE.sub("", title).strip(" ,")
        item.matter.title = title


# A code in capitals opening a title, a capitalised word after it: "KSAU 177 KLK Information om Europakorridoren ..."
# (Orkelljunga's §§, the unit's code before each title).
_CODE_OPENING = re.compile(r"^(?P<code>[A-ZÅÄÖ]{2,5})\s+(?=[A-ZÅÄÖ])")


def _drop_code_column_of_titles(parsed: list[ParsedItem]) -> None:
    """Where three titles or more open with the same code in capitals, a capitalised word after it, the code is a
    column of the list or the § heads (the unit preparing the matter: Orkelljunga's "KLK" on each §), no word of the
    titles: no gold document of any round has even two titles opening with the same such code (a title's own
    abbreviation, "IT-policy", "EU ...", "LSS ...", opens one title, not a column of them)."""
    openings: dict[str, list[tuple[ParsedItem, re.Match]]] = {}
    for item in parsed:
        match = _CODE_OPENING.match(item.matter.title or "")
        # (A title written in capitals, "SVAR PÅ MOTION OM ...", opens with its own word: a code stands before a
        # title written in lower case, as the golds' codes do.)
        if match and any(c.islower() for c in item.matter.title[match.end():]):
            openings.setdefault(match.group("code"), []).append((item, match))
    for rows in openings.values():
        if len(rows) >= 3:
            for item, match in rows:
                item.matter.title = item.matter.title[match.end():]


# A letter opening a title, a capitalised word after it: "6 A Återrapport; Utvärdering av LOV hemtjänst" (Östhammar).
_LETTER_OPENING = re.compile(r"^(?P<letter>[A-Z])\s+(?=[A-ZÅÄÖ][a-zåäö])")


def _drop_letter_column_of_titles(parsed: list[ParsedItem]) -> None:
    """Where three titles or more open with a letter alone and the letters, row after row, count on from A (A, B, C
    ...), the letters are a column of the list (Östhammar's socialnämnd marks the rows it decides on so, between rows
    without a letter), no word of the titles: the list teaches the column by its own order. A title's own first
    word of one letter ('I samband med', a spaced 'A vsiktsförklaring') opens one title, never a run from A."""
    rows = [(item, match) for item in parsed if (match := _LETTER_OPENING.match(item.matter.title or ""))]
    if len(rows) >= 3 and "".join(match.group("letter") for _, match in rows) == string.ascii_uppercase[:len(rows)]:
        for item, match in rows:
            item.matter.title = item.matter.title[match.end():]


# A list's column head for each row's kind, information or decision ("Ärende Info/beslut Handling", Regionförbundet
# södra Småland; "Beslut/information"), and that column's cell run on after a row's title ("Rapporter från externa
# uppdrag Information").
_KIND_COLUMN_HEAD = re.compile(r"\b(?:Info(?:rmation)?\s?/\s?[Bb]eslut|Beslut\s?/\s?[Ii]nfo(?:rmation)?)\b")
_KIND_CELL_AT_END = re.compile(r"\s+(?:Information|Info|Beslut|Diskussion)\.?$")


def _drop_kind_column_of_titles(parsed: list[ParsedItem]) -> None:
    """Where the list heads a column for each row's kind (_KIND_COLUMN_HEAD), the column's value after a title is no
    word of it: "Rapporter från externa uppdrag Information" is the row "Rapporter från externa uppdrag" for
    information (two words of title at least left; a title's own "information" after a comma is written in lower
    case, "Va-taxa 2015, information")."""
    for item in parsed:
        title = item.matter.title or ""
        cell = _KIND_CELL_AT_END.search(title)
        if cell and _title_stands_before(title[:cell.start()]):
            item.matter.title = title[:cell.start()].rstrip(" ,")


_SERIES_LETTER_NUMBER = re.compile(r"^[A-ZÅÄÖ] (?:19|20)\d\d/\d+$")  # "U 2015/61": a series letter, then the number
_REGISTRY_PREFIX = re.compile(r"^(?P<prefix>[A-ZÅÄÖ]{2,4}) (?:19|20)\d\d/\d+$")  # "RD 2015/176"


def _registry_prefix_rejoined(parsed: list[ParsedItem]) -> None:
    """A case number read as a series letter and its number ("U 2015/61") where the row's title ends with the
    registry's prefix that the list's other case numbers open with ("Projektansökan RD", the others "RD 2015/176"):
    the prefix is the number's, set apart by the series letter ("RD U 2015/61"), no word of the title."""
    prefixes = Counter(m.group("prefix") for item in parsed
                       if (m := _REGISTRY_PREFIX.match(item.matter.case_number or "")))
    for item in parsed:
        title, number = item.matter.title or "", item.matter.case_number or ""
        words = title.split()
        if _SERIES_LETTER_NUMBER.match(number) and len(words) >= 2 and prefixes[words[-1]] >= 2:
            item.matter.case_number = f"{words[-1]} {number}"
            item.matter.title = " ".join(words[:-1])


# The number a page opens with: the site's page number or the page's own mark ("2 Kungörelse 2 (2) ...", "2(2)
# Ärendelista ...", "3 157 Information 3 a) ...").
_PAGE_OPENING_NUMBER = re.compile(r"^(?P<page>\d{1,3})(?=\s|\s?\(\d{1,3}\))")


def _pages_close_their_lines(lines: list[Line], index: int, page: int) -> bool:
    """Whether the text's line at `index` is a page run into one line that closes with its number `page`, as the
    lines before and after it close with theirs (page - 1, page + 1): a copy site's transcript, each page a line."""
    def closing(step: int) -> int | None:
        at = index + step
        while 0 <= at < len(lines) and not lines[at].stripped:
            at += step
        number = _TITLE_PAGE.search(lines[at].stripped) if 0 <= at < len(lines) else None
        return int(number.group("page")) if number else None
    return closing(-1) == page - 1 and closing(1) == page + 1


def _drop_page_number_of_title(result: ParsedItem, item: Item, lines: list[Line]) -> None:
    """A title that ends with the number of the page it stands on is given that page's number, set after it on the
    same line (the page's mark at its foot or in its head's right-hand corner): "... 23 Information angående
    äldreomsorgsutbyggnaden 2" closing page 2 (Hultsfred), "2(2) Ärendelista ... 135 Information 2" (Leksand), "3 157
    Information 3 a) ..." (Svalöv). Not a number that belongs to its word ("kvartal 2", Östhammar's on its page 2),
    nor one that is the item's own."""
    title = result.matter.title or ""
    end = _TITLE_PAGE.search(title)
    line = lines[item.line - 1] if 0 < item.line <= len(lines) else None
    page = _PAGE_OPENING_NUMBER.match(line.stripped) if end and line is not None and line.number == item.line else None
    if page is None and end and line is not None and line.number == item.line and line.stripped.endswith(title) \
            and _pages_close_their_lines(lines, item.line - 1, int(end.group("page"))):
        page = end  # "... 16 Meddelanden 17 Utbildning 2" closing page 2, pages 1 and 3 closed so (Höglandet)
    if page is None or page.group("page") != end.group("page") or int(page.group("page")) == item.number \
            or _NUMBERED_WORD_END.search(title[:end.start()]) or not title[:end.start()].strip():
        return
    result.matter.title = title[:end.start()].rstrip(" ,")


_ROLL_CALL_WORD = re.compile(r"^(?:[A-ZÅÄÖÉ][a-zåäöéüA-ZÅÄÖ-]+|ersätter|\d{1,3}(?:-\d{1,3})?[,.]?|och)$")
# A protocol's certificate of its posting opening a § title ("ANSLAG/BEVIS Protokollet är justerat ...", the
# heading's forms: common.ANSLAG_BOX_HEADING).
_ANSLAG_BOX = re.compile(r"^" + ANSLAG_BOX_HEADING)
# A protocol's own form, not a matter: its head's label for who decided ("Beslutande... 2", Eksjö's contents list;
# the label heads nearly every tuning protocol's attendance, "ÖVRIGA DELTAGARE", "Tjänstgörande ersättare" and
# "UNDERSKRIFTER" beside it, Kommunförbundet Norrbotten's caps heads) or a part of a §'s record ("Reservationer... 24",
# "Yrkanden... 23", Bollnäs' contents list; Danderyd, Hässleholm, Motala, Säffle, Sala, Tjörn, Trollhättan head parts
# of §§ so), perhaps with the contents list's leader and page; or a part of the protocol as a whole, as a contents
# list one row a line may list them ("Närvarolista ... 2", "Ärenden ... 3", "Bilagor ... 14", "Underskrifter ... 10").
# So too a label of the protocol's head and a heading of a §'s text, which a contents list lists with their pages
# ("Tid och plats... 39 Paragrafer... 39 Utses att justera... 39 Justeringens tid och plats... 39
# Innehållsförteckning... 41 20 Utredningsuppdrag ... 43 Redogörelse... 43 Handlingar... 44 ... Jäv... 48",
# Bollnäs; the head's labels as the tuning protocols print them, the §'s headings as their texts do).
# No tuning gold title is one of these words.
# A one-word title and a short capitalised phrase after it, the phrase a sentence (its full stop is the caller's test).
_SENTENCE_AFTER_KIND_WORD = re.compile(r"^\S+\s+(?=[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö,-]+){1,6}$)")
# A plan's or an account's "för" whose years were lost, a further row opening after it (agendarows' _YEAR_TAKER).
_YEAR_LOST_BEFORE_TITLE = re.compile(r"(?<=\s)" + _YEAR_TAKER.pattern + r"\s+för(?=\s+(?:"
                                     + "|".join(sorted(_KIND_WORDS)) + "|" + _STANDING_TITLES + r")\b)")
# (Not titleruns' ATTENDANCE_ROW, a paged list's row: "Närvaro", "Upprop" and "Ledamöter" alone are formalia here,
# read and noted so below; reading them here instead changes that note, tried in review25.)
_PART_OF_RECORD = re.compile(r"^(?i:beslutande|närvarande|övriga\s+(?:närvarande|deltagande|deltagare)"
                             r"|(?:ej\s+)?tjänstgörande\s+ersättare|reservation(?:er)?"
                             r"|yrkanden?|propositionsordning(?:ar)?|protokollsanteckning(?:ar)?|omröstning(?:ar)?"
                             r"|närvarolista|(?:protokollets\s+)?ärenden|bilagor|underskrifter|särskilda\s+yttranden"
                             # the head's labels ("ande": "Beslutande" its first part lost, as docplayer's copies of
                             # Bollnäs, Eksjö, Tierp and Region Jönköpings län print it)
                             r"|ande|(?:tid|plats)\s+och\s+(?:tid|plats)|sammanträdes(?:datum|dag)|paragraf(?:er(?:na)?)?"
                             r"|(?:utses\s+(?:att\s+)?|utsedda?\s+(?:att\s+)?)?justera(?:re|nde)?"
                             r"|justering(?:ens)?\s+(?:(?:tid|plats)\s+och\s+(?:tid|plats)|plats|tid|datum)"
                             r"|justeringsdatum|innehåll(?:sförteckning)?|sekreterare|ordförande"
                             r"|förvaringsplats(?:\s+för\s+protokollet)?"
                             # a §'s headings
                             r"|redogörelse|handlingar|jäv|beslutsunderlag|ärendebeskrivning|beskrivning\s+av\s+ärendet"
                             r"|sammanfattning(?:\s+av\s+ärendet)?|bakgrund|förslag\s+till\s+beslut|beslutsförslag"
                             r"|(?:besluts)?expediering|ärendets\s+beredning|skäl\s+för\s+beslut(?:et)?|motivering)"
                             r"(?:\s*\.{2,}\s*\d{1,3})?\.?$")
# A kallelse's welcome to the public, numbered as the list's first row ("1. Du är välkommen att besöka fullmäktiges
# sammanträden som är öppna för alla.", Täby): kallelser welcome the public so in Åsele, Götene, Köping, Mölndal,
# Orsa, Perstorp, Vetlanda ("Välkommen att lyssna ...", "Välkomna!"); no tuning gold title opens so.
# A row naming the meeting itself, its day and date ("Kommunfullmäktiges sammanträde Måndagen den 30 september", a
# kungörelse's heading numbered as its page's first line): the meeting the list is of, never a matter of it. No gold
# title of 3,718 in tuning names a meeting by its day so.
_MEETING_ITSELF = re.compile(r"^(?:\S+\s+){1,4}sammanträde\s+" + WEEKDAY_BEFORE_DATE + r"den\s+"
                             r"\d{1,2}\s+(?:" + "|".join(MONTHS) + r")\b", re.IGNORECASE)
# A host municipality's welcome, a numbered point of a förbund's meeting held there ("4. Välkommen till Oskarshamns
# kommun", Regionförbundet Kalmar län's kallelse and protocol, whose golds list it), is a matter: a welcome to a
# place, no greeting to the public.
_WELCOME = re.compile(r"^(?:(?:Du|Ni|Allmänheten)\s+(?:är|hälsas)\s+)?(?i:välkommen|välkomna)\b"
                      r"(?!\s+till\s+[A-ZÅÄÖ][\wåäö-]+\s+(?:kommun|stad|region|län)\s*\.?$)")
_NUMBERED_WELCOME = re.compile(r"^\d{1,2}\.\s+(?=" + _WELCOME.pattern[1:] + ")")


def _names_a_title(words: str) -> bool:
    """Whether what stands before a row's bracketed number can be its title: two words or more, or one capitalised
    word ("75 Backspegeln (Dnr 2017/00060)", Kunskapsförbundet Väst's list; one-word titles such as "Delegationsbeslut",
    "Meddelanden", "Budget" head rows in most tuning lists), never a stray mark or number alone."""
    split = words.split()
    return len(split) >= 2 or len(split) == 1 and split[0][:1].isupper() and split[0].isalpha()


def roll_call_row(title: str) -> bool:
    """Whether a § title is only members with their parties' letters (a roll call's row), no matter."""
    first = _PARTY_LABEL.search(title)
    if first is None or len(title[:first.start()].split()) < 2:
        return False
    return all(_ROLL_CALL_WORD.match(word) for word in _PARTY_LABEL.sub(" ", title).split())


# A list row's span of pages after the span of years its title ends with ("Val av nämndemän för åren 2020-2023 9 - 10").
_PAGE_SPAN_AFTER_YEARS = re.compile(r"(?<=\s)(?:19|20)\d\d\s?[-–]\s?(?:19|20)?\d\d"
                                    r"\s+[1-9]\d{0,2}\s?[-–]\s?[1-9]\d{0,2}$")
# A list row's case number written year first and its page after it, the row's columns ("2019/179 4", "2017/113 6").
_CASE_THEN_PAGE = re.compile(r"(?:^|(?<=\s))(?:19|20)\d\d/\d{1,6}\s+(?P<page>[1-9]\d?)(?:\s?[-–]\s?[1-9]\d?)?$")


def _drop_page_column_of_heads(items: list[Item]) -> None:
    """A protocol's list of paragraphs that gives each row's page after its title ("§ 283 Retroaktiv ansökan om
    LOK-stöd från Melleruds Innebandyklubb 3", Mellerud's Innehållsförteckning; Åmål's "KF 154 Hälsningsanförande 4
    KF 155 Kallelse/kungörelse 4 ... 5", Älvdalen's "Kungörelse 2 Revisorerna har ordet 3"): where three rows at
    least end with a bare number, those numbers never going back and rising at least once, they are pages, not
    the titles' (as _drop_page_column_of_titles reads an agenda's). Only rows with no text of their own below
    (a list's rows): a paragraph's heading is its title whole."""
    ends, seen = [], []
    for item in items:
        match = _TITLE_PAGES.search(item.head)
        own = [line.stripped for line in item.lines if line.stripped]
        # (After a word: a number after a case number's digits, "2020/215 020", is the registry's code; a span of
        # pages after a span of years is the row's pages, "... för åren 2020-2023 9 - 10", Övertorneå.)
        if match and (item.head[match.start() - 1].isalpha() or _PAGE_SPAN_AFTER_YEARS.search(item.head)) \
                and not match.group("page").startswith("0") \
                and not _NUMBERED_WORD_END.search(item.head[:match.start()]) and not own:
            ends.append((item, match))
            seen.append((item, match))
        elif page := _CASE_THEN_PAGE.search(item.head) if not own else \
                _CASE_THEN_PAGE.fullmatch(own[0]) if len(own) == 1 else None:
            # The row's case number and page in the list's columns after its title, on its line or the next
            # ("2019/179 4"): read as the row's case elsewhere; its page shows the column all the same.
            seen.append((item, page))
    if not _a_page_column(ends, distinct=2) and not (ends and len(seen) >= 4 and _a_page_column(seen, distinct=3)):
        return
    for item, match in ends:
        item.head = item.head[:match.start()].rstrip(" ,")


# A list's column head for who presents each row: "Föredragande" (Östhammar, Sotenäs, Trelleborg, Valdemarsvik),
# "Föredr." (Lindesberg), "Föredragning" (Oxelösund).
_PRESENTER_COLUMN = re.compile(r"\b(?:Föredragande|FÖREDRAGANDE|Föredr\.|Föredragning)(?=\s|$)")


def _repeated_names_at_ends(parsed: list[ParsedItem]) -> set[str]:
    """Under a presenter column's head, a first name and surname that ends two rows or more is the column's
    ("... Budget 2018, plan 2019-2021 Håkan Dahlqvist Margaretha Borgström", "Förlängning av avtal närvårdsenheten
    Håkan Dahlqvist", Östhammar): a title's own words do not end two rows alike."""
    counts: dict[str, int] = {}
    for item in parsed:
        title, seen = item.matter.title or "", set()
        while (end := _PERSON_AT_END.search(title)) and end.start() > 0:
            seen.add(end.group("name"))
            title = title[:end.start()]
        for name in seen:
            counts[name] = counts.get(name, 0) + 1
    return {name for name, count in counts.items() if count >= 2}


# Under a presenter column, a row's cell naming two presenters or more ("... SFI i samarbete med Eslöv Catharina
# Pålsson, Anna Frank", "... elevassistent Cecilia Palmqvist och Louice MacDonald", Höör), or one by a middle initial
# ("... maj 2018 Anna V Svensson"): each name a first name, perhaps an initial, and a surname ("MacDonald" as printed).
_COLUMN_SURNAME = r"(?:Ma?c)?" + _PERSON_WORD
_COLUMN_PERSON = _PERSON_WORD + r"(?:\s+[A-ZÅÄÖ]\.?)?\s+" + _COLUMN_SURNAME
_COLUMN_PERSON_AT_END = re.compile(r"(?P<joint>\s*,\s*|\s+och\s+|\s+)(?:" + _COLUMN_PERSON + r")$")


def _presenter_cells(title: str) -> int | None:
    """Where a presenter column's cell starts in a row's `title`: names joined by commas or "och" right after the
    title's own words (set off by a space, no comma, dash or preposition before the first: "Avsägelse av uppdrag som
    ersättare, Anna Berg" and "Information från Anna Berg och Per Ek" keep theirs); None where no such cell ends it."""
    start, names = len(title), 0
    while (end := _COLUMN_PERSON_AT_END.search(title[:start])) and end.start() > 0:
        start, names = end.start(), names + 1
        if not end.group("joint").strip():
            before = title[:start]
            if before.endswith((*_OPEN_ENDINGS, "–")) or len(before.split()) < 2:
                return None
            return start
    return None


def _name_runs_on(before: str) -> bool:
    """Whether a capitalised pair after `before` may go on the title's words: a capitalised word right before it (a
    name of three words or more, "Stiftelsen Tians Gård"; not a body's "VOHJS-nämnden", whose presenters follow it), or
    a word that leaves the title open ("efter", "och")."""
    last = before.split()[-1] if before.split() else ""
    return bool(re.fullmatch(r"[A-ZÅÄÖ][a-zåäöéü]+", last)) or f" {last}".endswith((*_OPEN_ENDINGS, " efter", " &"))


def _drop_presenters_of_titles(parsed: list[ParsedItem], presenters: set[str], column: bool = False) -> None:
    """A presenter the list names with a time (see _PRESENTERS_AND_TIME) ends other rows without one: "Mål och
    Budget 2017-2019 Sven Stengard" below "Ekonomisk uppföljning 2017 Sven Stengard 08:45" (Valdemarsvik).
    Only a name the same list gave so is taken off a title's end; under a presenter column whose list named three
    presenters or more so (`column`), any first name and surname ending a row is the column's too ("Information från
    Onyx näringslivsutveckling AB Hans Rainer" below "... Henny Larsson 8.30", "... Frida Appelkvist 9.30", Oxelösund;
    "Personärende Ing-Marie Hugg" among Östhammar's, whose other presenters end two rows each), or whose rows, three
    or more, end with one without a time (the column's cells as a list with no time column sets them); not one the
    title sets after a comma or dash ("Avsägelse av uppdrag som ersättare, Anna Berg")."""
    def cell(title: str) -> re.Match | None:  # a name ending the title that no comma, dash or preposition asks for
        end = _PERSON_AT_END.search(title)
        return end if end and end.start() > 0 and not title[:end.start()].endswith(
            (",", "-", "–", *_OPEN_ENDINGS[2:])) else None

    # (A short list under the column, two rows or more each ending with a name, gives the column's cells as well.)
    titled = [item for item in parsed if item.matter.title]
    named = sum(1 for item in titled if cell(item.matter.title) or _presenter_cells(item.matter.title) is not None)
    # (One row alone under the column, a name ending it, gives its cell too: "3. Information om projektet 8 fjordar
    # Nielas Åberg" the only row read under "Föredragningslista Föredragande", Uddevalla's OCR'd list.)
    anyone = column and (len(presenters) >= 3 or named >= 3 or named == len(titled) >= 1)
    for item in parsed:
        title = item.matter.title or ""
        # A second name the list names nowhere else, after a cell taken off, goes only where nothing before it could
        # make it the title's own: no capitalised word of a name it runs on from, nothing leaving the title open
        # ("... till Stiftelsen Tians Gård Erik Berg", "... Restaurang Sushi Odod Anna Andersson", "... utbildnings-
        # stiftelsen Bergsskolan efter Lars Tanner Erik Berg" keep theirs; "... november 2017 Margaretha Borgström
        # Torbjörn Nyqvist", Östhammar's cell of two presenters, the second named in other rows, does not).
        taken = False
        while (end := _PERSON_AT_END.search(title)) \
                and (end.group("name") in presenters
                     or anyone and (not taken or not _name_runs_on(title[:end.start()]))) \
                and end.start() > 0 and (end.group("name") in presenters or not title[:end.start()].endswith(
                    (",", "-", "–"))) \
                and not title[:end.start()].endswith(_OPEN_ENDINGS[2:]):  # "Avtal med Region Halland" keeps its own
            # (the row's cells before the name read off too: "Taxor för lokaluthyrning, au § 91 /bilaga - Marie
            # Steneland", her time given in other rows, Ljungby)
            title = row_cells_cut(title[:end.start()].rstrip(" ,"), cell_cut=True)
            taken = True
        if anyone and (cells := _presenter_cells(title)) is not None \
                and not (taken and _name_runs_on(title[:cells])):
            title = title[:cells].rstrip(" ,")
        paired = _FIRST_NAMES_AT_END.search(title) if anyone else None
        if paired and "&" in paired.group() and not title[:paired.start()].endswith(_OPEN_ENDINGS):
            # "... mål och budget 2015-2017 Magnus & Lisa" (Oxelösund): two presenters by first name, no time.
            title = title[:paired.start()].rstrip(" ,")
        item.matter.title = title or item.matter.title


_COLUMN_GOES_ON = re.compile(r"\s*[A-ZÅÄÖ]{1,8}[ -]?\d{2,4}[/.:-](?!\d)")
# Between two numbers of a flattened Dnr column: nothing, or the row's pages ("KS/2018:1264 s. 72-74 KS/2018:651").
_BETWEEN_NUMBERS_OF_A_COLUMN = re.compile(r"\s*(?:(?:s\.|sid\.?|sida)\s*\d{1,3}(?:\s*-\s*\d{1,3})?\s*)?")


# A Dnr cell of a flattened column holding two numbers of one registry, the second written without its code after a
# comma ("KA 2017/320 KA 2017/485 KA 2017/945, 2017/946 KA 2017/608", Sotenäs): one row's cell, kept as printed.
_SHARED_CODE_TAIL = re.compile(r",\s*(?:19|20)\d\d/\d{1,6}(?![\w/])")


def _column_cell_end(text: str, number: re.Match) -> int:
    """Where the Dnr cell in `text` that opens with `number` ends: after a second number sharing its code
    (_SHARED_CODE_TAIL) where one stands there, else after the number."""
    tail = _SHARED_CODE_TAIL.match(text, number.end())
    return tail.end() if tail else number.end()


def _numbers_after_their_rows(parsed: list[ParsedItem], runs: dict[int, list[str]]) -> None:
    """An agenda set as a table whose extraction sets a run of rows' titles first and their Dnr cells after
    the last of them ("5. Hyressättning ... 6. Antagande av mål ... KS/2018:1264 s. 72-74 KS/2018:651 s. 75-79"
    Orust; "7 Funktionshinderpolitiskt program 8 Policy för kameraövervakning KS 2015-282 KS 2016-1143"
    Linköping; Sotenäs' rows so too): where the rows since the last row with a number are exactly as many as
    the numbers, none of them with a number of its own, each row takes its number in order. Otherwise which
    row a number is of is not told, and none is given one."""
    for index, numbers in runs.items():
        start = index
        while start > 0 and not parsed[start - 1].matter.case_number and start - 1 not in runs:
            start -= 1
        rows = parsed[start: index + 1]
        if len(rows) != len(numbers) or any(row.matter.case_number for row in rows):
            continue
        if start == 0 or not parsed[start - 1].matter.case_number:
            continue  # the list's first rows, or rows after another run: where the column starts is not told
        for row, number in zip(rows, numbers, strict=True):
            row.matter.case_number = number
        parsed[index].matter.warnings[:] = [w for w in parsed[index].matter.warnings if "flera diarienummer" not in w]


_MEMBERS_CALLED = re.compile(r"\bLedamöter(?:na)? i\s+")


def _body_held_with(text: str, held: re.Match) -> tuple[str, str] | None:
    """The body named right after `held` ("sammanträde med", _MEETING_WITH; "Ledamöter i", _MEMBERS_CALLED) in
    `text`, in capitals or not."""
    words = text[held.end():held.end() + 80]
    return body_at_start(words[:1].upper() + words[1:].lower() if words.isupper() else words[:1].upper() + words[1:])


# The form's label right after a body opening a page's one line: the meeting's time, place or date.
_MEETING_LABEL_AFTER_BODY = re.compile(r"\s*(?:Tid|Plats|Datum|Sammanträdesdatum|Sammanträdesdag)"
                                       r"(?:\s+och\s+(?:tid|plats))?\s*:?\s")


def _page_opened_by_body_and_label(head: list[Line]) -> tuple[str, int] | None:
    """The body that opens the text or a page given as one run-on line (a copy's page, its furniture cut off), the
    form's label of its meeting's time, place or date right after it (_MEETING_LABEL_AFTER_BODY): the name and its
    line; else None."""
    first = next((line for line in head if line.stripped), None)
    for line in head[:25]:
        if not line.page_start and line is not first:
            continue
        named = bodies_in(line.stripped[:80])
        if named and named[0][0] == 0 and _MEETING_LABEL_AFTER_BODY.match(line.stripped, len(named[0][1])):
            return named[0][1], line.number
    return None


# The anslag block's organ, the body's name as the protocol's form writes it whole ("... Justeringen har
# tillkännagivits genom anslag. Organ: Förbundsstyrelsen för Regionförbundet i Kalmar län Sammanträdesdatum ..."; the
# label lost: "... genom anslag Språktolknämnden i Dalarna Datum för anslags uppsättande"). The golds write the
# body as this value says in every tuning text that has one (Bergslagens Miljö- och Byggnämnd, Kunskapsförbundet Väst,
# Samordningsförbundet Västra Skaraborg, Mora Orsa miljönämnd, ...; a municipality's name before it is its own's).
# The form's own heading before it, its label lost ("... Sammanträde ANSLAG Kommunstyrelsens arbetsutskott Datum
# Anslag sätts upp ...", Avesta), as the form's heading sets it (common.ANSLAG_BOX_HEADING: 'ANSLAG/BEVIS' ...).
_ANSLAG_ORGAN = re.compile(r"(?:\bOrgan\b\s*:?|\bgenom anslag\.?(?:\s+Organ\b\s*:?)?|\bANSLAG|"
                           + ANSLAG_BOX_HEADING + r")\s+"
                           r"(?P<name>[A-ZÅÄÖ][^\d:.;,()]{2,70}?)"
                           r"\s+(?:Sammanträdesdatum|Sammanträdesdag|Datum för anslag|Datum (?i:anslag))")
# The organ's value ending with its kind's word, a form's label after it: "VA-GIS nämnden Datum då anslaget ...".
_ORGAN_VALUE_BY_KIND = re.compile(r"(?P<name>(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*\s+){1,3}[a-zåäö-]*" + _BODY_KIND_DEFINITE
                                  + r")\s+(?:Datum|Sammanträdesdatum|Sammanträdesdag)\b")
_ORGAN_WORDS = 8
_FORM_LABEL_WORDS = {"plats", "tid", "datum", "förvaringsplats", "anslaget", "protokollet", "justeringen", "organ",
                     "paragrafer", "sekreterare", "ordförande", "underskrift", "beslutande"}


def _municipalitys_own(body: str) -> bool:
    """A municipality's or a region's own body, named without its place ("Kommunfullmäktige i Hofors")."""
    return body.lower().startswith(("kommun", "region", "landsting"))


def _organ_named_whole(body: str, head: list[Line]) -> str:
    """`body` as the anslag block's organ (_ANSLAG_ORGAN) names it whole, where the head read it by its kind's word
    alone: 'Förbundsstyrelsen' or 'Styrelsen' -> 'Förbundsstyrelsen för Regionförbundet i Kalmar län' (the kind's
    word, then 'för', 'i' or 'vid' and what it serves, named: 'Förbundsdirektionen vid NVK'), 'Miljönämnden' ->
    'Mora Orsa miljönämnd' (the places it serves before its kind's word, no genitive: 'Åtvidabergs kommunstyrelse' is
    the municipality's own)."""
    for line in head[:200]:
        for found in _ANSLAG_ORGAN.finditer(line.stripped):
            words = found.group("name").split()
            if len(words) > _ORGAN_WORDS or any(word.lower() in _FORM_LABEL_WORDS for word in words):
                continue
            committee = words[-1].lower().endswith(("utskott", "utskottet"))
            if committee and len(words) <= 3 and words[0].lower() == f"{body.lower()}s":
                # A committee of the body the head names: 'Kommunstyrelsens arbetsutskott' under a head
                # 'KOMMUNSTYRELSEN' (Avesta). The golds write an utskott's protocol as the organ names it in every
                # tuning text whose organ is one (Avesta, Bollebygd, Mellerud, Orust, Pajala, Ronneby, Simrishamn,
                # Staffanstorp), never as the board's.
                return " ".join(words)
            if _municipalitys_own(body):
                continue
            # What it serves is named, not told in a sentence: capitalised words, "i", "och", "län" (its last word too).
            named = all(word[:1].isupper() or word in ("i", "och", "län") for word in words[2:])
            served = len(words) >= 3 and words[1] in ("för", "i", "vid") and words[0].lower().endswith(body.lower()) \
                and named
            # (A genitive inside the name is its own, 'Västra Mälardalens Myndighetsförbund Förbundsdirektion'; the
            # word right before the kind's word in the genitive is an owner, 'Åtvidabergs kommunstyrelse'.)
            placed = len(words) >= 3 and definite(words[-1].lower()) == body.lower() and all(
                word[:1].isupper() for word in words[:-1]) and not words[-2].endswith("s")
            if served or placed:
                return " ".join(words)
    return body


# A body's name that goes on past its kind's word, as the text writes it again and again ("Miljönämnden östra
# Skaraborg beslutar ...", "... Organ Förvaringsplats för protokollet Miljönämnden östra Skaraborg Anslaget ...";
# "Samverkansnämnden miljö och bygg Protokoll 2018-06-05", its page heads "KOMMUN Samverkansnämnden miljö och bygg 1
# (1)"; "Nämnden för Laholmsbuktens VA" over its kallelse's pages): the golds write such a body whole.
_NAME_GOES_ON = re.compile(r"[A-Za-zåäöÅÄÖ-]+")
_NOT_A_NAMES_WORD = {"den", "att", "som", "med", "om", "på", "till", "har", "är", "av", "samt", "från", "enligt",
                     "inom", "under", "efter", "vid", "kl", "i", "beslut", "beslutar", "förslag", "ärende",
                     "ärenden", "ledamöter", "ersättare", "sida", "dnr", "information", "dag"} | _FORM_LABEL_WORDS


def _leading(counts: Counter[str], at_least: int) -> str | None:
    """The value counted `at_least` times or more and more often than any other; None where none is (a tie)."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < at_least or len(ranked) == 2 and ranked[1][1] >= ranked[0][1]:
        return None
    return ranked[0][0]


def _name_repeated_whole(body: str, head: list[Line], text: str) -> str:
    """`body` (its kind's word alone) with the words the text writes after it at least twice, the same each time and
    more often than any other: two words or more, lower-case nouns or capitalised names ('för' then names only),
    never a verb's form, a form's label, a number or the document's name ('Nämnden föreslår', 'Direktionen besluta',
    'Lönenämnden Postlokalen'). A place after 'i' is left: a municipality's own body is named without it. The name
    so whole must stand in the head too (its heading, its anslag form's organ)."""
    going_on: Counter[str] = Counter()
    printed: dict[str, str] = {}  # each name counted (small) -> as the text prints it
    for named in re.finditer(r"(?<![\wåäöÅÄÖ-])" + re.escape(body) + r"\s+", text, re.IGNORECASE):
        words: list[str] = []
        for word in text[named.end():named.end() + 80].split()[:5]:
            bare = word.rstrip(",.;:")
            lowered = bare.lower()
            if not _NAME_GOES_ON.fullmatch(bare) or AGENDA_WORDS.search(bare) or PROTOCOL_WORDS.search(bare) \
                    or lowered in _NOT_A_NAMES_WORD or _VERB_LIKE.match(lowered) or lowered.endswith("nde") \
                    or lowered == "och" and not words or words and words[0].isupper() and not bare.isupper():
                break  # (a name set in capitals ends with them: "SAMVERKANSNÄMNDEN MILJÖ OCH BYGG Samverkansnämnden")
            words.append(bare)
            if bare != word:
                break  # a comma or a full stop ends the name
        while words and words[-1].lower() in ("och", "för"):
            words.pop()
        if words and words[0].lower() == "för" and not all(word[:1].isupper() for word in words[1:]):
            continue  # ("Socialnämnden för kännedom"): after 'för' a name's capitals only
        if any(word.lower() in ("kommun", "kommuns", "stad", "stads") for word in words):
            continue  # ("Socialnämnden Östhammars kommun"): the municipality's own body, named with its place
        if len(words) >= 2:
            # (Counted whatever their case: a letterhead's "SAMVERKANSNÄMNDEN MILJÖ OCH BYGG" over its text's
            # "Samverkansnämnden miljö och bygg" is the same name; the first form not in capitals is the one given.)
            said = " ".join(words)
            if said.lower() not in printed or printed[said.lower()].isupper():
                printed[said.lower()] = said
            going_on[said.lower()] += 1
    name = _leading(going_on, 2)
    if name is None:
        return body
    name = printed[name] if not printed[name].isupper() else name  # (set in capitals only: written small, as the body)
    whole = f"{body} {name}"
    return whole if whole.lower() in _text(head).lower() else body


# A web notice's heading naming the meeting by one word, the body's name and the meeting's ("Kommunstyrelsemöte 20
# februari", Bräcke; "Kommunfullmäktigemötet 16/11", "kommunfullmäktigesammanträdet måndag den 17 juni 2024" as
# Lysekil's, Gnosjö's, Gnesta's and Ragunda's notices write it in their text): the body is the one that meets. Only
# the full names of a municipality's or a region's board and council: "Fullmäktigemötet" names no one council.
_DAY_AND_MONTH_ONLY = re.compile(r"\b\d{1,2}\s+(?:" + MONTH_WORDS + r")\b", re.IGNORECASE)
_BODY_IN_MEETINGS_NAME = re.compile(r"^(?P<body>(?:Kommun|Region|Landstings)(?:styrelse|fullmäktige))"
                                    r"(?:mötet?|sammanträdet?)(?![\wåäö])", re.IGNORECASE)


# The organisation a protocol's every page names in its running head before the document's word and the page's mark
# ("2 Hälsingerådet Protokoll 2 (18) Sammanträdesdatum ...", Hälsingerådet, a samverkansorgan whose head names no
# board): where no body is named, the golds write the organisation's own name so (Samordningsförbundet Sydnärke,
# Samordningsförbundet Västra Skaraborg, Kunskapsförbundet Väst, Norra Västmanlands Samordningsförbund by their
# anslag forms' organ; Hälsingerådet). A municipality's name heading its pages so is none ('LJUSNARSBERGS KOMMUN
# Protokoll 2 (9)', Norsjö, Ronneby, Säffle, Skellefteå, Västerås): names in capitals are not read, nor any naming
# a municipality, a region or a county.
_ORGANISATION_HEADING_PAGES = re.compile(r"^(?:\d{1,3} )?(?P<name>[A-ZÅÄÖ][a-zåäö][\wåäö-]*"
                                         r"(?: [A-ZÅÄÖ][a-zåäö][\wåäö-]*){0,3}) (?i:protokoll|sammanträdesprotokoll)"
                                         r"\s+\d{1,3}\s?\(\s?\d{1,3}\s?\)")
_NOT_AN_ORGANISATIONS_OWN = re.compile(r"(?i:kommun|stad|region|landsting|län)")


def _named_by_every_pages_head(lines: list[Line]) -> str | None:
    """The one name (_ORGANISATION_HEADING_PAGES) that heads three pages or more, more often than any other."""
    heads = Counter(found.group("name") for line in lines if line.stripped
                    and (found := _ORGANISATION_HEADING_PAGES.match(line.stripped)))
    name = _leading(heads, 3)
    return None if name is None or _NOT_AN_ORGANISATIONS_OWN.search(name) else name


def _body_alone_over_every_page(lines: list[Line]) -> str | None:
    """The one body named alone on a line of the text (the page's running head, "Sammanträdesdatum" / "2015-08-24" /
    "Bildningsnämnden" over every page of Hedemora's scan, dropped as page furniture where the first page's own head is
    read: its organ's row there lost the name's letters, "Bildningsnamnden") three times or more, more often than any
    other; None otherwise."""
    named = Counter(found[0] for line in lines if (found := body_at_start(line.stripped)) and not found[1].strip())
    return _leading(named, 3)


# A samverkansorgan's council heading its protocol's page by its one-word name ending in "-rådet", then the meeting's
# date or the protocol's word ("Hälsingerådet 2014 09 03 Tid och plats ...", "Hälsingerådet SAMMANTRÄDESPROTOKOLL
# 2014-09-03 7", Hälsingerådet; "Regionrådet" of Umeåregionen, "Kollektivtrafikrådet" the same way): the body its
# gold names. A council is no body the reader knows by its word (a "pensionärsråd" is named in running text
# too), so only where a line opens with it so and no board of other words was read.
_COUNCIL_HEADING = re.compile(r"^(?:\d{1,3} )?(?P<name>[A-ZÅÄÖ][a-zåäö]{2,}rådet)\s+"
                              r"(?:(?i:sammanträdesprotokoll|protokoll)(?![\wåäö])"
                              r"|(?:19|20)\d\d[- ]\d\d[- ]\d\d(?!\d))")


# A samverkansorgan's council, its name's word ending in "-rådet", where a head names a body: alone on its line (its
# date or page mark perhaps after it); opening a line before a form's label, a date or the protocol's word ("Regionrådet
# Dag 2013-02-22 Tid ...", Umeåregionen, its "KALLELSE 1(8)" before it on the page); right after the document's kind
# word; after the organ's label; or as the body a meeting is held with ("Kallelse till sammanträde med hälsingerådet").
# The reader knows no council as a body by its word (a "pensionärsråd", an "integrationsråd" are named in agenda rows
# and running text), so only in these places.
# (An adjective before it perhaps: "Kommunala tillgänglighetsrådet", Enköping's, "Delregionala kollektivtrafikrådet".)
_COUNCIL_WORD = r"(?:[A-ZÅÄÖ][a-zåäö]{2,}|[A-ZÅÄÖ][a-zåäö]+a [a-zåäö]{3,})rådet"
_COUNCIL_IN_HEAD = re.compile(
    r"^(?:\d{1,3}\s+)?(?P<alone>" + _COUNCIL_WORD + r")(?:\s+(?:19|20)\d\d-\d\d-\d\d)?(?:\s+\d{1,3}\s?\(\d{1,3}\))?$"
    r"|^(?:\d{1,3}\s+)?(?P<opening>" + _COUNCIL_WORD + r")\s+(?=(?i:sammanträdesdatum|datum|dag|tid|plats|protokoll"
    r"|sammanträdesprotokoll)(?![\wåäö])|(?:19|20)\d\d[- ]\d\d[- ]\d\d(?!\d))"
    r"|(?<![\wåäö])(?i:kallelse|protokoll|sammanträdesprotokoll|minnesanteckningar)(?:\s+\d{1,3}\s?\(\d{1,3}\))?\s+"
    r"(?P<after_kind>" + _COUNCIL_WORD + r")(?=\s+(?:[A-ZÅÄÖ]|(?:19|20)\d\d)|$)"
    r"|(?<![\wåäö])(?i:organ|instans|nämnd)\s*:?\s+(?P<labelled>" + _COUNCIL_WORD + r")(?![\wåäö])"
    r"|(?<![\wåäö])(?i:sammanträde med)\s+(?P<held_with>(?i:(?:[a-zåäö]+a )?[a-zåäö]{3,}rådet))(?![\wåäö])")


def _council_named_in_the_head(head: list[Line]) -> tuple[str | None, int | None]:
    """The one council (_COUNCIL_IN_HEAD) the head's first lines with text name so, and its line; (None, None) where
    they name none or two."""
    named: dict[str, int] = {}
    for line in [x for x in head if x.stripped][:_HEAD_BODY_LINES]:
        for found in _COUNCIL_IN_HEAD.finditer(line.stripped):
            name = next(value for value in found.groups() if value)
            named.setdefault(name[:1].upper() + name[1:].lower(), line.number)
    return next(iter(named.items())) if len(named) == 1 else (None, None)


def _council_heading_its_protocol(lines: list[Line]) -> str | None:
    """The one council name (_COUNCIL_HEADING) opening a line of the text's, none where two differ."""
    names = {found.group("name") for line in lines if (found := _COUNCIL_HEADING.match(line.stripped))}
    return names.pop() if len(names) == 1 else None


# A meeting's date right after its body's name at a line's start, its separators lost to spaces by the extraction
# ("Hälsingerådet 2014 09 03 Tid och plats ..."): the year, month and day in that order, a real day.
def _spaced_date_after_the_body(body: str, head: list[Line]) -> str | None:
    """The one ISO date written 'YYYY MM DD' right after `body` opening a line of the head; None otherwise."""
    dates = set()
    # (Or after the head's date label: "NYKÖPINGS KOMMUN. PROTOKOLL Sammanträdesdatum. Kommunstyrelsen 2007 11 19",
    # Nyköping's first page as a copy site's Download heading carries it.)
    pattern = re.compile(r"(?:^(?:\d{1,3} )?|(?<![\wåäö])(?i:sammanträdesdatum)[.:]?\s+)" + re.escape(body)
                         + r"\s+((?:19|20)\d\d) (\d\d) (\d\d)(?![\d.:-])")
    for line in head[:200]:
        found = pattern.search(line.stripped)
        if found:
            try:
                dates.add(datetime.date(*(int(x) for x in found.groups())).isoformat())
            except ValueError:
                continue
    return dates.pop() if len(dates) == 1 else None


# A förbund's body read by its kind's word alone ("KALLELSE Fullmäktige Regionförbundet södra Småland Ledamöterna i
# förbundsfullmäktige kallas ...") that the text names by the förbund's compound: the golds write the compound where
# the text has it (Förbundsfullmäktige: Sydarkivera, Räddningstjänsten Storgöteborg, Regionförbundet södra Småland;
# Förbundsstyrelsen: Regionförbundet södra Småland's protocol, whose text writes 'Styrelsen' too; Förbundsdirektionen:
# Kollektivtrafikmyndigheten i Västernorrlands län), the kind's word alone only where it has none (Kommunförbundet
# Norrbotten's 'Styrelsen', the 'Direktionen' of twelve förbund).
_COMPOUND_OF_THE_KIND = re.compile(r"(?<![\wåäöÅÄÖ-])(?P<whose>förbunds|kommun|region|landstings)"
                                   r"(?P<kind>fullmäktige|styrelsen|direktionen)(?![\wåäöÅÄÖ-])", re.IGNORECASE)


def _the_forbunds_compound(body: str, text: str) -> str:
    """'Förbunds' + `body` (its kind's word alone) where the text writes that compound twice or more and more often
    than the kind's other compounds ('Regionfullmäktige' heading a list of members); else `body`."""
    kind = body.lower()
    if kind not in ("fullmäktige", "styrelsen", "direktionen"):
        return body
    whose = Counter(found.group("whose").lower() for found in _COMPOUND_OF_THE_KIND.finditer(text)
                    if found.group("kind").lower() == kind)
    lead = _leading(whose, 2)
    if kind == "fullmäktige" and lead in ("kommun", "region", "landstings"):
        # "Fullmäktige sammanträder ..." on a municipality's page whose rows name its "kommunfullmäktige" (Lekeberg's
        # notice: "Val av ny 1:e vice ordförande i kommunfullmäktige", "... ersättare i kommunfullmäktige"): that one.
        return f"{lead.capitalize()}{kind}"
    return f"Förbunds{kind}" if lead == "förbunds" else body


# A kommunalförbund's board named by its kind's word and the förbund it serves, in a head run on past it: "Malung-Sälens
# kommun Direktionen för Västerdalarnas utbildningsförbund 2015-07-02 1 Plats och tid ...", "PROTOKOLL
# Förbundsstyrelsen för Regionförbundet Örebro län NetCity, Örebro ...". The golds write such a board's full name
# (Västerdalarnas utbildningsförbund, Regionförbundet Örebro län, Regionförbundet i Kalmar län, Söderåsens
# Miljöförbund): the name ends at the förbund's own word ("-förbund", "-förbundet") or its county's ("län").
_BOARD_OF_A_FEDERATION = re.compile(r"(?<![\wåäö-])(?P<board>(?=[A-ZÅÄÖ])[A-ZÅÄÖa-zåäö]*"
                                    r"(?i:styrelsen|direktionen|nämnden))\s+för\s+"
                                    r"(?P<name>(?:[A-ZÅÄÖ][\wåäö-]*\s+|i\s+){0,4}(?:[\wåäö-]*förbund(?:et)?|län))"
                                    r"(?![\wåäö-])")


def _board_of_a_federation(body: str, line: str) -> str:
    """`body` named whole as the board of the förbund `line` names right after it (_BOARD_OF_A_FEDERATION)."""
    for named in _BOARD_OF_A_FEDERATION.finditer(line):
        if named.group("board") == body and len(named.group("name").split()) <= 5:
            return f"{body} för {named.group('name')}"
    return body


# A joint body's name as its head's line sets it whole, the name standing alone there (the line ends with it, or a
# date or a form's label follows): the kind's word, then "i", "vid" or "för" and the county, the area or the
# organisation it serves ("Språktolknämnden i Dalarna", "Förbundsdirektionen vid NVK", "Förbundsdirektionen för
# Räddningstjänsten Östra Kronoberg", "Förbundsstyrelsen för Regionförbundet Örebro län", "Kommunernas
# hjälpmedelsnämnd i Kalmar län"), or a quarter of a county ("Miljönämnden östra Skaraborg"); or the förbund's own
# name set before its board's word in the indefinite form, one name ("Västra Mälardalens Myndighetsförbund
# Förbundsdirektion"). The golds write every such name whole (these seven organisations'
# anslag forms and heads); a municipality's or a region's own board is named without its place ("Kommunfullmäktige i
# Hofors kommun", five tuning kallelser), and "i" opens only a county's or a province's name ("i Kalmar län", "i
# Dalarna"), not a municipality's ("Socialnämnden i Sala").
_SERVES = {"i", "vid", "för"}
_QUARTER = re.compile(r"(?:nordöstra|nordvästra|sydöstra|sydvästra|östra|västra|norra|södra|mellersta|centrala)")
_PROVINCES = {"skåne", "blekinge", "halland", "småland", "öland", "östergötland", "västergötland", "bohuslän",
              "dalsland", "värmland", "närke", "södermanland", "sörmland", "uppland", "västmanland", "dalarna",
              "gästrikland", "hälsingland", "jämtland", "medelpad", "ångermanland", "västerbotten", "norrbotten",
              "lappland", "skaraborg", "roslagen", "bergslagen", "västernorrland", "kronoberg"}
_NAME_STOPS = {"sammanträdesdatum", "sammanträdesdag", "datum", "tid", "plats", "sida", "organ", "protokoll",
               "kallelse", "justering", "justeringsdatum", "paragrafer", "anslaget", "myndighet", "instans", "dag"}


def _a_names_word(word: str) -> bool:
    return bool(re.fullmatch(r"[A-ZÅÄÖ][\wåäöÅÄÖ-]*", word)) and word.lower() not in _NAME_STOPS \
        and not AGENDA_WORDS.fullmatch(word) and not PROTOCOL_WORDS.fullmatch(word)


def _ends_a_heading(words: list[str], at: int) -> bool:
    """Whether the name ends at `at` as a heading's does: the line's end, a date or a number, or a form's label."""
    if at >= len(words):
        return True
    word = words[at].strip(",:")
    # (a date written out from this word on, "12 mars 2019" or "tisdag 12 mars": not one a word or two later, after a
    # name's small word, "Utskottet för Lärande och Omsorg 2019-03-12")
    return word.lower() in _NAME_STOPS or bool(re.match(r"\d", word)) or any(
        found.start == 0 for found in find_dates(" ".join(words[at:at + 3])))


def _named_whole_on_its_line(body: str, line: str) -> str:
    """`body` as the head's `line` it was read from names it whole (above); else `body`."""
    if _municipalitys_own(body) and not body.lower().startswith("kommunernas "):  # (the municipalities' shared one)
        return body
    capitals = line.isupper()  # a letterhead in capitals: its words read as the same words small
    words = [w[:1] + w[1:].lower() if len(w) > 1 else w.lower() for w in line.split()] if capitals else line.split()
    size = len(body.split())
    last = body.split()[-1].lower()
    for start in range(len(words) - size + 1):
        printed = words[start:start + size]
        said = [w.strip(",:") for w in printed]
        if [w.lower() for w in said[:-1]] != [w.lower() for w in body.split()[:-1]] \
                or said[-1].lower() != last and definite(said[-1].lower()) != last:
            continue
        end = start + size
        if end < len(words) and (words[end] in _SERVES or _QUARTER.fullmatch(words[end])):
            name = end + 1
            # (The förbund's own word ends its name written small after it: "för Västerdalarnas utbildningsförbund".)
            while name < len(words) and name - end <= 4 and (_a_names_word(words[name]) or name > end + 1 and (
                    words[name] in ("i", "län") or re.fullmatch(r"[a-zåäö-]*förbund(?:et)?", words[name]))):
                name += 1
            served = words[end + 1:name]
            place = " ".join(served).lower()
            if served and _ends_a_heading(words, name) and not re.search(r"\b(?:kommun|stad)s?\b", place) \
                    and (words[end] != "i" or place.endswith(" län") or place in _PROVINCES) \
                    and not (words[end] == "i" and len(served) > 1 and not place.endswith(" län")):
                return " ".join(body.split() + words[end:name])
        if size == 1 and said[-1].lower() != last and not capitals and _ends_a_heading(words, end):
            before = start
            while before > 0 and start - before < 4 and _a_names_word(words[before - 1]) \
                    and not words[before - 1].isupper():
                before -= 1
            owner = words[before:start]
            # (The owner a förbund, its own word last: a place before a board's word is a municipality's, "Ale
            # Socialnämnd", read as its board alone.)
            if owner and re.fullmatch(r"(?i)[\wåäö-]*förbund(?:et)?", owner[-1]) and not any(
                    re.search(r"(?i)kommun|region|landsting|stad", w) for w in owner) \
                    and (before == 0 or not _a_names_word(words[before - 1])):
                return " ".join(owner + said)
    return body


# A kallelse's letter row: its date under "Datum" beside the page's column ("Datum Sida 2020-04-08 1", Habo; "Datum
# 2019-05-14 Sida 1 (3)"): the day the letter was written, as a bare "Datum <date>" is (meeting_date).
_LETTERS_DATE_ROW = re.compile(r"(?i)datum\s*:?(?:\s+(?:sida|sid\.?))?\s+(?:(?:sida|sid\.?)\s+)?"
                               r"(?:\d{1,3}(?:\s*\(\s*\d{1,3}\s*\))?)?\s*")


def _date_after_the_body(body: str, head: list[Line]) -> str | None:
    """The one date that follows the meeting's body, named whole as read, wherever the head names it so: a page's
    running head 'Direktionen för Västerdalarnas utbildningsförbund 2015-07-02' (its anslag form's organ and date
    the same, their labels lost), as 'Kommunstyrelsen 2015-05-05' heads other texts. None where two dates do.
    In 46 of the 48 tuning protocols where a date so follows the body the gold names, it is the meeting's (Alingsås,
    Eskilstuna, Kil, Luleå, Räddningstjänsten Storgöteborg, Sydnärkes IT-nämnd, Västra Götalandsregionen ...); the
    two others (Hammarö, Kävlinge) label their meeting's date, read before this."""
    joined = _text(head[:200])
    dates = set()
    for named in re.finditer(re.escape(body), joined, re.IGNORECASE):
        after = joined[named.end():named.end() + 25]
        found = find_dates(after)
        if found and found[0].iso and not after[:found[0].start].strip(" ,:"):
            dates.add(found[0].iso)
    return dates.pop() if len(dates) == 1 else None


# The organisation's own board named after its kind's genitive ("Regionförbundets styrelse", "Kommunförbundets
# styrelse", "Förbundets direktion", "Regionens styrelse"), in any case; never a place's ("Kalmar läns styrelse") or a
# body's genitive ("Kommunstyrelsens arbetsutskott"); nor the subject of a sentence that goes on in lower case
# ("Kommunförbundets styrelse sammanträder den 7 december": read alone there, as a plan's running text is).
_OWNED_BOARD = re.compile(r"(?<![\wåäöÅÄÖ-])(?i:[\wåäö-]*" + ORGANISATIONS_BOARD_WORDS + r")(?![\wåäöÅÄÖ-])"
                          r"(?!\s+[a-zåäö])")


def _owned_board(body: str | None, number: int | None, head: list[Line]) -> str | None:
    """'Regionförbundets styrelse' where the meeting's body was read as 'Styrelsen' from the line `number` that
    prints the board under its organisation's genitive; None otherwise."""
    if body not in ("Styrelsen", "Direktionen") or number is None:
        return None
    # (A line split into parts keeps its number: every part is the line's.)
    found = [m for x in head if x.number == number for m in _OWNED_BOARD.finditer(x.stripped)]
    boards = {"styrelse": "Styrelsen", "direktion": "Direktionen"}
    if len(found) != 1 or boards[found[0].group("board").lower()] != body:
        return None  # (two boards on the line: which one is the meeting's is not told)
    return found[0].group()


# A protocol headed by its body's genitive, or a portal's page offering it so: "Direktionens protokoll 3 november 2023"
# (Medelpads Räddningstjänstförbund, Söderåsens Miljöförbund), "Kommunstyrelsens protokoll 2015-06-08" (Piteå,
# Haninge), "Här kan du ta del av regionstyrelsens protokoll i sin helhet" (Regionförbundet Sörmland): the body the
# golds write. Read only where the head names no body.
_PROTOCOL_OF = re.compile(r"(?:^|\b(?i:ta del av)\s+)(?P<genitive>[\wåäöÅÄÖ-]+(?:\s+[a-zåäö]+)?)s\s+protokoll\b")


_ORGAN_LABEL = re.compile(r"^(?:organ|beslutande organ)\s*(?::\s*|\s+)(?P<rest>.+)$", re.IGNORECASE)
ORGAN_LABEL_REACH = 40  # lines of the head the anslag's box stands in


def _organ_labelled(head: list[Line]) -> tuple[str, int] | None:
    """The one body the head's form labels "Organ X" (the anslag's box) on a line of its own, or None."""
    named = {}
    for line in head[:ORGAN_LABEL_REACH]:
        label = _ORGAN_LABEL.match(line.stripped)
        found = body_at_start(label.group("rest")) if label else None
        if found:
            named.setdefault(found[0], line.number)
    return next(iter(named.items())) if len(named) == 1 else None


def _federation_named_alone(head: list[Line]) -> str | None:
    """A federation's name alone on a line of the head (_FEDERATION_NAME_ALONE), once its kind's word, its date and
    its page number are set aside: where no line names a board, the federation's is the meeting's body."""
    for line in [x for x in head if x.stripped][:12]:
        text = AGENDA_WORDS.sub(" ", PROTOCOL_WORDS.sub(" ", line.stripped))
        for date in find_dates(text):
            text = text.replace(date.text, " ")
        text = re.sub(r"\d+\s*\(\d+\)|\b\d{1,3}\b", " ", _HEAD_LINE_WORDS.sub(" ", text))
        text = " ".join(text.split())
        text = text[:1].upper() + text[1:]
        if _FEDERATION_NAME_ALONE.fullmatch(text):
            return text
    return None


def _body_of_its_protocol(head: list[Line]) -> str | None:
    """The body whose protocol the head's heading or a portal's sentence names (_PROTOCOL_OF)."""
    for line in head[:25]:
        named = _PROTOCOL_OF.search(line.stripped)
        body = body_name(named.group("genitive")) if named else None
        if body and not body.lower().startswith("länsstyrelse"):
            return body
    return None


# A protocol named by its body and its meeting's day, in its anslag certificate or as its heading: "Protokollet från
# kommunstyrelsen den 10 augusti 2010, är justerat" (Ludvika, both protocols, the body in lower case), "Protokoll från
# Kommunfullmäktige, tisdag 23 maj 2017" (Vänersborg), "Protokoll från Kommunfullmäktiges sammanträde 2017-10-19"
# (Eksjö); the golds of all four name that body. A protocol from another meeting a § names ("protokoll från
# arbetsutskottets sammanträden 2010-11-30", Årjäng) is dated another day: read only where the day is the meeting's.
_PROTOCOL_FROM = re.compile(r"(?<![\wåäö])(?i:protokoll(?:et)?\s+från)\s+"
                            r"(?P<named>[\wåäöÅÄÖ-]+(?:\s+[\wåäöÅÄÖ-]+){0,2})")
_BEFORE_ITS_DAY = re.compile(r"^(?:s?\s+sammanträde)?,?(?:\s+den)?,?(?:\s+[a-zåäö]+dag(?:en)?)?(?:\s+den)?\s*$",
                             re.IGNORECASE)

# A body named by its kind's word alone ("Protokoll från direktionens sammanträde den 11 juni 2024", Söderåsens
# Miljöförbund): its gold writes the full name ("Direktionen för Söderåsens Miljöförbund"), not told here.
_KIND_WORD_ALONE = {"direktionen", "styrelsen", "nämnden", "arbetsutskottet", "utskottet", "fullmäktige"}


def _body_whose_protocol_is_dated(head: list[Line], date: str) -> str | None:
    """The body the head names its protocol from with the meeting's own day (_PROTOCOL_FROM): one body, else None."""
    joined = _text(head[:200])
    bodies = set()
    for found in _PROTOCOL_FROM.finditer(joined):
        for word in re.finditer(r"\S+", found.group("named")):
            name = found.group("named")[:word.end()]
            body = body_name(name) or (body_name(name[:-1]) if name.endswith("s") else None)
            if body and " " in body and body.endswith("s"):
                # "Protokoll från bygg- och miljönämndens sammanträde den 23 september 2015" (Tranås): a name of
                # several words in the genitive (body_name keeps such a name as written), the body's own its nominative.
                body = naming.nominative(body)
            if not body or body.lower() in _KIND_WORD_ALONE:
                continue
            at = found.start("named") + word.end()
            after = joined[at:at + 60]  # (not the rest of the head copied per word)
            dates = find_dates(after)
            if dates and dates[0].iso == date and _BEFORE_ITS_DAY.match(after[:dates[0].start]):
                bodies.add(body)
    return bodies.pop() if len(bodies) == 1 else None


# A protocol's decision heading on a line of its own names the body deciding, the meeting's: "DIREKTIONEN BESLUTAR"
# (Södra Lapplands Gymnasieförbund), "Direktionen beslutar" (Medelpads Räddningstjänstförbund), "Kommunfullmäktige
# beslutar:" (Norrtälje), "Kommunstyrelsens beslut" (Töreboda, Värmdö, Vetlanda), "Kommunfullmäktiges beslut" (Berg,
# Högsby). Read only where the head names no body, and only when every such heading names the same one.
_DECISION_HEADING = re.compile(r"^(?P<body>[A-ZÅÄÖ][\wåäöÅÄÖ -]{2,60}?)"
                               r"(?:\s+(?:beslutar|BESLUTAR)|s\s+(?:beslut|BESLUT))\s*:?$")
# An utskott named by its word alone: golds write its full name ("Kommunstyrelsens arbetsutskott"), not told here.
_UTSKOTT_ALONE = {"arbetsutskottet", "utskottet"}


def _body_of_decision_headings(items: list[Item]) -> str | None:
    """The one body every decision heading in the rows' lines names (_DECISION_HEADING); None where they name two, an
    utskott by its word alone, or something no body's name (a body followed by more words)."""
    named = set()
    for item in items:
        for line in item.lines:
            heading = _DECISION_HEADING.match(line.stripped)
            if heading is None:
                continue
            name = heading.group("body")
            name = name[:1] + name[1:].lower() if name.isupper() else name
            at_start = body_at_start(name)
            body = body_name(name) if not at_start or at_start[1] == "" else None
            if body is None or body.lower() in _UTSKOTT_ALONE:
                return None
            named.add(body)
    return named.pop() if len(named) == 1 else None


# A § sign after a body's paragraph code before the number ("Kf § 78", "KSAU § 21", "Ks §250").
_SIGN_AFTER_CODE = re.compile(r"(?<![\wåäöÅÄÖ§])(?P<code>[A-ZÅÄÖ]{2,6}|(?i:" + "|".join(naming.KNOWN_CODES.values())
                              + r"))\s+§\s?(?=\d{1,4}(?![\d/:.-]))")


def _signs_after_codes_dropped(lines: list[Line]) -> list[Line] | None:
    """The lines with every § after a paragraph code dropped, where that leaves no § heading a paragraph and none
    opens a line but a run-on page's (the text's §§ all stand so, at or after a page's running head: the layout whose
    signs an extraction loses); None where the text has none so, or where other §§ head its paragraphs."""
    if any(_PARAGRAPH.match(line.stripped) and not line.page_start for line in lines):
        # "KS § 77" opening a line of its own: a § head in the reader's own form, read as it stands (a page given
        # as one line, its page number dropped, may open with it: "2 2 Kf § 78 Kallelse ...", Nässjö)
        return None
    dropped = [replace(line, text=_SIGN_AFTER_CODE.sub(r"\g<code> ", line.text)) if "§" in line.text else line
               for line in lines]
    if all(new is old or new.text == old.text for new, old in zip(dropped, lines, strict=True)):
        return None
    if any("§" in line.text and (_PARAGRAPH.match(line.stripped) or _SECTION_IN_RUN.search(line.stripped))
           for line in dropped):
        return None
    return dropped


# A § head printed with the meeting body's short code and its number, the § sign lost (docplayer's transcripts):
# "KF 59 KS 2010/0369 Beslut om ...", "Ks Kfm 44 Dnr 10/Ks Medborgarförslag ...", "BUN 116 Skolchef ...", "Vu 37
# ...", "KS 316 Dnr ...": opening a line, or after a page's running head alone (the municipality, the document's
# name, its labels, page numbers, dates). The number is followed by a capital or a case label: "KS 2017/28" and
# "KS 52/16" are case numbers (or Skövde's year-numbered §s, read by _year_coded_row_lines), "Kf 13-14" a count.
_CODED_HEAD = re.compile(r"(?:^|(?<=\s))(?P<code>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3})\s+(?P<n>[1-9]\d{0,3})\s+"
                         r"(?=(?i:dnr)\b|[A-ZÅÄÖ])")
_NOT_BODY_CODES = {"dnr", "nr", "sid", "sida", "blad", "kl", "tid", "dag", "sign", "bil", "kap", "p", "s", "ur"}
_CASE_LABEL_WORDS = {"dnr", "dnr:", "dnr.", "diarienr", "diarienummer", "nr", "ärendenr"}
_RUNNING_HEAD_WORD = re.compile(r"^(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*|\d{1,4}(?:\s?\(\d{1,4}\))?|\(\d{1,4}\)|"
                                r"(?:19|20)\d\d-\d\d-\d\d|ur)$")
_RUNNING_HEAD_FURNITURE = re.compile(r"(?i:protokoll|sammanträdesdatum|sammanträdesprotokoll|sida|blad|utdrag)"
                                     r"|[A-ZÅÄÖ]{3,}S? KOMMUN")
_RUNNING_HEAD_MOST = 160
CODED_HEADS_AT_LEAST = 2
_CODED_HEAD_STUB = re.compile(r"^(?i:dnr|diarienr)\.?:?\s+(?P<number>[\w/.:-]*\d[\w/.:-]*)\s+(?=[A-ZÅÄÖ][a-zåäö])")


def _code_of_the_body(code: str, text: str) -> bool:
    """Whether `code` abbreviates a body `text` names: its parts' initials (code_named_in: KF, BUN, Vu), or a code
    in title case of three letters or more whose letters the body's name holds in order from its first ("Kfm" of
    Kommunfullmäktige, Vilhelmina; not "Ks", a letter its name lacks)."""
    if code.lower() in _NOT_BODY_CODES:
        return False
    if code_named_in(code, text):
        return True
    if len(code) < 3 or code.isupper():
        return False
    low = code.lower()
    for _at, name in bodies_in(text):
        name = name.lower().removesuffix("s")
        letters = iter(name[1:])
        if name[:1] == low[0] and all(letter in letters for letter in low[1:]):
            return True
    return False


def _coded_head_in(text: str) -> re.Match | None:
    """The coded § head (_CODED_HEAD) opening `text` or standing after its page's running head alone, else None."""
    for found in _CODED_HEAD.finditer(text):
        if found.start() > _RUNNING_HEAD_MOST:
            return None
        before = text[:found.start()].split()
        if before and (before[-1].lower() in _CASE_LABEL_WORDS or not all(map(_RUNNING_HEAD_WORD.match, before))
                       or not _RUNNING_HEAD_FURNITURE.search(" ".join(before))):
            continue
        return found
    return None


def _coded_head_rows(lines: list[Line], stated: tuple[int, int] | None, opening: str
                     ) -> tuple[list[Line], list[int]] | None:
    """The lines with each § head printed as the body's code and its number ("KF 59 Title", _CODED_HEAD) written
    as the reader's own ("§ 59 Title"), the running head before it a line of its own; None where the text holds no
    such heads. Heads: of one code, a code of the body the text's opening names, their numbers strictly counting up
    and inside the range the front page states ("Paragrafer 145-192") where it states one; two at least, or one
    alone after a page's running head (an extract of one §). A row of a contents list ("BUN 116 Skolchef BUN 117
    Mötesplan ...") gives its code again after it: no head."""
    found = []
    for at, line in enumerate(lines):
        head = _coded_head_in(line.stripped) if line.stripped else None
        if head is None or not _code_of_the_body(head.group("code"), opening):
            continue
        rest = line.stripped[head.end():]
        again = re.search(r"(?<!\S)" + re.escape(head.group("code")) + r"\s+\d{1,4}\s+[A-ZÅÄÖ]", rest[:300])
        if again and not re.search(r"[.!?]\s", rest[:again.start()]):
            continue  # a contents list's rows run on, titles alone between them
        found.append((at, head))
    codes = Counter(head.group("code") for _at, head in found)
    if len(codes) != 1:
        return None
    numbers = [int(head.group("n")) for _at, head in found]
    if any(later <= earlier for earlier, later in itertools.pairwise(numbers)):
        return None
    if stated and not all(stated[0] <= number <= stated[1] for number in numbers):
        return None
    if len(found) < CODED_HEADS_AT_LEAST and not (found and found[0][1].start() > 0):
        return None
    result = list(lines)
    for at, head in reversed(found):
        line = lines[at]
        before, rest = line.stripped[:head.start()].strip(), line.stripped[head.end():]
        if (stub := _CODED_HEAD_STUB.match(rest)) and not is_case_number(stub.group("number")):
            # "Ks Kfm 44 Dnr 10/Ks Medborgarförslag ...": a label whose number is not stated whole (no year), set
            # beside the head; not read as the §'s case number, nor as its title.
            before, rest = f"{before} {stub.group()}".strip(), rest[stub.end():]
        own = Line(line.number, f"§ {head.group('n')} {rest}")
        # (The running head before it no page's opening any more: no § is looked for in it.)
        result[at:at + 1] = ([replace(line, text=before, page_start=False), own] if before
                             else [replace(own, page_start=line.page_start)])
    return result, numbers


# A list of paragraphs' row head inside a row: the body's code, its number, a capital ("... KS 118 Boendeutredning").
_CODED_ROW_INSIDE = re.compile(r"(?<=\s)(?P<code>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3})\s+(?P<n>[1-9]\d{0,3})\s+(?=[A-ZÅÄÖ])")
# The row's own line: its code and number opening it ("KS 117 Budget ...").
_CODED_ROW_START = re.compile(r"^(?P<code>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3})\s+(?P<n>\d+)\s+")


def _coded_rows_run_on(items: list[Item], lines: list[Line]) -> list[Item]:
    """A list of paragraphs whose rows open with the body's code and number ("KS 115 Godkännande av dagordning... 5
    KS 116 Informationsärenden... 6"), its last rows run together where their leaders and pages were lost ("KS 117
    Budget och verksamhetsplan KS 118 Boendeutredning ... KS 119 Hyr", Ale): a row with no text of its own is cut at
    each head of its own code counting on from its number, one by one, every head of that code in it so, all below
    the next row's number; a row whose code is not told, or whose heads skip or repeat a number, stays whole."""
    result: list[Item] = []
    lines_at: dict[int, list[Line]] = {}  # (looked up per row: a scan of every line per row was quadratic)
    for line in lines:
        lines_at.setdefault(line.number, []).append(line)
    for index, item in enumerate(items):
        if not (item.row and item.key and item.number) or any(x.stripped for x in item.lines) \
                or not (heads := list(_CODED_ROW_INSIDE.finditer(item.head))):
            result.append(item)
            continue
        code = next((found.group("code") for line in lines_at.get(item.line, [])
                     if (found := _CODED_ROW_START.match(line.stripped)) and found.group("n") == str(item.number)
                     and line.stripped[found.end():].startswith(item.head[:30])), None)
        marks = [m for m in heads if m.group("code") == code] if code else []
        if not marks:
            result.append(item)
            continue
        later = next((x.number for x in items[index + 1:] if x.key and x.number), None)
        counting = list(range(item.number + 1, item.number + 1 + len(marks)))
        if [int(m.group("n")) for m in marks] != counting or later is not None and later <= counting[-1]:
            result.append(item)
            continue
        result.extend(_split_at_passed_over(item, marks))
    return result


def _front_page_under_the_rows(items: list[Item]) -> list[Line]:
    """The lines of a list's rows from the first that holds a protocol's form label (_HEAD_FORM_LABEL: "Plats och
    tid") on: the front page the list of paragraphs stands over; [] where the rows hold none."""
    lines = [x for item in items if item.row for x in item.lines if x.stripped]
    at = next((index for index, x in enumerate(lines) if _HEAD_FORM_LABEL.search(x.stripped)), None)
    return lines[at:] if at is not None else []


def _printed_paragraphs(head: list[Line]) -> list[tuple[int, int]] | None:
    """The ranges of §§ the protocol's head (the text before its first §) prints, or None where it prints none (or
    a range that does not count up)."""
    found = next((match for line in head if (match := _STATED_PARAGRAPHS.search(line.stripped))), None)
    if found is None:
        return None
    ranges = []
    for part in re.split(r"\s*(?:,|och)\s*", found.group("list")):
        numbers = [int(number) for number in re.findall(r"\d+", part)]  # (a dash or two between, a § sign)
        ranges.append((numbers[0], numbers[-1]))
    return ranges if all(first <= last for first, last in ranges) else None


def _inside_the_printed_range(head: list[Line], items: list[Item]) -> list[Item]:
    """The items without the §§ read below the range the protocol's head prints ("Paragrafer 145-192"), where at
    least one § read lies inside it: a number outside is a page's number or a count (a page's "15" read as a § head,
    "Kf 13-14" in a list of those present), not a § of this protocol; its lines go to the item before it. (Where
    none lies inside, the range is another's or the numbers are a list's own: left as read.)"""
    printed = _printed_paragraphs(head)
    if not printed:
        return items

    def inside(item: Item) -> bool:
        return any(first <= item.number <= last for first, last in printed)

    lowest = min(first for first, _last in printed)

    numbered = [item for item in items if item.key.startswith("§") and item.number]
    if not any(inside(item) for item in numbered):
        return _pages_as_rows(head, items, numbered, lowest)
    # (Only below it: a page's number or a count is small; a § above the last is perhaps a later version's, its
    # head's range not brought up to date.)
    outside = {id(item) for item in numbered if item.number < lowest}
    kept: list[Item] = []
    for item in items:
        if id(item) in outside:
            (kept[-1].lines if kept else head).extend([Line(item.line, item.head), *item.lines])
            continue
        kept.append(item)
    return kept


# A row's dot leader and page inside a title run on with the next row ("Årsredovisning... 9 s resultatbalansering"):
# where the list's numbers are pages, the next row begins after the page.
_LEADER_AND_PAGE_INSIDE = re.compile(r"(?<![.…])(?:\.{3,}|…+)\s*\d{1,3}\s+(?=\S)")
_PAGES_AT_LEAST = 3


def _pages_as_rows(head: list[Line], items: list[Item], numbered: list[Item], lowest: int) -> list[Item]:
    """The items as rows without numbers where every number read lies below the range the head prints
    ("Paragrafer 45-74" over "Val av justerare... 5 Köp av fastighet... 6 ..."), rises with gaps and follows a dot
    leader (three in four at least): those are the contents list's pages, read as §s of another run (Söderhamn's
    contents run on in one line), no § of this protocol. Otherwise the items as read."""
    if len(numbered) < _PAGES_AT_LEAST or len(numbered) != len(items) \
            or any(item.number >= lowest or item.lines for item in numbered):
        return items
    numbers = [item.number for item in numbered]
    if any(b <= a or b > a + PAGE_STEP for a, b in itertools.pairwise(numbers)) \
            or numbers[-1] - numbers[0] == len(numbers) - 1:
        return items  # (a run counting on by one is a list's own numbers, no pages)
    before = [head[-1].stripped if head else "", *(item.head for item in items[:-1])]
    if 4 * sum(bool(_ROW_LEADER.search(text)) for text in before) < 3 * len(before):
        return items
    rows: list[Item] = []
    for item in items:
        # (the pages of rows run on inside the title cut it: the next row begins after each)
        titles = [title.strip() for title in _LEADER_AND_PAGE_INSIDE.split(item.head)]
        rows += [replace(item, key="", number=0, head=_ROW_LEADER.sub("", title), lines=[], row=False)
                 for title in titles if title]
    return rows


# An extraction's "$" for the § sign, heading a page given as one line after its running head ("2 KALMARSUNDS
# GYMNASIEFORBUND SAMMANTRÄDESPROTOKOLL 20t7-04-2t 2 $ 28 GYF ... Utbildningsorganisation ...", an OCR's reading).
_DOLLAR_AFTER_PAGE_HEAD = re.compile(r"^(?P<head>[^.!?,;:§$]{0,100}?\s)\$\s?(?=\d{1,4}\s+[A-ZÅÄÖ])")


# A protocol's contents list set one row a line, each row its title, a dot leader and its page, no § number
# ("Innehållsförteckning" / "Informationsärende ... 4" / "Anmälningsärenden ... 5", Vara's copy as full text): the
# form _leader_rows reads where an extraction runs the rows together ("Ekonomi... 4 Redovisning av
# delegationsbeslut... 5", Mora Orsa miljönämnd; Miljösamverkan östra Skaraborg's, Bjurholm's, Skurup's and
# Arvika's lists). A line or two may stand between the heading and its rows (the list's own title, "KF 2016-05-30
# §§ 32-43"; its columns' heads); a title wrapped onto a line of its own goes on in lower case on the next.
# (The heading may end a line that gives the list's own title: "Protokoll från Socialutskottets sammanträde 2011-10-12
# Innehållsförteckning", Eksjö's 5dok copy.)
_CONTENTS_HEADING_LINE = re.compile(r"^(?:.*\s)?" + list_heading_any_case(
    "innehållsförteckning", "innehåll", "ärendeförteckning", "ärendelista") + r"\s*:?$")
_LEADER_ROW = re.compile(r"^(?P<title>[A-ZÅÄÖa-zåäö][^§]*?\S)\s*(?:\.{2,}|…+)\s*(?P<page>\d{1,3})$")
# A row numbered after a label or a body's code ("Punkt 2 Anmälningsärenden ... 5", "KF 32 ..."): the list numbers
# its rows, not this form (a title's own number after its first word is no label's: "Delårsrapport 1 2019 ...").
_LABELLED_ROW_NUMBER = re.compile(r"^(?:(?i:punkt|ärende|nr|p)\.?|[A-ZÅÄÖ]{1,4})\s+\d{1,3}\s")
_LINES_BEFORE_ROWS = 2
_LEADER_ROWS_AT_LEAST = 3


def _leader_rows_one_a_line(lines: list[Line]) -> list[Line]:
    """The rows of such a list (see _LEADER_ROW) marked as items' starts, their leaders and pages dropped: three
    rows at least, opening in capitals, their pages never going back and moving on at most PAGE_STEP; only in a
    text with no § head, and read only where no § was found (where the §§ follow, signed or not, they are the items
    and a list's row without its number pairs with none of them)."""
    if any(_PARAGRAPH.match(line.stripped) for line in lines):
        return lines
    for index, line in enumerate(lines):
        if not _CONTENTS_HEADING_LINE.match(line.stripped):
            continue
        rows: dict[int, str] = {}  # the line a row ends on: its title
        wrapped: list[int] = []  # a title's first line, its rest on the row's line
        before, pending, last_page = 0, None, None
        for at in range(index + 1, len(lines)):
            text = lines[at].stripped
            if not text:
                continue
            row = _LEADER_ROW.match(text)
            if row and _LABELLED_ROW_NUMBER.match(row.group("title")):
                rows = {}
                break
            if row and pending is not None:
                if not row.group("title")[:1].islower():
                    break
                title = f"{lines[pending].stripped} {row.group('title')}"
                wrapped.append(pending)
                pending = None
            elif row and (row.group("title")[:1].isupper() or rows):
                # (after a row closed by its page, a row in lower case is one of its own, its first letters lost:
                # "s verksamhetsuppföljning", Askersund's list)
                title = row.group("title")
            elif row is None and pending is None and (rows or before >= _LINES_BEFORE_ROWS) \
                    and text[:1].isupper() and not lines[at].page_start:
                pending = at  # perhaps a title wrapped onto the next line
                continue
            elif not rows and before < _LINES_BEFORE_ROWS and not lines[at].page_start:
                before += 1
                continue
            else:
                break
            page = int(row.group("page"))
            if last_page is not None and not last_page <= page <= last_page + PAGE_STEP:
                rows = {}  # a row whose page goes back or leaps: no list of pages, none of its rows read
                break
            if not ATTENDANCE_ROW.match(title):  # ("Beslutande... 2": the attendance's page, no matter)
                rows[at] = title
            last_page = page
        if len(rows) < _LEADER_ROWS_AT_LEAST:
            continue
        return [Line(x.number, rows[at], item_start=True) if at in rows else x
                for at, x in enumerate(lines) if at not in wrapped]
    return lines


def _dollars_at_page_heads(lines: list[Line]) -> list[Line]:
    """The lines with the "$" read for a § where it heads a page's first paragraph, after the page's running head (no
    sentence before it), in a text that prints no § at all (its extraction read every sign so). A "$" further on in
    the page ("kurator, $ 36": the §§ an official attended, listed) is left."""
    if any("§" in line.text for line in lines):
        return lines
    return [replace(line, text=line.stripped[:head.end("head")] + "§ " + line.stripped[head.end():].lstrip())
            if line.page_start and (head := _DOLLAR_AFTER_PAGE_HEAD.match(line.stripped)) else line
            for line in lines]


def _text_below(lines: list[Line], at: int) -> bool:
    """Whether a § has text of its own below its line `at`: a contents list's row has none (or a dot leader's
    page), so two digits after its labelled number are its page ("§ 15 Dnr 2018/00027 10", ITSAM), no filing code."""
    return any(x.stripped and not _DOT_LEADER.search(x.stripped) for x in lines[at + 1:])


def _case_numbers_above_heads(head: list[Line], items: list[Item]) -> None:
    """A § whose labelled number stands alone on the line right above its head ("Dnr KS 2019/12" / "§ 45" / "Title"),
    read where the other layouts set it, under the title: the line moved from the text above (the § before, or the
    head) into the § below, where that § states no labelled number of its own in its first lines (in any form the line
    above is read in: "Dnr KS.2013.2", "Dnr 2013KS001" under a § are its own, not the next §'s)."""
    above = head
    for item in items:
        texts = [at for at, line in enumerate(above) if line.stripped]
        number_line = above[texts[-1]] if texts else None
        own = [x.stripped for x in item.lines[:4] if x.stripped]
        if number_line is not None and item.key.startswith("§") and not item.case_number \
                and _LABELLED_NUMBER_ALONE.match(number_line.stripped) \
                and not any(_LABELLED_NUMBER_ALONE.match(x) or _LABELLED_ALONE.match(x)
                            for x in [item.head.strip(), *own]):
            del above[texts[-1]]
            titled = bool(item.head.strip())
            at = 0 if titled else next((n + 1 for n, x in enumerate(item.lines) if x.stripped), 0)
            item.lines.insert(at, number_line)
        above = item.lines


# A numbered point "1." (or "1)") after a title's first word, a word after it: a proposal's or decision's first point.
_FIRST_POINT_IN_TITLE = re.compile(r"(?<=\S)\s+1[.)]\s+(?=[A-ZÅÄÖa-zåäö])")
# A word a title counts with, its number the title's own ("Detaljplan för Kajen etapp 1. Antagande").
_COUNTED_WORD_BEFORE = re.compile(r"(?i:etapp|del|delrapport|fas|steg|nr|nummer|version|kapitel|kap\.?|bilaga|punkt"
                                  r"|område|kvarteret|kv\.?|tertial|kvartal|alternativ|paragraf|§)$")


def _lists_the_stated_range(counted: list[Line], stated: tuple[int, int]) -> bool:
    """Whether the rows counted_run_rows cut (marked as items' starts, "§ 23 Title") are the §§ the front page states,
    from its first to its last, each once, and four at least."""
    numbers = [int(row.group(1)) for line in counted if line.item_start
               and (row := re.match(r"§ (\d+) ", line.stripped))]
    return len(numbers) >= 4 and numbers == list(range(stated[0], stated[1] + 1))


# A bullet opening a line ("• ", "● ", "- " as a page's list comes out of an HTML-to-text copy): a web page's list
# mark, no part of the row it sets out.
_LAYOUT_BULLET = re.compile(r"^(?:[•●▪◦]|[-–*](?=\s))\s*")


def _next_row_counts_on(lines: list[Line], at: int, number: int) -> bool:
    """Whether the next line after lines[at] that opens with a number (a few lines on: the row's title may wrap onto
    the next) opens with the number after `number`, then a title."""
    following = [line.stripped for line in lines[at + 1:at + 12] if line.stripped][:4]
    numbered = next((text for text in following if re.match(r"\d", text)), "")
    return bool(re.match(rf"{number + 1}\.?\s+[A-ZÅÄÖ]", numbered))


def _summary_heading_after(body_lines: list[Line], summary_lines: list[Line], at: int) -> int:
    """Where the unheaded decision opening at summary_lines[at] ends: at the first line after it that follows a
    summary's heading of its own ("Direktionen beslutar" / "att ..." / "Bakgrund" / its prose, Medelpads
    Räddningstjänstförbund; "Ärendebeskrivning", "Sammanfattning" so). _item_parts files the text under such a
    heading with the summary before the decision, so the list runs on across it; the prose after it is background,
    no part of the decision. len(summary_lines) where no such heading follows."""
    start = next((i for i, line in enumerate(body_lines) if line is summary_lines[at]), None)
    if start is None:
        return len(summary_lines)
    heading = next((i for i in range(start + 1, len(body_lines))
                    if body_lines[i].stripped and _item_heading(body_lines[i].stripped) == "summary"), None)
    if heading is None:
        return len(summary_lines)
    after = {id(line) for line in body_lines[heading + 1:]}
    return next((i for i in range(at + 1, len(summary_lines)) if id(summary_lines[i]) in after), len(summary_lines))


def _note_case_number_cut(notes: Warnings, line: int | None, stub: str) -> None:
    """A case number cut short is no value (never invent): left empty, with a warning naming what the text holds."""
    notes.add(line, "case_number", f"diarienumret är ofullständigt ({stub!r}); lämnas tomt")


class MeetingDocumentParser:
    def __init__(self, document: Document, kind: str):
        self.document = document
        self.kind = kind
        self.notes: list[str] = []
        self.meeting_warnings = Warnings()
        self.leader_codes: set[str] = set()  # a contents list's row codes, each after a leader and page (set by parse)
        self.item_codes: list[str] = []  # "KF" of "KF § 102": the body's code on each paragraph
        self.listed_rows: dict[int, str] = {}  # a protocol's list of paragraphs: each row's title by its number
        self.listed_at: dict[int, int] = {}  # the line each row of that list stands on, by its number
        self.numbered_rows = False  # an agenda whose rows end with their case numbers (set by parse)
        # ... open with them, end with them bracketed, end with them: the places of such a column (see _COLUMN_LEAD)
        self.number_columns: tuple[re.Pattern, ...] = ()
        self.year_column = False  # an agenda whose rows give numbers written year first (set by parse)
        self.number_run: list[str] | None = None  # numbers standing together after the row item() read last
        self.opening_text = ""  # the text's first lines, where a body its paragraphs' code abbreviates is named
        self.site_justering: str | None = None  # the justering's date only a copy site's title kept (set by parse)
        self.site_title_dates_otherwise: set[str] = set()  # a site title's dates the text labels not the meeting's
        self.presenters: set[str] = set()  # names a kallelse's list gives in its presenter column, with a time
        self.portal_rows: set[int] = set()  # lines of a meeting portal's bulleted item numbers (a kallelse's)
        self.presenter_column = False  # a kallelse's list has a Föredragande column (set by parse)
        self.path_column = False  # a kallelse's list heads its rows by body and day of their next step (set by parse)
        self.stopped_rows = False  # a kallelse's list closes every row with a full stop, one sentence each (parse)
        self.paper_brackets = False  # a kallelse's rows name their attached papers in brackets at their ends (parse)
        self.summary_rows: set[int] = set()  # a portal's rows shown by their summaries alone, no title (parse)
        self.code_column_words: frozenset[str] = frozenset()  # a kallelse's list's code columns' words (parse)
        self.kinds_named = False  # a kallelse's rows name their kind before the title, "Beslut - Val av ..." (parse)

    def fail(self, message: str, *, line: int | None = None, field_name: str | None = None):
        raise ImportFailed(message, file=str(self.document.path), line=line, field=field_name)

    def parse(self) -> ParsedDocument:
        content = content_lines(self.document)
        codes = Counter(code for line in content for code in _LEADER_PAGE_CODE.findall(line.stripped))
        self.leader_codes = {code for code, count in codes.items() if count >= 3}
        lines = join_letter_spaced(content)
        if self.kind == "kallelse":
            lines = pipe_cells_apart(lines)
        if self.kind == "protokoll":
            lines = _dollars_at_page_heads(lines)
        self.signs_after_codes = False
        if self.kind == "protokoll" and (unsigned := _signs_after_codes_dropped(lines)):
            # Every § of the text stands after its body's code, in the margin ("Kf § 78 Kallelse ...", "2 Sida 1
            # Ksau § 321 Handlingar ..."): the layout the lost-sign readers read with the signs lost ("Kf 78"),
            # read so (their keys "§ 78" as the lost-sign readers give them).
            lines, self.signs_after_codes = unsigned, True
        if self.kind == "protokoll":
            # (Before the page's furniture is dropped: a column of marks alike, "§2" ... "§8", looks like a
            # running line repeated.)
            lines = pair_number_column(pair_stacked_columns(lines), bounded_only=True)
        elif self.kind == "kallelse":
            lines = pair_number_column(lines)  # the rows' numbers stacked, their titles below them
        lines = split_paragraph_runs(drop_page_artefacts(lines))
        if self.kind == "protokoll":
            # "__________KS § 243 Dnr KS 03-291 009" (Norrtälje): the rule under a § glued to the next §'s head is
            # layout (_RULE_LINE), the head its own line's.
            lines = [replace(line, text=line.stripped[rule.end():]) if (rule := _RULE_OPENING.match(line.stripped))
                     else line for line in lines]
        self.lines = lines
        # The lines as cleaned so far, before any reader cut them into items: what the learned title model reads
        # (learnedtitles, _learned_rows) and was trained on (bench/learn_titles.py).
        self.cleaned_lines = lines
        self.last_line = next((line for line in reversed(lines) if line.stripped), None)
        # Its last four words, split once: _ends_the_text asks for them per item, and the line may be a whole run-on
        # text (splitting it per item was quadratic: 2,000 §§ on one line).
        self.last_words = self.last_line.stripped.rsplit(None, 4)[-4:] if self.last_line is not None else []
        self.code_column_words = _code_column_words(lines) if self.kind == "kallelse" else frozenset()
        self.kinds_named = self.kind == "kallelse" and any(_DECISION_KIND_MARK.search(line.stripped) for line in lines)
        # Text a document site gives (its own text dropped, pages run on): an excerpt that may
        # stop anywhere, even inside the last item's title.
        self.site_title = _site_title_in_text(self.document)
        self.site_justering = _justering_in_site_title(self.document) if self.kind == "protokoll" else None
        self.site_title_dates_otherwise = _site_title_dates_labelled_otherwise(self.document) \
            if self.kind == "protokoll" else set()
        self.excerpt = len(content) < len(self.document.lines) or any(
            line.page_start for line in lines) or (self.kind == "kallelse" and self.document.cut_mid_line)
        # Extraction that lost every § sign: an item opening a page may be "231 Title" or
        # "KS 261 Title"; only then are such lines read as items.
        # (A § in a law's reference, "6 kap. 24 § kommunallagen", or the head's "Paragrafer §§ 1-15", is no
        # paragraph's sign: only a § before a number and a title, or opening a line, is.)
        self.lost_paragraphs = self.kind == "protokoll" and not any(
            "§" in line.text and (_PARAGRAPH.match(line.stripped) or _SECTION_IN_RUN.search(line.stripped))
            for line in lines)
        # A document site's title for the file (its first line, again as 'Download "..."') repeats the
        # text's first words: a head to read the body and the date from, never the items (they follow
        # in the text itself; read from the title too, the list would start twice).
        title_lines, lines = _site_title_lines(self.document, lines)
        if self.kind == "protokoll":
            lines = split_contents_lines(lines)
        lines = self.lines = split_contents_runs(lines, protocol=self.kind == "protokoll")
        if self.kind == "protokoll":
            lines = self.lines = mark_portal_rows(lines)
        if self.kind == "kallelse":
            lines = join_dashed_number_rows(drop_time_column(lines))
            bulleted = split_numbered_bullets(lines)
            # A portal's page gives its items so and only so: its other lines (links, notes, a bullet's
            # numbered points) open no item.
            self.portal_rows = {new.number for new, old in zip(bulleted, lines, strict=True)
                                if new is not old and new.item_start}
            lines = self.lines = split_bullet_rows(split_glued_rows(bulleted))
        self.row_starts = {id(line) for line in lines if line.item_start}
        if self.lost_paragraphs or self.kind == "kallelse":
            lines = split_numbered_runs(lines, protocol=self.lost_paragraphs)
            if self.lost_paragraphs:
                lines = split_caps_headings(lines)
            else:
                # An agenda's rows cut apart at their case numbers, their numbers lost (see split_numbered_runs):
                # rows of its list, the first item among them too.
                self.row_starts |= {id(line) for line in lines if line.item_start}
            self.lines = lines
        if self.kind == "kallelse" and (after_rows := rows_run_on_after_a_row(lines)):
            # The list's later rows run together after a numbered row (countedruns): rows of the list too.
            lines = self.lines = after_rows
            self.row_starts |= {id(line) for line in lines if line.item_start}
        self.opening_text = _text([*title_lines, *lines[:40]])[:3000]
        # A list with a column for who presents each row (its head anywhere in the list: pages repeat it).
        self.presenter_column = self.kind == "kallelse" and any(
            _PRESENTER_COLUMN.search(line.stripped) for line in lines)
        if self.kind == "kallelse":  # the welcome's number is no row's: the list's own 1 follows (see _WELCOME)
            lines = [replace(line, text=_NUMBERED_WELCOME.sub("", line.stripped)) if _NUMBERED_WELCOME.match(
                line.stripped) else line for line in lines]
        # A cover before the page headed "KALLELSE" (later_kallelse_page) holds no row of the list.
        headed_at = later_kallelse_page(content) if self.kind == "kallelse" else None
        page = content[headed_at].number if headed_at is not None else 0  # (a line cut up keeps its number)
        cover, lines = [line for line in lines if line.number < page], [line for line in lines if line.number >= page]
        if self.kind == "protokoll" and (variant := variant_head_rows(lines, self._stated_range(lines))):
            # §§ headed in a standard form of their own ("Kommunstyrelsen § 45", "$ 45"), read as the usual "§ 45
            # Title"; the text holds § heads, its signs were not lost.
            lines, self.lost_paragraphs = variant, False
        coded = _coded_head_rows(lines, self._stated_range(lines), self.opening_text) \
            if self.kind == "protokoll" and self.lost_paragraphs else None
        head, items = self.split_items(lines)
        if coded and not set(coded[1]) & {item.number for item in items if item.key}:
            # §§ headed by the body's code and number, the sign lost ("KF 59 KS 2010/0369 Beslut om ..."), none of
            # which the lost-sign readers read: read as "§ 59 ...", the running head before each a line of its own
            # (what those readers read, where they read one such head, stands: a margin's path, a case number, the
            # §§ run on inside a page's text they cut).
            self.item_codes, self.listed_rows, self.listed_at = [], {}, {}
            self.__dict__.pop("stated_range", None)
            # (The signs were lost: the lost-sign readings of a head stand, as of titles run on with their text.)
            lines = coded[0]
            head, items = self.split_items(lines)
        if self.kind == "protokoll":
            items = _inside_the_printed_range(head, items)
            items = self._unshadowed(head, items)
            _case_numbers_above_heads(head, items)
        stated = self._stated_range(lines) if self.kind == "protokoll" and items else None
        if (not items or stated and len(items) < stated[1] - stated[0] + 1) \
                and (counted := counted_run_rows(lines, protocol=self.kind == "protokoll")) \
                and (not items or _lists_the_stated_range(counted, stated)):
            # No layout reader found an item: a list the text teaches by its numbers counting on (countedruns). Or
            # fewer §§ than the front page states ("Justerade paragrafer 23-35"), and such a list gives them all,
            # each of the range once (Tomelilla's contents run on in one line, § 23's page cut after its head).
            head, items = self.split_items(counted)
        if self.kind == "kallelse" and not items and (headless := headless_run_on_rows(lines)):
            # No reader found an item: an agenda's rows run together on one line under no heading (countedruns).
            self.row_starts |= {id(line) for line in headless if line.item_start}
            head, items = self.split_items(headless)
        if self.kind == "kallelse" and not items and (closed := rows_closed_by_attachment_cells(lines)):
            # No reader found an item: an agenda's rows run together, each with papers closed by its "Bilaga" cell.
            self.row_starts |= {id(line) for line in closed if line.item_start}
            head, items = self.split_items(closed)
        if self.kind == "protokoll" and not items and (paged := _leader_rows_one_a_line(lines)) is not lines:
            # No reader found a § (whose signs may be lost, "KS 101 Title"): a list of titles and pages alone.
            self.row_starts |= {id(line) for line in paged if line.item_start}
            head, items = self.split_items(paged)
        if len(items) <= 1 and (runs := numberless_title_runs(lines)) is not None:
            # No reader found a list of §§ or rows (one at most, a run of rows read as one): a contents list or an
            # agenda run together, its numbers lost (titleruns).
            self.row_starts |= {id(line) for line in runs if line.item_start}
            head, items = self.split_items(runs)
        head = cover + head
        if self.kind == "protokoll" and not items:
            # (its §§ numbered points, the range its front page states them in perhaps: "Paragrafer 49-50")
            head, items = _points_as_items(head, self._stated_range(head))
        if self.kind == "protokoll":
            head, items = quoted_agenda_points(head, items)
        if self.kind == "kallelse":
            head, items = _unnumbered_row_above_the_first(*_first_row_lost(*_before_year_numbered_rows(head, items)))
            case_numbers_above_rows(head, items)
        head = [*title_lines, *head]
        self.lines = [*title_lines, *self.lines]
        if self.kind == "kallelse" and self.portal_rows:
            head, items = _portal_items(head, items, self.portal_rows, self.summary_rows)
        if self.kind == "kallelse":
            _unstack_items(items)
            _stacked_case_numbers(items, _is_formality)
            items = split_section_lists(
                _fold_attached_extracts(_merge_repeated_items(_fold_rows_without_a_free_number(items))))
            _numbers_from_attached_papers(items)
        # In a protocol only a row of its list of paragraphs is split so: a
        # paragraph's run-on text may well name a motion mid-sentence.
        items = [piece for item in items for piece in (
            _split_matter_run(item) if self.kind == "kallelse" or item.row else [item])]
        if self.kind == "kallelse":
            items = _lost_rows_in_lines(split_rows_in_number_gaps(_split_at_counted_numbers(
                [piece for item in items for piece in _split_after_stubs(without_papers_handed_out(item))])))
            items = [piece for item in items for piece in _split_long_agenda_row(_without_page_head(item))]
        else:
            items = _coded_rows_run_on(split_rows_in_number_gaps(items, protocol=True), self.lines)
            items = [piece for item in items for piece in split_standing_words(item)]
        items = split_repeated_openings(items)
        if self.kind == "protokoll":
            # A row of the list of paragraphs whose § stands again below with its text: that one. (Each key's last
            # item looked up, not every item after each: that was quadratic in a long protocol.)
            last_of_key = {item.key: index for index, item in enumerate(items)}
            items = [item for index, item in enumerate(items)
                     if not item.key or any(x.stripped for x in item.lines) and not item.row
                     or last_of_key[item.key] == index]
            _drop_page_column_of_heads(items)
        whole_head = head
        if self.kind == "protokoll" and not items:
            head, items = titled_decisions_in_brief(head)
        if self.kind == "protokoll" and not items:
            head, items = _unnumbered_paragraph(_split_item_run_in(head) if any(
                len(line.stripped) > RUN_ON for line in head) else head)
        body, body_line = self.body(head)
        if body is None and head is not whole_head:
            # The page the one paragraph stands on opens with the body: "KOMMUNSTYRELSEN Protokoll ...".
            body, body_line = self.body(whole_head[:len(head) + 1])
        if body is None and self.kind == "protokoll" and items and items[0].row and not items[0].key:
            # A list of paragraphs whose numbers were lost opens the text, the front page after it ("Avser
            # sammanträde med Kommunfullmäktige", Sundsvall): the head goes on under the list's rows.
            body, body_line = self.body([*head, *(x for item in items if item.row for x in item.lines)])
        front_page = items[0] if self.kind == "protokoll" and items and not items[0].key and not items[0].row \
            and body is None else None
        if front_page is not None:
            # The front page taken for a § whose number was lost (a heading in capitals, "STAFFAN STO RPS Plats och
            # tid ...", Staffanstorp): the body its form labels there ("Nämnd/styrelse Kommunstyrelsens arbetsutskott"),
            # and only so (its other words are no heading's).
            body = _labelled_body(" ".join([front_page.head, *(x.stripped for x in front_page.lines if x.stripped)]))
        if body is None and self.kind == "protokoll" and items:
            body = _body_of_decision_headings(items)
        if body is None and self.kind == "protokoll":
            body = _body_of_its_protocol(head)
        present_at = None  # the front page where §§ alone in the list of those present cut the head short
        if body is None and self.kind == "protokoll" and items and not items[0].head.strip():
            # "Anki Johnsson, verksamhetschef" / "§ 79" / "Tuula Milz, rektor § 79": a § alone on its line in the list
            # of those present (the § they attended for; no matter, see _is_a_matter) cut the head before the
            # anslag's box, "Organ Barn-, kultur- och utbildningsnämnden" / "Sammanträdesdatum 2018-10-24"
            # (Kramfors): the box read over the text up to the first § with a title.
            titled = next((item.line for item in items if item.head.strip()), None)
            present_at = [x for x in self.lines if x.stripped and (titled is None or x.number < titled)]
            labelled = _organ_labelled(present_at[:ORGAN_LABEL_REACH])
            body, body_line = labelled if labelled else (None, body_line)
        no_body = f"{self.kind}: hittade inget organ (kommunstyrelsen, en nämnd ...) i sidhuvudet"
        date_head = head
        if self.kind == "protokoll" and not items:
            # No § read: the head is the whole text. The meeting's date stands on the first page (its head, the
            # anslag's form); a date a later page names (an invitation's, a deadline's) is not the meeting's.
            pages = [line for line in whole_head if line.page_start]
            date_head = [line for line in head if line.number < pages[1].number] if len(pages) >= 2 else head
            if len(pages) >= 2 and pages[1].number == pages[0].number:
                # Pages cut out of one line of the file (common._pages_run_together) share its number: the
                # first page is what stands before the second's start.
                date_head = head[:next((at for at, line in enumerate(head) if line is pages[1]), len(head))]
        date = self.meeting_date(date_head)
        if date is None and self.kind == "protokoll" and (front := _front_page_under_the_rows(items)):
            # The list of paragraphs opens the text, the front page under its rows ("INNEHÅLLSFÖRTECKNING 96 Taxa ..."
            # then "149 Plats och tid: Kammarsalen i Habo kommunhus, torsdagen den 29 november 2012", Habo): its form
            # dates the meeting as a head does.
            date = self.meeting_date(front)
        if date is None and present_at and body is not None:
            date = self.meeting_date(present_at[:ORGAN_LABEL_REACH])
        if date is None and body is not None and self.kind == "protokoll":
            # (A kallelse's letter is dated after its body's name: 'Kommunstyrelsen 2024-01-15', Tyresö, Tibro.)
            date = _date_after_the_body(body, date_head) or _spaced_date_after_the_body(body, date_head)
        if date is None and front_page is not None:
            # (Its date as its form labels it there: "Plats och tid ... måndagen den 29 april 2013 klockan".)
            date = self.meeting_date([*head, Line(front_page.line, front_page.head), *front_page.lines])
        if date is not None and (labelled_day := _labelled_day_without_year(date_head)) is not None \
                and labelled_day != (int(date[5:7]), int(date[8:10])):
            # "Kallelse till sammanträde med kommunstyrelsen 2013-02-19 Tid: Onsdagen den 27 februari, kl. 18.00"
            # (Trosa): the head labels the meeting's day, its year not printed, and it is another day than the date
            # read (the letter's own): the meeting's date is not stated whole; the year is never inferred.
            self.meeting_warnings.add(None, "meeting.date", f"{date}: sidhuvudet anger ett annat sammanträdesdatum "
                                                            "utan år; lämnas tomt")
            date = None
        if body is None and date is not None and self.kind == "protokoll":
            body = _body_whose_protocol_is_dated(whole_head, date)
        if body is None and not _A_BOARD_DECIDES.search(_text(lines)):
            # The last reading: a federation's name alone on a head's line, where no board decides in the text (a
            # förbund's "DIREKTIONEN BESLUTAR" under its name makes the board the meeting's body, read above, or two
            # boards deciding leave it untold: the federation's name is then its organisation's, not its body's).
            body = _federation_named_alone(head)
        meeting = ParsedMeeting(body=body, date=date, state="held" if self.kind == "protokoll" else "called")
        if self.kind == "protokoll":
            self.approval(meeting)
        # What only a protocol states (its justering, 'Justerandes sign', 'Utdragsbestyrkande') makes
        # the text a municipal protocol, though its head lost body and date: read, not refused.
        whole_text = _text(lines)
        signed = self.kind == "protokoll" and bool(protocol_signal(whole_text))
        if body is None and not items and not (date or meeting.approved_on or meeting.notice_posted_on or signed):
            self.fail(no_body, field_name="organ")  # neither a meeting nor a matter to import
        if body is None and not items:
            # Partial beats refusal (issue 13): the meeting's dates as read, its body warned of
            # (a meeting without its body is shown, not stored).
            self.meeting_warnings.add(body_line, "organ", f"{no_body}; sammanträdet sparas inte")
        meeting.warnings = self.meeting_warnings.items
        municipality = municipality_of(whole_text)
        # A list whose rows end with their case numbers, digits only (see _YEAR_FIRST_END).
        # (A protocol's list of §§ so too: "7 Bokslut 2018 2019/10 8 Budget 2019 och handlingsplan 2019/9", Höglandet.)
        self.numbered_rows = self.kind in ("kallelse", "protokoll") and sum(
            bool(_year_first_end(x.head)) for x in items) >= 3
        # A kallelse's list whose rows open with case numbers, or end with them (bracketed), in three rows or more.
        self.number_columns = tuple(
            where for where in (_COLUMN_LEAD, _COLUMN_BRACKETED, _COLUMN_END)
            if self.kind == "kallelse" and sum(bool(_column_number(x.head, where)) for x in items)
            >= _COLUMN_NUMBERS_NEEDED)
        # A list with a column of numbers written year first, whole or cut ("2015/684", "2015/"), in three rows or more.
        self.year_column = self.kind == "kallelse" and sum(bool(_YEAR_FIRST_NUMBER.search(x.head)) for x in items) >= 3
        parsed: list[ParsedItem] = []
        # §§ that go on with their sections (Beslut, Förslag till beslut ...), not a list's rows alone.
        self.paragraphs_with_text = sum(1 for item in items if any(
            _item_heading(x.stripped) for x in item.lines if x.stripped)) >= 2
        # A list of paragraphs whose rows each end with their page ("§ 267" / "Finansiering från ..." / "46 - 47",
        # Luleå): all but the last at least three, so the last, its page not in the text, was cut by the excerpt.
        ends = [next((x.stripped for x in reversed(item.lines) if x.stripped), "") for item in items]
        paged = [bool(_PAGE_RANGE_LINE.fullmatch(end)) for end in ends]
        self.paged_rows = self.kind == "protokoll" and len(items) >= 4 and not paged[-1] \
            and sum(paged[:-1]) >= max(3, 3 * (len(items) - 1) // 4)
        # A kallelse's list closing each row with its own full stop, no other sentence in the row ("10. Kostpolicy." /
        # "11. Motion från Anders Kempe för ... chefsnivåer.", a web notice's list): the stop is the list's way of
        # ending a row, so a capitalised word inside a row (a name, "Samordningsförbundet i Kramfors") opens no
        # sentence run on after the title.
        rows = [" ".join(x.stripped for x in [Line(item.line, item.head), *_without_group_word(item.lines)]
                         if x.stripped) for item in items]
        # (The stop closing the title where presenters follow it: "Planinformation. - Henrik Johansson", Ljungby.)
        self.stopped_rows = self.kind == "kallelse" and len(rows) >= 4 and sum(
            bool(_ROW_CLOSED_BY_STOP.fullmatch(_PRESENTERS_AFTER_PERIOD.sub("", row))) for row in rows) >= max(
            4, 3 * len(rows) // 4)
        # A kallelse's list whose rows name their attached papers in brackets after the title, the page listing them
        # under "Bilagor" ("Arkivreglemente Sydarkivera (Förslag till Sydarkiveras arkivreglemente version 03).",
        # "Lägesrapport om arkivsystem (Lägesrapport arkivsystem september 2015)."): three rows so at least.
        self.paper_brackets = self.kind == "kallelse" and any(
            _ATTACHMENTS_LABEL.match(x.stripped) for x in lines) and sum(
            bool(_PAPER_NAME_AT_END.search(row)) for row in rows) >= 3
        runs: dict[int, list[str]] = {}  # a parsed row's index -> the numbers that stand after it
        group: tuple[str, str | None] | None = None  # the onward step a kallelse's group heading names
        self.path_column = self.kind == "kallelse" and sum(bool(_dated_group(x.head, meeting)) for x in items) >= 2
        last_read: Item | None = None  # the item parsed[-1] was read from
        for item in items:
            self.number_run = None
            result = self.item(item, meeting, municipality)
            if result is not None:
                _drop_page_number_of_title(result, item, self.document.lines)
                parsed.append(result)
                last_read = item
                if self.number_run:
                    runs[len(parsed) - 1] = self.number_run
                if group and meeting.body and all(step.body != group[0] for step in result.matter.planning):
                    _add_onward_step(result.matter.planning, group)
            heading = _group_heading_step(item.head, meeting, self.path_column) if self.kind == "kallelse" else None
            if heading is None and self.kind == "kallelse":  # (a heading the row's lines end with)
                whole = " ".join([item.head, *(x.stripped for x in item.lines)]).strip()
                # (the head alone, a row without lines, was read just above: not read twice)
                heading = _group_heading_step(whole, meeting, self.path_column) if whole != item.head else None
            group = group if heading is None else heading or None
        if self.kind == "kallelse" and last_read is not None \
                and self._last_row_cut_before_its_number(parsed, last_read):
            # "11. Kommun" ending the text, where every row before it has its "Diarienummer RS 2020-05403" on the line
            # below (VGR's web list): the excerpt ended inside the row, its title not stated whole.
            self.notes.append(f"{parsed[-1].key}: raden utan diarienummer slutar där texten tar slut "
                              f"({parsed[-1].matter.title!r}); inget ärende")
            parsed.pop()
        _drop_code_column_of_titles(parsed)
        _drop_letter_column_of_titles(parsed)
        _drop_number_runs_of_titles(parsed)
        _next_rows_cut_off_titles(parsed)
        if self.kind == "kallelse":
            _drop_open_bracket_ends(parsed)
            _drop_lost_page_references(parsed)
        # (A protocol's list of paragraphs too, each row's title on the line under its "§ 143 330": Gällivare.)
        _drop_page_column_of_titles(parsed)
        if self.kind == "protokoll":
            _drop_rows_their_paragraphs_repeat(parsed)
        if self.kind == "kallelse":
            _drop_time_column_of_titles(parsed)
            if any(_PAGE_COLUMN_HEAD.search(line.stripped) for line in self.document.lines):
                _drop_page_cells_of_titles(parsed)
            if self.presenter_column:
                self.presenters |= _repeated_names_at_ends(parsed)
                if any(_PAGE_COLUMN_HEAD.search(line.stripped) or _PRESENTER_AND_PAGE_HEADS.search(line.stripped)
                       for line in self.document.lines):
                    _drop_presenter_and_page_cells(parsed, self.presenters)
            _drop_presenters_of_titles(parsed, self.presenters, self.presenter_column)
            _registry_prefix_rejoined(parsed)
            if any(_KIND_COLUMN_HEAD.search(line.stripped) for line in self.lines):
                _drop_kind_column_of_titles(parsed)
            _numbers_after_their_rows(parsed, runs)
        # (after a presenter column's names are taken off, which count the names ending rows)
        # page noise, a presenter's note, a heading or the decision's sentence run on after the title (see their cuts)
        for result in parsed:
            if result.matter.title:
                title = standing_report_cut(heading_run_on_cut(presenter_note_cut(page_noise_cut(
                    result.matter.title))))
                cut = decision_run_on_cut(title)
                if cut is None:
                    Warnings(result.matter.warnings).add(None, "title", f"rubriken går utan gräns över i beslutets "
                                                                      f"mening ({title[:60]!r}); lämnas tom")
                result.matter.title = cut or ""
            if result.matter.title and (own := _OWN_NUMBER_OPENING.match(result.matter.title)) \
                    and result.key.split()[-1:] == [own.group("n")]:
                result.matter.title = result.matter.title[own.end():]
            if result.matter.title:
                result.matter.title, labelled = labelled_number_opening(result.matter.title)
                result.matter.case_number = result.matter.case_number or labelled
        parsed += self._learned_rows(parsed, meeting, municipality)
        if body is None:
            # Partial beats refusal (issue 13): a meeting needs its body, so only the matters are
            # stored (store.py), each warned that the meeting and its decision step were not; the
            # dry run still shows the meeting's date as read.
            for item in parsed:
                Warnings(item.matter.warnings).add(
                    body_line, "organ", f"{no_body}; sammanträdet och dess beslut sparas inte, bara ärendet")
            if not parsed and not items and not (date or meeting.approved_on or meeting.notice_posted_on or signed):
                # (Items read whose titles are not stated whole still make the text a meeting's
                # document: partial beats refusal.)
                self.fail(no_body, field_name="organ")
            if not parsed:
                self.meeting_warnings.add(body_line, "organ", f"{no_body}; sammanträdet sparas inte")
        if not parsed and not items:
            if self.kind == "protokoll":
                # A protocol's cover page (or an extract cut before its first §) gives the meeting alone.
                self.notes.append("inga §§ i texten; bara sammanträdet")
            else:
                # A kallelse whose items cannot be read: the meeting it calls, with a warning.
                self.meeting_warnings.add(None, "ärenden", f"{self.kind} utan ärenden: hittade inga numrerade "
                                                           "punkter eller §§; bara sammanträdet")
        return ParsedDocument(
            name=self.document.name, checksum=self.document.checksum, kind=self.kind,
            items=parsed, meeting=meeting, notes=self.notes,
        )

    def _learned_rows(self, parsed: list[ParsedItem], meeting: ParsedMeeting, municipality: str) -> list[ParsedItem]:
        """The fallback where the rules read no item's title, or fewer than half the rows the text's numbers count:
        the list of rows the learned model reads (learnedtitles.fallback_rows: three rows or more counting on, the
        list scored high as a whole), each row read as an agenda row or a § whose head is the model's title. Rows
        whose number the rules read are left to them."""
        lines = self.cleaned_lines
        titles_read = sum(1 for result in parsed if result.matter.title)
        found, read_few = line_fallback(lines, titles_read)
        rows = [(row.number, lines[row.index].number, row.text) for row in found]
        if not rows and read_few:
            # The word model's titles (learnedwords: run-on text, no line holds them), each only where the text
            # states its item's number right before it; a number or title read already is not read again.
            rows = [(span.number, lines[span.line].number, span.text) for span in numbered_spans(lines)]
        have = {int(number.group()) for result in parsed if (number := re.search(r"\d+", result.key))}
        titles = {result.matter.title.casefold() for result in parsed if result.matter.title}
        learned = []
        for number, line_number, text in rows:
            if number in have:
                continue
            key = f"§ {number}" if self.kind == "protokoll" else f"punkt {number}"
            result = self.item(Item(key, number, line_number, text), meeting, municipality)
            if result is not None and result.matter.title and result.matter.title.casefold() not in titles:
                learned.append(result)
                have.add(number)
                titles.add(result.matter.title.casefold())
        return learned

    # ------------------------------------------------------------ structure

    @staticmethod
    def _stated_range(lines: list[Line]) -> tuple[int, int] | None:
        """The first and last § the protocol's front page states ("Paragrafer 49-50", "Paragrafer §§ 84-102"), or
        None."""
        stated = next((found for line in lines[:_FRONT_PAGE_LINES] if (found := _STATED_PARAGRAPHS.search(
            line.stripped))), None)
        first, last = (int(stated.group("first")), int(stated.group("last"))) if stated else (0, -1)
        return (first, last) if first <= last else None

    def _unshadowed(self, head: list[Line], items: list[Item]) -> list[Item]:
        """Items without a § read BEFORE the protocol's list of paragraphs under the number of one of its rows, the
        title another: a § reference in the attendance list ("Frida Skarp, 124 Internationella samordnaren ...",
        officials with the §§ they attended for), not that § (its text follows the list, never precedes it)."""
        if len(self.listed_at) < 3:
            return items
        kept = []
        for item in items:
            at = self.listed_at.get(item.number)
            if at is not None and item.line < at and item.key == f"§ {item.number}" \
                    and not item.head.startswith(self.listed_rows[item.number][:20]):
                head.extend([Line(item.line, item.head), *item.lines])
                continue
            kept.append(item)
        return kept

    def split_items(self, lines: list[Line]) -> tuple[list[Line], list[Item]]:
        head: list[Line] = []
        items: list[Item] = []
        in_list = False
        last_number = 0
        in_proposal = False
        last_point = 0
        row_marks: set[str] = set()  # how the list's numbered rows set their numbers ("", "."): _mark_of
        point_mark: str | None = None  # ... and the points of the proposal under the last row
        current: Item | None = None  # an earlier item its attachment continues ("2 Title (TEF/2019:263) ...")
        chain_starts = _alone_number_chain_starts(lines) if self.kind == "kallelse" else set()
        counted_on = _rows_counting_on(lines) if self.kind == "kallelse" else set()
        another_list = False  # a kallelse's list begun again at a standing item: another meeting's (see below)
        lost_since = 0  # items read since the last numbered one whose numbers were lost
        stated: list[Item] = []  # §§ found from the number the front page states them to begin at
        year_coded = _year_coded_row_lines(lines) if self.kind == "protokoll" else set()
        for at, line in enumerate(lines):
            text = line.stripped
            if not text or another_list and (_NUMBERED.match(text) or _NUMBER_ALONE.match(text)) \
                    and not _PARAGRAPH.match(text):
                ((current or items[-1]).lines if items else head).append(line)
                continue
            if self.kind == "kallelse" and last_number >= 2 and not in_proposal and (again := _NUMBERED.match(text)) \
                    and int(again.group("n")) == 1 and FORMALITY.match(again.group("rest").rstrip(". ")):
                # "1. Godkännande av dagordningen" after the list's items 1-8: a page of several meetings' posts (or
                # a second kallelse attached) opens the next meeting's list with its standing items; its numbered
                # rows are that meeting's, none of this one's (Sydarkivera's page; Habo's attached kallelse; the
                # standing items of Hallsberg's attached protocol page). A § or an attached paper still reads.
                another_list = True
                (items[-1].lines if items else head).append(line)
                continue
            attachment = self._attachment_of(items, text) if self.kind == "kallelse" and items else None
            if attachment is not None:
                current, rest = attachment
                heading = re.match(r"^(?P<h>Förslag till beslut|Beslutsförslag)\s*:?\s+(?P<text>\S.*)$", rest)
                parts = [heading.group("h"), heading.group("text")] if heading else [rest] if rest else []
                current.lines.extend(Line(line.number, part) for part in parts)
                continue
            start, path = None, []
            paragraph = _PARAGRAPH.match(text)
            code = _CODE_AND_NUMBER.match(text)
            # A line that may open a paragraph whose § sign was lost: a page's first, or opening with a code.
            page_or_code = self.lost_paragraphs and (line.page_start or _coded_opening(text))
            if code and (paragraph or page_or_code or self.kind == "protokoll" and line.item_start):
                self.item_codes.append(code.group("code"))
            lost = (self._lost_paragraph(line, last_number)
                    if page_or_code or self.lost_paragraphs and _margin_path(text) else None)
            if lost is None and self.lost_paragraphs and not items and len(text) > RUN_ON:
                lost = self._paragraph_after_head(line)
            if lost is None and self.lost_paragraphs and len(text) > RUN_ON and all(
                    x.line == items[0].line or x in stated for x in items):
                lost = self._stated_first_paragraph(line, lines, items, stated)
                stated += [lost] if lost else []
            signed = _SIGNED_HEAD.search(text, 0, 200) if lost is None and not paragraph and self.kind == "protokoll" \
                else None
            if signed:
                # (The signs dropped in the head alone, its code's and its path's: the text after it as written.)
                chain = _SIGNED_CHAIN.match(text, signed.start())
                unsigned = text[:chain.start()] + _PATH_SIGN.sub(r"\1 ", chain.group()) + text[chain.end():]
                lost = self._lost_paragraph(Line(line.number, unsigned, page_start=line.page_start), last_number)
            ends = BULLETED_PARAGRAPH_AT_END.search(text) if self.kind == "protokoll" and not paragraph else None
            if ends:
                # "Kommunfullmäktige 13:30 - 19:20 Vätternsalen, Motala Convention Centre • § 165": a portal's
                # bulleted § run onto the heading above it, the line break lost (Motala joined): the § opens there.
                (items[-1].lines if items else head).append(Line(line.number, text[:ends.start()].rstrip()))
                paragraph = _PARAGRAPH.match(ends.group("paragraph"))
            if paragraph and self.kind == "kallelse" and _DATE_ONLY.match(paragraph.group("rest")):
                pass  # "KF § 170 2015-11-10" in an agenda: the decision it rests on, not an item
            elif paragraph and self.kind == "kallelse" and _earlier_step_cell(lines, at, paragraph, items):
                # (set aside: no part of a title left open above it, "... budget med plan för" / "AU § 26", nor of
                # the title of a row whose number stands above it, "9." / "AU § 25" / "Revidering av ...")
                continue
            elif paragraph:
                number = int(paragraph.group("a") or paragraph.group("b"))
                rest = paragraph.group("rest")
                if bracketed := _BRACKETED_LABEL_LEAD.match(rest):
                    # "§ 45 (Dnr 2019/12)", its title after it or below: the §'s number, read as without brackets
                    rest = bracketed.group("label") + rest[bracketed.end():]
                pairs = _SIGNED_PATH_PAIRS.match(rest) if self.kind == "protokoll" else None
                if pairs:
                    own = [code.group("code")] if code and re.fullmatch(_PATH_CODE, code.group("code")) else []
                    path = path_bodies([*own, *_SIGNED_PAIR_CODE.findall(pairs.group())])[len(own):]
                    rest = rest[pairs.end():]
                start = (f"§ {number}", number, rest)
            elif id(line) in year_coded and (row := _YEAR_CODED_CONTENTS_ROW.match(text)):
                number = int(row.group("n"))  # "KS 52/16 Title": a § numbered through the year, as written
                start = (f"§ {number}/{row.group('year')}", number, row.group("rest"))
            elif self.kind == "protokoll" and line.item_start and (row := _CONTENTS_ROW.match(text)):
                number = int(row.group("n"))  # a row of the protocol's list of paragraphs
                self.listed_rows[number] = row.group("rest").strip()
                self.listed_at.setdefault(number, line.number)
                start = (f"§ {number}", number, row.group("rest"))
            elif self.kind == "protokoll" and line.item_start and (items or id(line) in self.row_starts):
                start = ("", last_number, text)  # a row whose number the list does not give
            elif lost:
                items.append(lost)
                last_number = lost.number or last_number
                continue
            elif self.kind == "kallelse" and line.item_start and (year := _YEAR_NUMBERED.match(text)):
                # "250/18 Title" as written; "/18 Title" an item whose number was lost
                number = int(year.group("n")) if year.group("n") else last_number
                start = (f"punkt {year.group('n')}/{year.group('year')}" if year.group("n") else "", number,
                         year.group("rest"))
            elif (self.kind == "kallelse" and line.item_start and (items or id(line) in self.row_starts)
                  and not _NUMBERED.match(text) and not FORMALITY.match(text)):
                start = ("", last_number, text)  # an item whose number was lost
            elif (self.kind == "kallelse" and line.item_start and (numbered := _NUMBERED.match(text))
                  and int(numbered.group("n")) > last_number):
                number = int(numbered.group("n"))
                start = (f"punkt {number}", number, numbered.group("rest"))
            elif (self.kind == "kallelse" and (alone := _NUMBER_ALONE.match(text))
                  and (int(alone.group("n")) == last_number + 1 and (items or in_list)
                       or in_list and not items and id(line) in chain_starts)):
                number = int(alone.group("n"))
                start = (f"punkt {number}", number, "")
            elif self.kind == "kallelse" and not items and (headed := _HEADED_FIRST_ROW.match(text)) \
                    and _next_row_counts_on(lines, at, int(headed.group("n"))):
                # "Föredragningslista Nr Ärende/Föredragande 1. Information från ..." / "2. Svar på ...": the list's
                # heading (and its columns' heads) with its first row on one line, the rows after it on lines of
                # their own (Habo, Jönköpings län; the run-on lists open so: _ROW_AFTER_COLUMN_HEADS).
                head.append(Line(line.number, headed.group("heading")))
                in_list, number = True, int(headed.group("n"))
                start = (f"punkt {number}", number, headed.group("rest"))
            elif self.kind == "kallelse":
                # (A web page's bullet before the row is layout: "• Punkt 4 – Planeringsstrategi ...", Gnesta's
                # preview, each row over its description; the row's own number says it is the list's.)
                named = _NAMED_ITEM.match(_LAYOUT_BULLET.sub("", text, count=1))
                numbered = _NUMBERED.match(text) if (in_list or items or last_number == 0) else None
                if numbered and not items and _DOCUMENT_NAME_OPENING.match(numbered.group("rest")):
                    numbered = None  # "1 KALLELSE", "1 Kallelse Kommunstyrelsen ...": a page's number and head
                if named:
                    number = int(named.group("n"))
                    start = (f"punkt {number}", number, named.group("rest"))
                elif numbered and not _DAY_AND_MONTH.match(text):
                    number = int(numbered.group("n"))
                    mark = _mark_of(text, numbered)
                    # Rows numbered in one form ("1 Title", "2 Title") and a proposal's points in another ("1. ...",
                    # "2. ...", Tyresö's agenda): under a proposal's lead a number in the other form is a point
                    # whatever it counts on from, one in the rows' form after the points a row.
                    other_form = in_proposal and len(row_marks) == 1 and mark not in row_marks
                    rows_form = in_proposal and point_mark is not None and point_mark != mark and row_marks == {mark}
                    is_point = in_proposal and (number == last_point + 1 and not rows_form or other_form)
                    # The first item is 1, or any number right under the list's heading
                    # ("Föredragningslista / 247 Val av justerare"), as a paragraph series runs on.
                    first = number == 1 or in_list and not items and not in_proposal
                    # (Or a page leaving the list's first row or two out: "2 Sammanträdets öppnande" / "3 Upprop"
                    # heading its text, a standing item counted on by the next row, Region Västerbotten's page; "3
                    # Utseende av protokolljusterare ..." / "4 Ordförandens ...", Stockholm's portal.)
                    first = first or number in (2, 3) and not items and not in_proposal \
                        and bool(FORMALITY.match(numbered.group("rest").rstrip(". "))) \
                        and _next_row_counts_on(lines, at, number)
                    # A row that gives its case number after its number is the agenda's row whatever its
                    # number: a web notice lists some items of the meeting ("7 KS.2023.169 ... 9 KS.2023.191").
                    coded = number > last_number and not in_proposal and _CASE_THEN_TITLE.match(numbered.group("rest"))
                    in_order = (number == last_number + 1 or not items and first) and (items or first)
                    # Rows whose numbers were lost stand between ("2 ... Fastighetsreglering" / "Detaljplan för
                    # ..." / "Husvagnscamping ..." / "5 Deltagande ..."): a row a few numbers on is the list's
                    # still where the rows after it count on from it.
                    # (Each row read since whose number was lost took one of the numbers between: "6 Budget 2014 ..."
                    # after rows 1-2 and nine rows of lost numbers is an attached report's page, no row of the list.)
                    in_order = in_order or bool(items) and not in_proposal and id(line) in counted_on and (
                        last_number + lost_since < number <= last_number + _LOST_ROWS_AT_MOST + 1)
                    if not is_point and (coded or in_order):
                        start = (f"punkt {number}", number, numbered.group("rest"))
                        row_marks.add(mark)
                    elif in_proposal:
                        last_point, point_mark = number, mark
            if start:
                key, number, rest = start
                lost_since = lost_since + 1 if not key else 0
                if len(items) == 1 and key and items[0].key == key and any(
                        PROTOCOL_WORDS.search(x.stripped) and len(x.stripped.split()) <= 4 for x in items[0].lines):
                    # "§ 70 Title" as a page's own title above the document, whose header
                    # (SAMMANTRÄDESPROTOKOLL, body, date) follows: that was no item.
                    earlier = items.pop()
                    head.extend([Line(earlier.line, f"{earlier.key} {earlier.head}"), *earlier.lines])
                items.append(Item(key, number, line.number, rest, row=id(line) in self.row_starts, path=path))
                current = None
                last_number = number
                # (A citizen's proposal, "Svar på medborgarförslag ...", is the matter's kind, no proposal's lead
                # whose points follow: a list skipping a number after such a row goes on.)
                in_proposal = bool(_PROPOSAL_IN_ROW.search(rest)) and not re.match(
                    r"(?i:förslag till) (?!(?i:beslut))", rest)
                last_point = 0
                continue
            if _LIST_START.match(text) or ("renden" in text or "RENDEN" in text) and _LIST_ANNOUNCED.match(text):
                # The list's heading ("Ärende") opens its rows: numbers under it are rows, not a proposal's points,
                # though a column head "Förslag" stood before it (Kungsbacka's "Ärende / Beteckning / Förslag").
                in_list, in_proposal = True, False
            if _PROPOSAL_START.match(text):
                in_proposal, last_point, point_mark = True, 0, None
            ((current or items[-1]).lines if items else head).append(line)
        return head, items

    @staticmethod
    def _attachment_of(items: list[Item], text: str) -> tuple[Item, str] | None:
        """A kallelse's attached paper for an earlier item opens with that item's number and
        title again, then its own case number in brackets: '2 Teknik- och fastighetsnämndens
        mål ... (TEF/2019:263) Förslag till beslut 1. ...'. Its text continues that item. The number
        again anchors it, but the paper's text runs on after the title with nothing between, so the title is
        tested from its first character (the row's first 40, a row of 20 at least) up to the bracket, not by
        words as papers.item_of_paper and agendarows._same_title_opening test theirs."""
        again = _NUMBERED.match(text)
        if not again:
            return None
        number, rest = int(again.group("n")), again.group("rest")
        earlier = next((x for x in items[:-1] if x.number == number and x.key), None)
        if earlier is None or len(earlier.head) < 20 or not rest.startswith(earlier.head[:40]):
            return None
        bracket = _TITLE_THEN_BRACKETED_CASE.match(rest)
        joined = [re.sub(r"-\s+", "", x).strip() for x in (earlier.head, bracket.group("title"))] if bracket else []
        if bracket is None or not (joined[1].startswith(joined[0]) or joined[0].startswith(joined[1])):
            return None  # the same title, a line-break hyphen aside ("investerings- plan")
        if earlier.case_number is None:
            earlier.case_number = bracket.group("number")
        return earlier, rest[bracket.end():]

    def _ends_the_text(self, item: Item, title: str, body_lines: list[Line]) -> bool:
        """Whether the excerpt ends in the item's `title`: no text below it, and the text's last line (the item's
        own or one after it) ends with the title's last word."""
        if not (title.split() and not any(x.stripped for x in body_lines) and self.last_line is not None
                and self.last_line.number >= item.line and self.last_line.stripped.endswith(title.split()[-1])):
            return False
        # The last line below the item's own ends as its title does, word for word as far as both go, not in a
        # last word alone ("... till tekniska nämndens ordförande" above "... till Telge Fastigheters ordförande").
        words, ending = title.split(), self.last_words
        depth = min(len(words), len(ending), 4)
        return self.last_line.number == item.line or words[-depth:] == ending[-depth:]

    @staticmethod
    def _title_left_open(title_parts: list[str], text: str) -> bool:
        """Whether a kallelse's row title read so far cannot end where a blank line fell, so `text` below it goes on
        with it, in capitals or not: it ends with a preposition or conjunction ("Information om rekreationsstråk till
        Västra Ringssjön på" / "Bosjökloster 1:595 ...", Höör's rows as a site setting each line as a paragraph gives
        them; no title ends so, see _OPEN_ENDINGS), or "fr o m" before its date ("... vigselförrättare fr o m" /
        "2023-01-01", Hjo), or a word and a colon announcing what follows ("6. Information:" / "Valnämnden, ...", Hjo;
        Täby's interpellations' quoted titles after one), or a bracket it opened is closed there ("(VA-GIS-nämnden
        2015-05-26 §" / "53)")."""
        so_far = " ".join(title_parts)
        return bool(so_far) and (so_far.endswith(_OPEN_ENDINGS[2:] + (" fr o m", " t o m", " fr.o.m.", " t.o.m."))
                                 # (a quoted heading, its kind and asker below it: a site's blank line between)
                                 or _quoted_title_over_its_asker(title_parts, text)
                                 or bool(_WORD_AND_COLON_AT_END.search(so_far))
                                 or so_far.count("(") > so_far.count(")") and ")" in text)

    def _last_row_cut_before_its_number(self, parsed: list[ParsedItem], item: Item) -> bool:
        """Whether a list's last row read (from `item`) lacks the case number every row before it states (four at
        least), and its title, one line, ends the text in a word: the text was cut inside the row."""
        title = parsed[-1].matter.title or ""
        return len(parsed) >= 5 and all(x.matter.case_number for x in parsed[:-1]) \
            and not parsed[-1].matter.case_number and title[-1:].isalpha() and not any(
                x.stripped for x in item.lines) and self.last_line is not None \
            and self.last_line.number == item.line and self.last_line.stripped.endswith(title) \
            and not self._standing_row_whole(item, title)

    def _last_word_cut_short(self, title: str) -> bool:
        """Whether the last word of a title the text ends in ends as no word of the language nor any other word of
        this text does: the text's end broke it off ("seniorkor", "dagordnin"; wordends)."""
        words = wordends.WORD.findall(title)
        # (The language's endings first: this text's own are gathered only for a word ending as none of them does.)
        return bool(words) and wordends.cut_short(words[-1]) \
            and wordends.ending_of(words[-1]) not in self._own_word_endings

    @functools.cached_property
    def _own_word_endings(self) -> frozenset[str]:
        """The endings of this text's words but its last (the one a cut broke off)."""
        return wordends.endings_in(wordends.WORD.findall(" ".join(x.stripped for x in self.lines))[:-1])

    def _standing_row_whole(self, item: Item, title: str) -> bool:
        """Whether a kallelse's list row the text ends with is a recurring item's whole title alone on its line, its
        number before it ("12. Valärenden", Vetlanda's last row): stated whole, though the text ends there (a
        title cut by the excerpt's end is a stub of a longer one: "21 Nya", "Revidering av nämndernas")."""
        last = self.last_line
        return self.kind == "kallelse" and bool(item.key) and last is not None and last.number == item.line \
            and bool(_STANDING_TITLE_WHOLE.fullmatch(title)) and last.stripped.endswith(title) \
            and len(last.stripped) - len(title) <= 6

    def _untitled_above_text(self, item: Item, body_lines: list[Line]) -> bool:
        """Whether a protocol's § stands alone on its line above a paragraph of its text, no title between ('• § 165'
        / 'Detaljplanen prövar en etablering av ... . Byggnader får uppföras ...', Motala's meeting portal): a § of
        the meeting still, its title not stated, rather than a § cut before its title (nothing below it) or a
        list's number (a title, a name below it)."""
        first = next((x.stripped for x in body_lines if x.stripped), "")
        return self.kind == "protokoll" and item.key.startswith("§") and not item.head.strip() \
            and len(first) > _LONGEST_TITLE and first[:1].isupper() and bool(_SENTENCE_AFTER_PERIOD.search(first)) \
            and not _ATTENDANCE_ENTRY.match(first) and not roll_call_row(first)

    def _paragraph_after_head(self, line: Line) -> Item | None:
        """A protocol's first § whose sign was lost, in a page given as one line that the site did not number as a
        page (a one-page extract): after the page's head (furniture, the body, a stamp's noise, no running text),
        its number, its title and its labelled case number (Sala's 'SALA KOMMUN SAMMANTRÄDESPROTOKOLL
        KOMMUNSTYRELSEN Sammanträdesdatum KF:s ... 191 Remiss från ... Dnr 2013/190 INLEDNING ...')."""
        text = line.stripped
        found = _NUMBER_TITLE_CASE.search(text, 0, 600)
        if found is None or _PROSE.search(text, 0, found.start()) or _HEAD_LABEL_IN_TITLE.search(found.group("title")) \
                or _MUNICIPALITY_LETTERHEAD.search(found.group("title")):
            return None
        number = int(found.group("n"))
        return Item(f"§ {number}", number, line.number, text[found.start("title"):])

    def _stated_first_paragraph(self, line: Line, lines: list[Line], items: list[Item],
                                found_so_far: list[Item]) -> Item | None:
        """A protocol's first § whose sign was lost, found by the number its front page states its §§ begin at
        ('Paragraf 6-16', 'Paragrafer 1-8', 'Paragrafer 49-73'): on a page after the front page, that number alone,
        perhaps its page's number and its case number (whole or cut) after it, then a capitalised word (Orust's
        'Exp: Revisionen KS/2011:286 6 Ändring i ...', Hultsfred's 'Kommunstyrelsen 1 Dnr A Får jag lov? ...',
        Åsele's '... 2012-05-02 49 2 12.KS125 042 Tillägg till ...'); its title is read from what follows as any
        run-on §'s is."""
        if not hasattr(self, "stated_range"):  # (looked for once: the first line stating the range, and its match)
            self.stated_range = next(((x.number, found, index) for index, x in enumerate(lines)
                                      if (found := _STATED_PARAGRAPHS.search(x.stripped))), None)
        stated = self.stated_range
        if stated is None or stated[0] > line.number:
            return None
        if stated[0] == line.number and not any(x is line for x in lines[stated[2] + 1:]):
            return None  # (pages cut from one run-on line share its number: the stating page must come first)
        first, last = int(stated[1].group("first")), int(stated[1].group("last"))
        if last <= first or found_so_far and found_so_far[-1].number >= last:
            return None
        first = found_so_far[-1].number + 1 if found_so_far else first  # (then each next §, counting on)
        found = re.search(rf"(?<![\w/.:,()§-]){first}(?P<between>(?:\s+(?:\d{{1,3}}|(?i:dnr)\.?|[A-ZÅÄÖ]|[\w./:-]*\d"
                          rf"[\w./:-]*))" r"{0,3})\s+(?=[A-ZÅÄÖ][a-zåäö])", line.stripped)
        if found is None or _PROSE.search(line.stripped, 0, found.start()) or any(
                x.line != stated[0] and x not in found_so_far for x in items) \
                or re.search(r"(?:(?<![\d/:.])\d{1,2}[:.]\d{0,2}|\))\s*$", line.stripped[:found.start()]) \
                or re.fullmatch(r"[\d\s()]*", line.stripped[:found.start()]) \
                or re.match(r"[A-ZÅÄÖ][\wåäö-]+(?: [A-ZÅÄÖ]\.?)?(?: [A-ZÅÄÖ][\wåäö-]+)+,", line.stripped[found.end():]):
            # (Running text before it, or only a page's number ("6 6 Övriga deltagare ..."); a list of those
            # present, the §§ each attended after their time or party before the next name, "ordf. revisionen
            # 8:15-8:45 6 Bror Simonsson, vice ordf."; or a § read already, other than one the front page's head gave.)
            return None
        # A whole case number right before the number is this §'s, as a protocol may set it before its § number
        # (Orust's 'Exp: Revisionen KS/2011:286 6 Ändring ...'; so Eskilstuna's 'KSKF/2015:1 231 Val ...' and
        # Emmaboda's '2 KS/2009:215 1 Besvarande av ...', read as lost §§).
        before = line.stripped[:found.start()].split()
        case = next((number for words in (2, 1) if len(before) >= words
                     and is_case_number(number := " ".join(before[-words:]))), None)
        # So is a labelled number between it and the title ("Nvsf 90 Dnr 2010.007.042 Ekonomisk redovisning ...").
        labelled = LABELLED.fullmatch(found.group("between").strip())
        return Item(f"§ {first}", first, line.number, line.stripped[found.end():],
                    case_number=labelled.group("number") if labelled
                    else case if not found.group("between").strip() else None)

    @functools.cached_property
    def _page_head_bodies(self) -> Counter:
        """How many pages open with each body named first (a running head's), counted once."""
        return Counter(found[0][1] for x in self.lines if x.page_start and (found := bodies_in(x.stripped[:60]))
                       and found[0][0] == 0)

    def _titled_page_of_lost_numbers(self, line: Line) -> Item | None:
        """A page under its running head, the body alone, that opens a § whose number was lost, its title told from
        its text only by a sign no title writes (_TEXT_OPENS_AFTER_PAGE_TITLE): an item without a number, its title
        and its text; None where the page does not open so, or the body heads no other page."""
        body = bodies_in(line.stripped[:60])[0][1]
        if self._page_head_bodies[body] < _PAGE_HEAD_BODY_AT_LEAST:
            return None
        rest = line.stripped[len(body):].strip()
        label = _LOST_NUMBERS_LABEL.match(rest)
        if label:
            rest = rest[label.end():]
        opening = _TEXT_OPENS_AFTER_PAGE_TITLE.search(rest, 0, _LONGEST_TITLE) or \
            _ROLE_DID_IN_TITLE.search(rest, 0, _LONGEST_TITLE)
        title = rest[:opening.start()].strip() if opening else ""
        if len(title.split()) < 2 or not title[:1].isupper() or title.endswith(_OPEN_ENDINGS) \
                or _SENTENCE_END_IN_TITLE.search(title) or re.search(r"[.!?:]\s", title):
            return None
        return Item("", 0, line.number, title, lines=[Line(line.number, rest[opening.end():])],
                    truncated_case=label.group("stub") if label and label.group("stub") else None)

    def _lost_paragraph(self, line: Line, last_number: int) -> Item | None:
        """An item opening a page of a protocol whose § signs were lost:
        '231 Val till ...', 'KS 261 KS 2013/0463 Title', 'KSKF/2015:1 231 Title', or
        'KSKF/2013: Title' (number and § both lost: an item without a number); the body's
        name of the running head may stand before it ('Kommunstyrelsen KS 235 Dnr ...')."""
        text = line.stripped
        margin = _margin_path(text)
        if margin:
            number = int(margin.group("n"))
            if number > last_number:  # (the margin is evidence enough: no window after the last number)
                case = margin.group("case")
                path = _margin_bodies(margin)
                # The margin's number stands after its "Dnr": the digits-only forms a label makes trusted count
                # too ("Kf 73 Ks 94 dnr 127/2011", Nora; "Ks 75 Au 78 Dnr 161/06", Filipstad).
                whole = bool(case and (is_case_number(case) or LABELLED.fullmatch(f"Dnr {case}")))
                item = Item(f"§ {number}", number, line.number, margin.group("title"),
                            case_number=case if whole else None,
                            truncated_case=case if case and not whole else None,
                            path=path[1:])
                self.item_codes.append(margin.group("first"))
                return item
        named = bodies_in(text[:60])
        head = _RUNNING_HEAD_REST.match(text[len(named[0][1]):]) if named and named[0][0] == 0 else None
        if head:  # "Kommunstyrelsen 2014-12-02 3 Ks 232 Dnr ...": the running head, date and page
            text = text[len(named[0][1]) + head.end():].strip()
        furniture = _after_page_head(text) if not head else None
        if furniture and (furniture[1].lower() in _FURNITURE_CODES or furniture[1].isupper()
                          and code_named_in(furniture[1], self.opening_text)):
            # (A nämnd's own code where the text's opening names the body it abbreviates: "SN 14" of Socialnämnden.)
            text = text[furniture[0]:]
            self.item_codes.append(furniture[1])
        column = _code_column(line.stripped)
        if column and (not last_number or last_number < column[0] <= last_number + 60):
            return Item(f"§ {column[0]}", column[0], line.number, column[1])
        coded = _CODED_LINE.match(text)
        if coded and not coded.group("code").isupper() and coded.group("code").lower() not in ABBREVIATIONS \
                and len(coded.group("code")) <= 3 and code_named_in(coded.group("code"), self.opening_text):
            # A body's code in title case, as Nässjö's "Kf 79", Landskrona's and Surahammar's "Ks 67" print the
            # known ones, of a body the text's opening names: "Ff 1 Anteckning om ..." under "Förbundsfullmäktige"
            # (Räddningstjänsten Storgöteborg): the number and title after it.
            self.item_codes.append(coded.group("code"))
            text = text[coded.end("code"):].strip()
        match = _LOST_PARAGRAPH.match(text)
        if match:
            number = int(match.group("n"))
            listed = self.listed_rows.get(number)
            labelled = LABELLED.match(match.group("rest")) if listed else None
            rest = match.group("rest")[labelled.end():].strip() if labelled else match.group("rest")
            if line.page_start and listed and len(listed) >= 10 and rest.startswith(listed):
                # A page opening with a listed row's number and title again, its case number between, is that §'s own
                # page: "4 (16) 1 Dnr KS 29/2017 Muntliga informationer Beslut ..." after the list's "1... 4 Muntliga
                # informationer... 4" (Sollefteå); it continues the row, as a repeated § does.
                return Item(f"§ {number}", number, line.number, rest,
                            case_number=labelled.group("number") if labelled else match.group("case"))
            if last_number and not last_number < number <= last_number + 60:
                return None
            if _HEAD_FORM_LABEL.search(match.group("rest")[:_HEAD_FORM_REACH]):
                # "22 Organ Plats och tid Regionförbundets styrelse ...", "23 Kerstin Johansson ... Utses att justera
                # Lars Blomberg Paragrafer ...": a page of the front form (its place and time, who justers), the
                # number before it the page's own; no § opens with the form's labels.
                return None
            after = match.group("after")
            if match.group("code"):
                self.item_codes.append(match.group("code"))  # "Kf 79 ...": the body's code (Nässjö)
            # (After the body's code and its §, a number whose two-digit year stands before its serial is whole: "Kf 79
            # 04/66 Inkomna handlingar", Nässjö's margin; only a number cut at its slash, "Ks 252 Ks 478/", is not.)
            whole = after and (is_case_number(after) or match.group("code") and _YEAR_SERIAL.fullmatch(after))
            return Item(f"§ {number}", number, line.number, match.group("rest"),
                        case_number=match.group("case") or (after if whole else None),
                        truncated_case=after if after and not whole else None)
        if line.item_start and _CAPS_TITLE_AT_START.match(text):
            return Item("", 0, line.number, text)  # a heading in capitals whose number was lost
        stub = _LOST_STUB.match(text)
        if stub:
            return Item("", 0, line.number, stub.group("rest"), truncated_case=stub.group("stub"))
        labels = _EMPTY_HEAD_LABELS.match(text) if line.page_start else None
        after_labels = text[labels.end():] if labels else ""
        stub_lead = _LABELLED_STUB_LEAD.match(after_labels) if labels else None
        if stub_lead and stub_lead.group("stub"):
            # "Sammanträdesdatum Paragrafer Dnr 2014/ KS Politiska uppdrag ...": a page under its running head, the
            # head's labels left empty, opening with a case label whose number was cut (Borgholm's form): a § whose
            # number was lost too; its title after the label, its text after the title.
            return Item("", 0, line.number, after_labels[stub_lead.end():], truncated_case=stub_lead.group("stub"))
        year_coded = _YEAR_CODED_BEFORE_LABEL.match(text) if line.page_start else None
        if year_coded is None and line.page_start and (coded_title := _YEAR_CODED_BEFORE_TITLE.match(text)) and (
                coded_title.group("code").lower() in ABBREVIATIONS
                or code_named_in(coded_title.group("code"), self.opening_text)):
            year_coded = coded_title
        if year_coded and (int(year_coded.group("n")) > last_number or int(year_coded.group("n")) in self.listed_rows):
            # (A number the list of paragraphs above holds: that §'s own page after the list, "KS 58/2018 Dnr ...".)
            # "Kommunfullmäktige KS 75/2013 Dnr 2013/ Åtgärder mot ...": the § numbered through the year under the
            # body's code, the case number labelled after it (Hultsfred's form, read in runs by _year_coded_row_lines;
            # the running head's body, the margin's where the matter goes, taken off above); one § alone on its page.
            number = int(year_coded.group("n"))
            return Item(f"§ {number}", number, line.number, text[year_coded.end():])
        whole = _LOST_CASE_LEAD.match(text) if line.page_start else None
        if whole:
            # "KS 2010/0116 Försäljning av pontoner ...": a page opening with its § 's whole case number, the §
            # lost (Danderyd, its pages '1 1', '2 2' numbered twice), as with a cut one above.
            return Item("", 0, line.number, whole.group("rest"), case_number=whole.group("number"))
        titled = self._titled_page_of_lost_numbers(line) if line.page_start and named and named[0][0] == 0 \
            and not last_number else None
        if titled is not None:
            return titled
        headed = _HEADED_PAGE.match(text)
        if headed:
            # "Lunds kommun Sammanträdesprotokoll Renhållningstaxa ... Dnr KS 2014/0316 Sammanfattning ...":
            # a page under the running head holds one paragraph whose number was lost, its title
            # before its case number.
            # "SKELLEFTEÅ KOMMUN PROTOKOLL Dnr KS Fråga av ...": its number lost after its label.
            return Item("", 0, line.number, headed.group("rest") or headed.group("after") or headed.group("labelled"))
        return None

    def body(self, head: list[Line]) -> tuple[str | None, int | None]:
        found = self._body_by_lines(head)
        labelled = _organ_labelled(head) if found[0] is not None and self.kind == "protokoll" else None
        if labelled is not None and labelled[0] != found[0]:
            # "Kommunstyrelsen 2016-10-03" / "Kommunledningsutskottet" heading the page, "Organ
            # Kommunledningsutskottet" in the anslag's box (Arvika): the body the protocol's form labels as its
            # own is the meeting's; a heading above it may name the board the utskott belongs to.
            found = labelled
        if found[0] is None:
            found = self._body_in_run_on(head)
        if found[0] is None and self.kind == "kallelse":
            # "Ärendelista Kommunfullmäktige 2020-06-22" right over the list, a web page's site text (contacts, opening
            # hours, a webcast's note) filling the head above it (Örkelljunga): the list's own heading names the
            # body, read as a head line naming it alone is (_body_by_lines).
            found = self._body_by_lines([x for x in head if x.stripped][-2:])
        if found[0] is None:
            found = _council_named_in_the_head(head)
        first = next((x for x in head if x.stripped), None)
        named = _PLACE_AND_BODY_ALONE.fullmatch(first.stripped) if found[0] is None and first is not None else None
        if named and naming.body_kind(named.group()):
            # "Södermöre kommundelsnämnd" heading the text alone (Kalmar's kommundelsnämnd; Stockholm writes its
            # "Södermalms stadsdelsnämnd", "Kungsholmens stadsdelsnämnd" so): a district's own body, named in the
            # indefinite form, where no head names a body the reader knows (the district's name is its name's, not
            # a municipality's before its body's, below).
            found = (named.group(), first.number)
        body, line = found
        if body and line is not None and _GENERIC_BODY.fullmatch(body):
            at = next((index for index, x in enumerate(head) if x.number == line and x.stripped), None)
            following = next((x.stripped for x in head[at + 1:] if x.stripped), "") if at is not None else ""
            if at is not None and not following[:1].islower():
                # (A name that goes on over the next line, "... och andra" / "samverkansfrågor ...", is not told whole.)
                body = _named_for(body, head[at].stripped)
        glued = _GLUED_BODY.search(body) if body and " " not in body else None
        if glued and naming.body_kind(glued.group()):
            # "Dagordning Kallelse KallelseKommunstyrelsen" (Nynäshamn): the heading's word glued to the body's
            # name by the extraction; a body's one-word name has no capital inside it.
            body = glued.group()
        if body and body.lower().startswith("länsstyrelse"):
            # The county administrative board is the state's, never a municipality's or a region's body: a text
            # names it as the one that appointed or decided ("Länsstyrelsen meddelar i protokoll ...").
            body, line = None, None
        if body and body.isupper() and len(body) > 4:
            body = body[:1] + body[1:].lower()  # "KOMMUNFULLMÄKTIGE" -> "Kommunfullmäktige"
        if body and body[:1].islower():
            body = body[:1].upper() + body[1:]  # "gemensam Hjälpmedelsnämnd" (common.bodies_in): a name's capital
        text = _text(self.lines) if body else ""  # the whole text, joined once for the steps below that look in it
        placed = place_before_body(body, text) if body and not named else None
        if placed:
            # "Dorotea kommunfullmäktige sammanträder ...": the municipality's name before its body's, as "Uppsala
            # kommunfullmäktige kallas ..." and "sammanträde med Malmö kommunstyrelse" are read: the body alone.
            # (Only a municipality the text names as one: not "Beredande kommunstyrelsen", see place_before_body.)
            body = body_name(placed.group("body"))
        if body and (" " not in body and body.lower().endswith(("styrelse", "nämnd", "direktion"))
                     or _WEAK_ADJECTIVE_BODY.match(body)):
            # A portal's heading "Regionstyrelse 2019-05-08" (Region Kalmar län): a body's own one-word name is
            # definite, as the text's "Regionstyrelsen beslutar" and every other head write it; so is one named
            # by a weak adjective ("Allmänna utskott", _WEAK_ADJECTIVE_BODY).
            body = definite(body)  # ("Förbundsdirektion")
        if body and " " not in body and line is not None:
            at = next((x.stripped for x in head if x.number == line), "")
            body = _board_of_a_federation(body, at)
        if body and " " not in body:
            body = _organ_named_whole(body, head)
        if body and " " not in body and not _municipalitys_own(body):
            body = _name_repeated_whole(body, head, text)
        if body and " " not in body:
            body = _the_forbunds_compound(body, text)
        if body:
            # (The line it was read from, else the first head line that names it whole: "sammanträde med ...".)
            # (Every piece a run-on line was cut into keeps its number: each is looked at.)
            lines = [x.stripped for x in head if x.number == line] if line is not None \
                else [x.stripped for x in head[:25] if x.stripped]
            body = next((whole for whole in (_named_whole_on_its_line(body, x) for x in lines) if whole != body), body)
        owned = _owned_board(body, line, head)
        if owned:
            # "Regionförbundets styrelse" heading the page (Regionförbundet Kalmar län), on the protocol's head line
            # or in a kallelse's "sammanträde med regionförbundets styrelse": the organisation's board named in
            # full where the reader took the meeting's body from, as written (common.body_name reads the board
            # alone, as a plan's running text "Kunskapsförbundets direktion sammanträder ..." is read). Last: a
            # name the text gives whole elsewhere (the anslag's organ, "Förbundsstyrelsen för Regionförbundet i Kalmar
            # län") is the golds' (the steps above).
            body = owned
        if body and _LABEL_GLUED_TO_NAME.search(body):
            # (Whichever reader took it: a field's label glued to the name, "InstansMiljö- och byggnämnden", is no
            # body's name; see _body_by_lines.)
            body, line = None, None
        if body and body.lower() in _KIND_WORD_ONLY:
            # A kind's word alone, its name not found ("Fullmäktige beslutar", "Utskottet för hållbar utveckling" cut at
            # its name): no body's name, so none read (no gold of the tuning half's 474 names a meeting's body so).
            body, line = None, None
        return body, line

    def _body_in_run_on(self, head: list[Line]) -> tuple[str | None, int | None]:
        """A body named in run-on head text: after 'Organ', else the first one named in
        the document's first line (its title), never inside a case number."""
        for line in head[:200]:
            text = CASE_NUMBER.sub(" ", line.stripped)
            label = _BODY_LABEL_IN_HEAD.search(text)
            if label:
                after = bodies_in(text[label.end():label.end() + 120], shared_small=True)
                after = [(at, name) for at, name in after if at <= 40]
                if after:
                    return after[0][1], line.number
        # A body's name set in capitals in the head, whole: "... KOMMUNSTYRELSENS ARBETS OCH PERSONALUTSKOTT
        # Tid Måndag ..." (the heading of the list of members, or of the page).
        for line in [x for x in head if x.stripped][:3]:
            for caps in _CAPITALS_RUN.finditer(line.stripped[:400]):
                words = caps.group().split()
                if len(words) < 2 or any(AGENDA_WORDS.search(w) or PROTOCOL_WORDS.search(w) for w in words):
                    continue  # "FÖREDRAGNINGSLISTA SOCIALNÄMNDEN": the document's name, then (perhaps) a body
                found = body_at_start(caps.group())
                if found and not found[1]:
                    return found[0], line.number
        # "PROTOKOLL Kommunstyrelsen Sammanträdesdatum: ...": the body right after the document's name.
        # The name alone, the body opening the line after it (a page's head split from its run-on text).
        filled = [x for x in head[:25] if x.stripped]
        for at, line in enumerate(filled):
            kind_word = _KIND_WORD_HEAD.match(line.stripped + " ")
            if kind_word:
                after = line.stripped[kind_word.end():]
                if not after.strip() and at + 1 < len(filled):
                    after, line = filled[at + 1].stripped, filled[at + 1]
                # "Kallelse Kallelse kommunstyrelsen Tid ..." (Sotenäs; "Kallelse förbundsfullmäktige 2023-03-31",
                # Sydarkivera; "Kungörelse kommunfullmäktige 14 december", Degerfors; "Protokoll servicenämndens
                # arbetsutskott", Malmö): the body right after the document's name, written small as in a sentence.
                after = _KIND_WORD_AGAIN.sub("", after, count=1)
                if after[:1].islower():
                    after = after[:1].upper() + after[1:]
                named = bodies_in(after[:80])
                if named and named[0][0] == 0:
                    return named[0][1], line.number
        # A head set as a table, labels over values ("Nämnd Sammanträdesdatum" / "Kommunfullmäktige
        # 2019-06-18"), or vertically ("Nämnd" / "Kommunfullmäktige").
        joined = CASE_NUMBER.sub(" ", _text(head[:200]))
        for label in _BODY_LABEL_IN_TABLE.finditer(joined):
            after = _body_after_label(joined, label)
            if after:
                return after, None
        # "Uppsala kommunfullmäktige kallas härmed att sammanträda": the body called.
        # The head's first 25 lines with text, run together: a web page's blank lines between its menu's links do
        # not push the sentence that names the body out of it (Perstorp's page under its site's menu).
        opening = " ".join(line.stripped for line in [x for x in head if x.stripped][:25])
        called = _BODY_CALLED.search(opening)
        if called:
            return body_name(called.group("body")), None
        if self.kind == "kallelse":
            # "På måndag den 12 juni sammanträder kommunstyrelsen", "Kommunfullmäktige sammanträder
            # måndagen den ...": the body that meets (Gnesta; Falköping, Hjo, Region Dalarna).
            meets = _BODY_MEETS.search(opening)
            if meets:
                return body_name(meets.group("body") or meets.group("after")), None
            # "Kallelse till sammanträde med kommunstyrelsen" (Knivsta; a protocol's anslag so in Karlshamn and
            # Sundsvall, read below): the body called, as in "Kommunstyrelsen kallas till sammanträde".
            # (the first that names a body: "sammanträde i Stadshuset" names a place)
            held, found = next(((x, held_body) for x in _MEETING_WITH.finditer(opening)
                                if (held_body := _body_held_with(opening, x))), (None, None))
            if found:
                # "sammanträde med regionförbundets styrelse": the organisation's board as written (_owned_board)
                owned = _owned_board(found[0], 0, [Line(0, opening[held.end():].lstrip()[:60])])
                return owned or found[0], None
            # "Ledamöter i kommunstyrelsens arbetsutskott / Ersättarna för kännedom" (Haparanda), "Ledamöterna i
            # förbundsfullmäktige kallas ..." (Regionförbundet södra Småland): the body whose members are called, as
            # the golds write it wherever a kallelse so addresses them (Linköping, Perstorp, Uppsala too).
            called = _MEMBERS_CALLED.search(opening)
            found = _body_held_with(opening, called) if called else None
            if found:
                return found[0], None
        # A page given as one line that opens with a body, then its meeting's time or place labelled ("1 1(9)
        # Kommunfullmäktige Tid Måndagen den 20 oktober 2014 kl. 13:00 Plats ...", Kalmar's kallelse): the form's
        # head names the meeting's body, before any body's meeting the page names further on ("reservationer ...
        # från kommunstyrelsens sammanträde den 7 oktober 2014", an earlier meeting's; read below otherwise).
        opened = _page_opened_by_body_and_label(head)
        if opened:
            return opened
        # "handlingar till kultur- och fritidsnämndens sammanträde den 14 december 2017"; a web page's heading
        # broken over two lines: "Kommunfullmäktiges" / "sammanträde" (Hässleholm)
        first_lines = [x for x in head[:10] if x.stripped][:5]
        pairs = [Line(a.number, f"{a.stripped} {b.stripped}") for a, b in zip(first_lines, first_lines[1:],
                                                                               strict=False)]
        for line in [*head[:10], *pairs]:
            genitive = _BODYS_MEETING.search(line.stripped)
            if genitive:
                word = naming.nominative(genitive.group("body"))
                return body_name(word[:1].upper() + word[1:]), line.number
        if self.kind == "kallelse":
            # A web page's notice under its site's menu and contacts ("Kontakt", "Adress", "Telefon" ... then
            # "Kungörelse med föredragningslistan till kommunfullmäktiges nästa sammanträde ...", Skara): its first
            # lines with text name one body's meeting so, and only one.
            named = {body_name(naming.nominative(found.group("body")).capitalize()) for line in
                     [x for x in head if x.stripped][:_WEB_NOTICE_LINES]
                     for found in _BODYS_MEETING.finditer(line.stripped)}
            if len(named) == 1 and None not in named:
                return named.pop(), None
        # "Protokoll fört vid sammanträde med Malmö kommunstyrelse den 15 januari 2014"
        for line in head[:10]:
            held = _MEETING_WITH_BODY.search(line.stripped)
            if held:
                word = held.group("body")
                return body_name(word if word.endswith("fullmäktige") else definite(word)), line.number
        # "Kommunstyrelsens protokoll": the body in the genitive before the document's name.
        for line in head[:25]:
            genitive = _BODYS_DOCUMENT.search(line.stripped)
            if genitive and line.stripped[:genitive.start()].rstrip().endswith(","):
                # One of a §'s papers listed ("Beslutsunderlag Förbundskontorets skrivelse ..., Konsekvensanalyser,
                # Arbetsutskottets protokoll", Kalmarsunds gymnasieförbund's § run into its head): another meeting's
                # protocol, not this document (which the heading, Medelpads räddningstjänstförbund's, or the anslag's
                # form, Luleå's, Timrå's, Trollhättan's, names so).
                genitive = None
            if genitive:
                # The body's name ends at the genitive; a word before it ("BEVIS/ANSLAG
                # Kommunfullmäktiges protokoll") is no part of it.
                phrase = genitive.group("body")
                ending = [name for at, name in bodies_in(phrase) if phrase[at:].rstrip() == name]
                if ending:
                    return ending[-1], line.number
        # "Direktionsprotokoll" heading the text (Sjuhärads kommunalförbund; "Direktionsmötet den 22 november",
        # Ystad-Österlenregionens miljöförbund): the compound says what "Direktionens protokoll" (Medelpads
        # räddningstjänstförbund) says, of the förbund's one board.
        for line in [x for x in head[:25] if x.stripped][:3]:
            compound = _BOARD_COMPOUND.search(line.stripped)
            if compound:
                return definite(compound.group("board").capitalize()), line.number
        # The first lines (the document's title, its first page's head) name the body.
        # Every § carrying one body's code ("KS § 67", "KS § 68") tells the meeting's body better than a text cut
        # off mid-§ whose first line names another ("Gemensamma nämnden för hjälpmedelsverksamhet och andra /
        # samverkansfrågor har lämnat in ...", Fagersta's KS protocol); an utskott of the coded board is its own.
        coded = {body_name(code) for code in self.item_codes if code.lower() in ABBREVIATIONS}
        for first in [line for line in head if line.stripped][:3]:
            opening = CASE_NUMBER.sub(" ", first.stripped)[:200]
            # (Not the body a list's group heading names as deciding its rows, "BESLUTAS AV KOMMUNFULLMÄKTIGE" over
            # a contents list, Botkyrka's: the matters another body decides, no name of the meeting's own.)
            named = [(at, name) for at, name in bodies_in(opening)
                     if not _DECIDED_BY.search(opening[max(0, at - 20):at])]
            if named and len(coded) == 1 and not re.search(r"utskott|beredning", named[0][1], re.IGNORECASE) \
                    and not named[0][1].lower().startswith(next(iter(coded)).lower()[:8]):
                return next(iter(coded)), None
            if named:
                return named[0][1], first.number
            # A site's title made of the first page's words, a period after each ("Kommunstyrelsen. Datum och tid:
            # ...", Färgelanda; "Regionstyrelsen. Plats: ...", Region Kronoberg; "Kommunfullmäktige. Plats och
            # tid", Tjörn; "Kommunstyrelsen. Protokoll", Askersund, Örebro): the body opens it, a sentence alone.
            sentence = _BODY_SENTENCE_FIRST.match(first.stripped)
            named = bodies_in(sentence.group("name")) if sentence else []
            if named and named[0][0] == 0 and len(named[0][1]) == len(sentence.group("name")):
                return named[0][1], first.number
        # A page given as one line whose text opens with the body ("1 KUNGÖRELSE 1 [2]
        # Kommunfullmäktige Tid ...": furniture cut off, the body first).
        for line in head[:25]:
            if line.page_start:
                named = bodies_in(line.stripped[:80])
                if named and named[0][0] == 0:
                    return named[0][1], line.number
        # The one body the head names, as a name of its own (not "till X", "ledamöter i X", a genitive):
        # "Kungörelse / Ersättarna för kännedom Kommunfullmäktige Tid för sammanträde ..." (Hultsfred).
        opening = CASE_NUMBER.sub(" ", _text(head[:40]))[:600]
        named = {name.lower(): name for at, name in bodies_in(opening)
                 if not _ADDRESSED.search(opening[max(0, at - 12):at])}
        if len(named) == 1 and len({name.lower() for _at, name in bodies_in(opening)}) == 1:
            return body_name(next(iter(named.values()))), None
        # The anslag's form names the body right after its sentence, its 'Organ' label perhaps set apart in the
        # extraction: "Justeringen har tillkännagivits genom anslag Kommunstyrelsen Datum då anslaget ..."
        # (Norberg, Nordanstig, Gnosjö without the label; Arvidsjaur, Arvika, Burlöv, Gävle with it).
        if self.kind == "protokoll":
            joined = _text(head[:200])
            for posted in _POSTED_BY.finditer(joined):
                named = bodies_in(joined[posted.end():posted.end() + 80])
                if named and named[0][0] == 0 and not _BARE_KIND_WORD.fullmatch(named[0][1]):
                    return named[0][1], None
                # A name the body lookup does not know, its kind's word last, the form's next label after it
                # ("genom anslag. Nämnd VA-GIS nämnden Datum då anslaget sätts upp", a gemensam nämnd of Höör and
                # Hörby): the organ's value, as the golds write the body in every tuning text where it is read.
                value = _ORGAN_VALUE_BY_KIND.match(joined, posted.end())
                if value:
                    return value.group("name"), None
            # "Avser sammanträde med Kommunfullmäktige" (Sundsvall's anslag), "SAMMANTRÄDE MED KOMMUNSTYRELSEN"
            # (Karlshamn), "Sammanträde med kommunstyrelsen" (Knivsta): the meeting's body, named so.
            for held in _MEETING_WITH.finditer(joined):
                found = _body_held_with(joined, held)
                if found:
                    return found[0], None
            # The anslag form's 'Organ' names the förbund itself ("Organ och §§: Samordningsförbundet Sydnärke",
            # the form a member municipality's template gives it): the förbund's own name stands for its board.
            named = _FORBUND_AS_ORGAN.search(joined)
            if named:
                return named.group("name"), None
        # Every paragraph carries the body's code ("KF § 102", "KS 261", "KF 60").
        codes = {code for code in self.item_codes if code.lower() in ABBREVIATIONS}
        if len(codes) == 1:
            return body_name(codes.pop()), None
        # The head lost it: the one body the protocol has deciding or adjourning
        # ("Kommunstyrelsen beslutar", "ajournerar Kommunstyrelsen sammanträdet"), if only one.
        if self.kind == "protokoll":
            acting = set()
            for line in self.lines:
                for match in [*_BODY_ACTS.finditer(line.stripped), *_NAMED_BOARD_ACTS.finditer(line.stripped)]:
                    found = body_at_start(match.group("a") or match.group("b"))
                    if found and not found[1]:
                        acting.add(found[0])
            letterhead = self.opening_text[:600]  # the first page's head, not a page attached further on
            if _MUNICIPALITY_NAMED.search(letterhead) and not _REGION_NAMED.search(letterhead):
                # A municipality's protocol quoting a region's decision ("Regionstyrelsen beslutar ..." on the Region
                # Kronoberg page attached to Tingsryd's extract; Sala's and Bollnäs' papers name the landsting's and
                # region's bodies too): a region's body is never the municipality's meeting's.
                acting = {name for name in acting if not _REGION_BODY.match(name)}
            if len(acting) == 1:
                return acting.pop(), None
            named = _named_by_every_pages_head(self.document.lines)  # (the running heads as they stand)
            if named:
                return named, None
            named = _body_alone_over_every_page(self.document.lines)
            if named:
                return named, None
            council = _council_heading_its_protocol(self.document.lines)
            if council:
                return council, None
        return None, None

    def _body_by_lines(self, head: list[Line]) -> tuple[str | None, int | None]:
        # (The head's first lines with text: a copy's blank line between each two does not halve its reach.)
        filled = [line for line in head if line.stripped][:_HEAD_BODY_LINES]
        for line, below in zip(filled, filled[1:], strict=False):
            # A letterhead's name broken after its genitive: "KOMMUNSTYRELSENS" / "ARBETSUTSKOTT" (Torsby's
            # kallelse; Ekerö's and Umeå's plans "Kommunstyrelsens" / "arbetsutskott"): the two lines one name.
            if " " not in line.stripped and naming.is_body_genitive(line.stripped.lower()) \
                    and len(below.stripped.split()) <= 3:
                found = bodies_in(f"{line.stripped[:1]}{line.stripped[1:].lower()} {below.stripped.lower()}")
                if found and found[0][0] == 0 and " " in found[0][1] and len(found[0][1].split()) == len(
                        below.stripped.split()) + 1:
                    return found[0][1], line.number
        for line in filled:
            text = line.stripped
            if not text:
                continue
            # "Nämnd: X", "Nämnd:X" (the space lost), "Nämnd/Styrelse X"
            label = re.match(r"^(organ|nämnd(?:/styrelse)?|styrelse/nämnd|instans|beslutande organ)\s*(?::\s*|\s+)"
                             r"(?P<rest>.+)$", text, re.I)
            if label:
                # (The municipality's name before its body's here too: "Organ Hässleholms kommun, Miljönämnden".)
                found = body_at_start(_MUNICIPALITY_PREFIX.sub("", label.group("rest")))
                if found:
                    return found[0], line.number
            text = _MUNICIPALITY_PREFIX.sub("", text)  # "Halmstads kommun, Kommunstyrelsen"
            text = _BODY_IN_MEETINGS_NAME.sub(r"\g<body>", text)  # "Kommunstyrelsemöte 20 februari"
            text = CASE_NUMBER.sub(" ", text).strip()  # "KS 2021/178": a case number, not the body KS
            lead = _DATE_LEAD.match(text)
            if lead:  # "18 september: Kommunfullmäktige": a web notice's heading, the date first
                text = text[lead.end():]
            if not text:
                continue
            stripped = AGENDA_WORDS.sub(" ", PROTOCOL_WORDS.sub(" ", text))
            stripped = re.sub(r"^(?:\s*(?:(?:till|för|och|från)\b|/|:)\s*)+", " ",
                              re.sub(r"[/:]", " ", stripped)).strip()
            stripped = re.sub(r"^(?:sida|sid)\.?\s+", "", stripped, flags=re.IGNORECASE)
            stripped = stripped[:1].upper() + stripped[1:]
            kallas = re.match(r"^(?P<rest>.+?)\s+(sammanträder|kallas)\b", stripped)
            if kallas:
                stripped = kallas.group("rest")
            found = body_at_start(stripped)
            # A body's name has no other words before its last one than its own ("Barn- och
            # utbildningsnämnden", "Kommunstyrelsens arbetsutskott"); "Mjölby Kommun Sammanträdesdatum
            # Arbetsutskott" is a head run together, not a name.
            # (In capitals too, a body's genitive: "KOMMUNSTYRELSENS ARBETSUTSKOTT" alone on its line, Luleå's kallelse;
            # not any word ending in "S", "VA-GIS NÄMNDEN" being no genitive's.)
            if found and not all(w.endswith(("-", "s", "a")) or w.lower() in ("och", "för")
                                 or w.isupper() and w.endswith("S") and naming.body_kind(w[:-1])
                                 for w in found[0].split()[:-1]) or found and _BARE_KIND_WORD.fullmatch(found[0]):
                found = None  # (a kind's word alone, "Nämnd Sammanträdesdatum", is a form's label row)
            if found and _LABEL_GLUED_TO_NAME.search(found[0]):
                # "InstansMiljö- och byggnämnden" (Bjurholm's anslagstavla page, a permit's notice): a field's label
                # glued to its value, a web page's cells; no body's name has a capital inside a word, and the line is
                # a site's field, not the heading a name on a line of its own is.
                found = None
            if found:
                rest = found[1]
                for date in find_dates(rest):
                    rest = rest.replace(date.text, " ")
                rest = _DAY_AND_MONTH_ONLY.sub(" ", rest)  # ("Kommunstyrelsemöte 20 februari": a notice's day, no year)
                rest = re.sub(r"(?i)\b(sammanträdesdatum|sammanträdesdag|datum|sida|tid|plats)\b\s*:?", " ", rest)
                if not re.sub(r"\d+\s*\(\d+\)|\d+|[-–.,()]", " ", rest).strip():
                    return found[0], line.number
        return None, None

    def meeting_date(self, head: list[Line]) -> str | None:
        if self.kind == "kallelse" and (announced := _announced_date(head)) is not None:
            return announced
        found: list[tuple[int, str]] = []
        unlabelled: list[tuple[int, str]] = []
        dated_only: list[tuple[int, str]] = []  # a kallelse's bare "Datum <date>"
        other_label = False  # the line before labels the justering's or the notice's date
        meeting_label = False  # the line before is the meeting's label alone ("Tid" / "Tisdagen den 29 September 2015")
        # A justering's heading stood above, no date since ("JUSTERING" / "JUSTERARE" / "Annika Bjelvert" / "PLATS OCH
        # TID" / "2015-05-11", Kil): a label alone under it is the justering's, not the meeting's.
        justering_above = False
        # "Justeringens plats och" / "tid Kommunledningsförvaltningen, 2020-09-21": a label broken over
        # two lines is one label (its 'tid' is not the meeting's).
        # (The head's first lines with text: a copy's blank line between each two, 5dok's, does not halve its reach.)
        for line in _join_split_labels([line for line in head if line.stripped][:_HEAD_DATE_LINES]):
            # "Sammanträdesdatum2019-01-28", "Tid för anslag2019-02-05" (Söderhamn): a label run into its date, as
            # approval() reads it.
            text = _GLUED_DATE.sub(" ", line.stripped)
            if not text:
                continue
            labelled_above = meeting_label and not justering_above
            meeting_label = bool(_MEETING_LABEL_ALONE.match(text))
            if find_dates(text):
                justering_above = False
            if labelled_above and not meeting_label and len(text) <= RUN_ON \
                    and (dates := [d for d in find_dates(text) if d.iso]):
                # A form set label over value, one a line (Öckerö's "Tid" / "Tisdagen den 29 September 2015, kl
                # 08.30", Torsby's; "Sammanträdesdatum" over its date in Halland, Hörby, Laholm, Luleå; Kil's and
                # Söderhamn's "Plats och tid"): the value is the meeting's date, whatever date stood before it
                # unlabelled (the kallelse's own, after its name).
                found.append((line.number, dates[0].iso))
                break
            if len(text) <= RUN_ON and (_APPROVED.search(text) or _NOTICE.search(text) or _NOTICE_DOWN.search(text)):
                # (A run-on page holds every label of the head at once; its dates are told apart by
                # their nearest labels below, not skipped for a justering named anywhere on it.)
                other_label = not find_dates(text)
                justering_above = justering_above or other_label and bool(_APPROVED.search(text))
                continue
            if other_label:
                other_label = False
                if find_dates(text) and len(text) <= 40:
                    continue  # "Justeringens plats och tid" / "2020-12-09"
            if len(text) > RUN_ON:
                # The date right after the document's name at its start ("KOMMUNFULLMÄKTIGE
                # ANMÄLNINGSLISTA 25 maj 2015 ...") is the meeting's, before any a label names later.
                named = _DATE_AFTER_NAME.search(re.sub(r"\b([A-ZÅÄÖ]{4,}) ([A-ZÅÄÖ]{1,3})\b", r"\1\2", text[:120]))
                dated = find_dates(named.group("date")) if named else []
                # A date the head labels as the meeting's ("KALLELSE 2019-05-02 ... Sammanträdesdatum
                # 2019-05-14") wins over the one after the name (then the day it was written).
                head_labelled = [d for role, d in labelled_dates(text[:150]) if role == "meeting" and d.iso]
                if dated and dated[0].iso and not head_labelled:
                    found.append((line.number, dated[0].iso))
                    break
                # Run-on text: a date is the meeting's when its nearest label says so. A kallelse's bare 'Datum' is
                # the day it was written where another label names the meeting's on the line ('... Datum 2014-09-12
                # Kallelse ... Tid: tisdagen den 23 september 2014', Tibro), as on lines of their own below.
                roles = labelled_dates(text)
                named_so = [date for role, date in roles if date.iso and role == "meeting"
                            and not _BARE_DATE_LABEL.search(text[max(0, date.start - 12):date.start])]
                for role, date in roles:
                    if date.iso and role == "meeting" and (self.kind != "kallelse" or not named_so or date in named_so):
                        found.append((line.number, date.iso))
                    elif date.iso and role is None and not unlabelled and _tied_to_meeting(text, date) \
                            and not self._site_title_date_of_another_role(text, date.iso):
                        unlabelled.append((line.number, date.iso))
                if found:
                    break
                continue
            labelled = bool(_MEETING_DATE_LABEL.search(text))
            dates = find_dates(text)
            if self.kind == "kallelse" and labelled and dates and (re.match(r"(?i)datum\s*:?\s*\S+$", text) or (
                    _LETTERS_DATE_ROW.fullmatch(text.replace(dates[0].text, " ", 1)) and len(dates) == 1)):
                # "Datum 2019-05-14" heading a kallelse is the day it was written; "Tid: Tisdagen den
                # 21 maj 2019" below names the meeting's. The bare 'Datum' counts only if nothing does.
                if dates[0].iso and not dated_only:
                    dated_only.append((line.number, dates[0].iso))
                continue
            if labelled and not dates and re.search(r"\d{4}-\d", text):
                self.meeting_warnings.add(line.number, "meeting.date", f"oklart datum i {text!r}")
                continue
            if len(dates) > 1:
                # "KALLELSE 2019-05-02 Kommunstyrelsen Sammanträdesdatum 2019-05-14": of several dates
                # on a line, the meeting's is the one its label stands before.
                named = [d for role, d in labelled_dates(text) if role == "meeting"]
                if named:
                    dates, labelled = named, True
            for date in dates:
                if date.iso is None:
                    self.meeting_warnings.add(line.number, "meeting.date", date.error)
                elif labelled:
                    found.append((line.number, date.iso))
                elif not unlabelled and _tied_to_meeting(text, date) and not (
                        not text[:date.start].strip() and _other_meeting_day(head, date.iso)) \
                        and not self._site_title_date_of_another_role(text, date.iso):
                    unlabelled.append((line.number, date.iso))
            if labelled and dates:
                break
        # A labelled date ("Tid: ...", "Sammanträdesdatum") before the first date that
        # stands alone (which may be the date the kallelse was sent).
        if not found and not dated_only and unlabelled \
                and (other := _other_meeting_day_line(head, unlabelled[0][1])) is not None and other < unlabelled[0][0]:
            # "Kommunfullmäktige sammanträder torsdagen 15 november" / "Det nya kommunfullmäktige sammanträder för
            # andra gången torsdagen 15 november. ... Dessa nya nämndspolitiker börjar sina uppdrag 1 januari 2019"
            # (Bollebygd's page): the head names the meeting's day first, without its year, and the one date it states
            # whole, unlabelled and further down, is another day (as _date_in_run_on's below is left so). (A whole
            # date first is the meeting's, a day named after it without a year another's: "Kungörelse
            # kommunfullmäktige den 19 november 2020" / "... ställa in kommunfullmäktiges sammanträde 12 november",
            # Hylte; "Kommunfullmäktiges sammanträde 30 maj 2017" / "... sammanträder tisdagen den 30 april",
            # Mörbylånga's slip.)
            self.meeting_warnings.add(unlabelled[0][0], "meeting.date", f"{unlabelled[0][1]}: sidhuvudet anger ett "
                                                                         "annat sammanträdesdatum utan år; lämnas tomt")
            return None
        found = found or dated_only or unlabelled
        distinct = list(dict.fromkeys(iso for _, iso in found))
        if not distinct:
            date = self._date_in_run_on(head)
            if date is not None and _other_meeting_day(head, date):
                # "Tid: Torsdag 26 augusti" beside "Borås 2010-08-18" (Sjuhärads kommunalförbund's kallelse, the
                # letter's dateline): the head names the meeting's day without its year, and it is another day.
                self.meeting_warnings.add(None, "meeting.date", f"{date}: sidhuvudet anger ett annat sammanträdesdatum "
                                                                "utan år; lämnas tomt")
                return None
            if date is None:
                self.meeting_warnings.add(None, "meeting.date", "inget sammanträdesdatum i sidhuvudet")
            return date
        if self.kind == "kallelse" and (called := self._called_date(head)) is not None \
                and not (called not in distinct and _other_meeting_day(head, called)):
            # (Not a date the call reaches past a day it names without its year, "sammanträder den 19-20 juni" /
            # "2010-08-11 21:48", the page's own stamp: another day than the head's.)
            # "Kommunfullmäktige 2019-10-21 ... Skurups kommunfullmäktige kallas till sammanträde måndag, 2019-10-28":
            # the day the body is called to meet is the meeting's, whatever the head's column dates (the day the
            # notice was written). In the tuning kallelser that state one, it is the gold's every time (22 of 22,
            # Habo, Härnösand, Lindesberg, Norrköping, Region Skåne, Skurup, Uppsala, Västervik ...).
            return called
        return distinct[0]

    def _site_title_date_of_another_role(self, text: str, iso: str) -> bool:
        """Whether `text` is the copy site's title (or the page's first line, that title cut short) and `iso` a date
        in it of another role than the meeting's: the justering's the title alone keeps (site_justering), or one the
        text labels the justering's, the anslag's or its taking down (_site_title_dates_labelled_otherwise): the title
        repeats the text's words, not the meeting's head."""
        title = self.document.site_title
        if not title or not (text == title or len(text) >= _TITLE_PREFIX_AT_LEAST and title.startswith(text)):
            return False
        return iso == self.site_justering or iso in self.site_title_dates_otherwise

    @staticmethod
    def _called_date(head: list[Line]) -> str | None:
        """The first date within a sentence's reach after a body's call to meet ("kallas till sammanträde måndag,
        2019-10-28"); None without one."""
        joined = _text(head[:200])
        called = _CALLED_TO_MEET.search(joined)
        dates = [d for d in find_dates(joined[called.end():called.end() + 150]) if d.iso] if called else []
        return dates[0].iso if dates else None

    def _date_in_run_on(self, head: list[Line]) -> str | None:
        """The meeting's date in run-on head text: the first date whose nearest label is the
        meeting's ('Sammanträdesdatum', 'Organ och sammanträdesdatum Kommunstyrelsen
        2015-11-10'), else the first that directly follows the body's name; never one
        labelled as the justering's or the notice's."""
        after_body = None
        joined = _text(head[:200])
        # "Kommunfullmäktige kallas härmed att sammanträda i Stadshuset, måndagen den 27 februari 2012":
        # the first date after the call to meet.
        if (called := self._called_date(head)) is not None:
            return called
        for line in [*_join_split_labels([x for x in head[:200] if x.stripped]), Line(0, joined)]:
            text = line.stripped
            for role, date in labelled_dates(text):
                if date.iso is None:
                    continue
                if role == "meeting":
                    return date.iso
                if role is None and after_body is None and bodies_in(text[max(0, date.start - 60):date.start]):
                    before = text[:date.start].rstrip()
                    if any(before.endswith(name) for _, name in bodies_in(before[-60:])):
                        after_body = date.iso
        return after_body

    def approval(self, meeting: ParsedMeeting) -> None:
        # Both dates are read from the same lines, and a line's labelled dates are the same for both:
        # each is worked out once.
        lines = _join_split_labels(labels_over_values(self.lines))
        dated_in: dict[str, list[tuple[str | None, FoundDate]]] = {}
        # "Tid för anslag2019-02-05": a label run into its date when the PDF lost the space; each
        # line's text so, and a line's dates (not a run-on one's: its labelled dates are read).
        read = []
        before = ""
        # The meeting's own place-and-time label (its index in `read`) and whether a justering's heading stood after it.
        meetings_place_and_time, justering_since = None, False
        for line in lines:
            text = _GLUED_PERIOD.sub(" - ", _GLUED_DATE.sub(" ", line.stripped))
            unnamed = _UNNAMED_PLACE_AND_TIME.match(text)
            if unnamed and (_JUSTERARE_ROW.match(before) or justering_since
                            and len(read) - meetings_place_and_time <= _FORM_ROWS_APART):
                # The form's row after "Utses att justera" is the justering's place and time, its word "Justeringens"
                # lost in the copy ("Utses att justera Martin Eliasson (S)" / "Plats och tid Solna stadshus,
                # 2021-08-30", Solna; the rows so ordered in Berg, Fagersta, Pajala, Norrtälje, Söderhamn). So is a
                # second place-and-time row set one cell a line under the form's JUSTERING heading ("PLATS OCH TID" /
                # "Kommunhuset, ..." ... "JUSTERING" / "JUSTERARE" / "Annika Bjelvert" / "PLATS OCH TID" /
                # "Kommunhuset 2015-05-11", Kil), as _justerings_place_and_time_in_run_on reads the same form run on.
                text = "Justeringens " + text
                unnamed = None
            elif len(text) > RUN_ON:
                text = _justerings_place_and_time_in_run_on(text)
            text = place_and_time_for_justering(text)
            if unnamed and meetings_place_and_time is None:
                meetings_place_and_time = len(read)
            elif meetings_place_and_time is not None and _JUSTERING_WORD.fullmatch(text):
                justering_since = True
            before = text or before
            read.append((line, text, find_dates(text) if len(text) <= RUN_ON else None))
        for attribute, pattern, label in (
            ("approved_on", _APPROVED, "justering"), ("notice_posted_on", _NOTICE, "anslag"),
        ):
            found: list[tuple[int, str]] = []
            role = "approved" if attribute == "approved_on" else "notice"
            for line, text, dates in read:
                if len(text) > RUN_ON or len(dates) > 1 or role == "notice" and dates and _NOTICE_DOWN.search(text) \
                        and pattern.search(text):
                    # Run-on text, or several dates on a line, or the notice's labels both (its date taken down
                    # unreadable: "... uppsättande 2011-01-17 Datum för anslags nedtagande 2010-02- 08", Årjäng):
                    # each date is the one its nearest label says.
                    dated = dated_in.get(text)
                    if dated is None:
                        dated = dated_in[text] = _tabled_dates(text) or labelled_dates(text)
                    if role == "notice" and meeting.date:
                        # "... genom anslag Direktionen vid Nerikes Brandkår 2015-05-28 2015-06-15 2015-07-13": the
                        # anslag form's values run on after its labels, the organ's row first: the meeting's own
                        # date is that row's, never the day the anslag went up (posted after the justering; no gold
                        # of the tuning half's 84 with a notice date has it on the meeting's day).
                        # (But a date its notice label stands right before, "Datum då anslaget sätts upp 2018-10-24
                        # Datum då anslaget tas ned 2018-11-15" (Kramfors), is that label's value: a protocol justered
                        # at the meeting is posted the same day.)
                        dated = [(date_role, date) for date_role, date in dated
                                 if not (date_role == "notice" and date.iso == meeting.date
                                         and not _NOTICE_LABEL_RIGHT_BEFORE.search(text[:date.start]))]
                    # "Tid för anslag 2019-02-05 – 2019-02-27": a period; the notice went up on its first day (so
                    # "Protokollet är anslaget 2013-04-11 -- 2013-05-03", Älvsbyn; "Anslaget är uppsatt
                    # 2019-01-30-2019-02-20", Falköping, its dates glued: three organisations, Söderhamn's above).
                    period_ends = {b.start for (_, a), (_, b) in zip(dated, dated[1:], strict=False)
                                   if re.fullmatch(r"\s*(?:[–-]{1,2}|—)\s*", text[a.end:b.start])}
                    # "Anslaget är uppsatt 2016-12-06 2016-12-28" (Bjuv), "genom anslag 2010-08-25 2010-09-15"
                    # (Surahammar), "Anslags uppsättande: 2013-09-17 2013-10-10" (Kinda): the form's row with its
                    # second label lost, the anslag's weeks on the board (three by law) between; it went up on
                    # the first day.
                    period_ends |= {b.start for (ra, a), (rb, b) in zip(dated, dated[1:], strict=False)
                                    if ra == rb == "notice" and not text[a.end:b.start].strip()
                                    and _notice_weeks_apart(a.iso, b.iso)}
                    # "... anslagstavla från och med den 3 juli till och med den 24 juli 2023" (Laholm): the date
                    # after "till och med" ends a period, whatever label is nearest; never the day it went up.
                    period_ends |= {d.start for _, d in dated if _UNTIL.search(text[max(0, d.start - 20):d.start])}
                    for date_role, date in dated:
                        if date_role != role or date.start in period_ends:
                            continue
                        if date.iso is None:
                            self.meeting_warnings.add(line.number, f"meeting.{attribute}", date.error)
                        else:
                            found.append((line.number, date.iso))
                    place_label = _PLACE_AND_TIME_LABEL.search(text) if role == "approved" and not any(
                        r == role for r, _ in dated) else None
                    if place_label:
                        # A form run on with its labels first and its values after ("Justeringens plats och
                        # tid Underskrifter sekreterare ... Riksby 17 september 2013"): the first date no
                        # label claims, written after a place's name, is the justering's place and time.
                        # (Not a date after a body's name: "Kommunstyrelsen 2013-09-02", a later page's running head
                        # run on where the lines were lost, is the meeting's; Kinda, Halmstad, Jönköping joined.)
                        after = next((d for r, d in dated if r is None and d.start > place_label.end() and d.iso
                                      and re.search(r"[A-ZÅÄÖ][a-zåäö]+,?\s+$", text[:d.start])
                                      and not _after_a_body(text, d.start)), None)
                        if after is not None:
                            found.append((line.number, after.iso))
                    continue
                if not pattern.search(text) or (attribute == "notice_posted_on" and _NOTICE_DOWN.search(text)):
                    continue
                if not dates and len(text) <= 60:
                    # A form set vertically: the label on its line, the date alone on the next.
                    # "Justeringens plats och tid" / "Jönköping 2015-09-21": the place may stand
                    # first, its address on a line before ("Tekniska kontoret, Juneporten,").
                    below = [x for x in lines[lines.index(line) + 1:] if x.stripped][:2]
                    dated = next((x for x in below if find_dates(x.stripped)), None)
                    if dated is not None and _justering_value_below(dated.stripped) and (
                            dated is below[0] or below[0].stripped.endswith(",")):
                        text = dated.stripped
                    elif dated is not None and dated is below[0] and role == "approved" \
                            and _PLACE_AND_WRITTEN_DATE.match(dated.stripped):
                        # "Justeringens plats och tid" / "Kommunledningskontoret den 2 april 2015 kl. 12.15"
                        # (Härnösand): the place, then its date written out.
                        text = dated.stripped
                    elif dated is not None and dated is below[0] and len(dated.stripped) <= 60 \
                            and (first := find_dates(dated.stripped)[0]).start == 0 and first.iso:
                        # "Justeringens plats:" / "Fredag den 14 juni 2024 kl 12.00 - Digital justering" (Söderåsens
                        # miljöförbund): the value below its label opens with the date, written out.
                        text = dated.stripped
                # A date another label stands nearer to is that label's ("Protokollet är justerat.
                # Organ och sammanträdesdatum Kommunstyrelsen 2015-11-10": the meeting's).
                # Only labels from ours on count: "Justeringen tillkännagiven på ... den 20 december 2013"
                # is the notice's date, not the justering's.
                ours = pattern.search(text)
                since = ours.start() if ours else 0
                others = {since + date.start for date_role, date in labelled_dates(text[since:])
                          if date_role not in (None, role)}
                # (A date before our label that its own label claims is that one's: "Sammanträdesdatum 2020-03-30
                # Datum då anslaget sätts upp", a form's row joined over a break.)
                others |= {date.start for date_role, date in labelled_dates(text[:since])
                           if date_role not in (None, role)}
                dates = find_dates(text)
                if role == "notice":
                    # "Anslagstid" / "2015-09-25 t o m 2015-10-12" (Östersund): a period's end is never the day it
                    # went up.
                    others |= {d.start for d in dates if _UNTIL.search(text[max(0, d.start - 20):d.start])}
                for date in [d for d in dates if d.start not in others]:
                    if date.iso is None:
                        self.meeting_warnings.add(line.number, f"meeting.{attribute}", date.error)
                    else:
                        found.append((line.number, date.iso))
            distinct = list(dict.fromkeys(iso for _, iso in found))
            floor = meeting.approved_on if attribute == "notice_posted_on" and meeting.approved_on else meeting.date
            if len(distinct) > 1 and floor and any(iso >= floor for iso in distinct):
                # "... genom anslag. Kommunfullmäktige 2017-10-23 2017-10-27 Anslaget tas ned" (Malung-Sälen): a
                # protocol is justered after its meeting and posted after its justering, so a date before that
                # is another label's value (the meeting's here), never this one's.
                distinct = [iso for iso in distinct if iso >= floor]
                if attribute == "notice_posted_on" and floor == meeting.date and len(distinct) > 1:
                    # "genom anslag. Kommunstyrelsen : 2013-09-02 Anslags uppsättande: 2013-09-17" (Kinda): with no
                    # justering date read, the meeting's own date among the anslag's is the organ's row (as in
                    # Malung-Sälen's above), the anslag going up after the protocol is signed.
                    distinct = [iso for iso in distinct if iso > floor]
            if len(distinct) > 1:
                self.meeting_warnings.add(found[0][0], f"meeting.{attribute}",
                                          f"flera datum för {label} ({', '.join(distinct)}); inget valt")
                continue
            if not distinct and not found and attribute == "notice_posted_on" \
                    and (boxed := _notice_in_the_anslags_box(lines, meeting.date)) is not None:
                # The anslag's box set one cell a line, its labels first and its values after them ("Organ:" /
                # "Sammanträdesdatum:" / "Datum för uppsättande:" / "Datum för nedtagande:" ... "Direktionen vid
                # Nerikes Brandkår" / "2015-05-28" / "2015-06-15" / "2015-07-13", Nerikes Brandkår): read as the
                # form's run-on row is, each date by its label in order (_notice_in_the_anslags_box's checks).
                distinct, found = [boxed], [(None, boxed)]
            if not distinct and attribute == "approved_on" and self.site_justering:
                # The justering's date only the copy site's title kept (_justering_in_site_title).
                distinct, found = [self.site_justering], [(None, self.site_justering)]
            if not distinct:
                continue
            value = distinct[0]
            floor = meeting.approved_on if attribute == "notice_posted_on" and meeting.approved_on else meeting.date
            if floor and value < floor:
                self.meeting_warnings.add(found[0][0], f"meeting.{attribute}",
                                          f"{label} {value} före {floor}; lämnas tomt")
                continue
            setattr(meeting, attribute, value)

    # ------------------------------------------------------------ one item

    def item(self, item: Item, meeting: ParsedMeeting, municipality: str) -> ParsedItem | None:
        """One § or agenda row as a matter, or None where it is no matter (the reason in self.notes).

        The steps, in order, each reading on from where the one before left the reading: the head line
        (_item_head), the case number written on it (_head_leading_case_number, _head_trailing_case_number,
        _head_labelled_case_number), where its title ends (_head_title_end), the title's lines below it
        (_title_lines), the title's cleaning (_title_cells_cut, _title_text_cut, _title_run_on_cut), whether what
        is left is a matter (_is_a_matter), and what it says (_matter).
        """
        reading = self._item_head(item, meeting)
        if reading is None:
            return None
        self._head_leading_case_number(item, reading)
        self._head_trailing_case_number(item, reading)
        self._head_labelled_case_number(item, reading)
        self._head_title_end(item, meeting, reading)
        self._title_lines(item, reading)
        if not self._title_cells_cut(item, reading):
            return None
        self._title_text_cut(item, reading)
        if not self._title_run_on_cut(item, reading) or not self._is_a_matter(item, meeting, reading):
            return None
        return self._matter(item, meeting, municipality, reading)

    def _item_head(self, item: Item, meeting: ParsedMeeting) -> ItemReading | None:
        """The item's head line and the lines it runs into: a title in capitals, lettered points, a separator or a
        body's code before the title split off; None where the head is an attendance entry (no matter)."""
        notes = Warnings()
        lines = _split_item_run_in([Line(item.line, _before_path_table(item.head)), *item.lines])
        if self.kind == "kallelse":
            lines = split_row_proposal(lines)  # "2. Val av sekreterare att välja NN till sekreterare."
        decision_from_sentence = False
        agreed = agreed_proposal_line(lines) if self.kind == "protokoll" else None
        if self.kind == "protokoll" and not any(_item_heading(line.stripped) == "decision" for line in lines):
            if agreed is not None:
                # "Enligt förvaltningens förslag med kompletteringen:" and what it adds: the decision, as under a
                # Beslut heading (its text runs to the next heading, not only its first sentence).
                lines = [*lines[:agreed], Line(lines[agreed].number, "Beslut"), *lines[agreed:]]
            else:
                lines, decision_from_sentence = _split_body_sentences(lines, meeting.body)
        head_text = lines[0].stripped
        # (after the § head's case label left empty: "Dnr ARVODEN FÖR FÖRTROENDEVALDA Ärende ...", Hofors)
        capitals = _CAPS_TITLE_AT_START.match(_EMPTY_CASE_LABEL_LEAD.sub("", head_text)) \
            if len(head_text) > RUN_ON else None
        if capitals:
            # "DELEGATIONSBESLUT M.M. Protokoll: - den 25 ...": the title in capitals, then its text.
            lines = [Line(lines[0].number, capitals.group("title")), Line(lines[0].number, capitals.group("rest")),
                     *lines[1:]]
            head_text = capitals.group("title")
        head_text = re.sub(r"^[-–—:]\s+", "", head_text)  # "Ärende 2 - Budget 2020", "§ 45 – Title": a separator
        # "Ksau 21 Ks Igångsättningsbeslut ...", "Ks 36 Au Motion om ...", "KF Ändringar i ärendelistan": the code of a
        # body the matter goes to (or came from), its number lost, before the title (Bjuv, Gnosjö, Vara)
        head_text = _LONE_PATH_CODE.sub("", head_text) if self.kind == "protokoll" else head_text
        if self.kind == "protokoll" and self.lost_paragraphs and _ATTENDANCE_ENTRY.match(head_text):
            # "169 Bo Sylwan (M) (Vice ordförande ...)": the §§ a person attended, in the head's list of those
            # present (Askersund, Mark, Fagersta), read as a § whose sign was lost: no matter.
            self.notes.append(f"{item.key} {head_text[:40]}: närvarolistans paragrafer, inget ärende")
            return None
        points = _LETTERED_POINTS.search(head_text)
        if points and not head_text[:points.start()].endswith(_OPEN_ENDINGS):
            # the title ends where its lettered sub-points begin ("Val av a) ordförande b) ...": they are its own)
            lines = [Line(lines[0].number, head_text[:points.start()]),
                     Line(lines[0].number, head_text[points.end():]), *lines[1:]]
            head_text = head_text[:points.start()]
        if re.fullmatch(r"[\d\s,.;]*", head_text):
            head_text = ""  # "§ 155, 155, 155": the number repeated, no title on the line
        elif _PAGE_RANGE_LINE.fullmatch(head_text):  # (a lone number is caught above)
            # "9 1-3" / "Förslag till åtgärder ...": the row's pages (or attachments) in the papers, a cell of their
            # own under "Nr Bil. Ärende" (Haparanda), the title on the line below; no title is a span of numbers.
            head_text = ""
        return ItemReading(notes=notes, lines=lines, decision_from_sentence=decision_from_sentence,
                           head_text=head_text)

    def _head_leading_case_number(self, item: Item, reading: ItemReading) -> None:
        """The case number the head line writes before its title (leading, a label's, a registry number alone, a
        contents row's) and the head text left without it; a number cut short, lost or one of several is warned
        and left empty."""
        head_text, notes = reading.head_text, reading.notes
        case_number = item.case_number
        if item.truncated_case:
            _note_case_number_cut(notes, item.line, item.truncated_case)
        # "§ 45 Dnr KS 2018/124", "§ 80 RS 2020/14 Title", "3  Title   KS13/412"
        lead = LEADING_CASE_NUMBER.match(head_text)
        if lead and is_case_number(lead.group("base")):
            case_number = lead.group("number")
            if re.fullmatch(r"-\s?\d{1,4}", head_text[lead.end():].strip()):
                # "KS § 80 KS/2018:298 - 001": the number with its class, alone on the line, as written.
                case_number = head_text[lead.start("number"):].strip()
            number_end = head_text[lead.end("number"):]
            head_text = head_text[lead.end():] if case_number == lead.group("number") else ""
            classified, rest = with_class_code(case_number, number_end, item.number)
            if case_number == lead.group("number") and classified != case_number:
                case_number, head_text = classified, rest
            glued = _GLUED_SUFFIX.match(head_text) if head_text[:1] == "-" else None
            if glued:  # "Dnr KS 2018/00909-1.1.1 Title": the suffix written onto it is part of it as stated
                case_number, head_text = case_number + glued.group(), head_text[glued.end():].strip()
            filed = _FILING_CODE.match(head_text) if case_number == lead.group("number") else None
            if filed:
                # "Dnr 2016/000964 622 Kostpolicy ...": the filing plan's code after the number is part of it as
                # written (Mörbylånga, Ljungby, Mora, Borgholm, Ludvika print it so), not of the title.
                case_number, head_text = f"{case_number} {filed.group('code')}", head_text[filed.end():]
        listed_lead = _column_number(head_text, _COLUMN_LEAD) if _COLUMN_LEAD in self.number_columns \
            and not case_number else None
        if listed_lead and not is_case_number(listed_lead.group("number")):
            # "2018/6 Delegationsbeslut", the list's rows opening so (see _COLUMN_LEAD): the row's number.
            case_number, head_text = listed_lead.group("number"), head_text[listed_lead.end():]
        stub_lead = _LABELLED_STUB_LEAD.match(head_text) if not case_number else None
        if stub_lead:  # "Dnr KFKS 2012/ Anmälningar": the number's serial is lost
            _note_case_number_cut(notes, item.line, stub_lead.group('stub') or stub_lead.group('bare'))
            head_text = head_text[stub_lead.end():]
        labelled_lead = _LABELLED_LEAD.match(head_text) if not case_number else None
        if labelled_lead:
            # "Dnr KS 1810722- Information från ...": what the label gives, as written.
            case_number, head_text = labelled_lead.group("number"), head_text[labelled_lead.end():]
        bare_label = _BARE_LABEL_LEAD.match(head_text) if not case_number and self.kind == "protokoll" else None
        if bare_label:
            # "AU 1 Dnr Kommunförbundet Blekinges anhållan ...": the label's number lost, the title follows
            # (Ronneby, Kumla's margins, Svedala's 'Dnr Beslut').
            notes.add(item.line, "case_number", "diarienumret saknas efter 'Dnr'; lämnas tomt")
            head_text = head_text[bare_label.end():]
        registry = (_REGISTRY_ONLY.match(head_text) or _NUMBER_ONLY.match(head_text)) if not case_number else None
        if registry:
            # "Kf § 89   2002.551-770 Ks": the paragraph's line holds its registry number alone.
            case_number, head_text = registry.group("number"), ""
        head_text = _TRAILING_ITEM_START.sub("", head_text) if item.line == self.last_line.number else head_text
        several = _CASE_NUMBER_RUN.search(head_text) if not case_number else None
        if several and len(head_text[:several.start()].split()) >= 2:
            # "Nyinkomna motioner och interpellationer KS/2021:451-034 KS/2021:456-034 ...": one number per
            # motion; none of them is the item's own.
            distinct = list(dict.fromkeys(m.group() for m in CASE_NUMBER.finditer(several.group())))
            if len(distinct) >= 2:
                notes.add(item.line, "case_number", f"flera diarienummer ({', '.join(distinct)}); inget valt")
                head_text = head_text[:several.start()]
                if self.kind == "kallelse" and len(distinct) == len(CASE_NUMBER.findall(several.group())):
                    self.number_run = distinct  # perhaps the Dnr column of this row and those before it
        contents_row = _CONTENTS_NUMBER.search(head_text) if not case_number else None
        filed_tail = _FILED_NUMBER_AT_END.search(head_text) if contents_row else None
        if filed_tail and len(head_text[:filed_tail.start()].split()) >= 2 and _text_below(reading.lines, 0):
            # "Detaljplan ... antagande Dnr SBN 2012/101 21": the labelled number and its filing plan's code end the
            # head, as written (as on a line of their own); no contents row's number and page cut out of it.
            case_number, head_text = filed_tail.group("number"), head_text[:filed_tail.start()].strip(" ,")
            contents_row = None
        if contents_row and contents_row.start() > 0 and (row_number := _contents_number(contents_row)):
            # "§ 184 Budgetuppföljning november 2020 2020/8 042 4 - 5": a list of paragraphs' row, the title,
            # its number and pages on one line (as Falkenberg's rows set them on lines of their own).
            case_number, head_text = row_number, head_text[:contents_row.start()]
            if LABEL_ONLY.match(head_text):
                # "§ 11 Dnr 2018/00023 5": the number's label before it is no title (ITSAM's list of paragraphs,
                # its titles on the line below)
                head_text = ""
        reading.head_text, reading.case_number = head_text, case_number

    def _head_trailing_case_number(self, item: Item, reading: ItemReading) -> None:
        """The case number the head line writes after its title (at its end, in brackets, a list's Dnr column, a
        number cut short or cut by the text's end); a number read before the title is kept before it."""
        head_text, case_number, notes = reading.head_text, reading.case_number, reading.notes
        before_number = head_text
        head_text, trailing = trailing_case_number(_TRAILING_CODE.sub("", head_text))
        if not trailing:
            head_text = before_number  # "Nya Ostkustbanan 2015 AB": a code only follows a case number
        cell = _SUFFIXED_CASE_AT_END.search(before_number) if trailing and item.row else None
        if cell and cell.group("number").startswith(trailing) and self.kind == "protokoll":
            # A protocol's list of paragraphs gives each row's case number as its registry writes it, the
            # document's or class's suffix too ("KS/2021:399-101").
            trailing = cell.group("number")
        if trailing and self.kind == "protokoll":
            head_text, trailing = self._listed_before(item, _TRAILING_CODE.sub("", before_number), head_text, trailing)
        bracketed = _bracketed_case_at_end(head_text, notes, item.line) if not trailing and not case_number else None
        if bracketed:
            # "Delårsrapport 1 2019 – Kommunen (KS/2019:279)": the title's own number, in brackets.
            trailing, head_text = bracketed.group("number"), head_text[:bracketed.start()]
        listed = next((found for where in (_COLUMN_BRACKETED, _COLUMN_END) if where in self.number_columns
                       and (found := _column_number(head_text, where))), None) \
            if not trailing and not case_number else None
        if listed and head_text[:listed.start()].strip() and not is_case_number(listed.group("number")):
            # "Delegationsbeslut (2018/6)", "... 2015/263-KS", the list's rows ending so (see _COLUMN_LEAD): the row's
            # number.
            trailing, head_text = listed.group("number"), head_text[:listed.start()]
        column = _STUB_COLUMN_AT_END.search(head_text) if self.kind == "kallelse" and not trailing and not case_number \
            else None
        if column and len(head_text[:column.start()].split()) >= 2:
            # "Ramväxling kapitalkostnadspott 2018 ... internhyror KS 182/ KS KS 208/ KS KS 40/ KS ...": the list's Dnr
            # column, every number cut, set after the run of rows' titles (Herrljunga; whole numbers so in Tidaholm,
            # Sandviken, Orust): which row each is of is not told, and none is part of the title.
            notes.add(item.line, "case_number",
                      f"diarienummerkolumnen är ofullständig ({column.group().strip()[:40]!r} ...); lämnas tomt")
            # The column is dropped, warned, and not kept as the row's text: it is the Dnr cells of the rows above as
            # much as this one's, and kept it would be this matter's summary ('KS 182/ KS KS 208/ KS ...'). (43e58e9
            # meant to keep it as rest_of_head, but that store was always overwritten by the labelled step's reset.)
            head_text = head_text[:column.start()]
        stub = _TRAILING_STUB.search(head_text) if not trailing and not case_number else None
        if stub and len(head_text[:stub.start()].split()) >= 2:
            _note_case_number_cut(notes, item.line, stub.group().strip())
            head_text = head_text[:stub.start()]
            if _UTSKOTT_PARAGRAPH.match(stub.group().strip()) and _PATH_CODES["au"] not in item.path:
                item.path = [*item.path, _PATH_CODES["au"]]  # "... Samförläggning av kanalisation AU 82/"
        at_end = _STUB_AT_TEXT_END.search(head_text) if (
            self.kind == "kallelse" and not trailing and not case_number and self.last_line is not None
            and self.last_line.number >= item.line and self.last_line.stripped.endswith(head_text.strip())) else None
        cut_at_text_end = bool(at_end and len(head_text[:at_end.start()].split()) >= 2)
        if cut_at_text_end:
            notes.add(item.line, "case_number",
                      f"diarienumret är avbrutet där texten tar slut ({at_end.group().strip()!r}); lämnas tomt")
            head_text = head_text[:at_end.start()]
        stacked = _STACKED_CASE_CELLS.search(head_text) if (case_number or trailing) and self.kind == "kallelse" \
            else None
        if stacked and len(head_text[:stacked.start()].split()) >= 2:
            # "Ansökan om evenemangsbidrag ... Olympic 2015/545 009 17-22 2017/27 872 23 2017/28 613 24-25 2016/660
            # 048 26-31": the Dnr and page columns of the rows above set before this row's own (Rättvik), each cell a
            # number, its code and its pages: none is the title's, and which row each is of is not told.
            notes.add(item.line, "case_number", "diarienummerkolumnen för raderna ovan står efter rubriken "
                      f"({stacked.group().strip()[:40]!r} ...); lämnas utanför rubriken")
            head_text = head_text[:stacked.start()]
        head_text = _BODY_MARK.sub("", _PAPERS_LATER.sub("", head_text))
        case_number = case_number or trailing
        reading.head_text, reading.case_number, reading.cut_at_text_end = head_text, case_number, cut_at_text_end

    @staticmethod
    def _listed_before(item: Item, source: str, head_text: str, trailing: str) -> tuple[str, str]:
        """'Nyinkomna motioner och interpellationer KS/2020:672-034, KS/2020:668-035, KS/2020:673-035': a row's
        case numbers listed with commas after its title are all the row's, kept as printed joined by ', ' (the
        golds of Strängnäs' protocol and Sotenäs' kallelse, the only tuning texts listing them so); none is the
        title's."""
        listed = [trailing]
        while source[len(head_text):].lstrip().startswith(","):
            before, earlier = trailing_case_number(head_text)
            if not earlier or not before.strip():
                break
            cell = _SUFFIXED_CASE_AT_END.search(head_text) if item.row else None
            if cell and cell.group("number").startswith(earlier):
                earlier = cell.group("number")
            listed.insert(0, earlier)
            head_text = before
        return head_text, ", ".join(listed)

    def _head_labelled_case_number(self, item: Item, reading: ItemReading) -> None:
        """Where no number was read yet: a labelled case number inside the head line ("... Dnr KS 2014/0316 ..."),
        a cut label's, a Dnr cell whose year was lost, or a kallelse table's number cell run together with the
        title; the title ends there and what follows is the head's rest (rest_of_head)."""
        head_text, case_number, notes = reading.head_text, reading.case_number, reading.notes
        alone = _LABELLED_NUMBER_ALONE.match(head_text) if not case_number else None
        if alone:
            # "§ 49 Dnr 12.KS125 042" over the title: the head line holds the labelled number and nothing else, so
            # the number is what follows its label as written, whatever its registry's shape, and no title.
            case_number, head_text = alone.group("number"), ""
        labelled = (LABELLED.search(head_text) or _LABELLED_ANY_CASE.search(head_text)
                    or _SHORT_LABELLED.search(head_text)) if not case_number else None
        rest_of_head = None
        paper = _ATTACHED_PAPER_KIND.search(head_text, 0, labelled.start()) if labelled and self.kind == "kallelse" \
            else None
        if paper and len(head_text[:paper.start()].split()) >= 2:
            # "13. Anmälan av ärenden för kännedom ... TJÄNSTESKRIVELSE Datum 2019-08-30 Sida 1(1) Dnr KS/2019-000101
            # ...": the agenda's last row run into an attached paper (its line breaks lost); the number is the paper's,
            # the row's title ends before it and the paper is the row's text.
            head_text, rest_of_head, labelled = head_text[:paper.start()].strip(), head_text[paper.start():], None
        # "Renhållningstaxa 2015, (KF) Dnr KS 2014/0316": a body's mark in brackets makes no earlier case.
        if not case_number and labelled and not NOT_OURS.search(
                _PARTY_OR_BODY_MARK.sub(" ", head_text[: labelled.start()])):
            case_number = labelled.group("number")
            more = _MORE_CASE_NUMBERS.match(head_text, labelled.end())
            numbers = [number.strip() for number in more.group().split(",")[1:]] if more else []
            if numbers and all(is_case_number(number) or _shape(number) == _shape(case_number) for number in numbers):
                # "Dnr 165/13, 166/13, 219/13 Ekonomichefen anför ..." (Hallstahammar): the § joins matters whose
                # numbers the label lists, each whole (a case number's form, or the labelled one's: its digits
                # aside); the numbers as listed, joined as the golds join them, not the first alone.
                case_number = ", ".join([case_number, *numbers])
                head_text = head_text[:labelled.end()] + head_text[more.end():]
            # "Tolk online - driftrapport / dnr 2016/1288": the mark between title and label is neither's.
            before = _SEPARATOR_AT_END.sub("", head_text[: labelled.start()]).strip()
            if len(head_text) > RUN_ON and len(before.split()) >= 2:
                # "Digital strategi för Kalmar kommun Dnr KS 2018/0942 Kommunledningskontorets ...":
                # run-on text; the title ends at its number.
                head_text, rest_of_head = before, head_text[labelled.end():].strip()
            else:
                after = head_text[labelled.end():].strip()
                glued = _GLUED_SUFFIX.match(head_text[labelled.end():])
                if glued:  # "Dnr: 2015/263-KS Title": the registry's code written onto it, as stated
                    case_number, after = case_number + glued.group(), head_text[labelled.end() + glued.end():].strip()
                series = re.match(r"^(?P<code>[A-ZÅÄÖ]{1,4}-\d{1,3})\b", after) or (
                    _FILING_CODE.match(after) or _DASHED_FILING_CODE.match(after) if not before else None)
                if series and series.re is _DASHED_FILING_CODE:
                    # "Dnr 0015/13 - 200 DELGIVNINGAR": the filing plan's code after a dash, as written (Älvsbyn)
                    case_number, after = f"{case_number} {series.group('sep')} {series.group('code')}", \
                        after[series.end():]
                elif series:  # "Dnr 2017/0118 KS-1", "39 Dnr 2016/000964 622 Kostpolicy": the registry's series or
                    # the filing plan's code is part of the number as written
                    case_number, after = f"{case_number} {series.group('code')}", after[series.end():]
                elif not glued:
                    # (After a title, only a code that ends the head: "Budgetuppföljning Dnr 2020/8 042", a run-on
                    # page's head cut there, is written "2020/8 042" as on a line of its own.)
                    classified, rest = with_class_code(case_number, head_text[labelled.end():], item.number)
                    if classified != case_number and (not before or not rest.strip()):
                        case_number, after = classified, rest
                if len(before.split()) >= 2 and _BARE_CELL_NUMBER.fullmatch(after):
                    # "• Allmänpolitisk debatt Dnr. 2019-00322 2" (Gnosjö's web list): a number alone after the case
                    # number ending the row is another column's cell (a page, a count), no word of the title before.
                    after = ""
                head_text = (before + " " + after.lstrip(".,; ")).strip()  # "Dnr.65/2006. Dpl": its full stop
        head_text = re.sub(r"^(?:diarie)?kod:?\s*\d+\s*", "", head_text, flags=re.IGNORECASE)
        cut_stub = _LABELLED_STUB_IN_TITLE.search(head_text) if not case_number and rest_of_head is None else None
        if (cut_stub and not NOT_OURS.search(head_text[:cut_stub.start()][-20:])
                and not _HEAD_LABEL_IN_TITLE.search(head_text[:cut_stub.start()])):  # not a page's head before it
            # "17 Delgivningar Dnr KS 2007: Avsägelse som ersättare ... Kommunfullmäktige har ...": the title
            # ends at its number's label, as where the number is whole; the number lost its serial, and
            # what follows is the text (or the next row), not the title.
            _note_case_number_cut(notes, item.line, cut_stub.group('stub').strip())
            head_text, rest_of_head = head_text[:cut_stub.start()].strip(), head_text[cut_stub.end():].strip()
        year_lost = _YEAR_LOST_CELL.search(head_text) if (
            self.kind in ("kallelse", "protokoll") and not case_number and rest_of_head is None) else None
        if year_lost and len(head_text[:year_lost.start()].split()) >= 2:
            # "4. Delegationsbeslut kommunstyrelsen /741 Beredning/yttrande ärenden till kommunfullmäktige",
            # "12 Delårsrapport per 31 augusti /55 Ks 188, 20 oktober 2015 ...": the row's Dnr cell, its year lost.
            notes.add(item.line, "case_number",
                      f"diarienumret saknar sitt år ({year_lost.group().strip()!r}); lämnas tomt")
            head_text, rest_of_head = head_text[:year_lost.start()].strip(), head_text[year_lost.end():].strip()
        if not case_number and self.kind == "kallelse":
            # An agenda set as a table (Ärende | Diarienr | Notering), its cells run together:
            # the title ends where a case number stands; a note may follow it.
            numbers = [m for m in CASE_NUMBER.finditer(head_text) if len(head_text[:m.start()].split()) >= 2
                       and not PUBLICATION.match(m.group())  # "(SOU 2012:94)": what the matter is about
                       and not is_span_of_years(m.group())]  # "Affärsplan NSVA 2023-25": the years it runs
            if numbers:
                distinct = list(dict.fromkeys(m.group() for m in numbers))
                if len(distinct) == 1:
                    case_number = distinct[0]
                else:
                    notes.add(item.line, "case_number", f"flera diarienummer ({', '.join(distinct)}); inget valt")
                    ends = [_column_cell_end(head_text, m) for m in numbers]
                    if len(distinct) == len(numbers) and all(_BETWEEN_NUMBERS_OF_A_COLUMN.fullmatch(
                            head_text[end:b.start()]) for end, b in zip(ends, numbers[1:], strict=False)) \
                            and not _COLUMN_GOES_ON.match(head_text[ends[-1]:]):
                        # perhaps the Dnr column of this row and those before it (not where a cut-short number
                        # after them shows the column goes on: "KS2017/443 KS2017/362 KS2017/307 KS2017/", Sandviken)
                        self.number_run = [head_text[m.start():end] for m, end in zip(numbers, ends, strict=True)]
                head_text, rest_of_head = head_text[:numbers[0].start()].strip(), head_text[numbers[0].start():]
                wrapped = rest_of_head[len(numbers[0].group()):].strip()
                if _PAGE_REFERENCE.match(wrapped):
                    # "Delårsrapport 2018 KN.2018.40 3-8 Redovisning av ...", "... Tegelbruksbron 2011/434 4 Sid":
                    # the table's page column after the case number, then the next cell: no part of the title.
                    wrapped = ""
                note = _ROW_NOTE_LABEL.search(wrapped) if len(distinct) == 1 else None
                wrapped, noted = (wrapped[:note.start()].strip(), wrapped[note.start():]) if note else (wrapped, None)
                # (a note's label below bounds the cell: a longer wrap, "promemoria ”Förslag till ändringar i
                # inkomstutjämningenför kommuner och landsting”Utskottsbeslut: ...", is the title's still)
                if (len(distinct) == 1 and wrapped and len(wrapped.split()) <= (12 if note else 6)
                        and not re.search(r"[.!?:]", wrapped)
                        and (wrapped[:1].islower() or wrapped[:1].isdigit() or head_text.endswith(_OPEN_ENDINGS))):
                    # "Sandvikenhus AB, årsredovisning och KS2015/187 koncernredovisning 2014": the
                    # title wraps in its cell, the case number's cell between its lines; a labelled note
                    # below them ("... KS 2013/20och planer 2015-2016Utskottsbeslut: i enlighet med ...") is not.
                    head_text, rest_of_head = f"{head_text} {wrapped}", noted
        tail = _LABELLED_NUMBER_AT_END.search(head_text) if not case_number and rest_of_head is None else None
        if tail and len(head_text[:tail.start()].split()) >= 1:
            # "Budget 2015 Dnr KS 14/62 041": a head that ends in its labelled number, whatever its registry's shape,
            # the title before it; no gold title holds a case label (see _CASE_LABEL_INSIDE).
            case_number, head_text = tail.group("number"), head_text[:tail.start()].strip(" ,")
            if case_number.endswith(("/", ":")):
                # "... 2011 Dnr KSTK10/": the number cut at its separator, its serial lost (as "Dnr 2017/").
                _note_case_number_cut(notes, item.line, case_number)
                case_number = None
        reading.head_text, reading.case_number, reading.rest_of_head = head_text, case_number, rest_of_head

    def _head_title_end(self, item: Item, meeting: ParsedMeeting, reading: ItemReading) -> None:
        """Where a title on the head line ends and its text, points or presenter begin (a run-on head), and
        whether the § goes on from an earlier page (its title stood there)."""
        lines, head_text, rest_of_head, notes = reading.lines, reading.head_text, reading.rest_of_head, reading.notes
        # (A kallelse's row names its kind before its title, "Beslut - Val av lekmannarevisor ...", Västerås; a
        # protocol's § keeps it as its title's first words: "Information - Skogsbruksplan", Surahammar; Region
        # Kronoberg's "Information - Forskningsplan för Region Kronoberg".)
        # (Only a list that names its rows' kinds so, "Beslut - " among them, sets the kind before the title: where
        # "Information - " alone opens a few rows it is the title's first word, "Information - Räddningstjänsten
        # Västra Blekinge", Karlshamn; Lönenämnden Munkedal-Sotenäs-Lysekil's "Information - Samordning ...".)
        typed = _ITEM_TYPE.match(head_text) if self.kind == "kallelse" else None
        if typed and (typed.group().startswith("Beslut") or self.kinds_named):
            head_text = head_text[typed.end():]
        head_text = _GROUP_HEADING.sub("", head_text)
        stamp = _CODE_AND_DATE_AT_END.search(head_text) if self.kind == "protokoll" else None
        if stamp and stamp.group("date") == meeting.date and stamp.group("code") in self.item_codes \
                and head_text[:stamp.start()].strip():
            # "MYN § 19 Dnr 0015/13 - 200 DELGIVNINGAR MYN 2013-04-04": the code the § is headed by and the meeting's
            # date, the page's stamp set at the head's end (Älvsbyn; one tuning text: a weak rule), no title's words.
            head_text = head_text[:stamp.start()]
        repeated = _REPEATED_TITLE.match(head_text) if rest_of_head is None and len(head_text) > 60 else None
        if repeated and len(repeated.group("title").split()) >= 3:
            # "Anmälan av länsstyrelsens beslut att utse Å K till ny ledamot ... efter A K. Anmälan av länsstyrelsens
            # beslut att utse Å K ...": the title found twice, the § text opening by repeating it (Säffle): the
            # title ends where its copy begins, whatever words it holds.
            head_text, rest_of_head = repeated.group("title"), head_text[repeated.end("title"):].strip(" .")
        dated_group = _dated_group(head_text, meeting) if self.path_column else None
        if dated_group and len(head_text[:dated_group.start()].split()) >= 1:
            # "... Magnus & Lisa Kommunstyrelsen 2013-11-06": the path column's heading over the rows below (see
            # _group_heading_step), no part of this row's title.
            head_text = head_text[:dated_group.start()]
        point_lines: list[Line] = []
        first_point = _FIRST_POINT.search(head_text) if (
            self.kind == "kallelse" and rest_of_head is None and len(head_text) > RUN_ON) else None
        if first_point and len(head_text[:first_point.start()].split()) >= 2:
            # "Val av lekmannarevisor i X 1. Följande personer väljs ... 2. ... Kommunfullmäktige ska
            # välja ...": a run-on row; the title ends where its numbered points (the proposal) begin.
            proposal, description = _numbered_points(head_text[first_point.end():])
            head_text = head_text[:first_point.start()]
            if description or proposal.endswith((".", "!", "?")):
                point_lines = [Line(item.line, "Förslag till beslut"), Line(item.line, proposal)]
            else:
                # The last point neither ends its sentence nor is ended by one about the matter: it runs to the row's
                # end, where the next row's cells may stand, their number lost ("4 Nästa sammanträde 1. Nästa
                # ordinarie sammanträde ska äga rum den 25 mars Muntlig information Vårdbarometern ...", Region
                # Västmanland; Halland's anmälningar "1. ... per RS Regionkontoret ..."): its end is not proven, so
                # no proposal is read from it.
                notes.add(item.line, "proposals", "förslagets sista punkt slutar inte sin mening före radens slut; "
                                                  "lämnas tomt")
                description = proposal
            if description:
                point_lines += [Line(item.line, "Ärendet"), Line(item.line, description)]
        listed_points = _FIRST_POINT.search(head_text) if (
            self.kind == "protokoll" and rest_of_head is None and self.lost_paragraphs) else None
        if (listed_points and not head_text[:listed_points.start()].endswith(_OPEN_ENDINGS)
                and re.search(r"\s[2-9]\.(?:\s+[A-ZÅÄÖ]|$)", " ".join(
                    [head_text[listed_points.end():], *(x.stripped for x in lines[1:4])]))
                and not re.search(r"[.!?]", head_text[:listed_points.start()])):
            # "Ksau 321 Handlingar att anmäla 1. Skövde kommun. ... 2. ...": a § run on with its text, the
            # title ends where its numbered points begin (a later point after them; one's number may be lost), as
            # in an agenda's run-on row (Mariestad; Eskilstuna,
            # Huddinge, Lysekil, Österåker, Västerås set points under a title so).
            head_text, rest_of_head = head_text[:listed_points.start()], head_text[listed_points.start():].strip()
        standing = _STANDING_TITLE_RUN_ON.match(head_text) if (
            rest_of_head is None and not point_lines and (self.kind == "kallelse" or len(head_text) > 60)) else None
        presenting = _PRESENTER_OPENS_TEXT.search(head_text) if standing and self.kind == "protokoll" else None
        if presenting and len(head_text[:presenting.start()].split()) >= 2 and _PRESENTS.search(
                head_text[presenting.end():][:160]):
            # "Ks 67 Information Västmanlänningarnas hälsa 2010 Jan Larsson, hälsoplanerare ..., informerade om ...":
            # the sentence run on is who presents, after a longer title (Boxholm's and Höganäs' presenters, below).
            standing = None
        if standing and self.kind == "kallelse" and _INFORMATION_ON_A_TOPIC.match(head_text):
            # "Information Regionalt avfallsbolag" (Lessebo), "Information Tillväxtenheten" (Övertorneå): an agenda's
            # row that is "Information" and its topic, a few words, no name, number or note after them, is that whole
            # title (the golds' "Information Rädda Barnens arbete i Värmland", "Information Geoinfo Mittskåne").
            standing = None
        if standing:
            # "Information Sammanträdet inleds med räddningschef ...": a § of the titles every meeting has, its
            # text run on after it (Hagfors, Säffle, Kristianstad, Vingåker). An agenda's row so, however short,
            # has a note or the next row's lost title after it: "Kommundirektörens rapport Information från Haleh
            # Lindqvist" (Kungälv), "Meddelanden Allmänhetens frågestund 2018/4" (Hultsfred).
            after = head_text[standing.end():].strip()
            named = _named_again(after)
            # (Unless the words after it come back in its text: then they are the title's, found twice, "Information
            # Rädda Barnens arbete i Värmland Marianne ... informerar om Rädda Barnens arbete i Värmland.", Säffle.)
            head_text, rest_of_head = (f"{standing.group('title')} {after[:named]}", after[named:].strip()) if named \
                else (standing.group("title"), after)
        # (A shorter head too where the text ends in it: its sentence was cut by the excerpt's end, "Avtal avseende
        # flyktingmottagande Nyköpings kommun har för närvarande ett löpand", its title whole before it.)
        at_text_end = (self.kind == "protokoll" and self.last_line is not None and item.line == self.last_line.number
                       and len(head_text) > 40)
        if (len(head_text) > 80 or at_text_end) and rest_of_head is None and not point_lines:
            # "Namninsamling med begäran om folkomröstning Den 14 december 2012 överlämnades ...": a run-on
            # title ends where the first sentence of its text begins.
            # (Not a question closing the head, one sentence: an interpellation's or a fråga's question, the
            # title's own words, "Interpellation av Janette Olsson (S) Hur ska lönerna i ... höjas?", VGR's list.)
            # (Nor a clause "att" opens in a title, its subject and verb after it: "Medborgarförslag att Oxelösunds
            # kommun ansöker att få ingå i ...", Oxelösund: no title ends with "att".)
            # (A one-word title too where its own full stop closes it: "Ekonomirapport. Ekonom Marianne Unborg
            # presenterar ...", Nordanstig.)
            cuts = [m.start() for m in (_SENTENCE_AFTER_TITLE.search(head_text), _DATED_SENTENCE.search(head_text))
                    if m and (len(head_text[:m.start()].split()) >= 2 or re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]{3,}\.",
                                                                                     head_text[:m.start()].strip()))
                    and not _QUESTION_CLOSING.fullmatch(head_text[m.start():].strip())
                    and not head_text[:m.start()].rstrip().endswith(" att")]
            if cuts:
                # A title never ends with a preposition: "... i Gnosjö kommun Komrev inom Öhrlings PwC har ...":
                # the sentence's subject begins at the name before it.
                cut = min(cuts)
                named = _NAME_AND_PREPOSITION_END.search(head_text[:cut])
                cut = named.start() if named and len(head_text[:named.start()].split()) >= 3 else cut
                lone = _LONE_SUBJECT.match(head_text, cut) if (
                    self.kind == "protokoll" and item.key and head_text[:cut].endswith(_OPEN_ENDINGS[2:])) else None
                if lone and lone.start("subject") > cut and not head_text[:lone.start("subject")].rstrip().endswith(
                        _OPEN_ENDINGS):
                    # "Revisionsrapport Integrering av Ösby Naturbruksgymnasium Komrev har granskat ...": the name
                    # after the title's last preposition is its object, not the sentence's subject; the subject is
                    # the one word before the verb.
                    cut = lone.start("subject") - 1
                    named_subject = _FIRST_NAME_BEFORE_SURNAME.search(head_text[:cut])
                    if named_subject and _SURNAME.search(lone.group("subject").split()[0]) and len(
                            head_text[lone.start():named_subject.start()].split()) >= 1:
                        # "... aktivitetshus i Tärnaby Viola Eriksson har 2011-05-20 lämnat in ...": the subject
                        # a person, first name and surname (a surname's ending), the place before them the object.
                        cut = named_subject.start()
                head_text, rest_of_head = head_text[:cut], head_text[cut:].strip()
        continued = self.kind == "protokoll" and bool(item.key) and bool(_CONTINUED_MARK.match(head_text))
        if continued:
            # "KS § 67, forts.": the § goes on from a page before; its title stood there, not on the lines below.
            notes.add(item.line, "title", f"{item.key}: paragrafen fortsätter från en tidigare sida; rubriken "
                      "står där; lämnas tom")
            head_text = ""
        reading.head_text, reading.rest_of_head, reading.point_lines, reading.continued = (
            head_text, rest_of_head, point_lines, continued)

    def _title_lines(self, item: Item, reading: ItemReading) -> None:
        """The lines below the head: the title's wrapped lines, the case number or a contents row's cells on
        lines of their own, and the item's text (body_lines) after them."""
        lines, head_text, case_number, rest_of_head, point_lines, continued, notes = (
            reading.lines, reading.head_text, reading.case_number, reading.rest_of_head, reading.point_lines,
            reading.continued, reading.notes)
        title_parts = [head_text] if head_text else []
        body_lines: list[Line] = [Line(item.line, rest_of_head)] if rest_of_head else point_lines
        title_open = rest_of_head is None and not point_lines and not continued
        after_blank = False  # a title cut on a preposition may go on below a blank line, in lower case
        presenter_cells: list[Line] = []
        # Two labelled numbers or more on lines of their own in the §'s text ("Anmälan av delegationsbeslut" /
        # "Dnr 2.10.31" / "Delegerads beslut om ..." / "Dnr 486.10.02" ..., Årjäng): the numbers of the documents it
        # lists; which one is the §'s own, if any, is not told (as where a row or title holds several), so none.
        listed = list(dict.fromkeys(m.group("number") for x in lines[1:] if (m := _NUMBER_LINE.match(x.stripped))))
        for at, line in enumerate(lines[1:], start=1):
            text = line.stripped
            if not text:
                # (the title stays open over it: only a line in lower case goes on with it below a blank line, as a
                # site that sets each line as a paragraph of its own breaks "... fritidsnämndens" / "handlingar")
                after_blank = after_blank or bool(title_parts)
                body_lines.append(line)
                continue
            if after_blank and title_open and not (text[:1].islower() and not _LETTERED_POINT_LINE.match(text)) \
                    and not (self.kind == "kallelse" and self._title_left_open(title_parts, text)) and not (
                    _RANGE_LEFT_OPEN.search(title_parts[-1]) and _YEAR_OPENING.match(text)):
                title_open = False
            after_blank = False
            if title_open and not title_parts and self.kind == "kallelse" and (
                    _COLUMN_HEADS.match(text) or _STACKED_NUMBER.match(text)):
                # A row's number alone, then its list's title column's head ("26." / "Ärende") or another number
                # ("5." / "87."): a table extracted column by column whose columns pair_number_column could not tie
                # together; the lines below hold another row's title, not this one's.
                title_open = False
                body_lines.append(line)
                continue
            alone = _NUMBER_LINE.match(text) if not case_number and not title_open and len(listed) < 2 else None
            if alone and (CASE_NUMBER.match(alone.group("number")) or re.fullmatch(
                    r"\d{2,5}(?:[-/.]\d{2,6}){1,3}|" + DOTTED_CLASS_NUMBER, alone.group("number"))) \
                    and not any(_item_heading(x.stripped) for x in body_lines if x.stripped):
                # "Diarienummer 2023/VN 0010 004" on a line of its own below the title, before the
                # item's headings: the item's number, whole as written.
                case_number = alone.group("number")
                continue
            if title_open and not title_parts and _CODE_LINE.match(text):
                continue  # "Diariekod: 020": the registry's code, before the title
            over = _LABELLED_NUMBER_ALONE.match(text) if title_open and not title_parts and not case_number else None
            if over and not own_case_numbers(text) and _WHOLE_NUMBER_OVER_TITLE.fullmatch(over.group("number")):
                # "§80" / "DnrBN145-15 610" / "Elevhälsans kvalitetsredovisning" (Hedemora): the labelled number alone
                # on its line over the title, whatever its registry's shape (as on the head's line), no title; whole
                # (digits on both sides of a separator, a digit last: not "DnrSN212-", cut).
                case_number = over.group("number")
                continue
            numbers = own_case_numbers(text)
            if title_open and title_parts and not case_number and _COMPACT_CASE.fullmatch(text):
                case_number = text  # "RS110265" alone under the title: the registry's compact number
                title_open = False
                continue
            # A contents row's cells may stand apart, blank lines between them.
            in_row = title_open or title_parts and not any(x.stripped for x in body_lines)
            filed = LABELLED.match(text) if in_row and not case_number else None
            code = _FILING_CODE.fullmatch(text[filed.end():].strip()) if filed else None
            if code and _text_below(lines, at):
                # "Dnr SBN 2012/101 21" on a line of its own: the number and its filing plan's code as written, as on
                # the head line ("§ 38 Dnr SBN 2012/101 21"); no contents row's year-first number cut out of it.
                case_number = f"{filed.group('number')} {code.group('code')}"
                title_open = False if title_parts else title_open
                continue
            contents = _CONTENTS_NUMBER.search(text) if in_row and not case_number else None
            listed_number = _contents_number(contents) if contents else None
            contents = contents if listed_number else None
            if contents or in_row and not case_number and title_parts and _YEAR_FIRST_ALONE.match(text):
                case_number = listed_number or text
                text = text[:contents.start()].strip() if contents else ""
                if text and (text[:1].islower() or title_parts and title_parts[-1].endswith(
                        _OPEN_ENDINGS) or not title_parts):
                    title_parts.append(text)
                title_open = False if title_parts else title_open
                continue
            if in_row and title_parts and not case_number and not title_open and _SUFFIXED_CASE.fullmatch(text):
                case_number = text  # a row's cell below its title, a blank line between ("KS/2021:337-024")
                continue
            if (self.kind == "kallelse" and title_parts and not case_number and is_case_number(text)
                    and len(cells := [x for x in body_lines if x.stripped]) <= 2
                    and not any(_item_heading(x.stripped) for x in cells)):
                # An agenda table flattened one cell a line, the presenter's (and time's) cells between the
                # title and its Dnr ("3 / Revidering av biblioteksplan / Elisabeth Hallberg / KSF 2015/277", Höör;
                # Kungsbacka's rows set their Beteckning cell so, before the presenter).
                case_number = text
                continue
            if (title_open or in_row and title_parts and not case_number) and (numbers or is_case_number(text)) \
                    and len(text.split()) <= 4:
                number = numbers[0] if numbers else text
                if case_number and number != case_number:
                    notes.add(line.number, "case_number", f"två diarienummer ({case_number}, {number}); inget valt")
                    case_number = None
                elif not case_number:
                    case_number = number
                title_open = False if title_parts else title_open
                continue
            if title_open and (STUB.match(text) and not _CAPITALS_WORD_AND_YEAR.fullmatch(text)
                               or LABELLED_TRUNCATED.search(text)) and len(text.split()) <= 3:
                _note_case_number_cut(notes, line.number, text)
                title_open = False if title_parts else title_open
                continue
            # (a title's wrapped line in lower case is the title's though it is a heading's word: "handlingar")
            if title_open and (_item_heading(text) is None or text[:1].islower() and title_parts) \
                    and not _FOOTER.match(text):
                so_far = " ".join(title_parts)
                continuing = (
                    not title_parts
                    or title_parts[-1].endswith(_OPEN_ENDINGS)
                    or text[:1].islower()
                    # so after a dash: "Uppföljning av kommunstyrelsens verksamhet/ekonomi" / "– per augusti" (Öckerö)
                    or text[:1] in "–-" and text[1:2] == " " and text[2:3].islower()
                    # a bracket the title opened and did not close: "(VA-GIS-nämnden 2015-05-26 §" / "53)" (Höör)
                    or so_far.count("(") > so_far.count(")") and ")" in text
                    # what a title's colon announces, in quotes: "... till kommunstyrelsens ordförande:" / '"Utredning
                    # om lägre byggkostnader"' (Täby's interpellations, the width having broken the row)
                    or title_parts[-1].endswith(":") and text[:1] in "\"”“«"
                    # a span of time left open: "... fr o m" / "2015" (Gällivare's list, a blank line between)
                    or _RANGE_LEFT_OPEN.search(title_parts[-1]) and _YEAR_OPENING.match(text)
                    or (line.text[:1].isspace() and len(line.text) - len(line.text.lstrip()) >= 3)
                    or self.kind == "kallelse" and _quoted_title_over_its_asker(title_parts, text)
                )
                if continuing and len(" ".join(title_parts + [text])) <= 250:
                    text, trailing = trailing_case_number(text)
                    if trailing and not case_number:
                        case_number = trailing
                    if _RANGE_LEFT_OPEN.search(title_parts[-1] if title_parts else "") and _YEAR_OPENING.match(text):
                        # "2021-" / "2024": the range as one, "2021-2024"; "fr o m" / "2015": a word and its year
                        title_parts[-1] += text if title_parts[-1][-1:] in "-–" else " " + text
                        continue
                    title_parts.append(text)
                    continue
                cut = _SENTENCE_AFTER_TITLE.search(text) if not title_parts and len(text) > 250 else None
                if cut and len(text[:cut.start()].split()) >= 3:
                    # "Förslag till nytt regelverk ... kommun Förbundsdirektionen har från ...": a
                    # title run into the text below it ends where the first sentence begins.
                    title_parts.append(text[:cut.start()])
                    title_open = False
                    body_lines.append(Line(line.number, text[cut.start():]))
                    continue
            if (self.kind == "kallelse" and title_parts and not case_number and not presenter_cells
                    and not any(x.stripped for x in body_lines) and _PRESENTER_ALONE.match(text)
                    and self.presenter_column):
                # A vertical table's presenter cell between the title and its Dnr cell ("Revidering av
                # biblioteksplan" / "Elisabeth Hallberg" / "KSF 2015/277", Höör's "Ärende/Föredragande Tid Dnr"):
                # the row's cells go on below it.
                presenter_cells.append(line)
                title_open = False
                continue
            title_open = False
            body_lines.append(line)
        if len(listed) >= 2 and not case_number:
            notes.add(item.line, "case_number", f"flera diarienummer ({', '.join(listed[:6])}); inget valt")
        body_lines[:0] = presenter_cells
        reading.title, reading.body_lines, reading.case_number = " ".join(title_parts), body_lines, case_number

    def _title_cells_cut(self, item: Item, reading: ItemReading) -> bool:
        """The title cleaned of what a page or an agenda's other cells set around it (page furniture, letterheads,
        pages, presenters, times, a number column); False where the row is a presenter's cell, no matter."""
        title, body_lines, case_number, notes = reading.title, reading.body_lines, reading.case_number, reading.notes
        title = _RUNNING_HEAD_IN_TITLE.sub("", _DOT_LEADER.sub("", clean(title))).strip(" ,")
        title = _SCAN_DEBRIS_AT_END.sub("", title)
        if (labels := _EMPTY_HEAD_LABELS_OPENING.match(title)) and len(title[labels.end():].split()) >= 2:
            title = title[labels.end():]
        stub = _CASE_STUB_OPENING_TITLE.match(title) if not case_number else None
        if stub and len(title[stub.end():].split()) >= 2:
            _note_case_number_cut(notes, item.line, stub.group().strip())
            title = title[stub.end():]
        if (leader := _LEADER_PAGE_RUN_ON.search(title)) and leader.start() > 0:
            notes.add(item.line, "title",
                      f"rubriken slutar vid prickraden och sidnumret ({leader.group()[:30].strip()!r})")
            title = title[:leader.start()].strip(" ,")
        if (stop := _NUMBER_AFTER_FULL_STOP.search(title)) and len(title[:stop.start()].split()) >= 2:
            notes.add(item.line, "title",
                      f"rubriken slutar vid punkten; talet efter den ({stop.group()[1:].strip()!r}) hör till nästa rad")
            title = title[:stop.start()].strip(" ,")
        condition = _CONDITION_AFTER_TITLE.search(title)
        if condition and len(title[:condition.start()].split()) >= 2:
            notes.add(item.line, "title", "rubriken slutar före villkoret ('under förutsättning ...')")
            title = title[:condition.start()].strip(" ,")
        code = next((code for code in self.leader_codes if title.endswith(" " + code)), None)
        if code and len(title.split()) >= 2:
            notes.add(item.line, "title", f"rubriken slutar med nästa rads kod ({code!r}); den tas bort")
            title = title[:-len(code)].strip(" ,")
        own = _own_mark_in_title(title, item.number, self.item_codes) if item.number and self.kind == "protokoll" \
            else None
        present = _PERSON_AND_ROLE.match(title[:own.start()]) if own else None
        if own and title[:own.start()].strip() and not (present and naming.looks_like_person(present.group("name"))):
            # (Not a row of those present, the § they were at after their name and role, "Tuula Milz, rektor § 79",
            # "Margareta Hedelin, integrationschef, § 179": _is_a_matter drops it by its mark.)
            notes.add(item.line, "title", f"rubriken slutar före paragrafens eget nummer ({own.group('mark')!r})")
            if title[own.end("mark"):].strip():
                body_lines.insert(0, Line(item.line, title[own.end("mark"):].strip()))
            title = title[:own.start()].strip(" ,")
        if "<" in title:
            title = clean(_HTML_INLINE_TAG.sub("", title))
        capitals = _CAPITALS_AT_END.search(title) if self.kind == "kallelse" else None
        if capitals and sum(len(word) >= 4 for word in capitals.group().split()) >= 2 \
                and len(title[:capitals.start()].split()) >= 2:
            # "Strategi och Effektiviseringsplan KALLELSEN SKICKAS TILL ERSÄTTARNA FÖR KÄNNEDOM": the page's foot in
            # capitals run on after the page's last row (Ragunda; Nacka's "POSTADRESS BESÖKSADRESS TELEFON ...",
            # Botkyrka's "BOTKYRKA KOMMUN KALLELSE/FÖREDRAGNINGSLISTA"): a title in normal case does not end so.
            title = title[:capitals.start()].strip(" ,")
        letterhead = _MUNICIPALITY_IN_CAPITALS.search(title)
        if letterhead and _LOWER_CASE_LETTER.search(title[:letterhead.start()]):
            # "16. Meddelanden. LJUNGBY KOMMUN KOMMUNSTYRELSEN Ank 2020 -02- 2 5 ...": the next page's letterhead
            # (a paper attached after the list) run on after a title in normal case: no title's words.
            title = title[:letterhead.start()].strip(" ,")
        codes = _CODES_AT_END.search(title) if _LOWER_CASE_LETTER.search(title) else None  # (none in capitals)
        if codes and len(title[:codes.start()].split()) >= 2:
            title = title[:codes.start()].strip(" ,")
        if self.kind == "kallelse":
            title = _code_column_cut(title, self.code_column_words)
            if (note := _PAPERS_NOTE_AT_END.search(title)) and len(title[:note.start()].split()) >= 2:
                title = title[:note.start()].rstrip(" ,")
            if (star := _PAPERS_STAR.search(title)) and len(title[:star.start()].split()) >= 2:
                # "Förvaltningschefen informerar * Ny taxa ...": the list's mark that papers go with the row ends its
                # title; what follows is the row's points (or the next cell), no title's words.
                body_lines.insert(0, Line(item.line, title[star.end():].strip()))
                title = title[:star.start()].rstrip(" ,")
        meeting_word = _MEETING_WORD_IN_TITLE.search(title)
        if meeting_word and not title[:meeting_word.start()].endswith(_OPEN_ENDINGS + (" att",)):
            title = title[:meeting_word.start()]  # not "Medborgarförslag om att Fullmäktiges sammanträden webbsänds"
        title = _BODY_MARK.sub("", _BARE_LETTERHEAD_IN_TITLE.sub("", _LETTERHEAD_IN_TITLE.sub("", title))).strip(" ,")
        title = _FILING_PLAN_CODE.sub("", title).strip(" ,")
        if len(title.split()) > 2:
            # "... samordnas vid ett och samma tillfälle / forts.": the mark of a § going on over the page (as
            # "KS § 67, forts.", _CONTINUED_MARK) run on after its title; no title ends with it (no tuning gold's).
            title = _CONTINUED_AT_END.sub("", title).strip(" ,")
        title = _SIGNATURE_BOX_AT_TITLE_END.sub("", title)
        title = _PAGE_MARK_IN_TITLE.sub("", _SIGNATURE_IN_TITLE.sub("", title)).strip(" ,")
        if self.kind == "kallelse":
            title = _PAGE_REFERENCE_IN_TITLE.sub("", title).strip(" ,")
            pages = _PAGE_RANGE_OPENING.match(title)
            if pages and int(pages.group("first")) < int(pages.group("last")):
                title = title[pages.end():]  # "1 1-4 Bottenvikens skärgård ...": the row's pages in the papers
            title = _ATTACHMENT_CELL_OPENING.sub("", title)
            cell = _ATTACHMENT_CELL_AFTER_TITLE.search(title)
            if cell and len(title[:cell.start()].split()) >= 1 and title.count("(", 0, cell.start()) <= title.count(
                    ")", 0, cell.start()):
                title = title[:cell.start()].strip(" ,")
        signature = _SIGNATURE_AFTER_TITLE.search(title) if self.kind == "kallelse" else None
        if signature and title[:signature.start()].endswith(_OPEN_ENDINGS[2:]):
            # "... till Telge Fastigheters ordförande" (Södertälje's interpellations): the office after a preposition
            # is whom the matter is put to, part of the title; a signature never follows a preposition.
            signature = None
        if signature is None and self.kind == "kallelse" and (whole := _SIGNATURE_AFTER_TITLE.match(" " + title)) \
                and whole.group("secretary"):
            # "Peter Heie ordförande Ralf Karlsson sekreterare": the list's signature, both signers with their
            # offices, cut off as a row of its own after the last row's cells: it closes the list, no matter.
            self.notes.append(f"{title[:60]!r}: listans underskrift, inget ärende")
            return False
        # (a one-word title before both signers too: "Övrigt Arne Lernhag Ordförande Lars G Andersson Sekreterare")
        if signature and (len(title[:signature.start()].split()) >= 2 or FORMALITY.match(title[:signature.start()])
                          or signature.group("secretary") and title[:signature.start()].strip()):
            title = title[:signature.start()].strip(" ,")
        presenter = _PRESENTER_IN_TITLE.search(title) if self.kind == "kallelse" else None
        if presenter and len(title[:presenter.start()].split()) >= 2:
            title = title[:presenter.start()].strip(" ,")
        if self.kind == "kallelse" or item.row:
            title = _list_row_cells_cut(title)
        if self.kind == "kallelse" and (office := _OFFICE_AND_PRESENTER.search(title)) and office.start() > 0:
            title = _OFFICE_AND_PRESENTER.sub("", title).strip(" ,")
        titled = _PRESENTER_AND_OFFICE.search(title) if self.kind == "kallelse" else None
        if titled and len(title[:titled.start()].split()) >= 2:
            title = title[:titled.start()].strip(" ,")
        after_period = _PRESENTERS_AFTER_PERIOD.search(title) if self.kind == "kallelse" else None
        # (a name's inner capital, "AnnKristin", read as the name it is: no organisation's word among them)
        if after_period and all(naming.looks_like_person(_INNER_CAPITAL.sub(lambda m: m.group().lower(), name))
                                for name in re.split(r"\s*,\s*|\s+och\s+", after_period.group("names"))):
            title = title[:after_period.start()]
        offices = _OFFICES_AFTER_TITLE.search(title) if self.kind == "kallelse" else None
        if offices and offices.start() > 0:
            title = title[:offices.start()].strip(" ,")
        title = _ROW_MARK_OPENING.sub("", _ROW_STAR_BEFORE_NOTE.sub("", title))
        if self.kind == "kallelse":
            title = _CASE_STUB_IN_TITLE.sub("", title).strip(" ,")
        section = _SECTION_HEADING_IN_ROW.search(title) if self.kind == "kallelse" else None
        if section and len(title[:section.start()].split()) >= 2:
            # "... Överenskommelse SUF Kunskapscentrum. Finansiering 2016 Yttranden" / "7. Trafikverket ...", "15.
            # Arvodesreglementet. Revidering Information/Rapporter Almi Företagspartner ... (muntlig) ...": the list's
            # section heading run on after a row's title, where the row ends (Regionförbundet Uppsala län's lists).
            title = title[:section.start()].strip(" ,")
        while _AGENDA_NOTE.search(title):  # notes may stand one after the other
            title = _AGENDA_NOTE.sub("", title).strip(" ,")
        if self.paper_brackets:
            # The row's attached papers named after its title, in brackets (see parse): their names, no title's words.
            cut = _PAPER_NAME_AT_END.search(title) or _PAPER_NAMES_LEFT_OPEN.search(title)
            if cut and cut.start() > 0:
                title = title[:cut.start()].strip(" ,")
        points = _BULLETED_POINTS.search(title)
        if points and points.start() > 0:
            body_lines.insert(0, Line(item.line, title[points.start():].strip()))
            title = title[:points.start()].strip(" ,")
        slot, timed_row = _TIME_SLOT.search(title), False
        timed = _PRESENTERS_AND_TIME.search(title) if slot and self.kind == "kallelse" else None
        if timed and timed.start("time") == slot.start() + 1:
            slot = None  # the presenters before the time: read with them below
        # (A one-word title before a time stated in full: "FIKA Kl 09.30-09.45", an agenda's pause or information.)
        if slot and (len(title[:slot.start()].split()) >= 2
                     or title[:slot.start()].strip() and _SLOT_TIME.match(title[slot.start():])):
            # "Presentation av medborgarundersökningen Kl. 13.00–13.20 Karin Allard ... informerar.":
            # the agenda's time for the item, and who presents it, are no part of its title.
            body_lines.insert(0, Line(item.line, title[slot.start():].strip()))
            presenter = self.kind == "kallelse" and not item.key and _PRESENTER_ALONE.match(title[:slot.start()])
            row = _NUMBERED_ROW_AFTER_TIMES.search(title, slot.start()) if presenter else None
            if row:
                # "... Kl. 13:00 Kl. 13:00 7. Motion från ...": the cells end where the next numbered row opens.
                body_lines[0] = Line(item.line, title[slot.start():row.start()].strip())
                item.key, item.number = f"punkt {row.group('n')}", int(row.group("n"))
                title = row.group("title")
            elif presenter:
                # "Bernt Eriksson, kl. 11:00-11:20" cut from the rows around it (Uddevalla): the presenter
                # column's cell and its time, no row of its own.
                self.notes.append(f"{title!r}: föredragande och tid, inget ärende")
                return False
            else:
                title, timed_row = title[:slot.start()].strip(" ,"), True
                dashed = _PRESENTER_AFTER_DASH.search(title) if self.kind == "kallelse" else None
                if dashed and len(title[:dashed.start()].split()) >= 2 \
                        and naming.looks_like_person(dashed.group("name")):
                    # "Visning av Lidhultsskolan - Kristina Linde Håkansson, kl 13.15-14.05": who presents at the
                    # row's time, after a dash (Ljungby's agenda pages), as _PRESENTERS_AND_TIME's names before it.
                    self.presenters.add(" ".join(dashed.group("name").split()[-2:]))
                    title = title[:dashed.start()]
        if self.kind == "kallelse":
            title = row_cells_cut(title, cell_cut=timed_row)
        following_number = _TITLE_PAGE.search(title) if self.kind == "kallelse" and item.key else None
        if following_number and int(following_number.group("page")) == item.number + 1 \
                and len(title[:following_number.start()].split()) >= 2 \
                and not _NUMBERED_WORD_END.search(title[:following_number.start()]):
            # "20 Analys och åtgärdsförslag efter SCB:s medborgarundersökning 21": the next row's number, its
            # title cut off by the excerpt's end (Trelleborg); no title ends with the number of the row after it.
            title = title[:following_number.start()].rstrip(" ,")
        next_row = re.search(rf"\s{item.number + 1}\s+(?=[A-ZÅÄÖ])", title) \
            if self.kind == "kallelse" and item.key and item.number is not None else None
        if next_row and len(title[:next_row.start()].split()) >= 2:
            # "3 Fastställande av dagordning 4 TEMA-BBIC" (Katrineholm): the next row run into this one's title;
            # no gold title of the 531 tuning documents holds the number of the row after it before a capital.
            run_on = title[next_row.start():].strip()[:60]
            notes.add(item.line, "title", f"nästa punkt i raden ({run_on!r}); läses inte")
            title = title[:next_row.start()].rstrip(" ,")
        bare_time = _TIME_AT_END.search(title) if self.presenter_column else None
        if bare_time and len(title[:bare_time.start()].split()) >= 2 and not _PRESENTERS_AND_TIME.search(title):
            # "Redovisning av delegationsbeslut 9.10" under "Föredragande" with times (Östhammar): the time column's.
            body_lines.insert(0, Line(item.line, bare_time.group().strip()))
            title = title[:bare_time.start()].rstrip(" ,")
            cell = _ONE_WORD_PRESENTER_AT_END.search(title)
            if cell and len(title[:cell.start("cell")].split()) >= 2 \
                    and not title[:cell.start("cell")].rstrip().endswith(_OPEN_ENDINGS[2:]):
                # "Information från socialkontoret december Ledningsgrupp 10.00" (Östhammar), "Diskussion kring
                # avkastningsplan Magnus 10.00" (Oxelösund): the presenter cell of one word right before the time.
                title = title[:cell.start("cell")].rstrip(" ,")
        bracketed = _BRACKETED_CASE_NUMBER.search(title) if not case_number else None
        own = LABELLED.match(bracketed.group("labelled")) if bracketed else None
        if own and re.fullmatch(r"(?:[ .]\d{2,4})?", bracketed.group("labelled")[own.end():]) \
                and _names_a_title(title[:bracketed.start()]) \
                and not NOT_OURS.search(title[max(0, bracketed.start() - 14): bracketed.start()]):
            # "E-tjänster i Tibro kommun (ärende nr 2014-000374.005) Tjänsteskrivelse", "... (Dnr RS 2022/1275)": the
            # row's own number in brackets after its title ends the title (Tibro, Region Gävleborg, Kungälv's list);
            # what follows (the row's papers, its presenter) is the row's text.
            case_number, rest = bracketed.group("number"), title[bracketed.end():].strip()
            title = title[:bracketed.start()].rstrip(" ,.")
            if rest:
                body_lines.insert(0, Line(item.line, rest))
        timed = _PRESENTERS_AND_TIME.search(title) if self.kind == "kallelse" else None
        if timed:
            names = timed.group("names").split()
            kept = title[:timed.start()].split() + names[:len(names) % 2]
            if kept and (" " + " ".join(kept)).endswith(_OPEN_ENDINGS[2:]):
                # "Information från Region Halland 09.30": a title left open before the names had them for its own;
                # only the time is the column's.
                body_lines.insert(0, Line(item.line, timed.group("time")))
                title = title[:timed.start("time")].rstrip(" ,")
            elif kept:
                taken = names[len(names) % 2:]
                self.presenters.update(" ".join(taken[i:i + 2]) for i in range(0, len(taken), 2))
                body_lines.insert(0, Line(item.line, title[timed.start():].strip()))
                title = " ".join(kept)
                if not case_number:
                    # The row's Dnr cell (and its unit's code) stood before its presenter: "... 2011/364 AKK".
                    title, case_number = trailing_case_number(_TRAILING_CODE.sub("", title))
                    listed = _year_first_end(title) if not case_number else None
                    if listed and len(title[:listed.start()].split()) >= 2:
                        case_number, title = listed.group("number"), title[:listed.start()].strip(" ,")
        # A lone row so, in a kallelse whose list has no column of year-first numbers, cut or whole ("2 Allmänhetens
        # frågestund 2016/23", Tidaholm): the row's number too, as no gold title of any round ends with one (a season,
        # "2019/2020", is no number); where the list's numbers are cut ("2018/ / /", Hultsfred) a lone one may be a cut
        # number and the next row's, so none is read.
        lone_row = self.kind == "kallelse" and not self.year_column
        listed = _year_first_end(title) if (self.numbered_rows or lone_row) and not case_number else None
        if listed and len(title[:listed.start()].split()) >= (1 if self.numbered_rows else 2):
            # "Information om flyktingsituationen 2015/9", the list's rows each ending so: the row's number.
            case_number, title = listed.group("number"), title[:listed.start()].strip(" ,")
        inside = _year_first_inside(title) if self.year_column and not case_number else None
        if (inside and len(title[:inside.start()].split()) >= 2 and inside.start() <= _LONGEST_TITLE
                and not _year_first_end(title[inside.end():]) and not _STEP_AFTER.match(title[inside.end():])):
            # "... extraordinära 2015/684 händelser", "... busstation 2017/266 Kommunstyrelsen Postadress": in a list
            # whose rows end with their numbers, one inside a row is its number column's still; a wrapped title's last
            # words in lower case go on after it, anything else (a column, the page's foot) is no part of the title.
            case_number, rest = inside.group("number"), title[inside.end():].strip()
            title = title[:inside.start()].strip(" ,")
            if _TITLE_WORDS_WRAPPED.match(rest):
                title = f"{title} {rest}"
            else:
                body_lines.insert(0, Line(item.line, rest))
        if self.numbered_rows and case_number and _YEAR_FIRST_ALONE.match(case_number):
            # "... biblioteksplan för Tidaholms kommun 2017/334 2018/208": the list's number column set after a run
            # of rows' titles, as Orust's, Linköping's and Sotenäs' coded ones (_numbers_after_their_rows): which
            # row each is of is told only where the rows since the last numbered one are as many.
            column = [case_number]
            while (more := _year_first_end(title)) and len(title[:more.start()].split()) >= 2:
                column.insert(0, more.group("number"))
                title = title[:more.start()].strip(" ,")
            if len(column) >= 2:
                notes.add(item.line, "case_number", f"flera diarienummer ({', '.join(column)}); inget valt")
                self.number_run, case_number = column, None
        wrapped = _CASE_NUMBER_AND_PAGE_AT_END.search(title) if self.kind == "kallelse" and not case_number else None
        if wrapped and len(title[:wrapped.start()].split()) >= 2 and not is_span_of_years(wrapped.group("number")):
            # (Not a plan's span of years after its code: "Anvisningar till Budget 2021 och EFP 2022-2023", Örkelljunga,
            # as trailing_case_number reads an unlabelled one.)
            # "7 Val av representant i beredningsgrupp" / "för föreningsbidrag SOCN/2019:1 3": the row's number (and
            # page) after its wrapped title, as a head line's (no gold title of the 531 tuning documents ends with one).
            # (The page stays where it stood, for the page column's reading over all rows: _drop_page_column_of_titles.)
            title = f"{title[:wrapped.start()].rstrip(' ,')}{title[wrapped.end('number'):]}"
            case_number = wrapped.group("number")
        reading.title, reading.case_number = title, case_number
        return True

    def _title_text_cut(self, item: Item, reading: ItemReading) -> None:
        """The title cut where the item's text runs on after it (a sentence, a section heading, a presenter), and
        the §'s own case number labelled after or before it, or beside a title set on the line below; whether the
        title as read ran on (longer than any title, or to the text's end)."""
        title, body_lines, case_number, notes = reading.title, reading.body_lines, reading.case_number, reading.notes
        repeated = _TITLE_STATED_TWICE.match(title)
        if repeated:
            # "Anmälan om beslut enligt delegation Anmälan om beslut enligt delegation a) Arbetsutskottet ...": the
            # § heading repeated as its text's own heading, the line break between them lost (Landskrona; so does
            # any list whose title stands above its text on a line of its own, joined): the title once.
            rest = title[repeated.end():].strip()
            title = repeated.group("title")
            if rest:
                body_lines.insert(0, Line(item.line, rest))
        # A title never ends with a preposition or conjunction: "Svar på motion om trafiksäkerheten på
        # Stationsvägen i Rödeby." goes on past its capital.
        # Nor is a run of names cut ("AB Karlskrona Moderbolags begäran om ...": no word before in lower case).
        # (A stop closing a title's abbreviation is none of a sentence's: "... avtal om finansieringen av utbyggnaden
        # m.m.", Trelleborg.)
        closed = title.endswith(".") and not _ABBREVIATION_AT_END.search(title)
        # (Nor one left on a clause's word, "... (KD) om hur" / "Örebro kommun säkrar ...": the clause is the title's.)
        sentence = next((m for m in _SENTENCE_IN_TITLE.finditer(title) if not title[:m.start()].endswith(
            _OPEN_ENDINGS) and not _CLAUSE_WORD_AT_END.search(title[:m.start()])
            and not all(word[:1].isupper() for word in title[:m.start()].split())),
            None) if closed and not self.stopped_rows else None
        if not sentence and self.kind == "protokoll" and closed:
            sentence = _SENTENCE_AFTER_PERIOD.search(title)
        if sentence and len(title[:sentence.start()].split()) >= 2 and len(title[sentence.end():].split()) >= 2:
            # "Allmänhetens frågestund Inga frågor ställs.": the title, then a sentence run into it.
            body_lines.insert(0, Line(item.line, title[sentence.end():]))
            title = title[:sentence.start()].removesuffix(".")
        lone = _WORD_THEN_SENTENCE.match(title) if self.kind == "protokoll" and title.endswith(".") else None
        if lone:
            # "Kf 78 Kallelse Till detta sammanträde har utfärdats kallelse enligt bilaga 27 ...", "Ks 251
            # Ordföranderemisser Förteckning över inkomna ärenden ...", "Kungörelse Kungörelse om dagens sammanträde
            # har varit anslagen ...": a title of one word, then a whole sentence of the §'s text (Nässjö,
            # Landskrona, Danderyd).
            body_lines.insert(0, Line(item.line, title[lone.end("title"):].strip()))
            title = lone.group("title")
        section = _SECTION_WORD_IN_RUN_ON.search(title) if self.kind == "protokoll" else None
        if section and len(title[:section.start()].split()) >= 2 and not title[:section.start()].endswith(
                _OPEN_ENDINGS):
            # "Ks 43 KS 2019/0087 005 Policy för IT Förslag till beslut föreslår att ...", "... Ljusnarsbergs
            # turistnäring Ärendebesk rivning Upphandling har ...", "Arbetsmiljökartläggning Ärendebeskrivning Au ...":
            # the §'s first section heading run on after its title (Ljungby, Ljusnarsberg, Vilhelmina) ends it.
            body_lines.insert(0, Line(item.line, title[section.end():]))
            title = title[:section.start()]
        presenter = _PRESENTER_OPENS_TEXT.search(title) if self.kind == "protokoll" else None
        following = next((x.stripped for x in body_lines if x.stripped), "")
        if (presenter and len(title[:presenter.start()].split()) >= 2
                and not title[:presenter.start()].endswith(_OPEN_ENDINGS)
                and _PRESENTS.search(f"{title[presenter.end():]} {following}"[:160])):
            # "Kf 113 Information från Boxholmshus Fredrik Noaksson, vd på Boxholmshus informerar ...", "...
            # Skateboardförening Alfred Nisses, ordförande i ..., informerade om ...": who presents the matter, their
            # office after their name, opens the text (Boxholm, Höganäs; Alingsås' and Härnösand's agendas name
            # their presenters so after the titles); a title naming a person ("Entledigande av Per Svensson,
            # ersättare ...") has no presenting verb after.
            body_lines.insert(0, Line(item.line, title[presenter.end():]))
            title = title[:presenter.start()]
        # The §'s text opening with its verb, its subject (the body's name) lost: the title ends before it.
        lost = _VERB_OF_A_LOST_SUBJECT.search(title) if self.kind == "protokoll" else None
        before = title[:lost.start()].split() if lost else []
        if (lost and len(before) >= 2 and not _CLAUSE_WORD.search(title[:lost.start()])
                and not title[:lost.start()].endswith(_OPEN_ENDINGS) and not _SUBJECT_WORD.fullmatch(before[-1])
                and not _SUBJECT_WORD.fullmatch(lost.group("next"))):
            body_lines.insert(0, Line(item.line, title[lost.start():].strip()))
            title = title[:lost.start()]
        decides = _BODY_DECIDES_IN_TITLE.search(title)
        if decides and decides.start() > 0 and not _CLAUSE_WORD.search(title[:decides.start()]):
            # (not inside a clause of the title's own: "Motion om att Kommunstyrelsen antar en ny policy")
            # "Anmälan av inkomna/utgående skrivelser Regionstyrelsen antecknar skrivelserna ...": the proposal, its
            # body and verb, run onto the title: the title ends before it, the sentence is the item's text.
            body_lines.insert(0, Line(item.line, title[decides.start():].strip()))
            title = title[:decides.start()].strip(" ,")
        labelled_tail = _LABELLED_TAIL.search(title) if not case_number else None
        if labelled_tail and len(title[:labelled_tail.start()].split()) >= 2:
            # "Anmälan av delegationsbeslut Diarienummer 1700021": the title's own number, labelled.
            case_number, title = labelled_tail.group("number"), title[:labelled_tail.start()].strip(" ,")
        run_on = len(title) > _LONGEST_TITLE  # (as read, its number before it)
        # A title that runs on to the excerpt's very end ("Kf 75 Ks 82 Au 225 Dnr Redovisning av obesvarade motioner
        # Enligt 11 4 stycket ... skall", Kumla) may hold the start of its text, as a longer one would.
        run_on = run_on or (self.kind == "protokoll" and self._ends_the_text(item, title, body_lines))
        lead = _LABELLED_LEAD_OF_TITLE.match(title) if not case_number else None
        if lead:
            # "Dnr 06/KA0326 Barn- och utbildningsnämndens förslag ...", "Dnr 78662 Informationsärenden", "Dnr KS/KF
            # 2014:10.002 Meddelanden ...": the §'s own number, labelled, before its title (Grums, Habo, Lomma), in
            # a shape the case number pattern does not know.
            case_number, title = lead.group("number"), title[lead.end():]
            if _YEAR_AND_SERIES_ONLY.fullmatch(case_number):
                # "Dnr07/Ks Anbud förbränning ..." (Vilhelmina; its "Dnr 09/Ks" in the margin, Lilla Edet's
                # "Dnr 2014/KS Begäran om ..."): the year and the registry's series, the serial lost.
                _note_case_number_cut(notes, item.line, case_number)
                case_number = None
        title = _STANDING_LABEL.sub("", title).strip(" ,") or title  # (after its row's labelled number, above)
        if self.kind == "kallelse":  # (a protocol's "... Östra Skaraborg ()" is its gold title's, as written)
            title = _EMPTY_CELL_AT_END.sub("", title) or title
        title = _TITLE_LABEL.sub("", title) or title
        alone = _LABELLED_ALONE.match(title) if not case_number else None
        following = next((i for i, x in enumerate(body_lines) if x.stripped), None)
        if alone and following is not None and _DOT_LEADER.search(body_lines[following].stripped):
            # "§ 71 Dnr 2019-000003 - 042" / "Uppföljning av ... 5": a contents list's row, the
            # number on the paragraph's line and the title with its page on the line below.
            case_number = alone.group("number")
            title = _DOT_LEADER.sub("", clean(body_lines.pop(following).stripped)).strip(" ,")
        elif (alone and following is not None and self.kind == "protokoll"
              and _TITLE_BELOW.match(body_lines[following].stripped)
              and not _item_heading(body_lines[following].stripped)):
            # "§ 46 Dnr 2023-000222" / "Budgetuppföljning 1 år 2023": the paragraph's line holds its number,
            # the title stands alone on the line below (Laholm's list of paragraphs; Hudiksvall's with its pages,
            # above; Storuman's "KS § 80 KS/2018:298 - 001" over its title).
            case_number = alone.group("number")
            title = clean(body_lines.pop(following).stripped).strip(" ,")
        elif alone:
            title = ""  # a case number is no title; the title itself is not stated (cut off)
        elif (_EMPTY_CASE_LABEL_ALONE.match(title) and following is not None and self.kind == "protokoll"
              and _TITLE_BELOW.match(body_lines[following].stripped)
              and not _item_heading(body_lines[following].stripped)):
            # "KS § 77" / "Dnr" / "INFORMATION FRÅN UNG FÖRETAGSAMHET": the form's case label left empty on its
            # own line, the title below it (Kil; so Ronneby's, Skellefteå's, Hofors' labels run on before it).
            title = clean(body_lines.pop(following).stripped).strip(" ,")
        bracketed = _bracketed_case_at_end(title, notes, item.line) if not case_number else None
        if bracketed:
            case_number, title = bracketed.group("number"), title[:bracketed.start()].strip()
        stub = LABELLED_TRUNCATED.search(title)
        if stub and len(title[:stub.start()].split()) >= 2 and not NOT_OURS.search(title[:stub.start()][-20:]):
            # "Utredning om matleveranser. Dnr KS": the number was cut off after its label.
            _note_case_number_cut(notes, item.line, title[stub.start():])
            title = title[:stub.start()].strip(" .,")
        inside = _CASE_LABEL_INSIDE.search(title)
        if inside and len(title[:inside.start()].split()) >= 2 and not title[:inside.start()].endswith(
                _OPEN_ENDINGS) and not NOT_OURS.search(title[:inside.start()][-20:]):
            # (a whole number labelled at the title's end was read above: what is left here is cut or run on)
            notes.add(item.line, "title", f"rubriken slutar vid diarienumret ({title[inside.start():][:40].strip()!r})")
            title = title[:inside.start()].strip(" .,")
        if not item.key and _HEAD_LABEL_IN_TITLE.search(title):
            # "Kommunstyrelsen Sammanträdesdatum Blad 6 Ks 184 ... Revidering av ...": the page's head
            # run into an extract's one matter; its title is the one the text and the site's name for
            # the file agree on, else not stated apart from the head.
            opening = " ".join(self.site_title.split()[:3]).casefold() if self.site_title else None
            title = self.site_title if opening and opening in title.casefold() else ""
        if item.row and self.kind == "protokoll":
            # "Risk- och sårbarhetsanalys... 10 155 Dnr ...": a list of paragraphs' row, its page taken as the
            # next row's furniture, keeps its dot leader (Bjuv; Hudiksvall, Alingsås set their rows so).
            title = _ROW_LEADER.sub("", title)
        title = _BARE_CASE_LABEL.sub("", title)  # "... hemsjukvården Dnr": the label whose number was read apart
        if (lead := _BARE_CASE_LABEL_LEAD.match(title)) and not CASE_NUMBER.match(title[lead.end():]):
            title = title[lead.end():]
        reading.title, reading.case_number, reading.run_on = title, case_number, run_on

    def _title_run_on_cut(self, item: Item, reading: ItemReading) -> bool:
        """A § with no title above its text kept by its number; a title still longer than any title cut where its
        text opens (its labelled number, a word that opens a sentence, a capitalised phrase, a cut number), else
        kept untitled by its number (warned) or not at all; False where no title can be told (no matter)."""
        title, body_lines, case_number, continued, run_on, notes = (
            reading.title, reading.body_lines, reading.case_number, reading.continued, reading.run_on, reading.notes)
        if not title and not case_number and self._untitled_above_text(item, body_lines):
            notes.add(None, "title", f"ingen titel: {item.key}: paragrafen har ingen rubrik, bara sin text; lämnas tom")
            continued = True  # (kept by its number as a § continued is: untitled, below)
        if len(title) < 3 and not continued:
            self.notes.append(f"{item.key}: rubriken är avkortad i texten ({title!r}); inget ärende")
            return False
        # (A title too long for one, or run on to the excerpt's end: its text after it, not a title the excerpt cut.)
        run_on_past_title = len(title) > _LONGEST_TITLE or self._ends_the_text(item, title, body_lines)
        labelled = _LABELLED_IN_RUN_ON.search(title) if run_on_past_title and not case_number else None
        if (labelled and 2 <= len(title[:labelled.start()].split()) and labelled.start() <= _LONGEST_TITLE
                and not NOT_OURS.search(title[:labelled.start()][-20:])):
            # "Information om naturbadplatser, dnr 58.10/811 Per Björkengren, anläggningsansvarig ...": a run-on
            # page's title ends at its own labelled case number, the text after it (Hällefors, Hallstahammar,
            # Sala, Lund set a §'s head so: title, Dnr, then the text).
            # (The number as written, though the reader's pattern does not know its shape: "58.10/811".)
            case_number = labelled.group("number")
            body_lines.insert(0, Line(item.line, title[labelled.end():].strip()))
            title = title[:labelled.start()].strip(" ,")
        # (Wherever the title's end was read: no tuning gold title holds such a number with words after it.)
        coded = _CODED_CASE_IN_RUN_ON.search(title, 0, _LONGEST_TITLE) if not case_number \
            and self.kind == "protokoll" and item.key else None
        if coded and len(title[:coded.start()].split()) >= 3 and len(title[coded.end():].split()) >= 3 \
                and is_case_number(coded.group("number") or coded.group("bracketed")):
            case_number = coded.group("number") or coded.group("bracketed")
            body_lines.insert(0, Line(item.line, title[coded.end():].strip()))
            title = title[:coded.start()].strip(" ,")
        lost = _LOST_NUMBER_LABEL_IN_RUN_ON.search(title, 0, _LONGEST_TITLE) if not case_number else None
        if lost and len(title[:lost.start()].split()) >= 2 and len(title[lost.end():].split()) >= 3:
            # "139 Uppföljning och utvärdering av Familjecentralen, Dnr Familjecentralen startades upp ...": the
            # form's "title, Dnr number" with the number lost (Dals-Ed's copies): the title ends at its label, the
            # text opens after it.
            notes.add(item.line, "case_number", "diarienumret saknas efter etiketten (Dnr); lämnas tomt")
            body_lines.insert(0, Line(item.line, title[lost.end():]))
            title = title[:lost.start()]
        heading = _PROPOSAL_HEADING_AT_END.search(title) if self.kind == "protokoll" and body_lines else None
        if heading and len(title[:heading.start()].split()) >= 2 and _item_heading(heading.group("heading")):
            # "Åtgärder mot arbetslösheten Kommunstyrelsens förslag till kommunfullmäktige" / "Kommunstyrelsen föreslår
            # ...": the § text's first heading, a body's proposal on to another, run onto the title's line (Hultsfred):
            # the heading of the text below, no part of the title.
            body_lines.insert(0, Line(item.line, heading.group("heading")))
            title = title[:heading.start()]
        opening = _TEXT_OPENS_IN_RUN_ON.search(title, 0, _LONGEST_TITLE) if run_on or len(title) > _LONGEST_TITLE \
            else _MEMBER_DID_IN_TITLE.search(title) if self.kind == "protokoll" else None
        if (opening and len(title[:opening.start()].split()) >= 2
                and not title[:opening.start()].endswith(_OPEN_ENDINGS)):
            # "Budgetuppföljning januari-mars 2012 med prognos för helåret För perioden januari till mars är ...":
            # a run-on §'s text opens where a word no title writes in capitals mid-line (an article, a
            # preposition, "Föreligger") starts a sentence (Emmaboda, Hagfors, Lomma, Nora, Örnsköldsvik), or a
            # member and their party before a verb do (Nässjö, Gnosjö; so Danderyd's, Säffle's, Tjörn's §§).
            body_lines.insert(0, Line(item.line, title[opening.end():]))
            title = title[:opening.start()].rstrip(" .")
        att_list = _ATT_LIST_IN_TITLE.search(title) if self.kind == "protokoll" and item.key and not opening else None
        before_att = title[:att_list.start()].strip() if att_list else ""
        if att_list and len(before_att.split()) >= 2 and not f" {before_att.lower()}".endswith(_GOVERNS_ATT) \
                and not _ATT_NOUNS.intersection(before_att.lower().split()):
            # "Upprop, kungörande, protokollets justering, m m att fastställa uppropet, att utse ... att jämte
            # ordföranden justera ..." (Hallstahammar): the decision's att-clauses, listed after a comma, run on after
            # the title; no gold title holds such a list (one holds one ", att gälla från ...", Tanum's).
            body_lines.insert(0, Line(item.line, title[att_list.start():].strip()))
            title = before_att
            opening = att_list
        role_did = _ROLE_DID_IN_TITLE.search(title, 0, _LONGEST_TITLE) if self.kind == "protokoll" and item.key \
            and not opening else None
        if role_did and not title[:role_did.start()].endswith(_OPEN_ENDINGS):
            # "KF 33 Hälsningsanförande Ordföranden hälsar alla välkomna till dagens sammanträde ..." (Åmål): the
            # title ends where an official, by role, opens the text (_ROLE_DID_IN_TITLE); one word before it will do.
            body_lines.insert(0, Line(item.line, title[role_did.end():]))
            title = title[:role_did.start()].rstrip(" .")
            opening = role_did
        lost_name = next((m for m in _LOST_NAME_GENITIVE.finditer(title) if m.group("before") not in _JOINS
                          and m.group("after") not in _JOINS), None) \
            if self.kind == "protokoll" and item.key and not opening else None
        if lost_name and len(title[:lost_name.start("gap")].split()) >= 2:
            # "KS 237 Rapport från utskotten s utskotts ledamöter informerar om ...": the extraction dropped a name
            # and left its genitive's "s" ("Kommunstyrelsen" lost in Bengtsfors' copies; so "Organ s arbetsutskott",
            # Älvsbyn; "s beslut", Region Blekinge; Tierp's, Gävle's): no title holds a lone "s", so the § text
            # opens there.
            body_lines.insert(0, Line(item.line, title[lost_name.end("gap"):]))
            title = title[:lost_name.start("gap")].rstrip(" .")
        ends_text = self._ends_the_text(item, title, body_lines)
        ending = _run_on_title_end(title) if (len(title) > _LONGEST_TITLE or ends_text) and \
            self.kind == "protokoll" and item.key else None
        if ending and len(title) <= _LONGEST_TITLE and len(title[ending:].split()) < 4:
            ending = None  # (a title the text ends in, not a title and its text: at least a few words of it)
        if ending:
            # "KS 1 AU 841 Dnr Avtal om ... inom särskolan m m Förslag till avtal med ...", "Ks 252 ... inom Kronan
            # (Bockasjö AB) Bockasjökoncernen med huvudsäte ...": a page whose § head, title and text run on as one
            # line (Skellefteå, Landskrona, Avesta, Nordanstig, Norberg, Mjölby): the title ends where the first
            # capitalised word opens a new phrase, as in a list row's run-together titles (_title_openings), or its
            # first section's heading. So where a site's excerpt ends inside such a §'s text, not its title ("KS 57
            # Dnr. 2011/ Antagande av regler ... i Tjörns kommun Som ett led i att stärka ...", Tjörn, Osby,
            # Vilhelmina's "Anbud förbränning av avfall Ärendebeskrivning Au Upphandling av tjänst ...").
            body_lines.insert(0, Line(item.line, title[ending:]))
            title = title[:ending].rstrip(" ")
        stub_inside = _STUB_INSIDE.search(title, 0, _LONGEST_TITLE) if (
            len(title) > _LONGEST_TITLE and self.kind == "kallelse" and not case_number) else None
        if stub_inside and len(title[:stub_inside.start()].split()) >= 3:
            # "Detaljplan för ... i Boo Antagande KFKS 2014/ , MSN 216, KSSU 232 POSTADRESS BESÖKSADRESS ...": the
            # row's Dnr cell, cut, after its title cell; what follows (the page's foot here) is no part of the title.
            _note_case_number_cut(notes, item.line, stub_inside.group().strip())
            body_lines.insert(0, Line(item.line, title[stub_inside.end():].strip()))
            title = title[:stub_inside.start()].strip(" ,")
        untitled = continued  # an agenda's row kept by its number, its title not told from its text; a § continued
        if item.line in self.summary_rows and title:
            # A portal's row shown by its summary alone (_portal_items): its number, no title made up from the summary.
            notes.add(item.line, "title", f"{item.key}: portalen visar bara en sammanfattning ({title[:60]!r}); "
                      "rubriken lämnas tom")
            body_lines.insert(0, Line(item.line, title))
            title, untitled = "", True
        if item.key and _SUMMARY_IN_TITLES_PLACE.match(title):
            # A row's summary shown in its title's place (see _SUMMARY_IN_TITLES_PLACE): its number, no title made up
            # from the summary, as a longer one below.
            notes.add(item.line, "title", f"{item.key}: en mening står i rubrikens ställe ({title[:60]!r}); lämnas tom")
            body_lines.insert(0, Line(item.line, title))
            title, untitled = "", True
        if len(title) > _LONGEST_TITLE and self.kind == "kallelse" and item.key:
            # An agenda's numbered row is a matter on the list though its title is not told from its summary
            # (a meeting portal shows the summary in the title's place): its number, no title made up.
            notes.add(item.line, "title", f"{item.key}: rubriken går inte att skilja från texten "
                      f"({title[:60]!r} ...); lämnas tom")
            title, untitled = "", True
        if len(title) > _LONGEST_TITLE and self.kind == "protokoll" and item.key and _mostly_lower_case(
                title[:_LONGEST_TITLE]) and not _AGENDA_WORD.search(title[:60]):
            # A protocol's § whose title could not be told from its text ("KS 220 Redovisning av delegationsbeslut s
            # utskotts protokoll s allmänna utskott 159-174 ...", Bengtsfors; Ronneby's "AU 1 Dnr Kommunförbundet
            # Blekinges anhållan ... styrelse Kommunförbundet Blekinge anhåller ..."): the § is kept with its number
            # and case number, its title left empty rather than the § dropped (a run of names, a members' list
            # read as a §, is not).
            notes.add(None, "title", f"ingen titel: {item.key}: rubriken går inte att skilja från texten "
                      f"({title[:60]!r} ...); lämnas tom")
            body_lines.insert(0, Line(item.line, title))
            title, untitled = "", True
        # "Politiska uppdrag nya M-ledamöter och ersättare. Länsstyrelsen i Kalmar län meddelar ... Ny ledamot ...": a
        # § head set as a sentence, its text run on after it (Borgholm's form closes its titles with a full stop): a
        # title too long to be one, its first sentence short enough (_TITLE_BEFORE_ITS_TEXT), ends there. (A §
        # numbered, or whose number was lost, its cut case label before it.)
        first_end = _SENTENCE_END_IN_TITLE.search(title) \
            if self.kind == "protokoll" and (item.key or item.truncated_case) else None
        stop = title.index(". ", first_end.start()) if first_end else 0
        if first_end and len(title) > _LONG_TITLE and stop <= _TITLE_BEFORE_ITS_TEXT \
                and len(title[:stop].split()) >= 3:
            body_lines.insert(0, Line(item.line, title[stop + 2:]))
            title = title[:stop]
        if self.kind == "protokoll" and item.key and len(title) > _LONG_TITLE and _SENTENCE_END_IN_TITLE.search(title):
            # "Budget 2013 ..., uppföljning av räddningsnämndens konkretiserade mål går under året igenom med ... för
            # året. Bo Hansson, räddningstjänsten, ..." (Gislaved): a long title that runs past a sentence's end is the
            # §'s text run on (no tuning gold title over _LONG_TITLE characters holds one): the § kept, no title.
            notes.add(None, "title", f"ingen titel: {item.key}: rubriken går inte att skilja från texten "
                      f"({title[:60]!r} ...); lämnas tom")
            body_lines.insert(0, Line(item.line, title))
            title, untitled = "", True
        if len(title) > _LONGEST_TITLE:
            # Longer than any matter's title: where it ends and the text begins was not told apart.
            self.notes.append(f"{item.key}: rubriken går inte att skilja från texten ({title[:60]!r} ...); "
                              "inget ärende")
            return False
        listed = self.listed_rows.get(item.number) if self.kind == "protokoll" and item.key and title else None
        if listed and listed.startswith(title + " ") and len(listed) <= _LONGEST_TITLE \
                and not CASE_NUMBER.search(listed) and not _DOT_LEADER.search(listed) \
                and not listed.rsplit(maxsplit=1)[-1].isdigit() \
                and self._ends_the_text(item, title, body_lines):
            # The excerpt ends inside the last §'s title, which the list of paragraphs above gives whole under the
            # same number ("19. Fråga från ... Hans Carlsson (C) om servering av ... livsmedel" / "Kf § 19 ..." /
            # "Fråga från ... Hans Carlsson (C)" and the text's end, Tanum): the row's title. (Not a row ending in a
            # number, its page or the title's own: "44. Information från kommunchefen 5".)
            title = listed
        elif listed and title.startswith(listed + " ") and listed[:1].isupper() and len(listed) <= _LONGEST_TITLE \
                and not CASE_NUMBER.search(listed) and not _DOT_LEADER.search(listed) \
                and not listed.endswith(_OPEN_ENDINGS) and self._ends_the_text(item, title, body_lines):
            # The § on its own page, its head run into its text up to the excerpt's end ("13 Parentation Fullmäktige
            # har tyst minut för ...", Pajala's copy): the list of paragraphs above gives its title under the same
            # number, the rest is the §'s text (the mirror of the case above), rather than the § dropped as cut.
            body_lines.insert(0, Line(item.line, title[len(listed):].strip()))
            title = listed
        lead = _SENTENCE_AFTER_KIND_WORD.match(title) if self.kind == "protokoll" and item.key else None
        if lead and _KIND_COMPOUND.match(title.split()[0]) \
                and re.search(re.escape(title) + r"\.\s+[A-ZÅÄÖ]", item.head):
            # "146 Månadsrapport Redovisning av ekonomidirektör. Vid redovisningen ...": a title of one word naming a
            # kind of paper, then the text's first sentence, its full stop before the next (Region Jönköpings län; such
            # a word stands before a capitalised word of its own title where that is a name: "Delårsrapport Region
            # ..."; not "Information", whose topic may follow it capitalised, "Information Regionalt avfallsbolag")
            body_lines.insert(0, Line(item.line, title[lead.end():] + "."))
            title = title[:lead.end()].strip()
        reading.title, reading.case_number, reading.untitled = title, case_number, untitled
        return True

    def _is_a_matter(self, item: Item, meeting: ParsedMeeting, reading: ItemReading) -> bool:
        """False where what was read is no matter: a page's head, a title cut by the text's end or on a
        preposition, the attendance list, the posting certificate, a formality (the reason in self.notes)."""
        title, body_lines, case_number, untitled, cut_at_text_end, notes = (
            reading.title, reading.body_lines, reading.case_number, reading.untitled, reading.cut_at_text_end,
            reading.notes)
        point = _FIRST_POINT_IN_TITLE.search(title)
        if point and not _COUNTED_WORD_BEFORE.search(title[:point.start()]):
            # "Information 1. xxx och yyy utses att ... 1. Informationen noteras." (Region Västmanland),
            # "Medborgarförslag om ... Kommunstyrelsens förslag till kommunfullmäktige 1. Avslå ..." (Gagnef): the title
            # run on into a proposal's or decision's first point (no gold title of the 648 tuning documents holds a
            # point "1." after its first word); the title ends before it, and before a proposal's heading there.
            cut = title[:point.start()].rstrip(" :")
            for space in re.finditer(r"\s(?=[A-ZÅÄÖ])", cut):
                if _item_heading(cut[space.end():]) in ("proposal", "decision") and cut[:space.start()].strip():
                    cut = cut[:space.start()]
                    break
            notes.add(item.line, "title", f"rubriken slutar före punkt 1 ({title[point.start():][:40].strip()!r})")
            title = reading.title = cut
        # (bodies_in is this step's costliest call: only where a head word follows somewhere in the title)
        named = bodies_in(title[:60]) if _HEAD_WORD_AFTER_BODY.search(title) else None
        if named and named[0][0] == 0 and _HEAD_WORD_AFTER_BODY.match(title[len(named[0][1]):]):
            # "LANDSTINGSFULLMÄKTIGE HANDLINGAR ti 11 sammanträdet ...", "Kommunstyrelsen Protokoll
            # Sammanträdesdatum: ...": a page's head (the body, then the document's name or a head label).
            self.notes.append(f"{item.key}: {title[:60]!r} är sidhuvudet, ingen rubrik; inget ärende")
            return False
        if _HEAD_ALONE.match(title):
            self.notes.append(f"{item.key}: {title!r} är sidhuvudet, ingen rubrik; inget ärende")
            return False
        if not item.key and _SECTION_HEADING.fullmatch(title.rstrip(" .:")):
            # A row whose number the text does not give, titled by a § text's own heading ("Beslut", "Ärendet",
            # "Förslag till beslut"): the heading of the § before it, run on, no row (no gold title of the tuning
            # half's 474 documents is such a heading alone).
            self.notes.append(f"{title!r} är en rubrik i en paragrafs text, inget ärende")
            return False
        if not item.key and _BODY_ACTS_IN_A_SENTENCE.match(title):
            # A row whose number the text does not give, holding a whole sentence whose subject acts ("Kommunstyrelsen
            # har att ta ställning till ...", "Nämnden beslutar att ..."): a § text's sentence, no row of a list (no
            # gold title of the tuning half's 474 documents is such a sentence).
            self.notes.append(f"{title[:60]!r} är en mening ur en paragrafs text, ingen rubrik; inget ärende")
            return False
        letterhead = _MUNICIPALITY_LETTERHEAD.match(title)
        if letterhead and _HEAD_WORD_AFTER_BODY.match(title[letterhead.end():]):
            # "Hultsfreds kommun SAMMANTRÄDESPROTOKOLL 1 (251) Plats och tid ...", "RONNEBY KOMMUN
            # SAMMANTRÄDESPROTOKOLL", "SKELLEFTEÅ KOMMUN PROTOKOLL", "Nybro kommun Sammanträdesprotokoll": the
            # municipality's letterhead and the document's name, a page's head after a page number read as a §.
            self.notes.append(f"{item.key}: {title[:60]!r} är sidhuvudet, ingen rubrik; inget ärende")
            return False
        cut_case = _CUT_CASE_OPENING.search(title)
        if cut_case and len(title[:cut_case.start()].split()) >= 2 and self._ends_the_text(item, title, body_lines):
            # "130 Samarbete fiberutbyggnad i Vänersborgs kommun (Dnr KS": the row's case number, opened in brackets
            # after its title, cut by the excerpt's end: the title before the bracket is whole; the number is not
            # stated (a list cut inside a title leaves that row out, below).
            title = title[:cut_case.start()].rstrip()
        next_cut = _YEAR_LOST_BEFORE_TITLE.search(title) if self.kind == "protokoll" and item.row else None
        if next_cut and self._ends_the_text(item, title, body_lines):
            # "19 Intern kontroll - Uppföljning av 2010 och plan för Rapport om ut" at the excerpt's end (Ånge): the
            # next row, its number lost with this one's years, cut by the text's end; this row's title is whole
            # before it (as printed, "för" its last word: read below), the cut row no matter.
            self.notes.append(f"{item.key}: {title[next_cut.end():]!r} är nästa rad, avbruten där texten tar slut")
            title, cut_at_text_end = title[:next_cut.end()].rstrip(), False
        if title.endswith(_OPEN_ENDINGS[2:]):
            # "Borgensramar för bolagen i", "Information till": no Swedish title ends on a preposition
            # or a conjunction; the rest of it was lost or stands where it cannot be told apart. A part of a
            # title is not its title.
            year_lost = self.kind == "protokoll" and title.endswith(" för") and len(title.split()) >= 2 \
                and _YEAR_TAKER.fullmatch(title.split()[-2]) is not None
            if (self.kind == "kallelse" or year_lost) and title[:1].isupper() and not cut_at_text_end and not any(
                    x.stripped for x in body_lines) and not (
                    self.last_line is not None and self.last_line.stripped.endswith(title.split()[-1])):
                # A kallelse row's title the text goes on after, its next cell or row following: the extraction
                # dropped the digits it ended with ("... för tiden fram till Dnr 2014/KS", Lilla Edet; "... budget
                # med plan för Beslut om ...", Alvesta; "... handlingsplan för AU 81/2018", Strömsund; the
                # protocols' "årsredovisning för", Norberg, Norsjö): the title as printed, warned. (Not where text goes
                # on in the row: a sentence cut at a capital, "... i samband med" / "Eurovision Song Contest ...".)
                # So a protocol's list row whose plan or account "för" lost its years (_YEAR_TAKER: "Budget 2015 och
                # plan för", Robertsfors; Ånge's, Norsjö's, Borgholm's lists), the next row after it.
                notes.add(item.line, "title", f"{item.key or 'rad'}: rubriken slutar på en preposition; siffrorna "
                          f"efter den saknas i texten ({title[-40:]!r}); läses som den står")
            elif self.kind == "kallelse" and item.key and not cut_at_text_end and not (
                    self.last_line is not None and self.last_line.stripped.endswith(title.split()[-1])):
                # An agenda's numbered row is a matter on the list still: its number, no part-title. (A row
                # the text ends inside may be no more than the start of one: cut, it is left out.)
                notes.add(item.line, "title", f"{item.key}: rubriken är avbruten i texten ({title!r}); lämnas tom")
                title, untitled = "", True
            else:
                self.notes.append(f"{item.key}: rubriken är avbruten i texten ({title!r}); inget ärende")
                return False
        if (not any(x.stripped for x in body_lines) and self.last_line is not None
                and (self.last_line.number == item.line or self.kind == "kallelse" and self.excerpt
                     and self.last_line.number > item.line)
                and ((title.endswith(_OPEN_ENDINGS + (" nr",)) or _CUT_WORD_AT_END.search(title)
                      or _YEAR_STUB_AT_END.search(title) and len(self.last_line.stripped) <= len(title) + 8)
                     and self.last_line.stripped.endswith(title.split()[-1])
                     or self.last_line.stripped.endswith(title + ","))):
            # The text ends inside this title ("Interpellation nr"; "... i kommunen, ex färdtjänst," its comma read
            # off; "21." / "Skrivelse, " a kallelse's row on lines of its own; "Partistöd 20", a year cut after its
            # century where a site's excerpt ends, on the row's own line, not a run-on page's last row and its
            # page, "... Sociala utskottet 20"): it is not stated whole.
            self.notes.append(f"{item.key}: rubriken slutar där texten tar slut ({title!r}); inget ärende")
            return False
        attending = _ATTENDING_AT.fullmatch(title)
        if attending and attending.group("n") == re.sub(r"\D", "", item.key) \
                and naming.looks_like_person(attending.group("name")):
            # "Tuula Milz, rektor § 79" under a lone "§ 79" (Kramfors's list of those present, each row ending with
            # the § they were present at): a person and a role, no title of the § named.
            self.notes.append(f"{item.key}: en närvarande ({title!r}), ingen rubrik; inget ärende")
            return False
        if _LABEL_ONLY.fullmatch(title) and not any(x.stripped for x in body_lines):
            # "§ 86 Dnr BKU 20" ending the text (Kramfors's contents list cut by the excerpt): the case number's label
            # is no title, and nothing of the § is stated.
            self.notes.append(f"{item.key}: bara etiketten {title!r}, texten tar slut; inget ärende")
            return False
        last_text = next((x for x in reversed(body_lines) if x.stripped), None)
        if self.kind == "protokoll" and title.endswith((" -", " –")) and self.last_line is not None \
                and (last_text.number if last_text else item.line) == self.last_line.number:
            # "Ks 72 Dnr 2016-000067 Medborgarförslag - Enprocentsregeln ska utökas att omfatta ..., ex rondeller, ":
            # a title ending in a dash (what the matter is about follows it: no tuning gold title ends so) whose rest
            # runs on to the text's end was cut by the excerpt (Krokom's list's last row): not stated whole.
            self.notes.append(f"{item.key}: rubriken slutar med ett tankstreck där texten tar slut ({title!r}); "
                              "inget ärende")
            return False
        if title[-1:].isalpha() and (self.excerpt or self.stopped_rows or self._last_word_cut_short(title)) \
                and self._ends_the_text(item, title, body_lines) and not self._standing_row_whole(item, title):
            # A site's excerpt ends inside this title ("21 Nya"): it is not stated whole. So too a last row without
            # the full stop that closes every other row of its list ("23. Subventionerin", the text's end), and one
            # whose last word the text's end broke off ("... om att ordna guider till cyke", "... Skaras vattentäk":
            # it ends as no word does, wordends).
            self.notes.append(f"{item.key}: rubriken slutar där texten tar slut ({title!r}); inget ärende")
            return False
        if (self.kind == "protokoll" and self._ends_the_text(item, title, body_lines)
                and (self.excerpt or len(self.last_line.stripped) > len(title) + 40 or self.paragraphs_with_text
                     or self.paged_rows)):
            # A protocol's text that ends right at a § title in a site's excerpt, or inside a page given as one
            # line, its list run on up to the end, was cut there ("§ 133 Tillsynsplan 20", "... 63 Driftbudgetramar
            # 2018-2020 7 64 Fördelning av nyschablon", "... § 158 Val av ny ersättare i fritidsnämnden för
            # socialdemokrat"; Pajala, Oskarshamn, Luleå): the title may go on, so it is not stated whole. So too
            # where its other §§ go on with their sections (Beslut ...): the text ending right at this title was
            # cut there, perhaps inside it. (A front page alone may well end with its list of paragraphs, one row a
            # line, and a list's last row may be whole.)
            self.notes.append(f"{item.key}: texten tar slut vid rubriken ({title!r}); inget ärende")
            return False
        if not title and not untitled:
            self.notes.append(f"{item.key}: saknar rubrik; inget ärende")
            return False
        if title and not case_number and not any(ch.isalnum() for ch in title):
            # "§32" / "___________________________" (Nerikes brandkår's front page: its §§ listed by number, then the
            # signature rules, as the protocols of 16 tuning documents draw them): a rule is no title, and a number
            # without one is no matter.
            self.notes.append(f"{item.key}: {title[:20]!r} är ett streck, ingen rubrik; inget ärende")
            return False
        if self.kind == "protokoll" and not item.head.strip() and _ATTENDANCE_ENTRY.match(title):
            # "Anna Forssén, personalkonsulent," / "§ 1" / "Anders Kilström, kanslichef ...": a § alone on its line
            # in the list of those present, the § they attended, the next person below it (Fagersta; Askersund's
            # and Mark's lists, their § signs lost, are read so above): no matter.
            self.notes.append(f"{item.key} {title[:40]}: närvarolistans paragrafer, inget ärende")
            return False
        if self.kind == "protokoll" and meeting.body and title.lower().startswith(meeting.body.lower() + " ") \
                and title[len(meeting.body) + 1:][:1].isupper():
            # "Kommunstyrelsens arbetsutskott Godkännande av dagordning" (Vaggeryd), "Kommunstyrelsen Meddelanden"
            # (Upplands Väsby; Älmhult's pages open "4 Kommunstyrelsen Dnr 2013/ Taxa ..." so): the page's running
            # head, the meeting's own body, before the § title; no tuning gold title opens with its meeting's body.
            title = title[len(meeting.body) + 1:]
        if not case_number and _ANSLAG_BOX.match(title):
            # "7 ANSLAG/BEVIS Protokollet är justerat. ..." (Vansbro; the box after a number in Bjuv, Grästorp, Mullsjö,
            # Region Kronoberg): the protocol's certificate of its posting, never a matter, whatever number it follows.
            self.notes.append(f"{item.key} {title[:40]}: anslagsbeviset, inget ärende")
            return False
        if not case_number and _MEETING_ITSELF.match(title):
            self.notes.append(f"{item.key} {title[:40]}: sammanträdet självt, inget ärende")
            return False
        if not case_number and _WELCOME.match(title):
            self.notes.append(f"{item.key} {title[:40]}: en välkomsthälsning, inget ärende")
            return False
        if not case_number and _PART_OF_RECORD.match(title):
            self.notes.append(f"{item.key} {title[:40]}: protokollets egen del, inget ärende")
            return False
        if not case_number and roll_call_row(title):
            self.notes.append(f"{item.key} {title[:40]}: uppropets ledamöter, inget ärende")
            return False
        if not case_number and (len(title) > 80 and _formality_run_on(title) or agenda_item_run_on(title)):
            # "Godkännande av dagordning Föreliggande förslag ... godkänns.": a standing
            # item whose title ran on into its text.
            self.notes.append(f"{item.key} {title[:60]}: formalia, inget ärende")
            return False
        if _is_formality(_PAGE_AFTER_FORMALITY.sub("", _NUMBER_LABEL_LEAD.sub("", title)).rstrip(". ")) and (
                not case_number or _STANDING.match(title)):  # "Upprop."; "Dnr 27638 Val av justerare" (Bjuv)
            self.notes.append(f"{item.key} {title}: formalia, inget ärende")
            return False
        reading.title = title  # (untitled: no step after this one reads it)
        return True

    def _matter(self, item: Item, meeting: ParsedMeeting, municipality: str, reading: ItemReading) -> ParsedItem:
        """What the item says, as the matter: its sections (summary, basis, recipients, responsible), its
        proposals and decision (_proposals_and_decision) and its planning."""
        title, body_lines, case_number, notes = reading.title, reading.body_lines, reading.case_number, reading.notes
        body_lines = without_heading_references(body_lines)
        # The headings that name where the matter goes next, also one read as the decision below.
        headings = "\n".join(x.stripped for x in body_lines if _item_heading(x.stripped) == "proposal")
        if self.kind == "protokoll" and meeting.body and not any(
                _item_heading(x.stripped) == "decision" for x in body_lines if x.stripped):
            body_lines = _own_onward_as_decision(body_lines, meeting.body)
        parts = _item_parts(body_lines)
        lost = _LOST_SUBJECT_AFTER_TITLE.match(body_lines[0].stripped) \
            if self.kind == "protokoll" and body_lines and body_lines[0].number == item.line else None
        sentence = _SENTENCE_END.split(body_lines[0].stripped, maxsplit=1)[0] if lost else ""
        if sentence.endswith((".", "!", "?")) and not any(x.stripped for x in parts.get("decision", [])):
            # "KSAU 176 KLK Eventuellt övriga ärenden beslutar som extra ärende hantera KLK Yttrande över ..."
            # (Orkelljunga's arbetsutskott): the § head's text after its title opens with the decision's verb, its
            # subject (the body's name) lost (the title cut there, _VERB_OF_A_LOST_SUBJECT): that sentence is the
            # decision, as one whose subject is lost after another sentence's end is (itemtext's _LOST_SUBJECT);
            # only where it ends on the line (a sentence going on past it is not stated whole there).
            parts["decision"] = [Line(item.line, sentence)]
        put_on = None  # the body the meeting's own proposal is put to, and what it is asked to decide
        run_in = own_onward_in_head(item.head, " ".join([item.head, *(x.stripped for x in item.lines)]),
                                    meeting.body) if self.kind == "protokoll" and meeting.body \
            and "decision" not in parts and "proposal" not in parts else None
        if run_in:
            # "Title Kommunstyrelsens förslag till kommunfullmäktige 1. ...": the meeting's proposal heading run into
            # the § head after its title (the title reading drops it): the heading and its points are the decision,
            # the points a proposal to that body (the corpus README's convention, as _own_onward_as_decision reads it).
            parts["decision"] = [Line(item.line, run_in[0])]
            put_on = run_in[1:]
            heading = run_in[0][: -len(run_in[2]) - 1]
            headings = f"{headings}\n{heading[:1].lower()}{heading[1:]}".strip()  # where it goes next (planning)
        if (self.kind == "protokoll" and not any(x.stripped for x in parts.get("decision", []))
                and any(x.stripped for x in parts.get("proposal", []))  # (a heading over nothing proposes nothing)
                and _own_proposal_heading(body_lines, meeting.body)):
            # "Arbetsutskottets förslag" in the arbetsutskott's own protocol, no Beslut heading or an empty one right
            # above it ("Beslut" / "Kommunstyrelsens förslag:", Norrtälje): what the body decided is its proposal to
            # the next (the real corpus' gold).
            decided = parts.pop("proposal")
            text = _join_proposal([x.stripped for x in decided if x.stripped and not _RULE_LINE.fullmatch(x.stripped)])
            put_on = _put_on(text)
            subject = body_at_start(text)
            if not (subject and subject[0] == meeting.body):
                # The heading kept as printed where no lead of the body's own opens the text ("Kommunstyrelsens
                # förslag" over its points, Värmdö; the README's convention on the meeting's own proposal).
                heading = next(x.stripped for x in body_lines if _item_heading(x.stripped) == "proposal")
                first = next(at for at, x in enumerate(decided) if x.stripped)
                decided = [*decided[:first], Line(decided[first].number, f"{heading} {decided[first].stripped}"),
                           *decided[first + 1:]]
                verb = subject[1].split(maxsplit=1)[0] if subject and subject[1] else ""
                if put_on is None and subject and re.fullmatch(r"[a-zåäö]+(?:ar|er)", verb) \
                        and subject[0].lower() not in GENERIC_BODIES:
                    # "Kommunfullmäktige beslutar ...": a proposal worded as the decision of the body it names, put
                    # to that body, which takes the matter next.
                    put_on = (subject[0], text)
                    headings = f"{headings}\nförslag till {subject[0].lower()}".strip()
            parts["decision"] = decided
        utskott = _UTSKOTT_PARAGRAPH.match(case_number) if case_number else None
        if utskott:
            # "AU 77/2018" beside Strömsund's rows: the arbetsutskott's paragraph that prepared the matter, a step on
            # its path; an utskott keeps no registry of its own, so it is no case number.
            notes.add(item.line, "case_number", f"{case_number!r} är arbetsutskottets paragraf, inget diarienummer")
            case_number = None
            if _PATH_CODES["au"] not in item.path:
                item.path = [*item.path, _PATH_CODES["au"]]
        matter = Matter(title=title, case_number=case_number, municipality=municipality,
                        source_file=self.document.name, source_checksum=self.document.checksum)
        lowered = title.lower()
        lowered = re.sub(r"^(svar på|besvarande av|yttrande över)\s+", "", lowered)
        matter.kind = next((kind for kind in MATTER_KINDS if lowered.startswith(kind)), "ärende")
        summary = _text(parts.get("summary"))
        matter.summary = summary or None
        # A section whose heading was lost: the sentence in which the meeting's own body acts, in the
        # present tense, and what follows it. In a protocol it decides ("Kommunstyrelsen föreslår
        # kommunfullmäktige besluta ..."); in an agenda's row, whose 'Förslag' cell lost its heading,
        # it is proposed to ("Kommunfullmäktige godkänner ...").
        unheaded = {"protokoll": ("decision", _DECIDING_VERB), "kallelse": ("proposal", _PROPOSED_VERB)}
        if self.kind in unheaded and meeting.body and unheaded[self.kind][0] not in parts:
            section, verb = unheaded[self.kind]
            summary_lines = parts.get("summary", [])
            # (a förbund's board by its kind's word too: "Direktionen beslutar", "Styrelsen beslutar", see _BOARD_WORD)
            opens = re.compile(r"(?:" + re.escape(meeting.body) + r"|(?P<board>" + _BOARD_WORD + r"))\s+(?:"
                               + verb + r")\b")
            at = next((i for i, x in enumerate(summary_lines) if (m := opens.match(x.stripped)) and (
                not m.group("board") or _board_names_the_body(m.group("board"), meeting.body))), None)
            if at is not None:
                end = _summary_heading_after(body_lines, summary_lines, at)
                parts["summary"], parts[section] = summary_lines[:at] + summary_lines[end:], summary_lines[at:end]
        if self.kind in unheaded and meeting.body and "proposal" not in parts:
            _proposal_to_the_meeting(parts, meeting.body, next((x for x in reversed(body_lines) if x.stripped), None))
        if self.kind == "kallelse" and "proposal" not in parts:
            finding_as_proposal(parts)
        presented = next((i for i, x in enumerate(parts.get("proposal", []))
                          if _PRESENTER_LINE.match(x.stripped)), None)
        if presented is not None and self.kind == "kallelse":
            # "Förslag till beslut / Regionstyrelsen godkänner ... / Föredragning av Nina Öhrn Karlsson ...":
            # who presents the item ends its proposal (see _PRESENTER_IN_TITLE).
            parts["proposal"] = parts["proposal"][:presented]
        decision_text, proposal_text, cut_lead = self._proposals_and_decision(item, meeting, reading, matter, parts,
                                                                          body_lines, put_on)
        matter.basis = self.basis(parts.get("basis", []), notes)
        matter.recipients = recipients_of(parts.get("recipients", []), notes)
        matter.responsible = self.responsible(parts.get("responsible", []), notes)
        # "Arbetsutskottets förslag till kommunstyrelsen": the heading names where the matter goes next (above).
        matter.planning = self.planning(parts, meeting, decision_text, proposal_text, notes, cut_lead, headings,
                                        " ".join([item.head, *(x.stripped for x in item.lines)]), tuple(item.path))
        matter.warnings = notes.items
        return ParsedItem(matter=matter, key=item.key)

    def _proposals_and_decision(self, item: Item, meeting: ParsedMeeting, reading: ItemReading, matter: Matter,
                                parts: dict[str, list[Line]], body_lines: list[Line],
                                put_on: tuple[str, str] | None) -> tuple[str, str, str]:
        """The item's proposals (added to the matter: under their headings, by a lead naming the body, or as
        the meeting's own decision put to the next body) and its decision; returns the decision's text, the
        proposal's and the lead of a value cut by the text's end (for planning), each empty where not stated whole."""
        title, decision_from_sentence, notes = reading.title, reading.decision_from_sentence, reading.notes
        # "KS § 262 2015-11-17" on a line of its own is a step the matter took (planning, below), no part of the text.
        # A note on where its papers are after it ("Ärendet bifogas") is no part of it either.
        # (a heading the reader does not know, "Skäl för beslut" over its prose, ends either: _unknown_heading_after)
        if self.kind == "kallelse" and parts.get("proposal") and self._heading_cut_at_the_end(parts["proposal"]):
            # "Lånet till KHAB sägs upp ... aktieöverlåtelsen." / "" / "Växande närings" (the text's end): the next
            # section's heading cut by the excerpt, after the proposal's last sentence and a blank line; the proposal
            # is stated whole before it (Regionförbundet Kalmar län's page).
            parts["proposal"] = parts["proposal"][:-1]
        proposed = [x.stripped for x in parts.get("proposal", [])
                    if x.stripped and not _EARLIER_DECISION.match(x.stripped)]
        proposal_text = self._without_contact_block(
            _without_papers_note(_join_proposal(proposed[: _unknown_heading_after(proposed)])), notes, "proposals",
            item.key or title)
        decision_part = parts.get("decision", [])
        decided_lines = [x for x in decision_part if x.stripped and not _RULE_LINE.fullmatch(x.stripped)]
        decided = [x.stripped for x in decided_lines]
        if decision_from_sentence and len(kept := past_account_cut(decided)) < len(decided):
            # the body's past-tense account after its finding ends the decision there, and the excerpt's end that
            # cuts the account off cuts no part of it
            after = decided_lines[len(kept)]
            decision_part = decision_part[:next(at for at, line in enumerate(decision_part) if line is after)]
            decided = kept
        decision_text = self._without_contact_block(
            _without_signature_labels(_join_proposal(decided[: _unknown_heading_after(decided)])), notes, "decision",
            item.key or title)
        whole_decision = decision_text
        points = _POINTS_AFTER_LEAD.match(" ".join(decision_text.split())) if decision_from_sentence else None
        if points:
            # "Kommunfullmäktige beslutar 1. Den verksamhet ... 2. Ge ... 3. Paragrafen är omedelbart justerad.": the
            # numbered points, each as far as its first sentence goes (Tjörn; Falkenberg's AU decides so, its points'
            # stops lost), not the lead's "1." taken for a sentence's end.
            listed, _rest = _numbered_points(" " + points.group("points"))
            decision_text = f"{points.group('lead')} {listed}"
        elif decision_text and decision_from_sentence:
            # "Kommunstyrelsen beslutar att ... ." in run-on text: the sentence, not what follows it; where
            # bulleted points follow it ("... i kommunstyrelsen. - Kommunstyrelsen uppdrar åt ...", Dals-Ed),
            # each point's sentence too, its bullet layout (the corpus' convention, see _RUN_ON_BULLET).
            points_run = _SENTENCE_BULLET.split(decision_text)
            if len(_SENTENCE_END.split(points_run[0], maxsplit=1)) > 1:
                # More text after the sentence before the first bullet ("Informationen läggs till handlingarna.
                # Information från ... Kommunchefen informerar om: - Tillgången på ... - Kommunens ...", Vingåker):
                # the bullets list that text's points, not the decision's.
                points_run = points_run[:1]
            decision_text = " ".join(_SENTENCE_END.split(point, maxsplit=1)[0] for point in points_run)
            subject = body_at_start(decision_text)
            onward = re.match(r"\W*\s+(?P<sentence>" + re.escape(subject[0]) + r"\s+föreslår\s+\S.*)$",
                              whole_decision[len(decision_text):], re.DOTALL) if subject and subject[0] else None
            if onward and self._cut_by_the_end(decision_part, onward.group("sentence")) \
                    and not _SENTENCE_END.search(onward.group("sentence")):
                # "Kommunstyrelsen beslutar att ... . Kommunstyrelsen föreslår kommunfullmäktige beslutar att göra en
                # avsättning från årets resultat till resultatutj" (Svedala): the meeting's own proposal to the next
                # body is its decision too (the corpus README's convention), and the excerpt's end cut it: the
                # decision is not stated whole.
                decision_text = f"{decision_text} {onward.group('sentence')}"
            if _MEMBERS_MOTION.search(whole_decision[len(decision_text):]):
                # A member's motion after it ("Åsa Häggström (v) föreslår ...", "Birger Larsson (C) yrkar ..."):
                # the sentence is the proposal the motions answer, the decision comes after them (Kumla).
                notes.add(None, "decision", f"{item.key or title}: meningen följs av yrkanden; inget beslut")
                # It is put to the body its sentence names, as a proposal worded as that body's decision is (the
                # corpus README's convention).
                subject = body_at_start(decision_text)
                if subject and subject[0].lower() not in GENERIC_BODIES and "proposal" not in parts:
                    matter.proposals.append(Proposal(to=subject[0], text=decision_text))
                decision_text = ""
        cut_lead = ""  # a value cut by the end is not stated whole, yet its lead still names the path
        # (a last point may go on past its first sentence: points running into the end were cut there, Skövde)
        if decision_text and self._cut_by_the_end(decision_part,
                                                  whole_decision if points else decision_text):
            cut_lead = decision_text
            notes.add(None, "decision", f"{item.key or title}: beslutet är avkortat i texten; lämnas tomt")
            decision_text = ""
        if decision_text and put_on:
            matter.proposals.append(Proposal(to=put_on[0], text=put_on[1]))
        elif self.kind == "protokoll" and decision_text and "proposal" not in parts:
            # "Kommunstyrelsens beslut: Kommunstyrelsens förslag till kommunfullmäktige <text>": the
            # decision is a proposal put to that body (the real corpus' gold).
            onward = _DECISION_PROPOSAL.match(" ".join(decision_text.split()))
            found = onward and body_at_start(onward.group("body")[:1].upper() + onward.group("body")[1:])
            if found and not found[1]:
                matter.proposals.append(Proposal(to=found[0], text=onward.group("text")))
            elif _OWN_PROPOSAL_AS_DECISION.match(decision_text) and decision_text.startswith(f"{meeting.body} "):
                # "Kommunstyrelsen föreslår kommunfullmäktige besluta att ..." as the meeting's own decision
                # (Svedala, Tjörn, Sollentuna, Tranås): a proposal put to that body too (the real corpus' gold).
                put = _put_on(decision_text)
                if put and put[1]:
                    matter.proposals.append(Proposal(to=put[0], text=put[1]))
        # A protocol's proposal headings are read so too, unless the proposal is the meeting's own decision.
        sections = _addressed_sections(body_lines, self.last_line, named_only=self.kind != "kallelse",
                                       meeting_body=meeting.body) \
            if self.kind == "kallelse" or "proposal" in parts else []
        if proposal_text and self._cut_by_the_end(parts.get("proposal", []), proposal_text):
            cut_lead = f"{cut_lead} {proposal_text}".strip()
            notes.add(None, "proposals", f"{item.key or title}: förslaget är avkortat i texten; " + (
                "den avkortade punkten utelämnas" if sections else "lämnas tomt"))
            proposal_text = ""
        elif "proposal" in parts and not proposal_text:
            notes.add(None, "proposals", f"{item.key}: rubriken förslag till beslut saknar text")
        lead = proposal_lead(proposal_text) if proposal_text and not sections else None
        if lead and (not proposal_text[lead.end:].strip() or lead.addressee.lower() in GENERIC_BODIES):
            lead = None  # "... besluta enligt nedan", "... föreslår att nämnden beslutar": no body, no text named
        if sections:
            # "Kommunstyrelsens förslag till beslut" / "Kommunstyrelsens förslag till kommunfullmäktige":
            # each heading's points are a proposal to the body it names.
            for to, text, _heading in sections:
                text = self._without_contact_block(text, notes, "proposals", item.key or title)
                if not text:
                    continue
                # A lead restating the heading ("Arbetsutskottets förslag till direktionen: Arbetsutskottet föreslår
                # direktionen att ..."): the proposal is the text after it, as where no heading names the body.
                restated = proposal_lead(text)
                if restated and restated.addressee == to and text[restated.end:].strip():
                    text = text[restated.end:].strip()
                matter.proposals.append(Proposal(to=to, text=text))
            proposal_text = " ".join(f"{heading} {text}" for _to, text, heading in sections)
        elif lead:
            # "Servicenämnden föreslås besluta att ...", "Kommunstyrelsen föreslår kommunfullmäktige
            # besluta ...": put to the body the lead names last, the text after the lead.
            matter.proposals.append(Proposal(to=lead.addressee, text=proposal_text[lead.end:].strip()))
        elif proposal_text:
            # A proposal phrased as the decision itself ("Regionstyrelsen godkänner ...", under "Presidiets
            # förslag") is put to the body its sentence names (the corpus README's convention); a kind's word
            # alone ("Nämnden beslutar ...") names none. A first point's number before it is the list's, not the
            # sentence's ("1. Regionstyrelsen lägger sammanställningen till handlingarna.", Region Skåne's; Kinda's
            # and Botkyrka's numbered decisions open their points so: "1. Kommunfullmäktige kompletterar ...").
            subject = body_at_start(_FIRST_POINT_MARK.sub("", proposal_text, count=1))
            verb = subject[1].split(maxsplit=1)[0] if subject and subject[1] else ""
            to = subject[0] if re.fullmatch(r"[a-zåäö]+(?:ar|er)", verb) \
                and subject[0].lower() not in GENERIC_BODIES else None
            matter.proposals.append(Proposal(to=to, text=proposal_text))
        if self.kind == "protokoll" and not matter.proposals and _AS_PROPOSED.fullmatch(decision_text) \
                and meeting.body:
            # "Regionstyrelsen föreslår regionfullmäktige besluta att VGR går i borgen ..." / "Beslut: enligt
            # förslag." (Västra Götalandsregionen's decisions in brief): the decision refers to the proposal the text
            # states, the meeting's own to the body it names; the sentence after the lead, as a lead is read.
            text = " ".join(x.stripped for x in body_lines if x.stripped and x not in decision_part)
            proposed_on = re.search(r"(?:^|(?<=[.!?]\s))" + re.escape(meeting.body) + r"\s+" + _BODY_PROPOSES_ONWARD,
                                    text)
            to = body_at_start(proposed_on.group("to")[:1].upper() + proposed_on.group("to")[1:]) \
                if proposed_on else None
            if to and not to[1] and to[0] != meeting.body and to[0].lower() not in GENERIC_BODIES:
                matter.proposals.append(Proposal(to=to[0], text=proposed_on.group("text")))
                proposal_text = proposal_text or proposed_on.group("text")
        return decision_text, proposal_text, cut_lead

    @staticmethod
    def _without_contact_block(text: str, notes: Warnings, field: str, where: str) -> str:
        """A proposal's or decision's text without a page's contact block run on after it (contact_block_cut); empty,
        with a warning, where the block's start is not proved."""
        cut = contact_block_cut(text) if text else text
        if cut is None:
            notes.add(None, field, f"{where}: texten löper in i en kontaktruta (namn, e-post, telefon); lämnas tomt")
            return ""
        return cut

    def _heading_cut_at_the_end(self, part: list[Line]) -> bool:
        """Whether `part` ends with a short capitalised line, no sentence, that is the text's last line, a blank line
        between it and a line that ends its sentence (see _proposals_and_decision)."""
        if len(part) < 3 or self.last_line is None or part[-1].number != self.last_line.number:
            return False
        last, blank, before = part[-1].stripped, part[-2].stripped, part[-3].stripped
        return not blank and before.endswith((".", "!", "?")) and 1 <= len(last.split()) <= 3 and len(last) <= 40 \
            and last[:1].isupper() and not re.search(r"[\d.,:;!?]", last)

    def _cut_by_the_end(self, part: list[Line], text: str) -> bool:
        """A value that runs into the end of the text without ending its sentence was cut
        off there (an excerpt, a lost last page): it is not stated whole."""
        last = next((line for line in reversed(part) if line.stripped), None)
        return (
            self.last_line is not None and last is not None
            and (last is self.last_line or last.number == self.last_line.number
                 and self.last_line.stripped.endswith(last.stripped))
            and (not text.rstrip().endswith((".", "!", "?", ")", '"', "”")) or bool(_PARTY_AT_END.search(text)))
        )

    @functools.cached_property
    def _au_body(self) -> str:
        """The utskott an "Au" margin code names in this text (utskott_code_body): read once, not per §."""
        au = _PATH_CODES["au"]
        return utskott_code_body(au, " ".join(line.stripped for line in self.document.lines if line.stripped))

    def planning(self, parts, meeting: ParsedMeeting, decision: str, proposal: str, notes: Warnings,
                 cut_lead: str = "", headings: str = "", raw: str = "", path: tuple[str, ...] = ()):
        if _PATH_CODES["au"] in path:  # "Au" is the utskott the text names (utskott_code_body)
            path = tuple(self._au_body if name == _PATH_CODES["au"] else name for name in path)
        earlier: list[PlanningStep] = [PlanningStep(body=name) for name in reversed(path)
                                       if name != meeting.body]  # "Kf 75 Ks 82 Au 225": Au, then Ks
        for name, date in _path_table(raw):
            # "Behandlat av Datum Ärende 1 Kommunstyrelsens arbetsutskott 2017-05-17 122/17 ...": the path
            # the matter took, one row per body; the meeting's own row is its own step below.
            if name != meeting.body and all((s.body, s.date) != (name, date) for s in earlier):
                earlier.append(PlanningStep(body=name, date=date))
        for line in parts.get("prep", []) + parts.get("basis", []):
            text = line.stripped
            found = body_at_start(text) or body_genitive_at_start(text)
            if not found:
                continue
            body, rest = found
            if line in parts.get("basis", []) and not re.search(r"(protokoll\w*|beslut)\b", rest, re.I):
                continue
            rest = re.sub(r"^(arbetsutskotts|protokoll|beslut)\s+", "", rest)
            dates = find_dates(rest)
            date = dates[0].iso if dates else None
            if not dates and TRUNCATED_DATE.search(rest):
                notes.add(line.number, "planning.date", f"{body}: datumet är ofullständigt; lämnas tomt")
            if body == meeting.body and date in (meeting.date, None):
                continue  # this meeting itself ("Kommunfullmäktiges behandling av ärendet")
            if all((s.body, s.date) != (body, date) for s in earlier):
                earlier.append(PlanningStep(body=body, date=date))
        for line in parts.get("basis", []):
            # "Bilagor ... röstmottagare 2024.pdf Kommunstyrelsen protokollsutdrag 2024-01-16 § 4.pdf Valnämnden
            # protokollsutdrag 2023-11-27 § 8.pdf": a list of papers whose lines were lost names each body's protocol
            # further on in the line, as each line of its own does above; there the paper's date must follow it.
            # (A line naming no paper _DATED_PAPER reads is not looked up word by word for bodies.)
            if "protokoll" not in line.stripped and "beslut" not in line.stripped:
                continue
            for word in _CAPITALISED_WORD.finditer(line.stripped):
                at = line.stripped[word.start():word.start() + 120]
                found = body_at_start(at) or body_genitive_at_start(at)
                paper = _DATED_PAPER.match(found[1]) if found and found[0] else None
                dates = find_dates(paper.group("date")) if paper else []
                if dates and dates[0].iso and (found[0], dates[0].iso) != (meeting.body, meeting.date) \
                        and all((s.body, s.date) != (found[0], dates[0].iso) for s in earlier):
                    earlier.append(PlanningStep(body=found[0], date=dates[0].iso))
        for line in [x for part in parts.values() for x in part]:
            # "KS § 262 2015-11-17" on a line of its own in an agenda's row: the decision before this meeting.
            step = _EARLIER_DECISION.match(line.stripped)
            name = body_name(step.group("code")) if step and step.group("code").lower() in ABBREVIATIONS else None
            date = find_dates(step.group("date"))[0].iso if name else None
            if name and date and (name, date) != (meeting.body, meeting.date) \
                    and all((s.body, s.date) != (name, date) for s in earlier):
                earlier.append(PlanningStep(body=name, date=date))
        for name, date in _earlier_decisions_in_row(raw) if self.kind == "kallelse" else ():
            # "KS § 262 2015-11-17", "(KSAU § 84 2015)" in the row: a decision before this meeting's.
            if (name, date) != (meeting.body, meeting.date) and not (date is None and name == meeting.body) \
                    and all((s.body, s.date) != (name, date) and (date or s.body != name) for s in earlier):
                earlier.append(PlanningStep(body=name, date=date))
        told = " ".join(x.stripped for key in ("summary", "prep", "other") for x in parts.get(key, []) if x.stripped)
        # A list of the papers may tell the step as its item: "Beslutsunderlag / - Kommunstyrelsens arbetsutskott har
        # behandlat ärendet 2014-11-12, § 9:14." (Österåker); each item is read on its own, its bullet gone.
        listed = [_POINT.sub("", x.stripped) for x in parts.get("basis", []) if x.stripped]
        for match in (m for text in (told, *listed) for m in _STEP_SENTENCE.finditer(text)):
            # "Kommunstyrelsens arbetsutskott har behandlat ärendet den 26 mars 2019, § 40.",
            # "Omsorgsnämnden beslutade den 27 juni 2002, § 107, att föreslå ...": a step this matter took.
            verb = match.group("verb").strip()
            if (verb.startswith(("beslut", "har beslut", "föreslog", "remitterade")) or verb == "behandlade") \
                    and not match.group("section"):
                continue  # a decision without its § may be another matter's
            federation = match.group("federation")
            found = (federation, "") if federation else body_at_start(match.group("body"))
            dates = find_dates(match.group("date"))
            if not found or found[1] or not dates or not dates[0].iso:
                continue
            step_body, step_date = found[0], dates[0].iso
            if (step_body, step_date) != (meeting.body, meeting.date) \
                    and all((s.body, s.date) != (step_body, step_date) for s in earlier):
                earlier.append(PlanningStep(body=step_body, date=step_date))
        for match in _ASSIGNED_BY.finditer(told):
            # "Kommundirektören fick i uppdrag av kommunledningsutskottet 2017-09-21 § 157 att ...": the
            # body that gave the assignment took this matter's first step (its § makes it this matter's).
            found = body_at_start(match.group("body")[:1].upper() + match.group("body")[1:])
            dates = find_dates(match.group("date"))
            if not found or not dates or not dates[0].iso:
                continue
            step_body, step_date = found[0], dates[0].iso
            if (step_body, step_date) != (meeting.body, meeting.date) \
                    and all((s.body, s.date) != (step_body, step_date) for s in earlier):
                earlier.append(PlanningStep(body=step_body, date=step_date))
        for name in _proposers_to(meeting.body, headings, proposal, cut_lead):
            # "Kommunstyrelsen föreslår kommunfullmäktige att ..." in the kallelse of kommunfullmäktige: the
            # body that proposes took the step before this meeting (its date is not stated here).
            if all(s.body != name for s in earlier):
                earlier.append(PlanningStep(body=name))
        # "Arbetsutskottets protokoll 2023-04-26, § 40": a body named by its kind only is no step the text
        # names (which arbetsutskott, it does not say; the gold never gives one).
        earlier = [s for s in earlier if not generic_body(s.body, meeting.body)]
        earlier.sort(key=lambda s: s.date or "9999")
        if meeting.body is None:
            return earlier  # the meeting's body is unknown: no step of its own (warned in parse)
        steps = [*earlier, PlanningStep(body=meeting.body, date=meeting.date,
                                        outcome=decision or None if self.kind == "protokoll" else None)]
        # Where the matter goes next: what the decision says, then what the proposal says
        # beyond it ("... föreslår kommunstyrelsen föreslå kommunfullmäktige besluta").
        onward = (headings, decision if self.kind == "protokoll" else "", proposal, cut_lead)
        if meeting.body and ("föreslå" in raw or "förslår" in raw):
            # The meeting's own body proposing on in the item's text, under no heading ("Regionstyrelsen föreslår att
            # regionfullmäktige fastställer nytt reglemente", "Kommunstyrelsens arbetsutskott beslutar att föreslå
            # kommunstyrelsen följande beslut"): the body it proposes to takes the matter next.
            told_on = " ".join(x.stripped for part in parts.values() for x in part if x.stripped)
            for match in re.finditer(re.escape(meeting.body) + _OWN_PROPOSAL_ON, told_on):
                found = body_at_start(match.group("to")[:1].upper() + match.group("to")[1:])
                if found and found[0] != meeting.body and found[0].lower() not in GENERIC_BODIES \
                        and all(s.body != found[0] for s in steps[len(earlier):]):
                    steps.append(PlanningStep(body=found[0]))
        for source in (x for x in onward if x):
            lead = proposal_lead(source, anywhere=True)
            # The bodies the lead hands the matter on to: those after this meeting's body, or, where
            # another body proposes to it ("Arbetsutskottet föreslår kommunstyrelsen ..."), after that one.
            path = list(lead.path) if lead else []
            # (Its proposer lost, the lead names only where the matter goes: "föreslår att kommunfullmäktige ...".)
            named = path[path.index(meeting.body) + 1:] if meeting.body in path else \
                path if lead and lead.proposer_lost else path[1:]
            for match in _FORWARD.finditer(source):
                word = match.group("body")
                if naming.body_kind(word) and word.lower() not in GENERIC_BODIES and not STATE_AUTHORITY.match(word):
                    named.append(body_name(word))  # "förslag till nämnden": no body named
            for name in named:
                if name and name != steps[-1].body and all(s.body != name for s in steps[len(earlier):]):
                    steps.append(PlanningStep(body=name))
        mark_deciding(steps, [None] * len(steps))
        return steps

    def basis(self, lines: list[Line], notes: Warnings) -> list[BasisDocument]:
        documents = []
        for number, item in join_items(lines):
            item = re.sub(r"^(?:[-•–*]\s*|\d{1,2}[.)]\s+)", "", item).strip()
            if not item:
                continue
            dates = find_dates(item, compact=True)
            title, date = item, None
            if dates and dates[-1].iso:
                date = dates[-1].iso
                if dates[-1].end >= len(item.rstrip(" .")) - 6:
                    title = re.sub(r"(?:,|\s)*(?:daterad|den|från)?$", "", item[: dates[-1].start].rstrip()) or item
            elif TRUNCATED_DATE.search(item):
                notes.add(number, "basis.date", f"datumet är avkortat i {item!r}; lämnas tomt")
            documents.append(BasisDocument(title=title.rstrip(" ,"), date=date))
        return documents

    def responsible(self, lines: list[Line], notes: Warnings) -> list[Responsible]:
        people = []
        for line in lines:
            text = line.stripped
            if not text:
                continue
            role = "handläggare"
            label = re.match(r"^(handläggare|föredragande|ansvarig)\s*:?\s*(?P<rest>.*)$", text, re.I)
            if label:
                role = "föredragande" if label.group(1).lower() == "föredragande" else "handläggare"
                text = label.group("rest")
                if role == "föredragande":
                    # "Föredragande: Mona-Lena Beckman" under a kallelse's row (Tibro, Kungälv): who presents the
                    # item at the meeting, as the Föredragande columns of Trelleborg's, Östhammar's and Sotenäs'
                    # lists name them, is no official responsible for the matter, with an office named or not
                    # (the corpus README's convention); the note keeps the name. So in a protocol's § ("Föredragande:
                    # Magnus Persson, senior advisor regional utveckling, Region Örebro län", Regionförbundet i Kalmar
                    # län, an invited guest): the README's presenters are no `responsible` in any kind.
                    notes.add(line.number, "responsible", f"{text!r} föredrar ärendet; ingen ansvarig")
                    continue
                if not text:
                    continue
            words = text.split()
            if label and "," not in " ".join(words[:3]) and len(words) > 3 and words[2][:1].isupper() \
                    and words[3][:1].islower() and naming.looks_like_person(" ".join(words[:2])):
                # "Handläggare: Karin Nilsson Kommunledningskontoret har sammanställt ...": the name,
                # then the item's text run into it.
                text = " ".join(words[:2])
            name, _, title = text.partition(",")
            # "Handläggare: Christer Wilén Ärendebeskrivning": the next heading run into the name.
            name = re.sub(r"\s+(?:Ärendebeskrivning|Sammanfattning|Beslutsunderlag|Bakgrund|Ärendet)\b.*$", "",
                          name.strip())
            title = title.strip()
            if re.fullmatch(r"[\d\s+()-]{6,}", title):
                title = ""  # "Christin Bjuggren, 508 08 015": a telephone number, no title
            if label and not title:
                title = label.group(1).capitalize()  # "Handläggare: Anna Berg": her title is the label's
            if naming.looks_like_person(name):
                people.append(Responsible(name=name, title=title or None, role=role))
            else:
                notes.add(line.number, "responsible", f"kan inte skilja namn och titel i {text!r}")
        return people


def _earlier_decisions_in_row(text: str) -> list[tuple[str, str | None]]:
    """The decisions before this meeting a row cites (_EARLIER_DECISION_IN_ROW): (body, ISO date or None where
    only the year is stated); a code no body has, or a name that is no body's, is none."""
    if "§" not in text:
        return []
    found = []
    for match in _EARLIER_DECISION_IN_ROW.finditer(text):
        if match.group("name"):
            name, written = body_name(match.group("name")), match.group("named_date")
            if not name or not naming.body_kind(name):
                continue
        else:
            code = match.group("code").lower()
            if code not in ABBREVIATIONS:
                continue
            name, written = body_name(code), match.group("date")
        dates = find_dates(written) if written else []
        if written and (not dates or not dates[0].iso):
            continue
        found.append((name, dates[0].iso if dates else None))
    return found


# The number of a list's first point before its sentence: "1. ", "1) ".
_FIRST_POINT_MARK = re.compile(r"^1[.)]\s+(?=[A-ZÅÄÖ])")


def parse_meeting_document(document: Document, kind: str) -> ParsedDocument:
    return MeetingDocumentParser(document, kind).parse()

"""Import of municipal documents: file -> parser -> ParsedDocument -> the archive.

Four kinds of document: a tjänsteskrivelse (one matter), a kallelse with its
föredragningslista, a protocol or protocol extract (a meeting and its matters), and a
sammanträdesplan (bodies' meetings for a year, stored as their meeting plans).
Storing lives in archive.importing.store: one transaction per file.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

from archive import naming
from archive.dates import MONTH_NAMES, WEEKDAYS
from archive.errors import ImportFailed
from archive.importing.agendarows import close_letter_spaced, first_margin_path
from archive.importing.common import (
    ANSLAG_BOX_HEADING,
    PARTY_LETTERS,
    bodies_in,
    body_at_start,
    body_genitive_at_start,
    find_dates,
    labelled_dates,
    own_case_numbers,
    same_body,
    site_content,
)
from archive.importing.itemtext import is_paragraph_mark
from archive.importing.kinds import (
    AGENDA_KINDS,
    NOTICE_KINDS,
    PLAN_KINDS,
    PROTOCOL_KINDS,
    REPORT_KINDS,
    alternation,
    capitals,
)
from archive.importing.meetingdocs import announces_its_list, parse_meeting_document
from archive.importing.meetingkind import (
    BULLETED_PARAGRAPH_AT_END,
    LIST_COLUMN_HEADS,
    detect,
    marked_but_not_held,
    tells_absent_members,
)
from archive.importing.meetingplan import (
    PLAN_HEADING,
    NoMeetingsInPlan,
    is_meeting_plan,
    parse_meeting_plan,
    unplaced_plan,
)
from archive.importing.meetingwords import FEDERATION_KINDS, GENERIC_BODIES, utskott_code_body
from archive.importing.papers import attached_papers, bundled_papers, cut_at, fold_paper, item_of_paper
from archive.importing.result import ParsedDocument, ParsedItem, ParsedMeeting
from archive.importing.store import ALREADY_IMPORTED, FileResult, import_document, import_files
from archive.importing.text import as_the_page_writes, list_heading, ocr_tolerant, read_document
from archive.importing.tjansteskrivelse import (
    NoReportHeadings,
    not_own_decision,
    own_proposal_decision,
    parse_tjansteskrivelse,
)
from archive.model import PlanningStep

__all__ = [
    "ALREADY_IMPORTED", "FileResult", "ParsedDocument", "ParsedItem", "ParsedMeeting",
    "import_document", "import_files", "parse_document", "parse_files",
]


def parse_document(path: Path, *, year: int | None = None, today: dt.date | None = None) -> ParsedDocument:
    """Parse one file of any supported kind; ImportFailed names the file (and line, field).
    `year`: the year of a meeting plan that does not state it (`import --year`); `today`
    (default: the clock, when a command runs) bounds the recent years a plan's weekdays may tell."""
    document = read_document(Path(path))
    # Pages that say themselves they are no municipality's own papers: each check gives the words that say so.
    for says_so, reason in (
            (retells_a_meetings_decisions, "sidan säger själv att den är ett urval eller en sammanfattning av ett "
                                           "sammanträdes beslut ({}): en nyhet om sammanträdet, inte dess protokoll, "
                                           "kallelse eller en tjänsteskrivelse"),
            (cites_a_municipal_site, "sidan anger en kommuns webbplats som sin källa ({}): en nyhet som återger vad "
                                     "kommunen publicerat, inte dess kallelse, protokoll eller tjänsteskrivelse"),
            (a_partys_page, "sidans titel anger ett parti som avsändare ({}): partiets egen sida om kommunens "
                            "arbete, inte kommunens kallelse, protokoll eller tjänsteskrivelse"),
            (points_to_its_protocol_to_come, "sidan hänvisar till sammanträdets protokoll som publiceras senare "
                                             "({}): en sammanfattning av fattade beslut, inte protokollet, en kallelse "
                                             "eller en tjänsteskrivelse"),
            (speaks_for_a_party, "sidan talar i ett partis namn ({}): partiets egen sida om kommunens arbete, inte "
                                 "kommunens kallelse, protokoll eller tjänsteskrivelse"),
            (calls_itself_a_blog, "sidan kallar sig en blogg ({}): ett blogginlägg om kommunens arbete, inte kommunens "
                                  "kallelse, protokoll eller tjänsteskrivelse"),
            (heads_itself_news_of_a_meeting, "sidans rubrik anger den som en nyhet, ett referat eller en "
                                             "sammanfattning från ett sammanträde ({}): inte sammanträdets protokoll, "
                                             "kallelse eller en tjänsteskrivelse"),
            (tells_a_meeting_held_today, "sidan berättar om ett sammanträde samma dag som det hölls ({}): en nyhet "
                                         "om sammanträdet, inte dess protokoll, kallelse eller en tjänsteskrivelse")):
        found = says_so(document)
        if found:
            raise ImportFailed("ingen kommunal handling: " + reason.format(repr(found)), file=str(document.path),
                               field="dokumenttyp")
    parsed = _parse_read_document(document, year=year, today=today or dt.date.today())
    # A plan that reads its meetings under bodies names them as a record does: all 39 municipal plans of the tuning
    # half (37 organisations: kommuner, regions, Jämtlands gymnasieförbund, Skaraborgs kommunalförbund, Ystad-Österlen's
    # miljöförbund) name a municipality or one of its bodies; a national association's dates for its
    # "Förbundsstyrelsen" and "Presidiet" name none. A plan whose dates stand under no body tells nothing either way.
    if (parsed.plan is None or parsed.plan.meetings) and not names_a_municipality_or_its_body(document, parsed):
        raise ImportFailed(
            "ingen kommunal handling: texten namnger ingen kommun, region, kommunal nämnd eller kommunalförbund "
            "(kommunfullmäktige, kommunstyrelsen, en nämnd, ett utskott, Region …, direktionen, ett samordnings-, "
            "räddningstjänst- eller kommunalförbund), har inget diarienummer eller protokollsintyg (Dnr, Justerandes "
            "sign, Utdragsbestyrkande, Anslag/bevis) och inte ett kommunalt protokolls form (Beslutande, "
            "Justeringens plats och tid, Underskrifter, Paragrafer …)", file=str(document.path), field="dokumenttyp")
    if parsed.kind == "protokoll" and decisions_in_brief_unmarked(document):
        raise ImportFailed(
            "ingen kommunal handling: texten läses som ett protokoll för sina rader \"Beslut: ...\" men har inget av "
            "ett protokolls kännetecken (handlingstyp, §, paragrafer \"Kf 124\", Justerare, Justerandes sign, "
            "Anslag/bevis, Dnr, diarienummer): en sida som återger fattade beslut i korthet",
            file=str(document.path), field="dokumenttyp")
    other = parsed.plan is None and another_organisations_meeting(document, parsed)
    if other:
        raise ImportFailed(
            f"ingen kommunal handling: handlingens huvud namnger en förenings eller ett bolags möte ({other!r}), "
            "inget kommunalt organ läses som mötets organ och texten har inget diarienummer eller protokollsintyg "
            "(Dnr, Justerandes sign, Utdragsbestyrkande, Anslag/bevis)", file=str(document.path), field="dokumenttyp")
    if document.ocr_readings:
        _values_as_the_page_writes(parsed, document.ocr_readings)
    if document.ocr_row_numbers:
        _numbers_read_from_letters_left_empty(parsed, document.ocr_row_numbers)
    return parsed


def _numbers_read_from_letters_left_empty(parsed: ParsedDocument, numbers: dict[str, str]) -> None:
    """Each item whose number the list's row gives only as a scan's OCR read it with letters ("l 10" for 110:
    text.row_numbers_read_by_ocr, which cut the rows there) left without a number, with a warning: the page never
    prints the number, so it is no value the text states."""
    for item in parsed.items:
        key = _ITEM_NUMBER_KEY.fullmatch(item.key)
        if key and key.group("digits") in numbers:
            item.matter.warnings.append(
                f"item: radens nummer står som {numbers[key.group('digits')]!r} (OCR-läst); lämnas tomt")
            item.key = ""


_ITEM_NUMBER_KEY = re.compile(r"(?:§\s?|punkt\s)?(?P<digits>\d+)")  # an item's key that is its number alone


def _values_as_the_page_writes(parsed: ParsedDocument, readings: dict[str, str]) -> None:
    """Every value read from a scan whose OCR'd key words were read as printed (text.key_words_read_by_ocr) in the
    page's own letters again: a value is what the page states (a step's outcome is the decision's text). (The
    reader's own labels, a step's role, stay.)"""
    back = as_the_page_writes(readings)
    if parsed.meeting is not None:
        parsed.meeting.body = back(parsed.meeting.body)
    for meeting in parsed.plan.meetings if parsed.plan is not None else []:
        meeting.body = back(meeting.body)
    for item in parsed.items:
        matter = item.matter
        matter.title, matter.case_number = back(matter.title), back(matter.case_number)
        matter.summary, matter.raised_by = back(matter.summary), back(matter.raised_by)
        for step in matter.planning:
            step.body, step.outcome = back(step.body), back(step.outcome)
        for proposal in matter.proposals:
            proposal.to, proposal.text = back(proposal.to), back(proposal.text)
        for recipient in matter.recipients:
            recipient.name, recipient.title = back(recipient.name), back(recipient.title)
        for paper in matter.basis:
            paper.title = back(paper.title)
        for person in matter.responsible:
            person.name, person.title, person.unit = back(person.name), back(person.title), back(person.unit)


def _parse_read_document(document, *, year: int | None, today: dt.date) -> ParsedDocument:
    plan = is_meeting_plan(document)  # (asked once: a long plan's reading of its top is costly)
    if plan and announces_its_list(document.lines):
        # A body's web page: its meeting days for the year, then "Kommunstyrelsen behandlar följande ärenden på
        # sammanträde den 8 september 2021." over the numbered list (Nora): the coming meeting's agenda is what the
        # page gives beyond the days, read as a kallelse where it reads so (its list of two rows or more).
        try:
            parsed = _parse_record(document)
        except ImportFailed:
            parsed = None
        if parsed is not None and parsed.meeting is not None and len(parsed.items) >= 2:
            return parsed
    if plan:
        try:
            return parse_meeting_plan(document, year=year, today=today)
        except NoMeetingsInPlan as plan_error:
            return _plan_without_meetings(document, plan_error, year=year, today=today)
        # Any other refusal of a plan (its year neither stated, given nor told) stands as it is.
    try:
        parsed = _parse_record(document)
    except ImportFailed as error:
        return _partial_or_not_municipal(document, error, year=year, today=today)
    if not parsed.items:
        # A meeting read without a matter from a page that lists a body's meetings under a plan's
        # heading further down (a body's web page): the plan is what it states.
        return _plan_anywhere(document, year=year, today=today) or parsed
    return parsed


# A plan of one meeting is no plan: a body's page under a heading of its meetings ("Se kommunfullmäktiges sammanträden",
# Herrljunga's page of one meeting's film clips) that lists that meeting's numbered matters ("Ärende 1: Allmänhetens
# frågestund", "Ärende 2: ...") gives its agenda, read as a kallelse where the kallelse reader reads that same meeting
# (body and day) with its matters numbered 1, 2, 3 on (a protocol's §§ are no such numbers). A plan's meetings each
# stand on a line of their own, no rows.
AGENDA_ROWS_OVER_A_PLAN = 3


def _one_meetings_agenda(document, plan: ParsedDocument) -> ParsedDocument | None:
    """The kallelse a one-meeting 'plan' is, when the record reader reads it so (see above); else None."""
    if plan.plan is None or len(plan.plan.meetings) != 1:
        return None
    meeting = plan.plan.meetings[0]
    try:
        parsed = parse_meeting_document(document, "kallelse")
    except ImportFailed:
        return None
    numbers = [int(item.key.removeprefix("punkt ")) for item in parsed.items
               if item.key and item.key.removeprefix("punkt ").isdigit()]
    if parsed.kind != "kallelse" or parsed.meeting is None or (parsed.meeting.body, parsed.meeting.date) \
            != (meeting.body, meeting.date) or len(numbers) < AGENDA_ROWS_OVER_A_PLAN \
            or numbers[:AGENDA_ROWS_OVER_A_PLAN] != list(range(1, AGENDA_ROWS_OVER_A_PLAN + 1)):
        return None
    return parsed


def _plan_without_meetings(document, plan_error: NoMeetingsInPlan, *, year: int | None,
                           today: dt.date) -> ParsedDocument:
    """Named a plan but lists no meeting under a body: a kallelse or a report whose form says
    "Mötesdatum" or "Sammanträdesdatum 2024" near its top is read as what it is, if it reads (an
    item or its meeting's date); else a plan whose dates stand where the reader cannot place them
    is imported with each of them said so; else the plan is refused with its reason."""
    try:
        parsed = _parse_record(document)
    except ImportFailed:
        parsed = None
    if parsed is not None and (parsed.items or parsed.meeting is not None and parsed.meeting.date):
        return parsed
    unplaced = unplaced_plan(document, plan_error)
    if unplaced is not None:
        return unplaced
    if parsed is not None:
        return parsed
    return _partial_or_not_municipal(document, plan_error, year=year, today=today, when_nothing_read=plan_error)


# ---------------------------------------------------------------- municipal or not: the first word

# What every Swedish municipal record names somewhere and an association's, a company's or a
# party's minutes, a school essay or a guide may lack however protocol-like they are ("§74 Val av
# justerare", "Beslut att ..."): a municipality, a region or a county council ("Härryda kommun",
# "kommunstyrelsen", "Region Halland", "Västra Götalandsregionen", "Västerås stad", "landstinget"),
# a body of theirs (a nämnd, a fullmäktige, an utskott), the registry's Dnr or case number, or a
# protocol's certifying labels. Each is found
# in documents of many municipalities of the tuning half (kommun 115, fullmäktige 76, nämnd 71,
# Dnr 44, utskott 32, a Region 12, a stad 7, landsting 5); every municipal document there names one.
# A kommunalförbund's or a samordningsförbund's board is a municipal body too ("Direktionen",
# "Förbundsdirektionen": naming.body_kind), in its genitive and compounds too ("Direktionens protokoll", Medelpad;
# "Direktionsprotokoll", Sjuhärad; Jämtlands gymnasieförbund, Ystad-Österlen), and so is a federation's statute, the
# kommunallag's "förbundsordning" (11 tuning documents: Alvesta, Arboga, Bjurholm, Göteborgsregionen, Munkfors ...;
# none of the 29 not-municipal pages names any förbund); a national association's "förbundsstyrelse" is not, so not
# that word.
# A protocol's certifying marks (_CERTIFYING_MARKS); with a registry's, a municipal record's marks, whoever else its
# text names (_RECORD_MARKS).
_CERTIFYING_MARK_WORDS = r"justerandes\s+sign|utdragsbestyrkande|" + ANSLAG_BOX_HEADING  # (its heading's forms)
_DNR_WORDS = r"(?<![\wåäöÅÄÖ])dnr(?![\wåäö])|diarienummer"
_RECORD_MARK_WORDS = _DNR_WORDS + "|" + _CERTIFYING_MARK_WORDS + r"|anslagstavla"
_MUNICIPAL_SENDER = re.compile(
    r"kommun|nämnd|fullmäktige|utskott|landsting|regionstyrelse|regionens"
    r"|förbundsdirektion|(?<![\wåäöÅÄÖ])direktion(?:en|ens|s[a-zåäö]{4,})?(?![\wåäö])|räddningstjänst|förbundsordning"
    r"|" + FEDERATION_KINDS +
    r"|(?-i:(?<![\wåäöÅÄÖ])Region\s+[A-ZÅÄÖ])|(?-i:[A-ZÅÄÖ][\wåäö]+regionen)"
    r"|(?-i:[A-ZÅÄÖ][\wåäö]+ [Ss]tad)(?![\wåäö])|" + _RECORD_MARK_WORDS,
    re.IGNORECASE)


# Members named with their parties' letters, three parties or more ("Mats Johansson (S) 2 Fredrik Sjöstrand (M) ...
# Stefan Redéen (KD)", a county council's roll call, Region Östergötland; Älvdalen's "Peter Egardt (s), Kjell Tenn (c)",
# Åmål's, Mellerud's and 150 more tuning records so): an elected assembly's or board's members, a municipal record's
# however little else its excerpt keeps. A party's or an association's minutes name one party or none.
_PARTY_LETTERS = re.compile(rf"(?<=\s)\((?P<party>{PARTY_LETTERS}|{PARTY_LETTERS.lower()})\)(?![\wåäö])")
PARTIES_OF_AN_ASSEMBLY = 3


def _names_members_of_several_parties(document) -> bool:
    parties = {found.group("party") for line in document.lines for found in _PARTY_LETTERS.finditer(line.text)}
    return max(len({p for p in parties if p.isupper()}), len({p for p in parties if p.islower()})) \
        >= PARTIES_OF_AN_ASSEMBLY


# The labels of the protocol form Swedish municipalities, regions and their federations share (the first page's
# "Plats och tid / Beslutande / Övriga deltagande / Utses att justera / Justeringens plats och tid / Underskrifter /
# Paragrafer", "Sammanträdesdatum" in its running head): three or more of them in 161 tuning records of 139
# organisations; a federation's protocol may name no body else ("Samordningsförbundet Sydnärke"'s first page:
# "Beslutande", "Övriga deltagande", "Justeringens tid och plats", "Underskrifter", "Paragrafer 84-100"). An
# association's or party's minutes keep their own form: none of the 29 not-municipal pages has more than one.
_MUNICIPAL_PROTOCOL_LABELS = re.compile(
    r"(?<![\wåäöÅÄÖ])(?:(?P<deciding>beslutande)|(?P<others>övriga\s+(?:deltagande|närvarande))"
    r"|(?P<adjuster>utses\s+att\s+justera)|(?P<adjusting>justeringens\s+(?:plats\s+och\s+tid|tid\s+och\s+plats))"
    r"|(?P<signatures>underskrifter)|(?P<paragraphs>paragrafer)|(?P<date>sammanträdesdatum))(?![\wåäö])",
    re.IGNORECASE)
PROTOCOL_LABELS_NEEDED = 3


def _has_a_municipal_protocols_form(document) -> bool:
    labels = {found.lastgroup for line in document.lines for found in _MUNICIPAL_PROTOCOL_LABELS.finditer(line.text)}
    return len(labels) >= PROTOCOL_LABELS_NEEDED


def names_a_municipality_or_its_body(document, parsed: ParsedDocument) -> bool:
    """Whether the text names a municipality, a region or one of their bodies, or has a
    registry's or a protocol's marks (_MUNICIPAL_SENDER), or what was read from it does (the
    meeting's body a code stands for, "KS"; a matter's case number, "RS 912-2025"): a text that does none
    of these is no municipal document, whatever its form (an association's board minutes). A site's own text
    ("Startsida / Kommun och politik / ...") names no sender."""
    if any(_MUNICIPAL_SENDER.search(line.text) for line in site_content(document)) \
            or _names_members_of_several_parties(document) or _has_a_municipal_protocols_form(document):
        return True
    return _read_as_municipal(parsed)


def _read_as_municipal(parsed: ParsedDocument) -> bool:
    """Whether what was read says municipal where the text's words may not: the meeting's or a plan's body
    (_MUNICIPAL_SENDER; "KS" read as Kommunstyrelsen), or a matter's case number ("RS 912-2025")."""
    bodies = [parsed.meeting.body] if parsed.meeting else []
    bodies += [meeting.body for meeting in parsed.plan.meetings] if parsed.plan else []
    return any(body and _MUNICIPAL_SENDER.search(body) for body in bodies) \
        or any(item.matter.case_number for item in parsed.items)


# An association's, a company's or a party's meeting as its minutes name it in their head ("Protokoll fört
# vid årsmöte", "Möte med sektionens styrelse", "Bolagsstämma"; a company's "Protokoll fört vid styrelsesammanträde
# för Nora Fastigheter AB", the same board meeting in one word as "styrelsemöte"). No municipal document of the tuning
# half (184, 110 municipalities and regions) has one of these words in its head's first 300
# characters: municipal bodies meet as fullmäktige, styrelse, nämnd, utskott, never so.
_OTHER_ORGANISATIONS_MEETING = re.compile(ocr_tolerant(  # a scan's "styre1sesammanträde" too (text.ocr_tolerant)
    r"(?<![\wåäöÅÄÖ])(?:årsmöte|styrelsemöte|styrelsesammanträde|medlemsmöte|föreningsmöte|föreningsstämma"
    r"|bolagsstämma|årsstämma"
    r"|extra stämma|(?:föreningens|sektionens|klubbens|partiets|bolagets|förbundets) styrelse)(?![\wåäö])"),
    re.IGNORECASE)
# A federation of municipalities (and a region) names itself by its kind in its head (FEDERATION_KINDS: "Västra
# Mälardalens Myndighetsförbund", Arboga; "Höglandets Räddningstjänstförbund", Nässjö; "Södra Bohusläns
# räddningstjänstförbund", Lilla Edet), and its board meets as an association's does ("styrelsemöte", "förbundets
# styrelse"): its meeting is municipal.
_MUNICIPAL_FEDERATION = re.compile(FEDERATION_KINDS, re.IGNORECASE)
_RECORD_MARKS = re.compile(_RECORD_MARK_WORDS, re.IGNORECASE)
OTHER_MEETING_HEAD_REACH = 300


def another_organisations_meeting(document, parsed: ParsedDocument) -> str | None:
    """The words of the head naming the meeting as an association's or a company's, where nothing
    makes it municipal anyway: no municipal body read as the meeting's, no registry's or protocol's
    marks, no case number. A municipality named in the text is no such sign: an association's
    minutes name the municipality that gives it a grant ("bidrag från Riksby kommun")."""
    head = _head_text(document, keep_title=False, reach=OTHER_MEETING_HEAD_REACH)
    found = _OTHER_ORGANISATIONS_MEETING.search(head)
    if found is None or _MUNICIPAL_FEDERATION.search(head):
        return None
    if _read_as_municipal(parsed) or any(_RECORD_MARKS.search(line.text) for line in document.lines):
        return None
    return found.group()


# A municipality's news page about a meeting says of itself, in its opening, that it retells a
# selection or a summary of the decisions taken ("Här hittar ni ett urval av de beslut som fattades",
# Falun; "Här publicerar vi en sammanfattning av några av besluten på kommunstyrelsens möte",
# Göteborg; "Här följer en kort sammanfattning av samtliga ärenden vid kommunstyrelsens sammanträde",
# Vaxholm; in the other word order "Här är ett antal beslut i urval:", Laxå, a party's page). It may set
# out §§ and Dnr as the protocol did, yet it is no decision document. A record's own "Sammanfattning
# av ärendet" is a heading, never a "Här ..." sentence; a web preview of a coming meeting ("Här kan du
# läsa om några av de ärenden som tas upp", Gnesta) is no summary. The sentence ends at its colon too:
# the list it opens is no part of it.
_RETOLD_DECISIONS = re.compile(
    r"(?<![\wåäöÅÄÖ])Här\s+(?:(?:[\wåäö]+\s+){1,3}(?:ett\s+|en\s+)?(?:[\wåäö]+\s+)?(?:urval|sammanfattning)\s+av\s+"
    r"(?:[\wåäö]+\s+){0,3}(?:beslut|besluten|ärenden|ärendena)"
    r"|(?:[\wåäö]+\s+){1,3}(?:beslut|besluten|ärenden|ärendena)\s+i\s+(?:ett\s+)?urval)(?![\wåäö])[^.!?:\n]*"
    # a selection of the decisions taken told in the past tense: "Regionstyrelsen har sammanträtt i dag ... Bland
    # annat beslutade styrelsen om ..." (Region Gotland's news item)
    r"|(?P<past>(?<![\wåäöÅÄÖ])Bland\s+annat\s+beslutade\s+[\wåäö]+(?![\wåäö])[^.!?:\n]*)"
    # a selection or a summary of the decisions, the sentence opening otherwise: "Nyhetsnotiser från regionstyrelsens
    # sammanträde med ett urval av de politiska besluten." (Region Dalarna), "Läs en sammanfattning av styrelsens
    # beslut." (Region Västerbotten); decisions, not matters ("ett urval av ärenden" is a preview's too, Bräcke)
    r"|(?P<selection>(?<![\wåäöÅÄÖ])(?:urval|sammanfattning|sammandrag)\s+av\s+(?:[\wåäö-]+\s+){0,3}"
    r"(?:beslut|besluten)(?![\wåäö])[^.!?:\n]*)"
    # the matters or decisions of a meeting held, in the past tense: "Här är en del ärenden som togs upp:" (Uddevalla),
    # "några av de ärenden som behandlades under sammanträdet" (Helsingborg), "ett urval av de beslut som fattades"
    # (Falun); a preview writes "som tas upp", "som ska behandlas"
    r"|(?P<held>(?<![\wåäöÅÄÖ])(?:[Ää]renden|[Ää]rendena|[Bb]eslut|[Bb]esluten)\s+som\s+(?:[\wåäö]+\s+){0,2}?"
    r"(?:togs\s+upp|behandlades|fattades|beslutades|avgjordes)(?![\wåäö])[^.!?:\n]*)")
# A summary of what a coming meeting will deal with is a web notice of it (a kallelse, as Gnesta's and
# Götene's previews are read): "... av de ärenden som ska behandlas", "tas upp", "inför sammanträdet",
# the decisions a body "föreslås (att) fatta" (proposed, so not yet taken: "Här är ett urval av de punkter och beslut
# som kommunfullmäktige föreslås att fatta", Gnesta's KF preview), or the sentence before it announcing the meeting on
# its day, as a kallelse does ("På onsdag sammanträder kommunstyrelsen. Här har vi listat ett urval av ärenden.",
# Bräcke: announces_a_meeting_day).
_COMING_MEETING = re.compile(r"(?<![\wåäö])(?:ska|skall|kommer\s+att|tas\s+upp|inför|behandlas|kommande|nästa|föreslås)"
                             r"(?![\wåäö])", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
SUMMARY_HEAD_REACH = 800  # a news page's opening (its ingress), not a sentence deep in a record's text
# A protocol's certifying marks: a news page retelling its decisions has none of them.
_CERTIFYING_MARKS = re.compile(_CERTIFYING_MARK_WORDS, re.IGNORECASE)
# A body's own page of the decisions taken at one meeting heads itself so, a short line of its own: "Beslut i korthet"
# (Region Norrbotten: "För fullständiga beslut hänvisas till protokollet"), "Sammanfattning av beslut" (Borås's
# meeting page), as the corpus README's convention names the form ("Beslut i notisform", Göteborg). Such a page links
# the record it retells ("Protokoll" over the file to download, "Handlingar och protokoll - Regionstyrelsen"), so a
# heading naming a record's kind says nothing against it here. No record of the tuning half heads a section so (its
# sections "Sammanfattning av ärendet", "Ärendet i korthet" summarise a matter, not decisions).
_RETOLD_DECISIONS_HEADING = re.compile(
    r"^(?:(?:en\s+)?(?:sammanfattning|sammandrag|urval)\s+av\s+(?:[\wåäö]+\s+)?beslut(?:en)?"
    r"|beslut(?:en)?\s+i\s+(?:korthet|notisform|sammandrag|urval))(?![\wåäö])", re.IGNORECASE)


def _certified(document) -> bool:
    """Whether a page has a posting's certificate or a protocol's certifying marks (_CERTIFYING_MARKS): a record's,
    which no news page retelling a meeting has."""
    return posting_certified(document) or any(_CERTIFYING_MARKS.search(line.text) for line in document.lines)


def _retold_decisions_heading(head: str) -> str | None:
    """The first short line of `head` (lines joined by line breaks) that heads a page of decisions retold
    (_RETOLD_DECISIONS_HEADING): no sentence, KIND_HEADING_WORDS words at most; else None."""
    return next((line for line in head.split("\n") if len(line.split()) <= KIND_HEADING_WORDS
                 and not line.endswith((".", "?", "!")) and _RETOLD_DECISIONS_HEADING.match(line)), None)


def retells_a_meetings_decisions(document) -> str | None:
    """The opening sentence of a news page that calls itself a selection or a summary of a
    meeting's decisions (_RETOLD_DECISIONS), when no heading names the page a municipal record's
    kind and it has no protocol's certifying marks, or the heading that calls it so
    (_RETOLD_DECISIONS_HEADING) on a page with no such marks; else None."""
    head = _head_text(document, reach=SUMMARY_HEAD_REACH, joined="\n")  # a heading is no sentence's
    heading = _retold_decisions_heading(head)
    if heading is not None and not _certified(document):
        return heading
    found = _RETOLD_DECISIONS.search(head)
    # (what the decisions taken will bring about is no coming meeting: "... beslutade styrelsen om ... som innebär att
    # nya hyreslägenheter kommer att byggas")
    if found is None or _COMING_MEETING.search(found.group()) and not found.group("past") \
            or announces_a_meeting_day(_sentence_before(head, found.start())) or _certified(document):
        return None
    # A page naming its papers ("Handlingar och protokoll", a link's label on a news page too) is no record for a
    # selection of the decisions or a meeting's matters told in the past tense ("som togs upp"), unless it has a
    # record's marks of its own; for the other wordings any heading naming a record's kind makes it one.
    if _has_a_records_marks(document, case_numbers=CASE_NUMBERS_NEEDED) \
            if found.group("held") or found.group("selection") else _names_a_municipal_kind(document):
        return None
    return found.group().strip()


# A month's name or its word cut short: its first three letters and any after them (dates.py's names).
_MONTH_RUN_ON = "(?:" + "|".join(name[:3] for name in MONTH_NAMES.values()) + r")[a-zåäö]*(?![\wåäö])"


# A page whose title names it a news item, a report or a summary from a body's meeting: "Referat från kommunfullmäktige
# 15 december 2025" (Borgholm), "Nytt från kommunstyrelsen" (Knivsta), "Nytt från direktionen" (Fyrbodals
# kommunalförbund), "Sammanfattning från regionstyrelsen 8 februari" (Region Västerbotten), "Snabbreferat från
# kommunstyrelsens sammanträde" (Sorsele), "Senaste från kommunstyrelsen, 9 mars 2023" (Sunne), "Nyheter från
# fullmäktige" (Uppvidinge), "Beslutat i kommunfullmäktige den 23 maj" (Karlshamn), "Beslut i kommunstyrelsen 25 mars
# 2020" (Göteborg), "Beslut från kommunfullmäktige" (Lycksele), a party's "Rapport från kommunfullmäktige 22 oktober"
# (Vänsterpartiet Helsingborg, Höganäs; Sverigedemokraterna Vellinge), "Information från kommunstyrelsen, mars 2021"
# (Vaxholm): 19 of the tuning half's 78 not-municipal pages (17 organisations) head themselves so among their first
# lines, none of its 913 municipal documents does. A report's or information's heading is a kallelse's item as well
# ("Information från kommunstyrelsen", "Rapport från revisorerna"): those two words only with the meeting's day or
# the word meeting after the body ("Rapport från kommunstyrelsemötet 30 november", "Information från senaste mötet").
_BODY_OR_MEETING = (r"(?:(?:senaste|det\s+senaste)\s+)?(?:mötet\s+i\s+)?"
                    r"[\wåäö-]*(?:fullmäktige|styrelse|nämnd|utskott|direktion|KS|KF)[\wåäö]*")
_NEWS_OF_A_MEETING_HEADING = re.compile(
    r"^(?:(?:en\s+)?(?:kort\s+)?(?:sammanfattning|sammandrag|referat|snabbreferat|nytt|nyheter|senaste|beslut(?:at)?)"
    r"\s+(?:från|i|av)\s+" + _BODY_OR_MEETING +
    r"|(?:rapport|information)\s+från\s+(?:" + _BODY_OR_MEETING + r"(?:,?\s+(?:den\s+)?\d|,?\s+"
    + _MONTH_RUN_ON + r")|(?:senaste\s+|det\s+senaste\s+)?(?:mötet|sammanträdet)\s+i\s+\S+"
    r"|(?:[\wåäö-]+s\s+)?[\wåäö-]*(?:möte|sammanträde)[\wåäö]*\s+(?:den\s+)?\d))", re.IGNORECASE)
NEWS_HEADING_LINES = 12  # the page's first lines of its own (under a site's chrome), where its title stands


def heads_itself_news_of_a_meeting(document) -> str | None:
    """The page's title among its first lines (NEWS_HEADING_LINES, a short line, no sentence) naming it news of a
    body's meeting (_NEWS_OF_A_MEETING_HEADING), when the page has no protocol's certifying marks and no posting's
    certificate (as retells_a_meetings_decisions asks of its heading: such a page may retell the §§ and Dnr of the
    decisions, Göteborg's, Vaxholm's, and say where the protocol will be posted, Borgholm's); else None."""
    lines = itertools.islice((line.stripped for line in site_content(document) if line.stripped), NEWS_HEADING_LINES)
    heading = next((text for text in lines if len(text.split()) <= 2 * KIND_HEADING_WORDS
                    and not text.endswith((".", "?", "!")) and _NEWS_OF_A_MEETING_HEADING.match(text)), None)
    if heading is None or _certified(document):
        return None
    return heading


# A page that names a municipality's own site as where its information was taken from retells what the
# municipality published: "Informationen är hämtad från Täby kommuns officiella webbplats." (a local news
# site's item about a fullmäktige meeting). A municipality never says its text was taken from its own site;
# no municipal document of the tuning half has such a sentence (20 name a webbplats or hemsida otherwise).
_CITES_A_MUNICIPAL_SITE = re.compile(ocr_tolerant(  # a scan's "härntad från" too
    r"(?<![\wåäö])hämta(?:d|de|t|ts)\s+från\s+(?:[\wåäöÅÄÖ-]+\s+){0,3}(?:kommuns|kommunens|regionens|stadens)\s+"
    r"(?:officiella\s+|egna\s+)?(?:webbplats|hemsida|webbsida)(?![\wåäö])"),
    re.IGNORECASE)


def cites_a_municipal_site(document) -> str | None:
    """The sentence of a page that names a municipality's site as its source (_CITES_A_MUNICIPAL_SITE),
    when the page has no record's marks of its own (a Dnr, a protocol's certifying marks, a § as a line,
    a registry's case number); else None."""
    for line in document.lines:
        found = _CITES_A_MUNICIPAL_SITE.search(line.text)
        if found:
            break
    else:
        return None
    return None if _has_a_records_marks(document, case_numbers=1) else line.stripped


# A page retelling a meeting's decisions says where the record of them will stand: the protocol, published later, once
# it is justered ("Det slutgiltiga protokollet publiceras på Insyn efter att det är justerat", Tyresö's
# "Snabbprotokoll"; "För fullständiga beslut hänvisas till protokollet, som normalt publiceras senast en vecka efter
# mötet", Region Norrbotten; "Protokollet publiceras här i slutet av veckan", Karlshamn; "Protokollet finns att läsa i
# diariet en till två veckor efter sammanträdet", Sundbyberg; "Hela mötesprotokollet finns att läsa här, så snart det
# har justerats", Älvkarleby: five organisations' pages, all not-municipal). A record says where it is kept, not when
# it will come ("Protokollet finns tillgängligt på ...", "Det justerade protokollet offentliggörs genom detta anslag";
# Enköping's plan page: "kan du ta del av det fullständiga protokollet"): no municipal document of the tuning half has
# such a sentence. A web notice of a coming meeting (a kallelse by the corpus's convention) may say it of the protocol
# to come, so not on a page that shows a meeting's papers (meeting_papers_kind: a body called to meet on its day, §§).
_PROTOCOL_TO_COME = re.compile(
    r"(?<![\wåäöÅÄÖ])[\wåäö]*protokollet(?:,\s+som(?:\s+[\wåäö]+)?)?\s+"
    r"(?:publiceras|finns\s+att\s+läsa|läggs\s+ut|kommer\s+att\s+(?:publiceras|finnas|läggas\s+ut))(?![\wåäö])"
    r"[^.!?\n]{0,60}?(?<![\wåäö])(?:efter|så\s+snart|i\s+slutet\s+av|senast)(?![\wåäö])",
    re.IGNORECASE)
_DNR_OR_CERTIFYING_MARKS = re.compile(_DNR_WORDS + "|" + _CERTIFYING_MARK_WORDS, re.IGNORECASE)


def points_to_its_protocol_to_come(document) -> str | None:
    """The sentence of a page that points to its meeting's protocol as published later (_PROTOCOL_TO_COME), when
    the page shows no meeting's papers (meeting_papers_kind), no posting's certificate, no protocol's certifying marks
    and no Dnr; else None. (A record's marks (_RECORD_MARKS) but the anslagstavla: such a page may say the protocol
    will be posted there, as Tyresö's does.)"""
    found = next((m for line in document.lines if (m := _PROTOCOL_TO_COME.search(line.text))), None)
    if found is None or meeting_papers_kind(document) is not None or posting_certified(document) \
            or any(_DNR_OR_CERTIFYING_MARKS.search(line.text) for line in document.lines):
        return None
    return found.group()


# A body's own page of its meeting's decisions in brief, its points each closed by a decision's label line ("Beslut:
# enligt förslag"), is read as a protocol for those lines (meetingkind.detect), yet has none of a protocol's marks, no §
# even in a line ("Regionstyrelsen 24 januari 2023" / "Ärenden till regionfullmäktige" ..., Västra Götalandsregionen's
# two pages): not-municipal by the corpus README's convention. Of the tuning half's 502 protocols and extracts none
# lacks all those marks but Karlstad's extract, which has its Dnr and no such lines; a kallelse whose kind word was
# lost and which was taken for a protocol by another sign (kindless Vimmerby) sets no such lines either.
_PARAGRAPH_SIGN = re.compile(r"§\s?\d")
_DECISION_LABEL_LINE = re.compile(r"Beslut\s*:\s*\S.*")
DECISION_LINES_NEEDED = 2


def decisions_in_brief_unmarked(document) -> bool:
    """Whether the text closes two points or more by a decision's label line (_DECISION_LABEL_LINE) and has none of
    a protocol's marks: no § in a line, nothing is_municipal_document asks for, no record's marks (see above)."""
    decided = sum(1 for line in document.lines if _DECISION_LABEL_LINE.fullmatch(line.stripped))
    return decided >= DECISION_LINES_NEEDED and not any(_PARAGRAPH_SIGN.search(line.text) for line in document.lines) \
        and not is_municipal_document(document) and not _has_a_records_marks(document, case_numbers=1)


def _has_a_records_marks(document, *, case_numbers: int = 0) -> bool:
    """Whether a page has a municipal record's marks of its own, which no retelling page has: a posting's
    certificate, a protocol's § marks (meeting_papers_kind), a Dnr or a protocol's certifying marks
    (_RECORD_MARKS), and with `case_numbers` that many different registry case numbers at least (1: any one; a page
    retelling a meeting may quote the one § it retells with its case number, "§ 3 Utställning av ... KSN-2017-0007",
    Liberalerna Uppsala's member's report, so those pages ask CASE_NUMBERS_NEEDED, as meeting_papers_kind does)."""
    if posting_certified(document) or meeting_papers_kind(document) == "protokoll" \
            or any(_RECORD_MARKS.search(line.text) for line in document.lines):
        return True
    if not case_numbers:
        return False
    found: set[str] = set()
    for line in document.lines:  # (stops at the number that makes the count: most pages asked have one early)
        found.update(_REGISTRY_CASE_NUMBER.findall(line.text))
        if len(found) >= case_numbers:
            return True
    return False


# A party's own site names the party after its pages' titles, as a site's title does its owner's name: "Rapport från
# Kommunfullmäktige 27/4 | Sverigedemokraterna i Vellinge". The tuning half's party pages (Sverigedemokraterna in
# Vellinge, Kristdemokraterna in Laxå, Centerpartiet in Uddevalla, Piratpartiet) are the parties' own sites; a
# municipality's page or record never names a party as its sender (its title ends with the municipality's name if
# with any), and none of the tuning half's 390 municipal documents has such a title.
# The parties' names, as their sites and pages write them (Miljöpartiet last: a site's title may add "de gröna").
_PARTY_NAMES = (r"Socialdemokraterna|Moderaterna|Sverigedemokraterna|Centerpartiet|Liberalerna|Folkpartiet"
                r"|Kristdemokraterna|Vänsterpartiet|Piratpartiet|Miljöpartiet")
_PARTY_SITE_TITLE = re.compile(ocr_tolerant(  # a scan's "Sverigedernokraterna" too
    r"\|\s*(?P<party>(?:" + _PARTY_NAMES + r"(?: de gröna)?)(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]*)*)\s*$"))
PARTY_TITLE_REACH = 40  # lines: a copy site's chrome above the page's title


def a_partys_page(document) -> str | None:
    """The party a page's title names as its site's owner (_PARTY_SITE_TITLE): its title's last part, when
    the page has no record's marks of its own (a Dnr, a protocol's certifying marks, a § as a line); else None."""
    # The page's title: its first line, or a short line among the first ones below another site's chrome.
    titles = [line.stripped for line in document.lines[:PARTY_TITLE_REACH]
              if "|" in line.stripped and len(line.stripped.split()) <= KIND_HEADING_WORDS * 2]
    found = next((m for title in titles if (m := _PARTY_SITE_TITLE.search(title))), None)
    return None if found is None or _has_a_records_marks(document) else found.group("party")


# A meeting told on the day it was held, in the past tense from that day: "Idag sammanträdde regionstyrelsen i Region
# Västerbotten." (the region's news item), "Regionstyrelsen har sammanträtt i dag, torsdagen den 26 april." (Region
# Gotland's), "I kväll sammanträdde fullmäktige i Storstockholms brandförsvar" (a politician's blog): a news item's
# tense, the day it tells from being the day it was written. A record tells its meeting by its date ("Kommunfullmäktige
# har haft sammanträde den 27 juni 2023", Laholm's posting), a kallelse the meeting to come; of the tuning half's 913
# municipal documents none has such a sentence (four, of four organisations, tell a meeting held by its date), of its
# 78 not-municipal pages three (Region Västerbotten, Region Gotland, moderatblogg) do.
_MEETING_HELD = re.compile(
    r"(?<![\wåäö])(?:sammanträdde|har\s+sammanträtt"
    # (its subject between; the meeting in a compound too: "Idag hade vi ett extra inkallad kommunstyrelsemöte", a
    # member's report on a party's site)
    r"|(?:höll|hade)\s+(?:[\wåäö-]+\s+){0,3}?(?:sitt|ett)\s+(?:[\wåäö]+\s+){0,2}?[\wåäö-]*(?:möte|sammanträde)"
    r"|hade\s+(?:sitt\s+)?(?:[\wåäö]+\s+)?(?:möte|sammanträde))(?![\wåäö])", re.IGNORECASE)
_THE_DAY_OF_WRITING = re.compile(
    r"(?<![\wåäö])(?:i\s?dag|i\s?kväll|i\s?går(?:\s?kväll)?|i\s?förmiddags|i\s?eftermiddags)(?![\wåäö])",
    re.IGNORECASE)


def tells_a_meeting_held_today(document) -> str | None:
    """The sentence of a page's opening (SUMMARY_HEAD_REACH) telling a body's meeting held on the day of writing
    (_MEETING_HELD and _THE_DAY_OF_WRITING, a body's word: _MEETING_BODY_WORD), when the page has no record's marks
    of its own (_has_a_records_marks, two case numbers or more); else None."""
    head = _head_text(document, reach=SUMMARY_HEAD_REACH, joined="\n")
    for sentence in _SENTENCE_RUN.finditer(head):
        said = sentence.group()
        if _MEETING_HELD.search(said) and _THE_DAY_OF_WRITING.search(said) and _MEETING_BODY_WORD.search(said):
            return None if _has_a_records_marks(document, case_numbers=CASE_NUMBERS_NEEDED) else said.strip()
    return None


# A page that speaks as a party, in the first person with the party's name: "höra av er till oss på Folkpartiet via
# kommentarerna på denna blogg" (Folkpartiet Järfälla), "hur vi i Vänsterpartiet tycker" (Vänsterpartiet Höganäs), "Vi
# i Rönningepartiet föreslår" (Rönningepartiet, Salem), "vi moderater"; or that names its view a party's ("Ett
# kommunfullmäktigeprotokoll från ett moderatperspektiv", Moderaterna Gävle's retelling copied to docplayer). A
# municipality's page or record never speaks so: of the tuning half's 913 municipal documents none does (a motion a
# party writes "vi" in travels with a kallelse's or a protocol's marks, which make the page a record anyway).
_PARTY_NAME = r"(?:" + _PARTY_NAMES + r"|[A-ZÅÄÖ][\wåäö-]*partiet)"
_PARTY_SPEAKING = re.compile(
    r"(?<![\wåäö])(?:(?:[Vv]i|oss)\s+(?:på|i|inom)\s+" + _PARTY_NAME + r"(?![\wåäö])"
    r"|(?:[Vv]i|oss)\s+(?:socialdemokrater|moderater|sverigedemokrater|centerpartister|liberaler|folkpartister"
    r"|kristdemokrater|vänsterpartister|miljöpartister)(?![\wåäö])"
    r"|(?i:(?:från|ur)\s+(?:ett\s+)?(?:moderat|socialdemokratiskt?|centerpartistiskt?|liberalt?|kristdemokratiskt?"
    r"|vänsterpartistiskt?|miljöpartistiskt?|sverigedemokratiskt?)\s?-?perspektiv))")
# A page that calls itself a blog: "via kommentarerna på denna blogg", "min blogg". No municipal document of the tuning
# half names a blog of its own (Vilhelmina's protocol speaks of others' "blogginlägg").
_OWN_BLOG = re.compile(r"(?<![\wåäö])(?:denna|den\s+här|min|vår)\s+blogg(?![\wåäö])", re.IGNORECASE)


def speaks_for_a_party(document) -> str | None:
    """The words of a page speaking as a party (_PARTY_SPEAKING), when it has no record's marks of its own (a Dnr, a
    protocol's certifying marks, a § as a line, a registry's case number) and names no municipal kind as a heading
    (a kallelse's bundled motion, "Vi i Vänsterpartiet yrkar ..."); else None."""
    return _page_says_unless_a_record(document, _PARTY_SPEAKING)


def calls_itself_a_blog(document) -> str | None:
    """The words of a page calling itself a blog (_OWN_BLOG), as speaks_for_a_party asks; else None."""
    return _page_says_unless_a_record(document, _OWN_BLOG)


def _page_says_unless_a_record(document, words: re.Pattern) -> str | None:
    """The first words of a page's lines that `words` finds, unless the page is a record (speaks_for_a_party's
    marks and headings); else None."""
    found = next((m for line in document.lines if (m := words.search(line.text))), None)
    if found is None or _has_a_records_marks(document, case_numbers=1) or _names_a_municipal_kind(document):
        return None
    return found.group()


def _sentence_before(text: str, end: int) -> str:
    """The sentence of its line that ends just before `end` in `text` (empty at a line's start)."""
    before = text[:end].rstrip(" ")
    before = before[before.rfind("\n") + 1:].rstrip()
    ends = [found.end() for found in _SENTENCE_END.finditer(before[:-1])]
    return before[ends[-1] if ends else 0:]


# ---------------------------------------------------------------- municipal or not: the last word

# A heading that names a municipal document's kind, as municipalities set it: a short line of its
# own, or the opening words of a page ("1 Tjänsteskrivelse KS Handläggare ..."), never a sentence.
_MUNICIPAL_KIND = re.compile(
    r"(?<![\wåäöÅÄÖ])(?:" + alternation(AGENDA_KINDS, PROTOCOL_KINDS, REPORT_KINDS, NOTICE_KINDS, PLAN_KINDS,
                                        plural=True) + r")(?![\wåäö])",
    re.IGNORECASE)
KIND_HEADING_WORDS = 8
FALLBACK_ITEMS_NEEDED = 2
KIND_OPENING_REACH = 40
# A record's letterhead names its kind beside its page mark ("Tjänsteskrivelse 1 (5)", "Protokoll 2 (14)",
# "KALLELSE 1(3)"): so in 35 tuning documents of 29 municipalities (Arvika, Borås, Karlskoga, Knivsta, Linköping,
# Skellefteå, Västerås ...), in no page that is not a municipality's. It stands so wherever an extraction broke the
# lines, where the heading as a short line of its own does not.
_KIND_WITH_PAGE_MARK = re.compile(_MUNICIPAL_KIND.pattern + r"\s+\d{1,3}\s?\(\d{1,3}\)", re.IGNORECASE)


_LINK_AT_END = re.compile(r":\s*(?:https?://|www\.)\S+$")


def _names_a_municipal_kind(document) -> bool:
    """Whether a heading names the document's kind: a short line that is no sentence and holds
    the kind's word, or a page's opening words (after its page number) that do, or a letterhead's
    kind beside its page mark anywhere in a line (_KIND_WITH_PAGE_MARK); in the text as
    it stands and as cleaned (a letter-spaced "1 K U N G Ö R E L S E" closed up to "KUNGÖRELSE")."""
    cleaned = site_content(document)
    for line in [*document.lines[:400], *cleaned[:400]]:
        text = line.stripped
        if not text:
            continue
        # (not a link's label pointing to the papers elsewhere: "Kallelse med handlingar finns här: www.gotland.se/9")
        if len(text.split()) <= KIND_HEADING_WORDS and not text.endswith((".", "?", "!")) \
                and (_MUNICIPAL_KIND.search(text) or _PLAN_WORDS.search(text)) and not _LINK_AT_END.search(text):
            return True  # "Föredragningslista", "Sammanträden för kommunstyrelsens arbetsutskott 2021"
        # A page's opening words after its number: the page number says it is no sentence.
        page = re.match(r"^\d{1,3}(?:\s*\(\d{1,3}\))?\s+", text)
        found = _MUNICIPAL_KIND.search(text, page.end()) if page else None
        if found and found.start() - page.end() < KIND_OPENING_REACH and found.group()[:1].isupper() \
                and len(text[page.end(): found.start()].split()) <= 3:
            return True
        if "(" in text and any(marked.group()[:1].isupper() for marked in _KIND_WITH_PAGE_MARK.finditer(text)):
            return True
        if len(text) > KIND_OPENING_REACH and _PLAN_HEADING_RUN_ON.search(text):
            return True
    return False


# A plan's heading run on with its list of dates, as a page that lost its line breaks gives the heading over its dates
# one a line (is_meeting_plan's _heads_a_list_of_dates): "... om den egna verksamheten. Sammanträdestider 2022 28
# januari 04 mars 22 april ..." (Nerikes Brandkår's page, Region Värmland's, joined). Three dates right after the
# heading: prose that names a plan does not list its dates so (no page of the tuning half, not-municipal or other).
# The heading may name its body before the year ("Sammanträdestider Kommunstyrelsen 2026"); each date may stand under
# its month's label and with its hour ("Januari - 13 januari, klockan 08.30 Februari - 10 februari, klockan 08.30",
# Östersund's page joined; hours so after dates in Kunskapsförbundet Väst's, Malmö's, Västerbergslagens
# utbildningscentrum's and Ystad's plans).
_PLAN_HEADING_RUN_ON = re.compile(r"(?<![\wåäö])(?:sammanträdes(?:tider|dagar|plan)\w*|mötes(?:tider|dagar|plan)\w*)"
                                  r"(?:\s+[\wåäö-]+)?(?:\s+(?:år\s+)?\d{4})?:?(?:,?\s+(?:" + _MONTH_RUN_ON
                                  + r"\s+[-–]\s+)?\d{1,2}\s+" + _MONTH_RUN_ON
                                  + r"(?:,?\s+(?:kl\.?|klockan)\s*\d{1,2}[.:]\d{2})?){3}", re.IGNORECASE)


# A record's kind as any text names it, inflected too ("Kallelsen i sin helhet ...", "protokollet").
_KIND_NAMED = re.compile(r"(?<![\wåäöÅÄÖ])(?:" + alternation(tuple(
    word.removesuffix("a") for word in (*AGENDA_KINDS, *PROTOCOL_KINDS, *REPORT_KINDS, "handlingar"))) + r")\w*",
    re.IGNORECASE)
# A day and its month, named or cut short (_MONTH_RUN_ON), or an ISO date.
_DAY_AND_MONTH = re.compile(r"(?<!\d)\d{1,2}\s+" + _MONTH_RUN_ON + r"|\d{4}-\d{2}-\d{2}", re.IGNORECASE)


def _announces_a_meeting_with_its_papers(document) -> bool:
    """A municipality's page about one meeting: the meeting as a heading (a body's name and its
    day, "18 september: Kommunfullmäktige"), and the meeting's papers named in the text ("Kallelsen
    i sin helhet ..."). A news item or a blog that retells a meeting names no papers. The site's own text is
    none of the page's ("Startsida / ... / Sammanträden och handlingar" names no papers of this meeting)."""
    lines = [line.stripped for line in site_content(document)[:400] if line.stripped]
    heading = any(len(text.split()) <= KIND_HEADING_WORDS and not text.endswith((".", "?", "!"))
                  and bodies_in(text) and _DAY_AND_MONTH.search(text)
                  for text in lines)
    return heading and any(_KIND_NAMED.search(text) for text in lines)


# A municipality's web notice of its body's coming meeting: the meeting as a heading (a body and its day, "Kommun-
# fullmäktiges sammanträde måndagen den 25 september", Årjäng; "Kommunfullmäktige 13 mars", Vårgårda) and a sentence
# that calls the reader to it or says what it will treat ("Välkommen till kommunfullmäktiges sammanträde", "Kommun-
# fullmäktige kommer bland annat att behandla följande ärenden:", "ska behandla", "är det dags för nästa
# sammanträde"). A news item that retells a meeting held says what was decided ("beslutade"), never what will be
# treated; of the tuning half's 42 not-municipal pages two have such a heading (Laxå, Lerum), none such a sentence.
# (In other words too: "hälsas välkommen till sammanträdet", "Följande ärenden kommer att behandlas:", "mötet".)
_CALLS_TO_THE_COMING_MEETING = re.compile(
    r"(?<![\wåäö])(?:välkommen\s+till\s+(?:[\wåäö-]+\s+){0,4}(?:sammanträde[nt]?|möte[t]?)"
    r"|(?:kommer\s+(?:bland\s+annat\s+)?att|ska(?:ll)?\s+(?:bland\s+annat\s+)?)\s*behandlas?"
    r"|dags\s+för\s+(?:nästa\s+|kommande\s+)?(?:sammanträde[t]?|möte[t]?))(?![\wåäö])", re.IGNORECASE)

_WELCOME_TO_A_MEETING = re.compile(r"(?<![\wåäö])välkommen\s+till\s+(?P<meeting>(?:[\wåäö-]+\s+){0,4}"
                                   r"(?:sammanträde[nt]?|möte[t]?)(?![\wåäö])[^.!?\n]*)", re.IGNORECASE)
_OWNERS_MEETING = re.compile(r"(?<=[a-zåäö])s(?=\s+(?:sammanträde|möte)(?![\wåäö]))")


def _announces_its_coming_meeting(document) -> bool:
    """A municipality's page announcing one coming meeting: the meeting as a heading (a body's name and its day,
    no sentence) and a sentence calling to it or saying what it will treat (_CALLS_TO_THE_COMING_MEETING)."""
    lines = [line.stripped for line in site_content(document)[:400] if line.stripped]
    # (the body named as the meeting's owner too: "Kommunfullmäktiges sammanträde" names Kommunfullmäktige)
    heading = any(len(text.split()) <= KIND_HEADING_WORDS and not text.endswith((".", "?", "!"))
                  and bodies_in(_OWNERS_MEETING.sub("", text)) and _DAY_AND_MONTH.search(text)
                  for text in lines)
    if heading and any(_CALLS_TO_THE_COMING_MEETING.search(text) for text in lines):
        return True
    # No such heading and sentence: the welcome itself names the body's meeting and its day ("Välkommen till
    # kommunfullmäktiges sammanträde måndag 25 september kl. 19.00"), as a news item, which welcomes no one, never does.
    meetings = [welcome.group("meeting") for text in lines if (welcome := _WELCOME_TO_A_MEETING.search(text))]
    if any(_DAY_AND_MONTH.search(meeting) and _bodies_owning_the_meeting(meeting) for meeting in meetings):
        return True
    # Nor a welcome: a sentence calling to it or saying what it will treat, and the body's meeting named with its
    # weekday and day (_names_a_bodys_meeting_on_its_weekday).
    if any(_CALLS_TO_THE_COMING_MEETING.search(text) for text in lines) \
            and any(_names_a_bodys_meeting_on_its_weekday(text) for text in lines):
        return True
    # Nor those: the public called to follow it, and the meeting said to be held on its day.
    return _calls_the_public_to_its_coming_meeting(lines)


# A municipality's page inviting the public to its body's coming meeting: a call to follow, watch, hear or come to it
# ("Följ första kommunfullmäktige för mandatperioden", Borgholm; "Se mötet på https://webbtv.lysekil.se", Lysekil; "Se
# och lyssna på kommunfullmäktige", Borlänge; "Lyssna på sammanträdet", Filipstad; "Följ mötet", Umeå; "Lyssna på mötet
# på plats", Lund; "Sammanträdet är öppet för allmänheten", Gnesta), and a sentence saying the body's meeting will be
# held on its day ("17 oktober, klockan 18, hålls första kommunfullmäktige", "Den 19 oktober kl. 17.30 har det nya
# kommunfullmäktige sitt första möte"; "äger rum", "börjar", "startar"; "sammanträder" is a notice's word of its own,
# announces_a_meeting_day). The call stands in 14 municipal pages of 12 organisations of the tuning half; of
# its not-municipal pages in three (Helsingborg's and Sundbyberg's news: "Se webbsändningen från kommunfullmäktiges
# sammanträde den 15 juni", a meeting held; Täby's local news site), none with a meeting said to be held. A newspaper
# tells the meeting to come, never calls its readers to it (Sveriges Radio's "Kommunfullmäktigemötet hålls nu 23
# december klockan 9 00", Kalix).
_CALL_TO_FOLLOW_THE_MEETING = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?:Följ|Se|Titta\s+på|Lyssna\s+på|Kom\s+till)\s+(?:[\wåäö-]+\s+){0,4}?"
    r"(?:mötet|sammanträdet|fullmäktige|kommunfullmäktige|regionfullmäktige|kommunstyrelsen|regionstyrelsen"
    r"|direktsändningen|kommunhuset|på\s+https?://\S*webb-?tv)(?![\wåäö])"
    # (or told so: "Sammanträdet är öppet för allmänheten", Gnesta; "sänds direkt", "kan följas på ...")
    r"|(?i:(?<![\wåäö])(?:sänds\s+(?:direkt|live)|direktsänds|webbsänds|kan\s+(?:du\s+|man\s+)?följas"
    r"|(?:är|blir)\s+öppe[tn]a?\s+för\s+allmänheten|(?:alla|allmänheten)\s+(?:är|hälsas)\s+välkomn(?:a|en))"
    r"(?![\wåäö]))", re.MULTILINE)
_HELD_TO_COME = re.compile(r"(?<![\wåäö])(?:hålls|äger\s+rum|möts|träffas|börjar|startar|inleds"
                           r"|har\s+(?:[\wåäö-]+\s+){0,4}?sitt\s+(?:[\wåäö]+\s+)?(?:möte|sammanträde)"
                           r"|kommer\s+(?:[\wåäö-]+\s+){0,3}?att\s+(?:hållas|äga\s+rum))(?![\wåäö])",
                           re.IGNORECASE)
_TIME_ABBREVIATION = re.compile(r"(?<![\wåäö])(kl)\.", re.IGNORECASE)  # "kl. 17.30" ends no sentence


def _calls_the_public_to_its_coming_meeting(lines: list[str]) -> bool:
    """Whether a page's lines call the public to a meeting (_CALL_TO_FOLLOW_THE_MEETING) and say a body's meeting will
    be held (_HELD_TO_COME, a body's word _MEETING_BODY_WORD) on its day and month in one sentence (see above)."""
    if not any(_CALL_TO_FOLLOW_THE_MEETING.search(text) for text in lines):
        return False
    text = _TIME_ABBREVIATION.sub(r"\1", "\n".join(lines))
    return any(_HELD_TO_COME.search(said) and _MEETING_BODY_WORD.search(said) and _DAY_AND_MONTH.search(said)
               for said in (sentence.group() for sentence in _SENTENCE_RUN.finditer(text)))


def _bodies_owning_the_meeting(meeting: str) -> list[tuple[int, str]]:
    """The bodies (bodies_in) a meeting's words name as its owner, the name as a heading would write it:
    "kommunfullmäktiges sammanträde" names Kommunfullmäktige."""
    return bodies_in(_OWNERS_MEETING.sub("", meeting[:1].upper() + meeting[1:]))


# A body's meeting named with its weekday and day, in one sentence: "kommunfullmäktiges möte måndagen den 25 mars kl.
# 18.00" (Eslöv's web preview under "Dags för sammanträde med kommunfullmäktige"), "kommunfullmäktiges sammanträde,
# måndag 25 september" (Årjäng), "kommunfullmäktiges sammanträde i Globen på Forum, tisdag 14 februari" (Köping),
# "Sammanträde med kommunstyrelsen Tid: Måndag den 27 januari" (Knivsta): 9 tuning kallelser of 7 organisations. The
# notice's way of giving a day: of the tuning half's 72 not-municipal pages, eight name a body's meeting with its day,
# each by its date alone ("kommunfullmäktiges sammanträde den 24 oktober", "2022-03-14"), none with its weekday.
_MEETING_NOUN = re.compile(r"(?<![\wåäö])(?:[\wåäö-]+s\s+(?:(?:nästa|kommande|ordinarie|extra)\s+)?(?:sammanträde|möte)"
                           r"|(?:sammanträde|möte)\s+med\s+[\wåäö-]+)(?![\wåäö])", re.IGNORECASE)
_WEEKDAY_AND_DAY = re.compile(r"(?<![\wåäö])(?:" + "|".join(WEEKDAYS) + r")(?:en)?(?:\s+den)?"
                              r"\s+\d{1,2}\s+" + _MONTH_RUN_ON, re.IGNORECASE)
_WEEKDAY_REACH = 40  # characters between the meeting's noun and its weekday (a place, "Tid:")


def _names_a_bodys_meeting_on_its_weekday(text: str) -> bool:
    """Whether a line names a body's meeting (_MEETING_NOUN, the body one bodies_in knows) and then, before its
    sentence ends, a weekday and its day (_WEEKDAY_AND_DAY) within _WEEKDAY_REACH characters."""
    for meeting in _MEETING_NOUN.finditer(text):
        # (searched no further than a weekday's day and month can reach from there: "torsdagen den 25 september")
        day = _WEEKDAY_AND_DAY.search(text, meeting.end(), meeting.end() + _WEEKDAY_REACH + 30)
        if day is None or day.start() - meeting.end() > _WEEKDAY_REACH \
                or re.search(r"[.!?]\s", text[meeting.end():day.start()]):
            continue
        # (the owner's genitive, "kommunstyrelsens möte", or the body after it, "sammanträde med kommunstyrelsen")
        if _bodies_owning_the_meeting(meeting.group()) or _bodies_owning_the_meeting(meeting.group().split()[-1]):
            return True
    return False


# What a municipal meeting's own papers hold, whatever the page calls itself (a web page of one §, a
# meeting's page with its agenda, a protocol whose head was lost), and a news item, a blog, a guide
# or a party's page that retells a meeting lacks (none of the 13 not-municipal pages of the tuning
# half has one):
# - the registry's case numbers, a code and a year ("KS 2023/169", "KS.2023.169"), two or more
#   (25 municipalities of the tuning half: Burlöv, Danderyd, Flen, Gnesta, Gotland, Kungälv, Lund, Malmö ...);
#   the serial may come first, the year after it ("RS 912-2025", "KS 48/2015": Region Västerbotten, Ljusnarsberg,
#   Strömsund write two or more; none of the 29 not-municipal pages writes one);
# - a protocol's § as a line of its own ("§ 165", "• § 165": Botkyrka, Falkenberg, Lidingö, Ljusdal,
#   Luleå, Motala, Solna);
# - a protocol's paragraph codes, two or more ("Kf 124", "Ks 143": Arvidsjaur, Eksjö, Gnosjö,
#   Halmstad, Hofors, Höganäs, Karlsborg, Kumla ... 17 municipalities);
# - a body called to its meeting ("Kommunfullmäktige ... kallas att sammanträda", "Regionstyrelsen
#   kallas till sammanträde": Habo, Norrköping, Oxelösund, Region Skåne, Region Uppsala), "härmed" between too
#   ("Kommunstyrelsen kallas härmed till sammanträde": Degerfors, Härnösand, Lessebo, Mönsterås, Uppsala).
_REGISTRY_CASE_NUMBER = re.compile(r"(?<![\wÅÄÖåäö/.-])[A-ZÅÄÖ]{2,6}[ ./-]?(?:(?:19|20)\d\d[/.:-]\d{1,6}"
                                   r"|\d{1,6}[/-](?:19|20)\d\d)(?![\d/])")
_PARAGRAPH_LINE = re.compile(r"^[•*–-]?\s*§\s*\d{1,4}$")
# (Its § sign kept or lost: "Kf § 124" is the same code, as 13 tuning texts print it; none of the not-municipal ones.)
_PARAGRAPH_CODE = re.compile(r"(?<![\wÅÄÖåäö])(?:K[fs](?:au)?|KF|KS|KSAU)\s+(?:§\s?)?(\d{1,3})"
                             r"(?![\d/.:-]|\s*(?:kr|%|st\b))")
_CALLED_TO_MEET = re.compile(r"kallas\s+(?:härmed\s+)?(?:att\s+sammanträda|till\s+sammanträde)", re.IGNORECASE)
# - a body announced to meet on one day, in the present tense, as a kallelse or a web notice says it
#   ("Kommunfullmäktige sammanträder måndag 26 juni", "På onsdag sammanträder kommunstyrelsen": Bräcke,
#   Dorotea, Falköping, Gnesta, Götene, Härryda, Hjo, Mörbylånga, Ragunda, Sävsjö, Ulricehamn); a plan's
#   rule ("sammanträder den sista måndagen i månaden", "tredje torsdagen varje månad") names no one day.
#   The infinitive says so too ("På måndag den 2 maj klockan 18.00 är det dags för kommunfullmäktige i Orsa att
#   sammanträda", as "kallas att sammanträda" is said: Habo, Norrköping, Uppsala); never the past ("Fullmäktige
#   sammanträdde ... på torsdagen", a newspaper's report of a meeting held).
#   A time's point ends no sentence ("klockan 18.00"). The verb and its noun say the same ("Hjo kommunfullmäktige
#   håller ett extra sammanträde tisdagen den 31 januari 2023", a web notice whose copy lost its lines: its list's
#   rows, each a short line naming "dagordning", told it municipal before), in the present or the infinitive.
#   Read sentence by sentence (a run of sentence characters, then its last such verb): one pattern with both would
#   try every start in a long sentence without the verb, quadratic (a 5,000-row list without a full stop hung).
_SENTENCE_RUN = re.compile(r"(?:[^.!?\n]|(?<=\d)\.(?=\d))+")
_MEETS_VERB = re.compile(r"(?<![\wåäö])(?:sammanträd(?:er|a)|håll(?:er|a)\s+(?:(?:ett|sitt|nästa|extra|extrainsatt|"
                         r"ordinarie)\s+){0,2}sammanträde)(?![\wåäö])", re.IGNORECASE)
_TO_SENTENCE_END = re.compile(r"[^.!?\n]*")
_MEETING_BODY_WORD = re.compile(r"kommunstyrelse|fullmäktige|nämnd|utskott|regionstyrelse|direktion", re.IGNORECASE)
_ONE_WEEKDAY = re.compile(r"(?<!första )(?<!andra )(?<!tredje )(?<!fjärde )(?<!sista )(?<!\ben )(?<!varje )"
                          r"(?<![\wåäö])(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?(?![\wåäö])",
                          re.IGNORECASE)
CASE_NUMBERS_NEEDED = 2
PARAGRAPH_CODES_NEEDED = 2
# - a protocol's list of its matters under "Ärendeförteckning", its rows numbered counting up one by one ("Ärende-
#   förteckning Justering...2 215 Information från kommundirektören...4 216 Allmänhetens frågestund...5 217 ...",
#   Sundsvall): the heading stands in 9 tuning texts of 8 organisations (Arvidsjaur, Karlskrona, Kungsör, Lindesberg,
#   Östra Göinge, Sundsvall, Tanum ...), all protocols, in no other kind and in none of the not-municipal pages.
_MATTERS_LIST_HEADING = re.compile(r"(?<![\wåäöÅÄÖ])(?:" + list_heading("ärendeförteckning") + r")(?![\wåäöÅÄÖ])")
# - a contents list, "Innehållsförteckning", whose rows count up one by one from a first row above 1 ("INNEHÅLLS-
#   FÖRTECKNING 1 [3] BESLUTAS AV KOMMUNFULLMÄKTIGE 114 Flerårsplan ... 121 Slutrapport Tornbergsskolan 122 ...",
#   Botkyrka): a body's §§ count on through its year, where a kallelse's points and a report's chapters start at 1
#   (the heading's counted lists of the tuning half: 68 protocols; 2 kallelser and 1 tjänsteskrivelse, each list
#   from 1; no not-municipal page has the heading).
#   The heading's short form "Innehåll" over such rows too ("TRELLEBORGS KOMMUN. Innehåll PROTOKOLL 1 (52) ... 122
#   Medborgarförslag ... 123 ...": 16 tuning texts of 13 organisations, Ale, Åmål, Eslöv, Strömstad, Södertälje,
#   Trelleborg, Vaxholm ..., all protocols).
_CONTENTS_HEADING = re.compile(r"(?<![\wåäöÅÄÖ])(?:" + list_heading("innehållsförteckning", "innehåll")
                               + r")(?![\wåäöÅÄÖ])")
_LIST_ROW_NUMBER = re.compile(r"(?<![\wåäöÅÄÖ/.:-])(\d{1,4})\s+(?=[A-ZÅÄÖ][a-zåäö])")
_LIST_REACH = 1500  # characters after the heading the counted rows are looked for in
COUNTED_ROWS_NEEDED = 3


def _lists_its_matters_counted(text: str) -> bool:
    """Whether a heading 'Ärendeförteckning' has rows after it whose numbers count up one by one, three at least,
    or a heading 'Innehållsförteckning' has such rows, its first row numbered above 1. A heading set letter-spaced
    ("Ä R E N D E F Ö R T E C K N I N G", Härjedalen; the spacing as Osby, Härryda, Mullsjö, Åmål set theirs) is
    read closed up."""
    text = close_letter_spaced(text)
    headings = [(heading, 1) for heading in _MATTERS_LIST_HEADING.finditer(text)] \
        + [(heading, 2) for heading in _CONTENTS_HEADING.finditer(text)]
    for heading, lowest_first in headings:
        numbers = [int(n) for n in _LIST_ROW_NUMBER.findall(text, heading.end(), heading.end() + _LIST_REACH)]
        if not numbers or numbers[0] < lowest_first:
            continue
        run = 1
        for a, b in itertools.pairwise(numbers):
            run = run + 1 if b == a + 1 else 1
            if run >= COUNTED_ROWS_NEEDED:
                return True
    return False


def meeting_papers_kind(document) -> str | None:
    """The kind a municipal meeting's papers show by their content (see above), when a text names
    no kind: "protokoll" for its §§ or paragraph codes, "kallelse" for a body called to meet or
    matters under their case numbers; None when it shows none of these."""
    lines = [line.stripped for line in document.lines if line.stripped]
    if any(_PARAGRAPH_LINE.match(text) or BULLETED_PARAGRAPH_AT_END.search(text) for text in lines):
        return "protokoll"
    text = "\n".join(lines)
    if len(set(_PARAGRAPH_CODE.findall(text))) >= PARAGRAPH_CODES_NEEDED or _lists_its_matters_counted(text):
        return "protokoll"
    # A sentence goes on over its paragraph's lines, wherever an extraction broke them ("... klockan 18.00 är det
    # dags för" / "kommunfullmäktige i Orsa att sammanträda."): read by paragraph.
    paragraphs = "\n".join(" ".join(block.split()) for block in "\n".join(line.stripped for line in document.lines)
                           .split("\n\n"))
    if _CALLED_TO_MEET.search(text) or announces_a_meeting_day(paragraphs) \
            or len(set(_REGISTRY_CASE_NUMBER.findall(text))) >= CASE_NUMBERS_NEEDED:
        return "kallelse"
    return None


def announces_a_meeting_day(text: str) -> bool:
    """Whether a sentence says a body meets ("sammanträder") on one day: a weekday or a day and month."""
    return any(_MEETING_BODY_WORD.search(said) and (_ONE_WEEKDAY.search(said) or _DAY_AND_MONTH.search(said))
               for said in _meets_sentences(text))


def _meets_sentences(text: str):
    """Each sentence with a meeting verb: from its start to its last such verb and on to the next '.', '!', '?' or
    line break (a time's point "18.00" ends this part, not the sentence's run)."""
    for sentence in _SENTENCE_RUN.finditer(text):
        verbs = list(_MEETS_VERB.finditer(text, sentence.start(), sentence.end()))
        if verbs:
            yield text[sentence.start():_TO_SENTENCE_END.match(text, verbs[-1].end()).end()]


def is_municipal_document(document) -> bool:
    """What a Swedish municipality's or region's record states about itself and a web page, a
    newspaper, a blog or a guide does not: its kind named as a heading (Kallelse, Protokoll,
    Tjänsteskrivelse, Sammanträdestider ...), or a record's form (a form's labels, §§, its own
    case number, a body's letterhead), or a meeting as a heading with its papers named, or what
    a meeting's papers hold (meeting_papers_kind)."""
    return (_names_a_municipal_kind(document) or has_a_record_form(document, meeting_heading=False)
            or _announces_a_meeting_with_its_papers(document) or _announces_its_coming_meeting(document)
            or meeting_papers_kind(document) is not None)


def _partial_or_not_municipal(document, error: ImportFailed, *, year: int | None, today: dt.date,
                              when_nothing_read: ImportFailed | None = None) -> ParsedDocument:
    """The last word on a document no reader took. Not a municipal document: refused in one line
    saying so (with what the readers missed). A municipal one is never refused: a plan heading
    anywhere gives the plan's meetings if any are read; else what a meeting reader reads, or the
    document with nothing read and a warning for each field (a plan that lists no meeting under a
    body and states nothing else is refused with `when_nothing_read`, its own reason)."""
    if not is_municipal_document(document):
        raise ImportFailed(
            "ingen kommunal handling: texten är ingen kommuns eller regions handling: den "
            "namnger ingen handlingstyp (Kallelse, Protokoll, Tjänsteskrivelse, Sammanträdestider ...), har ingen "
            "handlings form (Sammanträdesdatum, §, Dnr, Justerare ...) och inget som ett sammanträdes handlingar "
            "har (en § som rubrik, paragrafer \"Kf 124\", diarienummer \"KS 2023/169\", \"kallas till sammanträde\", "
            "\"sammanträder måndag 26 juni\"); "
            f"{error.message}", file=str(document.path), field="dokumenttyp") from None
    plan = _plan_anywhere(document, year=year, today=today)
    if plan is not None:
        return _one_meetings_agenda(document, plan) or plan
    if when_nothing_read is not None:
        # A plan that lists no meeting under a body, and states nothing else: its own reason.
        raise when_nothing_read
    # A head that names the document a protocol ("1 PROTOKOLL Tjänsteställe ...", a copy site's first page; 64
    # protocols and 16 extracts of the tuning half, no other kind) is a protocol's too, whatever its §§ lost.
    protocol_first = meeting_papers_kind(document) == "protokoll" or names_itself_a_protocol(document)
    # (Not named a protocol, only showing a protocol's §§ or paragraph codes: a kallelse sent with its items' papers,
    # protocol extracts among them, whose kind word was not printed or not kept, where its points count from one
    # under its body and day, _points_counted_from_one; kindless Linköping. Asked of 17 tuning protocols, original
    # or kindless, that reach here: takes none.)
    if protocol_first and not names_itself_a_protocol(document) \
            and (called := _points_counted_from_one(document)) is not None:
        return called
    kinds = ("protokoll", "kallelse") if protocol_first else ("kallelse", "protokoll")
    for kind in kinds:
        try:
            parsed = parse_meeting_document(document, kind)
        except ImportFailed:
            continue
        if len(parsed.items) >= FALLBACK_ITEMS_NEEDED:
            return parsed
        if parsed.meeting is not None and parsed.meeting.body:
            # One item from a text no reader took is as likely its page head as a matter: the meeting alone.
            notes = [f"punkt {item.key or '?'} ({item.matter.title!r}) lästes inte som ärende: ingen läsare tog "
                     "handlingen" for item in parsed.items]
            return ParsedDocument(name=parsed.name, checksum=parsed.checksum, kind=parsed.kind, items=[],
                                  meeting=parsed.meeting, notes=[*parsed.notes, *notes])
    reason = f"inget kunde läsas ({error.message})"
    warnings = [f"{field}: {reason}" for field in ("organ", "datum", "ärenden")]
    # (Its kind the one tried first: a protocol, where it names itself one, is no call to a meeting.)
    return ParsedDocument(name=document.name, checksum=document.checksum, kind=kinds[0], items=[],
                          meeting=ParsedMeeting(body=None, date=None, state="held" if protocol_first else "called",
                                                warnings=warnings),
                          notes=[f"handlingen är kommunal men lästes inte: {error.message}"])


# A plan's heading in a page's text: "Kallelser, protokoll och sammanträdestider", "Sammanträden för
# kommunstyrelsens arbetsutskott 2021", a body's meetings of a year ("Tillkännagivande av kommunfullmäktiges
# möten 2018", Gagnef, as "Kommunfullmäktiges sammanträden": Kungsbacka, Malmö, Region Västmanland).
_PLAN_WORDS = re.compile(r"(?<![\wåäö])(?:sammanträdes(?:tider|dagar|plan)\w*|mötes(?:tider|dagar|plan)\w*)(?![\wåäö])"
                         r"|^(?:sammanträden|möten)\b.*\b\d{4}$"
                         r"|(?:fullmäktiges|styrelsens|nämndens|utskottets)\s+(?:sammanträden|möten)\s+(?:år\s+)?\d{4}$",
                         re.IGNORECASE)


def _plan_anywhere(document, *, year: int | None, today: dt.date) -> ParsedDocument | None:
    """A municipal page that holds a plan below other text (a body's page: what it does, its
    members, then "Sammanträden för kommunstyrelsens arbetsutskott 2021" and the dates). A page that lost its line
    breaks holds the heading run on with its dates (_PLAN_HEADING_RUN_ON): a plan too, its dates said unplaced where
    the plan reader places none under a body (a plan, not a meeting of no date)."""
    run_on = False
    if not any(len(line.stripped.split()) <= 12 and not line.stripped.endswith(".")
               and (PLAN_HEADING.search(line.stripped) or _PLAN_WORDS.search(line.stripped))
               for line in document.lines if line.stripped):
        run_on = any(len(line.stripped) > KIND_OPENING_REACH and _PLAN_HEADING_RUN_ON.search(line.stripped)
                     for line in document.lines)
        if not run_on:
            return None
    try:
        return parse_meeting_plan(document, year=year, today=today)
    except NoMeetingsInPlan as error:
        return unplaced_plan(document, error) if run_on else None


# A report's title never opens with an agenda's name: "Föredragningslista 1. Protokollsjustering" is the list
# itself read as a report's title (Region Örebro län's kallelse, its second item's number lost).
_NAMED_AN_AGENDA = re.compile(r"(?:" + alternation(AGENDA_KINDS) + r")\b", re.IGNORECASE)


def _parse_record(document) -> ParsedDocument:
    """A tjänsteskrivelse, a kallelse, a protocol or an utdrag: the reader its first lines name,
    then the others, partial before refusal."""
    kind = detect(document)
    if kind == "protokoll" and (called := _unnamed_protocol_counting_points(document)) is not None:
        return called
    if kind:
        try:
            parsed = _meeting_document_with_papers(document, kind)
            kind, parsed = _protocol_rather(document, kind, parsed)
        except ImportFailed as meeting_error:
            # Perhaps a tjänsteskrivelse about a kallelse or a protocol: try it as one.
            try:
                matter = parse_tjansteskrivelse(document)
            except ImportFailed:
                raise meeting_error from None
        else:
            # The report reader's reading (None where it refuses), made once: both tries below ask for it.
            matter, read_as_report = None, False
            if kind == "protokoll" and not parsed.items and _site_pages(document) < SEVERAL_PAGES:
                # A protocol's page of one matter whose § was lost, its matter under a report's headings.
                matter, read_as_report = _report_or_none(document), True
                # (Its title a § mark alone, "Ks § 118" over a standing item's "Justering" (Töreboda): the § was
                # printed and read, no matter in it; a printed § is never a title.)
                if matter is not None and (matter.title or matter.proposals) and not is_paragraph_mark(matter.title):
                    return _one_matter_of_a_protocol(document, matter, parsed.meeting)
            if _states_nothing(parsed) and not has_a_record_form(document):
                raise _not_a_record(document, parsed)
            if not _incomplete(parsed) or kind == "kallelse" and len(parsed.items) >= 2:
                # (A kallelse whose body is not named but whose list gives two items or more is no report:
                # a report is one matter.)
                return parsed
            # A meeting document read only in part (no body, or a kallelse without items) may
            # be a tjänsteskrivelse about one: that reading wins when it finds a title.
            if not read_as_report:
                matter = _report_or_none(document)
            if matter is None or not matter.title or kind == "kallelse" and _NAMED_AN_AGENDA.match(matter.title):
                if kind == "protokoll" and parsed.meeting is not None and not parsed.meeting.body \
                        and names_itself_a_protocol(document):
                    parsed.meeting.body = body_beside_the_kind(document)
                return parsed
            if kind == "protokoll" and len(parsed.items) <= 1 and names_itself_a_protocol(document) \
                    and _site_pages(document) < SEVERAL_PAGES:
                # A page that calls itself a protocol is no report about one: its one matter, in its meeting.
                return _one_matter_of_a_protocol(document, matter, parsed.meeting)
            if kind == "kallelse" and (names_itself_an_agenda(document) or _agenda_letterhead(document)):
                # A call that names itself so at its head or in its letterhead is no report, though its body or
                # its items were not read: its meeting as read, rather than a report's title from its head.
                return parsed
    else:
        try:
            matter = parse_tjansteskrivelse(document)
        except ImportFailed as report_error:
            # Partial beats refusal: a record whose first lines did not tell its kind may still say it
            # further on ("KALLELSE/FÖREDRAGNINGSLISTA" after a site's title, "Kf § 89" under a letterhead).
            parsed = _as_meeting_document(document)
            if parsed is not None:
                return parsed
            if isinstance(report_error, NoReportHeadings) and not report_error.case_number_stated:
                # (Refused before its case number was asked for, or with none stated: read by it, it is refused so.)
                raise report_error from None
            try:
                # A report in a layout of its own, no heading naming it, but its own case number in
                # its letterhead ("Dnr KS 2019/123"): municipal, so read in part rather than refused.
                matter = parse_tjansteskrivelse(document, by_its_case_number=True)
            except ImportFailed:
                raise report_error from None
        if names_itself_a_protocol(document) or _dated_as_a_meeting(document):
            # A protocol's page of one matter whose § the extraction lost (an extract): the report
            # reader read the matter; the meeting is the one its head names.
            return _one_matter_of_a_protocol(document, matter)
        # Read as a kallelse where its list gives two items (_as_agenda, tried once: its answer is the same each time):
        # - a report with no title: a web page's agenda (numbered items, no word "kallelse" at its top) says more read
        #   as one. A proposal without a title is no report's either: a kallelse sent with its items'
        #   tjänsteskrivelser (as Härnösand's, Oxelösund's and Tyresö's are, detect) gives the attached one's;
        # - a kallelse naming itself in its opening words ("Kommunstyrelsens arbetsutskott Datum 2014-09-12 Kallelse
        #   och ärendelista till ...") sent with its items' tjänsteskrivelser: the report reader's title is an
        #   attached report's, further down, not the document's;
        # - a kallelse whose letterhead a site's own text pushed down from its first lines ("HAPARANDA STAD
        #   KALLELSE" under yumpu's header): what the report reader took is the site's, not a matter.
        if not matter.title \
                or names_an_agenda_at_its_head(document) \
                and matter.title not in _head_text(document, reach=KIND_HEAD_REACH) \
                or not matter.proposals and not matter.case_number and _agenda_letterhead(document):
            agenda = _as_agenda(document)
            if agenda is not None:
                return agenda
        elif (agenda := _agenda_whose_row_the_title_is(document, matter.title)) is not None:
            return agenda
    # A file of several papers, each with its letterhead (a copy site's bundle): one matter per paper, not the first
    # paper's title with every paper's proposals.
    papers = bundled_papers(document)
    return ParsedDocument(
        name=document.name, checksum=document.checksum, kind="tjänsteskrivelse",
        items=[ParsedItem(matter=paper) for paper in papers] if papers else [ParsedItem(matter=matter)],
    )


# A report's title is no row of a list of matters on its own page: where the report reader's title (its number kept or
# not, "3. Utökning av ... driftbudgetram") is a row of the kallelse reading's numbered list of AGENDA_ROWS_OVER_A_PLAN
# rows or more, under the meeting's body, the page is that list (a kallelse whose kind word was not printed or not
# kept, Kalmar's, Borlänge's with their "Kallelse" gone), and a report the list carries is that row's paper.
_ROW_NUMBER_BEFORE_TITLE = re.compile(r"^\d{1,3}[.)]?\s+")
TITLE_AS_ROW_CHARACTERS = 40


def _agenda_whose_row_the_title_is(document, title: str | None) -> ParsedDocument | None:
    """The kallelse reading (_as_agenda) where the report's `title` is one of its rows (see above); else None."""
    own = _ROW_NUMBER_BEFORE_TITLE.sub("", title or "").casefold()[:TITLE_AS_ROW_CHARACTERS]
    if len(own) < 10:
        return None
    # (A row's number before the title's first word somewhere in the text, or no row can be the title: asked first,
    # since the kallelse reading is a whole second reading of every report.)
    numbered = re.compile(r"(?<!\S)\d{1,3}[.)]?\s+" + re.escape(own.split()[0]) + r"(?!\w)", re.IGNORECASE)
    if not numbered.search("\n".join(line.text for line in document.lines)):
        return None
    agenda = _as_agenda(document)
    if agenda is None or agenda.meeting is None or not agenda.meeting.body \
            or len(agenda.items) < AGENDA_ROWS_OVER_A_PLAN:
        return None
    rows = [(item.matter.title or "").casefold()[:TITLE_AS_ROW_CHARACTERS] for item in agenda.items]
    return agenda if any(row and (row.startswith(own) or own.startswith(row)) for row in rows) else None


def _protocol_rather(document, kind: str, parsed: ParsedDocument) -> tuple[str, ParsedDocument]:
    """A kallelse's reading whose every numbered row is a § of the text's paragraph codes ("Kf § 78 Kallelse Till detta
    sammanträde ...", a copy site's title naming the first §: Nässjö, Grums; "Ks § 250 Anmälan ..." after a page
    head naming a kungörelse, Landskrona) read as the protocol it is, where that reads as many §§: a kallelse
    numbers its points. Any other reading as it was."""
    keys = [item.key for item in parsed.items if item.key]  # (a row whose number was lost has none)
    if kind != "kallelse" or not keys or not all(key.startswith("§") for key in keys) \
            or meeting_papers_kind(document) != "protokoll":
        return kind, parsed
    try:
        protocol = parse_meeting_document(document, "protokoll")
    except ImportFailed:
        return kind, parsed
    read = [item.key for item in protocol.items if item.key]
    return ("protokoll", protocol) if len(read) >= len(keys) else (kind, parsed)


def _report_or_none(document):
    """The matter the report reader reads from the document, or None where it refuses it."""
    try:
        return parse_tjansteskrivelse(document)
    except ImportFailed:
        return None


def _meeting_document_with_papers(document, kind: str) -> ParsedDocument:
    """The meeting document its reader reads; a kallelse sent with its items' tjänsteskrivelser (Härnösand's,
    Tibro's, Oxelösund's, Öckerö's) read above the first paper's letterhead, each paper's matter folded into the
    item whose title it repeats (its case number, proposals, officers), a paper of no item's left out and said so."""
    attached = attached_papers(document) if kind == "kallelse" else None
    if attached is None:
        return parse_meeting_document(document, kind)
    first, papers = attached
    try:
        parsed = parse_meeting_document(cut_at(document, first), kind)
    except ImportFailed:
        parsed = None
    if parsed is None or not parsed.items:
        # The text above the "paper" holds no item: what was taken for a paper's letterhead is the document's own
        # (a kallelse's letterhead with the form's labels), so the document is read whole, as without papers.
        return parse_meeting_document(document, kind)
    titles = [item.matter.title for item in parsed.items]
    for paper in papers:
        at = item_of_paper(titles, paper) if paper is not None else None
        if at is not None:
            fold_paper(parsed.items[at].matter, paper)
        elif paper is not None:
            parsed.notes.append(f"bifogad handling {paper.title!r}: hör inte till någon punkt på listan; "
                                "importeras inte")
    return parsed


# The document's kind as a protocol's head sets it: in capitals ("KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL",
# "PROTOKOLLSUTDRAG"), as a capitalised word of its own ("Sammanträdesprotokoll", "Utdrag ur protokoll"),
# "Protokoll" after a body's name in capitals or before the form's "Sammanträdesdatum". A report
# names a protocol only in a sentence ("Bilaga till kommunstyrelsens protokoll").
_PROTOCOL_HEAD = re.compile(
    r"(?<![\wÅÄÖåäö])(?:" + capitals(PROTOCOL_KINDS) + r"|Sammanträdesprotokoll|Protokollsutdrag"
    r"|Utdrag ur (?:sammanträdes)?protokoll(?:et)?|(?<=[A-ZÅÄÖ]{4} )Protokoll|Protokoll(?= Sammanträdesdatum))"
    r"(?![\wÅÄÖåäö])")
_REPORT_HEAD = re.compile(r"(?<![\wÅÄÖåäö])(?:" + alternation(REPORT_KINDS, ("beslutsunderlag",)) + r")(?![\wÅÄÖåäö])",
                          re.IGNORECASE)
PROTOCOL_HEAD_REACH = 400  # characters of the document's own text its head stands in
KIND_HEAD_REACH = 200  # where the head names the kind: its opening words, not a list further down


def _head_text(document, *, keep_title: bool = True, reach: int | None = None, joined: str = " ") -> str:
    """The document's own text run on (its lines `joined` by a space, or as asked), its first `reach`
    characters (all of it without one): only as many lines are joined as make them (every document is
    asked its head two or three times)."""
    texts, size = [], 0
    for line in site_content(document, keep_title=keep_title):
        if line.stripped:
            texts.append(line.stripped)
            size += len(line.stripped) + 1
            if reach is not None and size > reach:
                break
    return joined.join(texts)[:reach]


def names_itself_a_protocol(document) -> bool:
    """Whether the document's head calls it a protocol (or an extract of one) and not a report:
    a record of a meeting, whatever headings its one matter is set out under."""
    head = _head_text(document, keep_title=False, reach=KIND_HEAD_REACH)
    named = _PROTOCOL_HEAD.search(head)
    # A report's kind before it: a report about a protocol; after it: a report the protocol lists.
    return bool(named) and not _REPORT_HEAD.search(head, 0, named.start())


# A meeting's date as a record's form labels it, in the head: "KOMMUNSTYRELSEN Sammanträdesdatum ...", "Mjölby Kommun
# Sammanträdesdatum Arbetsutskott ...". A tjänsteskrivelse dates itself ("Datum"), never as a meeting: in the tuning
# half the label heads 72 protocols, 12 extracts, 16 kallelser (read as such by their lists) and one plan, no report.
# Asked only of a page the report reader took (no kind word found by detect): kindless Huddinge's, Katrineholm's,
# Mjölby's and Tranås' extracts.
_MEETING_DATE_LABEL = re.compile(r"(?<![\wåäöÅÄÖ])(?:Sammanträdesdatum|SAMMANTRÄDESDATUM)(?![\wåäö])")


def _dated_as_a_meeting(document) -> bool:
    """Whether the head (KIND_HEAD_REACH) labels a meeting's date (_MEETING_DATE_LABEL)."""
    return bool(_MEETING_DATE_LABEL.search(_head_text(document, keep_title=False, reach=KIND_HEAD_REACH)))


# A site's page number opening a page given as one line ("2 Kommunstyrelsen ... Ks 35 Au ...").
_SITE_PAGE = re.compile(r"^(?P<n>\d{1,3})\s+\S.{60}")
# An extract is a page or two; a protocol of more pages whose §§ were not read holds several matters.
SEVERAL_PAGES = 3


def _site_pages(document) -> int:
    """The pages a site numbers 1, 2, 3 ... in order before their text (a lone number out of
    order is an item's or the site title's)."""
    pages = 0
    for line in document.lines:
        page = _SITE_PAGE.match(line.stripped)
        if page and int(page.group("n")) == pages + 1:
            pages += 1
    return pages


def body_beside_the_kind(document) -> str | None:
    """The body a protocol's head names beside its kind: after it ("ARBOGA KOMMUN SAMMANTRÄDESPROTOKOLL
    Kommunstyrelsen Sammanträdesdatum"), or before it in capitals ("KOMMUNSTYRELSEN PROTOKOLL")."""
    head = _head_text(document, keep_title=False, reach=PROTOCOL_HEAD_REACH)
    named = _PROTOCOL_HEAD.search(head)
    if named is None:
        return None
    after = body_at_start(head[named.end():].strip(" .:,"))
    if after and after[0]:
        return after[0]
    words = head[: named.start()].split()
    for size in (3, 2, 1):
        before = " ".join(words[-size:]) if len(words) >= size else ""
        if before.isupper():
            found = body_at_start(before.capitalize())
            if found and found[0] and not found[1]:
                return found[0]
    return None


# "Kommunfullmäktige 6 Dnr 12K Bestämmelser om ...": a protocol's § whose sign the extraction lost, its number
# bare before the case number's label and the title (Boxholm's "114 Dnr Ks Delårsbokslut ...", Filipstad's
# "78 Dnr 161/06 Förslag ...", Grums', Emmaboda's and Vindeln's pages). Not a page's number ("Sida 83 Dnr").
_BARE_NUMBER_BEFORE_CASE = re.compile(
    r"(?<!\S)(?<!(?i:sida|blad) )(?<!(?i:sid)\. )(?P<number>[1-9]\d{0,2})\s+(?i:dnr|diarienr|diarienummer)\.?:?"
    r"(?:\s+\S+){0,2}\s*$")


def _one_matter_of_a_protocol(document, matter, meeting: ParsedMeeting | None = None) -> ParsedDocument:
    """One matter of a protocol whose § was lost: the matter as the report reader read it, in the
    meeting the head names (the meeting reader's body; a date only where the head states it,
    before the matter's title, after its label: a date further on is the text's, not the meeting's;
    the justering's and the anslag's where their labels state them, at the extract's end too)."""
    if meeting is None:
        try:
            meeting = parse_meeting_document(document, "protokoll").meeting
        except ImportFailed:
            meeting = None
    meeting = meeting or ParsedMeeting(body=None, date=None, state="held")
    meeting.body = meeting.body or body_beside_the_kind(document)
    own = _head_text(document, keep_title=False)
    at = own.find(matter.title) if matter.title else -1
    number = _BARE_NUMBER_BEFORE_CASE.search(own[max(0, at - 80):at]) if at > 0 else None
    # The §'s margin path before its title ("KS 1 AU 841 Dnr Avtal om ...", Skellefteå; the form of Kumla's, Gnosjö's
    # and Arboga's pages): its number, the meeting's own code first, and the bodies that took the matter before.
    margin = first_margin_path(site_content(document, keep_title=False)) if number is None else None
    head = own[: min(at, PROTOCOL_HEAD_REACH) if at > 0 else PROTOCOL_HEAD_REACH]
    stated = {(role, date.iso) for role, date in labelled_dates(head) if date.iso}
    # The meeting's date a copy site's title carries from the document's first page ('Download "SKELLEFTEÅ KOMMUN
    # PROTOKOLL 1 (54) Kommunstyrelsen 2009-01-08"') is stated: the corpus' convention takes it.
    stated |= {("meeting", date.iso) for date in find_dates(document.site_title or "") if date.iso}
    # An extract certifies its justering and anslag at its end, after the § ("Paragrafens slut ... Justerat 2017-06-07
    # ... Att justeringen tillkännagivits på regionens anslagstavla 2017-06-08 intygas", Västmanland's Gemensam
    # Hjälpmedelsnämnd): dates so labelled are the protocol's wherever they stand, not the text's.
    stated |= {(role, date.iso) for role, date in labelled_dates(own) if date.iso and role in ("approved", "notice")}
    for field_name, role, label in (("date", "meeting", "sammanträdesdatum"),
                                    ("approved_on", "approved", "justeringsdatum"),
                                    ("notice_posted_on", "notice", "anslagsdatum")):
        value = getattr(meeting, field_name)
        if value and (role, value) not in stated:
            setattr(meeting, field_name, None)
            meeting.warnings.append(f"{label}: {value} står inte i protokollets sidhuvud; lämnas tomt")
    if margin and (margin[1][0] != meeting.body or matter.title and not margin[2].startswith(matter.title)):
        margin = None  # another body's § (its code first), or another matter's: no number of this one's
    if meeting.body:
        # "Arbetsutskottet föreslår kommunstyrelsen ...": a body named by its kind only is no step the text names
        # (which arbetsutskott, it does not say), as in a protocol's § (meetingdocs' planning).
        steps = matter.planning = [s for s in matter.planning if s.body.lower() not in GENERIC_BODIES]
        whole = " ".join(x.stripped for x in document.lines) if margin else ""  # (once, not per margin body)
        earlier = [PlanningStep(body=utskott_code_body(body, whole)) for body in reversed(margin[1][1:])] if margin \
            else []
        steps[:0] = [s for s in earlier if all(x.body != s.body for x in steps)]
        # What the meeting decided, under its own decision heading, is no proposal put to it.
        matter.proposals = not_own_decision(document, meeting.body, matter.proposals)
        step = next((s for s in steps if same_body(s.body, meeting.body)), None)
        if step is not None:
            step.body = meeting.body  # "Hjälpmedelsnämndens beslut" in the Gemensam Hjälpmedelsnämnd's extract
        if step is None:
            # The meeting took the matter before the bodies its proposals are put to.
            addressees = {proposal.to for proposal in matter.proposals}
            at = next((n for n, s in enumerate(steps) if s.body in addressees), len(steps))
            step = PlanningStep(body=meeting.body, date=meeting.date)
            steps.insert(at, step)
        elif step.date is None:
            step.date = meeting.date
        if not step.outcome:
            # The report reader reads a decision heading of its own; the meeting's proposal to the next body is one.
            step.outcome = own_proposal_decision(document, meeting.body)
    return ParsedDocument(name=document.name, checksum=document.checksum, kind="protokoll",
                          items=[ParsedItem(matter=matter, key=f"§ {number.group('number')}" if number
                                            else f"§ {margin[0]}" if margin else "")],
                          meeting=meeting)


_AGENDA_KIND = re.compile(r"(?<![\wÅÄÖåäö])(?:" + alternation(AGENDA_KINDS) + r")(?![\wåäö])", re.IGNORECASE)
# (Not the protocol a standing item names, "1 Justering av protokoll", "Val av justerare att justera protokoll": the
# meeting's own protocol to come, no kind of the text's; kindless Trelleborg's kallelse, its list's first row so.)
_PROTOCOL_KIND = re.compile(r"(?<![\wÅÄÖåäö])(?<!av )(?<!justera )(?:protokoll|protokollsutdrag|sammanträdesprotokoll)"
                            r"(?![\wåäö])|§\s*\d", re.IGNORECASE)


def _as_meeting_document(document) -> ParsedDocument | None:
    """A document no reader took by its first lines, read as the kind its record form names (the
    kind in capitals or as a heading: a kallelse's list, a protocol's §§); None when it names none
    or the meeting reader finds neither a date nor an item in it."""
    if not has_a_record_form(document):
        return None
    head = " ".join(line.stripped for line in document.lines[:60] if line.stripped)[:3000]
    # (An agenda's column heads over its rows, "Nr Ärende Föredragande", name it as its kind word does: meetingkind.)
    agenda = _AGENDA_KIND.search(head) or LIST_COLUMN_HEADS.search(head)
    protocol = _PROTOCOL_KIND.search(head)
    # (No agenda's word, a protocol's further on: a kallelse's points first, its papers' extracts after them.)
    if agenda is None and protocol is not None and (called := _points_counted_from_one(document)) is not None:
        return called
    kinds = sorted((m.start(), kind) for m, kind in ((agenda, "kallelse"), (protocol, "protokoll")) if m)
    for _start, kind in kinds:
        try:
            kind, parsed = _protocol_rather(document, kind, parse_meeting_document(document, kind))
        except ImportFailed:
            continue
        if not _states_nothing(parsed):
            return parsed
    return None


# A kallelse sent with its papers, its kind word not printed or not kept: its list's points under the meeting's body
# and day, numbered one by one from the first rows (after its standing items, 1-3 "Upprop", "Val av justerare" ...:
# its first matter at most FIRST_POINT_AT_MOST), then its items' papers, protocol extracts among them
# ("Protokollsutdrag", "§ 12"), whose words no longer stand after a kind word of its own. A protocol's §§ are no
# points: read by the kallelse reader they keep their "§" (or count on through the body's year); asked of 11 tuning
# protocols and extracts that name no agenda, it takes none; of the kindless variant's, Heby's, Kungsbacka's and
# Östhammar's kallelser.
FIRST_POINT_AT_MOST = 6


def _points_counted_from_one(document, *, body_read: bool = True) -> ParsedDocument | None:
    """The kallelse reading, where its meeting has its body (asked only if `body_read`) and day and its first
    AGENDA_ROWS_OVER_A_PLAN items are points numbered one by one from at most FIRST_POINT_AT_MOST (see above); else
    None."""
    try:
        parsed = _meeting_document_with_papers(document, "kallelse")
    except ImportFailed:
        return None
    keys = [item.key.removeprefix("punkt ") for item in parsed.items[:AGENDA_ROWS_OVER_A_PLAN]]
    numbers = [int(key) for key in keys if key.isdigit()]
    if parsed.meeting is None or body_read and not parsed.meeting.body or not parsed.meeting.date \
            or len(numbers) < AGENDA_ROWS_OVER_A_PLAN or numbers[0] > FIRST_POINT_AT_MOST \
            or numbers != list(range(numbers[0], numbers[0] + AGENDA_ROWS_OVER_A_PLAN)):
        return None
    return parsed


def _unnamed_protocol_counting_points(document) -> ParsedDocument | None:
    """A page taken for a protocol only by a protocol's marks in its text (detect: "Utses att justera", "Justerandes
    sign", "Utdragsbestyrkande"), none that only a protocol held and posted states (marked_but_not_held), and not named
    a protocol at its head, read as the kallelse whose points it counts from one (_points_counted_from_one): the empty
    form a kallelse prints and the signature boxes of the protocol extracts it carries as its items' papers are no
    protocol's (kindless Hallsberg, Luleå, Rättvik). None otherwise."""
    if names_itself_a_protocol(document) or not marked_but_not_held(document):
        return None
    # (Its opening telling a member who cannot come what to do, a meeting to come: its points so counted under its day
    # make the kallelse though no body was read, Orust's "KALLELSE/underrättelse till sammanträde" gone.)
    return _points_counted_from_one(document, body_read=not tells_absent_members(document))


def _as_agenda(document) -> ParsedDocument | None:
    """The document read as a kallelse, when that gives two items or more; else None."""
    try:
        parsed = _meeting_document_with_papers(document, "kallelse")
    except ImportFailed:
        return None
    if len(parsed.items) == 1 and _MEETING_PAGE_HEAD.match(_head_text(document, reach=40, joined="\n")):
        # A meeting portal's page headed by the meeting and its day alone ("Möte 2023-12-11", Meetings Plus: Gävle,
        # Region Västerbotten), its list numbered: one matter on it besides the standing rows is its agenda still.
        return parsed
    return parsed if len(parsed.items) >= 2 else None


# A meeting portal's page heading: the meeting and its date, nothing else ("Möte 2023-12-11").
_MEETING_PAGE_HEAD = re.compile(r"^(?:Möte|Sammanträde) \d{4}-\d{2}-\d{2}$", re.MULTILINE)


def _not_a_record(document, parsed: ParsedDocument) -> ImportFailed:
    body = parsed.meeting.body if parsed.meeting and parsed.meeting.body else "ett organ"
    return ImportFailed(
        f"ingen kommunal handling: texten nämner {body} men anger inga ärenden och inga fält som en kallelse "
        "eller ett protokoll har (Sammanträdesdatum, Plats och tid, Justerare ...)",
        file=str(document.path), field="dokumenttyp")


def _states_nothing(parsed: ParsedDocument) -> bool:
    """A meeting document that gives no item: all it was read from is a body's name, perhaps a
    date, and the words kallelse, protokoll, justering in the text (a web page about the
    fullmäktige's next meeting says as much); only a record's form makes it a record."""
    return not parsed.items


# The fields a kallelse, a protocol or an utdrag sets out as a form (a label and its value, the
# label first on its line or followed by a colon), and the document's kind as a heading of its
# own: what a web page that only talks about meetings ("protokollet ska justeras ...") lacks.
_FORM_FIELD = re.compile(
    r"(?:^|\s)(?:sammanträdesdatum|sammanträdesdag|plats och tid|tid och plats|datum och tid|tid och datum"
    r"|plats|tid|ordförande|sekreterare|justerare|justerande|beslutande|närvarande|paragrafer|utses att justera"
    r"|justeringens plats och tid|underskrifter|organ|anslaget|dnr|diarienummer)\s*:",
    re.IGNORECASE,
)
_KIND_HEADING = re.compile(
    r"^(?:\d{1,3}\s+)?(?:[A-ZÅÄÖ][\wåäö-]*\s+){0,3}(?:" + alternation(AGENDA_KINDS, PROTOCOL_KINDS, REPORT_KINDS) + r")"
    r"(?:\s+(?:till|för|från)?\s*[\wåäö -]{0,60})?$",
    re.IGNORECASE,
)


# A kallelse's own text opening with its kind, after a page number: "1 Kallelse Sammanträde med: Regionstyrelsen"
# (Region Örebro län), "Kallelse/föredragningslista Regionstyrelsen kallas ..." (Region Uppsala), "KALLELSE
# Kommunstyrelsen" (Härnösand, Oxelösund).
_AGENDA_OPENING = re.compile(r"^(?:\d{1,3}\s+)?(?=[A-ZÅÄÖ])(?:" + alternation(AGENDA_KINDS) + r")(?![\wåäö])",
                             re.IGNORECASE)


# A kallelse's letterhead: the municipality's name and its kind in capitals ("BORLÄNGE KOMMUN
# KALLELSE/FÖREDRAGNINGSLISTA", "BOTKYRKA KOMMUN KUNGÖRELSE", "LULEÅ KOMMUN KALLELSE", "VÄSTERÅS STAD
# KALLELSE", "HAPARANDA STAD KALLELSE").
_AGENDA_LETTERHEAD = re.compile(r"(?<![\wÅÄÖ])[A-ZÅÄÖ]{3,}(?:[ -][A-ZÅÄÖ]{2,})? (?:KOMMUN|STAD|REGION) (?:"
                                + capitals(AGENDA_KINDS) + r")(?![\wÅÄÖ])")
LETTERHEAD_REACH = 40  # lines: below a site's header, above the matters


def _agenda_letterhead(document) -> bool:
    return any(_AGENDA_LETTERHEAD.search(line.text) for line in document.lines[:LETTERHEAD_REACH])


# An agenda's kind word, capitalised, in a document's opening words ("... Datum 2014-09-12 Kallelse och ärendelista till
# Kommunstyrelsens arbetsutskotts sammanträde", "KALLELSE"); a report's opening names no agenda.
_AGENDA_NAMED = re.compile(r"(?<![\wÅÄÖåäö])(?:" + capitals(AGENDA_KINDS) + "|"
                           + "|".join(word.capitalize() for word in AGENDA_KINDS) + r")(?![\wåäö])")


def names_an_agenda_at_its_head(document) -> bool:
    head = _head_text(document, keep_title=False, reach=KIND_HEAD_REACH)
    named = _AGENDA_NAMED.search(head)
    return bool(named) and not _REPORT_HEAD.search(head, 0, named.start())


def names_itself_an_agenda(document) -> bool:
    """Whether the document's own text opens with an agenda's kind word, capitalised (_AGENDA_OPENING)."""
    return bool(_AGENDA_OPENING.match(_head_text(document, keep_title=False, reach=KIND_HEAD_REACH)))


# A meeting's time and place as a kallelse's or a protocol's form sets them, labels capitalised, colons perhaps lost:
# "Tid , kl. 17:30 Plats Hallunda Folkets hus" (Botkyrka), "Tid Måndagen den 22 februari 2021 kl. 11:00 ... Plats
# Presidiet ..." (Kalmar), "Tid" / "Tisdagen den 29 September 2015, kl 08.30" / "Plats" (Öckerö). In 57 kallelser and 20
# protocols of the tuning half; of its 57 not-municipal pages only in an association's minutes with the colons ("Tid:
# 10.00 – 12.00" / "Plats: Skype-möte", a form _FORM_FIELD took already): a news item tells the time in a sentence.
# The time's label may name the day too, as _FORM_FIELD's "datum och tid:" does ("Datum och tid Klockan 13:00 Plats
# Storbrunn", a kallelse whose kind word was not kept; "Dag och tid" in Ludvika's, Habo's, Tidaholm's forms).
_TIME_AND_PLACE_LABELS = re.compile(
    r"(?<![\wåäöÅÄÖ])(?:(?:Datum|Dag) och tid|Tid(?:\s+för\s+sammanträde[t]?)?):?(?:[ \t]+|[ \t]*\n)[^\n]{0,80}?"
    r"(?:kl\.?|klockan|\d{1,2}[.:]\d{2})"
    r"(?:[^\n]{0,200}?[ \t]|[^\n]*\n[ \t]*)"  # (the place on the time's line, or opening the next)
    r"(?:Plats|Lokal):?(?:[ \t]+|[ \t]*\n)[A-ZÅÄÖ]")
# Words only a record's letterhead or form uses, with or without a colon; a kind in capitals.
_FORM_WORD = re.compile(
    r"\b(?:sammanträdesdatum|justerandes? sign|utdragsbestyrkande|justeringens plats och tid|paragrafer \d"
    r"|plats och tid|tid och plats)\b", re.IGNORECASE)
# The document's kind in capitals, as letterheads set it ("KALLELSE/FÖREDRAGNINGSLISTA", "PROTOKOLLSUTDRAG").
_KIND_IN_CAPITALS = re.compile(
    r"(?<![\wÅÄÖ])(?:" + capitals(AGENDA_KINDS, PROTOCOL_KINDS, REPORT_KINDS) + r")(?![\wÅÄÖ])")


# A protocol's signature block and anslag certificate, its labels set without colons and run into
# one line by the extraction ("Plats Kommunfullmäktigesalen ... Beslutande Närvarande ledamöter ...
# Sekreterare Christel Öhgren ... Justerare ... Justeringsdatum Anslagsdatum"). A page that explains
# justering or anslag writes such words in sentences, not capitalised one after another.
_SIGNATURE_LABEL = re.compile(
    r"(?<![\wåäöÅÄÖ])(?:Beslutande|Sekreterare|Justerare|Justerande|Underskrifter|Justeringsdatum|Anslagsdatum"
    r"|Paragrafer|Utses att justera|Förvaringsplats för protokollet|Protokollet är justerat"
    r"|(?=[A-ZÅÄÖ])" + ANSLAG_BOX_HEADING + r")(?![\wåäö])")  # (the anslag box's heading, capitalised as its labels)
# Not "Ordförande", "Ersättare", "Ledamöter": a web page listing a body's members sets those as labels too.
SIGNATURE_LABELS_NEEDED = 3


def _signature_labels(text: str) -> set[str]:
    """The labels of a signature block in `text`, each where no sentence begins (after a
    sentence's end a capital says nothing), except on a short line of its own."""
    found = set()
    for match in _SIGNATURE_LABEL.finditer(text):
        before = text[: match.start()].rstrip()
        if before.endswith((".", "!", "?")) or not before and len(text.split()) > 8:
            continue
        found.add(match.group())
    return found


# A letterhead: a body's name set in capitals with a date beside it ("KOMMUNFULLMÄKTIGE
# ANMÄLNINGSLISTA 25 maj 2015"); a news page or guide sets no body's name so.
_CAPITALS_RUN = re.compile(r"(?<![\wÅÄÖåäö])[A-ZÅÄÖ]{6,}(?:[ -][A-ZÅÄÖ]{2,}){0,3}(?![\wåäö])")
LETTERHEAD_DATE_REACH = 60


def _letterhead(text: str) -> bool:
    for run in _CAPITALS_RUN.finditer(text):
        words = run.group().split()
        named = any(naming.body_kind(" ".join(words[:n]).capitalize()) for n in range(1, len(words) + 1))
        if named and any(date.iso for date in find_dates(text[run.end(): run.end() + LETTERHEAD_DATE_REACH])):
            return True
    return False


# A protocol's certificate that its justering was posted, in the past tense: "Anslaget på kommunens
# anslagstavla den 27 maj 2015" (Kalmar), "Justeringen har tillkännagivits genom anslag på kommunens
# anslagstavla" (Solna, Storuman, Timrå, Nybro), "har anslagits på stadens anslagstavla" (Lidingö,
# Höganäs, Huddinge), "tillkännagiven på kommunens anslagstavla" (Örebro), "har offentliggjorts på
# kommunens digitala anslagstavla" (Kävlinge). A page that only tells where notices go says so in
# the present or future ("tillkännages på", "finns på kommunens officiella anslagstavla").
_POSTING_CERTIFIED = re.compile(
    r"(?<![\wåäö])(?:anslag(?:its|en|et)|tillkännagiv(?:its|en|et)|offentliggjorts|meddelats)"
    r"(?:\s+[\wåäö]+){0,3}?\s+på\s+(?:[\wåäö]+\s+){0,3}anslagstavla", re.IGNORECASE)


def posting_certified(document) -> bool:
    """Whether the text holds a protocol's certificate of its posting (_POSTING_CERTIFIED)."""
    return any(_POSTING_CERTIFIED.search(line.text) for line in document.lines)


DATE_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2} (?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)", re.IGNORECASE)


def has_a_record_form(document, *, meeting_heading: bool = True) -> bool:
    """Whether the text is set out as a municipal record: a form's fields (Sammanträdesdatum:,
    Plats och tid, Justerare: ..., a meeting's "Tid ... kl. ... Plats ..."), a § number, or the document's kind
    as a heading of its own ("Kallelse", "KOMMUNSTYRELSEN PROTOKOLL"), not in a sentence. `meeting_heading`: a body and
    a date as a heading ("Kommunfullmäktige 25 mars 2024") counts too; a blog or a news item
    heads its retelling of a meeting so as well, so it alone does not make a text municipal."""
    opening = " ".join(line.stripped for line in document.lines[:6] if line.stripped)[:200]
    if _letterhead(opening) or posting_certified(document) or _TIME_AND_PLACE_LABELS.search(
            "\n".join(line.stripped for line in document.lines[:400] if line.stripped)):
        return True
    labels: set[str] = set()
    for line in document.lines[:400]:
        text = line.stripped
        if not text:
            continue
        labels |= _signature_labels(text)
        if len(labels) >= SIGNATURE_LABELS_NEEDED:
            return True
        if _FORM_FIELD.search(text) or re.match(r"^§\s*\d", text) or own_case_numbers(text):
            return True
        if len(text.split()) <= 8 and re.search(r"(?<!\d )§\s*\d", text) and DATE_LIKE.search(text):
            return True  # "Kommunfullmäktige 2002-09-30 §89": a protocol's head, not a law's "35 § kommunallagen"
        if (meeting_heading and len(text.split()) <= 8 and not text.endswith((".", "?", "!")) and DATE_LIKE.search(text)
                and (body_at_start(text) or body_genitive_at_start(text))):
            # "Kommunfullmäktige 25 mars 2024", "Kommunstyrelsens sammanträde 2024-03-12": the meeting as a heading
            return True
        word = _FORM_WORD.search(text)
        if word and (word.group()[:1].isupper() or word.group().startswith("paragrafer")) \
                or _KIND_IN_CAPITALS.search(text):
            return True
        head = text[:80]
        if len(text.split()) <= 8 and not text.endswith((".", "?", "!")) and _KIND_HEADING.match(head):
            return True
        if len(text) > 120 and _KIND_HEADING.match(" ".join(text.split()[:3])):
            return True  # a page given as one line, opening with its kind ("1 Kallelse Sida ...")
    return False


def _incomplete(parsed: ParsedDocument) -> bool:
    """A meeting document whose body was not found, or a kallelse without items."""
    return parsed.meeting is None or not parsed.meeting.body or (parsed.kind == "kallelse" and not parsed.items)


def parse_files(paths: list[Path], *, year: int | None = None, today: dt.date | None = None) -> list[ParsedDocument]:
    """Parse every file before anything is written: one bad file stops the run early."""
    return [parse_document(path, year=year, today=today) for path in paths]

"""Kallelser (agendas) and protocols (front pages, extracts) -> a meeting and its matters.

A kallelse lists numbered items; a protocol has paragraphs (§). Each item that is a
matter becomes one: its case number, title, proposal, decision, the path before the
meeting (AU -> KS -> ...), recipients and officers. Formal items (val av justerare,
godkännande av dagordning ...) are not matters; they are listed in the notes.
Nothing is invented: what the text does not state stays empty, and each unclear
value is a warning.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from archive import naming
from archive.dates import MONTHS
from archive.errors import ImportFailed
from archive.importing.common import (
    ABBREVIATIONS,
    CASE_NUMBER,
    LABELLED,
    LABELLED_TRUNCATED,
    LEADING_CASE_NUMBER,
    MONTH_WORDS,
    NOT_OURS,
    PAGE_WORD_BEFORE,
    PARTY_LETTERS,
    RUN_ON,
    STUB,
    TRUNCATED_DATE,
    FoundDate,
    Warnings,
    bodies_in,
    body_at_start,
    body_genitive_at_start,
    body_name,
    clean,
    code_named_in,
    drop_page_artefacts,
    find_dates,
    is_case_number,
    labelled_dates,
    labels_over_values,
    own_case_numbers,
    proposal_lead,
    site_content,
    split_page_runs,
    trailing_case_number,
    with_class_code,
)
from archive.importing.kinds import AGENDA_KINDS, REPORT_KINDS, alternation
from archive.importing.result import ParsedDocument, ParsedItem, ParsedMeeting
from archive.importing.text import Document, Line, drop_site_text, drop_url_lines
from archive.importing.tjansteskrivelse import (
    MATTER_KINDS,
    _join_proposal,
    join_items,
    mark_deciding,
    municipality_of,
    recipients_of,
)
from archive.model import BasisDocument, Matter, PlanningStep, Proposal, Responsible

PROTOCOL_WORDS = re.compile(
    r"\b(sammanträdesprotokoll|protokollsutdrag|protokoll|utdrag ur protokoll|utdrag ur sammanträdesprotokoll)\b",
    re.IGNORECASE,
)
AGENDA_WORDS = re.compile(r"\b(" + alternation(AGENDA_KINDS) + r")\b", re.IGNORECASE)  # kinds.py: the kinds' words

# A paragraph, perhaps after its body's code: "KF § 102", "Kf § 89" (a known code in any case), or set as a web
# page's list point: "• § 165" (a meeting portal's list of §§, as the kind's _PARAGRAPH_LINE reads it).
_PARAGRAPH = re.compile(
    r"^(?:•\s*)?(?:(?:[A-ZÅÄÖ]{2,6}|(?i:" + "|".join(naming.KNOWN_CODES.values()) + r"))\s+)?"
    r"(?:§\s*(?P<a>\d{1,4})(?![\d§])(?:/(?:19|20)?\d\d\b)?|(?P<b>\d{1,4})\s*§(?!§))\s*(?P<rest>.*)$"
)
# A line opening with a body's code and a paragraph number: "KS § 12", "BUN 7".
# (never a case number's registry code: "KS 2012/0007 Anmälan av ...", Danderyd)
# (A known code set in small letters before its § too: "Kf § 26", Berg, Hammarö, Tanum.)
_CODE_AND_NUMBER = re.compile(r"^(?P<code>[A-ZÅÄÖ]{2,6}|(?i:" + "|".join(naming.KNOWN_CODES.values()) + r")(?=\s+§))"
                              r"\s+(?:§\s*)?\d{1,4}\b(?![/:.-]\d)")
# "Nämnden", "Arbetsutskottet": the body of the meeting, named by its kind.
GENERIC_BODIES = {"nämnden", "styrelsen", "utskottet", "arbetsutskottet", "fullmäktige", "förvaltningen"}
_NUMBERED = re.compile(r"^(?P<n>\d{1,3})\s*[.):]?\s+(?P<rest>\S.*)$")
# An agenda's row "7 KS.2023.169 Tillköpsbeställning av kollektivtrafik": its number, its case number, its
# title (Flen, Oxelösund, Gnesta, Region Kalmar län, Hallsberg).
_CASE_THEN_TITLE = re.compile(r"^(?:(?i:dnr)\.?:?\s+)?" + CASE_NUMBER.pattern + r"\s+[\"”]?[A-ZÅÄÖ]")
_JUSTERARE_ROW = re.compile(r"^utses att justera\b", re.IGNORECASE)
# A bare place-and-time label (not "... för justering"): the meeting's, unless the justering's section precedes it.
_UNNAMED_PLACE_AND_TIME = re.compile(r"(?<![\wåäö])(?:plats och tid|tid och plats)\b(?! för)", re.IGNORECASE)
_JUSTERING_WORD = re.compile(r"\b(?:Justering|JUSTERING)\b")
_PLACE_AND_TIME_LABEL = re.compile(r"\bjustering(?:ens|s)? plats och tid\b", re.IGNORECASE)
# "Jönköping 2015-09-21", "Kansliet 2016-11-08 16:00": a justering's place and time as a form's value.
_PLACE_AND_DATE = re.compile(r"^\s*(?:[A-ZÅÄÖ][\wåäö-]+,?\s+)?(?:\d{4}-\d{2}-\d{2}|\d{6}|\d{8})"
                             r"(?:,?\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?)?\s*$")
_DATE_ONLY = re.compile(r"^\s*(?:\d{4}-\d{2}-\d{2}|\d{6}|\d{8})\s*$")
_NUMBER_ALONE = re.compile(r"^(?P<n>\d{1,3})[.)]?$")  # "2." on its own line, the title below it
# "5 mars 2018 ...": a date, not item 5 (month names from archive.dates).
_DAY_AND_MONTH = re.compile(r"^\d{1,3}\s+(?:" + MONTH_WORDS + ")"
                            # or the meeting's day set as a web page's list point: "1. Måndagen den 27 september 2021,
                            # kl 18:00" over the list "1. Frågor och interpellationer 2. ..." (Hässleholm)
                            r"|^\d{1,3}\.?\s+(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+den\s+\d", re.IGNORECASE)
# "18 september: Kommunfullmäktige": a web notice's heading, its meeting's date before the body.
_DATE_LEAD = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:" + MONTH_WORDS + r")(?:\s+\d{4})?)\s*[:–-]\s*"
                        r"(?=[A-ZÅÄÖ])", re.IGNORECASE)
_PROPOSAL_START = re.compile(r"^(förslag till beslut|beslutsförslag|förslag)\b", re.IGNORECASE)
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
_LOST_CASE_LEAD = re.compile(r"^(?P<number>" + CASE_NUMBER.pattern + r")\s+(?P<rest>[A-ZÅÄÖ][a-zåäö].*)$")
# A §'s head in its common form, its sign lost: the bare number, the title, its labelled case number ("173 Digital
# strategi för Kalmar kommun Dnr KS 2018/0942", Kalmar; "225 Information om naturbadplatser, dnr 58.10/811",
# Hällefors; "191 Remiss från Landstinget Västmanland ... Dnr 2013/190", Sala), after a page's head alone.
_NUMBER_TITLE_CASE = re.compile(
    r"(?<!\S)(?P<n>[1-9]\d{0,2}) (?P<title>[A-ZÅÄÖ][^.!?§:;]{8,200}?),? (?i:dnr|diarienr|diarienummer)\.?:? "
    r"(?:" + CASE_NUMBER.pattern + r"|(?:19|20)\d\d/\d{1,6})(?=\s|$)")
# A district's body named after its district, in the indefinite form, alone: "Södermöre kommundelsnämnd",
# "Södermalms stadsdelsnämnd" (the district's name is the body's; a municipality's before its board is not).
_PLACE_AND_BODY_ALONE = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)? (?:kommundels|stadsdels)nämnd")
# A protocol's front page stating its §§' range: "Paragrafer 1-8", "Paragraf 6-16", "Paragrafer §§ 130 - 143".
_STATED_PARAGRAPHS = re.compile(r"\b(?i:paragraf(?:er)?)\s*(?:§§?\s*)?(?P<first>\d{1,4})\s*[-–]\s*(?P<last>\d{1,4})\b")
_PROSE = re.compile(r"\b[a-zåäö]{3,} [a-zåäö]{3,}\b")  # two running lower-case words: text, no page's head
_HEADED_PAGE = re.compile(
    r"^(?:[A-ZÅÄÖ][\wåäö-]+ (?i:kommun|stad)\s+)?(?:Sammanträdesprotokoll|Protokoll|SAMMANTRÄDESPROTOKOLL|PROTOKOLL)\s+"
    r"(?:(?i:dnr)\s+[A-ZÅÄÖ]{1,8}\s+(?P<after>[A-ZÅÄÖ].{20,})|(?P<rest>[A-ZÅÄÖ][^§]{5,200}?\s(?i:dnr)\.?:?\s.*))$")
# After a running head's body name: its date and page number, perhaps, then the paragraph's body code. The page
# may carry the count of pages, or the brackets the count was lost from ("Kommunstyrelsen 2014-12-01 2 () KS 167").
_RUNNING_HEAD_REST = re.compile(r"\s+(?:\d{4}-\d{2}-\d{2}\s+)?(?:\d{1,3}(?:\s?\(\d{0,3}\))?\s+)?"
                                r"(?=(?i:[A-ZÅÄÖ]{2,6})\s+\d)")
_CODED_LINE = re.compile(r"^(?:(?P<code>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,5})\s+)(?P<n>\d{1,3})\s+[A-ZÅÄÖ][a-zåäö]")
# A page's running head of furniture only (the municipality, the document's name, its labels, the page and the
# date), then a paragraph opening with the body's code and its number, the § lost: "RONNEBY KOMMUN
# SAMMANTRÄDESPROTOKOLL 2 AU 1 Dnr ...", "Sammanträdesdatum Sida 1 Ksau 321 Handlingar ...", "Sammanträdesdatum
# s. 3 (35) KS 10 Dnr ..." (Ronneby, Mariestad, Lomma; Halmstad and Varberg give the body's name there too).
_FURNITURE_TOKEN = re.compile(
    r"(?:[A-ZÅÄÖ]{3,}S?\s+KOMMUN|(?i:sammanträdesprotokoll|protokoll|sammanträdesdatum)"
    r"|(?i:sida|sid\.?|blad|s\.)\s*\d{1,3}(?:\s?\(\d{1,3}\))?|\d{1,3}(?:\s?\(\d{1,3}\))?|\d{4}-\d{2}-\d{2})\s+")
_CODE_OPENING = re.compile(r"(?P<code>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,3})\s+\d{1,3}\s+[A-ZÅÄÖ]")


def _after_page_head(text: str) -> tuple[int, str] | None:
    """Where the § opens after a page's running head of furniture and perhaps the body's name ('Kommunstyrelsen
    Sammanträdesdatum Sida 3 Ks 232 ...'), and its code; None if the text opens otherwise or with no head."""
    at, furniture = 0, False
    for _ in range(12):
        token = _FURNITURE_TOKEN.match(text, at)
        if token:
            at, furniture = token.end(), True
            continue
        if _CODE_OPENING.match(text, at):
            break  # ("Ksau 321": the code, though it names a body too)
        named = bodies_in(text[at:at + 80]) if text[at:at + 1].isupper() else []
        if named and named[0][0] == 0 and text[at + len(named[0][1]):at + len(named[0][1]) + 1] == " ":
            at += len(named[0][1]) + 1
            continue
        break
    opening = _CODE_OPENING.match(text, at) if furniture else None
    return (at, opening.group("code")) if opening else None


_FURNITURE_CODES = {*ABBREVIATIONS, "au"}


# A paragraph's margin giving its path through the bodies, each with its own § there, the meeting's own
# first: "Kf 75 Ks 82 Au 225 Dnr Redovisning av ...", "Ks 35 Au Revisionsgranskning ...", "Ks 184 Au 192
# Dnr 261/ Revidering ..." (Kumla, Gnosjö, Arboga), the page's head (bodies, labels) perhaps before it.
_PATH_CODES = {"kf": "Kommunfullmäktige", "ks": "Kommunstyrelsen", "au": "Kommunstyrelsens arbetsutskott",
               "ksau": "Kommunstyrelsens arbetsutskott"}
# The margin names the bodies back along the chain (KF, then the KS that proposed, then its AU): a code whose
# body comes later in that chain than the code before it names no earlier step ("Ks 208 Ks 178 Au 266":
# the same body again is an earlier meeting of it, Vilhelmina).
# An arbetsutskott's paragraph numbered through the year, its code first ("AU 77/2018", "KSAU 12/2019").
# (Its year may be cut, "AU 78/201", "AU 82/": no case number still, and the same step: the code, not the year,
# names the body that prepared the row.)
_UTSKOTT_PARAGRAPH = re.compile(r"^(?:KS|Ks)?(?:AU|Au)\s?\d{1,4}/(?:(?:19|20)\d(?P<whole>\d)?)?$")
_PATH_RANK = {"Kommunstyrelsens arbetsutskott": 0, "Kommunstyrelsen": 1, "Kommunfullmäktige": 2}
_PATH_CODE = r"(?:[Kk][FfSs]|[Aa][Uu]|KSAU|Ksau)"
_LONE_PATH_CODE = re.compile(r"^" + _PATH_CODE + r"\s+(?=[A-ZÅÄÖ][a-zåäö])")
_CODE_PATH = re.compile(
    r"(?:^|\s)(?P<path>(?P<first>" + _PATH_CODE + r")\s+(?P<n>\d{1,4})(?:\s+" + _PATH_CODE + r"(?:\s+\d{1,4})?)+)"
    r"\s+(?:(?i:dnr)\.?:?(?:\s+(?P<case>[^\s]*\d[^\s]*))?\s+)?(?P<title>[A-ZÅÄÖ][a-zåäö].*)$")
_PLACE_BEFORE_BODY = re.compile(r"^[A-ZÅÄÖ][\wåäö-]+\s+(?P<body>(?:kommun|region|landstings)[a-zåäö]+)$")
_BODY_SENTENCE_FIRST = re.compile(r"^(?:\d{1,3}\s?\(\d{1,3}\)\s+)?(?P<name>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,4}?)"
                                  r"\.\s")
# (A date there may be written in words: "Kommunstyrelsen 20 juni Kommunstyrelsens arbetsutskott 12 juni Ks 75 Au 78
# Dnr 161/06 ...", each body's meeting day over the margin, Filipstad.)
_HEAD_WORD = re.compile(r"^(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*|\d{1,4}(?:\s?\(\d{1,4}\))?|\d{4}-\d{2}-\d{2}|(?:"
                        + MONTH_WORDS + r")\.?)$")


def _margin_path(text: str) -> re.Match | None:
    """The paragraph's margin path opening `text` ('Kf 75 Ks 82 Au 225 Dnr Title'), after nothing but
    the page's head (bodies' names, its labels, page and date); None otherwise."""
    found = _CODE_PATH.search(text)
    if found is None or found.start("path") > 160:
        return None
    before = text[:found.start("path")]
    for _at, name in sorted(bodies_in(before), key=lambda x: -len(x[1])):
        before = before.replace(name, " ")
    if not all(_HEAD_WORD.match(word) for word in before.split()):
        return None
    return found


def _margin_bodies(margin: re.Match) -> list[str]:
    """The bodies a margin path names, the meeting's own first ('Kf 75 Ks 82 Au 225' -> KF, KS, KS's AU)."""
    path = [_PATH_CODES[code.lower()] for code in re.findall(_PATH_CODE, margin.group("path"))]
    ranks = [_PATH_RANK[name] for name in path]
    if any(later > earlier for earlier, later in itertools.pairwise(ranks)):
        path = path[:1]  # "Ksau 21 Ks" (Bjuv): KS after its own AU prepared nothing for it
    return path


def first_margin_path(lines: list[Line]) -> tuple[int, list[str], str] | None:
    """The first margin path opening a line after its page's head ('SKELLEFTEÅ KOMMUN PROTOKOLL 2 KS 1 AU 841 Dnr
    Avtal om ...'): the § number there, the bodies it names (the meeting's own first) and the text after it;
    None without one."""
    for line in lines:
        found = _margin_path(line.stripped) if line.stripped else None
        if found:
            return int(found.group("n")), _margin_bodies(found), found.group("title")
    return None


def _coded_opening(text: str) -> bool:
    """'KSAU 1 Informationer Änr KS 2018/9 ...', 'Kommunstyrelsen 2014-12-02 3 Ks 232 Dnr KS ...': a
    line of a protocol whose § signs were lost, opening with a known body's code and the paragraph's
    number (after the page's running head, perhaps): a paragraph's start even where the line is no
    page's first (each page came as one line, or the site marked none)."""
    named = bodies_in(text[:60])
    head = _RUNNING_HEAD_REST.match(text[len(named[0][1]):]) if named and named[0][0] == 0 else None
    if head:
        text = text[len(named[0][1]) + head.end():].strip()
    coded = _CODED_LINE.match(text)
    return bool(coded) and coded.group("code").lower() in ABBREVIATIONS


# A page head naming the bodies whose paragraphs the page gives, then each body's code with its § in a column,
# the first the page's own ("Kommunstyrelsen Kommunstyrelsens arbetsutskott Ks 35 Au Revisionsgranskning ...",
# "Kf 75 Ks 82 Au 225 Dnr ...", "Kommunstyrelsen Sammanträdesdatum Blad 6 Ks 184 Au 192 Dnr 261/ ...").
_CODE_PAIR = re.compile(r"(?:(?<=\s)|^)(?P<code>[A-ZÅÄÖ](?:[A-ZÅÄÖ]{1,4}|[a-zåäö]{1,3}))(?:\s+(?P<n>\d{1,3}))?(?=\s)")
_NOT_A_CODE = {"dnr", "änr", "nr", "sid", "sida", "blad", "kl", "tid", "dag"}
_HEAD_FURNITURE = re.compile(r"\b(?:[A-ZÅÄÖ]+ KOMMUN|SAMMANTRÄDESPROTOKOLL|(?i:sammanträdesprotokoll|protokoll|"
                             r"sammanträdesdatum|justerandes sign|(?:blad|sida)(?:\s+\d{1,3})?))\b|\b\d{1,3}\b")


def _code_column(text: str) -> tuple[int, str] | None:
    """'Kommunstyrelsen Kommunstyrelsens arbetsutskott Ks 35 Au Revisionsgranskning ...' -> (35,
    'Revisionsgranskning ...'): two codes at least, each a known body's code or one of a body the head
    names, the first with its number; before them only the page's head (bodies, kind, labels)."""
    def is_code(code: str, numbered: bool, head: str) -> bool:
        if code.lower() in _NOT_A_CODE:
            return False  # "Dnr 261/", "Blad 6": a label, not a body's code
        return (code.lower() in ABBREVIATIONS or code_named_in(code, head) is not None
                or numbered and code[1:].islower() and len(code) <= 3)  # "Au 192": a code in title case, its §

    first = next((m for m in _CODE_PAIR.finditer(text[:200])
                  if m.group("n") and is_code(m.group("code"), True, text[:m.start()])), None)
    if first is None:
        return None
    head = text[:first.start()]
    names = [name for _at, name in bodies_in(head)]
    bare = head
    for name in sorted(names, key=len, reverse=True):
        bare = bare.replace(name, " ")
    if not names or _HEAD_FURNITURE.sub(" ", bare).strip():
        return None
    at, codes = first.end(), 1
    while (pair := _CODE_PAIR.match(text, at + 1)) and is_code(pair.group("code"), bool(pair.group("n")), head):
        at, codes = pair.end(), codes + 1
    if codes < 2:
        return None
    return int(first.group("n")), text[at:].strip()


# "KSKF/2013: Kommunstyrelsens delårsrapport": a case number cut after its year, and no number.
_LOST_STUB = re.compile(r"^(?P<stub>(?:[A-ZÅÄÖ]{2,8}[/ -]?)?(?:19|20)\d\d[/.:-])\s+(?P<rest>[A-ZÅÄÖ].*)$")
# A § opening a new paragraph inside run-on text: after the end of a sentence, before a
# capital or a number label ("... protokollet. § 46 Dnr KS 2018/12 Budget ...").
_PARAGRAPH_IN_RUN = re.compile(r"(?<=[.!?:)])\s+(?=§\s?\d{1,4}\s+(?:[A-ZÅÄÖ]|Dnr\b))")


# A number that may open an item inside run-on text: "... 3 Upphandlingsplaner ...".
_RUN_NUMBER = re.compile(
    r"(?:(?<=\s)|^)(?:(?P<code>" + "|".join(f"{code.upper()}|{code.capitalize()}" for code in ABBREVIATIONS)
    + r")\s+)?"
    r"(?P<n>\d{1,3})\.?\s+(?=[\"(]?[A-ZÅÄÖa-zåäö])"
    r"(?!(?:" + MONTH_WORDS + r")\b)(?!kl\b|st\b|kr\b|%)"
)
# (Nor after "t.o.m." / "fr.o.m.": the bound of the §§ a member attended, "Anna Zetterberg t.o.m. 217 Kent Oskarsson
# fr.o.m. 218", Mullsjö; Karlstad's "Göran Nilsson (M) t.o.m. 20".)
_NOT_BEFORE_ITEM = re.compile(r"(?:§|\bkl\.?|\bsida|\bsid|\bbilagor|\bbilaga|\bnr|\bpunkt|\bnummer|[-/–,:]"
                              r"|\b(?:t|fr)\.\s?o\.\s?m\.?)\s*$", re.IGNORECASE)
# A list table's column heads, the page column's last, before its first row's number: "Ärende Dnr sid 1.
# Revisionen informerar" (Orust); lists head their rows so in Sandviken ("Nr Ärende Diarienr 1."), Sotenäs
# ("Dnr Föredragande 1"), Huddinge, Linköping, Trelleborg. The "sid" there heads a column, no page's number.
_COLUMN_HEADS_END = re.compile(r"\b(?i:ärenden?|nr|dnr|diarienr|diarienummer|föredragande)\s+"
                               r"(?i:sid|sida|sidan)\.?\s*$")


# A running head's figures: its page ("2 (42)", "1(3)"), a date or what the extraction left of one ("201").
_HEAD_FIGURES = re.compile(r"^(?:[\d()\[\]/.:-]+\s+)+")


# A later page's running head before its body's name: the page's number, the kind word(s), page figures ("(3)",
# "2 (2)"), date and page labels, dashes, the note to the ersättare (_after_running_agenda_head). (The page's number
# and kind word may have been taken off already as the page's head.)
_RUNNING_HEAD_FURNITURE = re.compile(r"^(?:\d{1,3}\s+)?(?:(?i:" + alternation(AGENDA_KINDS) + r")(?:\s*/\s*(?i:"
                                    + alternation(AGENDA_KINDS) + r"))?)?(?:\s+(?:\d{1,3}\s?)?[(\[]\d{1,3}[)\]]"
                                    r"|\s+(?i:datum|sammanträdesdatum|sida|blad nr|blad)|\s+[-–]"
                                    r"|\s*(?i:ersättarna för kännedom))*\s*")
_RUNNING_AGENDA_HEAD = re.compile(r"^(?i:" + alternation(AGENDA_KINDS) + r")\s+(?P<rest>[A-ZÅÄÖ][\wåäö-]+)\s*$")


def _ends_a_sentence(text: str, end: int) -> bool:
    """Whether text[:end], blanks after it aside, ends with '.', '!', '?', ':', ')' or ']'."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end > 0 and text[end - 1] in ".!?:)]"


def _number_chain(text: str, expected: int | None, sentence_start: bool,
                  list_head: str | None = None, *, least: int = 3) -> list[re.Match]:
    """The longest run of consecutive numbers (one may be missing) standing in `text` in
    order: the items of an agenda or of a protocol given as one run-on line."""
    candidates = []
    # (The text before each number is read at its end only: slicing and searching all of it for each number was
    # quadratic in a long run-on line.)
    first_content = len(text) - len(text.lstrip())
    for match in _RUN_NUMBER.finditer(text):
        start = match.start()
        if _NOT_BEFORE_ITEM.search(text[max(0, start - 8):start]) \
                and not _COLUMN_HEADS_END.search(text[max(0, start - 30):start]):
            continue
        # In a protocol an item opens a sentence, or carries the body's code ("KF 60 Information").
        coded = match.group("code") and match.group("code").lower() in ABBREVIATIONS
        if sentence_start and not coded and start > first_content and not _ends_a_sentence(text, start):
            continue
        if sentence_start and not coded and not text[match.end():match.end() + 1].isupper():
            continue
        candidates.append(match)
    # Two numbered columns run together, each number twice in a row ("Beslutande Ersättare Moderaterna 1. Sofia
    # Westergren 1. Roger Broqvist 2. Kent Sylvan 2. Eva Fredriksson ...": a list of members and their ersättare
    # by party, Stenungsund): no agenda numbers an item twice, so the line holds no list of items.
    doubled = sum(1 for a, b in zip(candidates, candidates[1:], strict=False) if a.group("n") == b.group("n"))
    if doubled >= 3 and doubled * 3 >= len(candidates):
        return []
    # The longest chain ending at each number value so far (one linear pass): value -> (length,
    # index of its last candidate); parents[i] links a candidate to the one before it.
    ending: dict[int, tuple[int, int]] = {}
    parents: list[int | None] = []
    lengths: list[int] = []
    for i, match in enumerate(candidates):
        n = int(match.group("n"))
        before = ending.get(n - 1) or ending.get(n - 2) or ending.get(n - 3)  # two numbers may be missing
        length, parent = (before[0] + 1, before[1]) if before else (1, None)
        parents.append(parent)
        lengths.append(length)
        if length >= ending.get(n, (0, 0))[0]:
            ending[n] = (length, i)
    if not candidates:
        return []
    index: int | None = max(range(len(candidates)), key=lambda i: lengths[i])
    chain: list[re.Match] = []
    while index is not None:
        chain.insert(0, candidates[index])
        index = parents[index]
    # Rows whose numbers were lost two at a time (a table's rows, "... KS2017/ Title 11. Title 12. ..."): a
    # later number in the list's own style ("11." where the list writes "8."), up to three on, goes on.
    if all(text[m.end("n"):m.end("n") + 1] == "." for m in chain) and len(chain) >= 3:
        later = [m for m in candidates if m.start() > chain[-1].start() and text[m.end("n"):m.end("n") + 1] == "."]
        for match in later:
            if int(chain[-1].group("n")) < int(match.group("n")) <= int(chain[-1].group("n")) + 3:
                chain.append(match)
    first = int(chain[0].group("n"))
    # The list goes on from the page before: at the page's start, or after the sentence that ends
    # the item carried over ("... är Susanne Malm (S). 6 Dnr KS 2018/00876 Avsägelse ...").
    continuing = expected is not None and first in (expected, expected + 1) and (
        chain[0].start() == 0 or first == expected and re.search(r"[.!?]\s*$", text[:chain[0].start()]))
    # Or under the page's running head, the document's kind and its body ("2 Kallelse Kommunfullmäktige 9. Val av
    # ...", Lilla Edet; "2 Kallelse Kommunstyrelsen Kallelse/Ärendelista ...", Ulricehamn; "3 RAGUNDA KOMMUN
    # KALLELSE/UNDERRÄTTELSE Datum Ks 99 ...", Ragunda), a few rows on: the rows the page before ended with may
    # have lost their numbers (not counted: never more than three).
    running = _RUNNING_AGENDA_HEAD.match(text[:chain[0].start()])
    continuing = continuing or bool(expected is not None and expected <= first <= expected + 3 and running
                                    and bodies_in(running.group("rest")))
    # Or under the list table's column heads the page repeats from the page before ("2 (5) Nr Ärende Noteringar 7.
    # Detaljplan ...", Nacka), a few rows on as under a running head.
    continuing = continuing or bool(expected is not None and expected <= first <= expected + 3 and list_head
                                    and text[:chain[0].start()].rstrip().endswith(" " + list_head))
    # A protocol's items must each open a sentence, so two in a row are enough there.
    return chain if len(chain) >= (2 if sentence_start else least) or continuing else []


# An agenda's rows numbered with the year ("250/18 Förlängning av ...", "122/18 Val av justerare"): the
# meeting's items counted through the year (Nynäshamn, Region Uppsala); extraction often keeps only the
# year of all but a few ("/18 Svar på remiss - Avfallsplan").
_YEAR_NUMBERED_ROW = re.compile(r"(?:(?<=\s)|^)(?P<n>\d{1,3})?/(?P<year>\d{2})\s+(?=[A-ZÅÄÖ])")
_YEAR_NUMBERED = re.compile(r"^(?P<n>\d{1,3})?/(?P<year>\d{2})\s+(?P<rest>[A-ZÅÄÖ].*)$")
_YEAR_KEY = re.compile(r"^punkt \d{1,3}/\d{2}$")
_CODE_TOKEN = re.compile(r"(?<=\s)[A-ZÅÄÖ]{2,4}(?=\s|$)")
_PAGE_BEFORE_NEXT_ROW = re.compile(r"(?<=[a-zåäö)])\s+\d{1,3}$")


def _year_numbered_rows(text: str) -> list[str] | None:
    """A run-on list whose rows open with their year-numbered item ('250/18 Title 7 251/18 Title /18 Title'):
    each row a piece, or None. Three rows at least, all of one year, one with its number whole. A row's
    case number cut to its registry code ('LS', the list's Dnr column) ends its title: what follows it is
    a heading of rows ('LS Regional och hållbar utveckling'); a page number before the next row's number
    ('... miljöbalken 7 251/18') is the page column's."""
    rows = list(_YEAR_NUMBERED_ROW.finditer(text))
    if len(rows) < 3 or len({m.group("year") for m in rows}) != 1 or not any(m.group("n") for m in rows):
        return None
    pieces = [text[start.start():end].strip() for start, end in zip(rows, [m.start() for m in rows[1:]]
                                                                     + [len(text)], strict=True)]
    codes = [list(_CODE_TOKEN.finditer(piece)) for piece in pieces]
    firsts = [found[0].group() for found in codes if found]
    column = max(set(firsts), key=firsts.count) if firsts else None
    if column is None or firsts.count(column) < 3:
        column = None  # no Dnr column of one registry code
    result = [text[:rows[0].start()].strip()]
    for index, piece in enumerate(pieces):
        cut = next((m for m in codes[index] if m.group() == column), None)
        piece = piece[:cut.start()] if cut else piece
        if index + 1 < len(rows) and rows[index + 1].group("n"):
            piece = _PAGE_BEFORE_NEXT_ROW.sub("", piece)
        result.append(piece.strip())
    return result


def _as_text(item: Item) -> list[Line]:
    """An item read where none stands, given back as the lines it was read from: its number and title, its text."""
    return [Line(item.line, f"{item.key.removeprefix('punkt ')} {item.head}".strip()), *item.lines]


def _before_year_numbered_rows(head: list[Line], items: list[Item]) -> tuple[list[Line], list[Item]]:
    """Items before an agenda's first year-numbered row ('250/18 ...') are no rows of its list, which counts
    through the year: a site's page number before the head ('1 Mötesbok: Kommunstyrelsen ( ) ... Plats:')."""
    first = next((index for index, item in enumerate(items) if _YEAR_KEY.match(item.key)), 0)
    for item in items[:first]:
        head.extend(_as_text(item))
    return head, items[first:]


_ALONE_CHAIN_REACH = 12  # lines a table's row may take, cell by cell, before the next row's number


# A kallelse's list run line by line whose rows lost their numbers (Haparanda's "1 2 - - 5 6 7 8 9 10", Härnösand's
# "1 4 5 6 ...", Mönsterås' "2 4 5 6 ...", Alvesta's "9 - 11", Bromölla's "10 - 12" in the gold): a numbered row
# a few numbers past the last one read, where the next two numbered lines count on from it (N, N+1, N+2), goes on
# with the list; numbers in a paper's text rarely run three in a row past the list's.
_LOST_ROWS_AT_MOST = 4


def _rows_counting_on(lines: list[Line]) -> set[int]:
    numbered = [(id(line), int(m.group("n"))) for line in lines
                if (m := _NUMBERED.match(line.stripped)) and not _DAY_AND_MONTH.match(line.stripped)]
    return {key for at, (key, number) in enumerate(numbered)
            if [n for _key, n in numbered[at + 1:at + 3]] == [number + 1, number + 2]}


def _alone_number_chain_starts(lines: list[Line]) -> set[int]:
    """Lines holding a number alone ("2") that the next two rows' numbers, each alone too, follow in
    order within reach ("3", "4"): a list table flattened one cell a line whose first number was lost
    (Torsby's "Nr / Ärende / Diarienr / Föredragande / Sid"), its pages ("13", "Il") alone between."""
    alone = [(index, int(match.group("n"))) for index, line in enumerate(lines)
             if (match := _NUMBER_ALONE.match(line.stripped))]
    starts = set()
    for at, (index, number) in enumerate(alone):
        reach, want = index, number + 1
        for later, value in alone[at + 1:]:
            if later - reach > _ALONE_CHAIN_REACH:
                break
            if value == want:
                reach, want = later, want + 1
                if want == number + 3:
                    starts.add(id(lines[index]))
                    break
    return starts


def _after_running_agenda_head(line: Line, listed: bool) -> tuple[Line, Line] | None:
    """A later page of a kallelse whose list runs on under the page's running head: the page's number, the kind
    word, page figures or a date label, the body ("2 KALLELSE (3) Kommunfullmäktige 7 Förslag ...", Ängelholm;
    "2 Kungörelse 2 (2) Ersättarna för kännedom Kommunfullmäktige Förskola ...", Hultsfred; "2 KALLELSE Datum
    Kommunstyrelsens arbetsutskott Ansvarsfrihet ...", Håbo): the head, and the rest as the list's next rows."""
    head = _RUNNING_HEAD_FURNITURE.match(line.stripped) if listed and line.page_start else None
    named = bodies_in(line.stripped[head.end():][:80]) if head else []
    if not named or named[0][0] != 0:
        return None
    end = head.end() + len(named[0][1])
    rest = re.sub(r"^\s*[-–]?\s*", "", line.stripped[end:])
    if not re.match(r"(?:\d{1,3}\.?\s+)?[A-ZÅÄÖ][a-zåäö]", rest) or _HEAD_WORD_AFTER_BODY.match(" " + rest):
        return None  # the head's own words go on ("Kommunfullmäktige Sammanträdesdatum ..."), no row
    return Line(line.number, line.stripped[:end], page_start=True), Line(line.number, rest)


# A row's number glued to the last word of the row above ("... Till kommunstyrelsen1. Information från ...",
# "... förvaltningens förslag7. Beslut om ..."): a page whose line breaks the extraction lost (Trosa).
_GLUED_ROW_NUMBER = re.compile(r"(?<=[a-zåäö)”\]])(?P<n>\d{1,2})\.\s+(?=[A-ZÅÄÖ])")
_GLUED_CHAIN = 4  # glued numbers counting up one by one before any is read as a row's


def _unglue_row_numbers(text: str) -> str:
    """A run-on agenda's row numbers glued to the word before, counting up one by one four times or more
    ("...kommunstyrelsen1. Information ...trafiken(Muntlig ...)2. Anvisningar ..."), each set apart by a space
    so they read as the rows' numbers standing in run-on text do; a lone glued figure ("Trosa10.") is left."""
    glued = list(_GLUED_ROW_NUMBER.finditer(text))
    best: list[re.Match] = []
    run: list[re.Match] = []
    for match in glued:
        run = [*run, match] if run and int(match.group("n")) == int(run[-1].group("n")) + 1 else [match]
        if len(run) > len(best):
            best = run
    if len(best) < _GLUED_CHAIN:
        return text
    for match in reversed(best):
        text = text[:match.start()] + " " + text[match.start():]
    return text


def split_numbered_runs(lines: list[Line], *, protocol: bool) -> list[Line]:
    """Run-on lines holding a numbered list ("1 Information om ... 2 Upphandlingsplaner ...
    TN 2017/16 3 ..."), or a protocol's paragraphs whose § signs were lost ("... av
    informationen. 172 Genomgång av ..."): each item on a line of its own, marked."""
    result: list[Line] = []
    expected: int | None = None
    list_head: str | None = None
    for line in lines:
        if len(line.stripped) < RUN_ON:
            result.append(line)
            continue
        unglued = line.stripped if protocol else _unglue_row_numbers(line.stripped)
        if unglued != line.stripped:
            line = Line(line.number, unglued, page_start=line.page_start, item_start=line.item_start)
        continued = None if protocol or not line.page_start else _after_running_agenda_head(
            line, any(x.item_start for x in result))
        # (two numbers in order are rows enough there, past the last number read: "... 14 Exploateringsavtal ... 15
        # Antagande ...", the rows before them their numbers lost; a list numbered again from below it is another's)
        chain = _number_chain(continued[1].stripped, expected, sentence_start=False, least=2) if continued else []
        continued = continued if not (chain and expected is not None and int(chain[0].group("n")) < expected) else None
        if continued:
            # The list goes on under the page's running head: its rows, whatever their numbers (lost or not).
            result.append(continued[0])
            line = continued[1]
            first = line.stripped[:chain[0].start("n")].strip() if chain else line.stripped
            pieces = _split_after_case_numbers(first) if first else []
            result.extend(Line(line.number, piece, item_start=True) for piece in pieces)
            if not chain:
                continue
            line = Line(line.number, line.stripped[chain[0].start("n"):])
        year_rows = None if protocol else _year_numbered_rows(line.stripped)
        if year_rows:
            if year_rows[0]:
                result.append(Line(line.number, year_rows[0], page_start=line.page_start))
            result.extend(Line(line.number, row, item_start=True) for row in year_rows[1:])
            continue
        chain = _number_chain(line.stripped, expected, sentence_start=protocol, list_head=list_head,
                              least=2 if continued else 3)
        text = line.stripped
        if not chain:
            opens = re.match(r"\d{1,3}\s", text) and expected is not None and int(text.split()[0]) >= expected
            pieces = [] if protocol else _split_after_case_numbers(text)
            if len(pieces) < 3:
                result.append(line)
                continue
            first_row = None if opens else _ROW_AFTER_COLUMN_HEADS.search(pieces[0])
            if first_row:
                # "2 Kallelse ... 2(4) Föredragningslista Föredragande 10. Motion från ...": the page's head, then the
                # list's column heads over its first row, numbered: that row is one of the list's.
                pieces[:1] = [pieces[0][:first_row.end()].strip(), pieces[0][first_row.end():]]
            result.extend(Line(line.number, piece, item_start=index > 0 or bool(opens))
                          for index, piece in enumerate(pieces))
            continue
        # An agenda's item starts at its number; a protocol's at the body code before it.
        starts = [m.start() if protocol else m.start("n") for m in chain]
        head = text[:starts[0]].strip()
        page_number = re.match(r"^(\d{1,3})\s+(?=\D)", head)
        if page_number and not protocol and not int(page_number.group(1)) + 1 == int(chain[0].group("n")):
            # "1 KOMMUNFULLMÄKTIGE ... Kallelse ... 35. Val av justerare 36. ...": the site's page
            # number before the page's text, not an item of a list that starts at 35. Nor of a list that
            # starts at its number or before: "1 Utskicksdatum (5) KALLELSE ... 1. Val av justeringsman 2. ..."
            # (Nacka; the page's mark "1 (5)" split), "2 Ärende Dnr sid 4. ..." (Orust).
            head = head[page_number.end():]
        lost = expected is not None and int(chain[0].group("n")) == expected + 1
        if head and lost and not protocol and line.page_start:
            # The page before ended with item N - 1 and this one starts at N + 1: the text
            # before is an item whose number was lost at the page break (not stated, so not
            # given; the running head's body name, "Kommunfullmäktige", is not its title).
            # The running head's figures before its body ("3 201 KOMMUNFULLMÄKTIGE Revidering av ...": a page's
            # number, a date's remains) are the head's too.
            unfigured = _HEAD_FIGURES.sub("", head)
            if bodies_in(unfigured[:60])[:1] and bodies_in(unfigured[:60])[0][0] == 0:
                head = unfigured
            named = bodies_in(head[:60])
            if named and named[0][0] == 0 and len(head[len(named[0][1]):].split()) >= 2:
                head = head[len(named[0][1]):].strip()
            result.append(Line(line.number, head, item_start=True))
        elif head:
            result.append(Line(line.number, head, page_start=line.page_start))
        # An agenda's row ends where the next row's body code begins ("Ks 87 Ändring i ... Ks 88 Delårsbokslut"):
        # the code numbers the next row as a protocol's paragraph code does, it is no part of this row's title.
        ends = [*(m.start() for m in chain[1:]), len(text)] if not protocol else [*starts[1:], len(text)]
        pieces = _unstack([text[start:end].strip() for start, end in zip(starts, ends, strict=True)])
        if not protocol and len(pieces) == len(chain):
            pieces = _split_rows_of_lost_numbers(pieces, [int(m.group("n")) for m in chain])
        for piece in pieces:
            if protocol:
                result.append(Line(line.number, piece, page_start=True))
                continue
            # An agenda whose item numbers were lost in between: its titles each end with
            # their (perhaps cut) case number ("... (KF) KS-2014/ Seniorboende ... KS-2014/ ...").
            parts = _split_after_case_numbers(piece)
            if len(parts) < 3 or any(len(part.split()) < 4 for part in parts[:-1]):
                parts = [piece]
            result.extend(Line(line.number, part, item_start=True) for part in parts)
        expected = int(chain[-1].group("n")) + 1
        # The words the list's first row stands under: a table's column heads a later page may repeat.
        list_head = list_head or " ".join(text[:chain[0].start()].split()[-3:]) or None
    return result


# A list table's column heads, then its first row's number: "Föredragningslista Föredragande 10. Motion från ..."
# (Uddevalla), "Nr Ärende Noteringar 1. Val av ..." (Nacka), "Nr Ärende Diarienummer 17. Handlingar ..." (Sandviken),
# "Ärende Dnr sid 1. Revisionen informerar" (Orust).
_ROW_AFTER_COLUMN_HEADS = re.compile(r"\b(?:Föredragande|Ärenden?|Noteringar|Dnr|Diarienummer|Diarienr|Kommentar|sid)"
                                     r"\s+(?=\d{1,3}\.?\s+[A-ZÅÄÖ][a-zåäö])")


# Where a row whose number was lost begins inside the row above: a word in lower case (or a figure) that leaves
# no title open, then a capitalised word ("Intern kontrollplan Föreningsbidrag 2020 ...").
_ROW_BOUNDARY = re.compile(r"(?<=\s)(?P<last>[a-zåäö][a-zåäö-]*|\d[\d:/.-]*)\s+(?=[A-ZÅÄÖ][a-zåäö])")
_LEAVES_OPEN = {"och", "om", "för", "från", "till", "av", "vid", "i", "med", "på", "mot", "över", "inom", "hos",
                "samt", "enligt", "gällande", "avseende", "angående", "rörande", "efter", "under", "kring", "mellan"}


# A row's opening words after its number, a capitalised word and one that leaves it open ("Beslut om", "Svar på").
_ROW_OPENING = re.compile(r"[A-ZÅÄÖ][a-zåäö]+ (?:" + "|".join(sorted(_LEAVES_OPEN)) + ")")


def _split_rows_of_lost_numbers(pieces: list[str], numbers: list[int]) -> list[str]:
    """A list run together whose numbers skip one ("10 Intern kontrollplan Föreningsbidrag 2020 till
    stödjande föreningar 12 ...": 11 lost, Bromölla; Östhammar's 4 -> 6 and 7 -> 9, Herrljunga's 17 -> 19):
    the lost row's title follows the title above in the same piece. Cut there only where one place can be
    the cut: one lower-case word that leaves no title open, then a capital; the row cut off has no number."""
    result: list[str] = []
    for index, piece in enumerate(pieces):
        following = numbers[index + 1] if index + 1 < len(numbers) else None
        if following != numbers[index] + 2:
            result.append(piece)
            continue
        standing = _STANDING_TITLE_AT_END.search(piece)
        if standing and len(piece[:standing.start()].split()) >= 4:
            # "22 Statistikrapport ... kvartal 2, Valärenden 24 ...": the lost row is a title every meeting has.
            result.extend([piece[:standing.start()].strip(), standing.group("title")])
            continue
        cuts = [m for m in _ROW_BOUNDARY.finditer(piece) if m.group("last") not in _LEAVES_OPEN]
        opening = " ".join(piece.split()[1:3])
        again = list(re.finditer(r"(?<=\s)" + re.escape(opening) + r"\s+(?=\S)", piece))[1:] \
            if _ROW_OPENING.fullmatch(opening) else []
        if len(again) == 1:
            # "9. Beslut om revidering av förbundsordning ... budget med plan för Beslut om Alvesta kommuns samverkan
            # ... 11.": the lost row opens as the row it is run into does, its opening word capitalised again.
            result.extend([piece[:again[0].start()].strip(), piece[again[0].start():].strip()])
            continue
        if len(cuts) != 1:
            result.append(piece)
            continue
        above, below = piece[:cuts[0].end()].strip(), piece[cuts[0].end():].strip()
        if len(above.split()) < 3 or len(below.split()) < 3:
            result.append(piece)
            continue
        result.extend([above, below])
    return result


# A heading in capitals (two words at least, or one long word with 'M.M.'), then text in normal case.
_CAPS_TITLE = r"[A-ZÅÄÖ]{4,}(?:[ -]+(?:[A-ZÅÄÖ]{2,}|M\.M\.))+"
_CAPS_HEADING_IN_RUN = re.compile(r"(?:(?<=[a-zåäö])|(?<=[a-zåäö]\.))\s+(?P<heading>(?!\w*PROTOKOLL|KALLELSE)"
                                  + _CAPS_TITLE + r")\s+(?=[A-ZÅÄÖ][a-zåäö])")
_CAPS_TITLE_AT_START = re.compile(r"^(?P<title>" + _CAPS_TITLE + r")\s+(?P<rest>[A-ZÅÄÖ][a-zåäö].*)$")
_BARE_NUMBER = re.compile(r"^(?:[A-ZÅÄÖ]{2,6}\s+)?(?:§\s*)?\d{1,3}\.?$")


def _unstack(pieces: list[str]) -> list[str]:
    """Numbers stacked before their titles ('KF 67', 'KF 68', 'KF 69 Svar på X Svar på Y Svar
    på Z'): the last one's text, cut where its opening words recur into as many titles as
    numbers, gives each number its title in order; otherwise the pieces as they are."""
    result: list[str] = []
    stacked: list[str] = []
    for piece in pieces:
        if _BARE_NUMBER.match(piece):
            stacked.append(piece)
            continue
        if stacked:
            number = re.match(r"^(?:[A-ZÅÄÖ]{2,6}\s+)?(?:§\s*)?\d{1,3}\.?\s+", piece)
            titles = _recurring_titles(piece[number.end():]) if number else []
            if len(titles) == len(stacked) + 1:
                result.extend(f"{bare} {title}" for bare, title in zip(stacked, titles, strict=False))
                result.append(piece[:number.end()] + titles[-1])
            else:
                result.extend([*stacked, piece])
            stacked = []
            continue
        result.append(piece)
    return result + stacked


def _recurring_titles(text: str) -> list[str]:
    """'Svar på X Svar på Y' -> ['Svar på X', 'Svar på Y']: cut where the first three words recur."""
    opening = " ".join(text.split()[:3])
    if len(opening.split()) < 3:
        return [text]
    return _cut(text, [m.start() for m in re.finditer(r"(?<=\s)" + re.escape(opening) + r"\b", text)])


def _cut(text: str, cuts: list[int]) -> list[str]:
    """The text's non-empty pieces between the cut positions, stripped."""
    bounds = [0, *cuts, len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]


_AFTER_CASE_NUMBER = re.compile(
    r"(?:" + CASE_NUMBER.pattern + r"|\b[A-ZÅÄÖ]{2,8}[ -]?\d{4}[/:.-]|\b[A-ZÅÄÖ]{2,8}-"
    # a labelled number of which only the registry's code is left ("... Mitt Bohuslän Dnr KS Information om ...",
    # Uddevalla): the row ends with it, as with a number cut after its year
    r"|(?<=(?i:dnr) )[A-ZÅÄÖ]{2,8}(?= )"
    # a labelled number written year first ("... Delårsuppföljning per mars 2016 Dnr 2016/00220 Årsredovisning ...",
    # Habo): its label makes it the row's number, as the registry's own forms are
    r"|(?<=(?i:dnr) )(?:19|20)\d\d/\d{2,6}\b)"
    r"(?=\s+[A-ZÅÄÖ][a-zåäö])"
)


_DECIDES_HEADING = re.compile(r"\sBESLUTAR$")


def split_caps_headings(lines: list[Line]) -> list[Line]:
    """A protocol's § heading in capitals after a sentence of run-on text, its number lost ("...
    den 29 januari DELEGATIONSBESLUT M.M. Protokoll: ..."): a paragraph of its own, no number."""
    result: list[Line] = []
    for line in lines:
        # (Not a section of the § in capitals: "ARBETSUTSKOTTETS FÖRSLAG TILL KOMMUNSTYRELSEN", "KOMMUNSTYRELSEN
        # BESLUTAR Att ...", "SAMMANFATTNING", as Vilhelmina, Kil, Hofors head theirs.)
        cuts = [m.start("heading") for m in _CAPS_HEADING_IN_RUN.finditer(line.stripped)
                if not _item_heading(m.group("heading")) and not _DECIDES_HEADING.search(m.group("heading"))] \
            if line.page_start and len(line.stripped) > RUN_ON else []
        if not cuts:
            result.append(line)
            continue
        text, bounds = line.stripped, [0, *cuts, len(line.stripped)]
        result.extend(Line(line.number, text[a:b].strip(), page_start=True, item_start=a > 0 or line.item_start)
                      for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip())
    return result


def _split_after_case_numbers(text: str) -> list[str]:
    """'Title A (KF) KS-2014/ Title B (KF) KS-2015/ Title C' -> each title with its number."""
    return _cut(text, [m.end() for m in _AFTER_CASE_NUMBER.finditer(text)
                       if m.start() > 0 and text[m.start() - 1] == " "])


# A protocol's list of its paragraphs ("Innehållsförteckning", "Ärendeförteckning", "Paragrafer
# Ärenden Sida"): what follows is its rows, each a number and a title, run together on one line.
# Also the agenda the meeting worked by, quoted as a heading in capitals over rows numbered from 1 ("F Ö R E D R A G N
# I N G S L I S T A 1. Protokolljustering 2. ...", Osby), as kallelser head theirs.
_CONTENTS_LABEL = re.compile(
    r"\b(?:innehållsförteckning|ärendeförteckning|ärendelista|paragrafer\s+ärenden(?:\s+sida)?"
    r"|(?-i:FÖREDRAGNINGSLISTA|DAGORDNING|[Ff]öredragningslista|[Dd]agordning)(?=\s*:?\s+1[.)]\s+[A-ZÅÄÖ])"
    r"|innehåll(?=\s+\d{1,3}\s+[A-ZÅÄÖ]))\b\s*:?\s*"
    r"(?:sidan?\b|sid\b\.?)?\s*", re.IGNORECASE)
# A head set as a table in run-on text: its labels, then their dates in the same order
# ("Sammanträdesdatum Anslaget har satts upp Anslaget tas ner efter 2014-04-15 2014-04-30 2014-05-21").
_TABLE_LABEL = re.compile(
    r"(?P<meeting>sammanträdesdatum|sammanträdesdag)|(?P<approved>justeringsdatum|datum för justering)"
    r"|(?P<down>(?:datum då )?anslaget (?:tas|togs) (?:ned|ner|bort)(?: efter)?|datum för anslagets nedtagande)"
    r"|(?P<notice>(?:datum då )?anslaget (?:har satts|sätts|sattes) upp|datum för anslagets uppsättande"
    r"|anslagsdatum)", re.IGNORECASE)
_DATE_RUN = re.compile(r"(?:\d{4}-\d{2}-\d{2}\s+){1,5}\d{4}-\d{2}-\d{2}")


def _tabled_dates(text: str) -> list[tuple[str | None, FoundDate]]:
    """Dates standing together after as many labels, the labels' roles in order; [] if none such."""
    result = []
    previous = 0
    for run in _DATE_RUN.finditer(text):
        dates = find_dates(run.group())
        labels = list(_TABLE_LABEL.finditer(text[max(previous, run.start() - 200):run.start()]))
        previous = run.end()
        if len(labels) != len(dates):
            continue
        result += [(label.lastgroup, FoundDate(date.iso, date.text, run.start() + date.start, run.start() + date.end,
                                               date.error)) for label, date in zip(labels, dates, strict=True)]
    return result


_HEADING_AND_ROW = re.compile(r"^(?i:innehållsförteckning|ärendeförteckning)\s*:?\s+"
                              r"(?P<row>\d{1,3}\s+[A-ZÅÄÖ][a-zåäö].*)$")
# A row of a protocol's list of paragraphs: its number, perhaps after the body's code ("KF 60", and a known
# code in title case as many protocols print it: "Kf 172", "Ks 108").
_CONTENTS_ROW = re.compile(r"^(?:(?:[A-ZÅÄÖ]{2,6}|(?i:" + "|".join(naming.KNOWN_CODES.values()) + r"))\s+)?"
                           r"(?P<n>\d{1,3})\.?\s+(?P<rest>\S.*)$")
_SECTION_IN_RUN = re.compile(r"(?:(?<=\s)|^)§\s?(?P<n>\d{1,4})\s+(?=[\"(]?[A-ZÅÄÖ])")
# A row's page after its title, in a list under its page column's head (PAGE_WORD_BEFORE).
_PAGE_AT_ROW_END = re.compile(r"(?:\s+\d{1,3}\s*[-–]\s*\d{1,3}|(?:(?<=[^\d\s])|(?<=\d{4})|(?<=\d{4}-\d\d-\d\d))"
                              r"\s+\d{1,3})$")


def _pages_rise(found: list[re.Match | None]) -> bool:
    """Whether every row's end gave a page (_PAGE_AT_ROW_END), at least two, the pages never falling."""
    if len(found) < 2 or None in found:
        return False
    pages = [int(re.match(r"\s*(\d+)", match.group()).group(1)) for match in found]
    return pages == sorted(pages)


_DATE_AFTER_NAME = re.compile(
    r"^.{0,60}?\b(?:KALLELSE|FÖREDRAGNINGSLISTA|DAGORDNING|ÄRENDELISTA|ANMÄLNINGSLISTA|KUNGÖRELSE|"
    r"SAMMANTRÄDESPROTOKOLL|PROTOKOLL)\s+(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2} [a-zåäö]+ \d{4})\b")
_CAPITALS_RUN = re.compile(r"\b[A-ZÅÄÖ]{3,}(?:[ -]+(?:OCH|[A-ZÅÄÖ]{2,}-?))+\b")
_CALLED_TO_MEET = re.compile(r"\b(?:kallas|kallar)\b[^.]{0,40}?\bsammanträd(?:a|e)\b|\bsammanträder\b",
                             re.IGNORECASE)
# A meeting's date label alone on its line, its value on the next: not a bare 'Datum' (a letterhead's day of writing).
_MEETING_LABEL_ALONE = re.compile(r"^(?:tid|sammanträdesdatum|sammanträdesdag|mötesdatum|dag och tid|datum och tid"
                                  r"|tid och plats|plats och tid)\s*:?$", re.IGNORECASE)
# A bare 'Datum' label right before a date (not 'Sammanträdesdatum'): a letterhead's day of writing, in a kallelse.
_BARE_DATE_LABEL = re.compile(r"(?<![\wåäöÅÄÖ])datum\s*:?\s*$", re.IGNORECASE)
# (A kommunalförbund's "Direktionen"/"Förbundsdirektionen" meets and is called as a board does: naming.body_kind.)
_CALLED_BODY = r"[\wåäö-]*(?:fullmäktige|styrelsen|nämnden|utskottet|direktionen)"  # the body that meets, is called
_BODY_MEETS = re.compile(r"\b(?P<body>" + _CALLED_BODY + r")\s+sammanträder\b"
                         r"|\bsammanträder\s+(?P<after>" + _CALLED_BODY + r")\b", re.IGNORECASE)
_BODY_CALLED = re.compile(r"\b(?P<body>" + _CALLED_BODY + r")\s+kallas\s+(?:härmed\s+)?(?:till|att)\b", re.IGNORECASE)
# The head's label for the body: "Organ: Kommunstyrelsen", "Nämnd och sammanträdesdatum ...".
_BODY_LABEL_IN_HEAD = re.compile(r"\b(?:organ|nämnd(?:/styrelse)?|styrelse/nämnd)(?: och sammanträdesdatum)?\s*:?\s+",
                                 re.IGNORECASE)
# "handlingar till kultur- och fritidsnämndens sammanträde", "Protokoll fört vid sammanträde med Malmö
# kommunstyrelse", "Kommunstyrelsens protokoll": a body named with its meeting, or with its document.
# (A kommunalförbund's board too: "Kallelse till direktionens sammanträde", "förbundsdirektionens sammanträde".)
_BODYS_MEETING = re.compile(r"(?P<body>\b(?:[\wåäö]+(?:- och [\wåäö]+)?(?:nämndens|styrelsens|fullmäktiges|utskottets)"
                            r"|[\wåäö]*direktionens))\s+sammanträde", re.IGNORECASE)
_MEETING_WITH_BODY = re.compile(r"sammanträde med (?:[A-ZÅÄÖ][\wåäö-]+ )?"
                                r"(?P<body>[a-zåäö-]+(?:styrelse|nämnd|fullmäktige))\b")
_BODYS_DOCUMENT = re.compile(r"(?P<body>[A-ZÅÄÖ][\wåäö -]{2,60}?)s (?:protokoll|sammanträdesprotokoll|kallelse)\b")
# A head's label over (or before) its body, the head set as a table: "Nämnd Sammanträdesdatum" / "Kommunfullmäktige".
_BODY_LABEL_IN_TABLE = re.compile(r"\b(?:Organ|Instans|Nämnd(?:/[Ss]tyrelse)?|Styrelse/[Nn]ämnd|ORGAN|INSTANS|NÄMND)"
                                  r"\s*:?\s+(?:(?i:sammanträdesdatum)\s+)?")


# A fullmäktige's agenda lists its motions, questions and interpellations one after the other;
# where their numbers were lost, each still opens with its kind: "... (S) om X Motion av Y (V) om Z".
_MATTER_OPENING = re.compile(
    r"(?<=[\w)])\s+(?=(?:Motion|Interpellation|Fråga|Medborgarförslag)\s+(?:av|om|från|till)\s"
    r"|Motionssvar\s+-\s)")


def _unstack_items(items: list[Item]) -> None:
    """A table's cells one per line, numbers stacked ('4.' '5.' then 'Title A' 'KS/2015:450' 'Title B'
    'KS/2015:413'): an item with no text of its own takes the first title the next one holds, up to
    and with its case number, when the next one holds another title closed by a number."""
    for empty, following in zip(items, items[1:], strict=False):
        if empty.head or any(x.stripped for x in empty.lines) or not empty.key:
            continue
        cells = [Line(following.line, following.head)] if following.head else []
        cells += [x for x in following.lines if x.stripped]
        numbered = [i for i, cell in enumerate(cells) if i and is_case_number(cell.stripped)]
        if len(numbered) < 2 or numbered[0] + 1 >= numbered[1]:
            continue
        first = numbered[0]
        empty.head, empty.line, empty.lines = cells[0].stripped, cells[0].number, cells[1:first + 1]
        following.head, following.line, following.lines = (cells[first + 1].stripped, cells[first + 1].number,
                                                           cells[first + 2:])
        # The next column's cells are stacked the same way ('KF § 170 2015-11-10' '...' 'KF § 157
        # 2015-11-10' '...'): the first of them, up to the second, is the unstacked row's.
        steps = [i for i, cell in enumerate(following.lines) if _EARLIER_DECISION.match(cell.stripped)]
        if len(steps) >= 2:
            empty.lines = empty.lines + following.lines[steps[0]:steps[1]]
            following.lines = following.lines[:steps[0]] + following.lines[steps[1]:]


# A protocol's item set as a numbered point, no § ("3. Ekonomisk uppföljning februari 2019" on a line of its own):
# a title, not a sentence ("1. Kommunfullmäktige beslutar ...": a decision's point).
_POINT_ROW = re.compile(r"^(?P<n>\d{1,2})\.\s+(?P<title>[A-ZÅÄÖ][^.!?:;]{2,150})$")


def _points_as_items(head: list[Line]) -> tuple[list[Line], list[Item]]:
    """A protocol that read no § at all whose items are numbered points 1., 2., 3. ... each on a line of its own,
    in order from 1 (Västra Götalandsregionen's 'Ärenden till regionfullmäktige 1. Nytt reglemente ...', as the
    kallelser of most municipalities number their items): those points are its items, the lines below each its
    text. Fewer than three in order: no items (the lines as they were)."""
    points = [(index, match) for index, line in enumerate(head) if (match := _POINT_ROW.match(line.stripped))
              and not _BODY_ACTS.search(match.group("title")) and not _PARTY_LABEL.search(match.group("title"))]
    chain: list[tuple[int, re.Match]] = []
    for index, match in points:
        if int(match.group("n")) == len(chain) + 1:
            chain.append((index, match))
    if len(chain) < 3:
        return head, []
    starts = {index: match for index, match in chain}
    before: list[Line] = []
    items: list[Item] = []
    for index, line in enumerate(head):
        match = starts.get(index)
        if match:
            number = int(match.group("n"))
            items.append(Item(f"punkt {number}", number, line.number, match.group("title").strip()))
        elif items:
            items[-1].lines.append(line)
        else:
            before.append(line)
    return before, items


def _fold_rows_without_a_free_number(items: list[Item]) -> list[Item]:
    """A row whose number was lost stands where a number is missing: between items 2 and 5 (Haparanda),
    9 and 12 (Sotenäs), 126/18 and 129/18 (Region Uppsala), 5 and 9 (Lilla Edet). Rows without a
    number between N and N + 1 have no number free to have lost: they are parts of item N, listed
    below it (an agenda's contents list gives each item's sections so, "Redogörelse... 7",
    "Förvaltningens yttrande... 10", Bollnäs), no items of their own."""
    result: list[Item] = []
    # Each item's nearest keyed item above and below, kept as the walk goes (looking them up again for each item
    # was quadratic in a long list).
    belows: list[Item | None] = []
    below = None
    for item in reversed(items):
        belows.append(below)
        below = item if item.key else below
    above = None
    for item, below in zip(items, reversed(belows), strict=True):
        if not item.key and above is not None and below is not None and below.number == above.number + 1:
            result[-1].lines.extend([Line(item.line, item.head), *item.lines])
            continue
        result.append(item)
        above = item if item.key else above
    return result


def _portal_items(head: list[Line], items: list[Item], rows: set[int]) -> tuple[list[Line], list[Item]]:
    """A meeting portal's items are its bulleted numbers' rows (split_numbered_bullets): any other item read
    (a note's "1. Jannike Hillding (M) avsäger sig ...") is text of the row above it, or of the head."""
    kept: list[Item] = []
    for item in items:
        if item.line in rows:
            kept.append(item)
            continue
        (kept[-1].lines if kept else head).extend(_as_text(item))
    return head, kept


def _merge_repeated_items(items: list[Item]) -> list[Item]:
    """A kallelse's attached paper for an item opens with its number and title again ('Ärende 2
    Budgetuppföljning april 2019 Dnr KS 2019/12 Förslag till beslut ...'): its text continues
    that item, it is no item of its own."""
    result: list[Item] = []
    by_key: dict[str, list[Item]] = defaultdict(list)  # the items kept so far under each key, in order
    for item in items:
        earlier = next((x for x in by_key[item.key] if len(x.head) >= 10 and item.head.startswith(x.head)),
                       None) if item.key else None
        if earlier is None and item.key.startswith("punkt ") and result and result[-1].number > item.number:
            # "ÄRENDE 4 Sammanslagning ..." after the list's 1-16: its paper under a heading of its own, the list
            # long past its number (Sjuhärad's; Hallsberg's, Botkyrka's and Borlänge's papers follow their lists so).
            earlier = next((x for x in by_key[item.key] if len(x.head) >= 10), None)
            if earlier is not None:
                earlier.lines.extend([Line(item.line, item.head)] if item.head else [])
                earlier.lines.extend(item.lines)
                continue
        if earlier is None:
            result.append(item)
            by_key[item.key].append(item)
            continue
        rest = item.head[len(earlier.head):].strip()
        earlier.lines.extend([Line(item.line, rest)] if rest else [])
        earlier.lines.extend(item.lines)
    return result


def _fold_attached_extracts(items: list[Item]) -> list[Item]:
    """A kallelse's attached protocol extract for an agenda item ('KS § 87 / Dnr KS 48/2015 / Delårsbokslut /
    Förslag till beslut ...' after the agenda's '6. Delårsbokslut'): a § of another series than the agenda's
    points, whose title, below its case number, is an agenda item's title word for word. Its text continues
    that item (the attached paper repeats its item's title so also in Botkyrka's and Borlänge's kallelser)."""
    result: list[Item] = []
    agenda: dict[str, list[Item]] = defaultdict(list)  # the agenda's points kept so far, by title, in order
    for item in items:
        texts = [x for x in item.lines if x.stripped]
        title = next((x for x in ([Line(item.line, item.head)] if item.head else []) + texts
                      if not own_case_numbers(x.stripped) and not is_case_number(x.stripped)), None)
        earlier = next((x for x in agenda[title.stripped] if len(x.head) >= 10
                        and not any(y.stripped for y in x.lines)), None) \
            if item.key.startswith("§") and title is not None else None
        if earlier is None or len(agenda[earlier.head]) != 1:
            result.append(item)
            if item.key.startswith("punkt "):
                agenda[item.head].append(item)
            continue
        earlier.lines.extend(x for x in item.lines if x is not title)
    _fold_attached_page(result)
    return result


# A protocol's page attached after a kallelse's agenda: its heading on a line of its own.
_PROTOCOL_PAGE = re.compile(r"^(?:SAMMANTRÄDESPROTOKOLL|PROTOKOLLSUTDRAG|PROTOKOLL)\b")


def _fold_attached_page(items: list[Item]) -> None:
    """The attached protocol page run into the agenda's last item, with no § of its own ('SAMMANTRÄDESPROTOKOLL /
    Sammanträdesdatum Kommunstyrelsen Dnr 2015/ Kommunal parkeringsövervakning Beslut ...': Borlänge): where its
    next line names an agenda item's title word for word, the page's text from there continues that item."""
    agenda = [x for x in items if x.key.startswith("punkt ")]
    if len(agenda) < 2 or items[-1] is not agenda[-1]:
        return
    last = agenda[-1]
    at = next((i for i, x in enumerate(last.lines) if _PROTOCOL_PAGE.match(x.stripped)), None)
    following = next((x for x in last.lines[at + 1:] if x.stripped), None) if at is not None else None
    if following is None:
        return
    named = [(x, m) for x in agenda[:-1] if len(x.head) >= 10 and not any(y.stripped for y in x.lines)
             for m in [re.search(r"(?:^|\s)" + re.escape(x.head) + r"(?=\s+[A-ZÅÄÖ]|$)", following.stripped)] if m]
    if len(named) != 1 or sum(1 for x in agenda if x.head == named[0][0].head) != 1:
        return
    earlier, match = named[0]
    rest = following.stripped[match.end():].strip()
    page = last.lines[at:]
    last.lines = last.lines[:at]
    earlier.lines.extend([*([Line(following.number, rest)] if rest else []),
                          *page[page.index(following) + 1:]])


def _split_matter_run(item: Item) -> list[Item]:
    """An agenda item's run-on title holding further motions, questions or interpellations whose
    numbers were lost: the first keeps the item, each further one an item without a number."""
    if len(item.head) < RUN_ON and not item.row:  # (a list's row holds the next row's title, however short)
        return [item]
    cuts = [m.start() for m in _MATTER_OPENING.finditer(item.head)]
    if cuts and _CASE_NUMBER_ONLY.match(item.head[:cuts[0]].strip()):
        # "104 Dnr 2016/00678 Interpellation om lärarbehörighet", "161 Dnr KS 2014-82 Motion om utbyggnad av
        # Ringvägen" (Ovanåker, Eda; Västerås' "Dnr KS 2018/00568-1.5.2 Fråga från (M) ..."): the row's own case
        # number before its title, which opens with its kind; no title ends there.
        cuts = cuts[1:]
    return _split_at(item, cuts)


# A row's head holding only its case number, perhaps labelled: "Dnr 2016/00678", "Dnr KS 2014-82", "KS/2019:124".
_CASE_NUMBER_ONLY = re.compile(r"^(?:(?i:dnr|diarienr|diarienummer)\.?:?\s*)?(?:[A-ZÅÄÖ]{1,6}[ /.-]?)?\d[\w/.:-]*$")


def _split_at(item: Item, cuts: list[int]) -> list[Item]:
    """The item cut at `cuts` in its head: the first piece keeps the item (its number, case number,
    row), each further piece is an item whose number was lost; the last takes the item's lines."""
    if not cuts:
        return [item]
    pieces = _cut(item.head, cuts)
    first = Item(item.key, item.number, item.line, pieces[0], case_number=item.case_number,
                 truncated_case=item.truncated_case, row=item.row)
    rest = [Item("", 0, item.line, piece) for piece in pieces[1:]]
    rest[-1].lines = item.lines
    return [first, *rest]


# Titles of a protocol's list of paragraphs run together where the extraction dropped the numbers between
# them ("169 s verksamhetsuppföljning Regionens finmaskiga vägnät 171 ...", Askersund; "77 Bygdeavgiftsmedel
# IT-infrastrukturprogram Förvaltningsorganisationen 80 ...", Härjedalen; "14 Regionstyrelsens verksamhetsplan
# Internkontrollplan regionstyrelsen Information - Forskningsplan ... 17", Region Kronoberg): a title opens with a
# capitalised word after a word in lower case that ends no phrase open to a name ("för", "i", a comma, a dash).
_JOINING_WORDS = {"av", "för", "om", "till", "med", "i", "på", "vid", "från", "mot", "inom", "hos", "under", "över",
                  "efter", "enligt", "och", "samt", "eller", "att", "den", "det", "de", "ett", "en", "som", "per",
                  "utan", "genom", "kring", "mellan", "bland", "angående", "avseende", "gällande", "rörande",
                  "berörande", "beträffande", "inklusive", "jämte", "via", "år", "vs"}
_BINDING_WORDS = _JOINING_WORDS - {"och", "samt", "eller", "att", "den", "det", "de", "ett", "en", "som", "år"}
_OPENING_WORD = re.compile(r"^[A-ZÅÄÖ][a-zåäöéü]+-?$")
_NAME_WORD = re.compile(r"^[A-ZÅÄÖ][a-zåäöéü]")
_LOST_DIGITS = re.compile(r"^\d{1,4}:$")  # "Askersund 1:" whose number after the colon was lost with the next §
_TOKEN = re.compile(r"\S+")
_YEAR_TOKEN = re.compile(r"^(?:19|20)\d\d(?:[-–](?:19|20)\d\d)?[,:]?$")  # "Biblioteksplan 2019-2022", "2020,"


def _title_openings(text: str, *, continued: bool = False) -> list[int]:
    """Where a further title opens in a list row's run-together titles: a capitalised word (not a name's
    second word) after a lower-case word, the word after it in lower case, a dash, a year, or nothing.
    `continued`: the text goes on with a title from the row above, its first word perhaps a name ending it
    ("på" / "Rindövägen Kompletterande svar ..."), no name opening a title."""
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    cuts = []
    for i in range(1, len(tokens)):
        word, before = tokens[i][1], tokens[i - 1][1]
        after = tokens[i + 1][1] if i + 1 < len(tokens) else None
        if not _OPENING_WORD.match(word) or before.lower() in _JOINING_WORDS or before.isdigit():
            continue  # (after a year the body or place it is of: "Internkontrollplan 2020 Kommunstyrelsen")
        if before[-1] in ",;(/-–&" or before.endswith(":") and not _LOST_DIGITS.match(before):
            continue
        if _NAME_WORD.match(before) and not (continued and i == 1):
            # "Netwest Förändring av": only before a word that binds it to what follows
            opens = after in _BINDING_WORDS
        elif after is None or after in ("-", "–"):
            opens = True
        else:
            opens = after[0].islower() or bool(_YEAR_TOKEN.match(after))
        if opens:
            cuts.append(tokens[i][0])
    return cuts


# A §'s first section heading, run on after its title: "... avfall Ärendebeskrivning Au ...", "... Sammanfattning ...".
_SECTION_WORD_IN_RUN_ON = re.compile(r"(?<=\S)\s(?=(?:Ärendebesk\s?rivning|Sammanfattning|Beslutsunderlag|Bakgrund"
                                     r"|Förslag till beslut)(?:\s|$))")


def _run_on_title_end(text: str) -> int | None:
    """Where a run-on §'s title ends: the first further title opening (_title_openings) within a title's length,
    two words or more before it, none left open, most of them in lower case as a Swedish title's are; None
    otherwise (a list of members read as a §: "Rolf Hallberg Ulf Dahlberg, tjänstgör för Pelle Pellby (S) ...")."""
    cuts = _title_openings(text)
    section = _SECTION_WORD_IN_RUN_ON.search(text, 0, cuts[0] if cuts else len(text))
    if section:  # "Anbud förbränning av avfall Ärendebeskrivning Au Upphandling ...": the first section's heading
        cuts = [section.start()]
    if not cuts or cuts[0] > _LONGEST_TITLE:
        return None
    words = text[:cuts[0]].split()
    if len(words) < 2 or " ".join(words).endswith(_OPEN_ENDINGS):
        return None
    return cuts[0] if _mostly_lower_case(text[:cuts[0]]) else None


# The agenda itself, a standing item however it is worded ("EXTRA ÄRENDE/FÖREDRAGNINGSLISTAN Utöver på ...", Hofors).
_AGENDA_WORD = re.compile(r"(?i)föredragningslista|dagordning|ärendelista")


def _mostly_lower_case(text: str) -> bool:
    """Half the words or more start in lower case, as a Swedish title's and text's do; a list of names does not."""
    words = text.split()
    return bool(words) and 2 * sum(word[:1].islower() for word in words) >= len(words)


_SENTENCE_OR_LABEL = re.compile(r"[.!?](?:\s|$)|:\s")  # a sentence's end, a label's colon (not "1:12")


def _split_long_agenda_row(item: Item) -> list[Item]:
    """An agenda row longer than any title, without a sentence in it ("38. Försäljning av Gamla Uppsala Buss AB ...
    i Uppsala län Godkännande av bolagstransaktioner ... AB Uppsala kommuns arbetsgivarpolicy Namn på nytt
    bostadsområde ..."): titles run together whose numbers were lost; cut where a further title opens (as a
    protocol's list is, split_run_together_rows), each piece a title of three words or more, else left whole."""
    if len(item.head) <= _LONGEST_TITLE or _SENTENCE_OR_LABEL.search(item.head) or "@" in item.head \
            or CASE_NUMBER.search(item.head) or _STUB_INSIDE.search(item.head):
        return [item]  # (a row with its Dnr cell, or the page's foot, is read by the title's own rules)
    cuts = _title_openings(item.head)
    pieces = _cut(item.head, cuts)
    if not cuts or any(len(piece.split()) < 3 or len(piece) > _LONGEST_TITLE for piece in pieces):
        return [item]
    return _split_at(item, cuts)


def split_run_together_rows(items: list[Item]) -> list[Item]:
    """A protocol's list of paragraphs whose §§ run on with gaps (the numbers lost, not the rows): a row before
    a gap of n numbers holding at most n further title openings is cut there, each piece an item without a
    number; with more openings than lost numbers which is which is unknown, and the row stays whole."""
    result: list[Item] = []
    for index, item in enumerate(items):
        at = next((at for at in range(index + 1, len(items)) if items[at].key), None)
        later = items[at] if at is not None else None
        if not (item.row and item.key and later is not None and later.row) or any(x.stripped for x in item.lines):
            result.append(item)
            continue
        lost = later.number - item.number - 1 - (at - index - 1)  # (the items between have no number)
        cuts = _title_openings(item.head) if lost > 0 else []
        result.extend(_split_at(item, cuts) if len(cuts) <= lost else [item])
    return result


# A case number cut short inside an agenda row, a capital after it: the row's title ended there and the next row,
# its number lost, follows ("Allmänhetens frågestund KS 7/ Information från revisionskollegiet KS 19/ Svar på ...",
# "... i Hultsfreds kommun 2018/ / / Interpellationer och frågor").
# Also a labelled number written year first, then the registry's code, its serial lost ("... samt fyllnadsval Dnr
# 2014/KS Begäran om ...", Lilla Edet, whose whole numbers read "Dnr 2017/KS0232").
# Its notes column may follow, the bodies that prepared it and their paragraphs listed after a comma ("... i Boo
# Antagande KFKS 2014/ , MSN 214, KSSU Detaljplan för ...", Nacka): the row's too.
_PREPARED_BY = r"(?:\s*,\s*[A-ZÅÄÖ]{2,6}(?:\s+\d{1,4}/?)?(?=[\s,]|$))*"
_STUB_IN_ROW = re.compile(r"(?<=\s)(?:(?:[A-ZÅÄÖ]{2,8}[ -]?\d{1,4}|(?:19|20)\d\d)/(?:\s*/)*" + _PREPARED_BY +
                          r"|(?<=(?i:dnr) )(?:19|20)\d\d/[A-ZÅÄÖ]{2,4})(?=\s+[A-ZÅÄÖ][a-zåäö])")


def _split_after_stubs(item: Item) -> list[Item]:
    return _split_at(item, [m.end() for m in _STUB_IN_ROW.finditer(item.head)
                            if len(item.head[:m.start()].split()) >= 2])


# A row's number standing inside a row read with no number ("... Ulricehamn 2015/219 Kommunstyrelsens beslutsärenden
# 20. Yttrande om ...", "... KFKS 2015/ Direkt till KS 12. Barnrättscertifiering ...").
_NUMBER_IN_ROW = re.compile(r"(?<=\s)(?P<n>\d{1,3})\.\s+(?=[A-ZÅÄÖ][a-zåäö])")


def _split_at_counted_numbers(items: list[Item]) -> list[Item]:
    """An agenda's rows whose numbers were lost between numbered ones are counted on from the last numbered row: a
    number inside an unnumbered row that is the next row's by that count opens that row (the text before it is the
    row it stands in); one that is this row's own ends the cells of the row above that stood before it ("Direkt till
    KS"), a note, no title."""
    result: list[Item] = []
    last: tuple[int, int] | None = None  # the last numbered row's number and its index in result
    for item in items:
        if item.key or last is None:
            result.append(item)
            last = (item.number, len(result) - 1) if item.key and item.number else last
            continue
        position = last[0] + len(result) - last[1]
        match = next((m for m in _NUMBER_IN_ROW.finditer(item.head)
                      if int(m.group("n")) in (position, position + 1)), None)
        before = item.head[:match.start()].strip() if match else ""
        if not match or int(match.group("n")) == position and len(before.split()) > 4:
            result.append(item)
            continue
        n = int(match.group("n"))
        if n == position + 1:
            result.append(Item("", 0, item.line, before))
        elif before:
            result[-1].lines.append(Line(item.line, before))
        result.append(Item(f"punkt {n}", n, item.line, item.head[match.end():].strip(), lines=item.lines))
        last = (n, len(result) - 1)
    return result


def _add_onward_step(steps: list[PlanningStep], step: tuple[str, str | None]) -> None:
    """The step a group heading names, after the meeting's own; the last step decides again."""
    steps.append(PlanningStep(body=step[0], date=step[1]))
    for each in steps:
        each.role, each.decides = "bereder", False
    mark_deciding(steps, [None] * len(steps))


def _consecutive(numbers: list[int]) -> list[int]:
    """Indexes of the longest run of numbers standing in order, each one or two more than the
    one before (one may be missing): a list's rows, not numbers that happen to stand there."""
    # value -> the longest chain ending at that value so far, as (length, its last index, the chain before it):
    # linked, not copied for each number (copying was quadratic in a long list)
    best: dict[int, tuple] = {}
    for index, n in enumerate(numbers):
        before = max((best.get(n - 1, _NO_CHAIN), best.get(n - 2, _NO_CHAIN)), key=_chain_length)
        if before[0] + 1 > best.get(n, _NO_CHAIN)[0]:
            best[n] = (before[0] + 1, index, before)
    chain, indexes = max(best.values(), key=_chain_length, default=_NO_CHAIN), []
    while chain[0]:
        indexes.append(chain[1])
        chain = chain[2]
    return indexes[::-1]


_NO_CHAIN = (0, -1, None)


def _chain_length(chain: tuple) -> int:
    return chain[0]


# A contents list's row ends at its dot leader and page number ("Månadsrapport... 3 Information ..."), the next
# row's number perhaps after the page ("1 Allmänhetens frågestund... 5 2 Ledamöternas ...", as _PAGE_THEN_ROW;
# Bollnäs', Bjuv's agendas, Mörbylånga's protocol), or, where the pages are not given, at its case number in
# brackets ("Finansiell rapport (Dnr KS2015/82) Rambudget ...", _BRACKETED_CASE_END). The page is furniture.
# (Never starting inside a run of spaces or of leader marks: a match there would start at the run's start as well, and
# trying each start of a long leader not followed by a page was quadratic: a 200,000-dot leader hung.)
_LEADER_PAGE_NUMBER = re.compile(r"(?<!\s)\s*(?:(?<!\.)\.{2,}|(?<!…)…+)\s*\d{1,3}\s+(?=(?:\d{1,3}\s+)?[A-ZÅÄÖ])")
# (A protocol's list may be headed as its register: "Protokollsregister Årsredovisning... 3", Åre.)
_CONTENTS_HEADING = re.compile(
    r"\b(?:innehållsförteckning|innehåll|ärendeförteckning|ärendelista|protokollsregister|paragrafregister)\b"
    r"(?:\s*:|\s+(?:ärenden?|rubrik|sida|sid\.?|paragraf|§)\b)*\s*", re.IGNORECASE)
_PAGE_COLUMN_HEAD = re.compile(r"(?<=\s)(?:Sida|Sid\.?)\s+(?=[A-ZÅÄÖ])")
_BRACKETED_NUMBER = re.compile(r"\((?:(?i:dnr|diarienummer)\.?:?\s*)?(?P<number>" + CASE_NUMBER.pattern + r")\)")
_BRACKETED_CASE_END = re.compile(_BRACKETED_NUMBER.pattern + r"(?=\s+[A-ZÅÄÖ])")


def _leader_rows(text: str, *, numbered: bool = False) -> tuple[str, list[str]] | None:
    """'Innehåll Ärende Sida Title A... 3 Title B... 4 Title C... 6 ...' -> the text before the
    list and its rows' titles (leader and page dropped): only under a contents heading, three
    rows with a page number at least. The piece after the last page number is cut after each
    bracketed case number; its last part may be cut off by the excerpt (the reader decides)."""
    # (A protocol's list gives the next row's § after the page as well: "... 6 39 Dnr 2016/000964 Kostpolicy",
    # Mörbylånga; Bollnäs' and Bjuv's agendas the same.)
    leaders = list(_LEADER_PAGE_NUMBER.finditer(text))
    headings = list(_CONTENTS_HEADING.finditer(text[:leaders[0].start()])) if leaders else []
    if leaders and not headings:
        # The list's page column head alone before its first row ("Ärenden vid dagens sammanträde Sida
        # Förändringar i föredragningslistan... 5 ...", Skurup; Arvika's "Innehåll Ärende Sida Månadsrapport...
        # 3"): a number after a dot leader is a page (Arvika, Eksjö, Kungälv, Mora, Skurup), never a §.
        headings = list(_PAGE_COLUMN_HEAD.finditer(text[:leaders[0].start()]))
    heading = headings[-1] if headings else None  # the last contents heading before the first row
    if len(leaders) < 3 or heading is None:
        return None
    rows = [text[a:b.start()].strip() for a, b in zip(
        [heading.end(), *(m.end() for m in leaders[:-1])], leaders, strict=True)]
    rest = text[leaders[-1].end():]
    rows.extend(_cut(rest, [m.end() for m in _BRACKETED_CASE_END.finditer(rest)]))
    if numbered:
        # An agenda's contents list also gives each item's sections ("Beslut... 7", "Handlingar... 10"):
        # an item's section heading is no item.
        rows = [row for row in rows if _item_heading(_DOT_LEADER.sub("", row)) is None]
    return text[:heading.start()].strip(), [row for row in rows if row]


_NUMBER_TOKEN = re.compile(r"(?:^|\s)§?\s?\d{1,3}(?=\s|$)")  # a list's number, or a page's, standing alone
_CONTINUED_ROW = re.compile(r"^(?:[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,3}\s+)?(?:§\s*)?\d{1,3},?\s+(?i:forts)\.?\s+"
                            r"(?=(?:[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,3}\s+)?(?:§\s*)?\d{1,3}\s)")
# A § or row marked as continued from the page before: "KS § 67, forts." (Fagersta), "KS 168 forts" (Rättvik's
# list of paragraphs), "forts." over a list carried on (Jönköping).
_CONTINUED_MARK = re.compile(r"^,?\s*\(?(?i:forts\.?|fortsättning)\)?\.?$")
_NUMBER_AND_PAGE = re.compile(r"(?:(?<=\s)|^)(?P<n>\d{1,3})\s+(?P<page>\d{1,3})\s+(?=[A-ZÅÄÖ])")


# A contents row's page (a range too: "8-9"), then the next row's §: "... i skolan 5 31 Plan ...", the page
# glued to the title where the title reached the page column ("... trakasserier6 32 Plan ...").
_PAGE_THEN_ROW = re.compile(r"(?:(?<=\s)|(?<=[a-zåäö)]))(?P<page>\d{1,3}(?:-\d{1,3})?)\s+(?P<n>\d{1,3})\s+"
                            r"(?=[A-ZÅÄÖa-zåäö])")
_ROW_START = re.compile(r"(?:^|\s)(?=\d{1,3}\s+[A-ZÅÄÖ])")
_ROW_AFTER_WRAP = re.compile(r"(?<=[a-zåäö)])\s(?P<n>\d{1,3})\s+(?=[A-ZÅÄÖ])")
_PAGE_IN_WRAP = re.compile(r"(?<=[a-zåäö-])\s(?P<page>\d{1,3})\s+(?=[a-zåäö])")
_LAST_ROW_PAGE = re.compile(r"(?:(?<=\s)|(?<=[a-zåäö)]))(?P<page>\d{1,3}(?:-\d{1,3})?)(?:\s+\d{1,3})?\s*$")


def _rows_with_pages(rows: str) -> list[str] | None:
    """'29 Ändring av föredragningslistan 4 30 Rapport om ... 5 31 ...': a contents list giving each row's §,
    title and page (Norberg, Vaxholm; Ånge and Oskarshamn the same): the page before each next § dropped,
    where three rows at least follow the first so, their §§ one by one and their pages never going back;
    None otherwise. A row whose title opens in lower case holds the end of the title above, wrapped there
    (its page column beside the title's first line): neither title is told apart, both are left out."""
    first = _CONTENTS_ROW.match(rows.strip())
    if first is None:
        return None
    expected, last_page, cuts = int(first.group("n")) + 1, 0, []
    inner_pages: list[re.Match] = []  # a page printed beside a wrapped title's first line, inside the title
    candidates = sorted([*_PAGE_THEN_ROW.finditer(rows), *_ROW_AFTER_WRAP.finditer(rows)], key=lambda m: m.start("n"))
    for match in candidates:
        if int(match.group("n")) != expected:
            continue
        if "page" in match.groupdict():
            page = int(match.group("page").split("-")[0])
            if page < last_page:  # (a page is at most three digits, by the pattern)
                continue
            page = int(match.group("page").split("-")[-1])  # a span's last page
        else:
            # "52 Information ... brotts- och 4 skadeförebyggande arbete i Staffanstorps kommun 53 Information ...":
            # the row above wrapped, its page beside its first line (Staffanstorp; Vaxholm's rows wrap so too).
            since = cuts[-1].end() if cuts else 0
            inner = [m for m in _PAGE_IN_WRAP.finditer(rows, since, match.start("n"))
                     if int(m.group("page")) >= last_page]
            if len(inner) != 1:
                continue
            inner_pages.append(inner[0])
            page = int(inner[0].group("page"))
        cuts.append(match)
        expected, last_page = expected + 1, page
    if len(cuts) < 3:
        return None
    for inner in reversed(inner_pages):  # (a page inside a title is no part of it)
        rows = rows[:inner.start("page")] + " " * len(inner.group("page")) + rows[inner.end("page"):]
    pieces = [" ".join(rows[:cuts[0].start()].split())]
    for match, after in zip(cuts, [*cuts[1:], None], strict=True):
        pieces.append(" ".join(rows[match.start("n"):after.start() if after else len(rows)].split()))
    end = _LAST_ROW_PAGE.search(pieces[-1])
    if end and int(end.group("page").split("-")[0]) >= last_page and len(pieces[-1][:end.start()].split()) >= 2:
        pieces[-1] = pieces[-1][:end.start()].strip()
    # (A title cut on a preposition or conjunction goes on in the row below, too.)
    wrapped = {i for i, piece in enumerate(pieces) if i > 1 and (
        re.match(r"^\d{1,3}\s+[a-zåäö]", piece) or pieces[i - 1].endswith(_OPEN_ENDINGS))}
    untold = set()
    for i in sorted(wrapped):
        # "125 Utreda ... åtgärder på 11-12 126 Rindövägen Kompletterande svar till ...": the title above goes on
        # up to where this row's own title opens (Vaxholm); where no opening tells them apart, neither is told.
        number = re.match(r"^\d{1,3}\s*", pieces[i])
        rest = pieces[i][number.end():]
        cuts = _title_openings(rest, continued=True)
        if cuts and i - 1 not in untold:
            pieces[i - 1] = f"{pieces[i - 1]} {rest[:cuts[0]].strip()}"
            pieces[i] = pieces[i][:number.end()] + rest[cuts[0]:]
        else:
            untold |= {i - 1, i}
    for i in sorted(untold):
        pieces[i] = re.match(r"^\d{1,3}", pieces[i]).group()  # the row's § alone: no title stated
    return pieces


def _drop_page_column(rows: str) -> str:
    """'141 4 Godkännande av dagordning 142 5 Information ...': a contents list giving each row's
    § and then its page; where three rows at least stand so, their § numbers running on one by
    one, the pages are dropped, so that the § is the row's number."""
    pairs = list(_NUMBER_AND_PAGE.finditer(rows))
    numbers = [int(m.group("n")) for m in pairs]
    first = _CONTENTS_ROW.match(rows.strip())
    if first and pairs and pairs[0].start() > 0 and len(pairs) >= 3:
        # "60 Fastställande av dagordning 4 61 Information ... 5 62 ...": the list gives each row's §,
        # title and page; the § numbers run on from the first row's, so the number before each is the
        # page of the row above (Ånge, Oskarshamn; Gällivare gives the page after the §).
        seconds = [int(m.group("page")) for m in pairs]
        if seconds[:3] == [int(first.group("n")) + 1, int(first.group("n")) + 2, int(first.group("n")) + 3]:
            return _NUMBER_AND_PAGE.sub(lambda m: m.group("page") + " ", rows)
    if len(pairs) < 3 or len(_consecutive(numbers)) < 3:
        return rows
    seconds = [int(m.group("page")) for m in pairs]
    if (all(b == a + 1 for a, b in zip(seconds, seconds[1:], strict=False))
            and not all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))
            and all(b >= a for a, b in zip(numbers, numbers[1:], strict=False))):
        # "2 55 Allmänhetens frågestund 4 56 Inkomna medborgarförslag 5 57 ...": the page first, then the §
        # (Tranemo): a § counts up by one at every row, pages jump and never go back (Gällivare's "141 4
        # ...", Ånge's and Oskarshamn's "60 Title 4 61": the § is the column counting by one there too).
        return _NUMBER_AND_PAGE.sub(lambda m: m.group("page") + " ", rows)
    return _NUMBER_AND_PAGE.sub(lambda m: m.group("n") + " ", rows)


# A heading set in letter-spaced capitals ("F Ö R E D R A G N I N G S L I S T A", "Ä R E N D E F Ö R T E C K N I N G",
# "K U N G Ö R E L S E", "M U L L S J Ö K O M M U N": Osby, Härjedalen, Härryda, Mullsjö), six letters at least.
_LETTER_SPACED = re.compile(r"(?<![\wåäöÅÄÖ])(?:[A-ZÅÄÖ] ){5,}[A-ZÅÄÖ](?![\wåäöÅÄÖ])")


def join_letter_spaced(lines: list[Line]) -> list[Line]:
    """Each letter-spaced heading written as one word ('FÖREDRAGNINGSLISTA'), so that it reads as the heading."""
    return [Line(line.number, _LETTER_SPACED.sub(lambda m: m.group().replace(" ", ""), line.text),
                 line.page_start, line.item_start) if _LETTER_SPACED.search(line.text) else line for line in lines]


def split_contents_runs(lines: list[Line], *, protocol: bool) -> list[Line]:
    """Rows of a list of paragraphs run together on one line: '§ 141 Title § 142 Title § 143 ...'
    (three § numbers in order at least), or after a contents heading '21 Title 22 Title 23 ...'
    (a protocol's) or 'Title... 3 Title... 4' (titles and pages, no numbers): each row on a line
    of its own, marked as an item's start."""
    result: list[Line] = []
    next_after: int | None = None  # the next number of a list whose numbers stand after its titles
    last_line = next((line for line in reversed(lines) if line.stripped), None)
    for line in lines:
        text = line.stripped
        continued = _list_continued(text, result) if protocol and text else None
        if continued is not None:
            result.extend(Line(line.number, row, item_start=True) for row in continued)
            continue
        one_row = _HEADING_AND_ROW.match(text) if protocol and len(text) < RUN_ON else None
        if one_row:
            # "Innehållsförteckning 163 Information från AB Bostäder Motion om kon": the list's heading and
            # its first row (the text cut after it), the row a § whose sign was lost.
            result.append(Line(line.number, text[:one_row.start("row")].strip(), page_start=line.page_start))
            result.append(Line(line.number, one_row.group("row"), item_start=True))
            continue
        if len(text) < RUN_ON:
            result.append(line)
            continue
        paged = _leader_rows(text, numbered=not protocol)
        if paged is not None:
            before, rows = paged
            # "KS 168 forts KS 169 Dnr 2013/ Medborgarförslag ...": the page where § 168 goes on ('forts.', as
            # Fagersta's "KS § 67, forts." and Jönköping's "forts." mark a § continued), then the next row.
            rows = [_CONTINUED_ROW.sub("", row) for row in rows] if protocol else rows
            if protocol:
                # Rows whose leaders and pages were lost run together, longer than any title ("Reglemente för
                # förtjänstgåvor och minnesgåvor Revidering av Regler ... Hundlatrin i Bjurholms samhälle Bidrag
                # ...", Bjurholm's list after its last page): no number to shift, so cut where each title opens,
                # as a list that lost its numbers is, rather than dropped whole.
                rows = [piece for row in rows for piece in (
                    _cut(row, _title_openings(row)) if len(row) > _LONGEST_TITLE and not _NUMBER_TOKEN.search(row)
                    and not _DOT_LEADER.search(row) else [row])]
                # So the rows after the last page though shorter, where two titles or more open in them, each of
                # three words or more ("Program för parkering i Vara kommun Upprättande av arbetsmarknadsråd ...
                # Slutredovisning av ...", Vara; Åre's "Investering nytt höjdfordon inom räddningstjänsten
                # Räddningstjänstens begäran om medel ..."; Bjurholm's, longer, above).
                last_row = rows[-1] if rows else ""
                pieces = _cut(last_row, _title_openings(last_row)) if not _NUMBER_TOKEN.search(last_row) \
                    and not _DOT_LEADER.search(last_row) else []
                if len(pieces) >= 3 and all(len(piece.split()) >= 3 for piece in pieces):
                    rows[-1:] = pieces
            if before:
                result.append(Line(line.number, before, page_start=line.page_start))
            result.extend(Line(line.number, row, item_start=True) for row in rows)
            continue
        marks = list(_SECTION_IN_RUN.finditer(text))
        chain = [marks[i] for i in _consecutive([int(m.group("n")) for m in marks])]
        starts = [m.start() for m in chain] if len(chain) >= 3 else []
        paged_after = _rows_paged_after(text) if protocol and not starts else None
        if paged_after is not None:
            before, rows = paged_after
            if before:
                result.append(Line(line.number, before, page_start=line.page_start))
            result.extend(Line(line.number, row, item_start=True) for row in rows)
            continue
        label = _CONTENTS_LABEL.search(text) if protocol and not starts else None
        after_title = None
        if label and line is not last_line:
            # (Ending at a number only where a page ends, not where the excerpt does: there a row's number may
            # have been left without its title after it.)
            heads = _LEADING_COLUMN_HEADS.match(text, label.end())
            list_at = heads.end() if heads else label.end()
            # (Not under a page column's head, "Innehållsförteckning Sida", "Ärende Sid": a number after a
            # title there is its page.)
            after_title = _rows_numbered_after(text[list_at:]) if not re.search(
                r"(?i)\bsid", text[label.start():list_at]) else None
        elif protocol and next_after is not None and line.page_start:
            # The list goes on over the next page, under its running head ("NORSJÖ KOMMUN PROTOKOLL 2(57)").
            list_at = 0
            while token := _FURNITURE_TOKEN.match(text, list_at):
                list_at = token.end()
            after_title = _rows_numbered_after(text[list_at:], next_after)
        next_after = None
        if after_title is not None:
            rows, next_after = after_title[0], after_title[1] + 1
            if text[:list_at].strip():
                result.append(Line(line.number, text[:list_at].strip(), page_start=line.page_start))
            result.extend(Line(line.number, row, item_start=True) for row in rows)
            continue
        paged = _rows_with_pages(text[label.end():]) if label else None
        if protocol and not starts and label is None and line.page_start:
            # A page listing § title page without a heading ("Kommunstyrelsen (43) 65 Förslag till handlingsplan
            # ... 4 66 Skolavslutning 6 67 ... 9 68 ...", Mjölby): the rows' structure alone, its §§ one by one.
            for start in _ROW_START.finditer(text[:200]):
                paged = _rows_with_pages(text[start.end():])
                if paged is not None:
                    label = start
                    break
        if paged is not None:
            # (The first row is the list's too: "ÄRENDELISTA 89 Internremiss ... Horndal 4 90 ...", Avesta; a
            # standing first row, "29 Ändring av föredragningslistan", is left out as a formality.)
            result.append(Line(line.number, text[:label.end()].strip(), page_start=line.page_start))
            result.extend(Line(line.number, row, item_start=True) for row in paged)
            continue
        if label:
            text = text[:label.end()] + _drop_page_column(text[label.end():])
            numbered = _number_chain(text[label.end():], None, sentence_start=False)
            starts = [label.end() + m.start() for m in numbered]  # with the body's code: "KF 60 Title"
            labels = [m.start() for m in re.finditer(r"\bDnr\b", text[label.end():])]
            if not starts and len(labels) >= 3:
                # "Innehållsförteckning 1 Dnr KFKS 2012/ Anmälningar Dnr KFKS 2012/ Delegationsbeslut ...":
                # rows that each open with their case number's label.
                starts = [label.end()] + [label.end() + at for at in labels[1:]]
            listed = text[label.end():]
            openings = _title_openings(listed) if not starts and not _NUMBER_TOKEN.search(
                _DOT_LEADER.sub("", listed)) else []
            if len(openings) >= 3:
                # "Ärendeförteckning Justering Information från kommundirektören Allmänhetens frågestund ...",
                # "Ärendelista 63. Fastställande av dagordning Redovisning av delegationsbeslut ...": a list whose
                # numbers the extraction lost (Sundsvall, Östhammar; Alingsås', Mjölby's, Norberg's and Vara's
                # lists lose theirs after their first rows), its titles cut where each opens, without numbers.
                starts = [label.end()] + [label.end() + at for at in openings]
        if not starts:
            result.append(line)
            continue
        list_start = label.end() if label else 0
        heads = _LEADING_COLUMN_HEADS.match(text, list_start) if label else None
        if heads:  # "Paragraf nr Ärenderubrik 70 ..." (Härjedalen), "Paragraf Inledning ... 44" (Norsjö)
            list_start = heads.end()
        before = text[list_start:starts[0]].strip() if label else ""
        if before and 2 <= len(before.split()) <= 12 and before[:1].isupper():
            # "Innehållsförteckning REDOVISNING AV DELEGERINGSBESLUT 12 REDOVISNING AV ...": the first
            # row lost its number; it is a row all the same.
            starts = [list_start, *starts]
        if text[:starts[0]].strip():
            result.append(Line(line.number, text[:starts[0]].strip(), page_start=line.page_start))
        rows = _unstack(_cut(text[starts[0]:], [start - starts[0] for start in starts[1:]]))
        if label and re.search(r"\bsid", label.group(), re.IGNORECASE):
            # The list has a page column ("Innehållsförteckning: Sid."): a row's last number is its page.
            rows = [re.sub(r"(?:(?<=[^\d\s])|(?<=\d{4}))\s+\d{1,3}$", "", row) for row in rows]
        elif not label and PAGE_WORD_BEFORE.search(text[max(0, starts[0] - 20):starts[0]]) \
                and _pages_rise([_PAGE_AT_ROW_END.search(row) for row in rows[:-1]]):
            # A §-row list under its page column's head run on before its first § ("Ärenden Sida § 252 Information
            # om ... 6 § 253 Meddelanden ... 7 - 11", Luleå; Jönköping's "Sida § 258 Informationsärenden 3 ..."),
            # every row but the last (the excerpt may end in it) closed by a number or a range of numbers, rising:
            # that is each row's page, as under a labelled list's. (A list under "Sida" whose rows print no pages
            # keeps a title's own last number: "Försäljning av fastigheten Seminariet 1".)
            rows = [_PAGE_AT_ROW_END.sub("", row) for row in rows]
        result.extend(Line(line.number, row, item_start=True) for row in rows)
    return result


# A list of paragraphs set as a table whose § column stands right of the titles ("Ärende Paragraf"), flattened row
# by row: each title then its number, "Inledning och öppnande av sammanträdet 44 Arbetsordning 45 ... 65" (Norsjö).
# Told from rows whose numbers open them by both ends of the list: it opens with a title before any number, and ends
# with a number alone, no title after it.
_NUMBER_AFTER_TITLE = re.compile(r"(?<=[\wåäöÅÄÖ).])\s+(?P<n>\d{1,3})(?=\s+[A-ZÅÄÖ]|\s*$)")


def _rows_numbered_after(listed: str, expected: int | None = None) -> tuple[list[str], int] | None:
    """Rows of a list whose numbers stand after their titles, each given as 'N Title' (a title whose number was lost
    as a row of its own), and the last number; None unless the list opens with a title and ends with its number, or,
    `expected` given, goes on from the page before with the next number after a title."""
    listed = listed.strip()
    marks = list(_NUMBER_AFTER_TITLE.finditer(listed))
    chain = [marks[i] for i in _consecutive([int(m.group("n")) for m in marks])]
    if len(chain) < 3 or not listed[:chain[0].start()].strip()[:1].isupper():
        return None
    numbers = [int(m.group("n")) for m in chain]
    if expected is None and chain[-1].end() != len(listed):
        return None
    if expected is not None and numbers[0] != expected:
        return None
    rows, start, last = [], 0, None
    for match, number in zip(chain, numbers, strict=True):
        title = listed[start:match.start()].strip()
        lost = number - last - 1 if last is not None else 0
        cuts = _title_openings(title) if lost else []
        pieces = _cut(title, cuts) if 0 < len(cuts) <= lost else [title]
        rows += [*pieces[:-1], f"{number} {pieces[-1]}"]
        start, last = match.end(), number
    if listed[start:].strip():
        rows.append(listed[start:].strip())  # a title cut by the excerpt's end, its number after it lost
    return rows, numbers[-1]


# A protocol's contents list that gives each row's page after its title and no § ("Innehåll Justering av dagordning 5
# Uppföljning ... 7 Nordanåker 28:4, strandskyddsdispens 10 ...", Vansbro; "ÄRENDE-LISTA sid Kungörelse 2 Revisorerna
# har ordet 3 ...", Älvdalen; the pages after titles in Mellerud's and Åmål's lists, Värnamo's, Orust's and
# Oxelösund's kallelser): its heading, perhaps its page column's, then a title.
_PAGED_CONTENTS_HEADING = re.compile(r"(?<![\wåäöÅÄÖ-])(?:Innehåll|INNEHÅLL|Ärende-?lista|ÄRENDE-?LISTA)"
                                     r"(?P<column>\s+(?:[Ss]id|SID|[Ss]ida|SIDA)\.?)?\s+(?=[A-ZÅÄÖ][a-zåäö])")
PAGE_STEP = 15  # pages a row of a protocol's list moves on at most


def _rows_paged_after(text: str) -> tuple[str, list[str]] | None:
    """The text before a contents list whose rows give their pages after their titles, and its titles (pages
    dropped; a title whose page was lost stays run on with the next, cut where a long one opens another): three
    pages at least, never going back and moving on at most PAGE_STEP, skipping somewhere or under a page column's
    head (pages counting one by one without it may be §§: _rows_numbered_after reads those). A number the next
    does not go on from is the title's own ("etapp 3 Maskullaområdet 12"); None otherwise."""
    heading = _PAGED_CONTENTS_HEADING.search(text)
    if heading is None:
        return None
    listed = text[heading.end():]
    chain: list[re.Match] = []
    for mark in _NUMBER_AFTER_TITLE.finditer(listed):
        number = int(mark.group("n"))
        if chain and not int(chain[-1].group("n")) <= number <= int(chain[-1].group("n")) + PAGE_STEP:
            continue
        chain.append(mark)
    numbers = [int(m.group("n")) for m in chain]
    if len(chain) < 3 or not (heading.group("column") or any(b != a + 1 for a, b in itertools.pairwise(numbers))):
        return None
    rows, start = [], 0
    for mark in chain:
        rows.append(listed[start:mark.start()].strip())
        start = mark.end()
    rows.append(listed[start:].strip())  # a title the excerpt cut, or the next page's text
    rows = [piece for row, openings in ((row, _title_openings(row)) for row in rows if row)
            for piece in (_cut(row, openings) if len(openings) == 1 else [row])]
    return text[:heading.start()].strip(), rows


_LIST_ROW_NUMBER = re.compile(r"^(\d{1,3}) (?=[A-ZÅÄÖ])")
_SITE_PAGE_NUMBER = re.compile(r"^\d{1,3}\s+(?=[A-ZÅÄÖ])")
_TRAILING_NUMBER = re.compile(r"\s\d{1,3}$")


def _list_continued(text: str, result: list[Line]) -> list[str] | None:
    """The rows of a protocol's list of paragraphs run on over the next page, right after the rows split from it so
    far: "2 Valärende entledigande av ledamot i Östsam K2 231 Anmälan av delegationsbeslut 232 Delgivningar" after
    "... 229 Medborgarförslag medborgarråd i Finspång" (Finspång; Härjedalen's "Kommunstyrelsen Medfinansiering
    av ... Kulturpolicy för Jämtlands län 96 Energi- och klimatstrategi ..." after its row 92; Norsjö's page 2).
    Its numbers go on from the last row's, two rows at least; the titles before the first whose numbers were
    lost are rows without numbers where as many openings stand as numbers were lost, else the page is left."""
    last = next((x for x in reversed(result) if x.stripped), None)
    row = _LIST_ROW_NUMBER.match(last.stripped) if last is not None and last.item_start else None
    if row is None or _TRAILING_NUMBER.search(last.stripped):
        return None  # (a row ending with a number: its list gives numbers after titles, Norsjö's)
    listed = int(row.group(1))
    rest = _SITE_PAGE_NUMBER.sub("", text, count=1)
    named = bodies_in(rest[:60])
    if named and named[0][0] == 0:  # the page's running head: "Kommunstyrelsen Medfinansiering ..."
        rest = rest[len(named[0][1]):].lstrip()
    numbers = [m for m in _RUN_NUMBER.finditer(rest) if rest[m.end():m.end() + 1].isupper()
               and not _NOT_BEFORE_ITEM.search(rest[:m.start()][-8:])]
    chain = [numbers[at] for at in _consecutive([int(m.group("n")) for m in numbers])]
    if len(chain) < 2 or not listed < int(chain[0].group("n")) <= listed + 4:
        return None
    lost = int(chain[0].group("n")) - listed - 1
    before = rest[:chain[0].start()].strip()
    cuts = _title_openings(before) if before else []
    if bool(before) != bool(lost) or before and (len(cuts) + 1 != lost or len(before.split()) < 2
                                                  or not before[:1].isupper()):
        return None
    rows = _cut(before, cuts) if before else []
    return rows + _cut(rest[chain[0].start():], [m.start() - chain[0].start() for m in chain[1:]])


# A contents list's heading alone on its line, perhaps its columns' heads on the next ("Innehållsförteckning"
# / "§ Ärende", "Ärende Sida"): its rows follow, line by line or run together, each opening with its §'s
# number though the rows print no § sign (the column head does).
_CONTENTS_HEADING_ALONE = re.compile(r"^(?i:innehållsförteckning|ärendeförteckning|innehåll)\s*:?$")
_COLUMN_HEAD = r"(?:§|(?i:paragraf|ärende|ärenden|sida|sid\.?|dnr|diarienummer))"
_COLUMN_HEADS = re.compile(r"^" + _COLUMN_HEAD + r"(?:\s+" + _COLUMN_HEAD + r")*$")
_CONTENTS_REACH = 40  # lines a list of paragraphs may take
# A list's column heads before its first row, run on after its heading: not the first row's title.
_LEADING_COLUMN_HEADS = re.compile(r"\s*(?:(?:" + _COLUMN_HEAD + r"|(?i:nr|ärenderubrik|rubrik))\s+)+")


def mark_portal_rows(lines: list[Line]) -> list[Line]:
    """A meeting portal's page ("Sammanträde 2013-04-10" heading it: Tyresö's and Stockholm's kallelser,
    Värmdö's protocol) lists the meeting's matters one a line, "4 Förslag till resultatbalansering ...",
    their numbers rising, before any § of the protocol: rows of the meeting's list, as its kallelser' rows
    are items."""
    heading = next((at for at, line in enumerate(lines[:12]) if _PORTAL_MEETING.fullmatch(line.stripped)), None)
    if heading is None:
        return lines
    rows, last = [], 0
    for at in range(heading + 1, len(lines)):
        text = lines[at].stripped
        if _PARAGRAPH.match(text):
            break
        numbered = _NUMBERED.match(text)
        if numbered and not _DAY_AND_MONTH.match(text) and int(numbered.group("n")) > last:
            rows.append(at)
            last = int(numbered.group("n"))
    if len(rows) < 3:
        return lines
    result = list(lines)
    for at in rows:
        result[at] = Line(lines[at].number, lines[at].text, lines[at].page_start, item_start=True)
    return result


def split_contents_lines(lines: list[Line]) -> list[Line]:
    """A protocol's list of paragraphs under a heading of its own, rows without § signs ('162 Frågor
    från förtroendevalda KS/2021:399-101', '163 Title ... 164 Title ...' run on): each row cut at its
    number, the numbers rising one to four at a time, marked as an item's start; what wraps onto the
    next line (the rest of a title, a case number) stays a line of its own after its row."""
    result = list(lines)
    for index, line in enumerate(lines):
        if not _CONTENTS_HEADING_ALONE.match(line.stripped):
            continue
        at = index + 1
        while at < len(lines) and (not lines[at].stripped or _COLUMN_HEADS.match(lines[at].stripped)):
            at += 1
        end = at
        while end < min(len(lines), at + _CONTENTS_REACH) and not lines[end].page_start \
                and not lines[end].stripped.startswith("§"):
            end += 1
        pieces: list[Line] = []
        last: int | None = None
        for row_line in lines[at:end]:
            text = row_line.stripped
            cuts = []
            for match in _RUN_NUMBER.finditer(text):
                n = int(match.group("n"))
                fits = (last is None and match.start() == 0) or last is not None and last < n <= last + 4
                if fits and not match.group("code") and not _NOT_BEFORE_ITEM.search(text[max(0, match.start() - 8):
                                                                                         match.start()]) \
                        and text[match.end():match.end() + 1].isupper():
                    cuts.append(match.start())
                    last = n
            bounds = [0, *cuts, len(text)] if cuts[:1] != [0] else [*cuts, len(text)]
            for a, b in zip(bounds, bounds[1:], strict=False):
                if text[a:b].strip():
                    pieces.append(Line(row_line.number, text[a:b].strip(), item_start=a in cuts))
            if not text:
                pieces.append(row_line)
        if sum(1 for piece in pieces if piece.item_start) >= 3:
            return [*result[:at], *pieces, *split_contents_lines(result[end:])]
    return result


_BULLET_ROW = re.compile(r"^[•●▪◦]\s*(?P<title>\S.*)$")
_DASHED_ROW = re.compile(r"^(?:[•●▪◦]\s*|[-–*]\s+(?=[A-ZÅÄÖ]))(?P<title>\S.*)$")
# An intro that names the meeting's list ("Beslutsärenden:", "På dagordningen:", "... behandlas bland annat:").
_MEETING_LIST_WORD = re.compile(r"behandla|ärende|dagordning|föredragningslist", re.IGNORECASE)
# What introduces a notice's list of the meeting's items: "Under mötet behandlas bland annat:",
# "På sammanträdet behandlas följande ärenden.", a heading "Föredragningslista" / "Ärenden", or one naming a
# selection of it ("Axplock från föredragningslistan", Åsele's notice: as Bräcke's "ett urval av ärenden").
_LIST_INTRO = re.compile(r"(?:\bbehandlas\b.*|:|^(?:föredragningslista|dagordning|ärendelista|ärenden)\.?"
                         r"|^(?:[\wåäö]+\s+){1,3}(?:från|ur)\s+(?:föredragningslistan|dagordningen))$",
                         re.IGNORECASE)


_PLACE_AND_DAY = re.compile(r"^(?!(?i:datum|möte|sammanträde|sammanträdesdatum|den)\b)[A-ZÅÄÖ][a-zåäö-]+,?\s+"
                            r"(?:den\s+\d{1,2}\s+(?:" + MONTH_WORDS + r")\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)$")


WRAPPED_ROW = 60  # characters: a bullet row so long may have been broken by the page's width


def _wrapped_bullet_row_end(lines: list[Line], at: int) -> int | None:
    """Whether line `at` goes on with the bullet row right above it, the width having broken its title
    ("• Motion av Sophia Jarl (M)) om verkställighetslistor för att säkerställa att politiska" / "beslut
    verkställs"): no bullet, opening in lower case (a sentence going on, not a row or a heading), right under
    the row or its earlier part, and a bullet row, a blank line or the end right under it. If so, the last line
    of that run (every line of the run goes on with the row: its caller asks once a run, not once a line, which
    was quadratic in a long run); else None. (A loop, not a recursion: a long run would exceed Python's
    recursion limit.)"""
    while True:
        text = lines[at].stripped
        if _BULLET_ROW.match(text) or not lines[at - 1].stripped:
            return None
        below = lines[at + 1].stripped if at + 1 < len(lines) else ""
        if not text[:1].islower():
            # A name the width broke onto the line, in capitals ("• Yttrande - Inför tillåtlighetsprövning ... av ny
            # järnväg" / "Göteborg-Borås"): only between a long bullet row and the next one, no label of its own.
            above = _BULLET_ROW.match(lines[at - 1].stripped)
            return at if above and len(lines[at - 1].stripped) >= WRAPPED_ROW and _BULLET_ROW.match(below) \
                and not text.endswith(":") and len(text.split()) <= 4 else None
        if not below or _BULLET_ROW.match(below):
            return at
        at += 1


# An intro that speaks of the meeting or its decisions ("Fullmäktige ska bland annat besluta om:"): its list may be
# the meeting's, however its rows end.
_MEETING_WORD = re.compile(r"beslut|sammanträd|möte|fullmäktige|styrelse|nämnd|utskott|direktion", re.IGNORECASE)


def _rows_are_sentences(intro: str, rows: list[str]) -> bool:
    """Whether a bulleted list under an intro that names no meeting's list ("Råd och restriktioner att följa:")
    is advice or prose, no agenda: most of its rows end as sentences do ("Håll avstånd!", "Använd gärna
    munskydd."), where an item's title ends with none of these."""
    return not _MEETING_LIST_WORD.search(intro) and not _MEETING_WORD.search(intro) \
        and 2 * sum(row.rstrip().endswith((".", "!", "?")) for row in rows) > len(rows)


def split_bullet_rows(lines: list[Line]) -> list[Line]:
    """A notice's bulleted list of the meeting's items ("• Kulturstrategi för åren 2018-2030"),
    two bullets at least right under a line that introduces the list: each an item's row, no number
    (the bullet is layout, not a number)."""
    result = list(lines)
    # A list with its bullets lost is read only above the first numbered row: below it, a block of plain lines
    # under a label is an item's own (its "Beslutsunderlag:" documents), no list of the meeting's items.
    first_numbered = next((at for at, line in enumerate(result) if (numbered := _NUMBERED.match(line.stripped))
                           and numbered.group("rest")[:1].isupper()), len(result))
    index = 0
    while index < len(result):
        intro = result[index].stripped
        if not intro or not _LIST_INTRO.search(intro):
            index += 1  # no list's intro: nothing below is read (scanning its rows anyway was quadratic)
            continue
        own_list = index < first_numbered and not _ITEMS_OWN_LABEL.match(intro)
        # A dash for a bullet ("- Budget 2025", as a page's list items come out of an HTML-to-text copy) only under
        # an intro that names the meeting's list; under any other label dashes set out a proposal's points.
        bullet = _DASHED_ROW if own_list and _MEETING_LIST_WORD.search(intro) else _BULLET_ROW
        rows = []
        wrapped: dict[int, list[int]] = {}  # a row -> the lines its title the width broke onto
        wrapped_to = -1  # the last line of the wrapped run walked last (_wrapped_bullet_row_end)
        at = index + 1
        while at < len(result) and (not result[at].stripped or bullet.match(result[at].stripped)
                                    or rows and (at <= wrapped_to
                                                 or (wrapped_to := _wrapped_bullet_row_end(result, at) or -1) >= at)):
            if result[at].stripped and not bullet.match(result[at].stripped):
                wrapped.setdefault(rows[-1], []).append(at)
            elif result[at].stripped:
                rows.append(at)
            at += 1
        # The notice's signature, place and date ("Norrköping den 2 oktober 2019"; Hjo, Hallsberg sign so),
        # then the chair's name and office: the list ends before it.
        signed = next((i for i, row in enumerate(rows)
                       if _PLACE_AND_DAY.match(bullet.match(result[row].stripped).group("title"))), None)
        if signed is not None:
            rows = rows[:signed]
        if len(rows) >= 2 and not _rows_are_sentences(intro, [
                bullet.match(result[row].stripped).group("title") for row in rows]):
            for row in rows:
                title = " ".join([bullet.match(result[row].stripped).group("title"),
                                  *(result[more].stripped for more in wrapped.get(row, ()))])
                result[row] = Line(result[row].number, title, item_start=True)
                for more in wrapped.get(row, ()):
                    result[more] = Line(result[more].number, "")
            index = at
            continue
        plain = _plain_rows(result, index + 1) if own_list and not rows else []
        if len(plain) >= 3:
            # The same list with its bullets lost (a page copied without its list marks, Perstorp's): each
            # line of the block right under the intro a row, as the bulleted lists of Falun, Mölndal,
            # Norrköping and Falköping give them.
            for row in plain:
                result[row] = Line(result[row].number, result[row].stripped, item_start=True)
            index = plain[-1] + 1
            continue
        index += 1
    return result


# A row of a list whose bullets were lost: an item's title alone on its line, not a sentence, a label or a name.
_PLAIN_ROW = re.compile(r"^[A-ZÅÄÖ](?=.*[a-zåäö]{3}).{2,198}(?<![.:,;])$")
_ROMAN_NUMBERED = re.compile(r"^[IVX]{1,4}[.:)]\s")
# A label over an item's own list (its documents, who gets the decision), never over the meeting's items.
_ITEMS_OWN_LABEL = re.compile(r"^(?:beslutsunderlag|underlag|handlingar|bilagor|bilaga|expedieras|expediering|"
                              r"sändlista|för kännedom|kopia)\b", re.IGNORECASE)


def _plain_rows(lines: list[Line], at: int) -> list[int]:
    """The block of lines from `at` (after blank lines) up to a blank line, the text's end or a signature, if every
    one of them reads as an item's title (_PLAIN_ROW) and they are not a list of names
    (a third of them or more a person's: the members called); else []."""
    while at < len(lines) and not lines[at].stripped:
        at += 1
    rows = []
    while at < len(lines) and lines[at].stripped:
        text = lines[at].stripped
        if _PLACE_AND_DAY.match(text):
            break  # the notice's signature ("Norrköping den 2 oktober 2019"): the list ends before it
        if rows and text[:1].islower():
            at += 1  # a row's title the width broke, going on in lower case: the row's, read with it
            continue
        if rows and _LIST_INTRO.search(text) and text.endswith(":"):
            break  # the next list's intro, its blank line above lost ("Ärendelistan innehåller även motioner ...:")
        if not _PLAIN_ROW.match(text) or _NAMED_ITEM.match(text) or _ROMAN_NUMBERED.match(text):
            return []  # (a row numbered "Ärende 1: ...", "Punkt 2 ...", "II. ..." is read by its number)
        rows.append(at)
        at += 1
    if 3 * sum(naming.looks_like_person(re.split(r"\s*[(,]", lines[row].stripped)[0]) for row in rows) >= len(rows):
        return []
    return rows


# A meeting portal's item number, bulleted alone on its line, its title on the next: "•   3" / "Anmälningar för
# kännedom" (Region Gävleborg, Region Jämtland Härjedalen), "1.   1" / "Val av justerare" (Malmö): the
# Meetings Plus web page's list of a meeting's items.
_BULLETED_NUMBER = re.compile(r"^(?:[•●▪◦]|\d{1,3}\.)\s+(?P<n>\d{1,3})$")


def split_numbered_bullets(lines: list[Line]) -> list[Line]:
    """A portal's items, each a bulleted number alone on its line and its title on the next non-empty line
    (two such at least): one row each, "3 Anmälningar för kännedom", marked as an item's start."""
    marks = [(at, mark) for at, line in enumerate(lines) if (mark := _BULLETED_NUMBER.match(line.stripped))]
    if len(marks) < 2:
        return lines
    result = list(lines)
    for at, mark in marks:
        below = next((i for i in range(at + 1, min(at + 4, len(result))) if result[i].stripped), None)
        if below is None or _BULLETED_NUMBER.match(result[below].stripped) or not result[below].stripped[:1].isupper():
            continue
        result[at] = Line(result[at].number, f"{mark.group('n')} {result[below].stripped}", item_start=True)
        result[below] = Line(result[below].number, "")
    return result


# A web agenda's row: its case number, then the next row's title written onto it ("RS 912-2025Motion
# nr 1-2026 från ..."), the title it closes on the line above.
_GLUED_ROW = re.compile(r"^(?P<number>" + CASE_NUMBER.pattern + r")(?=[A-ZÅÄÖ][a-zåäö])")


def split_glued_rows(lines: list[Line]) -> list[Line]:
    """Rows of an agenda whose case numbers close their titles and run into the next title: each
    title a line of its own marked as an item's start, its number on the line below it."""
    if sum(1 for line in lines if _GLUED_ROW.match(line.stripped)) < 2:
        return lines
    result: list[Line] = []
    for at, line in enumerate(lines):
        glued = _GLUED_ROW.match(line.stripped)
        if not glued:
            if (line.stripped and result and result[-1].item_start and result[-1].stripped and at > 0
                    and _GLUED_ROW.match(lines[at - 1].stripped) and at + 1 < len(lines)
                    and _GLUED_ROW.match(lines[at + 1].stripped)):
                # A title the width broke between its row's start and its case number ("... Utveckla SMS-kallelser
                # inom hälso-" / "och sjukvården" / "RS 124-2026Motion ..."): the title goes on; its case number
                # closes it.
                last = result[-1]
                result[-1] = Line(last.number, last.stripped + " " + line.stripped, item_start=True)
                continue
            result.append(line)
            continue
        above = next((i for i in range(len(result) - 1, -1, -1) if result[i].stripped), None)
        if above is not None and not result[above].item_start:
            result[above] = Line(result[above].number, result[above].text, item_start=True)
        result.append(Line(line.number, glued.group("number")))
        rest = line.stripped[glued.end():]
        result.append(Line(line.number, rest, item_start=_item_heading(rest) is None))  # "...2026Bilagor"
    return result


# A page's running head left before the paragraph that opens the page: "Kommunstyrelsen
# 2019-05-14 § 45 Dnr KS 2019/12 Budgetuppföljning ..." (the body, the date, no sentence).
_SIGNATURE_BOX = r"(?:Justerandes?\s+(?:sign(?:atur)?|signaturer)|Ordförandes\s+sign(?:atur)?|Utdragsbestyrkande)"
_PAGE_FOOTER = re.compile(r"\s+" + _SIGNATURE_BOX + r"(?:\s+" + _SIGNATURE_BOX + r")*\s*$")
_HEAD_BEFORE_PARAGRAPH = re.compile(r"^(?P<head>[^.!?§]{3,80}?)\s+(?=§\s?\d{1,4}\s+(?:[A-ZÅÄÖ]|Dnr\b))")


def split_paragraph_runs(lines: list[Line]) -> list[Line]:
    """Run-on text holding several §§: each § on a line of its own. A page opening with its
    running head and then a § loses the head (the first page keeps it: it may be the only
    place the body and the date stand)."""
    result = []
    seen_head = False
    for line in lines:
        footer = _PAGE_FOOTER.search(line.stripped) if len(line.stripped) >= RUN_ON else None
        if footer:  # "... Beslutet skickas till Ekonomiavdelningen Justerandes sign Utdragsbestyrkande"
            line = Line(line.number, line.stripped[:footer.start()], page_start=line.page_start,
                        item_start=line.item_start)
        if len(line.stripped) < RUN_ON or "§" not in line.text:
            result.append(line)
            continue
        running = _HEAD_BEFORE_PARAGRAPH.match(line.stripped) if line.page_start else None
        if running and (find_dates(running.group("head")) or bodies_in(running.group("head"))):
            if not seen_head:
                result.append(Line(line.number, running.group("head")))
            seen_head = True
            line = Line(line.number, line.stripped[running.end():], page_start=True)
        parts = _PARAGRAPH_IN_RUN.split(line.stripped)
        result.append(Line(line.number, parts[0], page_start=line.page_start))
        result.extend(Line(line.number, part) for part in parts[1:])
    return result


_MUNICIPALITY_PREFIX = re.compile(
    r"^(?:(?:[A-ZÅÄÖ][\wåäö-]+ (?:kommun|stad)|Region [A-ZÅÄÖ][\wåäö-]+)\s*[,:–-]\s*|[A-ZÅÄÖ]+ (?:KOMMUN|STAD)\s+)"
    r"(?=[A-ZÅÄÖ])"
)
# An agenda's group heading run into the title before it: "... svar på motion (SD) Valärenden".
# (perhaps after the row's page in the table's page column: "2 Delegationer 9 Beredningsärenden 3 ...", Värnamo)
_GROUP_HEADING = re.compile(r"(?<=[a-zåäö)])(?:\s+\d{1,3}(?:\s*[-–]\s*\d{1,3})?)?\s+[A-ZÅÄÖ][a-zåäö]+ärenden$"
                            # or one naming the body its items go to: "... anmälan Förslag till kommunfullmäktige"
                            # (Nacka), "Ärenden som stannar i kommunstyrelsen" (Kungälv), Trosa's "Till
                            # kommunfullmäktige", the protocols' "Ärenden till regionfullmäktige" (VGR, Timrå)
                            r"|(?<=[a-zåäö)])\s+(?:Ärenden|Förslag|Direkt|Beslutsärenden)(?: som stannar)?\s+(?:till|i)"
                            r"\s+(?:[a-zåäö]*(?:fullmäktige|styrelsen|nämnden)|KS|KF)$")
# A group heading at a row's end names where the rows under it go (onward steps, a kallelse's): "Förslag till
# kommunfullmäktige" (Nacka), "Beredning/yttrande ärenden till kommunfullmäktige" (Ulricehamn), "Ärenden till
# kommunfullmäktige" (Kungälv); the body and the day of its meeting in a table's path column ("... Magnus & Lisa
# Kommunstyrelsen 2013-11-06 6. KS.2013.2 ...", Oxelösund). One naming the meeting's own body ("Ärenden som stannar i
# kommunstyrelsen", "Kommunstyrelsens beslutsärenden") ends the group before.
_GROUP_TO_BODY = re.compile(r"(?:^|\s)(?:(?:[A-ZÅÄÖ][\wåäö/-]*\s+)?[Ää]renden|Förslag)(?:\s+som stannar)?"
                            r"\s+(?:till|i)\s+(?P<body>[a-zåäö]*(?:fullmäktige|styrelsen|nämnden)|KS|KF)$")
_GROUP_OWN = re.compile(r"(?:^|\s)(?P<body>[A-ZÅÄÖ][a-zåäö]+)s\s+[a-zåäö]*ärenden$")
_GROUP_DATED = re.compile(r"(?<=[a-zåäö&\d])\s+(?P<body>[A-ZÅÄÖ][a-zåäö]+(?:s arbetsutskott)?)\s+"
                          r"(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d)$")


def _dated_group(text: str, meeting: ParsedMeeting) -> re.Match | None:
    """The body and a day after the meeting's that `text` ends with (a path column's heading, see below); None
    without them."""
    match = _GROUP_DATED.search(text)
    dated = match and body_name(match.group("body")) and meeting.date and match.group("date") > meeting.date
    return match if dated else None


def _group_heading_step(text: str, meeting: ParsedMeeting, dated: bool = True) -> tuple[str, str | None] | None | bool:
    """The onward step a group heading ending `text` names (body, date or None); False where it names the
    meeting's own body (the group before ends); None where no group heading ends the text. A dated heading's day
    is after the meeting's: one before it is an earlier decision the row refers to, no group; and only a list with
    two such headings or more (`dated`) has a path column."""
    for match in (_GROUP_TO_BODY.search(text), _GROUP_OWN.search(text), _dated_group(text, meeting) if dated else None):
        name = body_name(match.group("body")) if match else None
        if name:
            return False if name == meeting.body else (name, match.groupdict().get("date"))
    return None


# A code after the case number names where the matter goes next ("KS 2017-139 KS"), not the number.
_TRAILING_CODE = re.compile(r"(?<=\d)\s+[A-ZÅÄÖ]{2,4}$")
# The next item's start cut off by the end of the text ("... augusti 2009 KS 18").
_TRAILING_ITEM_START = re.compile(r"\s+[A-ZÅÄÖ]{2,6}\s+\d{1,3}$")
# A title's own case number after its label, at its end ("... Diarienummer 1700021"), or alone.
_LABELLED_NUMBER = (r"(?i:diarienummer|diarienr|dnr|ärendenummer)\.?:?\s*"
                    r"(?P<number>(?:[A-ZÅÄÖ]{1,8}[ /-]?)?\d[\d/.:-]*\d(?:\s-\s\d{1,4})?)$")
_LABELLED_TAIL = re.compile(r"\s+" + _LABELLED_NUMBER)
_ROW_LEADER = re.compile(r"\s*(?:\.{3,}|…+)$")  # a contents row's dot leader, its page number gone
# A title alone on its line: a capital, words, no sentence's end ("Budgetuppföljning 1 år 2023").
_TITLE_BELOW = re.compile(r"^[A-ZÅÄÖ][^.!?]{2,150}$")
_LABELLED_ALONE = re.compile(r"^" + _LABELLED_NUMBER)
_BRACKETED_CASE = re.compile(r"\s*" + _BRACKETED_NUMBER.pattern + r"\s*$")  # at the end


def _bracketed_case_at_end(text: str, notes: Warnings, line: int) -> re.Match | None:
    """The title's own number in brackets at its end ("Delårsrapport 1 2019 – Kommunen (KS/2019:279)"); none
    for a government publication the matter is about ("(SOU 2015:60)"), nor where another number in brackets
    stands before it ("Motion ... (KS/2013:1182) 8 60Motion ... (KS/2015:4)": rows run together, and the last
    number is no more this matter's than the first)."""
    bracketed = _BRACKETED_CASE.search(text) if text.rstrip().endswith(")") else None
    if not bracketed or _PUBLICATION.match(bracketed.group("number")):
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
                            r"|[A-ZÅÄÖ]{2,8} \d{1,4}/|(?<=(?i:dnr) )(?:19|20)\d\d/[A-ZÅÄÖ]{2,4})"
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
# Uppsala's "/18" item numbers, the year's serial lost, end the title before them too): no title holds it.
_YEAR_LOST_CELL = re.compile(r"\s/\d{1,5}(?=\s|$)")
# A title's last word a lone letter in lower case that is no word ("Antagande av u", Trosa: the text cut there).
_CUT_WORD_AT_END = re.compile(r"\s(?![iåö]$)[a-zåäö]$")
# A cut Dnr inside a run-on row, perhaps with its notes (see _STUB_IN_ROW): where the title cell ended.
_STUB_INSIDE = re.compile(r"\s(?:[A-ZÅÄÖ]{2,8}[ -]?\d{4}/|(?:19|20)\d\d/)" + _PREPARED_BY + r"(?=\s|$)")
# "(KF)" after an agenda title marks the body that decides it; it is not part of the title.
_BODY_MARK = re.compile(r"\s*\((?:" + "|".join(code.upper() for code in ABBREVIATIONS) + r")\)\s*$")
# The opening standing items are never a matter, even where the registry gave them a number.
_STANDING = re.compile(
    r"^(upprop|val av (protokolls?justerare|justerare|justerande|justeringsmän)|justering|godkännande av|"
    r"fastställande av|"
    r"(sammanträdets|mötets) öppnande|öppnande|närvarorätt)", re.IGNORECASE)
# An agenda's note after a title: the papers come later.
_PAPERS_LATER = re.compile(r"\s+Handlingar(?: till ärendet)?(?: skickas ut| kommer| delas ut)? senare\.?$")
_CODE_LINE = re.compile(r"^(?:diariekod|ärendekod|kod)\s*:?\s*[\d.]+$", re.IGNORECASE)
# The subject may be a person named with party: "Kommunfullmäktigeledamoten Lars Åhman (FP) har ...".
_SENTENCE_AFTER_TITLE = re.compile(
    r"\s+(?=[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2}(?:\s+\([A-ZÅÄÖa-zåäö]{1,4}\))?\s+(?:har|hade|ska|skall|är|var|beslutar|beslutade|föreslår|föreslog|anser|redovisar"
    r"|informerar|lämnar|lämnade|gav|ger|fick|inkom|begär|begärde|behandlade|remitterade|överlämnade|antog"
    r"|godkände|tillstyrkte"
    # a presenter's verbs, as "informerar": "Ekonomichef Jessica Edlund föredrar ...", "... redogör för ärendet"
    r"|föredrar|redogör)\b"
    # or a past tense and the day it was done: "Kommunfullmäktige remitterade den 21 april 2008", "Västra
    # Mälardalens Myndighetsförbund behandlade den 23 november 2012", "Monica Rapp inkom den 20 december".
    r"|[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2}\s+(?:[a-zåäö]+(?:ade|de|te)|antog|inkom|beslöt)\s+den\s+\d)"
    # or the chair as the subject, perhaps named, whatever the verb: "Ordföranden Péter Kovács anmälde ..." (Höganäs),
    # "Ordföranden erinrar" (Grums), "Ordföranden tillkännager" (Borås); no title capitalises the word mid-line
    # (Landskrona's, Säffle's, Vingåker's "Ordföranden föreslår / redogör / informerar" open their §§' text so).
    r"|(?<=[a-zåäö)])\s+(?=Ordföranden(?:\s+[A-ZÅÄÖ][\wåäöé-]+){0,2}\s+[a-zåäö]{3,}\b)"
    # or "Följande" before what it lists ("Anmälan av övriga ärenden Följande tillkommande ärenden anmäls: ...",
    # Mullsjö; Malung-Sälen's "Följande bolag lämnar", Upplands Väsby's "Följande beslut, rapporter ..."): no title
    # capitalises it mid-line either.
    r"|(?<=[a-zåäö)])\s+(?=Följande\s+[a-zåäö]{3,})"
)
_NAME_AND_PREPOSITION_END = re.compile(r"\s+[A-ZÅÄÖ][\wåäö-]*\s+(?:inom|vid|på|från|hos|i)\s*$")
# National publication series, numbered like case numbers but never a municipality's case.
_PUBLICATION = re.compile(r"(?:SOU|DS|Ds|PROP|Prop|SFS|SKR|Skr|BET|Bet|COM|AFS|BFS|HSLF-FS)\b")
# A page's running head run into the title at a page break: "... BOTKYRKA KOMMUN KALLELSE/FÖREDRAGNINGSLISTA 2[2]".
_RUNNING_HEAD_IN_TITLE = re.compile(r"\s+[A-ZÅÄÖ]{3,}(?:[ /][A-ZÅÄÖ]{3,})+\s+\d{1,3}\s?[\[(]\d{1,3}[\])]$")
# An agenda's notes after a title, not part of it: the item is handled in closed session ("(sluten
# del)", "(delvis sluten del)", "(sekretess)"), is justified at once ("Omedelbar justering"), or
# its sub-points follow ("... föredragningar a) Information från ...").
_AGENDA_NOTE = re.compile(
    r"\s*\((?:delvis\s+)?(?:sluten del|slutet sammanträde|sluten|sekretess|ej offentlig)\)\s*$"
    r"|\s+omedelbar justering\s*$|\s+a\)\s+[A-ZÅÄÖ].*$|\s+\*+$"
    r"|,?\s+svar separat\s*$|\s*\(bordlag[dt][^)]{0,30}\)(?:,?\s+svar separat)?\s*$"
    r"|\s+(?:\d{1,3}\s+)?Handlingarna (?:till|i) (?:sammanträdet|ärendena?)\b.*$", re.IGNORECASE)
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
# may be a span: "... 2011/364 AKK Johan Tranquist 09:10-09:20" (Lindesberg's "Dnr Föredr. Tid").
_PERSON_WORD = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"  # one word of a person's name: "Anna", "Lirell-Stenman"
_CLOCK = r"(?:(?:[01]?\d|2[0-3])\.[0-5]\d|(?:[01]\d|2[0-3]):[0-5]\d)"
_CLOCK_SPAN = _CLOCK + r"(?:\s*[-–]\s*" + _CLOCK + r")?"  # a time, or a span of time
_PRESENTERS_AND_TIME = re.compile(r"(?P<names>(?:\s+" + _PERSON_WORD + r"){2,})"
                                  r"\s+(?P<time>" + _CLOCK_SPAN + r")(?=\s|$)")
_TIME_AT_END = re.compile(r"\s+" + _CLOCK_SPAN + "$")
_BARE_CASE_LABEL = re.compile(r"\s+(?i:dnr|diarienr|diarienummer)\.?:?$")
_PRESENTER_ALONE = re.compile(r"^" + _PERSON_WORD + " " + _PERSON_WORD + r",?\s*$")
# Who presents the row, with the office they hold, at the title's end: "... Steg 3 – Sara Lirell Stenman, projektledare"
# (Dorotea), "Kvalitetsrapport Skola/förskola, Maria Renvall, förvaltningschef" (Ragunda); Härnösand, Lilla Edet,
# Orust, Vetlanda, Region Sörmland name presenters so too. A presenter is no part of the title (nor responsible).
# (The row's line break before the presenter may be lost: "Redovisning av medborgarundersökning 2019 Maria Gromer,
# utvecklingsstrateg", Vetlanda run on.)
_PRESENTER_AND_OFFICE = re.compile(r"(?:\s*[,–-]\s*|\s+)" + _PERSON_WORD + "(?: " + _PERSON_WORD + r"){1,2},\s*"
                                   r"(?:tf\.?\s+|bitr\.?\s+)?[a-zåäö]*(?:chef|ledare|"
                                   r"direktör|strateg|sekreterare|handläggare|controller|samordnare|ansvarig)$")
_PERSON_AT_END = re.compile(r"\s+(?P<name>" + _PERSON_WORD + " " + _PERSON_WORD + r")$")


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
# A row's attachment cell run into its title, the list's column "Bilaga" with its page lost: after the title
# ("... inom sektor Bildning och lärande Bilaga", Kungälv; "Valärende Särskilda bilagor Tänk på ...", Ragunda) or,
# left over from the row before, opening it ("Bilaga sid Gemensam nämnd för samverkan", Strömsund). No tuning title
# holds the word but inside brackets ("( + Bilagor 6 a, b och c)", Ängelholm): a cell with its number is kept.
# (its label's colon too, the list after it cut off: "Delårsredovisning Bilagor: a) PM, b) ...", Kommunförbundet
# Norrbotten)
_ATTACHMENT_CELL_AFTER_TITLE = re.compile(r"(?<=[\wåäö.)])\s+(?:Särskilda\s+bilagor|Bilag(?:a|or))(?:\s+sid\.?)?:?"
                                          r"(?=\s*$|\s+[A-ZÅÄÖ]|\s+[a-z]\)\s)")
_ATTACHMENT_CELL_OPENING = re.compile(r"^Bilag(?:a|or)(?:\s+sid\.?)?\s+(?=[A-ZÅÄÖ][a-zåäö])")
_SIGNATURE_IN_TITLE = re.compile(r"\s*\b(?i:justerandes?\s+sign\w*|justeringssign\w*|ordförandes\s+sign\w*"
                                 r"|utdragsbestyrkande)\b.*$")
_HEAD_WORD_AFTER_BODY = re.compile(r"\s+(?i:handlingar|kallelse|protokoll|sammanträdesprotokoll|protokollsutdrag"
                                   r"|föredragningslista|dagordning|sammanträdesdatum)\b")
# No matter's title runs longer (the real corpus' longest, of 107 municipalities, has 242 characters).
_LONGEST_TITLE = 260
# A sentence's first word that a title never capitalises mid-line (an article, a preposition, the
# protocols' "Föreligger"), after a word's end, a closing quote or a full stop: a run-on §'s text opening.
# Or a member, their party and what they did ("Malin Olsson (m) ställde ...", "Sture Jonsson samt Pia
# Thulin, båda (m) har ..."): a title names a member before "om", never before a verb.
_MEMBER = _PERSON_WORD + " " + _PERSON_WORD
_TEXT_OPENS_IN_RUN_ON = re.compile(r"(?<=[a-zåäö0-9)\"”.])\s+(?=(?:Ett|En|Det|Den|Detta|Denna|Dessa|Med|För|Enligt"
                                   r"|Efter|Genom|Inför|Under|Vid|Föreligger)\s+[a-zåäö0-9]"
                                   r"|" + _MEMBER + r"(?:,? (?:samt|och) " + _MEMBER + r")*,?(?: båda| alla)? "
                                   r"\([A-Za-zÅÄÖåäö]{1,5}\),? (?:har|hade|ställde|lämnade|väckte|yrkar|föreslår)\b)")
# A municipality's name as its letterhead writes it: "Hultsfreds kommun", "RONNEBY KOMMUN".
_MUNICIPALITY_LETTERHEAD = re.compile(r"[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+)? (?:kommun|KOMMUN)\b")
# A form's case label left empty, alone on its line ("Dnr").
_EMPTY_CASE_LABEL_ALONE = re.compile(r"(?i:dnr|diarienr|diarienummer)\.?:?$")
# A title opening with its labelled number, then a capital: "Dnr 06/KA0326 Barn- och ...".
_LABELLED_LEAD_OF_TITLE = re.compile(r"(?i:diarienummer|diarienr|dnr)\.?:?\s*"
                                     r"(?P<number>(?:[A-ZÅÄÖ/]{1,8}\s)?\d[\w/.:-]*\w)\s+(?=[A-ZÅÄÖ][a-zåäö])")
# A §'s own labelled number after its title in run-on text, the text going on after it: ", dnr 58.10/811 Per ...".
_LABELLED_IN_RUN_ON = re.compile(r",?\s+(?i:diarienummer|diarienr|dnr|ärendenummer)\.?:?\s*"
                                 r"(?P<number>(?:[A-ZÅÄÖ]{1,8}[ /-]?)?\d[\d/.:-]*\d)(?=\s+[A-ZÅÄÖ])")
# A page's letterhead or running head alone where a title should stand ("Kumla kommun", "Region Gävleborg",
# "KOMMUNSTYRELSEN"): whose page it is, never what a matter is about.
_HEAD_ALONE = re.compile(r"^(?i:[\wåäö-]+\s+(?:kommun|stad|landsting)|region\s+[\wåäö-]+(?:\s+[\wåäö-]+)?"
                         r"|kommunstyrelsen|kommunfullmäktige|regionstyrelsen|regionfullmäktige|landstingsstyrelsen"
                         r"|landstingsfullmäktige|kommunstyrelsens arbetsutskott|[\wåäö-]*nämnden)$")
# A kallelse's signature run onto its last item's title: "Övriga frågor Agneta Hägglund (S) Ordförande",
# "... Tommy Gardell Ordförande", perhaps the secretary's after it ("Fredrik Eirasson Ordförande Emma
# Oscarsson Sekreterare"): a name (party), then the office. The secretary's may be the municipality's
# "Kommunsekreterare" (Tibro's "Claes Jägevall Ordförande Eva Lotta Elovsson Kommunsekreterare"; Degerfors'
# kallelse and Kinda's signature box so too).
_SIGNATURE_AFTER_TITLE = re.compile(
    r"\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}(?:\s*\([A-ZÅÄÖa-zåäö]{1,4}\))?,?\s+(?i:ordförande)"
    r"(?:\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2},?\s+(?i:(?:kommun)?sekreterare))?$")
# The signature with the offices first, both of them: "... Anmälningsärenden Sekreterare Inger Modig Lind
# Ordförande Jonas Svensson (S)" (Östhammar; so the heads of Halmstad's and Knivsta's kallelser, "Ordförande:
# Johan Rydén Sekreterare: Jenny Moberg").
_SIGNER = r"[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,3}(?:\s*\([A-ZÅÄÖa-zåäö]{1,4}\))?"
_OFFICES_AFTER_TITLE = re.compile(r"\s+(?:Sekreterare:?\s+" + _SIGNER + r",?\s+Ordförande|Ordförande:?\s+" + _SIGNER
                                  + r",?\s+Sekreterare):?\s+" + _SIGNER + r"$")
# Who presents the item, after its title: "Delårsrapport 2 år 2019 /Föredragning av ekonomichef .../" (Flen),
# "... Föredragande: Johanna ..." (Kungälv); Region Kalmar län's "Föredragning av ..." under an item, the
# "Föredragande" columns of Trelleborg's and Östhammar's lists.
_PRESENTER = r"(?:[Ff]öredragning av|[Ff]öredragande:?)\s+[A-ZÅÄÖa-zåäö]"
_PRESENTER_IN_TITLE = re.compile(r"\s*/?\s*\b" + _PRESENTER + r".*$")
# Who informs on a list's row, after its title: "Ny projektperiod North Swedenkontoret Information av Mikael Jansson,
# North Sweden European Office" (Kommunförbundet Norrbotten), "Kommundirektörens rapport Information från Haleh
# Lindqvist kl. 09:15" (Kungälv), "Nya äldreboendet i Fiskebäck, Lysekil information av Joakim Jacobsson från
# Riksbyggen" (Lysekil): a capitalised "Information" opens the row's next cell, a person's name after it.
_INFORMANT_AFTER_TITLE = re.compile(r"\s+(?:Muntlig\s+information|Information)\s+(?:av|från)\s+"
                                    r"(?P<name>[A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\s+[A-ZÅÄÖÉ][a-zåäöé]+"
                                    r"(?:-[A-ZÅÄÖ][a-zåäö]+)?)(?=\s*,|\s+kl\b|\s*\(|\s*$)")
_PRESENTER_LINE = re.compile(r"^" + _PRESENTER)
_SITE_DOWNLOAD = re.compile(r'^download\s+"(?P<title>.*)"\s*$', re.IGNORECASE)
_SITE_TITLE_NOISE = re.compile(r"^(?:\d{1,3}\.?\s+)?(?:(?i:dnr)\.?\s+\S+\s+(?:\d{3}\s+)?)?|"
                               r"\s+(?:(?i:dnr)\.?(?:\s+\S+)?|Sammanfattning|Ärendet|Beslut)\s*$")


def _site_title_lines(document: Document, lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The lines opening the text that are a document site's title for the file (as its 'Download
    "..."' line states it), and the rest; ([], lines) when the text has no such title or nothing
    after it."""
    raw = next((m.group("title").strip() for line in document.lines if (m := _SITE_DOWNLOAD.match(line.stripped))),
               None)
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
    raw = next((m.group("title").strip() for line in document.lines if (m := _SITE_DOWNLOAD.match(line.stripped))),
               None)
    if not raw:
        return None
    title = _SITE_TITLE_NOISE.sub("", raw).strip(" .,")
    pages = " ".join(line.stripped for line in document.lines
                     if line.stripped and not _SITE_DOWNLOAD.match(line.stripped) and line.stripped != raw)
    if len(title.split()) < 3 or title.casefold() not in " ".join(pages.split()).casefold():
        return None
    return title


# A letterhead's footer run into the last title of a page: "... Lysekils kommun, Lysekil Tel: ...", "... Östra Göinge
# kommun Storgatan 4, Broby Växel: Plusgiro: ..." (the municipality's name two words, the switchboard's label).
# Or its labels without colons, two of them at least in the block, the sender's office before them: "... trafikplan
# Kommunledningsförvaltningen Besöksadress Algatan 13 Fakturaadress E-post ...", "Besöksadress Visborgsallén 19
# Telefon ...", "Postadress Box FALUN Besöksadress Vasagatan 27".
_LETTERHEAD_IN_TITLE = re.compile(
    r"\s+(?:[A-ZÅÄÖ][\wåäö-]+ (?:[A-ZÅÄÖ][\wåäö-]+ )?(?:kommun|stad)\b[^:]{0,60}?)?\b"
    r"(?:Tel|Telefon|Växel|Postadress|Besöksadress)\s*:.*$")
# The letterhead's footer run into a title without colons: "... trafikplan Kommunledningsförvaltningen Besöksadress
# Algatan 13 Fakturaadress E-post ... Postadress ... Telefon Org.nr" (two of its labels at least; the unit
# before them, one word ending in -förvaltningen/-kontoret, is the letterhead's too).
_LETTERHEAD_LABELS = r"(?:Besöksadress|Postadress|Fakturaadress|Leveransadress|E-post|Telefon|Org\.?\s?nr|Hemsida)"
_BARE_LETTERHEAD_IN_TITLE = re.compile(r"\s+(?:[A-ZÅÄÖ][\wåäö-]*(?:förvaltningen|kontoret)\s+)?" + _LETTERHEAD_LABELS
                                       + r"\b(?=.*\b" + _LETTERHEAD_LABELS + r"\b).*$")
# The notice's word on the meeting itself run into the last title of a list: "10 Delgivningar Sammanträdet
# webbsänds på kommunens hemsida ...", "Sammanträdet sänds även via webb", "sammanträden är öppna för allmänheten".
_MEETING_WORD_IN_TITLE = re.compile(
    r"\s+(?:Sammanträdet|Sammanträdena|Mötet|Detta sammanträde|[A-ZÅÄÖ][\wåäö]+s sammanträden?)\s+"
    r"(?:(?:även|också|kommer att)\s+)*(?:[\wåäö]*sänds|sändes|är öppna?|är offentlig[at]?)\b.*$")
# A lettered series of sub-points after a title ("Delegerade ärenden/delgivningar A. Delegationsbeslut ...
# B. Delgivningar 1. ..."): the item's text, not its title.
_LETTERED_POINTS = re.compile(r"\s+(?=[aA][.)]\s+[A-ZÅÄÖ].*?\s[bB][.)]\s+[A-ZÅÄÖ])")
_SENTENCE_IN_TITLE = re.compile(r"(?<=[a-zåäö0-9)])\s+(?=[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö])")
# A run-on §'s title ended by its own full stop, the §'s text after it: "Kf 71 Information från ordförandena.
# Kommunstyrelsens ordförande lämnar ..." (Nora; Kinda's, Falkenberg's titles end so). The word before the stop is
# a whole word, no abbreviation ("kv.", "m.fl.").
_SENTENCE_AFTER_PERIOD = re.compile(r"(?<=[a-zåäö)][a-zåäö)][a-zåäö)]\.)\s+(?=[A-ZÅÄÖ][a-zåäö])")
_WORD_THEN_SENTENCE = re.compile(r"^(?P<title>[A-ZÅÄÖ][a-zåäö]{5,})\s+(?=[A-ZÅÄÖ][a-zåäö]+(?:\s+[\wåäö(),/-]+){5,}\.$)")
_PRESENTER_OPENS_TEXT = re.compile(r"(?<=[\wåäö)])\s+(?=" + _PERSON_WORD + r"\s" + _PERSON_WORD + r",\s+[a-zåäö]+\b)")
_PRESENTS = re.compile(r"\b(?:informerar|informerade|redogör|redogjorde|föredrar|föredrog|berättar|berättade"
                       r"|presenterar|presenterade)\b")
_COMPACT_CASE = re.compile(r"[A-ZÅÄÖ]{2,5}\d{6,8}")
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
_YEAR_FIRST_INSIDE = re.compile(r"\s(?P<number>(?:19|20)\d\d/\d{1,6})(?=\s+\S)")
# A body's code and its paragraph after a number ("2013/12 Ks 178, 22 september 2015"): a step the matter took,
# a column's of its own, so the number before it may be another row's (Heby's column set after its titles).
_STEP_AFTER = re.compile(r"\s+[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]{1,5} §?\s?\d{1,4}(?![\d:.])")
_YEAR_FIRST_CELL = re.compile(r"(?<![\w/])(?:19|20)\d\d/\d{0,6}(?![\w/])")
# Three words or more in capitals ending a title in normal case (see item()).
_CAPITALS_AT_END = re.compile(r"(?<=[a-zåäö0-9)])(?:\s+[A-ZÅÄÖ][A-ZÅÄÖ./-]+){3,}$")
# A labelled note under an agenda row's title, its label capitalised with its colon, glued to the word before it
# where the extraction lost the line break: "Utskottsbeslut: i enlighet med ...", "Föredragande: ...".
_ROW_NOTE_LABEL = re.compile(r"(?:(?<=\s)|(?<=[a-zåäö0-9”)]))[A-ZÅÄÖ][a-zåäö]{3,}:(?=\s)")
# A wrapped title's last words, in lower case, no more than three ("händelser").
_TITLE_WORDS_WRAPPED = re.compile(r"^[a-zåäö][\wåäö-]*(?: [a-zåäö][\wåäö-]*){0,2}$")


def _year_first_end(text: str) -> re.Match | None:
    match = _YEAR_FIRST_END.search(text)
    following = str(int(match.group("year")) + 1) if match else ""
    if match and match.group("serial") in {following, following[2:]}:
        return None  # "Budget 2019/2020", "Säsongen 2015/16": years, not a case
    return match


_DOT_LEADER = re.compile(r"\s*(?:\.{2,}|…+)\s*\d{1,3}$")  # "Budgetuppföljning ...6": a contents page's page number
# A contents row's leader and page, then the next row's number run on ("Muntliga informationer... 4 2", Sollefteå): what
# follows a leader is never the title's (the leaders of Bjuv's, Hudiksvall's, Alingsås' and Arvika's rows end theirs).
_LEADER_PAGE_AND_NEXT_NUMBER = re.compile(r"\s*(?:\.{3,}|…+)\s*\d{1,3}\s+\d{1,3}$")
_NAMED_ITEM = re.compile(r"^(?:ärende|punkt|ärendepunkt)\s+(?P<n>\d{1,3})\s*[.:]?\s*(?P<rest>.*)$", re.IGNORECASE)
_LIST_START = re.compile(r"^(föredragningslista|dagordning|ärenden?|ärendelista|innehållsförteckning|"
                         r"ärenden?\s+att\s+behandla)\s*:?$", re.IGNORECASE)

# Standing procedural items: never a matter. Informational items (meddelanden, anmälan av
# delegationsbeslut, information om ...) are matters: the real corpus' gold lists them so.
FORMALITY = re.compile(
    # the proposed justerare after the item ("Val av protokolljusterare Förslag: Rolf Eriksson", Tibro; so Heby's
    # "Justering (Förslag: ...)" and Bromölla's "... tid för justering (Förslag onsdagen ...)")
    r"^(val av (protokolls?justerare|justerare|justerande|justeringsmän|justeringsman)( och .*| samt .*|, .*|"
    r" \(?förslag\b.*)?|"
    r"justering|"
    r"justering av (dagens )?protokoll(et)?|"
    r"upprop|upprop (och|samt) .*|upprop enligt (länsstyrelsens|valnämndens) .*|"
    r"utseende av (protokoll)?juster(are|ingsperson(er)?).*|"
    r"(anmälda )?förhinder (och|samt) upprop|"
    r"(godkännande|fastställande) av dagens (dagordning|föredragningslista|ärendelista)|"  # Kumla, Säffle
    r"justering (och|samt) (godkännande|fastställande) av (dagordning(en)?|föredragningslista(n)?)|"  # Vaxholm
    r"(inledning (och|samt) )?öppnande av (sammanträdet|mötet)|"  # Norsjö
    r"godkännande av (dagordning(en)?|föredragningslista(n)?|ärendelista(n)?)|"
    r"(fastställande|fastställelse) av (dagordning(en)?|föredragningslista(n)?|ärendelista(n)?)|"  # (Region Uppsala)
    # the agenda's own row named by the agenda alone: "1. Val av justerare 2. Föredragningslista 3. ..." (the list
    # approved, as "Godkännande av föredragningslista" says in full: Kommunförbundet Norrbotten)
    r"dagordning(en)?|föredragningslista(n)?|"
    r"(sammanträdets|mötets) (öppnande|avslutande|inledning)|"
    # "Sammanträdet öppnas" (Region Sörmland, Region Dalarna; "Sammanträdet avslutas" Region Västerbotten);
    # the agenda fixed and the justerare chosen in one item (Degerfors; "Val av justerare och ..." below)
    r"(sammanträdet|mötet|fullmäktigesammanträdet) (öppnas|avslutas)|"
    r"(godkännande|fastställande) av (dagordning(en)?|föredragningslista(n)?|ärendelista(n)?) (och|samt) "
    r"val av (protokolls?justerare|justerare|justerande)|"
    r"öppnande|avslutning|"
    r"övriga frågor|protokolls?justering.*|närvaro(lista)?|val av justerare och.*|"
    r"eventuella (anmälningsärenden|övriga frågor|frågor)|"
    r"bevis om anslag|anslagsbevis|anslag/bevis|bevis/anslag|"
    r"närvarorätt|närvarorätt (för|vid) .*|yttranderätt|närvaro- och yttranderätt.*|"
    r"tjänstgörande ledamöter|protokollets justering|tillkännagivande av tid och plats för justering.*|"
    # the justering's time and place as an item (Götene, Bromölla, Jokkmokk), "Justering (Förslag: ...)" (Heby)
    r"(tid och plats|tid) för (protokollets )?justering(\b.*)?|justering \(.*|"
    # the justering's day and time after a dash or colon: "Justering – Måndagen den 27 maj kl 16:00" (Täby)
    r"justering\s*[-–:]\s*(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\b|den\s+\d|\d{1,2}\s|\d{4}-\d\d-\d\d|kl\b).*|"
    # changes to the agenda itself: items added, dropped or moved; (the attendance list, "Närvarolista" as Älvdalen's
    # contents list gives it a row: Jönköping, Olofström, Ovanåker head theirs so)
    r"(tillkommande|tillägg|extra)( och (utgående|avgående|utgår))? ärenden|"
    r"((för)?ändring(ar)?|komplettering(ar)?) (i|av|till) (dagordning(en)?|föredragningslista(n)?|ärendelista(n)?)"
    r"( .*)?|"  # ("Komplettering av dagordningen", Hässleholm: items added)
    r"(för)?ändrad (dagordning|föredragningslista|ärendelista)|"  # Kävlinge; Skurup's "Förändringar i ..."
    r"val av (justeringsperson(er)?|protokollsjusterare|justeringsledamot|justeringsledamöter)( och .*)?)$",
    re.IGNORECASE,
)

# Sub-headings inside an item (lower case, no colon) -> part.
ITEM_HEADINGS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"förslag till beslut|beslutsförslag|förslag|[a-zåäö -]+s förslag( till beslut| till [a-zåäö ]+)?"
                r"|förvaltningens förslag( till beslut)?"), "proposal"),
    (re.compile(r"beslut|beslutet|[a-zåäö -]+s beslut"), "decision"),
    (re.compile(r"beslutsunderlag|underlag|handlingar|bilagor|bilaga"), "basis"),
    (re.compile(r"ärendets beredning|beredning|ärendegång|tidigare behandling|behandling|ärendets behandling"
                r"|beredande organs? förslag"), "prep"),
    (re.compile(r"expedieras till|expedieras|expediering|beslutsexpediering"
                r"|(beslutet|beslut) (ska )?(skickas|expedieras|sänds) till"
                r"|protokollsutdrag till|utdrag till|sänds till|skickas till|för kännedom till|exp\.?"), "recipients"),
    (re.compile(r"handläggare|föredragande|ansvarig|ansvariga"), "responsible"),
    (re.compile(r"ärendet|ärendebeskrivning|sammanfattning|sammanfattning av ärendet|bakgrund"
                r"|beskrivning av ärendet"), "summary"),
    (re.compile(r"yrkanden?|yrkande|propositionsordning|beslutsgång|reservation(er)?|protokollsanteckning(ar)?"
                r"|jäv|omröstning|särskilt yttrande|deltar inte i beslutet|justerandes signatur.*"
                r"|utdragsbestyrkande.*|paragrafer.*"), "other"),
]
_ITEM_MID = re.compile(
    r"(?<=\S)\s+(?P<heading>Beslutet (?:ska )?(?:skickas|expedieras|sänds) till|Expedieras till|Protokollsutdrag till"
    r"|Förslag till beslut|Beslut|Beslutsunderlag"
    # in capitals (Kil, Sala, Simrishamn), before a sentence's first word, not an all-caps title's next word
    r"|(?:FÖRSLAG TILL BESLUT|BESLUT)(?=\s*:?\s+(?:[A-ZÅÄÖ][a-zåäö]|\d))"
    r"|Handläggare|Föredragande|(?:Kommunfullmäktiges|Kommunstyrelsens|Nämndens|Styrelsens|Utskottets"
    r"|Arbetsutskottets|[A-ZÅÄÖ][a-zåäö]+nämndens"
    # a region's, a landsting's, a förbund's board as the municipality's ("... Regionstyrelsens beslut Regionstyrelsen
    # godkänner ...", "... Direktionens beslut ...", "... Gemensamma nämndens beslut ..."), where the text runs on
    r"|(?:Region|Landstings|Förbunds)(?:styrelsens|fullmäktiges)|(?:Förbunds)?[Dd]irektionens|Gemensamma nämndens)"
    r" beslut)"
    r"\s*:?\s+(?=[A-ZÅÄÖ0-9])"
)
# In run-on text (a page as one line) the other sub-headings of an item stand mid-line too.
_RUN_ON_MID = re.compile(
    r"(?<=\S)\s+(?P<heading>Överläggning|Ärendebeskrivning|Beskrivning av ärendet|Bakgrund"
    r"|Sammanfattning av ärendet|Sammanfattning"
    r"|Yrkanden?|Beslutsgång|Propositionsordning|Ärendet|Reservation)\s*:?\s+(?=[A-ZÅÄÖ0-9])"
)
# The signature box's label in its forms: "Justerandes sign", "Ordförandens och justerarens signaturer" (Kil).
_FOOTER = re.compile(
    r"^(justerandes (signatur|sign)|(ordförandens?|justerarens?|justerares)( och (ordförandens?|justerarens?"
    r"|justerandes?))? sign(atur|aturer)?\b|utdragsbestyrkande|justeringsdatum|justerat|justering\b|justeringens|"
    r"anslag|anslaget|"
    r"protokollet just|ordförande\b|sekreterare\b|justerare\b|underskrifter|bevis om anslag)",
    re.IGNORECASE,
)
_MEETING_DATE_LABEL = re.compile(
    r"^(sammanträdesdatum|sammanträdesdag|mötesdatum|datum|tid|dag och tid|tid och plats|plats och tid|när"
    r"|sammanträde)\b"
    r"|sammanträder",
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
_HOUR_AFTER_DATE = re.compile(r"^,?\s*(?i:kl\.?\s*)?\d{1,2}[.:]\d{2}|^,?\s*(?i:kl)\b")
# A meeting's day named without its year near a meeting word ("På måndag den 12 juni sammanträder
# kommunstyrelsen", "Detta beslutas i kommunstyrelsen 12 juni").
_MEETING_DAY_NO_YEAR = re.compile(r"\b(?P<day>\d{1,2})\s+(?P<month>" + "|".join(MONTHS) + r")\b(?!\s+\d{4})",
                                  re.IGNORECASE)
_MEETING_WORD_NEAR_DAY = re.compile(r"sammanträd|beslutas", re.IGNORECASE)
# A web page's stamp of its own day before a date: "Artikeln publicerades" (Bjurholm), "Sidan publicerad" (Bräcke),
# "Publicerad", "Uppdaterad den", "Sidan publicerades" (Dorotea's, Mönsterås', Region Sörmland's, Falköping's pages).
_PAGE_STAMP_BEFORE = re.compile(r"(?i:publicerad(?:es|e)?|uppdaterad(?:es)?)(?:\s+den)?:?\s*$")
# A body's earlier decision told with its day ("Nämnden beslutade den 21 februari 2014, paragraf 7", Fagersta;
# "Kommunstyrelsens arbetsutskott beslutade den 6 maj 2008", Kumla; "remitterade den 21 april 2008", Arboga): the
# step the matter took before, never the day of the meeting whose document this is.
_DECIDED_ON = re.compile(r"\b(?:beslutade|beslöt|remitterade|behandlade)\s+(?:den\s+)?$", re.IGNORECASE)
_SHORT_DATED_LINE = 40  # a head's line this short ("Regionstyrelse 2019-05-08", "KF 2015-11-16 nov") is a heading


def _tied_to_meeting(text: str, date: FoundDate) -> bool:
    """Whether an unlabelled date in `text` is a meeting's by what stands around it."""
    if _PAGE_STAMP_BEFORE.search(text[max(0, date.start - 30):date.start]):
        return False  # "Artikeln publicerades 13 oktober 2022": the web page's own day, even as a heading
    if _DECIDED_ON.search(text[max(0, date.start - 30):date.start]):
        return False  # "Nämnden beslutade den 21 februari 2014, paragraf 7": an earlier decision's day, a step
    if len(text) <= _SHORT_DATED_LINE or not text[:date.start].strip():
        return True  # a heading, or a line the date opens ("2014-04-15 Kommunfullmäktige Plats och tid ...")
    return bool(_MEETING_BEFORE_DATE.search(text[max(0, date.start - 80):date.start])
                or _HOUR_AFTER_DATE.match(text[date.end:date.end + 12]))


def _other_meeting_day(head: list[Line], iso: str) -> bool:
    """A head naming the meeting's day and month without a year, other than `iso`'s: a date standing alone
    at its top (a web page's publication day, '2023-06-09') is then not the meeting's."""
    for line in head[:30]:
        text = line.stripped
        for match in _MEETING_DAY_NO_YEAR.finditer(text):
            near = text[max(0, match.start() - 60):match.end() + 60]
            if not _MEETING_WORD_NEAR_DAY.search(near):
                continue
            month = MONTHS[match.group("month").lower()]
            if (int(iso[5:7]), int(iso[8:10])) != (month, int(match.group("day"))):
                return True
    return False


_APPROVED = re.compile(
    r"justeringsdatum|justeringstid|justerat|justerad|justering(?:ens|s)? (plats och tid|tid och plats|tid)|"
    r"protokollet (justerades|justeras|justerat)|datum för justering|^justering\b|justeringen ägde rum|"
    r"(tid och plats|plats och tid|tid) för justering|"
    r"^justeringens\b",  # "Justeringens Ledningskontoret den 6 december 2004" / "plats och tid": the label split
    re.IGNORECASE,
)
_GLUED_DATE = re.compile(r"(?<=[a-zåäö])(?=(?:19|20)\d\d-\d\d-\d\d\b)")


_LABEL_HEAD_AT_END = re.compile(r"\bJusteringens (?:plats och|tid och)$", re.IGNORECASE)


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


_NOTICE = re.compile(
    r"anslaget sätts upp|anslaget sattes upp|anslagsdatum|anslags uppsättande|datum då anslaget sätts upp|"
    r"anslaget publicerat|anslaget publiceras|^anslag\b|anslagets uppsättande|tillkännagivande|anslags? upprättande|"
    r"anslagets upprättande|tillkännagiven på",
    re.IGNORECASE,
)
_NOTICE_DOWN = re.compile(r"tas ned|nedtagande|tas bort|ned tas|nedtas|nedtagning|nedtages|tages ned", re.IGNORECASE)
# Where a matter is handed on, apart from a proposal's lead (common.proposal_lead gives that path):
# "förslag till kommunfullmäktige", "överlämnar ärendet till", "remitterar till".
_FORWARD = re.compile(
    r"(?:förslag till(?: beslut i)?|överlämna\w*(?: ärendet)? till|hänskjut\w*(?: ärendet)? till"
    r"|remittera\w*(?: ärendet)? till)"
    r"\s+(?P<body>[a-zåäöA-ZÅÄÖ-]+(?:s arbetsutskott)?)"
)


# A head's document name, then perhaps its page mark ("1 KALLELSE (3) Kommunfullmäktige", "Kallelse 1 (4)
# Kommunfullmäktige", "PROTOKOLL 1 (27)"; Ängelholm, Linköping, Borås, Arvika, Norberg, Olofström).
_KIND_WORD_HEAD = re.compile(r"^(?:\w+\s+)?(?:sammanträdesprotokoll|protokoll|kallelse)\s+"
                             r"(?:(?:\d{1,3}\s?)?\(\d{1,3}\)\s+)?", re.IGNORECASE)


# A list table's page column after a row's case number: "3-8", "17", "10-11", then the next cell or row.
_PAGE_REFERENCE = re.compile(r"^\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?=\s+[A-ZÅÄÖ]|\s*$)")


_BODY_ACTS = re.compile(
    r"\b(?:(?P<a>[A-ZÅÄÖ][\wåäö-]+(?: arbetsutskott)?) (?:beslutar|ajournerar)\b"
    r"|ajournerar (?P<b>[A-ZÅÄÖ][\wåäö-]+(?: arbetsutskott)?) sammanträdet\b)"
)
# A municipality's letterhead ("Tingsryds kommun", "SALA KOMMUN", "Bollnäs kommun") and a region's ("REGION KRONOBERG",
# "Landstinget Västmanland", "Västra Götalandsregionen"), and the bodies that only a region has.
_MUNICIPALITY_NAMED = re.compile(r"\b[A-ZÅÄÖ][\wåäöÅÄÖ-]+ (?:kommun|KOMMUN|Kommun)\b")
_REGION_NAMED = re.compile(r"\b(?:Region|REGION|Landstinget|LANDSTINGET) [A-ZÅÄÖ]|[a-zåäö]regionen\b")
_REGION_BODY = re.compile(r"^(?:Region|Landstings)[a-zåäö]*(?:styrelse|fullmäktige|nämnd|utskott)")
_TJANSTESKRIVELSE = re.compile(r"\b(" + alternation(REPORT_KINDS) + r")\b", re.IGNORECASE)


# What only a protocol says: its justering, its signatures, its range of paragraphs; its anslag's
# "Justeringen har tillkännagivits genom anslag" (61 protocols of the tuning half, no other document);
# its signature box's label "Underskrifter" (capitalised: 106 protocols of the tuning half, no other kind;
# "Underskrifter Sekreterare Ordförande Justerande" where the paragraphs' numbers were lost, Dals-Ed).
PROTOCOL_SIGNALS = re.compile(
    r"protokollet (är|har) justerats?|protokollet är justerat|justeringens (plats och tid|tid och plats)|"
    # "X utses att (jämte ordförande) justera dagens protokoll" (Sjuhärads kommunalförbund, Lidingö, Vaxholm)
    r"utses att (?:jämte ordföranden? )?justera|justerandes (sign|signatur)|utdragsbestyrkande|"
    r"\bparagrafer?\s*(?:§§?\s*)?\d|"
    r"\bjusteras\b|anslaget på kommunens anslagstavla|(?<!\bav )tid och plats för justering|"
    r"tillkännagivandet av justeringen|justeringen har (?:tillkännagivits|tillkännagetts|anslagits)|"
    # the signature box of a protocol's front page: "Underskrifter Sekreterare ...", or its capitalised label alone
    r"\bunderskrifter:?\s+(?:sekreterare|ordförande)\b|(?-i:\b(?:Underskrifter|UNDERSKRIFTER)\b)",
    re.IGNORECASE,
)
# Every PROTOCOL_SIGNALS match holds one of these words, found three times as fast in a long text:
# keep them in step with it.
_SIGNAL_WORDS = re.compile(r"juster|utdragsbestyrkande|paragraf|anslagstavla|underskrifter", re.IGNORECASE)


def protocol_signal(text: str) -> re.Match | None:
    """PROTOCOL_SIGNALS' first match in `text`; a text without any of its words is not searched."""
    return PROTOCOL_SIGNALS.search(text) if _SIGNAL_WORDS.search(text) else None


_REPORT_HEADING = re.compile(
    r"^(förslag till beslut|beslutsförslag|beslutsunderlag|sammanfattning|ärendet|bakgrund|ärendebeskrivning)\b",
    re.IGNORECASE)


def _body_after_label(text: str, label: re.Match) -> str | None:
    """The body named right after a form's label in `text` (within two characters): "Organ Kommunstyrelsen"."""
    return next((name for at, name in bodies_in(text[label.end():label.end() + 80]) if at <= 2), None)


def _labelled_body(text: str) -> str | None:
    """The body a form's label names in run-on text ("Organ Kommunstyrelsen", "Nämnd/styrelse Kommunstyrelsens
    arbetsutskott", "... tillkännagivits genom anslag. Kommunfullmäktige"), when only one is so named; else None."""
    text = CASE_NUMBER.sub(" ", text)
    named = set()
    for label in [*_BODY_LABEL_IN_TABLE.finditer(text), *_POSTED_BY.finditer(text)]:
        after = _body_after_label(text, label)
        if after:
            named.add(after)
    return named.pop() if len(named) == 1 else None


# A body whose name says only its kind, named in full by what it is for: "Gemensamma nämnden för
# hjälpmedelsverksamhet och andra samverkansfrågor" (Fagersta), "Nämnden för service och teknik", "Nämnden för
# samhällsskydd mellersta Skaraborg" (Skara), "Direktionen för Höglandets Räddningstjänstförbund" (Nässjö),
# "direktionen för Södra Bohusläns räddningstjänstförbund" (Lilla Edet): a gemensam nämnd's or a kommunalförbund's
# board. Its full name is taken only from a heading line that ends with it (no date, label, number or kind word
# after it); in run-on text where the name ends is not told, so the kind's name alone stands.
_GENERIC_BODY = re.compile(r"(?:Gemensamma\s+)?(?:nämnden|styrelsen|direktionen|utskottet)|Gemensam\s+nämnd",
                           re.IGNORECASE)
_NAMED_FOR = re.compile(r"\s+(?P<for>för\s+[\wåäöÅÄÖ][\wåäöÅÄÖ .,&/-]{2,80}?)[\s.,]*$")
NAMED_FOR_WORDS = 9
# A sentence's verb after the name ("... Sydnärke kallas till sammanträde", "... teknik beslutar", "sammanträder",
# "har", "är"): the line is no heading. (A plural noun in -er, "tjänster", is refused too: the kind's name alone.)
_CALLED_OR_MEETS = re.compile(r"\s+(?:kallas|sammanträder)\b.*$")
_VERB_LIKE = re.compile(r"^[a-zåäö]+(?:ar|er|är|år|as|ade|de|te)$")


def _named_for(body: str, line: str) -> str:
    """`body` with what it is for, when the heading `line` ends with "<body> för <name>" (_GENERIC_BODY)."""
    line = _CALLED_OR_MEETS.sub("", line)  # "Styrelsen för Samordningsförbundet X kallas till sammanträde"
    at = line.find(body)
    named = _NAMED_FOR.match(line, at + len(body)) if at >= 0 else None
    if named is None or len(named.group("for").split()) > NAMED_FOR_WORDS or re.search(r"\d|:", named.group("for")) \
            or AGENDA_WORDS.search(named.group("for")) or PROTOCOL_WORDS.search(named.group("for")) \
            or bodies_in(named.group("for")[:1].upper() + named.group("for")[1:]) \
            or any(_VERB_LIKE.match(word) for word in named.group("for").split()[1:]):
        return body
    return f"{body} {named.group('for')}"


# The last capitalised part of a word glued together ("KallelseKommunstyrelsen" -> "Kommunstyrelsen").
_GLUED_BODY = re.compile(r"(?<=[a-zåäö])[A-ZÅÄÖ][a-zåäö]+$")
_AGENDA_FIRST = re.compile(r"^(?:KALLELSE|FÖREDRAGNINGSLISTA|DAGORDNING|ÄRENDELISTA|Kallelse|Föredragningslista|"
                           r"Dagordning|Ärendelista)\b")


# A row's own case number in brackets after its title, labelled: "(ärende nr 2014-000374.005)", "(Dnr RS 2022/1275)";
# the number as written up to the bracket's end ("2014-000375 005").
_BRACKETED_CASE_NUMBER = re.compile(r"\s*\((?P<labelled>(?i:dnr|diarienummer|diarienr|ärendenummer|ärendenr"
                                    r"|ärende\s*nr)\.?\s*:?\s*(?P<number>[^()]{3,30}?))\s*\)")


def detect(document: Document) -> str | None:
    """'protokoll', 'kallelse' or None (a tjänsteskrivelse), from the document's first
    lines: the word naming the document, in a short line, and for a protocol its §§;
    else from what only a protocol states (its justering, 'Utses att justera',
    'Paragrafer 33-70'), wherever it stands in run-on text."""
    lines = content_lines(document)
    head = [line.stripped for line in lines if line.stripped][:6]
    report = next((at for at, line in enumerate(head) if _TJANSTESKRIVELSE.search(line) and len(line.split()) <= 8),
                  None)
    # A kallelse with its papers: "KALLELSE Datum 2019-09-06" first, its items' tjänsteskrivelser after it
    # (Härnösand, Oxelösund, Tyresö); the first line names the document.
    called_first = bool(head) and report is not None and report > 0 and _AGENDA_FIRST.match(head[0]) is not None
    if report is not None and not called_first:
        return None
    short = [line for line in head if len(line.split()) <= 8]
    has_paragraphs = any(_PARAGRAPH.match(line.stripped) for line in lines)
    # The document's name in the opening words of its first line, or of its first page given
    # as one line ("Kommunstyrelseförvaltningen KALLELSE/FÖREDRAGNINGSLISTA SOCIALNÄMNDEN Tid ...",
    # "LULEÅ KOMMUN KALLELSE OCH FÖREDRAGNINGSLISTA ..."): a protocol's copy further down does not
    # make it one.
    # "Kommunfullmäktige 2002-09-30 §89" heading the text: a body, its meeting's date and a
    # paragraph: one § of a protocol (an extract).
    if any(re.search(r"§\s?\d", line) and find_dates(line) and bodies_in(line[:40])
           and bodies_in(line[:40])[0][0] == 0 and len(line.split()) <= 8 for line in head[:4]) \
            and not any(_TJANSTESKRIVELSE.search(line) for line in head):
        return "protokoll"
    # A meeting portal's page: "Möte 2026-02-24" / "Sammanträde 2024-03-05" heading it, and its
    # rows each closed by their case number run into the next title.
    if head and _PORTAL_MEETING.fullmatch(head[0]) \
            and sum(1 for line in lines if _GLUED_ROW.match(line.stripped)) >= 2:
        return "kallelse"
    # The same portal's page of a meeting held ("Sammanträde 2013-04-10" under the site's path, Värmdö; its
    # kallelser so headed: Tyresö, Stockholm): where its matters stand as §§ ("§55 Redovisning av ..."), a protocol.
    if any(_PORTAL_MEETING.fullmatch(line) for line in head[:2]) and has_paragraphs:
        return "protokoll"
    first_page = next((line.stripped for line in lines if line.page_start), "")
    # The first page under a signed protocol's page head opens with the head's kind word again: its first §
    # ("Kungörelse. Justerandes sign..." / "1 1 Kungörelse Kungörelse om dagens sammanträde ...", Danderyd).
    head_word = AGENDA_WORDS.match(head[0]) if head and _SIGNED_PROTOCOL.search(head[0][:60]) else None
    if head_word and first_page[:len(head_word.group())].lower() == head_word.group().lower():
        first_page = ""
    # The opening's first 60 characters, and the rest of a word they cut ("... Arbetsutskottet Sammanträdesprot").
    # A short first line that names no kind may be a site's title of its file ("KF 2015-11-16 nov"): the paragraph
    # after it, where a copy lost the line breaks, opens with the letterhead's lines run together ("HALLSBERGS KOMMUN
    # KALLELSE Kommunfullmäktige ...").
    title_first = len(head) > 1 and len(head[0].split()) <= 8 and len(head[1]) > RUN_ON \
        and not (AGENDA_WORDS.search(head[0]) or PROTOCOL_WORDS.search(head[0]))
    openings = [_OPENING.match(line).group() for line in head[:1 + title_first]]
    for opening in (*(openings or [""]), _OPENING.match(first_page).group()):
        # A word in capitals broken by the extraction ("ANMÄLNINGSLIS TA"): its pieces joined.
        opening = re.sub(r"\b([A-ZÅÄÖ]{4,}) ([A-ZÅÄÖ]{1,3})\b", r"\1\2", opening)
        agenda, protocol = AGENDA_WORDS.search(opening), PROTOCOL_WORDS.search(opening)
        if _SIGNED_PROTOCOL.search(opening):
            continue  # a signed protocol's page head ("Kungörelse. Justerandes sign... Utdragsbestyrkande...")
        if agenda and agenda.group().isupper() and (not protocol or protocol.start() > agenda.start()):
            return "kallelse"
        # The document's very first word its kind, capitalised ("Kallelse/föredragningslista Regionstyrelsen
        # kallas ...", "Kallelse Sammanträdesdatum", "Kallelse och föredragningslista"): Huddinge, Kungälv,
        # Linköping, Sandviken, Västerås, Region Uppsala; a page given as one line has no short line for it.
        if agenda and agenda.start() == 0 and agenda.group()[:1].isupper() and not protocol:
            return "kallelse"
    if any(PROTOCOL_WORDS.search(line) for line in short) and has_paragraphs:
        return "protokoll"
    start = " ".join(line.stripped for line in lines[:80] if line.stripped)[:5000]
    # "Kallelse", "Föredragningslista" as headings set them; not an item's "213 Kommunstyrelsens ärendelista".
    # "Ärendelista" also heads a protocol's own list of its paragraphs ("§ Ärendelista" over "§ 46 Dnr ...",
    # Laholm; "Ärendelista 150 Dnr ...", Bjuv; "Ärendelista §116 §117 ...", Lekeberg; also Askersund, Avesta,
    # Leksand, Region Kronoberg): beside what only a held and signed protocol states, it names no kallelse.
    signed = _SIGNED_PROTOCOL.search(start)
    # A kind word beside a signed protocol's marks on its own line is that page's head, its first § ("Kungörelse.
    # Justerandes sign... Utdragsbestyrkande...", Danderyd), no kallelse's name.
    if any(word.group()[:1].isupper() and not (signed and word.group().lower() == "ärendelista")
           and not _SIGNED_PROTOCOL.search(line)
           for line in short for word in AGENDA_WORDS.finditer(line)):
        return "kallelse"
    # A meeting portal's page: its items' numbers bulleted alone, each over its title (see split_numbered_bullets),
    # rising; no § (Region Gävleborg, Region Jämtland Härjedalen).
    portal = [int(m.group("n")) for line in split_numbered_bullets(lines[:200])
              if line.item_start and (m := _NUMBERED.match(line.stripped))]
    if len(portal) >= 2 and portal == sorted(set(portal)) and not has_paragraphs:
        return "kallelse"
    # A web page listing a meeting's items: it names the meeting ("... nämndens sammanträde
    # den 14 december 2017", "Regionfullmäktige 4 december") and numbers its items 1, 2, 3 ...;
    # no § and no justering done.
    # (A line opening with a day and month, "22 januari 2020, kl. 18.30 i ...", is a wrapped date, no item.)
    # The list may run on in one line, as a page that lost its line breaks gives it ("1. Upprop 2. Tid och plats
    # för justering ... 3. Godkännande av dagordning", "Dagordning 1. Öppnande 2. Upprop ..."): its items counted
    # as split_numbered_runs cuts them, where the line is the list's paragraph (opening with it or a heading word
    # or two), not a site's page given as one line that quotes a list ("2 Kommunstyrelsen FÖREDRAGNINGSLISTA 1.
    # Protokolljustering ...", a protocol's page, Osby).
    listed: list[Line] = []
    for run_on in lines[:80]:
        pieces = split_numbered_runs([run_on], protocol=False) if len(run_on.stripped) >= RUN_ON else [run_on]
        before = pieces[0].stripped if pieces and not pieces[0].item_start else ""
        listed.extend(pieces if len(pieces) > 1 and not run_on.page_start and len(before.split()) <= 2
                      and not re.search(r"\d", before) else [run_on])
    numbered_at = [(i, int(m.group("n"))) for i, line in enumerate(listed)
                   if (m := _NUMBERED.match(line.stripped)) and not _DAY_AND_MONTH.match(line.stripped)]
    numbered = [n for _i, n in numbered_at]
    first_numbered = numbered_at[0][0] if numbered_at else 0
    # Numbered points under a tjänsteskrivelse's headings are its proposals, not an agenda.
    under_headings = any(_REPORT_HEADING.match(line.stripped) for line in listed[:first_numbered])
    if (numbered[:1] == [1] and _counts_up(numbered) and not has_paragraphs
            and not _TJANSTESKRIVELSE.search(start[:300])
            and not under_headings
            and not _SIGNED_PROTOCOL.search(start)
            and (re.search(r"sammanträde", start[:400], re.IGNORECASE) or bodies_in(head[0][:60] if head else ""))):
        return "kallelse"
    if protocol_signal(start) and not _TJANSTESKRIVELSE.search(start[:200]):
        return "protokoll"
    named = PROTOCOL_WORDS.search(start[:60])
    if named and named.group()[:1].isupper() and not _TJANSTESKRIVELSE.search(start[:200]):
        return "protokoll"  # "Kommunstyrelsen PROTOKOLL. Tid ...": named so at its very start
    # A page of its own opening with the body and the document's name in capitals:
    # "1 KOMMUNSTYRELSEN PROTOKOLLSUTDRAG Sammanträdesdatum ...".
    if any(_CAPITAL_HEAD.match(line.stripped) for line in lines[:20]) and not _TJANSTESKRIVELSE.search(start[:200]):
        return "protokoll"
    # A municipality's notice of a meeting (a web page, a letter calling the members): a body that
    # meets, or what the meeting deals with; read as a kallelse, in part where it lists no items.
    notice = _MEETING_NOTICE.search(start[:1500])
    if (notice and bodies_in(start[:1500]) and not _TJANSTESKRIVELSE.search(start[:300])
            and not any(_REPORT_HEADING.match(line.stripped) for line in lines[:80])):
        return "kallelse"
    return None


# A meeting portal's heading of a meeting's page: "Sammanträde 2024-03-05", "Möte 2026-02-24".
_PORTAL_MEETING = re.compile(r"(?:Möte|Sammanträde)\s+\d{4}-\d{2}-\d{2}")
# What only a protocol already held and signed states (a kallelse may well say when it will be justerat):
# "Utses att justera", "Protokoll(et) är justerat", its signature box ("Justerandes sign", "Justeringssign",
# "Utdragsbestyrkande").
_SIGNED_PROTOCOL = re.compile(r"utses att (?:jämte ordföranden? )?justera|protokoll(?:et)? är justerat|justerandes"
                              r"|justeringssign|utdragsbestyrkande", re.IGNORECASE)
# A body named as the one addressed or belonging, not the one meeting: "till kommunstyrelsen", "ledamöter i".
_ADDRESSED = re.compile(r"\b(?:till|för|från|med|hos|av|i|om|inom|under|enligt)\s+$", re.IGNORECASE)
_MEETING_NOTICE = re.compile(r"\b(?:sammanträder|sammanträdet öppnas)\b|\b(?:mötet|sammanträdet)\s+behandlas\b"
                             r"|\bbehandlas\s+(?:bland annat|följande)\b", re.IGNORECASE)


_OPENING = re.compile(r".{0,60}(?<=\S)\S*|.{0,60}", re.DOTALL)


def _counts_up(numbers: list[int]) -> bool:
    """1, 2, 3 in order among a page's numbered lines: an agenda's items, with the numbered
    points of their proposals ("1. Ersättningar ...", "2. ...") in between."""
    expected = 1
    for n in numbers:
        if n == expected:
            expected += 1
    return expected > 3


_CAPITAL_HEAD = re.compile(r"^(?:\d{1,3}\s+)?(?:[A-ZÅÄÖ-]{4,}\s+){1,3}(?:SAMMANTRÄDESPROTOKOLL|PROTOKOLLSUTDRAG)\b")


@dataclass
class Item:
    key: str
    number: int
    line: int
    head: str
    lines: list[Line] = field(default_factory=list)
    case_number: str | None = None  # stated before a lost §: "KSKF/2015:1 231 Val ..."
    truncated_case: str | None = None  # "KSKF/2013: Title": a number whose end was lost
    row: bool = False  # a row of a list of items run together (split_contents_runs, split_glued_rows)
    path: list[str] = field(default_factory=list)  # earlier bodies of a margin path ("Kf 75 Ks 82 Au 225")


# An agenda's page column ("Sida", "Föredragning /sidan") read onto its rows' titles: "Avtal för
# fastighetsförvaltning 17". Never a number that belongs to the title ("etapp 2", "del 3", "kap. 4").
_TITLE_PAGE = re.compile(r"(?<=\S)\s+(?P<page>\d{1,3})$")
_NUMBERED_WORD_END = re.compile(r"\b(?i:del|delar|etapp|fas|steg|nr|nummer|kap|kapitel|punkt|bilaga|avsnitt|"
                                r"kvarteret|kv|version|tertial|kvartal|område|linje|väg|lss|sol)\.?$")


def _a_page_column(ends: Sequence[tuple[object, re.Match]], *, distinct: int) -> bool:
    """Whether rows' last numbers (_TITLE_PAGE's) are a page column: three rows at least, their pages never going
    back from row to row, `distinct` pages or more among them."""
    pages = [int(match.group("page")) for _, match in ends]
    return len(ends) >= 3 and all(a <= b for a, b in itertools.pairwise(pages)) and len(set(pages)) >= distinct


def _drop_page_column_of_titles(parsed: list[ParsedItem]) -> None:
    """An agenda's rows that end with their page in the papers (a "Sida" column: Oxelösund's "Nr DiarieNr
    Ärendemening Föredragning /sidan"; Borgholm's, Norberg's, Vaxholm's, Ånge's and Oskarshamn's lists of
    items give each row's page so too): where three rows at least end with a bare number, those numbers
    never going back from row to row and rising at least twice, the numbers are pages, not the titles'."""
    ends = []
    for item in parsed:
        match = _TITLE_PAGE.search(item.matter.title or "")
        if match and not _NUMBERED_WORD_END.search(item.matter.title[:match.start()]):
            ends.append((item, match))
    if not _a_page_column(ends, distinct=3):
        return
    for item, match in ends:
        title = item.matter.title[:match.start()].rstrip(" ,")
        if len(title.split()) >= 1:
            item.matter.title = title


# The number a page opens with: the site's page number or the page's own mark ("2 Kungörelse 2 (2) ...", "2(2)
# Ärendelista ...", "3 157 Information 3 a) ...").
_PAGE_OPENING_NUMBER = re.compile(r"^(?P<page>\d{1,3})(?=\s|\s?\(\d{1,3}\))")


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
    if page is None or page.group("page") != end.group("page") or int(page.group("page")) == item.number \
            or _NUMBERED_WORD_END.search(title[:end.start()]) or not title[:end.start()].strip():
        return
    result.matter.title = title[:end.start()].rstrip(" ,")


# A roll call's row: a seat's number, then members with their parties' letters, who stands in for whom ("1 Mats
# Johansson (S)", "12 Sara Larsson (C) Marita Granath (C) ersätter Sara Larsson (C)", the §§ they attended "41-50,";
# Region Östergötland's upprop; Älvdalen's "Peter Egardt (s), Kjell Tenn (c)", Åmål's and Mellerud's lists of those
# present name members so). A matter's title that names a member says what of them, in words of its own ("Nils-Åke
# Norman (m) avsäger sig uppdrag", "Avsägelse av uppdrag Mikael Lindström (M)"); no tuning gold title is names alone.
_PARTY_LABEL = re.compile(rf"\((?:{PARTY_LETTERS}|VL|{PARTY_LETTERS.lower()}|vl)\),?")
_ROLL_CALL_WORD = re.compile(r"^(?:[A-ZÅÄÖÉ][a-zåäöéüA-ZÅÄÖ-]+|ersätter|\d{1,3}(?:-\d{1,3})?[,.]?|och)$")
# A protocol's certificate of its posting opening a § title ("ANSLAG/BEVIS Protokollet är justerat ...").
_ANSLAG_BOX = re.compile(r"^(?i:anslag\s*/\s*bevis|anslagsbevis|bevis om anslag)(?![\wåäö])")


def roll_call_row(title: str) -> bool:
    """Whether a § title is only members with their parties' letters (a roll call's row), no matter."""
    first = _PARTY_LABEL.search(title)
    if first is None or len(title[:first.start()].split()) < 2:
        return False
    return all(_ROLL_CALL_WORD.match(word) for word in _PARTY_LABEL.sub(" ", title).split())


def _drop_page_column_of_heads(items: list[Item]) -> None:
    """A protocol's list of paragraphs that gives each row's page after its title ("§ 283 Retroaktiv ansökan om
    LOK-stöd från Melleruds Innebandyklubb 3", Mellerud's Innehållsförteckning; Åmål's "KF 154 Hälsningsanförande 4
    KF 155 Kallelse/kungörelse 4 ... 5", Älvdalen's "Kungörelse 2 Revisorerna har ordet 3"): where three rows at
    least end with a bare number, those numbers never going back and rising at least once, they are pages, not
    the titles' (as _drop_page_column_of_titles reads an agenda's). Only rows with no text of their own below
    (a list's rows): a paragraph's heading is its title whole."""
    ends = []
    for item in items:
        match = _TITLE_PAGE.search(item.head)
        # (After a word: a number after a case number's digits, "2020/215 020", is the registry's code.)
        if match and item.head[match.start() - 1].isalpha() and not match.group("page").startswith("0") \
                and not _NUMBERED_WORD_END.search(item.head[:match.start()]) and not any(
                line.stripped for line in item.lines):
            ends.append((item, match))
    if not _a_page_column(ends, distinct=2):
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


def _drop_presenters_of_titles(parsed: list[ParsedItem], presenters: set[str], column: bool = False) -> None:
    """A presenter the list names with a time (see _PRESENTERS_AND_TIME) ends other rows without one: "Mål och
    Budget 2017-2019 Sven Stengard" below "Ekonomisk uppföljning 2017 Sven Stengard 08:45" (Valdemarsvik).
    Only a name the same list gave so is taken off a title's end; under a presenter column whose list named three
    presenters or more so (`column`), any first name and surname ending a row is the column's too ("Information från
    Onyx näringslivsutveckling AB Hans Rainer" below "... Henny Larsson 8.30", "... Frida Appelkvist 9.30", Oxelösund;
    "Personärende Ing-Marie Hugg" among Östhammar's, whose other presenters end two rows each); not one the title
    sets after a comma or dash ("Avsägelse av uppdrag som ersättare, Anna Berg")."""
    anyone = column and len(presenters) >= 3
    for item in parsed:
        title = item.matter.title or ""
        while (end := _PERSON_AT_END.search(title)) and (anyone or end.group("name") in presenters) \
                and end.start() > 0 and (end.group("name") in presenters or not title[:end.start()].endswith(
                    (",", "-", "–"))) \
                and not title[:end.start()].endswith(_OPEN_ENDINGS[2:]):  # "Avtal med Region Halland" keeps its own
            title = title[:end.start()].rstrip(" ,")
        item.matter.title = title or item.matter.title


_COLUMN_GOES_ON = re.compile(r"\s*[A-ZÅÄÖ]{1,8}[ -]?\d{2,4}[/.:-](?!\d)")
# Between two numbers of a flattened Dnr column: nothing, or the row's pages ("KS/2018:1264 s. 72-74 KS/2018:651").
_BETWEEN_NUMBERS_OF_A_COLUMN = re.compile(r"\s*(?:(?:s\.|sid\.?|sida)\s*\d{1,3}(?:\s*-\s*\d{1,3})?\s*)?")


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


def content_lines(document: Document) -> list[Line]:
    """The document's own text: without footnote links, a site's own text, and with pages
    given as run-on lines cut from their page furniture."""
    if not any("<" in line.text for line in document.lines):
        return site_content(document)  # made once, for detect and the reader alike
    lines = [Line(line.number, _HTML_BREAK.sub(" ", line.text), line.page_start, line.item_start)
             if "<" in line.text else line for line in document.lines]
    return split_page_runs(drop_site_text(drop_url_lines(lines)))


_MEETING_WITH = re.compile(r"\b(?i:sammanträde med)\s+")


def _body_held_with(text: str, held: re.Match) -> tuple[str, str] | None:
    """The body named right after "sammanträde med" (_MEETING_WITH) in `text`, in capitals or not."""
    words = text[held.end():held.end() + 80]
    return body_at_start(words[:1].upper() + words[1:].lower() if words.isupper() else words[:1].upper() + words[1:])

# (The form's label for the body may be "Myndighet", Årjäng's, as "Instans" and "Nämnd" label it in other heads.)
# The sentence may say where the anslag is: "... genom anslag på kommunens officiella anslagstavla i
# Förvaltningshuset. Kommunstyrelsen Sammanträdesdatum" (Nybro; Bjurholm, Sollefteå, Solna, Storuman, Tierp, Timrå
# name the board so), "tillkännagetts" (Sollefteå).
_POSTED_BY = re.compile(r"\btillkännag(?:ivits|etts) genom anslag(?:\s+på\s+[^.]{0,60}?anslagstavla\b[^.]{0,50})?"
                        r"\.?\s+(?:(?i:organ|myndighet|instans)\s*:?\s*)?")


# A web page's line-break markup left in its text ("Kristineberg,<br> S-Dp 2002<br>Remiss ..."): a space.
_HTML_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)


class MeetingDocumentParser:
    def __init__(self, document: Document, kind: str):
        self.document = document
        self.kind = kind
        self.notes: list[str] = []
        self.meeting_warnings = Warnings()
        self.item_codes: list[str] = []  # "KF" of "KF § 102": the body's code on each paragraph
        self.numbered_rows = False  # an agenda whose rows end with their case numbers (set by parse)
        self.year_column = False  # an agenda whose rows give numbers written year first (set by parse)
        self.number_run: list[str] | None = None  # numbers standing together after the row item() read last
        self.opening_text = ""  # the text's first lines, where a body its paragraphs' code abbreviates is named
        self.presenters: set[str] = set()  # names a kallelse's list gives in its presenter column, with a time
        self.portal_rows: set[int] = set()  # lines of a meeting portal's bulleted item numbers (a kallelse's)
        self.presenter_column = False  # a kallelse's list has a Föredragande column (set by parse)
        self.path_column = False  # a kallelse's list heads its rows by body and day of their next step (set by parse)

    def fail(self, message: str, *, line: int | None = None, field_name: str | None = None):
        raise ImportFailed(message, file=str(self.document.path), line=line, field=field_name)

    def parse(self) -> ParsedDocument:
        content = content_lines(self.document)
        lines = split_paragraph_runs(drop_page_artefacts(join_letter_spaced(content)))
        self.lines = lines
        self.last_line = next((line for line in reversed(lines) if line.stripped), None)
        # Text a document site gives (its own text dropped, pages run on): an excerpt that may
        # stop anywhere, even inside the last item's title.
        self.site_title = _site_title_in_text(self.document)
        self.excerpt = len(content) < len(self.document.lines) or any(
            line.page_start for line in lines)
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
        self.opening_text = " ".join(line.stripped for line in [*title_lines, *lines[:40]] if line.stripped)[:3000]
        # A list with a column for who presents each row (its head anywhere in the list: pages repeat it).
        self.presenter_column = self.kind == "kallelse" and any(
            _PRESENTER_COLUMN.search(line.stripped) for line in lines)
        head, items = self.split_items(lines)
        if self.kind == "protokoll" and not items:
            head, items = _points_as_items(head)
        if self.kind == "kallelse":
            head, items = _before_year_numbered_rows(head, items)
        head = [*title_lines, *head]
        self.lines = [*title_lines, *self.lines]
        if self.kind == "kallelse" and self.portal_rows:
            head, items = _portal_items(head, items, self.portal_rows)
        if self.kind == "kallelse":
            _unstack_items(items)
            items = _fold_attached_extracts(_merge_repeated_items(_fold_rows_without_a_free_number(items)))
        # In a protocol only a row of its list of paragraphs is split so: a
        # paragraph's run-on text may well name a motion mid-sentence.
        items = [piece for item in items for piece in (
            _split_matter_run(item) if self.kind == "kallelse" or item.row else [item])]
        if self.kind == "kallelse":
            items = _split_at_counted_numbers([piece for item in items for piece in _split_after_stubs(item)])
            items = [piece for item in items for piece in _split_long_agenda_row(item)]
        else:
            items = split_run_together_rows(items)
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
        if date is None and front_page is not None:
            # (Its date as its form labels it there: "Plats och tid ... måndagen den 29 april 2013 klockan".)
            date = self.meeting_date([*head, Line(front_page.line, front_page.head), *front_page.lines])
        meeting = ParsedMeeting(body=body, date=date, state="held" if self.kind == "protokoll" else "called")
        if self.kind == "protokoll":
            self.approval(meeting)
        # What only a protocol states (its justering, 'Justerandes sign', 'Utdragsbestyrkande') makes
        # the text a municipal protocol, though its head lost body and date: read, not refused.
        signed = self.kind == "protokoll" and bool(protocol_signal(
            " ".join(line.stripped for line in lines if line.stripped)))
        if body is None and not items and not (date or meeting.approved_on or meeting.notice_posted_on or signed):
            self.fail(no_body, field_name="organ")  # neither a meeting nor a matter to import
        if body is None and not items:
            # Partial beats refusal (issue 13): the meeting's dates as read, its body warned of
            # (a meeting without its body is shown, not stored).
            self.meeting_warnings.add(body_line, "organ", f"{no_body}; sammanträdet sparas inte")
        meeting.warnings = self.meeting_warnings.items
        municipality = municipality_of(" ".join(line.stripped for line in lines if line.stripped))
        # A list whose rows end with their case numbers, digits only (see _YEAR_FIRST_END).
        self.numbered_rows = self.kind == "kallelse" and sum(bool(_year_first_end(x.head)) for x in items) >= 3
        # A list with a column of numbers written year first, whole or cut ("2015/684", "2015/"), in three rows or more.
        self.year_column = self.kind == "kallelse" and sum(bool(_YEAR_FIRST_CELL.search(x.head)) for x in items) >= 3
        parsed: list[ParsedItem] = []
        # §§ that go on with their sections (Beslut, Förslag till beslut ...), not a list's rows alone.
        self.paragraphs_with_text = sum(1 for item in items if any(
            _item_heading(x.stripped) for x in item.lines if x.stripped)) >= 2
        runs: dict[int, list[str]] = {}  # a parsed row's index -> the numbers that stand after it
        group: tuple[str, str | None] | None = None  # the onward step a kallelse's group heading names
        self.path_column = self.kind == "kallelse" and sum(bool(_dated_group(x.head, meeting)) for x in items) >= 2
        for item in items:
            self.number_run = None
            result = self.item(item, meeting, municipality)
            if result is not None:
                _drop_page_number_of_title(result, item, self.document.lines)
                parsed.append(result)
                if self.number_run:
                    runs[len(parsed) - 1] = self.number_run
                if group and meeting.body and all(step.body != group[0] for step in result.matter.planning):
                    _add_onward_step(result.matter.planning, group)
            heading = _group_heading_step(item.head, meeting, self.path_column) if self.kind == "kallelse" else None
            if heading is None and self.kind == "kallelse":  # (a heading the row's lines end with)
                heading = _group_heading_step(" ".join([item.head, *(x.stripped for x in item.lines)]).strip(), meeting,
                                              self.path_column)
            group = group if heading is None else heading or None
        if self.kind == "kallelse":
            _drop_page_column_of_titles(parsed)
            if self.presenter_column:
                self.presenters |= _repeated_names_at_ends(parsed)
            _drop_presenters_of_titles(parsed, self.presenters, self.presenter_column)
            _numbers_after_their_rows(parsed, runs)
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

    # ------------------------------------------------------------ structure

    def split_items(self, lines: list[Line]) -> tuple[list[Line], list[Item]]:
        head: list[Line] = []
        items: list[Item] = []
        in_list = False
        last_number = 0
        in_proposal = False
        last_point = 0
        current: Item | None = None  # an earlier item its attachment continues ("2 Title (TEF/2019:263) ...")
        chain_starts = _alone_number_chain_starts(lines) if self.kind == "kallelse" else set()
        counted_on = _rows_counting_on(lines) if self.kind == "kallelse" else set()
        another_list = False  # a kallelse's list begun again at a standing item: another meeting's (see below)
        stated: list[Item] = []  # §§ found from the number the front page states them to begin at
        for line in lines:
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
            start = None
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
            if paragraph and self.kind == "kallelse" and _DATE_ONLY.match(paragraph.group("rest")):
                pass  # "KF § 170 2015-11-10" in an agenda: the decision it rests on, not an item
            elif paragraph:
                number = int(paragraph.group("a") or paragraph.group("b"))
                start = (f"§ {number}", number, paragraph.group("rest"))
            elif self.kind == "protokoll" and line.item_start and (row := _CONTENTS_ROW.match(text)):
                number = int(row.group("n"))  # a row of the protocol's list of paragraphs
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
            elif self.kind == "kallelse":
                named = _NAMED_ITEM.match(text)
                numbered = _NUMBERED.match(text) if (in_list or items or last_number == 0) else None
                if named:
                    number = int(named.group("n"))
                    start = (f"punkt {number}", number, named.group("rest"))
                elif numbered and not _DAY_AND_MONTH.match(text):
                    number = int(numbered.group("n"))
                    is_point = in_proposal and number == last_point + 1
                    # The first item is 1, or any number right under the list's heading
                    # ("Föredragningslista / 247 Val av justerare"), as a paragraph series runs on.
                    first = number == 1 or in_list and not items and not in_proposal
                    # A row that gives its case number after its number is the agenda's row whatever its
                    # number: a web notice lists some items of the meeting ("7 KS.2023.169 ... 9 KS.2023.191").
                    coded = number > last_number and not in_proposal and _CASE_THEN_TITLE.match(numbered.group("rest"))
                    in_order = (number == last_number + 1 or not items and first) and (items or first)
                    # Rows whose numbers were lost stand between ("2 ... Fastighetsreglering" / "Detaljplan för
                    # ..." / "Husvagnscamping ..." / "5 Deltagande ..."): a row a few numbers on is the list's
                    # still where the rows after it count on from it.
                    in_order = in_order or bool(items) and not in_proposal and id(line) in counted_on and (
                        last_number < number <= last_number + _LOST_ROWS_AT_MOST + 1)
                    if not is_point and (coded or in_order):
                        start = (f"punkt {number}", number, numbered.group("rest"))
                    elif in_proposal:
                        last_point = number
            if start:
                key, number, rest = start
                if len(items) == 1 and key and items[0].key == key and any(
                        PROTOCOL_WORDS.search(x.stripped) and len(x.stripped.split()) <= 4 for x in items[0].lines):
                    # "§ 70 Title" as a page's own title above the document, whose header
                    # (SAMMANTRÄDESPROTOKOLL, body, date) follows: that was no item.
                    earlier = items.pop()
                    head.extend([Line(earlier.line, f"{earlier.key} {earlier.head}"), *earlier.lines])
                items.append(Item(key, number, line.number, rest, row=id(line) in self.row_starts))
                current = None
                last_number = number
                in_proposal = bool(re.search(r"förslag", rest, re.I))
                last_point = 0
                continue
            if _LIST_START.match(text):
                # The list's heading ("Ärende") opens its rows: numbers under it are rows, not a proposal's points,
                # though a column head "Förslag" stood before it (Kungsbacka's "Ärende / Beteckning / Förslag").
                in_list, in_proposal = True, False
            if _PROPOSAL_START.match(text):
                in_proposal, last_point = True, 0
            ((current or items[-1]).lines if items else head).append(line)
        return head, items

    @staticmethod
    def _attachment_of(items: list[Item], text: str) -> tuple[Item, str] | None:
        """A kallelse's attached paper for an earlier item opens with that item's number and
        title again, then its own case number in brackets: '2 Teknik- och fastighetsnämndens
        mål ... (TEF/2019:263) Förslag till beslut 1. ...'. Its text continues that item."""
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
        return bool(title.split()) and not any(x.stripped for x in body_lines) and self.last_line is not None \
            and self.last_line.number >= item.line and self.last_line.stripped.endswith(title.split()[-1])

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
            self.stated_range = next(((x.number, found) for x in lines
                                      if (found := _STATED_PARAGRAPHS.search(x.stripped))), None)
        stated = self.stated_range
        if stated is None or stated[0] >= line.number:
            return None
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
        return Item(f"§ {first}", first, line.number, line.stripped[found.end():])

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
                item = Item(f"§ {number}", number, line.number, margin.group("title"),
                            case_number=case if case and is_case_number(case) else None,
                            truncated_case=case if case and not is_case_number(case) else None,
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
            if last_number and not last_number < number <= last_number + 60:
                return None
            after = match.group("after")
            if match.group("code"):
                self.item_codes.append(match.group("code"))  # "Kf 79 ...": the body's code (Nässjö)
            return Item(f"§ {number}", number, line.number, match.group("rest"),
                        case_number=match.group("case") or (after if after and is_case_number(after) else None),
                        truncated_case=after if after and not is_case_number(after) else None)
        if line.item_start and _CAPS_TITLE_AT_START.match(text):
            return Item("", 0, line.number, text)  # a heading in capitals whose number was lost
        stub = _LOST_STUB.match(text)
        if stub:
            return Item("", 0, line.number, stub.group("rest"), truncated_case=stub.group("stub"))
        whole = _LOST_CASE_LEAD.match(text) if line.page_start else None
        if whole:
            # "KS 2010/0116 Försäljning av pontoner ...": a page opening with its § 's whole case number, the §
            # lost (Danderyd, its pages '1 1', '2 2' numbered twice), as with a cut one above.
            return Item("", 0, line.number, whole.group("rest"), case_number=whole.group("number"))
        headed = _HEADED_PAGE.match(text)
        if headed:
            # "Lunds kommun Sammanträdesprotokoll Renhållningstaxa ... Dnr KS 2014/0316 Sammanfattning ...":
            # a page under the running head holds one paragraph whose number was lost, its title
            # before its case number.
            # "SKELLEFTEÅ KOMMUN PROTOKOLL Dnr KS Fråga av ...": its number lost after its label.
            return Item("", 0, line.number, headed.group("rest") or headed.group("after"))
        return None

    def body(self, head: list[Line]) -> tuple[str | None, int | None]:
        found = self._body_by_lines(head)
        if found[0] is None:
            found = self._body_in_run_on(head)
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
        placed = _PLACE_BEFORE_BODY.match(body) if body and not named else None
        if placed:
            # "Dorotea kommunfullmäktige sammanträder ...": the municipality's name before its body's, as "Uppsala
            # kommunfullmäktige kallas ..." and "sammanträde med Malmö kommunstyrelse" are read: the body alone.
            body = body_name(placed.group("body"))
        if body and " " not in body and body.endswith(("styrelse", "nämnd")):
            # A portal's heading "Regionstyrelse 2019-05-08" (Region Kalmar län): a body's own one-word name is
            # definite, as the text's "Regionstyrelsen beslutar" and every other head write it.
            body += "n" if body.endswith("e") else "en"
        return body, line

    def _body_in_run_on(self, head: list[Line]) -> tuple[str | None, int | None]:
        """A body named in run-on head text: after 'Organ', else the first one named in
        the document's first line (its title), never inside a case number."""
        for line in head[:200]:
            text = CASE_NUMBER.sub(" ", line.stripped)
            label = _BODY_LABEL_IN_HEAD.search(text)
            if label:
                after = bodies_in(text[label.end():label.end() + 120])
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
                named = bodies_in(after[:80])
                if named and named[0][0] == 0:
                    return named[0][1], line.number
        # A head set as a table, labels over values ("Nämnd Sammanträdesdatum" / "Kommunfullmäktige
        # 2019-06-18"), or vertically ("Nämnd" / "Kommunfullmäktige").
        joined = CASE_NUMBER.sub(" ", " ".join(line.stripped for line in head[:200] if line.stripped))
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
            held = _MEETING_WITH.search(opening)
            found = _body_held_with(opening, held) if held else None
            if found:
                return found[0], None
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
        # "Protokoll fört vid sammanträde med Malmö kommunstyrelse den 15 januari 2014"
        for line in head[:10]:
            held = _MEETING_WITH_BODY.search(line.stripped)
            if held:
                word = held.group("body")
                return body_name(word + ("n" if word.endswith("styrelse") else "en" if word.endswith("nämnd")
                                         else "")), line.number
        # "Kommunstyrelsens protokoll": the body in the genitive before the document's name.
        for line in head[:25]:
            genitive = _BODYS_DOCUMENT.search(line.stripped)
            if genitive:
                # The body's name ends at the genitive; a word before it ("BEVIS/ANSLAG
                # Kommunfullmäktiges protokoll") is no part of it.
                phrase = genitive.group("body")
                ending = [name for at, name in bodies_in(phrase) if phrase[at:].rstrip() == name]
                if ending:
                    return ending[-1], line.number
        # The first lines (the document's title, its first page's head) name the body.
        # Every § carrying one body's code ("KS § 67", "KS § 68") tells the meeting's body better than a text cut
        # off mid-§ whose first line names another ("Gemensamma nämnden för hjälpmedelsverksamhet och andra /
        # samverkansfrågor har lämnat in ...", Fagersta's KS protocol); an utskott of the coded board is its own.
        coded = {body_name(code) for code in self.item_codes if code.lower() in ABBREVIATIONS}
        for first in [line for line in head if line.stripped][:3]:
            named = bodies_in(CASE_NUMBER.sub(" ", first.stripped)[:200])
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
        opening = CASE_NUMBER.sub(" ", " ".join(line.stripped for line in head[:40] if line.stripped))[:600]
        named = {name.lower(): name for at, name in bodies_in(opening)
                 if not _ADDRESSED.search(opening[max(0, at - 12):at])}
        if len(named) == 1 and len({name.lower() for _at, name in bodies_in(opening)}) == 1:
            return body_name(next(iter(named.values()))), None
        # The anslag's form names the body right after its sentence, its 'Organ' label perhaps set apart in the
        # extraction: "Justeringen har tillkännagivits genom anslag Kommunstyrelsen Datum då anslaget ..."
        # (Norberg, Nordanstig, Gnosjö without the label; Arvidsjaur, Arvika, Burlöv, Gävle with it).
        if self.kind == "protokoll":
            joined = " ".join(line.stripped for line in head[:200] if line.stripped)
            for posted in _POSTED_BY.finditer(joined):
                named = bodies_in(joined[posted.end():posted.end() + 80])
                if named and named[0][0] == 0:
                    return named[0][1], None
            # "Avser sammanträde med Kommunfullmäktige" (Sundsvall's anslag), "SAMMANTRÄDE MED KOMMUNSTYRELSEN"
            # (Karlshamn), "Sammanträde med kommunstyrelsen" (Knivsta): the meeting's body, named so.
            for held in _MEETING_WITH.finditer(joined):
                found = _body_held_with(joined, held)
                if found:
                    return found[0], None
        # Every paragraph carries the body's code ("KF § 102", "KS 261", "KF 60").
        codes = {code for code in self.item_codes if code.lower() in ABBREVIATIONS}
        if len(codes) == 1:
            return body_name(codes.pop()), None
        # The head lost it: the one body the protocol has deciding or adjourning
        # ("Kommunstyrelsen beslutar", "ajournerar Kommunstyrelsen sammanträdet"), if only one.
        if self.kind == "protokoll":
            acting = set()
            for line in self.lines:
                for match in _BODY_ACTS.finditer(line.stripped):
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
        return None, None

    def _body_by_lines(self, head: list[Line]) -> tuple[str | None, int | None]:
        filled = [line for line in head[:25] if line.stripped]
        for line, below in zip(filled, filled[1:], strict=False):
            # A letterhead's name broken after its genitive: "KOMMUNSTYRELSENS" / "ARBETSUTSKOTT" (Torsby's
            # kallelse; Ekerö's and Umeå's plans "Kommunstyrelsens" / "arbetsutskott"): the two lines one name.
            if " " not in line.stripped and line.stripped.lower().endswith("s") and naming.body_kind(
                    line.stripped[:-1]) and len(below.stripped.split()) <= 3:
                found = bodies_in(f"{line.stripped[:1]}{line.stripped[1:].lower()} {below.stripped.lower()}")
                if found and found[0][0] == 0 and " " in found[0][1] and len(found[0][1].split()) == len(
                        below.stripped.split()) + 1:
                    return found[0][1], line.number
        for line in head[:25]:
            text = line.stripped
            if not text:
                continue
            # "Nämnd: X", "Nämnd:X" (the space lost), "Nämnd/Styrelse X"
            label = re.match(r"^(organ|nämnd(?:/styrelse)?|styrelse/nämnd|instans|beslutande organ)\s*(?::\s*|\s+)"
                             r"(?P<rest>.+)$", text, re.I)
            if label:
                found = body_at_start(label.group("rest"))
                if found:
                    return found[0], line.number
            text = _MUNICIPALITY_PREFIX.sub("", text)  # "Halmstads kommun, Kommunstyrelsen"
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
            if found and not all(w.endswith(("-", "s", "a")) or w.lower() in ("och", "för")
                                 for w in found[0].split()[:-1]):
                found = None
            if found:
                rest = found[1]
                for date in find_dates(rest):
                    rest = rest.replace(date.text, " ")
                rest = re.sub(r"(?i)\b(sammanträdesdatum|sammanträdesdag|datum|sida|tid|plats)\b\s*:?", " ", rest)
                if not re.sub(r"\d+\s*\(\d+\)|\d+|[-–.,()]", " ", rest).strip():
                    return found[0], line.number
        return None, None

    def meeting_date(self, head: list[Line]) -> str | None:
        found: list[tuple[int, str]] = []
        unlabelled: list[tuple[int, str]] = []
        dated_only: list[tuple[int, str]] = []  # a kallelse's bare "Datum <date>"
        other_label = False  # the line before labels the justering's or the notice's date
        meeting_label = False  # the line before is the meeting's label alone ("Tid" / "Tisdagen den 29 September 2015")
        # "Justeringens plats och" / "tid Kommunledningsförvaltningen, 2020-09-21": a label broken over
        # two lines is one label (its 'tid' is not the meeting's).
        for line in _join_split_labels([line for line in head[:30] if line.stripped]):
            text = line.stripped
            if not text:
                continue
            labelled_above, meeting_label = meeting_label, bool(_MEETING_LABEL_ALONE.match(text))
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
                    elif date.iso and role is None and not unlabelled and _tied_to_meeting(text, date):
                        unlabelled.append((line.number, date.iso))
                if found:
                    break
                continue
            labelled = bool(_MEETING_DATE_LABEL.search(text))
            dates = find_dates(text)
            if self.kind == "kallelse" and labelled and dates and re.match(r"(?i)datum\s*:?\s*\S+$", text):
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
                        _DATE_ONLY.match(text) and _other_meeting_day(head, date.iso)):
                    unlabelled.append((line.number, date.iso))
            if labelled and dates:
                break
        # A labelled date ("Tid: ...", "Sammanträdesdatum") before the first date that
        # stands alone (which may be the date the kallelse was sent).
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
        return distinct[0]

    def _date_in_run_on(self, head: list[Line]) -> str | None:
        """The meeting's date in run-on head text: the first date whose nearest label is the
        meeting's ('Sammanträdesdatum', 'Organ och sammanträdesdatum Kommunstyrelsen
        2015-11-10'), else the first that directly follows the body's name; never one
        labelled as the justering's or the notice's."""
        after_body = None
        joined = " ".join(line.stripped for line in head[:200] if line.stripped)
        # "Kommunfullmäktige kallas härmed att sammanträda i Stadshuset, måndagen den 27 februari 2012":
        # the first date after the call to meet.
        called = _CALLED_TO_MEET.search(joined)
        dates = [d for d in find_dates(joined[called.end():called.end() + 150]) if d.iso] if called else []
        if dates:
            return dates[0].iso
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
        for line in lines:
            text = _GLUED_DATE.sub(" ", line.stripped)
            if _UNNAMED_PLACE_AND_TIME.match(text) and _JUSTERARE_ROW.match(before):
                # The form's row after "Utses att justera" is the justering's place and time, its word "Justeringens"
                # lost in the copy ("Utses att justera Martin Eliasson (S)" / "Plats och tid Solna stadshus,
                # 2021-08-30", Solna; the rows so ordered in Berg, Fagersta, Pajala, Norrtälje, Söderhamn).
                text = "Justeringens " + text
            elif len(text) > RUN_ON:
                text = _justerings_place_and_time_in_run_on(text)
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
                    # "Tid för anslag 2019-02-05 – 2019-02-27": a period; the notice went up on its first day.
                    period_ends = {b.start for (_, a), (_, b) in zip(dated, dated[1:], strict=False)
                                   if re.fullmatch(r"\s*[–-]\s*", text[a.end:b.start])}
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
                        after = next((d for r, d in dated if r is None and d.start > place_label.end() and d.iso
                                      and re.search(r"[A-ZÅÄÖ][a-zåäö]+,?\s+$", text[:d.start])), None)
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
                    if dated is not None and _PLACE_AND_DATE.match(dated.stripped) and (
                            dated is below[0] or below[0].stripped.endswith(",")):
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
                for date in [d for d in find_dates(text) if d.start not in others]:
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
            if len(distinct) > 1:
                self.meeting_warnings.add(found[0][0], f"meeting.{attribute}",
                                          f"flera datum för {label} ({', '.join(distinct)}); inget valt")
                continue
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
        notes = Warnings()
        lines = _split_item_run_in([Line(item.line, _before_path_table(item.head)), *item.lines])
        decision_from_sentence = False
        if self.kind == "protokoll" and not any(_item_heading(line.stripped) == "decision" for line in lines):
            lines, decision_from_sentence = _split_body_sentences(lines, meeting.body)
        head_text = lines[0].stripped
        capitals = _CAPS_TITLE_AT_START.match(head_text) if len(head_text) > RUN_ON else None
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
        case_number = item.case_number
        if item.truncated_case:
            notes.add(item.line, "case_number",
                      f"diarienumret är ofullständigt ({item.truncated_case!r}); lämnas tomt")
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
        stub_lead = _LABELLED_STUB_LEAD.match(head_text) if not case_number else None
        if stub_lead:  # "Dnr KFKS 2012/ Anmälningar": the number's serial is lost
            notes.add(item.line, "case_number",
                      f"diarienumret är ofullständigt ({stub_lead.group('stub') or stub_lead.group('bare')!r}); "
                      "lämnas tomt")
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
        if contents_row and contents_row.start() > 0 and (row_number := _contents_number(contents_row)):
            # "§ 184 Budgetuppföljning november 2020 2020/8 042 4 - 5": a list of paragraphs' row, the title,
            # its number and pages on one line (as Falkenberg's rows set them on lines of their own).
            case_number, head_text = row_number, head_text[:contents_row.start()]
        before_number = head_text
        head_text, trailing = trailing_case_number(_TRAILING_CODE.sub("", head_text))
        if not trailing:
            head_text = before_number  # "Nya Ostkustbanan 2015 AB": a code only follows a case number
        cell = _SUFFIXED_CASE_AT_END.search(before_number) if trailing and item.row else None
        if cell and cell.group("number").startswith(trailing) and self.kind == "protokoll":
            # A protocol's list of paragraphs gives each row's case number as its registry writes it, the
            # document's or class's suffix too ("KS/2021:399-101").
            trailing = cell.group("number")
        bracketed = _bracketed_case_at_end(head_text, notes, item.line) if not trailing and not case_number else None
        if bracketed:
            # "Delårsrapport 1 2019 – Kommunen (KS/2019:279)": the title's own number, in brackets.
            trailing, head_text = bracketed.group("number"), head_text[:bracketed.start()]
        column = _STUB_COLUMN_AT_END.search(head_text) if self.kind == "kallelse" and not trailing and not case_number \
            else None
        if column and len(head_text[:column.start()].split()) >= 2:
            # "Ramväxling kapitalkostnadspott 2018 ... internhyror KS 182/ KS KS 208/ KS KS 40/ KS ...": the list's Dnr
            # column, every number cut, set after the run of rows' titles (Herrljunga; whole numbers so in Tidaholm,
            # Sandviken, Orust): which row each is of is not told, and none is part of the title.
            notes.add(item.line, "case_number",
                      f"diarienummerkolumnen är ofullständig ({column.group().strip()[:40]!r} ...); lämnas tomt")
            head_text, rest_of_head = head_text[:column.start()], column.group().strip()
        stub = _TRAILING_STUB.search(head_text)
        if not trailing and not case_number and stub and len(head_text[:stub.start()].split()) >= 2:
            notes.add(item.line, "case_number",
                      f"diarienumret är ofullständigt ({stub.group().strip()!r}); lämnas tomt")
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
        head_text = _BODY_MARK.sub("", _PAPERS_LATER.sub("", head_text))
        case_number = case_number or trailing
        labelled = (LABELLED.search(head_text) or _LABELLED_ANY_CASE.search(head_text)
                    or _SHORT_LABELLED.search(head_text))
        rest_of_head = None
        # "Renhållningstaxa 2015, (KF) Dnr KS 2014/0316": a body's mark in brackets makes no earlier case.
        if not case_number and labelled and not NOT_OURS.search(
                _PARTY_OR_BODY_MARK.sub(" ", head_text[: labelled.start()])):
            case_number = labelled.group("number")
            before = head_text[: labelled.start()].strip()
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
                    _FILING_CODE.match(after) if not before else None)
                if series:  # "Dnr 2017/0118 KS-1", "39 Dnr 2016/000964 622 Kostpolicy": the registry's series or
                    # the filing plan's code is part of the number as written
                    case_number, after = f"{case_number} {series.group('code')}", after[series.end():]
                elif not before and not glued:
                    classified, rest = with_class_code(case_number, head_text[labelled.end():], item.number)
                    case_number, after = (classified, rest) if classified != case_number else (case_number, after)
                head_text = (before + " " + after.lstrip(".,; ")).strip()  # "Dnr.65/2006. Dpl": its full stop
        head_text = re.sub(r"^(?:diarie)?kod:?\s*\d+\s*", "", head_text, flags=re.IGNORECASE)
        cut_stub = _LABELLED_STUB_IN_TITLE.search(head_text) if not case_number and rest_of_head is None else None
        if (cut_stub and not NOT_OURS.search(head_text[:cut_stub.start()][-20:])
                and not _HEAD_LABEL_IN_TITLE.search(head_text[:cut_stub.start()])):  # not a page's head before it
            # "17 Delgivningar Dnr KS 2007: Avsägelse som ersättare ... Kommunfullmäktige har ...": the title
            # ends at its number's label, as where the number is whole; the number lost its serial, and
            # what follows is the text (or the next row), not the title.
            notes.add(item.line, "case_number",
                      f"diarienumret är ofullständigt ({cut_stub.group('stub').strip()!r}); lämnas tomt")
            head_text, rest_of_head = head_text[:cut_stub.start()].strip(), head_text[cut_stub.end():].strip()
        year_lost = _YEAR_LOST_CELL.search(head_text) if (
            self.kind == "kallelse" and not case_number and rest_of_head is None) else None
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
                       and not _PUBLICATION.match(m.group())]  # "(SOU 2012:94)": what the matter is about
            if numbers:
                distinct = list(dict.fromkeys(m.group() for m in numbers))
                if len(distinct) == 1:
                    case_number = distinct[0]
                else:
                    notes.add(item.line, "case_number", f"flera diarienummer ({', '.join(distinct)}); inget valt")
                    if len(distinct) == len(numbers) and all(_BETWEEN_NUMBERS_OF_A_COLUMN.fullmatch(
                            head_text[a.end():b.start()]) for a, b in zip(numbers, numbers[1:], strict=False)) \
                            and not _COLUMN_GOES_ON.match(head_text[numbers[-1].end():]):
                        # perhaps the Dnr column of this row and those before it (not where a cut-short number
                        # after them shows the column goes on: "KS2017/443 KS2017/362 KS2017/307 KS2017/", Sandviken)
                        self.number_run = distinct
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
        head_text = _GROUP_HEADING.sub("", _ITEM_TYPE.sub("", head_text))
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
            point_lines = [Line(item.line, "Förslag till beslut"), Line(item.line, proposal)]
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
        if standing:
            # "Information Sammanträdet inleds med räddningschef ...": a § of the titles every meeting has, its
            # text run on after it (Hagfors, Säffle, Kristianstad, Vingåker). An agenda's row so, however short,
            # has a note or the next row's lost title after it: "Kommundirektörens rapport Information från Haleh
            # Lindqvist" (Kungälv), "Meddelanden Allmänhetens frågestund 2018/4" (Hultsfred).
            head_text, rest_of_head = standing.group("title"), head_text[standing.end():].strip()
        if len(head_text) > 80 and rest_of_head is None and not point_lines:
            # "Namninsamling med begäran om folkomröstning Den 14 december 2012 överlämnades ...": a run-on
            # title ends where the first sentence of its text begins.
            cuts = [m.start() for m in (_SENTENCE_AFTER_TITLE.search(head_text), _DATED_SENTENCE.search(head_text))
                    if m and len(head_text[:m.start()].split()) >= 3]
            if cuts:
                # A title never ends with a preposition: "... i Gnosjö kommun Komrev inom Öhrlings PwC har ...":
                # the sentence's subject begins at the name before it.
                cut = min(cuts)
                named = _NAME_AND_PREPOSITION_END.search(head_text[:cut])
                cut = named.start() if named and len(head_text[:named.start()].split()) >= 3 else cut
                head_text, rest_of_head = head_text[:cut], head_text[cut:].strip()
        continued = self.kind == "protokoll" and bool(item.key) and bool(_CONTINUED_MARK.match(head_text))
        if continued:
            # "KS § 67, forts.": the § goes on from a page before; its title stood there, not on the lines below.
            notes.add(item.line, "title", f"{item.key}: paragrafen fortsätter från en tidigare sida; rubriken "
                      "står där; lämnas tom")
            head_text = ""
        title_parts = [head_text] if head_text else []
        body_lines: list[Line] = [Line(item.line, rest_of_head)] if rest_of_head else point_lines
        title_open = rest_of_head is None and not point_lines and not continued
        after_blank = False  # a title cut on a preposition may go on below a blank line, in lower case
        presenter_cells: list[Line] = []
        for line in lines[1:]:
            text = line.stripped
            if not text:
                # (the title stays open over it: only a line in lower case goes on with it below a blank line, as a
                # site that sets each line as a paragraph of its own breaks "... fritidsnämndens" / "handlingar")
                after_blank = after_blank or bool(title_parts)
                body_lines.append(line)
                continue
            if after_blank and title_open and not text[:1].islower():
                title_open = False
            after_blank = False
            alone = _NUMBER_LINE.match(text) if not case_number and not title_open else None
            if alone and (CASE_NUMBER.match(alone.group("number")) or re.fullmatch(
                    r"\d{2,5}(?:[-/.]\d{2,6}){1,3}", alone.group("number"))) \
                    and not any(_item_heading(x.stripped) for x in body_lines if x.stripped):
                # "Diarienummer 2023/VN 0010 004" on a line of its own below the title, before the
                # item's headings: the item's number, whole as written.
                case_number = alone.group("number")
                continue
            if title_open and not title_parts and _CODE_LINE.match(text):
                continue  # "Diariekod: 020": the registry's code, before the title
            numbers = own_case_numbers(text)
            if title_open and title_parts and not case_number and _COMPACT_CASE.fullmatch(text):
                case_number = text  # "RS110265" alone under the title: the registry's compact number
                title_open = False
                continue
            # A contents row's cells may stand apart, blank lines between them.
            in_row = title_open or title_parts and not any(x.stripped for x in body_lines)
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
            if title_open and (STUB.match(text) or LABELLED_TRUNCATED.search(text)) and len(text.split()) <= 3:
                notes.add(line.number, "case_number", f"diarienumret är ofullständigt ({text!r}); lämnas tomt")
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
                    # a bracket the title opened and did not close: "(VA-GIS-nämnden 2015-05-26 §" / "53)" (Höör)
                    or so_far.count("(") > so_far.count(")") and ")" in text
                    # what a title's colon announces, in quotes: "... till kommunstyrelsens ordförande:" / '"Utredning
                    # om lägre byggkostnader"' (Täby's interpellations, the width having broken the row)
                    or title_parts[-1].endswith(":") and text[:1] in "\"”“«"
                    or (line.text[:1].isspace() and len(line.text) - len(line.text.lstrip()) >= 3)
                )
                if continuing and len(" ".join(title_parts + [text])) <= 250:
                    text, trailing = trailing_case_number(text)
                    if trailing and not case_number:
                        case_number = trailing
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
        body_lines[:0] = presenter_cells
        title = _RUNNING_HEAD_IN_TITLE.sub("", _DOT_LEADER.sub("", _LEADER_PAGE_AND_NEXT_NUMBER.sub(
            "", clean(" ".join(title_parts))))).strip(" ,")
        capitals = _CAPITALS_AT_END.search(title) if self.kind == "kallelse" else None
        if capitals and sum(len(word) >= 4 for word in capitals.group().split()) >= 2 \
                and len(title[:capitals.start()].split()) >= 2:
            # "Strategi och Effektiviseringsplan KALLELSEN SKICKAS TILL ERSÄTTARNA FÖR KÄNNEDOM": the page's foot in
            # capitals run on after the page's last row (Ragunda; Nacka's "POSTADRESS BESÖKSADRESS TELEFON ...",
            # Botkyrka's "BOTKYRKA KOMMUN KALLELSE/FÖREDRAGNINGSLISTA"): a title in normal case does not end so.
            title = title[:capitals.start()].strip(" ,")
        meeting_word = _MEETING_WORD_IN_TITLE.search(title)
        if meeting_word and not title[:meeting_word.start()].endswith(_OPEN_ENDINGS + (" att",)):
            title = title[:meeting_word.start()]  # not "Medborgarförslag om att Fullmäktiges sammanträden webbsänds"
        title = _BODY_MARK.sub("", _BARE_LETTERHEAD_IN_TITLE.sub("", _LETTERHEAD_IN_TITLE.sub("", title))).strip(" ,")
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
        if signature and len(title[:signature.start()].split()) >= 2 or signature and FORMALITY.match(
                title[:signature.start()]):
            title = title[:signature.start()].strip(" ,")
        presenter = _PRESENTER_IN_TITLE.search(title) if self.kind == "kallelse" else None
        if presenter and len(title[:presenter.start()].split()) >= 2:
            title = title[:presenter.start()].strip(" ,")
        if self.kind == "kallelse" or item.row:
            title = _list_row_cells_cut(title)
        titled = _PRESENTER_AND_OFFICE.search(title) if self.kind == "kallelse" else None
        if titled and len(title[:titled.start()].split()) >= 2:
            title = title[:titled.start()].strip(" ,")
        offices = _OFFICES_AFTER_TITLE.search(title) if self.kind == "kallelse" else None
        if offices and offices.start() > 0:
            title = title[:offices.start()].strip(" ,")
        while _AGENDA_NOTE.search(title):  # notes may stand one after the other
            title = _AGENDA_NOTE.sub("", title).strip(" ,")
        slot = _TIME_SLOT.search(title)
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
                return None
            else:
                title = title[:slot.start()].strip(" ,")
        following_number = _TITLE_PAGE.search(title) if self.kind == "kallelse" and item.key else None
        if following_number and int(following_number.group("page")) == item.number + 1 \
                and len(title[:following_number.start()].split()) >= 2 \
                and not _NUMBERED_WORD_END.search(title[:following_number.start()]):
            # "20 Analys och åtgärdsförslag efter SCB:s medborgarundersökning 21": the next row's number, its
            # title cut off by the excerpt's end (Trelleborg); no title ends with the number of the row after it.
            title = title[:following_number.start()].rstrip(" ,")
        bare_time = _TIME_AT_END.search(title) if self.presenter_column else None
        if bare_time and len(title[:bare_time.start()].split()) >= 2 and not _PRESENTERS_AND_TIME.search(title):
            # "Redovisning av delegationsbeslut 9.10" under "Föredragande" with times (Östhammar): the time column's.
            body_lines.insert(0, Line(item.line, bare_time.group().strip()))
            title = title[:bare_time.start()].rstrip(" ,")
        bracketed = _BRACKETED_CASE_NUMBER.search(title) if self.kind == "kallelse" and not case_number else None
        own = LABELLED.match(bracketed.group("labelled")) if bracketed else None
        if own and re.fullmatch(r"(?:[ .]\d{2,4})?", bracketed.group("labelled")[own.end():]) \
                and len(title[:bracketed.start()].split()) >= 2 \
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
        listed = _year_first_end(title) if self.numbered_rows and not case_number else None
        if listed and len(title[:listed.start()].split()) >= 1:
            # "Information om flyktingsituationen 2015/9", the list's rows each ending so: the row's number.
            case_number, title = listed.group("number"), title[:listed.start()].strip(" ,")
        inside = _YEAR_FIRST_INSIDE.search(title) if self.year_column and not case_number else None
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
        if self.numbered_rows and self.kind == "kallelse" and case_number and _YEAR_FIRST_ALONE.match(case_number):
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
        # A title never ends with a preposition or conjunction: "Svar på motion om trafiksäkerheten på
        # Stationsvägen i Rödeby." goes on past its capital.
        # Nor is a run of names cut ("AB Karlskrona Moderbolags begäran om ...": no word before in lower case).
        sentence = next((m for m in _SENTENCE_IN_TITLE.finditer(title) if not title[:m.start()].endswith(
            _OPEN_ENDINGS) and not all(word[:1].isupper() for word in title[:m.start()].split())),
            None) if title.endswith(".") else None
        if not sentence and self.kind == "protokoll" and title.endswith("."):
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
        labelled_tail = _LABELLED_TAIL.search(title)
        if labelled_tail and len(title[:labelled_tail.start()].split()) >= 2 and not case_number:
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
            notes.add(item.line, "case_number",
                      f"diarienumret är ofullständigt ({title[stub.start():]!r}); lämnas tomt")
            title = title[:stub.start()].strip(" .,")
        if _HEAD_LABEL_IN_TITLE.search(title) and not item.key:
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
        if not title and not case_number and self._untitled_above_text(item, body_lines):
            notes.add(None, "title", f"ingen titel: {item.key}: paragrafen har ingen rubrik, bara sin text; lämnas tom")
            untitled = continued = True  # (kept by its number as a § continued is)
        if len(title) < 3 and not continued:
            self.notes.append(f"{item.key}: rubriken är avkortad i texten ({title!r}); inget ärende")
            return None
        labelled = _LABELLED_IN_RUN_ON.search(title) if len(title) > _LONGEST_TITLE and not case_number else None
        if (labelled and 2 <= len(title[:labelled.start()].split()) and labelled.start() <= _LONGEST_TITLE
                and not NOT_OURS.search(title[:labelled.start()][-20:])):
            # "Information om naturbadplatser, dnr 58.10/811 Per Björkengren, anläggningsansvarig ...": a run-on
            # page's title ends at its own labelled case number, the text after it (Hällefors, Hallstahammar,
            # Sala, Lund set a §'s head so: title, Dnr, then the text).
            # (The number as written, though the reader's pattern does not know its shape: "58.10/811".)
            case_number = labelled.group("number")
            body_lines.insert(0, Line(item.line, title[labelled.end():].strip()))
            title = title[:labelled.start()].strip(" ,")
        opening = _TEXT_OPENS_IN_RUN_ON.search(title, 0, _LONGEST_TITLE) if run_on or len(title) > _LONGEST_TITLE \
            else None
        if (opening and len(title[:opening.start()].split()) >= 2
                and not title[:opening.start()].endswith(_OPEN_ENDINGS)):
            # "Budgetuppföljning januari-mars 2012 med prognos för helåret För perioden januari till mars är ...":
            # a run-on §'s text opens where a word no title writes in capitals mid-line (an article, a
            # preposition, "Föreligger") starts a sentence (Emmaboda, Hagfors, Lomma, Nora, Örnsköldsvik), or a
            # member and their party before a verb do (Nässjö, Gnosjö; so Danderyd's, Säffle's, Tjörn's §§).
            body_lines.insert(0, Line(item.line, title[opening.end():]))
            title = title[:opening.start()].rstrip(" .")
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
            notes.add(item.line, "case_number",
                      f"diarienumret är ofullständigt ({stub_inside.group().strip()!r}); lämnas tomt")
            body_lines.insert(0, Line(item.line, title[stub_inside.end():].strip()))
            title = title[:stub_inside.start()].strip(" ,")
        untitled = continued  # an agenda's row kept by its number, its title not told from its text; a § continued
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
        if len(title) > _LONGEST_TITLE:
            # Longer than any matter's title: where it ends and the text begins was not told apart.
            self.notes.append(f"{item.key}: rubriken går inte att skilja från texten ({title[:60]!r} ...); "
                              "inget ärende")
            return None
        named = bodies_in(title[:60])
        if named and named[0][0] == 0 and _HEAD_WORD_AFTER_BODY.match(title[len(named[0][1]):]):
            # "LANDSTINGSFULLMÄKTIGE HANDLINGAR ti 11 sammanträdet ...", "Kommunstyrelsen Protokoll
            # Sammanträdesdatum: ...": a page's head (the body, then the document's name or a head label).
            self.notes.append(f"{item.key}: {title[:60]!r} är sidhuvudet, ingen rubrik; inget ärende")
            return None
        if _HEAD_ALONE.match(title):
            self.notes.append(f"{item.key}: {title!r} är sidhuvudet, ingen rubrik; inget ärende")
            return None
        letterhead = _MUNICIPALITY_LETTERHEAD.match(title)
        if letterhead and _HEAD_WORD_AFTER_BODY.match(title[letterhead.end():]):
            # "Hultsfreds kommun SAMMANTRÄDESPROTOKOLL 1 (251) Plats och tid ...", "RONNEBY KOMMUN
            # SAMMANTRÄDESPROTOKOLL", "SKELLEFTEÅ KOMMUN PROTOKOLL", "Nybro kommun Sammanträdesprotokoll": the
            # municipality's letterhead and the document's name, a page's head after a page number read as a §.
            self.notes.append(f"{item.key}: {title[:60]!r} är sidhuvudet, ingen rubrik; inget ärende")
            return None
        if title.endswith(_OPEN_ENDINGS[2:]):
            # "Borgensramar för bolagen i", "Information till": no Swedish title ends on a preposition
            # or a conjunction; the rest of it was lost or stands where it cannot be told apart. A part of a
            # title is not its title.
            if self.kind == "kallelse" and title[:1].isupper() and not cut_at_text_end and not any(
                    x.stripped for x in body_lines) and not (
                    self.last_line is not None and self.last_line.stripped.endswith(title.split()[-1])):
                # A kallelse row's title the text goes on after, its next cell or row following: the extraction
                # dropped the digits it ended with ("... för tiden fram till Dnr 2014/KS", Lilla Edet; "... budget
                # med plan för Beslut om ...", Alvesta; "... handlingsplan för AU 81/2018", Strömsund; the
                # protocols' "årsredovisning för", Norberg, Norsjö): the title as printed, warned. (Not where text goes
                # on in the row: a sentence cut at a capital, "... i samband med" / "Eurovision Song Contest ...".)
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
                return None
        if (not any(x.stripped for x in body_lines) and self.last_line is not None
                and self.last_line.number == item.line and (title.endswith(_OPEN_ENDINGS + (" nr",))
                                                             or _CUT_WORD_AT_END.search(title))
                and self.last_line.stripped.endswith(title.split()[-1])):
            # The text ends inside this title ("Interpellation nr"): it is not stated whole.
            self.notes.append(f"{item.key}: rubriken slutar där texten tar slut ({title!r}); inget ärende")
            return None
        if (title and self.excerpt and not any(x.stripped for x in body_lines) and self.last_line is not None
                and self.last_line.stripped.endswith(title.split()[-1]) and title[-1:].isalpha()
                and self.last_line.number >= item.line):
            # A site's excerpt ends inside this title ("21 Nya"): it is not stated whole.
            self.notes.append(f"{item.key}: rubriken slutar där texten tar slut ({title!r}); inget ärende")
            return None
        if (self.kind == "protokoll" and title and self.last_line is not None
                and not any(x.stripped for x in body_lines) and self.last_line.number >= item.line
                and self.last_line.stripped.endswith(title.split()[-1])
                and (self.excerpt or len(self.last_line.stripped) > len(title) + 40)):
            # A protocol's text that ends right at a § title in a site's excerpt, or inside a page given as one
            # line, its list run on up to the end, was cut there ("§ 133 Tillsynsplan 20", "... 63 Driftbudgetramar
            # 2018-2020 7 64 Fördelning av nyschablon", "... § 158 Val av ny ersättare i fritidsnämnden för
            # socialdemokrat"; Pajala, Oskarshamn, Luleå): the title may go on, so it is not stated whole. (A front
            # page whose list ends the text one row a line may well end with its last row whole.)
            self.notes.append(f"{item.key}: texten tar slut vid rubriken ({title!r}); inget ärende")
            return None
        if (self.kind == "protokoll" and title and self.paragraphs_with_text and self.last_line is not None
                and not any(x.stripped for x in body_lines)
                and self.last_line.number >= item.line and self.last_line.stripped.endswith(title.split()[-1])):
            # A protocol's § goes on with its sections (Beslut ...) where its other §§ do: the text
            # ending right at this title was cut there, perhaps inside it. (A front page alone may
            # well end with its list of paragraphs, and a list's last row may be whole.)
            self.notes.append(f"{item.key}: texten tar slut vid rubriken ({title!r}); inget ärende")
            return None
        if not title and not untitled:
            self.notes.append(f"{item.key}: saknar rubrik; inget ärende")
            return None
        if self.kind == "protokoll" and not item.head.strip() and _ATTENDANCE_ENTRY.match(title):
            # "Anna Forssén, personalkonsulent," / "§ 1" / "Anders Kilström, kanslichef ...": a § alone on its line
            # in the list of those present, the § they attended, the next person below it (Fagersta; Askersund's
            # and Mark's lists, their § signs lost, are read so above): no matter.
            self.notes.append(f"{item.key} {title[:40]}: närvarolistans paragrafer, inget ärende")
            return None
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
            return None
        if not case_number and roll_call_row(title):
            self.notes.append(f"{item.key} {title[:40]}: uppropets ledamöter, inget ärende")
            return None
        if not case_number and len(title) > 80 and _formality_run_on(title):
            # "Godkännande av dagordning Föreliggande förslag ... godkänns.": a standing
            # item whose title ran on into its text.
            self.notes.append(f"{item.key} {title[:60]}: formalia, inget ärende")
            return None
        if _is_formality(_NUMBER_LABEL_LEAD.sub("", title).rstrip(". ")) and (
                not case_number or _STANDING.match(title)):  # "Upprop."; "Dnr 27638 Val av justerare" (Bjuv)
            self.notes.append(f"{item.key} {title}: formalia, inget ärende")
            return None
        # The headings that name where the matter goes next, also one read as the decision below.
        headings = "\n".join(x.stripped for x in body_lines if _item_heading(x.stripped) == "proposal")
        if self.kind == "protokoll" and meeting.body and not any(
                _item_heading(x.stripped) == "decision" for x in body_lines if x.stripped):
            body_lines = _own_onward_as_decision(body_lines, meeting.body)
        parts = _item_parts(body_lines)
        put_on = None  # the body the meeting's own proposal is put to, and what it is asked to decide
        if (self.kind == "protokoll" and "decision" not in parts and parts.get("proposal")
                and _own_proposal_heading(body_lines, meeting.body)):
            # "Arbetsutskottets förslag" in the arbetsutskott's own protocol, no Beslut heading:
            # what the body decided is its proposal to the next (the real corpus' gold).
            parts["decision"] = parts.pop("proposal")
            put_on = _put_on(_join_proposal([x.stripped for x in parts["decision"] if x.stripped]))
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
                parts["summary"], parts[section] = summary_lines[:at], summary_lines[at:]
        if self.kind in unheaded and meeting.body and "proposal" not in parts:
            _proposal_to_the_meeting(parts, meeting.body)
        presented = next((i for i, x in enumerate(parts.get("proposal", []))
                          if _PRESENTER_LINE.match(x.stripped)), None)
        if presented is not None and self.kind == "kallelse":
            # "Förslag till beslut / Regionstyrelsen godkänner ... / Föredragning av Nina Öhrn Karlsson ...":
            # who presents the item ends its proposal (see _PRESENTER_IN_TITLE).
            parts["proposal"] = parts["proposal"][:presented]
        # "KS § 262 2015-11-17" on a line of its own is a step the matter took (planning, below), no part of the text.
        proposal_text = _join_proposal([x.stripped for x in parts.get("proposal", [])
                                        if x.stripped and not _EARLIER_DECISION.match(x.stripped)])
        decision_text = _join_proposal([x.stripped for x in parts.get("decision", []) if x.stripped])
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
            decision_text = " ".join(_SENTENCE_END.split(point, maxsplit=1)[0] for point in points_run)
            if _MEMBERS_MOTION.search(whole_decision[len(decision_text):]):
                # A member's motion after it ("Åsa Häggström (v) föreslår ...", "Birger Larsson (C) yrkar ..."):
                # the sentence is the proposal the motions answer, the decision comes after them (Kumla).
                notes.add(None, "decision", f"{item.key or title}: meningen följs av yrkanden; inget beslut")
                decision_text = ""
        cut_lead = ""  # a value cut by the end is not stated whole, yet its lead still names the path
        # (a last point may go on past its first sentence: points running into the end were cut there, Skövde)
        if decision_text and self._cut_by_the_end(parts.get("decision", []),
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
            matter.proposals.extend(Proposal(to=to, text=text) for to, text, _heading in sections)
            proposal_text = " ".join(f"{heading} {text}" for _to, text, heading in sections)
        elif lead:
            # "Servicenämnden föreslås besluta att ...", "Kommunstyrelsen föreslår kommunfullmäktige
            # besluta ...": put to the body the lead names last, the text after the lead.
            matter.proposals.append(Proposal(to=lead.addressee, text=proposal_text[lead.end:].strip()))
        elif proposal_text:
            # A proposal phrased as the decision itself ("Regionstyrelsen godkänner ...", under "Presidiets
            # förslag") is put to the body its sentence names (the corpus README's convention); a kind's word
            # alone ("Nämnden beslutar ...") names none.
            subject = body_at_start(proposal_text)
            verb = subject[1].split(maxsplit=1)[0] if subject and subject[1] else ""
            to = subject[0] if re.fullmatch(r"[a-zåäö]+(?:ar|er)", verb) \
                and subject[0].lower() not in GENERIC_BODIES else None
            matter.proposals.append(Proposal(to=to, text=proposal_text))
        matter.basis = self.basis(parts.get("basis", []), notes)
        matter.recipients = recipients_of(parts.get("recipients", []), notes)
        matter.responsible = self.responsible(parts.get("responsible", []), notes)
        # "Arbetsutskottets förslag till kommunstyrelsen": the heading names where the matter goes next (above).
        matter.planning = self.planning(parts, meeting, decision_text, proposal_text, notes, cut_lead, headings,
                                        " ".join([item.head, *(x.stripped for x in item.lines)]), tuple(item.path))
        matter.warnings = notes.items
        return ParsedItem(matter=matter, key=item.key)

    def _cut_by_the_end(self, part: list[Line], text: str) -> bool:
        """A value that runs into the end of the text without ending its sentence was cut
        off there (an excerpt, a lost last page): it is not stated whole."""
        last = next((line for line in reversed(part) if line.stripped), None)
        return (
            self.last_line is not None and last is not None
            and (last is self.last_line or last.number == self.last_line.number
                 and self.last_line.stripped.endswith(last.stripped))
            and not text.rstrip().endswith((".", "!", "?", ")", '"', "”"))
        )

    def planning(self, parts, meeting: ParsedMeeting, decision: str, proposal: str, notes: Warnings,
                 cut_lead: str = "", headings: str = "", raw: str = "", path: tuple[str, ...] = ()):
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
        for line in [x for part in parts.values() for x in part]:
            # "KS § 262 2015-11-17" on a line of its own in an agenda's row: the decision before this meeting.
            step = _EARLIER_DECISION.match(line.stripped)
            name = body_name(step.group("code")) if step and step.group("code").lower() in ABBREVIATIONS else None
            date = find_dates(step.group("date"))[0].iso if name else None
            if name and date and (name, date) != (meeting.body, meeting.date) \
                    and all((s.body, s.date) != (name, date) for s in earlier):
                earlier.append(PlanningStep(body=name, date=date))
        told = " ".join(x.stripped for key in ("summary", "prep", "other") for x in parts.get(key, []) if x.stripped)
        for match in _STEP_SENTENCE.finditer(told):
            # "Kommunstyrelsens arbetsutskott har behandlat ärendet den 26 mars 2019, § 40.",
            # "Omsorgsnämnden beslutade den 27 juni 2002, § 107, att föreslå ...": a step this matter took.
            if match.group("verb").strip().startswith(("beslut", "har beslut", "föreslog", "remitterade")) \
                    and not match.group("section"):
                continue  # a decision without its § may be another matter's
            found = body_at_start(match.group("body"))
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
        earlier = [s for s in earlier if s.body.lower() not in GENERIC_BODIES]
        earlier.sort(key=lambda s: s.date or "9999")
        if meeting.body is None:
            return earlier  # the meeting's body is unknown: no step of its own (warned in parse)
        steps = [*earlier, PlanningStep(body=meeting.body, date=meeting.date,
                                        outcome=decision or None if self.kind == "protokoll" else None)]
        # Where the matter goes next: what the decision says, then what the proposal says
        # beyond it ("... föreslår kommunstyrelsen föreslå kommunfullmäktige besluta").
        onward = (headings, decision if self.kind == "protokoll" else "", proposal, cut_lead)
        for source in (x for x in onward if x):
            lead = proposal_lead(source, anywhere=True)
            # The bodies the lead hands the matter on to: those after this meeting's body, or, where
            # another body proposes to it ("Arbetsutskottet föreslår kommunstyrelsen ..."), after that one.
            path = list(lead.path) if lead else []
            named = path[path.index(meeting.body) + 1:] if meeting.body in path else path[1:]
            for match in _FORWARD.finditer(source):
                word = match.group("body")
                if naming.body_kind(word) and word.lower() not in GENERIC_BODIES:
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
                if role == "föredragande" and self.kind == "kallelse":
                    # "Föredragande: Mona-Lena Beckman" under a kallelse's row (Tibro, Kungälv): who presents the
                    # item at the meeting, as the Föredragande columns of Trelleborg's, Östhammar's and Sotenäs'
                    # lists name them, is no official responsible for the matter, with an office named or not
                    # (the corpus README's convention); the note keeps the name.
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


# A sentence opening with a body and its verb: "Kommunstyrelsen beslutar att ...",
# "Kommunstyrelsen föreslår att kommunfullmäktige ...", "Kommunstyrelsen ajournerar sig".
_BODY_SENTENCE = re.compile(
    r"(?<=\S)\s+(?=(?P<subject>[A-ZÅÄÖ][\wåäö-]*(?:nämnden|styrelsen|fullmäktige|utskottet))\s+(?P<verb>[a-zåäö]+)\b)"
)


# A förbund's or a gemensam nämnd's board names itself by its kind's word in its decisions: "Direktionen beslutar"
# (Medelpads räddningstjänstförbund, Sjuhärads kommunalförbund; "Förbundsdirektionen", Högsby), "Styrelsen" (a
# samordningsförbund's), "Nämnden" / "Gemensamma nämnden". Such a sentence starts the decision only where the word
# names the meeting's own body (see _board_names_the_body): another body's is no decision of this meeting's.
_BOARD_WORD = r"(?:Förbunds)?[Dd]irektionen|Styrelsen|Nämnden|Gemensamma nämnden"
_BOARD_SENTENCE = re.compile(r"(?<=\S)\s+(?=(?P<subject>" + _BOARD_WORD + r")\s+(?P<verb>[a-zåäö]+)\b)")


def _board_names_the_body(subject: str, body: str | None) -> bool:
    """'Direktionen' for Direktionen or Förbundsdirektionen, 'Styrelsen' for 'Styrelsen för Samordningsförbundet X'
    or 'Samordningsförbundets styrelse' (not Kommunstyrelsen: a company's board is named so too), 'Nämnden' for
    Socialnämnden or 'Gemensamma nämnden för ...': the board's word names the meeting's own, known body."""
    if body is None:
        return False
    subject, body = subject.lower(), body.lower()
    if subject.endswith("direktionen"):
        return "direktion" in body
    if subject == "styrelsen":
        return body.startswith("styrelsen") or re.search(r"\sstyrelsen?$", body) is not None \
            or body == "förbundsstyrelsen"
    if subject == "nämnden":
        return body.endswith("nämnden") or body.startswith(("nämnden ", "gemensamma nämnden"))
    return body.startswith("gemensamma nämnden")


def _names_the_body(subject: str, body: str | None) -> bool:
    """'Kommunstyrelsen', 'Arbetsutskottet' for Kommunstyrelsens arbetsutskott: the subject is the meeting's own body
    (any, where the body is not known); a board's word alone only as _board_names_the_body reads it."""
    if re.fullmatch(_BOARD_WORD, subject):
        return _board_names_the_body(subject, body)
    if body is None:
        return True
    stem = re.sub(r"(?<=utskott)et$", "", subject.lower())
    return body.lower() == subject.lower() or body.lower().endswith(stem)


# ("vitsordar": the body attests that it was duly called, Grums' "Kommunfullmäktige vitsordar sig vara i behörig ordning
# sammankallade", the decision Hofors words "Kommunfullmäktige godkänner sammanträdets kungörande" and Danderyd
# "Sammanträdet förklaras därför i laga ordning kungjort")
_DECISION_VERB = re.compile(
    r"beslutar|beslöt|föreslår|godkänner|antar|fastställer|tillstyrker|avstyrker|avslår|bifaller|noterar|"
    r"lägger|ger|uppdrar|återremitterar|bordlägger|överlämnar|väljer|utser|medger|hemställer|beviljar|"
    r"entledigar|lämnar|anser|delegerar|upphäver|tar|yttrar|godkände|antog|beslutade|föreslog|fattar|vitsordar"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
# "Kommunfullmäktige har tagit del av informationen" (Säffle; Kil under its Beslut heading): the perfect of the
# formula "tar del av informationen" (Lysekil) with which a body decides on an item of information.
_NOTED = re.compile(r"\s+tagit del av\b")
# "Informationen läggs till handlingarna.", "Anmälningsärendena läggs till handlingarna.": the passive formula
# that closes an item in a protocol without a Beslut heading, its subject the item's papers (Vingåker, Mariestad;
# Västerås proposes it so: "Anmälan av länsstyrelsens protokoll 1. Protokollet läggs till handlingarna."). A förbund's
# shorter minutes word it in the past or name the papers more fully: "Protokollet lades till handlingarna." (Medelpads
# räddningstjänstförbund), "Protokoll från sammanträdet läggs till handlingarna." (Sjuhärads kommunalförbund).
# The finding on an item of information is worded so too, under a Beslut heading in Vetlanda ("Informationen noteras
# till protokollet."), Sollefteå ("Informationerna noteras."), Värmdö ("Rapporten godkänns."), Malung-Sälen
# ("Delårsrapporten godkänns."): where a § has no heading, that sentence is its decision as well. It stands alone
# on its line where the text keeps its breaks.
_FINDING = (r"[A-ZÅÄÖ][a-zåäö]+(?:\s+(?:från|av|för)\s+[a-zåäö]+)?\s+(?:(?:läggs|lades)\s+till\s+handlingarna"
            r"|(?:noteras|noterades|antecknas|antecknades)(?:\s+till\s+protokollet)?|godkänns|godkändes)\.")
_FILED_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[a-zåäö]))\s+(?=" + _FINDING + ")")
_FINDING_LINE = re.compile(_FINDING + "$")


def _split_body_sentences(lines: list[Line], body: str | None = None) -> tuple[list[Line], bool]:
    """A protocol item without a 'Beslut' heading, its text run on: each sentence that opens
    with a body and a verb starts a line (it ends the title); before the first whose verb
    decides ('beslutar', 'föreslår' ...) stands a 'Beslut' heading. Whether one was found."""
    result: list[Line] = []
    found = False
    section = None
    for line in lines:
        text = line.stripped
        section = _item_heading(text) or section if text else section
        cuts = sorted([m for m in _BODY_SENTENCE.finditer(text)] + [
            m for m in _BOARD_SENTENCE.finditer(text) if _board_names_the_body(m.group("subject"), body)],
            key=lambda m: m.start())
        cuts = [m for m in cuts if re.fullmatch(r"[a-zåäö]+(?:ar|er|r|de|te|öt|og)", m.group("verb"))]
        filed = _FILED_SENTENCE.search(text) if not found and section != "proposal" else None
        if not found and section != "proposal" and _FINDING_LINE.match(text):
            # "Protokollet lades till handlingarna." on a line of its own: the item's decision (not a proposal's
            # text under its heading).
            result.extend([Line(line.number, "Beslut"), line])
            found = True
            continue
        if filed and not any(m.start() < filed.start() for m in cuts):
            # The item's papers filed ("Informationen läggs till handlingarna."): its decision.
            result.append(Line(line.number, text[:filed.start()].strip(), page_start=line.page_start))
            result.append(Line(line.number, "Beslut"))
            result.append(Line(line.number, text[filed.end():]))
            found = True
            continue
        if not cuts:
            result.append(line)
            continue
        start = 0
        for match in cuts:
            piece = text[start:match.start()].strip()
            if piece:
                result.append(Line(line.number, piece, page_start=line.page_start and start == 0))
            # Another body's decision ("Regionstyrelsen beslutar ..." quoted in Tingsryd's kommunstyrelse, an
            # attached extract) is no decision of this meeting's.
            # Nor is the decision proposed under a proposal's heading ("Kommunstyrelsens förslag till beslut
            # Kommunfullmäktige beslutar att ...": Danderyd, Vindeln; Vilhelmina's "Arbetsutskottets förslag till
            # kommunstyrelsen Kommunstyrelsen beslutar att notera rapporten.").
            deciding = _DECISION_VERB.fullmatch(match.group("verb")) or _NOTED.match(text, match.end("verb"))
            if not found and deciding \
                    and _names_the_body(match.group("subject"), body) and section != "proposal":
                result.append(Line(line.number, "Beslut"))
                found = True
            start = match.end()
        result.append(Line(line.number, text[start:]))
    return result, found


_FORMALITY_START = re.compile(FORMALITY.pattern.rstrip("$") + r"\s+(?=[A-ZÅÄÖ])", re.IGNORECASE)


# The agenda fixed in the genitive's word order: "dagordningens fastställande" (Medelpad's direktion).
_INVERTED_FORMALITY = re.compile(r"^(dagordningens|föredragningslistans|ärendelistans) (fastställande|godkännande)$",
                                 re.IGNORECASE)
# A standing item's own decision run on after its title, an att-clause in lower case: "Fastställande av dagordning
# att fastställa dagordningen" (Sjuhärad's direktion), as a protocol's decisions open everywhere ("att ...").
_FORMALITY_THEN_ATT = re.compile(FORMALITY.pattern.rstrip("$") + r"\s+att\s+[a-zåäö]", re.IGNORECASE)
_FORMALITY_PARTS = re.compile(r",\s*|\s+(?:och|samt)\s+")


def _is_formality(title: str) -> bool:
    """A standing item: one formality, several in one title ("Sammanträdets öppnande, dagordningens fastställande
    och val av justeringsperson", Medelpad; so Degerfors' and Vaxholm's pairs), or one with its att-decision."""
    if FORMALITY.match(title) or _FORMALITY_THEN_ATT.match(title):
        return True
    parts = _FORMALITY_PARTS.split(title)
    return len(parts) >= 2 and all(FORMALITY.match(part) or _INVERTED_FORMALITY.match(part) for part in parts)


def _list_row_cells_cut(title: str) -> str:
    """A list row's title without the cells run on after it: who informs on it ("Information av Mikael Jansson"),
    its attachments' label ("Bilagor:"), where two words of title at least stand before them."""
    informant = _INFORMANT_AFTER_TITLE.search(title)
    if informant and len(title[:informant.start()].split()) >= 2 and not title[:informant.start()].endswith(
            _OPEN_ENDINGS) and naming.looks_like_person(informant.group("name")):
        title = title[:informant.start()].strip(" ,")
    cell = _ATTACHMENT_CELL_AFTER_TITLE.search(title)
    if cell and len(title[:cell.start()].split()) >= 1 and title.count("(", 0, cell.start()) <= title.count(
            ")", 0, cell.start()):
        title = title[:cell.start()].strip(" ,")
    return title


def _justerings_place_and_time_in_run_on(text: str) -> str:
    """A head run into one line: a place-and-time label after the meeting's own, the justering named between them,
    is the justering's ("Tid och plats Onsdagen den 7 januari 2015 ... Justering ... Saida Hussein (S) Plats och
    tid Gårda brandstation, onsdagen den 14 januari 2015", Räddningstjänsten Storgöteborg), as the form's rows say
    it in Solna, Berg, Fagersta, Pajala, Norrtälje and Söderhamn (approval)."""
    labels = list(_UNNAMED_PLACE_AND_TIME.finditer(text))
    for earlier, later in reversed(list(itertools.pairwise(labels))):
        if _JUSTERING_WORD.search(text, earlier.end(), later.start()):
            text = f"{text[:later.start()]}Justeringens {text[later.start():]}"
    return text


def is_paragraph_mark(text: str) -> bool:
    """'Ks § 118', '§ 12', '45 §': a paragraph's number and nothing else (never a matter's title)."""
    match = _PARAGRAPH.match(text.strip())
    return bool(match) and not match.group("rest").strip()


def _formality_run_on(title: str) -> bool:
    match = _FORMALITY_START.match(title)
    return bool(match) and title[match.end():][:1].isupper()


def _unnumbered_paragraph(head: list[Line]) -> tuple[list[Line], list[Item]]:
    """A protocol (an extract) whose one § lost its number: the line right above its first
    'Beslut' or '<X>s förslag' heading is its title; the rest is its text."""
    texts = [(index, line) for index, line in enumerate(head) if line.stripped]
    for (index, line), (_, following) in zip(texts, texts[1:], strict=False):
        if (_item_heading(following.stripped) in ("decision", "proposal") and len(line.stripped) <= 250
                and _item_heading(line.stripped) is None and not _FOOTER.match(line.stripped)):
            # A head run into the title ("... Paragraf Diarienummer KS-2017/ Title (KF)"): the
            # title follows the case number's label and what stands of the number.
            label = _HEAD_BEFORE_TITLE.search(line.stripped)
            if label and len(line.stripped[label.end():].split()) >= 3:
                before = Line(line.number, line.stripped[:label.end()])
                number = label.group("number")
                item = Item("", 0, line.number, line.stripped[label.end():], lines=head[index + 1:],
                            case_number=number if is_case_number(number) else None,
                            truncated_case=None if is_case_number(number) else number)
                return [*head[:index], before], [item]
            return head[:index], [Item("", 0, line.number, line.stripped, lines=head[index + 1:])]
    for (index, line), (_, following) in zip(texts, texts[1:], strict=False):
        # An extract cut before its decision: its one matter's case number, labelled, and its title
        # stand in the head right above the matter's first section ("... Dnr KS/2018:4 Beslut om
        # kommunmål och driftramar 2019" above "Bakgrund").
        label = LABELLED.search(line.stripped)
        title = line.stripped[label.end():].lstrip(" .:") if label else ""
        if (label and _item_heading(following.stripped) and len(line.stripped) <= 250
                and len(title.split()) >= 3 and title[:1].isupper() and is_case_number(label.group("number"))):
            before = Line(line.number, line.stripped[:label.start()])
            item = Item("", 0, line.number, title, lines=head[index + 1:], case_number=label.group("number"))
            return [*head[:index], before], [item]
    return head, []


_HEAD_BEFORE_TITLE = re.compile(r"\b(?i:diarienummer|dnr)\b\.?:?\s*(?P<number>[A-ZÅÄÖ]{1,8}[ -]?\d{2,4}[/.:-]\d*)\s+"
                                r"(?=[A-ZÅÄÖ])")


def _proposal_to_the_meeting(parts: dict[str, list[Line]], body: str) -> None:
    """A proposal whose heading was lost: a sentence in the item's text in which an utskott or an office
    proposes to the meeting's own body ("... från Arbetsutskottet föreslår kommunstyrelsen godkänner avtalet.",
    Skellefteå; "Kommunstyrelseförvaltningen föreslår kommunstyrelsen att ...", Gnesta's notice; Härnösand's
    paper under its heading) is the proposal the meeting decides on. Only the whole sentence: the text after it
    describes the matter, and a sentence the text ends inside was cut (not stated whole). Read in the paragraph
    (lines up to a blank one), wherever its lines break."""
    summary = parts.get("summary", [])
    at = 0
    while at < len(summary):
        if not summary[at].stripped:
            at += 1
            continue
        end_at = next((i for i in range(at, len(summary)) if not summary[i].stripped), len(summary))
        text = " ".join(x.stripped for x in summary[at:end_at])
        lead = proposal_lead(text, anywhere=True) if "föreslå" in text else None
        if (lead is None or lead.addressee != body or lead.path[0] == body and len(lead.path) > 1
                or text[lead.end:].lstrip().startswith(("föreslå", "1", "-", "•"))):
            at = end_at
            continue
        end = _SENTENCE_END.search(text, lead.end)
        sentence = text[lead.start:end.start() if end else len(text)].strip()
        if not sentence.endswith((".", "!")) or len(sentence.split()) < len(text[lead.start:lead.end].split()) + 2:
            return
        number = summary[at].number
        rest = text[end.end():] if end else ""
        parts["summary"] = [*summary[:at], Line(number, text[:lead.start].strip())]
        parts["proposal"] = [Line(number, sentence)]
        if rest:
            parts["summary"].append(Line(number, rest))
        parts["summary"].extend(summary[end_at:])
        return


def _own_onward_as_decision(lines: list[Line], body: str) -> list[Line]:
    """'Kommunstyrelsens förslag till kommunfullmäktige' in Kommunstyrelsen's own protocol, no Beslut
    heading: what the meeting decided is its proposal to that body; the heading opens the decision's
    text, as a 'Kommunstyrelsens beslut' heading above it would (Huddinge; Arboga, Fagersta, Gnosjö,
    Katrineholm set it without one)."""
    for index, line in enumerate(lines):
        named = _GENITIVE_PROPOSAL.match(line.stripped) if _item_heading(line.stripped) == "proposal" else None
        to = named.group("to") if named else None
        to = re.sub(r"^beslut i\s+", "", to, flags=re.IGNORECASE) if to else None
        if to and to.lower() != "beslut" and body_name(named.group("by")) == body \
                and body_name(to) not in (None, body):
            # The heading joins its text's first line, so as not to be read as a heading again.
            after = next((n for n in range(index + 1, len(lines)) if lines[n].stripped), None)
            if after is None or _item_heading(lines[after].stripped) or _FOOTER.match(lines[after].stripped):
                return lines
            # A heading set as a label ("Kommunstyrelsens förslag till kommunfullmäktige: Enligt arbetsutskottet.",
            # Gnosjö) is no part of its value, as "Beslut: Enligt förslag" is not.
            opened = lines[after] if line.stripped.endswith(":") else \
                Line(line.number, f"{line.stripped} {lines[after].stripped}")
            return [*lines[:index], Line(line.number, "Beslut"), opened, *lines[after + 1:]]
    return lines


def _own_proposal_heading(lines: list[Line], body: str | None) -> bool:
    """'Arbetsutskottets förslag' (or 'Kommunstyrelsens förslag') where the meeting's body is
    that arbetsutskott (that styrelse): the body's own proposal, not one put to it."""
    heading = next((x.stripped.rstrip(":").lower() for x in lines if _item_heading(x.stripped) == "proposal"), "")
    match = re.fullmatch(r"(?P<word>[a-zåäö-]+)s förslag", heading)
    if not match or not body:
        return False
    stem = re.sub(r"(?:et|en|n)$", "", match.group("word"))
    return len(stem) >= 5 and body.lower().endswith(stem) or body.lower() == match.group("word")


# "... föreslår kommunstyrelsen föreslå kommunfullmäktige besluta följande: • text": the last
# body named before 'besluta' is the one asked to decide the text after the lead.
_DECISION_PROPOSAL = re.compile(r"^[A-ZÅÄÖ][\wåäö-]+s förslag till (?:beslut i )?"
                                r"(?P<body>[\wåäö -]{2,50}?(?:fullmäktige|styrelsen|nämnden))\s*:?\s+"
                                r"(?P<text>[A-ZÅÄÖ0-9].*)$")
# The meeting's own body proposing to a named body as its decision ("Kommunstyrelsen föreslår kommunfullmäktige
# besluta ..."); not "föreslår att kommunfullmäktige beslutar" (Halmstad's gold keeps that a decision only).
_OWN_PROPOSAL_AS_DECISION = re.compile(r"^[A-ZÅÄÖ][\wåäö -]{2,60}? föreslår (?!att\b)[a-zåäö -]*"
                                       r"(?:fullmäktige|styrelsen|nämnden) (?:att|besluta)\b")


def _put_on(text: str) -> tuple[str, str] | None:
    """'... föreslår kommunstyrelsen föreslå kommunfullmäktige besluta följande: • text': the body
    asked to decide (common.proposal_lead, the one rule) and the text after the lead."""
    lead = proposal_lead(text, anywhere=True)
    if lead is None:
        return None
    return lead.addressee, re.sub(r"^[•·*–-]\s*", "", " ".join(text[lead.end:].split()))


# After its label a case number's letters may be written in any case: "Ärendenummer: Ks 1092/2013".
_LABELLED_ANY_CASE = re.compile(r"\b(?i:ärendenummer|diarienummer|dnr)\.?\s*:?\s*"
                                r"(?P<number>[A-ZÅÄÖ][a-zåäö]{1,7}[ -]?\d{2,4}[/.:-]\d{1,6})(?![\w/])")
# "Änr KS 2018/9": the short forms of the label 'ärendenummer'.
_SHORT_LABELLED = re.compile(r"\b(?i:änr|ärendenr)\.?\s*:?\s*(?P<number>" + CASE_NUMBER.pattern + r")")
_EARLIER_DECISION = re.compile(r"^(?P<code>[A-ZÅÄÖ]{2,6})\s*§\s*\d{1,4},?\s+(?P<date>\d{4}-\d{2}-\d{2})$")
# A title line ending so goes on on the next line: a title never ends with a conjunction or preposition.
_OPEN_ENDINGS = (",", "-", " och", " om", " för", " från", " till", " av", " vid", " i", " med", " på", " mot",
                 " över", " inom", " hos", " samt", " enligt")
_PROPOSED_VERB = (r"godkänner|antar|fastställer|beslutar|beviljar|medger|noterar|ger|uppdrar|väljer|utser|"
                  r"entledigar|tillstyrker|avstyrker|avslår|bifaller|återremitterar|delegerar|upphäver|överlämnar")
# A labelled case number cut after its year inside a title, capitals after it: "Delgivningar Dnr KS 2007:
# Avsägelse ...", "... antagande Dnr 2016/ Kommunstyrelsens förvaltning har ..." (Örnsköldsvik, Västervik).
# Also a serial cut after its slash: "Dnr 00041/ Kommunchefens rapport".
_LABELLED_STUB_IN_TITLE = re.compile(r"\s+(?i:dnr|diarienummer|diarienr|ärendenummer)\.?:?\s*"
                                     r"(?P<stub>(?:[A-ZÅÄÖ]{1,8}[ /-]?)?(?:19|20)\d\d[/.:-]"
                                     # (or the registry's code alone: "... 2018 Dnr: LKS I enlighet med ...",
                                     # Lysekil, as Säffle's and Boxholm's 'Dnr Ks' before a title)
                                     r"|[A-ZÅÄÖ]{1,8}[ /-]?\d{2,4}[/.:-]|\d{2,6}/|[A-ZÅÄÖ]{2,8}(?=\s+[A-ZÅÄÖ]))"
                                     r"\s+(?=[A-ZÅÄÖ])")
_SUFFIXED_CASE_AT_END = re.compile(r"\s(?P<number>(?:" + CASE_NUMBER.pattern + r")-\d{1,4})\s*$")
_SUFFIXED_CASE = re.compile(r"(?:" + CASE_NUMBER.pattern + r")(?:-\d{1,4})?")
# Case numbers one after the other closing a title (Strängnäs' lists, Sandviken's and Hultsfred's agendas).
_CASE_NUMBER_RUN = re.compile(r"(?:\s+(?:" + CASE_NUMBER.pattern + r")(?:-\d{1,4})?){2,}\s*$")
# A case number cut short before the title: after its label ("Dnr KFKS 2012/", "Dnr 00041/", "Dnr /" its digits all
# lost, Ragunda), or without one
# where the registry's code and a whole year show what it is ("KS2018/ Svar på ...", "KS-2014/ Seniorboende",
# "KSKF/2013: Kommunstyrelsens delårsrapport"): Kungälv, Eskilstuna, Sandviken, Huddinge.
_LABELLED_STUB_LEAD = re.compile(
    r"^(?:(?i:dnr|diarienummer)\.?:?\s*(?P<stub>[A-ZÅÄÖ]{1,8}[ -]?\d{2,4}[/.:-]|(?:19|20)\d\d-[A-ZÅÄÖ]{1,8}|\d{0,6}/)"
    r"|(?P<bare>[A-ZÅÄÖ]{2,8}[/ -]?(?:19|20)\d\d[/.:-]))\s+(?=[A-ZÅÄÖ])")
# (the registry's code may stand after the label, its number lost: "Dnr Ks Information om ...", Säffle; Boxholm)
_BARE_LABEL_LEAD = re.compile(r"^(?i:dnr|diarienummer)\.?:?\s+(?:[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,3}\s+)?"
                              r"(?=[A-ZÅÄÖ][a-zåäö]{2,}\s+[\wåäö])")
_LABELLED_LEAD = re.compile(r"^(?i:dnr|diarienummer)\.?:?\s*(?P<number>[A-ZÅÄÖ]{1,8}[ -]?\d{4,}-?)\s+(?=[A-ZÅÄÖ])")
_DATED_SENTENCE = re.compile(r"\s+(?=(?:Den|I|Under|Efter|Vid|På) (?:den )?\d{1,2} (?:" + MONTH_WORDS + r") \d{4}\b)")
# A party's or a body's mark in brackets ("Motion från Sten Myreback ... alla (c) samt ... (m) om ...", Forshaga;
# "(SD)", "(FP)" Ängelholm, "(M)", "(V)" Linköping; "(KF)"): no bracket that makes a number an earlier case.
_PARTY_OR_BODY_MARK = re.compile(r"\([A-ZÅÄÖa-zåäö]{1,5}\)")
_GLUED_SUFFIX = re.compile(r"-(?:[A-ZÅÄÖ]{2,5}|\d{1,4}(?:\.\d+)*)(?=\s|$)")
# What may stand before a standing item's title in a list's row: its case number column ("150 Dnr 27638 Val
# av justerare", Bjuv), the list's next §§ stacked before the titles ("36 37 38 Val av justerare", Mörbylånga).
_NUMBER_LABEL_LEAD = re.compile(r"^(?:\d{1,3}\s+)*(?:(?i:dnr|diarienummer)\.?:?\s*\d[\w/.:-]*\s+)?(?=[A-ZÅÄÖ])")
# The titles of a protocol's recurring §§ (information, messages, the public's questions ...), a sentence of
# the § run on after it, opening with a capitalised word: "Informationer Kommundirektör Christel Jönsson ger ...".
_STANDING_TITLES = (r"Information(?:er|särenden)?|Meddelanden|Delgivningar|Anmälningsärenden|Anmälningar"
                    r"|Delegationsbeslut|Allmänhetens (?:frågestund|frågor)|Frågor|Interpellationer|Valärenden"
                    r"|Avsägelser|Rapporter|(?:Kommundirektörens|Kommunchefens|Regiondirektörens|Ordförandens) rapport")
_STANDING_TITLE_RUN_ON = re.compile(r"^(?P<title>" + _STANDING_TITLES + r")\s+(?=[A-ZÅÄÖ][a-zåäö]+\s+[\wåäöÅÄÖ])")
# The same titles ending a row of a list run together, where a row's number was lost before one (see
# _split_rows_of_lost_numbers).
_STANDING_TITLE_AT_END = re.compile(r"(?<=[\wåäö)]),?\s+(?P<title>" + _STANDING_TITLES + r")$")
# A person present and what they are there as: "Bo Sylwan (M) (Vice ordförande ...)", "Per-Olof Hermansson (KD)
# tjänstgör för ...", "Anders Kilström, kanslichef", "Leif Sternfeldt, , samt ..."; never "Anna Berg (S) om ..."
# (an interpellation) nor "Bo Blad (S) - Avsägelse ..." (a matter named by the person).
_ATTENDANCE_ENTRY = re.compile(
    r"^[A-ZÅÄÖ][a-zåäöéü]+(?:[- ][A-ZÅÄÖ][a-zåäöéü]+){1,2}"
    r"(?:\s*\([A-ZÅÄÖa-zåäö]{1,4}\)\s*(?:\(|(?:tjänstgör|ersätter|ej tjänstgörande)\b)"
    r"|,\s+(?:,\s*samt\b|[a-zåäö]*(?:chef|sekreterare|sekr\.?|direktör|ordförande|ledamot|ersättare)(?:\W|$)))")
_FILING_CODE = re.compile(r"^(?P<code>\d{2,3})(?:\s+(?=[A-ZÅÄÖ][a-zåäö])|$)")
# "Beslut - Val av ...", "Information - Räddningstjänstsamverkan": what kind of item, not its title.
_ITEM_TYPE = re.compile(r"^(?:Beslut|Information|Anmälan|Diskussion|Redovisning)\s+[-–]\s+(?=[A-ZÅÄÖ])")
_FIRST_POINT = re.compile(r"\s+1\.\s+(?=[A-ZÅÄÖ])")
_NEXT_POINT = re.compile(r"\s+(?P<n>[2-9])\.\s+(?=[A-ZÅÄÖ])")


# A decision's lead, then its numbered points: "Kommunfullmäktige beslutar 1. Den verksamhet ...".
# (the lead may name the body asked to decide: "Kommunstyrelsen föreslår kommunfullmäktige besluta 1. ...", Tjörn)
_POINTS_AFTER_LEAD = re.compile(r"^(?P<lead>[A-ZÅÄÖ][\wåäö-]*(?:nämnden|styrelsen|fullmäktige|utskottet)\s+[a-zåäö]+"
                                r"(?:\s+[a-zåäö]+){0,3}?:?)\s+1\.\s+(?P<points>[A-ZÅÄÖ].*\s2\.\s+[A-ZÅÄÖ].*)$")


def _numbered_points(text: str) -> tuple[str, str]:
    """'Point one. 2. Point two. Description ...' (what follows a row's '1.') -> ('1. Point one.
    2. Point two.', the rest): the points follow in order, each with its number as printed; the last
    ends with its first sentence, or where a sentence about the matter begins ('... (C)
    Kommunfullmäktige ska välja ...')."""
    points, expected, start = [], 2, 0
    for match in _NEXT_POINT.finditer(text):
        if int(match.group("n")) == expected:
            points.append(f"{expected - 1}. {text[start:match.start()].strip()}")
            start, expected = match.end(), expected + 1
    last = text[start:]
    ends = [m.start() for m in (_SENTENCE_END.search(last), _SENTENCE_AFTER_TITLE.search(last)) if m]
    end = min(ends) if ends else len(last)
    points.append(f"{expected - 1}. {last[:end].strip()}")
    return " ".join(points), last[end:].strip()


# "KS § 80 KS/2018:298 - 001": the paragraph's line holds its case number (and class) alone.
_NUMBER_ONLY = re.compile(r"^(?P<number>" + CASE_NUMBER.pattern + r"(?:\s?-\s?\d{1,4})?)$")
# A step told with its date and its § after it, the § sign perhaps lost in a run-on page ("Kommunstyrelsens
# arbetsutskott beslutade den 6 maj 2008, 190, att ...", Kumla; "... behandlade den 23 november 2012, 112,",
# Arboga; "... har vid sammanträde den 6 september 2007, 102, behandlat", Grums), and in the perfect with its
# participle after the § ("Plan- och miljönämnden har den 21 november 2018, § 181, överlämnat ...", Motala;
# "Kultur- och fritidsnämnden har den 22 maj 2008, 35, beslutat godkänna ...", Kumla). "Kommunfullmäktige har
# den 26 juni 2000, § 53, beslutat om indexreglering" (Tanum) is an earlier decision on another matter.
_STEP_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=\s)(?=[^.!?]{0,80}?\d{4},?\s*§?\s*\d{1,4},))"
    r"(?P<body>[A-ZÅÄÖ][\wåäö-]+(?: (?:och )?[a-zåäö-]+){0,3}?)"
    r"(?P<verb>s förslag| har behandlat ärendet| behandlade ärendet| beslutade| har beslutat| föreslog"
    r"| remitterade| (?=har den [^§]{6,20}?,\s*§?\s*\d{1,4},\s+(?:föreslagit|överlämnat|remitterat"
    r"|beslutat(?!\s+om\b))\b)har)"
    r"\s+(?:den\s+)?(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2} [a-zåäö]+ \d{4})"
    r"(?P<section>,?\s*§\s*\d{1,4}|,\s*\d{1,4}(?=,))?")
# A path table: "Behandlat av Datum Ärende", then rows "1 Kommunstyrelsens arbetsutskott 2017-05-17 122/17".
_PATH_TABLE_HEAD = re.compile(r"\bBehandlat av\s+Datum\b(?:\s+(?:Ärende|§|Paragraf))?", re.IGNORECASE)
_PATH_TABLE_ROW = re.compile(r"\s*\d{1,2}\s+(?P<body>[A-ZÅÄÖ][\wåäö -]{1,60}?)\s+(?P<date>(?:19|20)\d\d-\d\d-\d\d)"
                             r"(?:\s+§?\s*\d{1,4}(?:/\d\d)?)?")


def _path_table(text: str) -> list[tuple[str, str]]:
    """The (body, date) rows of a 'Behandlat av / Datum' table, in order; a row whose body is not
    a body's name ends the table."""
    head = _PATH_TABLE_HEAD.search(text)
    if not head:
        return []
    rows: list[tuple[str, str]] = []
    position = head.end()
    while match := _PATH_TABLE_ROW.match(text, position):
        found = body_at_start(match.group("body"))
        dates = find_dates(match.group("date"))
        if not found or found[1] or not dates or not dates[0].iso:
            break
        rows.append((found[0], dates[0].iso))
        position = match.end()
    return rows


def _before_path_table(text: str) -> str:
    """An item's heading without the path table run into it ("Strategisk plan KS2017.0216 Behandlat av
    Datum Ärende 1 Kommunstyrelsens arbetsutskott 2017-05-17 ..."): the table is no part of the title."""
    head = _PATH_TABLE_HEAD.search(text)
    return text[:head.start()].rstrip() if head and _path_table(text) else text


# "i uppdrag av kommunledningsutskottet 2017-09-21 § 157", "uppdrag från kommunstyrelsen den 12 november
# 2015, § 175": an assignment a body gave, dated and with its §.
_ASSIGNED_BY = re.compile(
    r"\buppdrag (?:av|från) (?P<body>[\wåäöÅÄÖ-]+(?: arbetsutskott)?),? (?:den )?"
    r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2} [a-zåäö]+ \d{4}),?\s*§\s*\d{1,4}")
# Verbs with which a body's decision opens in a protocol (not 'ger', 'lägger': a description may use them).
_DECIDING_VERB = (r"beslutar|föreslår|godkänner|antar|fastställer|beviljar|avslår|bifaller|återremitterar|"
                  r"tillstyrker|avstyrker|utser|väljer|entledigar|noterar|upphäver|bordlägger")
_REGISTRY_ONLY = re.compile(r"^(?P<number>(?:19|20)\d\d\.\d{1,5}(?:-\d{1,4})?(?:\s+[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,3})?)$")
_NUMBER_LINE = re.compile(r"^(?i:dnr|diarienummer|diarienr|ärendenummer|ärendenr)\.?\s*:?\s*"
                          r"(?P<number>[A-ZÅÄÖ0-9][\wÅÄÖåäö/.:-]*(?:\s\d{1,5}){0,2})$")
# An office or unit that proposes to a body: "Kommunledningskontorets förslag till kommunstyrelsen".
_OFFICE_WORD = re.compile(r"(?:kontor|kontoret|förvaltning|förvaltningen|avdelning|avdelningen|enhet|enheten|kansli"
                          r"|kansliet)$", re.IGNORECASE)
_GENITIVE_PROPOSAL = re.compile(r"^(?P<by>[\wåäö -]+?)s förslag(?: till (?P<to>.+?))?:?$", re.IGNORECASE)
_POINT = re.compile(r"^(?:[-•–*]\s*|\d{1,2}[.)]\s+)")
# A bullet before a point is layout; a point's number is text ("Beslut 1 och 2 ersätter ...").
_BULLET = re.compile(r"^[-•–*]\s*")
# A bullet run into the text after a colon or a sentence's end ("... enligt följande: - 1,5 miljoner kronor ...
# förening. - 500 000 kronor ...", Kalmar; "besluta följande: • Utredningen ...", Sollentuna; "Övriga revideringar
# som föreslås är: - Text kring ...", Arboga): layout too; a dash inside a sentence ("del 2 - synhjälpmedel") is text.
_RUN_ON_BULLET = re.compile(r"(?<=[:.])\s+[-•–*]\s+(?=[A-ZÅÄÖ0-9])")
# A member's motion: a name and party, then the verb ("Åsa Häggström (v) föreslår", "Birger Larsson (C) yrkar").
_MEMBERS_MOTION = re.compile(rf"\b[A-ZÅÄÖ][a-zåäöé]+\s+\((?i:{PARTY_LETTERS})\)\s+(?:yrkar|föreslår)\b")
# A bullet after a sentence's end opening the next point ("... i kommunstyrelsen. - Kommunstyrelsen uppdrar ...").
_SENTENCE_BULLET = re.compile(r"(?<=[.!?])\s+[-•–*]\s+(?=[A-ZÅÄÖ])")
# A page's head on a line of its own: its mark, then a few words and no sentence ("2 (4) Kommunfullmäktige
# KALLELSE/ FÖREDRAGNINGSLISTA"); page furniture, never a value.
_PAGE_HEAD_LINE = re.compile(r"^(?:[Ss]ida\s+)?\d{1,3}\s?\(\d{1,3}\)(?:\s+[^\s.!?]+){0,6}\s*$")


def _addressed_sections(lines: list[Line], end: Line | None, *, named_only: bool = False,
                        meeting_body: str | None = None) -> list[tuple[str | None, str, str]]:
    """A kallelse's proposals under headings that name who proposes and to whom ('Kommunstyrelsens
    förslag till beslut', 'Kommunledningsutskottets förslag till kommunstyrelsen för förslag till
    kommunfullmäktige'): (the body asked to decide, the points joined, the heading) per heading.
    A point the text's `end` cuts off is not stated whole: it is left out.
    'till beslut' asks the proposing body itself; otherwise the last body the heading names. The
    points keep their numbers as printed, also where they count across the headings; a bullet goes.
    With `named_only` (a protocol) every heading must name the body it goes to ('... till
    kommunstyrelsen'): a bare 'Arbetsutskottets förslag' there is put to the meeting itself.
    [] when no heading names one."""
    sections: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    last: Line | None = None
    for line in lines:
        text = line.stripped
        key = _item_heading(text) if text else None
        if key == "proposal":
            current = []
            sections.append((text.rstrip(":"), current))
        elif key or _FOOTER.match(text):
            current = None
        elif _PAGE_HEAD_LINE.match(text):
            continue  # "2 (4) Kommunfullmäktige KALLELSE/ FÖREDRAGNINGSLISTA": the next page's head (Kalmar)
        elif current is not None and _POINT.sub("", text) and not _EARLIER_DECISION.match(text):
            current.append(_BULLET.sub("", text))
            last = line
    result = []
    for heading, points in sections:
        if not points:
            continue  # "Förslag till beslut" right above "Kommunledningskontorets förslag till kommunstyrelsen:"
        named = _GENITIVE_PROPOSAL.match(heading)
        by = body_name(named.group("by")) if named else None
        to = named.group("to") if named else None
        if named_only and (not to or to.lower() == "beslut") and not (
                to and by and meeting_body and by != meeting_body):  # another body's: put to the meeting (below)
            return []
        if to and to.lower() != "beslut":
            # "Kommunledningskontorets förslag till kommunstyrelsen": an office proposes, the body named decides.
            final = re.findall(r"(?:^|\btill\s+)([\wåäö-]+(?:s arbetsutskott)?)$", to)
            to = body_name(final[-1]) if final else None
        elif by and meeting_body and by != meeting_body:
            # "Kommunstyrelsens förslag till beslut" in kommunfullmäktige's papers: put to the meeting's body
            # (Kalmar's kallelse; Vindeln's and Danderyd's protocols go on "Kommunfullmäktige beslutar ...").
            to = meeting_body
        else:
            to = by
        if to is None or by is None and not _OFFICE_WORD.search(named.group("by")):
            return []
        if points and points is sections[-1][1] and last is not None and end is not None \
                and last.number == end.number and not points[-1].rstrip().endswith((".", "!", "?", ")")):
            # Only the cut point goes: points run together on the line ("1. ... noteras. 2. Trygghets- och säke",
            # Tyresö's lines joined) keep those before it.
            run = list(_RUN_TOGETHER_POINT.finditer(points[-1]))
            points = [*points[:-1], points[-1][:run[-1].start()]] if run else points[:-1]
        if points:
            result.append((to, _RUN_ON_BULLET.sub(" ", " ".join(" ".join(points).split())), heading))
    return result


_RUN_TOGETHER_POINT = re.compile(r"(?<=[.!?])\s+(?=\d{1,2}\.\s+[A-ZÅÄÖ])")


def _proposers_to(body: str | None, headings: str, *proposals: str) -> list[str]:
    """The bodies that put a proposal to `body`, the meeting's own, as its lead or its heading names them:
    "Kommunstyrelsen föreslår kommunfullmäktige att ..." (common.proposal_lead, the one rule) or a
    heading "Kommunstyrelsens förslag till kommunfullmäktige". Each took a step before this meeting.
    An office ("Stadskontoret föreslår ...") is no body, and a body named by its kind only
    ("Arbetsutskottets förslag") is not taken for one it may mean."""
    if not body:
        return []
    found: list[str] = []
    for source in (headings, *proposals):
        lead = proposal_lead(source, anywhere=True) if source else None
        if lead and body in lead.path:
            found += lead.path[:lead.path.index(body)]
    for heading in headings.split("\n"):
        named = _GENITIVE_PROPOSAL.match(heading)
        to = named.group("to") if named else None
        final = re.findall(r"(?:^|\btill\s+)([\wåäö-]+(?:s arbetsutskott)?)$", to) if to else []
        # "Kommunstyrelsens förslag till beslut" in another body's papers is put to that body (_addressed_sections)
        if final and (final[-1].lower() == "beslut" or body_name(final[-1]) == body) \
                and not _OFFICE_WORD.search(named.group("by")):
            words = named.group("by").split()
            # The body's name ends the words before "s förslag": "Beslut Kommunstyrelsens förslag ..." (a heading
            # run into another) is Kommunstyrelsen's; a word before a name is no part of it.
            found += [body_name(" ".join(words[n:])) for n in range(len(words))
                      if all(w.endswith(("-", "s", "a")) or w == "och" for w in words[n:-1])][:1]
    return [name for name in dict.fromkeys(found)
            if name and name != body and naming.body_kind(name) and name.lower() not in GENERIC_BODIES]


def _item_heading(text: str) -> str | None:
    lowered = text.rstrip(":").strip().lower()
    if len(lowered) > 60:
        # "Kommunledningsutskottets förslag till kommunstyrelsen för förslag till kommunfullmäktige"
        long_proposal = len(lowered) <= 120 and re.fullmatch(r"[a-zåäö -]+s förslag till [a-zåäö ]+", lowered)
        return "proposal" if long_proposal else None
    if re.fullmatch(r"beredande organs? förslag", lowered):
        return "prep"  # what the preparing body proposed, and when: the path before this meeting
    for pattern, key in ITEM_HEADINGS:
        if pattern.fullmatch(lowered):
            return key
    return None


_LABELLED_PART = re.compile(
    r"^(?P<h>förslag till beslut|beslutsförslag|förslag|beslut|beslutsunderlag|handläggare|föredragande"
    r"|beslutet skickas till|expedieras till|expedieras|protokollsutdrag till|utdrag till|för kännedom till"
    r"|skickas till|beslutsexpediering|expediering|exp\.?"
    r"|ärendets beredning)\s*:\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_OFFICER_LABEL = re.compile(r"^(handläggare|föredragande)\s*:", re.IGNORECASE)
# The list of who gets the decision, labelled with a colon mid-line in run-on text: "... förbundsmedlemmar.
# Skickas till: Kommunfullmäktige Akten" (Arboga), "... godkänner informationen. Expediering: Näringslivsutvecklare
# Tomas Larsson" (Ljusnarsberg), "Beslutsexpediering: akten, ks pres., socialnämnden" (Höganäs), "Exp: Robert
# Nibelius ..." (Danderyd, Orust).
_RECIPIENTS_MID = re.compile(r"(?<=\S)\s+(?P<heading>(?:Beslutet )?[Ss]kickas till|(?:Besluts)?[Ee]xpediering|Exp)"
                             r"\s*:\s*(?=\S)")
# A body's proposal to the next body, as a heading run into a protocol's text after a sentence (or opening a line):
# "... handlingar. Arbetsutskottets förslag till kommunstyrelsen att lägga ...", "Kommunstyrelsens förslag till
# kommunfullmäktige: Enligt arbetsutskottet." (Gnosjö), "... kommuncheferna. Kommunstyrelsens förslag till beslut
# i kommunfullmäktige 1. ..." (Arboga), "Kommunstyrelsens förslag till kommunfullmäktige 1. Ansvarsfrihet ..."
# (Fagersta; Katrineholm's extract sets it so).
_ONWARD_PROPOSAL = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?P<heading>[A-ZÅÄÖ][\wåäö-]*(?:styrelsens|nämndens|utskottets|fullmäktiges)"
    r"(?: arbetsutskotts)? förslag till (?:beslut i )?(?:[a-zåäö-]*(?:fullmäktige|styrelsen|nämnden|utskottet)"
    r"(?:s arbetsutskott)?|beslut)(?:\s*:)?)\s+(?=[A-ZÅÄÖ0-9]|att\s|[-•–]\s+[A-ZÅÄÖ0-9])")
# A heading that opens a line and runs into its text without a colon; only headings no
# sentence begins with ("Beslutsunderlag Beslutsförslag 2017-10-04").
_HEADING_RUN_INTO = re.compile(
    r"^(?P<h>Beslutsunderlag|Sammanfattning av ärendet|Sammanfattning|Ärendebeskrivning|Beslutet skickas till"
    r"|Förslag till beslut|Beslutsförslag"
    r"|Expedieras till|Beskrivning av ärendet|Bilagor)"  # (Tyresö's, Härnösand's, Leksand's, Malung-Sälen's)
    r"\s+(?P<rest>[A-ZÅÄÖ0-9].*)$"
)


def _split_item_run_in(lines: list[Line]) -> list[Line]:
    """'Förslag till beslut: text' and 'Title Beslut Nämnden beslutar ...' -> heading + text."""
    result = []
    for line in lines:
        pending = [line.text]
        first = True
        while pending:
            text = pending.pop(0)
            stripped = clean(text)
            label = _LABELLED_PART.match(stripped) or _HEADING_RUN_INTO.match(stripped)
            if label and not (first and line is lines[0]):
                result.append(Line(line.number, label.group("h")))
                if label.group("h").lower() in ("handläggare", "föredragande"):
                    result.append(Line(line.number, stripped))
                else:
                    pending.insert(0, label.group("rest"))
                first = False
                continue
            mid = _ITEM_MID.search(stripped)
            if mid and not re.search(r"\w", stripped[:mid.start()]):
                mid = None  # "- Beslut 1 och 2 ersätter ...": a bullet, then a sentence opening with the word
            listed = _RECIPIENTS_MID.search(stripped)
            if listed and (not mid or listed.start() < mid.start()):
                mid = listed
            onward = _ONWARD_PROPOSAL.search(stripped) if "förslag till" in stripped else None
            # (at a line's start only where the text's own line opens, not right under a Beslut heading: there it
            # is the decision's text, "Kommunstyrelsens beslut / Kommunstyrelsens förslag till kommunfullmäktige ...")
            if onward and (onward.start("heading") or text is line.text and not (first and line is lines[0])
                           and not (result and _item_heading(result[-1].stripped) == "decision")) \
                    and (not mid or onward.start() < mid.start()):
                mid = onward
            run_on = _RUN_ON_MID.search(stripped)
            # In run-on text anywhere; in a shorter line only after a sentence's end ("... godkänner
            # uppföljningen. Sammanfattning Ekonomiavdelningen har ...").
            if run_on and (len(stripped) > RUN_ON or stripped[:run_on.start()].rstrip().endswith((".", "!", "?"))):
                if not mid or run_on.start() < mid.start():
                    mid = run_on
            if mid:
                if mid.start():
                    result.append(Line(line.number, stripped[: mid.start()]))
                heading = mid.group("heading")
                result.append(Line(line.number, heading))
                rest = stripped[mid.end():]
                if heading in ("Handläggare", "Föredragande"):
                    rest = heading + ": " + rest
                pending.insert(0, rest)
                first = False
                continue
            result.append(Line(line.number, text if first else stripped))
            first = False
    return result


# The signature box's labels whole, for a line that is one of them cut short by the excerpt's end ("Ordförandens och
# justeraren", Kil's last line; Sala's ends "Utdragsbestyr"): page furniture still, no part of the value before it.
_SIGNATURE_LABELS = ("ordförandens och justerarens signaturer", "justerandes signatur", "utdragsbestyrkande",
                     "ordförandes signatur", "justerares signatur")


def _cut_signature_label(text: str) -> bool:
    lowered = text.lower()
    return len(lowered) >= 10 and any(label.startswith(lowered) for label in _SIGNATURE_LABELS)


def _item_parts(lines: list[Line]) -> dict[str, list[Line]]:
    parts: dict[str, list[Line]] = {}
    current = "summary"
    for line in lines:
        text = line.stripped
        if _FOOTER.match(text) or _cut_signature_label(text):
            current = "other"
            continue
        key = _item_heading(text) if text else None
        if key:
            current = key
            parts.setdefault(key, [])
            continue
        if _OFFICER_LABEL.match(text):
            parts.setdefault("responsible", []).append(line)
            continue
        parts.setdefault(current, []).append(line)
    return parts


def _text(lines: list[Line] | None) -> str:
    return " ".join(line.stripped for line in lines or [] if line.stripped)


def parse_meeting_document(document: Document, kind: str) -> ParsedDocument:
    return MeetingDocumentParser(document, kind).parse()

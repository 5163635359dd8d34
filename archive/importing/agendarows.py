"""A meeting document's text cut into its items' rows, before any item is read.

Kallelser and protocols list their items in every layout extraction leaves: numbered runs, contents lists with
dot leaders or page columns, rows glued to the row above, stacked numbers, a margin giving the path through the
bodies ("Kf 75 Ks 82 Au 225"). The functions here split such text into one line per row, and never read a value.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from archive import naming
from archive.dates import MONTHS
from archive.importing.common import (
    ABBREVIATIONS,
    CASE_NUMBER,
    LABELLED,
    LEADING_CASE_NUMBER,
    MONTH_WORDS,
    PAGE_WORD_BEFORE,
    PARTY_LETTERS,
    RUN_ON,
    FoundDate,
    bodies_in,
    body_at_start,
    body_name,
    code_named_in,
    find_dates,
    is_case_number,
    own_case_numbers,
    trailing_case_number,
)
from archive.importing.kinds import AGENDA_KINDS, alternation
from archive.importing.meetingwords import (
    _ACTING_VERB,
    _BODY_ACTS,
    _BRACKETED_NUMBER,
    _CAPS_TITLE,
    _CODED_LINE,
    _CONTENTS_ROW,
    _DAY_AND_MONTH,
    _DECIDING_VERB,
    _DOT_LEADER,
    _EARLIER_DECISION,
    _FOOTER,
    _GLUED_ROW,
    _HEAD_WORD_AFTER_BODY,
    _LONGEST_TITLE,
    _NAMED_ITEM,
    _NUMBER_ALONE,
    _NUMBERED,
    _OPEN_ENDINGS,
    _PARAGRAPH,
    _PARTY_LABEL,
    _PATH_CODE,
    _PATH_CODES,
    _PORTAL_MEETING,
    _PREPARED_BY,
    _RUNNING_HEAD_REST,
    _SECTION_IN_RUN,
    _SECTION_WORD_IN_RUN_ON,
    _STANDING_TITLES,
    _STUB_INSIDE,
    _YEAR_CODED,
    FORMALITY,
    STATED_PARAGRAPHS,
)
from archive.importing.result import ParsedMeeting
from archive.importing.text import Line, list_heading, list_heading_any_case
from archive.importing.tjansteskrivelse import (
    mark_deciding,
)
from archive.importing.wordends import cut_short
from archive.model import PlanningStep

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


_PATH_RANK = {"Kommunstyrelsens arbetsutskott": 0, "Kommunstyrelsen": 1, "Kommunfullmäktige": 2}
_CODE_PATH = re.compile(
    r"(?:^|\s)(?P<path>(?P<first>" + _PATH_CODE + r")\s+(?P<n>\d{1,4})(?:\s+" + _PATH_CODE + r"(?:\s+\d{1,4})?)+)"
    r"\s+(?:(?i:dnr)\.?:?(?:\s+(?P<case>[^\s]*\d[^\s]*))?\s+)?(?P<title>[A-ZÅÄÖ][a-zåäö].*)$")
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
    return path_bodies(re.findall(_PATH_CODE, margin.group("path")))


def path_bodies(codes: list[str]) -> list[str]:
    """The bodies a margin path's codes name in its order ('Kf', 'Ks', 'Au' -> KF, KS, KS's AU)."""
    path = [_PATH_CODES[code.lower()] for code in codes]
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
# The list's heading with a colon before its first row's number ("Ärenden: 1 Handlingsplan för migration 2 ...",
# Rättvik): the colon ends the heading, no label of a page's or a time's number ("Sida: 1", "kl: 1").
_LIST_HEADING_COLON = re.compile(r"(?<![\wåäöÅÄÖ])(?-i:Ärenden|ÄRENDEN|Ärendelista|Föredragningslista"
                                 r"|FÖREDRAGNINGSLISTA|Dagordning|DAGORDNING)\s*:\s*$")
_EMPTY_PAGE_CELL = re.compile(r"(?<=[a-zåäö])\s[-–]\s+$")  # "... föredragningslista - ": a row's page cell left empty


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


# A list's own heading right before its first row: "Sid 3 Ärenden 74 Ordföranden har ordet ..." (Kunskapsförbundet
# Väst), "Ärendelista 166 Val av ..." (Askersund, Laxå, Leksand), "Innehållsförteckning 31 Bidrag ..." (Emmaboda, Habo,
# Norberg), "Ärendeförteckning 21 ..." (Lindesberg), "Innehåll 118 ..." (Vaxholm): the row opens there as after a
# sentence's end.
_LIST_HEADING_BEFORE = re.compile(r"(?<![\wåäöÅÄÖ])(?-i:Ärenden|" + list_heading(
    "ärendelista", "ärendeförteckning", "innehållsförteckning", "innehåll", capitals=False) + r")\s+$")


# A number then a conjunction or preposition in lower case: a count in running text ("årskurs 4 och 5 på Ekeby
# skola", "kapitel 3 i kommunallagen"), not a row's number: no kallelse's gold title opens with such a word (two
# protocols' do, a contents row whose opening was lost, its neighbours' numbers counting on); in tuning kallelser
# such "N och"/"N på"/"N i" stand in the text of 20 documents of 18 organisations. (So a law's chapter, "med stöd av 7
# kap 4 § miljöbalken": "N kap" stands in the text of 24 tuning documents; no gold title opens with it.)
_COUNTED_IN_RUNNING_TEXT = re.compile(r"(?:och|eller|samt|på|i|av|till|för|om|med|från|att|som|är|under|vid"
                                      r"|kap\.?)\s")


def _ends_a_sentence(text: str, end: int) -> bool:
    """Whether text[:end], blanks after it aside, ends with '.', '!', '?', ':', ')' or ']'."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end > 0 and text[end - 1] in ".!?:)]"


def _number_chain(text: str, expected: int | None, sentence_start: bool,
                  list_head: str | None = None, *, least: int = 3) -> list[re.Match]:
    """The longest run of consecutive numbers (two may be missing) standing in `text` in
    order: the items of an agenda or of a protocol given as one run-on line."""
    candidates = []
    # (The text before each number is read at its end only: slicing and searching all of it for each number was
    # quadratic in a long run-on line.)
    first_content = len(text) - len(text.lstrip())
    # A list whose column heads end with its page column ("Ärenden Sid 1. Justering - 2. Fastställande ... - 3. ...",
    # Jämtlands gymnasieförbund): a dash alone after a row is its empty page cell, the next row's number after it.
    paged = _COLUMN_HEADS_END.search(text[:text.find(" 1")]) if " 1" in text[:200] else None
    for match in _RUN_NUMBER.finditer(text):
        start = match.start()
        if _NOT_BEFORE_ITEM.search(text[max(0, start - 8):start]) \
                and not _COLUMN_HEADS_END.search(text[max(0, start - 30):start]) \
                and not _LIST_HEADING_COLON.search(text[max(0, start - 30):start]) \
                and not (paged and _EMPTY_PAGE_CELL.search(text, max(0, start - 8), start)):
            continue
        # In a protocol an item opens a sentence, or carries the body's code ("KF 60 Information").
        coded = match.group("code") and match.group("code").lower() in ABBREVIATIONS
        if sentence_start and not coded and start > first_content and not _ends_a_sentence(text, start) \
                and not _LIST_HEADING_BEFORE.search(text, max(0, start - 30), start):
            continue
        if sentence_start and not coded and not text[match.end():match.end() + 1].isupper():
            continue
        candidates.append(match)
    # "årskurs 4 och 5 på Ekeby skola": numbers the sentence counts, no rows' (unless the numbers either side count
    # on one by one, "60 Nämndernas inriktning ... 61 om gemensam kostenhet 62 Samverkansplattform", Vallentuna's
    # contents, where a row's title lost its opening words).
    candidates = [m for at, m in enumerate(candidates) if not _COUNTED_IN_RUNNING_TEXT.match(text, m.end())
                  or 0 < at < len(candidates) - 1 and int(candidates[at - 1].group("n")) + 1 == int(m.group("n"))
                  == int(candidates[at + 1].group("n")) - 1]
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
        # Two numbers may be missing (an agenda's list: three, its rows' numbers lost); of the numbers before it, the
        # one whose chain is longest goes on (the nearest where two are as long): a page's number before the list
        # ("4 KALLELSE/ FÖREDRAGNINGSLISTA 4 Direktionen ... Ärenden Sid 1. Justering - 2. Val av ... 5. ...",
        # Jämtlands gymnasieförbund's page 4, rows 3-4 lost) does not take over the chain the list's rows began.
        befores = [found for back in ((1, 2, 3) if sentence_start else (1, 2, 3, 4))
                   if (found := ending.get(n - back))]
        before = max(befores, key=lambda found: found[0], default=None)
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
        coded = all(CASE_NUMBER.match(text, m.end()) for m in chain)
        for match in later:
            last = int(chain[-1].group("n"))
            if last < int(match.group("n")) <= last + 3:
                chain.append(match)
            elif coded and int(match.group("n")) > last and len(_coded_openings(
                    text, chain[-1].end(), match.start())) == int(match.group("n")) - last - 1:
                # Rows that each open with their case number after their number ("8. KS/2019:46 Kommunstyrelsens
                # bokslut KS/2019:44 Tilläggsbudget ... KS/2019:43 Upphörande ... 13. KS/2019:54 ...", Flen): the
                # rows whose numbers were lost open with theirs, as many as the numbers lost; the list goes on.
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
    # Detaljplan ...", Nacka), a few rows on as under a running head; the heads may open the page's text, its running
    # head cut off before them ("Ärende Beteckning Förslag 4. Samverkan ...", Kungsbacka's table).
    continuing = continuing or bool(expected is not None and expected <= first <= expected + 3 and list_head
                                    and (" " + text[:chain[0].start()]).rstrip().endswith(" " + list_head))
    # A protocol's items must each open a sentence, so two in a row are enough there.
    return chain if len(chain) >= (2 if sentence_start else least) or continuing else []


# An agenda's rows numbered with the year ("250/18 Förlängning av ...", "122/18 Val av justerare"): the
# meeting's items counted through the year (Nynäshamn, Region Uppsala); extraction often keeps only the
# year of all but a few ("/18 Svar på remiss - Avfallsplan").
_YEAR_NUMBERED_ROW = re.compile(r"(?:(?<=\s)|^)(?P<n>\d{1,3})?/(?P<year>\d{2})\s+(?=[A-ZÅÄÖ])")
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


# What a list's first row stands under: the list's heading ("FÖREDRAGNINGSLISTA", "Förteckning över kommunstyrelsens
# ärenden den 11 september"), the page's labels, a table's column heads ("Diarienr", "Föredragande", "Sid").
_LIST_HEADING = r"(?i:föredragningslista|dagordning|ärendelista|ärenden)"
_UNDER_THE_LIST = re.compile(_LIST_HEADING + r"(?:\s+(?:den\s+)?\d{1,2}\s+(?i:" + MONTH_WORDS + r"))?\b"
                             r"|\b(?i:kallelse|underrättelse|sammanträdesdatum|datum|blad nr|blad|sida|sid|nr|dnr"
                             r"|diarienr|diarienummer|föredragande)\b\.?:?")
_LIST_OR_AGENDA_WORD = re.compile(_LIST_HEADING + "|" + alternation(AGENDA_KINDS), re.IGNORECASE)
_LOST_ROW_CELLS = 4  # a flattened table's cells after the lost row's title (its Dnr, presenter, time, page)


def _first_row_lost(head: list[Line], items: list[Item]) -> tuple[list[Line], list[Item]]:
    """A list whose rows count from 2, no row 1 read nor stated: row 1's number was lost, and its title is what
    stands right under the list's heading before row 2, read as a row of no number. Run on after the page's head of
    the list's kind, labels and body ("FÖREDRAGNINGSLISTA Sammanträdesdatum Blad nr Kommunstyrelsen Information om
    Industrimodellen 2. Information från Servanet", Strömsund) or after the list's heading ("... Förteckning över
    kommunstyrelsens ärenden den 11 september Närvaro 2. Val av justerare", Alvesta: a standing row); or a table
    given one cell a line, the title below its column heads ("Diarienr" / "Föredragande" / "Sid" /
    "Verksamhetsredovisning fritidsavdelningen" / "KST 2015/51" / "Kicki Velander" / "2" / ..., Torsby). Anything
    else there (a number, a sentence, a label, a name) is the head's, and no row is read."""
    if not items or items[0].number != 2 or not items[0].key or any(item.number == 1 for item in items):
        return head, items
    filled = [index for index, line in enumerate(head) if line.stripped]
    if not filled:
        return head, items
    columns = [index for index in filled[-_LOST_ROW_CELLS - 2:] if _COLUMN_HEADS.match(head[index].stripped)]
    if columns and columns[-1] != filled[-1]:
        below = [index for index in filled if index > columns[-1]]
        title = head[below[0]].stripped
        if len(below) <= _LOST_ROW_CELLS + 1 and _lost_row_title(title):
            row = Item("", 0, head[below[0]].number, title, [head[index] for index in below[1:]], row=items[0].row)
            return head[:below[0]], [row, *items]
        return head, items
    last = head[filled[-1]]
    anchors = [m.end() for m in _UNDER_THE_LIST.finditer(last.stripped)]
    anchors += [at + len(name) for at, name in bodies_in(last.stripped)]
    if not anchors or not _LIST_OR_AGENDA_WORD.search(last.stripped):
        return head, items
    title = last.stripped[max(anchors):].strip(" -–")
    if not _lost_row_title(title):
        return head, items
    kept = Line(last.number, last.stripped[:max(anchors)].strip(), page_start=last.page_start)
    row = Item("", 0, last.number, title, row=items[0].row)
    return [*head[:filled[-1]], kept, *head[filled[-1] + 1:]], [row, *items]


# A list's heading alone on its line (as meetingdocs' _LIST_START, which imports this module, reads one), and the
# words of a table's column heads under it ("Ärende Kommentar").
_LIST_HEADING_ALONE = re.compile(r"^" + _LIST_HEADING + r"\s*:?$")
_COLUMN_WORDS = {"ärende", "ärenden", "nr", "dnr", "diarienr", "diarienummer", "föredragande", "sid", "sida", "tid",
                 "kommentar", "anm", "anmärkning", "noteringar", "beteckning", "förslag", "handläggare", "bilaga"}


def _unnumbered_row_above_the_first(head: list[Line], items: list[Item]) -> tuple[list[Line], list[Item]]:
    """A list set one row a line whose row 1 has a row above it, right under the list's heading, that the list does
    not number: that row, of no number ("Ärenden" / "Allmänhetens frågestund" / "1. Information om ...", Dorotea: a
    matter; "ÄRENDEN" / "Justering" / "1. KS/2018:196 ...", Flen, and "Föredragningslista" / "Mötets öppnande" /
    "1 Godkännande av dagordning", Region Kalmar län: standing rows, dropped as such). A table's column heads there
    ("Ärende Kommentar", Gotland), a date, a label or a name are the head's."""
    filled = [index for index, line in enumerate(head) if line.stripped]
    if not items or items[0].number != 1 or not items[0].key or len(filled) < 2 \
            or not _LIST_HEADING_ALONE.match(head[filled[-2]].stripped):
        return head, items
    above = head[filled[-1]]
    if not _lost_row_title(above.stripped) or _GROUP_HEADING_ALONE.match(above.stripped) or {
            word.strip(".,/:()").lower() for word in above.stripped.split()} <= _COLUMN_WORDS:
        return head, items
    return head[:filled[-1]], [Item("", 0, above.number, above.stripped, row=items[0].row), *items]


_CAPITAL_OPENING = re.compile(r"[A-ZÅÄÖ][a-zåäö]")
_FIGURE_LABEL_OR_SENTENCE = re.compile(r"\d|:|[.!?]\s")


def _lost_row_title(text: str) -> bool:
    """Whether `text` reads as a row's title alone: a capital opening words in lower case, up to fifteen words, no
    figure (a date, a page, a number), no label's colon, no sentence, no person's name."""
    return bool(_CAPITAL_OPENING.match(text)) and len(text.split()) <= 15 \
        and not _FIGURE_LABEL_OR_SENTENCE.search(text) and not naming.looks_like_person(text)


_ALONE_CHAIN_REACH = 12  # lines a table's row may take, cell by cell, before the next row's number


def _rows_counting_on(lines: list[Line]) -> set[int]:
    """The lines (by id) of numbered rows ("5 Deltagande ...") whose next numbered line counts on from them (6): a
    list's row however many numbers before it were lost (the parser bounds that: _LOST_ROWS_AT_MOST), as
    _alone_number_chain_starts finds a table's first row whose numbers stand alone. (Two lines counting on were
    asked for, and a list skipping a number two rows before its end lost both rows: "7 ... 9 ... 10 ...".)"""
    numbered = [(id(line), int(m.group("n"))) for line in lines
                if (m := _NUMBERED.match(line.stripped)) and not _DAY_AND_MONTH.match(line.stripped)]
    return {key for (key, number), (_key, after) in itertools.pairwise(numbered) if after == number + 1}


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


# A case number opening a row inside a run-on line: after a space, a capitalised title's first word after it.
def _coded_openings(text: str, start: int, end: int) -> list[re.Match]:
    """The case numbers in text[start:end] that stand after a space, a capitalised word after them, none the first
    word of the span (its own row's number)."""
    return [m for m in CASE_NUMBER.finditer(text, start, end) if m.start() > start and text[m.start() - 1] == " "
            and re.match(r"\s+[A-ZÅÄÖ][a-zåäö]", text[m.end():end]) and text[start:m.start()].strip()]


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


# A row's number glued to its title's first word, its space lost ("... vägbelysning 5.Äskande om ...", Övertorneå;
# "... (KS/2013:1182) 8 60Motion om ...", Tranemo's page then §).
_GLUED_TO_TITLE = re.compile(r"(?<=\s)(?P<n>\d{1,3})(?P<dot>\.?)(?=[A-ZÅÄÖ][a-zåäö]{2,}\s)")
_COUNT_REACH = 400  # characters a row (with its case number and page) may take before the next row's number


def _unglue_counted_numbers(text: str) -> str:
    """A number glued to the word after it is set apart where it goes on with the count of the row numbers before it
    in the line: the number one less stands on its own within a row's reach before it ("4. Antagande av ... 5.Äskande
    ... 6. Kyld mat", Övertorneå; "59 Motion ... 8 60Motion ... 10 61Motion", Tranemo; as Trosa's numbers glued to
    the word before are, _unglue_row_numbers). A lone figure glued to a word ("2Kallelse") is left."""
    pieces, done = [], 0
    for match in _GLUED_TO_TITLE.finditer(text):
        n = int(match.group("n"))
        # (the text before, with the number set apart just before it)
        before = (pieces[-1][-_COUNT_REACH:] if pieces else "") + " " \
            + text[max(done, match.start() - _COUNT_REACH):match.start()]
        if n > 1 and re.search(r"(?:^|\s)" + str(n - 1) + (r"\.\s" if match.group("dot") else r"\.?\s"), before):
            pieces.append(text[done:match.end()])
            done = match.end()
    return " ".join([*pieces, text[done:]]) if pieces else text


_ROW_THEN_PAGE_NEEDED = 3  # rows giving number then page, the numbers one by one, that make the second a page


def _row_then_page_dropped(text: str) -> str | None:
    """'1 2 Val av justerare 2 3 Godkännande ... 3 4 Årsredovisning ... 4 6 ...': an agenda's contents list giving each
    row's number, then its page, then its title: two rising runs, the first counting by one at every row and the second
    not (it jumps): the first is the rows', the pages are dropped; else None."""
    pairs = list(_NUMBER_AND_PAGE.finditer(text))
    numbers, pages = [int(m.group("n")) for m in pairs], [int(m.group("page")) for m in pairs]
    if len(pairs) < _ROW_THEN_PAGE_NEEDED or any(b != a + 1 for a, b in itertools.pairwise(numbers)) \
            or all(b == a + 1 for a, b in itertools.pairwise(pages)) or pages != sorted(pages):
        return None
    return _NUMBER_AND_PAGE.sub(lambda m: m.group("n") + " ", text)


# A § head inside a run-on page's text: a number right after a sentence's end, a case label after it.
_LABELLED_PARAGRAPH_IN_TEXT = re.compile(r"(?<=[a-zåäö)][.!?])\s+(?P<n>[1-9]\d{0,2})\s+(?=(?i:dnr)\.?:?\s)")


def _labelled_paragraph_in_text(text: str, expected: int | None) -> re.Match | None:
    """The one § head (_LABELLED_PARAGRAPH_IN_TEXT) in a run-on line whose number counts on from the last § read (one
    or two numbers lost between), else None."""
    if expected is None:
        return None
    found = [m for m in _LABELLED_PARAGRAPH_IN_TEXT.finditer(text) if expected <= int(m.group("n")) <= expected + 2]
    return found[0] if len(found) == 1 else None


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
        if not protocol and (paged := _row_then_page_dropped(line.stripped)) is not None:
            line = Line(line.number, paged, page_start=line.page_start, item_start=line.item_start)
        year_rows = None if protocol else _year_numbered_rows(line.stripped)
        if year_rows:
            if year_rows[0]:
                result.append(Line(line.number, year_rows[0], page_start=line.page_start))
            result.extend(Line(line.number, row, item_start=True) for row in year_rows[1:])
            continue
        chain = _number_chain(line.stripped, expected, sentence_start=protocol, list_head=list_head,
                              least=2 if continued else 3)
        text = line.stripped
        labelled = _labelled_paragraph_in_text(text, expected) if protocol and not chain else None
        if labelled is not None:
            # "... lägger meddelandet till handlingarna. 216 Dnr 2014/ KS Politiska uppdrag ...": one § run on inside
            # a page's text, its number counting on from the last § read and its case label after it (Borgholm's
            # form, § 215 lost with its page's head): the § opens there.
            result.append(Line(line.number, text[:labelled.start()].rstrip(), page_start=line.page_start))
            result.append(Line(line.number, text[labelled.start("n"):], page_start=True))
            expected = int(labelled.group("n")) + 1
            continue
        if not chain:
            opens = re.match(r"\d{1,3}\s", text) and expected is not None and int(text.split()[0]) >= expected
            if protocol:
                pieces = []
            elif len(_LOST_LABELS.findall(text)) >= LOST_NUMBER_LABELS_IN_A_LIST:
                pieces = _cut_after_lost_labels(text)
            else:
                pieces = _split_after_case_numbers(text)
            serials = [] if protocol or len(pieces) >= 3 else _split_before_serials(text)
            if serials:
                # Rows each opening with what a copy site left of its case number, the serial alone ("/554
                # Förvaltningschefen m.fl. informerar * ... /30 Ekonomirapport 2014 * /483 ..."): a row each, the head
                # before the first.
                if serials[0]:
                    result.append(Line(line.number, serials[0], page_start=line.page_start))
                result.extend(Line(line.number, piece, item_start=True) for piece in serials[1:])
                continue
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
        elif head and (inner := _list_before_the_list(head, chain, protocol)):
            # Two lists, each under its section's heading: "Information 1. Ekonomi. 2. ... 5. ... Beslut ... Ks 87
            # Ändring i ... Ks 88 ..." (Ragunda): the first, numbered from 1, before the longer one counting on from
            # its own numbers, is rows as well, not the head's text.
            if head[:inner[0].start("n")].strip():
                result.append(Line(line.number, head[:inner[0].start("n")].strip(), page_start=line.page_start))
            ends = [*(m.start("n") for m in inner[1:]), len(head)]
            result.extend(Line(line.number, head[m.start("n"):end].strip(), item_start=True)
                          for m, end in zip(inner, ends, strict=True))
        elif head:
            result.append(Line(line.number, head, page_start=line.page_start))
        # An agenda's row ends where the next row's body code begins ("Ks 87 Ändring i ... Ks 88 Delårsbokslut"):
        # the code numbers the next row as a protocol's paragraph code does, it is no part of this row's title.
        ends = [*(m.start() for m in chain[1:]), len(text)] if not protocol else [*starts[1:], len(text)]
        pieces = _unstack([text[start:end].strip() for start, end in zip(starts, ends, strict=True)])
        if not protocol:
            # "2. Fastställande av föredragningslista -": the row's page cell left empty (_EMPTY_PAGE_CELL), no word.
            pieces = [_EMPTY_PAGE_CELL.sub("", piece + " ").rstrip() or piece for piece in pieces]
        if not protocol and len(pieces) == len(chain):
            pieces = _split_rows_of_lost_numbers(pieces, [int(m.group("n")) for m in chain])
        # The list's rows each closed by their case number's label, its number lost (_LOST_NUMBER_LABEL), as a
        # column is: every such label a row's end, however short the titles ("Resepolicy Dnr Målarbete Dnr ...").
        labelled_column = not protocol and sum(
            len(_LOST_LABELS.findall(piece)) for piece in pieces) >= LOST_NUMBER_LABELS_IN_A_LIST
        code = None if protocol or labelled_column else _code_column(pieces)
        for index, piece in enumerate(pieces):
            if protocol:
                result.append(Line(line.number, piece, page_start=True))
                continue
            if code is not None:
                rows = _rows_of_a_code_column(piece, code)
                # (the last row cut out of the list's last piece: its end not proved, the text may go on; no row)
                unbounded = rows.pop() if index == len(pieces) - 1 and len(rows) > 1 else None
                result.extend(Line(line.number, row, item_start=True) for row in rows)
                if unbounded:
                    result.append(Line(line.number, unbounded))
                continue
            # An agenda whose item numbers were lost in between: its titles each end with
            # their (perhaps cut) case number ("... (KF) KS-2014/ Seniorboende ... KS-2014/ ...").
            parts = _cut_after_lost_labels(piece) if labelled_column else _split_after_case_numbers(piece)
            if not labelled_column and (len(parts) < 3 or any(len(part.split()) < 4 for part in parts[:-1])):
                parts = [piece]
            result.extend(Line(line.number, part, item_start=True) for part in parts)
        expected = int(chain[-1].group("n")) + 1
        # The words the list's first row stands under: a table's column heads a later page may repeat.
        list_head = list_head or " ".join(text[:chain[0].start()].split()[-3:]) or None
    return result


def _list_before_the_list(head: str, chain: list[re.Match], protocol: bool) -> list[re.Match]:
    """An agenda's first list in the text before its longest one (`chain`, counting on from a number above 1): three
    rows at least numbered from 1, each "N." as lists number them; [] otherwise (and in a protocol)."""
    if protocol or int(chain[0].group("n")) <= 1:
        return []
    inner = _number_chain(head, None, sentence_start=False)
    if not inner or int(inner[0].group("n")) != 1 or any(head[m.end("n"):m.end("n") + 1] != "." for m in inner):
        return []
    return inner


# A list table's column heads, then its first row's number: "Föredragningslista Föredragande 10. Motion från ..."
# (Uddevalla), "Nr Ärende Noteringar 1. Val av ..." (Nacka), "Nr Ärende Diarienummer 17. Handlingar ..." (Sandviken),
# "Ärende Dnr sid 1. Revisionen informerar" (Orust).
_ROW_AFTER_COLUMN_HEADS = re.compile(r"\b(?:Föredragande|Ärenden?|Noteringar|Dnr|Diarienummer|Diarienr|Kommentar|sid)"
                                     r"\s+(?=\d{1,3}\.?\s+[A-ZÅÄÖ][a-zåäö])")


# Where a row whose number was lost begins inside the row above: a word in lower case (or a figure) that leaves
# no title open, then a capitalised word ("Intern kontrollplan Föreningsbidrag 2020 ..."); or the row's case number
# column whose serial was lost, its code and slash left ("... Badbolagets styrelse KS/ Förändring av maxtaxan ...",
# Strömstad's "Nr Ärenderubrik Diarienummer").
_ROW_BOUNDARY = re.compile(r"(?<=\s)(?P<last>[a-zåäö][a-zåäö-]*|\d[\d:/.-]*|[A-ZÅÄÖ]{2,6}/)\s+(?=[A-ZÅÄÖ][a-zåäö])")
# The words after which a title goes on (meetingwords' _OPEN_ENDINGS), and three a row is never cut after: "... efter",
# "... under", "... ur" leave the row's phrase open too.
_OPEN_WORD_ENDINGS = tuple(ending for ending in _OPEN_ENDINGS if ending.startswith(" "))  # (" och", " på", ...)
_LEAVES_OPEN = {ending.strip() for ending in _OPEN_ENDINGS if ending.startswith(" ")} | {"efter", "under", "ur"}


# A row's opening words after its number, a capitalised word and one that leaves it open ("Beslut om", "Svar på").
_ROW_OPENING = re.compile(r"[A-ZÅÄÖ][a-zåäö]+ (?:" + "|".join(sorted(_LEAVES_OPEN)) + ")")


_PIECE_NUMBER = re.compile(r"^\s*\d{1,3}\.?\s+")  # a run-on piece's row number, as _RUN_NUMBER reads it


# A note telling where the papers are ("Samtliga budgetförslag finns att läsa på uddevalla.se/kallelse och på
# kommunledningskontoret", "Handlingar till ovanstående ärenden finns tillgängliga på kommunkontoret", "Handlingarna
# till sammanträdet finns tillgängliga i Stadshuset": the texts of Uddevalla, Vingåker, Uppsala, Åsele, Bjurholm,
# Degerfors, Lund, Sjöbo; no gold title holds one), run on before the next row's number: no row's words. (Not a
# title's clause: "Motion om att handlingar finns tillgängliga ...".)
_PAPERS_ARE_AT = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:\s+(?!(?:om|att|angående|gällande|avseende|kring)\b)"
                            r"[a-zåäö][\wåäö-]*){0,5}\s+finns\s+(?:att\s+läsa|att\s+ta\s+del\s+av|tillgängliga?"
                            r"|utlagda?|publicerade?)\s+(?:på|i|hos|för)\s.*?(?=\s+\d{1,3}\.\s+[A-ZÅÄÖ])")


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
        own = _PIECE_NUMBER.match(piece)
        # (Never before a case number's label whose number was lost: it closes the row above, "4 Meddelanden ks Dnr
        # Redovisning av ...", Kalix; _split_after_case_numbers cuts after it.)
        cuts = [m for m in _ROW_BOUNDARY.finditer(piece) if m.group("last") not in _LEAVES_OPEN
                and not _CASE_NUMBER_ONLY.match(piece[own.end() if own else 0:m.end()].strip())
                and not _LOST_LABEL_NEXT.match(piece, m.end() - 1)]
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


# (Not after the § head's case label left empty, "Kf 126 Ks 143 Dnr ARVODEN FÖR FÖRTROENDEVALDA Ärende ...": the
# heading is that §'s own title, as the title below an empty label is (Kil, Ronneby, Skellefteå, Hofors).)
# (Nor the protocol's anslag box, "... Irja Gustavsson ANSLAG BEVIS Protokollet är justerat ...", "BEVIS OM ANSLAG",
# "ANSLAG/BEVIS": the front page's form, no §.)
_CAPS_HEADING_IN_RUN = re.compile(r"(?:(?<=[a-zåäö])|(?<=[a-zåäö]\.))(?<![Dd]nr)(?<![Dd]nr\.)\s+"
                                  r"(?P<heading>(?!\w*PROTOKOLL|KALLELSE|ANSLAG|BEVIS)" + _CAPS_TITLE
                                  + r")\s+(?=[A-ZÅÄÖ][a-zåäö])")
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
            if number and len(titles) != len(stacked) + 1:
                # The stacked numbers prove how many titles run together after them ("KS 149 ... KS 155 KS 156
                # Uthyrning av ... badplatserna Femörefortet Långsiktig åtgärdsplan ... Taxa för ...", Oxelösund).
                titles = counted_titles(piece[number.end():], len(stacked) + 1) or titles
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


_PARTY_MARK = re.compile(r"\((?:" + PARTY_LETTERS + r"|VL)\)", re.IGNORECASE)  # a member's party: "(S)", "(kd)"
# A word a title may open with: a capital, then small letters ("Femörefortet", "Extraärende:"), perhaps a comma or a
# colon after it. (Not an acronym's compound, "IT-infrastrukturprogram": an acronym is capitalised anywhere in a
# sentence, so its capital says nothing of where a title opens; "Bygdeavgiftsmedel IT-infrastrukturprogram" is one
# title in Härjedalen's gold.)
_CAPITALISED_WORD = re.compile(r"^[A-ZÅÄÖ][a-zåäöéü]+-?[,:]?$")


def _sentence_case_openings(text: str) -> list[int]:
    """Every place a further title may open in titles run together, by sentence case alone: a capitalised word
    (_CAPITALISED_WORD) that is no name's word. A name's word stands after a word that leaves a phrase open ("för",
    "och", a comma, a colon, a dash: "... för Hönsäter", "Ansökan från Oxelösunds Simsällskap"), or after a name's
    word, or before a place's noun ("Götene kommun"), or inside a bracket, or after a year ("2020 Kommunstyrelsen").
    A capitalised word right after a title's opening word may open the next title ("Flerårsplan Delårsrapport") or
    go on a name ("Glass Art Society"): it counts as an opening, so a name of two capitalised words gives more
    openings than titles. Only a count the text proves elsewhere may take these (counted_titles)."""
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    found: list[int] = []
    name_word_before = False  # the word before is a capitalised word that opens no title (a name's)
    open_brackets = 0
    title_from = 0  # the token the title read last opens with
    for i in range(1, len(tokens)):
        word, before = tokens[i][1], tokens[i - 1][1]
        after = tokens[i + 1][1] if i + 1 < len(tokens) else None
        open_brackets = max(0, open_brackets + before.count("(") - before.count(")"))
        if not _CAPITALISED_WORD.match(word):
            name_word_before = False
            continue
        # (Nor a member's name before the party's letters: "Peter Hermansson (S) 41-50, ...", a list of members.)
        named = after in _PLACE_NOUNS or after is not None and _PARTY_MARK.fullmatch(after.rstrip(",.;")) is not None
        opens = not open_brackets and not name_word_before and before.lower() not in _JOINING_WORDS \
            and not before.isdigit() and before[-1] not in ",;(/-–&:" and not named
        if before.endswith(":") and _LOST_DIGITS.match(before) \
                or before == "för" and any(_YEAR_TAKER.fullmatch(token) for _at, token in tokens[title_from:i - 1]):
            # (after a number's digits lost, "... 71:1 och 8: Fastighetsreglering ..."; after a plan's or an account's
            # "för" whose years were lost, "Budget 2016 med plan för Begäran om medel ...", as _title_openings reads)
            opens = not open_brackets and not named
        if opens:
            found.append(tokens[i][0])
            title_from = i
        name_word_before = not opens
    return found


def _counted_openings(text: str, further: int) -> list[int]:
    """Where the `further` titles run on in `text` after its first open (_sentence_case_openings), when the text
    proves that count elsewhere (numbers stacked before the run, a gap in a list's numbers) and exactly as many
    openings stand there, after the row's own case number; [] otherwise (which capital opens a title is unknown)."""
    if _SENTENCE_END.search(text):
        return []  # (a row run on into sentences, "Nästa sammanträde 1. Nästa ordinarie sammanträde ska äga rum ...")
    cuts = _past_own_number(text, _sentence_case_openings(text))
    return cuts if len(cuts) == further else []


def _first_word_again(text: str, further: int) -> list[int]:
    """Where the row's first word, capitalised, stands again after a word's end, exactly `further` times: each the
    opening of a further title of the same kind, its number lost ("71 Fastighetsreglering Funäsdalen 71:1 och 8:
    Fastighetsreglering Tännäs Kyrkby 17:10 ... 73", Härjedalen: one number lost, the word once again); [] otherwise.
    Lists name matters of one kind one after the other (_recurring_openings), and the count proves the cut."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if not _CAPITALISED_WORD.match(first) or len(first) < 4 or _SENTENCE_END.search(text):
        return []  # (a row running on into a sentence, "Nästa sammanträde 1. Nästa ordinarie sammanträde ska ...")
    again = [m.start() for m in re.finditer(r"(?<=\S\s)" + re.escape(first) + r"(?=\s)", text)
             if text[:m.start()].split()[-1].lower() not in _JOINING_WORDS]  # ("... 2016 och Budget 2017": one)
    return again if len(again) == further else []


def counted_titles(text: str, count: int) -> list[str] | None:
    """`text` cut into the `count` titles the text proves run together there (_counted_openings); None otherwise."""
    pieces = _cut(text, _counted_openings(text, count - 1)) if count > 1 else [text]
    return pieces if len(pieces) == count else None


def _cut(text: str, cuts: list[int]) -> list[str]:
    """The text's non-empty pieces between the cut positions, stripped."""
    bounds = [0, *cuts, len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]


# A row's case number label whose number the extraction lost or cut ("... (rapport) 2019 Dnr Kommunstyrelsens
# uppsiktsplikt ... Dnr Prognosrapport ...", Kalix; "... skolmöbler. Dnr 2014KS Information om ...", Härryda's scan,
# its year and registry's code left, "20l4KS5l" as OCR reads them): a cell between two rows' titles, holding no value.
# (Not a list's column heads: "Ärende Dnr Föredragande".)
# The label, and what a scan left of the number after it: its year and registry's code ("Dnr 2014KS").
_LOST_LABEL_ITSELF = r"(?<=\s)(?-i:Dnr)(?:\s+(?:19|20)[\dlI]{2}[A-ZÅÄÖ]{1,6}[\dlI]{0,3})?"
_LOST_NUMBER_LABEL = (_LOST_LABEL_ITSELF
                      + r"(?=\s+(?!(?:Föredragande|Handläggare|Sida|Sid|Beslut|Ärende)\b)"
                      r"(?![A-ZÅÄÖ][a-zåäö]{0,4}[\s/.-]*\d)[A-ZÅÄÖ][a-zåäö])")  # (nor a body's code, "Dnr Ks 2019/12")
LOST_NUMBER_LABELS_IN_A_LIST = 3  # such cells that make a list's column, not a title's word
_LOST_LABELS = re.compile(_LOST_NUMBER_LABEL)
_LOST_LABEL_NEXT = re.compile(r"\s" + _LOST_NUMBER_LABEL)  # one standing right after a space
# In a list whose rows are so closed (LOST_NUMBER_LABELS_IN_A_LIST), such a label ends its row whatever follows: the
# next row's title cut at its start ("Dnr s äldreplan remiss", Kalix), its number OCR'd to a letter ("Dnr 2014KS l.
# Motion ...", Härryda: the "l." no number, left out), a number printed after a sentence ("... delårsbokslut. 3.
# Samverkansavtal ...").
_LOST_LABEL_IN_COLUMN = re.compile(_LOST_LABEL_ITSELF
                                   + r"(?:\s+[lI]\.)?(?=\s+\S|$)")
_LOST_LABEL_AT_END = re.compile(_LOST_LABEL_ITSELF + "$")
_NUMBERED_AFTER_SENTENCE = re.compile(r"(?<=[a-zåäö)]\.)\s+(?=\d{1,3}\.\s+[A-ZÅÄÖ][a-zåäö])")


def _cut_after_lost_labels(text: str) -> list[str]:
    """A run of a list's rows each closed by a case number's label whose number was lost (see _LOST_LABEL_IN_COLUMN):
    each row's text without its label, cut after each label and before a row's number printed after a sentence."""
    cuts = sorted({*(m.end() for m in _LOST_LABEL_IN_COLUMN.finditer(text)),
                   *(m.end() for m in _NUMBERED_AFTER_SENTENCE.finditer(text))})
    pieces = _cut(text, cuts)
    return [_LOST_LABEL_AT_END.sub("", re.sub(r"\s+[lI]\.$", "", piece)).rstrip() or piece for piece in pieces]


# A protocol's contents list whose every row holds its case number's label with the number lost, right after the
# row's § number ("93 Dnr Information 94 Dnr Riktlinjer för ... 100 Dnr Översyn ... Dnr Budgetuppföljning Dnr
# Kommunplan ..."): a label further on inside a row opens a row whose § number was lost too, as a column's cell would.
_NUMBER_THEN_LOST_LABEL = re.compile(r"^\d{1,4}\s+(?=" + _LOST_NUMBER_LABEL + ")")
_LOST_LABEL_OPENING = re.compile(r"^Dnr(?:\s+(?:19|20)[\dlI]{2}[A-ZÅÄÖ]{1,6}[\dlI]{0,3})?\s+")
_SENTENCE_IN_ROW = re.compile(r"[a-zåäö]{3}[.!?]\s+[A-ZÅÄÖ]")


def _titles_only(rows: list[str]) -> bool:
    """Whether every row cut out of a column's run-on list reads as a title: no longer than one, no sentence in it."""
    return not any(len(row) > _LONGEST_TITLE or _SENTENCE_IN_ROW.search(row) for row in rows)


def _rows_of_a_labelled_contents_list(pieces: list[str]) -> list[str]:
    """A protocol's §§ read in one line (`pieces`, each "N ..."), cut into rows where they are a contents list of
    labelled rows (_NUMBER_THEN_LOST_LABEL): every piece, three at least, opens with its number and the label, and
    each row is a title (_titles_only); the rows cut out without their labels. Else the pieces as they are (a § whose
    text names a "Dnr" is no list)."""
    if len(pieces) < LOST_NUMBER_LABELS_IN_A_LIST or not all(_NUMBER_THEN_LOST_LABEL.match(p) for p in pieces):
        return pieces
    result: list[str] = []
    for piece in pieces:
        labels = list(_LOST_LABELS.finditer(piece))
        parts = _cut(piece, [label.start() for label in labels[1:]])
        rows = [parts[0], *(_LOST_LABEL_OPENING.sub("", part) for part in parts[1:])]
        if not _titles_only(rows):
            return pieces
        result += rows
    return result


# An agenda's numbered rows each opening with their case number's registry code, the numbers lost ("1 KOT Uppdrag om
# ... 2 KOT Åtgärder ... 6 KOT Redovisning av delegationsbeslut KOT Anmälningsärenden KOT ..."): the code a column's
# cell, so where it stands again inside a row, after a word in small letters and before a capital, a row opens whose
# item number was lost too.
_CODE_AFTER_NUMBER = re.compile(r"^\d{1,3}\.?\s+(?P<code>[A-ZÅÄÖ]{2,6})\s+(?=[A-ZÅÄÖ][a-zåäö])")


def _code_column(pieces: list[str]) -> str | None:
    """The registry code every numbered row (three at least) opens with after its number, the same in each; else
    None."""
    if len(pieces) < LOST_NUMBER_LABELS_IN_A_LIST:
        return None
    codes = {found.group("code") if (found := _CODE_AFTER_NUMBER.match(piece)) else None for piece in pieces}
    return codes.pop() if len(codes) == 1 else None  # (a piece without a code adds None: no column)


def _rows_of_a_code_column(piece: str, code: str) -> list[str]:
    """A numbered row cut before each later cell of its list's code column (_code_column), the rows cut out without
    the code; the row whole where a cut-out row would not be a title (longer than one, a sentence in it)."""
    cells = list(re.finditer(r"(?<=[a-zåäö)])\s+" + re.escape(code) + r"\s+(?=[A-ZÅÄÖ][a-zåäö])", piece))
    parts = _cut(piece, [cell.start() for cell in cells])
    rows = [parts[0], *(part[len(code):].strip() for part in parts[1:])]
    return rows if _titles_only(rows[1:-1]) else [piece]


_AFTER_CASE_NUMBER = re.compile(
    r"(?:" + CASE_NUMBER.pattern + r"|\b[A-ZÅÄÖ]{2,8}[ -]?\d{4}[/:.-]|\b[A-ZÅÄÖ]{2,8}-"
    # a labelled number of which only the registry's code is left ("... Mitt Bohuslän Dnr KS Information om ...",
    # Uddevalla): the row ends with it, as with a number cut after its year
    r"|(?<=(?i:dnr) )[A-ZÅÄÖ]{2,8}(?= )"
    # a labelled number written year first ("... Delårsuppföljning per mars 2016 Dnr 2016/00220 Årsredovisning ...",
    # Habo): its label makes it the row's number, as the registry's own forms are
    r"|(?<=(?i:dnr) )(?:19|20)\d\d/\d{2,6}\b"
    # the label with its number lost or cut (_LOST_NUMBER_LABEL): the row's last cell still
    r"|" + _LOST_NUMBER_LABEL + r")"
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


# An item's section heading ("Förslag till beslut", "Sammanfattning", ...): after a case number it shows the number is
# labelled inside the item's own text ("Kompletteringsval ... Diarienummer: 20RS6891 Förslag till beslut Regionstyrelsen
# beslutar ...", Region Örebro län's list giving each item in full), not a list row's last cell before the next row.
_SECTION_HEADING_NEXT = re.compile(r"\s+(?:Förslag till beslut|Beslutsförslag|Sammanfattning|Ärendebeskrivning"
                                   r"|Beslutsunderlag|Bakgrund|Ärendet|Handlingar i ärendet)\b")


# What a copy site left of a row's case number before its title, its registry's code and year dropped: the serial after
# its slash ("/554 Förvaltningschefen m.fl. informerar", Laholmsbuktens VA's docplayer copy of "LBVA 2014/554").
_SERIAL_LEFT = re.compile(r"(?:(?<=\s)|^)/\d{1,5}\s+(?=[A-ZÅÄÖ][a-zåäö])")
_SERIALS_NEEDED = 3  # rows so marked that make a list, not a fraction or a number in one title


def _split_before_serials(text: str) -> list[str]:
    """'Head /554 Title A * /30 Title B /483 Title C' -> ['Head', 'Title A *', 'Title B', 'Title C'] (the serials, no
    case number whole, dropped); [] where fewer than _SERIALS_NEEDED rows are so marked."""
    marks = list(_SERIAL_LEFT.finditer(text))
    if len(marks) < _SERIALS_NEEDED:
        return []
    bounds = [*(m.start() for m in marks), len(text)]
    pieces = [text[m.end():end].strip() for m, end in zip(marks, bounds[1:], strict=True)]
    # The standing closing row, then a row whose mark was lost with its case number ("/11 Övriga frågor Ärende som
    # berör personal"): two rows.
    rows: list[str] = []
    for piece in pieces:
        closing = _CLOSING_THEN_ROW.match(piece)
        rows.extend([closing.group(1), piece[closing.end():]] if closing else [piece])
    return [text[:marks[0].start()].strip(), *rows]


_CLOSING_THEN_ROW = re.compile(r"^(Övriga frågor)\s+(?=[A-ZÅÄÖ][a-zåäö]+\s+\S+\s+\S)")


def _split_after_case_numbers(text: str) -> list[str]:
    """'Title A (KF) KS-2014/ Title B (KF) KS-2015/ Title C' -> each title with its number. (Not where the number
    heads an item's own text: a section heading follows it, see _SECTION_HEADING_NEXT.) Where the text opens with
    such a number, each row gives its number before its title ("KS/2018:196 Svar på medborgarförslag ...
    KS/2019:31 Svar på ...", Flen's rows whose list numbers were lost): cut before each number instead."""
    first = _AFTER_CASE_NUMBER.match(text)
    pieces = _cut(text, [m.start() if first else m.end() for m in _AFTER_CASE_NUMBER.finditer(text)
                         if m.start() > 0 and text[m.start() - 1] == " "
                         and not _SECTION_HEADING_NEXT.match(text, m.end())])
    # (A label whose number was lost closes its row with no value: "2014KS" is what is left of one, never the row's
    # case number.)
    pieces = [_LOST_LABEL_AT_END.sub("", piece).rstrip() or piece for piece in pieces]
    # A note on where the papers are, then the next row with its number: the note is no row's (_PAPERS_ARE_AT).
    return [piece[notice.end():].strip() if (notice := _PAPERS_ARE_AT.match(piece)) else piece for piece in pieces]


# A protocol's list of its paragraphs ("Innehållsförteckning", "Ärendeförteckning", "Paragrafer
# Ärenden Sida"): what follows is its rows, each a number and a title, run together on one line.
# Also the agenda the meeting worked by, quoted as a heading in capitals over rows numbered from 1 ("F Ö R E D R A G N
# I N G S L I S T A 1. Protokolljustering 2. ...", Osby), as kallelser head theirs.
# A row's number may follow the body's code ("Innehåll BUN 116 Skolchef BUN 117 ...", "Ärenden KS 12 ...").
_ROW_CODE = r"(?-i:[A-ZÅÄÖ][A-Za-zåäö]{0,2}[A-ZÅÄÖa-zåäö]?)"
_CONTENTS_LABEL = re.compile(
    r"\b(?:innehållsförteckning|ärendeförteckning|ärendelista|paragrafer\s+ärenden(?:\s+sida)?"
    r"|(?-i:FÖREDRAGNINGSLISTA|DAGORDNING|[Ff]öredragningslista|[Dd]agordning)(?=\s*:?\s+1[.)]\s+[A-ZÅÄÖ])"
    # (Under the list's "Ärende" column head too, as after "Innehållsförteckning" (_LEADING_COLUMN_HEADS): "Innehåll
    # Ärende 17 Närvarande 18 ...", Södertälje.)
    r"|(?:innehåll|(?-i:Ärenden|ÄRENDEN)|behandlade\s+ärenden)(?=\s*:?\s+(?:(?-i:Ärende)\s+)?(?:" + _ROW_CODE
    + r"\s+)?\d{1,3}\s+[A-ZÅÄÖ])"
    # The list said in a sentence ("FÖLJANDE ÄRENDEN BEHANDLADES PÅ SAMMANTRÄDET: 85 Aktuella ...", Nybro's protocols),
    # its first row's number and title after it.
    # The heading the list's page gives in Skåne's template, its rows each with their page labelled: "Ärenden vid
    # dagens sammanträde med Barn- och Utbildningsnämnden 88 Ändring av föredragningslista sid 4 89 ..." (Ystad;
    # Tomelilla's rows print no page, and countedruns reads them).
    r"|ärenden\s+vid\s+dagens\s+sammanträde(?:\s+med(?:\s+[A-ZÅÄÖ][\wåäö-]*(?:\s+(?:och|[A-ZÅÄÖ][\wåäö-]*)){0,4})?)?"
    r"(?=\s*:?\s+\d{1,3}\s+[A-ZÅÄÖ][^§]{0,150}?\ssid\.?\s+\d{1,3}\s+\d{1,3}\s+[A-ZÅÄÖ])"
    r"|(?:följande\s+ärenden\s+behandla(?:des|s)|behandlades\s+följande\s+ärenden)"
    r"(?:\s+(?:på|vid)\s+(?:dagens\s+)?sammanträdet)?(?=\s*:?\s+\d{1,3}\s+[A-ZÅÄÖ])"
    # Its first row's title whose number the extraction lost ("Innehåll Godkännande av dagordningen Redovisning av
    # ...", Lilla Edet's; Vansbro's): a word as a title opens, then one in lower case (no column heads: "Ärende Sida").
    r"|(?-i:Innehåll)(?=\s+(?-i:[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö])))\b\s*:?\s*"
    r"(?:sidan?\b|sid\b\.?)?\s*", re.IGNORECASE)
# A head set as a table in run-on text: its labels, then their dates in the same order
# ("Sammanträdesdatum Anslaget har satts upp Anslaget tas ner efter 2014-04-15 2014-04-30 2014-05-21").
_TABLE_LABEL = re.compile(
    r"(?P<meeting>sammanträdesdatum|sammanträdesdag)|(?P<approved>justeringsdatum|datum för justering)"
    # (the form's labels also without the word "anslag" or glued to it: "Datum för nedtagande", "Datum för
    # anslagsuppsättande", Nerikes Brandkår, Hallsberg)
    r"|(?P<down>(?:datum då )?anslaget (?:tas|togs) (?:ned|ner|bort)(?: efter)?"
    r"|datum för (?:anslag(?:ets|s)?\s?)?nedtagande)"
    r"|(?P<notice>(?:datum då )?anslaget (?:har satts|sätts|sattes) upp|datum för (?:anslag(?:ets|s)?\s?)?uppsättande"
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


_HEADING_AND_ROW = re.compile(r"^" + list_heading_any_case("innehållsförteckning", "ärendeförteckning") + r"\s*:?\s+"
                              r"(?P<row>\d{1,3}\s+[A-ZÅÄÖ][a-zåäö].*)$")
# A row's page after its title, in a list under its page column's head (PAGE_WORD_BEFORE).
_PAGE_AT_ROW_END = re.compile(r"(?:\s+\d{1,3}\s*[-–]\s*\d{1,3}|(?:(?<=[^\d\s])|(?<=\d{4})|(?<=\d{4}-\d\d-\d\d))"
                              r"\s+\d{1,3})$")


def _row_end_page(match: re.Match) -> int:
    """The page a _PAGE_AT_ROW_END match gives (a range's first: "11 - 21")."""
    return int(re.match(r"\s*(\d+)", match.group()).group(1))


def _pages_rise(found: list[re.Match | None]) -> bool:
    """Whether every row's end gave a page (_PAGE_AT_ROW_END), at least two, the pages never falling."""
    if len(found) < 2 or None in found:
        return False
    pages = [_row_end_page(match) for match in found]
    return pages == sorted(pages)


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


def _stacked_case_numbers(items: list[Item], standing) -> None:
    """A table extracted cell by cell whose rows' titles stand one after the other, then their case numbers in a run
    ("2. Avtal med Trafikverket ..." / "3. Remissvar - ... trafikbuller KS/2014:339 KS/2014:298 Beslut ...",
    Kungsbacka's Ärende / Beteckning / Förslag columns): a row with no text of its own (the row before it not so, or
    a standing one), its number's next row holding exactly two case numbers in a run after its title and none in
    it, takes the first; the order of the columns' cells is the rows' order. `standing`: whether a title is a standing
    item's."""
    def bare(item: Item) -> bool:  # a row of the stack: its title alone
        return bool(item.key) and not item.case_number and not any(x.stripped for x in item.lines) \
            and not CASE_NUMBER.search(item.head)

    for at, (stacked, following) in enumerate(itertools.pairwise(items)):
        if not following.key or following.number != stacked.number + 1 or not bare(stacked):
            continue
        # (Two rows stacked, no more: "7 ... 8 ... 9 ... KS 2015-282 KS 2016-1143", three rows and two numbers, tells
        # no row its number; a standing row before them takes none, "1. Val av justerare".)
        if at and bare(items[at - 1]) and not standing(items[at - 1].head.strip()):
            continue
        run = _TWO_CASE_NUMBERS.search(following.head)
        if run is None or CASE_NUMBER.search(following.head[:run.start()]) \
                or CASE_NUMBER.search(following.head[run.end():]) or len(following.head[:run.start()].split()) < 2:
            continue
        stacked.case_number = run.group("first")
        following.head = f"{following.head[:run.start()]} {run.group('second')}{following.head[run.end():]}"


# (the run ends there, a word after it: not "KS2017/628 KS2017/666 KS2017/ Svar ...", "KS 2015-282 KS 2016-1143 KS
# 2016- Kompletteras", a longer run whose numbers were cut, Sandviken's, which ties no number to its row)
_TWO_CASE_NUMBERS = re.compile(r"\s(?P<first>" + CASE_NUMBER.pattern + r")\s+(?P<second>" + CASE_NUMBER.pattern
                               + r")(?=\s+(?![A-ZÅÄÖ]{1,6}[\s/-]?\d)[A-ZÅÄÖa-zåäö][a-zåäöA-ZÅÄÖ]*(?:\s|$)|$)")


def _case_number_alone(line: Line) -> str | None:
    """The case number a line holds and nothing else ("KS 2019/11", "Dnr KS 2019/11", "Dnr 2019/11")."""
    lead = LEADING_CASE_NUMBER.match(line.stripped)
    if lead and lead.end() == len(line.stripped) and is_case_number(lead.group("base")):
        return lead.group("number")
    labelled = own_case_numbers(line.stripped) if LABELLED.fullmatch(line.stripped) else []  # "Dnr 2019/11"
    return labelled[0] if len(labelled) == 1 else None


# A row's case number bracketed before its title ("1 (KS 2019/11) Information om budgeten"): the row's own.
_BRACKETED_LEAD = re.compile(r"^\((?P<case>[^()]{4,40})\)\s+(?=[A-ZÅÄÖ])")


def case_numbers_above_rows(head: list[Line], items: list[Item]) -> None:
    """Rows whose case numbers stand each on the line ABOVE the row ("KS 2019/11" / "1 Information ..." /
    "KS 2019/12" / "2 ..."): the line right above row 1, in the list's heading, tells the layout, as no row's
    number below it can stand there (or a formality first with a number under it, the last row with none).
    Each row then takes the number above it, not the next row's (left as the
    text under the row above); where the lines between rows hold anything else the layout is not so and nothing
    moves. A row's number bracketed before its title is its own too."""
    for item in items:
        bracketed = _BRACKETED_LEAD.match(item.head)
        if bracketed and not item.case_number and _case_number_alone(Line(item.line, bracketed.group("case"))):
            item.head = f"{bracketed.group('case')} {item.head[bracketed.end():]}"
    # The last row a formality ('Övriga frågor', no number of its own) would leave the numbers read under their rows
    # one over, the document's own number above the list (Trelleborg's 'Diarienummer KS 2020/261'): not told.
    if len(items) < 2 or any(x.case_number for x in items) or FORMALITY.match(items[-1].head.strip().lower()):
        return
    between = [[x for x in item.lines if x.stripped] for item in items]
    # The line right above row 1 (by index, dropped once its number is the row's) and the case number it holds alone.
    above_at = next((at for at in range(len(head) - 1, -1, -1) if head[at].stripped), None)
    above = _case_number_alone(head[above_at]) if above_at is not None else None
    if not above:
        # Or the list opens with a formality, which takes no case number (FORMALITY), a number under it, and the
        # last row, a matter, has none under it: both ends tell the numbers stand above their rows.
        formality_first = len(items) > 2 and FORMALITY.match(items[0].head.strip().lower()) is not None
        last_bare = not between[-1]
        if not (formality_first and last_bare and len(between[0]) == 1 and _case_number_alone(between[0][0])):
            return
    trailing = [trailing_case_number(item.head) for item in items]
    if above and not any(between[:-1]) and all(case for _, case in trailing[:-1]) and not trailing[-1][1]:
        # The same run together on one line ("KS 2019/11 1 Information ... KS 2019/12 2 ..."): each row's head
        # ends with the next row's number, the last with none.
        del head[above_at]
        numbers = [above] + [case for _, case in trailing[:-1]]
        for item, (title, _), number in zip(items, trailing, numbers, strict=True):
            item.head, item.case_number = title, number
        return
    if not all(len(lines) <= 1 for lines in between[:-1]) or sum(len(lines) for lines in between[:-1]) < 1:
        return
    if not all(lines == [] or _case_number_alone(lines[0]) for lines in between[:-1]):
        return
    if between[-1] and _case_number_alone(between[-1][0]) or not between[-2]:
        return  # a number under the last row too, or none over it: the rows' own below them (not this layout)
    numbers = [above] + [_case_number_alone(lines[0]) if lines else None for lines in between[:-1]]
    if above:
        del head[above_at]
    for item, number in zip(items, numbers, strict=True):
        item.case_number = number
        item.lines = [x for x in item.lines if not (x.stripped and _case_number_alone(x) and item is not items[-1])]


# A protocol's item set as a numbered point, no § ("3. Ekonomisk uppföljning februari 2019" on a line of its own):
# a title, not a sentence ("1. Kommunfullmäktige beslutar ...": a decision's point).
# (As long as any title may run: Västra Götalandsregionen's first point has 170 characters.)
# (A colon or point between digits is a title's too: a property's "Fiskebäck 3:76", a version's "2.0".)
_POINT_ROW = re.compile(r"^(?P<n>\d{1,3})\.\s+(?P<title>[A-ZÅÄÖ](?:[^.!?:;]|(?<=\d)[:.](?=\d)){2,"
                        + str(_LONGEST_TITLE) + r"})$")


# A decision's verb ("1. Kommunstyrelsen godkänner att ..."): a decision's point, no item's title.
_DECIDING_VERB_IN_POINT = re.compile(r"(?<![\wåäö])(?:" + _DECIDING_VERB + r")(?![\wåäö])")


def _point_row(text: str) -> re.Match | None:
    """`text` as a protocol's item set as a numbered point (_POINT_ROW), a full stop after its title allowed ("...
    sammanträde."); not a body's decision nor a member's motion ("Anna Berg (S) yrkar ...")."""
    match = _POINT_ROW.match(text.rstrip("."))
    if match and not _BODY_ACTS.search(match.group("title")) and not _PARTY_LABEL.search(match.group("title")) \
            and not _DECIDING_VERB_IN_POINT.search(match.group("title")):
        return match
    return None


def _points_in_stated_range(points: list[tuple[int, re.Match]], stated: tuple[int, int]) -> list[tuple[int, re.Match]]:
    """The points the protocol's front page states as its §§ ("Paragrafer 154-160"): from the first stated number,
    counting up within the range, numbers the excerpt left out skipped ("154. ...", "155. ...", "158. ..."); none
    unless the first stated number opens them."""
    first, last = stated
    run: list[tuple[int, re.Match]] = []
    for index, match in points:
        number = int(match.group("n"))
        if (run and int(run[-1][1].group("n")) < number <= last) or (not run and number == first):
            run.append((index, match))
    return run


def _points_as_items(head: list[Line], stated: tuple[int, int] | None = None) -> tuple[list[Line], list[Item]]:
    """A protocol that read no § at all whose items are numbered points 1., 2., 3. ... each on a line of its own,
    in order from 1 (Västra Götalandsregionen's 'Ärenden till regionfullmäktige 1. Nytt reglemente ...', as the
    kallelser of most municipalities number their items): those points are its items, the lines below each its
    text. Fewer than three in order: no items (the lines as they were)."""
    points = [(index, match) for index, line in enumerate(head) if (match := _point_row(line.stripped))]
    # From 1, or from the number a protocol's §§ begin at ("45. Val av revisorer", "46. ..."): the longest chain.
    # Each point's next is the first point after it numbered one more; walked from the end, so the chain from every
    # point is known in one pass (following each chain from each point was quadratic in a long list of points).
    numbers = [int(match.group("n")) for _index, match in points]
    following: list[int | None] = [None] * len(points)
    lengths = [0] * len(points)
    first_after: dict[int, int] = {}  # a number -> its first point after the one being walked
    for at in range(len(points) - 1, -1, -1):
        following[at] = first_after.get(numbers[at] + 1)
        lengths[at] = 1 + (lengths[following[at]] if following[at] is not None else 0)
        first_after[numbers[at]] = at
    chain: list[tuple[int, re.Match]] = []
    at = max(range(len(points)), key=lengths.__getitem__, default=None)  # the first of the longest
    while at is not None:
        chain.append(points[at])
        at = following[at]
    in_range = _points_in_stated_range(points, stated) if stated else []
    # (the front page's range makes a § of a point one, two or a run with numbers left out: "49. Title" under
    # "Paragrafer 49-50")
    mark = "§" if len(in_range) > len(chain) or len(chain) < 3 and in_range else "punkt"
    chain = in_range if mark == "§" else chain
    if len(chain) < 3 and mark == "punkt":
        return head, []
    starts = {index: match for index, match in chain}
    before: list[Line] = []
    items: list[Item] = []
    for index, line in enumerate(head):
        match = starts.get(index)
        if match:
            number = int(match.group("n"))
            items.append(Item(f"{mark} {number}", number, line.number, match.group("title").strip()))
        elif items:
            items[-1].lines.append(line)
        else:
            before.append(line)
    return before, items


# The agenda the meeting worked by, quoted run on as its numbered points from 1, the standing items first
# ("Kommunstyrelsen beslutar att arbeta efter den: 1) Val av justerare 2) Godkännande av ärendelista 3) ...",
# Hylte; Osby's "F Ö R E D R A G N I N G S L I S T A 1. Protokolljustering 2. ...", Västra Götalandsregionen's points
# one a line): a point whose number the extraction lost keeps its mark (") Meddelanden"), counted between its
# numbered neighbours.
_POINT_TIME = re.compile(r"\s+(?:ca\.?\s+)?kl\.?\s*\d{1,2}(?:[.:]\d{2})?$")  # its time column: "... MRP kl 13"
_RUN_ON_POINT = re.compile(r"(?:(?<=\s)|^)(?P<n>\d{1,2})?(?P<mark>[.)])\s+(?=[A-ZÅÄÖ])")


def _run_on_points(text: str) -> list[tuple[int | None, int, int]] | None:
    """The points of an agenda run on in `text` as (number or None where it was lost, start, title start), numbered
    from 1 in one mark, its first a standing item; a lost number only where as many marks stand alone between
    two numbered points as numbers are missing there. None unless three numbered points stand so, or where a
    later point in that mark breaks the count."""
    points: list[tuple[int | None, int, int]] = []
    lost: list[tuple[int | None, int, int]] = []  # marks alone since the last numbered point
    mark = None
    for found in _RUN_ON_POINT.finditer(text):
        if not found.group("n"):
            if points and found.group("mark") == mark:
                lost.append((None, found.start("mark"), found.end()))
            continue
        number = int(found.group("n"))
        if not points and number == 1:
            mark = found.group("mark")
            points.append((1, found.start(), found.end()))
        elif points and found.group("mark") == mark and number == points[-1][0] + 1 + len(lost):
            points += [*lost, (number, found.start(), found.end())]
        elif points and found.group("mark") == mark:
            return None  # the count breaks ("5) ... ) ... 9)"): no point can be tied to its place
        lost = []
    numbered = [point for point in points if point[0] is not None]
    if len(numbered) < 3 or not FORMALITY.match(text[points[0][2]:points[1][1]].strip().lower()):
        return None
    return points


def quoted_agenda_points(head: list[Line], items: list[Item]) -> tuple[list[Line], list[Item]]:
    """A protocol that read one § at most, whose text (or head, no § read) quotes the agenda it worked by as run-on
    points (_run_on_points): those points are its items too, each up to the next; the text before the list stays
    where it stood (the §'s own text, the head)."""
    if len(items) > 1:
        return head, items
    lines = [Line(items[0].line, items[0].head), *items[0].lines] if items else head
    for at, line in enumerate(lines):
        points = _run_on_points(line.stripped) if len(line.stripped) >= RUN_ON else None
        if points is None:
            continue
        text = line.stripped
        rows = [Item(f"punkt {number}" if number else "", number or 0, line.number,
                     _POINT_TIME.sub("", text[title:after[1] if after else len(text)].strip()), row=True)
                for (number, _, title), after in zip(points, [*points[1:], None], strict=True)]
        rows[-1].lines = lines[at + 1:]
        before = [*lines[:at], Line(line.number, text[:points[0][1]].strip())]
        if not items:
            return before, rows
        return head, [replace(items[0], head=before[0].stripped, lines=before[1:]), *rows]
    return head, items


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


def _portal_items(head: list[Line], items: list[Item], rows: set[int],
                  summaries: set[int] | None = None) -> tuple[list[Line], list[Item]]:
    """A meeting portal's items are its bulleted numbers' rows (split_numbered_bullets): any other item read
    (a note's "1. Jannike Hillding (M) avsäger sig ...") is text of the row above it, or of the head. The rows after
    the bulleted ones that the portal shows by their summaries alone are items too, their lines added to
    `summaries` (their heads are no titles)."""
    kept: list[Item] = []
    # The lowest number of a bulleted row after each item (one pass from the end: asked per item, a scan was quadratic).
    lowest_after: list[float] = [float("inf")] * (len(items) + 1)
    for at in range(len(items) - 1, -1, -1):
        lowest_after[at] = min(lowest_after[at + 1], items[at].number if items[at].line in rows else float("inf"))
    for at, item in enumerate(items):
        if item.line in rows:
            kept.append(item)
            continue
        if kept and item.key == f"punkt {kept[-1].number + 1}" and lowest_after[at + 1] > item.number:
            # "5. Utbildningsdepartementet har gett ...": the row after the bulleted rows' last, counting on from it,
            # that the portal shows by its summary alone, no title row (Malmö's portal): a row of the list still
            # (a note's points count from 1, and a point that a later bulleted row's number reaches is no row).
            kept.append(item)
            if summaries is not None:
                summaries.add(item.line)
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


# A section's heading in an agenda split into sections ("Ärenden", "Valärenden", "Ärenden för behandling",
# "Interpellationer och frågor"): a short line in a capital, no digit (a date or time: another meeting's heading),
# no sentence's end, no label's colon with words after it ("Förslag till beslut: Kommunstyrelsen föreslår ...").
_SECTION_HEADING = re.compile(r"^[A-ZÅÄÖ][^\d.!?:]{2,80}:?$")
# Which an agenda's section heading names: its kind of matters ("Ärenden", "Valärenden", "Interpellationer och frågor",
# "Anmälan av nya motioner ...", "Informationsärenden", "Beslutsärenden"); never an item's papers ("Handlingar i
# ärendet" / "1. Tjänsteskrivelse" / "2. Protokollsutdrag", "Underlag för beslut", "Bilagor").
_SECTION_WORD = re.compile(r"ärende|fråg|interpellation|motion|medborgarförslag|anmäl|information|beslut"
                           r"|(?<![\wåäö])val|delegation|meddelande|rapport", re.IGNORECASE)
_PAPERS_WORD = re.compile(r"(?<![\wåäö])(?:handling|underlag|bilag|protokoll|skrivelse)", re.IGNORECASE)


def _section_runs(lines: list[Line]) -> tuple[int, list[list[tuple[int, str, int]]]] | None:
    """The numbered sections an item's lines hold right under its row, where an agenda (a web page's, as Lidingö's
    and Finspång's) numbers each of its sections from 1 again: a heading (_SECTION_HEADING; no heading of an item's
    own text, "Beslutsunderlag", "Förslag till beslut", nor a body's name), then two rows or more "1. Title",
    "2. Title" counting on by one from 1, each a title (_point_row: no decision's point, no sentence), blank lines
    alone between (or a row's own case number on a line under it), the next heading right after. Returns the index
    of the first heading and each section's rows (index, title, its last line: a title the width broke goes on in
    lower case on the lines right under it); None where the lines open otherwise (an attached paper's text) or a
    section opens with a standing item (another meeting's list: "1. Val av justerare")."""
    at = next((i for i, line in enumerate(lines) if line.stripped), None)
    if at is not None and _own_case_line(lines[at].stripped):  # (the row's own case number under it)
        at = next((i for i in range(at + 1, len(lines)) if lines[i].stripped), None)
    start, sections = at, []
    while at is not None and at < len(lines):
        heading = lines[at].stripped
        if not _SECTION_HEADING.match(heading) or _item_heading(heading) or FORMALITY.match(heading.lower()) \
                or body_at_start(heading) \
                or not _SECTION_WORD.search(heading) or _PAPERS_WORD.search(heading):
            # (a body's name: its own meeting's list, "Socialnämnden" / "1. ..."; a heading of no kind of matters)
            break
        rows: list[tuple[int, str, int]] = []
        below = next((i for i in range(at + 1, len(lines)) if lines[i].stripped), None)
        while below is not None and (point := _point_row(lines[below].stripped)) \
                and int(point.group("n")) == len(rows) + 1 \
                and not _SENTENCE_END_WORD.match(lines[below].stripped.split()[-1]):  # ("1. Motionen bifalls.")
            title, end = _NUMBERED.match(lines[below].stripped).group("rest"), below  # (the title as written)
            while end + 1 < len(lines) and lines[end + 1].stripped[:1].islower() and end - below < 2:
                # (a title the page's width broke, its rest on the line right under it in lower case)
                end += 1
                title = f"{title} {lines[end].stripped}"
            rows.append((below, title, end))
            below = next((i for i in range(end + 1, len(lines)) if lines[i].stripped), None)
            if below is not None and _own_case_line(lines[below].stripped):
                # (the row's case number on a line of its own under it, "Dnr KS 2024/12": the row's)
                below = next((i for i in range(below + 1, len(lines)) if lines[i].stripped), None)
        if len(rows) < 2 or FORMALITY.match(rows[0][1].lower()):
            break
        sections.append(rows)
        at = below
    return (start, sections) if sections and start is not None else None


def _own_case_line(text: str) -> bool:
    """A line that is a case number alone, perhaps labelled: "KS 2024/12", "Dnr: KS 2024/12"."""
    labelled = LABELLED.match(text)
    return _case_cell(text) or bool(labelled and labelled.start() == 0 and not text[labelled.end():].strip())


def split_section_lists(items: list[Item]) -> list[Item]:
    """An agenda split into sections, each numbered from 1 again under its heading ("Ärenden" / "1. Miljöbokslut
    2021" / "2. ..." after "Interpellationer och frågor" / "1. ..." / "2. ..."): the reader's count stops at the
    second "1.", so the later sections' rows stood as text of the row above the heading. Each such row is an item
    with its own number, a number the agenda gives twice (as it prints it); the checks are _section_runs'. Rows
    whose titles the list above already holds (an attached paper repeating its row) are not read."""
    result: list[Item] = []
    for item in items:
        result.append(item)
        found = _section_runs(item.lines) if item.key.startswith("punkt ") else None
        if found is None:
            continue
        start, sections = found
        titles = {x.head for x in result}
        if any(title in titles for rows in sections for _, title, _ in rows):
            continue
        lines = item.lines
        item.lines = lines[:start]
        # (each section's rows count from 1, as _section_runs checked: a row's number is its place in its section)
        rows = [(number, row) for rows in sections for number, row in enumerate(rows, 1)]
        for (number, (at, title, end)), after in zip(rows, [*rows[1:], None], strict=True):
            result.append(Item(f"punkt {number}", number, lines[at].number, title,
                               lines=lines[end + 1:after[1][0] if after else len(lines)]))
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
    return _fold_papers_by_case_number(result)


def _fold_papers_by_case_number(items: list[Item]) -> list[Item]:
    """A paper attached after the agenda that gives no row's number, only its labelled case number on its own, then
    its text ("3 Förbundsstyrelsen Dnr: RFUL 2014/46 Ola Kahlström, Caroline Quistberg Trafikverket.
    Åtgärdsvalsstudie väg 263. Arbetsutskottet föreslår ...", Regionförbundet Uppsala län, after the row "4.
    Åtgärdsvalsstudie väg 263 RFUL 2014/46"): where exactly one row of the list holds that number and the text
    names that row's title word for word, the text continues that row, as a paper repeating its row's number does
    (_numbers_from_attached_papers: Östhammar, Ragunda) or its title under a § (_fold_attached_extracts: Hallsberg,
    Botkyrka, Borlänge). A case number many rows share (Heby's '2015/9', Sandviken's) tells no row."""
    result: list[Item] = []
    skip: set[int] = set()
    for index, item in enumerate(items):
        if index in skip:
            continue
        result.append(item)
        labelled = LABELLED.match(item.head) if not item.key else None
        text = items[index + 1] if index + 1 < len(items) else None
        if not labelled or item.head[labelled.end():].strip() or any(x.stripped for x in item.lines) \
                or text is None or text.key:
            continue
        number = labelled.group("number")
        rows = [x for x in result if x.key.startswith("punkt ") and any(
            m.group() == number for m in CASE_NUMBER.finditer(x.head))]
        if len(rows) != 1 or any(x.stripped for x in rows[0].lines):
            continue
        title = rows[0].head[:rows[0].head.index(number)].strip()
        words = [text.head, *(x.stripped for x in text.lines)]
        if len(title) < 10 or not re.search(r"(?:^|\s)" + re.escape(title) + r"(?=[\s.,:]|$)", " ".join(words)):
            continue
        result.pop()
        rows[0].lines.extend([Line(text.line, text.head), *text.lines])
        skip.add(index + 1)
    return result


# An attached paper's head, in the text after the agenda: an agenda row's number again (perhaps after "p." or the
# body's code, "Ks 87"), then its labelled case number ("1 Dnr 2013KS001 Dpl 904 Information", Östhammar; "Ks 87 Dnr
# 2017/777 Ändringar i skolskjutsreglementet", Ragunda), its diarieplan code perhaps after it, then the title.
_ATTACHED_NUMBER = re.compile(r"(?:^|\s)(?:p\.\s*)?(?P<n>\d{1,3})\.?\s+(?=(?i:dnr|diarienummer|diarienr)\b)")
_PLAN_CODE_AFTER = re.compile(r"\s*\.?\s*(?:Dpl\.?\s*\d{1,4}\s+)?")


def _same_title_opening(row: str, paper: str) -> bool:
    """Whether an attached paper's title opens as its agenda row's: the first words share their stem (five letters
    or more: "Ändring" / "Ändringar") and the second words are the same (or the paper's text ends first). Looser
    than papers.item_of_paper, which has only the titles to go by: here the paper has already given the row's
    number before a labelled case number (_ATTACHED_NUMBER), and the title only confirms it."""
    row_words, paper_words = row.lower().split(), paper.lower().split()
    if not row_words or not paper_words:
        return False
    first, other = row_words[0], paper_words[0]
    stem = next((i for i, (a, b) in enumerate(zip(first, other, strict=False)) if a != b), min(len(first), len(other)))
    if first != other and stem < 5:
        return False
    return len(row_words) < 2 or len(paper_words) < 2 or row_words[1] == paper_words[1]


def _numbers_from_attached_papers(items: list[Item]) -> None:
    """A kallelse's papers attached after its agenda, run into its last rows' text, each opening with its row's number
    and its labelled case number before the row's title again ("3 (25) 1 Dnr 2013KS001 Dpl 904 Information 2. Dnr
    2013KS231 Dpl 041 Budget 2014, Flerårsplan Ant", Östhammar; "RAGUNDA KOMMUN Kommunstyrelsen Ks 87 Dnr 2017/777
    Ändringar i skolskjutsreglementet Bakgrund ...", Ragunda): the row whose list gave no number gets the paper's, as
    a paper repeating its row's number and title with the number in brackets after them gives it (Botkyrka:
    MeetingDocumentParser._attachment_of) and an attached extract under its title (Hallsberg: _fold_attached_extracts).
    A row with a number of its own keeps it."""
    agenda: dict[int, list[tuple[int, Item]]] = defaultdict(list)  # the agenda's rows by number, with their place
    for index, item in enumerate(items):
        if item.key.startswith("punkt "):
            agenda[item.number].append((index, item))
    for index, item in enumerate(items):
        for line in item.lines:
            for found in _ATTACHED_NUMBER.finditer(line.stripped):
                rows = agenda.get(int(found.group("n")), [])
                labelled = LABELLED.match(line.stripped, found.end())
                if len(rows) != 1 or not labelled or rows[0][0] > index:  # (a paper follows its row)
                    continue
                row = rows[0][1]
                if row.case_number or row.truncated_case or CASE_NUMBER.search(row.head) or own_case_numbers(row.head):
                    continue
                title = line.stripped[labelled.end():]
                if _same_title_opening(row.head, title[_PLAN_CODE_AFTER.match(title).end():]):
                    row.case_number = labelled.group("number")


# A protocol's page attached after a kallelse's agenda: its heading on a line of its own.
_PROTOCOL_PAGE = re.compile(r"^(?:SAMMANTRÄDESPROTOKOLL|PROTOKOLLSUTDRAG|PROTOKOLL)\b")
# Or opening a run-on line after at most the page's mark and a few words of the organisation's name.
_PROTOCOL_PAGE_RUN_ON = re.compile(r"^(?:\S+\s+){0,6}?(?:SAMMANTRÄDESPROTOKOLL|Sammanträdesprotokoll|PROTOKOLLSUTDRAG"
                                   r"|Protokollsutdrag)\b")


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
    after = 0
    if at is None:
        # The page's lines joined into one, its heading after the page's mark and the organisation's name ("2
        # Västra Sörmlands Räddningstjänst Sammanträdesprotokoll Sammanträdesdatum Direktionen Sida Dir Dnr
        # Ekonomiuppföljning Förslag till beslut ..."): the title is looked for after the heading on that line.
        at, head = next(((i, m) for i, x in enumerate(last.lines) if (m := _PROTOCOL_PAGE_RUN_ON.match(x.stripped))),
                        (None, None))
        following, after = (last.lines[at], head.end()) if at is not None else (None, 0)
    if following is None:
        return
    named = [(x, m) for x in agenda[:-1] if len(x.head) >= 10 and not any(y.stripped for y in x.lines)
             for m in [re.compile(r"(?:^|\s)" + re.escape(x.head) + r"(?=\s+[A-ZÅÄÖ]|$)").search(
                 following.stripped, after)] if m]
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
    before = item.head[:cuts[0]].strip() if cuts else ""
    if cuts and (_CASE_NUMBER_ONLY.match(before) or _LOST_LABEL_ALONE.match(before)):
        # "104 Dnr 2016/00678 Interpellation om lärarbehörighet", "161 Dnr KS 2014-82 Motion om utbyggnad av
        # Ringvägen" (Ovanåker, Eda; Västerås' "Dnr KS 2018/00568-1.5.2 Fråga från (M) ..."): the row's own case
        # number before its title, which opens with its kind; no title ends there. So its label whose number was
        # lost ("96 Dnr Motion om ...", Laholm's contents list).
        cuts = cuts[1:]
    return _split_at(item, cuts)


def split_standing_words(item: Item) -> list[Item]:
    """A contents row (a list's row, or a head ending in its leader and page) holding standing items' one words run in
    among its titles ("35 Valärenden Avslutning Information... 30", Region Örebro län): cut before and after each
    such word (_formality_word) that stands between capitalised words or ends the row, after a word's end; the
    first piece keeps the item, the rest are rows whose numbers were lost (the standing ones left out later, as
    every formality is). Else the item whole."""
    if not (item.row or _DOT_LEADER.search(item.head)):
        return [item]
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(item.head)]
    cuts = set()
    for at in range(1, len(tokens)):
        word, before = tokens[at][1], tokens[at - 1][1]
        after = tokens[at + 1][1] if at + 1 < len(tokens) else None
        if not _formality_word(word) or not before[-1:].isalpha() or before.lower() in _JOINING_WORDS \
                or after is not None and not after[:1].isupper() and not after.startswith((".", "…")):
            continue
        cuts.add(tokens[at][0])
        if after is not None and _OPENING_WORD.match(after.rstrip(".…")):
            cuts.add(tokens[at + 1][0])
    return _split_at(item, sorted(cuts))


# A title's first word as a further row's opening would repeat it: a capitalised word of four letters or more
# ("Avsägelse/fyllnadsval", "Remiss", "Socialnämndens"); a row's label, its colon kept ("Informationsärende:").
_REPEATABLE_OPENING = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{3,}(?:[/-][a-zåäö]+)?:?$")
_LABEL_WORD = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{3,}:$")
_ROW_OR_PAGE_NUMBER = re.compile(r"\d{1,3}")


def _repeated_openings(head: str) -> list[int]:
    """Where a row's head opens again inside it, as the next row of a list run together would: its first word standing
    again after a word that closes a phrase ("Remiss om utställning ... Skövde kommun Remiss om samråd ...",
    "Avsägelse/fyllnadsval efter ... nämnden Avsägelse/fyllnadsval efter ..."), or a label word with its colon
    standing twice or more ("... protokoll Informationsärende: Lägesrapport om IKT satsningen Informationsärende:
    ..."), before each. No title repeats its own opening word so (not after "och", "samt", "för": "Taxa för ... samt
    Taxa för ..." is one title); [] where none."""
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(head)]
    if len(tokens) < 4 or not _REPEATABLE_OPENING.match(tokens[0][1]):
        return []
    labels = Counter(word for _at, word in tokens if _LABEL_WORD.match(word))
    cuts = []
    for at in range(2, len(tokens) - 1):
        word, before, after = tokens[at][1], tokens[at - 1][1], tokens[at + 1][1]
        if labels[word] >= 2:
            opens = after[:1].isupper()  # a label opening a title ("Bilagor: a) PM, b) ..." is a row's cell)
        else:
            # the first word again, opening a title, no heading of a sub-list ("... ärenden Tillkommande ärenden: -
            # Åtgärder ...", Kungälv), nor the title stated again whole, a §'s own heading over its text
            opens = word == tokens[0][1] and not after.endswith(":") \
                and not " ".join(head[tokens[at][0]:].split()).startswith(" ".join(head[:tokens[at][0]].split()))
        # ("år" leaves a phrase open only for its year, which the extraction may lose: "... tertial 1 år
        # Socialnämndens mål ...", Vallentuna; after a full stop a sentence may open with the title's word; a number of
        # one to three digits before it is the next row's own or a page, "... Arvidsjaur-Jörn 14 Information om ...",
        # where the number readers tell the row; a year ends a title)
        if opens and (before[-1:].isalnum() or before.endswith(")")) and not _ROW_OR_PAGE_NUMBER.fullmatch(before) \
                and (before.lower() not in _JOINING_WORDS or before == "år"):
            cuts.append(tokens[at][0])
    return cuts


def split_repeated_openings(items: list[Item]) -> list[Item]:
    """Each row whose head opens again inside it (_repeated_openings) cut there: rows of a list run together where
    their numbers or pages were lost. The first piece keeps the row; where the list's numbers lost exactly as many
    right before the row as further pieces stand in it ("Kf 146 Kf 147 Avsägelse ... Avsägelse ...", the numbers
    printed ahead of their titles), the pieces take the lost numbers and the row's in order. A further piece is a row
    only where it reads as one title (no sentence, no number standing alone, no further title opening in it); else
    it is left out, its title unread (the row's end no longer proves its bounds)."""
    result: list[Item] = []
    for index, item in enumerate(items):
        # (a list's row; or a head no longer than a title with no text under it, where every piece is a title: a §'s
        # head may run on into its text, whose sentences may well repeat its title's words)
        listed = item.row or len(item.head) <= _LONGEST_TITLE and not any(line.stripped for line in item.lines)
        cuts = _repeated_openings(item.head) if listed else []
        pieces = _split_at(item, cuts) if cuts else [item]
        if len(pieces) == 1 or not item.row and not all(_one_title(piece.head) for piece in pieces):
            result.append(item)
            continue
        # (the numbers lost right before the row that no row between gave a place: rows split off above may fill them)
        above = next((at for at in range(index - 1, -1, -1) if items[at].key and items[at].number), None)
        lost = item.number - items[above].number - (index - above) if item.key and above is not None else 0
        if lost == len(pieces) - 1 and lost > 0:
            # the lost numbers, then the row's own, given to the pieces in order
            for piece, number in zip(pieces, range(item.number - lost, item.number + 1), strict=True):
                piece.key, piece.number, piece.row = item.key.replace(str(item.number), str(number)), number, True
            result.extend(pieces)
            continue
        kept = [pieces[0], *(piece for piece in pieces[1:] if _one_title(piece.head))]
        kept[-1].lines = item.lines
        result.extend(kept)
    return result


_FULL_STOP = re.compile(r"[a-zåäö]{4}\.(?:\s|$)")  # a word's full stop, no abbreviation's ("godkänns. april")


def _one_title(text: str) -> bool:
    """Whether a piece of a row's run-together titles reads as one title whole: no sentence inside, no number standing
    alone (a lost row's or page's), no further title opening in it, no longer than a title."""
    return (len(text) <= _LONGEST_TITLE and not _SENTENCE_INSIDE.search(text) and not _FULL_STOP.search(text)
            and not _NUMBER_TOKEN.search(text) and not _title_openings(text) and not _kind_word_openings(text)
            and not cut_short(text.split()[-1]))  # (its last word broken off by the excerpt's end: "Ekonomisk uppf")


# A row's head holding only its case number, perhaps labelled: "Dnr 2016/00678", "Dnr KS 2014-82", "KS/2019:124".
_LOST_LABEL_ALONE = re.compile(r"^(?i:dnr|diarienr|diarienummer)\.?:?(?:\s+[A-ZÅÄÖ]{1,6})?$")  # "Dnr", "Dnr: KS"
_CASE_NUMBER_ONLY = re.compile(r"^(?:(?i:dnr|diarienr|diarienummer)\.?:?\s*)?(?:[A-ZÅÄÖ]{1,6}[ /.-]?)?\d[\w/.:-]*$")


def _split_at(item: Item, cuts: list[int]) -> list[Item]:
    """The item cut at `cuts` in its head: the first piece keeps the item (its number, case number,
    row), each further piece is an item whose number was lost; the last takes the item's lines."""
    if not cuts:
        return [item]
    pieces = _cut(item.head, cuts)
    first = Item(item.key, item.number, item.line, pieces[0], case_number=item.case_number,
                 truncated_case=item.truncated_case, row=item.row)
    rest = [Item("", 0, item.line, piece, row=item.row) for piece in pieces[1:]]
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
                  "berörande", "beträffande", "inklusive", "jämte", "via", "år", "vs", "ur", "inför"}
_BINDING_WORDS = _JOINING_WORDS - {"och", "samt", "eller", "att", "den", "det", "de", "ett", "en", "som", "år"}
_PLACE_NOUNS = {"kommun", "län", "stad"}
_OPENING_WORD = re.compile(r"^[A-ZÅÄÖ][a-zåäöéü]+-?$")
_NAME_WORD = re.compile(r"^[A-ZÅÄÖ][a-zåäöéü]")
_LOST_DIGITS = re.compile(r"^\d{1,4}:$")  # "Askersund 1:" whose number after the colon was lost with the next §
_TOKEN = re.compile(r"\S+")
# A plan or an account "för" the years it covers, the years lost by the extraction before the next title ("Budget
# 2015 och plan för Allmänhetens frågestund", Robertsfors; "... Uppföljning av 2010 och plan för Rapport om ...",
# Ånge; "Årsbudget 2016 jämte plan för Tertialrapport ...", Norsjö; "Norberg kommuns årsredovisning för Hantering
# av ...", Norberg): the "för" ends that title as printed where a kind's word or a standing title opens the next
# (not a name the plan is for: "budget för Göteborgsregionens kommunalförbund", "översiktsplan för Hörby kommun").
_YEAR_TAKER = re.compile(r"(?i:[a-zåäö]*plan|[a-zåäö]*budget|årsredovisning|bokslut|verksamhetsberättelse)")
_STANDING_TITLE_OPENING = re.compile(r"(?:" + _STANDING_TITLES + r")\b")
_YEAR_TOKEN = re.compile(r"^(?:19|20)\d\d(?:[-–](?:19|20)\d\d)?[,:]?$")  # "Biblioteksplan 2019-2022", "2020,"


def _title_openings(text: str, *, continued: bool = False, comma: bool = False) -> list[int]:
    """Where a further title opens in a list row's run-together titles: a capitalised word (not a name's
    second word) after a lower-case word, the word after it in lower case, a dash, a year, or nothing.
    `continued`: the text goes on with a title from the row above, its first word perhaps a name ending it
    ("på" / "Rindövägen Kompletterande svar ..."), no name opening a title. `comma`: the word may have its comma
    ("... Ekonomisk månadsrapport Sydostlänken, projektmedel till ...", Karlshamn's titles run on after their §
    column, where the column's count bounds the cuts)."""
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    cuts = []
    open_brackets = 0  # no title opens inside a bracket ("Projektavstämning (VA-plan Hörby inkl ...)", VA-GIS nämnden)
    for i in range(1, len(tokens)):
        word, before = tokens[i][1], tokens[i - 1][1]
        after = tokens[i + 1][1] if i + 1 < len(tokens) else None
        open_brackets = max(0, open_brackets + before.count("(") - before.count(")"))
        if open_brackets:
            continue
        year_lost = (before == "för" and i >= 2 and _YEAR_TAKER.fullmatch(tokens[i - 2][1]) is not None
                     # "år" itself, its year lost ("... verksamhetsberättelse för år Yttrande över ...", Region Örebro
                     # län): no title goes on from "år" with a kind's word
                     or before == "år") and (
            word in _KIND_WORDS or _STANDING_TITLE_OPENING.match(text, tokens[i][0]) is not None)
        # (Two words joined by a slash open a title as the first alone would: "... i välfärdsberedningen
        # Träffpunkt/dagverksamhet för personer ...", Eksjö.)
        opening = word.removesuffix(",") if comma else word
        if "/" in opening:  # (the pattern asked only where a slash stands: every token of every row passes here)
            opening = _SLASHED_WORDS.sub(r"\g<first>", opening)
        if not _OPENING_WORD.match(opening) \
                or before.lower() in _JOINING_WORDS and not year_lost or before.isdigit():
            continue  # (after a year the body or place it is of: "Internkontrollplan 2020 Kommunstyrelsen")
        if before[-1] in ",;(/-–&" or before.endswith(":") and not _LOST_DIGITS.match(before):
            continue
        if after in _PLACE_NOUNS:  # "... verksamhetsavfall Hultsfreds kommun": a place's name ends a title
            continue  # ("AB Uppsala kommuns arbetsgivarpolicy": a genitive opens one)
        if _formality_word(word) or _formality_word(before) and before[-1].isalpha():
            # A standing item's one word run in among the titles ("Sammanträdets öppnande Upprop Protokolljustering
            # Skrivelser ...", "Valärenden Avslutning Information", Region Örebro län's list): it is a row of its own,
            # and the capitalised word after it opens the next.
            opens = True
        elif _NAME_WORD.match(before) and not (continued and i == 1):
            # "Netwest Förändring av": only before a word that binds it to what follows; after a title of one kind's
            # word ("Biblioteksplan Strategi och handlingsplan ...", "Verksamhetsplan Nämndens berednings- ..."),
            # before any phrase's word or as a genitive (no place's name: "Länstransportplan Blekinge län")
            # (the word before opened a title: the last cut, as cuts grow in order; no search of them all per word)
            alone = i == 1 or cuts[-1:] == [tokens[i - 1][0]] or before in _KIND_WORDS and i >= 2 \
                and tokens[i - 2][1][-1].isalpha() and tokens[i - 2][1].lower() not in _JOINING_WORDS
            phrase = after is not None and (after in _JOINING_WORDS or word.endswith("s") and after[0].islower()
                                            and after not in _PLACE_NOUNS)
            # (or before a word naming an act, its lower-case object after it: "Årsredovisning Uppföljning
            # internkontroll ..." (Mjölby), "Äldreplan Förändrade avgifter ..." (Botkyrka); a place's name after a plan,
            # "Detaljplan Kvarnen etapp 2", names none)
            phrase = phrase or after is not None and after[0].islower() and after not in _PLACE_NOUNS \
                and _ACT_WORD.match(word) is not None
            opens = after in _BINDING_WORDS or alone and phrase and _KIND_COMPOUND.match(before) is not None
        elif after is None or after in ("-", "–") or _SENTENCE_END_WORD.match(before):
            opens = True  # (after a title's full stop: "... styrelser och bolag. Prognosrapport 2 ...", Lekeberg)
        else:
            # (or a kind's one-word title, the next title opening right after it: "... serveringstillstånd
            # Renhållningstaxa Granskning av ...", Tomelilla; "... ridskoleverksamhet Verksamhetsplaner Regler för
            # hot och våld", Vara)
            further = tokens[i + 2][1] if i + 2 < len(tokens) else None
            opens = after[0].islower() or bool(_YEAR_TOKEN.match(after)) or _one_kind_word(word) \
                and _OPENING_WORD.match(after) is not None and further is not None and further[0].islower()
        if opens:
            cuts.append(tokens[i][0])
    return sorted({*cuts, *_recurring_openings(tokens, cuts, continued=continued)})


# A capitalised word naming an act, a verbal noun or a participle: "Uppföljning", "Förändrade", "Revidering".
_ACT_WORD = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{3,}(?:ning|ande|ende|else|ade|ering)$")
_SLASHED_WORDS = re.compile(r"^(?P<first>[A-ZÅÄÖ][a-zåäö]+)/[a-zåäö]+$")


def _one_kind_word(word: str) -> bool:
    """Whether `word` alone names a kind of paper, plan or charge, singular or plural ("Renhållningstaxa",
    "Verksamhetsplaner", "Budgetramar"): a one-word title, no name."""
    return _KIND_COMPOUND.match(word) is not None or word.endswith("er") and _KIND_COMPOUND.match(word[:-2]) is not None


def _formality_word(word: str) -> bool:
    """Whether `word` is a capitalised word that alone names a standing item ("Upprop", "Avslutning",
    "Protokolljustering", "Dagordning": FORMALITY whole)."""
    return _OPENING_WORD.match(word) is not None and FORMALITY.fullmatch(word.lower()) is not None


_RECURRING_WORDS = 3  # a title's first words that, standing again after a word's end, open the next title


def _recurring_openings(tokens: list[tuple[int, str]], cuts: list[int], *, continued: bool = False) -> list[int]:
    """Where a title's first three words (the text's own, or a title's already found to open) stand again after a
    word's end: the next title opens there ("... 2015 för kommunstyrelsen Prognosrapport 2 (delårsbokslut) 2015 för
    Lekebergs kommun", Lekeberg; Munkfors' "Besvarande av medborgarförslag angående ..." nine times). Lists name
    matters of one kind one after the other: consecutive gold titles open with the same three words in 67 tuning
    organisations, and no gold title holds its own first three words again. (`continued`: the text's start ends the
    title above, no title's opening.)"""
    cut_at = set(cuts)  # (a list's membership per token was quadratic on a long run-on line)
    starts = {at for at, (start, _word) in enumerate(tokens) if start == 0 and not continued or start in cut_at}
    openings = {tuple(word for _start, word in tokens[at:at + _RECURRING_WORDS]) for at in starts
                if at + _RECURRING_WORDS <= len(tokens) and _OPENING_WORD.match(tokens[at][1])}
    found = []
    for at in range(1, len(tokens) - _RECURRING_WORDS + 1):
        before = tokens[at - 1][1]
        if tuple(word for _start, word in tokens[at:at + _RECURRING_WORDS]) in openings and before[-1:].isalnum() \
                and before.lower() not in _JOINING_WORDS and at not in starts:
            found.append(tokens[at][0])
    return found


# A one-word title naming a kind of paper or plan ("Biblioteksplan", "Verksamhetsplan", "Budgetramar").
_KIND_COMPOUND = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{2,}(?:plan|rapport|redovisning|berättelse|ramar|ordning|bokslut|budget"
                            r"|uppföljning|program|policy|taxa)$")
_SENTENCE_END_WORD = re.compile(r"^[a-zåäö]{4,}\.$")  # a word in lower case and its full stop, no abbreviation


# Words naming what kind of matter a title is, that open titles in the golds of three organisations or more and
# never stand inside one after a word of its own (only after a dash, a colon, "och", "av" ...): "Valärenden",
# "Avsiktsförklaring BioFuel Region", "Mål och resursplan" after a name or a single-word title where a list's
# numbers were lost (Sundsvall's "... arbetssituation Valärenden Nedläggning av ..."). No adjective, genitive
# or body ("Ny", "Kommunal", "Kommunstyrelsens"), which a name may hold.
_KIND_WORDS = frozenset((
    "Information Informationer Informationsärenden Svar Revidering Anmälan Anmälningar Anmälningsärenden Ansökan "
    "Meddelande Meddelanden Delårsrapport Delårsbokslut Val Valärende Valärenden Årsredovisning Rapport Rapporter "
    "Rapportering Återrapportering Ändring Detaljplan Planprogram Budget Budgetuppföljning Investeringsbudget "
    "Tilläggsbudget Bokslut Utredning Beslut Delegationsbeslut Delegationsordning Yttrande Uppdrag Taxa Taxor "
    "Delgivningar Översyn Riktlinje Riktlinjer Reglemente Arbetsordning Interpellation Interpellationer Godkännande "
    "Fastställande Försäljning Köp Avtal Samverkansavtal Exploateringsavtal Avsiktsförklaring Överenskommelse "
    "Avsägelse Avsägelser Fyllnadsval Sammanträdestider Policy Besvarande Verksamhetsplan Biblioteksplan "
    "Dokumenthanteringsplan Mål Tertialrapport Månadsrapport Månadsuppföljning Revisionsrapport Skattesats Projekt "
    "Presentation Genomgång Kungörelse Inrättande Förändring Förtydligande Förlängning Förfrågan Överföring "
    "Äskande Utökning Slutredovisning Sammanträdesplan Ägardirektiv Regler").split())


# A member's or a citizen's proposal named by its kind and a dash before what it is about ("Motion - Uppföljning och
# utvärdering av taxa ...", "Medborgarförslag - Starta generationskör"): 94 gold titles of 50 organisations open so or
# with the word alone; inside a title it stands only after a word that leaves its phrase open ("Svar på Motion - ...",
# "Anmälan av Medborgarförslag - ...") or a kind's word ("Svar Medborgarförslag - ...", Ragunda), so only with its
# dash, which no title's own word before it takes, is it a kind's word here.
_DASHED_KIND_WORDS = frozenset({"Motion", "Medborgarförslag", "Motionssvar"})
_DASH = frozenset({"-", "–"})


def _kind_word_openings(text: str) -> list[int]:
    """Where a title opens with one of _KIND_WORDS, or a compound ending in a kind's word (_one_kind_word:
    "Slutrapport", "Lägesrapport", Botkyrka's and Avesta's lists), in a list's run-together titles: after a word ending
    in a letter that leaves no phrase open (not "för", "och", "av" ...; not after a dash, a colon or a comma). Or with
    one of _DASHED_KIND_WORDS and its dash, after such a word that is no kind's word itself."""
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    return [tokens[i][0] for i in range(1, len(tokens)) if (
        tokens[i][1] in _KIND_WORDS or _one_kind_word(tokens[i][1])
        or tokens[i][1] in _DASHED_KIND_WORDS and i + 1 < len(tokens)
        and tokens[i + 1][1] in _DASH and tokens[i - 1][1] not in _KIND_WORDS)
        and tokens[i - 1][1][-1].isalpha() and tokens[i - 1][1].lower() not in _JOINING_WORDS]


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


def _mostly_lower_case(text: str) -> bool:
    """Half the words or more start in lower case, as a Swedish title's and text's do; a list of names does not."""
    words = text.split()
    return bool(words) and 2 * sum(word[:1].islower() for word in words) >= len(words)


_SENTENCE_END = re.compile(r"[.!?]\s+\S")  # a sentence's end inside a text, another after it
_SENTENCE_OR_LABEL = re.compile(r"[.!?](?:\s|$)|:\s")  # a sentence's end, a label's colon (not "1:12")
_LIST_POINT = re.compile(r"^\d{1,3}\.\s+")  # the row's own number as a list point ("7. Yttrande"), no sentence


# The next page's running head run onto a row's title, its line break lost: the agenda's kind in capitals, perhaps
# after the page's number and the municipality's name ("Kommunbolagens taxor 2014 30 KALLELSE till ledamöter ...",
# Oxelösund; "... nämnden BOTKYRKA KOMMUN KALLELSE/FÖREDRAGNINGSLISTA 2[2]", Botkyrka; Östhammar's and Valdemarsvik's
# pages so when their lines are joined). No title goes on into it.
_PAGE_HEAD_IN_ROW = re.compile(r"\s+(?:\d{1,3}\s+)?(?:[A-ZÅÄÖ]{2,}(?:\s+[A-ZÅÄÖ]{2,})?\s+(?:KOMMUN|STAD)\s+)?"
                               r"(?:" + alternation(AGENDA_KINDS).upper() + r")\b")


def _without_page_head(item: Item) -> Item:
    """The row's title up to a page's running head run onto it; the head and what follows it the row's text."""
    found = _PAGE_HEAD_IN_ROW.search(item.head)
    if not found or len(item.head[:found.start()].split()) < 2:
        return item
    return replace(item, head=item.head[:found.start()],
                   lines=[Line(item.line, item.head[found.start():].strip()), *item.lines])


def _split_long_agenda_row(item: Item) -> list[Item]:
    """An agenda row longer than any title, without a sentence in it ("38. Försäljning av Gamla Uppsala Buss AB ...
    i Uppsala län Godkännande av bolagstransaktioner ... AB Uppsala kommuns arbetsgivarpolicy Namn på nytt
    bostadsområde ..."): titles run together whose numbers were lost; cut where a further title opens (as a
    protocol's list is, split_rows_in_number_gaps), each piece a title of three words or more, else left whole."""
    if len(item.head) <= _LONGEST_TITLE:
        # A row of a title's length that holds its own first three words again: the next title opens there, its
        # number lost ("9. Remiss - Ansökan från Dille gård AB ... och Trädgård Remiss - Ansökan från Dille gård AB
        # Naturb", Jämtlands gymnasieförbund's last rows, the next cut by the excerpt's end; see _recurring_openings).
        tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(item.head)]
        again = _recurring_openings(tokens, []) if len(tokens) >= 2 * _RECURRING_WORDS else []
        return _split_at(item, again[:1]) if again else [item]
    if _SENTENCE_OR_LABEL.search(item.head) or "@" in item.head \
            or CASE_NUMBER.search(item.head) or _STUB_INSIDE.search(item.head):
        return [item]  # (a row with its Dnr cell, or the page's foot, is read by the title's own rules)
    cuts = [cut for cut in _title_openings(item.head) if not _group_heading_at(item.head[cut:])]
    pieces = _cut(item.head, cuts)
    if not cuts or any(len(piece.split()) < 3 or len(piece) > _LONGEST_TITLE for piece in pieces):
        return [item]
    return _split_at(item, cuts)


def _gap_openings(heads: list[str], lost: int) -> list[list[int]]:
    """Where further titles open in each of the rows before a gap of `lost` numbers (_title_openings). Where they
    are fewer than the numbers lost, a row's first word may be a title of one word, the next capitalised word
    opening the next title ("221 Skattesats Strategisk plan med budgetramar och budget Ansökan om ... 224",
    Finspång; "14 Personalberättelse Förskolan i ... 16"): the gap's count, not the words, says a title is missing
    there."""
    coded = [_case_number_openings(head) for head in heads]
    if 0 < sum(map(len, coded)) <= lost:
        # "8. KS/2019:46 Kommunstyrelsens bokslut KS/2019:44 Tilläggsbudget ... 13. ...": a case number in the form
        # the row opens with opens a row whose number was lost, the number its own (Flen's run-on list)
        return coded
    cuts = [_past_own_number(head, _title_openings(head)) for head in heads]
    kind_only = [_past_own_number(head, _kind_word_openings(head)) for head in heads]
    if sum(map(len, cuts)) > lost and sum(map(len, kind_only)) == lost \
            and not any(_SENTENCE_OR_LABEL.search(_LIST_POINT.sub("", head)) for head in heads):
        # More openings than numbers lost, but as many kind's words, which never stand inside a title after a word
        # of its own: they open the lost rows ("42 Räddningstjänstens prislista och taxa Anmälan Medborgarförslag
        # 3/2014 Vägbelysning grusväg Dalkarlså 44", Robertsfors: not at "Vägbelysning", what the proposal is about).
        # (Titles only: a row holding its notes' sentences or labels, "7. Yttrande ... Information av Anita Lindfors,
        # Utvecklingsstrateg ... Bilaga: Underlag ...", Kommunförbundet Norrbotten, names its presenter so.)
        return kind_only
    if sum(map(len, cuts)) >= lost:
        return cuts
    kinded = [_past_own_number(head, sorted({*found, *_kind_word_openings(head)}))
              for found, head in zip(cuts, heads, strict=True)]
    if sum(map(len, kinded)) == lost:
        return kinded
    alone = [_past_own_number(head, _title_openings(head, continued=True)) for head in heads]
    if not any(alone):
        # A title opening with a word and its comma ("... för naturbruksprogrammet Förfrågningsunderlag, köp av tjänster
        # ...", Jämtlands gymnasieförbund, row 6's number lost), as Karlshamn's run-on titles open: taken where it opens
        # exactly as many titles as numbers were lost.
        commaed = [_past_own_number(head, _title_openings(head, comma=True)) for head in heads]
        if sum(map(len, commaed)) == lost:
            return commaed
    return alone if sum(map(len, alone)) <= lost else cuts


# A row's case number: its registry's code and a slash or space, a year, a colon or slash, a serial ("KS/2019:40",
# "KS 2019/12", "SBN.2018.54").
_ROW_CASE_NUMBER = re.compile(r"(?<!\S)(?P<code>[A-ZÅÄÖ]{2,6})[ /.](?:19|20)\d\d[:/.]\d{1,5}(?=\s+[A-ZÅÄÖ])")


def _case_number_openings(head: str) -> list[int]:
    """Where a row's head that opens with its case number holds another of the same registry's code after a
    word, before a capitalised word: each a further row's start; [] otherwise."""
    own = _ROW_CASE_NUMBER.match(head)
    if own is None:
        return []
    return [m.start() for m in _ROW_CASE_NUMBER.finditer(head, own.end())
            if m.group("code") == own.group("code") and head[:m.start()].rstrip()[-1:].isalpha()]


def _group_heading_at(rest: str) -> bool:
    """Whether `rest`, a row's end, is a group heading ("Kommunstyrelsens egna ärenden", "Ärenden till
    kommunfullmäktige": _group_heading_step reads it), no title of a row whose number was lost."""
    rest = rest.strip()
    match = _GROUP_TO_BODY.fullmatch(rest) or _GROUP_OWN.fullmatch(rest)
    return bool(match and body_name(match.group("body")))


def _past_own_number(head: str, cuts: list[int]) -> list[int]:
    """The openings in a row's head after its own case number: a row that gives its number before its title ("3 KS
    2019/13 Revidering av taxa", as Oxelösund's "2. KS.2011.203 Information om ...", Flen's "1. KS/2018:196 ...",
    Kungälv's "6 KS2018/ Svar på ...") opens its title there, no further row (_split_matter_run reads it so, and
    _split_rows_of_lost_numbers in a list run together)."""
    return [cut for cut in cuts if not _CASE_NUMBER_ONLY.match(head[:cut].strip())
            and not _group_heading_at(head[cut:])]  # (nor at a group heading ending the row)


# Or the number cut to its slash alone between two titles ("7 Förslag till revidering av plan- och bygglovstaxa /
# Förslag till revidering av reglementet för valnämnden 2011/ Antagande ...", Ängelholm, whose column elsewhere reads
# "2011/ / /", as Hultsfred's "2018/ / / / /"): no gold title of any round holds a slash between spaces. Or cut to
# the registry's code and its slash ("... Handlingsplan ... KS/ KS/ Uppsiktsplikt 2015 ... KS/ Lönepolicy KS/
# Personalpolicy KS/", Strömstad's Diarienummer column, as Uddevalla's reads "KS 2017/").
_STUB_IN_ROW = re.compile(r"(?<=\s)(?:(?:[A-ZÅÄÖ]{2,8}[ -]?\d{1,4}|(?:19|20)\d\d)/(?:\s*/)*" + _PREPARED_BY +
                          r"|(?<=(?i:dnr) )(?:19|20)\d\d/[A-ZÅÄÖ]{2,4}|(?<=[a-zåäö] )/|[A-ZÅÄÖ]{2,8}/)"
                          r"(?=\s+[A-ZÅÄÖ][a-zåäö])")


# The row's attachment cell after its cut number: "... 2018 Dnr 2017/ Bilaga a) Tekniska nämndens arbetsutskott 1/2018"
# (Falköping's "Ärende Anteckningar" table): the same row's next cell, never the next row's title.
_ATTACHMENT_CELL_NEXT = re.compile(r"\s*Bilag(?:a|or)\b")


def _split_after_stubs(item: Item) -> list[Item]:
    return _split_at(item, [m.end() for m in _STUB_IN_ROW.finditer(item.head)
                            if len(item.head[:m.start()].split()) >= 2
                            and not _ATTACHMENT_CELL_NEXT.match(item.head, m.end())])


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


# A heading over a group of an agenda's rows, alone on its line: "Allmänna ärenden", "Tekniska ärenden", or one word,
# "Beslutsärenden", "Informationsärenden" (Södertälje, Knivsta, Region Kalmar län, Kungsbacka).
_GROUP_HEADING_ALONE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:a )?ärenden:?$")
_ROW_CELLS_AT_MOST = 3  # lines a row one a line may take besides its lost rows (its title wrapped, a presenter, a time)


def _lost_rows_in_lines(items: list[Item]) -> list[Item]:
    """An agenda set one row a line whose next numbered row skips numbers: the rows between, their numbers lost, stand
    among the row's own lines, and only where the count says which: a number the gap lacks inside a line opens its
    row ("13. Projektplan framtida skollokaler" / "Malin Tisell, Ann-Britt 14. Inrättande av en familjecentral" /
    "Norlander kl. 10.30" / "15. ...", Öckerö: the presenter column's cells before it, as a number inside a row's head
    opens the next row in _split_at_counted_numbers, Ulricehamn's and Nacka's); or, numbers lost with them, exactly as
    many lines as numbers were lost, each a title, a group's heading at most after them ("2 5-6 Överenskommelse om
    Fastighetsreglering" / "7-8 Detaljplan för del av Haparanda centrum kv. Korsningen" / "Husvagnscamping på
    Strandplan" / "Allmänna ärenden" / "5 9-14 Deltagande ...", Haparanda: 3 and 4 lost), each an item of no number.
    A row with text of its own (long lines, a section such as "Förslag till beslut") is no list's row: left whole."""
    result: list[Item] = []
    headings = _one_word_headings_between_rows(items)
    stopped = _unstopped_headings_between_stopped_rows(items)
    for item, following in itertools.zip_longest(items, items[1:]):
        lost = following.number - item.number - 1 if following and item.key and following.key else 0
        filled = [line for line in item.lines if line.stripped]
        if lost <= 0 or len(filled) > lost + _ROW_CELLS_AT_MOST or any(
                len(line.stripped) > _LONGEST_TITLE or _item_heading(line.stripped) for line in filled):
            result.append(item)
            continue
        if len(filled) == 1 and (headings and _ONE_WORD_LINE.match(filled[0].stripped)
                                 or stopped and _unstopped_line_between_stopped_rows(item, following)):
            # "7 Kommunstyrelsens ordförande informerar." / "Uppföljning" / "9 Uppföljning av ...": where the list
            # heads its groups with one word alone between rows that skip no number ("Information" between 4 and 5),
            # such a word in a gap is a heading too, no row whose number was lost (Ljungby's agenda skips 8).
            result.append(item)
            continue
        inside = [(at, match) for at, line in enumerate(item.lines) for match in _NUMBER_IN_ROW.finditer(line.stripped)
                  if item.number < int(match.group("n")) < following.number]
        if inside and [int(match.group("n")) for _at, match in inside] == list(
                range(item.number + 1, item.number + 1 + len(inside))):
            rows, last, own = [item], 0, item.lines
            for at, match in inside:
                line = own[at]
                rows[-1].lines = [*own[last:at], Line(line.number, line.stripped[:match.start()].strip())]
                n = int(match.group("n"))
                rows.append(Item(f"punkt {n}", n, line.number, line.stripped[match.end():].strip(), row=item.row))
                last = at + 1
            rows[-1].lines = own[last:]
            result.extend(rows)
            continue
        titles = filled[:-1] if len(filled) == lost + 1 and _GROUP_HEADING_ALONE.match(filled[-1].stripped) else filled
        if len(titles) != lost or not all(_PLAIN_ROW.match(title := _without_pages_and_tags(line.stripped))
                                          and not naming.looks_like_person(title) for line in titles):
            result.append(item)
            continue
        result.append(replace(item, lines=[]))
        result.extend(Item("", 0, line.number, line.stripped, row=item.row) for line in titles)
        result[-1].lines = [line for line in item.lines if line.stripped and line not in titles]
    return result


_ONE_WORD_LINE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{3,}:?$")


def _one_word_headings_between_rows(items: list[Item]) -> bool:
    """Whether the list heads its groups with one word alone on its line after a row, where the next row's number
    follows on without a gap ("5 Hållplats Hammaren." / ... / "7 ..." / "Uppföljning"): no row was lost there."""
    return any(item.key and following.key and following.number == item.number + 1
               and (filled := [line for line in item.lines if line.stripped])
               and _ONE_WORD_LINE.match(filled[-1].stripped)
               for item, following in itertools.pairwise(items))


def _unstopped_line_between_stopped_rows(item: Item, following: Item) -> str | None:
    """The one line alone between two rows whose titles each end with a full stop, itself without one ("6 Inkomna
    ... handlingar." / "Anmälan protokoll från nämndens råd" / "7 Protokoll från lokala Pensionärsrådet.", Stockholm's
    portal): a group's heading in such a list's shape, None where the rows or the line are not so."""
    filled = [line for line in item.lines if line.stripped]
    if not (item.key and following.key and len(filled) == 1 and item.head.rstrip().endswith(".")
            and following.head.rstrip().endswith(".")):
        return None
    line = filled[0].stripped
    return line if not line.endswith(".") and len(line) <= _LONGEST_TITLE else None


def _unstopped_headings_between_stopped_rows(items: list[Item]) -> bool:
    """Whether the list heads its groups so (_unstopped_line_between_stopped_rows) between rows whose numbers follow on
    without a gap: no row was lost there, and a line of that shape in a gap ("8 ..." / "Anmälan månadsrapport" / "10
    ...", the page skipping 9) is a heading too, no row whose number was lost."""
    return any(following.number == item.number + 1 and _unstopped_line_between_stopped_rows(item, following)
               for item, following in itertools.pairwise(items))


_PAGES_BEFORE_TITLE = re.compile(r"^\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+")
_HTML_TAG = re.compile(r"</?[a-z]+\s*/?>")


def _without_pages_and_tags(text: str) -> str:
    """A row's line without a page range before its title ("7-8 Detaljplan ...") or a site's HTML tags in it."""
    return _PAGES_BEFORE_TITLE.sub("", _HTML_TAG.sub("", text))


# A list's note that a row's papers are handed out at the meeting, its own cell after the title ("... köp av tjänster
# inom naturbruksutbildning Handlingar delas ut under sammanträdet 7. Politisk ...", Jämtlands gymnasieförbund;
# Laholmsbuktens VA's "Handling utdelas på sammanträdet", Ljungby's "(Handlingar delas ut vid sammanträdet)"): no
# title's words, and no title of a row whose number was lost (meetingdocs cuts it off a title's end too).
PAPERS_HANDED_OUT = r"Handling(?:ar)?\s+(?:utdelas|delas\s+ut)\s+(?:på|vid|under)\s+sammanträdet"
_PAPERS_HANDED_OUT_IN_ROW = re.compile(r"\s+" + PAPERS_HANDED_OUT + r"\.?(?=\s|$)")


def without_papers_handed_out(item: Item) -> Item:
    """A kallelse's row without the note that its papers are handed out at the meeting (_PAPERS_HANDED_OUT_IN_ROW),
    where a title stands before it."""
    head = _PAPERS_HANDED_OUT_IN_ROW.sub("", item.head)
    if head != item.head and head.strip():
        item.head = head
    return item


def split_rows_in_number_gaps(items: list[Item], *, protocol: bool = False) -> list[Item]:
    """A list whose numbers were lost between two numbered rows, the rows not: the title rows from the first up
    to the second, without text of their own, are cut where further titles open (_gap_openings) when they hold no
    more openings than numbers were lost, each piece an item without a number; with more which is which is
    unknown, and the rows stay whole. One rule for both lists: an agenda's (a copy site's run-on page: "Hultsfred
    VA-plan 2018/ Renhållningstaxor Hultsfreds kommun Taxa för verksamhetsavfall ... 20 Överföring ...") cuts each
    row in the gap (a row with text under it counts as a row, but is not cut) and reads no gap wider than its rows
    can fill (more numbers skipped are another list's) unless they open exactly as many titles as numbers were lost;
    a `protocol`'s list of paragraphs (Askersund's, Härjedalen's, Region Kronoberg's, Finspång's) cuts only the row
    of its list right before the gap, however wide."""
    numbered = [index for index, item in enumerate(items) if item.key and (protocol or item.number)]
    cuts_at: dict[int, list[int]] = {}
    numbers_at: dict[int, list[re.Match]] = {}  # a row's own heads of the numbers its list passed over
    every_gap_may_hold: bool | None = None  # (asked once, where a gap's count is first needed)
    for first, second in itertools.pairwise(numbered):
        lost = items[second].number - items[first].number - (second - first)  # (the items between have no number)
        if protocol:
            passed_over = _passed_over_numbers(items[first].head, items[first].number, items[second].number) \
                if lost > 0 and second == first + 1 else []
            if passed_over:
                numbers_at[first] = passed_over
                continue
            if not (items[first].row and items[second].row and lost > 0):
                continue
            rows = [first] if not any(x.stripped for x in items[first].lines) else []
        else:
            if lost <= 0:
                continue
            # (A head longer than a title may hold the lost rows each opening with its case number, as the row does:
            # "8. KS/2019:46 Kommunstyrelsens bokslut KS/2019:44 Tilläggsbudget ... KS/2019:43 Upphörande ...", Flen.)
            rows = [index for index in range(first, second)
                    if not any(x.stripped for x in items[index].lines) and (
                        len(items[index].head) <= _LONGEST_TITLE or _case_number_openings(items[index].head))]
        found = dict(zip(rows, _gap_openings([items[index].head for index in rows], lost), strict=True))
        if len(rows) == 1 and len(found[rows[0]]) != lost:
            # The openings the rules find fall short of the gap's count, or pass it: the count proves where sentence
            # case opens each title, where exactly as many capitalised words stand there ("114 Flerårsplan Delårsrapport
            # Äldreplan Förändrade avgifter inom socialtjänsten 118", Botkyrka; "182 ... Budget 2016 med plan för
            # Begäran om medel ... 186", Borgholm, a plan's years lost), and every gap of the list may hold
            # its lost titles (a list whose numbers skip where no title could open, "8 Uppföljning ... 2013 10
            # Yttrande ...", Värmdö's, lists some §§ only: its gaps count no titles).
            if every_gap_may_hold is None:
                every_gap_may_hold = _every_gap_may_hold_titles(items, numbered)
            counted = (_counted_openings(items[rows[0]].head, lost)
                       or _first_word_again(items[rows[0]].head, lost)) if every_gap_may_hold else []
            if counted and _ends_other_rows(items[rows[0]].head, counted, items):
                counted = []
            if counted and set(found[rows[0]]) <= set(counted):  # (the rules' fewer openings among them)
                found = {rows[0]: counted}
        # (A gap wider than the rows read may be another list's numbers, "5. ... Ks 87 ...", Ragunda: read only where
        # the row before it opens exactly as many titles as numbers were lost, "5. Skattesats Budget , investeringar
        # Tematiskt tillägg ... Samverkansavtal ... 9. ...", Nordanstig's run-on page.)
        if not protocol and lost > second - first and sum(map(len, found.values())) != lost:
            continue
        if 0 < sum(map(len, found.values())) <= lost:
            cuts_at.update(found)
    result = []
    for index, item in enumerate(items):
        if index in numbers_at:
            result.extend(_split_at_passed_over(item, numbers_at[index]))
            continue
        pieces = _split_at(item, cuts_at.get(index, []))
        for piece in pieces[:-1]:  # "... kärnbränsle ca kl Nyväckta motioner": the time's digits were lost
            piece.head = _LOST_TIME.sub("", piece.head)
        result.extend(pieces)
    return result


def _ends_other_rows(head: str, cuts: list[int], items: list[Item]) -> bool:
    """Whether what follows one of the cuts in a row's head also ends another row of its list: a column's cell run
    into the titles (the presenter "Anna Andersson" closing rows 1, 7 and 11 of a kallelse whose standing items 2 and
    3 were left out), not further titles the gap's count would cut there."""
    others = [" ".join(item.head.split()) for item in items if item.head is not head]
    for cut in cuts:
        tail = " ".join(head[cut:].split())
        if tail and len(tail.split()) <= _CELL_WORDS and any(other.endswith(" " + tail) for other in others):
            return True
    return False


_CELL_WORDS = 4  # a presenter's or an officer's name and title, at most


def _every_gap_may_hold_titles(items: list[Item], numbered: list[int]) -> bool:
    """Whether each gap in a list's numbers stands after rows in which at least as many titles may open by sentence
    case (_sentence_case_openings) as numbers were lost there: a list that lost its numbers; not one that lists some
    §§ only."""
    for first, second in itertools.pairwise(numbered):
        lost = items[second].number - items[first].number - (second - first)
        if lost > 0 and sum(len(_sentence_case_openings(items[index].head)) for index in range(first, second)) < lost:
            return False
    return True


_LOST_TIME = re.compile(r"\s+(?:ca\.?\s+)?kl\.?$")
# A § number standing alone before a capitalised word, as a row's head does.
_ROW_HEAD_INSIDE = re.compile(r"(?<=\s)(?:§\s?)?(?P<n>\d{1,4})\s+(?=[A-ZÅÄÖ])")


def _passed_over_numbers(head: str, number: int, following: int) -> list[re.Match]:
    """The heads of the §§ a list's reading passed over between two rows it found (§§ 76 and 78 found, "... (Dnr KFV
    2018/00030 77 MRP: Årets gymnasiekampanj ...", Kunskapsförbundet Väst: § 77 run on in § 76's row), each standing
    in the row before the gap as a row's number does, before a capitalised word: only where every number the gap
    lacks stands there, once and in order, and no other number of the list does; [] otherwise. The §§ run on one by
    one: the gap's count, not the words, says a number there is a §'s."""
    marks = [m for m in _ROW_HEAD_INSIDE.finditer(head) if number < int(m.group("n")) <= following + 2]
    wanted = list(range(number + 1, following))
    return marks if [int(m.group("n")) for m in marks] == wanted else []


def _split_at_passed_over(item: Item, marks: list[re.Match]) -> list[Item]:
    """The row cut at the heads of the §§ passed over in it, each piece a row with its number (_passed_over_numbers);
    the last takes the row's lines."""
    pieces = _split_at(item, [m.start() for m in marks])
    for piece, mark in zip(pieces[1:], marks, strict=True):
        number = int(mark.group("n"))
        piece.key, piece.number, piece.row = f"§ {number}", number, True
        piece.head = piece.head[mark.end() - mark.start():].strip()
    return pieces


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
_LEADER_PAGE_NUMBER = re.compile(r"(?<!\s)\s*(?:(?<!\.)\.{2,}|(?<!…)…+)\s*\d{1,3}\s+(?=(?:\d{1,3}\s+)?[A-ZÅÄÖ]"
                                 r"|\d{1,3}(?:\.{2,}|…))")  # (or a § row of its own: "... 5 33... 7 Title", Nacka)
# (A protocol's list may be headed as its register: "Protokollsregister Årsredovisning... 3", Åre.)
_CONTENTS_HEADING = re.compile(
    r"\b(?:" + list_heading_any_case("innehållsförteckning", "innehåll", "ärendeförteckning", "ärendelista")
    + r"|protokollsregister|paragrafregister)\b"
    # (the heading's own dot leader before the columns' heads too, its page lost: "Innehållsförteckning... Sid 248
    # Remiss ...", Piteå)
    r"(?:\s*:|\s*(?:\.{2,}|…)(?=\s*(?:sida|sid\.?|paragraf|§)\s)|\s+(?:ärenden?|rubrik|sida|sid\.?|paragraf|§)\b)*"
    r"\s*", re.IGNORECASE)
_PAGE_COLUMN_HEAD = re.compile(r"(?<=\s)(?:Sida|Sid\.?)\s+(?=[A-ZÅÄÖ])")
_BRACKETED_CASE_END = re.compile(_BRACKETED_NUMBER.pattern + r"(?=\s+[A-ZÅÄÖ])")


# A list giving each § two leader rows, its number (and case number) and then its title, both on one page
# ("32... 5 Anmälningar... 5 33... 7 Delegationsbeslut... 7 34 KFKS 2015/15-002... 8 Exemplifiering ...... 8",
# Nacka; "1... 4 Muntliga informationer... 4 2... 6 Svar på ...", Sollefteå).
_NUMBER_ROW = re.compile(r"^\d{1,3}(?:\s+(?:(?i:dnr)\.?:?\s*)?[A-ZÅÄÖ]{0,6}[\s/-]?\d[\d/.:-]*)?$")
_LEADER_PAGE = re.compile(r"(\d{1,3})\s*$")
_TITLE_AND_PAGE = re.compile(r"^[A-ZÅÄÖ].*?(?:\.{2,}|…+)\s*(?P<page>\d{1,3})$")


def _number_rows_joined(rows: list[str], leaders: list[re.Match]) -> list[str]:
    """A row holding only a number (and a case number) whose page is the next row's is that row's head: joined,
    '34 KFKS 2015/15-002 Exemplifiering av ...'. Only where every such number row is followed so."""
    pages = [_LEADER_PAGE.search(m.group()).group(1) for m in leaders]
    heads = [index for index, row in enumerate(rows) if _NUMBER_ROW.match(row)]
    # (The list's last number row may have its title after the last leader, where the excerpt may cut it: as is.)
    heads = [index for index in heads if index + 1 < len(rows)]
    if len(heads) < 2 or any(pages[index] != pages[index + 1] or _NUMBER_ROW.match(rows[index + 1])
                             for index in heads):
        return rows
    joined: list[str] = []
    for index, row in enumerate(rows):
        if index - 1 in heads:
            joined[-1] = f"{joined[-1]} {row}"
        else:
            joined.append(row)
    return joined


# A contents row opening with two codes or more of one body counting on by one, before one title ("KF 72 KF 73
# Revisionsberättelse ...... 87 Årsredovisning ...... 88 KF 74 ...", Karlsborg): the list's § column set its numbers
# one above the other beside rows whose titles came after them, each in its own leader row.
_CODE_RUN = re.compile(r"^(?P<codes>(?:(?:[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3}|§)\s?\d{1,4}\s+){2,})(?=[A-ZÅÄÖ\"”])")
_ROW_CODE = re.compile(r"(?P<code>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3}|§)\s?(?P<n>\d{1,4})")
_STACKED_CODE_ROW = re.compile(r"^(?:[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3}\s?|§\s?)?\d{1,4}\s")  # a row a code or number opens


def _stacked_codes_spread(rows: list[str]) -> list[str]:
    """Leader rows where one opens with k codes of one body counting on by one (_CODE_RUN) and exactly k - 1 rows
    without a code follow it before the next coded row or the list's end: each code given to the title in its place,
    in order ('KF 72 Revisionsberättelse ...', 'KF 73 Årsredovisning ...'). Else the rows as they are (a code alone
    before a title whose row lost its number: no title is tied to which code)."""
    result = list(rows)
    at = 0
    while at < len(result):
        run = _CODE_RUN.match(result[at])
        codes = [(m.group("code"), int(m.group("n"))) for m in _ROW_CODE.finditer(run.group("codes"))] if run else []
        if len(codes) < 2 or len({code for code, _n in codes}) != 1 \
                or any(b[1] != a[1] + 1 for a, b in itertools.pairwise(codes)):
            at += 1
            continue
        end = at + 1
        while end < len(result) and not _STACKED_CODE_ROW.match(result[end]):
            end += 1
        if end - at != len(codes):
            at = end
            continue
        titles = [result[at][run.end():], *result[at + 1:end]]
        result[at:end] = [f"{code} {n} {title}" for (code, n), title in zip(codes, titles, strict=True)]
        at = end
    return result


# A row's head in a list whose rows open with the body's code and number: "Au 146 Kapitaltillskott ...".
_CODED_ROW_OPENING = re.compile(r"^(?P<code>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3})\s+(?P<n>\d{1,3})\s+(?=[A-ZÅÄÖ])")


def _coded_rows_counting_on(row: str) -> list[str]:
    """A leader list's row that opens with a code and its number and runs on with the rows after it, their leaders
    and pages lost ("Au 146 Kapitaltillskott för Malungshem AB Au 147 Internkontrollplan ... Au 148 ...", Malung-Sälen;
    Ale's, Bjuv's and Rättvik's lists end so): cut at each head of the same code counting on from its number one by one,
    a title between each two; else the row as it is (a code's number that skips or repeats, a sentence between: no
    row of the list)."""
    opening = _CODED_ROW_OPENING.match(row)
    if opening is None:
        return [row]
    heads = list(re.finditer(r"(?<=\s)" + re.escape(opening.group("code")) + r"\s+(?P<n>\d{1,3})\s+(?=[A-ZÅÄÖ])",
                             row[opening.end():]))
    numbers = [int(head.group("n")) for head in heads]
    if not heads or numbers != list(range(int(opening.group("n")) + 1, int(opening.group("n")) + 1 + len(heads))):
        return [row]
    pieces = _cut(row, [opening.end() + head.start() for head in heads])
    if any(_SENTENCE_INSIDE.search(piece) for piece in pieces[:-1]):
        return [row]
    return pieces


def _leader_rows(text: str, *, numbered: bool = False) -> tuple[str, list[str]] | None:
    """'Innehåll Ärende Sida Title A... 3 Title B... 4 Title C... 6 ...' -> the text before the
    list and its rows' titles (leader and page dropped): only under a contents heading, two
    rows with a page number at least (Mora Orsa miljönämnd's list keeps two leaders, the rest lost).
    The piece after the last page number is cut after each bracketed case number; its last part
    may be cut off by the excerpt (the reader decides)."""
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
    if len(leaders) < 2 or heading is None:
        return None
    rows = [text[a:b.start()].strip() for a, b in zip(
        [heading.end(), *(m.end() for m in leaders[:-1])], leaders, strict=True)]
    joined = _number_rows_joined(rows, leaders)
    rest = text[leaders[-1].end():]
    pieces = _cut(rest, [m.end() for m in _BRACKETED_CASE_END.finditer(rest)])
    # (a title's length at most: the leader's backtracking is not let loose on a long run of dots)
    last_title = _TITLE_AND_PAGE.match(pieces[0]) if pieces and joined is not rows and _NUMBER_ROW.match(rows[-1]) \
        and len(pieces[0]) <= _LONGEST_TITLE else None
    if last_title and last_title.group("page") == _LEADER_PAGE.search(leaders[-1].group()).group(1):
        # "5... 16 Avtal med Nextjet ... AB... 16" ending the list: the last number row's title, on its page.
        joined[-1], pieces = f"{joined[-1]} {pieces[0]}", pieces[1:]
    rows = joined
    rows.extend(pieces)
    if numbered:
        # An agenda's contents list also gives each item's sections ("Beslut... 7", "Handlingar... 10"):
        # an item's section heading is no item.
        rows = [row for row in rows if _item_heading(_DOT_LEADER.sub("", row)) is None]
    return text[:heading.start()].strip(), [row for row in rows if row]


_NUMBER_TOKEN = re.compile(r"(?:^|\s)§?\s?\d{1,3}(?=\s|$)")  # a list's number, or a page's, standing alone
_CONTINUED_ROW = re.compile(r"^(?:[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,3}\s+)?(?:§\s*)?\d{1,3},?\s+(?i:forts)\.?\s+"
                            r"(?=(?:[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,3}\s+)?(?:§\s*)?\d{1,3}\s)")
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
    if end is None and (own := re.match(r"\d{1,3}\s+", pieces[-1])):
        # The list's last numbered row runs on with the rows after it, their §§ and pages lost ("34 Nedskrivning av
        # fastigheter Bygdeutvecklingsstöd till Karbenning Fördelning av ...", Norberg; "73 Översyn av limitnivåer för
        # internbankens verksamhet Årsredovisning 2013 för ... Mål och budget för Avesta kommun ...", Avesta): longer
        # than any title, no number left in it, it is cut where each title opens, as a leader list's rows after its
        # last page are (_rows_whose_pages_were_lost); the rows after the first keep no number.
        after = _rows_whose_pages_were_lost(pieces[-1][own.end():])
        pieces[-1:] = [pieces[-1][:own.end()] + after[0], *after[1:]]
    return pieces


# A row's page then the title of a row whose number was lost: "... för stiftelsen 5 Tertialrapport 1 ...".
_PAGE_THEN_TITLE = re.compile(r"(?<=[\wåäö)])\s(?P<page>\d{1,3})\s+(?=[A-ZÅÄÖ][a-zåäö])")


def _lone_inner_page(text: str, start: int, end: int, low: int, high: int) -> re.Match | None:
    """The one page standing inside text[start:end] before a title (_PAGE_THEN_TITLE), from `low` to `high` (the pages
    of the rows around it): where a row's number was lost between two rows, its page, its title after it. None where
    none or more than one fits, or where the text before it ends open (a title going on past a number of its own:
    "Detaljplan för 10 ...")."""
    inner = [m for m in _PAGE_THEN_TITLE.finditer(text, start, end) if low <= int(m.group("page")) <= high]
    if len(inner) != 1 or text[:inner[0].start()].rstrip().endswith(_OPEN_ENDINGS):
        return None
    return inner[0]


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
    if first and pairs[0].start() > 0 and _goes_on_from(int(first.group("n")), seconds) \
            and not _goes_on_from(int(first.group("n")), numbers):
        # "43 Anmälningsärenden ... 3 44 Tysta områden 5 45 Ekonomi ... 7 47 ...": both columns rise, a row's § lost
        # on the way; the column going on from the first row's § is the §s', the other (pages, two by two) not.
        return _NUMBER_AND_PAGE.sub(lambda m: m.group("page") + " ", rows)
    if (all(b == a + 1 for a, b in zip(seconds, seconds[1:], strict=False))
            and not all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))
            and all(b >= a for a, b in zip(numbers, numbers[1:], strict=False))):
        # "2 55 Allmänhetens frågestund 4 56 Inkomna medborgarförslag 5 57 ...": the page first, then the §
        # (Tranemo): a § counts up by one at every row, pages jump and never go back (Gällivare's "141 4
        # ...", Ånge's and Oskarshamn's "60 Title 4 61": the § is the column counting by one there too).
        return _NUMBER_AND_PAGE.sub(lambda m: m.group("page") + " ", rows)
    rows = _pages_of_untold_rows_dropped(rows, pairs)
    return _NUMBER_AND_PAGE.sub(lambda m: m.group("n") + " ", _lost_rows_pages_dropped(rows, pairs))


# A row's § and page before a title opening in lower case (its first word lost by the extraction: "286 605 s
# delårsrapport 2016", Gällivare's body name), or at the excerpt's end, the title cut off ("... 289 609").
_NUMBER_AND_PAGE_UNTOLD = re.compile(r"(?<=\s)(?P<n>\d{1,3})\s+(?P<page>\d{1,3})(?=\s+[a-zåäö]|\s*$)")


def _pages_of_untold_rows_dropped(rows: str, pairs: list[re.Match]) -> str:
    """'285 604 Uppföljning ... 2016 286 605 s delårsrapport 2016 287 606 Gällivare ...': in a list giving each row's §
    then its page (`pairs`, the rows whose titles open in capitals), a § and a page before a title in lower case or
    at the text's end are a row's too where both columns prove it: its § the one after the row's above (and the one
    before the row's below), its page between theirs (at most PAGE_STEP past the last). Its page is dropped, so that
    the row is cut there; a pair fitting no such place is left as it stands."""
    dropped = []
    for match in _NUMBER_AND_PAGE_UNTOLD.finditer(rows):
        above = next((pair for pair in reversed(pairs) if pair.start() < match.start()), None)
        below = next((pair for pair in pairs if pair.start() > match.start()), None)
        number, page = int(match.group("n")), int(match.group("page"))
        if above is None or number != int(above.group("n")) + 1 \
                or not int(above.group("page")) <= page <= int(above.group("page")) + PAGE_STEP:
            continue
        if below is not None and (int(below.group("n")) != number + 1 or page > int(below.group("page"))):
            continue
        dropped.append(match)
    for match in reversed(dropped):
        rows = rows[:match.end("n")] + rows[match.end("page"):]
    return rows


def _goes_on_from(first: int, column: list[int]) -> bool:
    """Whether `column` goes on from a list's first row's number as its §s do: one or two past the number before
    (a row lost at most), every one."""
    return all(0 < b - a <= 2 for a, b in itertools.pairwise([first, *column]))


def _lost_rows_pages_dropped(rows: str, pairs: list[re.Match]) -> str:
    """'143 9 Detaljplan ... antagande 11 Budget ... 145 14 ...': where a row's number was lost between two rows giving
    § and page (a gap of one), its page standing alone before its title, the one page fitting between theirs, is
    dropped, so that the title is read as a row whose number was lost (split_rows_in_number_gaps cuts it there)."""
    lost = []
    for pair, after in itertools.pairwise(pairs):
        if int(after.group("n")) != int(pair.group("n")) + 2:
            continue
        inner = _lone_inner_page(rows, pair.end(), after.start(), int(pair.group("page")), int(after.group("page")))
        if inner is not None:
            lost.append(inner)
    for match in reversed(lost):
        rows = rows[:match.start("page")] + rows[match.end():]
    return rows


# A heading set in letter-spaced capitals ("F Ö R E D R A G N I N G S L I S T A", "Ä R E N D E F Ö R T E C K N I N G",
# "K U N G Ö R E L S E", "M U L L S J Ö K O M M U N": Osby, Härjedalen, Härryda, Mullsjö), six letters at least.
_LETTER_SPACED = re.compile(r"(?<![\wåäöÅÄÖ])(?:[A-ZÅÄÖ] ){5,}[A-ZÅÄÖ](?![\wåäöÅÄÖ])")


def close_letter_spaced(text: str) -> str:
    """Each letter-spaced heading of the text written as one word ('FÖREDRAGNINGSLISTA')."""
    return _LETTER_SPACED.sub(lambda m: m.group().replace(" ", ""), text)


def join_letter_spaced(lines: list[Line]) -> list[Line]:
    """Each letter-spaced heading written as one word ('FÖREDRAGNINGSLISTA'), so that it reads as the heading."""
    return [Line(line.number, close_letter_spaced(line.text), line.page_start, line.item_start)
            if _LETTER_SPACED.search(line.text) else line for line in lines]


# The first row's number alone before its title, the rest of the list's numbers lost ("ÄRENDELISTA 111 Information
# Redovisning av delegationsbeslut Ekonomisk ...", V-Dala; Regionförbundet Örebro län's "INNEHÅLLSFÖRTECKNING 33 ...").
_FIRST_ROW_NUMBER = re.compile(r"^\s*\d{1,3}\s+(?=[A-ZÅÄÖ])")
_NAME_BEFORE_DASH = re.compile(r"\S+\s+[-–]\s")
_PAGE_COLUMN_WORD = re.compile(r"\bsid", re.IGNORECASE)  # a page column's head ("Sid", "Sida") before the list


# A body's code standing before a § mark: "KF § 60 Information KF § 61 Allmänhetens frågestund ...".
_CODE_BEFORE_MARK = re.compile(r"(?:^|\s)(?P<code>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5})\s+$")


def _code_before(text: str, at: int) -> re.Match | None:
    """_CODE_BEFORE_MARK ending at `at`, searched from just before the code it can be (a word of at most six
    letters after the blank run before `at`): searching from the line's start made a long run-on line's list
    quadratic (2,000 §§ on one line: 2.4 s of 2.9 s)."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return _CODE_BEFORE_MARK.search(text, max(0, end - 7), at)


def _with_codes_before(text: str, starts: list[int]) -> list[int]:
    """A run of § marks' starts moved back to the body's code each stands after, where the same code stands before
    every mark but perhaps the first ("KF § 59 Godkännande av dagordning KF § 60 Information KF § 61 ..."): the
    code is the row's own, as in the lists of 9 tuning organisations whose signs were lost ("KF 60 Information KF
    61 ...", Karlsborg; Säter's "Ks 197 Kommunal skattesats Ks 198 ...", Arvidsjaur, Rättvik, Åmål; _number_chain
    reads those with their codes), never the end of the title before it ("Information KF")."""
    codes = [_code_before(text, at) for at in starts]
    named = [code.group("code") for code in codes[1:] if code]
    if len(named) < len(starts) - 1 or len(set(named)) != 1:
        return starts
    return [code.start("code") if code else at for code, at in zip(codes, starts, strict=True)]


# A protocol's list of paragraphs numbered through the year under the body's code ("KS 52/16 Utveckling av
# Billingen... 3 KS 53/16 Ansökan om ..."): Skövde's form, as Nynäshamn's and Region Uppsala's agendas number
# their rows "250/18", Sollentuna's utdrag "§ 26/2017" and Skövde's own "§78/17" (whose case number is
# "KS2017.0216"). The same code and year on each row and the serial counting up by one row to row mark the
# paragraphs: a meeting's case numbers do not run on one by one (in the tuning texts the only such run besides
# Skövde's, Strömsund's "AU 79/2018, AU 80/2018, AU 81/2018", is the arbetsutskott's §§ too, never a case number).
_YEAR_CODED_ROW = re.compile(r"(?:(?<=\s)|^)" + _YEAR_CODED + r"(?=[A-ZÅÄÖ])")
_LEADER_AT_ROW_END = re.compile(r"\s*(?:\.{2,}|…+)\s*(?:\d{1,3})?\s*$")
_YEAR_CODED_AT_LEAST = 3


# Such a row whose serial the extraction lost, its year left ("/2016 Kommunens kvalitet i korthet ...", Lindesberg).
_YEAR_ONLY_ROW = re.compile(r"(?:(?<=\s)|^)/(?P<year>(?:19|20)\d\d|\d{2})\s+(?=[A-ZÅÄÖ])")


def _split_year_coded_list(text: str) -> tuple[str, list[str]] | None:
    """'Innehållsförteckning KS 52/16 Title... 3 KS 53/16 Title ...' ('19/2016 Title 20/2016 Title ...' without a
    code): the text before the list and its rows (each opening with its code and year-numbered §, leader and page
    dropped), or None. Three rows at least, one code and one year, each row's serial one past the row before it, or
    two past where a row between kept only its year ("/2016 Title": a row of the list, its serial lost; its year
    dropped with it)."""
    numbered = list(_YEAR_CODED_ROW.finditer(text))
    if len(numbered) < _YEAR_CODED_AT_LEAST or len({(m.group("code"), m.group("year")) for m in numbered}) != 1:
        return None
    lost = [m for m in _YEAR_ONLY_ROW.finditer(text, numbered[0].end(), numbered[-1].start())
            if m.group("year") == numbered[0].group("year")]
    for a, b in itertools.pairwise(numbered):
        between = sum(1 for m in lost if a.end() <= m.start() < b.start())
        if between > 1 or int(b.group("n")) != int(a.group("n")) + 1 + between:
            return None
    rows = sorted([*numbered, *lost], key=lambda m: m.start())
    ends = [m.start() for m in rows[1:]] + [len(text)]
    pieces = [text[m.start() if m in numbered else m.end():end].strip() for m, end in zip(rows, ends, strict=True)]
    pieces = [_LEADER_AT_ROW_END.sub("", piece) if len(piece) <= _LONGEST_TITLE else piece for piece in pieces]
    return text[:rows[0].start()].strip(), pieces


def _rows_on_their_lines(line: Line, before: str, rows: list[str]) -> list[Line]:
    """A run-on line split into rows: the text before the first row (if any) keeps the line's page start, each row
    a line of its own marked as an item's start."""
    head = [Line(line.number, before, page_start=line.page_start)] if before else []
    return head + [Line(line.number, row, item_start=True) for row in rows]


# A § mark in a list run on, a page perhaps between the § and the title ("§ 142 324 Budgetuppföljning", Gällivare's
# contents list, the page column extracted after the § column).
_SECTION_PAGE_IN_RUN = re.compile(r"(?:(?<=\s)|^)§\s?(?P<n>\d{1,4})\s+(?:(?P<page>\d{1,3})\s+)?(?=[\"(]?[A-ZÅÄÖ])")


def _section_pages_dropped(text: str) -> str | None:
    """A list of §§ run together whose rows give their pages between § and title: the text with the pages dropped,
    where three §§ or more count on (one may be lost), two of them at least give a page, and the pages rise row to
    row, a second ascending run beside the §s' (a title's own number opens no title: "§ 12 3 st ..."); else None."""
    marks = list(_SECTION_PAGE_IN_RUN.finditer(text))
    chain = [marks[i] for i in _consecutive([int(m.group("n")) for m in marks])]
    paged = [m for m in chain if m.group("page")]
    pages = [int(m.group("page")) for m in paged]
    if len(chain) < 3 or len(paged) < 2 or any(b <= a for a, b in itertools.pairwise(pages)):
        return None
    for match in reversed(paged):
        text = text[:match.start("page")] + text[match.end():]
    return text


_FRONT_PAGE_LINES = 60  # the lines a protocol's front page stands in (meetingdocs reads its range there too)
_STATED_RANGE = re.compile(STATED_PARAGRAPHS)  # (its bare "§§ 1-8" too: the rows after it must count on from it)
_RANGE_ROW = re.compile(r"(?:(?<=\s)|^)(?P<n>\d{1,4})\s+(?=[A-ZÅÄÖ][a-zåäö])")
_SENTENCE_INSIDE = re.compile(r"[a-zåäö]{2}\.\s+[A-ZÅÄÖ]")


def _rows_in_stated_range(text: str, stated: re.Match) -> list[str] | None:
    """'141 Årsredovisning ... 142 Tertialrapport ... 143 ...' on a line of its own, no heading over it, where the front
    page states 'Paragrafer 141-147': a list of the §§, its rows opening with the range's first number and counting on
    one by one inside the range, three at least, each a title (no longer than one, no sentence in it); else None."""
    first, last = int(stated.group("first")), int(stated.group("last"))
    return _list_rows_counting_on(text, first, last, least=3) if last - first >= 2 else None


_ROWS_COUNTING_ON = 4  # rows counting on from a line's start that make it a list where no range or heading says so
# An agenda's heading on a line of its own ("Ärendelista", "Ärenden:", "På dagordningen:", "Ärenden för behandling").
_AGENDA_HEADING_ALONE = re.compile(r"(?:[Pp]å\s+)?(?i:dagordning(?:en)?|föredragningslista(?:n)?|ärendelista(?:n)?"
                                   r"|ärendeförteckning|ärenden(?:\s+för\s+behandling)?)(?:\s+i\s+sammandrag)?\s*:?")
_FRONT_FORM_LABEL = re.compile(r"\b(?:Utsedd|Utses)\s+att\s+justera\b|\bUnderskrifter\b|\bParagrafer\s+§*\s*\d")
_LABELLED_PAGE_CELL = re.compile(r"(?<=\S)\s+sid\.?\s+\d{1,3}(?=\s|$)")  # "... föredragningslista sid 4"
_LIST_OPENS_HERE = re.compile(r"")  # (an empty label: the list's heading stood on the line above)
# A list's heading closing its line ("... Innehållsförteckning", "Ärenden sida:"), perhaps glued to a word before it
# ("Valärenden"); _HEADING_WORD_ALONE: a word of its own.
_HEADING_AT_END = (r"(?:" + list_heading_any_case("innehållsförteckning", "innehåll", "ärendeförteckning",
                                                  "ärendelista")
                   + r"|(?i:ärenden))(?:\s+(?i:sida|sid\.?))?\s*:?\s*$")
_HEADING_ALONE = re.compile(_HEADING_AT_END)
_HEADING_WORD_ALONE = re.compile(r"(?<![\wåäöÅÄÖ])" + _HEADING_AT_END)


def _list_rows_counting_on(text: str, first: int | None = None, last: int | None = None, *,
                           least: int = _ROWS_COUNTING_ON) -> list[str] | None:
    """The rows of a list opening a line and counting on one by one from its first number (`first` where a range was
    stated, up to `last`): `least` at least (three under a range or a heading, four where nothing but the run says
    so); each a title (no longer than one, no sentence in it; pages after the titles dropped); else None."""
    opening = re.match(r"(\d{1,4}) (?=[A-ZÅÄÖ][a-zåäö])", text)
    if opening is None or first is not None and int(opening.group(1)) != first:
        return None
    if first is None and least >= _ROWS_COUNTING_ON and int(opening.group(1)) < 2:
        # (With nothing but the run to tell it: points numbered from 1, a decision's "1 Kommunstyrelsen godkänner
        # ... 2 ...", are any list's; §§ are told so only where they go on from earlier ones.)
        return None
    first, last = int(opening.group(1)), last if last is not None else 10_000
    starts, expected = [], first
    for match in _RANGE_ROW.finditer(text):
        if int(match.group("n")) == expected and expected <= last:
            starts.append(match.start())
            expected += 1
    if len(starts) < least:
        return None
    rows = _page_column_dropped([piece.strip() for piece in _cut(text, starts[1:])])  # (pages after titles: dropped)
    if any(len(row) > _LONGEST_TITLE or _SENTENCE_INSIDE.search(row) or _ACTING_ROW.match(row) for row in rows):
        return None
    return rows


# A numbered point whose subject acts ("2 Kommunstyrelsen uppdrar åt ...", "4 Beslutet gäller ..."): a sentence of a
# decision, no title (a title names a matter, it does not act). The verbs: meetingwords' deciding and acting ones, and
# those of a decision's other sentences (its past, what it has, shall, applies to, holds).
_ACTING_ROW = re.compile(r"^\d{1,4}\s+[A-ZÅÄÖ][\wåäö-]*\s+(?:" + _DECIDING_VERB + "|" + _ACTING_VERB
                         + r"|beslutade|har|ska|skall|gäller|anser)\b")


# The registry's code before each row's label, its number lost after it ("Ärendelista 44 ATVKS Dnr Ledamöternas
# frågestund ATVKS Dnr Årsredovisning ... ATVKS Dnr ...", Åtvidaberg, the Dnr cell printed code first).
_CODE_BEFORE_LABEL = re.compile(r"(?<!\S)(?P<code>[A-ZÅÄÖ]{2,8})\s+$")


def _registry_before_labels(listed: str, labels: list[int]) -> str | None:
    """The registry's code most of the "Dnr" labels in `listed` stand after (more than half); None otherwise."""
    codes = [_CODE_BEFORE_LABEL.search(listed[max(0, at - 10):at]) for at in labels]
    common = Counter(code.group("code") for code in codes if code).most_common(1)
    return common[0][0] if common and common[0][1] * 2 > len(labels) else None


def _with_registry_before(listed: str, labels: list[int], common: str | None) -> list[int]:
    """Each row's start at its "Dnr" label in `listed`, or at the registry's code before it where most labels stand
    after the same code, `common` (_registry_before_labels: the row's case cell opens there; a title's last word in
    capitals is no row's code unless the rows share it)."""
    if common is None:
        return labels
    codes = [_CODE_BEFORE_LABEL.search(listed[max(0, at - 10):at]) for at in labels]
    return [at - len(code.group()) if code and code.group("code") == common else at
            for at, code in zip(labels, codes, strict=True)]


def _next_code_cut(listed: str, common: str | None) -> int | None:
    """Where `listed` ends in the first letters of the registry's code its rows open with, `common`
    (_with_registry_before), cut by the text's end ("... Medborgarförslag - mer stöd till ÅFF ATV", Åtvidaberg): the
    next row's opening, no part of the last title; None otherwise."""
    end = re.search(r"(?<=\s)(?P<cut>[A-ZÅÄÖ]{2,7})\s*$", listed) if common else None
    return end.start() if end and common.startswith(end.group("cut")) and end.group("cut") != common else None


def split_contents_runs(lines: list[Line], *, protocol: bool) -> list[Line]:
    """Rows of a list of paragraphs run together on one line: '§ 141 Title § 142 Title § 143 ...'
    (three § numbers in order at least), or after a contents heading '21 Title 22 Title 23 ...'
    (a protocol's) or 'Title... 3 Title... 4' (titles and pages, no numbers): each row on a line
    of its own, marked as an item's start."""
    result: list[Line] = []
    next_after: int | None = None  # the next number of a list whose numbers stand after its titles
    last_line = next((line for line in reversed(lines) if line.stripped), None)
    # (the §§ the front page says the protocol holds, "Paragrafer 141-147": a list without heading may open with them)
    stated = next((found for line in lines[:_FRONT_PAGE_LINES] if (found := _STATED_RANGE.search(line.stripped))),
                  None) if protocol else None
    before_line = ""  # the last line with text before this one (a heading alone there heads this line's list)
    above_before = ""  # the line with text before that (an agenda's heading above its columns' heads)
    last_with_text: Line | None = None
    for line in lines:
        if result and result[-1].stripped and result[-1] is not last_with_text:
            last_with_text, above_before, before_line = result[-1], before_line, result[-1].stripped
        unglued = _unglue_counted_numbers(line.stripped) if len(line.stripped) >= RUN_ON else line.stripped
        if unglued != line.stripped:
            line = Line(line.number, unglued, page_start=line.page_start, item_start=line.item_start)
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
        coded = _split_year_coded_list(text) if protocol else None
        if coded is not None:
            before, rows = coded
            result.extend(_rows_on_their_lines(line, before, rows))
            continue
        paged = _leader_rows(text, numbered=not protocol)
        if paged is not None:
            before, rows = paged
            # "KS 168 forts KS 169 Dnr 2013/ Medborgarförslag ...": the page where § 168 goes on ('forts.', as
            # Fagersta's "KS § 67, forts." and Jönköping's "forts." mark a § continued), then the next row.
            rows = [_CONTINUED_ROW.sub("", row) for row in rows] if protocol else rows
            if protocol:
                rows = [piece for row in _stacked_codes_spread(rows) for piece in _coded_rows_counting_on(row)]
                # Rows whose leaders and pages were lost run together, longer than any title ("Reglemente för
                # förtjänstgåvor och minnesgåvor Revidering av Regler ... Hundlatrin i Bjurholms samhälle Bidrag
                # ...", Bjurholm's list after its last page): no number to shift, so cut where each title opens,
                # as a list that lost its numbers is, rather than dropped whole.
                # (So the last row too, whose own leader and page end the list: "... Avsägelse från politiska uppdrag
                # ... Avslutning... 34", Vara's, the pages between lost; its last title keeps them.)
                rows = [piece for row in rows for piece in _rows_whose_pages_were_lost(row)]
                # So the rows after the last page though shorter, where two titles or more open in them, each of
                # three words or more ("Program för parkering i Vara kommun Upprättande av arbetsmarknadsråd ...
                # Slutredovisning av ...", Vara; Åre's "Investering nytt höjdfordon inom räddningstjänsten
                # Räddningstjänstens begäran om medel ..."; Bjurholm's, longer, above).
                last_row = rows[-1] if rows else ""
                pieces = _cut(last_row, _title_openings(last_row)) if not _NUMBER_TOKEN.search(last_row) \
                    and not _DOT_LEADER.search(last_row) else []
                if len(pieces) >= 3 and all(len(piece.split()) >= 3 for piece in pieces):
                    rows[-1:] = pieces
            result.extend(_rows_on_their_lines(line, before, rows))
            continue
        marks = list(_SECTION_IN_RUN.finditer(text))
        chain = [marks[i] for i in _consecutive([int(m.group("n")) for m in marks])]
        if len(chain) < 3 and (unpaged := _section_pages_dropped(text)) is not None:
            # "§ 141 Title § 142 324 Title § 143 326 ...": each row's page between its § and its title, dropped.
            line = Line(line.number, unpaged, page_start=line.page_start, item_start=line.item_start)
            text = line.stripped
            marks = list(_SECTION_IN_RUN.finditer(text))
            chain = [marks[i] for i in _consecutive([int(m.group("n")) for m in marks])]
        starts = _with_codes_before(text, [m.start() for m in chain]) if len(chain) >= 3 else []
        paged_after = _rows_paged_after(text) if protocol and not starts else None
        if paged_after is not None:
            before, rows = paged_after
            result.extend(_rows_on_their_lines(line, before, rows))
            continue
        ranged = _rows_in_stated_range(text, stated) if protocol and not starts and stated else None
        here = _STATED_RANGE.search(text) if protocol and not starts and ranged is None else None
        if here and (after_range := _rows_in_stated_range(text[here.end():].strip(), here)) is not None:
            # "Paragrafer 141-147 141 Årsredovisning ... 142 ...": the range, then its rows on the same line.
            result.extend(_rows_on_their_lines(line, text[:here.end()].strip(), after_range))
            continue
        headed = protocol and not starts and _HEADING_ALONE.search(before_line) is not None
        if ranged is None and protocol and not starts and not stated and (line.page_start or headed):
            # No range stated: the rows' run alone, on a page of its own or under a heading on the line above.
            ranged = _list_rows_counting_on(text, least=3 if headed else _ROWS_COUNTING_ON)
        if ranged is not None:
            result.extend(_rows_on_their_lines(line, "", ranged))
            continue
        label = _CONTENTS_LABEL.search(text) if protocol and not starts else None
        if label is None and headed and _HEADING_WORD_ALONE.search(before_line) \
                and len(_number_chain(text, None, sentence_start=False)) >= 3:
            # The list's heading alone on the line above, a page's running head ("1 INNEHÅLLSFÖRTECKNING 1 [3]"), its
            # rows run on below, numbers lost among them ("BESLUTAS AV KOMMUNFULLMÄKTIGE 114 Flerårsplan Delårsrapport
            # ... 118 Upphandling ... 121 ...", Botkyrka): read as a list labelled at the line's start, where its
            # numbers make a run of rows (not a page's text below a row ending in "Valärenden").
            label = _LIST_OPENS_HERE.match(text)
        after_title = None
        if label:
            # (Where the excerpt ends with the list too: opening with a title and ending with a number, its rows read
            # as '§ Title' would have lost both the first row's § and the last row's title; read with their numbers
            # after their titles, none. A list ending with a title is read so only where it goes on over a page.)
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
        # (Not where each row's page stands after its label, "... föredragningslista sid 4 89 ...": read below, the
        # labelled cells dropped.)
        paged = _rows_with_pages(text[label.end():]) if label and len(
            _LABELLED_PAGE_CELL.findall(text, label.end())) < 2 else None
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
            # (Each row's page given with its label, "88 Ändring av föredragningslista sid 4 89 Budgetuppföljning ...
            # sid 5", Ystad: the labelled cells dropped first, not the rows' numbers after them as pages.)
            text = text[:label.end()] + _drop_page_column(_LABELLED_PAGE_CELL.sub("", text[label.end():]))
            numbered = _number_chain(text[label.end():], None, sentence_start=False)
            starts = [label.end() + m.start() for m in numbered]  # with the body's code: "KF 60 Title"
            # A code the chain left before each number ("Innehåll BUN 116 Skolchef BUN 117 ..."): the row's own.
            starts = _with_codes_before(text, starts) if len(starts) >= 3 else starts
            labels = [m.start() for m in re.finditer(r"\bDnr\b", text[label.end():])]
            if not starts and len(labels) >= 3:
                # "Innehållsförteckning 1 Dnr KFKS 2012/ Anmälningar Dnr KFKS 2012/ Delegationsbeslut ...":
                # rows that each open with their case number's label.
                registry = _registry_before_labels(text[label.end():], labels)
                starts = [label.end()] + [label.end() + at for at in _with_registry_before(text[label.end():],
                                                                                         labels, registry)[1:]]
                cut = _next_code_cut(text[label.end():], registry)
                text = text[:label.end() + cut].rstrip() if cut is not None else text
            listed = text[label.end():]
            # The columns' heads before the first row's number ("Innehållsförteckning Ärende 71 Upprop ...", VA-GIS
            # nämnden), as before a list's numbered rows (_LEADING_COLUMN_HEADS).
            column = _LEADING_COLUMN_HEADS.match(listed)
            heads_end = column.end() if column else 0
            # (Not under a page column's head: "Ärendelista Sid 3 Utsedd att justera ...", Kunskapsförbundet Väst.)
            first_number = None if _PAGE_COLUMN_WORD.search(label.group() + listed[:heads_end]) \
                else _FIRST_ROW_NUMBER.match(listed[heads_end:])
            # (A number opening the list under a page column's head is the first row's own or a page's, no other
            # row's: "Innehållsförteckning Ärende Sida 54 Ändringar i föredragningslistan Svar på medborgarförslag
            # ...", Torsby's list whose other numbers were lost.)
            # (Not a front page's form row, "Ärendelista Sid 3 Utsedd att justera ... Paragrafer 74-85 ...": the page
            # the list stands on, the form's labels after it, Kunskapsförbundet Väst's.)
            opening = first_number or (_FIRST_ROW_NUMBER.match(listed[heads_end:])
                                       if not _FRONT_FORM_LABEL.search(listed) else None)
            openings = _title_openings(listed) if not starts and not _row_number_left(
                _DOT_LEADER.sub("", listed[heads_end + opening.end():] if opening else listed)) else []
            if first_number:
                # A name before a dash is what the title is about there, not a title ("Yttrande remiss Avesta -
                # Medborgarförslag angående ...", V-Dala).
                openings = [at for at in openings if not _NAME_BEFORE_DASH.match(listed, at)]
            # (A column of coded numbers, "KS 162 KS 163 KS 164 Title ...", is read as a chain of rows without titles:
            # the column's reading first.)
            column_rows = _run_on_column_rows(listed, ends_text=line is last_line) if not openings and (
                not starts or _RUN_ON_COLUMN.match(listed)) else None
            if column_rows is not None:
                if text[:label.end()].strip():
                    result.append(Line(line.number, text[:label.end()].strip(), page_start=line.page_start))
                result.extend(Line(line.number, row, item_start=True) for row in column_rows)
                continue
            # (a kind's word counts too where a title opens so: "157 Information Protokoll Val Budget 2015, plan
            # Taxor 2015 för ...", Svalöv)
            openings = sorted({*openings, *_kind_word_openings(listed)}) if openings else []
            if len(openings) >= 3:
                # "Ärendeförteckning Justering Information från kommundirektören Allmänhetens frågestund ...",
                # "Ärendelista 63. Fastställande av dagordning Redovisning av delegationsbeslut ...": a list whose
                # numbers the extraction lost (Sundsvall, Östhammar; Alingsås', Mjölby's, Norberg's and Vara's
                # lists lose theirs after their first rows), its titles cut where each opens, without numbers.
                # (Under a page column's head the number before the first title may be its page: no row's number,
                # the title alone.)
                first_at = heads_end + opening.end() if opening is not None and first_number is None else heads_end
                starts = [label.end() + first_at] + [label.end() + at for at in openings if at > first_at]
        if protocol and not starts:
            # (Under a heading too: "FÖLJANDE ÄRENDEN BEHANDLADES PÅ SAMMANTRÄDET: 160 Title Title Title 163 ...".)
            starts = _counted_gap_rows(text)
        if protocol and not starts and (closed := _rows_closed_by_case_and_page(text)):
            # (each row whole, its cells kept: the § reader reads a row's case number and page so)
            result.extend(_rows_on_their_lines(line, "", _cut(text, closed[1:])))
            continue
        if not protocol and not starts:
            starts = run_on_agenda_starts(text, before_line, above_before)
        elif protocol and not starts and _CONTENTS_HEADING_ALONE.match(before_line):
            # A protocol's contents run together under its heading alone ("§§ Ärendeförteckning:" / "Laga ordning
            # Allmän frågestund ...", Tanum's in the runon layout), the § numbers lost: cut as an agenda's is.
            starts = _run_on_title_starts(text, strict=False)
        if not starts:
            result.append(line)
            continue
        list_start = label.end() if label else 0
        heads = _LEADING_COLUMN_HEADS.match(text, list_start) if label else None
        if heads:  # "Paragraf nr Ärenderubrik 70 ..." (Härjedalen), "Paragraf Inledning ... 44" (Norsjö)
            list_start = heads.end()
        before = text[list_start:starts[0]].strip() if label else ""
        first_row = text[starts[0]:starts[1] if len(starts) > 1 else len(text)]
        if before and 2 <= len(before.split()) <= 12 and before[:1].isupper() \
                and not _COLUMN_HEADS_AT_END.search(before) and (first_row.isupper() or not before.isupper()):
            # "Innehållsförteckning REDOVISNING AV DELEGERINGSBESLUT 12 REDOVISNING AV ...": the first
            # row lost its number; it is a row all the same. (Not what ends with the list's column heads:
            # "Innehållsförteckning Kommunfullmäktige den 18 december 2013 Paragraf, ärendebeskrivning 165. ...",
            # Båstad: the list's heading. Nor a heading in capitals over rows in small letters: the group's,
            # "BESLUTAS AV KOMMUNFULLMÄKTIGE 114 Flerårsplan ...", Botkyrka.)
            starts = [list_start, *starts]
        if text[:starts[0]].strip():
            result.append(Line(line.number, text[:starts[0]].strip(), page_start=line.page_start))
        rows = _unstack(_cut(text[starts[0]:], [start - starts[0] for start in starts[1:]]))
        # The list has a page column ("Innehållsförteckning: Sid."): a row's last number is its page. Or a §-row list
        # under its page column's head run on before its first § ("Ärenden Sida § 252 Information om ... 6 § 253
        # Meddelanden ... 7 - 11", Luleå; Jönköping's "Sida § 258 Informationsärenden 3 ..."), every row but the last
        # (the excerpt may end in it) closed by a number or a range of numbers, rising: that is each row's page, as
        # under a labelled list's. (A list under "Sida" whose rows print no pages keeps a title's own last number:
        # "Försäljning av fastigheten Seminariet 1".) One rule for the page at a row's end: _PAGE_AT_ROW_END.
        if label and re.search(r"\bsid", label.group(), re.IGNORECASE) \
                or not label and PAGE_WORD_BEFORE.search(text[max(0, starts[0] - 20):starts[0]]) \
                and _pages_rise([_PAGE_AT_ROW_END.search(row) for row in rows[:-1]]):
            rows = [_PAGE_AT_ROW_END.sub("", row) for row in rows]
        else:
            rows = _page_column_dropped(rows)
        if label and line is last_line and rows:
            rows[-1:] = _rows_the_excerpt_cut(rows[-1])
        if protocol:
            # (a row whose § number was lost among labelled rows: a row of its own, without a number)
            rows = _rows_of_a_labelled_contents_list(rows)
        result.extend(Line(line.number, row, item_start=True) for row in rows)
    return result


def run_on_agenda_starts(text: str, before_line: str, above_before: str = "") -> list[int]:
    """Where each row of a kallelse's agenda run together on one line, its numbers lost, starts; [] where `text` is
    no such list. An agenda's rows run together on the line under its heading alone (`before_line`: "Ärendelista" /
    "Val av justerare Godkännande av ärendelista Meddelanden Information från revisorerna ...", or under its columns'
    heads below it, "Föredragningslista i sammandrag:" / "Ärende" / "Närvaro Frågan om ..."): its titles cut where
    each opens, three at least, as a protocol's list that lost its numbers is. (Not a row that opens with its number:
    "1. Information a) Region ... b) ...", a numbered row's long title.) Or under a line that introduces the list
    otherwise (_introduces_the_list): there the pieces must each be a title, no longer than one and no sentence, as a
    paragraph of text under such a line is not."""
    headed = bool(_AGENDA_HEADING_ALONE.fullmatch(before_line) or _COLUMN_HEADS.fullmatch(
        before_line) and _AGENDA_HEADING_ALONE.fullmatch(above_before))
    return _run_on_title_starts(text, strict=not headed) if headed or _introduces_the_list(before_line) else []


def _run_on_title_starts(text: str, *, strict: bool) -> list[int]:
    """Where each title of a list run together under its heading starts (see run_on_agenda_starts): three at least,
    no row number left standing; `strict`: each piece no longer than a title and no sentence in it."""
    if _ROW_MARK.match(text) or _row_number_left(text) or strict and numbered_row_inside(text):
        return []
    openings = sorted({*_title_openings(text), *_kind_word_openings(text)})
    if len(openings) < _ROWS_CUT_AT_LEAST:
        return []
    if strict and not all(len(piece) <= _LONGEST_TITLE and not _SENTENCE_INSIDE.search(piece)
                          for piece in _cut(text, openings)):
        return []
    return [0, *openings]


def run_on_agenda_rows(lines: list[Line]) -> int:
    """How many rows of an agenda run together on one line (run_on_agenda_starts) `lines` hold."""
    texts = [line.stripped for line in lines if line.stripped]
    return sum(len(run_on_agenda_starts(text, texts[at - 1] if at else "", texts[at - 2] if at > 1 else ""))
               for at, text in enumerate(texts) if len(text) >= RUN_ON)


# A list's row number with its point inside a line, before a capitalised title ("Ärende 1. Närvaro 2. Frågan om ...",
# a list whose numbers stand: the numbered lists' readers read it), or a row's own lettered points ("Information a)
# Region Östergötland b) Direktionen ...", Valdemarsvik: one row's points, no rows).
_NUMBERED_ROW_INSIDE = re.compile(r"(?<!\S)(?:\d{1,3}[.)]|[a-h]\))\s+(?=[A-ZÅÄÖ])")


def numbered_row_inside(text: str) -> bool:
    """Whether a list's numbered row or a row's lettered point stands inside `text` (_NUMBERED_ROW_INSIDE)."""
    return _NUMBERED_ROW_INSIDE.search(text) is not None


def _introduces_the_list(line: str) -> bool:
    """Whether `line`, the line above a run-on list, introduces an agenda's rows without a heading of its own: a
    sentence naming the meeting's matters and ending in a colon ("Kommunfullmäktige i Skara sammanträder måndagen
    ... för behandling av följande ärenden:", "De ärenden som ska behandlas under mötet är:", "För mötet har
    upprättats föredragningslista enligt följande:", "Totalt ska kommunfullmäktige behandla 13 punkter:"), a
    heading naming the meeting after it ("Ärendelista Kommunfullmäktige 2020-06-22"), a group's heading
    ("Beslutsärenden", "Allmänna ärenden"), as _LIST_INTRO reads a notice's list's intro."""
    return bool(line) and (_GROUP_HEADING_ALONE.match(line) is not None or _LIST_INTRO.search(line) is not None
                           and _MEETING_LIST_WORD.search(line) is not None
                           and (line.endswith(":") or _LIST_INTRO.fullmatch(line) is not None
                                or _FOLLOWING_MATTERS.search(line) is not None)
                           or _table_heads(line))


# A sentence saying the meeting treats "the following matters" ("Kommunstyrelsen behandlar följande ärenden på
# sammanträde den 8 september 2021.", Nora): its list follows, whatever closes it.
_FOLLOWING_MATTERS = re.compile(r"\bföljande\s+ärenden\b", re.IGNORECASE)


# The heads of an agenda table's columns ("Nr Ärende/Föredragande", "Ärende Dnr Föredragande", Habo's, Vadstena's).
_TABLE_HEAD_WORDS = frozenset("nr § paragraf ärende ärenden ärenderubrik rubrik föredragande dnr diarienummer "
                              "diarienr sida sid sid. beteckning handläggare".split())
_TITLE_COLUMN_HEADS = frozenset("ärende ärenden ärenderubrik rubrik".split())


def _table_heads(line: str) -> bool:
    """Whether `line` is nothing but the heads of an agenda table's columns, two at least, one of them the titles'
    ("Ärende", "Rubrik"): its rows follow. (One head alone may be any label.)"""
    words = line.lower().replace("/", " ").split()
    return len(words) >= 2 and all(word in _TABLE_HEAD_WORDS for word in words) \
        and any(word in _TITLE_COLUMN_HEADS for word in words)


def _rows_whose_pages_were_lost(row: str) -> list[str]:
    """A protocol's contents row longer than any title, its own leader and page at its end aside, with no number
    left in it: the rows run together there, cut where each title opens (a kind's one word too); else [row]. The
    leader is only ever at the end, so the openings found without it are the row's own."""
    plain = _DOT_LEADER.sub("", row)
    if len(plain) <= _LONGEST_TITLE or _NUMBER_TOKEN.search(plain) or _DOT_LEADER.search(plain):
        return [row]
    return _cut(row, sorted({*_title_openings(plain), *_kind_word_openings(plain)}))


def _row_number_left(listed: str) -> bool:
    """Whether a number stands in a list's run-together titles as a row's or a page's does: alone, before a title's
    capitalised opening or at the end ("... dagordning 3 Information ...", "... Budget 2020 4"), not inside a
    title between its words in lower case ("Fartdämpande åtgärder väg 860 infart Koskullskulle", Gällivare), nor as
    a title's day, amount or cited § (_TITLES_OWN_NUMBER)."""
    return any(not (listed[:found.start()].rstrip()[-1:].islower() and listed[found.end():].lstrip()[:1].islower())
               and not _titles_own_number(listed, found) for found in _NUMBER_TOKEN.finditer(listed))


# What follows a number a title states, no list's row number nor page ever: a month's name (a day: "Delårsredovisning
# 1 januari - 30 juni 2020", "mandatperioden 15 oktober 2014 - 14 oktober 2018"), a unit (an amount, a chapter: "med
# 50 %", "(pdf-fil, 22 kB)", "5 kap 54-56 §§").
_AFTER_TITLES_OWN_NUMBER = re.compile(r"\s*(?:%|(?:" + "|".join(MONTHS) + r"|procent|kr|tkr|mkr|mnkr|kB|MB|kap|st)"
                                      r"(?![\wåäö]))")
# What stands before a § a title cites: a decision's date or a comma ("förbundsstyrelse 2015-05-29 §18", "beslut om
# lokaleffektivisering 2019, §179"); a list's own row opens after a title's last word.
_BEFORE_CITED_SECTION = re.compile(r"(?:(?:19|20)\d\d-[01]\d-[0-3]\d|,)$")


def _titles_own_number(listed: str, found: re.Match) -> bool:
    """Whether the number `found` (_NUMBER_TOKEN) in a list's run-together titles is a title's own: a day or an
    amount (_AFTER_TITLES_OWN_NUMBER after it) or a cited § (_BEFORE_CITED_SECTION before it)."""
    if "§" in found.group():
        return _BEFORE_CITED_SECTION.search(listed[:found.start()].rstrip()) is not None
    return _AFTER_TITLES_OWN_NUMBER.match(listed, found.end()) is not None


_ROW_MARK = re.compile(r"^(?:§\s?)?\d{1,4}[.)]?\s+")
_ROWS_CUT_AT_LEAST = 3  # titles opening in a list's last row, where the excerpt ends, that make it rows


def _rows_the_excerpt_cut(row: str) -> list[str]:
    """A contents list's last row, where the excerpt ends inside the list and the rows after it lost their numbers
    ("Beslutad ärendelista 157 Information Val Budget 2015, plan Taxor 2015 för ... Tematiskt tillägg t", Svalöv; the
    text's last line): cut where each further title opens (_title_openings, a kind's word), three titles at least, the
    last piece left out (the excerpt's end cut it, or it is no title); else the row as it is."""
    mark = _ROW_MARK.match(row)  # (the row's own number: no title opens after it)
    rest = row[mark.end():] if mark else row
    pieces = _cut(rest, sorted({*_title_openings(rest), *_kind_word_openings(rest)}))
    if mark and pieces:
        pieces[0] = mark.group() + pieces[0]
    # (no label's colon in them: a row's papers listed after it, "Skoldatatek Bilagor: a) PM, b) Underlag ...")
    if len(pieces) < _ROWS_CUT_AT_LEAST or ": " in rest or any(
            len(piece) > _LONGEST_TITLE or _SENTENCE_INSIDE.search(piece) for piece in pieces[:-1]):
        return [row]
    return pieces[:-1]


_PAGED_ROWS_NEEDED = 3  # rows ending in a page, rising, that make a list's last numbers a page column unlabelled


def _page_column_dropped(rows: list[str]) -> list[str]:
    """A list's rows, each but the last ending in a number that rises row to row ('§ 141 Val av justerare 4 § 142
    Årsredovisning 2012 6 § 143 ...', the page column extracted after the titles, with no 'Sida' over it): those
    numbers are the pages, a second ascending run beside the rows' own, dropped; the last row's too where it stands
    past the page before (else a title's own: '... Tertialrapport 1'). Three such rows at least; else as they are."""
    ends = [_PAGE_AT_ROW_END.search(row) for row in rows[:-1]]
    if len(ends) < _PAGED_ROWS_NEEDED or not _pages_rise(ends):
        return rows
    pages = [_row_end_page(end) for end in ends]
    last = _PAGE_AT_ROW_END.search(rows[-1])
    kept_last = rows[-1] if last is None or _row_end_page(last) < pages[-1] \
        else rows[-1][:last.start()]
    dropped = []
    for at, (row, end) in enumerate(zip(rows[:-1], ends, strict=True)):
        dropped.extend(_lost_row_cut(row[:end.start()], rows[at + 1], pages[at - 1] if at else 0, pages[at]))
    return [*dropped, kept_last]


_ROW_NUMBER = re.compile(r"^(?:§\s?)?(\d{1,4})\s")


def _lost_row_cut(row: str, next_row: str, page_before: int, page: int) -> list[str]:
    """A row of a list paged after its titles whose next row's number is one past the next ('§ 143 Detaljplan ... 9
    Budget ... 12 § 145'): the lost row's title after this row's page, inside it (_PAGE_THEN_TITLE), cut off as a row
    without a number, the page dropped, where one page only fits between the pages around it; else the row whole."""
    own, after = _ROW_NUMBER.match(row), _ROW_NUMBER.match(next_row)
    if not own or not after or int(after.group(1)) != int(own.group(1)) + 2:
        return [row]
    inner = _lone_inner_page(row, own.end(), len(row), page_before, page)
    if inner is None:
        return [row]
    return [row[:inner.start()].rstrip(), row[inner.end():].strip()]


# A page's signature box's labels ("Justerandes sign Utdragsbestyrkande"; Lekeberg's and Sydnärkes IT-nämnd's
# "Justerare signatur").
_SIGNATURE_BOX = (r"(?:Juster(?:andes?|ares?)\s+(?:sign(?:atur)?|signaturer)|Ordförandes\s+sign(?:atur)?"
                  r"|Utdragsbestyrkande)")
# A list's § column extracted whole before its titles and run on with them: three numbers or more counting on one by
# one, each alone or after its §, perhaps the titles' column head ("Ärende") and a page's signature box after them
# ("Innehållsförteckning 152 153 ... 167 Ärende Besök från ...", Grästorp; "Ärendelista §116 §117 ... §136 Justerare
# signatur Val av justerare ...", Lekeberg), as pair_stacked_columns reads such columns set one a line.
# (Each number perhaps after the body's code: "Innehållsförteckning KS 162 KS 163 ... KS 167 Information om ...",
# Karlshamn.)
_COLUMN_MARK = r"(?:(?-i:[A-ZÅÄÖ]{1,4})\s+)?(?:§\s?)?\d{1,4}"
_RUN_ON_COLUMN = re.compile(r"^\s*(?P<marks>" + _COLUMN_MARK + r"(?:\s+" + _COLUMN_MARK + r"){2,})\s+"
                            r"(?:(?i:ärenden?|ärenderubrik|rubrik)\s+)?(?:" + _SIGNATURE_BOX
                            + r"\s+)*(?=[A-ZÅÄÖ][a-zåäö])")


def _run_on_column_rows(listed: str, *, ends_text: bool = False) -> list[str] | None:
    """The rows of a list whose § column stands run on before its titles (_RUN_ON_COLUMN), the titles cut where each
    opens (_title_openings, a kind's word too, as a list whose numbers were lost is): each title given its number in
    order only where as many titles as numbers stand there; else (the excerpt may have cut the list, a title's
    opening may not show) the titles without numbers, which number goes with which unknown. None where the numbers
    do not count on one by one, or fewer than three titles open after them.
    `ends_text`: the titles run to the excerpt's end, which cut the list (its last title broken off: "... Gatunam",
    Lekeberg; "... tingsrätts ka", Karlshamn; "... insynsplats Sv", Grästorp), so fewer titles than numbers stand
    there, the missing ones the last: the titles before the cut one take the column's numbers in order, up to the
    first that may hold two (_may_hold_two_titles: "... i Grästorps kommun IT-Policy för ...")."""
    column = _RUN_ON_COLUMN.match(listed)
    if column is None:
        return None
    numbers = [int(n) for n in re.findall(r"\d+", column.group("marks"))]
    if any(b != a + 1 for a, b in itertools.pairwise(numbers)):
        return None
    titles = listed[column.end():]
    if any(numbers[0] <= int(m.group().strip(" §")) <= numbers[-1] + 1
           for m in _NUMBER_TOKEN.finditer(_DOT_LEADER.sub("", titles))):
        return None  # (the rows give their numbers again: another reading's; a title's own, "Prognosrapport 2", not)
    pieces = []
    for comma in (True, False):  # (a name with its comma opens a title only where the column has rows enough)
        openings = _title_openings(titles, comma=comma)
        pieces = [piece.strip() for piece in _cut(titles, sorted({*openings, *_kind_word_openings(titles)}))]
        if len(pieces) <= len(numbers):
            break
    if len(openings) < 2:
        return None
    if len(pieces) == len(numbers):
        return [f"{number} {piece}" for number, piece in zip(numbers, pieces, strict=True)]
    if ends_text and len(pieces) < len(numbers):
        whole = next((at for at, piece in enumerate(pieces[:-1]) if _may_hold_two_titles(piece)), len(pieces) - 1)
        return [f"{number} {piece}" for number, piece in zip(numbers, pieces[:whole], strict=False)] + pieces[whole:]
    return pieces


def _may_hold_two_titles(piece: str) -> bool:
    """Whether a capitalised word stands inside `piece` after a word in lower case that leaves no phrase open, as a
    further title's opening would ("Trafikövervakning i Grästorps kommun IT-Policy för ...", its next title opening
    with an acronym's compound, which _title_openings does not cut at): no number can be tied to the rows from there."""
    tokens = piece.split()
    return any(word[:1].isupper() and before[:1].islower() and before.lower() not in _JOINING_WORDS
               for before, word in itertools.pairwise(tokens))


# A row's number in a run-on list: a number standing alone before a capitalised word in lower case after it.
_GAP_ROW_NUMBER = re.compile(r"(?:(?<=\s)|^)(?P<n>\d{1,3})\s+(?=[A-ZÅÄÖ][a-zåäö])")
# A contents row's closing cells: its case number, perhaps its filing code, and its page or pages ("Budgetuppföljning
# november 2020 2020/8 042 4 - 5 Verksamhetsplan ...", Borgholm's list of §§, Dnr and Sida columns after the title).
_CASE_AND_PAGE_CELLS = re.compile(r"(?<=\s)(?:19|20)\d\d/\d{1,5}(?:\s+\d{3})?\s+(?P<page>\d{1,3})(?:\s*[-–]\s*\d{1,3})?"
                                  r"(?=\s+[A-ZÅÄÖ]|\s*$)")
_CLOSED_ROWS_AT_LEAST = 3


def _rows_closed_by_case_and_page(text: str) -> list[int]:
    """Where each row of a protocol's list of §§ run together starts, its § numbers lost, where each row closes with
    its case number and page cells (_CASE_AND_PAGE_CELLS), three rows at least, their pages rising row to row (a
    second column counting on, no title's numbers): after each row's cells the next row starts; [] otherwise. (The
    text after the last cells is a row still, its cells perhaps cut onto the next line.)"""
    cells = list(_CASE_AND_PAGE_CELLS.finditer(text))
    pages = [int(cell.group("page")) for cell in cells]
    if len(cells) < _CLOSED_ROWS_AT_LEAST or any(b <= a for a, b in itertools.pairwise(pages)) \
            or not text[:cells[0].start()].strip()[:1].isupper():
        return []
    return [0, *(cell.end() + 1 for cell in cells if text[cell.end():].strip())]


_GAP_REACH = 8  # numbers a run-on list may lose between two rows that keep theirs


def _counted_gap_rows(text: str) -> list[int]:
    """Where the two numbered rows of a protocol's list run on without a heading start ("... PÅ SAMMANTRÄDET: 160
    Fastställande av effektmål för Nybro kommun och dess bolag Budgetuppföljning januari-augusti Budget 2010 och
    ... 163 Anvisande av medel ...", Nybro): only where the numbers lost between them are exactly as many as the
    further titles that open in the first row (_title_openings), each title-like, and only one pair in the line
    is so counted; the gap's count is what tells the rows from running text (split_rows_in_number_gaps then cuts
    the first row there, as it cuts Askersund's, Härjedalen's and Region Kronoberg's lists with more numbers)."""
    numbers = list(_GAP_ROW_NUMBER.finditer(text))
    if any(int(b.group("n")) == int(a.group("n")) + 1 == int(c.group("n")) - 1
           for a, b, c in zip(numbers, numbers[1:], numbers[2:], strict=False)):
        return []  # (three rows counting on one by one: the list's run, its lost numbers read with it, countedruns)
    found = []
    # (The second row ends at the number after it, the next but one in the line: searching the numbers for it at
    # each pair was quadratic in a long run-on line.)
    for first, second, after in zip(numbers, numbers[1:], [m.start() for m in numbers[2:]] + [len(text)],
                                    strict=False):
        lost = int(second.group("n")) - int(first.group("n")) - 1
        if not 1 <= lost < _GAP_REACH:
            continue
        row, last = text[first.end():second.start()].strip(), text[second.end():after].strip()
        if len(row) > (lost + 1) * _LONGEST_TITLE or len(last) > _LONGEST_TITLE:
            continue
        cuts = _title_openings(row)
        if len(cuts) == lost and all(len(title.split()) >= 2 and _mostly_lower_case(title)
                                     for title in [*_cut(row, cuts), last]):
            found.append([first.start(), second.start()])
    return found[0] if len(found) == 1 else []


# A list of paragraphs set as a table whose § column stands right of the titles ("Ärende Paragraf"), flattened row
# by row: each title then its number, "Inledning och öppnande av sammanträdet 44 Arbetsordning 45 ... 65" (Norsjö).
# Told from rows whose numbers open them by both ends of the list: it opens with a title before any number, and ends
# with a number alone, no title after it.
# (after a question's mark or a quote closing the title too: "... Var finns arbetet med Översiktsplanen? 169")
_NUMBER_AFTER_TITLE = re.compile(r"(?<=[\wåäöÅÄÖ).?!\"”])\s+(?P<n>\d{1,3})(?=\s+[A-ZÅÄÖ]|\s*$)")


_ROWS_SKIPPED = 2  # numbers a list of numbers after titles may skip between two rows, read whole
_ROWS_BEFORE_REACH = 20  # how far below a chain's first number a list's earlier rows' numbers may stand


def _rows_numbered_after(listed: str, expected: int | None = None) -> tuple[list[str], int] | None:
    """Rows of a list whose numbers stand after their titles, each given as 'N Title' (a title whose number was lost
    as a row of its own), and the last number; None unless the list opens with a title and ends with its number, or,
    `expected` given, goes on from the page before with the next number after a title."""
    listed = listed.strip()
    marks = list(_NUMBER_AFTER_TITLE.finditer(listed))
    chain = [marks[i] for i in _consecutive([int(m.group("n")) for m in marks])]
    if expected is None and len(chain) < len(marks) and marks[-1].end() == len(listed) \
            and all(0 < int(b.group("n")) - int(a.group("n")) <= _ROWS_SKIPPED + 1
                    for a, b in itertools.pairwise(marks)):
        # Every number after a title, rising to the list's end, some skipping more than one ("... 221 Title 224 ...":
        # rows not listed, or lost): the whole list, read so as a run counting one by one is.
        chain = marks
    if len(chain) < 3 or not listed[:chain[0].start()].strip()[:1].isupper():
        return None
    numbers = [int(m.group("n")) for m in chain]
    before = [int(m.group("n")) for m in marks if m.start() < chain[0].start()]
    if any(numbers[0] - _ROWS_BEFORE_REACH <= number < numbers[0] for number in before):
        # Numbers below the chain's first stand before it, after titles too: the list's first rows, their run broken
        # ("... Översiktsplanen? 169"), not one title the first number closes.
        return None
    if expected is None and chain[-1].end() != len(listed):
        return None
    if expected is not None and numbers[0] != expected:
        return None
    rows, start, last = [], 0, None
    for match, number in zip(chain, numbers, strict=True):
        title = listed[start:match.start()].strip()
        lost = number - last - 1 if last is not None else 0
        cuts = _title_openings(title) if lost else []
        if not lost:
            pieces = [title]
        elif 0 < len(cuts) <= lost:
            pieces = _cut(title, cuts)
        else:
            # The titles of the rows whose numbers were lost run on before this one's, nothing telling where its own
            # opens (no title opening in the run, or more than the rows lost): the § alone, no title (a title
            # shifted onto the wrong §, or two run together, is worse than none).
            pieces = [""]
        rows += [*pieces[:-1], f"{number} {pieces[-1]}".strip()]
        start, last = match.end(), number
    if listed[start:].strip():
        rows.append(listed[start:].strip())  # a title cut by the excerpt's end, its number after it lost
    return rows, numbers[-1]


# A protocol's contents list that gives each row's page after its title and no § ("Innehåll Justering av dagordning 5
# Uppföljning ... 7 Nordanåker 28:4, strandskyddsdispens 10 ...", Vansbro; "ÄRENDE-LISTA sid Kungörelse 2 Revisorerna
# har ordet 3 ...", Älvdalen; the pages after titles in Mellerud's and Åmål's lists, Värnamo's, Orust's and
# Oxelösund's kallelser): its heading, perhaps its page column's, then a title.
_PAGED_CONTENTS_HEADING = re.compile(r"(?<![\wåäöÅÄÖ-])(?:" + list_heading(
                                         "innehållsförteckning", "innehåll", "ärendeförteckning")
                                     + r"|Ärende-?lista|ÄRENDE-?LISTA)"  # (hyphenated too: "ÄRENDE-LISTA", Älvdalen)
                                     r"(?P<column>\s+(?:[Ss]id|SID|[Ss]ida|SIDA)\.?)?\s+(?=[A-ZÅÄÖ][a-zåäö])")
PAGE_STEP = 15  # pages a row of a protocol's list moves on at most
# The page a contents list's first row is on at most: the list opens the document, its rows' §§ follow it at once (a
# list opening with "122" gives §§, not pages: "Innehåll ... Trelleborgs hamns framtid 122 Medborgarförslag ... 123").
FIRST_PAGE_AT_MOST = 20


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
    heads = _LEADING_COLUMN_HEADS.match(listed)
    if heads and re.search(r"(?i)paragraf|§|\bnr\b", heads.group()):
        # Under a § column's head the numbers are §§, before their titles or after ("Innehållsförteckning
        # Paragraf Inledning ... 44 Arbetsordning 45", Norsjö; "ÄRENDEFÖRTECKNING Paragraf nr Ärenderubrik 70
        # ...", Härjedalen), never pages.
        return None
    paged_column = bool(heading.group("column"))
    if heads and re.search(r"(?i)\bsid", heads.group()) and len(heads.group().split()) >= 2:
        # "INNEHÅLLSFÖRTECKNING Ärenden Sid Information ... 3", "Innehållsförteckning Ärende Sida ...": the list's
        # column heads, its page column's last (Kristianstad; Hagfors', Nykvarn's, Torsby's, Arvika's lists set
        # them so), no part of the first row's title.
        listed, paged_column = listed[heads.end():], True
    elif heads and re.match(r"\d{1,3}\s+[A-ZÅÄÖ]", listed[heads.end():]):
        # A number right after the columns' heads, before any title, opens the first row: the list's numbers stand
        # before their titles, no page after one ("Innehåll Ärende 17 Närvarande 18 Protokollets justering ...",
        # Södertälje), whatever numbers its rows skip.
        return None
    if _NUMBER_AND_PAGE.match(listed[heads.end() if heads else 0:].lstrip()):
        # Two numbers before the first title, a row's § and its page ("Innehållsförteckning Sida 142 3 Information
        # ... 143 5 ...", Gällivare's columns): each row's numbers stand before its title, never a page after one.
        return None
    chain: list[re.Match] = []
    for mark in _NUMBER_AFTER_TITLE.finditer(listed):
        number = int(mark.group("n"))
        if chain and not int(chain[-1].group("n")) <= number <= int(chain[-1].group("n")) + PAGE_STEP:
            continue
        chain.append(mark)
    numbers = [int(m.group("n")) for m in chain]
    if len(chain) < 3 or not (paged_column or any(b != a + 1 for a, b in itertools.pairwise(numbers))):
        return None
    if numbers[0] > FIRST_PAGE_AT_MOST:
        # (the §§ of a list some of whose numbers were lost, Trelleborg's "PROTOKOLL 1 (52) Innehåll ... 122 ...
        # 128 ... 130 ... 141": countedruns reads it)
        return None
    listed = _pages_in_wrapped_titles_blanked(listed, chain)
    rows, start = [], 0
    for mark in chain:
        rows.append(listed[start:mark.start()].strip())
        start = mark.end()
    rows.append(listed[start:].strip())  # a title the excerpt cut, or the next page's text
    # (Not a row that prints one case number, at its end: a title whose page was lost carries its own case number
    # into the run, so one case number is one title, "Medborgarförslag om att namnge promenadvägen runt Tranemosjön
    # till ... (KS/2015:165) 8", Tranemo.)
    rows = [piece for row, openings in ((row, _title_openings(row)) for row in rows if row)
            for piece in (_cut(row, openings) if len(openings) == 1 and not _one_case_number_at_end(row) else [row])]
    return text[:heading.start()].strip(), rows


def _pages_in_wrapped_titles_blanked(listed: str, chain: list[re.Match]) -> str:
    """`listed` with the page of a row whose title wrapped blanked out: printed beside the title's first line, it stands
    inside the title, between words going on in lower case ("... avsäger sig uppdrag 20 Fyllnadsval av ny ersättare i
    barn- och utbildningsnämnden 21 efter Nils-Åke Norman (m) Meddelanden 22", Älvdalen), where it is the one number
    there that fits between the pages of the rows around it (as _rows_with_pages reads a list of §§ wrapped so), and a
    further row opens after it before the next page: the wrapped row's page is its own, the next row's after that.
    (A title's own number, "Val av 3 ledamöter 4", has no row after it before the page.)"""
    inner = []
    for before, after in itertools.pairwise(chain):
        low, high = int(before.group("n")), int(after.group("n"))
        fits = [m for m in _PAGE_IN_WRAP.finditer(listed, before.end(), after.start())
                if low <= int(m.group("page")) <= high]
        if len(fits) == 1 and _title_openings(listed[fits[0].end():after.start()], continued=True):
            inner.append(fits[0])
    for page in reversed(inner):
        listed = listed[:page.start("page")] + " " * len(page.group("page")) + listed[page.end("page"):]
    return listed


def _one_case_number_at_end(row: str) -> bool:
    found = list(CASE_NUMBER.finditer(row))
    return len(found) == 1 and not row[found[0].end():].strip(" )]")


_LIST_ROW_NUMBER = re.compile(r"^(\d{1,3}) (?=[A-ZÅÄÖ])")
# (before the page's text, or right before the next row's number: "2 109 Dnr Avsägelse ...", Laholm's page 2)
_SITE_PAGE_NUMBER = re.compile(r"^\d{1,3}\s+(?=[A-ZÅÄÖ]|\d{1,3}\s+[A-ZÅÄÖ])")
# A page's own mark opening the page after the site's number: "Sida 2/47", "Sida 2 av 47", "Sida 2 (47)".
_PAGE_OF_PAGES = re.compile(r"^(?i:sida|sid\.?)\s*\d{1,3}\s*(?:/|av|\()\s*\d{1,3}\)?\s+")
# A letterhead's footer run into the last title of a page: "... Lysekils kommun, Lysekil Tel: ...", "... Östra Göinge
# kommun Storgatan 4, Broby Växel: Plusgiro: ..." (the municipality's name two words, the switchboard's label).
# Or its labels without colons, two of them at least in the block, the sender's office before them: "... trafikplan
# Kommunledningsförvaltningen Besöksadress Algatan 13 Fakturaadress E-post ...", "Besöksadress Visborgsallén 19
# Telefon ...", "Postadress Box FALUN Besöksadress Vasagatan 27".
_LETTERHEAD_IN_TITLE = re.compile(
    r"\s+(?:[A-ZÅÄÖ][\wåäö-]+ (?:[A-ZÅÄÖ][\wåäö-]+ )?(?:kommun|stad)\b[^:]{0,60}?)?\b"
    r"(?:Tel|Telefon|Växel|Postadress|Besöksadress)\s*:.*$")
_TITLE_TAIL_WORDS = 6  # a title's end carried over a page break ("Industrifastighets AB"), at most
_TRAILING_NUMBER = re.compile(r"\s\d{1,3}$")
_RUNNING_HEAD_DATE = re.compile(r"^(?:19|20)\d\d-[01]\d-[0-3]\d\s+(?=\d)")


def _list_continued(text: str, result: list[Line]) -> list[str] | None:
    """The rows of a protocol's list of paragraphs run on over the next page, right after the rows split from it so
    far: "2 Valärende entledigande av ledamot i Östsam K2 231 Anmälan av delegationsbeslut 232 Delgivningar" after
    "... 229 Medborgarförslag medborgarråd i Finspång" (Finspång; Härjedalen's "Kommunstyrelsen Medfinansiering
    av ... Kulturpolicy för Jämtlands län 96 Energi- och klimatstrategi ..." after its row 92; Norsjö's page 2).
    Its numbers go on from the last row's, two rows at least; the titles before the first whose numbers were
    lost are rows without numbers where as many openings stand as numbers were lost, else the page is left."""
    last = next((x for x in reversed(result) if x.stripped), None)
    row = _LIST_ROW_NUMBER.match(last.stripped) if last is not None and last.item_start else None
    # The list's last rows those whose numbers were lost ("105 Dnr Handlingsprogram ... Dnr Socialnämndens ... Dnr
    # Prövning ...", Laholm's rows each opened by its case label): the last numbered row above, each row since
    # counting on from it.
    unnumbered = 0
    for above in reversed(result) if last is not None and last.item_start and row is None else []:
        if not above.stripped:
            continue
        if not above.item_start:
            break
        row = _LIST_ROW_NUMBER.match(above.stripped)
        if row is not None:
            break
        unnumbered += 1
    if row is None or _TRAILING_NUMBER.search(last.stripped):
        return None  # (a row ending with a number: its list gives numbers after titles, Norsjö's)
    listed = int(row.group(1)) + unnumbered
    rest = _PAGE_OF_PAGES.sub("", _SITE_PAGE_NUMBER.sub("", text, count=1), count=1)
    # The page's running head a date ("2012-12-17 231 Kartläggning ...", Sundsvall's pages): no row's title.
    rest = _RUNNING_HEAD_DATE.sub("", rest, count=1)
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
    footer = _LETTERHEAD_IN_TITLE.search(last.stripped)
    if before and not lost and footer and len(before.split()) <= _TITLE_TAIL_WORDS and not _NUMBER_TOKEN.search(before):
        # The last row's title cut by the page's foot, its end at the next page's top before the next row ("58
        # Revidering av bolagsordning för Östra Göinge kommuns [the letterhead's foot] / 2 Sida 2/47
        # Industrifastighets AB 59 ...", Östra Göinge): the title joined whole, the foot left out.
        result[result.index(last)] = Line(last.number, f"{last.stripped[:footer.start()]} {before}",
                                          item_start=True)
        before = ""
    cuts = _title_openings(before) if before else []
    if bool(before) != bool(lost) or before and (len(cuts) + 1 != lost or len(before.split()) < 2
                                                  or not before[:1].isupper()):
        return None
    rows = _cut(before, cuts) if before else []
    return rows + _cut(rest[chain[0].start():], [m.start() - chain[0].start() for m in chain[1:]])


# A contents list's heading alone on its line, perhaps its columns' heads on the next ("Innehållsförteckning"
# / "§ Ärende", "Ärende Sida"): its rows follow, line by line or run together, each opening with its §'s
# number though the rows print no § sign (the column head does).
# (Its § column's head may stand before it on the line: "§§ Ärendeförteckning:", Tanum; "§ Ärendelista", Laholm.)
_CONTENTS_HEADING_ALONE = re.compile(r"^(?:§§?\s*)?" + list_heading_any_case(
    "innehållsförteckning", "ärendeförteckning", "innehåll") + r"\s*:?$")
_COLUMN_HEAD = r"(?:§|(?i:paragraf|ärende|ärenden|sida|sid\.?|dnr|diarienummer))"
_COLUMN_HEADS = re.compile(r"^" + _COLUMN_HEAD + r"(?:\s+" + _COLUMN_HEAD + r")*$")
_CONTENTS_REACH = 40  # lines a list of paragraphs may take
# A list's column heads before its first row, run on after its heading: not the first row's title.
# A list's column heads ending the text before its first numbered row ("... Paragraf, ärendebeskrivning", "... Ärende
# Sida"): the heading's, no lost row's title.
_COLUMN_HEADS_AT_END = re.compile(r"(?i:\b(?:paragraf|§)\s*,?\s+(?:ärendebeskrivning|ärende|ärenderubrik|rubrik)"
                                  r"(?:\s*,?\s+(?:sida|sid\.?))?)$")
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
            return [*result[:at], *pieces, *split_contents_lines(_points_going_on(pieces, result[end:]))]
        paged = _rows_paged_one_a_line(lines, at, end) if any(
            _PAGE_COLUMN_HEAD_ALONE.search(lines[head].stripped) for head in range(index + 1, at)) else None
        if paged is not None:
            return [*result[:at], *paged, *result[at + len(paged):]]
    return result


# A contents list's row on a line of its own, its title then its page, perhaps after a leader of dots, no number
# before the title ("Innehåll" / "Ärende Sida" / "Delårsrapport 2 ... 3" / "Strategisk plan 2017 - 2019 och budget
# 2017 ... 4", Arvika's list extracted one row a line; run on, "Innehåll Ärende Sida Val av justerare... 3 ...",
# _rows_paged_after reads it). Only under the list's page column's head: its numbers are then pages, no §§.
_PAGE_COLUMN_HEAD_ALONE = re.compile(r"(?i)\bsid(?:a|\.)?$")
_TITLE_THEN_PAGE = re.compile(r"^(?P<title>[A-ZÅÄÖ][^§]*?[\wåäöÅÄÖ)])(?:\s*(?:\.\s*){2,}|…\s*|\s+)(?P<page>\d{1,3})$")


def _rows_paged_one_a_line(lines: list[Line], at: int, end: int) -> list[Line] | None:
    """The rows under a contents heading alone on its line and its page column's head, one a line, each a title
    and its page after it, no number before it: two rows at least (each line a row: the line breaks prove where a
    title ends, as a run-on list's three pages must), all lines up to the last row's being rows (or blank), the pages
    never going back and moving on at most PAGE_STEP, the first at most FIRST_PAGE_AT_MOST. Each row a line of its
    own, its title alone (the page dropped), marked as an item's start with no number; None otherwise.
    Only where no § follows the list (the extraction lost them all): where the §§ stand in the text below it,
    their own headings give the matters, and the list's rows without numbers would repeat them. (The head's
    "ej § 184" of an attendance list, above the list, is no § of the protocol.)"""
    if any("§" in line.text and (_PARAGRAPH.match(line.stripped) or _SECTION_IN_RUN.search(line.stripped))
           for line in lines[at:]):
        return None
    rows: list[Line] = []
    pages: list[int] = []
    taken = 0
    for offset, line in enumerate(lines[at:end]):
        text = line.stripped
        if not text:
            continue
        row = _TITLE_THEN_PAGE.match(text)
        if row is None:
            break
        page = int(row.group("page"))
        if pages and not pages[-1] <= page <= pages[-1] + PAGE_STEP or not pages and page > FIRST_PAGE_AT_MOST:
            break
        pages.append(page)
        rows.append(Line(line.number, row.group("title").strip(), item_start=True))
        taken = offset + 1
    if len(rows) < 2:
        return None
    return [line if not line.stripped else rows.pop(0) for line in lines[at:at + taken]]


def _points_going_on(rows: list[Line], rest: list[Line]) -> list[Line]:
    """The paragraphs a protocol without § signs writes as numbered points, one a line ("1. Upprop ...", "2.
    Fastställande av dagordning", "3. Val av ordförande", Södra Lapplands Gymnasieförbund; Västra Götalandsregionen's
    points, _points_as_items), found as the rows under its contents heading: the points going on one by one below
    the heading's reach ("4. Val av vice ordförande" many lines on) are rows too. Only where every row found is
    such a point opening its line; the rest as it was otherwise."""
    started = [row for row in rows if row.item_start]
    points = [_point_row(row.stripped) for row in started]
    if not all(points):
        return rest
    last = int(points[-1].group("n"))
    result = list(rest)
    for at, line in enumerate(rest):
        point = _point_row(line.stripped)
        if point and int(point.group("n")) == last + 1:
            result[at] = replace(line, item_start=True)
            last += 1
    return result


_BULLET_ROW = re.compile(r"^[•●▪◦]\s*(?P<title>\S.*)$")
_DASHED_ROW = re.compile(r"^(?:[•●▪◦]\s*|[-–*]\s+(?=[A-ZÅÄÖ]))(?P<title>\S.*)$")
# An intro that names the meeting's list ("Beslutsärenden:", "På dagordningen:", "... behandlas bland annat:"), or the
# meeting and its points ("På fullmäktigemötet 19 oktober finns bland annat dessa punkter:", Lysekil's page; "Du är
# välkommen att vara med på sammanträdet 15 november ... bland annat följande punkter:", Bollebygd's).
_MEETING_LIST_WORD = re.compile(r"behandla|ärende|dagordning|föredragningslist"
                                r"|(?:möte|sammanträde).*(?<![\wåäö])punkter(?![\wåäö])", re.IGNORECASE)
# What introduces a notice's list of the meeting's items: "Under mötet behandlas bland annat:",
# "På sammanträdet behandlas följande ärenden.", a heading "Föredragningslista" / "Ärenden", or one naming a
# selection of it ("Axplock från föredragningslistan", Åsele's notice: as Bräcke's "ett urval av ärenden"), or a
# sentence saying what the meeting will take up, no colon after it ("Några frågor som kommunfullmäktige ska
# diskutera", Enköping's notice; "Några frågor som tas upp", the same said in the present).
# The meeting a list's heading names after it ("Ärendelista Kommunfullmäktige 2020-06-22"): a body and its date.
_HEADED_MEETING = r"[A-ZÅÄÖ][a-zåäö-]+(?:s)?\s+(?:19|20)\d\d-\d\d-\d\d"
_LIST_INTRO = re.compile(r"(?:\bbehandlas\b.*|\bföljande\s+ärenden\b.*"
                         r"|\b(?:ska|skall|kommer\s+att)\s+(?:diskutera|diskuteras|behandla|ta\s+upp|tas\s+upp)$"
                         # (the passive in the present with no auxiliary: "Några frågor som tas upp", Enköping)
                         r"|\bsom\s+tas\s+upp$"
                         r"|:|^" + _LIST_HEADING + r"\.?(?:\s+" + _HEADED_MEETING + r")?"
                         r"|^(?:besluts|informations)?ärenden\s+för\s+(?:behandling|beslut|kännedom)"
                         r"|^(?:besluts|informations)ärenden"
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
        # (A list set one paragraph a row is read only under an intro that names the meeting's list, and where no
        # row of the text is numbered: under another label, or above a numbered list, lines alone are the page's
        # own, its opening hours, the place of the meeting, the members called.)
        spaced = first_numbered == len(result) and bool(_MEETING_LIST_WORD.search(intro))
        plain = _plain_rows(result, index + 1, spaced=spaced, meetings=bool(_MEETING_LIST_WORD.search(intro))) \
            if own_list and not rows else []
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


# A table's column head as a line of its own ("Diarienr", "Föredragande", "Nr Bil. Ärende"), no row's title.
_TABLE_HEAD_CELL = re.compile(r"^(?i:nr|dnr|diarienr|diarienummer|föredragande|sid|sida|bil|bilaga)\b\.?")
# A day as a file's name gives it ("Kallelse KF 2019-10-23 (utan bilagor)PDF"): the page's own link, no item's title.
_FILES_DAY = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b.*PDF$")
# A dashed point under a list's row: what the row takes up, not a row ("- Lägg ner en eventuell flytt ...").
_DASHED_POINT = re.compile(r"^[-–]\s+\S")
# A row's case number on the line under it ("Diarienummer RS 2020-00577"): the row's, no row of its own.
_CASE_NUMBER_LINE = re.compile(r"^(?i:diarienummer|diarienr|dnr)\.?:?\s+(?:[A-ZÅÄÖ]{1,6}\s+)?\S*\d")
# A row of a list whose bullets were lost: an item's title alone on its line, not a sentence, a label or a name.
_PLAIN_ROW = re.compile(r"^[A-ZÅÄÖ](?=.*[a-zåäö]{3}).{2,198}(?<![.:,;])$")
_ROMAN_NUMBERED = re.compile(r"^[IVX]{1,4}[.:)]\s")
# A page's number alone on its line ("1", "2 (3)", "2(2)"), as an extraction leaves it under a page's last line.
_PAGE_NUMBER_ALONE = re.compile(r"^\d{1,3}(?:\s?\(\d{1,3}\))?$")
# A row numbered after its body's code ("Sbn 54. Presentation ...", "KS 12 Budget"): read by its number, no plain row.
_CODED_ROW = re.compile(r"^(?:[A-ZÅÄÖ]{1,6}|[A-ZÅÄÖ][a-zåäö]{1,3})\s+\d{1,3}[.:)]?\s")
# A label over an item's own list (its documents, who gets the decision), never over the meeting's items.
_ITEMS_OWN_LABEL = re.compile(r"^(?:beslutsunderlag|underlag|handlingar|bilagor|bilaga|expedieras|expediering|"
                              r"sändlista|för kännedom|kopia)\b", re.IGNORECASE)


# A time of day opening a line, a slot of the meeting's schedule ("Kl. 16.30 – 16.35 Information från ...", "Kl 18:00 –
# 18:20 Lägesbild ...", "Kl. 09.20-10.00 Plenum": Norrköping, Flen, Region Blekinge): no item's title opens with a time.
_SCHEDULE_SLOT = re.compile(r"^(?:ca\.?\s+)?(?i:kl(?:ockan)?)\.?\s*(?:[01]?\d|2[0-3])[.:][0-5]\d")


PLAIN_LIST_BLOCK = 3  # rows a block of plain lines holds at least to be read as (part of) the meeting's list
HANGING_INDENT = 2  # columns a wrapped row's next line is set in at least (one column is an extraction's jitter)


def _indent(text: str) -> int:
    """How far a line is set in: its leading spaces (a tab as four)."""
    spaced = text.expandtabs(4)
    return len(spaced) - len(spaced.lstrip(" "))


def _plain_rows(lines: list[Line], at: int, *, spaced: bool = False, meetings: bool = False) -> list[int]:
    """The block of lines from `at` (after blank lines) up to a blank line, the text's end or a signature, if every
    one of them reads as an item's title (_PLAIN_ROW) and they are not a list of names
    (a third of them or more a person's: the members called); else []. `spaced`: the list may set each row as a
    paragraph of its own (see below); `meetings`: its intro names the meeting's list, so its column heads, its
    rows' dashed points and case numbers and a row's closing full stop are read as such a list's."""
    while at < len(lines) and not lines[at].stripped:
        at += 1
    if meetings and at < len(lines) and _COLUMN_HEADS.match(lines[at].stripped):
        # The list's column heads ("Ärende", "Ärende Dnr Föredragande") right under its intro: the rows follow them.
        at += 1
        while at < len(lines) and not lines[at].stripped:
            at += 1
    rows, numbered = [], []  # (the rows that kept their numbers among them)
    deepest = 0  # how far the deepest row so far is set in (a wrapped title's line is set in further)
    while at < len(lines) and lines[at].stripped:
        text = lines[at].stripped
        if _PLACE_AND_DAY.match(text):
            break  # the notice's signature ("Norrköping den 2 oktober 2019"): the list ends before it
        if rows and _PAGE_NUMBER_ALONE.match(text) and (at + 1 >= len(lines) or not lines[at + 1].stripped):
            # The page's number under its last row, the page's end after it ("1", "2 (3)"): the list ends above it.
            # (A number with a title under it is a table's number column, "1" / "Val av justerare", no page's.)
            break
        if rows and (text[:1].islower() or _indent(lines[at].text) >= deepest + HANGING_INDENT
                     or lines[at - 1].stripped.endswith(_OPEN_WORD_ENDINGS)):
            # (Or the line above ends with a word no title ends with, "... Bolagsordning och" / "Ägardirektiv för
            # Mälarhamnar AB": the title goes on, whatever its next word's capital.)
            # A row's title the width broke, going on in lower case or set in under it, deeper than every row (a
            # hanging indent, "Svar på remiss om ...," / "      RUS."): the row's, read with it.
            at += 1
            continue
        if rows and meetings and (_DASHED_POINT.match(text) or _CASE_NUMBER_LINE.match(text)):
            at += 1  # a row's own point under it ("- Regionförbundet informerar ..."): the row's, no row of its own
            continue
        if rows and _LIST_INTRO.search(text) and text.endswith(":"):
            break  # the next list's intro, its blank line above lost ("Ärendelistan innehåller även motioner ...:")
        # (Under an intro naming the meeting's list, a row may close with a full stop, "Kostpolicy.", as a page that
        # punctuates its list sets each.)
        # A row that kept its number among rows that lost theirs ("8.Årsredovisning 2020 ...", its number glued to it):
        # a row where the list's count puts it or later (a list may open past 1; a row's points count from 1, so the
        # first never passes the rows above it), read as the others (its number stays in its text).
        # (Only under two rows at least that lost theirs, one such row in three at most: rows each numbered, "5   2015/9
        # Information ..." under a table's head line, are read by their numbers.)
        kept = _NUMBERED.match(text) if len(rows) - len(numbered) >= 2 else None
        if kept and int(kept.group("n")) > len(rows) and 3 * (len(numbered) + 1) <= len(rows) + 1:
            text = kept.group("rest")
            numbered.append(at)
        # (A row closing with a comma goes on in the line set in under it: "Svar på remiss om revidering av ...," /
        # "      RUS.".)
        hanging = at + 1 < len(lines) and bool(lines[at + 1].stripped) \
            and _indent(lines[at + 1].text) >= _indent(lines[at].text) + HANGING_INDENT
        plain = _PLAIN_ROW.match(text) or meetings and _PLAIN_ROW.match(text.removesuffix(".")) \
            or hanging and _PLAIN_ROW.match(text.removesuffix(","))
        if not plain or _NAMED_ITEM.match(text) or _ROMAN_NUMBERED.match(text) or _CODED_ROW.match(text):
            return []  # (a row numbered "Ärende 1: ...", "Punkt 2 ...", "II. ...", "Sbn 54." is read by its number)
        if _SCHEDULE_SLOT.match(text):
            return []  # the meeting's schedule ("Kl. 18.30 – 19.00 Kaffepaus"), no list of its items: no title opens so
        rows.append(at)
        deepest = max(deepest, _indent(lines[at].text))
        at += 1
        # A page that sets each row as a paragraph of its own (a blank line after every row): the list goes on over
        # the gap to a next line alone that reads as a row too; it ends before anything else. (Only a list so set
        # from its first row: after a block of rows, a line alone is the next part of the page.)
        gap = at
        while gap < len(lines) and not lines[gap].stripped:
            gap += 1
        if spaced and gap > at and gap < len(lines) and _spaced_row(lines, gap) \
                and all(not lines[row + 1].stripped for row in rows):
            at = gap
    if 3 * sum(naming.looks_like_person(re.split(r"\s*[(,]", lines[row].stripped)[0]) for row in rows) >= len(rows):
        return []
    if meetings and len(rows) >= PLAIN_LIST_BLOCK and at + 1 < len(lines) and not lines[at].stripped \
            and lines[at + 1].stripped and len(more := _plain_rows(lines, at + 1, meetings=True)) >= PLAIN_LIST_BLOCK:
        # The list goes on past one blank line (a copy's paragraph gap) in the next block, all of whose lines read as
        # its rows, three at least: Köping's agenda, its numbers lost, "... Motion, äventyrsbad" / "" / "Motion, ...".
        rows += more
    if spaced and any(row + 1 >= len(lines) or not lines[row + 1].stripped for row in rows) and any(
            _TABLE_HEAD_CELL.match(lines[row].stripped) or _FILES_DAY.search(lines[row].stripped) for row in rows):
        # Lines alone that are a table's cells ("Diarienr", "Föredragande", "Nr Bil. Ärende") or the page's own
        # (its meeting's day, its file's date): every line of the page set alone, no list of the meeting's items.
        return []
    return rows


def _spaced_row(lines: list[Line], at: int) -> bool:
    """Whether line `at` is a row of a list set one paragraph a row: a line alone (a blank line or the end under
    it) reading as an item's title, no signature, schedule slot or numbered row."""
    text = lines[at].stripped
    alone = at + 1 >= len(lines) or not lines[at + 1].stripped
    return alone and bool(_PLAIN_ROW.match(text)) and not (
        _PLACE_AND_DAY.match(text) or _NAMED_ITEM.match(text) or _ROMAN_NUMBERED.match(text) or _CODED_ROW.match(text)
        or _SCHEDULE_SLOT.match(text) or _LIST_INTRO.search(text) and text.endswith(":"))


# A table as a web page's text gives it, its cells between pipes ("1 | KS 2019/12 | Val av ... | Anna Andersson",
# "Kommun | Ledamöter | Ersättare |" in Nerikes brandkår's page, Laholm's votes; plans' pipe tables, meetingplan), and
# the rule under its head ("---|---|---").
_PIPE_CELLS = re.compile(r"\s*\|\s*")
_PIPE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")
_PIPE_ROWS_AT_LEAST = 2  # a table has a head and a row, or two rows; one line with a pipe is no table
CELL_GAP = "   "  # the gap a printed table's columns leave between cells, as the agenda's readers take it


# What a table's column heads say of their cells: the row's number, its case number (a cell of digits alone,
# "2015/9", "RS110265", is read as a case number only so labelled), its title, or a column that is never the title's
# (who presents it, its page or time in the papers, a note). A head of other words is no such table's.
_CELL_ROLES = {
    **dict.fromkeys(("nr", "punkt"), "number"),
    **dict.fromkeys(("dnr", "diarienr", "diarienummer", "ärendenummer", "ärendenr"), "case"),
    **dict.fromkeys(("ärende", "ärenden", "rubrik", "ärendemening"), "title"),
    **dict.fromkeys(("föredragande", "föredragning", "sid", "sida", "sidor", "tid", "handläggare", "bilaga", "bilagor",
                     "kommentar", "anm", "anmärkning", "noteringar"), "other"),
}


def _pipe_cells(text: str) -> list[str]:
    """A pipe row's cells, the empty ones too (the head's columns count them), without the pipes at either end."""
    return [cell.strip() for cell in text.strip().removeprefix("|").removesuffix("|").split("|")]


def _cell_roles(cells: list[str]) -> list[str] | None:
    """The roles of a table's column heads ("Nr | Dnr | Ärende | Föredragande"), one title column among them; None
    where a cell is no column's head."""
    roles = [_CELL_ROLES.get(cell.lower().strip(" .:"), "") for cell in cells]
    return roles if all(roles) and roles.count("title") == 1 else None


_CELL_GAP_SPLIT = re.compile(r"\s{2,}")  # between the cells of a row set in columns by spaces
_NO_NUMBER_CELL = re.compile(r"[-–—]+")  # a table's cell left empty so: "1 | - | Val av justerare"


def pipe_cells_apart(lines: list[Line]) -> list[Line]:
    """A kallelse's table given in pipes read as a printed table's: each row's cells set apart by a wide gap (as a
    PDF's columns come to text, which the readers take as cells), the pipes at either end and the rule under the
    head dropped. Only where two lines at least hold a pipe between two cells; a lone "|" or one line is left.
    Under a head whose cells all name columns ("Nr | Diarienummer | Ärende | Föredragande", or set apart by wide
    gaps as a page's columns come to text), a row of as many cells gives its title, its number and its case number
    (labelled, as its column's head says it is one) only: the cells of the other columns (presenter, page, time)
    are none of the title's."""
    rowed = {at for at, line in enumerate(lines) if "|" in line.stripped and not _PIPE_RULE.match(line.stripped)
             and len([cell for cell in _PIPE_CELLS.split(line.stripped) if cell]) >= 2}
    if len(rowed) < _PIPE_ROWS_AT_LEAST:
        rowed = set()
    result = [Line(line.number, "") if rowed and "|" in line.stripped and _PIPE_RULE.match(line.stripped) else line
              for line in lines]
    roles: list[str] | None = None
    for at, line in enumerate(lines):
        if at in rowed:
            cells = _pipe_cells(line.stripped)
        elif "  " in line.text.strip():
            cells = _CELL_GAP_SPLIT.split(line.text.strip())
        else:
            continue
        head = _cell_roles(cells)
        if head:
            roles = head  # (the head stands as it is: its words tell the readers the list's columns)
        elif roles and len(cells) == len(roles) and all(
                role != "case" or not cell or _NO_NUMBER_CELL.fullmatch(cell) or re.search(r"\d", cell)
                for cell, role in zip(cells, roles, strict=True)):
            # (a Dnr cell's dash is the cell left empty; a cell of words there is no number: the row is not told
            # cell by cell)
            cells = [("" if _NO_NUMBER_CELL.fullmatch(cell) else cell if LABELLED.match(cell) else f"Dnr {cell}")
                     if role == "case" and cell else cell
                     for cell, role in zip(cells, roles, strict=True) if role != "other"]
        elif at not in rowed:
            continue
        result[at] = replace(line, text=CELL_GAP.join(cell for cell in cells if cell))
    return result


# A meeting portal's item number, bulleted alone on its line, its title on the next: "•   3" / "Anmälningar för
# kännedom" (Region Gävleborg, Region Jämtland Härjedalen), "1.   1" / "Val av justerare" (Malmö): the
# Meetings Plus web page's list of a meeting's items.
_BULLETED_NUMBER = re.compile(r"^(?:[•●▪◦]|\d{1,3}\.)\s+(?P<n>\d{1,3})$")


# A time column before each row's title: "09.00 1. Val av justerare", "Kl. 10.15-10.45 2 Information om ...", "1. 9.00
# Information om ..." (a schedule set time first, as lists set their time column last, "... Magnus 10.00"). Read only
# where two rows or more are so set (a column), never a date ("24.10"): the hour is 0-23.
_ROW_TIME = (r"(?:(?i:ca\.?\s+)?(?i:kl(?:ockan)?)\.?\s*)?(?:[01]?\d|2[0-3])[.:][0-5]\d"
             r"(?:\s*[-–]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d)?\s+")
_TIME_IN_ROW = re.compile(r"^(?:(?P<before>" + _ROW_TIME + r")(?=\d{1,3}[.):]?\s+[A-ZÅÄÖ])"
                          r"|\d{1,3}[.):]?\s+(?P<after>" + _ROW_TIME + r")(?=[A-ZÅÄÖ]))")


def drop_time_column(lines: list[Line]) -> list[Line]:
    """A kallelse's rows without the time column set before their titles (two rows so set at least)."""
    timed = {at: found for at, line in enumerate(lines) if (found := _TIME_IN_ROW.match(line.stripped))}
    if len(timed) < 2:
        return lines
    result = list(lines)
    for at, found in timed.items():
        time = "before" if found.group("before") else "after"
        text = lines[at].stripped
        result[at] = replace(lines[at], text=text[:found.start(time)] + text[found.end(time):])
    return result


_DASH_LINE = re.compile(r"^[-–]$")  # a portal's separator between its list's rows, alone on its line
_NUMBER_LINE = re.compile(r"^(?P<n>\d{1,3})$")


def join_dashed_number_rows(lines: list[Line]) -> list[Line]:
    """A portal page flattened to text, each row a number alone between separator dashes and its title on the next
    line ("-" / "3" / "Fyllnadsval av revisor" / "-": Gävle's and Region Västerbotten's Meetings Plus pages): each
    such row on one line, "3 Fyllnadsval av revisor", marked as an item's start. Two such rows at least, numbers
    rising; a number alone elsewhere (a vote count, a page) is left."""
    filled = [at for at, line in enumerate(lines) if line.stripped]
    rows = []
    for k in range(1, len(filled) - 1):
        dash, number, title = (lines[filled[k - 1]], lines[filled[k]], lines[filled[k + 1]])
        after = lines[filled[k + 2]].stripped if k + 2 < len(filled) else "-"
        if _DASH_LINE.match(dash.stripped) and (n := _NUMBER_LINE.match(number.stripped)) \
                and title.stripped[:1].isupper() and not _NUMBER_LINE.match(title.stripped) \
                and len(title.stripped) <= 200 and _DASH_LINE.match(after):
            rows.append((filled[k], filled[k + 1], int(n.group("n"))))
    numbers = [n for _, _, n in rows]
    if len(rows) < 2 or numbers != sorted(set(numbers)):
        return lines
    result = list(lines)
    for at, below, n in rows:
        result[at] = Line(lines[at].number, f"{n} {lines[below].stripped}", item_start=True)
        result[below] = Line(lines[below].number, "")
    return result


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


def split_glued_rows(lines: list[Line]) -> list[Line]:
    """Rows of an agenda whose case numbers close their titles and run into the next title: each
    title a line of its own marked as an item's start, its number on the line below it."""
    lines = _glued_rows_apart(lines)
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


# A glued row inside a line, its line breaks lost ("... inom regionen RS 912-2025Motion nr 1-2026 från ...").
_GLUED_ROW_INSIDE = re.compile(r"(?<=\s)(?:" + CASE_NUMBER.pattern + r")(?=[A-ZÅÄÖ][a-zåäö])")


def _glued_rows_apart(lines: list[Line]) -> list[Line]:
    """A meeting portal's page (headed "Möte 2026-02-24", as the kind is told, meetingkind) whose line holds two
    glued rows or more (a copy site that lost the line breaks): cut before each, so that the rows are read as the
    lines they were (split_glued_rows), wherever the breaks were lost. (Other glued text, "KS 2013/19Utskottsbeslut:
    ...", Trosa's, is no portal's row.)"""
    first = next((line.stripped for line in lines if line.stripped), "")
    if not _PORTAL_MEETING.match(first):
        return lines
    result: list[Line] = []
    for line in lines:
        starts = [m.start() for m in _GLUED_ROW_INSIDE.finditer(line.stripped)] if len(line.stripped) > 60 else []
        if len(starts) < 2:
            result.append(line)
            continue
        # The title a glued number closes opens at its kind's word, its own line once: what stands before it in the
        # piece is the row above's furniture ("RS 190-2026Bilagor - 138kb Ladda ner dokument - - Inkomna
        # interpellationer Interpellation nr 50-2025 från ...").
        kinds = [m.start() for end, start in zip(starts, [*starts[1:], len(line.stripped)], strict=True)
                 if (m := _ROW_KIND_WORD.search(line.stripped, end, start)) and m.start() > end]
        head = _ROW_KIND_WORD.search(line.stripped, 0, starts[0])
        # A heading written onto a number ("RS 190-2026Bilagor - 138kb ..."): the heading alone, as its line was.
        headings = [at + glued.end() + len(word) for at in starts if (glued := _GLUED_ROW.match(line.stripped[at:]))
                    and (word := line.stripped[at + glued.end():].split(maxsplit=1)[0]) and _item_heading(word)]
        result.extend(Line(line.number, piece) for piece in _cut(
            line.stripped, sorted({*starts, *kinds, *headings, *([head.start()] if head else [])})))
    return result


_ROW_KIND_WORD = re.compile(r"(?<=\s)(?:Motion|Interpellation|Fråga|Medborgarförslag)\b")


# A page's running head left before the paragraph that opens the page: "Kommunstyrelsen
# 2019-05-14 § 45 Dnr KS 2019/12 Budgetuppföljning ..." (the body, the date, no sentence).
_PAGE_FOOTER = re.compile(r"\s+" + _SIGNATURE_BOX + r"(?:\s+" + _SIGNATURE_BOX + r")*\s*$")
_HEAD_BEFORE_PARAGRAPH = re.compile(r"^(?P<head>[^.!?§]{3,80}?)\s+(?=§\s?\d{1,4}\s+(?:[A-ZÅÄÖ]|Dnr\b))")
# A running head's date a scan's OCR garbled, a letter or two read for its digits ("20t7-04-2t", Kalmarsunds
# gymnasieförbund's pages): no date to read, but the date's place in the head, which marks it a running head.
_OCR_GARBLED_DATE = re.compile(r"(?<![\w-])(?:19|20)[\dOoIlt]{2}-[\dOoIlt]{2}-[\dOoIlt]{2}(?![\w-])")


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
        if running and (find_dates(running.group("head")) or bodies_in(running.group("head"))
                        or _OCR_GARBLED_DATE.search(running.group("head"))):
            if not seen_head:
                result.append(Line(line.number, running.group("head")))
            seen_head = True
            line = Line(line.number, line.stripped[running.end():], page_start=True)
        parts = _PARAGRAPH_IN_RUN.split(line.stripped)
        result.append(Line(line.number, parts[0], page_start=line.page_start))
        result.extend(Line(line.number, part) for part in parts[1:])
    return result


# A group heading at a row's end names where the rows under it go (onward steps, a kallelse's): "Förslag till
# kommunfullmäktige" (Nacka), "Beredning/yttrande ärenden till kommunfullmäktige" (Ulricehamn), "Ärenden till
# kommunfullmäktige" (Kungälv); the body and the day of its meeting in a table's path column ("... Magnus & Lisa
# Kommunstyrelsen 2013-11-06 6. KS.2013.2 ...", Oxelösund). One naming the meeting's own body ("Ärenden som stannar i
# kommunstyrelsen", "Kommunstyrelsens beslutsärenden") ends the group before.
_GROUP_TO_BODY = re.compile(r"(?:^|\s)(?:(?:[A-ZÅÄÖ][\wåäö/-]*\s+)?[Ää]renden|Förslag)(?:\s+som stannar)?"
                            r"\s+(?:till|i)\s+(?P<body>[a-zåäö]*(?:fullmäktige|styrelsen|nämnden)|KS|KF)$")
# (Or its own items so named: "Kommunstyrelsens egna ärenden", Höganäs.)
_GROUP_OWN = re.compile(r"(?:^|\s)(?P<body>[A-ZÅÄÖ][a-zåäö]+)s\s+(?:egna\s+)?[a-zåäö]*ärenden$")
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


# Sub-headings inside an item (lower case, no colon) -> part.
ITEM_HEADINGS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"förslag till beslut|beslutsförslag|förslag|[a-zåäö -]+s förslag( till beslut| till [a-zåäö ]+)?"
                r"|förvaltningens förslag( till beslut)?"), "proposal"),
    (re.compile(r"beslut|beslutet|[a-zåäö -]+s beslut"), "decision"),
    (re.compile(r"beslutsunderlag|s?underlag|handlingar|bilagor|bilaga"), "basis"),  # ("sunderlag": _ITEM_MID)
    (re.compile(r"ärendets beredning|beredning|ärendegång|tidigare behandling|behandling|ärendets behandling"
                r"|beredande organs? förslag"), "prep"),
    (re.compile(r"expedieras till|expedieras|expediering|beslutsexpediering"
                r"|(beslutet|beslut) (ska )?(skickas|expedieras|sänds) till"
                r"|protokollsutdrag till|utdrag till|sänds till|skickas till|för kännedom till|exp\.?"
                # (as the issue lists them: "Protokollet skickas till"; a report's "Sändlista")
                r"|(?:protokollet|protokollsutdrag|utdrag|utdraget) (?:ska )?(?:skickas|expedieras|sänds) till"
                r"|sändlista"), "recipients"),
    (re.compile(r"handläggare|föredragande|ansvarig|ansvariga"), "responsible"),
    (re.compile(r"ärendet|ärendebeskrivning|sammanfattning|sammanfattning av ärendet|bakgrund"
                r"|beskrivning av ärendet"), "summary"),
    # ("Beslutsnivå" / "Kommunstyrelsen": Värmdö's § names the level that decides under the decision, no part of it)
    (re.compile(r"yrkanden?|yrkande|propositionsordning|beslutsgång|beslutsnivå|reservation(er)?|protokollsanteckning(ar)?"
                r"|jäv|omröstning|särskilt yttrande|deltar inte i beslutet|justerandes signatur.*"
                r"|utdragsbestyrkande.*|paragrafer.*"), "other"),
]


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


# The same titles ending a row of a list run together, where a row's number was lost before one (see
# _split_rows_of_lost_numbers).
_STANDING_TITLE_AT_END = re.compile(r"(?<=[\wåäö)]),?\s+(?P<title>" + _STANDING_TITLES + r")$")


# "Kommunledningsutskottets förslag till kommunstyrelsen för förslag till kommunfullmäktige"
_LONG_PROPOSAL_HEADING = re.compile(r"[a-zåäö -]+s förslag till [a-zåäö ]+")
_PREPARING_BODYS_PROPOSAL = re.compile(r"beredande organs? förslag")


def _item_heading(text: str) -> str | None:
    lowered = text.rstrip(":").strip().lower()
    if len(lowered) > 60:
        long_proposal = len(lowered) <= 120 and _LONG_PROPOSAL_HEADING.fullmatch(lowered)
        return "proposal" if long_proposal else None
    if _PREPARING_BODYS_PROPOSAL.fullmatch(lowered):
        return "prep"  # what the preparing body proposed, and when: the path before this meeting
    for pattern, key in ITEM_HEADINGS:
        if pattern.fullmatch(lowered):
            return key
    return None


# A protocol's list of paragraphs set as a table and extracted column by column: the § marks stacked one a line
# ("§1" ... "§8", Sydnärkes IT-nämnd; Samordningsförbundet Sydnärke's "§ 88" ... "§ 96"; Lekeberg's and Grästorp's
# lists so, run on), then the titles one a line in the same order, page furniture perhaps between.
_STACKED_MARK = re.compile(r"^§\s?(?P<n>\d{1,4})$")
_COLUMN_FURNITURE = re.compile(r"^(?i:utdragsbestyr\w*)$")  # the signature box's label, even misspelt
_STACKED_MARKS_AT_LEAST = 3


def _stacked_titles(lines: list[Line], at: int, count: int) -> list[int] | None:
    """The indexes of exactly `count` title lines from `at` on (blank lines between them and the signature box's
    labels before them skipped), a page's foot, its number, a § or the text's end right after them; None where the
    column holds more or fewer (a title wrapped onto a second line, a kind column beside it): then no row can be
    tied to its number."""
    while at < len(lines) and (not lines[at].stripped or _FOOTER.match(lines[at].stripped)):
        at += 1
    titles = []
    while at < len(lines) and len(titles) <= count:
        text = lines[at].stripped
        if not text:
            at += 1
            continue
        if _FOOTER.match(text) or _COLUMN_FURNITURE.match(text) or _NUMBER_ALONE.match(text) \
                or _PARAGRAPH.match(text) or lines[at].page_start:
            break
        if not text[:1].isupper() or len(text) > _LONGEST_TITLE or _SENTENCE_OR_LABEL.search(text[:-1]):
            return None
        titles.append(at)
        at += 1
    return titles if len(titles) == count else None


# A title line of a stacked column holding two titles where the extraction merged two table rows into one line
# ("Övrigt Nya frågor"): a one-word title first (a capitalised word alone, as "Övrigt", "Valärenden", "Rapporter"
# stand), then a capitalised word and lower-case words after it; tried only where the openings found otherwise
# leave the count short by exactly as many such lines.
_ONE_WORD_TITLE_THEN_TITLE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{3,}\s+(?=[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö][\wåäö-]*)+$)")


_PAGE_IN_BRACKETS = re.compile(r"\(\d{1,3}\)")


def _merged_title_lines(lines: list[Line], at: int, count: int) -> list[tuple[int, str]] | None:
    """The titles below a stacked mark column whose title lines are fewer than its marks, the extraction having
    merged rows set close in the table onto one line ("Föregående protokoll Ekonomisk redovisning", Samordnings-
    förbundet Sydnärke): each line cut where a further title opens (_title_openings, a kind's word), and only where
    that gives exactly `count` titles, in order, each with its line's index; None otherwise (the lines as
    _stacked_titles takes them, two at least, fewer than `count`; no sentence, no over-long line)."""
    while at < len(lines) and (not lines[at].stripped or _FOOTER.match(lines[at].stripped)
                               or _COLUMN_FURNITURE.match(lines[at].stripped)):
        at += 1
    found: list[int] = []
    while at < len(lines) and len(found) < count:
        text = lines[at].stripped
        if not text:
            at += 1
            continue
        if _FOOTER.match(text) or _COLUMN_FURNITURE.match(text) or _NUMBER_ALONE.match(text) \
                or _PARAGRAPH.match(text) or lines[at].page_start or _STACKED_MARK.match(text) \
                or _PAGE_IN_BRACKETS.fullmatch(text):
            break  # (a page's foot or its number, "(3)", after the column)
        if not text[:1].isupper() or len(text) > _LONGEST_TITLE or _SENTENCE_OR_LABEL.search(text[:-1]):
            return None
        found.append(at)
        at += 1
    if len(found) < 2 or len(found) >= count:
        return None
    cut = {index: _cut(lines[index].stripped, sorted({*_title_openings(lines[index].stripped),
                                                      *_kind_word_openings(lines[index].stripped)}))
           for index in found}
    short = count - sum(len(pieces) for pieces in cut.values())
    loose = [index for index in found if len(cut[index]) == 1
             and _ONE_WORD_TITLE_THEN_TITLE.match(lines[index].stripped)]
    if short and short == len(loose):
        for index in loose:
            split = _ONE_WORD_TITLE_THEN_TITLE.match(lines[index].stripped).end()
            cut[index] = [lines[index].stripped[:split].strip(), lines[index].stripped[split:].strip()]
    pieces = [(index, piece.strip()) for index in found for piece in cut[index] if piece.strip()]
    return pieces if len(pieces) == count else None


def _bounded_title_groups(lines: list[Line], at: int, count: int,
                          next_mark: str | None = None) -> list[list[int]] | None:
    """Exactly `count` titles right below a stacked mark column (blank lines and a column's head, "Ärende", before
    them), with no blank line between, and a blank line, the text's end or the next row's mark (`next_mark`, "8."
    of "8.Årsredovisning ...") right after the last: a table's title column extracted in one block after its number
    column, whose bounds tie each title to the number in its place even where more text follows. A title may wrap
    onto lines that go on with it (_wraps_on: an open ending above, a small letter first); each title opens with a
    capital or a quote and holds no sentence (a leader to its page may end it), no case number, page mark,
    signature box or § alone. None otherwise (a block one title longer or shorter, a decision's points): the
    lines of each title, in order."""
    while at < len(lines) and (not lines[at].stripped or _COLUMN_HEADS.match(lines[at].stripped)):
        at += 1
    groups: list[list[int]] = []
    index = at
    while index < len(lines) and lines[index].stripped:
        text = lines[index].stripped
        if next_mark and text.startswith(next_mark) and (text[len(next_mark):][:1].isupper()
                                                         or text[len(next_mark):][:1] == " "):
            break  # (the next row's own line: "8.Årsredovisning 2020", "8. Budget")
        if lines[index].page_start or _BLOCK_SIGNATURE.search(text) or _COLUMN_FURNITURE.match(text) \
                or _NUMBER_ALONE.match(text) or _PARAGRAPH.match(text) or _case_cell(text) \
                or _PAGE_RANGE_CELL.fullmatch(text) or _BLOCK_SENTENCE.search(_LEADER_AT_ROW_END.sub("", text)[:-1]):
            return None
        if not _add_title_line(groups, lines, index):
            return None
        if len(groups) > count or len(" ".join(lines[x].stripped for x in groups[-1])) > _LONGEST_TITLE:
            return None
        index += 1
    return groups if len(groups) == count else None


def _bounded_titles(lines: list[Line], at: int, count: int) -> list[int] | None:
    """_bounded_title_groups where every title is one line (a protocol's § column): their lines."""
    groups = _bounded_title_groups(lines, at, count)
    return [group[0] for group in groups] if groups and all(len(group) == 1 for group in groups) else None


_CONTENTS_WORD = re.compile(r"(?i:innehåll|förteckning)")  # a protocol's list's heading ("§§ Ärendeförteckning:")
_BLOCK_SENTENCE = re.compile(r"[.!?]\s")  # a sentence's end ("Motion: Budget" is a title, its colon a label's)
# A page foot's signature box in the title column ("Justerandes sign", "Underskrifter"); not "Justering", a row's title.
_BLOCK_SIGNATURE = re.compile(r"^(?i:justerandes|underskrift)|(?i:\bsign(?:atur|aturer)?\b|utdragsbestyrk)")


def _row_above(lines: list[Line], at: int, first: re.Match) -> bool:
    """Whether the line right above a stacked number column is the list's row numbered one less, its title beside
    its number ("8.Årsredovisning 2020" above "9." ...): the column goes on with that list."""
    above = next((line.stripped for line in reversed(lines[max(0, at - 3):at]) if line.stripped), "")
    mark = f"{int(first.group('n')) - 1}{first.group('mark')}"
    return bool(first.group("mark")) and int(first.group("n")) > 1 and above.startswith(mark) \
        and (above[len(mark):][:1].isupper() or above[len(mark):][:2].strip()[:1].isupper())


def _under_list_heads(lines: list[Line], at: int) -> bool:
    """Whether the line above a stacked number column names the list or its columns ("Föredragningslista Nr
    Ärende/Föredragande", "Nr Ärende", "Informationsärenden"): a table's heads, printed before its columns."""
    above = next((line.stripped for line in reversed(lines[max(0, at - 3):at]) if line.stripped), "")
    words = re.findall(r"[^\W\d_]+", above)
    # (no number: "Tid: 13.00" is the meeting's time, "Sida 2" a page's; a list's word anywhere, "Beslutsärenden",
    # "Ärenden för behandling", "... dessa ärenden:", or heads alone, "Nr Ärende Beteckning Sidan")
    heads_alone = all(word.casefold() in _COLUMN_WORDS | {"sidan", "rubrik"} for word in words)
    return bool(words) and not re.search(r"\d", above) and not _BLOCK_SENTENCE.search(above) and bool(
        _LIST_OR_AGENDA_WORD.search(above) or _CONTENTS_WORD.search(above) or heads_alone)


def pair_stacked_columns(lines: list[Line]) -> list[Line]:
    """A protocol's § marks stacked one a line, their numbers counting on one by one, then as many title lines
    (_stacked_titles): each mark paired with the title in its place, "§3 Verksamhetsberättelse 2014", a row of the
    list (marked as an item's start). Only where the counts match exactly; otherwise the lines as they are."""
    result = list(lines)
    at = 0
    while at < len(result):
        first = _STACKED_MARK.match(result[at].stripped)
        marks, end = [], at
        while first and end < len(result) and (not result[end].stripped or (
                (mark := _STACKED_MARK.match(result[end].stripped))
                and int(mark.group("n")) == int(first.group("n")) + len(marks))):
            marks += [end] if result[end].stripped else []
            end += 1
        if len(marks) < _STACKED_MARKS_AT_LEAST:
            at += 1
            continue
        titles = _stacked_titles(result, end, len(marks)) or _bounded_titles(result, end, len(marks))
        pieces = None if titles else _merged_title_lines(result, end, len(marks))
        if pieces:
            titles = sorted({index for index, _piece in pieces})
        if titles is None:
            at = end
            continue
        rows = [Line(result[title].number, f"{result[mark].stripped} {result[title].stripped}", item_start=True)
                for mark, title in zip(marks, titles, strict=True)] if not pieces else \
            [Line(result[index].number, f"{result[mark].stripped} {piece}", item_start=True)
             for mark, (index, piece) in zip(marks, pieces, strict=True)]
        kept = [line for index, line in enumerate(result[at:titles[-1] + 1], at)
                if index not in titles and index not in marks]
        result[at:titles[-1] + 1] = [*kept, *rows]
        at += len(kept) + len(rows)
    return result


# An agenda table extracted column by column: its numbers stacked one a line ("1." ... "26." under "Dagordning" / "Nr",
# Karlshamn; or bare, "1" ...; the § marks of Sydnärke's IT-nämnd and Samordningsförbundet Sydnärke so,
# pair_stacked_columns), then perhaps the title column's head ("Ärende"), then the titles one a line in the same
# order, a long title wrapped onto the next line.
_STACKED_NUMBER = re.compile(r"^(?P<n>\d{1,3})(?P<mark>[.)]?)$")
# A line holding nothing but a member's surname and party, perhaps a second member after "och" ("Ohlsson (S)",
# "Sörensson(FP)", "(FP)", "Olander (MP) och Charlott Lorentzen (MP)"): the end of a title naming them, wrapped (a
# title says what the matter is; a member's name alone is none: "Motion (V) om ..." goes on past the mark).
_NAME_PARTS_ALONE = re.compile(r"^(?:[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?\s?)?\((?:" + PARTY_LETTERS + r")\)"
                               r"(?:\s+och\s+[A-ZÅÄÖ][a-zåäöéü]+(?:\s+[A-ZÅÄÖ][a-zåäöéü]+){1,2}\s?\((?:"
                               + PARTY_LETTERS + r")\))*$")


def _add_title_line(titles: list[list[int]], lines: list[Line], index: int) -> bool:
    """lines[index] added to the title it wraps on, or opening a title of its own (a capital, or a quoted one,
    opens one); False where it does neither (no title line of a column of titles)."""
    text = lines[index].stripped
    if titles and _wraps_on(" ".join(lines[x].stripped for x in titles[-1]), text):
        titles[-1].append(index)
    elif text[:1].isupper() or text[:1] in "\"”“«" and text[1:2].isupper():
        titles.append([index])
    else:
        return False
    return True


def _wraps_on(title: str, text: str) -> bool:
    """Whether `text` goes on with the title line above it: a title never ends with a conjunction or preposition
    (_OPEN_ENDINGS), nor opens in lower case or at a bracket; a line of names and party marks alone ends it."""
    return title.endswith(_OPEN_ENDINGS) or text[:1].islower() or text[:1] == "(" or bool(_NAME_PARTS_ALONE.match(text))


_PAGE_RANGE_CELL = re.compile(r"\d{1,3}\s?[-–]\s?\d{1,3}")  # a page column's cell, "3-9", "11 - 21"


def _column_titles(lines: list[Line], at: int, count: int) -> tuple[list[list[int]], bool, bool] | None:
    """The title column below a stacked number column: each title's line indexes (a wrapped title's two or more),
    at most `count` titles, whether the text ends in the column (its last title maybe cut), and whether a line there
    reads as a sentence or a label ("Anmälningsärenden. Beslut fattade ...", "Information: Remiss ...": a title's,
    or text's); None where a line there is no title's (over-long, opening in neither capitals nor a quote) or the
    column holds more titles than there are numbers."""
    while at < len(lines) and (not lines[at].stripped or _COLUMN_HEADS.match(lines[at].stripped)):
        at += 1
    titles: list[list[int]] = []
    sentence = False
    while at < len(lines):
        text = lines[at].stripped
        if not text:
            at += 1
            continue
        if _FOOTER.match(text) or _COLUMN_FURNITURE.match(text) or _NUMBER_ALONE.match(text) \
                or _PARAGRAPH.match(text) or lines[at].page_start or _case_cell(text) \
                or _COLUMN_HEADS.match(text) or _PAGE_RANGE_CELL.fullmatch(text):
            break  # (a case number, a page range or a column's head, "Dnr": the next column's, after the titles)
        if len(text) > _LONGEST_TITLE:
            return None
        sentence = sentence or bool(_SENTENCE_OR_LABEL.search(text[:-1]))
        if not _add_title_line(titles, lines, at):
            return None
        if len(titles) > count:
            return None
        at += 1
    return titles, not any(line.stripped for line in lines[at:]), sentence


# A Dnr cell in a column of its own: a case number, or the year-first serial some registries write bare ("2018/6",
# "2015/263-KS", Västerås; Tidaholm's and Lindesberg's Dnr cells).
_BARE_YEAR_SERIAL_CELL = re.compile(r"(?:19|20)\d\d/\d{1,5}(?:-[A-ZÅÄÖ]{1,5})?")


def _case_cell(text: str) -> bool:
    return is_case_number(text) or bool(_BARE_YEAR_SERIAL_CELL.fullmatch(text))


def _case_column(lines: list[Line], at: int, count: int) -> list[int] | None:
    """Exactly `count` case numbers one a line from `at` on (blank lines and a column's head, "Dnr", before them):
    the list's Dnr column extracted on its own, before or after its titles (Sotenäs's and Trosa's Dnr values stand
    together after their rows' titles); None where the lines there hold another count, or none."""
    while at < len(lines) and (not lines[at].stripped or _COLUMN_HEADS.match(lines[at].stripped)):
        at += 1
    cases = []
    while at < len(lines) and (not lines[at].stripped or _case_cell(lines[at].stripped)):
        cases += [at] if lines[at].stripped else []
        at += 1
    return cases if len(cases) == count else None


_NUMBER_COLUMN_HEAD = re.compile(r"^(?i:nr|nummer|punkt|ärendenr)\.?$")


def _column_headed(lines: list[Line], at: int, end: int) -> bool:
    """Whether a stacked number column (lines[at:end]) stands in a list table: its own head or the list's heading
    above it ("Nr", "Dagordning"), or the next column's head below it ("Ärende", "Dnr"), as a table extracted column
    by column prints them; a decision's points stacked so ("1." / "2." / "3." then their sentences) have none."""
    above = next((line.stripped for line in reversed(lines[max(0, at - 3):at]) if line.stripped), "")
    below = next((line.stripped for line in lines[end:end + 3] if line.stripped), "")
    return bool(_NUMBER_COLUMN_HEAD.match(above) or _LIST_HEADING_ALONE.match(above) or _COLUMN_HEADS.match(above)
                or _COLUMN_HEADS.match(below))


_ROW_ABOVE_WITHIN = 20  # lines: a row's cells (title, Dnr, pages) and a page's furniture between two row numbers


def _dnr_inside_open_title(cells: list[Line]) -> bool:
    """Whether a Dnr cell stands inside a title left open (ending in a preposition or a conjunction), alone on its
    line or run onto the title's line by the width-wrap rejoiner ("... för hamnområdet för" / "2015/1311" / "Luleå
    hamn", Luleå): then the lines are two rows' cells interleaved, and no one can tell whose the number is."""
    texts = [line.stripped for line in cells if line.stripped]
    for index, text in enumerate(texts):
        words = text.rsplit(" ", 1)
        if len(words) == 2 and _case_cell(words[1]) and words[0].endswith(_OPEN_ENDINGS[2:]):
            return True
        if index and _case_cell(text) and texts[index - 1].endswith(_OPEN_ENDINGS):
            return True
    return False


def _rows_inside_a_list(lines: list[Line], at: int, end: int, marks: list[int],
                        first: re.Match) -> tuple[list[Line], int] | None:
    """Two row numbers or more stacked inside a list read row by row, one cell a line (Luleå's "2" / title / Dnr /
    pages, then "3" / "4" / two titles / "5"): the row numbered one less stands above, within a few lines. Where
    exactly as many titles follow as there are numbers, and the next row's number right after them, each number
    takes the title in its place (the rows made, and the last line used). Where a Dnr cell stands inside a title
    left open (_dnr_inside_open_title), or no next number follows, no row is read from lines two rows share (the
    lines with the numbers below them, or no numbers). None where the run stands in no such list, or the title
    reader reads its rows (each title closed by its own Dnr cell)."""
    n, mark, count = int(first.group("n")), first.group("mark"), len(marks)
    above = lines[max(0, at - _ROW_ABOVE_WITHIN):at]
    if count < 2 or n < 2 or not any(line.stripped == f"{n - 1}{mark}" for line in above):
        return None
    following = next((line.stripped for line in lines[end:end + 3] if line.stripped), "")
    if not following[:1].isupper():
        return None  # (a row's title opens under the numbers; a page's or a count's numbers have none)
    nxt = next((i for i in range(end, min(len(lines), end + _ROW_ABOVE_WITHIN))
                if lines[i].stripped == f"{n + count}{mark}"), None)
    if nxt is None and not any(_case_cell(line.stripped) for line in lines[end:end + _ROW_ABOVE_WITHIN]):
        # (no next row's number below, nor a Dnr cell closing each title: which lines are whose is not told, the
        # title reader would give the last number the first title; the numbers dropped, their lines left as text)
        return [], marks[-1]
    if nxt is not None and _dnr_inside_open_title(lines[end:nxt]):
        # (the numbers moved below the lines up to the next row's number: each row left empty, read as none)
        return [*lines[end:nxt], *(lines[x] for x in marks)], nxt - 1
    column = _column_titles(lines, end, count)
    if column is None or len(column[0]) != count or column[1]:
        return None  # (each title closed by its own Dnr cell, say: the title reader reads the rows one by one)
    titles = column[0]
    last = titles[-1][-1]
    after = next((line.stripped for line in lines[last + 1:] if line.stripped), "")
    if after != f"{n + count}{mark}":
        return None
    rows = [Line(lines[title[0]].number, f"{lines[mark_at].stripped} " + " ".join(lines[x].stripped for x in title),
                 item_start=True) for mark_at, title in zip(marks, titles, strict=True)]
    return rows, last


_ROWS_WITH_CELLS_AT_LEAST = 3


def _cut_last_row(lines: list[Line]) -> list[Line]:
    """A list read one cell a line whose text ends with a row's number alone and a title ("17" / "Medborgarförslag
    om ...", nothing after), where each of the rows before it, numbered one by one, has its Dnr cell below its title:
    the excerpt's end cut the last row before its cells, and perhaps inside its title (it may wrap on). Its number is
    dropped, so no row is read from it; elsewhere the lines as they are."""
    filled = [index for index, line in enumerate(lines) if line.stripped]
    if len(filled) < 2:
        return lines
    number = _STACKED_NUMBER.match(lines[filled[-2]].stripped)
    title = lines[filled[-1]].stripped
    if not number or not title[:1].isupper() or _case_cell(title) or _NUMBER_ALONE.match(title):
        return lines
    n, mark, below = int(number.group("n")), number.group("mark"), filled[-2]
    for earlier in range(n - 1, n - 1 - _ROWS_WITH_CELLS_AT_LEAST, -1):
        at = next((i for i in reversed(filled) if i < below and lines[i].stripped == f"{earlier}{mark}"), None)
        if at is None or below - at > _ROW_ABOVE_WITHIN or not any(
                _case_cell(lines[i].stripped) for i in range(at + 2, below)) \
                or not lines[next(i for i in filled if i > at)].stripped[:1].isupper():
            return lines
        below = at
    return [line for index, line in enumerate(lines) if index != filled[-2]]


def _bare_column_pairs(lines: list[Line], marks: list[int], first: re.Match, cases: list[int] | None,
                       column: tuple[list[list[int]], bool, bool] | None) -> bool:
    """Whether a stacked number column with no head (a table extracted column by column, its heads lost) is followed
    by exactly as many titles, each one line: a capital, no sentence or label, no wrap (a wrap leaves the count
    unable to tie a line to its number), and a Dnr column as long; numbered from 1 ("1." / "2." ...). A decision's
    points ("1." then their sentences) and a column of one title more or less are none. `cases` and `column`: the Dnr
    column and the title column found below the numbers (pair_number_column's, found once)."""
    if int(first.group("n")) != 1 or column is None:
        return False
    titles, _cut, sentence = column
    if len(titles) != len(marks) or sentence or any(
            len(title) > 1 or lines[title[0]].stripped.endswith(".")
            or _NAME_PARTS_ALONE.match(lines[title[0]].stripped) for title in titles):
        return False
    # (and a Dnr column counting as many, before the titles or after them: with no head, the one sign of a table;
    # a decision's points, "1." / "2." then "Kommunstyrelsen godkänner avtalet", have none)
    return cases is not None or _case_column(lines, titles[-1][-1] + 1, len(marks)) is not None


def pair_number_column(lines: list[Line], *, bounded_only: bool = False) -> list[Line]:
    """An agenda's row numbers stacked one a line ("1.", "2.", ... counting on by one), then its titles one a line
    (_column_titles): each number paired with the title in its place, "3. Risk- och sårbarhetsanalys 2015", a row
    of the list. Only where the counts match, or where the text ends inside the title column (an excerpt cut): then
    the titles it holds but the last two (the cut may have broken either off), the numbers left without a title
    dropped. `bounded_only` (a protocol's list of its paragraphs): only a title block bounded by a blank line under
    the list's heads is paired (_bounded_titles), nothing else read or dropped."""
    result = list(lines)
    at = paired_up_to = 0  # (the last number of a column paired by its bounded title block)
    while at < len(result):
        first = _STACKED_NUMBER.match(result[at].stripped)
        marks, end = [], at
        while first and end < len(result) and (not result[end].stripped or (
                (mark := _STACKED_NUMBER.match(result[end].stripped)) and mark.group("mark") == first.group("mark")
                and int(mark.group("n")) == int(first.group("n")) + len(marks))):
            marks += [end] if result[end].stripped else []
            end += 1
        cases = column = None
        if len(marks) >= _STACKED_MARKS_AT_LEAST:
            cases = _case_column(result, end, len(marks))  # the Dnr column between the numbers and the titles
            column = _column_titles(result, cases[-1] + 1 if cases else end, len(marks))
        read = column is not None and len(column[0]) == len(marks) and (
            _column_headed(result, at, end) or _bare_column_pairs(result, marks, first, cases, column))
        if len(marks) >= _STACKED_MARKS_AT_LEAST and cases is None and (bounded_only or not read) and (
                _column_headed(result, at, end) or _under_list_heads(result, at)
                or int(first.group("n")) == paired_up_to + 1 > 1 or _row_above(result, at, first)) \
                and (block := _bounded_title_groups(result, end, len(marks), next_mark=(
                    f"{int(first.group('n')) + len(marks)}{first.group('mark')}" if first.group("mark") else None)
                )) is not None:
            # (the title column's block bounded by a blank line or the next row's mark, more text after it: its
            # bounds tie the titles; a column under a list's or a column's heads, or going on from the column paired
            # before it; a bare column under neither reads nothing, as _bare_column_pairs wants a Dnr column for it)
            paired_up_to = int(first.group("n")) + len(marks) - 1
            rows = [Line(result[title[0]].number, f"{result[mark].stripped} "
                         + " ".join(result[x].stripped for x in title), item_start=True)
                    for mark, title in zip(marks, block, strict=True)]
            used = {x for title in block for x in title}
            last = block[-1][-1]
            kept = [line for index, line in enumerate(result[at:last + 1], at)
                    if index not in used and index not in marks]
            result[at:last + 1] = [*kept, *rows]
            at += len(kept) + len(rows)
            continue
        if bounded_only:
            at = max(at + 1, end)
            continue
        if len(marks) < _STACKED_MARKS_AT_LEAST or not (_column_headed(result, at, end)
                                                       or _bare_column_pairs(result, marks, first, cases, column)):
            inside = _rows_inside_a_list(result, at, end, marks, first) if first else None
            if inside is not None:
                rows, last = inside
                kept = [line for index, line in enumerate(result[at:end], at) if index not in marks]
                result[at:last + 1] = [*kept, *rows]
                at += len(kept) + len(rows)
                continue
            at = max(at + 1, end) if len(marks) >= _STACKED_MARKS_AT_LEAST else at + 1
            continue
        if column is None or not column[0] or len(column[0]) < len(marks) and not column[1]:
            # (a headed column of row numbers whose titles cannot be tied to them: the numbers are dropped, else the
            # last one would read as the row of the first title below it)
            result[at:end] = [line for index, line in enumerate(result[at:end], at) if index not in marks]
            at += end - at - len(marks)
            continue
        titles, cut, sentence = column
        last = titles[-1][-1]
        if cases is None and len(titles) == len(marks):
            cases = _case_column(result, last + 1, len(marks))  # or after the titles
            following = next((x.stripped for x in result[last + 1:] if x.stripped), "")
            if cases is None and (_case_cell(following) or _COLUMN_HEADS.match(following)):
                # (a Dnr column after the titles whose cells do not count as many: they cannot be tied to the rows,
                # and left below the last row they would read as its own)
                at = end
                continue
            last = cases[-1] if cases else last
        if cut and len(titles) < len(marks) and (sentence or not first.group("mark")):
            # (bare numbers, "1" / "2" ..., are read only where the counts match: a page's numbers look so; and a
            # column with a sentence or a label in it, which may be text run on below the list)
            at = end
            continue
        filled = [index for index in range(titles[0][0], last + 1) if result[index].stripped]
        gaps = {b - a for a, b in zip(filled, filled[1:], strict=False)}
        if cut and len(titles) < len(marks) and (len(gaps) > 1 or any(
                result[index + 1].number != result[index].number + 1 for index in range(at, last))):
            # (cut, the count cannot tell a title from two the width-wrap rejoiner ran together: only a column whose
            # lines stand as the text printed them, none joined (the rejoiner leaves blank lines in their place, a
            # gap no other line of the column has) or dropped, is read)
            at = end
            continue
        # (Cut, the last line may be a title's start or the rest of the title above, as a surname wrapped onto a line
        # of its own ("... tekniska nämnden - Gunnar" / "Fas"): neither is read.)
        paired = titles[:-2] if cut and len(titles) < len(marks) else titles
        if len(paired) < _STACKED_MARKS_AT_LEAST:
            at = end
            continue
        rows = []
        for index, (mark, title) in enumerate(zip(marks, paired, strict=False)):
            text = f"{result[mark].stripped} " + " ".join(result[x].stripped for x in title)
            rows.append(Line(result[title[0]].number, text, item_start=True))
            if cases:
                # (its Dnr cell below it, named as the column's head names it: a bare "2019/7" is a case number there)
                rows.append(Line(result[cases[index]].number, f"Dnr {result[cases[index]].stripped}"))
        used = {x for title in titles for x in title} | set(marks) | set(cases or [])
        kept = [line for index, line in enumerate(result[at:last + 1], at) if index not in used]
        result[at:last + 1] = [*kept, *rows]
        at += len(kept) + len(rows)
    return _cut_last_row(result)

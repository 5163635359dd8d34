"""Documents that bundle several papers: a kallelse sent with its items' tjänsteskrivelser (a copy site's
file of a board's papers one after another is one too). Each paper opens with its own letterhead; cut
there, each is read by the report reader as the one matter it states."""

from __future__ import annotations

import re

from archive.errors import ImportFailed
from archive.importing.common import RUN_ON, site_content
from archive.importing.text import Document, Line, ocr_tolerant
from archive.importing.tjansteskrivelse import _heading_key_of, mark_deciding, parse_tjansteskrivelse
from archive.model import Matter, PlanningStep

# A paper's letterhead opening a line (after a site's page number): its kind, perhaps after its office's name and
# before its page mark, then the letterhead's first label ("TJÄNSTESKRIVELSE Datum 2019-08-30", Härnösand;
# "Tjänsteskrivelse 1(3) Datum Dnr 2013-10-09 KS.2012.129", Oxelösund; "KOMMUNSTYRELSENS FÖRVALTNING TJÄNSTEUTLÅTANDE
# DATUM DIARIENR", Huddinge; "Tjänsteskrivelse Kontor ... Handläggare", Södertälje; "Tjänsteskrivelse KS
# Handläggare:", Karlskoga; "Socialkontoret TJÄNSTESKRIVELSE Handläggare, telefon Datum", Upplands-Bro;
# "Tjänsteutlåtande Utfärdat: Diarienummer:", Göteborg), or the case number's label before its kind ("Dnr: 09-40.012
# Styrelseärende 2009-02-27 Till Förbundsstyrelsen", Göteborgsregionen), or an office's name, the date's label and
# the case number's ("Kommunledningskontoret Datum 2014-08-29 Ärendenr 2014-277.005", Tibro). Not the kind before a
# date alone: a list of papers names one so ("Tjänsteskrivelse daterad 2018-08-28", "Tjänsteskrivelse SN 2015-08-25").
# A report's kind as its letterhead names it; a board's "Styrelseärende" heads a paper but names no report.
# The letterhead's words in a scan's OCR confusions too ("Tjänsteut1åtande", "Hand1äggare": text.ocr_tolerant).
_REPORT_KINDS = ocr_tolerant(r"Tjänsteskrivelse|TJÄNSTESKRIVELSE|Tjänsteutlåtande|TJÄNSTEUTLÅTANDE")
_KIND = r"(?:" + _REPORT_KINDS + ocr_tolerant(r"|Styrelseärende|STYRELSEÄRENDE)")
_CASE_LABEL = ocr_tolerant(r"(?:Dnr|DNR|Diarienr|Diarienummer|DIARIENUMMER|Ärendenr|Ärendenummer)\.?:?")
_FIRST_LABEL = ocr_tolerant(r"(?:Datum|DATUM|Handläggare|HANDLÄGGARE|Kontor|Utfärdat)")
_PAGE_ONE = r"\s+1\s?\(\d{1,2}\)"
_DATE = r"(?:\d{4}-\d\d-\d\d)"
PAPER_LETTERHEAD = re.compile(
    r"^(?:\d{1,3}\s+)?(?:"
    + r"(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*\s+){0,3}" + _KIND + r"(?:" + _PAGE_ONE + r")?(?:\s+[A-ZÅÄÖ]{1,4})?\s+" + _FIRST_LABEL
    + r"|" + _KIND + _PAGE_ONE + r"\s+" + _CASE_LABEL
    + r"|" + _CASE_LABEL + r"(?:\s+\S+)?\s+" + _KIND
    + r"|[A-ZÅÄÖ][a-zåäö]+(?:kontoret|förvaltningen|avdelningen|enheten)\s+Datum\s+" + _DATE + r"\s+(?:Sida\s+\S+\s+)?"
    + _CASE_LABEL + r")(?![\wåäö])"
    # The kind alone in capitals on its line, the letterhead's labels on the lines below ("TJÄNSTESKRIVELSE" /
    # "Kommunstyrelsen" / "Handläggare:", Öckerö; Härnösand's and Upplands-Bro's papers set it in capitals too).
    r"|^(?:" + ocr_tolerant("TJÄNSTESKRIVELSE|TJÄNSTEUTLÅTANDE") + ")$")


# A paper's letterhead in any office's layout: the form's labels at the opening of a line (after a site's page
# number), whatever their order and the values between them. Its kind and one label ("Tjänsteutlåtande ...
# Kommunkansliet Datum Dnr KS 2015/0204", Österåker; "STRÖMSTADS KOMMUN Tjänsteskrivelse 1 (1)
# Kommunledningsförvaltningen Dnr:", Strömstad), or three labels of the form without its kind ("2017-04-10 Sida 1
# KS/2017/0022/042-20 Tjänsteställe/handläggare Ekonomiavdelning Johan Westin E-post: ... Tel:", Nynäshamn;
# "SOCIALFÖRVALTNINGEN Handläggare ... Datum Diarienummer", Uppsala; "Central förvaltning Datum _ 16 Sida 1 (7)
# Ekonomienhet Dnr LD15/01538", Region Dalarna; "Datum Vår referens Maria Hultin ... Tjänsteskrivelse", Malmö). Seven
# organisations' reports of the tuning half open so; a kallelse's or a protocol's head has other labels (Tid, Plats,
# Sammanträdesdatum, Justerandes sign), and a list's row names a paper's kind with its date only.
_LETTERHEAD_REACH = 160  # the opening of the line the labels stand in
_KIND_REACH = 80  # ... and the kind, before the paper's own text
_REPORT_KIND = re.compile(r"(?<![\wåäö])(?:" + _REPORT_KINDS + r")(?![\wåäö])")
_DATE_LABEL = ocr_tolerant(r"Datum|DATUM")
_NUMBER_LABEL = ocr_tolerant(r"Dnr|DNR|Diarienr|Diarienummer|DIARIENUMMER|Ärendenr|Ärendenummer|Vår beteckning"
                             r"|Vår referens")
_FORM_LABELS = (
    re.compile(r"(?<![\wåäö])(?:" + _DATE_LABEL + r")(?![\wåäö])"),
    re.compile(r"(?<![\wåäö])(?:" + _NUMBER_LABEL + r")(?![\wåäö])"),
    re.compile(ocr_tolerant(r"(?:(?<![\wåäö])[Hh]andläggare|HANDLÄGGARE|Tjänsteställe)(?![\wåäö])")),
    re.compile(r"(?<![\wåäö])Sida 1(?! ?\d)|(?<![\d(])1 ?\(\d{1,2}\)"),  # the paper's first page
    re.compile(r"(?<![\wåäö])E-post(?![\wåäö])"),
    re.compile(r"(?<![\wåäö])(?:Tel|Telefon)(?![\wåäö])"),
)
LABELS_OF_A_FORM = 3
_MEETING_KIND = re.compile(ocr_tolerant(r"(?<![\wåäö])(?:kallelse|föredragningslista|ärendelista|dagordning"
                                        r"|underrättelse|(?:sammanträdes)?protokoll|protokollsutdrag"
                                        r"|utdrag ur protokoll)(?![\wåäö])"),
                           re.IGNORECASE)
# What follows a paper's kind where a list names the paper: its date, "daterad", "den", a comma.
_NAMES_A_PAPER = re.compile(r"\s*(?:[,;:(]|daterad\b|den\b|från\b|av\b|\d{4}-\d\d-\d\d|\d{6}(?:\d\d)?\b)",
                            re.IGNORECASE)


def opens_a_paper(text: str, below: str = "") -> bool:
    """Whether a line opens a paper: a known letterhead, or the form's labels at the line's opening; `below`, the
    next line's text, where the kind stands on a short line of its own at the end ("STRÖMSTADS KOMMUN
    Tjänsteskrivelse" / "Kommunledningsförvaltningen Dnr: ...", its page mark dropped as furniture)."""
    if PAPER_LETTERHEAD.match(text):
        return True
    head = text[:_LETTERHEAD_REACH]
    if _MEETING_KIND.search(head):
        return False  # a kallelse's or a protocol's own letterhead ("KALLELSE Datum ... Dnr ... Handläggare ...")
    labels = sum(1 for label in _FORM_LABELS if label.search(head))
    if labels >= LABELS_OF_A_FORM:
        return True
    kind = _REPORT_KIND.search(head[:_KIND_REACH])
    if labels >= 1 and kind and len(text) > RUN_ON and not _NAMES_A_PAPER.match(text, kind.end()):
        # (a page run into one line; a list's row names a paper by its kind and its date: "Tjänsteskrivelse
        # 2021-04-01 Dnr KS 2021/120", "Tjänsteskrivelse, Datum ...", "Tjänsteskrivelse daterad ...")
        return True
    # (after the organisation's name in capitals: the kind alone on its line, the officer's label below, lists a
    # paper under a kallelse's item: "Tjänsteskrivelse" / "Handläggare: Mona-Lena Beckman", Tibro)
    kind = kind if len(text) <= _KIND_REACH else None  # (a short line is its head[:_KIND_REACH], searched above)
    named = kind is not None and not text[kind.end():].strip() and text[: kind.start()].strip().isupper()
    return named and any(label.search(below[:_KIND_REACH]) for label in _FORM_LABELS)


# A letterhead in line layout: the form's labels each opening a line of their own ("Tjänsteskrivelse" / "Datum
# 2021-04-01" / "Dnr KS 2021/120" / "Handläggare Anna Berg"), within a few lines.
_LABEL_LINES_REACH = 4
_LABEL_OPENING = re.compile(r"(?:" + _DATE_LABEL + "|" + _NUMBER_LABEL + r"|Handläggare|HANDLÄGGARE|Tjänsteställe)"
                            r"(?![\wåäö])")


def _labels_below(texts: list[str]) -> int:
    """How many different form labels open the next few lines."""
    return len({m.group().lower() for text in texts[:_LABEL_LINES_REACH] if (m := _LABEL_OPENING.match(text))})


# The letter form's labels for the addressee's reference, on a line of their own under the paper's date and case
# number ("Socialförvaltningen" / "2020-01-15 SOCN/2019:1 - 001 Stab" / "Vår handläggare Ert datum Er beteckning",
# Katrineholm; "Datum Beteckning/diarienr Ert datum Er beteckning", Region Dalarna; "Datum Vår beteckning Er
# beteckning", Upplands-Bro: three organisations' papers print them, no kallelse's or protocol's head does).
_REPLY_LABELS = re.compile(r"(?<!\S)(?:Ert datum|Er beteckning|Er referens)(?!\S)")
_LETTER_FORM_LINE = _KIND_REACH
_OPENS_WITH_DATE = re.compile(r"^\d{4}-\d\d-\d\d(?!\d)")
_OFFICE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:förvaltningen|kontoret|kansliet|avdelningen|enheten)$")


def _letter_form_opening(texts: list[str], at: int) -> int | None:
    """Where a paper in the letter form opens, `at` its reply labels' line: the line of its date (and case number)
    right above, or the office's name above that; None where the lines above are not a letterhead's."""
    text = texts[at]
    if len(text) > _LETTER_FORM_LINE or len(_REPLY_LABELS.findall(text)) < 2 or _MEETING_KIND.search(text):
        return None
    above = [n for n in range(at - 1, max(-1, at - 6), -1) if texts[n]][:2]
    if not above or not _OPENS_WITH_DATE.match(texts[above[0]]):
        return None
    return above[1] if len(above) > 1 and _OFFICE.match(texts[above[1]]) else above[0]


def letterheads(lines: list[Line]) -> list[int]:
    """The indexes of the lines that open a paper."""
    texts = [line.stripped for line in lines]
    found = []
    for at, text in enumerate(texts):
        if not text:
            continue
        # (gathered only for a line with text, not for every line up front)
        below = [t for t in texts[at + 1:at + 12] if t]
        opening = _letter_form_opening(texts, at)
        if opening is not None and (not found or opening > found[-1]):
            found.append(opening)
        elif opens_a_paper(text, below[0] if below else ""):
            found.append(at)
        elif _REPORT_KIND.fullmatch(text) and _labels_below(below) >= 2:
            # The kind alone on its line, two of the form's labels opening the lines below: a paper in line layout
            # (one label alone under "Tjänsteskrivelse" is a list naming a paper and its officer: Tibro's kallelse).
            found.append(at)
    return found


def paper_document(document: Document, lines: list[Line]) -> Document:
    """One paper of the document as a document of its own: the file's lines (the readers look a line up by its
    number), its own text (as cleaned of the site's) only the paper's."""
    paper = Document(path=document.path, checksum=document.checksum, lines=document.lines)
    paper.cleaned.update({None: lines, True: lines, False: lines})
    return paper


def read_paper(document: Document, lines: list[Line]) -> Matter | None:
    """The matter one paper states, or None where it states no title (a paper cut off in its letterhead)."""
    try:
        matter = parse_tjansteskrivelse(paper_document(document, lines), a_paper=True)
    except ImportFailed:
        return None
    return matter if matter.title else None


def cut_at(document: Document, start: Line) -> Document:
    """The document's text above the line `start` as a document of its own: the file's lines before it, and
    the text before it on its own line where a page run on into it."""
    physical = document.lines[start.number - 1]
    at = physical.text.find(start.stripped[:30])
    before = [Line(start.number, physical.text[:at].rstrip())] if at > 0 and physical.text[:at].strip() else []
    return Document(path=document.path, checksum=document.checksum, lines=document.lines[: start.number - 1] + before)


def attached_papers(document: Document) -> tuple[Line, list[Matter | None]] | None:
    """A meeting document's papers attached after its own text (a kallelse sent with its items'
    tjänsteskrivelser): the first paper's opening line, and the matter each paper states (None where it
    states none: cut off in its letterhead); None where no paper follows the document's own head."""
    lines = site_content(document, keep_title=False)
    starts = [at for at in letterheads(lines) if at > 0]
    if not starts:
        return None
    return lines[starts[0]], [read_paper(document, lines[a:b])
                              for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]


# A page's head naming a paper's kind and its first page ("Tjänsteskrivelse 1(3) ...", "TJÄNSTEUTLÅTANDE 1 (2)
# ..."): page one again after a first page opens another paper, whatever the letterhead's labels after it.
_PAPER_PAGE_ONE = re.compile(r"^(?:\d{1,3}\s+)?(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*\s+){0,3}(?:" + _REPORT_KINDS + r")"
                             + _PAGE_ONE + r"\s+(?=\S)")
_PAPER_PAGE_ONE_INSIDE = re.compile(r"(?<=\s)(?:" + _REPORT_KINDS + r")" + _PAGE_ONE + r"\s+(?=\S)")


def _pages_one(document: Document, lines: list[Line]) -> list[int]:
    """The indexes of the lines that open a page given as one line whose cut-off head named a paper's kind and
    its page one (the page's furniture is cut off its line before the letterheads are sought)."""
    found = []
    heads_inside: dict[int, list[int]] = {}  # per physical line: where a later paper's page-one head ends in it
    for at, line in enumerate(lines):
        if not line.page_start or not line.stripped or not 0 < line.number <= len(document.lines):
            continue
        physical = document.lines[line.number - 1].stripped
        head = _PAPER_PAGE_ONE.match(physical)
        if head and physical[head.end():].startswith(line.stripped[:40]):
            found.append(at)
            continue
        # Papers whose breaks a copy lost run on in one line ("... HEMSIDA www.kungalv.se Tjänsteskrivelse 1(1)
        # Handläggarens namn ...", Kungälv's bundle joined): the page cut at the head inside the line opens a paper.
        ends = heads_inside.setdefault(line.number, [m.end() for m in _PAPER_PAGE_ONE_INSIDE.finditer(physical)])
        if any(physical.startswith(line.stripped[:40], end) for end in ends):
            found.append(at)
    return found


def bundled_papers(document: Document) -> list[Matter] | None:
    """A file of papers one after another, no meeting document's head above them (a copy site's bundle of a
    board's papers, a report with another report appended): the matter each states, one per paper; None unless
    two papers or more open with their letterheads and each reads whole, its title and its proposal (a paper read
    in part gives nothing here: read as one report, the file keeps its partial reading)."""
    lines = site_content(document, keep_title=False)
    starts = letterheads(lines)
    by_pages_one = False
    if not starts and len(pages_one := _pages_one(document, lines)) >= 2:
        # Each paper's first page given as one line, its head cut off as the page's furniture: the pages that
        # name page one of a paper open the papers, the same head over each (one template's).
        starts, by_pages_one = pages_one, True
    if len(starts) < 2 or any(_heading_key_of(line.stripped) for line in lines[: starts[0]]):
        return None
    papers = [read_paper(document, lines[a:b]) for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    if len(papers) > 2 and papers[-1] is None and _cut_in_its_letterhead(lines[starts[-1]:]):
        # The last paper cut off by the excerpt's end in its letterhead ("3 Dnr: Styrelseärende Till Förbundsstyrel"):
        # left out, as a last row cut off is (the corpus README's convention); the papers before it stand whole.
        papers, starts = papers[:-1], starts[:-1]
    if all(paper is not None and paper.title and paper.proposals for paper in papers):
        return papers  # type: ignore[return-value]
    # Papers that each open with one template's letterhead, its case number their own ("Dnr: 09-40.012
    # Styrelseärende 2009-02-27", "Dnr: 09-36.012 Styrelseärende ..."), are one office's papers one after another,
    # whatever each states beyond its title: one matter each, as far as each reads (a paper cut off in its text, or
    # whose proposal is set out in a form not read, keeps its title and case number).
    forms = {"page one"} if by_pages_one else {_letterhead_form(lines[at].stripped) for at in starts}
    if len(forms) == 1 and all(paper is not None and paper.title and paper.case_number
                               and paper.case_number in lines[at].stripped for paper, at in zip(papers, starts,
                                                                                               strict=True)):
        return papers  # type: ignore[return-value]
    return None


# A paper cut off in its letterhead: a few lines at most, no sentence ended in them.
_CUT_PAPER_LINES = 3


def _cut_in_its_letterhead(lines: list[Line]) -> bool:
    """Whether a paper's lines are only the start of its letterhead, the excerpt's end cutting it: a few lines, no
    sentence's end in them."""
    texts = [line.stripped for line in lines if line.stripped]
    return 0 < len(texts) <= _CUT_PAPER_LINES and not re.search(r"[.!?](?:\s|$)", " ".join(texts))


def _letterhead_form(text: str) -> str:
    """A letterhead's first line as its template prints it: its first three words, a number any of them."""
    return " ".join("#" if any(c.isdigit() for c in word) else word for word in text.split()[:3])


_WORD = re.compile(r"[\wåäöÅÄÖ-]+")
# A paper repeats its item's title, or opens with it and goes on ("Ekonomisk månadsrapport Kommunstyrelsen" on the
# list, "Ekonomisk månadsrapport maj-juli" over the paper, Härnösand): words in common from the start, two at least.
SAME_OPENING_WORDS = 2
SAME_OPENING_CHARS = 15
# A title found whole inside the paper's must be this long: a short one recurs in a longer title by chance.
SHORTEST_REPEATED_TITLE = 15


def _opening_in_common(a: str, b: str) -> str:
    words = []
    for x, y in zip(_WORD.findall(a.lower()), _WORD.findall(b.lower()), strict=False):
        if x != y:
            break
        words.append(x)
    return " ".join(words)


def _repeats(title: str, paper_title: str) -> bool:
    """Whether the paper's title repeats the item's whole, perhaps after its letterhead run on before it
    ("Kommunledningskontoret Datum 2014-08-29 Ärendenr ... Kommunstyrelsen Skaraborgs remissvar för ...", Tibro)."""
    words, paper_words = _WORD.findall(title.lower()), _WORD.findall(paper_title.lower())
    size = len(words)
    return len(title) >= SHORTEST_REPEATED_TITLE and any(paper_words[n:n + size] == words
                                                         for n in range(len(paper_words) - size + 1))


def item_of_paper(titles: list[str], paper: Matter) -> int | None:
    """The index of the one title of `titles` the paper's title opens as or repeats; None where none or
    several do. One of three tests of "is this paper its row's?", each as strict as its paper's other marks
    allow: a paper here is found by its letterhead, not by its row's number, so its title is all that ties it to a
    row: two words and SAME_OPENING_CHARS in common, and one row only; agendarows._same_title_opening and
    MeetingDocumentParser._attachment_of (meetingdocs.py) have the row's number again before the title."""
    found = [n for n, title in enumerate(titles)
             if len((common := _opening_in_common(title, paper.title)).split()) >= SAME_OPENING_WORDS
             and len(common) >= SAME_OPENING_CHARS or _repeats(title, paper.title)]
    return found[0] if len(found) == 1 else None


def fold_paper(matter: Matter, paper: Matter) -> None:
    """What the attached paper states of its item and the agenda does not: its case number, its proposals,
    its officers and who the decision goes to (the agenda's title stays the item's)."""
    matter.case_number = matter.case_number or paper.case_number
    if not matter.proposals and paper.proposals:
        # The body the paper's proposal is put to takes the matter after this meeting, where the row named none
        # ("Kommunstyrelsens arbetsutskott föreslås föreslå Kommunstyrelsen besluta ...", Tibro's arbetsutskott).
        named = {step.body for step in matter.planning}
        addressees = dict.fromkeys(p.to for p in paper.proposals)  # (once each: two proposals may go to one body)
        onward = [PlanningStep(body=to) for to in addressees if to and to not in named]
        if onward:
            for step in matter.planning:
                step.role, step.decides = "bereder", False
            matter.planning += onward
            mark_deciding(matter.planning, [None] * len(matter.planning))
    for name in ("proposals", "responsible", "recipients"):
        if not getattr(matter, name):
            setattr(matter, name, list(getattr(paper, name)))

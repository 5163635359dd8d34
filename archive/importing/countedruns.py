"""A fallback for a protocol or kallelse in which no layout reader found an item: a list the text itself teaches by
its numbers counting on one by one.

Where the line breaks of a list of items were lost, every layout reader looks for where one site breaks its rows. What
does not depend on the layout is the list's own numbering: three numbers or more in one line counting up by one
("... redovisning, 246 Ändrad regional indelning, 247 Redovisning ...", "112 Val av justerare 113 Budget 2016 114
..."), each set the same way beside the text between them. That text is a row's title only where nothing else stands
in it: no other number standing alone (a contents list's page column, a second run beside it: "4 Godkännande av
dagordning 142 5 Information ..."), no dot leaders, no sentence, no decision. Where any gap is not so, nothing is read
(precision first: a wrong title costs as much as a missed one).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from archive.importing.agendarows import (
    _KIND_WORDS,
    _ROW_MARK,
    _cut,
    _formality_word,
    _kind_word_openings,
    _mostly_lower_case,
    _one_kind_word,
    _row_number_left,
    _title_openings,
    numbered_row_inside,
)
from archive.importing.common import RUN_ON
from archive.importing.meetingwords import _DECIDING_VERB, _LONGEST_TITLE, _PARAGRAPH
from archive.importing.text import Line

COUNTED_AT_LEAST = 3
_NUMBERS_LOST = 2  # numbers a list's run may lose between two parts still counting on (its rows there left out)
# A number standing alone in running text: not part of a date, an amount, a case number, a time or a word ("2015-09-08",
# "1:116", "KS/2015:405", "13:00", "2:e", "100 000"), nor a § sign's range.
_FREE_NUMBER = re.compile(r"(?<![\w/.:,§–-])(?:§\s?)?(?P<n>\d{1,4})(?:[.)](?=\s))?(?![\w/:%–-]|[.,]\d)")
_NUMBER_AT_END = re.compile(r"(?<![\w/.:,-])(?!(?:19|20)\d\d$)\d{1,4}$")  # (a year ends many titles)
_LEADERS = re.compile(r"\.{3}|…")
# (not after an abbreviation of a letter or two: "kv. Knasten", "m.fl. Ny")
_SENTENCE = re.compile(r"(?<!\b[a-zåäö]{2})(?<!\b[a-zåäö])[.!?]\s+[A-ZÅÄÖ]|:\s")
_CLOCK = re.compile(r"(?<!\d)[0-2]?\d[:.][0-5]\d(?!\d)")  # a schedule's column ("08:45"), no title's
# ("att" opening the text or a clause after a comma: a decision's att-sats, "att godkänna ..."; after a noun or "om" it
# is a title's: "Motion om att ...", "uppdrag till förvaltningen att utarbeta regelverk", Bollebygd.)
_DECISION = re.compile(r"(?<![\wåäö])(?:" + _DECIDING_VERB + r")(?![\wåäö])|(?:^|[,;:]\s*)att(?![\wåäö])")
# Where the first title of a "Title, N" list may start: after a number, a sentence's or a label's end.
_BEFORE_FIRST = re.compile(r".*(?:\d|[.:!?])\s+")
_LAST_WORD = re.compile(r"(?<=\s)[A-ZÅÄÖ][a-zåäö]{1,11}$")


def _chains(numbers: list[re.Match]) -> list[list[re.Match]]:
    """Runs of numbers counting up by one, each a few characters at least after the one before (not "§116 §117")."""
    chains, used = [], set()
    for at, first in enumerate(numbers):
        if at in used:
            continue
        chain = [first]
        for later in range(at + 1, len(numbers)):
            gap = numbers[later].start() - chain[-1].end()
            if gap > _LONGEST_TITLE:
                break
            if int(numbers[later].group("n")) == int(chain[-1].group("n")) + 1 and gap >= 3:
                chain.append(numbers[later])
                used.add(later)
        if len(chain) >= COUNTED_AT_LEAST:
            chains.append(chain)
    return chains


def _across_lost_numbers(chains: list[list[re.Match]], numbers: list[re.Match]) -> list[re.Match] | None:
    """The chains of a line joined into one where each goes on from the one before across a number or two the
    extraction lost, with the numbers alone between them that count on so ("... 127 Title 128 Title Title 130 Title
    Title 132 Title 133 ...", Trelleborg's contents run on, §§ 129 and 131 lost); None where the line holds one chain,
    or its chains do not go on so (two lists: which is the items'?)."""
    if len(chains) < 2:
        return None
    joined = list(chains[0])
    for chain in chains[1:]:
        between = [m for m in numbers if joined[-1].end() <= m.start() < chain[0].start()]
        for number in between:  # (a number alone that goes on, "130": a row between the chains)
            if 1 < int(number.group("n")) - int(joined[-1].group("n")) <= _NUMBERS_LOST + 1 \
                    and int(number.group("n")) < int(chain[0].group("n")):
                joined.append(number)
        if not 1 <= int(chain[0].group("n")) - int(joined[-1].group("n")) - 1 <= _NUMBERS_LOST:
            return None
        joined += chain
    return joined


def _lost_rows(title: str, lost: int) -> list[str] | None:
    """A row's title run on with the titles of the rows after it whose numbers were lost (`lost` of them), cut where
    each opens (_title_openings): only where exactly so many further titles open, each of two words or more, a
    third of them in lower case at least, as a title's (the count is what tells the rows from one long title); else
    None."""
    cuts = _title_openings(title)
    pieces = _cut(title, cuts)
    if len(cuts) != lost or not all(len(piece.split()) >= 2 and _a_third_in_lower_case(piece) for piece in pieces):
        return None
    return pieces


def _a_third_in_lower_case(text: str) -> bool:
    """A third of the words or more start in lower case: a title, though it names a place of capitalised words
    ("Antagande av detaljplan för Trelleborg Lilla Beddinge 35:"); a run of names does not."""
    words = text.split()
    return 3 * sum(word[:1].islower() for word in words) >= len(words)


def _a_title(text: str, *, own_number: bool = False) -> bool:
    # (A number at either end is a second column's: a page's, or the other numbering's of a list numbered twice;
    # `own_number`: a column's number would stand at the other rows' ends too, so one row's alone is its title's.)
    return (3 <= len(text) <= _LONGEST_TITLE and text[:1].isupper()
            and (own_number or not _NUMBER_AT_END.search(text))
            and not _LEADERS.search(text) and not _SENTENCE.search(text) and not _DECISION.search(text)
            and not any(_a_clock_time(text, clock) for clock in _CLOCK.finditer(text)))


def _a_clock_time(text: str, clock: re.Match) -> bool:
    """Whether `clock` is a time, not a property's number after its name ("Innerstaden 2:20", "Ståstorp 3:1")."""
    before = text[:clock.start()].split()[-1:]
    return not (before and before[0][:1].isupper() and before[0].rstrip(".").lower() not in ("kl", "klockan"))


OWN_NUMBER_AMONG = 4  # rows a list holds at least for one row's number at its end to be its title's own


def _own_numbers(titles: list[str]) -> bool:
    """Whether the one title of a list's rows that ends with a number ends with its own ("... uppföljningsrapport
    2/2009, delårsbokslut 1", Bollebygd; "Delårsrapport 2", Arvika): one of four rows or more, the others ending with
    none (a page column or a second numbering ends every row)."""
    return len(titles) >= OWN_NUMBER_AMONG and sum(bool(_NUMBER_AT_END.search(title)) for title in titles) == 1


def _rows(line: str, chain: list[re.Match], *,
          ends_text: bool = False) -> tuple[list[tuple[str, str]], int, int] | None:
    """(number, title) for each number of the chain read (number "" for a row whose number was lost, "-" for text
    that is no row), and where in the line the list begins and ends; None where the list's shape is not certain.
    `ends_text`: the line is the text's last, so the excerpt may end inside the list."""
    gaps = [line[a.end():b.start()] for a, b in itertools.pairwise(chain)]
    lost = [int(b.group("n")) - int(a.group("n")) - 1 for a, b in itertools.pairwise(chain)]
    before = line[:chain[0].start()].rstrip()
    starts = [number.start() for number in chain]  # where each row's number (and its word) begins
    # The list's own word before each number ("Ärende 4 Title Ärende 5 Title ..."): the same word before every one.
    label = _LAST_WORD.search(before)
    if label and all(gap.rstrip().endswith(" " + label.group()) for gap in gaps):
        gaps = [gap.rstrip()[:-len(label.group())] for gap in gaps]
        before = before[:label.start()].rstrip()
        starts = [line.rindex(label.group(), 0, at) for at in starts]
    if all(gap.rstrip().endswith(",") for gap in gaps) and before.endswith(",") and not any(lost):
        # "Title, N": each number after its row's title; the text after the last number is no row's.
        titles = [gap.strip().rstrip(",").strip() for gap in gaps]
        # The first title from where a number, a sentence or a label ends before it, no longer than the longest of the
        # others; else its start is not certain.
        opening = _BEFORE_FIRST.match(before.rstrip(","))
        first = before.rstrip(",")[opening.end():].strip() if opening else ""
        titles.insert(0, first if len(first.split()) <= max(len(title.split()) for title in titles) else "")
        begins, ends, second = before.rfind(titles[0]) if titles[0] else 0, chain[-1].end(), chain[0].end()
    elif all(gap[:1] == " " and gap.strip()[:1].isupper() for gap in gaps):
        # "N Title": each number before it; the last row's title runs to the line's end.
        titles = [gap.strip() for gap in [*gaps, line[chain[-1].end():]]]
        begins, ends, second = starts[0], len(line), starts[1]
    else:
        return None
    # A row whose title runs on with the rows' after it whose numbers were lost: cut where each opens, as many as were
    # lost (_lost_rows); else that row is no row (its text kept).
    split = [_lost_rows(title, count) if count else [title] for title, count in zip(titles, [*lost, 0], strict=True)]
    plain = [title for title, count in zip(titles, [*lost, 0], strict=True) if not count]
    own = _own_numbers(plain[1:-1])  # (the first and the last row's ends are the list's, not certain)
    if not all(_a_title(title, own_number=own) for title in plain[1:]) \
            or not all(_a_title(piece) for pieces, count in zip(split[1:], lost[1:], strict=False) if count and pieces
                       for piece in pieces):
        return None
    rows = [(number.group("n"), title) for number, title in zip(chain, titles, strict=True)]
    if ends == len(line) and len(titles[-1].split()) > max(len(title.split()) for title in titles[:-1]):
        # The last row's title runs to the line's end, where other text may follow it: no longer than the longest
        # of the list's other titles, or left out (with the text after the list). Where the line ends the text (the
        # excerpt cut inside the list), the rows whose numbers were lost after it: cut where each opens, each a title
        # of two words or more mostly in lower case or a kind's one word ("Renhållningstaxa"), the last piece left
        # out (cut by the excerpt's end, or no row's).
        tail = _cut(titles[-1], _title_openings(titles[-1])) if ends_text else []
        if len(tail) >= 2 and all(_a_title(piece) and (len(piece.split()) >= 2 and _mostly_lower_case(piece)
                                                       or _one_kind_word(piece)) for piece in tail[:-1]):
            split[-1] = tail[:-1]
            ends = line.rindex(tail[-1])
        else:
            rows, ends, split = rows[:-1], starts[-1], split[:-1]
            if len(rows) < COUNTED_AT_LEAST:
                return None
    first_out = not _a_title(titles[0])
    if first_out and len(rows) <= COUNTED_AT_LEAST:
        return None
    read = []
    for at, ((number, title), pieces) in enumerate(zip(rows, split, strict=True)):
        if at == 0 and first_out:
            continue
        if pieces is None:
            read.append(("-", f"{number} {title}"))  # (a row whose lost rows could not be cut: text, no row)
            continue
        read += [(number, pieces[0]), *(("", piece) for piece in pieces[1:])]
    if first_out:
        # A first title whose start is not certain is left out (with the text before the list); the rows after it
        # still count on.
        return read, second, ends
    return read, begins, ends


def _one_list(read: list[tuple[list[tuple[str, str]], int, int]]) -> bool:
    """Whether the lists read in one line are one list: one, or parts one after the other whose numbers count on
    across the gap where a number or two were lost ("... 143 Delårsrapport jan 2009 juni Länstransportplan Skåne
    yttrande 145 ...": § 144's number lost, the run cut in two)."""
    # (The first part's last row, its title run into the rows whose numbers were lost, is left out too: one more.)
    return all(later[1] >= earlier[2] and 1 < int(later[0][0][0]) - int(earlier[0][-1][0]) <= _NUMBERS_LOST + 2
               for earlier, later in itertools.pairwise(read))


def counted_run_rows(lines: list[Line], *, protocol: bool) -> list[Line] | None:
    """The lines with a run-on list counting on cut into its rows (marked as items' starts, "§ 246 Title" in a
    protocol, "246 Title" in a kallelse), the text before and after the list kept as lines of their own; None where no
    line holds such a list."""
    result, found = [], False
    paged = _page_numbered_ends(lines)
    last = next((line for line in reversed(lines) if line.stripped), None)
    for line in lines:
        text = line.stripped
        page = paged.get(id(line))
        if page:
            text = text[:page.start()].rstrip()  # the page's own number, no row's (see _page_numbered_ends)
        numbers = list(_FREE_NUMBER.finditer(text)) if len(text) > 40 else []
        chains = _chains(numbers)
        ends_text = line is last
        joined = _across_lost_numbers(chains, numbers)
        whole = _rows(text, joined, ends_text=ends_text) if joined else None
        read = [whole] if whole else [found_rows for chain in chains if (found_rows := _rows(text, chain,
                                                                                             ends_text=ends_text))]
        if not read or not _one_list(read):  # none, or two lists in one line: which is the items'?
            result.append(line)
            continue
        found = True
        opening = text[:read[0][1]].strip()
        page_number = [Line(line.number, page.group("n"))] if page else []
        if opening:
            result.append(Line(line.number, opening, page_start=line.page_start))
        mark = "§ " if protocol else ""
        for at, (rows, _begins, ends) in enumerate(read):
            result += [Line(line.number, title) if number == "-" else Line(line.number, title, item_start=True)
                       if not number else Line(line.number, f"{mark}{number} {title}", item_start=True)
                       for number, title in rows]
            rest = text[ends:read[at + 1][1] if at + 1 < len(read) else len(text)].strip()
            if rest:  # (between two parts of the list: the rows where its number was lost, no row of its own)
                result.append(Line(line.number, rest))
        result += page_number
    return result if found else None


# A list table's attachment column run on after the title of each row that has papers, the rows' numbers lost:
# "... som inte har slutbehandlats. Bilaga Förteckning över medborgarförslag ... Bilaga Borgensförbindelse
# Kommuninvest. Bilaga Revidering av mål och budget Bilaga ..." (Haninge's Föredragningslista; Lessebo's rows close
# so too). The cell after a title's last word or its full stop, a capital after it.
_ATTACHMENT_CELL = re.compile(r"(?<=[\wåäö)])\.?\s+Bilaga(?=\s+[A-ZÅÄÖ])")
_ATTACHMENT_CELLS_AT_LEAST = 3
_ROW_TITLE_OPENING = re.compile(r"^[A-ZÅÄÖ][a-zåäö]")
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")


def _one_title(piece: str) -> bool:
    """Whether a piece between two attachment cells is one title: a capital opening a word in lower case, no longer
    than a title, no sentence inside and no further title opening in it (_title_openings, a kind's word: two rows,
    the first with no papers, or a title whose own capitals would read so; which, is not told)."""
    return bool(_ROW_TITLE_OPENING.match(piece)) and len(piece) <= _LONGEST_TITLE \
        and not _SENTENCE_INSIDE.search(piece) and not _title_openings(piece) and not _kind_word_openings(piece)


def rows_closed_by_attachment_cells(lines: list[Line]) -> list[Line] | None:
    """A kallelse in which no layout reader found an item, whose list runs on in one line, its numbers lost, each row
    with papers closed by its attachment cell (_ATTACHMENT_CELL, three at least): the line cut into its rows, each an
    item's start with no number. A piece between two cells that is one title (_one_title) is a row; any other stays
    text (the row before it keeps it). Before the first cell stand the list's heading and its first rows: only the
    title after the last opening there is a row (the rest, the heading, its column heads and rows of no papers, stays
    the head). After the last cell no row is read: the text's end cuts a row there, or the list is over. None where
    no line is so."""
    result, found = [], False
    for line in lines:
        cells = list(_ATTACHMENT_CELL.finditer(line.stripped)) if len(line.stripped) >= RUN_ON else []
        if len(cells) < _ATTACHMENT_CELLS_AT_LEAST:
            result.append(line)
            continue
        text = line.stripped
        first = text[:cells[0].start()]
        openings = sorted({*_title_openings(first), *_kind_word_openings(first)})
        head, last = (first[:openings[-1]], first[openings[-1]:].strip()) if openings else (first, "")
        rows = [last] if last and _one_title(last) else []
        if not rows:
            head = first
        pieces = [text[a.end():b.start()].strip() for a, b in itertools.pairwise(cells)]
        titled = [_one_title(piece) for piece in pieces]
        if not any(titled):
            result.append(line)
            continue
        found = True
        result.append(Line(line.number, head.strip(), page_start=line.page_start))
        result += [Line(line.number, row, item_start=True) for row in rows]
        result += [Line(line.number, piece, item_start=title) for piece, title in zip(pieces, titled, strict=True)]
        result.append(Line(line.number, text[cells[-1].end():].strip()))
    return result if found else None


HEADLESS_ROWS_AT_LEAST = 4


def headless_run_on_rows(lines: list[Line]) -> list[Line] | None:
    """A kallelse in which no layout reader found an item, its agenda's rows run together on one line with their
    numbers lost and no heading above them (a copy site that drops bare numbers and a list's line breaks, and sets
    the list where its heading was a page's image or column): the lines with each such line cut into its rows, each
    an item's start without a number; None where no line is such a list. The list's shape alone tells it, so it is
    read strictly (_headless_rows): four titles at least, each one."""
    return _lines_cut_into_rows(lines, lambda _above: True)


# An agenda's numbered row opening its line ("1. Information från ...", "6 Ansvarsfrihet ...").
_NUMBERED_ROW = re.compile(r"^\d{1,3}[.)]?\s+[A-ZÅÄÖ]")
_ROW_LINES_ABOVE = 2  # lines with text a run may stand below its last numbered row (a title's end, a presenter)


def rows_run_on_after_a_row(lines: list[Line]) -> list[Line] | None:
    """A kallelse's agenda whose later rows run together on one line after a numbered row, their numbers lost (a copy
    that broke the list where a row's title or presenter took two lines: "1. Information från ..." / "Besök av ..." /
    "Svar på remiss om ... Yttrande över ..."): the lines with each such line cut into its rows (_headless_rows, the
    list's shape read as strictly as under no heading), each an item's start; None where no line is so."""
    return _lines_cut_into_rows(lines, lambda above: any(_NUMBERED_ROW.match(text) for text in above))


def _lines_cut_into_rows(lines: list[Line], may_cut: Callable[[list[str]], bool]) -> list[Line] | None:
    """The lines with each run-on list (_headless_rows) cut into its rows, each an item's start, where `may_cut` of
    the last lines with text above it allows; None where no line is cut. The one loop of the two readers above."""
    result, found = [], False
    above: list[str] = []  # the last lines with text
    for line in lines:
        rows = _headless_rows(line.stripped) if len(line.stripped) >= RUN_ON and may_cut(above) else None
        if line.stripped:
            above = [*above, line.stripped][-_ROW_LINES_ABOVE:]
        if rows is None:
            result.append(line)
            continue
        found = True
        result += [Line(line.number, row, item_start=True) for row in rows]
    return result if found else None


def headless_rows_count(lines: list[Line]) -> int:
    """How many rows of run-on lists under no heading (headless_run_on_rows) `lines` hold, their titles closed by no
    full stop: what makes a page a kallelse, where a news page's sentences might pass for titles closed so."""
    return sum(len(rows) for line in lines
               if len(line.stripped) >= RUN_ON and (rows := _headless_rows(line.stripped, dotted=False)))


def _headless_rows(text: str, *, dotted: bool = True) -> list[str] | None:
    """The rows of a line that is a run-on list and nothing else (headless_run_on_rows): no sentence, label or
    decision in it, and no number left standing as a row's (_row_number_left: where numbers stand, the readers of
    numbered lists read it, nor a row's lettered points); cut where each title opens (_title_openings, a kind's word
    too), no piece longer than a title, four of them at least and the first and three in four of them a title as a
    list's row is (_a_title: no clock time, no number of a column at its end), of two words or more mostly in lower
    case, or a kind's or a standing item's one word ("Meddelanden", "Upprop"). (A title the cut missed stays run on
    with the one before; a piece that is no title, a presenter's name, stays a row's text.)"""
    if _ROW_MARK.match(text) or _row_number_left(text) or numbered_row_inside(text) or _LABEL.search(text) \
            or _DECISION.search(text):
        return None
    pieces = _cut(text, sorted({*_title_openings(text), *_kind_word_openings(text)}))
    # (A list may close each title with a full stop, "Förslag till internkontrollplan. Ekonomirapport 2, juli. ...",
    # Nora's, Gnosjö's: then every piece but the last ends with one; else a full stop inside is a sentence's.)
    if _SENTENCE.search(text) and not (dotted and all(piece.endswith(".") for piece in pieces[:-1])):
        return None
    titles = sum(_a_listed_title(piece) for piece in pieces)
    if titles < HEADLESS_ROWS_AT_LEAST or not _a_listed_title(pieces[0]) or 4 * titles < 3 * len(pieces) \
            or any(len(piece) > _LONGEST_TITLE for piece in pieces):
        return None
    return pieces


def _a_listed_title(piece: str) -> bool:
    """Whether a piece of a run-on line is a title as a list's row is (see _headless_rows), its closing full stop
    aside; no sentence of prose, whose verb a title lacks ("Mötet är öppet för allmänheten.")."""
    piece = piece.removesuffix(".")
    words = piece.split()
    if len(words) == 1:
        return piece in _KIND_WORDS or _one_kind_word(piece) or _formality_word(piece)
    return _a_title(piece) and _mostly_lower_case(piece) and not _PROSE_VERB.search(piece)


_LABEL = re.compile(r":\s")
# A verb a sentence of a page's prose holds and a title almost never (33 of the 4,983 tuning gold titles: "... som inte
# har slutbehandlats", "Ordföranden har ordet").
_PROSE_VERB = re.compile(r"(?<![\wåäö])(?:är|var|har|hade|kan|kunde|kommer|blir|blev|finns|fanns|sker|skedde|hålls"
                         r"|sänds|får|fick|vill|ville|bör|måste)(?![\wåäö])", re.IGNORECASE)


_PAGE_AT_LINE_END = re.compile(r"(?<=\s)(?P<n>\d{1,3})$")


def _page_numbered_ends(lines: list[Line]) -> dict[int, re.Match]:
    """The lines (by id) that end with their page's number, and that number's match: an extraction that gives each
    page as one line ends it with the page's number, so that two lines running on end with numbers counting on ("...
    Underskrift Johan Linander 1", "... 35 Förslag på ledarpolicy för Tomelilla kommun 2", Tomelilla); a list's last
    row there does not end with it. One line alone ending with a number is a title's perhaps ("Delårsrapport 2"), so
    not read as a page's."""
    ends = [(line, _PAGE_AT_LINE_END.search(line.stripped)) for line in lines if line.stripped]
    paged = {}
    for (first, a), (second, b) in itertools.pairwise(ends):  # (neighbours among the lines with text)
        if a and b and int(b.group("n")) == int(a.group("n")) + 1:
            paged |= {id(first): a, id(second): b}
    return paged


# A § head in a standard form the layout readers do not know, opening its line: the meeting's body or day before the
# sign ("Kommunstyrelsen § 45", "2019-03-12 § 45", "Kommunstyrelsen 2019-03-12 § 45": the running form meeting
# systems print at each paragraph), the sign doubled ("§§ 45") or read as a dollar ("$ 45", an extraction's § sign), or
# the sign's word ("Paragraf 45"). The title follows on the line or below it; a lower-case word after the number is a
# sentence's ("Kommunstyrelsen § 45 beslutade ..."), a range or a list ("Paragrafer 45-60", "§ 45, 46") no head.
# (in capitals too; "nämnd(?:en)?", not "nämnden?": that is "nämnde" and an optional "n", never "hjälpmedelsnämnd")
_BODY_WORDS = r"(?i:styrelse(?:n)?|nämnd(?:en)?|fullmäktige|utskott(?:et)?|direktion(?:en)?|förbund(?:et)?|rådet)"
# The body's name: its kind's word ends a word of it ("Kommunstyrelsen", "Tekniska utskottet", "Direktionen",
# "Hälsingerådet"), perhaps the name's place after it ("Miljönämnden östra Skaraborg", "Samordningsförbundet Västra
# Skaraborg", "Språktolknämnden i Dalarna", "Förbundsdirektionen vid NVK"): capitalised words or a name's small ones.
_NAME_AFTER = (r"(?:\s+(?:(?:i|för|vid|och|östra|västra|norra|södra|mellersta|län)(?![\wåäö])"
               r"|[A-ZÅÄÖ][\wåäöÅÄÖ-]*)){0,4}?")
_BODY_LEAD = r"(?=[A-ZÅÄÖ])(?:[\wåäö-]+\s+){0,3}?[\wåäö-]*" + _BODY_WORDS + _NAME_AFTER
_DAY_LEAD = r"(?:19|20)\d\d-[01]\d-[0-3]\d"
_VARIANT_HEAD = re.compile(
    r"^(?:(?P<lead>" + _BODY_LEAD + r"(?:\s+" + _DAY_LEAD + r")?|" + _DAY_LEAD + r")\s+§§?"
    r"|(?:(?P<code>[A-ZÅÄÖ]{2,6})\s+)?(?P<sign>§§|\$)|(?P<word>(?i:paragraf|ärende)))"
    r"\s?(?P<n>\d{1,4})(?![\d/,–-])[.:]?(?:\s+(?:[–-]\s+)?(?P<rest>[A-ZÅÄÖ(].*))?$")
VARIANT_HEADS_AT_LEAST = 2
# The number and a point ("45. Val av revisorer"): a numbered list's form too, so a § head only where the text's own
# list of its §§ above gives that § so ("§ 45 Val av revisorer"). (Without such a list, agendarows._points_as_items
# reads a protocol of such points, where no § was read.)
_DOT_HEAD = re.compile(r"^(?P<n>\d{1,4})\.\s+(?P<rest>[A-ZÅÄÖ].*)$")
_HEADS_LEFT_OUT = 2


_DAY = re.compile(_DAY_LEAD)


def _stated_above(part: str, lines: list[Line]) -> bool:
    """Whether `part` (a body's name, a day) stands whole in one of `lines` (in capitals or not)."""
    found = re.compile(r"(?<![\wåäöÅÄÖ])" + re.escape(part.casefold()) + r"(?![\wåäöÅÄÖ])")
    return any(found.search(line.stripped.casefold()) for line in lines)


def _one_head_of_the_meeting(lines: list[Line], forms: dict[str, list[tuple[int, re.Match]]]) -> list | None:
    """The one § head of a protocol of one § (an extract, a short meeting) in a running form, [(at, match)]; None
    unless exactly one form's one head names before its sign the body or the day (or both) the text above it states
    (its head: "Miljönämnden östra Skaraborg", "Sammanträdesdatum 2019-03-12"): the meeting's own running head, as
    the running heads of a longer protocol repeat it. A reference to another meeting's § names another body or day
    ("Kommunstyrelsens arbetsutskott 2019-01-11 § 135")."""
    found = []
    for heads in forms.values():
        at, match = heads[0]
        lead = match.group("lead") if "lead" in match.re.groupindex else None
        if len(heads) != 1 or not lead:
            continue
        day = _DAY.search(lead)
        name = (lead[:day.start()] + lead[day.end():]).strip() if day else lead
        if all(_stated_above(part, lines[:at]) for part in (name, day.group() if day else "") if part):
            found.append((at, match))
    return found if len(found) == 1 else None


def variant_head_rows(lines: list[Line], stated: tuple[int, int] | None = None) -> list[Line] | None:
    """The lines with each § head of one standard variant form written as the reader's own ("§ 45 Title"); None where
    the text holds no run of them. A run: two heads at least, the same form each (the same body or day before the sign,
    as the meeting's own heads repeat it), their numbers counting up, text between each two (a paragraph's own, not
    a blank line: a list's rows set apart), and
    no § in the reader's own form from the first on (a list of the §§ before them, their contents, may give them so)."""
    forms: dict[str, list[tuple[int, re.Match]]] = {}
    listed, last_listed = set(), -1
    for at, line in enumerate(lines):
        if paragraph := _PARAGRAPH.match(line.stripped):
            listed.add((int(paragraph.group("a") or paragraph.group("b")), paragraph.group("rest").strip().lower()))
            last_listed = at
    for at, line in enumerate(lines):
        if (match := _DOT_HEAD.match(line.stripped)) and at > last_listed \
                and (int(match.group("n")), match.group("rest").strip().lower()) in listed:
            forms.setdefault(".", []).append((at, match))
        elif match := _VARIANT_HEAD.match(line.stripped):
            sign = f"{match.group('code') or ''} {match.group('sign') or ''}" if match.group("sign") else None
            form = match.group("lead") or sign or match.group("word").lower()
            forms.setdefault(form, []).append((at, match))
    best = max(forms.values(), key=len, default=[])
    if any(not any(line.stripped for line in lines[a + 1:b]) for (a, _), (b, _) in itertools.pairwise(best)):
        return None  # two of them with nothing between but blank lines: a list's rows
    run, last = [], 0
    for index, (at, match) in enumerate(best):
        number = int(match.group("n"))
        # (A protocol's heads count on, a number or two perhaps left out; a reference to other meetings' §§ jumps.)
        # (Within the §§ the front page states, "Paragrafer 84-102", any number up counts on: an excerpt's §§; not
        # past a head still to come that counts on below it, "Kommunstyrelsen § 51" cited in § 45's text.)
        counts_on = last < number <= (stated[1] if stated and stated[0] <= last else last + _HEADS_LEFT_OUT + 1) \
            and not (run and number > last + _HEADS_LEFT_OUT + 1
                     and any(last < int(later.group("n")) < number for _, later in best[index + 1:]))
        if counts_on or not run:
            run.append((at, match))
            last = number
    if len(run) < VARIANT_HEADS_AT_LEAST:
        run = _one_head_of_the_meeting(lines, forms)
        if not run:
            return None
    if last_listed >= run[0][0]:
        return None  # the text's own §§ stand among them in the reader's form: those are its heads
    result = list(lines)
    for at, match in run:
        rest = match.group("rest") or ""
        code = f"{match.group('code')} " if "code" in match.re.groupindex and match.group("code") else ""
        # ("KS $ 45": "KS § 45", its code kept)
        result[at] = replace(lines[at], text=f"{code}§ {match.group('n')} {rest}".rstrip())
    return result

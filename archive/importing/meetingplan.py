"""Sammanträdesplaner / sammanträdestider: one or several bodies' meetings for a year.

The layouts municipalities publish them in:
- a list under a body's heading ("Kommunfullmäktige 2023", "Kommunstyrelsen sammanträder
  följande datum:", "Sammanträdesplan för kommunstyrelsen 2024"): "2 februari", "• 21 juni
  (onsdag)", "16 februari, 13 april och 8 juni", "7 (måndag), 22, 29 maj", "den 23 januari",
  "16/4", "Måndag 30 januari kl. 18.00", under a line of when the body usually meets
  ("Tisdagar, klockan 13.15");
- a body and its dates on one line ("Kommunstyrelsen: 23 januari, 20 februari",
  "Kommunstyrelsen   23 jan   20 feb", "Kommunfullmäktige sammanträder den 29 januari och 26
  februari."), or a chronological list with each meeting's body ("23 januari Kommunstyrelsen",
  "23 januari – Kommunstyrelsen", "2024-01-23 kl 13.00 Kommunstyrelsen", a table's row in pipes);
- months as headings over their days ("Januari" / "23 Kommunstyrelsen", or "9, 23" under a
  body's heading), a month as its days' label ("Februari: 6, 20"), a week's number before a
  day ("Vecka 4 tisdag 23 januari");
- a table with the months across and a body a row ("Organ | Tid | Jan | Feb | ..." or the
  same columns separated by spaces), or flattened one cell a line under a body's heading
  ("Januari" / "Februari" / ... then "-" / "16* kl. 08.30" / ...);
- a table with the bodies across and a month a row ("| KF | KS | KSAU", "Januari | 23 | | 17",
  or separated by spaces: "Månad KF KS KSAU" / "Januari 29 15 8");
- a table with the bodies across as headings one under the other (each with its usual time and
  place), then rows with a day and month in each body's cell ("30 januari   13 februari   6 mars",
  "-" an empty cell); a row broken over lines is shared out only when it divides evenly;
- running text, a press release's "30 maj AU 08.15-10.00 13 juni AU ... PLU inställt": after
  each date the codes of the bodies meeting then.
Abbreviated bodies are read through the plan's own legend ("KF Kommunfullmäktige"), the
codes every municipality uses (KS, KF, KSAU), or the one body the plan names whose initials
the code is (AU: "arbetsutskottet").

A mark beside a day ("15*", "28**") is kept as the meeting's marker, as is a meeting called
off ("inställt"); a time beside it
("19 (kl. 08:15)", "19(13.00)") as its start time. The year is what the text states (a
heading, a date with its year); where it states none it comes from `year` (the CLI's
--year), else from the weekdays: the one recent year in which every date is a working day
(and falls on any weekday the text names) is taken, marked inferred, with a warning.
Otherwise the plan is refused, saying why. Nothing is invented: a day that does not exist
in its month is reported and left out, never moved.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate, islice

from archive import naming
from archive.dates import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_ABBREVIATIONS, WEEKDAYS, month_number
from archive.errors import ImportFailed
from archive.importing.common import (
    ABBREVIATIONS,
    RUN_ON,
    body_at_start,
    body_genitive_at_start,
    body_name,
    code_named_in,
    definite,
    find_dates,
)
from archive.importing.kinds import AGENDA_KINDS, PLAN_KINDS, REPORT_KINDS, alternation
from archive.importing.result import ParsedDocument, ParsedPlan, PlanMeeting
from archive.importing.text import (
    BULLET_GLYPHS,
    Document,
    Line,
    OcrTolerantWords,
    bullets_apart,
    drop_site_text,
    ocr_tolerant,
)
from archive.workdays import non_working_reason

# How far back and ahead "a recent year" reaches when the weekdays must tell the year:
# plans are published for the coming year and archives hold the last mandate periods.
RECENT_YEARS_BACK = 12
RECENT_YEARS_AHEAD = 1

# A body's word as the first part of a compound ("Direktionssammanträden 2022", Sydnärkes Utbildningsförbund; Ystad-
# Österlenregionens Miljöförbund's "direktionsmöte", Söderhamn's "fullmäktigesammanträde"): the meetings of that body,
# as "Direktionens sammanträden" are ("Gruppmöten 2019", a party's, names no body).
_BODY_STEM = r"(?:[\wåäö]*(?:direktions|styrelse|nämnds?|fullmäktige|utskotts|berednings))"
_BODY_STEM_MEETINGS = re.compile(r"(?P<stem>" + _BODY_STEM + r")(?:sammanträden|möten)(?:\s+(?:under|år))?",
                                 re.IGNORECASE)

# A heading that names a plan: "Sammanträdestider 2024", "Sammanträdesplan för ...",
# "Datum för sammanträden 2023", "Kommunfullmäktiges sammanträden" (at the start of a short line).
PLAN_HEADING = re.compile(ocr_tolerant(  # a scan's OCR'd words too ("Sarnmanträdesdagar", "Miitesdatum")
    r"^(?:\w+\s+(?:[–-]\s+)?){0,3}(sammanträdesplan\w*|sammanträdestider|sammanträdesdagar|sammanträdeskalender\w*"
    r"|sammanträdesdatum\s+(?:för\s+)?(?:år\s+)?\d{4}(?![-/.]?\d)|mötesplan\w*|mötestider|mötesdagar|mötesdatum"
    r"|datum för sammanträden\w*"
    r"|" + _BODY_STEM + r"?(?:sammanträden|möten)\s+(?:år\s+)?\d{4})\b|^\w+s sammanträden\s*(?:\d{4})?$"
    r"|^" + _BODY_STEM + r"(?:sammanträden|möten)(?:\s+(?:under\s+|år\s+)?\d{4})?\s*:?$"),
    re.IGNORECASE,
)
_NUMBERED_ITEM = re.compile(r"^(?:§\s*\d{1,3}|\d{1,3}[.)]?)\s+\S")
# What makes a document another kind, whatever it says about meetings.
_OTHER_KIND = re.compile(r"^(" + alternation(REPORT_KINDS, AGENDA_KINDS) + r"|förslag till beslut|beslutsplanering)\b",
                         re.IGNORECASE)
# "Kallelse och protokoll", "Kallelser och handlingar": a body's web page's section of where its papers
# are found (Båstad, Kiruna, Tomelilla), no kallelse's own heading.
_PAPERS_SECTION = re.compile(r"^kallelser?\s+och\s+(?:protokoll|handlingar)$", re.IGNORECASE)
_PROTOCOL_SIGNS = re.compile(r"(§\s*\d|\bprotokollet är justerat\b|\bjusterandes? sign|\butdragsbestyrkande\b)",
                             re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d/-])(19[89]\d|20\d\d)(?![\d/-])")
_BULLET = re.compile(r"^\s*(?:[" + BULLET_GLYPHS + r"*–-]|\d{1,2}[.)](?=\s+\D))\s*")
_MONTH_WORD = r"(?P<month>[A-Za-zÅÄÖåäö]{3,9})\.?"
_MARK = r"(?P<mark>\*{1,4}|[†‡#¹²³])?"
# A time of day: "13.00", "(kl. 08:15)", or the hour alone after "kl"/"klockan" ("kl. 18", "kl.16", "klockan 18").
_TIME = re.compile(r"\(?\s*(?:kl(?:ockan)?\.?\s*)?(?P<h>\d{1,2})[.:](?P<m>\d{2})\s*\)?"
                   r"|\bkl(?:ockan)?\.?\s*(?P<hour>\d{1,2})(?![\d.:])", re.IGNORECASE)
# A weekday written before its date ("Måndag 26 februari", "tisdagen den 5 mars", "onsdag, 7 mars"): _WEEKDAY_WORD
# where a date's pattern reads the weekday (optional, named), _WEEKDAY_LEAD where only its length matters.
# Or cut short as calendars and tables print it ("Tis 23 januari", "tors. 5/3", "Mån 2024-02-05": dates'
# WEEKDAY_ABBREVIATIONS): _full_weekday reads it whole, and the date must fall on it as on a full name's.
_AFTER_WEEKDAY = r"(?:en)?\s*,?\s+"
_WEEKDAY_NAME = "|".join(WEEKDAYS) + r"|(?:" + "|".join(sorted(WEEKDAY_ABBREVIATIONS, key=len, reverse=True)) + r")\.?"
_WEEKDAY_WORD = r"(?:(?P<weekday>" + _WEEKDAY_NAME + r")" + _AFTER_WEEKDAY + r")?(?:den\s+)?"
_WEEKDAY_LEAD = r"(?:" + _WEEKDAY_NAME + r")" + _AFTER_WEEKDAY + r"(?:den\s+)?"
# One day in running text: "tisdag 23 januari 2024*", "1-2 november", "2 feb."
# A day may carry its own weekday in brackets where it breaks the body's usual one:
# "7 (måndag), 22, 29 maj", "13, 14 (torsdag) juni".
_DAY_WEEKDAY = r"(?:\s*\((?:" + "|".join(WEEKDAYS) + r")\))?"
# A weekday's name and nothing else: "(tisdag)".
_WEEKDAY_ALONE = re.compile(r"^(" + "|".join(WEEKDAYS) + r")$")
_ONE_DAY = r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?(?::e|:a|e)?\s*(?:\*{1,4})?" + _DAY_WEEKDAY
# "3, 17 och 31 januari": several days of one month
_DAY_MONTH = re.compile(
    r"^" + _WEEKDAY_WORD + r"(?P<days>" + _ONE_DAY + r"(?:\s*(?:,|&|\boch\b)\s*(?:och\s+)?" + _ONE_DAY + r")*)"
    + r"\s*" + _MARK + r"\s*" + _MONTH_WORD + r"(?:\s+(?P<year>\d{4}))?\s*(?P<mark2>\*{1,4})?",
    re.IGNORECASE,
)
_DAY_IN_LIST = re.compile(r"(?P<day>\d{1,2})(?:\s*[-–]\s*\d{1,2})?(?::e|:a|e)?\s*(?P<mark>\*{1,4})?"
                          r"(?:\s*\((?P<dayname>" + "|".join(WEEKDAYS) + r")\))?", re.IGNORECASE)
# "2024-02-05", "måndag 2024-02-05": the weekday before an ISO date as Boxholm's, Haninge's, Sandviken's and
# Ulricehamn's records write their meeting's ("Måndag 2020-03-30"); the date must fall on it.
# "2021-06-07--08": one meeting over two days, listed by its first (as _ISO_TWO_DAYS reads such a line alone), also
# where a list runs on in one line ("2021-06-07--08 2021-09-13 2021-10-18", Kiruna's with its line breaks lost).
_ISO_DAY = re.compile(r"^" + _WEEKDAY_WORD + r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:--\d{2}(?![\d.:/-]))?"
                      r"\s*(?P<mark>\*{1,4})?", re.IGNORECASE)
# "23/1", "23/1 2024": day and month as numbers, as plans set them in lists.
# "Måndag 5/2": a weekday before it, in any case.
_SLASH_DAY = re.compile(r"^" + _WEEKDAY_WORD + r"(?P<day>\d{1,2})/(?P<month>\d{1,2})"
                        r"(?:[ -](?P<year>(?:19|20)\d\d))?(?![\d/])\s*(?P<mark>\*{1,4})?", re.IGNORECASE)
# A remark on a meeting beside its date or body: an extra meeting (_EXTRA_REMARK's), one called off, one not yet fixed.
# (The compound too: "extramöte", "extrasammanträde".)
_EXTRA = r"extra(?:insatt|inkallat|inkallad|möte|sammanträde)?(?:\s+(?:sammanträde|möte))?(?![\wåäö])"
# A meeting held in public ("2 maj (öppet sammanträde)", Herrljunga): its kind, as an extra meeting's words are.
_OPEN_MEETING = r"öppet\s+(?:sammanträde|möte)(?![\wåäö])"
_REMARK = r"(?:" + _EXTRA + r"|" + _OPEN_MEETING + ocr_tolerant(
    r"|inställt|inställd|inställs|utgår|prel(?:\.|(?![\wåäö]))|preliminärt)")  # "prel" too, its dot cut as a line's end
# A day's remark ("KF 31 inställt", "KS 2 och 28 extra"): kept as its marker.
_DAY_REMARK_WORD = _REMARK + r"(?![\wåäö])"
_DAY_REMARK = r"(?:\s+" + _DAY_REMARK_WORD + r")?"
# "5.2", "tisdag 5.2", "5.2.2024": day and month with a full stop, as plans set them in lists. A time is written
# so too ("8.30", "13.00"), and a section's number ("3.2 Kommunstyrelsen"): only a month that exists, no minutes
# after it, and, without a weekday before it, at the line's end or before another such date, a time or a remark
# ("14.10, 14.40" in a protocol's text are times: a date only before another date).
# A remark on the meeting, no heading's word:
_DOT_REMARK = r"(?:" + ocr_tolerant(r"extra|inställ|utgår|prel|obs|reserv") + r"|" + _OPEN_MEETING + r")"
_DOT_DAY = re.compile(r"^" + _WEEKDAY_WORD + r"(?P<day>[12]\d|3[01]|0?[1-9])\.(?P<month>1[0-2]|0?[1-9])"
                      r"(?:\.(?P<year>(?:19|20)\d\d)|\.(?!\d))?(?![\d:.])"
                      r"(?(weekday)|(?=\s*(?:$|[;*(–]|-\s|(?:,|&|och\b)\s*(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])(?![\d:])|kl\b|\d{1,2}[.:]\d{2}\b"
                      r"|" + _DOT_REMARK + r")))\s*(?P<mark>\*{1,4})?",
                      re.IGNORECASE)
# One table cell's day: "15*", "19(13.00)", "19 (kl. 08:15)", "11, kl. 09:30" is a day and a time
_CELL_DAY = re.compile(r"^(?P<day>\d{1,2})\s*(?P<mark>\*{1,4}|[†‡#])?\s*(?P<rest>.*)$")
_EMPTY_CELL = re.compile(r"^[-–—xX]?$")
_SEPARATOR_ROW = re.compile(r"^[\s|:+-]+$")
_TIME_HEADERS = {"tid", "kl", "kl.", "klockan", "mötestid", "mötestid:", "starttid"}
_CODE = re.compile(r"^[A-ZÅÄÖ]{2,8}$")


class NoMeetingsInPlan(ImportFailed):
    """A text that names itself a plan but lists no meeting under a body: perhaps another kind of
    document that names its meeting's date so ("Sammanträdesdatum 2024"), read as that kind."""


@dataclass
class Entry:
    """A meeting as the text states it, before its year is settled."""

    body: str
    month: int
    day: int
    line: int
    year: int | None = None  # as stated
    marker: str | None = None
    weekday: str | None = None  # as stated ("onsdag"): the date must fall on it
    start_time: str | None = None


@dataclass
class _Reader:
    lines: list[Line]
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    legend: dict[str, str] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)
    consumed: set[int] = field(default_factory=set)  # line indexes a table has read
    plan_text: str | None = None  # the plan's lines joined, for the bodies it names (made when first asked)
    codes_named: dict[str, str | None] = field(default_factory=dict)  # code_named_in's answers in the plan's text

    def text(self) -> str:
        """The plan's lines joined, for the bodies it names."""
        if self.plan_text is None:
            self.plan_text = " ".join(line.stripped for line in self.lines)
        return self.plan_text

    def code_named(self, code: str) -> str | None:
        """code_named_in(code, self.text()), searched once for each code: a long plan's headings, cells and run-on
        lines repeat their codes, and each asking searched the whole plan's text for its bodies again."""
        if code not in self.codes_named:
            self.codes_named[code] = code_named_in(code, self.text())
        return self.codes_named[code]

    def warn(self, line: int | None, message: str) -> None:
        self.warnings.append(f"rad {line}: {message}" if line else message)

    def add_dates(self, body: str, dates, line: int, year: int | None, usual_time: str | None = None) -> None:
        """The body's meetings on `dates` (_list_dates' tuples), each in its stated year or `year`, at its stated time
        or the body's usual one."""
        for day, month, stated_year, marker, weekday, time in dates:
            self.entries.append(Entry(body=body, month=month, day=day, line=line, year=stated_year or year,
                                      marker=marker, weekday=weekday, start_time=time or usual_time))


_HEAD_LINES = 25  # the first lines with text, where a plan names itself


def is_meeting_plan(document: Document) -> bool:
    """A plan names itself (sammanträdestider, -dagar, -plan, "Kommunfullmäktiges
    sammanträden") near its top and holds no protocol's paragraphs or justering."""
    texts = [line.stripped for line in document.lines[:400] if line.stripped]
    head = texts[:_HEAD_LINES]  # a plan names itself there
    if len(head) < _HEAD_LINES:  # blank lines may push them past the 400th (then head holds all of texts)
        head = [line.stripped for line in document.lines if line.stripped][:_HEAD_LINES]
    # Most documents (reports, protocols) hold no word a plan's heading or its list's holds.
    if not _may_name_meetings("\n".join(head if len(head) > len(texts) else texts)):
        return False
    # "5 Sammanträdesplan 2025", "§ 12 Sammanträdestider 2025": an agenda's item or a protocol's
    # paragraph about a plan, numbered as such; a plan's own heading is not.
    def names_itself(lines: list[str]) -> bool:
        return any(len(line.split()) <= 12 and PLAN_HEADING.search(line) and not _NUMBERED_ITEM.match(line)
                   for line in lines)

    if not names_itself(head):
        # A plan's heading run on with its lists in one line (a page that lost its line breaks) is a heading
        # once _lists_apart sets it apart.
        apart = _lists_apart_at_top(document.lines)
        if not _heads_a_list_of_dates(apart) and not names_itself(
                [line.stripped for line in apart if line.stripped][:_HEAD_LINES]):
            return False
    # Another kind's heading makes the text that kind, but below a plan's heading over its list of dates it heads a
    # section of the plan's page: the current meeting's agenda under the year's dates ("Sammanträdesdagar 2019" /
    # "27 februari" / ... / "Aktuellt sammanträde" / "Dagordning 27 februari 2019" / "1. Mötets öppnande", Region
    # Halland's page of its fullmäktige's meetings).
    other_kind = next((index for index, line in enumerate(document.lines[:400])
                       if _OTHER_KIND.match(line.stripped) and len(line.stripped.split()) <= 4
                       and not _PAPERS_SECTION.match(line.stripped)), None)
    if other_kind is not None and not _heads_a_list_of_dates(document.lines[:other_kind]):
        return False
    text = "\n".join(line.stripped for line in document.lines[:400])
    return not _PROTOCOL_SIGNS.search(text)


_TOP_LINES = 400  # the lines whose reading tells a plan (is_meeting_plan, _heads_a_list_of_dates)


def _lists_apart_at_top(lines: list[Line]) -> list[Line]:
    """_lists_apart's reading of the document's top, at least _TOP_LINES lines and _HEAD_LINES with text, read from
    its first lines alone where that gives the same (a long document's rest, read to tell whether it is a plan, took
    a third of a long plan's time); the whole reading otherwise."""
    if len(lines) > 2 * _TOP_LINES:
        apart = _lists_apart(lines[:2 * _TOP_LINES])
        # A line's reading depends only on its neighbours' (by line number) and on the lines joined onto it: the
        # lines numbered before the last two read are read as in the whole document.
        last = apart[-1].number if apart else 0
        sure = [line for line in apart if line.number < last - 1]
        if len(sure) >= _TOP_LINES and sum(1 for line in sure if line.stripped) >= _HEAD_LINES:
            return sure
    return _lists_apart(lines)


# A heading of a body's meeting dates that states no year ("Sammanträdesdatum", "Mötesdatum",
# "Sammanträden", "Sammanträdestider"): as a record's field label it stands over one date, as a web
# page's heading over a list of them.
_DATES_WORD = r"(?:sammanträdes|mötes)(?:datum|dagar|tider|plan)"  # such a heading's own word, as _HEADING_INSIDE's
_DATES_HEADING = re.compile(ocr_tolerant(
    r"^(?:\w[\w-]*:?\s+(?:[–-]\s+)?){0,3}?(?:" + _DATES_WORD + r"|sammanträden|möten|datum för sammanträden)\b"),
    re.IGNORECASE)
# Lines with no date between such a heading and its list ("2021", "Kommunstyrelsen sammanträder på
# onsdagar klockan 9.30"); more is no heading's.
_LINES_BEFORE_LIST = 2
# Dates one a line that make a list, not a record's date or two (a kallelse's meeting, its justering).
DATES_IN_A_LIST = 3


# Every match of PLAN_HEADING, _DATES_HEADING and _MEETS holds one of these words: keep them in step.
_MEETING_WORDS = ("sammanträd", "möte", "träffas", "möts")
_MEETING_WORDS_OCR = re.compile(ocr_tolerant("|".join(_MEETING_WORDS)))  # a scan's "sarnmanträd", "miite"


def _may_name_meetings(text: str) -> bool:
    """Whether `text` holds a word of _MEETING_WORDS in any case. casefold() folds every letter
    those patterns' IGNORECASE lets match ("S", "ſ") to the word's own, and is a fifth of the
    patterns' search's cost."""
    folded = text.casefold()
    return any(word in folded for word in _MEETING_WORDS) or bool(_MEETING_WORDS_OCR.search(folded))


def _is_date_line(text: str) -> bool:
    """A line that is one date (or days of one month) and at most a remark: "11 januari", "• 21 juni
    (onsdag)", "18 oktober, konstituerande", "Måndag 30 januari kl. 18.00"; no sentence with a date."""
    return bool(_date_line_dates(text))


def _date_line_dates(text: str) -> list:
    """_list_dates' dates of a line that _is_date_line, else []: read once where both are asked (a long list's
    line read twice was a third of a long plan's cost)."""
    dates, rest = _list_dates(text)
    if dates and rest and rest[:1].isupper() and (found := body_at_start(rest)) and found[0] and not found[1]:
        return dates  # "2021-02-01 Kommunfullmäktige": a chronological list's line, the date then whose meeting
    if dates and rest and rest[:1].isupper() and _body_and_remark_only(rest):
        # "2020-01-29 Arbetsmarknadsnämnden inställt", "2022-01-03 Kommunstyrelsens presidium", "2017-03-17
        # Arbetsutskott Obs! Fredag kl 09.00-12.00": the same line with its meeting's remark, or a name _read_lists
        # reads after a date (_trailing_body), stated whole: no sentence ("2020-01-21 Kommunstyrelsen beslutade att").
        return dates
    return dates if dates and (not rest or rest[:1] in ",(;:" or _TIME_AFTER.match(rest) is not None) else []


_REMARK_EDGES = " ,;:()*–-"


def _body_and_remark_only(rest: str) -> bool:
    """Whether `rest`, what follows a date, is only the body _trailing_body reads there, its name written whole at
    the start, and that meeting's remark: no word of a sentence left over."""
    trailing = _trailing_body(rest)
    if not trailing or trailing[1] or not rest.casefold().startswith(trailing[0].casefold()):
        return False
    left = rest[len(trailing[0]):].strip(_REMARK_EDGES).casefold()
    return not left or trailing[2] is not None and left == trailing[2].strip(_REMARK_EDGES).casefold()


def _heads_a_list_of_dates(lines: list[Line], reach: int = _TOP_LINES) -> bool:
    """Whether a short heading of meeting dates stands over a list of them, one a line, perhaps after
    the year and a line of when the body meets (Järfälla's "Sammanträdesdatum" / "2021" / "11 januari"
    / "15 februari" ...): a plan's heading, whatever else the page says around it."""
    texts = [line.stripped for line in lines[:reach] if line.stripped]
    return any(_list_of_dates_under(texts, index) for index in range(len(texts)))


# A body's name alone heading its dates, perhaps with their year ("Kommunfullmäktige", "Regionfullmäktige 2024",
# "Kommunstyrelsens arbetsutskott"): what a plan sets over each body's list, whether or not the page prints a plan's
# word (Skara's, Mariestad's, Gullspång's, Region Norrbotten's, Västerbergslagens utbildningscentrum's pages).
_BODY_HEADING_YEAR = re.compile(r"^(?:(?:år\s+)?(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?)?:?$")


_MEETING_BEFORE_A_BODY = re.compile(r"möte|sammanträd|träff|(?<![\wåäö])(?:inför|före)(?![\wåäö])", re.IGNORECASE)


def _names_a_body_alone(text: str) -> bool:
    """Whether a short line is a body's name alone, perhaps with a year after it (_BODY_HEADING_YEAR)."""
    if _YEAR.fullmatch(text):
        return True  # the year alone heading its dates ("2019" / "19 februari" / "26 mars" ..., Region Värmland)
    found = body_at_start(text) if len(text.split()) <= 6 and text[:1].isupper() else None
    # (a meeting named after a body is no body: "Gruppmöten inför Kommunfullmäktige", a party's group's dates)
    return bool(found and found[0] and _BODY_HEADING_YEAR.match(found[1].strip())
                and not _MEETING_BEFORE_A_BODY.search(found[0]))


# "Juli" alone in a table of months and their days: a month with no meeting.
_MONTH_ALONE = re.compile(r"^(?:" + "|".join(MONTH_NAMES.values()) + r")$", re.IGNORECASE)


def _list_of_dates_under(texts: list[str], index: int) -> bool:
    """Whether texts[index] is a short heading of meeting dates (or a body's name alone, _names_a_body_alone) with a
    list of them under it."""
    text = texts[index]
    # "Kommunstyrelsen sammanträder alltid på onsdagar klockan 9.30." right over its dates: the list's lead.
    leads = len(text.split()) <= _LEAD_WORDS and _MEETS.match(text) is not None and not _DAY_AND_MONTH.search(text) \
        or len(text.split()) > _LEAD_WORDS and _heading_year(text) is not None  # a paragraph's last sentence leads
    if not leads and (len(text.split()) > 8 or text.endswith((".", "!", "?")) or _NUMBERED_ITEM.match(text)
                      or not _DATES_HEADING.match(text) and not _names_a_body_alone(text)):
        return False
    if not leads and any(_dates_in_a_meeting_sentence(below) >= DATES_IN_A_LIST
                         for below in texts[index + 1: index + 1 + _LINES_BEFORE_LIST]):
        return True  # "Sammanträdesdatum" / "Under 2022 sammanträder rådet den 10 februari, 16 mars och 19 maj."
    start = index + 1
    # A lead's list may start under its columns' labels ("Datum då Kommunstyrelsen träffas" / "Datum").
    while (not leads or _is_column_labels(texts[start] if start < len(texts) else "")) and start < len(texts) \
            and start - index - 1 < _LINES_BEFORE_LIST \
            and not _is_date_line(texts[start]) and not _DAY_AND_MONTH.search(texts[start]):
        start += 1
    # Dates counted, not lines: a page that lost its line breaks runs the list on in one line ("Mötesdagar 2019" /
    # "19 februari 26 mars 16 april ...", Region Värmland; Järfälla's, Östersund's when joined).
    run = dates = 0
    while start + run < len(texts) and dates < DATES_IN_A_LIST and (
            (listed := _date_line_dates(texts[start + run])) or _MONTH_ALONE.match(texts[start + run])):
        # ("Januari" / "Februari 5" / "Mars 5" / "Juli" / "Augusti 21": a table of months and their days, some
        # months with none.)
        dates += len(listed)
        run += 1
    return dates >= DATES_IN_A_LIST


# A heading's words before a run-on list of dates in one line: "Mötesdagar 2019 19 februari 26 mars ...".
_HEADING_WORDS_BEFORE_DATES = 6


_LEADS_RUN_ON_TRIED = 60  # bodies whose leads run on in one line, at most
_LEADS_RUN_ON_REACH = 20_000  # characters: a plan's paragraph; each try copies the rest (a 200,000 one took 1 s)


def _lists_apart(lines: list[Line]) -> list[Line]:
    """bullets_apart, and a heading of meeting dates run on with its list in one line, as a page that lost its
    line breaks gives it ("Mötesdagar 2019 19 februari 26 mars 16 april ...", Region Värmland; "Sammanträdestider
    2026 Februari - 5 februari ...", Östersund, joined): the heading on a line of its own, the dates after it on the
    next (each keeping the line's number), so the heading stands over its list as the page set it. Only where the
    words before the dates are a dates heading (_DATES_HEADING, PLAN_HEADING) and the rest is a list of
    DATES_IN_A_LIST dates or more; any other line stands as it is."""
    result: list[Line] = []
    lines = _wrapped_dates_joined(_month_labelled_apart(_season_labels_apart(bullets_apart(lines))))
    # A line of dates right under or over another is a table's row (a column a body, "30 januari 13 februari 6 mars"
    # / "12 mars Å, månd 27 mars Å ..."), its padding perhaps lost: not a list run on.
    dated = {line.number for line in lines if _DAY_AND_MONTH.search(line.text)}
    for line in lines:
        words = line.stripped.split()
        split: list[str] | None = None  # the line's texts apart: the heading, then its list's
        sentence_split: list[str] | None = None  # the heading, its list, the sentence after the list's full stop
        long_line = len(words) > DATES_IN_A_LIST * 2
        may_name = long_line and _may_name_meetings(line.stripped)
        if may_name:
            for cut in range(1, min(_HEADING_WORDS_BEFORE_DATES, len(words)) + 1):
                head = " ".join(words[:cut])
                # (_may_name_meetings first: both headings hold one of its words, and it costs a tenth of them.)
                if not _may_name_meetings(head) or not (_DATES_HEADING.match(head) or PLAN_HEADING.match(head)):
                    continue
                rest = " ".join(words[cut:])
                if len(_date_line_dates(rest)) >= DATES_IN_A_LIST:
                    split = [head, *_dates_apart(rest)]
                    break
                list_and_sentence = _list_then_sentence(rest) if sentence_split is None else None
                if list_and_sentence:
                    # "Planerade sammanträden 2017: 22 februari, ..., 11 december. Sammanträdena börjar ...", joined:
                    # taken only where no lead's list runs on (_lead_run_on reads each body's sentence so).
                    sentence_split = [head, *list_and_sentence]
                after_body = body_at_start(rest)
                if after_body and after_body[0] and len(_list_dates(after_body[1])[0]) >= DATES_IN_A_LIST:
                    # "Sammanträdesplan 2021 Kommunfullmäktige 1 februari 15 mars ... Kommunstyrelsen ...": the plan's
                    # heading, then each body with its dates, all in one line; the bodies' line is read as one.
                    split = [head, rest]
                    break
        lead_and_list = None
        if split is None and long_line:
            lead_and_list = _lead_run_on(line.stripped) or (
                _heading_inside(line.stripped) or _sentences_then_dates(line.stripped) if may_name else None)
        if lead_and_list:
            # "... 15 december. Kommunstyrelsen sammanträder följande datum 2022: 12 januari, ...": the next body's
            # lead and list run on after the first's, as a page that lost its line breaks sets them, apart too.
            parts = list(lead_and_list)
            for _ in range(_LEADS_RUN_ON_TRIED):
                more = _lead_run_on(parts[-1]) if DATES_IN_A_LIST * 2 < len(parts[-1].split()) \
                    and len(parts[-1]) <= _LEADS_RUN_ON_REACH else None
                if not more:
                    break
                parts[-1:] = more
            result.extend(Line(line.number, text) for text in parts)
            continue
        split = split if split is not None else sentence_split
        if split is not None:
            result.extend(Line(line.number, text) for text in split)
            continue
        # A line without a date (most) is not scanned for them again.
        in_a_table = line.number - 1 in dated or line.number + 1 in dated
        points = (_list_then_sentence(line.stripped) or _dates_apart(line.text)) \
            if line.number in dated and not in_a_table else [line.text]
        if len(points) == 1:
            result.append(line)
        else:
            result.extend(Line(line.number, text) for text in points)
    return result


# A web plan's date under its month's name ("Februari" / "- 5 februari, klockan 13.00", Östersund), run on in one line
# by a page that lost its line breaks: the label, the dash, the date of that same month, perhaps its time.
_MONTH_LABELLED_DATE = re.compile(r"(?<![\wåäö-])(?P<label>[A-ZÅÄÖ][a-zåäö]{2,8})\s+(?P<date>[-–]\s+\d{1,2}\s*"
                                  r"(?P<month>[a-zåäö]{3,9})(?![\wåäö])(?:,?\s*kl(?:ockan|\.)?\s*\d{1,2}[.:]\d{2})?)")
# A dates heading with its body and year ("Sammanträdestider Kommunstyrelsen 2026") inside such a line's text.
_HEADING_WITH_YEAR = re.compile(r"(?<![\wåäö-])" + _DATES_WORD + r"(?:\s+[\wåäö-]+){0,3}?\s+(?:19|20)\d\d(?![\d-])",
                                re.IGNORECASE)


# "Vår: 10 februari, 10 mars och 14 april" / "Höst: 5 september ...", "Hösten 2026: ...": a body's dates set out by
# the half of the year they fall in, under the lead or heading that names the body (Region Sörmland's page).
_SEASON_LABEL = re.compile(r"^(?P<season>(?:vår|höst)(?:en|terminen)?)(?:\s+(?P<year>(?:19|20)\d\d))?\s*:\s+(?=\S)",
                           re.IGNORECASE)


def _season_labels_apart(lines: list[Line]) -> list[Line]:
    """A season's label before a list of dates taken off its line (the dates the line's text, each keeping the line's
    number), its year, where it states one, a heading of its own over them ("Hösten 2026"); a label before anything
    but dates alone stays. The label alone is no heading: it names no body, and the dates are the body's above."""
    result: list[Line] = []
    for line in lines:
        label = _SEASON_LABEL.match(line.stripped) if line.stripped[:1] in "VvHh" else None
        dates, rest = _list_dates(line.stripped[label.end():]) if label else ([], "")
        if not dates or rest.strip(" ."):
            result.append(line)
            continue
        if label.group("year"):
            result.append(Line(line.number, f"{label.group('season')} {label.group('year')}"))
        result.append(Line(line.number, line.stripped[label.end():]))
    return result


def _month_labelled_apart(lines: list[Line]) -> list[Line]:
    """A line holding DATES_IN_A_LIST dates or more each under its month's name ("... Sammanträdestider 2026
    Februari - 5 februari, klockan 13.00 Halva dagen ... Mars - 19 mars, klockan 10.00 ..."), as a page that lost
    its line breaks runs such a list on: each month's name, its date and the text after it on lines of their own, and
    a dates heading with its year in that text ("Sammanträdestider Kommunstyrelsen 2026") set apart, as the page set
    them (each keeping the line's number). The label must name the date's own month: "Mars - 19 mars" is a list's
    row, "Kommunstyrelsen - 3 mars" is not. Any other line stands as it is."""
    result: list[Line] = []
    for line in lines:
        found = [match for match in _MONTH_LABELLED_DATE.finditer(line.text)
                 if (label_month := month_number(match.group("label")))
                 and label_month == month_number(match.group("month"))] \
            if "- " in line.text or "– " in line.text else []
        if len(found) < DATES_IN_A_LIST:
            result.append(line)
            continue
        texts = [*_heading_apart(line.text[:found[0].start()])]
        for index, match in enumerate(found):
            end = found[index + 1].start() if index + 1 < len(found) else len(line.text)
            texts += [match.group("label"), match.group("date"), *_heading_apart(line.text[match.end():end])]
        result.extend(Line(line.number, text) for text in texts if text.strip())
    return result


def _heading_apart(text: str) -> list[str]:
    """text with a dates heading and its year in it (_HEADING_WITH_YEAR) apart from what stands before and after it."""
    heading = _HEADING_WITH_YEAR.search(text)
    if not heading:
        return [text.strip()]
    return [text[:heading.start()].strip(), heading.group(0), text[heading.end():].strip()]


# What the sentence after a list may not say to be set apart from it: a word that marks, moves or keeps in reserve
# the dates before it ("... 7 maj. Samtliga är preliminära.") is read with the list, as before.
_MARKS_A_MEETING = ocr_tolerant(r"inställ|utgår|extra|prel|reserv|flytta|ändra")
_MARKS_THE_LIST = re.compile(_MARKS_A_MEETING + r"|obs\b", re.IGNORECASE)


def _list_then_sentence(text: str) -> list[str] | None:
    """A line that opens with a list of DATES_IN_A_LIST dates or more ending its sentence at a full stop, with
    another sentence run on after it ("22 februari, ..., 11 december. Sammanträdena börjar kl. 19.00, ...", Sjöbo):
    the list, then the sentence, each a line, as _lead_run_on cuts a list's sentence after its lead and as plans
    set such a sentence about the meetings on its own line (Malmö's "Mötena hålls klockan 13.00 ...", Nacka's
    "Sammanträdet börjar vanligtvis kl. 18.00 ...", Växjö's "Sammanträdena startar klockan 14:00.", Vadstena,
    Överkalix). None for any other line."""
    dates, after = _list_dates(text)
    if len(dates) < DATES_IN_A_LIST or not after[:1].isupper() or _MARKS_THE_LIST.search(after):
        return None
    listed = text[:text.rfind(after)].rstrip()
    if not listed.endswith(".") or len(_list_dates(listed)[0]) != len(dates):
        return None
    return [listed, after]


# A plan's heading of dates inside a line, the text before it and its list after it run into the same line by a page
# that lost its line breaks ("... den egna verksamheten. Sammanträdestider 2022 28 januari 04 mars ... 09 december
# Ledamöter Kommun | ...", Nerikes Brandkår joined): the heading's word, perhaps its year, then a date.
_HEADING_INSIDE = re.compile(r"(?<![\wåäö-])" + _DATES_WORD + r"(?:\s+(?:för\s+)?(?:år\s+)?(?:19|20)\d\d)?\s*:?\s+"
                             r"(?=\d{1,2}\s+[A-Za-zÅÄÖåäö]{3,9})", re.IGNORECASE)
_HEADINGS_INSIDE_TRIED = 5


def _heading_inside(text: str) -> list[str] | None:
    """A heading of dates inside a line with a list of DATES_IN_A_LIST dates or more right after it: what
    stands before the heading, the heading, the list's dates (_dates_apart's points) and what follows
    them, each a line, as the page set them. None where no such heading and list stand in the line. Only the
    first few headings are tried: each try copies the rest of the line."""
    for found in islice(_HEADING_INSIDE.finditer(text), _HEADINGS_INSIDE_TRIED):
        rest = text[found.end():]
        dates, after = _list_dates(rest)
        if len(dates) < DATES_IN_A_LIST:
            continue
        listed = rest[:rest.rfind(after)] if after else rest
        parts = [text[:found.start()], found.group(0), *_dates_apart(listed), after]
        return [part.strip() for part in parts if part.strip()]
    return None


# Where the sentence that ends a list run on in one line stops: "... och 14 december. Protokoll 2024".
_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZÅÄÖ])")
_SENTENCE_ENDS_TRIED = 3
_BULLET_GLYPH = re.compile(r"\s*[" + BULLET_GLYPHS + r"]\s*")
_WEEKDAY_BEFORE = re.compile(r"\b" + _WEEKDAY_LEAD, re.IGNORECASE)


def _lead_run_on(text: str) -> list[str] | None:
    """A lead that says when the body meets run on with its list in one line, as a page that lost its line breaks
    or sets the list in a sentence gives it ("Under 2024 sammanträder direktionen följande datum: 5 februari, 11
    mars, ...", "Direktionen sammanträder 2023 följande dagar: 2 februari, 16 mars och 4 maj. Protokoll 2023"): the
    lead (as Jämtlands Gymnasieförbund, Överkalix, Jönköping, Mjölby and Mönsterås set it over their lists, a line of
    its own), its list of DATES_IN_A_LIST dates or more (one line, or _dates_apart's points), and what follows the
    list's sentence, each a line. Only
    where the lead, the words before the first date, is a lead's length (_LEAD_WORDS); None otherwise."""
    if not _MEETS.match(text):
        return None
    first = next((found for found in _DAY_AND_MONTH.finditer(text) if month_number(found.group("month"))), None)
    if first is None or len(text[:first.start()].split()) > _LEAD_WORDS:
        return None
    start = first.start()
    weekday = _WEEKDAY_BEFORE.search(text, 0, start)  # "följande dagar: Måndag 26 februari": the date's own weekday
    if weekday and weekday.end() == start:
        start = weekday.start()
    lead, rest = text[:start].strip(), text[start:]
    if _BULLET_GLYPH.search(rest):
        # "följande datum: • 5 februari • 11 mars • ...": a bulleted list run on after its lead, a point a line.
        lead = lead.rstrip(BULLET_GLYPHS + " ")
        points = [point.strip() for point in _BULLET_GLYPH.split(rest) if point.strip()]
        if _MEETS.match(lead) and lead.endswith(":") and lead.count(":") == 1 and len(points) >= DATES_IN_A_LIST \
                and all(_is_date_line(point) for point in points[:DATES_IN_A_LIST]):
            return [lead, *points]
        return None
    meets = _MEETS.match(lead)
    # The lead ends where its list starts: at its one colon ("följande datum:"), or with words of when it meets
    # ("sammanträder 2023 den"); "sammanträder följande dagar 2022: KF: 31 januari ... KS: 2 februari" labels each
    # body's dates (_bodies_with_their_dates), no one list.
    if not meets or not (lead.endswith(":") and lead.count(":") == 1 or _MEETS_ON.fullmatch(lead[meets.end():])):
        return None
    # The list's sentence ends at its first full stop or so (the first few tried: a long page's run-on line holds many).
    for cut in [None, *(found.start() for found in islice(_SENTENCE_END.finditer(rest), _SENTENCE_ENDS_TRIED))]:
        listed, after = (rest, "") if cut is None else (rest[:cut + 1], rest[cut + 1:].strip())
        if len(_date_line_dates(listed)) >= DATES_IN_A_LIST:
            return [lead, listed, after] if after else [lead, listed]
    points = _dates_apart(rest)  # a point a date with its remark: "5 februari Protokoll 11 mars Protokoll ..."
    return [lead, *points] if len(points) >= DATES_IN_A_LIST else None


_SENTENCE_THEN_DAY = re.compile(r"\.\s+(?=\d{1,2}\s)")  # "... i Sessionsrummet. 08 februari"


def _sentences_then_dates(text: str) -> list[str] | None:
    """Sentences about the meetings with their list of DATES_IN_A_LIST dates or more run on after the last one, to
    the line's end, as a page that lost its line breaks gives a lead-in paragraph and the list under it ("Följande
    mötestider för 2018 är fastställda. Samtliga möten äger rum på Station Lund i Sessionsrummet. 08 februari 14 mars
    ...", Räddningstjänsten Syd joined): the sentences, then the list's points, each a line, as the page set them;
    None where anything but dates follows a sentence's end (only the first few tried)."""
    for found in islice(_SENTENCE_THEN_DAY.finditer(text), _SENTENCE_ENDS_TRIED):
        rest = text[found.end():]
        if len(_date_line_dates(rest)) >= DATES_IN_A_LIST:
            return [text[:found.start() + 1], *_dates_apart(rest)]
    # "Sammanträdesplan Följande tider gäller för år 2021. Kommunfullmäktige 1 februari 15 mars ...": the sentences,
    # then each body with its dates, read as one line (as after a heading).
    for found in islice(_SENTENCE_END.finditer(text), _SENTENCE_ENDS_TRIED):
        rest = text[found.end():]
        after_body = body_at_start(rest)
        if after_body and after_body[0] and len(_list_dates(after_body[1])[0]) >= DATES_IN_A_LIST:
            return [text[:found.start() + 1], rest]
    return None


# A list of dates wrapped between a day and its month: "..., 22 september, 20" / "oktober, 10 november, ...".
_ENDS_WITH_A_DAY = re.compile(r",\s*\d{1,2}$")
_STARTS_WITH_A_MONTH = re.compile(r"^(?P<month>[A-Za-zÅÄÖåäö]{3,9})\.?(?=[\s,;]|$)")


def _wrapped_dates_joined(lines: list[Line]) -> list[Line]:
    """A comma-separated list of dates that an extractor wrapped between a day and its month (Gullspång's "..., 22
    september, 20" / "oktober, 10 november, 15 december" when hard-wrapped): the two lines joined into the first's, so
    the day keeps its month. Only where the line already holds a date and ends ", <day>", and the next opens with a
    month's name; a table's cell "5,14" over the month "Oktober" holds no date of its own."""
    def wrapped_before_its_month(previous: Line, line: Line) -> bool:
        month = _STARTS_WITH_A_MONTH.match(line.stripped)
        # (A day and a month named: "2 öppet" of "Maj 2 öppet sammanträde, 30" is none, a table's row.)
        return bool(month and month_number(month.group("month")) and _ENDS_WITH_A_DAY.search(previous.stripped)
                    and any(month_number(found.group("month")) for found in _DAY_AND_MONTH.finditer(previous.stripped)))

    return _joined_onto_previous(lines, wrapped_before_its_month)


def _joined_onto_previous(lines: list[Line], goes_on: Callable[[Line, Line], bool]) -> list[Line]:
    """Each line that goes on from the one before it (as joined so far: `goes_on(previous, line)`) joined onto it,
    as one line of the first's number."""
    result: list[Line] = []
    for line in lines:
        if result and goes_on(result[-1], line):
            result[-1] = Line(result[-1].number, f"{result[-1].stripped} {line.stripped}")
            continue
        result.append(line)
    return result


# A list's point: a date and its remark ("27 oktober; Protokoll", "22 juni Kallelse och handlingar", "27 februari,
# tisdag, klockan 18.30"); a longer stretch between two dates is running text, not a list.
_LONGEST_DATE_POINT = 80
# Column labels before a run-on table's first date ("Dag Tid Notering 13 januari 08:30 ..."): a few words, no digit.
_LABEL_WORDS = 3
# What ends the text before a day that continues a date rather than starting one: a day of the same month ("23, 30
# januari", "13-14 januari", "3 och 17 mars") or an hour ("klockan 16 5 september" is ambiguous: left together).
_CONTINUES_A_DATE = re.compile(r"(?:(?<![\d.:])\d{1,2}|[,&–-]|\boch)\s*$")


def _continues_a_date(text: str, end: int) -> bool:
    """Whether text[:end] ends as _CONTINUES_A_DATE says, searched from its last few characters on (searching all
    the text before each date was quadratic in a long line: a plan of 200,000 characters on one line took 15 s)."""
    last = end
    while last > 0 and text[last - 1].isspace():
        last -= 1
    return bool(_CONTINUES_A_DATE.search(text, max(0, last - 3), end))


# When (and where) the body usually meets, before its dates run on in the same line ("Plats: Skara stadshus, aulan
# (Södra kyrkogatan 2) Tid: 18.30 24 februari 26 mars ...", Skara joined): a line of its own, as such a line stands
# over the dates in Skara's, Ekerö's ("tisdagar kl.14.00"), Uppvidinge's ("Tisdagar klockan 13.30 i kommunhuset i
# Åseda") and Vårgårda's ("Kommunfullmäktige sammanträder onsdagar kl 18.30, ...") plans.
_USUAL_TIME = re.compile(r"\b(?:tid|kl|klockan)\.?:?\s*\d{1,2}[.:]\d{2}\b", re.IGNORECASE)


# A point that ends in a word and a colon: the label of the dates after it ("Kommunstyrelsen:"), not of its own.
_LABEL_AT_END = re.compile(r"[A-Za-zÅÄÖåäö)]\s*:$")


def _dates_apart(text: str) -> list[str]:
    """A list of dates with their remarks run on in one line, as a page that lost its line breaks gives it ("2 mars
    Protokoll 27 april Protokoll 22 juni Kallelse och handlingar 28 september ...", Vadstena; "31 januari, onsdag,
    klockan 18.30 27 februari, tisdag, klockan 18.30 ...", Partille; "Dag Tid Notering 13 januari 08:30 3 februari
    08:30 ...", Tomelilla): one date and its remark a line, as the page set them (the column labels on their own).
    Only a line of DATES_IN_A_LIST dates or more, each point as short as a list's (_LONGEST_DATE_POINT), opening with
    its first date or a few labels, with no padding between (a table's row); any other text is given back whole."""
    if "  " in text.strip() or "\t" in text:
        return [text]  # a table's row, its cells set apart by padding ("30 januari   13 februari   6 mars")
    starts = [found.start() for found in _DAY_AND_MONTH.finditer(text)
              if month_number(found.group("month")) and not _continues_a_date(text, found.start())]
    if len(starts) < DATES_IN_A_LIST:
        return [text]
    labels = text[:starts[0]].strip()
    if labels and (len(labels.split()) > _LABEL_WORDS or any(ch.isdigit() for ch in labels)) \
            and not _USUAL_TIME.search(labels):
        return [text]
    points = [text[start:end].strip() for start, end in zip(starts, [*starts[1:], len(text)], strict=True)]
    if any(len(point) > _LONGEST_DATE_POINT for point in points):
        return [text]
    if any(_LABEL_AT_END.search(point) for point in points[:-1]):
        return [text]  # "12 april, 15 nov Kommunstyrelsen: 19 april, ...": a label's colon names the dates after it

    return [labels, *points] if labels else points


# A PDF's page mark, alone on its line ("2(9)", "Sida 2 (9)", "Sida 2 av 9") or closing the running head
# ("Ystads kommun    Sammanträdesplan    2(9)"), as the pages of Ale's, Alingsås' and Kumla's protocols are marked:
# page furniture, never a plan's cell ("12/3", "(3)" are a plan's cells: common.PAGE_MARK's wider forms are not taken).
_PLAN_PAGE_MARK = re.compile(r"(?P<head>^|.*\s)(?:(?:sida|sid\.?)\s*)?\d{1,3}\s?\(\d{1,3}\)$"
                             r"|^sida\s+\d{1,3}(?:\s*(?:av|/)\s*\d{1,3})?$", re.IGNORECASE)
# The running head's other lines stand next to its mark and repeat on every page ("Ystads kommun", "SAMMANTRÄDESPLAN").
RUNNING_HEAD_LINES = 2
_STACKED_HEAD_LINE = re.compile(r"^(?:Region\s+[A-ZÅÄÖ][\wåäö]+(?:\s+[a-zåäö]+)?"
                                r"|[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?\s+(?:kommun|stad)"
                                r"|(?i:" + alternation(PLAN_KINDS) + r")(?:\s+(?:19|20)\d\d)?)$")
_DIGITS = re.compile(r"\d+")


def _without_page_furniture(lines: list[Line]) -> list[Line]:
    """The plan's lines without its pages' marks and the repeated running-head lines next to them: a mark between a
    grid's cells shifts every cell after it to the next body. A line with text before its mark is a running head
    only when it repeats (its numbers aside): "Kommunfullmäktige 17 (1)" once is a row with a note."""
    keys = [_DIGITS.sub("#", line.stripped) for line in lines]
    counts = Counter(keys)
    marks, alone = set(), set()
    for index, line in enumerate(lines):
        match = _PLAN_PAGE_MARK.match(line.stripped) if line.stripped[-1:] == ")" or line.stripped[:1] in "sS" else None
        if match and not (match.group("head") or "").strip():
            marks.add(index)
            alone.add(index)
        elif match and counts[keys[index]] >= 2:
            marks.add(index)
    if not marks:
        return lines
    # A stacked head's line stands next to two marks or more; a month or a body's name next to one is the plan's.
    beside: dict[str, set[int]] = {}
    for mark in alone:
        for step in (-1, 1):
            index = mark + step
            while (0 <= index < len(lines) and abs(index - mark) <= RUNNING_HEAD_LINES and index not in marks
                   and lines[index].stripped and counts[keys[index]] >= 2 and keys[index] == lines[index].stripped
                   and not body_at_start(lines[index].stripped)):
                beside.setdefault(lines[index].stripped, set()).add(mark)
                index += step
    furniture = marks | {index for index, line in enumerate(lines) if len(beside.get(line.stripped, ())) >= 2
                         and any(abs(index - mark) <= RUNNING_HEAD_LINES for mark in alone)}
    # A later page's head stacked over a lone mark ("Region Norrbotten" / "SAMMANTRÄDESPLAN" / "Sida 2 (2)"), seen once
    # in a plan of two pages: the organisation's name and the kind word alone, no body's cell, are the page's.
    for mark in alone:
        if int(_DIGITS.search(lines[mark].stripped).group()) < 2:
            continue  # the first page's head is the plan's own heading, its year perhaps the only one stated
        index = mark - 1
        while mark - index <= RUNNING_HEAD_LINES and index >= 0 and _STACKED_HEAD_LINE.match(lines[index].stripped):
            furniture.add(index)
            index -= 1
    # A page's head set off by blank lines leaves one gap, not two: in a grid flattened one cell a line a run of
    # blank lines tells its empty cells (_grid_cells), so the head's own gap is dropped with it.
    result: list[Line] = []
    after_furniture = False
    for index, line in enumerate(lines):
        if index in furniture:
            after_furniture = after_furniture or bool(result) and not result[-1].stripped
            continue
        if after_furniture and not line.stripped:
            after_furniture = False
            continue
        after_furniture = False
        result.append(line)
    return result


def parse_meeting_plan(document: Document, *, year: int | None, today: dt.date) -> ParsedDocument:
    """The plan's meetings; ImportFailed (naming the file) when it lists none or its year
    can be neither read, given nor told by the weekdays."""
    # (A copy site's own text, its viewer's snippet repeated over each page among them, is none of the plan's: the one
    # place that knows it, text.drop_site_text, takes it out before the plan's lines are read.)
    own_lines = drop_site_text(document.lines, keep_title=False)
    reader = _Reader(lines=_lists_apart(_without_page_furniture([line for line in own_lines if line.stripped])))
    reader.legend = _legend(reader.lines)
    _read_tables(reader)
    # A flattened grid is read only where every row has one cell per body: before the lists, whose
    # month headings would otherwise take its cells as one body's days.
    grid = _read_flattened_grid(reader, _without_page_furniture(own_lines))
    reader.consumed |= {index for index, line in enumerate(reader.lines) if line.number in grid}
    _read_lists(reader)
    _drop_cut_at_the_end(reader)
    _drop_posted_protocols(reader)
    _drop_other_papers_meetings(reader)
    file = str(document.path)
    if not reader.entries:
        raise NoMeetingsInPlan("sammanträdesplan utan sammanträden: hittade inga datum under ett organ", file=file,
                               field="sammanträden")
    entries, inferred = _settle_years(reader, year, today, file)
    meetings: list[PlanMeeting] = []
    seen: set[tuple[str, str]] = set()
    for entry, entry_year in entries:
        try:
            date = dt.date(entry_year, entry.month, entry.day)
        except ValueError:
            reader.warn(entry.line, f"{entry.body}: {entry.day} {MONTH_NAMES[entry.month]} {entry_year} finns inte; "
                                    "lämnas utanför")
            continue
        if entry.weekday and WEEKDAYS[date.weekday()] != entry.weekday:
            reader.warn(entry.line, f"{entry.body}: {date} är en {WEEKDAYS[date.weekday()]}, texten säger "
                                    f"{entry.weekday}; lämnas utanför")
            continue
        key = (entry.body.casefold(), date.isoformat())
        if key in seen:
            reader.warn(entry.line, f"{entry.body} {date} står två gånger; tas med en gång")
            continue
        seen.add(key)
        reason = non_working_reason(date)
        warnings = []
        if reason:
            warnings.append(f"rad {entry.line}: {date} är {reason}, ingen arbetsdag (så står det i planen)")
        meetings.append(PlanMeeting(body=entry.body, date=date.isoformat(), marker=entry.marker,
                                    start_time=entry.start_time, year_inferred=entry_year in inferred,
                                    line=entry.line, warnings=warnings))
    if not meetings:
        raise ImportFailed("sammanträdesplan utan giltiga datum: " + "; ".join(reader.warnings), file=file,
                           field="sammanträden")
    from archive.importing.tjansteskrivelse import municipality_of

    municipality = municipality_of(reader.text())
    plan = ParsedPlan(meetings=meetings, municipality=municipality, warnings=reader.warnings,
                      inferred_years=sorted(inferred))
    return ParsedDocument(name=document.name, checksum=document.checksum, kind="sammanträdesplan", items=[],
                          notes=reader.notes, plan=plan)


# A protocol's posting notice (anslag), its form's labels: "Datum för anslags uppsättande", "Datum då anslaget
# tas ned", "Förvaringsplats för protokollet", "Justerade paragrafer" (in 93 documents of the tuning half). Its
# meeting was held and its protocol justerat: an anslagstavla's page that also announces the coming meetings
# (Gagnef's) lists it under the body and its date ("Tekniska nämnden 2018-09-18" / "Sammanträdesdatum
# 2018-09-18"), no meeting of a plan.
_POSTING_FORM_LABEL = re.compile(
    r"förvaringsplats|anslags?\s+(?:uppsättande|nedtagande|upprättande)|anslaget\s+(?:sätts|tas|togs)\s+(?:upp|ner|ned)"
    r"|justerade\s+paragrafer", re.IGNORECASE)
# The posted meeting's heading and its labels stand right above the form's first anslag label; a form is two
# of its labels a line or two apart (one "Förvaringsplats" under a plan's dates is no notice).
POSTING_FORM_LINES_BEFORE = 3
POSTING_FORM_LABELS_APART = 2


def _drop_posted_protocols(reader: _Reader) -> None:
    """Drop the dates that belong to a protocol's posting notice (_POSTING_FORM_LABEL), noted."""
    labels = [index for index, line in enumerate(reader.lines) if _POSTING_FORM_LABEL.search(line.stripped)]
    posted: set[int] = set()
    for index in labels:
        if any(0 < abs(other - index) <= POSTING_FORM_LABELS_APART for other in labels):
            posted.update(other.number for other in reader.lines[max(0, index - POSTING_FORM_LINES_BEFORE): index + 1])
    if posted:
        _drop_entries(reader, lambda entry: entry.line in posted,
                      "ett justerat protokolls anslag, inget planerat sammanträde")


def _drop_other_papers_meetings(reader: _Reader) -> None:
    """Drop the dates read for a 'body' named with another kind's word (_OTHER_KIND): that paper's heading naming its
    meeting ("Dagordning för Kommunstyrelsen 16 februari 2024", the current meeting's agenda under a plan's dates on a
    body's page), no body's meetings; noted."""
    _drop_entries(reader, lambda entry: _OTHER_KIND.match(entry.body) is not None,
                  "en annan handlings rubrik, inget organs sammanträde")


def _drop_entries(reader: _Reader, dropped: Callable[[Entry], bool], why: str) -> None:
    """Drop the dates read that `dropped` tells are no plan's meetings, each noted with `why`."""
    for entry in reader.entries:
        if dropped(entry):
            reader.notes.append(f"rad {entry.line}: {entry.body} {entry.day} {MONTH_NAMES[entry.month]}: {why}")
    reader.entries = [entry for entry in reader.entries if not dropped(entry)]


# A cell of a flattened grid: a day or days of the row's month, a footnote's mark after the day it
# marks ("17 *5)", "1,15 *4)", "5,14").
_GRID_CELL = re.compile(r"^(?P<days>\d{1,2}(?:\s*,\s*\d{1,2})*)\s*(?P<mark>\*+\d*\)?)?$")


def _grid_body(reader: _Reader, text: str) -> str | None:
    """A grid's column head as a body: the plan's legend (its codes in any case: 'KsAu' for
    'KSAU = ...'), a known code, or a body's name."""
    compact = text.replace(" ", "")
    legend = {code.upper(): name for code, name in reader.legend.items()}
    if compact.upper() in legend:
        return legend[compact.upper()]
    named = body_name(compact) if compact.isalpha() and len(compact) <= 8 else body_name(text)
    if named is None and sum(1 for c in compact if c.isupper()) >= 2 and _CODE.match(compact.upper()):
        # A code the legend does not explain (or whose legend's lines ran together): the one body the
        # plan names whose initials it is, as its tables' and headings' codes are read (_named).
        named = reader.code_named(compact)
    return named


def _grid_cells(lines: list[Line]) -> list[Line]:
    """The text's lines as a flattened table's cells, in one of three settings: cells mostly on adjacent
    lines, where a blank line among them is an empty cell; cells mostly set off by one blank line, where an
    empty cell (a lone space, its space lost) shows as two more: a run of 2k+1 blank lines holds k empty
    cells (an even run is no such pattern and adds none); otherwise the lines with text, as they stand."""
    runs: list[int] = []
    blank = 0
    for line in lines:
        if line.stripped:
            if blank:
                runs.append(blank)
            blank = 0
        else:
            blank += 1
    texts = sum(1 for line in lines if line.stripped)
    if runs and texts - 1 - len(runs) >= (texts - 1) * 0.6:
        # Cells on adjacent lines, an empty cell an empty line of its own (its lone space lost, as an
        # extractor that drops blank lines keeps it): each blank line among them is an empty cell.
        return [line if line.stripped else Line(line.number, "") for line in lines[_first_text(lines):]]
    if not runs or sum(1 for run in runs if run == 1) < len(runs) * 0.6:
        return [line for line in lines if line.stripped]
    cells: list[Line] = []
    blank_lines: list[Line] = []
    for line in lines:
        if not line.stripped:
            blank_lines.append(line)
            continue
        if cells and len(blank_lines) >= 3 and len(blank_lines) % 2:  # an even run tells no cells: none added
            cells.extend(Line(b.number, "") for b in blank_lines[1::2][: (len(blank_lines) - 1) // 2])
        blank_lines = []
        cells.append(line)
    return cells


def _first_text(lines: list[Line]) -> int:
    return next((index for index, line in enumerate(lines) if line.stripped), len(lines))


def _read_flattened_grid(reader: _Reader, lines: list[Line]) -> set[int]:
    """A table with bodies across and months down, flattened one cell a line (a web page's table
    as its text gives it: each column head, perhaps with its usual time under it, then each month
    and one cell per body, an empty cell a lone space). Read only when every row has exactly one
    cell per body and each cell is a day (or days) or empty; a row that does not is reported.
    Returns the numbers of the lines read (header and rows)."""
    cells = _grid_cells(lines)
    year = None
    index = 0
    while index < len(cells):
        text = cells[index].stripped
        if _heading_year(text) and not _grid_body(reader, text):
            year = _heading_year(text)
        bodies: list[tuple[str, str | None]] = []
        j = index
        while j < len(cells) and cells[j].stripped and (name := _grid_body(reader, cells[j].stripped)):
            following = cells[j + 1].stripped if j + 1 < len(cells) else ""
            time = _time(following) if _FLAT_TIME.match(following) else None
            bodies.append((name, time))
            j += 2 if time else 1
        if len(bodies) < 2 or j >= len(cells) or not month_number(cells[j].stripped.rstrip(".:")):
            index += 1
            continue
        header = {cell.number for cell in cells[index:j]}
        read: set[int] = set()
        entries_before = len(reader.entries)
        while j < len(cells) and month_number(cells[j].stripped.rstrip(".:")):
            month = month_number(cells[j].stripped.rstrip(".:"))
            row = cells[j + 1: j + 1 + len(bodies)]
            matches = [_GRID_CELL.match(cell.stripped) for cell in row]
            # An empty cell is a lone space, or a dash as tables write it ("-", as in the pipe tables' cells).
            unread = any(not _EMPTY_CELL.match(cell.stripped) and not match
                         for cell, match in zip(row, matches, strict=False))
            if len(row) < len(bodies) or unread:
                reader.warn(cells[j].number, f"{cells[j].stripped}: raden har inte en dag per organ; lämnas utanför")
                # The rows are set apart by their month names: a row whose empty cells were lost (an
                # extractor that drops blank lines) is left out, the next month's row is still read.
                following = next((k for k in range(j + 1, min(j + 2 + len(bodies), len(cells)))
                                  if month_number(cells[k].stripped.rstrip(".:"))), None)
                if following is None or not all(_GRID_CELL.match(cell.stripped) for cell in cells[j + 1: following]):
                    break
                j = following
                continue
            for (body, time), cell, match in zip(bodies, row, matches, strict=True):
                if not match:
                    continue  # an empty cell: that body does not meet that month
                days = [int(d) for d in re.findall(r"\d{1,2}", match.group("days"))]
                for n, day in enumerate(days):
                    reader.entries.append(Entry(body=body, month=month, day=day, line=cell.number, year=year,
                                                marker=match.group("mark") if n == len(days) - 1 else None,
                                                start_time=time))
            read.update(cell.number for cell in cells[j: j + 1 + len(bodies)])
            j += 1 + len(bodies)
        if j < len(cells) and _GRID_CELL.match(cells[j].stripped):
            # A day where the next month or the table's end should be: the rows are wider than the
            # header read (its first heads were not read as bodies), so no day is surely in its column.
            del reader.entries[entries_before:]
            reader.warn(cells[index].number, "tabellens rader är bredare än dess rubrikrad; tabellen läses inte")
            return set()
        return header | read if read else set()
    return set()


# "23 jan", "4 sept": a day with its month written short, in dates.py's abbreviations.
_ABBREVIATED_MONTH = re.compile(
    r"\d{1,2}\.?\s+(?:" + "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _drop_cut_at_the_end(reader: _Reader) -> None:
    """A day on the text's last line whose month word stops short of the month's name with no
    dot after it ("24 mar" where the excerpt ends), in a plan that writes its months in full
    elsewhere, may be cut there: left out, with a warning."""
    last = reader.lines[-1] if reader.lines else None
    if last is None:
        return
    word = re.search(r"(?<![\wåäö])(?P<month>[a-zåäö]{3,8})$", last.stripped, re.IGNORECASE)
    full = [name for name in MONTH_NAMES.values() if word and name.startswith(word.group("month").casefold())]
    if not word or not full or any(name == word.group("month").casefold() for name in full):
        return
    if any(_ABBREVIATED_MONTH.search(line.stripped) for line in reader.lines[:-1]) or _ABBREVIATED_MONTH.search(
            last.stripped[:word.start()]):
        return  # the plan writes its months short ("23 jan"), on other lines or earlier on this line: the last is too
    # Lines set apart from one run-on line share its number (_lists_apart): only the last one's own days are cut.
    days = {(month, day) for day, month, *_ in _list_dates(last.stripped)[0]}
    cut = [e for e in reader.entries if e.line == last.number and (not days or (e.month, e.day) in days)]
    for entry in cut:
        reader.entries.remove(entry)
        reader.warn(last.number, f"{entry.body}: {last.stripped!r} står sist i texten med månaden avkortad; "
                                 "kan vara avskuret och lämnas utanför")


def unplaced_plan(document: Document, error: NoMeetingsInPlan) -> ParsedDocument | None:
    """A plan whose dates the reader finds but cannot place under a body (a table flattened one
    cell a line, its columns lost): imported with no meeting and a warning for each date or month
    it states, rather than refused or guessed; None when it states no date at all."""
    warnings = []
    for line in document.lines:
        text = line.stripped
        if not text:
            continue
        stated = [d.text for d in find_dates(text) if d.iso or re.search(r"\d{1,2}\D+[a-zåäö]{3}", d.text, re.I)]
        if not stated and _is_date_line(text):
            stated = [text]  # "• 24 januari" in a list under a heading that names no body
        elif not stated and len(text) >= RUN_ON:
            # A table's rows run into one line, its columns lost ("... kl.18.00 i Mälarökyrkan 30 januari   13
            # februari   6 mars 12 mars Å, månd ..."): each day and month it states, none placed.
            stated = [m.group() for m in _DAY_AND_MONTH.finditer(text) if month_number(m.group("month"))]
        month_alone = _MONTH_HEADING.match(text) and month_number(_MONTH_HEADING.match(text).group("month"))
        for raw in stated:
            warnings.append(f"rad {line.number}: {raw!r}: datum som inte kunde knytas till ett organ; läses inte")
        if month_alone and not stated:
            warnings.append(f"rad {line.number}: {text!r}: månadens dagar kunde inte knytas till ett organ; läses inte")
    if not warnings:
        return None
    from archive.importing.tjansteskrivelse import municipality_of

    plan = ParsedPlan(meetings=[], municipality=municipality_of(" ".join(x.stripped for x in document.lines)),
                      warnings=[f"sammanträden: {error.message}; planens datum lästes inte", *warnings])
    return ParsedDocument(name=document.name, checksum=document.checksum, kind="sammanträdesplan", items=[],
                          notes=[f"sammanträdesplan utan lästa sammanträden: {len(warnings)} datum eller månader "
                                 "kunde inte knytas till ett organ"], plan=plan)


# ---------------------------------------------------------------- years


def _settle_years(reader: _Reader, year: int | None, today: dt.date, file: str):
    """Each entry with its year: stated, else `year`, else the one recent year the
    weekdays allow (returned in `inferred`); else, where other entries state theirs, those
    alone (the open ones reported); else ImportFailed."""
    open_entries = [e for e in reader.entries if e.year is None]
    inferred: set[int] = set()
    if open_entries and year is None:
        fitting = [y for y in range(today.year - RECENT_YEARS_BACK, today.year + RECENT_YEARS_AHEAD + 1)
                   if all(_fits(e, y) for e in open_entries)]
        span = f"{today.year - RECENT_YEARS_BACK}-{today.year + RECENT_YEARS_AHEAD}"
        found = ("inget år" if not fitting else f"{len(fitting)} år ({', '.join(map(str, fitting))})")
        if len(fitting) != 1 and len(open_entries) < len(reader.entries):
            # Partial beats refusal: the meetings whose year the text states stand; the others are left
            # out, said so, rather than the whole plan refused or a year assumed for them.
            for entry in open_entries:
                reader.warn(entry.line, f"{entry.body}: {entry.day} {MONTH_NAMES[entry.month]} står utan år, och "
                                        f"veckodagarna passar {found} av {span}; lämnas utanför (ange året med --year)")
            return [(e, e.year) for e in reader.entries if e.year is not None], inferred
        usual = _usual_weekday_year(reader, open_entries, fitting) if len(fitting) > 1 and \
            len(open_entries) == len(reader.entries) else None
        if usual is not None:
            year, weekdays = usual
            inferred.add(year)
            reader.warn(None, f"året står inte i texten; av {found} av {span} är {year} det enda då planens datum "
                              f"faller på de veckodagar texten säger att organen sammanträder ({', '.join(weekdays)}): "
                              "härlett, kontrollera")
            return [(e, year) for e in reader.entries], inferred
        if len(fitting) != 1:
            raise ImportFailed(
                f"sammanträdesplanen anger inget år för {len(open_entries)} datum, och veckodagarna passar {found} "
                f"av {span}; ange året med --year", file=file, field="år")
        year = fitting[0]
        inferred.add(year)
        reader.warn(None, f"året står inte i texten; {year} är det enda året {span} då alla "
                          f"{len(open_entries)} datum utan år är arbetsdagar (och rätt veckodag där den står): "
                          "härlett, kontrollera")
    return [(e, e.year or year) for e in reader.entries], inferred


# "onsdagar klockan 18.30", "sammanträder i regel på torsdagar", "Tisdagar, klockan 09.00": the weekday a
# body usually meets, stated once for its dates (Båstad, Ekerö, Jönköping, Mjölby, Mönsterås, Umeå, Uppvidinge).
_USUAL_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")ar\b", re.IGNORECASE)
# "om inget annat anges": most dates, not every one, fall on the usual weekday.
_USUAL_WEEKDAY_SHARE = 0.8


def _usual_weekday_year(reader: _Reader, entries: list[Entry], fitting: list[int]) -> tuple[int, list[str]] | None:
    """Of the recent years in which every date is a working day, the one year in which (nearly) all of
    them fall on the weekdays the text says the bodies usually meet; None when the text names no such
    weekday or no year, or more than one, stands out."""
    weekdays = sorted({m.group(1).casefold() for line in reader.lines for m in _USUAL_WEEKDAY.finditer(line.stripped)},
                      key=WEEKDAYS.index)
    if not weekdays or len(weekdays) >= 4:
        return None
    scores = {}
    for year in fitting:
        scores[year] = sum(WEEKDAYS[dt.date(year, e.month, e.day).weekday()] in weekdays for e in entries)
    best = max(scores.values())
    winners = [y for y, score in scores.items() if score == best]
    if len(winners) != 1 or best < _USUAL_WEEKDAY_SHARE * len(entries):
        return None
    return winners[0], weekdays


def _fits(entry: Entry, year: int) -> bool:
    try:
        date = dt.date(year, entry.month, entry.day)
    except ValueError:
        return False
    if entry.weekday and WEEKDAYS[date.weekday()] != entry.weekday:
        return False
    return non_working_reason(date) is None


# ---------------------------------------------------------------- bodies


def _legend(lines: list[Line]) -> dict[str, str]:
    """The plan's own abbreviations: "KF Kommunfullmäktige", "Kommunstyrelsen KS",
    "BUN = Barn- och utbildningsnämnden", "KSAU – Kommunstyrelsens arbetsutskott"."""
    legend: dict[str, str] = {}
    texts = (part for line in lines for part in _legend_pairs_apart(line.stripped))
    for text in texts:
        match = (re.match(r"^(?P<code>[A-ZÅÄÖ]{2,8})\s*(?:[=:–-]\s*)?(?P<name>[A-ZÅÄÖ][\w ,.-]*[a-zåäö])$", text)
                 or re.match(r"^(?P<name>[A-ZÅÄÖ][\w ,.-]*[a-zåäö])\s*(?:[=:–-]\s*)?(?P<code>[A-ZÅÄÖ]{2,8})$", text))
        if not match:
            continue
        name = " ".join(match.group("name").split())
        if naming.body_kind(name) or naming.body_kind(name.rstrip("s")):
            legend.setdefault(match.group("code"), name[:1].upper() + name[1:])
    return legend


# "KF = Kommunfullmäktige KS = Kommunstyrelsen ...": where a legend's lines ran together, each code
# with its sign starts a pair of its own.
_LEGEND_PAIR_START = re.compile(r"(?<=[a-zåäö]) (?=[A-ZÅÄÖ]{2,8} ?[=:–] ?[A-ZÅÄÖ])")


def _legend_pairs_apart(text: str) -> list[str]:
    parts = _LEGEND_PAIR_START.split(text) if "=" in text or "–" in text or ":" in text else [text]
    return parts if len(parts) >= 3 else [text]  # pairs run together: three or more on the line


def _resolve_body(reader: _Reader, text: str, line: int) -> str | None:
    """A table's body cell as a body's name; None (with a note) for a row that is no body's."""
    cell = " ".join(text.replace("\n", " ").split()).strip(" :")
    cell = re.sub(r",\s*\w+$", "", cell) if "," in cell and _CODE.match(cell.split(",")[0].strip()) else cell
    compact = cell.replace(" ", "")
    if compact in reader.legend:
        return reader.legend[compact]
    known = body_name(compact) if _CODE.match(compact) else None
    if known:
        return known
    if _CODE.match(compact):
        named = reader.code_named(compact)
        if named:
            return named  # "BUN" where the plan names "Barn- och utbildningsnämnden"
        reader.warn(line, f"förkortningen {compact} förklaras inte i texten; organet heter {compact}")
        return compact
    named = body_name(cell)
    if named:
        return named
    if cell.split() and _PLAN_BODY_END.search(cell.split()[-1]) and (named := _heading_name(cell)):
        return named  # "Kommunfullmäktiges presidium", "Arbetsutskott": named as the same words in a heading are
    if (named := _heading_name(cell)) and named.casefold() == cell.casefold():
        # "Myndighetsnämnd Bygg och miljö", "Utskottet för Lärande och Omsorg", "Servicenämnd Ekonomi/personal": a
        # name a heading of the same words is read whole as (_heading_name), in a column's head or a row's first cell.
        return named
    reader.notes.append(f"rad {line}: {cell!r} är inget organ; raden läses inte som sammanträden")
    return None


# ---------------------------------------------------------------- tables


def _cells(text: str, least: int = 3) -> list[str] | None:
    if "|" in text:
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        return cells if len(cells) >= least else None
    if "\t" in text:
        cells = [c.strip() for c in text.split("\t")]
        return cells if len(cells) >= least else None
    return None


def _read_tables(reader: _Reader) -> None:
    """Tables with a header row of months (a body a row) or of bodies (a month a row)."""
    consumed: set[int] = set()
    year = None
    for index, line in enumerate(reader.lines):
        text = line.stripped
        if index in consumed:
            continue
        heading_year = _heading_year(text)
        if heading_year:
            year = heading_year
        cells = _cells(line.text)
        one_body = _cells(line.text, 2)
        if cells is None and one_body and len(one_body) == 2 \
                and one_body[0].casefold().rstrip(":") in _MONTH_COLUMN_LABELS \
                and _resolve_body(reader, one_body[1], line.number):
            # "Månad | Direktionen" / "Januari | 28": one body's column under the months' own label.
            _months_down(reader, one_body, _table_rows(reader, index, consumed, 2), year, line.number)
            continue
        if cells is None and (side_by_side := _side_by_side_bodies(reader, index)):
            # "Kommunstyrelsen      Kommunfullmäktige" / "23 januari           29 januari": the bodies across on one
            # line, apart by spaces, each one's dates in its column under it (a table extracted with its layout).
            _side_by_side_rows(reader, index + 1, side_by_side, year, consumed)
            consumed.add(index)
            continue
        if cells is None and (stacked := _stacked_bodies(reader, index)):
            # "Kommunstyrelsen / tisdagar kl.16.00 / i Debatten / Kommunfullmäktige ..." then "30 januari
            # 13 februari   6 mars": the bodies across as stacked headings, each row's cells a day and month.
            bodies, first_row = stacked
            consumed.update(range(index, first_row))
            _stacked_rows(reader, first_row, bodies, year, consumed)
            continue
        if cells is None and (bodies_header := _spaced_bodies_header(reader, text)):
            # "Månad KF KS KSAU BUN" / "Januari 29 15 8 23": the bodies across, a month a row, spaces only.
            rows = _spaced_month_rows(reader, index, len(bodies_header) - 1, consumed)
            _months_down(reader, bodies_header, rows, year, line.number)
            continue
        if cells is None:
            cells = _spaced_header(text)
            if cells is None:
                continue
            months = [c for c in cells if month_number(c.rstrip("."))]
            rows = _spaced_rows(reader, index, len(months), consumed)
            # Each row is read as [body, time, *cells] (_spaced_rows): the header in the same columns, whether or
            # not it has a time's column ("Organ Jan Feb Mars" had each day read under the month after its own).
            time_word = next((c for c in cells if c.casefold() in _TIME_HEADERS), "tid")
            label = "" if month_number(cells[0].rstrip(".")) else cells[0]
            _months_across(reader, [label, time_word, *months], rows, year)
            continue
        months = [month_number(c.rstrip(".")) if not c[:1].isdigit() else None for c in cells]
        if sum(1 for m in months if m) >= 3:
            rows = _table_rows(reader, index, consumed)
            _months_across(reader, cells, rows, _year_in_cells(cells) or year)
            continue
        bodies = [c for c in cells[1:] if c and (c.replace(" ", "") in reader.legend or body_name(c))]
        # One body's column is a table too under the months' own label ("Månad | Direktionen").
        if (len(bodies) >= 2 or bodies and (cells[0] or "").casefold().rstrip(":") in _MONTH_COLUMN_LABELS) \
                and not month_number(cells[0] or "x"):
            rows = _table_rows(reader, index, consumed)
            _months_down(reader, cells, rows, _year_in_cells(cells) or year, line.number)
    reader.consumed = consumed


def _table_rows(reader: _Reader, index: int, consumed: set[int], least: int = 3) -> list[tuple[int, list[str]]]:
    """The cell rows under the header at index, up to the first line that is not a table row."""
    rows = []
    for later in range(index + 1, len(reader.lines)):
        row = _cells(reader.lines[later].text, least)
        if row is None:
            break
        consumed.add(later)
        if not _SEPARATOR_ROW.match(reader.lines[later].text):
            rows.append((reader.lines[later].number, row))
    return rows


def _year_in_cells(cells: list[str]) -> int | None:
    for cell in cells:
        if re.fullmatch(r"(19[89]\d|20\d\d)", cell.strip()):
            return int(cell)
    return None


# The web page's own stamp ("Senast uppdaterad: 9 november 2022", "Publicerad: 2017-11-20", "Sidan
# granskad 2021-03-04"): when the page was written, never the year of the meetings it lists.
_PAGE_STAMP = re.compile(r"^(?:senast\s+|sidan\s+(?:senast\s+)?)?(?:publicerad|uppdaterad|ändrad|granskad|reviderad)\b",
                         re.IGNORECASE)


# What a heading that gives the meetings their year names beside it (every tuning plan's year headings do):
# the dates or the plan ("Sammanträdesdagar 2022", "Mötesdatum 2018", "Sammanträden för ... 2021"), a body
# ("Regionstyrelsen 2023", "KF 2024"), a season or a month ("Våren 2021", "Januari - juli 2023"), or the
# year alone ("2021" under Järfälla's "Sammanträdesdatum"). Any other heading's year is not the dates'.
_YEAR_CONTEXT = re.compile(
    r"sammanträd|möte|mötes|datum|tider|dagar|plan|kalender|vår|höst|halvår|termin|(?<![\wåäö])år(?![\wåäö])"
    r"|fullmäktige|nämnd|styrelse|utskott|råd(?:et)?(?![\wåäö])|beredning|presidi|direktion|revisor|delegation"
    r"|kommitt|(?-i:(?<![\wåäöÅÄÖ])[A-ZÅÄÖ]{2,8}(?![\wåäöÅÄÖ]))"
    r"|(?<![\wåäö])(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*\.?(?![\wåäö])",
    re.IGNORECASE)

# The most words a line ending in a colon may have and still lead the dates after it with its year.
_LEAD_WORDS = 30


def _heading_year(text: str) -> int | None:
    """The year a short heading states ("Sammanträdesdagar 2022", "Januari - juli 2023"), or a line
    that leads the dates after it with a colon ("Under 2018 gäller följande sammanträdestider för
    kommunstyrelsen och dess utskott:") and names no day; a page's stamp states none."""
    words = len(text.split())
    leads = text.rstrip().endswith(":") and words <= _LEAD_WORDS and not _DAY_AND_MONTH.search(text)
    if text.rstrip().endswith(":") and words > _LEAD_WORDS and not _DAY_AND_MONTH.search(text):
        # "Kommunfullmäktige sammanträder vid nio tillfällen per år. Normalt ... Under 2018 gäller följande
        # sammanträdestider:": a paragraph whose last sentence leads the dates after it; that sentence's year alone.
        last = _SENTENCE_END.split(text)[-1]
        return _heading_year(last) if len(last.split()) <= _LEAD_WORDS and _may_name_meetings(last) else None
    if words > 10 and not leads or _DAY_MONTH.match(text) or _PAGE_STAMP.match(text):
        return None
    years = _YEAR.findall(text)
    if len(set(years)) != 1:
        return None
    if re.search(r"[A-Za-zÅÄÖåäö]", text) and not _YEAR_CONTEXT.search(text):
        return None  # "Budget 2024", "Bra resultat för Falu kommun 2021": a page's other heading, not the dates' year
    return int(years[0])


def _lead_sentence_year(lines: list[Line], position: int) -> int | None:
    """The year a line of running text states right over a list of dates, in its one sentence about the
    meetings ("Följande mötestider för 2018 är fastställda. Samtliga möten äger rum på Station Lund.",
    Räddningstjänsten Syd; "Fullmäktige sammanträder under år 2018 vid följande tillfällen.", Partille; "... vilka
    datum kommunfullmäktige sammanträder under 2019.", Kungsbacka), as a heading's ("Mötesdatum 2018") is; a
    line that names a day, or sentences about meetings that state two years, state none."""
    text = lines[position].stripped
    if not _may_name_meetings(text) or _DAY_AND_MONTH.search(text):
        return None
    under = [line.stripped for line in lines[position + 1: position + 1 + DATES_IN_A_LIST]]
    if len(under) < DATES_IN_A_LIST or not all(_is_date_line(below) for below in under):
        return None
    years = {year for sentence in _SENTENCE_END.split(text)
             if _may_name_meetings(sentence) and len(sentence.split()) <= _LEAD_WORDS
             for year in _YEAR.findall(sentence)}
    return int(years.pop()) if len(years) == 1 else None


def _months_across(reader: _Reader, header: list[str], rows, year: int | None) -> None:
    month_at = {i: month_number(c.rstrip(".")) for i, c in enumerate(header) if c and not c[:1].isdigit()}
    month_at = {i: m for i, m in month_at.items() if m}
    time_at = next((i for i, c in enumerate(header) if c.casefold() in _TIME_HEADERS), None)
    body_at = next((i for i, c in enumerate(header) if i not in month_at and i != time_at), 0)
    for number, row in rows:
        if len(row) <= max(month_at):
            row = row + [""] * (max(month_at) + 1 - len(row))
        body = _resolve_body(reader, row[body_at], number) if row[body_at] else None
        if body is None:
            continue
        default_time = _time(row[time_at]) if time_at is not None else None
        for column, month in month_at.items():
            _add_cell(reader, body, month, row[column], number, year, default_time)


def _months_down(reader: _Reader, header: list[str], rows, year: int | None, header_line: int) -> None:
    bodies = {}
    for i, cell in enumerate(header):
        if i == 0 or not cell:
            continue
        body = _resolve_body(reader, cell, header_line)
        if body:
            bodies[i] = body
    default_times: dict[int, str | None] = {}
    for number, row in rows:
        label = (row[0] if row else "").rstrip(":.").strip().casefold()
        if label in _TIME_HEADERS:
            default_times = {i: _time(row[i]) for i in bodies if i < len(row)}
            continue
        month = month_number(label) if label else None
        if month is None:
            if any(c.strip() for c in row[1:]):
                reader.notes.append(f"rad {number}: {row[0]!r} är ingen månad; raden läses inte")
            continue
        for i, body in bodies.items():
            if i < len(row):
                _add_cell(reader, body, month, row[i], number, year, default_times.get(i))


def _add_cell(reader: _Reader, body: str, month: int, cell: str, line: int, year: int | None,
              default_time: str | None) -> None:
    """One table cell: "", "-", "15", "4, 25", "29*", "19(13.00)", "11, kl. 09:30"."""
    text = cell.strip()
    if _EMPTY_CELL.match(text):
        return
    parts = [p.strip() for p in re.split(r",(?!\s*kl)|;|\boch\b", text) if p.strip()]
    for part in parts:
        part = re.sub(r",\s*(kl)", r" \1", part, flags=re.IGNORECASE)
        match = _CELL_DAY.match(part)
        if not match:
            reader.warn(line, f"{body}, {MONTH_NAMES[month]}: {part!r} är inget datum; lämnas utanför")
            continue
        rest = match.group("rest").strip()
        time = _time(rest) if rest else None
        if rest and time is None:
            reader.notes.append(f"rad {line}: {body} {match.group('day')} {MONTH_NAMES[month]}: {rest!r}")
        # "28 Extrainkallat sammanträde", "21 inställt", "9 OBS! Fredag": the cell's remark marks its meeting, as a
        # list's does.
        # (A notice to the cell's end: _NOTICE searched alone stops at its first letter, "OBS! M" of "OBS! Måndag kl.
        # 15.30".)
        remark = (_EXTRA_IN_CELL.search(rest) or _CANCELLED.search(rest) or _NOTICE_AT_END.search(rest)
                  or _PRELIMINARY.search(rest)) if rest else None
        marker = match.group("mark") or (
            (remark.group("note") if "note" in remark.groupdict() else remark.group(1)) if remark else None)
        marker = _as_marker(marker)
        reader.entries.append(Entry(body=body, month=month, day=int(match.group("day")), line=line, year=year,
                                    marker=marker, start_time=time or default_time))


def _time(text: str) -> str | None:
    match = _TIME.search(text or "")
    if not match:
        return None
    hour, minute = int(match.group("h") or match.group("hour")), int(match.group("m") or 0)
    return f"{hour:02d}:{minute:02d}" if hour <= 23 and minute <= 59 else None


# ("31 inställt", "2, 28 inställt": a day's remark is its cell's, kept as the marker by _add_cell.)
_SPACED_CELL = re.compile(r"\d{1,2}(?:\*{1,4})?(?:\s*\(\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*\))?" + _DAY_REMARK
                          + r"(?:\s*,\s*\d{1,2}(?:\*{1,4})?(?:\s*\(\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*\))?"
                          + _DAY_REMARK + r")*|[-–—]", re.IGNORECASE)


def _spaced_header(text: str) -> list[str] | None:
    """"Nämnd Tid Jan Feb Mars April Maj Juni": a header separated by spaces only."""
    words = text.split()
    months = [w for w in words if month_number(w.rstrip("."))]
    if len(months) < 3 or len(months) < len(words) - 2:
        return None
    return words


# A table's label over its column of months ("Månad | KF | KS").
_MONTH_COLUMN_LABELS = {"månad", "månader", "mån"}


def _spaced_bodies_header(reader: _Reader, text: str) -> list[str] | None:
    """"Månad KF KS KSAU BUN": a label, then two or more bodies' codes (or one-word names), spaces only."""
    words = text.split()
    if len(words) < 2 or month_number(words[0].rstrip(".")) or words[0][:1].isdigit():
        return None

    def known(word: str) -> bool:
        return bool(word in reader.legend or (_CODE.match(word) and body_name(word))
                    or (word[:1].isupper() and body_name(word)))

    # The months' column's head left empty ("          KF   KS   BUN" / "Januari   29   15   23", as most tables set
    # it): the first word is a body too, no label; read as a label it gave each body the next one's days.
    label, bodies = ("", words) if known(words[0]) and not _lone_genitive(words[0]) else (words[0], words[1:])
    # A genitive alone ("Regionstyrelsens Arbetsutskott") is part of a name split at its space: no header of codes.
    if sum(map(known, bodies)) >= 2 and all(known(w) or _CODE.match(w) for w in bodies) \
            and not any(map(_lone_genitive, bodies)):
        return [label, *bodies]  # a code the plan does not explain is kept as written, with a warning
    if words[0].casefold().rstrip(":") not in _MONTH_COLUMN_LABELS and label:
        return None
    # "Månad Regionstyrelsen Regionstyrelsens arbetsutskott", "Månad Direktionen": under the months' column's own
    # label (or its head left empty: "KF KS Barn- och utbildningsnämnden"), bodies in full, one or more: a name goes on
    # over its lower-case words ("Kultur- och utbildningsnämnden").
    names: list[str] = []
    for word in words[1 if label else 0:]:
        if names and (word[:1].islower() or names[-1].endswith("-")):
            names[-1] += " " + word
        else:
            names.append(word)
    if all((name.replace(" ", "") in reader.legend or body_name(name)) and not _lone_genitive(name) for name in names):
        return [label, *names]
    return None


def _lone_genitive(word: str) -> bool:
    """"Kommunstyrelsens" alone: the first part of a body's name ("Kommunstyrelsens arbetsutskott"), no body."""
    return " " not in word and word.endswith("s") and not _CODE.match(word) and body_name(word) is not None


_REMARK_IN_ROW = re.compile(r"(?<=\d)\s+(" + _DAY_REMARK_WORD + r")", re.IGNORECASE)


def _spaced_month_rows(reader: _Reader, index: int, body_count: int, consumed: set[int]) -> list:
    """The rows under a spaced bodies-across header: a month, then one cell a body ("5, 19" is one
    cell, "-" an empty one). A row whose cells cannot be told apart is reported, not guessed."""
    rows = []
    for later in range(index + 1, len(reader.lines)):
        line = reader.lines[later]
        # A day's remark ("29 inställt", "2 öppet sammanträde") belongs to its day's cell, no cell of its own.
        words = [word.replace("\0", " ") for word in _REMARK_IN_ROW.sub(
            lambda found: "\0" + found.group(1).replace(" ", "\0"), line.stripped).split()]
        if not words or not month_number(words[0].rstrip(".:")):
            break
        consumed.add(later)
        cells: list[str] = []
        for word in words[1:]:
            if cells and cells[-1].endswith(","):
                cells[-1] += " " + word
            else:
                cells.append(word)
        if len(cells) != body_count:
            reader.warn(line.number, f"{words[0]}: {len(cells)} värden för {body_count} organ; raden går inte att "
                                     "dela säkert och lämnas utanför")
            continue
        rows.append((line.number, [words[0], *cells]))
    return rows


_WIDE_CELL = re.compile(r"^(?:\d{1,2}(?![\d.:/-])|[-–—]$)")


def _spaced_rows(reader: _Reader, index: int, month_count: int, consumed: set[int]) -> list:
    """The rows under a spaced header: a body (and a time), then one cell a month. A row
    whose cells cannot be told apart is reported, not guessed."""
    rows = []
    for later in range(index + 1, len(reader.lines)):
        line = reader.lines[later]
        text = line.stripped
        if _spaced_header(text) is not None or _heading_year(text) and not re.search(r"\d{1,2}\s", text):
            break
        first_cell = re.search(r"(?<![\w.:])(\d{1,2}(?:\*{1,4})?(?:\s*\(|\s*,|\s|$)|[-–—](?:\s|$))", text)
        if first_cell is None:
            if rows:
                break
            continue
        lead = text[: first_cell.start()].strip()
        time_match = re.match(r"^(?P<body>.*?)\s+(?P<time>\d{1,2}[.:]\d{2}(?:\s*-\s*\d{1,2}[.:]\d{2})?)$", lead)
        body, time = (time_match.group("body"), time_match.group("time")) if time_match else (lead, "")
        if not body:
            continue
        rest = text[first_cell.start():]
        cells = _SPACED_CELL.findall(rest)
        consumed.add(later)
        wide = [cell for cell in re.split(r"\s{2,}|\t", line.text.strip()) if cell]
        if len(cells) != month_count and len(wide) == month_count + 1 and " ".join(wide[0].split()) == lead \
                and all(_WIDE_CELL.match(cell) for cell in wide[1:]):
            # "Arbetsutskott   2   17 Obs! Fredag kl 09.00-12.00   -   11": cells set apart by wider spaces than
            # their words are, a note in one (its words counted as cells, the row went unread).
            cells = wide[1:]
        if len(cells) != month_count:
            reader.warn(line.number, f"{body}: {len(cells)} värden för {month_count} månader; raden går inte att "
                                     "dela säkert och lämnas utanför")
            continue
        rows.append((line.number, [body, time, *cells]))
    return rows


# ---------------------------------------------------------------- bodies across as stacked headings

# One cell of a row under stacked headings: "30 januari", "12 mars Å, månd", "15 maj VR, BD",
# "23 oktober, konstituerande", "25 oktober B, torsd kl.13". Codes in capitals right after the day
# are the plan's markers (its legend explains them: "DR = Delårsrapport"); words in lower case
# after them are remarks (a weekday that breaks the usual one, a time, "konstituerande").
_DATED_CELL = re.compile(
    r"^(?P<day>\d{1,2})\s+(?P<month>[A-Za-zÅÄÖåäö]{3,9})\.?"
    r"(?:\s+(?P<mark>[A-ZÅÄÖ]{1,4}(?:\s*,\s*[A-ZÅÄÖ]{1,4})*)(?![\wåäöÅÄÖ.]))?(?P<rest>.*)$")
_EMPTY_CELLS = re.compile(r"^[-–—](?:\s+[-–—])*$")
_EMPTY_EDGES = re.compile(r"(?P<leading>(?:[-–—]\s+)*)(?P<cells>.*?)(?P<trailing>(?:\s+[-–—])*)", re.DOTALL)
# Where a second day starts inside a run of text separated by one space only.
_NEXT_DAY = re.compile(r"(?<=\s)(?=\d{1,2}\s+[A-Za-zÅÄÖåäö]{3,9}\b)")
# Lines under one stacked heading that say when and where the body meets ("tisdagar kl.14.00",
# "i Prologen"); more than this is no heading's detail.
_HEADING_DETAIL_LINES = 3


def _row_cells(text: str) -> list[str] | None:
    """A row's cells separated by two spaces or more, "-" an empty cell ("- -" two); None for a line
    that is no such row (a legend, a heading): every cell a day and a month, or empty."""
    cells: list[str] = []
    for chunk in re.split(r"\s{2,}", text.strip()):
        if _EMPTY_CELLS.match(chunk):
            cells += [""] * len(chunk.split())
            continue
        # Empty cells set apart from a dated one by one space, the padding lost ("- - 23 oktober", "12 juni - -").
        edges = _EMPTY_EDGES.fullmatch(chunk)
        leading, chunk, trailing = edges.group("leading").split(), edges.group("cells"), edges.group("trailing").split()
        cells += [""] * len(leading)
        for piece in _NEXT_DAY.split(chunk):
            piece = piece.strip()
            match = _DATED_CELL.match(piece)
            if not match or not month_number(match.group("month")):
                return None
            cells.append(piece)
        cells += [""] * len(trailing)
    return cells if any(cells) else None


def _stacked_bodies(reader: _Reader, index: int) -> tuple[list[tuple[str, str | None]], int] | None:
    """Bodies set as headings one under the other, each perhaps with its usual day, time and place
    ("Kommunstyrelsens" / "arbetsutskott" / "tisdagar kl.14.00" / "i Prologen" / "Kommunstyrelsen" ...),
    directly above a row with one dated cell or empty cell per body: [(body, usual time)] and the
    index of that first row; None for any other lines."""
    bodies: list[list] = []
    details = 0
    i = index
    lines = reader.lines
    while i < len(lines):
        text = lines[i].stripped
        cells = _row_cells(lines[i].text)
        if cells is not None:
            if len(bodies) >= 2 and len(cells) == len(bodies):
                return [(name, time) for name, time in bodies], i
            return None
        if len(text.split()) > 4:
            return None
        name = None
        following = lines[i + 1].stripped if i + 1 < len(lines) else ""
        if (re.fullmatch(r"[A-ZÅÄÖ][\wåäö-]+s", text) and following[:1].islower()
                and len(following.split()) == 1 and naming.body_kind(f"{text} {following}")):
            name = f"{text} {following}"  # a heading broken after its genitive
            i += 1
        elif text[:1].isupper() and not _time(text):
            name = reader.legend.get(text) or body_name(text)
        if name:
            bodies.append([name, None])
            details = 0
        elif not bodies or details >= _HEADING_DETAIL_LINES:
            return None
        else:
            details += 1
            if bodies[-1][1] is None:
                bodies[-1][1] = _time(text)
        i += 1
    return None


# A table's cell as its layout sets it: words apart by one space, cells apart by two or more.
_SPACED_CHUNK = re.compile(r"\S+(?: \S+)*")


def _side_by_side_bodies(reader: _Reader, index: int) -> list[tuple[str | None, int]] | None:
    """Two or more bodies named on one line, apart by two spaces or more (a table's column heads kept in place:
    "Kommunstyrelsen      Kommunfullmäktige"), each cell a body's name whole, directly above a row of dated cells:
    [(body, the column where its name starts)]; None for any other line (one name read over the whole line gave
    both bodies' dates to "Kommunstyrelsen Kommunfullmäktige")."""
    lines = reader.lines
    chunks = list(_SPACED_CHUNK.finditer(lines[index].text.expandtabs()))
    if len(chunks) < 2 or index + 1 >= len(lines) or _row_cells(lines[index + 1].text) is None:
        return None
    # A head that names no body the plan reads ("Centrumbostäder i Skara AB") keeps its column, its dates unread.
    bodies = [(_column_head_named(reader, chunk.group()), chunk.start()) for chunk in chunks]
    named = [name for name, _ in bodies if name]
    return bodies if len(named) >= 2 and len(set(named)) == len(named) else None


def _column_head_named(reader: _Reader, text: str) -> str | None:
    """The body a column's head names, whole ("Kommunfullmäktiges presidium", "Budgetberedning", "KS")."""
    return None if any(ch.isdigit() for ch in text) or len(text.split()) > _ROW_NAME_WORDS else _named(reader, text)


def _heads_of_columns(reader: _Reader, line: Line) -> bool:
    """Whether a line names two bodies or more apart by two spaces or more ("Kommunstyrelsen      Kommunfullmäktige"):
    a table's column heads, no one body's heading (its words joined named "Kommunstyrelsen Kommunfullmäktige")."""
    chunks = _SPACED_CHUNK.findall(line.text.expandtabs())
    return len(chunks) >= 2 and sum(1 for chunk in chunks if _column_head_named(reader, chunk)) >= 2


def _side_by_side_rows(reader: _Reader, start: int, bodies: list[tuple[str | None, int]], year: int | None,
                       consumed: set[int]) -> None:
    """The rows under side-by-side column heads: each dated cell is the body's whose name starts nearest to where
    the cell starts (a row may leave a column empty, its cells then fewer than the bodies); a row with two cells
    nearest the same name cannot be shared out, reported and left unread."""
    starts = [at for _, at in bodies]
    for later in range(start, len(reader.lines)):
        line = reader.lines[later]
        if _row_cells(line.text) is None:
            break
        consumed.add(later)
        chunks = [chunk for chunk in _SPACED_CHUNK.finditer(line.text.expandtabs())
                  if not _EMPTY_CELLS.match(chunk.group())]
        columns = [_nearest(starts, chunk.start()) for chunk in chunks]
        cells = [chunk.group() for chunk in chunks]
        if len(set(columns)) < len(columns) or not all(len(_row_cells(cell) or ()) == 1 for cell in cells):
            reader.warn(line.number, f"{len(cells)} celler under {len(bodies)} organ som inte går att ställa under "
                                     "var sitt organ; raden lämnas utanför")
            continue
        for column, cell in zip(columns, cells, strict=True):
            if bodies[column][0] is None:
                reader.notes.append(f"rad {line.number}: {cell!r} under ett huvud som inget organ; läses inte")
                continue
            _add_stacked_cell(reader, (bodies[column][0], None), cell, line.number, year)


def _nearest(starts: list[int], at: int) -> int:
    """The index of the column start nearest `at`."""
    return min(range(len(starts)), key=lambda n: abs(starts[n] - at))


def _stacked_rows(reader: _Reader, start: int, bodies: list[tuple[str, str | None]], year: int | None,
                  consumed: set[int]) -> None:
    """The rows under stacked headings: a cell a body, in the headings' order. Lines with fewer
    cells than bodies are one row broken over lines: its cells go to the bodies in order, the same
    number to each, when they divide evenly and their dates run forward as a row's do (the body
    that prepares meets before the one that decides); otherwise they are reported, not guessed."""
    pool: list[tuple[int, str]] = []

    def flush() -> None:
        if not pool:
            return
        dated = [_cell_date(cell) for _number, cell in pool if cell]
        forward = dated == sorted(dated)
        if len(pool) % len(bodies) or not forward:
            reader.warn(pool[0][0], f"{len(pool)} datum på rader med färre celler än {len(bodies)} organ; "
                                    "går inte att fördela säkert och lämnas utanför")
        else:
            share = len(pool) // len(bodies)
            for n, (number, cell) in enumerate(pool):
                _add_stacked_cell(reader, bodies[n // share], cell, number, year)
        pool.clear()

    for later in range(start, len(reader.lines)):
        line = reader.lines[later]
        cells = _row_cells(line.text)  # as set: the spaces between cells matter
        if cells is None:
            break
        consumed.add(later)
        if len(cells) == len(bodies):
            flush()
            for body, cell in zip(bodies, cells, strict=True):
                _add_stacked_cell(reader, body, cell, line.number, year)
        elif len(cells) < len(bodies):
            pool.extend((line.number, cell) for cell in cells)
        else:
            reader.warn(line.number, f"{len(cells)} celler för {len(bodies)} organ; raden går inte att dela säkert "
                                     "och lämnas utanför")
    flush()


def _cell_date(cell: str) -> tuple[int, int]:
    match = _DATED_CELL.match(cell)
    return month_number(match.group("month")), int(match.group("day"))


def _add_stacked_cell(reader: _Reader, body: tuple[str, str | None], cell: str, line: int,
                      year: int | None) -> None:
    if not cell:
        return
    match = _DATED_CELL.match(cell)
    rest = match.group("rest").strip(" ,")
    time = _time(rest)
    if rest:
        reader.notes.append(f"rad {line}: {body[0]} {match.group('day')} {match.group('month')}: {rest!r}")
    # A cell whose rest is the meeting's remark and nothing else ("26 mars extrainsatt", "21 april (inställt)", "3
    # februari*", "9 februari OBS! Fredag") marks its meeting, as the same words beside a list's date do.
    remark = _REMARK_AFTER_BODY.match(rest) if rest else None
    extra = _EXTRA_REMARK.match(rest) if rest and not remark else None
    notice = _NOTICE.fullmatch(rest) if rest and not remark and not extra else None
    marker = match.group("mark") or (rest if re.fullmatch(r"\*{1,4}", rest) else None) \
        or (_as_marker(remark.group("remark")) if remark else None) or (extra.group("marker") if extra else None) \
        or (notice.group("note") if notice else None)
    reader.entries.append(Entry(body=body[0], month=month_number(match.group("month")), day=int(match.group("day")),
                                line=line, year=year, marker=marker, weekday=_weekday_named(rest),
                                start_time=time or body[1]))


def _full_weekday(word: str | None) -> str | None:
    """A weekday as written before a date, whole or cut short ("Tis", "tors."): its full name ("tisdag")."""
    word = (word or "").casefold().rstrip(".")
    return WEEKDAY_ABBREVIATIONS.get(word, word) or None


def _weekday_named(remark: str) -> str | None:
    """The weekday a remark names, in full or cut short ("månd", "torsd"): the day must fall on it."""
    for word in re.findall(r"[a-zåäö]{3,}", remark.casefold()):
        fitting = [day for day in WEEKDAYS if day.startswith(word) or word.startswith(day)]
        if len(fitting) == 1:
            return fitting[0]
    return None


# ---------------------------------------------------------------- lists


def _read_lists(reader: _Reader) -> None:
    """Dates under a body's heading, with the year of the latest heading that states one.
    A heading that names no body ("Utskott", "Kallelser") ends the body's dates; a
    sentence names the body only where no heading has ("På den här sidan ser du vilka
    datum kommunfullmäktige sammanträder"), or says that it meets ("KS sammanträder ...")."""
    body: str | None = None
    year: int | None = None
    usual_time: str | None = None  # "Tisdagar, klockan 13.15" under the body's heading
    lines = _join_broken_headings([line for index, line in enumerate(reader.lines) if index not in reader.consumed])
    heading_month: int | None = None  # "Januari" standing over its days ("23", "23 Kommunstyrelsen")
    heading_bodies: set[str] = set()  # the bodies the headings so far name
    place_column = False  # a "Plats" column label stood over the dates: a short line between them is a place
    resume = 0  # lines up to here were read as a flattened table
    for position, line in enumerate(lines):
        if position < resume:
            continue
        text = line.stripped
        if _heads_of_columns(reader, line):
            # Column heads whose rows the readers of tables did not take: no body's heading, nor any body's dates
            # under them; the body above ends.
            reader.notes.append(f"rad {line.number}: {text!r}: kolumnhuvuden; datumen under dem läses inte")
            body, heading_month = None, None
            continue
        flattened = _flattened_months_across(reader, lines, position, body, year)
        if flattened:
            resume = flattened
            heading_month = None
            continue
        if "|" in text:
            # A table's row whose columns the readers of tables did not take ("| 23 januari | Kommunstyrelsen |"):
            # its cells in order, as a list's line.
            if _SEPARATOR_ROW.match(text):
                continue
            # Cells apart by a comma, as a list's remarks are ("| 5 februari | 09.00 | Kommunhuset |" is "5 februari,
            # 09.00, Kommunhuset"): a row of a body's dates with their times and places reads as a list's point.
            text = ", ".join(" ".join(cell.split()) for cell in text.split("|") if cell.strip())
        by_month = _month_with_bodies(reader, text)
        if by_month:
            # "Februari: KF 24, KS 10 och 24": a month's line with each body's days that month.
            for segment_body, month, days in by_month:
                for day, marker in days:
                    reader.entries.append(Entry(body=segment_body, month=month, day=day, line=line.number, year=year,
                                                marker=marker))
            body, heading_month = None, None
            continue
        run_together = _bodies_with_their_dates(reader, text, year) or _bodies_with_dates_in_prose(reader, text, year)
        if run_together:
            # "Kommunfullmäktige 28 januari 25 februari Kommunstyrelsen 14 januari ...": a plan's lines run
            # into one by the extraction, each body followed by its dates.
            for segment_body, segment_year, dates in run_together:
                reader.add_dates(segment_body, dates, line.number, segment_year)
            body, heading_month = run_together[-1][0], None
            continue
        labelled_date = _MEETING_DATE_LABEL.match(text)
        if labelled_date:
            text = text[labelled_date.end():]  # "Nästa sammanträde 2021-04-19": a date of the body's
        two_days = _ISO_TWO_DAYS.match(text)
        if two_days:
            # "2021-06-07--08": one meeting over two days, listed by its first day (as "1-2 november" is)
            reader.notes.append(f"rad {line.number}: {text!r}: ett sammanträde över två dagar; första dagen tas")
            text = two_days.group("first")
        month_only = _MONTH_HEADING.match(text)
        if month_only and month_number(month_only.group("month")):
            heading_month = month_number(month_only.group("month"))
            year = int(month_only.group("year")) if month_only.group("year") else year
            row = _bare_day_lines(lines, position + 1)
            if row > 1:
                # "Januari" / "20" / "26" / "12": one cell per column of a table flattened with its columns
                # lost, not one body's days; whose each is cannot be told.
                reader.warn(line.number, f"{text}: {row} rader med bara dagar under månaden, som en tabells celler "
                                         "utan sina kolumner; lämnas utanför")
                resume, heading_month = position + 1 + row, None
            continue
        if heading_month and _days_under_month(reader, line, heading_month, body, year, usual_time):
            continue
        heading_month = None  # its days stand right under it: a lone "2" further on is a page's number
        extra_first = _EXTRA_FIRST.match(text)
        dates, rest = _moved(reader, line, *_list_dates(text[extra_first.end():] if extra_first else text))
        dates = _without_reserve_days(reader, line, dates, rest)
        extra = extra_first or (_EXTRA_REMARK.match(rest) if dates and rest else None)
        if dates and extra:
            dates = _marked(dates, extra.group("marker"))
        line_body, line_year = body, year
        labelled = _BODY_LABEL.match(text)
        if not dates and labelled and (named := _named(reader, labelled.group("body"))):
            # "Kommunstyrelsen: 23 januari, 20 februari och 19 mars": the body and its dates on one line;
            # "Kommunfullmäktige 2024: 29 januari, ...": with the year the label states, as a heading's.
            dates, rest = _list_dates(labelled.group("dates"))
            line_body = named if dates and not rest else body
            line_year = _heading_year(labelled.group("body")) or year
            if line_body is not named:
                dates, line_year = [], year
        leading = body_at_start(text) if not dates and not labelled else None
        head, _, after = text.partition(",")
        if not dates and not labelled and "," in text and (not (leading and leading[0] and leading[1]) or (
                # "Myndighetsnämnd Bygg och miljö, Torsdag, 25 januari" (a row's cells): the first cell a name _named
                # reads whole, more than the body body_at_start reads from its first words ("Myndighetsnämnd").
                not any(ch.isdigit() for ch in head) and len(head.split()) > len(leading[0].split())
                and (whole := _named(reader, head)) and whole.casefold() == head.strip().casefold())):
            # "Kommunfullmäktiges presidium, Fredag, 14 januari, 13.00" (a table's row, its cells joined by commas):
            # the first cell names the body as a heading would.
            if len(head.split()) <= _ROW_NAME_WORDS and not any(ch.isdigit() for ch in head) \
                    and (named_head := _named(reader, head)):
                leading = named_head, after.strip()
        if not dates and not labelled and leading and leading[0] and leading[1]:
            # "Kommunstyrelsen 23 januari", "Regionfullmäktige 2024 21 februari": a body, then its dates.
            stated = _YEAR_BEFORE_DATES.match(leading[1])
            dates, rest = _list_dates(leading[1][stated.end():] if stated else leading[1])
            if dates and rest and (remark := _REMARK_THEN_MORE.match(rest)):
                # "Kommunfullmäktige, Tisdag, 28 april inställt, 13.00": the date's remark marks its meeting.
                dates = _marked(dates, _as_marker(remark.group("remark")))
                rest = rest[remark.end():].strip()
            line_body = leading[0] if dates and (not rest or _TIME_AFTER.match(rest)) else body
            line_year = int(stated.group("year")) if stated and line_body is leading[0] else year
            if line_body is not leading[0]:
                dates, rest = [], text
        elif dates and rest and not _LABEL_AT_END.search(rest) and (trailing := _trailing_body(rest)):
            # "23 januari Kommunstyrelsen", "2024-01-25 Socialnämnden kl. 13.00", "Tisdag 23 januari,
            # Kommunstyrelsen", "23 januari (Kommunstyrelsen)": a date, then whose meeting; "26/3 extrainsatt,
            # Kommunfullmäktige", "28 april Kommunfullmäktige inställt": with a remark that marks it.
            line_body, rest, remark = trailing
            if remark:
                dates = _marked(dates, remark)
        elif dates and rest and (first_time := _TIME_THEN_BODY.match(rest)) and (
                after := _trailing_body(rest[first_time.end():])) and not after[1]:
            # "2024-01-23 kl 13.00 Kommunstyrelsen": the day, its time, then whose meeting ("... Kommunfullmäktige
            # inställt": with a remark that marks it).
            line_body, rest = after[0], rest[: first_time.end()].strip()
            if after[2]:
                dates = _marked(dates, after[2])
        at_time = _TIME_AFTER.match(rest) if dates and rest else None
        if at_time:
            # "Måndag 30 januari kl. 18.00 (extra)": the day's time, perhaps a remark after it.
            dates = [(*d[:5], d[5] or _time(at_time.group(0))) for d in dates]
            rest = rest[at_time.end():].strip()
            star = re.fullmatch(r"\*{1,4}", rest) if rest else None
            remark_after = _REMARK_AFTER_BODY.match(rest) if rest and not star else None
            if star or remark_after:
                # "19/4 kl. 13.00*", "2024-10-03, kl 18.30 extrainsatt", "24 juni 09.00 – inställt": the meeting's
                # mark or remark after its time marks it (the line went unread).
                marker = star.group(0) if star else _as_marker(remark_after.group("remark"))
                dates, rest = _marked(dates, marker), ""
            if rest and line_body is body and (after := _trailing_body(rest)) and not after[1]:
                # "• 5 juni, kl 18.30 Miljö- och byggnadsnämnden": the body named after the time is whose meeting it
                # is, never the heading's (a bullet's line kept its rest as a remark on the heading body's date).
                line_body, rest = after[0], ""
                if after[2]:
                    dates = _marked(dates, after[2])
        next_heading = _next_bodys_heading(reader, rest) if dates and rest and line_body is body else None
        if next_heading:
            # "29 november Kultur- och fritidsnämndens sammanträdestider 2023": the next body's heading run onto the
            # last date of the list above, the line break between them lost (Kumla's page; any page joined so): the
            # date ends that list, where it stands in one; the heading starts the next body's (its dates were read
            # as the body above's).
            if body is not None and _in_a_list(lines, position):
                reader.add_dates(body, dates, line.number, year, usual_time)
            else:
                reader.notes.append(f"rad {line.number}: {text!r}: datum före en rubrik; läses inte")
            body, year = next_heading, _heading_year(rest) or year
            place_column, usual_time = False, None
            heading_bodies.add(body)
            continue
        # (A rest opening with another body's name, "• 25 april Barn- och utbildningsnämnden, prel", is that body's
        # meeting: never the heading's body's with the rest as a remark. "+ Direktionen för ..." joins another
        # meeting to the heading body's own.)
        if dates and (not rest or _BULLET.match(line.text) or rest[:1] in ",(;:" or _PAPERS_LINKS.fullmatch(rest)) \
                and not (rest and line_body is body and _opens_with_another_body(rest, body)):
            if line_body is None:
                reader.notes.append(f"rad {line.number}: datum utan organ ({text!r}); läses inte")
                continue
            if line_body is body and _alone_after_prose(lines, position):
                # "... med sommaruppehåll." / "15 april" / "Öppet hus i stadshuset": a date by itself after running
                # text, no bullet and no date beside it, is an event's or a news item's, not an item of a list.
                reader.notes.append(f"rad {line.number}: {text!r} står ensamt efter löptext; inget sammanträde")
                continue
            # "21 april (inställt)": the remark cancels the meeting, kept as its marker (as "22 mars – inställt"
            # is; Skara, Umeå, Uppvidinge, Växjö mark cancelled meetings so).
            cancelled = _CANCELLED.search(rest) if rest else None
            notice = _NOTICE.fullmatch(rest) if rest else None  # "17 aug, kl 10.00-12.00 (Obs! Preliminärt)"
            preliminary = _PRELIMINARY.fullmatch(rest.strip(" ,;–-()")) if rest and not notice else None
            # "23/1, kl. 18.00, Sessionssalen (extrainsatt)", "..., Sessionssalen*": the remark or mark that ends the
            # line's cells marks its meeting, as it does right after the date.
            ending = _REMARK_ENDS_CELLS.search(rest) if rest and not (cancelled or notice or preliminary) else None
            for day, month, stated_year, marker, weekday, time in dates:
                reader.entries.append(Entry(body=line_body, month=month, day=day, line=line.number,
                                            year=stated_year or line_year, weekday=weekday,
                                            marker=marker or (_as_marker(cancelled.group(1)) if cancelled else None)
                                            or (notice.group("note") if notice else None)
                                            or (preliminary.group(0) if preliminary else None)
                                            or (_as_marker(ending.group("remark") or ending.group("star"))
                                                if ending else None),
                                            start_time=time or usual_time))
            if rest:
                reader.notes.append(f"rad {line.number}: {body}: {rest.strip(' ,;:')!r}")
            continue
        if _FOOTNOTE.match(text):
            continue  # "*= inkl bokslutsdag", "*3) 16 juni kl. 18.00": what a marker means, no heading
        if _is_column_labels(text):
            # "Dag Tid Notering": a table's header row under the body's heading, no heading itself; "Plats" says
            # each date's row has its place.
            place_column = place_column or bool(_PLACE_LABEL.search(text))
            continue
        if _SCHEDULE_LINE.match(text) or (_is_heading(text) and _time(text) and not _DAY_AND_MONTH.search(text)
                                           and not _named(reader, text)):
            # "Måndagar, klockan 09.00", "Sammanträdena börjar kl. 18.00": when the body usually meets, no
            # heading of its own (a heading naming no body would end the body's dates).
            usual_time = _time(text)
            continue
        if _USUAL_WEEKDAYS.match(text):
            continue  # "Torsdagar" alone under the body's heading: the day it meets, no heading ending its dates
        heading_year = _heading_year(text) or _lead_sentence_year(lines, position)
        if heading_year:
            year = heading_year
        if _run_on_meetings(reader, line, body, year):
            continue
        detail = _DETAIL_LABEL.match(text)
        if detail and not _named(reader, detail.group("label")):
            continue  # "Ordförande: Hanna Wagenius (C)", "Plats: Rådhuset": about the body, no heading
        if dates and body is not None:
            remark = rest.strip(" –-,.")
            # A remark that names a body ("kl. 13.00 Kommunfullmäktige, gemensamt") is that body's meeting, or
            # another's, never the heading's body's by default.
            # ("Kommunstyrelsens arbetsutskott, prel": a body's name in the indefinite form names it too.)
            if line_body is body and len(remark.split()) <= _LIST_REMARK_WORDS and _in_a_list(lines, position) \
                    and not _NAMED_IN_TEXT.search(remark) and not (body_at_start(remark) or ("",))[0]:
                # "15 februari, kl 18.00 i sessionssalen", "22 mars – inställt" between other dates: an item of the
                # list whose bullet the page's text lost, its remark noted (a cancellation kept as the marker).
                cancelled = _CANCELLED.search(remark)
                notice = _NOTICE.fullmatch(remark)  # "9 februari OBS! Fredag"
                for day, month, stated_year, marker, weekday, time in dates:
                    reader.entries.append(Entry(body=body, month=month, day=day, line=line.number,
                                                year=stated_year or line_year, weekday=weekday,
                                                marker=_as_marker(cancelled.group(1)) if cancelled else marker
                                                or (notice.group("note") if notice else None),
                                                start_time=time or usual_time))
                reader.notes.append(f"rad {line.number}: {body}: {remark!r}")
                continue
            # A date with more than a list's remark, or alone among other lines, is not read as a meeting (an
            # event's or a news item's date), but no heading either: the body's list goes on under it.
            reader.notes.append(f"rad {line.number}: {body}: {text!r} läses inte som sammanträde")
            continue
        if dates:
            # "Tisdag 2 oktober kl. 13.00 Kommunstyrelsens arbetsutskott DR": a line that opens with a date is a
            # meeting's line that could not be placed, never a heading whose body the dates after it take.
            reader.notes.append(f"rad {line.number}: {text!r}: datum som inte kunde knytas till ett organ; läses inte")
            continue
        if _is_heading(text) or _board_for_heading(text):
            named = None if _heads_of_columns(reader, line) else _named(reader, text)
            # "Kommunfullmäktiges presidium sammanträder följande datum 2022:": the lead's subject, whole, though the
            # line as a heading would name "Kommunfullmäktige" (its genitive's body) in it.
            lead = _MEETS.match(text)
            if lead:
                # "Arbetsutskottet sammanträder 2024 följande datum:" over its list after another body's: the lead's
                # subject is the body of the dates under it (as the sentence's below), not the body before; "Nämnden
                # sammanträder ..." under its own heading names that body by its short name, no other.
                subject = _named(reader, text[: lead.start(1)])
                if subject and not (body and subject.casefold() in _SHORT_NAMES) and (
                        not named or subject.startswith(named) and len(subject) > len(named)):
                    named = subject
                if not named and not subject and _names_an_unknown_subject(text[: lead.start(1)]):
                    # "Centrumbostäder AB sammanträder 2022" over its list: the dates under it are that one's, no
                    # body the plan names: they end the body above's (as the lead's below, with its colon).
                    body, place_column, usual_time = None, False, None
                    continue
            if not named and body is not None and place_column and _cell_between_dates(lines, position):
                # "29 januari" / "Alstermo" / "26 februari" / "Lenhovda": a table of dates and places flattened one
                # cell a line; the place is the row's other cell, no heading ending the body's dates.
                reader.notes.append(f"rad {line.number}: {body}: {text!r}")
                continue
            if not named and text[:1].islower():
                continue  # "inget i" (januari): a remark broken over lines, no heading; the body's dates go on
            if not named and body is not None and _BULLET.match(line.text) and all(
                    0 <= near < len(lines) and _is_date_line(lines[near].stripped) for near in (position - 1,
                                                                                                position + 1)):
                # "• 23 september" / "• Extrainkallat sammanträde 28 oktober" / "• 11 november": an item of the
                # body's list between its dates, no heading ending them.
                reader.notes.append(f"rad {line.number}: {body}: {text!r} läses inte som sammanträde")
                continue
            if not named and _refers_back(text):
                continue  # "Utskottet arbetar också med att:": about the body of the heading above, its dates go on
            if named or _someone_elses_meetings(text) or _names_bodies_by_bare_words(text) or not (
                    heading_year or PLAN_HEADING.search(text) and not _DATE_FIELD_LABEL.match(text)
                    or _list_of_dates_under([x.stripped for x in lines[position: position + 8]], 0)):
                # A heading of what is no body ("Utskott", "Kallelser"): the dates under it are not. The plan's
                # own heading ("Sammanträdesdagar", "Datum för sammanträden", with or without its year) under a
                # body's heading keeps that body; a record's field label ("Mötesdatum" over one date) does
                # not, but the same word over a list of dates is the plan's heading (Järfälla's page).
                if not named and _names_bodies_by_bare_words(text):
                    reader.warn(line.number, f"{text}: rubriken säger inte vilket organs sammanträden datumen under "
                                             "den är; de läses inte")
                body = named
                place_column = False
                usual_time = _time(text) if named else None  # "Kommunstyrelsen, kl. 13.00": its usual time
                if named:
                    heading_bodies.add(named)
            elif body is None and len(heading_bodies) == 1:
                # A body's page ("Kommunfullmäktige" / what it does / "Ledamöter" / ... / "Sammanträdesdatum"):
                # the plan's heading naming no body, after other sections' headings, lists the page's own body's
                # dates, where the page's headings name that body alone.
                body = next(iter(heading_bodies))
        elif in_sentences := _meetings_in_sentences(reader, text, body):
            # "Under 2022 sammanträder Enköpings kommunala tillgänglighetsråd på Linbanegatan 12, om inget annat anges,
            # den 10 februari, 16 mars ... och 17 november.": the dates closing the sentence, in the one year it states
            # or the heading's; a paragraph's such sentences each.
            # (A list that turns the year, "10 december och 14 januari 2025", takes no one year from it.)
            for sentence, said_body, said in in_sentences:
                years = set(_YEAR.findall(sentence))
                reader.add_dates(said_body, said, line.number,
                                 int(years.pop()) if len(years) == 1 and _in_month_order(said) else year, usual_time)
            body = in_sentences[-1][1]
        elif meets := _MEETS.match(text):  # "Kommunfullmäktiges presidium sammanträder ...": its subject
            subject = _named(reader, text[: meets.start(1)]) or _subject_after_the_verb(text, meets)
            if not subject and _names_an_unknown_subject(text[: meets.start(1)]):
                body, place_column, usual_time = None, False, None  # another's meetings (as under a heading)
                continue
            # "Fullmäktige sammanträder en gång i månaden" under "Kommunfullmäktige": the page's body by its
            # short name, no other body.
            body = body if body and subject and subject.casefold() in _SHORT_NAMES else subject or body
            # "Kommunfullmäktige sammanträder den 29 januari, 26 februari och 25 mars 2024.": its dates, when
            # the sentence says nothing else.
            said, left = _list_dates(_MEETS_ON.sub("", text[meets.end():], count=1))
            if said and body and not left.strip(" ."):
                reader.add_dates(body, said, line.number, year, usual_time)
        elif lead := _LONG_LEAD.match(text):
            # "Gemensamma nämnden för familjerättsliga frågor - Älmhult, Markaryd, Ljungby sammanträder följande datum
            # 2019:": a lead over its list whose subject has more words than _MEETS reads; the dates under it are that
            # subject's, and one no body's name reads ends the body above's list (its dates went on to that body).
            # ("Kommunstyrelsen, kommunfullmäktige, övriga nämnder och utskott sammanträder följande dagar 2022:",
            # Gullspång: several bodies' subject, the dates under it no one body's.)
            subject = _named(reader, lead.group("subject"))
            if subject and "," in subject and not _joint_body_with_members(subject):
                subject = None
            if subject or _names_an_unknown_subject(lead.group("subject")):
                body, place_column, usual_time = subject, False, None
        elif body is None:
            body = _sentence_body(text)


# A lead over a list of dates, its subject of any length: "<subject> sammanträder följande datum 2019:".
_LONG_LEAD = re.compile(ocr_tolerant(r"^(?P<subject>[A-ZÅÄÖ][^.!?:]*?)\s+(?:sammanträder|träffas|möts)\b[^.!?]*:$"))


# A body's meetings' heading: "Kultur- och fritidsnämndens sammanträdestider 2023", "Socialnämnden mötesdagar 2024:".
# The word a heading names a body's meetings with ("sammanträdestider", "mötesdagar", "sammanträden").
_MEETINGS_WORD = r"(?:sammanträdes(?:tider|dagar|datum|plan)|sammanträden|mötes(?:tider|dagar|datum|plan)|möten)"
_MEETINGS_HEADING = re.compile(r"^[A-ZÅÄÖ][^\d,;:()!]*?\s+" + _MEETINGS_WORD
                               + r"(?:\s+(?:för\s+)?(?:år\s+)?(?:19|20)\d\d)?\s*:?$")


# "Kultur- och fritidsnärnndens sammanträdestider 2023" (a scan's "närnnd"), "Centrumbostäders mötesdagar": the
# meetings of someone the heading names in the genitive, whom no body's name reads; the page's own words for itself
# or its body ("Kommunens sammanträdestider", "Nämndens sammanträden") name no one else.
_GENITIVE_MEETINGS = re.compile(r"^(?P<whose>[A-ZÅÄÖ][\wåäöÅÄÖ -]*?[a-zåäö]s)\s+" + _MEETINGS_WORD + r"\b")
_OWN_GENITIVES = {"kommunens", "regionens", "förbundets", "nämndens", "styrelsens", "utskottets", "fullmäktiges",
                  "beredningens", "rådets", "direktionens", "nämndernas", "våra", "årets", "höstens", "vårens"}


def _someone_elses_meetings(text: str) -> bool:
    """Whether a heading names someone's meetings in the genitive, not the page's own (then a body read from it is
    theirs, and none read leaves the dates under it unread: never the body above's)."""
    found = _GENITIVE_MEETINGS.match(text)
    return bool(found) and found.group("whose").split()[-1].casefold() not in _OWN_GENITIVES


def _next_bodys_heading(reader: _Reader, rest: str) -> str | None:
    """The body whose meetings' heading is all of what follows a line's dates, or None."""
    return _named(reader, rest) if _MEETINGS_HEADING.match(rest) else None


def _opens_with_another_body(rest: str, body: str | None) -> bool:
    """Whether what follows a date opens with a body's name other than `body` (no "+", "och", "samt" before it)."""
    found = body_at_start(rest.lstrip(" ,;:("))
    return bool(found and found[0] and found[0] != body)


def _names_an_unknown_subject(said: str) -> bool:
    """Whether the words before a lead's verb ("Centrumbostäder i Skara AB" of "... sammanträder följande datum") name
    someone, though no body the plan names: not a lead's pronoun or time ("Vi", "Under 2024"), nor the page's own body
    by its short name or a word referring back ("Nämnden")."""
    said = said.strip()
    return said[:1].isupper() and not any(ch.isdigit() for ch in said) \
        and said.split()[0].casefold() not in _NO_SUBJECT_WORDS \
        and said.casefold() not in _SHORT_NAMES and said.casefold() not in _BACK_REFERENCES


def _as_marker(remark: str | None) -> str | None:
    """A remark kept as its meeting's marker: a cancellation in lower case ("Inställt" as a list's "inställt").
    (lower(), the written word's small letters, where the module's comparisons fold with casefold().)"""
    if remark and _CANCELLED.fullmatch(remark):
        # the cancellation's word as written, a scan's "instä1lt" too: a marker is a kind of remark, no quoted text
        return next((word for word in _CANCELLED_WORDS if re.fullmatch(ocr_tolerant(word), remark, re.IGNORECASE)),
                    remark.lower())
    return remark


def _marked(dates: list, marker: str) -> list:
    """_list_dates' dates, each without a marker of its own given `marker`."""
    return [(*date[:3], date[3] or marker, *date[4:]) for date in dates]


# "Februari: KF 24, KS 10 och 24", "Mars – Kommunstyrelsen 9": a month, then each body with its days that month, as a
# plan with one line a month sets them. Every part must be a body the plan names followed by days; else no such line.
_MONTH_LABEL = re.compile(r"^(?P<month>[A-Za-zÅÄÖåäö]{3,9})\.?\s*[:–-]?\s+")
# (A name's comma only after a compound's cut first part, as _CELLS_COMMA: "Barn-, utbildning- och kulturnämnden 20".)
# A day's notice runs to the next comma: "Servicenämnd Ekonomi/personal 14 OBS! Måndag kl. 15.30, ..." (Vårgårda's).
_DAY_NOTICE = r"(?:\s+obs!?\s[^,;]*)?"
_BODY_THEN_DAYS = re.compile(r"\s*(?P<name>[A-ZÅÄÖ](?:[^\d,;:()]|(?<=-),)*?)\s*:?\s+(?P<days>\d{1,2}\*{0,4}"
                             + _DAY_REMARK + _DAY_NOTICE + r"(?:\s*(?:,|&|och)\s*\d{1,2}\*{0,4}" + _DAY_REMARK
                             + _DAY_NOTICE + r")*)\s*(?:[,;]|$)", re.IGNORECASE)
_DAY_WITH_MARK = re.compile(r"(?P<day>\d{1,2})(?P<mark>\*{1,4})?(?:\s+(?P<remark>" + _DAY_REMARK_WORD + r"))?"
                            r"(?:\s+(?P<note>obs!?\s[^,;]*?))?\s*(?=[,;&]|\boch\b|$)", re.IGNORECASE)


def _month_with_bodies(reader: _Reader, text: str) -> list[tuple[str, int, list[tuple[int, str | None]]]] | None:
    """A month's line with each body's days: [(body, month, [(day, marker)])], or None."""
    label = _MONTH_LABEL.match(text)
    month = month_number(label.group("month")) if label else None
    if not month:
        return None
    found = []
    at = label.end()
    while at < len(text):
        part = _BODY_THEN_DAYS.match(text, at)
        named = _named(reader, part.group("name")) if part else None
        if not named:
            return None
        found.append((named, month, [(int(d.group("day")), d.group("mark") or _as_marker(d.group("remark"))
                                      or (d.group("note").strip() if d.group("note") else None))
                                     for d in _DAY_WITH_MARK.finditer(part.group("days"))]))
        at = part.end()
    return found or None


# One cell of a table flattened one cell a line, under a header of months: "16", "16:e kl. 10.00", "8* kl. xx.xx"
# (a time not yet set), "19:e-21:a*" (a meeting over days, listed by its first), "19 (kl. 08:15)", "12, 26"
# (two meetings that month); "-" is empty.
_FLAT_DAY = r"(?P<day>\d{1,2})(?::e|:a|e)?(?:\s*[-–]\s*\d{1,2}(?::e|:a|e)?)?\s*(?P<mark>\*{1,4})?"
_FLAT_CELL = re.compile(
    r"^(?P<days>" + _FLAT_DAY.replace("?P<day>", "?:").replace("?P<mark>", "?:") + r"(?:\s*,\s*"
    + _FLAT_DAY.replace("?P<day>", "?:").replace("?P<mark>", "?:") + r")*)"
    r"(?:\s*\(?\s*(?:kl(?:ockan)?\.?\s*)(?P<time>\d{1,2}[.:]\d{2}|xx[.:]xx)\s*\)?)?$", re.IGNORECASE)
_FLAT_DAY_IN_CELL = re.compile(_FLAT_DAY)
# A cell's note after its day, opened by "OBS" as plans note a date's change ("14 OBS! Måndag kl. 15.30", Vårgårda's
# grid, the note perhaps broken onto a line of its own; "5 mars - OBS! inställt" Uppvidinge, "2 februari (obs
# torsdag)" Skaraborgs Kommunalförbund, "7 juni (obs! onsdag)" in lists): kept as the meeting's marker, as the
# cell's "*" is.
_CELL_NOTE = re.compile(r"^(?P<cell>[^A-Za-zÅÄÖåäö]*?)\s*(?P<note>OBS\b!?\s*\S.*)$", re.IGNORECASE)
_FLAT_EMPTY = re.compile(r"^[-–—]$")
# A row's usual time after its cells ("18.00", "Kl. 08.30"), as a flattened table's last column gives it.
_FLAT_TIME = re.compile(r"^(?:kl(?:ockan)?\.?\s*)?\d{1,2}[.:]\d{2}$", re.IGNORECASE)
# How many months in a row, one a line, make a table's header (a list has its days between its months).
_FLAT_HEADER_MONTHS = 3
# A flattened table's header may name, one a line before its months, the columns each row gives after its body's
# name: the usual weekday ("Dag") and time ("Kl", "Tid"), as _months_across takes a pipe table's time column.
_LEAD_WEEKDAY_LABELS = {"dag", "veckodag"}
_LEAD_TIME_LABELS = {"tid", "kl", "klockan", "starttid", "mötestid"}
# A weekday cell: the day's name, whole or cut to its first letters as a table's narrow column sets it ("ONS", "Tors").
# A row's organ cell holds a body's word ("Servicenämnd Ekonomi/personal", "Utskottet för Lärande och Omsorg").
_BODY_WORD = re.compile(r"nämnd|styrelse|utskott|fullmäktige|beredning|presidi|direktion", re.IGNORECASE)
_ROW_NAME_WORDS = 6
_WEEKDAY_CELL = re.compile(r"^(?P<day>mån|tis|ons|tor|fre|lör|sön)(?:s|dag(?:ar)?)?\.?$", re.IGNORECASE)


def _month_line(text: str) -> int | None:
    word = text.strip().rstrip(".:")
    return month_number(word) if word.isalpha() else None


def _flattened_months_across(reader: _Reader, lines: list[Line], start: int, body: str | None,
                             year: int | None) -> int | None:
    """A table with the months across, flattened one cell a line as web pages' tables come out: the
    header's months in calendar order ("Januari" / "Februari" / ... "Juni"), then a row of one cell per
    month for the body heading the table ("-" an empty cell), or rows each led by a body's name. A row
    is read only when its cells are exactly as many as the months; otherwise it is reported, not
    guessed (a month with two meetings breaks its cell in two, and which cells share a month is lost).
    Returns the position after what was read; None when the lines at `start` are no such table."""
    months: list[int] = []
    position = start
    while position < len(lines) and (month := _month_line(lines[position].stripped)):
        if months and month != months[-1] + 1:
            break
        months.append(month)
        position += 1
    if len(months) < _FLAT_HEADER_MONTHS:
        return None
    leads = _lead_columns(lines, start)
    if position < len(lines) and lines[position].stripped.rstrip(".:").casefold() in _TIME_HEADERS:
        position += 1  # "Klockan": the header's last column, the rows' usual time
    read_any = False
    row_body = body
    while position < len(lines):
        text = lines[position].stripped
        named = None if _FLAT_CELL.match(text) or _FLAT_EMPTY.match(text) else _named(reader, text)
        lead = _lead_cells(lines, position + 1, leads) if leads else None
        if lead and len(text.split()) <= _ROW_NAME_WORDS and _BODY_WORD.search(text):
            # The organ column's cell, its row told by the weekday and time cells after it: the body's name
            # whole, as the table writes it ("Myndighetsnämnd Bygg och miljö", not its first word's body).
            named = text[:1].upper() + text[1:]
        if named:
            row_body, position = named, position + 1
        elif read_any or row_body is None:
            break
        weekday, lead_time = None, None
        if leads:
            lead = _lead_cells(lines, position, leads)
            if lead is None:
                break  # no row of this header: not guessed
            weekday, lead_time = lead
            position += len(leads)
        cells: list[Line] = []
        notes: dict[int, str] = {}  # a cell's note after its day, by the cell's place in the row
        while position < len(lines):
            text = lines[position].stripped
            noted = _CELL_NOTE.match(text)
            if noted and _FLAT_CELL.match(noted.group("cell")):
                notes[len(cells)] = noted.group("note")  # "14 OBS! Måndag kl. 15.30"
            elif noted and not noted.group("cell") and cells and _FLAT_CELL.match(cells[-1].stripped) \
                    and len(cells) - 1 not in notes:
                notes[len(cells) - 1] = noted.group("note")  # "14" / "OBS! Måndag kl. 15.30": broken off its day
                position += 1
                continue
            elif not (_FLAT_CELL.match(text) or _FLAT_EMPTY.match(text)):
                break
            cells.append(lines[position])
            position += 1
        if not cells:
            break
        usual_time = lead_time
        if position < len(lines) and _FLAT_TIME.match(lines[position].stripped):
            usual_time = _time(lines[position].stripped)
            position += 1
        if len(cells) != len(months):
            reader.warn(cells[0].number, f"{row_body}: {len(cells)} värden för {len(months)} månader "
                                         f"({MONTH_NAMES[months[0]]}-{MONTH_NAMES[months[-1]]}); vilka som hör till "
                                         "samma månad går inte att se, och de lämnas utanför")
        else:
            for place, (month, cell) in enumerate(zip(months, cells, strict=True)):
                match = _FLAT_CELL.match(_CELL_NOTE.sub(r"\g<cell>", cell.stripped))
                if not match:
                    continue  # "-": that body does not meet that month
                time = match.group("time")
                for day in _FLAT_DAY_IN_CELL.finditer(match.group("days")):  # "12, 26": two meetings that month
                    reader.entries.append(Entry(body=row_body, month=month, day=int(day.group("day")),
                                                line=cell.number, year=year,
                                                marker=day.group("mark") or notes.get(place),
                                                # "OBS! Måndag kl. 15.30": the day and time that differ from the row's
                                                weekday=_weekday_named(notes.get(place, "")) or weekday,
                                                start_time=_time(notes.get(place)) or (
                                                    _time(time) if time and "x" not in time.casefold()
                                                    else usual_time)))
        read_any = True
    return position if read_any else None


def _lead_cells(lines: list[Line], position: int, leads: list[str]) -> tuple[str | None, str | None] | None:
    """The weekday and the time a row's lead cells at `position` give, as its header names them; None
    when a cell is not what its column holds."""
    weekday, time = None, None
    for offset, lead in enumerate(leads):
        cell = lines[position + offset].stripped if position + offset < len(lines) else ""
        if lead == "weekday" and (match := _WEEKDAY_CELL.match(cell)):
            weekday = next(day for day in WEEKDAYS if day.startswith(match.group("day").casefold()))
        elif lead == "time" and _FLAT_TIME.match(cell):
            time = _time(cell)
        else:
            return None
    return weekday, time


def _lead_columns(lines: list[Line], start: int) -> list[str]:
    """The columns a flattened table's header names one a line before its months (after the body's column,
    "Organ"), each row's cells after its body's name: "weekday" for "Dag", "time" for "Kl"; none when the
    header names another column there (a date's, a place's), whose cells the row's reading cannot check."""
    leads: list[str] = []
    position = start - 1
    while position >= 0:
        label = lines[position].stripped.rstrip(".:").casefold()
        if label in _LEAD_WEEKDAY_LABELS or label in _LEAD_TIME_LABELS:
            leads.insert(0, "weekday" if label in _LEAD_WEEKDAY_LABELS else "time")
        elif label in _COLUMN_LABELS:
            return []
        else:
            break
        position -= 1
    return leads


# A footnote under a plan's table or list: the marker it explains, then what it means ("*= inkl bokslutsdag",
# "** Tertial 1", "*3) 16 juni kl. 18.00", "¹ Preliminärt"). Never a heading: the body's dates go on under it.
_FOOTNOTE = re.compile(r"^(?:\*{1,4}\s*(?:\d{1,2}\))?|\d{1,2}\)|[¹²³†‡])\s*=?\s*[^\W\d]", re.IGNORECASE)


# Where a body's name may start inside a line run together: a word in capitals or with a capital first.
_CAPITAL_WORD = re.compile(r"(?<![\w\-åäöÅÄÖ])[A-ZÅÄÖ][\wåäöÅÄÖ-]*")
# A line long enough to be several of a plan's lines run together; shorter ones are read as lines.
_RUN_TOGETHER_WORDS = 6
_FIRST_WORD = re.compile(r"\s*(\S+)")


# body_at_start reads a body's name from a text's first six words: a window holding more than this many words
# (the last maybe cut) tells as well as the whole text whether one is named there.
_NAME_WORDS = 7
_NAME_WINDOW = 300  # characters
# How every list of dates _list_dates reads starts (a looser pattern than its own, never longer than this many
# characters): a bullet, then a digit (a day, an ISO date's year, a numbered point), or a digit after "vecka", a
# weekday, "den" or a month as its days' label ("September: 5, 19").
# A month's line may hold a remark and marks before its first day ("Juli extra *2", "Augusti *6, 20"), as
# _MONTH_THEN_DAYS reads it.
_DATES_MAY_START = re.compile(r"\s*(?:[" + BULLET_GLYPHS + r"*–-]\s*)?(?:\d|(?:vecka|v\.?)\s*\d|"
                              + _WEEKDAY_LEAD + r"\d|[A-Za-zÅÄÖåäö]{3,9}\.?\s*:?\s+(?:" + _DAY_REMARK_WORD
                              + r"\s+)?\*{0,4}\d)",
                              re.IGNORECASE)
_DATES_START_WITHIN = 40
_NON_SPACE = re.compile(r"\S+")


class _Words:
    """A long line's words as str.split() gives them, split once: what follows a body's name at any point of the
    line, its words joined by single spaces as body_at_start joins them, without splitting all the rest of the
    line again at each capital word a run-on plan is tried at."""

    def __init__(self, text: str, normal: bool = False):
        self.text = text
        self.starts: list[int] | None = None  # each word's start in text, where text is not normal
        self.ends: list[int] = []
        self.offsets: list[int] = []  # each word's start in normal
        self.normal: str | None = text  # the words joined by single spaces; None when the split cannot be mirrored
        if normal:
            return  # the caller knows text is its words joined by single spaces
        spans = [found.span() for found in _NON_SPACE.finditer(text)]
        words = [text[a:b] for a, b in spans]
        if words != text.split():
            self.normal = None
            return
        self.normal = " ".join(words)
        if self.normal != text:
            self.starts, self.ends = [a for a, _ in spans], [b for _, b in spans]
            self.offsets = list(accumulate((len(word) + 1 for word in words[:-1]), initial=0))

    def after(self, start: int, count: int) -> str | None:
        """' '.join(text[start:].split()[count:]) for a start on a word's letter and count >= 1; None when
        it cannot be told from the split."""
        if self.normal is None:
            return None
        if self.starts is None:  # single spaces: the count-th space after start ends the name
            at = start
            for _ in range(count):
                at = self.text.find(" ", at)
                if at < 0:
                    return ""
                at += 1
            return self.text[at:]
        word = bisect.bisect_right(self.starts, start) - 1
        if word < 0 or start >= self.ends[word]:
            return None
        return self.normal[self.offsets[word + count]:] if word + count < len(self.offsets) else ""


def _name_in_window(text: str, start: int) -> tuple[tuple[str, str] | None, int] | None:
    """body_at_start(text[start:]) judged from a window of its first words without copying or splitting the
    rest: (its body's name and the rest of the window, or None; the name's words). None when the window cannot
    tell (it is the whole rest, or its words are too long)."""
    window = text[start:start + _NAME_WINDOW]
    if start + _NAME_WINDOW >= len(text) or len(window.split(maxsplit=_NAME_WORDS)) <= _NAME_WORDS:
        return None
    words = window.split()[:-1]  # the last word may be cut
    found = body_at_start(" ".join(words))
    return found, (len(words) - len(found[1].split()) if found else 0)


# A digit or a sentence's end ("Hova. Kommunstyrelsens arbetsutskott"): no part of a body's name.
_NOT_IN_A_NAME = re.compile(r"\d|[.!?:;]\s")


def _no_name(found: tuple[str, str] | None) -> bool:
    """Whether body_at_start's finding names no body a plan's line can start with."""
    return not found or not found[0] or bool(_NOT_IN_A_NAME.search(found[0])) or bool(PLAN_HEADING.search(found[0]))


@dataclass
class _Segment:
    """A body's name and its dates read from a run-on line: (body, year stated after the name, dates, rest)."""

    name: str
    stated: int | None
    dates: list
    rest: str
    rest_is_normal: bool  # whether rest is its words joined by single spaces


_DATE_AHEAD = re.compile(r"\s(?=(?:" + _WEEKDAY_LEAD + r")?\d{1,2}(?:\s+[A-Za-zÅÄÖåäö]{3,9}\b|/\d{1,2}\b))",
                         re.IGNORECASE)


def _whole_name_before_dates(reader: _Reader, text: str, start: int) -> tuple[str, str] | None:
    """(body, the text from its dates on) where the words from start to the first date, a few and no digit, are a
    body's name exactly as _named reads a heading's; None otherwise. Only a name's length of text is searched."""
    ahead = _DATE_AHEAD.search(text[start:start + _NAME_WINDOW])
    if ahead is None:
        return None
    words = text[start:start + ahead.start()].strip()
    if not words or len(words.split()) > _NAME_AFTER_DATE_WORDS or _NOT_IN_A_NAME.search(words + " ") \
            or not words[:1].isupper():
        return None  # "Hova. Kommunstyrelsens arbetsutskott": a sentence's end is no part of a name
    name = _named(reader, words)
    if name is None or name.casefold() != words.casefold():
        return None
    return name, text[start + ahead.end():]


def _body_and_dates_at(reader: _Reader, text: str, start: int = 0, words: _Words | None = None) -> _Segment | None:
    """A body's name at text[start:] followed by its dates ("Regionfullmäktige 2024 21 februari 24
    april", "KF: 29 januari, 26 februari"), or None. `words`: text's, split once for many tries along it."""
    first = _FIRST_WORD.match(text, start)
    first = first.group(1).rstrip(":") if first else ""
    whole = _whole_name_before_dates(reader, text, start)
    if whole:
        # "Kommunfullmäktiges presidium 14 januari ...", "Myndighetsnämnd Bygg och miljö 25 januari ...": all the
        # words before the dates name one body, as the same words in a heading do.
        name, after = whole
        stated, after = _stated_year_cut(after)
        dates, rest = _list_dates(after)
        if dates:
            return _Segment(name, stated, dates, rest, True)
    if first in reader.legend:
        code_and_after = text[start:].split(maxsplit=1)
        name, after = reader.legend[first], code_and_after[1] if len(code_and_after) > 1 else ""
        rest_is_normal = False
    else:
        window = _name_in_window(text, start)
        if window and _no_name(window[0]):
            return None  # the same name (or none) as the whole text's: its first six words decide it
        if window and len(after := _stated_year_cut(window[0][1])[1]) >= 2 * _DATES_START_WITHIN \
                and not _DATES_MAY_START.match(after):
            return None  # no list of dates starts after the name (the window's rest is the start of the whole's)
        after = words.after(start, window[1]) if window and words else None
        if after is not None:
            name = window[0][0]
        else:
            found = body_at_start(text[start:])
            if _no_name(found):
                return None  # "Hova. Kommunstyrelsens arbetsutskott": a sentence's end is no part of a name
            name, after = found
        rest_is_normal = True
    stated, after = _stated_year_cut(after)
    dates, rest = _list_dates(after)
    if not dates:
        return None
    return _Segment(name, stated, dates, rest, rest_is_normal)


_STATED_YEAR = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)(?![\d-])\s*")
_LABEL_SIGN = re.compile(r"^\s*[:–-]\s*")


def _stated_year_cut(after: str) -> tuple[int | None, str]:
    """The year stated right after a body's name ("Regionfullmäktige 2024 21 februari"), and what follows it and
    a dash or colon."""
    stated = _STATED_YEAR.match(after)
    after = after[stated.end():] if stated else after
    return int(stated.group("year")) if stated else None, _LABEL_SIGN.sub("", after, count=1)


# "12/4": a day and month as numbers anywhere in a line ("Kommunfullmäktige 12/4 7/6 13/9 Kommunstyrelsen 19/4 ...").
_SLASH_DATE_IN_TEXT = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])")


def _bodies_with_their_dates(reader: _Reader, text: str, year: int | None):
    """A line in which several bodies each stand with their dates, as a plan's lines come out of a PDF
    run into one ("1 Sammanträdesplan 2019 Kommunfullmäktige 28 januari 25 februari Kommunstyrelsen 14
    januari 11 februari"): [(body, year, dates)], or None unless the whole line after a lead without
    dates is such segments (two or more, or one after a plan's heading). The lead's one year (a
    heading's, "sammanträder följande dagar 2022:") is the year where a segment states none."""
    if len(text.split()) < _RUN_TOGETHER_WORDS or not (_DAY_AND_MONTH.search(text) or _SLASH_DATE_IN_TEXT.search(text)):
        return None
    words = _Words(text)
    for start in _CAPITAL_WORD.finditer(text):
        segment = _body_and_dates_at(reader, text, start.start(), words)
        if segment:
            break
    else:
        return None
    lead = text[: start.start()]
    if _DAY_AND_MONTH.search(lead) or _SLASH_DAY.search(lead.strip()):
        return None
    lead_years = set(_YEAR.findall(lead))
    lead_year = int(lead_years.pop()) if len(lead_years) == 1 else year
    segments = []
    while segment:
        segments.append((segment.name, segment.stated or lead_year, segment.dates))
        rest = segment.rest.strip(" ,;.")
        if not rest:
            break
        segment = _body_and_dates_at(reader, rest, 0, _Words(rest, normal=segment.rest_is_normal))
        if segment is None:
            return None
    if len(segments) < 2 and not PLAN_HEADING.search(lead.strip()):
        return None
    return segments


# A paragraph this long is a page's lines run together, prose and lists alike.
_RUN_TOGETHER_PARAGRAPH_WORDS = 25
# Dates a body's name must be followed by for its run to count inside prose: one date after a name may
# be a sentence's ("Kommunstyrelsen 14 december beslutade ..."); a run of them is a list's.
_DATES_IN_PROSE = 2


def _bodies_with_dates_in_prose(reader: _Reader, text: str, year: int | None):
    """A page run into one paragraph, its lists between sentences ("... sammanträder följande dagar 2022:
    Kommunstyrelsen 2 februari, 2 mars, 6 april Kommunfullmäktige 31 januari, 28 februari
    Kommunfullmäktiges sammanträden är öppna ... Kommunstyrelsens arbetsutskott 19 januari, 16
    februari"): each body's name followed by two or more dates is that body's run; what stands between
    the runs is not read. [(body, year, dates)] when there are two runs or more, else None."""
    if len(text.split()) < _RUN_TOGETHER_PARAGRAPH_WORDS or not _DAY_AND_MONTH.search(text):
        return None
    segments = []
    lead_end = None
    position = 0
    words = _Words(text)
    for start in _CAPITAL_WORD.finditer(text):
        if start.start() < position:
            continue
        segment = _body_and_dates_at(reader, text, start.start(), words)
        if not segment or len(segment.dates) < _DATES_IN_PROSE:
            continue
        if lead_end is None:
            lead_end = start.start()
        segments.append((segment.name, segment.stated, segment.dates))
        position = len(text) - len(segment.rest)
    if len(segments) < 2:
        return None
    lead_years = set(_YEAR.findall(text[:lead_end]))
    lead_year = int(lead_years.pop()) if len(lead_years) == 1 else year
    return [(name, stated or lead_year, dates) for name, stated, dates in segments]

# A record's field label for its one meeting's date ("Sammanträdesdatum", "Mötesdatum:"), as kallelser and
# protocols set it; with a year ("Mötesdatum 2019") it heads a plan.
_DATE_FIELD_LABEL = re.compile(ocr_tolerant(r"^(?:sammanträdesdatum|mötesdatum|datum)\s*:?$"), re.IGNORECASE)

# The words of a table's header row in a plan: what each column holds, no body's name.
_COLUMN_LABELS = OcrTolerantWords({  # a scan's "Daturn" too (text.OcrTolerantWords)
    "dag", "datum", "tid", "tider", "kl", "kl.", "klockan", "notering", "noteringar", "anteckning", "anteckningar",
    "anmärkning", "kommentar", "plats", "lokal", "veckodag", "vecka", "v", "v.", "månad", "starttid", "mötestid",
    "sammanträdesdag", "sammanträdesdatum", "ärendestopp"})


_PLACE_LABEL = re.compile(r"\b(?:plats|lokal)\b", re.IGNORECASE)
_LONE_COLUMN_LABELS = OcrTolerantWords({"datum", "plats", "lokal", "tid"})  # a scan's "Daturn" too


# A row's other cell ("Alstermo", "Sessionssalen") is a name of a few words.
_CELL_WORDS = 3


def _cell_between_dates(lines: list[Line], position: int) -> bool:
    """Whether lines[position] is a short cell right after a date line and right before another: a row's
    second column in a table flattened one cell a line. A time cell may stand between ("5 februari" / "09.00" /
    "Kommunhuset" / "11 mars": a "Datum / Tid / Plats" table, its time column as Tomelilla's, Vårgårda's and
    Ystad's tables set one)."""
    if len(lines[position].stripped.split()) > _CELL_WORDS:
        return False
    before, after = position - 1, position + 1
    if before > 0 and _FLAT_TIME.match(lines[before].stripped):
        before -= 1
    if after < len(lines) - 1 and _FLAT_TIME.match(lines[after].stripped):
        after += 1
    if not 0 <= before < position < after < len(lines):
        return False
    return _is_date_line(lines[before].stripped) and _is_date_line(lines[after].stripped)


def _is_column_labels(text: str) -> bool:
    words = [w.strip(":/|,").casefold() for w in text.split()]
    if len(words) == 1:
        # "Datum" / "Plats" one a line: a table's header flattened one cell a line, under the body's heading.
        return words[0] in _LONE_COLUMN_LABELS
    return len(words) >= 2 and all(w in _COLUMN_LABELS for w in words if w)


# A label and its value under a body's heading: "Ordförande: Hanna Wagenius (C)", "Lokal: Rådhuset".
_DETAIL_LABEL = re.compile(r"^(?P<label>[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+){0,2}):\s+\S")
# A meeting's label before its date under a body's heading: "Nästa sammanträde 2021-04-19", "Möte: 4 mars".
_MEETING_DATE_LABEL = re.compile(ocr_tolerant(r"^(?:nästa\s+)?(?:sammanträde|möte|sammanträdesdatum|mötesdatum)"
                                              r"\s*:?\s+(?=\d)")
                                 + r"(?!(?:19|20)\d\d\s*:?$)",  # "Sammanträdesdatum 2024": a plan's heading
                                 re.IGNORECASE)
# An ISO date with the meeting's second day after it: "2021-06-07--08", "2021-06-07–08".
_ISO_TWO_DAYS = re.compile(r"^(?P<first>\d{4}-\d{2}-\d{2})\s*(?:--|[–—-])\s*\d{1,2}$")
# A month standing alone as a heading over its days: "Januari", "Februari 2024", "Mars:".
_MONTH_HEADING = re.compile(r"^(?P<month>[A-Za-zÅÄÖåäö]{3,9})\.?(?:\s+(?P<year>(?:19|20)\d\d))?\s*:?$")
# Days under a month heading: "23", "9, 23", "Tisdag 23", "23 (tisdag)", "23 Kommunstyrelsen".
_DAYS_ONLY = re.compile(r"^(?:(?P<weekday>" + "|".join(WEEKDAYS) + r")\s*,?\s+)?"
                        r"(?P<days>\d{1,2}(?:\s*(?:,|och)\s*\d{1,2})*)"
                        r"(?:\s*\((?P<dayname>" + "|".join(WEEKDAYS) + r")\))?(?:\s+(?P<rest>\D.*))?$",
                        re.IGNORECASE)
# Between "sammanträder" and its dates: "den", "på följande dagar:", "följande datum:", "år 2024:".
_MEETS_ON = re.compile(ocr_tolerant(r"^\s*(?:(?:den|på|följande|datum|dagar|dag|år|under|\d{4}(?![-\d/]))\s*:?\s*)*"),
                       re.IGNORECASE)


def _days_under_month(reader: _Reader, line: Line, month: int, body: str | None, year: int | None,
                      usual_time: str | None) -> bool:
    """A line of days under a month's heading, for the body heading them or the body the line
    names after the day; False (nothing read) for any other line."""
    match = _DAYS_ONLY.match(line.stripped)
    if not match:
        return False
    rest = (match.group("rest") or "").strip()
    time = marker = None
    if rest:
        # "23 Kommunstyrelsen", "15 RSAU" (a code the plan's legend explains), "28 KF inställt": whose meeting.
        trailing = _trailing_body(rest)
        code = rest.split()[0]
        if not trailing and _CODE.match(code) and (coded := _named(reader, code)):
            after = rest[len(code):].strip()
            remark = _REMARK_AFTER_BODY.match(after) if after else None
            if after and not remark and not _TIME_AFTER.match(after):
                return False
            trailing = coded, "" if remark else after, remark.group("remark") if remark else None
        if not trailing:
            return False
        body, after, marker = trailing
        time = _time(after) if after else None
        marker = _as_marker(marker)
    if body is None:
        return False
    weekday = _full_weekday(match.group("weekday") or match.group("dayname"))
    days = [int(day) for day in re.findall(r"\d{1,2}", match.group("days"))]
    if not all(1 <= day <= 31 for day in days):
        return False
    for day in days:
        reader.entries.append(Entry(body=body, month=month, day=day, line=line.number, year=year, marker=marker,
                                    weekday=weekday if len(days) == 1 else None, start_time=time or usual_time))
    return True



def _bare_day_lines(lines: list[Line], start: int) -> int:
    """How many lines from `start` hold days and nothing else ("23", "9, 23") or a dash (an empty cell),
    one after another."""
    count = 0
    while start + count < len(lines):
        text = lines[start + count].stripped
        match = _DAYS_ONLY.match(text)
        if not _FLAT_EMPTY.match(text) and (not match or match.group("rest") or match.group("weekday")
                                            or match.group("dayname")):
            break  # a dash is an empty cell of the same row
        count += 1
    return count

# A year between a body's name and its dates ("Regionfullmäktige 2024 21 februari"), as its heading states it.
_YEAR_BEFORE_DATES = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)(?![\d-])\s*:?\s*(?=\d)")

# What may stand between a date and whose meeting it is: a dash, a colon, a comma, an opening bracket.
_BODY_AFTER_DATE = re.compile(r"^[\s–—:,-]*(?:\(\s*)?")

# A day's time before whose meeting it is: "2024-01-23 kl 13.00 Kommunstyrelsen".
# ("kl. 18.30 extrainsatt, Kommunfullmäktige": a remark may stand before the body, as _trailing_body reads it; any
# word after the time, as the pattern's case is ignored: _trailing_body decides.)
_TIME_THEN_BODY = re.compile(r"^(?:kl(?:ockan)?\.?\s*)?\d{1,2}[.:]\d{2}\s+(?=[A-ZÅÄÖa-zåäö])", re.IGNORECASE)
# "Kommunstyrelsen: 23 januari, ...": a body's name, a colon, its dates.
_BODY_LABEL = re.compile(r"^(?P<body>[A-ZÅÄÖ][\wåäö ,/-]{1,60}?)\s*:\s*(?P<dates>\d.*)$")
# "kl. 18.00", "klockan 9.00", "18.00", "kl. 18" right after a day; a span's end after either ("kl. 10-12").
_TIME_AFTER = re.compile(r"^(?:,\s*)?(?:(?:kl(?:ockan)?\.?\s*)?(?P<time>\d{1,2}[.:]\d{2})"
                         r"(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?|kl(?:ockan)?\.?\s*(?P<hour>\d{1,2})"
                         r"(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?(?![\d.:]))",
                         re.IGNORECASE)
# "Tisdagar, klockan 13.15", "Onsdagar kl. 9.00", "Klockan 14.00": the body's usual weekday and time.
_SCHEDULE_LINE = re.compile(
    r"^(?:(?:(?:mån|tis|ons|tors|fre|lör|sön)dagar|(?:" + "|".join(WEEKDAYS) + r")(?:ar)?)\s*(?:,|och)?\s*)*"
    r"(?:(?:klockan|kl\.?)\s*)+\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\.?$",
    re.IGNORECASE,
)

# "Torsdagar", "Måndagar och torsdagar" on a line of their own under a body's heading (Karlskrona): the body's
# usual weekday as Umeå, Uppvidinge and Ekerö write it with its time ("Tisdagar, klockan 13.15").
_USUAL_WEEKDAYS = re.compile(r"^(?:(?:mån|tis|ons|tors|fre|lör|sön)dagar(?:\s*(?:,|och|eller)\s*)?)+$", re.IGNORECASE)


def _join_broken_headings(lines: list[Line]) -> list[Line]:
    """A body's heading that the page broke after its genitive ("Kommunstyrelsens" / "arbetsutskott")
    is one heading."""
    def broken_after_its_genitive(previous: Line, line: Line) -> bool:
        return bool(re.fullmatch(r"[A-ZÅÄÖ][\wåäö-]+s", previous.stripped)
                    and naming.body_kind(previous.stripped[:-1]) and _is_heading(line.stripped)
                    and line.stripped[:1].islower() and naming.body_kind(line.stripped.split(",")[0]))

    return _joined_onto_previous(lines, broken_after_its_genitive)


# A meeting moved, its new date in the remark after the planned one: "23 april - OBS! Ändrat till 9 maj" (Uppvidinge),
# as news of a moved meeting says it ("flyttas fram till den 23 november", Herrljunga; "framflyttat till den 20
# oktober", Öckerö).
_MOVED_TO = re.compile(r"^[\s(–—,-]*(?:obs!?\s*)?(?:ändra[td]|ändras|(?:fram)?flytta[td]|flyttas)"
                       r"(?:\s+fram)?\s+till\s+(?:den\s+)?(?=\d)", re.IGNORECASE)


def _moved(reader: _Reader, line: Line, dates: list, rest: str) -> tuple[list, str]:
    """A planned date whose remark moves it ("23 april - OBS! Ändrat till 9 maj"): the meeting is held on
    the new date, which is read in place of the planned one (noted); anything else as it was read."""
    moved = _MOVED_TO.match(rest) if len(dates) == 1 and rest else None
    if not moved:
        return dates, rest
    new, left = _list_dates(rest[moved.end():])
    if len(new) != 1:
        return dates, rest
    day, month, stated_year, marker, weekday, time = new[0]
    reader.notes.append(f"rad {line.number}: {line.stripped!r}: sammanträdet flyttat; det nya datumet tas")
    return [(day, month, stated_year or dates[0][2], marker, weekday, time)], left.strip(" )")


# A day kept in reserve, named so in the remark after the dates ("15, 16 november (Heldag, budgeten hanteras.
# Reservdag 16 november om ärenden återstår)", Nacka; "reserveras även den 24 november för ett eventuellt extra
# sammanträde", Herrljunga): held only if needed, so no planned meeting.
_RESERVE_DAY = re.compile(r"\breserv(?:dag(?:en)?|datum|eras)\b(?:\s+(?:även|också))?\s+(?:den\s+)?"
                          r"(?P<day>\d{1,2})\s+(?P<month>[A-Za-zÅÄÖåäö]{3,9})\b", re.IGNORECASE)


def _without_reserve_days(reader: _Reader, line: Line, dates: list, rest: str) -> list:
    """The dates a line lists without those its remark keeps in reserve (noted); all when it names none, or
    names every one (what such a line means is not guessed: it reads as before)."""
    reserve = {(int(found.group("day")), month_number(found.group("month")))
               for found in _RESERVE_DAY.finditer(rest)} if dates and rest else set()
    kept = [date for date in dates if (date[0], date[1]) not in reserve]
    if len(kept) < len(dates):
        reader.notes.append(f"rad {line.number}: {line.stripped!r}: en reservdag är inget planerat sammanträde")
    return kept if kept else dates


# A meeting added to the plan, marked so beside its date: "26 mars (extrainsatt)" (Skara), "• Extrainkallat sammanträde
# 28 oktober" (Jämtlands Gymnasieförbund), the words news of one uses ("Extrainsatt kommunfullmäktige den 28 december",
# Ljusdal; "ett extra fullmäktige ... den 22 december", Ragunda). The words, as written, are the meeting's marker; a
# remark after the date only when it says nothing else.
# So a meeting the plan marks as held in public, the remark alone beside its date: "2 maj (öppet sammanträde)"
# (Herrljunga), the meeting's kind as "Extrainkallat sammanträde" is.
_EXTRA_REMARK = re.compile(r"^[\s(–—,-]*(?P<marker>" + _EXTRA + r"|" + _OPEN_MEETING + r")[\s).]*$",
                           re.IGNORECASE)
_EXTRA_FIRST = re.compile(r"^\s*(?:[" + BULLET_GLYPHS + r"*–-]\s*)?(?P<marker>" + _EXTRA + r")\s+(?=\d)", re.IGNORECASE)
# A meeting called off: "PLU inställt", "sammanträde 30 augusti är inställt".
_EXTRA_IN_CELL = re.compile(r"(?<![\wåäö])(" + _EXTRA + r"|" + _OPEN_MEETING + r")", re.IGNORECASE)
_CANCELLED_WORDS = ("inställt", "inställd", "inställs", "utgår")
_CANCELLED = re.compile(ocr_tolerant(r"\b(" + "|".join(_CANCELLED_WORDS) + r")\b"), re.IGNORECASE)
# A cancellation word right after a body's code: "KS inställt".
_CANCELLED_AHEAD = re.compile(r"\s*(" + _CANCELLED.pattern + ")", re.IGNORECASE)
_DAY_AND_MONTH = re.compile(r"(?<![\d.:/-])(?P<day>\d{1,2})(?::e|:a|e)?\s+(?P<month>[A-Za-zÅÄÖåäö]{3,9})\.?"
                            r"(?:\s+(?P<year>(?:19|20)\d\d)(?!\d))?(?![\wåäö])")
_CODE_IN_TEXT = re.compile(r"(?<![\wåäöÅÄÖ-])[A-ZÅÄÖ]{2,8}(?![\wåäöÅÄÖ-])")


# The meeting's papers named after its date, the links a body's page gives beside each meeting ("2 mars
# Protokoll", "22 juni Kallelse och handlingar", Vadstena): a body's page names its papers so as link texts
# (Partille, Tomelilla, Umeå "Protokoll"; Båstad, Kiruna "Kallelser och handlingar"); nothing but them.
_PAPER_NAME = (r"(?:protokoll(?:et)?|kallelse[rn]?|handlingar(?:na)?|föredragningslista[n]?|dagordning(?:en)?"
               r"|ärendelista[n]?)")
_PAPERS_LINKS = re.compile(_PAPER_NAME + r"(?:\s*(?:,|och|&)\s*" + _PAPER_NAME + r")*", re.IGNORECASE)


# The most words a remark after a date may have and the line still be an item of a list without its
# bullet ("i sessionssalen", "– inställt", "- extra sammanträde"); more is an event's or a news item's title.
_LIST_REMARK_WORDS = 4


def _in_a_list(lines: list[Line], position: int) -> bool:
    """Whether the line at `position` stands in a list of dates: the line before it or after it is a date."""
    return any(0 <= near < len(lines) and _is_date_line(lines[near].stripped) for near in (position - 1, position + 1))


# A line this long, or ending as a sentence does, is running text, not a heading over a list.
_PROSE_WORDS = 12


def _alone_after_prose(lines: list[Line], position: int) -> bool:
    """A date line without a bullet, no date line beside it, right after running text."""
    if position == 0 or _BULLET.match(lines[position].text) or _in_a_list(lines, position):
        return False
    before = lines[position - 1].stripped
    if before.endswith(":"):
        return False  # "... sammanträder följande dagar:": the lead of the dates after it
    return before.endswith((".", "!", "?")) or len(before.split()) > _PROSE_WORDS


def _run_on_meetings(reader: _Reader, line: Line, body: str | None, year: int | None) -> bool:
    """Meetings stated in running text rather than a list: after each date the bodies' codes that
    meet on it, each perhaps with its time or a word that calls it off ("30 maj AU 08.15-10.00
    13 juni AU 08.15-10.00 PLU inställt 20 juni Inställt AU"); or a sentence that calls off the
    heading's body's meeting of one date ("sammanträde 30 augusti är inställt"). False (nothing
    read) for any other line: a date in a sentence is no meeting by itself."""
    text = line.stripped
    dates = [m for m in _DAY_AND_MONTH.finditer(text) if month_number(m.group("month"))]
    if not dates:
        return False
    found: list[Entry] = []
    for n, date in enumerate(dates):
        segment = text[date.end(): dates[n + 1].start() if n + 1 < len(dates) else len(text)]
        stated = int(date.group("year")) if date.group("year") else year
        month, day = month_number(date.group("month")), int(date.group("day"))
        for code in _CODE_IN_TEXT.finditer(segment):
            known = body_name(code.group()) if code.group().casefold() in ABBREVIATIONS else None
            named = reader.legend.get(code.group()) or known or reader.code_named(code.group())
            after = segment[code.end():]
            if not named or after.lstrip().startswith(":"):
                continue  # "KS: 15 januari": a label of the dates after it, not a meeting on the date before
            before = segment[: code.start()].split()
            cancelled = _CANCELLED_AHEAD.match(after)
            if not cancelled and before and _CANCELLED.fullmatch(before[-1]) and not (
                    len(before) > 1 and _CODE_IN_TEXT.fullmatch(before[-2])):
                cancelled = _CANCELLED.fullmatch(before[-1])
            time = re.match(r"\s*(?:kl\.?\s*)?(\d{1,2}[.:]\d{2})", after)
            found.append(Entry(body=named, month=month, day=day, line=line.number, year=stated,
                               marker=_as_marker(cancelled.group(1)) if cancelled else None,
                               start_time=_time(time.group(1)) if time else None))
    if not found and body and len(dates) == 1 and _CANCELLED.search(text) and re.search(r"sammanträde|möte", text,
                                                                                         re.IGNORECASE):
        date = dates[0]
        found.append(Entry(body=body, month=month_number(date.group("month")), day=int(date.group("day")),
                           line=line.number, year=int(date.group("year")) if date.group("year") else year,
                           marker=_as_marker(_CANCELLED.search(text).group(1))))
    reader.entries.extend(found)
    return bool(found)


_PLAN_BODY_END = re.compile(
    r"(nämnd|nämnden|styrelse|styrelsen|utskott|utskottet|fullmäktige|presidium|presidiet|råd|rådet|beredning|"
    r"beredningen|direktion|direktionen|delegation|delegationen|kommitté|kommittén|revisorerna)$", re.IGNORECASE)
_MEETS = re.compile(ocr_tolerant(r"^\S+(?:\s+\S+){0,4}?\s+(sammanträder|träffas|möts)\b"), re.IGNORECASE)
# (A name whose first parts are cut and joined by "och" is named whole: "Kultur- och fritidsnämnden", "Barn-,
# utbildning- och kulturnämnden"; its last part alone, "Fritidsnämnden", is another body.)
_NAMED_IN_TEXT = re.compile(r"\b(?:[\wåäöÅÄÖ]+-,?\s+(?:[\wåäöÅÄÖ]+-,?\s+)*(?:och|&)\s+)?"
                            r"[\wåäöÅÄÖ-]*(?:fullmäktige|styrelsen|nämnden|utskottet|direktionen)\b", re.IGNORECASE)
# A body's kind word alone, as a page calls its own body in running text ("Fullmäktige sammanträder ...",
# "Styrelsen förbereder ...", "Nämndens sammanträden ..."): the body the page is about, never another.
# Words a lead opens with that name no one meeting ("Under 2024 sammanträder direktionen", "Vi sammanträder").
_NO_SUBJECT_WORDS = {"under", "i", "vi", "man", "det", "den", "de", "nu", "här", "där", "då", "alla", "samtliga"}
# "Under 2017", "Under år 2018", "I år": when, before a lead's verb; the subject then stands after it (a Swedish
# sentence's verb second: "Under 2017 sammanträder kommunfullmäktige på följande datum:", Karlskoga, Överkalix,
# Jämtlands Gymnasieförbund).
# ("Under hösten 2024", "Under första halvåret 2024": the words of a part of the year too.)
_WHEN_BEFORE_THE_VERB = re.compile(r"^(?:under|i)(?:\s+(?:år|våren|hösten|vårterminen|höstterminen|första|andra"
                                   r"|halvåret|(?:19|20)\d\d))+$", re.IGNORECASE)
# "..., klockan 18.00:" after the dates' words: when the body meets, no more.
_TIME_AT_THE_END = re.compile(r",?\s*(?:kl(?:ockan)?\.?\s*)\d{1,2}(?:[.:]\d{2})?\s*:?$", re.IGNORECASE)


def _subject_after_the_verb(text: str, lead: re.Match) -> str | None:
    """The body a lead opening with when it meets names right after its verb, where nothing but the dates' words
    ("på följande datum:", "följande dagar:") follow the name; None for any other lead."""
    if not _WHEN_BEFORE_THE_VERB.match(" ".join(text[: lead.start(1)].split())):
        return None
    after = text[lead.end():].strip()
    found = body_at_start(after[:1].upper() + after[1:])
    if not found or not found[0] or _TIME_AT_THE_END.sub("", _MEETS_ON.sub("", found[1], count=1)).strip(" :"):
        return None
    return found[0]


# A sentence that gives a body's meetings of the year, its dates closing it, as a body's web page states them where it
# lists none: "Under 2022 sammanträder Enköpings kommunala tillgänglighetsråd på Linbanegatan 12, om inget annat anges,
# den 10 februari, 16 mars, 19 maj, 13 oktober och 17 november.", "Nämnden sammanträder i kommunhuset den 3 mars och 7
# april 2025 klockan 13.00." Between the subject and the dates only where and how it meets (a place, "om inget annat
# anges", a time; _SENTENCE_MIDDLE_WORDS at most), no word that calls a meeting off or tells of one held, and no other
# body (whose the dates then are the words do not prove); after the dates at most their year, a time, a place.
_SENTENCE_MIDDLE_WORDS = 10
_NO_MEETING_WORDS = re.compile(ocr_tolerant(r"(?<![\wåäö])(?:inte|ej|aldrig|inställ\w*|utgår|sammanträdde|träffades"
                                            r"|möttes|tidigare|förra|senaste|senast|nästa)(?![\wåäö])"), re.IGNORECASE)
_SENTENCE_TAIL = re.compile(r"\s*(?:(?:19|20)\d\d)?\s*(?:,?\s*(?:kl(?:ockan)?\.?\s*)\d{1,2}(?:[.:]\d{2})?)?"
                            r"(?:,?\s+(?:i|på)\s+[A-ZÅÄÖa-zåäö][\wåäö-]*(?:\s+[\wåäö-]+){0,3})?\s*\.?\s*$")
# Where the subject named after the verb ends: a place's or a time's word, a comma, the dates' own words (a weekday's).
_SUBJECT_ENDS = re.compile(r"\s+(?=(?:i|på|vid|under|den|följande|klockan|kl\.?|om|(?:" + "|".join(WEEKDAYS)
                           + r")(?:en)?)\s)|(?<!-)\s*,|\s+(?=\d)", re.IGNORECASE)
# A date as day and month in numbers in running text, after "den" (a sentence's "1/2 dag" is none).
_SLASHED_AFTER_DEN = re.compile(r"\bden\s+((?<![\d/])\d{1,2}/\d{1,2}(?![\d/]))", re.IGNORECASE)


def _dates_closing_the_sentence(after: str, least: int = _DATES_IN_PROSE) -> tuple[str, list] | None:
    """What stands before the dates that close a sentence about when a body meets, and the dates (_list_dates'), read
    from the words after its verb: `least` dates or more running to the sentence's end, a middle of a few words before
    them; None for any other sentence."""
    named = next((found.start() for found in _DAY_AND_MONTH.finditer(after) if month_number(found.group("month"))),
                 None)
    slashed = _SLASHED_AFTER_DEN.search(after)  # "den 12/2, 18/3 och 14/5"
    starts = [at for at in (named, slashed.start(1) if slashed else None) if at is not None]
    if not starts:
        return None
    start = min(starts)
    weekday = _WEEKDAY_BEFORE.search(after, 0, start)  # "måndagen den 12 februari, ...": the date's own weekday
    if weekday and weekday.end() == start:
        start = weekday.start()
    middle = after[:start]
    dates, left = _list_dates(after[start:])
    if len(dates) < least or not _SENTENCE_TAIL.fullmatch(left) or len(middle.split()) > \
            _SENTENCE_MIDDLE_WORDS + 6 or _NO_MEETING_WORDS.search(middle + " " + left):
        return None
    return middle, dates


def _dates_in_a_meeting_sentence(text: str) -> int:
    """How many dates close a sentence of `text` (a line, one sentence or a paragraph's) of when a body meets
    (_dates_closing_the_sentence) that states their year: such a sentence under a heading of meeting dates is the
    page's plan, as a list would be; 0 for any other."""
    most = 0
    for sentence in _sentences(text):
        meets = _MEETS.match(sentence) if _YEAR.search(sentence) else None
        closing = _dates_closing_the_sentence(sentence[meets.end():]) if meets else None
        most = max(most, len(closing[1]) if closing else 0)
    return most


_SENTENCES_TRIED = 12  # a paragraph's sentences, at most


def _sentences(text: str) -> list[str]:
    """A line's sentences, each with its full stop: "Rådet möts i stadshuset. Under 2022 sammanträder rådet den 10
    februari och 16 mars." (one sentence a line most often)."""
    if ". " not in text:
        return [text]
    parts = _SENTENCE_END.split(text, maxsplit=_SENTENCES_TRIED)
    return [part if part.endswith(".") or n == len(parts) - 1 else part + "." for n, part in enumerate(parts)]


def _meetings_in_sentences(reader: _Reader, text: str, body: str | None) -> list[tuple[str, str, list]]:
    """[(sentence, body, dates)] of each sentence of the line that gives when a body meets with its dates closing it
    (_meetings_in_one_sentence), the page's body of one going on to the next ("Nämnden ..."); [] for none."""
    found = []
    for sentence in _sentences(text):
        meets = _MEETS.match(sentence)
        in_one = _meetings_in_one_sentence(reader, sentence, meets, body) if meets else None
        if in_one:
            found.append((sentence, *in_one))
    return found


def _same_body_otherwise_named(said: str, body: str) -> bool:
    """Whether a sentence's subject names the page's body in another form: "Enköpings kommunala tillgänglighetsråd"
    under "Kommunala tillgänglighetsrådet" (the municipality's genitive before it, the indefinite form), their last
    words one word in its definite and indefinite forms."""
    said, body = said.casefold(), body.casefold()
    if body == said or body.startswith(said) and body[len(said):].startswith((",", " -", " –")):
        return True  # the heading's name in another case, or cut at its comma ("Gemensam nämnd - Ljungby, Älmhult")
    said_last, body_last = said.split()[-1], body.split()[-1]
    shorter, longer = sorted((said_last, body_last), key=len)
    # (never where a word before names another body whose it is: "kommunstyrelsens arbetsutskott" under "Socialnämndens
    # arbetsutskott")
    return len(shorter) >= 6 and longer.startswith(shorter) and len(longer) - len(shorter) <= 3 \
        and not any(naming.body_kind(word.removesuffix("s")) for word in said.split()[:-1])


def _meetings_in_one_sentence(reader: _Reader, text: str, meets: re.Match, body: str | None) -> tuple[str, list] | None:
    """The body and dates of a sentence that gives when a body meets with its dates closing it (_SENTENCE_TAIL), where
    the sentence states its subject (before the verb, or after it when the sentence opens with when: "Under 2022
    sammanträder ...") as a body the plan names or the page's own body (`body`) by another form of its name, its
    short name, or a word referring back ("Rådet"). None where the subject is another or not proved."""
    closing = _dates_closing_the_sentence(text[meets.end():], least=1)  # (a plan's: its one date too)
    if closing is None:
        return None
    middle, dates = closing
    before = " ".join(text[: meets.start(1)].split())
    if _WHEN_BEFORE_THE_VERB.match(before):
        middle = middle.strip()
        said_end = _SUBJECT_ENDS.search(middle + " ")
        said = middle[: said_end.start()] if said_end else middle
        middle = middle[len(said):]
    else:
        said = before
    said = said.strip(" ,")
    if not said or len(middle.split()) > _SENTENCE_MIDDLE_WORDS or _NAMED_IN_TEXT.search(middle) \
            or _NO_MEETING_WORDS.search(said):
        return None
    if body and (said.casefold() in _SHORT_NAMES or said.casefold() in _BACK_REFERENCES
                 or _same_body_otherwise_named(said, body)):
        return body, dates  # the page's body as its heading names it
    named = _named(reader, said[:1].upper() + said[1:])
    # (a name read from the subject's first words only, "Servicenämnd" of "servicenämnd ekonomi/personal", is not proved
    # the subject's: another's, or the name cut)
    return (named, dates) if named and named.casefold() == said.casefold() else None


_SHORT_NAMES = {"fullmäktige", "nämnden", "styrelsen", "utskottet", "beredningen", "presidiet"}
_GENERIC_HEADINGS = {"utskott", "utskotten", "nämnder", "nämnderna", "styrelser", "råd", "beredningar"}

# "Sammanträden i både nämnd och utskott", "Endast i utskottet", "Nämnd och utskott": a sub-heading or a legend that
# says which of the bodies above meet on the dates under it by their kind's bare word, naming none of them. Whose
# meetings they are the words do not prove (a body's or its utskott's, or both's): they are nobody's, never the body
# above's, nor a body called "Endast i utskottet".
_BARE_BODY_WORDS = {"nämnd", "nämnden", "nämnder", "nämnderna", "utskott", "utskottet", "utskotten", "styrelse",
                    "styrelsen", "presidium", "presidiet", "presidier", "beredning", "beredningen"}
_QUALIFYING_WORDS = {"både", "endast", "enbart", "bara", "även", "också", "i", "och", "samt", "med", "&", "för",
                     "ej", "inte", "utan", "gemensamma", "gemensamt", "respektive", "eller"}


def _names_bodies_by_bare_words(text: str) -> bool:
    """Whether a heading's words, but for its kind words ("Sammanträden i"), are bare words of a body's kind and the
    words that qualify them (_BARE_BODY_WORDS), two or more: it names no body (one word alone, "Utskottet", is a
    page's short name for its own body, read elsewhere)."""
    words = _KIND_WORDS_BEFORE_BODY.sub("", " ".join(_YEAR.sub(" ", text).split()).strip(" :"),
                                        count=1).casefold().split()
    return len(words) >= 2 and any(word in _BARE_BODY_WORDS for word in words) \
        and all(word in _BARE_BODY_WORDS or word in _QUALIFYING_WORDS for word in words)


def _is_heading(text: str) -> bool:
    """A short line that is no sentence: the name of what the dates below belong to."""
    return (len(text.split()) <= 6 and not text.rstrip().endswith((".", "!", "?"))
            and re.search(r"[A-Za-zÅÄÖåäö]{2}", text) is not None)

# A code, a dash, colon or equals sign, then a name: "KS – Kommunstyrelsen", "BUN = Barn- och utbildningsnämnden"
# (a hyphen without a space before it joins a compound: "IT-nämnden").
_CODE_THEN_NAME = re.compile(r"^[A-ZÅÄÖ]{2,8}(?:\s*[=:]|\s+[–-])\s*(?P<name>[A-ZÅÄÖa-zåäö].*)$")


def _named(reader: _Reader, text: str) -> str | None:
    """The body a heading or label names: a code the plan's own legend explains ("BUN" where it says
    "BUN Barn- och utbildningsnämnden"), else `_heading_name`, else the one body the plan names whose
    initials the code is: as its tables' codes are read."""
    code = text.strip(" :").replace(" ", "")
    explained = _CODE_THEN_NAME.match(text.strip())
    if explained and (full := _heading_name(explained.group("name"))):
        return full  # "KS – Kommunstyrelsen": a heading that explains its own code names the body in full
    named = reader.legend.get(code) or _heading_name(text)
    if named is None and _CODE.match(code):
        named = reader.code_named(code)  # "VON" where the plan names "Vård- och omsorgsnämnden"
    return named

# Words of when a body meets ("tisdagar", "måndagar och torsdagar", "varannan onsdag"), no part of its name.
_SCHEDULE_WORDS = re.compile(r"^(?:(?:varannan|var|udda|jämna|)\s*(?:mån|tis|ons|tors|fre|lör|sön)dag(?:ar|en)?"
                             r"(?:\s*(?:,|och|eller)\s*)?)+$", re.IGNORECASE)


_WHEN_BODY_MEETS = re.compile(ocr_tolerant(r"^(?:datum|dagar|tider)(?:\s+och\s+(?:plats|tid|lokal|tider))?\s+"
                                           r"(?:då|när)\s+(?P<body>.+?)\s+(?:träffas|sammanträder|möts)$"),
                              re.IGNORECASE)


# "Utskottet för Lärande och Omsorg" (Vårgårda), "Direktionen för delregionala utvecklingsmedel" (Skaraborgs
# kommunalförbund), "Beredningen för ...", "Rådet för ...": so named too.
# ("Nämnd för livslångt lärande" (Kumla): the body's word in the indefinite form, as "Gemensam nämnd för" is.)
_BOARD_FOR = re.compile(r"^(?:Nämnden|Nämnd|Gemensamma nämnden|Gemensam nämnd|Utskottet|Beredningen|Rådet|Styrelsen"
                        r"|Direktionen) för [A-ZÅÄÖa-zåäö]")
_BOARD_FOR_WORDS = 7
# "Nämnd för livslångt lärandes sammanträdestider": such a name's genitive heading its meetings, as
# "Kommunstyrelsens sammanträdestider" is; the genitive's s on the name's last word.
_BOARD_FOR_MEETINGS = re.compile(r"^(?P<name>.+?[a-zåäö])s\s+(?:sammanträden|sammanträdes(?:tider|dagar|datum)"
                                 r"|möten|mötes(?:tider|dagar|datum))$", re.IGNORECASE)


# "Sammanträdesplan för kommunstyrelsen 2024": the plan's heading names the body after "för".
# ("Sammanträdestider Arbetsutskottet ...": the plan's heading run on before a body's name, Umeå's lines joined.)
# ("Sammanträdesplan 2024 – Kommunstyrelsen", "Sammanträdestider 2024, Kommunstyrelsen": after a dash or a comma, its
# year taken out, as after "för".)
_PLAN_FOR_BODY = re.compile(ocr_tolerant(r"^(?:sammanträdes\w*|mötes\w*|sammanträden|datum för sammanträden)\s+"
                                         r"(?:(?:för|i|[–,-])\s+|(?-i:(?=[A-ZÅÄÖ])))"), re.IGNORECASE)


def _board_for_heading(text: str) -> bool:
    """"Nämnden för service och tekniks sammanträden 2023": a heading however many words the name has (a heading
    of more than _is_heading's words left the body above's list going on under another body's); a joint body with
    its members (_JOINT_BODY_WITH_MEMBERS) too."""
    name = " ".join(_YEAR.sub(" ", text).split())
    meetings = _BOARD_FOR_MEETINGS.match(name)
    return bool(meetings and _BOARD_FOR.match(meetings.group("name"))
                and len(meetings.group("name").split()) <= _BOARD_FOR_WORDS) \
        or _joint_body_with_members(name) is not None


# "Gemensam överförmyndarnämnd - Ljungby, Älmhult, Markaryd", "Gemensamma nämnden för familjerättsliga frågor –
# Älmhult och Markaryd": a gemensam nämnd (one the member municipalities share) named with its members after a dash,
# as a plan of one of them heads its dates; the members are part of its name (the same nämnd's name in each member's
# plan), never read as a place or a remark, and the heading is no other body's (its dates went to the body above).
_JOINT_BODY_WITH_MEMBERS = re.compile(r"^(?P<body>Gemensam(?:ma)?\s.+?)\s+[–-]\s+(?P<members>[A-ZÅÄÖ][a-zåäö]+"
                                      r"(?:(?:\s*,\s*|\s+(?:och|&)\s+)[A-ZÅÄÖ][a-zåäö]+)+)$")
_JOINT_BODY_WORDS = 12


def _joint_body_with_members(name: str) -> str | None:
    """The whole name of a joint body a heading names with its member municipalities (_JOINT_BODY_WITH_MEMBERS),
    where the words before the dash name a body; else None."""
    found = _JOINT_BODY_WITH_MEMBERS.match(name)
    if not found or len(name.split()) > _JOINT_BODY_WORDS or not _heading_name(found.group("body")):
        return None
    return name


def _heading_name(text: str) -> str | None:
    """The body a heading names: the whole heading when it ends in a body's word
    ("Kommunfullmäktiges presidium", "Kommunala pensionärsrådet", "Tekniska nämndens
    arbetsutskott"), a code (KS), or the body a heading starts with ("Kommunfullmäktige
    2021", "Kommunfullmäktiges sammanträden"); None for "Utskott", "Kallelser"."""
    # A list's bullet is no part of a name ("• Kommunfullmäktige" / "• Kommunstyrelsen", Karlskrona's page).
    name = " ".join(_YEAR.sub(" ", _BULLET.sub("", text, count=1)).split()).strip(" :,-–")
    name = _PLAN_FOR_BODY.sub("", name)
    # "Datum då Kommunstyrelsen träffas", "Datum och plats då Kommunfullmäktige träffas": the heading of a
    # body's dates says that body meets, as "Kommunstyrelsen sammanträder ..." does (Jönköping, Mjölby, Mönsterås).
    name = _WHEN_BODY_MEETS.sub(r"\g<body>", name)
    if compound := _BODY_STEM_MEETINGS.fullmatch(name):
        # "Direktionssammanträden 2022": the meetings of the body its first part names, in the definite form.
        stem = compound.group("stem").capitalize()
        return stem if stem.casefold().endswith("fullmäktige") else definite(stem.removesuffix("s"))
    name = _without_kind_words(name)
    if not name or name.casefold() in _GENERIC_HEADINGS or _names_bodies_by_bare_words(name):
        return None
    if joint := _joint_body_with_members(name):
        return joint
    head, comma, qualifier = name.partition(",")
    if comma and head.strip() and qualifier.strip() and len(qualifier.split()) <= 3 \
            and _PLAN_BODY_END.search(head.split()[-1]):
        if _time(qualifier) or qualifier.strip()[:1].isupper() or _SCHEDULE_WORDS.match(qualifier.strip()):
            # "Kommunstyrelsen, kl. 13.00", "Kommunfullmäktige, Stadshuset", "Socialnämnden, tisdagar": when or
            # where the body meets, no part of its name.
            return _heading_name(head)
        # "Kommunstyrelsens näringslivs- och planeringsutskott, företagsbesök": a series of the body's
        # own, its dates apart from the body's meetings; named as the heading writes it.
        return name[:1].upper() + name[1:]
    if (meetings := _BOARD_FOR_MEETINGS.match(name)) and _BOARD_FOR.match(meetings.group("name")):
        name = meetings.group("name")  # "Nämnd för livslångt lärandes sammanträdestider": the name whole
    if _BOARD_FOR.match(name) and len(name.split()) <= _BOARD_FOR_WORDS and not _MEETS.match(name) \
            and not name.endswith((".", ":")):
        # "Nämnden för service och teknik", "Nämnden för samhällsskydd mellersta Skaraborg": a body named by
        # what it serves (Skara, Kungsbacka, Köping, Region Jämtland Härjedalen); a gemensam nämnd so too
        # ("Gemensamma nämnden för hjälpmedelsverksamhet ...", Fagersta; "... för samverkan", "... för
        # upphandling", Region Jämtland Härjedalen; "... för alkohol, tobak och receptfria läkemedel", Säter;
        # "... för Närvård Frostviken", Strömsund), its name whole as the heading writes it.
        return name
    # "V. 13, 26/3 extrainsatt, Kommunfullmäktige": a row of a list that ends in a body; a name holds no digit.
    if _PLAN_BODY_END.search(name.split()[-1]) and not _MEETS.match(name) and not any(ch.isdigit() for ch in name):
        if len(name.split()) == 1:
            # A compound ending in a body's word ("Fullmäktigeberedningen") is a body's name; the
            # word alone ("Nämnden") names none.
            compound = len(name) > len(_PLAN_BODY_END.search(name).group()) + 2
            return body_name(name) or (name[:1].upper() + name[1:] if compound else None)
        return body_name(name) or name[:1].upper() + name[1:]  # ("Kunskapsförbundets direktion": common.body_name)
    if (named := _INDEFINITE_BODY_NAMED.fullmatch(name)) and not _NOT_A_NAMES_PART.search(named.group("what")):
        # "Myndighetsnämnd Bygg och miljö", "Servicenämnd Ekonomi/personal" (Vårgårda): a body's word in its
        # indefinite form, then what it is for, is one body's name whole (it was read as "Myndighetsnämnd", two
        # bodies' meetings as one's).
        return name
    return _body_whose_meetings(name) or _sentence_body(name)


# A body's word in the indefinite form (no "-en", "-et") then a capitalised name of what it is for, a few words.
_INDEFINITE_BODY_NAMED = re.compile(r"(?P<body>[A-ZÅÄÖ][\wåäö-]*(?:nämnd|utskott|styrelse|beredning|råd))"
                                    r"\s+(?P<what>[A-ZÅÄÖ][\wåäöÅÄÖ/-]*(?:\s+(?:och|&|[\wåäöÅÄÖ/-]+)){0,4})")
_NOT_A_NAMES_PART = re.compile(r"\d|sammanträd|möte|datum|tider|protokoll|kallelse|ordförande|ledamöter", re.IGNORECASE)


# "Tillkännagivande av kommunfullmäktiges möten", "Datum för kommunstyrelsens sammanträden": a heading of a
# body's meetings after words of what it lists; the genitive before "sammanträden"/"möten" names the body, as
# "Kommunfullmäktiges sammanträden" (Kungsbacka, Malmö) and "Regionstyrelsens sammanträden" (Region
# Västmanland) do at a heading's start.
_AFTER_A_PREPOSITION = re.compile(r"^.*?\s(?:av|för|om)\s+(?P<tail>\S.*)$", re.IGNORECASE)
_MEETINGS_WORD_ALONE = re.compile(r"^(?:sammanträden|möten)$", re.IGNORECASE)


def _body_whose_meetings(name: str) -> str | None:
    """The body of "<words> av|för <body>s sammanträden|möten"; None for any other heading."""
    phrase = _AFTER_A_PREPOSITION.match(name)
    if phrase is None:
        return None
    tail = phrase.group("tail")
    found = body_genitive_at_start(tail[:1].upper() + tail[1:])
    return found[0] if found and _MEETINGS_WORD_ALONE.match(found[1]) else None


# The words of a plan's or an agenda's heading around a body's name ("Sammanträdestider Finans- och
# ledningsutskottet 2026", "Aktuell dagordning för kommunfullmäktige", "Mötesdatum KS", "Fastställda mötestider för
# direktionen"): the kind of document or list, not part of the name. A closed vocabulary, so a body's own words are
# never cut.
_KIND_WORDS_BEFORE_BODY = re.compile(ocr_tolerant(  # in a scan's OCR'd words too
    r"^(?:(?:aktuell|aktuella|preliminär|preliminära|planerade|kommande|fastställda)\s+)?"
    r"(?:sammanträdes(?:tider|dagar|datum|plan|planer|planering)|sammanträden|mötes(?:tider|dagar|datum|plan)|möten"
    r"|dagordning|dagordningar|kallelser?|föredragningslistor?|protokoll|datum|tider)"
    r"(?:\s+(?:för|i|med|till))?\s+(?=\S)"),
    re.IGNORECASE)


def _without_kind_words(name: str) -> str:
    """A heading's body name without the document-kind words before it; unchanged when what is
    left names no body."""
    stripped = _KIND_WORDS_BEFORE_BODY.sub("", name, count=1)
    if stripped != name and (_PLAN_BODY_END.search(stripped.split()[-1]) or _sentence_body(stripped)):
        return stripped[:1].upper() + stripped[1:]
    return name


# A body's word alone, definite: what a sentence calls the body it is about, no name of one.
_BACK_REFERENCES = {"nämnden", "styrelsen", "utskottet", "arbetsutskottet", "fullmäktige", "beredningen", "rådet"}


def _refers_back(text: str) -> bool:
    """A sentence opening with a body's word alone ("Utskottet arbetar också med att:", "Styrelsen förbereder
    ...", "Fullmäktige beslutar om ..."; Region Västmanland, Region Värmland, Järfälla): it is about the body
    the page is about, and names none."""
    return _body_referred_back(body_at_start(text))


def _body_referred_back(found: tuple[str, str] | None) -> bool:
    """_refers_back of a text whose body_at_start is `found`."""
    return bool(found and found[1] and found[0].casefold() in _BACK_REFERENCES)


_REMARK_BEFORE_BODY = re.compile(r"^(?P<remark>" + _REMARK + r")\s*[,;–-]?\s+(?=[A-ZÅÄÖ])", re.IGNORECASE)
_NOTICE_AT_END = re.compile(r"\s*[(,–-]?\s*(?P<note>obs!\s*[^\s()][^()]*?)\s*\)?$", re.IGNORECASE)
_REMARK_BETWEEN_AT = re.compile(r"\s*[,(–-]?\s*(?P<remark>" + _REMARK
                                + ocr_tolerant(r"|obs!(?!\s*(?:ändra|flytta|framflytta|inställ|utgår))")
                                + r"\s*[^,;()]+?(?=\s*(?:[,;)]|$)))\s*\)?", re.IGNORECASE)
_REMARK_THEN_MORE = re.compile(r"^[\s,;(–-]*(?P<remark>" + _REMARK + r")[\s).]*(?=,|$)", re.IGNORECASE)
_REMARK_AFTER_BODY = re.compile(r"^[\s,;(–-]*(?P<remark>" + _REMARK + r")[\s).]*$", re.IGNORECASE)


# The most words of a body's name after a date read as a heading's name ("Myndighetsnämnd Bygg och miljö").
_NAME_AFTER_DATE_WORDS = 5


# Words joining a second body to the first ("... och Socialnämnden", ", Kommunstyrelsen").
_AND_ANOTHER = re.compile(r"^(?:och|samt|&|,)\s*")


# A comma between cells or words, not the one after a compound's cut first part ("Barn-, utbildning- och
# kulturnämnden", "Folkhälso-, primärvårds- och tandvårdsnämnden": a name's own, as "Kultur-, fritids- och ..." is in
# the tuning texts of ten organisations, none a list of cells).
_CELLS_COMMA = re.compile(r"(?<!-),")


_CODE_MARK = re.compile(r"[A-ZÅÄÖ]{1,4}")
_REMARK_ENDS_CELLS = re.compile(r"(?:(?<=[\s,;(–-])(?P<remark>" + _REMARK + r")|(?<=[\wåäö])(?P<star>\*{1,4}))"
                                r"[\s).]*$", re.IGNORECASE)
_REMARK_CELL_AT_END = re.compile(r"\s*,\s*(?P<remark>" + _REMARK + r")[\s).]*$", re.IGNORECASE)
_STAR_AT_END = re.compile(r"(?<=[\wåäöÅÄÖ])\s*(?P<star>\*{1,4})\s*$")


def _trailing_body(rest: str) -> tuple[str, str, str | None] | None:
    """The body named after a date (body, what follows it, a remark marking the meeting), or None."""
    text = _BODY_AFTER_DATE.sub("", rest).rstrip(")")
    remark = None
    if star := _STAR_AT_END.search(text):
        # "12 mars Kultur- och fritidsnämnden*": the plan's mark after the name marks the meeting (its footnote says
        # why); read as part of the name, it cut it to its last word ("Fritidsnämnden", a wrong body).
        remark, text = star.group("star"), text[:star.start()]
    if before := _REMARK_BEFORE_BODY.match(text):
        remark, text = before.group("remark"), text[before.end():]
    elif not remark and (cell := _REMARK_CELL_AT_END.search(text)) and _CELLS_COMMA.search(text[:cell.start()]):
        # "Sessionssalen, Överförmyndarnämnden, extrainsatt" (a table's row, its cells joined by commas, a remark's
        # column last): the last cell marks the meeting of the body in the cell before it.
        remark, text = cell.group("remark"), text[:cell.start()]
    elif (notice := _NOTICE_AT_END.search(text)) and notice.start() > 0:
        # "Direktionen Obs! kl 10.00-16.00" (Västerbergslagens utbildningscentrum's notes): the notice marks it.
        remark, text = notice.group("note"), text[:notice.start()].strip()
    found = body_at_start(text)
    if found and found[0] and (joined := _AND_ANOTHER.match(found[1])) \
            and (other := body_at_start(found[1][joined.end():])) and other[0]:
        return None  # "Kommunstyrelsens arbetsutskott och Socialnämnden": a joint meeting, no one body's
    if (not found or not found[0] or found[1] and not _REMARK_AFTER_BODY.match(found[1])) \
            and len(text.split()) <= _NAME_AFTER_DATE_WORDS and not _CELLS_COMMA.search(text) \
            and not any(ch.isdigit() for ch in text) and text[:1].isupper() and (whole := _heading_name(text)):
        found = whole, ""  # "Arbetsutskott", "Budgetberedning": a förbund's bodies by their own word
    if (not found or not found[0] or _CELLS_COMMA.search(found[0])) and _CELLS_COMMA.search(text):
        # "VR, BD, Kommunstyrelsen", "Obs! Preliminärt, Budgetberedning" (a table's cells joined by commas): the
        # remark's cells, then the body's.
        lead, _, last = text.rpartition(",")
        whole = _trailing_body(last)
        if any((cell := body_at_start(part.strip())) and not cell[1] for part in lead.split(",")):
            # "2022-01-20 Kommunstyrelsen, Socialnämnden": a cell naming a body is another meeting of the day, never
            # the last one's marker; which body's each line means is not told apart safely, so none is read.
            return None
        if whole and not whole[1] and not (whole[2] and remark) and not any(ch.isdigit() for ch in lead):
            # The cells before the body mark its meeting where they are codes ("VR, BD", Ekerö's legend's), a notice
            # or a remark ("Obs! Preliminärt"); a place ("Sessionssalen, Valnämnden") marks nothing, the body's own
            # mark or remark after it ("Sessionssalen, Valnämnden*", "..., Socialnämnden – inställt") does.
            cells = [cell.strip() for cell in lead.split(",")]
            marks = all(_CODE_MARK.fullmatch(cell) for cell in cells) or _NOTICE.fullmatch(lead.strip()) \
                or _REMARK_AFTER_BODY.match(lead)
            if not (whole[2] or remark):
                return whole[0], "", lead.strip() if marks else None
            if not marks:
                return whole[0], "", whole[2] or remark
        return None
    if not found or not found[0] or _CELLS_COMMA.search(found[0]) or "!" in found[0]:
        return None  # a name holds no comma: "VR, BD, Kommunstyrelsen" is no body's name
    name, after = found
    if after and _BOARD_FOR.match(text) and len(text.split()) <= _BOARD_FOR_WORDS and not any(
            ch.isdigit() for ch in text):
        # "Nämnden för samhällsskydd mellersta Skaraborg" (Skara): a body named by what it serves, whole.
        name, after = text.strip(), ""
    if after and not remark and (behind := _REMARK_AFTER_BODY.match(after)):
        remark, after = behind.group("remark"), ""
    if after and not _TIME_AFTER.match(after):
        return None
    return name, after, _as_marker(remark)


def _sentence_body(text: str) -> str | None:
    """The body a line starts with (KS, "Kommunstyrelsen sammanträder", "Kommunfullmäktiges
    sammanträden"), else the one body a sentence names, if it names one."""
    first = text.split()[0].strip(":,") if text.split() else ""
    if _CODE.match(first) and body_name(first):
        return body_name(first)
    at_start = body_at_start(text)
    if _body_referred_back(at_start):  # (body_at_start read once: _refers_back's and the name's)
        return None
    found = at_start or body_genitive_at_start(text)
    if found:
        return found[0]
    named = {body_name(m.group(0)) for m in _NAMED_IN_TEXT.finditer(text)} - {None}
    # "Nämnden" alone (of "... Nämnden för samhällsskydd ...") refers to a body, naming none; beside another body
    # the sentence names two, neither alone.
    only = named.pop() if len(named) == 1 else None
    return only if only and only.casefold() not in _BACK_REFERENCES else None


# A date's time in a list of dates, said with "kl"/"klockan" ("kl. 13.00", ", klockan 18"): a bare number may be a day.
_CLOCK_IN_LIST = re.compile(r"\s*,?\s*kl(?:ockan)?\.?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?"
                            r"(?![\d.:])", re.IGNORECASE)
# A time with its minutes ("08.30", "08.30-12.30") ends where a date may follow with no separator ("21 november, klockan
# 08.30-12.30 12 december, ...", Kunskapsförbundet Väst's list with its line breaks lost); an hour alone
# ("klockan 16 5 september") does not: its number and the day's may be one.
_MINUTES_AT_END = re.compile(r"[.:]\d{2}$")
_DATE_AFTER_SPACE = re.compile(r"\s+(?=\d{1,2}\s+[A-Za-zÅÄÖåäö]{3,9})")
# What stands after a date's time when another date follows: a list's separator, then the date.
_ANOTHER_DATE = re.compile(r"\s*(?:,|;|och\b|&)\s*(?:" + "|".join(WEEKDAYS) + r")?[\s,]*(?:den\s+)?"
                           r"\d{1,2}\s+[A-Za-zÅÄÖåäö]{3,9}", re.IGNORECASE)
# "Vecka 4", "v. 4", "V4" before a day: the week's number, no part of the date.
_WEEK = re.compile(r"^(?:vecka|v\.?)\s*\d{1,2}\b\s*[,:–-]?\s*", re.IGNORECASE)
# _list_dates reads at a position along its text (pattern.match(text, at)), each pattern as it would match at the
# start of text[at:]: without "^", which holds only at the text's start, and with "och" after "\s*" not behind a
# "\b", which at the start of a cut text always holds (before it: the cut, or the space "\s*" took).
_DAY_MONTH_AT = re.compile(_DAY_MONTH.pattern.removeprefix("^"), _DAY_MONTH.flags)
_ISO_DAY_AT = re.compile(_ISO_DAY.pattern.removeprefix("^"), _ISO_DAY.flags)
_SLASH_DAY_AT = re.compile(_SLASH_DAY.pattern.removeprefix("^"), _SLASH_DAY.flags)
_DOT_DAY_AT = re.compile(_DOT_DAY.pattern.removeprefix("^"), _DOT_DAY.flags)
_PAREN_AT = re.compile(r"\s*\((?P<inner>[^)]*)\)")
# "(Obs! Fredag kl 09.00-12.00)", "(Obs! Preliminärt)" after a list's date (Västerbergslagens utbildningscentrum): a
# notice of how that meeting differs, kept whole as its marker, as a grid's cell's "OBS! Måndag kl. 15.30" is
# (_CELL_NOTE, Vårgårda) and Uppvidinge's "- OBS! inställt" marks its meeting; "(obs torsdag)" without the notice's
# "!" is an aside (Skaraborgs Kommunalförbund), no marker.
# Without brackets too, after a dash or comma or none ("9 februari, OBS! Fredag"), as the cell's and Uppvidinge's are.
_NOTICE = re.compile(r"(?:[,;–-]\s*)?(?P<open>\(\s*)?(?P<note>obs!\s*[^\s()][^()]*?)\s*(?(open)\))", re.IGNORECASE)
# ("OBS! Ändrat till 9 maj", "OBS! inställt" are _moved's and the cancellation's, Uppvidinge.)
# "prel.", "preliminärt" beside a date (Västerbergslagens utbildningscentrum's "(Obs! Preliminärt)" without its "Obs!").
_PRELIMINARY = re.compile(r"(prel(?:\.|iminärt|iminär(?![\wåäö])))", re.IGNORECASE)
# (Then the end, a time with its minutes or another cell: "klockan 16 5 september" may be an hour or a day, run on.)
_WEEKDAY_CELL_AT = re.compile(r"\s*,\s*(?P<day>" + _WEEKDAY_NAME + r")(?=\s*$|\s*,\s*(?:(?:kl(?:ockan)?\.?\s*)?"
                              r"\d{1,2}[.:]\d{2}(?!\d)|(?!kl)[^\d\s]))", re.IGNORECASE)
_PRELIMINARY_CUT_SHORT = re.compile(r"(?<![\wåäö])prel\.$", re.IGNORECASE)
_SEPARATOR_AT = re.compile(r"\s*(?:,|;|och\b|&)?\s*")
# "Januari: 23, 30", "Februari 20": a month as the label of its days (one day, or days joined by
# commas or "och"; "Januari 29 15 8" is a table's row, read only as one); "Augusti 30 inställt", "Oktober 28
# (extrainsatt)": with the meeting's remark after them, as after "30 augusti" (the list went unread from such a row on).
# A day's mark on either side of it ("Augusti *6, 20", "Augusti 6*, 20") and a remark before the days ("Juli extra *2",
# Tranemo) mark their meeting as the mark or remark after a day does.
_MARKED_DAY = r"\*{0,4}\d{1,2}\*{0,4}"
_MONTH_THEN_DAYS = re.compile(r"^(?P<month>[A-Za-zÅÄÖåäö]{3,9})\.?\s*:?\s+(?:(?P<lead>" + _DAY_REMARK_WORD + r")\s+)?"
                              r"(?P<days>" + _MARKED_DAY + r"(?:\s*(?:,|och)\s*" + _MARKED_DAY + r")*)"
                              r"(?P<remark>\s+" + _DAY_REMARK_WORD + r"|\s*\(\s*" + _DAY_REMARK_WORD + r"\s*\))?\s*$",
                              re.IGNORECASE)
_MARK_BEFORE_DAY = re.compile(r"(\*{1,4})(\d{1,2})(?!\*)")


_SPACE_IN = re.compile(r"\s+")


def _named_month_date_at(text: str, at: int) -> bool:
    """A date with its month named ("16 mars", "tisdag 16 mars") or in full ("2024-03-16") at text[at:]: no time
    ("kl 13.10") or number ("1/2 dag") is read as one."""
    named = _DAY_MONTH_AT.match(text, at)
    return bool(named and month_number(named.group("month")) or _ISO_DAY_AT.match(text, at))


# A parenthesised aside on a meeting in a list: words only. A digit (a time, a moved date), a code or a body's word
# (whose meeting it is), or a remark that marks or moves the meeting is read as before, never passed over.
_ASIDE = re.compile(r"[A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö/,. -]{0,40}")
_NO_ASIDE = re.compile(_MARKS_A_MEETING + "|" + _BODY_WORD.pattern, re.IGNORECASE)


def _is_aside(inner: str) -> bool:
    inner = inner.strip()
    return bool(_ASIDE.fullmatch(inner)) and not _NO_ASIDE.search(inner) and not _CODE_IN_TEXT.search(inner)


def _date_at(text: str, at: int) -> re.Match | None:
    """A list's date in any of its forms at text[at:] ("16 mars", "2024-03-16", "16/3", "16.3"), or None."""
    return _DAY_MONTH_AT.match(text, at) or _ISO_DAY_AT.match(text, at) or _SLASH_DAY_AT.match(text, at) \
        or _DOT_DAY_AT.match(text, at)


def _another_date_at(text: str, at: int) -> bool:
    return _date_at(text, at) is not None


def _list_dates(text: str):
    """The dates a line starts with, and what follows them: [(day, month, year, marker,
    weekday, time)], rest. A line that does not start with a date gives ([], text)."""
    # A plan's line is asked for its dates by several readings (list finding, date lines, rows): read each text once
    # (a long list's lines were read ~5 times); a fresh list each call, as callers may change it.
    # (A long run-on text is read as it comes: hashing it for the cache cost more than its rare repetition saved.)
    found, rest = _list_dates_once(text) if len(text) <= 400 else _list_dates_once.__wrapped__(text)
    return _the_lists_year(list(found)), rest


def _the_lists_year(found: list) -> list:
    """_list_dates' dates, the year stated after a list's last date given to its every date where no other states one
    and the months run in order, as a sentence writes a year once: "den 29 januari, 26 februari och 25 mars 2024" (not
    "10 december och 14 januari 2025", which turns the year)."""
    if len(found) < 2 or not found[-1][2] or any(date[2] for date in found[:-1]) or not _in_month_order(found):
        return found
    return [(day, month, found[-1][2], *rest) for day, month, _, *rest in found]


def _in_month_order(dates: list) -> bool:
    """Whether a list's dates (day, month, ...) run on through the months, as one year's do: none goes back to an
    earlier month (the year turned there)."""
    return all(a[1] <= b[1] for a, b in zip(dates, dates[1:], strict=False))


@functools.lru_cache(maxsize=8192)
def _list_dates_once(text: str) -> tuple[tuple, str]:
    rest = _WEEK.sub("", _BULLET.sub("", text, count=1), count=1)
    month_first = _MONTH_THEN_DAYS.match(rest)
    lead = None  # "Juli extra *2": the remark before the days, the first day's marker with its mark as printed
    if month_first and month_number(month_first.group("month")):
        # "Januari: 23, 30" -> "23, 30 Januari"; "Augusti 30 inställt" -> "30 Augusti inställt"; "*6, 20" -> "6*, 20"
        days = _MARK_BEFORE_DAY.sub(r"\2\1", month_first.group("days"))
        rest = f"{days} {month_first.group('month')}{month_first.group('remark') or ''}"
        lead = month_first.group("lead")
    # Read at a position along rest, never cutting it at each date: a long list would copy what follows each.
    found = []
    at = 0
    following_date = None  # the next date, matched where the date before it looked for it
    while at < len(rest):
        match = following_date or _date_at(rest, at)
        following_date = None
        if not match:
            break
        groups = match.groupdict()
        month = int(groups["month"]) if groups["month"].isdigit() else month_number(groups["month"])
        if month is None:
            break
        stated_year = int(groups["year"]) if groups.get("year") else None
        weekday = _full_weekday(groups.get("weekday"))
        marker = groups.get("mark") or groups.get("mark2")  # after the last day, or after the month
        listed_days = groups.get("days")
        if listed_days and len(listed_days) <= 2 and listed_days.isdecimal():
            days = [(int(listed_days), None, None)]  # one day alone, as _DAY_IN_LIST reads it (most lists' dates)
        else:
            days = [(int(d.group("day")), d.group("mark"), (d.group("dayname") or "").casefold() or None)
                    for d in _DAY_IN_LIST.finditer(listed_days or "")] \
                if listed_days else [(int(groups["day"]), None, None)]
        at = match.end()
        time = None
        paren = _PAREN_AT.match(rest, at)
        if paren:
            inner = paren.group("inner")
            time = _time(inner)
            named_day = _WEEKDAY_ALONE.match(inner.strip().casefold())
            if named_day and not weekday:
                weekday = named_day.group(1)
            # "(OBS! inställt)" is left to the cancellation's marker.
            notice = _NOTICE.fullmatch(paren.group(0).strip()) if not marker and not _CANCELLED.search(inner) else None
            if notice:
                marker = notice.group("note")
            preliminary = _PRELIMINARY.fullmatch(inner.strip()) if not marker else None
            if preliminary:
                marker = preliminary.group(0)  # "(prel.)": a date not yet fixed, kept as its marker
            if time or named_day or notice or preliminary:
                at = paren.end()
            elif _is_aside(inner) and _another_date_at(rest, _SEPARATOR_AT.match(rest, paren.end()).end()):
                # "24 oktober (nyvalda kf), 28 november": a word aside on the meeting, as plans set one a line
                # ("29 mars (bokslut)", Mönsterås; "20 maj (årsredovisning)", Malmö; "15 juni (måndag, heldag
                # budget)", Karlskrona; "2 februari (obs torsdag)", Skaraborgs kommunalförbund): no marker, and
                # the list goes on after it.
                at = paren.end()
        weekday_cell = _WEEKDAY_CELL_AT.match(rest, at) if not paren else None
        if weekday_cell:
            # "27 jan, Måndag, 18.30, Kommunfullmäktige" (a table's row: date, day, time, body): the day's cell, read
            # past to the time and body after it. (Not held against the date: Partille's "5 september, tisdag" is a
            # Wednesday in 2018, its gold keeps the date as a list's remark-day always was.)
            at = weekday_cell.end()
        clock = _CLOCK_IN_LIST.match(rest, at) if not paren else None
        if clock and (_ANOTHER_DATE.match(rest, clock.end()) or _MINUTES_AT_END.search(clock.group(0))
                      and _DATE_AFTER_SPACE.match(rest, clock.end())):
            # "5 februari kl. 13.00, 11 mars kl. 13.00, ...": each date's time between it and the next date.
            time, at = _time(clock.group(0)), clock.end()
        between = _REMARK_BETWEEN_AT.match(rest, at) if not marker else None
        remark, remark_end = (between.group("remark"), between.end()) if between else (None, at)
        if remark and remark[:4].casefold() == "obs!":
            # A notice's words run to a comma: "9 februari OBS! Fredag 16 mars, 20 april", its comma lost, ends where
            # the next date (a month named) begins, after the notice's first word.
            opens = between.start("remark")
            date_at = next((space.start() for space in _SPACE_IN.finditer(rest, opens, remark_end)
                            if re.search(r"\w", rest[opens + 4:space.start()])
                            and _named_month_date_at(rest, space.end())), None)
            if date_at is not None:
                remark, remark_end = rest[opens:date_at], date_at
        if remark and (remark_end == len(rest)
                       or _another_date_at(rest, _SEPARATOR_AT.match(rest, remark_end).end())):
            # "28 oktober Extrainkallat sammanträde 11 november", "12 april (inställt), 7 juni": a remark between one
            # date and the next (or the list's end) marks the date before it.
            marker = _as_marker(remark)
            at = remark_end
        elif remark and (weekday_cell := _WEEKDAY_CELL_AT.match(rest, remark_end)):
            # "27 jan inställt, Måndag, 13.00, Kommunfullmäktige": the date's remark, then its weekday's cell.
            marker, at = _as_marker(remark), weekday_cell.end()
        for n, (day, day_marker, day_weekday) in enumerate(days):
            last = n == len(days) - 1
            found.append((day, month, stated_year, day_marker or (marker if last else None),
                          day_weekday or (weekday if n == 0 else None), time))
        # Days are separated by commas, "och", or only by spaces where a table's cells were ("23 jan   20 feb").
        following = _SEPARATOR_AT.match(rest, at).end()
        following_date = _date_at(rest, following)
        if following_date:
            at = following
            continue
        break
    if not found:
        return (), text
    if lead:
        day, month, stated_year, marker, weekday, time = found[0]
        found[0] = (day, month, stated_year, f"{lead} {marker}" if marker else _as_marker(lead), weekday, time)
    rest = rest[at:].strip()
    # A sentence's full stop is no part of the rest; an abbreviation's is ("Barn- och utbildningsnämnden, prel.").
    return tuple(found), rest if _PRELIMINARY_CUT_SHORT.search(rest) else rest.strip(" .")

"""What every document parser needs: case numbers, dates in running text, body names,
page artefacts, headings run into the text, and a warning collector.

Dates are parsed only by archive.dates; this module only finds where they stand.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from archive import naming
from archive.dates import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS, parse_partial
from archive.errors import InvalidDate
from archive.importing.kinds import AGENDA_KINDS, PROTOCOL_KINDS, REPORT_KINDS, alternation
from archive.importing.text import Document, Line, bullets_apart, drop_site_text, drop_url_lines, list_heading

# ---------------------------------------------------------------- case numbers

# KS 2018/124, KS13/412, STK-2024-1008, KS 2017.0415, KSN-2020-01234, KS/2019:123
# KU.2017.4, and the year-first form 2022/KS 0114 012
# (the year-first form's classification may have two digits: "2016/KS 0259 10").
# Never a clock time after a presenter's initials ("AKK 09:10", Lindesberg's Föredr. and Tid columns).
_CLOCK = r"(?:[01]\d|2[0-3])[:.][0-5]\d(?!\d|[/.:]\d)"  # also a span's start, "BMB 09:00-"
# National publication series, numbered like case numbers but never a municipality's case; so too any
# författningssamling, the state's or an authority's ("SFS 1987:24", "SOSFS 2011:9", "HSLF-FS 2016:40") or the
# municipality's own ("Personalpolicy KFS 05:1", "Revidering av KFS 14:1", Ekerö): its code ends in "FS".
_PUBLICATION_CODE = r"(?:SOU|DS|Ds|PROP|Prop|SKR|Skr|BET|Bet|COM|[A-ZÅÄÖ]{1,6}-?FS)"
PUBLICATION = re.compile(_PUBLICATION_CODE + r"\b")
_PREFIXED = r"(?:(?<![A-ZÅÄÖ-])(?!" + _PUBLICATION_CODE + r"[ -]?\d)" \
    r"[A-ZÅÄÖ]{1,8}(?:[ -]|/|\.)?(?!" + _CLOCK + r")\d{2,4}[/.:-]\d{1,6}|" \
    r"\d{4}/[A-ZÅÄÖ]{1,8} \d{3,5}(?: \d{2,3}(?!\d))?)"
# 0123/19, 2019/123: digits only, trusted only after a label; the registry's code may follow the
# number ("Dnr: 2015/263-KS") and is part of it as written.
# Also trusted only after a label: the registry's code after the number and a space
# ("2016/0308 KS-1"), the year before the code and serial ("2016KSM1221.042", its classification kept;
# "2017-KLK0167", "2013 KS0012", "2009/KKA500", "2017/KS0232": Östhammar, Eksjö, Hylte, Höganäs, Lilla Edet;
# the year in two digits: "20RS6891" Region Örebro län, "12KS/0491" Värmdö),
# a code in title case before number/year ("Ks 1092/2013") or year/number ("Dnr Kst 2014/467" Järfälla, "Dnr Ks
# 2012.512" Tierp: municipalities write their bodies' codes so, as the paragraph codes "Kf 124", "Ks 143" of 17
# tuning municipalities are), groups of digits ("102-274-04":
# class, number, year), the year and number by a colon ("2019:0123"), the year and a zero-padded serial by
# a dash ("Dnr 2023-000222", "Dnr 2016-00421", "Dnr 2019-000003 - 042": Laholm, Bjuv, Hudiksvall; never a
# date's month nor a span of years, whose second part opens with no 0).
# Three groups of digits a registry joins by dashes, dots or slashes, the class or year last ("Dnr: 09-40.012" the
# year, serial and class, Göteborgsregionen; "dnr 58.10/811" Hällefors; "Dnr 486.10.02" Årjäng's listed papers), never a
# date written so ("2019-05-12", "12.05.2019", "2.10.31"). Or the registry's class in dotted digits before the
# serial and the year, joined by dashes ("Dnr 1.5.3-219-2012", Stockholms stad's registry since 2012) or, as its
# nämnder wrote them before, by a slash on either side ("Dnr 1.6-0463/2011", Socialnämnden; "dnr 1.2.4/282-2010",
# Skärholmens stadsdelsnämnd).
_DATE_OF_GROUPS = r"(?:(?:19|20)?\d\d[-./][01]?\d[-./][0-3]?\d|[0-3]?\d[-./][01]?\d[-./](?:19|20)?\d\d)(?!\d)"
DOTTED_CLASS_NUMBER = r"\d{1,2}(?:\.\d{1,2}){1,3}[-/]\d{1,6}[-/](?:19|20)\d\d"
_DIGITS = (r"\d{4}/\d{1,6}-[A-ZÅÄÖ]{2,8}(?![\wåäö])|\d{4}/\d{1,6} [A-ZÅÄÖ]{2,8}(?=-\d)"
           r"|(?:19|20)\d\d[ /-]?[A-ZÅÄÖ]{2,5}\d{1,6}(?:\.\d{1,4})?|\d\d[A-ZÅÄÖ]{2,4}/?\d{3,6}"
           r"|[A-ZÅÄÖ][a-zåäö]{1,3} \d{1,6}/(?:19|20)\d\d|[A-ZÅÄÖ][a-zåäö]{1,3} (?:19|20)\d\d[/.]\d{1,6}"
           r"|\d{1,5}/\d{2,4}|\d{4}[/.]\d{1,6}|\d{2,3}-\d{1,6}-\d{2}|(?:19|20)\d\d:\d{1,6}"
           r"|(?:19|20)\d\d-0\d{2,5}(?: - \d{2,4})?(?!\d)"
           r"|" + DOTTED_CLASS_NUMBER + r"(?![\d/:-])"
           r"|(?!" + _DATE_OF_GROUPS + r")\d{1,4}[-.]\d{1,6}[-./]\d{2,4}(?![\d/:])")
# A document or classification suffix ("KS 2019/123-10", "2018/00124-1.2.3", "KS 2018/00909-1.1.1"):
# part of the number as written (the linking key, schema.CASE_KEY_SQL, sets it aside).
_SUFFIX = r"(?:[-.]\d+(?:\.\d+)*)?"
# The number ends where nothing like a number's go on follows, or where the registry's diarieplan code does
# ("Dnr.89/2005.Dpl.041" Forshaga, "Dnr SN-2017-2 Dpl 904" Östhammar: the plan's code is no part of it).
_END = _SUFFIX + r"(?:(?=\.?Dpl\b)|(?![\w/.:-]*\d))"
CASE_NUMBER = re.compile(_PREFIXED)
LABEL = (
    r"(?:vårt\s+dnr|vår\s+beteckning|vår\s+referens|dnr|d\.nr|diarienummer|diarienr|diarie\s+nr|ärendenummer|"
    r"ärendenr|ärende\s*-?\s*nr|beteckning)"
)
LABELLED = re.compile(
    r"\b(?i:" + LABEL + r")\b\.?\s*:?\s*(?P<number>(?:" + _PREFIXED + "|" + _DIGITS + r")" + _END + ")",
)
# A case number in any form a label makes trusted (LABELLED's), unlabelled: read only where a list's column proves it.
COLUMN_NUMBER = r"(?:" + _PREFIXED + "|" + _DIGITS + r")" + _END
# A label followed by something that starts like a case number but stops short.
LABELLED_TRUNCATED = re.compile(
    r"\b(?i:" + LABEL + r")\b\.?\s*:?\s*(?P<stub>[A-ZÅÄÖ]{1,8}(?:[ -]?\d{0,4}[/.:-]?\d{0,1})?)\s*$",
)
LABEL_ONLY = re.compile(r"^\s*" + LABEL + r"\s*\.?\s*:?\s*$", re.IGNORECASE)
# A stub such as "KS 2019/", "STK-20", "KS 2018." standing where a number should be.
STUB = re.compile(r"^(?i:" + LABEL + r"\.?\s*:?\s*)?[A-ZÅÄÖ]{1,8}(?:[ -]?\d{1,4}[/.:-]?|[ -]?[/.:-])$")
# Words that make a number someone else's: an earlier, related or old case. A bracket counts only while it is
# open: one closed before the number ("Hjo Söder 6:1 (Lundby), dnr KS 2018/100") does not hold it.
NOT_OURS = re.compile(
    r"(tidigare|jämför|jfr|se även|se ärende|relaterat?|liknande|gällande|gamla|föregående|ersätter|"
    r"upphäv|antogs|fastställdes|behandlades|\((?![^()]*\))|beslut finns|samordnats med)",
    re.IGNORECASE,
)


_THEIRS = re.compile(r"\b(?:er|ert)\s*$", re.IGNORECASE)  # "Er beteckning", "Ert diarienummer": the addressee's


def own_case_numbers(text: str) -> list[str]:
    """Labelled numbers that are not introduced as an earlier or related case."""
    found = []
    for match in LABELLED.finditer(text):
        before = text[max(0, match.start() - 40): match.start()]
        # A bracket makes the number a reference only when the number opens it ("(dnr KS 2015/88)"),
        # not any bracket in the 40 characters before (a letterhead's "1 (3)").
        if NOT_OURS.search(before.replace("(", " ")) or re.search(r"\(\s*$", before):
            continue
        if _THEIRS.search(before):
            continue  # "Er beteckning", "Ert dnr": the other party's number, not this matter's
        found.append(with_class_code(match.group("number").strip(), text[match.end():])[0])
    return found


def is_case_number(text: str) -> bool:
    return bool(CASE_NUMBER.fullmatch(text.strip()))


_TRAILING_CASE_NUMBER = re.compile(
    r"(?:\s|^)(?:(?i:" + LABEL + r")\.?:?\s*)?(?P<number>" + _PREFIXED + r")(?P<suffix>" + _SUFFIX + r")\s*$"
)
# A number that opens a line ("§ 45 Dnr KS 2018/124 ...", "KS13/412 Title", "1. KS/2018:196 Title"),
# perhaps labelled: the same forms as CASE_NUMBER, one rule for both. Read whole or not at all: the registry's
# suffix after a slash is part of it as written ("KS 2012/160/04 Budgetuppföljning", Hagfors; Sala's papers
# "KS 2013/121/1"), and a number that goes on otherwise ("KS 2019/12:3") is not cut short. A body's code
# before a date is no number ("SN 2015-08-25 Återrapportering ...").
LEADING_CASE_NUMBER = re.compile(r"^(?:(?i:" + LABEL + r")\.?:?\s*)?"
                                 r"(?![A-ZÅÄÖ]{1,8}[ -]?(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d))"
                                 r"(?P<number>(?P<base>" + _PREFIXED + r")(?:/\d{1,3}(?![\d/.:]))?)\b(?![/.:]\d)\s*")


# The registry's classification (its "diarieplan" code) after the number and a space, where the number
# opens a matter's head and the title follows: "Dnr 2016/000964 622 Kostpolicy" (Mörbylånga), "KS 2019/0087
# 005 Policy för IT" (Ljungby), "Dnr: KS 2012/92 101 Avtal" (Mora), "SBN 2012/101 21 MB ..." (Ludvika), as
# Tyresö's "2016/KS 0259 10": part of the number as written. At a row's end the same digits may be the next
# row's item or a page ("TN 2017/1131 10 Sävehuset", Gotland), so this is read only at a head's start.
# A dash may stand before a code that opens with 0 ("KS/2018:298 - 001" Storuman, "2019-000003 - 042"
# Hudiksvall): never a span of pages or items.
# Three digits may also end the text ("Dnr KS 2019/123 041" alone on a letterhead's line, the title below).
_CLASS_CODE = re.compile(r"^(?:\s+(?P<code>\d{2,3}(?=\s+[A-ZÅÄÖ])|\d{3}(?=\s*$))"
                         r"|(?P<space>\s*)(?P<dashed>-\s?0\d\d)(?=\s+[A-ZÅÄÖ]|\s*$))")


def with_class_code(number: str, after: str, item_number: int | None = None) -> tuple[str, str]:
    """('KS 2019/0087', ' 005 Policy för IT') -> ('KS 2019/0087 005', 'Policy för IT'): the number with the
    classification that follows it (`after`: the text right after the number) and the rest of the head;
    unchanged when none follows. A code that is the item's own number or the next one's ("KSKF/2015:1 231
    Val ...") is no classification."""
    code = _CLASS_CODE.match(after)
    digits = code and (code.group("code") or code.group("dashed").strip("- "))
    if not code or item_number is not None and int(digits) in (item_number, item_number + 1):
        return number, after
    written = f" {code.group('code')}" if code.group("code") else (" " if code.group("space") else "") + " ".join(
        code.group("dashed").split())
    return number + written, after[code.end():].lstrip()


# A span of years after a name in capitals ("Affärsplan NSVA 2023-25", Perstorp): the years a plan or budget runs,
# as titles write them in many organisations ("Strategisk plan 2017-2019", "Kulturstrategi för åren 2018-2030",
# "Medborgarlöften ... 2021-2023"), not a registry's year and serial; the digits-only forms already say so (_DIGITS).
_YEARS_SPAN = re.compile(r"(?<!\d)(?P<first>(?:19|20)\d\d)-(?P<last>(?:19|20)?\d\d)$")
_SPAN_AT_MOST = 15  # years; the longest span in tuning's titles is twelve ("2018-2030")


def is_span_of_years(number: str) -> bool:
    """'NSVA 2023-25', 'KS 2019-2021' -> True: the number's digits are a span of a few years forward."""
    span = _YEARS_SPAN.search(number)
    if span is None:
        return False
    first, last = int(span.group("first")), span.group("last")
    years = (int(last) - first % 100) % 100 if len(last) == 2 else int(last) - first
    return 1 <= years <= _SPAN_AT_MOST


_YEAR_OPENS = re.compile(r"(?:19|20)\d\d[/.:-]")
_WHOLE_DATE = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d")


def trailing_case_number(text: str) -> tuple[str, str | None]:
    """'Revidering av riktlinjer    KS13/412' -> ('Revidering av riktlinjer', 'KS13/412'); unlabelled, a span of
    years is none ('Affärsplan NSVA 2023-25')."""
    match = _TRAILING_CASE_NUMBER.search(text)
    if match and not NOT_OURS.search(text[max(0, match.start() - 14): match.start() + 1]):
        labelled = match.start("number") > match.start() + 1
        digits = match.group("number")[re.search(r"\d", match.group("number")).start():] + match.group("suffix")
        if _WHOLE_DATE.fullmatch(digits):
            # "DELGIVNINGAR MYN 2013-04-04": a body's code and a date (the meeting's, stamped on its head) end the
            # line, as before a title ("SN 2015-08-25 Återrapportering ..."): no number, and no gold's case number
            # in any round is a whole date.
            return text, None
        if not labelled and text.isupper() and text[:match.start()].strip() and (
                not _YEAR_OPENS.match(digits) or is_span_of_years(digits.replace("/", "-"))):
            # A title in capitals: a registry's code is not told from a word of the title before a number, unless
            # the number is a registry's, its year first ("FIKA KS 2014/104"): a property's ("... DEL AV NORSJÖ
            # 56:22 OCH NORSJÖ 56:23"), a span of years ("... INFÖR VAL 2019/2020") stays the title's (a date,
            # "PER 2015-04-30", is no number at all: above).
            return text, None
        if labelled or not is_span_of_years(match.group("number")):
            # (a labelled number's suffix is part of it as written, as LABELLED reads it: "Dnr KS/2021:399-101")
            return text[: match.start()].rstrip(" ,;–-"), match.group("number") + (match.group("suffix") if labelled
                                                                                   else "")
    return text, None


# ---------------------------------------------------------------- dates

MONTH_WORDS = "|".join(sorted([*MONTHS, *MONTH_ABBREVIATIONS], key=len, reverse=True))
# A date's weekday before it, perhaps: "Onsdagen den 27 februari", "måndag 2019-03-04".
WEEKDAY_BEFORE_DATE = r"(?:(?:" + "|".join(WEEKDAYS) + r")(?:en)?\s+)?"
DATE_IN_TEXT = re.compile(
    r"(?<![\d-])(?P<date>" + WEEKDAY_BEFORE_DATE + r"(?:(?<![\wåäöÅÄÖ])den\s+)?(?:"
    r"\d{4}-\d{1,2}-\d{1,2}(?![\d-])"
    # one meeting over two days, "den 19-20 juni 2007", "19–20 juni": dated by its first day (see _DAY_RANGE), as the
    # tuning golds date two-day meetings; never a time's end ("kl. 17:00-19 december 2006": that date is the second)
    r"|(?<![\d:.])\d{1,2}\s?[-–]\s?\d{1,2}\s+(?:" + MONTH_WORDS + r")\.?\s+\d{4}(?![\d-])"
    r"|\d{1,2}(?::e|:a|e)?\s+(?:" + MONTH_WORDS + r")\.?\s+\d{4}"
    r"|\d{1,2}/\d{1,2}[ /]\d{4}"
    r"))",
    re.IGNORECASE,
)
# A day range's second day, dropped so that the range is read as its first day: "19-20 juni 2007" -> "19 juni 2007".
_DAY_RANGE = re.compile(r"(?<=\d)\s?[-–]\s?\d{1,2}(?=\s+[^\W\d])")
COMPACT_DATE = re.compile(r"(?<![\d/.-])(?P<date>\d{6}|\d{8})(?![\d/.-])")
# "2019-0", "2019-05-", "2017-" at the end: a date cut short.
TRUNCATED_DATE = re.compile(r"(?<![\d-])\d{4}-(?:\d{1,2}-?)?\s*$")


_DIGIT = re.compile(r"\d")


@dataclass
class FoundDate:
    iso: str | None
    text: str
    start: int
    end: int
    error: str | None = None


# A long text's dates and their labels are read once: every reading of a document of unsettled kind (as a protocol,
# then as a kallelse) and each of its parts (the meeting's date, the justering's, the anslag's) asks for them of the
# same run-on text, and on a long line that search is a reading's main cost (a 200,000-character list of names: 0.27
# s of 1.3 read again). A short line is cheaper to read again than to remember. The cache holds tuples; callers get a
# list of their own (the FoundDates in it are shared and never changed).
_READ_ONCE_FROM = 500  # characters
_DATES_KEPT = 32  # texts remembered (the least recently asked forgotten first)


def find_dates(text: str, *, compact: bool = False) -> list[FoundDate]:
    """Every date written out in `text`; compact forms (240805) only when asked."""
    if not _DIGIT.search(text):
        return []  # every date form holds a digit; most lines of text hold none, and are told so at once
    if len(text) >= _READ_ONCE_FROM:
        return list(_long_text_dates(text, compact))
    return _find_dates(text, compact=compact)


@functools.lru_cache(maxsize=_DATES_KEPT)
def _long_text_dates(text: str, compact: bool) -> tuple[FoundDate, ...]:
    return tuple(_find_dates(text, compact=compact))


def _find_dates(text: str, *, compact: bool) -> list[FoundDate]:
    found = []
    for match in DATE_IN_TEXT.finditer(text):
        raw = match.group("date")
        try:
            found.append(FoundDate(parse_partial(_DAY_RANGE.sub("", raw, count=1)).iso(), raw, match.start(),
                                   match.end()))
        except InvalidDate as error:
            found.append(FoundDate(None, raw, match.start(), match.end(), str(error)))
    if compact:
        for match in COMPACT_DATE.finditer(text):
            if any(f.start <= match.start() < f.end for f in found):
                continue
            try:
                found.append(FoundDate(parse_partial(match.group("date")).iso(), match.group("date"),
                                       match.start(), match.end()))
            except InvalidDate:
                continue
        found.sort(key=lambda f: f.start)
    return found


# The heading of a protocol's anslag box (its certificate that the justering was posted on the board), one pattern for
# every reader of it: the date labels below (a heading, no date's label), meetingdocs' box of cells (_ANSLAGS_BOX_HEAD)
# and its § title (_ANSLAG_BOX), meetingwords' standing items (FORMALITY) and signature box (_FOOTER), and the kind's
# certifying marks (__init__). Its forms in the tuning half, any case, a whole word:
#   "ANSLAG/BEVIS", "Anslag / bevis" (206 documents: Ale, Alingsås, Älmhult, Ånge ...);
#   "BEVIS/ANSLAG", "Bevis / Anslag" (9: Sundsvall, Varberg, Luleå, Kungälv, Nerikes Brandkår ...);
#   "ANSLAGSBEVIS" (17: Bjuv, Kil, Mariestad, Falköping, Ljusdal ...);
#   "BEVIS OM ANSLAG" (14: Nacka, Säffle, Skellefteå, Tierp, Enköping ...).
ANSLAG_BOX_HEADING = (r"(?<![\wåäöÅÄÖ])(?i:anslag\s*/\s*bevis|bevis\s*/\s*anslag|anslagsbevis|bevis\s+om\s+anslag)"
                      r"(?![\wåäöÅÄÖ])")


# What a date in a meeting document's head is the date of, told by the nearest label
# before it (run-on text puts the meeting's, the justering's and the notice's dates on
# one line). Longer labels first: "anslag tas ned" is not the notice going up.
# The words that say a notice is taken down (and its past forms: "Anslaget nedtaget 3 november 2016", Ljungby; "Datum
# då anslaget togs ner", Hässleholm; "Anslaget nedtaget den", Höganäs), not put up.
NOTICE_TAKEN_DOWN = (r"tas ned|tas ner|nedtas|ned tas|nedtagande|nedtagning|nedtages|tages ned|tas bort|nedtaget|"
                     r"togs ned|togs ner|tagits ned|tagits ner")
_DATE_LABELS = [
    ("down", NOTICE_TAKEN_DOWN + "|"
             # The appeal's last day is no notice's either: "Sista dag att överklaga 2019-04-03" (Höglandets
             # räddningstjänstförbund, Enköping), "Sista dag för överklagande" (Ånge, Solna), "Överklagningstid"
             # (Ljungby), "Överklagandetid" (Nykvarn).
             # ("Sista dag för överklagan 11 maj 2017", Krokom: the noun's other form)
             r"sista dag(?:en)? (?:för överklagan(?:de)?|att överklaga)|"
             r"överklagandetid|överklagningstid"),
    # (also "Justerings plats och tid", "JUSTERING PLATS OCH TID": Osby, Kil, Hagfors; not split into a
    # justering and the meeting's "plats och tid")
    # ("och" abbreviated too: "Justeringens plats o tid Kommunledningskontoret, 2019-05-14", Eslöv; else the "tid" in it
    # is the nearest label, the meeting's)
    # (and by a comma: "Justeringens plats, tid Miljökontoret, torsdagen den 27 september 2012", Hässleholm)
    # ("justerat" ends before a "den": a date written out takes it, "Justerat den 1 december 2014", Örebro's head)
    # (or by a slash: "Justeringens plats/tid Stadshuset, Ronneby, den 12 december 2005", Ronneby)
    ("approved", r"justering(?:ens|s)? (?:plats(?:(?: (?:och|o\.?|&)|,) | ?/ ?)tid"
                 r"|tid(?:(?: (?:och|o\.?|&)|,) | ?/ ?)plats|tid|datum)"
                 r"|justeringsdatum|"
                 r"protokollet justerades|datum för justering|justeringen ägde rum|justerad|justerades|justerats|"
                 r"justerat|justeras|justering"),
    # The anslag box's heading is no label of a date: "ANSLAG/BEVIS. Kommunstyrelsen 2013-02-12." (Hallsberg's copy
    # site title; the box's first row is the organ's, with its meeting's date); before "notice" so that its "anslag"
    # is not read as one.
    ("heading", ANSLAG_BOX_HEADING),
    # (a bare "SÄTTS UPP 2019-06-11" too, the form's column under its anslag heading, Kil: _NOTICE reads it so on a
    # line of its own; in a protocol's head only the anslag is put up)
    ("notice", r"(?:anslag(?:et)? )?sätts upp|anslaget sattes upp|anslagsdatum|anslags uppsättande|"
               r"datum för anslag(?:s|ets)? (?:upprättande|uppsättande)|anslaget publicerat|"
               # the form's label without its word "anslag" ("Datum för uppsättande 2014-05-09", Mora; the same label
               # empty in Kumla's and Orkelljunga's forms)
               r"datum för uppsättande|"
               r"datum då anslaget sätts upp|"
               r"tillkännagivandet|tillkännagiven|tillkännagivits|tillkännagavs|anslaget\b|anslag\b|"
               # "... har anslagits på stadens anslagstavla den 14 januari 2015" (Lidingö), "Anslaget på kommunens
               # anslagstavla den 12 december 2018" (Kalmar), "tillkännagiven på kommunens anslagstavla den" (Örebro)
               r"anslagits|anslagstavlan?\b|"
               # the anslag's time on the board, its first day the day it went up ("Anslagstid 2015-09-25 t o m
               # 2015-10-12", Östersund)
               r"anslagstid\b"),
    # An extract's certification, dated the day it was copied: "... anslagstavla 2017-06-08 intygas Rätt utdraget
    # intygas 2017-06-07" (Västmanland's Gemensam Hjälpmedelsnämnd): no anslag's, justering's or meeting's date.
    ("extract", r"utdraget intygas|utdragets riktighet intygas"),
    # "ANSLAG/BEVIS Protokollet från samhällsbyggnadsnämnden den 10 oktober 2012 ... är justerat" (Ludvika), "Protokoll
    # från Kommunfullmäktiges sammanträde 2017-10-19" (Eksjö), "Protokoll från Kommunfullmäktige, tisdag 23 maj 2017"
    # (Vänersborg): the date of the meeting the protocol is from.
    ("meeting", r"protokoll(?:et)? från|"
                r"organ och sammanträdesdatum|\borgan\b|sammanträdesdatum|sammanträdesdag|mötesdatum|sammanträdet|"
                r"plats och tid|tid och plats|dag och tid|datum|\btid\b|har sammanträtt|sammanträdde|sammanträde|"
                # A form's label "Dag" right before its date ("Regionrådet Dag 2013-02-22 Tid 13.30", Umeåregionen;
                # "Dag Måndagen den 11 januari", Nacka): capitalised, so neither prose's "samma dag" nor a name's.
                r"(?-i:(?<![\wåäöÅÄÖ])Dag)(?=:?\s+(?:\d{4}-\d|[A-Za-zåäö]+dag(?:en)?\s))"),
]
_DATE_LABEL = re.compile("|".join(f"(?P<{role}>{pattern})" for role, pattern in _DATE_LABELS), re.IGNORECASE)
LABEL_REACH = 100  # characters between a label and its date


def labels_over_values(lines: list[Line]) -> list[Line]:
    """A form set as a table, its labels on one line and their dates on the next ("Anslaget
    den Nedtas den" / "2019-06-24 2019-07-16"): each label with its date on one line, so that
    labelled_dates() reads them; every other line as it stands."""
    result: list[Line] = []
    texts = [line for line in lines if line.stripped]
    index = 0
    while index < len(texts):
        line = texts[index]
        following = texts[index + 1] if index + 1 < len(texts) else None
        values = find_dates(following.stripped) if following is not None else []
        # The values first: the search for labels is the slowest (many labels, in any case), and
        # only a line over two dates or more and nothing else needs it.
        if (len(values) >= 2 and not DATE_IN_TEXT.sub("", following.stripped).strip()
                and len(labels := list(_DATE_LABEL.finditer(line.stripped))) == len(values)
                and not find_dates(line.stripped)):
            cuts = [m.start() for m in labels][1:] + [len(line.stripped)]
            pieces = [line.stripped[start:end].strip() for start, end in zip([0] + cuts[:-1], cuts, strict=True)]
            merged = " ".join(f"{piece} {value.text}" for piece, value in zip(pieces, values, strict=True))
            result.append(Line(line.number, merged))
            index += 2
            continue
        result.append(line)
        index += 1
    return result


def labelled_dates(text: str) -> list[tuple[str | None, FoundDate]]:
    """Each date in `text` with the role of the nearest label before it (within
    LABEL_REACH characters): 'meeting', 'approved', 'notice', 'down', 'extract', 'heading', or None."""
    if len(text) >= _READ_ONCE_FROM:
        return list(_long_text_labelled_dates(text))
    return _labelled_dates(text)


@functools.lru_cache(maxsize=_DATES_KEPT)
def _long_text_labelled_dates(text: str) -> tuple[tuple[str | None, FoundDate], ...]:
    return tuple(_labelled_dates(text))


def _labelled_dates(text: str) -> list[tuple[str | None, FoundDate]]:
    dates = find_dates(text)
    if not dates:
        return []  # no date, no label to look for (the label search is the slow one)
    # The labels in order, up to the last date: one that starts after it is no date's label.
    labels = []
    for m in _DATE_LABEL.finditer(text):
        if m.start() > dates[-1].start:
            break
        labels.append((m.end(), m.lastgroup))
    ends = [end for end, _role in labels]
    result = []
    for date in dates:
        index = bisect.bisect_right(ends, date.start) - 1  # the nearest label ending before the date
        if index >= 1 and _an_empty_organ_row(text, ends[index], date.start):
            index -= 1  # the label before it: "Justeringens plats och tid", whose value the date is
        near = index >= 0 and date.start - ends[index] <= LABEL_REACH
        result.append((labels[index][1] if near else None, date))
    return result


# A protocol's form flattened labels first, values after, its "Organ" row empty: "Justeringens plats och tid
# Underskrifter Organ Jan Ekström (MP) och Marie-Louise Dinäss (S) Kommunstyrelsekontoret den 31 maj 2011" (Gislaved:
# the justerare's names and the justering's place and day follow the last label). The organ's value is a body's name
# ("Organ Kommunstyrelsen 2016-11-14": Arjeplog, Filipstad, Jokkmokk, Kungsör, Piteå ...) or nothing before the date
# ("Organ 2015-12-07", Vetlanda); words naming no body between say the date is not the organ's row's.
_ORGAN_LABEL_AT_END = re.compile(r"(?<![\wåäö])organ$", re.IGNORECASE)
_A_WORD = re.compile(r"[A-ZÅÄÖa-zåäö]{2,}")  # two letters or more: no initial, no stray mark


def _an_empty_organ_row(text: str, label_end: int, date_start: int) -> bool:
    """Whether the label ending at `label_end` is a bare "Organ" and the words between it and the date name no body."""
    if not _ORGAN_LABEL_AT_END.search(text, max(0, label_end - 6), label_end):
        return False
    between = text[label_end:date_start]
    return bool(_A_WORD.search(between)) and not bodies_in(between)


# ---------------------------------------------------------------- bodies

ABBREVIATIONS = {code.lower(): name for name, code in naming.KNOWN_CODES.items()}


# A kommunalförbund's or a region's board named after its organisation's genitive: "Kunskapsförbundets direktion",
# "Samordningsförbundets styrelse", "Regionens styrelse"; never a body's genitive ("Kommunstyrelsens arbetsutskott").
# (The genitive and the board, shared with meetingdocs' _OWNED_BOARD, which keeps such a name whole in a head.)
ORGANISATIONS_BOARD_WORDS = r"(?:förbundets|regionens|landstingets)\s+(?P<board>direktion|styrelse)"
_ORGANISATIONS_BOARD = re.compile(r"[A-ZÅÄÖ][\wåäö-]*" + ORGANISATIONS_BOARD_WORDS)


def body_name(text: str) -> str | None:
    """A body's name as written ('Kommunstyrelsens arbetsutskott', 'KSAU' -> the full name),
    in the nominative; None when the text is not a body."""
    text = " ".join(text.strip(" :.,;").split())
    if not text:
        return None
    if text.lower() in ABBREVIATIONS:
        full = ABBREVIATIONS[text.lower()]
        return full[:1].upper() + full[1:]
    if len(text.split()) > 6 or not naming.body_kind(text.rstrip("s")) and not naming.body_kind(text):
        return None
    if not text[:1].isupper():
        text = text[:1].upper() + text[1:]
    words = text.split()
    if len(words) == 1:
        return naming.nominative(text)
    owned = _ORGANISATIONS_BOARD.fullmatch(text)
    if owned:
        # "Kunskapsförbundets direktion sammanträder ...": the organisation's own board, its name before the board's
        # as a municipality's is ("Malmö kommunstyrelse", "Uppsala kommunfullmäktige": the body alone), in the
        # definite form every head writes it in ("Direktionen", "Styrelsen").
        return definite(owned.group("board").capitalize())
    return text


def definite(word: str) -> str:
    """A body's word in the indefinite form made definite, as heads write a body's name: 'Direktion' ->
    'Direktionen', 'Regionstyrelse' -> 'Regionstyrelsen', 'Allmänna utskott' -> 'Allmänna utskottet'."""
    return word + ("n" if word.endswith("e") else "et" if word.endswith("utskott") else "en")


# Words a phrase has before a body's name and a body's own name never has.
# A sentence's end, a label's colon or a file's extension inside a word: no body's name runs across it ("Bilagor
# Tjänsteskrivelse socialförvaltningen Rapportering Åtgärder.pdf Kommunstyrelsen beslutade ...", a portal's attachment
# run into the next sentence when the lines were lost; Tyresö's, Värmdö's, Trosa's papers list their attachments so).
_ENDS_A_NAME = re.compile(r"[.:;!?]")
_NOT_IN_A_BODY_NAME = {"vid", "med", "om", "av", "på", "i", "till", "från", "under", "enligt", "inom", "mot", "hos",
                       # a body's verbs: "Direktionen föreslår förbundsfullmäktige" names no body, however it ends
                       "föreslår", "föreslås", "föreslog", "beslutar", "beslutade", "beslöt", "godkänner", "antar",
                       "hemställer", "ger", "uppdrar", "har", "är", "ska", "lägger", "noterar", "fastställer",
                       "tillstyrker", "avstyrker", "överlämnar", "bifaller", "avslår",
                       # a form's labels, its value run on after them: "Organ Plats gemensam Hjälpmedelsnämnd ..."
                       "tid", "plats", "datum", "tidpunkt", "sammanträdesdatum", "sammanträdesdag", "organ", "sida"}


# A body's own word, definite and capitalised as a name of its own ("Direktionen", "Kommunstyrelsen", "Nämnden"): a
# capitalised word in -s before it ("Borås Direktionen", a letter's place) is no part of its name: a genitive before
# a definite noun is no Swedish ("Kommunstyrelsens arbetsutskott", "Tekniska nämnden" are).
_DEFINITE_BODY_WORDS = "styrelsen|nämnden|direktionen|utskottet|beredningen"
_DEFINITE_BODY = re.compile(r"(?=[A-ZÅÄÖ])[A-ZÅÄÖa-zåäö]*(?i:" + _DEFINITE_BODY_WORDS + ")")


# A body's definite word written small ends a name only after words that qualify it, as a name's words do: a
# genitive ("Kommunstyrelsens", "arbets"), an adjective ("Tekniska", "Sociala"), a word cut at its hyphen ("Barn-")
# or "och" ("Barn- och utbildningsnämnden"); after a pronoun or a verb it is a sentence's object ("Det åligger
# direktionen att:", Nerikes Brandkår's plan page; "Där nämnden", "Sedan styrelsen").
_SMALL_DEFINITE_BODY = re.compile(r"[a-zåäö]*(?:" + _DEFINITE_BODY_WORDS + ")")
_NAME_WORD_BEFORE_BODY = re.compile(r"(?:[sae]|-),?$|^(?:och|&)$")  # ("Kultur-, fritids- och tekniknämnden")


def body_at_start(text: str) -> tuple[str, str] | None:
    """'Kommunstyrelsen 2018-03-14, § 80' -> ('Kommunstyrelsen', '2018-03-14, § 80').

    The shortest run of words that names a body, grown only while each next word keeps
    it a body ('Kommunstyrelsens' + 'arbetsutskott'), never across a verb."""
    words = text.split()

    def is_body(n: int) -> bool:
        cleaned = " ".join(words[:n]).rstrip(":,;.")
        if n == 1 and cleaned.lower() in ABBREVIATIONS:
            return True
        if any(word.lower() in _NOT_IN_A_BODY_NAME for word in words[:n - 1]):
            return False  # "Fört vid sammanträde med Malmö kommunstyrelse": a phrase, not a name
        if any(_ENDS_A_NAME.search(word) for word in words[:n - 1]):
            return False  # "... Rapportering Åtgärder.pdf Kommunstyrelsen beslutade": a file's or a sentence's end
        if n >= 2 and not words[n - 1].rstrip(":,;."):
            # A lone ":" or "," after the words ("Kommunstyrelsen : ..."): they name a body as they do without it,
            # the tests of their last word below made on that word ("Det åligger direktionen : ..." names none).
            return is_body(n - 1)
        if n >= 2 and _SMALL_DEFINITE_BODY.fullmatch(words[n - 1].rstrip(":,;.")) \
                and not all(_NAME_WORD_BEFORE_BODY.search(word) for word in words[:n - 1]):
            return False  # "Det åligger direktionen att:": a sentence's object, no name
        if n >= 2 and _DEFINITE_BODY.fullmatch(words[n - 1].rstrip(":,;.")) and words[n - 2][:1].isupper() \
                and words[n - 2].endswith("s") and not naming.body_kind(words[n - 2].rstrip("s")):
            return False  # "KALLELSE Borås Direktionen för ...": the letter's place, then the body, no one name
        return bool(naming.body_kind(cleaned)) and cleaned[:1].isupper()

    for n in range(1, min(6, len(words)) + 1):
        if is_body(n):
            while n < len(words) and n < 6 and is_body(n + 1):
                n += 1
            return body_name(" ".join(words[:n]).rstrip(":,;.")), " ".join(words[n:])
    return None


# An anslag form's label for the body, its value beside it: "Nämnd/styrelse Kommunstyrelsen" (Askersund,
# Högsby, Kristianstad, Kumla, Lekeberg, Ljungby, Söderhamn, Staffanstorp), "Styrelse/Nämnd"; the bare kind
# words, indefinite, name no body.
_FORM_LABEL_BODY = re.compile(r"(?i:nämnd|styrelse)(?:\s*/\s*(?i:nämnd|styrelse))?")


# A name's word before its last in capitals, as a letterhead sets the name ("KOMMUNSTYRELSENS ARBETSUTSKOTT", "BARN- OCH
# UTBILDNINGSNÄMNDEN", "KOMMUNERNAS HJÄLPMEDELSNÄMND"): read as the same word in small letters is, so the name is whole,
# not its last word alone; never a document's name before it ("KALLELSE/FÖREDRAGNINGSLISTA KOMMUNFULLMÄKTIGE").
_CAPITAL_NAME_WORD = re.compile(r"(?!(?:" + alternation(AGENDA_KINDS, PROTOCOL_KINDS, REPORT_KINDS).upper()
                                + r")\b)(?:[A-ZÅÄÖ]+[SA]|[A-ZÅÄÖ]+-|OCH)")


def _whole_in_capitals(name: str, leading: list[str]) -> bool:
    """Whether `name`, in capitals, is a body's whole name as the same words in small letters are: each word before the
    last a name's (_CAPITAL_NAME_WORD), and the name, written small, one body_at_start reads whole ("Kommunstyrelsens
    sociala utskott"; not "Bevis kommunstyrelsen", "Ordförandes kommunstyrelse")."""
    if not name.isupper() or not leading or leading[0] == "OCH" \
            or not all(_CAPITAL_NAME_WORD.fullmatch(word) for word in leading):
        return False
    last = name.split()[-1].lower()
    if last.startswith(("kommun", "region", "landstings")):
        return False  # a body only a municipality has, after other words: a place or the head's other words before it
    if any(word.endswith("S") for word in leading) and _SMALL_DEFINITE_BODY.fullmatch(last):
        return False  # a genitive governs the indefinite ("KOMMUNSTYRELSENS ARBETSUTSKOTT"): "BEVIS NÄMNDEN" is two
    small = name[:1] + name[1:].lower()
    read = body_at_start(small)
    return bool(read) and not read[1] and len(read[0].split()) == len(small.split()) \
        and all(word.endswith(("-", "s", "a")) or word == "och" for word in small.split()[:-1])


def bodies_in(text: str, *, shared_small: bool = False) -> list[tuple[int, str]]:
    """Every body named in running text, with where it starts: 'Organ Kommunstyrelsen
    Sammanträdesdatum ...' -> [(6, 'Kommunstyrelsen')]. A genitive is not a body named
    ('Kommunstyrelsens kansli'). `shared_small`: a value after a head's label, where "gemensam"
    written small before a body's capital opens a gemensam nämnd's name (_SHARED_BEFORE); in
    running text a small word before a name is a phrase's ("... ska gemensam Nämnd ...")."""
    found = []
    for word in re.finditer(r"[A-ZÅÄÖ][\wåäöÅÄÖ-]*", text):
        hit = body_at_start(text[word.start(): word.start() + 80])
        if not hit or not hit[0] or re.match(r"s\b", text[word.start() + len(hit[0]):]):
            continue
        if _FORM_LABEL_BODY.fullmatch(hit[0]):
            continue  # the anslag form's label "Nämnd/styrelse", "Styrelse/Nämnd": no body's name
        if _ROOM_AFTER.match(" " + hit[1]):
            continue  # "KS sammanträdesrum" (Umeåregionen's meeting at Vindeln's kommunkontor): a room's name
        # "Barn- och utbildningsnämnden", "Kommunstyrelsens arbetsutskott", "Tekniska nämnden";
        # not "Organ och sammanträdesdatum Kommunstyrelsen".
        leading = hit[0].split()[:-1]
        if leading and leading[0].lower() == "gemensam":
            leading = leading[1:]  # "Gemensam nämnd för samverkan", "Gemensam räddningsnämnd" (below)
        if leading and leading[0].lower() in _WHICH_MEETING:
            continue  # "Sista fullmäktige före sommaren" (Perstorp's news heading): which meeting, no body's name
        # (A name of three parts lists its first words with a comma: "Barn-, kultur- och utbildningsnämnden".)
        if all(w.endswith(("-", "-,", "s", "a")) or w == "och" for w in leading) \
                or _whole_in_capitals(hit[0], leading) \
                or _DISTRICTS_NAMND.fullmatch(hit[0]):
            shared = _SHARED_BEFORE.search(text, 0, word.start()) if shared_small and word.start() else None
            if shared and " " not in hit[0]:
                # "Organ Plats gemensam Hjälpmedelsnämnd" (Västmanland's hjälpmedelsnämnd): a gemensam nämnd's
                # name opens with its kind's word, written small before the capital as in running text (the name
                # as written, as every name found here is).
                found.append((shared.start(), f"{shared.group(1)} {hit[0]}"))
                continue
            found.append((word.start(), hit[0]))
    return found


# A city district's nämnd named by its district, a double place name in any ending before it ("Hässelby-Vällingby
# stadsdelsnämnd", "Rinkeby-Kista", "Spånga-Tensta", Stockholm's; "Kungsholmens stadsdelsnämnd" a genitive, read
# above): capitals on both sides of the hyphen, so no pronoun's or adjective's word ("Den stadsdelsnämnd").
_DISTRICTS_NAMND = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)+\s+stadsdelsnämnd(?:en)?")


# Words that tell which of a body's meetings a heading speaks of, before the body's word ("Sista fullmäktige före
# sommaren", "Första nämnden efter valet", "Nästa fullmäktige", "Extra fullmäktige", the newly elected assembly: "Nya
# fullmäktige ska också tacka av avgående ledamöter", Borgholm's page): no body is named so, though they end in "a" as
# "Tekniska nämnden"'s adjective does.
_WHICH_MEETING = frozenset({"sista", "första", "nästa", "extra", "nya"})


# A room named after the body that meets in it ("KS sammanträdesrum", "KS-salen", "Kommunstyrelsens sammanträdesrum",
# "KS-rummet": 14 tuning texts of 13 organisations, Borgholm, Filipstad, Gävle, Haninge, Luleå, Säter ...) names a
# place, whoever meets there: a body's name before a room's word is the room's, never a body named.
_ROOM_AFTER = re.compile(r"\s*(?:sammanträdesrum(?:met)?|sammanträdessal(?:en)?|salen|rummet)(?![\wåäö])")


# A gemensam nämnd (kommunallagen's name for a board several municipalities share) is named so: "Gemensam nämnd för
# samverkan" (Strömsund), "Gemensam räddningsnämnd" (Östhammar), "gemensam överförmyndarnämnd" (Alvesta),
# "Gemensamma överförmyndarnämnden" (Flen), "gemensam Hjälpmedelsnämnd" (Västmanland's): the word is its name's.
_SHARED_BEFORE = re.compile(r"(?<![\wåäöÅÄÖ])(gemensam(?:ma)?)\s+$")


def same_body(name: str | None, other: str | None) -> bool:
    """Whether two names name one body (naming.body_key: the rule is the archive's, which looks bodies up by it)."""
    return bool(name) and bool(other) and naming.body_key(name) == naming.body_key(other)


# ---------------------------------------------------------------- proposals' leads

# "föreslår", "föreslå" (after another "föreslår"), "föreslås": each links one body of the path to the next.
# (The space after a link is left to the next: "X föreslås föreslå Y besluta" holds two links, one after the other.)
_PROPOSES = re.compile(r"(?:^|\s+)föreslå(?:r|s)?(?:\s+(?:härmed|därför|därmed|nu|också|även))?(?:\s+att)?(?=\s|$)",
                       re.IGNORECASE)


def _may_propose(text: str) -> bool:
    """Whether `text` holds "föreslå" (in every _PROPOSES match) in any case: casefold() folds
    every letter IGNORECASE lets match ("S", "ſ", "Å") to the word's own, and with `in` is faster
    than a case-blind search, which tries every position."""
    return "föreslå" in text.casefold()


# Where the lead ends: "besluta", "beslutar följande:", the proposal's first "att" ("Stadskontoret
# föreslår kommunstyrelsen att ..."), or "följande" right after the body ("Regionstyrelsen föreslår
# regionfullmäktige följande 1. ...": the lead ends at "följande" so in Stockholm's and Sollentuna's too).
# Or the decision's own verb in the present, the body put to its subject ("Regionstyrelsen föreslår att
# regionfullmäktige fastställer nytt reglemente", Västra Götalandsregionen; "Arbetsutskottet föreslår kommunstyrelsen
# godkänner avtalet", Skellefteå; "... föreslår att kommunfullmäktige godkänner Policy för IT", Ljungby; "föreslå att
# kommunfullmäktige antar yttrandet", Kumla): the proposal opens at the verb. Only verbs that decide ("föreslår att
# kommunstyrelsen utreder ...", Malmö, asks for an inquiry).
# ("besluta enligt:" before the points is the lead's too, as "besluta enligt följande:": Upplands-Bro; so "besluta
# att:" before numbered points, each an infinitive the "att" governs: "... kommunfullmäktige besluta att:" / "1.
# Godkänna årsredovisningen ...", Tyresö.)
_DECIDE = re.compile(r"\s*\bbeslut(?:a|ar)\b(?:\s+(?:följande|enligt följande)|\s+enligt(?=\s*:)"
                     r"|\s+att(?=\s*:\s*1[.)]\s))?\s*[:.]?\s*"
                     # "GRs valberedning föreslår förbundsstyrelsen att besluta" / "att till förbundsstyrelsen ...": the
                     # infinitive's "att" before the verb, the proposal's own att-clause (or the line's end) after it
                     # (or its points, or its text's first sentence: "... att besluta" / "1. Riktlinjerna godkänns")
                     r"|\s+att\s+besluta\b(?:\s+(?:följande|enligt följande)|\s+enligt(?=\s*:))?\s*:?\s*"
                     r"(?=att\s|\d{1,2}[.)]\s|(?-i:[A-ZÅÄÖ])|\n|$)"
                     r"|\s+(?=att\s)"
                     r"|\s+följande(?:\s+beslut)?\b\s*:?\s*"
                     r"|\s+(?=(?:godkänner|fastställer|antar|beviljar|tillstyrker|avstyrker|avslår|bifaller|upphäver)\s)",
                     re.IGNORECASE)
# An office named for what it serves: "Förvaltningen för service", "Kontoret för samhällsutveckling", "Förvaltningen
# för konsument- och medborgarservice" (words in lower case after "för", four at most).
_OFFICE_FOR = re.compile(r"(?=[A-ZÅÄÖ])[A-ZÅÄÖa-zåäö]*(?i:kontoret|förvaltningen|avdelningen|enheten|kansliet)\s+för"
                         r"(?:\s+(?:[a-zåäö]+-?|och)){1,4}")
# An office or unit proposes, but it is no body of the path: "Stadskontoret föreslår kommunstyrelsen ...". So does an
# officer named by the job ("Brandchefen föreslår direktionen ...", "Förvaltningschefen", as "Kommundirektören"), a
# förbund's service or the förbund itself ("Räddningstjänsten föreslår ...", "Miljöförbundet föreslår ...").
_OFFICE = re.compile(r"(?:kontoret|förvaltningen|förvaltning|avdelningen|enheten|kansliet|ledningen|direktören|chefen"
                     r"|tjänsten|förbundet)$", re.IGNORECASE)


@dataclass
class ProposalLead:
    """The lead of a proposal: 'Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen föreslå
    kommunfullmäktige besluta' -> addressee Kommunfullmäktige (the body that is to decide, the
    last one named), path [KSAU, KS, KF], and where the proposal itself starts in the text."""

    addressee: str
    path: list[str]
    start: int  # where the lead starts in the text searched
    end: int  # where the proposal's own text starts
    proposer_lost: bool = False  # who proposes is not in the path: lost by the extraction, or not read as a body


# A nämnd named by the district it serves, its name after the body's word ("Stadsdelsnämnden Östra Göteborg",
# "Stadsdelsnämnden Askim-Frölunda-Högsbo", "Kommundelsnämnden Norra Tjörn"): at most three capitalised words.
DISTRICT_BODY = re.compile(r"(?:Stadsdels|Kommundels|Områdes|Distrikts)nämnd(?:en)?")
_DISTRICT_WORD = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)*"
DISTRICT_NAME = re.compile(_DISTRICT_WORD + r"(?:\s+" + _DISTRICT_WORD + r"){0,2}")

_DISTRICT_NAMED = re.compile(DISTRICT_BODY.pattern + r"\s+" + DISTRICT_NAME.pattern)


def _whole_body(words: str) -> str | None:
    """The body `words` name, nothing more; in a proposal's lead also a preparing body named as
    one compound word ending in -beredningen ("Borgarrådsberedningen", "Demokratiberedningen")."""
    if re.fullmatch(r"[A-ZÅÄÖa-zåäö]{3,}beredningen", words):
        return words[:1].upper() + words[1:]
    found = body_at_start(words[:1].upper() + words[1:]) if words else None
    if found and found[1] and DISTRICT_BODY.fullmatch(found[0]) and DISTRICT_NAME.fullmatch(found[1]):
        return f"{found[0]} {found[1]}"  # "stadsdelsnämnden Östra Göteborg": the district's nämnd by its name
    if not all(w.endswith(("-", "s", "a")) or w == "och" for w in words.split()[:-1]):
        return None  # "Härmed kommunfullmäktige": a word before the name is no part of it
    return found[0] if found and not found[1] else None


def proposal_lead(text: str, *, anywhere: bool = False) -> ProposalLead | None:
    """The one rule for who a proposal is put to: in "X föreslår Y besluta" it is Y (the body to
    decide), in "X föreslår Y föreslå Z besluta" it is Z, in "X föreslås besluta" it is X; an office
    ("Stadskontoret föreslår ...") proposes but is no step of the path. The lead opens `text`, or,
    with `anywhere`, stands anywhere in it (a run-on page). None when no such lead names bodies."""
    window = text[:2000] if anywhere else text[:400]
    if not _may_propose(window):
        return None  # every link says "föreslå": most lines are no lead, and so read at once
    for decide in _DECIDE.finditer(window):
        head = text[: decide.start()]
        links = list(_PROPOSES.finditer(head))
        if not links:
            continue
        # The bodies between the links, the last after the last link ("föreslås": none after it).
        pieces = []
        for n, link in enumerate(links):
            following = head[link.end(): links[n + 1].start() if n + 1 < len(links) else len(head)]
            pieces.append(following.strip())
        passive = links[-1].group().strip().lower().startswith("föreslås")
        if passive:
            if pieces[-1]:
                continue
            pieces = pieces[:-1]
        # "Kommunstyrelsens arbetsutskott föreslås föreslå Kommunstyrelsen besluta att ..." (Tibro): the first
        # proposer asked, in the passive, to propose on; the chain after it is read as the active one is.
        asked_on = not passive and len(links) > 1 and links[0].group().split()[0].lower() == "föreslås" \
            and not pieces[0]
        if asked_on:
            pieces = pieces[1:]
        if not all(_whole_body(piece) for piece in pieces):
            continue
        path = [_whole_body(piece) for piece in pieces]
        # The first proposer: the longest run of words before the first link that is a body or an office.
        before = head[: links[0].start()]
        words = list(re.finditer(r"\S+", before))
        first, start = None, None
        for n in range(len(words) - 1, max(-1, len(words) - 7), -1):
            candidate = before[words[n].start():].strip()
            leading = candidate.split()[:-1]
            if not all(w.endswith(("-", "s", "a")) or w == "och" for w in leading) \
                    and not _DISTRICT_NAMED.fullmatch(candidate):
                # An office named for what it serves ("Förvaltningen för service", "Kontoret för samhällsutveckling")
                # proposes as "Stadskontoret" does: the longest such run of words before the link, if any.
                office = next((m for m in range(n, max(-1, len(words) - 7), -1)
                               if _OFFICE_FOR.fullmatch(before[words[m].start():].strip())), None)
                if office is not None:
                    first, start = None, words[office].start()
                break  # "Joakim Larsson (M) Kommunstyrelsen": the body's name starts after the words before it
            if not candidate[:1].isupper():
                continue
            body = _whole_body(candidate)
            if body or _OFFICE.search(candidate) and len(candidate.split()) <= 3:
                first, start = body, words[n].start()
        proposer_lost = start is None and not before.strip() and not passive and not asked_on and bool(path)
        # A proposer the reader cannot name as a body, opening the text in a few plain words before the bodies it
        # names ("Barn och ungdomsnämnden föreslår kommunstyrelsen besluta", its hyphen lost, Kalmar; "GRs
        # valberedning föreslår förbundsstyrelsen", Göteborgsregionen; OCR's "Kmmunstyrelsens arbetsutsktt föreslår
        # Kmmunstyrelsen", Österåker, its last word no body's word and so left unread): the path after it is read, the
        # proposer named in no step (which body it is, the reader does not know). Only where the lead opens the text.
        proposer_unread = start is None and not anywhere and not passive and not asked_on and bool(path) \
            and _unread_proposer(before)
        if proposer_lost or proposer_unread:
            start = 0  # "föreslår att kommunfullmäktige godkänner ...": the proposer lost by the extraction (Ljungby)
            proposer_lost = True
        if start is None or not anywhere and before[:start].strip(" \t1234567890.)"):
            continue
        if passive or asked_on:
            if not first:
                continue
            path = [first] if passive else [first, *path]
        elif first:
            path = [first, *path]
        if not path:
            continue
        return ProposalLead(addressee=path[-1], path=path, start=start, end=decide.end(), proposer_lost=proposer_lost)
    return None


# The words a body's name ends in, as the last part of a compound ("arbets|utskottet").
_BODY_WORD = r"(?:fullmäktige|styrelsen?|nämnd(?:en)?|utskottet|utskott|rådet|råd|beredningen|beredning|direktionen)"
_PLAIN_WORD = re.compile(r"(?:[^\W\d]|-)+")  # letters and hyphens: no digit, bracket or stop
_ENDS_IN_BODY_WORD = re.compile(_BODY_WORD + "$", re.IGNORECASE)


# The last word of an organisation's name: "Kungälvs kommun", "Göteborgsregionens kommunalförbund".
_ORGANISATION_WORD = re.compile(r"(?i:kommun|stad|region|regionen|landsting|landstinget|förbund|förbundet)$")


def _unread_proposer(words: str) -> bool:
    """A proposer in a few plain words, the first capitalised, the last ending in a body's word ("Barn och
    ungdomsnämnden", "GRs valberedning"): no digit, bracket or stop ("Joakim Larsson (M)" is no body, nor
    "Ordföranden"). Or the organisation itself proposing to its board, named in two to four words, each capitalised
    ("Nerikes Brandkår föreslår direktionen besluta", "Räddningstjänsten Syd") or the last an organisation's word
    ("Kungälvs kommun")."""
    parts = words.split()
    if not (1 <= len(parts) <= 4 and parts[0][:1].isupper() and all(_PLAIN_WORD.fullmatch(w) for w in parts)):
        return False
    return _ENDS_IN_BODY_WORD.search(parts[-1]) is not None or len(parts) >= 2 and (
        all(w[:1].isupper() for w in parts) or _ORGANISATION_WORD.search(parts[-1]) is not None)


# A body named in running text, in any case: "arbetsutskottet", "Barn- och utbildningsnämnden",
# "Kommunstyrelsens arbetsutskott", "Tekniska nämnden".
_BODY_IN_TEXT = re.compile(
    r"(?<![\wåäöÅÄÖ-])(?:[\wåäöÅÄÖ]+s\s+|[\wåäöÅÄÖ]+a\s+(?=" + _BODY_WORD + r"))?"
    r"(?:[\wåäöÅÄÖ]+-\s*(?:,\s*[\wåäöÅÄÖ]+-\s*)*(?:och|&)\s+)?[\wåäöÅÄÖ]*" + _BODY_WORD + r"s?(?![\wåäöÅÄÖ])",
    re.IGNORECASE,
)


def _compound_parts(name: str) -> list[str]:
    """'Kommunstyrelsens arbetsutskott' -> ['kommun', 'styrelsens', 'arbets', 'utskott']; 'Barn- och
    utbildningsnämnden' -> ['barn', 'utbildnings', 'nämnden'] ('och' is no part of a code)."""
    parts = []
    for word in re.split(r"[\s-]+", name.lower()):
        if not word or word in ("och", "&"):
            continue
        body_word = re.search(_BODY_WORD + r"s?$", word)
        if body_word and body_word.start() > 0:
            parts += [word[: body_word.start()], word[body_word.start():]]
        else:
            parts.append(word)
    return parts


def _spells(code: str, parts: list[str]) -> bool:
    """Whether `code` is made of a non-empty beginning of each part in order (AU: arbets|utskott,
    PLU: planerings|utskott, KSAU: kommun|styrelsens|arbets|utskott)."""
    if not parts:
        return not code
    return any(parts[0].startswith(code[:n]) and _spells(code[n:], parts[1:]) for n in range(1, len(code) + 1))


def code_named_in(code: str, text: str) -> str | None:
    """The one body named in `text` whose abbreviation `code` is, formed as Swedish municipalities
    form them from the initials of the name's parts ('AU' where the text says "arbetsutskottet",
    'BUN' for "Barn- och utbildningsnämnden"); None when no body or more than one fits."""
    code = code.lower()
    fitting = set()
    for match in _BODY_IN_TEXT.finditer(text):
        name = " ".join(match.group().split())
        for candidate in {name, name.split(" ", 1)[-1]}:  # "Kommunstyrelsens arbetsutskott" and "arbetsutskott"
            if _spells(code, _compound_parts(candidate)):
                fitting.add(naming.nominative(candidate) if " " not in candidate else candidate[:1].upper()
                            + candidate[1:])
    fitting = {name for name in fitting if not any(name != other and other.endswith(name) for other in fitting)} \
        if len(fitting) > 1 else fitting
    return fitting.pop() if len(fitting) == 1 else None


def body_genitive_at_start(text: str) -> tuple[str, str] | None:
    """'Kommunstyrelsens arbetsutskotts protokoll ...' -> ('Kommunstyrelsens arbetsutskott', rest)."""
    words = text.split()
    for n in range(min(4, len(words)), 0, -1):
        candidate = " ".join(words[:n]).rstrip(":,;")
        if any(word.lower() in _NOT_IN_A_BODY_NAME for word in words[:n - 1]):
            continue  # "Tillkännagivande av kommunfullmäktiges möten": a phrase, not a name (as in body_at_start)
        last = words[n - 1].rstrip(":,;")
        if n >= 2 and last[:1].isupper() and naming.is_body_genitive(last) \
                and not all(word.endswith(("-", "s", "a")) or word == "och" for word in words[:n - 1]):
            # "Övergripande Kommunstyrelsens förslag Kommunfullmäktiges beslut" (a table's column heads, Hylte): a
            # body named whole in its last word; a word before it that is no genitive or attribute is no part of it.
            continue
        if naming.is_body_genitive(candidate) and candidate[:1].isupper():
            return body_name(candidate[:-1]), " ".join(words[n:])
    return None


# ---------------------------------------------------------------- page artefacts

# (A bare "N / M" is a page's mark only with a page's number first: "2015/1108" alone is a year-first case number,
# a Dnr cell of a table extracted one cell a line, Luleå.)
PAGE_MARK = re.compile(
    r"^\s*(?:(?:sidan|sida|sid|page|s\.)\s*\d+\s*(?:\(\s*\d+\s*\)|(?:av|of|/)\s*\d+)?|\d*\s*\(\s*\d+\s*\)|"
    r"\d{1,3}\s*(?:av|/)\s*\d{1,4}|-\s*\d+\s*-)\s*$",
    re.IGNORECASE,
)


_RUNNING = re.compile(
    r"(sida\s*\d+|\d+\s*\(\s*\d+\s*\)|\d+\s*av\s*\d+|justerandes? sign|ordförandes sign|utdragsbestyrkande|"
    r"protokoll|kallelse|tjänsteskrivelse|tjänsteutlåtande|sammanträdesdatum)",
    re.IGNORECASE,
)


_NUMBER = re.compile(r"\d+")
_SIGNATURE_LINE = re.compile(r"sign|utdragsbestyrkande")


# A §'s decision heading ("Beslut", "Kommunstyrelsens beslut") stands in every § of a protocol, and in a short §
# within a few lines of its page's signature box or page mark: its structure, never a running line
# (bench/decision_layouts.py: "Beslut" / "Informationen noteras." / "" / "Justerandes sign" lost its heading, and so
# its decision, from the second § on). (Not "Förslag": a table's column head over every page, Kungsbacka's kallelse.)
_DECISION_HEADING_LINE = re.compile(r"(?i:(?:[a-zåäö -]+s\s+)?beslut)\s*:?")


def _decision_heading_line(text: str) -> bool:
    """Whether `text` is a decision heading alone (_DECISION_HEADING_LINE): a short line (a run-on page's line is
    never one, and is not searched so)."""
    return len(text) <= 60 and bool(_DECISION_HEADING_LINE.fullmatch(text))


def drop_running_lines(lines: list[Line]) -> list[Line]:
    """Running headers and footers repeated on every page ('Kommunstyrelsen Protokoll
    2018-03-14 Sida 5 (12)', 'Justerandes sign Utdragsbestyrkande'): a line that, page
    numbers aside, stands three times or more and says what a running line says. The
    first one stays (it may be the document's own heading)."""
    # Each line's text with its numbers as '#' ("" for a blank line), computed once.
    keys = [_NUMBER.sub("#", line.stripped.lower()) if line.stripped else "" for line in lines]
    counts = Counter(k for k in keys if k)
    if not any(n >= 3 for n in counts.values()):
        return list(lines)  # no line stands three times (most documents): none is a running line
    first: dict[str, int] = {}
    for index, k in enumerate(keys):
        if k:
            first.setdefault(k, index)
    seen: set[str] = set()
    dropped: set[int] = set()
    # A repeated line's words are tested once per text (a text standing thousands of times was tested as often).
    running: dict[str, bool] = {}
    for index, (line, k) in enumerate(zip(lines, keys, strict=True)):
        if k and counts[k] >= 3 and len(line.stripped) <= 100 and (
                running[line.stripped] if line.stripped in running
                else running.setdefault(line.stripped, bool(_RUNNING.search(line.stripped)))):
            if k in seen or PAGE_MARK.match(line.text) or _SIGNATURE_LINE.search(k):
                dropped.add(index)
            seen.add(k)
    # Other repeated lines in the same block ("Falu kommun" above the running header). (Not a line whose numbers
    # no other line repeats: "2015-04-02" under the anslag's label beside the running head's "2015-03-30" is
    # that label's value, alike only with the numbers taken out; Härnösand's form one cell a line.)
    texts = Counter(line.stripped for line in lines if line.stripped)
    for index, (line, k) in enumerate(zip(lines, keys, strict=True)):
        if (k and counts[k] >= 3 and index not in dropped and first[k] != index and len(line.stripped) <= 60
                and ("#" not in k or texts[line.stripped] > 1)
                and any(j in dropped for j in range(index - 3, index + 4))
                and not _decision_heading_line(line.stripped)):
            dropped.add(index)
    return [line for index, line in enumerate(lines) if index not in dropped]


# A page whose text a site gives as one line starts with its page furniture: the site's page
# number, a running head (body, kind, date) and the page mark: "3 3(45) ...",
# "Kommunstyrelsen 2013-10-01 4(47) ...", "4 Kommunstyrelsen (55) ...", "Kommunstyrelsen Sid 2 (44) ...".
_PAGE_HEAD = re.compile(
    r"^(?:\d{1,3}\s+)?(?P<running>(?:[^\s\d()§][^\s()§]*\s+){0,8}?(?:\d{4}-\d{2}-\d{2}\s+)?)"
    r"(?:(?:sida|sid)\.?\s*)?(?:\d{1,3}\s?)?[(\[]\s?\d{1,3}\s?[)\]]\s+",
    re.IGNORECASE,
)
_MARK_AT_HEAD_END = re.compile(r"(?P<n>\d{1,3})\s?[(\[]\s?(?P<of>\d{1,3})\s?[)\]]\s+$")  # _PAGE_HEAD's own mark
# A page mark set far right on a line of text: "... lägger ärendet till hand-lingarna.        1 (22)".
_TRAILING_PAGE_MARK = re.compile(r"(?<=[a-zåäö.,;:)])\s{3,}\d{1,3}\s?\(\d{1,3}\)\s*$")
# A later page's running head alone on its line, as a PDF sets it (pdftotext's columns or one space apart): the
# organisation's name, the document's kind word and the page's mark, nothing else ("Falkenbergs kommun    Protokoll
# 3(3)"; "Högsby kommun Protokoll 2(3)"; "Örebro kommun    Protokoll    3(3)"). Stripped of its mark alone, its
# words ran onto the decision or proposal the page break fell in ("... för 2017. Falkenbergs kommun Protokoll").
_LATER_RUNNING_HEAD = re.compile(
    r"(?:(?:region|landstinget)\s+[\wåäö-]+|(?:[\wåäö-]+\s+){0,2}[\wåäö-]+\s+(?:kommun|stad)"
    r"|(?:[\wåäö-]+\s+){0,2}[\wåäö-]*förbund(?:et)?)?\s*"
    r"(?:sammanträdesprotokoll|protokollsutdrag|protokoll|kallelse|föredragningslista|tjänsteskrivelse"
    r"|tjänsteutlåtande)\s+(?:(?:sida|sid)\.?\s*)?(?P<page>\d{1,3})\s?\(\d{1,3}\)", re.IGNORECASE)
# A site's own page number opening a line: "3 283 Utredning ..." (page 3).
PAGE_NUMBER_OPENING = re.compile(r"^(\d{1,3})\s+(?=\S)")
# A "line" longer than this is run-on text (a page, a paragraph given as one line), not a line
# as set on the page; one starting with page furniture is a whole page.
RUN_ON = 120
# The national parties' letters as a member's name is followed by them, "(S)", "(kd)": a regex alternation.
PARTY_LETTERS = "S|M|C|V|KD|L|FP|MP|SD"


_DOUBLED_PAGE_NUMBER = re.compile(r"^(\d{1,3})\s+(?:(?:Sida|Sid\.?|Page)\s+)?\1\s+(?=\S)")
# A page that opens with the document's kind, a body's name after it: "Kallelse Kommunstyrelsen Tisdagen den 9
# oktober 2018" (a cover page), as the long first pages of 25 municipalities' kallelser open ("1 Kallelse /
# Underrättelse Kommunstyrelsen ...", Alvesta; "1 Kallelse Kommunfullmäktige Tid: ...", Lilla Edet).
_KIND_THEN_BODY = re.compile(r"^(?:" + alternation(AGENDA_KINDS, PROTOCOL_KINDS)
                             + r")(?:\s*/\s*[a-zåäö]+)?\s+(?=[A-ZÅÄÖ])", re.IGNORECASE)


def _opens_with_kind_then_body(text: str) -> bool:
    """Whether `text` opens with a kind word and a body's name right after it (_KIND_THEN_BODY)."""
    kind = _KIND_THEN_BODY.match(text)
    bodies = bodies_in(text[kind.end():][:60]) if kind else []
    return bool(bodies) and bodies[0][0] == 0


# A page that opens with the running head's body and its paragraph's code and number: "2 Kommunfullmäktige Kf 124
# KUNGÖRANDE Kommunfullmäktige godkänner ..." (Hofors' short page; the long pages of Hofors, Nässjö, Landskrona open
# so, "Kommunstyrelsen KS 235 Dnr ..."): a page however short, no agenda row (a row's number is not the site's).
_BODY_THEN_PARAGRAPH = re.compile(r"\s+(?:[A-ZÅÄÖ][a-zåäö]{1,5}|[A-ZÅÄÖ]{2,6})\s+(?:§\s*)?\d{1,4}\s+(?=[A-ZÅÄÖ])")


def _opens_with_body_then_paragraph(text: str) -> bool:
    bodies = bodies_in(text[:60])
    return bool(bodies) and bodies[0][0] == 0 and bool(_BODY_THEN_PARAGRAPH.match(text, len(bodies[0][1])))


# A page mark inside run-on text: "... kommunsekreterare, 59 2(37) Justerare ...", "... 3 (12) ...".
_MID_PAGE_MARK = re.compile(r"(?<=\s)(?P<page>\d{1,3})\s?\((?P<pages>\d{1,3})\)(?=\s)")
# A page's mark in words, "Sidan 3 av 26", "Sida 2 av 5", "Sid 4 av 9" (Kil, Grästorp, Herrljunga, Laxå,
# Östra Göinge, Sollentuna, Upplands-Bro set it so), inside run-on text.
_MID_PAGE_MARK_IN_WORDS = re.compile(
    r"(?<!\S)(?:sidan|sida|sid\.?)\s*(?P<page>\d{1,3})\s+av\s+(?P<pages>\d{1,3})(?=\s|$)", re.IGNORECASE)
# The word for a page ending the text before a page mark or a list's first row ("... Sid 2(37)", "Ärenden Sida § 252").
PAGE_WORD_BEFORE = re.compile(r"(?<![\wåäö])sida?\.?\s*$", re.IGNORECASE)


# A page's running head with its page's number after the meeting's date, inside run-on text: "... Kommunfullmäktige
# 2017-10-23 2 132 Återredovisningar ..." (Malung-Sälen; Hallstahammar's "Kommunstyrelsen 2014-12-01 3", Kil's heads).
_DATED_HEAD = re.compile(r"(?<!\S)(?P<word>[A-ZÅÄÖ][\wåäö-]+)\s+(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<page>\d{1,3})(?=\s)")
DATED_HEADS_NEEDED = 3
_DATE_AND_PAGE = re.compile(r"(?<!\S)(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<page>\d{1,3})(?=\s)")


def _dated_heads_counting_up(text: str) -> list[int]:
    """Where a page begins in a run-on text by its running head ("Kommunfullmäktige 2017-10-23 2"): the same body and
    date three times or more, their numbers counting up one by one from the first (prose cites a date with a number
    after it now and then, never in step); [] when there is no such run."""
    if heads := _heads_counting_up(_DATED_HEAD.finditer(text), ("word", "date")):
        return heads
    # A head of the date and the page's number ("... läggs till handlingarna. 2010-11-18 3 Nvsf 89 ...", Norra
    # Västmanlands Samordningsförbund's pages, each opening "2010-11-18 N", run together): the same date three times
    # or more, its numbers counting up one by one, cut at the date, or before the words that stand before it at
    # every page (the head's organisation and body: "... kommun Direktionen för Västerdalarnas utbildningsförbund
    # 2015-07-02 3", Västerdalarnas utbildningsförbund's).
    if heads := _heads_counting_up(_DATE_AND_PAGE.finditer(text), ("date",)):
        return _before_the_words_every_head_has(text, heads)
    return []


def _heads_counting_up(found: Iterator[re.Match], same: tuple[str, ...]) -> list[int]:
    """The starts (past the text's first character) of the first group of heads alike in the `same` groups, three or
    more, whose pages count up one by one from the first; [] when no group does."""
    groups: dict[tuple[str, ...], list[re.Match]] = {}
    for head in found:
        groups.setdefault(tuple(head.group(name) for name in same), []).append(head)
    for heads in groups.values():
        pages = [int(m.group("page")) for m in heads]
        if len(heads) >= DATED_HEADS_NEEDED and pages == list(range(pages[0], pages[0] + len(pages))):
            return [m.start() for m in heads if m.start() > 0]
    return []


_HEAD_WORDS_BEFORE_DATE = 10  # a running head's words before its date, at most


def _before_the_words_every_head_has(text: str, starts: list[int]) -> list[int]:
    """Each start moved back over the words that stand right before every one of them (the running head's own), and
    over a capitalised word before them all, two or more (the head's opening name, an OCR's reading differing)."""
    befores = [text[max(0, start - 200):start].split()[-_HEAD_WORDS_BEFORE_DATE:] for start in starts]
    shared = 0
    while shared < min(len(words) for words in befores) and len({words[-1 - shared] for words in befores}) == 1:
        shared += 1
    if not shared:
        return starts
    if shared >= 2 and all(len(words) > shared and words[-1 - shared][:1].isupper() for words in befores):
        shared += 1  # the organisation's name opening the head, read differently on a page ("Malung-Salens kommun")
    cuts = []
    for start in starts:
        at = start
        for _ in range(shared):
            at = text.rfind(" ", 0, at - 1) + 1  # (0 where no space stands before: the text's first word)
        cuts.append(at)
    return cuts


# A page's running head in run-on text by its kind word beside the page's number: "... Dnr 2014/KS0232 2 Kallelse
# Kommunfullmäktige 9. Val av ..." (Lilla Edet's pages, each opening "N Kallelse Kommunfullmäktige"; Ragunda's "N
# RAGUNDA KOMMUN Datum Kallelse/Kungörelse", the organisation's capitalised words before the kind), "... 14 Övrigt
# KALLELSE/UNDERRÄTTELSE 2 2018-08-29 ..." (Värnamo).
_KIND_HEAD = re.compile(r"(?<!\S)(?:(?P<before>\d{1,3})\s+(?P<words>(?-i:[A-ZÅÄÖ][\wåäöÅÄÖ-]*\s+){0,3}?)(?P<kind>(?:"
                        + alternation(AGENDA_KINDS, PROTOCOL_KINDS)
                        + r")(?:\s*/\s*[a-zåäö]+)?)|(?P<kind_first>(?:" + alternation(AGENDA_KINDS, PROTOCOL_KINDS)
                        + r")(?:\s*/\s*[a-zåäö]+)?)\s+(?P<after>\d{1,3}))(?=\s)", re.IGNORECASE)


def _kind_heads_counting_up(text: str) -> list[int]:
    """Where a page begins in a run-on text by its running head's kind word and page number ("2 Kallelse
    Kommunfullmäktige", "KALLELSE/UNDERRÄTTELSE 2"): the same word, set the same way, twice or more, its numbers
    counting up one by one from 1 or 2 (a list's row "2 Protokoll ..." stands once; prose does not number its way up
    a document's pages); [] when there is no such run."""
    heads: dict[tuple[str, str, bool], list[re.Match]] = {}
    for found in _KIND_HEAD.finditer(text):
        kind = found.group("kind") or found.group("kind_first")
        words = " ".join((found.group("words") or "").lower().split())
        heads.setdefault((words, re.sub(r"\s+", "", kind.lower()), found.group("before") is not None), []).append(found)
    for found in heads.values():
        pages = [int(m.group("before") or m.group("after")) for m in found]
        if len(found) >= 2 and pages[0] <= 2 and pages == list(range(pages[0], pages[0] + len(pages))):
            return [m.start() for m in found if m.start() > 0]
    return []


# A later page's running head right before its page mark: the kind word, the word for a page, the page's number and
# the meeting's date as the heads set them ("... Övrigt KALLELSE/UNDERRÄTTELSE 2 2018-08-29 2(2) ...", Värnamo;
# "... Landström SAMMANTRÄDESPROTOKOLL 2 (46) ...", Gällivare; "... (SD) Protokoll 3 (45) ...", Skurup; Ludvika's,
# Enköping's, Arvika's, Håbo's, Valdemarsvik's, Språktolknämnden i Dalarna's pages run together so).
_KIND_BEFORE_MARK = re.compile(r"(?<!\S)(?:" + alternation(AGENDA_KINDS, PROTOCOL_KINDS) + r")(?:\s*/\s*[a-zåäö]+)?"
                               r"(?:\s+(?:sida|sid)\.?)?(?:\s+\d{1,3})?(?:\s+\d{4}-\d{2}-\d{2})?"
                               r"(?:\s+(?:sida|sid)\.?)?\s*$", re.IGNORECASE)
# Or the body's name and the meeting's date, as _DATED_HEAD's heads set them before the mark: "... medborgarförslag...
# 35 Kommunfullmäktige 2017-10-19 1 (36) Sammanträde med ..." (Eksjö's pages run together).
_DATED_HEAD_BEFORE_MARK = re.compile(r"(?<!\S)[A-ZÅÄÖ][\wåäö-]+\s+\d{4}-\d{2}-\d{2}\s*$")
# Or the kind's words capitalised, then the body's name, perhaps after the site's own number of the page: "... Dnr KS
# 2018/00376 2 Kallelse Föredragningslista Kommunfullmäktige 2(3) ..." (Uddevalla's Transkript pages run together,
# each page opening "N Kallelse Föredragningslista Kommunfullmäktige N(3)").
_KIND_AND_BODY_BEFORE_MARK = re.compile(
    r"(?<!\S)(?:(?P<site>\d{1,3})\s+)?(?=[A-ZÅÄÖ])(?i:" + alternation(AGENDA_KINDS, PROTOCOL_KINDS) + r")"
    r"(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,3}\s*$")


def _running_head_before(text: str, cut: int) -> int:
    """Where the page that `text`'s page mark at `cut` numbers begins: at its running head's kind word, its body's
    name and date, or its word for a page ("Sid 2(37)") right before the mark, which head the page, not the text
    before; else at the mark. The site's number before the head is the page's own only where it is the mark's."""
    if head := _KIND_BEFORE_MARK.search(text, max(0, cut - 60), cut) \
            or _DATED_HEAD_BEFORE_MARK.search(text, max(0, cut - 60), cut):
        return head.start()
    if head := _KIND_AND_BODY_BEFORE_MARK.search(text, max(0, cut - 80), cut):
        mark = _MID_PAGE_MARK.match(text, cut)
        site = head.group("site")
        if site is None or mark and site == mark.group("page"):
            return head.start()
        return head.end("site") + 1  # (the site's own number, not the page's: the text before keeps it)
    return sida.start() if (sida := PAGE_WORD_BEFORE.search(text, max(0, cut - 10), cut)) else cut


# An attached paper's first page in run-on text: its letterhead's kind beside the mark of page 1 ("... 21. KS.2012.31
# Genomgång av balanslistan 62 Tjänsteskrivelse 1(3) Datum Dnr ...", Oxelösund's kallelse with its papers; Karlskoga's
# "Tjänsteskrivelse 1 (5)"). A report's letterhead sets its kind so in 29 municipalities of the tuning half
# (importing._KIND_WITH_PAGE_MARK), no sentence does.
_PAPER_OPENS = re.compile(r"(?<=\s)(?:" + alternation(REPORT_KINDS) + r")\s+1\s?\(\d{1,3}\)(?=\s)", re.IGNORECASE)


def _papers_opening(text: str) -> list[int]:
    """Where an attached paper begins in a run-on text, by its letterhead (_PAPER_OPENS), after a run-on line's text
    at least (a letterhead nearer the start is the document's own, a site's heading before it: Karlskoga's); []
    without one."""
    return [found.start() for found in _PAPER_OPENS.finditer(text, RUN_ON) if found.group()[:1].isupper()]


# A protocol's contents list by its heading, then its first row: the row's number and its title's first words.
_CONTENTS_HEADING = re.compile(r"(?<![\wåäö])(?:" + list_heading("innehållsförteckning", "ärendeförteckning")
                               + r")(?![\wåäö])")
_FIRST_CONTENTS_ROW = re.compile(r"(?<!\S)(?P<n>\d{1,3})\s+(?P<words>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){1,2})")
_FIRST_ROW_REACH = 40  # characters between the heading (and its column heads) and the first row's number, at most
_ROWS_BEFORE_RESTATED = 2  # rows after the first, counting on, before the first row's restatement ends the list


def _contents_then_paragraphs(text: str) -> list[int]:
    """Where a protocol's paragraphs begin after its contents list run on in one line, as a copy that lost its
    line breaks gives them ("Innehållsförteckning Diarienummer 6 Ändringar i föredragningslistan 7 Bokslut 2018 ...
    17 Utbildning 2 6 Ändringar i föredragningslistan Ändringarna ... godkänns.", Höglandets räddningstjänstförbund):
    the first paragraph restates the list's first row, its number and its title's first words, after rows counting
    on from it; [] where no row stands restated so."""
    heading = _CONTENTS_HEADING.search(text)
    first = _FIRST_CONTENTS_ROW.search(text, heading.end()) if heading else None
    if first is None or first.start() - heading.end() > _FIRST_ROW_REACH:
        return []
    n = int(first.group("n"))
    again = re.compile(r"(?<!\S)" + str(n) + r"\s+" + re.escape(first.group("words")) + r"(?![\wåäö])").search(
        text, first.end())
    if again is None:
        return []
    listed = text[first.end():again.start()]
    counted = all(re.search(r"(?<!\S)" + str(n + k) + r"\s+[A-ZÅÄÖ]", listed)
                  for k in range(1, _ROWS_BEFORE_RESTATED + 1))
    if not counted:
        return []
    # The list's page ends with its number before the paragraphs' page ("... 17 Utbildning 2 6 Ändringar ..."): the
    # page's number stands apart, no word of the last row's title.
    before = max(0, again.start() - 6)
    page = re.search(r"(?<=\s)\d{1,3}\s*$", text[before:again.start()])
    return [before + page.start(), again.start()] if page else [again.start()]


def _in_step(marks: list[re.Match]) -> list[re.Match]:
    """The page marks of a run counting up one by one to the same total (2(37), 3(37) ...); a lone mark or one
    out of step is prose's, not a page's."""
    return [m for at, m in enumerate(marks)
            if int(m.group("page")) <= int(m.group("pages"))
            and any(0 <= other < len(marks) and marks[other].group("pages") == m.group("pages")
                    and int(marks[other].group("page")) == int(m.group("page")) + other - at
                    for other in (at - 1, at + 1))]


def _pages_run_together(lines: list[Line]) -> list[Line]:
    """Pages that a copy lost the breaks between run on in one line ("... 59 2(37) Justerare ... 3(37)
    TILLKÄNNAGIVANDE ..."): the line is cut before each page mark of a run of them counting up one by one
    to the same total (2(37), 3(37) ...), each piece then opening with its mark as a page given as one line
    does. Prose does not number its way up a document's pages: a lone mark or a mark out of step is left. Without
    such marks, a running head that numbers its pages after the meeting's date cuts it (_dated_heads_counting_up)."""
    result: list[Line] = []
    for line in lines:
        text = line.stripped
        if len(text) < RUN_ON:
            result.append(line)
            continue
        worded = _in_step(list(_MID_PAGE_MARK_IN_WORDS.finditer(text))) if " av " in text else []
        if worded:
            # A mark in words is furniture wherever the page set it (head or foot): it is cut out, and the
            # text after it opens a page; but one that opens with a number is not marked so (the site's own
            # page number, "Sida 1 av 32 2 Laxå kommun ANSLAG/BEVIS ...", no § that lost its sign).
            bounds = [0, *(end for m in worded for end in (m.start(), m.end())), len(text)]
            pieces = [text[a:b].strip() for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
            result.extend(Line(line.number, piece, page_start=line.page_start if index == 0 else not piece[0].isdigit())
                          for index, piece in enumerate(pieces) if piece)
            continue
        # (The line's opening mark counts in the run: "1(54) Plats och tid ... 2(54) KS 220 ...", two pages.)
        marks = list(_MID_PAGE_MARK.finditer(" " + text)) if ")" in text else []
        cuts = [m.start() - 1 for m in _in_step(marks)]
        # The line's own opening page head ("Kommunstyrelsen Sammanträdesdatum 2016-03-22 Sid 1 (44) ...") is read
        # whole below; a later page's "Sid"/"Sida" goes with its mark.
        opening = _PAGE_HEAD.match(text)
        cuts = [_running_head_before(text, cut) for cut in cuts if not opening or cut >= opening.end()] \
            or _dated_heads_counting_up(text) or _kind_heads_counting_up(text) or _papers_opening(text) \
            or _contents_then_paragraphs(text)
        if not cuts:
            result.append(line)
            continue
        starts = [0, *cuts] if cuts[0] > 0 else cuts
        pieces = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
        result.extend(Line(line.number, piece, page_start=line.page_start and index == 0)
                      for index, piece in enumerate(pieces) if piece)
    return result


# A § head opening a page: "§ 316 ", "KS 316 ", "Ks § 316 ", before a capital (the case number's label or the title).
_CODED_PARAGRAPH_OPENING = re.compile(r"(?:§\s*|[A-ZÅÄÖ][A-Za-zåäö]{1,4}\s+§?\s*)\d{1,4}\s+(?=[A-ZÅÄÖ])")


# (A page's own number set apart from its text by a gap, "1        Kallelse ...", is a page still: a table's row
# holds more cells, each set apart so.)
_TABLE_CELL_NUMBER = re.compile(r"^\s*\d{1,3}(?:\s*\|| {3,}\S(?:.*?\S)? {3,}\S)")


def split_page_runs(lines: list[Line]) -> list[Line]:
    """Pages given as one line each: the page furniture at their start is cut off; the
    first page's running head is kept as a line of its own (it may be the only place the
    body and the date stand), a later page's repetition of it is dropped. What follows is
    marked as a page's start (an item that opens a page may have lost its §)."""
    lines = _pages_run_together(lines)
    result: list[Line] = []
    heads: set[str] = set()
    # A site's own page numbers before each page's text ("1 ...", "2 ...", "3 283 Utredning ..."):
    # lines opening with 1, 2, 3 ... in order, at least two of them; one alone may be an item.
    numbered_pages: set[int] = set()
    expected = 1
    for index, line in enumerate(lines):
        opening = (PAGE_NUMBER_OPENING.match(line.stripped) if len(line.stripped) >= 40
                   else _DOUBLED_PAGE_NUMBER.match(line.stripped))
        # (A number before a pipe or a column's wide gap is a table's first cell, "1 | KS 2019/12 | ...", "1   KS
        # 2019/12   ...", never a site's page number.)
        if opening and int(opening.group(1)) == expected and not _TABLE_CELL_NUMBER.match(line.text):
            numbered_pages.add(index)
            expected += 1
        elif line.stripped == str(expected) and index + 1 < len(lines):
            expected += 1  # an empty page, its number alone ("1", then "2 2 Kf 78 ...": Nässjö, Landskrona)
    if len(numbered_pages) < 2:
        numbered_pages = set()
    # The site's last numbered page that is the text's last line: the excerpt's end cut it short, so it is a page
    # however short where it opens as a protocol's page does, with a § head ("4 KS 316 Dnr KK06/31 Avtal ... ett
    # löpand", Nyköping). (Not any short last line: a kallelse's or a list's last row may stand so.)
    last_numbered = max(numbered_pages, default=-1)
    if any(line.stripped for line in lines[last_numbered + 1:]):
        last_numbered = -1
    # So is a short numbered page right after a numbered page of run-on text, where it opens with a § head: a § whose
    # text is a line ("5 KF 77 Aktuell information. Någon information gavs inte." after "4 KF 76 Allmänhetens
    # frågestund Under frågestunden ...", Hallsberg). (Not a list's rows, each short: no run-on page before them.)
    after_run_on_page = {page for before, page in itertools.pairwise(sorted(numbered_pages))
                         if len(lines[before].stripped) >= RUN_ON}
    last_mark: tuple[int, int] | None = None  # the last page's mark read, "3(71)": its page and the pages' count
    for index, line in enumerate(lines):
        # Both page marks hold a bracket: a line without one is not searched (most lines).
        later_head = _LATER_RUNNING_HEAD.fullmatch(line.stripped) if ")" in line.text else None
        if later_head and int(later_head.group("page")) >= 2:
            result.append(Line(line.number, ""))  # a later page's running head, alone on its line
            continue
        if ")" in line.text and _TRAILING_PAGE_MARK.search(line.text):
            line = Line(line.number, _TRAILING_PAGE_MARK.sub("", line.text), page_start=line.page_start)
        text = line.stripped
        match = _PAGE_HEAD.match(text) if "(" in text or "[" in text else None
        numbered = PAGE_NUMBER_OPENING.match(text) if index in numbered_pages else None
        if numbered and not match:
            # The site's page number, then the page's own ("2 2 Kf 78 ...", "3 Sida 3 Ks 29 ..."): a page
            # however short (Nässjö, Danderyd, Alingsås, Kumla, Essunga).
            doubled = _DOUBLED_PAGE_NUMBER.match(text)
            if (len(line.stripped) < RUN_ON and not doubled and not _opens_with_kind_then_body(text[numbered.end():])
                    and not _opens_with_body_then_paragraph(text[numbered.end():])
                    and not ((index == last_numbered or index in after_run_on_page)
                             and _CODED_PARAGRAPH_OPENING.match(text[numbered.end():]))):
                result.append(line)  # a short page without a page mark: the line as it stands
                continue
            rest = text[doubled.end():] if doubled else text[numbered.end():]
            result.append(Line(line.number, rest, page_start=True))
            continue
        mark = _MARK_AT_HEAD_END.search(match.group()) if match else None
        mark = (int(mark.group("n")), int(mark.group("of"))) if mark else None
        # (A short line is a page all the same where its mark goes on from the page before: "4(71) KSKF/2017:241 97
        # Delårsrapport ... Beslut 1. Kommunledning", the excerpt's last page cut short.)
        in_step = mark is not None and last_mark is not None and mark == (last_mark[0] + 1, last_mark[1])
        last_mark = mark if match and (len(line.stripped) >= RUN_ON or in_step) else last_mark
        if not match or len(line.stripped) < RUN_ON and index not in numbered_pages and not in_step:
            result.append(line)
            continue
        running = match.group("running").strip()
        key = _NUMBER.sub("#", running.lower())
        if running and key not in heads:
            result.append(Line(line.number, running))
        heads.add(key)
        result.append(Line(line.number, line.stripped[match.end():], page_start=True))
    return result


def site_content(document: Document, *, keep_title: bool = True) -> list[Line]:
    """The document's own text: bullets_apart(split_page_runs(drop_site_text(drop_url_lines(its lines), keep_title))),
    made once per document (detect, the reader it picks and the head's tests all read it); a text
    without a site's 'Download "..."' title reads the same either way, so it is made once for both.
    The list and its Lines are shared: read them, never change them."""
    key = keep_title if document.offers_a_download else None
    cleaned = document.cleaned.get(key)
    if cleaned is None:
        cleaned = document.cleaned[key] = bullets_apart(split_page_runs(drop_site_text(drop_url_lines(document.lines),
                                                                                        keep_title=keep_title)))
    return cleaned


def drop_page_artefacts(lines: list[Line]) -> list[Line]:
    """Remove page numbers and the running header/footer lines around each page break.

    A line next to a page mark (within three lines) that also stands in the document's
    first lines, or beside another page mark, is a running header or footer."""
    lines = drop_running_lines(lines)
    marks = [i for i, line in enumerate(lines) if PAGE_MARK.match(line.text) and line.text.strip()]
    if not marks:
        return lines
    head = {line.stripped for line in lines[:12] if line.stripped}
    # The first time a text stands among the document's first 12 lines with text, it is the document's own head,
    # however many blank lines a copy set between them (a later page's repetition of it is still dropped).
    own_head: dict[str, int] = {}
    for i in [i for i, line in enumerate(lines) if line.stripped][:12]:
        own_head.setdefault(lines[i].stripped, i)
    occurrences: dict[str, int] = {}
    for line in lines:
        occurrences[line.stripped] = occurrences.get(line.stripped, 0) + 1
    near: dict[str, int] = {}
    for i in marks:
        for j in range(max(0, i - 3), min(len(lines), i + 4)):
            if lines[j].stripped:
                near[lines[j].stripped] = near.get(lines[j].stripped, 0) + 1
    drop = set(marks)
    for i in marks:
        for j in range(max(0, i - 3), min(len(lines), i + 4)):
            text = lines[j].stripped
            if not text or j in drop:
                continue
            if j < 12 or own_head.get(text) == j or _decision_heading_line(text):
                continue  # the document's own first lines stay, and a §'s section headings
            if text in head or near.get(text, 0) > 1 and occurrences.get(text, 0) > 1:
                drop.add(j)
    return [line for i, line in enumerate(lines) if i not in drop]


# ---------------------------------------------------------------- warnings


@dataclass
class Warnings:
    items: list[str] = field(default_factory=list)
    # The texts in `items`, to tell a repeated warning without reading the whole list each time (quadratic in a
    # document with thousands of warnings); taken again from `items` when the list's length shows it changed
    # from outside (the list is a matter's or meeting's own, handed on).
    _seen: set[str] = field(default_factory=set, init=False, repr=False, compare=False)

    def add(self, line: int | None, field_name: str, message: str) -> None:
        where = f"rad {line}, " if line else ""
        text = f"{where}{field_name}: {message}"
        if len(self._seen) != len(self.items):
            self._seen = set(self.items)
        if text not in self._seen:
            self.items.append(text)
            self._seen.add(text)


def clean(text: str) -> str:
    return " ".join(text.split())

"""A fallback for a protocol in which no layout reader found an item: its contents list run together on one line,
the rows' § numbers lost (all or most of them), the titles kept apart by nothing but a capital letter.

Document sites' copies of protocols often keep a contents list ("Innehållsförteckning", "Ärendelista", "REGISTER
... Ärende", "FÖREDRAGNINGSLISTA Ärende Sidan", "Ärenden vid dagens sammanträde") as one run of titles: "Upphandling
av städtjänster Ansvarsfördelning för fastigheter Svar på motion om ... Riktlinjer i arbetet mot ...". Where a row
ends is then proved only by what stands between two titles: a dot leader and its page, a case number's cell whose
digits were lost ("2019/", "(KS )", "Dnr: KS"), a full stop, a § number that survived. Elsewhere it is read by a MODEL
of where a Swedish agenda title opens: a capitalised word after a word that may end a title, when that word is one
that opens titles (a matter's noun: Val, Svar, Motion, Anmälan, Information, Yttrande, ...; a noun of act or kind by
its form: -ning, -else, -ande, -tion, -plan, -program, -rapport, -avtal, -policy, ...) and no name going on in the
title (after "i", "för", "av", a comma, a dash, a party's "(S)"; before "kommun"; after another name's word).

Precision first: a row holding a capitalised word the model cannot place (a name, or a title's opening word it does
not know) after a word that may end a title is not given at all (its bounds are not proved), nor a last row the
text's end may have cut. The rows given have no number unless one survived before them.
"""

from __future__ import annotations

import re

from archive.importing.agendarows import _JOINING_WORDS, _KIND_WORDS, _PLACE_NOUNS, _formality_word
from archive.importing.text import Line, list_heading

TITLES_AT_LEAST = 3  # rows a run must give to be read as a list at all
_NUMBERS_LOST = 2  # rows a run may have read as one where two or three titles stood (a row with a capital unplaced)

# The list's heading, as contents lists are headed: a word of its own, capitalised or in capitals.
# (The agenda's "Dagordning" only in capitals: capitalised, it is a matter's own word, "Dagordning fastställs".)
_HEADING = re.compile(
    r"(?<![\wÅÄÖåäö])(?:"
    + list_heading("innehållsförteckning", "ärendeförteckning", "ärendelista", "föredragningslista") + "|"
    + list_heading("dagordning", capitalised=False) + r"|REGISTER|Ärenden vid dagens sammanträde(?: med)?"
    r"|Behandlade ärenden|BEHANDLADE ÄRENDEN)(?![\wÅÄÖåäö.,:])")  # (not a site's title, "REGISTER. Sporren, ...")
# The list's column heads after its heading ("Ärende Sidan", "Paragraf Ärende"), and a column head "Ärende" later in
# the line where a register's form fields stand between ("REGISTER Sida 1(2) Tid: ... Justerare: ... Ärende 1. ...").
_COLUMN_HEADS = re.compile(r"(?:\s*(?:Ärende|Ärenden|Sidan|Sida|Sid\.?|Paragraf|Paragrafer|§|Dnr|Nr)\b)+")
_ARENDE_COLUMN = re.compile(r"(?<![\wÅÄÖåäö])Ärende(?=\s+\d{1,3}\.?\s+[A-ZÅÄÖ][a-zåäö])")
_ARENDE_REACH = 600  # characters after the heading a register's form may take before its "Ärende" column
# A page's running head between the heading and the first row: a word in capitals, a page number ("2 (24)", "1(2)").
_PAGE_HEAD_TOKEN = re.compile(r"\s*(?:[A-ZÅÄÖ]{3,}[A-ZÅÄÖa-zåäö]*|\d{1,3}\s?\(\d{1,3}\)"
                              r"|Sida\s+\d{1,3}(?:\s?\(\d{1,3}\))?)(?=\s|$)")
# A page that is the list alone, its heading lost: page numbers, then a § number and its title, ending with the last
# row's dot leader and page ("2 2 237 Upphandling av ... Anmälan av delegeringsbeslut...34").
_HEADLESS_LIST = re.compile(r"^(?:\d{1,3}\s+){0,2}(?=\d{1,3}\s+[A-ZÅÄÖ][a-zåäö])(?P<rows>.*\S(?:\.{2,}|…)\s*\d{1,3})$")
# What ends the list on its line: the front page's or the attestation's labels.
_LIST_END = re.compile(r"\s(?:Plats och tid|Utd\s?ragsbestyrkande|Justerandes sign|Justeringens plats)\b")
# Words of a decision or a sentence: no contents list holds them.
_SENTENCE_WORDS = re.compile(r"(?<![\wåäö])(?:beslutar|beslutade|föreslår|föreslås|godkänner|godkänns|justeras"
                             r"|yrkar|yrkande)(?![\wåäö])|[a-zåäö]{3}\.\s+[a-zåäö]")

# What proves a row's end, dropped from the titles: a dot leader and the row's page ("...34", "..", "...., "); a case
# number's cell whose digits were lost ("2019/", a lone "/", "(KS )", "Dnr: KS", "Dnr KS"); a full stop after a word.
_CELL = re.compile(
    r"(?:\s*(?:(?:\.{2,}|…+)[.,]*(?:\s*\d{1,3}(?![\d/.:-]))?"
    r"|(?<=\s)(?:(?:19|20)\d\d)?/(?=\s|$)"
    r"|(?<=\s)\((?:[A-ZÅÄÖ]{1,6}\s+)?\)"  # (not a party's "(SD)")
    r"|(?<=\s)Dnr:?\s+[A-ZÅÄÖ]{1,6}(?=\s|$)"
    r"|(?<=[a-zåäö]{4})\.(?=\s+[A-ZÅÄÖ])),*)+")  # (not an abbreviation's: "Foss 281 mfl. AB")
# A § number that survived before its row's title, after a lower-case word ("... barn- och utbildningsnämnden 18
# Mötestider för ..."): not a reference after a code ("Fnau 49"), a date's day or a page.
_SURVIVING_NUMBER = re.compile(r"^(?P<n>\d{1,3})\.?$")

# Words that open Swedish agenda titles, beyond the kinds' words every list reader knows (_KIND_WORDS): the matter's
# nouns that take an object after them ("Svar på", "Begäran om", "Talan om"), and adjectives and participles that
# open titles of their own ("Inkomna motioner", "Ny", "Utökat").
_OPENING_WORDS = _KIND_WORDS | frozenset((
    "Motion Motioner Medborgarförslag Förslag Förvärv Begäran Entledigande Anställning Inkomna Borgen Överlåtelse "
    "Yttrande Yttranden Redovisning Uppföljning Ägardirektiv Riktlinjer Taxor Val Svar Talan Tillsyn Frågor Fråga "
    "Frågestund Avgifter Bidrag Ansökningar Remiss Remissvar Interpellationssvar Motionssvar Ny Nya Nytt Utökat "
    "Utökad Ändrad Ändrade Reviderad Reviderade Antagande Upphävande Upphandling Återremiss Instruktion Arvoden "
    "Ersättning Delegeringsbeslut Delegationsärenden Meddelande Avsägelse Investering Investeringar Tilldelning "
    "Fördelning Ekonomi Ekonomisk Ekonomiska").split())
# A noun of act or kind by its form, four letters at least before the ending ("Ansvarsfördelning", "Förlängning",
# "Avsägelse", "Äskande", "Ombudsinstruktion", "Verksamhetsplan", "Bostadsförsörjningsprogram", "Samverkansavtal").
_OPENING_FORM = re.compile(
    r"^[A-ZÅÄÖ][a-zåäö]{3,}(?:ning|ningar|ering|eringar|else|elser|ande|anden|ende|tion|tioner|sion|plan|planer"
    r"|program|rapport|rapporter|avtal|policy|ordning|ärende|ärenden|förslag|beslut|taxa|taxor|budget|bokslut"
    r"|direktiv|reglemente|bidrag|instruktion|redovisning|uppföljning|strategi|avgift|avgifter|frågor|fråga)$")
_INFORMING = re.compile(r"^(?:informerar|rapporterar|redovisar|föredrar)$")  # "Kommundirektören informerar"
# A roll call's row, no matter ("Deltagarlista vid kommunfullmäktiges sammanträde den 26 mars", "Beslutande").
ATTENDANCE_ROW = re.compile(r"^(?:Deltagarlista|Närvarolista|Närvaro|Beslutande|Närvarande|Ledamöter|Upprop)\b")
# A paper named by the capitalised title after it: a report, a memorandum, a remiss, an inquiry's report.
_NAMES_A_PAPER = re.compile(r"(?:rapport|rapporten|promemoria|promemorian|remiss|remissen|betänkande|betänkandet)$")
# The word binding a title's opening noun to its object ("Yttrande över", "Svar på", "Motion om", "Val av").
_BINDING_AFTER_OPENER = frozenset("av för om till på över från angående avseende gällande rörande".split())
# A thing named by the capitalised words after it ("kommunalförbundet Avfallshantering Östra Skaraborg", "fastigheten
# Bredvik 4:12", "föreningen Vävstugan", "bolaget Gryningshem").
_NAMED_THING = re.compile(r"(?:f[öo]rbundet|bolaget|föreningen|stiftelsen|fastigheten|fastigheterna|kvarteret|projektet"
                          r"|området|företaget|bostadsrättsföreningen)$")
_CAPITALISED = re.compile(r"^[A-ZÅÄÖ][a-zåäöéü]+-?[,:]?$")
_ACRONYM = re.compile(r"^\(?[A-ZÅÄÖ]{1,6}\)?[,.]?$")  # "AB", "LSO)", "D", "(S)"


def opens_a_title(word: str, after: str | None) -> bool:
    """Whether a capitalised `word` is one that opens agenda titles (the model's lexicon and word forms), `after` the
    word that follows it."""
    bare = word.rstrip(",:")
    return bare in _OPENING_WORDS or _OPENING_FORM.match(bare) is not None \
        or after is not None and _INFORMING.match(after) is not None


def _word_kind(token: str) -> str:
    """'lower' (a word in small letters, a title may end with it), 'cap' (a capitalised word), 'other'."""
    if _CAPITALISED.match(token):
        return "cap"
    if token[:1].islower():
        return "lower"
    return "other"


def _pieces(text: str) -> list[tuple[int | None, str, bool]]:
    """The run's titles as (the § number that survived before it or None, its text, whether its bounds are proved).
    Cut at each proved cell (_CELL) and at each opening the model reads (opens_a_title); a piece holding a capital
    it cannot place is marked unproved."""
    segments = _CELL.split(text)
    result: list[tuple[int | None, str, bool]] = []
    number: int | None = None
    last: int | None = None  # the last § number that survived, and the pieces read since
    since = 0
    for segment in segments:
        tokens = segment.split()
        start, proved = 0, True
        brackets = 0
        for i, token in enumerate(tokens):
            before = tokens[i - 1] if i else None
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            if before is not None:
                brackets = max(0, brackets + before.count("(") - before.count(")"))
            surviving = _SURVIVING_NUMBER.match(token)
            if surviving and after is not None and _CAPITALISED.match(after) and (
                    before is None or _word_kind(before) == "lower" and before not in _JOINING_WORDS) and (
                    not result and i == 0
                    or last is not None and last < int(surviving.group("n")) <= last + since + 1 + _NUMBERS_LOST):
                # a § number standing before its row's title, opening the run or counting on from the last one by
                # the rows read since (not a title's own number: "... väg 27 Delårsrapport", "tertial 2"): ends the
                # row before it
                if i > start:
                    result.append((number, " ".join(tokens[start:i]), proved))
                number, start, proved = int(surviving.group("n")), i + 1, True
                last, since = number, -1
                continue
            if before is None or i == start or brackets or not token[:1].isupper():
                continue
            if _CAPITALISED.match(token) is None and _ACRONYM.match(token) is None:
                proved = False  # a capital the model cannot read ("KompletteringsvaL", an OCR's word)
                continue
            kind_before = _word_kind(before)
            if before.lower() in _JOINING_WORDS or before[-1] in ",;(/-–&:" or before in ("-", "–") \
                    or _NAMED_THING.search(before) \
                    or after is not None and after.rstrip(",.") in _PLACE_NOUNS | {"kommuns", "AB"}:
                continue  # a name going on in the title ("i Alingsås", "Voteringsapp - Boris", "Bollebygds kommun")
            opener = _CAPITALISED.match(token) is not None and opens_a_title(token, after)
            if kind_before == "cap":
                # after a capitalised word: a name goes on ("Ombudsinstruktion Dingle Industrilokaler"), unless both
                # open titles ("Meddelanden Anmälan av ...", "Avsägelse Avsägelse"), or the word opens a title with
                # the word binding its object after it ("... i Sala Motion om ...", "... AB Alingsåshem Yttrande över")
                named_on = not (opens_a_title(before, token) and i - 1 == start
                                or after in _BINDING_AFTER_OPENER and token.rstrip(",:") in _OPENING_WORDS)
                if named_on and opener and after is not None:
                    proved = False  # a title's opening word after a name may open one or name a thing: unproved
                if named_on:
                    continue
            if opener and kind_before == "lower" and _NAMES_A_PAPER.search(before) and token != tokens[start]:
                # after a paper's noun the paper's own name may follow ("Svar på revisionsrapport Granskning av ...",
                # "Remiss departementspromemorian Validering ..."): unproved, unless the row's own first word opens
                # again (a list of one kind's matters)
                proved = False
                continue
            if opener:
                result.append((number, " ".join(tokens[start:i]), proved))
                number, start, proved = None, i, True
                since += 1
            elif after is not None and (kind_before == "lower" or before.endswith(")")
                                        or _SURVIVING_NUMBER.match(before)
                                        or _ACRONYM.match(before) and i >= 2 and _word_kind(tokens[i - 2]) == "cap"):
                # a capital the model cannot place where a title may open (after a word, a bracket, a number or a
                # name's closing "AB" that may end one: "... medborgarlöfte Lokalpolisområde", "... (LSO) Vatten- och",
                # "... Region Norrdala 9 Gåvor ...", "... Kronan Exploatering AB Varumärkesplattform"; not "för AB
                # Gryningshem"): no bound proved
                proved = False
        if start < len(tokens):
            result.append((number, " ".join(tokens[start:]), proved))
            number = None
            since += 1
    return result


def _after_heads(text: str, start: int) -> int:
    """Where the first row stands after a heading at `start`: past the list's column heads and a page's running head."""
    while (head := _COLUMN_HEADS.match(text, start) or _PAGE_HEAD_TOKEN.match(text, start)) and head.end() > start:
        start = head.end()
    return start


def heads_the_next_line(text: str) -> bool:
    """Whether a line is a list's heading alone (its column heads, a page's running head after it): the run of titles
    on the next line is its list ("Innehållsförteckning SAMMANTRÄDESPROTOKOll FULLMÄKTIGE" / "Deltagarlista ...")."""
    heading = _HEADING.match(text)
    return heading is not None and _after_heads(text, heading.end()) == len(text)


def _list_region(text: str, headed: bool) -> tuple[int, int] | None:
    """Where the run of titles stands in a line: after its heading (its column heads, a page's running head) or the
    "Ärende" column head over its first row, up to what ends it; the whole line where the line above is its heading
    (`headed`) or where it is a page of the list alone (_HEADLESS_LIST). None otherwise."""
    heading = _HEADING.search(text)
    column = _ARENDE_COLUMN.match(text)
    if column is not None:  # "Ärende 14. Svar på ..." (Munkedal's register, its page head dropped)
        start = column.end()
    elif heading is not None:
        start = heading.end()
        column = _ARENDE_COLUMN.search(text, start, start + _ARENDE_REACH)
        start = column.end() if column is not None else _after_heads(text, start)
    elif headed:
        start = 0
    elif headless := _HEADLESS_LIST.match(text):
        start = headless.start("rows")
    else:
        return None
    end = _LIST_END.search(text, start)
    return start, end.start() if end else len(text)


def numberless_title_runs(lines: list[Line]) -> list[Line] | None:
    """The lines with each run of titles (see the module's doc) cut into rows marked as items' starts, the rows whose
    bounds are not proved left out; None where no run gives TITLES_AT_LEAST rows."""
    last_at = max((at for at, line in enumerate(lines) if line.stripped), default=-1)
    result: list[Line] = []
    given = 0
    above = ""  # the last line with text before this one
    for at, line in enumerate(lines):
        text = line.stripped
        region = _list_region(text, heads_the_next_line(above)) if len(text) > 80 else None
        above = text or above
        if region is None or _SENTENCE_WORDS.search(text, *region):
            result.append(line)
            continue
        start, end = region
        pieces = _pieces(text[start:end])
        closed = not _CELL.split(text[start:end])[-1].strip()  # (its last row closed by a cell: whole)
        if at == last_at and end == len(text) and pieces and not closed:
            pieces = pieces[:-1]  # (the text's end may have cut the last row: "... till Gröna linj")
        rows = [(number, title.rstrip(" ,.;")) for number, title, proved in pieces
                if proved and not ATTENDANCE_ROW.match(title) and _word_kind(title.split()[0]) == "cap"]
        if text[:start].strip():
            result.append(Line(line.number, text[:start].strip(), page_start=line.page_start))
        result.extend(Line(line.number, f"{number} {title}" if number is not None else title, item_start=True)
                      for number, title in rows if not _formality_word(title))
        if text[end:].strip():
            result.append(Line(line.number, text[end:].strip()))
        given += len(rows)
    return result if given >= TITLES_AT_LEAST else None

"""Which kind of meeting document a text is (protokoll, kallelse or neither), and the lines of content a
meeting document's reader starts from: the signals only a protocol or an agenda gives, page columns and site
furniture dropped."""

from __future__ import annotations

import re
from itertools import islice

from archive.importing.agendarows import (
    run_on_agenda_rows,
    split_bullet_rows,
    split_numbered_bullets,
    split_numbered_runs,
)
from archive.importing.common import (
    CASE_NUMBER,
    RUN_ON,
    bodies_in,
    find_dates,
    site_content,
    split_page_runs,
)
from archive.importing.countedruns import headless_rows_count
from archive.importing.itemtext import titled_decisions_in_brief
from archive.importing.kinds import REPORT_KINDS, alternation
from archive.importing.meetingwords import (
    _BODY_LABEL_IN_TABLE,
    _CALLED_TO_A_MEETING,
    _DAY_AND_MONTH,
    _GLUED_ROW,
    _NUMBERED,
    _PARAGRAPH,
    _PORTAL_MEETING,
    _POSTED_BY,
    AGENDA_WORDS,
    PROTOCOL_WORDS,
)
from archive.importing.text import Document, Line, drop_site_text, drop_url_lines, ocr_tolerant

_TJANSTESKRIVELSE = re.compile(r"\b(" + alternation(REPORT_KINDS) + r")\b", re.IGNORECASE)


# What only a protocol says: its justering, its signatures, its range of paragraphs; its anslag's
# "Justeringen har tillkännagivits genom anslag" (61 protocols of the tuning half, no other document);
# its signature box's label "Underskrifter" (capitalised: 106 protocols of the tuning half, no other kind;
# "Underskrifter Sekreterare Ordförande Justerande" where the paragraphs' numbers were lost, Dals-Ed).
# The front page's range of paragraphs: "Paragrafer 164-184", "Paragraf §§ 1-15".
_PARAGRAPHS_FIELD = r"\bparagrafer?\s*(?:§§?\s*)?\d"
PROTOCOL_SIGNALS = re.compile(
    r"protokollet (är|har) justerats?|protokollet är justerat|justeringens (plats och tid|tid och plats)|"
    # "X utses att (jämte ordförande) justera dagens protokoll" (Sjuhärads kommunalförbund, Lidingö, Vaxholm)
    r"utses att (?:jämte ordföranden? )?justera|justerandes (sign|signatur)|utdragsbestyrkande|"
    + _PARAGRAPHS_FIELD + r"|"
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


_REPORT_HEADING = re.compile(ocr_tolerant(  # a scan's "Förslag ti1l beslut" too (text.ocr_tolerant)
    r"^(förslag till beslut|beslutsförslag|beslutsunderlag|sammanfattning|ärendet|bakgrund|ärendebeskrivning)\b"),
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


# A meeting portal's bulleted § ("• § 165", as _PARAGRAPH reads it on its own line) ending a line: the heading above
# it run onto its line where the line breaks were lost ("Kommunfullmäktige 13:30 - 19:20 Vätternsalen, Motala
# Convention Centre • § 165", Motala's portal joined); a bullet before it, so no law's or range's "§ 5" at a line's end.
BULLETED_PARAGRAPH_AT_END = re.compile(r"\s[•*]\s*(?P<paragraph>§\s*\d{1,4})$")
_AGENDA_FIRST = re.compile(r"^(?:KALLELSE|FÖREDRAGNINGSLISTA|DAGORDNING|ÄRENDELISTA|Kallelse|Föredragningslista|"
                           r"Dagordning|Ärendelista)\b")


# A protocol's line saying what was decided: "Beslut" alone or as the label of its decision ("Beslut: Enligt förslag").
_DECIDED_LINE = re.compile(r"Beslut\s*(?::.*)?")


# An agenda table's column heads over its numbered rows ("Nr Ärende Beteckning Sidan", Katrineholm; "Nr Ärende Dnr",
# in the kallelser of Habo, Herrljunga, Nacka, Sandviken, Trelleborg and Valdemarsvik too, and in no other kind).
# (Asked where no reader took a document by its first lines too: __init__._as_meeting_document.)
LIST_COLUMN_HEADS = re.compile(r"\bNr\s+Ärende\b")
_PARAGRAPHS_FIELD_AT = re.compile(_PARAGRAPHS_FIELD, re.IGNORECASE)


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
    has_paragraphs = any(_PARAGRAPH.match(line.stripped) or BULLETED_PARAGRAPH_AT_END.search(line.stripped)
                         for line in lines)
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
    # The opening's first 80 lines of text, however many blank lines an extraction set between them.
    start = _opening_text(lines)
    signed = _SIGNED_PROTOCOL.search(start)
    for opening in (*(openings or [""]), _OPENING.match(first_page).group()):
        # A word in capitals broken by the extraction ("ANMÄLNINGSLIS TA"): its pieces joined.
        opening = re.sub(r"\b([A-ZÅÄÖ]{4,}) ([A-ZÅÄÖ]{1,3})\b", r"\1\2", opening)
        agenda, protocol = AGENDA_WORDS.search(opening), PROTOCOL_WORDS.search(opening)
        if agenda and signed and agenda.group().lower() == "ärendelista":
            agenda = None  # a signed protocol's own list of its §§ heading a page (see below), no kallelse's name
        if _SIGNED_PROTOCOL.search(opening):
            continue  # a signed protocol's page head ("Kungörelse. Justerandes sign... Utdragsbestyrkande...")
        if agenda and agenda.group().isupper() and (not protocol or protocol.start() > agenda.start()):
            return "kallelse"
        # The document's very first word its kind, capitalised ("Kallelse/föredragningslista Regionstyrelsen
        # kallas ...", "Kallelse Sammanträdesdatum", "Kallelse och föredragningslista"): Huddinge, Kungälv,
        # Linköping, Sandviken, Västerås, Region Uppsala; a page given as one line has no short line for it.
        if agenda and agenda.start() == 0 and agenda.group()[:1].isupper() and not protocol:
            return "kallelse"
    later = later_kallelse_page(lines)
    if later is not None and not (signed and _heading_word(lines[later]) == "ärendelista"):
        # (A signed protocol's own list of its §§ heading a later page, "3 (36) ÄRENDELISTA 148 Godkännande ...",
        # Vaggeryd, names no kallelse, as in its opening above.)
        return "kallelse"
    if any(PROTOCOL_WORDS.search(line) for line in short) and has_paragraphs:
        return "protokoll"
    # "Kallelse", "Föredragningslista" as headings set them; not an item's "213 Kommunstyrelsens ärendelista".
    # "Ärendelista" also heads a protocol's own list of its paragraphs ("§ Ärendelista" over "§ 46 Dnr ...",
    # Laholm; "Ärendelista 150 Dnr ...", Bjuv; "Ärendelista §116 §117 ...", Lekeberg; also Askersund, Avesta,
    # Leksand, Region Kronoberg): beside what only a held and signed protocol states, it names no kallelse.
    # A kind word beside a signed protocol's marks on its own line is that page's head, its first § ("Kungörelse.
    # Justerandes sign... Utdragsbestyrkande...", Danderyd), no kallelse's name. So "Kungörelse" heading a page of
    # the notice a signed protocol keeps with it ("1 Plats och tid ... Utses att justera ... Justeringens plats och tid
    # ..." / "Kungörelse 1 Kommunfullmäktige i Timrå sammanträder ..."): the protocol's, no kallelse (a kallelse so
    # named, Degerfors', Dorotea's, Mölndal's, Torsås', Västervik's, states no justering done). Only beside the
    # protocol's own range of paragraphs too ("Paragrafer 164-184"): a kallelse's form may print "Utses att justera"
    # (Orust's, Lönenämndens).
    held = signed and _PARAGRAPHS_FIELD_AT.search(start)
    if any(word.group()[:1].isupper() and not (signed and word.group().lower() == "ärendelista"
                                               or held and word.group().lower() == "kungörelse")
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
    # (A page may leave the list's first item or two out and open at 2 or 3, "Regionfullmäktige 2020-09-22" / "2
    # Sammanträdets öppnande" / "3 Upprop" ..., Region Västerbotten's page; "Sammanträde 2012-06-12" / "3 Utseende av
    # protokolljusterare ..." / "4 Ordförandens ...", Stockholm's portal: then five rows at least count up from it.)
    if ((numbered[:1] == [1] and _counts_up(numbered)
         or numbered[:1] in ([2], [3]) and _counts_up(numbered, numbered[0], 5))
            and not has_paragraphs
            and not _TJANSTESKRIVELSE.search(start[:300])
            and not under_headings
            and not signed
            and (_MEETING_WORD.search(start[:400]) or bodies_in(head[0][:60] if head else "")
                 or LIST_COLUMN_HEADS.search(start[:1500]))):
        # Its points each closed by what was decided ("Beslut" alone, "Beslut: Enligt förslag"): a protocol's
        # (Botkyrka, Falkenberg, Norrtälje, Sydnärkes IT-nämnd, Västra Götalandsregionen, Tanum's utdrag; none of
        # the tuning half's 114 kallelser sets such a line).
        return "protokoll" if any(_DECIDED_LINE.fullmatch(line.stripped) for line in lines) else "kallelse"
    # The same page with its list's numbers lost (list bullets of the page, dropped by the copy): three plain rows
    # or more under an intro ("På dagordningen:"), read as split_bullet_rows reads them (bulleted rows are a news
    # page's too: "Kommunfullmäktige föreslås att: • bevilja ..."); the same signs of a meeting's notice, nothing of
    # a protocol.
    if (not has_paragraphs and not signed and not _TJANSTESKRIVELSE.search(start[:300])
            and (_MEETING_WORD.search(start[:400]) or bodies_in(head[0][:60] if head else ""))
            and (sum(new.item_start and new.stripped == old.stripped for new, old in zip(
                split_bullet_rows(lines[:OPENING_LINES]), lines, strict=False)) >= PLAIN_ROWS
                 # (or run together on one line under the intro, as a copy that lost the list's breaks gives them, or
                 # a line that is nothing but such titles, headless_run_on_rows, as the kallelse reader reads them)
                 or run_on_agenda_rows(lines[:OPENING_LINES]) >= PLAIN_ROWS
                 or headless_rows_count(lines[:OPENING_LINES]) >= PLAIN_ROWS)
            and not any(_DECIDED_LINE.fullmatch(line.stripped) for line in lines)):
        return "kallelse"
    if protocol_signal(start) and not _TJANSTESKRIVELSE.search(start[:200]):
        return "protokoll"
    # A body's web page of its meeting's decisions in brief, headed by the body and the day ("Regionstyrelsen 8
    # september 2020", Västra Götalandsregionen): its matters unnumbered, each a title over prose closed by "Beslut:
    # enligt förslag." (titled_decisions_in_brief), as the same page numbers them above.
    if (head and not has_paragraphs and not signed and (named_first := bodies_in(head[0][:60]))
            and named_first[0][0] == 0 and find_dates(head[0]) and titled_decisions_in_brief(lines[:400])[1]):
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
    # (Or a body called to it, "Förbundsstyrelsen kallas till sammanträde", as 24 kallelser of the tuning half open and
    # no other document does; where a site's own line stands over it, Regionförbundet Uppsala län's page joined.)
    notice = _MEETING_NOTICE.search(start[:1500]) or _CALLED_TO_A_MEETING.search(start[:1500])
    if (notice and bodies_in(start[:1500]) and not _TJANSTESKRIVELSE.search(start[:300])
            and not any(_REPORT_HEADING.match(line.stripped) for line in lines[:80])):
        return "kallelse"
    return None


# A page's first word after its page number ("3 KALLELSE/FÖREDRAGNINGSLISTA Tid: ...").
_PAGE_NUMBER_FIRST = re.compile(r"^\d{1,3}\s+")


def _opening_text(lines: list[Line]) -> str:
    """The opening's first OPENING_LINES lines of text run on, however many blank lines an extraction set between."""
    return " ".join(islice((line.stripped for line in lines if line.stripped), OPENING_LINES))[:5000]


# What a protocol states once it was held, justerat and posted: "Protokollet är justerat", "Justeringen har
# tillkännagivits genom anslag", its signature box's "Underskrifter", its range of paragraphs ("Paragrafer 164-184"). A
# kallelse may print the rest of a protocol's marks: its form's "Utses att justera" and "Justeringens plats och tid" to
# be filled at the meeting (Orust, Lönenämnden, Haninge), the "Justerandes sign" and "Utdragsbestyrkande" boxes of
# the protocol extracts it carries as its items' papers (Hallsberg, Luleå, Rättvik).
_HELD_MARKS = re.compile(r"protokollet (?:är|har) justerats?|justeringen har (?:tillkännagivits|tillkännagetts"
                         r"|anslagits)|tillkännagivandet av justeringen|anslaget på kommunens anslagstavla"
                         r"|\bunderskrifter\b|" + _PARAGRAPHS_FIELD, re.IGNORECASE)


def marked_but_not_held(document: Document) -> bool:
    """Whether the opening holds a protocol's marks (PROTOCOL_SIGNALS) but none that only a protocol held and posted
    states (_HELD_MARKS): a text so marked may be a kallelse as well as a protocol."""
    start = _opening_text(content_lines(document))
    return bool(protocol_signal(start)) and not _HELD_MARKS.search(start)


# A kallelse tells its members what to do if they cannot come ("Ledamot som är förhindrad att delta, bör själv kalla
# sin personlige ersättare", "Ledamot som är förhindrad deltaga i sammanträde inkallar vederbörande ersättare", "Är Du
# förhindrad att närvara meddelar Du ..."): 9 of the tuning half's kallelser (Bollnäs, Höganäs, Lindesberg, Orust,
# Lönenämnden, Tibro, Tidaholm), no protocol; a protocol lists who was absent ("Förhindrad ledamot", "N.N. (S)
# förhindrad.", Eksjö, Skellefteå).
_ABSENCE_TO_TELL = re.compile(r"\bförhindrad (?:att )?(?:delta|deltaga|närvara)\b", re.IGNORECASE)


def tells_absent_members(document: Document) -> bool:
    """Whether the opening tells a member who cannot come what to do (_ABSENCE_TO_TELL): a meeting still to come."""
    return bool(_ABSENCE_TO_TELL.search(_opening_text(content_lines(document))))


def later_kallelse_page(lines: list[Line]) -> int | None:
    """The index of a page after a cover page (Lönenämnden's "1 Lönenämnden Postlokalen", Strömsund's "1 Antal: 22
    Utsändningsdag ...") headed by the document's name in capitals, as a kallelse heads its first page or every
    page ("KALLELSE Datum", Håbo; "KALLELSE/FÖREDRAGNINGSLISTA - KOMMUNFULLMÄKTIGE", Heby; "KALLELSE
    Kommunfullmäktige", Stenungsund): no page of the tuning half's protocols is so headed, and none where a page
    is headed "PROTOKOLL" is taken. What stands before it is a cover, no row of the kallelse's list."""
    headed = [(at, _OPENING.match(_PAGE_NUMBER_FIRST.sub("", line.stripped, count=1)).group())
              for at, line in enumerate(lines) if line.page_start]
    if any((word := PROTOCOL_WORDS.match(opening)) and word.group().isupper() for _at, opening in headed):
        return None
    kallelse = [at for at, opening in headed if (word := AGENDA_WORDS.match(opening)) and word.group().isupper()]
    # (a kallelse whose first page is so headed too, every page maybe, has no cover: Håbo, Heby, Stenungsund)
    return kallelse[0] if kallelse and kallelse[0] != headed[0][0] else None


def _heading_word(line: Line) -> str:
    """The kind word heading a page (after its page number), in lower case; "" if none."""
    opening = _OPENING.match(_PAGE_NUMBER_FIRST.sub("", line.stripped, count=1)).group()
    word = AGENDA_WORDS.match(opening)
    return word.group().lower() if word else ""


# What only a protocol already held and signed states (a kallelse may well say when it will be justerat):
# "Utses att justera", "Protokoll(et) är justerat", its signature box ("Justerandes sign", "Justeringssign",
# "Utdragsbestyrkande").
_SIGNED_PROTOCOL = re.compile(r"utses att (?:jämte ordföranden? )?justera|protokoll(?:et)? är justerat|justerandes"
                              r"|justeringssign|utdragsbestyrkande", re.IGNORECASE)
_MEETING_NOTICE = re.compile(ocr_tolerant(  # a scan's "sarnmanträder" too (text.ocr_tolerant)
    r"\b(?:sammanträder|sammanträdet öppnas)\b|\b(?:mötet|sammanträdet)\s+behandlas\b"
    r"|\bbehandlas\s+(?:bland annat|följande)\b"), re.IGNORECASE)
# The word a meeting's notice or list names its meeting by, in a scan's OCR confusions too ("Sarnmanträde").
_MEETING_WORD = re.compile(ocr_tolerant("sammanträde"), re.IGNORECASE)


OPENING_LINES = 80
PLAIN_ROWS = 3  # a list's rows with no number or bullet that make a notice's list
_OPENING = re.compile(r".{0,60}(?<=\S)\S*|.{0,60}", re.DOTALL)


def _counts_up(numbers: list[int], first: int = 1, rows: int = 3) -> bool:
    """1, 2, 3 in order among a page's numbered lines (`rows` numbers from `first`): an agenda's items, with the
    numbered points of their proposals ("1. Ersättningar ...", "2. ...") in between."""
    expected = first
    for n in numbers:
        if n == expected:
            expected += 1
    return expected >= first + rows


_CAPITAL_HEAD = re.compile(r"^(?:\d{1,3}\s+)?(?:[A-ZÅÄÖ-]{4,}\s+){1,3}(?:SAMMANTRÄDESPROTOKOLL|PROTOKOLLSUTDRAG)\b")


def content_lines(document: Document) -> list[Line]:
    """The document's own text: without footnote links, a site's own text, and with pages
    given as run-on lines cut from their page furniture."""
    if not any("<" in line.text for line in document.lines):
        return site_content(document)  # made once, for detect and the reader alike
    # Made once too: detect and every reading of the document (as a protocol, then as a kallelse) ask for it, and its
    # cleaning is a long page's cost (400 extracts on one page: 0.19 s a time). Read it, never change it.
    cleaned = document.cleaned.get("markup")
    if cleaned is None:
        lines = [Line(line.number, _HTML_BREAK.sub(" ", line.text), line.page_start, line.item_start)
                 if "<" in line.text else line for line in document.lines]
        cleaned = document.cleaned["markup"] = split_page_runs(drop_site_text(drop_url_lines(lines)))
    return cleaned


# A web page's line-break markup left in its text ("Kristineberg,<br> S-Dp 2002<br>Remiss ..."): a space.
_HTML_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)

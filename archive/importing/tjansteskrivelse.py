"""A tjänsteskrivelse (officer's report) as text extracted from PDF -> a Matter.

The document is cut into sections at its headings; each part of the matter comes
from its own section. Nothing is invented: a value the text does not state stays
empty, and every guess the parser has to make is recorded as a warning.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from archive import naming
from archive.dates import MONTHS, parse_partial
from archive.errors import ImportFailed, InvalidDate
from archive.importing.common import (
    ABBREVIATIONS,
    CASE_NUMBER,
    DATE_IN_TEXT,
    DISTRICT_BODY,
    DISTRICT_NAME,
    LABEL,
    LABEL_ONLY,
    LABELLED,
    LABELLED_TRUNCATED,
    NOT_OURS,
    PAGE_MARK,
    PAGE_NUMBER_OPENING,
    RUN_ON,
    TRUNCATED_DATE,
    ProposalLead,
    Warnings,
    bodies_in,
    body_at_start,
    body_genitive_at_start,
    drop_page_artefacts,
    find_dates,
    is_case_number,
    own_case_numbers,
    proposal_lead,
    same_body,
    site_content,
    split_page_runs,
)
from archive.importing.meetingwords import GENERIC_BODIES
from archive.importing.text import (
    BULLET_GLYPHS,
    Document,
    Line,
    drop_pdf_outline,
    drop_site_text,
    drop_url_lines,
    ocr_tolerant,
)
from archive.model import BasisDocument, Matter, PlanningStep, Proposal, Recipient, Responsible

# Heading (lower case, no trailing colon) -> section key. Regexes are tried in order.
HEADINGS: list[tuple[re.Pattern, str]] = [
    # Two of the prose's headings joined by "och", one heading ("Bakgrund och ärendebeskrivning", Nerikes Brandkår;
    # "Ärendebeskrivning och bakgrund", "Bakgrund och syfte"): the section is the first one's.
    (re.compile(r"sammanfattning och (?:bakgrund|ärendebeskrivning|syfte|analys|bedömning)"), "summary"),
    (re.compile(r"(?:ärendebeskrivning|beskrivning av ärendet) och (?:bakgrund|syfte|analys|bedömning|motivering)"),
     "matter"),
    (re.compile(r"bakgrund och (?:ärendebeskrivning|beskrivning av ärendet|syfte|analys|bedömning|motivering)"),
     "background"),
    (re.compile(r"sammanfattning|sammanfattning av ärendet"), "summary"),
    (re.compile(r"förslag till beslut|beslutsförslag|förslag till beslut i (?P<body_in>[a-zåäö ]+)"), "proposal"),
    (re.compile(r"förslag till (?P<body>[a-zåäö -]+?s) beslut"), "proposal_to"),
    # "Förvaltningens förslag till kommunstyrelsen", or only "Förslag till kommunfullmäktige".
    # (Not "Förslag till beslut" and the lead run into it, "... Göteborgs stad föreslår stadsdelsnämnden Östra
    # Göteborg besluta": the body's name opens after "till".)
    (re.compile(r"(?:[a-zåäö-]+s )?förslag till (?P<body_to>(?!beslut )[a-zåäö -]*(?:fullmäktige|styrelsen|nämnden"
                r"|utskottet))"), "proposal_to"),
    # "Förslag till yttrande" / "Förslag till svar": what the body is to send is its decision proposed.
    (re.compile(r"förslag till (?:yttrande|svar|remissvar|remissyttrande)"), "proposal"),
    # "Kommunstyrelsens beslut" in a tjänsteskrivelse: the decision proposed to that body.
    (re.compile(r"(?P<body_dec>[a-zåäö-]+(?:fullmäktiges|styrelsens|nämndens|utskottets)) beslut"), "proposal_to"),
    # (a body's name of more words in the genitive too: "Kommunstyrelsens arbetsutskotts förslag till beslut",
    # Tingsryd; "Arbets- och personalutskottets förslag till beslut", Vindeln)
    (re.compile(r"(?:[a-zåäö]+- och |[a-zåäö]+s )?[a-zåäö-]+s förslag till beslut|[a-zåäö-]+s förslag"), "proposal"),
    (re.compile(r"beslutsunderlag|underlag för beslut|bilagor|bilaga"), "basis"),
    (re.compile(r"beslutsplanering|ärendegång|planerad beslutsgång|beslutsgång|behandlingsordning"
                r"|(ärendet )?(ska )?(behandlas|beredas) (av|i)|ärendets (fortsatta |planerade )?behandling"
                r"|planerad behandling|tidsplan för beslut|tidplan för beslut|beslutsordning"), "planning"),
    # ("Beslutet ska sändas till", "Beslutet delges": the decision's recipients, as "skickas till" names them)
    (re.compile(r"(beslutet|beslut|protokollet|protokollsutdrag|utdrag|utdraget) (ska |skall )?"
                r"(skickas|expedieras|sänds|sändas|delges) till|(beslutet|beslut|protokollsutdrag) (ska |skall )?delges"
                r"|sändlista"), "recipients"),
    (re.compile(r"expedieras till|expediering|kopia (?:av beslut(?:et)? )?till|beslut(?:et)? för kännedom till"),
     "recipients"),
    (re.compile(r"ärendet|ärende|ärendebeskrivning|beskrivning av ärendet"), "matter"),
    (re.compile(r"bakgrund|ärendets beredning|beredning"), "background"),
    # (the reasons for the proposal under a body's or an office's name: "Landstingsrådsberedningens motivering")
    (re.compile(r"([a-zåäö]+s? )?bedömning|förvaltningens synpunkter|överväganden|([a-zåäö-]+s )?motivering"),
     "assessment"),
    (re.compile(r"ansvariga|ansvarig|handläggare|ansvariga tjänstepersoner|kontaktperson"), "responsible"),
    (re.compile(r"föredragande"), "presenter"),
    (
        re.compile(
            r"juridiska konsekvenser|ekonomiska konsekvenser|kommunala mål|jämställdhet|samråd"
            r"|konsekvenser|barnperspektiv|miljöperspektiv"
        ),
        "other",
    ),
]
# The headings in a scan's OCR confusions too ("Förslag ti1l beslut", "Handläggare" read "Hand1äggare":
# text.ocr_tolerant); none of the confused forms is a Swedish word.
# (Not the officers' heading: their section's reading matches "handläggare" as printed in several places, so a
# scanned "Hand1äggare" taken as the heading only would end the letterhead's line before its title: left as it was.)
HEADINGS = [(re.compile(ocr_tolerant(pattern.pattern)) if key != "responsible" else pattern, key)
            for pattern, key in HEADINGS]
_ANY_HEADING = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _key in HEADINGS))
# Sections that make a text recognisable as a tjänsteskrivelse.
LIST_SECTIONS = {"basis", "recipients", "planning"}
DEFINING_SECTIONS = {"proposal", "proposal_to", "basis", "planning", "recipients"}

_NUMBERED = re.compile(r"^\d+\.\s")
_ISO_DATE = r"\d{4}-\d{2}-\d{2}"
_MUNICIPALITY = re.compile(
    r"\b(?P<name>[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?) (?P<what>kommun|stad|Stad)"
    r"(?P<body>fullmäktige|styrelsen?s?)?\b"
)
_RAISED = re.compile(
    r"\b(?:i|den)\s+(?P<date>(?:\d{1,2}\s+)?(?:" + "|".join(MONTHS) + r")\s+\d{4})"
    r"\s+(?:inkom|väckte|lämnade|väcktes)\s+(?P<who>.+?)\s+(?:en\s+|ett\s+|med\s+|in\s+)*"
    r"(?P<kind>motion|medborgarförslag)",
    re.IGNORECASE,
)
_TITLE_FROM_BASIS = re.compile(
    r"^(?:[A-ZÅÄÖ]-)?Tjänsteskrivelse\s+(?:[A-ZÅÄÖ]{2,8}\s+)?(?:\d{6}|\d{8}|" + _ISO_DATE + r")\s+"
    r"(?P<title>[A-ZÅÄÖ].+)$"
)
_UNIT = re.compile(r"(förvaltningen|förvaltning|kontoret|avdelningen|enheten)$", re.IGNORECASE)
MATTER_KINDS = ("motion", "medborgarförslag", "interpellation")


@dataclass
class Section:
    key: str
    heading: str
    line: int
    lines: list[Line] = field(default_factory=list)
    written: str = ""  # the heading as the text gives it ("Kommunstyrelsens förslag till kommunfullmäktige")

    def items(self) -> list[Line]:
        return [line for line in self.lines if line.stripped]

    def text(self) -> str:
        return " ".join(line.stripped for line in self.items())


def _heading_key(line: Line) -> tuple[str, re.Match] | None:
    return _heading_key_of(line.stripped)


def _heading_key_of(stripped: str) -> tuple[str, re.Match] | None:
    """_heading_key of a text already stripped as Line.stripped is: no Line made to ask it."""
    text = stripped.rstrip(":").strip()
    if not text or len(text) > 60:
        return None
    lowered = text.lower()
    if not _ANY_HEADING.fullmatch(lowered):
        return None
    for pattern, key in HEADINGS:
        match = pattern.fullmatch(lowered)
        if match:
            return key, match
    return None


def split_sections(lines: list[Line]) -> tuple[list[Line], list[Section]]:
    """The lines before the first heading, and the sections in document order."""
    preamble: list[Line] = []
    sections: list[Section] = []
    keys = [_heading_key(line) for line in lines]
    # A lead opens the proposal as its heading would only where no heading does: with one, a lead elsewhere is
    # another's proposal told ("Bakgrund" / "Socialnämnden föreslår kommunfullmäktige att besluta" / "att höja ...").
    headed = any(found and found[0] in ("proposal", "proposal_to") for found in keys)
    for at, line in enumerate(lines):
        found = keys[at]
        if found and not sections and found[0] == "responsible" \
                and line.stripped.lower().startswith(("handläggare", "kontaktperson")):
            found = None  # "Handläggare", "Kontaktperson" in the letterhead label the officer, they open no section
        if found and found[0] == "responsible" and line.stripped.rstrip(":").lower() in ("handläggare", "ansvarig") \
                and at and naming.looks_like_person(lines[at - 1].stripped):
            found = None  # "Martin Taavola" / "Handläggare": a signer's title right under the name, no heading
        if (not found and not headed and (not sections or sections[-1].key not in ("proposal", "proposal_to"))
                and len(line.stripped) <= RUN_ON and (lead := proposal_lead(line.stripped))
                and (not line.stripped[lead.end:].strip() or _opens_att_clauses(lines, at, lead.end))):
            # "Miljö- och byggnadsnämnden föreslås besluta" on a line of its own opens the proposal as its
            # heading would; the line stays the proposal's lead. So does a lead whose line goes on in the first
            # att-clause, the clauses after it on lines of their own ("Förbundsstyrelsen föreslås besluta att föreslå
            # förbundsfullmäktige att besluta" / "a) att fastställa ..." / "b) att översända ...", Göteborgsregionen).
            sections.append(Section("proposal", PROPOSAL_HEADING, line.number, [line]))
            continue
        closing = None if found or headed or sections and sections[-1].key in ("proposal", "proposal_to") \
            else _lead_closing_the_line(lines, at)
        if closing is not None:
            # "... har avsagt sig styrelseuppdraget i GR. GRs valberedning föreslår förbundsstyrelsen att besluta" /
            # "att till förbundsstyrelsen ...": the lead closes its paragraph's line, as it would stand on its own;
            # the sentences before it stay where they are.
            (sections[-1].lines if sections else preamble).append(Line(line.number, line.stripped[:closing].rstrip()))
            lead = Line(line.number, line.stripped[closing:])
            sections.append(Section("proposal", PROPOSAL_HEADING, line.number, [lead]))
            continue
        if found:
            key, match = found
            written = line.stripped.rstrip(":").strip()
            section = Section(key, written, line.number, written=written)
            if key == "proposal_to" and (match.groupdict().get("body_to") or match.groupdict().get("body_dec")):
                named = match.groupdict().get("body_to") or match.group("body_dec")
                named = naming.nominative(named) if named.endswith("s") else named
                found = body_at_start(named.capitalize())
                section.heading = found[0] if found else naming.nominative(named).capitalize()
            elif key == "proposal_to":
                section.heading = naming.nominative(match.group("body"))
            elif key == "proposal" and match.groupdict().get("body_in"):
                section.heading = naming.nominative(match.group("body_in"))
                section.key = "proposal_to"
            sections.append(section)
        elif sections:
            sections[-1].lines.append(line)
        else:
            preamble.append(line)
    return preamble, sections


_SENTENCE_THEN_CAPITAL = re.compile(r"(?<=[\wåäöÅÄÖ)][.!?])\s+(?=[A-ZÅÄÖ])")


_CLAUSE_LINE = re.compile(r"^(?:[a-z]\)|\d{1,2}[.)]|[•–-])?\s*(?:samt\s+)?att\s")


def _opens_att_clauses(lines: list[Line], at: int, end: int) -> bool:
    """Whether the lead on line `at` (ending at `end`) goes on in an att-clause ("... föreslås besluta att föreslå
    ...") and the next line of text is an att-clause of its own ("a) att ...", "att ..."): the proposal's lines."""
    if not re.match(r"\s*att\s", lines[at].stripped[end:]):
        return False
    below = next((x.stripped for x in lines[at + 1:] if x.stripped), "")
    return bool(_CLAUSE_LINE.match(below))


def _lead_closing_the_line(lines: list[Line], at: int) -> int | None:
    """Where a proposal's lead starts that closes a line after its paragraph's last sentence, the proposal's first
    att-clause opening the next line with text (as a lead on a line of its own does: Malmö's "Servicenämnden föreslås
    besluta" / "att lägga ...", Medelpad's, Norrtälje's); None where no lead closes the line so."""
    text = lines[at].stripped
    if len(text) > 3 * RUN_ON or "föreslå" not in text:  # (a page run into one line: split_run_in)
        return None
    below = next((lines[n].stripped for n in range(at + 1, len(lines)) if lines[n].stripped), "")
    if not below.startswith("att "):
        return None
    ends = list(_SENTENCE_THEN_CAPITAL.finditer(text))
    if not ends:
        return None
    start = ends[-1].end()
    lead = proposal_lead(text[start:])
    return start if lead and lead.start == 0 and not text[start + lead.end:].strip() else None


# Headings that may stand in the middle of a line (written with a capital), run into text.
_MID_LINE = re.compile(
    r"(?<=\S)\s+(?P<heading>(?:[A-ZÅÄÖ][a-zåäö-]+s f|F)örslag till (?:[a-zåäö -]+?s )?beslut|Beslutsunderlag"
    r"|Beslutsplanering|Beslutet (?:ska |skall )?(?:skickas|expedieras|sänds) till|Sammanfattning)"
    r"\s*:?\s+(?=[A-ZÅÄÖ0-9•-])"
)
# Every _MID_LINE heading holds one of these words (a line without any is not searched):
# keep them in step with it.
_MID_LINE_WORDS = re.compile(r"örslag till|Beslut|Sammanfattning")
# In a page given as one run-on line, every heading stands mid-line.
_RUN_ON_MID = re.compile(ocr_tolerant(  # a scan's "förslag ti1l beslut" too (text.ocr_tolerant)
    r"(?<=\S)\s+(?P<heading>(?:[A-ZÅÄÖ][a-zåäö-]+(?:s [a-zåäö]+| och [a-zåäö]+)?s f|F)örslag till (?:[a-zåäö -]+?s )?"
    r"beslut|Beslutsunderlag"
    r"|Beslutsplanering|Beslutet (?:ska |skall )?(?:skickas|expedieras|sänds) till|Sammanfattning av ärendet"
    r"|Sammanfattning|Ärendet (?:ska |skall )?(?:behandlas|beredas) (?:av|i)|Planerad behandling"
    r"|Beskrivning av ärendet"
    r"|Kopia av beslut(?:et)? till|Beslut(?:et)? (?:ska |skall )?(?:sänds|skickas|expedieras) till"
    r"|Ärendebeskrivning|Ärendet|Bakgrund|Expedieras till|Ansvariga|Beslutsförslag"
    r"|[A-ZÅÄÖ][a-zåäö-]+(?:fullmäktiges|styrelsens|nämndens|utskottets) beslut"
    r"|[A-ZÅÄÖ][a-zåäö-]+s motivering"
    r"|[A-ZÅÄÖ][a-zåäö-]+s förslag till [a-zåäö -]*(?:fullmäktige|styrelsen|nämnden|utskottet)"
    # "Ordförandens förslag 1. Kommunalförbund bildas ...": whose proposal, its first point after it
    r"|[A-ZÅÄÖ][a-zåäö-]+s förslag(?=\s+1\.\s))"
    # (a list's label whose first entry the extraction lost keeps its comma: "Expedieras till:, Anna Berg")
    r"\s*(?::,?)?\s+(?=[A-ZÅÄÖ0-9•-]|l\.\s)"  # "l. Kommunen ...": OCR's l for a point's 1
))
_LABEL_LINE = re.compile(r"^(ärende|angående|ämne|rubrik)\s*:", re.IGNORECASE)


# In run-on text a heading that follows a sentence's full stop is one whatever case the next word
# has (a date lost by the extraction leaves "Sammanfattning genomförde ...").
_AFTER_SENTENCE = re.compile(ocr_tolerant(
    r"(?<=[.!?])\s+(?P<heading>Sammanfattning av ärendet|Sammanfattning|Bakgrund|Ärendet|Ärendebeskrivning"
    r"|Beskrivning av ärendet|Beslutsunderlag|Beredning)\s*:?\s+(?=\S)"
))
# "Föredragande borgarrådet Karin Wanngård anför följande.": who presents the matter to the body;
# it ends the proposal before it.
# "Föredragande landstingsråd: Gustav Hemming" (Region Stockholm) writes a colon after the title.
_PRESENTER_CUT = re.compile(r"(?<=\S)\s+(?P<heading>Föredragande)\s+(?=[a-zåäö]+:?\s+[A-ZÅÄÖ][a-zåäöé]+\s+[A-ZÅÄÖ])")
PROPOSAL_HEADING = "Förslag till beslut"
# A document site's name for the file it offers: 'Download "Inhyrning och kostnader för lokal ..."'.
_SITE_DOWNLOAD = re.compile(r'^download\s+"(?P<title>.*)"\s*$', re.IGNORECASE)


def split_run_in(lines: list[Line]) -> list[Line]:
    """Cut headings that extraction ran into the text onto lines of their own:
    'Beslutsunderlag: Tjänsteskrivelse ...' and 'Title Förslag till beslut Kommunstyrelsen ...'.
    In run-on text a proposal's lead ("Kommunstyrelsen föreslår att kommunfullmäktige beslutar
    följande.") where no proposal heading came before opens the proposal, as the heading would."""
    result: list[Line] = []
    proposal_seen = False
    for line in lines:
        pending = [line.text]
        run_on = len(line.stripped) > RUN_ON
        while pending:
            text = pending.pop(0)
            stripped = " ".join(text.split())
            heading = _heading_key_of(stripped) if stripped else None  # asked once per piece
            if not stripped or heading or _LABEL_LINE.match(stripped):
                proposal_seen = proposal_seen or bool(heading) and heading[0] in ("proposal", "proposal_to")
                result.append(_piece(line, text))
                continue
            cut = _run_in_prefix(stripped)
            sentence = _PLANNING_SENTENCE.match(stripped) if not cut and not run_on else None
            if sentence and _sentence_steps(sentence.group("rest")) and not any(
                    (key := _heading_key_of(x.stripped)) and key[0] == "planning" for x in result if x.stripped):
                # "Ärendet ska behandlas av kommunstyrelsen den 12 mars 2019 och kommunfullmäktige den 25 mars
                # 2019.": the planning's heading and its steps in one sentence, where no planning heading stood
                cut = (sentence.group("heading"), sentence.group("rest"))
            if cut and _basis_lists_a_decision(result, cut[0]):
                cut = None  # "Beslutsunderlag" / "Skolnämndens beslut Tjänsteskrivelse ...": the basis's first document
            elif cut and cut[0].isupper() and _DOC_TYPE.fullmatch(cut[0]) and not any(
                    _heading_key_of(x.stripped) for x in result if x.stripped):
                # "BESLUTSUNDERLAG Landstingsstyrelsen Central förvaltning Datum ...": the document's kind in
                # capitals opening its letterhead, before any heading, names what the document is, no section
                # (as "TJÄNSTESKRIVELSE" does); its basis is a heading further on.
                cut = None
            if cut and not cut[0].lower().startswith(("handläggare", "ansvarig", "kontaktperson")):
                proposal_seen = proposal_seen or _is_proposal_heading(cut[0])
                result.append(Line(line.number, cut[0]))
                pending.insert(0, cut[1])
                continue
            # Most lines hold no word a heading mid-line starts with: they are not searched for one.
            cuts = [m for m in (_RUN_ON_MID.search(stripped) if run_on else _MID_LINE.search(stripped)
                                if _MID_LINE_WORDS.search(stripped) else None,
                                _AFTER_SENTENCE.search(stripped) if run_on else None,
                                _PRESENTER_CUT.search(stripped) if "Föredragande" in stripped else None) if m]
            lead = proposal_lead(stripped, anywhere=True) if run_on and not proposal_seen else None
            if lead and lead.start > 0 and all(lead.start < m.start() for m in cuts):
                result.append(Line(line.number, stripped[: lead.start].rstrip(), page_start=line.page_start))
                result.append(Line(line.number, PROPOSAL_HEADING))
                proposal_seen = True
                pending.insert(0, stripped[lead.start:])
                continue
            mid = min(cuts, key=lambda m: m.start()) if cuts else None
            if mid and _names_a_basis_document(result, stripped, mid):
                # "Beslutsunderlag Skolnämndens beslut Tjänsteskrivelse ...": the first document the basis
                # lists, no proposal's heading; the next heading after it cuts.
                later = [m for m in ((_RUN_ON_MID if run_on else _MID_LINE).search(stripped, mid.end()),
                                     _AFTER_SENTENCE.search(stripped, mid.end()) if run_on else None) if m]
                mid = min(later, key=lambda m: m.start()) if later else None
                if mid is None:
                    result.append(_piece(line, text))
                    continue
            if mid:
                result.append(Line(line.number, stripped[: mid.start()], page_start=line.page_start))
                result.append(Line(line.number, mid.group("heading")))
                proposal_seen = proposal_seen or _is_proposal_heading(mid.group("heading"))
                pending.insert(0, stripped[mid.end():])
                continue
            result.append(_piece(line, text))  # no heading (asked above), so it opens no proposal
    return result


def _piece(line: Line, text: str) -> Line:
    """A piece of `line` as a line of its own: the line itself when the piece is all of it and the
    line carries no mark (a page's or an item's start, which a piece does not keep), so that its
    stripped text, already worked out, is not worked out again."""
    if text is line.text and not line.page_start and not line.item_start:
        return line
    return Line(line.number, text)


def _names_a_basis_document(result: list[Line], stripped: str, mid: re.Match) -> bool:
    return not stripped[: mid.start()].strip() and _basis_lists_a_decision(result, mid.group("heading"))


def _basis_lists_a_decision(result: list[Line], heading: str) -> bool:
    """A body's decision named right under the Beslutsunderlag heading ("Skolnämndens beslut") is a
    document the basis lists, not the heading of a decision proposed."""
    return (bool(result) and result[-1].stripped.lower().rstrip(" :") in ("beslutsunderlag", "underlag för beslut")
            and heading.rstrip(" :").endswith(" beslut") and not heading.lower().startswith("förslag"))


def _is_proposal_heading(text: str) -> bool:
    found = _heading_key_of(" ".join(text.split()))
    return bool(found) and found[0] in ("proposal", "proposal_to")


_PREFIX_HEADINGS = [re.compile("(?:" + pattern.pattern + r")(?!\w)") for pattern, _key in HEADINGS]
# Any of them, in one match: most lines open with none, and are told so at once.
_ANY_PREFIX_HEADING = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in _PREFIX_HEADINGS))


def _run_in_prefix(text: str) -> tuple[str, str] | None:
    lowered = text.lower()
    if not _ANY_PREFIX_HEADING.match(lowered):
        return None
    best = None
    for pattern in _PREFIX_HEADINGS:
        match = pattern.match(lowered)
        if not match:
            continue
        end = match.end()
        rest = text[end:]
        if rest.startswith(":") and rest[1:].strip():
            cut = (text[:end], rest[1:].strip())
        elif rest[:1] == " " and rest.strip()[:1].isupper() and rest.strip()[:1].isalpha():
            cut = (text[:end], rest.strip())
        else:
            continue
        if best is None or len(cut[0]) > len(best[0]):
            best = cut
    return best


def join_items(lines: list[Line]) -> list[tuple[int, str]]:
    """List items, one a line, rejoining items that a line or page break cut:
    the next line starts in lower case, or this one ends in a hyphen."""
    items: list[tuple[int, str]] = []
    for line in lines:
        text = line.stripped
        if not text:
            continue
        if items:
            number, previous = items[-1]
            if previous.endswith("-") and text[:1].isdigit():
                items[-1] = (number, previous + text)
                continue
            if text[:1].islower() or previous.endswith(","):
                items[-1] = (number, previous + " " + text)
                continue
        items.append((line.number, text))
    return items


_HEADER_LABEL = re.compile(ocr_tolerant(  # a scan's OCR'd labels too ("HAND1ÄGGARE", "Daturn": text.ocr_tolerant)
    r"^(datum|vår referens|er referens|vår beteckning|er beteckning|beteckning|ärende nr|ärendenr|"
    r"diarienummer|diarienr|dnr|ärendenummer|handläggare|telefon|tfn|tel|"
    r"e-post|epost|mejl|till|från|utfärdat|sida|beslutsinstans|kopia|referens|organisation|enhet|"
    r"avdelning|förvaltning|ansvarig|kontaktperson|upprättad av|dokumenttyp|version|status|giltig)\b\.?\s*:?"
    r"(?P<rest>.*)$"),
    re.IGNORECASE,
)
# A row of a letterhead's labels and nothing else: "Datum Vår beteckning Er beteckning", "Datum Dnr Sida".
_LABEL_ROW = re.compile(ocr_tolerant(
    r"(?:(?:datum|vår beteckning|er beteckning|vår referens|er referens|diarienummer|diarienr|dnr|ärendenummer"
    r"|handläggare|sida|beteckning|\d+\s*\(\d+\))\s*:?\s*)+"),
    re.IGNORECASE,
)
# A page's number alone before the page's first word ("1 Tjänsteskrivelse KS Handläggare ..."), where a
# site gives a one-page document as one line.
_AFTER_PAGE_NUMBER = re.compile(r"^\d{1,3}(?:\s*\(\d{1,3}\))?\s+$")
# The kind's page mark right after it, as a letterhead sets it ("Tjänsteskrivelse 1 (5) 2018-08-15 KS ...":
# Karlskoga, Kristinehamn, Upplands-Bro): the document's name wherever the line breaks fell.
_PAGE_MARK_AFTER = re.compile(r"\s+(?:sida\s+)?\d{1,3}\s?\(\d{1,3}\)(?=\s|$)", re.IGNORECASE)
_DOC_TYPE = re.compile(r"\b(tjänsteskrivelse|tjänsteutlåtande|tjänsteyttrande|beslutsunderlag)\b", re.IGNORECASE)
_PLAIN_WORD = re.compile(r"[A-ZÅÄÖa-zåäö][a-zåäö]{2,}")
_DATA = re.compile(r"@|^\+?[\d\s()-]{6,}$|^\d{4}-\d{2}-\d{2}$|^\d{6}$")
_ROLE_WORDS = [
    (re.compile(r"\bför kännedom\b|\bkännedom\b", re.I), "för kännedom"),
    (re.compile(r"\byttrar sig\b|\byttrande\b|\byttra sig\b", re.I), "yttrar sig"),
    (re.compile(r"\bbeslutar\b|\bbeslut\b|\bbeslutande\b|\bför beslut\b", re.I), "beslutar"),
    (re.compile(r"\bbereder\b|\bberedning\b", re.I), "bereder"),
]
_STEP_SPLIT = re.compile(r"\s*(?:→|->|–>|=>|;)\s*")
# A planning table's header row: "Organ Datum", "Beslutsinstans Sammanträdesdatum".
_STEP_HEADER_ROW = re.compile(r"(?:(?:organ|instans|beslutsinstans|datum|sammanträdesdatum|mötesdatum|sammanträde"
                              r"|behandling|beslut|steg)\s*[/:]?\s*){1,3}", re.IGNORECASE)
# Between two steps on one line after a step's date: "KSAU 2024-02-13, KS 2024-02-27 och KF 2024-03-18".
# A space alone does so after a whole date where the lines were run together ("Kommunstyrelsens arbetsutskott
# 2017-05-22 Kommunstyrelsen 2017-06-05 ...": a copy site's page, a list's lines joined).
_DATED_STEP_SEPARATOR = re.compile(r"(?<=[\d)])\s*(?:,|\boch\b)\s*(?=[A-ZÅÄÖ])|(?<=\d{4}-\d\d-\d\d)\s+(?=[A-ZÅÄÖ])")


def _split_steps(item: str) -> list[str]:
    """A planning line's steps: split at arrows and semicolons, and at a comma or "och" after a
    step's date where a body's name follows (not inside "Kultur- och fritidsnämnden")."""
    parts = []
    for piece in _STEP_SPLIT.split(item):
        start = 0
        for separator in _DATED_STEP_SEPARATOR.finditer(piece):
            # (a space alone only where the step before it opens with its body: "2024-02-13 Kommunstyrelsens
            # arbetsutskott 2024-02-27 Kommunstyrelsen" gives each date before its body)
            bare = not separator.group().strip()
            if body_at_start(piece[separator.end():]) and (not bare or body_at_start(piece[start:])):
                parts.append(piece[start: separator.start()])
                start = separator.end()
        parts.append(piece[start:])
    return parts


# "Socialnämnden beslutar ...", "Kommunfullmäktige föreslås anta ...": the body to decide opens the proposal.
# A body's kind's word then its name in capitalised words, the subject of a passive lead ("Stadsdelsnämnden Östra
# Göteborg föreslås besluta att ..."), as "Servicenämnden föreslås besluta" (Malmö, Uppsala, Göteborgsregionen).
_NAMED_BODY_PASSIVE = re.compile(r"(?P<name>(?:[A-ZÅÄÖ][a-zåäö]+\s+){1,3})föreslås\s+besluta\s+(?=att\s)")
_PROPOSAL_LEAD = re.compile(r"^(?P<verb>besluta|föreslås|[a-zåäö]+(?:ar|er|r))\b")


def letterhead_addressee(preamble: list[Line], title: str) -> str | None:
    """The one body named alone on a letterhead line above the title ("Kommunstyrelsen" between
    "Dnr KS 2021/0123" and the title), not on its first line (the sender's); None when none or
    several are (which one is addressed, the letterhead does not say)."""
    named = []
    lines = [line for line in preamble if line.stripped]
    for line in lines[1:]:  # the first line is the sender's head (its logo's text), not the addressee
        if title and line.stripped in title:
            break
        found = body_at_start(line.stripped) if line.stripped[:1].isupper() else None
        if found and found[0] and not found[1] and not line.stripped.endswith("s"):
            named.append(found[0])
    return named[0] if len(set(named)) == 1 else None


def addressed_to(preamble: list[Line]) -> str | None:
    """'Till Kommunstyrelsen', or 'Till' with the body on the next line; 'Mottagare: Kommunstyrelsen', 'Adressat:
    Kommunstyrelsen' (a letterhead's label for the same) too."""
    for index, line in enumerate(preamble):
        match = re.match(r"^(?:till|mottagare|adressat)\s*:?\s*(?P<rest>.*)$", line.stripped, re.I)
        if not match:
            continue
        rest = match.group("rest") or next((x.stripped for x in preamble[index + 1:] if x.stripped), "")
        found = body_at_start(rest)
        if found and (not found[1] or _OF_ORGANISATION.fullmatch(found[1])):
            return found[0]
    return None


# The organisation a body addressed is of, after its name: "Till Direktionen för Nerikes Brandkår", "Till
# Förbundsstyrelsen i Samordningsförbundet Väst": capitalised words, the organisation's word last at most.
_OF_ORGANISATION = re.compile(r"(?:för|i)\s+[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*){0,3}(?:\s+(?:kommun|stad))?")
_PROPOSAL_TO = re.compile(r"^(?:[iI]\s+)?(?P<body>[A-ZÅÄÖa-zåäö][\wåäöÅÄÖ -]+?)\s*:$")


# Municipalities whose own name ends in -s ("Hofors kommun" is not the genitive of "Hofor").
NAMES_ENDING_IN_S = {
    "Alingsås", "Bengtsfors", "Bollnäs", "Borås", "Degerfors", "Grums", "Hagfors", "Hofors", "Hällefors",
    "Höganäs", "Kramfors", "Munkfors", "Mönsterås", "Robertsfors", "Sotenäs", "Storfors", "Strängnäs",
    "Torsås", "Tranås", "Vännäs", "Västerås",
}


GENITIVE_FORMS = {"Falu": "Falun"}


def _municipality_name(name: str, what: str) -> str:
    if name.isupper():
        name = name.title()
    if name in NAMES_ENDING_IN_S:
        return name
    if name in GENITIVE_FORMS:
        return GENITIVE_FORMS[name]
    if name.endswith("s") and len(name) > 4 and name[-2] not in "aeiouyåäös":
        name = name[:-1]  # genitive: "Linköpings kommun", "Stockholms stad"
    return name


# A municipality in capitals: "LINKÖPINGS KOMMUN", "MALMÖ STAD".
_CAPITALS_MUNICIPALITY = re.compile(r"\b([A-ZÅÄÖ]{3,}) (?:KOMMUN|STAD)\b")


def municipality_of(text: str) -> str:
    """The municipality the text names most often ("Linköpings kommun", "Malmö stad")."""
    names = Counter()
    for match in _MUNICIPALITY.finditer(text):
        if match.group("body") and not match.group("name").endswith("s"):
            continue  # "Till kommunstyrelsen" names no municipality; "Linköpings kommunfullmäktige" does
        names[_municipality_name(match.group("name"), match.group("what"))] += 1
    for match in _CAPITALS_MUNICIPALITY.finditer(text) if "KOMMUN" in text or "STAD" in text else ():
        names[_municipality_name(match.group(1), "kommun")] += 1  # (a text without either is not scanned)
    return names.most_common(1)[0][0] if names else ""


_BARE_PAGE_NUMBER = re.compile(r"\d{1,3}")


def _lone_first_page(lines: list[Line]) -> list[Line]:
    """A one-page document a site gives as one line after its page number ("1 Tjänsteskrivelse KS
    Handläggare: ..."): split_page_runs needs two numbered pages to tell a page from an item; in a
    report there are no items, so the first long line opening with a number, before it at most
    bare page numbers of pages whose text the site lost, is its page."""
    if any(line.page_start for line in lines):
        return lines
    # Only a long line opening with a number is cut below: without one (most reports) there is no page.
    if not any(len(line.stripped) >= RUN_ON and PAGE_NUMBER_OPENING.match(line.stripped) for line in lines):
        return lines
    bare_number_seen = False  # one flag, not a rescan of every earlier line at each line
    for index, line in enumerate(lines):
        if not line.stripped:
            continue
        if _BARE_PAGE_NUMBER.fullmatch(line.stripped):
            bare_number_seen = True
            continue  # a site's bare page numbers of pages whose text it lost ("1" ... "40")
        opening = PAGE_NUMBER_OPENING.match(line.stripped) if len(line.stripped) >= RUN_ON else None
        if opening:
            return [*lines[:index], Line(line.number, line.stripped[opening.end():], page_start=True),
                    *lines[index + 1:]]
        if bare_number_seen:
            return lines
    return lines


def _names_its_kind_and_page(text: str) -> bool:
    """The document's kind written as a heading word before its page mark ("Tjänsteskrivelse 1 (5)"), or after
    it where the text opens so ("1 (4) Tjänsteskrivelse"): a letterhead states them so."""
    return any(match.group()[:1].isupper() and (_PAGE_MARK_AFTER.match(text, match.end())
                                                 or _AFTER_PAGE_NUMBER.search(text[: match.start()]))
               for match in _DOC_TYPE.finditer(text))


# A word written in lower case, three letters or more (TjansteskrivelseParser.common_words).
_LOWER_CASE_WORD = re.compile(r"(?<![\wåäöÅÄÖ])[a-zåäö]{3,}")


class NoReportHeadings(ImportFailed):
    """A text refused as a tjänsteskrivelse for want of its headings. `case_number_stated`: whether the reading by
    its case number (the last tried, the same reading up to this point) would go on past it, its letterhead stating
    its own case number; else that reading is this one again, refused the same way, and is not made (a long text
    paid every step up to here twice)."""

    def __init__(self, message: str, *, case_number_stated: bool, **where):
        super().__init__(message, **where)
        self.case_number_stated = case_number_stated


class TjansteskrivelseParser:
    """Parses one document; `warnings` collects what the text left open."""

    def __init__(self, document: Document, *, by_its_case_number: bool = False, a_paper: bool = False):
        self.document = document
        # One paper of a bundle, cut at its own letterhead (archive.importing.papers): a report whatever its headings.
        self.a_paper = a_paper
        # Read also when no heading names it one, if its letterhead states its own case number
        # ("Dnr KS 2019/123"): a municipal report in a layout of its own, partial before refusal.
        self.by_its_case_number = by_its_case_number
        self.run_on = False  # the letterhead came run into one line (a site's page text)
        self.names_itself = False  # it calls itself a tjänsteskrivelse where a document's kind stands (parse)
        self.title_case_number: str | None = None  # a bracketed case number closing the title ("... (dnr X)")
        self.run_on_addressee: str | None = None  # the body named before the title there
        self.run_on_path: list[str] = []  # the bodies named one after another before the title there, in order
        self.notes = Warnings()
        self.warnings = self.notes.items

    def warn(self, line: int | None, field_name: str, message: str) -> None:
        self.notes.add(line, field_name, message)

    def fail(self, message: str, *, line: int | None = None, field_name: str | None = None):
        raise ImportFailed(message, file=str(self.document.path), line=line, field=field_name)

    def parse(self) -> Matter:
        outlined = drop_pdf_outline(self.document.lines)
        # Without a PDF's outline to drop (most documents), the lines detect and the head's tests cleaned.
        content = site_content(self.document, keep_title=False) if outlined is self.document.lines \
            else split_page_runs(drop_site_text(drop_url_lines(outlined), keep_title=False))
        lines = split_run_in(drop_page_artefacts(_lone_first_page(content)))
        preamble, sections = split_sections(lines)
        self.sections = sections
        self.lines = lines
        # A signature set after a list (Bilagor, Beslutet skickas till ...) is not part of it.
        self.signature_lines: list[Line] = []
        for section in sections:
            table = None if self.signature_lines else _table_signature(section.lines)
            if section.key in LIST_SECTIONS:
                cut = signature_start(section.lines)
            elif section.key not in ("responsible", "presenter") and not self.signature_lines:
                # The signature after the report's last paragraph ("... för samråd." / "Karin Lund" /
                # "Planarkitekt"): no part of the proposal or the text it closes.
                cut = trailing_signature(section.lines)
            else:
                cut = None
            if cut is None and not self.signature_lines and section.key in LIST_SECTIONS and table is None:
                table = _signature_then_more(section.lines)
            if cut is None and not self.signature_lines and table is not None:
                # "Bilagor ..." / "Per-Ove Staberyd Thomas Bjerke Brandchef Handläggare" / the attachment's pages: the
                # signers' table run into one line closes the paper; what follows it is another's (Nerikes Brandkår)
                self.signature_lines = section.lines[table[0]:table[1]]
                section.lines = section.lines[:table[0]]
            elif cut is not None:
                self.signature_lines = section.lines[cut:]
                section.lines = section.lines[:cut]
            elif section.key in ("proposal", "proposal_to") and not self.signature_lines \
                    and (signed := _dateline_then_signers(section.lines)):
                # "... för kännedom." / "Göteborg den 11 april 2011" / "Nils-Gunnar Ernstson", the excerpt's next
                # pages after it: the proposal ends at its dateline, the signers under it sign it, what follows
                # (another paper's pages) is no part of it.
                self.signature_lines = section.lines[signed[0]:signed[1]]
                section.lines = section.lines[:signed[0]]
        # It calls itself one where a document's kind stands: a short line of its own, the opening words of a
        # page, or beside its page mark as a letterhead sets it ("1 (4) Tjänsteskrivelse Kontor ...",
        # "Tjänsteskrivelse 1 (5)": _names_its_kind_and_page), not inside a sentence.
        self.names_itself = names_itself = any(
            (match := _DOC_TYPE.search(line.stripped)) and match.group()[:1].isupper()
            and (len(line.stripped.split()) <= 8 or line.page_start and match.start() < 60)
            or _names_its_kind_and_page(line.stripped)
            for line in preamble[:12] if line.stripped)
        states_its_case = self.by_its_case_number and any(
            own_case_numbers(line.stripped) for line in preamble[:15] if line.stripped)
        if not {s.key for s in sections} & DEFINING_SECTIONS and (names_itself or states_its_case or self.a_paper) \
                and len(lines) > 1:
            # It says it is a tjänsteskrivelse: what it states is read, the headings missing are a warning.
            self.warn(None, "rubriker", "hittade ingen av rubrikerna Förslag till beslut, Beslutsunderlag, "
                                        "Beslutsplanering, Beslutet skickas till")
        elif not {s.key for s in sections} & DEFINING_SECTIONS:
            raise NoReportHeadings(
                "ingen tjänsteskrivelse: hittade ingen av rubrikerna Förslag till beslut, Beslutsunderlag, "
                "Beslutsplanering, Beslutet skickas till", file=str(self.document.path), field="rubriker",
                case_number_stated=not self.by_its_case_number and len(lines) > 1 and any(
                    own_case_numbers(line.stripped) for line in preamble[:15] if line.stripped))
        full_text = " ".join(line.stripped for line in lines if line.stripped)
        basis = self.basis()
        title = self.title(preamble, basis)
        bracketed = _OWN_NUMBER_AFTER_TITLE.search(title)
        if bracketed and len(title[: bracketed.start()].split()) >= 2:
            # The title's own case number in a bracket right after it: the matter's, not a reference.
            title, self.title_case_number = title[: bracketed.start()].rstrip(), bracketed.group("number")
        self.title_text = title
        self.addressed_to = addressed_to(preamble)
        if not self.run_on and not self.addressed_to:
            # A letterhead set line by line names the body the report is written to on a line of its
            # own, as a run-on one does before the title.
            self.run_on_addressee = letterhead_addressee(preamble, title)
        proposals = self.proposals()
        self._proposals = proposals
        matter = Matter(
            title=title,
            kind=self.kind(title),
            case_number=self.case_number(preamble, sections),
            municipality=municipality_of(full_text),
            summary=self.summary(),
            source_file=self.document.name,
            source_checksum=self.document.checksum,
            planning=self.planning(),
            proposals=proposals,
            basis=basis,
            recipients=self.recipients(),
            responsible=self.responsible(lines, preamble),
        )
        self.raised(matter)
        matter.warnings = self.warnings
        return matter

    # ------------------------------------------------------------ parts

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def header_lines(self, preamble: list[Line]) -> list[tuple[Line, bool]]:
        """Each letterhead line with whether it is metadata (labels and their values,
        dates, units, the municipality, the document type) rather than the title."""
        marked: list[tuple[Line, bool]] = []
        after_label = 0
        for line in preamble:
            text = line.stripped
            if not text:
                after_label = 0
                marked.append((line, True))
                continue
            label = _HEADER_LABEL.match(text)
            words = text.split()
            if label and not label.group("rest").strip():
                after_label = 3
                marked.append((line, True))
                continue
            meta = bool(
                label
                or _DOC_TYPE.search(text) and len(words) <= 6 and not _kind_and_date_then_title(text)
                or _DATA.search(text)
                or PAGE_MARK.match(text)
                or is_case_number(text)
                or _MUNICIPALITY.fullmatch(text)
                or re.fullmatch(r"[A-ZÅÄÖ]+ (KOMMUN|STAD)", text)
                or (_UNIT.search(text) or text.endswith("kontor")) and len(words) <= 3
                # (a year before the body's word makes the line no body's name: "Nämndsbudget 2015 Servicenämnden",
                # Malmö's title, ends in one; a letterhead's row of values, a date or case number, stays data)
                or naming.body_kind(text) and len(words) <= 4 and not _title_ending_in_a_body(text)
                or (dates := find_dates(text)) and len(dates[0].text) >= len(text) - 2
                # a form's codes with their date and no word ("UBK1005, v2.0, 2014-11-03", a template's version)
                or dates and not _PLAIN_WORD.search(text)
            )
            if not meta and after_label and len(words) <= 3:
                meta = True
            after_label = after_label - 1 if meta and after_label else 0
            marked.append((line, meta))
        return marked

    def _site_title_ending(self, title: str) -> str | None:
        """The document site's name for the file ('Download "..."', the document's own first heading)
        when the title read from a run-on letterhead ends with it after more words: the letterhead's
        labels whose values the extraction lost ("Utfärdat: Diarienummer: N /13 ... E-post: Inhyrning
        och ...") ran into the title, which the site's name sets apart."""
        site = next((m.group("title").strip() for line in self.document.lines[:12]
                     if '"' in line.stripped and (m := _SITE_DOWNLOAD.match(line.stripped))), None)
        if not site or len(site.split()) < 3:
            return None
        folded, ending = " ".join(title.split()).casefold(), " ".join(site.split()).casefold()
        if not folded.endswith(" " + ending):
            return None
        # Only a letterhead's field before it is cut away: words of the title's own ("Svar på motion om laddstolpar"
        # under the site's "Motion om laddstolpar") stay.
        before = " ".join(title.split())[: len(folded) - len(ending)]
        fields = _FIELD_LABEL_IN_TITLE.search(before) or any(
            word.lower().strip(":.,") in _LETTERHEAD_WORDS for word in before.split())
        return site if fields else None

    def _file_name_ending(self, title: str) -> str | None:
        """The title as the report's own file names it, where its footer prints the file's path ("c:\\users\\...\\
        ks_2013_96 - ansökan on extra anslag för körkortspaket för gymnasieelever - ver 1{...} (1).rtf", Kristinehamn;
        Nybro's protocols print theirs so too) and the title read from a run-on letterhead ends with that name after
        one word more ("Projekt Ansökan on extra anslag ..."): the letterhead's field ran into it; the name sets the
        title apart, as a site's name for the file does (_site_title_ending)."""
        text = " ".join(line.stripped for line in self.lines if "\\" in line.stripped)
        words = title.split()
        for path in _FILE_PATH.finditer(text):
            name = _FILE_NAME_PARTS.sub("", path.group("name")).strip(" -_")
            if len(name.split()) < 3 or len(words) != len(name.split()) + 1:
                continue
            rest = " ".join(words[1:])
            if rest.casefold() == " ".join(name.split()).casefold():
                return rest
        return None

    def title(self, preamble: list[Line], basis: list[BasisDocument]) -> str:
        for line in preamble:
            label = re.match(r"^(?:ärende|angående|ämne|rubrik)\s*:\s*(?P<title>.+)$", line.stripped, re.I)
            if label:
                return label.group("title").strip()
        run_on = [line for line in preamble if line.page_start and len(line.stripped) > RUN_ON // 2
                  or len(self.document.lines[line.number - 1].stripped) > RUN_ON
                  and re.match(r"\d{1,3} [A-ZÅÄÖ]", line.stripped)]
        last = next((line for line in reversed(preamble) if line.stripped), None)
        if not run_on and last is not None and len(last.stripped) > RUN_ON and (
                _HEADER_LABEL.match(last.stripped) or _names_its_kind_and_page(last.stripped)):
            # The letterhead run into one line up to the first heading, its labels first ("Datum: ...
            # Diarienummer: ... Handläggare: ... Barn- och utbildningsnämnden Skolskjutsregler 2018"), or its
            # kind and page mark after what a copy site set before it ("KF Ärende 8 Ändrade ... Tjänsteskrivelse
            # 1 (5) 2018-08-15 KS 2018-00269 ...").
            run_on = [last]
        self.run_on = bool(run_on)
        if run_on:
            title, self.run_on_addressee = run_on_title(
                run_on[-1].stripped, with_addressee=True, elsewhere=" ".join(x.stripped for x in self.lines))
            if title and self.run_on_addressee:
                self.run_on_path = _path_before(run_on[-1].stripped, title, self.run_on_addressee)
            if title:
                return self._site_title_ending(title) or self._file_name_ending(title) or title
        blocks: list[list[Line]] = [[]]
        for line, meta in self.header_lines(preamble):
            if meta:
                if blocks[-1]:
                    blocks.append([])
            else:
                blocks[-1].append(line)
        blocks = [b for b in blocks if b]
        # A lone word in the letterhead is a unit's name, not a title.
        candidates = [b for b in blocks if len(b) > 1 or len(b[0].stripped.split()) > 1] or blocks
        # A name alone in the letterhead is the officer's, not the title.
        candidates = [b for b in candidates if not (len(b) == 1 and naming.looks_like_person(b[0].stripped))] \
            or candidates
        # A bulleted line is a list's item (a web page's agenda, an appendix), never a report's title.
        candidates = [b for b in candidates if not _BULLET.match(b[0].stripped)]
        # Nor is a paragraph of prose, sentences closing with a full stop: the text under a heading the reader does
        # not know ("Nuläge och analys Förbundet tar ut ... varje år.", "Syfte ...") or under none, before the first
        # heading it knows; the title is the block above it (a förbund's paper, bench board_paper's forms).
        # (Only in a paper that names its kind in its head: a web page's agenda rows read as prose stay as they were.)
        if self.names_itself:
            candidates = [b for b in candidates if not _PROSE.search(" ".join(x.stripped for x in b))]
        lead_opens = bool(self.sections) and not self.sections[0].written and candidates \
            and " ".join(x.stripped for x in candidates[-1]).endswith(".")
        if (not self.sections or lead_opens) and len(candidates) > 1:
            # (a proposal's lead opening the first section, no heading, a paragraph right above it: the same)
            # No heading at all: the "line before the first heading" is the text's last (its signature, "Göteborg
            # 11 februari 2009 Nils-Gunnar Ernstson"); the title is the first block under the letterhead.
            candidates = [_wrapped_title(blocks[blocks.index(candidates[0]):])]
        if candidates and len(candidates[-1]) <= 4:
            text = _without_kind_and_date(" ".join(line.stripped for line in candidates[-1]))
            if len(text) <= 250:
                if len(candidates) > 1:
                    others = "; ".join(" ".join(x.stripped for x in b) for b in candidates[:-1])
                    self.warn(candidates[-1][0].number, "title",
                              f"fler möjliga titelrader i sidhuvudet ({others!r}); tog raden före första rubriken")
                return text
        for document in basis:
            match = _TITLE_FROM_BASIS.match(document.title)
            if match:
                return match.group("title")
        # Partial beats refusal (issue 13): the rest is read, the title left empty with a warning.
        self.warn(None, "title", "ingen titel: varken före första rubriken eller i beslutsunderlaget; lämnas tom")
        return ""

    def kind(self, title: str) -> str:
        lowered = title.lower()
        for kind in MATTER_KINDS:
            if lowered.startswith(kind):
                return kind
        return "ärende"

    def case_number(self, preamble: list[Line], sections: list[Section]) -> str | None:
        # Only a number the document gives as its own: labelled (Dnr, Diarienummer), or
        # standing alone in the letterhead. A number mentioned in the text (an earlier
        # policy's, a related case's) is not this one.
        head = preamble + (sections[0].lines[:3] if sections else [])
        found: list[tuple[int, str]] = []
        truncated: list[tuple[int, str]] = []
        for index, line in enumerate(head):
            text = line.stripped
            numbers = own_case_numbers(text)
            if numbers:
                found.extend((line.number, n) for n in numbers)
                continue
            if (is_case_number(text) or _alone_with_its_suffix(text)) and line in preamble:
                # (the pattern first: `in` compares line by line)
                found.append((line.number, text))
                continue
            stub = LABELLED_TRUNCATED.search(text)
            if stub and not NOT_OURS.search(text[: stub.start()]):
                truncated.append((line.number, text))
                continue
            if _LABEL_ROW.fullmatch(text) and re.search(LABEL, text, re.IGNORECASE):
                # A form's labels over their values ("Datum Vår beteckning Er beteckning" / ... /
                # "2018-08-28 SN 18/0098 Socialnämnden", the columns' other lines between): the first
                # letterhead row below with one case number holds the one labelled.
                below = [x for x in head[index + 1:] if x.stripped and x in preamble][:6]
                row = next((x for x in below if CASE_NUMBER.search(x.stripped)), None)
                numbers = CASE_NUMBER.findall(row.stripped) if row is not None else []
                if len(set(numbers)) == 1 and not NOT_OURS.search(row.stripped.replace("(", " ")):
                    # (the number as the label's own value is read: its document suffix with it, "KS2014/508-1")
                    whole = _labelled_value(row.stripped)
                    found.append((row.number, whole if whole and whole.startswith(numbers[0]) else numbers[0]))
                    continue
                # A value row under the labels whose number is digits only ("2019-03-01 09-40.012", "2019-03-01
                # 13/33"): the label above makes it the number, as "Dnr 13/33" would; the row's date first, then
                # the number, nothing else but words. Not where the row labels the addressee's number too ("Er
                # beteckning"): whose a number alone is cannot be told.
                row = next((x for x in below if DATE_IN_TEXT.match(x.stripped)), None)
                theirs = re.search(r"\b(?:er|ert)\s+(?:beteckning|referens|datum|dnr)\b", text, re.IGNORECASE)
                whole = _labelled_value(row.stripped, dated=True) \
                    if row is not None and not numbers and not theirs else None
                if whole and not NOT_OURS.search(row.stripped.replace("(", " ")):
                    found.append((row.number, whole))
                    continue
            if LABEL_ONLY.match(text):
                following = next((x for x in head[index + 1:] if x.stripped), None)
                if following is not None and following in preamble:
                    if is_case_number(following.stripped) or own_case_numbers(following.stripped):
                        continue  # the value line itself is found on its own
                    truncated.append((line.number, text + " " + following.stripped))
        distinct = list(dict.fromkeys(n for _, n in found))
        if len(distinct) > 1:
            self.warn(found[0][0], "case_number",
                      f"flera diarienummer i sidhuvudet ({', '.join(distinct)}); inget valt")
            return None
        if distinct:
            return distinct[0]
        if self.title_case_number:
            return self.title_case_number
        if self.run_on and not truncated and self.title_text:
            # A letterhead run into one line: the number standing alone in it before the title, as it would
            # on a line of its own ("Tjänsteskrivelse 1 (5) 2018-08-15 KS 2018-00269 Kommunstyrelsens ...").
            head = next((line for line in preamble if self.title_text in line.stripped), None)
            letterhead = head.stripped[: head.stripped.find(self.title_text)] if head is not None else ""
            alone = [m for m in CASE_NUMBER.finditer(letterhead)
                     if not NOT_OURS.search(letterhead[max(0, m.start() - 40): m.start()].replace("(", " "))
                     and letterhead[m.end(): m.end() + 1] in ("", " ")]
            if len({m.group() for m in alone}) == 1:
                return alone[0].group()
            # ... or alone after the title, where the letterhead ends and the first heading follows ("...
            # Återrapportering av delegerade beslut SN-2015-916 Sammanfattning"), as on its own line below it.
            tail = head.stripped[head.stripped.find(self.title_text) + len(self.title_text):].strip() \
                if head is not None else ""
            if CASE_NUMBER.fullmatch(tail):
                return tail
        for number, text in truncated:
            self.warn(number, "case_number", f"diarienumret är ofullständigt ({text!r}); lämnas tomt")
        return None

    def summary(self) -> str | None:
        for key in ("summary", "matter"):
            section = self.section(key)
            if section and section.text():
                return section.text()
        return None

    def raised(self, matter: Matter) -> None:
        """When and by whom a motion or medborgarförslag was raised, as precisely as stated."""
        section = self.section("matter") or self.section("summary")
        if not section:
            return
        match = _RAISED.search(section.text())
        if not match:
            return
        try:
            date = parse_partial(match.group("date"))
        except InvalidDate as error:
            self.warn(section.line, "raised_on", str(error))
            return
        matter.raised_on = date.iso()
        matter.raised_precision = date.precision
        matter.raised_by = match.group("who").strip()
        if matter.kind == "ärende":
            matter.kind = match.group("kind").lower()

    def proposals(self) -> list[Proposal]:
        proposals = []
        self.lead_paths: list[list[str]] = []
        for index, section in enumerate(self.sections):
            if section.key not in ("proposal", "proposal_to"):
                continue
            # A bullet opening a point's line is layout, not text (the corpus README's convention; the protocols'
            # reader drops it so, itemtext._RUN_ON_BULLET): "• att anta nya arvodesregler" is "att anta ...".
            items = [text for line in section.items() if (text := _LINE_BULLET.sub("", line.stripped))]
            if not items:
                following = self.sections[index + 1] if index + 1 < len(self.sections) else None
                if following is None or following.key not in ("proposal", "proposal_to"):
                    # ("Förslag till beslut" over "Kommunstyrelsens förslag till kommunfullmäktige", Huddinge and
                    # Järfälla: the heading heads the proposal under the next one; no proposal is missing)
                    self.warn(section.line, "proposals", f"rubriken {section.heading!r} saknar förslag")
                continue
            items = items[: _unknown_heading_after(items)]
            groups: list[tuple[str | None, list[str]]] = []
            to = section.heading if section.key == "proposal_to" else None
            for item in items:
                sub = _PROPOSAL_TO.match(item)
                if sub and (body_at_start(sub.group("body")) or naming.body_kind(sub.group("body"))):
                    found = body_at_start(sub.group("body"))
                    groups.append((found[0] if found else naming.nominative(sub.group("body")), []))
                    continue
                if not groups:
                    groups.append((to, []))
                groups[-1][1].append(item)
            cut = self._runs_into_the_end(section)
            if cut and groups:
                # "... besluta att ... för nämndorganisationens genomförande. 1" / "2 Kommunstyrelsen föreslås för
                # egen del besluta att ... i enlighet med före": a second proposal, its own lead opening a page's
                # or a line's text after the first one's full stop, is what the excerpt's end cuts; the first
                # stands whole.
                last_to, last_items = groups[-1]
                second = next((k for k in range(len(last_items) - 1, 0, -1)
                               if _opens_a_proposal(_PAGE_NUMBER_FIRST.sub("", last_items[k]))
                               and _PAGE_NUMBER_LAST.sub("", last_items[k - 1]).endswith(".")), None)
                if second is not None:
                    # The page's number after the first one's full stop ("genomförande. 1") is no part of it.
                    first = [*last_items[:second - 1], _PAGE_NUMBER_LAST.sub("", last_items[second - 1])]
                    groups[-1:] = [(last_to, first), (last_to, last_items[second:])]
            for group_to, group_items in groups:
                if not group_items:
                    self.warn(section.line, "proposals", f"förslaget till {group_to} saknar text")
                    continue
                # (a bullet inside the line is layout as one opening it is: "besluta att • anta ...", Nerikes Brandkår)
                joined = _BULLET_IN_LINE.sub(" ", _join_proposal(group_items))
                signed = (_signed_after_sentence(joined) or signers_closing(joined)) if self.run_on else None
                if signed:
                    joined = joined[: signed[0]]  # the signers and their office's address after it: no part of it
                elif (closing := signature_closing(joined)) is not None:
                    # a dateline and its signers after the last sentence ("... (S). Göteborg den 8 februari 2010
                    # Nils-Gunnar Ernstson /Gunnel Rydberg"): the proposal ends whole before it
                    joined, signed = joined[:closing], (closing, [])
                motion = _MEMBER_MOTION.search(joined)
                if motion:
                    joined = joined[: motion.start()]  # the members' motions at the meeting follow it
                residue = _RESIDUE_AFTER_LAST_SENTENCE.search(joined)
                if residue and not _PLAIN_WORD_IN.search(residue.group("rest")):
                    joined = joined[: residue.start()]  # a form's code, version or page number: no part of it
                lead = self._named_lead(proposal_lead(joined))
                if cut and not motion and not signed and (group_to, group_items) == groups[-1] \
                        and not joined.rstrip().endswith(
                        (".", "!", "?", ")", '"', "”")):
                    # Never invent: a proposal the excerpt's end cuts off is not stated whole.
                    self.warn(section.line, "proposals", "förslaget är avkortat i texten; lämnas tomt")
                    if lead:
                        self.lead_paths.append(lead.path)
                    continue
                if lead and len(lead.path) > 1 and self._written_for(lead.path[0]):
                    # A report written for the first body of the lead (to it, or "Kommunstyrelsen föreslås
                    # besluta ..." in its summary): what it is to decide is to propose; the lead stays.
                    self.lead_paths.append(lead.path)
                    proposals.append(Proposal(to=lead.path[0], text=joined))
                    continue
                if lead and re.fullmatch(r"(?:enligt\s+)?(?:nedan|följande)\s*[.:]?", joined[lead.end:].strip(), re.I):
                    self.lead_paths.append(lead.path)  # "... besluta enligt nedan": the proposal follows apart
                    continue
                if lead and joined[lead.end:].strip() and (group_to is None or group_to == lead.addressee
                                                            or group_to in lead.path):
                    # "X föreslår Y besluta att ...": put to Y; the lead's bodies are the matter's path.
                    self.lead_paths.append(lead.path)
                    proposals.append(Proposal(to=lead.addressee, text=_join_proposal(
                        [line for line in joined[lead.end:].split("\n") if line.strip()])))
                    continue
                if group_to is None:
                    # "Kommunstyrelsen föreslår kommunfullmäktige besluta": the decision is the
                    # first body's to take.
                    lead = body_at_start(re.sub(r"^\d{1,2}[.)]\s*", "", group_items[0]))
                    whole = body_at_start(re.sub(r"^\d{1,2}[.)]\s*", "", joined))
                    named = _NAMED_BODY_PASSIVE.match(whole[1]) if whole and _a_name(whole[0]) else None
                    if named:
                        # "Stadsdelsnämnden Östra Göteborg föreslås besluta att ...": the passive lead's subject
                        # is the body it is put to, its kind's word and the name after it; its att-clauses on
                        # the lines below the lead as well as run on after it.
                        body = f"{whole[0]} {' '.join(named.group('name').split())}"
                        self.lead_paths.append([body])
                        proposals.append(Proposal(to=body, text=_join_proposal(
                            [line for line in whole[1][named.end():].split("\n") if line.strip()])))
                        continue
                    if lead and _PROPOSAL_LEAD.match(lead[1]) and _a_name(lead[0]):
                        group_to = lead[0]
                    elif (self.addressed_to or self.run_on_addressee) and _UNREAD_LEAD.match(joined):
                        # The text opens with a lead naming who is to decide, its bodies not read (OCR's
                        # "Kmmunstyrelsens arbetsutsktt föreslår Kmmunstyrelsen föreslå Kmmunfullmäktige besluta ...",
                        # Österåker): the addressee may be no body of it, nor is the lead the proposal's text.
                        self.warn(section.line, "proposals", "förslagets inledning namnger organ som inte kan läsas; "
                                                             "lämnas tomt")
                        continue
                    elif self.addressed_to or self.run_on_addressee:
                        # the body the letterhead addresses (run into one line: the one named before the title)
                        group_to = self.addressed_to or self.run_on_addressee
                    else:
                        self.warn(section.line, "proposals.to", "förslaget anger inte vilket organ det gäller")
                # (joined is already the points joined and cut before the members' motions)
                proposals.append(Proposal(to=group_to, text=joined.rstrip() if signed else joined))
        return proposals

    def _named_lead(self, lead):
        """A lead that names the body only generically ("Förvaltningen föreslår att nämnden beslutar
        att ..."): that is the body the report is written to, if the letterhead names one; a step
        of the path only then."""
        if lead is None:
            return None
        named = self.addressed_to or self.run_on_addressee
        path = [named if body.lower() in _GENERIC_BODIES else body for body in lead.path]
        path = [body for body in path if body]
        if not path:
            return None
        return ProposalLead(addressee=path[-1], path=path, start=lead.start, end=lead.end)

    def _runs_into_the_end(self, section: Section) -> bool:
        """A section that runs into the end of the text without ending its sentence was cut off there."""
        last = next((line for line in reversed(self.lines) if line.stripped), None)
        own = next((line for line in reversed(section.lines) if line.stripped), None)
        return (last is not None and own is not None and own.number == last.number
                and last.stripped.endswith(own.stripped)
                and not own.stripped.rstrip().endswith((".", "!", "?", ")", '"', "”", ":")))

    def _written_for(self, body: str) -> bool:
        """Whether the report says in so many words that `body` is the one to decide on it
        ("Kommunstyrelsen föreslås besluta ..." in its summary)."""
        text = " ".join(line.stripped for line in self.lines)
        return bool(re.search(r"(?<![\wåäö])" + re.escape(body) + r"\s+föreslås\s+besluta\b", text, re.IGNORECASE))

    def basis(self) -> list[BasisDocument]:
        section = self.section("basis")
        if not section:
            return []
        documents = []
        for number, joined in join_items(section.lines):
            for item in re.split(r"\s*;\s*", joined):
                item = re.sub(r"^(?:[-•–*]\s*|\d{1,2}[.)]\s+)", "", item).strip()
                if not item:
                    continue
                documents.append(self._basis_document(number, item))
        return documents

    def _basis_document(self, number: int, item: str) -> BasisDocument:
        title, date = item, None
        dates = find_dates(item, compact=True)
        if dates and dates[-1].end >= len(item.rstrip(" .")):
            last = dates[-1]
            if last.iso is None:
                self.warn(number, "basis.date", last.error)
            else:
                date = last.iso
            head = item[: last.start].rstrip()
            head = re.sub(r"(?:,|\s)*(?:daterad|den|från)?$", "", head).rstrip(" ,")
            # A compact date inside a document name ("Tjänsteskrivelse KSAU 240805 Revidering")
            # stays part of the title; a trailing one is only the date.
            title = head or item
        elif dates and any(d.text.isdigit() and d.iso for d in dates):
            date = next(d.iso for d in dates if d.text.isdigit() and d.iso)
        elif TRUNCATED_DATE.search(item):
            cut = TRUNCATED_DATE.search(item)
            self.warn(number, "basis.date", f"datumet är avkortat ({item[cut.start():].strip()!r}); lämnas tomt")
            title = item[: cut.start()].rstrip(" ,")
        return BasisDocument(title=title, date=date)

    def planning(self) -> list[PlanningStep]:
        section = self.section("planning")
        steps: list[PlanningStep] = []
        explicit: list[str | None] = []
        if section:
            for number, item in join_items(section.lines):
                told = _PLANNING_SENTENCE.match(item)
                # (a sentence: the heading's words run into it, or its first body written small, or its full stop)
                sentence = item[:1].islower() or item.endswith(".") \
                    or re.search(r"(?i)behandlas|beredas", section.heading)
                told = _sentence_steps(told.group("rest")) if told else _sentence_steps(item) if sentence else None
                if told:
                    # the steps told in a sentence ("Ärendet behandlas i kommunstyrelsen den 12 mars 2019 och
                    # därefter i kommunfullmäktige den 25 mars 2019."), each body with its date
                    for body, date in told:
                        steps.append(PlanningStep(body=body, date=date, role="bereder"))
                        explicit.append(None)
                    continue
                if _undated_run(item, steps, explicit):
                    continue
                for part in (piece for step in _split_steps(item) for piece in _steps_run_together(step)):
                    part = part.strip(" .")
                    # (after a dated step the undated ones may run together as a whole item's do)
                    if not part or _undated_run(part, steps, explicit):
                        continue
                    step, role = self._step(number, part)
                    if step:
                        steps.append(step)
                        explicit.append(role)
        else:
            # No planning section: the chain is the order of the bodies the proposals are
            # addressed to ("Förslag till X beslut"); their dates are not stated.
            # A letterhead run into one line names the body it is addressed to before the title;
            # a proposal's lead may name the path: "A föreslår B föreslå C besluta".
            named = {body for path in self.lead_paths for body in path}  # bodies as the lead names them
            # A body's earlier decision on this matter, with its § ("Samhällsbyggnadsnämnden beslutade den 12
            # juni 2018 (SBN 86) att föreslå kommunstyrelsen och därefter kommunfullmäktige ..."): the first steps.
            for body, date, onward in earlier_decisions("\n".join(line.stripped for line in self.lines)):
                for name, when in ((body, date), *((x, None) for x in onward)):
                    if all(x.body != name for x in steps):
                        steps.append(PlanningStep(body=name, date=when))
                        explicit.append(None)
                        named.add(name)
            # The letterhead's addressee comes first, unless a lead names it in its place in the path.
            # A letterhead's addressee without any proposal (cut off, or none) is no step the text states.
            chain = (self.run_on_path or [self.run_on_addressee]) if (
                self.run_on_addressee and self.run_on_addressee not in named
                and (self._proposals or self.lead_paths)) else []
            # The body whose proposal a heading names ("Arbets- och personalutskottets förslag till beslut" over
            # "Kommunstyrelsen föreslår kommunfullmäktige besluta ...", Vindeln; Tingsryd's "Kommunstyrelsens
            # arbetsutskotts förslag till beslut"; Arboga's "Kommunstyrelsens förslag till beslut i kommunfullmäktige")
            # took the matter before the bodies its proposal is put to; an office's proposal names no body, nor does a
            # body named by its kind only ("Arbetsutskottets förslag till beslut": which one, the text does not say).
            proposers = [found[0] for section in self.sections if section.key == "proposal"
                         and (found := body_genitive_at_start(section.written))
                         and found[1].lower().startswith("förslag till beslut")
                         and found[0].lower() not in GENERIC_BODIES - {"förvaltningen"}]
            chain = proposers + chain
            for path in self.lead_paths:
                chain.extend(path)
            for proposal in self._proposals:
                chain.append(proposal.to)
                onward = _PROPOSE_ONWARD.match(proposal.text)
                found = body_at_start(onward.group("body")[:1].upper() + onward.group("body")[1:]) if onward else None
                if found and not found[1]:
                    # "att föreslå förbundsfullmäktige att besluta a) att ...": the body proposed to proposes on to
                    # the next one, whose step follows its own
                    chain.append(found[0])
            for body in chain:
                if body and (naming.body_kind(body) or body in named) and all(x.body != body for x in steps):
                    steps.append(PlanningStep(body=body))
                    explicit.append(None)
            self._date_from_protocol(steps)
            dated = self._letterhead_meeting()
            if dated:
                # The letterhead names the paper a matter for its addressee's meeting on a date ("Dnr: 09-40.012
                # Styrelseärende 2009-02-27 Till" / "Förbundsstyrelsen"): that body's step, on that date.
                step = next((x for x in steps if x.body == dated[0]), None)
                if step is None:
                    steps.append(PlanningStep(body=dated[0], date=dated[1]))
                    explicit.append(None)
                elif step.date is None:
                    step.date = dated[1]
        mark_deciding(steps, explicit)
        return steps

    def _letterhead_meeting(self) -> tuple[str, str] | None:
        """The body and the date of the meeting the letterhead names the paper a matter for: a board's matter
        dated ("Styrelseärende 2009-02-27", a nämnd's "Nämndärende ...") and addressed "Till" the body, in the
        letterhead's first lines; None where the letterhead does not say so."""
        addressee = self.addressed_to or self.run_on_addressee
        if not addressee:
            # the letterhead's line saying it all, after a copy site's lines ("KOMMUNALFÖRBUNDET GR 1 Dnr: 10-60.021
            # Styrelseärende 2011-05-05 Till Förbundsstyrelsen", Göteborgsregionen): its body and date
            for line in self.lines[:40]:
                found = _MATTER_FOR_MEETING.search(line.stripped)
                to = re.fullmatch(r"\s+Till\s+(?P<body>.+)", line.stripped[found.end():]) if found else None
                body = body_at_start(to.group("body")) if to else None
                if body and not body[1]:
                    iso = find_dates(found.group("date"))
                    return (body[0], iso[0].iso) if iso and iso[0].iso else None
            return None
        texts = [line.stripped for line in self.lines[:12] if line.stripped][:4]
        for n, text in enumerate(texts[:2]):
            found = _MATTER_FOR_MEETING.search(text)
            if found and (re.match(r"\s+Till\b", text[found.end():]) or any(
                    re.match(r"Till\b", below) for below in texts[n + 1:n + 3])):
                iso = find_dates(found.group("date"))
                return (addressee, iso[0].iso) if iso and iso[0].iso else None
        return None

    def _date_from_protocol(self, steps: list[PlanningStep]) -> None:
        """A report appended to a body's protocol ("Bilaga 6:7 till kommunstyrelsens protokoll den 19
        mars 2003") was before that body on that date: the step of that body gets the date."""
        signed = next((m for m in _on_behalf(" ".join(line.stripped for line in self.lines))
                       if m.group("date")), None)
        head = " ".join(line.stripped for line in self.lines[:12] if line.stripped)[:400]
        match = _APPENDED_TO.search(head) or signed
        if not match:
            return
        dates = find_dates(match.group("date"))
        body = naming.nominative(match.group("body"))
        if not dates or not dates[0].iso or not naming.body_kind(body):
            return
        step = next((s for s in steps if same_body(s.body, body)), None)
        if step is None:
            steps.append(PlanningStep(body=body, date=dates[0].iso))
        elif step.date is None:
            step.date = dates[0].iso

    def _step(self, number: int, text: str) -> tuple[PlanningStep | None, str | None]:
        text = re.sub(r"^[•·▪◦‣∙*–-]\s*", "", text)  # a bullet
        if _STEP_HEADER_ROW.fullmatch(text):
            return None, None  # "Organ Datum": the table's header row
        found = _preparing_step_at_start(text) or body_at_start(text)
        found_date_first = False
        leading = DATE_IN_TEXT.match(text)
        if not found and leading:
            # "2024-02-13 Kommunstyrelsens arbetsutskott": the date first, then the body.
            after = body_at_start(text[leading.end():].strip(" :,–-"))
            found = (after[0], f"{after[1]} {leading.group()}".strip()) if after and after[0] else None
            found_date_first = True
        if not found:
            self.warn(number, "planning", f"okänt steg {text!r}")
            return None, None
        body, rest = found
        if sum(1 for word in body.split() if word[:1].isupper() and naming.body_kind(word)) >= 2:
            # "Landstingsrådsberedningen Landstingsstyrelsen Landstingsfullmäktige": bodies run together, one of
            # them unknown, are no one body's name; which steps they are the reader cannot tell apart.
            self.warn(number, "planning", f"flera organ i rad, ett okänt: {text!r}")
            return None, None
        if re.match(_CAPITALISED_RUN, rest) and not found_date_first:
            # "Stadsdelsnämnden Östra Göteborg": the name goes on after the body's word in capitalised words alone;
            # the body read ("Stadsdelsnämnden") is not the step named. The whole line is, where the body's word is
            # one a district's name follows (a stadsdelsnämnd, kommundelsnämnd, områdesnämnd: named by the area it
            # serves) and its other words are a place's: at most three, no body's word, none the document writes
            # small elsewhere. Any other body's word then capitals ("Kommunstyrelsen Information") stays unread.
            words = rest.split()
            if DISTRICT_BODY.fullmatch(body) and text.startswith(body + " ") and len(words) <= 3 \
                    and not any(naming.body_kind(w) for w in words) \
                    and not any(w.split("-")[0] in self.common_words() for w in words):
                return PlanningStep(body=text, role="bereder"), None
            self.warn(number, "planning", f"organets namn fortsätter efter {body!r}: {text!r}; inget steg")
            return None, None
        role = None
        for pattern, name in _ROLE_WORDS:
            if pattern.search(rest):
                role = name
                rest = pattern.sub("", rest)
                break
        rest = re.sub(r"[()]", " ", rest).strip(" :,")
        date = None
        dates = find_dates(rest, compact=True)
        if dates:
            if len({d.iso for d in dates}) > 1:
                texts = ", ".join(d.text for d in dates)
                self.warn(number, "planning.date", f"{body}: flera datum ({texts}); inget valt")
            elif dates[0].iso is None:
                self.warn(number, "planning.date", f"{body}: {dates[0].error}")
            else:
                date = dates[0].iso
        elif TRUNCATED_DATE.search(rest) or re.search(r"\d", rest):
            self.warn(number, "planning.date", f"{body}: datumet är ofullständigt ({rest!r}); lämnas tomt")
        return PlanningStep(body=body, date=date, role=role or "bereder"), role

    def recipients(self) -> list[Recipient]:
        section = self.section("recipients")
        if not section:
            return []
        listed = section.lines
        page = next((i for i, line in enumerate(listed) if i and _starts_a_page(line)), None)
        prose = page is not None and bool(_SENTENCE.search(listed[page].stripped))
        if page is not None and any(line.stripped for line in listed[:page]):
            listed = listed[:page]  # the next page given as one line: the list ended with the page before
        # A sentence is no recipient: what follows the list on the page (an appendix, the next part).
        end = next((i for i, line in enumerate(listed) if _SENTENCE.search(line.stripped)
                    and len(line.stripped.split()) > 4), None)
        if end is not None and any(line.stripped for line in listed[:end]):
            listed, prose = listed[:end], True
        last = max((i for i, line in enumerate(listed) if line.stripped), default=0)
        if prose and last and _heads_the_prose_below(listed[last].stripped):
            # The line right above that prose, naming no body, unit, person or file, is the prose's heading
            # ("Beslut sänds till" / "Diariet" / "Ensamkommande gymnasiestuderande" / "Ensamkommande ungdomar som
            # studerar ..."), whether or not the list's indent, which sets it apart, was kept.
            listed = listed[:last]
        footer = next(((i, m) for i, line in enumerate(listed) if (m := _PAGE_FOOTER.search(line.text))), None)
        if footer is not None:
            # A protocol page's foot run into the list ("Skickas till: Kommunfullmäktige Akten Ordförandes sign.
            # Justerandes sign."): the list ends there.
            index, match = footer
            listed = [*listed[:index], Line(listed[index].number, listed[index].text[: match.start()])]
        if self.run_on and listed:
            # A page given as one line: the signature after the list, a name and its job title ("... Region Sundsby
            # Anna Berg Planeringschef"), is no recipient; the list ends before it.
            at = max((i for i, line in enumerate(listed) if line.stripped), default=0)
            signed = _NAME_THEN_TITLE.search(listed[at].text)
            if signed and listed[at].text[: signed.start()].strip():
                listed = [*listed[:at], Line(listed[at].number, listed[at].text[: signed.start()])]
        recipients = recipients_of(_bulleted_list(listed), self.notes)
        if not recipients:
            self.warn(section.line, "recipients", "rubriken Beslutet skickas till saknar mottagare")
        return recipients

    def run_on_signature(self) -> list[Responsible]:
        """In a page given as one line, the signature after the report's last paragraph: each name
        followed by its title ("SOCIALKONTORET Eva Folke Socialchef Jesper Kyrk Avdelningschef,
        Kvalitets- och verksamhetstöd Bilagor: ..."), read from the report's own page only."""
        proposal = next((s for s in self.sections if s.key in ("proposal", "proposal_to")), None)
        if proposal is None:
            return []
        own = [s for s in self.sections if s.line == proposal.line and len(s.text()) < 4 * RUN_ON]
        people = []
        for section in own[-2:]:
            for match in _NAME_THEN_TITLE.finditer(section.text()):
                if not bodies_in(match.group("name")):
                    people.append(Responsible(name=match.group("name"), title=match.group("title")))
        signed = _signed_after_sentence(proposal.text()) if not people else None
        # The signers right after the proposal's last sentence, on a page given as one line ("... 3. Beslutet justeras
        # omedelbart. Tony Mufic Utbildningsdirektör Malin Eriksson Avdelningschef Utbildningsförvaltningen ..."), or
        # after a dateline there ("... justerat. Göteborg den 8 februari 2010 Nils-Gunnar Ernstson /Gunnel Rydberg").
        signed = signed or (dateline_signers(proposal.text()) if not people else None)
        # ... or closing it after its last word, no full stop between ("... antecknas till protokollet Leif
        # Johansson Samhällsbyggnadschef Henrik Haglund Mark- och Exploateringschef").
        # (It holds any found by name and title alone, whose title in two words the search above misses.)
        closing = signers_closing(proposal.text().rstrip())
        if not signed and closing and {p.name for p in people} <= {p.name for p in closing[1]}:
            signed = closing
        return signed[1] if signed else people

    def responsible(self, lines: list[Line], preamble: list[Line]) -> list[Responsible]:
        people = self.responsible_section() or (self.run_on_signature() if self.run_on else [])
        for match in _on_behalf(" ".join(line.stripped for line in lines)):
            people += [Responsible(name=name.strip(), title=None) for name in match.group("names").split("/")
                       if all(p.name != name.strip() for p in people)]
        presenter = self.section("presenter")
        if presenter:
            people += [p for p in presenters(presenter.text()) if all(p.name != q.name for q in people)]
        if not people:
            people = self.signature(lines)
        for officer in self.header_officers(preamble):
            if all(p.name != officer.name for p in people):
                people.append(officer)
        text = " ".join(line.stripped for line in lines)
        for person in people:
            if person.title is None:
                person.title = _title_beside(person.name, text, tuple(p.name for p in people if p is not person))
        return people

    def responsible_section(self) -> list[Responsible]:
        section = self.section("responsible")
        if not section:
            return []
        people: list[Responsible] = []
        for line in section.items():
            signers = _run_on_signers(line.stripped)
            if signers:
                # "Linn Lundmark Tony Mufic, Utbildningsdirektör Malin Eriksson, Avdelningschef": several officers
                # run into one line, each name with its title after it or none.
                people.extend(signers)
                continue
            pairs = list(_NAME_TITLE_PAIR.finditer(line.stripped))
            if len(line.stripped) > RUN_ON // 2 and (
                    len(pairs) >= 2
                    # one signer opening the run-on text, after a signing mark in capitals at most ("SIGNERAD
                    # Carina Tempel, servicedirektör Malmö stad ...": the next page's letterhead run after it)
                    or len(pairs) == 1 and _SIGNING_MARK.fullmatch(line.stripped[: pairs[0].start()])):
                # "Cecilia Antonsson, ekonomichef Carina Tempel, servicedirektör": run together.
                people.extend(Responsible(name=pair.group(1), title=pair.group(2)) for pair in pairs
                              if naming.looks_like_person(pair.group(1)))
                continue
            parts = re.split(r"\s{2,}|\t|,\s*", line.text.strip(), maxsplit=1)
            if len(parts) == 2 and naming.looks_like_person(parts[0]):
                people.append(Responsible(name=parts[0].strip(), title=parts[1].strip() or None))
            elif naming.looks_like_person(line.stripped):
                people.append(Responsible(name=line.stripped))
            elif people and people[-1].title is None and _is_title_line(line.stripped):
                people[-1].title = line.stripped
            else:
                self.warn(line.number, "responsible", f"kan inte skilja namn och titel i {line.stripped!r}")
        return people

    def common_words(self) -> frozenset[str]:
        """The words the document writes in lower case (common words, not names), capitalised."""
        if not hasattr(self, "_common_words"):
            self._common_words = frozenset(
                word.capitalize() for line in self.lines for word in _LOWER_CASE_WORD.findall(line.stripped))
        return self._common_words

    def header_officers(self, preamble: list[Line]) -> list[Responsible]:
        """'Handläggare: Kalle Karlsson[, titel]' or 'Handläggare' with the name on the next line;
        a name alone in the letterhead whose e-mail address stands there too ("Lena Bergström" /
        "lena.bergstrom@upplands-bro.se"): the officer who wrote it."""
        people = []
        addresses = {m.group(1).lower() for line in preamble if "@" in line.stripped
                     for m in _MAIL_LOCAL_PART.finditer(line.stripped)}
        for line in preamble:
            named, _, titled = line.stripped.partition(",")
            if naming.looks_like_person(line.stripped) and _mail_name(line.stripped) in addresses:
                people.append(Responsible(name=line.stripped, title=None, role="handläggare"))
            elif titled and naming.looks_like_person(named) and _mail_name(named) in addresses \
                    and _is_title(titled.strip()) and titled.strip().lower().endswith(_TITLE_ENDINGS):
                # "Anna Berg, ekonom" over "anna.berg@kommun.se": the officer and the job title beside the name
                people.append(Responsible(name=named, title=titled.strip(), role="handläggare"))
            elif addresses and len(line.stripped) > RUN_ON // 2:
                # A letterhead run into one line: the name whose own address stands in it too ("Kommunledningskontoret
                # Karl Öhlander Kansli- och utvecklingschef Kommunledningskontoret karl.ohlander@upplands-bro.se"),
                # the job title right after it where one follows.
                # (at every word: "Kommunledningskontoret Karl" is a pair of capitalised words too)
                for match in (m for word in re.finditer(r"(?<!\S)[A-ZÅÄÖ]", line.stripped)
                              if (m := _NAME_BY_ITS_MAIL.match(line.stripped, word.start()))):
                    name = match.group("name")
                    if _mail_name(name) in addresses and naming.looks_like_person(name) \
                            and all(p.name != name for p in people):
                        people.append(Responsible(name=name, title=match.group("title"), role="handläggare"))
        for index, line in enumerate(preamble):
            match = _OFFICER_LABEL.search(line.stripped)
            if match and line.page_start and len(line.stripped) > RUN_ON // 2:
                # A letterhead run into one line: the name is the words right after the label;
                # "Handläggare Jan Holmlund Therese Hagberg Datum ...": two officers, two words each.
                pair = _TWO_OFFICERS.match(match.group("rest"))
                if pair:
                    people.extend(Responsible(name=name, title=None, role="handläggare") for name in pair.groups())
                    continue
                officer = _officer_in_run_on(match.group("rest"), common_words=self.common_words())
                labels = _LABEL_RUN.match(match.group("rest"))
                if officer is None and labels:
                    # "Handläggare Datum Ärendebeteckning Wolfgang Friedh BUN 2014/ ...": the form's labels in a row,
                    # then their values in the same order (the date lost): the officer's value, the name, first
                    officer = _officer_in_run_on(match.group("rest")[labels.end():], common_words=self.common_words())
                if officer:
                    people.append(officer)
                continue
            if not match and line.page_start:
                reference = re.search(r"\bvår referens\b\s*:?\s*(?P<rest>.*)$", line.stripped, re.I)
                officer = _officer_in_run_on(reference.group("rest"), common_words=self.common_words()) \
                    if reference else None
                if officer:
                    people.append(officer)
                continue
            if not match and re.fullmatch(r"vår referens\s*:?", line.stripped, re.I):
                # "Vår referens" / "Josefin Haugthon" / "Planeringssekreterare": the officer, the
                # title under the name when it is one.
                below = [x.stripped for x in preamble[index + 1:] if x.stripped][:2]
                if below and naming.looks_like_person(below[0]):
                    title = below[1] if len(below) > 1 and below[1].lower().endswith(_TITLE_ENDINGS) \
                        and _is_title(below[1]) else None
                    people.append(Responsible(name=below[0], title=title, role="handläggare"))
                continue
            if not match:
                continue
            rest = re.split(r"\s{2,}|\s+(?=[A-ZÅÄÖ][a-zåäö]+:)", match.group("rest").strip())[0].strip()
            if _LABELS_ONLY.fullmatch(rest):
                rest = ""  # "Vår handläggare Ert datum Er beteckning" / "Madelene Sönnerfors": the values below
            below = [x.stripped for x in preamble[index + 1:] if x.stripped][:2]
            if not rest and below and _label_alone(below[0]):
                # "Handläggare" / "Datum" / "Diarienummer" / "Anna Berg" / "2019-03-01" / "KS 2019/45": the form's
                # labels a line each, then their values in the same order (a table read column by column): the
                # officer's value is the first after the labels
                texts = [x.stripped for x in preamble[index:] if x.stripped]
                labels = next((n for n, t in enumerate(texts) if not _label_alone(t)), len(texts))
                below = texts[labels:labels + 1] if labels < len(texts) else []
                below = below if below and naming.looks_like_person(below[0]) else []
            if not rest and below:
                rest = below[0]
                if "," not in rest and len(below) > 1 and below[1].lower().endswith(_TITLE_ENDINGS) \
                        and _is_title(below[1]):
                    rest = f"{rest}, {below[1]}"  # "Handläggare" / "Anna Svensson" / "Kommunsekreterare"
            surname_first = _SURNAME_FIRST.fullmatch(_without_unit(rest))
            given = surname_first.group("name").split(", ")[1] if surname_first else ""
            if surname_first and not given.lower().endswith(_TITLE_ENDINGS) and given not in self.common_words():
                # "Handläggare: Björkbacka, Per-Erik": the name printed surname first (Huddinge's letterhead), as
                # _officer_in_run_on keeps it in a letterhead run into one line; not "Berg, Kanslichef".
                people.append(Responsible(name=surname_first.group("name"), title=None, role="handläggare"))
                continue
            name, _, title = _without_unit(rest).partition(",")
            if _CONTACT.search(title):
                title = ""  # "Anna Berg, tel 08-123 45 67": how to reach the officer, no title
            if naming.looks_like_person(name.strip()):
                people.append(Responsible(name=name.strip(), title=title.strip() or None, role="handläggare"))
            elif len(rest.split()) > 3:
                # "Handläggare Christian Westas Avseende förslag på ...": the letterhead ran on into the line
                # wherever the extraction broke it (a page's first line or not): the name right after the label.
                officer = _officer_in_run_on(rest, common_words=self.common_words())
                words = rest.split()
                if officer and officer.name.count(" ") == 2 and not officer.title and words[3][:1].islower():
                    # "Christian Westas Avseende förslag ...": a third name followed by a lower-case word
                    # opens the text's sentence; two names are the safer reading
                    officer = Responsible(name=" ".join(words[:2]), title=None, role="handläggare")
                if officer:
                    people.append(officer)
        if not people and self.run_on:
            # A letterhead run into one line, the officer's label lost: the name the unit's name precedes and
            # the next field's label follows ("Kommunledningsförvaltningen Morgan Persson, Datum Ks/2013: ...").
            head = next((line.stripped for line in preamble if line.stripped and len(line.stripped) > RUN_ON // 2), "")
            for match in _UNLABELLED_OFFICER.finditer(head[:300]):
                name = match.group("name")
                if not bodies_in(name) and not any(word in self.common_words() for word in name.split()):
                    people.append(Responsible(name=name, title=None, role="handläggare"))
                    break
        if not people and self.run_on:
            # ... or the officers before the phone's label, the unit's words before them ("Sektor Kultur och fritid
            # Eeva Bolin, Lena Svärd, Ulla Andreasson Telefon: E-post: ...", Göteborg's letterhead, its "Handläggare"
            # label lost): each a name of two words, commas between, after a word in small letters or a label.
            head = next((line.stripped for line in preamble if line.stripped and len(line.stripped) > RUN_ON // 2), "")
            found = _OFFICERS_BEFORE_PHONE.search(head[:400])
            before = head[: found.start()].split()[-1:] if found else []
            names = [n.strip() for n in found.group("names").split(",")] \
                if before and (before[0].islower() or before[0].endswith(":")) else []
            if names and all(naming.looks_like_person(n) and not bodies_in(n)
                             and not any(word in self.common_words() for word in n.split()) for n in names):
                people.extend(Responsible(name=n, title=None, role="handläggare") for n in names)
        return people

    def signature(self, lines: list[Line]) -> list[Responsible]:
        """The signature block: unit, names and titles on their own lines after the last
        paragraph (before 'Beslutet skickas till', or inside it after a blank line)."""
        recipients = self.section("recipients")
        block_lines: list[Line]
        if self.signature_lines:
            block_lines = self.signature_lines
        else:
            end = next(
                (i for i, line in enumerate(lines) if recipients and line.number == recipients.line
                 and _heading_key(line)),
                len(lines),
            )
            block_lines = []
            for line in reversed(lines[:end]):
                text = line.stripped
                if not text:
                    continue
                if text.endswith((".", ":", ";")) or len(text) > 60 and not _signed_under_dateline(text) \
                        or _heading_key(line):
                    break
                block_lines.insert(0, line)
                if len(block_lines) == 8:
                    break
        block = _columns([line.text for line in block_lines if line.stripped])
        last_line = next((line.stripped for line in reversed(self.lines) if line.stripped), None)
        # (a line naming a person before its comma is a signer's, its unit after the title no unit of all the
        # signers: "Erik Berg, Ekonomichef, Kommunledningskontoret")
        unit = next((text for text in block if _UNIT.search(text)
                     and not ("," in text and naming.looks_like_person(text.split(",", 1)[0]))), None)
        people: list[Responsible] = []
        for text in block:
            if text == unit:
                continue
            if table := names_then_titles(text):
                people.extend(table)  # the names' row and the titles' row run into one line
                continue
            if (signed := dateline_signers(text)) and signed[0] == 0:
                people.extend(signed[1])  # "Göteborg 11 februari 2009 Nils-Gunnar Ernstson": the dateline's signers
                continue
            if (people and people[-1].title is None and len(text.split()) >= 3
                    and text.split()[0].lower().endswith(_TITLE_ENDINGS)
                    and naming.looks_like_person(text.split(" ", 1)[1])):
                # Two signatures side by side, read across: "Eva Folke / Socialchef Elisabeth Rågård /
                # Avdelningschef": the first one's title, then the second one's name.
                people[-1].title = text.split()[0]
                people.append(Responsible(name=text.split(" ", 1)[1], unit=unit))
            elif _signed(text) and "/" in text:
                # "Anna Berg / Kommundirektör": the name and the job title on one line, a slash between
                name, title = re.split(r"\s*/\s*", text, maxsplit=1)
                people.append(Responsible(name=name, title=title, unit=unit))
            elif "," in text and naming.looks_like_person(text.split(",")[0]) \
                    and _title_and_its_unit(text.split(",", 1)[1].strip()):
                # "Jesper Kyrk, Avdelningschef, Kvalitets- och verksamhetsstöd": the name, then the title and the
                # unit it heads on the same line (as under the name, _is_title_line)
                name, title = (part.strip() for part in text.split(",", 1))
                people.append(Responsible(name=name, title=title, unit=unit))
            elif (named := _NAME_COMMA_TITLE.fullmatch(text)) and naming.looks_like_person(named.group("name")) \
                    and _is_title(named.group("title")):
                # "Michael Yhr, Fastighetsstrateg": a signer and the title beside the name, never the title of the
                # signer above (Höör's, Jönköping's, Söderhamn's, Hedemora's, Järfälla's signatures).
                # (On the text's last line a title no job title's ending closes may be cut by the excerpt's end:
                # "Michael Yhr, Fastighetsstrate", Järfälla: the name alone.)
                title = named.group("title")
                cut = text == last_line and not title.lower().endswith((*_TITLE_ENDINGS, "råd", "ordförande"))
                people.append(Responsible(name=named.group("name"), title=None if cut else title, unit=unit))
            elif naming.looks_like_person(text) and not bodies_in(text) and not all(map(_a_job_title, text.split())) \
                    and not _STEP_HEADER_ROW.fullmatch(text):
                # (bodies run together, "Kommunstyrelsen Kommunfullmäktige" closing a page's planning, sign nothing;
                # nor job titles side by side, "Kommundirektör Kanslichef", nor a table's header, "Organ Datum")
                people.append(_signer(text, unit))
            elif people and people[-1].title is None and _is_title_line(text):
                people[-1].title = text
        return people


_CAPITALISED_RUN = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)*(?:\s+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)*)*$"


def _preparing_step_at_start(text: str) -> tuple[str, str] | None:
    """('Borgarrådsberedningen', '2003-03-12') for "Borgarrådsberedningen 2003-03-12"; None for any other line."""
    found = _PREPARING_STEP.match(text)
    if not found or found.group("code") and found.group("code").lower() not in ABBREVIATIONS:
        return None
    return found.group("body"), text[found.end():].strip()


def _alone_with_its_suffix(text: str) -> bool:
    """A letterhead's line that is a case number alone with its document suffix ("KS2014/508-1", "KS 2019/123-10"),
    the registry's code first: read as the number without its suffix is on a line of its own."""
    return bool(CASE_NUMBER.match(text)) and own_case_numbers("Dnr " + text) == [text]


def _labelled_value(row: str, *, dated: bool = False) -> str | None:
    """The case number a label row's value row holds, read as the label's own value ("2019-03-01 KS2014/508-1":
    'KS2014/508-1'): after the row's dates, the number first; with `dated`, the row opens with a date and the number
    is its only other value (words of a column may follow), or None."""
    rest = row
    if dated:
        opening = DATE_IN_TEXT.match(rest)
        if not opening:
            return None
        rest = rest[opening.end():].strip()
        if DATE_IN_TEXT.search(rest):
            return None
    else:
        rest = DATE_IN_TEXT.sub(" ", rest).strip()
    numbers = own_case_numbers("Dnr " + rest)
    if len(numbers) != 1 or not rest.startswith(numbers[0]):
        return None
    after = rest[len(numbers[0]):].strip()
    return numbers[0] if not after or not dated or re.fullmatch(r"(?:[A-ZÅÄÖa-zåäö-]+\s*)+", after) else None


# The planning told in a sentence: "Ärendet ska behandlas av kommunstyrelsen den 12 mars 2019 och kommunfullmäktige
# den 25 mars 2019.", "Ärendet behandlas i kommunstyrelsen 2019-03-12 och därefter i kommunfullmäktige 2019-03-25."
_PLANNING_SENTENCE = re.compile(r"^(?P<heading>(?:Ärendet\s+)?(?:ska\s+|skall\s+|kommer\s+att\s+)?(?:behandlas|beredas)"
                                r"\s+(?:av|i))\s+(?P<rest>\S.*)$", re.IGNORECASE)
_SENTENCE_STEP_SPLIT = re.compile(r"\s*,\s*(?:och\s+|samt\s+)?(?:därefter\s+)?|(?<!-)\s+(?:och|samt)\s+(?:därefter\s+)?"
                                  r"|\s+därefter\s+")


def _sentence_steps(text: str) -> list[tuple[str, str | None]] | None:
    """The steps a sentence tells, each a body, its date after it or none ("kommunstyrelsen den 12 mars 2019 och
    därefter i kommunfullmäktige"); None unless every part is a body's name and at most its date, nothing else."""
    steps = []
    for part in _SENTENCE_STEP_SPLIT.split(text.strip().rstrip(".").strip()):
        part = re.sub(r"^(?:i|av)\s+", "", part.strip())
        part = part[:1].upper() + part[1:]
        found = (_preparing_step_at_start(part) or body_at_start(part)) if part else None
        if not found or not found[0]:
            return None
        rest = found[1].strip()
        dated = DATE_IN_TEXT.fullmatch(rest) if rest else None
        if rest and not dated:
            return None
        dates = find_dates(rest) if rest else []
        if rest and (len(dates) != 1 or not dates[0].iso):
            return None
        steps.append((found[0], dates[0].iso if dates else None))
    return steps or None


def _steps_run_together(text: str) -> list[str]:
    """A preparing body body_at_start does not know, run together with the next step ("Borgarrådsberedningen
    Kommunstyrelsen 2003-03-19", a list's lines joined): two steps, the date the second's; so bodies run together
    and one date after the last ("Kommunstyrelsen Kommunfullmäktige 2017-06-14"): a step each, the date the last's,
    as the list printed it. Else the text as it is."""
    found = _preparing_step_at_start(text)
    if found and found[1] and body_at_start(found[1]):
        return [found[0], found[1]]
    dated = _DATE_CLOSING.search(text)
    run = body_run(text[: dated.start()]) if dated else []
    if len(run) >= 2 and " ".join(run) == " ".join(text[: dated.start()].split()):
        return [*run[:-1], f"{run[-1]} {dated.group('date')}"]
    return [text]


# One date closing a text, nothing after it ("... Kommunfullmäktige 2017-06-14").
_DATE_CLOSING = re.compile(r"\s+(?P<date>" + DATE_IN_TEXT.pattern.replace("(?P<date>", "(?:", 1) + r")\s*$",
                           re.IGNORECASE)


def _undated_run(text: str, steps: list[PlanningStep], explicit: list[str | None]) -> bool:
    """Whether `text` is bodies run together, undated ("Fritidsnämndens Arbetsutskott Fritidsnämnden"; after a dated
    step, "Samhällsbyggnadsnämnden 2018-06-12 Kommunstyrelsen Kommunfullmäktige"): each then a step that prepares."""
    run = body_run(text)
    if len(run) < 2:
        return False
    for body in run:
        steps.append(PlanningStep(body=body, role="bereder"))
        explicit.append(None)
    return True


_NAME_COMMA_TITLE = re.compile(r"(?P<name>[^,]+),\s*(?P<title>[^,]+)")


# What a letterhead run into one line holds before the title: the unit, the document's kind,
# labels and their values (an e-mail address, a case number, a page mark), the addressee.
# A copy site hides an e-mail address behind its own words ("[email protected]": Botkyrka's, Flen's, Gotland's,
# Malmö's pages): the address all the same.
_HIDDEN_MAIL = r"\[email(?:\s|&#160;)protected\]"
_LETTERHEAD_ANCHOR = re.compile(
    r"\S+@\S+|" + _HIDDEN_MAIL
    + r"|\b(?:tjänsteskrivelse|tjänsteutlåtande|tjänsteyttrande)\b|(?<=[A-ZÅÄÖ] )Protokoll\b|\(\s*\d+\s*\)"
    # a protocol's name in capitals ("SALA KOMMUN SAMMANTRÄDESPROTOKOLL KOMMUNSTYRELSEN", Arboga's, Tranås', Tingsryd's
    # "... arbetsutskott SAMMANTRÄDESPROTOKOLL Årsredovisning 2014 ...", Mjölby's "PROTOKOLLSUTDRAG")
    r"|\b(?-i:SAMMANTRÄDESPROTOKOLL|PROTOKOLLSUTDRAG)\b"
    r"|\b[A-ZÅÄÖ]{2,8}[ -]?\d{4}[/:.-]\d*(?=\s)"
    r"|\(\s*(?:dnr|diarienr|diarienummer)\b[^()]{0,30}\)"  # "(Dnr /2016)": what is left of it
    r"|\b[A-ZÅÄÖ]{2,8}\s*/\s*\d{4}[/:.-]\d*(?=\s)"  # "Ks/2013:": a case number cut after its year
    # "Handläggare Christian Westas": the officer's field; the title follows it
    r"|\bhandläggare:?\s+(?-i:[A-ZÅÄÖ][a-zåäö-]+\s+[A-ZÅÄÖ][a-zåäö-]+"
    # a third name word where the letter's date follows it ("Handläggare Maria Lindqvist Berg 2021-09-07 Ny taxa"):
    # a title never opens with a name and a date
    r"(?:\s+[A-ZÅÄÖ][a-zåäö-]+(?=\s+\d{4}-\d\d-\d\d\b))?)"
    # ... and the officer's job title after a comma ("Handläggare: Eva Svensson, utvecklingsledare")
    r"(?:,\s*(?-i:[a-zåäö-]*(?:" + "|".join(("sekreterare", "handläggare", "chef", "strateg", "direktör", "controller",
                                             "utredare", "ekonom", "jurist", "samordnare", "ledare", "ingenjör",
                                             "arkitekt")) + r"))(?=\s)|,|(?=\s))", re.IGNORECASE
)


# "Bilaga 6:7 till kommunstyrelsens protokoll den 19 mars 2003", "Handlingar till Socialnämndens
# sammanträde den 19 september 2013": the report goes with that body's meeting on that date.
# A body named only by its kind: which one, the letterhead must say (meetingwords' list; an arbetsutskott or a
# förvaltning named so is read apart below).
_GENERIC_BODIES = GENERIC_BODIES - {"arbetsutskottet", "förvaltningen"}
_APPENDED_TO = re.compile(r"\b(?:bilaga\s+[\d:.]+|handlingar|underlag)\s+till\s+(?P<body>[a-zåäö-]+s)\s+"
                          r"(?:protokoll|sammanträde)\s+(?P<date>(?:den\s+)?"
                          r"(?:\d{1,2}\s+[a-zåäö]+\s+\d{4}|\d{4}-\d{2}-\d{2}))", re.IGNORECASE)


_NAME_TITLE_PAIR = re.compile(
    r"([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?: [A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?){1,2}), "
    r"([a-zåäö][a-zåäö]+(?: [a-zåäö]+)?)(?=\s+[A-ZÅÄÖ]|\s*$)"
)


_NAME_WORD = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
# Job titles end so: sekreterare, handläggare, chef, strateg, direktör, controller, utredare ...
_TITLE_ENDINGS = ("sekreterare", "handläggare", "chef", "strateg", "direktör", "controller", "utredare", "ekonom",
                  "jurist", "samordnare", "ansvarig", "ingenjör", "arkitekt", "konsult", "assistent", "ledare",
                  "utvecklare")
# A job title in one word or two joined by "och" ("Samhällsbyggnadschef", "Kansli- och utvecklingschef").
_ONE_OR_TWO_WORD_TITLE = (r"(?:[A-ZÅÄÖ][a-zåäö]+- och )?[A-ZÅÄÖa-zåäö][a-zåäö]*(?:" + "|".join(_TITLE_ENDINGS)
                          + r")")


# One officer in a run of them: a name of two to four capitalised words, then perhaps ", <title>" (a word ending in a
# job's word, either case, or two joined by "och", "Mark- och exploateringschef") and the unit after it (",
# Kvalitets- och verksamhetsstöd").
_RUN_SIGNER = re.compile(
    r"(?P<name>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?: [A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,3})"
    r"(?:, (?P<title>(?:[A-ZÅÄÖa-zåäö][a-zåäö]+- och )?[A-ZÅÄÖa-zåäö][a-zåäö]+"
    r"(?:, [A-ZÅÄÖ][\wåäö-]*(?: (?:och|[a-zåäö][\wåäö-]*))*)?))?(?:\s+|$)"
)


def _signed_after_sentence(text: str) -> tuple[int, list[Responsible]] | None:
    """Two officers or more, each name with its job title after it, right after a sentence's end: the signature of a
    page given as one line. (Where it starts, the officers) or None."""
    for end in re.finditer(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text):
        people, at = [], end.end()
        while (match := _NAME_THEN_TITLE.match(text, at)) and not bodies_in(match.group("name")) \
                and naming.looks_like_person(match.group("name")):
            people.append(Responsible(name=match.group("name"), title=match.group("title")))
            at = match.end() + len(text[match.end():]) - len(text[match.end():].lstrip())
        if len(people) >= 2:
            return end.start(), people
    return None


# One officer closing a run of signers: a name, then its job title in one word or two joined by "och" ("Henrik
# Haglund Mark- och Exploateringschef", "Leif Johansson Samhällsbyggnadschef").
_CLOSING_SIGNER = re.compile(
    r"(?P<name>" + _NAME_WORD + " " + _NAME_WORD + r") (?P<title>" + _ONE_OR_TWO_WORD_TITLE + r")(?:\s+|$)")


# What follows the proposal's last sentence, holding a digit: where it holds no plain word either ("... lån om 83
# mnkr. UBK1005, v2.0,", a template's code and version; "... handlingarna. 3", a page's number), page furniture.
_RESIDUE_AFTER_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?P<rest>[^.!?\s][^.!?]*?\d[^.!?]*?(?:\.\d[^.!?]*)*)\s*$")
_PLAIN_WORD_IN = re.compile(r"[A-ZÅÄÖa-zåäö][a-zåäö]{2,}")


def signers_closing(text: str) -> tuple[int, list[Responsible]] | None:
    """Two officers or more, each name with its job title after it, that close `text` whole after a lower-case word,
    the proposal's last sentence left without its full stop ("... antecknas till protokollet Leif Johansson
    Samhällsbyggnadschef Henrik Haglund Mark- och Exploateringschef"): the signature run on into the proposal of a
    page given as one line. (Where it starts, the officers) or None: a proposal never ends in such a run."""
    for gap in re.finditer(r"(?<=[a-zåäö0-9)])\s+(?=[A-ZÅÄÖ])", text):
        people, at = [], gap.end()
        while (match := _CLOSING_SIGNER.match(text, at)) and not bodies_in(match.group("name")) \
                and naming.looks_like_person(match.group("name")):
            people.append(Responsible(name=match.group("name"), title=match.group("title")))
            at = match.end()
        if len(people) >= 2 and at == len(text):
            return gap.start(), people
        if people:
            return None  # the first name of a run that does not close the text: a sentence's names
    return None


def _run_on_signers(text: str) -> list[Responsible] | None:
    """Officers run into one line, the whole line nothing else: "Martin Taavola, Handläggare Eva Folke, Socialchef",
    "Linn Lundmark Tony Mufic, Utbildningsdirektör", "Nils-Gunnar Ernstson Gunnel Rydberg". A run of four name words
    is two names of two (given name and surname each; three words stay one name). None unless every part is read and
    at least two officers are."""
    people: list[Responsible] = []
    at = 0
    while at < len(text):
        match = _RUN_SIGNER.match(text, at)
        if not match:
            return None
        words = match.group("name").split()
        if len(words) == 4:
            first, words = " ".join(words[:2]), words[2:]
            if not naming.looks_like_person(first):
                return None
            people.append(Responsible(name=first))
        name = " ".join(words)
        if not naming.looks_like_person(name) or bodies_in(name):
            return None
        title = match.group("title")
        if title and not title.split(",")[0].lower().endswith((*_TITLE_ENDINGS, "råd", "ordförande")):
            return None  # (an elected signer's title too: "Annika Billström, Borgarråd", as _signer reads it)
        people.append(Responsible(name=name, title=title))
        at = match.end()
    return people if len(people) >= 2 else None  # (every name checked as it was read)


# A letter's dateline and its signers after it: the place, the date and who signed ("Göteborg 11 februari 2009
# Nils-Gunnar Ernstson", "Göteborg den 8 februari 2010 Nils-Gunnar Ernstson /Gunnel Rydberg": the signer and the
# officer, "/" between them, as Uppsala's "Fredrik Ahlstedt/Astrid Anker"). Reports and letters close so (the
# dateline also over a kallelse's signer: Hjo's, Bjurholm's, Hallsberg's, Öckerö's); at the text's end only.
_DATELINE_DATE = (r"(?:den\s+)?(?:\d{1,2}\s+(?:" + "|".join(MONTHS) + r")\s+\d{4}|\d{4}-\d\d-\d\d)")
_SIGNER_NAME = _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,2}"
_DATELINE_SIGNERS = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?P<place>[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?),?\s+" + _DATELINE_DATE
    + r"\s+(?P<names>" + _SIGNER_NAME + r"(?:\s*/\s*" + _SIGNER_NAME + r")*)\s*$")
# The same without its date (lost by the extraction), two signers joined by "/": a signature closing the text, no
# part of the proposal before it ("... Bo Pettersson (S). Göteborg Nils-Gunnar Ernstson /Gunnel Rydberg").
_SLASH_SIGNERS = re.compile(r"(?<=[.!?])\s+(?:[A-ZÅÄÖ][\wåäöé-]+\s+){1,3}[A-ZÅÄÖ][\wåäöé-]+\s*/\s*"
                            + _SIGNER_NAME + r"\s*$")


def dateline_signers(text: str) -> tuple[int, list[Responsible]] | None:
    """The signers a dateline closing `text` names, and where the dateline starts; None unless every name after it
    is a person's."""
    found = _DATELINE_SIGNERS.search(text)
    if not found:
        return None
    names = [" ".join(name.split()) for name in found.group("names").split("/")]
    if not all(naming.looks_like_person(name) and not bodies_in(name) for name in names):
        return None
    return found.start(), [_signer(name) for name in names]


def _signer(text: str, unit: str | None = None) -> Responsible:
    """A signer's line as a person: the job title closing it ("Lars Berg Socialchef", "Anna Ek Kommunalråd") is the
    title, no part of the name (naming.looks_like_person takes any capitalised words)."""
    words = text.split()
    if len(words) >= 3 and words[-1].lower().endswith((*_TITLE_ENDINGS, "råd", "ordförande")) \
            and naming.looks_like_person(" ".join(words[:-1])):
        return Responsible(name=" ".join(words[:-1]), title=words[-1], unit=unit)
    return Responsible(name=text, unit=unit)


def signature_closing(text: str) -> int | None:
    """Where a signature closing `text` after its last sentence starts (a dateline and its signers, or two signers
    joined by "/"): the text before it ends whole."""
    signed = dateline_signers(text)
    if signed:
        return signed[0]
    slash = _SLASH_SIGNERS.search(text)
    return slash.start() if slash else None


_SIGNING_MARK = re.compile(r"\s*(?:[A-ZÅÄÖ]{3,}\s+)?")
_SURNAME_FIRST = re.compile(r"^(?P<name>" + _NAME_WORD + ", " + _NAME_WORD + r")(?=\s|$)")


# Two names of two words each, then a letterhead label: "Jan Holmlund Therese Hagberg Datum".
_TWO_OFFICERS = re.compile(r"^(" + _NAME_WORD + " " + _NAME_WORD + ") (" + _NAME_WORD + " " + _NAME_WORD + r")"
                           r"(?= (?:Datum|Diarienummer|Dnr|Telefon|Tel|E-post|Vår|Er|Sida|Till)\b)")
# "Föredragande borgarrådet Karin Wanngård anför följande", "Föredragande borgarråden Annika Billström
# och Margareta Olofsson anför följande": who presents the matter, with the title before the names;
# "Föredragande landstingsråd: Gustav Hemming" is the same line as a label, the names ending it.
_PRESENTER = re.compile(
    r"^(?:Föredragande\s+)?(?P<title>[a-zåäö]+)(?P<label>:)?\s+(?P<names>" + _NAME_WORD + " " + _NAME_WORD
    + r"(?:\s*(?:,|och)\s*" + _NAME_WORD + " " + _NAME_WORD + r")*)(?:\s+anför\b|(?(label)\s*$|(?!)))")


# A proposal's lead in its text's opening words, "föreslår" / "föreslås" and the verb to decide after it within the
# sentence: who proposes to whom, what follows the proposal ("Kmmunstyrelsens arbetsutsktt föreslår Kmmunstyrelsen
# föreslå Kmmunfullmäktige besluta 1. ..."); asked only where proposal_lead read no bodies in it.
_UNREAD_LEAD = re.compile(r"^(?:[\wåäöÅÄÖ-]+\s+){1,6}föreslå[rs]?\s(?:(?![.!?]\s).){0,120}?\bbeslut(?:a|ar)\b",
                          re.IGNORECASE)
# A letterhead naming its paper a matter for a body's meeting, with the meeting's date ("Styrelseärende 2009-02-27
# Till Förbundsstyrelsen", Göteborgsregionen's papers to its board; a nämnd's or a fullmäktige's so named).
# A proposal put on by the body it is put to: "att föreslå förbundsfullmäktige att besluta ...".
_PROPOSE_ONWARD = re.compile(r"att\s+föreslå\s+(?P<body>[a-zåäöA-ZÅÄÖ][\wåäö -]{2,60}?)\s+(?:att\s+)?besluta\b")
_MATTER_FOR_MEETING = re.compile(r"(?<![\wåäö])(?:Styrelse|Nämnd|Fullmäktige|Utskotts|Direktions)ärende\s+"
                                 r"(?P<date>\d{4}-\d\d-\d\d)(?!\d)")
# A document's file path printed in its footer ("c:\\users\\kalen\\appdata\\local\\temp\\ks_2013_96 - ansökan on ...
# - ver 1{fcfe-6d a9cf-000e-a101} (1).rtf", Kristinehamn; "G:\\Protokoll\\Kommunstyrelsen\\2009\\ Protokoll från
# kommunstyrelsen.doc", Nybro): the file's name, and in it the registry's code before the title and the version after.
_FILE_PATH = re.compile(r"\b[A-Za-z]:\\(?:[^\\\n]*\\)*(?P<name>[^\\\n]+?)\.(?i:rtf|docx?|odt|pdf)\b")
_FILE_NAME_PARTS = re.compile(r"^\s*[a-zåäö]{1,4}[_ ]\d{4}[_ ]\d+\s+-\s+|\s+-\s+ver\b.*$|\s*\{[^}]*\}.*$",
                              re.IGNORECASE)
# A page's number opening its text, as a copy site gives each page a line ("2 Kommunstyrelsen föreslås ...").
_PAGE_NUMBER_FIRST = re.compile(r"^\d{1,3}\s+(?=[A-ZÅÄÖ])")
_OWN_LEAD = re.compile(r"^(?:föreslås|föreslår|beslutar)\b")


def _opens_a_proposal(text: str) -> bool:
    """Whether a proposal's lead opens the text: a body, then "föreslås", "föreslår" or "beslutar" ("Kommunstyrelsen
    föreslås för egen del besluta att ...")."""
    found = body_at_start(text)
    return bool(proposal_lead(text) or found and found[0] and _OWN_LEAD.match(found[1]))


# A page's number after the full stop that closes a page's text ("genomförande. 1"), or trailing space.
_PAGE_NUMBER_LAST = re.compile(r"(?<=\.)\s+\d{1,3}\s*$|\s+$")


# "Eva Folke Socialchef", "Jesper Kyrk Avdelningschef, Kvalitets- och verksamhetstöd": a name, then a
# title by its ending, perhaps with the unit after a comma. The ending may be the whole title, capitalised
# ("Åsa Rönnlund Controller", Härnösand; the golds' "Handläggare" in Örebro, Stockholm and Upplands-Bro,
# "Direktör" in Uppsala).
# (Job titles end so: _TITLE_ENDINGS.)
_NAME_THEN_TITLE = re.compile(
    r"(?<![\wåäöÅÄÖ])(?P<name>" + _NAME_WORD + " " + _NAME_WORD + ")"
    r" (?P<title>(?:[A-ZÅÄÖ][a-zåäö]*(?:" + "|".join(_TITLE_ENDINGS) + r")|(?:"
    + "|".join(word.capitalize() for word in _TITLE_ENDINGS) + r"))"
    r"(?:, [A-ZÅÄÖ][\wåäö-]*(?: (?:och|[a-zåäö][\wåäö-]*))*)?)(?![\wåäö])"
)


# What members move or reserve at the meeting, after the proposal put to it: "Yrkanden Mariann Gustafsson (V)
# yrkar att ...", "Ruben Ivarsson (Kd) yrkar att ...", "Ordförande Henrik Thunes (M) yrkar ...", "Marlene
# Burwick, Ulrik Wärnsberg (alla S) reserverar sig ...": no part of it.
_PERSON_NAME = _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,2}"
_MEMBER_MOTION = re.compile(
    r"\s+(?:(?:Yrkanden?|Överläggning|Reservation(?:er)?)\s*:?\s+)?(?:Ordförande(?:n)?\s+)?" + _PERSON_NAME
    + r"(?:\s*(?:,|och)\s*" + _PERSON_NAME + r")*\s+\((?:alla\s+|båda\s+)?[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3}\)"
    r"\s+(?:yrkar|reserverar)\b")


# "Uppsala den 10 april 2013 På kommunstyrelsens vägnar Fredrik Ahlstedt/Astrid Anker": who signed for
# the body, and the date it decided to.
_ON_BEHALF = re.compile(
    r"(?:\b(?:den\s+)?(?P<date>\d{1,2}\s+[a-zåäö]+\s+\d{4}|\d{4}-\d{2}-\d{2})\s+)?[Pp]å\s+(?P<body>[a-zåäöA-ZÅÄÖ-]+s)"
    r"\s+vägnar\s+(?P<names>" + _NAME_WORD + " " + _NAME_WORD + r"(?:\s*/\s*" + _NAME_WORD + " " + _NAME_WORD + ")*)"
)


def _on_behalf(text: str):
    """_ON_BEHALF's matches in `text`: every one says "vägnar", which few texts hold, so a text
    without the word is not scanned (the whole document's text, searched twice per report)."""
    return _ON_BEHALF.finditer(text) if "vägnar" in text else iter(())


def _title_beside(name: str, text: str, others: tuple[str, ...] = ()) -> str | None:
    """The title printed right before or after a signer's name ("Socialförvaltningen Direktör Jan
    Holmlund Postadress: ...", "Eva Folke Socialchef"), when one and only one is. "Handläggare"
    is the letterhead's label for the officer, not a signature's title. A title right after another
    signer's name (`others`) is that signer's, printed under it ("Jan Holmlund" / "Direktör" / "Therese
    Hagberg": Uppsala's, Upplands-Bro's and Malmö's signatures set each title under its name; "Jan Holmlund /
    Direktör" / "Therese Hagberg" beside it)."""
    word = r"([A-ZÅÄÖ][a-zåäö]+)"
    candidates = [m.group(1) for m in re.finditer(r"(?<![\wåäö])" + word + r"\s+" + re.escape(name) + r"(?![\wåäö])",
                                                  text)
                  if not any(text[: m.start()].rstrip(" ,/").endswith(other) for other in others)]
    # (a title the text goes on with after a comma, its unit: "Jesper Kyrk Avdelningschef, Kvalitets- och
    # verksamhetsstöd" is one title, as Upplands-Bro's gold gives it; its first word alone is not)
    candidates += [m.group(1) for m in re.finditer(r"(?<![\wåäö])" + re.escape(name) + r",?\s+" + word
                                                   + r"(?![\wåäö])(?!,\s*[A-ZÅÄÖ][a-zåäö]+-?\s+[a-zåäö])", text)]
    found = {c for c in candidates if c.lower().endswith(_TITLE_ENDINGS) and not c.lower().endswith("handläggare")}
    return found.pop() if len(found) == 1 else None


def _a_name(body: str) -> bool:
    """A body's name, not a phrase ending in one ("Förvaltningen föreslår att nämnden"): every word
    before the last is a first part of a name ("Barn- och", "Kommunstyrelsens", "Tekniska")."""
    return body.lower() not in _GENERIC_BODIES and all(
        w.endswith(("-", "s", "a")) or w == "och" for w in body.split()[:-1])


# An e-mail address's local part: "lena.bergstrom@upplands-bro.se" -> "lena.bergstrom".
_MAIL_LOCAL_PART = re.compile(r"([\w.-]+)@")


# A person's name of two words in a run-on letterhead, perhaps its job title after it (one word, or two joined by
# "och": "Kansli- och utvecklingschef").
_NAME_BY_ITS_MAIL = re.compile(
    r"(?<![\wåäöÅÄÖ-])(?P<name>" + _NAME_WORD + " " + _NAME_WORD + r")"
    r"(?= )(?: (?P<title>" + _ONE_OR_TWO_WORD_TITLE + r")(?![\wåäö]))?")


def _mail_name(name: str) -> str:
    """'Lena Bergström' -> 'lena.bergstrom': the local part of a Swedish municipality's e-mail address."""
    folded = name.lower().translate(str.maketrans("åäöéü", "aaoeu"))
    return ".".join(folded.split())


def presenters(text: str) -> list[Responsible]:
    """The people a 'Föredragande ... anför följande' sentence names, with its title in the
    indefinite form ("borgarrådet" -> "Borgarråd")."""
    match = _PRESENTER.match(text)
    if not match:
        return []
    title = re.sub(r"(råd)(?:et|en)$|(ör)(?:en|erna)$|(are)(?:n|na)$|(chef)(?:en|erna)$", r"\1\2\3\4",
                   match.group("title"))
    names = re.split(r"\s*(?:,|\boch\b)\s*", match.group("names"))
    return [Responsible(name=name, title=title[:1].upper() + title[1:]) for name in names if name]


# An officer's name in a run-on letterhead without its label: after a unit's name, before the next field's
# label (perhaps after the registry's code): "Service och Teknik Kurt Strömberg SOT Dnr", "Kommunledningsförvaltningen
# Morgan Persson, Datum".
_UNLABELLED_OFFICER = re.compile(
    r"(?:(?i:förvaltningen|förvaltning|kontoret|avdelningen|enheten|kansliet)"
    r"|\b[A-ZÅÄÖ][a-zåäö]+ och [A-ZÅÄÖ][a-zåäö]+)"
    r"\s+(?P<name>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)? [A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?),?"
    r"\s+(?:[A-ZÅÄÖ]{2,5}\s+)?(?:Datum|Dnr|Diarienummer|Diarienr)\b")


_TWO_NAME_WORDS = r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)? [A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
_OFFICERS_BEFORE_PHONE = re.compile(r"(?<=\s)(?P<names>" + _TWO_NAME_WORDS + r"(?:, " + _TWO_NAME_WORDS
                                    + r"){0,3})\s+(?i:telefon|tel|tfn)\b\.?:?")


# A letterhead's labels in a row, nothing between them ("Datum Ärendebeteckning ", "Datum Vår beteckning ").
_LABEL_RUN = re.compile(r"(?:(?:Datum|Dnr|Diarienummer|Diarienr|Ärendebeteckning|Vår beteckning|Er beteckning"
                        r"|Vår referens|Er referens|Sida|Ärendenummer)\s+){2,}")


# The labels a letterhead names the officer who wrote the report by.
_OFFICER_LABEL = re.compile(r"\b(?:handläggarens namn|handläggare|kontaktperson|upprättad av"
                            r"|ansvarig tjänste(?:man|person))\b\s*:?\s*"
                            r"(?P<rest>.*)$", re.IGNORECASE)
# The letter form's labels after the officer's, their values on the line below ("Vår handläggare Ert datum Er
# beteckning" / "Madelene Sönnerfors", Katrineholm): no name of the officer's.
_LETTER_LABEL = r"(?:(?:Ert|Vårt) datum|(?:Er|Vår) (?:beteckning|referens)|Datum|Dnr|Diarienummer)"
_LABELS_ONLY = re.compile(_LETTER_LABEL + r"(?:\s+" + _LETTER_LABEL + r")*")
# A telephone number or an address after the officer's name, where a title may stand.
_CONTACT = re.compile(r"\b(?:tel|telefon|tfn|mobil|mobiltelefon|e-post|epost|mejl)\b|@|\d{2,}[- ]?\d{2,}",
                      re.IGNORECASE)


_LETTERHEAD_WORDS = {"datum", "dnr", "diarienummer", "diarienr", "ärendenummer", "telefon", "tel", "tfn", "mobil",
                     "vår", "er", "sida", "beteckning", "referens", "e-post", "epost", "mejl", "postadress",
                     "besöksadress"}


def _without_unit(text: str) -> str:
    """The officer's field without the unit before the name, where a "Tjänsteställe/handläggare" field names both
    ("Ekonomiavdelning Johan Westin E-post: ...", Nynäshamn; "Landstingets kansli Anita Wiklander", Region
    Västernorrland; "Kommunledningsförvaltningen, Anna Berg")."""
    words = text.split()
    for n, word in enumerate(words[:3]):
        if naming.UNIT_WORD.search(word.strip(",:")):
            rest = words[n + 1:]
            # (the name after it, capitalised: "Anna Berg, avdelningen för kultur" is the name and the unit after)
            return " ".join(rest) if rest and rest[0][:1].isupper() else text
        if word.endswith(","):
            break
    return text


def _more_names_after(words: list[str]) -> bool:
    """Whether the words after a name, up to the letterhead's next label, are two or more capitalised words that
    are neither a job title nor an address: more names, not the name's title."""
    return len(words) >= 2 and all(word[:1].isupper() and word.isalpha() and not word.lower().endswith(_TITLE_ENDINGS)
                                   for word in words)


def _officer_in_run_on(text: str, *, common_words: frozenset[str] = frozenset()) -> Responsible | None:
    """'Ilona Holmgren Utredningssekreterare ilona.holmgren@malmo.se ...' -> the person and
    the title that follows the name, if one does (a single word, no address, no body).
    `common_words`: words the document also writes in lower case; such a word after two names
    ("Per Johansson Särtaxemodell för ...") opens the title, it is no third name."""
    surname_first = _SURNAME_FIRST.match(text)
    if surname_first and not surname_first.group("name").split(", ")[1].lower().endswith(_TITLE_ENDINGS):
        # "Björkbacka, Per-Erik Kommunstyrelsen ...": printed surname first; kept as printed.
        return Responsible(name=surname_first.group("name"), title=None, role="handläggare")
    words = _without_unit(text).split()
    # The letterhead's next label ends the name: "Anna Berg Datum 2024-02-01 ...".
    label = next((n for n, word in enumerate(words) if word.lower().strip(":.,") in _LETTERHEAD_WORDS), len(words))
    labelled = label < len(words)
    words = words[:label]
    for size in (3, 2):
        if size == 3 and len(words) >= 3 and (words[2].lower().endswith(_TITLE_ENDINGS)
                                              or words[2].strip(".,:") in common_words):
            continue  # "Ilona Holmgren Utredningssekreterare": a name, then the title
        if size == 3 and len(words) >= 4 and words[3][:1].islower() and not words[3].lower().endswith(_TITLE_ENDINGS):
            # "Per Ek Svar på medborgarförslag ...": a third capitalised word followed by one in lower case opens the
            # title's phrase, no third name (so header_officers reads "Christian Westas Avseende förslag ..."); a job
            # title in lower case after three names ("Per Erik Ek utredare") leaves them a name.
            continue
        name = " ".join(words[:size])
        if labelled and _more_names_after(words[size:]):
            # "Handläggare Anderson Tomas Jo Linder Roger Datum ...": more name words than one name's (and than
            # _TWO_OFFICERS' two) before the next label, where one name ends cannot be told: none is read.
            return None
        if len(words) >= size and naming.looks_like_person(name) and not bodies_in(name):
            following = words[size] if len(words) > size else ""
            title = following if (following[:1].isupper() and _is_title(following) and "@" not in following
                                  and not following.endswith("-") and not bodies_in(following)
                                  and following.lower().endswith(_TITLE_ENDINGS)) else None
            return Responsible(name=name, title=title, role="handläggare")
    return None


# A case number in a bracket closing the title, its label first ("Information om ...(dnr KS2014/508-1)", "Backspegeln
# (Dnr 2017/00060)"): the matter's own; 15 tuning golds' titles stand so, in Kungälv's, Kunskapsförbundet Väst's and
# Regionförbundet Örebro's documents, each the gold's case number. (A bracket opening with the number inside a
# sentence still refers to another case: own_case_numbers.)
_OWN_NUMBER_AFTER_TITLE = re.compile(r"\s*\((?=(?i:dnr|diarienummer|diarienr)\b)" + LABELLED.pattern + r"\)\s*$")


# A letterhead's field label with its colon ("Diarienummer:", "Telefon:", "E-post:" in Göteborg's, Uppsala's and
# Upplands-Bro's letterheads): never part of a title.
_FIELD_LABEL_IN_TITLE = re.compile(r"(?<![\wåäö])(?:Datum|Diarienummer|Diarienr|Dnr|Telefon|Tel|Tfn|E-post|Epost"
                                   r"|Utfärdat|Handläggare|Mobil|Fax)\s*:(?=\s|$)", re.IGNORECASE)


# A registry's code left after a title in a run-on letterhead ("... kostverksamhet STK"); never "AB", which ends a
# company's name (31 tuning golds' titles end so, in about 20 organisations: "Årsredovisning 2015 Laxå Vatten AB",
# "Proprieborgen för Herrljunga Vatten AB", "Förvärv av aktier i Inera AB").
_TRAILING_CODE = re.compile(r"\s+(?!AB$)[A-ZÅÄÖ]{2,5}$")


# The paper's kind, page mark and date opening the line its title follows ("Tjänsteskrivelse 2016-03-01 Förvärv
# ...", "TJÄNSTEUTLÅTANDE 1 (3) 5 mars 2019 ..."): letterhead, not title. Kind and date open the head so in
# Karlskoga's, Järfälla's, Härnösand's and Oxelösund's reports and name a paper so in Malmö's lists
# ("Tjänsteskrivelse SN 2015-08-25 Återrapportering ..."); no tuning gold's title opens with a date, and the one
# opening with the kind (Nynäshamn's "Tjänsteskrivelse Nynäshamns kommun sommarjobbssatsning") has no date after it.
# ... and the officer's label and name between them ("Tjänsteskrivelse 1(1) Handläggarens namn Anna Berg 2014-03-18
# Information om ...", Kungälv): the letterhead's fields in their order, no title's words.
_OFFICER_NAME = r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?:\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?){1,2}"
_KIND_AND_DATE_BEFORE_TITLE = re.compile(
    r"^(?:(?:Tjänsteskrivelse|Tjänsteutlåtande|TJÄNSTESKRIVELSE|TJÄNSTEUTLÅTANDE)(?:\s+\d{1,2}\s?\(\d{1,2}\))?\s+)?"
    r"(?:(?:Handläggare|HANDLÄGGARE|Handläggarens namn):?\s+" + _OFFICER_NAME + r"\s+)?"
    r"(?:(?:Datum|DATUM):?\s+)?(?:den\s+)?(?:\d{4}-\d\d-\d\d|\d{1,2}\s+(?:" + "|".join(MONTHS) + r")\s+\d{4})"
    r"\s+(?=[A-ZÅÄÖ][a-zåäö])")


# ... also after the office's name the letterhead sets above them, where the block of lines joined holds it
# ("Göteborgsregionens kommunalförbund" / "Förvaltningen för service" / "Tjänsteskrivelse 2009-02-13 Adjungering ...").
_KIND_AND_DATE_IN_BLOCK = re.compile(
    r"(?<=\s)(?=(?:Tjänsteskrivelse|Tjänsteutlåtande|TJÄNSTESKRIVELSE|TJÄNSTEUTLÅTANDE)\s)")


# A title's line the extraction wrapped goes on in a short line that ends no sentence ("Adjungering till
# förbundsstyrelsen av Ann" / "Lundgren (S), Göteborg"); the text after it is sentences.
_WRAPPED_REST = 40


def _wrapped_title(blocks: list[list[Line]]) -> list[Line]:
    """The first block, with the short one-line block after it where the title wraps into it (the first ends no
    sentence, the one after ends none and is followed by more text; a lone word too: "... arbetsmarknadsråd för" /
    "Göteborgsregionen")."""
    first = blocks[0]
    if len(blocks) > 2 and len(first) == 1 and len(blocks[1]) == 1 \
            and not first[0].stripped.endswith((".", ":", "!", "?")) \
            and len(blocks[1][0].stripped) <= _WRAPPED_REST and not blocks[1][0].stripped.endswith((".", ":")) \
            and not re.fullmatch(r"\d{1,3}", blocks[1][0].stripped):
        # (a number of one to three digits alone is a page's or a copy site's count, "Copied!" / "29", no title's end)
        return [first[0], blocks[1][0]]
    return first


def _title_ending_in_a_body(text: str) -> bool:
    """A short line ending in a body's name whose words before it hold a year ("Nämndsbudget 2015 Servicenämnden",
    "Budget 2020 Kommunstyrelsen"): a title, no body's name; not a row of a letterhead's values ("2018-08-28 SN
    18/0098 Socialnämnden")."""
    return any(re.fullmatch(r"(?:19|20)\d\d", word) for word in text.split()[:-1]) \
        and not find_dates(text) and not CASE_NUMBER.search(text)


def _label_alone(text: str) -> bool:
    """A letterhead's label on a line of its own, no value after it ("Datum", "Diarienummer:", "Vår beteckning")."""
    label = _HEADER_LABEL.match(text)
    return bool(label) and not label.group("rest").strip() or bool(_LABELS_ONLY.fullmatch(text))


def _kind_and_date_then_title(text: str) -> bool:
    """A letterhead's line that runs the paper's kind and date into a short title ("Tjänsteskrivelse 2019-03-01
    Ändringar i reglementen"): the title's line, as the same line with a longer title is; not where a body's name or
    the addressee follows the date ("Tjänsteskrivelse 2019-03-01 Kommunstyrelsens arbetsutskott", "... Till ...")."""
    found = _KIND_AND_DATE_BEFORE_TITLE.match(text)
    if not found or not _DOC_TYPE.match(text):
        return False
    rest = text[found.end():].strip()
    body = body_at_start(rest)
    return len(rest.split()) >= 2 and not (body and not body[1]) and not re.match(r"(?i:till|från)\b", rest) \
        and not _HEADER_LABEL.match(rest)


def _without_kind_and_date(title: str) -> str:
    rest = _KIND_AND_DATE_BEFORE_TITLE.sub("", title, count=1)
    if rest == title:
        inside = next((m.start() for m in _KIND_AND_DATE_IN_BLOCK.finditer(title)
                       if _KIND_AND_DATE_BEFORE_TITLE.match(title[m.start():])), None)
        if inside is not None:
            rest = _KIND_AND_DATE_BEFORE_TITLE.sub("", title[inside:], count=1)
    return rest if len(rest.split()) >= 2 else title


def run_on_title(text: str, *, with_addressee: bool = False, elsewhere: str = ""):
    """The title in a letterhead that extraction ran into one line: what follows its last
    anchor (the addressee, an e-mail address, the document's kind), without a trailing
    case number or a lone registry code ('... kostverksamhet STK')."""
    # The text's first sentence right after the title, no sentence ended before it ("Dnr: Styrelseärende Till
    # Förbundsstyrelsen Förslag till samrådsunderlag ... för GR år 2011 Enligt förbundsordningen ska förbundsstyrelsen
    # bereda medlemskommunerna tillfälle att yttra sig ... år. ..."): the title ends where it opens.
    sentence = _FIRST_PLAIN_SENTENCE.search(text)
    before = text[: sentence.start()].split() if sentence else []
    if sentence and before and not before[-1][:1].isupper() and not _STOP_BEFORE.search(text[: sentence.start()]):
        found = _run_on_title(text[: sentence.start()], with_addressee=with_addressee, elsewhere=elsewhere)
        if (found[0] if with_addressee else found) is not None:
            return found
    return _run_on_title(text, with_addressee=with_addressee, elsewhere=elsewhere)


_ONE_WORD_BEREDNING = re.compile(r"[A-ZÅÄÖ][a-zåäö]{3,}beredningen")
_TO_A_BEREDNING = re.compile(r"\bTill\s+" + _ONE_WORD_BEREDNING.pattern + r"(?![\wåäö])")
_TO_A_MEETING = re.compile(r"\bTill\s+(?P<code>[A-ZÅÄÖ]{2,6})\s+[A-ZÅÄÖ][a-zåäö]+(?:möte|beredning|presidium)"
                           r"(?![\wåäö])")
# A preparing body as a planning list prints it, a name body_at_start does not know: one compound word ending in
# -beredningen ("Borgarrådsberedningen", "Landstingsrådsberedningen"), or a body's code and its meeting's word ("KS
# Fördelningsmöte", "KF Presidium"), as body_run reads them in a run; its date or role may follow.
_PREPARING_STEP = re.compile(r"(?P<body>" + _ONE_WORD_BEREDNING.pattern
                             + r"|(?P<code>[A-ZÅÄÖ]{2,6})\s+[A-ZÅÄÖ][a-zåäö]+(?:möte|beredning|presidium))(?![\wåäö-])")
# A sentence of the text's prose: a capitalised word after one that is not (a name's second word is not a sentence's
# first: run_on_title asks), then six words or more in lower case (or numbers) to its full stop.
_FIRST_PLAIN_SENTENCE = re.compile(r"(?<=[a-zåäö0-9)] )[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö0-9][\wåäö,-]*){6,}[.!?](?=\s|$)")
_STOP_BEFORE = re.compile(r"[.!?](?:\s|$)")


def _run_on_title(text: str, *, with_addressee: bool = False, elsewhere: str = ""):
    # (`elsewhere`: the document's whole text, where it names the letterhead's addressee again)
    # The document's kind is an anchor as a heading word ("Tjänsteskrivelse"), not in a sentence ("har i
    # tjänsteskrivelse 10 april 2016 tagit fram ...").
    spans = [(m.start(), m.end()) for m in _LETTERHEAD_ANCHOR.finditer(text)
             if not (m.group()[:1].islower() and m.group().lower().startswith("tjänste"))]
    spans += [(m.start(), m.end()) for m in _CASE_LABEL_AND_VALUE.finditer(text)]
    # The addressee a letterhead names after "Till" as one compound word ending in -beredningen (Stockholm's
    # "Borgarrådsberedningen", Region Stockholm's "Landstingsrådsberedningen": preparing bodies bodies_in does not know)
    spans += [(m.start(), m.end()) for m in _TO_A_BEREDNING.finditer(text)]
    # ... or as a body's code and its meeting's word ("Till KS Fördelningsmöte", Malmö's), as body_run reads it
    spans += [(m.start(), m.end()) for m in _TO_A_MEETING.finditer(text) if m.group("code").lower() in ABBREVIATIONS]
    # The addressee stands alone between letterhead fields, not inside a phrase ("Mål för Servicenämnden").
    # A job title before it ends the officer's field: "Handläggare: Eva Svensson, utvecklingsledare Barn- ...".
    # (A body named by its code, "Kf" for Kommunfullmäktige, ends where the code ends.)
    addressees = {at + (len(name) if text.startswith(name, at) else len(text[at:].split()[0])): name
                  for at, name in bodies_in(text)
                  if (not re.fullmatch(r"[a-zåäö]+", word := (text[max(0, at - 60):at].split() or [""])[-1])
                      or word.endswith(_TITLE_ENDINGS))
                  # "Dnr KS Dpl 02": a body's code after the label is the registry's, part of the number
                  and (text.startswith(name, at) or word.lower().strip(".:") not in ("dnr", "diarienr"))}
    spans += [(end - len(name), end) for end, name in addressees.items()]
    spans = sorted(set(spans), key=lambda span: span[1])
    limit = len(text)
    for n in range(len(spans) - 1, -1, -1):
        start, anchor = spans[n]
        if anchor > limit:
            continue
        before = text[spans[n - 1][1] if n else 0: start]
        if len(_SENTENCE_END.findall(text[anchor:limit])) >= 2 and _a_title(before):
            # Prose after this anchor, a title before it (a protocol's page: "... Kf Ks Policy och
            # riktlinjer ... antagande Dnr 2016/ Kommunstyrelsens förvaltning har ... ."): the title.
            limit = start
            continue
        title = text[anchor:limit].strip(" ,.:-")
        title = _LEADING_CODES.sub("", title) if len(_LEADING_CODES.sub("", title).split()) >= 2 else title
        # "... Dnr KS Dpl 02": the label and what stands of its number (OCR may split it) end the title.
        if not _OWN_NUMBER_AFTER_TITLE.search(title):  # (a bracketed one is the title's own, taken whole later)
            title = re.sub(r"\s+(?i:dnr|diarienummer|diarienr)\b\.?:?(?:\s*\S+){0,3}$", "", title)
            title = CASE_NUMBER.sub("", title) if CASE_NUMBER.search(title[-20:] or "") else title
        title = _TRAILING_CODE.sub("", title).strip(" ,.:-")
        title = re.sub(r"\s*\((?:KF|KS|KSAU|RF|RS)\)$", "", title)  # "(KF)": the body that decides
        opening = " ".join(title.split()[:3])
        again = title.find(" " + opening, len(opening)) if len(title.split()) > 6 else -1
        if again > 0:
            title = title[:again]  # the summary under the title opens with its words again
        addressee = addressees.get(anchor)
        district = _district_opening(elsewhere or text, title) \
            if addressee and DISTRICT_BODY.fullmatch(addressee) else None
        if district:
            # "Till Stadsdelsnämnden Östra Göteborg Inhyrning ...": the district's name, as the text names the
            # nämnd elsewhere ("stadsdelsnämnden Östra Göteborg föreslås besluta"), is the addressee's, not the title's
            title, addressee = title[len(district):].strip(), f"{addressee} {district}"
        # "... studentlägenheter KSN Kommunfullmäktige": the addressee after the title, with what is left
        # of the case number (its registry code) between.
        trailing = [(at, name) for at, name in bodies_in(title) if at + len(name) >= len(title.rstrip(" .,:"))]
        if trailing and trailing[-1][0] > 0 and len(title[: trailing[-1][0]].split()) >= 3:
            addressee = addressee or trailing[-1][1]
            title = _TRAILING_CODE.sub("", title[: trailing[-1][0]].rstrip()).strip(" ,.:-")
        # "Nr 72. Uppsalahem AB:s förvärv ...": a title is one phrase; a letterhead's series number
        # before it ends with a full stop.
        last = re.split(r"(?<=[a-zåäö0-9)])\.\s+(?=[A-ZÅÄÖ])", title)[-1]
        if last != title and len(last.split()) >= 3 and not re.search(r"\b(?:fr\.o\.m|t\.o\.m|bl\.a)$", title):
            title = last
        labels = list(_FIELD_LABEL_IN_TITLE.finditer(title))
        if labels:
            # "Utfärdat: Diarienummer: N /13 ... Telefon: E-post: Inhyrning och ...": the letterhead's labels,
            # their values lost, ran into the title: what follows the last is the title, or none is told apart.
            title = title[labels[-1].end():].strip(" ,.:-")
            # A label's own value ("Handläggare: Eva Svensson", "Datum: 2019-05-12") is no title either.
            if not title[:1].isupper() or len(title.split()) < 3 or naming.looks_like_person(title):
                return (None, None) if with_addressee else None
        title = _without_kind_and_date(title)
        if len(title.split()) >= 2 and len(title) <= 250 and _WORD.search(title):
            return (title, addressee) if with_addressee else title
    return (None, None) if with_addressee else None


# A district's nämnd named in running text, its district's name closed by a small word or a stop ("stadsdelsnämnden
# Östra Göteborg föreslås", "... till Stadsdelsnämnden Majorna-Linné."): the name as the text writes it.
_DISTRICT_IN_TEXT = re.compile(r"(?i:stadsdels|kommundels|områdes|distrikts)nämnd(?:en)?\s+(?P<name>"
                               + DISTRICT_NAME.pattern + r")(?=\s+[a-zåäö]|\s*[.,;:]|\s*$)")


def _district_opening(text: str, title: str) -> str | None:
    """The district's name opening a run-on title after a district's nämnd, where the text names that nämnd with it
    elsewhere and closes the name there; None where it does not (which words are the title's cannot be told)."""
    names = {m.group("name") for m in _DISTRICT_IN_TEXT.finditer(text)
             if not text.startswith(title, m.start("name"))}  # (not the letterhead's own words before the title)
    opening = [name for name in names if title.startswith(name + " ") and len(title[len(name):].split()) >= 2]
    return max(opening, key=len) if opening else None


def _path_before(text: str, title: str, addressee: str) -> list[str]:
    """The bodies a run-on letterhead names one after another right before its title, the addressee last
    ("Uppdnr Landstingsstyrelsens arbetsutskott Landstingsstyrelsen Landstingsfullmäktige Gemensamt kommunalförbund
    ...", Landstinget Dalarna's beslutsunderlag): the path the report takes to the body it is written for, as a
    report's planning section names its bodies in a row (body_run: Malmö's "Fritidsnämndens Arbetsutskott
    Fritidsnämnden") and a protocol's head its path (Kumla's, Gnosjö's). [] unless two bodies or more stand so and
    nothing else between them."""
    at = text.find(title)
    words = text[:at].split() if at > 0 else []
    for size in range(min(9, len(words)), 1, -1):
        run = body_run(" ".join(words[-size:]))
        if len(run) >= 2 and run[-1] == addressee and len(set(run)) == len(run):
            return run
    return []


# "Omsorgsnämnden beslutade den 27 juni 2002, § 107, att föreslå kommunfullmäktige ...", "Samhällsbyggnadsnämnden
# beslutade den 12 juni 2018 (SBN 86) att föreslå kommunstyrelsen och därefter kommunfullmäktige ...": a body's
# decision on this very matter, its § (or its code and number) named; the bodies it proposes to are the next steps.
_EARLIER_DECISION = re.compile(
    r"(?m:^|(?<=[.!?:]\s))(?P<body>[A-ZÅÄÖ][\wåäö-]+(?: (?:och )?[a-zåäö-]+){0,3}?)"
    r" (?:beslutade|har beslutat|behandlade ärendet|har behandlat ärendet|behandlade|föreslog)"
    r"\s+(?:den\s+)?(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2} [a-zåäö]+ \d{4})"
    # its § written out ("paragraf 7", Fagersta) or its sign lost between commas (", 190,": Kumla, Arboga)
    r"(?:,?\s*§\s*\d{1,4}|\s*\((?:§\s*|[A-ZÅÄÖ]{2,6}\s+)\d{1,4}\)|,\s*paragraf\s+\d{1,4}|,\s*\d{1,4}(?=,))"
    r"(?:,?\s+att\s+föreslå\s+(?P<onward>[a-zåäö -]+?)\s+att\b)?")


# Every _EARLIER_DECISION match holds one of these verbs as it is written there: keep them in step.
_EARLIER_DECISION_VERBS = (" beslutade", " har beslutat", " behandlade", " har behandlat ärendet", " föreslog")


def _may_state_earlier_decisions(text: str) -> bool:
    return any(verb in text for verb in _EARLIER_DECISION_VERBS)


def earlier_decisions(text: str) -> list[tuple[str, str, list[str]]]:
    """Each earlier decision on the matter the text states: (body, ISO date, bodies it proposes to)."""
    found = []
    if not _may_state_earlier_decisions(text):
        return found  # most reports state none: the whole text is not scanned from every line's start
    for match in _EARLIER_DECISION.finditer(text):
        body = body_at_start(match.group("body"))
        dates = find_dates(match.group("date"))
        if not body or body[1] or not dates or not dates[0].iso:
            continue
        onward = []
        for part in _ONWARD_SPLIT.split(match.group("onward") or ""):
            named = body_at_start(part[:1].upper() + part[1:]) if part else None
            if named and not named[1]:
                onward.append(named[0])
        found.append((body[0], dates[0].iso, onward))
    return found


def _a_title(text: str) -> bool:
    """Words that may be a title between two letterhead fields: three words or more, no number,
    no sentence's end, and none of a form's labels."""
    text = _LEADING_CODES.sub("", text.strip(" ,.:-"))
    return (len(text.split()) >= 3 and not _NUMBER_OR_STOP.search(text) and len(_WORD.findall(text)) >= 2
            and not _HEADER_LABEL.match(text) and not _FORM_LABEL.search(text))


_BULLET = re.compile("[" + BULLET_GLYPHS + "]")
# Two sentences or more, the last closed by its full stop, ten words at least: a paragraph, never a title.
_PROSE = re.compile(r"^(?=(?:\S+\s+){9}\S).*\S[.!?]\s+[A-ZÅÄÖ].*[a-zåäö0-9)][.!?]$")
_LINE_BULLET = re.compile(r"^[" + BULLET_GLYPHS + r"–-]\s+")
_BULLET_IN_LINE = re.compile(r"(?<=\S)[ \t]+[" + BULLET_GLYPHS + r"][ \t]+(?=\S)")
# A protocol page's foot: the signers' initials' boxes and the extract's certification.
_PAGE_FOOTER = re.compile(r"\b(?:Ordförandes|Justerandes|Justerares|Sekreterarens)\s+sign\b|\bUtdragsbestyrkande\b",
                          re.IGNORECASE)
_NUMBER_OR_STOP = re.compile(r"\d|[.!?]\s")
_FORM_LABEL = re.compile(r"(?i:sammanträdesdatum|blad|sida)\b")
_ONWARD_SPLIT = re.compile(r"\s+(?:och(?:\s+därefter)?|samt|,)\s+")
# A sentence's end in running text: "... kommun. Då ...".
_SENTENCE_END = re.compile(r"[a-zåäö0-9)]\.\s+[A-ZÅÄÖ]")
# A case number's label and its value, whatever stands of it ("Dnr 12K", "Dnr 215/11", "Dnr 2016/").
_CASE_LABEL_AND_VALUE = re.compile(r"\b(?i:dnr|diarienummer|diarienr)\.?:?\s+\S*\d\S*(?=\s)")
# Bodies' codes before a protocol page's title ("Kf Ks Policy och riktlinjer ..."): the series, no title.
_LEADING_CODES = re.compile(r"^(?:(?:" + "|".join(sorted((re.escape(code) for code in ABBREVIATIONS), key=len,
                                                           reverse=True)) + r")\s+)+", re.IGNORECASE)
# A word of a title: four letters or more, most in lower case (OCR's "KOMMUNSTYR8-SEN" or "~" are none).
_WORD = re.compile(r"[A-ZÅÄÖa-zåäö][a-zåäö]{3,}")


def _columns(lines: list[str]) -> list[str]:
    """A signature set in columns ('Ulf Karlsson      Maja Forsberg' over 'Kommundirektör
    Utredare') -> one name and its title after the other."""
    result: list[str] = []
    index = 0
    while index < len(lines):
        cells = [c for c in re.split(r"\s{3,}|\t+", lines[index].strip()) if c]
        below = [c for c in re.split(r"\s{3,}|\t+", lines[index + 1].strip()) if c] if index + 1 < len(lines) else []
        if len(cells) > 1 and all(naming.looks_like_person(c) for c in cells) and len(below) == len(cells):
            for name, title in zip(cells, below, strict=True):
                result.extend([name, title])
            index += 2
            continue
        words, titles = lines[index].split(), below[0].split() if len(below) == 1 else []
        if len(words) == 4 and len(titles) == 2 and all(_a_job_title(t) for t in titles) \
                and all(naming.looks_like_person(" ".join(pair)) for pair in (words[:2], words[2:])):
            # the columns' spaces lost ("Anna Berg Per Lind" / "Kommundirektör Kanslichef"): four name words over two
            # job titles are two signers of two words each, as _run_on_signers reads four name words
            result.extend([" ".join(words[:2]), titles[0], " ".join(words[2:]), titles[1]])
            index += 2
            continue
        below_words = lines[index + 1].split() if index + 1 < len(lines) else []
        table = names_then_titles(" ".join(words + below_words)) if below_words and len(words) % 2 == 0 and all(
            re.fullmatch(_NAME_WORD, word) and not _a_job_title(word) for word in words) else None
        if table and 2 * len(table) == len(words):
            # ... so three signers or more: the names' row over the titles' row, each name of two words
            for person in table:
                result.extend([person.name, person.title])
            index += 2
            continue
        if len(cells) > 1 and all(naming.looks_like_person(c) for c in cells):
            result.extend(cells)
        else:
            result.append(" ".join(lines[index].split()))
        index += 1
    return result


def names_then_titles(text: str) -> list[Responsible] | None:
    """A signature set as a table of two rows, run into one line by the extraction: the signers' names, then their job
    titles in the same order ("Per-Ove Staberyd Thomas Bjerke Brandchef Handläggare", Nerikes Brandkår); the last
    title may name the unit it heads after a comma ("... Socialchef Avdelningschef, Kvalitets- och verksamhetsstöd",
    as _title_and_its_unit). Only where every name is of two words (a hyphened one is one: where a name of three words
    would end, no reader can tell) and every other title one job title's word; two signers at least (one is a name and
    its title, _signer). None otherwise."""
    words = text.split()
    count = 0
    while 2 * count + 1 < len(words) and all(re.fullmatch(_NAME_WORD, w) and not _a_job_title(w)
                                             for w in words[2 * count: 2 * count + 2]):
        count += 1
    rest = words[2 * count:]
    if count < 2 or len(rest) < count:
        return None
    titles = [*rest[:count - 1], " ".join(rest[count - 1:])]
    if not all(map(_a_job_title, titles[:-1])) or not (
            _a_job_title(titles[-1]) and " " not in titles[-1] or _title_and_its_unit(titles[-1])):
        return None
    names = [" ".join(words[2 * k: 2 * k + 2]) for k in range(count)]
    if not all(naming.looks_like_person(name) and not bodies_in(name) for name in names):
        return None
    return [Responsible(name=name, title=title) for name, title in zip(names, titles, strict=True)]


def _a_job_title(word: str) -> bool:
    """One word that is a job title by its ending ("Kommundirektör", "kanslichef", "Kommunalråd")."""
    return word[:1].isalpha() and word.lower().endswith((*_TITLE_ENDINGS, "råd", "ordförande"))


def _is_title(text: str) -> bool:
    """'Stadsdirektör', 'EU strateg', 'Sektionschef': a short job title, not a name or a body."""
    words = text.split()
    return (
        0 < len(words) <= 3
        and not naming.looks_like_person(text)
        and not naming.body_kind(text)
        and not re.search(r"\d|@", text)
    )


_ORGANISATION_AFTER = re.compile(r"(?i:kommun|stad|region|regionen|landsting|landstinget|kommunalförbund)$")


def _is_title_line(text: str) -> bool:
    """A signer's title on its own line: a short one (_is_title), or a job title and the unit it heads after a comma
    ("Avdelningschef, Kvalitets- och verksamhetsstöd", as Upplands-Bro's signers print it; the gold keeps it whole).
    Not a name, a number or an address after the comma, nor the organisation's name ("Socialchef, Upplands-Bro
    kommun": its title is the job's alone), nor an office's ("Ekonomichef, Kommunledningskontoret": the unit)."""
    return _is_title(text) or _title_and_its_unit(text)


def _title_and_its_unit(text: str) -> bool:
    """'Avdelningschef, Kvalitets- och verksamhetsstöd': a job title by its ending, a comma, the unit it heads (see
    _is_title_line)."""
    head, comma, tail = text.partition(",")
    tail = tail.strip()
    return bool(comma) and _is_title(head) and head.lower().endswith((*_TITLE_ENDINGS, "råd")) \
        and 0 < len(tail.split()) <= 5 and tail[:1].isupper() and not re.search(r"[\d@.:;,]", tail) \
        and not naming.looks_like_person(tail) and not _ORGANISATION_AFTER.search(tail) and not _UNIT.search(tail)


def signature_start(lines: list[Line]) -> int | None:
    """Where a signature block starts in a recipient list: after a blank line, a line that
    is a person's name (no comma), followed only by names, titles and units."""
    for index, line in enumerate(lines):
        if line.stripped or index + 1 >= len(lines):
            continue
        rest = [x.stripped for x in lines[index + 1:] if x.stripped]
        if not rest:
            return None
        first = rest[0]
        starts = naming.looks_like_person(first) or _signed(first) or _signed_under_dateline(first) \
            or (_UNIT.search(first) and len(first.split()) <= 2)
        if starts and all(naming.looks_like_person(x) or _signed(x) or _is_title_line(x) or _UNIT.search(x)
                          or _signed_under_dateline(x) for x in rest):
            return index + 1
    return None


def _table_signature(lines: list[Line]) -> tuple[int, int] | None:
    """Where the signers' table stands in `lines`, after a blank line or a sentence's end, as (start, end): its two
    rows run into one line, or the names' row over the titles' (names_then_titles of them together); None where none
    does."""
    texts = [(index, line.stripped) for index, line in enumerate(lines) if line.stripped]
    for position, (index, text) in enumerate(texts):
        if not index:
            continue
        before = texts[position - 1][1] if position else ""
        if lines[index - 1].stripped and not before.endswith((".", "!", "?")):
            continue
        if names_then_titles(text):
            return index, index + 1
        below = texts[position + 1] if position + 1 < len(texts) else None
        if below is not None and not _a_job_title(text.split()[-1]) \
                and (table := names_then_titles(f"{text} {below[1]}")) and 2 * len(table) == len(text.split()):
            return index, below[0] + 1
    return None


def _signers_block(block: list[str]) -> bool:
    """Lines that are one signature block: a person's name (or a signer's line) first, then names, job titles and
    signers' lines only, a job title among them."""
    return bool(block) and len(block) <= 6 and (naming.looks_like_person(block[0]) or _signed(block[0])) \
        and all(naming.looks_like_person(x) and not bodies_in(x) or _signed(x) or _is_title_line(x) for x in block) \
        and any(_signed(x) or x.split()[-1].lower().endswith((*_TITLE_ENDINGS, "råd", "ordförande")) for x in block)


def _signature_then_more(lines: list[Line]) -> tuple[int, int] | None:
    """Where signature blocks stand in a list's lines between blank lines, another paper's text after them ("Bilagor
    Taxa 2023" / "" / "Per Ek" / "Brandchef" / "" / the attached programme's pages), as (start, end); None where none
    do (blocks closing the list are signature_start's)."""
    def block_at(at: int) -> int:
        end = at
        while end < len(lines) and lines[end].stripped:
            end += 1
        return end

    for index in range(1, len(lines)):
        if lines[index - 1].stripped or not lines[index].stripped or not any(x.stripped for x in lines[:index]):
            continue
        start = end = index
        while end < len(lines) and _signers_block([x.stripped for x in lines[end:block_at(end)]]):
            end = block_at(end)
            following = next((n for n in range(end, len(lines)) if lines[n].stripped), None)
            if following is None:
                return None  # the blocks close the list: signature_start's
            end = following
        if end > start:
            last = max(n for n in range(start, end) if lines[n].stripped)
            return start, last + 1
    return None


_DATELINE_ALONE = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?,?\s+" + _DATELINE_DATE)


def _dateline_then_signers(lines: list[Line]) -> tuple[int, int] | None:
    """Where a dateline alone on its line ("Göteborg den 11 april 2011"), after a line closing a sentence, and the
    signers' lines under it (names, titles, units) stand in `lines`, as (start, end); None where none does."""
    texts = [(index, line.stripped) for index, line in enumerate(lines) if line.stripped]
    for position, (index, text) in enumerate(texts):
        if not _DATELINE_ALONE.fullmatch(text) or not position or not texts[position - 1][1].endswith((".", "!")):
            continue
        below = texts[position + 1:]
        if not below or not naming.looks_like_person(below[0][1]) or bodies_in(below[0][1]):
            continue
        end = position + 1
        while end < len(texts) and (naming.looks_like_person(texts[end][1]) and not bodies_in(texts[end][1])
                                    or _is_title_line(texts[end][1]) and texts[end][1][:1].isupper()):
            end += 1
        return index, texts[end - 1][0] + 1
    return None


def _signed_under_dateline(text: str) -> bool:
    """A line that is a dateline and its signers alone ("Kungälv den 1 mars 2019 Anna Berg /Per Lind"): a signature
    however long its line (three signers run past any name's length)."""
    signed = dateline_signers(text)
    return bool(signed) and signed[0] == 0


def _signed(text: str) -> bool:
    """A signature's name and job title on one line: "Anna Berg / Kanslichef", "Sara Johansson/sekreterare", "Ralf
    Westlund, kommundirektör" (as 13 tuning texts sign so)."""
    parts = re.split(r"\s*[/,]\s*", text, maxsplit=1)
    name, title = (parts[0], parts[1]) if len(parts) == 2 else (text, "")
    # (the title with the unit it heads after a comma too: "Jesper Kyrk / Avdelningschef, Kvalitets- och
    # verksamhetsstöd", as under the name, _is_title_line)
    return bool(title) and naming.looks_like_person(name) and (
        title.lower().endswith((*_TITLE_ENDINGS, "råd", "ordförande")) and _is_title(title)
        or _title_and_its_unit(title))


def trailing_signature(lines: list[Line]) -> int | None:
    """Where a signature block closes a section of prose: after the last sentence's full stop
    (or a blank line), a person's name (perhaps under the unit's), then only names, job titles
    and units to the section's end ("... för samråd." / "Karin Lund" / "Planarkitekt"); None when
    the section ends otherwise."""
    texts = [(index, line.stripped) for index, line in enumerate(lines) if line.stripped]
    start, person = None, False
    for position in range(len(texts) - 1, -1, -1):
        index, text = texts[position]
        if naming.looks_like_person(text) or _signed_under_dateline(text):
            start, person = position, True
        elif _UNIT.search(text) and len(text.split()) <= 3:
            start = position  # the unit over the names ("Kommunledningsförvaltningen" / "Sara Lind")
        elif not (_is_title_line(text) and text[:1].isupper() and not text.endswith((".", ":", ";", ","))):
            break
        elif person and text.split()[-1].lower().endswith((*_TITLE_ENDINGS, "råd", "ordförande")):
            start = position  # the job title over the name ("Kommundirektör" / "Anna Berg"): the block starts there
    if not person or start == 0:
        return None
    index = texts[start][0]
    before = texts[start - 1][1]
    blank = any(not line.stripped for line in lines[texts[start - 1][0] + 1: index])
    return index if blank or before.endswith((".", "!", "?")) else None


_SENTENCE = re.compile(r"[a-zåäö]\.\s+[A-ZÅÄÖ]|[a-zåäö]{3}\.$")


def _starts_a_page(line: Line) -> bool:
    """A page a site gave as one line, or a page opening with the site's page number ("6 Delårsbokslut ...")."""
    return line.page_start or len(line.stripped) > RUN_ON or bool(
        re.match(r"\d{1,3} [A-ZÅÄÖ]|\d{1,3}\s?\(\s?\d{1,3}\s?\)\s", line.stripped))


def _heads_the_prose_below(text: str) -> bool:
    """A short capitalised phrase that names no recipient (body, unit, person, the file): a heading."""
    return (text[:1].isupper() and len(text.split()) <= 6 and not re.search(r"[,;:.()/&]|\d", text)
            and not bodies_in(text) and not _UNIT.search(text) and not naming.looks_like_person(text)
            and not naming.body_kind(text) and text.lower() not in _FILE_RECIPIENTS)


_BULLETED = re.compile(r"^(?:\s+|\s*[" + BULLET_GLYPHS + r"–-]\s*)\S")


def _bulleted_list(lines: list[Line]) -> list[Line]:
    """A list set with bullets (the glyph often lost, its indent kept) ends at the first line
    without one: what follows is the next part of the page ("Ensamkommande gymnasiestuderande"
    over an attached paragraph), not one more item."""
    texts = [line for line in lines if line.stripped]
    if not texts or not _BULLETED.match(texts[0].text):
        return lines
    for index, line in enumerate(lines):
        if line.stripped and not _BULLETED.match(line.text):
            return lines[:index]
    return lines


# A list of recipients ends where the page's signature box begins ("Skickas till: Kommunfullmäktige Akten
# Ordförandes sign. Justerandes sign.", Arboga; "Expedieras till Kommunfullmaklige J u s t ~ re.s sign", Tranås'
# OCR, its letters spaced out), at a form's placeholder ("Beslutet skickas till Xxxxx Justerare", Valdemarsvik),
# a case number or a § (the next matter's margin, Orust), a page's mark ("4(71)", the next page of Eskilstuna's
# protocol; page furniture is never a value), a date written in full (the next page's letterhead, "Den valde Akten" /
# "(3)" / "Socialförvaltningen" / "2020-01-21 SOCN/2019:1 - 001", Katrineholm's attached papers; no gold recipient of
# the 531 tuning documents holds a date): no recipient is named with these, nor with a sign no name holds.
# The page's footer run into the list: its address and contact fields' labels in capitals, the office's unit set in
# capitals right before them ("... För kännedom till: MARK OCH EXPLOATERING ADRESS Stadshuset 442 81 Kungälv TELEFON
# ...", Kungälv; such capitals' labels head the footers in Haninge's, Huddinge's, Nacka's and Samverkansnämnden Miljö
# och Bygg's texts too): no recipient. In ordinary case only where the label has its colon ("Postadress: ...").
_FOOTER_IN_LIST = (r"(?:(?<!\S)(?:[A-ZÅÄÖ]{2,}\s+)*(?:ADRESS|POSTADRESS|BESÖKSADRESS|TELEFON|E-POST|HEMSIDA)(?!\S)"
                   r"|(?<!\S)(?:Postadress|Besöksadress|Telefon|E-post|Hemsida)\s*:)")
_LIST_END = re.compile(r"\s*(?:" + _FOOTER_IN_LIST
                       + r"|\b(?:Justerandes?|Justerare|Ordförandes|Sekreterarens|Utdragsbestyrkande)\b|\bsign\b"
                       r"|\b(?:[Ss]ida\s+)?\d{1,3}\s?\(\d{1,3}\)|\b(?:19|20)\d\d-[01]\d-[0-3]\d\b"
                       r"|\b[Xx]{3,}\b|§|[~\\\"“”<>|^_=]|(?<!\S)\w(?:\s+\w){2,}(?!\S))")


def _listed(lines: list[Line]) -> list[Line]:
    """A recipients list's lines up to where the list ends (_LIST_END)."""
    kept: list[Line] = []
    for line in lines:
        text = line.stripped
        ends = [m.start() for m in (_LIST_END.search(text), CASE_NUMBER.search(text)) if m]
        if ends:
            text = text[:min(ends)].strip(" ,.")
            if text:
                kept.append(Line(line.number, text))
            break
        kept.append(line)
    return kept


# Why a recipient gets the decision, after its name: "De valda, för kännedom De entlediga, för kännedom Löneservice,
# för åtgärd" (Eskilstuna's list; "för kännedom" qualifies receivers in Gnosjö's, Haparanda's and Hultsfred's papers
# too): no part of a name, and where the list's line breaks were lost it stands between two names.
# (Not inside a name: "Enheten för information och kommunikation" goes on in lower case.)
# (A second list's label inside the first's text, "Expedieras till: Anna Berg För kännedom till: Socialnämnden", is a
# label too, no recipient's name.)
_PURPOSE = re.compile(r",?\s*\bför (?:kännedom|åtgärd|verkställighet|yttrande|information)\b[.,;]?\s*(?=$|[A-ZÅÄÖ])"
                      r"|,?\s*(?<![\wåäö])(?:För|för) (?:kännedom|åtgärd|verkställighet|information) till\s*:\s*")


def recipients_of(lines: list[Line], notes: Warnings) -> list[Recipient]:
    """The recipients a list names, each once; one named again is a warning."""
    result: list[Recipient] = []
    seen = set()
    # A bullet before a list's point is layout, not text (the golds' convention for a proposal's points, read so
    # there; "•" sets lists one point a line in 15 tuning plans' organisations and in kallelser's lists).
    lines = [Line(line.number, _LINE_BULLET.sub("", line.stripped)) if _LINE_BULLET.match(line.stripped) else line
             for line in lines]
    listed = [(number, piece) for number, item in join_items(_listed(lines))
              for piece in _PURPOSE.split(item) if piece.strip(" ,.;")]
    for number, item in listed:
        for name, title in split_recipients(item):
            if (name, title) in seen:
                notes.add(number, "recipients", f"{name!r} står två gånger; togs med en gång")
                continue
            seen.add((name, title))
            result.append(Recipient(name=name, title=title, kind=naming.addressee_kind(name, title)))
    return result


def split_recipients(item: str) -> list[tuple[str, str | None]]:
    """One list line -> recipients. 'A, B, titel, Förnamn Efternamn' on one line is
    several; 'EU strateg, Daniel Stendahl' is one person with a title; a piece in lower
    case continues the one before ('Stadskontoret-, avdelningen för ...')."""
    pieces = [p.strip() for p in re.split(r"\s*[;,]\s*", item) if p.strip()]
    if len(pieces) <= 1:
        return _name_run(item) or [_title_then_name(item) or naming.split_title_and_name(item)]
    result: list[tuple[str, str | None]] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        nxt = pieces[index + 1] if index + 1 < len(pieces) else None
        titled = _title_then_name(piece)
        if titled:  # "Kommundirektör Per Olsson": a titled person of their own
            result.append(titled)
            index += 1
            continue
        if (
            nxt is not None and naming.looks_like_person(nxt) and not naming.looks_like_person(piece)
            and naming.addressee_kind(piece) != "company" and len(piece.split()) <= 3
            and not naming.body_kind(piece) and not _title_then_name(nxt)
        ):
            result.append((nxt, piece))
            index += 2
            continue
        # (only after a name in capitals: "akten, ks pres., socialnämnden" is a list written in lower case)
        if piece[:1].islower() and result and result[-1][1] is None and result[-1][0][:1].isupper():
            result[-1] = (result[-1][0] + ", " + piece, None)
        else:
            result.append((piece, None))
        index += 1
    return result


# The case file, a list's usual last recipient: "Kommunfullmäktige Akten" (Arboga, Fagersta), "akten" (Höganäs),
# "Akt" (Sollentuna).
_FILE_RECIPIENTS = {"akten", "akt", "diariet"}


def _name_run(item: str) -> list[tuple[str, None]]:
    """'Kommunfullmäktige Akten': bodies and the file named one after the other without commas, each a
    recipient; [] unless every word belongs to one of them and there are two or more."""
    names: list[tuple[str, None]] = []
    words: list[str] = []
    for word in [*item.split(), ""]:
        # (a unit named in one capitalised word stands apart as the file does: "Kommunstyrelsen Ekonomienheten")
        unit = word[:1].isupper() and naming.UNIT_WORD.search(word) and not naming.body_kind(word)
        if word and word.lower() not in _FILE_RECIPIENTS and not unit:
            words.append(word)
            continue
        bodies = body_run(" ".join(words)) if words else []
        if words and not bodies:
            if not names and word.lower() in _FILE_RECIPIENTS and word[:1].isupper() and item.split()[-1] == word:
                # "Den valde Akten": the file, last, is a recipient of its own (7 organisations' golds name it
                # alone, never inside a longer name); the words before it are the other
                return [(" ".join(words), None), (word, None)]
            return []
        names += [(body, None) for body in bodies]
        words = []
        if word:
            names.append((word, None))
    return names if len(names) >= 2 else []


def _title_then_name(item: str) -> tuple[str, str] | None:
    """'Näringslivsutvecklare Tomas Larsson': a job title (by its ending), then a person's name."""
    title, _, name = item.strip().partition(" ")
    if title.lower().endswith(_TITLE_ENDINGS) and naming.looks_like_person(name) and len(name.split()) <= 3:
        return name, title
    return None


def body_run(text: str) -> list[str]:
    """Body names standing one after the other and nothing else, each as long as it can be
    ('Fritidsnämndens Arbetsutskott Fritidsnämnden' -> two bodies); [] for anything else."""
    words, index, bodies = text.split(), 0, []
    while index < len(words):
        code = ABBREVIATIONS.get(words[index].lower()) if words[index].isupper() else None
        following = words[index + 1] if index + 1 < len(words) else ""
        if code and following.lower() == "arbetsutskott" and code.lower().endswith(("styrelsen", "nämnden")):
            bodies.append(f"{code[:1].upper()}{code[1:]}s arbetsutskott")  # "KS Arbetsutskott"
            index += 2
            continue
        if code and re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]+(?:möte|beredning|presidium)", following):
            bodies.append(f"{words[index]} {following}")  # "KS Fördelningsmöte": a step as printed
            index += 2
            continue
        if _ONE_WORD_BEREDNING.fullmatch(words[index]):
            # a preparing body named in one word ("Borgarrådsberedningen", "Landstingsrådsberedningen"), as a
            # proposal's lead names it (common._whole_body): a step of the run
            bodies.append(words[index])
            index += 1
            continue
        for size in range(min(4, len(words) - index), 0, -1):
            candidate = " ".join(words[index:index + size])
            leading = words[index:index + size - 1]
            if (naming.body_kind(candidate) and candidate[:1].isupper()
                    and all(w.endswith(("-", "s", "a")) or w == "och" for w in leading)):
                bodies.append(candidate)
                index += size
                break
        else:
            return []
    return bodies


def mark_deciding(steps: list[PlanningStep], explicit: list[str | None]) -> None:
    """The step the text says decides; else the last step that neither only takes
    note nor only gives an opinion."""
    deciding = [i for i, role in enumerate(explicit) if role == "beslutar"]
    if not deciding:
        candidates = [i for i, role in enumerate(explicit) if role not in ("för kännedom", "yttrar sig")]
        deciding = candidates[-1:]
    for i in deciding[-1:]:
        steps[i].role, steps[i].decides = "beslutar", True


# (Searched in a paragraph's last characters only: searching all of it for each line was quadratic in a long one.)
_DECIDE_AT_END, _DECIDE_REACH = re.compile(r"\bbesluta(?:r)?:?$"), len("beslutar:\n") + 1


def _unknown_heading_after(items: list[str]) -> int | None:
    """Where a heading the reader does not know ends a proposal's lines: after a line that ends its sentence, a
    short capitalised line without a stop of its own ("Skäl för beslut", "Motivering", "Beslutsmotivering",
    "Förslagets konsekvenser") over a line of prose; a sentence's continuation, a point, an att-clause or a
    body named alone (the addressee of the points below it) is none. None where no such line stands."""
    for at in range(1, len(items) - 1):
        line, before, after = items[at], items[at - 1], items[at + 1]
        words = line.split()
        if (before.rstrip().endswith((".", "!", "?")) and 1 <= len(words) <= 5 and len(line) <= 50
                and line[:1].isupper() and not line.rstrip().endswith((".", ",", ":", ";", "!", "?"))
                and not _NUMBERED.match(line) and not re.search(r"\d", line) and not body_at_start(line)
                and not proposal_lead(line) and len(after.split()) >= 4 and after[:1].isupper()
                and not _NUMBERED.match(after) and not _PROPOSAL_LEAD.match(after.lower())
                and not body_at_start(after)):
            return at
    return None


def _join_proposal(items: list[str]) -> str:
    """Proposal lines -> one text, numbered points each on a line of its own."""
    paragraphs: list[str] = []
    for item in items:
        if not paragraphs or _NUMBERED.match(item) \
                or _DECIDE_AT_END.search(paragraphs[-1], max(0, len(paragraphs[-1]) - _DECIDE_REACH)):
            paragraphs.append(item)
        else:
            paragraphs[-1] += " " + item
    return "\n".join(paragraphs)


# "Kommunstyrelsens förslag till kommunfullmäktige": whose proposal the heading says it is.
_PROPOSER_HEADING = re.compile(r"(?P<proposer>[A-ZÅÄÖ][a-zåäö-]+s) förslag till (?:beslut i )?"
                               r"[a-zåäö -]*(?:fullmäktige|styrelsen|nämnden|utskottet)", re.IGNORECASE)


def own_proposal_decision(document: Document, body: str) -> str | None:
    """A protocol's page of one matter, read as a report: what its own meeting's body proposes to
    the next ("Kommunstyrelsens förslag till kommunfullmäktige 1. ..." in Kommunstyrelsen's protocol)
    is that meeting's decision, heading and text as written (the corpus' gold: Katrineholm, Arboga,
    Huddinge, Fagersta); under the body's own decision heading ("Hjälpmedelsnämndens beslut" in that
    nämnd's extract), the text alone (the heading left out, as a protocol's § gives its decision). None
    where no such heading stands, or its text runs into the text's end or past the §'s signatures."""
    parser = TjansteskrivelseParser(document)
    try:
        parser.parse()
    except ImportFailed:
        return None
    for section in parser.sections:
        match = _PROPOSER_HEADING.fullmatch(section.written) if section.key == "proposal_to" else None
        own = section.key == "proposal_to" and _is_own_decision_heading(section.written, body)
        if not own and (not match or not same_body(naming.nominative(match.group("proposer")), body)):
            continue
        text = section.text()
        # The §'s close (its signatures, "Paragrafens slut") after the decision: the page ended the § there, the
        # text before it is the decision whole if its sentence ends.
        close = _PARAGRAPH_CLOSE.search(text)
        if close:
            text = text[: close.start()].rstrip(" -–")
        if not text or not close and parser._runs_into_the_end(section) \
                or not text.endswith((".", "!", "?", ")", '"', "”")):
            return None  # never invent: a decision the excerpt cuts off is not stated whole
        return text if own else f"{section.written} {text}"
    return None


# A protocol's decision heading: the meeting's body in the genitive, "beslut" ("Kommunstyrelsens beslut": Lysekil,
# Tjörn, Ljusnarsberg, Vindeln; "Hjälpmedelsnämndens beslut", Västmanland's gemensamma hjälpmedelsnämnd).
_DECISION_HEADING = re.compile(r"(?P<body>[A-ZÅÄÖ][\wåäö-]+s(?: [a-zåäö-]+s)?) beslut", re.IGNORECASE)
# Where a § closes: its signatures and certification ("Vid protokollet", "Justerandes sign", "Utdragsbestyrkande"),
# or a protocol's own mark for it ("Paragrafens slut", Västmanland's Gemensam
# Hjälpmedelsnämnd), with the rule of dashes set before it.
_PARAGRAPH_CLOSE = re.compile(r"(?:\s*-{3,})*\s*\b(?:paragrafens slut|vid protokollet|justerandes sign"
                              r"|utdragsbestyrkande|justerat \d)", re.IGNORECASE)


def _is_own_decision_heading(heading: str, body: str) -> bool:
    """'Hjälpmedelsnämndens beslut' over a § of Hjälpmedelsnämnden's own protocol: its decision."""
    match = _DECISION_HEADING.fullmatch(heading)
    return bool(match) and same_body(naming.nominative(match.group("body")), body)


def not_own_decision(document: Document, body: str, proposals: list[Proposal]) -> list[Proposal]:
    """The proposals of a protocol's page of one matter without those the report reader took from under
    the meeting's own decision heading ("Hjälpmedelsnämndens beslut 1. Delår 1 ... godkänns" in that nämnd's
    extract): what the meeting decided is no proposal put to it."""
    if not any(same_body(proposal.to, body) for proposal in proposals):
        return proposals
    parser = TjansteskrivelseParser(document)
    try:
        parser.parse()
    except ImportFailed:
        return proposals
    decided = [" ".join(section.text().split())[:60] for section in parser.sections
               if section.key == "proposal_to" and _is_own_decision_heading(section.written, body) and section.text()]
    return [proposal for proposal in proposals
            if not (same_body(proposal.to, body)
                    and any(" ".join(proposal.text.split())[:60] == start for start in decided))]


def parse_tjansteskrivelse(document: Document, *, by_its_case_number: bool = False, a_paper: bool = False) -> Matter:
    """`by_its_case_number`: a report that names neither its kind nor the headings of one is
    still read when its letterhead states its own case number (the last reading tried); `a_paper`:
    one paper of a bundle, its letterhead found by the caller, read whatever headings it has."""
    return TjansteskrivelseParser(document, by_its_case_number=by_its_case_number, a_paper=a_paper).parse()

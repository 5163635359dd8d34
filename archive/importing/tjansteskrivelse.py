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
from archive.importing.text import Document, Line, drop_pdf_outline, drop_url_lines
from archive.model import BasisDocument, Matter, PlanningStep, Proposal, Recipient, Responsible

# Heading (lower case, no trailing colon) -> section key. Regexes are tried in order.
HEADINGS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"sammanfattning"), "summary"),
    (re.compile(r"förslag till beslut"), "proposal"),
    (re.compile(r"förslag till (?P<body>[a-zåäö ]+?s) beslut"), "proposal_to"),
    (re.compile(r"beslutsunderlag"), "basis"),
    (re.compile(r"beslutsplanering"), "planning"),
    (re.compile(r"(beslutet|beslut) (skickas|expedieras) till"), "recipients"),
    (re.compile(r"expedieras till"), "recipients"),
    (re.compile(r"ärendet|ärende|ärendebeskrivning|beskrivning av ärendet"), "matter"),
    (re.compile(r"bakgrund"), "background"),
    (re.compile(r"([a-zåäö]+s? )?bedömning"), "assessment"),
    (re.compile(r"ansvariga|ansvarig|handläggare"), "responsible"),
    (
        re.compile(
            r"juridiska konsekvenser|ekonomiska konsekvenser|kommunala mål|jämställdhet|samråd"
            r"|konsekvenser|barnperspektiv|miljöperspektiv"
        ),
        "other",
    ),
]
# Sections that make a text recognisable as a tjänsteskrivelse.
DEFINING_SECTIONS = {"proposal", "proposal_to", "basis", "planning", "recipients"}

_NUMBERED = re.compile(r"^\d+\.\s")
_ISO_DATE = r"\d{4}-\d{2}-\d{2}"
_STEP = re.compile(
    r"^(?P<body>[A-ZÅÄÖ][\wåäöÅÄÖ ,.-]*?)"
    r"(?:\s+(?P<date>" + _ISO_DATE + r"|\d{6}|\d{8}|\d{1,2}\s+[a-zåäö]+\.?\s+\d{4}))?$"
)
_CASE_NUMBER = re.compile(
    r"\b(?:dnr|diarienummer|diarienr|ärendenummer)\.?:?\s*(?P<number>[A-ZÅÄÖ]{1,6}[ -]?\d{2,4}[/.-]\d{1,6})",
    re.IGNORECASE,
)
_MUNICIPALITY = re.compile(r"\b(?P<name>[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?) (?P<what>kommun|stad)")
_RAISED = re.compile(
    r"\b(?:i|den)\s+(?P<date>(?:\d{1,2}\s+)?(?:" + "|".join(MONTHS) + r")\s+\d{4})"
    r"\s+(?:inkom|väckte|lämnade|väcktes)\s+(?P<who>.+?)\s+(?:en\s+|med\s+|in\s+)*"
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

    def items(self) -> list[Line]:
        return [line for line in self.lines if line.stripped]

    def text(self) -> str:
        return " ".join(line.stripped for line in self.items())


def _heading_key(line: Line) -> tuple[str, re.Match] | None:
    text = line.stripped.rstrip(":").strip()
    if not text or len(text) > 60:
        return None
    lowered = text.lower()
    for pattern, key in HEADINGS:
        match = pattern.fullmatch(lowered)
        if match:
            return key, match
    return None


def split_sections(lines: list[Line]) -> tuple[list[Line], list[Section]]:
    """The lines before the first heading, and the sections in document order."""
    preamble: list[Line] = []
    sections: list[Section] = []
    for line in lines:
        found = _heading_key(line)
        if found:
            key, match = found
            section = Section(key, line.stripped.rstrip(":").strip(), line.number)
            if key == "proposal_to":
                section.heading = naming.nominative(match.group("body"))
            sections.append(section)
        elif sections:
            sections[-1].lines.append(line)
        else:
            preamble.append(line)
    return preamble, sections


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


class TjansteskrivelseParser:
    """Parses one document; `warnings` collects what the text left open."""

    def __init__(self, document: Document):
        self.document = document
        self.warnings: list[str] = []

    def warn(self, line: int | None, field_name: str, message: str) -> None:
        where = f"rad {line}, " if line else ""
        self.warnings.append(f"{where}{field_name}: {message}")

    def fail(self, message: str, *, line: int | None = None, field_name: str | None = None):
        raise ImportFailed(message, file=str(self.document.path), line=line, field=field_name)

    def parse(self) -> Matter:
        lines = drop_url_lines(drop_pdf_outline(self.document.lines))
        preamble, sections = split_sections(lines)
        self.sections = sections
        if not {s.key for s in sections} & DEFINING_SECTIONS:
            self.fail(
                "ingen tjänsteskrivelse: hittade ingen av rubrikerna Förslag till beslut, "
                "Beslutsunderlag, Beslutsplanering, Beslutet skickas till",
                field_name="rubriker",
            )
        full_text = " ".join(line.stripped for line in lines if line.stripped)
        basis = self.basis()
        title = self.title(preamble, basis)
        proposals = self.proposals()
        matter = Matter(
            title=title,
            kind=self.kind(title, full_text),
            case_number=self.case_number(preamble, sections),
            municipality=self.municipality(full_text),
            summary=self.summary(),
            source_file=self.document.name,
            source_checksum=self.document.checksum,
            planning=self.planning(),
            proposals=proposals,
            basis=basis,
            recipients=self.recipients(),
            responsible=self.responsible(lines),
        )
        self.raised(matter)
        matter.warnings = self.warnings
        return matter

    # ------------------------------------------------------------ parts

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def title(self, preamble: list[Line], basis: list[BasisDocument]) -> str:
        lines = [line.stripped for line in preamble if line.stripped]
        if lines and len(lines) <= 4:
            return " ".join(lines)
        for document in basis:
            match = _TITLE_FROM_BASIS.match(document.title)
            if match:
                return match.group("title")
        self.fail("ingen titel: varken före första rubriken eller i beslutsunderlaget", field_name="title")

    def kind(self, title: str, text: str) -> str:
        lowered = title.lower()
        for kind in MATTER_KINDS:
            if lowered.startswith(kind):
                return kind
        return "ärende"

    def case_number(self, preamble: list[Line], sections: list[Section]) -> str | None:
        # Only a number the document labels as its own (Dnr, Diarienummer). A number
        # mentioned in the text (an earlier policy's, a related case's) is not this one.
        head = preamble + (sections[0].lines[:3] if sections else [])
        for line in head:
            match = _CASE_NUMBER.search(line.stripped)
            if match:
                return match.group("number")
        return None

    def municipality(self, text: str) -> str:
        names = Counter()
        for match in _MUNICIPALITY.finditer(text):
            name = match.group("name")
            if match.group("what") == "kommun" and name.endswith("s") and len(name) > 4:
                name = name[:-1]  # genitive: "Linköpings kommun"
            names[name] += 1
        return names.most_common(1)[0][0] if names else ""

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
        for section in self.sections:
            if section.key not in ("proposal", "proposal_to"):
                continue
            items = [line.stripped for line in section.items()]
            if not items:
                self.warn(section.line, "proposals", f"rubriken {section.heading!r} saknar förslag")
                continue
            to = section.heading if section.key == "proposal_to" else None
            if to is None:
                # "Kommunstyrelsen föreslår kommunfullmäktige besluta": the decision is the
                # first body's to take.
                lead = re.match(r"^(?P<body>[A-ZÅÄÖ][a-zåäö]+)\s+föreslår\b", items[0])
                if lead and naming.body_kind(lead.group("body")):
                    to = lead.group("body")
                else:
                    self.warn(section.line, "proposals.to", "förslaget anger inte vilket organ det gäller")
            proposals.append(Proposal(to=to, text=_join_proposal(items)))
        return proposals

    def basis(self) -> list[BasisDocument]:
        section = self.section("basis")
        if not section:
            return []
        documents = []
        for number, item in join_items(section.lines):
            title, date = item, None
            trailing = re.search(r",?\s*(" + _ISO_DATE + r")$", item)
            if trailing:
                title, date = item[: trailing.start()].rstrip(" ,"), trailing.group(1)
            else:
                compact = re.search(r"\b(\d{6}|\d{8})\b", item)
                if compact:
                    try:
                        date = parse_partial(compact.group(1)).iso()
                    except InvalidDate:
                        self.warn(number, "basis.date", f"{compact.group(1)!r} är inget datum")
            documents.append(BasisDocument(title=title, date=date))
        return documents

    def planning(self) -> list[PlanningStep]:
        section = self.section("planning")
        steps: list[PlanningStep] = []
        if section:
            for line in section.items():
                match = _STEP.match(line.stripped)
                if not match or not naming.body_kind(match.group("body")):
                    self.warn(line.number, "planning", f"okänt steg {line.stripped!r}")
                    continue
                date = None
                if match.group("date"):
                    try:
                        date = parse_partial(match.group("date")).iso()
                    except InvalidDate as error:
                        self.warn(line.number, "planning.date", str(error))
                steps.append(PlanningStep(body=match.group("body").strip(), date=date))
        else:
            # No planning section: the chain is the order of the "Förslag till X beslut"
            # headings; their dates are not stated.
            for s in self.sections:
                if s.key == "proposal_to" and naming.body_kind(s.heading):
                    steps.append(PlanningStep(body=s.heading))
        if steps:
            steps[-1].role, steps[-1].decides = "beslutar", True
        return steps

    def recipients(self) -> list[Recipient]:
        section = self.section("recipients")
        if not section:
            return []
        recipients = []
        seen = set()
        for number, item in join_items(section.lines):
            name, title = naming.split_title_and_name(item)
            if (name, title) in seen:
                self.warn(number, "recipients", f"{item!r} står två gånger; togs med en gång")
                continue
            seen.add((name, title))
            recipients.append(Recipient(name=name, title=title, kind=naming.addressee_kind(name, title)))
        if not recipients:
            self.warn(section.line, "recipients", "rubriken Beslutet skickas till saknar mottagare")
        return recipients

    def responsible(self, lines: list[Line]) -> list[Responsible]:
        section = self.section("responsible")
        if section:
            people = []
            for line in section.items():
                parts = re.split(r"\s{2,}|\t|,\s*", line.text.strip(), maxsplit=1)
                if len(parts) == 2 and naming.looks_like_person(parts[0]):
                    people.append(Responsible(name=parts[0].strip(), title=parts[1].strip() or None))
                elif naming.looks_like_person(line.stripped):
                    people.append(Responsible(name=line.stripped))
                else:
                    self.warn(line.number, "responsible", f"kan inte skilja namn och titel i {line.stripped!r}")
            return people
        return self.signature(lines)

    def signature(self, lines: list[Line]) -> list[Responsible]:
        """The signature block: unit and name on their own lines after the last
        paragraph, before 'Beslutet skickas till' (or the end)."""
        recipients = self.section("recipients")
        end = next((i for i, line in enumerate(lines) if recipients and line.number == recipients.line), len(lines))
        block: list[str] = []
        for line in reversed(lines[:end]):
            text = line.stripped
            if not text:
                continue
            if text.endswith((".", ":", ";")) or len(text) > 60 or _heading_key(line):
                break
            block.insert(0, text)
            if len(block) == 4:
                break
        unit = next((text for text in block if _UNIT.search(text)), None)
        return [
            Responsible(name=text, unit=unit)
            for text in block
            if text != unit and naming.looks_like_person(text)
        ]


def _join_proposal(items: list[str]) -> str:
    """Proposal lines -> one text, numbered points each on a line of its own."""
    paragraphs: list[str] = []
    for item in items:
        if not paragraphs or _NUMBERED.match(item) or re.search(r"\bbesluta:?$", paragraphs[-1]):
            paragraphs.append(item)
        else:
            paragraphs[-1] += " " + item
    return "\n".join(paragraphs)


def parse_tjansteskrivelse(document: Document) -> Matter:
    return TjansteskrivelseParser(document).parse()

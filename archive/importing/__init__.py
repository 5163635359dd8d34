"""Import of municipal documents: file -> parser -> ParsedDocument -> the archive.

Four kinds of document: a tjänsteskrivelse (one matter), a kallelse with its
föredragningslista, a protocol or protocol extract (a meeting and its matters), and a
sammanträdesplan (bodies' meetings for a year, stored as their meeting plans).
Storing lives in archive.importing.store: one transaction per file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from archive.errors import ImportFailed
from archive.importing.meetingdocs import detect, parse_meeting_document
from archive.importing.meetingplan import is_meeting_plan, parse_meeting_plan
from archive.importing.result import ParsedDocument, ParsedItem, ParsedMeeting
from archive.importing.store import ALREADY_IMPORTED, FileResult, import_document, import_files
from archive.importing.text import read_document
from archive.importing.tjansteskrivelse import parse_tjansteskrivelse

__all__ = [
    "ALREADY_IMPORTED", "FileResult", "ParsedDocument", "ParsedItem", "ParsedMeeting",
    "import_document", "import_files", "parse_document", "parse_files",
]


def parse_document(path: Path, *, year: int | None = None, today: dt.date | None = None) -> ParsedDocument:
    """Parse one file of any supported kind; ImportFailed names the file (and line, field).
    `year`: the year of a meeting plan that does not state it (`import --year`); `today`
    (default: the clock, when a command runs) bounds the recent years a plan's weekdays may tell."""
    document = read_document(Path(path))
    if is_meeting_plan(document):
        return parse_meeting_plan(document, year=year, today=today or dt.date.today())
    kind = detect(document)
    if kind:
        try:
            parsed = parse_meeting_document(document, kind)
        except ImportFailed as meeting_error:
            # Perhaps a tjänsteskrivelse about a kallelse or a protocol: try it as one.
            try:
                matter = parse_tjansteskrivelse(document)
            except ImportFailed:
                raise meeting_error from None
        else:
            if not _incomplete(parsed):
                return parsed
            # A meeting document read only in part (no body, or a kallelse without items) may
            # be a tjänsteskrivelse about one: that reading wins when it finds a title.
            try:
                matter = parse_tjansteskrivelse(document)
            except ImportFailed:
                return parsed
            if not matter.title:
                return parsed
    else:
        matter = parse_tjansteskrivelse(document)
    return ParsedDocument(
        name=document.name, checksum=document.checksum, kind="tjänsteskrivelse",
        items=[ParsedItem(matter=matter)],
    )


def _incomplete(parsed: ParsedDocument) -> bool:
    """A meeting document whose body was not found, or a kallelse without items."""
    return parsed.meeting is None or not parsed.meeting.body or (parsed.kind == "kallelse" and not parsed.items)


def parse_files(paths: list[Path], *, year: int | None = None, today: dt.date | None = None) -> list[ParsedDocument]:
    """Parse every file before anything is written: one bad file stops the run early."""
    return [parse_document(path, year=year, today=today) for path in paths]

"""Import of municipal documents: file -> parser -> ParsedDocument -> the archive.

Three kinds of document: a tjänsteskrivelse (one matter), a kallelse with its
föredragningslista and a protocol or protocol extract (a meeting and its matters).
Storing lives in archive.importing.store: one transaction per file.
"""

from __future__ import annotations

from pathlib import Path

from archive.errors import ImportFailed
from archive.importing.meetingdocs import detect, parse_meeting_document
from archive.importing.result import ParsedDocument, ParsedItem, ParsedMeeting
from archive.importing.store import ALREADY_IMPORTED, FileResult, import_document, import_files
from archive.importing.text import read_document
from archive.importing.tjansteskrivelse import parse_tjansteskrivelse

__all__ = [
    "ALREADY_IMPORTED", "FileResult", "ParsedDocument", "ParsedItem", "ParsedMeeting",
    "import_document", "import_files", "parse_document", "parse_files",
]


def parse_document(path: Path) -> ParsedDocument:
    """Parse one file of any supported kind; ImportFailed names the file (and line, field)."""
    document = read_document(Path(path))
    kind = detect(document)
    if kind:
        try:
            return parse_meeting_document(document, kind)
        except ImportFailed as meeting_error:
            # Perhaps a tjänsteskrivelse about a kallelse or a protocol: try it as one.
            try:
                matter = parse_tjansteskrivelse(document)
            except ImportFailed:
                raise meeting_error from None
    else:
        matter = parse_tjansteskrivelse(document)
    return ParsedDocument(
        name=document.name, checksum=document.checksum, kind="tjänsteskrivelse",
        items=[ParsedItem(matter=matter)],
    )


def parse_files(paths: list[Path]) -> list[ParsedDocument]:
    """Parse every file before anything is written: one bad file stops the run early."""
    return [parse_document(path) for path in paths]

"""Reading a document's text and cleaning the artefacts of PDF extraction,
before any parser looks at it. Every line keeps its number in the file, so
errors and warnings can name it."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from archive.errors import ImportFailed

MAX_BYTES = 20 * 1024 * 1024  # a tjänsteskrivelse is a few pages; 20 MB of text is not one
_URL_LINE = re.compile(r"^\s*(https?://|www\.)\S*\s*$")


@dataclass
class Line:
    number: int  # 1-based line number in the file
    text: str  # trailing white space removed; leading tabs kept (outline detection)

    @property
    def stripped(self) -> str:
        return " ".join(self.text.split())


@dataclass
class Document:
    path: Path
    checksum: str
    lines: list[Line]

    @property
    def name(self) -> str:
        return self.path.name


def read_document(path: Path) -> Document:
    """Read a text file; refuse what is empty, binary or too large, naming the file."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ImportFailed(f"kan inte läsa filen: {error.strerror}", file=str(path)) from None
    if size > MAX_BYTES:
        raise ImportFailed(
            f"filen är {size // (1024 * 1024)} MB; en tjänsteskrivelse som text är högst "
            f"{MAX_BYTES // (1024 * 1024)} MB",
            file=str(path),
        )
    raw = path.read_bytes()
    if not raw.strip():
        raise ImportFailed("filen är tom", file=str(path))
    if b"\x00" in raw[:8192] or raw.startswith(b"%PDF"):
        kind = "en PDF" if raw.startswith(b"%PDF") else "binär"
        raise ImportFailed(f"filen är {kind}, inte text", file=str(path))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > len(text) / 100:
        raise ImportFailed("filen är binär, inte text", file=str(path))
    lines = [
        Line(n, line.replace("\xa0", " ").replace("\f", "").rstrip())
        for n, line in enumerate(text.splitlines(), 1)
    ]
    return Document(path=path, checksum=hashlib.sha256(raw).hexdigest(), lines=lines)


def drop_pdf_outline(lines: list[Line]) -> list[Line]:
    """Remove the PDF bookmarks some extractors append: a trailing block of
    tab-indented lines that repeat the document's own headings and paragraphs."""
    end = len(lines)
    start = end
    while start > 0 and (not lines[start - 1].text.strip() or lines[start - 1].text.startswith("\t")):
        start -= 1
    block = [line for line in lines[start:end] if line.text.strip()]
    if len(block) < 3:
        return lines
    body = " ".join(line.stripped for line in lines[:start])
    repeated = sum(1 for line in block if line.stripped in body)
    if repeated * 2 >= len(block):
        return lines[:start]
    return lines


def drop_url_lines(lines: list[Line]) -> list[Line]:
    """Footnote links stand alone on their lines; they are not part of any section."""
    return [line for line in lines if not _URL_LINE.match(line.text)]

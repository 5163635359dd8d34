"""Kallelse, protokoll and protokollsutdrag as documents: HTML and PDF from one content.

Each builder reads the archive into a `Document` (a title and a list of styled blocks),
so the HTML (Jinja2, autoescaped) and the PDF (fpdf2, DejaVu Sans embedded for å, ä, ö;
Debian's fonts-dejavu-core) always say the same thing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from archive.agenda import agenda_items, meeting_row, sync_agenda
from archive.dates import format_long
from archive.db import Archive
from archive.errors import ArchiveError, InvalidValue, NotFound
from archive.model import call_label
from archive.protocol import Paragraph, Protocol, protocol

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_REGULAR = FONT_DIR / "DejaVuSans.ttf"
FONT_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"

@dataclass
class Block:
    style: str  # title, subtitle, heading, text, label, small
    text: str


@dataclass
class Document:
    title: str
    blocks: list[Block] = field(default_factory=list)

    def add(self, style: str, text: str | None) -> None:
        if text:
            self.blocks.append(Block(style, text))


def swedish_date(iso: str | None) -> str:
    """'2024-08-29' -> '29 augusti 2024', the documents' running text (archive.dates)."""
    return format_long(dt.date.fromisoformat(iso)) if iso else ""


def _recipient_label(r: dict) -> str:
    return f"{r['title']}, {r['name']}" if r.get("title") else r["name"]


# ---------------------------------------------------------------- content


def kallelse_document(archive: Archive, meeting_id: int) -> Document:
    """The kallelse (for fullmäktige: kungörelse) with its föredragningslista: each item's
    case number, title, proposals and basis documents."""
    m = meeting_row(archive, meeting_id)
    if m["state"] == "cancelled":
        raise InvalidValue(f"{m['body']}s sammanträde {m['date']} är inställt; ingen kallelse", field="DATE")
    sync_agenda(archive, meeting_id)
    word = call_label(m["body_kind"])
    doc = Document(f"{word} {m['body']} {m['date']}")
    doc.add("small", m["municipality"])
    doc.add("title", word)
    doc.add("subtitle", m["body"])
    when = swedish_date(m["date"]) + (f" kl. {m['start_time']}" if m["start_time"] else "")
    doc.add("text", f"Tid: {when}")
    doc.add("text", f"Plats: {m['location'] or 'meddelas senare'}")
    doc.add("heading", "Föredragningslista")
    for item in agenda_items(archive, meeting_id):
        closed = "" if item.public else " (sekretess)"
        doc.add("heading", f"{item.position}. {item.title}{closed}")
        if item.case_number:
            doc.add("small", f"Diarienummer: {item.case_number}")
        for proposal in item.proposals:
            to = f" till {proposal['to']}" if proposal["to"] else ""
            doc.add("label", f"Förslag till beslut{to}")
            doc.add("text", proposal["text"])
        if item.basis:
            doc.add("label", "Beslutsunderlag")
            for basis in item.basis:
                doc.add("text", "- " + basis["title"] + (f" ({basis['date']})" if basis["date"] else ""))
    return doc


def _paragraph_blocks(doc: Document, par: Paragraph, *, recipients: bool = True) -> None:
    doc.add("heading", f"§ {par.number} {par.title}")
    if par.case_number:
        doc.add("small", f"Diarienummer: {par.case_number}")
    if par.decision:
        label = {"återremiss": "Beslut (återremiss)", "bordläggning": "Beslut (bordläggning)"}.get(
            par.decision_kind or "", "Beslut")
        doc.add("label", label)
        doc.add("text", par.decision)
    elif par.matter_id:
        doc.add("label", "Förslag till beslut (inte beslutat)")
        doc.add("text", par.proposal or "-")
    if recipients and par.recipients and par.decision_kind == "beslut":
        doc.add("label", "Beslutet skickas till")
        doc.add("text", "; ".join(_recipient_label(r) for r in par.recipients))


def _justering_blocks(doc: Document, p: Protocol) -> None:
    doc.add("label", "Justering")
    if p.approved_on:
        doc.add("text", f"Justerat {swedish_date(p.approved_on)}" + (f" av {p.approvers}" if p.approvers else ""))
    else:
        doc.add("text", "Ej justerat" + (f"; justerare: {p.approvers}" if p.approvers else ""))
    if p.notice_on:
        doc.add("text", f"Anslaget på anslagstavlan {swedish_date(p.notice_on)}; "
                        f"sista dag att överklaga {swedish_date(p.appeal_until)}")


def protocol_document(archive: Archive, meeting_id: int) -> Document:
    p = protocol(archive, meeting_id)
    doc = Document(f"Protokoll {p.body} {p.date}")
    doc.add("small", p.municipality)
    doc.add("title", "Protokoll")
    doc.add("subtitle", p.body)
    doc.add("text", f"Sammanträdesdatum: {swedish_date(p.date)}" + (f" kl. {p.start_time}" if p.start_time else ""))
    doc.add("text", f"Plats: {p.location or '-'}")
    if p.approvers:
        doc.add("text", f"Justerare: {p.approvers}")
    for par in p.paragraphs:
        _paragraph_blocks(doc, par)
    _justering_blocks(doc, p)
    if p.kept_at:
        doc.add("text", f"Protokollet förvaras: {p.kept_at}")
    return doc


def extract_document(p: Protocol, number: int, recipient: dict | None = None) -> Document:
    """The protokollsutdrag of § `number`: the decision, case number, § and the justering,
    with the utdragsbestyrkande; addressed to `recipient` when given."""
    pars = [x for x in p.paragraphs if x.number == number]
    if not pars:
        raise NotFound(f"§ {number} finns inte i protokollet", field="§")
    par = pars[0]
    doc = Document(f"Protokollsutdrag {p.body} {p.date} § {number}")
    doc.add("small", p.municipality)
    doc.add("title", "Protokollsutdrag")
    doc.add("subtitle", f"{p.body}, sammanträde {swedish_date(p.date)}")
    if recipient is not None:
        doc.add("text", f"Till: {_recipient_label(recipient)}")
    _paragraph_blocks(doc, par)
    _justering_blocks(doc, p)
    doc.add("label", "Utdragsbestyrkande")
    doc.add("text", "Utdraget överensstämmer med originalprotokollet." + (
        f" {swedish_date(p.approved_on)}" if p.approved_on else ""))
    return doc


# ---------------------------------------------------------------- HTML

_HTML = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{{ doc.title }}</title>
<style>body{font-family:"DejaVu Sans",sans-serif;max-width:48em;margin:2em auto;line-height:1.4}
.small{color:#555;font-size:.9em}.label{font-weight:bold;margin-bottom:0}.text{margin-top:.2em;white-space:pre-line}
</style></head><body>
{% for b in doc.blocks -%}
{% if b.style == "title" %}<h1>{{ b.text }}</h1>
{% elif b.style == "subtitle" %}<h2>{{ b.text }}</h2>
{% elif b.style == "heading" %}<h3>{{ b.text }}</h3>
{% else %}<p class="{{ b.style }}">{{ b.text }}</p>
{% endif %}{% endfor %}</body></html>
"""


def to_html(doc: Document) -> str:
    import jinja2

    env = jinja2.Environment(autoescape=True, keep_trailing_newline=True)
    return env.from_string(_HTML).render(doc=doc)


# ---------------------------------------------------------------- PDF

_PDF_STYLES = {  # style -> (bold, size, space before)
    "title": (True, 20, 4), "subtitle": (True, 14, 1), "heading": (True, 12, 4),
    "label": (True, 10, 2), "text": (False, 10, 0.5), "small": (False, 8, 0.5),
}


def to_pdf(docs: Document | list[Document]) -> bytes:
    """One PDF, each document starting on a new page."""
    return _render_pdf([docs] if isinstance(docs, Document) else docs)[0]


def to_pdf_each(docs: list[Document]) -> list[bytes]:
    """One PDF per document. Rendered as one (loading and embedding the font is most of
    the cost of a short PDF) and split by page with pypdf."""
    import io

    from pypdf import PdfReader, PdfWriter

    if not docs:
        return []
    data, pages = _render_pdf(docs)
    reader = PdfReader(io.BytesIO(data))
    parts = []
    for first, last in pages:
        writer = PdfWriter()
        for number in range(first, last + 1):
            writer.add_page(reader.pages[number - 1])
        writer.add_metadata({"/Title": docs[len(parts)].title, "/Creator": "beslut"})
        out = io.BytesIO()
        writer.write(out)
        parts.append(out.getvalue())
    return parts


def _render_pdf(docs: list[Document]) -> tuple[bytes, list[tuple[int, int]]]:
    """The PDF of `docs` and each document's first and last page (1-based)."""
    from fpdf import FPDF

    if not docs:
        raise InvalidValue("inget att skriva ut", field="documents")
    for font in (FONT_REGULAR, FONT_BOLD):
        if not font.exists():
            raise ArchiveError(f"typsnittet saknas: {font} (Debian-paketet fonts-dejavu-core)", file=str(font))
    pdf = FPDF(format="A4")
    pdf.set_creator("beslut")
    pdf.set_title(docs[0].title)
    pdf.set_lang("sv")
    pdf.add_font("DejaVu", "", str(FONT_REGULAR))
    pdf.add_font("DejaVu", "B", str(FONT_BOLD))
    pdf.set_auto_page_break(True, margin=18)
    pages = []
    for doc in docs:
        pdf.add_page()
        first = pdf.page_no()
        for block in doc.blocks:
            bold, size, before = _PDF_STYLES.get(block.style, _PDF_STYLES["text"])
            pdf.set_font("DejaVu", "B" if bold else "", size)
            pdf.ln(before)
            for line in _wrap(pdf, block.text, pdf.epw):
                pdf.cell(0, size * 0.5, line, new_x="LMARGIN", new_y="NEXT")
        pages.append((first, pdf.page_no()))
    return bytes(pdf.output()), pages


def _wrap(pdf, text: str, width: float) -> list[str]:
    """Lines of `text` that fit `width` in the current font, broken between words (a word
    longer than a line is broken inside). Each word is measured once: fpdf2's multi_cell
    measures a line again for every character added, most of a long protocol's time."""
    space = pdf.get_string_width(" ")
    lines = []
    for paragraph in text.split("\n"):
        line, used = [], 0.0
        for word in paragraph.split():
            size = pdf.get_string_width(word)
            while size > width:  # a word longer than a line: as much as fits, then the rest
                if line:
                    lines.append(" ".join(line))
                    line, used = [], 0.0
                cut = max(1, int(len(word) * width / size))
                while cut > 1 and pdf.get_string_width(word[:cut]) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
                size = pdf.get_string_width(word)
            if not word:
                continue
            if line and used + space + size > width:
                lines.append(" ".join(line))
                line, used = [], 0.0
            used += (space if line else 0.0) + size
            line.append(word)
        lines.append(" ".join(line))
    return lines


def write_document(docs: Document | list[Document], path: str | Path) -> str:
    """Write `docs` to `path` as .pdf or .html (by its suffix); returns the format."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        data = to_pdf(docs)
        path.write_bytes(data)
        return "pdf"
    if suffix in (".html", ".htm"):
        if isinstance(docs, list):
            if len(docs) != 1:
                raise InvalidValue("HTML tar ett dokument; välj .pdf", field="-o")
            docs = docs[0]
        path.write_text(to_html(docs), encoding="utf-8")
        return "html"
    raise InvalidValue(f"{path.name}: skriv till .pdf eller .html", field="-o")

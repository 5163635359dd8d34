"""The documents of the meeting cycle: lines broken to fit the page, nothing lost, å/ä/ö
and § kept (read back with pypdf); HTML escapes what the archive holds."""

from __future__ import annotations

import io

from fpdf import FPDF
from pypdf import PdfReader

from archive.render import FONT_REGULAR, Document, _wrap, to_html, to_pdf, to_pdf_each


def test_wrap_fits_every_line_and_keeps_every_word():
    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(FONT_REGULAR))
    pdf.set_font("DejaVu", "", 10)
    long_word = "Överförmyndarnämndens" * 12  # wider than a line
    text = "Kommunfullmäktige godkänner den reviderade policyn för internationellt arbete. " * 6 + long_word
    lines = _wrap(pdf, text + "\nandra stycket § 4", pdf.epw)
    assert all(pdf.get_string_width(line) <= pdf.epw + 1e-6 for line in lines)
    assert "".join(lines).replace(" ", "") == (text + "andra stycket § 4").replace(" ", "")
    assert lines[-1] == "andra stycket § 4"


def test_pdf_reads_back_with_swedish_letters_and_each_document_on_its_own():
    docs = [Document(f"Utdrag {n}") for n in (1, 2)]
    for n, doc in enumerate(docs, 1):
        doc.add("title", "Protokollsutdrag")
        doc.add("heading", f"§ {n} Ärende om åäö ÅÄÖ")
        doc.add("text", "Beslut: " + "ord " * 3000)  # more than a page
    whole = PdfReader(io.BytesIO(to_pdf(docs)))
    assert len(whole.pages) >= 4
    parts = [PdfReader(io.BytesIO(data)) for data in to_pdf_each(docs)]
    texts = ["\n".join(p.extract_text() for p in part.pages) for part in parts]
    assert "§ 1 Ärende om åäö ÅÄÖ" in texts[0] and "§ 2" not in texts[0]
    assert "§ 2 Ärende om åäö ÅÄÖ" in texts[1] and texts[1].count("ord") == 3000
    assert len(parts[0].pages) + len(parts[1].pages) == len(whole.pages)


def test_html_escapes_text_from_the_archive():
    doc = Document("<script>")
    doc.add("heading", "§ 1 <b>Fet</b> & [/]")
    page = to_html(doc)
    assert "<title>&lt;script&gt;</title>" in page and "§ 1 &lt;b&gt;Fet&lt;/b&gt; &amp; [/]" in page

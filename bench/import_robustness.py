"""Import robustness: does the reader depend on where a copy site or an extractor broke the lines?

Unseen municipalities' documents come from other copy sites and other PDF extractions than the
tuning half's. For every tuning document (tests/import_corpus/real/tuning/) this script writes
variants that keep every word, and so every gold value, of the text but change its layout the
way another site or extractor would, reads each variant with the CLI and scores it against the
same gold with bench/real_quality.py's scoring (gold texts are compared white space normalised,
so a value that crosses a line break is still the same value):

- joined: each blank-line-separated block joined into one line (a copy site that lost the
  line breaks inside paragraphs, as many "Transkript" pages do);
- wrapped: lines longer than 90 columns hard-wrapped at word boundaries (pdftotext-like
  extraction of a run-on page);
- unblanked: blank lines dropped (an extractor that keeps line breaks but not paragraph gaps);
- spaced: a blank line after every line (a site that sets each line as its own paragraph);
- squeezed: runs of spaces and tabs inside a line collapsed to one (columns of a -layout
  extraction lost, as in an HTML copy);
- nbsp: the space after "§" and after a number written as a non-breaking space (web pages set
  "§ 12", "12 maj", "2024 års" so);
- paged: a PDF's page furniture (running head with the municipality's name, the document's kind
  word and "Sida N (M)" or "N(M)") inserted at a blank line every ~40 lines or ~2500 characters;
- portal: another copy site's undated chrome around the text (skip link, breadcrumbs, share and
  print buttons, feedback form, footer links, cookie notice);
- viewer: a copy site's viewer around the text, its snippet of the page ("· Web view2019/05/16 · ...", "Page 1: ...")
  and its counters, or docplayer's uploader rows over "Transkript" (three forms, one per document);
- columns: a "pdftotext -layout"-like extraction of a list's number column: an item's mark ("§ 12",
  "12.", "Ärende 3") and its title on one line with a run of spaces between, also where the text
  set the title on the line after the mark.

Extraction artefacts (r1), each keeping every gold value comparable:
- blocks: a list's columns extracted one after the other: a run of three or more rows, each a mark and its
  title on one line, comes out as the block of marks then the block of titles (rows whose title runs on, and
  numbered lines inside a gold decision or proposal, are left as they are: every gold value keeps its text);
- unmarked: the "§" of a line's item mark dropped ("§ 12 Budget" -> "12 Budget"; gold items are compared by
  their number, so gold stays as it is);
- unnumbered: a kallelse's row numbers dropped ("3. Budget" -> "Budget"): the item numbers are then stated
  nowhere, so the item field is LEFT OUT of the score of such a kallelse, on both sides, and the variant is
  compared with the original scored the same way;
- runon: a protocol's or kallelse's list of three rows or more, each a mark and its title on one line, run together
  on one line with its marks lost ("3. Budget" / "4. Taxor" -> "Budget Taxor"), as copy sites that drop bare numbers
  give contents lists (round 27's Gällivare, Vara, Svalöv, Tomelilla): the item field is left out of the score of
  such a document, as for unnumbered;
- ocr: OCR confusions in about one word form in eight ("för" -> "ftir", "rn" <-> "m", "l" -> "1" inside a word)
  and "§" read "$" or "S" in two documents of three: gold's strings are CONFUSED THE SAME WAY word by word, so
  a value is what the text states; body, organisation, month and weekday names are spared.
- scan: a scan's OCR of a long word and of a list's numbers (the twenty-third session; Torsby's, Hässleholm's,
  Hälsingerådet's and Sala's scanned protocols): in about one word form of eight letters or more in twelve, a stray
  space after its first letter, a capital "I" read "l" ("Innehållsförteckning" -> "l nnehållsförteckning",
  "Sammanträdesdatum" -> "S ammanträdesdatum"), gold's strings changed the same way; and in about one gold item
  number in three holding a 1 or a 0, every standalone print of that number read with letters ("110" -> "l 10",
  "11O", "l10"): that matter's item is then stated nowhere, so gold gives it none.

Kind unprinted (r2):
- kindless: the words that name a document's kind (Kallelse, Föredragningslista, Ärendelista, Dagordning,
  Kungörelse, Protokoll, Sammanträdesprotokoll, Protokollsutdrag, Utdrag ur protokollet, Tjänsteskrivelse,
  Sammanträdesplan, Sammanträdestider ...) dropped from the head, its first 15 lines with text: as a line's
  leading words (with the "och"/"/" joining two kinds and a preposition after them: "Kallelse till" goes, the
  meeting it names stays), or in capitals anywhere in a line (a letterhead's "KOMMUNSTYRELSEN PROTOKOLL"), as
  a web page or a portal that prints no kind word gives the same document. A form's label that names no kind
  ("Sammanträdesdatum") stays, and so does a line holding a gold value with the word (a matter "Protokoll från
  revisorerna"): every gold value stays, the kind is what the rest of the text shows.

Printed: F1 (all fields) per variant and kind beside the original's (for unnumbered, the original's scored
without the items that variant leaves unscored), invented values and refused municipal documents per variant, and
the documents that fall most.

Run alone: .venv/bin/python bench/import_robustness.py
  --variant NAME    only this variant (repeatable); the original is always read
  --worst N         how many falling documents to list (default 25)
  --details NAME    after the table, every wrong, missed and invented value of that variant
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import textwrap
import zlib
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive import dates  # noqa: E402
from bench import real_quality  # noqa: E402
from bench.common import Row, table  # noqa: E402

WRAP_COLUMNS = 90
WORKERS = 2
_SPACE_RUN = re.compile(r"[ \t]{2,}")
_NUMBER_SPACE = re.compile(r"(?<=[§\d]) (?=\S)")


def _is_empty_cell(line: str) -> bool:
    """A line of spaces alone: in a table flattened one cell a line (Ystad's plan) an empty cell, the only
    mark of which column the next values are in. The layouts keep it as a line of its own: dropping it
    would lose what no reader can recover, and the layouts promise to keep every gold value readable."""
    return bool(line) and not line.strip()


def joined(text: str) -> str:
    blocks, block = [], []
    for line in text.strip("\n").splitlines():
        if line.strip():
            block.append(line.strip())
            continue
        if block:
            blocks.append(" ".join(block))
            block = []
        if _is_empty_cell(line):
            blocks.append(line)
    if block:
        blocks.append(" ".join(block))
    return "\n\n".join(blocks) + "\n"


def wrapped(text: str) -> str:
    lines = []
    for line in text.splitlines():
        if len(line) <= WRAP_COLUMNS:
            lines.append(line)
        else:
            lines.extend(textwrap.wrap(line.strip(), WRAP_COLUMNS, break_long_words=False, break_on_hyphens=False))
    return "\n".join(lines) + "\n"


def unblanked(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if line.strip() or _is_empty_cell(line)) + "\n"


def spaced(text: str) -> str:
    return "\n\n".join(line for line in text.splitlines() if line.strip() or _is_empty_cell(line)) + "\n"


def squeezed(text: str) -> str:
    return "\n".join(_SPACE_RUN.sub(" ", line).strip() for line in text.splitlines()) + "\n"


def nbsp(text: str) -> str:
    return _NUMBER_SPACE.sub("\u00a0", text)


PAGE_LINES, PAGE_CHARACTERS = 40, 2500
_KIND_WORDS = {"protokoll": "PROTOKOLL", "kallelse": "KALLELSE", "tjänsteskrivelse": "TJÄNSTESKRIVELSE",
               "protokollsutdrag": "PROTOKOLLSUTDRAG", "sammanträdesplan": "SAMMANTRÄDESPLAN"}


def paged(text: str, gold: dict) -> str:
    """Page furniture at a blank line after every ~40 lines: the running head a PDF repeats."""
    pages, lines, characters = [[]], 0, 0
    for line in text.splitlines():
        if not line.strip() and (lines >= PAGE_LINES or characters >= PAGE_CHARACTERS):
            pages.append([])
            lines = characters = 0
        pages[-1].append(line)
        lines, characters = lines + 1, characters + len(line)
    who, kind = gold.get("municipality") or "", _KIND_WORDS.get(gold.get("kind"), "")
    stacked = zlib.crc32(who.encode()) % 2 == 0  # two common head layouts, fixed per document
    result = "\n".join(pages[0])
    for number, page in enumerate(pages[1:], start=2):
        if stacked:
            head = "\n".join(part for part in (who, kind, f"Sida {number} ({len(pages)})") if part)
        else:
            head = "    ".join(part for part in (who, kind.capitalize(), f"{number}({len(pages)})") if part)
        result += f"\n\n{head}\n" + "\n".join(page)
    return result + "\n"


_PORTAL_HEAD = ("Hoppa till huvudinnehållet\nMeny\nSök\n"
                "Startsida / Kommun och politik / Politik och demokrati / Sammanträden och handlingar\n"
                "Lyssna\nDela sidan\nSkriv ut\n\n")
_PORTAL_FOOT = ("\n\nHjälpte informationen på sidan dig?\nJa\nNej\n\nKontakta oss\n"
                "Tillgänglighetsredogörelse\nOm webbplatsen\nTill toppen\n\n"
                "Vi använder kakor (cookies) för att webbplatsen ska fungera bra för dig.\n"
                "Godkänn alla kakor\nEndast nödvändiga kakor\n")


def portal(text: str) -> str:
    return _PORTAL_HEAD + text.strip("\n") + _PORTAL_FOOT


# A copy site's viewer around the text (the twenty-fourth session; Arvidsjaur's, Krokom's, Skövde's and docplayer's
# copies), in one of three forms fixed per document: the site's snippet of the page (words from inside the text, cut
# short, around its "·" marks with "Web view" or a date, repeated as "Page N:" over the viewer's pages) and its
# counters ("• Upload" "others", "• View" "3" ..., "Embed Size (px)", "Citation preview"); the older form of the
# same site ("Upload: others", "Post on ...", "N views", "TRANSCRIPT"); or docplayer's uploader rows ("- Name",
# "- för N år sedan", "- Visningar:") over "Transkript". None of it is the document's.
_UPLOADERS = ("Karin Holm", "Per-Olof Stenberg", "Lina Åkesson", "Jonas Ekdahl")


def _snippet(text: str, form: int) -> str:
    words = text.split()
    middle = " ".join(words[len(words) // 3: len(words) // 3 + 14]) or "Sammanträde"
    opening = " ".join(words[:6]) or "Protokoll"
    return (f" · Web view2019/05/16  · {middle}",
            f"{opening}...2019/05/16  · {middle}",
            f"{opening} · 2019-05-16 · {middle},...")[form]


def _site_title(body: str) -> str:
    """The site's title of the file: the document's first line, as the copies in tuning show it (a long one cut at a
    word)."""
    first = next((line.strip() for line in body.splitlines() if line.strip()), "Protokoll")
    return first if len(first) <= 100 else first[:100].rsplit(" ", 1)[0]


def viewer(text: str) -> str:
    checksum = zlib.crc32(text.encode())  # (the form, and the uploader or the snippet's form, fixed per document)
    form = checksum % 3
    body = text.strip("\n")
    if form == 2:
        name = _UPLOADERS[checksum // 3 % len(_UPLOADERS)]
        return (f"{_site_title(body)}\n|\n|\n- {name}\n- för 7 år sedan\n- Visningar:\nTranskript\n" + body + "\n")
    snippet = _snippet(body, checksum // 3 % 3)
    if form == 0:
        chrome = (f"{snippet}\n\n  • Upload\n    others\n\n  • View\n    2\n\n  • Download\n    0\n\n"
                  "Embed Size (px)\n\nCitation preview\n\n")
    else:
        chrome = (f"{snippet}\n\n31\n{_site_title(body)}\n\nUpload: others\n\nPost on 12-Mar-2020\n\n"
                  "4 views\n\nCategory:\n\nDocuments\n\n\n0 download\n\nTRANSCRIPT\n\n")
    paragraphs = body.split("\n\n")
    half = len(paragraphs) // 2
    if half:  # the snippet again over the viewer's second page
        paragraphs.insert(half, f"Page 2: {snippet.strip()}")
    return chrome + f"Page 1: {snippet.strip()}\n\n" + "\n\n".join(paragraphs) + "\n"


COLUMN_WIDTH = 12
# An item's mark as a list's number column holds it: "§ 12", "12.", "12", "Ärende 3", "Punkt 4", "KS § 5".
_ITEM_MARK = re.compile(r"^\s*((?:[A-ZÅÄÖ]{1,4}\s)?§\s?\d{1,4}|\d{1,3}\.|\d{1,3}(?=\s+[A-ZÅÄÖ])"
                        r"|(?:[ÄäÅå]rende|[Pp]unkt)\s\d{1,3})(?:\s+(?=\S)|\s*$)")


def columns(text: str) -> str:
    """A "pdftotext -layout"-like extraction of a list whose number column stands apart from its titles: an
    item's mark and its title on one line with a run of spaces between ("§ 12        Budget 2025"), whether the
    text set the title after the mark or on the next line."""
    lines, result, index = text.splitlines(), [], 0
    while index < len(lines):
        line, mark = lines[index], _ITEM_MARK.match(lines[index])
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        stacked = index > 0 and (before := _ITEM_MARK.match(lines[index - 1])) and not lines[index - 1][before.end():]
        # Marks stacked one under another ("4." "5." then both titles) lost their rows: which title is whose is
        # not told by the text, so a stacked mark is not set beside the line after it.
        if mark and not line[mark.end():].strip() and following and not _ITEM_MARK.match(following) and not stacked:
            result.append(mark.group(1).ljust(COLUMN_WIDTH) + following)  # the title on the next line: same row
            index += 2
            continue
        result.append((mark.group(1).ljust(COLUMN_WIDTH) + line[mark.end():]).rstrip() if mark else line)
        index += 1
    return "\n".join(result) + "\n"


MIN_BLOCK_ROWS = 3


def _mark_row(line: str) -> re.Match | None:
    """A list row whose mark and title share the line ("§ 12 Budget", "3. Val av justerare")."""
    mark = _ITEM_MARK.match(line)
    return mark if mark and line[mark.end():].strip() else None


def _gold_texts(gold: dict) -> list[str]:
    """Gold's running texts (decisions, proposals) squeezed: a line inside one is part of a value, not a list row."""
    texts = []
    for matter in gold.get("matters") or []:
        texts += [matter.get("decision") or ""] + [p[1] or "" for p in matter.get("proposals") or []]
    return [real_quality._squeeze(t) for t in texts if t]


def _inside_gold_text(line: str, texts: list[str]) -> bool:
    squeezed = real_quality._squeeze(line)
    return bool(squeezed) and any(squeezed in text for text in texts)


def _runs_of_marked_rows(lines: list[str], texts: list[str]):
    """The lines in order, each either (line, None), left as it is, or (None, run): a run of at least MIN_BLOCK_ROWS
    rows, each a mark and its title on one line (blank lines between them allowed; a numbered line inside a gold
    decision or proposal is no row), given as the indexes of its rows (blocks and runon rewrite such runs)."""
    index = 0
    while index < len(lines):
        run, end = [], index
        while end < len(lines) and ((_mark_row(lines[end]) and not _inside_gold_text(lines[end], texts))
                                    or (run and not lines[end].strip())):
            if lines[end].strip():
                run.append(end)
            end += 1
        while end > index and not lines[end - 1].strip():
            end -= 1  # blank lines after the run's last row stay after it
        if len(run) < MIN_BLOCK_ROWS:
            yield lines[index], None
            index += 1
            continue
        yield None, run
        index = end


def blocks(text: str, gold: dict) -> str:
    """A list's columns extracted one after the other (pdftotext without -layout on a table): a run of at least
    three rows, each a mark and its title on one line (blank lines between them allowed), comes out as the block
    of marks, one a line, then the block of titles in the same order. Rows whose title runs on to a next line are
    left as they are (which title line belongs to which row would no longer be told), so every row's title is
    still one line and the block of titles counts as many lines as the block of marks. A numbered line inside a
    gold decision or proposal ("1. Att godkänna ...") is a point of that value, not a row: left as it is, so every
    gold value keeps its text."""
    lines, result = text.splitlines(), []
    for line, run in _runs_of_marked_rows(lines, _gold_texts(gold)):
        if run is None:
            result.append(line)
            continue
        marks = [_mark_row(lines[i]) for i in run]
        result += [m.group(1).strip() for m in marks]
        result += [lines[i][m.end():].strip() for i, m in zip(run, marks, strict=True)]
    return "\n".join(result) + "\n"


_SECTION_SIGN = re.compile(r"^(\s*(?:[A-ZÅÄÖ]{1,6}\s)?)§\s?(?=\d)", re.M)
_ROW_NUMBER = re.compile(r"^(\s*)(?:\d{1,3}[.)]|(?:[ÄäÅå]rende|[Pp]unkt)\s\d{1,3}[.:]?)[ \t]+(?=[A-ZÅÄÖ])", re.M)


def _outside_gold_texts(pattern: re.Pattern, text: str, gold: dict) -> str:
    texts = _gold_texts(gold)
    return "\n".join(line if _inside_gold_text(line, texts) else pattern.sub(r"\1", line)
                     for line in text.split("\n"))


def unmarked(text: str, gold: dict) -> str:
    """The "§" signs of the item marks lost by the extraction: a line's "§ 12" or "KS § 12" reads "12" or
    "KS 12" (a § inside a line, "enligt § 12", is kept, and so is a line inside a gold decision or proposal).
    Every gold value stays: gold items are compared by their number."""
    return _outside_gold_texts(_SECTION_SIGN, text, gold)


def unnumbered(text: str, gold: dict) -> tuple[str, dict]:
    """An agenda's row numbers lost by the extraction (a list whose numbers were list bullets of the page): in a
    kallelse, a line's leading row number ("3. Val av justerare", "Ärende 3 Budget") is dropped. The item
    numbers those rows stated are then stated nowhere (a line inside a gold decision or proposal, "1. Att ...",
    is left as it is), so the item field is left out of the score of every
    kallelse where a number was dropped (gold's items and the reader's items both); all other fields score."""
    if gold.get("kind") != "kallelse":
        return text, gold
    changed = _outside_gold_texts(_ROW_NUMBER, text, gold)
    if changed == text:
        return text, gold
    gold = {**gold, "matters": [{**m, "item": None} for m in gold.get("matters") or []], "_unscored": ["item"]}
    return changed, gold


def runon(text: str, gold: dict) -> tuple[str, dict]:
    """A protocol's or kallelse's list (its contents, its agenda) run together on one line with its row numbers
    lost, as a copy site that drops bare numbers and the list's line breaks gives it: a run of three rows or more,
    each a mark and its title on one line (blank lines between allowed; a numbered line inside a gold decision or
    proposal is left), comes out as the titles alone, one after the other on one line. Only the titles' order and
    their capitals tell the rows apart. The item numbers are then stated nowhere in that list, so, as for
    unnumbered, the item field is left out of the score of such a document (both sides)."""
    if gold.get("kind") not in ("protokoll", "kallelse"):
        return text, gold
    lines, result, changed = text.splitlines(), [], False
    for line, run in _runs_of_marked_rows(lines, _gold_texts(gold)):
        if run is None:
            result.append(line)
            continue
        result.append(" ".join(lines[i][_mark_row(lines[i]).end():].strip() for i in run))
        changed = True
    if not changed:
        return text, gold
    gold = {**gold, "matters": [{**m, "item": None} for m in gold.get("matters") or []], "_unscored": ["item"]}
    return "\n".join(result) + "\n", gold


OCR_RATE = 12  # per cent of a document's word forms that carry a confusion
_LETTER_WORD = re.compile(r"(?<!\w)[^\W\d_]{3,}(?!\w)")
_CONFUSIONS = ((re.compile("ö"), ("ti", "ii", "fi")), (re.compile("rn"), ("m",)), (re.compile("(?<=.)m"), ("rn",)),
               (re.compile("(?<=.)l"), ("1",)))
_GOLD_PLAIN = {"kind", "marker", "municipality", "source", "notes"}


def _ocr_word(word: str, seed: str) -> str:
    folded = word.casefold()
    crc = zlib.crc32(f"{seed}|{folded}".encode())
    if crc % 100 >= OCR_RATE:
        return word
    options = [(pattern, into) for pattern, intos in _CONFUSIONS if pattern.search(folded) for into in intos]
    if not options:
        return word
    pattern, into = options[(crc // 100) % len(options)]
    spot = pattern.search(folded)
    if word.isupper():
        into = into.upper()
    return word[:spot.start()] + into + word[spot.end():]


def _is_date_word(folded: str) -> bool:
    """A month's or a weekday's name: part of a date, which gold writes as digits and so cannot be confused alike."""
    return dates.month_number(folded) is not None or any(folded.startswith(day) for day in dates.WEEKDAYS)


def _body_words(gold: dict) -> set[str]:
    names = [gold.get("municipality"), (gold.get("meeting") or {}).get("body")]
    names += [m.get("body") for m in gold.get("meetings") or []]
    for matter in gold.get("matters") or []:
        names += [step[0] for step in matter.get("planning") or []]
        names += [p[0] for p in matter.get("proposals") or []]
    return {w.casefold() for name in names if name for w in re.findall(r"[^\W\d_]+", name)}


def ocr(text: str, gold: dict) -> tuple[str, dict]:
    """A scanned document's OCR confusions: in about one word form in eight (chosen per document and word form, so
    a word reads the same wherever it stands) "ö" reads "ti", "ii" or "fi" ("för" -> "ftir"), "rn" reads "m"
    and "m" "rn", or an "l" inside a word reads "1"; the document's "§" reads "$" or "S" in two documents of
    three. Words of body and organisation names are left as written (reading a body's OCR'd name is another
    matter), and so are the names of months and weekdays (gold writes a date as digits, which cannot be confused
    alike). Gold strings are changed the same way, word by word, so every gold value is what the text states."""
    seed, spared = str(zlib.crc32(text.encode())), _body_words(gold)
    section = ("§", "$", "S")[zlib.crc32(seed.encode()) % 3]

    def confuse(value: str) -> str:
        value = _LETTER_WORD.sub(lambda m: m.group() if m.group().casefold() in spared or _is_date_word(
            m.group().casefold()) else _ocr_word(m.group(), seed), value)
        return value.replace("§", section)

    def walk(value, key=None):
        if isinstance(value, str):
            return value if key in _GOLD_PLAIN else confuse(value)
        if isinstance(value, list):
            return [walk(v, key) for v in value]
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items()}
        return value

    return confuse(text), walk(gold)


SCAN_WORD_RATE = 8  # per cent of a document's long word forms a stray space breaks
SCAN_NUMBER_RATE = 33  # per cent of gold's item numbers holding a 1 or a 0 read with letters
_LONG_WORD = re.compile(r"(?<![\w-])[^\W\d_]{8,}(?![\w-])")


def _scan_word(word: str, seed: str) -> str:
    crc = zlib.crc32(f"{seed}|{word.casefold()}".encode())
    if crc % 100 >= SCAN_WORD_RATE:
        return word
    return ("l" if word[0] == "I" else word[0]) + " " + word[1:]


def _scan_number(number: str, seed: str) -> str | None:
    """The number as a scan read it with letters, or None where it reads it right."""
    crc = zlib.crc32(f"{seed}|n{number}".encode())
    if crc % 100 >= SCAN_NUMBER_RATE or not set(number) & {"0", "1"}:
        return None
    form = number.replace("0", "O") if crc % 3 == 0 and "0" in number else number.replace("1", "l", 1)
    if form == number:
        form = number.replace("0", "o")
    return form[0] + " " + form[1:] if (crc // 3) % 2 and len(form) > 1 else form


def scan(text: str, gold: dict) -> tuple[str, dict]:
    """A scan's stray spaces in long words and its letters for a list's digits (see the module's text)."""
    seed, spared = str(zlib.crc32(text.encode())), _body_words(gold)
    # (and every form of a body's name, "Kommunfullmäktiges", and a plan's marker words, which gold keeps as written)
    spared |= {word.casefold() for meeting in gold.get("meetings") or []
               for word in re.findall(r"[^\W\d_]+", meeting.get("marker") or "")}
    stems = tuple(word for word in spared if len(word) >= 5)

    def broken(value: str) -> str:
        return _LONG_WORD.sub(lambda m: m.group() if m.group().casefold().startswith(stems) or _is_date_word(
            m.group().casefold()) else _scan_word(m.group(), seed), value)

    numbers = {}
    for matter in gold.get("matters") or []:
        digits = re.sub(r"\D", "", matter.get("item") or "")
        if digits and (form := _scan_number(digits, seed)) is not None:
            numbers[digits] = form
    text = broken(text)
    for digits, form in numbers.items():
        text = re.sub(r"(?<![\w/.,:-])" + digits + r"(?![\w/,:-]|\.\d)", form, text)

    def walk(value, key=None):
        if isinstance(value, str):
            return value if key in _GOLD_PLAIN or key == "item" else broken(value)
        if isinstance(value, list):
            return [walk(v, key) for v in value]
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items()}
        return value

    gold = walk(gold)
    gold["matters"] = [{**m, "item": None} if re.sub(r"\D", "", m.get("item") or "") in numbers else m
                       for m in gold.get("matters") or []]
    return text, gold


# The kind words a head prints (the form's date labels, "Sammanträdesdatum", "Mötesdatum", name no kind: kept).
_KIND_WORD = (r"(?:sammanträdesprotokoll|protokollsutdrag|utdrag\s+ur\s+(?:sammanträdes)?protokoll(?:et)?|protokoll"
              r"|kallelse|föredragningslista|ärendelista|dagordning|kungörelse|underrättelse|anmälningslista"
              r"|tjänsteskrivelse|tjänsteutlåtande|tjänsteyttrande|tillkännagivande"
              r"|sammanträdesplan|sammanträdestider|sammanträdesdagar|sammanträdeskalender|mötesplan|mötestider"
              r"|mötesdagar)")
_LEADING_KINDS = re.compile(r"^(?P<keep>\s*(?:\d{1,3}\s+)?)" + _KIND_WORD + r"(?:(?:\s*[/&,]\s*|\s+och\s+)"
                            + _KIND_WORD + r")*(?![\wåäöÅÄÖ])(?:\s+(?:fört\s+)?(?:till|för|från|vid|över|med)"
                            r"(?![\wåäöÅÄÖ]))?[ \t:.,–-]*", re.IGNORECASE)
_KIND_IN_CAPITALS = re.compile(r"(?<![\wåäöÅÄÖ])" + _KIND_WORD.upper().replace("\\S", "\\s")
                               + r"(?:\s*/\s*" + _KIND_WORD.upper().replace("\\S", "\\s") + r")*(?![\wåäöÅÄÖ])")
KINDLESS_HEAD_LINES = 15


def _gold_values(gold: dict) -> list[str]:
    """Every string value of gold's meeting, matters and meetings, squeezed."""
    values = [(gold.get("meeting") or {}).get("body") or ""]
    values += [m.get("body") or "" for m in gold.get("meetings") or []]
    for matter in gold.get("matters") or []:
        values += [matter.get("title") or "", matter.get("decision") or "", matter.get("case_number") or ""]
        values += [p[1] or "" for p in matter.get("proposals") or []]
        values += [step[0] or "" for step in matter.get("planning") or []]
    return [real_quality._squeeze(v) for v in values if v]


def _holds_a_gold_value(line: str, word: str, values: list[str]) -> bool:
    """Whether a kind word of the line is part of a gold value: the value holds the word and shares the line's
    words around it."""
    squeezed, folded = real_quality._squeeze(line), real_quality._squeeze(word)
    around = squeezed[squeezed.find(folded):][:30]  # the word and the words after it (a line "Kallelse" alone: none)
    return any(folded in value and (value in squeezed or len(around) > len(folded) and around in value)
               for value in values)


def kindless(text: str, gold: dict) -> str:
    """The head's kind words dropped (see the module's text): its first KINDLESS_HEAD_LINES lines with text, a
    line's leading kind words (and what joins them, and the preposition after: "Kallelse och föredragningslista
    till" goes) and kind words in capitals anywhere in it; a line holding a gold value with the word stays."""
    values, lines, seen = _gold_values(gold), text.split("\n"), 0
    for index, line in enumerate(lines):
        if seen >= KINDLESS_HEAD_LINES:
            break
        if not line.strip():
            continue
        seen += 1
        words = [m.group() for m in re.finditer(_KIND_WORD, line, re.IGNORECASE)]
        if not words or any(_holds_a_gold_value(line, word, values) for word in words):
            continue
        leading = _LEADING_KINDS.match(line)
        if leading and leading.end() > len(leading.group("keep")):
            rest = line[leading.end():]
            line = leading.group("keep") + rest[:1].upper() + rest[1:]
        line = re.sub(r"[ \t]{2,}", " ", _KIND_IN_CAPITALS.sub("", line)) if _KIND_IN_CAPITALS.search(line) else line
        lines[index] = line if line.strip() else ""
    return "\n".join(lines)


VARIANTS = {"joined": joined, "wrapped": wrapped, "unblanked": unblanked, "spaced": spaced,
            "squeezed": squeezed, "nbsp": nbsp, "paged": paged, "portal": portal, "columns": columns,
            "blocks": blocks, "unmarked": unmarked, "unnumbered": unnumbered, "ocr": ocr, "runon": runon,
            "kindless": kindless, "scan": scan, "viewer": viewer}
_NEEDS_GOLD = {paged, blocks, unmarked, kindless}
_CHANGES_GOLD = {unnumbered, ocr, runon, scan}  # these return the text and the gold as the variant states it


def measure(variant: str | None, scratch: Path) -> list[real_quality.DocumentScore]:
    """Every tuning document, as written (variant None) or in the variant's layout."""
    scores = []
    folder = scratch / (variant or "original")
    folder.mkdir()
    for path, gold in real_quality.documents("tuning"):
        original_path = path
        if variant is not None:
            copy = folder / path.name  # the same name: a reader may look at it
            transform, text = VARIANTS[variant], path.read_text(encoding="utf-8", errors="replace")
            if transform in _CHANGES_GOLD:
                text, gold = transform(text, gold)
            else:
                text = transform(text, gold) if transform in _NEEDS_GOLD else transform(text)
            copy.write_text(text, encoding="utf-8")
            path = copy
        score = real_quality.score_document(path, gold, output := real_quality.run_cli(path))
        if gold.get("_unscored"):
            score = _rescored(path, gold, output)
            # (compared with the original read and scored the same way, the unscored fields out of both)
            score.baseline = _rescored(original_path, gold, real_quality.run_cli(original_path))
        scores.append(score)
    return scores


def _rescored(path: Path, gold: dict, output: real_quality.Output) -> real_quality.DocumentScore:
    """The score without the fields the variant left unstated: the reader's values of them are dropped too."""
    unscored = set(gold["_unscored"])
    records = [{**r, "meeting": {**r["meeting"], "item": None}} if "item" in unscored and r.get("meeting") else r
               for r in output.records]
    return real_quality.score_document(path, gold, real_quality.Output(output.refused, output.reason, records,
                                                                       output.seconds))


def _total(scores, kind: str | None = None) -> real_quality.Tally:
    total = real_quality.Tally()
    for score in scores:
        if kind is None or score.kind == kind:
            for tally in score.tallies.values():
                total.add(tally)
    return total


def _baselines(original, scores) -> list:
    """What each variant document is compared with: the original's score, or the original scored without the
    fields the variant leaves unscored (unnumbered's items)."""
    by_name = {s.name: s for s in original}
    return [getattr(s, "baseline", None) or by_name[s.name] for s in scores]


def rows(original, variants: dict[str, list]) -> list[Row]:
    kinds = [k for k in real_quality.KINDS if any(s.kind == k for s in original)]
    result = []
    for name, scores in [("original", original), *variants.items()]:
        baselines = _baselines(original, scores)
        for kind in (None, *kinds):
            tally, before = _total(scores, kind), _total(baselines, kind)
            label = "all fields" if kind is None else f"kind {kind}"
            compared = f"original F1 {before.f1:6.1%}, {tally.f1 - before.f1:+6.1%}" if name != "original" else \
                real_quality._counts(tally)
            result.append(Row(f"robustness {name}: {label}", "-", real_quality._figure(tally), compared, None))
        invented = sum(len(s.invented) for s in scores)
        refused = [s.name for s in scores if s.output.refused and s.kind != "not-municipal"]
        result.append(Row(f"robustness {name}: invented values", "0", str(invented), "-", not invented))
        result.append(Row(f"robustness {name}: municipal documents refused", "0", str(len(refused)),
                          ", ".join(refused)[:80] or "-", not refused))
    return result


def worst(original, variants: dict[str, list], count: int) -> str:
    falls = []
    for name, scores in variants.items():
        for score, baseline in zip(scores, _baselines(original, scores), strict=True):
            before, after = _total([baseline]), _total([score])
            lost = (before.tp - after.tp) + (after.fp - before.fp)
            if lost > 0:
                falls.append((lost, name, score.name, score.kind, before.f1, after.f1))
    falls.sort(key=lambda f: (-f[0], f[1], f[2]))
    lines = ["| variant | document | kind | F1 original | F1 variant | values lost or wrong |",
             "|---|---|---|---|---|---|"]
    lines += [f"| {v} | {d} | {k} | {b:.2f} | {a:.2f} | {n} |" for n, v, d, k, b, a in falls[:count]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--variant", choices=list(VARIANTS), action="append", help="only this variant (repeatable)")
    parser.add_argument("--worst", type=int, default=25, help="how many falling documents to list")
    parser.add_argument("--details", choices=list(VARIANTS), help="every wrong, missed and invented value of a variant")
    options = parser.parse_args(argv)
    chosen = options.variant or list(VARIANTS)
    if options.details and options.details not in chosen:
        chosen.append(options.details)
    # The layouts are read side by side, one process a core (ten layouts one after another took a minute).
    with tempfile.TemporaryDirectory(prefix="beslut-robustness-") as scratch, \
            ProcessPoolExecutor(max_workers=min(WORKERS, os.cpu_count() or 1)) as pool:
        original, *read = pool.map(measure, [None, *chosen], [Path(scratch)] * (len(chosen) + 1))
        variants = dict(zip(chosen, read, strict=True))
    print(table(rows(original, variants)))
    print("\nDocuments that fall most (values lost or newly wrong against the original reading):\n")
    print(worst(original, variants, options.worst))
    if options.details:
        print(f"\n### {options.details}\n{real_quality.details(variants[options.details])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

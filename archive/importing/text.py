"""Reading a document's text and cleaning the artefacts of PDF extraction,
before any parser looks at it. Every line keeps its number in the file, so
errors and warnings can name it."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from archive import naming
from archive.dates import MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from archive.errors import ImportFailed
from archive.model import count

MAX_BYTES = 20 * 1024 * 1024  # a document is a few pages; 20 MB of text is not one
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_URL_LINE = re.compile(r"^\s*(https?://|www\.)\S*\s*$")


# A scan's OCR confusions in ordinary words (bench/import_robustness.py's ocr variant models them): "ö" read
# "ti", "ii" or "fi" ("för" -> "ftir"), "rn" read "m" and "m" read "rn" ("sammanträde" -> "sarnmanträde"), an "l"
# inside a word read "1" ("protokoll" -> "protoko1l"). None of these forms is a Swedish word, so a key phrase
# (a kind's word, a label, a refusal's phrase) that accepts them reads the scanned page as the printed one.
# The one table of them (small letters; capitals read alike): where the letters stand anywhere, and where only inside a
# word, after a letter. ocr_tolerant's patterns and key_words_read_by_ocr's forms are both made from it. Real scans
# of the tuning half read "ö" as "ü" too ("für", "fürslag": Härryda's kallelse, Kalmarsunds gymnasieförbund's
# protocol) and "ä" as "åi" ("åirende", "Håirryda", "preliminåirantagning"): no Swedish word is written so either.
OCR_CONFUSIONS = {"ö": ("ti", "ii", "fi", "ü"), "ä": ("åi",), "rn": ("m",)}
OCR_CONFUSIONS_INSIDE = {"m": ("rn",), "l": ("1",)}
# A confusion read only in a whole key word (key_words_read_by_ocr), never widened in a pattern, where "[li]" after any
# letter would take many a short word's "i" for an "l": an "l" inside a word read "i" ("Innehålisförteckning",
# Hälsingerådet's scan; "protokoliet", Hedemora's). No such form of a key word is a word (tuning's texts write three,
# each a scan's or a typo's: "besiut", "innehålisförteckning", "protokoliet").
OCR_CONFUSIONS_IN_KEY_WORDS_INSIDE = {"l": ("i",)}
_KEY_WORD_CONFUSIONS_INSIDE = {letters: readings + OCR_CONFUSIONS_IN_KEY_WORDS_INSIDE.get(letters, ())
                               for letters, readings in OCR_CONFUSIONS_INSIDE.items()}
# A letter's accent lost, "å" and "ä" read "a", "ö" read "o" (a scan's or a copy's that dropped them: Nora's
# "INNEHALLSFÖRTECKNING" and "Sammantradesdatum", Hedemora's "Narvarande", Timrå's "Ordforande", Hälsingerådet's
# "Genomgang", Härryda's "Delarsbokslut", Bräcke's "Fragestund"): read only in a whole key word of six letters or more
# (key_words_read_by_ocr), never in a pattern, where "[aåä]" would take any "a" for one; the short words' forms are
# words ("for", "over", "mote") or a web address's letters ("namnd").
OCR_ACCENTS_LOST_IN_KEY_WORDS = {"å": ("a",), "ä": ("a",), "ö": ("o",)}
_ACCENTS_LOST_FROM = 6  # letters a key word has at least for its accent-less forms to be read as it


def _either(letters: str, readings: tuple[str, ...]) -> dict[str, str]:
    """The pattern accepting `letters` or one of their readings, in small letters and in capitals (a class where
    each is one character: "[l1]")."""
    def pattern(forms: tuple[str, ...]) -> str:
        return "[" + "".join(forms) + "]" if all(len(x) == 1 for x in forms) else "(?:" + "|".join(forms) + ")"

    forms = (letters, *readings)
    return {letters: pattern(forms), letters.upper(): pattern(tuple(form.upper() for form in forms))}


_OCR_FORMS = {key: pattern for letters, readings in OCR_CONFUSIONS.items()
              for key, pattern in _either(letters, readings).items()}
_OCR_INSIDE = {key: pattern for letters, readings in OCR_CONFUSIONS_INSIDE.items()
               for key, pattern in _either(letters, readings).items()}


def ocr_tolerant(source: str) -> str:
    """A regular expression's source whose literal letters also accept the OCR confusions above: only letters
    outside character classes, escapes and group names are widened, "m" and "l" only after a literal letter (the
    confusion is inside a word). A key phrase's pattern, never a value's text: what is read keeps its letters."""
    out, i, in_class = [], 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            out.append(source[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
            out.append(char)
            i += 1
            continue
        if char == "[":
            in_class = True
            out.append(char)
            # a class's first "]" is literal
            if source[i + 1:i + 2] == "]" or source[i + 1:i + 3] == "^]":
                skip = 2 if source[i + 1] == "]" else 3
                out.append(source[i + 1:i + skip])
                i += skip
                continue
            i += 1
            continue
        if source.startswith("(?P<", i) or source.startswith("(?P=", i):
            end = source.index(">" if source[i + 3] == "<" else ")", i)
            out.append(source[i:end + 1])
            i = end + 1
            continue
        if source.startswith("(?", i) and i + 2 < len(source) and source[i + 2].isalpha():
            end = i + 2  # inline flags "(?i:" / "(?-i:"
            while end < len(source) and (source[end].isalpha() or source[end] == "-"):
                end += 1
            out.append(source[i:end])
            i = end
            continue
        if source[i:i + 2] in _OCR_FORMS:
            out.append(_OCR_FORMS[source[i:i + 2]])
            i += 2
            continue
        previous = source[i - 1] if i else ""
        if char in _OCR_FORMS:
            out.append(_OCR_FORMS[char])
        elif char in _OCR_INSIDE and previous.isalpha() and (i < 2 or source[i - 2] != "\\"):
            out.append(_OCR_INSIDE[char])
        else:
            out.append(char)
        i += 1
    return "".join(out)


class OcrTolerantWords(frozenset):
    """A closed vocabulary of key words (a table's column labels) whose `in` also accepts a scan's OCR confusions of
    a word (ocr_tolerant): "daturn" is in {"datum"}. Only whole words, as the words were written (lower case)."""

    def __new__(cls, words):
        self = super().__new__(cls, words)
        self._scanned = re.compile("|".join(ocr_tolerant(re.escape(word)) for word in sorted(self, key=(
            lambda word: (-len(word), word)))))
        return self

    def __contains__(self, word) -> bool:
        return super().__contains__(word) or isinstance(word, str) and self._scanned.fullmatch(word) is not None



# The headings a list of a meeting's matters is set under (a protocol's contents, its register of matters, an
# agenda), in small letters: the one place that knows them. The readers' heading patterns are made from these
# (list_heading, list_heading_any_case), and each is a key word of the OCR reading below (_OCR_KEY_WORDS), so a scan's
# or a copy's form of any of them is read as the printed word before any pattern sees the page. The forms tuning's
# texts write: "INNEHALLSFÖRTECKNING" (its accent lost, Nora), "Innehålisförteckning" (an "l" read "i",
# Hälsingerådet), "l nnehållsförteckning", "l n nehållsförteckn i ng" (its "I" read "l", letters spaced: Hässleholm,
# Torsby), "Ä R E N D E F Ö R T E C K N I N G" (letter-spaced, Härjedalen: read closed up where the kind is told).
LIST_HEADINGS = ("innehållsförteckning", "innehåll", "ärendeförteckning", "ärendelista", "föredragningslista",
                 "dagordning")


def _known_list_headings(words: tuple[str, ...]) -> None:
    """A pattern asked for a heading LIST_HEADINGS lacks would read a heading the OCR reading never tolerates: a
    programming error, raised when the module's patterns are made."""
    unknown = [word for word in words if word not in LIST_HEADINGS]
    if unknown:
        raise ValueError(f"no list heading: {unknown}")


def list_heading(*words: str, capitalised: bool = True, capitals: bool = True) -> str:
    """A regular expression's source accepting the list headings `words` (each one of LIST_HEADINGS) as a page sets
    them apart: capitalised ("Innehållsförteckning") and in capitals ("INNEHÅLLSFÖRTECKNING"), or one of the two; a
    longer heading first where one opens another ("Innehållsförteckning" before "Innehåll")."""
    _known_list_headings(words)
    forms = [*(word[:1].upper() + word[1:] for word in words if capitalised),
             *(word.upper() for word in words if capitals)]
    return "|".join(sorted(forms, key=len, reverse=True))


def list_heading_any_case(*words: str) -> str:
    """list_heading's source for a pattern that reads the headings in any case: "(?i:innehållsförteckning|...)"."""
    _known_list_headings(words)
    return "(?i:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


# The words a reader keys on (a list's, a head's and a matter's headings and labels, a kind's name, a decision's and
# a proposal's verbs): a scan's OCR confusion of one of them (ocr_tolerant's: "Innehållsffirteckning", "Bes1ut",
# "Sarnmanträdesdatum") is read as the word it is where the page never writes that word as printed, and every value
# read gets the page's own letters back (Document.ocr_readings): the reader's many patterns then read the scanned
# page as they read the printed one, and no value changes a letter. Words of three letters and more whose confused
# forms are no Swedish words; bodies' names are no key words (a body read is a value), their genitives are (a heading's
# "Kommunstyrelsens förslag till ...", a meeting's "Kommunfullmäktiges sammanträde": no body is read from one). Among
# them the words the title readers cut run-together titles at (agendarows._KIND_WORDS, the standing titles, a
# presenter's "informerar").
_OCR_KEY_WORDS = frozenset("""
    innehåll innehållsförteckning ärendeförteckning ärendelista ärendelistan föredragningslista föredragningslistan
    föredragningslistans dagordning paragraf paragrafer protokoll protokollet protokollets protokolls
    sammanträdesprotokoll protokollsutdrag utdrag utdragsbestyrkande kallelse kungörelse tjänsteskrivelse
    tjänsteutlåtande sammanträde sammanträdet sammanträdes sammanträden sammanträdesdatum sammanträdesdag
    sammanträdestid datum tid plats lokal möte mötet mötets mötesdatum beslut beslutet beslutar beslutade besluta
    beslutande beslutsunderlag beslutsförslag beslutsgång förslag förslaget föreslår föreslås föreslog föredragande
    föredragning yrkande yrkanden sammanfattning ärendebeskrivning bakgrund bedömning handläggare handlingar
    justering justeringens justerare justerandes justeras justerat ordförande ordföranden ordförandes sekreterare
    underskrifter ledamöter ledamot ersättare närvarande övriga deltagande anslag anslaget anslagsdatum
    diarienummer ärendenummer dnr val till för från enligt samt eller över inom
    sammanträdets öppnande fastställande protokollsjusterare protokolljusterare förhinder anmälda anmälan
    anmälningar information informationsärenden delegationsbeslut frågor medborgarförslag medborgarförslaget
    interpellation interpellationer
    informationer informationsärenden informerar informerade svar revidering anmälningsärenden ansökan meddelande
    meddelanden delårsrapport delårsbokslut valärende valärenden årsredovisning rapport rapporter rapportering
    återrapportering ändring detaljplan planprogram budget budgetuppföljning investeringsbudget tilläggsbudget bokslut
    utredning delegationsordning yttrande uppdrag taxa taxor delgivningar översyn riktlinje riktlinjer reglemente
    arbetsordning godkännande försäljning avtal samverkansavtal exploateringsavtal avsiktsförklaring överenskommelse
    avsägelse avsägelser fyllnadsval sammanträdestider policy besvarande verksamhetsplan biblioteksplan
    dokumenthanteringsplan tertialrapport månadsrapport månadsuppföljning revisionsrapport skattesats projekt
    presentation genomgång inrättande förändring förtydligande förlängning förfrågan överföring äskande utökning
    slutredovisning sammanträdesplan ägardirektiv regler allmänhetens frågestund ajournering
    följande bilaga bilagor biläggs sluten slutet delvis förteckning promemoria tjänstgörande
    kommunstyrelsens kommunfullmäktiges fullmäktiges arbetsutskottets nämndens styrelsens direktionens
    regionstyrelsens förbundsstyrelsens villkor ärende ärenden ärendet öppnas redogör redogjorde föredrar föredrog
    nämnd styrelse direktör
    """.split()) | frozenset(LIST_HEADINGS)


def _ocr_forms(word: str) -> set[str]:
    """The word's forms with one or more of the OCR confusions (OCR_CONFUSIONS, inside a word those of key words
    too, _KEY_WORD_CONFUSIONS_INSIDE; a long one's accents lost, OCR_ACCENTS_LOST_IN_KEY_WORDS; at most three spots:
    a long word's)."""
    confusions = [(re.escape(letters), readings) for letters, readings in OCR_CONFUSIONS.items()] + [
        ("(?<=.)" + re.escape(letters), readings) for letters, readings in _KEY_WORD_CONFUSIONS_INSIDE.items()]
    if len(word) >= _ACCENTS_LOST_FROM:
        confusions += [(re.escape(letters), readings) for letters, readings in OCR_ACCENTS_LOST_IN_KEY_WORDS.items()]
    spots = [(m.start(), m.end(), into) for pattern, intos in confusions
             for m in re.finditer(pattern, word) for into in intos]
    forms = set()
    for many in range(1, min(3, len(spots)) + 1):
        for chosen in itertools.combinations(spots, many):
            chosen = sorted(chosen)
            if any(a[1] > b[0] for a, b in zip(chosen, chosen[1:], strict=False)):
                continue  # two confusions of one letter
            form, end = "", 0
            for start, stop, into in chosen:
                form, end = form + word[end:start] + into, stop
            forms.add(form + word[end:])
    return forms


_OCR_READINGS = {form: word for word in _OCR_KEY_WORDS for form in _ocr_forms(word) if form not in _OCR_KEY_WORDS}
_WORD = re.compile(r"\w+")
# A "1" between two letters, in a word with no other digit: a letter a scan misread, no Swedish word's or code's
# (those set a digit at a word's end or beside others: "bilaga1", "mf1", "KS1", "2016l05s3"). Most often an "l"
# ("Char1ott", "bi1aga", "Da1karlså"), so read as one in any word, key word or not; not always (the tuning half's
# real scans also read "r" and "t" so: "Förva1ingsplats", "AV1al"), which a reading that matches no pattern leaves
# as it was, and every value keeps the page's letters.
_ONE_FOR_L = re.compile(r"(?<=[^\W\d_])1(?=[^\W\d_])")


def _read_as(word: str) -> str | None:
    """The word a scan's confused form `word` (small letters) is: a key word's (_OCR_READINGS), or any word's with each
    "1" between letters read "l" (_ONE_FOR_L); None where it is none such."""
    read = _OCR_READINGS.get(word)
    if read is None and "1" in word:
        read = _ONE_FOR_L.sub("l", word)
        if read == word or any(char.isdigit() for char in read):
            return None
    return read


def _in_case_of(word: str, model: str) -> str:
    """`word` written in `model`'s case: all capitals, a capital first, or small letters."""
    if len(model) > 1 and model.isupper():
        return word.upper()
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


# A long key word a scan's OCR broke into pieces with stray spaces, its capital "I" read "l" perhaps
# ("l nnehållsförteckning", Hässleholm's; "l n nehållsförteckn i ng", Torsby's; "S ammanträdesdatum", Vansbro's;
# "J usteringens", Hedemora's; "Juste ra re", Västerdalarnas utbildningsförbund's): letters joined across single
# spaces into a key word of eight letters or more, one piece at least of one or two letters (a fragment). Never two
# whole words ("Innehålls förteckning" stays), a whole word and a fragment after it (the page's "protokollet s
# förvaltning", "Utses att justera s sammanträdesrum": a name's lost start), nor part of a longer word set
# letter-spaced ("K o m m u n s t yr e l s e n": its pieces go on with fragments).
_BROKEN_KEY_WORDS = frozenset(word for word in _OCR_KEY_WORDS if len(word) >= 8)
_BROKEN_KEY_PREFIXES = frozenset(word[:end] for word in _BROKEN_KEY_WORDS for end in range(1, len(word) + 1))
_LETTER_PIECES = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


def _key_words_broken_apart(text: str, words: set[str]) -> set[tuple[str, str]]:
    """(the page's form in small letters, the key word) of each key word the text writes broken apart or with its
    first "I" read "l" (_BROKEN_KEY_WORDS); `words`: the page's words (small letters)."""
    found = set()
    for run in _LETTER_PIECES.finditer(text):
        pieces = run.group().casefold().split(" ")
        for first in range(len(pieces)):
            if first and len(pieces[first - 1]) <= 2:
                continue  # a fragment before it: part of a longer broken word
            joined = ""
            for last in range(first, min(len(pieces), first + 8)):
                joined += pieces[last]
                read = "i" + joined[1:] if joined[0] == "l" and "i" + joined[1:] in _BROKEN_KEY_PREFIXES else joined
                if read not in _BROKEN_KEY_PREFIXES:
                    break
                if read not in _BROKEN_KEY_WORDS or last + 1 < len(pieces) and len(pieces[last + 1]) <= 2:
                    continue
                head = "".join(pieces[first:last])  # all pieces but the last: not a word the page writes
                if last == first and read != joined or last > first and any(
                        len(piece) <= 2 for piece in pieces[first:last + 1]) and (len(head) <= 2 or head not in words):
                    found.add((" ".join(pieces[first:last + 1]), read))
    return found


def key_words_read_by_ocr(lines: list[Line]) -> tuple[list[Line], dict[str, str]]:
    """The lines with each key word a scan's OCR confused read as the word it is, where the page never writes the
    word as printed (a page that writes both keeps both as written: the read values could not tell which stood
    where), and each such word (small letters) with the page's form of it, for the values read to get it back."""
    page = "\n".join(line.text for line in lines)
    words = {word.casefold() for word in _WORD.findall(page)}
    found: dict[str, list[str]] = {}
    for word in words:
        read = _read_as(word)
        if read is not None and read not in words:
            found.setdefault(read, []).append(word)
    for form, read in _key_words_broken_apart(page, words):
        if read not in words:
            found.setdefault(read, []).append(form)
    readings = {read: forms[0] for read, forms in found.items() if len(forms) == 1}  # one form each: a way back
    if not readings:
        return lines, {}
    forms = {form: read for read, form in readings.items()}
    confused = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) +
                          r")(?!\w)", re.IGNORECASE)

    def as_printed(confused_form: re.Match) -> str:
        # (in the page's case; a first "l" the scan read for a capital "I" is that capital: "l nnehåll" -> "Innehåll")
        written, read = confused_form.group(), forms[confused_form.group().casefold()]
        return _in_case_of(read, "I" + written[1:] if written[:1] == "l" and read[:1] == "i" else written)

    result = []
    for line in lines:
        text = confused.sub(as_printed, line.text)
        result.append(line if text == line.text else Line(line.number, text))
    return result, readings


def as_the_page_writes(readings: dict[str, str]) -> Callable[[str | None], str | None]:
    """The way back for the values read from the lines key_words_read_by_ocr read: each word it read, in the page's
    own letters again (its pattern made once for all of a document's values)."""
    if not readings:
        return lambda value: value
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, readings)) + r")(?!\w)", re.IGNORECASE)

    def back(value: str | None) -> str | None:
        return pattern.sub(lambda m: _as_the_page_wrote(readings[m.group().casefold()], m.group()), value) if value \
            else value
    return back


def _as_the_page_wrote(form: str, read: str) -> str:
    """The page's form (small letters) of the word read as `read`, in its case; a first "I" the scan read "l" stays
    the page's "l" ("l nformation")."""
    written = _in_case_of(form, read)
    return form[:1] + written[1:] if form[:1] == "l" and read[:1] in "iI" and not read.isupper() else written


class _computed_once:
    """functools.cached_property without the lock Python 3.11's takes on every first read: a parse
    makes many Lines and reads each one's `stripped` once (the lock cost a few per cent of a parse)."""

    def __init__(self, function):
        self.function = function
        self.name = function.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.function(instance)
        return value


@dataclass
class Line:
    number: int  # 1-based line number in the file
    text: str  # trailing white space removed; leading tabs kept (outline detection)
    page_start: bool = False  # the first text of a page whose text came as one run-on line
    item_start: bool = False  # an agenda item cut out of a run-on numbered list ("1 Title 2 Title ...")

    @_computed_once
    def stripped(self) -> str:
        text = self.text
        # The only white space a printable text holds is " " (every other is a control or a
        # separator): with no run of it and none at either end, the text is already stripped.
        if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
            return text
        return " ".join(text.split())


@dataclass
class Document:
    path: Path
    checksum: str
    lines: list[Line]
    # The lines as cleaned for the readers (common.site_content; "markup": meetingkind.content_lines of a text with
    # a web page's markup), made once and read by detect and by the reader it picks alike; never changed by those
    # who read them.
    cleaned: dict[bool | str | None, list[Line]] = field(default_factory=dict, repr=False, compare=False)
    # The text stops inside a line, after a word and a space, with no line break: a site's excerpt cut it there
    # (a file's text ends with its last line's break or its last word, never a space alone).
    cut_mid_line: bool = False
    # Key words a scan's OCR confused, read as printed (key_words_read_by_ocr): each with the page's own form.
    ocr_readings: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    # List rows' numbers a scan's OCR read with letters, proved by the list's numbers around them
    # (row_numbers_read_by_ocr), which no § mark prints in digits: each with the page's form ("110": "l 10"). They cut
    # the rows apart; no item is given such a number (the page never prints it).
    ocr_row_numbers: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def name(self) -> str:
        return self.path.name

    @_computed_once
    def offers_a_download(self) -> bool:
        """Whether a line is a site's title of its file ('Download "..."'): only then does
        drop_site_text's `keep_title` make a difference."""
        return self.site_title is not None

    @_computed_once
    def site_title(self) -> str | None:
        """The site's title of its file (the text of 'Download "..."'), which carries the document's first
        page's opening words; None without one."""
        return _site_title(self.lines)


MAX_PDF_BYTES = 40 * 1024 * 1024  # a scanned appendix makes PDFs bigger than their text


def read_document(path: Path) -> Document:
    """Read a text or PDF file; refuse what is empty, binary, too large or a PDF with no
    text layer, naming the file and what is wrong."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ImportFailed(f"kan inte läsa filen: {error.strerror}", file=str(path)) from None
    if path.is_dir():
        raise ImportFailed("är en mapp, inte en fil", file=str(path))
    with open(path, "rb") as handle:  # opened once: its start tells the kind, then the rest is read
        start = handle.read(1024)
        is_pdf = start.lstrip().startswith(b"%PDF")
        limit = MAX_PDF_BYTES if is_pdf else MAX_BYTES
        if size > limit:
            raise ImportFailed(
                f"filen är {size // (1024 * 1024)} MB; ett dokument att importera är högst "
                f"{limit // (1024 * 1024)} MB ({'PDF' if is_pdf else 'text'})",
                file=str(path),
            )
        raw = start + handle.read()
    if not raw.strip():
        raise ImportFailed("filen är tom", file=str(path))
    if is_pdf:
        text = pdf_text(path, raw)
    else:
        if b"\x00" in raw[:8192]:
            raise ImportFailed("filen är binär, inte text", file=str(path))
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
        controls = len(_CONTROL.findall(text))
        if controls > len(text) / 100 or text.count("\ufffd") > len(text) / 100:
            raise ImportFailed("filen är binär, inte text", file=str(path))
    # A web page's no-break space and no-break hyphen ("2022\u201105-18", Mölndal) are a space and a hyphen.
    lines = [
        Line(n, line.replace("\xa0", " ").replace("\u2011", "-").replace("\f", "").rstrip())
        for n, line in enumerate(text.splitlines(), 1)
    ]
    lines, readings = key_words_read_by_ocr(lines)
    printed_lines = lines  # (their numbers as the page prints them, before any row's is read)
    lines, numbers = row_numbers_read_by_ocr(leaders_read_through_specks(lines))
    if numbers:
        # (a number a § mark prints in digits elsewhere, its § heading's, is the page's own)
        page = "\n".join(line.text for line in printed_lines)
        numbers = {digits: form for digits, form in numbers.items()
                   if not re.search(r"§\s?" + digits + r"(?!\d)", page)}
    signed = signs_read_as_letters(lines)
    if (sign := _sign_read_as(lines, signed)) is not None:
        readings = {**readings, "§": sign}  # (each value read gets the page's letter for the sign back)
    lines = rows_from_column_blocks(signs_counted_up(signs_confirmed_by_range(signed)))
    return Document(path=path, checksum=hashlib.sha256(raw).hexdigest(), lines=rejoin_width_wrapped(lines),
                    cut_mid_line=not is_pdf and text.endswith(" ") and bool(text.strip()), ocr_readings=readings,
                    ocr_row_numbers=numbers)


# A list's row number a scan's OCR read with letters for its digits, "l" or "I" for a 1 and "o" or "O" for a 0, perhaps
# broken by a space ("l Ordningsfråga ... 2", Sala's; "109 Ekonomisk rapport l 10 Nästa möte l I l Övriga frågor",
# Hälsingerådet's; "108 ... 11 O Presentation ... 111 Administrationen", Hässleholm's; "Ärende l Upprop 2 Val av
# justerare", Kalix's). Read as the number only where the list's own numbers prove it: the row before it numbered one
# less, or the next number after it one more, a row's or the first of numbers counting up, on the same line; a title's
# first word follows it. (Not "lo" standing alone among rows with no numbers, Torsby's: nothing proves it; nor a lone
# "I", the word "i" opening a sentence; nor a signature's garble before a page's number, "Justerare ~/V l
# Utdragsbestyrkande 2".)
_OCR_DIGITS = str.maketrans("lIoO", "1100")
_NUMBER_PIECE = re.compile(r"[\dlIoO]{1,3}")
_LETTER_DIGITS = re.compile(r"(?<!\S)[\dlIoO]{0,2}[lIoO][\dlIoO]{0,2}(?!\S)")  # a piece with a letter for a digit
_TOKEN = re.compile(r"\S+")


def _row_number_pieces(tokens: list[str], at: int) -> int:
    """How many tokens from `at` make one row number a scan read with letters (_OCR_DIGITS; three digits at most, a
    letter among them, not a lone "I", the word "i" opening a sentence), a title's capital after them; 0 where none
    do."""
    for end in range(min(len(tokens) - 1, at + 3), at, -1):
        joined = "".join(tokens[at:end])
        if len(joined) <= 3 and not joined.isdigit() and joined != "I" \
                and all(_NUMBER_PIECE.fullmatch(piece) for piece in tokens[at:end]) \
                and tokens[end][:1].isalpha() and tokens[end][:1].isupper():
            return end - at
    return 0


def row_numbers_read_by_ocr(lines: list[Line]) -> tuple[list[Line], dict[str, str]]:
    """The lines with each list row number a scan's OCR read with letters (_OCR_DIGITS) written in digits, where the
    list's numbers around it prove it, and each number so read with the page's form of it ("110": "l 10")."""
    result, forms = [], {}
    for line in lines:
        if not _LETTER_DIGITS.search(line.text) or not any(char.isdigit() for char in line.text):
            result.append(line)
            continue
        spans = [m.span() for m in _TOKEN.finditer(line.text)]
        tokens = [line.text[a:b] for a, b in spans]
        # each token's number, where it stands alone in digits; and each row's, where a title's capital follows it
        numbers = [int(token) if token.isdigit() and len(token) <= 3 else None for token in tokens]
        rows = [number if number is not None and k + 1 < len(tokens) and tokens[k + 1][:1].isupper() else None
                for k, number in enumerate(numbers)]
        read: list[tuple[int, int, str]] = []  # (first token, tokens, digits)
        at = 0
        while at < len(tokens):
            count = _row_number_pieces(tokens, at) if _NUMBER_PIECE.fullmatch(tokens[at]) else 0
            if count:
                value = int("".join(tokens[at:at + count]).translate(_OCR_DIGITS))
                before = next((rows[k] for k in range(at - 1, -1, -1) if rows[k] is not None), None)
                # (the next number a row's, or the first of numbers counting up: "l Ordningsfråga... 2 3 4 5 6 Regler")
                after_at = next((k for k in range(at + count, len(tokens)) if numbers[k] is not None), None)
                after = numbers[after_at] if after_at is not None else None
                if after_at is not None and rows[after_at] is None and (
                        after_at + 1 >= len(tokens) or numbers[after_at + 1] != after + 1):
                    after = None
                if value and (before is not None and value == before + 1 or after is not None and value == after - 1):
                    read.append((at, count, str(value)))
                    forms[str(value)] = " ".join(tokens[at:at + count])
                    numbers[at:at + count] = rows[at:at + count] = [None] * count
                    numbers[at + count - 1] = rows[at + count - 1] = value
                    at += count
                    continue
            at += 1
        if not read:
            result.append(line)
            continue
        text, end = "", 0
        for first, count, digits in read:
            text += line.text[end:spans[first][0]] + digits
            end = spans[first + count - 1][1]
        result.append(Line(line.number, text + line.text[end:], line.page_start, line.item_start))
    return _column_numbers_read_by_ocr(result, forms), forms


# A list's number column set one number a line ("20." / "2l." / "22.", a stacked "Nr" column): a cell a scan read with
# letters, where the cell above is one less or the cell below one more.
_NUMBER_CELL = re.compile(r"(?P<n>" + _NUMBER_PIECE.pattern + r")(?P<mark>[.)]?)")


def _column_numbers_read_by_ocr(lines: list[Line], forms: dict[str, str]) -> list[Line]:
    """The lines with each number cell of a column a scan read with letters written in digits (_NUMBER_CELL), the
    page's form of each added to `forms`."""
    filled = [at for at, line in enumerate(lines) if line.text.strip()]
    cells = {at: _NUMBER_CELL.fullmatch(lines[at].text.strip()) for at in filled}
    numbers = {at: int(cell.group("n")) for at, cell in cells.items() if cell and cell.group("n").isdigit()}
    result = list(lines)
    for place, at in enumerate(filled):
        cell = cells[at]
        if cell is None or cell.group("n").isdigit() or cell.group("n") == "I":
            continue
        value = int(cell.group("n").translate(_OCR_DIGITS))
        above = numbers.get(filled[place - 1]) if place else None
        below = numbers.get(filled[place + 1]) if place + 1 < len(filled) else None
        if value and (above is not None and value == above + 1 or below is not None and value == below - 1):
            forms[str(value)] = cell.group("n")
            numbers[at] = value
            result[at] = Line(lines[at].number, str(value) + cell.group("mark"), lines[at].page_start,
                              lines[at].item_start)
    return result


# A dot leader a scan read with a speck among its dots ("Ordningsfråga._.....4", Sala's OCR'd list): the leader, read
# as dots, so that every reader of leaders knows it.
_SPECKED_LEADER = re.compile(r"(?<=\w)\.[_,]\.{2,}")


def leaders_read_through_specks(lines: list[Line]) -> list[Line]:
    """The lines with each dot leader a scan specked (_SPECKED_LEADER) written as dots alone."""
    return [Line(line.number, _SPECKED_LEADER.sub(lambda m: "." * len(m.group()), line.text), line.page_start,
                 line.item_start) if ("._" in line.text or ".," in line.text) and _SPECKED_LEADER.search(line.text)
            else line for line in lines]


# A paragraph's mark whose "§" a scan's OCR read as "$" or "S", opening a line, perhaps after its body's code ("$ 28
# Utbildningsorganisation", "KS S 12 Budget", "$12"; Kalmarsunds gymnasieförbund's scan reads every § so). A page that
# sets its marks with no space ("§117 Godkännande", Hylte's) gives "S117" so too.
# A body's code before a paragraph's mark ("KS", "BUN", "Kf", "Ksau"); not a word such as "Ärende", "Sida" or "Nr".
_BODY_CODE = r"(?:[A-ZÅÄÖ]{1,6}|(?!Sida\b|Nr\b)[A-ZÅÄÖ][a-zåäö]{1,3})\s+"
_SIGN_AS_LETTER = re.compile(r"^\s*(?:" + _BODY_CODE + r")?(?P<sign>\$\s?|S\s?)(?P<n>\d{1,4})"
                             r"(?=\s+[A-ZÅÄÖ\d]|$)")
SIGNS_AS_LETTERS = 3  # marks so, counting up: a scan's § marks, not a price's "$" or a party's "S"
# Or the mark set after its number ("1 § Sammanträdets öppnande", Medelpads räddningstjänstförbund's protocols) read
# "1 S Sammanträdets öppnande" (its "$" reading is _DOLLAR_AS_SIGN's).
_SIGN_AFTER_NUMBER_AS_LETTER = re.compile(r"^\s*(?P<n>\d{1,4})\s(?P<sign>S)(?=\s+[A-ZÅÄÖ])")


def signs_read_as_letters(lines: list[Line]) -> list[Line]:
    """A text with no "§" at all whose paragraph marks open lines as "$ 28" or "S 28" (three or more, each number
    above the one before, one letter for all): each such mark read as the "§" it is. Fewer, or numbers that do not
    count up (a table's "S 12" cells, a list of prices), are left as written."""
    if any("§" in line.text for line in lines):
        return lines
    lines = _dollars_read_as_signs(lines)
    if any("§" in line.text for line in lines):
        return _double_signs_read(lines, "$")
    marks = [(index, match) for index, line in enumerate(lines)
             if (match := _SIGN_AS_LETTER.match(line.text) or _SIGN_AFTER_NUMBER_AS_LETTER.match(line.text))]
    numbers = [int(match.group("n")) for _, match in marks]
    if len(marks) < SIGNS_AS_LETTERS or any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)) \
            or len({match.group("sign").strip() for _, match in marks}) > 1:
        return _signs_counting_by_one(lines)
    result = list(lines)
    for index, match in marks:
        text = lines[index].text
        after = text[match.end("sign"):]
        result[index] = Line(lines[index].number,
                             text[:match.start("sign")] + ("§" if after[:1].isspace() else "§ ") + after)
    return _double_signs_read(result, marks[0][1].group("sign").strip())


def _sign_read_as(lines: list[Line], signed: list[Line]) -> str | None:
    """The letter a scan printed for the "§" signs_read_as_letters read in `signed` ("$" or "S"), where the page
    prints no "§" at all: a value read from those lines ("... beslut 2003-09-04, § 15 ...") is given it back, as
    the page writes it. None where no sign was read so."""
    changed = [old.text for old, new in zip(lines, signed, strict=True) if old.text != new.text]
    if not changed or any("§" in line.text for line in lines):
        return None
    return "$" if any("$" in text for text in changed) else "S"


# The double sign of a range or a label read so too ("SS 16-33", "Organ och SS:", "$$ 41-43").
_DOUBLE_SIGNS = {"$": re.compile(r"(?<![\w§$])\$\$(?=\s*[\d:])"), "S": re.compile(r"(?<![\w§$])SS(?=\s*[\d:])")}


_DOUBLE_SIGN_RANGE = {sign: re.compile(r"(?<![\w§$])" + re.escape(sign * 2) + r"\s?(?P<first>\d{1,4})\s*[-–]\s*"
                                        r"(?P<last>\d{1,4})(?![\d/.:-])") for sign in ("$", "S")}


def _double_signs_read(lines: list[Line], sign: str) -> list[Line]:
    """Where a text's "§" marks are read as `sign`, its "§§" read as two of them, before a number or a colon."""
    double = _DOUBLE_SIGNS[sign]
    return [Line(line.number, double.sub("§§", line.text)) if double.search(line.text) else line for line in lines]


# A "$" that stands for a "§": before a paragraph's number ("$ 70", "KF $ 78/17", "$85 Förslag") or after a row's
# number ("1 $ Sammanträdets öppnande"); not before an amount ("$ 12.50", "$1,000"). No Swedish text writes an
# amount so, so one such sign on a page with no "§" is its paragraph's mark (a protocol's extract has one mark).
_DOLLAR_AS_SIGN = re.compile(r"(?<![\w$])(?P<before>\$\s?)(?=\d{1,4}(?:/\d{2,4})?(?![\d.,]))"
                             r"|(?<=\d )\$(?=\s+[A-ZÅÄÖ])")


def _dollars_read_as_signs(lines: list[Line]) -> list[Line]:
    """The lines with each "$" standing for a paragraph's "§" read as it (the text holds no "§"): "§ 70" before
    the number as the reader's marks are set, "1 § Upprop" after one."""
    return [Line(line.number, _DOLLAR_AS_SIGN.sub(lambda m: "§ " if m.group("before") else "§", line.text))
            if "$" in line.text and _DOLLAR_AS_SIGN.search(line.text) else line for line in lines]


# A mark so anywhere in a line: a run-on list's rows ("... Paragrafer Ärenden Sida S 141 Meddelanden S 142 Försäljning
# ..."), not after a word or a sign ("(S)", "PS 12" are no marks).
_SIGN_ANYWHERE = re.compile(r"(?<![\w§$])(?P<sign>\$\s?|S\s?)(?P<n>\d{1,4})(?=\s+[A-ZÅÄÖ\d]|,|$)")


def _signs_counting_by_one(lines: list[Line]) -> list[Line]:
    """Marks read "$ 141" or "S 141" anywhere in the lines, three or more in a row each one above the one before
    (a protocol's list of its paragraphs, set in lines or run on): each read as the "§" it is, and so is a line's
    opening mark of a number that list gives (the paragraph itself further down, after the list's numbers started
    over). Marks that count otherwise (a table's "S 12 M 8", prices) are left as written."""
    found = [(index, match) for index, line in enumerate(lines) for match in _SIGN_ANYWHERE.finditer(line.text)]
    for sign in ("$", "S"):
        marks = [(index, match) for index, match in found if match.group("sign").strip() == sign]
        runs, run = [], []
        for mark in marks:
            if run and int(mark[1].group("n")) != int(run[-1][1].group("n")) + 1:
                runs.append(run)
                run = []
            run.append(mark)
        runs.append(run)
        # (each mark once, by its line and place: a text's many marks are not looked up in a list)
        read = {(index, match.start()): (index, match) for run in runs if len(run) >= SIGNS_AS_LETTERS
                for index, match in run}
        # The paragraphs' range stated with the double sign read so ("Paragrafer SS 155-176"): the marks of its
        # numbers are the paragraphs' wherever they stand ("S 156 Tilldelning ...", "jäv S 166").
        stated = [(int(m.group("first")), int(m.group("last"))) for line in lines
                  for m in _DOUBLE_SIGN_RANGE[sign].finditer(line.text)]
        for index, match in marks:
            if any(first <= int(match.group("n")) <= last <= first + 400 for first, last in stated):
                read.setdefault((index, match.start()), (index, match))
        if not read:
            continue
        listed = {int(match.group("n")) for _, match in read.values()}
        for index, match in marks:
            if int(match.group("n")) in listed and not lines[index].text[:match.start()].strip():
                read.setdefault((index, match.start()), (index, match))
        result = list(lines)
        for index, match in sorted(read.values(), key=lambda mark: (mark[0], -mark[1].start())):
            text = result[index].text
            result[index] = Line(lines[index].number, text[:match.start("sign")] + "§ " + text[match.end("sign"):])
        return _double_signs_read(result, sign)
    return lines


# The paragraphs a protocol states it holds ("Paragrafer §§ 46-57", "§§ 184-196", "Paragrafer 25-61"), and a line
# opening with a bare number, perhaps after its body's code, then a title or a Dnr ("46 Dnr 2023-000222", "KS 185
# Verksamhetsplan").
_STATED_RANGE = re.compile(r"(?:§§|(?i:paragrafer(?:na)?:?)(?:\s*§§)?)\s*(?P<first>\d{1,4})\s*[-–]\s*(?P<last>\d{1,4})"
                           r"(?![\d/.:-])")
_BARE_MARK = re.compile(r"^\s*(?:" + _BODY_CODE + r")?(?P<n>\d{1,4})(?=\s+[A-ZÅÄÖ])")
_SPAN_AT_LEAST = 3  # paragraphs in the stated range: two numbers in a row prove too little
_SIGNED_MARK = re.compile(r"^\s*(?:" + _BODY_CODE + r")?§\s?\d")


def signs_confirmed_by_range(lines: list[Line]) -> list[Line]:
    """A protocol whose paragraph marks lost their "§" where its own head keeps the range ("Paragrafer §§ 46-57"):
    where lines open with every number of that range, one by one in order (a list of the paragraphs, then the
    paragraphs, perhaps: two such runs), each a title or a Dnr after it and no sentence, and no line opens with a
    "§" mark, those numbers are read as the "§" marks they are (the widest range stated: "Ordförande §§ 46-53"
    names a part). A range some number of which opens no line reads nothing: a page's or a point's numbers fill
    no such run."""
    if any(_SIGNED_MARK.match(line.text) for line in lines):
        return lines  # (its paragraphs' own marks keep their signs: bare numbers there are a list's, or pages)
    text_ranges = {(int(m.group("first")), int(m.group("last"))) for line in lines
                   for m in _STATED_RANGE.finditer(line.text)}
    widest = max(text_ranges, key=lambda r: r[1] - r[0], default=None)
    if widest is None or not _SPAN_AT_LEAST <= widest[1] - widest[0] + 1 <= 400:
        return lines
    first, last = widest
    candidates = [(index, match) for index, line in enumerate(lines)
                  if (match := _BARE_MARK.match(line.text)) and first <= int(match.group("n")) <= last
                  and not line.text.rstrip().endswith(".") and "§" not in line.text]
    runs, run, want = [], [], first
    for index, match in candidates:
        if int(match.group("n")) == want:
            run.append((index, match))
            want += 1
            if want > last:
                runs.append(run)
                run, want = [], first
    if not runs or len(runs) > 2:
        return lines
    result = list(lines)
    for index, match in (mark for run in runs for mark in run):
        text = lines[index].text
        result[index] = Line(lines[index].number, text[:match.start("n")] + "§ " + text[match.start("n"):])
    return result


# A list set as a table and extracted column by column (pdftotext without -layout, a copy site setting each cell on a
# line of its own): its rows' marks stacked one a line ("§ 12" / "§ 13" / "§ 14", "KS § 5", "1." / "2." / "3.",
# "Ärende 4"), then its titles one a line in the same order.
_COLUMN_MARK = re.compile(r"(?P<head>(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5} )?§ ?|(?:[ÄäÅå]rende|[Pp]unkt) )?(?P<n>\d{1,4})"
                          r"(?P<tail>[.):]?)")
_MARK_THEN_TITLE = re.compile(r"^(?:(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5} )?§ ?|(?:[ÄäÅå]rende|[Pp]unkt) )?\d{1,4}[.):]?\s+\S")
_COLUMN_MARKS_AT_LEAST = 3
# A title line goes on to the next where it ends so (a comma, a hyphen, a conjunction or a preposition).
_TITLE_GOES_ON = (",", "-", "–", " och", " om", " för", " från", " till", " av", " vid", " i", " med", " på", " samt",
                  " inom", " över", " mot", " enligt")


def _column_mark(text: str) -> re.Match | None:
    mark = _COLUMN_MARK.fullmatch(text)
    # (bare, four digits are a year's, not a row's number)
    return mark if mark and (mark.group("head") or len(mark.group("n")) <= 3) else None


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _title_like(text: str) -> bool:
    """A title's line as a column sets it: a capital (or a quote) first and a word in lower case (a case number, a
    date or a page's number alone is another column's cell or the page's)."""
    opens = text[:1].isupper() or text[:1] in "\"”“«" and text[1:2].isupper()
    return opens and bool(re.search(r"[a-zåäöé]{3}", text))


def _column_titles(lines: list[Line], at: int, count: int) -> int | None:
    """Where `count` title lines, one a row, stand together from `at` (the first line with text at or after it),
    closed as a column is: the text's end, a blank line, the list's next mark, or a line no title's (a line the last
    row holds: set deeper, a point under it, a title going on in lower case, in brackets or after an open ending; a
    page's number). Each title _title_like, no mark, set as deep as the first, none going on from the one above:
    where a title went on to a second line the lines no longer tell which title is whose. None where the lines are
    not so."""
    while at < len(lines) and not lines[at].text.strip():
        at += 1
    if at + count > len(lines):
        return None
    depth = _indent(lines[at].text)
    for index in range(at, at + count):
        text = lines[index].text.strip()
        if not _title_like(text) or _column_mark(text) or _indent(lines[index].text) != depth \
                or index > at and lines[index - 1].text.rstrip().endswith(_TITLE_GOES_ON):
            return None
    if at + count == len(lines):
        return at
    after = lines[at + count].text
    closed = not _title_like(after.strip()) or _MARK_THEN_TITLE.match(after.strip()) or _indent(after) > depth \
        or lines[at + count - 1].text.rstrip().endswith(_TITLE_GOES_ON)
    return at if closed and not _next_column_below(lines, at + count, depth) else None


# Lines of the last title's own and blank lines looked through for the next column: a bound, so a long text in lower
# case below many columns is not read through once for each.
_NEXT_COLUMN_WITHIN = 20


def _next_column_below(lines: list[Line], at: int, depth: int) -> bool:
    """Whether the table's next column follows the titles (past the lines the last title goes on with and blank
    lines): two cells or more one a line with a number and no word in lower case ("KS 2024/12", "3-9", a date),
    its Dnr or page column. Then the columns are the table readers' (agendarows.pair_number_column, which ties a
    Dnr column counting as many to the rows); a page's number alone ("2(2)") is none."""
    reach = at + _NEXT_COLUMN_WITHIN
    while at < min(len(lines), reach) and (not lines[at].text.strip() or _indent(lines[at].text) > depth
                               or not lines[at].text.strip()[:1].isupper() and not lines[at].text.strip()[:1].isdigit()
                               or lines[at - 1].text.rstrip().endswith(_TITLE_GOES_ON)):
        at += 1
    cells = 0
    while cells < 2 and at < len(lines) and (text := lines[at].text.strip()) and not _column_mark(text) \
            and re.search(r"\d", text) and not re.search(r"[a-zåäöé]{3}", text):
        cells += 1
        at += 1
    return cells >= 2


def rows_from_column_blocks(lines: list[Line]) -> list[Line]:
    """A list's columns extracted one after the other: at least three marks alone, one a line, counting up in one
    form ("§ 12" / "§ 13" / "§ 14"; a dotted column's number may have lost its dot, "3" among "2." and "4."),
    then exactly as many titles (_column_titles): each mark and the title in its place set on one line again, as
    the list's rows, "§ 13 Budget 2025", a blank line between two. Where the counts do not match, or the titles'
    lines cannot be told apart, the lines stay as they are."""
    result: list[Line] = []
    at = 0
    while at < len(lines):
        first = _column_mark(lines[at].text.strip())
        if first is None:
            result.append(lines[at])
            at += 1
            continue
        head = (first.group("head") or "").replace(" ", "")
        marks, tails, end, last = [at], {first.group("tail")}, at + 1, int(first.group("n"))
        while end < len(lines):
            text = lines[end].text.strip()
            mark = _column_mark(text) if text else None
            # (numbers counting up, not only by one: a page's list of the matters with papers, "4" / "5" / "8", a row
            # number run onto the title above, "3 ... 4 TEMA-BBIC" then "5")
            if text and not (mark and (mark.group("head") or "").replace(" ", "") == head
                             and int(mark.group("n")) > last):
                break
            if mark:
                marks.append(end)
                tails.add(mark.group("tail"))
                last = int(mark.group("n"))
            end += 1
        end = marks[-1] + 1
        above = next((line.text.strip() for line in reversed(result[-3:]) if line.text.strip()), "")
        # (a column whose numbers fall, "4." then "2.", is no one column: neither part is tied to the titles)
        titles = _column_titles(lines, end, len(marks)) if len(marks) >= _COLUMN_MARKS_AT_LEAST \
            and len(tails - {""}) <= 1 and not _column_mark(above) else None
        if titles is None:
            result.extend(lines[at:end])
            at = end
            continue
        # (a document's lines stay one a line number: the rows take every other line up to the last title's, a blank
        # line between two, as lists set them, the last row next to the lines it holds below it; the rest left empty)
        end = titles + len(marks)
        places = {end - 1 - 2 * (len(marks) - 1 - k): k for k in range(len(marks))}
        result.extend(Line(line.number, f"{lines[marks[places[index]]].text.strip()} "
                                        f"{lines[titles + places[index]].text.strip()}")
                      if index in places else Line(line.number, "") for index, line in enumerate(lines[at:end], at))
        at = end
    return result


# What only a signed protocol prints: its signature box and its justering (see meetingkind.PROTOCOL_SIGNALS, which
# this module cannot import), or its kind word heading it (checked in the text's first lines only).
_PROTOCOLS_OWN = re.compile(r"justerandes\s+sign|utdragsbestyrkande|protokollet\s+är\s+justerat|"
                            r"justeringens\s+(?:plats|tid)", re.IGNORECASE)
_PROTOCOL_HEADING = re.compile(r"\b(?:sammanträdesprotokoll|protokollsutdrag|protokoll)\b", re.IGNORECASE)
_AGENDA_HEADING = re.compile(r"(?:kallelse|föredragningslista|dagordning|kungörelse)\b", re.IGNORECASE)
_HEAD_LINES = 10
_AGENDA_HEAD_LINES = 6  # (as meetingkind.detect reads a document's name: a kallelse names itself at its top)
# "§ Ärende" over a list's numbers: the sign printed once as its column's head, the numbers under it read as §§ so.
_SIGN_AS_COLUMN_HEAD = re.compile(r"^\s*§(?:\s+[A-ZÅÄÖ][a-zåäö]+)?\s*$")
_MARK_NUMBER_ALONE = re.compile(r"^\s*(?P<n>\d{1,3})$")
# A chain counting from 1, 2 or 3 may be the pages' own numbers ("1 PROTOKOLL", "2 PROTOKOLL" ...): left as written.
FIRST_PAGES = 3
COUNTED_MARKS = 3  # marks counting up one by one: a protocol's §§, not a page's or a table's stray numbers


def _names_itself_a_protocol(lines: list[Line]) -> bool:
    """Whether the text is a protocol by what it prints: a protocol's signature box or justering anywhere, or its
    kind word in a short line of its head; and no line of that head opening with an agenda's name (a kallelse
    numbers its rows too; an item's "Fastställande av dagordning" names none)."""
    head = list(itertools.islice((text for text in (line.text.strip() for line in lines) if text), _HEAD_LINES))
    if any(_AGENDA_HEADING.match(line) and len(line.split()) <= 8 for line in head[:_AGENDA_HEAD_LINES]):
        return False
    return any(_PROTOCOL_HEADING.search(line) and len(line.split()) <= 8 for line in head) \
        or any(_PROTOCOLS_OWN.search(line.text) for line in lines)


def signs_counted_up(lines: list[Line]) -> list[Line]:
    """A protocol whose paragraph marks all lost their "§" (an extraction that drops the sign: "12 Budget", "KS 12
    Budget", a column of marks "19" / "20" / "21"), no range stated to confirm them (signs_confirmed_by_range): where
    three or more lines in a row of such marks open with numbers counting up one by one, each a title or a Dnr after
    it (or a column of numbers alone), those numbers are read as the "§" marks they are. The numbers' own order is
    the sign: a page's number or a table's cell does not count on from the line before. Only in a text that is a
    protocol by what it prints (its signature box, its justering, its kind word heading it): a kallelse numbers its
    rows "1 Upprop" so too."""
    # ("§" in the line first: both patterns need it, and most lines of most texts have none)
    if any("§" in line.text and (_SIGNED_MARK.match(line.text) or _SIGN_AS_COLUMN_HEAD.match(line.text))
           for line in lines) or not _names_itself_a_protocol(lines):
        return lines
    candidates = []
    for index, line in enumerate(lines):
        match = _BARE_MARK.match(line.text) or _MARK_NUMBER_ALONE.match(line.text)
        if match and int(match.group("n")) > 0 and not line.text.rstrip().endswith(".") and "§" not in line.text:
            candidates.append((index, match))
    marked: list[tuple[int, re.Match]] = []
    run: list[tuple[int, re.Match]] = []
    for candidate in [*candidates, None]:
        if candidate is not None and run and int(candidate[1].group("n")) == int(run[-1][1].group("n")) + 1:
            run.append(candidate)
            continue
        if _counts_as_marks(lines, run):
            marked += run
        run = [candidate] if candidate is not None else []
    if not marked:
        return lines
    result = list(lines)
    for index, match in marked:
        text = lines[index].text
        result[index] = Line(lines[index].number, text[:match.start("n")] + "§ " + text[match.start("n"):])
    return result


def _counts_as_marks(lines: list[Line], run: list[tuple[int, re.Match]]) -> bool:
    """Whether a run of lines whose numbers count up one by one is a protocol's marks: three at least, not counting
    from a page's first numbers, no two with the same text after the number (a running page head, "2 PROTOKOLL"),
    and its numbers alone (no title after them) either few beside marks with titles or stacked as a column, one
    right after another (a page's number alone stands a page apart from the next)."""
    if len(run) < COUNTED_MARKS or int(run[0][1].group("n")) <= FIRST_PAGES:
        return False
    alone = [at for at, (_index, match) in enumerate(run) if match.re is _MARK_NUMBER_ALONE]
    rests = [" ".join(lines[index].text[match.end():].split()) for index, match in run if match.re is _BARE_MARK]
    if len(set(rests)) < len(rests):
        return False
    return len(run) - len(alone) >= COUNTED_MARKS or all(
        any(0 <= other < len(run) and _next_text(lines, run[min(at, other)][0]) == run[max(at, other)][0]
            for other in (at - 1, at + 1)) for at in alone)


def _next_text(lines: list[Line], index: int) -> int:
    """The index of the first line with text after `index` (len(lines) at the end)."""
    index += 1
    while index < len(lines) and not lines[index].text.strip():
        index += 1
    return index


# A line longer than common.RUN_ON (120) was never wrapped at a width; a page narrower than this
# holds columns or a list, not wrapped prose.
_WIDEST_WRAP = 120
_NARROWEST_WRAP = 60
# Consecutive lines broken by the width before a run is rejoined: one line of the author's that
# happens to fill the width (before a heading, a § row) is left as set.
WRAPPED_RUN = 2
# A run this long shows a wrapper, not an author's paragraph: then a single line the width broke is rejoined too.
WRAPPER_SHOWN = 4
# So many such lines in the document, each alone (a kallelse's rows, each title the width broke once: "11. Medborgar-
# förslag, ... utanför bland annat" / "Letälvsgården", Degerfors, Flen hard-wrapped), show the wrapper too; an author's
# own lines fill the width so at most six times in a tuning document (Halland's kallelse).
WRAPPED_LINES_SHOWN = 7


# The most words a heading the author set on a line of its own after a sentence has ("Sammanträdestider 2022").
_HEADING_WORDS = 3


def _heading_after_sentence(text: str, following: str) -> bool:
    """Whether the author broke the line: it ends a sentence and the next line is a short heading with no sentence's
    end ("... den egna verksamheten." / "Sammanträdestider 2022", Nerikes brandkår's page once wrapped at a width),
    which no wrapper would have set apart had it fitted; the reflow rule alone cannot tell it from a wrapped line."""
    return text.endswith((".", "!", "?")) and len(following.split()) <= _HEADING_WORDS \
        and following[:1].isupper() and not following.endswith((".", ",", ";"))


# A line that opens with a date ("Tisdag 15 januari kl. 13.00 Regionstyrelsens arbetsutskott", "2024-01-23 ...",
# "5/2 ...", "Tis 16 okt ...").
_OPENS_WITH_A_DATE = re.compile(r"^(?:(?:" + "|".join(WEEKDAYS) + r"|(?:" + "|".join(WEEKDAY_ABBREVIATIONS)
                                + r")\.?)(?:en)?,?\s+(?:den\s+)?)?"
                                r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}(?:\s+(?:" + "|".join(sorted(
                                    [*MONTHS, *MONTH_ABBREVIATIONS], key=len, reverse=True))
                                + r")\b|/\d{1,2}\b))", re.IGNORECASE)


# A line opening with a label and its colon, then a date: "Kommunfullmäktige: 17 januari, 14 februari", "Myndighetsnämnd
# Bygg och miljö: 25 januari, ...", "Sammanträdesdatum: 2020-03-12" (a body's dates, a form's field).
_OPENS_WITH_A_LABELLED_DATE = re.compile(r"^(?-i:[A-ZÅÄÖ])[A-Za-zÅÄÖåäö ,/&-]{0,60}?:\s*(?="
                                         + _OPENS_WITH_A_DATE.pattern[1:] + ")", re.IGNORECASE)


# A line opening with a row's label word and its number: "Ärende 3 Val av ...", "Punkt 4 ...", "§ 12 ...".
_OPENS_WITH_A_LABELLED_NUMBER = re.compile(r"^(?P<label>§|[A-ZÅÄÖ][a-zåäö]+)\s?(?P<n>\d{1,3})\.?\s")


# A line opening with a list's number and its mark, then a capitalised word: "19) Beviljande ...", "7. Val av ...".
_OPENS_WITH_A_ROW_NUMBER = re.compile(r"^(?P<n>\d{1,3})(?P<mark>[.)]?)\s+[A-ZÅÄÖ]")


def _rows_of_a_list(text: str, following: str) -> bool:
    """Whether the author set both lines as rows: a table's row closed by its "|" (no word-wrapper ends a line so),
    two lines that each open with a date, or with a label and its colon before a date (a plan's list of meetings,
    one a line, or its bodies' lines; wrapped prose does not start two lines running so), or two lines that open
    with the same label and numbers one apart ("Ärende 3 Val av ..." / "Ärende 4 Val av ...": wrapped prose does
    not either, and a join leaves the label to the row above's title), or with numbers one apart set alike
    ("19) Beviljande av ..." / "20) Beviljande av ...")."""
    if text.endswith("|") or bool(_OPENS_WITH_A_DATE.match(text) and _OPENS_WITH_A_DATE.match(following)):
        return True
    if _OPENS_WITH_A_LABELLED_DATE.match(text) and _OPENS_WITH_A_LABELLED_DATE.match(following):
        return True  # each line a label and its dates ("Kommunstyrelsen: 31 januari, ..."): rows, as dated lines are
    this, that = _OPENS_WITH_A_LABELLED_NUMBER.match(text), _OPENS_WITH_A_LABELLED_NUMBER.match(following)
    if this and that and this.group("label") == that.group("label") \
            and int(that.group("n")) == int(this.group("n")) + 1:
        return True
    this, that = _OPENS_WITH_A_ROW_NUMBER.match(text), _OPENS_WITH_A_ROW_NUMBER.match(following)
    return bool(this and that and this.group("mark") == that.group("mark")
                and int(that.group("n")) == int(this.group("n")) + 1)


def rejoin_width_wrapped(lines: list[Line]) -> list[Line]:
    """Rejoin text an extractor hard-wrapped at a fixed width (a pdftotext of a copy site's run-on
    page): a line is broken by the width when the next line's first word would not have fitted
    after it (the reflow rule of format=flowed text and of every word-wrapper), the width being
    the document's widest line. Runs of WRAPPED_RUN such lines or more are rejoined (single ones too where a
    run of WRAPPER_SHOWN shows the wrapper), the line that ends each run with them, on the run's first
    line (the others left empty). Where the author broke
    the line (a heading, a § row, a short last line) nothing changes, so the readers see the text
    as if its line breaks had been lost, which they read already."""
    texts = [line.text.strip() for line in lines]
    width = max(map(len, texts), default=0)
    if not _NARROWEST_WRAP <= width <= _WIDEST_WRAP:
        return lines

    def width_broke(index: int, fill: float) -> bool:
        """Whether the width broke texts[index], a line that fills `fill` of the width or more. A line set in
        columns (a table's row padded with spaces, "1    Revidering ...      KS13/412") fills the width by its
        padding, not by its words: a word-wrapper sets single spaces."""
        text = texts[index]
        return len(text) >= width * fill and index + 1 < len(texts) and bool(texts[index + 1]) \
            and len(text) + 1 + len(texts[index + 1].split()[0]) > width and "  " not in text \
            and not _heading_after_sentence(text, texts[index + 1]) and not _rows_of_a_list(text, texts[index + 1])

    full = [width_broke(index, 0.75) for index in range(len(texts))]
    # Once a run shows the text was wrapped at this width, a single line the width broke is the wrapper's too
    # (a long line of the page wrapped once: "1 Kallelse Kommunstyrelsen ... Torsdag kl 08:00 i" / "Kommunfull-
    # mäktiges sessionssal ...").
    least = WRAPPED_RUN
    run = 0
    for is_full in full:
        run = run + 1 if is_full else 0
        if run >= WRAPPER_SHOWN:
            least = 1
            break
    if sum(full) >= WRAPPED_LINES_SHOWN:
        least = 1
    if least == 1:
        # Once the wrapper is shown, a line it broke before a long word ("... KS 168 Information från" /
        # "kommunchefen/kommunstyrelseförvaltningen Dnr 43/14 ...") is its too though it fills less of the width:
        # the reflow rule alone tells it, for a line of half the width or more.
        full = [is_full or width_broke(index, 0.5) for index, is_full in enumerate(full)]
    result: list[Line] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and full[end]:
            end += 1
        if end - index >= least:
            # Each line of the file stays in its place (readers look a line up by its number),
            # the run's others left empty.
            result.append(Line(lines[index].number, " ".join(texts[index:end + 1])))
            result.extend(Line(line.number, "") for line in lines[index + 1:end + 1])
            index = end + 1
        else:
            result.append(lines[index])
            index += 1
    return result


# The glyphs a list's points are set with (a plan's list of dates, a tjänsteskrivelse's list of recipients).
BULLET_GLYPHS = "•·▪◦‣∙"
# A bullet between a list's points: "•" sets a list one point a line in 15 tuning plans of as many municipalities
# (Båstad, Jönköping, Mjölby, Nacka, Växjö, Region Västmanland ...) and in kallelser's lists of items (Mölndal,
# Norrköping ...).
_BULLET_BETWEEN = re.compile(r"\s*•\s*")
# A bulleted list's paragraph, not a page given as one line that holds a bullet or two: what stands before its
# first bullet is a heading's few words at most, and no point is as long as two run-on lines (common.RUN_ON, 120): a
# matter's title or a proposal's point runs to 170 characters ("Motion av ... (SD) om utredning av kostnader och
# utfall ... som utförs över lagstadgade krav", Norrköping; Helsingborg's, Lidköping's, Linköping's points of 139-183),
# a page's paragraphs run on far longer.
_BULLETED_HEAD_WORDS = 3
_LONGEST_POINT = 240


def bullets_apart(lines: list[Line]) -> list[Line]:
    """A bulleted list run on in one line, as a page that lost its line breaks gives it ("• 24 januari • 14 februari
    • 6 mars och 27 mars", "Ärenden • Upprop • Val av protokollsjusterare ..."): each point on a line of its own
    with its bullet, as the list was set, each keeping the line's number. A line with one bullet or none, or one
    that is no list's paragraph (a long text before the first bullet, a point as long as a page), stands as it is."""
    result: list[Line] = []
    for line in lines:
        if line.text.count("•") < 2:
            result.append(line)
            continue
        first, *points = _BULLET_BETWEEN.split(line.stripped)
        if len(first.split()) > _BULLETED_HEAD_WORDS or any(len(point) >= _LONGEST_POINT for point in points):
            result.append(line)
            continue
        if first:
            result.append(Line(line.number, first))
        result.extend(Line(line.number, "• " + point) for point in points if point)
    return result


def pdf_text(path: Path, raw: bytes) -> str:
    """The text layer of a PDF, page after page (pypdf). A PDF without one (a scan) is
    refused with a message that says so; nothing is guessed from images."""
    import io
    import logging

    from pypdf import PasswordType, PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            # Only an empty user password opens it here; decrypt() says so by its return
            # value (NOT_DECRYPTED), and raises for ciphers it cannot handle.
            try:
                opened = reader.decrypt("") != PasswordType.NOT_DECRYPTED
            except Exception:  # noqa: BLE001 - pypdf raises several kinds here
                opened = False
            if not opened:
                raise ImportFailed("PDF-filen är krypterad; spara den utan lösenord först", file=str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except ImportFailed:
        raise
    except PyPdfError as error:
        raise ImportFailed(f"kan inte läsa PDF-filen: {error or type(error).__name__}", file=str(path)) from None
    except Exception as error:  # noqa: BLE001 - a damaged PDF makes pypdf raise almost anything
        raise ImportFailed(f"kan inte läsa PDF-filen (skadad?): {type(error).__name__}", file=str(path)) from None
    text = "\n".join(pages)
    if not text.strip():
        raise ImportFailed(
            f"PDF-filen har inget textlager ({count(len(pages), 'sida', 'sidor')}, troligen skannade bilder); "
            "kör textigenkänning (OCR) först",
            file=str(path),
        )
    return text


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
    # A link holds "://" or "www.": a line without either is not matched against the pattern.
    return [line for line in lines if not (("://" in line.text or "www." in line.text) and _URL_LINE.match(line.text))]


# A document site's own text around the document it shows: its viewer's controls, the
# "Transkript" label before the text, template residue; never the document's content. (The viewer's two controls
# may stand on one line, "Storlek: px Starta visningen från sidan:", where a copy lost the break between them.)
_SITE_LINE = re.compile(
    r"^(?:storlek:\s*(?:\d+\s*)?px(?:\s+starta visningen från sidan:?)?|starta visningen från sidan:?|transkript"
    r"|save this (?:pdf|document) as:?"
    r"|(?:(?:word|png|txt|jpg|pdf)\s*){2,}|\$(?:left|middle|right)|sv|null|ladda ner|skriv ut|dela"
    r"|visa fler|läs mer|till toppen|hoppa till innehåll|•?\s*no results found|n/a|protected|copied!"
    r"|academic year:.*|share \".*\"|loading\.*(?: \(view fulltext now\))?|full text"
    r"|upload: .*|post on .*|\d+ views?|category:|documents|references|\d+ downloads?|transcript"
    # 5dok's count of the file's pages and its downloads ("30  Download (0)": Årjäng, Bollebygd, Hässleholm, Mellerud,
    # Simrishamn)
    r"|\d+\s+download \(\d+\)"
    r"|views: \d+ pages: \d+|embed size \(px\)|citation preview"
    # yumpu.com's viewer: its upload date and views, its controls and its advertisement for itself
    r"|\d{2}\.\d{2}\.\d{4} views|show (?:more|less)|you also want an epaper\?.*|yumpu automatically turns .*"
    r"|(?:\d+\s*[kmg]b\s+)?ladda ner (?:dokument|filen|fil|pdf)|hoppa över navigering(?:en)?|skriv ut sidan"
    r"|dela (?:sidan|på \w+)|senast (?:uppdaterad|ändrad|granskad):?(?:\s+\d{1,2}\s+\w+\s+\d{4}|\s+\d{4}-\d{2}-\d{2})?"
    r"|sidansvarig:.*|publicerad:?\s+\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}[.:]\d{2})?"
    # A municipal web page's own buttons and links around the text: "Lyssna" (Dorotea, Götene, Perstorp, Vetlanda),
    # "Kontakta oss" (Lidköping, Malmö, Överkalix, Perstorp), "Meny" (Perstorp, Region Sörmland), the cookie notice
    # (Mönsterås, Region Gävleborg), "Hoppa till huvudinnehållet"
    r"|lyssna|meny|sök|kontakta oss|tillgänglighetsredogörelse|om webbplatsen|hoppa till (?:huvud)?innehållet"
    r"|vi använder (?:kakor|cookies)\b.*|godkänn(?: alla)? (?:kakor|cookies)|endast nödvändiga (?:kakor|cookies))$",
    re.IGNORECASE,
)
# A web page's skip link, the first thing it shows, run on with the text after it where the page lost its line breaks
# ("Hoppa över navigering 1.   1", Malmö's kallelse; "Hoppa över navigering •   1", Region Gävleborg's; "Hoppa över
# navigering • Länk till ...", Region Jämtland Härjedalen's): never the document's, the rest of the line is.
_SKIP_LINK_OPENING = re.compile(r"^(?:hoppa över navigering(?:en)?|hoppa till (?:huvud)?innehåll(?:et)?)\s+(?=\S)",
                                re.IGNORECASE)
# A search engine's or a copy site's snippet of the page, the document's first words cut short around the site's
# "·" marks (never a document's own text: in tuning no municipal line sets a date or "Web view" beside a "·"):
# "protokoll kommunstyrelsen beslutande … · 2018-10-04 · ...", "· Web view2018/11/27 · I debatten deltog ..."
# (Arvidsjaur's copy), "Protokoll barn- och utbildningsnämnden 9 juni 2020...2020/06/09 · ..." (Krokom's),
# "2018–2020 Skövde kommun · 2017-08-15 · Theres Sahlström (M), ...,..." (Skövde's), and the same snippet repeated
# over each page of the viewer as "Page 2: ..." (Gotlands Centerpartidistrikt's, Skövde's).
_SNIPPET_DATE = r"\d{4}[-/]\d{2}[-/]\d{2}"
_SNIPPET = re.compile(rf"…\s*·\s*.*·|·\s*web view|(?:\.\.\.|…)\s*{_SNIPPET_DATE}\s*·|^page \d+:.*·"
                      rf"|·\s*{_SNIPPET_DATE}\s*·.*(?:\.\.\.|…)$", re.IGNORECASE)
# A copy site's viewer counters, each label on its line and its count on the next ("• Upload" "others", "• View"
# "1", "• Download" "0"; Arvidsjaur's and Krokom's copies): the label is the site's, and so is the count after it.
_VIEWER_COUNTER = re.compile(r"^•\s*(?:upload|view|download)$", re.IGNORECASE)
_VIEWER_COUNT = re.compile(r"^(?:others|\d+)$", re.IGNORECASE)
# A copy site's (docplayer's) note on who uploaded the file, when, and its views, each a dash row above "Transkript"
# ("|" "|" "- Rolf Lundqvist" "- för 8 år sedan" "- Visningar:"; 21 tuning copies of 19 organisations): the
# uploader's name is the site's row right above the age, and so are the bars above it.
_UPLOAD_AGE = re.compile(r"^-\s*för \d+ (?:år|månader|månad|veckor|vecka|dagar|dag|timmar) sedan$"
                         r"|^-\s*visningar:(?:\s*\d+)?$", re.IGNORECASE)
_UPLOADER = re.compile(r"^-\s*[A-ZÅÄÖ][\w.-]*(?:\s+[A-ZÅÄÖ][\w.-]*){1,3}$")
# A site's note on a linked file: "Valärenden (pdf-fil, 22 kB)".
_FILE_NOTE = re.compile(r"\s*\((?:pdf|word|excel|docx?|xlsx?)-?fil,?\s*[\d\s.,]+\s*[kKmMgG]B\)", re.IGNORECASE)
# The site's title for the file it offers: the document's own first words (often with the
# date its text lost), so it is kept, without the site's "Download".
_DOWNLOAD = re.compile(r'^download\s+"(?P<title>.*)"\s*$', re.IGNORECASE)
# After "Relevanta dokument" a site lists other documents: none of it is this one.
# A municipal web page's feedback form closes its content: "Hjälpte informationen på (den här) sidan dig?" (Båstad,
# Mjölby), only the site's footer after it.
_RELATED = re.compile(r"^(?:(?:relevanta dokument|liknande dokument|related documents)\b"
                      r"|hjälpte informationen på (?:den här )?sidan dig\?)", re.IGNORECASE)
# "K o m m u n s t yr e l s e n": letters set apart by the PDF's letter spacing.
_SPACED = re.compile(r"(?<![\w])(?:[A-Za-zÅÄÖåäöÉé]{1,2} ){5,}[A-Za-zÅÄÖåäöÉé]{1,2}(?![\w])")
# What every _SPACED match holds: its second to fifth letters, each between single spaces.
_SPACED_RUN = re.compile(r" (?:[A-Za-zÅÄÖåäöÉé]{1,2} ){4}")
# The first letter (casefolded, as IGNORECASE reads it) of every _RELATED and _SITE_LINE match; a
# _SITE_LINE match may also open with a digit. Keep them in step with the patterns.
_RELATED_FIRST = frozenset("rlh")
_SITE_FIRST = frozenset("stwpj$nldvh•cafurymkoge")


def _close_up(match: re.Match) -> str:
    """Join the letters only when most are single: "i en av de" stays words."""
    tokens = match.group().split()
    return "".join(tokens) if sum(len(t) == 1 for t in tokens) * 3 >= len(tokens) * 2 else match.group()


# A web page's breadcrumbs: its home link first (or a "Du är här:" label), then three or more steps down to the page
# ("Din position: Hem > Tyresö kommun > Kommunstyrelsen > Sammanträde 2024-03-05", as Tyresö's, Värmdö's and
# Stockholm's pages give them; "Här är du: Mönsterås kommun » Kommun & politik » ..."). One naming the meeting (a
# body, a date) is kept; one of the site's sections only ("Startsida / Kommun och politik / Sammanträden") is the
# site's own text, which would fill the head's reach in which the kind is named.
_BREADCRUMBS = re.compile(r"^(?:(?:du är här|din position|här är du):\s*)?(?:startsida|start|hem|home)\b[^/>›»\d]*"
                          r"(?:\s[/>›»]\s[^/>›»\d]+){2,}$", re.IGNORECASE)
_BREADCRUMB_STEP = re.compile(r"\s[/>›»]\s")
_BREADCRUMBS_FIRST = frozenset("dhs")  # the first letter (casefolded) of every _BREADCRUMBS match


def _site_breadcrumbs(text: str) -> bool:
    """Breadcrumbs (_BREADCRUMBS) that name no date and no body: the site's own text."""
    return bool(_BREADCRUMBS.match(text)) and not any(naming.body_kind(step) for step in _BREADCRUMB_STEP.split(text))


def _site_kind(text: str) -> str | None:
    """"related" (a site's list of other documents starts at this stripped line), "site" (a site's
    own text), or None. The lines are cleaned once per document (common.site_content)."""
    first = text[:1].casefold()  # each pattern's match opens with one of a few letters (_SITE_FIRST ...)
    if first in _RELATED_FIRST and _RELATED.match(text):
        return "related"
    if (first in _SITE_FIRST or first.isdecimal()) and _SITE_LINE.match(text) or "·" in text and _SNIPPET.search(text):
        return "site"
    if first in _BREADCRUMBS_FIRST and _site_breadcrumbs(text):
        return "site"
    return None


def _letter_spaced(text: str) -> bool:
    # Four short words in a row between single spaces, found by a search that skips to each
    # space, before the pattern that tries every position (a third of its cost).
    return bool(_SPACED_RUN.search(text)) and bool(_SPACED.search(text))


def _site_title(lines: list[Line]) -> str | None:
    """The text of the first 'Download "..."' line (Document.site_title), None without one."""
    # The site's title stands in quotes: a line without '"' is not matched against the pattern.
    return next((m.group("title").strip() for line in lines
                 if '"' in line.text and (m := _DOWNLOAD.match(line.stripped))), None)


# A copy site's (5dok's) title of the page, set above its viewer and repeated in its share control ('Share "..."'):
# where it is a § heading ("§ 57 Val av justerare" over Hörby's excerpt, whose pages stop in the attendance list)
# or a list's numbered row ("2. Val av justerare: ... 3. Dag och tid för justering ... 4. Anmälan av övriga frågor"
# over Håbo's kallelse), the site lifted it from the document's inner pages, so above the document's first page it
# is the site's: read as the first § it ended the protocol's head before its front page, read as the first rows it
# took the kallelse's place of its own list and left its head (body, date) above no row.
_SHARE = re.compile(r'^share\s+"(?P<title>.*)"\s*$', re.IGNORECASE)
_ITEM_HEADING = re.compile(r"^(?:§\s*\d|\d{1,3}\.\s)")


def _site_paragraph_title(lines: list[Line]) -> tuple[str, int] | None:
    """The site's title shared ('Share "§ 57 ..."') where it opens with a § mark or a row's number ("2. "), and the
    share line's number."""
    for line in lines[:40]:
        share = _SHARE.match(line.stripped) if '"' in line.text else None
        if share and _ITEM_HEADING.match(title := share.group("title").strip()):
            return title, line.number
    return None


def drop_site_text(lines: list[Line], *, keep_title: bool = True) -> list[Line]:
    """Remove a document site's own text (issue 13): viewer controls, "Transkript", the list
    of other documents after "Relevanta dokument"; close up letter-spaced words. The site's
    title of the file ("Download "...""), often the document's first words with the date its
    text lost, is kept as a line of its own unless `keep_title` is false; then it and the
    page's first line that repeats it are dropped (a tjänsteskrivelse's title is its own)."""
    kept: list[Line] = []
    site_title = _site_title(lines)
    shared = _site_paragraph_title(lines)
    previous_note: str | None = None  # the file note ("(pdf-fil, 614 kB)") of the line before
    counter_before = False  # the line before with text was a viewer's counter label (its count follows)
    for line in lines:
        if not keep_title and site_title and line.stripped and line.stripped == site_title:
            continue
        if shared and line.number < shared[1] and line.stripped == shared[0]:
            continue
        text = line.stripped
        skip_link = _SKIP_LINK_OPENING.match(text) if text[:1] in "hH" else None
        if skip_link:
            line = Line(line.number, text[skip_link.end():], page_start=line.page_start)
            text = line.stripped
        if counter_before and text:
            counter_before = False
            if _VIEWER_COUNT.match(text):
                continue
        kind = _site_kind(text)
        if kind == "related":
            break
        if kind == "site":
            continue
        if text[:1] == "•" and _VIEWER_COUNTER.match(text):
            counter_before = True
            continue
        if text[:1] == "-" and _UPLOAD_AGE.match(text):
            if kept and _UPLOADER.match(kept[-1].stripped):
                kept.pop()
                while kept and kept[-1].stripped == "|":  # the site's bars above the uploader (every copy in tuning)
                    kept.pop()
            continue
        download = _DOWNLOAD.match(text) if '"' in text else None
        if download:
            if keep_title:
                kept.append(Line(line.number, download.group("title")))
            continue
        note = _FILE_NOTE.search(line.text) if "(" in line.text else None  # most lines hold no note
        if note:
            if kept and kept[-1].number == line.number - 1 and previous_note == note.group().strip():
                # The same file's note on the line before: one link's text wrapped over two lines.
                kept[-1] = Line(kept[-1].number, kept[-1].text + " " + _FILE_NOTE.sub("", line.text).strip(),
                                page_start=kept[-1].page_start)
                continue
            previous_note = note.group().strip()
            line = Line(line.number, _FILE_NOTE.sub("", line.text), page_start=line.page_start)
        else:
            previous_note = None
        if _letter_spaced(line.text):
            line = Line(line.number, _SPACED.sub(_close_up, line.text))
        kept.append(line)
    return kept

"""The words Swedish municipalities and regions name their documents' kinds with, in one place.

Every reader that asks "does this text name its kind?" builds its pattern from these lists, so a
kind word learnt once (a fullmäktige's "Kungörelse", a board's "Ärendelista") is known everywhere:
the kind's decision (meetingkind.detect), the record's form and the last word on whether a text is
a municipal document at all (archive.importing)."""

from __future__ import annotations

from archive.importing.text import ocr_tolerant

# A meeting's call and its list of matters: "Kallelse", "KALLELSE/FÖREDRAGNINGSLISTA", "Dagordning",
# a fullmäktige's public notice "Kungörelse" (Botkyrka, Hultsfred, Mölndal, Härryda), "Ärendelista"
# (the kallelser of Degerfors, Östhammar, Sävsjö, Vetlanda; protocols head their own list of
# paragraphs so too, Kävlinge, Hylte, Finspång, which meetingkind.detect tells apart by a protocol's
# signs), "KALLELSE/UNDERRÄTTELSE" (Haninge, Kungsbacka), "Anmälningslista".
AGENDA_KINDS = ("kallelse", "föredragningslista", "ärendelista", "dagordning", "kungörelse", "underrättelse",
                "anmälningslista")
# A meeting's minutes and extracts of them.
PROTOCOL_KINDS = ("sammanträdesprotokoll", "protokollsutdrag", "protokoll")
# An officer's report on one matter.
REPORT_KINDS = ("tjänsteskrivelse", "tjänsteutlåtande", "tjänsteyttrande")
# Words that name a municipal notice or a meeting's papers as a heading, but say nothing of which
# reader takes them: "Tillkännagivande" (a fullmäktige's notice; Jönköpings län, Region Jämtland
# Härjedalen, Västerås, Norrtälje, Strängnäs name their notices so), "Handlingar", "Beslutsunderlag".
NOTICE_KINDS = ("tillkännagivande", "handlingar", "beslutsunderlag")
# A plan of meetings: "Sammanträdesplan", "Sammanträdestider 2024", "Mötesdagar".
PLAN_KINDS = ("sammanträdesplan", "sammanträdestider", "sammanträdesdagar", "sammanträdesdatum",
              "sammanträdeskalender", "mötesplan", "mötestider", "mötesdagar", "mötesdatum")


def alternation(*kinds: tuple[str, ...], plural: bool = False) -> str:
    """The kinds' words as one regular-expression alternation, longest first (so "protokollsutdrag"
    is tried before "protokoll"), words of one length in alphabetical order, so the pattern is the same in
    every process (a set's order is not); `plural`: "kallelser", "kungörelser" too. Each word also in a scan's
    OCR confusions ("Ftiredragningslista", "Sarnmanträdesplan", "Protoko1l": text.ocr_tolerant), none a word."""
    words = sorted({word for group in kinds for word in group}, key=lambda word: (-len(word), word))
    return "|".join(ocr_tolerant(word) + ("(?:r)?" if plural and word.endswith("else") else "") for word in words)


def capitals(*kinds: tuple[str, ...]) -> str:
    """The kinds' words in capitals, as letterheads set them ("KALLELSE/FÖREDRAGNINGSLISTA")."""
    return alternation(*kinds).upper().replace("(?:R)?", "")

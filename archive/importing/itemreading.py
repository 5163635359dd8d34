"""What MeetingDocumentParser.item's steps hand on to each other while one § or agenda row is read.

item() reads a row in steps (MeetingDocumentParser.item's docstring names them, in order); each step reads what the
ones before it left here and leaves what it read, so what passes between them is named in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from archive.importing.common import Warnings
from archive.importing.text import Line


@dataclass
class ItemReading:
    notes: Warnings  # the matter's own warnings (the document's notes are the parser's)
    lines: list[Line]  # the head line, then the item's lines, run-in parts split off
    decision_from_sentence: bool  # a protocol's decision read from a sentence, no Beslut heading
    head_text: str  # what the head line says after the item's number
    case_number: str | None = None
    rest_of_head: str | None = None  # the head line's text after its title, where it runs on
    cut_at_text_end: bool = False  # the head's case number was cut by the text's end
    point_lines: list[Line] = field(default_factory=list)  # a run-on row's numbered points, as sections
    continued: bool = False  # a § going on from an earlier page (its title stood there)
    body_lines: list[Line] = field(default_factory=list)  # the item's text below (or after) its title
    title: str = ""  # the title's lines as read, joined (_title_lines); then as cleaned and cut
    run_on: bool = False  # the title as first read was longer than any title, or ran to the text's end
    untitled: bool = False  # kept by its number, its title not told (left empty, warned)

"""Whether a word the text ends in was cut short (issue 13): "Svar på medborgarförslag om att ordna guider till
cyke", "... om att skydda Skaras vattentäk", "Godkännande av dagordnin". A word cut at a random letter mostly ends
in letters no Swedish word ends in; a whole word ends as many others do.

word_endings.json beside this file holds the word endings Swedish text has (a word's last four letters, or a short
word whole), counted in the tuning documents' texts by bench/learn_endings.py: the language's, not an
organisation's. A word whose ending is neither there nor ends another word of its own document is taken as cut.
Lower-case words only, and none that ends in an inflection: estimated by organisations left out
(bench/learn_endings.py), about 1 whole title-ending word in 60 would be taken as cut, and 6 of the tuning half's 8
cut ones are; so this is asked only of a row the text ends in, where cut rows are common."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from pathlib import Path

ENDINGS_PATH = Path(__file__).with_name("word_endings.json")
ENDING_LENGTH = 4
WORD = re.compile(r"[^\W\d_]+")


def ending_of(word: str) -> str:
    """A word's last four letters, or a short word whole ("=" before it: a whole word, not an ending)."""
    word = word.casefold()
    return word[-ENDING_LENGTH:] if len(word) > ENDING_LENGTH else "=" + word


@functools.cache
def _known_endings() -> frozenset[str]:
    return frozenset(json.loads(ENDINGS_PATH.read_text(encoding="utf-8"))["endings"])


def endings_in(words: Iterable[str]) -> frozenset[str]:
    return frozenset(ending_of(word) for word in words)


# The endings Swedish puts on words to inflect or derive them: a word ending so is taken as whole, whatever its stem
# ("radonkartor", "minnesgåvor": plurals; "ansökan", "samverkan"; "-ning", "-het", "-ande" ...). A stub that ends so by
# chance ("seniorkor") is then read whole: precision first.
_INFLECTED = ("or", "ar", "er", "na", "en", "et", "an", "ing", "het", "tion", "else", "ande", "ende", "are", "skap",
              "ism", "ist", "ad", "at", "it", "ig", "isk", "iska", "lig", "liga")


def cut_short(word: str, known: frozenset[str] | None = None) -> bool:
    """Whether `word`, in lower case, ends as no word of the language does (word_endings.json, or `known`), and in no
    inflection. (Whether another word of its own document ends so the caller asks after this, only where this holds:
    endings_in.) A capitalised word may be a name, whole though its ending is rare ("Netwest", "Marteleur"): never taken
    as cut."""
    return word[:1].islower() and bool(WORD.fullmatch(word)) and not word.casefold().endswith(_INFLECTED) \
        and ending_of(word) not in (_known_endings() if known is None else known)

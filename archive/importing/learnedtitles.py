"""A learned reading of item titles (issue 13, spike L1): candidate lines of a meeting document, their
features, and a logistic model's score, in pure Python (no numpy: the reader must not need it).

The model is trained by bench/learn_titles.py on the tuning documents' hand golds and stored as
learned_titles.json beside this file: feature -> weight, a bias, a threshold, and the lines many
organisations print (a line many organisations print is a label, not a title)."""

from __future__ import annotations

import json
import math
import re
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from statistics import median

from archive.importing.common import CASE_NUMBER, PAGE_MARK, RUN_ON
from archive.importing.text import Line

MODEL_PATH = Path(__file__).with_name("learned_titles.json")
HASH_BUCKETS = 4096  # word features hashed (crc32) into this many: a small, stable model file

# An item's marker opening a line: "§ 12", "12.", "12)", "12", "Ärende 12", "Punkt 12".
_MARKER = re.compile(r"^(?:(?P<para>§\s*(?P<n1>\d{1,3}))|(?P<named>(?i:ärende|punkt)\s+(?P<n2>\d{1,3}))"
                     r"|(?P<n3>\d{1,3})(?P<mark>[.):]?))\s+(?=\S)")
# Markers inside a run-on line: a § and its number, or a bare number before a capital.
_MARK_IN_RUN = re.compile(r"(?:(?<=\s)|^)(?:§\s*(?P<para>\d{1,3})|(?P<num>\d{1,3})\.?)\s+(?=[A-ZÅÄÖ])")
_WORD = re.compile(r"[^\W\d_]+")
_PARTY = re.compile(r"\((?:[A-ZÅÄÖ]{1,3}|[A-ZÅÄÖ][a-zåäö]{0,2})\)")  # a party's letters after a name: "(S)", "(Kd)"
_TWO_NAMES = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)? [A-ZÅÄÖ][a-zåäöé]+")  # "Anna Berg": a person?
_CLOCK = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[.:][0-5]\d(?!\d)")


def normal(text: str) -> str:
    """White space and case normalised, trailing punctuation dropped: how a line is looked up."""
    return " ".join(text.split()).strip(" .,:;").casefold()


@dataclass
class Candidate:
    """A line, or a segment of a run-on line after an item's marker, that may be an item's title."""

    index: int  # the line's place in the list of lines
    text: str  # the candidate's text (after its marker)
    marker: str  # "para", "named", "num", "numdot", "" (none)
    number: int | None  # the marker's number
    in_run: bool  # a segment cut out of a run-on line
    base: int = 0  # the candidates cut from one line or segment share this (its first one's place)
    rest: str = ""  # the text after a cut: the title runs on into it ("" for the whole line or segment)


MAX_CUT_WORDS = 25  # a title is cut from the first words of a line; none in tuning is longer


def with_cuts(whole: list[Candidate]) -> list[Candidate]:
    """Each line or segment, and its first words up to each place a title may end where the text runs on:
    before a word opening with a capital or a digit, or after a colon, stop or bracket."""
    result = []
    for cand in whole:
        base = len(result)
        cand.base = base
        result.append(cand)
        words = cand.text.split()
        for k in range(1, min(len(words), MAX_CUT_WORDS + 1)):
            following, ending = words[k], words[k - 1]
            if following[:1].isupper() or following[:1].isdigit() or following[:1] in "(§-–" \
                    or ending[-1:] in ":.)":
                result.append(Candidate(cand.index, " ".join(words[:k]), cand.marker, cand.number, cand.in_run,
                                        base, " ".join(words[k:])))
    return result


def candidates(lines: list[Line]) -> list[Candidate]:
    """Every line and run-on segment, whole and cut (with_cuts)."""
    return with_cuts(_whole_candidates(lines))


def _whole_candidates(lines: list[Line]) -> list[Candidate]:
    result = []
    for index, line in enumerate(lines):
        text = line.stripped
        if not text:
            continue
        if len(text) > RUN_ON:
            result.extend(_run_segments(index, text))
            continue
        match = _MARKER.match(text)
        if match:
            kind = "para" if match.group("para") else "named" if match.group("named") else (
                "numdot" if match.group("mark") else "num")
            number = int(match.group("n1") or match.group("n2") or match.group("n3"))
            result.append(Candidate(index, text[match.end():], kind, number, False))
        else:
            result.append(Candidate(index, text, "", None, False))
    return result


def _run_segments(index: int, text: str) -> list[Candidate]:
    """A run-on line cut at its § marks, or else at the longest run of numbers counting on (1, 2, 3 ...)."""
    marks = list(_MARK_IN_RUN.finditer(text))
    paragraphs = [m for m in marks if m.group("para")]
    if len(paragraphs) >= 2:
        chosen, kind = paragraphs, "para"
    else:
        numbered = [m for m in marks if m.group("num")]
        best = _best_chain([int(m.group("num")) for m in numbered], [1.0] * len(numbered))
        best = [numbered[at] for at in best]
        chosen, kind = (best, "num") if len(best) >= 3 else ([], "")
    if not chosen:
        return [Candidate(index, text[:RUN_ON * 2], "", None, True)]
    result = []
    for at, mark in enumerate(chosen):
        end = chosen[at + 1].start() if at + 1 < len(chosen) else len(text)
        segment = text[mark.end():end].strip()
        if segment:
            result.append(Candidate(index, segment, kind, int(mark.group("para") or mark.group("num")), True))
    return result


def _best_chain(numbers: list[int], weights: list[float]) -> list[int]:
    """The positions of the run of numbers counting on (each the first later one that is one more) whose weights
    sum highest, the earliest of equal ones; linear: each position's next is found once, from the end."""
    following = [-1] * len(numbers)
    first_at: dict[int, int] = {}
    totals = [0.0] * len(numbers)
    for at in range(len(numbers) - 1, -1, -1):
        following[at] = first_at.get(numbers[at] + 1, -1)
        first_at[numbers[at]] = at
        totals[at] = weights[at] + (totals[following[at]] if following[at] >= 0 else 0.0)
    if not numbers:
        return []
    start = max(range(len(numbers)), key=lambda at: (totals[at], -at))
    chain = [start]
    while following[chain[-1]] >= 0:
        chain.append(following[chain[-1]])
    return chain


def bucket(value: float, edges: tuple[float, ...]) -> int:
    """The first of `edges` that `value` is at most, by its place (len(edges) above them all)."""
    return next((at for at, edge in enumerate(edges) if value <= edge), len(edges))


def _shape(text: str) -> str:
    """A line's shape for its neighbour's features: empty, a marker alone, a page mark, its length, its end."""
    if not text:
        return "empty"
    if PAGE_MARK.match(text):
        return "page"
    if _MARKER.match(text + " x") and len(text) <= 8:
        return "marker"
    words = len(text.split())
    end = "colon" if text.endswith(":") else "stop" if text.endswith(".") else ""
    return f"{'marked' if _MARKER.match(text) else ''}{bucket(words, (1, 3, 8, 20))}{end}"


def _opening(text: str) -> str:
    return "upper" if text[:1].isupper() else "lower" if text[:1].islower() else "digit" if text[:1].isdigit() \
        else "other"


def hashed(name: str, buckets: int = HASH_BUCKETS) -> str:
    """A feature's name hashed into one of `buckets` (crc32: stable across runs, so a model file keeps its meaning)."""
    return f"h{zlib.crc32(name.encode('utf-8')) % buckets}"


def features(candidate: Candidate, lines: list[Line], organisations: int) -> list[str]:
    """The candidate's binary features (names); `organisations`: how many organisations' documents
    (other than this one's) print the same line."""
    text = candidate.text
    words = text.split()
    letters = [c for c in text if c.isalpha()]
    capitals = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
    digits = sum(c.isdigit() for c in text) / len(text) if text else 0.0
    result = [
        f"words{bucket(len(words), (1, 2, 3, 5, 8, 12, 20, 35))}",
        f"chars{bucket(len(text), (5, 10, 20, 40, 80, 120, 200))}",
        f"caps{bucket(capitals, (0.0, 0.1, 0.3, 0.7, 0.99))}",
        f"digits{bucket(digits, (0.0, 0.05, 0.2, 0.5))}",
        f"first_{_opening(text)}",
        f"end_{text[-1] if text[-1:] in '.:)?,;-' else 'digit' if text[-1:].isdigit() else 'letter'}",
        f"marker_{candidate.marker or 'none'}",
        f"orgs{bucket(organisations, (1, 2, 4, 8))}",  # (one other organisation tells nothing: bucket 0)
    ]
    if candidate.in_run:
        result.append("in_run")
    rest = candidate.rest
    if rest:
        rest_words = [w.casefold() for w in _WORD.findall(rest)]
        result += ["cut", f"rest_{_opening(rest)}", f"rest_words{bucket(len(rest.split()), (1, 3, 8, 20))}",
                   f"cut_end_{text[-1] if text[-1:] in '.:),' else 'letter'}"]
        if CASE_NUMBER.match(rest):
            result.append("rest_case_number")
        if rest_words:
            result.append(hashed(f"rest_first={rest_words[0]}"))
    else:
        result.append("whole")
    if CASE_NUMBER.search(text):
        result.append("case_number")
    if _PARTY.search(text):
        result.append("party")
    if _TWO_NAMES.match(text):
        result.append("two_capitalised_words")
    if _CLOCK.search(text):
        result.append("clock")
    if PAGE_MARK.match(text):
        result.append("page_mark")
    line = lines[candidate.index]
    if line.page_start:
        result.append("page_start")
    before = next((x.stripped for x in reversed(lines[max(0, candidate.index - 3):candidate.index]) if x.stripped), "")
    after = next((x.stripped for x in lines[candidate.index + 1:candidate.index + 4] if x.stripped), "")
    result += [f"prev_{_shape(before)}", f"next_{_shape(after)}"]
    if candidate.marker and not candidate.in_run and not rest:
        result.append(f"marker_{candidate.marker}_next_{_shape(after)}")
    position = candidate.index / max(1, len(lines))
    result.append(f"position{bucket(position, (0.02, 0.1, 0.3, 0.7))}")
    lowered = [w.casefold() for w in _WORD.findall(text)]
    if lowered:
        result += [hashed(f"first={lowered[0]}"), hashed(f"last={lowered[-1]}")]
    result += sorted({hashed(f"w={w}") for w in lowered[:30]})
    before_words = [w.casefold() for w in _WORD.findall(before)]
    if before_words:
        result.append(hashed(f"prev_first={before_words[0]}"))
    return result


@dataclass
class Model:
    weights: dict[str, float]
    bias: float
    run_threshold: float  # a list's rows are read when the median of their best scores reaches this
    row_threshold: float  # and of those rows, each one whose best score reaches this
    label_lines: dict[str, int]  # a line's normal() -> how many organisations' documents print it

    def organisations(self, text: str) -> int:
        return self.label_lines.get(normal(text), 0)

    def score(self, candidate: Candidate, lines: list[Line]) -> float:
        names = features(candidate, lines, self.organisations(candidate.text))
        total = self.bias + sum(self.weights.get(name, 0.0) for name in names)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, total))))


@cache
def model() -> Model:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return Model(data["weights"], data["bias"], data["run_threshold"], data["row_threshold"], data["label_lines"])


def best_of_each(scored: list[tuple[Candidate, float]]) -> list[tuple[Candidate, float]]:
    """Each line's or segment's best-scored candidate, whole or cut: the model's reading of it."""
    best: dict[int, tuple[Candidate, float]] = {}
    for cand, score in scored:
        if cand.base not in best or score > best[cand.base][1]:
            best[cand.base] = (cand, score)
    return [best[base] for base in sorted(best)]


def counted_numbers(cands: list[Candidate]) -> int:
    """How many rows the text's item markers count: the longest run of numbers counting on (1, 2, 3 ...) in order."""
    numbers = [c.number for c in cands if c.number is not None and not c.rest]
    return len(_best_chain(numbers, [1.0] * len(numbers)))


MIN_ROWS = 3  # a list is three rows or more counting on


def learned_rows(best: list[tuple[Candidate, float]], run_threshold: float,
                 row_threshold: float) -> list[Candidate]:
    """The rows of the list the model reads best: among the runs of marked candidates whose numbers count on (three
    rows or more), the one with the highest total score, if the median of its scores reaches run_threshold; of
    it, each row scored at row_threshold or above."""
    marked = [(c, score) for c, score in best if c.number is not None and c.text.strip()]
    chosen = [marked[at] for at in _best_chain([c.number for c, _ in marked], [score for _, score in marked])]
    if len(chosen) < MIN_ROWS or median([x[1] for x in chosen]) < run_threshold:
        return []
    return [cand for cand, score in chosen if score >= row_threshold]


def fallback_rows(lines: list[Line], titles_read: int, model_: Model | None = None) -> list[Candidate]:
    """A meeting document's list of items as the model reads it, where the rules read no title or fewer than
    half the rows the text's markers count; [] otherwise."""
    return line_fallback(lines, titles_read, model_)[0]


def line_fallback(lines: list[Line], titles_read: int,
                  model_: Model | None = None) -> tuple[list[Candidate], bool]:
    """fallback_rows, and whether the rules read few: no title, or fewer than half the rows the text's item markers
    count (where a learned reading may add rows: the word model's too, learnedwords.numbered_spans)."""
    whole = _whole_candidates(lines)
    counted = counted_numbers(whole)
    few = not titles_read or titles_read < counted // 2
    return (_rows(lines, whole, model_) if few and counted >= MIN_ROWS else []), few


def _rows(lines: list[Line], whole: list[Candidate], model_: Model | None) -> list[Candidate]:
    used = model_ or model()
    cands = with_cuts([cand for cand in whole if cand.number is not None])  # (only a marked row can be read)
    best = best_of_each([(cand, used.score(cand, lines)) for cand in cands])
    return learned_rows(best, used.run_threshold, used.row_threshold)

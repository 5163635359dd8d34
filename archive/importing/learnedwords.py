"""A learned reading of item titles at WORD level (issue 13, spikes L2 and L3): a linear-chain CRF labels each
word of a meeting document's cleaned lines B (a title's first word), I (a later word) or O, so titles in run-on
text with no marker between them (which no line, segment or cut of one is) can be read.

The CRF is trained by bench/learn_words.py (python-crfsuite, bench only) on the tuning documents' hand golds and
stored as learned_words.json beside this file: each feature's weight per label and the label transitions. It is
scored here in pure Python (the reader must not need numpy or crfsuite): Viterbi for the labels, forward-backward
for each word's marginal probability (how sure the chain is of it)."""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from archive.importing.common import CASE_NUMBER
from archive.importing.learnedtitles import bucket, hashed
from archive.importing.text import Line

MODEL_PATH = Path(__file__).with_name("learned_words.json")
HASH_BUCKETS = 8192
LABELS = ("B", "I", "O")
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
                         "\u201c": '"', "\u201d": '"', "\u2019": "'", "\u00ab": '"', "\u00bb": '"'})
_MARKER_WORD = re.compile(r"^(?:§|\d{1,3}[.):]?|(?i:ärende|punkt))$")
_NUMBER = re.compile(r"^\(?\d[\d.,:/-]*\)?[.,:;]?$")
_ALPHA = re.compile(r"[^\W\d_]")
_PARTY = re.compile(r"^\((?:[A-ZÅÄÖ]{1,3}|[A-ZÅÄÖ][a-zåäö]{0,2})\)[.,:;]?$")  # a party's letters: "(S)", "(Kd)"
# A word that states an item's number right before its title: "3", "3.", "3)", "3:" (after "§" too).
_ITEM_NUMBER = re.compile(r"^(?P<n>\d{1,3})[.):]?$")
_CODE = re.compile(r"^[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,4}$")  # a body's code before a number: "Sbn", "KS", "Ksau"


def token_norm(word: str) -> str:
    """A word as the gold titles are compared: NFC, dashes and quotes one kind, case folded, stops cut off."""
    return unicodedata.normalize("NFC", word).translate(_DASHES).strip(" .,:;").casefold()


@dataclass
class Token:
    text: str
    line: int  # index in the document's cleaned lines
    first: bool  # first word of its line
    last: bool  # last word of its line
    line_words: int  # words on its line


def tokens_of(lines: list[Line], limit: int | None = None) -> list[Token]:
    """The words of the lines, the first `limit` + 1 of them at most (so a cut is seen)."""
    result = []
    for index, line in enumerate(lines):
        if limit is not None and len(result) > limit:
            break
        words = line.stripped.split()
        for at, word in enumerate(words):
            result.append(Token(word, index, at == 0, at == len(words) - 1, len(words)))
    return result


def _shape(word: str) -> str:
    out = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


def word_features(tokens: list[Token]) -> list[dict[str, float]]:
    """Each word's features, none naming a form: the word (hashed), its shape, capital, punctuation before and
    after, its neighbours' words and shapes, its place on its line, the distance from the last item marker, the
    last number and the last line break, whether the word before ended a sentence."""
    result = []
    since_marker = since_number = 99
    for at, tok in enumerate(tokens):
        word = tok.text
        low = token_norm(word)
        prev = tokens[at - 1].text if at else ""
        nxt = tokens[at + 1].text if at + 1 < len(tokens) else ""
        prev2 = tokens[at - 2].text if at > 1 else ""
        f = {
            "bias": 1.0,
            hashed(f"w={low}", HASH_BUCKETS): 1.0,
            "shape=" + _shape(word): 1.0,
            "prev_shape=" + _shape(prev): 1.0,
            "next_shape=" + _shape(nxt): 1.0,
            hashed(f"pw={token_norm(prev)}", HASH_BUCKETS): 1.0,
            hashed(f"nw={token_norm(nxt)}", HASH_BUCKETS): 1.0,
            hashed(f"pw2={token_norm(prev2)}|pw={token_norm(prev)}", HASH_BUCKETS): 1.0,
            f"since_marker={bucket(since_marker, (0, 1, 2, 4, 8, 16, 40))}": 1.0,
            f"since_number={bucket(since_number, (0, 1, 2, 4, 8, 16, 40))}": 1.0,
            f"line_words={bucket(tok.line_words, (1, 2, 4, 8, 14, 25))}": 1.0,
        }
        if word[:1].isupper():
            f["cap"] = 1.0
        if word.isupper() and len(word) > 1:
            f["allcaps"] = 1.0
        if word[-1] in ".:;,)?!":
            f["end_" + word[-1]] = 1.0
        if word[0] in "(\"'-–":
            f["open_punct"] = 1.0
        if prev and prev[-1] in ".:;?!" and not _NUMBER.match(prev):
            f["prev_sentence_end" + prev[-1:]] = 1.0
        if prev[-1:] == ".":
            f["prev_dot"] = 1.0
        if _MARKER_WORD.match(prev) or (prev2 == "§" and _NUMBER.match(prev)):
            f["after_marker"] = 1.0
        if len(low) > 5:
            f[hashed(f"suffix={low[-4:]}", HASH_BUCKETS)] = 1.0
        if _MARKER_WORD.match(nxt) or _NUMBER.match(nxt):
            f["before_number"] = 1.0
        if _PARTY.match(word):
            f["party"] = 1.0
        if _PARTY.match(nxt):
            f["before_party"] = 1.0
        if _NUMBER.match(word):
            f["number"] = 1.0
        if CASE_NUMBER.match(word):
            f["case_number"] = 1.0
        if tok.first:
            f["line_first"] = 1.0
            f["line_first_prev_shape=" + _shape(prev)] = 1.0
        if tok.last:
            f["line_last"] = 1.0
        if at and tokens[at - 1].line != tok.line and tokens[at - 1].line + 1 < tok.line:
            f["after_gap"] = 1.0
        if word[:1].isupper() and prev[:1].islower():
            f["cap_after_lower"] = 1.0
        if not _ALPHA.search(word):
            f["no_letter"] = 1.0
        f[f"cap{int(word[:1].isupper())}_prev{_shape(prev)[:2]}_next{_shape(nxt)[:2]}"] = 1.0
        result.append(f)
        # distances counted after the word (the next word's "since")
        since_marker = 0 if (_MARKER_WORD.match(word) or (prev == "§" and _NUMBER.match(word))) else since_marker + 1
        since_number = 0 if _NUMBER.match(word) else since_number + 1
    return result


@dataclass
class Span:
    """A title the chain reads: its words' places [start, end) and its confidence (the least marginal of its
    words' labels and of the word after it: how sure the title ends there)."""

    start: int
    end: int
    confidence: float


def label_spans(tags: list[tuple[str, float]]) -> list[Span]:
    """Each run of a B and the I's after it."""
    out: list[Span] = []
    start, least = -1, 1.0
    for at, (label, p) in enumerate([*tags, ("O", 1.0)]):
        if label == "I" and start >= 0:
            least = min(least, p)
            continue
        if start >= 0:
            out.append(Span(start, at, min(least, p)))
            start = -1
        if label == "B":
            start, least = at, p
    return out


@dataclass
class Model:
    """Per feature, its weight for each label (LABELS order); transitions[a][b]: the weight of label b after a."""

    state: dict[str, list[float]]
    transitions: list[list[float]]

    def _scores(self, feats: list[dict[str, float]]) -> list[list[float]]:
        result = []
        for f in feats:
            row = [0.0, 0.0, 0.0]
            for name, value in f.items():
                weights = self.state.get(name)
                if weights is not None:
                    row[0] += weights[0] * value
                    row[1] += weights[1] * value
                    row[2] += weights[2] * value
            result.append(row)
        return result

    def tag(self, feats: list[dict[str, float]]) -> list[tuple[str, float]]:
        """Each word's label (Viterbi: the most likely sequence) and its marginal probability (forward-backward)."""
        if not feats:
            return []
        scores = self._scores(feats)
        trans = self.transitions
        n, k = len(scores), len(LABELS)
        # Viterbi
        best = list(scores[0])
        back: list[list[int]] = []
        for t in range(1, n):
            step, row = [], []
            for b in range(k):
                a = max(range(k), key=lambda a: best[a] + trans[a][b])
                step.append(a)
                row.append(best[a] + trans[a][b] + scores[t][b])
            back.append(step)
            best = row
        path = [max(range(k), key=lambda b: best[b])]
        for step in reversed(back):
            path.append(step[path[-1]])
        path.reverse()
        # forward-backward, each step scaled to sum 1 (no overflow on long texts)
        exp_trans = [[math.exp(w) for w in row] for row in trans]
        top = [max(row) for row in scores]
        emit = [[math.exp(s - m) for s in row] for row, m in zip(scores, top, strict=True)]
        alpha = [[0.0] * k for _ in range(n)]
        first = emit[0]
        total = sum(first)
        alpha[0] = [x / total for x in first]
        for t in range(1, n):
            prev = alpha[t - 1]
            row = [emit[t][b] * sum(prev[a] * exp_trans[a][b] for a in range(k)) for b in range(k)]
            total = sum(row)
            alpha[t] = [x / total for x in row]
        beta = [[1.0] * k for _ in range(n)]
        for t in range(n - 2, -1, -1):
            nxt = beta[t + 1]
            row = [sum(exp_trans[a][b] * emit[t + 1][b] * nxt[b] for b in range(k)) for a in range(k)]
            total = sum(row)
            beta[t] = [x / total for x in row]
        result = []
        for t, label in enumerate(path):
            joint = [alpha[t][j] * beta[t][j] for j in range(k)]
            result.append((LABELS[label], joint[label] / sum(joint)))
        return result


@cache
def model() -> Model:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return Model(data["state"], data["transitions"])


SPAN_CONFIDENCE = 0.95  # a span read at this confidence or above (L2: 0 wrong titles added at first sight)
MIN_SPANS = 3  # and only where the chain reads three such titles or more
MAX_WORDS = 2_000  # only a text's first words are scored (~20 µs a word in all: 0.05 s at most; tuning's texts <= 350)


@dataclass
class NumberedSpan:
    number: int  # the item number stated right before the title
    line: int  # the title's first word's line (index in the cleaned lines)
    text: str
    end: int = 0  # the place after its last word
    start: int = 0  # its first word's place


# The last text's spans and its words: a document of no settled kind is read as a protocol and as a kallelse, the
# same cleaned lines each time, and the chain's scoring is the fallback's cost (a 20,000-line list of names paid it
# twice, 0.99 -> 1.14 s in import_stress).
_last_read: list = [None, []]  # [(the model, the words), their spans]


def numbered_spans(lines: list[Line], model_: Model | None = None) -> list[NumberedSpan]:
    """The titles the chain reads at SPAN_CONFIDENCE that open right after an item's number ("3", "3.", "3)",
    "§ 3") on the same line: the number before is the item's key, stated; a title with none is not read. Only the
    first list: the titles up to a number that does not count on from the one before. [] unless three or more."""
    tokens = tokens_of(lines, MAX_WORDS)
    chain = model_ or model()
    words = tuple((t.text, t.line, t.first, t.last, t.line_words) for t in tokens)
    if _last_read[0] is not None and _last_read[0][0] is chain and _last_read[0][1] == words:
        return list(_last_read[1])
    cut = len(tokens) > MAX_WORDS
    tokens = tokens[:MAX_WORDS]  # (the first list is read: it stands before any cut)
    found = numbered(tokens, chain.tag(word_features(tokens))) if tokens else []
    result = [span for span in found if not cut or span.end < len(tokens)]
    _last_read[:] = [(chain, words), result]
    return list(result)


def numbered(tokens: list[Token], tags: list[tuple[str, float]]) -> list[NumberedSpan]:
    """numbered_spans of a labelling (the bench measures it so)."""
    result: list[NumberedSpan] = []
    for span in label_spans(tags):
        if span.confidence < SPAN_CONFIDENCE or span.start == 0:
            continue
        number = _ITEM_NUMBER.match(tokens[span.start - 1].text)
        if number is None or tokens[span.start - 1].line != tokens[span.start].line:
            # (a number alone on its line, the title below it, is a layout the rules read or judge no list)
            continue
        if span.start > 1 and _CODE.match(before := tokens[span.start - 2].text) and not _MARKER_WORD.match(before) \
                and tokens[span.start - 2].line == tokens[span.start].line:
            continue  # "§ Sbn 54", "KS 54": the item's key is the code and the number, not the number
        if span.start > 1 and tokens[span.start - 2].text.endswith(("..", "…")):
            continue  # "Val av justerare... 5 Köp av ...": a contents row's page after its leader, no item's number
        if result and int(number.group("n")) <= result[-1].number:
            break  # a list begun again: another meeting's agenda, or the §§ after their agenda; the first alone
        result.append(NumberedSpan(int(number.group("n")), tokens[span.start].line,
                                   " ".join(tok.text for tok in tokens[span.start:span.end]), span.end, span.start))
    if len(result) < MIN_SPANS or not _numbers_open_rows(tokens, result[0]):
        return []
    return result


def _numbers_open_rows(tokens: list[Token], first: NumberedSpan) -> bool:
    """Whether the list's numbers open its rows ("1 Title 2 Title"), not close them ("Title 1 Title 2", a
    contents row's § or page after its title; the words alone cannot tell them apart): no contents table's heading
    just before, and the numbers counting on from the first title's, the last of them followed on its line by a word
    opening with a capital (a row's title)."""
    at = first.start - 1  # the first title's number
    if any(token_norm(tok.text).startswith("innehåll") for tok in tokens[max(0, at - 40):at]):
        return False  # a contents table ("Innehållsförteckning Paragraf ..."): its § or page column on the right
    expected, last = first.number + 1, at
    for k in range(at + 1, len(tokens)):
        number = _ITEM_NUMBER.match(tokens[k].text)
        if number and int(number.group("n")) == expected:
            expected, last = expected + 1, k
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    return following is not None and following.line == tokens[last].line and following.text[:1].isupper()

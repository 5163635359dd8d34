"""Import quality on real public documents (issue 13): tests/import_corpus/real/<half>/.

Each NAME.txt there has its hand-written gold in NAME.json (schema: the corpus notes).
The importer's output is what `beslut import --dry-run --json NAME.txt` prints, taken
in-process through the CLI itself, so the records have exactly the CLI's shape (a matter
record per item, `meeting` on records from a meeting's document, and `{"kind":
"sammanträde", "meeting": ...}` records for a meeting without items and for each meeting
of a plan). A document the CLI refuses (exit 1) gives no records.

Scored per field, as multisets of facts per document:
- meeting body, meeting date, approved on, notice on: the meeting the document is of;
- item, case number, title, proposals (addressee, text), decision, planning (body, date),
  responsible (name, title), recipients (name, title): per matter, the importer's
  matters paired with the gold ones by item number, then case number, then title, then
  order; a matter left over counts wholly as false positives or misses. The step that is
  the document's own meeting is scored as the meeting, not again under planning, unless
  gold lists it;
- plan meetings (body, date) and plan markers (body, date, marker): a sammanträdesplan;
- refusal: a page that is no municipal document must be refused.
Texts are compared white space, case, dash and quote forms normalised; nothing fuzzier.

Invented: a false positive the document's text does not state at all (a date it does not
name, a number or a name it does not contain), counted apart; the target is 0.
"""

from __future__ import annotations

import json
import re
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bench.common import ROOT

REAL = ROOT / "tests" / "import_corpus" / "real"
HALVES = ("tuning", "blind")
TARGETS = {"tuning": 0.95, "blind": 0.90}
SECONDS_PER_DOCUMENT = 1.0
MEETING_FIELDS = ("meeting body", "meeting date", "approved on", "notice on")
MATTER_FIELDS = ("item", "case number", "title", "proposals", "decision", "planning", "responsible",
                 "recipients")
PLAN_FIELDS = ("plan meetings", "plan markers")
FIELDS = (*MEETING_FIELDS, *MATTER_FIELDS, *PLAN_FIELDS, "refusal")
KINDS = ("tjänsteskrivelse", "kallelse", "protokoll", "protokollsutdrag", "sammanträdesplan", "not-municipal")

_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "”": '"', "“": '"', "„": '"',
                         "’": "'", "‘": "'", "\u00ad": None})


def norm(text: str | None) -> str | None:
    """White space, case, dashes and quotes normalised; trailing punctuation dropped."""
    if text is None:
        return None
    text = unicodedata.normalize("NFC", str(text)).translate(_DASHES)
    text = " ".join(text.split()).strip(" .,:;").casefold()
    return text or None


def norm_body(name: str | None) -> str | None:
    """A body's name as the archive identifies it (naming.body_key): "Kommunstyrelse" in a plan's heading and
    "kommunstyrelsen" in its caption are one body, stored as one row, so neither form is wrong."""
    from archive import naming

    text = norm(name)
    return naming.body_key(text) if text else None


def norm_item(item: str | None) -> str | None:
    """'§ 45' and '45' -> '45' (gold writes the bare number where extraction lost the §),
    'punkt 7' and '7' -> '7'."""
    if not item:
        return None
    digits = re.search(r"\d+", str(item))
    return str(int(digits.group())) if digits else norm(item)


def norm_date(value: str | None) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


# ---------------------------------------------------------------- the importer's output


@dataclass
class Output:
    refused: bool
    reason: str
    records: list[dict]
    seconds: float


def run_cli(path: Path) -> Output:
    """`beslut import --dry-run --json PATH` in this process, as a user would run it."""
    from click.testing import CliRunner

    from beslut.cli import cli

    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        result = CliRunner().invoke(
            cli, ["--db", str(Path(scratch) / "beslut.db"), "import", "--dry-run", "--json", str(path)])
        seconds = time.perf_counter() - started
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise RuntimeError(f"{path.name}: the importer crashed: {result.exception!r}") from result.exception
    if result.exit_code != 0:
        return Output(True, (result.stderr if hasattr(result, "stderr") else result.output).strip(), [], seconds)
    return Output(False, "", json.loads(result.stdout), seconds)


# ---------------------------------------------------------------- facts


def _pairs(values, a: str, b: str, first_norm=norm) -> Counter:
    result = Counter()
    for value in values or []:
        first, second = (value.get(a), value.get(b)) if isinstance(value, dict) else (value[0], value[1])
        result[(first_norm(first), norm(second))] += 1
    return result


def _one(value) -> Counter:
    return Counter([value]) if value else Counter()


def gold_matter_facts(matter: dict) -> dict[str, Counter]:
    return {
        "item": _one(norm_item(matter.get("item"))),
        "case number": _one(norm(matter.get("case_number"))),
        "title": _one(norm(matter.get("title"))),
        "proposals": _pairs(matter.get("proposals"), 0, 1, norm_body),
        "decision": _one(norm(matter.get("decision"))),
        "planning": Counter((norm_body(body), norm_date(date)) for body, date in matter.get("planning") or []),
        "responsible": _pairs(matter.get("responsible"), 0, 1),
        "recipients": _pairs(matter.get("recipients"), 0, 1),
    }


def decision_of(record: dict) -> str | None:
    """The decision a protocol records: the outcome of the meeting's own planning step."""
    meeting = record.get("meeting") or {}
    steps = [s for s in record.get("planning") or [] if s.get("outcome")]
    own = [s for s in steps if s.get("body") == meeting.get("body") and s.get("date") == meeting.get("date")]
    chosen = own or steps
    return chosen[-1]["outcome"] if chosen else None


def record_matter_facts(record: dict) -> dict[str, Counter]:
    return {
        "item": _one(norm_item((record.get("meeting") or {}).get("item"))),
        "case number": _one(norm(record.get("case_number"))),
        "title": _one(norm(record.get("title"))),
        "proposals": _pairs(record.get("proposals"), "to", "text", norm_body),
        "decision": _one(norm(decision_of(record))),
        "planning": Counter((norm_body(s.get("body")), norm_date(s.get("date"))) for s in record.get("planning") or []),
        "responsible": _pairs(record.get("responsible"), "name", "title"),
        "recipients": _pairs(record.get("recipients"), "name", "title"),
    }


def meeting_facts(meeting: dict | None, notice_key: str) -> dict[str, Counter]:
    meeting = meeting or {}
    return {
        "meeting body": _one(norm_body(meeting.get("body"))),
        "meeting date": _one(norm_date(meeting.get("date"))),
        "approved on": _one(norm_date(meeting.get("approved_on"))),
        "notice on": _one(norm_date(meeting.get(notice_key))),
    }


def plan_facts(meetings: list[dict]) -> dict[str, Counter]:
    return {
        "plan meetings": Counter((norm_body(m.get("body")), norm_date(m.get("date"))) for m in meetings),
        "plan markers": Counter((norm_body(m.get("body")), norm_date(m.get("date")), m.get("marker"))
                                for m in meetings if m.get("marker")),
    }


def is_meeting_record(record: dict) -> bool:
    return record.get("kind") == "sammanträde"


def pair_matters(predicted: list[dict], gold: list[dict]) -> list[tuple[dict | None, dict | None]]:
    """Pair by item number, then case number, then title, then document order."""
    left = list(predicted)
    pairs: list[tuple[dict | None, dict | None]] = []
    unpaired: list[dict] = []
    keys = (
        (lambda g: norm_item(g.get("item")), lambda r: norm_item((r.get("meeting") or {}).get("item"))),
        (lambda g: norm(g.get("case_number")), lambda r: norm(r.get("case_number"))),
        (lambda g: norm(g.get("title")), lambda r: norm(r.get("title"))),
    )
    for want in gold:
        match = None
        for gold_key, record_key in keys:
            value = gold_key(want)
            if value:
                match = next((r for r in left if record_key(r) == value), None)
            if match is not None:
                break
        if match is None:
            unpaired.append(want)
            continue
        left.remove(match)
        pairs.append((match, want))
    for want in unpaired:
        pairs.append((left.pop(0) if left else None, want))
    pairs.extend((got, None) for got in left)
    return pairs


# ---------------------------------------------------------------- what the text states


class Statement:
    """What a document's text states, to tell a wrong value from an invented one."""

    def __init__(self, text: str):
        from archive.importing.common import find_dates

        self.squeezed = _squeeze(text)
        self.words = set(re.findall(r"[\wåäöÅÄÖ]+", text))
        self.dates = {d.iso for d in find_dates(text, compact=True) if d.iso}
        self.years = set(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text))
        self.day_months = set()
        from archive.dates import month_number

        for day, month in re.findall(r"(?<!\d)(\d{1,2})(?::e|:a|e)?\s*([a-zåäö]{3,9})\.?", text, re.I):
            number = month_number(month)
            if number:
                self.day_months.add((int(day), number))
        for day, month in re.findall(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])", text):
            self.day_months.add((int(day), int(month)))

    def date(self, iso: str) -> bool:
        if iso in self.dates:
            return True
        match = re.fullmatch(r"(\d{4}|\?{4})-(\d{2})-(\d{2})", iso)
        if not match:
            return iso[:4] in self.years
        year, month, day = match.groups()
        return (int(day), int(month)) in self.day_months and (year == "????" or year in self.years)

    def string(self, value: str) -> bool:
        """Stated, perhaps across line or page breaks: every run of the value's words is in
        the text (greedy cover by the longest runs found)."""
        words = re.findall(r"[\wåäöÅÄÖ]+", value)
        index = 0
        while index < len(words):
            end = len(words)
            while end > index and _squeeze(" ".join(words[index:end])) not in self.squeezed:
                end -= 1
            if end == index:
                return False
            index = end
        return True

    def body(self, name: str) -> bool:
        """A body's name, or its short form (KS, KSAU), or each of its words' stems."""
        from archive import naming

        if self.string(name):
            return True
        # The name may come in the archive's key form ("kommunstyrelse", norm_body): its code is the body's.
        key = naming.body_key(name)
        code = naming.body_code(name) or next((code for known, code in naming.KNOWN_CODES.items()
                                               if naming.body_key(known) == key), None)
        if code and code in self.words:
            return True
        stems = [w[: max(5, len(w) - 2)].casefold() for w in re.findall(r"[\wåäöÅÄÖ]+", name)]
        return all(_squeeze(stem) in self.squeezed for stem in stems)

    def fact(self, field_name: str, fact) -> bool:
        """Whether every part of one fact is stated."""
        if field_name in ("meeting date", "approved on", "notice on"):
            return self.date(fact)
        if field_name == "meeting body":
            return self.body(fact)
        if field_name == "item":
            return re.sub(r"\D", "", fact) in self.squeezed
        if field_name in ("planning", "plan meetings", "plan markers"):
            body, date, marker = fact[0], fact[1], (fact[2] if len(fact) > 2 else None)
            return (not body or self.body(body)) and (not date or self.date(date)) and (
                not marker or self.string(marker))
        if field_name == "proposals":
            to, text = fact
            return (not to or self.body(to)) and (not text or self.string(text))
        if isinstance(fact, tuple):
            return all(not part or self.string(part) for part in fact)
        if field_name == "refusal":
            return True
        return self.string(fact)


def _squeeze(text: str) -> str:
    return re.sub(r"[^\wåäö]+", "", unicodedata.normalize("NFC", text).casefold().replace("_", ""))


# ---------------------------------------------------------------- scoring


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DocumentScore:
    name: str
    kind: str
    output: Output
    tallies: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})
    wrong: list[tuple[str, object]] = field(default_factory=list)  # false positives
    missed: list[tuple[str, object]] = field(default_factory=list)  # false negatives
    invented: list[tuple[str, object]] = field(default_factory=list)


def _compare(score: DocumentScore, got: dict[str, Counter], want: dict[str, Counter], statement: Statement) -> None:
    for field_name in got.keys() | want.keys():
        g, w = got.get(field_name, Counter()), want.get(field_name, Counter())
        tally = score.tallies[field_name]
        both = g & w
        tally.tp += sum(both.values())
        for fact, count in (g - both).items():
            tally.fp += count
            score.wrong.extend([(field_name, fact)] * count)
            if not statement.fact(field_name, fact):
                score.invented.extend([(field_name, fact)] * count)
        for fact, count in (w - both).items():
            tally.fn += count
            score.missed.extend([(field_name, fact)] * count)


def _gold_dates(gold: dict) -> set[str]:
    meeting = gold.get("meeting") or {}
    dates = {meeting.get(key) for key in ("date", "approved_on", "notice_on")}
    dates |= {m.get("date") for m in gold.get("meetings") or []}
    dates |= {date for matter in gold.get("matters") or [] for _body, date in matter.get("planning") or []}
    return {date for date in dates if date and not date.startswith("????")}


def score_document(path: Path, gold: dict, output: Output) -> DocumentScore:
    text = path.read_text(encoding="utf-8", errors="replace")
    statement = Statement(text)
    # A date the gold reads is stated, wherever the text puts it (a plan's table gives a day under its month's
    # column, which no pattern finds): a value with such a date is wrong at worst, never invented.
    statement.dates |= _gold_dates(gold)
    kind = gold.get("kind", "?")
    score = DocumentScore(path.stem, kind, output)
    records = output.records
    matters = [r for r in records if not is_meeting_record(r)]
    meeting_records = [r for r in records if is_meeting_record(r)]
    if kind == "not-municipal":
        got: dict[str, Counter] = {"refusal": Counter(["refused"] if output.refused else [])}
        _compare(score, got, {"refusal": Counter(["refused"])}, statement)
        # Whatever was read from such a page is wrong.
        for record in matters:
            _compare(score, record_matter_facts(record), {}, statement)
        return score
    # The meeting the document is of: as any record states it.
    got_meeting = next((r.get("meeting") for r in records if r.get("meeting")), None)
    if kind != "sammanträdesplan":
        _compare(score, meeting_facts(got_meeting, "notice_posted_on"),
                 meeting_facts(gold.get("meeting"), "notice_on"), statement)
    for got_matter, want_matter in pair_matters(matters, gold.get("matters") or []):
        got_facts = record_matter_facts(got_matter) if got_matter else {}
        want_facts = gold_matter_facts(want_matter) if want_matter else {}
        _drop_own_meeting_step(got_facts, want_facts, got_meeting)
        _compare(score, got_facts, want_facts, statement)
    got_plan = plan_facts([r["meeting"] for r in meeting_records if r.get("meeting")]) \
        if kind == "sammanträdesplan" else plan_facts([])
    want_plan = plan_facts(gold.get("meetings") or [])
    _match_yearless(got_plan, want_plan)
    _compare(score, got_plan, want_plan, statement)
    return score


def _drop_own_meeting_step(got: dict, want: dict, meeting: dict | None) -> None:
    """The importer records the meeting a kallelse or protocol is of as the matter's planning
    step; gold scores that meeting in the meeting fields and lists it under planning only
    where the text states a path. A step that is the document's own meeting, and that gold
    does not list, is therefore neither right nor wrong."""
    if not got or not meeting:
        return
    own = (norm_body(meeting.get("body")), norm_date(meeting.get("date")))
    planning = got["planning"]
    if planning.get(own) and not (want.get("planning") or Counter()).get(own):
        planning[own] -= 1
        got["planning"] = +planning


def _match_yearless(got: dict[str, Counter], want: dict[str, Counter]) -> None:
    """Gold writes a plan date whose year the text does not state as '????-MM-DD'; an
    importer that took the year from --year or the weekdays (marked inferred) matches it."""
    for field_name in want:
        for fact in [f for f in want[field_name] if f[1] and f[1].startswith("????")]:
            candidate = next((g for g in got[field_name]
                              if g not in want[field_name] and g[0] == fact[0] and g[1] and g[1][4:] == fact[1][4:]
                              and g[2:] == fact[2:]), None)
            if candidate is not None:
                got[field_name][candidate] -= 1
                got[field_name] += Counter()
                got[field_name][fact] += 1


def documents(half: str) -> list[tuple[Path, dict]]:
    folder = REAL / half
    result = []
    for text in sorted(folder.rglob("*.txt")):
        gold = text.with_suffix(".json")
        if gold.exists():
            result.append((text, json.loads(gold.read_text(encoding="utf-8"))))
    return result


def measure_half(half: str) -> list[DocumentScore]:
    return [score_document(path, gold, run_cli(path)) for path, gold in documents(half)]


# ---------------------------------------------------------------- the table


def _figure(tally: Tally) -> str:
    return f"P {tally.precision:6.1%}  R {tally.recall:6.1%}  F1 {tally.f1:6.1%}"


def _counts(tally: Tally) -> str:
    return f"tp {tally.tp}, fp {tally.fp}, fn {tally.fn}"


def rows(half: str, scores: list[DocumentScore]) -> list:
    """The half's table rows: all fields together, per kind, per field, invented values,
    wrongly refused documents and the slowest document."""
    from bench.common import Row

    target = TARGETS.get(half, 0.90)
    label = f"real {half} ({len(scores)} docs)"
    total = Tally()
    per_field = {f: Tally() for f in FIELDS}
    per_kind: dict[str, Tally] = {}
    kind_docs: Counter = Counter()
    for score in scores:
        kind_docs[score.kind] += 1
        kind_tally = per_kind.setdefault(score.kind, Tally())
        for field_name, tally in score.tallies.items():
            per_field[field_name].add(tally)
            kind_tally.add(tally)
            total.add(tally)
    result = [Row(f"{label}: all fields", f"F1 >= {target:.0%}", _figure(total), _counts(total),
                  total.f1 >= target if scores else None)]
    for kind in sorted(per_kind, key=lambda k: KINDS.index(k) if k in KINDS else len(KINDS)):
        tally = per_kind[kind]
        result.append(Row(f"{label}: kind {kind} ({kind_docs[kind]} docs)", "-", _figure(tally), _counts(tally),
                          None))
    for field_name in FIELDS:
        tally = per_field[field_name]
        if tally.tp + tally.fp + tally.fn:
            result.append(Row(f"{label}: field {field_name}", "-", _figure(tally), _counts(tally), None))
    invented = [(s.name, f, fact) for s in scores for f, fact in s.invented]
    example = f"e.g. {invented[0][0]}: {invented[0][1]} {invented[0][2]!r}"[:90] if invented else "-"
    result.append(Row(f"{label}: invented values (not in the text)", "0", str(len(invented)), example,
                      not invented))
    refused = [s for s in scores if s.output.refused and s.kind != "not-municipal"]
    result.append(Row(f"{label}: municipal documents refused", "0", str(len(refused)),
                      ", ".join(s.name for s in refused)[:90] or "-", not refused))
    slowest = max(scores, key=lambda s: s.output.seconds, default=None)
    if slowest is not None:
        result.append(Row(f"{label}: slowest document, import --dry-run --json", f"<= {SECONDS_PER_DOCUMENT:.0f} s",
                          f"{slowest.output.seconds:.3f} s", slowest.name,
                          slowest.output.seconds <= SECONDS_PER_DOCUMENT))
    return result


def details(scores: list[DocumentScore]) -> str:
    """Per document: what was refused, wrong, missed or invented (for working on the tuning half)."""
    out = []
    for score in scores:
        if not (score.wrong or score.missed or score.output.refused):
            continue
        total = Tally()
        for tally in score.tallies.values():
            total.add(tally)
        out.append(f"== {score.name} [{score.kind}] F1 {total.f1:.2f}")
        if score.output.refused:
            out.append(f"   REFUSED: {score.output.reason[:200]}")
        invented = set(map(repr, score.invented))
        for field_name, fact in score.wrong:
            mark = "INVENTED" if repr((field_name, fact)) in invented else "wrong"
            out.append(f"   {mark:8} {field_name}: {_short(fact)}")
        for field_name, fact in score.missed:
            out.append(f"   missed   {field_name}: {_short(fact)}")
    return "\n".join(out)


def _short(fact) -> str:
    text = repr(fact)
    return text if len(text) <= 220 else text[:200] + " … " + text[-15:]

"""Import quality: field-level precision and recall of the document importer.

Two sets, reported apart:
- corpus: tests/import_corpus/*.txt and both seeds against their reviewed expected
  results (tests/import_corpus/expected/). The parser was developed on these, so this
  is a regression figure: anything below 100 % is a change in behaviour.
- blind: tests/import_corpus/blind/, five documents in layouts the parser was not written
  for, gold written by hand before the parser first saw them. First run (before the
  parser was improved on them): titles P/R 100/100 %, case numbers 100/100, planning steps
  90.0/60.0, proposals 66.7/50.0, responsible 40.0/50.0, recipients 63.6/100. The parser
  was then improved on them, so today's figure for this set is no longer blind.
- heldout: tests/import_corpus/heldout/, four more documents with hand gold, written
  after those improvements. First run, the honest estimate: titles P/R 71.4/83.3 %, case
  numbers 100/100, planning steps 87.5/87.5, proposals 66.7/50.0, responsible 100/50.0,
  recipients 100/100. The misses were then fixed (a "<X>s förslag till beslut" heading,
  "Justering av protokoll" as a formal item, a proposal led by "<body> beviljar", the
  officer's title after "Handläggare: name,"); today's figures include those fixes.

Fields: titles, case numbers, planning steps (body and date), proposals (addressee and
text, white space normalised), responsible officials (name and title), recipients
(name and title). Matters are paired by case number, then title, then document order.
An empty value claims nothing: a missing case number is a miss (recall), an invented
one is a false positive (precision).

Real documents (issue 13): tests/import_corpus/real/tuning/ and real/blind/ (the blind
half only when it exists), each against its hand-written gold, scored field by field and
per kind of document, with invented values counted apart; see bench/real_quality.py.

Run alone: .venv/bin/python bench/import_quality.py
  --half tuning     only that half of the real documents (no older sets)
  --details         after the table, every wrong, missed and invented value per document
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive.errors import ImportFailed  # noqa: E402
from archive.importing import parse_document  # noqa: E402
from bench.common import ROOT, Row, table  # noqa: E402

CORPUS = ROOT / "tests" / "import_corpus"
SEEDS = [ROOT / "data" / "000_a1ad65b85ba8194d.txt", ROOT / "data" / "003_452c782f76d8c9d6.txt"]
FIELDS = ("titles", "case numbers", "planning steps with dates", "proposals", "responsible officials", "recipients")


def _norm(text: str | None) -> str | None:
    return " ".join(text.split()) if text else text


def facts(matter: dict) -> dict[str, Counter]:
    """The values a matter states, per field (show --json shape or gold shape)."""
    def pairs(key, a, b):
        return Counter((_norm(x[a]) if isinstance(x, dict) else _norm(x[0]),
                        _norm(x[b]) if isinstance(x, dict) else _norm(x[1])) for x in matter.get(key, []))

    return {
        "titles": Counter([_norm(matter["title"])] if matter.get("title") else []),
        "case numbers": Counter([matter["case_number"]] if matter.get("case_number") else []),
        "planning steps with dates": pairs("planning", "body", "date"),
        "proposals": pairs("proposals", "to", "text"),
        "responsible officials": pairs("responsible", "name", "title"),
        "recipients": pairs("recipients", "name", "title"),
    }


def pair(predicted: list[dict], gold: list[dict]) -> list[tuple[dict | None, dict | None]]:
    """Pair matters by case number, then by title, then in document order; a matter left
    over on either side counts wholly as false positives or misses."""
    left = list(predicted)
    pairs: list[tuple[dict | None, dict | None]] = []
    unpaired_gold = []
    for want in gold:
        match = next((m for m in left if want.get("case_number") and m.get("case_number") == want["case_number"]),
                     None) or next((m for m in left if _norm(m.get("title")) == _norm(want.get("title"))), None)
        if match is None:
            unpaired_gold.append(want)
            continue
        left.remove(match)
        pairs.append((match, want))
    for want in unpaired_gold:
        pairs.append((left.pop(0) if left else None, want))
    pairs.extend((got, None) for got in left)
    return pairs


def score(predicted: list[dict], gold: list[dict], totals: dict[str, Counter]) -> None:
    empty = {f: Counter() for f in FIELDS}
    for got_matter, want_matter in pair(predicted, gold):
        got = facts(got_matter) if got_matter else empty
        want = facts(want_matter) if want_matter else empty
        for field in FIELDS:
            tp = sum((got[field] & want[field]).values())
            totals[field]["tp"] += tp
            totals[field]["fp"] += sum(got[field].values()) - tp
            totals[field]["fn"] += sum(want[field].values()) - tp


def predict(path: Path) -> list[dict]:
    try:
        return parse_document(path).to_json()
    except ImportFailed:
        return []


def corpus_pairs() -> list[tuple[Path, list[dict]]]:
    documents = sorted(CORPUS.glob("*.txt")) + SEEDS
    return [(p, json.loads((CORPUS / "expected" / f"{p.stem}.json").read_text(encoding="utf-8"))) for p in documents]


def gold_pairs(folder: str) -> list[tuple[Path, list[dict]]]:
    gold = json.loads((CORPUS / folder / "gold.json").read_text(encoding="utf-8"))
    return [(CORPUS / folder / name, matters) for name, matters in gold.items() if not name.startswith("_")]


def measure(pairs) -> dict[str, Counter]:
    totals = {field: Counter() for field in FIELDS}
    for path, gold in pairs:
        score(predict(path), gold, totals)
    return totals


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def rows() -> list[Row]:
    result = []
    sets = (("corpus", corpus_pairs(), 1.0), ("blind", gold_pairs("blind"), None),
            ("heldout", gold_pairs("heldout"), None))
    for label, pairs, target in sets:
        totals = measure(pairs)
        for field in FIELDS:
            t = totals[field]
            precision = _ratio(t["tp"], t["tp"] + t["fp"])
            recall = _ratio(t["tp"], t["tp"] + t["fn"])
            result.append(Row(
                f"import {label} ({len(pairs)} docs): {field}",
                "P = R = 100 % (reviewed)" if target else "-",
                f"P {precision:6.1%}  R {recall:6.1%}",
                f"tp {t['tp']}, fp {t['fp']}, fn {t['fn']}",
                (precision >= target and recall >= target) if target else None,
            ))
    return result


def round_rows(scores: list) -> list[Row]:
    """All fields and each kind, for each group of tuning documents that was once a blind half,
    and for the rest: did the work on the tuning half carry to the documents folded into it?
    Reported only: a folded half is no longer blind, so no target applies."""
    from bench import real_quality

    groups = json.loads((real_quality.REAL / "rounds.json").read_text(encoding="utf-8"))
    groups.pop("_about", None)
    once_blind = {stem for stems in groups.values() for stem in stems}
    groups["never blind"] = [s.name for s in scores if s.name not in once_blind]
    result = []
    for group, stems in groups.items():
        members = set(stems)
        subset = [s for s in scores if s.name in members]
        for row in real_quality.rows(f"tuning, {group}", subset):
            if ": all fields" in row.figure or ": kind " in row.figure:
                result.append(Row(row.figure, "-", row.measured, row.comparison, None))
    return result


def main(argv: list[str] | None = None) -> int:
    from bench import real_quality

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=real_quality.HALVES, action="append",
                        help="only this half of the real documents (repeatable); no older sets")
    parser.add_argument("--details", action="store_true", help="list every wrong, missed and invented value")
    parser.add_argument("--by-round", action="store_true",
                        help="also score apart the tuning documents that were once a blind half (rounds.json)")
    options = parser.parse_args(argv)
    halves = options.half or [h for h in real_quality.HALVES if (real_quality.REAL / h).is_dir()]
    result = [] if options.half else rows()
    scores = {}
    for half in halves:
        scores[half] = real_quality.measure_half(half)
        result += real_quality.rows(half, scores[half])
    if options.by_round and "tuning" in scores:
        result += round_rows(scores["tuning"])
    print(table(result))
    if options.details:
        for half in halves:
            print(f"\n### {half}\n{real_quality.details(scores[half])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

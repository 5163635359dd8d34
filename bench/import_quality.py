"""Import quality: field-level precision and recall of the document importer.

Two sets, reported apart:
- corpus: tests/import_corpus/*.txt and both seeds against their reviewed expected
  results (tests/import_corpus/expected/). The parser was developed on these, so this
  is a regression figure: anything below 100 % is a change in behaviour.
- blind: tests/import_corpus/blind/, documents in layouts the parser was not written
  for, with gold results written by hand before the parser was run on them.

Fields: titles, case numbers, planning steps (body and date), proposals (addressee and
text, white space normalised), responsible officials (name and title), recipients
(name and title). A value counts once per matter; matters are paired in document order.
An empty value claims nothing: a missing case number is a miss (recall), an invented
one is a false positive (precision).

Run alone: .venv/bin/python bench/import_quality.py
"""

from __future__ import annotations

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


def score(predicted: list[dict], gold: list[dict], totals: dict[str, Counter]) -> None:
    for index in range(max(len(predicted), len(gold))):
        got = facts(predicted[index]) if index < len(predicted) else {f: Counter() for f in FIELDS}
        want = facts(gold[index]) if index < len(gold) else {f: Counter() for f in FIELDS}
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


def blind_pairs() -> list[tuple[Path, list[dict]]]:
    gold = json.loads((CORPUS / "blind" / "gold.json").read_text(encoding="utf-8"))
    return [(CORPUS / "blind" / name, matters) for name, matters in gold.items() if not name.startswith("_")]


def measure(pairs) -> dict[str, Counter]:
    totals = {field: Counter() for field in FIELDS}
    for path, gold in pairs:
        score(predict(path), gold, totals)
    return totals


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def rows() -> list[Row]:
    result = []
    for label, pairs, target in (("corpus", corpus_pairs(), 1.0), ("blind", blind_pairs(), None)):
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


if __name__ == "__main__":
    print(table(rows()))

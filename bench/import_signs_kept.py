"""Import with the § signs kept: does the reader read a layout the same whether the extraction kept its § signs?

47 tuning protocols lost their § signs in extraction ("Kf 73 Ks 94 dnr 127/2011 Förslag ...", "KF 60 Information
KF 61 ..."), and the reader's lost-sign readers were tuned on them; an unseen organisation whose extraction keeps the
signs prints the same layouts as "Kf § 73 Ks § 94 ...", "KF § 60 Information KF § 61 ...". This script writes each
such protocol with "§" put back after every paragraph code (Kf, Ks, Au, KSAU) standing before a number, reads it
with the CLI and scores it against the same gold (bench/real_quality.py's scoring), beside the text as written.

Run alone: .venv/bin/python bench/import_signs_kept.py [--documents] (--documents: every document's F1 both ways)
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import real_quality  # noqa: E402
from bench.common import Row, table  # noqa: E402

# A paragraph code before its number, the sign lost ("Kf 124", "KSAU 21"); not a case number's ("KS 2014/0530").
_CODE_AND_NUMBER = re.compile(r"(?<![\w§/.-])(Kf|Ks|KF|KS|Au|AU|KSAU|Ksau)\s+(\d{1,4})(?![\d/:.-])")


def signs_kept(text: str) -> str:
    return _CODE_AND_NUMBER.sub(r"\1 § \2", text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", action="store_true", help="every document's F1 as written and signed")
    options = parser.parse_args(argv)
    written, signed, refused, lines = real_quality.Tally(), real_quality.Tally(), 0, []
    with tempfile.TemporaryDirectory() as scratch:
        for path, gold in real_quality.documents("tuning"):
            text = path.read_text(encoding="utf-8", errors="replace")
            if "§" in text or gold.get("kind") not in ("protokoll", "protokollsutdrag") \
                    or (kept := signs_kept(text)) == text:
                continue
            copy = Path(scratch) / path.name  # the same name: a reader may look at it
            copy.write_text(kept, encoding="utf-8")
            scores = [real_quality.score_document(p, gold, real_quality.run_cli(p)) for p in (path, copy)]
            tallies = []
            for score, total in zip(scores, (written, signed), strict=True):
                tally = real_quality.Tally()
                for one in score.tallies.values():
                    tally.add(one)
                total.add(tally)
                tallies.append(tally)
            refused += scores[1].output.refused
            lines.append(f"{path.stem:55} as written F1 {tallies[0].f1:.2f}  signs kept F1 {tallies[1].f1:.2f}")
    rows = [Row(f"lost-sign tuning protocols ({len(lines)} docs): {name}", "-",
                f"P {t.precision:6.1%} R {t.recall:6.1%} F1 {t.f1:6.1%}", f"tp {t.tp}, fp {t.fp}, fn {t.fn}", None)
            for name, t in (("as written", written), ("signs kept", signed))]
    rows.append(Row("signs kept: documents refused", "0", str(refused), "-", refused == 0))
    print(table(rows))
    if options.documents:
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

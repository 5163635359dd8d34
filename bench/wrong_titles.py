"""Every wrong title the reader gives on a half of the real corpus, paired with the gold title it
overlaps, and sorted into classes (issue 13, title precision):

  cut-end    the text's last row, cut by the excerpt's end, kept as a title where gold leaves it out
  appended   the gold title with another row's or column's text after (or before) it
  short      the gold title cut short
  moved      another gold matter's title: given to the wrong item
  extra      a row gold does not list at all (no gold title it overlaps)
  other      anything else

Usage: PYTHONPATH=. .venv/bin/python bench/wrong_titles.py [--half tuning] [--dump DIR] [--class NAME]
(--dump reads the outputs /work/notes/dump.py wrote instead of running the reader.)"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from bench.real_quality import Output, documents, is_meeting_record, norm, pair_matters, run_cli

CLASSES = ("cut-end", "appended", "short", "moved", "extra", "other")


def _words(text: str) -> list[str]:
    return re.findall(r"[\wåäö]+", text.casefold())


def _tail_of_text(text: str, title: str) -> bool:
    """Whether the title's last words stand among the text's last words (the excerpt's end cut it)."""
    words = _words(title)[-3:]
    return bool(words) and " ".join(words) in " ".join(_words(text)[-15:])


def classify(got: str, gold: str | None, titles: set[str], text: str, last: bool) -> str:
    if gold is None:
        if last and _tail_of_text(text, got):
            return "cut-end"
        if any(t and (t in got or got in t) for t in titles):
            return "moved" if got in titles else "appended"
        return "extra"
    if got in titles and got != gold:
        return "moved"
    if gold in got:
        return "appended"
    if gold.startswith(got) or (got in gold):
        return "short"
    if last and _tail_of_text(text, got):
        return "cut-end"
    shared = set(_words(got)) & set(_words(gold))
    if shared and len(shared) >= len(set(_words(gold))) * 0.8:
        return "appended"
    return "other"


def wrong_titles(half: str, dump: Path | None):
    for path, gold in documents(half):
        if gold.get("kind") in ("sammanträdesplan", "not-municipal"):
            continue
        if dump is not None:
            data = json.loads((dump / (path.stem + ".json")).read_text(encoding="utf-8"))
            output = Output(data["refused"], data["reason"], data["records"], 0.0)
        else:
            output = run_cli(path)
        matters = [r for r in output.records if not is_meeting_record(r)]
        text = path.read_text(encoding="utf-8", errors="replace")
        titles = {norm(m.get("title")) for m in gold.get("matters") or [] if m.get("title")}
        last_record = matters[-1] if matters else None
        for got, want in pair_matters(matters, gold.get("matters") or []):
            got_title = norm((got or {}).get("title"))
            want_title = norm((want or {}).get("title"))
            if not got_title or got_title == want_title:
                continue
            item = ((got or {}).get("meeting") or {}).get("item")
            kind = classify(got_title, want_title, titles, text, got is last_record)
            yield path.stem, gold.get("municipality") or path.stem.split("_")[0], item, kind, got_title, want_title


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", default="tuning")
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--class", dest="only")
    args = parser.parse_args()
    rows = list(wrong_titles(args.half, args.dump))
    counts = Counter(r[3] for r in rows)
    organisations = defaultdict(set)
    for name, _municipality, _item, kind, *_titles in rows:
        organisations[kind].add(name.split("_")[0])
    for name, _municipality, item, kind, got, want in rows:
        if args.only and kind != args.only:
            continue
        print(f"{kind:9} {name} [{item}]\n    got  {got!r}\n    gold {want!r}")
    print()
    print("| class | wrong titles | organisations |\n|---|---|---|")
    for kind in CLASSES:
        orgs = sorted(organisations[kind])
        print(f"| {kind} | {counts[kind]} | {len(orgs)}: {', '.join(orgs)} |")
    print(f"| all | {len(rows)} | {len({r[0].split('_')[0] for r in rows})} |")


if __name__ == "__main__":
    main()

"""The word CRF as a second reader (issue 13, pass L4): three settings of the learned titles measured end to end, at
first sight.

Each held-out round 12-24 (folded into tuning since) is imported by the reader (the CLI, as bench/real_quality.py
runs it) with learned models trained only on the tuning documents before the round (the earlier rounds and the
documents never held out: bench/learn_titles.py's time split), and scored by bench/real_quality.py:
  off      no learned reading (the rules alone)
  a        the learned fallbacks as they were: L1's line model, then the CRF, only where the rules read no title or
           fewer than half the rows the text's numbers count
  b        a, and the CRF as a second reader: where it reads more than twice the titles the rules read and three or
           more above them (second_reading below), the rows the rules missed added
  b-whole  a, and where the second reader's bar is met the CRF's rows for the whole list (the rules' items dropped)
  b-any    a, and the CRF's numbered titles wherever it reads three or more (no bar against the rules' count),
           those whose number or title the rules did not read added
  c        the CRF alone: its numbered titles the only items (the rules' and L1's dropped)
The rules are today's: rounds 23 and 24 are the honest test (today's rules are those they were measured by at
first sight, unmoved since; their thresholds were never chosen on them); rounds 12-22 were read by the rules since.

Needs python-crfsuite and scikit-learn (the optional extra "learn"). Run (about 6 min on two cores):
    PYTHONPATH=$PWD .venv/bin/python bench/learn_second.py [--tuning]
--tuning: also every tuning document read with the shipped models, a against b (documents changed, worse).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive.importing import learnedtitles, learnedwords  # noqa: E402
from archive.importing.meetingdocs import Item, MeetingDocumentParser  # noqa: E402
from bench import learn_titles as lt  # noqa: E402
from bench import learn_words as lw  # noqa: E402
from bench import real_quality  # noqa: E402

SETTINGS = ("off", "a", "b", "b-whole", "b-any", "c")
ROUNDS = list(lt.ROUNDS_AT)  # rounds 12-24
FIELDS = ("title", "item", "case number")


SECOND_READ_TIMES = 2  # (b): the CRF's numbered titles more than twice the titles the rules read
SECOND_READ_MORE = 3  # and three or more above them


def second_reading(lines, titles_read: int, bar: bool = True) -> list:
    """(b): the CRF's numbered titles (learnedwords.numbered_spans, the reader's setting) where they are more than
    SECOND_READ_TIMES times the titles the rules read and SECOND_READ_MORE or more above them ([] otherwise); with
    bar=False (b-any), wherever the CRF reads three or more."""
    spans = learnedwords.numbered_spans(lines)
    least = max(SECOND_READ_TIMES * titles_read + 1, titles_read + SECOND_READ_MORE) if bar else 0
    return spans if len(spans) >= least else []


def read_rows(parser, spans, parsed, meeting, municipality) -> list:
    """The CRF's titles read through the reader's own item reading, as MeetingDocumentParser._learned_rows reads
    them: a number or title the rules (`parsed`) read left to them."""
    lines = parser.cleaned_lines
    have = {int(number.group()) for result in parsed if (number := re.search(r"\d+", result.key))}
    titles = {result.matter.title.casefold() for result in parsed if result.matter.title}
    learned = []
    for span in spans:
        if span.number in have:
            continue
        key = f"§ {span.number}" if parser.kind == "protokoll" else f"punkt {span.number}"
        result = parser.item(Item(key, span.number, lines[span.line].number, span.text), meeting, municipality)
        if result is not None and result.matter.title and result.matter.title.casefold() not in titles:
            learned.append(result)
            have.add(span.number)
            titles.add(result.matter.title.casefold())
    return learned


@contextmanager
def setting(name: str):
    """The reader with the learned reading of `name` (MeetingDocumentParser._learned_rows patched; restored after)."""
    original = MeetingDocumentParser._learned_rows

    def learned(self, parsed, meeting, municipality):
        lines = self.cleaned_lines
        if name == "off":
            return []
        if name == "c":
            parsed.clear()  # (the caller extends this very list with what is returned: the CRF's rows alone)
            return read_rows(self, learnedwords.numbered_spans(lines), [], meeting, municipality)
        found = original(self, parsed, meeting, municipality)  # (a)
        if name == "a" or found:
            return found
        titles_read = sum(1 for result in parsed if result.matter.title)
        rows, read_few = learnedtitles.line_fallback(lines, titles_read)
        if rows or read_few:
            return []  # (a)'s ground, where it read nothing
        spans = second_reading(lines, titles_read, bar=name != "b-any")
        if name == "b-whole" and spans:
            parsed.clear()
            return read_rows(self, spans, [], meeting, municipality)
        return read_rows(self, spans, parsed, meeting, municipality)

    MeetingDocumentParser._learned_rows = learned
    try:
        yield
    finally:
        MeetingDocumentParser._learned_rows = original


@contextmanager
def models(line_model, word_model):
    saved = (learnedtitles.model, learnedwords.model)
    learnedtitles.model = lambda: line_model
    learnedwords.model = lambda: word_model
    try:
        yield
    finally:
        learnedtitles.model, learnedwords.model = saved


def _crf(args) -> tuple[dict, list]:
    training, path, reuse = args
    if not (reuse and Path(path).exists()):
        lw._train((training, path, 0.1))
    weights = lw._weights(path, lw.PRUNE)
    return weights["state"], weights["transitions"]


def round_models(docs, wds, reuse: bool = False) -> dict[str, tuple]:
    """Each round's line model and CRF, trained on the tuning meeting documents before it."""
    groups = json.loads((lt.REAL / "rounds.json").read_text(encoding="utf-8"))
    order = [name for name in groups if name != "_about"]
    jobs, lines_ = [], []
    for at, name in enumerate(ROUNDS):
        later = {stem for group in order[order.index(name):] for stem in groups[group]}
        jobs.append(([w for w in wds if w.doc.path.stem not in later], f"/tmp/l4_crf_round_{at}.crf", reuse))
        lines_.append(lt.train([d for d in docs if d.path.stem not in later], 1.0))
    with ProcessPoolExecutor(2) as pool:
        crfs = list(pool.map(_crf, jobs))
    return {name: (line, learnedwords.Model(*crf)) for name, line, crf in zip(ROUNDS, lines_, crfs, strict=True)}


def measure(paths: list[tuple[Path, dict]], name: str) -> dict[str, real_quality.DocumentScore]:
    with setting(name):
        return {path.stem: real_quality.score_document(path, gold, real_quality.run_cli(path)) for path, gold in paths}


def summary(label: str, scores: dict[str, real_quality.DocumentScore],
            base: dict[str, real_quality.DocumentScore] | None) -> str:
    tallies = {f: real_quality.Tally() for f in (*FIELDS, "all")}
    for score in scores.values():
        for f in real_quality.FIELDS:
            tallies["all"].add(score.tallies[f])
        for f in FIELDS:
            tallies[f].add(score.tallies[f])
    invented = sum(len(score.invented) for score in scores.values())
    changed, worse = [], []
    for stem, score in (base and scores.items()) or []:
        before = base[stem]
        if score.wrong != before.wrong or score.missed != before.missed:
            changed.append(stem)
            if any(score.tallies[f].tp < before.tallies[f].tp or score.tallies[f].fp > before.tallies[f].fp
                   for f in real_quality.FIELDS):
                worse.append(stem)
    cells = [f"{tallies[f].tp} / {tallies[f].fp}" for f in FIELDS]
    return (f"| {label} | {' | '.join(cells)} | {tallies['all'].f1:.1%} ({tallies['all'].tp} / {tallies['all'].fp}) "
            f"| {invented} | {len(changed)} | {len(worse)}{': ' if worse else ''}{', '.join(worse[:8])}"
            f"{' ...' if len(worse) > 8 else ''} |")


HEADER = ("| setting | title right / wrong | item right / wrong | case number right / wrong | all fields F1 (tp / fp) "
          "| invented | documents changed from a | documents worse than a |\n|---|---|---|---|---|---|---|---|")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tuning", action="store_true", help="also the tuning documents, shipped models, a and b")
    parser.add_argument("--reuse", action="store_true", help="the rounds' CRFs trained by an earlier run (/tmp)")
    parser.add_argument("--settings", nargs="*", default=list(SETTINGS), help="of " + ", ".join(SETTINGS))
    options = parser.parse_args(argv)
    if options.tuning:
        everything = real_quality.documents("tuning")
        base = measure(everything, "a")
        print(f"Tuning ({len(everything)} documents), shipped models:\n{HEADER}")
        print(summary("a", base, None))
        for how in options.settings:
            if how not in ("a", "off", "c"):
                print(summary(how, measure(everything, how), base))
    docs = lt.load()
    wds, _ = lw.word_docs(docs)
    trained = round_models(docs, wds, options.reuse)
    groups = json.loads((lt.REAL / "rounds.json").read_text(encoding="utf-8"))
    tuning = {path.stem: (path, gold) for path, gold in real_quality.documents("tuning")}
    results: dict[str, dict[str, dict]] = {name: {} for name in SETTINGS}
    for name in ROUNDS:
        paths = [tuning[stem] for stem in groups[name] if stem in tuning]
        with models(*trained[name]):
            for how in {"a", *options.settings}:
                results[how][name] = measure(paths, how)
    for label, chosen in (("rounds 23 and 24 (the honest test)", ROUNDS[-2:]), ("rounds 12-22", ROUNDS[:-2]),
                          ("rounds 12-24", ROUNDS)):
        print(f"\nFirst sight, {label}: {sum(len(results['a'][r]) for r in chosen)} documents, each round read with "
              f"models trained on the documents before it\n{HEADER}")
        merged = {how: {stem: s for r in chosen for stem, s in results[how][r].items()} for how in results if
                  results[how]}
        for how in [how for how in SETTINGS if how in merged]:
            print(summary(how, merged[how], merged["a"] if how != "a" else None))
    return 0


if __name__ == "__main__":
    sys.exit(main())

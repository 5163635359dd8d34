"""Learned titles (issue 13, spike L1): does a model learned from the hand golds read item titles in
documents of organisations it has not seen better than the rules do?

Dataset: the tuning meeting documents (kallelse, protokoll, protokollsutdrag), their lines as the reader
cleans them, each line (or a run-on line's segment after an item's marker) a candidate labelled by the
gold titles: "title" (the candidate is a gold title), "runs on" (it starts with a gold title and goes on),
"wrapped" (a gold title starts with it and goes on over the next lines), or "no".
Evaluation: grouped 10-fold cross-validation by organisation (the file name's part before the first "_"):
each fold's documents come from organisations the model never saw.

Needs scikit-learn (the optional extra "learn"); the reader never imports this file.

Run: .venv/bin/python bench/learn_titles.py                the CV tables (about 15 s)
     .venv/bin/python bench/learn_titles.py --first-sight  also the held-out rounds 12-24, each read by the rules
                                                           of its measurement's commit (git archive to /tmp) and
                                                           by a model trained on the documents before it (1 min)
     .venv/bin/python bench/learn_titles.py --end-to-end   also each document imported with the fallback of a
                                                           model trained without its organisation (1.5 min)
     .venv/bin/python bench/learn_titles.py --curve        also the learning curve (2 min)
     .venv/bin/python bench/learn_titles.py --write        also train on all documents and write
                                                           archive/importing/learned_titles.json
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive.errors import ImportFailed  # noqa: E402
from archive.importing import parse_document  # noqa: E402
from archive.importing.learnedtitles import (  # noqa: E402
    MODEL_PATH,
    Candidate,
    Model,
    best_of_each,
    candidates,
    counted_numbers,
    features,
    learned_rows,
    normal,
)
from archive.importing.meetingdocs import MeetingDocumentParser  # noqa: E402
from archive.importing.text import Line, read_document  # noqa: E402
from bench.common import ROOT  # noqa: E402
from bench.real_quality import REAL, norm  # noqa: E402

KINDS = ("kallelse", "protokoll", "protokollsutdrag")
FOLDS = 10
SEED = 13
LABEL_LINE_CHARS = 80  # only lines this short are looked up as labels many organisations print
LABEL_LINE_ORGS = 2  # the model file keeps lines printed by at least this many organisations
POSITIVE = ("title",)


def reader_lines(path: Path, kind: str) -> list[Line]:
    """The reader's own cleaned lines (MeetingDocumentParser.cleaned_lines: its first steps, before any reader cut
    the text into items), as the reader's fallback scores them."""
    parser = MeetingDocumentParser(read_document(path), "kallelse" if kind == "kallelse" else "protokoll")
    try:
        parser.parse()
    except ImportFailed:
        pass
    return getattr(parser, "cleaned_lines", [])


@dataclass
class Doc:
    path: Path
    org: str
    kind: str
    gold: list[dict]
    lines: list[Line]
    cands: list[Candidate]
    labels: list[str] = field(default_factory=list)
    rules_titles: list[tuple[int | None, str]] = field(default_factory=list)
    located: Counter = field(default_factory=Counter)


def _label(doc: Doc) -> None:
    """Each candidate "title" (its text is a gold title: a whole line, or a line's first words where the
    title runs on), "runs on" (a whole line that starts with a gold title and goes on), "wrapped" (a gold
    title starts with the whole line and goes on over the next), or "no". Only "title" is learned."""
    titles = [norm(m["title"]) for m in doc.gold if m.get("title")]
    wanted = set(titles)
    found: dict[str, str] = {}
    for cand in doc.cands:
        text = norm(cand.text) or ""
        label = "no"
        if text in wanted:
            label = "title"
            found[text] = "title, a line" if not cand.rest else found.get(text, "title, a line's first words")
        elif not cand.rest and any(text.startswith(t + " ") for t in wanted):
            label = "runs on"
        elif not cand.rest and len(text) >= 8 and any(t.startswith(text + " ") for t in wanted):
            label = "wrapped"
        doc.labels.append(label)
    for cand, label in zip(doc.cands, doc.labels, strict=True):
        text = norm(cand.text) or ""
        if label in ("runs on", "wrapped"):
            for title in wanted:
                if title not in found and (text.startswith(title + " ") or title.startswith(text + " ")):
                    found[title] = f"{label} (no cut gives it)" if label == "runs on" else "wrapped over lines"
    for title in titles:
        doc.located[found.get(title, "not located")] += 1


def chosen(doc: Doc, scores: list[float]) -> list[tuple[Candidate, str, float]]:
    """Each line's or segment's best-scored candidate (whole or cut): the model's reading of it."""
    best: dict[int, tuple[Candidate, str, float]] = {}
    for cand, label, score in zip(doc.cands, doc.labels, scores, strict=True):
        if cand.base not in best or score > best[cand.base][2]:
            best[cand.base] = (cand, label, score)
    return [best[base] for base in sorted(best)]


def rules_titles(path: Path) -> list[tuple[int | None, str]]:
    """The rule reader's items: (number, normalised title)."""
    try:
        items = parse_document(path).items
    except ImportFailed:
        return []
    return [(int(n.group()) if (n := re.search(r"\d+", item.key)) else None, norm(item.matter.title))
            for item in items if item.matter.title]


def load() -> list[Doc]:
    docs = []
    for gold_path in sorted((REAL / "tuning").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if gold.get("kind") not in KINDS:
            continue
        path = gold_path.with_suffix(".txt")
        try:
            lines = reader_lines(path, gold["kind"])
        except ImportFailed:
            lines = []
        doc = Doc(path, path.stem.split("_")[0], gold["kind"], gold.get("matters") or [], lines, candidates(lines))
        _label(doc)
        doc.rules_titles = rules_titles(path)
        docs.append(doc)
    return docs


def label_lines(docs: list[Doc]) -> dict[str, set[str]]:
    """A short line's normal() -> the organisations whose documents print it."""
    result: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        for cand in doc.cands:
            if len(cand.text) <= LABEL_LINE_CHARS:
                result[normal(cand.text)].add(doc.org)
    return result


def doc_features(doc: Doc, orgs: dict[str, set[str]]) -> list[Counter]:
    """Each candidate's features; the organisations count leaves the document's own organisation out."""
    rows = []
    for cand in doc.cands:
        holders = orgs.get(normal(cand.text), set()) if len(cand.text) <= LABEL_LINE_CHARS else set()
        rows.append(Counter(features(cand, doc.lines, len(holders - {doc.org}))))
    return rows


def fit(rows: list[Counter], targets: list[int], c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=c, max_iter=5000, solver="liblinear", random_state=SEED)
    model.fit(matrix, targets)
    return vectorizer, model


def fitted(training: list[Doc], c: float):
    """The other organisations' line counts, and the model fitted on `training`'s candidates (labels: title or not)."""
    orgs = label_lines(training)
    rows, targets = [], []
    for doc in training:
        rows += doc_features(doc, orgs)
        targets += [int(label in POSITIVE) for label in doc.labels]
    return (orgs, *fit(rows, targets, c))


def cross_validate(docs: list[Doc], c: float, share: float = 1.0) -> list[list[float]]:
    """Each document's candidates scored by a model trained without its organisation (on `share` of the other
    organisations, drawn with a fixed seed: the learning curve)."""
    import random

    from sklearn.model_selection import GroupKFold

    scores: list[list[float]] = [[] for _ in docs]
    groups = [doc.org for doc in docs]
    for train, test in GroupKFold(n_splits=FOLDS).split(docs, groups=groups):
        training = [docs[i] for i in train]
        if share < 1.0:
            orgs_in = sorted({doc.org for doc in training})
            kept = set(random.Random(SEED).sample(orgs_in, round(len(orgs_in) * share)))
            training = [doc for doc in training if doc.org in kept]
        orgs, vectorizer, model = fitted(training, c)
        for i in test:
            doc = docs[i]
            if doc.cands:
                scores[i] = list(model.predict_proba(vectorizer.transform(doc_features(doc, orgs)))[:, 1])
    return scores


def _pr(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def line_table(docs: list[Doc], scores: list[list[float]], thresholds: list[float]) -> str:
    out = ["| reading | threshold | P title | R title | tp | fp | fn |", "|---|---|---|---|---|---|---|"]
    positives = sum(label in POSITIVE for doc in docs for label in doc.labels)
    for threshold in thresholds:
        tp = fp = 0
        for doc, doc_scores in zip(docs, scores, strict=True):
            for _, label, score in chosen(doc, doc_scores):
                if score >= threshold:
                    tp, fp = tp + (label in POSITIVE), fp + (label not in POSITIVE)
        p, r = _pr(tp, fp, positives - tp)
        out.append(f"| model (grouped CV) | {threshold:.2f} | {p:.1%} | {r:.1%} | {tp} | {fp} | {positives - tp} |")
    tp = fp = 0
    for doc in docs:
        said = {title for _, title in doc.rules_titles}
        for cand, label in zip(doc.cands, doc.labels, strict=True):
            if norm(cand.text) in said:
                tp, fp = tp + (label in POSITIVE), fp + (label not in POSITIVE)
    p, r = _pr(tp, fp, positives - tp)
    out.append(f"| rules (parse_document) | - | {p:.1%} | {r:.1%} | {tp} | {fp} | {positives - tp} |")
    return "\n".join(out)


RUN_THRESHOLD = 0.9  # chosen on the tables below: no wrong title added under grouped CV nor at first sight
ROW_THRESHOLD = 0.3


def to_model(vectorizer, model, orgs: dict[str, set[str]]) -> Model:
    """The trained model in the reader's pure-Python form (weights rounded: the file is written the same each
    run)."""
    weights = {name: round(float(w), 6) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0],
                                                          strict=True) if round(float(w), 6)}
    label = {text: len(holders) for text, holders in orgs.items() if len(holders) >= LABEL_LINE_ORGS}
    return Model(weights, round(float(model.intercept_[0]), 6), RUN_THRESHOLD, ROW_THRESHOLD, label)


def train(docs: list[Doc], c: float) -> Model:
    orgs, vectorizer, model = fitted(docs, c)
    return to_model(vectorizer, model, orgs)


def write_model(model: Model, path: Path = MODEL_PATH) -> None:
    data = {"about": "bench/learn_titles.py --write: a logistic model of item titles (archive/importing/"
                     "learnedtitles.py scores it)",
            "bias": model.bias, "run_threshold": model.run_threshold, "row_threshold": model.row_threshold,
            "weights": dict(sorted(model.weights.items())), "label_lines": dict(sorted(model.label_lines.items()))}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- titles read, as the quality bench scores them


def read_titles(doc: Doc, scores: list[float], how: str, threshold: float, veto: float,
                rules: list[tuple[int | None, str]]) -> list[str]:
    """The titles a reading gives: the rules alone, the model alone (its best candidate of each line at the
    threshold), the rules with the model's fallback (learnedtitles.learned_rows: a list whose median score
    reaches `threshold`, its rows at `veto` or above), the rules cut where the model reads their titles to
    end (trim), or the rules with the model's veto (a rule's title the model scores below `veto` dropped)."""
    titles = [title for _, title in rules]
    if how == "model":
        return [norm(c.text) for c, _, s in chosen(doc, scores) if s >= threshold and norm(c.text)]
    if how == "fallback":
        if not titles or len(titles) < counted_numbers(doc.cands) // 2:
            have = {number for number, _ in rules}
            best = best_of_each(list(zip(doc.cands, scores, strict=True)))
            titles += [norm(row.text) for row in learned_rows(best, threshold, veto) if row.number not in have]
        return titles
    if how == "trim":
        return [trimmed(doc, scores, title, threshold) for title in titles]
    if how == "veto":
        low = {norm(c.text) for c, _, s in chosen(doc, scores) if s < veto}
        return [title for title in titles if title not in low]
    return titles


def trimmed(doc: Doc, scores: list[float], title: str, threshold: float) -> str:
    """A rule's title cut where the model reads the title to end: the title is one of a line's candidates (whole
    or cut) and the model's best candidate of that line is its first words, scored at the threshold or above and
    above the rule's title."""
    variants: dict[int, dict[str, float]] = defaultdict(dict)
    for cand, score in zip(doc.cands, scores, strict=True):
        variants[cand.base][norm(cand.text) or ""] = score
    for cand, _, score in chosen(doc, scores):
        text = norm(cand.text) or ""
        own = variants[cand.base].get(title)
        if own is not None and score >= threshold and score > own and title.startswith(text + " "):
            return text
    return title


def title_tally(docs: list[Doc], scores, how: str, threshold: float = 0.9, veto: float = 0.02,
                rules: dict[str, list] | None = None) -> tuple[int, int, int, int]:
    """tp, fp, fn of titles (multisets per document) and documents with fewer right or more wrong titles than
    the rules alone."""
    tp = fp = fn = worse = 0
    for doc, doc_scores in zip(docs, scores, strict=True):
        gold = Counter(norm(m["title"]) for m in doc.gold if m.get("title"))
        doc_rules = rules[doc.path.stem] if rules is not None else doc.rules_titles
        got = Counter(read_titles(doc, doc_scores, how, threshold, veto, doc_rules))
        base = Counter(read_titles(doc, doc_scores, "rules", threshold, veto, doc_rules))
        right, base_right = sum((got & gold).values()), sum((base & gold).values())
        wrong, base_wrong = sum(got.values()) - right, sum(base.values()) - base_right
        tp, fp, fn = tp + right, fp + wrong, fn + sum(gold.values()) - right
        worse += right < base_right or wrong > base_wrong
    return tp, fp, fn, worse


def title_table(docs: list[Doc], scores, readings, rules: dict[str, list] | None = None) -> str:
    out = ["| reading | P | R | F1 | tp | fp | fn | documents worse than the rules |",
           "|---|---|---|---|---|---|---|---|"]
    for label, how, threshold, veto in readings:
        tp, fp, fn, worse = title_tally(docs, scores, how, threshold, veto, rules)
        p, r = _pr(tp, fp, fn)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        out.append(f"| {label} | {p:.1%} | {r:.1%} | {f1:.1%} | {tp} | {fp} | {fn} | {worse} |")
    return "\n".join(out)


READINGS = [("rules", "rules", 0, 0), ("model alone, >= 0.5", "model", 0.5, 0),
            ("model alone, >= 0.9", "model", 0.9, 0),
            ("rules + fallback, list median >= 0.5, rows >= 0.5", "fallback", 0.5, 0.5),
            ("rules + fallback, list median >= 0.8, rows >= 0.3", "fallback", 0.8, 0.3),
            ("rules + fallback, list median >= 0.85, rows >= 0.3", "fallback", 0.85, 0.3),
            ("rules + fallback, list median >= 0.9, rows >= 0.3", "fallback", 0.9, 0.3),
            ("rules + fallback, list median >= 0.9, rows >= 0.9", "fallback", 0.9, 0.9),
            ("rules + trim >= 0.5", "trim", 0.5, 0), ("rules + trim >= 0.7", "trim", 0.7, 0),
            ("rules + trim >= 0.9", "trim", 0.9, 0),
            ("rules + veto < 0.01", "veto", 0, 0.01), ("rules + veto < 0.05", "veto", 0, 0.05),
            ("rules + veto < 0.2", "veto", 0, 0.2)]


# ---------------------------------------------------------------- first sight: held-out rounds, time split

# Each held-out round folded into tuning, and the commit its first-sight figure was measured at (the fold
# commit's parent: the rules as they were before they could read the round's documents).
ROUNDS_AT = {
    "held out, known organisations, round 12": "aa8c46a",
    "held out, known organisations, round 13": "5f315c4",
    "held out, known organisations, round 14": "d636249",
    "held out, known organisations, round 15": "d636249",
    "held out, known organisations, round 16": "d636249",
    "held out, known organisations, round 17": "d779f85",
    "held out, known organisations, round 18": "0fbc7ee",
    "held out, known organisations, round 19": "d759a58",
    "held out, known organisations, round 20": "48c88a4",
    "held out, known organisations, round 21": "4d1248e",
    "held out, known organisations, round 22": "4961412",
    "held out, known organisations, round 23": "af6219c",
    "held out, known organisations, round 24": "1dfc4cb",
}
_OLD_RULES = """
import json, re, sys
from pathlib import Path
from archive.errors import ImportFailed
from archive.importing import parse_document
import archive
assert archive.__file__.startswith(sys.argv[1]), archive.__file__
from archive.importing import meetingdocs
if hasattr(meetingdocs.MeetingDocumentParser, "_learned_rows"):  # the rules alone: the bench adds the fallbacks
    meetingdocs.MeetingDocumentParser._learned_rows = lambda self, *args: []
out = {}
for name in sys.argv[2:]:
    try:
        items = parse_document(Path(name)).items
    except ImportFailed:
        items = []
    out[Path(name).stem] = [[int(n.group()) if (n := re.search(r"\\d+", i.key)) else None, i.matter.title]
                            for i in items if i.matter.title]
print(json.dumps(out))
"""


def rules_at(commit: str, paths: list[Path]) -> dict[str, list[tuple[int | None, str]]]:
    """The rule reader as it was at `commit` (its archive/ package exported to a scratch folder), on `paths`."""
    root = Path("/tmp") / f"learn_titles_rules_{commit}"
    if not (root / "archive").is_dir():
        root.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "archive"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(root)], input=archive, check=True)
    result = subprocess.run([sys.executable, "-c", _OLD_RULES, str(root), *map(str, paths)], check=True,
                            capture_output=True, text=True, cwd=root,
                            env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})
    return {stem: [(number, norm(title)) for number, title in rows]
            for stem, rows in json.loads(result.stdout).items()}


def time_split(docs: list[Doc], c: float) -> tuple[list[Doc], list[list[float]], dict[str, list]]:
    """Each held-out round's documents scored by a model trained on the tuning documents before the round
    (the earlier rounds and the documents never held out), and read by the rules of that time."""
    groups = json.loads((REAL / "rounds.json").read_text(encoding="utf-8"))
    order = [name for name in groups if name != "_about"]
    by_stem = {doc.path.stem: doc for doc in docs}
    tested, scores, rules = [], [], {}
    for round_name, commit in ROUNDS_AT.items():
        later = {stem for name in order[order.index(round_name):] for stem in groups[name]}
        test = [by_stem[stem] for stem in groups[round_name] if stem in by_stem]
        training = [doc for doc in docs if doc.path.stem not in later]
        orgs, vectorizer, model = fitted(training, c)
        for doc in test:
            tested.append(doc)
            scores.append(list(model.predict_proba(vectorizer.transform(doc_features(doc, orgs)))[:, 1])
                          if doc.cands else [])
        rules.update(rules_at(commit, [doc.path for doc in test]))
    return tested, scores, rules


# ---------------------------------------------------------------- end to end, under grouped CV


def end_to_end(docs: list[Doc], c: float) -> str:
    """Each meeting document imported (the CLI, as bench/real_quality.py runs it) with the fallback of a model
    trained without its organisation, and with the fallback off; scored by bench/real_quality.py."""
    from sklearn.model_selection import GroupKFold

    from archive.importing import learnedtitles
    from bench import real_quality

    def scored(doc: Doc):
        gold = json.loads(doc.path.with_suffix(".json").read_text(encoding="utf-8"))
        return real_quality.score_document(doc.path, gold, real_quality.run_cli(doc.path))

    shipped = learnedtitles.model
    try:
        off = Model({}, -50.0, 2.0, 2.0, {})  # a list's median never reaches 2: the fallback never reads a row
        learnedtitles.model = lambda: off
        without = {doc.path.stem: scored(doc) for doc in docs}
        with_fallback = {}
        for train_at, test_at in GroupKFold(n_splits=FOLDS).split(docs, groups=[doc.org for doc in docs]):
            fold_model = train([docs[i] for i in train_at], c)
            learnedtitles.model = lambda fold_model=fold_model: fold_model
            with_fallback.update({docs[i].path.stem: scored(docs[i]) for i in test_at})
    finally:
        learnedtitles.model = shipped
    out = []
    for label, scores in (("fallback off", without), ("fallback, grouped CV", with_fallback)):
        for row in real_quality.rows(f"{len(docs)} meeting documents, {label}", list(scores.values())):
            if any(part in row.figure for part in (": all fields", "field title", "field item", "invented")):
                out.append(f"{row.figure}: {row.measured} ({row.comparison})")
    changed = worse = 0
    for stem, after in with_fallback.items():
        before = without[stem]
        if after.wrong != before.wrong or after.missed != before.missed:
            changed += 1
            worse += any(after.tallies[f].tp < before.tallies[f].tp or after.tallies[f].fp > before.tallies[f].fp
                         for f in real_quality.FIELDS)
    out.append(f"documents changed by the fallback: {changed}, made worse: {worse}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="train on all documents, write the model file")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--first-sight", action="store_true",
                        help="also the held-out rounds 12-24, each by the rules and a model of its time")
    parser.add_argument("--curve", action="store_true", help="also the learning curve (share of organisations)")
    parser.add_argument("--end-to-end", action="store_true",
                        help="also import each document with the fallback of a model trained without its organisation")
    options = parser.parse_args(argv)
    docs = load()
    located = sum((doc.located for doc in docs), Counter())
    labels = Counter(label for doc in docs for label in doc.labels)
    print(f"{len(docs)} documents, {len({d.org for d in docs})} organisations, "
          f"{sum(len(d.cands) for d in docs)} candidates {dict(labels)}")
    print(f"gold titles: {sum(located.values())}, located {dict(located)}")
    scores = cross_validate(docs, options.c)
    print(line_table(docs, scores, [0.3, 0.5, 0.7, 0.8, 0.9, 0.95]))
    print()
    print(title_table(docs, scores, READINGS))
    if options.curve:
        print("\nLearning curve: grouped 10-fold CV, each fold's model trained on a share of the other organisations")
        print("| share of training organisations | documents | line P at 0.5 | line R at 0.5 | title F1, model alone "
              "at 0.5 |\n|---|---|---|---|---|")
        for share in (0.125, 0.25, 0.5, 0.75, 1.0):
            curve = cross_validate(docs, options.c, share)
            line = line_table(docs, curve, [0.5]).splitlines()[2].split("|")
            tp, fp, fn, _ = title_tally(docs, curve, "model", 0.5)
            p, r = _pr(tp, fp, fn)
            print(f"| {share:.0%} | about {round(len(docs) * 0.9 * share)} | {line[3].strip()} | {line[4].strip()} | "
                  f"{2 * p * r / (p + r):.1%} |")
    if options.end_to_end:
        print("\nEnd to end (bench/real_quality.py's scoring), grouped 10-fold CV by organisation:")
        print(end_to_end(docs, options.c))
    if options.write:
        write_model(train(docs, options.c))
        print(f"wrote {MODEL_PATH}")
    if options.first_sight:
        tested, split_scores, old_rules = time_split(docs, options.c)
        print(f"\nFirst sight: held-out rounds 12-24 ({len(tested)} meeting documents), each read by the rules of "
              "its measurement's commit and by a model trained on the documents before it")
        print(title_table(tested, split_scores, READINGS, old_rules))
    return 0


if __name__ == "__main__":
    sys.exit(main())


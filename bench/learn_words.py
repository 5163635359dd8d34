"""Learned titles at WORD level (issue 13, spike L2): a sequence labeller over the words of a meeting document
(B: a title's first word, I: a title's later word, O: none), so titles in run-on text with no marker between
them (which no line, segment or cut of one is) can be read.

Reuses bench/learn_titles.py (spike L1): its documents (the reader's own cleaned lines, the golds, the rules'
titles), its grouped folds by organisation, its first-sight rounds (the rules of each round's commit, a model
trained on the documents before the round) and its title tally (multisets per document, as the quality bench).

Model: a linear-chain CRF (python-crfsuite, L-BFGS, L2): B/I/O labels depend on their neighbours (an I follows a
B or an I), which a per-token logistic model cannot say; its weights (state features and label transitions) are
plain numbers a pure-Python Viterbi could score.

Needs python-crfsuite (and scikit-learn for the folds): bench only, the reader never imports this file.

Run: .venv/bin/python bench/learn_words.py                 grouped 10-fold CV by organisation (tables)
     .venv/bin/python bench/learn_words.py --first-sight   also the held-out rounds 12-24 at first sight
     .venv/bin/python bench/learn_words.py --curve         also the learning curve (share of organisations)
     .venv/bin/python bench/learn_words.py --logistic      also a per-word logistic model on the same folds
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive.importing.learnedwords import (  # noqa: E402
    LABELS,
    SPAN_CONFIDENCE,
    Token,
    label_spans,
    numbered,
    token_norm,
    tokens_of,
    word_features,
)
from archive.importing.learnedwords import Model as lw_Model  # noqa: E402
from bench import learn_titles as lt  # noqa: E402
from bench.real_quality import norm  # noqa: E402


def locate(doc: lt.Doc, tokens: list[Token]) -> tuple[list[str], Counter]:
    """B/I/O labels: each gold title (in gold order) found as a run of words, the first run after the previous
    title's, else the first unused run anywhere; a title found nowhere is counted by why."""
    normed = [token_norm(t.text) for t in tokens]
    positions: dict[str, list[int]] = {}
    for at, word in enumerate(normed):
        positions.setdefault(word, []).append(at)
    labels = ["O"] * len(tokens)
    used = [False] * len(tokens)
    why: Counter = Counter()
    text = None
    after = 0
    for matter in doc.gold:
        title = matter.get("title")
        words = [w for w in (token_norm(x) for x in (title or "").split()) if w]
        if not words:
            continue
        starts = [at for at in positions.get(words[0], []) if normed[at:at + len(words)] == words
                  and not any(used[at:at + len(words)])]
        start = next((at for at in starts if at >= after), None)
        how = "in order"
        if start is None and starts:
            start, how = starts[0], "out of order"
        if start is None:
            if text is None:
                text = " ".join(w for w in normed if w)
            joined = " ".join(words)
            if joined.replace("- ", "") in text.replace("- ", "").replace("-", ""):
                why["not located: a word broken over lines"] += 1
            elif not doc.lines:
                why["not located: no text"] += 1
            elif " ".join(words[:3]) in text:
                why["not located: opening words found, the rest differs"] += 1
            else:
                why["not located: not in the text"] += 1
            continue
        labels[start] = "B"
        for k in range(start + 1, start + len(words)):
            labels[k] = "I"
        for k in range(start, start + len(words)):
            used[k] = True
        after = start + len(words)
        why[f"located, {how}, {'one line' if tokens[start].line == tokens[after - 1].line else 'over lines'}"] += 1
    return labels, why


def spans(tags: list[tuple[str, float]], tokens: list[Token], threshold: float = 0.0) -> list[str]:
    """The titles a labelling reads (learnedwords.label_spans) whose confidence reaches `threshold`, normalised as
    the bench compares."""
    out = []
    for span in label_spans(tags):
        title = norm(" ".join(tok.text for tok in tokens[span.start:span.end]))
        if title and span.confidence >= threshold:
            out.append(title)
    return out


@dataclass
class WordDoc:
    doc: lt.Doc
    tokens: list[Token]
    labels: list[str]
    feats: list[dict[str, float]]


def word_docs(docs: list[lt.Doc]) -> tuple[list[WordDoc], Counter]:
    result, why = [], Counter()
    for doc in docs:
        tokens = tokens_of(doc.lines)
        labels, located = locate(doc, tokens)
        why += located
        result.append(WordDoc(doc, tokens, labels, word_features(tokens)))
    return result, why


def _train(args) -> str:
    import pycrfsuite

    training, model_path, c2 = args
    trainer = pycrfsuite.Trainer(verbose=False)
    for wd in training:
        if wd.tokens:
            trainer.append(wd.feats, wd.labels)
    trainer.set_params({"c1": 0.0, "c2": c2, "max_iterations": 150, "feature.possible_transitions": True})
    trainer.train(model_path)
    return model_path


def _tag(model_path: str, feats_list: list[list[dict[str, float]]]) -> list[list[tuple[str, float]]]:
    """Each word's label and its marginal probability (the chain's belief in it)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(model_path)
    result = []
    for feats in feats_list:
        if not feats:
            result.append([])
            continue
        tags = tagger.tag(feats)
        result.append([(tag, tagger.marginal(tag, at)) for at, tag in enumerate(tags)])
    return result


def _fold_job(args) -> tuple[list[int], list[list[tuple[str, float]]]]:
    training, test_at, test_feats, model_path, c2 = args
    _train((training, model_path, c2))
    return test_at, _tag(model_path, test_feats)


def cross_validate(wds: list[WordDoc], c2: float, share: float = 1.0, workers: int = 2) -> list[list]:
    """Each document labelled by a CRF trained without its organisation (on `share` of the other organisations)."""
    from sklearn.model_selection import GroupKFold

    jobs = []
    for fold, (train, test) in enumerate(GroupKFold(n_splits=lt.FOLDS).split(wds, groups=[w.doc.org for w in wds])):
        training = [wds[i] for i in train]
        if share < 1.0:
            orgs_in = sorted({w.doc.org for w in training})
            kept = set(random.Random(lt.SEED).sample(orgs_in, round(len(orgs_in) * share)))
            training = [w for w in training if w.doc.org in kept]
        jobs.append((training, list(test), [wds[i].feats for i in test], f"/tmp/l2_crf_{share}_{fold}.crf", c2))
    labels: list[list[tuple[str, float]]] = [[] for _ in wds]
    with ProcessPoolExecutor(workers) as pool:
        for test_at, tagged in pool.map(_fold_job, jobs):
            for i, tags in zip(test_at, tagged, strict=True):
                labels[i] = tags
    return labels


def cross_validate_logistic(wds: list[WordDoc]) -> list[list]:
    """The same folds, features and decoding, with a per-word logistic model (B/I/O, no label transitions): the
    comparison that says whether the chain earns its place."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    labels: list[list] = [[] for _ in wds]
    for train, test in GroupKFold(n_splits=lt.FOLDS).split(wds, groups=[w.doc.org for w in wds]):
        vectorizer = DictVectorizer()
        matrix = vectorizer.fit_transform([f for i in train for f in wds[i].feats])
        model = LogisticRegression(C=1.0, max_iter=300, random_state=lt.SEED)
        model.fit(matrix, [label for i in train for label in wds[i].labels])
        for i in test:
            if wds[i].feats:
                probs = model.predict_proba(vectorizer.transform(wds[i].feats))
                best = probs.argmax(axis=1)
                labels[i] = [(str(model.classes_[k]), float(p[k])) for k, p in zip(best, probs, strict=True)]
    return labels


def tally(wds: list[WordDoc], got: list[list[str]], base: list[list[str]] | None = None) -> tuple[int, int, int, int]:
    """tp, fp, fn of titles (multisets per document) and documents with fewer right or more wrong than `base`."""
    tp = fp = fn = worse = 0
    for at, wd in enumerate(wds):
        gold = Counter(norm(m["title"]) for m in wd.doc.gold if m.get("title"))
        mine = Counter(got[at])
        right = sum((mine & gold).values())
        tp, fp, fn = tp + right, fp + sum(mine.values()) - right, fn + sum(gold.values()) - right
        if base is not None:
            theirs = Counter(base[at])
            base_right = sum((theirs & gold).values())
            worse += right < base_right or sum(mine.values()) - right > sum(theirs.values()) - base_right
    return tp, fp, fn, worse


def row(label: str, figures: tuple[int, int, int, int], with_worse: bool = True) -> str:
    tp, fp, fn, worse = figures
    p, r = lt._pr(tp, fp, fn)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"| {label} | {p:.1%} | {r:.1%} | {f1:.1%} | {tp} | {fp} | {fn} | {worse if with_worse else '-'} |"


THRESHOLDS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95)
FALLBACKS = ((0.8, 1), (0.9, 1), (0.9, 2), (0.95, 1), (0.95, 2), (0.95, 3))  # (span confidence, titles read)


def fallback(rules: list[str], words: list[str], counted: int, least: int = 1) -> list[str]:
    """The titles read before (`rules`), and the word model's where those are none or fewer than half the rows the
    text's numbers count, if it reads `least` titles or more; a title read already is not read twice."""
    weak = not rules or len(rules) < counted // 2
    return rules + [t for t in words if t not in rules] if weak and len(words) >= least else rules


def readings(wds: list[WordDoc], tags, rules: list[list[str]], line_model: list[list[str]],
             line_fallback: list[list[str]], numbers: list[set[int]] | None = None) -> str:
    """The rules, L1's line model alone and as the reader's fallback, the word model alone at each span confidence,
    and the word model as a fallback beside the rules and beside the rules with L1's fallback."""
    counted = [lt.counted_numbers(wd.doc.cands) for wd in wds]
    out = ["| reading | P | R | F1 | tp | fp | fn | documents worse than the rules |",
           "|---|---|---|---|---|---|---|---|",
           row("rules", tally(wds, rules), False),
           row("L1 line model alone, >= 0.5", tally(wds, line_model, rules)),
           row("rules + L1 fallback (the reader now)", tally(wds, line_fallback, rules))]
    for threshold in THRESHOLDS:
        words = [spans(t, wd.tokens, threshold) for t, wd in zip(tags, wds, strict=True)]
        out.append(row(f"word CRF alone, span >= {threshold}", tally(wds, words, rules)))
    # The reader's own setting (learnedwords.numbered_spans): spans >= 0.95 right after an item number, the first
    # list only, three or more, a number the rules read left to them.
    got = []
    for wd, t, before, n, nums in zip(wds, tags, line_fallback, counted, numbers or [None] * len(wds), strict=True):
        weak = not before or len(before) < n // 2
        found = [s for s in numbered(wd.tokens, t) if s.number not in (nums or set())] if weak else []
        got.append(before + [title for s in found if (title := norm(s.text)) and title not in before])
    out.append(row("rules + L1 fallback + the reader's word fallback (numbered, first list, 3+)",
                   tally(wds, got, rules)))
    # L4's second reader: also where the rules read enough, if the chain's numbered titles are more than twice and
    # three or more above the titles read (learn_second.py measures it end to end); and the chain's numbered titles
    # added wherever it reads three or more (no bar); and those titles alone.
    for label, bar in (("+ second reader (numbered > 2x and >= 3 more than read)", True),
                       ("+ the CRF's numbered titles wherever 3+ (no bar)", False)):
        got = []
        for wd, t, before, n, nums in zip(wds, tags, line_fallback, counted, numbers or [None] * len(wds),
                                          strict=True):
            found = numbered(wd.tokens, t)
            weak = not before or len(before) < n // 2
            if not weak and bar and not (len(found) > 2 * len(before) and len(found) >= len(before) + 3):
                found = []
            found = [s for s in found if s.number not in (nums or set())]
            got.append(before + [title for s in found if (title := norm(s.text)) and title not in before])
        out.append(row(f"rules + L1 fallback + word fallback {label}", tally(wds, got, rules)))
    out.append(row("word CRF alone, numbered titles (the reader's spans)",
                   tally(wds, [[norm(s.text) for s in numbered(wd.tokens, t)] for wd, t in zip(wds, tags, strict=True)],
                         rules)))
    for threshold, least in FALLBACKS:
        words = [spans(t, wd.tokens, threshold) for t, wd in zip(tags, wds, strict=True)]
        for label, before in (("rules", rules), ("rules + L1 fallback", line_fallback)):
            got = [fallback(r, w, n, least) for r, w, n in zip(before, words, counted, strict=True)]
            out.append(row(f"{label} + word CRF fallback, span >= {threshold}, {least}+ titles",
                           tally(wds, got, rules)))
    return "\n".join(out)


def label_figures(wds: list[WordDoc], tags) -> str:
    """Word-level: B and I precision/recall."""
    out = ["| label | P | R | tp | fp | fn |", "|---|---|---|---|---|---|"]
    for label in ("B", "I"):
        tp = fp = fn = 0
        for wd, got in zip(wds, tags, strict=True):
            for g, (p, _) in zip(wd.labels, got, strict=True):
                tp, fp, fn = tp + (g == p == label), fp + (p == label != g), fn + (g == label != p)
        p_, r_ = lt._pr(tp, fp, fn)
        out.append(f"| {label} | {p_:.1%} | {r_:.1%} | {tp} | {fp} | {fn} |")
    return "\n".join(out)


def line_titles(docs: list[lt.Doc], scores: list[list[float]], how: str, rules=None) -> list[list[str]]:
    """L1's line model's titles: alone at 0.5 ("model"), or as the reader's fallback beside the rules ("fallback",
    its shipped thresholds)."""
    threshold, row_threshold = (0.5, 0) if how == "model" else (lt.RUN_THRESHOLD, lt.ROW_THRESHOLD)
    return [lt.read_titles(doc, s, how, threshold, row_threshold, rules[doc.path.stem] if rules else doc.rules_titles)
            for doc, s in zip(docs, scores, strict=True)]


MODEL_FILE = "/tmp/l3_words_all.crf"
PRUNE = 0.01  # weights below this (in absolute value) dropped from the shipped file, if that changes no decision


def _weights(model_path: str, prune: float) -> dict:
    """The CRF's weights as the reader's file: feature -> [B, I, O] weights (those whose largest absolute weight is
    below `prune` dropped), transitions[a][b] in LABELS order; rounded to 6 decimals (a compact, stable file)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(model_path)
    info = tagger.info()
    state: dict[str, list[float]] = {}
    for (name, label), weight in info.state_features.items():
        state.setdefault(name, [0.0, 0.0, 0.0])[LABELS.index(label)] = weight
    kept = {name: [round(w, 6) for w in ws] for name, ws in sorted(state.items()) if max(map(abs, ws)) >= prune}
    transitions = [[round(info.transitions.get((a, b), 0.0), 6) for b in LABELS] for a in LABELS]
    return {"about": "bench/learn_words.py --write: a linear-chain CRF of item titles' words (B/I/O), trained on "
                     "every tuning meeting document; archive/importing/learnedwords.py scores it",
            "c2": None, "prune": prune, "state": kept, "transitions": transitions}


def write_model(wds: list[WordDoc], c2: float, write: bool, check: bool) -> int:
    """Train on every document; --check-scorer: the pure-Python scorer (unpruned, unrounded weights) against
    python-crfsuite (labels identical, marginals within 1e-6), and the shipped file's decisions (spans at the
    reader's confidence and the numbered titles it reads) against the unpruned weights'; --write: the file."""
    import json

    _train((wds, MODEL_FILE, c2))
    pruned = _weights(MODEL_FILE, PRUNE)
    pruned["c2"] = c2
    if check:
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(MODEL_FILE)
        info = tagger.info()
        full = lw_Model({}, [[info.transitions.get((a, b), 0.0) for b in LABELS] for a in LABELS])
        for (name, label), weight in info.state_features.items():
            full.state.setdefault(name, [0.0, 0.0, 0.0])[LABELS.index(label)] = weight
        same = worst = words = 0
        mine_all = []
        for wd in wds:
            if not wd.feats:
                continue
            theirs = [(tag, tagger.marginal(tag, at)) for at, tag in enumerate(tagger.tag(wd.feats))]
            mine = full.tag(wd.feats)
            mine_all.append(mine)
            same += [t for t, _ in theirs] == [t for t, _ in mine]
            worst = max(worst, max(abs(a[1] - b[1]) for a, b in zip(theirs, mine, strict=True)))
            words += len(mine)
        print(f"scorer check: {len(mine_all)} documents, {words} words; label sequences identical in {same}; "
              f"largest marginal difference {worst:.2e} (crfsuite's dump gives the weights to 6 decimals)")
        for prune in sorted({0.0, 0.001, 0.003, 0.01, 0.03, PRUNE}):
            weights = _weights(MODEL_FILE, prune)
            shipped = lw_Model(weights["state"], weights["transitions"])
            changed = 0
            for wd, mine in zip([wd for wd in wds if wd.feats], mine_all, strict=True):
                small = shipped.tag(wd.feats)
                changed += [(s.start, s.end) for s in label_spans(mine) if s.confidence >= SPAN_CONFIDENCE] != [
                    (s.start, s.end) for s in label_spans(small) if s.confidence >= SPAN_CONFIDENCE]
            print(f"weights |w| >= {prune}: {len(weights['state'])} of {len({n for n, _ in info.state_features})} "
                  f"features, {len(json.dumps(weights))} bytes; documents whose spans >= {SPAN_CONFIDENCE} differ "
                  f"from the full weights': {changed}")
    if write:
        path = Path(__file__).resolve().parent.parent / "archive" / "importing" / "learned_words.json"
        path.write_text(json.dumps(pruned, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
                        encoding="utf-8")
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--c2", type=float, default=0.1, help="the CRF's L2 weight")
    parser.add_argument("--first-sight", action="store_true", help="also the held-out rounds 12-24")
    parser.add_argument("--curve", action="store_true", help="also the learning curve")
    parser.add_argument("--logistic", action="store_true", help="also a per-word logistic model on the same folds")
    parser.add_argument("--write", action="store_true",
                        help="train on every tuning meeting document and write archive/importing/learned_words.json")
    parser.add_argument("--check-scorer", action="store_true",
                        help="the reader's pure-Python scorer against python-crfsuite on every tuning document")
    parser.add_argument("--save", help="pickle the documents, labels and rules read to this file (to study them)")
    options = parser.parse_args(argv)
    docs = lt.load()
    wds, why = word_docs(docs)
    if options.write or options.check_scorer:
        return write_model(wds, options.c2, options.write, options.check_scorer)
    labels = Counter(label for wd in wds for label in wd.labels)
    print(f"{len(wds)} documents, {len({w.doc.org for w in wds})} organisations, "
          f"{sum(len(w.tokens) for w in wds)} words {dict(labels)}")
    print(f"gold titles: {sum(why.values())}")
    for key, count in sorted(why.items()):
        print(f"  {key}: {count}")
    tags = cross_validate(wds, options.c2)
    print("\nWord level, grouped 10-fold CV by organisation:")
    print(label_figures(wds, tags))
    line_scores = lt.cross_validate(docs, 1.0)
    rules = [[t for _, t in doc.rules_titles] for doc in docs]
    saved = {"cv": ([w.doc.path.stem for w in wds], tags, rules)}
    print("\nTitles per document (multisets), grouped 10-fold CV by organisation (the rules in sample):")
    print(readings(wds, tags, rules, line_titles(docs, line_scores, "model"),
                   line_titles(docs, line_scores, "fallback"),
                   [{n for n, _ in doc.rules_titles if n is not None} for doc in docs]))
    if options.logistic:
        logistic = cross_validate_logistic(wds)
        print("\nPer-word logistic model (no transitions), the same folds and decoding:")
        print(label_figures(wds, logistic))
        for threshold in THRESHOLDS:
            words = [spans(t, wd.tokens, threshold) for t, wd in zip(logistic, wds, strict=True)]
            print(row(f"word logistic alone, span >= {threshold}", tally(wds, words, rules)))
    if options.curve:
        print("\nLearning curve: each fold's CRF trained on a share of the other organisations")
        print("| share of training organisations | documents | P | R | F1 | tp | fp | fn | - |")
        print("|---|---|---|---|---|---|---|---|---|")
        for share in (0.125, 0.25, 0.5, 1.0):
            curve = tags if share == 1.0 else cross_validate(wds, options.c2, share)
            words = [spans(t, wd.tokens) for t, wd in zip(curve, wds, strict=True)]
            print(row(f"{share:.0%} | about {round(len(wds) * 0.9 * share)}", tally(wds, words), False))
    if options.first_sight:
        tested, split_scores, old_rules = lt.time_split(docs, 1.0)
        by_stem = {w.doc.path.stem: w for w in wds}
        groups = lt.json.loads((lt.REAL / "rounds.json").read_text(encoding="utf-8"))
        order = [name for name in groups if name != "_about"]
        jobs, tested_wds = [], []
        for fold, round_name in enumerate(lt.ROUNDS_AT):
            later = {stem for name in order[order.index(round_name):] for stem in groups[name]}
            test = [by_stem[stem] for stem in groups[round_name] if stem in by_stem]
            training = [w for w in wds if w.doc.path.stem not in later]
            jobs.append((training, list(range(len(tested_wds), len(tested_wds) + len(test))),
                         [w.feats for w in test], f"/tmp/l2_crf_round_{fold}.crf", options.c2))
            tested_wds += test
        assert [w.doc.path.stem for w in tested_wds] == [d.path.stem for d in tested]
        split_tags: list = [[] for _ in tested_wds]
        with ProcessPoolExecutor(2) as pool:
            for test_at, tagged in pool.map(_fold_job, jobs):
                for i, t in zip(test_at, tagged, strict=True):
                    split_tags[i] = t
        round_rules = [[t for _, t in old_rules.get(w.doc.path.stem, [])] for w in tested_wds]
        print(f"\nFirst sight: held-out rounds 12-24 ({len(tested_wds)} meeting documents), each read by the rules "
              "of its measurement's commit and by models trained on the documents before it")
        print(readings(tested_wds, split_tags, round_rules, line_titles(tested, split_scores, "model"),
                       line_titles(tested, split_scores, "fallback", old_rules),
                       [{n for n, _ in old_rules.get(w.doc.path.stem, []) if n is not None} for w in tested_wds]))
        late = {stem for name in list(lt.ROUNDS_AT)[-2:] for stem in groups[name]}
        at = [k for k, w in enumerate(tested_wds) if w.doc.path.stem in late]
        line_model, line_fallback = line_titles(tested, split_scores, "model"), line_titles(tested, split_scores,
                                                                                             "fallback", old_rules)
        print(f"\nThe same, the last two rounds alone ({len(at)} meeting documents: never used to choose a threshold)")
        print(readings([tested_wds[k] for k in at], [split_tags[k] for k in at], [round_rules[k] for k in at],
                       [line_model[k] for k in at], [line_fallback[k] for k in at],
                       [{n for n, _ in old_rules.get(tested_wds[k].doc.path.stem, []) if n is not None} for k in at]))
        saved["first_sight"] = ([w.doc.path.stem for w in tested_wds], split_tags, round_rules)
    if options.save:
        import pickle

        Path(options.save).write_bytes(pickle.dumps(saved))
    return 0


if __name__ == "__main__":
    sys.exit(main())

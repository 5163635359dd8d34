"""The learned word-level reading of item titles (archive/importing/learnedwords.py, trained by bench/learn_words.py):
the pure-Python CRF scorer, the numbered titles it reads, and the reader's fallback to it behind the line model's.

The texts are written for these tests; the models but the shipped one are made up, so that what each test checks
does not hang on trained weights."""

from __future__ import annotations

import itertools
import math
import random

import pytest

from archive.importing import learnedtitles, learnedwords, parse_document
from archive.importing.learnedwords import LABELS, Model, numbered, tokens_of, word_features
from tests.reading_helpers import lines, write


def _brute_force(model: Model, feats: list[dict[str, float]]) -> tuple[list[str], list[dict[str, float]]]:
    """The best label sequence and each word's marginals by enumerating every sequence."""
    scores = model._scores(feats)
    weighted = {}
    for path in itertools.product(range(3), repeat=len(feats)):
        total = sum(scores[t][label] for t, label in enumerate(path))
        total += sum(model.transitions[a][b] for a, b in itertools.pairwise(path))
        weighted[path] = total
    best = max(weighted, key=weighted.get)
    z = sum(math.exp(w) for w in weighted.values())
    marginals = [{LABELS[j]: sum(math.exp(w) for p, w in weighted.items() if p[t] == j) / z for j in range(3)}
                 for t in range(len(feats))]
    return [LABELS[j] for j in best], marginals


def test_the_scorer_finds_the_best_labels_and_their_marginals():
    rng = random.Random(7)
    names = ["bias", "cap", "number", "after_marker", "line_first"]
    for _ in range(5):
        model = Model({name: [rng.uniform(-2, 2) for _ in range(3)] for name in names},
                      [[rng.uniform(-2, 2) for _ in range(3)] for _ in range(3)])
        feats = [{name: 1.0 for name in rng.sample(names, 3)} for _ in range(5)]
        labels, marginals = _brute_force(model, feats)
        tagged = model.tag(feats)
        assert [label for label, _ in tagged] == labels
        for (label, p), expected in zip(tagged, marginals, strict=True):
            assert p == pytest.approx(expected[label], abs=1e-9)


def test_the_shipped_model_loads_and_reads_a_numbered_run_on_list():
    text = lines("Kommunstyrelsen kallas till sammanträde. Ärenden 1. Upprop 2. Val av justerare 3. Detaljplan för "
                 "del av Kvarnbacken 4. Årsredovisning för Vatten AB 5. Motion om cykelvägar 6. Övriga frågor")
    tokens = tokens_of(text)
    tags = learnedwords.model().tag(word_features(tokens))
    assert len(tags) == len(tokens)
    titles = [" ".join(t.text for t in tokens[s.start:s.end]) for s in learnedwords.label_spans(tags)]
    assert "Detaljplan för del av Kvarnbacken" in titles
    assert "Kommunstyrelsen" not in " ".join(titles)


def _tags(tokens, titles: dict[str, float]) -> list[tuple[str, float]]:
    """Hand-made labels: each word of a listed title (its first word B) at the title's confidence, others O."""
    words = [t.text for t in tokens]
    tags = [("O", 0.99)] * len(words)
    for title, confidence in titles.items():
        parts = title.split()
        at = next(k for k in range(len(words)) if words[k:k + len(parts)] == parts)
        tags[at:at + len(parts)] = [("B", confidence)] + [("I", confidence)] * (len(parts) - 1)
    return tags


RUN_ON = "Ärenden 1. Budget för nämnden 2. Taxor för bygglov § 3 Motion om cykelvägar 4) Detaljplan för Ås"


def test_numbered_titles_open_right_after_an_item_number_and_keep_it():
    tokens = tokens_of(lines(RUN_ON))
    found = numbered(tokens, _tags(tokens, {"Budget för nämnden": 0.99, "Taxor för bygglov": 0.97,
                                            "Motion om cykelvägar": 0.98, "Detaljplan för Ås": 0.96}))
    assert [(s.number, s.text) for s in found] == [(1, "Budget för nämnden"), (2, "Taxor för bygglov"),
                                                   (3, "Motion om cykelvägar"), (4, "Detaljplan för Ås")]


def test_no_numbered_titles_without_numbers_before_them():
    tokens = tokens_of(lines("Ärenden: Budget för nämnden, Taxor för bygglov, Motion om cykelvägar och Detaljplan"))
    tags = _tags(tokens, {"Budget för nämnden,": 0.99, "Taxor för bygglov,": 0.99, "Motion om cykelvägar": 0.99})
    assert numbered(tokens, tags) == []


def test_no_numbered_titles_below_the_confidence_or_fewer_than_three():
    tokens = tokens_of(lines(RUN_ON))
    assert numbered(tokens, _tags(tokens, {"Budget för nämnden": 0.9, "Taxor för bygglov": 0.94,
                                           "Motion om cykelvägar": 0.99, "Detaljplan för Ås": 0.99})) == []


def test_a_list_begun_again_ends_the_numbered_titles():
    tokens = tokens_of(lines("1. Upprop 2. Budget för nämnden 3. Taxor för bygglov 4. Motion om cykelvägar "
                             "Kommunstyrelsen: 1. Upprop 2. Val av justerare 3. Detaljplan för Ås"))
    tags = _tags(tokens, {"Budget för nämnden": 0.99, "Taxor för bygglov": 0.99, "Motion om cykelvägar": 0.99})
    at = max(k for k, t in enumerate(tokens) if t.text == "Detaljplan")
    tags[at:at + 3] = [("B", 0.99), ("I", 0.99), ("I", 0.99)]
    assert [s.number for s in numbered(tokens, tags)] == [2, 3, 4]
    # Two titles before the list begins again are no list: nothing is read.
    tags = _tags(tokens, {"Budget för nämnden": 0.99, "Taxor för bygglov": 0.99})
    tags[at:at + 3] = [("B", 0.99), ("I", 0.99), ("I", 0.99)]
    assert numbered(tokens, tags) == []


def _eager() -> Model:
    """Every word after an item's number opens a title (B), the words after it continue it (I) up to the next
    number; the words before the first number are no title's."""
    return Model({"bias": [0.0, 8.0, 0.0], "after_marker": [30.0, 0.0, 0.0], "number": [0.0, -30.0, 30.0],
                  "since_marker=7": [-30.0, -30.0, 30.0]},
                 [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0.0, -60.0, 0.0]])


def _no_lines() -> learnedtitles.Model:
    return learnedtitles.Model({}, -9.0, 0.9, 0.3, {})


# A kallelse whose rows ("1:") run on in one line after a line of text: the rules read no item in it.
RUN_ON_KALLELSE = ("KALLELSE\n\nKommunstyrelsen\n\nTid: 2023-05-10 kl. 13.00\nPlats: Stadshuset\n\n"
                   "Vid sammanträdet behandlas 1: Budget för nämnden 2: Taxor för bygglov 3: Motion om cykelvägar "
                   "4: Detaljplan för Ås\n")


def test_the_reader_takes_the_word_models_numbered_titles_where_its_rules_and_the_line_model_read_none(
        tmp_path, monkeypatch):
    monkeypatch.setattr(learnedtitles, "model", _no_lines)
    monkeypatch.setattr(learnedwords, "model", lambda: Model({}, [[0.0] * 3] * 3))
    before = parse_document(write(tmp_path, RUN_ON_KALLELSE)).items
    assert [item.matter.title for item in before if item.matter.title] == []
    monkeypatch.setattr(learnedwords, "model", _eager)
    parsed = parse_document(write(tmp_path, RUN_ON_KALLELSE))
    assert [(item.key, item.matter.title) for item in parsed.items] == [
        ("punkt 1", "Budget för nämnden"), ("punkt 2", "Taxor för bygglov"), ("punkt 3", "Motion om cykelvägar"),
        ("punkt 4", "Detaljplan för Ås")]
    assert parsed.meeting.body == "Kommunstyrelsen"


def test_the_reader_adds_no_word_titles_where_its_rules_read_the_list(tmp_path, monkeypatch):
    monkeypatch.setattr(learnedtitles, "model", _no_lines)
    monkeypatch.setattr(learnedwords, "model", _eager)
    text = ("KALLELSE\n\nKommunstyrelsen\n\nTid: 2023-05-10 kl. 13.00\n\n1. Upprop\n2. Val av justerare\n"
            "3. Budget för nämnden\n4. Taxor för bygglov\n5. Motion om cykelvägar\n")
    titles = [item.matter.title for item in parse_document(write(tmp_path, text)).items]
    assert "Budget för nämnden" in titles
    monkeypatch.setattr(learnedwords, "model", lambda: Model({}, [[0.0] * 3] * 3))
    assert [item.matter.title for item in parse_document(write(tmp_path, text)).items] == titles


def test_the_reader_leaves_the_word_model_out_where_the_line_model_reads_the_list(tmp_path, monkeypatch):
    def words_must_not_run(_lines, model_=None):
        raise AssertionError("the word model ran behind a list the line model read")

    monkeypatch.setattr(learnedtitles, "model", lambda: learnedtitles.Model(
        {"marker_numdot": 8.0, "cut": -8.0}, -4.0, 0.9, 0.3, {}))
    monkeypatch.setattr("archive.importing.meetingdocs.numbered_spans", words_must_not_run)
    text = ("KALLELSE Kommunstyrelsen 2023-05-10 kl. 13.00\n\n3) Budget för nämnden\n\n4) Taxor för bygglov\n\n"
            "5) Motion\n")
    assert [item.key for item in parse_document(write(tmp_path, text)).items] == ["punkt 3", "punkt 4", "punkt 5"]


def test_no_numbered_titles_below_a_number_alone_on_its_line():
    # (a number alone on its line, the title on the next: the rules' layout, which they read or judge no list)
    tokens = tokens_of(lines("1.", "Budget för nämnden", "2.", "Taxor för bygglov", "3.", "Motion om cykelvägar"))
    tags = _tags(tokens, {"Budget för nämnden": 0.99, "Taxor för bygglov": 0.99, "Motion om cykelvägar": 0.99})
    assert numbered(tokens, tags) == []


def test_only_a_long_texts_first_words_are_scored_and_a_title_at_the_cut_is_not_read(monkeypatch):
    text = lines("Ärenden 1. Budget för nämnden 2. Taxor för bygglov 3. Motion om cykelvägar 4. Detaljplan för Ås",
                 "Ärendet gäller en ny plan för området norr om skolan. " * 20)
    assert [s.number for s in learnedwords.numbered_spans(text, _eager())] == [1, 2, 3, 4]
    monkeypatch.setattr(learnedwords, "MAX_WORDS", 16)  # the cut falls inside title 4
    assert [(s.number, s.text) for s in learnedwords.numbered_spans(text, _eager())] == [
        (1, "Budget för nämnden"), (2, "Taxor för bygglov"), (3, "Motion om cykelvägar")]


def test_no_numbered_title_after_a_bodys_code_and_its_number():
    # "§ Sbn 54 Title": the item's key is the code and the number; read as "punkt 54" it would be another key.
    tokens = tokens_of(lines("§ Sbn 54 Budget för nämnden § Sbn 55 Taxor för bygglov § Sbn 56 Motion om cykelvägar"))
    tags = _tags(tokens, {"Budget för nämnden": 0.99, "Taxor för bygglov": 0.99, "Motion om cykelvägar": 0.99})
    assert numbered(tokens, tags) == []
    # A title ending in a small word before the next number is no code: "... nämnden 2 Taxor".
    tokens = tokens_of(lines("1 Budget för nämnden 2 Taxor för bygglov 3 Motion om cykelvägar"))
    tags = _tags(tokens, {"Budget för nämnden": 0.99, "Taxor för bygglov": 0.99, "Motion om cykelvägar": 0.99})
    assert [s.number for s in numbered(tokens, tags)] == [1, 2, 3]


def test_no_numbered_title_after_a_contents_rows_page_number():
    # "Title... 5 Next title... 6": the numbers after the leaders are the rows' pages, not the next rows' numbers.
    tokens = tokens_of(lines("Innehåll Upprop... 3 Budget för nämnden... 4 Taxor för bygglov... 5 Motion om "
                             "cykelvägar... 6"))
    tags = _tags(tokens, {"Budget för nämnden...": 0.99, "Taxor för bygglov...": 0.99, "Motion om cykelvägar...": 0.99})
    assert numbered(tokens, tags) == []


def test_no_numbered_titles_where_the_numbers_close_the_rows():
    # "Upprop 44 Arbetsordning 45 ... cykelvägar 47": the last number ends the list, so each number is the row's
    # before it (a contents row's §), and a title after a number would take the wrong key.
    tokens = tokens_of(lines("Upprop 44 Arbetsordning 45 Budget för nämnden 46 Motion om cykelvägar 47"))
    tags = _tags(tokens, {"Arbetsordning": 0.99, "Budget för nämnden": 0.99, "Motion om cykelvägar": 0.99})
    assert numbered(tokens, tags) == []
    tokens = tokens_of(lines("Upprop 44 Arbetsordning 45 Budget för nämnden 46 Motion om cykelvägar 47 Taxor"))
    tags = _tags(tokens, {"Arbetsordning": 0.99, "Budget för nämnden": 0.99, "Motion om cykelvägar": 0.99})
    assert [s.number for s in numbered(tokens, tags)] == [44, 45, 46]


def test_no_numbered_titles_in_a_contents_table():
    # "Innehållsförteckning Paragraf Inledning 44 Arbetsordning 45 ...": a contents table's § column is on the right.
    text = ("Innehållsförteckning Paragraf Inledning 44 Arbetsordning 45 Budget för nämnden 46 Motion om cykelvägar "
            "47 Taxor")
    tokens = tokens_of(lines(text))
    tags = _tags(tokens, {"Arbetsordning": 0.99, "Budget för nämnden": 0.99, "Motion om cykelvägar": 0.99})
    assert numbered(tokens, tags) == []


def test_the_same_text_read_again_is_not_scored_again(monkeypatch):
    # A document of no settled kind is read as a protocol and as a kallelse, the same lines each time: the chain
    # scores them once (the fallback's cost on a long text); another text, or the same with another model, is
    # scored anew.
    text = lines("Ärenden 1. Upprop 2. Val av justerare 3. Detaljplan för del av Kvarnbacken 4. Årsredovisning")
    calls = []
    scorer = learnedwords.word_features
    monkeypatch.setattr(learnedwords, "word_features", lambda tokens: calls.append(1) or scorer(tokens))
    first = learnedwords.numbered_spans(text)
    assert learnedwords.numbered_spans(text) == first and len(calls) == 1
    learnedwords.numbered_spans(lines("Ärenden 1. Budget 2. Taxor 3. Motion om cykelvägar"))
    assert len(calls) == 2
    learnedwords.numbered_spans(text, _eager())
    assert len(calls) == 3

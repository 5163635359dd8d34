"""The word-level title dataset and decoding of bench/learn_words.py (spike L2): gold titles located as runs of
words in run-on text, B/I/O labels, and the titles a labelling reads. Made-up texts; no model is trained."""

from __future__ import annotations

from pathlib import Path

from bench import learn_titles as lt
from bench import learn_words as lw
from tests.reading_helpers import lines


def _doc(text_lines: list[str], titles: list[str]) -> lt.Doc:
    return lt.Doc(Path("x_kallelse_1.txt"), "x", "kallelse", [{"title": t} for t in titles], lines(*text_lines), [])


def test_titles_in_run_on_text_are_located_as_runs_of_words():
    doc = _doc(["1 Budget 2024 för nämnden 2 Taxor för bygglov – ändring. 3 Motion om cykelvägar"],
               ["Budget 2024 för nämnden", "Taxor för bygglov - ändring", "Motion om cykelvägar"])
    tokens = lw.tokens_of(doc.lines)
    labels, why = lw.locate(doc, tokens)
    assert [t.text for t, label in zip(tokens, labels, strict=True) if label == "B"] == ["Budget", "Taxor", "Motion"]
    assert labels[0] == "O" and labels[5] == "O"  # the numbers are no title's words
    assert why == {"located, in order, one line": 3}


def test_a_title_the_text_does_not_hold_is_counted_not_located():
    doc = _doc(["§ 4 Budget för nämnden", "Beslut: bifall"], ["Budget för nämnden 2024", "Val av justerare"])
    labels, why = lw.locate(doc, lw.tokens_of(doc.lines))
    assert set(labels) == {"O"}
    assert why["not located: opening words found, the rest differs"] == 1
    assert why["not located: not in the text"] == 1


def test_a_title_printed_twice_is_labelled_once_in_gold_order():
    doc = _doc(["1 Val av justerare", "2 Budget för nämnden", "§ 1 Val av justerare"], ["Val av justerare"])
    labels, _ = lw.locate(doc, lw.tokens_of(doc.lines))
    assert labels.count("B") == 1 and labels[1] == "B"


def test_spans_read_a_b_and_its_i_run_and_drop_the_unsure():
    doc = _doc(["1 Budget 2024 2 Taxor för bygglov"], [])
    tokens = lw.tokens_of(doc.lines)
    tags = [("O", 1.0), ("B", 0.99), ("I", 0.97), ("O", 0.99), ("B", 0.6), ("I", 0.9), ("I", 0.95)]
    assert lw.spans(tags, tokens) == ["budget 2024", "taxor för bygglov"]
    assert lw.spans(tags, tokens, 0.9) == ["budget 2024"]  # (its least sure word 0.6)
    # An I with no B before it opens no title.
    assert lw.spans([("O", 1.0), ("I", 0.99), ("I", 0.99), *tags[3:]], tokens, 0.9) == []


def test_the_fallback_reads_the_word_model_only_where_the_rules_read_too_little():
    assert lw.fallback([], ["a", "b"], 0, 2) == ["a", "b"]
    assert lw.fallback([], ["a"], 0, 2) == []  # fewer titles than asked for
    assert lw.fallback(["a"], ["a", "b", "c"], 6) == ["a", "b", "c"]  # 1 title of 6 numbered rows
    assert lw.fallback(["a", "b", "c"], ["d"], 6) == ["a", "b", "c"]  # half the rows read: the rules stand


def test_the_second_readers_bar_wants_more_than_twice_the_titles_read_and_three_more(monkeypatch):
    # bench/learn_second.py's setting b: the CRF's numbered titles read beside the rules only where they are more
    # than twice the rules' titles and three or more above them; b-any: wherever the CRF reads any.
    from archive.importing import learnedwords
    from bench import learn_second

    def spans(count: int):
        return [learnedwords.NumberedSpan(n, 0, f"Rad {n}") for n in range(1, count + 1)]

    for count, titles_read, read in ((5, 2, True), (4, 2, False), (3, 0, True), (7, 4, False), (9, 4, True)):
        monkeypatch.setattr(learnedwords, "numbered_spans", lambda _lines, count=count: spans(count))
        assert bool(learn_second.second_reading([], titles_read)) is read, (count, titles_read)
        assert len(learn_second.second_reading([], titles_read, bar=False)) == count

"""The learned reading of item titles (archive/importing/learnedtitles.py, trained by bench/learn_titles.py): the
shipped model's file, the list it reads, and the reader's fallback to it where the rules read no item.

The texts are written for these tests; the models but the shipped one are made up, so that what each test
checks does not hang on trained weights."""

from __future__ import annotations

import pytest

from archive.importing import learnedtitles, parse_document
from archive.importing.learnedtitles import Candidate, Model, candidates, fallback_rows, learned_rows
from tests.reading_helpers import lines, write

# A kallelse whose rows are numbered "3)": a layout the rules do not read (no item).
BRACKETED_ROWS = ("KALLELSE Kommunstyrelsen 2023-05-10 kl. 13.00 Plats: Stadshuset\n\n3) Budget för 2024\n\n"
                  "4) Taxor för bygglov\n\n5) Motion om cykelvägar\n")


def _eager() -> Model:
    """Every whole line after a "3)" or "3." marker scores 0.98, every other candidate 0.02."""
    return Model({"marker_numdot": 8.0, "cut": -8.0}, -4.0, 0.9, 0.3, {})


def test_the_shipped_model_loads_and_scores_a_title_above_a_head_label():
    model = learnedtitles.model()
    text = lines("Föredragningslista", "1. Detaljplan för del av Kvarnbacken 2:14", "2. Tid och plats",
                 "3. Årsredovisning 2022 för Vatten AB")
    whole = {c.text: c for c in candidates(text) if not c.rest}
    title = model.score(whole["Detaljplan för del av Kvarnbacken 2:14"], text)
    label = model.score(whole["Tid och plats"], text)
    assert title > 0.5 > label


def test_a_line_is_a_candidate_whole_and_cut_where_a_title_may_end():
    found = [(c.number, c.marker, c.text, c.rest) for c in candidates(lines("§ 12 Budget 2024 Dnr KS 2023/14"))]
    assert (12, "para", "Budget 2024 Dnr KS 2023/14", "") in found
    assert (12, "para", "Budget", "2024 Dnr KS 2023/14") in found  # (before a digit)
    assert (12, "para", "Budget 2024", "Dnr KS 2023/14") in found
    # Never cut before a small word: "för" opens no new text.
    assert all(not c.text.endswith("Budget") or c.rest != "för 2024" for c in candidates(lines("1. Budget för 2024")))


def test_a_run_on_line_is_cut_at_its_numbers_counting_on():
    text = lines("Ärenden 1 Upprop 2 Val av justerare 3 Budget för 2024 med plan för 2025-2026 4 Taxor för bygglov "
                 "och planarbete enligt plan- och bygglagen")
    whole = [(c.number, c.text) for c in candidates(text) if not c.rest]
    assert whole == [(1, "Upprop"), (2, "Val av justerare"), (3, "Budget för 2024 med plan för 2025-2026"),
                     (4, "Taxor för bygglov och planarbete enligt plan- och bygglagen")]


def _scored(*rows: tuple[int, float]) -> list[tuple[Candidate, float]]:
    return [(Candidate(at, f"Rad {number}", "numdot", number, False, at), score)
            for at, (number, score) in enumerate(rows)]


def test_learned_rows_are_a_list_counting_on_whose_median_score_is_high():
    rows = learned_rows(_scored((1, 0.95), (2, 0.4), (3, 0.97), (4, 0.92)), 0.9, 0.3)
    assert [r.number for r in rows] == [1, 2, 3, 4]
    # A row scored below the row threshold is left out; the list stands.
    assert [r.number for r in learned_rows(_scored((1, 0.95), (2, 0.2), (3, 0.97), (4, 0.92)), 0.9, 0.3)] == [1, 3, 4]


@pytest.mark.parametrize("rows", [
    ((1, 0.99), (2, 0.99)),  # two rows are no list
    ((1, 0.95), (2, 0.6), (3, 0.7)),  # the list's median is below the threshold
    ((1, 0.99), (3, 0.99), (5, 0.99)),  # numbers that do not count on
])
def test_no_learned_rows_without_a_list_the_model_reads_well(rows):
    assert learned_rows(_scored(*rows), 0.9, 0.3) == []


def test_the_fallback_reads_only_where_the_rules_read_fewer_than_half_the_counted_rows():
    text = lines("1. Budget för 2024", "2. Taxor för bygglov", "3. Motion om cykelvägar", "4. Detaljplan för Ås")
    assert [r.number for r in fallback_rows(text, 0, _eager())] == [1, 2, 3, 4]
    assert [r.number for r in fallback_rows(text, 1, _eager())] == [1, 2, 3, 4]
    assert fallback_rows(text, 2, _eager()) == []  # the rules read half: theirs stands
    assert fallback_rows(text[:2], 0, _eager()) == []  # two numbered lines count no list


def test_the_reader_takes_the_learned_list_where_its_rules_read_no_item(tmp_path, monkeypatch):
    monkeypatch.setattr(learnedtitles, "model", _eager)
    parsed = parse_document(write(tmp_path, BRACKETED_ROWS))
    assert [(item.key, item.matter.title) for item in parsed.items] == [
        ("punkt 3", "Budget för 2024"), ("punkt 4", "Taxor för bygglov"), ("punkt 5", "Motion om cykelvägar")]
    assert parsed.meeting.body == "Kommunstyrelsen"


def test_the_reader_reads_no_item_where_the_model_reads_no_list_well(tmp_path, monkeypatch):
    monkeypatch.setattr(learnedtitles, "model", lambda: Model({}, -4.0, 0.9, 0.3, {}))
    assert parse_document(write(tmp_path, BRACKETED_ROWS)).items == []


def test_the_reader_adds_nothing_where_its_rules_read_the_list(tmp_path, monkeypatch):
    monkeypatch.setattr(learnedtitles, "model", _eager)
    text = ("KALLELSE\n\nKommunstyrelsen\n\nTid: 2023-05-10 kl. 13.00\n\nÄrende 1 Upprop\nÄrende 2 Val av justerare\n"
            "Ärende 3 Budget för 2024\nÄrende 4 Taxor för bygglov\nÄrende 5 Motion om cykelvägar\n"
            "6. Parkering vid skolan\n7. Övriga frågor\n8. Avslutning\n")
    titles = [item.matter.title for item in parse_document(write(tmp_path, text)).items]
    assert "Budget för 2024" in titles and "Avslutning" not in titles

"""The quality bench's judging rules (bench/real_quality.py): what counts as the same value, and what as invented."""

from bench.real_quality import Output, score_document

# A plan as a web page draws it: the months across, each body's days under them; "*" explained below the table.
PLAN_TEXT = """Sammanträdestider 2031

Kommunstyrelse

Sammanträdestider för kommunstyrelsen 2031

Jan

Feb

Mars

-

10*

17

* Inställt
"""


def _plan_record(body: str, date: str, marker: str | None = None) -> dict:
    return {"kind": "sammanträde", "meeting": {"body": body, "date": date, "marker": marker}}


def _score(tmp_path, gold: dict, records: list[dict]):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN_TEXT, encoding="utf-8")
    return score_document(path, gold, Output(False, "", records, 0.01))


GOLD = {"kind": "sammanträdesplan", "meetings": [
    {"body": "Kommunstyrelse", "date": "2031-02-10", "marker": "Inställt"},
    {"body": "Kommunstyrelse", "date": "2031-03-17", "marker": None},
]}


def test_a_body_named_in_its_definite_form_is_the_body_gold_names_in_the_indefinite(tmp_path):
    """The archive keeps "Kommunstyrelse" and "kommunstyrelsen" as one body (naming.body_key), so the bench does too."""
    score = _score(tmp_path, GOLD, [_plan_record("kommunstyrelsen", "2031-02-10"),
                                    _plan_record("kommunstyrelsen", "2031-03-17")])
    assert score.tallies["plan meetings"].tp == 2
    assert score.tallies["plan meetings"].fp == 0


def test_another_body_is_still_wrong(tmp_path):
    score = _score(tmp_path, GOLD, [_plan_record("Kommunstyrelsens arbetsutskott", "2031-02-10")])
    assert score.tallies["plan meetings"].tp == 0
    assert score.tallies["plan meetings"].fp == 1


def test_a_marker_on_a_date_the_gold_reads_from_a_table_is_wrong_not_invented(tmp_path):
    """The day 10 stands under "Feb" three lines up: no date pattern finds it, but the gold read it, so it is
    stated; the star is in the text too. Gold writes the legend's word as the marker: the star is wrong."""
    score = _score(tmp_path, GOLD, [_plan_record("kommunstyrelsen", "2031-02-10", "*"),
                                    _plan_record("kommunstyrelsen", "2031-03-17")])
    assert ("plan markers", ("kommunstyrelse", "2031-02-10", "*")) in score.wrong
    assert score.invented == []


def test_a_date_neither_the_text_nor_the_gold_states_is_invented(tmp_path):
    score = _score(tmp_path, GOLD, [_plan_record("kommunstyrelsen", "2031-04-14")])
    assert score.invented == [("plan meetings", ("kommunstyrelse", "2031-04-14"))]


def test_a_marker_the_text_does_not_state_is_invented(tmp_path):
    score = _score(tmp_path, GOLD, [_plan_record("kommunstyrelsen", "2031-02-10", "extra sammanträde")])
    assert ("plan markers", ("kommunstyrelse", "2031-02-10", "extra sammanträde")) in score.invented


def test_a_step_to_a_body_the_text_names_only_by_its_code_is_stated(tmp_path):
    """'KS § 1/2015' names the kommunstyrelse by its code; the bench compares bodies in their key form
    ('kommunstyrelse'), whose code is still KS: a wrong step to it is wrong, not invented."""
    path = tmp_path / "kallelse.txt"
    path.write_text("Kallelse till kommunfullmäktige 2031-03-10\n\n1. Taxa för parkering (KS § 1/2031)\n",
                    encoding="utf-8")
    gold = {"kind": "kallelse", "meeting": {"body": "Kommunfullmäktige", "date": "2031-03-10"},
            "matters": [{"item": "1", "title": "Taxa för parkering", "planning": []}]}
    meeting = {"body": "Kommunfullmäktige", "date": "2031-03-10", "item": "1"}
    record = {"title": "Taxa för parkering", "meeting": meeting,
              "planning": [{"body": "Kommunstyrelsen", "date": None}]}
    score = score_document(path, gold, Output(False, "", [record], 0.01))
    assert ("planning", ("kommunstyrelse", None)) in score.wrong
    assert score.invented == []

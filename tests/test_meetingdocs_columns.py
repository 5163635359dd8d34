"""Edges of helpers in meetingdocs and countedruns that the corpus reaches only on their way in."""

from __future__ import annotations

from archive.importing.countedruns import counted_run_rows
from archive.importing.meetingdocs import _drop_letter_column_of_titles
from archive.importing.result import ParsedItem
from archive.importing.text import Line
from archive.model import Matter


def _items(*titles: str) -> list[ParsedItem]:
    return [ParsedItem(Matter(id=None, case_number=None, title=title, kind="ärende"), key=f"punkt {n}")
            for n, title in enumerate(titles, 1)]


def test_a_column_of_letters_counting_from_a_is_dropped_from_the_titles():
    items = _items("A Återrapport om hemtjänst", "Budget 2020", "B Yttrande över remiss", "C Taxor för 2021")
    _drop_letter_column_of_titles(items)
    assert [x.matter.title for x in items] == [
        "Återrapport om hemtjänst", "Budget 2020", "Yttrande över remiss", "Taxor för 2021"]


def test_letters_that_do_not_count_on_from_a_are_the_titles_own():
    titles = ("A Återrapport om hemtjänst", "B Yttrande över remiss", "D Taxor för 2021")
    items = _items(*titles)
    _drop_letter_column_of_titles(items)
    assert [x.matter.title for x in items] == list(titles)


_FIRST = ("Dagordning 1 Upprop och val av justerare 2 Godkännande av dagordningen 3 Anmälningar av delegationsbeslut "
          "4 Information från förvaltningen Bilagor ")


def test_two_counted_lists_in_one_line_far_apart_are_no_one_list():
    # 1-4 then 20-23: too many numbers between the parts for rows lost in extraction; which list is the items'?
    line = _FIRST + "20 Budget för nämnden 21 Taxor och avgifter 22 Yttrande över remissen 23 Information om bygget"
    assert counted_run_rows([Line(1, line)], protocol=False) is None


def test_a_counted_list_cut_where_a_number_was_lost_is_one_list():
    line = _FIRST + "6 Budget för nämnden 7 Taxor och avgifter 8 Yttrande över remissen 9 Information om bygget"
    rows = counted_run_rows([Line(1, line)], protocol=False)
    # (the first part's last row, its title perhaps run into the lost row's, is kept as text, no row)
    assert [x.text.split()[0] for x in rows if x.item_start] == ["1", "2", "3", "6", "7", "8", "9"]
    assert [x.text for x in rows if not x.item_start] == ["Dagordning", "4 Information från förvaltningen Bilagor"]

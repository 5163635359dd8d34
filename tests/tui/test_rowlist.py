"""tui/rowlist.py: cells are cut and padded to their column in terminal cells."""

from __future__ import annotations

from rich.cells import cell_len

from tui.rowlist import fit


def test_fit_pads_and_cuts_with_an_ellipsis():
    assert fit("KS 2024/1", 12) == "KS 2024/1   "
    assert fit("Kommunstyrelsens arbetsutskott", 12) == "Kommunstyre…"
    assert fit("", 3) == "   "
    assert fit("åäö", 3) == "åäö"


def test_fit_counts_wide_characters_as_two_cells():
    cut = fit("日本語の文書", 7)
    assert cell_len(cut) == 7 and cut.endswith("…")
    assert cell_len(fit("日本", 5)) == 5

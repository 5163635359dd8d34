"""archive.export: a body's schedule as the meetings screen exports it (Swedish headings,
Excel dialect, meeting state in Swedish, progress), and the planning's body lookup."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from archive.demo import build_demo
from archive.errors import NotFound
from archive.export import write_planning_csv
from archive.matters import update_matter
from archive.meetings import cancel_meeting, get_meeting
from beslut.cli import cli

MALMO = "Revidering av policy för Malmö stads internationella arbete"


@pytest.fixture
def demo(archive):
    list(build_demo(archive))
    return archive


def body_id(archive, name, municipality="Malmö"):
    sql = "SELECT id FROM bodies WHERE name = ? AND municipality = ?"
    return archive.execute(sql, (name, municipality)).fetchone()[0]


def test_body_schedule_in_swedish_with_progress(demo):
    update_matter(demo, 2, title="=" + MALMO)  # a title Excel would run as a formula
    cancel_meeting(demo, get_meeting(demo, "Kommunfullmäktige", "2024-08-29", "Malmö").id)
    out, calls = io.StringIO(), []
    assert write_planning_csv(demo, out, body_id=body_id(demo, "Kommunfullmäktige"), year=2024, excel=True,
                              progress=lambda done, total: calls.append((done, total))) == 1
    assert out.getvalue() == (
        "\ufeffdatum;organ;diarienummer;rubrik;roll;beslutar;utfall;sammanträde\r\n"
        f"2024-08-29;Kommunfullmäktige;;'={MALMO};beslutar;ja;;inställt\r\n"
    )
    assert calls == [(1, 1)]


def test_body_schedule_chunks_undated_last_and_an_empty_year(demo):
    kf = body_id(demo, "Kommunfullmäktige", "Linköping")
    out, calls = io.StringIO(), []
    # Linköping's KF step has no date (and so no meeting): plain CSV, chunks of one row.
    assert write_planning_csv(demo, out, body_id=kf, chunk=1, excel=False,
                              progress=lambda done, total: calls.append((done, total))) == 1
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[1][0:2] == ["", "Kommunfullmäktige"] and rows[1][-1] == ""
    assert calls == [(1, 1)]
    calls.clear()
    assert write_planning_csv(demo, io.StringIO(), body_id=kf, year=2030,
                              progress=lambda done, total: calls.append((done, total))) == 0
    assert calls == [(0, 0)]
    with pytest.raises(NotFound):
        write_planning_csv(demo, io.StringIO(), body_id=999)


def test_planning_of_a_body_named_in_two_municipalities(demo):
    """`--body Kommunfullmäktige` means every body of that name: Malmö's and Linköping's."""
    out = io.StringIO()
    assert write_planning_csv(demo, out, body="kommunfullmäktige") == 2
    assert [row[0:2] for row in csv.reader(io.StringIO(out.getvalue()))][1:] == [
        ["2024-08-29", "Kommunfullmäktige"], ["", "Kommunfullmäktige"]]
    with pytest.raises(NotFound, match="Ingen"):
        write_planning_csv(demo, io.StringIO(), body="Ingen")


@pytest.mark.parametrize("args, says", [
    (["report", "nosuch"],
     "Fel: fält NAME: ingen rapport heter 'nosuch' (finns: andringslogg, arendets_beslutsgang,"),
    (["report", "frister", "-p", "organ=KS"],
     "Fel: fält --param: rapporten frister har ingen parameter organ (har: per)"),
    (["planning", "--body", "Ingen"], "Fel: fält --body: inget organ heter 'Ingen'"),
])
def test_a_refused_export_exits_1_and_leaves_the_output_file_alone(demo, db_path, tmp_path, args, says):
    """A typo in a report, parameter or body must not empty last week's export."""
    earlier = tmp_path / "export.csv"
    earlier.write_text("last week's export\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(db_path), "export", *args, "-o", str(earlier)])
    assert result.exit_code == 1, result.output
    assert says in result.output
    assert earlier.read_text(encoding="utf-8") == "last week's export\n"

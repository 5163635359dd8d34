"""`beslut export ... --excel` and `beslut export report`: the same CSV as the portal's downloads."""

from __future__ import annotations

import urllib.parse

import pytest
from click.testing import CliRunner

from beslut.cli import cli
from tests.portal.test_portal_reports import MALMO, crlf, excel_expected, report_cases


def run(db_path, *args):
    return CliRunner().invoke(cli, ["--db", str(db_path), *args])


# `export planning` has the TUI export's renderer and Swedish headings (issue 14).
PLANNING_2024 = crlf(f"""
datum,organ,diarienummer,rubrik,roll,beslutar,utfall,sammanträde
2024-08-05,Kommunstyrelsens arbetsutskott,,{MALMO},bereder,,,
2024-08-14,Kommunstyrelsen,,{MALMO},bereder,,,
2024-08-29,Kommunfullmäktige,,{MALMO},beslutar,ja,,hållet
2024-09-26,Kommunfullmäktige,KS-2023-17,'=1+1,beslutar,ja,bifallen,hållet
""")



def test_export_planning_plain_neutralises_formulas(fixed, db_path):
    result = run(db_path, "export", "planning", "--year", "2024")
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.decode("utf-8").replace("\r\n", "\n") == PLANNING_2024.replace("\r\n", "\n")


def test_export_planning_excel(fixed, db_path, tmp_path):
    result = run(db_path, "export", "planning", "--year", "2024", "--excel")
    assert result.exit_code == 0, result.output
    body = result.stdout_bytes
    assert body == excel_expected(PLANNING_2024)
    assert body.startswith("\ufeffdatum;organ;diarienummer;rubrik;roll;beslutar;utfall;sammanträde\r\n".encode())
    assert "2024-08-29;Kommunfullmäktige" in body.decode("utf-8") and ";'=1+1;" in body.decode("utf-8")
    out = tmp_path / "planering.csv"
    result = run(db_path, "export", "planning", "--year", "2024", "--excel", "-o", str(out))
    assert result.exit_code == 0 and out.read_bytes() == body
    assert "4 rader till" in result.stderr
    body_only = run(db_path, "export", "planning", "--body", "Kommunstyrelsens arbetsutskott", "--excel")
    assert body_only.stdout_bytes.decode("utf-8").count("\r\n") == 2


@pytest.mark.parametrize(("name", "params", "expected"), report_cases(with_times=False))
async def test_export_report_matches_the_portal(fixed, db_path, fixed_portal, name, params, expected):
    args = [a for key, value in params.items() for a in ("--param", f"{key}={value}")]
    plain = run(db_path, "export", "report", name, *args)
    assert plain.exit_code == 0, plain.output
    assert plain.stdout_bytes.decode("utf-8").replace("\r\n", "\n") == expected.replace("\r\n", "\n")
    excel = run(db_path, "export", "report", name, *args, "--excel")
    assert excel.stdout_bytes == excel_expected(expected)
    query = urllib.parse.urlencode({**params, "_excel": "1"})
    assert (await fixed_portal.client.get(f"/-/export/{name}.csv?{query}")).content == excel.stdout_bytes


def test_export_report_errors(fixed, db_path):
    result = run(db_path, "export", "report", "hemligheter")
    assert result.exit_code == 1 and "NAME" in result.output and "frister" in result.output
    result = run(db_path, "export", "report", "frister", "--param", "organ=KS")
    assert result.exit_code == 1 and "--param" in result.output and "per" in result.output
    result = run(db_path, "export", "report", "frister", "--param", "per")
    assert result.exit_code == 2 and "NAMN=VÄRDE" in result.output

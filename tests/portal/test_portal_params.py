"""Issue 16, item 1: a report's parameters are read by the archive's one Swedish date parser
(archive/dates.py), in the portal (page, JSON, CSV) and in `beslut export report -p` alike;
a value it cannot read is a 400 (exit 1) naming the parameter, never a silent default."""

from __future__ import annotations

import csv
import io
import urllib.parse

import pytest
from click.testing import CliRunner

from beslut.cli import cli

# The fixed archive's Frister as of 1 Dec 2024 (test_portal_reports.py has them in full).
PER_1_DEC = 5


def frister_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("per", ["2024-12-01", "1 dec 2024", "241201", "20241201", "den 1 december 2024",
                                 "söndag 1 december 2024", "1/12 2024", " 2024-12-01 "])
async def test_every_date_form_reads_the_same(fixed_portal, fixed, db_path, per):
    iso = await fixed_portal.client.get("/-/export/frister.csv?per=2024-12-01")
    assert len(frister_rows(iso.text)) == PER_1_DEC
    query = urllib.parse.urlencode({"per": per})
    for url in (f"/-/export/frister.csv?{query}", f"/beslut/frister.csv?{query}"):
        response = await fixed_portal.client.get(url)
        assert response.status_code == 200 and response.text == iso.text, (url, response.text)
    page = await fixed_portal.client.get(f"/beslut/frister.json?_shape=array&{query}")
    assert page.status_code == 200 and len(page.json()) == PER_1_DEC
    result = CliRunner().invoke(cli, ["--db", str(db_path), "export", "report", "frister", "-p", f"per={per}"])
    assert result.exit_code == 0 and result.stdout_bytes.decode("utf-8") == iso.text


@pytest.mark.parametrize(("name", "param", "value"), [
    ("frister", "per", "not-a-date"), ("frister", "per", "2024-13-01"), ("frister", "per", "juni 2024"),
    ("sammantradesplan", "år", "2024-05-01"), ("sammantradesplan", "år", "tjugotjugofyra"),
    ("beslutsplanering", "från", "igår"), ("andringslogg", "till", "31 februari 2024"),
])
async def test_unreadable_parameter_is_400_naming_it(fixed_portal, fixed, db_path, name, param, value):
    query = urllib.parse.urlencode({param: value})
    for url in (f"/beslut/{name}?{query}", f"/beslut/{name}.json?{query}", f"/beslut/{name}.csv?{query}",
                f"/-/export/{name}.csv?{query}&_excel=1"):
        response = await fixed_portal.client.get(url)
        assert response.status_code == 400, (url, response.status_code)
        if ".json" in url:
            assert response.json()["ok"] is False and f"parametern {param}" in response.json()["error"]
        else:
            assert f"parametern {param}" in response.text, url
    result = CliRunner().invoke(cli, ["--db", str(db_path), "export", "report", name, "-p", f"{param}={value}"])
    assert result.exit_code == 1 and f"fält {param}" in result.output and not result.stdout.count("\n") > 1


async def test_month_and_year_periods_cover_the_whole_period(fixed_portal):
    """`från juni 2024` is from 1 June, `till juni 2024` until 30 June: the steps of the
    fixed archive in Aug 2024 are all there when asked for by month or year."""
    iso = await fixed_portal.client.get("/-/export/beslutsplanering.csv?från=2024-08-01&till=2024-08-31")
    by_month = await fixed_portal.client.get(
        "/-/export/beslutsplanering.csv?" + urllib.parse.urlencode({"från": "augusti 2024", "till": "aug 2024"}))
    assert by_month.text == iso.text and len(frister_rows(iso.text)) == 3
    year = await fixed_portal.client.get("/beslut/sammantradesplan.json?_shape=array&organ=KF&%C3%A5r=2024")
    assert year.status_code == 200

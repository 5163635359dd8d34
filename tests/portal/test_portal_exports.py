"""Issue 16, item 6: exports follow the table page's "expand labels" (_labels=on), and
their file names say which report and parameters they hold."""

from __future__ import annotations

import csv
import io
import urllib.parse

import pytest

from tests.portal.test_portal_reports import MALMO


def rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")),
                               delimiter=";" if response.content.startswith(b"\xef\xbb\xbf") else ","))


@pytest.mark.parametrize("url", [
    "/-/export/recipients.csv?_labels=on", "/beslut/recipients.csv?_labels=on",
    "/-/export/recipients.csv?_labels=on&_excel=1", "/-/export/recipients.csv?_labels=on&matter_id=2",
])
async def test_labels_come_with_the_ids(fixed_portal, url):
    response = await fixed_portal.client.get(url)
    assert response.status_code == 200, response.text
    found = rows(response)
    header = list(found[0])
    assert header[header.index("matter_id") + 1] == "matter_id_label"
    assert header[header.index("addressee_id") + 1] == "addressee_id_label"
    malmo = [r for r in found if r["matter_id"] == "2"]
    assert malmo and all(r["matter_id_label"] == MALMO for r in malmo)
    assert "Boplats Syd AB" in {r["addressee_id_label"] for r in malmo}
    if "matter_id=2" in url:
        assert len(found) == len(malmo)


async def test_without_labels_only_the_ids(fixed_portal):
    response = await fixed_portal.client.get("/-/export/recipients.csv")
    assert "matter_id_label" not in response.text.splitlines()[0]


async def test_the_table_page_offers_its_labels_in_the_export_links(fixed_portal):
    page = (await fixed_portal.client.get("/beslut/recipients?_labels=on")).text
    assert "/-/export/recipients.csv?_labels=on" in page


@pytest.mark.parametrize(("url", "filename"), [
    ("/-/export/sammantradesplan.csv?" + urllib.parse.urlencode({"organ": "Kommunstyrelsen", "år": "2024"}),
     "sammantradesplan-kommunstyrelsen-2024.csv"),
    ("/beslut/sammantradesplan.csv?" + urllib.parse.urlencode({"organ": "Kommunfullmäktige", "år": "2024"})
     + "&_excel=1", "sammantradesplan-kommunfullmaktige-2024-excel.csv"),
    ("/-/export/frister.csv?per=1+dec+2024", "frister-2024-12-01.csv"),
    ("/-/export/andringslogg.csv?" + urllib.parse.urlencode({"användare": "sekreterare", "från": "juni 2024"}),
     "andringslogg-sekreterare-2024-06-01.csv"),
    ("/-/export/ej_expedierade.csv", "ej_expedierade.csv"),
    ("/-/export/recipients.csv?_labels=on", "recipients.csv"),
])
async def test_file_names_carry_the_report_and_its_parameters(fixed_portal, url, filename):
    response = await fixed_portal.client.get(url)
    assert response.status_code == 200
    assert response.headers["content-disposition"] == f"attachment; filename*=UTF-8''{filename}"


async def test_a_table_page_showing_labels_exports_them(fixed_portal):
    """Datasette shows a table's foreign keys with their labels unless ?_labels=off: the
    page's export links then carry _labels=on, so the file holds what the page shows."""
    page = (await fixed_portal.client.get("/beslut/recipients")).text
    assert "/-/export/recipients.csv?_labels=on" in page
    assert "Ladda ner alla rader:" in page  # labels are no filter
    filtered = (await fixed_portal.client.get("/beslut/recipients?matter_id=2&_sort=position")).text
    assert "Ladda ner alla rader som filtret ger:" in filtered
    off = (await fixed_portal.client.get("/beslut/recipients?_labels=off")).text
    assert "/-/export/recipients.csv?_labels=off" in off

"""Issue 15: the anslagstavla in the portal and its Atom feed; in process, and in a real
browser against a real `beslut serve`."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

import feedparser
import pytest

from archive import agenda, meetings, open_archive, protocol
from tests.portal.test_portal_browser import browser  # noqa: F401 (the fixture)

KF = "Kommunfullmäktige"
MALMO = "Revidering av policy för Malmö stads internationella arbete"
ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


@pytest.fixture
def board(seeded, db_path):
    """Two justerade KF protocols: 2024-08-29 (notice Friday 2024-09-27: appeal until Friday
    2024-10-18, KL 13:5) and 2024-11-28 (notice 2024-12-03: three weeks end on julafton, so
    2024-12-27 after juldagen and annandag jul, Lag 1930:173), with a closed item; a third
    meeting justerat but not yet announced is not on the board."""
    clerk = open_archive(db_path, actor="sekreterare")
    try:
        meetings.generate(clerk, KF, "FREQ=MONTHLY;BYDAY=-1TH", "2024-08-01", "2024-12-31",
                          start_time="18:00", location="Rådhuset", municipality="Malmö")
        august = meetings.get_meeting(clerk, KF, "2024-08-29", "Malmö").id
        protocol.decide(clerk, august, 2)
        protocol.record_justering(clerk, august, approved_on="2024-09-25", notice_on="2024-09-27",
                                  approvers="Anna Berg, Per Holm", kept_at="Stadskontoret, August Palms plats 1")
        october = meetings.get_meeting(clerk, KF, "2024-10-31", "Malmö").id
        protocol.record_justering(clerk, october, approved_on="2024-11-05")
        november = meetings.get_meeting(clerk, KF, "2024-11-28", "Malmö").id
        agenda.add_standing_item(clerk, november, "Personalärende: avstängning", public=False)
        protocol.record_justering(clerk, november, approved_on="2024-12-02", notice_on="2024-12-03")
    finally:
        clerk.close()
    return seeded


async def test_the_board_lists_each_announced_protocol_with_its_appeal_day(board, make_portal):
    ds = await make_portal(board.path)
    response = await ds.client.get("/-/anslagstavla")
    assert response.status_code == 200
    page = response.text
    sections = re.findall(r'<section class="beslut-anslag" id="sammantrade-\d+">(.*?)</section>', page, re.S)
    assert len(sections) == 2
    november, august = sections
    cells = lambda html: [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", html, re.S)]  # noqa: E731
    assert cells(august) == ["Kommunfullmäktige, Malmö", "2024-08-29", "2024-09-25", "2024-09-27",
                             "Stadskontoret, August Palms plats 1", "2024-10-18 (tiden har gått ut)"]
    assert cells(november)[1:4] == ["2024-11-28", "2024-12-02", "2024-12-03"]
    assert cells(november)[5].startswith("2024-12-27")
    assert f"§ 4 {MALMO}" in august
    assert "Upprop" in november and "Personalärende" not in page


async def test_the_atom_feed_is_valid_atom_of_the_same_notices(board, make_portal):
    ds = await make_portal(board.path)
    response = await ds.client.get("/-/anslagstavla.atom")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    # A well-kept feed reader (feedparser) takes it as Atom 1.0 with nothing to complain of
    # ("bozo": not well-formed, a wrong content type, an undeclared entity ...).
    parsed = feedparser.parse(response.content, response_headers={"content-type": response.headers["content-type"]})
    assert (parsed.version, parsed.bozo) == ("atom10", 0), parsed.get("bozo_exception")
    assert len(parsed.entries) == 2 and all(e.get("id") and e.get("updated_parsed") for e in parsed.entries)
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    # RFC 4287 4.1.1: exactly one id, title, updated; an author (feed level); a self link.
    for tag in ("id", "title", "updated", "author"):
        assert len(feed.findall(f"{ATOM}{tag}")) == 1, tag
    assert RFC3339.match(feed.findtext(f"{ATOM}updated"))
    assert [link.get("href") for link in feed.findall(f"{ATOM}link") if link.get("rel") == "self"] == [
        "http://localhost/-/anslagstavla.atom"]
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 2
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == 2 and all(i.startswith("tag:beslut,") for i in ids)
    for entry in entries:
        for tag in ("id", "title", "updated"):
            assert len(entry.findall(f"{ATOM}{tag}")) == 1, tag
        assert RFC3339.match(entry.findtext(f"{ATOM}updated"))
    summaries = [e.findtext(f"{ATOM}summary") for e in entries]
    assert "Sista dag att överklaga (laglighetsprövning): 2024-12-27." in summaries[0]
    assert "2024-10-18" in summaries[1] and MALMO in summaries[1]
    assert all("Personalärende" not in s for s in summaries)


@pytest.mark.slow
def test_the_board_in_a_real_browser(board, db_path, server_factory, browser):  # noqa: F811
    board.close()
    server = server_factory(db_path)
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(server.base + "/-/anslagstavla")
        assert page.title().startswith("Anslagstavla")
        assert page.locator("h1").inner_text() == "Anslagstavla"
        assert page.locator("td.beslut-appeal-until").all_inner_texts() == [
            "2024-12-27 (tiden har gått ut)", "2024-10-18 (tiden har gått ut)"]
        assert MALMO in page.inner_text("body") and "Personalärende" not in page.inner_text("body")
        feed_url = page.locator('link[rel="alternate"][type="application/atom+xml"]').get_attribute("href")
        response = page.request.get(server.base + feed_url)
        assert response.status == 200
        assert len(ET.fromstring(response.body()).findall(f"{ATOM}entry")) == 2
    finally:
        context.close()

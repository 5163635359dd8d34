"""Issue 16, items 7 and 8: every page an auditor reads is Swedish (our templates over
Datasette's, table and column titles from metadata.yml, the archive's Swedish words for
coded values), and a report reads from the top: its explanation, its rows, its SQL folded."""

from __future__ import annotations

import re
import urllib.parse
from html.parser import HTMLParser

import pytest
from datasette_auth_passwords.utils import hash_password

from archive.serving import AUTH_HASH_ENV
from tests.portal.datasette_english import english_in

PAGES = [
    "/", "/beslut", "/beslut?_show_hidden=1", "/beslut/matters", "/beslut/matters/1", "/beslut/recipients",
    "/beslut/addressees", "/beslut/basis_documents", "/beslut/meetings?_facet=state",
    "/beslut/planning_schedule?body=Kommunfullm%C3%A4ktige&_sort_desc=date",
    "/beslut/matters?title__contains=policy&_search=Malm%C3%B6", "/beslut/planning_steps?date__isnull=1",
    "/beslut/sammantradesplan?organ=Kommunfullm%C3%A4ktige&%C3%A5r=2024", "/beslut/frister?per=2024-12-01",
    "/beslut/sok_arenden?text=policy", "/beslut/ej_expedierade", "/beslut/no_such_table", "/-/verifiera",
    "/beslut/frister?per=inte-ett-datum",
]


class VisibleText(HTMLParser):
    """The text a reader sees: no scripts, styles or tags, no folded SQL (<details> bodies
    are hidden until opened; their <summary> is seen), plus buttons' and options' words."""

    SKIP = {"script", "style", "pre", "textarea"}

    def __init__(self):
        super().__init__()
        self.parts, self.skipping, self.details = [], 0, 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.SKIP:
            self.skipping += 1
        if tag == "input" and attrs.get("type") in ("submit", "button"):
            self.parts.append(attrs.get("value") or "")
        if tag == "details":
            self.details += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping -= 1
        if tag == "details":
            self.details -= 1

    def handle_data(self, data):
        if not self.skipping and not (self.details and self.lasttag != "summary"):
            self.parts.append(data)


def visible(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return " ".join(parser.parts)


@pytest.mark.parametrize("url", PAGES)
async def test_no_datasette_english_on_any_page(fixed_portal, url):
    response = await fixed_portal.client.get(url)
    assert response.status_code in (200, 400, 404), url
    text = visible(response.text)
    assert english_in(text) == [], (url, text[:3000])
    title = re.search(r"<title>(.*?)</title>", response.text, re.S)[1]
    assert english_in(title) == [], (url, title)


async def test_login_page_and_menu_are_swedish(fixed, monkeypatch, make_portal, fixed_portal):
    monkeypatch.setenv(AUTH_HASH_ENV, hash_password("granska-2024", iterations=1000))
    portal = await make_portal(fixed.path, auth=True)
    login = await portal.client.get("/-/login")
    assert english_in(visible(login.text)) == [] and "Användarnamn" in login.text and "Lösenord" in login.text
    # Without --auth there is no login, so the menu offers none (it was a link to a 404).
    start = (await fixed_portal.client.get("/")).text
    assert "/-/login" not in start and "Log in" not in start and "Rapporter" in start


async def test_tables_and_columns_show_their_swedish_titles(fixed_portal):
    start = visible((await fixed_portal.client.get("/")).text)
    database = visible((await fixed_portal.client.get("/beslut")).text)
    assert "Mottagare (register)" in start and "Ärendearkivet" in start  # titles, not raw names
    for raw, title in [("addressees", "Mottagare (register)"), ("basis_documents", "Beslutsunderlag"),
                       ("planning_steps", "Beslutsplanering (steg)")]:
        assert title in database
        assert not re.search(rf"\b{raw}\b", start + database), raw
    page = (await fixed_portal.client.get("/beslut/recipients")).text
    headings = re.findall(r"<th [^>]*>\s*(?:<a [^>]*>|<span [^>]*>)?([^<&]+)", page)
    assert [h.strip() for h in headings][:5] == ["Id", "Ärende", "Mottagare", "Plats", "Expedierat"]
    assert "Vilka varje ärendes beslut ska expedieras till" in page  # the table's description
    assert "Expedierat (datum); tomt = inte skickat" in page  # a column's description


async def test_coded_values_show_the_archives_swedish_words(fixed_portal):
    page = visible((await fixed_portal.client.get("/beslut/meetings?_facet=state")).text)
    assert "hållet" in page  # archive.model.MEETING_STATES_SV, not "held"
    assert not re.search(r"\bheld\b", page.split("Inga rader")[0].split("Id")[0])


async def test_a_report_explains_itself_first_then_rows_then_its_sql_folded(fixed_portal):
    page = (await fixed_portal.client.get(
        "/beslut/sammantradesplan?" + urllib.parse.urlencode({"organ": "Kommunfullmäktige", "år": "2024"}))).text
    explanation = page.index("Ett organs sammanträden och beslutsplanering under ett år")
    rows = page.index('<table class="rows-and-columns">')
    sql = page.index("<details class=\"beslut-sql\">")
    assert explanation < rows < sql
    assert page.index("WITH organ AS") > sql  # the SQL only inside the folded part
    assert "Rapportens SQL-fråga" in page


def test_every_column_of_every_table_and_view_has_a_swedish_title(archive):
    """The table pages show `column_titles` over the columns; a column a migration adds without
    one reaches the auditor as its raw English name (as outbox.error did)."""
    from archive.serving import load_metadata

    titles = load_metadata()["databases"]["beslut"]["column_titles"]
    untitled = sorted(
        f"{row['relation']}.{row['column']}"
        for row in archive.query(
            "SELECT m.name AS relation, p.name AS column FROM sqlite_master m, pragma_table_info(m.name) p"
            " WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '%fts%'"
        )
        if row["column"] not in titles
    )
    assert untitled == []


def test_every_column_of_every_report_has_a_swedish_title(archive):
    """A report's columns are its SQL's own names (no `column_titles` over them): each one a
    Swedish heading, never a raw column name such as `table_name` or `after` (the change
    log's sentence, archive/history.py, is "Ändring")."""
    from archive.export import reports
    from archive.history import register_change_sentences

    register_change_sentences(archive.conn)  # as the portal's connections have it
    raw = {}
    for name, report in reports().items():
        cursor = archive.conn.execute(report["sql"], {param: "" for param in report["params"]})
        columns = [d[0] for d in cursor.description]
        raw.update({f"{name}.{c}": c for c in columns if re.fullmatch(r"[a-z0-9_()]+", c) or not c[0].isupper()})
        if name == "andringslogg":
            assert "Ändring" in columns
    assert raw == {}


async def test_the_directory_and_the_meeting_cycle_facets_in_swedish(archive, db_path, make_portal):
    """Addressee kinds, agenda item kinds and outbox states read as archive/model.py says
    (a table's own words: outbox's state is not a meeting's, addressees' kind not a problem's)."""
    from archive import agenda, meetings, protocol
    from archive.expediering import fill_outbox
    from archive.model import ADDRESSEE_KINDS_SV, AGENDA_ITEM_KINDS_SV, OUTBOX_STATES_SV
    from tests.tui import tui_sample

    malmo = tui_sample.build_all(archive)["Malmö"]
    kf = meetings.get_meeting(archive, "Kommunfullmäktige", "2024-08-29", municipality="Malmö").id
    agenda.sync_agenda(archive, kf)
    protocol.decide(archive, kf, malmo)
    protocol.record_justering(archive, kf, approved_on="2024-09-03", notice_on="2024-09-04")
    fill_outbox(archive, kf)
    portal = await make_portal(db_path)

    def facet(html: str) -> str:  # the facets, above the table's rows
        return visible(html.split('<div class="facet-results">', 1)[1].split('<table class="rows-and-columns">')[0])

    for url, words, codes in [
        ("/beslut/addressees?_facet=kind", [ADDRESSEE_KINDS_SV[k] for k in ("body", "company", "department")],
         ("body", "company", "department")),
        ("/beslut/agenda_items?_facet=kind", [AGENDA_ITEM_KINDS_SV["standing"], AGENDA_ITEM_KINDS_SV["matter"]],
         ("standing", "matter")),
        ("/beslut/outbox?_facet=state", [OUTBOX_STATES_SV["paper"]], ("paper",)),
        ("/beslut/unsent_decisions?_facet=recipient_kind", [ADDRESSEE_KINDS_SV["company"]], ("company",)),
    ]:
        shown = facet((await portal.client.get(url)).text)
        for word in words:
            assert word in shown, (url, shown)
        for code in codes:
            assert not re.search(rf"\b{code}\b", shown), (url, code, shown)

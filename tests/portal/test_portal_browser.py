"""A real browser against a real `beslut serve`: headless Chromium (the Debian package
`chromium`, installed by `make test`), driven by Playwright through `executable_path`;
never `playwright install`. Missing Chromium fails the test under CI=true."""

from __future__ import annotations

import csv
import io
import os
import urllib.parse
from pathlib import Path

import pytest
from datasette_auth_passwords.utils import hash_password

from archive.serving import AUTH_HASH_ENV
from tests.portal.datasette_english import english_in

CHROMIUM = Path(os.environ.get("BESLUT_CHROMIUM", "/usr/bin/chromium"))
PASSWORD = "granska-åren-2024"
MALMO = "Revidering av policy för Malmö stads internationella arbete"

pytestmark = pytest.mark.slow


def missing(reason: str):
    if os.environ.get("CI", "").lower() in ("true", "1"):
        pytest.fail(f"{reason} (CI=true: the browser test must run; `make system-deps` installs chromium)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("the Python package playwright is not installed")
    if not CHROMIUM.exists():
        missing(f"{CHROMIUM} is missing: install the Debian package chromium (make system-deps)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        yield browser
        browser.close()


@pytest.fixture
def serve(fixed, db_path, server_factory):
    fixed.close()  # the portal is its own process, as in real use
    return lambda *args, env=None: server_factory(db_path, *args, env=env)


def run_report_and_download(page, base: str, *, start: bool = True) -> bytes:
    """Open Sammanträdesplan from the start page's menu, choose a body and year, download the Excel CSV."""
    if start:
        page.goto(base + "/beslut")
    page.get_by_role("link", name="Sammanträdesplan").first.click()
    page.wait_for_url("**/beslut/sammantradesplan*")
    assert page.title() == "Sammanträdesplan – beslut"
    assert page.locator("h1").inner_text().startswith("Sammanträdesplan")
    page.fill('input[name="organ"]', "Kommunfullmäktige")
    page.fill('input[name="år"]', "2024")
    page.locator('form.sql input[type="submit"], form.sql button[type="submit"]').first.click()
    page.wait_for_url("**organ=Kommunfullm*")
    assert MALMO in page.inner_text("table.rows-and-columns")
    with page.expect_download() as info:
        page.get_by_role("link", name="CSV för Excel (semikolon)").click()
    download = info.value
    assert download.suggested_filename == "sammantradesplan-kommunfullmaktige-2024-excel.csv"
    return Path(download.path()).read_bytes()


# What a reader sees: the tab's title, the rendered text (not folded <details>), the words on
# buttons and in every drop-down's options, and tooltips.
SEEN_TEXT = """() => [document.title, document.body.innerText,
  ...[...document.querySelectorAll('option')].map(o => o.textContent),
  ...[...document.querySelectorAll('input[type=submit], button')].map(b => b.value || b.textContent),
  ...[...document.querySelectorAll('[title]')].filter(e => !e.closest('th')).map(e => e.title)].join('\\n')"""


def assert_swedish(page, seen: list[str]) -> None:
    text = page.evaluate(SEEN_TEXT)
    assert english_in(text) == [], (page.url, english_in(text), text[:2000])
    seen.append(page.url)


def walk(page, base: str) -> list[str]:
    """Start page -> a report -> its Excel CSV -> a table with a filter set in its form,
    checking every page for Datasette's English on the way."""
    seen: list[str] = []
    page.goto(base + "/")
    assert_swedish(page, seen)
    page.get_by_role("link", name="Rapporter").first.click()
    page.wait_for_url("**/beslut#queries")
    assert_swedish(page, seen)
    body = run_report_and_download(page, base, start=False)
    assert_swedish(page, seen)
    # The report's answer is near the top: its first row within the first screen.
    first_row = page.locator("table.rows-and-columns tbody tr").first.bounding_box()
    assert first_row["y"] < page.viewport_size["height"], first_row
    assert not page.locator("details.beslut-sql pre").is_visible()
    check_excel(body)
    page.goto(base + "/beslut")
    page.get_by_role("link", name="Beslutsplanering (översikt)").first.click()
    page.wait_for_url("**/beslut/planning_schedule*")
    assert_swedish(page, seen)
    page.locator("th .dropdown-menu-icon").first.click()  # Datasette's column menu, opened
    assert page.locator(".dropdown-menu").first.is_visible()
    assert "Sortera stigande" in page.locator(".dropdown-menu").first.inner_text()
    assert_swedish(page, [])
    page.keyboard.press("Escape")
    page.select_option('select[name="_filter_column"]', "body")
    page.select_option('select[name="_filter_op"]', "exact")
    page.fill('input[name="_filter_value"]', "Kommunfullmäktige")
    page.get_by_role("button", name="Tillämpa").or_(page.locator('input[value="Tillämpa"]')).first.click()
    page.wait_for_url("**body__exact=Kommunfullm*")
    assert_swedish(page, seen)
    heading = page.locator("h3").first.inner_text()
    assert heading.startswith("3 rader") and "där Organ är Kommunfullmäktige" in heading, heading
    assert MALMO in page.inner_text("table.rows-and-columns")
    return seen


def test_an_auditors_walk_shows_no_datasette_english(browser, serve):
    server = serve()
    context = browser.new_context(accept_downloads=True)
    try:
        seen = walk(context.new_page(), server.base)
        assert len(seen) == 5
    finally:
        context.close()


def test_an_auditors_walk_under_auth_shows_no_datasette_english(browser, serve):
    server = serve("--auth", env={AUTH_HASH_ENV: hash_password(PASSWORD)})
    context = browser.new_context(accept_downloads=True)
    try:
        page = context.new_page()
        page.goto(server.base + "/")
        assert urllib.parse.urlparse(page.url).path == "/-/login"
        assert_swedish(page, [])
        page.fill('input[name="username"]', "revisor")
        page.fill('input[name="password"]', PASSWORD)
        page.locator('input[type="submit"], button[type="submit"]').first.click()
        page.wait_for_url(server.base + "/")
        assert len(walk(page, server.base)) == 5
    finally:
        context.close()


def check_excel(body: bytes) -> None:
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows == [
        ["Datum", "Tid", "Organ", "Kommun", "Sammanträde", "Diarienummer", "Ärende", "Roll", "Beslutar"],
        ["2024-08-29", "18:00", "Kommunfullmäktige", "Malmö", "hållet", "", MALMO, "beslutar", "ja"],
        ["2024-09-26", "18:00", "Kommunfullmäktige", "Malmö", "hållet", "KS-2023-17", "'=1+1", "beslutar", "ja"],
        ["2024-10-31", "18:00", "Kommunfullmäktige", "Malmö", "hållet", "", "", "", ""],
    ]


def test_auditor_downloads_sammantradesplan_for_excel(browser, serve):
    server = serve()
    context = browser.new_context(accept_downloads=True)
    try:
        check_excel(run_report_and_download(context.new_page(), server.base))
    finally:
        context.close()


def test_auth_refuses_anonymous_and_login_works(browser, serve):
    server = serve("--auth", env={AUTH_HASH_ENV: hash_password(PASSWORD)})
    context = browser.new_context(accept_downloads=True)
    try:
        page = context.new_page()
        for path in ("/", "/beslut/sammantradesplan", "/-/export/matters.csv?_excel=1"):
            page.goto(server.base + path)
            assert urllib.parse.urlparse(page.url).path == "/-/login", path
            assert "Malmö" not in page.content()
        page.fill('input[name="username"]', "revisor")
        page.fill('input[name="password"]', "fel lösenord")
        page.locator('input[type="submit"], button[type="submit"]').first.click()
        assert urllib.parse.urlparse(page.url).path == "/-/login"
        assert not [c for c in context.cookies() if c["name"] == "ds_actor"]

        page.fill('input[name="username"]', "revisor")
        page.fill('input[name="password"]', PASSWORD)
        page.locator('input[type="submit"], button[type="submit"]').first.click()
        page.wait_for_url(server.base + "/")
        assert [c for c in context.cookies() if c["name"] == "ds_actor"]
        check_excel(run_report_and_download(page, server.base))
    finally:
        context.close()

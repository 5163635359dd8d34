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


def run_report_and_download(page, base: str) -> bytes:
    """Open Sammanträdesplan from the start page's menu, choose a body and year, download the Excel CSV."""
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

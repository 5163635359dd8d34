"""`beslut serve --auth`: datasette-auth-passwords with the hash from the environment.

What HTTP Basic means for us: the plugin reads Basic credentials on every request even
though we only ask for the login form. So a script (curl -u, Excel's "Från webb") can fetch
any page or export with the auditor's password and no cookie; a wrong password is simply
anonymous (sent to the login page, never a 401); and a header the plugin cannot read (not
base64, or a password with å/ä/ö) would crash the request, so the portal answers 400.
"""

from __future__ import annotations

import base64
import re

import pytest
from datasette_auth_passwords.utils import hash_password

from archive.errors import ArchiveError
from archive.serving import AUTH_HASH_ENV, build_datasette

PASSWORD = "granska-2024"
PROTECTED = ["/", "/beslut", "/beslut/matters", "/beslut/matters.json", "/beslut/sammantradesplan",
             "/beslut/frister.csv", "/-/export/matters.csv?_excel=1", "/-/kalender/5.ics",
             "/beslut.csv?sql=select+1", "/beslut.json?sql=select+title+from+matters",
             "/-/verifiera", "/-/verifiera.json"]


def basic(user: str, password: str | bytes) -> dict:
    raw = password if isinstance(password, bytes) else password.encode("ascii")
    return {"authorization": "Basic " + base64.b64encode(user.encode() + b":" + raw).decode("ascii")}


@pytest.fixture
async def auth_portal(fixed, monkeypatch, make_portal):
    # Few PBKDF2 iterations keep the test quick; the format is the one `datasette hash-password` writes.
    monkeypatch.setenv(AUTH_HASH_ENV, hash_password(PASSWORD, iterations=1000))
    return await make_portal(fixed.path, auth=True)


def test_auth_without_hash_is_a_clear_error(fixed, monkeypatch):
    monkeypatch.delenv(AUTH_HASH_ENV, raising=False)
    with pytest.raises(ArchiveError, match=AUTH_HASH_ENV):
        build_datasette(fixed.path, auth=True)


async def test_anonymous_is_refused_everywhere(auth_portal):
    for url in PROTECTED:
        response = await auth_portal.client.get(url)
        assert response.status_code == 302 and response.headers["location"] == "/-/login", url
        assert "Malmö" not in response.text and "=1+1" not in response.text
    assert (await auth_portal.client.get("/robots.txt")).status_code == 200
    assert (await auth_portal.client.get("/-/password-tool")).status_code == 404


async def login(portal, password: str):
    form = await portal.client.get("/-/login")
    token = re.search(r'name="csrftoken" value="([^"]+)"', form.text)[1]
    return await portal.client.post(
        "/-/login", data={"username": "revisor", "password": password, "csrftoken": token},
        cookies={"ds_csrftoken": form.cookies["ds_csrftoken"]},
    )


async def test_login_form_works_and_a_wrong_password_does_not(auth_portal):
    wrong = await login(auth_portal, "fel")
    assert wrong.status_code == 200 and "ds_actor" not in wrong.cookies
    right = await login(auth_portal, PASSWORD)
    assert right.status_code == 302 and "ds_actor" in right.cookies
    cookies = {"ds_actor": right.cookies["ds_actor"]}
    for url in PROTECTED:
        assert (await auth_portal.client.get(url, cookies=cookies)).status_code == 200, url
    export = await auth_portal.client.get("/-/export/frister.csv?per=2024-12-01&_excel=1", cookies=cookies)
    assert export.content.startswith(b"\xef\xbb\xbfFrist;") and "'=1+1" in export.text
    # A filtered table's CSV asks Datasette for its SQL as the same visitor.
    filtered = await auth_portal.client.get("/beslut/planning_steps.csv?body_id=5", cookies=cookies)
    assert filtered.status_code == 200 and filtered.text.count("\r\n") == 3
    assert (await auth_portal.client.get("/beslut/planning_steps.csv?body_id=5")).status_code == 302
    # Logged in is still read-only.
    refused = await auth_portal.client.get(
        "/beslut.json?sql=DELETE+FROM+matters", cookies=cookies)
    assert refused.status_code == 400


async def test_http_basic_is_accepted_though_not_required(auth_portal):
    response = await auth_portal.client.get("/-/export/ej_expedierade.csv", headers=basic("revisor", PASSWORD))
    assert response.status_code == 200 and "Boplats Syd AB" in response.text
    # A wrong password or user is just anonymous: sent to the login page, no 401 challenge.
    for headers in (basic("revisor", "fel"), basic("admin", PASSWORD), {"authorization": "Bearer x"}):
        response = await auth_portal.client.get("/-/export/ej_expedierade.csv", headers=headers)
        assert response.status_code == 302 and response.headers["location"] == "/-/login"
        assert "www-authenticate" not in response.headers


async def test_unreadable_basic_header_is_400_not_a_crash(auth_portal, caplog):
    for headers in ({"authorization": "Basic !!!inte-base64"}, basic("revisor", "hemligt örd".encode())):
        response = await auth_portal.client.get("/beslut", headers=headers)
        assert response.status_code == 400
        assert "/-/login" in response.text and "Traceback" not in response.text


async def test_without_auth_basic_headers_mean_nothing(fixed, make_portal):
    fixed_portal = await make_portal(fixed.path, debug_pages=True)  # /-/actor.json is a debug page
    for headers in (basic("revisor", PASSWORD), {"authorization": "Basic !!!inte-base64"}):
        response = await fixed_portal.client.get("/-/actor.json", headers=headers)
        assert response.status_code == 200 and response.json() == {"actor": None}
    assert (await fixed_portal.client.get("/-/login")).status_code == 404

"""Every report against the fixed archive (tests/portal/conftest.py: `fixed`), whole CSV
bodies compared with text written out here; whole downloads past max_returned_rows; the
Excel dialect; the export links on every page."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import urllib.parse

import pytest

from archive import meetings
from archive.deadlines import check
from archive.serving import SETTINGS

MALMO = "Revidering av policy för Malmö stads internationella arbete"
LINKOPING = '"Motion (MP) - Sök vänortssamarbete med en stad i Ukraina, svar"'
STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")


def crlf(text: str) -> str:
    """Expected CSV written one record a line here; CSV ends every record with CRLF."""
    return "".join(line + "\r\n" for line in text.strip("\n").split("\n"))


# The fixture clerk's changes to the motion; times (UTC, when the fixture ran) become <tid>.
CHANGES = crlf("\n".join([
    'Nr,Tid (UTC),Användare,Tabell,Rad,Ärende-id,Diarienummer,Åtgärd,Före,Efter,Ändring',
    '90,<tid>,sekreterare,matters,3,3,KS-2023-17,insert,,"{""id"":3,""case_number"":""KS-2023'
      '-17"",""title"":""=1+1"",""kind"":""motion"",""municipality"":""Malmö"",""raised_on"":""'
      '2023-03-15"",""raised_precision"":""day"",""raised_by"":""Åsa Öberg (V)"",""summary"":""'
      'Motion om räkneövningar i skolan"",""secret"":0,""source_file"":null,""source_checksum""'
      ':null,""version"":1,""created_at"":""<tid>"",""modified_at"":""<tid>""}",Ärendet registr'
      'erat: ”=1+1”',
    '91,<tid>,sekreterare,planning_steps,6,3,KS-2023-17,insert,,"{""id"":6,""matter_id"":3,""'
      'position"":1,""body_id"":5,""meeting_id"":2,""date"":""2024-09-26"",""role"":""beslutar"'
      '",""decides"":1,""outcome"":""bifallen"",""recorded"":0,""planned_date"":null}","Kommunf'
      'ullmäktige: steg 1 tillagt, beslutar 26 sep 2024 (beslutande steg); utfall: ”bifallen”"',
    '92,<tid>,sekreterare,proposals,4,3,KS-2023-17,insert,,"{""id"":4,""matter_id"":3,""posit'
      'ion"":1,""body_id"":5,""addressed_to"":""Kommunfullmäktige"",""text"":""Att bifalla moti'
      'onen""}","Förslag till Kommunfullmäktige: tillagt, ”Att bifalla motionen”"',
    '94,<tid>,sekreterare,recipients,30,3,KS-2023-17,insert,,"{""id"":30,""matter_id"":3,""ad'
      'dressee_id"":29,""position"":1,""sent_on"":null}",Mottagare Östra förvaltningen: tillagd',
    '96,<tid>,sekreterare,recipients,31,3,KS-2023-17,insert,,"{""id"":31,""matter_id"":3,""ad'
      'dressee_id"":30,""position"":2,""sent_on"":null}",Mottagare Åsa Öberg: tillagd',
    '97,<tid>,sekreterare,recipients,30,3,KS-2023-17,update,"{""id"":30,""matter_id"":3,""add'
      'ressee_id"":29,""position"":1,""sent_on"":null}","{""id"":30,""matter_id"":3,""addressee'
      '_id"":29,""position"":1,""sent_on"":""2024-10-03""}",Mottagare Östra förvaltningen: expe'
      'dierad 2024-10-03',
]))

FRISTER_HEADER = "Frist,Läge,Kommun,Organ,Sammanträde,Diarienummer,Ärende,Senast,Utfört,Dagar efter fristen"
# What was done late, the same rows whichever day Frister counts from.
FRISTER_DONE_LATE = """\
Motion: beslut inom ett år,beslutad för sent,Malmö,,,KS-2023-17,'=1+1,2024-03-15,2024-09-26,195
Justering av protokollet,justerat för sent,Malmö,Kommunfullmäktige,2024-08-29,,,2024-09-12,2024-09-20,8
Anslag om justering,anslaget för sent,Malmö,Kommunfullmäktige,2024-08-29,,,2024-09-23,2024-09-25,2"""

# (report, parameters, the whole CSV). Every canned query in metadata.yml is here.
REPORTS = [
    ("sammantradesplan", {"organ": "Kommunfullmäktige", "år": "2024"}, crlf(f"""
Datum,Tid,Organ,Kommun,Sammanträde,Diarienummer,Ärende,Roll,Beslutar
2024-08-29,18:00,Kommunfullmäktige,Malmö,hållet,,{MALMO},beslutar,ja
2024-09-26,18:00,Kommunfullmäktige,Malmö,hållet,KS-2023-17,'=1+1,beslutar,ja
2024-10-31,18:00,Kommunfullmäktige,Malmö,hållet,,,,
""")),
    ("sammantradesplan", {"organ": "KSAU", "år": "2024"}, crlf(f"""
Datum,Tid,Organ,Kommun,Sammanträde,Diarienummer,Ärende,Roll,Beslutar
2024-08-05,,Kommunstyrelsens arbetsutskott,Malmö,,,{MALMO},bereder,nej
""")),
    ("beslutsplanering", {"organ": "", "från": "2024-08-14", "till": "2024-09-30"}, crlf(f"""
Datum,Organ,Kommun,Diarienummer,Ärende,Slag,Steg,Roll,Beslutar,Utfall
2024-08-14,Kommunstyrelsen,Malmö,,{MALMO},ärende,2,bereder,nej,
2024-08-29,Kommunfullmäktige,Malmö,,{MALMO},ärende,3,beslutar,ja,
2024-09-26,Kommunfullmäktige,Malmö,KS-2023-17,'=1+1,motion,1,beslutar,ja,bifallen
""")),
    ("beslutsplanering", {"organ": "Kommunstyrelsen", "från": "", "till": ""}, crlf(f"""
Datum,Organ,Kommun,Diarienummer,Ärende,Slag,Steg,Roll,Beslutar,Utfall
2024-08-14,Kommunstyrelsen,Malmö,,{MALMO},ärende,2,bereder,nej,
,Kommunstyrelsen,Linköping,,{LINKOPING},motion,1,bereder,nej,
""")),
    ("arendets_beslutsgang", {"ärende": "KS-2023-17"}, crlf("""
Del,Nr,Organ eller mottagare,Datum,Roll,Utfall,Skickat
Beslutsplanering,1,Kommunfullmäktige,2024-09-26,beslutar,bifallen,
Beslutet skickas till,1,Östra förvaltningen,2024-10-03,,,ja
Beslutet skickas till,2,"Ledamot, Åsa Öberg",,,,nej
""")),
    ("arendets_beslutsgang", {"ärende": "1"}, crlf("""
Del,Nr,Organ eller mottagare,Datum,Roll,Utfall,Skickat
Beslutsplanering,1,Kommunstyrelsen,,bereder,,
Beslutsplanering,2,Kommunfullmäktige,,beslutar,beslutar,
Beslutet skickas till,1,Kommunstyrelsen,,,,nej
Beslutet skickas till,2,"EU strateg, Daniel Stendahl",,,,nej
""")),
    ("ej_expedierade", {}, crlf(f"""
Beslutsdatum,Beslutande organ,Kommun,Diarienummer,Ärende,Nr,Mottagare
2024-08-29,Kommunfullmäktige,Malmö,,{MALMO},25,Boplats Syd AB
2024-08-29,Kommunfullmäktige,Malmö,,{MALMO},26,"Stadskontoret-, avdelningen för omvärld och näringsliv"
2024-08-29,Kommunfullmäktige,Malmö,,{MALMO},27,Stadskontorets handläggare
2024-09-26,Kommunfullmäktige,Malmö,KS-2023-17,'=1+1,2,"Ledamot, Åsa Öberg"
""")),
    # Times (UTC, when the fixture ran) are replaced by <tid>; see normalised().
    ("andringslogg", {"ärende": "KS-2023-17", "användare": "sekreterare", "från": "", "till": ""}, CHANGES),
    ("andringslogg", {"ärende": "", "användare": "ingen-sådan", "från": "", "till": ""}, crlf("""
Nr,Tid (UTC),Användare,Tabell,Rad,Ärende-id,Diarienummer,Åtgärd,Före,Efter,Ändring
""")),
    ("sok_arenden", {"text": "räkne"}, crlf("""
Id,Diarienummer,Ärende,Slag,Kommun
3,KS-2023-17,'=1+1,motion,Malmö
""")),
    ("sok_arenden", {"text": "vänort"}, crlf(f"""
Id,Diarienummer,Ärende,Slag,Kommun
1,,{LINKOPING},motion,Linköping
""")),
    # Hand-worked: KF 29 Aug + 14 days = Thu 12 Sep, justerat 20 Sep (8 days late); notice
    # 20 Sep + 2 = Sun 22 Sep -> Mon 23 Sep, posted 25 Sep; 31 Oct held, not justerat by
    # 14 Nov. The Linköping motion (June 2022) had its year on 30 June 2023; '=1+1' (15 Mar
    # 2023) was decided 26 Sep 2024. 26 Sep: justerat 1 Oct and posted 2 Oct, in time.
    ("frister", {"per": "2024-12-01"}, crlf(f"""
{FRISTER_HEADER}
Motion: beslut inom ett år,ej beslutad,Linköping,,,,{LINKOPING},2023-06-30,,520
{FRISTER_DONE_LATE}
Justering av protokollet,ej justerat,Malmö,Kommunfullmäktige,2024-10-31,,,2024-11-14,,17
""")),
    # On 14 Nov, the last day for the 31 Oct justering, it is not yet late.
    ("frister", {"per": "2024-11-14"}, crlf(f"""
{FRISTER_HEADER}
Motion: beslut inom ett år,ej beslutad,Linköping,,,,{LINKOPING},2023-06-30,,503
{FRISTER_DONE_LATE}
""")),
]


def report_cases(*, with_times: bool = True) -> list:
    """REPORTS as test parameters named by report and values; `with_times=False` leaves out
    the change log, whose times only compare after normalised()."""
    return [pytest.param(name, params, expected, id=f"{name}-{'-'.join(params.values()) or 'alla'}")
            for name, params, expected in REPORTS if with_times or name != "andringslogg"]


def normalised(text: str, started: dt.datetime) -> str:
    """The CSV with each UTC time replaced by <tid>, after checking it is one of this run's."""
    for stamp in STAMP.findall(text):
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        assert started - dt.timedelta(minutes=5) <= when <= dt.datetime.now(dt.UTC), stamp
    return STAMP.sub("<tid>", text)


def query(params: dict) -> str:
    return "?" + urllib.parse.urlencode(params) if params else ""


@pytest.mark.parametrize(("name", "params", "expected"), report_cases())
async def test_report_csv_whole_body(fixed_portal, name, params, expected):
    started = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    for url in (f"/-/export/{name}.csv", f"/beslut/{name}.csv"):  # ours, and Datasette's CSV link
        response = await fixed_portal.client.get(url + query(params))
        assert response.status_code == 200, (url, response.text)
        assert response.headers["content-type"].startswith("text/csv")
        assert normalised(response.text, started) == expected, url


async def test_every_report_is_tested(fixed_portal):
    queries = fixed_portal.metadata("queries", database="beslut")
    assert set(queries) == {name for name, _, _ in REPORTS}
    for name, query_meta in queries.items():
        assert query_meta.get("title") and query_meta.get("description"), name
        assert not query_meta.get("write"), f"{name} is a writable canned query"


async def test_frister_agrees_with_beslut_check(fixed_portal, fixed):
    """The report is the SQL twin of `beslut check`'s deadline rules."""
    kinds = {"motion_past_year", "late_approval", "approval_missing", "late_notice", "notice_missing"}
    for today in ("2024-09-01", "2024-09-24", "2024-11-14", "2024-11-15", "2024-12-01"):
        found = [v for v in check(fixed, today=dt.date.fromisoformat(today)) if v.kind in kinds]
        response = await fixed_portal.client.get("/-/export/frister.csv" + query({"per": today}))
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert len(rows) == len(found), (today, rows, found)


async def test_frister_without_date_counts_from_today(fixed_portal):
    today = dt.date.today().isoformat()
    empty = await fixed_portal.client.get("/-/export/frister.csv?per=")
    dated = await fixed_portal.client.get("/-/export/frister.csv" + query({"per": today}))
    assert empty.text == dated.text
    assert "2024-11-14" in empty.text  # the 31 Oct meeting is still not justerat


def excel_expected(plain: str) -> bytes:
    """What the Excel dialect of `plain` must be: BOM, ';' between cells, CRLF, UTF-8."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerows(csv.reader(io.StringIO(plain, newline="")))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


async def test_excel_csv_bom_semicolon_swedish_letters_neutralised(fixed_portal):
    response = await fixed_portal.client.get("/-/export/ej_expedierade.csv?_excel=1")
    assert response.status_code == 200
    body = response.content
    assert body.startswith(b"\xef\xbb\xbf")
    assert body.decode("utf-8") == crlf(f"""
\ufeffBeslutsdatum;Beslutande organ;Kommun;Diarienummer;Ärende;Nr;Mottagare
2024-08-29;Kommunfullmäktige;Malmö;;{MALMO};25;Boplats Syd AB
2024-08-29;Kommunfullmäktige;Malmö;;{MALMO};26;Stadskontoret-, avdelningen för omvärld och näringsliv
2024-08-29;Kommunfullmäktige;Malmö;;{MALMO};27;Stadskontorets handläggare
2024-09-26;Kommunfullmäktige;Malmö;KS-2023-17;'=1+1;2;Ledamot, Åsa Öberg
""")
    assert "attachment" in response.headers["content-disposition"]
    assert "ej_expedierade-excel.csv" in response.headers["content-disposition"]


@pytest.mark.parametrize(("name", "params", "expected"), report_cases(with_times=False))
async def test_every_report_in_excel_dialect(fixed_portal, name, params, expected):
    response = await fixed_portal.client.get(f"/-/export/{name}.csv" + query({**params, "_excel": "1"}))
    assert response.content == excel_expected(expected)


async def test_formula_title_neutralised_in_table_export_and_sql_csv(fixed_portal):
    for url in ("/-/export/matters.csv", "/-/export/matters.csv?_excel=1", "/beslut/matters.csv?_labels=on",
                "/beslut.csv?" + urllib.parse.urlencode({"sql": "SELECT title, -5 AS n FROM matters WHERE id = 3"})):
        text = (await fixed_portal.client.get(url)).text
        assert "'=1+1" in text, url
        assert not re.search(r"(^|[,;\"])=1\+1", text, re.M), url
    sql_csv = (await fixed_portal.client.get(
        "/beslut.csv?" + urllib.parse.urlencode({"sql": "SELECT title, -5 AS n FROM matters WHERE id = 3"}))).text
    assert sql_csv == "title,n\r\n'=1+1,-5\r\n"  # a negative number stays a number


async def test_filtered_table_exports_whole_with_its_filters(fixed_portal):
    """The CSV link of a filtered, sorted or searched page is the same rows, all of them."""
    response = await fixed_portal.client.get(
        "/beslut/planning_steps.csv?" + urllib.parse.urlencode({"body_id": "5", "_sort_desc": "date"}))
    assert response.text == crlf("""
id,matter_id,position,body_id,meeting_id,date,role,decides,outcome,recorded,planned_date
6,3,1,5,2,2024-09-26,beslutar,1,bifallen,0,
5,2,3,5,,2024-08-29,beslutar,1,,0,
""")
    free_sql = await fixed_portal.client.get("/beslut/matters.csv?_where=id%3E0")
    assert free_sql.status_code == 400  # free SQL would run without the time limit in an export
    searched = await fixed_portal.client.get("/-/export/matters.csv?_search=r%C3%A4kne%C3%B6vningar&_excel=1")
    rows = list(csv.reader(io.StringIO(searched.content.decode("utf-8-sig")), delimiter=";"))
    assert [r[0] for r in rows] == ["id", "3"]


async def test_export_errors_are_answered_before_any_csv(fixed_portal):
    """An unknown name is a 404, a filter Datasette cannot apply a 400: a page saying so,
    never a CSV (cut short or empty) that looks like an answer."""
    for url, status in [("/-/export/ingen_sadan.csv", 404), ("/beslut/ingen_sadan.csv", 404),
                        ("/-/export/planning_steps.csv?_sort=ingen_kolumn", 400),
                        ("/beslut/matters.csv?_search=%22", 400)]:
        response = await fixed_portal.client.get(url)
        assert response.status_code == status, url
        assert response.headers["content-type"].startswith("text/html"), url


async def test_failed_sql_csv_is_400_not_an_empty_csv(fixed_portal):
    """Datasette answers a ?sql= CSV whose SQL fails in SQLite with 200 and nothing in it,
    as if no rows matched: the portal answers 400 and names the page that shows the error."""
    for sql in ("SELECT ingen_kolumn FROM matters", "SELECT load_extension('/tmp/nothing.so')"):
        url = "/beslut.csv?" + urllib.parse.urlencode({"sql": sql})
        response = await fixed_portal.client.get(url)
        assert response.status_code == 400, sql
        assert "ingen CSV" in response.text and url.replace(".csv", "") in response.text, sql
    sql = urllib.parse.urlencode({"sql": "SELECT id FROM matters WHERE 0"})
    no_rows = await fixed_portal.client.get("/beslut.csv?" + sql)
    assert (no_rows.status_code, no_rows.text) == (200, "id\r\n")


async def test_export_refuses_what_the_visitor_may_not_see(fixed_portal, deny):
    """A table or report refused to the visitor (a table's `allow` in metadata, or a plugin)
    is refused as a download too, by either CSV URL and with filters: 403, none of its rows."""
    deny(("view-table", ("beslut", "changes")), ("view-query", ("beslut", "andringslogg")))
    for url in ("/-/export/changes.csv", "/beslut/changes.csv", "/beslut/changes.csv?actor=sekreterare&_excel=1",
                "/-/export/andringslogg.csv" + query({"ärende": "KS-2023-17"}), "/beslut/andringslogg.csv"):
        response = await fixed_portal.client.get(url)
        assert response.status_code == 403, url
        assert "sekreterare" not in response.text, url
    assert (await fixed_portal.client.get("/-/export/matters.csv")).status_code == 200  # only what is refused


# ------------------------------------------------------------ more rows than a page


@pytest.fixture
def big(fixed):
    """More than max_returned_rows meetings (so change-log rows too): Testnämnden meets every
    working day 2020-2024."""
    meetings.generate(fixed, "Testnämnden", "FREQ=DAILY", "2020-01-01", "2024-12-31", municipality="Malmö")
    return fixed


async def test_report_longer_than_a_page_downloads_whole(big, make_portal):
    limit = SETTINGS["max_returned_rows"]
    portal = await make_portal(big.path)
    ids = [r["id"] for r in big.query("SELECT id FROM changes ORDER BY id")]
    assert len(ids) > limit + 100
    params = {"ärende": "", "användare": "", "från": "", "till": ""}

    # Datasette's own page of the report stops at max_returned_rows: the reason for the export.
    page = (await portal.client.get("/beslut/andringslogg.json" + query(params))).json()
    assert len(page["rows"]) == limit and page["truncated"] is True

    for url, excel in [("/-/export/andringslogg.csv", False), ("/-/export/andringslogg.csv", True),
                       ("/beslut/andringslogg.csv", False)]:
        response = await portal.client.get(url + query({**params, **({"_excel": "1"} if excel else {})}))
        assert response.status_code == 200
        text = response.content.decode("utf-8")
        assert text.startswith("\ufeff") == excel
        rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=";" if excel else ","))
        assert rows[0][0] == "Nr"
        assert [int(r[0]) for r in rows[1:]] == ids, url
        assert all(len(r) == 11 for r in rows)


async def test_table_and_view_longer_than_a_page_download_whole(big, make_portal):
    portal = await make_portal(big.path)
    count = big.query("SELECT count(*) AS n FROM meetings")[0]["n"]
    assert count > SETTINGS["max_returned_rows"]
    for url in ("/-/export/meetings.csv", "/-/export/meeting_schedule.csv?_excel=1",
                "/beslut/meeting_deadlines.csv", "/beslut/meetings.csv?_labels=on&_size=max"):
        text = (await portal.client.get(url)).content.decode("utf-8-sig")
        assert len(text.splitlines()) == count + 1, url
    body = urllib.parse.quote("Testnämnden")
    filtered = (await portal.client.get(f"/beslut/meeting_schedule.csv?body={body}")).text
    expected = big.query("SELECT count(*) AS n FROM meetings m JOIN bodies b ON b.id = m.body_id "
                         "WHERE b.name = 'Testnämnden'")[0]["n"]
    assert len(filtered.splitlines()) == expected + 1 and expected > SETTINGS["max_returned_rows"]


# ------------------------------------------------------------ links on every page


LINK = re.compile(r'<a class="beslut-(csv|excel)" href="([^"]+)"')


async def test_every_page_offers_whole_csv_and_excel(fixed_portal):
    database = fixed_portal.get_database("beslut")
    pages = [f"/beslut/{t}" for t in await database.table_names()]  # hidden ones have pages too
    pages += [f"/beslut/{v}" for v in await database.view_names()]
    pages += [f"/beslut/{q}" for q in fixed_portal.metadata("queries", database="beslut")]
    assert len(pages) >= 20
    for page in pages:
        response = await fixed_portal.client.get(page)
        assert response.status_code == 200, page
        links = dict(LINK.findall(response.text))
        assert set(links) == {"csv", "excel"}, page
        for kind, href in links.items():
            href = href.replace("&amp;", "&")
            assert href.startswith("/-/export/"), (page, href)
            download = await fixed_portal.client.get(href)
            assert download.status_code == 200, (page, href)
            assert download.content.startswith(b"\xef\xbb\xbf") == (kind == "excel"), (page, href)


async def test_report_page_links_carry_its_parameters(fixed_portal):
    page = await fixed_portal.client.get("/beslut/sammantradesplan?" + urllib.parse.urlencode(
        {"organ": "Kommunfullmäktige", "år": "2024"}))
    href = dict(LINK.findall(page.text))["excel"].replace("&amp;", "&")
    download = await fixed_portal.client.get(href)
    assert download.content == excel_expected(REPORTS[0][2])


async def test_filtered_table_page_links_export_its_rows(fixed_portal):
    page = await fixed_portal.client.get("/beslut/planning_steps?body_id=5&_sort_desc=date")
    links = {kind: href.replace("&amp;", "&") for kind, href in LINK.findall(page.text)}
    plain = (await fixed_portal.client.get(links["csv"])).text
    # The page shows the matter's title and the body's name by the ids: so does its export.
    assert plain.splitlines() == [
        "id,matter_id,matter_id_label,position,body_id,body_id_label,meeting_id,date,role,decides,outcome,"
        "recorded,planned_date",
        "6,3,'=1+1,1,5,Kommunfullmäktige,2,2024-09-26,beslutar,1,bifallen,0,",
        f"5,2,{MALMO},3,5,Kommunfullmäktige,,2024-08-29,beslutar,1,,0,",
    ]
    excel = (await fixed_portal.client.get(links["excel"])).content.decode("utf-8")
    assert excel.startswith("\ufeffid;") and excel.count("\r\n") == 3


async def test_filtered_export_runs_no_count_of_its_rows(fixed_portal, monkeypatch):
    """Datasette's table JSON is asked only for the SQL it builds: its count of the filtered
    rows (a second pass over them, for a number the export never shows) is not run."""
    database = fixed_portal.get_database("beslut")
    execute, seen = database.execute, []

    async def recording(sql, *args, **kwargs):
        seen.append(sql)
        return await execute(sql, *args, **kwargs)

    monkeypatch.setattr(database, "execute", recording)
    response = await fixed_portal.client.get("/-/export/planning_steps.csv?body_id=5")
    assert response.status_code == 200 and response.text.count("\r\n") == 3
    assert any("limit" in sql.lower() for sql in seen)  # Datasette built the page's SQL here
    assert not [sql for sql in seen if sql.lower().startswith("select count(")]

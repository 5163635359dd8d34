"""Both seed documents, end to end through `beslut import` and `beslut show --json`."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from beslut.cli import cli
from tests.conftest import LINKOPING_SEED, MALMO_SEED

MALMO_RECIPIENTS = [
    "Arbetsmarknads- och socialnämnden", "Fritidsnämnden", "Funktionsstödsnämnden", "Förskolenämnden",
    "Grundskolenämnden", "Gymnasie- och vuxenutbildningsnämnden", "Hälsa- vård och omsorgsnämnden",
    "Kommunstyrelsen", "Kulturnämnden", "Miljönämnden", "Revisorskollegiet", "Servicenämnden",
    "Stadsbyggnadsnämnden", "Tekniska nämnden", "Valnämnden", "Överförmyndarnämnden",
    "Malmö Stadshus AB", "Parkeringsövervakning i Malmö AB", "MKB Fastighets AB", "MINC i Sverige AB",
    "Malmö Stadsteater AB", "Malmö Live Konserthus AB", "Malmö Leasing AB", "Malmö Kommuns Parkerings AB",
    "Boplats Syd AB", "Stadskontoret-, avdelningen för omvärld och näringsliv", "Stadskontorets handläggare",
]


def run(db_path, *args):
    result = CliRunner().invoke(cli, ["--db", str(db_path), *args], catch_exceptions=False)
    return result


@pytest.fixture
def imported(db_path):
    result = run(db_path, "import", str(LINKOPING_SEED), str(MALMO_SEED))
    assert result.exit_code == 0, result.output
    return db_path


def show(db_path, ref):
    result = run(db_path, "show", str(ref), "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_malmo_seed(imported):
    matter = show(imported, 2)
    assert matter["title"] == "Revidering av policy för Malmö stads internationella arbete"
    assert matter["case_number"] is None  # STK-2015-1008 is the old policy's number
    assert [(s["body"], s["date"], s["decides"]) for s in matter["planning"]] == [
        ("Kommunstyrelsens arbetsutskott", "2024-08-05", False),
        ("Kommunstyrelsen", "2024-08-14", False),
        ("Kommunfullmäktige", "2024-08-29", True),
    ]
    assert matter["planning"][2]["role"] == "beslutar"
    assert [r["name"] for r in matter["recipients"]] == MALMO_RECIPIENTS
    assert all(r["title"] is None and r["sent_on"] is None for r in matter["recipients"])
    kinds = [r["kind"] for r in matter["recipients"]]
    assert kinds == ["body"] * 16 + ["company"] * 9 + ["department"] * 2
    assert matter["responsible"] == [
        {"name": "Micael Nord", "title": "Näringslivsdirektör", "unit": None, "role": "ansvarig"},
        {"name": "Magdalena Bondeson", "title": "Sektionschef", "unit": None, "role": "ansvarig"},
        {"name": "Andreas Norbrant", "title": "Stadsdirektör", "unit": None, "role": "ansvarig"},
    ]
    assert matter["proposals"] == [{
        "to": "Kommunstyrelsen",
        "text": "Kommunstyrelsen föreslår kommunfullmäktige besluta\n"
                "1. Kommunfullmäktige godkänner reviderad policy för Malmö stads internationella arbete.",
    }]
    assert matter["basis"] == [{
        "title": "G-Tjänsteskrivelse KSAU 240805 Revidering av policy för Malmö stads internationella arbete",
        "date": "2024-08-05",
    }]
    assert matter["municipality"] == "Malmö"
    assert matter["warnings"] == []


def test_linkoping_seed(imported):
    matter = show(imported, 1)
    assert matter["title"] == "Motion (MP) - Sök vänortssamarbete med en stad i Ukraina, svar"
    assert matter["kind"] == "motion"
    assert matter["case_number"] is None
    assert [(s["body"], s["date"], s["decides"]) for s in matter["planning"]] == [
        ("Kommunstyrelsen", None, False),
        ("Kommunfullmäktige", None, True),
    ]
    assert matter["proposals"] == [
        {"to": "Kommunstyrelsen", "text": "1. Kommunledningsförvaltningens förslag tillstyrks."},
        {"to": "Kommunfullmäktige",
         "text": "1. Motionen avslås med hänvisning till att Linköpings kommun bör söka andra "
                 "samverkansformer med Ukraina än ett vänortssamarbete."},
    ]
    assert [(r["name"], r["title"]) for r in matter["recipients"]] == [
        ("Kommunstyrelsen", None), ("Daniel Stendahl", "EU strateg"),
    ]
    assert matter["basis"] == [
        {"title": "Tjänsteskrivelse – Motion (MP) Sök vänortssamarbete med en stad i Ukraina",
         "date": "2022-06-14"},
        {"title": "Bilaga - Motionen", "date": None},
    ]
    assert matter["responsible"] == [
        {"name": "Paul Håkansson", "title": None, "unit": "Kommunledningsförvaltningen", "role": "ansvarig"},
    ]
    assert (matter["raised_on"], matter["raised_precision"]) == ("2022-06", "month")
    assert matter["raised_by"] == "Gunnar Gustafsson (MP)"
    assert matter["municipality"] == "Linköping"


def test_outline_at_end_of_linkoping_is_not_imported_twice(imported):
    matter = show(imported, 1)
    texts = json.dumps(matter, ensure_ascii=False)
    # The outline repeats headings and the first paragraph; none of it becomes a part.
    assert len(matter["recipients"]) == 2 and len(matter["proposals"]) == 2 and len(matter["basis"]) == 2
    assert "Bedömning" not in texts and "\t" not in texts


def test_reimport_does_not_duplicate(imported):
    before = run(imported, "list", "--json").output
    result = run(imported, "import", str(MALMO_SEED))
    assert result.exit_code == 0
    assert "oförändrat" in result.output
    assert run(imported, "list", "--json").output == before


def test_import_json_prints_show_shape(db_path):
    result = run(db_path, "import", str(MALMO_SEED), "--json")
    assert result.exit_code == 0, result.output
    [printed] = json.loads(result.output)
    assert printed == show(db_path, printed["id"])


def test_dry_run_writes_nothing(db_path):
    result = run(db_path, "import", str(MALMO_SEED), "--dry-run", "--json")
    assert result.exit_code == 0
    assert json.loads(result.output)[0]["planning"][0]["date"] == "2024-08-05"
    assert not db_path.exists()


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "filen är tom"),
        (b"   \n\n  ", "filen är tom"),
        (b"\x00\x01\x02binary\xff\xfe" * 50, "binär"),
        (b"%PDF-1.7\n1 0 obj\n", "PDF"),
        ("Hej!\nDetta är ett vanligt brev utan rubriker.\n".encode(), "ingen tjänsteskrivelse"),
    ],
)
def test_bad_input_exit_1_and_archive_unchanged(db_path, tmp_path, content, message):
    assert run(db_path, "import", str(MALMO_SEED)).exit_code == 0
    before = db_path.read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = run(db_path, "import", str(LINKOPING_SEED), str(bad))
    assert result.exit_code == 1
    assert str(bad) in result.output and message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert db_path.read_bytes() == before
    assert json.loads(run(db_path, "list", "--json").output)[0]["title"].startswith("Revidering")
    assert len(json.loads(run(db_path, "list", "--json").output)) == 1


def test_missing_file_is_a_usage_error(db_path):
    result = CliRunner().invoke(cli, ["--db", str(db_path), "import", "/no/such/file.txt"])
    assert result.exit_code == 1
    assert "/no/such/file.txt" in result.output

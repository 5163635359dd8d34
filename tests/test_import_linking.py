"""Issue 13: documents about the same case link into one matter.

The same case in an AU protocol, a KS protocol and a KF protocol is one matter whose
planning holds the steps it took; the case number links (spaces, hyphens, "Dnr" and
letter case aside), a title alone never does; what a protocol records wins over a
tjänsteskrivelse's planned date for the same body, the planned date kept, whatever the
order of the files. The protocols here are hand-written in the layout of
tests/import_corpus/pr01_ks_protokoll.txt; real ones are in test_import_linking_real.py.
"""

from __future__ import annotations

import itertools
import json
import sqlite3

import pytest
from click.testing import CliRunner

from beslut.cli import cli


def run(db_path, *args):
    return CliRunner().invoke(cli, ["--db", str(db_path), *args], catch_exceptions=False)


def protocol(body: str, date: str, paragraph: int, case_number: str, title: str, decision: str,
             prep: str = "") -> str:
    return f"""SAMMANTRÄDESPROTOKOLL
{body}
Sammanträdesdatum {date}

Plats och tid: Stadshuset, kl. 13.00-15.00
Paragrafer § {paragraph}

ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.

§ {paragraph} {case_number}
{title}
{prep}
Beslut
{decision}
"""


TITLE = "Ny renhållningstaxa 2023"
AU = protocol("Kommunstyrelsens arbetsutskott", "2022-08-23", 112, "Dnr KS 2022/0345", TITLE,
              "Arbetsutskottet föreslår kommunstyrelsen föreslå kommunfullmäktige besluta att anta taxan.")
KS = protocol("Kommunstyrelsen", "2022-09-06", 201, "Dnr KS-2022/0345", TITLE,
              "Kommunstyrelsen föreslår kommunfullmäktige besluta att anta taxan.")
KF = protocol("Kommunfullmäktige", "2022-09-26", 98, "KS2022/0345", TITLE,
              "Kommunfullmäktige beslutar att anta taxan.")
PATH = [("Kommunstyrelsens arbetsutskott", "2022-08-23"), ("Kommunstyrelsen", "2022-09-06"),
        ("Kommunfullmäktige", "2022-09-26")]


def write(folder, files: dict[str, str]):
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in files.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def show(db_path, ref) -> dict:
    result = run(db_path, "show", str(ref), "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def matters(db_path) -> list[dict]:
    return json.loads(run(db_path, "list", "--json").output)


@pytest.mark.parametrize("order", list(itertools.permutations(["au", "ks", "kf"])))
def test_au_ks_kf_protocols_are_one_matter_with_the_three_steps_in_any_order(tmp_path, order):
    paths = dict(zip(["au", "ks", "kf"], write(tmp_path / "docs", {"au.txt": AU, "ks.txt": KS, "kf.txt": KF}),
                     strict=True))
    db = tmp_path / "a.db"
    for name in order:  # one import per file, in this order
        result = run(db, "import", str(paths[name]))
        assert result.exit_code == 0, result.output
    [row] = matters(db)
    matter = show(db, row["id"])
    assert [(s["body"], s["date"]) for s in matter["planning"]] == PATH
    assert [s["decides"] for s in matter["planning"]] == [False, False, True]
    # the first document's form of the number stays; each form finds the matter
    assert matter["case_number"] in ("KS 2022/0345", "KS-2022/0345", "KS2022/0345")
    assert show(db, matter["case_number"])["id"] == row["id"]


def test_a_title_alone_never_links(tmp_path):
    au = AU.replace("Dnr KS 2022/0345", "")
    ks = KS.replace("Dnr KS-2022/0345", "")
    write(tmp_path / "docs", {"au.txt": au, "ks.txt": ks})
    db = tmp_path / "a.db"
    assert run(db, "import", str(tmp_path / "docs")).exit_code == 0
    rows = matters(db)
    assert len(rows) == 2 and {r["title"] for r in rows} == {TITLE}


def test_another_number_is_another_matter(tmp_path):
    """Only spaces, hyphens, "Dnr" and case are ignored: 2022/0346 is another case."""
    write(tmp_path / "docs", {"au.txt": AU, "ks.txt": KS.replace("2022/0345", "2022/0346")})
    db = tmp_path / "a.db"
    assert run(db, "import", str(tmp_path / "docs")).exit_code == 0
    assert len(matters(db)) == 2


TJANSTESKRIVELSE = """Tjänsteskrivelse
Kommunledningsförvaltningen
Dnr KS 2022/0345

Ny renhållningstaxa 2023

Förslag till beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta att anta taxan.

Beslutsplanering
Kommunstyrelsens arbetsutskott 2022-08-23
Kommunstyrelsen 2022-08-30
Kommunfullmäktige 2022-09-26

Beslutet skickas till
Tekniska förvaltningen
"""


@pytest.mark.parametrize("protocol_first", [False, True])
def test_a_protocols_date_wins_over_the_planned_one_which_is_kept(tmp_path, protocol_first):
    """The tjänsteskrivelse planned KS for 2022-08-30; KS held it on 2022-09-06."""
    ts, ks = write(tmp_path / "docs", {"ts.txt": TJANSTESKRIVELSE, "ks.txt": KS})
    db = tmp_path / "a.db"
    for path in ([ks, ts] if protocol_first else [ts, ks]):
        result = run(db, "import", str(path))
        assert result.exit_code == 0, result.output
    [row] = matters(db)
    matter = show(db, row["id"])
    assert [(s["body"], s["date"]) for s in matter["planning"]] == [
        ("Kommunstyrelsens arbetsutskott", "2022-08-23"), ("Kommunstyrelsen", "2022-09-06"),
        ("Kommunfullmäktige", "2022-09-26")]
    with sqlite3.connect(db) as conn:
        kept = conn.execute("SELECT planned_date, recorded FROM planning_steps WHERE date = '2022-09-06'").fetchall()
        assert kept == [("2022-08-30", 1)]
        if not protocol_first:  # the change log shows the planned date giving way to the held one
            logged = conn.execute(
                """SELECT json_extract(before, '$.date'), json_extract(after, '$.date') FROM changes
                   WHERE table_name = 'planning_steps' AND action = 'update'
                     AND json_extract(before, '$.date') IS NOT json_extract(after, '$.date')""").fetchall()
            assert ("2022-08-30", "2022-09-06") in logged


def test_a_meeting_that_postponed_the_case_and_the_one_that_decided_are_two_steps(tmp_path):
    first = protocol("Kommunstyrelsen", "2022-08-30", 190, "KS 2022/0345", TITLE,
                     "Ärendet bordläggs.")
    files = write(tmp_path / "docs", {"ks2.txt": KS, "ks1.txt": first})
    db = tmp_path / "a.db"
    for path in files:
        assert run(db, "import", str(path)).exit_code == 0
    [row] = matters(db)
    steps = [(s["body"], s["date"], s["outcome"]) for s in show(db, row["id"])["planning"]]
    assert steps[:2] == [("Kommunstyrelsen", "2022-08-30", "Ärendet bordläggs."),
                         ("Kommunstyrelsen", "2022-09-06",
                          "Kommunstyrelsen föreslår kommunfullmäktige besluta att anta taxan.")]


def test_a_kf_decision_found_first_stays_the_deciding_step(tmp_path):
    ks_alone = protocol("Kommunstyrelsen", "2022-09-06", 201, "KS 2022/0345", TITLE,
                        "Kommunstyrelsen beslutar att godkänna taxan.")
    kf, ks = write(tmp_path / "docs", {"kf.txt": KF, "ks.txt": ks_alone})
    for order in ([kf, ks], [ks, kf]):
        db = tmp_path / f"{order[0].stem}.db"
        for path in order:
            assert run(db, "import", str(path)).exit_code == 0
        [row] = matters(db)
        planning = show(db, row["id"])["planning"]
        assert [(s["body"], s["decides"]) for s in planning] == [("Kommunstyrelsen", False),
                                                                 ("Kommunfullmäktige", True)]


def test_a_second_import_of_the_chain_changes_nothing(tmp_path):
    write(tmp_path / "docs", {"au.txt": AU, "ks.txt": KS, "kf.txt": KF})
    db = tmp_path / "a.db"
    assert run(db, "import", str(tmp_path / "docs")).exit_code == 0
    before = show(db, matters(db)[0]["id"])
    assert run(db, "import", str(tmp_path / "docs")).exit_code == 0
    assert show(db, before["id"]) == before


def test_the_case_number_rule_ignores_spaces_hyphens_dnr_and_case_only(tmp_path):
    from archive import open_archive
    from archive.importing.store import same_case
    from archive.matters import save_matter
    from archive.model import Matter
    from archive.schema import case_key_sql

    archive = open_archive(tmp_path / "a.db")
    stored = save_matter(archive, Matter(title="Taxa", case_number="KS 2022/0345"))
    for form in ("KS 2022/0345", "ks 2022/0345", "Dnr KS-2022/0345", "DNR: KS 2022/0345", "KS\u20132022/0345",
                 "KS\u00a02022/0345", "Dnr. ks2022/0345"):
        assert same_case(archive, form)[0] == stored, form
    for other in ("KS 2022/0346", "KS 2022.0345", "KS 2022/345", "BUN 2022/0345", "KS 2022/03"):
        assert same_case(archive, other) is None, other
    # A document or classification suffix after the number is no part of the case: Västerås's
    # kallelse writes "KS 2018/00909-1.1.1" for the case its protocol calls "KS 2018/00909".
    for form in ("KS 2022/0345-1.1.1", "KS 2022/0345-10", "KS-2022/0345.109"):
        assert same_case(archive, form)[0] == stored, form
    with_suffix = save_matter(archive, Matter(title="Avgift", case_number="2016/0308 KS-1"))
    assert same_case(archive, "2016/0308 KS")[0] == with_suffix
    assert same_case(archive, "KS 2022/03451") is None  # digits run on are another number
    coded = save_matter(archive, Matter(title="Plan", case_number="2019/KS-123"))
    assert same_case(archive, "2019/KS-124") is None and same_case(archive, "2019/KS 123")[0] == coded
    plan = archive.execute(
        f"EXPLAIN QUERY PLAN SELECT id FROM matters WHERE {case_key_sql('case_number')} = {case_key_sql(':n')}",
        {"n": "KS 2022/0345"}).fetchall()
    assert "matters_case_key" in str(plan)  # found through the index, not by reading every matter
    archive.close()


def test_a_large_folder_parsed_by_worker_processes_imports_as_one_parsed_here(tmp_path, monkeypatch):
    """From cmd_import.PARALLEL_FROM files a folder is parsed in worker processes while
    this one stores: the same archive, the same order, each failure reported."""
    import beslut.cmd_import

    files = {"au.txt": AU, "ks.txt": KS, "kf.txt": KF, "ts.txt": TJANSTESKRIVELSE, "tom.txt": ""}
    write(tmp_path / "docs", files)
    here, there = tmp_path / "here.db", tmp_path / "there.db"
    sequential = run(here, "import", str(tmp_path / "docs"))
    monkeypatch.setattr(beslut.cmd_import, "PARALLEL_FROM", 2)
    parallel = run(there, "import", str(tmp_path / "docs"))
    assert parallel.exit_code == sequential.exit_code == 1
    assert parallel.output.replace(str(there), "") == sequential.output.replace(str(here), "")
    assert "tom.txt: filen är tom" in parallel.output
    assert show(there, "KS 2022/0345") == show(here, "KS 2022/0345")


KALLELSE = """KALLELSE
Kommunstyrelsen
Tid: Tisdag den 6 september 2022 kl. 13.00
Plats: Stadshuset

Föredragningslista

1. Val av justerare
2. Ny renhållningstaxa 2023
Dnr KS 2022/0345
Förslag till beslut: Kommunstyrelsen föreslår kommunfullmäktige besluta att anta taxan.
"""


@pytest.mark.parametrize("order", [["ts", "kallelse", "ks"], ["kallelse", "ts", "ks"], ["ks", "kallelse", "ts"]])
def test_a_kallelse_moves_the_planned_date_and_the_protocol_records_it(tmp_path, order):
    """Planned for KS 2022-08-30 (tjänsteskrivelse), called for 2022-09-06 (kallelse), held
    then (protocol): one KS step, 2022-09-06, the plan kept as its planned date."""
    paths = dict(zip(["ts", "kallelse", "ks"],
                     write(tmp_path / "docs", {"ts.txt": TJANSTESKRIVELSE, "kallelse.txt": KALLELSE, "ks.txt": KS}),
                     strict=True))
    db = tmp_path / "a.db"
    for name in order:
        result = run(db, "import", str(paths[name]))
        assert result.exit_code == 0, result.output
    [row] = matters(db)
    assert [(s["body"], s["date"]) for s in show(db, row["id"])["planning"]] == [
        ("Kommunstyrelsens arbetsutskott", "2022-08-23"), ("Kommunstyrelsen", "2022-09-06"),
        ("Kommunfullmäktige", "2022-09-26")]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT planned_date, recorded FROM planning_steps WHERE date = '2022-09-06'"
                            ).fetchall() == [("2022-08-30", 1)]


def test_a_stored_step_is_found_by_its_body_however_the_name_is_written():
    """store._same_step compares bodies by common.same_body: a protocol's "Gemensam Hjälpmedelsnämnd" and
    the kallelse's "Hjälpmedelsnämnden" (or "Socialnämnd" / "Socialnämnden") are one body's step, not two;
    another body's step, or a step with no body named, is never taken for it."""
    from types import SimpleNamespace

    from archive.importing.store import _same_step

    stored = [{"id": 1, "body": "Hjälpmedelsnämnden", "date": "2017-06-01", "level": 1},
              {"id": 2, "body": "Socialnämnden", "date": None, "level": 0},
              {"id": 3, "body": "", "date": "2017-06-01", "level": 1}]
    incoming = SimpleNamespace(body="Gemensam Hjälpmedelsnämnd", date="2017-06-01")
    assert _same_step(stored, incoming, 2)["id"] == 1
    assert _same_step(stored, SimpleNamespace(body="Socialnämnd", date="2017-09-12"), 2)["id"] == 2
    assert _same_step(stored, SimpleNamespace(body="Kommunstyrelsen", date="2017-06-01"), 2) is None
    assert _same_step(stored, SimpleNamespace(body="", date="2017-06-01"), 2) is None


def test_one_body_is_one_row_however_its_name_is_written(archive):
    """A protocol's head says "Gemensam hjälpmedelsnämnd", its plan "Hjälpmedelsnämnden", a report "Socialnämnd" for
    "Socialnämnden", a heading "ÖVERFÖRMYNDARNÄMNDEN" in capitals (NOCASE folds ASCII only): each names the body the
    archive already has (naming.body_key), so its meetings and steps are one body's. Another municipality's body of
    that name, or another body whose name holds this one's, stays apart."""
    from archive.lookups import find_body
    from archive.matters import ensure_body

    shared = ensure_body(archive, "Gemensam hjälpmedelsnämnd", "Västerås")
    social = ensure_body(archive, "Socialnämnden", "Västerås")
    guardian = ensure_body(archive, "Överförmyndarnämnden", "Västerås")
    assert ensure_body(archive, "Hjälpmedelsnämnden", "Västerås") == shared
    assert ensure_body(archive, "Socialnämnd", "Västerås") == social
    assert ensure_body(archive, "ÖVERFÖRMYNDARNÄMNDEN", "Västerås") == guardian
    assert find_body(archive, "socialnämnd", "Västerås") == social
    assert ensure_body(archive, "Socialnämnden", "Köping") not in {shared, social, guardian}
    assert ensure_body(archive, "Socialnämndens arbetsutskott", "Västerås") != social
    # a form of the name found in several municipalities is as ambiguous as the name itself, and says so
    from archive.errors import InvalidValue
    with pytest.raises(InvalidValue, match="finns i flera kommuner"):
        find_body(archive, "socialnämnd")
    assert archive.execute("SELECT count(*) FROM bodies WHERE municipality = 'Västerås'").fetchone()[0] == 4
    # The kind's word alone names no one body: "Gemensamma nämnden" is not "Nämnden" (a generic name, if ever stored).
    assert ensure_body(archive, "Gemensamma nämnden", "Sala") != ensure_body(archive, "Nämnden", "Sala")

"""Issue 7: the import corpus (tests/import_corpus/, written for these tests, plus both
seeds), each document against its expected result; re-import, change, folder runs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from beslut.cli import cli
from tests.conftest import DATA, LINKOPING_SEED, MALMO_SEED

CORPUS = Path(__file__).parent / "import_corpus"
EXPECTED = CORPUS / "expected"
DOCUMENTS = sorted(CORPUS.glob("*.txt")) + [LINKOPING_SEED, MALMO_SEED]


def run(db_path, *args):
    return CliRunner().invoke(cli, ["--db", str(db_path), *args], catch_exceptions=False)


def expected(path: Path) -> list[dict]:
    return json.loads((EXPECTED / f"{path.stem}.json").read_text(encoding="utf-8"))


def changes(db_path) -> int:
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT count(*) FROM changes").fetchone()[0]


def test_corpus_is_at_least_twenty_documents_each_with_an_expected_result():
    own = sorted(CORPUS.glob("*.txt"))
    assert len(own) >= 20
    kinds = {json.loads((EXPECTED / f"{p.stem}.json").read_text())[0].get("meeting", {}).get("state", "ts")
             for p in own}
    assert kinds == {"ts", "called", "held"}  # tjänsteskrivelser, kallelser, protocols
    assert all((EXPECTED / f"{p.stem}.json").exists() for p in DOCUMENTS)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_dry_run_json_is_the_expected_result(tmp_path, path):
    db_path = tmp_path / "beslut.db"
    result = run(db_path, "import", str(path), "--dry-run", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == expected(path)
    assert not db_path.exists()


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_import_stores_the_expected_result(tmp_path, path):
    db_path = tmp_path / "beslut.db"
    result = run(db_path, "import", str(path), "--json")
    assert result.exit_code == 0, result.output
    printed = json.loads(result.output)
    want = expected(path)
    assert len(printed) == len(want)
    for stored, wanted in zip(printed, want, strict=True):
        shown = json.loads(run(db_path, "show", str(stored["id"]), "--json").output)
        assert stored["version"] == shown["version"]
        for matter in (stored, shown, wanted):
            matter.pop("id"), matter.pop("version")
        assert stored == wanted
        wanted.pop("meeting", None)
        assert shown == wanted  # show keeps the source and the warnings


def test_earlier_and_related_numbers_are_not_the_matters_number():
    for name, number in [("ts07_related_numbers", "KS13/412"), ("003_452c782f76d8c9d6", None),
                         ("ts01_malmo_header", "STK-2024-0655"), ("ts04_uppsala_runin", "KSN-2020-01234"),
                         ("pr03_au_multi", "STK-2024-1008")]:
        assert expected(Path(name))[0]["case_number"] == number


def test_truncated_values_stay_empty_with_a_warning():
    [matter] = expected(Path("ts06_truncated"))
    assert matter["case_number"] is None
    assert matter["planning"][1] == {"body": "Kommunfullmäktige", "date": None, "role": "beslutar",
                                     "decides": True, "outcome": None}
    assert [w.split(": ")[0].split(", ")[-1] for w in matter["warnings"]] == [
        "basis.date", "case_number", "planning.date"]


def test_two_readings_give_a_warning_not_a_choice():
    [matter] = expected(Path("ts08_two_numbers"))
    assert matter["case_number"] is None
    assert any("KS 2021/55" in w and "BUN 2021/12" in w for w in matter["warnings"])
    [two_day] = expected(Path("pr05_two_day"))
    assert two_day["meeting"]["warnings"] and "2020-06-08--09" in two_day["meeting"]["warnings"][0]


def test_reimport_unchanged_does_nothing_changed_updates_with_change_log(tmp_path):
    db_path = tmp_path / "beslut.db"
    document = tmp_path / "ts06.txt"
    shutil.copy(CORPUS / "ts06_truncated.txt", document)
    assert run(db_path, "import", str(document)).exit_code == 0
    before = changes(db_path)
    result = run(db_path, "import", str(document))
    assert result.exit_code == 0 and "oförändrat" in result.output
    assert changes(db_path) == before
    document.write_text(document.read_text().replace("Kommunfullmäktige 2019-0", "Kommunfullmäktige 2019-05-27"))
    result = run(db_path, "import", str(document), "--json")
    assert result.exit_code == 0, result.output
    [matter] = json.loads(result.output)
    assert matter["planning"][1]["date"] == "2019-05-27" and matter["version"] == 2
    assert len(json.loads(run(db_path, "list", "--json").output)) == 1
    log = json.loads(run(db_path, "show", "1", "--json").output)
    assert log["source"]["file"] == "ts06.txt"
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "SELECT before, after FROM changes WHERE table_name = 'planning_steps' AND action = 'update'"
        ).fetchall()
    assert [(json.loads(b)["date"], json.loads(a)["date"]) for b, a in rows] == [(None, "2019-05-27")]


def test_documents_about_one_case_complete_one_matter(tmp_path):
    """Kallelse, protocol and tjänsteskrivelse of KS 2018/124: one matter, AU -> KS -> KF."""
    db_path = tmp_path / "beslut.db"
    for name in ("ka01_ks_kallelse", "pr01_ks_protokoll", "ts09_page_break"):
        assert run(db_path, "import", str(CORPUS / f"{name}.txt")).exit_code == 0
    matter = json.loads(run(db_path, "show", "KS 2018/124", "--json").output)
    assert [(s["body"], s["date"], s["decides"]) for s in matter["planning"]] == [
        ("Kommunstyrelsens arbetsutskott", "2018-03-05", False),
        ("Kommunstyrelsen", "2018-03-14", False),
        ("Kommunfullmäktige", "2018-03-26", True),
    ]
    assert matter["planning"][1]["outcome"].startswith("Kommunstyrelsen föreslår kommunfullmäktige")
    assert [r["name"] for r in matter["recipients"]][:2] == ["Kommunfullmäktige", "Ekonomikontoret"]
    assert matter["source"]["file"] == "ka01_ks_kallelse.txt"


def test_protocol_stores_its_meeting(tmp_path):
    import sqlite3

    db_path = tmp_path / "beslut.db"
    assert run(db_path, "import", str(CORPUS / "pr01_ks_protokoll.txt")).exit_code == 0
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            """SELECT b.name, m.date, m.state, m.approved_on, m.notice_posted_on FROM meetings m
               JOIN bodies b ON b.id = m.body_id"""
        ).fetchall()
        steps = conn.execute("SELECT count(*) FROM planning_steps WHERE meeting_id IS NOT NULL").fetchone()[0]
    assert rows == [("Kommunstyrelsen", "2018-03-14", "held", "2018-03-19", "2018-03-20")]
    assert steps == 3  # §§ 45-47 are planned on that meeting


def test_folder_import_one_failure_stops_nothing(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("ts01_malmo_header", "ka02_table_layout", "pr02_kf_utdrag"):
        shutil.copy(CORPUS / f"{name}.txt", folder)
    (folder / "b_broken.txt").write_bytes(b"\x00\x01binary" * 100)
    (folder / "notes.docx").write_bytes(b"PK")
    db_path = tmp_path / "beslut.db"
    result = run(db_path, "import", str(folder))
    assert result.exit_code == 1
    assert "b_broken.txt" in result.output and "binär" in result.output
    assert "notes.docx" in result.output  # skipped, and said so
    lines = result.output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Filer ") and line.endswith("antal"))
    summary = dict(line.rsplit(None, 1) for line in lines[start + 1:]
                   if line and line[-1].isdigit() and not line.startswith(("Fel", "Hoppade")))
    assert summary["importerade"] == "3" and summary["misslyckade"] == "1"
    assert summary["överhoppade filer"] == "1"
    # ts01: one matter; ka02: three matters and its informational item; pr02: one.
    assert len(json.loads(run(db_path, "list", "--json").output)) == 1 + 4 + 1
    again = run(db_path, "import", str(folder))
    assert "oförändrade" in again.output and again.exit_code == 1


def test_named_files_keep_the_all_or_nothing_contract_unless_keep_going(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("Hello, this is a letter in English with no headings at all.\n")
    db_path = tmp_path / "beslut.db"
    result = run(db_path, "import", str(MALMO_SEED), str(bad))
    assert result.exit_code == 1 and not db_path.exists()
    result = run(db_path, "import", "--keep-going", str(MALMO_SEED), str(bad))
    assert result.exit_code == 1
    assert len(json.loads(run(db_path, "list", "--json").output)) == 1


def test_seed_documents_are_the_data_files():
    assert LINKOPING_SEED.parent == DATA and MALMO_SEED.exists()


def test_quality_bench_rows_cover_every_field_and_the_corpus_is_exact():
    from bench.import_quality import FIELDS, rows

    table = rows()
    corpus = [row for row in table if row.figure.startswith("import corpus")]
    assert len(corpus) == len(FIELDS) and all(row.passed for row in corpus)
    assert {row.figure.split(": ")[1] for row in table} == set(FIELDS)


def _summary(output: str) -> dict[str, str]:
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Filer ") and line.endswith("antal"))
    return dict(line.rsplit(None, 1) for line in lines[start + 1:]
                if line and line[-1].isdigit() and not line.startswith(("Fel", "Hoppade")))


@pytest.mark.parametrize("dry_run", [False, True], ids=["import", "dry-run"])
def test_summary_counts_the_matters_and_the_meetings_warnings(tmp_path, dry_run):
    names = ("ts06_truncated", "pr05_two_day", "ka01_ks_kallelse")
    want = 0
    for name in names:
        matters = expected(Path(name))
        want += sum(len(m["warnings"]) for m in matters)
        want += len(matters[0].get("meeting", {}).get("warnings", []))  # once a document, not once a matter
    assert want > 3  # both kinds of warning are in these documents
    result = run(tmp_path / "beslut.db", "import", *(["--dry-run"] if dry_run else []),
                 *(str(CORPUS / f"{name}.txt") for name in names))
    assert result.exit_code == 0, result.output
    assert _summary(result.output)["varningar"] == str(want)


def test_changed_file_does_not_wipe_what_other_documents_added(tmp_path):
    """KS 2018/124 is completed by a kallelse, a protocol and a tjänsteskrivelse. A changed
    protocol (here only its justering date) is merged into that matter like any other
    document about the case; it does not make the matter only what the protocol says.
    A matter only the protocol made (§ 47 without the kallelse) is still updated."""
    db_path = tmp_path / "beslut.db"
    protocol = tmp_path / "pr01_ks_protokoll.txt"
    shutil.copy(CORPUS / "pr01_ks_protokoll.txt", protocol)
    for path in (CORPUS / "ka01_ks_kallelse.txt", protocol, CORPUS / "ts09_page_break.txt"):
        assert run(db_path, "import", str(path)).exit_code == 0
    before = json.loads(run(db_path, "show", "KS 2018/124", "--json").output)
    assert before["planning"][2]["date"] == "2018-03-26" and len(before["recipients"]) > 2 and before["responsible"]
    protocol.write_text(protocol.read_text().replace("Stadshuset 2018-03-19", "Stadshuset 2018-03-18"))
    result = run(db_path, "import", str(protocol))
    assert result.exit_code == 0 and "uppdaterat" in result.output, result.output
    after = json.loads(run(db_path, "show", "KS 2018/124", "--json").output)
    assert after == before

    only_protocol = tmp_path / "only.db"
    shutil.copy(CORPUS / "pr01_ks_protokoll.txt", protocol)
    assert run(only_protocol, "import", str(protocol)).exit_code == 0
    protocol.write_text(protocol.read_text().replace("Yttrande över remiss om regional cykelstrategi",
                                                     "Yttrande över remiss om regional gångstrategi"))
    assert run(only_protocol, "import", str(protocol)).exit_code == 0
    matter = json.loads(run(only_protocol, "show", "KS 2018/31", "--json").output)
    assert matter["title"] == "Yttrande över remiss om regional gångstrategi" and matter["version"] == 2


def test_same_file_name_for_another_meeting_is_another_document(tmp_path):
    """Municipalities name files generically: "protokoll.txt" in one folder per meeting. Two
    protocols of two bodies with one file name, even numbered with the same §§, are two
    documents: neither is taken for a new version of the other, both keep their matters
    and their source. A changed version of either (same name, same meeting) still updates
    its own matters."""
    db_path = tmp_path / "beslut.db"
    ks, bun = tmp_path / "ks" / "protokoll.txt", tmp_path / "bun" / "protokoll.txt"
    ks.parent.mkdir()
    bun.parent.mkdir()
    shutil.copy(CORPUS / "pr01_ks_protokoll.txt", ks)
    bun.write_text((CORPUS / "pr04_bun_runin.txt").read_text(encoding="utf-8")
                   .replace("§ 112", "§ 45").replace("§ 113", "§ 46"), encoding="utf-8")
    assert run(db_path, "import", str(ks)).exit_code == 0
    ks_matters = json.loads(run(db_path, "list", "--json").output)
    result = run(db_path, "import", str(bun))
    assert result.exit_code == 0, result.output
    assert "importerade      1" in result.output and "uppdaterade      0" in result.output
    for matter in ks_matters:  # the KS protocol's matters are as they were, with their source
        shown = json.loads(run(db_path, "show", str(matter["id"]), "--json").output)
        assert shown["version"] == 1 and shown["title"] == matter["title"], shown
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        sources = conn.execute(
            """SELECT s.file_name, b.name, m.date, count(l.id) FROM import_sources s
               JOIN meetings m ON m.id = s.meeting_id JOIN bodies b ON b.id = m.body_id
               JOIN import_matters l ON l.source_id = s.id GROUP BY s.id ORDER BY s.id"""
        ).fetchall()
        assert sources == [("protokoll.txt", "Kommunstyrelsen", "2018-03-14", 3),
                           ("protokoll.txt", "Barn- och utbildningsnämnden", "2020-11-19", 2)]
        assert conn.execute("SELECT count(*) FROM matters").fetchone()[0] == 5
    # A corrected BUN protocol (same name, same meeting) is a new version of that one only.
    bun.write_text(bun.read_text(encoding="utf-8").replace("fastställa budget 2021", "fastställa budget 2021 (rev.)"),
                   encoding="utf-8")
    result = run(db_path, "import", str(bun))
    assert result.exit_code == 0 and "uppdaterade      1" in result.output, result.output
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM import_sources").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM matters").fetchone()[0] == 5


@pytest.mark.parametrize("first, second", [("ts01_malmo_header", "ts06_truncated"),
                                           ("ts06_truncated", "ts01_malmo_header")],
                         ids=["numbered first", "unnumbered first"])
def test_same_file_name_without_a_case_number_is_another_document(tmp_path, first, second):
    """Two tjänsteskrivelser named alike, one without a case number: the one whose case the
    text does not tell is not taken for a new version of the other (which would overwrite
    that matter with another case); both are imported, the first as it was."""
    db_path = tmp_path / "beslut.db"
    paths = []
    for folder, name in (("a", first), ("b", second)):
        path = tmp_path / folder / "tjansteskrivelse.txt"
        path.parent.mkdir()
        shutil.copy(CORPUS / f"{name}.txt", path)
        paths.append(path)
    assert run(db_path, "import", str(paths[0])).exit_code == 0
    before = json.loads(run(db_path, "show", "1", "--json").output)
    result = run(db_path, "import", str(paths[1]))
    assert result.exit_code == 0 and "importerade      1" in result.output, result.output
    assert json.loads(run(db_path, "show", "1", "--json").output) == before
    titles = [m["title"] for m in json.loads(run(db_path, "list", "--json").output)]
    assert sorted(titles) == sorted(expected(Path(name))[0]["title"] for name in (first, second))


def test_same_file_name_for_two_kinds_that_say_nothing_more_is_two_documents(tmp_path):
    """A kallelse without its date and a tjänsteskrivelse without a case number, both
    "dokument.txt": neither tells what it is about, and still the one is not a version of
    the other (the second would have 'updated' the kallelse's matters away)."""
    db_path = tmp_path / "beslut.db"
    kallelse, skrivelse = tmp_path / "a" / "dokument.txt", tmp_path / "b" / "dokument.txt"
    kallelse.parent.mkdir()
    skrivelse.parent.mkdir()
    kallelse.write_text("".join(line for line in (CORPUS / "ka01_ks_kallelse.txt").read_text(encoding="utf-8")
                                .splitlines(keepends=True) if not line.startswith("Tid:")), encoding="utf-8")
    shutil.copy(CORPUS / "ts06_truncated.txt", skrivelse)
    assert run(db_path, "import", str(kallelse)).exit_code == 0
    before = json.loads(run(db_path, "list", "--json").output)
    result = run(db_path, "import", str(skrivelse))
    assert result.exit_code == 0 and "importerade      1" in result.output, result.output
    assert "finns inte längre" not in result.output
    after = json.loads(run(db_path, "list", "--json").output)
    assert after[:len(before)] == before and len(after) == len(before) + 1


def test_an_item_gone_from_a_new_version_is_reported_and_its_matter_kept(tmp_path):
    """A corrected protocol without § 47: the import says so (and keeps saying so), the
    matter stays in the archive with its history, and where it came from stays on record."""
    import sqlite3

    db_path = tmp_path / "beslut.db"
    protocol = tmp_path / "protokoll.txt"
    shutil.copy(CORPUS / "pr01_ks_protokoll.txt", protocol)
    assert run(db_path, "import", str(protocol)).exit_code == 0
    gone = json.loads(run(db_path, "show", "KS 2018/31", "--json").output)
    text = protocol.read_text(encoding="utf-8")
    protocol.write_text(text[:text.index("§ 47")], encoding="utf-8")
    for _ in range(2):  # and again unchanged: said once more, recorded once
        result = run(db_path, "import", str(protocol))
        assert result.exit_code == 0, result.output
        expected = (f"protokoll.txt: § 47 finns inte längre i dokumentet; ärende {gone['id']} ({gone['title']}) "
                    "är kvar i arkivet")
        assert expected in result.output
        protocol.write_text(protocol.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    kept = json.loads(run(db_path, "show", "KS 2018/31", "--json").output)
    assert kept.pop("warnings") == [expected.split(": ", 1)[1]]  # the matter itself says so too
    assert {k: v for k, v in kept.items() if k != "source"} == {
        k: v for k, v in gone.items() if k not in ("warnings", "source")}
    with sqlite3.connect(db_path) as conn:
        [(notes,)] = conn.execute("SELECT notes FROM import_sources").fetchall()
        links = conn.execute("SELECT item, matter_id, warnings FROM import_matters ORDER BY position").fetchall()
    assert any(n.startswith("§ 47 finns inte längre") for n in json.loads(notes))
    assert [item for item, _, _ in links] == ["§ 45", "§ 46", "§ 47"] and links[2][1] == gone["id"]
    assert [w for w in json.loads(links[2][2]) if "finns inte längre" in w] == [expected.split(": ", 1)[1]]


def test_the_same_version_again_lists_only_its_own_items(tmp_path):
    """A version without § 47, imported twice: the second run is 'oförändrat' and names
    the two matters the file now holds, not the one it no longer has."""
    db_path = tmp_path / "beslut.db"
    protocol = tmp_path / "protokoll.txt"
    shutil.copy(CORPUS / "pr01_ks_protokoll.txt", protocol)
    assert run(db_path, "import", str(protocol)).exit_code == 0
    text = protocol.read_text(encoding="utf-8")
    protocol.write_text(text[:text.index("§ 47")], encoding="utf-8")
    assert run(db_path, "import", str(protocol)).exit_code == 0
    result = run(db_path, "import", str(protocol))
    assert result.exit_code == 0 and "oförändrade      1" in result.output, result.output
    assert [line for line in result.output.splitlines() if "oförändrat som ärende" in line] == [
        "protokoll.txt: oförändrat som ärende 1: Budgetramar för 2019 års nämndbudgetar",
        "protokoll.txt: oförändrat som ärende 2: Motion om fler laddstolpar vid förskolor",
    ]


def test_a_renumbered_item_is_not_reported_gone(tmp_path):
    """A new version that numbers § 47 as § 48 still has its matter (found by its case
    number): nothing is said to be gone, and the matter gets no such warning."""
    import sqlite3

    db_path = tmp_path / "beslut.db"
    protocol = tmp_path / "protokoll.txt"
    shutil.copy(CORPUS / "pr01_ks_protokoll.txt", protocol)
    assert run(db_path, "import", str(protocol)).exit_code == 0
    protocol.write_text(protocol.read_text(encoding="utf-8").replace("§ 47 Dnr", "§ 48 Dnr"), encoding="utf-8")
    result = run(db_path, "import", str(protocol))
    assert result.exit_code == 0 and "uppdaterade      1" in result.output, result.output
    assert "finns inte längre" not in result.output
    matter = json.loads(run(db_path, "show", "KS 2018/31", "--json").output)
    assert matter["warnings"] == []
    with sqlite3.connect(db_path) as conn:
        [(notes,)] = conn.execute("SELECT notes FROM import_sources").fetchall()
        links = conn.execute("SELECT item, matter_id FROM import_matters ORDER BY position").fetchall()
    assert json.loads(notes) == []
    assert links == [("§ 45", 1), ("§ 46", 2), ("§ 48", matter["id"])]


def test_a_repeated_item_number_in_a_new_version_updates_its_own_matter(tmp_path):
    """A protocol that numbers two items alike (§ 46 twice) is stored as "§ 46" and "§ 46#";
    its new version finds each item's matter by that key, so the second § 46 updates its own
    matter, not the first one's."""
    db_path = tmp_path / "beslut.db"
    protocol = tmp_path / "protokoll.txt"
    protocol.write_text((CORPUS / "pr01_ks_protokoll.txt").read_text(encoding="utf-8")
                        .replace("§ 47 Dnr KS 2018/31", "§ 46 Dnr KS 2018/31"), encoding="utf-8")
    assert run(db_path, "import", str(protocol)).exit_code == 0
    first = json.loads(run(db_path, "show", "KS 2017/215", "--json").output)
    protocol.write_text(protocol.read_text(encoding="utf-8").replace("regional cykelstrategi", "regional gångstrategi"),
                        encoding="utf-8")
    result = run(db_path, "import", str(protocol))
    assert result.exit_code == 0 and "uppdaterat" in result.output, result.output
    assert "finns inte längre" not in result.output
    second = json.loads(run(db_path, "show", "KS 2018/31", "--json").output)
    assert second["title"] == "Yttrande över remiss om regional gångstrategi" and second["version"] == 2
    unchanged = json.loads(run(db_path, "show", "KS 2017/215", "--json").output)
    assert unchanged.pop("source")["checksum"] != first.pop("source")["checksum"]  # the file's new version
    assert unchanged == first
    assert len(json.loads(run(db_path, "list", "--json").output)) == 3


def test_migration_8_keeps_every_source_and_keys_it_as_the_importer_does(tmp_path):
    """An archive imported before m008 (file names unique, no document key) keeps every
    source and every link to its matters, and gets the keys the importer gives now."""
    import sqlite3

    from archive.schema import IMPORT_SOURCES_SQL

    db_path = tmp_path / "beslut.db"
    for name in ("ka01_ks_kallelse", "pr01_ks_protokoll", "pr04_bun_runin", "ts09_page_break", "ts06_truncated"):
        assert run(db_path, "import", str(CORPUS / f"{name}.txt")).exit_code == 0
    sources_sql = "SELECT id, file_name, document_key, checksum, kind, meeting_id, warnings, notes FROM import_sources"
    with sqlite3.connect(db_path) as conn:
        sources = conn.execute(sources_sql + " ORDER BY id").fetchall()
        links = conn.execute("SELECT * FROM import_matters ORDER BY id").fetchall()
        keys = [key for _, _, key, *_ in sources]
        assert {key.split("|")[0] for key in keys} == {"kallelse", "protokoll", "tjänsteskrivelse"}
        assert "tjänsteskrivelse|" in keys and any(key.startswith("tjänsteskrivelse|KS ") for key in keys)
        # Back to the tables as m007 made them, with these rows; then m008 again.
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DROP TABLE import_matters")
        conn.execute("DROP TABLE import_sources")
        for statement in IMPORT_SOURCES_SQL.split(";"):
            if statement.strip() and not statement.strip().startswith("INSERT"):
                conn.execute(statement)
        conn.executemany("INSERT INTO import_sources (id, file_name, checksum, kind, meeting_id, warnings, notes)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?)", [(i, f, c, k, m, w, n) for i, f, _, c, k, m, w, n in sources])
        conn.executemany("INSERT INTO import_matters VALUES (?, ?, ?, ?, ?, ?)", links)
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm008_import_document_key'")
        conn.execute("PRAGMA user_version = 7")
    from archive import open_archive

    archive = open_archive(db_path)
    assert archive.execute(sources_sql + " ORDER BY id").fetchall() == sources
    assert archive.execute("SELECT * FROM import_matters ORDER BY id").fetchall() == links
    assert archive.execute("PRAGMA foreign_key_check").fetchall() == []
    archive.close()


def test_same_case_number_from_another_municipality_is_refused(tmp_path):
    """A case number is unique in the archive; another municipality's document with the same
    number is another case: refused (exit 1, file and field named), archive unchanged."""
    db_path = tmp_path / "beslut.db"
    assert run(db_path, "import", str(CORPUS / "ts01_malmo_header.txt")).exit_code == 0
    other = tmp_path / "uppsala.txt"
    other.write_text((CORPUS / "ts01_malmo_header.txt").read_text()
                     .replace("Malmö stads", "Uppsala kommuns").replace("Malmö stad", "Uppsala kommun"))
    before = changes(db_path)
    result = run(db_path, "import", str(other))
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Fel: {other.name}: fält case_number: diarienummer STK-2024-0655 finns redan för ärende 1 i Malmö "
        "('Riktlinjer för Malmö stads arbete med lokal demokrati'); detta dokument gäller Uppsala")
    assert changes(db_path) == before
    assert len(json.loads(run(db_path, "list", "--json").output)) == 1
    assert json.loads(run(db_path, "show", "1", "--json").output)["municipality"] == "Malmö"


@pytest.mark.parametrize("old, new, approved, notice, warning", [
    ("Paragrafer §§ 45-47", "Protokollet justerades 2018-03-21\nParagrafer §§ 45-47", None, "2018-03-20",
     "rad 8, meeting.approved_on: flera datum för justering (2018-03-19, 2018-03-21); inget valt"),
    ("anslaget sätts upp: 2018-03-20", "anslaget sätts upp: 2018-03-10", "2018-03-19", None,
     "rad 15, meeting.notice_posted_on: anslag 2018-03-10 före 2018-03-19; lämnas tomt"),
    ("Stadshuset 2018-03-19", "Stadshuset tisdag 19 mars 2018", None, "2018-03-20",
     "rad 8, meeting.approved_on: 'tisdag 19 mars 2018': 2018-03-19 är en måndag, inte tisdag"),
], ids=["two approval dates", "notice before approval", "wrong weekday"])
def test_unclear_approval_and_notice_dates_stay_empty_with_a_warning(tmp_path, old, new, approved, notice, warning):
    text = (CORPUS / "pr01_ks_protokoll.txt").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "protokoll.txt"
    path.write_text(text.replace(old, new), encoding="utf-8")
    result = run(tmp_path / "beslut.db", "import", str(path), "--dry-run", "--json")
    assert result.exit_code == 0, result.output
    meeting = json.loads(result.output)[0]["meeting"]
    assert (meeting["date"], meeting["approved_on"], meeting["notice_posted_on"]) == ("2018-03-14", approved, notice)
    assert meeting["warnings"] == [warning]

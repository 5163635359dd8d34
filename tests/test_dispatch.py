"""archive.dispatch: recipients from the directory and lists, expediering, lists."""

from __future__ import annotations

import pytest

from archive.demo import build_demo
from archive.dispatch import (
    add_distribution_list,
    add_list_member,
    add_recipients,
    addressee_by_label,
    create_list,
    distribution_lists,
    find_addressees,
    list_members,
    mark_dispatched,
    move_recipient,
    remove_list_member,
    remove_recipient,
    rename_list,
    save_addressee,
)
from archive.errors import InvalidValue, NotFound, StaleEdit
from archive.matters import get_matter


@pytest.fixture
def demo(archive):
    list(build_demo(archive))
    ids = dict(archive.execute("SELECT municipality, id FROM matters").fetchall())
    return archive, ids["Linköping"], ids["Malmö"]


def names(archive, matter_id):
    return [(r.name, r.sent_on) for r in get_matter(archive, matter_id).recipients]


def test_completion_finds_by_any_part_prefix_first(demo):
    archive, _, _ = demo
    found = [a.label for a in find_addressees(archive, "stend")]
    assert found == ["EU strateg, Daniel Stendahl"]
    found = [a.name for a in find_addressees(archive, "malmö", limit=50)]
    assert found[0].startswith("Malmö") and "Parkeringsövervakning i Malmö AB" in found
    assert addressee_by_label(archive, "EU strateg, Daniel Stendahl").name == "Daniel Stendahl"


def test_add_list_then_dispatch_all(demo):
    archive, linkoping, _ = demo
    before = len(get_matter(archive, linkoping).recipients)
    version = get_matter(archive, linkoping).version
    added = add_distribution_list(archive, linkoping, "Alla nämnder", expected_version=version)
    members = list_members(archive, "Alla nämnder")
    assert added == len(members) and added > 10
    assert len(get_matter(archive, linkoping).recipients) == before + added
    # Adding again adds nobody twice.
    assert add_distribution_list(archive, linkoping, "Alla nämnder") == 0
    marked = mark_dispatched(archive, linkoping, on="2024-09-02")
    assert marked == before + added
    assert {sent for _, sent in names(archive, linkoping)} == {"2024-09-02"}
    rows = archive.execute(
        "SELECT count(*) FROM changes WHERE table_name = 'recipients' AND action = 'update' AND matter_id = ?",
        (linkoping,)).fetchone()[0]
    assert rows == marked
    assert mark_dispatched(archive, linkoping, on="3 sep 2024") == 0  # nothing left unmarked


def test_one_by_one_reorder_remove(demo):
    archive, linkoping, _ = demo
    person = save_addressee(archive, "Anna Berg", "Registrator")
    add_recipients(archive, linkoping, [person])
    assert [n for n, _ in names(archive, linkoping)] == ["Kommunstyrelsen", "Daniel Stendahl", "Anna Berg"]
    move_recipient(archive, linkoping, 3, 1)
    assert [n for n, _ in names(archive, linkoping)] == ["Anna Berg", "Kommunstyrelsen", "Daniel Stendahl"]
    mark_dispatched(archive, linkoping, [2], on="240902")
    assert names(archive, linkoping)[1] == ("Kommunstyrelsen", "2024-09-02")
    with pytest.raises(InvalidValue, match="expedierades"):
        remove_recipient(archive, linkoping, 2)
    remove_recipient(archive, linkoping, 1)
    assert [n for n, _ in names(archive, linkoping)] == ["Kommunstyrelsen", "Daniel Stendahl"]
    with pytest.raises(StaleEdit):
        remove_recipient(archive, linkoping, 2, expected_version=1)
    with pytest.raises(NotFound):
        mark_dispatched(archive, linkoping, [9], on="2024-09-02")


def test_distribution_lists_create_rename_members(demo):
    archive, _, _ = demo
    create_list(archive, "Revisionen")
    with pytest.raises(InvalidValue, match="redan"):
        create_list(archive, "Revisionen")
    person = save_addressee(archive, "Anna Berg", "Revisor")
    assert add_list_member(archive, "Revisionen", person) is True
    assert add_list_member(archive, "Revisionen", person) is False
    rename_list(archive, "Revisionen", "Revisorerna")
    assert [m.label for m in list_members(archive, "Revisorerna")] == ["Revisor, Anna Berg"]
    remove_list_member(archive, "Revisorerna", person)
    assert list_members(archive, "Revisorerna") == []
    assert "Revisorerna" in [entry.name for entry in distribution_lists(archive)]
    logged = archive.execute("SELECT count(*) FROM changes WHERE table_name LIKE 'distribution_list%'").fetchone()[0]
    assert logged >= 4

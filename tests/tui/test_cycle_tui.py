"""Issue 15 through the TUI at 80x24 (Pilot): from F3, the meeting's föredragningslista,
the kallelse preview, the proposal taken as the decision with one key, justering, and
the expediering to a real SMTP server with the outbox shown afterwards."""

from __future__ import annotations

import io

import pytest
import tui_sample as sample
from pypdf import PdfReader
from test_workflows import make_app, open_meetings, settle
from textual.widgets import DataTable, Static

from archive.addressee_import import set_email
from archive.dispatch import find_addressees
from tests.smtp_server import smtp_server
from tui.dialogs import FormDialog
from tui.meeting_cycle import MeetingCycleScreen
from tui.rowlist import RowList

KF = "Kommunfullmäktige"
DECISION = "Kommunfullmäktige godkänner reviderad policy för Malmö stads internationella arbete."
ADDRESSES = {"Fritidsnämnden": "fritid@malmo.example", "Kulturnämnden": "kultur@malmo.example",
             "Boplats Syd AB": "boplats@malmo.example"}


def rows(table: DataTable) -> list[list[str]]:
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


async def type_into_dialog(pilot, *values: str) -> None:
    """Type each value into the dialog's fields in order (Tab between), then save."""
    assert isinstance(pilot.app.screen, FormDialog)
    for n, value in enumerate(values):
        if n:
            await pilot.press("tab")
        if value:
            await pilot.press(*value)
    await pilot.press("ctrl+s")
    await settle(pilot)


@pytest.fixture
def malmo_seed(archive):
    """The Malmö seed document itself, imported, and Kommunfullmäktige's 2024 plan."""
    from archive.importing import import_files, parse_files
    from archive.meetings import generate
    from tests.conftest import MALMO_SEED

    import_files(archive, parse_files([MALMO_SEED]))
    generate(archive, KF, "FREQ=MONTHLY;BYDAY=-1TH", "2024-01-01", "2024-12-31", start_time="18:00",
             location="Rådhuset", municipality="Malmö")
    return archive


async def test_the_meeting_cycle_from_f3_at_80x24(malmo_seed):
    archive = malmo_seed
    for addressee in find_addressees(archive, "", limit=1000):
        if addressee.name in ADDRESSES:
            set_email(archive, addressee.id, ADDRESSES[addressee.name])
    with smtp_server() as (address, server):
        async with make_app(archive).run_test(size=(80, 24)) as pilot:
            await open_meetings(pilot, KF, "2024-08-29")
            await pilot.press("p")
            await settle(pilot)
            screen = pilot.app.screen
            assert isinstance(screen, MeetingCycleScreen)
            agenda = rows(screen.query_one("#agenda-items", DataTable))
            assert [r[2] for r in agenda] == ["Upprop", "Val av justerare", "Godkännande av dagordningen",
                                              sample.MALMO_TITLE, "Anmälan av delegationsbeslut", "Meddelanden"]

            await pilot.press("2")
            await settle(pilot)
            preview = str(screen.query_one("#kallelse-text", Static).render())
            assert "Kungörelse" in preview and "Rådhuset" in preview and DECISION in preview

            await pilot.press("3")
            await settle(pilot)
            protocol_table = screen.query_one("#protocol-items", DataTable)
            assert [r[0] for r in rows(protocol_table)] == [f"§ {n}" for n in range(1, 7)]
            protocol_table.move_cursor(row=3)
            await pilot.press("a")
            await settle(pilot)
            assert rows(protocol_table)[3] == ["§ 4", sample.MALMO_TITLE, "beslutat"]

            await pilot.press("j")
            await settle(pilot)
            await type_into_dialog(pilot, "240903", "Anna Berg, Per Holm", "4 sep 2024", "Stadskontoret")
            assert "justerat 2024-09-03" in str(screen.query_one("#cycle-head", Static).render())

            await pilot.press("4")
            await settle(pilot)
            await pilot.press("x")
            await settle(pilot)
            await type_into_dialog(pilot, "", "registrator@malmo.example")  # the SMTP field is filled below
            assert isinstance(pilot.app.screen, FormDialog)  # refused: no SMTP server given
            assert "SMTP" in str(pilot.app.screen.query_one("#dialog-error", Static).render())
            pilot.app.screen.query_one("#field-smtp").value = address
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert pilot.app.screen is screen
            shown = str(screen.query_one("#expediering-text", Static).render())
            assert "Skickade: 3" in shown and "Utan e-postadress (papper): 24" in shown

    assert sorted(to[0] for to, _ in server.messages) == sorted(ADDRESSES.values())
    for _to, message in server.messages:
        [pdf] = list(message.iter_attachments())
        text = " ".join(PdfReader(io.BytesIO(pdf.get_content())).pages[0].extract_text().split())
        assert "§ 4" in text and f"Beslut 1. {DECISION}" in text and "Justerat 3 september 2024" in text
    sent = archive.query("SELECT count(*) AS n FROM recipients WHERE matter_id = 1 AND sent_on = ?",
                         (sample.TODAY.isoformat(),))
    assert sent == [{"n": 3}]


async def test_aterremiss_from_the_protocol_shows_the_new_step_in_historik(planned):
    from tui.matter_view import MatterScreen

    archive, ids = planned
    async with make_app(archive).run_test(size=(80, 24)) as pilot:
        await open_meetings(pilot, KF, "2024-08-29")
        await pilot.press("p")
        await settle(pilot)
        screen = pilot.app.screen
        await pilot.press("3")
        await settle(pilot)
        screen.query_one("#protocol-items", DataTable).move_cursor(row=3)
        await pilot.press("r")
        await settle(pilot)
        assert rows(screen.query_one("#protocol-items", DataTable))[3] == ["§ 4", sample.MALMO_TITLE, "återremitterat"]
        pilot.app.open_matter(ids["Malmö"])
        await settle(pilot)
        assert isinstance(pilot.app.screen, MatterScreen)
        await pilot.press("7")
        await settle(pilot)
        history = pilot.app.screen.query_one("#history-table", RowList)
        shown = [[str(v) for v in history.get_row_at(i)] for i in range(history.row_count)]
        said = [r[2] for r in shown]
        assert "Kommunfullmäktige: steg 4 tillagt, beslutar 26 sep 2024 (beslutande steg)" in said, said[:6]
        assert "Kommunfullmäktige: återremitterat 29 aug 2024; inte längre beslutande steg" in said, said[:6]
        assert ("§ 4 Kommunfullmäktige 2024-08-29: återremiss ”Ärendet återremitteras.”; "
                "ett nytt steg i beslutsplaneringen") in said, said[:6]


async def test_f4_gives_an_addressee_its_email_and_refuses_one_that_is_none(planned):
    archive, _ids = planned
    async with make_app(archive).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        await pilot.press("slash", *"Kulturn")
        await settle(pilot)
        table = pilot.app.screen.query_one("#directory-table", RowList)
        assert str(table.get_row_at(0)[0]) == "Kulturnämnden"
        table.focus()
        await pilot.press("e")
        await settle(pilot)
        await type_into_dialog(pilot, "kultur.malmo")
        dialog = pilot.app.screen
        assert isinstance(dialog, FormDialog)
        assert "ingen e-postadress" in str(dialog.query_one("#dialog-error", Static).render())
        dialog.query_one("#field-email").value = "kultur@malmo.example"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(pilot.app.screen, FormDialog)
    assert archive.query("SELECT email FROM addressees WHERE name = 'Kulturnämnden'") == [
        {"email": "kultur@malmo.example"}]
    logged = archive.query("SELECT actor FROM changes WHERE table_name = 'addressees' AND action = 'update'"
                           " AND json_extract(after, '$.email') = 'kultur@malmo.example'")
    assert logged == [{"actor": "testare"}]


async def test_a_matter_moves_to_a_later_meeting_from_the_agenda(planned):
    from tui.dialogs import ChoiceDialog

    archive, ids = planned
    async with make_app(archive).run_test(size=(80, 24)) as pilot:
        await open_meetings(pilot, KF, "2024-08-29")
        await pilot.press("p")
        await settle(pilot)
        screen = pilot.app.screen
        screen.query_one("#agenda-items", DataTable).move_cursor(row=3)
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ChoiceDialog)
        await pilot.press("enter")  # the first later meeting: 2024-09-26
        await settle(pilot)
        assert pilot.app.screen is screen
        assert sample.MALMO_TITLE not in [r[2] for r in rows(screen.query_one("#agenda-items", DataTable))]
    step = archive.query("SELECT date FROM planning_steps WHERE matter_id = ? AND position = 3", (ids["Malmö"],))
    assert step == [{"date": "2024-09-26"}]

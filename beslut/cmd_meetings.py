"""`beslut meetings ...`: meeting plans (sammanträdesplaner). Thin: parses options,
calls archive.meetings, prints."""

from __future__ import annotations

import click

from archive.model import HOLIDAY_POLICIES, HOLIDAY_POLICIES_SV, RECORDED_STATES, count
from beslut.common import DATE, municipality_option, pass_state, print_json


@click.group()
def meetings():
    """Sammanträdesplaner: varje organs sammanträden under ett år."""


@meetings.command()
@click.option("--body", required=True, help="Organet, t.ex. Kommunstyrelsen; läggs till om det är nytt.")
@click.option("--rule", required=True,
              help='Upprepningsregel (RRULE enligt RFC 5545), t.ex. "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE".')
@click.option("--from", "start", required=True, type=DATE, help="Första dagen; regeln räknar från den.")
@click.option("--to", "end", required=True, type=DATE, help="Sista dagen (tas med).")
@click.option("--time", "start_time", help="Starttid, TT:MM.")
@click.option("--location", help="Var sammanträdena hålls.")
@click.option("--skip-month", "skip_months", type=click.IntRange(1, 12), multiple=True,
              help="En månad (1-12) utan sammanträden; upprepa flaggan för flera.")
@click.option("--holidays", type=click.Choice(HOLIDAY_POLICIES), default="skip", show_default=True,
              help="Ett datum enligt regeln som inte är en arbetsdag hoppas över eller flyttas till nästa "
                   "arbetsdag ("
                   + ", ".join(f"{policy}: {label}" for policy, label in HOLIDAY_POLICIES_SV.items()) + ").")
@municipality_option
@click.option("--json", "as_json", is_flag=True, help="Rapporten som JSON.")
@pass_state
def generate(state, body, rule, start, end, start_time, location, skip_months, holidays, municipality, as_json):
    """Skapa ett organs sammanträden utifrån en upprepningsregel. Körs det igen läggs
    inget till två gånger.

    Allmänna helgdagar, midsommarafton, julafton, nyårsafton, lördagar och söndagar får aldrig
    något sammanträde.

    Exempel:

    \b
        beslut meetings generate --body Kommunstyrelsen --rule "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"
            --from 2025-01-08 --to 2025-12-31 --skip-month 7 --holidays next-weekday

    \b
        beslut meetings generate --body Kommunfullmäktige --rule "FREQ=MONTHLY;BYDAY=-1TH"
            --from 2025-01-01 --to 2025-12-31 --time 18:00
    """
    from archive.meetings import generate as run

    report = run(
        state.archive(), body, rule, start, end, start_time=start_time, location=location,
        skip_months=skip_months, holidays=holidays, municipality=municipality,
    )
    if as_json:
        print_json(report.to_json())
        return
    for date in report.created:
        click.echo(f"{report.body}\t{date}")
    for _plan_date, date, why in report.moved:
        click.echo(f"  {date}: {why}", err=True)
    for plan_date, why in report.skipped:
        click.echo(f"  {plan_date}: {why}", err=True)
    click.echo(
        f"{count(len(report.created), 'nytt sammanträde', 'nya sammanträden')}, {len(report.existing)} fanns redan, "
        f"{len(report.skipped)} överhoppade", err=True,
    )


@meetings.command(name="list")
@click.option("--body", help="Bara det här organets sammanträden.")
@click.option("--year", type=int, help="Bara sammanträden det här året.")
@municipality_option
@click.option("--json", "as_json", is_flag=True, help="En JSON-lista i stället för en tabell.")
@pass_state
def list_(state, body, year, municipality, as_json):
    """Lista sammanträden i datumordning: organ, datum, tid, plats, status, justering och anslag.

    Exempel:

    \b
        beslut meetings list --body Kommunstyrelsen --year 2025
    """
    from archive.meetings import list_meetings
    from archive.model import MEETING_STATES_SV

    rows = list_meetings(state.archive(), body=body, year=year, municipality=municipality)
    if as_json:
        print_json([row.to_json() for row in rows])
        return
    for m in rows:
        extra = ""
        if m.approved_on:
            extra += f"\tjusterat {m.approved_on}"
        if m.notice_posted_on:
            extra += f"\tanslaget {m.notice_posted_on}"
        if m.marker:
            extra += f"\tmärkt {m.marker} i sammanträdesplanen"
        if m.year_inferred:
            extra += "\tåret härlett ur veckodagarna"
        click.echo(f"{m.body}\t{m.date}\t{m.start_time or ''}\t{m.location or ''}\t{MEETING_STATES_SV[m.state]}{extra}")


class MoveTarget(click.ParamType):
    """`next` (the body's next meeting that is not cancelled) or a date."""

    name = "DATE|next"

    def convert(self, value, param, ctx):
        if isinstance(value, str) and value.strip().lower() in ("next", "nästa"):
            return "next"
        return DATE.convert(value, param, ctx)


confirm_order_option = click.option(
    "--confirm-order", is_flag=True,
    help="Flytta även när ett steg då hamnar före ett tidigare steg i sitt ärende (utan flaggan "
         "listas sådana steg och inget flyttas).",
)


def _order_refusal(error) -> click.ClickException:
    lines = [f"{len(error.problems)} steg skulle hamna före ett tidigare steg i sitt ärende:"]
    lines += [f"  {p.case_number or 'ärende ' + str(p.matter_id)} {p.title}: {p.message}" for p in error.problems]
    lines.append("Inget ändrades. Kör igen med --confirm-order för att flytta ändå.")
    return click.ClickException("\n".join(lines))


@meetings.command()
@click.option("--body", required=True, help="Organet vars sammanträde det är.")
@click.argument("date", type=DATE)
@click.option("--move-to", type=MoveTarget(),
              help="Flytta sammanträdets steg i beslutsplaneringen till organets sammanträde den här "
                   "dagen, eller 'next' (organets nästa sammanträde som inte är inställt).")
@confirm_order_option
@municipality_option
@pass_state
def cancel(state, body, date, move_to, confirm_order, municipality):
    """Ställ in ett sammanträde; med --move-to flyttas dess steg i beslutsplaneringen till ett
    annat sammanträde.

    Utan --move-to ligger stegen kvar på det inställda sammanträdet och visas av `beslut check`.
    Ett sammanträde som har hållits, eller vars steg redan har ett utfall, ställs inte in.

    Exempel:

    \b
        beslut meetings cancel --body Kommunstyrelsen 2025-03-05
        beslut meetings cancel --body Kommunstyrelsen 2025-03-05 --move-to next
    """
    from archive.meetings import OrderConfirmationNeeded, cancel_meeting, get_meeting
    from archive.model import count

    archive = state.archive()
    meeting = get_meeting(archive, body, date, municipality)
    try:
        result = cancel_meeting(archive, meeting.id, move_to=move_to, confirm_order=confirm_order)
    except OrderConfirmationNeeded as error:
        raise _order_refusal(error) from None
    line = f"{result.meeting.body} {result.meeting.date}: inställt"
    if result.moved_to:
        line += f" ({count(result.moved, 'steg', 'steg')} i beslutsplaneringar flyttade till {result.moved_to})"
    click.echo(line)


@meetings.command()
@click.option("--body", required=True, help="Organet vars sammanträde det är.")
@click.argument("date", type=DATE)
@click.argument("new_date", type=DATE)
@click.option("--force", is_flag=True, help="Flytta även till en dag som inte är en arbetsdag.")
@confirm_order_option
@municipality_option
@pass_state
def move(state, body, date, new_date, force, confirm_order, municipality):
    """Flytta ett sammanträde till NEW_DATE; stegen i beslutsplaneringen på det följer med.

    Exempel:

    \b
        beslut meetings move --body Kommunstyrelsen 2025-03-05 2025-03-06
    """
    from archive.meetings import OrderConfirmationNeeded, get_meeting, move_meeting

    archive = state.archive()
    meeting = get_meeting(archive, body, date, municipality)
    try:
        result = move_meeting(archive, meeting.id, new_date, force=force, confirm_order=confirm_order)
    except OrderConfirmationNeeded as error:
        raise _order_refusal(error) from None
    click.echo(f"{result.meeting.body} {date.isoformat()} -> {result.meeting.date} "
               f"({result.moved} steg i beslutsplaneringar flyttade)")


@meetings.command()
@click.option("--body", required=True, help="Organet vars sammanträde det är.")
@click.argument("date", type=DATE)
@click.option("--approved-on", type=DATE, help="Dagen då protokollet justerades (sammanträdet blir då hållet).")
@click.option("--notice-on", type=DATE, help="Dagen då justeringen anslogs på anslagstavlan.")
@click.option("--state", "new_state", type=click.Choice(RECORDED_STATES), help="Sammanträdets status.")
@municipality_option
@pass_state
def record(state, body, date, approved_on, notice_on, new_state, municipality):
    """Registrera vad som har hänt: kallat, hållet, dag för justering och för anslag.

    `beslut check` jämför sedan dagarna med lagens frister.

    Exempel:

    \b
        beslut meetings record --body Kommunstyrelsen 2025-03-05 --approved-on 2025-03-12 --notice-on 2025-03-13
    """
    from archive.deadlines import appeal_last_day
    from archive.meetings import record as run

    meeting = run(state.archive(), body, date, approved_on=approved_on, notice_posted_on=notice_on,
                  state=new_state, municipality=municipality)
    line = f"{meeting.body} {meeting.date}: {meeting.state}"
    if meeting.approved_on:
        line += f", justerat {meeting.approved_on}"
    if meeting.notice_posted_on:
        line += f", anslaget {meeting.notice_posted_on}"
        line += f", sista dag för överklagande {appeal_last_day(meeting.notice_posted_on)}"
    click.echo(line)


@meetings.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--body", help="Organet, när filen saknar kolumnen Organ.")
@municipality_option
@click.option("--force", is_flag=True, help="Importera även datum som inte är arbetsdagar.")
@click.option("--json", "as_json", is_flag=True, help="Rapporten som JSON.")
@pass_state
def import_(state, file, body, municipality, force, as_json):
    """Importera en sammanträdesplan som förs i Excel och sparats som CSV (semikolon eller
    komma; UTF-8 eller Windows-1252).

    Rubrikraden namnger kolumnerna: Datum (krävs), Organ (eller --body), Tid, Plats och
    Kommun. Datum får skrivas på alla vanliga svenska sätt. Importeras filen igen läggs
    inget till två gånger.

    Exempel:

    \b
        beslut meetings import sammantradesplan-2025.csv --body Kommunstyrelsen
    """
    from archive.meetings import import_csv

    report = import_csv(state.archive(), file, body=body, municipality=municipality, force=force)
    if as_json:
        print_json(report.to_json())
        return
    for name, date in report.created:
        click.echo(f"{name}\t{date}\tny")
    for name, date in report.updated:
        click.echo(f"{name}\t{date}\tändrad")
    click.echo(
        f"{count(len(report.created), 'nytt', 'nya')}, {count(len(report.updated), 'ändrat', 'ändrade')}, "
        f"{count(len(report.unchanged), 'oförändrat', 'oförändrade')} "
        f"({report.encoding}, '{report.delimiter}')", err=True,
    )


@meetings.command(name="lead-time")
@click.option("--body", required=True, help="Organet.")
@click.option("--documents", type=click.IntRange(0, 100),
              help="Handlingarna ska vara klara så många arbetsdagar före sammanträdet.")
@click.option("--call", type=click.IntRange(0, 100),
              help="Kallelsen går ut så många dagar före sammanträdet (fullmäktige: minst 7).")
@municipality_option
@pass_state
def lead_time(state, body, documents, call, municipality):
    """Ange ett organs lokala framförhållning enligt reglementet, som `beslut due` räknar med.

    Exempel:

    \b
        beslut meetings lead-time --body Kommunstyrelsen --documents 15 --call 5
    """
    from archive.deadlines import DEFAULT_DOCUMENTS_LEAD_DAYS, call_lead_days
    from archive.meetings import set_lead_times

    row = set_lead_times(state.archive(), body, documents=documents, call=call, municipality=municipality)
    documents_days = row["documents_lead_days"]
    if documents_days is None:
        documents_days = DEFAULT_DOCUMENTS_LEAD_DAYS
    click.echo(
        f"{row['name']}: handlingar {documents_days} arbetsdagar före, "
        f"kallelse {call_lead_days(row['kind'], row['call_lead_days'])} dagar före"
    )

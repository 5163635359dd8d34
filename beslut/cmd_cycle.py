"""The meeting cycle from the command line: föredragningslista, kallelse, protokoll,
addressees' e-mail and expediering. Thin: parses options, calls archive/, prints."""

from __future__ import annotations

import datetime as dt
import os

import click
from click_default_group import DefaultGroup

from archive.model import count
from beslut.common import DATE, municipality_option, pass_state, print_json

body_option = click.option("--body", required=True, help="The body (organ) whose meeting it is, e.g. Kommunstyrelsen.")
today_option = click.option("--today", type=DATE, help="Count as if today were this day (default: today).")
position_option = click.option("--position", type=click.IntRange(min=1),
                               help="Place in the list (default: after the last matter).")
output_option = click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
                             help="The file to write: .pdf or .html.")


def _meeting_id(state, body: str, date: dt.date, municipality: str | None) -> int:
    from archive.meetings import get_meeting

    return get_meeting(state.archive(), body, date, municipality).id


def _write(docs, output: str) -> None:
    from archive.render import write_document

    kind = write_document(docs, output)
    click.echo(f"{kind.upper()} skriven till {output}", err=True)


# ---------------------------------------------------------------- agenda


@click.group(cls=DefaultGroup, default="show")
def agenda():
    """Föredragningslista: a meeting's numbered items (bare `agenda` shows it)."""


@agenda.command("show")
@body_option
@click.argument("date", type=DATE)
@municipality_option
@click.option("--json", "as_json", is_flag=True, help="The list as JSON.")
@pass_state
def agenda_show(state, body, date, municipality, as_json):
    """Show a meeting's föredragningslista: the standing items and the matters planned on it.

    Matters planned on the meeting since the list was last shown join it (after the last
    matter); closed items (sekretess) are marked.

    Example:

    \b
        beslut agenda --body Kommunfullmäktige 2024-08-29 --json
    """
    from archive.agenda import agenda_items, meeting_row, sync_agenda

    archive = state.archive()
    meeting_id = _meeting_id(state, body, date, municipality)
    sync_agenda(archive, meeting_id)
    m = meeting_row(archive, meeting_id)
    items = agenda_items(archive, meeting_id)
    if as_json:
        print_json({"meeting_id": meeting_id, "body": m["body"], "date": m["date"], "start_time": m["start_time"],
                    "location": m["location"], "state": m["state"], "items": [i.to_json() for i in items]})
        return
    click.echo(f"{m['body']} {m['date']} {m['start_time'] or ''} {m['location'] or ''}".rstrip())
    for item in items:
        closed = " (sekretess)" if not item.public else ""
        case = f"{item.case_number}  " if item.case_number else ""
        click.echo(f"{item.position:>3}. {case}{item.title}{closed}")


@agenda.command("add")
@body_option
@click.argument("date", type=DATE)
@click.argument("ref")
@position_option
@municipality_option
@pass_state
def agenda_add(state, body, date, ref, position, municipality):
    """Put matter REF (id or case number) on the meeting: a planning step for the body
    on that meeting is added (with history) unless one is there already.

    Example:

    \b
        beslut agenda add --body Kommunstyrelsen 2024-08-14 "KS 2024/12" --position 4
    """
    from archive.agenda import add_matter

    at = add_matter(state.archive(), _meeting_id(state, body, date, municipality), ref, position=position)
    click.echo(f"punkt {at}")


@agenda.command("standing")
@body_option
@click.argument("date", type=DATE)
@click.argument("title")
@position_option
@click.option("--closed", is_flag=True, help="A closed item (sekretess).")
@municipality_option
@pass_state
def agenda_standing(state, body, date, title, position, closed, municipality):
    """Add an item without a matter (a standing item, information, val).

    Example:

    \b
        beslut agenda standing --body Kommunstyrelsen 2024-08-14 "Information från kommundirektören"
    """
    from archive.agenda import add_standing_item

    at = add_standing_item(state.archive(), _meeting_id(state, body, date, municipality), title,
                           position=position, public=not closed)
    click.echo(f"punkt {at}")


@agenda.command("move")
@body_option
@click.argument("date", type=DATE)
@click.argument("item", type=click.IntRange(min=1))
@click.argument("to", type=click.IntRange(min=1))
@municipality_option
@pass_state
def agenda_move(state, body, date, item, to, municipality):
    """Move item ITEM to place TO in the list.

    Example:

    \b
        beslut agenda move --body Kommunstyrelsen 2024-08-14 7 4
    """
    from archive.agenda import move_item

    at = move_item(state.archive(), _meeting_id(state, body, date, municipality), item, to)
    click.echo(f"punkt {at}")


@agenda.command("move-to")
@body_option
@click.argument("date", type=DATE)
@click.argument("item", type=click.IntRange(min=1))
@click.argument("new_date", type=DATE)
@municipality_option
@pass_state
def agenda_move_to(state, body, date, item, new_date, municipality):
    """Move matter item ITEM to the body's meeting on NEW_DATE; its planning step moves
    with it (with history).

    Example:

    \b
        beslut agenda move-to --body Kommunstyrelsen 2024-08-14 5 2024-09-11
    """
    from archive.agenda import move_to_meeting

    archive = state.archive()
    at = move_to_meeting(archive, _meeting_id(state, body, date, municipality), item,
                         _meeting_id(state, body, new_date, municipality))
    click.echo(f"punkt {at} på sammanträdet {new_date}")


@agenda.command("closed")
@body_option
@click.argument("date", type=DATE)
@click.argument("item", type=click.IntRange(min=1))
@click.option("--public", is_flag=True, help="Make the item public again.")
@municipality_option
@pass_state
def agenda_closed(state, body, date, item, public, municipality):
    """Mark item ITEM closed (sekretess: its text is not published), or public with --public.

    Example:

    \b
        beslut agenda closed --body Kommunstyrelsen 2024-08-14 6
    """
    from archive.agenda import set_public

    set_public(state.archive(), _meeting_id(state, body, date, municipality), item, public)
    click.echo(f"punkt {item}: {'offentlig' if public else 'sekretess'}")


# ---------------------------------------------------------------- kallelse


@click.command()
@body_option
@click.argument("date", type=DATE)
@output_option
@click.option("--sent-on", type=DATE, help="Record that the kallelse (kungörelse) went out this day.")
@today_option
@municipality_option
@pass_state
def kallelse(state, body, date, output, sent_on, today, municipality):
    """Write the kallelse (for fullmäktige: kungörelse) with its föredragningslista as PDF
    or HTML: time, place, each item's case number, title, proposals and basis documents.

    Warns when it goes out later than the body's lead time allows (fullmäktige: at least
    one week, KL 5 kap.); `--sent-on` records the day, and `beslut check` reports it late.

    Example:

    \b
        beslut kallelse --body Kommunfullmäktige 2024-08-29 -o kallelse.pdf --sent-on 2024-08-19
    """
    from archive.agenda import meeting_row
    from archive.protocol import call_status, record_call
    from archive.render import kallelse_document

    archive = state.archive()
    meeting_id = _meeting_id(state, body, date, municipality)
    _write(kallelse_document(archive, meeting_id), output)
    if sent_on:
        status = record_call(archive, meeting_id, sent_on)
    else:
        meeting = meeting_row(archive, meeting_id)
        status = call_status(meeting, meeting["called_on"] or today or dt.date.today())
        if meeting["called_on"] is None and not status.late:
            return
    if status.late:
        what = "kungörelsen" if status.label == "Kungörelse" else "kallelsen"
        click.echo(f"Varning: {what} {status.called_on} är sen; den skulle ha gått ut senast {status.deadline}",
                   err=True)


# ---------------------------------------------------------------- protocol


@click.group(cls=DefaultGroup, default="write")
def protocol():
    """Protokoll: §§, decisions, justering, the document and its extracts.

    Bare `beslut protocol --body B DATE -o FILE` writes the protocol.
    """


@protocol.command("write")
@body_option
@click.argument("date", type=DATE)
@output_option
@municipality_option
@pass_state
def protocol_write(state, body, date, output, municipality):
    """Write the protocol as PDF or HTML (the §§ are numbered on first use).

    Example:

    \b
        beslut protocol --body Kommunfullmäktige 2024-08-29 -o protokoll.pdf
    """
    from archive.render import protocol_document

    _write(protocol_document(state.archive(), _meeting_id(state, body, date, municipality)), output)


@protocol.command("decide")
@click.argument("ref")
@body_option
@click.argument("date", type=DATE)
@click.option("--text", help="The decision as written (default: the proposal).")
@click.option("--återremiss", "--aterremiss", "remit", is_flag=True,
              help="Referred back: a new step on the body's next meeting that is not cancelled.")
@click.option("--bordlägg", "--bordlagg", "table", is_flag=True,
              help="Postponed: a new step on the body's next meeting that is not cancelled.")
@municipality_option
@pass_state
def protocol_decide(state, ref, body, date, text, remit, table, municipality):
    """Record the decision in matter REF's § (REF: id or case number).

    Without options the proposal becomes the decision; --text writes another one;
    --återremiss and --bordlägg add the next planning step (with history).

    Example:

    \b
        beslut protocol decide 1 --body Kommunfullmäktige 2024-08-29
        beslut protocol decide "KS 2024/12" --body Kommunstyrelsen 2024-08-14 --återremiss
    """
    from archive.protocol import decide

    if sum(bool(x) for x in (text is not None, remit, table)) > 1:
        raise click.UsageError("välj en av --text, --återremiss och --bordlägg")
    kind = "återremiss" if remit else "bordläggning" if table else "beslut"
    result = decide(state.archive(), _meeting_id(state, body, date, municipality), ref, text=text, kind=kind)
    click.echo(f"§ {result.paragraph}: {result.decision}")
    if result.new_step:
        click.echo(f"nytt steg {result.new_step} i beslutsplaneringen: {result.new_date}")


@protocol.command("show")
@body_option
@click.argument("date", type=DATE)
@municipality_option
@click.option("--json", "as_json", is_flag=True, help="The protocol as JSON.")
@pass_state
def protocol_show(state, body, date, municipality, as_json):
    """Show the protocol: each § with case number, title, decision and recipients, the
    justering, the notice and the last day to appeal (KL 13 kap. 5 §, Lag 1930:173).

    Example:

    \b
        beslut protocol show --body Kommunfullmäktige 2024-08-29 --json
    """
    from archive.protocol import protocol as read

    p = read(state.archive(), _meeting_id(state, body, date, municipality))
    if as_json:
        print_json(p.to_json())
        return
    click.echo(f"Protokoll {p.body} {p.date}")
    for par in p.paragraphs:
        case = f" ({par.case_number})" if par.case_number else ""
        click.echo(f"§ {par.number} {par.title}{case}")
        if par.decision:
            click.echo(f"    {par.decision_kind}: {par.decision}")
        elif par.matter_id:
            click.echo(f"    förslag (inte beslutat): {par.proposal or '-'}")
    click.echo(f"Justerare: {p.approvers or '-'}; justerat {p.approved_on or '-'}; anslaget {p.notice_on or '-'}; "
               f"överklagas senast {p.appeal_until or '-'}")


@protocol.command("justera")
@body_option
@click.argument("date", type=DATE)
@click.option("--on", "approved_on", type=DATE, help="The day the protocol was justerat.")
@click.option("--approvers", help='The justerare, e.g. "Anna Berg, Per Holm".')
@click.option("--notice-on", type=DATE, help="The day the notice went up on the anslagstavla.")
@click.option("--kept-at", help="Where the protocol is kept (for the notice).")
@municipality_option
@pass_state
def protocol_justera(state, body, date, approved_on, approvers, notice_on, kept_at, municipality):
    """Record justerare, the justering, the notice on the anslagstavla and where the
    protocol is kept. Every matter § needs its decision first.

    Example:

    \b
        beslut protocol justera --body Kommunfullmäktige 2024-08-29 --on 2024-09-03
            --approvers "Anna Berg, Per Holm" --notice-on 2024-09-04 --kept-at "Stadskontoret"
    """
    from archive.protocol import record_justering

    p = record_justering(state.archive(), _meeting_id(state, body, date, municipality), approved_on=approved_on,
                         approvers=approvers, notice_on=notice_on, kept_at=kept_at)
    click.echo(f"{p.body} {p.date}: justerat {p.approved_on or '-'}, anslaget {p.notice_on or '-'}, "
               f"överklagas senast {p.appeal_until or '-'}")


@protocol.command("extract")
@body_option
@click.argument("date", type=DATE)
@click.argument("number", type=click.IntRange(min=1))
@output_option
@municipality_option
@pass_state
def protocol_extract(state, body, date, number, output, municipality):
    """Write the protokollsutdrag of § NUMBER (with the justering and utdragsbestyrkande).

    Example:

    \b
        beslut protocol extract --body Kommunfullmäktige 2024-08-29 4 -o utdrag-4.pdf
    """
    from archive.protocol import protocol as read
    from archive.render import extract_document

    p = read(state.archive(), _meeting_id(state, body, date, municipality))
    _write(extract_document(p, number), output)


# ---------------------------------------------------------------- addressees


@click.group()
def addressees():
    """The addressee directory (mottagare)."""


@addressees.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Report as JSON.")
@pass_state
def addressees_import(state, file, as_json):
    """Import names, titles and e-mail addresses from a CSV kept in Excel (Namn;Titel;E-post;
    `;` or `,`, UTF-8 with or without BOM, or Windows-1252). An addressee is found by name
    and title (new ones are added); an empty E-post means no address (paper).

    Example:

    \b
        beslut addressees import mottagare.csv
    """
    from archive.addressee_import import import_addressees

    report = import_addressees(state.archive(), file)
    if as_json:
        print_json(report.to_json())
        return
    click.echo(f"{count(len(report.created), 'ny', 'nya')}, {count(len(report.updated), 'ändrad', 'ändrade')}, "
               f"{count(len(report.unchanged), 'oförändrad', 'oförändrade')}")


# ---------------------------------------------------------------- expediering


@click.command()
@body_option
@click.argument("date", type=DATE)
@click.option("--smtp", help="The SMTP server, HOST:PORT (default $BESLUT_SMTP).")
@click.option("--from", "sender", help="The sender's address, e.g. the registry's (default $BESLUT_FROM).")
@click.option("--starttls", is_flag=True, help="Switch to TLS with STARTTLS before sending.")
@click.option("--user", help="Log in as this user (password in $BESLUT_SMTP_PASSWORD).")
@click.option("--cafile", type=click.Path(dir_okay=False, exists=True),
              help="CA certificates to check the server's with for STARTTLS (default: the system's).")
@click.option("--resend-uncertain", is_flag=True,
              help="Send again what a crashed run left uncertain (check the mail server's log first).")
@click.option("--paper", type=click.Path(dir_okay=False),
              help="Write the extracts for recipients without an address to this PDF.")
@click.option("--dry-run", is_flag=True, help="Count what would be sent; send nothing.")
@click.option("--json", "as_json", is_flag=True, help="The summary as JSON.")
@today_option
@municipality_option
@pass_state
def expediera(state, body, date, smtp, sender, starttls, user, cafile, resend_uncertain, paper, dry_run, as_json,
              today, municipality):
    """Send each recipient of each decided § of a justerat protocol its protokollsutdrag
    (PDF) by e-mail. Never twice: what was sent is recorded (sent_on, Message-ID) one
    message at a time, so a second run sends only what is left. Recipients without an
    address are listed for paper (--paper writes their extracts). Exit 1 when a message
    was refused or the server stopped taking them; run again to send the rest.

    Example:

    \b
        beslut expediera --body Kommunfullmäktige 2024-08-29 --smtp smtp.kommun.se:587 --starttls
            --user registrator --from registrator@kommun.se --paper post.pdf
    """
    from archive.expediering import SmtpSettings, paper_documents, parse_smtp
    from archive.expediering import expediera as run

    archive = state.archive()
    meeting_id = _meeting_id(state, body, date, municipality)
    settings = None
    if not dry_run:
        host, port = parse_smtp(smtp or os.environ.get("BESLUT_SMTP"))
        settings = SmtpSettings(host=host, port=port, sender=(sender or os.environ.get("BESLUT_FROM") or "").strip(),
                                starttls=starttls, user=user, password=os.environ.get("BESLUT_SMTP_PASSWORD"),
                                cafile=cafile)
    summary = run(archive, meeting_id, settings, today=today or dt.date.today(), dry_run=dry_run,
                  resend_uncertain=resend_uncertain)
    if paper and summary.paper:
        from archive.render import write_document

        write_document(paper_documents(archive, meeting_id), paper)
    if as_json:
        print_json(summary.to_json())
    else:
        for label, value in (("skickade", summary.sent), ("redan skickade", summary.already_sent),
                             ("utan adress", summary.without_address), ("misslyckade", summary.failed),
                             ("kvar att skicka", summary.to_send), ("osäkra", summary.uncertain)):
            click.echo(f"{label:<17}{value}")
        for item in summary.paper:
            name = f"{item['title']}, {item['name']}" if item["title"] else item["name"]
            click.echo(f"  papper: § {item['paragraph']} {name}")
        for item in summary.errors:
            click.echo(f"  fel: § {item['paragraph']} {item['name']} <{item['email']}>: {item['error']}", err=True)
    if summary.stopped:
        raise click.ClickException(f"{summary.stopped}; kör igen för att skicka resten")
    if summary.failed:
        raise click.ClickException(f"{count(summary.failed, 'meddelande', 'meddelanden')} vägrades; se felen ovan")
    if summary.uncertain:
        raise click.ClickException(
            f"{count(summary.uncertain, 'meddelande', 'meddelanden')} avbröts mitt i sändningen och skickas inte"
            " om automatiskt: "
            "se efter i e-postserverns logg (Message-ID i ändringsloggen) och kör med --resend-uncertain "
            "för det som inte kom fram")

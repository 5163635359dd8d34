"""The meeting cycle from the command line: föredragningslista, kallelse, protokoll,
addressees' e-mail and expediering. Thin: parses options, calls archive/, prints."""

from __future__ import annotations

import datetime as dt
import os

import click
from click_default_group import DefaultGroup

from archive.model import count
from beslut.common import DATE, municipality_option, pass_state, print_json

body_option = click.option("--body", required=True, help="Organet vars sammanträde det är, t.ex. Kommunstyrelsen.")
today_option = click.option("--today", type=DATE, help="Räkna som om i dag vore den här dagen (förval: i dag).")
position_option = click.option("--position", type=click.IntRange(min=1),
                               help="Plats i listan (förval: efter det sista ärendet).")
output_option = click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
                             help="Filen som skrivs: .pdf eller .html.")


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
    """Föredragningslista: ett sammanträdes numrerade punkter (`beslut agenda` utan
    underkommando visar den)."""


@agenda.command("show")
@body_option
@click.argument("date", type=DATE)
@municipality_option
@click.option("--json", "as_json", is_flag=True, help="Listan som JSON.")
@pass_state
def agenda_show(state, body, date, municipality, as_json):
    """Visa ett sammanträdes föredragningslista: de stående punkterna och de ärenden som är
    planerade till sammanträdet.

    Ärenden som har planerats till sammanträdet sedan listan senast visades läggs till
    (efter det sista ärendet); punkter med sekretess markeras.

    Exempel:

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
    """Sätt upp ärende REF (id eller diarienummer) på sammanträdets föredragningslista: ett
    steg för organet på det sammanträdet läggs till i beslutsplaneringen (med historik), om
    det inte redan finns.

    Exempel:

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
@click.option("--closed", is_flag=True, help="En punkt med sekretess.")
@municipality_option
@pass_state
def agenda_standing(state, body, date, title, position, closed, municipality):
    """Lägg till en punkt utan ärende (en stående punkt, information, val).

    Exempel:

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
    """Flytta punkt ITEM till plats TO i listan.

    Exempel:

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
    """Flytta ärendepunkten ITEM till organets sammanträde NEW_DATE; ärendets steg i
    beslutsplaneringen flyttas med (med historik).

    Exempel:

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
@click.option("--public", is_flag=True, help="Gör punkten offentlig igen.")
@municipality_option
@pass_state
def agenda_closed(state, body, date, item, public, municipality):
    """Markera punkt ITEM som sekretess (texten publiceras inte), eller som offentlig med --public.

    Exempel:

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
@click.option("--sent-on", type=DATE, help="Registrera att kallelsen (kungörelsen) gick ut den här dagen.")
@today_option
@municipality_option
@pass_state
def kallelse(state, body, date, output, sent_on, today, municipality):
    """Skriv kallelsen (för fullmäktige: kungörelsen) med föredragningslistan som PDF eller
    HTML: tid, plats och för varje punkt diarienummer, rubrik, förslag till beslut och
    beslutsunderlag.

    Varnar när den går ut senare än organets framförhållning tillåter (fullmäktige: minst
    en vecka, KL 5 kap.); `--sent-on` registrerar dagen, och `beslut check` rapporterar
    en sen kallelse.

    Exempel:

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
    """Protokoll: paragrafer, beslut, justering, själva protokollet och utdrag ur det.

    `beslut protocol --body B DATE -o FILE` utan underkommando skriver protokollet.
    """


@protocol.command("write")
@body_option
@click.argument("date", type=DATE)
@output_option
@municipality_option
@pass_state
def protocol_write(state, body, date, output, municipality):
    """Skriv protokollet som PDF eller HTML (paragraferna numreras första gången).

    Exempel:

    \b
        beslut protocol --body Kommunfullmäktige 2024-08-29 -o protokoll.pdf
    """
    from archive.render import protocol_document

    _write(protocol_document(state.archive(), _meeting_id(state, body, date, municipality)), output)


@protocol.command("decide")
@click.argument("ref")
@body_option
@click.argument("date", type=DATE)
@click.option("--text", help="Beslutets text (förval: förslaget till beslut).")
@click.option("--återremiss", "--aterremiss", "remit", is_flag=True,
              help="Återremiss: ett nytt steg på organets nästa sammanträde som inte är inställt.")
@click.option("--bordlägg", "--bordlagg", "table", is_flag=True,
              help="Bordläggning: ett nytt steg på organets nästa sammanträde som inte är inställt.")
@municipality_option
@pass_state
def protocol_decide(state, ref, body, date, text, remit, table, municipality):
    """Registrera beslutet i paragrafen för ärende REF (REF: id eller diarienummer).

    Utan flaggor blir förslaget beslutet; med --text skrivs ett annat beslut; --återremiss
    och --bordlägg lägger till nästa steg i beslutsplaneringen (med historik).

    Exempel:

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
@click.option("--json", "as_json", is_flag=True, help="Protokollet som JSON.")
@pass_state
def protocol_show(state, body, date, municipality, as_json):
    """Visa protokollet: varje § med diarienummer, rubrik, beslut och mottagare, justeringen,
    anslaget och sista dag för överklagande (KL 13 kap. 5 §, Lag 1930:173).

    Exempel:

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
@click.option("--on", "approved_on", type=DATE, help="Dagen då protokollet justerades.")
@click.option("--approvers", help='Justerarna, t.ex. "Anna Berg, Per Holm".')
@click.option("--notice-on", type=DATE, help="Dagen då anslaget sattes upp på anslagstavlan.")
@click.option("--kept-at", help="Var protokollet förvaras (står i anslaget).")
@municipality_option
@pass_state
def protocol_justera(state, body, date, approved_on, approvers, notice_on, kept_at, municipality):
    """Registrera justerare, justeringen, anslaget på anslagstavlan och var protokollet
    förvaras. Varje ärendeparagraf måste först ha sitt beslut.

    Exempel:

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
    """Skriv protokollsutdraget ur § NUMBER (med justering och utdragsbestyrkande).

    Exempel:

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
    """Mottagarregistret: de mottagare som beslut expedieras till."""


@addressees.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Rapporten som JSON.")
@pass_state
def addressees_import(state, file, as_json):
    """Importera namn, titlar och e-postadresser från en CSV-fil som förs i Excel
    (Namn;Titel;E-post; `;` eller `,`; UTF-8 med eller utan BOM, eller Windows-1252).
    En mottagare känns igen på namn och titel (nya läggs till); en tom E-post betyder
    ingen adress (papperspost).

    Exempel:

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
@click.option("--smtp", help="SMTP-servern, VÄRD:PORT (förval $BESLUT_SMTP).")
@click.option("--from", "sender", help="Avsändaradressen, t.ex. registraturens (förval $BESLUT_FROM).")
@click.option("--starttls", is_flag=True, help="Växla till TLS med STARTTLS innan något skickas.")
@click.option("--user", help="Logga in som den här användaren (lösenordet i $BESLUT_SMTP_PASSWORD).")
@click.option("--cafile", type=click.Path(dir_okay=False, exists=True),
              help="CA-certifikat att kontrollera serverns certifikat mot vid STARTTLS (förval: systemets).")
@click.option("--resend-uncertain", is_flag=True,
              help="Skicka igen det som en avbruten körning lämnade osäkert (se först efter i e-postserverns logg).")
@click.option("--paper", type=click.Path(dir_okay=False),
              help="Skriv utdragen till mottagare utan adress till den här PDF-filen.")
@click.option("--dry-run", is_flag=True, help="Räkna det som skulle skickas; skicka inget.")
@click.option("--json", "as_json", is_flag=True, help="Sammanfattningen som JSON.")
@today_option
@municipality_option
@pass_state
def expediera(state, body, date, smtp, sender, starttls, user, cafile, resend_uncertain, paper, dry_run, as_json,
              today, municipality):
    """Expediera: skicka protokollsutdraget (PDF) med e-post till varje mottagare av varje
    beslutad § i ett justerat protokoll. Aldrig två gånger: det som skickats registreras
    (sent_on, Message-ID) ett meddelande i taget, så en ny körning skickar bara det som
    är kvar. Mottagare utan adress listas för papperspost (--paper skriver deras utdrag).
    Avslutar med kod 1 när ett meddelande vägrades eller servern slutade ta emot; kör
    igen för att skicka resten.

    Exempel:

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

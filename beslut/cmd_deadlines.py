"""`beslut due` and `beslut check`: the deadlines archive.deadlines computes."""

from __future__ import annotations

import datetime as dt

import click

from beslut.common import DATE, pass_state, print_json


@click.command()
@click.option("--within", type=click.IntRange(min=0), default=14, show_default=True,
              help="Så många dagar framåt (och bakåt, för det som redan är försenat) att se efter.")
@click.option("--today", type=DATE, help="Räkna från den här dagen i stället för från i dag.")
@click.option("--json", "as_json", is_flag=True, help="En JSON-lista i stället för en tabell.")
@pass_state
def due(state, within, today, as_json):
    """Det som förfaller, det närmaste först: handlingar, kallelse, justering, anslag,
    överklagande och motioner.

    Exempel:

    \b
        beslut due --within 30
        beslut due --today 2025-03-01 --json
    """
    from archive.deadlines import due as run

    items = run(state.archive(), today=today or dt.date.today(), within=within)
    if as_json:
        print_json([item.to_json() for item in items])
        return
    for i in items:
        what = i.body and f"{i.body} {i.meeting_date}" or f"{i.case_number or 'ärende ' + str(i.matter_id)} {i.title}"
        late = "\tFÖRSENAD" if i.overdue else ""
        click.echo(f"{i.date}\t{i.label}\t{what}{late}")
    if not items:
        click.echo("Inget förfaller.", err=True)


@click.command()
@click.option("--today", type=DATE, help="Bedöm läget den här dagen i stället för i dag.")
@click.option("--json", "as_json", is_flag=True, help="En JSON-lista i stället för rader.")
@click.option("--strict", is_flag=True, help="Avsluta med kod 1 när något hittas (för skript och CI).")
@click.option("--integrity", is_flag=True,
              help="Kontrollera i stället själva arkivfilen: integrity_check, foreign_key_check "
                   "och ändringsloggens hashkedja.")
@pass_state
def check(state, today, as_json, strict, integrity):
    """Rapportera avvikelser från planen: steg i fel ordning, steg på dagar då organet inte
    sammanträder eller på inställda sammanträden, motioner som är äldre än ett år, sen
    justering eller sent anslag.

    Skriver rapporten och avslutar med kod 0, eller med kod 1 om något hittas och --strict
    är angiven. Med --integrity kontrolleras själva arkivfilen, och varje fel ger kod 1.

    Exempel:

    \b
        beslut check --today 2025-06-01 --strict
        beslut check --integrity
    """
    if integrity:
        from archive.safety import check_archive

        report = check_archive(state.archive())
        if as_json:
            print_json(report.to_json())
        else:
            for line in report.lines():
                click.echo(line)
        if not report.ok:
            raise click.ClickException(f"{state.db_path}: arkivfilen klarade inte kontrollen")
        return
    from archive.deadlines import check as run

    found = run(state.archive(), today=today or dt.date.today())
    if as_json:
        print_json([v.to_json() for v in found])
    else:
        for v in found:
            matter = f"{v.case_number or ('ärende ' + str(v.matter_id))} {v.title}: " if v.matter_id else ""
            level = "varning" if v.severity == "warning" else "fel"
            click.echo(f"{level}\t{v.kind}\t{matter}{v.message}")
        click.echo(f"{len(found)} {'avvikelse' if len(found) == 1 else 'avvikelser'}" if found else "Inga avvikelser.",
                   err=True)
    if strict and found:
        raise SystemExit(1)

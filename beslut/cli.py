"""`beslut ...`: parses options, calls archive/, turns ArchiveError into one line + exit 1.

Command names, options and JSON shapes are a contract: extend them, never rename them.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator, MutableMapping
from pathlib import Path

import click
from click_default_group import DefaultGroup

from archive.db import DEFAULT_DB
from archive.errors import ArchiveError
from archive.model import count
from beslut import swedish
from beslut.common import EXCEL_HELP, State, csv_output, pass_state, print_json

swedish.install()


# The commands kept in modules of their own, by name: the module and its attribute. Each
# module is imported when one of its commands runs, or is listed (`beslut --help`), not
# with every command: `beslut export planning` (timed against sqlite3 -csv, bench/
# archive_bench.py) builds none of the meeting cycle's dozens of options.
LAZY_COMMANDS = {
    "meetings": "beslut.cmd_meetings:meetings",
    "due": "beslut.cmd_deadlines:due",
    "check": "beslut.cmd_deadlines:check",
    "verify": "beslut.cmd_safety:verify",
    "backup": "beslut.cmd_safety:backup",
    "restore": "beslut.cmd_safety:restore",
    "replicate": "beslut.cmd_safety:replicate",
    "agenda": "beslut.cmd_cycle:agenda",
    "kallelse": "beslut.cmd_cycle:kallelse",
    "protocol": "beslut.cmd_cycle:protocol",
    "addressees": "beslut.cmd_cycle:addressees",
    "expediera": "beslut.cmd_cycle:expediera",
}


class LazyCommands(MutableMapping):
    """A group's commands by name, as click keeps them (`group.commands`), where the ones
    named in `lazy` are imported on first look-up. Asking whether a name is a command, or
    listing the names, imports nothing; getting a command (running it, `--help`, a test
    walking `cli.commands.items()`) imports its module."""

    def __init__(self, commands: dict[str, click.Command], lazy: dict[str, str]):
        self._commands = dict(commands)
        self._lazy = dict(lazy)

    def _load(self, name: str) -> None:
        module, _, attribute = self._lazy[name].partition(":")
        command = getattr(importlib.import_module(module), attribute)
        if command.name != name:
            raise RuntimeError(f"{self._lazy[name]} is the command {command.name!r}, not {name!r}")
        self._commands[name] = command
        del self._lazy[name]

    def __getitem__(self, name: str) -> click.Command:
        if name in self._lazy:
            self._load(name)
        return self._commands[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._lazy.pop(name, None)
        self._commands[name] = command

    def __delitem__(self, name: str) -> None:
        if self._lazy.pop(name, None) is None:
            del self._commands[name]

    def __contains__(self, name) -> bool:
        return name in self._commands or name in self._lazy

    def __iter__(self) -> Iterator[str]:
        yield from self._commands
        yield from list(self._lazy)

    def __len__(self) -> int:
        return len(self._commands) + len(self._lazy)


class BeslutGroup(DefaultGroup):
    """Bare `beslut` opens the TUI; every ArchiveError becomes `Error: ...` and exit 1.
    The commands of LAZY_COMMANDS are imported when used (LazyCommands)."""

    def __init__(self, *args, lazy_commands: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.commands = LazyCommands(self.commands, lazy_commands or {})

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ArchiveError as error:
            raise click.ClickException(str(error)) from None


@click.group(cls=BeslutGroup, default="tui", default_if_no_args=True, invoke_without_command=True,
             lazy_commands=LAZY_COMMANDS)
@click.option(
    "--db", "db_path", envvar="BESLUT_DB", default=DEFAULT_DB, show_default=True,
    type=click.Path(dir_okay=False), help="Arkivfilen (även $BESLUT_DB).",
)
@click.version_option(package_name="beslut")
@click.pass_context
def cli(ctx, db_path):
    """beslut: ett arkiv över svenska kommuners beslutsprocesser.

    `beslut` utan kommando öppnar terminalgränssnittet.
    """
    ctx.obj = State(db_path)
    ctx.call_on_close(ctx.obj.close)
    if ctx.invoked_subcommand is None:  # `beslut --db X` with no command: the TUI too
        ctx.invoke(tui)


@cli.command()
@pass_state
def init(state):
    """Skapa arkivet, eller uppgradera det till den aktuella databasstrukturen. Kan köras om
    utan risk.

    Exempel:

    \b
        beslut --db kommun.db init
    """
    archive = state.archive(create=True)
    click.echo(f"Arkivet {archive.path} är klart.")


@cli.command()
@click.option("--synthetic", type=click.IntRange(min=1), metavar="N",
              help="I stället: N genererade ärenden i realistiska proportioner, för prestandamätningar.")
@click.option("--seed", default=1, show_default=True, help="Slumpfrö för --synthetic.")
@click.option("--municipality", help="Med --synthetic: kommunen som arkivet hör till (förval Exempelby).")
@pass_state
def demo(state, synthetic, seed, municipality):
    """Bygg demoarkivet: de två exempeldokumenten och deras organs sammanträdesplaner.

    Exempel:

    \b
        beslut --db data/beslut.db demo
        beslut --db /tmp/big.db demo --synthetic 200000
    """
    if municipality is not None and not synthetic:
        raise click.UsageError("--municipality gäller bara --synthetic")
    if synthetic:
        from archive.synthetic import build_synthetic

        if Path(state.db_path).exists() and Path(state.db_path).stat().st_size > 0:
            raise click.ClickException(
                f"{state.db_path} finns redan; --synthetic bygger bara ett nytt arkiv"
            )
        stats = build_synthetic(
            state.archive(create=True), synthetic, seed=seed, municipality=municipality or "Exempelby"
        )
        click.echo(
            f"{count(stats['matters'], 'ärende', 'ärenden')}, {stats['planning_steps']} steg, "
            f"{stats['recipients']} mottagare, {count(stats['meetings'], 'sammanträde', 'sammanträden')} "
            f"på {stats['seconds']:.1f} s"
        )
        return
    from archive.demo import build_demo

    for line in build_demo(state.archive(create=True)):
        click.echo(line)


@cli.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--dry-run", is_flag=True, help="Tolka och rapportera; skriv inget.")
@click.option("--json", "as_json", is_flag=True,
              help="Skriv ärendena som en JSON-lista (samma form som `show --json`, plus varningar och, för en "
                   "kallelse eller ett protokoll, sammanträdet); ett sammanträde som inte hör till något ärende "
                   "(en sammanträdesplans) skrivs som `{kind: sammanträde, meeting}`.")
@click.option("--keep-going", is_flag=True,
              help="Även filer som anges en och en importeras var för sig: en fil med fel rapporteras, "
                   "de andra importeras.")
@click.option("--year", type=click.IntRange(1900, 2100),
              help="Året för en sammanträdesplan vars text inte anger det.")
@pass_state
def import_(state, files, dry_run, as_json, keep_going, year):
    """Importera tjänsteskrivelser, kallelser, protokoll och sammanträdesplaner (.txt eller .pdf).

    FILES är filer eller kataloger (en katalog läses med alla underkataloger: varje .txt-
    och .pdf-fil). Varje fil sparas i en enda transaktion: allt eller inget. En oförändrad
    fil som importeras igen ändrar ingenting; en ändrad fil uppdaterar sina ärenden, med
    rader i ändringsloggen. I en katalog (eller med --keep-going) rapporteras en fil som
    inte går att importera och de andra importeras; kommandot avslutar med kod 1 om någon
    misslyckades.
    Filer som anges en och en tolkas alla först, och en som inte går att tolka stoppar
    kommandot innan något skrivs. En sammanträdesplans sammanträden förs in i organens
    sammanträdesplaner (som med `meetings import`); ett år som texten inte anger tas från
    --year, eller från veckodagarna när exakt ett närliggande år passar alla datum (året
    markeras då som härlett, med en varning).

    Exempel:

    \b
        beslut import data/003_452c782f76d8c9d6.txt --json
        beslut import arkiv/2019/ --dry-run --json
    """
    from beslut.cmd_import import run

    code = run(state, list(files), dry_run=dry_run, as_json=as_json, keep_going=keep_going, year=year)
    if code:
        sys.exit(code)


@cli.command(name="list")
@click.option("--search", help="Ord som ska finnas i diarienummer, rubrik eller sammanfattning.")
@click.option("--limit", type=click.IntRange(min=1), help="Högst så här många rader.")
@click.option("--json", "as_json", is_flag=True, help="En JSON-lista i stället för en tabell.")
@pass_state
def list_(state, search, limit, as_json):
    """Lista ärenden: id, diarienummer, rubrik, ärendetyp och nästa planerade steg.

    Exempel:

    \b
        beslut list --search policy
    """
    from archive.matters import list_matters

    rows = list_matters(state.archive(), search=search, limit=limit)
    if as_json:
        print_json([row.to_json() for row in rows])
        return
    for row in rows:
        next_step = f"{row.next_body} {row.next_date or '(inget datum)'}" if row.next_body else ""
        click.echo(f"{row.id}\t{row.case_number or '-'}\t{row.title}\t{row.kind}\t{next_step}")


@cli.command()
@click.argument("ref")
@click.option("--json", "as_json", is_flag=True, help="Ärendet som JSON.")
@pass_state
def show(state, ref, as_json):
    """Visa ett ärende; REF är dess id eller diarienummer.

    Exempel:

    \b
        beslut show 2 --json
    """
    from archive.matters import get_matter

    matter = get_matter(state.archive(), ref)
    if as_json:
        print_json(matter.to_json())
        return
    click.echo(f"{matter.title}")
    click.echo(f"  id {matter.id}, diarienummer {matter.case_number or '-'}, {matter.kind}")
    click.echo("Beslutsplanering:")
    for n, step in enumerate(matter.planning, 1):
        decides = " (beslutar)" if step.decides else ""
        click.echo(f"  {n}. {step.body} {step.date or '(inget datum)'} {step.role}{decides}")
    click.echo("Förslag till beslut:")
    for proposal in matter.proposals:
        click.echo(f"  till {proposal.to or '-'}: {proposal.text}")
    click.echo("Beslutsunderlag:")
    for basis in matter.basis:
        click.echo(f"  {basis.title} {basis.date or ''}".rstrip())
    click.echo("Ansvariga:")
    for person in matter.responsible:
        click.echo(f"  {person.name}, {person.title or person.unit or ''}".rstrip(", "))
    click.echo("Beslutet skickas till:")
    for recipient in matter.recipients:
        sent = f" (expedierat {recipient.sent_on})" if recipient.sent_on else ""
        name = f"{recipient.title}, {recipient.name}" if recipient.title else recipient.name
        click.echo(f"  {name}{sent}")


@cli.group()
def plan():
    """Beslutsplanering: ändra stegen i ett ärendes beslutsplanering."""


@plan.command("set-date")
@click.argument("ref")
@click.argument("position", type=click.IntRange(min=1))
@click.argument("date")
@pass_state
def plan_set_date(state, ref, position, date):
    """Ange datum för steg POSITION (räknat från 1, som i `show`) i beslutsplaneringen för
    ärende REF.

    DATE skrivs på något av de svenska sätten: 2024-08-21, 240821, "21 aug 2024".

    Exempel:

    \b
        beslut plan set-date 2 2 2024-08-21
    """
    from archive.matters import set_step_date

    matter = set_step_date(state.archive(), ref, position, date)
    step = matter.planning[position - 1]
    click.echo(f"{matter.title}: steg {position} {step.body} {step.date}")


@cli.group()
def export():
    """Exportera ur arkivet som CSV."""


@export.command("planning")
@click.option("--year", type=int, help="Bara steg med datum det här året.")
@click.option("--body", help="Bara det här organets steg (organets namn).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Skriv till den här filen i stället för till standard ut.")
@click.option("--excel", is_flag=True, help=EXCEL_HELP)
@pass_state
def export_planning(state, year, body, output, excel):
    """Stegen i beslutsplaneringen som CSV: diarienummer, rubrik, organ, datum och roll.

    Exempel:

    \b
        beslut export planning --year 2024 --body Kommunstyrelsen -o ks-2024.csv
        beslut export planning --year 2024 --excel -o planering-2024.csv
    """
    from archive.export import write_planning_csv

    with csv_output(output, excel) as out:
        written = write_planning_csv(state.archive(), out, year=year, body=body, excel=excel)
    if output:
        click.echo(f"{count(written, 'rad', 'rader')} till {output}", err=True)


@export.command("report")
@click.argument("name")
@click.option("-p", "--param", "params", multiple=True, metavar="NAMN=VÄRDE",
              help="En parameter till rapporten (upprepa flaggan för fler); de som inte anges är tomma.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Skriv till den här filen i stället för till standard ut.")
@click.option("--excel", is_flag=True, help=EXCEL_HELP)
@pass_state
def export_report(state, name, params, output, excel):
    """En av portalens rapporter i sin helhet som CSV (samma som dess nedladdning i
    `beslut serve`).

    NAME är en av: sammantradesplan, beslutsplanering, arendets_beslutsgang, ej_expedierade, frister,
    andringslogg, sok_arenden.

    Exempel:

    \b
        beslut export report frister --param per=2024-12-01 --excel -o frister.csv
        beslut export report sammantradesplan -p organ=KF -p år=2024
    """
    from archive.export import write_report_csv

    values = {}
    for param in params:
        key, sep, value = param.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{param!r}: skriv NAMN=VÄRDE", param_hint="--param")
        values[key] = value
    with csv_output(output, excel) as out:
        written = write_report_csv(state.archive(), out, name, values, excel=excel)
    if output:
        click.echo(f"{count(written, 'rad', 'rader')} till {output}", err=True)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Adressen som servern lyssnar på.")
@click.option("--port", default=8001, show_default=True, type=int, help="Porten som servern lyssnar på.")
@click.option("--auth", is_flag=True,
              help="Kräv inloggning som revisor (användaren 'revisor'); lösenordets hash läses från "
                   "$BESLUT_REVISOR_HASH (skapa den med `datasette hash-password`).")
@click.option("--snapshot", is_flag=True,
              help="Visa en fryst kopia som tas nu (VACUUM INTO), inte det levande arkivet.")
@click.option("--follow", "follow", metavar="SRC",
              help="Visa en Litestream-replik (katalog eller s3://-URL, S3-inställningar från $AWS_*), "
                   "återställd och hållen högst några sekunder efter originalet; --db används inte.")
@click.option("--follow-timeout", type=click.FloatRange(min=0, min_open=True), metavar="SEKUNDER",
              help="Med --follow: hur lång tid den första återställningen av repliken får ta (förval 10 minuter, "
                   "`archive/follow.py`).")
@click.option("--debug-pages", is_flag=True,
              help="Svara även på Datasettes felsöknings- och serverinformationssidor (/-/versions, "
                   "/-/threads, /-/databases, /-/allow-debug, ...), som annars är avstängda.")
@click.argument("archives", nargs=-1, type=click.Path(dir_okay=False))
@pass_state
@click.pass_context
def serve(ctx, state, host, port, auth, snapshot, follow, follow_timeout, debug_pages, archives):
    """Visa arkivet skrivskyddat i Datasette, för revisorer.

    Rapporter, hela CSV- och Excel-exporter och kalenderflöden: se startsidan.

    ARCHIVES: fler arkivfiler, en per kommun, var och en som en egen databas i portalen med
    kommunens namn, och en sida "alla kommuner" som kör en rapport på var och en. Arkivet i
    --db är ett av dem när --db (eller $BESLUT_DB) anges.

    Exempel:

    \b
        beslut serve --port 8001
        BESLUT_REVISOR_HASH='pbkdf2_sha256$...' beslut serve --auth --snapshot
        beslut serve --follow s3://kommun-arkiv/beslut
        beslut serve arkiv/*.db
    """
    from archive.serving import serve as run_server

    if archives:
        if follow or snapshot:
            raise click.UsageError("flera arkiv går inte att kombinera med --follow eller --snapshot")
        from click.core import ParameterSource

        from archive.serving import serve_many

        given = ctx.parent.get_parameter_source("db_path") != ParameterSource.DEFAULT
        serve_many([*([state.db_path] if given else []), *archives], host=host, port=port, auth=auth,
                   debug_pages=debug_pages)
        return
    if follow:
        if snapshot:
            raise click.UsageError("--follow och --snapshot går inte att kombinera")
        from archive.replication import S3Settings

        run_server(state.db_path, host=host, port=port, auth=auth, follow=follow, s3=S3Settings.resolve(),
                   debug_pages=debug_pages, follow_timeout=follow_timeout)
        return
    state.archive().close()  # create or migrate first; the server itself opens it mode=ro only
    run_server(state.db_path, host=host, port=port, auth=auth, snapshot=snapshot, debug_pages=debug_pages)


@cli.command()
@pass_state
def tui(state):
    """Öppna terminalgränssnittet (även `beslut` utan kommando).

    Exempel:

    \b
        beslut --db data/beslut.db tui
    """
    from tui.app import run

    run(state.archive(long_running=True))


def main():
    cli(prog_name="beslut")



# `python -m beslut.cli` runs the same command as `beslut` and `python -m beslut`.
if __name__ == "__main__":
    main()

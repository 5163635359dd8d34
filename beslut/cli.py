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
    type=click.Path(dir_okay=False), help="The archive file (also $BESLUT_DB).",
)
@click.version_option(package_name="beslut")
@click.pass_context
def cli(ctx, db_path):
    """beslut: an archive of Swedish municipal decision workflows.

    Bare `beslut` opens the terminal UI.
    """
    ctx.obj = State(db_path)
    ctx.call_on_close(ctx.obj.close)
    if ctx.invoked_subcommand is None:  # `beslut --db X` with no command: the TUI too
        ctx.invoke(tui)


@cli.command()
@pass_state
def init(state):
    """Create the archive, or migrate it to the current schema. Idempotent.

    Example:

        beslut --db kommun.db init
    """
    archive = state.archive(create=True)
    click.echo(f"Arkivet {archive.path} är klart.")


@cli.command()
@click.option("--synthetic", type=click.IntRange(min=1), metavar="N",
              help="Instead: N generated matters with realistic proportions, for benchmarks.")
@click.option("--seed", default=1, show_default=True, help="Random seed for --synthetic.")
@click.option("--municipality", help="With --synthetic: the municipality it belongs to (default Exempelby).")
@pass_state
def demo(state, synthetic, seed, municipality):
    """Build the demo archive: both seed documents plus their bodies' meeting plans.

    Example:

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
@click.option("--dry-run", is_flag=True, help="Parse and report; write nothing.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the matters as a JSON array (show --json shape, plus warnings and, for a kallelse "
                   "or protocol, meeting); a meeting that is no matter's (a plan's) as {kind: sammanträde, meeting}.")
@click.option("--keep-going", is_flag=True,
              help="Named files too are imported each on its own: a bad one is reported, the others imported.")
@click.option("--year", type=click.IntRange(1900, 2100),
              help="The year of a meeting plan (sammanträdesplan) whose text does not state it.")
@pass_state
def import_(state, files, dry_run, as_json, keep_going, year):
    """Import tjänsteskrivelser, kallelser, protocols and meeting plans (.txt or .pdf).

    FILES are files or folders (a folder is read recursively: every .txt and .pdf).
    Each file is stored in one transaction: all of it or nothing. Re-importing an
    unchanged file does nothing; a changed file updates its matters, with change-log
    rows. In a folder (or with --keep-going) a file that cannot be imported is reported
    and the others are imported; exit 1 when any failed. Files named one by one are all
    parsed first, and one that cannot be stops the command before anything is written.
    A sammanträdesplan's meetings become the bodies' meeting plans (as `meetings import`);
    a year its text does not state comes from --year, or from the weekdays when exactly
    one recent year fits every date (then marked inferred, with a warning).

    Example:

        beslut import data/003_452c782f76d8c9d6.txt --json
        beslut import arkiv/2019/ --dry-run --json
    """
    from beslut.cmd_import import run

    code = run(state, list(files), dry_run=dry_run, as_json=as_json, keep_going=keep_going, year=year)
    if code:
        sys.exit(code)


@cli.command(name="list")
@click.option("--search", help="Words that must occur in case number, title or summary.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many rows.")
@click.option("--json", "as_json", is_flag=True, help="JSON array instead of a table.")
@pass_state
def list_(state, search, limit, as_json):
    """List matters: id, case number, title, kind, next planned step.

    Example:

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
@click.option("--json", "as_json", is_flag=True, help="The matter as JSON.")
@pass_state
def show(state, ref, as_json):
    """Show one matter; REF is its id or its case number.

    Example:

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
    """Beslutsplanering: change a matter's planning steps."""


@plan.command("set-date")
@click.argument("ref")
@click.argument("position", type=click.IntRange(min=1))
@click.argument("date")
@pass_state
def plan_set_date(state, ref, position, date):
    """Set the date of planning step POSITION (1-based, as in `show`) of matter REF.

    DATE takes Swedish forms: 2024-08-21, 240821, "21 aug 2024".

    Example:

        beslut plan set-date 2 2 2024-08-21
    """
    from archive.matters import set_step_date

    matter = set_step_date(state.archive(), ref, position, date)
    step = matter.planning[position - 1]
    click.echo(f"{matter.title}: steg {position} {step.body} {step.date}")


@cli.group()
def export():
    """Export from the archive as CSV."""


@export.command("planning")
@click.option("--year", type=int, help="Only steps dated in this year.")
@click.option("--body", help="Only steps of this body (its name).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file instead of standard output.")
@click.option("--excel", is_flag=True, help=EXCEL_HELP)
@pass_state
def export_planning(state, year, body, output, excel):
    """Planning steps as CSV: case number, title, body, date, role.

    Example:

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
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A report parameter (repeat for more); those not given are empty.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file instead of standard output.")
@click.option("--excel", is_flag=True, help=EXCEL_HELP)
@pass_state
def export_report(state, name, params, output, excel):
    """One of the portal's reports, whole, as CSV (the same as its download in `beslut serve`).

    NAME: sammantradesplan, beslutsplanering, arendets_beslutsgang, ej_expedierade, frister,
    andringslogg, sok_arenden.

    Example:

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
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port to listen on.")
@click.option("--auth", is_flag=True,
              help="Require the auditor login 'revisor'; the password hash is read from "
                   "$BESLUT_REVISOR_HASH (make one with `datasette hash-password`).")
@click.option("--snapshot", is_flag=True,
              help="Serve a frozen copy taken now (VACUUM INTO), not the live archive.")
@click.option("--follow", "follow", metavar="SRC",
              help="Serve a Litestream replica (directory or s3:// URL, S3 settings from $AWS_*), "
                   "restored and kept within seconds of the primary; --db is not used.")
@click.option("--follow-timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="With --follow: how long the first restore of the replica may take (default 10 minutes, "
                   "archive/follow.py).")
@click.option("--debug-pages", is_flag=True,
              help="Also answer Datasette's debug and server-detail pages (/-/versions, /-/threads, "
                   "/-/databases, /-/allow-debug, ...), which are off by default.")
@click.argument("archives", nargs=-1, type=click.Path(dir_okay=False))
@pass_state
@click.pass_context
def serve(ctx, state, host, port, auth, snapshot, follow, follow_timeout, debug_pages, archives):
    """Serve the archive read-only in Datasette, for auditors.

    Reports, whole CSV and Excel exports and calendar feeds: see the start page.

    ARCHIVES: more archive files, one per municipality, each its own database in the portal
    named by its municipality, and an "alla kommuner" page that runs a report on every one.
    The --db archive is one of them when --db (or $BESLUT_DB) is given.

    Example:

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
    """Open the terminal UI (also bare `beslut`).

    Example:

        beslut --db data/beslut.db tui
    """
    from tui.app import run

    run(state.archive(long_running=True))


def main():
    cli(prog_name="beslut")


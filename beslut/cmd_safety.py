"""`beslut verify`, `backup`, `restore`, `replicate`: keeping the archive file safe."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from archive.model import count
from beslut.common import pass_state, print_json


@click.command()
@click.option("--json", "as_json", is_flag=True, help="The result as JSON.")
@pass_state
def verify(state, as_json):
    """Walk the change log's hash chain; exit 1 naming the first row that does not fit.

    Example:

        beslut verify
    """
    from archive.safety import verify_archive

    report = verify_archive(state.archive())
    if as_json:
        print_json(report.to_json())
    elif report.ok:
        click.echo(f"Ändringsloggen är hel: {count(report.rows, 'rad', 'rader')}, kedjan stämmer.")
    if not report.ok:
        raise click.ClickException(f"{state.db_path}: ändringsloggen rad {report.first_bad_id}: {report.problem}")


@click.command()
@click.argument("dest", type=click.Path(dir_okay=False))
@pass_state
def backup(state, dest):
    """Copy the archive to DEST, consistently, while clerks keep writing; the copy is checked.

    Example:

        beslut backup /backup/beslut-2026-11-23.db
    """
    from archive.safety import backup_archive

    report = backup_archive(state.archive(), Path(dest))
    for line in report.lines():
        click.echo(line)
    if not report.ok:
        raise click.ClickException(f"{dest}: säkerhetskopian klarade inte kontrollen")
    click.echo(f"Säkerhetskopia: {dest}")


@click.command()
@click.argument("src")
@click.option("--force", is_flag=True, help="Overwrite an existing archive.")
@pass_state
def restore(state, src, force):
    """Restore the archive from SRC: a backup file, or a Litestream replica (directory
    or URL). SRC is checked first; an existing archive is only overwritten with --force.

    Example:

        beslut --db kommun.db restore /backup/beslut-2026-11-23.db --force
    """
    from archive.safety import restore as restore_from

    report = restore_from(src, Path(state.db_path), force=force)
    for line in report.lines():
        click.echo(line)
    click.echo(f"Återställt {state.db_path} från {src}")


@click.command()
@click.argument("target")
@click.option("--sync-interval", default="1s", show_default=True, help="How often Litestream ships the WAL.")
@click.option("--print-config", is_flag=True, help="Print the generated Litestream config and exit.")
@pass_state
def replicate(state, target, sync_interval, print_config):
    """Replicate the archive continuously with Litestream to TARGET, a directory or
    an S3-style URL, until interrupted. `beslut restore TARGET` rebuilds from it.

    Example:

        beslut replicate /mnt/backup/beslut-replica
        beslut replicate s3://kommun-arkiv/beslut
    """
    from archive import replication

    if print_config:
        click.echo(replication.config_text(state.db_path, target, sync_interval=sync_interval))
        return
    state.archive()  # create or migrate first
    sys.exit(replication.replicate(state.db_path, target, sync_interval=sync_interval))

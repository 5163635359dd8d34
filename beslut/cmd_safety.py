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


def s3_options(command):
    """--endpoint and --region for an s3:// replica (else AWS_ENDPOINT_URL[_S3], AWS_REGION)."""
    command = click.option(
        "--region", help="The S3 region (else $AWS_REGION or $AWS_DEFAULT_REGION).")(command)
    return click.option(
        "--endpoint", metavar="URL",
        help="An S3-compatible server, e.g. http://minio.local:9000, addressed path-style "
             "(else $AWS_ENDPOINT_URL_S3 or $AWS_ENDPOINT_URL; none: AWS). Credentials: "
             "$AWS_ACCESS_KEY_ID and $AWS_SECRET_ACCESS_KEY.")(command)


@click.command()
@click.argument("src")
@click.option("--force", is_flag=True, help="Overwrite an existing archive.")
@click.option("--at", "at", metavar="TIME",
              help='From a replica: the archive as it was then, e.g. "2024-09-02 14:00" or '
                   '"2 sep 2024 kl. 14.00" (Swedish time unless a zone such as UTC is written).')
@s3_options
@pass_state
def restore(state, src, force, at, endpoint, region):
    """Restore the archive from SRC: a backup file, or a Litestream replica (directory
    or URL). SRC is checked first; an existing archive is only overwritten with --force.

    Example:

        beslut --db kommun.db restore /backup/beslut-2026-11-23.db --force
        beslut --db kopia.db restore s3://kommun-arkiv/beslut --at "2024-09-02 14:00"
    """
    from archive.dates import parse_moment
    from archive.errors import InvalidDate
    from archive.replication import S3Settings
    from archive.safety import restore as restore_from

    try:
        moment = parse_moment(at) if at is not None else None
    except InvalidDate as error:
        raise click.BadParameter(str(error), param_hint="--at") from None
    report = restore_from(src, Path(state.db_path), force=force, at=moment,
                          s3=S3Settings.resolve(endpoint, region))
    for line in report.lines():
        click.echo(line)
    click.echo(f"Återställt {state.db_path} från {src}")


@click.command()
@click.argument("target")
@click.option("--sync-interval", default="1s", show_default=True, help="How often Litestream ships the WAL.")
@click.option("--print-config", is_flag=True, help="Print the generated Litestream config and exit.")
@s3_options
@pass_state
def replicate(state, target, sync_interval, print_config, endpoint, region):
    """Replicate the archive continuously with Litestream to TARGET, a directory or
    an S3-style URL, until interrupted. `beslut restore TARGET` rebuilds from it.

    Example:

        beslut replicate /mnt/backup/beslut-replica
        beslut replicate s3://kommun-arkiv/beslut
        AWS_ENDPOINT_URL=https://minio.kommun.se:9000 beslut replicate s3://arkiv/beslut
    """
    from archive import replication

    s3 = replication.S3Settings.resolve(endpoint, region)
    if print_config:
        click.echo(replication.config_text(state.db_path, target, sync_interval=sync_interval, s3=s3))
        return
    state.archive()  # create or migrate first
    sys.exit(replication.replicate(state.db_path, target, sync_interval=sync_interval, s3=s3))

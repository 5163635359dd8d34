"""`beslut verify`, `backup`, `restore`, `replicate`: keeping the archive file safe."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from archive.model import count
from beslut.common import pass_state, print_json


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Resultatet som JSON.")
@pass_state
def verify(state, as_json):
    """Gå igenom ändringsloggens hashkedja; avslutar med kod 1 och anger den första rad som
    inte stämmer.

    Exempel:

    \b
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
    """Kopiera arkivet till DEST som en konsistent ögonblicksbild, även medan andra arbetar
    i det; kopian kontrolleras efteråt.

    Exempel:

    \b
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
        "--region", help="S3-regionen (annars $AWS_REGION eller $AWS_DEFAULT_REGION).")(command)
    return click.option(
        "--endpoint", metavar="URL",
        help="En S3-kompatibel server, t.ex. http://minio.local:9000, som nås med sökvägsadresser "
             "(path-style). Annars $AWS_ENDPOINT_URL_S3 eller $AWS_ENDPOINT_URL; utan dem: AWS. "
             "Inloggning: $AWS_ACCESS_KEY_ID och $AWS_SECRET_ACCESS_KEY.")(command)


@click.command()
@click.argument("src")
@click.option("--force", is_flag=True, help="Skriv över ett befintligt arkiv.")
@click.option("--at", "at", metavar="TIDPUNKT",
              help='Från en replik: arkivet som det såg ut vid tidpunkten, t.ex. "2024-09-02 14:00" eller '
                   '"2 sep 2024 kl. 14.00" (svensk tid om ingen annan tidszon, t.ex. UTC, anges).')
@s3_options
@pass_state
def restore(state, src, force, at, endpoint, region):
    """Återställ arkivet från SRC: en säkerhetskopia eller en Litestream-replik (katalog
    eller URL). SRC kontrolleras först; ett befintligt arkiv skrivs bara över med --force.

    Exempel:

    \b
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
@click.option("--sync-interval", default="1s", show_default=True, help="Hur ofta Litestream för över WAL-loggen.")
@click.option("--print-config", is_flag=True, help="Skriv ut den genererade Litestream-konfigurationen och avsluta.")
@s3_options
@pass_state
def replicate(state, target, sync_interval, print_config, endpoint, region):
    """Replikera arkivet löpande med Litestream till TARGET, en katalog eller en S3-URL,
    tills kommandot avbryts. `beslut restore TARGET` återskapar arkivet därifrån.

    Exempel:

    \b
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

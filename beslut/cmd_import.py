"""The work behind `beslut import`: expand folders, parse, store one file per
transaction, progress bar on stderr, a summary at the end.

The command itself (name, options, JSON shape) is declared in beslut/cli.py.
"""

from __future__ import annotations

import sys
from collections import Counter
from contextlib import nullcontext
from pathlib import Path

import click

from archive.errors import ArchiveError
from archive.model import IMPORT_STATUSES_SV, count

SUFFIXES = {".txt", ".text", ".pdf"}


def expand(arguments: list[str]) -> tuple[list[Path], list[Path], bool]:
    """Files to import, files in folders that are not documents (reported, not read), and
    whether a folder was given."""
    files: list[Path] = []
    skipped: list[Path] = []
    folder = False
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            folder = True
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                (files if child.suffix.lower() in SUFFIXES else skipped).append(child)
        else:
            files.append(path)
    return files, skipped, folder


def _progress(files: list[Path], quiet: bool):
    """click's progress bar on stderr when it is a terminal; the plain list otherwise (pipes, tests)."""
    if quiet or not sys.stderr.isatty() or len(files) < 2:
        return nullcontext(files)
    return click.progressbar(files, label="Importerar", file=sys.stderr, show_pos=True,
                             item_show_func=lambda p: p.name if p else "")


def run(state, arguments: list[str], *, dry_run: bool, as_json: bool, keep_going: bool) -> int:
    from archive.importing import import_document, parse_document, parse_files

    files, skipped, folder = expand(arguments)
    each_on_its_own = folder or keep_going
    if not each_on_its_own:
        # Files named one by one: all are parsed before anything is written; one that
        # cannot be parsed stops the command (exit 1, one line) and nothing is written.
        documents = parse_files(files)
        results = []
        for document in documents:
            if dry_run:
                results.append(("parsed", document, None, None))
            else:
                results.append(_store(state, document, import_document))
        return _report(results, skipped, as_json=as_json, dry_run=dry_run)
    results = []
    with _progress(files, as_json) as bar:
        for path in bar:
            try:
                document = parse_document(path)
                if dry_run:
                    results.append(("parsed", document, None, None))
                else:
                    results.append(_store(state, document, import_document))
            except ArchiveError as error:
                results.append(("failed", None, path, str(error)))
            except Exception as error:  # noqa: BLE001 - one file's surprise must not stop the others
                results.append(("failed", None, path, f"{path}: oväntat fel ({type(error).__name__}: {error})"))
    return _report(results, skipped, as_json=as_json, dry_run=dry_run)


def _store(state, document, import_document):
    result = import_document(state.archive(create=True), document)
    return (result.status, document, result, None)


def _report(results, skipped: list[Path], *, as_json: bool, dry_run: bool) -> int:
    from beslut.common import print_json

    counts = Counter()
    warnings = 0
    items = []
    for status, document, stored, error in results:
        counts[status] += 1
        if status == "failed":
            click.echo(f"Fel: {error}", err=True)
            continue
        warnings += document.warning_count
        if stored is None:
            items.extend((document, item, None) for item in document.items)
        else:
            items.extend((document, item, matter) for item, matter in zip(document.items, stored.matters, strict=False))
        if not as_json:
            _describe(status, document, stored)
    if as_json:
        print_json([document.matter_json(item, matter) for document, item, matter in items])
    else:
        _summary(counts, warnings, len(skipped), dry_run)
    for path in skipped:
        click.echo(f"Hoppade över {path}: inte .txt eller .pdf", err=True)
    return 1 if counts["failed"] else 0


def _describe(status: str, document, stored) -> None:
    label = IMPORT_STATUSES_SV[status]
    if document.meeting is not None:
        meeting = document.meeting
        click.echo(f"{document.name}: {document.kind}, {meeting.body} {meeting.date or '(datum saknas)'}: "
                   f"{count(len(document.items), 'ärende', 'ärenden')}, {label}")
    matters = stored.matters if stored is not None else [item.matter for item in document.items]
    for matter in matters:
        where = f" som ärende {matter.id}" if matter.id is not None else ""
        click.echo(f"{document.name}: {label}{where}: {matter.title}")
    for note in document.notes:
        click.echo(f"{document.name}: {note}")


def _summary(counts: Counter, warnings: int, skipped: int, dry_run: bool) -> None:
    rows = [("importerade", counts["imported"]), ("uppdaterade", counts["updated"]),
            ("oförändrade", counts["unchanged"]), ("misslyckade", counts["failed"]), ("varningar", warnings)]
    if dry_run:
        rows = [("tolkade (inget skrivet)", counts["parsed"]), ("misslyckade", counts["failed"]),
                ("varningar", warnings)]
    if skipped:
        rows.append(("överhoppade filer", skipped))
    width = max(len(name) for name, _ in rows)
    click.echo("")
    click.echo(f"{'Filer'.ljust(width)}  antal")
    for name, value in rows:
        click.echo(f"{name.ljust(width)}  {value:>5}")

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


def _progress(files: list[Path], parsed, quiet: bool):
    """click's progress bar on stderr when it is a terminal; the plain list otherwise (pipes, tests)."""
    if quiet or not sys.stderr.isatty() or len(files) < 2:
        return nullcontext(parsed)
    # Redrawn some 200 times in all, not once a file: a terminal is slower than an import.
    return click.progressbar(parsed, length=len(files), label="Importerar", file=sys.stderr, show_pos=True,
                             item_show_func=lambda item: item[0].name if item else "",
                             update_min_steps=max(1, len(files) // 200))


# From this many files, documents are parsed in worker processes while this one stores
# them (parsing is most of an import's time); below it, starting the workers costs more.
PARALLEL_FROM = 200
IN_FLIGHT = 32  # documents parsed ahead of the store: bounded, so memory stays flat


def _parse_safely(path: Path, given: dict):
    """(document, None) or (None, the one-line error), here or in a worker process, where an
    exception must come back as text like any other failure."""
    from archive.importing import parse_document

    try:
        return parse_document(path, **given), None
    except ArchiveError as error:
        return None, str(error)
    except Exception as error:  # noqa: BLE001 - one file's surprise must not stop the others
        return None, f"{path}: oväntat fel ({type(error).__name__}: {error})"


def _parsed(files: list[Path], given: dict):
    """(path, document or None, error or None) for each file, in order. A large folder
    is parsed by worker processes (one a core, at most 4), a bounded number ahead."""
    import os

    workers = min(os.cpu_count() or 1, 4)
    if len(files) < PARALLEL_FROM or workers < 2:
        for path in files:
            yield path, *_parse_safely(path, given)
        return
    import itertools
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: this process may hold the archive's SQLite connection
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        remaining = iter(files)
        pending = deque((path, pool.submit(_parse_safely, path, given))
                        for path in itertools.islice(remaining, IN_FLIGHT))
        while pending:
            path, future = pending.popleft()
            for later in itertools.islice(remaining, 1):
                pending.append((later, pool.submit(_parse_safely, later, given)))
            document, error = future.result()
            yield path, document, error


def run(state, arguments: list[str], *, dry_run: bool, as_json: bool, keep_going: bool,
        year: int | None = None) -> int:
    from functools import partial

    from archive.importing import import_document
    from archive.importing import parse_files as parse_all

    given = {"year": year} if year is not None else {}  # a meeting plan's year the text does not state
    parse_files = partial(parse_all, **given)
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
    with _progress(files, _parsed(files, given), as_json) as bar:
        for path, document, error in bar:
            if error is not None:
                results.append(("failed", None, path, error))
                continue
            try:
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
    records = []
    for status, document, stored, error in results:
        counts[status] += 1
        if status == "failed":
            click.echo(f"Fel: {error}", err=True)
            continue
        warnings += document.warning_count
        if as_json:
            records.extend(_records(document, stored))
        else:
            _describe(status, document, stored)
    if as_json:
        print_json(records)
    else:
        _summary(counts, warnings, len(skipped), dry_run)
    for path in skipped:
        click.echo(f"Hoppade över {path}: inte .txt eller .pdf", err=True)
    return 1 if counts["failed"] else 0


def _records(document, stored) -> list[dict]:
    """The document's JSON records: its matters (as stored, when stored) in the `show
    --json` shape plus warnings and meeting, then any meeting that is no matter's (a
    plan's meetings; a meeting named without its matters) as {"kind": "sammanträde", ...}."""
    matters = stored.matters if stored is not None else [None] * len(document.items)
    return [document.matter_json(item, matter) for item, matter in zip(document.items, matters, strict=False)] + \
        document.meeting_records()


def _describe(status: str, document, stored) -> None:
    label = IMPORT_STATUSES_SV[status]
    if document.plan is not None:
        plan = document.plan
        bodies = sorted({m.body for m in plan.meetings})
        inferred = f" (år {', '.join(map(str, plan.inferred_years))} härlett ur veckodagarna)" \
            if plan.inferred_years else ""
        click.echo(f"{document.name}: sammanträdesplan, {count(len(plan.meetings), 'sammanträde', 'sammanträden')} för "
                   f"{', '.join(bodies)}{inferred}, {label}")
        if stored is not None and stored.plan is not None:
            report = stored.plan
            created = count(len(report.created), "nytt sammanträde", "nya sammanträden")
            updated = count(len(report.updated), "uppdaterat", "uppdaterade")
            click.echo(f"{document.name}: {created}, {updated}, {len(report.unchanged)} fanns redan")
        for warning in plan.warnings:
            click.echo(f"{document.name}: varning: {warning}")
    if document.meeting is not None:
        meeting = document.meeting
        body = meeting.body or "(organ saknas)"
        click.echo(f"{document.name}: {document.kind}, {body} {meeting.date or '(datum saknas)'}: "
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

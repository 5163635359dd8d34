"""Import of municipal documents: file -> parser -> Matter -> the archive's write functions.

Parsers are tried in order; each says whether it recognises the document. Today there
is one (tjänsteskrivelse); kallelser and protocols join this list later.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from archive.db import Archive
from archive.errors import ImportFailed
from archive.importing.text import read_document
from archive.importing.tjansteskrivelse import parse_tjansteskrivelse
from archive.matters import find_by_checksum, get_matter, save_matter
from archive.model import Matter


def parse_file(path: Path) -> Matter:
    """Parse one file; ImportFailed names the file (and line, field) when it cannot."""
    document = read_document(Path(path))
    return parse_tjansteskrivelse(document)


def parse_files(paths: list[Path]) -> list[Matter]:
    """Parse every file before anything is written: one bad file stops the run early."""
    return [parse_file(path) for path in paths]


ALREADY_IMPORTED = "redan importerad (samma innehåll); inget ändrat"


def import_files(archive: Archive, matters: list[Matter]) -> list[Matter]:
    """Store parsed matters in one transaction; an unchanged file is not stored twice.

    Returns the stored matters (as `show` reads them back), with the parse warnings."""
    stored_ids: list[tuple[int, list[str]]] = []
    with archive.write():
        for matter in matters:
            existing = find_by_checksum(archive, matter.source_checksum)
            if existing is not None:
                stored_ids.append((existing, [*matter.warnings, ALREADY_IMPORTED]))
                continue
            same_name = archive.execute(
                "SELECT id FROM matters WHERE source_file = ?", (matter.source_file,)
            ).fetchone()
            if same_name and matter.municipality:
                raise ImportFailed(
                    f"ärende {same_name[0]} importerades från en annan version av filen; "
                    "att uppdatera ett importerat ärende stöds inte än",
                    file=matter.source_file,
                )
            stored_ids.append((save_matter(archive, matter), matter.warnings))
    return [replace(get_matter(archive, matter_id), warnings=warnings) for matter_id, warnings in stored_ids]

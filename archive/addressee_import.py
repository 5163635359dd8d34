"""The addressee directory's e-mail addresses: one edit, and an import from a CSV kept in
Excel (namn;titel;e-post), read by the same helper as a meeting plan (archive.meetings:
UTF-8 with or without BOM or Windows-1252, `;` or `,`).

Each row finds its addressee by name and title (a new one is added to the directory);
an empty e-mail cell means the addressee has no address (its extracts go on paper).
Every row is checked before anything is written; a bad row names its line and column.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from archive import naming
from archive.db import Archive
from archive.errors import InvalidValue, NotFound
from archive.meetings import header_columns, read_csv_rows

# Header words, lower case -> our field.
CSV_COLUMNS = {
    "namn": "name", "name": "name", "mottagare": "name",
    "titel": "title", "title": "title", "befattning": "title",
    "e-post": "email", "epost": "email", "e-postadress": "email", "e-mail": "email", "email": "email",
    "mejl": "email", "mail": "email",
}
# One address: no spaces, one @, a dot in the domain (what a mail server will take).
EMAIL_RE = re.compile(r"^[^@\s;,<>]+@[^@\s;,<>]+\.[^@\s;,<>]+$")


def clean_email(text: str | None, *, field: str = "email", **where) -> str | None:
    """The address, or None for an empty cell; anything else that is no address is an error."""
    text = (text or "").strip()
    if not text:
        return None
    if text.lower().startswith("mailto:"):
        text = text[7:]
    if not EMAIL_RE.match(text):
        raise InvalidValue(f"{text!r} är ingen e-postadress", field=field, **where)
    return text


def set_email(archive: Archive, addressee_id: int, email: str | None) -> None:
    """Give an addressee its e-mail address (None: none)."""
    email = clean_email(email)
    with archive.write():
        cursor = archive.execute("UPDATE addressees SET email = ? WHERE id = ?", (email, addressee_id))
        if cursor.rowcount == 0:
            raise NotFound(f"ingen mottagare med id {addressee_id}", field="addressee")


def _find_addressee(archive: Archive, name: str, title: str | None) -> tuple[int, str | None] | None:
    """(id, email) of the addressee known by `name` and `title` (no title and "" are the same)."""
    return archive.execute(
        "SELECT id, email FROM addressees WHERE name = ? AND ifnull(title, '') = ifnull(?, '')", (name, title)
    ).fetchone()


def addressee_email(archive: Archive, name: str, title: str | None) -> tuple[int, str | None]:
    """The id and e-mail of the addressee called `name` (with `title`)."""
    row = _find_addressee(archive, name, title)
    if row is None:
        raise NotFound(f"ingen mottagare {name!r} i registret", field="name")
    return row[0], row[1]


@dataclass
class AddresseeImport:
    file: str
    encoding: str
    delimiter: str
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)


def import_addressees(archive: Archive, path: str | Path) -> AddresseeImport:
    path = Path(path)
    rows, encoding, delimiter = read_csv_rows(path)
    (header_no, header), data = rows[0], rows[1:]
    columns = header_columns(header, CSV_COLUMNS)
    for needed, word in (("name", "Namn"), ("email", "E-post")):
        if needed not in columns:
            raise InvalidValue(f"ingen kolumn {word} i rubrikraden {header!r} (väntade Namn;Titel;E-post)",
                               file=str(path), line=header_no)

    def cell(row: list[str], key: str) -> str | None:
        index = columns.get(key)
        if index is None or index >= len(row):
            return None
        return " ".join(row[index].split()) or None

    parsed, seen = [], set()
    for line_no, row in data:
        where = dict(file=str(path), line=line_no)
        name = cell(row, "name")
        if not name:
            raise InvalidValue("namn saknas", field="Namn", **where)
        title = cell(row, "title")
        email = clean_email(cell(row, "email"), field="E-post", **where)
        if (name, title) in seen:
            raise InvalidValue(f"{name} står två gånger i filen", field="Namn", **where)
        seen.add((name, title))
        parsed.append((name, title, email))
    report = AddresseeImport(file=str(path), encoding=encoding, delimiter=delimiter)
    with archive.write():
        for name, title, email in parsed:
            label = f"{title}, {name}" if title else name
            found = _find_addressee(archive, name, title)
            if found is None:
                archive.execute("INSERT INTO addressees (name, title, kind, email) VALUES (?, ?, ?, ?)",
                                (name, title, naming.addressee_kind(name, title), email))
                report.created.append(label)
            elif found[1] != email:
                archive.execute("UPDATE addressees SET email = ? WHERE id = ?", (email, found[0]))
                report.updated.append(label)
            else:
                report.unchanged.append(label)
    return report

"""One exception family for everything archive/ refuses.

Each error can name where the problem is (file, line, field); the CLI prints
`str(error)` as one line and exits 1.
"""

from __future__ import annotations


class ArchiveError(Exception):
    """Base of every error that archive/ raises on purpose."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ):
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.field = field

    def __str__(self) -> str:
        where = []
        if self.file:
            where.append(str(self.file) + (f":{self.line}" if self.line else ""))
        elif self.line:
            where.append(f"rad {self.line}")
        if self.field:
            where.append(f"fält {self.field}")
        return (": ".join(where) + ": " if where else "") + self.message


class NotFound(ArchiveError):
    """A matter, step, body or meeting that does not exist."""


class InvalidValue(ArchiveError):
    """A value that breaks a rule: a date that does not exist, an unknown role, ..."""


class InvalidDate(InvalidValue):
    """Text that is not a date in any supported Swedish form."""


class StaleEdit(ArchiveError):
    """An edit based on a version of a matter that someone else has changed since."""

    def __init__(self, message: str, *, actor: str | None = None, at: str | None = None, **kw):
        super().__init__(message, **kw)
        self.actor = actor
        self.at = at


class ArchiveBusy(ArchiveError):
    """The archive stayed locked by another writer through every retry."""


class ImportFailed(ArchiveError):
    """A document that cannot be imported: empty, binary, or no tjänsteskrivelse in it."""

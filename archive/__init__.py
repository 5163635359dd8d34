"""beslut's headless library: domain, storage, rules, import, export, serving.

Never imports textual or tui/ (tests/test_import_hygiene.py proves it).
"""

from archive.db import Archive, open_archive
from archive.errors import ArchiveError

__all__ = ["Archive", "ArchiveError", "open_archive"]

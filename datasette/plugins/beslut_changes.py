"""The change log told as Historik tells it: every portal connection gets the SQL function
beslut_change_sentence(table_name, action, before, after) from archive/history.py, which
the Ändringslogg report shows as its "Ändring" column (the same sentence the TUI's
Historik shows for that change, from the same function)."""

from __future__ import annotations

from archive.history import register_change_sentences
from datasette import hookimpl


@hookimpl
def prepare_connection(conn):
    register_change_sentences(conn)

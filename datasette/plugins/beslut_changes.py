"""The change log told as Historik tells it (archive/history.py, one describer for every door).

- Every portal connection gets the SQL function beslut_change_sentence(table_name, action,
  before, after); the Ändringslogg report shows it as its "Ändring" column, the same
  sentence the TUI's Historik shows for that change.
- The `changes` table's pages (the table and a row, which `/-/verifiera` links to) show the
  sentence in the Åtgärd cell, the logged word after it; the raw before and after images
  stay, and the table's JSON and CSV are the log as stored.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from archive.history import change_sentence, register_change_sentences
from datasette import hookimpl

CHANGE_COLUMNS = ("table_name", "action", "before", "after")


@hookimpl
def prepare_connection(conn):
    register_change_sentences(conn)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if table != "changes" or column != "action":
        return None
    try:
        logged = [row[key] for key in CHANGE_COLUMNS]
    except (IndexError, KeyError):
        return None  # a page without all four columns (?_col=): the logged word alone

    async def told():
        sentence = await datasette.get_database(database).execute_fn(lambda conn: change_sentence(conn, *logged))
        return Markup(f'{escape(sentence)} <span class="beslut-logged">({escape(value)})</span>')

    return told

"""Swedish words for the portal's own templates (datasette/templates/): titles of tables,
views and columns from metadata.yml, filter operators, counts written the Swedish way,
the archive's vocabularies (archive/model.py) for the values they code, and a menu without
links that lead nowhere. Datasette's templates are replaced by ours, so nothing an auditor
reads comes from Datasette's English."""

from __future__ import annotations

from archive.model import (
    ADDRESSEE_KINDS_SV,
    AGENDA_ITEM_KINDS_SV,
    MEETING_STATES_SV,
    OUTBOX_STATES_SV,
    PROBLEM_KINDS_SV,
)
from archive.serving import DB_NAME
from datasette import hookimpl

LOOKUPS = {
    "exact": "är", "not": "är inte", "contains": "innehåller", "notcontains": "innehåller inte",
    "endswith": "slutar med", "startswith": "börjar med", "gt": ">", "gte": "≥", "lt": "<", "lte": "≤",
    "like": "liknar (like)", "notlike": "liknar inte (not like)", "glob": "mönster (glob)",
    "in": "är en av", "notin": "är ingen av", "arraycontains": "listan innehåller",
    "arraynotcontains": "listan innehåller inte", "date": "datum är", "isnull": "saknas",
    "notnull": "finns", "isblank": "är tomt", "notblank": "är inte tomt",
}
# Columns holding the archive's coded values, shown with their Swedish words: a table's own
# column first (outbox's state is not a meeting's), else the column by name wherever it is.
TABLE_VOCABULARIES = {("addressees", "kind"): ADDRESSEE_KINDS_SV, ("agenda_items", "kind"): AGENDA_ITEM_KINDS_SV,
                      ("outbox", "state"): OUTBOX_STATES_SV}
VOCABULARIES = {"state": MEETING_STATES_SV, "meeting_state": MEETING_STATES_SV, "recipient_kind": ADDRESSEE_KINDS_SV,
                "kind": PROBLEM_KINDS_SV}  # a problem's kind (plan_problems); other kinds are words already
MENU = {"Log in": "Logga in", "Log out": "Logga ut"}


def number(n) -> str:
    """1 234 567: a thin no-break space between thousands, as Swedish text writes them."""
    return f"{n:,}".replace(",", "\u202f") if isinstance(n, int) else str(n)


def counted(n, one: str, many: str) -> str:
    return f"{number(n)} {one if n == 1 else many}"


@hookimpl
def extra_template_vars(datasette, request):
    database = datasette.metadata(database=DB_NAME, fallback=False) or {}
    tables = database.get("tables") or {}
    queries = database.get("queries") or {}
    column_titles = database.get("column_titles") or {}
    auth = bool(datasette.plugin_config("datasette-auth-passwords"))

    def title_of(name):
        if name == DB_NAME:
            return database.get("title") or name
        return (tables.get(name) or queries.get(name) or {}).get("title") or name

    def column_title(name):
        return column_titles.get(name, name)

    def value_word(column, value, table=None):
        words = TABLE_VOCABULARIES.get((table, column)) or VOCABULARIES.get(column, {})
        return words.get(value, value)

    def menu(links):
        return [{**link, "label": MENU.get(link["label"], link["label"])} for link in links
                if auth or not link["href"].endswith("/-/login")]

    def filter_description(filters, sort, sort_desc, search):
        bits = []
        if search:
            bits.append(f"som matchar ”{search}”")
        for column, lookup, value in filters.selections() if filters else []:
            word = LOOKUPS.get(lookup, lookup)
            bits.append(f"där {column_title(column)} {word}" + ("" if lookup in ("isnull", "notnull", "isblank",
                                                                                  "notblank") else f" {value}"))
        if sort or sort_desc:
            bits.append(f"sorterade efter {column_title(sort or sort_desc)}" + (" (fallande)" if sort_desc else ""))
        return ", ".join(bits)

    return {
        "sv_title": title_of, "sv_column": column_title, "sv_value": value_word, "sv_menu": menu,
        "sv_lookup": lambda key, display: LOOKUPS.get(key, display), "sv_number": number,
        "sv_counted": counted, "sv_filter_description": filter_description, "sv_auth": auth,
    }

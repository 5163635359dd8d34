"""Datasette 0.65's own interface strings (its templates, filters and the login plugin's
form), as an auditor would see them: none may show on a portal page."""

from __future__ import annotations

import re

ENGLISH = [
    "home", "Custom SQL query", "returning", "more than", "Query parameters", "Run SQL", "Format SQL",
    "Edit SQL", "This data as", "sorted by", "rows", "row", "records", "results", "where", "Apply",
    "remove filter", "column", "Sort", "descending", "Advanced export", "JSON shape", "CSV options",
    "download file", "expand labels", "Export CSV", "stream all rows", "Next page", "Suggested facets",
    "Log in", "Log out", "Username", "Password", "Powered by", "Queries took", "Tables", "Views",
    "Queries", "hidden", "Menu", "Table actions", "Error", "Links from other tables",
    "View and edit SQL", "contains", "starts with", "ends with", "is null", "is not null", "is blank",
    "is not blank", "Search", "Data license", "Data source", "About", "Many rows", "view", "table",
    "default", "array", "newline-delimited", "object", "advanced", "These facets timed out",
    "You are logged in as", "Invalid SQL", "remove", "Type", "Facet by this", "Hide this column",
    "Show all columns", "Show not-blank rows",
]
PATTERN = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in sorted(ENGLISH, key=len, reverse=True))
                     + r")(?![\w-])", re.IGNORECASE)


def english_in(text: str) -> list[str]:
    return sorted({m.group(1) for m in PATTERN.finditer(text)})

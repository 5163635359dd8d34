"""Database text on screen. Always through `rich.text.Text`: a raw string is parsed
as markup, and a title holding "[/]" would crash a DataTable."""

from __future__ import annotations

from rich.text import Text


def cell(value, style: str = "") -> Text:
    """A table cell or label for one value from the archive (None shows empty)."""
    return Text("" if value is None else str(value), style=style)


def joined(*parts, sep: str = ", ") -> Text:
    """Non-empty values joined, each kept literal."""
    return Text(sep).join(cell(p) for p in parts if p)

"""Database text on screen. Always through `rich.text.Text`: a raw string is parsed
as markup, and a title holding "[/]" would crash a DataTable."""

from __future__ import annotations

from rich.text import Text


def kind_sv(kind: str | None) -> str:
    """An addressee's kind in Swedish ("" when not known)."""
    from archive.model import ADDRESSEE_KINDS_SV  # here: the first screen needs no archive.model (~2 ms)

    return ADDRESSEE_KINDS_SV.get(kind, kind or "")


def cell(value, style: str = "") -> Text:
    """A table cell or label for one value from the archive (None shows empty)."""
    return Text("" if value is None else str(value), style=style)


def joined(*parts, sep: str = ", ") -> Text:
    """Non-empty values joined, each kept literal."""
    return Text(sep).join(cell(p) for p in parts if p)


def body_options(bodies: list[dict]) -> list[tuple[Text, int]]:
    """(label, id) for a choice of bodies (archive.planning.bodies()): the municipality in
    brackets when the bodies come from more than one."""
    several = len({b["municipality"] for b in bodies}) > 1
    return [(cell(b["name"] + (f" ({b['municipality']})" if several and b["municipality"] else "")), b["id"])
            for b in bodies]

"""click's own messages (usage errors, help headings) in Swedish.

click marks its texts for gettext (`from gettext import gettext as _` in each module), but
ships no catalogue; the clerk reads "No such option" in an otherwise Swedish CLI. Here the
texts a clerk can meet are given in Swedish, and each click module's `_`/`ngettext` looks
them up first (an unknown text stays as click wrote it). Installed once by beslut/cli.py."""

from __future__ import annotations

import importlib

SV = {
    "Usage:": "Användning:",
    "Try '{command} {option}' for help.": "Skriv '{command} {option}' för hjälp.",
    "Error: {message}": "Fel: {message}",
    "Options": "Flaggor",
    "Commands": "Kommandon",
    "Positional arguments": "Argument",
    "Show this message and exit.": "Visa den här hjälpen och avsluta.",
    "Show the version and exit.": "Visa versionen och avsluta.",
    "Aborted!": "Avbrutet!",
    "Missing argument": "Argument saknas",
    "Missing option": "Flagga saknas",
    "Missing parameter": "Parameter saknas",
    "Missing argument '{name}'.": "Argumentet '{name}' saknas.",
    "Missing option '{name}'.": "Flaggan '{name}' saknas.",
    "Missing parameter: {param_name}": "Parameter saknas: {param_name}",
    "Missing {param_type}": "{param_type} saknas",
    "Missing command.": "Kommando saknas.",
    "No such command {name!r}.": "Det finns inget kommando {name!r}.",
    "No such option {name!r}.": "Det finns ingen flagga {name!r}.",
    "No such option: {name}": "Det finns ingen flagga: {name}",
    "Option {name!r} does not take a value.": "Flaggan {name!r} tar inget värde.",
    "Invalid value for {param_hint}: {message}": "Ogiltigt värde för {param_hint}: {message}",
    "Invalid value: {message}": "Ogiltigt värde: {message}",
    # click fills {number_type} with its own English type name ("integer range"): left out.
    "{value!r} is not a valid {number_type}.": "{value!r} är inget giltigt tal.",
    "{value} is not in the range {range}.": "{value} ligger inte i intervallet {range}.",
    "{value!r} is not {choice}.": "{value!r} är inte {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} är inte ett av {choices}.",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} är inget giltigt ja/nej-värde. Giltiga: {states}",
    "{name} {filename!r} does not exist.": "{name} {filename!r} finns inte.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} är en katalog.",
    "{name} {filename!r} is a file.": "{name} {filename!r} är en fil.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} går inte att läsa.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} går inte att skriva.",
    "file": "fil",
    "directory": "katalog",
    "path": "sökväg",
    "default: {default}": "förval: {default}",
    "env var: {var}": "miljövariabel: {var}",
    "required": "krävs",
}
SV_PLURAL = {
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"):
        ("Oväntat extra argument ({args})", "Oväntade extra argument ({args})"),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."):
        ("Flaggan {name!r} kräver ett värde.", "Flaggan {name!r} kräver {nargs} värden."),
    # click asks for both suggestions' texts in one ngettext call (exceptions._format_possibilities)
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"):
        ("Menade du {possibility}?", "(Menade du någon av: {possibilities}?)"),
}


def gettext(message: str) -> str:
    return SV.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    one, many = SV_PLURAL.get((singular, plural), (singular, plural))
    return one if n == 1 else many


def install() -> None:
    """Point click's `_` and `ngettext` at the Swedish texts."""
    for name in ("core", "exceptions", "types", "parser", "formatting", "decorators", "termui", "utils"):
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = gettext
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext

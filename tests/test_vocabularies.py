"""Issue 14: each vocabulary (a set of codes and their Swedish words) is defined once, in
archive/model.py; the schema, the CLI, the TUI and the portal take it from there."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest

from archive import model

ROOT = Path(__file__).resolve().parent.parent
# Module-level *_SV names that are not vocabularies of the archive: key names and tooltips
# of the terminal's own interface, and click's messages.
NOT_VOCABULARIES = {("tui/swedish.py", "KEYS_SV"), ("tui/swedish.py", "TOOLTIPS_SV"), ("beslut/swedish.py", "SV")}


def module_level_names(path: Path) -> list[str]:
    names = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) else []
        names += [t.id for t in targets if isinstance(t, ast.Name)]
    return names


def test_no_vocabulary_is_defined_outside_the_model():
    defined_in_model = {name for name in vars(model) if name.isupper()}
    found = []
    for folder in ("archive", "tui", "beslut", "datasette/plugins"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if relative == "archive/model.py":
                continue
            for name in module_level_names(path):
                if (relative, name) in NOT_VOCABULARIES:
                    continue
                if name.endswith("_SV") or name in defined_in_model:
                    found.append(f"{relative}: {name}")
    assert found == []


def test_addressee_kinds_schema_and_words_agree(archive):
    assert set(model.ADDRESSEE_KINDS_SV) == set(model.ADDRESSEE_KINDS)
    for n, kind in enumerate(model.ADDRESSEE_KINDS):
        archive.execute("INSERT INTO addressees (name, kind) VALUES (?, ?)", (f"Mottagare {n}", kind))
    with pytest.raises(sqlite3.IntegrityError):
        archive.execute("INSERT INTO addressees (name, kind) VALUES ('Okänd', 'myndighet')")

"""archive/ is headless: importing all of it never loads Textual (nor tui/)."""

from __future__ import annotations

import pkgutil
import re
import subprocess
import sys

import pytest

import archive


def test_archive_never_imports_textual():
    modules = sorted(
        info.name for info in pkgutil.walk_packages(archive.__path__, "archive.")
        if not info.name.endswith("__main__")
    )
    assert "archive.matters" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tui'))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# SQL keywords as whole words (Textual's ALLOW_SELECT is not a query), and the cursor calls.
SQL_SIGNS = re.compile(r"\b(SELECT|INSERT INTO|UPDATE|DELETE FROM)\s|\.execute(many)?\(")


def test_tui_asks_archive_and_writes_no_sql_itself():
    """tui/ stays a thin view: every query lives in archive/, where it is tested and indexed."""
    from pathlib import Path

    import tui

    found = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(Path(tui.__path__[0]).glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if SQL_SIGNS.search(line)
    ]
    assert found == []


# ---------------------------------------------------------------- every door (issue 14)

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


def _sql_lines(folder: str) -> list[str]:
    return [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if SQL_SIGNS.search(line)
    ]


def test_the_cli_writes_no_sql_itself():
    """beslut/ parses options and calls archive/; every query is an archive function."""
    assert _sql_lines("beslut") == []


@pytest.mark.xfail(strict=True, reason="the portal plugins' own queries move into archive/ on branch "
                                       "i16-portal (issue 16); remove this mark when that is merged")
def test_the_portal_plugins_write_no_sql_themselves():
    assert _sql_lines("datasette/plugins") == []


def test_only_archive_serving_imports_datasette():
    """The library stays usable without the portal: one module of archive/ brings Datasette in."""
    import ast

    importers = []
    for path in sorted((ROOT / "archive").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(name == "datasette" or name.startswith("datasette.") for name in names):
                importers.append(str(path.relative_to(ROOT)))
    assert sorted(set(importers)) == ["archive/serving.py"]

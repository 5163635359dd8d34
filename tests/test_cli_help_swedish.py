"""Every `beslut … --help` page reads Swedish: the clerk sees no English prose.

Each command and subcommand's help page (through click's CliRunner) is stripped of what is
not prose - the usage line, the example command lines, option names and their metavars,
command names in the command list, `code`, $VARIABLES, snake_case names, URLs and ALL-CAPS
metavars such as REF or TO - and what remains must hold none of a list of common English
words. The words are chosen so that none of them is also a Swedish word a help text could
use ("in", "by", "be", "not" are left out). The example blocks must hold command lines only."""

from __future__ import annotations

import re

import click
import pytest
from click.testing import CliRunner

from beslut.cli import cli

ENGLISH_WORDS = {
    "the", "and", "of", "with", "to", "for", "from", "is", "are", "or", "this", "that", "when",
    "each", "its", "it", "an", "on", "archive", "matter", "matters", "meeting", "meetings", "body",
    "file", "files", "instead", "only", "show", "write", "default", "example", "date", "day", "days",
}
ENGLISH_ABBREVIATIONS = ("e.g.", "i.e.")
SECTION = re.compile(r"^(Flaggor|Kommandon|Argument):$")
# An example line: a command line (maybe after VAR=value assignments) or its continuation.
EXAMPLE_LINE = re.compile(r"^\s+(?:(?:[A-Z_]+=\S+ )*beslut\b|--?\w)")
NOT_PROSE = re.compile(
    r"`[^`]*`"              # code: `beslut check`
    r"|\S+://\S+"           # URLs
    r"|\$\w+"               # $BESLUT_DB
    r"|\w+_\w+"             # identifiers: sent_on, integrity_check
    r"|(?<![\w-])--?\w[\w-]*"  # --move-to, -o
)


def all_commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from all_commands(command, (*prefix, name))


COMMANDS = [((), cli), *all_commands(cli)]


def help_page(path: tuple[str, ...]) -> str:
    result = CliRunner().invoke(cli, [*path, "--help"], prog_name="beslut", catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def prose(page: str) -> tuple[list[str], list[str]]:
    """The page's prose lines, and its example lines that are not command lines."""
    lines = page.splitlines()
    lines = lines[lines.index("") + 1:]  # the usage line(s) end at the first blank line
    kept, bad_examples = [], []
    section = None
    example_indent = None
    for line in lines:
        indent = len(line) - len(line.lstrip())
        if example_indent is not None:
            if not line.strip() or indent > example_indent:
                if line.strip() and not EXAMPLE_LINE.match(line):
                    bad_examples.append(line)
                continue
            example_indent = None
        if SECTION.match(line):
            section = line
            continue
        if line.strip() == "Exempel:":
            example_indent = indent
            continue
        if section == "Kommandon:" and indent == 2:
            line = re.sub(r"^\s+\S+", "", line)  # the command's name
        elif section == "Flaggor:" and indent == 2:
            # the option column (names, metavar, choices such as [planned|called|held])
            line = re.split(r"\s{2,}", line.strip(), maxsplit=1)[1] if re.search(r"\S\s{2,}\S", line) else ""
        kept.append(line)
    return kept, bad_examples


def english_in(lines: list[str]) -> list[str]:
    text = "\n".join(lines)  # as one text: a `code` span may be wrapped over two lines
    found = [a for a in ENGLISH_ABBREVIATIONS if a in text]
    for word in re.findall(r"[^\W\d_]+", NOT_PROSE.sub(" ", text)):
        if len(word) > 1 and word.isupper():
            continue  # a metavar: REF, TO, NEW_DATE
        if word.lower() in ENGLISH_WORDS:
            found.append(word)
    return found


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS], ids=["beslut " + " ".join(p) for p, _ in COMMANDS])
def test_help_page_is_swedish(path):
    page = help_page(path)
    lines, bad_examples = prose(page)
    assert "".join(lines).strip(), f"no help text in:\n{page}"
    assert bad_examples == [], f"prose among the example command lines (wrap them with \\b):\n{page}"
    found = english_in(lines)
    assert found == [], f"English words {found} in `beslut {' '.join(path)} --help`:\n{page}"


def test_the_check_finds_english():
    """The filter above must not strip the prose it is meant to check."""
    page = (
        "Användning: beslut x [OPTIONS] REF\n\n"
        "  Show one matter; REF is its id.\n\n"
        "  Exempel:\n\n      beslut show 2 --json\n\n"
        "Flaggor:\n"
        "  --json               The matter as JSON.\n"
        "  --municipality TEXT  Organets kommun, när flera kommuner har ett organ med\n"
        "                       the same name.\n\n"
        "Kommandon:\n  show  Visa ett ärende, e.g. 2 (som `beslut\n  show`).\n"
    )
    lines, bad_examples = prose(page)
    assert bad_examples == []
    assert english_in(lines) == ["e.g.", "Show", "matter", "is", "its", "The", "matter", "the"]
    swedish = prose(page.replace("Show one matter; REF is its id.", "Visa ett ärende; REF är dess id.")
                    .replace("The matter as JSON.", "Ärendet som JSON.").replace("the same name.", "samma namn.")
                    .replace("e.g.", "t.ex."))[0]
    assert english_in(swedish) == []
    assert prose(page.replace("      beslut show 2 --json", "      Show it as JSON"))[1] == ["      Show it as JSON"]


@pytest.mark.parametrize("module", ["beslut", "beslut.cli"])
def test_each_way_to_start_the_cli_as_a_module_runs_it(module):
    """`python -m beslut` and `python -m beslut.cli` are the same command as `beslut`: a real process
    prints the Swedish usage line (the second printed nothing before it had a __main__ guard)."""
    import subprocess
    import sys
    done = subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True, text=True, check=True)
    assert done.stdout.startswith("Användning: beslut ")

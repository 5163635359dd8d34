"""Import stress: the reader's cost on long and odd inputs (issue 13: every document within 1 s, no hang).

Each input is built from a real tuning document (tests/import_corpus/real/tuning/): a protocol's §§ repeated
to 2,000, a notice's bulleted list grown to 5,000 rows (under its intro, without it, and one row wrapped over
3,000 lower-case lines), one 200,000-character line, a notice's numbered rows glued into one line, a long
protocol with a PDF's running head every ~40 lines, a meeting plan's rows and a report's prose repeated. Each
is read by `parse_document` in a child process (a hang shows as the timeout, not a stuck bench), once at full
size and once at half size: the ratio of the two tells the cost's growth (~2x linear, ~4x quadratic).

Run alone: .venv/bin/python bench/import_stress.py [--only NAME]... [--timeout SECONDS] [--cpu]
(--cpu: the child's processor seconds instead of the clock's, for a machine other work loads: the clock counts the
time the reading waited for a processor too.)
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, Row, table  # noqa: E402

TUNING = ROOT / "tests" / "import_corpus" / "real" / "tuning"
LIMIT = 1.0  # seconds: issue 13's "every document within 1 s"
TIMEOUT = 60.0
_MARK = re.compile(r"^§\s*\d+", re.MULTILINE)
_BULLET = re.compile(r"^\s*•\s*(\S.*)$")
_NUMBERED = re.compile(r"^(\d{1,3})\.\s+(\S.*)$")


def _text(stem: str) -> str:
    return (TUNING / f"{stem}.txt").read_text(encoding="utf-8")


def _gold(stem: str) -> dict:
    return json.loads((TUNING / f"{stem}.json").read_text(encoding="utf-8"))


def items_repeated(stem: str, count: int) -> str:
    """The protocol's §§ (from its first § mark on) repeated, numbered on, until `count` §§."""
    text = _text(stem)
    first = _MARK.search(text)
    head, block = text[:first.start()], text[first.start():]
    numbers = itertools.count(1)
    parts, made = [], 0
    while made < count:
        parts.append(_MARK.sub(lambda _: f"§ {next(numbers)}", block))
        made += len(_MARK.findall(block))
    return head + "\n".join(parts)


def _bullet_parts(stem: str) -> tuple[list[str], list[str], list[str]]:
    """The notice's lines before its bulleted list, the list's rows' titles, the lines after it."""
    lines = _text(stem).splitlines()
    rows = [at for at, line in enumerate(lines) if _BULLET.match(line)]
    titles = [_BULLET.match(lines[at]).group(1) for at in rows]
    return lines[:rows[0]], titles, lines[rows[-1] + 1:]


def bullets(stem: str, count: int) -> str:
    """The notice's bulleted list grown to `count` rows under its own intro."""
    before, titles, after = _bullet_parts(stem)
    rows = [f"  • {title}" for title, _ in zip(itertools.cycle(titles), range(count))]
    return "\n".join([*before, *rows, *after]) + "\n"


def bullets_without_intro(stem: str, count: int) -> str:
    """The same list with the lines above it gone: no intro, `count` bulleted rows from the first line."""
    _, titles, after = _bullet_parts(stem)
    rows = [f"• {title}" for title, _ in zip(itertools.cycle(titles), range(count))]
    return "\n".join([*rows, *after]) + "\n"


def wrapped_bullet(stem: str, count: int) -> str:
    """The list's first row with its title broken over `count` more lines opening in lower case."""
    before, titles, after = _bullet_parts(stem)
    more = [title.lower() for title, _ in zip(itertools.cycle(titles), range(count))]
    return "\n".join([*before, f"  • {titles[0]}", *more, *[f"  • {title}" for title in titles[1:]], *after]) + "\n"


def one_line(stem: str, characters: int) -> str:
    """The document's words on one line, repeated to `characters`."""
    words = " ".join(_text(stem).split())
    return (" ".join(itertools.repeat(words, characters // len(words) + 1)))[:characters] + "\n"


def _numbered_parts(stem: str, count: int) -> tuple[list[str], list[str], list[str]]:
    """The notice's lines before its numbered rows ('1. Val av justerare'), the rows' titles numbered on to `count`,
    the lines after them."""
    lines = _text(stem).splitlines()
    rows = [at for at, line in enumerate(lines) if _NUMBERED.match(line)]
    titles = [_NUMBERED.match(lines[at]).group(2) for at in rows]
    listed = [f"{n}. {title}" for n, title in zip(range(1, count + 1), itertools.cycle(titles))]
    return lines[:rows[0]], listed, lines[rows[-1] + 1:]


def glued_rows(stem: str, count: int) -> str:
    """The notice's numbered rows numbered on to `count` and run into one line."""
    before, listed, after = _numbered_parts(stem, count)
    return "\n".join([*before, " ".join(listed), *after]) + "\n"


def paged_items(stem: str, count: int) -> str:
    """The protocol's §§ repeated to `count`, a PDF's running head at a blank line every ~40 lines (the
    robustness bench's paged layout)."""
    from bench.import_robustness import paged
    return paged(items_repeated(stem, count).replace("\n", "\n\n"), _gold(stem))


def repeated(stem: str, times: int) -> str:
    """The document's body (after its first tenth of lines, its head) repeated `times`."""
    lines = _text(stem).splitlines()
    body = lines[len(lines) // 10:]
    return "\n".join([*lines, *itertools.chain.from_iterable(itertools.repeat(body, times - 1))]) + "\n"


def numbered_rows(stem: str, count: int) -> str:
    """The notice's numbered rows, each on its line, numbered on to `count`."""
    before, listed, after = _numbered_parts(stem, count)
    return "\n".join([*before, *listed, *after]) + "\n"


def layout_of(build, layout: str):
    """The builder's text set in one of the robustness bench's layouts."""
    def built(stem: str, size: int) -> str:
        from bench import import_robustness
        return import_robustness.VARIANTS[layout](build(stem, size))
    return built


def lost_marks(stem: str, count: int) -> str:
    """items_repeated with every § sign lost ('§ 12 Title' -> '12 Title'), as some extractions give it."""
    return re.sub(r"^§\s*", "", items_repeated(stem, count), flags=re.MULTILINE)


def many_lines(stem: str, count: int) -> str:
    """The document with `count` short lines of names and blank lines after its head (a long attendance list)."""
    lines = _text(stem).splitlines()
    names = [f"Xxxxx Xxxxxxx{'' if n % 3 else ' (S)'}" if n % 7 else "" for n in range(count)]
    return "\n".join([*lines[:len(lines) // 3], *names, *lines[len(lines) // 3:]]) + "\n"


def items_on_one_line(stem: str, count: int) -> str:
    """items_repeated, its §§ from the first on run into one line (the head keeps its lines)."""
    text = items_repeated(stem, count)
    first = _MARK.search(text)
    return text[:first.start()] + " ".join(text[first.start():].split()) + "\n"


def padded_line(pad: str):
    """The document with one line of `size` characters of `pad` in its middle (a contents row's leader of dots,
    a form's rule of underscores, an unbroken token)."""
    def build(stem: str, size: int) -> str:
        lines = _text(stem).splitlines()
        middle = len(lines) // 2
        return "\n".join([*lines[:middle], f"{lines[middle]} {pad * (size // len(pad))} 4", *lines[middle:]]) + "\n"
    return build


def case_number_lines(stem: str, count: int) -> str:
    """The document with `count` lines of a case number alone after it ('Dnr KS 2020/17'), each a warning's cause."""
    return _text(stem) + "\n" + "\n".join(f"Dnr KS 2020/{n}" for n in range(count)) + "\n"


_LEAD = re.compile(r"\bföljande\s+(?:dagar|datum)\b.*:$", re.IGNORECASE)


def _lead_and_list(stem: str) -> tuple[list[str], str]:
    """The plan's lines before its lead ('Under 2024 sammanträder direktionen följande datum:'), and the lead
    with its bulleted dates run on after it, as one sentence ('... datum: 5 februari, 11 mars, ... 16 december.')."""
    lines = _text(stem).splitlines()
    lead = next(at for at, line in enumerate(lines) if _LEAD.search(line.strip()))
    dates = [_BULLET.match(line).group(1).rstrip(".") for line in lines[lead + 1:] if _BULLET.match(line)]
    return lines[:lead], f"{lines[lead].strip()} {', '.join(dates)}."


def lead_and_list_run_on(stem: str, count: int) -> str:
    """The plan's lead and its list as one sentence, `count` of them run into one line (a page's line breaks
    lost, as a copy site gives a förbund's page)."""
    before, sentence = _lead_and_list(stem)
    return "\n".join([*before, " ".join(itertools.repeat(sentence, count))]) + "\n"


def lead_and_list_lines(stem: str, count: int) -> str:
    """The same sentences, each on its own line."""
    before, sentence = _lead_and_list(stem)
    return "\n".join([*before, *itertools.repeat(sentence, count)]) + "\n"


def bodies_run_on(stem: str, count: int) -> str:
    """The plan's bodies and their dates (after its lead), repeated to `count` bodies and run into one line
    ('Kommunstyrelsen 2 februari, 2 mars ... Kommunfullmäktige 31 januari, ...', a PDF's lines run together)."""
    lines = _text(stem).splitlines()
    lead = next(at for at, line in enumerate(lines) if _LEAD.search(line.strip()))
    listed = [line.strip() for line in lines[lead + 1:] if line.strip()]
    bodies = sum(1 for line in listed if not re.search(r"\d", line))
    words = " ".join(itertools.repeat(" ".join(listed), count // bodies + 1))
    return "\n".join([*lines[:lead + 1], words]) + "\n"


def long_date_list(stem: str, count: int) -> str:
    """The plan's first body's list of dates ('2 februari, 2 mars, ...') grown to `count` dates on its one line."""
    lines = _text(stem).splitlines()
    at = next(at for at, line in enumerate(lines) if line.count(",") >= 3 and re.search(r"\d", line))
    dates = [date.strip() for date in lines[at].split(",")]
    grown = ", ".join(date for date, _ in zip(itertools.cycle(dates), range(count)))
    return "\n".join([*lines[:at], grown, *lines[at + 1:]]) + "\n"


# name -> (builder, source stem, full size, what the size counts)
INPUTS = {
    "protocol 2,000 §§": (items_repeated, "hudiksvall_protokoll_1", 2000, "§§"),
    "protocol 2,000 §§ (list)": (items_repeated, "laholm_protokoll_1", 2000, "§§"),
    "bullet list 5,000 rows": (bullets, "falun_kallelse_1", 5000, "rows"),
    "bullet list 5,000 rows, no intro": (bullets_without_intro, "falun_kallelse_1", 5000, "rows"),
    "bullet row wrapped over 3,000 lines": (wrapped_bullet, "falun_kallelse_1", 3000, "lines"),
    "one 200,000-character line (protocol)": (one_line, "samordningsforbundet-sydnarke_protokoll_1", 200_000, "chars"),
    "one 200,000-character line (kallelse)": (one_line, "ockero_kallelse_1", 200_000, "chars"),
    "one 200,000-character line (tjänsteskrivelse)": (one_line, "goteborg_tjansteskrivelse_1", 200_000, "chars"),
    "one 200,000-character line (plan)": (one_line, "bastad_sammantradesplan_1", 200_000, "chars"),
    "kallelse's 2,000 rows glued": (glued_rows, "ockero_kallelse_1", 2000, "rows"),
    "kallelse's 2,000 numbered rows": (numbered_rows, "ockero_kallelse_1", 2000, "rows"),
    "protocol 2,000 §§ joined": (layout_of(items_repeated, "joined"), "hudiksvall_protokoll_1", 2000, "§§"),
    "protocol 2,000 §§ wrapped": (layout_of(items_repeated, "wrapped"), "falkenberg_protokoll_3", 2000, "§§"),
    "protocol 2,000 §§ in columns": (layout_of(items_repeated, "columns"), "solna_protokoll_2", 2000, "§§"),
    "protocol 2,000 §§, § signs lost": (lost_marks, "hudiksvall_protokoll_1", 2000, "§§"),
    "protocol with 20,000 lines of names": (many_lines, "pitea_protokoll_1", 20000, "lines"),
    "protocol 2,000 §§ on one line": (items_on_one_line, "hudiksvall_protokoll_1", 2000, "§§"),
    "a 200,000-character leader of dots": (padded_line("."), "haninge_kallelse_1", 200_000, "chars"),
    "a 200,000-character rule of underscores": (padded_line("_"), "lulea_protokoll_1", 200_000, "chars"),
    "a 200,000-character token": (padded_line("Ab1/"), "goteborg_tjansteskrivelse_1", 200_000, "chars"),
    "a 200,000-character run of spaces": (padded_line(" "), "pitea_protokoll_1", 200_000, "chars"),
    "a 200,000-character run of dashes": (padded_line("–"), "ockero_kallelse_1", 200_000, "chars"),
    "a 200,000-character run of digits": (padded_line("1"), "hudiksvall_protokoll_1", 200_000, "chars"),
    "a 200,000-character run of § signs": (padded_line("§ "), "hudiksvall_protokoll_1", 200_000, "chars"),
    "a 200,000-character run of brackets": (padded_line("("), "falun_kallelse_1", 200_000, "chars"),
    "a 200,000-character list of names": (padded_line("Anna Berg (S), "), "pitea_protokoll_1", 200_000, "chars"),
    "a 200,000-character run of dates": (padded_line("2020-01-01 "), "bastad_sammantradesplan_1", 200_000, "chars"),
    "a 200,000-character run of case numbers": (padded_line("KS 2020/123 "), "goteborg_tjansteskrivelse_1", 200_000,
                                                "chars"),
    "protocol 2,000 §§ with running heads": (paged_items, "hudiksvall_protokoll_1", 2000, "§§"),
    "meeting plan repeated 100 times": (repeated, "bastad_sammantradesplan_1", 100, "copies"),
    "tjänsteskrivelse repeated 100 times": (repeated, "goteborg_tjansteskrivelse_1", 100, "copies"),
    "kallelse repeated 100 times": (repeated, "ockero_kallelse_1", 100, "copies"),
    "protokollsutdrag repeated 400 times": (repeated, "sala_protokollsutdrag_1", 400, "copies"),
    "kallelse with 8,000 case number lines": (case_number_lines, "ockero_kallelse_1", 8000, "lines"),
    "plan's lead and list, 3,000 on one line": (lead_and_list_run_on, "jamtlands-gymnasieforbund_sammantradesplan_1",
                                                 3000, "sentences"),
    "plan's lead and list, 3,000 lines": (lead_and_list_lines, "jamtlands-gymnasieforbund_sammantradesplan_1", 3000,
                                          "lines"),
    "plan's 2,000 bodies with dates on one line": (bodies_run_on, "gullspang_sammantradesplan_1", 2000, "bodies"),
    "plan's body with 20,000 dates in one list": (long_date_list, "gullspang_sammantradesplan_1", 20000, "dates"),
    "plan with codes repeated 100 times": (repeated, "vargarda_sammantradesplan_1", 100, "copies"),
    "plan grid repeated 100 times, joined": (layout_of(repeated, "joined"), "ystad_sammantradesplan_1", 100, "copies"),
}


def read_once(path: Path, clock=time.perf_counter) -> dict:
    """In the child: parse the file once; its seconds (by `clock`) and what came of it."""
    from archive.errors import ImportFailed
    from archive.importing import parse_document
    started = clock()
    try:
        document = parse_document(path)
        outcome = f"{type(document).__name__}"
        matters = getattr(document, "matters", None)
        if matters is not None:
            outcome += f", {len(matters)} matters"
        if getattr(document, "plan", None) is not None:
            outcome += f", {len(document.plan.meetings)} planned meetings"
    except ImportFailed:
        outcome = "refused"
    return {"seconds": clock() - started, "outcome": outcome}


def measure(text: str, scratch: Path, timeout: float, cpu: bool = False) -> dict:
    path = scratch / "stress.txt"
    path.write_text(text, encoding="utf-8")
    try:
        done = subprocess.run([sys.executable, __file__, "--read", str(path), *(["--cpu"] if cpu else [])],
                              capture_output=True, text=True,
                              timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return {"seconds": None, "outcome": f"no answer in {timeout:.0f} s"}
    except subprocess.CalledProcessError as crash:
        return {"seconds": None, "outcome": "crash: " + (crash.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(done.stdout)


def _seconds(result: dict) -> str:
    return f"{result['seconds']:.2f} s" if result["seconds"] is not None else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=list(INPUTS), action="append", help="only this input (repeatable)")
    parser.add_argument("--timeout", type=float, default=TIMEOUT, help="seconds before a reading counts as a hang")
    parser.add_argument("--read", type=Path, help=argparse.SUPPRESS)  # the child's work
    parser.add_argument("--cpu", action="store_true", help="processor seconds, not the clock's (a loaded machine)")
    options = parser.parse_args(argv)
    if options.read:
        print(json.dumps(read_once(options.read, time.process_time if options.cpu else time.perf_counter)))
        return 0
    rows, slowest = [], (0.0, "")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="beslut-stress-") as scratch:
        for name in options.only or INPUTS:
            build, stem, size, unit = INPUTS[name]
            text = build(stem, size)
            full = measure(text, Path(scratch), options.timeout, options.cpu)
            half = measure(build(stem, size // 2), Path(scratch), options.timeout, options.cpu)
            growth = f"{full['seconds'] / half['seconds']:.1f}x" if full["seconds"] and half["seconds"] else "-"
            rows.append(Row(f"{name} ({stem}, {len(text):,} chars)", f"<= {LIMIT:.0f} s", _seconds(full),
                            f"half ({size // 2:,} {unit}) {_seconds(half)}, growth {growth}; {full['outcome']}",
                            full["seconds"] is not None and full["seconds"] <= LIMIT))
            if full["seconds"] is None or full["seconds"] > slowest[0]:
                slowest = (float("inf") if full["seconds"] is None else full["seconds"], name)
    rows.append(Row("slowest input", f"<= {LIMIT:.0f} s", f"{slowest[0]:.2f} s", slowest[1], slowest[0] <= LIMIT))
    print(table(rows))
    print(f"\n{len(rows) - 1} inputs, {sum(not row.passed for row in rows[:-1])} over {LIMIT:.0f} s; "
          f"{time.perf_counter() - started:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())

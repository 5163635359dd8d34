"""The readers skip a pattern on a text that cannot hold a match of it: a word or a sign every
match holds is looked for first (speed, issue 14). Each shortcut must stay true to its pattern:
here every pattern is run on every line and every whole text of the documents we test against,
and wherever it matches, its shortcut must have let it through. A pattern given a new alternative
without the shortcut's word fails here when a document holds that alternative."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive.importing import common, meetingkind, meetingplan, text, tjansteskrivelse

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = sorted(
    [*(ROOT / "tests" / "import_corpus").rglob("*.txt"), *(ROOT / "tests" / "import_linking").rglob("*.txt"),
     *(ROOT / "data").glob("*.txt")])


def _texts() -> list[str]:
    found = set()
    for path in DOCUMENTS:
        raw = path.read_text(encoding="utf-8", errors="replace")
        lines = [line.replace("\xa0", " ").rstrip() for line in raw.splitlines()]
        found.update(lines)
        found.update(" ".join(line.split()) for line in lines)
        found.add(" ".join(" ".join(line.split()) for line in lines))  # a whole document, run on
    return sorted(found)


TEXTS = _texts()

# (name, the pattern's search, the shortcut: False means "cannot match, not searched")
SHORTCUTS = [
    ("_MID_LINE", tjansteskrivelse._MID_LINE.search,
     lambda t: bool(tjansteskrivelse._MID_LINE_WORDS.search(t))),
    ("_EARLIER_DECISION", tjansteskrivelse._EARLIER_DECISION.search, tjansteskrivelse._may_state_earlier_decisions),
    ("_PRESENTER_CUT", tjansteskrivelse._PRESENTER_CUT.search, lambda t: "Föredragande" in t),
    ("_ON_BEHALF", tjansteskrivelse._ON_BEHALF.search, lambda t: "vägnar" in t),
    ("_MAIL_LOCAL_PART", tjansteskrivelse._MAIL_LOCAL_PART.search, lambda t: "@" in t),
    ("_CAPITALS_MUNICIPALITY", tjansteskrivelse._CAPITALS_MUNICIPALITY.search,
     lambda t: "KOMMUN" in t or "STAD" in t),
    ("_PROPOSES", common._PROPOSES.search, common._may_propose),
    ("_PAGE_HEAD", common._PAGE_HEAD.match, lambda t: "(" in t or "[" in t),
    ("_TRAILING_PAGE_MARK", common._TRAILING_PAGE_MARK.search, lambda t: ")" in t),
    ("DATE_IN_TEXT", common.DATE_IN_TEXT.search, lambda t: bool(common._DIGIT.search(t))),
    ("COMPACT_DATE", common.COMPACT_DATE.search, lambda t: bool(common._DIGIT.search(t))),
    ("_SNIPPET", text._SNIPPET.search, lambda t: "·" in t),
    ("_FILE_NOTE", text._FILE_NOTE.search, lambda t: "(" in t),
    ("_DOWNLOAD", text._DOWNLOAD.match, lambda t: '"' in t),
    ("_SPACED", text._SPACED.search, lambda t: bool(text._SPACED_RUN.search(t))),
    ("_RELATED", text._RELATED.match, lambda t: t[:1].casefold() in text._RELATED_FIRST),
    # Read on a line's stripped text: "•?\s*no results found" is the one branch that lets white space lead.
    ("_SITE_LINE", lambda t: text._SITE_LINE.match(" ".join(t.split())),
     lambda t: t.lstrip()[:1].casefold() in text._SITE_FIRST or t.lstrip()[:1].isdecimal()),
    ("_URL_LINE", text._URL_LINE.match, lambda t: "://" in t or "www." in t),
    ("_BREADCRUMBS", text._BREADCRUMBS.match, lambda t: t[:1].casefold() in text._BREADCRUMBS_FIRST),
    ("PLAN_HEADING", meetingplan.PLAN_HEADING.search, meetingplan._may_name_meetings),
    ("_DATES_HEADING", meetingplan._DATES_HEADING.match, meetingplan._may_name_meetings),
    ("_MEETS", meetingplan._MEETS.match, meetingplan._may_name_meetings),
    # _body_and_dates_at gives up on a name with nothing _DATES_MAY_START lets through after it: every list of dates
    # _list_dates reads must start as it says.
    ("_list_dates", lambda t: meetingplan._list_dates(t)[0], lambda t: bool(meetingplan._DATES_MAY_START.match(t))),
    ("PROTOCOL_SIGNALS", meetingkind.PROTOCOL_SIGNALS.search, lambda t: bool(meetingkind._SIGNAL_WORDS.search(t))),
]


def test_the_documents_are_there():
    assert len(DOCUMENTS) > 150 and len(TEXTS) > 3_000


@pytest.mark.parametrize("name, search, passes", SHORTCUTS, ids=[s[0] for s in SHORTCUTS])
def test_a_shortcut_never_skips_a_match(name, search, passes):
    skipped = [t for t in TEXTS if search(t) and not passes(t)]
    assert not skipped, f"{name} matches texts its shortcut skips: {skipped[:3]}"


@pytest.mark.parametrize("name, search, passes", SHORTCUTS, ids=[s[0] for s in SHORTCUTS])
def test_a_shortcut_is_a_shortcut(name, search, passes):
    """It lets through only part of the texts (else it saves nothing) and every match (above)."""
    assert not all(passes(t) for t in TEXTS)

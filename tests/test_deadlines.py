"""The deadline rules, with every expected date worked out by hand from a calendar.

Hand notes: 2019-09-27 is a Friday; 2024-12-24 a Tuesday; 2025-04-21 is Easter Monday
(Easter Sunday 2025-04-20); midsommarafton 2025 is Friday 2025-06-20; 1 May 2025 is a
Thursday; 2025-12-24 a Wednesday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from archive.deadlines import (
    appeal_last_day,
    approval_deadline,
    call_deadline,
    documents_deadline,
    motion_year,
    notice_deadline,
)

D = dt.date.fromisoformat

# (rule, input, expected, what the hand calculation went through)
RULES = [
    # Last day of appeal: the notice + 3 weeks, Lag 1930:173.
    ("appeal", "2019-09-27", "2019-10-18", "Fri + 21 days = Fri, a working day"),
    ("appeal", "2024-03-02", "2024-03-25", "notice Sat -> Sat 03-23 -> Mon 03-25"),
    ("appeal", "2024-03-03", "2024-03-25", "notice Sun -> Sun 03-24 -> Mon 03-25"),
    ("appeal", "2025-05-30", "2025-06-23", "-> Fri 06-20 midsommarafton, Sat midsommardagen, Sun -> Mon"),
    ("appeal", "2024-12-03", "2024-12-27", "-> Tue 12-24 julafton, 25, 26 -> Fri 12-27"),
    ("appeal", "2024-12-10", "2025-01-02", "-> Tue 12-31 nyårsafton, Wed 01-01 nyårsdagen -> Thu"),
    ("appeal", "2025-03-31", "2025-04-22", "-> Mon 04-21 annandag påsk -> Tue 04-22"),
    ("appeal", "2025-04-10", "2025-05-02", "-> Thu 05-01 första maj -> Fri 05-02"),
    ("appeal", "2025-04-03", "2025-04-24", "Thu + 21 = Thu 04-24, after Easter: unchanged"),
    # Justering: the meeting + 14 days, same law.
    ("approval", "2019-09-04", "2019-09-18", "Wed + 14 = Wed"),
    ("approval", "2025-04-04", "2025-04-22", "-> Fri 04-18 långfredagen, Sat, Sun, annandag påsk -> Tue"),
    ("approval", "2025-12-10", "2025-12-29", "-> Wed 12-24 julafton, 25, 26, Sat, Sun -> Mon 12-29"),
    ("approval", "2025-06-06", "2025-06-23", "-> Fri 06-20 midsommarafton -> Mon 06-23"),
    # Notice of the justering: the justering + 2 days.
    ("notice", "2019-09-26", "2019-09-30", "Thu + 2 = Sat -> Mon"),
    ("notice", "2019-09-27", "2019-09-30", "Fri + 2 = Sun -> Mon"),
    ("notice", "2025-04-29", "2025-05-02", "Tue + 2 = Thu 05-01 första maj -> Fri"),
    ("notice", "2025-12-22", "2025-12-29", "Mon + 2 = Wed julafton -> Mon 12-29"),
    ("notice", "2019-09-24", "2019-09-26", "Tue + 2 = Thu"),
]


@pytest.mark.parametrize(("rule", "given", "expected", "why"), RULES, ids=[f"{r[0]}-{r[1]}" for r in RULES])
def test_statutory_periods(rule, given, expected, why):
    function = {"appeal": appeal_last_day, "approval": approval_deadline, "notice": notice_deadline}[rule]
    assert function(D(given)) == D(expected), why


def test_the_law_examples_weekday():
    # docs/domain.md: approval announced Friday 2019-09-27 -> last appeal day Friday 2019-10-18.
    assert appeal_last_day("2019-09-27") == D("2019-10-18")
    assert appeal_last_day(D("2019-09-27")).weekday() == 4


CALLS = [
    # (meeting, body kind, configured lead days, last day for kallelse/kungörelse)
    ("2024-08-29", "fullmäktige", None, "2024-08-22", "KF Thu: a week before, Thu"),
    ("2024-08-29", "fullmäktige", 3, "2024-08-22", "fullmäktige never below the law's week"),
    ("2024-08-29", "fullmäktige", 10, "2024-08-19", "a longer local rule counts: Mon"),
    ("2025-05-08", "fullmäktige", None, "2025-04-30", "Thu - 7 = Thu 05-01 första maj -> back to Wed"),
    ("2025-03-05", "nämnd", None, "2025-02-28", "nämnd default 5 days: Wed -> Fri"),
    ("2025-03-06", "styrelse", None, "2025-02-28", "Thu - 5 = Sat -> back to Fri"),
    ("2025-03-06", "styrelse", 2, "2025-03-04", "configured 2 days"),
]


@pytest.mark.parametrize(("meeting", "kind", "lead", "expected", "why"), CALLS)
def test_call_deadlines(meeting, kind, lead, expected, why):
    assert call_deadline(meeting, kind, lead) == D(expected), why


DOCUMENTS = [
    ("2025-03-05", None, "2025-02-19", "10 working days: 4,3 Mar, 28..24 Feb, 21,20,19 Feb"),
    ("2025-04-23", 3, "2025-04-16", "22 Apr, (21 annandag påsk, 20, 19, 18 långfredag) 17, 16"),
    ("2025-03-05", 0, "2025-03-05", "no lead time: the meeting day"),
    ("2025-03-05", 1, "2025-03-04", "one working day: the day before"),
    ("2026-01-07", 4, "2025-12-29", "(6 jan trettondedag) 5 Jan, 2 Jan, (1 Jan, 31 nyårsafton) 30, 29 Dec"),
]


@pytest.mark.parametrize(("meeting", "lead", "expected", "why"), DOCUMENTS)
def test_documents_ready(meeting, lead, expected, why):
    assert documents_deadline(meeting, lead) == D(expected), why


MOTIONS = [
    # raised_on as stored, counts from, warning from (11 months), year ends
    ("2022-06", "2022-06-30", "2023-05-30", "2023-06-30"),  # Linköping: "juni 2022", month precision
    ("juni 2022", "2022-06-30", "2023-05-30", "2023-06-30"),
    ("2022-06-14", "2022-06-14", "2023-05-14", "2023-06-14"),
    ("2023-01", "2023-01-31", "2023-12-31", "2024-01-31"),
    ("2023-03", "2023-03-31", "2024-02-29", "2024-03-31"),  # 11 months to a leap February
    ("2024-02-29", "2024-02-29", "2025-01-29", "2025-02-28"),  # a leap day's year ends 28 Feb
    ("2022", "2022-12-31", "2023-11-30", "2023-12-31"),  # year precision: from 31 December
]


@pytest.mark.parametrize(("raised", "counts_from", "warning_from", "ends_on"), MOTIONS)
def test_motion_year(raised, counts_from, warning_from, ends_on):
    year = motion_year(raised)
    assert (year.counts_from, year.warning_from, year.ends_on) == (D(counts_from), D(warning_from), D(ends_on))

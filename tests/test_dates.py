"""Swedish date parsing: the forms documents and clerks write, and what is refused."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from archive.dates import PartialDate, format_long, parse_date, parse_partial
from archive.errors import InvalidDate

# Our own tables, written out here, so the tests do not format with the code under test.
MONTHS_SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
             "september", "oktober", "november", "december"]
SHORT_SV = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS_SV = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-08-05", dt.date(2024, 8, 5)),
        ("240805", dt.date(2024, 8, 5)),
        ("20240805", dt.date(2024, 8, 5)),
        ("23 maj 2024", dt.date(2024, 5, 23)),
        ("den 2 november 2016", dt.date(2016, 11, 2)),
        ("1 okt. 2025", dt.date(2025, 10, 1)),
        ("23/5 2024", dt.date(2024, 5, 23)),
        ("23/5/2024", dt.date(2024, 5, 23)),
        ("torsdag 23 maj 2024", dt.date(2024, 5, 23)),
        ("torsdagen den 23 maj 2024", dt.date(2024, 5, 23)),
        ("  Den 2   November 2016, ", dt.date(2016, 11, 2)),
        ("1:a maj 2024", dt.date(2024, 5, 1)),
    ],
)
def test_supported_forms(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "partial", "precision"),
    [
        ("juni 2022", PartialDate(2022, 6), "month"),
        ("2022-06", PartialDate(2022, 6), "month"),
        ("Juni 2022", PartialDate(2022, 6), "month"),
        ("2022", PartialDate(2022), "year"),
    ],
)
def test_imprecise_dates_keep_their_precision(text, partial, precision):
    parsed = parse_partial(text)
    assert parsed == partial and parsed.precision == precision


def test_month_precision_first_and_last_day():
    assert parse_partial("juni 2022").first_day() == dt.date(2022, 6, 1)
    assert parse_partial("juni 2022").last_day() == dt.date(2022, 6, 30)
    assert parse_partial("februari 2024").last_day() == dt.date(2024, 2, 29)
    assert parse_partial("2022").last_day() == dt.date(2022, 12, 31)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("2024-02-30", "finns inte"),
        ("31 april 2024", "finns inte"),
        ("240230", "finns inte"),
        ("2024-13-01", "månad 13"),
        ("onsdag 23 maj 2024", "är en torsdag, inte onsdag"),
        ("23 smaj 2024", "okänd månad"),
        ("fredag juni 2022", "veckodag utan dag"),
        ("0000-01-01", "år 0"),
        ("05/08/24", "inte ett datum"),  # day-first two-digit years are never guessed
        ("", "inget datum"),
        ("juni", "inte ett datum"),
    ],
)
def test_errors_say_what_is_wrong(text, says):
    with pytest.raises(InvalidDate) as raised:
        parse_partial(text)
    assert says in str(raised.value)


def test_a_month_is_not_a_day():
    with pytest.raises(InvalidDate, match="anger ingen dag"):
        parse_date("juni 2022")


# ---------------------------------------------------------------- properties

days = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31))


def _forms(d: dt.date) -> list[str]:
    y = f"{d.year:04d}"
    forms = [
        f"{y}-{d.month:02d}-{d.day:02d}",
        f"{y}{d.month:02d}{d.day:02d}",
        f"{d.day} {MONTHS_SV[d.month - 1]} {y}",
        f"den {d.day} {MONTHS_SV[d.month - 1]} {y}",
        f"{d.day} {SHORT_SV[d.month - 1]} {y}",
        f"{d.day} {MONTHS_SV[d.month - 1].upper()} {y}",
        f"{WEEKDAYS_SV[d.weekday()]} {d.day} {MONTHS_SV[d.month - 1]} {y}",
        f"{WEEKDAYS_SV[d.weekday()]}en den {d.day} {MONTHS_SV[d.month - 1]} {y}",
        f"{d.day}/{d.month} {y}",
        f"{d.day}/{d.month}/{y}",
    ]
    if 2000 <= d.year <= 2099:
        forms.append(f"{d.year % 100:02d}{d.month:02d}{d.day:02d}")
    return forms


@given(days)
@example(dt.date(2024, 2, 29))
@example(dt.date(2000, 1, 1))
def test_every_form_of_a_date_parses_back_to_it(day):
    for text in _forms(day):
        assert parse_date(text) == day, text


@given(days)
def test_long_format_round_trips(day):
    assert parse_date(format_long(day)) == day
    assert parse_date(format_long(day, weekday=True)) == day


@given(st.integers(1000, 9999), st.integers(1, 12))
def test_month_forms_round_trip_with_precision(year, month):
    for text in (f"{MONTHS_SV[month - 1]} {year}", f"{year}-{month:02d}", f"{SHORT_SV[month - 1]} {year}"):
        parsed = parse_partial(text)
        assert (parsed.year, parsed.month, parsed.day, parsed.precision) == (year, month, None, "month"), text
        assert parse_partial(parsed.iso()) == parsed


@given(days, st.sampled_from(range(7)))
def test_a_wrong_weekday_is_always_refused(day, weekday):
    text = f"{WEEKDAYS_SV[weekday]} {day.day} {MONTHS_SV[day.month - 1]} {day.year}"
    if weekday == day.weekday():
        assert parse_date(text) == day
    else:
        with pytest.raises(InvalidDate, match="inte " + WEEKDAYS_SV[weekday]):
            parse_date(text)


# Text that looks a little like a date reaches deeper branches than arbitrary Unicode.
date_like = st.lists(
    st.sampled_from(list("0123456789-/ .,:aedjnmrsuitokvbplöåä٣") + ["maj", "juni", "den ", "dag", "onsdag "]),
    max_size=20,
).map("".join)


@given(st.one_of(st.text(max_size=40), date_like))
@example("onsdag 31 februari 2024")
@example("9999-12-31")
@example("den")
def test_random_text_parses_or_says_invalid_date(text):
    try:
        parsed = parse_partial(text)
    except InvalidDate:
        return
    assert isinstance(parsed, PartialDate)
    # Whatever parses is a real date of its precision.
    assert parsed.first_day() <= parsed.last_day()

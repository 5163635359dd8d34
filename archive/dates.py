"""Swedish dates, in one place: every form clerks and documents write.

Accepted: "2024-08-05", "240805" and "20240805" (year first, never day first;
six digits mean 2000-2099), "23 maj 2024", "den 2 november 2016", "1 okt. 2025",
"onsdag 23 maj 2024", "onsdagen den 23 maj 2024", "23/5 2024", "23/5/2024",
month-only "juni 2022" / "2022-06" and year-only "2022" (kept with their precision).
Impossible dates and a weekday that does not match the date are errors that say so.
Anything else raises InvalidDate, never another exception.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from archive.errors import InvalidDate

MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6,
    "juli": 7, "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
# A weekday cut short as calendars and tables print it before a date ("Tis 23 januari", "tors. 5/3"): three letters
# or more, each one day's only.
WEEKDAY_ABBREVIATIONS = {
    "mån": "måndag", "tis": "tisdag", "ons": "onsdag", "tor": "torsdag", "tors": "torsdag", "fre": "fredag",
    "lör": "lördag", "sön": "söndag",
}
MONTH_NAMES = {number: name for name, number in MONTHS.items()}


def month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    return MONTHS.get(word) or MONTH_ABBREVIATIONS.get(word)


@dataclass(frozen=True)
class PartialDate:
    """A date as precise as the text said it: day, month or year."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def as_date(self) -> dt.date:
        if not self.day:
            raise InvalidDate(f"{self.iso()} anger ingen dag")
        return dt.date(self.year, self.month, self.day)

    def first_day(self) -> dt.date:
        """The earliest day the text can mean ("juni 2022" -> 2022-06-01)."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The latest day the text can mean ("juni 2022" -> 2022-06-30)."""
        if self.day:
            return self.as_date()
        if self.month:
            import calendar  # here: it brings locale, and most commands never ask for a month's end

            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, 12, 31)


# [0-9], not \d: \d also matches other scripts' digits, which int() would accept.
_MONTH_WORD = r"(?P<month>[a-zåäö]+\.?)"
_FORMS = [
    # 2024-08-05
    ("iso", r"(?P<year>[0-9]{4})-(?P<month>[0-9]{1,2})-(?P<day>[0-9]{1,2})"),
    # 20240805, 240805: year first, always
    ("compact8", r"(?P<year>[0-9]{4})(?P<month>[0-9]{2})(?P<day>[0-9]{2})"),
    ("compact6", r"(?P<year>[0-9]{2})(?P<month>[0-9]{2})(?P<day>[0-9]{2})"),
    # 23/5 2024, 23/5/2024
    ("slash", r"(?P<day>[0-9]{1,2})/(?P<month>[0-9]{1,2})[ /](?P<year>[0-9]{4})"),
    # 23 maj 2024, 1 okt. 2025, 1:a maj 2024
    ("words", r"(?P<day>[0-9]{1,2})(?:e|:e|:a)?\s+" + _MONTH_WORD + r"\s+(?P<year>[0-9]{4})"),
    # juni 2022, 2022-06
    ("month", _MONTH_WORD + r"\s+(?P<year>[0-9]{4})"),
    ("isomonth", r"(?P<year>[0-9]{4})-(?P<month>[0-9]{2})"),
    # 2022
    ("year", r"(?P<year>[0-9]{4})"),
]
_WEEKDAY_PREFIX = r"^(?P<weekday>[a-zåäö]+dag)(?:en)?\s+(?:den\s+)?"


@functools.cache
def _patterns() -> tuple[re.Pattern, list[tuple[str, re.Pattern]]]:
    """The weekday prefix and the forms, compiled on the first date parsed, not on import
    (1 ms of every command that imports this module, most of which parse no date)."""
    return re.compile(_WEEKDAY_PREFIX, re.IGNORECASE), [(form, re.compile(regex)) for form, regex in _FORMS]


def parse_partial(text: str) -> PartialDate:
    """Parse one Swedish date; month-only forms keep their precision."""
    if text is None:
        raise InvalidDate("inget datum angivet")
    original = text
    cleaned = " ".join(str(text).split()).strip().lower().rstrip(",.")
    if not cleaned:
        raise InvalidDate("inget datum angivet")
    weekday_prefix, forms = _patterns()
    weekday = None
    match = weekday_prefix.match(cleaned)
    if match:
        weekday = match.group("weekday")
        if weekday not in WEEKDAYS:
            raise InvalidDate(f"okänd veckodag {weekday!r} i {original!r}")
        cleaned = cleaned[match.end():]
    if cleaned.startswith("den "):
        cleaned = cleaned[4:]
    for form, pattern in forms:
        match = pattern.fullmatch(cleaned)
        if not match:
            continue
        parts = match.groupdict()
        year = int(parts["year"])
        if form == "compact6":
            year += 2000
        if year < 1:
            raise InvalidDate(f"år {year} finns inte ({original!r})")
        if parts.get("month") is None:
            if weekday:
                raise InvalidDate(f"veckodag utan dag i {original!r}")
            return PartialDate(year)
        if parts["month"].isdigit():
            month = int(parts["month"])
        else:
            month = month_number(parts["month"])
            if month is None:
                raise InvalidDate(f"okänd månad {parts['month']!r} i {original!r}")
        day = int(parts["day"]) if parts.get("day") else None
        if not 1 <= month <= 12:
            raise InvalidDate(f"månad {month} finns inte ({original!r})")
        if day is not None:
            try:
                date = dt.date(year, month, day)
            except ValueError:
                raise InvalidDate(f"datumet finns inte: {original!r}") from None
            if weekday and WEEKDAYS[date.weekday()] != weekday:
                raise InvalidDate(
                    f"{original!r}: {date.isoformat()} är en {WEEKDAYS[date.weekday()]}, inte {weekday}"
                )
        elif weekday:
            raise InvalidDate(f"veckodag utan dag i {original!r}")
        return PartialDate(year, month, day)
    raise InvalidDate(f"inte ett datum: {original!r} (skriv t.ex. 2024-08-05, 240805 eller 5 aug 2024)")


def parse_date(text: str) -> dt.date:
    """Parse one Swedish date that names a day."""
    partial = parse_partial(text)
    if partial.day is None:
        raise InvalidDate(f"{text!r} anger ingen dag")
    return partial.as_date()


def to_date(value: dt.date | str) -> dt.date:
    """A date given as a date or as text in any supported form that names a day."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return parse_date(value)


def format_long(date: dt.date, *, weekday: bool = False) -> str:
    """Running text: "23 maj 2024", or "torsdag 23 maj 2024" with the weekday."""
    text = f"{date.day} {MONTH_NAMES[date.month]} {date.year}"
    return f"{WEEKDAYS[date.weekday()]} {text}" if weekday else text


def format_date(date: dt.date | str | None) -> str:
    """How clerks read a date: ISO, as Swedish authorities write it."""
    if date is None:
        return ""
    if isinstance(date, str):
        return date
    return date.isoformat()


# ---------------------------------------------------------------- a point in time

def stockholm() -> dt.tzinfo:
    """Swedish local time (Europe/Stockholm). zoneinfo is imported and the zone read on first
    use, not with this module: that brings sysconfig and the tzdata file, ~3 ms of every
    command that imports archive.dates and never shows a time. ZoneInfo keeps one instance
    per zone, so every call returns the same one."""
    from zoneinfo import ZoneInfo

    return ZoneInfo("Europe/Stockholm")


# "... 14:00", "... 14.00", "... kl. 14", "...T14:00:30", then an optional zone: "UTC", "Z", "+01:00".
_MOMENT = (
    r"(?P<date>.+?)(?:\s+|t)(?:kl\.?\s*)?(?P<hour>[0-9]{1,2})(?:[:.](?P<minute>[0-9]{2})(?::(?P<second>[0-9]{2}))?)?"
    r"\s*(?P<zone>utc|z|[+-][0-9]{2}:?[0-9]{2})?"
)


def parse_moment(text: str, *, zone: dt.tzinfo | None = None) -> dt.datetime:
    """A date and a time of day, as an aware datetime: "2024-09-02 14:00", "2 sep 2024 kl. 14.00",
    "240902 14:00", "2024-09-02T14:00:30+02:00". Local Swedish time unless a zone is written.
    A time the clocks skip or pass twice (daylight saving) is an error naming the zone to write."""
    if text is None or not str(text).strip():
        raise InvalidDate("ingen tidpunkt angiven")
    cleaned = " ".join(str(text).split()).strip().lower()
    match = re.fullmatch(_MOMENT, cleaned)  # re caches it: compiled on the first moment parsed
    if not match:
        raise InvalidDate(f"inte en tidpunkt: {text!r} (skriv datum och klockslag, t.ex. \"2024-09-02 14:00\")")
    day = parse_date(match["date"])
    hour, minute, second = int(match["hour"]), int(match["minute"] or 0), int(match["second"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise InvalidDate(f"klockslaget finns inte: {text!r}")
    written = match["zone"]
    if written:
        offset = dt.timedelta(0) if written in ("utc", "z") else dt.timedelta(
            hours=int(written[1:3]), minutes=int(written[-2:])) * (1 if written[0] == "+" else -1)
        return dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=dt.timezone(offset))
    naive = dt.datetime(day.year, day.month, day.day, hour, minute, second)
    zone = zone or stockholm()
    first, second_pass = naive.replace(tzinfo=zone, fold=0), naive.replace(tzinfo=zone, fold=1)
    if first.utcoffset() != second_pass.utcoffset():
        raise InvalidDate(f"{text!r} finns två gånger eller inte alls i svensk tid (sommartid); "
                          "skriv tiden i UTC, t.ex. \"2024-10-27 01:30 UTC\"")
    return first

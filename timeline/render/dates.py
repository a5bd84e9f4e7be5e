"""How dates and intervals are shown: each at the granularity it is known to."""

from __future__ import annotations

import calendar
from datetime import date

from timeline.model import Interval, PublishedFrom

UNDATED = "undated"

_MONTH_NAME = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_SHORT_MONTH = tuple(name[:3] for name in _MONTH_NAME)

# Where a publication date was read from, as a reader would say it.
PUBLISHED_FROM: dict[PublishedFrom, str] = {
    "cli": "from --published",
    "prefix": "from the date prefix",
    "header": "from the header",
    "front-matter": "from the front matter",
    "meta": "from an HTML meta tag",
    "json": "from the JSON record",
    "dct": "from the TimeML creation time",
    "filename": "from the file name",
}


def iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def display_day(day: date) -> str:
    """5 May 2023"""
    return f"{day.day} {_MONTH_NAME[day.month]} {day.year}"


def _short_day(day: date) -> str:
    return f"{day.day} {_SHORT_MONTH[day.month]} {day.year}"


def _is_month_start(day: date) -> bool:
    return day.day == 1


def _is_month_end(day: date) -> bool:
    return day.day == calendar.monthrange(day.year, day.month)[1]


def _span(start: date, end: date) -> str:
    """A span of days, sharing what the two ends share: 1-11 May 2023, 28 Apr - 3 May 2023."""
    if start == end:
        return display_day(start)
    if _is_month_start(start) and _is_month_end(end):
        return _month_span(start, end)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}-{end.day} {_MONTH_NAME[end.month]} {end.year}"
    if start.year == end.year:
        return f"{start.day} {_SHORT_MONTH[start.month]} - {_short_day(end)}"
    return f"{_short_day(start)} - {_short_day(end)}"


def _month_span(start: date, end: date) -> str:
    """Whole months: May 2023, Mar-May 2023, Dec 2022 - Jan 2023, 2021-2023."""
    if (start.year, start.month) == (end.year, end.month):
        return f"{_MONTH_NAME[start.month]} {start.year}"
    if start.year != end.year:
        if start.month == 1 and end.month == 12:
            return f"{start.year}-{end.year}"
        return f"{_SHORT_MONTH[start.month]} {start.year} - {_SHORT_MONTH[end.month]} {end.year}"
    if start.month == 1 and end.month == 12:
        return str(start.year)
    return f"{_SHORT_MONTH[start.month]}-{_SHORT_MONTH[end.month]} {end.year}"


def display_interval(interval: Interval | None) -> str:
    """An event's date at its granularity; "undated" when there is none."""
    if interval is None:
        return UNDATED
    start, end = interval.start, interval.end
    match interval.granularity:
        case "day":
            return display_day(start)
        case "month":
            return f"{_MONTH_NAME[start.month]} {start.year}"
        case "year":
            return str(start.year)
        case "quarter":
            return f"Q{(start.month - 1) // 3 + 1} {start.year}"
        case "week":
            return f"{_span(start, end)} (week {start.isocalendar().week})"
        case "range":
            return _span(start, end)

"""TIMEX3 values -> the closed day intervals the timeline places them on."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Final

from timeline.model import Interval
from timeline.temporal.resolve import month_end

_WEEK = re.compile(r"(\d{4})-W(\d\d)(-WE)?")
_MONTH = re.compile(r"(\d{4})-(\d\d)")
_PART = re.compile(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)")
_YEAR = re.compile(r"(\d{4})")
_DECADE = re.compile(r"(\d{3})")
_CENTURY = re.compile(r"(\d\d)")

# Season and half-year -> (first month, number of months).
_PART_MONTHS: Final[dict[str, tuple[int, int]]] = {
    "Q1": (1, 3), "Q2": (4, 3), "Q3": (7, 3), "Q4": (10, 3), "H1": (1, 6), "H2": (7, 6),
    "SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (12, 3),
}  # fmt: skip


def _months(year: int, first: int, count: int) -> tuple[date, date]:
    last_index = year * 12 + first - 1 + count - 1
    return date(year, first, 1), month_end(last_index // 12, last_index % 12 + 1)


@lru_cache(maxsize=4096)  # a text names the same few dates again and again
def value_interval(value: str) -> Interval | None:
    """The days a calendar value covers; None for durations, refs, sets and X placeholders."""
    if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[5:7].isdigit():
        try:
            day = date.fromisoformat(value[:10])
        except ValueError:
            return None
        return Interval(day, day, "day")
    if match := _WEEK.fullmatch(value):
        try:
            monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        except ValueError:
            return None
        if match[3]:
            return Interval(monday + timedelta(days=5), monday + timedelta(days=6), "range")
        return Interval(monday, monday + timedelta(days=6), "week")
    if match := _MONTH.fullmatch(value):
        month = int(match[2])
        if not 1 <= month <= 12:
            return None
        start, end = _months(int(match[1]), month, 1)
        return Interval(start, end, "month")
    if match := _PART.fullmatch(value):
        start, end = _months(int(match[1]), *_PART_MONTHS[match[2]])
        return Interval(start, end, "quarter" if match[2][0] == "Q" else "range")
    if match := _YEAR.fullmatch(value):
        year = int(match[1])
        return Interval(date(year, 1, 1), date(year, 12, 31), "year") if year else None
    if match := _DECADE.fullmatch(value):
        decade = int(match[1]) * 10
        return Interval(date(max(decade, 1), 1, 1), date(decade + 9, 12, 31), "range")
    if match := _CENTURY.fullmatch(value):
        century = int(match[1]) * 100
        return Interval(date(max(century, 1), 1, 1), date(century + 99, 12, 31), "range")
    return None


def apply_mod(interval: Interval, mod: str | None) -> Interval:
    """Narrow an interval to its START/MID/END part: thirds of a month ("early May" = 1-10),
    of a year (Jan-Apr, May-Aug, Sep-Dec), and of any other span."""
    if mod not in ("START", "MID", "END") or interval.granularity == "day":
        return interval
    start, end = interval.start, interval.end
    if interval.granularity == "month":
        bounds = {"START": (1, 10), "MID": (11, 20), "END": (21, end.day)}[mod]
        return Interval(start.replace(day=bounds[0]), start.replace(day=bounds[1]), "range")
    if interval.granularity == "year":
        first, last = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}[mod]
        return Interval(date(start.year, first, 1), month_end(start.year, last), "range")
    days = (end - start).days + 1
    third = days // 3
    if mod == "START":
        return Interval(start, start + timedelta(days=third - 1), "range")
    if mod == "MID":
        return Interval(start + timedelta(days=third), end - timedelta(days=third), "range")
    return Interval(end - timedelta(days=third - 1), end, "range")

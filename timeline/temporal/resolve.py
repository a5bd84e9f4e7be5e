"""Pure calendar arithmetic used to resolve relative expressions against an anchor date."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Literal

# Which way a relative expression points, read from the verbs of its clause (None: no tense).
Direction = Literal["past", "future"] | None


def resolve_weekday(weekday: int, anchor: date, direction: Direction) -> date:
    """A bare weekday: past or no tense -> on or before the anchor; future -> on or after it
    ("talks will resume on Friday" in a Friday story is that day: the following week would be
    "next Friday")."""
    if direction == "future":
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def last_weekday(weekday: int, anchor: date) -> date:
    """ "last Friday": the most recent such day strictly before the anchor."""
    return anchor - timedelta(days=(anchor.weekday() - weekday - 1) % 7 + 1)


def next_weekday(weekday: int, anchor: date) -> date:
    """ "next Friday": the first such day strictly after the anchor."""
    return anchor + timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)


def this_weekday(weekday: int, anchor: date, direction: Direction) -> date:
    """ "this Friday": past tense -> on or before the anchor, otherwise on or after it."""
    return resolve_weekday(weekday, anchor, "past" if direction == "past" else "future")


def resolve_month(month: int, anchor: date, direction: Direction, *, sure: bool = False) -> int:
    """The year of a bare month: past tense -> on or before the anchor's month, future -> on or
    after it, no tense -> the nearest (six months either way goes to the past). The month just
    across the anchor's on the other side still wins, as a day does within `_TENSE_GRACE`,
    unless the direction is `sure` (not read from verbs: "since June")."""
    ahead = (month - anchor.month) % 12  # months forward from the anchor's month
    behind = (anchor.month - month) % 12
    if direction == "future":
        forward = ahead < 11 or sure
    elif direction == "past":
        forward = behind == 11 and not sure
    else:
        forward = 0 < ahead < 6
    if forward:
        return anchor.year + (month < anchor.month)
    return anchor.year - (month > anchor.month)


# A tense read from the clause is not trusted against a date less than about two months away on
# the other side of the anchor: "officials said the vote is on Nov. 6" in a late-October story.
_TENSE_GRACE = timedelta(days=62)


def resolve_month_day(
    month: int, day: int, anchor: date, direction: Direction, *, sure: bool = False
) -> date | None:
    """A day of a month without a year: past tense -> the most recent on or before the anchor,
    future -> the first on or after it, no tense -> the nearest (ties go to the past). A date
    within `_TENSE_GRACE` on the other side still wins when it is the nearest, unless the
    direction is `sure` (not read from verbs: "since Nov. 15").
    None if the day never exists in that month."""
    candidates = [
        candidate
        for year in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (candidate := safe_date(year, month, day)) is not None
    ]
    grace = timedelta(0) if sure else _TENSE_GRACE
    if direction == "past":
        candidates = [c for c in candidates if c <= anchor + grace] or candidates
    elif direction == "future":
        candidates = [c for c in candidates if c >= anchor - grace] or candidates
    if not candidates:
        return None
    return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))


def nearest_period_year(first_month: int, months: int, anchor: date, direction: Direction) -> int:
    """The year of a period without one ("the third quarter": first month 7, 3 months) whose
    days lie nearest the anchor (0 if it contains it); the tense breaks ties."""
    best: tuple[int, int, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        start = date(year, first_month, 1)
        end = add_months(start, months) - timedelta(days=1)
        distance = max((start - anchor).days, (anchor - end).days, 0)
        side = 0 if (end <= anchor) == (direction != "future") else 1
        if best is None or (distance, side) < best[:2]:
            best = (distance, side, year)
    assert best is not None
    return best[2]


def holiday_date(name: str, year: int) -> date:
    """The date of a holiday ("christmas", "orthodox christmas", "boxing day", "new year's eve",
    "thanksgiving", "easter", "orthodox easter") in a year.
    Thanksgiving is the American one: the fourth Thursday of November."""
    fixed = {
        "christmas": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
        "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
        # The Julian calendar's Christmas, on the Gregorian 7 January from 1900 to 2099.
        "orthodox christmas": (1, 7), "orthodox christmas eve": (1, 6),
    }  # fmt: skip
    if name in fixed:
        return date(year, *fixed[name])
    if name == "thanksgiving":
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if name == "orthodox easter":
        # The Julian computus (Meeus), moved by the 13 days the calendars differ until 2099.
        d = (19 * (year % 19) + 15) % 30
        e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
        month, day = divmod(d + e + 114, 31)
        return date(year, month, day + 1) + timedelta(days=13)
    # Easter Sunday: the anonymous Gregorian computus.
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * leap) // 433
    month = (h + leap - 7 * m + 90) // 25
    return date(year, month, (h + leap - 7 * m + 33 * month + 19) % 32)


def nearest_holiday(name: str, anchor: date, direction: Direction) -> date:
    """The holiday's date nearest the anchor; the tense breaks ties."""
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    candidates = [holiday_date(name, year) for year in years]
    return min(
        candidates,
        key=lambda d: (abs((d - anchor).days), (d <= anchor) != (direction != "future")),
    )


def safe_date(year: int, month: int, day: int) -> date | None:
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1 <= year <= 9999):
        return None
    if day > 28 and day > calendar.monthrange(year, month)[1]:  # every month has 28 days
        return None
    return date(year, month, day)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift(day: date, amount: int, unit: str) -> date:
    """`day` moved by `amount` TIMEX3 units (D, W, M, Q, Y, DE, CE); negative goes back."""
    if unit == "D":
        return day + timedelta(days=amount)
    if unit == "W":
        return day + timedelta(weeks=amount)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[unit] * amount
    return add_months(day, months)


def week_value(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1

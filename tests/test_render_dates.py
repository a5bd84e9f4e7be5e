"""Dates shown at the granularity they are known to (timeline/render/dates.py)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Granularity, Interval
from timeline.render.dates import display_day, display_interval, iso


@pytest.mark.parametrize(
    ("start", "end", "granularity", "shown"),
    [
        (date(2023, 5, 5), date(2023, 5, 5), "day", "5 May 2023"),
        (date(2023, 9, 30), date(2023, 9, 30), "day", "30 September 2023"),
        (date(2023, 5, 1), date(2023, 5, 31), "month", "May 2023"),
        (date(2023, 2, 1), date(2023, 2, 28), "month", "February 2023"),
        (date(2023, 1, 1), date(2023, 12, 31), "year", "2023"),
        (date(2023, 4, 1), date(2023, 6, 30), "quarter", "Q2 2023"),
        (date(2023, 1, 1), date(2023, 3, 31), "quarter", "Q1 2023"),
        (date(2023, 10, 1), date(2023, 12, 31), "quarter", "Q4 2023"),
        (date(2023, 5, 1), date(2023, 5, 7), "week", "1-7 May 2023 (week 18)"),
        (date(2023, 4, 24), date(2023, 4, 30), "week", "24-30 April 2023 (week 17)"),
        (date(2023, 5, 29), date(2023, 6, 4), "week", "29 May - 4 Jun 2023 (week 22)"),
        (date(2020, 12, 28), date(2021, 1, 3), "week", "28 Dec 2020 - 3 Jan 2021 (week 53)"),
        (date(2023, 5, 1), date(2023, 5, 11), "range", "1-11 May 2023"),
        (date(2023, 5, 5), date(2023, 5, 11), "range", "5-11 May 2023"),
        (date(2023, 4, 28), date(2023, 5, 3), "range", "28 Apr - 3 May 2023"),
        (date(2022, 12, 28), date(2023, 1, 3), "range", "28 Dec 2022 - 3 Jan 2023"),
        (date(2022, 12, 1), date(2023, 1, 31), "range", "Dec 2022 - Jan 2023"),
        (date(2023, 3, 1), date(2023, 5, 31), "range", "Mar-May 2023"),
        (date(2023, 5, 1), date(2023, 5, 31), "range", "May 2023"),
        (date(2023, 1, 1), date(2023, 12, 31), "range", "2023"),
        (date(2021, 1, 1), date(2023, 12, 31), "range", "2021-2023"),
        (date(2023, 5, 11), date(2023, 5, 11), "range", "11 May 2023"),
        # Starts on the 1st but ends mid-month: days, not months.
        (date(2023, 4, 1), date(2023, 5, 11), "range", "1 Apr - 11 May 2023"),
    ],
)
def test_interval_is_shown_at_its_granularity(
    start: date, end: date, granularity: Granularity, shown: str
) -> None:
    assert display_interval(Interval(start, end, granularity)) == shown


def test_undated_is_said_plainly() -> None:
    assert display_interval(None) == "undated"


def test_day_has_no_leading_zero() -> None:
    assert display_day(date(2024, 2, 9)) == "9 February 2024"


@pytest.mark.parametrize(
    ("day", "text"), [(date(2023, 5, 5), "2023-05-05"), (date(1, 1, 1), "0001-01-01"), (None, None)]
)
def test_iso(day: date | None, text: str | None) -> None:
    assert iso(day) == text


def test_a_range_ending_on_the_last_day_there_is_shown_as_whole_months() -> None:
    interval = Interval(date(9999, 11, 1), date(9999, 12, 31), "range")
    assert display_interval(interval) == "Nov-Dec 9999"

"""Publication dates: parse the values found in files, check them, pick the strongest.

Only what the file (or --published) states is used: no guessing from body text and never today's
date. Today's date serves one purpose only, rejecting a publication date in the future.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final

import dateparser
from dateutil import parser as dateutil_parser

from timeline.ingest.common import DateCandidate
from timeline.model import PublicationDate

EARLIEST_YEAR = 1800

NO_DATE_MESSAGE = (
    "no publication date found; relative dates stay unresolved (set one with --published FILE=DATE)"
)

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}

# 2023-05-05, 2023/05/05, 2023-05-05T10:00:00+02:00, 20230505, 20230505T1000Z. Years of any
# length are captured so that "0000-05-05" and "99999-05-05" are reported, not missed.
_ISO = re.compile(r"(\d{1,6})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])|(\d{4})(\d{2})(\d{2})(?![\d])")
_WEEKDAY = r"(?:[A-Za-z]{3,9}\.?,?\s+)?"
# May 5, 2023 / Friday, May 5th 2023
_MONTH_FIRST = re.compile(
    _WEEKDAY + r"([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{1,6})(?!\d)"
)
# 5 May 2023 / Fri, 05 May 2023 10:00:00 +0000 (RFC 2822)
_DAY_FIRST = re.compile(
    _WEEKDAY + r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{1,6})(?!\d)"
)
# Date-shaped path segments in a URL: /2023/05/11/, /2023-05-11-, /20230511/
# 11/05/2023, 11-05-2023, 11.05.2023: the order of day and month is a convention of the writer.
_NUMERIC_YEAR_LAST = re.compile(r"(?<![\d])(\d{1,2})([-/.])(\d{1,2})\2(\d{1,6})(?![\d])")
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_CLOCK_TIME = re.compile(r"(?<!\d)\d{1,2}[:h.]\d{2}(?::\d{2}(?:\.\d+)?)?(?!\d)")
# Two unrelated defaults / relative bases: a part the value does not state, or a relative word
# ("yesterday", "vor 2 Tagen"), gives two different results and the value is refused.
_PROBE_DAYS = (datetime(2001, 1, 1), datetime(2002, 2, 2))
_DATEPARSER_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)|/((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)"
)
# Date at the start of, or delimited inside, a file name: 2023-05-11-kyiv.txt, 20230511_kyiv.txt
_FILENAME_DATE = re.compile(
    r"(?<![0-9A-Za-z])((?:19|20)\d{2})([-_.]?)(\d{2})\2(\d{2})(?![0-9A-Za-z])"
)


@dataclass(frozen=True, slots=True)
class DateError:
    reason: str  # why the value is not a usable date, e.g. "day 30 does not exist in February"


def parse_date_value(raw: str) -> date | DateError:
    """The calendar date written in `raw`, as written: a timezone offset never moves the day.

    Cheapest reading first: ISO and English month-name patterns, day-first dotted numbers, then
    python-dateutil for other English shapes, then dateparser for other languages.
    """
    value = raw.strip()
    for _, tier in PARSE_TIERS:
        found = tier(value)
        if found is not None:
            return found
    return DateError("not a date this tool can read")


def _pattern_tier(value: str) -> date | DateError | None:
    iso = _ISO.match(value)
    if iso:
        if iso.group(1):
            year, month, day = iso.group(1), iso.group(3), iso.group(4)
        else:
            year, month, day = iso.group(5), iso.group(6), iso.group(7)
        return _checked(int(year), int(month), int(day))
    for pattern, month_group, day_group in ((_MONTH_FIRST, 1, 2), (_DAY_FIRST, 2, 1)):
        written = pattern.match(value)
        if written:
            month_number = _MONTHS.get(written.group(month_group).lower())
            if month_number is not None:
                return _checked(int(written.group(3)), month_number, int(written.group(day_group)))
    return None


def _numeric_tier(value: str) -> date | DateError | None:
    """Dots mean day first (11.05.2023, German and most of Europe); slashes and dashes are
    written both ways (US month first), so those are refused rather than guessed."""
    numeric = _NUMERIC_YEAR_LAST.search(value)
    if not numeric:
        return None
    if numeric.group(2) == ".":
        return _checked(int(numeric.group(4)), int(numeric.group(3)), int(numeric.group(1)))
    return DateError("not a date this tool can read: day and month order is ambiguous")


def _month_is_a_word(value: str) -> bool:
    """One number of one or two digits besides clock times, and a four-digit year: the month is
    then written as a word and no day/month order has to be guessed ("2023 11 5" is refused)."""
    return (
        len(_DAY_NUMBER.findall(_CLOCK_TIME.sub(" ", value))) == 1
        and _FOUR_DIGIT_YEAR.search(value) is not None
    )


def _stated_year(value: str, found: datetime) -> date | None:
    """`found` as a date if `value` itself writes its year in four digits."""
    years = {int(year) for year in _FOUR_DIGIT_YEAR.findall(value)}
    if found.year not in years or found.year < EARLIEST_YEAR:
        return None
    return found.date()


def _dateutil_tier(value: str) -> date | None:
    """English free-form values ("May 11th, 2023 at 10:32 a.m. EDT"); the time zone is ignored."""
    if not _month_is_a_word(value):
        return None
    readings: set[datetime] = set()
    for default in _PROBE_DAYS:
        try:
            readings.add(dateutil_parser.parse(value, default=default, ignoretz=True))
        except (ValueError, OverflowError):
            return None
    if len(readings) != 1:
        return None
    return _stated_year(value, readings.pop())


def _dateparser_tier(value: str) -> date | None:
    """Other languages ("11 mai 2023", "11 de mayo de 2023"). The cheap shape check also spares
    dateparser's costly failures (a miss tries every language it knows)."""
    if not _month_is_a_word(value):
        return None
    readings: set[datetime | None] = {
        dateparser.parse(value, settings={**_DATEPARSER_SETTINGS, "RELATIVE_BASE": base})
        for base in _PROBE_DAYS
    }
    found = readings.pop()
    if readings or found is None:
        return None
    return _stated_year(value, found)


# Named for bench/pubdate_eval.py, which measures each tier.
PARSE_TIERS: tuple[tuple[str, Callable[[str], date | DateError | None]], ...] = (
    ("patterns", _pattern_tier),
    ("dotted-numeric", _numeric_tier),
    ("dateutil", _dateutil_tier),
    ("dateparser", _dateparser_tier),
)


def _checked(year: int, month: int, day: int) -> date | DateError:
    if year < EARLIEST_YEAR or year > 9999:
        return DateError(f"year {year} is absurd")
    try:
        return date(year, month, day)
    except ValueError as error:
        return DateError(str(error))


def date_in_url(url: str) -> str | None:
    """The date in a URL's path as YYYY-MM-DD, or None."""
    found = _URL_DATE.search(url)
    if not found:
        return None
    groups = found.groups()
    year, month, day = groups[0:3] if groups[0] else groups[3:6]
    return f"{year}-{int(month):02d}-{int(day):02d}"


def date_in_file_name(name: str) -> str | None:
    """The date in a file name as YYYY-MM-DD, or None."""
    found = _FILENAME_DATE.search(name)
    if not found:
        return None
    return f"{found.group(1)}-{found.group(3)}-{found.group(4)}"


# How far after today a TimeML creation time is still taken as stated (test sets are written
# ahead of time); beyond it, as for any other source, the date is ignored.
_DCT_REACH: Final = timedelta(days=5 * 366)


def settle_published(
    candidates: Sequence[DateCandidate], *, cli: date | None, today: date
) -> tuple[PublicationDate | None, tuple[str, ...]]:
    """The publication date to use and warnings about the values that were rejected.

    `cli` (--published) wins over everything. Otherwise the first candidate that is a real,
    not-future date wins; every rejected candidate before it is reported. A TimeML document's
    creation time is the corpus's own statement of the anchor, so it is used even when it is
    after today (within `_DCT_REACH`), with a warning.
    """
    if cli is not None:
        return PublicationDate(cli, "cli", f"--published {cli.isoformat()}"), ()
    warnings: list[str] = []
    for candidate in candidates:
        parsed = parse_date_value(candidate.raw)
        if isinstance(parsed, DateError):
            warnings.append(
                f"publication date {candidate.raw.strip()!r} ({candidate.source}) ignored: "
                f"{parsed.reason}"
            )
        elif parsed > today and candidate.source == "dct" and parsed <= today + _DCT_REACH:
            warnings.append(
                f"publication date {candidate.raw.strip()!r} ({candidate.source}) is after "
                "today; used as the document states it"
            )
            return PublicationDate(parsed, candidate.source, candidate.evidence), tuple(warnings)
        elif parsed > today:
            warnings.append(
                f"publication date {candidate.raw.strip()!r} ({candidate.source}) ignored: "
                "it is after today"
            )
        else:
            return PublicationDate(parsed, candidate.source, candidate.evidence), tuple(warnings)
    warnings.append(NO_DATE_MESSAGE)
    return None, tuple(warnings)

import calendar
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.ingest.common import DateCandidate
from timeline.ingest.pubdate import (
    NO_DATE_MESSAGE,
    DateError,
    date_in_file_name,
    date_in_url,
    parse_date_value,
    settle_published,
)

TODAY = date(2024, 1, 10)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2023-05-05", date(2023, 5, 5)),
        ("2023/05/05", date(2023, 5, 5)),
        ("20230505", date(2023, 5, 5)),
        ("2023-05-05T23:30:00-04:00", date(2023, 5, 5)),  # the day as written, not UTC
        ("2023-05-06T01:30:00+09:00", date(2023, 5, 6)),
        ("  2023-05-05 10:00  ", date(2023, 5, 5)),
        ("May 5, 2023", date(2023, 5, 5)),
        ("Friday, May 5th 2023", date(2023, 5, 5)),
        ("Sept. 9, 2022", date(2022, 9, 9)),
        ("5 May 2023", date(2023, 5, 5)),
        ("Fri, 05 May 2023 14:20:00 +0300", date(2023, 5, 5)),
        ("1998-11-20T19:30", date(1998, 11, 20)),
        ("Thursday 11 May 2023 10:32 BST", date(2023, 5, 11)),
        ("11.05.2023", date(2023, 5, 11)),  # dots: day first
        ("Thu 11.05.2023 08:00", date(2023, 5, 11)),
        ("May 11th, 2023 at 10:32 a.m. EDT", date(2023, 5, 11)),
        ("2023-05-11 10:32:00.000000", date(2023, 5, 11)),
        ("May 11th, 2023 at 11:45 p.m. UTC-9", date(2023, 5, 11)),  # never moved to UTC
        ("11 May 2023 23:30 -05:00", date(2023, 5, 11)),
        ("11 mai 2023", date(2023, 5, 11)),
        ("jeudi 11 mai 2023 à 23h45", date(2023, 5, 11)),
        ("11. Mai 2023", date(2023, 5, 11)),
        ("Donnerstag, 11. Mai 2023, 23:45 Uhr", date(2023, 5, 11)),
        ("11 de mayo de 2023", date(2023, 5, 11)),
        ("11 мая 2023 г.", date(2023, 5, 11)),
    ],
)
def test_readable_values(raw: str, expected: date) -> None:
    assert parse_date_value(raw) == expected


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("2023-02-30", "day is out of range"),
        ("2023-13-01", "month must be in 1..12"),
        ("0000-05-05", "year 0 is absurd"),
        ("99999-05-05", "year 99999 is absurd"),
        ("Smarch 5, 2023", "not a date"),
        ("last Thursday", "not a date"),
        ("05/05/2023", "not a date"),
        # Slashes and dashes are written day first and month first: refused, never guessed.
        ("05/11/2023", "day and month order is ambiguous"),
        ("11-05-2023", "day and month order is ambiguous"),
        ("Thursday 05/11/2023 10:32", "day and month order is ambiguous"),
        ("2023 11 5", "not a date"),
        ("30.02.2023", "day is out of range"),
        ("31 février 2023", "not a date"),
        ("11 mai 0000", "not a date"),
        ("11 mai 99999", "not a date"),
        # Parts the value does not state are never filled in from a default or from now.
        ("May 2023", "not a date"),
        ("11 May", "not a date"),
        ("mai 2023", "not a date"),
        ("11 mai", "not a date"),
        ("Thursday 10:32 BST", "not a date"),
        # Relative values are never resolved against today.
        ("yesterday", "not a date"),
        ("2 days ago", "not a date"),
        ("vor 2 Tagen", "not a date"),
        ("vor 2 Tagen, 2023", "not a date"),
        ("il y a 3 jours", "not a date"),
        ("hace 2 días", "not a date"),
        ("today at 10:32", "not a date"),
    ],
)
def test_unusable_values_say_why(raw: str, reason: str) -> None:
    result = parse_date_value(raw)
    assert isinstance(result, DateError)
    assert reason in result.reason


FRENCH_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
GERMAN_MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]


@settings(max_examples=60, deadline=None)  # dateparser's first call loads its language data
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.integers(0, 3))
def test_every_written_shape_gives_the_date_as_written(day: date, shape: int) -> None:
    written = (
        f"{day.day} {FRENCH_MONTHS[day.month - 1]} {day.year} à 23h45",
        f"{day.day}. {GERMAN_MONTHS[day.month - 1]} {day.year}, 00:15 Uhr",
        f"{calendar.month_name[day.month]} {day.day}th, {day.year} at 11:45 p.m. EDT",
        f"{day.day:02d}.{day.month:02d}.{day.year}",
    )[shape]
    assert parse_date_value(written) == day


@settings(max_examples=30, deadline=None)
@given(
    st.integers(1, 30),
    st.sampled_from(
        [
            "{n} days ago",
            "vor {n} Tagen",
            "il y a {n} jours",
            "hace {n} días",
            # With a year written beside them they reach dateparser, which must refuse them too.
            "vor {n} Tagen, 2023",
            "il y a {n} jours (2023)",
        ]
    ),
)
def test_relative_values_are_never_resolved(count: int, template: str) -> None:
    assert isinstance(parse_date_value(template.format(n=count)), DateError)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/world/2023/05/11/kyiv-strikes/", "2023-05-11"),
        ("https://example.org/news/2023-5-9-parade", "2023-05-09"),
        ("https://example.org/a/20230511/story.html", "2023-05-11"),
        ("https://example.org/story-12345678", None),
        ("https://example.org/2023/story", None),
    ],
)
def test_date_in_url(url: str, expected: str | None) -> None:
    assert date_in_url(url) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2023-05-11-kyiv-strikes.txt", "2023-05-11"),
        ("20230511_kyiv.txt", "2023-05-11"),
        ("kyiv_2023.05.11.md", "2023-05-11"),
        ("000_e13f2425b1d1e053.txt", None),
        ("report-a20230511.txt", None),
        ("2023-0511.txt", None),
    ],
)
def test_date_in_file_name(name: str, expected: str | None) -> None:
    assert date_in_file_name(name) == expected


def candidate(raw: str, source: str = "header") -> DateCandidate:
    return DateCandidate(raw, source, f"Date: {raw}")  # type: ignore[arg-type]


def test_first_valid_candidate_wins_and_rejected_ones_are_reported() -> None:
    published, warnings = settle_published(
        [candidate("2023-02-30"), candidate("2030-01-01"), candidate("2023-05-11", "filename")],
        cli=None,
        today=TODAY,
    )
    assert published is not None
    assert (published.value, published.source) == (date(2023, 5, 11), "filename")
    assert len(warnings) == 2
    assert "'2023-02-30'" in warnings[0] and "day is out of range" in warnings[0]
    assert "'2030-01-01'" in warnings[1] and "after today" in warnings[1]


def test_a_timeml_creation_time_after_today_is_used_with_a_warning() -> None:
    ahead = date(TODAY.year + 1, 3, 12)
    published, warnings = settle_published([candidate(ahead.isoformat(), "dct")], cli=None,
                                           today=TODAY)
    assert published is not None and (published.value, published.source) == (ahead, "dct")
    assert len(warnings) == 1 and "after today; used as the document states it" in warnings[0]


def test_a_timeml_creation_time_far_ahead_is_ignored() -> None:
    published, warnings = settle_published([candidate("2999-01-01", "dct")], cli=None,
                                           today=TODAY)
    assert published is None
    assert "'2999-01-01'" in warnings[0] and "after today" in warnings[0]


def test_cli_date_overrides_everything_even_in_the_future() -> None:
    published, warnings = settle_published(
        [candidate("2023-05-05")], cli=date(2030, 1, 1), today=TODAY
    )
    assert published is not None
    assert (published.value, published.source) == (date(2030, 1, 1), "cli")
    assert warnings == ()


def test_no_candidate_is_reported_never_guessed() -> None:
    published, warnings = settle_published([], cli=None, today=TODAY)
    assert published is None
    assert warnings == (NO_DATE_MESSAGE,)
    assert "--published FILE=DATE" in NO_DATE_MESSAGE

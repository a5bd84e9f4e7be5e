from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.model import Event, Interval, Mention, Problem, Source, Timeline
from timeline.select import Selection, period_day, select, words


def mention(path: str, sentence: str) -> Mention:
    return Mention(
        path=path,
        title="Brannik under fire",
        published=date(2023, 5, 12),
        sentence=sentence,
        expression="on Tuesday",
        value="2023-05-09",
        interval=None,
        rule="weekday-past",
        anchor=date(2023, 5, 12),
        explanation="",
        attribution=None,
        sentence_start=0,
    )


def event(
    event_id: str,
    interval: tuple[str, str] | None,
    summary: str = "Shelling of Brannik",
    sentences: tuple[tuple[str, str], ...] = (("a.txt", "Shells hit Brannik."),),
) -> Event:
    return Event(
        id=event_id,
        interval=(
            Interval(date.fromisoformat(interval[0]), date.fromisoformat(interval[1]), "range")
            if interval
            else None
        ),
        summary=summary,
        mentions=tuple(mention(path, sentence) for path, sentence in sentences),
    )


def timeline_of(*events: Event) -> Timeline:
    return Timeline(
        sources=(Source("a.txt", "Brannik under fire", None),),
        events=events,
        problems=(Problem("b.txt", "no publication date", "warning"),),
        skipped_files=2,
    )


def kept_ids(timeline: Timeline, selection: Selection) -> list[str]:
    return [kept.id for kept in select(timeline, selection).events]


MAY = timeline_of(
    event("april", ("2023-04-29", "2023-04-30")),
    event("early-may", ("2023-05-01", "2023-05-11")),
    event("may-12", ("2023-05-12", "2023-05-12")),
    event("june", ("2023-06-01", "2023-06-30")),
    event("undated", None),
)


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        (Selection(), ["april", "early-may", "may-12", "june", "undated"]),
        # Overlap, not containment: "earlier this month" (1-11 May) overlaps 5 May onwards.
        (Selection(since=date(2023, 5, 5)), ["early-may", "may-12", "june", "undated"]),
        (Selection(until=date(2023, 5, 1)), ["april", "early-may", "undated"]),
        (Selection(since=date(2023, 5, 12), until=date(2023, 5, 12)), ["may-12", "undated"]),
        (Selection(since=date(2023, 5, 12), undated="hide"), ["may-12", "june"]),
        (Selection(undated="hide"), ["april", "early-may", "may-12", "june"]),
        (Selection(since=date(2023, 7, 1)), ["undated"]),
        (Selection(until=date(2023, 4, 28), undated="hide"), []),
    ],
)
def test_period_filters_by_interval_overlap(selection: Selection, expected: list[str]) -> None:
    assert kept_ids(MAY, selection) == expected


ABOUT = timeline_of(
    event(
        "depot",
        ("2023-05-03", "2023-05-03"),
        summary="Drone strike on the Ravensk depot",
        sentences=(("a.txt", "Drones struck the fuel depot at Ravensk early Wednesday."),),
    ),
    event(
        "handover",
        ("2023-05-10", "2023-05-10"),
        summary="Iron Lark hands Brannik to the army",
        sentences=(
            ("a.txt", "The Iron Lark Company's fighters left Brannik."),
            ("b.txt", "Army units took over the town's positions on Wednesday."),
        ),
    ),
)


@pytest.mark.parametrize(
    ("about", "expected"),
    [
        ("ravensk", ["depot"]),
        ("RAVENSK Drone", ["depot"]),
        ("iron lark", ["handover"]),
        ("company", ["handover"]),  # "Company's" is the word "company"
        ("army positions", ["handover"]),  # both words in one mention sentence
        ("brannik wednesday", []),  # never in one text: summary and sentences are separate
        ("rave", []),  # whole words, not prefixes
        ("depot brannik", []),
    ],
)
def test_about_needs_every_word_in_one_text(about: str, expected: list[str]) -> None:
    assert kept_ids(ABOUT, Selection(about=words(about))) == expected


def test_min_sources_counts_distinct_files() -> None:
    timeline = timeline_of(
        event("one-file-twice", ("2023-05-03", "2023-05-03"), sentences=(("a.txt", "x"),) * 2),
        event("two-files", ("2023-05-04", "2023-05-04"), sentences=(("a.txt", "x"), ("b", "y"))),
    )
    assert kept_ids(timeline, Selection(min_sources=2)) == ["two-files"]
    assert kept_ids(timeline, Selection(min_sources=3)) == []


def test_selection_keeps_sources_problems_and_skipped_count() -> None:
    selected = select(MAY, Selection(undated="hide", since=date(2024, 1, 1)))
    assert selected.events == ()
    assert selected.sources == MAY.sources
    assert selected.problems == MAY.problems
    assert selected.skipped_files == MAY.skipped_files


def test_words_are_case_folded_word_characters() -> None:
    assert words("Wagner's  counter-offensive, 9 MAY") == {
        "wagner",
        "s",
        "counter",
        "offensive",
        "9",
        "may",
    }


@given(
    since=st.dates(date(2023, 1, 1), date(2023, 12, 31)),
    until=st.dates(date(2023, 1, 1), date(2023, 12, 31)),
)
def test_period_filter_keeps_exactly_the_overlapping_events(since: date, until: date) -> None:
    for kept in select(MAY, Selection(since=since, until=until, undated="hide")).events:
        assert kept.interval is not None
        assert kept.interval.end >= since and kept.interval.start <= until
    dropped = set(MAY.events) - set(select(MAY, Selection(since=since, until=until)).events)
    for gone in dropped:
        assert gone.interval is not None
        assert gone.interval.end < since or gone.interval.start > until


@pytest.mark.parametrize(
    ("text", "last", "expected"),
    [
        ("2023-05-04", False, date(2023, 5, 4)),
        ("2023-05-04", True, date(2023, 5, 4)),
        ("2023-05", False, date(2023, 5, 1)),
        ("2023-05", True, date(2023, 5, 31)),
        ("2024-02", True, date(2024, 2, 29)),
        ("2023-12", True, date(2023, 12, 31)),
        (" 2023 ", False, date(2023, 1, 1)),
        ("2023", True, date(2023, 12, 31)),
    ],
)
def test_period_day_is_the_first_or_last_day_of_the_period(
    text: str, last: bool, expected: date
) -> None:
    assert period_day(text, last=last) == expected


@pytest.mark.parametrize("text", ["May 5", "2023-13", "2023-00", "2023-02-30", "0000", "23-05"])
@pytest.mark.parametrize("last", [False, True])
def test_period_day_refuses_what_is_no_day(text: str, last: bool) -> None:
    with pytest.raises(ValueError):
        period_day(text, last=last)

"""Internals of the temporal engine: calendar arithmetic, value intervals, tense, signals, the
trigger regex and speed on hostile input. Phrase-in-context rows live in test_temporal_table.py."""

from __future__ import annotations

import re
import time
from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from timeline.model import Interval
from timeline.temporal import patterns, tag
from timeline.temporal.lexicon import month_number, number_value
from timeline.temporal.patterns import trigger_regex
from timeline.temporal.resolve import (
    add_months,
    holiday_date,
    last_weekday,
    nearest_period_year,
    next_weekday,
    resolve_month,
    resolve_month_day,
    resolve_weekday,
    this_weekday,
    week_value,
)
from timeline.temporal.rules_quantity import duration_value
from timeline.temporal.scan import signal_before
from timeline.temporal.tagger import _FOUR_DIGITS, _UP_TO_TWO_DIGITS
from timeline.temporal.tense import TenseIndex, clause_direction
from timeline.temporal.values import apply_mod, value_interval

FRI = date(2023, 5, 5)  # a Friday
MON, TUE, WED, THU, FRI_, SAT, SUN = range(7)


@pytest.mark.parametrize(
    ("weekday", "anchor", "direction", "expected"),
    [
        (FRI_, FRI, "past", date(2023, 5, 5)),  # same day counts
        (FRI_, FRI, None, date(2023, 5, 5)),
        (FRI_, FRI, "future", date(2023, 5, 5)),  # the same day: the next week is "next Friday"
        (WED, FRI, "past", date(2023, 5, 3)),
        (SAT, FRI, "past", date(2023, 4, 29)),
        (SAT, FRI, "future", date(2023, 5, 6)),
        (MON, date(2023, 1, 1), "past", date(2022, 12, 26)),  # across a year
        (SUN, date(2024, 2, 28), "future", date(2024, 3, 3)),  # across a leap day
    ],
)
def test_resolve_weekday(weekday: int, anchor: date, direction: str | None, expected: date) -> None:
    assert resolve_weekday(weekday, anchor, direction) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("weekday", "last", "following", "this_past", "this_future"),
    [
        (FRI_, date(2023, 4, 28), date(2023, 5, 12), date(2023, 5, 5), date(2023, 5, 5)),
        (THU, date(2023, 5, 4), date(2023, 5, 11), date(2023, 5, 4), date(2023, 5, 11)),
        (SUN, date(2023, 4, 30), date(2023, 5, 7), date(2023, 4, 30), date(2023, 5, 7)),
    ],
)
def test_last_next_this_weekday(
    weekday: int, last: date, following: date, this_past: date, this_future: date
) -> None:
    assert last_weekday(weekday, FRI) == last
    assert next_weekday(weekday, FRI) == following
    assert this_weekday(weekday, FRI, "past") == this_past
    assert this_weekday(weekday, FRI, "future") == this_future


@pytest.mark.parametrize(
    ("month", "direction", "year"),
    [(1, "past", 2023), (1, None, 2023), (5, "past", 2023), (5, "future", 2023),
     (7, "past", 2022), (6, "future", 2023), (1, "future", 2024),
     (6, "past", 2023),  # the month just ahead: a plan reported in the past tense
     (4, "future", 2023),  # the month just behind
     (3, "future", 2024), (10, None, 2023), (11, None, 2022), (12, None, 2022)],
)  # fmt: skip
def test_resolve_month(month: int, direction: str | None, year: int) -> None:
    assert resolve_month(month, FRI, direction) == year  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("month", "day", "anchor", "direction", "expected"),
    [
        (5, 9, date(2023, 5, 11), "past", date(2023, 5, 9)),
        (12, 28, date(2023, 1, 5), None, date(2022, 12, 28)),  # nearest, across new year
        (1, 3, date(2023, 12, 30), "past", date(2024, 1, 3)),  # nearest even against tense
        (2, 29, date(2023, 5, 5), None, date(2024, 2, 29)),  # only leap years have it
        (11, 5, FRI, None, date(2022, 11, 5)),  # 181 days back beats 184 ahead
        (11, 5, FRI, "future", date(2023, 11, 5)),  # future: first on or after
        (11, 3, date(2023, 5, 11), "past", date(2022, 11, 3)),  # past: on or before
        (11, 3, date(2023, 5, 11), None, date(2023, 11, 3)),  # untensed: nearest
        (11, 6, date(2023, 10, 30), "past", date(2023, 11, 6)),  # a week ahead: the tense misled
        (3, 1, date(2023, 8, 31), "past", date(2023, 3, 1)),  # a tie of 183 days ...
        (3, 1, date(2023, 8, 31), "future", date(2024, 3, 1)),  # ... broken by the tense
    ],
)
def test_resolve_month_day(
    month: int, day: int, anchor: date, direction: str | None, expected: date
) -> None:
    assert resolve_month_day(month, day, anchor, direction) == expected  # type: ignore[arg-type]


def test_resolve_month_day_rejects_impossible_day() -> None:
    assert resolve_month_day(4, 31, FRI, None) is None


@pytest.mark.parametrize(
    ("first_month", "months", "anchor", "year"),
    [(1, 3, FRI, 2023), (7, 3, FRI, 2023), (10, 3, FRI, 2022), (7, 3, date(1989, 11, 2), 1989),
     (1, 6, date(2023, 12, 20), 2024)],
)  # fmt: skip
def test_nearest_period_year(first_month: int, months: int, anchor: date, year: int) -> None:
    assert nearest_period_year(first_month, months, anchor, None) == year


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [(date(2023, 1, 31), 1, date(2023, 2, 28)), (date(2023, 5, 5), -3, date(2023, 2, 5)),
     (date(2024, 2, 29), 12, date(2025, 2, 28)), (date(2023, 12, 15), 1, date(2024, 1, 15))],
)  # fmt: skip
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("name", "year", "expected"),
    [("easter", 2023, date(2023, 4, 9)), ("easter", 2024, date(2024, 3, 31)),
     ("easter", 2000, date(2000, 4, 23)), ("thanksgiving", 1999, date(1999, 11, 25)),
     ("thanksgiving", 2023, date(2023, 11, 23)), ("christmas eve", 2022, date(2022, 12, 24)),
     ("new year's day", 2024, date(2024, 1, 1)), ("orthodox christmas", 2026, date(2026, 1, 7)),
     ("orthodox easter", 2023, date(2023, 4, 16)), ("orthodox easter", 2024, date(2024, 5, 5)),
     ("orthodox easter", 2027, date(2027, 5, 2))],
)  # fmt: skip
def test_holiday_date(name: str, year: int, expected: date) -> None:
    assert holiday_date(name, year) == expected


@pytest.mark.parametrize(
    ("day", "week"),
    [(FRI, "2023-W18"), (date(2021, 1, 1), "2020-W53"), (date(2024, 12, 30), "2025-W01")],
)
def test_week_value(day: date, week: str) -> None:
    assert week_value(day) == week


@pytest.mark.parametrize(
    ("value", "start", "end", "granularity"),
    [
        ("2023-05-05", "2023-05-05", "2023-05-05", "day"),
        ("2023-05-05T07:35", "2023-05-05", "2023-05-05", "day"),
        ("2023-W18", "2023-05-01", "2023-05-07", "week"),
        ("2023-W18-WE", "2023-05-06", "2023-05-07", "range"),
        ("2024-02", "2024-02-01", "2024-02-29", "month"),
        ("2023-Q2", "2023-04-01", "2023-06-30", "quarter"),
        ("2023-H2", "2023-07-01", "2023-12-31", "range"),
        ("2023-SU", "2023-06-01", "2023-08-31", "range"),
        ("2023-WI", "2023-12-01", "2024-02-29", "range"),
        ("2022", "2022-01-01", "2022-12-31", "year"),
        ("199", "1990-01-01", "1999-12-31", "range"),
        ("19", "1900-01-01", "1999-12-31", "range"),
    ],
)
def test_value_interval(value: str, start: str, end: str, granularity: str) -> None:
    interval = value_interval(value)
    assert interval == Interval(date.fromisoformat(start), date.fromisoformat(end), granularity)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value", ["P3D", "PAST_REF", "XXXX-05-09", "XXXX-WXX-5", "FY2023", "2023-13", "2023-02-30"]
)
def test_value_without_interval(value: str) -> None:
    assert value_interval(value) is None


@pytest.mark.parametrize(
    ("value", "mod", "start", "end"),
    [
        ("2023-03", "MID", "2023-03-11", "2023-03-20"),
        ("2023-05", "END", "2023-05-21", "2023-05-31"),
        ("2023-05", "START", "2023-05-01", "2023-05-10"),
        ("2022", "END", "2022-09-01", "2022-12-31"),
        ("2024", "START", "2024-01-01", "2024-04-30"),
        ("2023-05-03", "START", "2023-05-03", "2023-05-03"),  # a day stays a day
    ],
)
def test_apply_mod(value: str, mod: str, start: str, end: str) -> None:
    interval = value_interval(value)
    assert interval is not None
    narrowed = apply_mod(interval, mod)
    assert (narrowed.start.isoformat(), narrowed.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("sentence", "phrase", "day", "direction"),
    [
        ("Allies agreed to admit the two countries in early March.", "early March", False,
         "future"),
        ("Allies agreed to admit the two countries on Tuesday.", "Tuesday", True, "past"),
        ("The council voted Monday to lift the curfew.", "Monday", True, "past"),
        ("The council voted to lift the curfew in June.", "June", False, "future"),
    ],
)  # fmt: skip
def test_decision_to_act_dates_a_weekday(
    sentence: str, phrase: str, day: bool, direction: str
) -> None:
    start = sentence.index(phrase)
    assert clause_direction(sentence, start, start + len(phrase), day=day) == direction


@pytest.mark.parametrize(
    ("sentence", "phrase", "direction"),
    [
        ("The minister said on Friday that talks had failed.", "Friday", "past"),
        ("The two leaders will meet on Monday in Geneva.", "Monday", "future"),
        ("Parliament is due to vote Tuesday on the bill.", "Tuesday", "future"),
        ("On Friday, the ministry said three drones were downed.", "Friday", "past"),
        ("Talks will resume Monday, a spokesman said.", "Monday", "future"),
        ("Russia will hold votes in the occupied areas this Sunday.", "Sunday", "future"),
        ("The summit, which will be held on Tuesday, was announced.", "Tuesday", "future"),
        ("Kyiv wants the tanks delivered by Friday.", "Friday", "future"),
        ("The convoy arrived in Kherson on Thursday.", "Thursday", "past"),
        ("A court in Kyiv Thursday refused to hear the case.", "Thursday", "past"),
        ("Officials are reviewing the footage from Thursday.", "Thursday", None),
        ("Blasts struck the area next to the U.S. embassy on Friday.", "Friday", "past"),
        # A rank or "vs." before a name ends no sentence.
        ("In September, Maj. Gen. Orlan Vesk will hand over command.", "September", "future"),
        ("In May, Capt. Ilse Rhee recaptured the hill.", "May", "past"),
        ("In June, Ostmere vs. Caldria went before the tribunal.", "June", "past"),
        (
            "Officials had discussed the planned visit of U.S. envoys in September.",
            "September",
            "future",
        ),
        ("Allies agreed to admit the two countries in early March.", "early March", "future"),
        ("Negotiators agreed to a ceasefire in Velm on Tuesday.", "Tuesday", "past"),
        ("The army decided to the surprise of many on Monday.", "Monday", "past"),
        ("The truce had been due to expire on Friday evening.", "Friday", "past"),
        ("The vote was expected on Tuesday but never took place.", "Tuesday", "past"),
        ("The vote is expected on Tuesday.", "Tuesday", "future"),
        ("The delegation is due to arrive on Tuesday.", "Tuesday", "future"),
        ("Flights were cancelled due to bad weather on Tuesday.", "Tuesday", "past"),
        # An "un-" adjective in "-ed" is no verb: the tense is the modal's.
        ("Aid convoys will reach villages still unoccupied in June.", "June", "future"),
        (
            "Crowds planned a rally on Saturday and were planning to march on Monday.",
            "Saturday",
            "future",
        ),
    ],
)
def test_clause_direction(sentence: str, phrase: str, direction: str | None) -> None:
    start = sentence.index(phrase)
    deadline = " by " in sentence
    assert clause_direction(sentence, start, start + len(phrase), deadline=deadline) == direction


@pytest.mark.parametrize(
    ("text", "near"),
    [
        ("Drones struck on Sunday, when blasts were heard at 2 a.m.", True),
        ("Drones struck on Sunday. Blasts were heard at 2 a.m.", True),
        ("Drones struck on Sunday. The mayor spoke. Blasts were heard at 2 a.m.", False),
        ("Drones struck on Sunday.\n\nBlasts were heard at 2 a.m.", False),
        ("Drones struck on Sunday\nBlasts were heard at 2 a.m.", False),  # a break right after it
    ],
)
def test_near_enough_to_date(text: str, near: bool) -> None:
    index = TenseIndex(text)
    day_end = text.index("Sunday") + len("Sunday")
    assert index.near_enough_to_date(day_end, text.index("2 a.m.")) is near


@pytest.mark.parametrize(
    ("sentence", "phrase", "signal"),
    [
        ("He threatened to leave ahead of Russia's May 9 parade.", "May 9", "ahead of"),
        ("Shelling stopped in the run-up to the May 9 parade.", "May 9", "in the run-up to"),
        ("Troops must leave no later than Friday.", "Friday", "no later than"),
        ("It has been quiet since Tuesday.", "Tuesday", "since"),
        ("The talks opened on Monday.", "Monday", "on"),
        ("Prigozhin said Thursday he would stay.", "Thursday", None),
        ("  \n May 9 parade", "May 9", None),  # only blanks before it
        ("since May 9", "May 9", "since"),
        ("The counteroffensivebeganon May 9.", "May 9", None),  # one long word, no signal
        ("The shelling stopped during the May 9 parade.", "May 9", "during"),
        ("Kyiv fears more strikes ahead of Moscow's May 9 parade.", "May 9", "ahead of"),
    ],
)
def test_signal_before(sentence: str, phrase: str, signal: str | None) -> None:
    assert signal_before(sentence, sentence.index(phrase)) == signal


@pytest.mark.parametrize(
    ("amount", "unit", "half", "value"),
    [(3, "day", False, "P3D"), (48, "hour", False, "PT48H"), (None, "week", False, "PXW"),
     (1, "year", True, "P1Y6M"), (2, "decade", False, "P20Y"), (None, "decade", False, "PXDE"),
     (30, "minute", False, "PT30M")],
)  # fmt: skip
def test_duration_value(amount: int | None, unit: str, half: bool, value: str) -> None:
    assert duration_value(amount, unit, half) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("48", 48),
        ("twenty-four", 24),
        ("twenty four", 24),
        ("a", 1),
        ("several", None),
        ("a couple of", 2),
        ("a few", None),
    ],
)
def test_number_value(text: str, value: int | None) -> None:
    assert number_value(text) == value


@pytest.mark.parametrize(("token", "month"), [("Sept.", 9), ("Sep", 9), ("May", 5), ("dec.", 12)])
def test_month_number(token: str, month: int) -> None:
    assert month_number(token) == month


def test_rule_patterns_have_no_uninterpolated_pieces() -> None:
    pieces = [
        name
        for name, value in vars(patterns).items()
        if isinstance(value, re.Pattern) and re.search(r"\{[A-Z_]+\}", value.pattern)
    ]
    assert pieces == []


def test_trigger_regex_finds_whole_words_only() -> None:
    regex = trigger_regex(["may", "march", "mar", "today"])
    found = [m.group() for m in regex.finditer("Mayday: march today, not todays; 12 mar 9")]
    assert found == ["march", "today", "12", "mar", "9"]


def test_same_expression_twice_gives_same_value_and_rule() -> None:
    text = "Kyiv said on Friday it repelled attacks. Moscow said on Friday it advanced."
    first, second = tag(text, FRI)
    assert (
        (first.value, first.rule) == (second.value, second.rule) == ("2023-05-05", "weekday-past")
    )


def test_reference_date_anchors_later_offsets() -> None:
    text = "The ceasefire was agreed on May 3. Two days later, shelling resumed."
    later = [t for t in tag(text, date(2023, 5, 11)) if t.text == "Two days later"]
    assert len(later) == 1
    assert (later[0].value, later[0].anchor, later[0].anchor_kind) == (
        "2023-05-05",
        date(2023, 5, 3),
        "reference",
    )


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The offensive began in June 2023. Three months later, it stalled.", "Three months later",
         "2023-09"),
        ("The treaty was signed in 1990. A decade later, it lapsed.", "A decade later", "2000"),
        # a day cannot be counted from a whole year: the publication date is used instead
        ("The law passed in 2005. A day earlier, crowds gathered.", "A day earlier", "2023-05-04"),
    ],
)  # fmt: skip
def test_offsets_from_the_period_last_named(text: str, phrase: str, value: str) -> None:
    (offset,) = [t for t in tag(text, FRI) if t.text == phrase]
    assert offset.value == value


@pytest.mark.parametrize(
    ("sentence", "extent", "value", "mod"),
    [
        ("Profit rose 4% in the nine months to September.", "the nine months", "P9M", None),
        ("The siege has lasted nearly two months.", "nearly two months", "P2M", "LESS_THAN"),
        ("Refugees lived in camps for 2 1/2 years.", "2 1/2 years", "P2Y6M", None),
        ("Troops will stay for at least two more weeks.", "at least two more weeks", "P2W",
         "EQUAL_OR_MORE"),
        # Hedges are inside the extent, as TimeML and the news gold sets have them.
        ("The talks lasted about five hours.", "about five hours", "PT5H", "APPROX"),
        ("A 48-hour truce began.", "48-hour", "PT48H", None),
        # "not less than" is a floor, not a ceiling
        ("They want a truce of not less than 60 days.", "not less than 60 days", "P60D",
         "EQUAL_OR_MORE"),
        ("Detention is limited to not more than two weeks.", "not more than two weeks", "P2W",
         "EQUAL_OR_LESS"),
    ],
)  # fmt: skip
def test_duration_extents(sentence: str, extent: str, value: str, mod: str | None) -> None:
    durations = [t for t in tag(sentence, FRI) if t.type == "DURATION"]
    assert [(t.text, t.value, t.mod) for t in durations] == [(extent, value, mod)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Kyiv condemned Wednesday's strike on the port.", "2023-05-03"),
        ("Troops were put on alert ahead of Sunday's vote.", "2023-05-07"),
        # The verb before it looks ahead; a deadline word, a present tense or a verb after it
        # does not make the event a future one.
        ("Ukraine will face Georgia in Sunday's final in Kyiv.", "2023-05-07"),
        ("The hearing was adjourned until Monday's session.", "2023-05-01"),
        ("The club are 18th in the league after Saturday's defeat.", "2023-04-29"),
        ("The move follows Tuesday's offer by Kyiv, which is prepared to talk.", "2023-05-02"),
        # An event called off is the nearest such day up to three days ahead, else just past.
        ("The federation postponed Sunday's cup final in Kharkiv.", "2023-05-07"),
        ("Organisers called off Monday's march through the capital.", "2023-05-08"),
        ("Shelling forced the league to cancel Thursday's match in Donetsk.", "2023-05-04"),
    ],
)
def test_possessive_weekday(sentence: str, value: str) -> None:
    (weekday,) = tag(sentence, FRI)
    assert weekday.value == value


def test_explanation_shows_the_arithmetic() -> None:
    (friday,) = tag("Prigozhin said on Friday his men would leave.", FRI)
    assert friday.explanation == (
        "bare weekday in past-tense clause: most recent Friday on or before publication "
        "2023-05-05 (Fri) = 2023-05-05"
    )
    # An untensed month is the nearest one, not the most recent.
    (september,) = tag("In September, the front is frozen.", FRI)
    assert (september.value, september.explanation) == (
        "2023-09",
        "bare month in untensed clause: nearest publication 2023-05-05 (Fri) = 2023-09",
    )


@pytest.mark.parametrize(
    "hostile",
    [
        "7 3 " * 25_000,  # digits and spaces
        "may " * 25_000,
        ("Friday 12/12/12 May 9 last week 0735 GMT the 9th 1,000 troops " * 3_200)[:200_000],
        "(" * 50_000 + "Friday" + ")" * 50_000,
    ],
    ids=["digits", "may", "dense-dates", "brackets"],
)
def test_hostile_input_is_linear(hostile: str) -> None:
    started = time.process_time()
    tag(hostile, FRI)
    assert time.process_time() - started < 10  # generous for CI; backtracking takes minutes


@given(
    run=st.text("0123456789", min_size=1, max_size=7),
    tail=st.text(" :./-'%,stndrhapmAPMGTUCZoursfJanuaryMyec0123456789", max_size=14),
)
def test_digit_patterns_skipped_for_a_run_length_never_match_it(run: str, tail: str) -> None:
    """The scan does not try these patterns on a run of digits of another length: sound only if
    they could never match there."""
    assume(not tail[:1].isdigit())
    text = f"{run}{tail}"
    if len(run) > 2:
        assert not [p.pattern for p in _UP_TO_TWO_DIGITS if p.match(text)]
    if len(run) != 4:
        assert not [p.pattern for p in _FOUR_DIGITS if p.match(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("on 12 May 2023", "2023-05-12"), ("at 1430 GMT on", "T14:30"), ("in 2021,", "2021"),
     ("2022-03-04 report", "2022-03-04"), ("25/4/2023", "2023-04-25"), ("the 1990s", "199")],
)  # fmt: skip
def test_digit_runs_of_each_length_still_find_their_rules(text: str, value: str) -> None:
    assert [t.value for t in tag(text, FRI) if value in t.value]


def test_tense_read_across_the_stretches_of_a_long_text() -> None:
    # The index reads markers a stretch of text at a time; "said" and "Monday" lie in two.
    sentence = (
        "Officials said, in a long note to the press, the convoy of aid trucks crossing the "
        "border on Monday."
    )
    text = "Rain fell. " * 23 + sentence
    start = text.index("Monday")
    assert TenseIndex(text).direction(start, start + len("Monday")) == "past"

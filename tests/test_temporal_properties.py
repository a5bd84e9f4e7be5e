"""Properties every `timeline.temporal.tag` result must have, whatever the text and anchor."""

from __future__ import annotations

import random
import re
import time
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline.model import Timex
from timeline.temporal import tag
from timeline.temporal.tagger import (
    _CASED_NAMES,
    _FIRST_AFTER_BLANK,
    _FIRST_WORDS,
    _WORDS_AFTER_THE,
)

BOUNDED = settings(max_examples=200, deadline=None)

# Words and phrases that make the engine work hard: real expressions, traps and fragments.
NEWS_TOKENS = [
    "on", "Friday", "last", "next", "this", "week", "month", "year", "May", "may", "9", "9,",
    "2023", "2022", "Dec.", "28", "in", "January", "mid-March", "early", "late", "Wednesday",
    "morning", "night", "yesterday", "today", "tomorrow", "tonight", "ago", "two", "days",
    "later", "the", "past", "seven", "three", "months", "coming", "first", "quarter", "Q2",
    "summer", "fiscal", "1990s", "9th", "05/09/2023", "12.05.2023", "0735", "GMT", "7:35",
    "a.m.", "EDT", "every", "each", "weekly", "now", "recently", "soon", "future", "since",
    "until", "by", "end", "of", "ahead", "Russia's", "Victory", "Day", "we", "march", "sun",
    "3-1", "52-48", "45%", "570", "meters", "1,000", "troops", "second", "attack", ".", ",",
    "\n", "  ", "-", "/", ":", "'s",
]
news_text = st.lists(st.sampled_from(NEWS_TOKENS), max_size=40).map(" ".join)
# Non-ASCII letters that case-insensitive patterns match as ASCII ones ("ſ" long s, Kelvin sign,
# dotted and dotless i): "two ſeconds" once crashed a look-up by the matched word.
LOOKALIKES = [str.maketrans(table) for table in ({"s": "ſ"}, {"k": "\u212a"}, {"i": "ı", "I": "İ"})]
lookalike_text = st.tuples(news_text, st.sampled_from(LOOKALIKES)).map(
    lambda pair: pair[0].translate(pair[1])
)
any_text = st.one_of(st.text(max_size=300), news_text, lookalike_text)

EDGE_ANCHORS = [date.min, date.max, date(1, 1, 7), date(9999, 12, 25), date(2024, 2, 29)]
any_anchor = st.one_of(st.none(), st.sampled_from(EDGE_ANCHORS), st.dates())
ordinary_anchor = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))

# Expressions that only mean something relative to a publication date (no year, no full date).
RELATIVE_TOKENS = [
    "Friday", "on Monday", "last Tuesday", "next Wednesday", "this Thursday", "Saturday night",
    "early Sunday", "yesterday", "today", "tomorrow", "tonight", "last night", "this week",
    "last week", "next week", "this month", "last month", "earlier this month",
    "later this month", "the end of the month", "this year", "last year", "earlier this year",
    "late last year", "in January", "May 9", "on Dec. 28", "mid-March", "over the past week",
    "the past seven days", "the past three months", "the next two weeks", "a week ago",
    "two days ago", "two days later", "the first quarter", "Q2", "this summer", "the 9th",
    "at 0735 GMT", "7:35 a.m. EDT",
]
FILLER = ["Russian forces shelled the town", "officials said", "the talks resumed", "and", "."]
relative_text = st.lists(st.sampled_from(RELATIVE_TOKENS + FILLER), min_size=1, max_size=12).map(
    " ".join
)

# Expressions that move exactly with the publication date.
SHIFTING_TOKENS = [
    "said on Friday", "will meet on Monday", "last Tuesday", "next Wednesday", "yesterday",
    "today", "tomorrow", "two days ago", "a week ago", "on Sunday", "Thursday",
]
shifting_text = st.lists(st.sampled_from(SHIFTING_TOKENS), min_size=1, max_size=6).map(
    ", ".join
)


def _check_spans(text: str, timexes: tuple[Timex, ...]) -> None:
    previous_end = 0
    for timex in timexes:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        assert timex.start >= previous_end, "spans overlap or are out of order"
        previous_end = timex.end


@BOUNDED
@given(any_text, any_anchor)
@example("in summer, last winter and next spring", date.min)
@example("IN Summer, through the winter", date.max)
@example("tomorrow, next week, next month, next year and this winter", date.max)
@example("yesterday, last week, the past three months and late last year", date.min)
@example("Friday, Dec. 31, the 31st and two days later", date.max)
@example("two ſeconds, three weekſ ago, early laſt year, nineteen ninety-ſix", date(2023, 5, 5))
@example("Tuesday mornİng, last wee\u212a", date(2023, 5, 5))
def test_never_raises_and_offsets_slice_the_text(text: str, anchor: date | None) -> None:
    timexes = tag(text, anchor)
    assert isinstance(timexes, tuple)
    _check_spans(text, timexes)
    for timex in timexes:
        if timex.interval is not None:
            assert timex.interval.start <= timex.interval.end


@BOUNDED
@given(any_text, any_anchor)
def test_deterministic(text: str, anchor: date | None) -> None:
    assert tag(text, anchor) == tag(text, anchor)


@BOUNDED
@given(relative_text, ordinary_anchor)
def test_spans_and_intervals_of_news_phrases(text: str, anchor: date) -> None:
    timexes = tag(text, anchor)
    _check_spans(text, timexes)
    for timex in timexes:
        if timex.interval is not None:
            assert timex.interval.start <= timex.interval.end


@BOUNDED
@given(relative_text)
def test_unanchored_relative_expressions_are_never_resolved(text: str) -> None:
    today = date.today()
    for timex in tag(text, None):
        assert timex.interval is None, (timex.text, timex.interval)
        assert timex.anchor is None
        assert today.isoformat() not in timex.value
        assert f"{today.year}-" not in timex.value


@BOUNDED
@given(shifting_text, ordinary_anchor, st.integers(min_value=-400, max_value=400))
def test_weekday_and_day_offsets_move_with_the_anchor_by_whole_weeks(
    text: str, anchor: date, weeks: int
) -> None:
    shift = timedelta(weeks=weeks)
    before = tag(text, anchor)
    after = tag(text, anchor + shift)
    assert [t.text for t in before] == [t.text for t in after]
    assert before, f"nothing tagged in {text!r}"
    for old, new in zip(before, after, strict=True):
        assert old.interval is not None and new.interval is not None, old.text
        assert new.interval.start - old.interval.start == shift
        assert new.interval.end - old.interval.end == shift


@BOUNDED
@given(shifting_text, ordinary_anchor)
def test_weekday_and_day_offsets_resolve_within_a_week_of_the_anchor(
    text: str, anchor: date
) -> None:
    for timex in tag(text, anchor):
        assert timex.interval is not None, timex.text
        assert abs((timex.interval.start - anchor).days) <= 7, (timex.text, timex.interval)


# ---- The scan skips rules that cannot match where it stands; each skip must be sound. ----
WORD = re.compile(r"[^\W_]+|'")
BLANK_THEN_WORD = re.compile(r"\s+([^\W_]+|')")
DIGITS = re.compile(r"\d+")
NAME = re.compile(r"[A-Za-z]+")
NAME_THEN_BLANK = re.compile(r"[A-Za-z]+\.?,?\s+(\S)")


def _head(word: str) -> str:
    """A word as the scan compares it with a pattern's words: "#" for a number, lower-case."""
    return "#" if word[0].isdigit() else word.lower()


@pytest.mark.parametrize("pattern", list(_FIRST_WORDS), ids=lambda p: p.pattern[:30])
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_every_phrase_of_a_pattern_begins_with_one_of_its_first_words(
    pattern: re.Pattern[str], data: st.DataObject
) -> None:
    phrase = data.draw(st.from_regex(pattern, fullmatch=True))
    first = WORD.match(phrase)
    assert first is not None, phrase
    assert _head(first.group()) in _FIRST_WORDS[pattern], phrase
    if first.group().lower() == "the":
        second = BLANK_THEN_WORD.match(phrase, first.end())
        assert second is not None, phrase
        head = "" if second[1] == "'" else _head(second[1])
        assert head in _WORDS_AFTER_THE[pattern], phrase


@pytest.mark.parametrize("pattern", list(_FIRST_AFTER_BLANK), ids=lambda p: p.pattern[:30])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(data=st.data())
def test_the_word_after_a_blank_begins_with_a_character_the_pattern_allows(
    pattern: re.Pattern[str], data: st.DataObject
) -> None:
    phrase = data.draw(st.from_regex(pattern, fullmatch=True))
    # Text after the phrase, so that a lookahead after a lone day number can succeed: any word
    # of the pattern ("24 and", "25 in").
    words = sorted(set(re.findall(r"[A-Za-z]+", pattern.pattern)))
    phrase += data.draw(st.sampled_from(["", ", officials said", *(f" {w} x" for w in words)]))
    allowed = _FIRST_AFTER_BLANK[pattern]
    number = DIGITS.match(phrase)
    name = NAME.match(phrase)
    if number is not None:  # after a run of digits and one blank: the next character
        # (the text added may end the match: "30" then " nd")
        if pattern.match(phrase) and phrase[number.end() : number.end() + 1].isspace():
            first = phrase[number.end() + 1 : number.end() + 2]
            assert first == "" or first.isspace() or first in allowed, phrase
    elif name is not None and name.group() in _CASED_NAMES:  # after a name, "." "," and a blank
        follower = NAME_THEN_BLANK.match(phrase)
        assert follower is not None and follower[1] in allowed, phrase


def test_dense_line_of_mixed_date_words_is_linear() -> None:
    """One 200 KB line of date words, numbers and traps in random order: every kind of rule
    is tried at almost every word, and the expressions' spans stay sound."""
    rng = random.Random(20230505)
    text = " ".join(rng.choice(NEWS_TOKENS) for _ in range(40_000)).replace("\n", " ")
    started = time.process_time()
    timexes = tag(text, date(2023, 5, 5))
    assert time.process_time() - started < 10  # generous for CI; backtracking takes minutes
    assert len(timexes) > 5_000
    _check_spans(text, timexes)

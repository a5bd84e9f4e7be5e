"""The scan: find trigger tokens with one regex, try the rules each token leads at its position,
and keep the first rule that matches; then attach signals and clock times to stated days."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Final

from timeline.model import Interval, Timex
from timeline.temporal import patterns as P
from timeline.temporal.lexicon import (
    PARTS_OF_DAY,
    SEASONS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_WORDS,
)
from timeline.temporal.rules_calendar import (
    century,
    clock,
    clock_words,
    day_month_after_dash,
    day_month_year,
    day_of_month_edge,
    day_pair_first,
    decade,
    decade_word,
    dotted_stamp,
    fiscal,
    half_short,
    holiday,
    iso_date,
    month_alone,
    month_day_year,
    month_relative_year,
    month_year,
    night_of_days,
    noon,
    numeric_date,
    ordinal_day_of_month,
    overnight_into,
    pair_day,
    part_of_date,
    week_number,
    weekday_alone,
    weekday_date,
    weekday_day_line,
    weekday_part,
    weekday_parts,
    weekday_plural,
    weekday_twilight,
    year_alone,
    year_range_end,
    year_spoken,
)
from timeline.temporal.rules_quantity import (
    ADVERB_SETS,
    duration,
    duration_adjective,
    half_unit,
    per_unit,
    plural_unit,
    ref,
    set_adverb,
    set_every,
    times_rate,
    units_ahead,
)
from timeline.temporal.rules_relative import (
    deictic_month,
    deictic_season,
    deictic_unit,
    deictic_weekday,
    earlier_weekday,
    edge,
    last_night,
    month_of_reference,
    offset_edge,
    ordinal_day,
    overnight,
    part_of_unit,
    quarter,
    quarter_short,
    relative_day,
    same_day,
    same_period_last_year,
    season_alone,
    season_of_reference,
    season_of_that_year,
    season_year,
    span,
    the_new_year,
    the_night,
    the_unit,
    the_week_of,
    this_day,
    twilight_alone,
    two_days_off,
    weekend,
    year_earlier,
    year_end,
    year_to_date,
)
from timeline.temporal.scan import (
    DEADLINE_SIGNALS,
    Builder,
    Found,
    Scan,
    heads_entry,
    opens_line,
)
from timeline.temporal.values import value_interval

_Rule = tuple[re.Pattern[str], Builder]
_DEICTIC: Final[tuple[_Rule, ...]] = (
    (P.QUARTER, quarter), (P.LAST_NIGHT, last_night), (P.DEICTIC_WEEKDAY, deictic_weekday),
    (P.DEICTIC_MONTH, deictic_month), (P.DEICTIC_SEASON, deictic_season),
    (P.DEICTIC_UNIT, deictic_unit), (P.SPAN, span),
    (P.SAME_DAY, same_day),  # "the next morning", "the following evening"
    (P.SEASON_OF_REFERENCE, season_of_reference),  # "the previous winter"
    (P.MONTH_OF_REFERENCE, month_of_reference),  # "the following February"
)  # fmt: skip
_DURATIONS: Final[tuple[_Rule, ...]] = (
    (P.DURATION, duration), (P.DURATION_ADJ, duration_adjective), (P.NINE_MONTHS, duration),
    (P.QUARTER, quarter),
)  # fmt: skip
_PRESENT: Final = ref("PRESENT_REF", "present", "the present (PRESENT_REF)")
_PAST: Final = ref("PAST_REF", "past-ref", "some time before now (PAST_REF)")
_FUTURE: Final = ref("FUTURE_REF", "future-ref", "some time after now (FUTURE_REF)")
_DURATIONS_OR_PRESENT: Final = (
    (P.CLOCK_WORDS, clock_words), (P.TIMES_RATE, times_rate), *_DURATIONS, (P.PRESENT, _PRESENT)
)
_UNIT_RULES: Final[tuple[_Rule, ...]] = ((P.UNITS_AHEAD, units_ahead), (P.PLURAL_UNIT, plural_unit))

# Rule groups, longest and most specific rules first; a trigger word names its group below.
_RULES_BY_WORD: Final[dict[str, tuple[_Rule, ...]]] = {
    "month": ((P.MONTH_DAY_YEAR, month_day_year), (P.MONTH_YEAR, month_year),
              (P.MONTH_RELATIVE_YEAR, month_relative_year), (P.MONTH_ALONE, month_alone)),
    "weekday": ((P.WEEKDAY_DATE, weekday_date), (P.WEEKDAY_DAY_MONTH, weekday_date),
                (P.WEEKDAY_DAY_LINE, weekday_day_line),
                (P.WEEKDAY_PARTS, weekday_parts), (P.WEEKDAY_PART, weekday_part),
                (P.WEEKDAY_POSTPOSED, deictic_weekday),
                (P.WEEKDAY_ALONE, weekday_alone)),
    "weekdays": ((P.WEEKDAY_PLURAL, weekday_plural),),
    "'": ((P.DECADE, decade),),
    "holiday": ((P.HOLIDAY, holiday),),
    "today": ((P.RELATIVE_DAY, relative_day),),
    "tomorrow": ((P.LAST_NIGHT, last_night), (P.RELATIVE_DAY, relative_day)),
    "last": ((P.DAY_OF_MONTH_EDGE, day_of_month_edge), (P.EDGE, edge), (P.THIS_DAY, this_day),
             *_DEICTIC,
             (P.PAST_REF, _PAST), (P.PRESENT, _PRESENT),
             (P.HOLIDAY, holiday)),
    "past": (*_DEICTIC, (P.PAST_REF, _PAST)),
    "previous": _DEICTIC,
    "first": ((P.DAY_OF_MONTH_EDGE, day_of_month_edge), *_DEICTIC, (P.NINE_MONTHS, duration),
              (P.EDGE, edge),  # "first half of May"
              (P.THE_ORDINAL_DAY, ordinal_day_of_month)),  # "the first of May"
    "ordinal-day": ((P.THE_ORDINAL_DAY, ordinal_day_of_month),),  # "the ninth of January"
    "early": ((P.EDGE, edge), (P.DECADE_WORD, decade_word),  # "the late nineties"
              (P.PART_OF_UNIT, part_of_unit)),
    "earlier": ((P.OFFSET_EDGE, offset_edge), (P.EARLIER_WEEKDAY, earlier_weekday),
                (P.SAME_DAY, same_day)),
    "every": ((P.SET_EVERY, set_every),),
    "twice": ((P.TIMES_RATE, times_rate),),
    "per": ((P.PER_UNIT, per_unit),),
    "daily": ((P.SET_ADVERB, set_adverb),),
    "now": ((P.PRESENT, _PRESENT), (P.DEICTIC_UNIT, deictic_unit), (P.QUARTER, quarter)),
    "recently": ((P.PAST_REF, _PAST),),
    "recent": ((P.SPAN, span), (P.PAST_REF, _PAST)),
    "future": ((P.FUTURE_REF, _FUTURE),),
    "weekend": ((P.WEEKEND, weekend),),
    "twilight": ((P.WEEKDAY_TWILIGHT, weekday_twilight), (P.OVERNIGHT_INTO, overnight_into),
                 (P.OVERNIGHT, overnight), (P.TWILIGHT_ALONE, twilight_alone),
                 (P.NIGHT_OF_DAYS, night_of_days), (P.PART_OF_DATE, part_of_date),
                 (P.THE_NIGHT, the_night)),
    "week-number": ((P.WEEK_NUMBER, week_number),),
    "summer": (
        (P.SEASON_YEAR, season_year), (P.SEASON_OF_THAT_YEAR, season_of_that_year),
        (P.SEASON_ALONE, season_alone),
    ),
    "days": _UNIT_RULES,
    "quarter": ((P.CLOCK_WORDS, clock_words), (P.QUARTER, quarter)),
    "half": ((P.CLOCK_WORDS, clock_words), (P.HALF_UNIT, half_unit), (P.QUARTER, quarter)),
    "fiscal": ((P.FISCAL, fiscal),),
    "q1": ((P.QUARTER_SHORT, quarter_short),),
    "h1": ((P.HALF_SHORT, half_short),),
    "noon": ((P.NOON, noon),),
    "same": (
        (P.TWO_DAYS_OFF, two_days_off),
        (P.SAME_PERIOD_LAST_YEAR, same_period_last_year), (P.SAME_DAY, same_day),
        (P.SEASON_OF_REFERENCE, season_of_reference),  # "that autumn"
    ),
    "year-earlier": ((P.YEAR_EARLIER, year_earlier), (P.YEAR_END, year_end),
                     (P.YEAR_TO_DATE, year_to_date)),
    "these": ((P.PRESENT, _PRESENT),),
    "number": _DURATIONS_OR_PRESENT,
    "the-unit": (
        (P.YEAR_TWO_THOUSAND, year_spoken), (P.THE_WEEK_OF, the_week_of), (P.THE_UNIT, the_unit),
        (P.SAME_DAY, same_day),  # "the week before"
    ),
    "nineteen": ((P.YEAR_SPOKEN, year_spoken), *_DURATIONS_OR_PRESENT),
    "decade-word": ((P.DECADE_WORD, decade_word),),
    "new-year": ((P.THE_NEW_YEAR, the_new_year),),
    "the-digit": ((P.THE_DAY_OF_MONTH, day_month_year), (P.ORDINAL_DAY, ordinal_day),
                  (P.DECADE_THE, decade), (P.CENTURY_THE, century), (P.QUARTER, quarter),
                  (P.DURATION, duration)),
}  # fmt: skip

# The words a pattern can begin with ("#": a number in digits), lower-case, for the patterns of
# groups that several kinds of trigger share: a trigger tries only the patterns that can begin
# with it ("two" never begins a quarter, "this" never a past reference). Each word listed is
# followed in its pattern by a space, a hyphen or the end of the phrase, never by a letter.
_DEICTIC_WORDS: Final = frozenset({"last", "next", "this", "coming", "past"})
_UNIT_DEICTIC_WORDS: Final = _DEICTIC_WORDS | {"current", "previous", "following"}
_QUANTITY_WORDS: Final = P.NUMBER_WORDS | {
    "#", "a", "an", "another", "several", "few", "couple", "many", "some", "hundreds", "dozens",
    "thousands"}
_FIRST_WORDS: Final[dict[re.Pattern[str], frozenset[str]]] = {
    P.NINE_MONTHS: frozenset({"the", "first", *P.NUMBER_WORDS}),
    P.DAY_OF_MONTH_EDGE: frozenset({"the"}),
    P.QUARTER: frozenset({"the", "#", "this", "last", "next", "fiscal", "quarter", "half",
                          *P.ORDINAL_WORDS}),
    P.PRESENT: frozenset({"now", "currently", "presently", "right", "the", "at", "nowadays",
                          "these"}),
    P.PAST_REF: frozenset({"recently", "the", "recent"}),
    P.FUTURE_REF: frozenset({"the", "soon", "any"}),
    P.DURATION: _QUANTITY_WORDS | {
        "nearly", "almost", "more", "less", "fewer", "no", "not", "at", "up", "over", "under",
        "about", "around", "roughly", "approximately", "just"},
    P.DURATION_ADJ: _QUANTITY_WORDS,
    P.CLOCK_WORDS: frozenset({
        "half", "quarter", "a", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve"}),
    P.EDGE: frozenset({"the", "early", "late", "mid", "middle", "end", "beginning", "start",
                       "rest", "first", "second"}),
    P.DEICTIC_WEEKDAY: _DEICTIC_WORDS | {"penultimate"},
    P.DEICTIC_MONTH: _DEICTIC_WORDS,
    P.THIS_DAY: frozenset({"this"}),
    P.DEICTIC_SEASON: _DEICTIC_WORDS,
    P.SEASON_OF_REFERENCE: frozenset({"that", "the"}),
    P.MONTH_OF_REFERENCE: frozenset({"the"}),
    P.LAST_NIGHT: frozenset({"last", "this", "tomorrow", "the"}),
    P.DEICTIC_UNIT: frozenset({"the", *_UNIT_DEICTIC_WORDS, "preceding"}),
    P.SPAN: frozenset({"the", *_UNIT_DEICTIC_WORDS - {"this", "current"}, "preceding", "recent",
                      "first"}),
    P.UNITS_AHEAD: frozenset({"the"}),
    P.SAME_DAY: frozenset({"earlier", "later", "the", "that"}),
    P.PLURAL_UNIT: frozenset(
        {"years", "months", "weeks", "days", "decades", "hours", "minutes", "weekends"}
    ),
    P.OFFSET_EDGE: frozenset({"earlier", "later"}),
    P.EARLIER_WEEKDAY: frozenset({"earlier", "later"}),
    P.RELATIVE_DAY: frozenset({"today", "tonight", "tomorrow", "yesterday"}),
    P.OVERNIGHT: frozenset({"overnight"}),
    P.TWILIGHT_ALONE: frozenset({"dawn", "daybreak", "dusk", "nightfall"}),
    P.THE_NIGHT: frozenset({"the"}),
    P.NIGHT_OF_DAYS: frozenset({"the", "night"}),
}  # fmt: skip
# For those that can begin with "the": the words that can follow it.
_WORDS_AFTER_THE: Final[dict[re.Pattern[str], frozenset[str]]] = {
    **{pattern: words - {"the"} for pattern, words in _FIRST_WORDS.items() if "the" in words},
    P.PRESENT: frozenset({"present"}),
    P.PAST_REF: frozenset({"past", "recent", "other"}),
    P.FUTURE_REF: frozenset({"near", "nearest", "distant", "future", "short", "foreseeable"}),
    P.LAST_NIGHT: frozenset({"past"}),
    P.UNITS_AHEAD: frozenset({"coming", "days", "weeks", "months", "years"}),
    P.SEASON_OF_REFERENCE: frozenset({"previous", "following", "next"}),
    P.MONTH_OF_REFERENCE: frozenset({"previous", "following"}),
    P.THE_NIGHT: frozenset({"night"}),
    P.DAY_OF_MONTH_EDGE: frozenset({"first", "last"}),
    P.NIGHT_OF_DAYS: frozenset({"night", "intervening"}),
    P.PART_OF_DATE: frozenset({"morning", "afternoon", "evening", "night"}),
    P.SAME_DAY: frozenset(
        {"same", "following", "previous", "preceding", "next", "day", "week", "month", "year"}
    ),
}  # fmt: skip


def _beginning_with(rules: tuple[_Rule, ...], word: str) -> tuple[_Rule, ...]:
    """The rules whose pattern can begin with `word` (lower-case)."""
    return tuple(
        rule for rule in rules if rule[0] not in _FIRST_WORDS or word in _FIRST_WORDS[rule[0]]
    )


def _beginning_with_the(rules: tuple[_Rule, ...], word: str) -> tuple[_Rule, ...]:
    """The rules whose pattern can begin with "the" and then `word` (lower-case)."""
    return tuple(
        rule for rule in rules
        if rule[0] not in _FIRST_WORDS
        or ("the" in _FIRST_WORDS[rule[0]] and word in _WORDS_AFTER_THE[rule[0]])
    )  # fmt: skip


# Trigger word -> the group of rules above that it leads.
_GROUP_OF: Final[dict[str, str]] = {
    "today": "today", "tonight": "today", "yesterday": "today", "tomorrow": "tomorrow",
    "last": "last", "this": "last", "next": "last", "coming": "last", "current": "last",
    "past": "past", "previous": "previous", "preceding": "previous", "penultimate": "previous",
    "following": "previous",
    "first": "first", "second": "first", "third": "first", "fourth": "first", "final": "first",
    "latest": "first", "early": "early", "late": "early", "mid": "early", "end": "early",
    "beginning": "early", "start": "early", "middle": "early", "rest": "early",
    "midweek": "early",
    "earlier": "earlier",
    "later": "earlier", "every": "every", "each": "every",
    "once": "twice", "twice": "twice", "thrice": "twice", "per": "per",
    **{w: "daily" for w in ADVERB_SETS},
    "now": "now", "these": "these", "currently": "now", "presently": "now", "present": "now",
    "recently": "recently", "recent": "recent",
    "future": "future", "soon": "future", "near": "future", "any": "future", "right": "now",
    "weekend": "weekend", "weekends": "days",
    **{w: "summer" for w in SEASONS},
    **{w: "days" for w in (
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
        "centuries", "fortnights")},
    "quarter": "quarter", "quarters": "quarter", "half": "half",
    "epidemiological": "week-number", "epi": "week-number",
    **{w: "twilight" for w in ("dawn", "daybreak", "dusk", "nightfall", "overnight")},
    "calendar": "week-number", "week": "week-number",
    "fiscal": "fiscal", "fy": "fiscal", "q1": "q1", "q2": "q1", "q3": "q1", "q4": "q1",
    "noon": "noon", "midnight": "noon", "midday": "noon", "same": "same", "that": "same",
    "year-earlier": "year-earlier", "year-ago": "year-earlier", "year": "year-earlier",
    **{w: "number" for w in (
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "a", "an", "another", "several", "few", "many", "couple", "some", "dozens", "hundreds",
        "nearly", "almost", "more", "less", "fewer", "no", "not",
        "at", "up", "about", "around", "roughly", "approximately", "just")},
    # Also years said aloud: "nineteen ninety-six", "twenty twenty-two".
    "nineteen": "nineteen", "twenty": "nineteen",
}  # fmt: skip
# After "the", the next word picks the rules (tried at "the", whose rules allow a leading "the").
_AFTER_THE: Final[dict[str, str]] = {
    **_GROUP_OF,
    "present": "now",
    "other": "recently",  # "the other day"
    "day": "same",
    "corresponding": "same",
    "comparable": "same",
    "year": "the-unit",
    "week": "the-unit",
    "month": "the-unit",  # "the month before"
    "full": "the-unit",
    "short": "future",
    "foreseeable": "future",
    "nearest": "future",  # "in the nearest future" (translated copy)
    "night": "twilight",  # "into the night"
    **{word: "ordinal-day" for word in P.DAY_ORDINAL_WORDS if word not in _GROUP_OF},
    "intervening": "twilight",  # "the intervening night of Wednesday and Thursday"
    **{word: "twilight" for word in ("morning", "afternoon", "evening")},  # "the evening of"
    "long": "weekend",  # "over the long weekend"
    "new": "new-year",
    **{w: "decade-word" for w in (
        "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")},
}  # fmt: skip

_NEXT_WORD = re.compile(r"\s+([\w'-]+)")
_WORD_HEAD = re.compile(r"['-]")


# Capitalised trigger words: a lower-case "may" or "march" is a verb, never a month.
_CASED_GROUP: Final[dict[str, str]] = {
    **{w: "month" for w in (
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sept", "Sep", "Oct", "Nov", "Dec")},
    **{w.capitalize(): "weekday" for w in (*WEEKDAY_WORDS, *WEEKDAY_ABBREVIATIONS)},
    **{w.capitalize() + "s": "weekdays" for w in WEEKDAY_WORDS},  # "on Fridays": a token of its own
    # In capitals, as captions and datelines write them ("MARCH 04:", "MONDAY, March 3").
    **{w.upper(): "month" for w in (
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sept", "Sep", "Oct", "Nov", "Dec")},
    **{w.upper(): "weekday" for w in WEEKDAY_WORDS},
    "FY": "fiscal",
    "H1": "h1", "H2": "h1",
    **{w: "holiday" for w in (
        "Christmas", "New", "Thanksgiving", "Easter", "Halloween", "Boxing", "Orthodox")},
}  # fmt: skip
# A digit right after these is part of another token: "1,000", "$300", "3-1", "10:30", "v2".
_NOT_BEFORE_DIGIT: Final = frozenset("'’.,$£€#/:-_")
_YEAR_COMPOUND = re.compile(
    r"-(?:earlier|ago|end)\b|\s+end\b|['’]s\s+end\b|[\s-]+to[\s-]+date\b", re.I
)


_PAIR_FIRST: Final = (P.DAY_PAIR_FIRST, day_pair_first)
_ISO: Final = (P.ISO_DATE, iso_date)
_NUMERIC: Final = (P.NUMERIC_DATE, numeric_date)
_DAY_MONTH: Final = (P.DAY_MONTH_YEAR, day_month_year)
_AMPM: Final = (P.CLOCK_AMPM, clock)
_YEAR: Final = (P.YEAR_ALONE, year_alone)
_DURATION: Final = (P.DURATION, duration)
_DURATION_ADJ: Final = (P.DURATION_ADJ, duration_adjective)
# The character after a run of digits narrows the rules worth trying.
_DIGIT_RULES_OTHERWISE: Final = (_DAY_MONTH, _DURATION, _YEAR)
_DIGIT_RULES_AFTER: Final[dict[str, tuple[_Rule, ...]]] = {
    "-": (_ISO, _NUMERIC, _DURATION_ADJ, _DURATION, _PAIR_FIRST, _YEAR),
    "/": (_NUMERIC, _YEAR),
    # "25, 26 and 28 February", "the 1,000-day siege"
    ",": (_PAIR_FIRST, _DURATION_ADJ, *_DIGIT_RULES_OTHERWISE),
    ".": ((P.DOTTED_STAMP, dotted_stamp), _NUMERIC, _AMPM, _DURATION, _YEAR),
    ":": (_AMPM, (P.CLOCK_24, clock), _YEAR),  # "10:30", "1988: the first ceasefire"
    " ": (_DAY_MONTH, _PAIR_FIRST, _AMPM, (P.CLOCK_MILITARY, clock), _DURATION, _YEAR),
    "s": ((P.DECADE, decade), _DAY_MONTH, (P.CENTURY, century), _YEAR),
    "'": ((P.DECADE, decade), _YEAR),
    "a": (_AMPM,), "p": (_AMPM,), "A": (_AMPM,), "P": (_AMPM,),
    "Z": ((P.CLOCK_MILITARY, clock),),  # "0214Z"
    "t": (_DAY_MONTH, (P.CENTURY, century)), "n": (_DAY_MONTH, (P.CENTURY, century)),
    "r": (_DAY_MONTH, (P.CENTURY, century)),
}  # fmt: skip
_PAIR: Final = (P.PAIR_DAY, pair_day)
# A one- or two-digit number after a blank may close a pair of days ("April 24 and 25").
_DIGIT_RULES_AFTER_PAIR: Final = {
    after: (_PAIR, *rules) for after, rules in _DIGIT_RULES_AFTER.items() if after in " .,;:)"
}
_DIGIT_RULES_OTHERWISE_PAIR: Final = (_PAIR, *_DIGIT_RULES_OTHERWISE)
_YEAR_RANGE_END: Final = (P.YEAR_RANGE_END, year_range_end)  # "1980-1988", "1992-95"
# After a dash: the end of a pair of days ("May 1-3"), of a span of years ("1992-95") or of
# hours ("7am-1pm", "21:00-22:00").
_AFTER_DASH: Final = (
    _PAIR, (P.DAY_MONTH_YEAR, day_month_after_dash), _YEAR_RANGE_END, _AMPM, (P.CLOCK_24, clock)
)

# Patterns that go on past a blank after their leading number or name: the characters the next
# word can begin with. Where that word begins with another, the pattern need not be tried. Under
# (?i), "s" also matches "ſ" (and "k" "K", "i" "ıİ"; no word here begins with those two).
_DIGITS: Final = "0123456789"
_FIRST_AFTER_BLANK: Final[dict[re.Pattern[str], str]] = {
    P.DAY_MONTH_YEAR: "oJFMASOND",  # "9 May", "9 of May"
    P.DAY_PAIR_FIRST: "aAtTuU-–,",  # "24 and 25 April", "24 to 25", "5 until 9", "25 , 26 and 28"
    P.CLOCK_AMPM: "apAP",  # "7 a.m.", "7 PM"
    # a zone ("0735 GMT", "local time", "eastern daylight time", "Dubai time") or "hours"
    P.CLOCK_MILITARY: "ABCDEFGHIJKLMNOPQRSTUVWXYZlhecmpag",
    # a unit, "and a half", "1/2", "more"/"additional"/"extra"/"further", an adjective ("three
    # straight days", "five business days"), or "to"/"or"/a dash closing a range ("10 to 12 days")
    P.DURATION: "sSſmMhHdDwWfFqQyYcCnNaA1eEtToObBlL-–",
    P.PAIR_DAY: ",.;:)iaowtfbln",  # "24 and 25, ..." "25 in ..."
    P.MONTH_DAY_YEAR: _DIGITS,  # "May 9"
    P.MONTH_YEAR: "o12nNtT",  # "May 2023", "May of 2023", "May nineteen ninety-six"
    P.MONTH_RELATIVE_YEAR: "oOlLtTnN",  # "May last year", "May of next year", "June of that year"
    P.WEEKDAY_DATE: "JFMASOND",  # "Friday, May 5"
    P.WEEKDAY_DAY_MONTH: _DIGITS,  # "Friday 5 May"
    P.WEEKDAY_DAY_LINE: _DIGITS,  # "Mon 14: 3"
    P.WEEKDAY_PART: "maenoMAENO",  # "Friday morning", "Friday overnight"
}  # fmt: skip
# A month or weekday name, then maybe a "." (abbreviation) and a ",", and a blank: the character
# after the blank. A name without one is followed by no word its patterns read.
_AFTER_NAME = re.compile(r"\.?,?\s+(\S)")


def _followed_by(rules: tuple[_Rule, ...], first: str) -> tuple[_Rule, ...]:
    """The rules that can match where the next word begins with `first` ("": no next word)."""
    return tuple(
        rule for rule in rules
        if rule[0] not in _FIRST_AFTER_BLANK or (first and first in _FIRST_AFTER_BLANK[rule[0]])
    )  # fmt: skip


def _digit_rules(after: str, pair: bool) -> tuple[_Rule, ...]:
    if after.isspace():
        after = " "
    if pair:
        return _DIGIT_RULES_AFTER_PAIR.get(after) or _DIGIT_RULES_AFTER.get(
            after, _DIGIT_RULES_OTHERWISE_PAIR
        )
    return _DIGIT_RULES_AFTER.get(after, _DIGIT_RULES_OTHERWISE)


# Every word that can lead a rule, lower-case and capitalised, plus the case-sensitive ones.
_TRIGGER_WORDS: Final = frozenset(
    {*_GROUP_OF, *(w.capitalize() for w in _GROUP_OF), *_CASED_GROUP, "the", "The", "Q"}
)


# Month and weekday names: their rules follow from the word after them.
_CASED_NAMES: Final = {
    word: _RULES_BY_WORD[group]
    for word, group in _CASED_GROUP.items() if group in ("month", "weekday")
}  # fmt: skip


def _word_group(word: str) -> tuple[_Rule, ...]:
    """The rules a trigger word leads, if it leads any by itself (not "the", "year" or "Q")."""
    if word in ("the", "The", "year", "Year", "Q"):
        return ()
    group = _CASED_GROUP.get(word) or _GROUP_OF.get(word.lower())
    return _beginning_with(_RULES_BY_WORD[group], word.lower()) if group else ()


# Trigger token -> its rules, for the words whose rules need nothing but the token itself. The
# trigger regex finds words at a word boundary, so the character before one is never a letter,
# digit or "_"; a "-" before it makes it part of a compound ("mid-March" is read from "mid").
_WORD_RULES: Final = {
    w: rules for w in _TRIGGER_WORDS - _CASED_NAMES.keys() if (rules := _word_group(w))
}


def _rules_at(text: str, word: str, start: int, end: int) -> tuple[_Rule, ...]:
    """The rules of the token `word` at text[start:end] that is no word of _WORD_RULES: a run of
    digits, a month or weekday name, "'90", "the", "year" or "Q"."""
    previous = text[start - 1] if start else " "
    if word[0].isdigit():
        after = text[end : end + 1]
        # After a blank, the next word's first character (a blank: not known, try all).
        first = text[end + 1 : end + 2] if after.isspace() else ""
        rules, without_duration = _digit_rules_at(previous, min(len(word), 5), after, first)
        if (
            len(without_duration) < len(rules)
            and first
            and not first.isspace()
            and not _DURATION_NEXT_WORD.match(text, end + 1)
        ):
            return without_duration
        return rules
    if previous.isalnum() or previous in "-_":
        return ()
    if word in _CASED_NAMES:
        follower = _AFTER_NAME.match(text, end)
        return _name_rules(word, follower[1] if follower else "")
    if word[0] == "'":
        return _RULES_BY_WORD["'"]
    if word == "Q":
        q1 = text[end : end + 1] in ("1", "2", "3", "4")
        return _RULES_BY_WORD["q1"] if q1 else ()
    if word in ("year", "Year"):
        return _RULES_BY_WORD["year-earlier"] if _YEAR_COMPOUND.match(text, end) else ()
    return _rules_after_the(text, end)  # "the", "The"


# The rules of a token follow from a few characters around it; dense dates repeat them.
@lru_cache(maxsize=16384)
def _digit_rules_at(
    previous: str, digits: int, after: str, first: str
) -> tuple[tuple[_Rule, ...], tuple[_Rule, ...]]:
    """The rules, and the same but DURATION. `digits`: the length of the run of digits, 5 for
    any longer one; `first`: the first character of the word after a blank that follows the
    digits, "" if none or unknown."""
    short = digits <= 2
    rules: tuple[_Rule, ...]
    if short and previous in "-–":
        rules = _AFTER_DASH  # "May 1-3", "24-25 April", "1992-95"
    elif digits == 4 and previous in "-–":
        return (_YEAR_RANGE_END,), (_YEAR_RANGE_END,)  # "1980-1988"
    elif previous.isalpha() or previous in _NOT_BEFORE_DIGIT:
        return (), ()
    else:
        rules = _digit_rules(after, short and previous.isspace())
        rules = tuple(rule for rule in rules if _fits_digits(rule[0], digits))
    if after and not after.isspace():
        rules = tuple(
            rule for rule in rules
            if rule[0] not in _AFTER_DIGITS or after in _AFTER_DIGITS[rule[0]]
        )  # fmt: skip
    if first and not first.isspace():
        rules = _followed_by(rules, first)
    return rules, tuple(rule for rule in rules if rule[0] is not P.DURATION)


# How the word after a duration's leading number and a blank begins, in three characters: a
# unit, "and a half", "1/2", "more", "additional", "extra", "further", an adjective ("3 straight
# days", "5 working days": patterns.DURATION_ADJECTIVES), or a range ("10 to 12 days", "10 -
# 12"). DURATION is the dearest pattern to try, and most numbers are followed by none of these
# ("12 million", "30 people"). The scan caches a number's rules by the text up to these three.
_DURATION_NEXT_WORD = re.compile(
    r"(?i:sec|min|hou|day|wee|for|mon|mor|qua|yea|dec|cen|nig|and|add|ext|fur|ful|con|str|suc|"
    r"who|lon|wor|bus|tra|cal|sin|tri|sit|sch|hrs|hr\b|to\s|or\s)|1/2|[-–]"
)


# Patterns that need one of a few characters (or a blank) right after their leading run of
# digits; the rules tried after other characters ("45%", "1,000") include them.
_AFTER_DIGITS: Final[dict[re.Pattern[str], str]] = {
    P.DAY_MONTH_YEAR: "stnr",  # "9 May", "9th of May"
    P.PAIR_DAY: ",.;:)stnr",  # "24 and 25, ...", "25th."
    P.DURATION: "-–.,",  # "10-day", "10–12 days", "1.5 years", "1,200 days"
}


# Patterns that take a whole run of one or two digits, or of exactly four: a digit after the
# part they take makes them fail, so a run of another length need not try them.
_UP_TO_TWO_DIGITS: Final = frozenset({
    P.DOTTED_STAMP,
    P.DAY_MONTH_YEAR, P.DAY_PAIR_FIRST, P.PAIR_DAY, P.CLOCK_AMPM, P.CLOCK_24, P.NUMERIC_DATE,
    P.CENTURY,
})  # fmt: skip
_FOUR_DIGITS: Final = frozenset({P.YEAR_ALONE, P.CLOCK_MILITARY, P.ISO_DATE, P.DECADE})


def _fits_digits(pattern: re.Pattern[str], digits: int) -> bool:
    if pattern in _UP_TO_TWO_DIGITS:
        return digits <= 2
    if pattern in _FOUR_DIGITS:
        return digits == 4
    return True


# Keyed by strings: hashing a tuple of patterns costs microseconds.
@lru_cache(maxsize=4096)
def _name_rules(name: str, first: str) -> tuple[_Rule, ...]:
    """The rules of a month or weekday name before a word beginning with `first`."""
    return _followed_by(_CASED_NAMES[name], first)


def _rules_after_the(text: str, end: int) -> tuple[_Rule, ...]:
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return ()
    return _rules_before(following[1])


@lru_cache(maxsize=4096)
def _rules_before(word: str) -> tuple[_Rule, ...]:
    """The rules of "the" before `word`."""
    if word[0].isdigit():
        return _beginning_with_the(_RULES_BY_WORD["the-digit"], "#")
    if word[0] == "'":
        return _beginning_with_the(_RULES_BY_WORD["the-digit"], "")
    lower = word.lower()
    group = _AFTER_THE.get(lower) or _AFTER_THE.get(lower.split("-")[0])
    if group is None:
        return ()
    # The word as a pattern reads it: up to a hyphen or an apostrophe ("first-quarter").
    return _beginning_with_the(_RULES_BY_WORD[group], _WORD_HEAD.split(lower, maxsplit=1)[0])


def _any_of(*words: str) -> str:
    """Any of `words` (each a word or words joined by "|"), in any case, as a trie: a guard is
    tried at every "the", "a", "that" in a text, and the regex engine turns a trie away after a
    character or two where it tries the words of a plain alternation one by one."""
    return "(?i:" + P.word_trie({word for group in words for word in group.split("|")}) + ")"


# "the" is a trigger only before a word that has rules after it (_rules_before): a number or
# "'90s" (any word character but "_" and the ASCII letters, to be safe), or a word that is, or
# begins up to a hyphen with, a key of _AFTER_THE whose rules can follow "the". Most "the" go.
_THE_GUARD: Final = (
    rf"\s+(?:[^\W_a-zA-Z]|'|{_any_of(*(w for w in _AFTER_THE if _rules_before(w)))}(?![\w']))"
)
# Frequent small words whose rules (_WORD_RULES) need one of a few words after them: the
# trigger finds them only there, so the many others ("a man", "at noon", "that he") cost no rule
# tries. Each guard is what its word's patterns can read next, written as they spell it.
_UNIT_HEADS: Final = "second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur|night"
# After a quantity (DURATION, DURATION_ADJ): a unit, "and a half", "1/2", "more", an adjective,
# or a hyphen.
_AFTER_QUANTITY: Final = (
    "and|1/2|more|additional|extra|further", P.DURATION_ADJECTIVES, _UNIT_HEADS
)
_QUANTITY_GUARD: Final = rf"-|\s+{_any_of(*_AFTER_QUANTITY)}"
# After a number word (DURATION, DURATION_ADJ, NINE_MONTHS) also a range ("two to three",
# "ten-12") or a digit word ("twenty one").
# "twenty fourteen", "twenty twenty-two" (a year said aloud), "seven o'clock", "half past four",
# "eight this morning".
_NUMBER_GUARD: Final = (
    r"\s*[-–]|\s+(?i:[ap]\.m\.|(?:in\s+the|this)\s+(?:morning|afternoon|evening)|tonight)|\s+"
    + _any_of("to|or|o'clock|past|times", *_AFTER_QUANTITY, *P.NUMBER_WORDS)
)
_NAMES: Final = (
    "mon|tue|wed|thu|fri|sat|sun|"  # also "last Wed."
    "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
)
# After "last", "this", "next", "past" (QUARTER, LAST_NIGHT, DEICTIC_*, SPAN, THIS_DAY): a part of
# the day, a season, a unit or "year's", "time" ("this time last year"), a weekday or month, or
# the number of a span ("past two weeks").
# Parts of the day and seasons, as the patterns read them after "last", "that", ...
_DAY_PARTS_AND_SEASONS: Final = "|".join(sorted({*PARTS_OF_DAY, *SEASONS}))
_DEICTIC_GUARD: Final = "[\\s-]+(?:\\d|{})".format(_any_of(
    "past|fiscal|half|time", _DAY_PARTS_AND_SEASONS, _UNIT_HEADS, _NAMES, *P.NUMBER_WORDS,
    "a|several|few|couple|many|christmas|easter|thanksgiving|halloween|some|hundreds|dozens|"
    "thousands",
))  # fmt: skip
_SMALL_WORD_GUARDS: Final = {
    **{word: _DEICTIC_GUARD for word in ("last", "this", "next", "past")},
    # "earlier this week", "later in the day", "later on Friday", "later that day" (OFFSET_EDGE,
    # EARLIER_WEEKDAY, SAME_DAY)
    **{word: rf"\s+{_any_of('this|last|next|in|today|tonight|on|the|that', _NAMES)}"
       for word in ("earlier", "later")},
    # "a few days", "a number of years", "a little under two years"
    "a": rf"-|\s+{_any_of(*_AFTER_QUANTITY, 'few|couple|number')}|\s+(?i:little\s+(?:over|under))",
    **{word: _QUANTITY_GUARD for word in ("an", "some", "several", "few", "many")},
    **{word: _NUMBER_GUARD for word in P.NUMBER_WORDS - {"nineteen"}},  # also a year said aloud
    **{word: r"\s+(?i:of)" for word in ("couple", "dozens", "hundreds")},  # "dozens of years"
    **{word: r"\s+(?i:than)" for word in ("less", "fewer")},  # "less than a week"
    "at": r"\s+(?i:least|present|the\s+moment)",  # "at least two days", "at the moment"
    "up": r"\s+(?i:to)",  # "up to three years"
    # "about three hours", "around a week", "just over an hour"
    **{word: rf"\s+(?:\d|{_any_of('a|an', *P.NUMBER_WORDS)}(?!\w))"
       for word in ("about", "around", "roughly", "approximately")},
    "just": r"\s+(?i:over|under)",
    # "once a week", "twice daily", "per day"
    **{word: r"\s+{}(?!\w)".format(_any_of(
        "a|an|per|each|every|hourly|daily|nightly|weekly|monthly|quarterly|yearly|annually"
    )) for word in ("once", "twice", "thrice")},
    "per": rf"\s+{_any_of('hour|day|night|week|fortnight|month|quarter|year')}(?!\w)",
    "more": r"\s+(?i:than)",  # "more than a week"
    "no": r"\s+(?i:more|less|fewer)",  # "no more than a month"
    "not": r"\s+(?i:more|less|fewer)\s+than",  # "not less than 60 days"
    # "that day", "that evening", "that autumn", "that Friday"
    "that": r"\s+" + _any_of(
        "same|following|previous|next|day|week|month|year|quarter", _DAY_PARTS_AND_SEASONS,
        "|".join(WEEKDAY_WORDS),
    ),
}  # fmt: skip
_GUARDS: Final = {
    "the": _THE_GUARD,
    "The": _THE_GUARD,
    **_SMALL_WORD_GUARDS,
    **{word.capitalize(): guard for word, guard in _SMALL_WORD_GUARDS.items()},
}
# Every trigger word begins with one of these letters: the lookahead turns the other word
# starts (and word ends) away with one test instead of a walk through the trie's branches.
_FIRST_LETTERS: Final = "".join(sorted({word[0] for word in _TRIGGER_WORDS}))
# A token: a trigger word (as a whole word), a run of digits or "'90".
_TOKEN: Final = (
    rf"\b(?=[{_FIRST_LETTERS}])"
    + P.trigger_regex(_TRIGGER_WORDS - _GUARDS.keys(), guarded=_GUARDS).pattern.removeprefix(r"\b")
)
# A token right at a position.
_TRIGGER: Final = re.compile(_TOKEN)
# The next token after a position, found with the character before it: the regex engine skips
# to such characters at C speed, where it tried a pattern that begins with a word boundary at
# every character (a third of the scan's instructions on te3-silver). The character is none a
# token can begin with but "'", so "'90" may be found as it: group 1 is the token, else the
# whole match is. The tokens this does not find lead no rules: a run of digits after a letter or
# "_" ("COVID19").
_TRIGGER_AFTER: Final = re.compile(rf"[^a-zA-Z_\d](?:(?<=')\d\d|({_TOKEN}))")
# The same for ASCII text, where they mean the same and their character classes test faster.
_TRIGGER_ASCII: Final = re.compile(_TRIGGER.pattern, re.ASCII)
_TRIGGER_AFTER_ASCII: Final = re.compile(_TRIGGER_AFTER.pattern, re.ASCII)


def scan_text(text: str, anchor: date | None) -> tuple[Timex, ...]:
    scan = Scan(text, anchor)
    found: list[Timex] = []
    word_rules = _WORD_RULES
    digit_rules: dict[str, tuple[_Rule, ...]] = {}
    consumed = 0
    ascii = text.isascii()
    token_at = (_TRIGGER_ASCII if ascii else _TRIGGER).match
    token_after = (_TRIGGER_AFTER_ASCII if ascii else _TRIGGER_AFTER).search
    # A token right at `position` is `token_at`'s to find, those after it `token_after`'s. One
    # can begin there at the start of the text, after a jump past an expression and in the rest
    # of a run of digits after "'90" ("'9012"); elsewhere it follows a character of its own.
    at_position = token_at(text, 0)
    position = 0
    while (token := at_position or token_after(text, position)) is not None:
        start, position = token.span(token.lastindex or 0)  # see _TRIGGER_AFTER
        at_position = None
        if text[start] == "'" and text[position : position + 1].isdigit():
            at_position = token_at(text, position)
        if start < consumed:
            continue
        word = text[start:position]
        rules = word_rules.get(word)
        if rules is None:
            if start and word[0].isdigit():
                # The rules of a run of digits follow from the characters next to it, and the
                # text holds it (`_rules_at`): dense numbers repeat a few such contexts.
                context = text[start - 1 : position + 4]
                rules = digit_rules.get(context)
                if rules is None:
                    rules = digit_rules[context] = _rules_at(text, word, start, position)
            else:
                rules = _rules_at(text, word, start, position)
        elif start and text[start - 1] == "-":
            continue
        for pattern, build in rules:
            match = pattern.match(text, start)
            if match is None:
                continue
            try:
                result = build(scan, match)
            except (OverflowError, ValueError):
                result = None  # arithmetic beyond the calendar (year 1 or 9999): not resolvable
            if result is None:
                continue
            timex = _timex(text, start, result, scan.signal(start))
            found.append(timex)
            consumed = result.end
            # No token holds a blank, so where one is next to `consumed` no token runs across
            # it: the tokens inside the expression need not be found (dense dates).
            if consumed > position and (
                text[consumed - 1].isspace() or text[consumed : consumed + 1].isspace()
            ):
                position = consumed
                if not text[position : position + 1].isspace():
                    at_position = token_at(text, position)
            _remember(scan, timex)
            break
    return tuple(_hedges_inside(text, _times_on_stated_days(text, found)))


_TRAILING: Final = frozenset(" \t\n,")


def _timex(text: str, start: int, result: Found, signal: str | None) -> Timex:
    end = result.end
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    # Positional: the fields in model order, a measurable saving on dense input.
    return Timex(
        start, end, text[start:end], result.type, result.value, result.rule, result.anchor,
        result.anchor_kind, result.interval, result.mod, signal, result.explanation,
    )


def _remember(scan: Scan, timex: Timex) -> None:
    """Explicit calendar dates become the reference for "two days later", "the next day"
    (also in an undated article: the date is the text's own, not a guess); so does a day the
    story moves on to from one ("On March 3 ... Two days later ... the next morning")."""
    interval = timex.interval
    if timex.type not in ("DATE", "TIME") or interval is None:
        return
    start = timex.start
    # Each mark read by _remember_line_head needs a line to begin a little before the
    # expression; in running text none does, and this one look settles it.
    if start <= _LINE_HEAD_REACH or "\n" in scan.text[start - _LINE_HEAD_REACH : start]:
        _remember_line_head(scan, timex, interval)
    day = interval.granularity == "day"
    if timex.anchor_kind == "reference":
        # a weekday or "today" read from a post's day names its day as plainly as from
        # publication
        moves_on = (
            timex.rule in _STORY_MOVES_ON
            or timex.rule.startswith("weekday")
            or timex.rule.endswith("-post")
        )
        if not moves_on or not day:
            return
    elif (interval.granularity == "range" and timex.rule != "season-year") or (
        # "a year ago today" names its day as plainly as a date does; "two days ago" is no
        # day the story has moved to
        timex.rule.startswith(("offset-", "year-earlier")) and timex.rule != "offset-ago-today"
    ):
        return
    if timex.signal in DEADLINE_SIGNALS:
        return  # "a ceasefire by May 9": a limit, not a day the story has moved to
    if (timex.type == "TIME" and _RESTATED.fullmatch(scan.text, scan.reference_end, start)) or (
        scan.text.rfind("(", max(0, start - 40), start) >= 0
        and _CLOCK_RESTATED.search(scan.text, max(0, start - 40), start)
    ):
        # "at 03:05 (00:05 UTC)", "at 2:15 a.m. (2315 GMT on Wednesday)": the same moment in
        # another zone, whose day may not be the story's
        return
    if day and scan.anchor is not None:
        # A day not ahead named since brings the story back from the day ahead; the start of a
        # range ahead ("drier from Thursday") is no day the story is about. (Whether the day is
        # quoted is asked only when that can change anything: dense dates are mostly past.)
        ahead = interval.start > scan.anchor and timex.signal in (None, "on")
        if (ahead or scan.day_ahead is not None) and not _quoted(scan.text, start):
            scan.day_ahead = (timex.end, interval.start) if ahead else None
    value = timex.value
    if (
        day and len(value) == 10 and scan.reference_value
        and (time := _TIME_OF_VALUE.search(scan.reference_value))
        and _BETWEEN_CLOCK_AND_DAY.fullmatch(scan.text, scan.reference_end, start)
    ):  # fmt: skip
        # "at about 0340 GMT on Sunday": the time on the day (joined into one TIME after the
        # scan), which "twenty minutes later" counts from
        value += time.group()
    scan.reference = interval.start if day else None
    scan.reference_value = value
    scan.reference_end = timex.end
    if (
        day and scan.lead_day is None and start < _LEAD_LENGTH
        and timex.rule not in ("clock", "noon") and timex.signal != "since"
    ):  # fmt: skip
        scan.lead_day, scan.lead_value = interval.start, timex.value


# How far before an expression the line it heads may begin: an explainer's question ("What
# happened on Saturday?"), a feed's label ("ALERT 117 | "), a section heading's "Day 2, ".
_LINE_HEAD_REACH: Final = 60
_HEADING_REACH: Final = 20


def _remember_line_head(scan: Scan, timex: Timex, interval: Interval) -> None:
    """The day or month of an expression heading its line: a chronology's entry, a post's stamp,
    a section heading or an explainer's question, for the expressions under it."""
    value, start = timex.value, timex.start
    entry = heads_entry(scan.text, start, timex.end)
    # A clock time heading an entry ("02:40 — ...") takes its day from the entries before it.
    if value[:4].isdigit() and entry and timex.rule not in _CLOCK_RULES:
        month = value[5:7]
        scan.entry = int(value[:4]), int(month) if month.isdigit() else 0
        scan.entry_day = interval.start if interval.granularity == "day" else None
    if interval.granularity != "day":
        return
    if _stamps_post(scan.text, start, timex.end):
        scan.post = scan.stamp = start, interval.start
    elif entry:
        scan.post = start, interval.start
    if (
        _HEADING_AFTER.match(scan.text, timex.end)
        and (before := _HEADING_BEFORE.search(scan.text, max(0, start - _HEADING_REACH), start))
        # a date line above the story is no section's: a heading has text above it
        and _NONBLANK.search(scan.text, 0, before.start()) is not None
    ):
        scan.section = interval.start
    if (question := _QUESTION_AFTER.match(scan.text, timex.end)) and _QUESTION_BEFORE.search(
        scan.text, max(0, start - _LINE_HEAD_REACH), start
    ):
        scan.question = question.end(), interval.start


# How far back in its paragraph an expression looks for an opening quotation mark.
_QUOTE_REACH: Final = 400


def _quoted(text: str, start: int) -> bool:
    """Whether text[start] lies inside a quotation in its paragraph: a speaker's "tomorrow" is
    not a day the story itself looks ahead to."""
    before = text[max(0, start - _QUOTE_REACH) : start]
    before = before[before.rfind("\n") + 1 :]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


_TIME_OF_VALUE: Final = re.compile(r"T\d\d:\d\d\Z")
_BETWEEN_CLOCK_AND_DAY: Final = re.compile(r"[ \t]*,?[ \t]*(?:on[ \t]+)?")


def _stamps_post(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the stamp of a post, when it heads no entry ("Fri 2 Jan -
    ..."): a day heading its line in brackets ("[10 Mar, 07:12]") or with a clock time after it
    ("11 Mar 21:40 ..."), or the date of a note heading its paragraph ("UPDATE, Wednesday 18
    February: ...", "Correction, 29 June 2026: ...", "Editor's note (18 February): ...")."""
    if _NOTE_AFTER.match(text, end) and _NOTE_BEFORE.search(text, max(0, start - 24), start):
        return True
    if text[start - 1 : start] in ("[", "("):
        return opens_line(text, start - 1)
    # What follows is the rarer test: it settles almost every expression alone.
    return _CLOCK_AFTER.match(text, end) is not None and (
        opens_line(text, start)
        # a feed's header line: "ALERT 117 | 01.01.2027 17:30 | SEVERE", "Severny Front,
        # 24.02.2028 18:02:"
        or _LABEL_BEFORE.search(text, max(0, start - 32), start) is not None
    )


_CLOCK_AFTER = re.compile(r",?[ \t]*\d{1,2}:\d\d")
_NOTE_BEFORE = re.compile(
    r"(?:\A|\n)[ \t]*(?i:update[sd]?|correction|clarification|editor['’]s[ \t]+note)"
    r"[ \t]*[,(:—–-][ \t]*\Z"
)
_NOTE_AFTER = re.compile(r"\)?[ \t]*[:—–-]")
# A feed's or channel's name heading the line: "ALERT 117 | ", "Severny Front, ".
_LABEL_BEFORE = re.compile(r"(?:\A|\n)[^\n|,]{1,28}[|,][ \t]*\Z")
# What lies between a time and the same moment given again in brackets.
_RESTATED = re.compile(r"[ \t]*\(")
# A bracket after a clock time restating it: "2:15 a.m. (2315 GMT on Wednesday)".
_CLOCK_RESTATED = re.compile(
    r"(?:\d|[ap]\.?m\.?|GMT|UTC|time)[ \t]*\([ \t]*(?:\d{1,2}[:.]?\d\d\b[^()\n]{0,24})\Z",
    re.IGNORECASE,
)


# Days counted forward from the reference, clock times placed on a day of the story and the
# weekdays heading a chronology's entries: the narrative moves to them ("at 04:40 ... a second
# blast twenty minutes later", "Wednesday: a pause from 10:00 to 16:00").
_CLOCK_RULES: Final = frozenset({"clock", "clock-words", "noon"})
# A line that is only a day, maybe numbered: a section heading ("Day 2, Friday", "MONDAY, March 3").
_HEADING_BEFORE: Final = re.compile(r"(?:\A|\n)[ \t]*(?:Day[ \t]+\d+[ \t]*[,:.—–-][ \t]*)?\Z")
_HEADING_AFTER: Final = re.compile(r"[ \t]*[.:]?[ \t]*(?:\n|\Z)")
_NONBLANK: Final = re.compile(r"\S")
# An explainer's question heading a section: "What happened on Saturday?"
_QUESTION_BEFORE: Final = re.compile(
    r"(?:\A|\n)[ \t]*(?:What|Why|How|When|Where|Who)\b[^\n?.!]{0,50}\Z"
)
_QUESTION_AFTER: Final = re.compile(r"\?[ \t]*\n")
_STORY_MOVES_ON: Final = frozenset(
    {"offset-later", "reference-day", "clock", "clock-words", "noon", "weekday-chronology"}
)
# How far into a text its lead runs: a dateline and a first sentence.
_LEAD_LENGTH: Final = 400


def _times_on_stated_days(text: str, found: list[Timex]) -> list[Timex]:
    """A clock time next to a stated day ("7 p.m. on Friday") takes that day's date, also across
    the other clock times between them ("10:35 a.m. (0735 GMT) Friday"); with the date right
    after it ("10am on March 4, 2023", "00:01 GMT on Friday, 22 May") it is one TIME, as "06:00
    on Saturday" is."""
    result = list(found)
    joined: set[int] = set()  # dates read into the clock time before them
    for index, timex in enumerate(found):
        if timex.rule not in ("clock", "noon") or timex.anchor is None:
            continue
        for step in (1, -1):
            stated = _stated_day_near(text, found, index, step)
            if stated is None:
                continue
            neighbour, day = stated
            value = day.isoformat() + timex.value[10:]
            on = "the day stated next to it"
            if neighbour.interval is not None and day != neighbour.interval.start:
                restated = step == 1 and _OPENS_BRACKET.fullmatch(
                    text, timex.end, found[index + 1].start
                )
                on = (
                    "its own zone's day of the moment restated with"
                    if restated
                    else "the other day of an overnight range with"
                )
            start, end = timex.start, timex.end
            if (
                step == 1
                and neighbour is found[index + 1]
                and neighbour.type == "DATE"
                and _ON_DATE.fullmatch(text, timex.end, neighbour.start)
            ):
                end = neighbour.end
                joined.add(index + 1)
            elif (
                step == -1
                and neighbour is found[index - 1]
                and neighbour.type == "DATE"
                and index - 1 not in joined
                and _DATE_THEN_CLOCK.fullmatch(text, neighbour.end, timex.start)
                and not _RANGE_AFTER.match(text, timex.end)
            ):
                # "11 May 2027, 15:30 local time", "2024-11-28 21:04": one TIME as well
                start = neighbour.start
                joined.add(index - 1)
            # Positional, as in _timex: dataclasses.replace costs several times more. The
            # day's interval is value_interval's, cached: times on one day share it.
            result[index] = Timex(
                start, end, text[start:end], timex.type, value, timex.rule, day,
                "reference", value_interval(value[:10]), timex.mod, timex.signal,
                f"clock time on {on} ({neighbour.text}) = {value}",
            )  # fmt: skip
            break
    if not joined:
        return result
    return [timex for index, timex in enumerate(result) if index not in joined]


_ON_DATE: Final = re.compile(r",?\s+on\s+|,\s+")
# A stamp's date and time ("Updated Nov. 20, 2024, 1040 GMT"); "28 June at 09:10" stays two.
_DATE_THEN_CLOCK: Final = re.compile(r",?[ \t]+|,")
# A clock time that starts a range ("Saturday, 7am-1pm") is not joined to the day before it.
_RANGE_AFTER: Final = re.compile(r"\s*(?:[-–]|to\b|until\b|till\b)")


# A hedge before a clock time or a rate, as before a length ("about three hours"), is inside
# the extent with mod APPROX: "about 11pm", "approximately 2:15 p.m.", "almost daily", "nearly
# every week". "Nearly"/"almost" before a time say "not yet" ("almost midnight"): left out.
_TIME_HEDGE: Final = re.compile(r"(?<![\w-])(?:about|around|approximately|roughly)\s+\Z", re.I)
_RATE_HEDGE: Final = re.compile(
    r"(?<![\w-])(?:about|around|approximately|roughly|nearly|almost)\s+\Z", re.I
)
_HEDGES: Final = {"TIME": _TIME_HEDGE, "SET": _RATE_HEDGE}
_HEDGE_REACH: Final = 16  # "approximately " and a blank or two


def _hedges_inside(text: str, found: list[Timex]) -> list[Timex]:
    """`found` with the hedge before each clock time and rate taken into its extent."""
    result = list(found)
    previous_end = 0
    for index, timex in enumerate(found):
        hedge = _HEDGES.get(timex.type)
        if hedge is not None and (
            m := hedge.search(text, max(previous_end, timex.start - _HEDGE_REACH), timex.start)
        ):
            result[index] = replace(
                timex, start=m.start(), text=text[m.start() : timex.end], mod=timex.mod or "APPROX"
            )
        previous_end = timex.end
    return result


_SENTENCE_END: Final = re.compile(r"[.!?;\n]")
# Between the two ends of a clock range ("10:00 a.m. to 2:00 p.m. for November 27").
_RANGE_GAP: Final = re.compile(r"[\s()]*(?:to|until|till|and|through|[-–])[\s]*", re.IGNORECASE)


_OPENS_BRACKET: Final = re.compile(r"[ \t]*\([ \t]*")


def _zone_day_shift(local: str, other: str) -> int:
    """How many days the date of a clock time lies from that of the same moment restated in
    another zone right after it, with the day inside the bracket: "2:15 a.m. (2315 GMT on
    Wednesday)" is on Thursday (+1), "11 p.m. (0300 GMT Thursday)" on Wednesday (-1). No zone
    is more than 12 hours away."""
    hours = int(local[11:13]) - int(other[11:13])
    return 1 if hours < -12 else -1 if hours > 12 else 0


def _stated_day_near(
    text: str, found: list[Timex], index: int, step: int
) -> tuple[Timex, date] | None:
    """The day-granular expression at most 12 characters from found[index] in direction `step`
    and in its sentence, stepping over adjacent clock times; None if the first other expression
    is not one."""
    current = found[index]
    other = index + step
    zone_shift = 0  # days between the other zone's date and the clock time's own
    while 0 <= other < len(found):
        neighbour = found[other]
        first, second = (current, neighbour) if step > 0 else (neighbour, current)
        if second.start - first.end > 12 or _SENTENCE_END.search(text, first.end, second.start):
            return None  # "... eleven days ago.\n\n1452 GMT - Aid agencies said": another day
        if (
            step > 0
            and other == index + 1
            and neighbour.rule in ("clock", "noon")
            and _OPENS_BRACKET.fullmatch(text, first.end, second.start)
        ):
            zone_shift = _zone_day_shift(current.value, neighbour.value)
        if neighbour.rule not in ("clock", "noon"):
            interval = neighbour.interval
            if interval is None or interval.granularity != "day":
                return None
            if (
                neighbour.type == "TIME"
                and second.value[10:] < first.value[10:]
                and _RANGE_GAP.fullmatch(text, first.end, second.start)
            ):
                # "from 11pm on Thursday until 3.50am": the end of the range is the next day
                return neighbour, interval.start + timedelta(days=1 if step < 0 else -1)
            if zone_shift and ")" in text[first.end : second.start]:
                zone_shift = 0  # "11:30 p.m. (2030 GMT) on Tuesday": the day is the local one
            return neighbour, interval.start + timedelta(days=zone_shift)
        if second.value[10:] < first.value[10:] and _RANGE_GAP.fullmatch(
            text, first.end, second.start
        ):
            return None  # "from 18:00 until 06:00 on 2 January": an overnight range's two days
        current, other = neighbour, other + step
    return None

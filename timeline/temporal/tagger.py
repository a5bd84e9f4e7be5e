"""The scan: find trigger tokens with one regex, try the rules each token leads at its position,
and keep the first rule that matches; then attach signals and clock times to stated days."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Final

from timeline.model import Interval, Timex
from timeline.temporal import patterns as P
from timeline.temporal.lexicon import (
    SEASONS,
    WEEKDAYS,
)
from timeline.temporal.rules_calendar import (
    century,
    clock,
    day_month_after_dash,
    day_month_year,
    day_pair_first,
    decade,
    decade_word,
    fiscal,
    holiday,
    iso_date,
    month_alone,
    month_day_year,
    month_relative_year,
    month_year,
    noon,
    numeric_date,
    pair_day,
    weekday_alone,
    weekday_date,
    weekday_part,
    weekday_plural,
    year_alone,
    year_spoken,
)
from timeline.temporal.rules_quantity import (
    ADVERB_SETS,
    duration,
    duration_adjective,
    half_unit,
    plural_unit,
    ref,
    set_adverb,
    set_every,
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
    offset_edge,
    ordinal_day,
    quarter,
    quarter_short,
    relative_day,
    same_day,
    season_alone,
    season_year,
    span,
    the_unit,
    weekend,
    year_earlier,
    year_end,
)
from timeline.temporal.scan import (
    Builder,
    Found,
    Scan,
)

_Rule = tuple[re.Pattern[str], Builder]
_DEICTIC: Final[tuple[_Rule, ...]] = (
    (P.QUARTER, quarter), (P.LAST_NIGHT, last_night), (P.DEICTIC_WEEKDAY, deictic_weekday),
    (P.DEICTIC_MONTH, deictic_month), (P.DEICTIC_SEASON, deictic_season),
    (P.DEICTIC_UNIT, deictic_unit), (P.SPAN, span),
)  # fmt: skip
_DURATIONS: Final[tuple[_Rule, ...]] = (
    (P.DURATION, duration), (P.DURATION_ADJ, duration_adjective), (P.NINE_MONTHS, duration),
    (P.QUARTER, quarter),
)  # fmt: skip
_PRESENT: Final = ref("PRESENT_REF", "present", "the present (PRESENT_REF)")
_PAST: Final = ref("PAST_REF", "past-ref", "some time before now (PAST_REF)")
_FUTURE: Final = ref("FUTURE_REF", "future-ref", "some time after now (FUTURE_REF)")
_DURATIONS_OR_PRESENT: Final = (*_DURATIONS, (P.PRESENT, _PRESENT))
_UNIT_RULES: Final[tuple[_Rule, ...]] = ((P.UNITS_AHEAD, units_ahead), (P.PLURAL_UNIT, plural_unit))

# Rule groups, longest and most specific rules first; a trigger word names its group below.
_RULES_BY_WORD: Final[dict[str, tuple[_Rule, ...]]] = {
    "month": ((P.MONTH_DAY_YEAR, month_day_year), (P.MONTH_YEAR, month_year),
              (P.MONTH_RELATIVE_YEAR, month_relative_year), (P.MONTH_ALONE, month_alone)),
    "weekday": ((P.WEEKDAY_DATE, weekday_date), (P.WEEKDAY_DAY_MONTH, weekday_date),
                (P.WEEKDAY_PART, weekday_part), (P.WEEKDAY_PLURAL, weekday_plural),
                (P.WEEKDAY_ALONE, weekday_alone)),
    "'": ((P.DECADE, decade),),
    "holiday": ((P.HOLIDAY, holiday),),
    "today": ((P.RELATIVE_DAY, relative_day),),
    "tomorrow": ((P.LAST_NIGHT, last_night), (P.RELATIVE_DAY, relative_day)),
    "last": ((P.EDGE, edge), *_DEICTIC, (P.PAST_REF, _PAST), (P.PRESENT, _PRESENT)),
    "past": (*_DEICTIC, (P.PAST_REF, _PAST)),
    "previous": _DEICTIC,
    "first": (*_DEICTIC, (P.NINE_MONTHS, duration)),
    "early": ((P.EDGE, edge),),
    "earlier": ((P.OFFSET_EDGE, offset_edge), (P.EARLIER_WEEKDAY, earlier_weekday),
                (P.SAME_DAY, same_day)),
    "every": ((P.SET_EVERY, set_every),),
    "daily": ((P.SET_ADVERB, set_adverb),),
    "now": ((P.PRESENT, _PRESENT), (P.DEICTIC_UNIT, deictic_unit), (P.QUARTER, quarter)),
    "recently": ((P.PAST_REF, _PAST),),
    "recent": ((P.SPAN, span), (P.PAST_REF, _PAST)),
    "future": ((P.FUTURE_REF, _FUTURE),),
    "weekend": ((P.WEEKEND, weekend),),
    "summer": ((P.SEASON_YEAR, season_year), (P.SEASON_ALONE, season_alone)),
    "days": _UNIT_RULES,
    "quarter": ((P.QUARTER, quarter),),
    "half": ((P.HALF_UNIT, half_unit), (P.QUARTER, quarter)),
    "fiscal": ((P.FISCAL, fiscal),),
    "q1": ((P.QUARTER_SHORT, quarter_short),),
    "noon": ((P.NOON, noon),),
    "same": ((P.SAME_DAY, same_day),),
    "year-earlier": ((P.YEAR_EARLIER, year_earlier), (P.YEAR_END, year_end)),
    "these": ((P.PRESENT, _PRESENT),),
    "number": _DURATIONS_OR_PRESENT,
    "the-unit": ((P.YEAR_TWO_THOUSAND, year_spoken), (P.THE_UNIT, the_unit)),
    "nineteen": ((P.YEAR_SPOKEN, year_spoken), *_DURATIONS_OR_PRESENT),
    "decade-word": ((P.DECADE_WORD, decade_word),),
    "the-digit": ((P.ORDINAL_DAY, ordinal_day), (P.DECADE_THE, decade), (P.CENTURY_THE, century),
                  (P.QUARTER, quarter), (P.DURATION, duration)),
}  # fmt: skip

# Trigger word -> the group of rules above that it leads.
_GROUP_OF: Final[dict[str, str]] = {
    "today": "today", "tonight": "today", "yesterday": "today", "tomorrow": "tomorrow",
    "last": "last", "this": "last", "next": "last", "coming": "last", "current": "last",
    "past": "past", "previous": "previous", "following": "previous",
    "first": "first", "second": "first", "third": "first", "fourth": "first", "final": "first",
    "latest": "first", "early": "early", "late": "early", "mid": "early", "end": "early",
    "beginning": "early", "start": "early", "middle": "early", "earlier": "earlier",
    "later": "earlier", "every": "every", "each": "every",
    **{w: "daily" for w in ADVERB_SETS},
    "now": "now", "these": "these", "currently": "now", "presently": "now", "present": "now",
    "recently": "recently", "previously": "recently", "recent": "recent",
    "future": "future", "soon": "future", "near": "future",
    "weekend": "weekend", "weekends": "days",
    **{w: "summer" for w in SEASONS},
    **{w: "days" for w in (
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
        "centuries", "fortnights")},
    "quarter": "quarter", "quarters": "quarter", "half": "half",
    "fiscal": "fiscal", "fy": "fiscal", "q1": "q1", "q2": "q1", "q3": "q1", "q4": "q1",
    "noon": "noon", "midnight": "noon", "midday": "noon", "same": "same", "that": "same",
    "year-earlier": "year-earlier", "year-ago": "year-earlier", "year": "year-earlier",
    **{w: "number" for w in (
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "a", "an", "several", "few", "many", "couple", "some", "dozens", "hundreds", "nearly",
        "almost", "more", "less", "fewer", "no",
        "at", "up")},
    "nineteen": "nineteen",  # also a year said aloud: "nineteen ninety-six"
}  # fmt: skip
# After "the", the next word picks the rules (tried at "the", whose rules allow a leading "the").
_AFTER_THE: Final[dict[str, str]] = {
    **_GROUP_OF,
    "present": "now",
    "day": "same",
    "year": "the-unit",
    "week": "the-unit",
    "full": "the-unit",
    "short": "future",
    **{w: "decade-word" for w in (
        "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")},
}  # fmt: skip

_NEXT_WORD = re.compile(r"\s+([\w'-]+)")


# Capitalised trigger words: a lower-case "may" or "march" is a verb, never a month.
_CASED_GROUP: Final[dict[str, str]] = {
    **{w: "month" for w in (
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sept", "Sep", "Oct", "Nov", "Dec")},
    **{w.capitalize(): "weekday" for w in WEEKDAYS},
    "FY": "fiscal",
    **{w: "holiday" for w in ("Christmas", "New", "Thanksgiving", "Easter", "Halloween")},
}  # fmt: skip
# A digit right after these is part of another token: "1,000", "$300", "3-1", "10:30", "v2".
_NOT_BEFORE_DIGIT: Final = frozenset("'’.,$£€#/:-_")
_YEAR_COMPOUND = re.compile(r"-(?:earlier|ago|end)\b|\s+end\b|['’]s\s+end\b", re.I)


_PAIR_FIRST: Final = (P.DAY_PAIR_FIRST, day_pair_first)
_ISO: Final = (P.ISO_DATE, iso_date)
_NUMERIC: Final = (P.NUMERIC_DATE, numeric_date)
_DAY_MONTH: Final = (P.DAY_MONTH_YEAR, day_month_year)
_AMPM: Final = (P.CLOCK_AMPM, clock)
_YEAR: Final = (P.YEAR_ALONE, year_alone)
_DURATION: Final = (P.DURATION, duration)
_DURATION_ADJ: Final = (P.DURATION_ADJ, duration_adjective)
# The character after a run of digits narrows the rules worth trying.
_DIGIT_RULES_AFTER: Final[dict[str, tuple[_Rule, ...]]] = {
    "-": (_ISO, _NUMERIC, _DURATION_ADJ, _DURATION, _PAIR_FIRST, _YEAR),
    "/": (_NUMERIC, _YEAR),
    ".": (_NUMERIC, _AMPM, _DURATION, _YEAR),
    ":": (_AMPM, (P.CLOCK_24, clock)),
    " ": (_DAY_MONTH, _PAIR_FIRST, _AMPM, (P.CLOCK_MILITARY, clock), _DURATION, _YEAR),
    "s": ((P.DECADE, decade), _DAY_MONTH, (P.CENTURY, century), _YEAR),
    "'": ((P.DECADE, decade), _YEAR),
    "a": (_AMPM,), "p": (_AMPM,), "A": (_AMPM,), "P": (_AMPM,),
    "t": (_DAY_MONTH, (P.CENTURY, century)), "n": (_DAY_MONTH, (P.CENTURY, century)),
    "r": (_DAY_MONTH, (P.CENTURY, century)),
}  # fmt: skip
_DIGIT_RULES_OTHERWISE: Final = (_DAY_MONTH, _DURATION, _YEAR)
_PAIR: Final = (P.PAIR_DAY, pair_day)
# A one- or two-digit number after a blank may close a pair of days ("April 24 and 25").
_DIGIT_RULES_AFTER_PAIR: Final = {
    after: (_PAIR, *rules) for after, rules in _DIGIT_RULES_AFTER.items() if after in " .,;:)"
}
_DIGIT_RULES_OTHERWISE_PAIR: Final = (_PAIR, *_DIGIT_RULES_OTHERWISE)
_AFTER_DASH: Final = (_PAIR, (P.DAY_MONTH_YEAR, day_month_after_dash))


def _digit_rules(after: str, pair: bool) -> tuple[_Rule, ...]:
    if after.isspace():
        after = " "
    if pair:
        return _DIGIT_RULES_AFTER_PAIR.get(after) or _DIGIT_RULES_AFTER.get(
            after, _DIGIT_RULES_OTHERWISE_PAIR
        )
    return _DIGIT_RULES_AFTER.get(after, _DIGIT_RULES_OTHERWISE)


# Every word that can lead a rule, lower-case and capitalised, plus the case-sensitive ones.
_TRIGGER: Final = P.trigger_regex(
    {*_GROUP_OF, *(w.capitalize() for w in _GROUP_OF), *_CASED_GROUP, "the", "The", "Q"}
)


def _rules_at(text: str, token: re.Match[str]) -> tuple[_Rule, ...]:
    """The rules a token leads, or none: most tokens are not temporal."""
    word = token.group()
    start = token.start()
    previous = text[start - 1] if start else " "
    if word[0].isdigit():
        end = token.end()
        return _digit_rules_at(previous, min(len(word), 5), text[end : end + 1])
    lower = word.lower()
    if lower == "the":
        if previous.isalnum() or previous in "-_":
            return ()
        return _rules_after_the(text, token.end())
    if lower == "year":
        if previous.isalnum() or previous in "-_" or not _YEAR_COMPOUND.match(text, token.end()):
            return ()
        return _RULES_BY_WORD["year-earlier"]
    if word == "Q":
        q1 = text[token.end() : token.end() + 1] in ("1", "2", "3", "4")
        return _word_rules_at(word, previous) if q1 else ()
    return _word_rules_at(word, previous)


# The rules of a token follow from a few characters around it; dense dates repeat them.
@lru_cache(maxsize=4096)
def _digit_rules_at(previous: str, digits: int, after: str) -> tuple[_Rule, ...]:
    """`digits`: the length of the run of digits, 5 for any longer one."""
    short = digits <= 2
    if short and previous in "-–":
        return _AFTER_DASH  # "May 1-3", "24-25 April"
    if previous.isalpha() or previous in _NOT_BEFORE_DIGIT:
        return ()
    rules = _digit_rules(after, short and previous.isspace())
    return tuple(rule for rule in rules if _fits_digits(rule[0], digits))


# Patterns that take a whole run of one or two digits, or of exactly four: a digit after the
# part they take makes them fail, so a run of another length need not try them.
_UP_TO_TWO_DIGITS: Final = frozenset({
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


@lru_cache(maxsize=4096)
def _word_rules_at(word: str, previous: str) -> tuple[_Rule, ...]:
    """The rules of a trigger word other than "the" and "year" (and "Q" before 1-4)."""
    group = _CASED_GROUP.get(word) or _GROUP_OF.get(word.lower())
    if group is None and not (word[0] == "'" or word == "Q"):
        return ()  # most tokens: a dict miss and out
    if previous.isalnum() or previous in "-_":
        return ()  # "mid-March" is read from "mid"; "Russia-Ukraine" is no trigger
    if word[0] == "'":
        return _RULES_BY_WORD["'"]
    if word == "Q":
        return _RULES_BY_WORD["q1"]
    return _RULES_BY_WORD[group] if group else ()


def _rules_after_the(text: str, end: int) -> tuple[_Rule, ...]:
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return ()
    nxt = following[1]
    if nxt[0].isdigit() or nxt[0] == "'":
        return _RULES_BY_WORD["the-digit"]
    nxt_lower = nxt.lower()
    group = _AFTER_THE.get(nxt_lower) or _AFTER_THE.get(nxt_lower.split("-")[0])
    if group is None and nxt.lower() in _AFTER_THE_NUMBERS:
        group = "number"
    return _RULES_BY_WORD.get(group or "", ())


_AFTER_THE_NUMBERS: Final = frozenset({"nine", "six", "three", "two"})


def scan_text(text: str, anchor: date | None) -> tuple[Timex, ...]:
    scan = Scan(text, anchor)
    found: list[Timex] = []
    consumed = 0
    for token in _TRIGGER.finditer(text):
        start = token.start()
        if start < consumed:
            continue
        for pattern, build in _rules_at(text, token):
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
            _remember(scan, timex)
            break
    return tuple(_times_on_stated_days(found))


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
    (also in an undated article: the date is the text's own, not a guess)."""
    if timex.type not in ("DATE", "TIME") or timex.interval is None:
        return
    if timex.interval.granularity == "range" or timex.anchor_kind == "reference":
        return
    if timex.rule.startswith(("offset-", "year-earlier")):
        return
    scan.reference = timex.interval.start if timex.interval.granularity == "day" else None
    scan.reference_value = timex.value
    scan.reference_end = timex.end


def _times_on_stated_days(found: list[Timex]) -> list[Timex]:
    """A clock time next to a stated day ("7 p.m. on Friday") takes that day's date, also across
    the other clock times between them ("10:35 a.m. (0735 GMT) Friday")."""
    result = list(found)
    for index, timex in enumerate(found):
        if timex.rule not in ("clock", "noon") or timex.anchor is None:
            continue
        for step in (1, -1):
            stated = _stated_day_near(found, index, step)
            if stated is None:
                continue
            neighbour, day = stated
            value = day.isoformat() + timex.value[10:]
            result[index] = replace(
                timex, value=value, interval=Interval(day, day, "day"), anchor=day,
                anchor_kind="reference",
                explanation=f"clock time on the day stated next to it ({neighbour.text}) = {value}",
            )  # fmt: skip
            break
    return result


def _stated_day_near(found: list[Timex], index: int, step: int) -> tuple[Timex, date] | None:
    """The day-granular expression at most 12 characters from found[index] in direction `step`,
    stepping over adjacent clock times; None if the first other expression is not one."""
    current = found[index]
    other = index + step
    while 0 <= other < len(found):
        neighbour = found[other]
        gap = neighbour.start - current.end if step > 0 else current.start - neighbour.end
        if gap > 12:
            return None
        if neighbour.rule not in ("clock", "noon"):
            interval = neighbour.interval
            if interval is None or interval.granularity != "day":
                return None
            return neighbour, interval.start
        current, other = neighbour, other + step
    return None

"""Word tables of English news time expressions: months, weekdays, numbers, units, seasons."""

from __future__ import annotations

from typing import Final

MONTHS: Final[dict[str, int]] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# Monday is 0, as in date.weekday().
_FULL_WEEKDAYS: Final[dict[str, int]] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
# Wire-style abbreviations ("Tues., Oct. 7", "early Wed.", "Wed 31 Dec"), as the patterns
# spell them: with a full stop, or without one before a day and month.
WEEKDAY_ABBREVIATIONS: Final[dict[str, int]] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}  # fmt: skip
# A weekday word as a pattern matched it, lower-case -> its number.
WEEKDAYS: Final[dict[str, int]] = {
    **_FULL_WEEKDAYS,
    **WEEKDAY_ABBREVIATIONS,
    **{f"{abbreviation}.": day for abbreviation, day in WEEKDAY_ABBREVIATIONS.items()},
}
WEEKDAY_WORDS: Final[tuple[str, ...]] = tuple(_FULL_WEEKDAYS)

WEEKDAY_NAMES: Final[tuple[str, ...]] = (
    "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
)  # fmt: skip

NUMBER_WORDS: Final[dict[str, int]] = {
    "a": 1, "an": 1, "another": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "couple": 2, "dozen": 12,
}  # fmt: skip


# Unit word (singular) -> (TIMEX3 duration letter, whether it is a time-of-day unit).
UNITS: Final[dict[str, tuple[str, bool]]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "week": ("W", False), "fortnight": ("W", False), "month": ("M", False),
    "quarter": ("Q", False), "year": ("Y", False), "decade": ("DE", False),
    "century": ("CE", False), "weekend": ("WE", False), "night": ("D", False),
}  # fmt: skip

# TIMEX3 mods of the words for part of a period ("early March", "the end of the month", "the
# rest of the year").
EDGE_MODS: Final[dict[str, str]] = {
    "early": "START", "beginning": "START", "start": "START", "late": "END", "end": "END",
    "rest": "END", "early-": "START", "late-": "END", "mid": "MID", "mid-": "MID",
    "middle": "MID", "first half": "START", "second half": "END",
}  # fmt: skip

SEASONS: Final[dict[str, str]] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

# Part of day word -> TIMEX3 time-of-day code.
# The days the deictic day words name, counted from the day spoken on.
DAY_OFFSETS: Final[dict[str, int]] = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
PARTS_OF_DAY: Final[dict[str, str]] = {
    "morning": "MO",
    "afternoon": "AF",
    "arvo": "AF",  # Australian English
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}

# Words that introduce a temporal expression and govern its role (the Timex signal).
SIGNALS: Final[tuple[str, ...]] = (
    "in the run-up to",
    "no later than",
    "by the end of",
    "at the end of",
    "ahead of",
    "prior to",
    "as of",
    "as early as",
    "in",
    "on",
    "at",
    "since",
    "until",
    "till",
    "by",
    "before",
    "after",
    "from",
    "during",
    "through",
    "throughout",
    "over",
    "for",
    "within",
    "between",
    "to",
    "of",
    "around",
    "until at least",
)


def month_number(token: str) -> int:
    """The month (1-12) that a name or abbreviation such as "Sept." stands for."""
    return MONTHS[token.rstrip(".").lower()]


def number_value(token: str) -> int | None:
    """The value of a cardinal written in digits or words ("48", "twenty-four"); None if vague."""
    words = [w for w in token.lower().replace("-", " ").replace(",", "").split() if w != "of"]
    if len(words) > 1 and words[0] in ("a", "an"):
        words = words[1:]  # "a couple of", "a dozen"
    if len(words) == 1 and words[0].isdigit():
        return int(words[0])
    total = 0
    for word in words:
        if word not in NUMBER_WORDS:
            return None
        total = total * 100 if word == "hundred" else total + NUMBER_WORDS[word]
    return total or None

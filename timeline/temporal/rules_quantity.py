"""Rules for amounts of time: durations ("three years", "nearly two months"), offsets ("two days
ago", "a year earlier"), recurrences ("every week", "daily") and the PRESENT/PAST/FUTURE refs."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Final

from timeline.model import AnchorKind
from timeline.temporal.lexicon import (
    NUMBER_WORDS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
    month_number,
    number_value,
)
from timeline.temporal.patterns import HOUR_WORDS, NUMBER, UNIT
from timeline.temporal.resolve import (
    quarter_of,
    safe_date,
    shift,
    week_value,
)
from timeline.temporal.scan import (
    Builder,
    Found,
    Scan,
    calendar,
    previous_word,
    unanchored,
)
from timeline.temporal.values import value_interval

# ---------------------------------------------------------------- durations and offsets


def unit_of(word: str) -> str:
    singular = word.lower()
    if singular.endswith("ies"):
        singular = singular[:-3] + "y"
    elif singular.endswith("s"):
        singular = singular[:-1]
    return _ABBREVIATED_UNITS.get(singular, singular)


_ABBREVIATED_UNITS: Final = {"hr": "hour", "min": "minute"}  # "delayed 6 hrs", "40 mins"


def duration_value(amount: int | None, unit: str, half: bool = False) -> str:
    """TIMEX3 duration: P3D, PT48H, PXW; "a year and a half" = P1Y6M, "a fortnight" = P2W."""
    code, is_time = UNITS[unit]
    if unit == "weekend":
        code = "WE"
    if unit == "fortnight" and amount is not None:
        amount *= 2
        if half:  # "a fortnight and a half": three weeks
            amount, half = amount + 1, False
    if code in ("DE", "CE") and amount is not None:  # TimeBank writes decades in years: P20Y
        years = 10 if code == "DE" else 100
        code, amount = "Y", amount * years + (years // 2 if half else 0)
        half = False
    number = "X" if amount is None else str(amount)
    if half and amount is not None:
        # The half in the next smaller unit, as TIMEX3 writes it: P2Y6M, PT5H30M, PT1M30S.
        if code == "Y":
            return f"P{amount}Y6M" if amount else "P6M"
        if code == "H":
            return f"PT{amount}H30M"
        if code == "M" and is_time:
            return f"PT{amount}M30S"
        if code == "D":
            return f"P{amount}DT12H"
        number = f"{amount}.5"
    return f"PT{number}{code}" if is_time else f"P{number}{code}"


def duration(scan: Scan, m: re.Match[str]) -> Found | None:
    unit = unit_of(m["unit"])
    quantity = re.sub(r"\s+", " ", m["num"].lower())
    amount = number_value(quantity)
    if unit == "second" and (amount is None or quantity in ("a", "an", "another", "one")):
        return None  # "a second attack"
    if unit in ("weekend", "night") and amount is None:
        return None
    if _names_a_war(scan.text, m):
        return None
    approx = " ".join((m.groupdict().get("approx") or "").lower().split())
    if approx == "about" and previous_word(scan.text, m.start()) in _TOPIC_BEFORE:
        return None  # "talked about two years of war": a topic; the length is read from "two"
    if amount is not None and amount >= 1000 and m["unit"].lower() == unit:
        return None  # "the 1988 quarter": a year before a singular noun, not a count
    if _AGE_AFTER.match(scan.text, m.end("unit")):
        return None  # "Mr. Reyes, 52 years old": an age, no time on the timeline
    if unit == "quarter" and (fraction := _FRACTION_OF.match(scan.text, m.end("unit"))):
        return _quarter_of(fraction, amount)
    if unit == "quarter" and _CHANGED_BY.search(scan.text, max(0, m.start() - 20), m.start()):
        return None  # "trade has fallen by a quarter": a share of an amount
    if unit in ("quarter", "half") and _PAST_THE_HOUR.match(scan.text, m.end("unit")):
        return None  # "at a quarter to six": a clock time
    if unit in ("quarter", "third") and scan.text.startswith((" more", " less"), m.end("unit")):
        return None  # "puts the figure at a quarter more": a share
    offset = (m.groupdict().get("offset") or "").lower()
    if offset == "back":
        offset = "ago"
    or_so = None if offset else _OR_SO_OFFSET.match(scan.text, m.end())
    if or_so is not None:
        offset = or_so[1].lower()  # "a week or so ago": about a week ago
    groups = m.groupdict()
    low = number_value(groups["low"]) if groups.get("low") else None
    if low is not None and amount is not None and low < amount:
        # A range names its least length, and no more is known: "two to three weeks" = P2W.
        amount = low
    elif groups.get("low"):
        return None  # "3-1 days" is no range
    half = bool(groups.get("half") or groups.get("fraction") or groups.get("half_after"))
    value = duration_value(amount, unit, half)
    end = m.end("half_after") if groups.get("half_after") else m.end("unit")
    if offset in ("ago", "later", "earlier", "from now", "hence"):
        if low is not None:
            return None  # "two to three weeks ago" names no one day; the later number is read
        if half:
            whole = _whole_units(amount, unit)
            if whole is None:  # "two and a half weeks ago": no one day, only the length
                return Found(end, "DURATION", value, "duration", f"a length of time: {value}")
            amount, unit = whole
        same_day = _AGO_TODAY.match(scan.text, m.end()) if offset == "ago" else None
        if same_day is not None and amount is not None and scan.anchor is not None:
            found = _ago_today(scan.anchor, m, same_day, amount, unit)
            if found is not None:
                return found
        found = _offset(scan, m, amount, unit, offset, value)
        if found is not None and or_so is not None:
            return replace(found, end=or_so.end(), mod="APPROX")
        if found is not None and _APPROX_MODS.get(approx) == "APPROX":
            return replace(found, mod="APPROX")  # "about two years ago"
        return found
    if quantity == "one" and unit == "day" and _some_day_ahead(scan.text, m.start()):
        # "Ukraine will one day join NATO": some day ahead, no length
        return Found(m.end(), "DATE", "FUTURE_REF", "one-day", "some day ahead (FUTURE_REF)")
    if quantity in ("a", "an") and not offset and _is_rate(scan.text, m.start()):
        value = duration_value(1, unit)
        return Found(m.end(), "SET", value, "set-per", f"a rate: so much per {unit} ({value})")
    mod = _APPROX_MODS.get(approx) or ("EQUAL_OR_MORE" if low else None)
    per = _PER_LONGER_UNIT.match(scan.text, end) if not offset else None
    if per is not None and _COMPOUND_UNITS.index(unit_of(per["unit"])) < _COMPOUND_UNITS.index(
        unit if unit in _COMPOUND_UNITS else "year"
    ):
        # "six hours a day", "five days a week": so long in each longer unit, one SET of it
        value = duration_value(1, unit_of(per["unit"]))
        return Found(per.end(), "SET", value, "set-length-per", f"a length in each: {value}")
    if amount is not None and not half and not low and not offset:
        compound = _compound(scan.text, end, amount, unit)
        if compound is not None:
            end, value = compound
    return Found(end, "DURATION", value, "duration", f"a length of time: {value}", mod=mod)


# "fifty years ago today", "a year ago this week": the same day or week, so many years back.
_AGO_TODAY = re.compile(r"\s+(?:(?P<today>today)|this\s+(?P<period>week|month))(?!\w)", re.I)


def _ago_today(
    anchor: date, m: re.Match[str], same_day: re.Match[str], amount: int, unit: str
) -> Found | None:
    code = UNITS[unit][0]
    if code not in ("Y", "M", "W", "D") or (not same_day["today"] and code != "Y"):
        return None  # "three weeks ago this week" says nothing
    moved = shift(anchor, -amount, code)
    if same_day["today"]:
        value = moved.isoformat()
    elif same_day["period"].lower() == "week":
        # the week of the same number that many years back ("a year ago this week" in 2025-W20
        # is 2024-W20, though 12 May 2024 is a Sunday of W19); W52 where that year has no W53
        iso, year = anchor.isocalendar(), anchor.isocalendar().year - amount
        week = iso.week if iso.week < 53 or date(year, 12, 28).isocalendar().week == 53 else 52
        value = f"{year}-W{week:02d}"
    else:
        value = f"{moved.year}-{moved.month:02d}"
    found = calendar(
        m, "DATE", value, "offset-ago-today",
        f"{m[0]} {same_day[0].strip()}: the same day or period {amount} {unit}(s) back = {value}",
        anchor, "publication",
    )  # fmt: skip
    return replace(found, end=same_day.end())


# "six hours a day", "five days a week".
_PER_LONGER_UNIT = re.compile(
    r"\s+(?:a|an|per|each)\s+(?P<unit>day|week|month|year)(?![\w-])"
    r"(?!\s+(?:ago|earlier|later|before|after|from)\b)",  # "two days a week ago": an offset
    re.I,
)
# The second part of a compound length: "four years and seven months", "1 hour 40 minutes".
_COMPOUND_TAIL = re.compile(rf"\s+(?:and\s+)?(?i:{NUMBER})\s+(?i:{UNIT})")
_COMPOUND_OFFSET = re.compile(r"\s+(?:ago|later|earlier|hence|from\s+now)(?!\w)", re.I)
# The units a compound length adds up, largest first, with their TIMEX3 letters.
_COMPOUND_UNITS: Final = ("year", "month", "week", "day", "hour", "minute", "second")


def _compound(text: str, end: int, amount: int, unit: str) -> tuple[int, str] | None:
    """The end and value of a length in two units, the smaller one second: P4Y7M, PT5H20M.
    None when no smaller unit follows, or an offset word does ("two days and six hours later" is
    left to the offset rules)."""
    tail = _COMPOUND_TAIL.match(text, end)
    if tail is None or unit not in _COMPOUND_UNITS:
        return None
    second_unit = unit_of(tail["unit"])
    second_amount = number_value(re.sub(r"\s+", " ", tail["num"].lower()))
    if (
        second_amount is None
        or second_unit not in _COMPOUND_UNITS
        or _COMPOUND_UNITS.index(second_unit) <= _COMPOUND_UNITS.index(unit)
        or _COMPOUND_OFFSET.match(text, tail.end())
    ):
        return None
    parts = {unit: amount, second_unit: second_amount}
    if "week" in parts and len(parts.keys() - {"week", "day"}) == 0:
        # ISO writes no weeks beside days: "two weeks and three days" = P17D.
        parts = {"day": parts["week"] * 7 + parts.get("day", 0)}
    elif "week" in parts:
        return None
    date_part = "".join(f"{parts[u]}{u[0].upper()}" for u in ("year", "month", "day") if u in parts)
    time_part = "".join(f"{parts[u]}{u[0].upper()}" for u in ("hour", "minute", "second")
                        if u in parts)
    return tail.end(), "P" + date_part + ("T" + time_part if time_part else "")


# Modals and subjects before "one day" meaning some day ahead: "will one day", "he one day".
_ONE_DAY: Final = frozenset({
    "will", "would", "could", "might", "may", "can", "shall", "should", "must", "i", "he",
    "she", "we", "they", "you",
})  # fmt: skip


def _some_day_ahead(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1] != "May" and previous_word(text, start) in _ONE_DAY


_OR_SO_OFFSET = re.compile(r"\s+or\s+so\s+(ago|earlier|later)(?!\w)", re.IGNORECASE)
# "Mr. Reyes, 52 years old", "employees 55 years old or older", "37 years of age".
_AGE_AFTER = re.compile(r"\s+(?:old|of\s+age)(?![\w-])", re.IGNORECASE)
# After "quarter(s) of": a determiner, a possessive or an amount makes a fraction of a whole
# ("three-quarters of its food", "a quarter of the vote", "a quarter of 1%", "a quarter of what
# the city needs"); a quarter of a longer unit is a length ("a quarter of a century", "of the
# year"); a bare noun or a year keeps the business quarters ("several quarters of losses", "two
# quarters of 2022").
_PAST_THE_HOUR = re.compile(rf"\s+(?:past|to)\s+(?:{HOUR_WORDS}|\d)", re.IGNORECASE)
_FRACTION_OF = re.compile(
    r"\s+of\s+(?:(?:an?|the)\s+(?P<whole>century|year|hour)(?![\w-])"
    r"|(?:the|its|their|his|her|our|your|this|that|these|those|all|every|each|an?|what|which|"
    r"whatever|it|them)(?![\w-])"
    r"|(?-i:[A-Z])"  # a name: "a quarter of Ukraine", "a quarter of Halmark's trade"
    r"|[$£€]|(?!(?:1[6-9]|20)\d\d(?!\d))\d)",  # "two quarters of 2022" stay quarters
    re.IGNORECASE,
)
# A verb of change and "by" before "a quarter" make it a share: "exports fell by a quarter"
# (but "the launch was delayed by a quarter" is a length).
_CHANGED_BY = re.compile(
    r"(?<![\w-])(?:fell|fallen|rose|risen|grew|grown|shrank|shrunk|cut|dropped|increased|"
    r"decreased|reduced|declined|climbed|jumped|slumped|plunged|slashed|expanded|contracted|"
    r"raised|lowered|down|up)\s+by\s+\Z",
    re.IGNORECASE,
)
# A quarter of a century, a year, an hour, as TIMEX3 writes it.
_QUARTER_OF_WHOLE: Final = {"century": (25, "P{}Y"), "year": (3, "P{}M"), "hour": (15, "PT{}M")}


def _quarter_of(fraction: re.Match[str], quarters: int | None) -> Found | None:
    whole = fraction["whole"]
    if whole is None or quarters is None:
        return None  # a fraction of a whole: no time
    size, template = _QUARTER_OF_WHOLE[whole.lower()]
    value = template.format(size * quarters)
    return Found(fraction.end(), "DURATION", value, "duration", f"quarters of a {whole}: {value}")


def _whole_units(amount: int | None, unit: str) -> tuple[int, str] | None:
    """ "a year and a half" counted in whole months (18), "a decade and a half" in years (15);
    None where half a unit is no whole number of the next smaller one (months, weeks, days)."""
    if amount is None:
        return None
    if UNITS[unit][1]:
        return amount, unit  # "an hour and a half later": the same day as "an hour later"
    if unit == "year":
        return amount * 12 + 6, "month"
    if unit in ("decade", "century"):
        years = 10 if unit == "decade" else 100
        return amount * years + years // 2, "year"
    return None


# Words that state an amount: "$500 million a year", "twice a week".
_AMOUNT_WORDS: Final = frozenset({
    "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
    "billions", "trillion", "dozen", "dozens", "twice", "once", "times",
})  # fmt: skip
_YEAR_LIKE = re.compile(r"(?:1[6-9]|20)\d\d")


def _is_amount(word: str) -> bool:
    lower = word.lower()
    if lower in _AMOUNT_WORDS or (lower in NUMBER_WORDS and lower not in ("a", "an")):
        return True
    return any(c.isdigit() for c in word) and not _YEAR_LIKE.fullmatch(word)


def _is_rate(text: str, start: int) -> bool:
    """ "a year" as a rate: after an amount ("$500 million a year", "twice a week", "20% a
    year") or after a counted plural noun ("four flights a week", "hundreds of interviews a
    day"). "within a week", "in 2022 a year" are lengths."""
    words = text[max(0, start - 60) : start].split()[-4:]
    if not words or not words[-1][-1].isalnum():
        return False  # a clause or sentence ends before "a"
    if _is_amount(words[-1]):
        return True
    noun = words[-1]
    if not (noun.isalpha() and noun.endswith("s")):
        return False
    for word in reversed(words[:-1]):
        if not word[-1].isalnum():
            return False
        if _is_amount(word):
            return True
    return False


# Words after which "about" is the preposition of a topic, not a hedge.
_TOPIC_BEFORE: Final = frozenset({
    "talk", "talks", "talked", "talking", "think", "thinks", "thought", "know", "knew", "known",
    "say", "says", "said", "speak", "spoke", "spoken", "ask", "asked", "worry", "worried",
    "concerned", "learn", "learned", "hear", "heard", "write", "wrote", "written", "news",
    "story", "film", "book", "questions", "details", "information", "complained", "cared",
})  # fmt: skip
# TIMEX3 mods of the quantity words before a duration ("nearly two months").
_APPROX_MODS: Final = {
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "more than": "MORE_THAN",
    "over": "MORE_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN",
    "under": "LESS_THAN", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "no less than": "EQUAL_OR_MORE", "at least": "EQUAL_OR_MORE", "about": "APPROX",
    "not more than": "EQUAL_OR_LESS", "not less than": "EQUAL_OR_MORE",
    "no fewer than": "EQUAL_OR_MORE", "not fewer than": "EQUAL_OR_MORE",
    "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "just over": "MORE_THAN", "just under": "LESS_THAN", "a little over": "MORE_THAN",
    "a little under": "LESS_THAN",
}  # fmt: skip


VALUE_GRANULARITY: Final = {"D": "day", "W": "day", "M": "month", "Q": "quarter", "Y": "year"}


_CLOCK_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)\Z")
_TIME_UNIT_MINUTES: Final = {"minute": 1, "hour": 60}


def _after_clock_time(
    scan: Scan, m: re.Match[str], amount: int, unit: str, offset: str
) -> Found | None:
    """ "at 04:40 ... a second blast twenty minutes later" = 05:00: minutes or hours counted
    from the clock time named in the sentence or the one before."""
    value = scan.reference_value
    clock = _CLOCK_VALUE.match(value) if value else None
    if (
        clock is None
        or unit not in _TIME_UNIT_MINUTES
        or not scan.tenses.near_enough_to_date(scan.reference_end, m.start())
    ):
        return None
    start = datetime.fromisoformat(f"{clock[1]}T{clock[2]}:{clock[3]}")
    minutes = amount * _TIME_UNIT_MINUTES[unit] * (1 if offset == "later" else -1)
    moved = start + timedelta(minutes=minutes)
    result = f"{moved.date().isoformat()}T{moved.hour:02d}:{moved.minute:02d}"
    return calendar(
        m, "TIME", result, f"offset-{offset}-clock",
        f"{duration_value(amount, unit)} {offset} than the time named before ({value}) = "
        f"{result}", moved.date(), "reference",
    )  # fmt: skip


def _weekends_away(
    scan: Scan, m: re.Match[str], amount: int, offset: str, length: str
) -> Found | None:
    """ "two weekends ago" = the weekend of the week two weeks back (3-4 May on Monday 12 May);
    "two weekends from now" = the second coming one (24-25 May); "a weekend later" counts from
    the day the story is on."""
    kind: AnchorKind = "publication"
    if offset in ("later", "earlier") and scan.reference is not None:
        day, kind = scan.reference, "reference"
    elif scan.anchor is not None:
        day = scan.anchor
    else:
        return unanchored(m, "DATE", "XXXX-WXX-WE", f"offset-{offset}")
    ahead = amount - 1 if day.weekday() < 5 else amount  # a weekday's own weekend is the first
    weeks = -amount if offset in ("ago", "earlier") else ahead
    value = week_value(day + timedelta(weeks=weeks)) + "-WE"
    return calendar(
        m, "DATE", value, f"offset-{offset}",
        f"{length} {offset}: counted in weekends from {day.isoformat()} = {value}", day, kind,
    )  # fmt: skip


def _offset(
    scan: Scan, m: re.Match[str], amount: int | None, unit: str, offset: str, length: str
) -> Found | None:
    code = UNITS[unit][0]
    if unit == "fortnight" and amount is not None:
        unit, amount = "week", amount * 2  # "a fortnight ago" = two weeks ago
    if UNITS[unit][1] and amount is not None and offset in ("later", "earlier"):
        clock = _after_clock_time(scan, m, amount, unit, offset)
        if clock is not None:
            return clock
    if code == "WE" and amount is not None:
        return _weekends_away(scan, m, amount, offset, length)
    if UNITS[unit][1]:
        code = "D"
        amount = 0 if amount is not None else None
    if amount is None:
        if offset in ("later", "after") and scan.direction(m.start(), m.end()) != "future":
            # "A few days later, the army withdrew": after some earlier event, not after
            # publication; only the length is known.
            return Found(
                m.end(), "DURATION", length, f"offset-{offset}-vague",
                f"an unstated {length} after an earlier event",
            )  # fmt: skip
        value = "PAST_REF" if offset in ("ago", "earlier") else "FUTURE_REF"
        return Found(m.end(), "DATE", value, f"offset-{offset}-vague", f"an unstated {length}")
    if (
        offset in ("later", "earlier")
        and code in ("D", "W")
        and scan.reference is not None
        and scan.reference_value is not None
        and len(scan.reference_value) == 10
        and APPOSITION.fullmatch(scan.text, scan.reference_end, m.start())
    ):
        # "it took place on 23 December, a day earlier": beside a date, the offset says how far
        # it lies from another account; the date it stands beside is the day.
        value = scan.reference_value
        return calendar(
            m, "DATE", value, f"offset-{offset}-beside",
            f"{length} {offset}, beside {value}: that day", scan.reference, "reference",
        )  # fmt: skip
    sign = -1 if offset in ("ago", "earlier") else 1
    named_granularity = "day"
    if offset in ("later", "earlier"):
        base = scan.base()
        named = value_interval(scan.reference_value) if scan.reference_value else None
        unit_granularity = VALUE_GRANULARITY.get(code, "year")  # decades, centuries: years
        if (
            named is not None
            and named.granularity in COARSENESS
            and COARSENESS[named.granularity] <= COARSENESS[unit_granularity]
        ):
            # "began in June 2023. Three months later": counted from the period last named.
            base, named_granularity = (named.start, "reference"), named.granularity
    else:
        base = (scan.anchor, "publication") if scan.anchor else None
    # Earnings copy: "from $1.2 million a year ago" compares with the quarter just named, or with
    # the month named in its sentence ("rose 1.4% in October, more than a year ago"). "ago"
    # counts from now otherwise: "resumed in August. ... A year ago we had no pitch", and a year
    # in its sentence is no comparison ("The 2023 budget, passed a year ago" in 2024 = 2023).
    reference_value = scan.reference_value
    granularity = calendar_granularity(reference_value) if reference_value else None
    if (
        code in ("Y", "Q")
        and reference_value is not None
        and (offset in ("later", "earlier") or scan.reference_near(m.start()))
        and (
            granularity == "quarter"
            or (
                (granularity == "month" or (granularity == "year" and offset != "ago"))
                and (offset != "ago" or scan.tenses.same_sentence(scan.reference_end, m.start()))
            )
        )
    ):
        shifted = shift_value(reference_value, sign * amount, code)
        if shifted is not None:
            return calendar(
                m, "DATE", shifted, f"offset-{offset}-reference",
                f"{length} {offset} the period last named ({reference_value}) = {shifted}",
                scan.reference, "reference",
            )  # fmt: skip
    if base is None:
        return unanchored(m, "DATE", "XXXX-XX-XX", f"offset-{offset}")
    anchor, kind = base
    if code in ("DE", "CE"):
        code, amount = "Y", amount * (10 if code == "DE" else 100)
    moved = shift(anchor, sign * amount, code)
    granularity = max(VALUE_GRANULARITY[code], named_granularity, key=COARSENESS.__getitem__)
    value = value_at(moved, granularity)
    return calendar(
        m, "DATE", value, f"offset-{offset}",
        f"{length} {offset}: {anchor.isoformat()} {'-' if sign < 0 else '+'} {length} = {value}",
        anchor, kind,
    )  # fmt: skip


# A comma right after a date: what follows stands beside it ("on 23 December, a day earlier").
APPOSITION: Final = re.compile(r",\s*")


# Value granularities, finest first: an offset from a month is no finer than a month.
COARSENESS: Final = {"day": 0, "week": 0, "month": 1, "quarter": 2, "year": 3}


def value_at(day: date, granularity: str) -> str:
    # Four digits: "606" would be a decade ("1,400 years ago" from 2006 is the year 0606).
    if granularity == "day":
        return day.isoformat()
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "quarter":
        return f"{day.year:04d}-Q{quarter_of(day)}"
    return f"{day.year:04d}"


def calendar_granularity(value: str) -> str | None:
    interval = value_interval(value)
    return interval.granularity if interval else None


QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")


def shift_value(value: str, amount: int, code: str) -> str | None:
    """A calendar value moved by years or quarters, keeping its granularity."""
    if match := QUARTER_VALUE.fullmatch(value):
        index = int(match[1]) * 4 + int(match[2]) - 1 + amount * (4 if code == "Y" else 1)
        return f"{index // 4}-Q{index % 4 + 1}"
    if code != "Y":
        return None
    interval = value_interval(value)
    if interval is None:
        return None
    year = interval.start.year + amount
    return f"{year}{value[4:]}"


_HALF_UNITS: Final = {
    "minute": "PT30S", "hour": "PT30M", "day": "PT12H", "week": "P3.5D", "month": "P0.5M",
    "year": "P6M", "decade": "P5Y", "century": "P50Y",
}  # fmt: skip


def half_unit(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "half an hour" = PT30M, "half a year" = P6M."""
    value = _HALF_UNITS[m["unit"].lower()]
    return Found(m.end(), "DURATION", value, "duration-half", f"half a {m['unit']}: {value}")


def _names_a_war(text: str, m: re.Match[str]) -> bool:
    """A capitalised number-unit adjective before a capitalised noun is a name: "the Six-Day
    War", "the Four-Day Raid" (a length only in prose: "a four-day truce")."""
    number, unit = m["num"], m["unit"]
    return (
        number[0].isupper()
        and unit[0].isupper()
        and text.startswith("-", m.end("num"))
        and _NAME_AFTER.match(text, m.end("unit")) is not None
    )


def duration_adjective(scan: Scan, m: re.Match[str]) -> Found | None:
    amount = number_value(m["num"])
    if amount is None or _AGE_AFTER.match(scan.text, m.end()):
        return None  # "a two-year old boy": an age
    if _names_a_war(scan.text, m):
        return None
    value = duration_value(amount, unit_of(m["unit"]))
    return Found(m.end(), "DURATION", value, "duration-adjective", f"a length of time: {value}")


def plural_unit(scan: Scan, m: re.Match[str]) -> Found | None:
    if _AGE_AFTER.match(scan.text, m.end()):
        return None  # "37 years of age"
    previous = previous_word(scan.text, m.start())
    if m["unit"].lower() == "weekends":
        if previous not in ("at", "on", "during", "over"):
            return None
        return Found(m.end(), "SET", "XXXX-WXX-WE", "plural-weekends", "every weekend")
    if previous in ("early", "small", "wee") and m["unit"].lower() == "hours":
        return None  # "in the early hours of Thursday": a time of night, no length
    after = _AFTER_PLURAL.match(scan.text, m.end())
    if m["unit"].lower() == "minutes" and previous not in _LENGTH_GOVERNORS:
        return None  # "within minutes"; not "the minutes of the meeting", "minutes later"
    if (
        previous not in _LENGTH_GOVERNORS
        and not (
            after and previous not in ("the", "these", "those", "of", "their", "its", "his", "her")
        )
        # "within weeks, not months": a length set against the one before
        and not _UNIT_NOT_BEFORE.search(scan.text, max(0, m.start() - 20), m.start())
    ):
        return None
    unit = unit_of(m["unit"])
    value = duration_value(None, unit)
    if after and after[1] in ("ago", "earlier"):
        return Found(after.end(), "DATE", "PAST_REF", "plural-unit-ago", "some time ago")
    return Found(m.end(), "DURATION", value, "plural-unit", f"an unstated number of {unit}s")


def units_ahead(scan: Scan, m: re.Match[str]) -> Found | None:
    value = duration_value(None, unit_of(m["unit"]))
    return Found(m.end(), "DURATION", value, "units-ahead", f"{m['unit'].lower()} ahead: {value}")


# Words before a bare plural unit that make it a length: "for weeks", "could take months".
_LENGTH_GOVERNORS: Final = frozenset({
    "for", "in", "within", "over", "than", "took", "lasted", "spent", "take", "takes", "taking",
    "spend", "spending", "wait", "waited", "waiting",
})  # fmt: skip
_UNIT_NOT_BEFORE = re.compile(r"\b(?:hours|days|weeks|months|years|decades),?\s+not\s+\Z", re.I)
_AFTER_PLURAL = re.compile(r"\s+(ago|earlier|later|after|before|of|long|on\s+end)\b")


def set_every(scan: Scan, m: re.Match[str]) -> Found | None:
    if m["wd"]:
        value = f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}"
        return Found(m.end(), "SET", value, "set-every-weekday", "every such weekday")
    if m["mon"]:  # "every January", "every 9 November", "each November 9"
        month = month_number(m["mon"])
        day = m["num"] or m["mday"]
        if m["other"] or (day and (not day.isdigit() or safe_date(2000, month, int(day)) is None)):
            return None
        if day:
            value = f"XXXX-{month:02d}-{int(day):02d}"
            return Found(m.end(), "SET", value, "set-every-day", "every year on that day")
        value = f"XXXX-{month:02d}"
        return Found(m.end(), "SET", value, "set-every-month", "every such month")
    if m["season"]:
        value = f"XXXX-{SEASONS[m['season'].lower()]}"
        return Found(m.end(), "SET", value, "set-every-season", "every such season")
    word = m["unit"].lower()
    if word in PARTS_OF_DAY:
        value = f"XXXX-XX-XXT{PARTS_OF_DAY[word]}"
        return Found(m.end(), "SET", value, "set-every-part", "every such part of the day")
    if word == "weekend" and not (m["other"] or m["num"]):
        # the weekend of each week, as "every Saturday" is its Saturday
        return Found(m.end(), "SET", "XXXX-WXX-WE", "set-every-weekend", "every weekend")
    amount = 2 if m["other"] else number_value(m["num"]) if m["num"] else 1
    value = _recurrence(amount, unit_of(word))
    return Found(m.end(), "SET", value, "set-every", f"recurs every {value}")


ADVERB_SETS: Final = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "nightly": "P1D", "hourly": "PT1H", "biweekly": "P2W", "fortnightly": "P2W",
    "quarterly": "P3M",
}  # fmt: skip


def times_rate(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "twice a day", "three times a week", "once weekly": so many times in each unit, a SET of
    that unit (TIMEX3 keeps the count apart, as freq)."""
    unit = m["unit"]
    value = ADVERB_SETS[m["adverb"].lower()] if m["adverb"] else _recurrence(1, unit_of(unit))
    return Found(m.end(), "SET", value, "set-times", f"a count per unit: {value}")


def _recurrence(amount: int | None, unit: str) -> str:
    """The period of a SET: "every quarter" is P3M, as "quarterly" is."""
    if unit == "quarter" and amount is not None:
        return duration_value(amount * 3, "month")
    return duration_value(amount, unit)


_DISTANCES: Final = frozenset({
    "kilometers", "kilometres", "km", "miles", "mile", "meters", "metres", "m", "knots", "feet",
    "kilometer", "kilometre", "meter", "metre",
})  # fmt: skip


def per_unit(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "9 litres per day": the rate, as "1,340 a day"; "80 kilometres per hour" is a speed."""
    before = scan.text[max(0, m.start() - 30) : m.start()].split()
    if before and before[-1].strip("()[],").lower() in _DISTANCES:
        return None  # "150 kilometers (93 miles) per hour"
    value = duration_value(1, unit_of(m["unit"]))
    return Found(m.end(), "SET", value, "set-per", f"a rate: so much per {m['unit']} ({value})")


def set_adverb(scan: Scan, m: re.Match[str]) -> Found | None:
    word = m["word"]
    if word[0].isupper() and not _sentence_start(scan.text, m.start()):
        return None  # "Daily Mail"
    if previous_word(scan.text, m.start()) in ("the", "a", "an") and not _before_noun(
        scan.text, m.end()
    ):
        return None  # "the daily said", "the weekly Der Spiegel": a newspaper
    if word.lower() == "quarterly" and not _QUARTERLY_ADVERB.match(scan.text, m.end()):
        return None  # "its quarterly dividend", "its initial quarterly of 5 cents": earnings
    if word.lower() in ("daily", "weekly") and _is_newspaper(scan.text, m.start(), m.end()):
        return None  # "the Israeli daily Haaretz", "the opposition weekly Al-Fajr": the paper
    value = ADVERB_SETS[word.lower()]
    return Found(m.end(), "SET", value, "set-adverb", f"recurs every {value}")


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# "must report quarterly.", "adjusted quarterly and ...": the adverb ends its verb phrase.
_QUARTERLY_ADVERB = re.compile(
    r"\s*(?:[.,;:)\"”]|\Z|\s(?:and|or|to|until|since|after|from|thereafter)\b)"
)
_WORD_AFTER = re.compile(r"\s+([a-z]+)(?:-[a-z]+)*(?![\w'-])")  # "the weekly front-line report"
# What follows a newspaper called "the daily": a reporting verb, an auxiliary, a clause word.
_PAPER_WORDS: Final = frozenset({
    "said", "says", "reported", "reports", "wrote", "writes", "quoted", "quotes", "cited",
    "cites", "added", "adds", "claimed", "claims", "noted", "notes", "has", "had", "is", "was",
    "which", "that", "and", "or", "of", "in", "on", "newspaper", "paper", "tabloid", "quoting",
    "citing", "saying", "reporting",
})  # fmt: skip


def _before_noun(text: str, end: int) -> bool:
    """ "the daily briefing", "a weekly report": the adjective before a lower-case noun (a
    newspaper is followed by its name or its verb: "the daily Haaretz", "the daily said")."""
    following = _WORD_AFTER.match(text, end)
    return (
        following is not None
        and following[1] not in _PAPER_WORDS
        and not following[1].endswith("ed")
    )


_NAME_BEFORE = re.compile(
    r"(?:[A-Z][\w.]*|[\w]+-[\w]+)\s+\Z|\b[Tt]he\s+(?:[\w-]+\s+){1,3}\Z"  # "the opposition weekly"
)


def _is_newspaper(text: str, start: int, end: int) -> bool:
    """ "the Communist Party daily Granma", "the pro-Kremlin daily Izvestia": "daily" between
    a capitalised or hyphenated modifier and a name is the paper ("followed daily Russian
    strikes" keeps its adverb)."""
    return bool(
        _NAME_AFTER.match(text, end)
        and _NAME_BEFORE.search(text, max(0, start - 40), start)
        and not _sentence_start(text, start)
    )


def _sentence_start(text: str, start: int) -> bool:
    return text[max(0, start - 3) : start].strip() in ("", ".", '"', "“")


def ref(value: str, rule_name: str, explanation: str) -> Builder:
    def build(scan: Scan, m: re.Match[str]) -> Found | None:
        word = m["word"].lower()
        if word == "soon" and (
            _SOON_AFTER.match(scan.text, m.end()) or previous_word(scan.text, m.start()) == "as"
        ):
            return None  # "as soon as", "soon after the blast": a conjunction, not a time
        if word == "soon" and _in_past_narrative(scan.text, m.start(), m.end()):
            return None  # "he was soon released": shortly after a past event, not ahead of now
        return Found(m.end(), "DATE", value, rule_name, explanation)

    return build


def _in_past_narrative(text: str, start: int, end: int) -> bool:
    """ "was soon released", "soon became a flood": "soon" next to a past-tense verb."""
    if previous_word(text, start) in ("was", "were", "had"):
        return True
    following = _PAST_VERB_AFTER.match(text, end)
    return following is not None and not following[1].lower().endswith("eed")


_PAST_VERB_AFTER = re.compile(
    r"\s+([a-z]+ed|became|began|came|fell|found|gave|got|grew|left|lost|made|ran|saw|took"
    r"|went|won)\b"
)
_SOON_AFTER = re.compile(r"\s+(?:as|after|afterwards?|thereafter)\b")

"""The scan: find triggers with one regex, try the rules of each trigger's kind at its position,
and build a resolved Timex from the first rule that matches."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Final

from timeline.model import AnchorKind, Interval, Timex, TimexType
from timeline.temporal import patterns as P
from timeline.temporal.lexicon import (
    PARTS_OF_DAY,
    SEASONS,
    SIGNALS,
    UNITS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    month_number,
    number_value,
)
from timeline.temporal.resolve import (
    Direction,
    add_months,
    last_weekday,
    nearest_period_year,
    next_weekday,
    quarter_of,
    resolve_month,
    resolve_month_day,
    resolve_weekday,
    safe_date,
    shift,
    this_weekday,
    week_value,
)
from timeline.temporal.tense import TenseIndex
from timeline.temporal.values import apply_mod, value_interval


@dataclass(frozen=True, slots=True)
class Found:
    """What a rule found: the Timex without its offsets, text and signal."""

    end: int
    type: TimexType
    value: str
    rule: str
    explanation: str
    anchor: date | None = None
    anchor_kind: AnchorKind = "none"
    interval: Interval | None = None
    mod: str | None = None


class Scan:
    """The state of one pass over a text: the anchor and the latest explicit date seen."""

    def __init__(self, text: str, anchor: date | None) -> None:
        self.text = text
        self.anchor = anchor
        self.reference: date | None = None  # latest explicit day, for "two days later"
        self.reference_value: str | None = None  # its value ("1989-Q3" for "a year earlier")
        self.reference_end = -1
        self.tenses = TenseIndex(text)
        self._signals: dict[int, str | None] = {}

    def signal(self, start: int) -> str | None:
        if start not in self._signals:
            self._signals[start] = signal_before(self.text, start)
        return self._signals[start]

    def direction(self, start: int, end: int) -> Direction:
        deadline = self.signal(start) in _DEADLINE_SIGNALS
        return self.tenses.direction(start, end, deadline=deadline)

    def base(self) -> tuple[date, AnchorKind] | None:
        """The date that relative-to-the-story expressions count from."""
        if self.reference is not None:
            return self.reference, "reference"
        if self.anchor is not None:
            return self.anchor, "publication"
        return None


# Signals that make a date a deadline or purpose (see /work/brief-temporal.md, Signals).
_DEADLINE_SIGNALS: Final = frozenset(
    {"by", "until", "till", "before", "ahead of", "no later than", "in the run-up to", "prior to"}
)

Builder = Callable[[Scan, re.Match[str]], Found | None]


def _day(d: date) -> str:
    return f"{d.isoformat()} ({WEEKDAY_NAMES[d.weekday()]})"


def _tense(direction: Direction) -> str:
    return {"past": "past-tense", "future": "future-tense", None: "untensed"}[direction]


def calendar(
    m: re.Match[str], type_: TimexType, value: str, rule: str, explanation: str,
    anchor: date | None = None, kind: AnchorKind = "none", mod: str | None = None,
    interval: Interval | None = None,
) -> Found:  # fmt: skip
    """A DATE/TIME whose interval follows from its value (and mod) unless given."""
    if interval is None and "X" not in value:
        interval = value_interval(value)
        if interval is not None:
            interval = apply_mod(interval, mod)
    return Found(m.end(), type_, value, rule, explanation, anchor, kind, interval, mod)


def unanchored(m: re.Match[str], type_: TimexType, value: str, rule: str) -> Found:
    return Found(
        m.end(), type_, value, f"{rule}-unanchored",
        "no publication date: relative expression left unresolved",
    )  # fmt: skip


# ---------------------------------------------------------------- months and days


def _previous_word(text: str, start: int) -> str:
    """The lower-cased word just before `start` ("mid" for "mid-March"); "" after punctuation."""
    words = text[max(0, start - 30) : start].split()
    if not words:
        return ""
    word = words[-1].rstrip("-").lstrip("([\"'“‘")
    return word.lower() if word and (word[-1].isalnum() or word[-1] == "'") else ""


_MONTH_CONTEXT: Final = frozenset(
    {"in", "since", "until", "till", "by", "from", "through", "to", "during", "of", "early",
     "late", "mid", "before", "after", "between", "and", "or", "last", "next", "this", "for",
     "throughout", "around", "end", "beginning", "start", "middle", "that", "each", "every"}
)  # fmt: skip
_CAPITALISED_NEXT = re.compile(r" [A-Z][a-z]")
_AMBIGUOUS_MONTHS: Final = frozenset({"may", "march", "june", "august"})


def month_day_year(scan: Scan, m: re.Match[str]) -> Found | None:
    month, day = month_number(m["mon"]), int(m["day"])
    return _month_day(scan, m, month, day, m["year"], "month-day")


def _month_day(
    scan: Scan, m: re.Match[str], month: int, day: int, year: str | None, rule: str
) -> Found | None:
    if year:
        resolved = safe_date(int(year), month, day)
        if resolved is None:
            return None
        return calendar(m, "DATE", resolved.isoformat(), f"{rule}-year", "explicit full date")
    if scan.anchor is None:
        return unanchored(m, "DATE", f"XXXX-{month:02d}-{day:02d}", rule)
    direction = scan.direction(m.start(), m.end())
    resolved = resolve_month_day(month, day, scan.anchor, direction)
    if resolved is None:
        return None
    return calendar(
        m, "DATE", resolved.isoformat(), rule,
        f"month and day without year ({_tense(direction)}): year nearest publication "
        f"{_day(scan.anchor)} = {resolved.isoformat()}",
        scan.anchor, "publication",
    )  # fmt: skip


def month_year(scan: Scan, m: re.Match[str]) -> Found | None:
    value = f"{m['year']}-{month_number(m['mon']):02d}"
    return calendar(m, "DATE", value, "month-year", "explicit month and year")


def month_relative_year(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "July last year": the month in the year before (or of, or after) publication."""
    month = month_number(m["mon"])
    rel = m["rel"].lower()
    if scan.anchor is None:
        return unanchored(m, "DATE", f"XXXX-{month:02d}", f"month-{rel}-year")
    year = scan.anchor.year + {"last": -1, "this": 0, "next": 1}[rel]
    value = f"{year}-{month:02d}"
    return calendar(
        m, "DATE", value, f"month-{rel}-year",
        f"{m['mon']} {rel} year: publication {_day(scan.anchor)} -> {value}", scan.anchor,
        "publication",
    )  # fmt: skip


def month_alone(scan: Scan, m: re.Match[str]) -> Found | None:
    token = m["mon"]
    name = token.rstrip(".").lower()
    previous = _previous_word(scan.text, m.start())
    if len(name) <= 4 and not token.endswith(".") and name not in ("may", "june", "july"):
        return None  # "Mar" alone is a name ("Mar-a-Lago"), not a month
    if (name in _AMBIGUOUS_MONTHS or token.endswith(".")) and previous not in _MONTH_CONTEXT:
        return None
    if previous in ("the", "a") or scan.text[m.end() : m.end() + 1] == "-":
        return None
    if previous not in _MONTH_CONTEXT and _CAPITALISED_NEXT.match(scan.text, m.end()):
        return None  # "April Ryan", "June Carter": a first name
    month = month_number(token)
    return _month(scan, m, month, "month")


def _month(scan: Scan, m: re.Match[str], month: int, rule: str, mod: str | None = None) -> Found:
    if scan.anchor is None:
        return unanchored(m, "DATE", f"XXXX-{month:02d}", rule)
    direction = scan.direction(m.start(), m.end())
    year = resolve_month(month, scan.anchor, direction)
    where = "first on or after" if direction == "future" else "most recent on or before"
    return calendar(
        m, "DATE", f"{year}-{month:02d}", f"{rule}-{direction or 'past'}",
        f"bare month in {_tense(direction)} clause: {where} publication "
        f"{_day(scan.anchor)} = {year}-{month:02d}",
        scan.anchor, "publication", mod,
    )  # fmt: skip


# ---------------------------------------------------------------- weekdays


_NOT_WEEKDAY_AFTER = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Star)\b")


def weekday_alone(scan: Scan, m: re.Match[str]) -> Found | None:
    if _NOT_WEEKDAY_AFTER.match(scan.text, m.end()):
        return None
    weekday = WEEKDAYS[m["wd"].lower()]
    if scan.text.startswith(("'s", "’s"), m.end()):
        # "Wednesday's ruling": a possessive weekday names an event already reported.
        return _weekday(scan, m, weekday, "weekday-possessive", tensed=False)
    return _weekday(scan, m, weekday, "weekday")


def _weekday(
    scan: Scan, m: re.Match[str], weekday: int, rule: str, suffix: str = "",
    mod: str | None = None, type_: TimexType = "DATE", direction: Direction = None,
    tensed: bool = True,
) -> Found:  # fmt: skip
    """A weekday resolved by the tense of its clause (or by `direction` when given)."""
    name = m["wd"]
    if scan.anchor is None:
        return unanchored(m, type_, f"XXXX-WXX-{weekday + 1}{suffix}", rule)
    if direction is None and tensed:
        direction = scan.direction(m.start(), m.end())
    resolved = resolve_weekday(weekday, scan.anchor, direction)
    if direction == "future":
        how = f"first {name} strictly after"
    else:
        how = f"most recent {name} on or before"
    mood = f"{_tense(direction)} clause" if tensed else "possessive (reported event)"
    return calendar(
        m, type_, resolved.isoformat() + suffix, f"{rule}-{direction or 'past'}",
        f"bare weekday in {mood}: {how} publication {_day(scan.anchor)} = "
        f"{resolved.isoformat()}",
        scan.anchor, "publication", mod, value_interval(resolved.isoformat()),
    )  # fmt: skip


def weekday_part(scan: Scan, m: re.Match[str]) -> Found | None:
    code = PARTS_OF_DAY[m["pod"].lower()]
    return _weekday(scan, m, WEEKDAYS[m["wd"].lower()], "weekday-part", f"T{code}", type_="TIME")


def weekday_plural(scan: Scan, m: re.Match[str]) -> Found | None:
    weekday = WEEKDAYS[m["wd"].lower()]
    return Found(m.end(), "SET", f"XXXX-WXX-{weekday + 1}", "weekday-plural", "every such day")


def weekday_date(scan: Scan, m: re.Match[str]) -> Found | None:
    return _month_day(scan, m, month_number(m["mon"]), int(m["day"]), m["year"], "weekday-date")


# ---------------------------------------------------------------- numbers


def iso_date(scan: Scan, m: re.Match[str]) -> Found | None:
    resolved = safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
    if resolved is None:
        return None
    if m["hour"]:
        value = f"{resolved.isoformat()}T{m['hour']}:{m['minute']}"
        return calendar(m, "TIME", value, "iso-datetime", "explicit ISO date and time")
    return calendar(m, "DATE", resolved.isoformat(), "iso-date", "explicit ISO date")


def numeric_date(scan: Scan, m: re.Match[str]) -> Found | None:
    first, second, year_text = int(m["first"]), int(m["second"]), m["y"]
    if m["sep"] == "." and len(year_text) == 2:
        return None  # "1.5.23" is more often a version or a score than a date
    year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
    if len(year_text) == 2 and year > (scan.anchor.year if scan.anchor else 2050):
        year -= 100
    month_first = safe_date(year, first, second)
    day_first = safe_date(year, second, first)
    readings = [d for d in (month_first, day_first) if d is not None]
    if not readings:
        return None
    if len(set(readings)) == 1:
        chosen = readings[0]
        how = "only valid reading"
    elif scan.anchor is None:
        chosen = readings[0]
        how = "ambiguous, no publication date: month/day order assumed"
    else:
        anchor = scan.anchor
        chosen = min(readings, key=lambda d: abs((d - anchor).days))
        how = f"ambiguous day/month: reading nearest publication {_day(anchor)}"
    return calendar(m, "DATE", chosen.isoformat(), "numeric-date", f"{how} = {chosen.isoformat()}")


def day_month_year(scan: Scan, m: re.Match[str]) -> Found | None:
    return _month_day(scan, m, month_number(m["mon"]), int(m["day"]), m["year"], "day-month")


def clock(scan: Scan, m: re.Match[str]) -> Found | None:
    hour = int(m["hour"])
    minute = int(m["minute"] or 0)
    ampm = (m.groupdict().get("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if (
        not ampm
        and not m.groupdict().get("zone")
        and _previous_word(scan.text, m.start()) not in _CLOCK_CONTEXT
    ):
        return None
    time = f"T{hour:02d}:{minute:02d}"
    if m.groupdict().get("wd"):
        return _weekday(scan, m, WEEKDAYS[m["wd"].lower()], "clock-weekday", time, type_="TIME")
    return _time_of_day(scan, m, time, "clock")


_CLOCK_CONTEXT: Final = frozenset(
    {"at", "by", "until", "till", "from", "around", "about", "before", "after", "since"}
)


def _time_of_day(scan: Scan, m: re.Match[str], time: str, rule: str) -> Found:
    """A clock time on the publication day; `day_for_times` moves it to a day stated nearby."""
    if scan.anchor is None:
        return unanchored(m, "TIME", f"XXXX-XX-XX{time}", rule)
    value = f"{scan.anchor.isoformat()}{time}"
    return calendar(
        m, "TIME", value, rule,
        f"clock time on the publication day {_day(scan.anchor)}", scan.anchor, "publication",
    )  # fmt: skip


def noon(scan: Scan, m: re.Match[str]) -> Found | None:
    time = "T24:00" if m["word"].lower() == "midnight" else "T12:00"
    return _time_of_day(scan, m, time, "noon")


def decade(scan: Scan, m: re.Match[str]) -> Found | None:
    if m["short"]:
        digit = int(m["short"])
        value = f"19{digit}" if digit >= 3 else f"20{digit}"
    else:
        value = m["decade"]
    return calendar(m, "DATE", value, "decade", f"the decade {value}0-{value}9")


def century(scan: Scan, m: re.Match[str]) -> Found | None:
    ordinal = m.groupdict().get("word")
    number = (
        {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}[ordinal.lower()]
        if ordinal
        else int(m["century"])
    )
    if not 1 <= number <= 21:
        return None
    value = f"{number - 1:02d}"
    return calendar(
        m, "DATE", value, "century", f"century number {number}: years {value}00-{value}99"
    )


_NOT_AFTER_YEAR = re.compile(
    r"\s+(?!(?:was|is|has|as|its|this|does|his|thus|plus|versus|us|always|perhaps|towards|"
    r"unless|whereas)\b)[a-z]+s\b|\s*(?:%|percent\b|per\b|-\d|[.,]\d)"
    r"|\s+(?:km|m|kg|mm|cm|ft|feet|mph|kph|mw|gw|hp|sq|square|metric|people|police|staff|"
    r"personnel|infantry|cattle|livestock|ammunition|equipment|dollars|euros|rubles)\b"
)
_NOT_BEFORE_YEAR = re.compile(
    r"(?:[$£€#]|\b(?:No|no|number|Nos?|Flight|flight|Route|route|page|pages|Resolution|"
    r"resolution|Article|article|about|some|nearly|almost|over|than|to|and)\.?\s*)\Z"
)


def year_alone(scan: Scan, m: re.Match[str]) -> Found | None:
    if _NOT_AFTER_YEAR.match(scan.text, m.end()):
        return None
    before = _NOT_BEFORE_YEAR.search(scan.text, max(0, m.start() - 12), m.start())
    if before and not _year_list(scan.text, m.start()):
        return None
    return calendar(m, "DATE", m["year"], "year", "explicit year")


_YEAR_IN_LIST = re.compile(r"(?:1[6-9]\d\d|20\d\d)\s*(?:and|to|,|-|or)\s*\Z")


def _year_list(text: str, start: int) -> bool:
    """'between 1990 and 2000': a year after another year is a year."""
    return _YEAR_IN_LIST.search(text, max(0, start - 12), start) is not None


# ---------------------------------------------------------------- durations and offsets


def _unit(word: str) -> str:
    singular = word.lower()
    if singular.endswith("ies"):
        singular = singular[:-3] + "y"
    elif singular.endswith("s"):
        singular = singular[:-1]
    return singular


def duration_value(amount: int | None, unit: str, half: bool = False) -> str:
    """TIMEX3 duration: P3D, PT48H, PXW; "a year and a half" = P18M."""
    code, is_time = UNITS[unit]
    if unit == "weekend":
        code = "WE"
    number = "X" if amount is None else str(amount)
    if half and amount is not None:
        if code == "Y":
            return f"P{amount * 12 + 6}M"
        number = f"{amount}.5"
    return f"PT{number}{code}" if is_time else f"P{number}{code}"


_SET_BEFORE = re.compile(r"(?:\b(?:twice|once|times|per)|\d)\s*\Z")


def duration(scan: Scan, m: re.Match[str]) -> Found | None:
    unit = _unit(m["unit"])
    quantity = re.sub(r"\s+", " ", m["num"].lower())
    amount = number_value(quantity)
    if unit == "second" and (amount is None or quantity in ("a", "an", "one")):
        return None  # "a second attack"
    if unit in ("weekend", "night") and amount is None:
        return None
    offset = (m.groupdict().get("offset") or "").lower()
    if quantity in ("a", "an") and _SET_BEFORE.search(scan.text, max(0, m.start() - 8), m.start()):
        return Found(m.end(), "SET", duration_value(1, unit), "set-per", "a rate: once per unit")
    value = duration_value(amount, unit, bool(m.groupdict().get("half")))
    if offset in ("ago", "later", "earlier", "from now", "hence"):
        return _offset(scan, m, amount, unit, offset, value)
    approx = (m.groupdict().get("approx") or "").lower()
    mod = _APPROX_MODS.get(" ".join(approx.split()))
    return Found(
        m.end("unit"), "DURATION", value, "duration", f"a length of time: {value}", mod=mod
    )


# TIMEX3 mods of the quantity words before a duration ("nearly two months").
_APPROX_MODS: Final = {
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "about": "APPROX", "around": "APPROX",
    "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX", "more than": "MORE_THAN",
    "over": "MORE_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN",
    "under": "LESS_THAN", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "no less than": "EQUAL_OR_MORE", "at least": "EQUAL_OR_MORE",
}  # fmt: skip


_VALUE_GRANULARITY: Final = {"D": "day", "W": "day", "M": "month", "Q": "quarter", "Y": "year"}


def _offset(
    scan: Scan, m: re.Match[str], amount: int | None, unit: str, offset: str, length: str
) -> Found | None:
    code = UNITS[unit][0]
    if UNITS[unit][1] or code in ("WE",):
        code = "D"
        amount = 0 if amount is not None else None
    if amount is None:
        value = "PAST_REF" if offset in ("ago", "earlier") else "FUTURE_REF"
        return Found(m.end(), "DATE", value, f"offset-{offset}-vague", f"an unstated {length}")
    sign = -1 if offset in ("ago", "earlier") else 1
    if offset in ("later", "earlier"):
        base = scan.base()
    else:
        base = (scan.anchor, "publication") if scan.anchor else None
    # Earnings copy: "from $1.2 million a year ago" compares with the quarter just named.
    reference_value = scan.reference_value
    if (
        code in ("Y", "Q")
        and reference_value is not None
        and (offset in ("later", "earlier") or scan.reference_end > m.start() - 250)
        and _calendar_granularity(reference_value) in ("quarter", "month", "year")
    ):
        shifted = _shift_value(reference_value, sign * amount, code)
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
    granularity = _VALUE_GRANULARITY[code]
    value = _value_at(moved, granularity)
    return calendar(
        m, "DATE", value, f"offset-{offset}",
        f"{length} {offset}: {anchor.isoformat()} {'-' if sign < 0 else '+'} {length} = {value}",
        anchor, kind,
    )  # fmt: skip


def _value_at(day: date, granularity: str) -> str:
    if granularity == "day":
        return day.isoformat()
    if granularity == "month":
        return f"{day.year}-{day.month:02d}"
    if granularity == "quarter":
        return f"{day.year}-Q{quarter_of(day)}"
    return str(day.year)


def _calendar_granularity(value: str) -> str | None:
    interval = value_interval(value)
    return interval.granularity if interval else None


_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")


def _shift_value(value: str, amount: int, code: str) -> str | None:
    """A calendar value moved by years or quarters, keeping its granularity."""
    if match := _QUARTER_VALUE.fullmatch(value):
        index = int(match[1]) * 4 + int(match[2]) - 1 + amount * (4 if code == "Y" else 1)
        return f"{index // 4}-Q{index % 4 + 1}"
    if code != "Y":
        return None
    interval = value_interval(value)
    if interval is None:
        return None
    year = interval.start.year + amount
    return f"{year}{value[4:]}"


def duration_adjective(scan: Scan, m: re.Match[str]) -> Found | None:
    amount = number_value(m["num"])
    if amount is None:
        return None
    value = duration_value(amount, _unit(m["unit"]))
    return Found(m.end(), "DURATION", value, "duration-adjective", f"a length of time: {value}")


def plural_unit(scan: Scan, m: re.Match[str]) -> Found | None:
    previous = _previous_word(scan.text, m.start())
    after = _AFTER_PLURAL.match(scan.text, m.end())
    if previous not in ("for", "in", "within", "over", "than", "took", "lasted", "spent") and not (
        after and previous not in ("the", "these", "those", "of", "their", "its", "his", "her")
    ):
        return None
    unit = _unit(m["unit"])
    value = duration_value(None, unit)
    if after and after[1] in ("ago", "earlier"):
        return Found(after.end(), "DATE", "PAST_REF", "plural-unit-ago", "some time ago")
    return Found(m.end(), "DURATION", value, "plural-unit", f"an unstated number of {unit}s")


_AFTER_PLURAL = re.compile(r"\s+(ago|earlier|later|after|before|of|long|on\s+end)\b")


# ---------------------------------------------------------------- deictic words


def relative_day(scan: Scan, m: re.Match[str]) -> Found | None:
    word = m["word"].lower()
    pod = m["pod"]
    offset = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[word]
    suffix = "TNI" if word == "tonight" else (f"T{PARTS_OF_DAY[pod.lower()]}" if pod else "")
    type_: TimexType = "TIME" if suffix else "DATE"
    if scan.anchor is None:
        return unanchored(m, type_, f"XXXX-XX-XX{suffix}", word)
    day = scan.anchor + timedelta(days=offset)
    return calendar(
        m, type_, day.isoformat() + suffix, word,
        f"{word}: publication {_day(scan.anchor)} {offset:+d} day = {day.isoformat()}",
        scan.anchor, "publication", interval=Interval(day, day, "day"),
    )  # fmt: skip


def last_night(scan: Scan, m: re.Match[str]) -> Found | None:
    word, pod = m["word"].lower(), m["pod"].lower()
    offset = {"last": -1, "this": 0, "tomorrow": 1}[word]
    if word == "last" and pod != "night":
        offset = -1
    suffix = f"T{PARTS_OF_DAY[pod]}"
    if scan.anchor is None:
        return unanchored(m, "TIME", f"XXXX-XX-XX{suffix}", f"{word}-{pod}")
    day = scan.anchor + timedelta(days=offset)
    return calendar(
        m, "TIME", day.isoformat() + suffix, f"{word}-{pod}",
        f"{word} {pod}: publication {_day(scan.anchor)} {offset:+d} day = {day.isoformat()}",
        scan.anchor, "publication", interval=Interval(day, day, "day"),
    )  # fmt: skip


def deictic_weekday(scan: Scan, m: re.Match[str]) -> Found | None:
    rel = m["rel"].lower()
    weekday = WEEKDAYS[m["wd"].lower()]
    name = m["wd"]
    if scan.anchor is None:
        return unanchored(m, "DATE", f"XXXX-WXX-{weekday + 1}", f"{rel}-weekday")
    anchor = scan.anchor
    if rel in ("last", "past"):
        day, how = last_weekday(weekday, anchor), f"most recent {name} strictly before"
    elif rel in ("next", "coming"):
        day, how = next_weekday(weekday, anchor), f"first {name} strictly after"
    else:
        direction = scan.direction(m.start(), m.end())
        day = this_weekday(weekday, anchor, direction)
        how = f"this {name} in {_tense(direction)} clause: on or " + (
            "before" if direction == "past" else "after"
        )
    return calendar(
        m, "DATE", day.isoformat(), f"{rel}-weekday",
        f"{rel} {name}: {how} publication {_day(anchor)} = {day.isoformat()}", anchor,
        "publication",
    )  # fmt: skip


def deictic_month(scan: Scan, m: re.Match[str]) -> Found | None:
    rel = m["rel"].lower()
    month = month_number(m["mon"])
    if scan.anchor is None:
        return unanchored(m, "DATE", f"XXXX-{month:02d}", f"{rel}-month")
    anchor = scan.anchor
    if rel in ("last", "past"):
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif rel in ("next", "coming"):
        year = anchor.year if month > anchor.month else anchor.year + 1
    else:
        year = anchor.year
    value = f"{year}-{month:02d}"
    return calendar(
        m, "DATE", value, f"{rel}-month",
        f"{rel} {m['mon']}: counted from publication {_day(anchor)} = {value}", anchor,
        "publication",
    )  # fmt: skip


def _season_year(season: str, anchor: date, rel: str) -> int:
    """The year of "this/last/next <season>" (winter belongs to the year it starts in)."""
    current = anchor.year - 1 if season == "WI" and anchor.month <= 2 else anchor.year
    interval = value_interval(f"{current}-{season}")
    if interval is None:
        raise ValueError(f"year {current} is outside the calendar")
    if rel == "last":
        return current if interval.end < anchor else current - 1
    if rel in ("next", "coming"):
        return current if interval.start > anchor else current + 1
    return current


def deictic_season(scan: Scan, m: re.Match[str]) -> Found | None:
    rel = m["rel"].lower()
    season = SEASONS[m["season"].lower()]
    if scan.anchor is None:
        return unanchored(m, "DATE", f"XXXX-{season}", f"{rel}-season")
    year = _season_year(season, scan.anchor, "last" if rel == "past" else rel)
    value = f"{year}-{season}"
    return calendar(
        m, "DATE", value, f"{rel}-season",
        f"{rel} {m['season']}: counted from publication {_day(scan.anchor)} = {value}",
        scan.anchor, "publication",
    )  # fmt: skip


def _unit_value(anchor: date, unit: str, steps: int) -> str:
    """The calendar unit containing `anchor`, moved by `steps` units."""
    if unit == "week":
        return week_value(anchor + timedelta(weeks=steps))
    if unit == "weekend":
        return week_value(anchor + timedelta(weeks=steps)) + "-WE"
    if unit == "month":
        moved = add_months(anchor, steps)
        return f"{moved.year}-{moved.month:02d}"
    if unit == "quarter":
        index = anchor.year * 4 + quarter_of(anchor) - 1 + steps
        return f"{index // 4}-Q{index % 4 + 1}"
    if unit == "decade":
        return str(anchor.year // 10 + steps)
    if unit == "century":
        return str(anchor.year // 100 + steps)
    return str(anchor.year + steps)


def _last_weekend(anchor: date) -> str:
    sunday = anchor - timedelta(days=(anchor.weekday() - 6 - 1) % 7 + 1)
    return week_value(sunday) + "-WE"


def deictic_unit(scan: Scan, m: re.Match[str]) -> Found | None:
    rel, unit = m["rel"].lower(), m["unit"].lower()
    the = m["the"] is not None
    if rel == "past" or (rel == "last" and the) or (rel in ("coming", "next") and the):
        return _span(scan, m, rel, 1, unit, m.end())
    if rel in ("previous", "following"):
        return _reference_step(scan, m, unit, -1 if rel == "previous" else 1)
    steps = {"this": 0, "current": 0, "last": -1, "next": 1, "coming": 1}[rel]
    if scan.anchor is None:
        return unanchored(m, "DATE", "XXXX", f"{rel}-{unit}")
    anchor = scan.anchor
    if unit == "weekend" and rel == "last":
        value = _last_weekend(anchor)
    else:
        value = _unit_value(anchor, unit, steps)
    return calendar(
        m, "DATE", value, f"{rel}-{unit}",
        f"{rel} {unit}: the {unit} of publication {_day(anchor)} {steps:+d} = {value}",
        anchor, "publication",
    )  # fmt: skip


def _reference_step(scan: Scan, m: re.Match[str], unit: str, steps: int) -> Found | None:
    base = scan.base()
    if base is None:
        return unanchored(m, "DATE", "XXXX-XX-XX", f"reference-{unit}")
    anchor, kind = base
    if unit == "day":
        day = anchor + timedelta(days=steps)
        value = day.isoformat()
    else:
        value = _unit_value(anchor, unit, steps)
    return calendar(
        m, "DATE", value, f"reference-{unit}",
        f"the {unit} {'before' if steps < 0 else 'after'} {anchor.isoformat()} ({kind}) = {value}",
        anchor, kind,
    )  # fmt: skip


def _span(scan: Scan, m: re.Match[str], rel: str, amount: int | None, unit: str, end: int) -> Found:
    """ "the past three months" / "the coming days": a duration with the days it covers."""
    value = duration_value(amount, unit)
    code = UNITS[unit][0]
    if scan.anchor is None or amount is None or UNITS[unit][1] or code not in _VALUE_GRANULARITY:
        return Found(end, "DURATION", value, f"span-{rel}", f"a length of time: {value}")
    anchor = scan.anchor
    if rel in ("past", "last", "recent"):
        start = shift(anchor, -amount, code) + timedelta(days=1)
        interval = Interval(start, anchor, "range")
        how = f"{value} up to and including publication {_day(anchor)}"
    else:
        interval = Interval(anchor + timedelta(days=1), shift(anchor, amount, code), "range")
        how = f"{value} starting the day after publication {_day(anchor)}"
    return Found(
        end, "DURATION", value, f"span-{rel}",
        f"{how}: {interval.start.isoformat()}..{interval.end.isoformat()}", anchor,
        "publication", interval,
    )  # fmt: skip


def span(scan: Scan, m: re.Match[str]) -> Found | None:
    rel, unit_word = m["rel"].lower(), m["unit"].lower()
    unit = _unit(unit_word)
    quantity = m["num"]
    plural = unit_word != unit
    if rel == "recent":
        if not plural or quantity:
            return None
        return Found(m.end(), "DATE", "PAST_REF", "recent-units", "recent: some time before now")
    if rel == "first":
        if not quantity:
            return None
        value = duration_value(number_value(quantity), unit)
        return Found(m.end(), "DURATION", value, "span-first", f"a length of time: {value}")
    if not quantity and not plural:
        if unit == "day" and rel in ("next", "following", "previous"):
            return _reference_step(scan, m, "day", -1 if rel == "previous" else 1)
        if rel in ("next", "following", "previous", "last") and m["the"] is None:
            return None
        if rel == "last" and unit == "day":
            return None
        return _span(scan, m, rel, 1, unit, m.end())
    if rel in ("previous", "following"):
        return None
    amount = number_value(quantity) if quantity else None
    if quantity and quantity.lower() in ("a", "an"):
        amount = 1
    return _span(scan, m, rel, amount, unit, m.end())


def offset_edge(scan: Scan, m: re.Match[str]) -> Found | None:
    edge = m["edge"].lower()
    if m["today"]:
        if scan.anchor is None:
            return unanchored(m, "DATE", "XXXX-XX-XX", f"{edge}-today")
        value = scan.anchor.isoformat()
        return calendar(
            m, "DATE", value, f"{edge}-today", f"{edge} on the publication day {value}",
            scan.anchor, "publication",
        )  # fmt: skip
    rel, unit = m["rel"].lower(), m["unit"].lower()
    mod = "START" if edge == "earlier" else "END"
    if scan.anchor is None:
        return unanchored(m, "DATE", "XXXX", f"{edge}-{rel}-{unit}")
    anchor = scan.anchor
    steps = {"this": 0, "last": -1, "next": 1}[rel]
    value = _unit_value(anchor, unit, steps)
    whole = value_interval(value)
    if whole is None:
        raise ValueError(f"{value} is outside the calendar")
    if steps == 0:
        interval = (
            Interval(whole.start, anchor, "range")
            if edge == "earlier"
            else Interval(anchor, whole.end, "range")
        )
    else:
        interval = apply_mod(whole, mod)
    return calendar(
        m, "DATE", value, f"{edge}-{rel}-{unit}",
        f"{edge} {rel} {unit}: {interval.start.isoformat()}..{interval.end.isoformat()} "
        f"(publication {_day(anchor)})", anchor, "publication", mod, interval,
    )  # fmt: skip


def earlier_weekday(scan: Scan, m: re.Match[str]) -> Found | None:
    direction: Direction = "past" if m["edge"].lower() == "earlier" else None
    return _weekday(scan, m, WEEKDAYS[m["wd"].lower()], "earlier-weekday", direction=direction)


_EDGE_MODS: Final = {
    "early": "START", "beginning": "START", "start": "START", "late": "END", "end": "END",
    "mid": "MID", "mid-": "MID", "middle": "MID",
}  # fmt: skip


def edge(scan: Scan, m: re.Match[str]) -> Found | None:
    word = m["edge"].lower()
    if word in ("end", "beginning", "start", "middle") and not (m["of"] and m["the"]):
        return None
    mod = _EDGE_MODS[word]
    found: Found | None
    if m["mon"]:
        month = month_number(m["mon"])
        if m["year"]:
            value = f"{m['year']}-{month:02d}"
            found = calendar(m, "DATE", value, "edge-month-year", f"{word} {value}", mod=mod)
        else:
            found = _month(scan, m, month, "edge-month", mod)
    elif m["year2"]:
        found = calendar(m, "DATE", m["year2"], "edge-year", f"{word} {m['year2']}", mod=mod)
    elif m["decade"]:
        found = calendar(m, "DATE", m["decade"], "edge-decade", f"{word} {m['decade']}0s", mod=mod)
    elif m["wd"]:
        pod = m["pod"]
        suffix = f"T{PARTS_OF_DAY[pod.lower()]}" if pod else ""
        found = _weekday(
            scan, m, WEEKDAYS[m["wd"].lower()], "edge-weekday", suffix, mod,
            "TIME" if pod else "DATE",
        )  # fmt: skip
    elif m["today"]:
        offset = {"today": 0, "tomorrow": 1, "yesterday": -1}[m["today"].lower()]
        if scan.anchor is None:
            return unanchored(m, "DATE", "XXXX-XX-XX", f"edge-{m['today'].lower()}")
        day = scan.anchor + timedelta(days=offset)
        found = calendar(
            m, "DATE", day.isoformat(), "edge-day", f"{word} {m['today']} = {day.isoformat()}",
            scan.anchor, "publication", mod,
        )  # fmt: skip
    elif m["season"]:
        season = SEASONS[m["season"].lower()]
        if scan.anchor is None:
            return unanchored(m, "DATE", f"XXXX-{season}", "edge-season")
        srel = m["srel"].lower()
        year = _season_year(season, scan.anchor, "this" if srel == "the" else srel)
        found = calendar(
            m, "DATE", f"{year}-{season}", "edge-season", f"{word} {srel} {m['season']}",
            scan.anchor, "publication", mod,
        )  # fmt: skip
    else:
        rel, unit = m["rel"].lower(), m["unit"].lower()
        if scan.anchor is None:
            return unanchored(m, "DATE", "XXXX", f"edge-{rel}-{unit}")
        steps = {"this": 0, "the": 0, "that": 0, "last": -1, "next": 1}[rel]
        value = _unit_value(scan.anchor, unit, steps)
        found = calendar(
            m, "DATE", value, f"edge-{rel}-{unit}",
            f"{word} of {rel} {unit}: publication {_day(scan.anchor)} -> {value}",
            scan.anchor, "publication", mod,
        )  # fmt: skip
    return found


def set_every(scan: Scan, m: re.Match[str]) -> Found | None:
    if m["wd"]:
        value = f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}"
        return Found(m.end(), "SET", value, "set-every-weekday", "every such weekday")
    word = m["unit"].lower()
    if word in PARTS_OF_DAY:
        value = f"XXXX-XX-XXT{PARTS_OF_DAY[word]}"
        return Found(m.end(), "SET", value, "set-every-part", "every such part of the day")
    amount = 2 if m["other"] else number_value(m["num"]) if m["num"] else 1
    value = duration_value(amount, _unit(word))
    return Found(m.end(), "SET", value, "set-every", f"recurs every {value}")


_ADVERB_SETS: Final = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "nightly": "P1D", "hourly": "PT1H", "biweekly": "P2W",
}  # fmt: skip


def set_adverb(scan: Scan, m: re.Match[str]) -> Found | None:
    word = m["word"]
    if word[0].isupper() and not _sentence_start(scan.text, m.start()):
        return None  # "Daily Mail"
    if _previous_word(scan.text, m.start()) in ("the", "a", "an"):
        return None  # "the daily" is a newspaper
    value = _ADVERB_SETS[word.lower()]
    return Found(m.end(), "SET", value, "set-adverb", f"recurs every {value}")


def _sentence_start(text: str, start: int) -> bool:
    return text[max(0, start - 3) : start].strip() in ("", ".", '"', "“")


def ref(value: str, rule_name: str, explanation: str) -> Builder:
    def build(scan: Scan, m: re.Match[str]) -> Found | None:
        word = m["word"].lower()
        if word == "current" and _CURRENT_NOUN.match(scan.text, m.end()):
            return None
        return Found(m.end(), "DATE", value, rule_name, explanation)

    return build


_CURRENT_NOUN = re.compile(r"\s+(?:account|affairs|events|flows?|of|through|and)\b")


def season_year(scan: Scan, m: re.Match[str]) -> Found | None:
    value = f"{m['year']}-{SEASONS[m['season'].lower()]}"
    return calendar(m, "DATE", value, "season-year", f"{m['season']} of {m['year']}")


def season_alone(scan: Scan, m: re.Match[str]) -> Found | None:
    word = m["season"].lower()
    previous = _previous_word(scan.text, m.start())
    if word == "fall" or previous not in ("in", "during", "the", "this", "over", "through"):
        return None
    season = SEASONS[word]
    if scan.anchor is None:
        return unanchored(m, "DATE", f"XXXX-{season}", "season")
    direction = scan.direction(m.start(), m.end())
    rel = "next" if direction == "future" else "this"
    year = _season_year(season, scan.anchor, rel)
    if direction != "future" and value_interval(f"{year}-{season}").start > scan.anchor:  # type: ignore[union-attr]
        year -= 1
    value = f"{year}-{season}"
    return calendar(
        m, "DATE", value, "season", f"{word} in {_tense(direction)} clause = {value}",
        scan.anchor, "publication",
    )  # fmt: skip


_QUARTER_NUMBERS: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}


def quarter(scan: Scan, m: re.Match[str]) -> Found | None:
    part = m["part"].lower()
    which = (m["which"] or "").lower()
    if not which and not m["the"]:
        return None
    if part == "half":
        if which not in ("first", "second"):
            return None
        letter, number = "H", 1 if which == "first" else 2
    else:
        letter = "Q"
        if which in _QUARTER_NUMBERS:
            number = _QUARTER_NUMBERS[which]
        elif which == "fiscal":
            return None
        else:
            return _relative_quarter(scan, m, which)
    value_suffix = f"{letter}{number}"
    if m["year"] or m["year2"]:
        value = f"{m['year'] or m['year2']}-{value_suffix}"
        return calendar(m, "DATE", value, "quarter-year", f"explicit {value}")
    if scan.anchor is None:
        return unanchored(m, "DATE", f"XXXX-{value_suffix}", "quarter")
    direction = scan.direction(m.start(), m.end())
    months = 3 if letter == "Q" else 6
    year = nearest_period_year((number - 1) * months + 1, months, scan.anchor, direction)
    value = f"{year}-{value_suffix}"
    return calendar(
        m, "DATE", value, "quarter",
        f"{which} {part} without a year: the one nearest publication {_day(scan.anchor)} "
        f"({_tense(direction)} breaks ties) = {value}",
        scan.anchor, "publication",
    )  # fmt: skip


def _relative_quarter(scan: Scan, m: re.Match[str], which: str) -> Found | None:
    """ "the quarter", "the latest quarter": the quarter last named, else the one just ended."""
    reference_value = scan.reference_value
    if reference_value and _QUARTER_VALUE.fullmatch(reference_value) and which in ("", "latest"):
        return calendar(
            m, "DATE", reference_value, "quarter-reference",
            f"the quarter last named: {reference_value}", scan.reference, "reference",
        )  # fmt: skip
    if scan.anchor is None:
        return unanchored(m, "DATE", "XXXX-QX", "quarter")
    steps = {"current": 0, "next": 1}.get(which, -1)
    if which == "" and scan.direction(m.start(), m.end()) == "future":
        steps = 0
    value = _unit_value(scan.anchor, "quarter", steps)
    return calendar(
        m, "DATE", value, "quarter-relative",
        f"{which or 'the'} quarter relative to publication {_day(scan.anchor)} = {value}",
        scan.anchor, "publication",
    )  # fmt: skip


def quarter_short(scan: Scan, m: re.Match[str]) -> Found | None:
    number = int(m["q"])
    if m["year"]:
        return calendar(m, "DATE", f"{m['year']}-Q{number}", "quarter-year", "explicit quarter")
    if scan.anchor is None:
        return unanchored(m, "DATE", f"XXXX-Q{number}", "quarter")
    direction = scan.direction(m.start(), m.end())
    year = scan.anchor.year
    if direction != "future" and number > quarter_of(scan.anchor):
        year -= 1
    elif direction == "future" and number < quarter_of(scan.anchor):
        year += 1
    value = f"{year}-Q{number}"
    return calendar(
        m, "DATE", value, "quarter", f"Q{number} nearest publication {_day(scan.anchor)}",
        scan.anchor, "publication",
    )  # fmt: skip


def fiscal(scan: Scan, m: re.Match[str]) -> Found | None:
    year = m["year"] or m["fy"]
    if len(year) == 2:
        year = f"20{year}"
    return Found(m.end(), "DATE", f"FY{year}", "fiscal-year", f"fiscal year {year}")


def weekend(scan: Scan, m: re.Match[str]) -> Found | None:
    if m["the"] is None and _previous_word(scan.text, m.start()) not in ("over", "on", "at"):
        return None
    if scan.anchor is None:
        return unanchored(m, "DATE", "XXXX-WXX-WE", "weekend")
    direction = scan.direction(m.start(), m.end())
    anchor = scan.anchor
    if direction == "future":
        saturday = anchor + timedelta(days=(5 - anchor.weekday() - 1) % 7 + 1)
        value = week_value(saturday) + "-WE"
    elif anchor.weekday() >= 5:
        value = week_value(anchor) + "-WE"
    else:
        value = _last_weekend(anchor)
    return calendar(
        m, "DATE", value, "weekend",
        f"the weekend in {_tense(direction)} clause, publication {_day(anchor)} = {value}",
        anchor, "publication",
    )  # fmt: skip


_ORDINAL_NEXT = re.compile(r"\s+of\s+(this|last|next)\s+month")


def ordinal_day(scan: Scan, m: re.Match[str]) -> Found | None:
    day = int(m["day"])
    base = scan.base()
    if base is None:
        return unanchored(m, "DATE", f"XXXX-XX-{day:02d}", "ordinal-day")
    anchor, kind = base
    resolved = safe_date(anchor.year, anchor.month, day)
    if resolved is None:
        return None
    return calendar(
        m, "DATE", resolved.isoformat(), "ordinal-day",
        f"day {day} of the month of {anchor.isoformat()} ({kind}) = {resolved.isoformat()}",
        anchor, kind,
    )  # fmt: skip


def same_day(scan: Scan, m: re.Match[str]) -> Found | None:
    side = {"before": "previous", "after": "following"}.get((m["side"] or "").lower())
    rel = (m["rel"] or side or "same").lower()
    steps = {"same": 0, "following": 1, "next": 1, "previous": -1}[rel]
    return _reference_step(scan, m, "day", steps)


def year_earlier(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "year-earlier", "the year-ago quarter": the period last named, a year back."""
    reference_value = scan.reference_value
    period = (m["period"] or "").lower()
    if period == "quarter" and reference_value and not _QUARTER_VALUE.fullmatch(reference_value):
        reference_value = None
    if reference_value is not None:
        shifted = _shift_value(reference_value, -1, "Y")
        if shifted is not None:
            return calendar(
                m, "DATE", shifted, "year-earlier-reference",
                f"a year before the period last named ({reference_value}) = {shifted}",
                scan.reference, "reference",
            )  # fmt: skip
    if scan.anchor is None:
        return unanchored(m, "DATE", "XXXX", "year-earlier")
    value = str(scan.anchor.year - 1)
    return calendar(
        m, "DATE", value, "year-earlier", f"the year before publication = {value}",
        scan.anchor, "publication",
    )  # fmt: skip


# ---------------------------------------------------------------- dispatch


_Rule = tuple[re.Pattern[str], Builder]
_DEICTIC: Final[tuple[_Rule, ...]] = (
    (P.LAST_NIGHT, last_night), (P.DEICTIC_WEEKDAY, deictic_weekday),
    (P.DEICTIC_MONTH, deictic_month), (P.DEICTIC_SEASON, deictic_season),
    (P.DEICTIC_UNIT, deictic_unit), (P.SPAN, span), (P.QUARTER, quarter),
)  # fmt: skip
_DURATIONS: Final[tuple[_Rule, ...]] = (
    (P.DURATION, duration), (P.DURATION_ADJ, duration_adjective), (P.NINE_MONTHS, duration),
    (P.QUARTER, quarter),
)  # fmt: skip
_PRESENT: Final = ref("PRESENT_REF", "present", "the present (PRESENT_REF)")
_PAST: Final = ref("PAST_REF", "past-ref", "some time before now (PAST_REF)")
_FUTURE: Final = ref("FUTURE_REF", "future-ref", "some time after now (FUTURE_REF)")
_DURATIONS_OR_PRESENT: Final = (*_DURATIONS, (P.PRESENT, _PRESENT))
_UNIT_RULES: Final[tuple[_Rule, ...]] = ((P.PLURAL_UNIT, plural_unit),)

_RULES_BY_WORD: dict[str, tuple[_Rule, ...]] = {
    "month": ((P.MONTH_DAY_YEAR, month_day_year), (P.MONTH_YEAR, month_year),
              (P.MONTH_RELATIVE_YEAR, month_relative_year), (P.MONTH_ALONE, month_alone)),
    "weekday": ((P.WEEKDAY_DATE, weekday_date), (P.WEEKDAY_DAY_MONTH, weekday_date),
                (P.WEEKDAY_PART, weekday_part), (P.WEEKDAY_PLURAL, weekday_plural),
                (P.WEEKDAY_ALONE, weekday_alone)),
    "'": ((P.DECADE, decade),),
    "today": ((P.RELATIVE_DAY, relative_day),),
    "tomorrow": ((P.LAST_NIGHT, last_night), (P.RELATIVE_DAY, relative_day)),
    "last": ((P.EDGE, edge), *_DEICTIC, (P.PAST_REF, _PAST)),
    "past": (*_DEICTIC, (P.PAST_REF, _PAST)),
    "previous": _DEICTIC,
    "first": (*_DEICTIC, (P.NINE_MONTHS, duration)),
    "early": ((P.EDGE, edge),),
    "earlier": ((P.OFFSET_EDGE, offset_edge), (P.EARLIER_WEEKDAY, earlier_weekday)),
    "every": ((P.SET_EVERY, set_every),),
    "daily": ((P.SET_ADVERB, set_adverb),),
    "now": ((P.PRESENT, _PRESENT),),
    "recently": ((P.PAST_REF, _PAST),),
    "recent": ((P.SPAN, span), (P.PAST_REF, _PAST)),
    "future": ((P.FUTURE_REF, _FUTURE),),
    "weekend": ((P.WEEKEND, weekend),),
    "summer": ((P.SEASON_YEAR, season_year), (P.SEASON_ALONE, season_alone)),
    "days": _UNIT_RULES,
    "quarter": ((P.QUARTER, quarter),),
    "fiscal": ((P.FISCAL, fiscal),),
    "q1": ((P.QUARTER_SHORT, quarter_short),),
    "noon": ((P.NOON, noon),),
    "same": ((P.SAME_DAY, same_day),),
    "year-earlier": ((P.YEAR_EARLIER, year_earlier),),
    "number": _DURATIONS_OR_PRESENT,
    "the-digit": ((P.ORDINAL_DAY, ordinal_day), (P.DECADE_THE, decade), (P.CENTURY_THE, century),
                  (P.DURATION, duration)),
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
    **{w: "daily" for w in _ADVERB_SETS},
    "now": "now", "currently": "now", "presently": "now", "present": "now",
    "recently": "recently", "previously": "recently", "recent": "recent",
    "future": "future", "soon": "future", "near": "future",
    "weekend": "weekend", "weekends": "days",
    **{w: "summer" for w in SEASONS},
    **{w: "days" for w in (
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
        "centuries", "fortnights")},
    "quarter": "quarter", "quarters": "quarter", "half": "quarter",
    "fiscal": "fiscal", "fy": "fiscal", "q1": "q1", "q2": "q1", "q3": "q1", "q4": "q1",
    "noon": "noon", "midnight": "noon", "same": "same",
    "year-earlier": "year-earlier", "year-ago": "year-earlier", "year": "year-earlier",
    **{w: "number" for w in (
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "a", "an", "several", "few", "many", "couple", "some", "dozens", "hundreds", "nearly",
        "almost", "about", "around", "roughly", "approximately", "more", "less", "fewer", "no",
        "at", "up")},
}  # fmt: skip
# After "the", the next word picks the rules (tried at "the", whose rules allow a leading "the").
_AFTER_THE: Final[dict[str, str]] = {
    **_GROUP_OF,
    "present": "now",
    "day": "same",
    "year": "year-the",
    "week": "year-the",
    "month": "year-the",
    "morning": "none",
}
_RULES_BY_WORD["year-the"] = ()
_RULES_BY_WORD["none"] = ()
_RULES_BY_WORD["now"] = (
    (P.PRESENT, _PRESENT),
    (P.DEICTIC_UNIT, deictic_unit),
    (P.QUARTER, quarter),
)
_RULES_BY_WORD["last"] = (*_RULES_BY_WORD["last"], (P.PRESENT, _PRESENT))
_RULES_BY_WORD["future"] = ((P.FUTURE_REF, _FUTURE),)

_NEXT_WORD = re.compile(r"\s+([\w'-]+)")


# Capitalised trigger words: a lower-case "may" or "march" is a verb, never a month.
_CASED_GROUP: Final[dict[str, str]] = {
    **{w: "month" for w in (
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sept", "Sep", "Oct", "Nov", "Dec")},
    **{w.capitalize(): "weekday" for w in WEEKDAYS},
    "FY": "fiscal",
}  # fmt: skip
# A digit right after these is part of another token: "1,000", "$300", "3-1", "10:30", "v2".
_NOT_BEFORE_DIGIT: Final = frozenset("'’.,$£€#/:-_")
_YEAR_COMPOUND = re.compile(r"-(?:earlier|ago)\b", re.I)


_ISO: Final = (P.ISO_DATE, iso_date)
_NUMERIC: Final = (P.NUMERIC_DATE, numeric_date)
_DAY_MONTH: Final = (P.DAY_MONTH_YEAR, day_month_year)
_AMPM: Final = (P.CLOCK_AMPM, clock)
_YEAR: Final = (P.YEAR_ALONE, year_alone)
_DURATION: Final = (P.DURATION, duration)
_DURATION_ADJ: Final = (P.DURATION_ADJ, duration_adjective)
# The character after a run of digits narrows the rules worth trying.
_DIGIT_RULES_AFTER: Final[dict[str, tuple[_Rule, ...]]] = {
    "-": (_ISO, _NUMERIC, _DURATION_ADJ, _DURATION, _YEAR),
    "/": (_NUMERIC, _YEAR),
    ".": (_NUMERIC, _AMPM, _DURATION, _YEAR),
    ":": (_AMPM, (P.CLOCK_24, clock)),
    " ": (_DAY_MONTH, _AMPM, (P.CLOCK_MILITARY, clock), _DURATION, _YEAR),
    "s": ((P.DECADE, decade), _DAY_MONTH, (P.CENTURY, century), _YEAR),
    "'": ((P.DECADE, decade), _YEAR),
    "a": (_AMPM,), "p": (_AMPM,), "A": (_AMPM,), "P": (_AMPM,),
    "t": (_DAY_MONTH, (P.CENTURY, century)), "n": (_DAY_MONTH, (P.CENTURY, century)),
    "r": (_DAY_MONTH, (P.CENTURY, century)),
}  # fmt: skip
_DIGIT_RULES_OTHERWISE: Final = (_DAY_MONTH, _DURATION, _YEAR)


def _digit_rules(text: str, end: int) -> tuple[_Rule, ...]:
    after = text[end : end + 1]
    if after.isspace():
        after = " "
    return _DIGIT_RULES_AFTER.get(after, _DIGIT_RULES_OTHERWISE)


# Every word that can lead a rule, lower-case and capitalised, plus the case-sensitive ones.
_TRIGGER: Final = P.trigger_regex(
    {*_GROUP_OF, *(w.capitalize() for w in _GROUP_OF), *_CASED_GROUP, "the", "The", "Q"}
)


def _rules_at(text: str, token: re.Match[str]) -> tuple[_Rule, ...]:
    """The rules a token leads, or none: most tokens are not temporal."""
    word = token.group()
    first = word[0]
    lower = word.lower()
    group = _CASED_GROUP.get(word) or _GROUP_OF.get(lower)
    if group is None and not (first.isdigit() or first == "'" or word in ("Q", "the", "The")):
        return ()  # most tokens: a dict miss and out
    start = token.start()
    previous = text[start - 1] if start else " "
    if first.isdigit():
        if previous.isalpha() or previous in _NOT_BEFORE_DIGIT:
            return ()
        return _digit_rules(text, token.end())
    if previous.isalnum() or previous in "-_":
        return ()  # "mid-March" is read from "mid"; "Russia-Ukraine" is no trigger
    if first == "'":
        return _RULES_BY_WORD["'"]
    if word == "Q":
        q1 = text[token.end() : token.end() + 1] in ("1", "2", "3", "4")
        return _RULES_BY_WORD["q1"] if q1 else ()
    if lower == "the":
        following = _NEXT_WORD.match(text, token.end())
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
    if lower == "year" and not _YEAR_COMPOUND.match(text, token.end()):
        return ()
    return _RULES_BY_WORD[group] if group else ()


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


def _timex(text: str, start: int, result: Found, signal: str | None) -> Timex:
    end = result.end
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    return Timex(
        start=start, end=end, text=text[start:end], type=result.type, value=result.value,
        rule=result.rule, anchor=result.anchor, anchor_kind=result.anchor_kind,
        interval=result.interval, mod=result.mod, signal=signal,
        explanation=result.explanation,
    )  # fmt: skip


def _remember(scan: Scan, timex: Timex) -> None:
    """Explicit calendar dates become the reference for "two days later", "the next day"."""
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
    """A clock time next to a stated day ("7 p.m. on Friday") takes that day's date."""
    result = list(found)
    for index, timex in enumerate(found):
        if timex.rule not in ("clock", "noon") or timex.anchor is None:
            continue
        for neighbour in (found[index + 1] if index + 1 < len(found) else None,
                          found[index - 1] if index else None):  # fmt: skip
            if neighbour is None or neighbour.interval is None:
                continue
            if neighbour.interval.granularity != "day":
                continue
            gap = (
                neighbour.start - timex.end
                if neighbour.start > timex.start
                else (timex.start - neighbour.end)
            )
            if gap > 12:
                continue
            day = neighbour.interval.start
            value = day.isoformat() + timex.value[10:]
            result[index] = replace(
                timex, value=value, interval=Interval(day, day, "day"), anchor=day,
                anchor_kind="reference",
                explanation=f"clock time on the day stated next to it ({neighbour.text}) = {value}",
            )  # fmt: skip
            break
    return result


_SIGNAL_PHRASES: Final = frozenset(SIGNALS)
_SIGNAL_LENGTHS: Final = tuple(sorted({len(s.split()) for s in SIGNALS}, reverse=True))
_SKIPPED_BEFORE: Final = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})


def signal_before(text: str, start: int) -> str | None:
    """The lower-cased preposition(s) governing the expression at `start`, if any, skipping
    one determiner or possessive ("ahead of Russia's May 9")."""
    words = text[max(0, start - 40) : start].split()
    if start > 40 and words:
        words = words[1:]  # may be cut
    if not words or not text[start - 1 : start].isspace():
        return None
    last = words[-1]
    if last.lower() in _SKIPPED_BEFORE or (last[0].isupper() and last.endswith(("'s", "’s", "s'"))):
        words = words[:-1]
    for length in _SIGNAL_LENGTHS:
        if len(words) >= length:
            phrase = " ".join(words[-length:]).lower()
            if phrase in _SIGNAL_PHRASES:
                return phrase
    return None

"""Rules for expressions counted from the publication or reference date: "yesterday", "last
week", "the past three months", "earlier this month", "mid-March", seasons, quarters, weekends."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Final

from timeline.model import AnchorKind, Interval, TimexType
from timeline.temporal.lexicon import (
    DAY_OFFSETS,
    EDGE_MODS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
    month_number,
    number_value,
)
from timeline.temporal.patterns import FISCAL, MONTH, QUARTER, YEAR
from timeline.temporal.resolve import (
    Direction,
    add_months,
    last_weekday,
    month_end,
    nearest_period_year,
    next_weekday,
    quarter_of,
    resolve_month_day,
    safe_date,
    shift,
    this_weekday,
    week_value,
)
from timeline.temporal.rules_calendar import (
    DAY_GOVERNORS,
    century_of_hundreds,
    fiscal_year,
    month_day_found,
    month_found,
    moved_or_ordered,
    spoken_year,
    weekday_found,
)
from timeline.temporal.rules_quantity import (
    APPOSITION,
    COARSENESS,
    QUARTER_VALUE,
    VALUE_GRANULARITY,
    duration_value,
    shift_value,
    unit_of,
)
from timeline.temporal.scan import (
    Found,
    Scan,
    calendar,
    day_label,
    day_of_utterance,
    post_day,
    previous_word,
    tense_label,
    unanchored,
)
from timeline.temporal.values import apply_mod, value_interval

# ---------------------------------------------------------------- deictic words


# A capitalised "Today" right after a capitalised word is part of a name ("Tarvos Today").
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+\Z")


def relative_day(scan: Scan, m: re.Match[str]) -> Found | None:
    if m["word"][0].isupper() and _NAME_BEFORE.search(scan.text, max(0, m.start() - 30), m.start()):
        return None
    word = m["word"].lower()
    pod = m["pod"]
    offset = DAY_OFFSETS[word]
    suffix = "TNI" if word == "tonight" else (f"T{PARTS_OF_DAY[pod.lower()]}" if pod else "")
    type_: TimexType = "TIME" if suffix else "DATE"
    # In a quotation, the day it was said; in "[10 Mar, 07:12] @ferry: No crossings today", the
    # post's day, not the compilation's.
    said = scan.said_on(m.start())
    base = said or post_day(scan, m.start())
    if base is not None:
        rule, whose = (
            (f"{word}-said", f"{word} in a quotation: the day it was said") if said
            else (f"{word}-post", f"{word}: the day of the post it is in")
        )  # fmt: skip
        day = base + timedelta(days=offset)
        return calendar(
            m, type_, day.isoformat() + suffix, rule,
            f"{whose} ({base.isoformat()}) {offset:+d} day = {day.isoformat()}", base,
            "reference", interval=Interval(day, day, "day"),
        )  # fmt: skip
    if scan.anchor is None:
        return unanchored(m, type_, f"XXXX-XX-XX{suffix}", word)
    day = scan.anchor + timedelta(days=offset)
    return calendar(
        m, type_, day.isoformat() + suffix, word,
        f"{word}: publication {day_label(scan.anchor)} {offset:+d} day = {day.isoformat()}",
        scan.anchor, "publication", interval=Interval(day, day, "day"),
    )  # fmt: skip


def two_days_off(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "the day before yesterday" = P-2, "the day after tomorrow" = P+2."""
    offset = -2 if m["side"].lower().startswith("before") else 2
    if scan.anchor is None:
        return unanchored(m, "DATE", "XXXX-XX-XX", "two-days-off")
    base, whose, kind = day_of_utterance(scan, m.start(), scan.anchor)
    day = base + timedelta(days=offset)
    return calendar(
        m, "DATE", day.isoformat(), "two-days-off", f"{m.group()}: {whose} {offset:+d} days = "
        f"{day.isoformat()}", base, kind,
    )  # fmt: skip


def last_night(scan: Scan, m: re.Match[str]) -> Found | None:
    # "the past night" (translated copy) is last night
    word, pod = ("last", "night") if m["past"] else (m["word"].lower(), m["pod"].lower())
    offset = {"last": -1, "this": 0, "tomorrow": 1}[word]
    suffix = f"T{PARTS_OF_DAY[pod]}"
    if scan.anchor is None:
        return unanchored(m, "TIME", f"XXXX-XX-XX{suffix}", f"{word}-{pod}")
    base, whose, kind = day_of_utterance(scan, m.start(), scan.anchor)
    day = base + timedelta(days=offset)
    return calendar(
        m, "TIME", day.isoformat() + suffix, f"{word}-{pod}",
        f"{word} {pod}: {whose} {offset:+d} day = {day.isoformat()}", base, kind,
        interval=Interval(day, day, "day"),
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
    elif rel == "penultimate":  # Nigerian English: "they came penultimate Thursday"
        day = last_weekday(weekday, anchor) - timedelta(days=7)
        how = f"the {name} before the most recent one strictly before"
    elif rel in ("next", "coming"):
        day, how = next_weekday(weekday, anchor), f"first {name} strictly after"
    elif rel == "week":
        day = next_weekday(weekday, anchor) + timedelta(days=7)
        how = f"a week after the first {name} strictly after"
    else:
        direction = scan.direction(m.start(), m.end())
        day = this_weekday(weekday, anchor, direction)
        how = f"this {name} in {tense_label(direction)} clause: on or " + (
            "before" if direction == "past" else "after"
        )
    said = f"{name} {rel}" if m.start("wd") == m.start() else f"{rel} {name}"
    return calendar(
        m, "DATE", day.isoformat(), f"{rel}-weekday",
        f"{said}: {how} publication {day_label(anchor)} = {day.isoformat()}", anchor,
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
        if rel == "last" and month == anchor.month - 1:
            # The month just gone is "last month" or plain "in February"; "last February" in a
            # March report is the one a year before ("this past February" is not).
            year -= 1
    elif rel in ("next", "coming"):
        year = anchor.year if month > anchor.month else anchor.year + 1
    else:
        year = anchor.year
    value = f"{year}-{month:02d}"
    if m["day"]:
        # "since last July 28" (Philippine and US copy): the most recent July 28, however near;
        # "next March 3": the first one ahead
        day_number = int(m["day"])
        year = anchor.year
        if rel in ("last", "past") and (month, day_number) >= (anchor.month, anchor.day):
            year -= 1
        elif rel in ("next", "coming") and (month, day_number) <= (anchor.month, anchor.day):
            year += 1
        day = safe_date(year, month, day_number)
        if day is None:
            return None
        value = day.isoformat()
    return calendar(
        m, "DATE", value, f"{rel}-month",
        f"{rel} {m['mon']}: counted from publication {day_label(anchor)} = {value}", anchor,
        "publication",
    )  # fmt: skip


def season_start_year(season: str, anchor: date, rel: str) -> int:
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


def _from_named(scan: Scan, m: re.Match[str], value: str, rule: str, named: Interval) -> Found:
    return calendar(
        m, "DATE", value, rule,
        f"{m.group()}: counted from the period last named ({scan.reference_value}) = {value}",
        named.start, "reference",
    )  # fmt: skip


# Words that move a period one unit back or ahead ("this"/"that": none).
_STEPS: Final = {"last": -1, "previous": -1, "next": 1, "following": 1, "coming": 1}


_VERB_FALL_NEXT = re.compile(
    r"\s+(?:this|last|next|on|in|within|between|under|into|to|short|outside|due|silent)\b",
    re.IGNORECASE,
)


def season_of_reference(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "since 2014, when rebels took the dam. That autumn ..." = 2014-FA; "the previous
    winter" = the one a year before. Only after a period named within a few sentences."""
    if m["that"] and m["season"].lower() == "fall" and _VERB_FALL_NEXT.match(scan.text, m.end()):
        return None  # "anniversaries that fall this week": the verb
    named = scan.period_named_near(m.start())
    if named is None:
        return None
    season = SEASONS[m["season"].lower()]
    rel = (m["rel"] or "").lower()
    if named.granularity == "year":
        year = named.start.year + _STEPS.get(rel, 0)
    elif rel in ("following", "next", "previous"):
        # "In July 2024 ... the following winter" = the winter that starts after July 2024
        # (2024-WI); "the previous winter" the last one over before it began
        seasons = [
            (year, interval)
            for year in range(named.start.year - 2, named.start.year + 2)
            if (interval := value_interval(f"{year}-{season}")) is not None
        ]
        if rel == "previous":
            year = max(y for y, interval in seasons if interval.end < named.start)
        else:
            year = min(y for y, interval in seasons if interval.start > named.start)
    else:
        year = season_start_year(season, named.start, "this")
    return _from_named(scan, m, f"{year}-{season}", "reference-season", named)


def season_of_that_year(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "the spring of that year" = the spring of the year named within a few sentences."""
    named = scan.period_named_near(m.start())
    if named is None:
        return None
    value = f"{named.start.year}-{SEASONS[m['season'].lower()]}"
    return _from_named(scan, m, value, "reference-season", named)


def month_of_reference(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "the following February" = the first February after the period named within a few
    sentences; "the previous February" = the last one before it."""
    named = scan.period_named_near(m.start())
    if named is None:
        return None
    month = month_number(m["mon"])
    if m["rel"].lower() == "following":
        year = named.end.year + (month <= named.end.month)
    else:
        year = named.start.year - (month >= named.start.month)
    return _from_named(scan, m, f"{year}-{month:02d}", "reference-month", named)


def deictic_season(scan: Scan, m: re.Match[str]) -> Found | None:
    rel = m["rel"].lower()
    season = SEASONS[m["season"].lower()]
    if scan.anchor is None:
        return unanchored(m, "DATE", f"XXXX-{season}", f"{rel}-season")
    year = season_start_year(season, scan.anchor, "last" if rel == "past" else rel)
    value = f"{year}-{season}"
    return calendar(
        m, "DATE", value, f"{rel}-season",
        f"{rel} {m['season']}: counted from publication {day_label(scan.anchor)} = {value}",
        scan.anchor, "publication",
    )  # fmt: skip


# The value of a calendar unit that no publication date places ("last week": XXXX-WXX).
_UNKNOWN_UNIT: Final = {
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
    "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX",
}  # fmt: skip


def unit_value(anchor: date, unit: str, steps: int) -> str:
    """The calendar unit containing `anchor`, moved by `steps` units."""
    if unit == "week":
        return week_value(anchor + timedelta(weeks=steps))
    if unit == "weekend":
        return week_value(anchor + timedelta(weeks=steps)) + "-WE"
    # Zero-padded: a year's value has four digits, a decade's three, a century's two.
    if unit == "month":
        moved = add_months(anchor, steps)
        return f"{moved.year:04d}-{moved.month:02d}"
    if unit == "quarter":
        index = anchor.year * 4 + quarter_of(anchor) - 1 + steps
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "decade":
        return f"{anchor.year // 10 + steps:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + steps:02d}"
    return f"{anchor.year + steps:04d}"


def last_weekend(anchor: date) -> str:
    sunday = anchor - timedelta(days=(anchor.weekday() - 6 - 1) % 7 + 1)
    return week_value(sunday) + "-WE"


_FISCAL_REACH: Final = 600


def _fiscal_year_named(text: str, start: int) -> int | None:
    """The fiscal year named last in the few sentences before `start` ("fiscal year 2025 ...
    the previous fiscal year")."""
    named = None
    for match in FISCAL.finditer(text, max(0, start - _FISCAL_REACH), start):
        named = match
    return None if named is None else fiscal_year(named)


def deictic_unit(scan: Scan, m: re.Match[str]) -> Found | None:
    if m["unit"].istitle() and scan.text[m.start() - 1 : m.start()] in _OPENING_QUOTES:
        return None  # ABC's "This Week": a programme's title
    rel, unit = m["rel"].lower(), m["unit"].lower()
    if rel == "preceding":
        rel = "previous"
    the = m["the"] is not None
    if unit == "weekend" and rel in ("past", "last"):
        rel = "last"  # "the past weekend", "this past weekend": the weekend just gone
    elif rel == "past" or (rel == "last" and the) or (rel in ("coming", "next") and the):
        return span_found(scan, m, rel, 1, unit, m.end())
    if rel in ("previous", "following"):
        step = -1 if rel == "previous" else 1
        if unit == "year" and "fiscal" in m.group().lower():
            named = _fiscal_year_named(scan.text, m.start())
            if named is not None:
                value = f"FY{named + step}"
                return Found(
                    m.end(), "DATE", value, "fiscal-year-reference",
                    f"the fiscal year {'before' if step < 0 else 'after'} FY{named} (named "
                    f"before it) = {value}",
                )  # fmt: skip
        return reference_step(scan, m, unit, step)
    steps = _STEPS.get(rel, 0)  # "this", "current": 0
    if scan.anchor is None:
        return unanchored(m, "DATE", _UNKNOWN_UNIT[unit], f"{rel}-{unit}")
    # In a quotation, the unit of the day it was said. (A post's day does not carry so far: a
    # digest's last dated line is followed by "Next week's issue ...".)
    anchor, whose, kind = day_of_utterance(scan, m.start(), scan.anchor, posts=False)
    if unit == "weekend" and rel == "last":
        value = last_weekend(anchor)
    else:
        value = unit_value(anchor, unit, steps)
    return calendar(
        m, "DATE", value, f"{rel}-{unit}",
        f"{rel} {unit}: the {unit} of {whose} {steps:+d} = {value}", anchor, kind,
    )  # fmt: skip


_OPENING_QUOTES: Final = frozenset({'"', "“", "'", "‘"})
_STEP_WORDS: Final = {-1: "before", 0: "of", 1: "after"}


def reference_step(scan: Scan, m: re.Match[str], unit: str, steps: int) -> Found | None:
    if unit == "day" and scan.reference is None and scan.anchor is not None:
        # "that same day", "the next day" with no day named before: a day of the story, which
        # the publication date would only guess
        return Found(
            m.end(), "DATE", "XXXX-XX-XX", "reference-day-unnamed",
            "a day counted from one the story has not named",
        )  # fmt: skip
    base = scan.base()
    named = value_interval(scan.reference_value) if scan.reference_value else None
    if (
        unit != "day"
        and named is not None
        and COARSENESS.get(named.granularity, 4) <= COARSENESS.get(unit, 3)
    ):
        # "In March the family urged a sale. The following month ...": the period last named
        base = named.start, "reference"
    if base is None:
        return unanchored(m, "DATE", "XXXX-XX-XX", f"reference-{unit}")
    anchor, kind = base
    if unit == "day":
        day = anchor + timedelta(days=steps)
        value = day.isoformat()
    else:
        value = unit_value(anchor, unit, steps)
    return calendar(
        m, "DATE", value, f"reference-{unit}",
        f"the {unit} {_STEP_WORDS[steps]} {anchor.isoformat()} ({kind}) = {value}",
        anchor, kind,
    )  # fmt: skip


def span_found(
    scan: Scan, m: re.Match[str], rel: str, amount: int | None, unit: str, end: int
) -> Found:
    """ "the past three months" / "the coming days": a duration with the days it covers."""
    value = duration_value(amount, unit)
    code = UNITS[unit][0]
    if scan.anchor is None or amount is None or UNITS[unit][1] or code not in VALUE_GRANULARITY:
        return Found(end, "DURATION", value, f"span-{rel}", f"a length of time: {value}")
    anchor = scan.anchor
    if rel in ("past", "last", "recent"):
        start = shift(anchor, -amount, code) + timedelta(days=1)
        interval = Interval(start, anchor, "range")
        how = f"{value} up to and including publication {day_label(anchor)}"
    else:
        interval = Interval(anchor + timedelta(days=1), shift(anchor, amount, code), "range")
        how = f"{value} starting the day after publication {day_label(anchor)}"
    return Found(
        end, "DURATION", value, f"span-{rel}",
        f"{how}: {interval.start.isoformat()}..{interval.end.isoformat()}", anchor,
        "publication", interval,
    )  # fmt: skip


# Words after which "last" is the verb ("would last two hours", "expected to last weeks").
_BEFORE_VERB: Final = frozenset({
    "will", "would", "could", "can", "may", "might", "should", "must", "shall", "to", "not",
    "never", "cannot", "'ll", "'d", "also", "only", "still", "usually", "often", "rarely",
})  # fmt: skip


def span(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "the past three months", "the coming days", "the next day", "recent years"."""
    rel, unit_word = m["rel"].lower(), m["unit"].lower()
    if rel == "preceding":
        rel = "previous"
    elif rel == "last" and m["the"] is None and previous_word(scan.text, m.start()) in _BEFORE_VERB:
        return None  # "the rally would last two hours": the verb; the length is read alone
    unit = unit_of(unit_word)
    quantity = m["num"]
    plural = unit_word != unit
    if rel == "recent":
        if not plural or quantity:
            return None
        # A stretch of unstated length that reaches now: "in recent weeks" = PXW.
        value = duration_value(None, unit)
        return Found(
            m.end(), "DURATION", value, "recent-units", f"recent {unit_word}: {value} up to now"
        )
    if rel == "first":
        if not quantity:
            return None
        value = duration_value(number_value(quantity), unit)
        return Found(m.end(), "DURATION", value, "span-first", f"a length of time: {value}")
    if not quantity and not plural:
        if unit == "day" and rel in ("next", "following", "previous"):
            return reference_step(scan, m, "day", -1 if rel == "previous" else 1)
        if rel in ("next", "following", "previous", "last") and m["the"] is None:
            return None
        if rel == "last" and unit in ("day", "minute", "second"):
            return None  # "until the last minute": an idiom, no length
        return span_found(scan, m, rel, 1, unit, m.end())
    amount = number_value(quantity) if quantity else None
    if rel in ("previous", "following"):
        if amount is None or m["the"] is None:
            return None  # "following two weeks of talks": the preposition
        # "in the previous 12 months": a length before or after an event, not before now; the
        # extent takes its determiner as "the past 12 months" does.
        value = duration_value(amount, unit)
        return Found(m.end(), "DURATION", value, f"span-{rel}", f"a length of time: {value}")
    return span_found(scan, m, rel, amount, unit, m.end())


def offset_edge(scan: Scan, m: re.Match[str]) -> Found | None:
    edge = m["edge"].lower()
    if m["today"]:
        near = scan.reference_near(m.start())
        kind: AnchorKind
        if m["today"][0] in "iI" and scan.reference is not None and near:
            # "on Tuesday morning, and then in Nairobi later in the day": the day just named
            day, kind = scan.reference, "reference"
        elif scan.anchor is None:
            return unanchored(m, "DATE", "XXXX-XX-XX", f"{edge}-today")
        else:
            day, kind = scan.anchor, "publication"
        value = day.isoformat()
        return calendar(
            m, "DATE", value, f"{edge}-today", f"{edge} on the {kind} day {value}", day, kind,
        )  # fmt: skip
    rel, unit = " ".join(m["rel"].lower().split()), m["unit"].lower()
    mod = "START" if edge == "earlier" else "END"
    kind = "publication"
    if rel == "in the" and scan.reference and scan.reference_near(m.start()):
        # "on Jan. 7 ..., with a second round later in the month": the month of the day named
        anchor, kind, steps = scan.reference, "reference", 0
    elif scan.anchor is None:
        return unanchored(m, "DATE", _UNKNOWN_UNIT[unit], f"{edge}-{rel}-{unit}")
    else:
        anchor, steps = scan.anchor, _STEPS.get(rel, 0)  # "this", "in the": 0
    value = unit_value(anchor, unit, steps)
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
        m, "DATE", value, f"{edge}-{rel.replace(' ', '-')}-{unit}",
        f"{edge} {rel} {unit}: {interval.start.isoformat()}..{interval.end.isoformat()} "
        f"({kind} {day_label(anchor)})", anchor, kind, mod, interval,
    )  # fmt: skip


def part_of_unit(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "late in the week", "early in the month", "mid-week": the unit under way, or that of the
    day just named ("the siege began on March 3 and eased late in the week"), with its mod. A
    day named within a week of publication leaves the week the current one ("lost at home on
    Sunday ... in midweek" in a Friday report is this week's midweek)."""
    unit = (m["unit"] or "week").lower()
    mod = EDGE_MODS[m["edge"].lower()]
    kind: AnchorKind
    reference = scan.reference
    if (
        reference
        and scan.reference_near(m.start())
        and not (unit == "week" and scan.anchor and abs((scan.anchor - reference).days) < 7)
    ):
        anchor, kind = reference, "reference"
    elif scan.anchor is None:
        return unanchored(m, "DATE", _UNKNOWN_UNIT[unit], f"part-of-{unit}")
    else:
        anchor, kind = scan.anchor, "publication"
    value = unit_value(anchor, unit, 0)
    return calendar(
        m, "DATE", value, f"part-of-{unit}",
        f"{m[0]}: the {unit} of the {kind} day {anchor.isoformat()} = {value} (mod {mod})",
        anchor, kind, mod,
    )  # fmt: skip


# "overnight" as the adjective of a thing that is no time ("the overnight rate", "an overnight
# stay"), or figurative ("did not happen overnight", "almost overnight": suddenly).
_NOT_A_NIGHT_AFTER = re.compile(
    r"\s+(?i:rates?|interest|call|lending|deposits?|repo|stays?|stops?|success|sensation|bags?"
    r"|guests?|trains?|bus|buses|coach|coaches|flights?|ferry|ferries|shifts?|trips?|journeys?"
    r"|express|sleeper)(?!\w)|\s+(?i:on\s+|into\s+|to\s+)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar"
    r"|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)
_FIGURATIVE_BEFORE = re.compile(r"(?:\bnot|n't|\bnever|\bcannot)\b[^.;,]{0,40}\Z", re.IGNORECASE)
_SUDDENLY: Final = frozenset({"almost", "virtually", "practically", "nearly", "literally"})
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def overnight(scan: Scan, m: re.Match[str]) -> Found | None:
    """A bare "overnight": the night just gone, the one before publication ("drones struck
    overnight, the army said on Saturday" = Friday TNI), or tonight in a clause that looks
    ahead. Untagged beside a date ("overnight on Tuesday": the weekday says which night), after
    a day named earlier in its sentence (the night after it or before it?), and figurative."""
    text = scan.text
    if (
        scan.anchor is None
        or _NOT_A_NIGHT_AFTER.match(text, m.end())
        or previous_word(text, m.start()) in _SUDDENLY
        or _FIGURATIVE_BEFORE.search(text, max(0, m.start() - 60), m.start())
    ):
        return None
    # In a quotation or a dated note, the night is that of the day it was said or written.
    base, whose, kind = day_of_utterance(scan, m.start(), scan.anchor)
    if (
        scan.reference is not None
        and scan.reference != base
        and scan.tenses.same_sentence(scan.reference_end, m.start())
    ):
        return None
    if scan.direction(m.start(), m.end()) == "future":
        night, which = base, f"the night of {whose}"
    else:
        night, which = base - timedelta(days=1), f"the night before {whose}"
    value = f"{night.isoformat()}TNI"
    # The night runs into the next morning: a range, so that a clock time after it ("the last
    # drone fell at 03:05") keeps the day of the text, not the evening the night began.
    hours = Interval(night, night + timedelta(days=1), "range")
    return calendar(
        m, "TIME", value, "overnight", f"overnight: {which} = {value}", base, kind,
        interval=hours,
    )  # fmt: skip


def _day_just_named(scan: Scan, start: int) -> date | None:
    """The day named within a few sentences before `start` ("Saturday: ... goes on into the
    night"), if the latest date named is a day."""
    value = scan.reference_value
    if scan.reference is None or value is None or not scan.reference_near(start):
        return None
    return scan.reference if _DAY_VALUE.fullmatch(value[:10]) else None


def twilight_alone(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "at dawn", "before dusk": that part of the day just named; with no day named, untagged
    (which dawn is not said)."""
    if previous_word(scan.text, m.start()) not in ("at", "before", "after", "by", "until"):
        return None
    day = _day_just_named(scan, m.start())
    if day is None:
        return None
    part = "MO" if m["word"].lower() in ("dawn", "daybreak") else "EV"
    value = f"{day.isoformat()}T{part}"
    return calendar(
        m, "TIME", value, "twilight-of-day", f"{m['word']} of the day just named = {value}",
        day, "reference",
    )  # fmt: skip


def the_night(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "went on into the night": the night of the day just named."""
    if previous_word(scan.text, m.start()) not in ("into", "through"):
        return None
    day = _day_just_named(scan, m.start())
    if day is None:
        return None
    value = f"{day.isoformat()}TNI"
    return calendar(
        m, "TIME", value, "night-of-day", f"the night of the day just named = {value}", day,
        "reference",
    )  # fmt: skip


def earlier_weekday(scan: Scan, m: re.Match[str]) -> Found | None:
    direction: Direction = "past" if m["edge"].lower() == "earlier" else None
    label = f"{m['edge'].lower()} {m['wd']}"
    return weekday_found(
        scan, m, WEEKDAYS[m["wd"].lower()], "earlier-weekday", direction=direction, label=label
    )




_FESTIVAL_AFTER = re.compile(r"\s+(?:Festival|Fair|Offensive|Campaign)\b")


def edge(scan: Scan, m: re.Match[str]) -> Found | None:
    word = m["edge"].lower()
    if word in ("end", "beginning", "start", "middle", "rest") and not (m["of"] and m["the"]):
        return None
    mod = EDGE_MODS[word]
    found: Found | None
    if m["part_of"] is not None:
        part = QUARTER.match(scan.text, m.end())
        found = quarter(scan, part) if part is not None else None
        if found is None:
            return None
        return replace(found, mod=mod, explanation=f"{word} of {found.explanation} (mod {mod})")
    if m["mon"]:
        month = month_number(m["mon"])
        if m["year"]:
            value = f"{m['year']}-{month:02d}"
            found = calendar(m, "DATE", value, "edge-month-year", f"{word} {value}", mod=mod)
        else:
            found = month_found(scan, m, month, "edge-month", mod)
    elif m["year2"]:
        found = calendar(m, "DATE", m["year2"], "edge-year", f"{word} {m['year2']}", mod=mod)
    elif m["decade"]:
        value = century_of_hundreds(m["decade"]) or m["decade"]  # "the early 1900s" = 19
        found = calendar(m, "DATE", value, "edge-decade", f"{word} {m['decade']}0s", mod=mod)
    elif m["wd"]:
        pod = m["pod"]
        suffix = f"T{PARTS_OF_DAY[pod.lower()]}" if pod else ""
        found = weekday_found(
            scan, m, WEEKDAYS[m["wd"].lower()], "edge-weekday", suffix, mod,
            "TIME" if pod else "DATE", label=f"{word} {m['wd']} (mod {mod})",
        )  # fmt: skip
    elif m["today"]:
        today = " ".join(m["today"].lower().split())
        if today == "the day" and word not in ("beginning", "start"):
            return None  # "at the end of the day": an idiom; "since the beginning of the day"
        offset = DAY_OFFSETS.get(today, 0)
        if scan.anchor is None:
            return unanchored(m, "DATE", "XXXX-XX-XX", f"edge-{today}")
        # In a quotation or a dated post, its day.
        base, whose, kind = day_of_utterance(scan, m.start(), scan.anchor)
        day = base + timedelta(days=offset)
        found = calendar(
            m, "DATE", day.isoformat(), "edge-day",
            f"{word} of {today}: {whose} {offset:+d} day = {day.isoformat()}", base, kind, mod,
        )  # fmt: skip
    elif m["season"]:
        if _FESTIVAL_AFTER.match(scan.text, m.end()):
            return None  # "the Mid-Autumn Festival": a holiday's name
        season = SEASONS[m["season"].lower()]
        if scan.anchor is None:
            return unanchored(m, "DATE", f"XXXX-{season}", "edge-season")
        srel = (m["srel"] or "the").lower()  # "since early summer": as "the summer"
        if srel == "the":
            direction = "past" if scan.signal(m.start()) == "since" else scan.direction(
                m.start(), m.end()
            )
            year = season_by_tense(season, scan.anchor, direction)
        else:
            year = season_start_year(season, scan.anchor, srel)
        found = calendar(
            m, "DATE", f"{year}-{season}", "edge-season",
            f"{word} {m['srel'] + ' ' if m['srel'] else ''}{m['season']} = {year}-{season}",
            scan.anchor, "publication", mod,
        )  # fmt: skip
    else:
        rel, unit = m["rel"].lower(), m["unit"].lower()
        if scan.anchor is None:
            return unanchored(m, "DATE", _UNKNOWN_UNIT[unit], f"edge-{rel}-{unit}")
        steps = _STEPS.get(rel, 0)  # "this", "the", "that": 0
        named = _period_named_for(scan, m, unit) if rel in ("the", "that") else None
        if named is not None:
            # "fought in the war of 1982 ... by the end of the decade": the decade of 1982
            value = unit_value(named, unit, 0)
            found = calendar(
                m, "DATE", value, f"edge-{rel}-{unit}",
                f"{word} of {rel} {unit}: of the period last named ({scan.reference_value}) "
                f"-> {value}", named, "reference", mod,
            )  # fmt: skip
        else:
            value = unit_value(scan.anchor, unit, steps)
            found = calendar(
                m, "DATE", value, f"edge-{rel}-{unit}",
                f"{word} of {rel} {unit}: publication {day_label(scan.anchor)} -> {value}",
                scan.anchor, "publication", mod,
            )  # fmt: skip
    if word.endswith("half") and found is not None:
        found = replace(found, interval=_half_of(value_interval(found.value), word))
    return found


def _half_of(whole: Interval | None, word: str) -> Interval | None:
    """ "the first half of May" = May 1-15 (its value: 2025-05, mod START)."""
    if whole is None:
        return None
    years = whole.end.year - whole.start.year + 1
    if years > 1:  # "the first half of the decade" = 2020-2024
        middle = whole.start.replace(year=whole.start.year + years // 2)
    else:
        middle = whole.start + timedelta(days=((whole.end - whole.start).days + 1) // 2)
    if word == "first half":
        return Interval(whole.start, middle - timedelta(days=1), "range")
    return Interval(middle, whole.end, "range")


def _period_named_for(scan: Scan, m: re.Match[str], unit: str) -> date | None:
    """The start of the period named within a few sentences that "the end of the <unit>" in a
    clause that does not look ahead refers to, when it is no coarser than the unit (and, after
    "since", does not lie ahead)."""
    named = value_interval(scan.reference_value) if scan.reference_value else None
    if (
        named is None
        or not scan.reference_near(m.start())
        or COARSENESS.get(named.granularity, 4) > COARSENESS.get(unit, 3)
        or scan.direction(m.start(), m.end()) == "future"
        # "the curfew, in force since the ninth of January, has been extended to the end of the
        # month": an end set ahead
        or moved_or_ordered(scan, m)
        # "killed since the start of the month" after "the next update will be issued on 1
        # September": a period ahead is not what time has run since
        or (
            scan.signal(m.start()) == "since"
            and (
                (scan.anchor is not None and named.start > scan.anchor)
                # "About 6,500 people have fled since the start of the month": time run up to
                # now, whatever period was named before
                or _PRESENT_PERFECT_BEFORE.search(scan.text, max(0, m.start() - 100), m.start())
            )
        )
    ):
        return None
    return named.start


_PRESENT_PERFECT_BEFORE = re.compile(r"\b(?:has|have|'ve)\s[^.;!?\n]*\Z")


def season_year(scan: Scan, m: re.Match[str]) -> Found | None:
    year = m["year"] or spoken_year(m["spoken"])
    value = f"{year}-{SEASONS[m['season'].lower()]}"
    return calendar(m, "DATE", value, "season-year", f"{m['season']} of {year}")


# Words after which a bare season names a time: "in spring", "by summer", "since the winter".
_BEFORE_SEASON: Final = frozenset({
    "in", "during", "the", "this", "over", "through", "throughout", "into", "by", "until",
    "till", "before", "after", "since",
})  # fmt: skip


_NAME_WORD = re.compile(r" [A-Z][a-z]")
# A season as the subject of its coming: "with winter approaching", "as spring nears".
_SEASON_COMING = re.compile(
    r"\s+(?:approach(?:es|ing)?|is\s+coming|coming\s+on|looms|looming|nears|nearing|"
    r"sets\s+in|setting\s+in|closes\s+in|closing\s+in)\b"
)


# American "fall" is a season only as "in the fall", "by the fall", "since the fall, ...".
_BEFORE_THE_FALL: Final = frozenset(
    {"in", "during", "by", "since", "until", "till", "through", "over", "before"}
)
_FALL_OF = re.compile(r"\s+(?:of|in|from|to|on)\b")


def season_alone(scan: Scan, m: re.Match[str]) -> Found | None:
    word = m["season"].lower()
    if word == "fall" and not (
        m["the"] is not None
        and previous_word(scan.text, m.start()) in _BEFORE_THE_FALL
        and not _FALL_OF.match(scan.text, m.end())
    ):
        return None  # "the fall of Kabul", "a fall in prices", "shells fall"
    coming = _SEASON_COMING.match(scan.text, m.end()) is not None  # its own verb: ahead
    if m["the"] is None and not coming and previous_word(scan.text, m.start()) not in (
        _BEFORE_SEASON
    ):
        return None
    if m["season"][0].isupper() and _NAME_WORD.match(scan.text, m.end()):
        return None  # "the Spring Festival", "the Winter Palace": a name
    season = SEASONS[word]
    if scan.anchor is None:
        return unanchored(m, "DATE", f"XXXX-{season}", "season")
    if coming:
        direction: Direction = "future"
    elif scan.signal(m.start()) == "since":
        direction = "past"  # "the fourth round since the spring", whatever verb is near
    else:
        direction = scan.direction(m.start(), m.end())
    year = season_by_tense(season, scan.anchor, direction)
    value = f"{year}-{season}"
    how = {"future": "under way at or next after", "past": "latest begun by"}.get(
        direction or "", "nearest"
    )
    return calendar(
        m, "DATE", value, "season",
        f"{word} in {tense_label(direction)} clause: the one {how} publication "
        f"{day_label(scan.anchor)} = {value}",
        scan.anchor, "publication",
    )  # fmt: skip


def season_by_tense(season: str, anchor: date, direction: Direction) -> int:
    """The year of "the <season>": ahead, the season under way at `anchor` or else the next
    one; behind, the latest begun by `anchor`; with no tense, the nearer of those two."""
    year = season_start_year(season, anchor, "this")
    current = value_interval(f"{year}-{season}")
    if current is None:
        raise ValueError("season beyond the calendar")  # the scan reads it as not resolvable
    ahead = year + 1 if current.end < anchor else year
    behind = year - 1 if current.start > anchor else year
    if direction == "future" or ahead == behind:
        return ahead
    if direction == "past":
        return behind
    # Neither contains the anchor: the earlier one has ended, the later not begun.
    ended, coming = value_interval(f"{behind}-{season}"), value_interval(f"{ahead}-{season}")
    if ended is None or coming is None:
        raise ValueError("season beyond the calendar")  # a publication date in year 9999
    return ahead if coming.start - anchor < anchor - ended.end else behind


_QUARTER_NUMBERS: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}


# Words of a game report: a half or quarter near them is a part of the match, not of a year.
_MATCH_WORDS = re.compile(
    r"\b(?:scored|scores|scoring|goals?|match|matches|game|games|half-?time|penalty|penalties|"
    r"kick-?off|touchdowns?|innings|equali[sz](?:ed|er|ing)|striker|stoppage|whistle|"
    r"\d{1,3}-\d{1,3}(?![\d-]))\b",
    re.IGNORECASE,
)
# How far around a half or quarter, within its sentence, the match words are looked for.
_MATCH_REACH: Final = 80
_SENTENCE_BREAK = re.compile(r"[.!?\n]\s")


# A half or quarter of something other than a period: "the first half of the book".
_HALF_OF_A_THING = re.compile(
    r"\s+of\s+(?:the|this|that|his|her|its|their|our)\s+"
    r"(?!(?:year|month|decade|century|season|fiscal|financial|calendar|current|week|new|next|"
    r"coming|following|last|previous|same|present)\b)[a-z]",
    re.IGNORECASE,
)


def _in_a_match(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - _MATCH_REACH) : start]
    after = text[end : end + _MATCH_REACH]
    before = _SENTENCE_BREAK.split(before)[-1]
    after = _SENTENCE_BREAK.split(after)[0]
    return _MATCH_WORDS.search(before) is not None or _MATCH_WORDS.search(after) is not None


# An event placed inside a period ("will fall in the second half"), not a report on one ("a
# rise in its third-quarter figures", "in the third quarter results").
_INSIDE_SIGNALS: Final = frozenset({"in", "during", "over", "through", "throughout"})
_REPORT_AFTER = re.compile(
    r"\s+(?:results|figures|earnings|profits?|sales|revenues?|numbers|data|report)\b", re.I
)


def quarter(scan: Scan, m: re.Match[str]) -> Found | None:
    part = m["part"].lower()
    which = (m["which"] or "").lower()
    if not which and not m["the"]:
        return None
    if part == "half":
        # "the last half of 1989" is its second half; "the last half" alone is a span of time.
        if which == "last" and (m["year"] or m["year2"] or m["yrel"]):
            which = "second"
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
    year_word = m["yrel"] or m["yrel2"]
    if not year_word and (
        _in_a_match(scan.text, m.start(), m.end()) or _HALF_OF_A_THING.match(scan.text, m.end())
    ):
        # "scored twice in the second half": a half of the game; "the first half of the book"
        return None
    if scan.anchor is None:
        return unanchored(m, "DATE", f"XXXX-{value_suffix}", "quarter")
    if year_word:
        year = scan.anchor.year + _STEPS.get(year_word.lower(), 0)
        value = f"{year}-{value_suffix}"
        return calendar(
            m, "DATE", value, "quarter-of-year",
            f"{which} {part} of {year_word} year, publication {day_label(scan.anchor)} = {value}",
            scan.anchor, "publication",
        )  # fmt: skip
    direction = scan.direction(m.start(), m.end())
    months = 3 if letter == "Q" else 6
    first_month = (number - 1) * months + 1
    year = scan.anchor.year
    if direction == "past":  # reported results: the latest such period already begun
        how = "latest begun by"
        if date(year, first_month, 1) > scan.anchor:
            year -= 1
    else:  # "expects to report third-quarter results": forecasts name past periods too
        how = "nearest"
        year = nearest_period_year(first_month, months, scan.anchor, direction)
        if (
            direction == "future"
            and scan.signal(m.start()) in _INSIDE_SIGNALS
            and add_months(date(year, first_month, 1), months) <= scan.anchor
            and "-" not in m.group()
            and not _REPORT_AFTER.match(scan.text, m.end())
        ):  # "would fall in the second half" (in March): no period already over
            how = "first not yet over at"
            year += 1
    if _YEAR_AGO_BEFORE.search(scan.text, max(0, m.start() - 20), m.start()):
        # "in the year-ago third quarter": the same quarter a year before the one just read
        year -= 1
        how += " a year back from"
    value = f"{year}-{value_suffix}"
    return calendar(
        m, "DATE", value, "quarter",
        f"{which} {part} in {tense_label(direction)} clause: the {how} publication "
        f"{day_label(scan.anchor)} = {value}",
        scan.anchor, "publication",
    )  # fmt: skip


# Earnings copy's comparison a year back: "the year-ago third quarter", "the year-earlier
# second quarter".
_YEAR_AGO_BEFORE = re.compile(r"\byear-(?:ago|earlier)\s+\Z", re.IGNORECASE)


def _relative_quarter(scan: Scan, m: re.Match[str], which: str) -> Found | None:
    """ "the quarter", "the latest quarter": the quarter last named, else the one just ended;
    "the quarter ended Sept. 30": the calendar quarter that day closes."""
    if which == "" and (ended := _ENDED.match(scan.text, m.end())):
        return _quarter_ended(scan, m, ended)
    reference_value = scan.reference_value
    if stated_year := m["year"] or m["year2"]:
        return _quarter_of_year(scan, m, stated_year, reference_value)
    if reference_value and QUARTER_VALUE.fullmatch(reference_value) and which in ("", "latest"):
        named = value_interval(reference_value)
        if which == "latest" and named and scan.anchor and named.end > scan.anchor:
            reference_value = None  # "the latest quarter" has ended: not a forecast one named
        elif year_back := _A_YEAR_BACK.match(scan.text, m.end()):
            # "for the quarter a year ago": the quarter last named, a year back
            shifted = f"{int(reference_value[:4]) - 1}{reference_value[4:]}"
            return Found(
                year_back.end(), "DATE", shifted, "quarter-reference",
                f"the quarter last named ({reference_value}) a year back = {shifted}",
                scan.reference, "reference", value_interval(shifted),
            )  # fmt: skip
        else:
            return calendar(
                m, "DATE", reference_value, "quarter-reference",
                f"the quarter last named: {reference_value}", scan.reference, "reference",
            )  # fmt: skip
    if (
        which in ("previous", "preceding", "prior", "following")
        and reference_value
        and QUARTER_VALUE.fullmatch(reference_value)
        and scan.reference_near(m.start())
        and (named := value_interval(reference_value)) is not None
    ):
        # "rose in the third quarter, a third more than in the previous quarter": the one
        # before the quarter just named
        value = unit_value(named.start, "quarter", 1 if which == "following" else -1)
        return calendar(
            m, "DATE", value, "quarter-reference",
            f"the {which} quarter: from the quarter last named ({reference_value}) = {value}",
            named.start, "reference",
        )  # fmt: skip
    if scan.anchor is None:
        return unanchored(m, "DATE", "XXXX-QX", "quarter")
    steps = {"current": 0, "next": 1}.get(which, -1)
    if which == "" and scan.direction(m.start(), m.end()) == "future":
        steps = 0
    value = unit_value(scan.anchor, "quarter", steps)
    return calendar(
        m, "DATE", value, "quarter-relative",
        f"{which or 'the'} quarter relative to publication {day_label(scan.anchor)} = {value}",
        scan.anchor, "publication",
    )  # fmt: skip


def _quarter_of_year(
    scan: Scan, m: re.Match[str], year: str, reference_value: str | None
) -> Found | None:
    """ "the 1988 quarter": the quarter last named (else the one before publication's), in
    the year stated."""
    named = QUARTER_VALUE.fullmatch(reference_value) if reference_value else None
    if named is not None:
        number = int(named[2])
    elif scan.anchor is not None:
        number = int(unit_value(scan.anchor, "quarter", -1)[-1])
    else:
        return unanchored(m, "DATE", f"{year}-QX", "quarter-of-year")
    value = f"{year}-Q{number}"
    if named is not None:
        return calendar(
            m, "DATE", value, "quarter-of-stated-year",
            f"the quarter last named ({reference_value}), in {year} = {value}", scan.reference,
            "reference",
        )  # fmt: skip
    return calendar(
        m, "DATE", value, "quarter-of-stated-year",
        f"the quarter before publication's, in {year} = {value}", scan.anchor, "publication",
    )  # fmt: skip


_A_YEAR_BACK = re.compile(r"\s+a\s+year\s+(?:ago|earlier)(?!\w)")


def _quarter_ended(scan: Scan, m: re.Match[str], ended: re.Match[str]) -> Found | None:
    last_day = _ended_day(scan, ended)
    if last_day is None:
        return unanchored(m, "DATE", "XXXX-QX", "quarter-ended")
    if not _closes_quarter(last_day):
        # "the quarter ended Oct. 31": a fiscal quarter, no calendar one
        return Found(m.end(), "DURATION", "P1Q", "quarter-ended", "the three months ended")
    value = f"{last_day.year}-Q{last_day.month // 3}"
    return calendar(
        m, "DATE", value, "quarter-ended",
        f"the calendar quarter ended {last_day.isoformat()} = {value}", scan.anchor, "publication",
    )  # fmt: skip


def _closes_quarter(day: date) -> bool:
    """In the last week of March, June, September or December ("ended Sept. 29")."""
    return day.month % 3 == 0 and day.day > month_end(day.year, day.month).day - 7


def _year_ended(scan: Scan, m: re.Match[str], ended: re.Match[str]) -> Found | None:
    last_day = _ended_day(scan, ended)
    if last_day is None:
        return unanchored(m, "DATE", "XXXX", "the-year-ended")
    if (last_day.month, last_day.day) != (12, 31):
        # "for the year ended March 31": the twelve months to that day, no calendar year
        return Found(m.end(), "DURATION", "P1Y", "the-year-ended", "the twelve months ended")
    value = str(last_day.year)
    return calendar(
        m, "DATE", value, "the-year-ended", f"the calendar year ended {last_day.isoformat()}",
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
        m, "DATE", value, "quarter", f"Q{number} nearest publication {day_label(scan.anchor)}",
        scan.anchor, "publication",
    )  # fmt: skip


_BEFORE_WEEKEND: Final = (3, 4)  # Thursday, Friday: the coming weekend is the nearer one


def weekend(scan: Scan, m: re.Match[str]) -> Found | None:
    if m["the"] is None and previous_word(scan.text, m.start()) not in ("over", "on", "at"):
        return None
    if scan.anchor is None:
        return unanchored(m, "DATE", "XXXX-WXX-WE", "weekend")
    # "since the weekend" lies behind, whatever the verbs after it.
    since = scan.signal(m.start()) == "since"
    direction = "past" if since else scan.direction(m.start(), m.end())
    anchor = scan.anchor
    if m["after_next"]:
        # "the weekend after next": the one after the coming weekend (on a Saturday, the
        # coming one is next week's)
        saturday = anchor + timedelta(days=(5 - anchor.weekday() - 1) % 7 + 1 + 7)
        value = week_value(saturday) + "-WE"
        direction = "future"
    elif anchor.weekday() >= 5:
        value = week_value(anchor) + "-WE"  # on a Saturday or Sunday, that weekend
    elif direction == "future" or (direction is None and anchor.weekday() in _BEFORE_WEEKEND):
        # untensed ("snow through the weekend" in a Thursday forecast): the nearer weekend
        saturday = anchor + timedelta(days=(5 - anchor.weekday() - 1) % 7 + 1)
        value = week_value(saturday) + "-WE"
    else:
        value = last_weekend(anchor)
    return calendar(
        m, "DATE", value, "weekend",
        f"the weekend in {tense_label(direction)} clause, publication {day_label(anchor)} "
        f"= {value}",
        anchor, "publication",
    )  # fmt: skip


def ordinal_day(scan: Scan, m: re.Match[str]) -> Found | None:
    if m["lower"] is not None and previous_word(scan.text, m.start()) not in DAY_GOVERNORS:
        return None  # "the 14th century", "the 9th brigade"
    day = int(m["day"])
    base = scan.base()
    if base is None:
        return unanchored(m, "DATE", f"XXXX-XX-{day:02d}", "ordinal-day")
    anchor, kind = base
    resolved = safe_date(anchor.year, anchor.month, day)
    if resolved is None:
        return None
    publication = scan.anchor
    if (
        publication is not None
        and resolved > publication
        and scan.direction(m.start(), m.end()) == "past"
    ):
        # "They were meant to open on the 26th" after a day named ahead: a past 26th, the most
        # recent on or before publication.
        month_start = publication.replace(day=1)
        back = month_start if day <= publication.day else month_start - timedelta(days=1)
        earlier = safe_date(back.year, back.month, day)
        if earlier is not None:
            anchor, kind, resolved = publication, "publication", earlier
    return calendar(
        m, "DATE", resolved.isoformat(), "ordinal-day",
        f"day {day} of the month of {anchor.isoformat()} ({kind}) = {resolved.isoformat()}",
        anchor, kind,
    )  # fmt: skip


def same_day(scan: Scan, m: re.Match[str]) -> Found | None:
    if m["wd"]:
        return _weekday_of_reference(scan, m)
    side = {"before": "previous", "after": "following"}.get((m["side"] or "").lower())
    counted_from = _DAY_BEFORE_WHAT.match(scan.text, m.end()) if side else None
    if counted_from and counted_from[1].lower() not in _AFTER_ADVERB_DAY:
        # "the day before authorities issued a warrant": counted from that event, so it names
        # only a date it stands beside ("last seen Nov. 3, the day before ...")
        if not APPOSITION.fullmatch(scan.text, scan.reference_end, m.start()):
            return None
        side = "same"
    if m["same_unit"] and (
        _CLAUSE_AFTER_SAME.match(scan.text, m.end()) or not scan.reference_near(m.start())
    ):
        return None  # "in the same month the siege was lifted": the month of that event
    rel = (m["rel"] or side or "same").lower()
    steps = _STEPS.get(rel, 0)  # "same": 0
    unit = (m["unit"] or m["sunit"] or m["same_unit"] or "day").lower()
    if m["sunit"] and unit != "day":
        # "ambushed a patrol the week before": the unit before the one last named
        return reference_step(scan, m, unit, steps)
    pod = m["pod"] or m["pod2"]
    if pod:
        # "the next morning", "that evening": a part of the day counted from the last one named
        day = reference_step(scan, m, "day", steps)
        if day is None or day.interval is None:
            return day
        value = f"{day.value}T{PARTS_OF_DAY[pod.lower()]}"
        return replace(day, type="TIME", value=value, explanation=f"{day.explanation}, {pod}")
    if unit == "day":
        return reference_step(scan, m, "day", steps)
    # "that year", "later that month": the unit of the period last named.
    named = value_interval(scan.reference_value) if scan.reference_value else None
    if named is None:
        return None
    value = unit_value(named.start, unit, 0)
    return calendar(
        m, "DATE", value, f"that-{unit}",
        f"that {unit}: the {unit} of the period last named ({scan.reference_value}) = {value}",
        named.start, "reference",
    )  # fmt: skip


def _weekday_of_reference(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "That Friday": the first Friday on or after the day last named, within a few sentences;
    "the following Monday" the first strictly after it, "the previous Friday" the last strictly
    before it. With no day named, None: the weekday is read alone."""
    rel = (m["wrel"] or "that").lower()
    if rel == "that" and (
        scan.text.startswith(("'s", "’s"), m.end())
        or (m.group()[0] == "t" and previous_word(scan.text, m.start()) not in DAY_GOVERNORS)
    ):
        return None  # "said Tuesday that Sunday's elections will go ahead": a conjunction
    named = _day_just_named(scan, m.start())
    if named is None:
        return None
    weekday = WEEKDAYS[m["wd"].lower()]
    if rel in ("previous", "preceding"):
        day = named - timedelta(days=(named.weekday() - weekday - 1) % 7 + 1)
        how = "last strictly before"
    elif rel == "that":
        day = named + timedelta(days=(weekday - named.weekday()) % 7)
        how = "first on or after"
    else:
        day = named + timedelta(days=(weekday - named.weekday() - 1) % 7 + 1)
        how = "first strictly after"
    return calendar(
        m, "DATE", day.isoformat(), f"weekday-{rel}",
        f"{m.group()}: the {how} the day last named ({named.isoformat()}) = {day.isoformat()}",
        named, "reference",
    )  # fmt: skip


_CLAUSE_AFTER_SAME = re.compile(
    r"\s+(?:the|a|an|as|that|when|which|his|her|its|their|of|last|this|next|in|[A-Z])\b"
)


# The word after "the day before/after": one of these follows the adverb ("left the day
# before and", "the day before he had met"); another starts what the day is counted from ("the
# day before last Tuesday's vote", "the day before authorities issued a warrant").
_DAY_BEFORE_WHAT = re.compile(r"[ \t]+([A-Za-z]+)")
_AFTER_ADVERB_DAY: Final = frozenset({
    "i", "he", "she", "it", "we", "they", "you", "and", "but", "or", "in", "at", "on", "to",
    "from", "with", "when", "as", "while", "near", "by", "for", "into", "amid", "during", "so",
    "then", "too", "also", "was", "were", "had",
})  # fmt: skip


_AHEAD = re.compile(r"\s+ahead\b")
_AWARD_BEFORE = re.compile(
    r"\b(?:player|man|woman|person|coach|team|athlete|album|book|song|goal|quote|picture|photo|"
    r"image|video|chart|question|word|numbers?|figures?)\s+of\s+\Z",
    re.IGNORECASE,
)


def the_unit(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "the year", "the week": the one the story is in (of the period named in the last few
    sentences, else of publication)."""
    unit = m["unit"].lower()
    if m["year"]:
        if unit != "year":
            return None  # "the week 2007": no such expression
        return calendar(m, "DATE", m["year"], "the-year-number", "explicit year")
    if unit == "year" and (ended := _ENDED.match(scan.text, m.end())):
        return _year_ended(scan, m, ended)
    if ahead := _AHEAD.match(scan.text, m.end()):
        return span_found(scan, m, "coming", 1, unit, ahead.end())  # "in the week ahead"
    if _AWARD_BEFORE.search(scan.text, max(0, m.start() - 20), m.start()):
        return None  # "player of the year": an award, no date
    named = None
    if scan.reference_value and scan.reference_near(m.start()):
        named = value_interval(scan.reference_value)
    if (
        named is not None
        and scan.anchor is not None
        and named.start > scan.anchor
        and scan.direction(m.start(), m.end()) != "future"
    ):
        # "... ahead to what 2027 may bring. For the year as a whole, the mission recorded":
        # a year still ahead is not the one a report in another tense sums up
        named = None
    kind: AnchorKind
    if named is not None:
        anchor, kind = named.start, "reference"
    elif scan.anchor is not None:
        anchor, kind = scan.anchor, "publication"
    else:
        return unanchored(m, "DATE", _UNKNOWN_UNIT[unit], f"the-{unit}")
    value = unit_value(anchor, unit, 0)
    return calendar(
        m, "DATE", value, f"the-{unit}",
        f"the {unit} of {anchor.isoformat()} ({kind}) = {value}", anchor, kind,
    )  # fmt: skip


def this_day(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "on this day last year", "on this day in 1995": the publication's month and day in that
    year (29 February in another year: the 28th); "this time last year" the same, mod APPROX."""
    if scan.anchor is None:
        return unanchored(m, "DATE", "XXXX-XX-XX", "this-day")
    # In a quotation or a dated post, "this day" is the day it was said or posted.
    base, whose, kind = day_of_utterance(scan, m.start(), scan.anchor)
    year = base.year - 1 if m["last"] else int(m["year"])
    day = safe_date(year, base.month, base.day) or date(year, 2, 28)
    unit = m["unit"].lower()
    return calendar(
        m, "DATE", day.isoformat(), f"this-{unit}",
        f"this {unit} ({whose}) in {year} = {day.isoformat()}", base, kind,
        "APPROX" if unit == "time" else None,
    )  # fmt: skip


def the_new_year(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "in the new year": from July on, the year after publication ("a deal is expected in the
    new year"); before July, or after "since", the year publication is in ("since the new
    year")."""
    if scan.anchor is None:
        return unanchored(m, "DATE", "XXXX", "new-year")
    ahead = scan.anchor.month >= 7 and scan.signal(m.start()) != "since"
    year = scan.anchor.year + 1 if ahead else scan.anchor.year
    which = "the year after" if ahead else "the year of"
    return calendar(
        m, "DATE", str(year), "new-year",
        f"the new year: {which} publication {scan.anchor.isoformat()} = {year}", scan.anchor,
        "publication",
    )  # fmt: skip


def the_week_of(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "the week of March 6", "the week through Friday": the ISO week of the day, which
    resolves as a date or weekday alone would."""
    day: Found | None
    if m["wd"]:
        day = weekday_found(scan, m, WEEKDAYS[m["wd"].lower()], "week-of")
    else:
        month, day_number = month_number(m["mon"] or m["mon2"]), int(m["day"] or m["day2"])
        day = month_day_found(scan, m, month, day_number, m["year"], "week-of")
    if day is None or day.interval is None:
        return day  # unanchored: the day keeps its X placeholders
    value = week_value(day.interval.start)
    return calendar(
        m, "DATE", value, day.rule, f"the week of {day.value} ({day.explanation}) = {value}",
        day.anchor, day.anchor_kind,
    )  # fmt: skip


# "the quarter ended Sept. 30", "the year ending June 30, 1990".
_ENDED = re.compile(
    rf"\s+(?P<verb>ended|ending)\s+(?:(?:on\s+)?{MONTH}\s+(?P<day>[12]\d|3[01]|0?[1-9])(?!\d)"
    rf"(?:,?\s+{YEAR})?|(?P<rel>yesterday|today|tomorrow)(?!\w))"
)


def _ended_day(scan: Scan, ended: re.Match[str]) -> date | None:
    """The day a period ended or ends on: stated with its year, else the latest such day on or
    before publication ("ended"), or the nearest ("ending")."""
    if ended["rel"]:
        if scan.anchor is None:
            return None
        return scan.anchor + timedelta(days=DAY_OFFSETS[ended["rel"]])
    month, day = month_number(ended["mon"]), int(ended["day"])
    if ended["year"]:
        return safe_date(int(ended["year"]), month, day)
    if scan.anchor is None:
        return None
    if ended["verb"] == "ending":
        return resolve_month_day(month, day, scan.anchor, None)
    for year in (scan.anchor.year, scan.anchor.year - 1):
        candidate = safe_date(year, month, day)
        if candidate is not None and candidate <= scan.anchor:
            return candidate
    return None



def year_earlier(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "year-earlier", "the year-ago quarter": the period last named, a year back; a period
    that ended most of a year before publication is already the earlier one."""
    compared = _compared_period(scan, (m["period"] or "").lower())
    if compared is not None:
        value, interval = compared
        if scan.anchor is not None and interval.end < scan.anchor - _EARLIER_ALREADY:
            return calendar(
                m, "DATE", value, "year-earlier-reference",
                f"the period last named ({value}) is the year-earlier one", scan.reference,
                "reference",
            )  # fmt: skip
        shifted = shift_value(value, -1, "Y")
        if shifted is not None:
            return calendar(
                m, "DATE", shifted, "year-earlier-reference",
                f"a year before the period last named ({value}) = {shifted}",
                scan.reference, "reference",
            )  # fmt: skip
    return _year_before_publication(scan, m)


def _year_before_publication(scan: Scan, m: re.Match[str]) -> Found:
    if scan.anchor is None:
        return unanchored(m, "DATE", "XXXX", "year-earlier")
    value = str(scan.anchor.year - 1)
    return calendar(
        m, "DATE", value, "year-earlier", f"the year before publication = {value}",
        scan.anchor, "publication",
    )  # fmt: skip


def same_period_last_year(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "the same period last year": a year before the period named earlier in its sentence
    ("revenue fell in the first quarter from the same period last year" = the first quarter a
    year back); without one, only the year is known."""
    if scan.reference_end < 0 or not scan.tenses.same_sentence(scan.reference_end, m.start()):
        return _year_before_publication(scan, m)
    return year_earlier(scan, m)


# A period named that ended this long before publication is itself the year-earlier one
# ("a loss in the 1988 period. The year-ago results ..." in a November 1989 report).
_EARLIER_ALREADY: Final = timedelta(days=270)


def _compared_period(scan: Scan, period: str) -> tuple[str, Interval] | None:
    """The period last named that a "year-earlier" figure compares with: none if it lies
    ahead of publication (a forecast); a day closing a calendar quarter ("the quarter ended
    Sept. 30") stands for that quarter, another day for its quarter or year."""
    value = scan.reference_value
    interval = value_interval(value) if value else None
    if value is None or interval is None:
        return None
    if scan.anchor is not None and interval.start > scan.anchor:
        return None
    if interval.granularity == "day":
        day = interval.start
        quarter = period == "quarter" or _closes_quarter(day)
        value = f"{day.year}-Q{quarter_of(day)}" if quarter else str(day.year)
        interval = value_interval(value)
        return (value, interval) if interval else None
    if period == "quarter" and not QUARTER_VALUE.fullmatch(value):
        return None
    return value, interval


def year_to_date(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "year-to-date": the year of publication so far, as "earlier this year"."""
    if scan.anchor is None:
        return unanchored(m, "DATE", "XXXX", "year-to-date")
    anchor = scan.anchor
    return calendar(
        m, "DATE", str(anchor.year), "year-to-date",
        f"the year of publication {day_label(anchor)} up to it", anchor, "publication",
        interval=Interval(date(anchor.year, 1, 1), anchor, "range"),
    )  # fmt: skip


def year_end(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "year-end": the end (mod END) of the year whose December 31 the month-day rule picks,
    so a past-tense "at year-end" early in a year is the year before."""
    if scan.anchor is None:
        return unanchored(m, "DATE", "XXXX", "year-end")
    direction = scan.direction(m.start(), m.end())
    last_day = resolve_month_day(12, 31, scan.anchor, direction)
    assert last_day is not None  # December 31 exists every year
    value = str(last_day.year)
    return calendar(
        m, "DATE", value, "year-end",
        f"end of the year ({tense_label(direction)}) nearest publication "
        f"{day_label(scan.anchor)} = {value} (mod END)",
        scan.anchor, "publication", "END",
    )  # fmt: skip

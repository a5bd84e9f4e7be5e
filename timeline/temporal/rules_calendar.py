"""Rules for expressions that name the calendar: month names, weekdays, numeric and ISO dates,
clock times, years, decades, centuries and fiscal years."""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Final, Literal

from timeline.model import AnchorKind, Interval, TimexType
from timeline.temporal import patterns as P
from timeline.temporal.lexicon import (
    DAY_OFFSETS,
    EDGE_MODS,
    NUMBER_WORDS,
    PARTS_OF_DAY,
    WEEKDAY_WORDS,
    WEEKDAYS,
    month_number,
)
from timeline.temporal.resolve import (
    Direction,
    add_months,
    holiday_date,
    nearest_holiday,
    resolve_month,
    resolve_month_day,
    resolve_weekday,
    safe_date,
)
from timeline.temporal.scan import (
    DEADLINE_SIGNALS,
    Found,
    Scan,
    calendar,
    chronology_weekday,
    chronology_year,
    day_label,
    day_of_utterance,
    heads_entry,
    opens_line,
    post_day,
    previous_word,
    tense_label,
    unanchored,
)
from timeline.temporal.values import value_interval

# ---------------------------------------------------------------- months and days


_MONTH_CONTEXT: Final = frozenset(
    {"in", "since", "until", "till", "by", "from", "through", "to", "during", "of", "early",
     "late", "mid", "before", "after", "between", "and", "or", "last", "next", "this", "for",
     "throughout", "around", "end", "beginning", "start", "middle", "that", "each", "every",
     "into"}
)  # fmt: skip
# "as recently as June", "as early as May", "as late as August": a month, not "such as June".
_AS_FAR_AS = re.compile(r"\bas\s+(?:recently|early|late|long\s+ago|far\s+back)\s+as\s+\Z", re.I)
_LOWERCASE_NEXT = re.compile(r" [a-z]")
_NOUN_NEXT = re.compile(r" (?!of\b)[a-z]")  # "the March deal"; not "the March of Dimes"
_CAPITALISED_NEXT = re.compile(r" [A-Z][a-z]")
_AMBIGUOUS_MONTHS: Final = frozenset({"may", "march", "june", "august"})


def month_day_year(scan: Scan, m: re.Match[str]) -> Found | None:
    month, day = month_number(m["mon"]), int(m["day"])
    if m["yrel"]:  # "June 23 last year"
        if scan.anchor is None:
            return unanchored(m, "DATE", f"XXXX-{month:02d}-{day:02d}", "month-day-relative-year")
        year = scan.anchor.year + {"last": -1, "this": 0, "next": 1}[m["yrel"].lower()]
        resolved = safe_date(year, month, day)
        if resolved is None:
            return None
        return calendar(
            m, "DATE", resolved.isoformat(), "month-day-relative-year",
            f"{m['mon']} {day} {m['yrel']} year: publication {day_label(scan.anchor)} -> "
            f"{resolved.isoformat()}", scan.anchor, "publication",
        )  # fmt: skip
    return month_day_found(scan, m, month, day, _stated_year(scan, m), "month-day")


def _stated_year(scan: Scan, m: re.Match[str]) -> str | None:
    """The year of a day: its own, else that of a pair it starts ("May 1-3, 2003", "August 6
    and 9, 1945", "1 January and 15 November 2024")."""
    if m["year"] is None and (pair := _PAIR_YEAR.match(scan.text, m.end())):
        return pair["year"]
    return m["year"]


# The rest of a pair of days whose year comes after the second: "-3, 2003", " and 9, 1945",
# " - June 2, 2003", " and 15 November 2024".
_PAIR_YEAR = re.compile(
    rf"\s*(?:-|–|and|to|through|&)\s*(?:{P.MONTH_NAME}\s+)?\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:\s+(?:of\s+)?{P.MONTH_NAME})?,?\s+(?P<year>1[6-9]\d\d|20\d\d)(?![\d%])"
)


# A weekday granted as a deadline for a purpose: "gave the rebels until Friday to lay down their
# arms", "has until Friday to file". The grant may be past; the deadline, days after it, lies
# ahead (a month or a day of a month may have been granted long before: "an earlier resolution
# gave Iran until August 31 to suspend enrichment").
_GRANTED_BEFORE = re.compile(
    r"\b(?:gave|given|give|gives|giving|granted|grants?|allowed|allows?|set|sets|extended|"
    r"extends?|had|has|have)\b[^.;!?]{0,60}?\s(?:until|till|by)\s+\Z"
)
_PURPOSE_AFTER = re.compile(
    r",?\s+to\s+(?!(?:a|an|the|its|their|his|her|our|this|that|these|those|some|any|no)\b)[a-z]"
)


# An event moved to a later date, or an order to act by one: the date lies ahead of the past verb
# ("the hearing was adjourned until Thursday", "told the rebels to hand over the bodies by
# midnight Friday").
_MOVED_TO = re.compile(
    r"\b(?:adjourned|postponed|deferred|delayed|rescheduled|put\s+off|pushed\s+back|extended)\b"
    r"[^.;!?]{0,40}?\s(?:until|till|to)\s+\Z"
)
_ORDERED_BY = re.compile(
    r"\b(?:told|ordered|asked|urged|instructed|called\s+on|required|demanded)\s"
    r"[^.;!?]{0,60}?\bto\s+[a-z]+\b[^.;!?,]{0,60}?\s(?:by|before|no\s+later\s+than)\s+\Z"
)


# A promise to act by a deadline: "agreed to exchange lists by Friday", "vowed to return to power
# by Monday". It looks ahead, but the deadline may have passed ("pledged to issue it by Nov. 21,
# which has not happened": three days ago), so no surer than a tense.
_PROMISED_BY = re.compile(
    r"\b(?:agreed|promised|pledged|vowed|undertook)\s+(?:\w+\s+)?to\s+[a-z]+\b[^.;!?,]{0,60}?\s"
    r"(?:by|before|no\s+later\s+than)\s+\Z"
)


# An arrangement agreed, announced or imposed from a weekday begins with or after the decision:
# "agreed on Friday to a ceasefire from midnight on Sunday", "imposed a curfew from 10 p.m. on
# Saturday" look ahead, unless a day before publication is named between the two ("agreed on
# Monday to a truce from Wednesday, which has held" is read by its tense).
_ARRANGED_FROM = re.compile(
    r"\b(?:agreed|announced|declared|imposed|ordered|decreed|approved|introduced|signed)\b"
    r"[^.;!?\n]{0,100}\b(?:from|starting(?:\s+from)?|beginning|effective(?:\s+from)?)\s+\Z"
)


_ARRANGED_SIGNALS: Final = frozenset({"from", "starting", "beginning", "effective"})


def _arranged_from(scan: Scan, start: int) -> bool:
    # The look back runs only after the words that can end it: most weekdays follow none.
    if previous_word(scan.text, start) not in _ARRANGED_SIGNALS:
        return False
    arranged = _ARRANGED_FROM.search(scan.text, max(0, start - 140), start)
    if arranged is None:
        return False
    decided = scan.reference
    return not (
        decided is not None
        and scan.anchor is not None
        and decided < scan.anchor
        and scan.reference_end > arranged.start()
    )


def _direction(scan: Scan, m: re.Match[str], day: bool = False) -> Direction:
    """The tense of the clause, except that a date after "since" lies behind (`_since`) and one
    granted as a deadline for a purpose (`_GRANTED_BEFORE`, weekdays), ordered as one
    (`_ORDERED_BY`) or an event is moved to (`_MOVED_TO`) lies ahead."""
    if _since(scan, m):
        return "past"
    text, start = scan.text, m.start()
    if day and _PURPOSE_AFTER.match(text, m.end()) and _GRANTED_BEFORE.search(
        text, max(0, start - 80), start
    ):
        return "future"
    if (
        moved_or_ordered(scan, m)
        or (
            scan.signal(start) in DEADLINE_SIGNALS
            and _PROMISED_BY.search(text, max(0, start - 160), start) is not None
        )
        or (day and _arranged_from(scan, start))
    ):
        return "future"
    return scan.direction(start, m.end(), day=day)


def moved_or_ordered(scan: Scan, m: re.Match[str]) -> bool:
    text, start = scan.text, m.start()
    # The signal is read for every expression anyway; "to" is none ("postponed to May 3").
    limit = scan.signal(start) in DEADLINE_SIGNALS or text.startswith("to ", start - 3)
    return limit and (
        _MOVED_TO.search(text, max(0, start - 80), start) is not None
        or _ORDERED_BY.search(text, max(0, start - 160), start) is not None
    )


def _since(scan: Scan, m: re.Match[str]) -> bool:
    """Whether the date follows "since": then it surely lies behind, whatever the verbs ("the
    worst shelling since the dam burst in June" in a May story is last June)."""
    return scan.signal(m.start()) == "since"


# Words that govern a day: after them a weekday abbreviation, a day before a noun or an ordinal
# before a clause ("began on the 14th has held") is a date.
DAY_GOVERNORS: Final = frozenset(
    {"on", "since", "until", "till", "before", "after", "from", "through"}  # not "quoted by Sun."
)
# What makes a day without a year before it part of a name.
_NAME_NOUN = (
    r"(?:\s+[A-Z][a-z]+)?\s+(?:Movement|Forces|Alliance|Coalition|Front|Bloc|Brigade|Revolution|"
    r"Uprising|Square|Street|Avenue|Bridge|Stadium|Agreement|Accords?|Declaration|Treaty|"
    r"Protocol|Memorandum|Pact|Charter|Battalion|Regiment|Division|Corps|Army|Guards?|Party)\b"
)
_NAMED_AFTER_DAY = re.compile(_NAME_NOUN)
_NAME_WITH_DAY_AFTER = re.compile(rf"\s+\d{{1,2}}{_NAME_NOUN}")


def month_day_found(
    scan: Scan, m: re.Match[str], month: int, day: int, year: str | None, rule: str,
    weekday: int | None = None,
) -> Found | None:  # fmt: skip
    """A day of a month: with its year; else in a chronology, the entry year; else the same day
    named before with its year; else, with a weekday, the year within half a year of publication
    in which it falls on that weekday; else the year the tense and publication date give."""
    if (
        year is None
        and _NAMED_AFTER_DAY.match(scan.text, m.end())
        and previous_word(scan.text, m.start()) not in DAY_GOVERNORS
    ):
        return None  # "the March 14 Forces", "the April 6 Youth Movement": a name
    if year:
        resolved = safe_date(int(year), month, day)
        if resolved is None:
            return None
        if scan.signal(m.start()) not in DEADLINE_SIGNALS:  # a limit is no day of the story
            scan.full_dates[month, day] = resolved
        return calendar(m, "DATE", resolved.isoformat(), f"{rule}-year", "explicit full date")
    if previous_word(scan.text, m.start()) in ("each", "every") and safe_date(2000, month, day):
        # "lays flowers every 9 November": each year on that day, not one of them
        value = f"XXXX-{month:02d}-{day:02d}"
        return Found(m.end(), "SET", value, f"{rule}-every", "every year on that day")
    entry_year = chronology_year(scan, m, month)
    if entry_year is not None:
        resolved = safe_date(entry_year, month, day)
        if resolved is None:
            return None
        return calendar(
            m, "DATE", resolved.isoformat(), f"{rule}-chronology",
            f"a chronology entry: the year of the entry before (the next if the month comes round "
            f"again) = {resolved.isoformat()}",
        )  # fmt: skip
    named = scan.full_dates.get((month, day))
    if (
        named is not None
        and (weekday is None or named.weekday() == weekday)
        and not _ANNIVERSARY.search(scan.text, max(0, m.start() - 150), m.end() + 150)
    ):
        # As explicit as the first mention: a day the story can move on from.
        return calendar(
            m, "DATE", named.isoformat(), f"{rule}-named-before",
            f"the day named earlier with its year = {named.isoformat()}",
        )  # fmt: skip
    if scan.anchor is None:
        return unanchored(m, "DATE", f"XXXX-{month:02d}-{day:02d}", rule)
    if weekday is not None:
        matching = [
            candidate
            for offset in (-1, 0, 1)
            if (candidate := safe_date(scan.anchor.year + offset, month, day)) is not None
            and candidate.weekday() == weekday
            # a weekday that fits only a year away is more likely a slip than that year
            and abs((candidate - scan.anchor).days) <= _WEEKDAY_YEAR_REACH
        ]
        if len(matching) == 1:
            return calendar(
                m, "DATE", matching[0].isoformat(), f"{rule}-weekday-year",
                f"the year near publication {day_label(scan.anchor)} in which it falls on "
                f"{m['wd']} = {matching[0].isoformat()}", scan.anchor, "publication",
            )  # fmt: skip
    happened = _happened(scan, m)
    direction = "past" if happened else _direction(scan, m)
    told_year = narrated_year(scan, m, month, day, direction)
    if told_year is not None and (narrated := safe_date(told_year, month, day)) is not None:
        return calendar(
            m, "DATE", narrated.isoformat(), f"{rule}-narrated",
            f"in the year of the story just told ({scan.reference_value}) = "
            f"{narrated.isoformat()}", narrated, "reference",
        )  # fmt: skip
    sure = happened or _since(scan, m) or moved_or_ordered(scan, m)
    reading = _month_day_reading(month, day, scan.anchor, direction, sure)
    if reading is None:
        return None
    value, explanation = reading
    end = _range_end(scan, m, direction, sure)
    if end is not None and value > end.isoformat():
        # "Between 1 January and 15 November, the WHO verified ...": a range starts before it
        # ends, whatever the nearest 1 January is
        start = safe_date(end.year, month, day)
        if start is not None and start > end:
            start = safe_date(end.year - 1, month, day)
        if start is None:
            return None
        value = start.isoformat()
        explanation = f"the start of a range ending {end.isoformat()}: the last before it = {value}"
    return calendar(m, "DATE", value, rule, explanation, scan.anchor, "publication")


# How far before publication a day must lie for a story told from it to be in its own year.
_NARRATED_BEFORE: Final = timedelta(days=300)


def narrated_year(
    scan: Scan, m: re.Match[str], month: int, day: int | None, direction: Direction
) -> int | None:
    """The year of a story told from a time of an earlier year that a day without a year
    carries on, in its sentence or the one before, when it comes later in that year
    ("surrounded Mirhal on 9 October 1994 ... lifted 41 days later, on 19 November" =
    1994-11-19), or that a month after "that" names ("in the spring of 2023. The truce he signed
    that August" = 2023-08; a bare "in December" after a year told is as often this year's)."""
    if scan.anchor is None or direction == "future" or scan.reference_value is None:
        return None
    value = scan.reference_value
    # After "that" a year told is enough: "wrote the book in 2026 ... resumed that November".
    told = _told_period(value) or (
        value_interval(value) if len(value) == 4 and day is None else None
    )
    if told is None or told.start > scan.anchor - _NARRATED_BEFORE:
        return None
    if day is None:  # a month
        if previous_word(scan.text, m.start()) != "that" or not scan.reference_near(m.start()):
            return None
        return told.start.year
    if (
        told.granularity != "day"  # "first imposed in March 2024, had been due to lapse on
        # March 15": a month named in passing is no day the story is told from
        or (month, day) < (told.start.month, told.start.day)
        or not scan.tenses.near_enough_to_date(scan.reference_end, m.start())
    ):
        return None
    return told.start.year


@lru_cache(maxsize=1024)
def _told_period(value: str) -> Interval | None:
    """The period a story is told from: a day, week, month or season within one year
    ("2023-SP"); not a year named in passing ("arrested in 2022 ... his trial opened on Jan.
    20" is this January), a decade or a span."""
    if not value[:4].isdigit() or value[4:5] != "-":
        return None
    told = value_interval(value)
    if told is None or told.start.year != told.end.year:
        return None
    return told


# The end of a range after its start: " and 15 November", " to Nov. 15", "-15 November".
_RANGE_END = re.compile(
    r"\s*(?:and|to|until|till|through|-|–)\s*(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{P.MONTH}|{P.MONTH.replace('<mon>', '<mon2>')}\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)"
    r"(?!\d|,?\s*\d)"
)


def _range_end(scan: Scan, m: re.Match[str], direction: Direction, sure: bool) -> date | None:
    """The end of "between/from <day> and/to <day>", both without a year, read as the start
    would be."""
    if scan.anchor is None or scan.signal(m.start()) not in ("between", "from"):
        return None
    end = _RANGE_END.match(scan.text, m.end())
    if end is None:
        return None
    month = month_number(end["mon"] or end["mon2"])
    day = int(end["day"] or end["day2"])
    return resolve_month_day(month, day, scan.anchor, direction, sure=sure)


# Nouns of things that have happened once named ("the January 13 incident", "the Dec. 28
# bombing"): the day lies behind, however near the same day a year on is. Not "strike" or
# "offensive" (also called, planned), not "vote" or "talks".
_HAPPENED_AFTER = re.compile(
    r",?\s+(?:incident|attacks?|killings?|massacre|bombings?|shootings?|raids?|explosions?|"
    r"blasts?|crash|murders?|assassination|ambush|earthquake|quake|tsunami|coup|riots|clashes)"
    r"(?![\w-])"
)
# Words that put such an event still ahead: "the planned May 3 attack".
_NOT_YET_BEFORE = re.compile(
    r"\b(?:planned|expected|feared|threatened|upcoming|announced|intended|coming)\s+\Z", re.I
)


def _happened(scan: Scan, m: re.Match[str]) -> bool:
    """Whether a day without a year names when a reported event happened."""
    return _HAPPENED_AFTER.match(scan.text, m.end()) is not None and not _NOT_YET_BEFORE.search(
        scan.text, max(0, m.start() - 20), m.start()
    )


@lru_cache(maxsize=4096)  # pure, and a text names the same days in the same tenses again
def _month_day_reading(
    month: int, day: int, anchor: date, direction: Direction, sure: bool
) -> tuple[str, str] | None:
    """The value and explanation of a day of a month without a year read in a clause's tense."""
    resolved = resolve_month_day(month, day, anchor, direction, sure=sure)
    if resolved is None:
        return None
    return resolved.isoformat(), (
        f"month and day without year ({tense_label(direction)}): year nearest publication "
        f"{day_label(anchor)} = {resolved.isoformat()}"
    )


_WEEKDAY_YEAR_REACH: Final = 183
# An anniversary names the day of an earlier year again: "rallies on Feb. 20, the anniversary".
_ANNIVERSARY = re.compile(r"\banniversar(?:y|ies)\b", re.IGNORECASE)


def month_year(scan: Scan, m: re.Match[str]) -> Found | None:
    year = m["year"] or spoken_year(m["spoken"])
    value = f"{year}-{month_number(m['mon']):02d}"
    return calendar(m, "DATE", value, "month-year", "explicit month and year")


def month_relative_year(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "July last year": the month in the year before (or of, or after) publication; "June of
    that year": in the year of the period named within a few sentences."""
    month = month_number(m["mon"])
    if m["that"]:
        named = scan.period_named_near(m.start())
        if named is None:
            return None
        value = f"{named.start.year}-{month:02d}"
        return calendar(
            m, "DATE", value, "month-that-year",
            f"{m['mon']} of the year last named ({scan.reference_value}) = {value}",
            named.start, "reference",
        )  # fmt: skip
    rel = m["rel"].lower()
    if scan.anchor is None:
        return unanchored(m, "DATE", f"XXXX-{month:02d}", f"month-{rel}-year")
    year = scan.anchor.year + {"last": -1, "this": 0, "next": 1}[rel]
    value = f"{year}-{month:02d}"
    return calendar(
        m, "DATE", value, f"month-{rel}-year",
        f"{m['mon']} {rel} year: publication {day_label(scan.anchor)} -> {value}", scan.anchor,
        "publication",
    )  # fmt: skip


def month_alone(scan: Scan, m: re.Match[str]) -> Found | None:
    token = m["mon"]
    name = token.rstrip(".").lower()
    previous = previous_word(scan.text, m.start())
    if len(name) <= 4 and not token.endswith(".") and name not in ("may", "june", "july"):
        return None  # "Mar" alone is a name ("Mar-a-Lago"), not a month
    if token.isupper():
        return None  # a headline's "TROOPS MAY WITHDRAW", "MARCH ON THE CAPITAL"
    if (
        (name in _AMBIGUOUS_MONTHS or token.endswith("."))
        and previous not in _MONTH_CONTEXT
        and not _subject_of_clause(scan.text, m.start(), m.end())
        and not _AS_FAR_AS.search(scan.text, max(0, m.start() - 25), m.start())
        # "the March deal", "the May election": a capitalised month before a noun
        and not (previous == "the" and _NOUN_NEXT.match(scan.text, m.end()))
        # "May - Missile strikes on the capital": a month heading a chronology's entry
        and not (opens_line(scan.text, m.start()) and _ENTRY_DASH.match(scan.text, m.end()))
    ):
        return None
    if _NAME_WITH_DAY_AFTER.match(scan.text, m.end()):
        return None  # "the March 14 Forces"
    if scan.text[m.end() : m.end() + 1] == "-":
        return None
    if previous in ("the", "a") and not _LOWERCASE_NEXT.match(scan.text, m.end()):
        return None  # "the October slaying" is a month; "the May Company" is not
    if previous not in _MONTH_CONTEXT and _CAPITALISED_NEXT.match(scan.text, m.end()):
        return None  # "April Ryan", "June Carter": a first name
    month = month_number(token)
    if pair := _MONTH_PAIR_YEAR.match(scan.text, m.end()):
        # "January–September 2026", "between January and March 2025": the year of the second
        # month, of the one before if the first comes later in the year ("November to February
        # 2026")
        second = month_number(pair["mon"])
        year = int(pair["year"]) - (1 if month > second else 0)
        value = f"{year}-{month:02d}"
        return calendar(
            m, "DATE", value, "month-pair-year",
            f"the first month of a pair whose second has its year ({pair['year']}) = {value}",
        )  # fmt: skip
    return month_found(scan, m, month, "month")


_ENTRY_DASH = re.compile(r"\s*[-–—:]\s")
# The second month of a pair: "(between January) and October" (no year), "January–September
# 2026", "March to May 2025" (with its year).
_SECOND_MONTH = rf"\s*(?:[-–—]|\b(?:to|through|until|till|and)\b)\s*(?P<mon>{P.MONTH_NAME})"
_MONTH_PAIR = re.compile(rf"{_SECOND_MONTH}(?!,?\s*\d)")
_MONTH_PAIR_YEAR = re.compile(rf"{_SECOND_MONTH},?\s+(?P<year>1[6-9]\d\d|20\d\d)(?![\d%])")
# A month as the subject of "had been", "has been", "was" ("said March had been the busiest
# month"): the verb "march" and the modal "may" are never followed by these. (Not "will be":
# the clause's tense would be read from the reporting verb before it.)
_SUBJECT_VERB = re.compile(r"\s+(?:(?:had|has)\s+been|was)\b")
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]*|\b(?:Mrs?|Ms|Dr)\.)\s+\Z")


def _subject_of_clause(text: str, start: int, end: int) -> bool:
    """Whether the month at text[start:end] is the subject of a copula, not a surname ("Theresa
    May was", "Mrs. May has been")."""
    return _SUBJECT_VERB.match(text, end) is not None and not _NAME_BEFORE.search(
        text, max(0, start - 30), start
    )


def day_of_month_edge(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "the last day of February": that day of the month read as the month alone would be."""
    month = month_number(m["mon"])
    if m["year"]:
        year = int(m["year"])
    else:
        found = month_found(scan, m, month, "day-of-month")
        if not found.value[:4].isdigit():
            return replace(found, value=f"{found.value}-XX")
        year = int(found.value[:4])
    last = m["which"].lower() == "last"
    day = date(year, month, monthrange(year, month)[1] if last else 1)
    return calendar(
        m, "DATE", day.isoformat(), "day-of-month",
        f"the {m['which'].lower()} day of {year}-{month:02d} = {day.isoformat()}",
        scan.anchor, "publication",
    )  # fmt: skip


_CONTRACT_MONTH = re.compile(r"\s+(?:delivery|deliveries|contracts?|futures)\b")


def month_found(
    scan: Scan, m: re.Match[str], month: int, rule: str, mod: str | None = None
) -> Found:
    entry_year = chronology_year(scan, m, month)
    if entry_year is not None:
        value = f"{entry_year}-{month:02d}"
        return calendar(
            m, "DATE", value, f"{rule}-chronology",
            f"a chronology entry: the year of the entry before (the next if the month comes round "
            f"again) = {value}", mod=mod,
        )  # fmt: skip
    if scan.anchor is None:
        return unanchored(m, "DATE", f"XXXX-{month:02d}", rule)
    # "wheat futures for March delivery": a contract month, always ahead of the trading day
    direction = "future" if _CONTRACT_MONTH.match(scan.text, m.end()) else _direction(scan, m)
    if (
        scan.signal(m.start()) in ("between", "from")
        and (pair := _MONTH_PAIR.match(scan.text, m.end()))
    ):
        # "between January and October" in December: a range starts before it ends, whatever
        # the nearest January is
        second = month_number(pair["mon"])
        end_year = resolve_month(second, scan.anchor, direction)
        year = end_year - 1 if month > second else end_year
        value = f"{year}-{month:02d}"
        return calendar(
            m, "DATE", value, f"{rule}-range-start",
            f"the start of a range ending {end_year}-{second:02d}: the last before it = {value}",
            scan.anchor, "publication", mod,
        )  # fmt: skip
    if not _since(scan, m) and (told := narrated_year(scan, m, month, None, direction)):
        value = f"{told}-{month:02d}"
        return calendar(
            m, "DATE", value, f"{rule}-narrated",
            f"in the year of the story just told ({scan.reference_value}) = {value}", mod=mod,
        )  # fmt: skip
    value, rule_name, explanation = _month_reading(
        month, scan.anchor, direction, rule, _since(scan, m)
    )
    return calendar(
        m, "DATE", value, rule_name, explanation, scan.anchor, "publication", mod
    )  # fmt: skip


@lru_cache(maxsize=4096)  # pure, and a text names the same months in the same tenses again
def _month_reading(
    month: int, anchor: date, direction: Direction, rule: str, sure: bool
) -> tuple[str, str, str]:
    """The value, rule name and explanation of a bare month read in a clause's tense."""
    year = resolve_month(month, anchor, direction, sure=sure)
    where = {"future": "first on or after", "past": "most recent on or before", None: "nearest"}[
        direction
    ]
    why = ""
    # The month just across the anchor wins over the tense (`resolve_month`): say so.
    if direction == "future" and (year, month) < (anchor.year, anchor.month):
        where, why = "the month just before", ", nearer than any ahead"
    elif direction == "past" and (year, month) > (anchor.year, anchor.month):
        where, why = "the month just after", ", nearer than any before"
    mood = 'after "since"' if sure else f"in {tense_label(direction)} clause"
    return (
        f"{year}-{month:02d}", f"{rule}-{direction or 'past'}",
        f"bare month {mood}: {where} publication {day_label(anchor)}{why} = {year}-{month:02d}",
    )  # fmt: skip


# ---------------------------------------------------------------- weekdays


# A verb that calls off or moves an event named by a possessive weekday ("postponed Sunday's home
# match", "called off Saturday's rally"): the event is the nearest such day, up to three days
# ahead, else the one just past.
_CALLED_OFF_BEFORE = re.compile(
    r"\b(?:postpone[sd]?|cancel(?:s|l?ed)?|call(?:s|ed)?\s+off|scrap(?:s|ped)?|put\s+off|"
    r"puts\s+off)\s+(?:[\w'’-]+\s+){0,2}\Z",
    re.IGNORECASE,
)
_CALLED_OFF_DAYS_AHEAD: Final = 3
# Nouns of what has been done or has happened after a possessive weekday ("Wednesday's ruling",
# "Friday's attack"), which a verb looking ahead does not move ahead.
_SCHEDULED_AFTER_POSSESSIVE = re.compile(
    r"\s+[a-z]+(?:\s+[a-z]+)?\s+(?:begins|starts|opens|passes|resumes|goes\s+ahead|takes\s+place"
    r"|is\s+due|is\s+scheduled|(?:will|would)\s+(?:still\s+)?(?:go\s+ahead|take\s+place))\b"
)
_DONE_AFTER_POSSESSIVE = re.compile(
    r"\s+(?:ruling|verdict|decision|announcement|remarks|incident|attacks?|killings?|massacre|"
    r"bombings?|shootings?|raids?|explosions?|blasts?|crash|murders?|assassination|ambush|"
    r"earthquake|coup|riots|clashes)(?![\w-])"
)
# A weekday before these is part of a name: "the Sunday Times", "the Friday Mosque".
# The week a weekday falls in, named after it ("Tuesday last week"; an expression of its own).
_WEEK_NAMED_AFTER = re.compile(r"\s+(?:of\s+)?(?P<rel>last|this|next)\s+week\b", re.IGNORECASE)
_NOT_WEEKDAY_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Star|Mosque|Market|Bazaar|Gate|Square|"
    r"Club|Group)\b"
)


# "Sun." and "Mon." end sentences as a name ("told the Sun.", "said Mr. Sun.", "the ethnic
# Mon."): alone they are weekdays only after a word that governs a day.
_NAME_ABBREVIATIONS: Final = frozenset({"Sun.", "Mon."})


_ON_AFTER_DAY = re.compile(r",?[ \t]+on[ \t]+")
_AND_AFTER_DAY = re.compile(r"[ \t]+(?:and|or|&)[ \t]+(?:on[ \t]+)?")
_WEEKDAY_ENDS = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\Z")


def weekday_alone(scan: Scan, m: re.Match[str]) -> Found | None:
    if _NOT_WEEKDAY_AFTER.match(scan.text, m.end()):
        return None
    if m["wd"] in _NAME_ABBREVIATIONS and previous_word(scan.text, m.start()) not in (
        DAY_GOVERNORS
    ):
        return None
    weekday = WEEKDAYS[m["wd"].lower()]
    if scan.text.startswith(("'s", "’s"), m.end()):
        # "Wednesday's ruling": a possessive weekday names an event already reported, unless
        # the run-up to it is the news ("ahead of Sunday's vote") or the verb before it
        # plainly looks ahead ("will face Kyiv in Sunday's final"). A deadline word ("until
        # Monday's hearing") or a present tense ("are 18th after Saturday's defeat") is no such
        # sign, nor is a verb after it ("follows Tuesday's offer by X, which is prepared to").
        if (
            scan.signal(m.start()) in ("ahead of", "in the run-up to")
            or (
                scan.tenses.direction(m.start(), m.end(), after=False) == "future"
                # "would look for ways to get around Wednesday's ruling": the ruling has been
                # made
                and not _DONE_AFTER_POSSESSIVE.match(scan.text, m.end() + 2)
            )
            # "Thursday's hearing begins at 09:30", "if Thursday's vote passes", "Saturday's
            # exchange would go ahead as planned": its own timetable
            or _SCHEDULED_AFTER_POSSESSIVE.match(scan.text, m.end() + 2)
        ):
            return weekday_found(scan, m, weekday, "weekday-possessive", direction="future")
        if scan.anchor is not None and _CALLED_OFF_BEFORE.search(
            scan.text, max(0, m.start() - 40), m.start()
        ):
            # A match called off is news before its day or on the day after: the nearer one.
            ahead = (weekday - scan.anchor.weekday()) % 7 <= _CALLED_OFF_DAYS_AHEAD
            return weekday_found(
                scan, m, weekday, "weekday-possessive", direction="future" if ahead else "past"
            )
        return weekday_found(scan, m, weekday, "weekday-possessive", tensed=False)
    week = _WEEK_NAMED_AFTER.match(scan.text, m.end())
    if week is not None and scan.anchor is not None:
        # "slated for Tuesday last week", "on Monday of next week": that week's weekday
        steps = {"last": -1, "this": 0, "next": 1}[week["rel"].lower()]
        monday = scan.anchor - timedelta(days=scan.anchor.weekday() - 7 * steps)
        day = monday + timedelta(days=weekday)
        return calendar(
            m, "DATE", day.isoformat(), "weekday-of-week",
            f"{m['wd']} of the week of publication {day_label(scan.anchor)} {steps:+d} = "
            f"{day.isoformat()}", scan.anchor, "publication",
        )  # fmt: skip
    named = scan.reference
    if (
        named is not None
        and scan.anchor is not None
        and named != scan.anchor
        and _AND_AFTER_DAY.fullmatch(scan.text, scan.reference_end, m.start())
        and _WEEKDAY_ENDS.search(scan.text, max(0, scan.reference_end - 9), scan.reference_end)
    ):
        # "extra sittings on Thursday and Friday": the side of publication of the day before it
        direction: Direction = "future" if named > scan.anchor else "past"
        return weekday_found(scan, m, weekday, "weekday-pair", direction=direction)
    if (
        named is not None
        and named.weekday() == weekday
        and _ON_AFTER_DAY.fullmatch(scan.text, scan.reference_end, m.start())
    ):
        # "a truce for Orthodox Christmas on Wednesday": the weekday of the day just named
        return calendar(
            m, "DATE", named.isoformat(), "weekday-of-day",
            f"the {m['wd']} of the day named just before it = {named.isoformat()}", named,
            "reference",
        )  # fmt: skip
    entry_day = chronology_weekday(scan, m, weekday)
    if entry_day is not None:
        return calendar(
            m, "DATE", entry_day.isoformat(), "weekday-chronology",
            f"a chronology entry: the first {m['wd']} after the entry before = "
            f"{entry_day.isoformat()}", scan.entry_day, "reference",
        )  # fmt: skip
    return weekday_found(scan, m, weekday, "weekday")


def weekday_found(
    scan: Scan, m: re.Match[str], weekday: int, rule: str, suffix: str = "",
    mod: str | None = None, type_: TimexType = "DATE", direction: Direction = None,
    tensed: bool = True,
    label: str = "bare weekday",
) -> Found:  # fmt: skip
    """A weekday resolved by the tense of its clause (or by `direction` when given)."""
    name = m["wd"]
    if scan.anchor is None:
        return unanchored(m, type_, f"XXXX-WXX-{weekday + 1}{suffix}", rule)
    if direction is None and tensed:
        direction = _direction(scan, m, day=True)
    # In a dated post a weekday counts from the post's day, as its "today" does ("ALERT 115 |
    # 31.12.2026 23:02 ... curfew until 06:00 Friday" = 1 January).
    stamp = scan.stamp
    posted = stamp[1] if stamp and scan.tenses.same_paragraph(stamp[0], m.start()) else None
    base = posted or scan.anchor
    value, rule_name, explanation = _weekday_reading(
        weekday, name, base, direction, rule, suffix, tensed, label,
        "the post's day" if posted else "publication",
    )
    return calendar(
        m, type_, value, rule_name, explanation, base, "reference" if posted else "publication",
        mod, value_interval(value[:10]),
    )  # fmt: skip


@lru_cache(maxsize=4096)  # pure, and a text names the same weekdays in the same tenses again
def _weekday_reading(
    weekday: int, name: str, anchor: date, direction: Direction, rule: str, suffix: str,
    tensed: bool, label: str, base: str,
) -> tuple[str, str, str]:  # fmt: skip
    """The value, rule name and explanation of a weekday read in a clause's tense."""
    resolved = resolve_weekday(weekday, anchor, direction)
    if direction == "future":
        how = f"first {name} on or after"
    else:
        how = f"most recent {name} on or before"
    mood = f"{tense_label(direction)} clause" if tensed else "possessive (reported event)"
    return (
        resolved.isoformat() + suffix, f"{rule}-{direction or 'past'}",
        f"{label} in {mood}: {how} {base} {day_label(anchor)} = "
        f"{resolved.isoformat()}",
    )  # fmt: skip


def weekday_part(scan: Scan, m: re.Match[str]) -> Found | None:
    code = PARTS_OF_DAY[m["pod"].lower()]
    return weekday_found(
        scan, m, WEEKDAYS[m["wd"].lower()], "weekday-part", f"T{code}", type_="TIME"
    )


_TWILIGHT_PARTS: Final = {"dawn": "MO", "daybreak": "MO", "dusk": "EV", "nightfall": "EV"}


def weekday_twilight(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "dawn on Sunday" = that Sunday, morning; "before dawn Monday" is early Monday, no
    deadline: the clause's verbs alone decide."""
    return weekday_found(
        scan, m, WEEKDAYS[m["wd"].lower()], "weekday-part",
        f"T{_TWILIGHT_PARTS[m['word'].lower()]}", type_="TIME",
        # no tense read: on or before publication, as any untensed weekday
        direction=scan.tenses.direction(m.start(), m.end(), day=True) or "past",
    )  # fmt: skip


def night_of_days(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "the night of 27 to 28 June" = the night of the 27th, whose small hours fall on the
    28th; "the night of Thursday to Friday" = the night of that Thursday."""
    if m["wd"]:
        weekday = WEEKDAYS[m["wd"].lower()]
        if WEEKDAYS[m["wd2"].lower()] != (weekday + 1) % 7:
            return None
        evening = weekday_found(scan, m, weekday, "night-of", type_="TIME")
        if evening.interval is None:
            return evening  # unanchored
        return _night(m, evening.interval.start, evening, "the night after")
    month = month_number(m["mon"] or m["mon2"] or m["mon3"])
    day = int(m["day"] or m["day2"] or m["day3"])
    year = m["year"] or m["year3"]
    if m["yrel"] and scan.anchor is not None:
        year = str(scan.anchor.year + {"last": -1, "this": 0, "next": 1}[m["yrel"].lower()])
    first = month_day_found(scan, m, month, day, year, "night-of")
    if first is None or first.interval is None:
        return first  # unanchored or no such day
    return _night(m, first.interval.start, first, "the night after")


def part_of_date(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "the evening of 14 March 2025" = 2025-03-14TEV: the day read as the date alone is."""
    month, day = month_number(m["mon"] or m["mon2"]), int(m["day"] or m["day2"])
    date_found = month_day_found(scan, m, month, day, m["year"], "part-of-date")
    if date_found is None or date_found.interval is None:
        return date_found  # unanchored or no such day
    value = f"{date_found.value}T{PARTS_OF_DAY[m['part'].lower()]}"
    return calendar(
        m, "TIME", value, date_found.rule, f"the {m['part'].lower()} of {date_found.value} "
        f"({date_found.explanation}) = {value}", date_found.anchor, date_found.anchor_kind,
    )  # fmt: skip


def overnight_into(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "overnight into Monday" = the night before that Monday."""
    day = weekday_found(scan, m, WEEKDAYS[m["wd"].lower()], "overnight-into", type_="TIME")
    if day.interval is None:
        return day  # unanchored
    return _night(m, day.interval.start - timedelta(days=1), day, "the night before")


def _night(m: re.Match[str], night: date, day: Found, how: str) -> Found:
    """The night (TNI) of `night`, read from `day`, which the explanation names."""
    value = f"{night.isoformat()}TNI"
    return calendar(
        m, "TIME", value, day.rule, f"{how} {day.value} ({day.explanation}) = {value}",
        day.anchor, day.anchor_kind,
    )  # fmt: skip


def weekday_parts(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "on Sunday mornings": that part of every such day."""
    weekday = WEEKDAYS[m["wd"].lower()]
    part = PARTS_OF_DAY[m["pods"].lower()[:-1]]
    value = f"XXXX-WXX-{weekday + 1}T{part}"
    return Found(m.end(), "SET", value, "weekday-parts", "that part of every such day")


def weekday_plural(scan: Scan, m: re.Match[str]) -> Found | None:
    weekday = WEEKDAYS[m["wd"].lower()]
    return Found(m.end(), "SET", f"XXXX-WXX-{weekday + 1}", "weekday-plural", "every such day")


# How far from publication a tracker's "Mon 14" line is looked for.
_TRACKER_REACH: Final = 45


def weekday_day_line(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "Mon 14: 3 (small-arms fire)" heading a tracker's line: the 14th that falls on a Monday
    nearest publication (within _TRACKER_REACH days)."""
    if not opens_line(scan.text, m.start()):
        return None
    weekday, day = WEEKDAYS[m["wd"].lower().rstrip(".")], int(m["day"])
    if scan.anchor is None:
        return unanchored(m, "DATE", f"XXXX-XX-{day:02d}", "weekday-day-line")
    anchor = scan.anchor
    first = anchor.replace(day=1)
    matching = [
        candidate
        for months in (-1, 0, 1)
        if (month := add_months(first, months))
        and (candidate := safe_date(month.year, month.month, day)) is not None
        and candidate.weekday() == weekday
        and abs((candidate - anchor).days) <= _TRACKER_REACH
    ]
    if not matching:
        return None
    # Two months that start on the same weekday (February and March 2027) give two: the nearer
    value = min(matching, key=lambda candidate: abs((candidate - anchor).days)).isoformat()
    return calendar(
        m, "DATE", value, "weekday-day-line",
        f"the {day} nearest publication {day_label(scan.anchor)} that falls on {m['wd']} = "
        f"{value}",
        scan.anchor, "publication",
    )  # fmt: skip


def weekday_date(scan: Scan, m: re.Match[str]) -> Found | None:
    return month_day_found(
        scan, m, month_number(m["mon"]), int(m["day"]), m["year"], "weekday-date",
        WEEKDAYS[m["wd"].lower()],
    )  # fmt: skip


# ---------------------------------------------------------------- numbers


# A half-year with its year, as results and budgets give it: "H1 2024".
_HALF_WITH_YEAR = re.compile(r"\bH[12]\s+(?P<year>1[6-9]\d\d|20\d\d)\b")


_BEFORE_HALF: Final = frozenset({"in", "during", "for", "by", "until", "through", "over", "and"})


def half_short(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "H1 2024" = 2024-H1; a bare "H2" only after a preposition and once the text has named
    a half with its year ("forecast to grow in H1 2024 ... due in H2" = 2024-H2): alone it is
    more often hydrogen."""
    value_suffix = f"H{m['half']}"
    if m["year"]:
        return calendar(m, "DATE", f"{m['year']}-{value_suffix}", "half-year", "explicit half")
    named = [half["year"] for half in _HALF_WITH_YEAR.finditer(scan.text, 0, m.start())]
    if not named or previous_word(scan.text, m.start()) not in _BEFORE_HALF:
        return None
    value = f"{named[-1]}-{value_suffix}"
    return calendar(
        m, "DATE", value, "half-reference",
        f"a half-year in the year of the last half named with its year = {value}",
    )  # fmt: skip


def iso_date(scan: Scan, m: re.Match[str]) -> Found | None:
    resolved = safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
    if resolved is None:
        return None
    if m["hour"]:
        value = f"{resolved.isoformat()}T{m['hour']}:{m['minute']}"
        return calendar(m, "TIME", value, "iso-datetime", "explicit ISO date and time")
    return calendar(m, "DATE", resolved.isoformat(), "iso-date", "explicit ISO date")


def dotted_stamp(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "[11.03 18:05]": a post's stamp, day first as dots write it, on or before publication
    (a digest compiles what has been posted)."""
    month, day = int(m["month"]), int(m["day"])
    time = f"T{int(m['hour']):02d}:{m['minute']}"
    if scan.anchor is None:
        return unanchored(m, "TIME", f"XXXX-{month:02d}-{day:02d}{time}", "dotted-stamp")
    posted = resolve_month_day(month, day, scan.anchor, "past", sure=True)
    if posted is None:
        return None
    value = f"{posted.isoformat()}{time}"
    return calendar(
        m, "TIME", value, "dotted-stamp",
        f"a post's stamp (day.month), on or before publication {day_label(scan.anchor)} = {value}",
        scan.anchor, "publication",
    )  # fmt: skip


def numeric_date(scan: Scan, m: re.Match[str]) -> Found | None:
    first, separator, second, year = m.group("first", "sep", "second", "y")
    if separator == "." and len(year) == 2:
        return None  # "1.5.23" is more often a version or a score than a date
    order = numeric_order(scan.text) if scan.anchor is None else None
    reading = _numeric_reading(first, second, year, scan.anchor, order)
    if reading is None:
        return None
    value, explanation, interval = reading
    return Found(m.end(), "DATE", value, "numeric-date", explanation, interval=interval)


NumericOrder = Literal["month-first", "day-first"] | None


@lru_cache(maxsize=8)  # one text is tagged once, but its ambiguous dates each ask
def numeric_order(text: str) -> NumericOrder:
    """The day/month order the text's own numeric dates fix: a date whose first number is over
    12 ("25/12/2023") is day-first, one whose second is ("12/25/2023") month-first. None when
    no date fixes it or the text's dates disagree."""
    orders: set[str] = set()
    for m in P.NUMERIC_DATE.finditer(text):
        first, second = int(m["first"]), int(m["second"])
        if first > 12 >= second:
            orders.add("day-first")
        elif second > 12 >= first:
            orders.add("month-first")
    if len(orders) != 1:
        return None
    return "day-first" if "day-first" in orders else "month-first"


# Pure, and a text repeats its dates; keyed by the numbers as written, which a dense text
# repeats too: reading them as ints is part of the work saved.
@lru_cache(maxsize=1024)
def _numeric_reading(
    first_text: str, second_text: str, year_text: str, anchor: date | None, order: NumericOrder
) -> tuple[str, str, Interval | None] | None:
    """The value of "05/09/2023" and how it was chosen: of the month/day and day/month
    readings, the valid one, or the one nearest the anchor. Without an anchor, both valid and
    no `order` fixed by the text, the day is unknown: a guess would be a silently wrong date."""
    first, second = int(first_text), int(second_text)
    year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
    if len(year_text) == 2 and year > (anchor.year if anchor else 2050):
        year -= 100
    month_first = safe_date(year, first, second)
    day_first = safe_date(year, second, first)
    readings = [d for d in (month_first, day_first) if d is not None]
    if not readings:
        return None
    if len(set(readings)) == 1:
        chosen = readings[0]
        how = "only valid reading"
    elif anchor is None and order is not None:
        chosen = readings[0] if order == "month-first" else readings[1]
        how = f"ambiguous day/month: {order} like the text's other numeric dates"
    elif anchor is None:
        return (
            f"{year:04d}-XX-XX",
            "ambiguous day/month, no publication date and no other numeric date fixing the"
            " order: only the year is known",
            None,
        )
    else:
        chosen = min(readings, key=lambda d: abs((d - anchor).days))
        how = f"ambiguous day/month: reading nearest publication {day_label(anchor)}"
    value = chosen.isoformat()
    return value, f"{how} = {value}", Interval(chosen, chosen, "day")


_PAIR_CONNECTOR = re.compile(r"\s*(?:and|to|through|till|until|or|-|–)\s*")


def pair_day(scan: Scan, m: re.Match[str]) -> Found | None:
    """The later day of "April 24 and 25", "May 1-3": the month and year of the date just
    stated."""
    first, first_value = scan.reference, scan.reference_value
    if first is None or first_value is None or len(first_value) != 10:
        return None
    if scan.reference_end < m.start() - 12:
        return None
    if not _PAIR_CONNECTOR.fullmatch(scan.text, scan.reference_end, m.start()):
        return None
    day = int(m["day"])
    second = safe_date(first.year, first.month, day) if day > first.day else None
    if second is None:
        return None
    value = second.isoformat()
    return calendar(
        m, "DATE", value, "day-pair", f"second day of a pair after {first_value} = {value}",
        first, "reference",
    )  # fmt: skip


def day_pair_first(scan: Scan, m: re.Match[str]) -> Found | None:
    """The first day of "24 and 25 April": the month (and year) named after the second."""
    day = int(m["day"])
    if day >= int(m["day2"]):
        return None
    found = month_day_found(scan, m, month_number(m["mon"]), day, m["year"], "day-pair")
    return None if found is None else replace(found, end=m.end("day"))


def day_month_after_dash(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "25 April" in "24-25 April" only: after a dash a number is usually a score ("3-1")."""
    if scan.reference_end not in (m.start() - 1, m.start() - 2):
        return None
    return day_month_year(scan, m)


def ordinal_day_of_month(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "the ninth of January": that day, as "9 January"."""
    day = P.DAY_ORDINAL_WORDS.index(m["ordinal"].lower()) + 1
    return month_day_found(scan, m, month_number(m["mon"]), day, m["year"], "day-month")


def day_month_year(scan: Scan, m: re.Match[str]) -> Found | None:
    return month_day_found(
        scan, m, month_number(m["mon"]), int(m["day"]), _stated_year(scan, m), "day-month"
    )


def clock(scan: Scan, m: re.Match[str]) -> Found | None:
    groups = m.groupdict()  # the clock patterns differ in which groups they have
    hour = int(m["hour"])
    minute = int(m["minute"] or 0)
    ampm = (groups.get("ampm") or "").lower()
    part = groups.get("part")
    if part and hour <= 12:
        ampm = "am" if part.endswith("morning") or (part.endswith("night") and hour < 6) else "pm"
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    deictic = (groups.get("deictic") or "").lower()
    zone = groups.get("zone")
    if zone == "Z" and not (
        previous_word(scan.text, m.start()) in _CLOCK_CONTEXT or opens_line(scan.text, m.start())
    ):
        return None  # "0214Z" is a time after "at", "by", ...; else a model ("the 1200Z")
    if (
        not ampm
        and not zone
        and not deictic
        and previous_word(scan.text, m.start()) not in _CLOCK_CONTEXT
        and scan.signal(m.start()) != "as of"  # "as of 18:00 on 24 August"
        and not (
            len(m["hour"]) == 2
            and (
                previous_word(scan.text, m.start()) in _RANGE_CLOCK_CONTEXT
                # "Departed Varn 05:30, ETA Brenna 14:00": two-digit hours after a word are a
                # time, not a score or a verse ("won 2:1", "John 3:16")
                or _AFTER_LETTERS.search(scan.text, max(0, m.start() - 2), m.start()) is not None
                # the end of "21:00-22:00"
                or _CLOCK_DASH.search(scan.text, max(0, m.start() - 7), m.start()) is not None
            )
        )
        and not opens_line(scan.text, m.start())
        # a live page's entry: "LIVE 07:50 - Missiles struck the port"
        and not _LIVE_LABEL.search(scan.text, max(0, m.start() - 20), m.start())
        and _range_start_hour(scan, m.start()) is None  # "from 21:00 to 05:00"
        # a transcript turn's stamp: "Q (10:42): Were the talks cancelled?"
        and not _turn_stamp(scan.text, m.start(), m.end())
        # a time right after a day ("13 March, 14:05")
        and not (scan.reference is not None and m.start() - 3 <= scan.reference_end < m.start())
    ):
        return None
    time = f"T{hour:02d}:{minute:02d}"
    if groups.get("wd"):
        return weekday_found(
            scan, m, WEEKDAYS[m["wd"].lower()], "clock-weekday", time, type_="TIME"
        )
    if deictic:
        return _clock_deictic(scan, m, time, deictic)
    return _time_of_day(scan, m, time, "clock")


def _clock_deictic(scan: Scan, m: re.Match[str], time: str, deictic: str) -> Found:
    """ "5pm today", "07:00 tomorrow": the time on that day of the quotation or post it is in (a
    dated live blog's entry), else of publication (a post is dated in an undated text too)."""
    anchor = scan.anchor or post_day(scan, m.start())
    if anchor is None:
        return unanchored(m, "TIME", f"XXXX-XX-XX{time}", "clock-deictic")
    base, whose, kind = day_of_utterance(scan, m.start(), anchor)
    offset = DAY_OFFSETS.get(deictic, 0)  # "this morning": 0
    day = base + timedelta(days=offset)
    value = f"{day.isoformat()}{time}"
    return calendar(
        m, "TIME", value, "clock-deictic",
        f"{' '.join(deictic.split())}: {whose} {offset:+d} day = {value}", base,
        kind, interval=Interval(day, day, "day"),
    )  # fmt: skip


_LIVE_LABEL = re.compile(r"(?:\A|\n)[ \t]*(?:LIVE|UPDATE|UPDATED|BREAKING|NEW)[ \t:]+\Z")
# The speaker heading a transcript turn, before the bracket of its time: "Q (", "VELT (".
_TURN_LABEL = re.compile(r"(?:\A|\n)[ \t]*[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2}[ \t]*\(\Z")


def _turn_stamp(text: str, start: int, end: int) -> bool:
    """Whether the time at text[start:end] stamps a transcript turn: in brackets after the
    speaker that heads its line ("Q (10:42): ...", "Q (10:42), Dalen Post: ...")."""
    return (
        text.startswith(")", end)
        and _TURN_LABEL.search(text, max(0, start - 30), start) is not None
    )


def clock_words(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "half past four this afternoon" = T16:30: the part of the day after it sets the hour."""
    if m["bare"] and previous_word(scan.text, m.start()) not in _CLOCK_CONTEXT:
        return None  # "killed four in the morning raid": a count
    said_part = m["ampm"] or m["pod"] or m["pod2"] or m["night"]
    if m["hour"] and not said_part:
        return None  # "half past four" alone: which four is not said
    evening = False
    if m["whole"] and not said_part:
        # "It's seven o'clock": morning or evening as the bulletin around it says ("Good
        # evening"), else which seven is not said
        around = _PART_AROUND.findall(scan.text, max(0, m.start() - 400), m.end() + 400)
        if len({word.lower() for word in around}) != 1:
            return None
        evening = around[0].lower() != "morning"
    hour = NUMBER_WORDS[(m["hour"] or m["whole"] or m["bare"]).lower()] % 12
    minute = 0
    if m["fraction"]:
        minute = 30 if m["fraction"].lower() == "half" else 15
        if m["side"].lower() == "to":
            hour, minute = (hour - 1) % 12, 60 - minute
    pod = (m["pod"] or m["pod2"] or m["pod3"] or m["pod4"] or "").lower()
    ampm = (m["ampm"] or m["ampm2"] or "").lower()
    later = ampm.startswith("p") or pod in ("afternoon", "evening")
    # At night: six o'clock or later is the evening's; earlier, the small hours.
    if later or ((m["night"] or m["night2"] or evening) and hour >= 6):
        hour += 12
    return _time_of_day(scan, m, f"T{hour:02d}:{minute:02d}", "clock-words")


_PART_AROUND = re.compile(r"\b(morning|evening|tonight)\b", re.IGNORECASE)
_CLOCK_CONTEXT: Final = frozenset({
    "at", "between", "by", "until", "till", "from", "around", "about", "before", "after", "since",
    "approximately", "roughly", "towards", "toward",
})  # fmt: skip
# Before a 24-hour time written with two digits: "between 18:00 ... and 06:00", "for 09:00 to
# 17:00 on 14 October" (not lap times: "narrowed 3:10 to 2:45").
_RANGE_CLOCK_CONTEXT: Final = frozenset({"and", "to", "for"})
_AFTER_LETTERS = re.compile(r"[A-Za-z][ \t]\Z")
_CLOCK_DASH = re.compile(r"(?<!\d)(?:[01]\d|2[0-3]):[0-5]\d[-–]\Z")


# The start of a clock range whose end is being read: "between 10 p.m. and 4 a.m.".
# The start may be hedged and name its day: "from about 11pm on Thursday until 3.50am".
_RANGE_START = re.compile(
    r"\b(?:between|from)\s+(?:(?:about|around|approximately|roughly)\s+)?"
    r"(?:(?P<hour>1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?P<ampm>[ap])\.?\s?m\.?"
    r"|(?P<hour24>[01]\d|2[0-3])[:.]?[0-5]\d)"
    rf"(?:\s+(?:on\s+)?(?:{'|'.join(WEEKDAY_WORDS)})(?:\s+night)?)?"
    r"\s+(?:and|to|until|till)\s+\Z",
    re.IGNORECASE,
)


_RANGE_START_REACH: Final = 60
# The last letters of the words before a range's end, in either case (none has another
# case-insensitive match, as "i" has "ı").
_RANGE_WORD_ENDS: Final = ("d", "o", "l", "D", "O", "L")


def _range_start_hour(scan: Scan, start: int) -> int | None:
    """The hour (0-23) a clock range starts at when the time at `start` ends it."""
    window = max(0, start - _RANGE_START_REACH)
    # The word before the time ends in one of these (_RANGE_START: "and", "to", "until",
    # "till"), which few words do: most times need no search for the range's start.
    if not scan.text[window:start].rstrip().endswith(_RANGE_WORD_ENDS):
        return None
    before = _RANGE_START.search(scan.text, window, start)
    if before is None:
        return None
    if before["hour24"]:
        return int(before["hour24"])
    hour = int(before["hour"]) % 12
    return hour + 12 if before["ampm"].lower() == "p" else hour


_NIGHT_VALUE = re.compile(r"\d{4}-\d\d-\d\dT(?:1[89]|2[0-3]|NI)")


def _past_midnight(reference_value: str | None, time: str) -> bool:
    """Whether a small-hours time follows a night named before it ("the first drones came at
    22:40 on Friday ... had shot down 27 by 01:15"): the story has crossed midnight."""
    return (
        reference_value is not None
        and int(time[1:3]) < 6
        and _NIGHT_VALUE.match(reference_value) is not None
    )


# How far back a clock time in a future clause looks for the day ahead the story is about (on
# a line without sentence ends, too), and the end of a sentence, whatever follows it.
_DAY_AHEAD_REACH: Final = 600
_SENTENCE_END = re.compile(r"(?<![ap]\.m)(?<!\b[A-Z])[.!?](?=[\"”’)]*\s)")


_UPDATED_AT = re.compile(r"\b(?:updated|published|posted)\s+(?:at\s+)?\Z", re.IGNORECASE)


def _time_of_day(scan: Scan, m: re.Match[str], time: str, rule: str) -> Found:
    """A clock time on the most recent day named in its sentence or the sentence before it in
    the same paragraph ("the worst night was Saturday, when ... at 10 p.m.") unless that day is
    past and the time's clause looks ahead, else, in a clause that looks ahead, on a day ahead
    named in the sentence before across a paragraph break, else, in a clause that does not look
    ahead, on the day of the story's lead (`Scan.lead_day`) if not after publication, else on
    the publication day; a range ending earlier than it starts ends the next day ("between 10
    p.m. and 4 a.m."). The tagger moves a time to a day stated right next to it ("7 p.m.
    Friday")."""
    if scan.anchor is None:
        return unanchored(m, "TIME", f"XXXX-XX-XX{time}", rule)
    if scan.entry_day is not None and heads_entry(scan.text, m.start(), m.end()):
        # a chronology of times ("29 Nov, 02:13 — ... / 02:40 — ..."): the day of the entry above
        value = f"{scan.entry_day.isoformat()}{time}"
        return calendar(
            m, "TIME", value, rule, f"a chronology entry's time, on the day of the entry above "
            f"= {value}", scan.entry_day, "reference",
        )  # fmt: skip
    day = scan.anchor
    kind: AnchorKind = "publication"
    on = ""  # the day's description; the publication day's is spelt out below if it is that
    stated, lead = scan.reference, scan.lead_day
    after_night = False
    range_start = _range_start_hour(scan, m.start())
    if stated is not None and (
        _heads_its_line(scan, m.start())
        or (
            scan.tenses.near_enough_to_date(scan.reference_end, m.start())
            # A day already past is not the day of a time still ahead: "police closed the road
            # on Saturday; the cortege will pass from 0700 GMT". The end of a range ("from
            # 04:30 until 11:00") is on its start's day, whatever "until" suggests.
            and (
                range_start is not None
                # (in a dated post, "past" is before the post's day: "[19.12 07:05] ... heating
                # is to be restored by 18:00")
                or not (
                    stated < (post_day(scan, m.start(), sections=False) or scan.anchor)
                    and scan.direction(m.start(), m.end()) == "future"
                )
            )
        )
    ):
        day, kind = stated, "reference"
        on = f"the day named before it ({scan.reference_value})"
        after_night = _past_midnight(scan.reference_value, time)
    elif scan.section is not None:
        day, kind = scan.section, "reference"
        on = f"the day of the section heading above it ({scan.section.isoformat()})"
    elif scan.question is not None and _answers(scan.text, scan.question[0], m.start()):
        day, kind = scan.question[1], "reference"
        on = f"the day of the question heading its answer ({day.isoformat()})"
    elif (
        scan.day_ahead is not None
        and m.start() - scan.day_ahead[0] < _DAY_AHEAD_REACH
        and len(_SENTENCE_END.findall(scan.text, scan.day_ahead[0], m.start())) <= 1
        and not opens_line(scan.text, m.start())
        and scan.direction(m.start(), m.end()) == "future"
    ):
        # "will vote on Sunday ... [new paragraph] Polling stations will open at 7 a.m.": the
        # story goes on about the day ahead it named in the sentence before, not the publication
        # day (a live page's "10:45 -" stamps when it was posted).
        day, kind = scan.day_ahead[1], "reference"
        on = f"the day ahead named before it ({day.isoformat()})"
    elif (
        lead is not None
        and lead <= scan.anchor
        # "As of 11 a.m., the storm was 400 km offshore": a status at publication.
        and scan.signal(m.start()) != "as of"
        # "08:15" heading a live page's entry: when it was posted, not when the lead's news was
        and not opens_line(scan.text, m.start())
        # "This article was last updated at 14:35 BST": the page's own stamp
        and not _UPDATED_AT.search(scan.text, max(0, m.start() - 24), m.start())
        and scan.direction(m.start(), m.end()) != "future"
    ):
        day, kind = lead, "reference"
        on = f"the day of the story's lead ({scan.lead_value})"
    if not on:
        on = f"the publication day {day_label(scan.anchor)}"
    how = f"clock time on {on}"
    if range_start is not None and range_start > int(time[1:3]):
        day += timedelta(days=1)
        how = f"end of an overnight clock range: the day after {on}"
    elif after_night:
        day += timedelta(days=1)
        how = f"small hours after the night named before it: the day after {on}"
    elif (
        day >= scan.anchor
        and _starts_overnight_range(scan.text, m.end(), int(time[1:3]))
        and scan.direction(m.start(), m.end()) != "future"
        and not _MEASURE_BEFORE.search(scan.text, max(0, m.start() - 80), m.start())
    ):
        # "Between 23:00 and 05:30, an attack was thwarted" in a report of that morning: a
        # night that has passed cannot end after publication (a curfew just ordered can).
        day -= timedelta(days=1)
        how = f"start of an overnight clock range already over: the day before {on}"
    value = f"{day.isoformat()}{time}"
    return calendar(m, "TIME", value, rule, f"{how} = {value}", day, kind)


# The end of a clock range after its start: "(between 23:00) and 05:30", "(from 10 p.m.) to 4
# a.m.".
_RANGE_END_AFTER = re.compile(
    r"\s+(?:and|to|until|till|[-–])\s+(?:(?:about|around|approximately)\s+)?"
    r"(?P<hour>[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?P<ampm>[ap]\.?\s?m\b\.?)?",
    re.IGNORECASE,
)


# A measure put in place, whose hours lie ahead: "has ordered a curfew from 21:00 to 05:00".
_MEASURE_BEFORE = re.compile(
    r"\b(?:order(?:s|ed)?|impose[sd]?|declare[sd]?|announce[sd]?|introduce[sd]?|extend(?:s|ed)?"
    r"|curfew|ban)\b[^.;!?]*\Z",
    re.IGNORECASE,
)


def _starts_overnight_range(text: str, end: int, hour: int) -> bool:
    """Whether the clock time ending at `end`, at `hour`, starts a range ending earlier in the
    day (the next morning)."""
    after = _RANGE_END_AFTER.match(text, end)
    if after is None:
        return False
    end_hour = int(after["hour"])
    ampm = (after["ampm"] or "").lower()
    if ampm.startswith("p") and end_hour < 12:
        end_hour += 12
    elif ampm.startswith("a") and end_hour == 12:
        end_hour = 0
    return end_hour < hour


# How far an answer under a question heading runs.
_ANSWER_REACH: Final = 1500


def _answers(text: str, question_end: int, start: int) -> bool:
    """Whether `start` lies in the answer under the question heading ending at `question_end`:
    no other question heading between."""
    return start - question_end < _ANSWER_REACH and text.find("?\n", question_end, start) == -1


# How far into its line a date heading a digest entry ends ("Fri 2 Jan - ...").
_ENTRY_DATE_REACH: Final = 30


def _heads_its_line(scan: Scan, start: int) -> bool:
    """Whether the day last named heads the entry of the line `start` is in ("Fri 2 Jan -
    Artillery opens up again at 07:10"): the entry's day is its times' day, in any tense."""
    end = scan.reference_end
    # Looked for no further back than the reach: a 1 MB line is not scanned once per time.
    line_start = scan.text.rfind("\n", max(0, end - _ENTRY_DATE_REACH - 1), end) + 1
    return (
        line_start >= end - _ENTRY_DATE_REACH
        and scan.tenses.same_line(end, start)
        and heads_entry(scan.text, line_start, end)
    )


def noon(scan: Scan, m: re.Match[str]) -> Found | None:
    time = "T24:00" if m["word"].lower() == "midnight" else "T12:00"
    if m["wd"]:  # "midnight Friday"
        return weekday_found(scan, m, WEEKDAYS[m["wd"].lower()], "noon-weekday", time, type_="TIME")
    if m["deictic"]:  # "midnight tonight", "noon tomorrow"
        return _clock_deictic(scan, m, time, " ".join(m["deictic"].lower().split()))
    return _time_of_day(scan, m, time, "noon")


def holiday(scan: Scan, m: re.Match[str]) -> Found | None:
    """Christmas, Orthodox Christmas (7 January), Boxing Day, New Year's Day/Eve, Thanksgiving,
    Easter, Orthodox Easter, Halloween: the one nearest publication unless a year is given.
    (Named days such as "Victory Day" are left alone.)"""
    words = m["name"].split()
    name = words[0].lower()
    if name == "new":
        name = f"new year's {m['ny'].lower()}"
    elif name == "orthodox":
        if words[1] == "Easter":
            name = "orthodox easter"
        else:
            name = "orthodox christmas eve" if m["eve"] == "Eve" else "orthodox christmas"
    elif name == "christmas" and m["eve"] and m["eve"] == "Eve":
        name = "christmas eve"
    elif name == "boxing":
        name = "boxing day"
    if m["year"]:
        day = holiday_date(name, int(m["year"]))
        return calendar(m, "DATE", day.isoformat(), "holiday-year", f"{name} of {m['year']}")
    if scan.anchor is None:
        return unanchored(m, "DATE", "XXXX-XX-XX", "holiday")
    if m["rel"]:
        if previous_word(scan.text, m.start()) in _DETERMINERS:
            return None  # "the last Christmas before the war": an ordinal, read from the name
        return _holiday_deictic(scan, m, name, m["rel"].lower(), scan.anchor)
    direction = scan.direction(m.start(), m.end())
    day = nearest_holiday(name, scan.anchor, direction)
    return calendar(
        m, "DATE", day.isoformat(), "holiday",
        f"{name} nearest publication {day_label(scan.anchor)} = {day.isoformat()}",
        scan.anchor, "publication",
    )  # fmt: skip


_DETERMINERS: Final = frozenset({"the", "a", "its", "their", "his", "her", "our", "my", "your"})


def _holiday_deictic(scan: Scan, m: re.Match[str], name: str, rel: str, anchor: date) -> Found:
    """ "last Easter" = the latest strictly before publication (on Easter Sunday, the year
    before's), "next Easter" the first strictly after it; "this Easter" by tense, as "this
    Friday", else the one of publication's year."""
    days = [holiday_date(name, year) for year in range(anchor.year - 1, anchor.year + 2)]
    direction = scan.direction(m.start(), m.end()) if rel == "this" else None
    if rel == "last":
        day, how = max(d for d in days if d < anchor), "latest strictly before"
    elif rel == "next":
        day, how = min(d for d in days if d > anchor), "first strictly after"
    elif direction == "past":
        day, how = max(d for d in days if d <= anchor), "latest on or before"
    elif direction == "future":
        day, how = min(d for d in days if d >= anchor), "first on or after"
    else:
        day, how = holiday_date(name, anchor.year), "of the year of"
    return calendar(
        m, "DATE", day.isoformat(), f"holiday-{rel}",
        f"{rel} {name}: the one {how} publication {day_label(anchor)} = {day.isoformat()}",
        anchor, "publication",
    )  # fmt: skip


def decade(scan: Scan, m: re.Match[str]) -> Found | None:
    if m["short"]:
        digit = int(m["short"])
        value = f"19{digit}" if digit >= 3 else f"20{digit}"
    else:
        value = m["decade"]
        if value.endswith("00") and _OF_AFTER.match(scan.text, m.end()):
            return None  # "1000s of years", "2000s of people": thousands
    if century := century_of_hundreds(value):
        return calendar(m, "DATE", century, "century", f"the century {value}0-{century}99")
    return calendar(m, "DATE", value, "decade", f"the decade {value}0-{value}9")


_OF_AFTER = re.compile(r"\s+of\b")


def century_of_hundreds(decade_digits: str) -> str | None:
    """The century "the 1300s" ... "the 1900s" name (their digits "130" ... "190"): "13" ...
    "19", as English uses them ("the early 1900s" = the start of the 20th century); "the
    2000s" is the decade, as news uses it. None for any other decade."""
    if decade_digits.endswith("0") and "100" <= decade_digits <= "190":
        return decade_digits[:2]
    return None


_DECADE_WORDS: Final = {
    "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
    "nineties": 9,
}  # fmt: skip
_SPOKEN_SEPARATOR = re.compile(r"[\s-]+(?:and\s+)?")


def spoken_year(words: str) -> int:
    """The year said in `words`: "nineteen ninety-six" = 1996, "twenty twenty-two" = 2022,
    "two thousand and eight" = 2008 (the shapes `patterns.SPOKEN_YEAR` matches)."""
    parts = [NUMBER_WORDS[word] for word in _SPOKEN_SEPARATOR.split(words.lower())
             if word != "thousand"]  # fmt: skip
    if words[:3].lower() == "two":
        return 2000 + sum(parts[1:])
    return parts[0] * 100 + sum(parts[1:])


def decade_word(scan: Scan, m: re.Match[str]) -> Found | None:
    value = f"19{_DECADE_WORDS[m['word'].lower()]}"
    edge = m["edge"]
    mod = EDGE_MODS[edge.lower()] if edge else None
    how = f"the decade {value}0-{value}9" + (f", mod {mod}" if mod else "")
    return calendar(m, "DATE", value, "decade-word", how, mod=mod)


def year_spoken(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "nineteen ninety-six" = 1996, "the year two thousand" = 2000."""
    year = spoken_year(m["spoken"])
    return calendar(m, "DATE", str(year), "year-spoken", f"a year in words = {year}")


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
    r"resolution|Article|article|about|some|nearly|almost|over|"
    r"(?<!sooner\s)(?<!earlier\s)(?<!later\s)than)\.?\s*)\Z"
)


_YEAR_SIGNAL_BEFORE = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Dd]uring|[Uu]ntil)\s+\Z")
_DOCUMENT_YEAR = re.compile(r"\b[Rr]esolutions?\s+\d+\s*\(\Z")
# A number next to the year with only spaces between: "3391 1606 1773" is a run of numbers.
_NUMBER_BEFORE = re.compile(r"\d(?:[\d,.]*\d)?[ \t]+\Z")
_NUMBER_AFTER = re.compile(r"[ \t]+\d")
# Words that make a four-digit number a year even outside the usual range ("in 1606").
_YEAR_CONTEXT_BEFORE = re.compile(
    r"\b(?:in|since|from|until|till|by|of|to|and|or|before|after|during|between|through|circa|"
    r"c\.|year|early|late|mid|the|around|about|until|than)\s+\Z",
    re.IGNORECASE,
)
# Beyond these years a bare four-digit number is more often a count, code or room number.
_PLAUSIBLE_FIRST_YEAR: Final = 1800
_PLAUSIBLE_YEARS_AHEAD: Final = 30


def year_alone(scan: Scan, m: re.Match[str]) -> Found | None:
    text, start = scan.text, m.start()
    # A run of numbers is rejected first: it is the cheapest test and dense numeric text hits it.
    if _NUMBER_AFTER.match(text, m.end()) or (
        text[start - 1 : start] in (" ", "\t")
        and _NUMBER_BEFORE.search(text, max(0, start - 16), start)
    ):
        return None
    if (
        _NOT_AFTER_YEAR.match(text, m.end())
        and _range_end_year(scan, m.end(), m["year"]) is None
        # "Imagery from 2024 shows 16 tanks": after these a year, whatever follows
        and not _YEAR_SIGNAL_BEFORE.search(text, max(0, start - 8), start)
    ):
        return None
    if text[start - 1 : start] == "(" and _DOCUMENT_YEAR.search(text, max(0, start - 30), start):
        return None  # "resolution 2817 (2026)": the year in a document's name
    before = _NOT_BEFORE_YEAR.search(text, max(0, start - 12), start)
    if before and not _year_list(text, start):
        return None
    year = int(m["year"])
    # Without a publication date every year the pattern admits (to 2099) is plausible ahead.
    last_plausible = scan.anchor.year + _PLAUSIBLE_YEARS_AHEAD if scan.anchor else 2099
    if not _PLAUSIBLE_FIRST_YEAR <= year <= last_plausible and not _YEAR_CONTEXT_BEFORE.search(
        text, max(0, start - 12), start
    ):
        return None
    return calendar(m, "DATE", m["year"], "year", "explicit year")


# The end of a span of years after a dash: "1980-1988", "the 1992-95 war".
_YEAR_RANGE_END = re.compile(r"[-–](\d\d(?:\d\d)?)(?![\d%]|[-–]\d|[.,]\d)")
# How far a span of years can reach (a war, a term, a budget period).
_LONGEST_YEAR_SPAN: Final = 100


def _range_end_year(scan: Scan, dash: int, first: str) -> int | None:
    """The last year of a span "1980-1988" or "1992-95" whose dash is at `dash`; None if what
    follows the dash is no later year ("1999-01" is a month, "2010-2008" a score)."""
    m = _YEAR_RANGE_END.match(scan.text, dash)
    if m is None:
        return None
    digits = m[1]
    start = int(first)
    end = int(digits) if len(digits) == 4 else start // 100 * 100 + int(digits)
    return end if start < end <= start + _LONGEST_YEAR_SPAN else None


def year_range_end(scan: Scan, m: re.Match[str]) -> Found | None:
    """The second year of "1980-1988" or "1992-95", right after the first one's dash."""
    first = scan.reference_value
    if scan.reference_end != m.start() - 1 or first is None or not first.isdigit():
        return None
    end = _range_end_year(scan, m.start() - 1, first)
    if end is None:
        return None
    return calendar(m, "DATE", str(end), "year-range-end", f"the end of the span {first}-{end}")


_YEAR_IN_LIST = re.compile(r"(?:1[6-9]\d\d|20\d\d)\s*(?:and|to|,|-|or)\s*\Z")


def _year_list(text: str, start: int) -> bool:
    """'between 1990 and 2000': a year after another year is a year."""
    return _YEAR_IN_LIST.search(text, max(0, start - 12), start) is not None




def week_number(scan: Scan, m: re.Match[str]) -> Found | None:
    """ "epidemiological week 10" = the ISO week 10 of the publication year (of the year before
    when it is over half a year ahead); "week 11 of 2024" = 2024-W11; a bare "week 9" once the
    text has numbered calendar weeks."""
    week = int(m["week"])
    if m["kind"] or m["year"]:
        scan.calendar_weeks = True
    if m["year"]:
        year = int(m["year"])
    elif not scan.calendar_weeks or _OF_AFTER.match(scan.text, m.end()):
        return None  # "week 10 of the war"
    elif scan.anchor is None:
        return unanchored(m, "DATE", f"XXXX-W{week:02d}", "week-number")
    else:
        iso = scan.anchor.isocalendar()
        year = iso.year - 1 if week > iso.week + 26 else iso.year
    value = f"{year}-W{week:02d}"
    if value_interval(value) is None:
        return None  # no week 53 that year
    return calendar(m, "DATE", value, "week-number", f"ISO week {week} of {year}")


def fiscal(scan: Scan, m: re.Match[str]) -> Found | None:
    year = fiscal_year(m)
    return Found(m.end(), "DATE", f"FY{year}", "fiscal-year", f"fiscal year {year}")


def fiscal_year(m: re.Match[str]) -> int:
    """The year a `P.FISCAL` match names ("fiscal 2025", "FY25" = 2025)."""
    year = m["year"] or m["fy"]
    return int(year if len(year) == 4 else f"20{year}")

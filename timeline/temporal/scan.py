"""What every rule shares: the Found result, the per-text Scan state (anchor, latest explicit
date, tense index, signals) and the helpers that describe and resolve against them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Final

from timeline.model import AnchorKind, Interval, TimexType
from timeline.temporal.lexicon import (
    SIGNALS,
    WEEKDAY_NAMES,
)
from timeline.temporal.quotes import QuoteIndex
from timeline.temporal.resolve import (
    Direction,
)
from timeline.temporal.tense import TenseIndex
from timeline.temporal.values import apply_mod, value_interval


# Not frozen: one is built per expression found and a frozen init costs several times more;
# nothing changes a Found once built.
@dataclass(slots=True)
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
        # Where the latest explicit day after publication ends, and that day: the day a clock
        # time in a future clause further on falls on ("will vote on Sunday ... polls will open
        # at 7 a.m."), whatever else the story names between.
        self.day_ahead: tuple[int, date] | None = None
        # The day of the story's lead: the first explicit day in its opening lines, the day a
        # clock time later in the story most likely falls on ("freed on Wednesday ... handed
        # over at 4:15 p.m.").
        self.lead_day: date | None = None
        self.lead_value: str | None = None
        # Days named with their year, by (month, day): the same day named again without one is
        # that date ("on the 5th of March 2024 ... the order was given on 5 March").
        self.full_dates: dict[tuple[int, int], date] = {}
        # The year and month (0: none) of the last chronology entry's date ("March 2022 — ...").
        self.entry: tuple[int, int] | None = None
        self.entry_day: date | None = None  # its day, when it named one ("Monday, Nov. 4: ...")
        # Where the last dated post stamp heading a line starts, and its day ("[10 Mar, 07:12]
        # @ferry: No crossings today"): the post's "today".
        self.post: tuple[int, date] | None = None
        # The same for a post stamped with a clock time or in brackets, not a chronology's entry
        # ("Tuesday: ..."): the day its weekdays count from.
        self.stamp: tuple[int, date] | None = None
        # The day a heading line names ("Day 2, Friday" in a diary), for the lines under it.
        self.section: date | None = None
        # Where an explainer's question heading that names a day ends, and the day ("What
        # happened on Saturday?"): the day of the clock times in the answer under it.
        self.question: tuple[int, date] | None = None
        # Whether the text has numbered a week as a calendar week ("epidemiological week 32"):
        # then a bare "week 31" is one too.
        self.calendar_weeks = False
        self._quotes: QuoteIndex | None = None
        self.tenses = TenseIndex(text)
        # The signal of the expression being read, which its rule and the scan ask for in turn.
        self._signal_start = -1
        self._signal: str | None = None

    def said_on(self, start: int) -> date | None:
        """The day the quotation around `start` was said, when its attribution names one other
        than publication ('"Yesterday they hit the filters," he said on Monday')."""
        if self.anchor is None:
            return None
        if self._quotes is None:
            self._quotes = QuoteIndex(self.text, self.anchor)
        return self._quotes.said_on(start)

    def signal(self, start: int) -> str | None:
        if start != self._signal_start:
            self._signal_start = start
            self._signal = signal_before(self.text, start)
        return self._signal

    def direction(self, start: int, end: int, *, day: bool = False) -> Direction:
        """The tense of the clause; `day`: the expression is a weekday (see TenseIndex)."""
        deadline = self.signal(start) in DEADLINE_SIGNALS
        if deadline and self._ends_range(start):
            if (
                self.reference is not None
                and self.anchor is not None
                and self.reference >= self.anchor
            ):
                return "future"  # "from 20:00 tonight until 06:00 on Wednesday"
            deadline = False
        direction = self.tenses.direction(start, end, deadline=deadline, day=day)
        # A deadline in an untensed clause lies ahead: "gave them until mid-November".
        return "future" if deadline and direction is None else direction

    def _ends_range(self, start: int) -> bool:
        """Whether the expression at `start` ends a span begun by the day named just before it
        ("repaired the line from Monday until Thursday"): the clause's tense dates it, as it
        dates the start; "until" there is no deadline."""
        opened_at = self.reference_end
        return (
            0 <= start - opened_at <= _RANGE_LINK_REACH
            and _RANGE_LINK.fullmatch(self.text, opened_at, start) is not None
            and _RANGE_OPENED.search(
                self.text, max(0, opened_at - _RANGE_OPENED_REACH), opened_at
            ) is not None
        )  # fmt: skip

    def reference_near(self, start: int) -> bool:
        """Whether the latest explicit date was named within a few sentences before `start`:
        "the year", "later in the day", "a year ago" in earnings copy refer back that far."""
        return self.reference_end > start - _NEAR_REFERENCE

    def period_named_near(self, start: int) -> Interval | None:
        """The days of the period named within a few sentences before `start` ("In January
        2019 ... the spring of that year", "... In June of that year"), None if there is none."""
        if not self.reference_value or not self.reference_near(start):
            return None
        return value_interval(self.reference_value)

    def base(self) -> tuple[date, AnchorKind] | None:
        """The date that relative-to-the-story expressions count from."""
        if self.reference is not None:
            return self.reference, "reference"
        if self.anchor is not None:
            return self.anchor, "publication"
        return None


# How far back (characters) a period named still sets what "the year" means: a few sentences.
_NEAR_REFERENCE: Final = 250

# "from Monday until Thursday", "between May 4 and May 6": the link to a span's end, and its
# opening word before the day that starts it.
_RANGE_LINK: Final = re.compile(r"\s+(?:until|till)\s+", re.IGNORECASE)
_RANGE_LINK_REACH: Final = 12
_RANGE_OPENED: Final = re.compile(r"\b(?:from|between)\s[^.;!?\n]*\Z", re.IGNORECASE)
_RANGE_OPENED_REACH: Final = 40

# Signals that make a date a deadline or purpose (the temporal conventions, "Signals").
DEADLINE_SIGNALS: Final = frozenset(
    {"by", "until", "till", "before", "ahead of", "no later than", "in the run-up to", "prior to"}
)

Builder = Callable[[Scan, re.Match[str]], Found | None]


def day_label(d: date) -> str:
    return f"{d.isoformat()} ({WEEKDAY_NAMES[d.weekday()]})"


def tense_label(direction: Direction) -> str:
    return {"past": "past-tense", "future": "future-tense", None: "untensed"}[direction]


def calendar(
    m: re.Match[str], type_: TimexType, value: str, rule: str, explanation: str,
    anchor: date | None = None, kind: AnchorKind = "none", mod: str | None = None,
    interval: Interval | None = None,
) -> Found:  # fmt: skip
    """A DATE/TIME whose interval follows from its value (and mod) unless given."""
    if interval is None and "X" not in value:
        interval = _modified_interval(value, mod)
    return Found(m.end(), type_, value, rule, explanation, anchor, kind, interval, mod)


@lru_cache(maxsize=4096)  # pure, and dense dates ("mid-March" again and again) repeat it
def _modified_interval(value: str, mod: str | None) -> Interval | None:
    interval = value_interval(value)
    return None if interval is None else apply_mod(interval, mod)


def unanchored(m: re.Match[str], type_: TimexType, value: str, rule: str) -> Found:
    return Found(
        m.end(), type_, value, f"{rule}-unanchored",
        "no publication date: relative expression left unresolved",
    )  # fmt: skip


def opens_line(text: str, start: int) -> bool:
    """Whether `start` begins a line (after at most a few blanks): a time there heads a live-blog
    entry ("08:10 The first ferry has left"), a date a chronology's ("Sept. 30 — ...")."""
    before = text[max(0, start - 4) : start].rstrip(" \t")
    return before.endswith("\n") or (not before and start <= 4)


# What follows the date heading a chronology entry: a dash or a colon.
# The entry's time may come between ("2024-11-28 21:04 — ...", "29 Nov, 02:13 — ...").
_ENTRY_MARK = re.compile(
    r"(?:,?[ \t]+(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*(?:UTC|GMT))?)?[ \t]*(?:[—–]|-[ \t]|:[ \t])"
)


def heads_entry(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] heads an entry of a chronology ("Sept. 30 — Ostrava declares")."""
    # The mark after it is the rarer test: it settles almost every expression alone.
    return _ENTRY_MARK.match(text, end) is not None and opens_line(text, start)


def chronology_year(scan: Scan, m: re.Match[str], month: int) -> int | None:
    """The year of a date without one heading a chronology entry: the previous entry's, or the
    next when the month comes round again ("March 2022 — ... / Sept. 30 — ..." = 2022)."""
    if scan.entry is None or not heads_entry(scan.text, m.start(), m.end()):
        return None
    year, previous_month = scan.entry
    return year + 1 if month < previous_month else year


def post_day(scan: Scan, start: int, *, sections: bool = True) -> date | None:
    """The day of the dated post `start` lies in: one whose stamp heads its line or its
    paragraph ("ALERT 117 | 01.01.2027 17:30 | SEVERE" over the alert's text), else (when
    `sections`) the day of the section heading above it."""
    if scan.post is None or not scan.tenses.same_paragraph(scan.post[0], start):
        return scan.section if sections else None
    return scan.post[1]


def day_of_utterance(
    scan: Scan, start: int, anchor: date, *, posts: bool = True
) -> tuple[date, str, AnchorKind]:
    """The day "today" means at `start`: the day a quotation was said, the day of the post or
    note it is in (unless not `posts`), else publication (`anchor`); and how to say which."""
    said = scan.said_on(start)
    if said is not None:
        return said, f"the day it was said ({said.isoformat()})", "reference"
    posted = post_day(scan, start) if posts else None
    if posted is not None:
        return posted, f"the day of the post it is in ({posted.isoformat()})", "reference"
    return anchor, f"publication {day_label(anchor)}", "publication"


def chronology_weekday(scan: Scan, m: re.Match[str], weekday: int) -> date | None:
    """The day of a weekday heading a chronology entry after one that named its day ("Monday,
    Nov. 4: ... / Thursday: ..."): the first such weekday after it, whatever the entry's tense."""
    if scan.entry_day is None or not heads_entry(scan.text, m.start(), m.end()):
        return None
    return scan.entry_day + timedelta(days=(weekday - scan.entry_day.weekday() - 1) % 7 + 1)


def previous_word(text: str, start: int) -> str:
    """The lower-cased word just before `start` ("mid" for "mid-March"); "" after punctuation."""
    words = text[max(0, start - 30) : start].split()
    if not words:
        return ""
    word = words[-1].rstrip("-").lstrip("([\"'“‘")
    return word.lower() if word and (word[-1].isalnum() or word[-1] == "'") else ""


_SKIPPED_BEFORE: Final = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})


# The last word of every signal: most words before a date are none of these and go no further.
_SIGNAL_LAST_WORDS: Final = frozenset(s.split()[-1] for s in SIGNALS)
# Last word -> the signals ending in it and their words, longest first.
_SIGNALS_ENDING_IN: Final = {
    last: [
        (phrase, phrase.split())
        for phrase in sorted(SIGNALS, key=lambda phrase: -len(phrase.split()))
        if phrase.split()[-1] == last
    ]
    for last in _SIGNAL_LAST_WORDS
}
# The one-word signals that end no longer one ("on", "at", "since"; not "of", "to"): the word
# before an expression settles them alone.
_ONE_WORD_SIGNALS: Final = frozenset(
    last for last, phrases in _SIGNALS_ENDING_IN.items() if phrases == [(last, [last])]
)


_OPENING: Final = "([\"“‘'"


def signal_before(text: str, start: int) -> str | None:
    """The lower-cased preposition(s) governing the expression at `start`, if any, skipping
    one determiner or possessive ("ahead of Russia's May 9")."""
    if not text[start - 1 : start].isspace():
        return None
    # Every signal, determiner and possessive ends in a letter or an apostrophe: after a number
    # or a comma ("12/12/12 12/12/12") there is none.
    before = text[start - 2 : start - 1]
    if before and not (before.isalpha() or before.isspace() or before in "'’"):
        return None
    # Most expressions follow a word that ends no signal ("said", "12/12/12"): a cheap look at
    # that word alone settles them.
    near = text[max(0, start - 16) : start].split()
    if near and (len(near) > 1 or start <= 16):  # the last word whole
        word = near[-1].lower().lstrip(_OPENING)
        if word in _ONE_WORD_SIGNALS:
            return word
        if not (
            word in _SIGNAL_LAST_WORDS
            or word in _SKIPPED_BEFORE
            or word.endswith(("'s", "’s", "s'"))
        ):
            return None
    words = text[max(0, start - 40) : start].split()
    if start > 40 and words:
        words = words[1:]  # may be cut
    if not words:
        return None
    last = words[-1]
    if last.lower() in _SKIPPED_BEFORE or (last[0].isupper() and last.endswith(("'s", "’s", "s'"))):
        words = words[:-1]
    if not words:
        return None
    for phrase, phrase_words in _SIGNALS_ENDING_IN.get(words[-1].lower(), ()):
        length = len(phrase_words)
        # A bracket or quotation mark opening the phrase is no part of it: "(as of 18:00".
        if len(words) >= length and [
            word.lower().lstrip(_OPENING) for word in words[-length:]
        ] == phrase_words:
            return phrase
    return None

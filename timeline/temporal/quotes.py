"""The day a quotation was said, when its attribution names one: a quote's "yesterday",
"tonight" and "tomorrow" count from that day, not from publication ('"Yesterday they hit the
filters," he said in an interview on Monday' in a Thursday story is Sunday)."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from typing import Final

from timeline.temporal.lexicon import MONTHS, WEEKDAYS
from timeline.temporal.resolve import resolve_weekday

# Opening and closing marks: curly pairs, or straight double quotes taken in turns within a
# paragraph. Single quotes are left out: most are apostrophes.
_QUOTE_MARK = re.compile(r"[“”\"]|\n[ \t]*\n")
# How far the attribution of a quote reaches from it, before or after.
_REACH: Final = 160

_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
# The day named in an attribution: "on Monday", "said Tuesday", "dated 9 May"; not a deadline
# or a span's end ("said the lists would be exchanged by Friday").
_DAY_SAID = (
    r"(?:(?<!\bby\s)(?<!until\s)(?<!\btill\s)(?<!before\s)(?<!after\s)(?<!from\s)(?<!since\s)"
    r"(?<!\bnext\s)(?<!\blast\s)(?<!\bthis\s)(?<!through\s)"
    rf"\b(?:on\s+)?{_WEEKDAY}\b"
    rf"|\b(?:on|dated|of)\s+(?P<day>[12]\d|3[01]|0?[1-9])\s+{_MONTH}(?:\s+(?P<year>20\d\d))?)"
)
_SPEECH = (
    r"\b(?:said|says|told|added|wrote|asked|replied|insisted|warned|declared|announced|tweeted|"
    r"posted|speaking|interview|statement|address|speech|briefing|letter|message|remarks)\b"
)
# Between a speech word and its day, a few words but no clause of their own: 'said in a
# telephone interview on Monday', 'an address that the army released late on Friday'; not 'said
# he will meet Kim on Sunday' (the day of the meeting) nor 'said Dr Morel, who returned on
# Sunday'.
_GAP = (
    r"(?:[ \t,]+(?!(?:he|she|it|they|we|i|you|who|which|whose|after|when|where|because|since|"
    r"before|while|if|will|would|had|has|have|was|were|is|are)\b)[^\s\"“”.!?]+){0,8}?[ \t,]*"
)
# After the closing mark: '..., he said in a telephone interview on Monday.'; the attribution
# ends with its sentence.
_AFTER = re.compile(rf"[^\"“”.!?\n]{{0,{_REACH}}}?{_SPEECH}{_GAP}{_DAY_SAID}")
# A line under the quote that attributes it: '- Pellin's mayor, Edvin Sarr, on Tuesday.'
_DASH_LINE = re.compile(rf"[ \t]*\n[ \t]*[-–—][ \t]*[^\n]{{0,{_REACH}}}?{_DAY_SAID}")
# Before the opening mark, in the quote's sentence: 'told a rally in Pellin on Sunday that
# parliament would vote "next week"', 'Speaking on television on Monday, he said "..."'.
_BEFORE = (
    re.compile(rf"{_SPEECH}{_GAP}{_DAY_SAID}[^.!?\n]{{0,{_REACH}}}\Z"),
    re.compile(rf"{_DAY_SAID}{_GAP}{_SPEECH}[^.!?\n]{{0,{_REACH}}}\Z"),
)
# The sentence before a quotation that opens its own sentence or paragraph: 'told state
# television on Tuesday evening that the guns had fired from the plant. "We struck a firing
# position," he said.', 'recorded a video address that the army released late on Friday.
# [new paragraph] "Soldiers of the Eastern Command. ...'.
_SENTENCE_BEFORE = re.compile(
    rf"{_SPEECH}{_GAP}{_DAY_SAID}[^\"“”!?\n]{{0,{_REACH}}}[.!?:](?:[ \t]*|[ \t]*\n[ \t]*\n[ \t]*)\Z"
)
# What may stand between two quotations of one speaker: '"...," he said. "..."'.
_SAME_SPEAKER_GAP: Final = 60
_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*\Z")


class QuoteIndex:
    """The quotations of a text and, asked for one, the day its attribution says it was said."""

    def __init__(self, text: str, anchor: date) -> None:
        self._text = text
        self._anchor = anchor
        self._spans: list[tuple[int, int]] | None = None
        # Quotations left open at their paragraph's end, which the next paragraph's opening
        # mark continues (a speech quoted over several paragraphs).
        self._open_ended: set[int] = set()
        self._days: dict[int, date | None] = {}

    def said_on(self, position: int) -> date | None:
        """The day the quotation around `position` was said, if its attribution names a day
        other than publication; None outside a quotation or when no day is named."""
        spans = self._quotes()
        index = bisect_right(spans, (position, len(self._text))) - 1
        if index < 0 or not spans[index][0] <= position < spans[index][1]:
            return None
        day = self._day_of(index)
        return day if day != self._anchor else None

    def _quotes(self) -> list[tuple[int, int]]:
        """(start, end) of every quotation, from its opening mark to its closing one, or to the
        end of its paragraph when it is left open there."""
        if self._spans is None:
            spans: list[tuple[int, int]] = []
            opened = -1
            for mark in _QUOTE_MARK.finditer(self._text):
                char = mark.group()
                if char.startswith("\n"):
                    if opened >= 0:
                        self._open_ended.add(len(spans))
                        spans.append((opened, mark.start()))
                    opened = -1
                elif opened < 0 and char != "”":
                    opened = mark.start()
                elif opened >= 0 and char != "“":
                    spans.append((opened, mark.end()))
                    opened = -1
            self._spans = spans
        return self._spans

    def _attributed_day(self, index: int) -> date | None:
        """The day the attribution of quotation `index` names: after it in its sentence or on
        the line under it, else before it in its sentence; a quotation with none that follows
        another of the same paragraph closely ('"...," he said. "..."') shares its day."""
        text = self._text
        start, end = self._quotes()[index]
        found = _AFTER.match(text, end) or _DASH_LINE.match(text, end)
        if found is None:
            sentence = _SENTENCE_START.search(text, max(0, start - _REACH - 100), start)
            begin = sentence.start() + 1 if sentence else max(0, start - _REACH - 100)
            found = (
                _BEFORE[0].search(text, begin, start)
                or _BEFORE[1].search(text, begin, start)
                or _SENTENCE_BEFORE.search(text, max(0, start - 2 * _REACH), start)
            )
        if found is not None:
            return self._day(found)
        if index > 0:
            previous_end = self._quotes()[index - 1][1]
            gap = text[previous_end:start]
            if (index - 1 in self._open_ended and not gap.strip()) or (
                start - previous_end <= _SAME_SPEAKER_GAP and "\n" not in gap
            ):
                return self._day_of(index - 1)
        return None

    def _day_of(self, index: int) -> date | None:
        if index not in self._days:
            self._days[index] = self._attributed_day(index)
        return self._days[index]

    def _day(self, found: re.Match[str]) -> date | None:
        weekday = found["wd"]
        if weekday is not None:
            return resolve_weekday(WEEKDAYS[weekday.lower()], self._anchor, "past")
        month, day = MONTHS[found["mon"].lower()], int(found["day"])
        year = int(found["year"]) if found["year"] else self._anchor.year
        try:
            said = date(year, month, day)
            if not found["year"] and said > self._anchor:
                said = date(year - 1, month, day)  # said before publication: last year's
        except ValueError:
            return None  # "29 February" of a year without one
        return said

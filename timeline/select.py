"""Choose which events of a timeline to show: `timeline build --since/--until/--about/...`."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from timeline.model import Event, Timeline

UndatedChoice = Literal["show", "hide"]

_WORD = re.compile(r"\w+")
_PERIOD = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass(frozen=True, slots=True)
class Selection:
    since: date | None = None  # keep dated events that end on or after this day
    until: date | None = None  # keep dated events that start on or before this day
    # Keep events whose summary or one mention sentence has all these words (from `words`).
    about: frozenset[str] = frozenset()
    min_sources: int = 1  # keep events reported by at least this many files
    undated: UndatedChoice = "show"  # undated events are unaffected by --since and --until


def words(text: str) -> frozenset[str]:
    """The case-folded words of `text`, as --about matches them ("Wagner's" -> wagner, s)."""
    return frozenset(word.casefold() for word in _WORD.findall(text))


def period_day(text: str, *, last: bool) -> date:
    """The day --since (first) or --until (`last`) means by YYYY-MM-DD, YYYY-MM or YYYY: a month
    or year bounds the selection at its first or last day, so `--until 2023-05` includes 31 May.

    Raises ValueError when `text` is none of these or no such day exists.
    """
    match = _PERIOD.fullmatch(text.strip())
    if match is None:
        raise ValueError(text)
    year_text, month_text, day_text = match.groups()
    year = int(year_text)
    if month_text is None:
        return date(year, 12, 31) if last else date(year, 1, 1)
    month = int(month_text)
    if day_text is not None:
        return date(year, month, int(day_text))
    return date(year, month, calendar.monthrange(year, month)[1] if last else 1)


def select(timeline: Timeline, selection: Selection) -> Timeline:
    """`timeline` with only the events `selection` keeps; sources and problems stay as they are."""
    kept = tuple(event for event in timeline.events if _keeps(selection, event))
    return replace(timeline, events=kept)


def _keeps(selection: Selection, event: Event) -> bool:
    return (
        _in_period(selection, event)
        and _is_about(selection.about, event)
        and len({mention.path for mention in event.mentions}) >= selection.min_sources
    )


def _in_period(selection: Selection, event: Event) -> bool:
    if event.interval is None:
        return selection.undated == "show"
    # Interval overlap: an event of "earlier this month" is kept by --since the 5th.
    if selection.since is not None and event.interval.end < selection.since:
        return False
    return selection.until is None or event.interval.start <= selection.until


def _is_about(about: frozenset[str], event: Event) -> bool:
    if not about:
        return True
    texts = (event.summary, *(mention.sentence for mention in event.mentions))
    return any(about <= words(text) for text in texts)

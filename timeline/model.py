"""The data that flows between pipeline stages.

read -> publication date -> segment -> tag times -> resolve -> events -> merge -> render

Every value here is frozen: a stage may build new values from an earlier stage's output but never
change it, so each stage can be tested alone and no stage reaches back into another.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

# Where an article's publication date was read from, strongest first. "cli" is --published.
PublishedFrom = Literal[
    "cli", "prefix", "header", "front-matter", "meta", "json", "dct", "filename"
]

# TIMEX3 types.
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

# How precisely an interval on the timeline is known. "range" is an interval that is not one
# calendar unit ("earlier this month" = 1-11 May, "over the past week" = 5-11 May).
Granularity = Literal["day", "week", "month", "quarter", "year", "range"]

# How an anchored expression was resolved: against the article's publication date, against the
# most recent explicit date in the text ("on May 3 ... two days later"), or not at all.
AnchorKind = Literal["publication", "reference", "none"]

Severity = Literal["warning", "error"]


@dataclass(frozen=True, slots=True)
class PublicationDate:
    value: date
    source: PublishedFrom
    evidence: str  # the text the date was read from, e.g. "date 2023-05-05", for explanations


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from a file (a JSON/JSONL file may hold several).

    `text` is everything a reader sees, headline included; `body` is the same string with the
    headline, the date line and page boilerplate also blanked. Blanking replaces characters with
    spaces (newlines kept), so both have the same length and share offsets. For .txt, .md and .tml
    files that length is the decoded file's (markup and front matter are blanked too), so an offset
    is an offset into the decoded file; for .html and .json the text is extracted and offsets
    index the extracted text. `timeline tag` tags `text`; `timeline build` takes events from `body`.
    """

    path: str  # as shown to the user
    title: str
    text: str
    body: str
    published: PublicationDate | None
    format: Literal["txt", "md", "html", "json", "jsonl", "tml"]
    record: int | None = None  # 1-based record number inside a JSON array or JSONL file


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one input file, reported as one line on stderr."""

    path: str
    message: str
    severity: Severity  # "error": the file (or record) was skipped; "warning": it was read

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval of days: both `start` and `end` are included."""

    start: date
    end: date
    granularity: Granularity


# Frozen without slots, and its own __init__: the frozen dataclass __init__ sets each field
# through object.__setattr__, 3 µs for the twelve, the largest cost of an expression in a text
# dense with dates (100k of them in 1 MB); writing the instance's __dict__ takes a third of that.
# Assigning a field afterwards still raises FrozenInstanceError.
@dataclass(frozen=True, init=False)
class Timex:
    """One temporal expression found in a text and its resolution."""

    start: int  # code-point offset into the tagged text
    end: int  # exclusive
    text: str  # == tagged_text[start:end]
    type: TimexType
    value: str  # TIMEX3 value: "2023-05-05", "2023-W19", "P3D", "PAST_REF", "XXXX-05-09"
    rule: str  # name of the rule that fired, e.g. "weekday-past"
    anchor: date | None  # the date the value was computed from; None for absolute expressions
    anchor_kind: AnchorKind
    interval: Interval | None  # the days the value covers; None for durations, sets, refs
    mod: str | None = None  # TIMEX3 mod: "START" (early), "END" (late), "MID", "APPROX", ...
    signal: str | None = None  # lower-cased word(s) governing it: "on", "ahead of", "by", "since"
    explanation: str = ""  # how the value was computed, one line, for `tag --explain`

    def __init__(
        self, start: int, end: int, text: str, type: TimexType, value: str, rule: str,
        anchor: date | None, anchor_kind: AnchorKind, interval: Interval | None,
        mod: str | None = None, signal: str | None = None, explanation: str = "",
    ) -> None:  # fmt: skip
        # Key by key in field order, not dict.update: then every Timex's __dict__ shares one
        # table of keys, a third of the memory and of the collector's work on a dense text.
        fields = self.__dict__
        fields["start"] = start
        fields["end"] = end
        fields["text"] = text
        fields["type"] = type
        fields["value"] = value
        fields["rule"] = rule
        fields["anchor"] = anchor
        fields["anchor_kind"] = anchor_kind
        fields["interval"] = interval
        fields["mod"] = mod
        fields["signal"] = signal
        fields["explanation"] = explanation


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # offsets into Article.text
    end: int
    text: str  # whitespace-normalised sentence text, for display


@dataclass(frozen=True, slots=True)
class Mention:
    """One article's report of an event: a sentence and the expression that dates it."""

    path: str
    title: str
    published: date | None
    sentence: str
    expression: str | None  # the governing temporal expression; None when undated
    value: str | None  # its TIMEX3 value
    interval: Interval | None  # the days the event happened in, as this article says
    rule: str | None
    anchor: date | None
    explanation: str
    attribution: str | None  # who says so: "Prigozhin", "the Russian defence ministry"
    sentence_start: int  # offset of the sentence in Article.text, for stable ordering and ids
    record: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    id: str  # stable: the same input gives the same ids; adding an article renumbers nothing
    interval: Interval | None  # None: undated
    summary: str
    mentions: tuple[Mention, ...]
    merge_reason: str = ""  # why the mentions were merged, for `timeline explain`


@dataclass(frozen=True, slots=True)
class TaggedArticle:
    """The output of `timeline tag` for one article."""

    path: str
    record: int | None
    published: PublicationDate | None
    timexes: tuple[Timex, ...]


@dataclass(frozen=True, slots=True)
class Source:
    """What the timeline keeps of an article once its events are extracted (no text)."""

    path: str
    title: str
    published: PublicationDate | None
    record: int | None = None


@dataclass(frozen=True, slots=True)
class Timeline:
    sources: tuple[Source, ...]  # every article read, in input order
    events: tuple[Event, ...]  # sorted by start, then end; undated events last
    problems: tuple[Problem, ...]
    skipped_files: int  # hidden files, unknown extensions and unreadable files

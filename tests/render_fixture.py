"""A hand-built timeline for the renderer tests: four articles (one undated), eight events.

The articles are invented: a river town, a bridge, a convoy and stalled ceasefire talks.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from timeline.model import (
    Event,
    Interval,
    Mention,
    Problem,
    PublicationDate,
    Source,
    TaggedArticle,
    Timeline,
    Timex,
)

BRIDGE = Source(
    "reports/2023-05-05-bridge.txt",
    "Road bridge over the Sava hit overnight",
    PublicationDate(date(2023, 5, 5), "prefix", "date 2023-05-05"),
)
TALKS = Source(
    "reports/talks.md",
    "Ceasefire talks stall for a third time",
    PublicationDate(date(2023, 5, 11), "header", "Published: 11 May 2023"),
)
WIRE = Source(
    "feeds/wire.json",
    "Convoy reaches Lipovo after a week's delay",
    PublicationDate(date(2023, 5, 9), "json", '"published": "2023-05-09"'),
    record=2,
)
NOTE = Source("notes/field-note.txt", "Field note from the water station", None)


def mention(
    source: Source,
    sentence: str,
    expression: str | None,
    value: str | None,
    interval: Interval | None,
    *,
    rule: str | None = None,
    anchor: date | None = None,
    explanation: str = "",
    attribution: str | None = None,
    sentence_start: int = 0,
) -> Mention:
    return Mention(
        path=source.path,
        title=source.title,
        published=source.published.value if source.published else None,
        sentence=sentence,
        expression=expression,
        value=value,
        interval=interval,
        rule=rule,
        anchor=anchor,
        explanation=explanation,
        attribution=attribution,
        sentence_start=sentence_start,
        record=source.record,
    )


def day(year: int, month: int, dd: int) -> Interval:
    return Interval(date(year, month, dd), date(year, month, dd), "day")


Q1 = Interval(date(2023, 1, 1), date(2023, 3, 31), "quarter")
APRIL = Interval(date(2023, 4, 1), date(2023, 4, 30), "month")
AID_PAUSE = Interval(date(2023, 4, 28), date(2023, 5, 3), "range")
WEEK_18 = Interval(date(2023, 5, 1), date(2023, 5, 7), "week")
EARLIER_THIS_MONTH = Interval(date(2023, 5, 1), date(2023, 5, 11), "range")

BRIDGE_STRUCK = Event(
    id="e5",
    interval=day(2023, 5, 4),
    summary="The road bridge over the Sava was struck and its eastern span collapsed.",
    mentions=(
        mention(
            BRIDGE,
            "The road bridge over the Sava was struck late yesterday and its eastern span "
            "collapsed into the river.",
            "yesterday",
            "2023-05-04",
            day(2023, 5, 4),
            rule="relative-day",
            anchor=date(2023, 5, 5),
            explanation="publication 2023-05-05 - 1 day = 2023-05-04",
            sentence_start=120,
        ),
        mention(
            TALKS,
            "The collapse of the bridge on 4 May cut the town off from the west, "
            "the regional governor said.",
            "4 May",
            "2023-05-04",
            day(2023, 5, 4),
            rule="day-month",
            anchor=date(2023, 5, 11),
            explanation="day and month given; year 2023 from publication 2023-05-11",
            attribution="the regional governor",
            sentence_start=410,
        ),
        mention(
            WIRE,
            "Drivers had waited since the bridge was hit last Thursday.",
            "last Thursday",
            "2023-05-04",
            day(2023, 5, 4),
            rule="weekday-last",
            anchor=date(2023, 5, 9),
            explanation="publication 2023-05-09 is a Tuesday; last Thursday = 2023-05-04",
            sentence_start=88,
        ),
    ),
    merge_reason="same day 2023-05-04; sentences share 'bridge', 'struck/hit' (similarity 0.71)",
)


def fixture_timeline() -> Timeline:
    events = (
        Event(
            "e1",
            Q1,
            "Shelling around the river crossing intensified in the first quarter.",
            (
                mention(
                    TALKS,
                    "Shelling around the crossing intensified in the first quarter of the year.",
                    "the first quarter of the year",
                    "2023-Q1",
                    Q1,
                    rule="quarter-ordinal",
                    anchor=date(2023, 5, 11),
                    explanation="year 2023 from publication 2023-05-11",
                    sentence_start=40,
                ),
            ),
        ),
        Event(
            "e2",
            APRIL,
            "Residents began leaving the eastern districts.",
            (
                mention(
                    BRIDGE,
                    "Residents began leaving the eastern districts in April.",
                    "in April",
                    "2023-04",
                    APRIL,
                    rule="month-name",
                    anchor=date(2023, 5, 5),
                    explanation="most recent April on or before publication 2023-05-05",
                    sentence_start=300,
                ),
            ),
        ),
        Event(
            "e3",
            AID_PAUSE,
            "Aid deliveries to Lipovo were suspended for six days.",
            (
                mention(
                    WIRE,
                    "Aid deliveries were suspended from 28 April to 3 May.",
                    "from 28 April to 3 May",
                    "2023-04-28/2023-05-03",
                    AID_PAUSE,
                    rule="day-range",
                    anchor=date(2023, 5, 9),
                    explanation="both ends given; year 2023 from publication 2023-05-09",
                    sentence_start=10,
                ),
            ),
        ),
        Event(
            "e4",
            WEEK_18,
            "The regional administration imposed a night curfew.",
            (
                mention(
                    TALKS,
                    "A night curfew was imposed the week before last.",
                    "the week before last",
                    "2023-W18",
                    WEEK_18,
                    rule="week-before-last",
                    anchor=date(2023, 5, 11),
                    explanation="publication 2023-05-11 is in week 19; two weeks back = W18",
                    sentence_start=200,
                ),
            ),
        ),
        Event(
            "e6",
            EARLIER_THIS_MONTH,
            "Negotiators met three times without agreeing on a ceasefire.",
            (
                mention(
                    TALKS,
                    "Negotiators met three times earlier this month without agreement, "
                    "a spokesperson for the mediators said.",
                    "earlier this month",
                    "2023-05",
                    EARLIER_THIS_MONTH,
                    rule="earlier-this-month",
                    anchor=date(2023, 5, 11),
                    explanation="from the 1st of the publication month to 2023-05-11",
                    attribution="a spokesperson for the mediators",
                    sentence_start=0,
                ),
            ),
        ),
        BRIDGE_STRUCK,
        Event(
            "e7",
            day(2023, 5, 8),
            "A convoy of twelve lorries reached the centre of Lipovo.",
            (
                mention(
                    WIRE,
                    "The convoy of twelve lorries reached the town centre on Monday.",
                    "on Monday",
                    "2023-05-08",
                    day(2023, 5, 8),
                    rule="weekday-past",
                    anchor=date(2023, 5, 9),
                    explanation="publication 2023-05-09 is a Tuesday; the Monday before = "
                    "2023-05-08",
                    sentence_start=0,
                ),
            ),
        ),
        Event(
            "e8",
            None,
            "Volunteers repaired the pumps at the water station.",
            (
                mention(
                    NOTE,
                    "Volunteers repaired the pumps at the water station on Friday.",
                    "on Friday",
                    "XXXX-WXX-5",
                    None,
                    rule="weekday-past",
                    explanation="no publication date: Friday left unresolved",
                    sentence_start=0,
                ),
            ),
        ),
    )
    return Timeline(
        sources=(BRIDGE, TALKS, WIRE, NOTE),
        events=events,
        problems=(
            Problem(
                NOTE.path,
                "no publication date found; relative dates left unresolved",
                "warning",
            ),
        ),
        skipped_files=1,
    )


def fixture_tags() -> tuple[TaggedArticle, ...]:
    yesterday = Timex(
        start=131,
        end=140,
        text="yesterday",
        type="DATE",
        value="2023-05-04",
        rule="relative-day",
        anchor=date(2023, 5, 5),
        anchor_kind="publication",
        interval=day(2023, 5, 4),
        explanation="publication 2023-05-05 - 1 day = 2023-05-04",
    )
    in_april = replace(
        yesterday,
        start=341,
        end=349,
        text="in April",
        value="2023-04",
        rule="month-name",
        interval=APRIL,
        signal="in",
        explanation="most recent April on or before publication 2023-05-05",
    )
    week = Timex(
        start=55,
        end=64,
        text="six days",
        type="DURATION",
        value="P6D",
        rule="duration-days",
        anchor=None,
        anchor_kind="none",
        interval=None,
        explanation="a length of time, not a date",
    )
    friday = Timex(
        start=54,
        end=63,
        text="on Friday",
        type="DATE",
        value="XXXX-WXX-5",
        rule="weekday-past",
        anchor=None,
        anchor_kind="none",
        interval=None,
        signal="on",
        explanation="no publication date: Friday left unresolved",
    )
    return (
        TaggedArticle(BRIDGE.path, None, BRIDGE.published, (yesterday, in_april)),
        TaggedArticle(WIRE.path, WIRE.record, WIRE.published, (week,)),
        TaggedArticle(NOTE.path, None, None, (friday,)),
    )

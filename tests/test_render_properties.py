"""Properties of every renderer on random timelines: random unicode (lone surrogates, controls,
markup, right-to-left marks) in every text field never raises, and the machine-readable formats
always parse back."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.model import (
    Event,
    Granularity,
    Interval,
    Mention,
    Problem,
    PublicationDate,
    Source,
    TaggedArticle,
    Timeline,
    Timex,
)
from timeline.render import render_explanation, render_tags, render_timeline

# Every code point, lone surrogates included; hostile fragments mixed in more often than chance.
ANY_TEXT = st.one_of(
    st.text(st.characters(exclude_categories=()), max_size=30),
    st.lists(
        st.sampled_from(
            [
                *("[bold]", "[/]", "\x1b[31m", "\x1b]8;;x\x1b\\", "|", "\n", "\r", "#", "=", "-"),
                *(
                    "`",
                    "<b>",
                    "&amp;",
                    "\ud800",
                    "\u202e",
                    "\x9b",
                    "\t",
                    "*",
                    "_",
                    "[x](y)",
                    " ",
                    "a",
                ),
            ]
        ),
        max_size=8,
    ).map("".join),
)
DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
GRANULARITIES: list[Granularity] = ["day", "week", "month", "quarter", "year", "range"]
CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@st.composite
def intervals(draw: st.DrawFn) -> Interval | None:
    if draw(st.booleans()):
        return None
    start = draw(DAYS)
    end = start + timedelta(days=draw(st.integers(0, 400)))
    return Interval(start, end, draw(st.sampled_from(GRANULARITIES)))


@st.composite
def sources(draw: st.DrawFn) -> Source:
    published = draw(
        st.none()
        | st.builds(
            PublicationDate,
            DAYS,
            st.sampled_from(["cli", "prefix", "header", "front-matter", "meta", "json", "dct"]),
            ANY_TEXT,
        )
    )
    record = draw(st.none() | st.integers(1, 5))
    return Source(draw(ANY_TEXT), draw(ANY_TEXT), published, record)


@st.composite
def mentions(draw: st.DrawFn, pool: list[Source]) -> Mention:
    # Mostly an article of the timeline; sometimes one missing from Timeline.sources.
    source = draw(st.sampled_from(pool) | sources())
    return Mention(
        path=source.path,
        title=source.title,
        published=source.published.value if source.published else None,
        sentence=draw(ANY_TEXT),
        expression=draw(st.none() | ANY_TEXT),
        value=draw(st.none() | ANY_TEXT),
        interval=draw(intervals()),
        rule=draw(st.none() | ANY_TEXT),
        anchor=draw(st.none() | DAYS),
        explanation=draw(ANY_TEXT),
        attribution=draw(st.none() | ANY_TEXT),
        sentence_start=draw(st.integers(0, 10_000)),
        record=source.record,
    )


@st.composite
def timelines(draw: st.DrawFn) -> Timeline:
    pool = draw(st.lists(sources(), min_size=1, max_size=4))
    events = draw(
        st.lists(
            st.builds(
                Event,
                ANY_TEXT,
                intervals(),
                ANY_TEXT,
                st.lists(mentions(pool), min_size=1, max_size=3).map(tuple),
                ANY_TEXT,
            ),
            max_size=5,
        )
    )
    problems = draw(
        st.lists(st.builds(Problem, ANY_TEXT, ANY_TEXT, st.sampled_from(["warning", "error"])))
    )
    return Timeline(tuple(pool), tuple(events), tuple(problems), draw(st.integers(0, 3)))


TIMEXES = st.builds(
    Timex,
    start=st.integers(0, 1000),
    end=st.integers(0, 1000),
    text=ANY_TEXT,
    type=st.sampled_from(["DATE", "TIME", "DURATION", "SET"]),
    value=ANY_TEXT,
    rule=ANY_TEXT,
    anchor=st.none() | DAYS,
    anchor_kind=st.sampled_from(["publication", "reference", "none"]),
    interval=intervals(),
    explanation=ANY_TEXT,
)
TAGGED = st.lists(
    st.builds(
        TaggedArticle,
        ANY_TEXT,
        st.none() | st.integers(1, 9),
        st.none() | st.builds(PublicationDate, DAYS, st.just("meta"), ANY_TEXT),
        st.lists(TIMEXES, max_size=3).map(tuple),
    ),
    max_size=3,
)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(timelines(), st.booleans(), st.integers(20, 200))
def test_terminal_formats_never_raise_and_stay_plain(
    timeline: Timeline, color: bool, width: int
) -> None:
    outputs = [render_timeline(timeline, "table", color=color, width=width)]
    outputs += [
        render_explanation(event, sources=timeline.sources, color=color, width=width)
        for event in timeline.events
    ]
    for output in outputs:
        output.encode("utf-8")
        plain = re.sub(r"\x1b\[[0-9;]*m", "", output) if color else output
        assert not CONTROL.search(plain)


@SETTINGS
@given(timelines())
def test_json_parses_back(timeline: Timeline) -> None:
    output = render_timeline(timeline, "json")
    output.encode("utf-8")
    document = json.loads(output)
    assert len(document["articles"]) == len(timeline.sources)
    assert len(document["events"]) == len(timeline.events)
    assert [len(e["mentions"]) for e in document["events"]] == [
        len(e.mentions) for e in timeline.events
    ]
    lines = render_timeline(timeline, "jsonl").splitlines()
    assert len(lines) == len(timeline.events)
    assert all(json.loads(line)["version"] == 1 for line in lines)
    slides = json.loads(render_timeline(timeline, "timelinejs"))["events"]
    assert len(slides) == sum(1 for e in timeline.events if e.interval is not None)


@SETTINGS
@given(timelines())
def test_csv_parses_back_to_one_row_per_mention(timeline: Timeline) -> None:
    output = render_timeline(timeline, "csv")
    output.encode("utf-8")
    rows = list(csv.reader(io.StringIO(output, newline="")))
    assert len(rows) == 1 + sum(len(event.mentions) for event in timeline.events)
    assert all(len(row) == 12 for row in rows)
    assert not any(
        cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row
    )


@SETTINGS
@given(timelines())
def test_markdown_has_one_line_per_event_and_problem(timeline: Timeline) -> None:
    output = render_timeline(timeline, "markdown")
    output.encode("utf-8")
    assert not CONTROL.search(output)
    lines = output.splitlines()
    assert sum(line.startswith("- ") for line in lines) == len(timeline.events) + len(
        timeline.problems
    )
    headings = ["# Timeline", "## Events", "## Sources"]
    if any(event.interval is None for event in timeline.events):
        headings.insert(2, "## Undated")
    if timeline.problems:
        headings.append("## Warnings")
    assert [line for line in lines if line.startswith("#")] == headings


@SETTINGS
@given(TAGGED, st.booleans(), st.booleans())
def test_tags_never_raise_and_jsonl_parses_back(
    tagged: list[TaggedArticle], explain: bool, color: bool
) -> None:
    render_tags(tagged, "table", explain=explain, color=color).encode("utf-8")
    lines = render_tags(tagged, "jsonl", explain=explain).splitlines()
    assert len(lines) == sum(len(article.timexes) for article in tagged)
    for line in lines:
        assert ("explanation" in json.loads(line)) == explain

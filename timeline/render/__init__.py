"""Render a timeline. Renderers know nothing of parsing: they read model values only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from timeline.model import Event, Source, TaggedArticle, Timeline
from timeline.render import csv, json, markdown, table, tags, timelinejs
from timeline.render import explain as explanation

TimelineFormat = Literal["table", "markdown", "json", "jsonl", "csv", "timelinejs"]
TagFormat = Literal["table", "jsonl"]


def render_timeline(
    timeline: Timeline, fmt: TimelineFormat, *, color: bool = False, width: int = 120
) -> str:
    match fmt:
        case "table":
            return table.render(timeline, color=color, width=width)
        case "markdown":
            return markdown.render(timeline)
        case "json":
            return json.render_json(timeline)
        case "jsonl":
            return json.render_jsonl(timeline)
        case "csv":
            return csv.render(timeline)
        case "timelinejs":
            return timelinejs.render(timeline)


def render_tags(
    tagged: Sequence[TaggedArticle],
    fmt: TagFormat,
    *,
    explain: bool = False,
    color: bool = False,
    width: int = 120,
) -> str:
    match fmt:
        case "table":
            return tags.render_table(tagged, explain=explain, color=color, width=width)
        case "jsonl":
            return tags.render_jsonl(tagged, explain=explain)


def render_explanation(
    event: Event,
    *,
    color: bool = False,
    width: int = 120,
    sources: Sequence[Source] = (),
) -> str:
    """For `timeline explain`: each mention's anchor, rule and arithmetic, and the merge reason.

    `sources` (Timeline.sources) tells where each article's publication date was read from.
    """
    return explanation.render(event, sources=sources, color=color, width=width)

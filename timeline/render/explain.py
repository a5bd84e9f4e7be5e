"""`timeline explain EVENT_ID`: how each mention of one event was dated, and why they merged."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from timeline.model import Event, Interval, Mention, Source
from timeline.render.dates import PUBLISHED_FROM, display_day, display_interval
from timeline.render.sanitize import one_line
from timeline.render.terminal import to_string


def _days(interval: Interval | None) -> str:
    """5 May 2023 (day, 2023-05-05) / 1-11 May 2023 (range, 2023-05-01..2023-05-11)"""
    if interval is None:
        return "undated"
    days = interval.start.isoformat()
    if interval.end != interval.start:
        days += f"..{interval.end.isoformat()}"
    return f"{display_interval(interval)} ({interval.granularity}, {days})"


def _publication(mention: Mention, sources: Sequence[Source]) -> Text:
    if mention.published is None:
        return Text("unknown: relative dates in this article are not resolved", style="yellow")
    shown = display_day(mention.published)
    for source in sources:
        if (source.path, source.record) == (mention.path, mention.record) and source.published:
            shown += f" ({PUBLISHED_FROM[source.published.source]}"
            if source.published.evidence:
                shown += f': "{one_line(source.published.evidence)}"'
            shown += ")"
            break
    return Text(shown)


def _mention(mention: Mention, sources: Sequence[Source]) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    article = one_line(mention.path)
    if mention.record is not None:
        article += f" #{mention.record}"
    grid.add_row("Article", Text(f"{article} - {one_line(mention.title)}"))
    grid.add_row("Published", _publication(mention, sources))
    grid.add_row("Sentence", Text(f'"{one_line(mention.sentence)}"'))
    if mention.expression is None:
        grid.add_row("Expression", Text("none: the sentence has no date", style="yellow"))
    else:
        expression = f'"{one_line(mention.expression)}"'
        if mention.value is not None:
            expression += f" = {one_line(mention.value)}"
        grid.add_row("Expression", Text(expression))
    grid.add_row("Dated", Text(_days(mention.interval)))
    grid.add_row("Rule", Text(one_line(mention.rule) if mention.rule else "none"))
    anchor = display_day(mention.anchor) if mention.anchor else "none (absolute or undated)"
    grid.add_row("Anchor", Text(anchor))
    grid.add_row("Arithmetic", Text(one_line(mention.explanation) or "none"))
    attribution = one_line(mention.attribution) if mention.attribution else "not attributed"
    grid.add_row("Attribution", Text(attribution))
    return grid


def render(event: Event, *, sources: Sequence[Source] = (), color: bool, width: int) -> str:
    heading = Text(f"Event {one_line(event.id)}: ", style="bold")
    heading.append(_days(event.interval))
    parts: list[RenderableType] = [heading, Text(one_line(event.summary))]
    total = len(event.mentions)
    for number, mention in enumerate(event.mentions, start=1):
        parts += [Text(""), Text(f"Mention {number} of {total}", style="bold underline")]
        parts.append(_mention(mention, sources))
    parts.append(Text(""))
    reason = one_line(event.merge_reason)
    if total > 1:
        parts.append(Text("Merged because: " + (reason or "no reason recorded")))
    elif reason:
        parts.append(Text("Merge: " + reason))
    return to_string(parts, color=color, width=width)

"""The output of `timeline tag`: every temporal expression found, as a table or JSON Lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich import box
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from timeline.model import TaggedArticle, Timex
from timeline.render.dates import PUBLISHED_FROM, display_day, iso
from timeline.render.json import dumps
from timeline.render.sanitize import one_line, valid_unicode
from timeline.render.terminal import plural, to_string


def _where(article: TaggedArticle) -> str:
    path = one_line(article.path)
    return path if article.record is None else f"{path} #{article.record}"


def _anchor(timex: Timex) -> str:
    """The anchor date; one taken from the text rather than the publication date says so."""
    if timex.anchor is None:
        return ""
    if timex.anchor_kind == "reference":
        return f"{timex.anchor.isoformat()} (in text)"
    return timex.anchor.isoformat()


def _publication(article: TaggedArticle) -> Text:
    published = article.published
    if published is None:
        return Text("publication date unknown", style="yellow")
    return Text(
        f"published {display_day(published.value)} ({PUBLISHED_FROM[published.source]})",
        style="dim",
    )


def _timex_table(timexes: Sequence[Timex], *, explain: bool) -> Table:
    # With explanations, the long last column takes all the width the others leave.
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, header_style="bold", expand=explain)
    table.add_column("Offsets", no_wrap=True, justify="right")
    table.add_column("Text", style="bold")
    table.add_column("Type", no_wrap=True)
    table.add_column("Value", style="green", no_wrap=True)
    table.add_column("Rule", style="cyan", no_wrap=True)
    table.add_column("Anchor", no_wrap=True)
    if explain:
        table.add_column("Explanation", style="dim", ratio=1)
    for timex in timexes:
        row = [
            Text(f"{timex.start}-{timex.end}"),
            Text(one_line(timex.text)),
            Text(timex.type),
            Text(one_line(timex.value)),
            Text(one_line(timex.rule)),
            Text(_anchor(timex)),
        ]
        if explain:
            row.append(Text(one_line(timex.explanation)))
        table.add_row(*row)
    return table


def render_table(tagged: Sequence[TaggedArticle], *, explain: bool, color: bool, width: int) -> str:
    """One section per article: its path and publication date, then its expressions."""
    parts: list[RenderableType] = []
    for article in tagged:
        heading = Text(_where(article), style="bold")
        heading.append("  ")
        heading.append_text(_publication(article))
        parts.append(heading)
        if article.timexes:
            parts.append(_timex_table(article.timexes, explain=explain))
        else:
            parts.append(Text("no temporal expressions found", style="dim"))
        parts.append(Text(""))
    count = sum(len(article.timexes) for article in tagged)
    parts.append(Text(f"{plural(count, 'expression')} in {plural(len(tagged), 'article')}"))
    return to_string(parts, color=color, width=width)


def _interval_object(timex: Timex) -> dict[str, str] | None:
    interval = timex.interval
    if interval is None:
        return None
    return {
        "start": interval.start.isoformat(),
        "end": interval.end.isoformat(),
        "granularity": interval.granularity,
    }


def _timex_object(article: TaggedArticle, timex: Timex, *, explain: bool) -> dict[str, Any]:
    entry: dict[str, Any] = {"path": valid_unicode(article.path)}
    if article.record is not None:
        entry["record"] = article.record
    entry |= {
        "start": timex.start,
        "end": timex.end,
        "text": valid_unicode(timex.text),
        "type": timex.type,
        "value": valid_unicode(timex.value),
        "rule": valid_unicode(timex.rule),
        "anchor": iso(timex.anchor),
        "interval": _interval_object(timex),
        "signal": timex.signal,
    }
    if explain:
        entry["explanation"] = valid_unicode(timex.explanation)
    return entry


def render_jsonl(tagged: Sequence[TaggedArticle], *, explain: bool) -> str:
    return "".join(
        dumps(_timex_object(article, timex, explain=explain)) + "\n"
        for article in tagged
        for timex in article.timexes
    )

"""The timeline as a terminal table: Date | Event | Sources, then the numbered sources."""

from __future__ import annotations

from rich import box
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from timeline.model import Event, Timeline
from timeline.render.citations import Citations, cite
from timeline.render.dates import display_interval
from timeline.render.sanitize import one_line
from timeline.render.terminal import plural, to_string


def _event_cell(event: Event, citations: Citations) -> Text:
    cell = Text(one_line(event.summary))
    claims = citations.attributions(event)
    if claims:
        said = "; ".join(f"{one_line(who)} [{number}]" for number, who in claims)
        cell.append("\naccording to " + said, style="italic")
    cell.append("\n" + one_line(event.id), style="dim")
    return cell


def _refs(numbers: list[int]) -> Text:
    return Text("".join(f"[{number}]" for number in numbers), style="cyan")


def _events_table(timeline: Timeline, citations: Citations) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, header_style="bold")
    table.add_column("Date", style="green", min_width=11, max_width=24)
    table.add_column("Event")
    table.add_column("Sources", no_wrap=False, max_width=20)
    dated = [event for event in timeline.events if event.interval is not None]
    undated = [event for event in timeline.events if event.interval is None]
    for event in dated:
        row = (Text(display_interval(event.interval)), _event_cell(event, citations))
        table.add_row(*row, _refs(citations.numbers(event)))
    if undated:
        if dated:
            table.add_section()
        for event in undated:
            row = (Text(display_interval(None), style="yellow"), _event_cell(event, citations))
            table.add_row(*row, _refs(citations.numbers(event)))
    return table


def _sources_list(citations: Citations) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="cyan", no_wrap=True)
    grid.add_column()
    for source in citations.sources:
        line = Text(one_line(source.path), style="bold")
        if source.record is not None:
            line.append(f" (record {source.record})")
        line.append(" - " + one_line(source.title))
        line.append(" - " + source.publication(), style="dim" if source.published else "yellow")
        grid.add_row(f"[{source.number}]", line)
    return grid


def _footer(timeline: Timeline) -> Text:
    undated = sum(1 for event in timeline.events if event.interval is None)
    parts = [
        f"{plural(len(timeline.events), 'event')} ({undated} undated)",
        f"from {plural(len(timeline.sources), 'article')}",
    ]
    footer = " ".join(parts)
    warnings = sum(1 for problem in timeline.problems if problem.severity == "warning")
    errors = len(timeline.problems) - warnings
    if warnings:
        footer += f"; {plural(warnings, 'warning')}"
    if errors:
        footer += f"; {plural(errors, 'error')}"
    if timeline.skipped_files:
        footer += f"; {plural(timeline.skipped_files, 'file')} skipped"
    return Text(footer, style="bold")


def render(timeline: Timeline, *, color: bool, width: int) -> str:
    citations = cite(timeline)
    parts: list[RenderableType] = []
    if timeline.events:
        parts.append(_events_table(timeline, citations))
    else:
        parts.append(Text("No events."))
    if citations.sources:
        parts += [Text("Sources", style="bold"), _sources_list(citations)]
    parts += [Text(""), _footer(timeline)]
    return to_string(parts, color=color, width=width)

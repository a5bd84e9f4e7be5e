"""The timeline as a Markdown report: events with numbered citations, sources, warnings."""

from __future__ import annotations

from timeline.model import Event, Timeline
from timeline.render.citations import Citations, cite
from timeline.render.dates import display_interval
from timeline.render.sanitize import markdown
from timeline.render.terminal import plural


def _citations(event: Event, citations: Citations) -> str:
    """[1] (according to the governor), [3]: a claim is shown as a claim, with its source."""
    claims: dict[int, list[str]] = {}
    for number, who in citations.attributions(event):
        claims.setdefault(number, []).append(markdown(who))
    refs = []
    for number in citations.numbers(event):
        ref = f"[{number}]"
        if number in claims:
            ref += f" (according to {'; '.join(claims[number])})"
        refs.append(ref)
    return ", ".join(refs)


def _bullet(event: Event, citations: Citations) -> str:
    when = f"**{display_interval(event.interval)}**: " if event.interval is not None else ""
    line = f"- {when}{markdown(event.summary)}"
    refs = _citations(event, citations)
    if refs:
        line += f" {refs}"
    return line + f" (event {markdown(event.id)})"


def _period(timeline: Timeline) -> str:
    dated = [event.interval for event in timeline.events if event.interval is not None]
    if not dated:
        return "No dated events."
    # Events come sorted by start: the first and the last dated event bound the report.
    first, last = dated[0], dated[-1]
    if first == last:
        return f"Period covered: {display_interval(first)}."
    return f"Period covered: {display_interval(first)} to {display_interval(last)}."


def _counts(timeline: Timeline) -> str:
    undated = sum(1 for event in timeline.events if event.interval is None)
    return (
        f"{plural(len(timeline.events), 'event')} ({undated} undated) "
        f"from {plural(len(timeline.sources), 'article')}."
    )


def render(timeline: Timeline) -> str:
    citations = cite(timeline)
    lines = ["# Timeline", "", f"{_period(timeline)} {_counts(timeline)}", "", "## Events", ""]
    dated = [event for event in timeline.events if event.interval is not None]
    undated = [event for event in timeline.events if event.interval is None]
    lines += [_bullet(event, citations) for event in dated] or ["No dated events."]
    if undated:
        lines += ["", "## Undated", ""]
        lines += [_bullet(event, citations) for event in undated]
    lines += ["", "## Sources", ""]
    for source in citations.sources:
        title = markdown(source.title) or "(untitled)"
        where = markdown(source.path)
        if source.record is not None:
            where += f", record {source.record}"
        lines.append(f"{source.number}. {title} ({where}), {source.publication()}")
    if not citations.sources:
        lines.append("No articles.")
    if timeline.problems:
        lines += ["", "## Warnings", ""]
        lines += [
            f"- {problem.severity}: {markdown(problem.path)}: {markdown(problem.message)}"
            for problem in timeline.problems
        ]
    if timeline.skipped_files:
        lines += ["", f"{plural(timeline.skipped_files, 'file')} skipped."]
    return "\n".join(lines) + "\n"

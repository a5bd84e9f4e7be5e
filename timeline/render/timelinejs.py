"""The timeline as TimelineJS3 JSON: dated events only, sources as plain escaped text."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from timeline.model import Event, Interval, Timeline
from timeline.render.citations import Citations, cite
from timeline.render.dates import display_interval
from timeline.render.json import dumps
from timeline.render.sanitize import one_line
from timeline.render.terminal import plural


def _escaped(text: str) -> str:
    """TimelineJS shows headlines and texts as HTML: nothing from an article may become markup."""
    return html.escape(one_line(text), quote=True)


def _date(day: date, granularity: str) -> dict[str, int]:
    """As precise as the event is known: a month event has no day, a year event no month."""
    if granularity == "year":
        return {"year": day.year}
    if granularity == "month":
        return {"year": day.year, "month": day.month}
    return {"year": day.year, "month": day.month, "day": day.day}


def _sources_html(event: Event, citations: Citations) -> str:
    claims = dict.fromkeys(citations.attributions(event))
    items = []
    for number in citations.numbers(event):
        source = citations.sources[number - 1]
        item = f"[{number}] {_escaped(source.title)} ({_escaped(source.path)})"
        item += f", {source.publication()}"
        said = [who for cited, who in claims if cited == number]
        if said:
            item += ", according to " + "; ".join(_escaped(who) for who in said)
        items.append(f"<li>{item}</li>")
    return "<p>Sources:</p><ul>" + "".join(items) + "</ul>"


def _event(event: Event, interval: Interval, citations: Citations) -> dict[str, Any]:
    slide: dict[str, Any] = {"start_date": _date(interval.start, interval.granularity)}
    if interval.granularity not in ("day", "month", "year"):
        slide["end_date"] = _date(interval.end, interval.granularity)
    slide["text"] = {
        "headline": _escaped(event.summary),
        "text": _sources_html(event, citations),
    }
    slide["display_date"] = display_interval(interval)
    return slide


def render(timeline: Timeline) -> str:
    citations = cite(timeline)
    events = [
        _event(event, event.interval, citations)
        for event in timeline.events
        if event.interval is not None
    ]
    undated = len(timeline.events) - len(events)
    summary = (
        f"{plural(len(events), 'dated event')} from {plural(len(timeline.sources), 'article')}"
    )
    if undated:
        summary += f"; {undated} undated not shown"
    document = {"title": {"text": {"headline": "Timeline", "text": summary}}, "events": events}
    return dumps(document, indent=2) + "\n"

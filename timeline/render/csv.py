"""The timeline as CSV: one row per event mention (RFC 4180 quoting)."""

from __future__ import annotations

import csv
from io import StringIO

from timeline.model import Timeline
from timeline.render.dates import iso
from timeline.render.sanitize import csv_cell

HEADER = (
    "event_id",
    "start",
    "end",
    "granularity",
    "summary",
    "path",
    "title",
    "published",
    "sentence",
    "expression",
    "value",
    "attribution",
)


def render(timeline: Timeline) -> str:
    buffer = StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for event in timeline.events:
        interval = event.interval
        for mention in event.mentions:
            row = (
                event.id,
                iso(interval.start) if interval else None,
                iso(interval.end) if interval else None,
                interval.granularity if interval else None,
                event.summary,
                mention.path,
                mention.title,
                iso(mention.published),
                mention.sentence,
                mention.expression,
                mention.value,
                mention.attribution,
            )
            writer.writerow(csv_cell(cell) if cell is not None else "" for cell in row)
    return buffer.getvalue()

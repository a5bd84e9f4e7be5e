"""The timeline as JSON (contract version 1) and as JSON Lines, one event per line."""

from __future__ import annotations

import json
import re
from typing import Any

from timeline.model import Event, Mention, Source, Timeline
from timeline.render.dates import iso
from timeline.render.sanitize import valid_unicode

VERSION = 1

# DEL, C1 controls and bidirectional overrides are legal raw inside JSON strings, but terminals
# act on them (U+009B is a CSI) or reorder the text around them; json.dumps escapes only C0.
# They can only occur inside strings, so escaping them in the output keeps the data intact.
_RAW_CONTROL = re.compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _optional(value: str | None) -> str | None:
    return None if value is None else valid_unicode(value)


def _article(source: Source) -> dict[str, Any]:
    published = source.published
    return {
        "path": valid_unicode(source.path),
        "title": valid_unicode(source.title),
        "published": iso(published.value) if published else None,
        "published_from": published.source if published else None,
    }


def _mention(mention: Mention) -> dict[str, Any]:
    return {
        "path": valid_unicode(mention.path),
        "title": valid_unicode(mention.title),
        "published": iso(mention.published),
        "sentence": valid_unicode(mention.sentence),
        "expression": _optional(mention.expression),
        "value": _optional(mention.value),
        "attribution": _optional(mention.attribution),
    }


def event_object(event: Event) -> dict[str, Any]:
    interval = event.interval
    return {
        "id": valid_unicode(event.id),
        "start": iso(interval.start) if interval else None,
        "end": iso(interval.end) if interval else None,
        "granularity": interval.granularity if interval else None,
        "summary": valid_unicode(event.summary),
        "mentions": [_mention(mention) for mention in event.mentions],
    }


def dumps(value: object, *, indent: int | None = None) -> str:
    """Valid UTF-8 JSON; key order as built."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _RAW_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def render_json(timeline: Timeline) -> str:
    document = {
        "version": VERSION,
        "articles": [_article(source) for source in timeline.sources],
        "events": [event_object(event) for event in timeline.events],
        "warnings": [valid_unicode(str(problem)) for problem in timeline.problems],
    }
    return dumps(document, indent=2) + "\n"


def render_jsonl(timeline: Timeline) -> str:
    return "".join(
        dumps({"version": VERSION, **event_object(event)}) + "\n" for event in timeline.events
    )

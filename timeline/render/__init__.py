"""Render a timeline. Renderers know nothing of parsing: they read model values only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from timeline.model import Event, TaggedArticle, Timeline

TimelineFormat = Literal["table", "markdown", "json", "jsonl", "csv", "timelinejs"]
TagFormat = Literal["table", "jsonl"]


def render_timeline(
    timeline: Timeline, fmt: TimelineFormat, *, color: bool = False, width: int = 120
) -> str:
    raise NotImplementedError  # STUB: owned by the rendering work


def render_tags(
    tagged: Sequence[TaggedArticle],
    fmt: TagFormat,
    *,
    explain: bool = False,
    color: bool = False,
    width: int = 120,
) -> str:
    raise NotImplementedError  # STUB: owned by the rendering work


def render_explanation(event: Event, *, color: bool = False, width: int = 120) -> str:
    """For `timeline explain`: each mention's anchor, rule and arithmetic, and the merge reason."""
    raise NotImplementedError  # STUB: owned by the rendering work

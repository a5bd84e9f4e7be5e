"""Merge mentions of the same event from several articles into events."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.model import Event, Mention


def merge_mentions(mentions: Sequence[Mention]) -> tuple[Event, ...]:
    """Events sorted by start, then end; undated events last. Ids are stable."""
    raise NotImplementedError  # STUB: owned by the events work

"""Find temporal expressions in news text and resolve them to TIMEX3 values and intervals."""

from __future__ import annotations

from datetime import date

from timeline.model import Timex
from timeline.temporal.tagger import scan_text


def tag(text: str, anchor: date | None) -> tuple[Timex, ...]:
    """Every temporal expression in `text`, in order of offset.

    `anchor` is the publication date; with None, relative expressions stay unresolved (their
    `interval` is None and their value keeps X placeholders) rather than being guessed.
    """
    return scan_text(text, anchor)

"""Find temporal expressions in news text and resolve them to TIMEX3 values and intervals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Final

from timeline.model import Timex
from timeline.temporal.tagger import scan_text

# The non-ASCII letters that case-insensitive patterns match as ASCII ones ("ſ" as "s", the
# Kelvin sign as "k"): the rules look matched words up in ASCII tables, so the scan reads them
# as the ASCII letters they stand for. One character for one, so offsets are unchanged.
_AS_ASCII: Final = str.maketrans({"\u017f": "s", "\u212a": "K", "\u0130": "I", "\u0131": "i"})


def tag(text: str, anchor: date | None) -> tuple[Timex, ...]:
    """Every temporal expression in `text`, in order of offset.

    `anchor` is the publication date; with None, relative expressions stay unresolved (their
    `interval` is None and their value keeps X placeholders) rather than being guessed.
    """
    scanned = text if text.isascii() else text.translate(_AS_ASCII)
    timexes = scan_text(scanned, anchor)
    if scanned is text or scanned == text:
        return timexes
    return tuple(replace(t, text=text[t.start : t.end]) for t in timexes)

"""What every format reader shares: blanking by offsets and the reader's output shape."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from timeline.model import Problem, PublishedFrom

_NOT_NEWLINE = re.compile(r"[^\n\r]")


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with every character inside `spans` replaced by a space, newlines kept.

    The result has the same length as `text`, so offsets stay valid.
    """
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    pieces: list[str] = []
    cursor = 0
    for start, end in merged:
        pieces.append(text[cursor:start])
        pieces.append(blank_all(text[start:end]))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def blank_all(text: str) -> str:
    """`text` as spaces, newlines kept."""
    if "\n" in text or "\r" in text:
        return _NOT_NEWLINE.sub(" ", text)
    return " " * len(text)


@dataclass(frozen=True, slots=True)
class DateCandidate:
    """A publication date as written in the file, not yet checked."""

    raw: str
    source: PublishedFrom
    evidence: str


@dataclass(frozen=True, slots=True)
class Draft:
    """One article as a reader found it; `read_file` settles its publication date."""

    title: str
    text: str
    body: str
    dates: tuple[DateCandidate, ...]  # strongest first
    record: int | None = None


@dataclass(frozen=True, slots=True)
class ReaderOutput:
    drafts: tuple[Draft, ...]
    problems: tuple[Problem, ...]


def joined_article(title: str, paragraphs: Iterable[str]) -> tuple[str, str]:
    """`text` and `body` for an extracted article: headline, blank line, paragraphs.

    The headline is blanked in `body`; a first paragraph that repeats the headline is dropped.
    """
    kept = [p for p in (" ".join(p.split()) for p in paragraphs) if p]
    if kept and title and kept[0] == title:
        kept = kept[1:]
    main = "\n\n".join(kept)
    if not title:
        return main, main
    text = f"{title}\n\n{main}" if main else title
    return text, blank(text, [(0, len(title))])

"""Number the articles a timeline cites, so every format refers to them the same way."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from timeline.model import Event, Mention, PublishedFrom, Source, Timeline
from timeline.render.dates import PUBLISHED_FROM, display_day


@dataclass(frozen=True, slots=True)
class CitedSource:
    number: int
    path: str
    title: str
    record: int | None
    published: date | None
    published_from: PublishedFrom | None  # None when only a mention told us the date

    def publication(self) -> str:
        """published 5 May 2023 (from the date prefix) / publication date unknown"""
        if self.published is None:
            return "publication date unknown"
        shown = f"published {display_day(self.published)}"
        if self.published_from is None:
            return shown
        return f"{shown} ({PUBLISHED_FROM[self.published_from]})"


def _from_source(number: int, source: Source) -> CitedSource:
    published = source.published
    return CitedSource(
        number,
        source.path,
        source.title,
        source.record,
        published.value if published is not None else None,
        published.source if published is not None else None,
    )


@dataclass(frozen=True, slots=True)
class Citations:
    """Articles numbered from 1 in input order. An article a mention cites that is missing from
    Timeline.sources is added after them, from what the mention says of it."""

    sources: tuple[CitedSource, ...]
    _numbers: dict[tuple[str, int | None], int]

    def number(self, mention: Mention) -> int:
        return self._numbers[(mention.path, mention.record)]

    def numbers(self, event: Event) -> list[int]:
        """The event's sources, each once, in order of number."""
        return sorted({self.number(mention) for mention in event.mentions})

    def attributions(self, event: Event) -> list[tuple[int, str]]:
        """(source number, who says so) for each attributed claim, each pair once."""
        return sorted({(self.number(m), m.attribution) for m in event.mentions if m.attribution})


def cite(timeline: Timeline) -> Citations:
    sources = [_from_source(n, s) for n, s in enumerate(timeline.sources, start=1)]
    numbers: dict[tuple[str, int | None], int] = {}
    for source in sources:
        numbers.setdefault((source.path, source.record), source.number)
    for event in timeline.events:
        for mention in event.mentions:
            key = (mention.path, mention.record)
            if key not in numbers:
                number = len(sources) + 1
                sources.append(
                    CitedSource(
                        number, mention.path, mention.title, mention.record, mention.published, None
                    )
                )
                numbers[key] = number
    return Citations(tuple(sources), numbers)

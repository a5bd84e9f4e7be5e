"""Turn dated sentences into event mentions."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.model import Article, Mention, Sentence, Timex


def extract_mentions(
    article: Article, sentences: Sequence[Sentence], timexes: Sequence[Timex]
) -> tuple[Mention, ...]:
    """One mention per sentence whose main event is dated (or, in an undated article, would be)."""
    raise NotImplementedError  # STUB: owned by the events work

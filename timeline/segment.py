"""Split article text into sentences."""

from __future__ import annotations

from timeline.model import Sentence


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of `text` in order; offsets index `text`; blank runs never join sentences."""
    raise NotImplementedError  # STUB: owned by the events work

"""Which way a clause points in time, read from its verbs ("said Friday" vs "will meet Friday")."""

from __future__ import annotations

import re
from typing import Final

from timeline.temporal.resolve import Direction

# How far to look for the governing verbs on each side; a clause is rarely longer.
_WINDOW: Final = 120

# Sentence ends bound the clause (a comma does not: "On Friday, officials said ...").
_BOUNDARY = re.compile(r"[!?;\n\"“”]|\.(?:\s|\Z)")

_FUTURE = (
    r"will|'ll|shall|would|won't|may|might|"
    r"(?:is|are|am)\s+(?:due\s+|set\s+|expected\s+|scheduled\s+|going\s+)?to|"
    r"due\s+to|plans?\s+to|planning\s+to|going\s+to|expected|scheduled|slated|planned|"
    r"set\s+to|aims?\s+to|intends?\s+to|upcoming|tomorrow|next|"
    r"(?:forecast|projected|predicted|likely|unlikely|poised|ready|about|hoping|hopes?)\s+to"
)
_PAST_WORDS = (
    r"said|was|were|had|did|told|made|took|came|went|gave|saw|met|left|began|fought|struck|"
    r"shot|held|led|brought|sent|spent|fell|won|lost|found|thought|knew|became|rose|flew|ran|"
    r"wrote|spoke|broke|stood|got|ago|yesterday|last|earlier|former|previously|recently|"
    r"been|sought|caught|taught|bought|built|felt|kept|paid|sold|hid|fled|drew|grew|threw|"
    r"chose|drove|woke|wore|tore|swore|sank|sang|began|rang|withdrew|overran|overtook"
)
# "-ed" words that are not past forms.
_NOT_PAST = frozenset(
    {"need", "speed", "indeed", "proceed", "exceed", "succeed", "feed", "seed", "breed",
     "bleed", "red", "bed", "shed", "embed", "hundred", "creed", "greed", "weed", "steed",
     "based", "armed", "so-called", "concerned", "advanced", "detailed", "limited", "related",
     "interested", "united", "deed", "reed", "wed", "bred", "fled"}
)  # fmt: skip

_MARKER = re.compile(
    rf"(?<![\w'])(?:(?P<future>{_FUTURE})|(?P<past>{_PAST_WORDS})|(?P<weak>[a-z]+ed))(?![\w'])"
)
# A past participle after a future auxiliary is still future: "will be held".
_FUTURE_AUX = re.compile(
    r"(?:will|would|'ll|shall|to|may|might)\s+(?:not\s+|also\s+|then\s+)?"
    r"(?:be|have(?:\s+been)?)\s+\Z"
)


def clause_direction(text: str, start: int, end: int) -> Direction:
    """The tense of the clause around text[start:end]. Auxiliaries and irregular past forms
    ("will", "said", "was") outrank "-ed" words, which may be adjectives ("occupied areas");
    markers before the expression in its sentence outrank those after it."""
    before = text[max(0, start - _WINDOW) : start]
    cut = max((m.end() for m in _BOUNDARY.finditer(before)), default=0)
    before = before[cut:]
    strong: Direction = None
    weak: Direction = None
    for match in _MARKER.finditer(before):
        kind, is_strong = _kind(match, before)
        if kind and is_strong:
            strong = kind
        elif kind:
            weak = kind
    if strong or weak:
        return strong or weak
    after = text[end : end + _WINDOW]
    boundary = _BOUNDARY.search(after)
    if boundary:
        after = after[: boundary.start()]
    for match in _MARKER.finditer(after):
        kind, is_strong = _kind(match, after)
        if kind and is_strong:
            return kind
        weak = weak or kind
    return weak


def _kind(match: re.Match[str], text: str) -> tuple[Direction, bool]:
    """The direction a marker points to, and whether it is an auxiliary or irregular form."""
    if match["future"]:
        return "future", True
    word = match["past"] or match["weak"]
    if word in _NOT_PAST:
        return None, False
    if _FUTURE_AUX.search(text, max(0, match.start() - 30), match.start()):
        return "future", True
    return "past", match["past"] is not None

"""Who says so: the speaker of a news sentence and where the reported content lies.

Fast rules over one sentence (no parser): a speech verb ("said", "claimed", "told", ...), the noun
phrase before it ("Kremlin spokesman Dmitry Peskov said") or after it ('", said Victor Wan'), or
"according to X". The reported content is the clause after "said ... that", or everything before a
trailing ", X said" / '," X said' attribution; the rest of the sentence is the report itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _words(listing: str) -> frozenset[str]:
    return frozenset(listing.split())


_SPEECH_VERBS = (
    "said|says|say|claimed|claims|claim|denied|denies|deny|accused|accuses|announced|announces"
    "|told|tells|reported|reports|alleged|alleges|insisted|insists|warned|warns|added|adds"
    "|stated|states|declared|declares|confirmed|confirms|acknowledged|acknowledges|wrote|writes"
    "|pleaded|argued|argues|asserted|asserts|admitted|admits|noted|notes|explained|explains"
)
_SPEECH_VERB = re.compile(rf"\b(?:{_SPEECH_VERBS})\b")
_ACCORDING_TO = re.compile(r"\baccording to\s+")
# Where a speaker's noun phrase stops, walking back from the verb or forward from "said".
_PHRASE_BOUNDARY = re.compile(r"[,;:()\"“”\[\]—–]|\s[-–—]\s")
_QUOTE_MARK = re.compile(r'["“”]')
_THAT = re.compile(r"\bthat\b")
# Words between a speaker and the verb that are not part of the speaker: "has said", "also
# said", "the Kremlin on Friday accused".
_NOT_SPEAKER_TAIL = _words(
    """
    has had have also again later then repeatedly previously earlier once further
    separately publicly privately reportedly on late early today yesterday tonight
    monday tuesday wednesday thursday friday saturday sunday
    """
)
# Words before which a speaker's phrase cannot reach: clause openers and relatives.
_CLAUSE_WORDS = _words(
    """
    that and but while as who which whom whose when where because although if since
    after before it they he she we i
    """
)
_PRONOUNS = _words("he she they it we i")
_DETERMINERS = _words("the a an")
_MAX_SPEAKER_WORDS = 8
# Sentence-final or clause-final material after an inverted "said X": stop at these.
_AFTER_SPEAKER_STOP = re.compile(r"[,;:.!?()\"“”]|\s(?:on|in|at|during|that)\s")


@dataclass(frozen=True, slots=True)
class Report:
    """The speech act of a sentence. Offsets index the sentence's raw text."""

    speaker: str | None  # normalised noun phrase; None when no speaker could be read
    verb_start: int
    verb_end: int
    content_start: int  # the reported clause: [content_start, content_end)
    content_end: int
    introduced_by_that: bool  # "said ... that": nothing after the verb but the clause is report


def find_report(sentence: str, quoted: list[tuple[int, int]]) -> Report | None:
    """The first speech act outside quotations, or "according to X", or None."""
    for verb in _SPEECH_VERB.finditer(sentence):
        if _inside(verb.start(), quoted):
            continue
        speaker = _speaker_before(sentence, verb.start()) or _speaker_after(sentence, verb.end())
        if speaker is None:
            continue
        content_start, content_end, that = _content(sentence, verb.start(), verb.end(), quoted)
        return Report(speaker, verb.start(), verb.end(), content_start, content_end, that)
    according = _ACCORDING_TO.search(sentence)
    if according is not None and not _inside(according.start(), quoted):
        speaker = _speaker_after(sentence, according.end(), inverted=False)
        clause_start = _clause_start(sentence, according.start())
        return Report(speaker, according.start(), according.end(), 0, clause_start, False)
    return None


def is_pronoun(speaker: str) -> bool:
    return speaker.lower() in _PRONOUNS


def quotations(sentence: str) -> list[tuple[int, int]]:
    """Spans of quoted text (quote marks included); an unclosed quote runs to the end."""
    spans: list[tuple[int, int]] = []
    opening: int | None = None
    for mark in _QUOTE_MARK.finditer(sentence):
        char, index = mark.group(), mark.start()
        if opening is None and char != "”":
            opening = index
        elif opening is not None and char != "“":
            spans.append((opening, index + 1))
            opening = None
    if opening is not None:
        spans.append((opening, len(sentence)))
    return spans


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _speaker_before(sentence: str, verb_start: int) -> str | None:
    """The noun phrase ending just before the verb: back to a comma, quote or clause word."""
    clause = sentence[_clause_start(sentence, verb_start) : verb_start]
    words = clause.split()
    while words and words[-1].lower() in _NOT_SPEAKER_TAIL:
        words.pop()
    kept: list[str] = []
    for word in reversed(words):
        if word.lower() in _CLAUSE_WORDS and kept:
            break
        kept.append(word)
        if word.lower() in _CLAUSE_WORDS:
            break  # a pronoun subject: "he said"
    kept.reverse()
    if not kept or len(kept) > _MAX_SPEAKER_WORDS:
        return None
    if kept[0].lower() in _CLAUSE_WORDS and len(kept) > 1:
        return None
    if kept[0].lower() in _CLAUSE_WORDS - _PRONOUNS:
        return None
    if not (kept[0][0].isupper() or kept[0].lower() in _DETERMINERS or kept[0].isdigit()):
        return None
    return _tidy(kept)


def _speaker_after(sentence: str, start: int, *, inverted: bool = True) -> str | None:
    """The noun phrase after an inverted '," said X' or after "according to"."""
    if inverted:
        before = sentence[:start].rstrip()
        before = before[: -len(before.split()[-1])].rstrip() if before.split() else ""
        if not before.endswith((",", '"', "”")):
            return None
    stop = _AFTER_SPEAKER_STOP.search(sentence, start)
    words = sentence[start : len(sentence) if stop is None else stop.start()].split()
    if not words or len(words) > _MAX_SPEAKER_WORDS:
        return None
    if not (words[0][0].isupper() or words[0].lower() in _DETERMINERS):
        return None
    return _tidy(words)


def _tidy(words: list[str]) -> str:
    if words[0] in ("The", "A", "An"):
        words = [words[0].lower(), *words[1:]]
    return " ".join(words).rstrip(".")


def _clause_start(sentence: str, before: int) -> int:
    """Offset just after the last phrase boundary before `before` (0 if none)."""
    start = 0
    for boundary in _PHRASE_BOUNDARY.finditer(sentence, 0, before):
        start = boundary.end()
    return start


def _content(
    sentence: str, verb_start: int, verb_end: int, quoted: list[tuple[int, int]]
) -> tuple[int, int, bool]:
    """The reported clause of a speech verb, and whether "that" introduces it.

    Leading attribution ("X said on Friday that troops fled"): the clause after "that" in the
    verb's own clause. Trailing attribution ("Troops fled, the governor said on Friday."): what
    comes before the attribution clause. Otherwise everything after the verb.
    """
    that = _THAT.search(sentence, verb_end)
    if (
        that is not None
        and not _inside(that.start(), quoted)
        and _PHRASE_BOUNDARY.search(sentence, verb_end, that.start()) is None
    ):
        return that.end(), len(sentence), True
    attribution_start = _clause_start(sentence, verb_start)
    if sentence[:attribution_start].strip(' ,"“”') != "":
        return 0, attribution_start, False
    return verb_end, len(sentence), False

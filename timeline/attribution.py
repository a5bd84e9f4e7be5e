"""Who says so: the speaker of a news sentence and where the reported content lies.

Fast rules over one sentence (no parser): a speech verb ("said", "claimed", "told", ...), the noun
phrase before it ("Kremlin spokesman Dmitry Peskov said") or after it ('", said Victor Wan'), or
"according to X". The reported content is the clause after "said ... that", or everything before a
trailing ", X said" / '," X said' attribution; the rest of the sentence is the report itself.

A speaker that opens its sentence has a capital there whatever it is: "Residents said" names
residents, "Kestrava said" a country. The article's own usage decides ("Casing"), then a list of
common English words (timeline/common_words.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from sys import maxsize

from timeline.common_words import COMMON_WORDS
from timeline.wordlists import word_set

_SPEECH_VERBS = (
    "said|says|say|claimed|claims|claim|denied|denies|deny|accused|accuses|announced|announces"
    "|told|tells|reported|reports|alleged|alleges|insisted|insists|warned|warns|added|adds"
    "|stated|declared|declares|confirmed|confirms|acknowledged|acknowledges|wrote|writes"
    "|pleaded|argued|argues|asserted|asserts|admitted|admits|noted|explained|explains"
    "|vowed|vows|pledged|urged|urges|condemned|condemns|cautioned|replied"
)
_SPEECH_VERB = re.compile(rf"\b(?:{_SPEECH_VERBS})\b")
_ACCORDING_TO = re.compile(r"\baccording to\s+", re.IGNORECASE)
# Where a speaker's noun phrase stops, walking back from the verb or forward from "said".
_PHRASE_BOUNDARY = re.compile(r"[,;:()\"“”\[\]—–]|``|''|\s(?:-|--)\s")
# Straight and curly quotes, and the ``...'' pairs of wire and TimeML text.
_QUOTE_MARK = re.compile(r"[\"“”]|``|''")
_OPENING_ONLY = ("“", "``")
_CLOSING_ONLY = ("”", "''")
_THAT = re.compile(r"\bthat\b")
# Words between a speaker and the verb that are not part of the speaker: "has said", "also
# said", "the Kremlin on Friday accused".
_NOT_SPEAKER_TAIL = word_set(
    """
    has had have also again later then repeatedly previously earlier once further
    separately publicly privately reportedly
    """
)
# Words before which a speaker's phrase cannot reach: clause openers and relatives.
_CLAUSE_WORDS = word_set(
    """
    that and but while as who which whom whose when where because although though even if
    whether unless until than since after before so it they he she we i
    """
)
_PRONOUNS = word_set("he she they it we i")
_SUBORDINATORS = word_set("what that which who whom as if when where while because whether though")
# A speaker phrase holding one of these is a clause, not a noun phrase ("Kopp had been arrested").
_AUXILIARIES = word_set(
    "is are was were be been being had has have will would could should may might can did do"
    " does put"
)
# Words that make a speech verb an adjective when they precede it ("the alleged plot").
_ADJECTIVE_BEFORE = word_set("the a an this that these those its his her their")
# "alleged"/"accused" before a bare lowercase noun are adjectives ("accused doctor killer");
# as verbs they take "that", an object pronoun, a determiner or a name.
_ADJECTIVE_PRONE = word_set("alleged accused")
_VERB_OBJECT_START = word_set(
    "that of it him her them the a an its his their this these those us me"
)
# Time words that sit next to a speaker but are not part of it ("the Kremlin on Friday said").
_TIME_WORDS = word_set(
    "on late early earlier later today yesterday tonight monday tuesday wednesday thursday"
    " friday saturday sunday"
)
# A phrase opening with one of these is an adverbial, not a speaker: "according to press reports",
# "(officials in and) around Miami".
_NOT_SPEAKER_START = word_set(
    "according around in on at near from to of for with by about over under into after before"
    " between across during within without"
)
# "officials", "local officials", "police": a short phrase needs no capital; a longer one needs a
# name in it ("officials of the Immigration and Naturalization Service").
_SHORT_LOWERCASE_SPEAKER = 4
_DETERMINERS = word_set("the a an")
_MAX_SPEAKER_WORDS = 8
_SPEAKER_WINDOW = 200  # characters read around a verb for its speaker: well over eight words
# Sentence-final or clause-final material after an inverted "said X": stop at these.
# A period stops it unless it follows a single capital ("U.S. Attorney", "George W. Bush").
_AFTER_SPEAKER_STOP = re.compile(
    r"[,;:!?()\"“”]|``|''|(?<![A-Z])\.|\s(?:on|in|at|during|that|from|with|to|for)\s"
    r"|\s(?:who|which|reached|quoted|cited|speaking|interviewed|contacted)\b"
)

# A word for the case of a speaker's first word: letters, with inner apostrophes or hyphens.
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# A sentence's first word, past any opening quote marks and brackets.
_FIRST_WORD = re.compile(r"[\s\"“‘'`(\[]*(" + _WORD.pattern + ")")

# Lower-case words inside names: "Transport and Communications", "Ministry of the Interior".
_NAME_CONNECTORS = word_set("and & of for on the de")


@dataclass(frozen=True, slots=True)
class Casing:
    """How an article writes its words where case tells what they are: after a sentence's first
    word. A word it capitalises there is a name or a title; one it writes in lower case, not."""

    capitalised: frozenset[str]  # lower-cased
    lowercase: frozenset[str]


def casing(sentences: Iterable[str]) -> Casing:
    """The Casing of an article's sentences."""
    capitalised: set[str] = set()
    lowercase: set[str] = set()
    for sentence in sentences:
        words = _WORD.findall(sentence)[1:]
        lowercase.update(word for word in words if word.islower())
        capitalised.update(word.lower() for word in words if word[0].isupper())
    return Casing(frozenset(capitalised), frozenset(lowercase))


@dataclass(frozen=True, slots=True)
class Report:
    """The speech act of a sentence. Offsets index the sentence's raw text."""

    speaker: str | None  # normalised noun phrase; None when no speaker could be read
    verb_start: int
    verb_end: int
    content_start: int  # the reported clause: [content_start, content_end)
    content_end: int
    introduced_by_that: bool  # "said ... that": nothing after the verb but the clause is report


def find_report(
    sentence: str, quoted: list[tuple[int, int]], article_casing: Casing
) -> Report | None:
    """The first speech act outside quotations, or "according to X", or None. `article_casing`
    is the casing() of the sentence's article."""
    for verb in _SPEECH_VERB.finditer(sentence):
        if within(verb.start(), quoted) or _is_adjective(sentence, verb):
            continue
        speaker = _speaker_before(sentence, verb.start())
        if speaker is not None:
            speaker = _sentence_case(sentence, speaker, article_casing)
        else:
            speaker = _speaker_after(sentence, verb.end())
        if speaker is None:
            continue
        content_start, content_end, that = _content(sentence, verb.start(), verb.end(), quoted)
        return Report(speaker, verb.start(), verb.end(), content_start, content_end, that)
    according = _ACCORDING_TO.search(sentence)
    if according is not None and not within(according.start(), quoted):
        speaker = _speaker_after(sentence, according.end(), inverted=False)
        if sentence[: according.start()].strip() == "":
            # "According to X, <content>."
            phrase_end = _PHRASE_BOUNDARY.search(sentence, according.end())
            content_start = len(sentence) if phrase_end is None else phrase_end.end()
            return Report(
                speaker, according.start(), according.end(), content_start, len(sentence), False
            )
        clause_start = _clause_start(sentence, according.start())
        return Report(speaker, according.start(), according.end(), 0, clause_start, False)
    return None


def _sentence_case(sentence: str, speaker: str, article_casing: Casing) -> str:
    """The speaker with the capital that only the sentence's start gave it taken off: "residents",
    "local officials", "two soldiers", "regional governor Ilya Korsh".

    The first word keeps its capital when the article capitalises it elsewhere, when the list of
    common words does not hold it (and the article does not write it in lower case), and when a
    capitalised word follows it, perhaps past "and" or "of the": then it may open a name ("Iron
    Lark", "Transport and Communications Minister", "Ministry of the Interior") or be a title
    ("Colonel Ardis Feln", "Founder Dorian Vasko"), which no rule tells apart.
    """
    first = _FIRST_WORD.match(sentence)
    if first is None or is_pronoun(speaker):  # "He said": left to the pronoun look-up
        return speaker
    word = first.group(1)
    rest = speaker[len(word) :]
    if not speaker.startswith(word) or rest[:1] not in ("", " "):
        return speaker  # the speaker does not open the sentence
    lowered = word.lower()
    if not word[0].isupper() or not word[1:].islower() or lowered in article_casing.capitalised:
        return speaker  # "HLA", "I", or a name in this article
    following = [part for part in rest.split() if part not in _NAME_CONNECTORS]
    if following and following[0][0].isupper():
        return speaker
    if lowered in article_casing.lowercase or lowered in COMMON_WORDS:
        return lowered + rest
    return speaker


def _is_adjective(sentence: str, verb: re.Match[str]) -> bool:
    """ "the alleged plot", "the reported attack", "accused doctor killer": not speech."""
    before = sentence[max(0, verb.start() - 30) : verb.start()].split()
    if before and (before[-1].lower() in _ADJECTIVE_BEFORE or before[-1].endswith("'s")):
        return True
    if verb.group() not in _ADJECTIVE_PRONE:
        return False
    after = sentence[verb.end() : verb.end() + 30].split()
    return bool(after) and after[0].islower() and after[0] not in _VERB_OBJECT_START


def is_pronoun(speaker: str) -> bool:
    return speaker.lower() in _PRONOUNS


def quotations(sentence: str) -> list[tuple[int, int]]:
    """Spans of quoted text (quote marks included); an unclosed quote runs to the end.

    A quotation can span sentences ('"These are our men. The blood is fresh," he said.'): with
    an odd number of straight quotes and no quote mark first, the first one closes a quotation
    opened in an earlier sentence, so the sentence's start is inside it.
    """
    marks = list(_QUOTE_MARK.finditer(sentence))
    if not marks:
        return []
    spans: list[tuple[int, int]] = []
    opening: int | None = None
    straight = sum(mark.group() == '"' for mark in marks)
    if straight % 2 == 1 and not sentence.startswith(('"', *_OPENING_ONLY)):
        opening = 0
    for mark in marks:
        if opening is None and mark.group() not in _CLOSING_ONLY:
            opening = mark.start()
        elif opening is not None and mark.group() not in _OPENING_ONLY:
            spans.append((opening, mark.end()))
            opening = None
    if opening is not None:
        spans.append((opening, len(sentence)))
    return spans


def within(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `offset` falls in one of `spans` (sorted, not overlapping): a binary search, so a
    sentence with many quotations and verbs stays linear."""
    index = bisect_right(spans, (offset, maxsize)) - 1
    return index >= 0 and offset < spans[index][1]


def _speaker_before(sentence: str, verb_start: int, *, past_clause: bool = True) -> str | None:
    """The noun phrase ending just before the verb: back to a comma, quote or clause word.

    With nothing between the previous comma and the verb, the speaker stands before one relative
    or appositive clause: "Kopp's stepmother, who married his father, said"; a name set off by
    commas is the speaker itself: "A spokesman for the staff, Colonel Ardis Feln, said".
    """
    clause_start = _clause_start(sentence, verb_start)
    if sentence[clause_start:verb_start].strip() == "" and clause_start > 0:
        inner_start = _clause_start(sentence, clause_start - 1)
        inner = sentence[inner_start : clause_start - 1].split()
        if not past_clause or inner_start == 0 or not inner:
            return None
        if inner[0][0].isupper() and sentence[inner_start - 1] == ",":
            return _valid_speaker(inner)
        if not inner[0].islower():
            return None
        return _speaker_before(sentence, inner_start - 1, past_clause=False)
    words = sentence[clause_start:verb_start].split()
    while words and (words[-1].lower() in _NOT_SPEAKER_TAIL or words[-1].lower() in _TIME_WORDS):
        words.pop()
    kept: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word.lower() in _CLAUSE_WORDS and not _joins_names(words, index):
            if not kept:
                kept.append(word)  # a pronoun subject: "he said"
            break
        kept.append(word)
    kept.reverse()
    if not kept or (kept[0].lower() in _CLAUSE_WORDS and len(kept) > 1):
        return None
    if len(words) > len(kept) and words[-len(kept) - 1].lower() in _SUBORDINATORS:
        return None  # "what he claimed", "as they said": a speech verb in a subordinate clause
    if kept[0].lower() in _CLAUSE_WORDS - _PRONOUNS:
        return None
    return _valid_speaker(kept)


def _joins_names(words: list[str], index: int) -> bool:
    """ "and" inside a name: "Immigration and Naturalization Service", "Russia and Ukraine"."""
    return (
        words[index] in ("and", "&")
        and 0 < index < len(words) - 1
        and words[index - 1][:1].isupper()
        and words[index + 1][:1].isupper()
    )


def _speaker_after(sentence: str, start: int, *, inverted: bool = True) -> str | None:
    """The noun phrase after an inverted '," said X' or after "according to"."""
    if inverted:
        before = sentence[max(0, start - _SPEAKER_WINDOW) : start].split()
        if len(before) < 2 or not before[-2].endswith((",", '"', "”", "''")):
            return None
    window_end = min(len(sentence), start + _SPEAKER_WINDOW)
    stop = _AFTER_SPEAKER_STOP.search(sentence, start, window_end)
    words = sentence[start : window_end if stop is None else stop.start()].split()
    while words and words[0].lower() in _TIME_WORDS:
        words.pop(0)
    return _valid_speaker(words)


def _valid_speaker(words: list[str]) -> str | None:
    """The phrase as a speaker, or None when it does not read as a noun phrase."""
    if not words or len(words) > _MAX_SPEAKER_WORDS:
        return None
    if any(word.lower() in _AUXILIARIES or word.lower() in _TIME_WORDS for word in words):
        return None
    first = words[0]
    if first.lower() in _NOT_SPEAKER_START:
        return None
    if not (
        first[0].isupper()
        or first[0].isdigit()
        or first.lower() in _DETERMINERS
        or first.lower() in _PRONOUNS
        or len(words) <= _SHORT_LOWERCASE_SPEAKER
        or any(word[0].isupper() for word in words[1:])
    ):
        return None
    if words[0] in ("The", "A", "An"):
        words = [words[0].lower(), *words[1:]]
    return " ".join(words).rstrip(".")


def _clause_start(sentence: str, before: int) -> int:
    """Offset just after the last phrase boundary before `before` (0 if none). Only a window is
    read: a speaker is a few words long, and reading back to the start for every verb would make
    long sentences quadratic."""
    start = max(0, before - _SPEAKER_WINDOW)
    for boundary in _PHRASE_BOUNDARY.finditer(sentence, start, before):
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
        and not within(that.start(), quoted)
        and _PHRASE_BOUNDARY.search(sentence, verb_end, that.start()) is None
    ):
        return that.end(), len(sentence), True
    attribution_start = _clause_start(sentence, verb_start)
    if sentence[:attribution_start].strip(' ,"“”') != "":
        return 0, attribution_start, False
    return verb_end, len(sentence), False

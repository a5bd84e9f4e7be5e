"""How alike two mention sentences are: who, where, what.

Two measures, chosen in bench/merge.py on labelled pairs:
- `text_similarity`: rapidfuzz token_set_ratio of the normalised sentences, the best single
  measure there (two outlets share the key words but order them differently).
- `content_overlap`: weighted Dice coefficient of content terms (lower-cased, lightly stemmed,
  function and calendar words dropped; names and numbers weigh double).
- `near_identity`: rapidfuzz token_sort_ratio, which counts the words one sentence has and the
  other lacks. token_set_ratio scores a short sentence whose words all appear in a longer one as
  1.0; a floor on both of these guards against that. A high bar on near_identity is also the
  test for the strict cases: two sentences of one article, or undated mentions.
Calendar words are not content: the merge stage compares intervals separately. Words that war
reports use for one another ("truce"/"ceasefire", "struck"/"hit") are mapped to one concept
first: a small hand-made stand-in for embeddings, which would need model weights from a hub.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

# Words that carry no event content: function words, reporting verbs, and calendar words (the
# date is compared as an interval, not as text).
_STOPWORD_TEXT = """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    out over own same she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself
    said say says saying told tell tells according statement reported reports report added
    announced announce claimed claims claim stated statements spokesman spokeswoman spokesperson
    official officials
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
    morning afternoon evening night overnight week weeks month months year years day days
    earlier later last next early late
    january february march april may june july august september october november december
    mr mrs ms dr
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
# A word: a number with its separators ("2,000"), or letters and digits with inner apostrophes
# or hyphens ("Norland's", "nine-storey").
_WORD = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:['’-]\w+)*")
_POSSESSIVE = re.compile(r"['’]s?$")
# Light suffix stripping, longest first; a stem keeps at least three characters.
_SUFFIXES = ("ations", "ation", "ings", "ing", "ed", "s")
_MIN_STEM = 3
# Names and numbers count this much more than common content words.
ENTITY_WEIGHT = 2.0


@dataclass(frozen=True, slots=True)
class Profile:
    """The content terms of one sentence, with their weights."""

    weights: dict[str, float]  # term -> weight, in sentence order; names weigh ENTITY_WEIGHT
    total: float  # sum of weights
    surface: dict[str, str]  # term -> the word as first written, for explanations
    normalised: str  # lower-cased words, concepts for their synonyms, for rapidfuzz


@cache  # news repeats its words; stemming each distinct word once keeps profiling cheap
def stem(word: str) -> str:
    """Lower-cased word without possessive, common inflection and final "e", so that "drone",
    "drones", "shelling", "shelled", "captured" and "capture" meet their kin."""
    lowered = _POSSESSIVE.sub("", word.lower())
    if len(lowered) > 4 and lowered.endswith(("ies", "ied")):
        return lowered[:-3] + "y"
    for suffix in _SUFFIXES:
        if (
            lowered.endswith(suffix)
            and len(lowered) - len(suffix) >= _MIN_STEM
            and not lowered.endswith("ss")
        ):
            lowered = lowered[: -len(suffix)]
            break
    return lowered[:-1] if lowered.endswith("e") and len(lowered) > _MIN_STEM else lowered


# Words that war reports use for one another, stemmed, each group under one concept name.
_CONCEPT_GROUPS = {
    "ceasefire": "ceasefire cease-fire truce armistice",
    "exchange": "exchange exchanged swap swapped",
    "strike": "strike struck hit attack bomb bombard raid",
    "kill": "kill dead died death",
    "troops": "troop force unit soldier fighter",
    "capture": "capture seize retook recapture retake overran",
    "withdraw": "withdraw withdrawal withdrew pull leave quit retreat",
    "missile": "missile rocket",
    "drone": "drone uav",
    "shell": "shell artillery mortar",
    "begin": "begin began start",
    "end": "end",
    "wound": "wound injure",
    "handover": "handover transfer",
    "talks": "talk negotiation negotiator",
    "accuse": "accuse blame",
    "depot": "depot warehouse",
}
_CONCEPT = {
    stem(word): concept for concept, words in _CONCEPT_GROUPS.items() for word in words.split()
}


def profile(sentence: str) -> Profile:
    """Content terms of a sentence in order of appearance, names and numbers weighted up."""
    weights: dict[str, float] = {}
    surface: dict[str, str] = {}
    words: list[str] = []
    for position, match in enumerate(_WORD.finditer(sentence)):
        word = _POSSESSIVE.sub("", match.group())
        lowered = word.lower()
        concept = _CONCEPT.get(stem(word))
        words.append(concept or lowered)
        if lowered in _STOPWORDS or (len(lowered) < 3 and not lowered.isdigit()):
            continue
        is_entity = word[0].isdigit() or (position > 0 and word[0].isupper())
        term = concept or stem(word)
        weights[term] = max(weights.get(term, 1.0), ENTITY_WEIGHT if is_entity else 1.0)
        surface.setdefault(term, word)
    return Profile(
        weights=weights,
        total=sum(weights.values()),
        surface=surface,
        normalised=" ".join(words),
    )


def text_similarity(first: Profile, second: Profile) -> float:
    """rapidfuzz token_set_ratio in [0, 1]."""
    return fuzz.token_set_ratio(first.normalised, second.normalised) / 100


def near_identity(first: Profile, second: Profile) -> float:
    """rapidfuzz token_sort_ratio in [0, 1]: high only when both say nearly the same words."""
    return fuzz.token_sort_ratio(first.normalised, second.normalised) / 100


def content_overlap(first: Profile, second: Profile, at_least: float = 0.0) -> float:
    """Weighted Dice coefficient of the two term sets, in [0, 1]; 0.0 as soon as it is clear the
    result would fall below `at_least` (most candidate pairs share a term or two at most)."""
    if first.total == 0 or second.total == 0:
        return 0.0
    shared = first.weights.keys() & second.weights.keys()
    if 2.0 * ENTITY_WEIGHT * len(shared) < at_least * (first.total + second.total):
        return 0.0
    # A term is a name in one sentence and a common word in the other only when it opens one of
    # them; take the larger weight so the sentence-initial name still counts as a name.
    overlap = sum(max(first.weights[term], second.weights[term]) for term in shared)
    return min(1.0, 2.0 * overlap / (first.total + second.total))

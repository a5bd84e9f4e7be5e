"""How alike two mention sentences are: who, where, what.

Measures, chosen in bench/merge.py on labelled pairs and on the labelled articles of bench/events:
- `content_overlap`: weighted Dice coefficient of content terms (lower-cased, lightly stemmed,
  function and calendar words and the numbers of dates dropped; names and numbers weigh double).
  `by_rarity` reweights the terms of a set of sentences by their inverse document frequency in
  that set, so that the war's ever-present actors count for little and a shared rare place, name
  or thing counts for much.
- `text_similarity`: rapidfuzz token_set_ratio of the normalised sentences (two outlets share the
  key words but order them differently).
- `near_identity`: rapidfuzz token_sort_ratio, which counts the words one sentence has and the
  other lacks; a high bar on it is the test for the strict cases (two sentences of one article,
  or undated mentions).
- `same_act`: both say what (a shared kind of act: strike, capture, withdrawal, ...) and who or
  where (a shared name or number, or several other shared words), the core of a news event,
  however long the sentences around it.
- `stances_differ`: one sentence reports a denial and the other does not.
- `facts_conflict`: no place named by one occurs in the other, and they name different places
  ("in Tesna" / "in Orlik") or give different casualty numbers: two events, however alike the
  wording ("Drones struck a fuel depot in {town}" is one template, not one strike).
- `specific_match`: the leading act of one named by the other, and a shared name: the evidence
  a vague date ("next week", "earlier this month") needs to join a report of one day.
Calendar words are not content: the merge stage compares intervals separately. Words that war
reports use for one another ("truce"/"ceasefire", "struck"/"hit") are mapped to one concept
first: a small hand-made stand-in for embeddings, which would need model weights from a hub.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from rapidfuzz import fuzz

from timeline.wordlists import word_set

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


_STOPWORDS = word_set(_STOPWORD_TEXT)
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
    entities: frozenset[str]  # the terms written as a name or a number somewhere in the sentence
    denies: bool  # the sentence reports a denial ("rejected Norland's claim", "denied")
    places: frozenset[str]  # terms of capitalised words right after in/near/outside/at
    casualties: frozenset[str]  # the numbers of a sentence that reports killing or wounding
    acts: tuple[str, ...]  # the act concepts named (_ACTIONS), in order: the first is the news


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
    "capture": "capture seize retook retaken recapture retake overran overrun",
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
# Concepts that name what happened (not who, where or with what): with a shared name, a shared
# act is the core of one news event.
_ACTIONS = word_set("ceasefire exchange strike kill capture withdraw shell wound handover talks")
# A denial of a report is news of its own: "X denied that Pelna had fallen" is not the fall.
_DENIALS = word_set("deny denies denied denying reject rejects rejected dismiss dismissed refuted")
# Shared content terms besides the act that place it as well as a shared name does.
CONTEXT_TERMS = 3
# A capitalised word right after one of these names a place ("in Tesna", "outside Orlik").
_PLACE_PREPOSITIONS = word_set("in near outside at")
# Acts whose numbers count casualties ("killing six", "12 wounded").
_CASUALTY_ACTS = word_set("kill wound")
# "take" is "capture" ("took the bridge", "taken control of") except in these phrases.
_TAKE = word_set("take takes taking took taken")
_TAKE_IDIOMS = word_set("place part effect aim advantage note care")
# A number next to a month name, or a year, is part of a date, which is compared as an interval.
_MONTHS = word_set(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# Inverse document frequency is smoothed as if the set held this many more sentences, none
# with the term: two sentences alone still weigh a shared word almost like a rare one.
RARITY_PRIOR = 20


def _is_date_number(words: list[str], index: int) -> bool:
    word = words[index]
    if not word.isdigit():
        return False
    if _YEAR.fullmatch(word):
        return True
    before = words[index - 1].lower() if index > 0 else ""
    after = words[index + 1].lower() if index + 1 < len(words) else ""
    return before in _MONTHS or after in _MONTHS


def _concept(words: list[str], index: int) -> str | None:
    lowered = words[index].lower()
    if lowered in _TAKE:
        after = words[index + 1].lower() if index + 1 < len(words) else ""
        return "take" if after in _TAKE_IDIOMS else "capture"
    return _CONCEPT.get(stem(words[index]))


def profile(sentence: str) -> Profile:
    """Content terms of a sentence in order of appearance, names and numbers weighted up."""
    weights: dict[str, float] = {}
    surface: dict[str, str] = {}
    normalised: list[str] = []
    places: set[str] = set()
    words = [_POSSESSIVE.sub("", match.group()) for match in _WORD.finditer(sentence)]
    for position, word in enumerate(words):
        lowered = word.lower()
        concept = _concept(words, position)
        normalised.append(concept or lowered)
        if (
            lowered in _STOPWORDS
            or (len(lowered) < 3 and not lowered.isdigit())
            or _is_date_number(words, position)
        ):
            continue
        is_entity = word[0].isdigit() or (position > 0 and word[0].isupper())
        term = concept or stem(word)
        weights[term] = max(weights.get(term, 1.0), ENTITY_WEIGHT if is_entity else 1.0)
        surface.setdefault(term, word)
        if (
            is_entity
            and not word[0].isdigit()
            and words[position - 1].lower() in _PLACE_PREPOSITIONS
        ):
            places.add(term)
    acts = [term for term in weights if term in _ACTIONS]
    numbers = frozenset(term for term in weights if term[0].isdigit())
    return Profile(
        weights=weights,
        total=sum(weights.values()),
        surface=surface,
        normalised=" ".join(normalised),
        entities=frozenset(term for term, weight in weights.items() if weight > 1.0),
        denies=any(word.lower() in _DENIALS for word in words),
        places=frozenset(places),
        casualties=numbers if _CASUALTY_ACTS.intersection(acts) else frozenset(),
        acts=tuple(acts),
    )


def by_rarity(profiles: Sequence[Profile]) -> list[Profile]:
    """The profiles with each weight multiplied by the term's smoothed inverse document frequency
    in `profiles` (in sentences): log((n + RARITY_PRIOR) / (df + 1))."""
    frequency = Counter(term for p in profiles for term in p.weights)
    scale = len(profiles) + RARITY_PRIOR
    rarity = {term: math.log(scale / (count + 1)) for term, count in frequency.items()}
    reweighted = []
    for p in profiles:
        weights = {term: weight * rarity[term] for term, weight in p.weights.items()}
        reweighted.append(replace(p, weights=weights, total=sum(weights.values())))
    return reweighted


def text_similarity(first: Profile, second: Profile) -> float:
    """rapidfuzz token_set_ratio in [0, 1]."""
    return fuzz.token_set_ratio(first.normalised, second.normalised) / 100


def near_identity(first: Profile, second: Profile) -> float:
    """rapidfuzz token_sort_ratio in [0, 1]: high only when both say nearly the same words."""
    return fuzz.token_sort_ratio(first.normalised, second.normalised) / 100


def shared_terms(first: Profile, second: Profile) -> int:
    return len(first.weights.keys() & second.weights.keys())


def same_act(first: Profile, second: Profile) -> bool:
    """Both report one kind of act (strike, capture, withdrawal, ...) and also share who, where
    or how many (a name or number), or at least CONTEXT_TERMS other content terms."""
    shared = first.weights.keys() & second.weights.keys()
    acts = shared & _ACTIONS
    if not acts:
        return False
    return not shared.isdisjoint(first.entities | second.entities) or (
        len(shared - acts) >= CONTEXT_TERMS
    )


def facts_conflict(first: Profile, second: Profile) -> bool:
    """No place named by one occurs in the other, and either both name places or both count
    casualties with no number in common. Tallies of one strike differ between sources ("killed
    11" in Semra, "killed 14" at Semra's market); in different places they are two strikes."""
    if not first.places.isdisjoint(second.weights.keys()) or not second.places.isdisjoint(
        first.weights.keys()
    ):
        return False
    places_differ = bool(first.places) and bool(second.places)
    counts_differ = (
        bool(first.casualties)
        and bool(second.casualties)
        and first.casualties.isdisjoint(second.casualties)
    )
    return places_differ or counts_differ


def specific_match(first: Profile, second: Profile) -> bool:
    """The act one sentence leads with is named by the other, and they share a name: "threatened
    to withdraw" and "the withdrawal" by Brask, not "talks next week" on the truce and a drone
    strike in breach of it, which share only the town and the truce."""
    if not first.acts or not second.acts:
        return False
    if first.acts[0] not in second.acts and second.acts[0] not in first.acts:
        return False
    shared = first.weights.keys() & second.weights.keys()
    return not shared.isdisjoint(first.entities | second.entities)


def stances_differ(first: Profile, second: Profile) -> bool:
    """One sentence reports a denial and the other does not."""
    return first.denies != second.denies


def content_overlap(first: Profile, second: Profile) -> float:
    """Weighted Dice coefficient of the two term sets, in [0, 1]."""
    if first.total == 0 or second.total == 0:
        return 0.0
    shared = first.weights.keys() & second.weights.keys()
    # A term is a name in one sentence and a common word in the other only when it opens one of
    # them; take the larger weight so the sentence-initial name still counts as a name.
    overlap = sum(max(first.weights[term], second.weights[term]) for term in shared)
    return min(1.0, 2.0 * overlap / (first.total + second.total))

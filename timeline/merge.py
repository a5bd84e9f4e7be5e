"""Merge mentions of the same event from several articles into events.

Two mentions merge when their intervals overlap and their sentences say the same thing (who,
where, what; see timeline/similarity.py) and name no different places or casualty counts; a
week, month or range joins a single day only on the same act and a shared name. A wrong merge
hides an event, a missed one only shows it twice, so thresholds are set for precision (measured
in bench/merge.py).

Cost stays near-linear: mentions are swept in order of interval start, and a mention is compared
only with earlier mentions whose interval is still open and that share at least two of its
content terms, looked up among a bounded number of recent holders of each term. Clusters grow
greedily from the most similar pair down; a cluster keeps the intersection of its mentions'
intervals, and a merge that would empty it is refused.
"""

from __future__ import annotations

import calendar
import hashlib
import heapq
import re
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import PurePath

from timeline.model import Event, Granularity, Interval, Mention
from timeline.similarity import (
    Profile,
    by_rarity,
    content_overlap,
    facts_conflict,
    near_identity,
    profile,
    same_act,
    shared_terms,
    specific_match,
    stances_differ,
    text_similarity,
)

# How strongly two sentences report one event (`_evidence`): the mean of the rarity-weighted
# content overlap and of token_set_ratio; when both report one kind of act by the same actor or in
# the same context (`same_act`), this share of what is left up to 1.0 is added; a denial set
# against a report that denies nothing gets no such share and loses DENIAL_PENALTY (the claim and
# its denial are two events).
SAME_ACT_SHARE = 0.4
DENIAL_PENALTY = 0.15
# The evidence from which reports in two articles merge depends on how precisely both are dated
# (a date-specificity prior): two reports of one single day are far more often one event than a
# day and the "earlier this month" around it, or two ranges. Chosen in bench/merge.py on the
# labelled pairs, on the articles of bench/events and on the seed articles, precision first (a
# wrong merge hides an event, a missed one only shows it twice).
SAME_DAY_THRESHOLD = 0.55
WIDER_THRESHOLD = 0.58
# Below this near_identity (token_sort_ratio, which unlike token_set_ratio counts the words one
# sentence has and the other lacks) nothing merges: a short sentence whose few words all occur in
# a longer one gets a full token_set_ratio.
WORDING_FLOOR = 0.47
# Two clusters join only if the average evidence of their mentions' pairs reaches this.
CLUSTER_FLOOR = 0.55
CLUSTER_SAMPLE = 16
# Mentions of one article, or undated ones (no interval to corroborate), merge only when their
# sentences say nearly the same words (near_identity).
STRONG_THRESHOLD = 0.85
# Candidates are looked up among the mentions that most recently held a term, this many per term.
RECENT_PER_TERM = 32
# Two reports of one event share more than one content term; one shared name is not enough.
MIN_SHARED_TERMS = 2
SUMMARY_LIMIT = 200
SHOWN_TERMS = 5
_ID_HEX_DIGITS = 12


@dataclass(frozen=True, slots=True)
class _Link:
    similarity: float
    first: int
    second: int


@dataclass(slots=True)
class _Cluster:
    members: list[int]
    start: date  # intersection of the members' intervals; date.min..date.max when undated
    end: date
    articles: set[tuple[str, int | None]]
    weakest: float  # lowest similarity of the links that built the cluster


def merge_mentions(mentions: Sequence[Mention]) -> tuple[Event, ...]:
    """Events sorted by start, then end; undated events last. Ids are stable."""
    ordered = sorted(mentions, key=_mention_order)
    profiles = by_rarity([profile(mention.sentence) for mention in ordered])
    links = [*_dated_links(ordered, profiles), *_undated_links(ordered, profiles)]
    clusters = _cluster(ordered, profiles, links)
    events = [_event(cluster.members, cluster.weakest, ordered, profiles) for cluster in clusters]
    return _with_unique_ids(sorted(events, key=_event_order))


def _mention_order(mention: Mention) -> tuple[bool, date, str, int, int, str]:
    """(published, path, sentence_start); undated articles after dated ones. The full repr breaks
    the remaining ties so that the output never depends on the input order."""
    return (
        mention.published is None,
        mention.published or date.min,
        mention.path,
        mention.record or 0,
        mention.sentence_start,
        repr(mention),
    )


def _event_order(event: Event) -> tuple[bool, date, date, str]:
    if event.interval is None:
        return (True, date.max, date.max, event.id)
    return (False, event.interval.start, event.interval.end, event.id)


def _article(mention: Mention) -> tuple[str, int | None]:
    return (mention.path, mention.record)


def _evidence(a: Profile, b: Profile) -> float:
    """How strongly the two sentences report one event, whatever their dates; 0.0 when they share
    fewer than MIN_SHARED_TERMS terms, differ too much in wording or name different places or
    casualty numbers."""
    if (
        shared_terms(a, b) < MIN_SHARED_TERMS
        or near_identity(a, b) < WORDING_FLOOR
        or facts_conflict(a, b)
    ):
        return 0.0
    score = (content_overlap(a, b) + text_similarity(a, b)) / 2
    if stances_differ(a, b):
        # A denial shares the act it denies: that is no evidence of one event.
        return max(0.0, score - DENIAL_PENALTY)
    if same_act(a, b):
        score += SAME_ACT_SHARE * (1.0 - score)
    return score


def _link_score(first: Mention, second: Mention, a: Profile, b: Profile) -> float | None:
    """The evidence that links the two mentions, or None when they must stay apart."""
    strict = first.interval is None or _article(first) == _article(second)
    if strict and near_identity(a, b) < STRONG_THRESHOLD:
        return None
    # A week, month or range around a day holds many events: only the same act with a shared
    # name joins it to the day, never the general terms of the war alone.
    if (
        not strict
        and _day_and_wider(_interval(first), _interval(second))
        and not specific_match(a, b)
    ):
        return None
    score = _evidence(a, b)
    threshold = SAME_DAY_THRESHOLD if strict else _threshold(_interval(first), _interval(second))
    return score if score >= threshold else None


def _day_and_wider(first: Interval, second: Interval) -> bool:
    return (first.start == first.end) != (second.start == second.end)


def _threshold(first: Interval, second: Interval) -> float:
    """The date-specificity prior: one single day named by both is strong evidence in itself."""
    if first.start == first.end == second.start == second.end:
        return SAME_DAY_THRESHOLD
    return WIDER_THRESHOLD


def _scored_links(
    index: int,
    candidates: Iterable[int],
    mentions: Sequence[Mention],
    profiles: Sequence[Profile],
) -> list[_Link]:
    links = []
    for other in sorted(candidates):
        score = _link_score(mentions[other], mentions[index], profiles[other], profiles[index])
        if score is not None:
            links.append(_Link(score, min(other, index), max(other, index)))
    return links


def _dated_links(mentions: Sequence[Mention], profiles: Sequence[Profile]) -> list[_Link]:
    """Sweep by interval start: a mention's candidates are earlier-starting mentions whose
    interval is still open when it starts."""
    order = sorted(
        (i for i, mention in enumerate(mentions) if mention.interval is not None),
        key=lambda i: (_interval(mentions[i]).start, i),
    )
    starts = {i: _interval(mentions[i]).start.toordinal() for i in order}
    ends = {i: _interval(mentions[i]).end.toordinal() for i in order}
    return _links(order, starts, ends, mentions, profiles)


def _undated_links(mentions: Sequence[Mention], profiles: Sequence[Profile]) -> list[_Link]:
    """Undated mentions have no interval: every earlier one is a candidate (all "open")."""
    order = [i for i, mention in enumerate(mentions) if mention.interval is None]
    return _links(order, dict.fromkeys(order, 0), dict.fromkeys(order, 0), mentions, profiles)


def _links(
    order: Sequence[int],
    starts: dict[int, int],
    ends: dict[int, int],
    mentions: Sequence[Mention],
    profiles: Sequence[Profile],
) -> list[_Link]:
    """Compare each mention with the earlier ones in `order` that are still open at its start
    (day ordinals) and were among the last RECENT_PER_TERM holders of at least MIN_SHARED_TERMS
    of its terms. Bounding the look-up per term keeps the work per mention constant however busy
    a day is, while a report republished by a hundred outlets still finds its latest copies."""
    recent_by_term: defaultdict[str, deque[int]] = defaultdict(
        lambda: deque(maxlen=RECENT_PER_TERM)
    )
    links: list[_Link] = []
    for index in order:
        start = starts[index]
        hits: Counter[int] = Counter()
        for term in profiles[index].weights:
            hits.update(other for other in recent_by_term[term] if ends[other] >= start)
        candidates = [other for other, count in hits.items() if count >= MIN_SHARED_TERMS]
        links += _scored_links(index, candidates, mentions, profiles)
        for term in profiles[index].weights:
            recent_by_term[term].append(index)
    return links


def _interval(mention: Mention) -> Interval:
    assert mention.interval is not None  # callers pass dated mentions only
    return mention.interval


def _cluster(
    mentions: Sequence[Mention], profiles: Sequence[Profile], links: Sequence[_Link]
) -> list[_Cluster]:
    """Greedy clustering, strongest link first. Two clusters join only if their intervals still
    intersect, they hold no two sentences of one article, and their mentions are alike on
    average (one strong link must not chain two different events together)."""
    clusters: dict[int, _Cluster] = {}
    owner = list(range(len(mentions)))  # mention -> id of its cluster (the cluster's root)
    for index, mention in enumerate(mentions):
        interval = mention.interval
        clusters[index] = _Cluster(
            members=[index],
            start=interval.start if interval else date.min,
            end=interval.end if interval else date.max,
            articles={_article(mention)},
            weakest=1.0,
        )
    for link in sorted(links, key=lambda link: (-link.similarity, link.first, link.second)):
        first, second = owner[link.first], owner[link.second]
        if first == second:
            continue
        a, b = clusters[first], clusters[second]
        start, end = max(a.start, b.start), min(a.end, b.end)
        same_article_link = _article(mentions[link.first]) == _article(mentions[link.second])
        if start > end or (a.articles & b.articles and not same_article_link):
            continue
        # Two single mentions: their mean is the link's own evidence.
        single = len(a.members) == len(b.members) == 1
        mean = link.similarity if single else _mean_evidence(a.members, b.members, profiles)
        if mean < CLUSTER_FLOOR:
            continue
        # The larger cluster absorbs the smaller, so no mention is relabelled often.
        keep_id, gone_id = (first, second) if len(a.members) >= len(b.members) else (second, first)
        keep, gone = clusters[keep_id], clusters.pop(gone_id)
        keep.members += gone.members
        keep.start, keep.end = start, end
        keep.articles |= gone.articles
        keep.weakest = min(keep.weakest, gone.weakest, link.similarity)
        for member in gone.members:
            owner[member] = keep_id
    return [clusters[key] for key in sorted(clusters)]


def _mean_evidence(
    first: Sequence[int], second: Sequence[int], profiles: Sequence[Profile]
) -> float:
    """Average _evidence across the two clusters, over their first CLUSTER_SAMPLE members each,
    so a story republished a thousand times stays cheap."""
    sample_a = heapq.nsmallest(CLUSTER_SAMPLE, first)
    sample_b = heapq.nsmallest(CLUSTER_SAMPLE, second)
    total = 0.0
    for a in sample_a:
        for b in sample_b:
            total += _evidence(profiles[a], profiles[b])
    return total / (len(sample_a) * len(sample_b))


def _event(
    members: list[int], weakest: float, mentions: Sequence[Mention], profiles: Sequence[Profile]
) -> Event:
    members = sorted(members)  # mention order: (published, path, sentence_start)
    reports = tuple(mentions[i] for i in members)
    dated = [mention.interval for mention in reports if mention.interval is not None]
    interval = _intersection(dated) if dated else None
    return Event(
        id=_event_id(reports[0]),
        interval=interval,
        summary=_summary(reports),
        mentions=reports,
        merge_reason=_merge_reason(interval, weakest, [profiles[i] for i in members]),
    )


def _event_id(earliest: Mention) -> str:
    """Derived from the earliest-published mention alone, so other events never change it. The
    file's name, not its path, so that the ids do not depend on where the folder lies or how it
    was named on the command line. The value is part of the key because one sentence may report
    two differently dated events."""
    key = "\n".join(
        (
            PurePath(earliest.path).name,
            str(earliest.record),
            earliest.sentence,
            str(earliest.value),
        )
    )
    return "e" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:_ID_HEX_DIGITS]


def _with_unique_ids(events: Sequence[Event]) -> tuple[Event, ...]:
    """Suffix repeated ids ("-2", "-3" in timeline order). Only mentions identical in path,
    sentence and value share an id, and only when they did not merge (no content terms)."""
    seen: Counter[str] = Counter()
    unique = []
    for event in events:
        seen[event.id] += 1
        if seen[event.id] > 1:
            event = replace(event, id=f"{event.id}-{seen[event.id]}")
        unique.append(event)
    return tuple(unique)


# Ends like a sentence: final punctuation, perhaps inside a closing quote or bracket.
_COMPLETE_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*$")

_GRANULARITY_ORDER: dict[Granularity, int] = {
    "day": 0,
    "week": 1,
    "month": 2,
    "quarter": 3,
    "year": 4,
    "range": 5,
}


def _intersection(intervals: Sequence[Interval]) -> Interval:
    """The days every interval shares (the caller guarantees there is one)."""
    start = max(interval.start for interval in intervals)
    end = min(interval.end for interval in intervals)
    exact = [i.granularity for i in intervals if (i.start, i.end) == (start, end)]
    if exact:
        return Interval(start, end, min(exact, key=_GRANULARITY_ORDER.__getitem__))
    return Interval(start, end, _calendar_granularity(start, end))


def _calendar_granularity(start: date, end: date) -> Granularity:
    """The calendar unit [start, end] is exactly, or "range"."""
    if start == end:
        return "day"
    if start.weekday() == 0 and end == start + timedelta(days=6):
        return "week"
    if start.day == 1 and end.year == start.year:
        month_end = _month_end(start.year, start.month)
        if end == month_end:
            return "month"
        if start.month % 3 == 1 and end == _month_end(start.year, start.month + 2):
            return "quarter"
        if start.month == 1 and (end.month, end.day) == (12, 31):
            return "year"
    return "range"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _summary(reports: Sequence[Mention]) -> str:
    """The best sentence (already on one line: the segmenter collapses whitespace): from a dated
    article with a day-level date, short enough, complete, then the shortest; trimmed at a word
    boundary only when every one is too long."""

    def preference(mention: Mention) -> tuple[bool, bool, bool, bool, int]:
        day_level = mention.interval is not None and mention.interval.granularity == "day"
        return (
            mention.published is None,
            not day_level,
            len(mention.sentence) > SUMMARY_LIMIT,
            _COMPLETE_SENTENCE.search(mention.sentence) is None,
            len(mention.sentence),
        )

    text = min(reports, key=preference).sentence  # min is stable: ties keep mention order
    if len(text) <= SUMMARY_LIMIT:
        return text
    cut = text[: SUMMARY_LIMIT - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-") + "…"


def _merge_reason(interval: Interval | None, weakest: float, profiles: Sequence[Profile]) -> str:
    count = len(profiles)
    if count == 1:
        return "1 mention: no other report matched"
    if interval is None:
        when = "all undated, near-identical sentences"
    elif interval.start == interval.end:
        when = f"intervals overlap on {interval.start.isoformat()}"
    else:
        when = f"intervals overlap on {interval.start.isoformat()}..{interval.end.isoformat()}"
    terms = ", ".join(_shared_terms(profiles)) or "none"
    return f"{count} mentions: {when}; shared terms {terms}; similarity {weakest:.2f}"


def _shared_terms(profiles: Sequence[Profile]) -> list[str]:
    """Terms found in at least two mentions, most widely shared and names first, as written."""
    counts = Counter(term for p in profiles for term in p.weights)
    weight: dict[str, float] = {}
    surface: dict[str, str] = {}
    for p in profiles:
        for term, term_weight in p.weights.items():
            weight[term] = max(weight.get(term, 0.0), term_weight)
            surface.setdefault(term, p.surface[term])
    shared = [term for term in surface if counts[term] >= 2]
    shared.sort(key=lambda term: (-counts[term], -weight[term]))
    return [surface[term] for term in shared[:SHOWN_TERMS]]

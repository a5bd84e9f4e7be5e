"""Benchmark for the merge stage.

1. Similarity methods on the labelled pairs derived from bench/merge_pairs/events.txt: precision,
   recall and F1 at each method's best-F1 threshold and at the lowest threshold reaching 95%
   precision, plus the cost of one comparison.
2. merge_mentions on the labelled set, on bench/events_gold.json, on the articles of bench/events
   end to end, and on the two seed articles of ../shared/seeds (the acceptance example: the
   11 May "earlier this month ... threatened to withdraw" and the 5 May "said in a statement on
   Friday ... the withdrawal" reports are one event); then the same at other thresholds.
3. Scaling of merge_mentions on 1k, 10k and 50k synthetic mentions.

Run: .venv/bin/python bench/merge.py
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import math
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path
from unittest.mock import patch

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import events as bench_events  # bench/events.py, beside this file

import timeline.merge as merge_module
from timeline.merge import SAME_DAY_THRESHOLD, WIDER_THRESHOLD, merge_mentions
from timeline.model import Interval, Mention
from timeline.pipeline import BuildOptions, build
from timeline.similarity import Profile, by_rarity, content_overlap, profile

EVENTS_FILE = Path(__file__).parent / "merge_pairs" / "events.txt"
TARGET_PRECISION = 0.95


@dataclass(frozen=True)
class LabelledSentence:
    day: str
    group: str
    text: str


@dataclass(frozen=True)
class Pair:
    first: str
    second: str
    same: bool


def read_groups(path: Path) -> list[LabelledSentence]:
    sentences: list[LabelledSentence] = []
    day = group = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("== "):
            day, group = line[3:].split()
            continue
        sentences.append(LabelledSentence(day, group, line.strip()))
    return sentences


def derive_pairs(sentences: Sequence[LabelledSentence]) -> list[Pair]:
    """Same group: same event. Same day, different group: different event."""
    return [
        Pair(a.text, b.text, a.group == b.group)
        for a, b in combinations(sentences, 2)
        if a.day == b.day
    ]


def unweighted_dice(first: Profile, second: Profile) -> float:
    a, b = set(first.weights), set(second.weights)
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def entity_jaccard(first: Profile, second: Profile) -> float:
    a = {term for term, weight in first.weights.items() if weight > 1}
    b = {term for term, weight in second.weights.items() if weight > 1}
    return len(a & b) / len(a | b) if a | b else 0.0


def idf_cosine_factory(profiles: Sequence[Profile]) -> Callable[[Profile, Profile], float]:
    document_frequency = Counter(term for p in profiles for term in p.weights)
    count = len(profiles)

    def cosine(first: Profile, second: Profile) -> float:
        a, b = (
            {t: w * math.log((count + 1) / document_frequency[t]) for t, w in p.weights.items()}
            for p in (first, second)
        )
        dot = sum(value * b[term] for term, value in a.items() if term in b)
        norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
        return dot / norm if norm else 0.0

    return cosine


def rarity_weighted(profiles: Sequence[Profile]) -> Callable[[Profile, Profile], float]:
    """content_overlap after by_rarity over `profiles` (the look-up is by object identity)."""
    rare = dict(zip(map(id, profiles), by_rarity(profiles), strict=True))
    return lambda a, b: content_overlap(rare[id(a)], rare[id(b)])


def evidence_of(profiles: dict[str, Profile]) -> Callable[[Profile, Profile], float]:
    """What merge_mentions weighs for two mentions of different articles: `_evidence` on
    rarity-weighted profiles (the threshold it must reach depends on the dates, not here)."""
    rare = dict(zip(map(id, profiles.values()), by_rarity(list(profiles.values())), strict=True))
    return lambda a, b: merge_module._evidence(rare[id(a)], rare[id(b)])


def methods(
    profiles: Sequence[Profile], chosen: Callable[[Profile, Profile], float]
) -> dict[str, Callable[[Profile, Profile], float]]:
    def on_text(scorer: Callable[..., float]) -> Callable[[Profile, Profile], float]:
        return lambda a, b: scorer(a.normalised, b.normalised) / 100

    def on_terms(scorer: Callable[..., float]) -> Callable[[Profile, Profile], float]:
        return lambda a, b: scorer(" ".join(a.weights), " ".join(b.weights)) / 100

    return {
        "rf.token_set_ratio": on_text(fuzz.token_set_ratio),
        "rf.token_sort_ratio": on_text(fuzz.token_sort_ratio),
        "rf.ratio": on_text(fuzz.ratio),
        "rf.partial_ratio": on_text(fuzz.partial_ratio),
        "rf.partial_token_sort_ratio": on_text(fuzz.partial_token_sort_ratio),
        "rf.WRatio": on_text(fuzz.WRatio),
        "rf.token_set_ratio(content terms)": on_terms(fuzz.token_set_ratio),
        "content-term dice": unweighted_dice,
        "name/number jaccard": entity_jaccard,
        "idf cosine (df over the set)": idf_cosine_factory(profiles),
        "weighted dice (content_overlap)": content_overlap,
        "rarity-weighted dice": rarity_weighted(profiles),
        "chosen: merge evidence": chosen,
    }


def precision_recall(scores: Sequence[tuple[float, bool]], threshold: float) -> tuple[float, ...]:
    true_pos = sum(1 for score, same in scores if score >= threshold and same)
    predicted = sum(1 for score, _ in scores if score >= threshold)
    actual = sum(1 for _, same in scores if same)
    precision = true_pos / predicted if predicted else 1.0
    recall = true_pos / actual if actual else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


THRESHOLDS = [step / 100 for step in range(101)]


def precise_threshold(scores: Sequence[tuple[float, bool]]) -> float:
    """The lowest threshold whose precision reaches TARGET_PRECISION."""
    reaching = [t for t in THRESHOLDS if precision_recall(scores, t)[0] >= TARGET_PRECISION]
    return min(reaching) if reaching else 1.0


def evaluate_similarity() -> None:
    sentences = read_groups(EVENTS_FILE)
    pairs = derive_pairs(sentences)
    profiles = {sentence.text: profile(sentence.text) for sentence in sentences}
    chosen = evidence_of(profiles)
    positives = sum(pair.same for pair in pairs)
    groups = len({sentence.group for sentence in sentences})
    print(
        f"labelled pairs: {len(pairs)} ({positives} same event, {len(pairs) - positives} "
        f"different event) from {len(sentences)} sentences in {groups} events"
    )
    header = f"{'method':36} {'best-F1 thr':>11} {'P':>5} {'R':>5} {'F1':>5} | "
    header += f"{'P>=.95 thr':>10} {'P':>5} {'R':>5} {'F1':>5} | {'us/pair':>7}"
    print(header)
    for name, method in methods(list(profiles.values()), chosen).items():
        started = time.perf_counter()
        scores = [(method(profiles[p.first], profiles[p.second]), p.same) for p in pairs]
        per_pair = (time.perf_counter() - started) / len(pairs) * 1e6
        best = max(THRESHOLDS, key=lambda t: (precision_recall(scores, t)[2], t))
        strict = precise_threshold(scores)
        p, r, f = precision_recall(scores, best)
        sp, sr, sf = precision_recall(scores, strict)
        print(
            f"{name:36} {best:11.2f} {p:5.2f} {r:5.2f} {f:5.2f} | "
            f"{strict:10.2f} {sp:5.2f} {sr:5.2f} {sf:5.2f} | {per_pair:7.1f}"
        )

    scored = [(chosen(profiles[p.first], profiles[p.second]), p.same) for p in pairs]
    p, r, f = precision_recall(scored, SAME_DAY_THRESHOLD)
    print(
        f"\nchosen at SAME_DAY_THRESHOLD={SAME_DAY_THRESHOLD} (every pair here is of one day): "
        f"P={p:.3f} R={r:.3f} F1={f:.3f}"
    )
    # The threshold was read off this same set; check it holds on days it was not fitted to.
    days = sorted({sentence.day for sentence in sentences})
    day_of = {sentence.text: sentence.day for sentence in sentences}
    for fit_days in (set(days[::2]), set(days[1::2])):
        labelled = list(zip(scored, pairs, strict=True))
        fit = [score for score, pair in labelled if day_of[pair.first] in fit_days]
        held = [score for score, pair in labelled if day_of[pair.first] not in fit_days]
        threshold = precise_threshold(fit)
        hp, hr, hf = precision_recall(held, threshold)
        print(
            f"  threshold fitted on {len(fit_days)} days: {threshold:.2f}; on the other "
            f"{len(days) - len(fit_days)} days P={hp:.3f} R={hr:.3f} F1={hf:.3f}"
        )
    for (score, same), pair in sorted(zip(scored, pairs, strict=True), key=lambda x: x[0][1]):
        if (score >= SAME_DAY_THRESHOLD) != same:
            label = "missed     " if same else "WRONG MERGE"
            print(f"  {label} {score:.2f}: {pair.first[:60]!r} / {pair.second[:60]!r}")


def evaluate_clustering() -> tuple[float, ...]:
    """merge_mentions on the labelled sentences, each its own article dated on its day: pairs of
    mentions put in one event, against the labels (the greedy clustering merges transitively)."""
    sentences = read_groups(EVENTS_FILE)
    mentions = [
        labelled_mention(sentence.text, date.fromisoformat(sentence.day), f"set/{number}.txt")
        for number, sentence in enumerate(sentences)
    ]
    group_of = {m.sentence: s.group for m, s in zip(mentions, sentences, strict=True)}
    together = {
        frozenset((a.sentence, b.sentence))
        for event in merge_mentions(mentions)
        for a, b in combinations(event.mentions, 2)
    }
    scores = [
        (1.0 if frozenset((pair.first, pair.second)) in together else 0.0, pair.same)
        for pair in derive_pairs(sentences)
    ]
    p, r, f = precision_recall(scores, 0.5)
    events = len({group_of[s.text] for s in sentences})
    found = len(merge_mentions(mentions))
    print(
        f"\nclustering the labelled set: {found} events for {events} true events; "
        f"pairwise P={p:.3f} R={r:.3f} F1={f:.3f}"
    )
    return p, r, f


def labelled_mention(sentence: str, day: date, path: str) -> Mention:
    return Mention(
        path=path,
        title="",
        published=day,
        sentence=sentence,
        expression="on Friday",
        value=day.isoformat(),
        interval=Interval(day, day, "day"),
        rule="bench",
        anchor=day,
        explanation="",
        attribution=None,
        sentence_start=0,
    )


GOLD_EVENTS = Path(__file__).parent / "events_gold.json"
_MARKUP = re.compile(r"<[^>]*>")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+")


def article_strings(path: Path) -> list[str]:
    """The text of an article file; every string value of a JSON file."""
    if path.suffix != ".json":
        return [path.read_text(encoding="utf-8")]
    found: list[str] = []
    pending: list[object] = [json.loads(path.read_text(encoding="utf-8"))]
    while pending:
        value = pending.pop()
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    return found


def gold_sentence(path: Path, contains: str) -> tuple[str, int]:
    """The sentence of the file holding `contains` (markup stripped from its line), and the
    offset of that line, which is unique enough to key the mention."""
    for text in article_strings(path):
        at = text.find(contains)
        if at >= 0:
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line = _MARKUP.sub("", text[line_start : line_end if line_end >= 0 else len(text)])
            at = line.find(contains)
            starts = [0] + [m.end() for m in _SENTENCE_END.finditer(line) if m.end() <= at]
            end_match = _SENTENCE_END.search(line, at + len(contains))
            end = end_match.start() if end_match else len(line)
            return " ".join(line[starts[-1] : end].split()), line_start + at
    raise ValueError(f"{path}: {contains!r} not found")


def compatible(first: Interval | None, second: Interval | None) -> bool:
    if first is None or second is None:
        return first is second
    return first.start <= second.end and second.start <= first.end


def evaluate_gold_events() -> tuple[float, ...]:
    """A cross-check on data written by someone else: the events stage's hand-made gold
    timeline. Each mention is dated with its gold event's interval (so only the text decides
    among events whose intervals overlap), every file its own article."""
    if not GOLD_EVENTS.exists():
        return ()
    mentions: list[Mention] = []
    event_of: dict[tuple[str, int], str] = {}
    for event in json.loads(GOLD_EVENTS.read_text(encoding="utf-8")):
        interval = None
        if event["start"] is not None:
            start, end = date.fromisoformat(event["start"]), date.fromisoformat(event["end"])
            interval = Interval(start, end, event["granularity"])
        for reported in event["mentions"]:
            path = bench_events.EVENTS_DIR / reported["path"]
            sentence, offset = gold_sentence(path, reported["sentence_contains"])
            mention = labelled_mention(sentence, interval.start if interval else date.min, "")
            mentions.append(
                replace(
                    mention,
                    path=reported["path"],
                    published=interval.start if interval else None,
                    interval=interval,
                    sentence_start=offset,
                )
            )
            event_of[(reported["path"], offset)] = event["id"]
    key = {id(m): (m.path, m.sentence_start) for m in mentions}
    together = {
        frozenset((key[id(a)], key[id(b)]))
        for found in merge_mentions(mentions)
        for a, b in combinations(found.mentions, 2)
    }
    scores = []
    for a, b in combinations(mentions, 2):
        if not compatible(a.interval, b.interval):
            continue  # never merged whatever the text: nothing to learn
        pair = frozenset((key[id(a)], key[id(b)]))
        same = event_of[key[id(a)]] == event_of[key[id(b)]] and len(pair) == 2
        scores.append((1.0 if pair in together else 0.0, same))
    p, r, f = precision_recall(scores, 0.5)
    positives = sum(same for _, same in scores)
    print(
        f"\nbench/events_gold.json ({len(mentions)} mentions, {len(scores)} pairs with overlapping "
        f"intervals, {positives} same event): pairwise P={p:.3f} R={r:.3f} F1={f:.3f}"
    )
    return p, r, f


def evaluate_event_articles() -> tuple[float, ...]:
    """`timeline build` on the articles of bench/events scored by bench/events.py (merges
    pairwise over the mentions it aligns to events_gold.json), which prints its full report."""
    gold = bench_events.load_gold(bench_events.GOLD_PATH)
    articles = sorted(p for p in bench_events.EVENTS_DIR.iterdir() if p != bench_events.GOLD_PATH)
    mentions = [m for event in build(articles, BuildOptions()).events for m in event.mentions]
    report = io.StringIO()
    with contextlib.redirect_stdout(report):
        bench_events.score(gold, merge_mentions(mentions))
    figures = {}
    for line in report.getvalue().splitlines():
        words = line.split()
        if line.startswith(("events", "merges")):
            section = words[0]
        elif words and words[0] in ("precision", "recall", "F1"):
            figures[f"{section} {words[0]}"] = float(words[1])
    print(
        f"\nbench/events articles end to end: events F1={figures['events F1']:.3f}; merges "
        f"pairwise P={figures['merges precision']:.3f} R={figures['merges recall']:.3f} "
        f"F1={figures['merges F1']:.3f}"
    )
    return figures["merges precision"], figures["merges recall"], figures["merges F1"]


SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
# The seed without a date line was published on Thursday 11 May 2023.
SEED_PUBLISHED = {"000_e13f2425b1d1e053.txt": date(2023, 5, 11)}


def evaluate_seeds() -> int:
    """The events the two seed articles share, printed for reading; their number."""
    if not SEEDS.is_dir():
        return 0
    timeline = build(sorted(SEEDS.iterdir()), BuildOptions(published=SEED_PUBLISHED))
    shared = [e for e in timeline.events if len({m.path for m in e.mentions}) > 1]
    print(f"\nseed articles: {len(timeline.events)} events, {len(shared)} reported by both")
    for event in shared:
        for m in event.mentions:
            print(f"  {event.id} {m.published} {m.expression!r}: {m.sentence[:90]}")
    return len(shared)


def sweep_threshold() -> None:
    """Everything again at other thresholds, for choosing them: SAME_DAY_THRESHOLD moves,
    CLUSTER_FLOOR with it, WIDER_THRESHOLD keeps its distance above."""
    print(
        "\nthreshold sweep (pairwise P/R after clustering): labelled set | events_gold.json | "
        "bench/events articles | events shared by the seeds"
    )
    margin = WIDER_THRESHOLD - SAME_DAY_THRESHOLD
    for threshold in (0.45, 0.50, 0.55, 0.60, 0.65):
        with (
            patch("timeline.merge.SAME_DAY_THRESHOLD", threshold),
            patch("timeline.merge.CLUSTER_FLOOR", threshold),
            patch("timeline.merge.WIDER_THRESHOLD", threshold + margin),
            contextlib.redirect_stdout(io.StringIO()),
        ):
            results = [evaluate_clustering(), evaluate_gold_events(), evaluate_event_articles()]
            seeds = evaluate_seeds()
        cells = [f"P={p:.3f} R={r:.3f}" for p, r, _ in results if results]
        print(f"  {threshold:.2f}: " + " | ".join(cells) + f" | {seeds}")


# Synthetic corpus: one year of a war, every day the same number of mentions whatever the size
# asked for (so 50k mentions is 5x as dense as 10k, as a larger folder about the same war would
# be). An event has two names (a few are in the news every day: Zipf-like), four common words,
# two rarer words and a number; one to four outlets report it with words dropped and reordered.
_SYLLABLES = ("vel", "dor", "kas", "mir", "tal", "bren", "os", "ru", "zen", "lok", "pa", "ist")
_NAMES = [
    f"{a.title()}{b}{c}" for a in _SYLLABLES for b in _SYLLABLES for c in ("a", "ovo", "ansk")
]
_NAME_WEIGHTS = [1 / rank for rank in range(1, len(_NAMES) + 1)]
_RARE_WORDS = [f"{a}{b}{c}ing" for a in _SYLLABLES for b in _SYLLABLES for c in ("t", "n", "r")]
_WORD_TEXT = (
    "missile drone strike shelling convoy bridge refinery airfield depot school hospital "
    "ceasefire talks sanctions prisoners exchange offensive counteroffensive village town "
    "brigade battalion artillery ammunition withdrawal advance retreat blackout grid power "
    "plant dam flood evacuation civilians soldiers wounded killed destroyed captured "
    "denied accused warned urged approved rejected launched intercepted damaged"
)
_WORDS = _WORD_TEXT.split()


def synthetic_mentions(count: int, seed: int) -> list[Mention]:
    rng = random.Random(seed)
    first_day = date(2023, 1, 1)
    mentions: list[Mention] = []
    while len(mentions) < count:
        day = first_day + timedelta(days=rng.randrange(365))
        words = [
            *rng.choices(_NAMES, _NAME_WEIGHTS, k=2),
            *rng.sample(_WORDS, 4),
            *rng.sample(_RARE_WORDS, 2),
            str(rng.randrange(2, 2000)),
        ]
        for outlet in range(rng.randint(1, 4)):
            reported = [word for word in words if rng.random() > 0.2]
            rng.shuffle(reported)
            sentence = "The army said " + " ".join(reported) + "."
            wide = rng.random() < 0.1  # "earlier this month"-style range
            start = day - timedelta(days=rng.randrange(10)) if wide else day
            path = f"outlet{outlet}/{hashlib.sha1(f'{day}{words}'.encode()).hexdigest()[:10]}.txt"
            mentions.append(
                Mention(
                    path=path,
                    title="",
                    published=day + timedelta(days=1),
                    sentence=sentence,
                    expression="on Friday",
                    value=day.isoformat(),
                    interval=Interval(start, day, "range" if wide else "day"),
                    rule="synthetic",
                    anchor=day,
                    explanation="",
                    attribution=None,
                    sentence_start=len(mentions),
                )
            )
    return mentions[:count]


def time_scaling() -> None:
    """CPU time of this process (other work on the machine inflates wall time), and the number
    of pairs compared, which does not depend on the machine at all."""
    print("\nscaling of merge_mentions on synthetic mentions (one year; density grows with size)")
    previous: tuple[int, float] | None = None
    for count in (1_000, 10_000, 50_000):
        mentions = synthetic_mentions(count, seed=count)
        with patch("timeline.merge._link_score", wraps=merge_module._link_score) as link_score:
            started = time.process_time()
            events = merge_mentions(mentions)
            elapsed = time.process_time() - started
        compared = link_score.call_count
        line = (
            f"{count:>7} mentions -> {len(events):>6} events in {elapsed:6.2f} s CPU "
            f"({elapsed / count * 1e6:5.0f} us/mention, {compared / count:5.1f} pairs "
            f"compared/mention)"
        )
        if previous is not None:
            line += f"; {elapsed / previous[1]:.1f}x time for {count / previous[0]:.0f}x input"
        print(line)
        previous = (count, elapsed)


if __name__ == "__main__":
    evaluate_similarity()
    evaluate_clustering()
    evaluate_gold_events()
    evaluate_event_articles()
    evaluate_seeds()
    sweep_threshold()
    time_scaling()

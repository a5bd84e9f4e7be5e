"""Score `timeline build` on the labelled articles in bench/events/ against
bench/events_gold.json.

Run: .venv/bin/python bench/events.py

events_gold.json is a list of events {"id", "description", "start", "end", "granularity",
"mentions"};
each mention is {"path", "sentence_contains"} and, when the article's own wording dates the event
less precisely than the event's date ("earlier this month" for a 7 September event), also the
"start"/"end"/"granularity" a careful reader gives that sentence. Undated events have null dates.

A system mention aligns to the gold mention whose path is its file (relative to bench/events/)
and whose `sentence_contains` occurs in its sentence. Figures:
- events: a system event is correct when all its mentions align to one gold event and its
  interval equals that event's; each gold event is credited once. P = correct / system events,
  R = correct / gold events.
- mention dates: over gold mentions the system found, how many got the gold interval; coverage
  is the share of gold mentions found at all.
- merges: pairs of aligned mentions in the same system event vs in the same gold event.
Everything wrong is listed after the figures, so the next fix is obvious.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.model import Event, Interval, Mention
from timeline.pipeline import BuildOptions, build

EVENTS_DIR = Path(__file__).resolve().parent / "events"
GOLD_PATH = EVENTS_DIR.parent / "events_gold.json"

TARGET_EVENT_F1 = 0.9
TARGET_DATE_ACCURACY = 0.95
TARGET_MERGE_F1 = 0.85

_SPACE = re.compile(r"\s+")
_QUOTE_FORMS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})

# (start, end) of a gold or system interval; None when undated.
Days = tuple[date, date] | None


@dataclass(frozen=True, slots=True)
class GoldMention:
    key: int  # index in the gold file's mention order
    event_id: str
    path: str
    needle: str
    days: Days


@dataclass(frozen=True, slots=True)
class GoldEvent:
    id: str
    description: str
    days: Days
    mentions: tuple[GoldMention, ...]


def _normalise(text: str) -> str:
    return _SPACE.sub(" ", text.translate(_QUOTE_FORMS)).strip()


def _days(record: dict[str, object]) -> Days:
    start, end = record.get("start"), record.get("end")
    if start is None and end is None:
        return None
    return date.fromisoformat(str(start)), date.fromisoformat(str(end))


def load_gold(path: Path) -> tuple[GoldEvent, ...]:
    events: list[GoldEvent] = []
    key = 0
    for record in json.loads(path.read_text(encoding="utf-8")):
        event_days = _days(record)
        mentions: list[GoldMention] = []
        for mention in record["mentions"]:
            own_days = _days(mention) if "start" in mention else event_days
            mentions.append(
                GoldMention(
                    key,
                    record["id"],
                    mention["path"],
                    _normalise(mention["sentence_contains"]),
                    own_days,
                )
            )
            key += 1
        events.append(GoldEvent(record["id"], record["description"], event_days, tuple(mentions)))
    return tuple(events)


def _interval_days(interval: Interval | None) -> Days:
    return None if interval is None else (interval.start, interval.end)


def _show(days: Days) -> str:
    if days is None:
        return "undated"
    start, end = days
    return start.isoformat() if start == end else f"{start.isoformat()}..{end.isoformat()}"


def _relative_path(mention: Mention) -> str:
    path = Path(mention.path).resolve()
    return path.relative_to(EVENTS_DIR).as_posix() if path.is_relative_to(EVENTS_DIR) else path.name


class Alignment:
    """Which gold mention each system mention reports, by file and sentence substring."""

    def __init__(self, gold: tuple[GoldEvent, ...]) -> None:
        self._by_path: dict[str, list[GoldMention]] = defaultdict(list)
        for event in gold:
            for mention in event.mentions:
                self._by_path[mention.path].append(mention)

    def align(self, mention: Mention) -> GoldMention | None:
        sentence = _normalise(mention.sentence)
        for candidate in self._by_path.get(_relative_path(mention), ()):
            if candidate.needle in sentence:
                return candidate
        return None


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _describe(mention: Mention) -> str:
    where = _relative_path(mention) + (f"#{mention.record}" if mention.record else "")
    said = f'"{mention.expression}"' if mention.expression else "no expression"
    return f"{where}: {said} -> {_show(_interval_days(mention.interval))} [{mention.rule}]"


def _sentence(mention: Mention, width: int = 100) -> str:
    text = _normalise(mention.sentence)
    return text if len(text) <= width else text[: width - 3] + "..."


def _print_figure(name: str, value: float, target: float | None = None) -> None:
    verdict = "" if target is None else ("  ok" if value >= target else f"  BELOW {target:.2f}")
    print(f"  {name:<28} {value:6.3f}{verdict}")


def score(gold: tuple[GoldEvent, ...], system: tuple[Event, ...]) -> bool:
    """Print the figures and every error; True when all targets are met."""
    alignment = Alignment(gold)
    gold_by_id = {event.id: event for event in gold}
    gold_mentions = [mention for event in gold for mention in event.mentions]

    # Align every system mention; keep the first system mention found for each gold mention.
    found: dict[int, tuple[Mention, Event]] = {}
    duplicates: list[tuple[Mention, GoldMention]] = []
    unaligned: list[tuple[Mention, Event]] = []
    aligned_in_event: dict[str, list[GoldMention]] = {}
    for event in system:
        aligned_in_event[event.id] = []
        for mention in event.mentions:
            match = alignment.align(mention)
            if match is None:
                unaligned.append((mention, event))
            elif match.key in found:
                duplicates.append((mention, match))
            else:
                found[match.key] = (mention, event)
                aligned_in_event[event.id].append(match)

    # Events: all mentions of one gold event, same interval; each gold event credited once.
    credited: set[str] = set()
    wrong_interval: list[tuple[Event, GoldEvent]] = []
    over_merged: list[Event] = []
    for event in system:
        aligned = aligned_in_event[event.id]
        gold_ids = {mention.event_id for mention in aligned}
        all_aligned = len(aligned) == len(event.mentions)
        if len(gold_ids) != 1 or not all_aligned:
            if len(gold_ids) > 1:
                over_merged.append(event)
            continue
        target = gold_by_id[gold_ids.pop()]
        if _interval_days(event.interval) != target.days:
            wrong_interval.append((event, target))
        elif target.id not in credited:
            credited.add(target.id)
    event_precision = _ratio(len(credited), len(system))
    event_recall = _ratio(len(credited), len(gold))

    # Mention dates, over the gold mentions the system found.
    wrong_dates = [
        (gold_mention, found[gold_mention.key][0])
        for gold_mention in gold_mentions
        if gold_mention.key in found
        and _interval_days(found[gold_mention.key][0].interval) != gold_mention.days
    ]
    date_accuracy = _ratio(len(found) - len(wrong_dates), len(found))
    coverage = _ratio(len(found), len(gold_mentions))

    # Merges: pairs of found gold mentions in one system event vs in one gold event.
    system_pairs = {
        frozenset((first.key, second.key))
        for aligned in aligned_in_event.values()
        for first, second in combinations(aligned, 2)
    }
    gold_pairs = {
        frozenset((first.key, second.key))
        for event in gold
        for first, second in combinations(
            [mention for mention in event.mentions if mention.key in found], 2
        )
    }
    shared_pairs = len(system_pairs & gold_pairs)
    merge_precision = _ratio(shared_pairs, len(system_pairs)) if system_pairs else 1.0
    merge_recall = _ratio(shared_pairs, len(gold_pairs)) if gold_pairs else 1.0
    merge_f1 = _f1(merge_precision, merge_recall)
    event_f1 = _f1(event_precision, event_recall)

    print(
        f"gold: {len(gold)} events, {len(gold_mentions)} mentions; "
        f"system: {len(system)} events, {sum(len(e.mentions) for e in system)} mentions"
    )
    print("events")
    _print_figure("precision", event_precision)
    _print_figure("recall", event_recall)
    _print_figure("F1", event_f1, TARGET_EVENT_F1)
    print("mention dates")
    _print_figure("accuracy (found mentions)", date_accuracy, TARGET_DATE_ACCURACY)
    _print_figure("coverage (gold found)", coverage)
    print("merges (pairwise)")
    _print_figure("precision", merge_precision)
    _print_figure("recall", merge_recall)
    _print_figure("F1", merge_f1, TARGET_MERGE_F1)

    _print_errors(
        gold,
        found,
        wrong_dates,
        wrong_interval,
        over_merged,
        aligned_in_event,
        unaligned,
        duplicates,
    )
    return (
        event_f1 >= TARGET_EVENT_F1
        and date_accuracy >= TARGET_DATE_ACCURACY
        and merge_f1 >= TARGET_MERGE_F1
    )


def _print_errors(
    gold: tuple[GoldEvent, ...],
    found: dict[int, tuple[Mention, Event]],
    wrong_dates: list[tuple[GoldMention, Mention]],
    wrong_interval: list[tuple[Event, GoldEvent]],
    over_merged: list[Event],
    aligned_in_event: dict[str, list[GoldMention]],
    unaligned: list[tuple[Mention, Event]],
    duplicates: list[tuple[Mention, GoldMention]],
) -> None:
    gold_by_key = {mention.key: mention for event in gold for mention in event.mentions}
    if wrong_dates:
        print(f"\nWRONG MENTION DATES ({len(wrong_dates)})")
        for gold_mention, mention in wrong_dates:
            print(
                f"  [{gold_mention.event_id}] gold {_show(gold_mention.days)}; {_describe(mention)}"
            )
            print(f"      {_sentence(mention)}")
            if mention.explanation:
                print(f"      why: {mention.explanation}")
    if wrong_interval:
        print(f"\nWRONG EVENT INTERVALS ({len(wrong_interval)})")
        for event, target in wrong_interval:
            print(
                f"  {event.id} -> [{target.id}] {target.description}: "
                f"system {_show(_interval_days(event.interval))}, gold {_show(target.days)}"
            )
    if over_merged:
        print(f"\nWRONG MERGES: one system event holds several gold events ({len(over_merged)})")
        for event in over_merged:
            print(f"  {event.id} {_show(_interval_days(event.interval))}: {event.merge_reason}")
            for gold_mention in aligned_in_event[event.id]:
                print(f"      [{gold_mention.event_id}] {_describe(found[gold_mention.key][0])}")
    splits = [
        target
        for target in gold
        if len({found[m.key][1].id for m in target.mentions if m.key in found}) > 1
    ]
    if splits:
        print(f"\nSPLITS: one gold event spread over several system events ({len(splits)})")
        for target in splits:
            print(f"  [{target.id}] {target.description} ({_show(target.days)})")
            for gold_mention in target.mentions:
                if gold_mention.key in found:
                    system_mention, event = found[gold_mention.key]
                    print(f"      in {event.id}: {_describe(system_mention)}")
    missing = [gold_mention for key, gold_mention in gold_by_key.items() if key not in found]
    if missing:
        print(f"\nMISSED GOLD MENTIONS ({len(missing)})")
        for gold_mention in missing:
            where = f"[{gold_mention.event_id}] {gold_mention.path}"
            print(f"  {where}: ...{gold_mention.needle}... ({_show(gold_mention.days)})")
    if unaligned:
        print(f"\nSYSTEM MENTIONS WITH NO GOLD SENTENCE ({len(unaligned)})")
        for mention, event in unaligned:
            print(f"  in {event.id}: {_describe(mention)}")
            print(f"      {_sentence(mention)}")
    if duplicates:
        print(f"\nSEVERAL SYSTEM MENTIONS FOR ONE GOLD SENTENCE ({len(duplicates)})")
        for mention, gold_mention in duplicates:
            print(f"  [{gold_mention.event_id}] {_describe(mention)}")


def main() -> int:
    gold = load_gold(GOLD_PATH)
    timeline = build([EVENTS_DIR], BuildOptions())
    for problem in timeline.problems:
        print(f"problem: {problem} ({problem.severity})")
    return 0 if score(gold, timeline.events) else 1


if __name__ == "__main__":
    sys.exit(main())

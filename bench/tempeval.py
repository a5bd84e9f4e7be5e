"""Score the temporal engine on TimeML gold (TempEval-3 Task A) and show what to fix next.

    .venv/bin/python bench/tempeval.py [CORPUS_DIR] [--errors N]

CORPUS_DIR defaults to ../shared/corpora/tbaq (TimeBank + AQUAINT, gold TIMEX3). For every
document the DCT is the anchor; the TEXT element (tags removed, entities decoded) is tagged and
compared with its gold TIMEX3 (the DCT's own TIMEX3 is not part of TEXT). Gold week numbers are
zero-padded as TIMEX3 writes them ("2000-W7" -> "2000-W07"); no other value is rewritten.

Printed: strict and relaxed span P/R/F1, value accuracy over relaxed matches, value F1 (a found
expression counts only when its value is right), recall per kind of gold value, the commonest
misses / false positives / wrong values, the wrong values by cause (what kind of difference
separates the two values: a week, a granularity, an unspecified gold part...), relaxed span and
value F1 per corpus subfolder (TimeBank vs AQUAINT: a rule should help both), and throughput
(docs/s, chars/s).
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from timeline.model import Timex
from timeline.temporal import tag

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared/corpora/tbaq"

_DCT = re.compile(r"<DCT>.*?value=\"(\d{4})-?(\d\d)-?(\d\d)", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_MARKUP = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>|&[#\w]+;")
_ATTRIBUTE = re.compile(r"(\w+)=\"([^\"]*)\"")
_WEEK_NUMBER = re.compile(r"-W(\d)(?!\d)")


@dataclass(frozen=True, slots=True)
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Document:
    name: str
    anchor: date
    text: str
    gold: tuple[Gold, ...]
    part: str = ""  # the corpus subfolder ("TimeBank", "AQUAINT"), scored apart too


def read_document(path: Path) -> Document | None:
    """The DCT, plain TEXT content and gold TIMEX3 spans of one TimeML file."""
    raw = path.read_text(encoding="utf-8")
    dct, body = _DCT.search(raw), _TEXT.search(raw)
    if dct is None or body is None:
        return None
    parts: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    gold: list[Gold] = []
    position = 0
    content = body[1]
    for markup in _MARKUP.finditer(content):
        piece = content[position : markup.start()]
        parts.append(piece)
        length += len(piece)
        position = markup.end()
        token = markup.group()
        if token.startswith("&"):
            decoded = html.unescape(token)
            parts.append(decoded)
            length += len(decoded)
        elif markup[2] == "TIMEX3" and not markup[1]:
            open_timexes.append((length, dict(_ATTRIBUTE.findall(markup[3]))))
        elif markup[2] == "TIMEX3" and open_timexes:
            start, attributes = open_timexes.pop()
            value = _WEEK_NUMBER.sub(r"-W0\1", attributes["value"])  # "2000-W7" -> "2000-W07"
            gold.append(Gold(start, length, "", attributes["type"], value))
    parts.append(content[position:])
    text = "".join(parts)
    gold = [Gold(g.start, g.end, text[g.start : g.end], g.type, g.value) for g in gold]
    anchor = date(int(dct[1]), int(dct[2]), int(dct[3]))
    return Document(path.name, anchor, text, tuple(sorted(gold, key=lambda g: g.start)))


def value_kind(gold: Gold) -> str:
    value = gold.value
    if gold.type == "SET":
        return "set"
    if value.endswith("_REF"):
        return "REF"
    if value.startswith("P"):
        return "duration"
    if "T" in value:
        return "time"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return "full date"
    if re.fullmatch(r"\d{4}-\d\d", value):
        return "month"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if re.fullmatch(r"\d{4}-W\d\d(-WE)?", value):
        return "week"
    return "other"


_PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI|DT)$")
_DAY = re.compile(r"\d{4}-\d\d-\d\d$")
_DURATION_PARTS = re.compile(r"(\d+(?:\.\d+)?)([YMWDHQ]|DE|CE|E)")
_MONTHS_PER = {"Y": 12.0, "Q": 3.0, "M": 1.0, "DE": 120.0, "E": 120.0, "CE": 1200.0}


def _months(duration: str) -> float | None:
    """A calendar duration in months ("P2Y6M" -> 30), None if it has days, hours or X."""
    if not duration.startswith("P") or "T" in duration or "X" in duration:
        return None
    parts = _DURATION_PARTS.findall(duration[1:])
    if not parts or "".join(n + u for n, u in parts) != duration[1:]:
        return None
    if any(unit not in _MONTHS_PER for _, unit in parts):
        return None
    return sum(float(number) * _MONTHS_PER[unit] for number, unit in parts)


def wrong_value_cause(gold: str, system: str) -> str:
    """What separates a wrong value from the gold one, judged from the two values alone."""
    if _PART_OF_DAY.sub("", gold) == _PART_OF_DAY.sub("", system):
        return "part of day only (2000-01-05 vs 2000-01-05TNI)"
    if "X" in gold and system.startswith(gold.split("X", 1)[0].rstrip("-W")) and gold[0] != "P":
        return "gold leaves a part unspecified (1989-WXX vs 1989-W42)"
    if gold.startswith("P") and system.startswith("P"):
        gold_months, system_months = _months(gold), _months(system)
        if gold_months is not None and gold_months == system_months:
            return "same duration, other notation (P2Y6M vs P30M)"
        return "other duration"
    if gold.startswith("P") or system.startswith("P"):
        return "duration vs point in time"
    if gold.endswith("_REF") or system.endswith("_REF"):
        return "REF word vs a value"
    if _DAY.match(gold) and _DAY.match(system):
        gap = abs((date.fromisoformat(gold) - date.fromisoformat(system)).days)
        return "day a week off" if gap == 7 else "other day"
    if gold[:4] == system[:4] and (gold.startswith(system) or system.startswith(gold)):
        return "same year, other granularity (1988 vs 1988-Q3)"
    return "other"


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    strict_gold: int = 0
    strict_system: int = 0
    relaxed_gold: int = 0
    relaxed_system: int = 0
    value_gold: int = 0  # gold expressions found with the right value
    value_system: int = 0  # system expressions overlapping a gold one with the same value
    matched_pairs: int = 0
    matched_right_value: int = 0


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def score(
    document: Document,
    system: tuple[Timex, ...],
    tally: Tally,
    kinds: dict[str, Counter[str]],
    errors: dict[str, Counter[str]],
) -> None:
    tally.gold += len(document.gold)
    tally.system += len(system)
    gold_spans = {(g.start, g.end) for g in document.gold}
    system_spans = {(s.start, s.end) for s in system}
    tally.strict_gold += len(gold_spans & system_spans)
    tally.strict_system += len(system_spans & gold_spans)
    for g in document.gold:
        kind = value_kind(g)
        kinds["gold"][kind] += 1
        overlapping = [s for s in system if _overlaps(g.start, g.end, s.start, s.end)]
        if not overlapping:
            errors["missed"][f"{g.text.lower()!r} {g.value}"] += 1
            continue
        tally.relaxed_gold += 1
        kinds["found"][kind] += 1
        tally.matched_pairs += 1
        if any(s.value == g.value for s in overlapping):
            tally.value_gold += 1
            tally.matched_right_value += 1
            kinds["right"][kind] += 1
        else:
            best = overlapping[0]
            errors["wrong value by cause"][wrong_value_cause(g.value, best.value)] += 1
            errors["wrong value"][
                f"{g.text.lower()!r} gold {g.value} got {best.value} ({best.rule})"
            ] += 1
    for s in system:
        golds = [g for g in document.gold if _overlaps(g.start, g.end, s.start, s.end)]
        if not golds:
            errors["false positive"][f"{s.text.lower()!r} {s.value} ({s.rule})"] += 1
            continue
        tally.relaxed_system += 1
        if any(g.value == s.value for g in golds):
            tally.value_system += 1


def _prf(found_system: int, system: int, found_gold: int, gold: int) -> str:
    precision = found_system / system if system else 0.0
    recall = found_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}"


def _kinds() -> dict[str, Counter[str]]:
    return {"gold": Counter(), "found": Counter(), "right": Counter()}


def _errors() -> dict[str, Counter[str]]:
    return {
        "missed": Counter(),
        "false positive": Counter(),
        "wrong value": Counter(),
        "wrong value by cause": Counter(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--errors", type=int, default=25, help="rows per error list")
    args = parser.parse_args(argv)
    corpus: Path = args.corpus
    if not corpus.is_dir():
        print(f"tempeval: no TimeML corpus at {corpus} (needs ../shared); nothing to score.")
        return 0
    documents = [
        replace(d, part=p.relative_to(corpus).parts[0] if p.parent != corpus else "")
        for p in sorted(corpus.rglob("*.tml"))
        if (d := read_document(p))
    ]
    if not documents:
        print(f"tempeval: no readable TimeML documents under {corpus}.")
        return 0
    tally = Tally()
    kinds = _kinds()
    errors = _errors()
    tagged: list[tuple[Document, tuple[Timex, ...]]] = []
    started = time.perf_counter()
    for document in documents:
        tagged.append((document, tag(document.text, document.anchor)))
    elapsed = time.perf_counter() - started
    parts: dict[str, Tally] = {}
    for document, system in tagged:
        score(document, system, tally, kinds, errors)
        part = parts.setdefault(document.part, Tally())
        score(document, system, part, _kinds(), _errors())
    chars = sum(len(d.text) for d in documents)
    print(f"{len(documents)} documents, {tally.gold} gold TIMEX3, {tally.system} found")
    print(f"strict span   {_prf(tally.strict_system, tally.system, tally.strict_gold, tally.gold)}")
    relaxed = _prf(tally.relaxed_system, tally.system, tally.relaxed_gold, tally.gold)
    print(f"relaxed span  {relaxed}")
    accuracy = tally.matched_right_value / tally.matched_pairs if tally.matched_pairs else 0.0
    print(f"value accuracy over relaxed matches {accuracy:.3f}")
    print(f"value         {_prf(tally.value_system, tally.system, tally.value_gold, tally.gold)}")
    print("recall by kind of gold value (span found / value right):")
    for kind, count in kinds["gold"].most_common():
        found, right = kinds["found"][kind], kinds["right"][kind]
        print(f"  {kind:10} {count:5}  span {found / count:.3f}  value {right / count:.3f}")
    if len(parts) > 1:
        print("by subfolder (relaxed span F1 / value F1):")
        for name, part in sorted(parts.items()):
            relaxed = _prf(part.relaxed_system, part.system, part.relaxed_gold, part.gold)
            value = _prf(part.value_system, part.system, part.value_gold, part.gold)
            print(f"  {name:10} {part.gold:5} gold  relaxed {relaxed[-5:]}  value {value[-5:]}")
    print(f"speed {len(documents) / elapsed:,.0f} docs/s, {chars / elapsed:,.0f} chars/s")
    for name, counter in errors.items():
        print(f"\ntop {name} ({sum(counter.values())}):")
        for row, count in counter.most_common(args.errors):
            print(f"  {count:4}  {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

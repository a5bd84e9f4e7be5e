"""The sample articles end to end: every dated expression against the date a careful reader gives
it (docs/samples.md, checked by hand), and every renderer's output against a golden file.

After an intended change of output, regenerate the golden files with

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_samples.py

and read the diff (every date in it) before committing it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from timeline.model import Timeline, Timex
from timeline.pipeline import BuildOptions, Tagging, build, tag_paths
from timeline.render import TimelineFormat, render_timeline

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden" / "samples"
D = date.fromisoformat

# (file, record, expression as tagged, occurrence, expected start, end, granularity), from
# docs/samples.md; None: no interval.
HANDOVER = "2023-05-11-brannik-handover.txt"  # dated by its file name only
Row = tuple[str, int | None, str, int, str | None, str | None, str | None]
HAND_CHECKED: list[Row] = [
    ("kestrava-drone-ravensk.txt", None, "early Wednesday", 0, "2023-05-03", "2023-05-03", "day"),
    ("kestrava-drone-ravensk.txt", None, "Thursday", 0, "2023-05-04", "2023-05-04", "day"),
    ("kestrava-drone-ravensk.txt", None, "Thursday", 1, "2023-05-04", "2023-05-04", "day"),
    ("kestrava-drone-ravensk.txt", None, "January", 0, "2023-01-01", "2023-01-31", "month"),
    ("iron-lark-withdrawal.txt", None, "Friday", 0, "2023-05-05", "2023-05-05", "day"),
    ("iron-lark-withdrawal.txt", None, "May 10", 0, "2023-05-10", "2023-05-10", "day"),
    ("iron-lark-withdrawal.txt", None, "May 9", 0, "2023-05-09", "2023-05-09", "day"),
    ("iron-lark-withdrawal.txt", None, "Earlier on Friday", 0, "2023-05-05", "2023-05-05", "day"),
    ("iron-lark-withdrawal.txt", None, "the past week", 0, "2023-04-29", "2023-05-05", "range"),
    ("iron-lark-withdrawal.txt", None, "January", 0, "2023-01-01", "2023-01-31", "month"),
    ("ravensk-depot-aftermath.tml", None, "last Wednesday", 0, "2023-05-03", "2023-05-03", "day"),
    ("ravensk-depot-aftermath.tml", None, "Sunday", 0, "2023-05-07", "2023-05-07", "day"),
    ("ravensk-depot-aftermath.tml", None, "today", 0, "2023-05-08", "2023-05-08", "day"),
    (HANDOVER, None, "yesterday", 0, "2023-05-10", "2023-05-10", "day"),
    (HANDOVER, None, "earlier this month", 0, "2023-05-01", "2023-05-11", "range"),
    (HANDOVER, None, "Tuesday", 0, "2023-05-09", "2023-05-09", "day"),
    (HANDOVER, None, "the past week", 0, "2023-05-05", "2023-05-11", "range"),
    ("brannik-after-iron-lark.md", None, "Last Friday", 0, "2023-05-05", "2023-05-05", "day"),
    ("brannik-after-iron-lark.md", None, "Wednesday", 0, "2023-05-10", "2023-05-10", "day"),
    ("brannik-after-iron-lark.md", None, "Thursday", 0, "2023-05-11", "2023-05-11", "day"),
    ("brannik-after-iron-lark.md", None, "next week", 0, "2023-05-15", "2023-05-21", "week"),
    ("altheon-truce.html", None, "early Monday", 0, "2023-05-15", "2023-05-15", "day"),
    ("altheon-truce.html", None, "Sunday", 0, "2023-05-14", "2023-05-14", "day"),
    ("altheon-truce.html", None, "late Sunday", 0, "2023-05-14", "2023-05-14", "day"),
    ("altheon-truce.html", None, "Wednesday", 0, "2023-05-17", "2023-05-17", "day"),
    ("wire-prisoner-exchange.json", 1, "yesterday", 0, "2023-05-17", "2023-05-17", "day"),
    ("wire-prisoner-exchange.json", 1, "Monday", 0, "2023-05-15", "2023-05-15", "day"),
    ("wire-prisoner-exchange.json", 2, "Thursday", 0, "2023-05-18", "2023-05-18", "day"),
    ("wire-prisoner-exchange.json", 2, "Wednesday", 0, "2023-05-17", "2023-05-17", "day"),
    ("truce-holds-exchange.txt", None, "May 15", 0, "2023-05-15", "2023-05-15", "day"),
    ("truce-holds-exchange.txt", None, "Two days later", 0, "2023-05-17", "2023-05-17", "day"),
    ("truce-holds-exchange.txt", None, "Thursday", 0, "2023-05-18", "2023-05-18", "day"),
    ("truce-holds-exchange.txt", None, "Friday", 0, "2023-05-19", "2023-05-19", "day"),
    ("truce-holds-exchange.txt", None, "next week", 0, "2023-05-22", "2023-05-28", "week"),
    ("ceasefire-live.jsonl", 1, "Saturday", 0, "2023-05-20", "2023-05-20", "day"),
    ("ceasefire-live.jsonl", 1, "Monday", 0, "2023-05-22", "2023-05-22", "day"),
    ("ceasefire-live.jsonl", 2, "yesterday", 0, "2023-05-23", "2023-05-23", "day"),
    ("ceasefire-live.jsonl", 2, "late Saturday", 0, "2023-05-20", "2023-05-20", "day"),
    ("ceasefire-live.jsonl", 3, "the past week", 0, "2023-05-20", "2023-05-26", "range"),
    ("ceasefire-live.jsonl", 3, "Tuesday", 0, "2023-05-23", "2023-05-23", "day"),
    ("ceasefire-live.jsonl", 3, "Wednesday", 0, "2023-05-24", "2023-05-24", "day"),
    ("ceasefire-live.jsonl", 3, "earlier this month", 0, "2023-05-01", "2023-05-26", "range"),
    ("ceasefire-live.jsonl", 3, "Thursday", 0, "2023-05-25", "2023-05-25", "day"),
    # The undated opinion piece: relative dates stay unresolved; a full year still resolves.
    ("opinion-mercenary-problem.txt", None, "Friday", 0, None, None, None),
    ("opinion-mercenary-problem.txt", None, "2019", 0, "2019-01-01", "2019-12-31", "year"),
    ("opinion-mercenary-problem.txt", None, "January", 0, None, None, None),
    ("opinion-mercenary-problem.txt", None, "last week", 0, None, None, None),
]  # fmt: skip


@pytest.fixture(scope="module")
def sample_tags() -> Tagging:
    return tag_paths([ROOT / "samples"], BuildOptions())


@pytest.fixture(scope="module")
def sample_timeline(monkeypatch_module: pytest.MonkeyPatch) -> Timeline:
    # Built from the repository root so that paths in the output read "samples/...".
    monkeypatch_module.chdir(ROOT)
    return build([Path("samples")], BuildOptions())


@pytest.fixture(scope="module")
def monkeypatch_module() -> Iterator[pytest.MonkeyPatch]:
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def _expressions(tagging: Tagging, file: str, record: int | None, text: str) -> list[Timex]:
    return [
        timex
        for article in tagging.articles
        if Path(article.path).name == file and article.record == record
        for timex in article.timexes
        if timex.text == text
    ]


@pytest.mark.parametrize(
    ("file", "record", "text", "occurrence", "start", "end", "granularity"), HAND_CHECKED
)
def test_sample_expression_resolves_as_a_careful_reader_would(
    sample_tags: Tagging,
    file: str,
    record: int | None,
    text: str,
    occurrence: int,
    start: str | None,
    end: str | None,
    granularity: str | None,
) -> None:
    found = _expressions(sample_tags, file, record, text)
    assert len(found) > occurrence, f"{text!r} not tagged in {file}"
    interval = found[occurrence].interval
    if start is None:
        assert interval is None
    else:
        assert interval is not None
        assert (interval.start.isoformat(), interval.end.isoformat(), interval.granularity) == (
            start,
            end,
            granularity,
        )


def test_only_the_undated_sample_is_reported(sample_timeline: Timeline) -> None:
    undated = [source.path for source in sample_timeline.sources if source.published is None]
    assert undated == ["samples/opinion-mercenary-problem.txt"]
    assert [str(problem) for problem in sample_timeline.problems] == [
        "samples/opinion-mercenary-problem.txt: no publication date found; relative dates stay "
        "unresolved (set one with --published FILE=DATE)"
    ]


def test_events_reported_by_several_samples_are_merged(sample_timeline: Timeline) -> None:
    # docs/samples.md: the withdrawal announcement of Friday 5 May is reported "on Friday" (5 May
    # article) and "Last Friday" (12 May article); the drone strike of 3 May "early Wednesday"
    # and "last Wednesday".
    def sources_on(day: str, word: str) -> set[str]:
        return {
            Path(mention.path).name
            for event in sample_timeline.events
            if event.interval is not None
            and event.interval.start == event.interval.end == D(day)
            and any(word in mention.sentence for mention in event.mentions)
            for mention in event.mentions
        }

    assert {"iron-lark-withdrawal.txt", "brannik-after-iron-lark.md"} <= sources_on(
        "2023-05-05", "leave"
    )
    assert {"kestrava-drone-ravensk.txt", "ravensk-depot-aftermath.tml"} <= sources_on(
        "2023-05-03", "depot"
    )


FORMATS: dict[str, TimelineFormat] = {
    "timeline.table.txt": "table",
    "timeline.md": "markdown",
    "timeline.json": "json",
    "timeline.jsonl": "jsonl",
    "timeline.csv": "csv",
    "timeline.timelinejs.json": "timelinejs",
}


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_sample_output_matches_golden_file(sample_timeline: Timeline, name: str) -> None:
    output = render_timeline(sample_timeline, FORMATS[name])
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(parents=True, exist_ok=True)
        golden.write_text(output, encoding="utf-8", newline="")
    with golden.open(encoding="utf-8", newline="") as expected:
        assert output == expected.read()


def test_sample_json_is_the_documented_contract(sample_timeline: Timeline) -> None:
    document = json.loads(render_timeline(sample_timeline, "json"))
    assert document["version"] == 1
    assert list(document) == ["version", "articles", "events", "warnings"]
    starts = [event["start"] for event in document["events"] if event["start"] is not None]
    assert starts == sorted(starts)


def _readme_block(after: str) -> list[str]:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(after))
    opening = next(i for i in range(start, len(lines)) if lines[i].startswith("```"))
    closing = next(i for i in range(opening + 1, len(lines)) if lines[i].startswith("```"))
    return lines[opening + 1 : closing]


def _chunks(lines: list[str]) -> list[list[str]]:
    """`lines` split at the "[...]" marks."""
    chunks: list[list[str]] = [[]]
    for line in lines:
        if line == "[...]":
            chunks.append([])
        else:
            chunks[-1].append(line)
    return chunks


def test_readme_shows_real_sample_output() -> None:
    # The README's table excerpt is this output with "[...]" where rows are left out: each
    # stretch between marks is a run of consecutive lines, the runs in the table's order.
    table = (GOLDEN / "timeline.table.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
    excerpt = _readme_block("`timeline build samples/` (the default table")
    position = 0
    for chunk in _chunks(excerpt):
        position = next(
            (
                i + len(chunk)
                for i in range(position, len(table) - len(chunk) + 1)
                if table[i : i + len(chunk)] == chunk
            ),
            -1,
        )
        assert position >= 0, f"README excerpt not in the sample table: {chunk[:2]}"
    markdown = (GOLDEN / "timeline.md").read_text(encoding="utf-8").rstrip("\n").split("\n")
    assert _readme_block("`timeline build samples/ --format markdown`") == markdown


def test_explain_example_in_help_names_a_sample_event(sample_timeline: Timeline) -> None:
    help_text = (ROOT / "timeline" / "cli.py").read_text(encoding="utf-8")
    example = next(line for line in help_text.split("\n") if "timeline explain e" in line)
    event_id = example.split()[2]
    assert event_id in {event.id for event in sample_timeline.events}

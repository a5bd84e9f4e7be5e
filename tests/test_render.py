"""Renderers on a hand-built timeline (tests/render_fixture.py): golden files and format contracts.

The expected outputs live in tests/golden/render/. After an intended change of output, regenerate
them with

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_render.py

and read the diff before committing it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from render_fixture import BRIDGE, BRIDGE_STRUCK, NOTE, fixture_tags, fixture_timeline

from timeline.model import Timeline
from timeline.render import render_explanation, render_tags, render_timeline

GOLDEN = Path(__file__).parent / "golden" / "render"
ANSI = re.compile(r"\x1b\[")

TIMELINE = fixture_timeline()
TAGS = fixture_tags()

CASES: dict[str, Callable[[], str]] = {
    "timeline.table.txt": lambda: render_timeline(TIMELINE, "table"),
    "timeline.table.narrow.txt": lambda: render_timeline(TIMELINE, "table", width=72),
    "timeline.table.color.txt": lambda: render_timeline(TIMELINE, "table", color=True),
    "timeline.md": lambda: render_timeline(TIMELINE, "markdown"),
    "timeline.json": lambda: render_timeline(TIMELINE, "json"),
    "timeline.jsonl": lambda: render_timeline(TIMELINE, "jsonl"),
    "timeline.csv": lambda: render_timeline(TIMELINE, "csv"),
    "timeline.timelinejs.json": lambda: render_timeline(TIMELINE, "timelinejs"),
    "tags.table.txt": lambda: render_tags(TAGS, "table"),
    "tags.explain.table.txt": lambda: render_tags(TAGS, "table", explain=True, width=140),
    "tags.jsonl": lambda: render_tags(TAGS, "jsonl"),
    "tags.explain.jsonl": lambda: render_tags(TAGS, "jsonl", explain=True),
    "explain.merged.txt": lambda: render_explanation(
        BRIDGE_STRUCK, sources=TIMELINE.sources, width=100
    ),
    "explain.undated.txt": lambda: render_explanation(
        TIMELINE.events[-1], sources=TIMELINE.sources, width=100
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_output_matches_golden_file(name: str) -> None:
    output = CASES[name]()
    golden = GOLDEN / name
    # newline="": CSV rows end in CRLF and must stay so.
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(output, encoding="utf-8", newline="")
    with golden.open(encoding="utf-8", newline="") as expected:
        assert output == expected.read()


def test_every_golden_file_is_checked() -> None:
    files = sorted(path.name for path in GOLDEN.iterdir() if path.name != ".gitattributes")
    assert files == sorted(CASES)


# --- table ---------------------------------------------------------------------------------------


def test_table_lists_undated_events_after_the_dated_ones() -> None:
    output = render_timeline(TIMELINE, "table")
    assert output.index("8 May 2023") < output.index("undated") < output.index("Volunteers")
    assert output.index("Volunteers") < output.index("\nSources\n")


def test_table_cites_sources_by_number_and_lists_them() -> None:
    lines = render_timeline(TIMELINE, "table").splitlines()
    bridge_row = next(line for line in lines if "Sava was struck" in line)
    assert bridge_row.rstrip().endswith("[1][2][3]")
    assert any(line.startswith("[4] notes/field-note.txt") for line in lines)
    assert "publication date unknown" in "\n".join(lines)


def test_table_footer_counts_events_articles_and_undated() -> None:
    last = render_timeline(TIMELINE, "table").rstrip().splitlines()[-1]
    assert last == "8 events (1 undated) from 4 articles; 1 warning; 1 file skipped"


def test_table_has_no_escape_sequences_without_color_and_some_with() -> None:
    assert not ANSI.search(render_timeline(TIMELINE, "table"))
    assert ANSI.search(render_timeline(TIMELINE, "table", color=True))


@pytest.mark.parametrize("width", [40, 72, 120, 200])
def test_table_fits_the_width(width: int) -> None:
    output = render_timeline(TIMELINE, "table", width=width)
    assert max(len(line) for line in output.splitlines()) <= width


def test_table_ignores_color_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "30")
    assert render_timeline(TIMELINE, "table") == CASES["timeline.table.txt"]()


def test_empty_timeline_renders_in_every_format() -> None:
    empty = Timeline(sources=(), events=(), problems=(), skipped_files=0)
    assert "No events." in render_timeline(empty, "table")
    assert "0 events (0 undated) from 0 articles" in render_timeline(empty, "markdown")
    assert json.loads(render_timeline(empty, "json")) == {
        "version": 1,
        "articles": [],
        "events": [],
        "warnings": [],
    }
    assert render_timeline(empty, "jsonl") == ""
    assert render_timeline(empty, "csv").count("\r\n") == 1
    assert json.loads(render_timeline(empty, "timelinejs"))["events"] == []


# --- markdown ------------------------------------------------------------------------------------


def test_markdown_report_sections_in_order() -> None:
    output = render_timeline(TIMELINE, "markdown")
    headings = [line for line in output.splitlines() if line.startswith("#")]
    assert headings == ["# Timeline", "## Events", "## Undated", "## Sources", "## Warnings"]


def test_markdown_states_period_and_counts() -> None:
    line = render_timeline(TIMELINE, "markdown").splitlines()[2]
    assert line == ("Period covered: Q1 2023 to 8 May 2023. 8 events (1 undated) from 4 articles.")


def test_markdown_shows_claims_as_claims() -> None:
    output = render_timeline(TIMELINE, "markdown")
    bridge = next(line for line in output.splitlines() if "Sava was struck" in line)
    assert "[1], [2] (according to the regional governor), [3]" in bridge


def test_markdown_sources_say_where_the_date_came_from() -> None:
    output = render_timeline(TIMELINE, "markdown")
    assert (
        "1. Road bridge over the Sava hit overnight (reports/2023-05-05-bridge.txt), "
        "published 5 May 2023 (from the date prefix)"
    ) in output
    assert (
        "4. Field note from the water station (notes/field-note.txt), publication date unknown"
        in (output)
    )


def test_markdown_without_problems_has_no_warnings_section() -> None:
    output = render_timeline(replace(TIMELINE, problems=()), "markdown")
    assert "## Warnings" not in output


# --- json / jsonl --------------------------------------------------------------------------------


def test_json_contract_keys_in_order() -> None:
    document = json.loads(render_timeline(TIMELINE, "json"))
    assert list(document) == ["version", "articles", "events", "warnings"]
    assert document["version"] == 1
    assert list(document["articles"][0]) == ["path", "title", "published", "published_from"]
    event = document["events"][0]
    assert list(event) == ["id", "start", "end", "granularity", "summary", "mentions"]
    assert list(event["mentions"][0]) == [
        "path",
        "title",
        "published",
        "sentence",
        "expression",
        "value",
        "attribution",
    ]


def test_json_values() -> None:
    document = json.loads(render_timeline(TIMELINE, "json"))
    assert document["articles"][3] == {
        "path": NOTE.path,
        "title": NOTE.title,
        "published": None,
        "published_from": None,
    }
    assert document["articles"][0]["published"] == "2023-05-05"
    assert document["articles"][0]["published_from"] == "prefix"
    by_id = {event["id"]: event for event in document["events"]}
    assert (by_id["e3"]["start"], by_id["e3"]["end"], by_id["e3"]["granularity"]) == (
        "2023-04-28",
        "2023-05-03",
        "range",
    )
    assert len(by_id["e5"]["mentions"]) == 3
    assert by_id["e5"]["mentions"][1]["attribution"] == "the regional governor"
    assert (by_id["e8"]["start"], by_id["e8"]["end"], by_id["e8"]["granularity"]) == (
        None,
        None,
        None,
    )
    assert document["warnings"] == [
        "notes/field-note.txt: no publication date found; relative dates left unresolved"
    ]


def test_jsonl_is_one_versioned_event_per_line() -> None:
    lines = render_timeline(TIMELINE, "jsonl").splitlines()
    events = json.loads(render_timeline(TIMELINE, "json"))["events"]
    assert len(lines) == len(events) == 8
    for line, event in zip(lines, events, strict=True):
        assert json.loads(line) == {"version": 1, **event}


def test_json_keeps_non_ascii_text_readable() -> None:
    renamed = replace(TIMELINE, sources=(replace(BRIDGE, title="Мост через Саву"),))
    assert "Мост через Саву" in render_timeline(renamed, "json")


# --- csv -----------------------------------------------------------------------------------------


def test_csv_has_one_row_per_mention() -> None:
    rows = list(csv.reader(io.StringIO(render_timeline(TIMELINE, "csv"), newline="")))
    assert rows[0] == [
        "event_id",
        "start",
        "end",
        "granularity",
        "summary",
        "path",
        "title",
        "published",
        "sentence",
        "expression",
        "value",
        "attribution",
    ]
    assert len(rows) == 1 + sum(len(event.mentions) for event in TIMELINE.events)
    bridge = [row for row in rows if row[0] == "e5"]
    assert [row[5] for row in bridge] == [
        "reports/2023-05-05-bridge.txt",
        "reports/talks.md",
        "feeds/wire.json",
    ]
    undated = next(row for row in rows if row[0] == "e8")
    assert undated[1:4] == ["", "", ""]
    assert undated[7] == ""


# --- timelinejs ----------------------------------------------------------------------------------


def test_timelinejs_has_dated_events_only_at_their_precision() -> None:
    document = json.loads(render_timeline(TIMELINE, "timelinejs"))
    assert document["title"]["text"]["headline"] == "Timeline"
    slides = document["events"]
    assert len(slides) == 7
    by_display = {slide["display_date"]: slide for slide in slides}
    assert by_display["April 2023"]["start_date"] == {"year": 2023, "month": 4}
    assert "end_date" not in by_display["April 2023"]
    assert by_display["4 May 2023"]["start_date"] == {"year": 2023, "month": 5, "day": 4}
    assert by_display["28 Apr - 3 May 2023"]["end_date"] == {"year": 2023, "month": 5, "day": 3}
    assert by_display["Q1 2023"]["end_date"] == {"year": 2023, "month": 3, "day": 31}


def test_timelinejs_lists_sources_as_plain_text() -> None:
    slides = json.loads(render_timeline(TIMELINE, "timelinejs"))["events"]
    bridge = next(slide for slide in slides if slide["display_date"] == "4 May 2023")
    text = bridge["text"]["text"]
    assert "<a" not in text
    assert text.count("<li>") == 3
    assert "according to the regional governor" in text


# --- tags ----------------------------------------------------------------------------------------


def test_tags_jsonl_contract() -> None:
    lines = [json.loads(line) for line in render_tags(TAGS, "jsonl").splitlines()]
    assert len(lines) == 4
    assert lines[0] == {
        "path": BRIDGE.path,
        "start": 131,
        "end": 140,
        "text": "yesterday",
        "type": "DATE",
        "value": "2023-05-04",
        "rule": "relative-day",
        "anchor": "2023-05-05",
        "interval": {"start": "2023-05-04", "end": "2023-05-04", "granularity": "day"},
        "signal": None,
    }
    april = {"start": "2023-04-01", "end": "2023-04-30", "granularity": "month"}
    assert lines[1]["interval"] == april
    assert lines[1]["signal"] == "in"
    assert lines[2]["record"] == 2
    assert list(lines[2])[:2] == ["path", "record"]
    assert lines[3]["anchor"] is None
    assert lines[3]["interval"] is None


def test_tags_jsonl_explain_adds_the_explanation() -> None:
    lines = [json.loads(line) for line in render_tags(TAGS, "jsonl", explain=True).splitlines()]
    assert lines[0]["explanation"] == "publication 2023-05-05 - 1 day = 2023-05-04"
    assert all("explanation" in line for line in lines)


def test_tags_table_explain_adds_a_column() -> None:
    plain = render_tags(TAGS, "table", width=200)
    explained = render_tags(TAGS, "table", explain=True, width=200)
    assert "Explanation" not in plain
    assert "Explanation" in explained
    assert "most recent April on or before publication 2023-05-05" in explained


def test_tags_table_shows_an_anchor_from_the_text() -> None:
    tagged = (replace(TAGS[0], timexes=(replace(TAGS[0].timexes[0], anchor_kind="reference"),)),)
    assert "2023-05-05 (in text)" in render_tags(tagged, "table")


# --- explain -------------------------------------------------------------------------------------


def test_explanation_walks_through_every_mention() -> None:
    output = render_explanation(BRIDGE_STRUCK, sources=TIMELINE.sources, width=200)
    assert output.startswith("Event e5: 4 May 2023 (day, 2023-05-04)\n")
    assert output.count("Mention ") == 3
    assert 'Published    5 May 2023 (from the date prefix: "date 2023-05-05")' in output
    assert "Arithmetic   publication 2023-05-09 is a Tuesday; last Thursday = 2023-05-04" in output
    assert "Attribution  the regional governor" in output
    assert output.rstrip().endswith(
        "Merged because: same day 2023-05-04; sentences share 'bridge', 'struck/hit' "
        "(similarity 0.71)"
    )


def test_explanation_without_sources_still_gives_the_publication_day() -> None:
    output = render_explanation(BRIDGE_STRUCK, width=200)
    assert "Published    5 May 2023\n" in output


def test_explanation_of_an_undated_mention_says_why() -> None:
    output = render_explanation(TIMELINE.events[-1], sources=TIMELINE.sources, width=200)
    assert "Published    unknown: relative dates in this article are not resolved" in output
    assert "Merged because" not in output


def test_tags_table_heads_each_article_with_its_publication_date() -> None:
    lines = render_tags(TAGS, "table").splitlines()
    assert lines[0] == "reports/2023-05-05-bridge.txt  published 5 May 2023 (from the date prefix)"
    assert "feeds/wire.json #2  published 9 May 2023 (from the JSON record)" in lines
    assert "notes/field-note.txt  publication date unknown" in lines
    assert lines[-1] == "4 expressions in 3 articles"


def test_tags_table_says_when_an_article_has_no_expressions() -> None:
    output = render_tags((replace(TAGS[0], timexes=()),), "table")
    assert "no temporal expressions found" in output
    assert "Offsets" not in output

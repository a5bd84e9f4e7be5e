"""The labelled evaluation set (bench/events/, gold timeline in bench/events_gold.json) as a golden
build: the event targets hold, and the whole timeline is unchanged unless meant to change.

After an intended change of output, regenerate the golden file with

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_events_golden.py

and read the diff (and `.venv/bin/python bench/events.py`) before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench.events import EVENTS_DIR, GOLD_PATH, load_gold, score
from timeline.model import Timeline
from timeline.pipeline import BuildOptions, build
from timeline.render import render_timeline

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden" / "events" / "timeline.json"


@pytest.fixture(scope="module")
def events_timeline() -> Timeline:
    return build([EVENTS_DIR], BuildOptions())


def test_event_set_meets_its_targets(events_timeline: Timeline) -> None:
    # Event F1 >= 0.90, mention date accuracy >= 0.95, merge pairwise F1 >= 0.85.
    assert score(load_gold(GOLD_PATH), events_timeline.events)


def test_event_set_timeline_matches_golden_file(events_timeline: Timeline) -> None:
    # Paths relative to the repository, so that the file does not depend on where it is cloned.
    output = render_timeline(events_timeline, "json").replace(str(ROOT) + os.sep, "")
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(output, encoding="utf-8")
    assert output == GOLDEN.read_text(encoding="utf-8")

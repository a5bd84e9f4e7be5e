"""`timeline build` end to end over good articles mixed with every hostile case of
tests/hostile.py: each bad file costs one clear line on stderr, the good ones all make it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from tests.hostile import HOSTILE_MAX_BYTES, write_hostile_cases
from timeline import cli
from timeline.ingest.discover import ARTICLE_EXTENSIONS

GOOD = {
    "good-withdrawal.txt": (
        "date 2023-05-05 Iron Lark fighters to quit Brannik\n\n"
        "The founder of the Iron Lark Company said on Friday that his fighters would leave "
        "their positions in Brannik by May 10.\n"
    ),
    "good-aftermath.md": (
        "---\ntitle: Ravensk counts the cost\ndate: 2023-05-12\n---\n\n"
        "The army said on Tuesday that it had taken over all positions in Brannik.\n"
    ),
    "good-wire.jsonl": json.dumps(
        {
            "title": "Prisoners swapped",
            "publishedAt": "2023-05-18T09:00:00Z",
            "content": "Both sides exchanged forty prisoners on Wednesday near Brannik.",
        }
    )
    + "\n",
}
# (file, expression, start of the event) that must be on the timeline whatever else is in the
# folder.
GOOD_EVENTS = {
    ("good-withdrawal.txt", "Friday", "2023-05-05"),
    ("good-aftermath.md", "Tuesday", "2023-05-09"),
    ("good-wire.jsonl", "Wednesday", "2023-05-17"),
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    news = tmp_path_factory.mktemp("hostile") / "news"
    news.mkdir()
    for name, text in GOOD.items():
        (news / name).write_text(text, encoding="utf-8")
    return news, write_hostile_cases(news)


def build(news: Path, *options: str) -> Result:
    return CliRunner().invoke(
        cli.app,
        ["build", str(news), "--max-size", str(HOSTILE_MAX_BYTES), *options],
        prog_name="timeline",
    )


@pytest.fixture(scope="module")
def result(folder: tuple[Path, dict[str, str]]) -> Result:
    news, _ = folder
    return build(news, "--format", "json")


def lines_about(result: Result, path: Path) -> list[str]:
    return [line for line in result.stderr.splitlines() if f" {path}" in line]


def test_bad_files_do_not_stop_the_build(result: Result) -> None:
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.output
    assert "internal error" not in result.stderr


def test_each_bad_file_gets_one_line_naming_it(
    folder: tuple[Path, dict[str, str]], result: Result
) -> None:
    news, cases = folder
    checked = 0
    for name, expected in cases.items():
        path = news / name
        if not (path.exists() or path.is_symlink()):
            continue  # a stand-in case that only the reader can be shown (e.g. a vanished file)
        about = lines_about(result, path)
        if path.suffix and path.suffix not in ARTICLE_EXTENSIONS:
            assert about == [], name  # not an article inside a folder: counted, not reported
        elif expected:
            assert len(about) == 1, (name, about)
            assert expected in about[0], (name, about)
            checked += 1
        else:
            assert not [line for line in about if line.startswith("error:")], (name, about)
    assert checked >= 10


def test_the_closing_line_counts_what_was_skipped(
    folder: tuple[Path, dict[str, str]], result: Result
) -> None:
    news, cases = folder
    # Files with an error line, less the JSONL file whose other lines were read and the folder
    # holding the symlink loop; plus the files that are not articles at all.
    unreadable = {
        line.split(": ")[1] for line in result.stderr.splitlines() if line.startswith("error:")
    } - {str(news / "one_bad_line.jsonl"), str(news / "loop" / "again")}
    not_articles = [
        name
        for name in cases
        if (news / name).is_file() and Path(name).suffix not in ARTICLE_EXTENSIONS
    ]
    closing = result.stderr.splitlines()[-1]
    assert f"skipped {len(unreadable) + len(not_articles)} files" in closing


def test_every_good_article_and_readable_hostile_file_is_on_the_timeline(
    folder: tuple[Path, dict[str, str]], result: Result
) -> None:
    _, cases = folder
    document: dict[str, Any] = json.loads(result.stdout)
    read = {Path(article["path"]).name for article in document["articles"]}
    assert set(GOOD) <= read
    assert {name for name, expected in cases.items() if not expected} <= read
    found = {
        (Path(mention["path"]).name, mention["expression"], event["start"])
        for event in document["events"]
        for mention in event["mentions"]
    }
    assert found >= GOOD_EVENTS
    # The hostile but readable files carry the same lede, dated Tuesday 2 May 2023.
    assert ("utf16_bom.txt", "Tuesday", "2023-05-02") in found
    assert ("cp1252.txt", "Tuesday", "2023-05-02") in found


def test_strict_refuses_a_partial_timeline(folder: tuple[Path, dict[str, str]]) -> None:
    news, _ = folder
    strict = build(news, "--strict")
    assert strict.exit_code == 1
    assert strict.stdout == ""
    assert "error: --strict: some input was skipped, no timeline written" in strict.stderr
    assert "Traceback" not in strict.output


def test_strict_passes_over_the_good_articles_alone(tmp_path: Path) -> None:
    for name, text in GOOD.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    strict = build(tmp_path, "--strict")
    assert strict.exit_code == 0, strict.stderr
    assert strict.stderr.splitlines() == ["read 3 files, skipped 0 files; 3 events"]


def test_samples_timeline_is_unchanged_beside_every_hostile_file(tmp_path: Path) -> None:
    samples = Path(__file__).resolve().parent.parent / "samples"
    mixed = tmp_path / "mixed"
    shutil.copytree(samples, mixed)
    write_hostile_cases(mixed)

    def sample_events(folder: Path) -> set[tuple[Any, ...]]:
        outcome = build(folder, "--format", "json")
        assert outcome.exit_code == 0, outcome.stderr
        assert "Traceback" not in outcome.output
        sample_names = {path.name for path in samples.iterdir()}
        return {
            (event["id"], event["start"], event["end"], event["summary"], len(event["mentions"]))
            for event in json.loads(outcome.stdout)["events"]
            if all(Path(m["path"]).name in sample_names for m in event["mentions"])
        }

    assert sample_events(mixed) == sample_events(samples)

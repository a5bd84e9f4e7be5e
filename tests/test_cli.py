"""The command line: options, exit codes, messages, output writing.

The stages are replaced by stand-ins (conftest.stub_stages): what is tested here is what the CLI
does with their results, not the dates they find.
"""

from __future__ import annotations

import io
import json
import os
import stat
from pathlib import Path

import pytest
from rich.console import Console
from stage_stubs import write_articles
from typer.testing import CliRunner, Result

from timeline import __version__, cli

pytestmark = pytest.mark.usefixtures("stub_stages")

DEPOT = "date 2023-05-04\nDepot hit\nDrones hit the Ravensk depot on 2023-05-03.\n"
HANDOVER = "date 2023-05-11\nHandover\nThe army took Brannik yesterday. Talks go on.\n"
UNDATED = "Opinion\nThe company has been a [bold]problem[/bold] since 2023-01-15.\n"


@pytest.fixture
def news(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return write_articles(
        tmp_path / "news", {"depot.txt": DEPOT, "handover.txt": HANDOVER, "opinion.txt": UNDATED}
    )


def run(*args: str) -> Result:
    return CliRunner().invoke(cli.app, list(args), prog_name="timeline")


def assert_no_traceback(result: Result) -> None:
    assert "Traceback" not in result.output
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["build", "tag", "explain"])
def test_every_command_help_has_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert f"  timeline {command} " in result.stdout


def test_top_level_help_lists_commands_and_an_example() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in ("build", "tag", "explain"):
        assert f"  {command} " in result.stdout
    assert "timeline build samples/" in result.stdout


def test_no_command_shows_help_and_is_a_usage_error() -> None:
    result = run()
    assert result.exit_code == 2
    assert "Commands:" in result.stderr


def test_version() -> None:
    result = run("--version")
    assert (result.exit_code, result.stdout) == (0, f"timeline {__version__}\n")


def test_build_prints_the_timeline_and_reports_on_stderr(news: Path) -> None:
    result = run("build", "news", "--format", "json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["version"] == 1
    assert [event["id"] for event in document["events"]] == [
        "2023-01-15",
        "2023-05-03",
        "2023-05-10",
    ]
    assert result.stderr.splitlines() == [
        f"warning: {Path('news/opinion.txt')}: no publication date",
        "read 3 files, skipped 0 files; 3 events",
    ]


def test_messages_are_not_read_as_markup(news: Path) -> None:
    (news / "[bold]x.txt").write_text("BINARY")
    result = run("build", "news")
    assert f"error: {Path('news/[bold]x.txt')}: binary file, skipped" in result.stderr
    assert result.exit_code == 0


def test_filters_reach_the_timeline(news: Path) -> None:
    result = run(
        "build", "news", "-f", "json", "--since", "2023-05", "--undated", "hide", "--about", "army"
    )
    assert result.exit_code == 0, result.output
    assert [event["id"] for event in json.loads(result.stdout)["events"]] == ["2023-05-10"]


def test_until_a_month_includes_its_last_day(news: Path) -> None:
    (news / "late.txt").write_text("date 2023-06-02\nT\nIt ended on 2023-05-31.\n")
    result = run("build", "news", "-f", "json", "--since", "2023-05-04", "--until", "2023-05")
    ids = [event["id"] for event in json.loads(result.stdout)["events"]]
    assert ids == ["2023-05-10", "2023-05-31"]


def test_published_sets_a_date(news: Path) -> None:
    result = run("build", "news", "-f", "json", "--published", "opinion.txt=2023-05-12")
    assert result.exit_code == 0
    articles = json.loads(result.stdout)["articles"]
    assert articles[2]["published"] == "2023-05-12"
    assert articles[2]["published_from"] == "cli"
    assert "warning" not in result.stderr


def test_a_file_name_with_equals_sign_is_split_at_the_last_one(news: Path) -> None:
    (news / "a=b.txt").write_text(UNDATED)
    result = run("build", "news", "-f", "json", "--published", "a=b.txt=2023-05-12")
    assert result.exit_code == 0
    published = {a["path"]: a["published"] for a in json.loads(result.stdout)["articles"]}
    assert published[str(Path("news/a=b.txt"))] == "2023-05-12"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--published", "opinion.txt"], "expected FILE=DATE, got 'opinion.txt'"),
        (["--published", "=2023-05-12"], "expected FILE=DATE"),
        (["--published", "opinion.txt=12/05/2023"], "'12/05/2023' is not a date (YYYY-MM-DD)"),
        (["--published", "opinion.txt=2023-02-30"], "'2023-02-30' is not a date"),
        (
            ["--published", "a.txt=2023-05-01", "--published", "a.txt=2023-05-02"],
            "two different dates for 'a.txt'",
        ),
        (["--since", "May 5"], "'May 5' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"),
        (["--until", "2023-13"], "'2023-13' is not a date"),
        (["--since", "2023-06", "--until", "2023-05"], "2023-06 is after --until 2023-05"),
        (["--format", "xml"], "'xml' is not one of"),
        (["--undated", "maybe"], "'maybe' is not one of"),
        (["--min-sources", "0"], "--min-sources"),
        (["--max-size", "huge"], "'huge' is not a size such as 500K or 20MB"),
        (["--max-size", "0"], "is not a size"),
        (["--about", "!!"], "'!!' has no words to look for"),
        (["--output", "news"], "'news' is a folder"),
        (["--output", "nowhere/out.md"], "folder 'nowhere' does not exist"),
    ],
)
def test_usage_errors_exit_2_with_one_line(news: Path, args: list[str], message: str) -> None:
    result = run("build", "news", *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("timeline build: error: ")
    assert message in lines[0]
    assert_no_traceback(result)


def test_a_missing_path_is_a_usage_error(news: Path) -> None:
    result = run("build", "news", "no-such-folder")
    assert result.exit_code == 2
    assert "'no-such-folder' does not exist" in result.stderr
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    ("size", "kept"), [("10", 0), ("10b", 0), ("1K", 3), ("1kib", 3), ("2 MB", 3)]
)
def test_max_size_units(news: Path, size: str, kept: int) -> None:
    result = run("build", "news", "-f", "json", "--max-size", size)
    articles = json.loads(result.stdout)["articles"] if result.exit_code == 0 else []
    assert len(articles) == kept


def test_no_readable_article_exits_1(tmp_path: Path) -> None:
    write_articles(tmp_path, {"a.txt": "BINARY", "b.txt": "BINARY"})
    result = run("build", str(tmp_path))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines()[-2:] == [
        "error: no article could be read",
        "read 0 files, skipped 2 files; 0 events",
    ]


def test_strict_exits_1_when_a_file_was_skipped(news: Path) -> None:
    (news / "broken.txt").write_text("BINARY")
    assert run("build", "news").exit_code == 0
    result = run("build", "news", "--strict", "--output", "out.json")
    assert result.exit_code == 1
    assert "error: --strict: some input was skipped, no timeline written" in result.stderr
    assert not Path("out.json").exists()


def test_strict_accepts_warnings(news: Path) -> None:
    assert run("build", "news", "--strict").exit_code == 0  # opinion.txt is only undated


def test_internal_error_is_one_line_without_traceback(
    news: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_render(*args: object, **kwargs: object) -> str:
        raise KeyError("granularity")

    monkeypatch.setattr(cli, "render_timeline", broken_render)
    result = run("build", "news")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        "error: internal error: KeyError: 'granularity' (run with --debug for a traceback)"
    )
    assert_no_traceback(result)
    debug = run("build", "news", "--debug")
    assert isinstance(debug.exception, KeyError)


def test_output_is_written_whole_and_not_to_stdout(news: Path) -> None:
    result = run("build", "news", "-f", "markdown", "--output", "timeline.md")
    assert result.exit_code == 0
    assert result.stdout == ""
    written = Path("timeline.md").read_text(encoding="utf-8")
    assert written == run("build", "news", "-f", "markdown").stdout
    assert [p.name for p in Path().iterdir() if p.name.startswith(".timeline.md")] == []
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(Path("timeline.md").stat().st_mode) == 0o666 & ~umask


def test_failed_output_leaves_the_old_file_untouched(
    news: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Path("timeline.json").write_text("old timeline")

    def failing_replace(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli.os, "replace", failing_replace)
    result = run("build", "news", "-f", "json", "-o", "timeline.json")
    assert result.exit_code == 1
    assert "error: cannot write timeline.json: No space left on device" in result.stderr
    assert Path("timeline.json").read_text() == "old timeline"
    assert sorted(p.name for p in Path().iterdir()) == ["news", "timeline.json"]


@pytest.mark.parametrize("output", ["news/depot.txt", "news/../news/handover.txt"])
def test_output_refuses_to_overwrite_an_input_file(news: Path, output: str) -> None:
    before = Path(output).read_text()
    result = run("build", "news", "--output", output)
    assert result.exit_code == 2
    assert "refusing to overwrite input file" in result.stderr
    assert Path(output).read_text() == before


def test_output_refuses_a_file_given_as_input(news: Path) -> None:
    result = run("build", "news/depot.txt", "-o", "news/depot.txt")
    assert result.exit_code == 2
    assert "refusing to overwrite input file 'news/depot.txt'" in result.stderr


def test_output_may_replace_a_non_article_file_in_an_input_folder(news: Path) -> None:
    (news / "timeline.csv").write_text("old")
    result = run("build", "news", "-f", "csv", "-o", "news/timeline.csv")
    assert result.exit_code == 0, result.stderr
    assert Path("news/timeline.csv").read_text() != "old"


def test_table_has_no_color_when_stdout_is_not_a_terminal(news: Path) -> None:
    result = run("build", "news")
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout
    assert "Ravensk" in result.stdout


def test_tag_lists_expressions(news: Path) -> None:
    result = run("tag", "news/depot.txt", "--format", "jsonl")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(row["text"], row["value"]) for row in rows] == [
        ("2023-05-04", "2023-05-04"),
        ("2023-05-03", "2023-05-03"),
    ]
    assert result.stderr == "read 1 file, skipped 0 files\n"


def test_tag_with_nothing_readable_exits_1(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("BINARY")
    assert run("tag", str(tmp_path)).exit_code == 1


def test_explain_an_event(news: Path) -> None:
    result = run("explain", "2023-05-10", "news")
    assert result.exit_code == 0, result.output
    assert "yesterday" in result.stdout


def test_explain_an_unknown_event_exits_1(news: Path) -> None:
    result = run("explain", "no-such-id", "news")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "error: no event 'no-such-id' in these articles"


def test_python_dash_m_runs_the_cli() -> None:
    import subprocess
    import sys

    completed = subprocess.run(
        [sys.executable, "-m", "timeline", "--version"], capture_output=True, text=True, check=False
    )
    assert (completed.returncode, completed.stdout) == (0, f"timeline {__version__}\n")


@pytest.mark.parametrize(
    ("terminal", "files", "shown"), [(True, 25, True), (True, 20, False), (False, 25, False)]
)
def test_progress_bar_only_on_a_terminal_and_for_many_files(
    terminal: bool, files: int, shown: bool
) -> None:
    stream = io.StringIO()
    progress = cli._FileProgress(Console(file=stream, force_terminal=terminal, width=80))
    for done in range(1, files + 1):
        progress(done, files)
    progress.close()
    assert ("reading articles" in stream.getvalue()) is shown

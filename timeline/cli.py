"""The `timeline` command: parse options, run the pipeline, render, write. Nothing else.

Exit codes: 0 a timeline (or tag list, or explanation) was produced, warnings aside; 1 no article
could be read, --strict and a file or record could not be read, no event with the id given to
`explain`, or an internal error; 2 a usage error (bad option value, unknown format, missing
path). Messages go to stderr, one line each, never read as rich markup.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.progress import Progress
from typer.core import TyperGroup

from timeline import __version__
from timeline.ingest import DEFAULT_MAX_BYTES, is_input
from timeline.ingest.discover import ARTICLE_EXTENSIONS
from timeline.model import Problem, Timeline
from timeline.pipeline import BuildOptions, FileCallback, build, tag_paths
from timeline.render import (
    TagFormat,
    TimelineFormat,
    render_explanation,
    render_tags,
    render_timeline,
)
from timeline.render.terminal import plural
from timeline.select import Selection, UndatedChoice, period_day, select, words

# Below this many files a progress bar would only flicker.
PROGRESS_MIN_FILES = 20
# Table width when stdout is not a terminal.
DEFAULT_WIDTH = 120

_SIZE = re.compile(r"(\d+)\s*([kmg]?)(?:i?b)?", re.IGNORECASE)
_SIZE_FACTORS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


class _OneLineErrors(TyperGroup):
    """Reports usage errors as one line (`timeline build: error: ...`) instead of click's
    usage block or typer's framed panel, and exits 2."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except typer.TyperException as error:
            if not standalone_mode:
                raise
            ctx = getattr(error, "ctx", None)
            where = f"{ctx.command_path}: " if ctx is not None else ""
            hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
            _messages().print(f"{where}error: {error.format_message()}{hint}")
            sys.exit(error.exit_code)
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    cls=_OneLineErrors,
    name="timeline",
    epilog="Run 'timeline COMMAND --help' for a command's options and examples.",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=False,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)

Paths = Annotated[
    list[Path],
    typer.Argument(
        help=f"Article files or folders ({', '.join(sorted(ARTICLE_EXTENSIONS))}); folders are "
        "read recursively.",
        exists=True,
        metavar="PATH",
        show_default=False,
    ),
]
Published = Annotated[
    list[str] | None,
    typer.Option(
        "--published",
        metavar="FILE=DATE",
        help="Publication date of FILE (path or file name), YYYY-MM-DD; overrides any date "
        "found in the file. Repeat for several files.",
        show_default=False,
    ),
]
Debug = Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")]


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"timeline {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Turn a folder of conflict-news articles into one chronological timeline.

    \b
    Example:
      timeline build samples/
    """
    if ctx.invoked_subcommand is None:
        # No command is a usage error: show what the commands are, on stderr.
        typer.echo(ctx.get_help(), err=True)
        raise typer.Exit(2)


@app.command(
    "build",
    epilog="""Examples:

\b
  timeline build samples/
  timeline build news/ --format markdown --output timeline.md
  timeline build news/ --since 2023-05-01 --until 2023-05-31 --about "Brannik" --min-sources 2
  timeline build article.txt --published article.txt=2023-05-11 --format json
""",
)
def build_command(
    paths: Paths,
    fmt: Annotated[TimelineFormat, typer.Option("--format", "-f", help="Output format.")] = "table",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to FILE (atomically; never over an input file) instead of stdout.",
            metavar="FILE",
            show_default=False,
        ),
    ] = None,
    published: Published = None,
    since: Annotated[
        str | None,
        typer.Option(
            metavar="DATE",
            help="Only events that end on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY).",
            show_default=False,
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(
            metavar="DATE",
            help="Only events that start on or before DATE (YYYY-MM-DD, YYYY-MM or YYYY).",
            show_default=False,
        ),
    ] = None,
    about: Annotated[
        str | None,
        typer.Option(
            metavar="WORDS",
            help="Only events whose summary or one reporting sentence contains all WORDS "
            "(case-insensitive).",
            show_default=False,
        ),
    ] = None,
    min_sources: Annotated[
        int, typer.Option(min=1, help="Only events reported by at least N files.", metavar="N")
    ] = 1,
    undated: Annotated[
        UndatedChoice, typer.Option(help="Show or hide events with no date.")
    ] = "show",
    max_size: Annotated[
        str,
        typer.Option(
            metavar="SIZE", help="Skip files larger than SIZE (e.g. 500K, 20MB; 1K = 1024 bytes)."
        ),
    ] = f"{DEFAULT_MAX_BYTES // 1024**2}MB",
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="Exit 1 and write no timeline if any file or record could not be read."
        ),
    ] = False,
    debug: Debug = False,
) -> None:
    """Build one chronological timeline from articles."""
    options = BuildOptions(
        published=_parse_published(published), max_bytes=_parse_size(max_size), debug=debug
    )
    selection = Selection(
        since=_parse_day(since, "--since", last=False),
        until=_parse_day(until, "--until", last=True),
        about=_parse_about(about),
        min_sources=min_sources,
        undated=undated,
    )
    if selection.since and selection.until and selection.since > selection.until:
        _usage_error("--since", f"{since} is after --until {until}")
    if output is not None:
        _check_output(output, paths)
    messages = _messages()
    timeline = _build_reported(paths, options, messages)
    if not timeline.sources:
        raise typer.Exit(1)
    if strict and any(problem.severity == "error" for problem in timeline.problems):
        messages.print("error: --strict: some input was skipped, no timeline written")
        raise typer.Exit(1)
    color = output is None and _color_stdout()
    with _internal_errors(debug):
        text = render_timeline(select(timeline, selection), fmt, color=color, width=_width(output))
    _write(text, output)


@app.command(
    epilog="""Examples:

\b
  timeline tag samples/
  timeline tag article.txt --explain
  timeline tag news/ --format jsonl --published news/undated.txt=2023-05-11
"""
)
def tag(
    paths: Paths,
    fmt: Annotated[TagFormat, typer.Option("--format", "-f", help="Output format.")] = "table",
    explain: Annotated[
        bool, typer.Option("--explain", help="Say how each value was computed.")
    ] = False,
    published: Published = None,
    debug: Debug = False,
) -> None:
    """List the temporal expressions found in articles and what each resolves to."""
    options = BuildOptions(published=_parse_published(published), debug=debug)
    messages = _messages()
    with _internal_errors(debug), _progress(messages) as on_file:
        tagging = tag_paths(paths, options, on_file=on_file)
    _report(
        messages,
        tagging.problems,
        [article.path for article in tagging.articles],
        tagging.skipped_files,
    )
    if not tagging.articles:
        raise typer.Exit(1)
    with _internal_errors(debug):
        text = render_tags(
            tagging.articles, fmt, explain=explain, color=_color_stdout(), width=_width(None)
        )
    _write(text, None)


@app.command(
    epilog="""Examples:

\b
  timeline build samples/ --format json    # lists event ids
  timeline explain e4b76591d2f37 samples/
"""
)
def explain(
    event_id: Annotated[
        str,
        typer.Argument(
            help="The event's id, as listed by 'timeline build --format json'.",
            metavar="EVENT_ID",
            show_default=False,
        ),
    ],
    paths: Paths,
    published: Published = None,
    debug: Debug = False,
) -> None:
    """Explain how an event was dated and why its reports were merged.

    Give the same PATHs (and --published dates) the timeline was built from: ids belong to
    that input.
    """
    options = BuildOptions(published=_parse_published(published), debug=debug)
    messages = _messages()
    timeline = _build_reported(paths, options, messages)
    event = next((event for event in timeline.events if event.id == event_id), None)
    if event is None:
        messages.print(f"error: no event {event_id!r} in these articles")
        raise typer.Exit(1)
    with _internal_errors(debug):
        text = render_explanation(
            event, color=_color_stdout(), width=_width(None), sources=timeline.sources
        )
    _write(text, None)


def main() -> None:
    """Console-script entry point (`timeline`, `python -m timeline`)."""
    app(prog_name="timeline")


# --- option values ------------------------------------------------------------------------


def _usage_error(option: str, message: str) -> NoReturn:
    raise typer.BadParameter(message, param_hint=f"'{option}'")


def _parse_published(values: Sequence[str] | None) -> dict[str, date]:
    published: dict[str, date] = {}
    for value in values or ():
        file, equals, day = value.rpartition("=")
        if not equals or not file:
            _usage_error("--published", f"expected FILE=DATE, got {value!r}")
        parsed = _parse_iso_day(day, "--published")
        if published.setdefault(file, parsed) != parsed:
            _usage_error("--published", f"two different dates for {file!r}")
    return published


def _parse_iso_day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        _usage_error(option, f"{text!r} is not a date (YYYY-MM-DD)")


def _parse_day(text: str | None, option: str, *, last: bool) -> date | None:
    if text is None:
        return None
    try:
        return period_day(text, last=last)
    except ValueError:
        _usage_error(option, f"{text!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")


def _parse_about(text: str | None) -> frozenset[str]:
    if text is None:
        return frozenset()
    about = words(text)
    if not about:
        _usage_error("--about", f"{text!r} has no words to look for")
    return about


def _parse_size(text: str) -> int:
    match = _SIZE.fullmatch(text.strip())
    if match is None or int(match.group(1)) == 0:
        _usage_error("--max-size", f"{text!r} is not a size such as 500K or 20MB")
    return int(match.group(1)) * _SIZE_FACTORS[match.group(2).lower()]


def _check_output(output: Path, inputs: Sequence[Path]) -> None:
    if output.is_dir():
        _usage_error("--output", f"{str(output)!r} is a folder")
    if not output.parent.is_dir():
        _usage_error("--output", f"folder {str(output.parent)!r} does not exist")
    if output.exists() and is_input(output, inputs):
        _usage_error("--output", f"refusing to overwrite input file {str(output)!r}")


# --- running and writing ------------------------------------------------------------------


def _messages() -> Console:
    # markup/emoji/highlight off: file names and messages are shown exactly as they are.
    return Console(stderr=True, markup=False, emoji=False, highlight=False, soft_wrap=True)


@contextmanager
def _internal_errors(debug: bool) -> Iterator[None]:
    """Turns a bug in a stage into one line and exit 1; --debug shows the traceback."""
    try:
        yield
    except (typer.Exit, typer.TyperException):
        raise
    except Exception as error:
        if debug:
            raise
        _messages().print(
            f"error: internal error: {type(error).__name__}: {error} "
            "(run with --debug for a traceback)"
        )
        raise typer.Exit(1) from error


class _FileProgress:
    """A progress bar on a terminal's stderr, shown only once there are enough files."""

    def __init__(self, console: Console) -> None:
        self._console = console
        self._progress: Progress | None = None

    def __call__(self, done: int, total: int) -> None:
        if total <= PROGRESS_MIN_FILES or not self._console.is_terminal:
            return
        if self._progress is None:
            self._progress = Progress(console=self._console, transient=True)
            self._progress.add_task("reading articles", total=total)
            self._progress.start()
        self._progress.update(self._progress.task_ids[0], completed=done)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()


@contextmanager
def _progress(console: Console) -> Iterator[FileCallback]:
    progress = _FileProgress(console)
    try:
        yield progress
    finally:
        progress.close()


def _report(
    messages: Console,
    problems: Sequence[Problem],
    article_paths: Sequence[str],
    skipped_files: int,
    events: int | None = None,
) -> None:
    """One line per problem, then one closing line with the counts."""
    for problem in problems:
        messages.print(f"{problem.severity}: {problem}")
    files_read = len(set(article_paths))
    if files_read == 0:
        messages.print("error: no article could be read")
    summary = f"read {plural(files_read, 'file')}"
    if len(article_paths) != files_read:
        summary += f" ({plural(len(article_paths), 'article')})"
    summary += f", skipped {plural(skipped_files, 'file')}"
    if events is not None:
        summary += f"; {plural(events, 'event')}"
    messages.print(summary)


def _build_reported(paths: Sequence[Path], options: BuildOptions, messages: Console) -> Timeline:
    """The timeline, built under a progress bar, its problems and counts reported on stderr."""
    with _internal_errors(options.debug), _progress(messages) as on_file:
        timeline = build(paths, options, on_file=on_file)
    sources = [source.path for source in timeline.sources]
    _report(messages, timeline.problems, sources, timeline.skipped_files, len(timeline.events))
    return timeline


def _color_stdout() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _width(output: Path | None) -> int:
    if output is None and sys.stdout.isatty():
        return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
    return DEFAULT_WIDTH


def _write(text: str, output: Path | None) -> None:
    if text and not text.endswith("\n"):
        text += "\n"
    if output is None:
        sys.stdout.write(text)
        return
    try:
        _write_atomically(output, text)
    except OSError as error:
        _messages().print(f"error: cannot write {output}: {error.strerror or error}")
        raise typer.Exit(1) from error


def _write_atomically(output: Path, text: str) -> None:
    """Write through a temporary file in the same folder, then rename: a reader sees the old
    file or the whole new one, never half of it."""
    temporary: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(
            "w",
            encoding="utf-8",
            newline="\n",
            dir=output.parent,
            prefix=f".{output.name}.",
            suffix=".tmp",
            delete=False,
        ) as handle:
            temporary = Path(handle.name)
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        # Temporary files are private (0600); the timeline gets the mode a new file would get.
        temporary.chmod(0o666 & ~_umask())
        os.replace(temporary, output)
    except BaseException:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current

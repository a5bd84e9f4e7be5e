"""Run the stages over input files: read -> tag -> segment -> events -> merge.

This is the library entry point behind `timeline build`, `timeline tag` and `timeline explain`.
One bad file never stops the others: whatever goes wrong in a file becomes a Problem naming it.
Article text is dropped as soon as a file's mentions are extracted, so memory grows with the
events kept, not with the size of the input.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Generic, TypeVar

from timeline.events import extract_mentions
from timeline.ingest import DEFAULT_MAX_BYTES, FileResult, discover, read_file
from timeline.merge import merge_mentions
from timeline.model import (
    Article,
    Mention,
    Problem,
    Source,
    TaggedArticle,
    Timeline,
)
from timeline.segment import split_sentences
from timeline.temporal import tag

Result = TypeVar("Result")

# Called after each file with (files done, files in total), e.g. to move a progress bar.
FileCallback = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class BuildOptions:
    # --published FILE=DATE: FILE is matched against the path as given, the resolved path, or
    # the bare file name; the date overrides any date found in the file.
    published: Mapping[str, date] = field(default_factory=dict)
    max_bytes: int = DEFAULT_MAX_BYTES
    debug: bool = False  # let unexpected exceptions propagate instead of becoming Problems


@dataclass(frozen=True, slots=True)
class Tagging:
    """What `timeline tag` prints: every article's temporal expressions."""

    articles: tuple[TaggedArticle, ...]
    problems: tuple[Problem, ...]
    skipped_files: int


def build(
    paths: Sequence[Path], options: BuildOptions, *, on_file: FileCallback | None = None
) -> Timeline:
    """The timeline of every article under `paths`."""
    run = _run_files(paths, options, _mentions_of, on_file)
    mentions = [mention for _, article_mentions in run.results for mention in article_mentions]
    return Timeline(
        sources=tuple(source for source, _ in run.results),
        events=merge_mentions(mentions),
        problems=run.problems,
        skipped_files=run.skipped_files,
    )


def tag_paths(
    paths: Sequence[Path], options: BuildOptions, *, on_file: FileCallback | None = None
) -> Tagging:
    """Every temporal expression of every article under `paths` (tagged in `Article.text`)."""
    run = _run_files(paths, options, _tag_article, on_file)
    return Tagging(
        articles=tuple(tagged for _, tagged in run.results),
        problems=run.problems,
        skipped_files=run.skipped_files,
    )


def _anchor(article: Article) -> date | None:
    return article.published.value if article.published else None


def _mentions_of(article: Article) -> tuple[Mention, ...]:
    timexes = tag(article.body, _anchor(article))
    return extract_mentions(article, split_sentences(article.body), timexes)


def _tag_article(article: Article) -> TaggedArticle:
    return TaggedArticle(
        path=article.path,
        record=article.record,
        published=article.published,
        timexes=tag(article.text, _anchor(article)),
    )


@dataclass(frozen=True, slots=True)
class _Run(Generic[Result]):
    results: tuple[tuple[Source, Result], ...]  # one per article read, in input order
    problems: tuple[Problem, ...]
    skipped_files: int


def _run_files(
    paths: Sequence[Path],
    options: BuildOptions,
    process: Callable[[Article], Result],
    on_file: FileCallback | None,
) -> _Run[Result]:
    discovery = discover(paths)
    overrides = _PublishedOverrides(options.published)
    results: list[tuple[Source, Result]] = []
    problems = list(discovery.problems)
    skipped = discovery.skipped
    total = len(discovery.files)
    for done, file in enumerate(discovery.files, start=1):
        display_path = str(file)
        read = _read(file, display_path, overrides.date_for(file), options)
        problems.extend(read.problems)
        file_results = _process_file(read, display_path, process, options, problems)
        if not file_results:
            skipped += 1
        results.extend(file_results)
        if on_file is not None:
            on_file(done, total)
    problems.extend(overrides.unmatched())
    return _Run(tuple(results), tuple(problems), skipped)


def _read(
    file: Path, display_path: str, published: date | None, options: BuildOptions
) -> FileResult:
    try:
        return read_file(
            file, display_path=display_path, published=published, max_bytes=options.max_bytes
        )
    except Exception as error:
        if options.debug:
            raise
        return FileResult((), (_internal_error(display_path, "reading", error),))


def _process_file(
    read: FileResult,
    display_path: str,
    process: Callable[[Article], Result],
    options: BuildOptions,
    problems: list[Problem],
) -> list[tuple[Source, Result]]:
    # All of a file's articles or none: a file that fails half-way is reported and left out.
    try:
        return [(_source(article), process(article)) for article in read.articles]
    except Exception as error:
        if options.debug:
            raise
        problems.append(_internal_error(display_path, "processing", error))
        return []


def _source(article: Article) -> Source:
    return Source(article.path, article.title, article.published, article.record)


def _internal_error(display_path: str, stage: str, error: Exception) -> Problem:
    detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return Problem(
        display_path,
        f"internal error while {stage}: {detail} (run with --debug for a traceback)",
        "error",
    )


class _PublishedOverrides:
    """Finds the --published date for a file and remembers which overrides were used."""

    def __init__(self, published: Mapping[str, date]) -> None:
        self._published = published
        self._by_path = {Path(key).resolve(): key for key in published}
        self._names = {key for key in published if Path(key).name == key}
        self._used: set[str] = set()

    def date_for(self, file: Path) -> date | None:
        if not self._published:
            return None
        key = self._by_path.get(file.resolve())
        if key is None and file.name in self._names:
            key = file.name
        if key is None:
            return None
        self._used.add(key)
        return self._published[key]

    def unmatched(self) -> list[Problem]:
        # A --published that silently applied to nothing would leave a date the user believes
        # is set unset, so say so.
        return [
            Problem(key, "--published names no input file; its date was not used", "warning")
            for key in self._published
            if key not in self._used
        ]

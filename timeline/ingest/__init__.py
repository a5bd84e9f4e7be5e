"""Read article files: find the files, decode them, extract title, text and publication date."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from timeline.ingest.boilerplate import blank_boilerplate
from timeline.ingest.common import DateCandidate, Draft, ReaderOutput
from timeline.ingest.decode import DecodeError, read_text
from timeline.ingest.discover import find_article_files, unknown_extension
from timeline.ingest.html import read_html
from timeline.ingest.jsonfmt import read_json, read_jsonl
from timeline.ingest.markdown import read_markdown
from timeline.ingest.pubdate import date_in_file_name, settle_published
from timeline.ingest.timeml import read_timeml
from timeline.ingest.txt import read_txt
from timeline.model import Article, Problem

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Discovery:
    files: tuple[Path, ...]  # article files to read, sorted, each once
    skipped: int  # hidden files and files with an unknown extension
    problems: tuple[Problem, ...]  # e.g. a symlink loop, a path that does not exist


@dataclass(frozen=True, slots=True)
class FileResult:
    articles: tuple[Article, ...]  # empty when the file was skipped
    problems: tuple[Problem, ...]


def discover(paths: Sequence[Path]) -> Discovery:
    files, skipped, problems = find_article_files(paths)
    return Discovery(files, skipped, problems)


def is_input(path: Path, inputs: Sequence[Path]) -> bool:
    """Whether `path` is one of `inputs` or would be read as an article from a folder among them
    (so `--output` never overwrites what the timeline was built from)."""
    target = path.resolve()
    given = [given_path.resolve() for given_path in inputs]
    if target in given:
        return True
    # Inside an input folder it is an input only if ingestion reads files like it.
    inside = any(folder in target.parents for folder in given)
    return inside and bool(discover([path]).files)


ArticleFormat = Literal["txt", "md", "html", "json", "jsonl", "tml"]

# Extension -> the format recorded on the article and its reader(text, display_path).
_READERS: dict[str, tuple[ArticleFormat, Callable[[str, str], ReaderOutput]]] = {
    ".txt": ("txt", lambda text, _display_path: read_txt(text)),
    ".md": ("md", read_markdown),
    ".markdown": ("md", read_markdown),
    ".html": ("html", read_html),
    ".htm": ("html", read_html),
    ".json": ("json", read_json),
    ".jsonl": ("jsonl", read_jsonl),
    ".tml": ("tml", read_timeml),
}


def read_file(
    path: Path,
    *,
    display_path: str,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> FileResult:
    """Read one file. `published` (from --published) overrides any date found in the file."""
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        return FileResult((), (Problem(display_path, unknown_extension(path), "error"),))
    decoded = read_text(path, max_bytes)
    if isinstance(decoded, DecodeError):
        return FileResult((), (Problem(display_path, decoded.message, "error"),))
    problems: list[Problem] = []
    if decoded.warning:
        problems.append(Problem(display_path, decoded.warning, "warning"))
    article_format, read = reader
    output = read(decoded.text, display_path)
    problems.extend(output.problems)
    if not output.drafts and not any(p.severity == "error" for p in problems):
        problems.append(Problem(display_path, "no articles found in the file", "error"))

    in_name = date_in_file_name(path.name)
    name_date = (DateCandidate(in_name, "filename", f"file name {path.name}"),) if in_name else ()
    today = date.today()  # only to reject publication dates in the future
    articles: list[Article] = []
    for draft in output.drafts:
        articles.append(
            _article(draft, display_path, article_format, name_date, published, today, problems)
        )
    return FileResult(tuple(articles), tuple(problems))


def _article(
    draft: Draft,
    display_path: str,
    article_format: ArticleFormat,
    name_date: tuple[DateCandidate, ...],
    cli: date | None,
    today: date,
    problems: list[Problem],
) -> Article:
    settled, warnings = settle_published((*draft.dates, *name_date), cli=cli, today=today)
    unit = "line" if article_format == "jsonl" else "record"
    where = f"{unit} {draft.record}: " if draft.record is not None else ""
    problems.extend(Problem(display_path, where + warning, "warning") for warning in warnings)
    return Article(
        path=display_path,
        title=draft.title,
        text=draft.text,
        body=blank_boilerplate(draft.body),
        published=settled,
        format=article_format,
        record=draft.record,
    )

"""Read article files: find the files, decode them, extract title, text and publication date."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

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
    raise NotImplementedError  # STUB: owned by the ingestion work


def read_file(
    path: Path,
    *,
    display_path: str,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> FileResult:
    """Read one file. `published` (from --published) overrides any date found in the file."""
    raise NotImplementedError  # STUB: owned by the ingestion work

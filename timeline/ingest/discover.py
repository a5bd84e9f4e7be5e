"""Find the article files under the paths given on the command line."""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from timeline.ingest.decode import describe_os_error
from timeline.model import Problem

ARTICLE_EXTENSIONS = frozenset(
    {".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".tml"}
)


@dataclass(slots=True)
class _Found:
    files: list[Path] = field(default_factory=list)
    seen: set[Path] = field(default_factory=set)  # resolved paths, so each file is read once
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)

    def add_file(self, path: Path) -> None:
        resolved = path.resolve()
        if resolved not in self.seen:
            self.seen.add(resolved)
            self.files.append(path)


def find_article_files(paths: Sequence[Path]) -> tuple[tuple[Path, ...], int, tuple[Problem, ...]]:
    """Files to read (in the order given, folders sorted), the number skipped, and problems.

    Inside folders, hidden entries and unknown extensions are skipped and counted. A file named
    explicitly is read even when hidden; one with an unknown extension is skipped with a problem.
    """
    found = _Found()
    for path in paths:
        try:
            if path.is_dir():
                _walk(path, found, ancestors=frozenset())
            elif path.is_file():
                if path.suffix.lower() in ARTICLE_EXTENSIONS:
                    found.add_file(path)
                else:
                    found.skipped += 1
                    found.problems.append(Problem(str(path), unknown_extension(path), "error"))
            elif path.is_symlink():
                found.problems.append(Problem(str(path), _broken_link(path), "error"))
            elif path.exists():
                message = "not a regular file (a pipe, socket or device)"
                found.problems.append(Problem(str(path), message, "error"))
            else:
                found.problems.append(Problem(str(path), "no such file or folder", "error"))
        except OSError as error:
            found.problems.append(Problem(str(path), describe_os_error(error), "error"))
    return tuple(found.files), found.skipped, tuple(found.problems)


def unknown_extension(path: Path) -> str:
    known = " ".join(sorted(ARTICLE_EXTENSIONS))
    kind = f"'{path.suffix}'" if path.suffix else "no extension"
    return f"not an article file ({kind}); known extensions: {known}"


def _broken_link(path: Path) -> str:
    try:
        path.stat()
    except OSError as error:
        return describe_os_error(error) if error.errno == errno.ELOOP else _BROKEN_LINK
    return _BROKEN_LINK


_BROKEN_LINK = "broken symlink: its target does not exist"


def _walk(folder: Path, found: _Found, ancestors: frozenset[Path]) -> None:
    real = folder.resolve()
    if real in ancestors:
        found.problems.append(
            Problem(str(folder), f"symlink loop: points back to {real}; not followed", "error")
        )
        return
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        message = describe_os_error(error).replace("read the file", "list the folder")
        found.problems.append(Problem(str(folder), message, "error"))
        return
    inside = ancestors | {real}
    for entry in entries:
        path = folder / entry.name
        if entry.name.startswith("."):
            found.skipped += 1
            continue
        try:
            if entry.is_dir():
                _walk(path, found, inside)
            elif entry.is_file():
                if path.suffix.lower() in ARTICLE_EXTENSIONS:
                    found.add_file(path)
                else:
                    found.skipped += 1
            elif entry.is_symlink():
                found.problems.append(Problem(str(path), _broken_link(path), "error"))
            else:
                found.skipped += 1  # sockets, pipes, devices
        except OSError as error:
            found.problems.append(Problem(str(path), describe_os_error(error), "error"))

"""Small, obvious stand-ins for the stages the pipeline calls (see conftest.stub_stages).

They let the pipeline and the CLI be tested for what they own (per-file isolation, --published
matching, exit codes, output writing) without depending on what the real stages decide.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from timeline.ingest import Discovery, FileResult
from timeline.model import (
    Article,
    Event,
    Interval,
    Mention,
    Problem,
    PublicationDate,
    Sentence,
    Timex,
)

_DATE_LINE = re.compile(r"date (\d{4}-\d{2}-\d{2})\n")
_ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\byesterday\b")
_SENTENCE = re.compile(r"[^.\n]+\.?")


def stub_discover(paths: Sequence[Path]) -> Discovery:
    files: list[Path] = []
    skipped = 0
    problems: list[Problem] = []
    for path in paths:
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            for found in sorted(path.rglob("*")):
                if found.suffix == ".txt" and not found.name.startswith("."):
                    files.append(found)
                elif found.is_file():
                    skipped += 1
        else:
            problems.append(Problem(str(path), "no such file or folder", "error"))
    return Discovery(tuple(files), skipped, tuple(problems))


def stub_read_file(
    path: Path, *, display_path: str, published: date | None = None, max_bytes: int = 1 << 20
) -> FileResult:
    """A .txt article; a first line `date YYYY-MM-DD` dates it; `BINARY` makes it unreadable."""
    raw = path.read_bytes()
    if len(raw) > max_bytes:
        return FileResult((), (Problem(display_path, "file too large", "error"),))
    if b"BINARY" in raw:
        return FileResult((), (Problem(display_path, "binary file, skipped", "error"),))
    text = raw.decode()
    header = _DATE_LINE.match(text)
    publication = None
    if published is not None:
        publication = PublicationDate(published, "cli", "--published")
    elif header:
        publication = PublicationDate(date.fromisoformat(header[1]), "prefix", header[0].strip())
    body = " " * header.end() + text[header.end() :] if header else text
    problems = () if publication else (Problem(display_path, "no publication date", "warning"),)
    title = body.strip().split("\n")[0]
    article = Article(display_path, title, text, body, publication, "txt")
    return FileResult((article,), problems)


def stub_tag(text: str, anchor: date | None) -> tuple[Timex, ...]:
    timexes = []
    for found in _ISO_DAY.finditer(text):
        if found[0] == "yesterday":
            day = anchor - timedelta(days=1) if anchor else None
            value = day.isoformat() if day else "XXXX-XX-XX"
        else:
            day = date.fromisoformat(found[0])
            value = found[0]
        timexes.append(
            Timex(
                start=found.start(),
                end=found.end(),
                text=found[0],
                type="DATE",
                value=value,
                rule="stub",
                anchor=anchor,
                anchor_kind="publication" if anchor else "none",
                interval=Interval(day, day, "day") if day else None,
            )
        )
    return tuple(timexes)


def stub_split_sentences(text: str) -> tuple[Sentence, ...]:
    return tuple(
        Sentence(found.start(), found.end(), found[0].strip())
        for found in _SENTENCE.finditer(text)
        if found[0].strip()
    )


def stub_extract_mentions(
    article: Article, sentences: Sequence[Sentence], timexes: Sequence[Timex]
) -> tuple[Mention, ...]:
    mentions = []
    for sentence in sentences:
        inside = [t for t in timexes if sentence.start <= t.start < sentence.end]
        if not inside:
            continue
        timex = inside[0]
        if "CRASH" in sentence.text:
            raise RuntimeError("stub stage failed")
        mentions.append(
            Mention(
                path=article.path,
                title=article.title,
                published=article.published.value if article.published else None,
                sentence=sentence.text,
                expression=timex.text,
                value=timex.value,
                interval=timex.interval,
                rule=timex.rule,
                anchor=timex.anchor,
                explanation="",
                attribution=None,
                sentence_start=sentence.start,
                record=article.record,
            )
        )
    return tuple(mentions)


def stub_merge_mentions(mentions: Sequence[Mention]) -> tuple[Event, ...]:
    by_value: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_value.setdefault(mention.value or "", []).append(mention)
    events = [
        Event(
            id=value, interval=group[0].interval, summary=group[0].sentence, mentions=tuple(group)
        )
        for value, group in by_value.items()
    ]
    return tuple(
        sorted(
            events, key=lambda e: (e.interval is None, e.interval.start if e.interval else date.min)
        )
    )


def write_articles(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder

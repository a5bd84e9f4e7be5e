"""Plain-text articles: a headline line, optional header lines or a `date YYYY-MM-DD` prefix."""

from __future__ import annotations

import re

from timeline.ingest.common import DateCandidate, Draft, ReaderOutput, blank
from timeline.ingest.pubdate import date_in_url

# The user's own files: "date 2023-05-05 <headline or lede>". Any digits are captured so that an
# impossible date is reported rather than read as text. "Date: 2023-05-05" is a prefix only when
# words follow on the same line; alone (or with a time) it is a header line.
_DATE_PREFIX = re.compile(
    r"\A\s*date(?:[ \t]+|[ \t]*:[ \t]*(?=\d{1,6}-\d{1,2}-\d{1,2}[ \t]+[^\W\d_]))"
    r"(\d{1,6}-\d{1,2}-\d{1,2})(?![\d-])[ \t]*",
    re.IGNORECASE,
)
_HEADER = re.compile(
    r"[ \t]*(date|published|title|headline|source|url)[ \t]*:([^\n\r]*)\r?",
    re.IGNORECASE,
)
_LINE = re.compile(r"[^\n]*\n?")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_FIRST_SENTENCE = re.compile(r"^.*?[.!?][\"'”’]?(?=\s|$)")

TITLE_MAX_CHARS = 90
_TITLE_MIN_WORDS = 4
_LEDE_MIN_WORDS_WITH_FULL_STOP = 6
_LEDE_MIN_WORDS = 16


def is_lede(line: str) -> bool:
    """Whether a top line is the article's first paragraph rather than a headline."""
    words = len(line.split())
    if words >= _LEDE_MIN_WORDS:
        return True
    return words >= _LEDE_MIN_WORDS_WITH_FULL_STOP and bool(_SENTENCE_END.search(line.strip()))


def title_from_lede(lede: str) -> str:
    """A headline-sized title from a first paragraph: its first sentence, cut at a word."""
    text = " ".join(lede.split())
    sentence = _FIRST_SENTENCE.match(text)
    # "U.S. troops ..." or "Mr. Vasko said ...": a stop that short is an abbreviation.
    if sentence and len(sentence.group(0).split()) >= _TITLE_MIN_WORDS:
        text = sentence.group(0)
    if len(text) <= TITLE_MAX_CHARS:
        return text.removesuffix(".")
    cut = text[: TITLE_MAX_CHARS + 1]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut[:TITLE_MAX_CHARS]
    return cut.rstrip(" ,;:—–-") + "…"


def _next_line(text: str, position: int) -> tuple[int, int] | None:
    """Start and end (without the newline) of the first non-blank line at or after `position`."""
    for line in _LINE.finditer(text, position):
        if not line.group(0):
            return None
        content = line.group(0).rstrip("\r\n")
        if content.strip():
            start = line.start() + len(content) - len(content.lstrip())
            return start, line.start() + len(content.rstrip())
    return None


def _headline(text: str, span: tuple[int, int] | None) -> tuple[str, list[tuple[int, int]]]:
    """The title for the line at `span` and what of it to blank in the body."""
    if span is None:
        return "", []
    line = text[span[0] : span[1]]
    if is_lede(line):
        return title_from_lede(line), []
    return " ".join(line.split()), [span]


def read_txt(text: str) -> ReaderOutput:
    prefix = _DATE_PREFIX.match(text)
    if prefix:
        dates = (DateCandidate(prefix.group(1), "prefix", prefix.group(0).strip()),)
        title, lede_blanks = _headline(text, _next_line(text, prefix.end()))
        body = blank(text, [(0, prefix.end()), *lede_blanks])
        return ReaderOutput((Draft(title, text, body, dates),), ())

    header_blanks: list[tuple[int, int]] = []
    dated: list[DateCandidate] = []
    url_dates: list[DateCandidate] = []
    title = ""
    headline_blanks: list[tuple[int, int]] = []
    position = 0
    while (line := _next_line(text, position)) is not None:
        header = _HEADER.fullmatch(text, line[0], line[1])
        if not header:
            break
        header_blanks.append(line)
        position = line[1]
        name, value = header.group(1).lower(), (header.group(2) or "").strip()
        if name in ("title", "headline") and value:
            title = " ".join(value.split())
        elif name in ("date", "published") and value:
            dated.append(DateCandidate(value, "header", header.group(0).strip()))
        elif name == "url" and (in_url := date_in_url(value)):
            url_dates.append(DateCandidate(in_url, "header", header.group(0).strip()))
    if not title:
        title, headline_blanks = _headline(text, _next_line(text, position))
    body = blank(text, [*header_blanks, *headline_blanks])
    return ReaderOutput((Draft(title, text, body, (*dated, *url_dates)),), ())

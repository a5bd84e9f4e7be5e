"""Markdown articles: YAML front matter, `# Heading` title, markup blanked in place."""

from __future__ import annotations

import re
import tomllib
from datetime import date

import yaml

from timeline.ingest.common import DateCandidate, Draft, ReaderOutput, blank
from timeline.ingest.txt import is_lede, title_from_lede
from timeline.model import Problem

_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*\r?$", re.DOTALL | re.MULTILINE
)
_TOML_FRONT_MATTER = re.compile(
    r"\A\+\+\+[ \t]*\r?\n(.*?)^\+\+\+[ \t]*\r?$", re.DOTALL | re.MULTILINE
)
_DATE_KEYS = ("date_published", "published", "pubDate", "publishDate", "date")

# Markup that is not text. Spans are bounded so that no pattern backtracks over a whole line.
_WHOLE_SPANS = re.compile(
    r"!\[[^\[\]\n]{0,1000}\]\([^()\n]{0,2000}\)"  # image
    r"|<https?://[^<>\s]{0,2000}>"  # autolink
    r"|</?[A-Za-z][^<>\n]{0,1000}>"  # inline HTML tag
    r"|^[ ]{0,3}\[[^\]\n]{1,1000}\]:[ \t]*\S[^\n]*$"  # link reference definition
    r"|^[ ]{0,3}(?:```|~~~)[^\n]*$"  # code fence
    r"|^[ ]{0,3}(?:[-*_][ \t]*){3,}\r?$"  # thematic break
    r"|^[ ]{0,3}=+[ \t]*\r?$",  # setext underline
    re.MULTILINE,
)
# Links keep their text and lose brackets and target: group 1 and 2 are blanked.
_LINK = re.compile(r"(\[)[^\[\]\n]{0,1000}(\]\([^()\n]{0,2000}\)|\]\[[^\[\]\n]{0,200}\])")
_LINE_MARKERS = re.compile(r"^[ ]{0,3}((?:>[ \t]?)+|[-*+][ \t]+)", re.MULTILINE)
_HEADING = re.compile(r"^[ ]{0,3}(#{1,6})(?:[ \t]+([^\n]*))?$", re.MULTILINE)
_CLOSING_HASHES = re.compile(r"(?:^|[ \t])#+[ \t]*\r?$")
_LINE = re.compile(r"[^\n]+")
_EMPHASIS = re.compile(
    r"(\*\*)(?=\S)(?:[^*\n]|\*(?!\*)){1,1000}?(?<=\S)(\*\*)"
    r"|(__)(?=\S)(?:[^_\n]|_(?!_)){1,1000}?(?<=\S)(__)"
    r"|(~~)(?=\S)(?:[^~\n]|~(?!~)){1,1000}?(?<=\S)(~~)"
    r"|(?<![\w*])(\*)(?=[^\s*])[^*\n]{1,1000}?(?<=[^\s*])(\*)(?![\w*])"
    r"|(?<![\w_])(_)(?=[^\s_])[^_\n]{1,1000}?(?<=[^\s_])(_)(?![\w_])"
    r"|(`+)[^`\n]{1,1000}?(\11)"
)


def markup_spans(text: str) -> list[tuple[int, int]]:
    spans = [match.span() for match in _WHOLE_SPANS.finditer(text)]
    for pattern in (_LINK, _EMPHASIS):
        for match in pattern.finditer(text):
            spans.extend(
                match.span(group) for group in range(1, pattern.groups + 1) if match.group(group)
            )
    spans.extend(marker.span() for marker in _LINE_MARKERS.finditer(text))
    for heading in _HEADING.finditer(text):
        spans.append((heading.start(), heading.start(2) if heading.group(2) else heading.end()))
        closing = _CLOSING_HASHES.search(heading.group(2) or "")
        if closing:
            spans.append((heading.start(2) + closing.start(), heading.end()))
    return spans


def read_markdown(source: str, display_path: str) -> ReaderOutput:
    problems: list[Problem] = []
    title = ""
    dates: list[DateCandidate] = []
    spans: list[tuple[int, int]] = []
    yaml_front = _FRONT_MATTER.match(source)
    toml_front = _TOML_FRONT_MATTER.match(source)
    front = yaml_front or toml_front
    if front:
        spans.append(front.span())
        read_fields = _yaml_fields if yaml_front else _toml_fields
        fields, trouble = read_fields(front.group(1))
        if trouble:
            problems.append(Problem(display_path, trouble, "warning"))
        title = " ".join(str(fields.get("title") or fields.get("headline") or "").split())
        for key in _DATE_KEYS:
            value = fields.get(key)
            if isinstance(value, str | date) and str(value).strip():
                written = str(value).strip()
                dates.append(DateCandidate(written, "front-matter", f"{key}: {written}"))
    content_start = front.end() if front else 0
    spans.extend(
        (start + content_start, end + content_start)
        for start, end in markup_spans(source[content_start:])
    )
    text = blank(source, spans)

    headline: list[tuple[int, int]] = []
    first = _first_line(text, content_start)
    heading = _HEADING.match(source, first[0]) if first else None
    if first is not None and heading and heading.group(1) == "#":
        # A level-1 heading opening the content is the headline (unless front matter named
        # another one, and then it stays in the body).
        if not title or _plain(text[first[0] : first[1]]) == title:
            title = title or _plain(text[first[0] : first[1]])
            headline.append(first)
    elif first is not None and not title:
        line = text[first[0] : first[1]]
        if is_lede(line):
            title = title_from_lede(line)
        else:
            title = _plain(line)
            headline.append(first)
    body = blank(text, headline)
    return ReaderOutput((Draft(title, text, body, tuple(dates)),), tuple(problems))


def _plain(text: str) -> str:
    return " ".join(text.split())


def _first_line(text: str, start: int) -> tuple[int, int] | None:
    """The span of the first line after `start` that is not blank."""
    for line in _LINE.finditer(text, start):
        if not line.group(0).isspace():
            return line.span()
    return None


def _toml_fields(content: str) -> tuple[dict[str, object], str | None]:
    """TOML front matter (Hugo's `+++`); its dates arrive as date/datetime values."""
    try:
        return tomllib.loads(content), None
    except tomllib.TOMLDecodeError as error:
        return {}, f"front matter is not TOML ({error}); ignored, body still read"


def _yaml_fields(content: str) -> tuple[dict[str, object], str | None]:
    """The front matter's fields (all values as strings), or why it is not a YAML mapping."""
    try:
        # BaseLoader keeps every scalar a string: dates are checked by the tool, not by YAML.
        loaded = yaml.load(content, Loader=yaml.BaseLoader)
    except RecursionError:
        return {}, "front matter is nested too deeply to read; ignored, body still read"
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        line = f" at line {where.line + 2}" if where is not None else ""
        return {}, f"front matter is not YAML{line}; ignored, body still read"
    if loaded is None:
        return {}, None
    if not isinstance(loaded, dict):
        return {}, "front matter is not a YAML mapping of fields; ignored, body still read"
    return {str(key): value for key, value in loaded.items()}, None

"""JSON and JSONL article files: one object per article, or an array, or {"articles": [...]}."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable

from timeline.ingest.common import DateCandidate, Draft, ReaderOutput, joined_article
from timeline.ingest.pubdate import date_in_url
from timeline.ingest.txt import title_from_lede
from timeline.model import Problem

_TITLE_KEYS = ("title", "headline")
_TEXT_KEYS = ("text", "body", "content", "articleBody", "description")
_DATE_KEYS = ("datePublished", "published", "publishedAt", "published_at", "pubDate", "date")
_URL_KEYS = ("url", "link", "canonical_url", "webUrl")
_WRAPPER_KEYS = ("articles", "data", "items", "results", "entries", "posts", "stories")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")
# Feeds and CMS exports often carry HTML in their text fields ("<p>...</p>", "&#8217;").
_HTML_MARKUP = re.compile(
    r"</?(?:p|br|div|a|span|strong|em|b|i|h[1-6]|li|ul|ol|blockquote|figure|img)\b[^<>]{0,2000}>"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});",
    re.IGNORECASE,
)
_HTML_BLOCK_END = re.compile(
    r"<br\s*/?>|</(?:p|div|h[1-6]|li|blockquote|section|figure|tr)\s*>", re.IGNORECASE
)
_HTML_TAG = re.compile(r"<[^<>]{0,2000}>")


def read_json(source: str, display_path: str) -> ReaderOutput:
    try:
        loaded = json.loads(source)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data":  # one object per line: JSON Lines under a .json name
            as_lines = read_jsonl(source, display_path)
            if as_lines.drafts and not as_lines.problems:
                note = "holds one JSON object per line (JSON Lines); read line by line"
                return ReaderOutput(as_lines.drafts, (Problem(display_path, note, "warning"),))
        truncated = error.pos >= len(source.rstrip()) or error.msg.startswith("Unterminated")
        hint = " (the file looks truncated)" if truncated else ""
        return _failed(
            display_path,
            f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}{hint}",
        )
    except RecursionError:
        return _failed(display_path, "invalid JSON: nested too deeply to read")

    if isinstance(loaded, list):
        records: list[tuple[int | None, object]] = list(enumerate(loaded, start=1))
    elif isinstance(loaded, dict) and (wrapped := _wrapped_list(loaded)) is not None:
        records = list(enumerate(wrapped, start=1))
    elif isinstance(loaded, dict):
        records = [(None, loaded)]
    else:
        return _failed(
            display_path,
            'no articles: expected an object, an array of objects or {"articles": [...]}',
        )
    return _drafts(records, display_path)


def read_jsonl(source: str, display_path: str) -> ReaderOutput:
    records: list[tuple[int | None, object]] = []
    problems: list[Problem] = []
    for number, line in enumerate(source.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append((number, json.loads(line)))
        except json.JSONDecodeError as error:
            problems.append(
                Problem(
                    display_path, f"line {number}: invalid JSON ({error.msg}); skipped", "error"
                )
            )
        except RecursionError:
            problems.append(
                Problem(display_path, f"line {number}: JSON nested too deeply; skipped", "error")
            )
    output = _drafts(records, display_path, unit="line")
    return ReaderOutput(output.drafts, (*problems, *output.problems))


def _failed(display_path: str, message: str) -> ReaderOutput:
    return ReaderOutput((), (Problem(display_path, message, "error"),))


def _wrapped_list(wrapper: dict[str, object]) -> list[object] | None:
    if any(key in wrapper for key in _TEXT_KEYS):
        return None
    for key in _WRAPPER_KEYS:
        value = wrapper.get(key)
        if isinstance(value, list):
            return value
    return None


def _drafts(
    records: Iterable[tuple[int | None, object]], display_path: str, unit: str = "record"
) -> ReaderOutput:
    drafts: list[Draft] = []
    problems: list[Problem] = []
    for number, record in records:
        where = f"{unit} {number}: " if number is not None else ""
        if not isinstance(record, dict):
            problems.append(Problem(display_path, f"{where}not a JSON object; skipped", "error"))
            continue
        title = " ".join(_text_field(record, _TITLE_KEYS).split())
        content = _text_field(record, _TEXT_KEYS)
        if not content:
            expected = ", ".join(_TEXT_KEYS)
            problems.append(
                Problem(
                    display_path,
                    f"{where}no article text (expected one of: {expected}); skipped",
                    "error",
                )
            )
            continue
        text, body = joined_article(title, _PARAGRAPH_BREAK.split(content))
        # Without a headline the first paragraph names the article and stays in the body.
        title = title or title_from_lede(text.partition("\n\n")[0])
        dates = tuple(
            DateCandidate(str(record[key]), "json", f'"{key}": {json.dumps(record[key])}')
            for key in _DATE_KEYS
            if isinstance(record.get(key), str | int) and str(record[key]).strip()
        ) + tuple(
            DateCandidate(in_url, "json", f'"{key}": {json.dumps(url)}')
            for key in _URL_KEYS
            if isinstance(url := record.get(key), str) and (in_url := date_in_url(url))
        )
        drafts.append(Draft(title, text, body, dates, number))
    return ReaderOutput(tuple(drafts), tuple(problems))


def _text_field(record: dict[str, object], keys: tuple[str, ...]) -> str:
    """The first of `keys` holding text: a string, a list of strings (paragraphs) or a
    WordPress-style {"rendered": "..."}; HTML in it is reduced to plain paragraphs."""
    for key in keys:
        value = record.get(key)
        if isinstance(value, dict):
            value = value.get("rendered")
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            value = "\n\n".join(str(item) for item in value)
        if isinstance(value, str) and value.strip():
            return _plain_text(value).strip()
    return ""


def _plain_text(content: str) -> str:
    if not _HTML_MARKUP.search(content):
        return content
    return html.unescape(_HTML_TAG.sub("", _HTML_BLOCK_END.sub("\n\n", content)))

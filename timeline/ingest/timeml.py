"""TimeML (.tml) files: the document creation time is the publication date.

`text` is the decoded file with every tag blanked and every entity replaced in place by its
character padded with spaces ("&amp;" -> "&" and four spaces), so offsets index the decoded file.
"""

from __future__ import annotations

import html
import re

from timeline.ingest.common import DateCandidate, Draft, ReaderOutput, blank, blank_all
from timeline.ingest.txt import title_from_lede
from timeline.model import Problem

_MARKUP = re.compile(r"<[^<>]*>|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_DCT_VALUE = re.compile(
    r"<DCT\b[^<>]*>[^<]{0,200}<TIMEX3\b[^<>]*?\bvalue\s*=\s*[\"']([^\"'<>]*)[\"']", re.I
)
_TITLE_OPEN = re.compile(r"<TITLE\b[^<>]*>", re.I)
_TITLE_CLOSE = re.compile(r"</TITLE\s*>", re.I)
_TEXT_OPEN = re.compile(r"<TEXT\b[^<>]*>", re.I)
_TEXT_CLOSE = re.compile(r"</TEXT\s*>", re.I)


def markup_free(source: str) -> str:
    """`source` with tags blanked and entities decoded and padded; same length as `source`."""
    return _MARKUP.sub(_plain_token, source)


def _plain_token(markup: re.Match[str]) -> str:
    token = markup.group(0)
    if token.startswith("<"):
        return blank_all(token)
    character = html.unescape(token)
    return character.ljust(len(token)) if len(character) < len(token) else token


def read_timeml(source: str, display_path: str) -> ReaderOutput:
    text = markup_free(source)
    problems: list[Problem] = []
    opening = _TEXT_OPEN.search(source)
    closing = _TEXT_CLOSE.search(source, opening.end()) if opening else None
    if opening:
        content_end = closing.start() if closing else len(source)
        body = blank(text, [(0, opening.end()), (content_end, len(text))])
    else:
        body = blank(text, [(0, len(text))])
        problems.append(
            Problem(display_path, "no <TEXT> element: nothing to read events from", "warning")
        )

    title_open = _TITLE_OPEN.search(source)
    title_close = _TITLE_CLOSE.search(source, title_open.end()) if title_open else None
    if title_open and title_close:
        title = " ".join(text[title_open.end() : title_close.start()].split())
    else:
        title = title_from_lede(body) if body.strip() else ""

    dct = _DCT_VALUE.search(source)
    dates = (DateCandidate(dct.group(1), "dct", f"DCT {dct.group(1)}"),) if dct else ()
    return ReaderOutput((Draft(title, text, body, dates),), tuple(problems))

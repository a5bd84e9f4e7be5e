"""Make text written by strangers safe to show: in a terminal, in Markdown, CSV, JSON and HTML.

Article text, titles and paths are data, never markup: nothing in them may colour a terminal,
move its cursor, open a link, start a Markdown table or heading, or run a spreadsheet formula.
"""

from __future__ import annotations

import re

# Escape sequences a terminal acts on: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \),
# other two-byte escapes (ESC + one char). Each alternative is linear: no nested quantifiers.
_ANSI_ESCAPE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[ -/]*[0-~]?"
)
# C0 and C1 controls except the whitespace handled by _BREAKS, DEL, and the bidirectional
# embedding/override/isolate marks that reorder how the surrounding text is displayed.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")
# Anything that would start a new line (or move back along one) in a one-line field.
_BREAKS = re.compile(r"[\t\n\x0b\x0c\r\x85\u2028\u2029]+")
_SPACES = re.compile(r" {2,}")
_SURROGATE = re.compile(r"[\ud800-\udfff]")

# Markdown: characters that open emphasis, code, links, images, tables, headings, quotes,
# strikethrough or HTML; & and < > become entities so no HTML entity or tag survives.
_MARKDOWN_SPECIAL = re.compile(r"[\\`*_\[\]()!#|~<>&]")
_HTML_ENTITY = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# At the start of a field these would begin a list, a heading underline or a thematic break.
_MARKDOWN_BLOCK_START = re.compile(r"([-+=])|(\d+)([.)])")

# Cells a spreadsheet would read as a formula (OWASP CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def valid_unicode(text: str) -> str:
    """Combine surrogate pairs and replace lone surrogates, so the text encodes as UTF-8."""
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _strip_controls(text: str) -> str:
    return _CONTROL.sub("", _ANSI_ESCAPE.sub("", valid_unicode(text)))


def one_line(text: str) -> str:
    """Terminal-safe text on one line: no escapes, no controls, line breaks become spaces."""
    return _SPACES.sub(" ", _BREAKS.sub(" ", _strip_controls(text))).strip()


def markdown(text: str) -> str:
    """Inline Markdown that shows exactly `text`, on one line."""
    flat = one_line(text)
    escaped = _MARKDOWN_SPECIAL.sub(lambda m: _HTML_ENTITY.get(m.group(), "\\" + m.group()), flat)
    block = _MARKDOWN_BLOCK_START.match(escaped)
    if block is None:
        return escaped
    if block.group(1) is not None:
        return "\\" + escaped
    return block.group(2) + "\\" + escaped[block.end(2) :]


def csv_cell(text: str) -> str:
    """A CSV cell no spreadsheet evaluates (a leading formula character gets a quote before it)
    and no terminal acts on; line breaks and tabs are kept, the csv module quotes them."""
    text = _strip_controls(text)
    return "'" + text if text.startswith(_FORMULA_START) else text

"""Page furniture inside article text: blanked in `body`, kept in `text`.

Rules are general shapes (a notice, a widget, a credit line), never one site's exact string. A
line rule blanks a whole line; an inline rule blanks only its match, so real text next to an
embedded widget ("ALSO WATCH | ... ×") or a parenthesised credit stays.
"""

from __future__ import annotations

import re

from timeline.ingest.common import blank

# Notices short enough to be furniture; a long line that starts the same way is article text.
_SHORT_LINE_WORDS = 30

# (rule, pattern matched at the start of a stripped line, whether the line must be short)
_LINE_RULES: tuple[tuple[str, re.Pattern[str], bool], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE), short)
    for name, pattern, short in (
        ("newsletter", r"(?:sign up|subscribe|register)\b", True),
        ("newsletter", r"get [^\n]{0,80}\b(?:in|to) your inbox\b", True),
        (
            "form-notice",
            r"(?:thanks?|thank you) for "
            r"(?:contacting us|subscribing|signing up|your (?:submission|interest))"
            r"|we(?:'|’)ve received your submission",
            True,
        ),
        (
            "related-link",
            r"(?:also read|also watch|read also|see also|read more|more from|related|recommended"
            r"|must read|don(?:'|’)t miss|watch)\s*[:|]",
            False,
        ),
        ("watch-live", r"watch\b[^\n]{0,80}\blive\b", True),
        ("disclaimer", r"disclaimer\s*:", False),
        ("agency-credit", r"\(?\s*with (?:inputs|input|files) from\b", True),
        (
            "wire-credit",
            r"(?:[—–-]\s*)?with (?:[\w.&'’-]+ ){0,6}(?:wires?|wire services)\b\W*$",
            True,
        ),
        (
            "staff-credit",
            r"\(?(?:reporting|writing|editing|additional reporting|compiled) by\b",
            True,
        ),
        (
            "share-prompt",
            r"(?:follow (?:us|[\w.@]+(?: [\w.@]+)?) on\b|share (?:this|on|via)\b|click here\b"
            r"|tap here\b|(?:get|download) (?:the|our) app\b)",
            True,
        ),
        (
            "photo-credit",
            r"(?:\(?(?:photo|photograph|image|picture|video|file photo)s?(?: credits?)?"
            r"\s*(?:by\b|[:|/])"
            r"|file photo\b)",
            True,
        ),
        (
            "advertisement",
            r"(?:advertisement|sponsored(?: content)?|story continues below(?: advertisement)?"
            r"|scroll to continue(?: with content)?|continue reading)\W*$",
            False,
        ),
        ("copyright", r"(?:©|\(c\)\s|copyright\b)|[^\n]{0,120}\ball rights reserved\b", True),
    )
)

# One pass tells whether any line rule can apply, so most lines cost one match.
_ANY_LINE_RULE = re.compile(
    "|".join(f"(?:{pattern.pattern})" for _name, pattern, _short in _LINE_RULES), re.IGNORECASE
)

# Embedded widgets and parenthesised credits inside a paragraph.
_INLINE = re.compile(
    r"\b(?:also read|also watch|read also|read more|watch)\s*\|[^×\n]{1,300}×[ \t]*"
    r"|\((?:photo|image|picture|video|file photo)s?(?: credits?)?(?: by\b|\s*:)[^()\n]{1,300}\)"
    r"|\((?:reporting|writing|editing|additional reporting) by\b[^()\n]{1,400}\)"
    r"|\(with (?:inputs|input|files) from\b[^()\n]{1,200}\)",
    re.IGNORECASE,
)
_LINE = re.compile(r"[^\n]+")


def boilerplate_spans(body: str) -> list[tuple[int, int, str]]:
    """Spans of furniture in `body` with the name of the rule that found each."""
    spans: list[tuple[int, int, str]] = []
    for line in _LINE.finditer(body):
        content = line.group(0).strip()
        if not content:
            continue
        start = line.start() + line.group(0).index(content[0])
        rule = _line_rule(content)
        # An embedded widget ("ALSO WATCH | ... ×") is followed by real text: only it goes.
        if rule is not None and not (rule == "related-link" and "×" in content):
            spans.append((start, start + len(content), rule))
            continue
        spans.extend(
            (start + found.start(), start + found.end(), "inline")
            for found in _INLINE.finditer(content)
        )
    return spans


def _line_rule(content: str) -> str | None:
    if not _ANY_LINE_RULE.match(content):
        return None
    words = len(content.split())
    for name, pattern, must_be_short in _LINE_RULES:
        if (not must_be_short or words <= _SHORT_LINE_WORDS) and pattern.match(content):
            return name
    return None


def blank_boilerplate(body: str) -> str:
    return blank(body, [(start, end) for start, end, _rule in boilerplate_spans(body)])

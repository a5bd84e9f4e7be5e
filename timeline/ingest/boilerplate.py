"""Page furniture inside article text: blanked in `body`, kept in `text`.

Rules are general shapes (a notice, a widget, a credit line), never one site's exact string. A
line rule blanks a whole line; an inline rule blanks only its match, so real text next to an
embedded widget ("ALSO WATCH | ... ×") or a parenthesised credit stays.
"""

from __future__ import annotations

import re

from timeline.ingest.common import blank

# Word limits: furniture is short; a longer line that starts the same way is article text.
_NOTICE = 30
_LABEL = 12
_ANY_LENGTH = None

# (rule, pattern matched at the start of a stripped line, most words the line may have)
_LINE_RULES: tuple[tuple[str, re.Pattern[str], int | None], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE), max_words)
    for name, pattern, max_words in (
        ("newsletter", r"(?:sign up|subscribe|register)\b", _NOTICE),
        ("newsletter", r"get [^\n]{0,80}\b(?:in|to) your inbox\b", _NOTICE),
        (
            "form-notice",
            r"(?:thanks?|thank you) for "
            r"(?:contacting us|subscribing|signing up|your (?:submission|interest))"
            r"|we(?:'|’)ve received your submission",
            _NOTICE,
        ),
        (
            "related-link",
            r"(?:also read|also watch|read also|see also|read more|more from|related|recommended"
            r"|must read|don(?:'|’)t miss|watch)\s*[:|]",
            _ANY_LENGTH,
        ),
        ("watch-live", r"watch\b[^\n]{0,80}\blive\b", _NOTICE),
        ("disclaimer", r"disclaimer\s*:", _ANY_LENGTH),
        ("agency-credit", r"\(?\s*with (?:inputs|input|files) from\b", _NOTICE),
        (
            "wire-credit",
            r"(?:[—–-]\s*)?with (?:[\w.&'’-]+ ){0,6}(?:wires?|wire services)\b\W*$",
            _NOTICE,
        ),
        (
            "staff-credit",
            r"\(?(?:reporting|writing|editing|additional reporting|compiled) by\b",
            _NOTICE,
        ),
        (
            "share-prompt",
            r"(?:follow (?:us|[\w.@]+(?: [\w.@]+)?) on\b|share (?:this|on|via)\b|click here\b"
            r"|tap here\b|(?:get|download) (?:the|our) app\b)",
            _NOTICE,
        ),
        (
            "photo-credit",
            r"(?:\(?(?:photo|photograph|image|picture|video|file photo)s?(?: credits?)?"
            r"\s*(?:by\b|[:|/])"
            r"|file photo\b)",
            _NOTICE,
        ),
        (
            "advertisement",
            r"(?:advertisement|sponsored(?: content)?|story continues below(?: advertisement)?"
            r"|scroll to continue(?: with content)?|continue reading)\W*$",
            _ANY_LENGTH,
        ),
        ("copyright", r"(?:©|\(c\)\s|copyright\b)|[^\n]{0,120}\ball rights reserved\b", _NOTICE),
        (
            # A caption credit alone on a line: "Ivan Marsh/AFP via Getty Images", "REUTERS/Jo Doe"
            "photo-credit",
            r"[^\n]{0,100}(?:via getty images|/getty images|/afp|/reuters|/ap(?: photo)?)\)?\W*$"
            r"|(?:reuters|afp|ap|getty images)/(?-i:[A-Z])",
            _LABEL,
        ),
        (
            # "By Mara Ellison, Defence Correspondent"; "By Friday, ..." ends in a full stop.
            "byline",
            r"by\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
            r"(?:\s*(?:,|and|&|\|)[^\n]{0,80})?(?<![.!?\"”])$",
            _LABEL,
        ),
        (
            # "Updated 3 hours ago", "Published on Monday, 14:05 GMT": page furniture, not events.
            "dateline",
            r"(?:first |last )?(?:updated|published|posted|modified)\s*(?::\s*|on\s+|at\s+)?"
            r"(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
            r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
            _LABEL,
        ),
        ("reading-aid", r"listen to (?:this )?article\b|\d+\s*min(?:ute)?s?\s+read\b", _LABEL),
    )
)

# One pass tells whether any line rule can apply, so most lines cost one match.
_ANY_LINE_RULE = re.compile(
    "|".join(f"(?:{pattern.pattern})" for _name, pattern, _words in _LINE_RULES), re.IGNORECASE
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
    for name, pattern, max_words in _LINE_RULES:
        if (max_words is None or words <= max_words) and pattern.match(content):
            return name
    return None


def blank_boilerplate(body: str) -> str:
    return blank(body, [(start, end) for start, end, _rule in boilerplate_spans(body)])

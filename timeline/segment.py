"""Split article text into sentences.

Rules written for news text, in one linear pass over compiled regexes:

* a blank line (or a run of whitespace holding two or more newlines, as left where boilerplate
  was blanked to spaces) always ends a sentence; a run of spaces on one line never does, because
  blanked inline markup (TimeML tags) leaves such runs inside sentences;
* in text with one paragraph per line (lines longer than hard-wrapped text has), every line break
  ends a sentence; in hard-wrapped text a bullet item, a markdown heading, and a short
  unpunctuated line followed by a capitalised line (a headline above its story) end at their line
  break (bullet and heading marks belong to no sentence);
* a wire dateline ("KYIV, May 5 (Reuters) -") is a sentence of its own, so its date never dates
  the story's first sentence;
* ".", "!", "?" and "…" (with closing quotes or brackets) end a sentence when whitespace and a
  capitalised word, digit or opening quote follow, unless the word before is a title ("Gen.",
  "Lt. Col.", "St."), an initial ("George W. Bush"), "No." before a number, a month before a day
  ("Jan. 5"), or an abbreviation that can end a sentence ("U.S.", "a.m.", "Inc.") followed by a
  word that does not usually start one.

Offsets index the input; `Sentence.text` is the span with whitespace runs collapsed to one space.
"""

from __future__ import annotations

import re

from timeline.model import Sentence
from timeline.wordlists import word_set

# Two or more newlines with only horizontal whitespace between them.
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")

# Sentence-final punctuation, its closing quotes/brackets, the whitespace after it and the first
# characters of what follows (an optional opening quote or bracket, then one character).
_SENTENCE_END = re.compile(
    r"(?P<punct>[.!?…]+)(?P<close>[\"'”’»)\]]*)(?P<space>\s+)(?P<open>[\"'“‘«(\[]*)(?P<next>\S)"
)

_WORD_AFTER = re.compile(r"[A-Za-z']+")

# Titles and name parts that are never sentence-final before a capitalised word.
_TITLES = word_set("""
    mr mrs ms dr gen lt col maj capt cpt sgt cpl pvt adm cmdr cdr brig gov sen rep reps
    rev prof pres amb sec supt insp det hon messrs st mt ft fr
    """)
# Abbreviations followed by a number ("No. 2", "Jan. 5", "Art. 5").
_BEFORE_NUMBER = word_set("""
    no nos jan feb mar apr jun jul aug sep sept oct nov dec art vol p pp fig ch para sec approx ca
    """)
# Month abbreviations: "Jan. 5" never breaks; "in Jan. The" breaks only before a sentence starter.
_MONTHS = word_set("jan feb mar apr jun jul aug sep sept oct nov dec")
# Abbreviations that may end a sentence ("supplied by the U.S.", "at 9 a.m."): they end one only
# when the next word is a typical sentence opener.
_SENTENCE_OPENERS = word_set("""
    the a an he she it they we i you his her its their our this that these those there here
    but and yet so however meanwhile in on at after before during since while when if as
    ukraine's russia's some many most several all both no one two three four five six seven eight
    nine ten earlier later also still
    """)
_CLOCK_SUFFIXES = word_set("a.m p.m")
_CLOCK_CONTINUATION = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
    r"|[A-Z]{1,5}\b|[A-Z][a-z]+ time\b"
)
_OPEN_ENDED_ABBREVIATIONS = word_set("""
    inc corp co ltd llc plc jr sr etc bros dept govt int'l
    """)

# A bullet at the start of a line: "- ", "* ", "• ", "1. ", "2) ".
_BULLET = re.compile(r"(?:[-*•▪◦·–—]|\d{1,2}[.)])[^\S\n]+")
_HEADING_MARK = re.compile(r"#{1,6}[^\S\n]+")
_MARKER_START = frozenset("-*•▪◦·–—#0123456789")
_NON_SPACE = re.compile(r"\S")

# A wire dateline at the start of a paragraph: an upper-case place, up to two of ", May 5" or
# ", Ukraine", an optional "(Reuters)", then a dash.
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z'.\-]+(?:[^\S\n][A-Z][A-Z'.\-]+){0,3}"
    r"(?:,[^\S\n]*[A-Za-z0-9.][A-Za-z0-9. ]{0,30}){0,2}"
    r"(?:[^\S\n]*\([A-Za-z .\-/]{2,30}\))?"
    # A place in title case ("Kyiv, May 5 (Reuters) -") only with the agency in brackets.
    r"|[A-Z][a-z'.\-]+(?:[^\S\n][A-Z][a-z'.\-]+){0,3}"
    r"(?:,[^\S\n]*[A-Za-z0-9.][A-Za-z0-9. ]{0,30}){0,2}"
    r"[^\S\n]*\([A-Z][A-Za-z .\-/]{1,30}\))"
    r"[^\S\n]*(?:--|[-–—])[^\S\n]"
)

# Line endings that show a line continues on the next one (a wrapped sentence, not a heading).
_LINE_END_PUNCT = frozenset(".!?…:;,\"'”’)]-–—|/&")
_CONTINUATION_WORDS = word_set(
    "a an the and or of in on at to for by with from as but that which who"
)
# Hard-wrapped text keeps lines under about 80 characters; a paragraph of this length on one line
# means the text puts one paragraph per line.
_WRAP_WIDTH_LIMIT = 120
# A headline is much shorter than the paragraph's longest line; a wrapped line is about as long.
_HEADLINE_RATIO = 0.75


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of `text` in order; offsets index `text`; blank runs never join sentences."""
    sentences: list[Sentence] = []
    block_start = 0
    for blank in _BLANK_LINE.finditer(text):
        _split_block(text, block_start, blank.start(), sentences)
        block_start = blank.end()
    _split_block(text, block_start, len(text), sentences)
    return tuple(sentences)


def _split_block(text: str, start: int, end: int, out: list[Sentence]) -> None:
    """Split one paragraph (no blank lines inside) at line-level breaks, then at punctuation."""
    lines = _lines(text, start, end)
    longest = (
        max(_visible_length(text[first:stop]) for _, first, stop in lines) if len(lines) > 1 else 0
    )
    piece_start = start
    for index, (line_start, first, line_end) in enumerate(lines):
        content_start = _skip_marker(text, first, line_end)
        marked = content_start != first
        if marked:
            # A bullet or heading starts a sentence: close what came before, drop the marker.
            _split_span(text, piece_start, line_start, out)
            piece_start = content_start
        if content_start < line_end and text[content_start].isupper():
            dateline = _DATELINE.match(text, content_start, line_end)
            if dateline is not None and not _NON_SPACE.search(text, piece_start, content_start):
                _split_span(text, piece_start, dateline.end(), out)
                piece_start = dateline.end()
        if index + 1 < len(lines):
            line = text[content_start:line_end].strip()
            next_line = text[lines[index + 1][1] : lines[index + 1][2]].rstrip()
            if _line_ends_unit(line, next_line, longest, marked):
                _split_span(text, piece_start, line_end, out)
                piece_start = line_end
    _split_span(text, piece_start, end, out)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, first non-space or end, end) of each line of text[start:end], newline excluded."""
    lines: list[tuple[int, int, int]] = []
    line_start = start
    while True:
        newline = text.find("\n", line_start, end)
        line_end = end if newline < 0 else newline
        first = _NON_SPACE.search(text, line_start, line_end)
        lines.append((line_start, line_end if first is None else first.start(), line_end))
        if newline < 0:
            return lines
        line_start = newline + 1


def _skip_marker(text: str, first: int, line_end: int) -> int:
    """Offset after a bullet or heading mark starting at `first`, or `first`."""
    if first >= line_end or text[first] not in _MARKER_START:
        return first
    for marker in (_BULLET, _HEADING_MARK):
        found = marker.match(text, first, line_end)
        if found is not None and found.end() < line_end:
            return found.end()
    return first


def _visible_length(line: str) -> int:
    """Length with blanked runs counted as one space: what a reader sees of the line."""
    return len(" ".join(line.split()))


def _line_ends_unit(line: str, next_line: str, longest: int, marked: bool) -> bool:
    """Whether a line break ends a sentence: in text with one paragraph per line (lines longer
    than any hard-wrapped text has) every break does; otherwise at a bullet item, heading or
    headline (`longest`: the longest visible line of the paragraph, which a headline is much
    shorter than and a wrapped line is not)."""
    if not line or not next_line:
        return bool(line) and marked
    if longest > _WRAP_WIDTH_LIMIT:
        return True
    if _skip_marker(next_line, 0, len(next_line)) > 0:
        return True
    if line[-1] in _LINE_END_PUNCT or not _starts_sentence(next_line[0]):
        return False
    if marked:
        return True
    if line.rsplit(None, 1)[-1].lower() in _CONTINUATION_WORDS:
        return False
    return line[0].isupper() and _visible_length(line) < _HEADLINE_RATIO * longest


def _starts_sentence(char: str) -> bool:
    return char.isupper() or char.isdigit() or char in "\"'“‘«(["


def _split_span(text: str, start: int, end: int, out: list[Sentence]) -> None:
    """Split one span that has no line-level breaks at sentence-final punctuation."""
    sentence_start = start
    for found in _SENTENCE_END.finditer(text, start, end):
        if _ends_sentence(text, found):
            _emit(text, sentence_start, found.end("close"), out)
            sentence_start = found.start("open")
    _emit(text, sentence_start, end, out)


def _ends_sentence(text: str, found: re.Match[str]) -> bool:
    next_char = found.group("next")
    if not (next_char.isupper() or next_char.isdigit()):
        return False
    punct = found.group("punct")
    if punct != "." or found.group("close"):
        return True
    word_start = found.start()
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] in ".'"):
        word_start -= 1
    original = text[word_start : found.start()].lstrip(".'")
    if not original:
        return True  # a number or symbol before the period: "in 2022."
    word = original.lower()
    if next_char.isdigit():
        return word not in _BEFORE_NUMBER
    if word in _TITLES:
        return False
    if len(word) == 1 and original.isupper():
        return False  # an initial: "George W. Bush"
    next_word = _WORD_AFTER.match(text, found.start("next"))
    opener = next_word is not None and next_word.group().lower() in _SENTENCE_OPENERS
    if word in _CLOCK_SUFFIXES:
        # "at 9 a.m. Monday", "at 9 a.m. GMT", "at 9 a.m. Kyiv time" continue the sentence.
        return next_word is None or not _CLOCK_CONTINUATION.match(text, next_word.start())
    if "." in word or word in _OPEN_ENDED_ABBREVIATIONS or word in _MONTHS:
        return opener
    return True


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    """Append the stripped span as a sentence, if anything but whitespace is left."""
    piece = text[start:end]
    content = piece.strip()
    if content:
        start += len(piece) - len(piece.lstrip())
        out.append(Sentence(start=start, end=start + len(content), text=" ".join(content.split())))

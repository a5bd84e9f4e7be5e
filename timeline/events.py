"""Turn dated sentences into event mentions.

A sentence becomes a mention when a temporal expression dates its main event. Precision first:
a sentence with no date of its own is dropped rather than given its neighbour's date.

Which expression governs, for each sentence:
1. Expressions that never date an event are set aside: deadlines and purposes ("ahead of",
   "by", "until", "before", "no later than", "in the run-up to", "by the end of"), hedges ("as
   soon as"), dates given in full after "anniversary of" / "born" / "founded", durations and
   sets without an interval, PRESENT_REF/PAST_REF/FUTURE_REF, anything inside a quotation (a
   quote's own report of something else), and dates on a noun inside another phrase ("arrested
   in connection with last year's bombings").
   Dates that date a side event rank after the main clause's: in a relative clause ("monitors,
   who started patrolling on Monday, said"), an aside, an after- or since-phrase, or on the
   opening noun ("Friday's strike killed").
2. In a reported sentence ("the ministry said on Friday that the strike happened on Wednesday")
   an expression in the reported clause wins; the report's own date ("said on Friday") dates the
   sentence only when the clause has none: then the statement is the news.
3. Otherwise the first remaining expression, in text order, governs.

With a publication date, an expression that could not be resolved (no interval) cannot date an
event. Without one, a relative expression left unresolved makes an undated mention (interval
None, expression and value kept) so the analyst sees it; expressions with a year still date.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence

from timeline.attribution import Report, casing, find_report, is_pronoun, quotations, within
from timeline.model import Article, Mention, Sentence, Timex

# Signals that make an expression a deadline or purpose, not the event's own date.
_DEADLINE_SIGNALS = frozenset(
    {
        "ahead of",
        "by",
        "until",
        "till",
        "before",
        "no later than",
        "in the run-up to",
        "by the end of",
    }
)
# The same, read from the text just before an expression (the engine may not set a signal):
# right before it ("by Sunday", "until the end of May"), or heading a short phrase that holds it
# ("ahead of talks in Istanbul on Monday", "before the summer offensive in June").
_DEADLINE_BEFORE = re.compile(
    r"\b(?:ahead\s+of|by(?:\s+the\s+end\s+of)?|until|till|before|no\s+later\s+than"
    r"|in\s+the\s+run-up\s+to|as\s+(?:soon|early|late)\s+as)"
    r"(?:\s+(?:the|this|next|last|early|late|mid-?))?\s*\Z"
    r"|\b(?:ahead\s+of|before|until|no\s+later\s+than|in\s+the\s+run-up\s+to)"
    r"\s[^,.;:]{0,40}\Z",
    re.IGNORECASE,
)
# Dates of a background fact rather than of the news ("founded in 2014", "born in 1961", "the
# first anniversary of the invasion on Feb. 24, 2023"). Only for dates given in full: a date read
# against the publication date ("founded on Friday", "marked the anniversary on Friday") is news.
_BACKGROUND_BEFORE = re.compile(
    r"\b(?:anniversary\s+of|anniversary\s+on|born|founded|founding|established|created|formed|"
    r"dating\s+back\s+to|dates\s+back\s+to)\b[^,.;]{0,30}\Z",
    re.IGNORECASE,
)
_LOOK_BEHIND = 60  # characters of whitespace-collapsed context read around an expression
# Raw characters read to get them: blanked markup (TimeML tags) leaves long runs of spaces.
_RAW_LOOK_BEHIND = 1000
# A date that modifies a noun ("Friday's strike", "the Oct. 23 shooting", "Kopp's 1987 car")
# dates that noun, not necessarily the sentence's main event.
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their)|'s)\s*\Z", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s*(?:'s\b|(?P<word>[A-Za-z][\w-]*))")
_NOT_A_NOUN = frozenset(
    {
        "in",
        "on",
        "at",
        "and",
        "or",
        "to",
        "when",
        "as",
        "after",
        "before",
        "that",
        "which",
        "the",
        "a",
        "an",
        "of",
        "for",
        "by",
        "from",
        "with",
        "while",
        "but",
        "until",
        "since",
        "during",
        "is",
        "was",
        "were",
        "are",
        "has",
        "had",
        "have",
        "will",
        "would",
        "local",
        "morning",
        "afternoon",
        "evening",
        "night",
        "time",
    }
)
# A relative clause set off by a comma dates its own event: "Altheon's monitors, who started
# patrolling on Monday, said ..."; "Prigozhin — who on Monday threatened to leave — said ...".
_RELATIVE_CLAUSE = re.compile(r"(?:,|\s—|\s–|\s--)\s*(?:which|who|whom|whose)\b[^,;:()\"“”—–]*")
# Asides: parentheses and dash-delimited phrases.
_ASIDE = re.compile(r"\([^()]*\)|\s(?:—|–|--)\s[^—–]*?\s(?:—|–|--)\s")
# A date in a phrase headed by "after"/"following" dates what came before the main event; after
# "since" it dates the start of a state ("since Monday", "since the strike late Saturday").
_SIDE_PHRASE = re.compile(r"\b(?:after|following|since)(?:\s[^,;:]{0,40})?\Z", re.IGNORECASE)
# A noun-modifying date counts only in the clause's opening noun phrase.
_CLAUSE_BOUNDARY = re.compile(r"[,;:(\"“”—–]")
_SUBJECT_LEAD_WORDS = 2
# Inside a phrase headed by one of these, a noun-modifying date dates another event:
# "arrested in connection with last year's blasts", "a witness in the Oct. 23 shooting".
_EMBEDDING_PREPOSITION = re.compile(
    r"\b(?:of|with|for|since|after|to|about|over|against|into|from|including|in)"
    r"(?:\s+(?:the|a|an|its|his|her|their|[\w.-]+'s))?\s*\Z",
    re.IGNORECASE,
)
_REFERENCE_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
# What may stand between a speech verb and its own date: "said Thursday", "told reporters on
# Friday", "said in a voice message late on Thursday", "said on Telegram on Friday".
_REPORT_ADJUNCT = re.compile(
    r"\s*(?:(?:reporters|journalists|lawmakers|[A-Z][\w'-]*)\s+)?"
    r"(?:(?:in|on|at|to|via|during)\s+(?:(?:a|an|the|his|her|its|their)\s+)?[\w-]+\s+(?:[\w-]+\s+)?)?"
    r"(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?\Z"
)
# How many sentences back a pronoun speaker ("he said") is looked up.
_PRONOUN_LOOKBACK = 2
# A wire dateline ("KYIV, May 5 (Reuters) -") is not an event.
_DATELINE_END = ("-", "–", "—")


def extract_mentions(
    article: Article, sentences: Sequence[Sentence], timexes: Sequence[Timex]
) -> tuple[Mention, ...]:
    """One mention per sentence whose main event is dated (or, in an undated article, would be).
    The sentences are split from `article.body`."""
    ordered = sorted(timexes, key=lambda timex: timex.start)
    in_order = sorted(sentences, key=lambda sentence: sentence.start)
    article_casing = casing(sentence.text for sentence in in_order)
    # The named speakers of the sentences just before, for who "he" is in "he said".
    recent_speakers: deque[str | None] = deque(maxlen=_PRONOUN_LOOKBACK)
    mentions: list[Mention] = []
    next_timex = 0
    for sentence in in_order:
        raw = article.body[sentence.start : sentence.end]
        quoted = quotations(raw)
        report = find_report(raw, quoted, article_casing)
        speaker = report.speaker if report is not None else None
        named = speaker if speaker is not None and not is_pronoun(speaker) else None
        if speaker is not None and named is None:
            speaker = next((name for name in reversed(recent_speakers) if name), speaker)
        recent_speakers.append(named)
        while next_timex < len(ordered) and ordered[next_timex].start < sentence.start:
            next_timex += 1
        inside: list[Timex] = []
        scan = next_timex
        while scan < len(ordered) and ordered[scan].start < sentence.end:
            if ordered[scan].end <= sentence.end:
                inside.append(ordered[scan])
            scan += 1
        if not inside or sentence.text.endswith(_DATELINE_END):
            continue
        governing = _governing(article, sentence, raw, inside, quoted, report)
        if governing is not None:
            mentions.append(_mention(article, sentence, governing, speaker))
    return tuple(mentions)


def _governing(
    article: Article,
    sentence: Sentence,
    raw: str,
    inside: list[Timex],
    quoted: list[tuple[int, int]],
    report: Report | None,
) -> Timex | None:
    candidates: list[Timex] = []
    secondary: list[Timex] = []
    relatives = [found.span() for found in _RELATIVE_CLAUSE.finditer(raw)]
    asides = [found.span() for found in _ASIDE.finditer(raw)]
    for timex in inside:
        start, end = timex.start - sentence.start, timex.end - sentence.start
        if not _can_date(article, timex) or within(start, quoted):
            continue
        before = " ".join(raw[max(0, start - _RAW_LOOK_BEHIND) : start].split())[-_LOOK_BEHIND:]
        if _DEADLINE_BEFORE.search(before) or (
            _is_absolute(timex) and _BACKGROUND_BEFORE.search(before)
        ):
            continue
        if _modifies_noun(raw, end, before):
            if _EMBEDDING_PREPOSITION.search(before) is None and _opens_clause(before):
                secondary.append(timex)
        elif within(start, asides) or within(start, relatives) or _SIDE_PHRASE.search(before):
            secondary.append(timex)
        else:
            candidates.append(timex)
    # A date on the main verb outranks one on a noun ("Kopp's 1987 car was found last month"),
    # in a relative clause or aside ("(first reported on Monday)") or in an after- or
    # since-phrase ("After talks on Monday, they signed a deal on Tuesday").
    candidates.extend(secondary)
    if not candidates:
        return None
    if report is None:
        return candidates[0]
    in_content: list[Timex] = []
    in_report: list[Timex] = []
    for timex in candidates:
        offset = timex.start - sentence.start
        if report.content_start <= offset < report.content_end and not (
            not report.introduced_by_that
            and offset >= report.verb_end
            and _REPORT_ADJUNCT.match(raw, report.verb_end, offset) is not None
        ):
            in_content.append(timex)
        else:
            in_report.append(timex)
    return (in_content or in_report)[0]


def _is_absolute(timex: Timex) -> bool:
    """Given in full ("in 2014", "May 9, 2023"), not read against a date ("Friday", "May 9")."""
    return timex.anchor is None and "X" not in timex.value


def _opens_clause(before: str) -> bool:
    """Whether a noun-modifying date stands in the clause's opening noun phrase ("Friday's strike
    killed", "But Thursday's decision", "The Aug. 7 bombings") rather than in an object ("by
    setting a Jan. 14 return date"): at most two words precede it in its clause."""
    return len(_CLAUSE_BOUNDARY.split(before)[-1].split()) <= _SUBJECT_LEAD_WORDS


def _modifies_noun(raw: str, end: int, before: str) -> bool:
    """ "Friday's strike", "the Oct. 23 shooting": a possessive date, or a date between a
    determiner and a noun."""
    after = _NOUN_AFTER.match(raw, end)
    if after is None:
        return False
    word = after.group("word")
    if word is None:
        return True  # "Friday's"
    return _DETERMINER_BEFORE.search(before) is not None and word.lower() not in _NOT_A_NOUN


def _can_date(article: Article, timex: Timex) -> bool:
    """Whether the expression could give an event a date (or, undated, a placeholder one)."""
    if timex.value in _REFERENCE_VALUES or timex.type == "SET":
        return False
    if timex.signal is not None and timex.signal.lower() in _DEADLINE_SIGNALS:
        return False
    if timex.interval is not None:
        return True
    # Unresolved: only an undated article keeps it, and only as a relative date placeholder.
    return article.published is None and timex.type in ("DATE", "TIME") and "X" in timex.value


def _mention(article: Article, sentence: Sentence, timex: Timex, speaker: str | None) -> Mention:
    return Mention(
        path=article.path,
        title=article.title,
        published=article.published.value if article.published is not None else None,
        sentence=sentence.text,
        expression=" ".join(timex.text.split()),  # blanked markup can sit inside it
        value=timex.value,
        interval=timex.interval,
        rule=timex.rule,
        anchor=timex.anchor,
        explanation=timex.explanation,
        attribution=speaker,
        sentence_start=sentence.start,
        record=article.record,
    )

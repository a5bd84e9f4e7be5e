"""Compiled patterns: one trigger regex that finds candidate tokens, and the anchored rules tried
at each trigger. Every rule is matched with `pattern.match(text, pos)` at a trigger only, so the
whole text is scanned once; no pattern nests unbounded repeats (no catastrophic backtracking)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

# Also in capitals, as photo captions, datelines and calendar headings write them ("MARCH 04:",
# "KYIV, MAY 9", "MONDAY, FEB. 10"); a capital abbreviation only with its stop ("DEC" is a name).
_MONTHS_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
MONTH_NAME = (
    rf"(?:{_MONTHS_FULL}|{_MONTHS_FULL.upper()}|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?|"
    r"(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.)(?![A-Za-z])"
)
MONTH = rf"(?P<mon>{MONTH_NAME})"
_WEEKDAYS_FULL = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WEEKDAY_FULL = f"{_WEEKDAYS_FULL}|{_WEEKDAYS_FULL.upper()}"
_WEEKDAY_SHORT = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)"
# An abbreviated weekday needs its full stop ("since Sat.", "10 a.m. Wed."): "Sat", "Wed", "Sun"
# and "Mon" alone are words and names ("Sun Yat-sen", "Mon State").
WEEKDAY = rf"(?P<wd>{_WEEKDAY_FULL}|{_WEEKDAY_SHORT}\.)"
# Before a day and month the stop may go: "Wed 31 Dec", "Tues., Oct. 7".
WEEKDAY_BEFORE_DATE = rf"(?P<wd>{_WEEKDAY_FULL}|{_WEEKDAY_SHORT}\.?)"
DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d/]|:\d)"
YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)(?![\d%]|,\d|-(?:year|month|day|week))"
_ONES_WORD = r"one|two|three|four|five|six|seven|eight|nine"
_TEENS_WORD = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS_WORD = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# A year said aloud (broadcast transcripts): "nineteen ninety-six", "twenty twenty-two" and, after
# a month or season or "the year", "two thousand and eight".
_SPOKEN_CENTURY_YEAR = (
    rf"(?:nineteen|twenty) [\s-]+ (?:(?:{_TENS_WORD})(?: [\s-]+ (?:{_ONES_WORD}))?|{_TEENS_WORD})"
)
_SPOKEN_TWO_THOUSAND = rf"two \s+ thousand (?: \s+ (?:and \s+)? (?:{_TEENS_WORD}|{_ONES_WORD}))?"
SPOKEN_YEAR = rf"(?i:(?P<spoken>{_SPOKEN_CENTURY_YEAR}|{_SPOKEN_TWO_THOUSAND}))(?![\w-])"
PART_OF_DAY = r"(?P<pod>morning|afternoon|arvo|evening|night|overnight)"
SEASON = r"(?P<season>spring|summer|fall|autumn|winter)"
_NUMBER_WORD = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety"
)
NUMBER = (
    # only a tens word takes a ones word after it: "twenty-four", not "one four" in "a second one
    # four minutes later"
    # ("1,200 days": thousands grouped with commas)
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d{{1,4}}(?:\.\d+)?"
    rf"|(?:{_TENS_WORD})[- ](?:one|two|three|four|five|six|seven|eight|nine)|{_NUMBER_WORD}"
    r"|another|an?|several|a\s+few|few|a\s+couple\s+of|couple\s+of|a\s+couple|"
    r"many|some|a\s+number\s+of|hundreds\s+of|dozens\s+of|thousands\s+of)"
)
UNIT = (
    r"(?P<unit>seconds|minutes?|mins|hours?|hrs?|days?|weeks?|fortnights?|months?|quarters?|years?|"
    r"decades?|centur(?:y|ies)|weekends?|nights?)(?![\w-])"
)
# Adjectival "48-hour", "five-year": singular unit after a hyphen.
UNIT_ADJ = r"(?P<unit>minute|hour|day|week|month|quarter|year|decade|century)(?![\w]|-old)"
ZONE = (
    # "0214Z": military time, the zone letter written on
    r"(?P<zone>(?<=\d)Z|GMT|UTC|EDT|EST|CDT|CST|MDT|MST|PDT|PST|BST|CET|CEST|EET|EEST|MSK|IST|JST|"
    r"AEST|AEDT|HKT|SGT|local(?:\s+time)?|Moscow\s+time|Kyiv\s+time|Kiev\s+time|ET|PT|Zulu|"
    r"(?i:(?:eastern|central|mountain|pacific|atlantic)\s+(?:daylight|standard)\s+time|"
    r"Greenwich\s+Mean\s+Time|Coordinated\s+Universal\s+Time)"
    # "15:00 New York time"; in brackets a city's time is a gloss left out ("2:15 p.m. (Qarsa
    # time)"), as news_blind6 has it
    r"|(?<!\()[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+time)(?!\w)"
)
AMPM = r"(?P<ampm>a\.m\.?|p\.m\.?|am|pm|AM|PM|A\.M\.|P\.M\.)(?!\w)"

_ORDINAL_WORD = r"first|second|third|fourth|final|last|latest|current|fiscal|previous|next"
NUMBER_WORDS = frozenset(_NUMBER_WORD.split("|"))
ORDINAL_WORDS = frozenset(_ORDINAL_WORD.split("|"))


def trigger_regex(
    words: Iterable[str], guarded: Mapping[str, str] | None = None
) -> re.Pattern[str]:
    """One regex finding any of `words` (as whole words), digit runs and "'90s"; a word of
    `guarded` (a word -> a lookahead pattern) only where the text after it matches its pattern.

    The words are compiled as a trie ("t(?:he|his|o(?:day|morrow|night))"), so the regex engine
    rejects a position after a character or two instead of trying every word there; a guard
    is tried only once its word has matched."""
    trie: dict[str, dict[str, Any]] = {}
    for word, guard in [*((word, "") for word in words), *(guarded or {}).items()]:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {"guard": guard}
    return re.compile(rf"\b{_trie_pattern(trie)}\b|\d+|'\d\d")


def word_trie(words: Iterable[str]) -> str:
    """An alternation of `words` written as a trie, which the regex engine rejects after a
    character or two instead of trying each word in turn."""
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {"guard": ""}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict[str, Any]]) -> str:
    branches = [
        re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char
    ]
    ends = "" in node
    if ends and node[""]["guard"]:
        branches.append(f"(?={node['']['guard']})")  # tried after the longer words
        ends = False
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?" if len(branches) == 1 else body + "?"
    return body


def rule(pattern: str) -> re.Pattern[str]:
    """A rule pattern: verbose, matched case-sensitively unless it says (?i:...)."""
    return re.compile(pattern, re.VERBOSE)


# ---- rules led by a month name ----
MONTH_DAY_YEAR = rule(
    rf"{MONTH} \s+ {DAY} (?: ,? \s+ {YEAR}"
    r"| ,? \s+ (?i:(?:of \s+)?(?P<yrel>last|this|next) \s+ year)(?!\w)"
    r"| (?![,\s]*(?:1[6-9]\d\d|20\d\d)(?!\d)))"  # a year-like number that is no YEAR: leave it
)
MONTH_YEAR = rule(rf"{MONTH} ,? \s+ (?:of \s+)? (?:{YEAR}|{SPOKEN_YEAR})")
MONTH_RELATIVE_YEAR = rule(
    rf"{MONTH} \s+ (?:of \s+)? (?i:(?P<rel>last|this|next) \s+ year|of \s+ (?P<that>that) \s+ year)"
    r"(?!\w)"
)
MONTH_ALONE = rule(MONTH)

# ---- led by a weekday ----
WEEKDAY_DATE = rule(rf"{WEEKDAY_BEFORE_DATE} ,? \s+ {MONTH} \s+ {DAY} (?: ,? \s+ {YEAR})?")
WEEKDAY_DAY_MONTH = rule(
    rf"{WEEKDAY_BEFORE_DATE} ,? \s+ {DAY} \s+ (?:of \s+)? {MONTH} (?: ,? \s+ {YEAR})?"
)
# A tracker's line headed by a weekday and a day of the month: "Mon 14: 3 violations".
WEEKDAY_DAY_LINE = rule(rf"{WEEKDAY_BEFORE_DATE} ,? \s+ {DAY} (?= [ \t]* (?:[:(]|\n|\Z))")
WEEKDAY_PART = rule(rf"{WEEKDAY} \s+ (?i:{PART_OF_DAY}) (?!\w)")
# "dawn on Sunday", "at nightfall on Friday": a part of the weekday.
WEEKDAY_TWILIGHT = rule(
    rf"(?i:(?P<word>dawn|daybreak|dusk|nightfall)) \s+ (?:(?i:on) \s+)? {WEEKDAY} (?![\w-])"
)
# "overnight" before "into Monday": the night before it (the weekday is an expression of its own).
OVERNIGHT_INTO = rule(rf"(?i:overnight)(?= \s+ (?i:into|to) \s+ {WEEKDAY} (?![\w-]))")
# A bare "overnight"; "at dawn", "before dusk"; "into the night" (read only beside such words).
OVERNIGHT = rule(r"(?i:overnight)(?![\w-])")
TWILIGHT_ALONE = rule(r"(?i:(?P<word>dawn|daybreak|dusk|nightfall))(?![\w-])")
THE_NIGHT = rule(r"(?i:the \s+ night)(?![\w-])")
# "the night of 27 to 28 June", "the night from 19 to 20 May", "the night of June 27-28".
_NEXT_DAY = r"\s* (?:to|into|and|-|–) \s* (?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)? (?!\d)"
NIGHT_OF_DAYS = rule(
    rf"(?i:(?:the \s+)? night \s+ (?:of|from) \s+) (?: {DAY} {_NEXT_DAY} \s+ (?:of \s+)? {MONTH}"
    rf" | {MONTH.replace('<mon>', '<mon2>')} \s+ {DAY.replace('<day>', '<day2>')} {_NEXT_DAY})"
    # "the night of 3 to 4 August last year"
    rf" (?: ,? \s+ {YEAR} | \s+ (?P<yrel>(?i:last|this|next)) \s+ (?i:year)(?!\w) )?"
    # "the night of 30 November to 1 December"
    rf" | (?i:(?:the \s+)? night \s+ (?:of|from) \s+) {DAY.replace('<day>', '<day3>')} \s+"
    rf" (?:of \s+)? {MONTH.replace('<mon>', '<mon3>')} {_NEXT_DAY} \s+ (?:of \s+)? {MONTH_NAME}"
    rf" (?: ,? \s+ {YEAR.replace('<year>', '<year3>')})?"
    # "the night of Thursday to Friday", "the intervening night of Wednesday and Thursday"
    rf" | (?i:(?:the \s+ (?:intervening \s+)?)? night \s+ (?:of|from) \s+) {WEEKDAY}"
    rf" \s+ (?i:to|into|and) \s+ {WEEKDAY.replace('<wd>', '<wd2>')} (?![\w-])"
)
# "the evening of 14 March 2025", "the morning of May 9": that part of that day.
PART_OF_DATE = rule(
    r"(?i:the \s+ (?P<part>morning|afternoon|evening|night) \s+ of) \s+"
    rf" (?: {DAY} \s+ (?:of \s+)? {MONTH} | {MONTH.replace('<mon>', '<mon2>')} \s+"
    rf" {DAY.replace('<day>', '<day2>')} ) (?: ,? \s+ {YEAR})?"
    # not the first night of a pair ("the night of 30 November to 1 December")
    r" (?![\w-]|\s+(?:to|into)\s|\s+and\s+\d)"
)
WEEKDAY_PLURAL = rule(rf"{WEEKDAY}s (?!\w)")
# "on Sunday mornings": that part of every such day.
WEEKDAY_PARTS = rule(rf"{WEEKDAY} \s+ (?i:(?P<pods>mornings|afternoons|evenings|nights)) (?!\w)")
WEEKDAY_ALONE = rule(rf"{WEEKDAY} (?![\w-])")

# ---- led by a digit ----
ISO_DATE = rule(
    r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)(?:T(?P<hour>\d\d):(?P<minute>\d\d))?(?![\d-])"
)
# A post's stamp in brackets, day.month and a clock time: "[11.03 18:05]" (a channel digest).
DOTTED_STAMP = rule(
    r"(?<=\[)(?P<day>[12]\d|3[01]|0?[1-9])\.(?P<month>1[0-2]|0?[1-9])\.?"
    r" \s+ (?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?=\])"
)
NUMERIC_DATE = rule(
    r"(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)(?P<y>\d{4}|\d\d)(?![\d/.-]\d)"
)
# The second day of a pair after a stated date ("April 24 and 25", "May 1-3"), ending a phrase.
PAIR_DAY = rule(
    r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    r"(?= \s* (?:[;:)]|[,.](?!\d)|\Z)"  # not "27.07.2025" nor "to 17,707.61 points"
    r" | \s+ (?:in|at|on|and|as|when|with|to|for|after|before|this|last"
    r"|next|of|that|while|amid)\b )"
)
# The first day of a pair before a month: "24 and 25 April", "24-25 April 2023".
DAY_PAIR_FIRST = rule(
    # also the first of a list: "25, 26 and 28 February"
    rf"{DAY} (?: \s* , \s* (?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)? ){{0,5}} \s* ,?"
    r" \s* (?:(?i:and|to|till|until|through)|[-–]) \s* (?P<day2>[12]\d|3[01]|0?[1-9])"
    rf"(?:st|nd|rd|th)? \s+ (?:of \s+)? {MONTH} (?: ,? \s+ {YEAR})?"
)
DAY_MONTH_YEAR = rule(rf"{DAY} \s+ (?:of \s+)? {MONTH} (?: ,? \s+ {YEAR})?")
# "the last day of February", "the first day of May 2024": that day.
DAY_OF_MONTH_EDGE = rule(
    rf"(?i:the \s+ (?P<which>first|last) \s+ day \s+ of) \s+ {MONTH} (?: ,? \s+ {YEAR})?"
)
# "the 30th of May": the determiner is in the extent, as in "the 9th".
THE_DAY_OF_MONTH = rule(rf"(?i:the) \s+ {DAY} \s+ (?i:of) \s+ {MONTH} (?: ,? \s+ {YEAR})?")
# "the ninth of January", "the twenty-first of June" (as a bulletin reads dates out).
_DAY_ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth",
)
DAY_ORDINAL_WORDS: Final = (
    *_DAY_ORDINALS,
    *(f"twenty-{word}" for word in _DAY_ORDINALS[:9]),
    "thirtieth", "thirty-first",
)
THE_ORDINAL_DAY = rule(
    rf"(?i:the \s+ (?P<ordinal>{'|'.join(sorted(DAY_ORDINAL_WORDS, key=len, reverse=True))})"
    rf" \s+ of) \s+ {MONTH} (?: ,? \s+ {YEAR})?"
)
# A weekday right after a clock time is its day: "7 p.m. Friday", "09:00 on Wednesday".
# A weekday before a date belongs to the date ("10am on Saturday 23 May"), which the time then
# takes as the day next to it.
_NO_DATE_AFTER = r"(?! ,? \s+ (?:\d | [A-Z][a-z]{2,8}\.? \s+ \d))"
# "5pm today", "0700 GMT tomorrow", "8am this morning": one TIME, as with a weekday.
_CLOCK_DEICTIC = (
    r"\s+ (?P<deictic>(?i:today|tonight|tomorrow|yesterday|this \s+ (?:morning|afternoon|"
    r"evening))) (?![\w-])"
)
_CLOCK_DAY = rf"(?: ,? \s+ (?:on \s+)? {WEEKDAY} (?![\w-]) {_NO_DATE_AFTER} | {_CLOCK_DEICTIC} )?"
CLOCK_AMPM = rule(
    rf"(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))? \s* {AMPM}"
    rf"(?: \s* \(? {ZONE} \)? )? {_CLOCK_DAY}"
)
# "3:00 in the afternoon", "10:00 at night": the part of the day that settles a 12-hour time.
_CLOCK_PART = (
    r"(?: \s+ (?P<part>in \s+ the \s+ (?:morning|afternoon|evening)|at \s+ night) (?!\w) )?"
)
CLOCK_24 = rule(
    rf"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?!\d|[:.]\d) {_CLOCK_PART} (?: \s* {ZONE})?"
    rf" {_CLOCK_DAY}"
)
# A clock time in words, with the part of the day that settles its hour: "half past four this
# afternoon", "a quarter to six in the morning", "seven o'clock tonight".
HOUR_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
CLOCK_WORDS = rule(
    r"(?i:(?:(?P<fraction>half|(?:a \s+)?quarter) \s+ (?P<side>past|to) \s+"
    rf" (?P<hour>{HOUR_WORDS}) (?: \s+ o'clock)? | (?P<whole>{HOUR_WORDS}) \s+ o'clock)"
    # the part of the day may go unsaid after "o'clock": "It's seven o'clock"
    r" (?: \s+ (?:(?P<ampm>a\.m\.|p\.m\.)|in \s+ the \s+ (?P<pod>morning|afternoon|evening)"
    r"|this \s+ (?P<pod2>morning|afternoon|evening)|(?P<night>tonight|at \s+ night)) )?"
    # "at four in the morning", "by ten p.m.", "at eight this morning" (the rule asks for the
    # word before)
    rf"| (?P<bare>{HOUR_WORDS}) \s+ (?:(?P<ampm2>a\.m\.|p\.m\.)"
    r"|in \s+ the \s+ (?P<pod3>morning|afternoon|evening)"
    r"|this \s+ (?P<pod4>morning|afternoon|evening)|(?P<night2>tonight)))(?![\w-])"
)
CLOCK_MILITARY = rule(
    rf"(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d) \s* (?:{ZONE}|hours?(?!\w)) (?:{_CLOCK_DEICTIC})?"
)
DECADE = rule(r"(?P<decade>1[0-9]\d|20\d)0'?s(?!\w)|'(?P<short>\d)0s(?!\w)")
CENTURY = rule(r"(?P<century>\d{1,2})(?:st|nd|rd|th) \s+ (?i:century)(?!\w)")
YEAR_ALONE = rule(YEAR)
YEAR_RANGE_END = rule(r"\d\d(?:\d\d)?(?![\d%])")
HOLIDAY = rule(
    r"(?:(?i:(?P<rel>last|next|this)) \s+)?"  # "last Easter"
    r"(?P<name>(?:Orthodox \s+)? Christmas (?: \s+ (?P<eve>Day|Eve))?"
    r" | New \s+ Year(?:'s|’s) \s+ (?P<ny>Day|Eve)"
    rf" | Thanksgiving (?: \s+ Day)? | (?:Orthodox \s+)? Easter (?: \s+ Sunday)? | Halloween"
    r" | Boxing \s+ Day)"
    r" (?! \s+ [A-Z])"
    rf"(?: ,? \s+ {YEAR})?"
)

# ---- durations and offsets, led by a number ----
# Quantity words kept inside a duration's extent, as the news gold sets do ("nearly two months",
# "about three hours", "just over an hour", "another 90 days").
APPROX = r"""(?: (?i:(?P<approx>another|nearly|almost|more \s+ than|less \s+ than|fewer \s+ than|
    (?:no|not) \s+ more \s+ than|(?:no|not) \s+ (?:less|fewer) \s+ than|at \s+ least|up \s+ to|
    over|under|about|around|
    roughly|approximately|just \s+ over|just \s+ under|a \s+ little \s+ (?:over|under))) \s+ )?"""
# The lower bound of a spelled-out range: "two to three weeks", "10-12 days".
_RANGE_LOW = (
    r"(?: (?i:(?P<low>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
    r" (?: \s+ (?i:to|or) \s+ | \s* [-–] \s* ) )?"
)
# "three consecutive days", "five working days", "two full weeks".
DURATION_ADJECTIVES = (
    r"consecutive|straight|successive|full|whole|long|working|business|trading|calendar|single|"
    r"trial|sitting|school"
)
DURATION = rule(
    rf"{APPROX}{_RANGE_LOW}(?i:{NUMBER})"
    r" (?: \s+ (?i:and \s+ (?P<half>a \s+ half) \s+|(?P<fraction>1/2) \s+"
    rf"|(?:more|additional|extra|further|{DURATION_ADJECTIVES}) \s+)? | - ) (?i:{UNIT})"
    r"(?: \s+ (?i:and \s+ (?P<half_after>a \s+ half)) (?!\w) )?"
    # "a week later than planned" is a length, not an offset.
    r"(?: \s+ (?i:(?P<offset>ago|later|earlier|before|after|from\s+now|hence"
    # "fled 15 months back": ago (not "two weeks back to the front")
    r"|back(?!\s+(?:to|in|into|from|on|home|up|down|then)\b))) (?!\w|\s+than\b) )?"
)
# A rate said as a count: "twice a day", "three times a week", "once weekly", "twice daily";
# "per day" alone.
_RATE_UNIT = r"(?P<unit>hour|day|night|week|fortnight|month|quarter|year)(?![\w-])"
TIMES_RATE = rule(
    r"(?i:(?:once|twice|thrice|(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many)"
    rf" \s+ times) \s+ (?:(?:a|an|per|each|every) \s+ {_RATE_UNIT}"
    r"|(?P<adverb>hourly|daily|nightly|weekly|monthly|quarterly|yearly|annually)(?![\w-])))"
)
PER_UNIT = rule(rf"(?i:per \s+ {_RATE_UNIT})")
HALF_UNIT = rule(
    r"(?i:half (?:\s+ an? \s+ | -) (?P<unit>hour|minute|day|week|month|year|decade|century))(?!\w)"
)
DURATION_ADJ = rule(rf"(?i:{NUMBER}) - (?i:{UNIT_ADJ})")

# ---- led by a modifier word ----
RELATIVE_DAY = rule(
    r"(?i:(?P<word>today|tonight|tomorrow|yesterday))(?!\w)"
    rf"(?: \s+ (?i:{PART_OF_DAY}) (?!\w))?"
)
TWO_DAYS_OFF = rule(r"(?i:the \s+ day \s+ (?P<side>before \s+ yesterday|after \s+ tomorrow))(?!\w)")
LAST_NIGHT = rule(
    r"(?i:(?P<word>last|this|tomorrow) \s+ (?P<pod>night|morning|afternoon|evening)"
    r"|(?P<past>the \s+ past) \s+ (?P<pod2>night))(?!\w)"  # "during the past night"
)
# "this past Tuesday" is "past Tuesday".
_THIS_PAST = r"(?:this \s+ (?=past\s))?"
DEICTIC_WEEKDAY = rule(
    rf"(?i:{_THIS_PAST}(?P<rel>last|next|this|coming|past|penultimate)) \s+ {WEEKDAY} (?![\w-])"
)
# The word after the weekday (Indian and British English): "on Monday last", "slated for Thursday
# next", "the vote is Tuesday week" (a week after the coming Tuesday); never "Monday next week".
WEEKDAY_POSTPOSED = rule(
    rf"{WEEKDAY} \s+ (?P<rel>last|next|week)(?![\w'’-])"
    r"(?! \s+ (?:week|month|year|time|day|weekend|night|morning|afternoon|evening|spring|summer"
    r"|autumn|fall|winter|season|quarter|round|few|several|couple|two|three|four|five|to|door|of)"
    r"(?!\w))"
)
DEICTIC_MONTH = rule(
    rf"(?i:{_THIS_PAST}(?P<rel>last|next|this|coming|past)) \s+ {MONTH} (?: \s+ {DAY})?"
)
DEICTIC_SEASON = rule(
    rf"(?i:{_THIS_PAST}(?P<rel>last|next|this|coming|past) \s+ {SEASON})(?!\w)"
)
DEICTIC_UNIT = rule(
    rf"(?i:(?:(?P<the>the \s+)|{_THIS_PAST})"
    r"(?P<rel>last|next|this|current|coming|past|previous|preceding|following) \s+"
    r"(?:fiscal \s+)?(?P<unit>week|month|year|quarter|weekend|decade|century))(?![\w-])"
)
SPAN = rule(
    r"(?i:(?P<the>the \s+)?(?P<rel>past|last|next|coming|previous|preceding|following|recent|"
    rf"first) \s+ (?:{NUMBER} \s+)? (?P<unit>seconds|minutes|hours|days|weeks|months|quarters|"
    r"years|decades|centuries|second|minute|hour|day|week|fortnight|month|quarter|year|decade|"
    r"century)(?![\w-]))"
)
OFFSET_EDGE = rule(
    r"(?i:(?P<edge>earlier|later) \s+ (?:(?P<rel>this|last|next|in \s+ the) \s+"
    r" (?P<unit>week|month|year)|(?P<today>today|tonight|in \s+ the \s+ day)))(?!\w)"
)
EARLIER_WEEKDAY = rule(rf"(?i:(?P<edge>earlier|later)) \s+ (?:(?i:on) \s+)? {WEEKDAY} (?![\w-])")
EDGE = rule(
    r"(?i:(?P<the>the \s+)?"
    r"(?P<edge>early-|late-|early|late|mid|mid-|middle|end|beginning|start|rest"
    r"|first[ ]half|second[ ]half)"
    r"(?: (?<=-) | \s+ (?:(?P<of>of) \s+ (?:the \s+)?)? ))"
    rf"(?:{MONTH} (?: ,? \s+ {YEAR})? | {YEAR.replace('<year>', '<year2>')} (?!-\d|'?s\b)"
    r"| (?P<decade>1[0-9]\d|20\d)0s(?!\w)"
    r"| (?i:(?P<rel>this|last|next|the|that) \s+ (?P<unit>week|month|year|decade|quarter|"
    r"century)(?!\w)) | (?i:(?P<today>today|tomorrow|yesterday|the \s+ day))(?!\w)"
    rf"| (?:(?i:on) \s+)? {WEEKDAY} (?: \s+ (?i:{PART_OF_DAY}))? (?![\w-])"  # "late on Friday"
    rf"| (?i:(?:(?P<srel>this|last|next|the) \s+)? {SEASON})(?!\w)"  # "since early summer"
    # "the end of the first quarter": the quarter is read by its own rule, from here
    r"| (?P<part_of>(?=(?i:the \s+ (?:first|second|third|fourth|final|last) \s+"
    r" (?:quarter|half))(?![\w-]))) )"
)
SET_EVERY = rule(
    r"(?i:(?P<every>every|each) \s+ (?:(?P<other>other) \s+ |"
    rf"(?P<num>\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) \s+ )?)"
    r"(?: (?i:(?P<unit>seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|"
    rf"decades?|morning|afternoon|evening|night|weekend|{SEASON}))(?!\w) | {WEEKDAY} (?!\w)"
    rf" | {MONTH} (?: \s+ (?P<mday>[12]\d|3[01]|0?[1-9]) (?![\d,]|\s*\d))? (?! \s* \d) )"
)
SET_ADVERB = rule(
    r"(?i:(?P<word>daily|weekly|monthly|annually|yearly|nightly|hourly|biweekly|fortnightly|quarterly))"
    r"(?!\w)"
)
PRESENT = rule(
    r"(?i:(?P<word>now|currently|presently|right \s+ now|the \s+ present|"
    r"at \s+ present|nowadays|these \s+ days|at \s+ the \s+ moment(?! \s+ (?:of|when)\b)))"
    r"(?![\w-])"
)
# Not "previously" or "formerly": they order two facts ("had previously said") and place
# neither on a timeline.
PAST_REF = rule(
    # not "most recently at 9:30 p.m. Monday" (an order of events), "as recently as June" (a signal)
    r"(?<!most\s)(?i:(?P<word>recently|the \s+ past|the \s+ other \s+ day"
    r"|recent \s+ (?:years|months|weeks|days|decades|times)"
    r"|the \s+ recent \s+ past))(?![\w-])(?! \s+ as \s)"
)
FUTURE_REF = rule(
    r"(?i:(?P<word>the \s+ (?:near \s+ |nearest \s+ |distant \s+ |foreseeable \s+ )?future"
    r"(?! \s+ of\b)"
    r"|the \s+ (?:near|short) \s+ term|soon|any \s+ (?:day|minute|moment) \s+ now))(?![\w-])"
)
SEASON_YEAR = rule(
    rf"(?i:(?P<the>the \s+)?{SEASON}) \s+ (?:(?i:of) \s+)? (?:{YEAR}|{SPOKEN_YEAR})"
)
# "That autumn", "the previous winter": a season of the year the story last named.
SEASON_OF_REFERENCE = rule(
    rf"(?i:(?:(?P<that>that)|the \s+ (?P<rel>previous|following|next)) \s+ {SEASON})(?!\w)"
)
# "the spring of that year": the season of the year last named.
SEASON_OF_THAT_YEAR = rule(rf"(?i:(?P<the>the \s+)?{SEASON} \s+ of \s+ that \s+ year)(?!\w)")
# "the following February": the first such month after the period last named.
MONTH_OF_REFERENCE = rule(rf"(?i:the \s+ (?P<rel>following|previous)) \s+ {MONTH}")
SEASON_ALONE = rule(rf"(?i:(?P<the>the \s+)?{SEASON})(?!\w)")
# "the first half of the month", "the second half of May": a part of a shorter or longer period
# than a year (EDGE reads it).
_HALF_OF_SHORTER = (
    r"(?<=[hH][aA][lL][fF]) \s+ (?i:of) \s+ (?:(?i:(?:the|this|last|next|that) \s+"
    r" (?:month|week|decade|century)(?!\w))|(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|"
    r"Nov|Dec)\.?)(?![A-Za-z]))"
)
QUARTER = rule(
    rf"(?i:(?P<the>the \s+)?(?:{YEAR.replace('<year>', '<year2>')} \s+"
    r"|(?P<yrel2>this|last|next) \s+ year(?:'s|’s) \s+)?"
    rf"(?:fiscal \s+)?(?:(?P<which>{_ORDINAL_WORD}) [\s-]+ (?:fiscal \s+)?)?)"
    rf"(?i:(?P<part>quarter|half))(?![\w-]) (?!{_HALF_OF_SHORTER})"
    rf"(?: \s+ (?:(?i:of) \s+ (?:(?i:fiscal) \s+)?)? {YEAR}"
    r"| \s+ (?i:of \s+ (?P<yrel>the|this|last|next) \s+ year)(?!\w))?"
)
QUARTER_SHORT = rule(rf"Q(?P<q>[1-4]) (?: \s+ {YEAR} | (?!\w))")
HALF_SHORT = rule(rf"H(?P<half>[12]) (?: \s+ {YEAR} | (?!\w))")  # "H1 2024", "H2"
NINE_MONTHS = rule(
    rf"(?i:(?P<the>the \s+)?(?:first \s+)?(?P<num>{_NUMBER_WORD}) \s+ (?P<unit>months|weeks))(?!\w)"
)
# A numbered week as situation reports give it: "epidemiological week 10", "ISO week 7 of 2024",
# "week 11 of 2024" (a bare "week 10 of the war" counts weeks of something else).
WEEK_NUMBER = rule(
    r"(?i:(?:(?P<kind>epidemiological|epi|ISO|calendar) \s+)? week \s+"
    r" (?P<week>5[0-3]|[1-4]\d|0?[1-9])(?!\d))"
    rf"(?: ,? \s+ (?:(?i:of) \s+)? {YEAR})?"
)
FISCAL = rule(rf"(?i:fiscal \s+ (?:year \s+)?){YEAR}|FY \s? (?P<fy>\d{{4}}|\d\d)(?!\d)")
WEEKEND = rule(
    r"(?i:(?P<the>the \s+ (?:long \s+)?)?weekend(?P<after_next>\s+ after \s+ next)?)(?![\w-])"
)
# "late in the week", "early in the month", "mid-week", "midweek": a part of the unit under way.
PART_OF_UNIT = rule(
    r"(?i:(?P<edge>early|late|mid) (?: \s+ in \s+ the \s+ (?P<unit>week|month|year) | -?week ))"
    r"(?![\w-])"
)
NOON = rule(
    rf"(?i:(?P<word>noon|midnight|midday))(?!\w) (?: ,? \s+ (?:on \s+)? {WEEKDAY} (?![\w-])"
    rf" {_NO_DATE_AFTER} | {_CLOCK_DEICTIC} )?"
)
ORDINAL_DAY = rule(
    r"(?i:the) \s+ (?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th) (?= \s* [,.;)]| \s+ (?:at|when|and|"
    r"but|in|after|before|to|as|of \s+ (?:this|last|next) \s+ month)\b"
    # any lower-case word after "on the 14th" (the rule asks for the word before)
    # a clause going on after "on the 14th" (the rule asks for the word before): "the truce that
    # began on the 14th has held"; not "the 18th green", "from the 18th spot"
    r"| (?P<lower>\s+ (?:has|have|had|was|were|is|are|will|would|could|remained|held|ended|"
    r"collapsed|that|which|when|while|with|amid|under|following|despite)\b))"
    # "the 2nd and 5th Corps": ordinals of units, not days
    r"(?! \s+ (?:and|or) \s+ \d+(?:st|nd|rd|th) \s+ [A-Z])"
)
DECADE_THE = rule(r"(?i:the) \s+ (?:(?P<decade>1[0-9]\d|20\d)0'?s|'(?P<short>\d)0s)(?!\w)")
# "the sixties": a decade of the 1900s ("the twenties" could be either century).
DECADE_WORD = rule(
    r"(?i:the \s+ (?:(?P<edge>early|mid|late) [\s-]+)?"
    r"(?P<word>thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w-])"
)
# Years as spoken on air: "nineteen ninety-six", "twenty twenty-two", "the year two thousand".
YEAR_SPOKEN = rule(rf"(?i:(?P<spoken>{_SPOKEN_CENTURY_YEAR}))(?![\w-])")
YEAR_TWO_THOUSAND = rule(rf"(?i:the \s+ year \s+ (?P<spoken>{_SPOKEN_TWO_THOUSAND}))(?![\w-])")
# "the weeks ahead": an unstated stretch from now on.
UNITS_AHEAD = rule(
    r"(?i:the \s+ (?:coming \s+ )?(?P<unit>days|weeks|months|years) \s+ ahead)(?![\w-])"
)
CENTURY_THE = rule(
    r"(?i:the) \s+ (?:(?P<century>\d{1,2})(?:st|nd|rd|th)|(?P<word>nineteenth|twentieth|"
    r"twenty-first|eighteenth)) \s+ century(?!\w)"
)
SAME_DAY = rule(
    r"(?i:(?:(?P<edge>earlier|later) \s+ (?:in \s+)?)?(?:(?P<the>the|that) \s+"
    r"(?P<rel>same|following|previous|next) \s+ (?:day|(?P<pod>morning|afternoon|evening|night))"
    # "the same month": the month of the period last named
    r"|the \s+ same \s+ (?P<same_unit>week|month|year)"
    r"|(?P<that>that) \s+ (?:same \s+)?"
    r"(?:(?P<unit>day|week|month|year|quarter)|(?P<pod2>morning|afternoon|evening|night))"
    r"|the \s+ (?P<sunit>day|week|month|year) \s+ (?P<side>before|after)"
    r"(?! \s+ (?:yesterday|tomorrow|the|a|an|his|her|their|its)\b)"
    # "That Friday", "the following Monday": a weekday counted from the day last named
    r"|(?:that|the \s+ (?P<wrel>following|next|previous|preceding)) \s+"
    rf" (?P<wd>{_WEEKDAYS_FULL})))(?!\w)"
)
# "the week of March 6", "the week of 6 March", "the week through Friday" (markets copy), "the
# week ended Oct. 24": the week that holds the day.
THE_WEEK_OF = rule(
    rf"(?i:the \s+ week \s+ (?:of|through|to|end(?:ed|ing))) \s+ (?:{MONTH} \s+ {DAY}"
    rf"|{DAY.replace('<day>', '<day2>')} \s+ {MONTH.replace('<mon>', '<mon2>')})"
    rf"(?: ,? \s+ {YEAR})?|(?i:the \s+ week \s+ (?:through|to|end(?:ed|ing))) \s+ {WEEKDAY}"
    rf"(?! ,? \s* (?:\d|{MONTH_NAME}))"  # "the week to Fri. 7 Nov": the date is read alone
)
THE_UNIT = rule(
    r"(?i:the) \s+ (?:(?i:full) \s+)? (?P<unit>year|week)"
    r"(?![\w'’-]|\s+(?:before|after|earlier|later|ago|of|two|in\s+review|at\s+a\s+glance)\b)"
    # "for the year 2007": that year
    r"(?: \s+ (?P<year>(?:1[6-9]|20)\d\d)(?![\d%]) )?"
)
# "in the new year": not "the New Year's Eve party" (a holiday), "the new year's budget"
# "on this day last year", "on this day in 1995": the publication's day in that year.
THIS_DAY = rule(
    r"(?i:this \s+ (?P<unit>day|time) \s+ (?:(?P<last>last \s+ year)"
    r"|in \s+ (?P<year>(?:1[6-9]|20)\d\d)(?!\d)))"
)
# (lower-case: "the New Year" is the holiday)
THE_NEW_YEAR = rule(r"(?i:the) \s+ new \s+ year(?![\w'’-])")
YEAR_EARLIER = rule(
    r"(?i:(?P<the>the \s+)?(?P<word>year-earlier|year-ago)(?: \s+ (?P<period>quarter|period|"
    r"month|year|week))?)(?!\w)"
    # "the year-ago third quarter": the quarter's rule reads it
    r"(?! \s+ (?i:first|second|third|fourth) [\s-]+ (?i:quarter|half))"
)
# "the same period last year", "the corresponding quarter a year earlier": as "year-earlier".
SAME_PERIOD_LAST_YEAR = rule(
    r"(?i:the \s+ (?:same|corresponding|comparable) \s+ (?P<period>period|quarter|month|week)"
    r" \s+ (?:(?:of|in) \s+)? (?:last \s+ year|the \s+ previous \s+ year"
    r"|a \s+ year \s+ (?:earlier|ago|before)))(?!\w)"
)
PLURAL_UNIT = rule(r"(?i:(?P<unit>years|months|weeks|days|decades|hours|minutes|weekends))(?!\w)")
# "year-to-date", "year to date": the year so far.
YEAR_TO_DATE = rule(r"(?i:year [\s-]+ to [\s-]+ date)(?![\w-])")
# "year-end", "by year end", "at the year's end": the end of a year.
YEAR_END = rule(r"(?i:year (?:-end | \s+ end | ['’]s \s+ end))(?![\w-])")

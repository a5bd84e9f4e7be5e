"""Which way a clause points in time, read from its verbs ("said Friday" vs "will meet Friday")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final

from timeline.temporal.patterns import word_trie
from timeline.temporal.resolve import Direction

# How far to look for the governing verbs on each side; a clause is rarely longer.
_WINDOW: Final = 120

# Sentence ends bound the clause (a comma does not: "On Friday, officials said ...").
# A full stop after an initial or a common abbreviation ("U.S.", "Mr.", "Sept.", "Maj.", "Roe vs.
# Wade") ends no sentence, nor one after "a.m."/"p.m." that a lower-case word follows.
# Every branch begins with a plain character, so the regex engine skips to those at C speed.
_BOUNDARY = re.compile(
    r"!|\?|;|\n|\"|“|”|''|``|\.(?<![A-Z]\.)(?<!Mr\.)(?<!Ms\.)(?<!Dr\.)(?<!St\.)(?<!Mrs\.)(?<!Gen\.)"
    r"(?<!Sen\.)(?<!Rep\.)(?<!Gov\.)(?<!Col\.)(?<!Lt\.)(?<!No\.)(?<!Jan\.)(?<!Feb\.)(?<!Aug\.)"
    r"(?<!Sept\.)(?<!Oct\.)(?<!Nov\.)(?<!Dec\.)(?<!vs\.)(?<![\s(]v\.)(?<!Capt\.)(?<!Maj\.)(?<!Sgt\.)"
    r"(?<!Cpl\.)(?<!Pvt\.)(?<!Brig\.)(?<!Adm\.)(?<!Cmdr\.)(?<!Prof\.)(?<!Rev\.)(?<!Amb\.)"
    # "at 4 p.m. on Tuesday" goes on; "at 4 p.m. Officials said" ends there.
    r"(?!(?<=[ap]\.m\.)\s+[a-z\d(])(?:\s|\Z)"
)

_LINE_BREAK = re.compile("\n")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# How many characters of text are read at a time for tense markers (`TenseIndex`).
_STRETCH: Final = 256
# A character no marker holds, nor the character searched for before one (`_MARKER_AFTER`) but as
# its first: a search for markers from one finds what a search of the whole text finds from there.
_RESTART = re.compile(r"[^\w\s'’-]")

# "due to" before a noun is "because of" ("pulled out due to injuries on Monday").
_NOUN_AFTER = (
    r"(?!\s+(?:a|an|the|its|their|his|her|our|this|that|these|those|some|any|no|bad|poor|heavy|"
    r"\w+(?:ing|ies|ness|ion|ment|ity|[^su\W]s))\b)"
)
_FUTURE = (
    r"will|'ll|shall|would|won't|may|might|must|should|cannot|can't|wants?|hopes?|urges?|"
    # A possibility ahead ("talks could begin on Monday"); not a past ability or a negation
    # ("could not leave on Monday", "could see the smoke on Friday", "could have ended").
    r"could(?!\s+(?:not|never|have|hardly|barely|only|see|hear|feel|smell|be\s+seen|be\s+heard)\b)|"
    r"(?:needs?|has|have|ought|expects?|expecting|supposed|ready)\s+to|can|"
    # "expects the gap to narrow in the second half"; "diplomats expect a text ready for signing
    # on Friday" (not "as expected", a past participle)
    r"expects?\s+(?:[\w'’-]+\s+){1,3}?to(?=\s+[a-z])|"
    r"expect(?:s|ing)?(?=\s+(?:a|an|the|about|around|some|up\s+to|more|at\s+least|\d)\s)|"
    r"(?:is|are|am)\s+(?:set\s+|expected\s+|scheduled\s+|going\s+)?to|"
    # An obligation or plan put on someone now: "is sentenced to be hanged ... Tuesday", "are
    # ordered to leave by Friday"; not what is believed or said of the past or present ("is
    # believed to have fled", "is thought to be hiding").
    r"(?:is|are|am)\s+(?!(?:believed|thought|said|reported|alleged|understood|known|rumou?red|"
    r"feared|presumed|assumed|estimated|considered|claimed|suspected|seen)\s)[a-z]+ed\s+to"
    r"(?!\s+have\b)(?=\s+[a-z])|"
    rf"(?:(?:is|are|am)\s+)?due\s+to{_NOUN_AFTER}|(?:is|are|am)\s+due(?!\s+to\b)|plans?\s+to|"
    r"planning\s+to|preparing\s+to|going\s+to|"
    # "veterans' groups plan a march on Sunday"
    r"plans?(?=\s+(?:a|an|another|more|further|new)\s)|"
    r"as\s+(?:soon|early)\s+as|"
    # "pending wage talks in January", "pending a hearing on Friday"
    r"pending(?=\s+[a-z])|"
    r"set\s+to|aims?\s+to|intends?\s+to|upcoming|tomorrow|next(?!\s+to\b)|"
    r"(?:forecast|projected|predicted|likely|unlikely|poised|ready|about|hoping|hopes?)\s+to"
)
# A demand points ahead when it is a verb with an object or "that" after it ("Kyiv demands the
# troops leave by Friday"); as a noun it says nothing of tense ("could not meet demand in July",
# "the demands of the strikers on Monday"). A hope, even as a noun, looks ahead ("hopes for a
# calm vote on Thursday").
_DEMAND_AS_VERB = re.compile(
    r"\s+(?:to|that|him|her|them|us|me|you|it|the|a|an|his|its|their|our|[A-Z])\b"
)
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|this|that|these|those|whose|of|for|in|on|meet|met|"
    r"meeting|strong|weak|high|higher|low|lower|growing|rising|falling|new|public)\s+\Z"
)
# A past decision to act, by a verb or a noun: the act lies ahead ("agreed to admit them in early
# March", "announced a deal to buy the company in January"), but a weekday names the day of the
# decision ("voted Friday to back the plan", "vowed to act on Tuesday"); "to" before a
# determiner is a preposition, the verb plainly past ("agreed to a ceasefire on Tuesday").
_INTENT = (
    r"(?:decided|agreed|voted|promised|pledged|vowed|threatened|prepared|agreement|deal|bid|"
    r"offer|proposal|decision)\s+to"
    r"(?!\s+(?:a|an|the|its|their|his|her|our|this|that|these|those|some|any|no|new)\b)"
)
# The present tense of a verb that schedules ("the summit opens Thursday", "the two leaders meet
# Monday", "the deadline is 1600 GMT Thursday", "the pause runs through Sunday"): a timetable, so
# the date lies ahead. Reporting
# verbs ("says") are not here: they date the report, not the event. Forms that are also common
# nouns or adjectives ("visit(s)", "talks", "hosts") are left out, as is "leaves" (a casualty
# report: "shelling leaves three dead in Kherson on Monday"); "open", "vote", "votes" and
# "returns" count only after a subject that fits them (`_SUBJECT_OF`).
_PRESENT = (
    r"is|are|begins?|starts?|opens?|meets?|flies|arrives?|holds|ends|closes|resumes?|"
    r"expires|convenes?|gathers?|kicks\s+off|takes?\s+place|votes?|runs|lasts|travels|reopens?|"
    r"returns?|publishes|sits|takes?\s+effect|go(?:es)?\s+(?:on\s+sale|ahead|live|into\s+effect)"
)
# The subject a present tense that is also a noun or adjective needs to be a verb: a plural noun,
# maybe with a phrase after it, before "open" ("peace talks between the two sides open Thursday"),
# a plural noun right before "vote" ("lawmakers vote Tuesday"; not "his vote", "the Liberals in a
# budget vote"), a singular noun right before "votes" or "returns" ("the council votes on the
# plan Sunday", "power returns at 09:00 Wednesday"; not "the votes", "postal votes", "the
# party's votes", "better returns").
_PLURAL_NOUN = (
    r"(?<![\w'’])(?!(?i:is|was|has|does|his|its|this|thus|plus|us|as|yes|remains|stays|keeps|"
    r"seems|looks|wins|loses|passes|faces|survives|rejects|backs|boycotts)\s)[A-Za-z][a-z]+s"
)
_PLURAL_SUBJECT = re.compile(rf"{_PLURAL_NOUN}\s+\Z")
_PLURAL_SUBJECT_AND_PHRASE = re.compile(
    rf"{_PLURAL_NOUN}(?:\s+(?:on|of|over|between|from|in|at|for|about|with)\s+[^,;:.()]{{1,60}}?)?"
    r"\s+\Z"
)
_SINGULAR_SUBJECT = re.compile(
    r"(?<![\w'’])(?!(?i:the|a|an|their|his|her|its|our|your|my|these|those|such|other|no|any|"
    r"more|most|fewer|many|all|some|few|enough|postal|popular|electoral|valid|invalid|key|final|"
    r"first|last|million|thousand|hundred|billion|of|in|on|for|with|without|and|or|than|two|"
    r"three|four|five|six|seven|eight|nine|ten|cast|won|lost|got|needs?|swing|crucial|tax|"
    r"better|higher|lower|strong|weak|poor|good|election)\s)"
    r"[A-Za-z][a-z]*(?<!ed)(?<!ing)(?<![s'’])\s+\Z"
)
# A verb before "open" makes it an adjective of its object ("kept the border crossings open on
# Monday", "declared the airport open Sunday"); "open fire" is an act, not a date.
_OPEN_AS_ADJECTIVE = re.compile(
    r"\b(?i:keeps?|kept|keeping|leaves?|left|leaving|holds?|held|declared?|declaring|wants?|"
    r"forced?|threw|thrown|throws?|makes?|made|ordered|remains?|remained|stays?|stayed|"
    r"prised|pried|broke|broken)\b[^,;:.()]*\Z"
)
_SUBJECT_OF: Final = {
    "open": _PLURAL_SUBJECT_AND_PHRASE, "vote": _PLURAL_SUBJECT, "votes": _SINGULAR_SUBJECT,
    "returns": _SINGULAR_SUBJECT, "return": _PLURAL_SUBJECT_AND_PHRASE,
}
# "a two-day meeting beginning Thursday", "curfews starting from Monday".
_STARTING = r"(?:beginning|starting)(?=\s+(?:on\s+|from\s+)?[A-Z])"
_PAST_WORDS = (
    r"said|was|were|had|did|told|made|took|came|went|gave|saw|met|left|began|fought|struck|"
    r"shot|held|led|brought|sent|spent|fell|won|lost|found|thought|knew|became|rose|flew|ran|"
    r"wrote|spoke|broke|stood|got|ago|yesterday|earlier|previously|recently|"
    r"been|sought|caught|taught|bought|built|felt|kept|paid|sold|hid|fled|drew|grew|threw|"
    r"chose|drove|woke|wore|tore|swore|sank|sang|began|rang|withdrew|overran|overtook|retook|"
    r"rebuilt|overthrew|underwent|undertook|upheld|withheld|oversaw|swept|blew|shook|dug|stole|"
    r"froze|swam|swung|slept|wept|forbade|forgave|forgot|foresaw|mistook|overheard|rewrote|"
    r"sprang|awoke|heard|dealt|laid"
)
# "set" before a date fixes it: past ("the court set April 29 for the hearing") unless it
# follows a modal or "to" (`_BASE_FORM_BEFORE`).
_SET_DATE = r"set(?=\s+[A-Z\d])"
# Verbs of lasting are no participles before a deadline: "the shelling lasted until the end of
# the month" is past ("delivered by Friday" is not).
_LASTED = frozenset({"lasted", "continued", "remained", "stayed", "persisted", "raged"})
# "-ed" words that are not past forms.
_NOT_PAST = frozenset(
    {"need", "speed", "indeed", "proceed", "exceed", "succeed", "feed", "seed", "breed",
     "bleed", "red", "bed", "shed", "embed", "hundred", "creed", "greed", "weed", "steed",
     "based", "armed", "so-called", "concerned", "advanced", "detailed", "limited", "related",
     "interested", "united", "deed", "reed", "wed", "bred", "fled"}
)  # fmt: skip
# An "un-" word in "-ed" is an adjective ("an unidentified gunman", "markets untouched") unless
# it is one of the verbs reporters use: "police unveiled", "rebels unleashed".
_UN_VERBS = frozenset(
    {"unveiled", "uncovered", "unleashed", "unloaded", "unlocked", "unfolded", "unified",
     "unearthed", "unseated", "unraveled", "unravelled", "unblocked", "unmasked", "unpacked",
     "unsealed", "unfurled", "unnerved"}
)  # fmt: skip

# Every marker begins with a lower-case letter or an apostrophe: the lookahead lets the regex
# engine skip other positions at once.
_MARKER_WORDS = (
    rf"(?=[a-z'])(?:(?P<future>{_FUTURE})|(?P<demand>demands?)|"
    # A plan or wish, even reported in the past, points ahead of it ("hoped for a deal by
    # year-end", "wanted the tanks delivered by Friday").
    r"(?P<plan>planned|scheduled|slated|expected|hoped|wanted|aimed|intended)|"
    rf"(?P<intent>{_INTENT})|(?P<present>{_PRESENT})|(?P<starting>{_STARTING})|"
    rf"(?P<past>{word_trie(_PAST_WORDS.split('|'))}|{_SET_DATE})|(?P<weak>[a-z]+ed))(?![\w'])"
)
_MARKER = re.compile(rf"(?<![\w']){_MARKER_WORDS}")
# A marker after the character before it (one that ends no word): searched for, this begins
# with a character class, so the regex engine skips the letters inside words at C speed.
_MARKER_AFTER = re.compile(rf"[^\w']{_MARKER_WORDS}")
# The same for ASCII text, where they mean the same and their character classes test faster.
_MARKER_ASCII = re.compile(_MARKER.pattern, re.ASCII)
_MARKER_AFTER_ASCII = re.compile(_MARKER_AFTER.pattern, re.ASCII)
# A past participle after a future auxiliary is still future: "will be held", "will still be
# formally signed". "should have ended", "to have been killed" are perfects, so past; so is a
# schedule reported in the past ("was supposed to be airlifted on Friday").
_ADVERB = r"(?:not|also|then|still|only|now|never|soon|last|\w+ly)\s+"
_FUTURE_AUX = re.compile(
    rf"(?:(?:will|would|'ll|shall|may|might|must|should)\s+(?:{_ADVERB})?be|"
    rf"(?:will|'ll|shall)\s+(?:{_ADVERB})?have(?:\s+been)?|to\s+(?:{_ADVERB})?be)"
    rf"\s+(?:{_ADVERB})?\Z"
)
# "could be held before the end of the year" is a possibility ahead; "could be heard on Friday"
# a past ability.
_COULD_BE = re.compile(rf"\bcould\s+(?:{_ADVERB})?be\s+(?:{_ADVERB})?\Z")
# A negation before "could be" makes it a past ability: "neither he nor his parents could be
# located Wednesday".
_NEGATION = re.compile(r"\b(?:not|no|never|neither|nor|nobody|none)\b|n't")
_PAST_SCHEDULE_BE = re.compile(
    rf"\b(?P<aux>was|were|had\s+been)\s+(?:{_ADVERB})?(?P<word>due|supposed|expected|scheduled|"
    rf"set|slated|planned)\s+to\s+(?:{_ADVERB})?be\s+(?:{_ADVERB})?\Z"
)
# What, later in the sentence, says a schedule did not hold: "was due to sail on Friday but ...".
_NOT_HELD_AFTER = re.compile(
    r"[^.;!?]{0,200}?\b(?:but|however|yet|instead|never|postponed|delayed|cancell?ed|"
    r"called\s+off|put\s+off|scrapped|suspended)\b"
)
_SCHEDULE_WORDS: Final = frozenset(
    {"due", "expected", "scheduled", "slated", "planned", "set", "supposed", "about"}
)
_AUX_OF_PLAN = re.compile(r"\s+(?:planning|going|preparing|hoping|about)\s+to\b")
_NOT_PRESENT_BEFORE = re.compile(
    r"\b(?:to|will|would|'ll|shall|may|might|must|should|can|could|did|does|do|not|the|a|an|its|"
    r"their|his|her|our|this|that|these|those|whose)\s+\Z"
)
# A participle after "is"/"are" is a present passive ("elections are held on July 20", "he is
# accused of shelling the town on Monday"): neither past nor a timetable, unless it names a
# weekday (`_ADJACENT`).
_PRESENT_PASSIVE = re.compile(rf"\b(?:is|are)\s+(?:{_ADVERB})?\Z")
_PARTICIPLE_AFTER = re.compile(rf"\s+(?:{_ADVERB})?(?:[a-z]+ed|{_PAST_WORDS})\b")
_BASE_FORM_BEFORE = re.compile(
    rf"\b(?:will|would|'ll|shall|may|might|must|should|can|could|to|did|does|do)\s+"
    rf"(?:{_ADVERB})?\Z"
)
_HAD_BEFORE = re.compile(rf"\bhad\s+(?:{_ADVERB})?\Z")
_PAST_AUX = re.compile(rf"\b(?:was|were|had\s+been)\s+(?:{_ADVERB})?\Z")
# "as planned", "as originally scheduled": the plan says nothing of when the clause happens.
_AS_PLANNED = re.compile(rf"\bas\s+(?:{_ADVERB})?\Z")
# An "-ed" word after a determiner or preposition is an adjective: "in the occupied areas".
# An "-ed" word after a verb's base form is its complement: "will hold closed consultations",
# "to keep the road sealed" (not "will have ended": a perfect, read as future above).
_AFTER_BASE_VERB = re.compile(
    r"\b(?:will|would|'ll|shall|can|could|may|might|must|should|to)\s+(?!have\b|be\b)[a-z]+\s+\Z"
)
_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|this|that|these|those|in|of|on|at|for|from|with|if|unless|"
    r"by|newly|recently|so|well|heavily|partly|partially|fully|long|much)\s+\Z"
)


# Characters added to the distance of a marker after the expression: the verb before it usually
# governs ("said on Friday it will"), but an adjacent one after wins ("a court Thursday refused").
_AFTER_PENALTY: Final = 20
# How far before a date a present tense still schedules it: "the summit opens in Geneva on
# Thursday", but not "he is heading home after winning the final on Friday".
_PRESENT_REACH: Final = 40
# Words that put the date on an earlier event than the present tense before them: "Kyiv is
# without power after strikes on Monday".
_AFTER_EVENT = re.compile(r"\b(?:after|since|following|despite|amid|because|from)\b")
# "is"/"are" schedule only a date right after them ("the deadline is 1600 GMT Thursday") or as
# a progressive ("is travelling to Kyiv on Monday"; not "is still dark on Tuesday").
_COPULA_REACH: Final = 16
_PROGRESSIVE = re.compile(r"\s+[a-z]+ing\b")
# A reporting clause set off after the expression dates the report, not the clause the expression
# is in when that has a verb of its own ("will hold a referendum in January, the president
# announced on Tuesday"); what follows it belongs to other clauses.
_REPORTING_AFTER = re.compile(
    r"[^.;!?]*?,[^,.;!?]*?\b(?:said|announced|told|reported|added|stated|confirmed|declared|"
    r"wrote|insisted|warned|claimed|noted|explained|quoted)\Z"
    # "..., according to the order paper published on Tuesday": the source's verb
    r"|[^.;!?]*?,\s+according\s+to\b[^.;!?]*\Z"
)
# A clause joined on after the date has verbs of its own: "will meet on Wednesday afternoon, and
# Lissar has asked for ..." is not read from "asked" when a verb before the date has been found.
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s")
# A participle this close before a weekday is its verb: "nominations are announced Tuesday".
_ADJACENT: Final = 4


class TenseIndex:
    """Tense markers and sentence ends of one text, found the first time a question needs them,
    so each question is a few bisections however dense the dates are. Markers are looked for a
    stretch of text at a time, around the dates asked about: a story with few dates leaves most
    of its text unread. A marker's reading ("will" -> future) is worked out only when a question
    reaches it."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._sentences_found = False
        self._boundaries: list[int] = []  # offsets just after each sentence end
        self._line_breaks: list[int] = []
        self._paragraph_breaks: list[int] | None = None  # blank lines, found when first asked
        self._stretches_found = False
        self._stretch_starts: list[int] = []
        self._stretches_read: list[bool] = []
        self._read_through = 0  # every stretch before this offset is read (dense dates: all)
        # The markers of the stretches read, in order: where each starts and ends.
        self._starts: list[int] = []
        self._ends: list[int] = []
        ascii = text.isascii()
        self._marker = _MARKER_ASCII if ascii else _MARKER
        self._marker_after = _MARKER_AFTER_ASCII if ascii else _MARKER_AFTER
        self._matches: dict[int, re.Match[str] | None] = {}  # marker start -> its match
        self._readings: dict[tuple[int, bool, bool, bool], Direction] = {}

    def _find_stretches(self) -> None:
        """Stretches of about _STRETCH characters, each beginning at a character no marker
        holds, so that markers looked for from there are those a pass over the whole text finds."""
        starts = [0]
        for nominal in range(_STRETCH, len(self._text), _STRETCH):
            if nominal <= starts[-1]:
                continue
            restart = _RESTART.search(self._text, nominal)
            if restart is None:
                break
            starts.append(restart.start())
        self._stretch_starts = starts
        self._stretches_read = [False] * len(starts)
        self._stretches_found = True

    def _read_markers(self, first: int, last: int) -> None:
        """Find the markers of every stretch that offsets `first` to `last` overlap."""
        if not self._stretches_found:
            self._find_stretches()
        stretch_starts = self._stretch_starts
        for stretch in range(
            max(0, bisect_right(stretch_starts, first) - 1), bisect_right(stretch_starts, last)
        ):
            if not self._stretches_read[stretch]:
                self._read_stretch(stretch)

    def _read_stretch(self, stretch: int) -> None:
        text = self._text
        begin = self._stretch_starts[stretch]
        following = stretch + 1
        stop = (
            self._stretch_starts[following] if following < len(self._stretch_starts)
            else len(text)
        )  # fmt: skip
        # Offsets only (no match objects kept): a long text stays cheap for the collector.
        starts: list[int] = []
        ends: list[int] = []
        position = begin
        if stretch == 0:
            first = self._marker.match(text)  # nothing before the text's first word
            if first is not None:
                starts.append(0)
                ends.append(first.end())
                position = first.end()
        # Ending the search at the next stretch changes no match: no marker, and nothing its
        # regex looks at around one, tells the end of the text from a character no marker holds.
        for match in self._marker_after.finditer(text, position, stop):
            starts.append(match.start() + 1)
            ends.append(match.end())
        at = bisect_left(self._starts, begin)
        self._starts[at:at] = starts
        self._ends[at:at] = ends
        self._stretches_read[stretch] = True
        read = bisect_left(self._stretch_starts, self._read_through)
        while read < len(self._stretches_read) and self._stretches_read[read]:
            read += 1
        self._read_through = (
            self._stretch_starts[read] if read < len(self._stretch_starts) else len(text) + 1
        )

    def _find_sentences(self) -> None:
        self._boundaries = [m.end() for m in _BOUNDARY.finditer(self._text)]
        self._line_breaks = [m.start() for m in _LINE_BREAK.finditer(self._text)]
        self._sentences_found = True

    def _line_break_between(self, earlier: int, later: int) -> bool:
        """Whether text[earlier:later] holds a line break, without copying a span that can be
        long (the latest date named far back in a long story)."""
        return bisect_left(self._line_breaks, earlier) < bisect_left(self._line_breaks, later)

    def _reading(
        self, marker_start: int, deadline: bool, day: bool, distance: int | None = None
    ) -> Direction:
        """The reading of the marker at `marker_start`, `distance` characters before the date
        (None: after it)."""
        if marker_start in self._matches:
            match = self._matches[marker_start]
        else:
            match = self._matches[marker_start] = self._marker.match(self._text, marker_start)
        after = distance is None
        # Under a deadline an "-ed" word before the date is a participle ("delivered by Friday");
        # after it, a verb ("by Monday, officials hardened their stance"). A present tense
        # schedules only the date close to it.
        if match is None or (match["present"] and not self._schedules(match, distance)):
            return None
        if deadline and not after and match["weak"] and match["weak"] not in _LASTED:
            # A state lasting up to the deadline looks ahead ("gatherings are banned until
            # Tuesday"), as does a need ("needed four more systems before the summer"); a
            # participle alone says nothing of tense.
            before = max(0, match.start() - 30)
            if match["weak"] == "needed" or _PRESENT_PASSIVE.search(
                self._text, before, match.start()
            ):
                return "future"
            return None
        adjacent = distance is not None and distance <= _ADJACENT
        key = (marker_start, after, day, adjacent)
        if key not in self._readings:
            self._readings[key] = _kind(match, self._text, after=after, day=day, adjacent=adjacent)
        return self._readings[key]

    def _schedules(self, match: re.Match[str], distance: int | None) -> bool:
        """Whether a present tense `distance` characters before a date is its timetable: close
        to it, with no "after"/"since" between ("the summit opens on Thursday", not "Kyiv is
        without power after strikes on Monday"), and "is"/"are" only right before it or as a
        progressive ("the deadline is 1600 GMT Thursday", "is travelling to Kyiv on Monday")."""
        if distance is None or distance > _PRESENT_REACH:
            return False
        gap_end = match.end() + distance
        if _AFTER_EVENT.search(self._text, match.end(), gap_end):
            return False
        return (
            match.group() not in ("is", "are")
            or distance <= _COPULA_REACH
            or _PROGRESSIVE.match(self._text, match.end()) is not None
        )

    def same_paragraph(self, earlier: int, later: int) -> bool:
        """Whether text[earlier:later] holds no blank line."""
        if self._paragraph_breaks is None:
            self._paragraph_breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(self._text)]
        breaks = self._paragraph_breaks
        return bisect_left(breaks, earlier) == bisect_left(breaks, later)

    def same_line(self, earlier: int, later: int) -> bool:
        """Whether text[earlier:later] holds no line break."""
        if not self._sentences_found:
            self._find_sentences()
        return not self._line_break_between(earlier, later)

    def same_sentence(self, earlier: int, later: int) -> bool:
        """Whether offsets `earlier` and `later` lie in one sentence (no sentence end, no line
        break between; "0.2" and "U.S." end none)."""
        if not self._sentences_found:
            self._find_sentences()
        if self._line_break_between(earlier, later):
            return False
        return bisect_right(self._boundaries, later) == bisect_right(self._boundaries, earlier)

    def near_enough_to_date(self, earlier: int, later: int) -> bool:
        """Whether an expression ending at `earlier` lies in the sentence of the one at `later`
        or in the sentence before it in the same paragraph: the span a reader looks back over
        for the day of a bare clock time."""
        if not self._sentences_found:
            self._find_sentences()
        if self._line_break_between(earlier, later):
            return False
        ends = bisect_right(self._boundaries, later) - bisect_right(self._boundaries, earlier)
        return ends <= 1

    def direction(
        self, start: int, end: int, *, deadline: bool = False, day: bool = False,
        after: bool = True,
    ) -> Direction:  # fmt: skip
        """The tense of the clause around text[start:end], from the nearest tense marker in its
        sentence ("will", "said", "-ed" verbs); markers after the expression count as farther
        (`after=False`: they do not count). Under a deadline ("delivered by Friday") an "-ed"
        participle says nothing of tense. `day`: the expression is a weekday, which a past
        decision to act ("voted Friday to") dates rather than the act."""
        if not self._sentences_found:
            self._find_sentences()
        boundaries = self._boundaries
        index = bisect_right(boundaries, start) - 1
        sentence_start = max(start - _WINDOW, boundaries[index] if index >= 0 else 0)
        index = bisect_right(boundaries, end)
        sentence_end = end + _WINDOW
        if index < len(boundaries):
            sentence_end = min(sentence_end, boundaries[index] - 1)
        if sentence_end >= self._read_through:
            self._read_markers(sentence_start, sentence_end)
        starts, ends = self._starts, self._ends
        best_distance, best = _WINDOW * 3, None
        index = bisect_right(ends, start) - 1
        while index >= 0 and starts[index] >= sentence_start:
            distance = start - ends[index]
            reading = self._reading(starts[index], deadline, day, distance)
            if reading:
                best_distance, best = distance, reading
                break
            index -= 1
        index = bisect_left(starts, end) if after else len(starts)
        while index < len(starts) and ends[index] <= sentence_end:
            if starts[index] - end + _AFTER_PENALTY >= best_distance:
                break
            if best is not None and (
                _REPORTING_AFTER.match(self._text, end, ends[index])
                or _NEXT_CLAUSE.search(self._text, end, starts[index])
            ):
                break
            reading = self._reading(starts[index], deadline, day)
            if reading:
                return reading
            index += 1
        return best


def clause_direction(
    text: str, start: int, end: int, *, deadline: bool = False, day: bool = False
) -> Direction:
    """`TenseIndex.direction` for a single question."""
    return TenseIndex(text).direction(start, end, deadline=deadline, day=day)


def _kind(
    match: re.Match[str], text: str, *, after: bool, day: bool = False, adjacent: bool = False
) -> Direction:
    """The direction a marker points to (None for an "-ed" word that is not a verb here).
    "planned"/"scheduled" before a date point ahead ("scheduled talks on Friday"); after it,
    they report a past decision ("On Friday, the government planned to ...")."""
    # "was due to", "had been expected to": a schedule reported in the past tense (people who
    # "were planning to" act may still do so).
    word = match.group().split()[0]
    if word in _SCHEDULE_WORDS and (
        aux := _PAST_AUX.search(text, max(0, match.start() - 25), match.start())
    ):
        return "past" if _overtaken(text, aux.group(), word, match.end()) else "future"
    if match["plan"] and _HAD_BEFORE.search(text, max(0, match.start() - 25), match.start()):
        return "past"  # "had hoped to leave on Friday": a plan overtaken by events
    if match["future"]:
        return "future"
    if match["demand"]:
        if not _DEMAND_AS_VERB.match(text, match.end()) or _NOUN_BEFORE.search(
            text, max(0, match.start() - 30), match.start()
        ):
            return None
        return "future"
    if match["intent"]:
        if _LAST_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            return "past"  # "parliament last voted to extend it in March": that vote's date
        return "past" if day else "future"
    if match["plan"]:
        if _AS_PLANNED.search(text, max(0, match.start() - 20), match.start()):
            return None
        if after or _PLAN_FAILED_AFTER.match(text, match.end()):
            return "past"  # "a second handover planned for Sunday did not take place"
        return "future"
    if match["starting"]:
        return "future"
    if match["present"]:
        if match.group().endswith("effect"):
            return "future"  # "to take effect at noon on Monday", "the ban takes effect Friday"
        # "is" schedules only a weekday ("the deadline is Thursday"); of a month it mostly tells
        # a state ("prices are below a late-August record"), while "the tournament starts on
        # June 9" is a timetable. After the date a present tense tells the state at publication
        # ("the toll from the strike on Monday is 50"). After an auxiliary or "to" the form is an
        # infinitive, after a determiner a noun.
        if (
            (
                match.group() in ("is", "are")
                and (not day or _PARTICIPLE_AFTER.match(text, match.end()))
            )
            or after
            or (
                (before := _NOT_PRESENT_BEFORE.search(
                    text, max(0, match.start() - 30), match.start()
                ))
                # "a package that runs through September": "that" relative, the form a verb
                and not (before.group().startswith("that") and match.group() not in _SUBJECT_OF)
            )
            or not _present_verb(match, text)
        ):
            return None
        return "future"
    word = match["past"] or match["weak"]
    if word in _NOT_PAST or (word in ("was", "were") and _AUX_OF_PLAN.match(text, match.end())):
        return None  # "were planning to": the plan, not the auxiliary, sets the direction
    window_start = max(0, match.start() - 30)
    if (
        _FUTURE_AUX.search(text, window_start, match.start())
        or (word == "set" and _BASE_FORM_BEFORE.search(text, window_start, match.start()))
        or (
            word != "heard"
            and (could := _COULD_BE.search(text, window_start, match.start())) is not None
            and not _NEGATION.search(text, max(0, could.start() - 60), could.start())
        )
    ):
        schedule = _PAST_SCHEDULE_BE.search(text, max(0, match.start() - 45), match.start())
        if schedule and _overtaken(text, schedule["aux"], schedule["word"], match.end()):
            return "past"
        return "future"
    if _PRESENT_PASSIVE.search(text, window_start, match.start()):
        # A timetable when it names the weekday ("nominations are announced Tuesday").
        return "future" if day and adjacent else None
    if match["weak"] and (
        _ADJECTIVE_BEFORE.search(text, window_start, match.start())
        or _AFTER_BASE_VERB.search(text, window_start, match.start())
        or (word.startswith("un") and not word.startswith("under") and word not in _UN_VERBS)
    ):
        return None
    return "past"


_LAST_BEFORE = re.compile(r"\blast\s+\Z")
_PLAN_FAILED_AFTER = re.compile(
    r"[^.;!?]{0,120}?\b(?:did\s+not|didn't|failed\s+to|fell\s+through|(?:was|were)\s+"
    r"(?:called\s+off|cancell?ed|scrapped|abandoned)|never\s+(?:came|happened|materiali[sz]ed|"
    r"took\s+place|arrived|began|started))\b"
)


def _overtaken(text: str, aux: str, word: str, end: int) -> bool:
    """Whether a schedule reported in the past tense ("was due to", "had been expected to") was
    overtaken by events. In wire copy "was due to"/"was expected to" is mostly the reporter's
    backshift of a schedule still ahead ("Ekeus was expected to arrive in Baghdad Thursday" in a
    Wednesday story); "had been due to", "was supposed to" and a "but"/"postponed" later in the
    sentence say it did not hold, and "were about to" tells a moment of a past story: the date
    lies behind."""
    return (
        aux.startswith("had")
        or word in ("supposed", "about")
        or bool(_NOT_HELD_AFTER.match(text, end))
    )


def _present_verb(match: re.Match[str], text: str) -> bool:
    """Whether a present form that is also a noun or adjective is a verb here (`_SUBJECT_OF`)."""
    subject = _SUBJECT_OF.get(match.group())
    if subject is None:
        return True
    window_start = max(0, match.start() - 80)
    if not subject.search(text, window_start, match.start()):
        return False
    return match.group() != "open" or not (
        text.startswith(" fire", match.end())
        or _OPEN_AS_ADJECTIVE.search(text, window_start, match.start())
    )

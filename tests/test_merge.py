"""merge_mentions: which mentions become one event, and the fields of that event.

Mentions are built by hand (the stages before merge are tested on their own). The war is
invented: Norland invaded Veska; the sentences are wire-style reports written for these tests.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.merge import merge_mentions
from timeline.model import Event, Granularity, Interval, Mention

MAY_5 = date(2023, 5, 5)


def day(value: date) -> Interval:
    return Interval(value, value, "day")


def mention(
    sentence: str,
    interval: Interval | None = None,
    *,
    path: str = "a.txt",
    published: date | None = MAY_5,
    start: int = 0,
    record: int | None = None,
) -> Mention:
    return Mention(
        path=path,
        title="",
        published=published,
        sentence=sentence,
        expression=None if interval is None else "on Friday",
        value=None if interval is None else interval.start.isoformat(),
        interval=interval,
        rule=None if interval is None else "test",
        anchor=published,
        explanation="",
        attribution=None,
        sentence_start=start,
        record=record,
    )


def groups(events: tuple[Event, ...]) -> list[set[str]]:
    return sorted(({m.path for m in e.mentions} for e in events), key=sorted)


# Two outlets reporting one event, worded differently.
SAME_EVENT = [
    (
        "A Norland missile struck a hospital in Tesna on Friday, killing six patients, "
        "the regional governor said.",
        "Six patients were killed when a Norland missile hit a hospital in Tesna on Friday, "
        "the governor said.",
    ),
    (
        "Veska said on Friday it had shot down 31 of 34 drones launched by Norland overnight.",
        "Veska's air defences shot down 31 of the 34 Norland drones launched overnight, "
        "the air force said on Friday.",
    ),
    (
        "Norland and Veska swapped 120 prisoners of war on Friday in an exchange brokered by "
        "the Gulf states.",
        "In an exchange brokered by Gulf states, Norland and Veska swapped 120 prisoners of war "
        "on Friday.",
    ),
    (
        "Grey Wolf chief Anton Brask said on Friday his fighters would leave Draven on May 10 "
        "because of a lack of ammunition.",
        "Anton Brask said his Grey Wolf fighters would leave Draven on May 10, blaming a lack of "
        "ammunition.",
    ),
    # "seized" and "took": one act; the dates ("early Monday", "yesterday") are not words.
    (
        "Rebel fighters seized the Harsk bridge on the road to Tesna early Monday, cutting the "
        "city off from the capital.",
        "Rebels took the Harsk bridge, Tesna's only road link with the capital, yesterday.",
    ),
    (
        "Veska's army said on Friday that its troops had retaken the village of Olm after two "
        "days of fighting.",
        "Veska said its forces recaptured Olm on Friday, ending a two-day battle for the village.",
    ),
]

# Different events of one day that share actors and places.
DIFFERENT_EVENTS = [
    (
        "A Norland missile struck a hospital in Tesna on Friday, killing six patients.",
        "Norland's defence ministry said on Friday its troops had captured a village near Tesna.",
    ),
    (
        "Anton Brask said on Friday his fighters would leave Draven on May 10.",
        "Norland's defence ministry accused Anton Brask on Friday of exaggerating his losses.",
    ),
    (
        "Veska President Lena Marek met European Union leaders in Brussels on Friday.",
        "Veska's foreign minister called on Friday for new European Union sanctions on Norland.",
    ),
    (
        # Every word of the short sentence is in the long one: token_set_ratio alone says 1.0.
        "Veska shot down drones over Halden.",
        "Norland drones hit a power station near Miren on Friday after Veska shot down six "
        "missiles over Halden and Tesna.",
    ),
    # A claim and its denial: the same place and act, two pieces of news.
    (
        "Norland's defence ministry said on Friday its troops had captured the village of Olm.",
        "Veska's army rejected on Friday Norland's claim to have captured Olm.",
    ),
]


@pytest.mark.parametrize(("first", "second"), SAME_EVENT)
def test_two_reports_of_one_event_merge(first: str, second: str) -> None:
    events = merge_mentions(
        [mention(first, day(MAY_5), path="a.txt"), mention(second, day(MAY_5), path="b.txt")]
    )
    assert groups(events) == [{"a.txt", "b.txt"}]


@pytest.mark.parametrize(("first", "second"), DIFFERENT_EVENTS)
def test_different_events_of_one_day_stay_apart(first: str, second: str) -> None:
    events = merge_mentions(
        [mention(first, day(MAY_5), path="a.txt"), mention(second, day(MAY_5), path="b.txt")]
    )
    assert groups(events) == [{"a.txt"}, {"b.txt"}]


STRIKE = SAME_EVENT[0][0]
STRIKE_REWORDED = SAME_EVENT[0][1]
# Alike enough to merge across articles, not so alike as to be one sentence repeated.
DRONES, DRONES_REWORDED = SAME_EVENT[1]


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        # Disjoint dates: never one event, however alike the text.
        (day(MAY_5), day(MAY_5 + timedelta(days=1)), False),
        (Interval(date(2023, 5, 1), date(2023, 5, 4), "range"), day(MAY_5), False),
        # Undated never merges with dated.
        (None, day(MAY_5), False),
        (day(MAY_5), None, False),
        # Compatible intervals.
        (Interval(date(2023, 5, 1), date(2023, 5, 11), "range"), day(MAY_5), True),
        (Interval(date(2023, 5, 1), date(2023, 5, 31), "month"), day(MAY_5), True),
    ],
)
def test_intervals_must_overlap(
    first: Interval | None, second: Interval | None, merged: bool
) -> None:
    events = merge_mentions(
        [mention(STRIKE, first, path="a.txt"), mention(STRIKE_REWORDED, second, path="b.txt")]
    )
    assert len(events) == (1 if merged else 2)


@pytest.mark.parametrize(
    ("intervals", "expected"),
    [
        # "earlier this month" in an 11 May article + "on Friday" in a 5 May article.
        (
            [Interval(date(2023, 5, 1), date(2023, 5, 11), "range"), day(MAY_5)],
            Interval(MAY_5, MAY_5, "day"),
        ),
        # "this week" + "this month": the week.
        (
            [
                Interval(date(2023, 5, 1), date(2023, 5, 7), "week"),
                Interval(date(2023, 5, 1), date(2023, 5, 31), "month"),
            ],
            Interval(date(2023, 5, 1), date(2023, 5, 7), "week"),
        ),
        # Two ranges overlapping in part: a range.
        (
            [
                Interval(date(2023, 5, 1), date(2023, 5, 11), "range"),
                Interval(date(2023, 5, 5), date(2023, 5, 20), "range"),
            ],
            Interval(date(2023, 5, 5), date(2023, 5, 11), "range"),
        ),
        # "over the past week" (29 Apr - 5 May) + "this week" (1-7 May): 1-5 May is no unit.
        (
            [
                Interval(date(2023, 4, 29), date(2023, 5, 5), "range"),
                Interval(date(2023, 5, 1), date(2023, 5, 7), "week"),
            ],
            Interval(date(2023, 5, 1), date(2023, 5, 5), "range"),
        ),
        # Two ranges whose common days are exactly one calendar month.
        (
            [
                Interval(date(2023, 4, 1), date(2023, 5, 31), "range"),
                Interval(date(2023, 5, 1), date(2023, 6, 30), "range"),
            ],
            Interval(date(2023, 5, 1), date(2023, 5, 31), "month"),
        ),
        # Ranges meeting on one day: a day.
        (
            [
                Interval(date(2023, 5, 1), date(2023, 5, 5), "range"),
                Interval(date(2023, 5, 5), date(2023, 5, 9), "range"),
            ],
            Interval(MAY_5, MAY_5, "day"),
        ),
        # "this year" + "the first quarter".
        (
            [
                Interval(date(2023, 1, 1), date(2023, 12, 31), "year"),
                Interval(date(2023, 1, 1), date(2023, 3, 31), "quarter"),
            ],
            Interval(date(2023, 1, 1), date(2023, 3, 31), "quarter"),
        ),
        # Same days, two labels: the calendar unit wins over "range".
        (
            [
                Interval(date(2023, 5, 1), date(2023, 5, 7), "range"),
                Interval(date(2023, 5, 1), date(2023, 5, 7), "week"),
            ],
            Interval(date(2023, 5, 1), date(2023, 5, 7), "week"),
        ),
    ],
)
def test_event_interval_is_the_intersection(intervals: list[Interval], expected: Interval) -> None:
    sentences = [STRIKE, STRIKE_REWORDED]
    events = merge_mentions(
        [
            mention(sentence, interval, path=f"{n}.txt")
            for n, (sentence, interval) in enumerate(zip(sentences, intervals, strict=True))
        ]
    )
    assert [event.interval for event in events] == [expected]


# Who and where, but no act in common: enough when both name one day, not for a month.
COUNCIL = "Veska President Lena Marek met the Halden city council on Friday."
COUNCIL_REWORDED = (
    "Lena Marek spoke to councillors in Halden on Friday about rebuilding the port and the grain "
    "terminals."
)
MAY = Interval(date(2023, 5, 1), date(2023, 5, 31), "month")


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        (day(MAY_5), day(MAY_5), True),
        (MAY, day(MAY_5), False),
        (day(MAY_5), MAY, False),
        (MAY, MAY, False),
    ],
)
def test_a_single_day_named_by_both_needs_less_evidence(
    first: Interval, second: Interval, merged: bool
) -> None:
    events = merge_mentions(
        [mention(COUNCIL, first, path="a.txt"), mention(COUNCIL_REWORDED, second, path="b.txt")]
    )
    assert len(events) == (1 if merged else 2)


# Two articles about one threat (the acceptance example, retold in this test's war): the
# later one dates it "earlier this month", the earlier one reports it on the day. They share only
# who (Brask) and what (withdraw), which is enough; the later article also reports withdrawals
# denied by the ministry, a different event that must not take the report's place.
THREAT = (
    "Brask's feud with the army escalated earlier this month when he threatened to withdraw his "
    "fighters from Draven ahead of the May 9 parade."
)
STATEMENT = (
    "Grey Wolf founder Anton Brask said in a statement on Friday that a lack of shells was the "
    "reason for the withdrawal."
)
MINISTRY = (
    "Norland's defence ministry has acknowledged some withdrawals near Draven over the past week "
    "but denies Brask's claims that the flanks are collapsing."
)


def test_a_day_report_joins_the_earlier_this_month_report_of_the_same_threat() -> None:
    events = merge_mentions(
        [
            mention(
                THREAT,
                Interval(date(2023, 5, 1), date(2023, 5, 11), "range"),
                path="late.txt",
                published=date(2023, 5, 11),
                start=0,
            ),
            mention(
                MINISTRY,
                Interval(MAY_5, date(2023, 5, 11), "range"),
                path="late.txt",
                published=date(2023, 5, 11),
                start=400,
            ),
            mention(STATEMENT, day(MAY_5), path="early.txt", published=MAY_5),
        ]
    )
    merged = [event for event in events if len(event.mentions) > 1]
    assert [sorted(m.sentence for m in event.mentions) for event in merged] == [
        sorted([THREAT, STATEMENT])
    ]
    assert merged[0].interval == day(MAY_5)


WEEK_20 = Interval(date(2023, 5, 15), date(2023, 5, 21), "week")
MAY_20 = date(2023, 5, 20)
TALKS = (
    "Gulf mediators said on Thursday that they had invited Norland and Veska to talks next week "
    "on a local ceasefire around Tesna."
)
PUMP_STRIKE = (
    "Norland drones struck a water pumping station in Tesna on Saturday, Veska said, in the "
    "worst breach yet of the week-old ceasefire."
)
PUMP_STRIKE_LATER = (
    "Veska said the decision followed the drone strike on the Tesna pumping station late "
    "Saturday and called on the mediators to say who had broken the ceasefire."
)
# Over a week, a report of units pulling back with no name in common with a day's report of
# units falling back: the week may hold other withdrawals.
PULLBACK_WEEK = (
    "The ministry has admitted that some army units pulled back from positions around Tesna over "
    "the past week, but insists the line is holding."
)
FALLBACK_DAY = (
    "In a voice message released Thursday, Brask said regular army units had fallen back 800 "
    "metres from the edge of the town, leaving his fighters exposed."
)


@pytest.mark.parametrize(
    ("wide", "wide_interval", "day_sentences", "day_value"),
    [
        (TALKS, WEEK_20, [PUMP_STRIKE, PUMP_STRIKE_LATER], MAY_20),
        (TALKS, MAY, [PUMP_STRIKE, PUMP_STRIKE_LATER], MAY_20),
        (
            PULLBACK_WEEK,
            Interval(date(2023, 4, 29), MAY_5, "range"),
            [FALLBACK_DAY],
            date(2023, 5, 4),
        ),
    ],
)
def test_a_wider_date_joins_a_day_only_on_the_same_act_and_a_shared_name(
    wide: str, wide_interval: Interval, day_sentences: list[str], day_value: date
) -> None:
    events = merge_mentions(
        [
            mention(wide, wide_interval, path="wide.txt"),
            *(
                mention(text, day(day_value), path=f"day{n}.txt")
                for n, text in enumerate(day_sentences)
            ),
        ]
    )
    assert {"wide.txt"} in groups(events)
    assert {f"day{n}.txt" for n in range(len(day_sentences))} in groups(events)


# One wire template, many strikes: a different town is a different event (and the weekday
# names its date, so the sentences differ only in the town and the day).
DEPOT_TEMPLATE = "Drones struck a fuel depot in {town} on {weekday}, officials said."
TOWN_NAMES = [
    head + tail
    for head in ("Vel", "Or", "Tes", "Mar", "Kor", "Bran", "Dun", "Ish", "Lor", "Pen")
    for tail in ("na", "lik", "ova", "ask", "ino", "ret", "um")
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def depot_strikes(places: list[tuple[str, date]]) -> list[Mention]:
    return [
        mention(
            DEPOT_TEMPLATE.format(town=town, weekday=WEEKDAYS[when.weekday()]),
            day(when),
            path=f"{n:03d}-{town}-{when.isoformat()}.txt",
            published=when + timedelta(days=1),
        )
        for n, (town, when) in enumerate(places)
    ]


def assert_one_event_per_town_and_day(events: tuple[Event, ...]) -> None:
    keys = [{tuple(m.path.split("-", 1)[1].split("-", 1)) for m in e.mentions} for e in events]
    assert all(len(key) == 1 for key in keys)
    assert len({next(iter(key)) for key in keys}) == len(keys)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_one_template_in_300_articles_gives_one_event_per_town_and_day(seed: int) -> None:
    rng = random.Random(seed)
    places = [
        (rng.choice(TOWN_NAMES[:40]), date(2023, 5, 1) + timedelta(days=rng.randrange(14)))
        for _ in range(300)
    ]
    events = merge_mentions(depot_strikes(places))
    assert_one_event_per_town_and_day(events)
    assert len(events) == len(set(places))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(TOWN_NAMES), st.dates(date(2023, 5, 1), date(2023, 5, 7))),
        min_size=1,
        max_size=30,
    )
)
def test_depot_strikes_merge_exactly_by_town_and_day(places: list[tuple[str, date]]) -> None:
    events = merge_mentions(depot_strikes(places))
    assert_one_event_per_town_and_day(events)
    assert len(events) == len(set(places))


def test_a_mention_that_would_empty_the_intersection_does_not_join() -> None:
    # "earlier this month" fits both the 5 May and the 9 May report, which do not fit each other.
    events = merge_mentions(
        [
            mention(STRIKE, Interval(date(2023, 5, 1), date(2023, 5, 11), "range"), path="a.txt"),
            mention(STRIKE_REWORDED, day(MAY_5), path="b.txt"),
            mention(STRIKE, day(date(2023, 5, 9)), path="c.txt"),
        ]
    )
    assert len(events) == 2
    for event in events:
        assert event.interval is not None
        for m in event.mentions:
            assert m.interval is not None
            assert m.interval.start <= event.interval.start <= event.interval.end <= m.interval.end


def test_a_report_republished_by_many_outlets_stays_one_event() -> None:
    # More copies than the look-up keeps per term: each copy must still find the latest ones.
    outlets = [f"outlet{n:03}.txt" for n in range(150)]
    events = merge_mentions([mention(STRIKE, day(MAY_5), path=path) for path in outlets])
    assert [len(event.mentions) for event in events] == [150]


def test_two_sentences_of_one_article_stay_apart() -> None:
    events = merge_mentions(
        [
            mention(DRONES, day(MAY_5), path="a.txt", start=0),
            mention(DRONES_REWORDED, day(MAY_5), path="a.txt", start=200),
        ]
    )
    assert len(events) == 2
    # The same two sentences in two articles do merge.
    assert (
        len(merge_mentions([replace(events[0].mentions[0], path="b.txt"), *events[1].mentions]))
        == 1
    )


def test_a_repeated_sentence_of_one_article_merges() -> None:
    events = merge_mentions(
        [
            mention(STRIKE, day(MAY_5), path="a.txt", start=0),
            mention(STRIKE, day(MAY_5), path="a.txt", start=900),
        ]
    )
    assert len(events) == 1


def test_records_of_one_file_are_different_articles() -> None:
    events = merge_mentions(
        [
            mention(STRIKE, day(MAY_5), path="feed.jsonl", record=1),
            mention(STRIKE_REWORDED, day(MAY_5), path="feed.jsonl", record=2),
        ]
    )
    assert len(events) == 1


def test_one_article_cannot_join_twice_through_other_reports() -> None:
    # b.txt is like both sentences of a.txt; a.txt's two sentences must not end in one event.
    events = merge_mentions(
        [
            mention(DRONES, day(MAY_5), path="a.txt", start=0),
            mention(DRONES_REWORDED, day(MAY_5), path="a.txt", start=300),
            mention(DRONES, day(MAY_5), path="b.txt"),
        ]
    )
    assert sorted(len(event.mentions) for event in events) == [1, 2]
    for event in events:
        starts = [m.sentence_start for m in event.mentions if m.path == "a.txt"]
        assert len(starts) <= 1


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        (STRIKE, STRIKE, True),
        (STRIKE, STRIKE.replace("the regional governor said", "the governor said"), True),
        (DRONES, DRONES_REWORDED, False),  # same event for a reader, but nothing dates it
    ],
)
def test_undated_mentions_merge_only_when_nearly_identical(
    first: str, second: str, merged: bool
) -> None:
    events = merge_mentions(
        [
            mention(first, None, path="a.txt", published=None),
            mention(second, None, path="b.txt", published=None),
        ]
    )
    assert len(events) == (1 if merged else 2)
    assert all(event.interval is None for event in events)


ARTICLES = [
    mention(STRIKE, day(MAY_5), path="wire/tesna.txt", published=MAY_5, start=10),
    mention(STRIKE_REWORDED, day(MAY_5), path="daily/hospital.txt", published=MAY_5, start=0),
    mention(SAME_EVENT[1][0], day(MAY_5), path="wire/drones.txt", published=MAY_5, start=0),
    mention(SAME_EVENT[2][0], day(date(2023, 5, 3)), path="wire/swap.txt", start=40),
    mention(DIFFERENT_EVENTS[2][0], None, path="undated.txt", published=None, start=7),
]


def ids_by_first_mention(events: tuple[Event, ...]) -> dict[tuple[str, int], str]:
    return {(e.mentions[0].path, e.mentions[0].sentence_start): e.id for e in events}


def test_ids_look_like_e_and_hex_and_are_unique() -> None:
    events = merge_mentions(ARTICLES)
    assert all(re.fullmatch(r"e[0-9a-f]{12}", event.id) for event in events)
    assert len({event.id for event in events}) == len(events)


@pytest.mark.parametrize(
    "added",
    [
        # An unrelated article.
        [mention(DIFFERENT_EVENTS[3][1], day(MAY_5), path="z.txt", published=date(2023, 5, 6))],
        # A later report of an existing event: it joins without renaming the event.
        [mention(STRIKE, day(MAY_5), path="late.txt", published=date(2023, 5, 8))],
        # An article published earlier about another day.
        [
            mention(
                SAME_EVENT[3][0], day(date(2023, 4, 28)), path="0.txt", published=date(2023, 4, 28)
            )
        ],
    ],
)
def test_adding_an_article_renames_no_event(added: list[Mention]) -> None:
    before = ids_by_first_mention(merge_mentions(ARTICLES))
    after = ids_by_first_mention(merge_mentions([*ARTICLES, *added]))
    assert {key: after[key] for key in before} == before


def test_ids_do_not_depend_on_where_the_folder_lies() -> None:
    def moved(prefix: str) -> list[Mention]:
        return [replace(m, path=prefix + m.path) for m in ARTICLES]

    here = [event.id for event in merge_mentions(moved("news/"))]
    elsewhere = [event.id for event in merge_mentions(moved("/home/analyst/cases/war/news/"))]
    assert here == elsewhere


def test_a_later_report_joins_the_existing_event() -> None:
    late = mention(STRIKE, day(MAY_5), path="late.txt", published=date(2023, 5, 8))
    before = {e.id: len(e.mentions) for e in merge_mentions(ARTICLES)}
    after = {e.id: len(e.mentions) for e in merge_mentions([*ARTICLES, late])}
    assert after.keys() == before.keys()
    assert sum(after.values()) == sum(before.values()) + 1


def test_events_are_chronological_with_undated_last() -> None:
    events = merge_mentions(ARTICLES)
    assert [e.interval.start if e.interval else None for e in events] == [
        date(2023, 5, 3),
        MAY_5,
        MAY_5,
        None,
    ]
    same_day = [e for e in events if e.interval and e.interval.start == MAY_5]
    assert [e.id for e in same_day] == sorted(e.id for e in same_day)


def test_mentions_are_ordered_by_published_path_and_offset() -> None:
    reports = [
        mention(STRIKE, day(MAY_5), path="b.txt", published=date(2023, 5, 6), start=50),
        mention(STRIKE_REWORDED, day(MAY_5), path="c.txt", published=MAY_5, start=0),
        mention(STRIKE, day(MAY_5), path="a.txt", published=date(2023, 5, 6), start=80),
        mention(STRIKE_REWORDED, day(MAY_5), path="d.txt", published=None, start=0),
    ]
    (event,) = merge_mentions(reports)
    assert [m.path for m in event.mentions] == ["c.txt", "a.txt", "b.txt", "d.txt"]


def test_summary_prefers_a_day_level_report_from_a_dated_article() -> None:
    short_but_vague = "Six patients died in a missile strike on a Tesna hospital this week."
    events = merge_mentions(
        [
            mention(
                short_but_vague,
                Interval(date(2023, 5, 1), date(2023, 5, 7), "week"),
                path="a.txt",
            ),
            mention(STRIKE, day(MAY_5), path="b.txt", published=None),
            mention(STRIKE_REWORDED, day(MAY_5), path="c.txt"),
        ]
    )
    assert [e.summary for e in events if len(e.mentions) > 1] == [STRIKE_REWORDED]


def test_summary_prefers_a_complete_sentence_over_a_shorter_fragment() -> None:
    fragment = "A Norland missile struck a hospital in Tesna on Friday, killing six patients, and"
    events = merge_mentions(
        [mention(fragment, day(MAY_5), path="a.txt"), mention(STRIKE, day(MAY_5), path="b.txt")]
    )
    assert [e.summary for e in events] == [STRIKE]


def test_summary_is_trimmed_at_a_word() -> None:
    long_sentence = (
        "Brask said in a statement on Friday that his fighters would leave Draven "
        + "and its ruined suburbs " * 12
        + "within days."
    )
    (event,) = merge_mentions([mention(long_sentence, day(MAY_5))])
    assert event.summary.endswith("…")
    assert len(event.summary) <= 200
    assert long_sentence.startswith(event.summary[:-1])
    assert long_sentence[len(event.summary) - 1] == " "  # cut before a space, not inside a word
    assert event.summary[-2] != " "


def test_merge_reason_names_the_overlap_shared_terms_and_similarity() -> None:
    events = merge_mentions(
        [
            mention(STRIKE, Interval(date(2023, 5, 1), date(2023, 5, 11), "range"), path="a"),
            mention(STRIKE_REWORDED, day(MAY_5), path="b"),
        ]
    )
    (event,) = events
    assert re.fullmatch(
        r"2 mentions: intervals overlap on 2023-05-05; shared terms [^;]*\bTesna\b[^;]*; "
        r"similarity 0\.\d\d",
        event.merge_reason,
    ), event.merge_reason
    (single,) = merge_mentions([mention(STRIKE, day(MAY_5))])
    assert single.merge_reason == "1 mention: no other report matched"


def test_no_mentions_no_events() -> None:
    assert merge_mentions([]) == ()


# Properties. Sentences come from a small pool so that merges actually happen.
POOL = [text for pair in SAME_EVENT + DIFFERENT_EVENTS for text in pair]
GRANULARITIES: list[Granularity] = ["day", "week", "month", "range"]


@st.composite
def mentions(draw: st.DrawFn) -> Mention:
    dated = draw(st.booleans())
    interval = None
    if dated:
        start = date(2023, 5, 1) + timedelta(days=draw(st.integers(0, 20)))
        length = draw(st.integers(0, 10))
        interval = Interval(
            start, start + timedelta(days=length), draw(st.sampled_from(GRANULARITIES))
        )
    published = draw(st.one_of(st.none(), st.dates(date(2023, 5, 1), date(2023, 5, 31))))
    return mention(
        draw(st.sampled_from(POOL)),
        interval,
        path=draw(st.sampled_from(["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"])),
        published=published,
        start=draw(st.integers(0, 5)) * 100,
        record=draw(st.one_of(st.none(), st.integers(1, 2))),
    )


MENTION_LISTS = st.lists(mentions(), max_size=25)


@settings(max_examples=150, deadline=None)
@given(MENTION_LISTS)
def test_every_mention_lands_in_exactly_one_event(given_mentions: list[Mention]) -> None:
    events = merge_mentions(given_mentions)
    placed = [m for event in events for m in event.mentions]
    assert sorted(map(repr, placed)) == sorted(map(repr, given_mentions))
    assert all(event.mentions for event in events)
    assert len({event.id for event in events}) == len(events)


@settings(max_examples=150, deadline=None)
@given(MENTION_LISTS)
def test_events_are_chronological(given_mentions: list[Mention]) -> None:
    events = merge_mentions(given_mentions)
    keys = [(e.interval is None, e.interval.start if e.interval else None, e.id) for e in events]
    dated = [(e.interval.start, e.interval.end, e.id) for e in events if e.interval]
    assert dated == sorted(dated)
    undated_seen = False
    for undated, _, _ in keys:
        assert undated or not undated_seen
        undated_seen = undated_seen or undated


@settings(max_examples=150, deadline=None)
@given(MENTION_LISTS, st.randoms(use_true_random=False))
def test_output_depends_only_on_the_input_set(
    given_mentions: list[Mention], shuffler: random.Random
) -> None:
    shuffled = list(given_mentions)
    shuffler.shuffle(shuffled)
    assert merge_mentions(shuffled) == merge_mentions(given_mentions)


@settings(max_examples=150, deadline=None)
@given(MENTION_LISTS)
def test_no_event_holds_disjoint_intervals(given_mentions: list[Mention]) -> None:
    for event in merge_mentions(given_mentions):
        intervals = [m.interval for m in event.mentions]
        if event.interval is None:
            assert intervals == [None] * len(intervals)
            continue
        assert None not in intervals
        assert event.interval.start == max(i.start for i in intervals if i)
        assert event.interval.end == min(i.end for i in intervals if i)
        assert event.interval.start <= event.interval.end
        assert "\n" not in event.summary and event.summary

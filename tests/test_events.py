"""Which date governs a sentence's event, and who says so. Timex values are built by hand."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.events import extract_mentions
from timeline.model import (
    Article,
    Granularity,
    Interval,
    Mention,
    PublicationDate,
    Timex,
    TimexType,
)
from timeline.segment import split_sentences
from timeline.temporal import tag

FRIDAY = date(2023, 5, 5)  # publication date of the fixtures unless stated


@dataclass(frozen=True)
class Spec:
    """A hand-built temporal expression: found in the fixture text by its words."""

    expression: str
    value: str
    interval: Interval | None
    type: TimexType = "DATE"
    signal: str | None = None
    absolute: bool = False  # given in full ("in 1961"): no anchor


def full(expression: str, value: str, start: date, end: date, gran: Granularity) -> Spec:
    """An expression that carries its own year, resolved without the publication date."""
    return Spec(expression, value, Interval(start, end, gran), absolute=True)


def day(expression: str, when: date, signal: str | None = "on") -> Spec:
    return Spec(expression, when.isoformat(), Interval(when, when, "day"), signal=signal)


def span(expression: str, value: str, start: date, end: date, gran: Granularity = "range") -> Spec:
    return Spec(expression, value, Interval(start, end, gran))


def duration(expression: str, value: str, interval: Interval | None = None) -> Spec:
    return Spec(expression, value, interval, type="DURATION")


def unresolved(expression: str, value: str) -> Spec:
    return Spec(expression, value, None)


def weekday(name: str, signal: str | None = "on") -> Spec:
    """A weekday in the Friday 2023-05-05 article, most recent on or before it."""
    index = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"].index(name)
    return day(name, FRIDAY - timedelta(days=4 - index), signal)


def build(text: str, specs: list[Spec], published: date | None = FRIDAY) -> list[Timex]:
    timexes = []
    cursor = 0
    for spec in specs:
        start = text.index(spec.expression, cursor)
        cursor = start + len(spec.expression)
        timexes.append(
            Timex(
                start=start,
                end=cursor,
                text=spec.expression,
                type=spec.type,
                value=spec.value,
                rule="fixture",
                anchor=published if "X" not in spec.value and not spec.absolute else None,
                anchor_kind="publication" if published else "none",
                interval=spec.interval,
                signal=spec.signal,
                explanation=f"fixture value {spec.value}",
            )
        )
    return timexes


def article(text: str, published: date | None = FRIDAY) -> Article:
    return Article(
        path="news/kherson.txt",
        title="Strikes on Kherson",
        text=text,
        body=text,
        published=PublicationDate(published, "header", "date") if published else None,
        format="txt",
        record=None,
    )


def extract(text: str, specs: list[Spec], published: date | None = FRIDAY) -> tuple[Mention, ...]:
    return extract_mentions(
        article(text, published), split_sentences(text), build(text, specs, published)
    )


def governing(text: str, specs: list[Spec], published: date | None = FRIDAY) -> str | None:
    mentions = extract(text, specs, published)
    assert len(mentions) <= 1
    return mentions[0].expression if mentions else None


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        (
            "Russian forces shelled Kherson on Wednesday, killing two people.",
            [weekday("Wednesday")],
            "Wednesday",
        ),
        (
            "Earlier on Friday, Prigozhin published a video of his fighters.",
            [weekday("Friday")],
            "Friday",
        ),
        (
            "The army has acknowledged some withdrawals near Bakhmut over the past week.",
            [duration("the past week", "P1W", Interval(date(2023, 4, 29), FRIDAY, "range"))],
            "the past week",
        ),
        (
            "Fighting around Vuhledar intensified earlier this month.",
            [span("earlier this month", "2023-05", date(2023, 5, 1), FRIDAY)],
            "earlier this month",
        ),
        (
            "Ahead of Tuesday's vote, lawmakers met in Kyiv on Monday.",
            [day("Tuesday", date(2023, 5, 9), "ahead of"), weekday("Monday")],
            "Monday",
        ),
        (
            "Ministers met on Tuesday to prepare the summit on May 9.",
            [weekday("Tuesday"), day("May 9", date(2023, 5, 9))],
            "Tuesday",
        ),
        ("Troops have advanced steadily since Monday.", [weekday("Monday", "since")], "Monday"),
        (
            "Wagner has fought around Bakhmut for three years.",
            [duration("three years", "P3Y")],
            None,
        ),
        ("Russia now controls most of the city.", [Spec("now", "PRESENT_REF", None)], None),
        ("Shelling has recently grown heavier.", [Spec("recently", "PAST_REF", None)], None),
        (
            "Patrols set out every Friday from the base.",
            [Spec("every Friday", "XXXX-WXX-5", None, type="SET")],
            None,
        ),
        (
            "A new volunteer brigade was founded on Wednesday in Kharkiv.",
            [weekday("Wednesday")],
            "Wednesday",
        ),
        (
            "Ukrainians marked the anniversary of the invasion on Friday.",
            [weekday("Friday")],
            "Friday",
        ),
        (
            "After talks on Monday, the ministers signed a deal on Tuesday.",
            [weekday("Monday"), weekday("Tuesday")],
            "Tuesday",
        ),
        (
            "After talks on Monday, the ministers signed a deal.",
            [weekday("Monday")],
            "Monday",
        ),
        (
            "The drone strike (first reported on Monday) hit a depot on Wednesday.",
            [weekday("Monday"), weekday("Wednesday")],
            "Wednesday",
        ),
        (
            "But Thursday's decision made it clear the family had two weeks left.",
            [weekday("Thursday", None)],
            "Thursday",
        ),
        (
            "Friday's strike killed four people at a bus stop.",
            [weekday("Friday", None)],
            "Friday",
        ),
        (
            "KYIV, May 5 (Reuters) - Drones struck the capital overnight.",
            [day("May 5", FRIDAY, None)],
            None,
        ),
    ],
)
def test_which_expression_governs(text: str, specs: list[Spec], expected: str | None) -> None:
    assert governing(text, specs) == expected


@pytest.mark.parametrize(
    ("text", "specs"),
    [
        (
            "Kyiv wants the jets delivered by the end of the month.",
            [span("the end of the month", "2023-05", date(2023, 5, 21), date(2023, 5, 31))],
        ),
        (
            "The brigade must hold the line until Sunday.",
            [day("Sunday", date(2023, 5, 7), "until")],
        ),
        (
            "Allies pledged shells before the summer offensive in June.",
            [span("June", "2023-06", date(2023, 6, 1), date(2023, 6, 30), "month")],
        ),
        (
            "Moscow gave the garrison no later than May 20 to surrender.",
            [day("May 20", date(2023, 5, 20), None)],
        ),
        (
            "Strikes rose in the run-up to May 9 celebrations.",
            [day("May 9", date(2023, 5, 9), None)],
        ),
        (
            "Kyiv marked the first anniversary of the invasion on Feb. 24, 2023.",
            [full("Feb. 24, 2023", "2023-02-24", date(2023, 2, 24), date(2023, 2, 24), "day")],
        ),
        (
            "Wagner, founded in 2014, moved into Mali.",
            [full("2014", "2014", date(2014, 1, 1), date(2014, 12, 31), "year")],
        ),
        (
            "Its commander, born in 1961, was a paratrooper.",
            [full("1961", "1961", date(1961, 1, 1), date(1961, 12, 31), "year")],
        ),
    ],
)
def test_deadlines_purposes_and_background_dates_never_date_the_event(
    text: str, specs: list[Spec]
) -> None:
    assert governing(text, specs) is None


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        (
            "The ministry said on Friday that the strike happened on Wednesday.",
            [weekday("Friday"), weekday("Wednesday")],
            "Wednesday",
        ),
        (
            "On Friday, the ministry said that the depot was hit on Wednesday.",
            [weekday("Friday"), weekday("Wednesday")],
            "Wednesday",
        ),
        (
            "Prigozhin said in a statement on Friday that the lack of ammunition was the reason.",
            [weekday("Friday")],
            "Friday",
        ),
        (
            "Prigozhin said in a voice message Thursday that units had pulled back.",
            [weekday("Thursday", None)],
            "Thursday",
        ),
        (
            "Russian forces struck Odesa on Wednesday, the governor said on Thursday.",
            [weekday("Wednesday"), weekday("Thursday")],
            "Wednesday",
        ),
        (
            "Russia's defence ministry said on Thursday its forces had taken Krasna Hora.",
            [weekday("Thursday")],
            "Thursday",
        ),
        (
            "The ministry said troops repelled an attack near Avdiivka on Wednesday.",
            [weekday("Wednesday")],
            "Wednesday",
        ),
        (
            "Peskov told reporters on Friday that talks could resume next week.",
            [
                weekday("Friday"),
                span("next week", "2023-W19", date(2023, 5, 8), date(2023, 5, 14), "week"),
            ],
            "next week",
        ),
        (
            "The ministry said on Friday that troops would withdraw by Sunday.",
            [weekday("Friday"), day("Sunday", date(2023, 5, 7), "by")],
            "Friday",
        ),
        (
            '"We took the school on Monday," the commander said.',
            [weekday("Monday")],
            None,
        ),
        (
            '"We took the school on Monday," the commander said on Wednesday.',
            [weekday("Monday"), weekday("Wednesday")],
            "Wednesday",
        ),
        (
            "Kyiv denied on Thursday that its troops had left Bakhmut in April.",
            [
                weekday("Thursday"),
                span("April", "2023-04", date(2023, 4, 1), date(2023, 4, 30), "month"),
            ],
            "April",
        ),
    ],
)
def test_reported_event_date_wins_over_report_date(
    text: str, specs: list[Spec], expected: str | None
) -> None:
    assert governing(text, specs) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prigozhin said on Friday that his men would leave.", "Prigozhin"),
        (
            "Kremlin spokesman Dmitry Peskov told reporters on Friday that talks had stalled.",
            "Kremlin spokesman Dmitry Peskov",
        ),
        (
            "The Russian defence ministry said on Friday that it hit a depot.",
            "the Russian defence ministry",
        ),
        ("Drones hit two districts of Kyiv on Friday, according to Reuters.", "Reuters"),
        ("Drones hit two districts of Kyiv on Friday, the city's mayor said.", "the city's mayor"),
        ("Ukraine's air force said it shot down 18 drones on Friday.", "Ukraine's air force"),
        ("The Kremlin on Friday accused Kyiv of staging the attack.", "the Kremlin"),
        ("Moscow denied on Friday that its troops had withdrawn.", "Moscow"),
        ("The general staff has also claimed a breakthrough on Friday.", "the general staff"),
        (
            '"The front is holding," said Oleh Marchenko, a battalion commander, on Friday.',
            "Oleh Marchenko",
        ),
        (
            "Kopp's stepmother, who married his father in 1980, said on Friday that she hoped "
            "he would surrender.",
            "Kopp's stepmother",
        ),
        ("``We are leaving,'' spokesman Serge Hale said on Friday.", "spokesman Serge Hale"),
        ("Local officials said on Friday that the bridge was hit.", "local officials"),
        ("The alleged plot was uncovered on Friday.", None),
        ("Police arrested the accused gunman on Friday.", None),
        ("Profits rose on Friday, even though claims from the storm grew.", None),
        ("The strike on Friday was confirmed by U.S. Central Command.", None),
        (
            "Two drones were downed on Friday, according to U.S. Central Command.",
            "U.S. Central Command",
        ),
        (
            "In a tirade on Friday, the mogul stood among what he claimed were his dead men.",
            None,
        ),
        ("Russia and Ukraine said on Friday that the talks had failed.", "Russia and Ukraine"),
        (
            "As pressure built, officials of the Immigration and Naturalization Service said on "
            "Friday that no raid was planned.",
            "officials of the Immigration and Naturalization Service",
        ),
        ("Troops advanced and officials said on Friday that the town fell.", "officials"),
        (
            "The convoy may arrive on Friday, according to unconfirmed media reports.",
            "unconfirmed media reports",
        ),
        ("According to press reports, the convoy arrived on Friday.", "press reports"),
        ("Troops regrouped and said on Friday that they would hold.", None),
        (
            "A spokesman for the General Staff, Colonel Ardis Feln, said on Friday that the depot "
            "was a fair target.",
            "Colonel Ardis Feln",
        ),
        (
            "Army units took over the trenches on Friday, according to two soldiers reached by "
            "phone.",
            "two soldiers",
        ),
        (
            "Altheon's monitors, who started patrolling the front line on Friday, said they would "
            "visit the site.",
            "Altheon's monitors",
        ),
        ("Russian forces shelled Kherson on Friday.", None),
        ("A convoy that reported no losses reached Kherson on Friday.", None),
    ],
)
def test_attribution_is_who_says_so(text: str, expected: str | None) -> None:
    mentions = extract(text, [weekday("Friday")])
    assert [mention.attribution for mention in mentions] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Valk vowed on Friday that his fighters would hold the Kovar bridge.", "Valk"),
        ("Kestrava condemned the shelling of the Semra market on Friday.", "Kestrava"),
        ("The HLA warned on Friday that the Lurent road was mined.", "the HLA"),
        ("The ministry insisted on Friday that the front line was holding.", "the ministry"),
        ("The rebels denied on Friday that they had shelled the market.", "the rebels"),
        ("The HLA claimed on Friday that its units had taken two villages.", "the HLA"),
        ("The interior ministry announced a curfew in Lurent on Friday.", "the interior ministry"),
        ("Marov on Friday accused the HLA of firing on a convoy.", "Marov"),
        ("Kellan told reporters on Friday that the deadline would stand.", "Kellan"),
        ("Valk wrote on Telegram on Friday that the talks were over.", "Valk"),
        ("Donor states pledged on Friday to rebuild the Semra hospital.", "donor states"),
        ("The envoy urged both sides on Friday to keep the truce.", "the envoy"),
        ("Monitors cautioned on Friday that the truce was fragile.", "monitors"),
        (
            "Asked on Friday whether the road was open, the governor replied that it was.",
            "the governor",
        ),
        ('"We will not leave," Valk vowed on Friday.', "Valk"),
        # The same words as adjectives name no one.
        ("The condemned bridge was closed to traffic on Friday.", None),
    ],
)
def test_speech_verbs_of_news_attribution_name_the_speaker(text: str, expected: str | None) -> None:
    mentions = extract(text, [weekday("Friday")])
    assert [mention.attribution for mention in mentions] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A common word has its capital only from the sentence's start.
        ("Residents said the last shells fell on Friday.", "residents"),
        ("Two soldiers said on Friday that the trench was empty.", "two soldiers"),
        (
            "Regional governor Ilya Korsh said on Friday that families could return.",
            "regional governor Ilya Korsh",
        ),
        # Not a common word: a name, a people's adjective, an acronym.
        ("Kestrava said its drones hit the depot on Friday.", "Kestrava"),
        ("Kestravan officials said on Friday that the depot burned.", "Kestravan officials"),
        ("HLA fighters said on Friday that they held the bridge.", "HLA fighters"),
        ("She said on Friday that the road was cut.", "She"),  # for the pronoun look-up
        # Before a capitalised word it may open a name or be a title: it keeps its capital.
        ("Iron Lark said on Friday that its men would leave.", "Iron Lark"),
        (
            "Ministry of the Interior officials said on Friday that the curfew would hold.",
            "Ministry of the Interior officials",
        ),
        (
            "Leaders of the rebel groups said on Friday that they would attend.",
            "leaders of the rebel groups",
        ),
        ("Colonel Ardis Feln said on Friday that the depot was a target.", "Colonel Ardis Feln"),
        ("Founder Dorian Vasko said on Friday that his units would leave.", "Founder Dorian Vasko"),
        # The article's usage comes first: a word it capitalises after a sentence's start is a
        # name there; one it writes in lower case is a common word even if no list holds it.
        (
            "The Rangers battalion held the ridge for a week. Rangers said on Friday that the "
            "ridge had fallen.",
            "Rangers",
        ),
        ("Rangers said on Friday that the ridge had fallen.", "rangers"),
        (
            "Two paramedics were hurt in the shelling. Paramedics said on Friday that the road "
            "was cut.",
            "paramedics",
        ),
        ("Paramedics said on Friday that the road was cut.", "Paramedics"),
    ],
)
def test_a_speaker_that_opens_the_sentence_keeps_a_capital_only_when_it_is_a_name(
    text: str, expected: str
) -> None:
    mentions = extract(text, [weekday("Friday")])
    assert [mention.attribution for mention in mentions] == [expected]


def test_pronoun_speaker_is_the_last_named_speaker_and_undated_sentences_inherit_nothing() -> None:
    text = (
        "Prigozhin said on Thursday that his men were exhausted. "
        "He added that the shells never came. "
        "He said on Friday that they would leave."
    )
    mentions = extract(text, [weekday("Thursday"), weekday("Friday")])
    assert [(m.expression, m.attribution) for m in mentions] == [
        ("Thursday", "Prigozhin"),
        ("Friday", "Prigozhin"),
    ]


def test_a_pronoun_speaker_is_looked_up_two_sentences_back_and_no_further() -> None:
    text = (
        "Prigozhin said on Monday that his men were exhausted. "
        "Shells fell all night. "
        "He said on Tuesday that they would leave. "
        "Rockets hit the depot. "
        "The roads were cut. "
        "He said on Friday that they had left."
    )
    mentions = extract(text, [weekday("Monday"), weekday("Tuesday"), weekday("Friday")])
    assert [(m.expression, m.attribution) for m in mentions] == [
        ("Monday", "Prigozhin"),
        ("Tuesday", "Prigozhin"),
        ("Friday", "He"),
    ]


def test_mention_copies_the_governing_expression_and_the_article() -> None:
    text = "Russian forces shelled Kherson on Wednesday."
    (mention,) = extract(text, [weekday("Wednesday")])
    assert mention.path == "news/kherson.txt"
    assert mention.title == "Strikes on Kherson"
    assert mention.published == FRIDAY
    assert mention.sentence == text
    assert mention.expression == "Wednesday"
    assert mention.value == "2023-05-03"
    assert mention.interval == Interval(date(2023, 5, 3), date(2023, 5, 3), "day")
    assert mention.rule == "fixture"
    assert mention.anchor == FRIDAY
    assert mention.explanation == "fixture value 2023-05-03"
    assert mention.attribution is None
    assert mention.sentence_start == 0


def test_an_unresolved_expression_never_dates_a_mention_in_a_dated_article() -> None:
    text = "Russian forces shelled Kherson on Wednesday."
    assert extract(text, [unresolved("Wednesday", "XXXX-WXX-3")]) == ()


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        (
            "Russian forces shelled Kherson on Wednesday.",
            [unresolved("Wednesday", "XXXX-WXX-3")],
            ("Wednesday", "XXXX-WXX-3", None),
        ),
        (
            "Troops left the city in January, a local official said.",
            [unresolved("January", "XXXX-01")],
            ("January", "XXXX-01", None),
        ),
        (
            "The grain deal was signed in Istanbul on July 22, 2022.",
            [day("July 22, 2022", date(2022, 7, 22))],
            ("July 22, 2022", "2022-07-22", Interval(date(2022, 7, 22), date(2022, 7, 22), "day")),
        ),
        ("Russia now controls the city.", [Spec("now", "PRESENT_REF", None)], None),
        ("The talks lasted three days.", [duration("three days", "P3D")], None),
        (
            "The army must retreat by Sunday.",
            [Spec("Sunday", "XXXX-WXX-7", None, signal="by")],
            None,
        ),
    ],
)
def test_undated_article_keeps_unresolved_relative_dates_as_undated_mentions(
    text: str, specs: list[Spec], expected: tuple[str, str, Interval | None] | None
) -> None:
    mentions = extract(text, specs, published=None)
    found = [(m.expression, m.value, m.interval) for m in mentions]
    assert found == ([expected] if expected else [])
    assert all(mention.published is None for mention in mentions)


def test_mentions_follow_sentence_order_across_paragraphs() -> None:
    text = (
        "Drones struck Odesa on Monday.\n\n"
        '"They came at night," a resident said.\n\n'
        "Kyiv said on Thursday that it downed 20 drones on Wednesday."
    )
    mentions = extract(text, [weekday("Monday"), weekday("Thursday"), weekday("Wednesday")])
    assert [(m.expression, m.attribution) for m in mentions] == [
        ("Monday", None),
        ("Wednesday", "Kyiv"),
    ]
    assert [m.sentence_start for m in mentions] == [0, text.index("Kyiv")]


_words = st.sampled_from(
    [
        "Russian",
        "forces",
        "said",
        "on",
        "Friday",
        "that",
        '"',
        ",",
        ".",
        "the",
        "ministry",
        "according",
        "to",
        "he",
        "He",
        "by",
        "since",
        "born",
        "in",
        "\n\n",
        "-",
        "KYIV,",
        "told",
        "and",
        "who",
        "(",
        ")",
        "—",
        "'s",
        "Kyiv",
        "``",
        "''",
    ]
)
_values = st.sampled_from(
    [("2023-05-03", True), ("XXXX-WXX-3", False), ("PRESENT_REF", False), ("P3D", False)]
)


@given(
    st.lists(_words, min_size=1, max_size=60).map(" ".join),
    st.lists(st.tuples(st.integers(0, 400), st.integers(1, 12), _values), max_size=8),
    st.booleans(),
)
def test_never_raises_orders_mentions_and_keeps_article_sentences(
    text: str, raw_timexes: list[tuple[int, int, tuple[str, bool]]], dated: bool
) -> None:
    published = FRIDAY if dated else None
    timexes = []
    for start, length, (value, resolved) in raw_timexes:
        begin = min(start, len(text))
        end = min(begin + length, len(text))
        interval = Interval(date(2023, 5, 3), date(2023, 5, 3), "day") if resolved else None
        timexes.append(
            Timex(
                begin,
                end,
                text[begin:end],
                "DATE",
                value,
                "fixture",
                published,
                "publication" if dated else "none",
                interval,
                signal=None,
            )
        )
    sentences = split_sentences(text)
    mentions = extract_mentions(article(text, published), sentences, timexes)
    starts = [mention.sentence_start for mention in mentions]
    assert starts == sorted(starts)
    assert len(set(starts)) == len(starts)
    by_start = {sentence.start: sentence for sentence in sentences}
    for mention in mentions:
        sentence = by_start[mention.sentence_start]
        assert mention.sentence == sentence.text
        assert mention.sentence == " ".join(text[sentence.start : sentence.end].split())
        assert any(
            mention.expression == " ".join(timex.text.split())
            and sentence.start <= timex.start < timex.end <= sentence.end
            for timex in timexes
        )


BLANKED_TAG = " " * 180  # what a TimeML tag leaves behind once ingest blanks it


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        (
            "Kopp's 1997 sedan was found abandoned last month, police said.",
            [
                span("1997", "1997", date(1997, 1, 1), date(1997, 12, 31), "year"),
                span("last month", "2023-04", date(2023, 4, 1), date(2023, 4, 30), "month"),
            ],
            "last month",
        ),
        (
            "Moreover, by setting a May 14 return date, the court allowed time for an appeal.",
            [day("May 14", date(2023, 5, 14), None)],
            None,
        ),
        (
            "The convoy might reach the city as soon as Tuesday.",
            [day("Tuesday", date(2023, 5, 9), None)],
            None,
        ),
        (
            "A man was arrested in connection with last year's embassy bombings.",
            [span("last year", "2022", date(2022, 1, 1), date(2022, 12, 31), "year")],
            None,
        ),
        (
            "He was a witness in the Oct. 23 shooting of a doctor.",
            [day("Oct. 23", date(2022, 10, 23), None)],
            None,
        ),
        (
            "Investigators have searched for him since shortly after the Oct. 23 shooting.",
            [day("Oct. 23", date(2022, 10, 23), None)],
            None,
        ),
        (
            "The alliance has grown steadily since its founding in 1949.",
            [full("1949", "1949", date(1949, 1, 1), date(1949, 12, 31), "year")],
            None,
        ),
        (
            f"Troops must hold the town until{BLANKED_TAG}Sunday{BLANKED_TAG}.",
            [day("Sunday", date(2023, 5, 7), None)],
            None,
        ),
        (
            "The war, which began in February 2022, has killed thousands.",
            [full("February 2022", "2022-02", date(2022, 2, 1), date(2022, 2, 28), "month")],
            "February 2022",
        ),
        (
            "Russian artillery shelled Kherson, which its troops left in November.",
            [span("November", "2022-11", date(2022, 11, 1), date(2022, 11, 30), "month")],
            "November",
        ),
        (
            "Prigozhin — who on Monday threatened to leave — said his men would stay.",
            [weekday("Monday")],
            "Monday",
        ),
        (
            "The monitors, who started patrolling on Monday, left the front on Wednesday.",
            [weekday("Monday"), weekday("Wednesday")],
            "Wednesday",
        ),
        (
            "Kestrava said the decision was planned since the drone strike late Saturday.",
            [day("late Saturday", date(2023, 4, 29), None)],
            "late Saturday",
        ),
        (
            "``We will take the town on Monday,'' the commander said.",
            [weekday("Monday")],
            None,
        ),
        (
            '"They shelled us all day. They came back on Monday," the mayor said.',
            [weekday("Monday")],
            None,
        ),
    ],
)
def test_dates_of_side_events_rank_last_or_never_govern(
    text: str, specs: list[Spec], expected: str | None
) -> None:
    assert governing(text, specs) == expected


def test_expression_whitespace_from_blanked_markup_is_collapsed() -> None:
    text = f"Shelling hit the city over the{BLANKED_TAG}past week."
    start = text.index("the" + BLANKED_TAG)
    week = Interval(date(2023, 4, 29), FRIDAY, "range")
    timex = Timex(
        start,
        len(text) - 1,
        text[start:-1],
        "DURATION",
        "P1W",
        "fixture",
        FRIDAY,
        "publication",
        week,
    )
    (mention,) = extract_mentions(article(text), split_sentences(text), [timex])
    assert mention.expression == "the past week"
    assert mention.interval == week


# With the temporal engine: the same rules on expressions that tag() finds and resolves.
@pytest.mark.parametrize(
    ("text", "dated", "undated"),
    [
        (
            "KYIV, May 5 (Reuters) - Wagner founder Yevgeny Prigozhin said in a statement on "
            "Friday that the lack of ammunition was the reason for the withdrawal.",
            ("Friday", "2023-05-05", "Wagner founder Yevgeny Prigozhin"),
            ("Friday", "XXXX-WXX-5", "Wagner founder Yevgeny Prigozhin"),
        ),
        (
            "The ministry said on Friday that the strike happened on Wednesday.",
            ("Wednesday", "2023-05-03", "the ministry"),
            ("Wednesday", "XXXX-WXX-3", "the ministry"),
        ),
        (
            "Lawmakers met on Tuesday ahead of the May 9 parade.",
            ("Tuesday", "2023-05-02", None),
            ("Tuesday", "XXXX-WXX-2", None),
        ),
        (
            "Fighting intensified earlier this month, Ukrainian officials said.",
            ("earlier this month", "2023-05", "Ukrainian officials"),
            ("earlier this month", "XXXX-XX", "Ukrainian officials"),
        ),
        (
            "The grain deal was signed in Istanbul on July 22, 2022.",
            ("July 22, 2022", "2022-07-22", None),
            ("July 22, 2022", "2022-07-22", None),
        ),
        ("Kyiv wants the jets delivered by the end of the month.", None, None),
        ("Russia now controls most of the city.", None, None),
        ("Wagner has fought around Bakhmut for three years.", None, None),
        ('"We took the school on Monday," the commander said.', None, None),
    ],
)
def test_with_the_temporal_engine(
    text: str,
    dated: tuple[str, str, str | None] | None,
    undated: tuple[str, str, str | None] | None,
) -> None:
    for published, expected in ((FRIDAY, dated), (None, undated)):
        mentions = extract_mentions(
            article(text, published), split_sentences(text), tag(text, published)
        )
        found = [(m.expression, m.value, m.attribution) for m in mentions]
        assert found == ([expected] if expected else []), published
        assert all((m.interval is None) == ("X" in (m.value or "")) for m in mentions)


@pytest.mark.parametrize(
    "text",
    [", who said" * 20_000, '"' * 200_000 + " said", "said " * 40_000, " — " * 50_000 + "said"],
    ids=["relative clauses", "quotes", "verbs", "dashes"],
)
def test_pathological_sentence_is_analysed_in_linear_time(text: str) -> None:
    # One sentence holding many dates, verbs, quotes or clauses: linear code takes well under a
    # second; re-reading the sentence for every verb or date took minutes.
    text = text + " on Friday" * 2_000 + "."
    began = time.perf_counter()
    extract(text, [weekday("Friday")] * 2_000)
    assert time.perf_counter() - began < 10

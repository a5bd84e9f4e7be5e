"""Sentence splitting of news text: abbreviations, quotes, datelines, lists, blanked boilerplate."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.segment import split_sentences


def texts(text: str) -> list[str]:
    return [sentence.text for sentence in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lt. Col. Oleh Marchenko said the unit held. Gen. Gerasimov did not comment.",
            ["Lt. Col. Oleh Marchenko said the unit held.", "Gen. Gerasimov did not comment."],
        ),
        (
            "The U.S. and the U.N. urged restraint. Moscow refused.",
            ["The U.S. and the U.N. urged restraint.", "Moscow refused."],
        ),
        (
            "The U.S. President spoke to U.N. officials. They listened.",
            ["The U.S. President spoke to U.N. officials.", "They listened."],
        ),
        (
            "Arms were supplied by the U.S. The shipment arrived on Monday.",
            ["Arms were supplied by the U.S.", "The shipment arrived on Monday."],
        ),
        (
            "Sirens sounded at 4 a.m. Monday across the city. Nobody was hurt.",
            ["Sirens sounded at 4 a.m. Monday across the city.", "Nobody was hurt."],
        ),
        (
            "The blast came at 11 p.m. Firefighters arrived soon after.",
            ["The blast came at 11 p.m.", "Firefighters arrived soon after."],
        ),
        (
            "The missile hit on Jan. 14 and rescuers left on Jan. 17. Dozens died.",
            ["The missile hit on Jan. 14 and rescuers left on Jan. 17.", "Dozens died."],
        ),
        (
            "Output at plant No. 2 doubled. Shares rose 3.5 percent.",
            ["Output at plant No. 2 doubled.", "Shares rose 3.5 percent."],
        ),
        (
            "The mayor of St. Petersburg spoke. George W. Bush once visited.",
            ["The mayor of St. Petersburg spoke.", "George W. Bush once visited."],
        ),
        (
            '"We will hold," he said. "We have no choice." The line held.',
            ['"We will hold," he said.', '"We have no choice."', "The line held."],
        ),
        (
            '"Where are the shells?" he asked. Nobody answered.',
            ['"Where are the shells?" he asked.', "Nobody answered."],
        ),
        (
            "KYIV, May 5 (Reuters) - Drones hit Kyiv on Friday. Two people died.",
            ["KYIV, May 5 (Reuters) -", "Drones hit Kyiv on Friday.", "Two people died."],
        ),
        (
            "Kyiv, May 5 (Reuters) - Drones hit Kyiv on Friday.",
            ["Kyiv, May 5 (Reuters) -", "Drones hit Kyiv on Friday."],
        ),
        (
            "Kyiv - the capital - was quiet on Friday.",
            ["Kyiv - the capital - was quiet on Friday."],
        ),
        (
            "WASHINGTON (AP) — The Pentagon announced new aid.",
            ["WASHINGTON (AP) —", "The Pentagon announced new aid."],
        ),
        (
            "Key points:\n- Two killed in Kherson\n- Power plant hit in Kharkiv",
            ["Key points:", "Two killed in Kherson", "Power plant hit in Kharkiv"],
        ),
        (
            "# Overnight strikes\n\nMissiles struck Odesa. The port burned.",
            ["Overnight strikes", "Missiles struck Odesa.", "The port burned."],
        ),
        (
            "Wagner chief says troops fled\nThe mercenary leader again attacked the army's"
            " commanders on Thursday, saying regular units had fallen back.",
            [
                "Wagner chief says troops fled",
                "The mercenary leader again attacked the army's commanders on Thursday,"
                " saying regular units had fallen back.",
            ],
        ),
        (
            "Prigozhin's message ended with a warning:\nThe flanks are crumbling and my men are"
            " dying for nothing while the ministry sits in Moscow and counts shells, he said in"
            " the message.",
            [
                "Prigozhin's message ended with a warning:",
                "The flanks are crumbling and my men are dying for nothing while the ministry sits"
                " in Moscow and counts shells, he said in the message.",
            ],
        ),
        (
            "Russian forces shelled the city of Kherson and the nearby villages on the left bank"
            "\nof the river on Friday, the regional governor said in a post on Telegram.",
            [
                "Russian forces shelled the city of Kherson and the nearby villages on the left"
                " bank of the river on Friday, the regional governor said in a post on Telegram.",
            ],
        ),
        (
            "Russian forces shelled the city of\nKherson on Friday, the governor\nsaid.",
            ["Russian forces shelled the city of Kherson on Friday, the governor said."],
        ),
        (
            "Share this article\n\n   \n      \nThe ministry said drones were downed\n\nnear Kyiv.",
            ["Share this article", "The ministry said drones were downed", "near Kyiv."],
        ),
        (
            "Troops advanced on            Friday           , officials said.",
            ["Troops advanced on Friday , officials said."],
        ),
    ],
)
def test_splits_news_text(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_offsets_index_the_input_and_skip_bullet_marks() -> None:
    text = "Summary:\n  - Kherson was shelled\n  - Kharkiv lost power"
    spans = [text[s.start : s.end] for s in split_sentences(text)]
    assert spans == ["Summary:", "Kherson was shelled", "Kharkiv lost power"]


def test_empty_and_blank_text_has_no_sentences() -> None:
    assert split_sentences("") == ()
    assert split_sentences("  \n\n   \n ") == ()


_BLANK = re.compile(r"\n[^\S\n]*\n")
_MARKS = set("-*•▪◦·–—#.)0123456789")
_pieces = st.sampled_from(
    [
        "Gen.",
        "U.S.",
        "a.m.",
        "said",
        "Friday",
        "3.5",
        "\n",
        "\n\n",
        "   ",
        '"',
        ".",
        "?",
        "- ",
        "KYIV, May 5 (Reuters) -",
        "No.",
        "2",
        "The",
        "x",
        "\t",
        "“",
        "”",
        "…",
        "#",
    ]
)


@given(st.lists(_pieces, max_size=40).map(" ".join) | st.text(max_size=200))
def test_sentences_are_ordered_normalised_spans_never_crossing_a_blank_line(text: str) -> None:
    previous_end = 0
    for sentence in split_sentences(text):
        span = text[sentence.start : sentence.end]
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert span == span.strip()
        assert sentence.text == " ".join(span.split())
        assert _BLANK.search(span) is None
        previous_end = sentence.end
    # Nothing but whitespace and bullet or heading marks falls outside the sentences.
    covered = set()
    for sentence in split_sentences(text):
        covered.update(range(sentence.start, sentence.end))
    left_out = {text[index] for index in range(len(text)) if index not in covered}
    assert all(char.isspace() or char in _MARKS for char in left_out)


@pytest.mark.parametrize(
    "text",
    [
        " " * 1_000_000 + "x.",
        "a. " * 300_000,
        "\n " * 300_000,
        "KYIV - x\n" * 100_000,
        "- item\n" * 100_000,
        "U.S. " * 200_000,
        '"' * 1_000_000,
    ],
    ids=["blank run", "periods", "blank lines", "datelines", "bullets", "abbreviations", "quotes"],
)
def test_pathological_input_is_split_in_linear_time(text: str) -> None:
    # Linear code does each of these in well under a second; quadratic code takes minutes.
    began = time.perf_counter()
    split_sentences(text)
    assert time.perf_counter() - began < 10

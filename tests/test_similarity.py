"""The sentence measures the merge stage uses: terms, weights, and the three scores."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.similarity import (
    ENTITY_WEIGHT,
    content_overlap,
    near_identity,
    profile,
    stem,
    text_similarity,
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("shelling", "shelled"),
        ("Norland's", "Norland"),
        ("drones", "drone"),
        ("captured", "capture"),
        ("casualties", "casualty"),
        ("denied", "deny"),
        ("losses", "loss"),
        ("ended", "end"),
    ],
)
def test_inflections_stem_alike(first: str, second: str) -> None:
    assert stem(first) == stem(second)


@pytest.mark.parametrize(
    ("first", "second"), [("bus", "bu"), ("strike", "strife"), ("2,000", "2000"), ("loss", "los")]
)
def test_different_words_stem_apart(first: str, second: str) -> None:
    assert stem(first) != stem(second)


def test_profile_keeps_content_and_weights_names_and_numbers() -> None:
    terms = profile("Anton Brask said on Friday that 300 fighters had left Draven.").weights
    # "said", "on", "Friday", "that", "had" carry no content; "Anton" opens the sentence.
    assert terms == {
        "anton": 1.0,
        "brask": ENTITY_WEIGHT,
        "300": ENTITY_WEIGHT,
        "troops": 1.0,  # "fighters" stands for the concept
        "left": 1.0,
        "draven": ENTITY_WEIGHT,
    }


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The truce took effect in Halden.", "The ceasefire took effect in Halden."),
        ("Norland and Veska swapped prisoners.", "Norland and Veska exchanged prisoners."),
        ("A rocket struck Miren.", "A missile hit Miren."),
    ],
)
def test_words_for_one_thing_count_as_one(first: str, second: str) -> None:
    a, b = profile(first), profile(second)
    assert content_overlap(a, b) == 1.0
    assert text_similarity(a, b) == 1.0


def test_token_set_ratio_is_fooled_by_a_subset_but_the_guards_are_not() -> None:
    short = profile("Veska shot down drones over Halden.")
    long = profile(
        "Norland drones hit a power station near Miren after Veska shot down six missiles "
        "over Halden and Tesna."
    )
    assert text_similarity(short, long) == 1.0
    assert near_identity(short, long) < 0.55
    assert content_overlap(short, long) < 0.6


def test_a_sentence_without_content_matches_nothing() -> None:
    empty = profile("He said so on Friday.")
    assert empty.total == 0
    assert content_overlap(empty, profile("Brask said so on Friday.")) == 0.0


SENTENCES = st.text(
    alphabet=st.sampled_from("abcdefghij KLMNO 123,.'"),
    max_size=80,
)


@given(SENTENCES, SENTENCES, st.floats(0, 1))
def test_the_early_exit_never_changes_a_passing_overlap(
    first: str, second: str, at_least: float
) -> None:
    a, b = profile(first), profile(second)
    full = content_overlap(a, b)
    assert 0.0 <= full <= 1.0
    assert content_overlap(a, b) == content_overlap(b, a)
    if full >= at_least:
        assert content_overlap(a, b, at_least=at_least) == full

"""The sentence measures the merge stage uses: terms, weights, and the three scores."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.similarity import (
    ENTITY_WEIGHT,
    by_rarity,
    content_overlap,
    facts_conflict,
    near_identity,
    profile,
    same_act,
    specific_match,
    stances_differ,
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
        ("withdrawing", "withdraw"),
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


@pytest.mark.parametrize(
    ("sentence", "kept", "dropped"),
    [
        # The numbers of a date are the date's, compared as an interval.
        ("The rebels seized the bridge on September 2.", {"capture", "bridg"}, {"2"}),
        ("The truce was agreed on 17 Sept. 2024 in Velm.", {"velm"}, {"17", "2024"}),
        ("Shelling killed 2 people and wounded 14 on Friday.", {"2", "14"}, set()),
        ("The army lost 2023 tonnes of fuel.", {"fuel"}, {"2023"}),
    ],
)
def test_dates_are_not_content_but_counts_are(
    sentence: str, kept: set[str], dropped: set[str]
) -> None:
    terms = profile(sentence).weights
    assert kept <= terms.keys()
    assert not dropped & terms.keys()


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Rebels took the Harsk bridge.", "capture"),
        ("Norland said it had taken control of Olm.", "capture"),
        ("The truce took effect at noon.", "take"),
        ("The talks will take place in Velm.", "take"),
    ],
)
def test_take_is_capture_except_in_idioms(sentence: str, term: str) -> None:
    terms = profile(sentence).weights
    assert term in terms
    assert ({"take", "capture"} - {term}).isdisjoint(terms)


def test_rare_terms_outweigh_terms_every_sentence_has() -> None:
    sentences = [
        "Norland shelled Tesna.",
        "Norland shelled Halden.",
        "Norland shelled Miren and its pontoon bridge.",
    ]
    weighted = by_rarity([profile(sentence) for sentence in sentences])
    assert weighted[2].weights["pontoon"] > weighted[2].weights["norland"] > 0
    assert weighted[0].total == sum(weighted[0].weights.values())


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("On Friday Brask threatened to withdraw.", "Anton Brask confirmed the withdrawal.", True),
        # A number is a name here too: what and how many.
        ("Norland and Veska swapped 120 prisoners.", "The exchange of 120 prisoners ended.", True),
        # No shared name, but three more shared words place the act.
        (
            "The truce will take effect at noon in the valley.",
            "A ceasefire took effect at noon across the valley.",
            True,
        ),
        # A capitalised first word may be no name: it names nothing on its own.
        ("Brask threatened to withdraw.", "Brask confirmed the withdrawal.", False),
        # The act without a shared name or context, or names without an act.
        ("The army withdrew from Draven.", "The rebels withdrew from Tesna.", False),
        ("Brask spoke in Draven.", "Brask was seen in Draven.", False),
    ],
)
def test_same_act(first: str, second: str, expected: bool) -> None:
    assert same_act(profile(first), profile(second)) is expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # Different places after in/near/outside/at, neither named by the other sentence.
        ("Drones struck a fuel depot in Tesna.", "Drones struck a fuel depot in Orlik.", True),
        ("Shells hit a school near Tesna.", "Shells hit a school outside Orlik.", True),
        # One place, however written: a place of one occurs in the other.
        ("Drones struck a depot in Tesna.", "Drones struck Tesna's depot.", False),
        ("A depot in Tesna burned.", "A depot at Tesna burned near Orlik.", False),
        # A place in one sentence only, or a lower-case word after the preposition.
        ("Drones struck a fuel depot in Tesna.", "Drones struck a fuel depot.", False),
        ("Drones struck a depot in the north.", "Drones struck a depot in the south.", False),
        # Different casualty counts in no shared place; tallies of one place may differ.
        ("A strike killed 11 people.", "A strike killed 14 people.", True),
        ("A strike in Semra killed 11.", "The strike on Semra killed 14.", False),
        ("A strike killed 11 people.", "A strike killed 11 people and wounded 30.", False),
        # Numbers that count no casualties are no tally.
        ("Veska swapped 120 prisoners.", "Veska swapped 112 prisoners.", False),
    ],
)
def test_facts_conflict(first: str, second: str, expected: bool) -> None:
    assert facts_conflict(profile(first), profile(second)) is expected
    assert facts_conflict(profile(second), profile(first)) is expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # The act one leads with is named by the other, and a name is shared.
        (
            "Later Brask threatened to withdraw his fighters from Draven.",
            "Anton Brask said that a lack of shells was the reason for the withdrawal.",
            True,
        ),
        (
            "A Norland missile struck Tesna, killing six.",
            "Six were killed as Norland hit Tesna.",
            True,
        ),
        # Talks on a truce and a strike in breach of it share the truce and the town only.
        (
            "Gulf mediators invited Norland and Veska to talks on a ceasefire around Tesna.",
            "Norland drones struck a pumping station in Tesna, breaching the ceasefire.",
            False,
        ),
        # The same act without a shared name, or a shared name without an act.
        ("The army withdrew from Draven.", "Some units pulled back, the ministry said.", False),
        ("Brask spoke in Draven.", "Brask was seen in Draven.", False),
    ],
)
def test_specific_match(first: str, second: str, expected: bool) -> None:
    assert specific_match(profile(first), profile(second)) is expected
    assert specific_match(profile(second), profile(first)) is expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("Norland captured Olm.", "Veska denied that Olm had fallen.", True),
        ("Veska rejected the claim.", "Norland dismissed the report.", False),
        ("Norland captured Olm.", "Norland took Olm.", False),
    ],
)
def test_a_denial_differs_from_a_report(first: str, second: str, expected: bool) -> None:
    assert stances_differ(profile(first), profile(second)) is expected


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


@given(SENTENCES, SENTENCES)
def test_overlap_is_symmetric_and_bounded(first: str, second: str) -> None:
    a, b = profile(first), profile(second)
    overlap = content_overlap(a, b)
    assert 0.0 <= overlap <= 1.0
    assert overlap == content_overlap(b, a)

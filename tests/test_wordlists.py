from __future__ import annotations

from timeline.wordlists import word_set


def test_a_listing_wrapped_over_lines_gives_each_word_once() -> None:
    listing = """
        said says
        said   told
    """
    assert word_set(listing) == frozenset({"said", "says", "told"})


def test_an_empty_listing_has_no_words() -> None:
    assert word_set(" \n ") == frozenset()

from hypothesis import given
from hypothesis import strategies as st

from timeline.ingest.common import blank, joined_article


def test_blank_keeps_length_and_newlines() -> None:
    text = "Headline here\r\nBody line one.\nBody two."
    result = blank(text, [(0, 13), (20, 32)])
    assert result == " " * 13 + "\r\nBody " + " " * 9 + "\n  dy two."


def test_blank_merges_overlapping_and_ignores_empty_spans() -> None:
    assert blank("abcdef", [(1, 3), (2, 5), (4, 4)]) == "a    f"


@given(st.text(), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60))))
def test_blank_only_touches_spans(text: str, spans: list[tuple[int, int]]) -> None:
    result = blank(text, spans)
    assert len(result) == len(text)
    for index, (before, after) in enumerate(zip(text, result, strict=True)):
        inside = any(start <= index < end for start, end in spans)
        if not inside or before in "\r\n":
            assert after == before
        else:
            assert after == " "


def test_joined_article_blanks_headline_and_drops_its_repeat() -> None:
    text, body = joined_article(
        "Port shelled", ["Port shelled", "  Cranes were  hit\n on Monday. ", "", "Crews returned."]
    )
    assert text == "Port shelled\n\nCranes were hit on Monday.\n\nCrews returned."
    assert body == " " * 12 + "\n\nCranes were hit on Monday.\n\nCrews returned."


def test_joined_article_without_title_keeps_everything() -> None:
    assert joined_article("", ["One.", "Two."]) == ("One.\n\nTwo.", "One.\n\nTwo.")

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.ingest.txt import is_lede, read_txt, title_from_lede

LEDE = (
    "The northern brigade, in a sudden reversal after weeks of stalemate along the river, "
    "said it would pull its units back from the bridgehead where fighting has raged since March."
)
SECOND = "\n\nA spokesman for the brigade said on Friday that shells had run short.\n"


def only(text: str):  # type: ignore[no-untyped-def]
    output = read_txt(text)
    assert output.problems == ()
    (draft,) = output.drafts
    assert draft.text == text
    assert len(draft.body) == len(text)
    return draft


def test_date_prefix_followed_by_lede_keeps_lede_in_body() -> None:
    text = f" date 2023-05-05 {LEDE}{SECOND}"
    draft = only(text)
    assert [(d.raw, d.source, d.evidence) for d in draft.dates] == [
        ("2023-05-05", "prefix", "date 2023-05-05")
    ]
    assert draft.title == (
        "The northern brigade, in a sudden reversal after weeks of stalemate along the river, said…"
    )
    assert draft.body.lstrip().startswith("The northern brigade")
    assert "date" not in draft.body[:20]
    assert LEDE in draft.body


def test_date_prefix_with_headline_on_next_line_blanks_headline() -> None:
    text = f"date 2023-05-05\nBrigade to quit bridgehead{SECOND}"
    draft = only(text)
    assert draft.title == "Brigade to quit bridgehead"
    assert draft.body.strip().startswith("A spokesman")


def test_date_prefix_with_headline_on_same_line() -> None:
    draft = only(f"date 2023-05-05 Brigade to quit bridgehead{SECOND}")
    assert draft.title == "Brigade to quit bridgehead"
    assert "Brigade" not in draft.body


def test_date_with_colon_before_a_lede_is_a_prefix() -> None:
    draft = only(f"Date: 2023-05-05 {LEDE}{SECOND}")
    assert [(d.raw, d.source) for d in draft.dates] == [("2023-05-05", "prefix")]
    assert LEDE in draft.body


def test_date_header_with_a_time_is_a_header() -> None:
    draft = only(f"Date: 2023-05-05 10:00\nBrigade to quit bridgehead{SECOND}")
    assert [(d.raw, d.source) for d in draft.dates] == [("2023-05-05 10:00", "header")]
    assert draft.title == "Brigade to quit bridgehead"


def test_impossible_prefix_date_is_captured_for_reporting() -> None:
    draft = only(f"date 2023-02-30 Brigade to quit bridgehead{SECOND}")
    assert draft.dates[0].raw == "2023-02-30"


def test_header_lines_at_top() -> None:
    text = (
        "Title: Convoy reaches besieged town\n"
        "Source: Example Wire\n"
        "URL: https://example.org/2023/05/04/convoy\n"
        "Published: May 5, 2023\n"
        "\nA convoy of twelve trucks reached the town on Thursday, aid workers said.\n"
    )
    draft = only(text)
    assert draft.title == "Convoy reaches besieged town"
    assert [(d.raw, d.source) for d in draft.dates] == [
        ("May 5, 2023", "header"),
        ("2023-05-04", "header"),
    ]
    assert (
        draft.body.strip()
        == "A convoy of twelve trucks reached the town on Thursday, aid workers said."
    )


def test_headline_on_first_line_without_dates() -> None:
    draft = only("Drone strikes hit fuel depot\nThe depot burned for hours on Monday.\n")
    assert draft.title == "Drone strikes hit fuel depot"
    assert draft.dates == ()
    assert draft.body.strip() == "The depot burned for hours on Monday."


def test_first_line_lede_without_headline_stays_in_body() -> None:
    draft = only(LEDE + SECOND)
    assert draft.title.startswith("The northern brigade")
    assert draft.body.startswith("The northern brigade")


@pytest.mark.parametrize(
    ("line", "lede"),
    [
        ("Wagner leader accuses troops of fleeing the city", False),
        ("Will the bridgehead hold?", False),
        ("The brigade said on Friday that it would withdraw its units.", True),
        (
            "Brigade to pull all units from the bridgehead by the river after six weeks of losses",
            True,
        ),
        (
            "Brigade to withdraw units from the bridgehead near the river after weeks of losses",
            False,
        ),
    ],
)
def test_is_lede(line: str, lede: bool) -> None:
    assert is_lede(line) is lede


def test_title_from_lede_prefers_first_sentence() -> None:
    assert (
        title_from_lede("Crews restored power on Friday. Then more.")
        == "Crews restored power on Friday"
    )


def test_title_from_lede_is_not_cut_at_an_abbreviation() -> None:
    title = title_from_lede("U.S. officials said on Friday that the convoy had reached the town.")
    assert title == "U.S. officials said on Friday that the convoy had reached the town"


def test_title_from_lede_cuts_at_a_word_with_ellipsis() -> None:
    title = title_from_lede("word " * 40)
    assert title.endswith("…")
    assert len(title) <= 91
    assert not title[:-1].endswith(" ")


@given(st.text(alphabet=st.sampled_from("date 2023-05-0:Title\n\r\t.?ab ")))
def test_body_only_blanks_text(source: str) -> None:
    (draft,) = read_txt(source).drafts
    assert draft.text == source
    assert len(draft.body) == len(source)
    for shown, body in zip(source, draft.body, strict=True):
        assert body == shown or (body == " " and shown not in "\r\n")

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.ingest.common import blank
from timeline.ingest.markdown import markup_spans, read_markdown


@pytest.mark.parametrize(
    ("front_matter", "dates"),
    [
        (
            "---\ntitle: Ceasefire talks collapse\npubDate: 2023-05-09T08:00:00+03:00\n"
            "date: 2023-05-01\n---\n",
            ["2023-05-09T08:00:00+03:00", "2023-05-01"],
        ),
        (  # TOML (Hugo): dates arrive as datetime values
            '+++\ntitle = "Ceasefire talks collapse"\ndate = 2023-05-02T06:00:00+03:00\n+++\n',
            ["2023-05-02 06:00:00+03:00"],
        ),
    ],
)
def test_front_matter_title_and_dates(front_matter: str, dates: list[str]) -> None:
    source = front_matter + "\nTalks in the capital broke down on Monday, mediators said.\n"
    output = read_markdown(source, "a.md")
    assert output.problems == ()
    (draft,) = output.drafts
    assert draft.title == "Ceasefire talks collapse"
    assert [(d.raw, d.source) for d in draft.dates] == [(raw, "front-matter") for raw in dates]
    assert draft.text.strip() == "Talks in the capital broke down on Monday, mediators said."
    assert len(draft.text) == len(source)


def test_heading_is_title_and_blanked_from_body() -> None:
    source = "# Bridge *destroyed* near front\n\nThe bridge fell on **Sunday** night.\n"
    (draft,) = read_markdown(source, "b.md").drafts
    assert draft.title == "Bridge destroyed near front"
    assert draft.text.split() == [
        "Bridge",
        "destroyed",
        "near",
        "front",
        "The",
        "bridge",
        "fell",
        "on",
        "Sunday",
        "night.",
    ]
    assert " ".join(draft.body.split()) == "The bridge fell on Sunday night."


def test_non_yaml_front_matter_warns_and_body_is_still_read() -> None:
    source = "---\ntitle: [unclosed\n  : : bad\n---\nShelling resumed on Tuesday, residents said.\n"
    output = read_markdown(source, "c.md")
    assert len(output.problems) == 1
    assert output.problems[0].severity == "warning"
    assert "front matter is not YAML" in output.problems[0].message
    assert "Shelling resumed on Tuesday" in output.drafts[0].body


@pytest.mark.parametrize(
    ("markdown", "visible"),
    [
        ("See [the report](https://example.org/r.pdf) today.", "See the report today."),
        ("Map: ![front line map](img/map.png) shown.", "Map: shown."),
        ("A **bold** and *em* and _under_ word.", "A bold and em and under word."),
        ("snake_case_name stays", "snake_case_name stays"),
        ("## Background ##", "Background"),
        ("> Quoted statement here.", "Quoted statement here."),
        ("- first point", "first point"),
        ("Read <https://example.org> now", "Read now"),
        ("[ref]: https://example.org/x", ""),
        ("Cite [the wire][1] please.", "Cite the wire please."),
        ("Use `code` here", "Use code here"),
    ],
)
def test_markup_is_blanked_in_place(markdown: str, visible: str) -> None:
    blanked = blank(markdown, markup_spans(markdown))
    assert len(blanked) == len(markdown)
    assert blanked.split() == visible.split()


def test_front_matter_nested_too_deeply_is_a_warning() -> None:
    source = "---\nx: " + "[" * 20_000 + "\n---\nCrews cleared the road on Sunday.\n"
    output = read_markdown(source, "n.md")
    assert [p.message for p in output.problems] == [
        "front matter is nested too deeply to read; ignored, body still read"
    ]
    assert "Crews cleared the road" in output.drafts[0].body


def test_windows_line_endings_read_like_unix_ones() -> None:
    source = (
        "---\ntitle: Bridge reopened\ndate: 2023-05-02\n---\n\n## Traffic\n\n"
        "Cars crossed the **bridge** on Tuesday.\n\n---\n\nSetext\n======\n\n* Buses return\n"
    )
    unix = read_markdown(source, "u.md").drafts[0]
    windows = read_markdown(source.replace("\n", "\r\n"), "w.md").drafts[0]
    assert windows.title == unix.title == "Bridge reopened"
    assert [d.raw for d in windows.dates] == ["2023-05-02"]
    assert windows.body.split() == unix.body.split()
    assert "=" not in windows.body and "---" not in windows.body


@given(st.text(alphabet=st.sampled_from("ab #*_[]()!<>`~-=:\n\r\t+|")))
def test_blanking_keeps_every_offset(source: str) -> None:
    (draft,) = read_markdown(source, "p.md").drafts
    assert len(draft.text) == len(draft.body) == len(source)
    for original, shown, body in zip(source, draft.text, draft.body, strict=True):
        if original in "\r\n":
            assert shown == body == original
        else:
            assert shown in (original, " ")
            assert body in (shown, " ")


def test_a_heading_later_in_the_article_is_not_the_title() -> None:
    source = (
        "Kestrel bridge reopens\n\nCars crossed on Monday.\n\n# Reactions\n\nDrivers cheered.\n"
    )
    (draft,) = read_markdown(source, "h.md").drafts
    assert draft.title == "Kestrel bridge reopens"
    assert " ".join(draft.body.split()) == "Cars crossed on Monday. Reactions Drivers cheered."


def test_front_matter_title_differing_from_the_heading_keeps_the_heading_in_body() -> None:
    source = "---\ntitle: Short title\n---\n# A longer headline on the page\n\nBody text.\n"
    (draft,) = read_markdown(source, "f.md").drafts
    assert draft.title == "Short title"
    assert " ".join(draft.body.split()) == "A longer headline on the page Body text."

import pytest

from timeline.ingest.common import blank
from timeline.ingest.markdown import markup_spans, read_markdown


def test_front_matter_title_and_date_keys() -> None:
    source = (
        "---\ntitle: Ceasefire talks collapse\npubDate: 2023-05-09T08:00:00+03:00\n"
        "date: 2023-05-01\n---\n\nTalks in the capital broke down on Monday, mediators said.\n"
    )
    output = read_markdown(source, "a.md")
    assert output.problems == ()
    (draft,) = output.drafts
    assert draft.title == "Ceasefire talks collapse"
    assert [(d.raw, d.source) for d in draft.dates] == [
        ("2023-05-09T08:00:00+03:00", "front-matter"),
        ("2023-05-01", "front-matter"),
    ]
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


def test_toml_front_matter() -> None:
    source = (
        '+++\ntitle = "Depot ablaze after strike"\ndate = 2023-05-02T06:00:00+03:00\n+++\n'
        "The depot burned through the morning, firefighters said.\n"
    )
    output = read_markdown(source, "t.md")
    assert output.problems == ()
    (draft,) = output.drafts
    assert draft.title == "Depot ablaze after strike"
    assert [d.raw for d in draft.dates] == ["2023-05-02 06:00:00+03:00"]
    assert draft.text.strip() == "The depot burned through the morning, firefighters said."


def test_front_matter_nested_too_deeply_is_a_warning() -> None:
    source = "---\nx: " + "[" * 20_000 + "\n---\nCrews cleared the road on Sunday.\n"
    output = read_markdown(source, "n.md")
    assert [p.message for p in output.problems] == [
        "front matter is nested too deeply to read; ignored, body still read"
    ]
    assert "Crews cleared the road" in output.drafts[0].body

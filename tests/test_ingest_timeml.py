from hypothesis import given
from hypothesis import strategies as st

from timeline.ingest.timeml import markup_free, read_timeml

DOC = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>WIRE001</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="2021-03-04T10:00" functionInDocument="CREATION_TIME">'
    "March 4, 2021</TIMEX3></DCT>\n"
    "<TITLE>Floods &amp; landslides cut mountain road</TITLE>\n"
    '<TEXT>\nRescuers reached the village <TIMEX3 tid="t1" type="DATE" value="2021-03-03">'
    "yesterday</TIMEX3> after rains &amp; mudslides &lt;blocked&gt; the pass.\n</TEXT>\n</TimeML>\n"
)


def test_text_blanks_tags_and_pads_entities_in_place() -> None:
    output = read_timeml(DOC, "doc.tml")
    (draft,) = output.drafts
    assert len(draft.text) == len(DOC) == len(draft.body)
    assert draft.text[DOC.index("yesterday") :].startswith("yesterday")
    amp = DOC.index("&amp; mudslides")
    assert draft.text[amp : amp + 6] == "&     "
    assert draft.text[DOC.index("&lt;") : DOC.index("&lt;") + 4] == "<   "
    assert "<" not in draft.text.replace("<   blocked", "")
    assert draft.title == "Floods & landslides cut mountain road"
    assert [(d.raw, d.source) for d in draft.dates] == [("2021-03-04T10:00", "dct")]


def test_body_is_only_the_text_element() -> None:
    (draft,) = read_timeml(DOC, "doc.tml").drafts
    assert " ".join(draft.body.split()) == (
        "Rescuers reached the village yesterday after rains & mudslides < blocked> the pass."
    )
    assert "Floods" not in draft.body and "WIRE001" not in draft.body


def test_missing_text_element_is_a_warning_and_title_falls_back() -> None:
    output = read_timeml("<TimeML><DOCID>X</DOCID></TimeML>", "x.tml")
    assert [p.message for p in output.problems] == [
        "no <TEXT> element: nothing to read events from"
    ]
    assert output.drafts[0].body.strip() == ""


def test_unknown_entities_are_left_alone() -> None:
    assert markup_free("a &Cx1f; b &#233; c") == "a &Cx1f; b é      c"


def test_dct_with_a_dateline_before_the_timex() -> None:
    source = (
        '<TimeML><DCT>KYIV, <TIMEX3 tid="t0" type="DATE" value="2022-03-01" '
        'functionInDocument="CREATION_TIME">March 1, 2022</TIMEX3></DCT>'
        "<TEXT>Sirens sounded at dawn.</TEXT></TimeML>"
    )
    (draft,) = read_timeml(source, "d.tml").drafts
    assert [d.raw for d in draft.dates] == ["2022-03-01"]


@given(st.text(alphabet=st.sampled_from("<>&;#x0aTEXT/amp lt\n\r")))
def test_markup_free_keeps_length_and_line_breaks(source: str) -> None:
    plain = markup_free(source)
    assert len(plain) == len(source)
    assert [i for i, c in enumerate(plain) if c in "\r\n"] == [
        i for i, c in enumerate(source) if c in "\r\n"
    ]

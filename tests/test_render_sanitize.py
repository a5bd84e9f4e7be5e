"""Article text is written by strangers: it must render inert in every format.

Unit tables for timeline/render/sanitize.py, then every format rendered from a timeline whose
every text field (summary, id, title, path, sentence, expression, value, rule, attribution,
explanation, merge reason, problem) carries one hostile payload.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from datetime import date

import pytest
from markdown_it import MarkdownIt
from render_fixture import fixture_tags, fixture_timeline

from timeline.model import Event, Mention, Problem, PublicationDate, Source, TaggedArticle, Timeline
from timeline.render import render_explanation, render_tags, render_timeline
from timeline.render.sanitize import csv_cell, markdown, one_line, valid_unicode

PAYLOADS = [
    "[bold red]x[/]",
    "[link=http://evil]x[/link]",
    "\x1b[31m",
    "\x07",
    "| a | b |",
    "[x](http://evil)",
    "![i](x)",
    "<script>",
    "# Heading",
    "=HYPERLINK(...)",
    "+1",
    "-2",
    "@SUM",
    "\tx",
    "\rx",
    "\x1b]8;;http://evil\x1b\\x\x1b]8;;\x1b\\",
    "\x9b31m",
    "line\nbreak",
    "*em* _em_ `code` ~~s~~",
    "&lt;b&gt;",
    "1. item",
    "\u202eevil",
    ":smile:",
    "a\\",
]
MARK = "»END"  # ends every injected field so its rendering can be found and compared

# What a terminal may receive: text, newlines, and with colour only SGR sequences.
SGR = re.compile(r"\x1b\[[0-9;]*m")
CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _hostile(text: str) -> Timeline:
    """The fixture timeline with every text field replaced by `text`."""
    timeline = fixture_timeline()

    def source(s: Source) -> Source:
        published = s.published and replace(s.published, evidence=text)
        return replace(s, path=text, title=text, published=published)

    def mention(m: Mention) -> Mention:
        return replace(
            m,
            path=text,
            title=text,
            sentence=text,
            expression=text,
            value=text,
            rule=text,
            explanation=text,
            attribution=text,
        )

    def event(e: Event) -> Event:
        return replace(
            e,
            id=text,
            summary=text,
            merge_reason=text,
            mentions=tuple(mention(m) for m in e.mentions),
        )

    return replace(
        timeline,
        sources=tuple(source(s) for s in timeline.sources),
        events=tuple(event(e) for e in timeline.events),
        problems=(Problem(text, text, "warning"),),
    )


def _hostile_tags(text: str) -> tuple[TaggedArticle, ...]:
    return tuple(
        replace(
            article,
            path=text,
            timexes=tuple(
                replace(timex, text=text, value=text, rule=text, explanation=text)
                for timex in article.timexes
            ),
        )
        for article in fixture_tags()
    )


def _terminal_outputs(text: str, *, color: bool) -> list[str]:
    timeline = _hostile(text)
    return [
        render_timeline(timeline, "table", color=color, width=400),
        render_tags(_hostile_tags(text), "table", explain=True, color=color, width=400),
        *(
            render_explanation(event, sources=timeline.sources, color=color, width=400)
            for event in timeline.events
        ),
    ]


# --- sanitize units ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[31mred\x1b[0m", "red"),
        ("\x1b[1;31;40mbold", "bold"),
        ("\x1b]8;;http://evil\x1b\\x\x1b]8;;\x1b\\", "x"),
        ("\x1b]0;title\x07after", "after"),
        ("bell\x07", "bell"),
        ("\x9b31mC1 CSI", "31mC1 CSI"),
        ("a\nb\r\nc\td", "a b c d"),
        ("  padded  ", "padded"),
        ("\u202eevil\u202c", "evil"),
        ("back\x08space", "backspace"),
        ("[bold red]x[/]", "[bold red]x[/]"),
        ("Київ, 5 травня", "Київ, 5 травня"),
    ],
)
def test_one_line_strips_escapes_and_controls(raw: str, shown: str) -> None:
    assert one_line(raw) == shown


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("| a | b |", "\\| a \\| b \\|"),
        ("[x](http://evil)", "\\[x\\]\\(http://evil\\)"),
        ("![i](x)", "\\!\\[i\\]\\(x\\)"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert\\(1\\)&lt;/script&gt;"),
        ("Tom & Jerry", "Tom &amp; Jerry"),
        ("&lt;b&gt;", "&amp;lt;b&amp;gt;"),
        ("# Heading", "\\# Heading"),
        ("*em* _em_ `code`", "\\*em\\* \\_em\\_ \\`code\\`"),
        ("~~struck~~", "\\~\\~struck\\~\\~"),
        ("line one\nline two", "line one line two"),
        ("-2", "\\-2"),
        ("+1", "\\+1"),
        ("=== x", "\\=== x"),
        ("12. item", "12\\. item"),
        ("3) item", "3\\) item"),
        ("a\\b", "a\\\\b"),
        ("2023-05-05 is fine", "2023-05-05 is fine"),
        ("a - b", "a - b"),
    ],
)
def test_markdown_escapes_what_would_become_markup(raw: str, escaped: str) -> None:
    assert markdown(raw) == escaped


@pytest.mark.parametrize(
    ("raw", "cell"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("\x1b[31m=1", "'=1"),
        ("two\nlines", "two\nlines"),
        ("a=b", "a=b"),
        ("2023-05-05", "2023-05-05"),
        ("", ""),
    ],
)
def test_csv_cell_neutralises_formulas(raw: str, cell: str) -> None:
    assert csv_cell(raw) == cell


def test_valid_unicode_replaces_lone_surrogates_and_joins_pairs() -> None:
    assert valid_unicode("a\ud800b") == "a\ufffdb"
    assert valid_unicode("\ud83d\ude00") == "\U0001f600"
    assert valid_unicode("plain") == "plain"


# --- every format on hostile text ----------------------------------------------------------------


@pytest.mark.parametrize("payload", PAYLOADS)
def test_terminal_output_is_plain_text(payload: str) -> None:
    for output in _terminal_outputs(payload + MARK, color=False):
        assert not CONTROL.search(output)
        assert "\x1b" not in output
        assert one_line(payload + MARK) in output


@pytest.mark.parametrize("payload", PAYLOADS)
def test_colour_output_carries_only_our_colours(payload: str) -> None:
    for output in _terminal_outputs(payload + MARK, color=True):
        plain = SGR.sub("", output)
        assert not CONTROL.search(plain)
        assert "\x1b" not in plain
        # Rich markup in the text is shown, not applied.
        assert one_line(payload + MARK) in plain


def test_rich_markup_is_shown_literally() -> None:
    output = render_timeline(_hostile("[bold red]x[/] [link=http://evil]y[/link]"), "table")
    assert "[bold red]x[/] [link=http://evil]y[/link]" in output
    coloured = render_timeline(_hostile("[link=http://evil]y[/link]"), "table", color=True)
    assert "\x1b]8" not in coloured
    assert "\x1b[31m" not in coloured


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_shows_hostile_text_only_escaped(payload: str) -> None:
    hostile = render_timeline(_hostile(payload + MARK), "markdown")
    reference = render_timeline(_hostile("PAYLOAD" + MARK), "markdown")
    assert hostile.count(MARK) == reference.count(MARK)
    assert hostile.replace(markdown(payload + MARK), "PAYLOAD" + MARK) == reference


def test_markdown_of_hostile_text_parses_to_our_structure_only() -> None:
    """Through a CommonMark parser with GFM tables and strikethrough: the report of a timeline full
    of hostile text has the same elements as the report of a harmless one."""
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tags = re.compile(r"<(/?[a-z0-9]+)")

    def elements(text: str) -> list[str]:
        return tags.findall(parser.render(render_timeline(_hostile(text), "markdown")))

    harmless = elements("harmless")
    assert set(harmless) == {"h1", "h2", "p", "ul", "li", "ol", "strong"} | {
        "/h1",
        "/h2",
        "/p",
        "/ul",
        "/li",
        "/ol",
        "/strong",
    }
    for payload in PAYLOADS:
        assert elements(payload) == harmless, payload
    assert elements(" ".join(PAYLOADS)) == harmless


@pytest.mark.parametrize("payload", PAYLOADS)
def test_csv_cells_are_never_formulas(payload: str) -> None:
    timeline = _hostile(payload + MARK)
    output = render_timeline(timeline, "csv")
    assert not CONTROL.search(re.sub(r"[\t\r\n]", "", output))
    rows = list(csv.reader(io.StringIO(output, newline="")))
    assert len(rows) == 1 + sum(len(event.mentions) for event in timeline.events)
    for row in rows:
        assert len(row) == 12
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert rows[1][4] == csv_cell(payload + MARK)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_json_keeps_the_text_as_data(payload: str) -> None:
    text = payload + MARK
    timeline = _hostile(text)
    output = render_timeline(timeline, "json")
    assert not CONTROL.search(output.replace("\n", ""))
    document = json.loads(output)
    assert document["events"][0]["summary"] == text
    assert document["articles"][0]["title"] == text
    assert document["warnings"] == [f"{text}: {text}"]
    for line in render_timeline(timeline, "jsonl").splitlines():
        assert json.loads(line)["mentions"][0]["sentence"] == text
    for line in render_tags(_hostile_tags(text), "jsonl", explain=True).splitlines():
        tag = json.loads(line)
        assert (tag["path"], tag["text"], tag["explanation"]) == (text, text, text)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_timelinejs_text_is_html_escaped(payload: str) -> None:
    output = render_timeline(_hostile(payload + MARK), "timelinejs")
    assert not CONTROL.search(output.replace("\n", ""))
    for slide in json.loads(output)["events"]:
        assert "<" not in slide["text"]["headline"]
        ours = re.sub(r"</?(?:p|ul|li)>", "", slide["text"]["text"])
        assert "<" not in ours
        assert ">" not in ours


def test_json_replaces_lone_surrogates() -> None:
    timeline = replace(
        fixture_timeline(),
        sources=(Source("a\udc80.txt", "t\ud800", PublicationDate(_day(), "cli", "")),),
    )
    output = render_timeline(timeline, "json")
    output.encode("utf-8")
    assert json.loads(output)["articles"][0]["path"] == "a\ufffd.txt"


def _day() -> date:
    return date(2023, 5, 5)

"""The pipeline's own duties, with stand-in stages (see conftest.stub_stages): file order,
--published matching, one bad file never stopping the others, no article text kept."""

from __future__ import annotations

import gc
import os
from datetime import date
from pathlib import Path

import pytest
from stage_stubs import stub_read_file, write_articles

from timeline import pipeline
from timeline.ingest import FileResult
from timeline.model import Article, Timeline
from timeline.pipeline import BuildOptions, build, tag_paths

# Tests of the pipeline's own plumbing run with stand-in stages; the end-to-end tests below
# run the real ones.
stubbed = pytest.mark.usefixtures("stub_stages")

DEPOT = "date 2023-05-04\nDepot hit\nDrones hit the Ravensk depot on 2023-05-03.\n"
HANDOVER = "date 2023-05-11\nHandover\nThe army took Brannik yesterday. Talks go on.\n"
UNDATED = "Opinion\nThe company has been a problem since 2023-01-15.\n"


@pytest.fixture
def news(tmp_path: Path) -> Path:
    return write_articles(
        tmp_path / "news",
        {"a-depot.txt": DEPOT, "b-handover.txt": HANDOVER, "c-opinion.txt": UNDATED},
    )


@stubbed
def test_build_runs_every_stage_in_input_order(news: Path) -> None:
    timeline = build([news], BuildOptions())
    assert [source.path for source in timeline.sources] == [
        str(news / "a-depot.txt"),
        str(news / "b-handover.txt"),
        str(news / "c-opinion.txt"),
    ]
    assert [source.title for source in timeline.sources] == ["Depot hit", "Handover", "Opinion"]
    # "yesterday" resolved against 2023-05-11: the publication date reached the tagger.
    assert [event.id for event in timeline.events] == ["2023-01-15", "2023-05-03", "2023-05-10"]
    assert [str(problem) for problem in timeline.problems] == [
        f"{news / 'c-opinion.txt'}: no publication date"
    ]
    assert timeline.skipped_files == 0


@stubbed
def test_build_takes_events_from_the_body_not_the_date_line(news: Path) -> None:
    timeline = build([news / "a-depot.txt"], BuildOptions())
    assert [event.id for event in timeline.events] == ["2023-05-03"]


@stubbed
def test_tag_paths_tags_the_whole_text(news: Path) -> None:
    tagging = tag_paths([news / "a-depot.txt", news / "c-opinion.txt"], BuildOptions())
    assert [article.path for article in tagging.articles] == [
        str(news / "a-depot.txt"),
        str(news / "c-opinion.txt"),
    ]
    depot = tagging.articles[0]
    assert [timex.text for timex in depot.timexes] == ["2023-05-04", "2023-05-03"]
    assert depot.published is not None and depot.published.value == date(2023, 5, 4)
    assert [str(problem) for problem in tagging.problems] == [
        f"{news / 'c-opinion.txt'}: no publication date"
    ]


@stubbed
@pytest.mark.parametrize(
    "key",
    [
        "news/c-opinion.txt",  # as given on the command line (relative)
        "./news/../news/c-opinion.txt",  # another spelling of the same path
        "c-opinion.txt",  # the bare file name
        "ABSOLUTE",  # the resolved path
    ],
)
def test_published_override_matches_path_resolved_path_or_name(
    news: Path, key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(news.parent)
    key = str((news / "c-opinion.txt").resolve()) if key == "ABSOLUTE" else key
    options = BuildOptions(published={key: date(2023, 5, 12)})
    timeline = build([Path("news")], options)
    opinion = timeline.sources[2]
    assert opinion.published is not None
    assert (opinion.published.value, opinion.published.source) == (date(2023, 5, 12), "cli")
    assert timeline.problems == ()


@stubbed
def test_published_override_naming_no_file_is_reported(news: Path) -> None:
    options = BuildOptions(published={"missing.txt": date(2023, 5, 12)})
    timeline = build([news], options)
    assert [str(problem) for problem in timeline.problems][-1] == (
        "missing.txt: --published names no input file; its date was not used"
    )
    assert timeline.problems[-1].severity == "warning"


@stubbed
def test_unreadable_and_unknown_files_are_counted_as_skipped(news: Path) -> None:
    write_articles(news, {"d-broken.txt": "BINARY", "notes.docx": "x", "e-late.txt": DEPOT})
    timeline = build([news], BuildOptions())
    assert timeline.skipped_files == 2  # the .docx and the unreadable file
    assert [str(problem) for problem in timeline.problems] == [
        f"{news / 'c-opinion.txt'}: no publication date",
        f"{news / 'd-broken.txt'}: binary file, skipped",
    ]
    assert timeline.sources[-1].path == str(news / "e-late.txt")


@stubbed
def test_a_stage_crashing_on_one_file_spares_the_others(news: Path) -> None:
    write_articles(news, {"b2-crash.txt": "date 2023-05-11\nT\nOn 2023-05-09 CRASH.\n"})
    timeline = build([news], BuildOptions())
    crashed = str(news / "b2-crash.txt")
    assert next(problem for problem in timeline.problems if problem.path == crashed).message == (
        "internal error while processing: RuntimeError: stub stage failed "
        "(run with --debug for a traceback)"
    )
    assert crashed not in [source.path for source in timeline.sources]
    assert len(timeline.sources) == 3
    assert timeline.skipped_files == 1
    assert "2023-05-09" not in [event.id for event in timeline.events]


@stubbed
def test_a_reader_crash_becomes_a_problem(news: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_or_crash(path: Path, **kwargs: object) -> FileResult:
        if path.name == "b-handover.txt":
            raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
        return stub_read_file(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "read_file", read_or_crash)
    timeline = build([news], BuildOptions())
    assert str(timeline.problems[0]).startswith(
        f"{news / 'b-handover.txt'}: internal error while reading: UnicodeDecodeError: "
    )
    assert timeline.problems[0].severity == "error"
    assert len(timeline.sources) == 2


@stubbed
def test_debug_lets_the_crash_through(news: Path) -> None:
    write_articles(news, {"b2-crash.txt": "date 2023-05-11\nT\nOn 2023-05-09 CRASH.\n"})
    with pytest.raises(RuntimeError, match="stub stage failed"):
        build([news], BuildOptions(debug=True))


@stubbed
def test_max_bytes_reaches_the_reader(news: Path) -> None:
    timeline = build([news], BuildOptions(max_bytes=len(UNDATED.encode()) + 1))
    assert [source.title for source in timeline.sources] == ["Opinion"]
    assert timeline.skipped_files == 2


@stubbed
def test_on_file_reports_progress_once_per_file(news: Path) -> None:
    calls: list[tuple[int, int]] = []
    build([news], BuildOptions(), on_file=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]


@stubbed
def test_article_text_is_dropped_after_each_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_articles(tmp_path, {f"{n:02}.txt": DEPOT for n in range(12)})
    alive_at_each_read: list[int] = []

    def counting_read(path: Path, **kwargs: object) -> FileResult:
        gc.collect()
        alive_at_each_read.append(sum(isinstance(o, Article) for o in gc.get_objects()))
        return stub_read_file(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "read_file", counting_read)
    timeline = build([folder], BuildOptions())
    assert len(timeline.sources) == 12
    # At most the previous file's article is still referenced when the next file is read.
    assert max(alive_at_each_read) <= 1


@stubbed
def test_paths_are_shown_as_given(news: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(news)
    timeline = build([Path("a-depot.txt")], BuildOptions())
    assert timeline.sources[0].path == "a-depot.txt"
    assert not os.path.isabs(timeline.events[0].mentions[0].path)


# --- end to end, real stages -------------------------------------------------------------

WITHDRAWAL = """date 2023-05-05 Iron Lark fighters to quit Brannik

The founder of the Iron Lark Company, Dorian Vasko, said on Friday that his fighters would \
leave their positions in Brannik by May 10.

Kestravan drones struck a fuel depot in the border town of Ravensk early Wednesday, the \
regional governor said.
"""
AFTERMATH = """---
title: Ravensk counts the cost
date: 2023-05-12
---

Satellite pictures show six warehouses destroyed at the Ravensk fuel depot that drones hit \
on May 3.

The army said on Tuesday that it had taken over all positions in Brannik.
"""
OPINION = """The mercenary problem

Vasko said on Friday that he would leave. Marov first hired the company in 2019 to guard mines.
"""
WIRE = (
    '[{"title": "Prisoners swapped", "publishedAt": "2023-05-18T09:00:00Z",'
    ' "content": "Both sides exchanged forty prisoners on Wednesday near Brannik."},'
    ' {"title": "Talks resume", "publishedAt": "2023-05-19T10:00:00Z",'
    ' "content": "Negotiators met again in Altheon on Thursday."}]'
)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    return write_articles(
        tmp_path / "articles",
        {
            "a-withdrawal.txt": WITHDRAWAL,
            "b-aftermath.md": AFTERMATH,
            "c-opinion.txt": OPINION,
            "d-wire.json": WIRE,
        },
    )


def dated_mentions(timeline: Timeline) -> dict[str, tuple[str, str | None]]:
    """expression -> (file name, start of the event it dates), over every mention."""
    return {
        mention.expression or "": (
            Path(mention.path).name,
            event.interval.start.isoformat() if event.interval else None,
        )
        for event in timeline.events
        for mention in event.mentions
    }


def test_real_stages_date_each_report_from_its_own_publication_date(articles: Path) -> None:
    timeline = build([articles], BuildOptions())
    assert [(Path(s.path).name, s.record) for s in timeline.sources] == [
        ("a-withdrawal.txt", None),
        ("b-aftermath.md", None),
        ("c-opinion.txt", None),
        ("d-wire.json", 1),
        ("d-wire.json", 2),
    ]
    mentions = dated_mentions(timeline)
    assert mentions["early Wednesday"] == ("a-withdrawal.txt", "2023-05-03")
    assert mentions["May 3"] == ("b-aftermath.md", "2023-05-03")
    assert mentions["Tuesday"] == ("b-aftermath.md", "2023-05-09")
    assert mentions["Wednesday"] == ("d-wire.json", "2023-05-17")
    assert mentions["Thursday"] == ("d-wire.json", "2023-05-18")
    # The undated article: its absolute year is placed, its "Friday" is never guessed.
    assert mentions["2019"] == ("c-opinion.txt", "2019-01-01")
    assert mentions["Friday"] in {("c-opinion.txt", None), ("a-withdrawal.txt", "2023-05-05")}
    undated = [e for e in timeline.events if e.interval is None]
    assert [m.value for e in undated for m in e.mentions] == ["XXXX-WXX-5"]
    assert [(Path(p.path).name, p.severity) for p in timeline.problems] == [
        ("c-opinion.txt", "warning")
    ]
    assert "no publication date" in timeline.problems[0].message


def test_real_stages_with_a_published_override(articles: Path) -> None:
    options = BuildOptions(published={"c-opinion.txt": date(2023, 5, 12)})
    timeline = build([articles], options)
    assert timeline.problems == ()
    opinion = [m for e in timeline.events for m in e.mentions if m.path.endswith("opinion.txt")]
    friday = next(m for m in opinion if m.expression == "Friday")
    assert friday.value == "2023-05-12"  # a Friday article's "on Friday" is that day


def test_real_tagging_covers_the_whole_text(articles: Path) -> None:
    tagging = tag_paths([articles / "a-withdrawal.txt"], BuildOptions())
    (article,) = tagging.articles
    assert [(t.text, t.value) for t in article.timexes] == [
        ("2023-05-05", "2023-05-05"),  # the date line is part of the text
        ("Friday", "2023-05-05"),
        ("May 10", "2023-05-10"),
        ("early Wednesday", "2023-05-03"),
    ]
    for timex in article.timexes:
        assert WITHDRAWAL[timex.start : timex.end] == timex.text


def test_the_samples_build_without_errors() -> None:
    samples = Path(__file__).resolve().parent.parent / "samples"
    timeline = build([samples], BuildOptions())
    errors = [str(problem) for problem in timeline.problems if problem.severity == "error"]
    assert errors == []
    assert timeline.skipped_files == 0
    assert len(timeline.sources) >= 13
    undated = [Path(source.path).name for source in timeline.sources if source.published is None]
    assert "opinion-mercenary-problem.txt" in undated

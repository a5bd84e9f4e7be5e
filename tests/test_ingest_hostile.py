"""Hostile files next to good ones: good articles read intact, each bad file one clear Problem."""

import json
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile import HOSTILE_MAX_BYTES, write_hostile_cases
from timeline.ingest import discover, read_file
from timeline.ingest.discover import ARTICLE_EXTENSIONS

GOOD = {
    "good.txt": (
        "date 2023-05-04\nPort reopens after strikes\n"
        "Cargo ships left the southern port on Wednesday for the first time in a week.\n",
        "Port reopens after strikes",
        "Cargo ships left the southern port on Wednesday",
    ),
    "good.md": (
        "---\ntitle: Curfew eased in frontline city\ndate: 2023-05-03\n---\n"
        "The city council said on **Tuesday** that the night curfew would start two hours later.\n",
        "Curfew eased in frontline city",
        "The city council said on   Tuesday   that the night curfew",
    ),
    "good.html": (
        '<html><head><meta property="article:published_time" content="2023-05-01T08:00:00Z">'
        "<title>Evacuation trains resume</title></head><body><article><h1>Evacuation trains resume"
        "</h1><p>The railway company said trains would again carry civilians west from the "
        "region on Monday after repairs to the line.</p></article></body></html>",
        "Evacuation trains resume",
        "The railway company said trains would again carry civilians west",
    ),
}


def test_hostile_files_next_to_good_ones(tmp_path: Path) -> None:
    for name, (content, _title, _sentence) in GOOD.items():
        (tmp_path / name).write_text(content)
    cases = write_hostile_cases(tmp_path)

    found = discover([tmp_path])
    names = {path.name for path in found.files}
    assert set(GOOD) <= names
    assert "image.png" not in names and "archive.zip" not in names
    loop_problems = [p for p in found.problems if "symlink loop" in p.message]
    assert len(loop_problems) == 1 and "loop" in loop_problems[0].path

    for name, (_content, title, sentence) in GOOD.items():
        result = read_file(tmp_path / name, display_path=name, max_bytes=HOSTILE_MAX_BYTES)
        assert result.problems == (), name
        (article,) = result.articles
        assert article.title == title
        assert sentence in article.body
        assert article.published is not None and article.published.value.year == 2023

    for name, expected in cases.items():
        if name == "loop":
            continue
        result = read_file(tmp_path / name, display_path=name, max_bytes=HOSTILE_MAX_BYTES)
        if expected:
            assert len(result.problems) == 1, (name, result.problems)
            (problem,) = result.problems
            assert problem.path == name
            assert expected in problem.message, (name, problem.message)
        else:
            assert result.articles, (name, result.problems)
            assert all(p.severity == "warning" for p in result.problems), name
            assert all(a.published is not None for a in result.articles), name


def test_hostile_readable_files_keep_their_text(tmp_path: Path) -> None:
    write_hostile_cases(tmp_path)
    for name in ("utf16_bom.txt", "utf16_no_bom.txt"):
        (article,) = read_file(tmp_path / name, display_path=name).articles
        assert article.published is not None and article.published.value == date(2023, 5, 2)
        assert "garrison commander" in article.body
    (latin,) = read_file(tmp_path / "latin1.txt", display_path="latin1.txt").articles
    assert latin.title == "Café shelled"
    good_lines = read_file(tmp_path / "one_bad_line.jsonl", display_path="x").articles
    assert [a.record for a in good_lines] == [1, 3]


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=3000), extension=st.sampled_from(sorted(ARTICLE_EXTENSIONS)))
def test_random_bytes_never_raise(tmp_path: Path, data: bytes, extension: str) -> None:
    path = tmp_path / f"fuzz{extension}"
    path.write_bytes(data)
    result = read_file(path, display_path=path.name)
    assert result.articles or any(p.severity == "error" for p in result.problems)
    for article in result.articles:
        assert len(article.text) == len(article.body)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["title", "text", "body", "date", "articles", "data", "headline", "x"]),
            children,
            max_size=4,
        )
    ),
    max_leaves=20,
)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=_JSON, lines=st.booleans())
def test_random_json_never_raises(tmp_path: Path, value: object, lines: bool) -> None:
    path = tmp_path / ("fuzz.jsonl" if lines else "fuzz.json")
    path.write_text(json.dumps(value))
    result = read_file(path, display_path=path.name)
    assert result.articles or result.problems
    for article in result.articles:
        assert len(article.text) == len(article.body)

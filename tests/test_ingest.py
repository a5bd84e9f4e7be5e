"""read_file: decoding, dispatch by extension and the publication date rules, end to end."""

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from timeline.ingest import read_file
from timeline.ingest.discover import ARTICLE_EXTENSIONS
from timeline.ingest.pubdate import NO_DATE_MESSAGE

LEDE = (
    "Air defences shot down most of the drones launched overnight at the port, "
    "the navy said on Monday."
)


def read(path: Path, **kwargs: object):  # type: ignore[no-untyped-def]
    return read_file(path, display_path=path.name, **kwargs)  # type: ignore[arg-type]


def test_prefix_date_and_no_warning(tmp_path: Path) -> None:
    path = tmp_path / "port.txt"
    path.write_text(f"date 2023-05-08 {LEDE}\n")
    result = read(path)
    (article,) = result.articles
    assert result.problems == ()
    assert article.published is not None
    assert (article.published.value, article.published.source) == (date(2023, 5, 8), "prefix")
    assert article.format == "txt" and article.path == "port.txt"


def test_undated_article_is_reported_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "port.txt"
    path.write_text(f"Drones downed\n{LEDE}\n")
    result = read(path)
    assert result.articles[0].published is None
    assert [(p.path, p.message, p.severity) for p in result.problems] == [
        ("port.txt", NO_DATE_MESSAGE, "warning")
    ]


def test_file_name_date_is_the_weakest_source(tmp_path: Path) -> None:
    path = tmp_path / "2023-05-11-port.txt"
    path.write_text(f"Drones downed\n{LEDE}\n")
    published = read(path).articles[0].published
    assert published is not None
    assert (published.value, published.source) == (date(2023, 5, 11), "filename")
    path.write_text(f"Date: 2023-05-10\nDrones downed\n{LEDE}\n")
    published = read(path).articles[0].published
    assert published is not None and published.source == "header"


def test_cli_date_overrides(tmp_path: Path) -> None:
    path = tmp_path / "2023-05-11-port.txt"
    path.write_text(f"date 2023-05-08 {LEDE}\n")
    published = read(path, published=date(2023, 5, 9)).articles[0].published
    assert published is not None
    assert (published.value, published.source) == (date(2023, 5, 9), "cli")


@pytest.mark.parametrize(
    ("written", "reason"),
    [("2023-02-30", "day is out of range"), ("0000-01-01", "year 0 is absurd")],
)
def test_impossible_dates_warn_and_are_ignored(tmp_path: Path, written: str, reason: str) -> None:
    path = tmp_path / "bad.md"
    path.write_text(f"---\ndate: {written}\n---\n# Port attacked\n{LEDE}\n")
    result = read(path)
    assert result.articles[0].published is None
    messages = [p.message for p in result.problems]
    assert any(written in m and reason in m for m in messages)
    assert NO_DATE_MESSAGE in messages


def test_future_date_is_ignored(tmp_path: Path) -> None:
    future = (date.today() + timedelta(days=3)).isoformat()
    path = tmp_path / "future.json"
    path.write_text(json.dumps({"title": "Port attacked", "text": LEDE, "date": future}))
    result = read(path)
    assert result.articles[0].published is None
    assert any(future in p.message and "after today" in p.message for p in result.problems)


def test_jsonl_warnings_name_the_record(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [{"title": "A", "text": LEDE, "date": "2023-05-01"}, {"title": "B", "text": LEDE}]
    path.write_text("\n".join(json.dumps(line) for line in lines))
    result = read(path)
    assert [a.record for a in result.articles] == [1, 2]
    assert [p.message for p in result.problems] == [f"line 2: {NO_DATE_MESSAGE}"]


def test_boilerplate_blanked_in_body_kept_in_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Drones downed\n{LEDE}\nFollow us on Telegram for live updates\n")
    (article,) = read(path).articles
    assert "Follow us" in article.text and "Follow us" not in article.body
    assert len(article.text) == len(article.body)


def test_decode_problem_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    result = read(path)
    assert result.articles == ()
    assert [(p.message, p.severity) for p in result.problems] == [
        ("looks like a PNG image, not an article", "error")
    ]


def test_non_utf8_warning(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(f"date 2023-05-08 Caf\xe9 shelled\n{LEDE} Th\xe9 end.\n".encode("latin-1"))
    result = read(path)
    assert result.articles[0].title == "Café shelled"
    assert [p.message for p in result.problems] == ["not UTF-8; decoded as cp1252"]


def test_every_discovered_extension_has_a_reader(tmp_path: Path) -> None:
    for extension in ARTICLE_EXTENSIONS:
        path = tmp_path / f"empty{extension}"
        path.write_bytes(b"")
        assert [p.message for p in read(path).problems] == ["empty file"], extension

import os
from pathlib import Path

from timeline.ingest import discover, is_input


def touch(path: Path, text: str = "Headline\nBody.\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_folders_are_walked_sorted_and_filtered(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", "sub/c.json", "sub/deeper/d.tml", "e.HTML", "f.jsonl", "g.htm"]:
        touch(tmp_path / name)
    touch(tmp_path / "notes.docx")
    touch(tmp_path / "README")
    touch(tmp_path / ".hidden.txt")
    touch(tmp_path / ".git" / "config.txt")
    found = discover([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found.files] == [
        "a.md",
        "b.txt",
        "e.HTML",
        "f.jsonl",
        "g.htm",
        "sub/c.json",
        "sub/deeper/d.tml",
    ]
    assert found.skipped == 4  # docx, README, .hidden.txt, .git
    assert found.problems == ()


def test_each_file_once_even_when_named_twice(tmp_path: Path) -> None:
    article = touch(tmp_path / "a.txt")
    (tmp_path / "link.txt").symlink_to(article)
    found = discover([tmp_path, article, tmp_path / "a.txt"])
    assert found.files == (article,)


def test_missing_path_is_one_problem(tmp_path: Path) -> None:
    found = discover([tmp_path / "nowhere"])
    assert found.files == ()
    assert [(p.path, p.message) for p in found.problems] == [
        (str(tmp_path / "nowhere"), "no such file or folder")
    ]


def test_pipes_are_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    assert discover([tmp_path]).files == ()
    found = discover([tmp_path / "pipe.txt"])
    assert [p.message for p in found.problems] == ["not a regular file (a pipe, socket or device)"]


def test_explicit_file_with_unknown_extension(tmp_path: Path) -> None:
    found = discover([touch(tmp_path / "scan.pdf")])
    assert found.skipped == 1
    assert "not an article file ('.pdf')" in found.problems[0].message


def test_directory_symlink_loop_is_one_problem(tmp_path: Path) -> None:
    touch(tmp_path / "top" / "a.txt")
    (tmp_path / "top" / "again").symlink_to(tmp_path / "top")
    found = discover([tmp_path / "top"])
    assert [p.name for p in found.files] == ["a.txt"]
    assert len(found.problems) == 1
    assert "symlink loop" in found.problems[0].message
    assert found.problems[0].path.endswith("again")


def test_self_referencing_file_symlink_and_broken_link(tmp_path: Path) -> None:
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "missing.txt")
    found = discover([tmp_path])
    assert sorted(p.message.split(":")[0] for p in found.problems) == [
        "broken symlink",
        "symlink loop",
    ]


def test_unlistable_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    touch(locked / "a.txt")
    touch(tmp_path / "b.txt")
    locked.chmod(0)
    try:
        found = discover([tmp_path])
    finally:
        locked.chmod(0o755)
    if os.geteuid() == 0:  # root lists it anyway
        assert len(found.files) == 2
    else:
        assert [p.name for p in found.files] == ["b.txt"]
        assert "permission denied" in found.problems[0].message


def test_is_input_names_given_files_and_article_files_inside_given_folders(tmp_path: Path) -> None:
    news = tmp_path / "news"
    (news / "deep").mkdir(parents=True)
    for name in ("a.txt", "deep/b.md", "notes.log", "out.txt"):
        (news / name).write_text("text\n", encoding="utf-8")
    outside = tmp_path / "timeline.md"
    outside.write_text("old\n", encoding="utf-8")
    assert is_input(news / "a.txt", [news])
    assert is_input(news / "deep" / "b.md", [news])
    assert is_input(outside, [news, outside])
    assert not is_input(news / "notes.log", [news])  # discovery skips it
    assert not is_input(outside, [news])
    assert not is_input(news / "out.txt", [news / "a.txt"])

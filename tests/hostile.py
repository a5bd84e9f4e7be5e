"""Files that try to break ingestion, written by `write_hostile_cases`.

Each case maps a file name to a substring that the one Problem about it must contain, or to ""
for a file that must still be read (with at most warnings).
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

# The oversize case is bigger than this and the long-line case smaller; pass it as max_bytes.
HOSTILE_MAX_BYTES = 3 * 1024 * 1024

_LEDE = (
    "The garrison commander said on Tuesday that the eastern bridge had been closed to traffic "
    "after two nights of shelling damaged its supports."
)
_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"


def _zip_bytes(folder: Path) -> bytes:
    scratch = folder / "scratch.zip.tmp"
    with zipfile.ZipFile(scratch, "w") as archive:
        archive.writestr("story.txt", f"Bridge closed\n{_LEDE}\n")
    data = scratch.read_bytes()
    scratch.unlink()
    return data


def write_hostile_cases(folder: Path) -> dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    cases: dict[str, str] = {}

    def write(name: str, data: bytes | str, expected: str) -> None:
        path = folder / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        cases[name] = expected

    dated = f"date 2023-05-02 {_LEDE}\n"
    write("binary.txt", bytes(range(256)) * 8, "contains NUL bytes")
    write(
        "nul_bytes.txt", f"Bridge closed\n{_LEDE}\x00\x00\x00tail\n".encode(), "contains NUL bytes"
    )
    write("utf16_bom.txt", dated.encode("utf-16"), "")
    write("utf16_no_bom.txt", dated.encode("utf-16-le"), "")
    write(
        "latin1.txt",
        f"date 2023-05-02 Caf\xe9 shelled\n{_LEDE} D\xe9j\xe0 vu.\n".encode("latin-1"),
        "",
    )
    write("cp1252.txt", f"date 2023-05-02 “Quoted” — dashed\n{_LEDE}\n".encode("cp1252"), "")
    write("zero_bytes.txt", b"", "empty file")
    write("whitespace_only.md", "  \n\n\t \r\n", "empty file")
    write("long_line.txt", "date 2023-05-02 " + "shelling continued " * 110_000, "")
    write(
        "deep.html",
        "<html><body>" + "<div>" * 10_000 + "<p>Deep.</p>" + "</div>" * 10_000,
        "no article text",
    )
    write(
        "malformed.html",
        "<html><head><meta name=date content=2023-05-02><title>Bridge closed</title><body>"
        f"<p>{_LEDE}<div><b>unclosed <i>tags"
        "</span></table>< <> &bogus; <p>Crews will inspect the supports this week.",
        "",
    )
    write(
        "truncated.json",
        json.dumps([{"title": "Bridge closed", "text": _LEDE}] * 3)[:-40],
        "truncated",
    )
    good_line = json.dumps({"title": "Bridge closed", "text": _LEDE, "date": "2023-05-02"})
    write(
        "one_bad_line.jsonl",
        f'{good_line}\n{{"title": oops}}\n{good_line}\n',
        "line 2: invalid JSON",
    )
    write(
        "2023-05-02-bad-front-matter.md",
        f"---\ntitle: [open\n: : :\n---\n{_LEDE}\n",
        "front matter is not YAML",
    )
    write("2023-05-02-impossible-date.txt", f"date 2023-02-30 {_LEDE}\n", "'2023-02-30'")
    write(
        "2023-05-02-absurd-date.md",
        f"---\ndate: 99999-01-01\n---\n# Bridge closed\n{_LEDE}\n",
        "year 99999 is absurd",
    )
    write(
        "2023-05-02-future-date.json",
        json.dumps({"title": "Bridge closed", "text": _LEDE, "date": "2999-01-01"}),
        "after today",
    )
    write("image.png", _PNG, "not an article file")
    write("image.txt", _PNG, "looks like a PNG image, not an article")
    zipped = _zip_bytes(folder)
    write("archive.zip", zipped, "not an article file")
    write("archive.txt", zipped, "looks like a ZIP archive")
    write("oversize.txt", b"x" * (HOSTILE_MAX_BYTES + 1), "over the 3.0 MiB")

    if os.geteuid() == 0:  # root reads any file: stand in with a file that vanished
        cases["vanished.txt"] = "file vanished before it could be read"
    else:
        write("unreadable.txt", dated, "permission denied")
        (folder / "unreadable.txt").chmod(0)

    loop = folder / "loop"
    loop.mkdir()
    (loop / "again").symlink_to(loop)
    cases["loop"] = "symlink loop"
    return cases

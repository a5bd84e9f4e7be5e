from pathlib import Path

import pytest

from timeline.ingest.decode import Decoded, DecodeError, decode_bytes, read_text

ARTICLE = "Shelling hit the port on Thursday, officials said. Crews restored power by Friday.\n"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"  \n\t\r\n ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a PNG image, not an article"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "looks like a JPEG image"),
        (b"GIF89a\x01\x00", "looks like a GIF image"),
        (b"%PDF-1.7\n%\xe2\xe3", "looks like a PDF document"),
        (b"PK\x03\x04\x14\x00", "looks like a ZIP archive"),
        (b"\x1f\x8b\x08\x00", "looks like a GZIP archive"),
        (b"Header\x00\x01\x02binary\xff\x00tail", "contains NUL bytes"),
        (b"\xef\xbb\xbf\xff\xfe broken", "not valid UTF-8-SIG"),
    ],
)
def test_unusable_bytes_are_refused_with_a_reason(data: bytes, message: str) -> None:
    result = decode_bytes(data)
    assert isinstance(result, DecodeError)
    assert message in result.message


@pytest.mark.parametrize(
    ("data", "warning"),
    [
        (ARTICLE.encode("utf-8"), None),
        (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), None),
        (ARTICLE.encode("utf-16"), None),  # with BOM
        (b"\xfe\xff" + ARTICLE.encode("utf-16-be"), None),
        (ARTICLE.encode("utf-16-le"), "decoded as utf-16-le"),
        (ARTICLE.encode("utf-16-be"), "decoded as utf-16-be"),
    ],
)
def test_unicode_encodings_decode_exactly(data: bytes, warning: str | None) -> None:
    result = decode_bytes(data)
    assert isinstance(result, Decoded)
    assert result.text == ARTICLE
    assert result.warning == warning or (warning is not None and warning in (result.warning or ""))


def test_legacy_single_byte_text_decodes_with_a_warning_naming_the_encoding() -> None:
    text = (
        "Le maire a déclaré jeudi que les réfugiés arrivés à la frontière recevraient "
        "une aide d’urgence, a précisé le préfet « dès la semaine prochaine ».\n"
    ) * 3
    result = decode_bytes(text.encode("cp1252"))
    assert isinstance(result, Decoded)
    assert result.text == text
    assert result.warning is not None
    assert result.warning.startswith("not UTF-8; decoded as ")


def test_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 5000)
    result = read_text(path, max_bytes=1024)
    assert isinstance(result, DecodeError)
    assert "4.9 KiB (5,000 bytes)" in result.message
    assert "1.0 KiB (1,024 bytes) limit" in result.message


def test_missing_file_is_one_clear_message(tmp_path: Path) -> None:
    result = read_text(tmp_path / "gone.txt", max_bytes=1024)
    assert isinstance(result, DecodeError)
    assert result.message == "file vanished before it could be read"


def test_folder_is_not_read_as_a_file(tmp_path: Path) -> None:
    result = read_text(tmp_path, max_bytes=1024)
    assert isinstance(result, DecodeError)
    assert "folder" in result.message


def test_utf8_with_a_stray_byte_stays_utf8() -> None:
    text = "The mayor said “the bridge is gone” on Tuesday’s evening.\n" * 50
    data = text.encode("utf-8")
    cut = data.index(b"\n") + 1
    result = decode_bytes(data[:cut] + b"\xff" + data[cut:])
    assert isinstance(result, Decoded)
    assert result.text.replace("\ufffd", "") == text
    assert result.warning == "not valid UTF-8: 1 stray byte(s) replaced with U+FFFD"

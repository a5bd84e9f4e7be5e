import os
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


@pytest.mark.parametrize(
    ("head", "encoding", "named"),
    [
        ('<meta charset="windows-1251">', "cp1251", "windows-1251"),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">',
            "koi8-r",
            "koi8-r",
        ),
        ('<meta charset="ISO-8859-1">', "cp1252", "cp1252"),
    ],
)
def test_encoding_declared_in_the_page_is_used(head: str, encoding: str, named: str) -> None:
    words = "Сирены звучали всю ночь" if encoding != "cp1252" else "Les sirènes ont sonné à l’aube"
    page = f"<html><head>{head}</head><body><p>{words}.</p></body></html>"
    result = decode_bytes(page.encode(encoding))
    assert isinstance(result, Decoded)
    assert result.text == page
    assert result.warning == f"not UTF-8; decoded as {named} (declared in the file)"


def test_xml_declaration_encoding() -> None:
    doc = '<?xml version="1.0" encoding="ISO-8859-1"?><TimeML><TEXT>Café</TEXT></TimeML>'
    result = decode_bytes(doc.encode("latin-1"))
    assert isinstance(result, Decoded) and result.text == doc


def test_a_wrong_declaration_falls_back_to_detection() -> None:
    page = '<meta charset="utf-8"><p>' + "Le maire a déclaré jeudi à la presse. " * 5 + "</p>"
    result = decode_bytes(page.encode("cp1252"))
    assert isinstance(result, Decoded)
    assert result.text == page


def test_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    result = read_text(pipe, max_bytes=1024)
    assert isinstance(result, DecodeError)
    assert "not a regular file" in result.message


@pytest.mark.parametrize(
    "text",
    [
        "Le préfet a déclaré jeudi que les élèves évacués rentreraient à l'école dès lundi.\n",
        "Die Bürgermeisterin sagte am Donnerstag, dass die Flüchtlinge in der Turnhalle "
        "übernachten müssten, weil die Straßen gesperrt seien.\n",
        "date 2023-05-02 Café shelled\nResidents said the shelling began before dawn. Déjà vu.\n",
        "Déjà vu à Noël.\n",
        "Le maire a été réélu à Genève.\n",
    ],
)
def test_latin1_western_text_is_read_as_cp1252_not_a_close_rival(text: str) -> None:
    result = decode_bytes(text.encode("latin-1"))
    assert isinstance(result, Decoded)
    assert result.text == text
    assert result.warning == "not UTF-8; decoded as cp1252"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        # Every byte here is a Latin-1 letter too, but the language evidence is Cyrillic/Greek.
        ("Вчера вечером в городе снова звучали сирены, сообщили местные власти.\n", "cp1251"),
        (
            "Οι αρχές ανακοίνωσαν την Πέμπτη ότι οι κάτοικοι των βόρειων χωριών θα "
            "απομακρυνθούν.\n",
            "cp1253",
        ),
    ],
)
def test_other_code_pages_with_language_evidence_keep_their_encoding(
    text: str, encoding: str
) -> None:
    result = decode_bytes(text.encode(encoding))
    assert isinstance(result, Decoded)
    assert result.text == text
    assert result.warning == f"not UTF-8; decoded as {encoding}"

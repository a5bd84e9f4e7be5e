"""Bytes to text, cheapest test first: size, emptiness, binary signatures, BOMs, UTF-16 without
a BOM, strict UTF-8, and only then charset detection (the one costly step)."""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

# Leading bytes of binary formats people drop into article folders by mistake.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"PK\x05\x06", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a GZIP archive"),
)

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

_WESTERN = "cp1252"
# Browsers read pages labelled Latin-1 or ASCII as Windows-1252; so do we.
_WESTERN_ALIASES = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii"})
# Bytes that are Latin letters in Latin-1 and Windows-1252 alike (é, ü, ß, ñ, ª, º, ...).
_LATIN_LETTER_BYTES = frozenset(
    byte for byte in range(0xA0, 0x100) if bytes([byte]).decode("latin-1").isalpha()
)
_ASCII_BYTES = bytes(range(0x80))
# How far (in charset-normalizer's chaos and coherence, 0..1) Windows-1252 may trail the best
# candidate and still win for Western-looking bytes: Latin-1 French read as cp1257 trails the
# best by 0.067 chaos, enough to garble every accent.
_WESTERN_MARGIN = 0.1
_DECLARATION_SEARCH_BYTES = 4096
_DECLARED_ENCODING = re.compile(
    rb"<meta\b[^<>]{0,300}?charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})"
    rb"|<\?xml\b[^<>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]{1,40})",
    re.IGNORECASE,
)
# Invalid bytes in otherwise valid UTF-8, as a share of characters, still read as UTF-8.
_MAX_STRAY_BYTE_SHARE = 0.01
_UTF16_SAMPLE_BYTES = 4096
# Share of 2-byte units in the sample whose high byte is NUL for text to count as UTF-16: Latin
# script text has nearly all; binary data with scattered NULs has far fewer.
_UTF16_NUL_SHARE = 0.6


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    warning: str | None = None  # e.g. "not UTF-8; decoded as cp1252"


@dataclass(frozen=True, slots=True)
class DecodeError:
    message: str


def describe_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KiB"
    return f"{size / (1024 * 1024):.1f} MiB"


def read_text(path: Path, max_bytes: int) -> Decoded | DecodeError:
    """The decoded text of `path`, or why it cannot be had; never raises for a bad file."""
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            return DecodeError("is a folder, not a file")
        if not stat.S_ISREG(status.st_mode):  # reading a pipe or a device could block forever
            return DecodeError("not a regular file (a pipe, socket or device)")
        size = status.st_size
        if size > max_bytes:
            return DecodeError(_too_big(size, max_bytes))
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        return DecodeError(describe_os_error(error))
    if len(data) > max_bytes:  # the file grew after stat
        return DecodeError(_too_big(len(data), max_bytes))
    return decode_bytes(data)


def _too_big(size: int, max_bytes: int) -> str:
    return (
        f"file is {describe_size(size)} ({size:,} bytes), over the "
        f"{describe_size(max_bytes)} ({max_bytes:,} bytes) limit for one article file"
    )


def describe_os_error(error: OSError) -> str:
    if error.errno == errno.ENOENT:
        return "file vanished before it could be read"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied: cannot read the file"
    if error.errno == errno.EISDIR:
        return "is a folder, not a file"
    if error.errno == errno.ELOOP:
        return "symlink loop: the path points back to itself"
    reason = error.strerror or os.strerror(error.errno or 0)
    return f"cannot read the file: {reason}"


def decode_bytes(data: bytes) -> Decoded | DecodeError:
    if not data.strip():
        return DecodeError("empty file")
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return DecodeError(f"looks like {kind}, not an article")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(
                data, encoding, f"not valid {encoding.upper()} after its byte order mark"
            )
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        return DecodeError("contains NUL bytes: looks like binary data, not an article")
    try:
        return _non_empty(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    declared = _declared(data)
    if declared is not None:
        return declared
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return DecodeError("cannot decode: not UTF-8 and no text encoding fits")
    if _only_latin_letters(data) and _western_is_close(data, matches, best):
        return _non_empty(data.decode(_WESTERN), f"not UTF-8; decoded as {_WESTERN}")
    # Detection often ties between Latin code pages; Windows-1252 is by far the most common one.
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    chosen = next((m for m in tied if m.encoding == _WESTERN), best)
    text, encoding = str(chosen), chosen.encoding
    if encoding != _WESTERN and text == data.decode(_WESTERN, errors="replace"):
        encoding = _WESTERN  # the same text: name the encoding people know
    return _non_empty(text, f"not UTF-8; decoded as {encoding}")


def _only_latin_letters(data: bytes) -> bool:
    return set(data.translate(None, _ASCII_BYTES)) <= _LATIN_LETTER_BYTES


def _western_is_close(
    data: bytes, matches: charset_normalizer.CharsetMatches, best: charset_normalizer.CharsetMatch
) -> bool:
    """Whether Windows-1252 is within the margin of the best candidate. charset-normalizer lists
    one code page per distinct text, so Windows-1252 may appear under another name; when it does
    not appear at all, it is close unless the best candidate has language evidence (coherence)."""
    western_text = data.decode(_WESTERN)
    western = [m for m in matches if m.encoding == _WESTERN or str(m) == western_text]
    if not western:
        return best.coherence <= _WESTERN_MARGIN
    return any(
        m.chaos <= best.chaos + _WESTERN_MARGIN and m.coherence >= best.coherence - _WESTERN_MARGIN
        for m in western
    )


def _declared(data: bytes) -> Decoded | None:
    """Text in the encoding its own markup declares (<meta charset>, <?xml encoding?>)."""
    found = _DECLARED_ENCODING.search(data, 0, _DECLARATION_SEARCH_BYTES)
    if not found:
        return None
    name = (found.group(1) or found.group(2)).decode("ascii").lower()
    encoding = _WESTERN if name in _WESTERN_ALIASES else name
    try:
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None  # an unknown or wrong declaration: detection decides
    if not text.strip():
        return None
    return Decoded(text, f"not UTF-8; decoded as {encoding} (declared in the file)")


def _mostly_utf8(data: bytes) -> Decoded | DecodeError | None:
    """UTF-8 text with a few stray bytes (pasted from elsewhere) stays UTF-8: a legacy code page
    would garble every real multi-byte character in it."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    has_multibyte = any(ord(character) > 0x7F and character != "\ufffd" for character in text)
    if not has_multibyte or replaced > len(text) * _MAX_STRAY_BYTE_SHARE:
        return None
    return _non_empty(text, f"not valid UTF-8: {replaced} stray byte(s) replaced with U+FFFD")


def _strict(data: bytes, encoding: str, failure: str) -> Decoded | DecodeError:
    try:
        return _non_empty(data.decode(encoding))
    except UnicodeDecodeError:
        return DecodeError(f"cannot decode: {failure}")


def _utf16_without_bom(data: bytes) -> Decoded | DecodeError | None:
    sample = data[: _UTF16_SAMPLE_BYTES - _UTF16_SAMPLE_BYTES % 2]
    units = len(sample) // 2
    if units == 0:
        return None
    low_byte_first = sample[1::2].count(0) / units  # "A\x00" = LE
    high_byte_first = sample[0::2].count(0) / units  # "\x00A" = BE
    if low_byte_first >= _UTF16_NUL_SHARE and high_byte_first < 0.1:
        encoding = "utf-16-le"
    elif high_byte_first >= _UTF16_NUL_SHARE and low_byte_first < 0.1:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return _non_empty(text, f"UTF-16 without a byte order mark; decoded as {encoding}")


def _non_empty(text: str, warning: str | None = None) -> Decoded | DecodeError:
    if not text.strip():
        return DecodeError("empty file (only whitespace)")
    return Decoded(text, warning)

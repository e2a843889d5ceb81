"""Bytes -> text, refusing what is not text, and a guess of the markup."""

from __future__ import annotations

import re

from ..errors import InputError

# Magic numbers of files that people drop into article folders by mistake.
MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or DOCX/XLSX)",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "gzip-compressed data (decompress it first)",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"SQLite format 3": "an SQLite database",
    b"\x7fELF": "an executable",
}
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
COMMON_LEGACY = ("cp1252", "iso8859_1", "iso8859_15", "cp1251", "koi8_r", "cp1250", "iso8859_2", "cp1256", "gb18030",
                 "big5", "shift_jis", "euc_kr")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding) or raise InputError saying why the bytes are not usable text."""
    if not data.strip():
        raise InputError("", "empty file" if not data else "file holds only whitespace")
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            raise InputError("", f"binary file: looks like {what}, not text")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"), encoding)
    if b"\x00" in data[:8192]:
        raise InputError("", "binary file: contains NUL bytes, not text")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if _has_utf8_multibyte(data):
        # Valid UTF-8 sequences next to invalid bytes: a mix of encodings or a corrupted
        # file. Any single-byte guess would garble the valid part, so refuse.
        raise InputError("", f"mis-encoded text: invalid UTF-8 at byte {utf8_error.start} "
                             "in a file that is otherwise UTF-8")
    return _checked(*_guess_legacy(data))


def _guess_legacy(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:200_000]))
    if not matches:
        raise InputError("", "undecodable text: no character encoding fits these bytes")
    # Candidates often tie (cp1250 and cp1252 read French equally well); among the
    # ones that tie with the best, prefer the encodings most common on the web.
    best = min(matches, key=lambda m: (m.chaos, -m.coherence))
    tied = [m.encoding for m in matches if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.01]
    encoding = next((e for e in COMMON_LEGACY if e in tied), best.encoding)
    return data.decode(encoding, errors="replace"), encoding


def _has_utf8_multibyte(data: bytes) -> bool:
    return re.search(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}", data) is not None


def _checked(text: str, encoding: str) -> tuple[str, str]:
    sample = text[:20_000]
    bad = len(CONTROL.findall(sample)) + sample.count("\ufffd")
    if bad > max(8, len(sample) // 50):
        raise InputError("", f"binary or corrupted file: {bad} control or undecodable characters "
                             f"in the first {len(sample)} (read as {encoding})")
    return text, encoding


MARKDOWN_HINTS = re.compile(r"^#{1,6} \S|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\s]*\)|^<https?://|^[-*] \S", re.M)
HTML_HINT = re.compile(r"<(html|body|p|div|article|head)\b", re.I)


def sniff_format(text: str) -> str:
    """'html', 'markdown' or 'text', from the content alone (a .txt may hold markdown)."""
    head = text[:5000]
    if HTML_HINT.search(head) and head.lstrip().startswith("<"):
        return "html"
    if len(MARKDOWN_HINTS.findall(text[:20_000])) >= 2:
        return "markdown"
    return "text"

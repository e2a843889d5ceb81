"""Bytes -> text, refusing what is not text, and a guess of the markup."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

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
UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
INVALID_BYTE = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    replaced: int = 0  # bytes that were not valid UTF-8, each now U+FFFD
    warning: str | None = None  # what reading had to repair, for the reader to pass on


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding) or raise InputError saying why the bytes are not usable text."""
    decoded = decode(data)
    return decoded.text, decoded.encoding


def decode(data: bytes) -> Decoded:
    """Bytes -> text, or InputError saying why they are not usable text.

    UTF-8 with a few invalid bytes (a truncated character, one stray Latin-1 byte) is kept:
    the bad bytes become U+FFFD and are counted, so the reader can warn. Text with no UTF-8
    multi-byte character is read as the legacy encoding that fits; text mostly in a legacy
    encoding with some UTF-8 in it, as that encoding, with a warning. Only what reads as
    neither (mostly control or replacement characters) is refused.
    """
    if not data.strip():
        raise InputError("", "empty file" if not data else "file holds only whitespace")
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            raise InputError("", f"binary file: looks like {what}, not text")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _checked(Decoded(data.decode(encoding, errors="replace"), encoding))
    if b"\x00" in data[:8192]:
        raise InputError("", "binary file: contains NUL bytes, not text")
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    valid = len(UTF8_MULTIBYTE.findall(data))
    if not valid:
        return _checked(Decoded(*_guess_legacy(data)))
    escaped = data.decode("utf-8", errors="surrogateescape")  # each invalid byte -> one lone surrogate
    replaced = len(INVALID_BYTE.findall(escaped))
    if replaced <= valid:
        return _checked(Decoded(INVALID_BYTE.sub("\ufffd", escaped), "utf-8", replaced,
                                f"{replaced} byte{'s' if replaced > 1 else ''} not valid UTF-8 replaced with U+FFFD "
                                f"(first at byte {first_bad})"))
    # Mostly another encoding, with some UTF-8 in it (a page inside an archive's UTF-8 frame, one
    # pasted quote): read it all as the page declares, or as the rest of it reads best.
    encoding = declared_charset(data) or _guess_legacy(UTF8_MULTIBYTE.sub(b"", data))[1]
    return _checked(Decoded(data.decode(encoding, errors="replace"), encoding, 0,
                            f"mixed encodings: read as {encoding}, which {replaced} of its bytes are in; "
                            f"its {valid} UTF-8 characters may show as two or three characters each"))


# <meta charset="gb2312">, <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">, <?xml encoding=?>
DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w.:-]+)""",
                      re.I)
# What browsers read these labels as (the WHATWG Encoding standard): supersets, not the letter of the label.
WEB_LABELS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "iso-8859-1": "cp1252", "latin1": "cp1252",
              "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "iso-8859-9": "cp1254", "x-sjis": "shift_jis"}


def declared_charset(data: bytes) -> str | None:
    "The first charset other than UTF-8 that a page declares for itself, if Python knows it."
    for m in DECLARED.finditer(data[:100_000]):
        label = (m.group(1) or m.group(2)).decode("ascii", "ignore").lower()
        try:
            codec = codecs.lookup(WEB_LABELS.get(label, label)).name
        except LookupError:
            continue
        if not codec.startswith("utf"):
            return codec
    return None


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


def _checked(decoded: Decoded) -> Decoded:
    "Refuse text that is mostly control characters or replacement characters: binary, or badly damaged."
    sample = decoded.text[:20_000]
    bad = len(CONTROL.findall(sample)) + sample.count("\ufffd")
    if bad > max(8, len(sample) // 50):
        raise InputError("", f"binary or corrupted file: {bad} control or undecodable characters "
                             f"in the first {len(sample)} (read as {decoded.encoding})")
    return decoded


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

"""Text from articles made safe for where it is shown: terminal, browser, Markdown, spreadsheet.

Article text, titles, outlets, URLs and even file names are untrusted input. Each writer passes
them through one of these functions, so the rules live in one place (docs/security.md):

- ``visible``: control characters (C0 but tab and newline, DEL, C1), bidirectional overrides and
  isolates, and lone surrogates shown as ``\\x1b``, ``\\u202e``, ``\\xff`` instead of acting on a
  terminal or reordering a line; used by the terminal, the HTML templates and the other writers.
- ``one_line``: the same, newlines and tabs included: file names and error messages.
- ``safe_href``: a URL a report may link to (http and https only), else None.
- ``markdown_text``: inline Markdown that renders as the text itself (no HTML, links or tables).
- ``csv_cell``: a cell no spreadsheet runs as a formula (OWASP's advice: a leading quote).
- ``json_text``: JSON whose strings carry no raw C1 or bidi control (escaped, so the data is the same).
"""

from __future__ import annotations

import re
from typing import Any

# C0 controls but tab and newline, DEL and C1, the bidi embeddings, overrides and isolates
# (U+202A-U+202E, U+2066-U+2069), and lone surrogates (from undecodable file names).
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
CONTROL = re.compile(f"[{_CONTROLS}]")
CONTROL_OR_BREAK = re.compile(f"[{_CONTROLS}\t\n]")
HTTP_URL = re.compile(r"https?://[^\s/?#]", re.I)
MARKDOWN_SPECIAL = re.compile(r"[\\`*_\[\]|~]")
ENTITY_START = re.compile(r"&(?=#?\w+;)")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _shown(m: re.Match) -> str:
    cp = ord(m.group())
    if 0xDC80 <= cp <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape
        return f"\\x{cp - 0xDC00:02x}"
    return f"\\x{cp:02x}" if cp <= 0xFF else f"\\u{cp:04x}"


def visible(text: str) -> str:
    "Controls that would act on a terminal or reorder a line, written out instead: ESC -> \\x1b."
    return CONTROL.sub(_shown, text)


def one_line(text: str) -> str:
    "As ``visible``, and newlines and tabs too, so a name or a message stays on one line."
    return CONTROL_OR_BREAK.sub(lambda m: {"\n": "\\n", "\t": "\\t"}.get(m.group()) or _shown(m), text)


def safe_href(url: str | None) -> str | None:
    """The URL if a report may link to it: http or https only, so never javascript:, data: or file:.

    Browsers drop leading spaces and controls and any tab or newline inside a URL, so
    they are dropped here before the scheme is read.
    """
    if not url:
        return None
    cleaned = re.sub(r"[\t\n\r]", "", url).strip("\x00- ")
    if CONTROL.search(cleaned) or not HTTP_URL.match(cleaned):
        return None
    return cleaned


def markdown_text(text: str) -> str:
    """Inline Markdown that shows the text as written: no raw HTML, links, emphasis or table breaks.

    Whitespace runs become one space, so a value cannot start a new block or table row.
    """
    text = " ".join(visible(text).split())
    text = ENTITY_START.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    return MARKDOWN_SPECIAL.sub(lambda m: "\\" + m.group(), text)


def csv_cell(value: Any) -> Any:
    "A text cell starting with = + - @ tab or CR gets a leading quote, so spreadsheets show it as text."
    if not isinstance(value, str):
        return value
    value = visible(value)
    return "'" + value if value.startswith(FORMULA_START) else value


def json_text(text: str) -> str:
    "JSON text (ensure_ascii=False) with C1 and bidi controls escaped as \\uXXXX: the same data, shown safely."
    return re.sub("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]", lambda m: f"\\u{ord(m.group()):04x}", text)

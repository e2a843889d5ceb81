"""Paths and streams -> RawDocument items.

Each input item (a file, a JSONL line, a WARC record) becomes a RawDocument, or an
InputError that names the item and its problem. Readers never raise for bad input:
the caller counts the error and goes on with the batch. Files are streamed item by
item, so a 5 GB JSONL or WARC file needs no more memory than its largest item.
"""

from __future__ import annotations

import dataclasses
import errno
import gzip
import io
import json
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError
from ..model import RawDocument
from ..safe import one_line
from .decode import decode, sniff_format

# .txt says nothing: scraped "text" is often markdown or HTML, so it is sniffed.
TEXT_SUFFIXES = {".txt": None, ".text": None, ".md": "markdown", ".markdown": "markdown",
                 ".html": "html", ".htm": "html", ".xhtml": "html"}
RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson"}
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
SUPPORTED = tuple(TEXT_SUFFIXES) + tuple(RECORD_SUFFIXES) + WARC_SUFFIXES

# Field names seen in news datasets and scraper output, in order of preference.
TEXT_FIELDS = ("text", "body", "content", "maintext", "article", "raw_text", "html")
Item = RawDocument | InputError
Input = Path | str | InputError  # a file, "-" for stdin, or a folder entry that could not be read


NESTED = "JSON nested too deeply to read"
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
MB = 2**20


def source_name(path: Path | str) -> str:
    "A file as messages and the store name it: bytes that are not UTF-8 and newlines written out (\\xff, \\n)."
    return one_line(str(path))


def discover(paths: Iterable[str | Path]) -> tuple[list[Input], list[Path]]:
    """Expand folders recursively; return (inputs, skipped files with other suffixes).

    Files named explicitly are always read (their format is sniffed if the suffix
    says nothing); inside folders only supported suffixes are taken, hidden ones skipped.
    What cannot be read (a folder without permission, a symlink loop, a dangling link,
    a folder with nothing to read) comes back among the inputs as an InputError, so it
    gets its line like any other bad item.
    """
    found: list[Input] = []
    skipped: list[Path] = []
    for p in paths:
        if str(p) == "-":
            found.append("-")
            continue
        path = Path(p)
        if not path.is_dir():
            found.append(path)
            continue
        inputs, others = _walk(path)
        if not inputs:
            inputs.append(InputError(source_name(path), "no files to read in this folder "
                                                        f"(read: {', '.join(SUPPORTED)}; hidden files are skipped)"))
        found += inputs
        skipped += others
    return found, skipped


def _walk(root: Path) -> tuple[list[Input], list[Path]]:
    "Files under a folder, following symlinks but never around a loop."
    inputs: list[Input] = []
    skipped: list[Path] = []

    def unreadable(exc: OSError) -> None:
        inputs.append(InputError(source_name(exc.filename or root), f"cannot read folder: {exc.strerror or exc}"))

    for folder, dirs, files in os.walk(root, onerror=unreadable, followlinks=True):
        here = Path(folder)
        if here != root and _links_back(here, root):
            inputs.append(InputError(source_name(here), "symlink loop: links back to a folder that holds it"))
            dirs.clear()
            continue
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            child = here / name
            if name.startswith("."):
                continue
            try:
                mode = child.stat().st_mode
            except OSError as exc:
                inputs.append(InputError(source_name(child), _os_problem(exc)))
                continue
            if not name.lower().endswith(SUPPORTED):
                skipped.append(child)
            elif stat.S_ISREG(mode):
                inputs.append(child)
    return sorted(inputs, key=lambda i: str(i) if isinstance(i, Path) else i.source), skipped


def _links_back(folder: Path, root: Path) -> bool:
    "Whether a folder reached through a symlink is one of the folders that hold it."
    try:
        st = folder.stat()
        return any(os.path.samestat(st, p.stat()) for p in folder.parents if p.is_relative_to(root))
    except OSError:
        return False


def _os_problem(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if exc.errno == errno.ENOENT:
        return "dangling symlink (its target does not exist)"
    return f"cannot read: {exc.strerror or exc}"


def read_inputs(inputs: Iterable[Input], max_bytes: int) -> Iterator[Item]:
    """Yield every item of every input, in order."""
    for path in inputs:
        if isinstance(path, InputError):
            yield path
        else:
            yield from read_path(path, max_bytes)


def read_path(path: Path | str, max_bytes: int) -> Iterator[Item]:
    if path == "-":
        yield from read_stream("<stdin>", sys.stdin.buffer, max_bytes)
        return
    path = Path(path)
    name = source_name(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield InputError(name, "no such file or folder" if exc.errno == errno.ENOENT else _os_problem(exc))
        return
    lower = path.name.lower()
    try:
        if lower.endswith(WARC_SUFFIXES):
            with path.open("rb") as fh:
                yield from read_warc(fh, name, max_bytes)
        elif path.suffix.lower() in {".jsonl", ".ndjson"}:
            with path.open("rb") as fh:
                yield from read_jsonl(fh, name, max_bytes)
        elif size > max_bytes:
            yield InputError(name, f"file too large ({size / MB:.1f} MB; limit {max_bytes / MB:.0f} MB, see --max-mb)")
        else:
            yield from _read_blob(name, path.read_bytes(), max_bytes, TEXT_SUFFIXES.get(path.suffix.lower()),
                                  is_json=path.suffix.lower() == ".json")
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror or exc}")


def read_stream(name: str, fh: BinaryIO, max_bytes: int) -> Iterator[Item]:
    """A stream with no file name to go by (stdin): a WARC, JSONL or one document, told by its first bytes."""
    head = fh.read(4096)
    stream: BinaryIO = io.BufferedReader(_Prefixed(head, fh))
    if _warc_head_ok(head):
        yield from read_warc(stream, name, max_bytes)
        return
    if head.lstrip()[:1] == b"{":
        first = stream.readline(max_bytes + 1)
        if stream.peek(1) and _json_object(first):  # a whole object on the first line, and more after it
            yield from read_jsonl(io.BufferedReader(_Prefixed(first, stream)), name, max_bytes)
            return
        stream = io.BufferedReader(_Prefixed(first, stream))
    yield from _read_blob(name, stream.read(max_bytes + 1), max_bytes, None)


class _Prefixed(io.RawIOBase):
    "A stream that gives back the bytes already read from it (to tell its format) before the rest."

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._head[: len(buffer)] if self._head else self._rest.read(len(buffer))
        self._head = self._head[len(data):]
        buffer[: len(data)] = data
        return len(data)


def _parses(text: str) -> bool:
    """Whether a text file that opens like a JSON list is one: a Markdown page may open with a link ("[Home](https://...)
    | [World](...)", "[](https://...)") and is read as a page; one that opens like an object is JSON, or an error."""
    try:
        json.loads(text)
        return True
    except (ValueError, RecursionError):
        return False


def _json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


def _read_blob(name: str, data: bytes, max_bytes: int, fmt: str | None, is_json: bool = False) -> Iterator[Item]:
    if len(data) > max_bytes:
        yield InputError(name, f"input too large (over {max_bytes / MB:.0f} MB, see --max-mb)")
        return
    try:
        decoded = decode(data)
    except InputError as exc:
        yield InputError(name, exc.problem)
        return
    text = decoded.text
    opening = text.lstrip()[:1]
    if is_json or (fmt is None and (opening == "{" or opening == "[" and _parses(text))):
        yield from _json_document(name, text, decoded.encoding, _warnings(decoded.warning))
        return
    yield RawDocument(source=name, text=_scrubbed(text), format=fmt or sniff_format(text), encoding=decoded.encoding,
                      warnings=_warnings(decoded.warning))


def _warnings(*messages: str | None) -> tuple[str, ...]:
    return tuple(m for m in messages if m)


def _json_document(name: str, text: str, encoding: str | None, warnings: tuple[str, ...] = ()) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(name, _json_problem(exc, "line {line} column {column}"))
        return
    except RecursionError:
        yield InputError(name, NESTED)
        return
    records = data.get("articles", data) if isinstance(data, dict) else data
    if isinstance(records, dict):
        records = [records]
    if not isinstance(records, list):
        yield InputError(name, f"JSON holds {_json_type(records)}; expected an object or a list of objects")
        return
    if not records:
        yield InputError(name, "JSON holds an empty list: no articles")
    for i, record in enumerate(records, 1):
        yield record_document(f"{name}#{i}" if len(records) > 1 else name, record, encoding, warnings)


def _json_problem(exc: json.JSONDecodeError, where: str) -> str:
    """'malformed JSON: Expecting ',' delimiter at line 3 column 7', or where the text stops if it was cut off."""
    doc = exc.doc.rstrip()
    if exc.pos >= len(doc) or exc.msg.startswith("Unterminated string"):
        line = doc.count("\n") + 1
        column = len(doc) - doc.rfind("\n")
        return f"malformed JSON: cut off at {where.format(line=line, column=column)}, before the JSON closes"
    problem = exc.msg.removesuffix(" at").removesuffix(":")  # "Invalid control character at"
    return f"malformed JSON: {problem} at {where.format(line=exc.lineno, column=exc.colno)}"


def read_jsonl(fh: BinaryIO, name: str, max_bytes: int) -> Iterator[Item]:
    """One document per line. A line longer than ``max_bytes`` is refused without being held in memory."""
    for lineno, line in _lines(fh, max_bytes):
        source = f"{name}:{lineno}"
        if isinstance(line, int):
            yield InputError(source, f"line too large ({line / MB:.1f} MB; limit {max_bytes / MB:.0f} MB, see --max-mb)")
            continue
        if not line.strip():
            continue
        try:
            decoded = decode(line)
            record = json.loads(decoded.text)
        except InputError as exc:
            yield InputError(source, exc.problem)
            continue
        except json.JSONDecodeError as exc:
            yield InputError(source, _json_problem(exc, "column {column}"))
            continue
        except RecursionError:
            yield InputError(source, NESTED)
            continue
        yield record_document(source, record, decoded.encoding, _warnings(decoded.warning))


def _lines(fh: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | int]]:
    "(line number, line); a line over max_bytes comes as its length instead, read through but not kept."
    lineno = 0
    while line := fh.readline(max_bytes + 1):
        lineno += 1
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield lineno, line
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = fh.readline(MB)
            if not line:
                break
            size += len(line)
        yield lineno, size


def record_document(source: str, record: Any, encoding: str | None = None, warnings: tuple[str, ...] = ()) -> Item:
    """One JSON object -> RawDocument; the known metadata fields travel along."""
    if not isinstance(record, dict):
        return InputError(source, f"JSON record is {_json_type(record)}; expected an object with a text field")
    text = next((record[f] for f in TEXT_FIELDS if isinstance(record.get(f), str) and record[f].strip()), None)
    if text is None:
        return InputError(source, _no_text(record))
    fields = {k: _scrubbed(v) for k, v in record.items() if k not in TEXT_FIELDS}
    text = _scrubbed(text)
    return RawDocument(source=source, text=text, format=sniff_format(text), fields=fields, encoding=encoding,
                       warnings=warnings)


def _no_text(record: dict) -> str:
    present = [f for f in TEXT_FIELDS if f in record]
    if present and not isinstance(record[present[0]], str):
        return f"JSON field {present[0]!r} is {_json_type(record[present[0]])}; expected the article text as a string"
    if present:
        return f"JSON field {present[0]!r} is empty"
    keys = ", ".join(sorted(record)[:8]) or "none"
    return f"JSON record has no text field (looked for {', '.join(TEXT_FIELDS[:4])}; has {keys})"


def _json_type(value: Any) -> str:
    "'a number (12)', 'a list', 'null': a JSON value's type as the JSON spec names it."
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    return {dict: "an object", list: "a list", str: "a string"}.get(type(value), type(value).__name__)


def _scrubbed(value: Any, depth: int = 0) -> Any:
    r"""Strings without lone surrogates ("\udcff" is valid JSON but no UTF-8 text can hold it)."""
    if isinstance(value, str):
        return LONE_SURROGATE.sub("\ufffd", value)
    if depth < 2 and isinstance(value, list):
        return [_scrubbed(v, depth + 1) for v in value]
    if depth < 2 and isinstance(value, dict):
        return {k: _scrubbed(v, depth + 1) for k, v in value.items()}
    return value


def read_warc(fh: BinaryIO, name: str, max_bytes: int) -> Iterator[Item]:
    """HTML and text responses of a WARC file; a truncated file keeps the records read so far."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:  # pragma: no cover - warcio is a core dependency
        yield InputError(name, "warcio is not installed")
        return
    head = fh.read(4096)
    if not _warc_head_ok(head):
        yield InputError(name, "not a WARC file (no WARC/ header)")
        return
    n = records = texts = 0
    try:
        for record in ArchiveIterator(io.BufferedReader(_Prefixed(head, fh))):
            records += 1
            if record.rec_type not in ("response", "resource"):
                continue
            n += 1
            source = f"{name}#{n}"
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or \
                record.rec_headers.get_header("Content-Type") or ""
            if "html" not in ctype and "text" not in ctype:
                continue
            texts += 1
            data = record.content_stream().read(max_bytes + 1)
            url = record.rec_headers.get_header("WARC-Target-URI")
            declared = record.http_headers.get_header("Content-Length") if record.http_headers else None
            if (declared and declared.isdigit() and len(data) < min(int(declared), max_bytes)) or not data:
                yield InputError(source, f"truncated WARC record ({len(data)} of {declared or '?'} bytes); "
                                         f"kept the {n - 1} records before it")
                return
            for item in _read_blob(source, data, max_bytes, "html" if "html" in ctype else None):
                if isinstance(item, RawDocument) and url:
                    item = dataclasses.replace(item, fields={"url": _scrubbed(url), **item.fields})
                yield item
    except (EOFError, zlib.error, gzip.BadGzipFile, ValueError, OSError, ArchiveLoadFailed) as exc:
        yield InputError(name, f"truncated or corrupt WARC after {n} records ({type(exc).__name__}: {exc})")
        return
    if not texts:
        yield InputError(name, f"no HTML or text responses among its {records} records")


def _warc_head_ok(head: bytes) -> bool:
    if head[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(head)) as gz:
                head = gz.read(16)
        except (EOFError, OSError, zlib.error):
            return False
    return head.lstrip().startswith((b"WARC/", b"filedesc://"))

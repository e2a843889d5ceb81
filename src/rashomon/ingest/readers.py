"""Paths and streams -> RawDocument items.

Each input item (a file, a JSONL line, a WARC record) becomes a RawDocument, or an
InputError that names the item and its problem. Readers never raise for bad input:
the caller counts the error and goes on with the batch. Files are streamed item by
item, so a 5 GB JSONL or WARC file needs no more memory than its largest item.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError
from ..model import RawDocument
from .decode import decode_bytes, sniff_format

# .txt says nothing: scraped "text" is often markdown or HTML, so it is sniffed.
TEXT_SUFFIXES = {".txt": None, ".text": None, ".md": "markdown", ".markdown": "markdown",
                 ".html": "html", ".htm": "html", ".xhtml": "html"}
RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson"}
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
SUPPORTED = tuple(TEXT_SUFFIXES) + tuple(RECORD_SUFFIXES) + WARC_SUFFIXES

# Field names seen in news datasets and scraper output, in order of preference.
TEXT_FIELDS = ("text", "body", "content", "maintext", "article", "raw_text", "html")
Item = RawDocument | InputError


def discover(paths: Iterable[str | Path]) -> tuple[list[Path | str], list[Path]]:
    """Expand folders recursively; return (inputs, skipped files with other suffixes).

    Files named explicitly are always read (their format is sniffed if the suffix
    says nothing); inside folders only supported suffixes are taken, hidden ones skipped.
    """
    found: list[Path | str] = []
    skipped: list[Path] = []
    for p in paths:
        if str(p) == "-":
            found.append("-")
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if not child.is_file() or any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                (found if child.name.lower().endswith(SUPPORTED) else skipped).append(child)
        else:
            found.append(path)
    return found, skipped


def read_inputs(inputs: Iterable[Path | str], max_bytes: int) -> Iterator[Item]:
    """Yield every item of every input, in order."""
    for path in inputs:
        yield from read_path(path, max_bytes)


def read_path(path: Path | str, max_bytes: int) -> Iterator[Item]:
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        yield from _read_blob("<stdin>", data, max_bytes, None)
        return
    path = Path(path)
    name = str(path)
    if not path.exists():
        yield InputError(name, "no such file or folder")
        return
    lower = path.name.lower()
    try:
        if lower.endswith(WARC_SUFFIXES):
            yield from read_warc(path, max_bytes)
        elif path.suffix.lower() in {".jsonl", ".ndjson"}:
            yield from read_jsonl(path, max_bytes)
        else:
            size = path.stat().st_size
            if size > max_bytes:
                yield InputError(name, f"file too large ({size / 2**20:.1f} MB; limit {max_bytes / 2**20:.0f} MB, see --max-mb)")
                return
            yield from _read_blob(name, path.read_bytes(), max_bytes, TEXT_SUFFIXES.get(path.suffix.lower()),
                                  is_json=path.suffix.lower() == ".json")
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror or exc}")


def _read_blob(name: str, data: bytes, max_bytes: int, fmt: str | None, is_json: bool = False) -> Iterator[Item]:
    if len(data) > max_bytes:
        yield InputError(name, f"input too large (over {max_bytes / 2**20:.0f} MB, see --max-mb)")
        return
    try:
        text, encoding = decode_bytes(data)
    except InputError as exc:
        yield InputError(name, exc.problem)
        return
    stripped = text.lstrip()
    if is_json or (fmt is None and stripped[:1] in "{["):
        yield from _json_document(name, text, encoding)
        return
    yield RawDocument(source=name, text=text, format=fmt or sniff_format(text), encoding=encoding)


def _json_document(name: str, text: str, encoding: str | None) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(name, f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
        return
    records = data.get("articles", data) if isinstance(data, dict) else data
    if isinstance(records, dict):
        records = [records]
    if not isinstance(records, list):
        yield InputError(name, f"JSON holds a {type(records).__name__}; expected an object or a list of objects")
        return
    for i, record in enumerate(records, 1):
        yield record_document(f"{name}#{i}" if len(records) > 1 else name, record, encoding)


def read_jsonl(path: Path, max_bytes: int) -> Iterator[Item]:
    name = str(path)
    with path.open("rb") as fh:
        for lineno, line in enumerate(fh, 1):
            source = f"{name}:{lineno}"
            if not line.strip():
                continue
            if len(line) > max_bytes:
                yield InputError(source, f"line too large ({len(line) / 2**20:.1f} MB, see --max-mb)")
                continue
            try:
                text, encoding = decode_bytes(line)
                record = json.loads(text)
            except InputError as exc:
                yield InputError(source, exc.problem)
                continue
            except json.JSONDecodeError as exc:
                hint = " (truncated line?)" if not line.endswith(b"\n") else ""
                yield InputError(source, f"malformed JSON: {exc.msg} at column {exc.colno}{hint}")
                continue
            yield record_document(source, record, encoding)


def record_document(source: str, record: Any, encoding: str | None = None) -> Item:
    """One JSON object -> RawDocument; the known metadata fields travel along."""
    if not isinstance(record, dict):
        return InputError(source, f"JSON record is a {type(record).__name__}; expected an object with a text field")
    text = next((record[f] for f in TEXT_FIELDS if isinstance(record.get(f), str) and record[f].strip()), None)
    if text is None:
        keys = ", ".join(sorted(record)[:8]) or "none"
        return InputError(source, f"JSON record has no text field (looked for {', '.join(TEXT_FIELDS[:4])}; has {keys})")
    fields = {k: v for k, v in record.items() if k not in TEXT_FIELDS}
    return RawDocument(source=source, text=text, format=sniff_format(text), fields=fields, encoding=encoding)


def read_warc(path: Path, max_bytes: int) -> Iterator[Item]:
    """HTML responses of a WARC file; a truncated file keeps the records read so far."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:  # pragma: no cover - warcio is a core dependency
        yield InputError(str(path), "warcio is not installed")
        return
    name = str(path)
    n = 0
    with path.open("rb") as fh:
        if not _warc_header_ok(fh):
            yield InputError(name, "not a WARC file (no WARC/ header)")
            return
        try:
            for record in ArchiveIterator(fh):
                if record.rec_type not in ("response", "resource"):
                    continue
                n += 1
                source = f"{name}#{n}"
                ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or \
                    record.rec_headers.get_header("Content-Type") or ""
                if "html" not in ctype and "text" not in ctype:
                    continue
                data = record.content_stream().read(max_bytes + 1)
                url = record.rec_headers.get_header("WARC-Target-URI")
                declared = record.http_headers.get_header("Content-Length") if record.http_headers else None
                if (declared and declared.isdigit() and len(data) < min(int(declared), max_bytes)) or not data:
                    yield InputError(source, f"truncated WARC record ({len(data)} of {declared or '?'} bytes); "
                                             f"kept the {n - 1} records before it")
                    return
                for item in _read_blob(source, data, max_bytes, "html" if "html" in ctype else None):
                    if isinstance(item, RawDocument) and url:
                        item = RawDocument(item.source, item.text, item.format, {"url": url, **item.fields}, item.encoding)
                    yield item
        except (EOFError, zlib.error, gzip.BadGzipFile, ValueError, OSError) as exc:
            yield InputError(name, f"truncated or corrupt WARC after {n} records ({type(exc).__name__}: {exc})")


def _warc_header_ok(fh: BinaryIO) -> bool:
    head = fh.read(4096)
    fh.seek(0)
    if head[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(head)) as gz:
                head = gz.read(16)
        except (EOFError, OSError, zlib.error):
            return False
    return head.lstrip().startswith((b"WARC/", b"filedesc://"))

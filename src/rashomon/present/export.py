"""Export the store as JSON, JSONL, CSV or Parquet (schema: docs/schema.md).

JSON and JSONL are written article by article, so exporting a large corpus does
not hold it in memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from typing import IO

from ..version import __version__
from ..compare.stored import StoredComparison
from ..errors import ConfigError, MissingExtra
from ..safe import csv_cell
from ..store.db import Store
from .views import (SCHEMA_VERSION, article_dict, article_rows, entity_dict, entity_rows, reuse_dicts,
                    statement_dicts, statement_rows, story_dicts)

FORMATS = ("json", "jsonl", "csv", "parquet")
TABLES = {"articles": article_rows, "entities": entity_rows, "statements": statement_rows}


def export(store: Store, fmt: str, out: IO, table: str = "articles",
           comparisons: Iterable[StoredComparison] = ()) -> None:
    """Write the corpus to ``out`` (text stream; binary for parquet). JSON and JSONL include
    ``comparisons`` (``compare.stored.compare_stories`` makes one per story), written as they come."""
    if fmt not in FORMATS:
        raise ConfigError(f"format={fmt!r}; expected one of {list(FORMATS)}")
    if table not in TABLES:
        raise ConfigError(f"table={table!r}; expected one of {list(TABLES)}")
    with store.snapshot():  # one read transaction: an analyze running meanwhile cannot tear the export
        if fmt in ("json", "jsonl"):
            {"json": write_json, "jsonl": write_jsonl}[fmt](store, out, comparisons)
        else:
            {"csv": write_csv, "parquet": write_parquet}[fmt](store, out, table)


def story_comparisons(store: Store, comparisons: Iterable[StoredComparison]) -> Iterator[dict]:
    """Story comparisons as the export documents them, each under its story's label."""
    from .comparison import comparison_dict

    labels = None
    for c in comparisons:
        labels = labels if labels is not None else {s["id"]: s["label"] for s in story_dicts(store)}
        yield {"story_id": c.target.story_id, **comparison_dict(c.comparison, labels[c.target.story_id])}


def _header() -> dict:
    return {"schema_version": SCHEMA_VERSION, "generator": f"rashomon {__version__}",
            "generated": datetime.now(timezone.utc).isoformat(timespec="seconds")}


def write_json(store: Store, out: IO, comparisons: Iterable[StoredComparison] = ()) -> None:
    "One document: header fields, then 'articles', 'entities', 'statements', 'stories', 'reuse' and 'comparisons' lists."
    header = json.dumps(_header(), ensure_ascii=False)[:-1]
    out.write(header + ', "articles": [')
    _write_list(out, (article_dict(a) for a in store.articles(with_annotations=True)))
    out.write('], "entities": [')
    _write_list(out, (entity_dict(e) for e in store.entities()))
    out.write('], "statements": [')
    _write_list(out, statement_dicts(store))
    out.write('], "stories": [')
    _write_list(out, iter(story_dicts(store)))
    out.write('], "reuse": [')
    _write_list(out, iter(reuse_dicts(store)))
    out.write('], "comparisons": [')
    _write_list(out, story_comparisons(store, comparisons))
    out.write("]}\n")


def _write_list(out: IO, items: Iterator[dict]) -> None:
    for i, item in enumerate(items):
        out.write(("," if i else "") + "\n  " + json.dumps(item, ensure_ascii=False))


def write_jsonl(store: Store, out: IO, comparisons: Iterable[StoredComparison] = ()) -> None:
    "One line per record, each with a 'type' field: a header line, articles, entities, statements, stories, reuse links, then comparisons."
    out.write(json.dumps({"type": "header", **_header()}) + "\n")
    for a in store.articles(with_annotations=True):
        out.write(json.dumps({"type": "article", **article_dict(a)}, ensure_ascii=False) + "\n")
    for e in store.entities():
        out.write(json.dumps({"type": "entity", **entity_dict(e)}, ensure_ascii=False) + "\n")
    for s in statement_dicts(store):
        out.write(json.dumps({"type": "statement", **s}, ensure_ascii=False) + "\n")
    for story in story_dicts(store):
        out.write(json.dumps({"type": "story", **story}, ensure_ascii=False) + "\n")
    for link in reuse_dicts(store):
        out.write(json.dumps({"type": "reuse", **link}, ensure_ascii=False) + "\n")
    for comparison in story_comparisons(store, comparisons):
        out.write(json.dumps({"type": "comparison", **comparison}, ensure_ascii=False) + "\n")


def write_csv(store: Store, out: IO, table: str) -> None:
    rows = TABLES[table](store)
    if not rows:
        return
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows({k: csv_cell(v) for k, v in row.items()} for row in rows)


def write_parquet(store: Store, out: IO, table: str) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise MissingExtra("parquet", "pyarrow") from exc
    pq.write_table(pa.Table.from_pylist(TABLES[table](store)), out)

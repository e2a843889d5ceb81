"""The rows a new article writes, table by table, in the column order both stores share.

Kept apart from the stores so that the corpus index can gather a whole batch's rows
and hand each table's to the store at once (executemany on SQLite, COPY on PostgreSQL).
"""

from __future__ import annotations

import json
from dataclasses import asdict

from ..group.entities import Resolution
from ..model import Article, Span, Statement

ARTICLE_COLUMNS = ("id", "source", "format", "title", "outlet", "url", "published", "language", "encoding",
                   "authors", "credits", "captions", "furniture", "body", "word_count", "run_id", "date_source")
# Every table a new article writes, in the order its rows go in (articles first: the rest
# point to them), with the columns each row gives and how many of the first ones form a key
# whose repeats are dropped, the first row kept (SQLite's INSERT OR IGNORE: a model may give
# two mentions one span); 0 where rows never repeat a key.
ARTICLE_TABLES: dict[str, tuple[tuple[str, ...], int]] = {
    "articles": (ARTICLE_COLUMNS, 0),
    "sentences": (("article_id", "idx", "start", '"end"'), 0),
    "mentions": (("article_id", "start", '"end"', "text", "label", "entity_id", "stands_for"), 3),
    "statements": (("article_id", "idx", "kind", "content_start", "content_end", "cue_start", "cue_end", "cue_word",
                    "speaker_start", "speaker_end", "speaker_name", "channel", "entity_id", "speaker_kind"), 0),
    "quantities": (("article_id", "start", '"end"', "text", "value", "unit", "counts", "approximate"), 3),
    "times": (("article_id", "start", '"end"', "text", "type", "value", "mod", "begin", "end_date"), 3),
    "article_problems": (("article_id", "idx", "stage", "message"), 0),
    "copy_signatures": (("article_id", "signature"), 0),
    "copy_buckets": (("key", "article_id"), 0),
    "reuse": (("a", "b", "similarity", "a_share", "b_share"), 2),
}


def first_of_each_key(rows: list[tuple], key: int) -> list[tuple]:
    "The rows whose first ``key`` values no earlier row had, in order: what INSERT OR IGNORE keeps."
    seen: set[tuple] = set()
    return [r for r in rows if not (r[:key] in seen or seen.add(r[:key]))]


def article_rows(a: Article, res: Resolution, run_id: int | None,
                 statements: tuple[Statement, ...] | None = None) -> dict[str, list[tuple]]:
    """The rows one article writes, by table (``ARTICLE_TABLES``); ``statements`` carry their
    speakers' entities (group.speakers)."""
    return {
        "articles": [(a.id, a.source, a.format, a.title, a.outlet, a.url, a.published, a.language, a.encoding,
                      json.dumps(list(a.authors)), json.dumps([asdict(c) for c in a.credits]),
                      json.dumps([asdict(c) for c in a.captions]), json.dumps(list(a.furniture)), a.body,
                      a.word_count, run_id, a.date_source)],
        "sentences": [(a.id, i, s.start, s.end) for i, s in enumerate(a.sentences)],
        "mentions": [(a.id, m.start, m.end, m.text, m.label, eid, m.stands_for)
                     for m, eid in zip(a.mentions, res.entity_ids)],
        "statements": [(a.id, i, s.kind, s.content.start, s.content.end, *_pair(s.cue), s.cue_word, *_pair(s.speaker),
                        s.speaker_name, s.channel, s.entity_id, s.speaker_kind)
                       for i, s in enumerate(a.statements if statements is None else statements)],
        "quantities": [(a.id, q.start, q.end, q.text, q.value, q.unit, q.counts, int(q.approximate))
                       for q in a.quantities],
        "times": [(a.id, t.start, t.end, t.text, t.type, t.value, t.mod, t.begin, t.end_date) for t in a.times],
        "article_problems": [(a.id, i, p.stage, p.message) for i, p in enumerate(a.problems)],
    }


def _pair(span: Span | None) -> tuple[int | None, int | None]:
    return (span.start, span.end) if span else (None, None)

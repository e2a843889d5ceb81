"""The store on PostgreSQL: the same tables, queries and behaviour as the SQLite store.

``Store`` writes its SQL once, in the dialect both engines share; what differs is
kept here: placeholders (``?`` becomes ``%s``), SQLite's ``INSERT OR IGNORE`` and
case-insensitive ``LIKE``, full-text search (a tsvector column instead of FTS5),
and the corpus lock (an advisory lock held by each write transaction, where SQLite
has its one write lock).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from ..errors import MissingExtra, StoreError
from .db import LOCK_WAIT_S, Store, _now, fts_query
from .pg_migrations import MIGRATIONS
from .tables import ARTICLE_TABLES, first_of_each_key

CORPUS_LOCK = 0x5241_5348  # advisory lock key held by a write transaction ("RASH")
WORD = re.compile(r"\w+", re.UNICODE)


class Row:
    """A result row read by name or position, like ``sqlite3.Row``, so the shared code reads both alike."""

    __slots__ = ("_values", "_index")

    def __init__(self, values: tuple, index: dict[str, int]):
        self._values = values
        self._index = index

    def __getitem__(self, key):
        return self._values[key if isinstance(key, int) else self._index[key]]

    def __iter__(self):
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def keys(self) -> list[str]:
        return list(self._index)


def _row_factory(cursor):
    index = {c.name: i for i, c in enumerate(cursor.description or ())}
    return lambda values: Row(tuple(values), index)


COPY_FROM_ROWS = 100  # rows from which an insert goes in through COPY; fewer cost less as one pipeline
STAGED_INSERT = re.compile(r"\s*INSERT (?P<ignore>OR IGNORE )?INTO (?P<table>\w+)\s*\((?P<columns>[^)]*)\)\s*"
                           r"VALUES\s*\(\?(?:\s*,\s*\?)*\)\s*(?P<tail>[^?]*)", re.S)
CONFLICT_UPDATE = re.compile(r"ON CONFLICT\s*\((?P<key>[^)]*)\)\s*DO UPDATE", re.S)


def _keys_distinct(insert: re.Match, rows: list[tuple]) -> bool:
    """Whether no two rows share the key an ``ON CONFLICT (key) DO UPDATE`` names: one statement
    cannot update a row twice, where one statement per row lets the last one win."""
    update = CONFLICT_UPDATE.search(insert["tail"])
    if not update:
        return True
    columns = [c.strip() for c in insert["columns"].split(",")]
    at = [columns.index(c.strip()) for c in update["key"].split(",")]
    return len({tuple(r[i] for i in at) for r in rows}) == len(rows)


@lru_cache(maxsize=512)
def translate(sql: str) -> str:
    """The shared SQL in PostgreSQL's dialect."""
    sql = sql.replace("%", "%%").replace("?", "%s")
    sql = re.sub(r"\bLIKE\b", "ILIKE", sql)  # SQLite's LIKE ignores case
    if re.match(r"\s*INSERT OR IGNORE INTO", sql):
        sql = re.sub(r"INSERT OR IGNORE INTO", "INSERT INTO", sql, count=1) + " ON CONFLICT DO NOTHING"
    return sql


class Connection:
    """A psycopg connection (autocommit) that speaks the shared SQL, with sqlite3's execute/executemany."""

    def __init__(self, conn):
        self.conn = conn

    def execute(self, sql: str, params=()):
        return self.conn.execute(translate(sql), tuple(params))

    def executemany(self, sql: str, rows) -> None:
        """As sqlite3's; a long ``INSERT ... VALUES (?, ...)`` goes in through COPY (``copy_insert``)
        where that changes nothing: no key the ``ON CONFLICT ... DO UPDATE`` names repeats."""
        rows = list(rows)
        insert = STAGED_INSERT.fullmatch(sql) if len(rows) >= COPY_FROM_ROWS else None
        if insert and _keys_distinct(insert, rows):
            table, columns, tail = insert["table"], insert["columns"], insert["tail"]
            self.copy_insert(table, columns, rows, tail + (" ON CONFLICT DO NOTHING" if insert["ignore"] else ""))
        elif rows:
            with self.conn.cursor() as cur:
                cur.executemany(translate(sql), rows)

    def copy_insert(self, table: str, columns: str, rows: list[tuple], tail: str = "") -> None:
        """Insert rows as one COPY into a temporary table shaped like ``table`` and one ``INSERT ...
        SELECT ... tail``: the server runs one statement, not one per row."""
        stage = f"rashomon_stage_{table}"
        self.conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {stage} AS SELECT {columns} FROM {table} WITH NO DATA")
        self.conn.execute(f"TRUNCATE {stage}")
        with self.conn.cursor() as cur, cur.copy(f"COPY {stage} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        self.conn.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {stage} {tail}")

    def close(self) -> None:
        self.conn.close()


class PostgresStore(Store):
    """A corpus in a PostgreSQL database (``postgresql://user@host/dbname``), for stores shared by
    several machines. Needs the ``scale`` extra (psycopg)."""

    # A batch's rows go in on another thread while this process groups it, and the server takes them on
    # a core of its own; psycopg's connection lets the two threads' statements take turns.
    flush_aside = True

    def __init__(self, url: str):
        try:
            import psycopg
        except ImportError as exc:
            raise MissingExtra("scale", "psycopg") from exc
        self.path = _redacted(url)
        try:
            conn = psycopg.connect(url, autocommit=True, row_factory=_row_factory, connect_timeout=30)
        except psycopg.Error as exc:
            raise StoreError(f"{self.path}: cannot connect to PostgreSQL ({str(exc).strip().splitlines()[0]})") from exc
        conn.execute(f"SET lock_timeout = '{int(LOCK_WAIT_S)}s'")
        self.db = Connection(conn)
        self._errors = (psycopg.Error,)
        apply_pg_migrations(self.db)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        self.db.execute("BEGIN")
        try:
            self.db.execute("SELECT pg_advisory_xact_lock(?)", (CORPUS_LOCK,))  # one writer per corpus
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def start_run(self, version: str, stages: list[str]) -> int:
        import json

        with self.transaction() as db:
            return db.execute("INSERT INTO runs(started, version, stages) VALUES (?, ?, ?) RETURNING id",
                              (_now(), version, json.dumps(stages))).fetchone()[0]

    def _write_rows(self, db: Connection, table: str, rows: list[tuple]) -> None:
        """One COPY per table, the fastest way in (a batch writes ~50,000 rows); articles through a
        staging table, since only the server computes their search column."""
        columns, key = ARTICLE_TABLES[table]
        if table == "articles":
            self._write_articles(db, columns, rows)
            return
        if key:
            rows = first_of_each_key(rows, key)
        with db.conn.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    @staticmethod
    def _write_articles(db: Connection, columns: tuple[str, ...], rows: list[tuple]) -> None:
        """Articles through one COPY into a staging table, with their folded title and body, and
        one INSERT that computes the search column on the server, in the order they came."""
        names, title, body = ", ".join(columns), columns.index("title"), columns.index("body")
        stage = "rashomon_stage_articles_search"
        db.conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {stage} AS SELECT {names}, 0 AS ord, "
                        "''::text AS title_text, ''::text AS body_text FROM articles WITH NO DATA")
        db.conn.execute(f"TRUNCATE {stage}")
        with db.conn.cursor() as cur, cur.copy(f"COPY {stage} ({names}, ord, title_text, body_text) FROM STDIN") as copy:
            for i, r in enumerate(rows):
                copy.write_row((*r, i, fold(r[title] or ""), fold(r[body])))
        db.conn.execute(f"INSERT INTO articles({names}, search) SELECT {names}, "
                        "setweight(to_tsvector('simple', title_text), 'A') || setweight(to_tsvector('simple', body_text), 'B') "
                        f"FROM {stage} ORDER BY ord")

    def _rows_in(self, db: Connection, sql: str, values: list, *params) -> Iterator[tuple]:
        "As the SQLite store's, in one query: the values go as one array, not as a list of parameters to parse."
        if values:
            yield from (tuple(r) for r in db.execute(f"{sql} = ANY(?)", (*params, list(values))))

    def search(self, query: str, limit: int = 20, mark: tuple[str, str] = ("[", "]")) -> list[dict]:
        """Full-text search, best first (title hits weigh more), with a snippet whose matches stand
        between the two ``mark`` strings. Takes the FTS5 syntax the SQLite store takes."""
        options = f'StartSel="{mark[0]}", StopSel="{mark[1]}", MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter="…"'
        sql = """
            SELECT a.id, a.title, a.outlet, a.published,
                   ts_headline('simple', a.body, q, ?) AS snippet, ts_rank(a.search, q) AS score
            FROM articles a, to_tsquery('simple', ?) q
            WHERE a.search @@ q ORDER BY score DESC, a.rowid LIMIT ?"""
        text = tsquery(fts_query(query))  # the same checks as SQLite: words, repeats, length
        if not text:
            return []
        try:
            rows = self.db.execute(sql, (options, text, limit)).fetchall()
        except self._errors:  # not valid syntax after all: search the words
            words = " & ".join(f"'{w}'" for w in WORD.findall(fold(query)))
            rows = self.db.execute(sql, (options, words, limit)).fetchall() if words else []
        return [dict(r) for r in rows]


def apply_pg_migrations(db: Connection) -> list[str]:
    """Apply the migrations not yet recorded, each in one transaction under the corpus lock."""
    applied = []
    for name, script in MIGRATIONS:
        db.execute("BEGIN")
        try:
            db.execute("SELECT pg_advisory_xact_lock(?)", (CORPUS_LOCK,))
            db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied TIMESTAMPTZ DEFAULT now())")
            if db.execute("SELECT 1 FROM _migrations WHERE name = ?", (name,)).fetchone():
                db.execute("COMMIT")
                continue
            db.conn.execute(script)  # DDL as written: no placeholders in it
            db.execute("INSERT INTO _migrations(name) VALUES (?)", (name,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied


def fold(text: str) -> str:
    "Lower case without accents, as SQLite's unicode61 tokenizer (remove_diacritics 2) matches."
    if text.isascii():  # most of an English corpus: nothing to decompose
        return text.lower()
    return unicodedata.normalize("NFKD", text).translate(_combining_marks()).lower()


@lru_cache(maxsize=1)
def _combining_marks() -> dict[int, None]:
    "Every combining mark, mapped to nothing: str.translate drops them in C, not a character at a time."
    return {c: None for c in range(sys.maxunicode + 1) if unicodedata.combining(chr(c))}


def tsquery(query: str) -> str:
    """An FTS5 query (words, "phrases", AND/OR/NOT, prefix*) as a PostgreSQL tsquery; anything
    that is not syntax is searched as words, as the SQLite store does."""
    parts: list[str] = []
    for token in re.findall(r'"[^"]*"?|\(|\)|[^\s"()]+', query):
        if token in ("AND", "OR", "NOT"):
            parts.append({"AND": "&", "OR": "|", "NOT": "& !"}[token])
            continue
        if token in "()":
            parts.append(token)
            continue
        words = WORD.findall(fold(token.strip('"')))
        if not words:
            continue
        lexemes = [f"'{w}'" for w in words]
        if token.endswith("*") and not token.startswith('"'):
            lexemes[-1] += ":*"
        parts.append("(" + " <-> ".join(lexemes) + ")" if len(lexemes) > 1 else lexemes[0])
    out: list[str] = []
    for p in parts:  # words side by side mean AND
        if out and out[-1] not in ("&", "|", "& !", "(") and p not in ("&", "|", "& !", ")"):
            out.append("&")
        out.append(p)
    while out and out[-1] in ("&", "|", "& !", "("):
        out.pop()
    while out and out[0] in ("&", "|", "& !", ")"):
        out.pop(0)
    text = " ".join(out)
    return text if text.count("(") == text.count(")") else " & ".join(
        f"'{w}'" for w in WORD.findall(fold(query)))


def _redacted(url: str) -> str:
    "The URL without its password, for messages."
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)

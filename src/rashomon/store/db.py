"""The store: one SQLite file per corpus.

Writes happen in batches, each in one transaction that holds whole articles with
their sentences, mentions and new entities, so a killed run leaves every article
either fully stored or absent, and a re-run picks up where it stopped. Article ids
are content hashes: storing the same article again changes nothing.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from ..entity_classes import LABEL_CLASSES_SHOWN
from ..errors import ConfigError, NotFound, StoreError
from ..model import (Article, Caption, Credit, Entity, Mention, Problem, Quantity, Sentence, Span, Statement,
                     TimeExpression)
from .index import StoreIndex
from .migrations import apply_migrations
from .tables import ARTICLE_TABLES

MAX_SEARCH_WORDS = 32
BARE_WORD = re.compile(r"\w+")
FTS_OPERATORS = ("AND", "OR", "NOT", "NEAR")
LOCK_WAIT_S = 600.0  # how long a writer waits for another's batch before giving up


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    # Whether a batch's rows may go in on another thread while it is grouped: SQLite writes in this
    # process, a row at a time, so a second thread would only wait for the GIL.
    flush_aside = False

    def __init__(self, path: str | Path = ":memory:"):
        self.path = str(path)
        deadline = time.monotonic() + LOCK_WAIT_S
        while True:
            try:
                self.db = self._connect()
                return
            except sqlite3.OperationalError as exc:
                # Two processes opening one new file at once: SQLite may refuse the switch to WAL
                # or a first read with "locked" without waiting. Opening again is safe (the
                # migrations are checked under the write lock), so try again for a while.
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise StoreError(f"{self.path}: not a Rashomon store ({exc})") from exc
                time.sleep(0.1)
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{self.path}: not a Rashomon store ({exc})") from exc

    def _connect(self) -> sqlite3.Connection:
        # another writer may hold the corpus lock for a batch: wait for it rather than fail
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=LOCK_WAIT_S)
        try:
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA journal_mode=WAL" if self.path != ":memory:" else "PRAGMA journal_mode=MEMORY")
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA synchronous=NORMAL")
            apply_migrations(db)
        except BaseException:
            db.close()
            raise
        return db

    @classmethod
    def memory(cls) -> Store:
        return cls(":memory:")

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    @contextmanager
    def writer(self) -> Iterator[StoreIndex]:
        """One write transaction holding the corpus lock (SQLite's write lock), with the corpus
        index that ``group.corpus`` places articles through. Writers of one store take turns."""
        with self.transaction() as db:
            index = StoreIndex(self, db)
            yield index
            index.flush()  # articles placed but never grouped

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Every read inside sees the store as the first of them did, whatever another process
        commits meanwhile: an export is one consistent snapshot (a read transaction; in WAL
        mode writers go on)."""
        if self.db.in_transaction:
            yield
            return
        self.db.execute("BEGIN")
        try:
            yield
        finally:
            self.db.execute("ROLLBACK")  # nothing was written

    # -- runs -------------------------------------------------------------

    def start_run(self, version: str, stages: list[str]) -> int:
        with self.transaction() as db:
            cur = db.execute("INSERT INTO runs(started, version, stages) VALUES (?, ?, ?)",
                             (_now(), version, json.dumps(stages)))
            return cur.lastrowid

    def finish_run(self, run_id: int, added: int, unchanged: int, errors: list[str]) -> None:
        with self.transaction() as db:
            db.execute("UPDATE runs SET finished=?, added=?, unchanged=?, failed=? WHERE id=?",
                       (_now(), added, unchanged, len(errors), run_id))
            db.executemany("INSERT INTO errors(run_id, source, message) VALUES (?, ?, ?)",
                           [(run_id, e.split(": ", 1)[0], e) for e in errors])

    # -- writing ----------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        "Whether the article is stored (read outside any write transaction, to skip it early)."
        return self.db.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None

    def _write_rows(self, db: sqlite3.Connection, table: str, rows: list[tuple]) -> None:
        """Insert rows of one of the ``ARTICLE_TABLES``, in its column order (a table with a key
        drops a row that repeats an earlier one's, as ``INSERT OR IGNORE`` does)."""
        columns, key = ARTICLE_TABLES[table]
        verb = "INSERT OR IGNORE" if key else "INSERT"
        db.executemany(f"{verb} INTO {table}({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)

    def _rows_in(self, db: sqlite3.Connection, sql: str, values: list, *params) -> Iterator[tuple]:
        """The rows of ``sql`` (its ``params``, then a column that ends it) whose column is one of
        ``values``: ``IN`` lists of 500, within the engine's limit on parameters."""
        for i in range(0, len(values), 500):
            part = values[i:i + 500]
            yield from (tuple(r) for r in db.execute(f"{sql} IN ({','.join('?' * len(part))})", (*params, *part)))

    # -- reading ----------------------------------------------------------

    def stories(self, story_id: int | None = None) -> list[dict]:
        """Stories, biggest first, each with its events (oldest first) and their articles."""
        where = "WHERE s.id = ?" if story_id is not None else ""
        rows = self.db.execute(f"SELECT s.id, s.first, s.last, s.size FROM stories s {where} "
                               "ORDER BY s.size DESC, s.id", () if story_id is None else (story_id,)).fetchall()
        if story_id is not None and not rows:
            raise NotFound(f"no story {story_id} in {self.path}; `rashomon stories` lists them")
        out = []
        for r in rows:
            events = []
            for e in self.db.execute("SELECT id, first, last, size FROM events WHERE story_id=? "
                                     "ORDER BY first IS NULL, first, id", (r["id"],)):
                articles = [dict(a) for a in self.db.execute(
                    "SELECT a.id, a.title, a.outlet, a.published, a.language, substr(a.body, 1, 160) AS lead "
                    "FROM article_groups g JOIN articles a ON a.id = g.article_id WHERE g.event_id=? "
                    "ORDER BY a.published IS NULL, a.published, a.rowid", (e["id"],))]
                events.append({**dict(e), "articles": articles,
                               "entities": self._group_entities("event_id", e["id"], limit=16)})
            outlets = sorted({a["outlet"] or "(unknown outlet)" for e in events for a in e["articles"]})
            out.append({**dict(r), "events": events, "outlets": outlets,
                        "entities": self._group_entities("story_id", r["id"])})
        return out

    def story_ids(self) -> list[int]:
        "Story ids, biggest story first (as ``stories`` orders them)."
        return [r[0] for r in self.db.execute("SELECT id FROM stories ORDER BY size DESC, id")]

    def article_ids(self, story_id: int | None = None, event_id: int | None = None) -> list[str]:
        """Ids of a story's or an event's articles, oldest first; NotFound for an unknown one."""
        kind, table, value = ("story", "stories", story_id) if story_id is not None else ("event", "events", event_id)
        if value is None or not self.db.execute(f"SELECT 1 FROM {table} WHERE id=?", (value,)).fetchone():
            raise NotFound(f"no {kind} {value} in {self.path}; `rashomon stories` lists them")
        return [r[0] for r in self.db.execute(
            f"SELECT a.id FROM article_groups g JOIN articles a ON a.id = g.article_id WHERE g.{kind}_id=? "
            "ORDER BY a.published IS NULL, a.published, a.rowid", (value,))]

    def _group_entities(self, column: str, group_id: int, limit: int = 6) -> list[dict]:
        """The named entities most of a group's articles mention: what a label is made of."""
        return [dict(r) for r in self.db.execute(f"""
            SELECT e.name, e.cls, count(DISTINCT m.article_id) AS articles, count(*) AS mentions
            FROM article_groups g JOIN mentions m ON m.article_id = g.article_id JOIN entities e ON e.id = m.entity_id
            WHERE g.{column} = ? AND e.cls IN ({', '.join('?' * len(LABEL_CLASSES_SHOWN))})
            GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.name LIMIT ?""", (group_id, *LABEL_CLASSES_SHOWN, limit))]

    def group_of(self, article_id: str) -> tuple[int, int] | None:
        row = self.db.execute("SELECT story_id, event_id FROM article_groups WHERE article_id=?", (article_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def reuse(self, article_id: str | None = None) -> list[dict]:
        """Pairs of articles that share passages: a was stored first; shares are of each one's words."""
        sql = ("SELECT r.*, x.outlet AS a_outlet, x.published AS a_published, x.title AS a_title, "
               "y.outlet AS b_outlet, y.published AS b_published, y.title AS b_title "
               "FROM reuse r JOIN articles x ON x.id = r.a JOIN articles y ON y.id = r.b")
        if article_id:
            return [dict(r) for r in self.db.execute(sql + " WHERE r.a = ? OR r.b = ?", (article_id, article_id))]
        return [dict(r) for r in self.db.execute(sql + " ORDER BY r.a, r.b")]

    def statements(self, speaker: str | None = None) -> list[dict]:
        """Every statement with its article's outlet and date; ``speaker`` filters by name (any alias)."""
        sql = """
            SELECT s.*, a.outlet, a.published, a.title, a.body, e.name AS entity_name,
                   (SELECT se.start || ' ' || se."end" FROM sentences se WHERE se.article_id = s.article_id
                    AND se.start <= s.content_start AND se."end" > s.content_start LIMIT 1) AS sentence
            FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN entities e ON e.id = s.entity_id"""
        params: list = []
        if speaker:
            sql += """ WHERE s.speaker_name LIKE ? OR e.name LIKE ? OR s.entity_id IN
                       (SELECT entity_id FROM mentions WHERE text LIKE ?)"""
            params = [f"%{speaker}%"] * 3
        rows = self.db.execute(sql + " ORDER BY a.published IS NULL, a.published, a.rowid, s.idx", params)
        return [_statement_row(r) for r in rows]

    def count(self, table: str = "articles") -> int:
        if table not in ("articles", "entities", "mentions", "sentences", "statements", "quantities", "times", "runs",
                         "errors", "stories", "events", "reuse"):
            raise StoreError(f"unknown table {table!r}")
        return self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def resolve_id(self, prefix: str) -> str:
        """Full article id from a unique prefix (as `ls` prints), like git does."""
        rows = self.db.execute("SELECT id FROM articles WHERE id LIKE ? LIMIT 2", (prefix.lower() + "%",)).fetchall()
        if not prefix or not rows:
            raise NotFound(f"no article with id {prefix!r} in {self.path}")
        if len(rows) > 1:
            raise NotFound(f"article id prefix {prefix!r} is ambiguous in {self.path}; give more characters")
        return rows[0][0]

    def article(self, article_id: str, with_annotations: bool = True) -> Article:
        row = self.db.execute("SELECT * FROM articles WHERE id=?", (self.resolve_id(article_id),)).fetchone()
        return self._article(row, with_annotations)

    def articles(self, with_annotations: bool = False, order: str = "published") -> Iterator[Article]:
        order_by = {"published": "published IS NULL, published, rowid", "added": "rowid"}[order]
        for row in self.db.execute(f"SELECT * FROM articles ORDER BY {order_by}"):
            yield self._article(row, with_annotations)

    def _article(self, row: sqlite3.Row, with_annotations: bool) -> Article:
        sentences: tuple[Sentence, ...] = ()
        mentions: tuple[Mention, ...] = ()
        statements: tuple[Statement, ...] = ()
        quantities: tuple[Quantity, ...] = ()
        times: tuple[TimeExpression, ...] = ()
        problems: tuple[Problem, ...] = ()
        if with_annotations:
            sentences = tuple(Sentence(r[0], r[1]) for r in self.db.execute(
                'SELECT start, "end" FROM sentences WHERE article_id=? ORDER BY idx', (row["id"],)))
            mentions = tuple(Mention(r["start"], r["end"], r["text"], r["label"], stands_for=r["stands_for"],
                                     entity_id=r["entity_id"])
                             for r in self.db.execute(
                'SELECT start, "end", text, label, entity_id, stands_for FROM mentions WHERE article_id=? '
                "ORDER BY start", (row["id"],)))
            statements = tuple(_statement(r) for r in self.db.execute(
                "SELECT s.*, e.name AS entity_name FROM statements s LEFT JOIN entities e ON e.id = s.entity_id "
                "WHERE s.article_id=? ORDER BY s.idx", (row["id"],)))
            quantities = tuple(Quantity(r["start"], r["end"], r["text"], r["value"], r["unit"], r["counts"],
                                        bool(r["approximate"])) for r in self.db.execute(
                "SELECT * FROM quantities WHERE article_id=? ORDER BY start", (row["id"],)))
            times = tuple(TimeExpression(r["start"], r["end"], r["text"], r["type"], r["value"], r["mod"],
                                         r["begin"], r["end_date"]) for r in self.db.execute(
                "SELECT * FROM times WHERE article_id=? ORDER BY start", (row["id"],)))
            problems = tuple(Problem(r[0], r[1]) for r in self.db.execute(
                "SELECT stage, message FROM article_problems WHERE article_id=? ORDER BY idx", (row["id"],)))
        return Article(
            id=row["id"], source=row["source"], body=row["body"], format=row["format"], title=row["title"],
            outlet=row["outlet"], url=row["url"], published=row["published"], date_source=row["date_source"],
            language=row["language"],
            encoding=row["encoding"], authors=tuple(json.loads(row["authors"])),
            credits=tuple(Credit(**c) for c in json.loads(row["credits"])),
            captions=tuple(Caption(**c) for c in json.loads(row["captions"])),
            furniture=tuple(json.loads(row["furniture"])), sentences=sentences, mentions=mentions,
            statements=statements, quantities=quantities, times=times, problems=problems)

    def entities(self, cls: str | None = None, article_id: str | None = None, entity_id: int | None = None) -> list[Entity]:
        """Canonical entities with aliases, mention counts and the articles they appear in; a speaker's entity
        that no mention names (a ministry known by its kind and country) comes after them, by its speakers' words."""
        where, params = [], []
        if entity_id is not None:
            where.append("e.id = ?")
            params.append(entity_id)
        if cls:
            where.append("e.cls = ?")
            params.append(cls)
        named, spoken = list(where), list(where)
        if article_id:
            named.append("e.id IN (SELECT entity_id FROM mentions WHERE article_id = ?)")
            spoken.append("e.id IN (SELECT entity_id FROM statements WHERE article_id = ?)")
            params.append(article_id)
        spoken.append("NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = e.id)")
        sql = f"""
            SELECT * FROM (
                SELECT e.id, e.name, count(*) AS n,
                       (SELECT label FROM mentions WHERE entity_id = e.id
                        GROUP BY label ORDER BY count(*) DESC, label LIMIT 1) AS label,
                       json_group_array(DISTINCT m.article_id) AS articles,
                       json_group_array(DISTINCT m.text) AS aliases,
                       max(m.stands_for) AS stands_for
                FROM entities e JOIN mentions m ON m.entity_id = e.id
                {'WHERE ' + ' AND '.join(named) if named else ''}
                GROUP BY e.id, e.name
                UNION ALL
                SELECT e.id, e.name, 0 AS n, e.label,
                       json_group_array(DISTINCT s.article_id) AS articles,
                       json_group_array(DISTINCT s.speaker_name) AS aliases, NULL AS stands_for
                FROM entities e JOIN statements s ON s.entity_id = e.id
                WHERE {' AND '.join(spoken)}
                GROUP BY e.id, e.name, e.label) found
            ORDER BY n DESC, name"""
        return [Entity(id=r["id"], name=r["name"], label=r["label"], mention_count=r["n"],
                       aliases=tuple(sorted(a for a in json.loads(r["aliases"]) if a and a != r["name"])),
                       article_ids=tuple(sorted(json.loads(r["articles"]))), stands_for=r["stands_for"])
                for r in self.db.execute(sql, params * 2)]

    def entity(self, entity_id: int) -> Entity:
        found = self.entities(entity_id=entity_id)
        if not found:  # an entity whose mentions all went to a body: "Foreign Ministry", before the country was told
            found = [Entity(id=r["id"], name=r["name"], label=r["label"]) for r in self.db.execute(
                "SELECT id, name, label FROM entities WHERE id = ?", (entity_id,))]
        if not found:
            raise NotFound(f"no entity {entity_id} in {self.path}; `rashomon entities` lists them")
        return found[0]

    def search(self, query: str, limit: int = 20, mark: tuple[str, str] = ("[", "]")) -> list[dict]:
        """Full-text search, best first (BM25, title hits weigh 5x), with a snippet whose
        matches stand between the two ``mark`` strings."""
        sql = """
            SELECT a.id, a.title, a.outlet, a.published,
                   snippet(articles_fts, 1, ?, ?, '…', 16) AS snippet, bm25(articles_fts, 5.0, 1.0) AS score
            FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
            WHERE articles_fts MATCH ? ORDER BY score LIMIT ?"""
        try:
            rows = self.db.execute(sql, (*mark, fts_query(query), limit)).fetchall()
        except sqlite3.OperationalError:
            # Not valid FTS syntax ("U.S.-backed", a stray quote): search the words as a phrase list.
            words = " ".join(dict.fromkeys('"' + w.replace('"', '""') + '"' for w in query.split()))
            try:
                rows = self.db.execute(sql, (*mark, words, limit)).fetchall()
            except sqlite3.OperationalError as exc:
                raise ConfigError(f"cannot search for {query!r}: {exc}") from None
        return [dict(r) for r in rows]

    def errors(self, run_id: int | None = None) -> list[str]:
        if run_id is None:
            run_id = self.db.execute("SELECT max(id) FROM runs").fetchone()[0]
        return [r[0] for r in self.db.execute("SELECT message FROM errors WHERE run_id=?", (run_id,))]


def fts_query(query: str) -> str:
    """The query as FTS5 gets it: bare words said twice once only, and at most MAX_SEARCH_WORDS words.

    FTS5's time grows faster than the square of a repeated term (400 copies of one word took a second,
    800 four), so "dam dam dam" is searched as "dam"; any query is capped in length.
    """
    words = query.split()
    if not words:
        raise ConfigError("search: give at least one word, for example: rashomon search blockade")
    if all(BARE_WORD.fullmatch(w) and w not in FTS_OPERATORS for w in words):
        query = " ".join(dict.fromkeys(w.lower() for w in words))
    n = len(re.findall(r"\w+", query))
    if n > MAX_SEARCH_WORDS:
        raise ConfigError(f"search query has {n} words; at most {MAX_SEARCH_WORDS}")
    return query


def _statement(r: sqlite3.Row) -> Statement:
    return Statement(
        content=Span(r["content_start"], r["content_end"]), kind=r["kind"], cue_word=r["cue_word"],
        cue=Span(r["cue_start"], r["cue_end"]) if r["cue_start"] is not None else None,
        speaker=Span(r["speaker_start"], r["speaker_end"]) if r["speaker_start"] is not None else None,
        speaker_name=r["speaker_name"], channel=r["channel"], entity_id=r["entity_id"], speaker_kind=r["speaker_kind"],
        entity_name=r["entity_name"])


def _statement_row(r: sqlite3.Row) -> dict:
    body = r["body"]
    start, end = map(int, r["sentence"].split()) if r["sentence"] else (0, 0)
    return {"sentence": body[start:end] or None, "article_id": r["article_id"], "outlet": r["outlet"],
            "published": r["published"], "title": r["title"],
            "kind": r["kind"], "cue": body[r["cue_start"]:r["cue_end"]] if r["cue_start"] is not None else None,
            "cue_word": r["cue_word"], "content": body[r["content_start"]:r["content_end"]],
            "speaker": r["entity_name"] or r["speaker_name"], "channel": r["channel"], "entity_id": r["entity_id"],
            "entity_name": r["entity_name"], "speaker_name": r["speaker_name"], "speaker_kind": r["speaker_kind"]}



def is_url(db: str | Path) -> bool:
    return str(db).startswith(("postgresql://", "postgres://"))


def open_store(db: str | Path) -> Store:
    """The store a --db value names: a postgresql:// URL (needs the scale extra), or a SQLite file."""
    if is_url(db):
        from .postgres import PostgresStore

        return PostgresStore(str(db))
    return Store(db)

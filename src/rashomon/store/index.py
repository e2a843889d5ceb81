"""The corpus index of ``group.corpus`` over the store's tables, inside one write transaction.

Entities, copy buckets and stories are read from the tables, and written into the
open transaction, so a rolled-back batch takes everything it decided with it and
memory stays flat however many names and articles the corpus holds. The SQL here
is portable: SQLite and PostgreSQL run the same statements.

Round trips are what a server store pays for, so the index asks each question once
per transaction (the transaction holds the corpus lock: nobody else changes the
answers) and keeps the batch's new articles until the batch is grouped, then writes
each table's rows at once; until then it answers for them from memory. A resolver
asks about each name several times, and a batch of 500 articles writes ~50,000 rows.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import numpy as np

from ..entity_classes import CONFUSED_CLASSES
from ..group.corpus import GroupingState, Placement
from ..group.entities import EntityRecord, surname_keys
from ..group.signature import Signature
from ..group.stories import Changes, StoryGrouper
from ..model import Article
from .tables import ARTICLE_TABLES, article_rows

if TYPE_CHECKING:
    from .db import Store


class StoreIndex:
    """Implements ``group.corpus.CorpusIndex`` for one write transaction of a store."""

    def __init__(self, store: Store, db):
        self.store = store
        self.db = db
        self.flush_aside = store.flush_aside
        self.last_id: int | None = None  # read once the transaction holds the corpus lock
        # answers read in this transaction, kept up to date by its own writes
        self.aliases: dict[tuple[str, str], int | None] = {}
        self.surnames: dict[str, set[int]] = {}
        self.entities: dict[int, EntityRecord] = {}
        # writes kept for ``flush``: new entities, aliases and surnames, renamed stored entities,
        # and the placed articles' rows by table
        self.new_entities: set[int] = set()
        self.new_aliases: dict[tuple[str, str], int] = {}
        self.new_surnames: dict[str, set[int]] = defaultdict(set)
        self.renamed: set[int] = set()
        self.rows: dict[str, list[tuple]] = defaultdict(list)
        self.placed: set[str] = set()  # articles whose rows wait for ``flush``

    # -- entities (group.entities.EntityIndex) ---------------------------------

    def preload(self, aliases: set[tuple[str, str]], surnames: set[str]) -> None:
        """Read what resolving a batch will ask, a query per class of names: these aliases, the people
        with these surnames, and the entities they name (answers already read stay as they are)."""
        by_class: dict[str, list[str]] = defaultdict(list)
        for cls, key in sorted(aliases - self.aliases.keys()):
            by_class[cls].append(key)
        for cls, keys in by_class.items():
            found = dict(self._rows_where("SELECT key, entity_id FROM entity_aliases WHERE cls = ? AND key", keys, cls))
            self.aliases.update({(cls, k): found.get(k) for k in keys})
        words = sorted(surnames - self.surnames.keys())
        self.surnames.update({w: set() for w in words})
        for w, eid in self._rows_where("SELECT surname, entity_id FROM person_surnames WHERE surname", words):
            self.surnames[w].add(eid)
        named = {self.aliases[p] for p in aliases} | {e for w in words for e in self.surnames[w]}
        self.entities.update((r[0], EntityRecord(*r)) for r in self._rows_where(
            "SELECT id, name, cls, label FROM entities WHERE id", sorted(named - {None} - self.entities.keys())))

    def alias(self, cls: str, key: str) -> int | None:
        if (cls, key) not in self.aliases:
            # the resolver tries a name it does not know under each class it may be confused with: ask once
            classes = CONFUSED_CLASSES if cls in CONFUSED_CLASSES else (cls,)
            found = dict(tuple(r) for r in self.db.execute(
                f"SELECT cls, entity_id FROM entity_aliases WHERE cls IN ({','.join('?' * len(classes))}) AND key=?",
                (*classes, key)))
            for c in classes:
                self.aliases.setdefault((c, key), found.get(c))
        return self.aliases[cls, key]

    def surname(self, word: str) -> set[int]:
        if word not in self.surnames:
            self.surnames[word] = {r[0] for r in self.db.execute(
                "SELECT entity_id FROM person_surnames WHERE surname=?", (word,))}
        return self.surnames[word] | self.new_surnames.get(word, set())

    def entity(self, eid: int) -> EntityRecord:
        if eid not in self.entities:
            self.entities[eid] = EntityRecord(*self.db.execute(
                "SELECT id, name, cls, label FROM entities WHERE id=?", (eid,)).fetchone())
        e = self.entities[eid]
        return EntityRecord(e.id, e.name, e.cls, e.label)  # the caller may rename its copy

    def new_id(self) -> int:
        if self.last_id is None:
            self.last_id = self.db.execute("SELECT coalesce(max(id), 0) FROM entities").fetchone()[0]
        self.last_id += 1
        return self.last_id

    def add_entity(self, e: EntityRecord) -> None:
        self.entities[e.id] = dataclasses.replace(e)
        self.new_entities.add(e.id)

    def add_alias(self, cls: str, key: str, eid: int) -> None:
        self.aliases[cls, key] = self.new_aliases[cls, key] = eid
        if cls == "person":
            for word in surname_keys(key):
                self.new_surnames[word].add(eid)

    def rename(self, e: EntityRecord) -> None:
        self.entities[e.id] = dataclasses.replace(e)
        if e.id not in self.new_entities:
            self.renamed.add(e.id)

    def _flush_entities(self) -> None:
        "Write the kept entities, aliases, surnames and new names (before the mentions that point to them)."
        rows = [self.entities[i] for i in sorted(self.new_entities)]
        self.db.executemany("INSERT INTO entities(id, name, cls, label) VALUES (?, ?, ?, ?)",
                            [(e.id, e.name, e.cls, e.label) for e in rows])
        self.db.executemany("INSERT INTO entity_aliases(cls, key, entity_id) VALUES (?, ?, ?) "
                            "ON CONFLICT (cls, key) DO UPDATE SET entity_id = excluded.entity_id",
                            [(c, k, e) for (c, k), e in self.new_aliases.items()])
        self.db.executemany("INSERT INTO person_surnames(surname, entity_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                            [(w, e) for w, ids in self.new_surnames.items() for e in sorted(ids)])
        self.db.executemany("UPDATE entities SET name=? WHERE id=?",
                            [(self.entities[i].name, i) for i in sorted(self.renamed)])
        for w, ids in self.new_surnames.items():
            if w in self.surnames:
                self.surnames[w] |= ids
        self.new_entities.clear()
        self.new_aliases.clear()
        self.new_surnames.clear()
        self.renamed.clear()

    # -- copies (group.copy_search.CopyIndex) ----------------------------------

    def copy_buckets(self, keys: Iterable[int]) -> dict[int, list[str]]:
        """The stored articles under each of these bucket keys (a batch's: one query per 500 keys)."""
        out: dict[int, list[str]] = defaultdict(list)
        for key, article_id in self._rows_where("SELECT key, article_id FROM copy_buckets WHERE key", sorted(set(keys))):
            out[key].append(article_id)
        return out

    def copy_signatures(self, article_ids: Iterable[str]) -> dict[str, np.ndarray]:
        return {a: np.frombuffer(bytes(sig), dtype=np.uint64) for a, sig in self._rows_where(
            "SELECT article_id, signature FROM copy_signatures WHERE article_id", sorted(set(article_ids)))}

    def bodies(self, article_ids: Iterable[str]) -> dict[str, str]:
        return dict(self._rows_where("SELECT id, body FROM articles WHERE id", sorted(set(article_ids))))

    def _rows_where(self, sql: str, values: list, *params) -> Iterator[tuple]:
        return self.store._rows_in(self.db, sql, values, *params)

    # -- stories and the generation ----------------------------------------------

    def stored(self, article_ids: list[str]) -> set[str]:
        """Which of these articles the store holds, or holds back for this batch: one query per 500."""
        found = {a for a in article_ids if a in self.placed}
        rest = [a for a in dict.fromkeys(article_ids) if a not in found]
        return found | {r[0] for r in self._rows_where("SELECT id FROM articles WHERE id", rest)}

    def generation(self) -> int:
        return self.db.execute("SELECT value FROM corpus_state WHERE key='generation'").fetchone()[0]

    def bump_generation(self) -> int:
        self.db.execute("UPDATE corpus_state SET value = value + 1 WHERE key='generation'")
        return self.generation()

    def grouping_state(self) -> GroupingState:
        state = dict(self.db.execute("SELECT key, value FROM corpus_state"))
        return GroupingState(
            df={t: n for t, n in self.db.execute("SELECT term, df FROM group_terms")},
            next_story=state.get("next_story", 1), next_event=state.get("next_event", 1),
            events=[tuple(r) for r in self.db.execute("SELECT id, story_id, first, last, last_seq FROM events")],
            articles=[tuple(r) for r in self.db.execute("SELECT article_id, event_id, seq, days FROM article_groups")])

    def signatures(self, article_ids: list[str]) -> list[Signature]:
        return [Signature.from_json(r[0]) for r in self._rows_where(
            "SELECT data FROM group_signatures WHERE article_id", article_ids)]

    def save_groups(self, grouper: StoryGrouper, changes: Changes, new: list[Signature]) -> None:
        """Write what one batch changed: the new signatures, changed stories and events, the
        articles that joined or moved, and the document frequencies; then drop emptied groups."""
        self.flush()  # the batch's articles, which the groups point to
        db = self.db
        db.executemany("INSERT INTO group_signatures(article_id, data) VALUES (?, ?) ON CONFLICT DO NOTHING",
                       [(s.article_id, s.to_json()) for s in new])
        db.executemany("INSERT INTO stories(id, story_id, size, first, last, centroid) VALUES (?, NULL, ?, ?, ?, '{}') "
                       "ON CONFLICT (id) DO UPDATE SET size = excluded.size, first = excluded.first, last = excluded.last",
                       grouper.story_rows(sorted(changes.stories)))
        db.executemany("INSERT INTO events(id, story_id, size, first, last, centroid, last_seq) "
                       "VALUES (?, ?, ?, ?, ?, '{}', ?) ON CONFLICT (id) DO UPDATE SET story_id = excluded.story_id, "
                       "size = excluded.size, first = excluded.first, last = excluded.last, last_seq = excluded.last_seq",
                       [(e.id, e.story_id, e.size, e.first, e.last, e.last_seq)
                        for e in (grouper.events[i] for i in sorted(changes.events))])
        db.executemany("INSERT INTO article_groups(article_id, story_id, event_id, story_score, event_score, seq, days) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, "
                       "event_id = excluded.event_id, story_score = excluded.story_score, "
                       "event_score = excluded.event_score",
                       [(a.article_id, a.story_id, a.event_id, a.story_score, a.event_score, grouper.seqs[a.article_id],
                         ",".join(grouper.days.get(a.article_id, ()))) for a in _last_each(changes.assignments)])
        db.executemany("DELETE FROM events WHERE id = ?", [(e,) for e in sorted(changes.removed_events)])
        db.executemany("DELETE FROM stories WHERE id = ?", [(s,) for s in sorted(changes.removed_stories)])
        db.executemany("INSERT INTO group_terms(term, df) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET df = excluded.df",
                       [(t, grouper.df[t]) for t in sorted(changes.terms)])
        db.executemany("UPDATE corpus_state SET value = ? WHERE key = ?",
                       [(grouper.next_story, "next_story"), (grouper.next_event, "next_event")])

    # -- writing placed articles ---------------------------------------------------

    def add_article(self, article: Article, placement: Placement, run_id: int | None = None) -> None:
        """Keep the article's rows for ``flush`` (copy search found the batch's earlier articles itself)."""
        for table, rows in article_rows(article, placement.resolution, run_id, placement.statements).items():
            self.rows[table] += rows
        self.placed.add(article.id)
        self.add_copies(article.id, placement.copies)

    def add_copies(self, article_id: str, copies) -> None:
        self.rows["copy_signatures"].append((article_id, copies.signature.tobytes()))
        self.rows["copy_buckets"] += [(k, article_id) for k in copies.bands]
        self.rows["reuse"] += [(r.a, r.b, r.similarity, sa, sb) for r, sa, sb in copies.found]

    def flush(self) -> None:
        "Write what was kept: entities, then the articles' rows table by table (articles first)."
        self._flush_entities()
        for table in ARTICLE_TABLES:
            if self.rows.get(table):
                self.store._write_rows(self.db, table, self.rows[table])
        self.rows.clear()
        self.placed.clear()


def _last_each(assignments: list) -> list:
    "The last assignment of each article: a batch may move an article twice (a merge, then a split)."
    return list({a.article_id: a for a in assignments}.values())

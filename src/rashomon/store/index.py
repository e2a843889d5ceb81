"""The corpus index of ``group.corpus`` over the store's tables, inside one write transaction.

Entities, copy buckets and stories are read from the tables, and written into the
open transaction, so a rolled-back batch takes everything it decided with it and
memory stays flat however many names and articles the corpus holds. The SQL here
is portable: SQLite and PostgreSQL run the same statements.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..group.corpus import GroupingState, Placement
from ..group.entities import EntityRecord
from ..group.signature import Signature
from ..group.stories import Changes, StoryGrouper
from ..model import Article

if TYPE_CHECKING:
    from .db import Store


class StoreIndex:
    """Implements ``group.corpus.CorpusIndex`` for one write transaction of a store."""

    def __init__(self, store: Store, db):
        self.store = store
        self.db = db
        self.last_id: int | None = None  # read once the transaction holds the corpus lock

    # -- entities (group.entities.EntityIndex) ---------------------------------

    def alias(self, cls: str, key: str) -> int | None:
        row = self.db.execute("SELECT entity_id FROM entity_aliases WHERE cls=? AND key=?", (cls, key)).fetchone()
        return row[0] if row else None

    def surname(self, word: str) -> set[int]:
        return {r[0] for r in self.db.execute("SELECT entity_id FROM person_surnames WHERE surname=?", (word,))}

    def entity(self, eid: int) -> EntityRecord:
        return EntityRecord(*self.db.execute("SELECT id, name, cls, label FROM entities WHERE id=?", (eid,)).fetchone())

    def new_id(self) -> int:
        if self.last_id is None:
            self.last_id = self.db.execute("SELECT coalesce(max(id), 0) FROM entities").fetchone()[0]
        self.last_id += 1
        return self.last_id

    def add_entity(self, e: EntityRecord) -> None:
        self.db.execute("INSERT INTO entities(id, name, cls, label) VALUES (?, ?, ?, ?)", (e.id, e.name, e.cls, e.label))

    def add_alias(self, cls: str, key: str, eid: int) -> None:
        self.db.execute("INSERT INTO entity_aliases(cls, key, entity_id) VALUES (?, ?, ?) "
                        "ON CONFLICT (cls, key) DO UPDATE SET entity_id = excluded.entity_id", (cls, key, eid))
        if cls == "person":
            self.db.execute("INSERT INTO person_surnames(surname, entity_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                            (key.split()[-1], eid))

    def rename(self, e: EntityRecord) -> None:
        self.db.execute("UPDATE entities SET name=? WHERE id=?", (e.name, e.id))

    # -- copies (group.copy_search.CopyIndex) ----------------------------------

    def copy_candidates(self, keys: list[int], limit: int) -> list[str]:
        marks = ",".join("?" * len(keys))
        return [r[0] for r in self.db.execute(
            f"SELECT article_id FROM copy_buckets WHERE key IN ({marks}) GROUP BY article_id "
            "ORDER BY count(*) DESC, article_id LIMIT ?", (*keys, limit))]

    def copy_signature(self, article_id: str) -> np.ndarray:
        row = self.db.execute("SELECT signature FROM copy_signatures WHERE article_id=?", (article_id,)).fetchone()
        return np.frombuffer(bytes(row[0]), dtype=np.uint64)

    def body(self, article_id: str) -> str:
        return self.db.execute("SELECT body FROM articles WHERE id=?", (article_id,)).fetchone()[0]

    # -- stories and the generation ----------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None

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
        out = []
        for start in range(0, len(article_ids), 500):
            part = article_ids[start:start + 500]
            out += [Signature.from_json(r[0]) for r in self.db.execute(
                f"SELECT data FROM group_signatures WHERE article_id IN ({','.join('?' * len(part))})", part)]
        return out

    def save_groups(self, grouper: StoryGrouper, changes: Changes, new: list[Signature]) -> None:
        """Write what one batch changed: the new signatures, changed stories and events, the
        articles that joined or moved, and the document frequencies; then drop emptied groups."""
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

    # -- writing one placed article ------------------------------------------------

    def add_article(self, article: Article, placement: Placement, run_id: int | None = None) -> None:
        self.store._insert(self.db, article, placement.resolution, run_id, placement.statements)
        self.add_copies(article.id, placement.copies)

    def add_copies(self, article_id: str, copies) -> None:
        self.db.executemany("INSERT INTO copy_buckets(key, article_id) VALUES (?, ?)",
                            [(k, article_id) for k in copies.bands])
        self.db.execute("INSERT INTO copy_signatures(article_id, signature) VALUES (?, ?)",
                        (article_id, copies.signature.tobytes()))
        self.db.executemany("INSERT INTO reuse(a, b, similarity, a_share, b_share) VALUES (?, ?, ?, ?, ?) "
                            "ON CONFLICT DO NOTHING", [(r.a, r.b, r.similarity, sa, sb) for r, sa, sb in copies.found])

def _last_each(assignments: list) -> list:
    "The last assignment of each article: a batch may move an article twice (a merge, then a split)."
    return list({a.article_id: a for a in assignments}.values())

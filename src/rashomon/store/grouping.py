"""Persisting the corpus-level grouping: entities, copies (MinHash buckets) and stories/events.

All are updated inside the transaction that stores an article, so a killed run
never leaves an article without its group, and the grouper state on disk always
matches the articles on disk.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter

import numpy as np

from ..group.copies import Reuse, Words, bands, share, shared_runs, signature, similarity
from ..group.entities import EntityRecord
from ..group.stories import Assignment, Group, StoryGrouper
from ..model import Article

REUSE_MIN_SHARE = 0.2  # of either article's words, for a pair to count as reuse
MIN_SIMILARITY = 0.1  # estimated Jaccard below which a candidate pair is not checked
MAX_CANDIDATES = 50  # candidates whose signatures are compared: those sharing the most bands
MAX_VERIFIED = 10  # candidates checked passage by passage, most similar first


class SqlIndex:
    """The entity index of ``group.entities`` read from and written to the store's tables.

    Writes go into the open transaction, so a rolled-back article takes its new
    entities with it, and memory stays flat however many names the corpus holds.
    """

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self.last_id = db.execute("SELECT coalesce(max(id), 0) FROM entities").fetchone()[0]

    def alias(self, cls: str, key: str) -> int | None:
        row = self.db.execute("SELECT entity_id FROM entity_aliases WHERE cls=? AND key=?", (cls, key)).fetchone()
        return row[0] if row else None

    def surname(self, word: str) -> set[int]:
        return {r[0] for r in self.db.execute("SELECT entity_id FROM person_surnames WHERE surname=?", (word,))}

    def entity(self, eid: int) -> EntityRecord:
        return EntityRecord(*self.db.execute("SELECT id, name, cls, label FROM entities WHERE id=?", (eid,)).fetchone())

    def new_id(self) -> int:
        self.last_id += 1
        return self.last_id

    def add_entity(self, e: EntityRecord) -> None:
        self.db.execute("INSERT INTO entities(id, name, cls, label) VALUES (?, ?, ?, ?)", (e.id, e.name, e.cls, e.label))

    def add_alias(self, cls: str, key: str, eid: int) -> None:
        self.db.execute("INSERT OR REPLACE INTO entity_aliases(cls, key, entity_id) VALUES (?, ?, ?)", (cls, key, eid))
        if cls == "person":
            self.db.execute("INSERT OR IGNORE INTO person_surnames(surname, entity_id) VALUES (?, ?)",
                            (key.split()[-1], eid))

    def rename(self, e: EntityRecord) -> None:
        self.db.execute("UPDATE entities SET name=? WHERE id=?", (e.name, e.id))


def find_copies(db: sqlite3.Connection, article: Article) -> list[tuple[Reuse, float, float]]:
    """Index the article's MinHash bands; return earlier articles it shares passages with,
    each with the share of each article's words in the shared passages."""
    new = Words(article.body)  # tokenised once, for the signature and for every passage check
    sig = signature(new)
    keys = bands(sig)
    marks = ",".join("?" * len(keys))
    # Shared bands estimate similarity (a band matches with probability J^rows), so a text
    # that hundreds of articles quote is compared only with the few closest to it.
    candidates = [r[0] for r in db.execute(
        f"SELECT article_id FROM copy_buckets WHERE key IN ({marks}) GROUP BY article_id "
        "ORDER BY count(*) DESC, article_id LIMIT ?", (*keys, MAX_CANDIDATES))]
    scored = []
    for other in candidates:
        row = db.execute("SELECT signature FROM copy_signatures WHERE article_id=?", (other,)).fetchone()
        score = similarity(sig, np.frombuffer(row[0], dtype=np.uint64))
        if score >= MIN_SIMILARITY:
            scored.append((score, other))
    found = []
    # The closest few are enough: copies of one wire story link to each other, so
    # source groups still join up, and a story copied 500 times stays linear.
    for score, other in sorted(scored, reverse=True)[:MAX_VERIFIED]:
        body = db.execute("SELECT body FROM articles WHERE id=?", (other,)).fetchone()[0]
        old = Words(body)
        runs = shared_runs(old, new)
        share_old, share_new = share(runs, len(old)), share(runs, len(new))
        if max(share_old, share_new) >= REUSE_MIN_SHARE:
            found.append((Reuse(other, article.id, round(score, 3)), round(share_old, 3), round(share_new, 3)))
    db.executemany("INSERT INTO copy_buckets(key, article_id) VALUES (?, ?)", [(k, article.id) for k in keys])
    db.execute("INSERT INTO copy_signatures(article_id, signature) VALUES (?, ?)", (article.id, sig.tobytes()))
    db.executemany("INSERT OR IGNORE INTO reuse(a, b, similarity, a_share, b_share) VALUES (?, ?, ?, ?, ?)",
                   [(r.a, r.b, r.similarity, sa, sb) for r, sa, sb in found])
    return [r for r, _, _ in found]


class TrackedCounts(Counter):
    """Document frequencies that remember which terms changed since the last save."""

    def __init__(self, *args, **kwargs):
        self.changed: set[str] = set()
        super().__init__(*args, **kwargs)

    def __setitem__(self, key, value):
        self.changed.add(key)
        super().__setitem__(key, value)


def load_grouper(db: sqlite3.Connection) -> StoryGrouper:
    df = TrackedCounts({t: n for t, n in db.execute("SELECT term, df FROM group_terms")})
    df.changed.clear()
    docs = db.execute("SELECT count(*) FROM article_groups").fetchone()[0]
    stories = [_group(r) for r in db.execute("SELECT * FROM stories")]
    events = [_group(r) for r in db.execute("SELECT * FROM events")]
    return StoryGrouper.restore(df, docs, stories, events)


def save_assignment(db: sqlite3.Connection, grouper: StoryGrouper, a: Assignment) -> None:
    for table, group in (("stories", grouper.stories[a.story_id]), ("events", grouper.events[a.event_id])):
        db.execute(f"INSERT OR REPLACE INTO {table}(id, story_id, size, first, last, centroid) VALUES (?, ?, ?, ?, ?, ?)",
                   (group.id, group.story_id, group.size, group.first, group.last,
                    json.dumps({t: round(w, 4) for t, w in group.centroid.items()})))
    db.execute("INSERT INTO article_groups(article_id, story_id, event_id, story_score, event_score) "
               "VALUES (?, ?, ?, ?, ?)", (a.article_id, a.story_id, a.event_id, a.story_score, a.event_score))
    df = grouper.df
    db.executemany("INSERT OR REPLACE INTO group_terms(term, df) VALUES (?, ?)", [(t, df[t]) for t in df.changed])
    df.changed.clear()


def _group(r: sqlite3.Row) -> Group:
    return Group(id=r["id"], centroid=Counter(json.loads(r["centroid"])), size=r["size"], first=r["first"],
                 last=r["last"], story_id=r["story_id"])

"""Persisting the corpus-level grouping: entities, copies (MinHash buckets) and stories/events.

All are updated inside the transaction that stores an article, so a killed run
never leaves an article without its group, and the grouper state on disk always
matches the articles on disk.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

import numpy as np

from ..group.copies import Reuse, Words, bands, share, shared_runs, signature, similarity
from ..group.entities import EntityRecord
from ..group.signature import Signature
from ..group.stories import Changes, Event, Settings, Story, StoryGrouper
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


def load_grouper(db: sqlite3.Connection, settings: Settings | None = None) -> StoryGrouper:
    """Rebuild the grouping state: every article's event, and the signatures of the articles
    that recent batches may still regroup (open events, story anchors); older ones are fetched
    on demand."""
    grouper = StoryGrouper(settings=settings or Settings())
    grouper.df = Counter({t: n for t, n in db.execute("SELECT term, df FROM group_terms")})
    meta = dict(db.execute("SELECT key, value FROM group_meta"))
    grouper.next_story, grouper.next_event = meta.get("next_story", 1), meta.get("next_event", 1)
    for r in db.execute("SELECT id, story_id, first, last, last_seq FROM events"):
        grouper.events[r[0]] = Event(r[0], r[1], first=r[2], last=r[3], last_seq=r[4])
        grouper.stories.setdefault(r[1], Story(r[1])).events.add(r[0])
    for article_id, event_id, seq, days in db.execute(
            "SELECT article_id, event_id, seq, days FROM article_groups ORDER BY seq"):
        grouper.events[event_id].members.append(article_id)
        grouper.where[article_id] = event_id
        grouper.seqs[article_id] = seq
        grouper.days[article_id] = tuple(d for d in days.split(",") if d)
    grouper.docs = len(grouper.where)
    grouper.seq = max(grouper.seqs.values(), default=0)
    for story in grouper.stories.values():
        members = [a for e in story.events for a in grouper.events[e].members]
        story.anchors = sorted(members, key=grouper.seqs.__getitem__)[-grouper.settings.anchors:]
    recent = {a for a, n in grouper.seqs.items() if n > grouper.seq - grouper.settings.open_articles}
    wanted = recent | {a for st in grouper.stories.values() for a in st.anchors}

    def fetch(ids: list[str]) -> list[Signature]:
        out = []
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            out += [Signature.from_json(r[0]) for r in db.execute(
                f"SELECT data FROM group_signatures WHERE article_id IN ({','.join('?' * len(part))})", part)]
        return out

    for s in fetch(sorted(wanted, key=grouper.seqs.__getitem__)):
        grouper.sigs[s.article_id] = s
        grouper._index_article(s, grouper.story_of(s.article_id))
    grouper.fetch = fetch
    return grouper


def save_changes(db: sqlite3.Connection, grouper: StoryGrouper, changes: Changes, new: list[Signature]) -> None:
    """Write what one batch changed, inside the caller's transaction."""
    db.executemany("INSERT OR REPLACE INTO group_signatures(article_id, data) VALUES (?, ?)",
                   [(s.article_id, s.to_json()) for s in new])
    for story_id in changes.stories:
        story = grouper.stories[story_id]
        events = [grouper.events[e] for e in story.events]
        days = [d for e in events for d in (e.first, e.last) if d]
        db.execute("INSERT OR REPLACE INTO stories(id, story_id, size, first, last, centroid) VALUES (?, NULL, ?, ?, ?, '{}')",
                   (story_id, sum(e.size for e in events), min(days, default=None), max(days, default=None)))
    for event_id in changes.events:
        e = grouper.events[event_id]
        db.execute("INSERT OR REPLACE INTO events(id, story_id, size, first, last, centroid, last_seq) "
                   "VALUES (?, ?, ?, ?, ?, '{}', ?)", (e.id, e.story_id, e.size, e.first, e.last, e.last_seq))
    db.executemany("INSERT OR REPLACE INTO article_groups(article_id, story_id, event_id, story_score, event_score, "
                   "seq, days) VALUES (?, ?, ?, ?, ?, ?, ?)",
                   [(a.article_id, a.story_id, a.event_id, a.story_score, a.event_score,
                     grouper.seqs[a.article_id], ",".join(grouper.days.get(a.article_id, ())))
                    for a in changes.assignments])
    db.executemany("DELETE FROM events WHERE id = ?", [(e,) for e in changes.removed_events])
    db.executemany("DELETE FROM stories WHERE id = ?", [(s,) for s in changes.removed_stories])
    db.executemany("INSERT OR REPLACE INTO group_terms(term, df) VALUES (?, ?)",
                   [(t, grouper.df[t]) for t in changes.terms])
    db.executemany("INSERT OR REPLACE INTO group_meta(key, value) VALUES (?, ?)",
                   [("next_story", grouper.next_story), ("next_event", grouper.next_event)])

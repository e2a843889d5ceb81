"""Read queries for browsing a corpus page by page (``rashomon serve``), and the comparison cache.

``Store`` answers the command line, which reads whole stories and the whole corpus; a web page
shows fifty stories of ten thousand, one entity or one outlet, so these queries filter and batch
in SQL. They take any store (SQLite or PostgreSQL): the SQL is the dialect both share.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone

from ..entity_classes import LABEL_CLASSES_SHOWN
from ..errors import ConfigError, NotFound
from .db import Store

DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
EVENT_NAMES = 16  # names kept per event for its label, as Store.stories keeps them
STORY_NAMES = 6


@dataclass(frozen=True)
class StoryFilter:
    """Which stories a list shows: those overlapping the date range that hold an article from the
    outlet, in the language, among the articles a search matched (None: no such condition)."""

    since: str | None = None  # ISO day, inclusive
    until: str | None = None
    outlet: str | None = None
    language: str | None = None
    article_ids: tuple[str, ...] | None = None

    def __post_init__(self):
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not DAY.fullmatch(value):
                raise ConfigError(f"{name}={value!r}: expected a day as YYYY-MM-DD, such as 2025-03-04")

    def where(self) -> tuple[str, list]:
        "The SQL condition on stories s, and its parameters."
        parts, params = [], []
        if self.since:
            parts.append("s.last >= ?")
            params.append(self.since)
        if self.until:
            parts.append("s.first <= ?")
            params.append(self.until + "~")  # a timestamp on the last day still counts
        member = "EXISTS (SELECT 1 FROM article_groups g JOIN articles a ON a.id = g.article_id WHERE g.story_id = s.id AND {})"
        if self.outlet is not None:
            parts.append(member.format("coalesce(a.outlet, '') = ?"))
            params.append(self.outlet)
        if self.language is not None:
            parts.append(member.format("coalesce(a.language, '') = ?"))
            params.append(self.language)
        if self.article_ids is not None:
            marks = ",".join("?" * len(self.article_ids)) or "NULL"
            parts.append(f"EXISTS (SELECT 1 FROM article_groups g WHERE g.story_id = s.id AND g.article_id IN ({marks}))")
            params += list(self.article_ids)
        return (" AND ".join(parts) or "1 = 1"), params


def story_page_ids(store: Store, where: StoryFilter, limit: int, offset: int) -> tuple[list[int], int]:
    """One page of story ids, newest first (by their latest article; undated last), and how many match."""
    condition, params = where.where()
    total = store.db.execute(f"SELECT count(*) FROM stories s WHERE {condition}", params).fetchone()[0]
    ids = [r[0] for r in store.db.execute(
        f"SELECT s.id FROM stories s WHERE {condition} ORDER BY s.last IS NULL, s.last DESC, s.id DESC LIMIT ? OFFSET ?",
        (*params, limit, offset))]
    return ids, total


def story_summaries(store: Store, story_ids: list[int]) -> list[dict]:
    """Stories in the shape ``Store.stories`` gives (events, their articles, outlets, names), read
    for many stories in a few queries rather than a few per event."""
    if not story_ids:
        return []
    marks = ",".join("?" * len(story_ids))
    stories = {r["id"]: {**dict(r), "events": [], "outlets": set()} for r in store.db.execute(
        f"SELECT id, first, last, size FROM stories WHERE id IN ({marks})", story_ids)}
    events: dict[int, dict] = {}
    for r in store.db.execute(f"SELECT id, story_id, first, last, size FROM events WHERE story_id IN ({marks}) "
                              "ORDER BY first IS NULL, first, id", story_ids):
        events[r["id"]] = {"id": r["id"], "first": r["first"], "last": r["last"], "size": r["size"], "articles": [],
                           "entities": []}
        stories[r["story_id"]]["events"].append(events[r["id"]])
    for r in store.db.execute(
            "SELECT g.story_id, g.event_id, a.id, a.title, a.outlet, a.published, a.language FROM article_groups g "
            f"JOIN articles a ON a.id = g.article_id WHERE g.story_id IN ({marks}) "
            "ORDER BY a.published IS NULL, a.published, a.rowid", story_ids):
        events[r["event_id"]]["articles"].append({k: r[k] for k in ("id", "title", "outlet", "published", "language")})
        stories[r["story_id"]]["outlets"].add(r["outlet"] or "(unknown outlet)")
    names = _names(store, "story_id", story_ids)
    for e, found in _names(store, "event_id", list(events)).items():
        events[e]["entities"] = found[:EVENT_NAMES]
    return [{**stories[i], "outlets": sorted(stories[i]["outlets"]), "entities": names.get(i, [])[:STORY_NAMES]}
            for i in story_ids if i in stories]


def _names(store: Store, column: str, ids: list[int]) -> dict[int, list[dict]]:
    """Group id -> the named entities most of its articles mention, as ``Store._group_entities`` orders them."""
    if not ids:
        return {}
    classes = ", ".join("?" * len(LABEL_CLASSES_SHOWN))
    rows = store.db.execute(f"""
        SELECT g.{column} AS grp, e.name, e.cls, count(DISTINCT m.article_id) AS articles, count(*) AS mentions
        FROM article_groups g JOIN mentions m ON m.article_id = g.article_id JOIN entities e ON e.id = m.entity_id
        WHERE g.{column} IN ({','.join('?' * len(ids))}) AND e.cls IN ({classes})
        GROUP BY g.{column}, e.id, e.name, e.cls""", (*ids, *LABEL_CLASSES_SHOWN))
    out: dict[int, list[dict]] = defaultdict(list)
    for r in rows:
        out[r["grp"]].append({"name": r["name"], "cls": r["cls"], "articles": r["articles"], "mentions": r["mentions"]})
    for found in out.values():
        found.sort(key=lambda x: (-x["articles"], -x["mentions"], x["name"]))
    return out


def counts(store: Store, column: str) -> list[tuple[str, int]]:
    """Values of an article column (outlet, language) with their article counts, most first; '' for none."""
    if column not in ("outlet", "language"):
        raise ConfigError(f"column={column!r}; expected outlet or language")
    return [(r[0], r[1]) for r in store.db.execute(
        f"SELECT coalesce({column}, '') AS v, count(*) AS n FROM articles GROUP BY coalesce({column}, '') "
        "ORDER BY n DESC, v")]


def daily_counts(store: Store, story_id: int) -> list[tuple[str, str, int]]:
    """(day, outlet, articles) for a story's dated articles: its coverage over time."""
    return [(r[0], r[1], r[2]) for r in store.db.execute(
        "SELECT substr(a.published, 1, 10) AS day, coalesce(a.outlet, '(unknown outlet)') AS outlet, count(*) "
        "FROM article_groups g JOIN articles a ON a.id = g.article_id "
        "WHERE g.story_id = ? AND a.published IS NOT NULL GROUP BY substr(a.published, 1, 10), "
        "coalesce(a.outlet, '(unknown outlet)') ORDER BY day, outlet", (story_id,))]


def entity_forms(store: Store, entity_id: int) -> list[dict]:
    """The words each outlet names an entity in: form, outlet, mentions, articles."""
    return [dict(r) for r in store.db.execute(
        "SELECT m.text AS form, coalesce(a.outlet, '(unknown outlet)') AS outlet, count(*) AS mentions, "
        "count(DISTINCT a.id) AS articles FROM mentions m JOIN articles a ON a.id = m.article_id "
        "WHERE m.entity_id = ? GROUP BY m.text, coalesce(a.outlet, '(unknown outlet)') "
        "ORDER BY mentions DESC, form, outlet", (entity_id,))]


def entity_stories(store: Store, entity_id: int) -> list[dict]:
    """Stories whose articles mention an entity: story id, articles that do, and their outlets."""
    rows = store.db.execute(
        "SELECT g.story_id, a.id, coalesce(a.outlet, '(unknown outlet)') AS outlet FROM mentions m "
        "JOIN article_groups g ON g.article_id = m.article_id JOIN articles a ON a.id = m.article_id "
        "WHERE m.entity_id = ? GROUP BY g.story_id, a.id, a.outlet", (entity_id,))
    found: dict[int, dict] = {}
    for story_id, article_id, outlet in rows:
        s = found.setdefault(story_id, {"story_id": story_id, "article_ids": [], "outlets": set()})
        s["article_ids"].append(article_id)
        s["outlets"].add(outlet)
    return sorted(({**s, "outlets": sorted(s["outlets"])} for s in found.values()),
                  key=lambda s: (-len(s["article_ids"]), s["story_id"]))


def entity_statements(store: Store, entity_id: int, limit: int = 300) -> list[dict]:
    """What an entity said, in the export's statement fields, with each article's outlet, date and title
    and the sentence the statement starts in."""
    span = lambda r, n: (  # noqa: E731
        {"start": r[f"{n}_start"], "end": r[f"{n}_end"], "text": r[f"{n}_text"]} if r[f"{n}_start"] is not None else None)
    cut = lambda n: f"substr(a.body, s.{n}_start + 1, s.{n}_end - s.{n}_start) AS {n}_text"  # noqa: E731
    rows = store.db.execute(
        f"SELECT s.*, e.name AS entity_name, a.outlet, a.published, a.title, {cut('content')}, {cut('cue')}, "
        f"{cut('speaker')}, (SELECT max(x.idx) FROM sentences x WHERE x.article_id = s.article_id "
        "AND x.start <= s.content_start) AS sentence FROM statements s JOIN articles a ON a.id = s.article_id JOIN entities e ON e.id = s.entity_id "
        "WHERE s.entity_id = ? ORDER BY a.published IS NULL, a.published, a.rowid, s.idx LIMIT ?", (entity_id, limit))
    return [{"article_id": r["article_id"], "kind": r["kind"], "speaker": span(r, "speaker"),
             "speaker_name": r["speaker_name"], "speaker_kind": r["speaker_kind"], "entity_id": r["entity_id"],
             "entity_name": r["entity_name"], "cue": span(r, "cue"), "cue_word": r["cue_word"],
             "content": span(r, "content"), "channel": r["channel"], "outlet": r["outlet"],
             "published": r["published"], "title": r["title"], "sentence": r["sentence"]} for r in rows]


def outlet_exists(store: Store, outlet: str) -> None:
    if not store.db.execute("SELECT 1 FROM articles WHERE coalesce(outlet, '') = ? LIMIT 1", (outlet,)).fetchone():
        raise NotFound(f"no articles from the outlet {outlet!r} in {store.path}")


def outlet_articles(store: Store, outlet: str) -> list[dict]:
    """An outlet's articles with their stories, newest first."""
    return [dict(r) for r in store.db.execute(
        "SELECT a.id, a.title, a.published, a.language, g.story_id FROM articles a "
        "LEFT JOIN article_groups g ON g.article_id = a.id WHERE coalesce(a.outlet, '') = ? "
        "ORDER BY a.published IS NULL, a.published DESC, a.rowid DESC", (outlet,))]


def outlet_voices(store: Store, outlet: str, limit: int = 40) -> list[dict]:
    """Whose words an outlet carries: each speaker with statements, articles and stories."""
    return [dict(r) for r in store.db.execute(
        "SELECT coalesce(e.name, s.speaker_name) AS speaker, s.entity_id, max(s.speaker_kind) AS speaker_kind, "
        "count(*) AS statements, count(DISTINCT s.article_id) AS articles, count(DISTINCT g.story_id) AS stories "
        "FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN entities e ON e.id = s.entity_id "
        "LEFT JOIN article_groups g ON g.article_id = s.article_id "
        "WHERE coalesce(a.outlet, '') = ? AND coalesce(e.name, s.speaker_name) IS NOT NULL "
        "GROUP BY coalesce(e.name, s.speaker_name), s.entity_id ORDER BY statements DESC, speaker LIMIT ?",
        (outlet, limit))]


def outlet_copies(store: Store, outlet: str) -> list[dict]:
    """Republications involving an outlet's articles: which outlet published first, and the share
    of the later article's words in passages the two share."""
    rows = store.db.execute(
        "SELECT r.a, r.b, r.a_share, r.b_share, x.outlet AS a_outlet, x.published AS a_published, x.title AS a_title, "
        "y.outlet AS b_outlet, y.published AS b_published, y.title AS b_title "
        "FROM reuse r JOIN articles x ON x.id = r.a JOIN articles y ON y.id = r.b "
        "WHERE coalesce(x.outlet, '') = ? OR coalesce(y.outlet, '') = ?", (outlet, outlet))
    out = []
    for r in rows:
        a_first = (r["a_published"] or "9999") <= (r["b_published"] or "9999")  # stored first when neither is dated
        o, c = ("a", "b") if a_first else ("b", "a")
        out.append({"original": r[o], "original_outlet": r[f"{o}_outlet"] or "", "original_title": r[f"{o}_title"],
                    "copy": r[c], "copy_outlet": r[f"{c}_outlet"] or "", "copy_title": r[f"{c}_title"],
                    "copy_published": r[f"{c}_published"], "share": r[f"{c}_share"]})
    return out


def article_links(store: Store, article_id: str) -> list[dict]:
    """The articles one shares passages with: the other's id, outlet, date, title and both shares."""
    out = []
    for r in store.reuse(article_id):
        mine, other = ("a", "b") if r["a"] == article_id else ("b", "a")
        out.append({"id": r[other], "outlet": r[f"{other}_outlet"], "published": r[f"{other}_published"],
                    "title": r[f"{other}_title"], "share": r[f"{mine}_share"], "other_share": r[f"{other}_share"],
                    "similarity": r["similarity"]})
    return out


def reuse_links(store: Store, article_ids: set[str]) -> list[dict]:
    """Pairs among these articles that share passages, as the export's ``reuse`` (views.reuse_dicts)."""
    ids = sorted(article_ids)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    out = []
    for r in store.db.execute(
            "SELECT r.a, r.b, r.similarity, r.a_share, r.b_share, x.published AS a_published, y.published AS b_published "
            f"FROM reuse r JOIN articles x ON x.id = r.a JOIN articles y ON y.id = r.b WHERE r.a IN ({marks}) "
            f"AND r.b IN ({marks}) ORDER BY r.a, r.b", ids + ids):
        a_first = (r["a_published"] or "9999") <= (r["b_published"] or "9999")
        out.append({"articles": [r["a"], r["b"]], "similarity": r["similarity"],
                    "shares": {r["a"]: r["a_share"], r["b"]: r["b_share"]},
                    "original": (r["a"] if a_first else r["b"]) if r["a_published"] or r["b_published"] else None})
    return out


def stories_of(store: Store, article_ids: list[str]) -> dict[str, int]:
    "Article id -> its story id, for those grouped."
    if not article_ids:
        return {}
    marks = ",".join("?" * len(article_ids))
    return {r[0]: r[1] for r in store.db.execute(
        f"SELECT article_id, story_id FROM article_groups WHERE article_id IN ({marks})", article_ids)}


def generation(store: Store) -> int:
    "The corpus generation: bumped by every article placed, so page data made before it is stale."
    return store.db.execute("SELECT value FROM corpus_state WHERE key = 'generation'").fetchone()[0]


# -- the comparison cache (migration m010) ----------------------------------------------------

def cached_comparison(store: Store, key: str) -> str | None:
    row = store.db.execute("SELECT data FROM comparison_cache WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def cache_comparison(store: Store, key: str, story_id: int, data: str) -> None:
    """Keep one comparison per story: older keys of the story (other members, older code) go."""
    with store.transaction() as db:
        db.execute("DELETE FROM comparison_cache WHERE story_id = ? AND key <> ?", (story_id, key))
        db.execute("INSERT INTO comparison_cache(key, story_id, data, created) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET data = excluded.data, created = excluded.created",
                   (key, story_id, data, datetime.now(timezone.utc).isoformat(timespec="seconds")))

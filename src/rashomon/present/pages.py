"""The data of each page of ``rashomon serve``, as plain dicts: the HTML page and its JSON twin
(``/api/...``) are the same dict, rendered or not (STYLE practice 10).

Articles, entities, statements, stories and comparisons keep the export's fields (docs/schema.md);
what a page adds around them (counts, filters, a story's coverage per day) is documented in
docs/serve.md.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from functools import cache

from ..entity_classes import is_value
from ..errors import ConfigError
from ..store import browse
from ..store.db import Store
from ..version import __version__
from .cached import StoryComparisons
from .views import article_dict, entity_dict, statement_dict, story_dict

PAGE_SIZE = 50
SEARCH_HITS = 50
SEARCH_FILTER_HITS = 2000  # articles a story-list search looks among, best matches first
OUTLET_STORIES = 12  # an outlet page reads the comparisons of this many of its latest stories
ENTITY_STORIES = 60
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"  # private-use characters around search matches, split out below


def _meta() -> dict:
    return {"generator": f"rashomon {__version__}"}


def stories_page(store: Store, since: str | None = None, until: str | None = None, outlet: str | None = None,
                 language: str | None = None, q: str | None = None, page: int = 1) -> dict:
    """Stories newest first, PAGE_SIZE a page, filtered by dates, outlet, language and a search."""
    if page < 1:
        raise ConfigError(f"page={page}: expected 1 or more")
    matched = None
    if q and q.strip():
        matched = tuple(h["id"] for h in store.search(q, SEARCH_FILTER_HITS))
    where = browse.StoryFilter(since or None, until or None, outlet, language, matched)
    ids, total = browse.story_page_ids(store, where, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    stories = []
    for s in browse.story_summaries(store, ids):
        articles = [a for e in s["events"] for a in e["articles"]]
        stories.append({**story_dict(s), "articles": len(articles),
                        "languages": sorted({a["language"] or "?" for a in articles})})
    return {**_meta(), "stories": stories, "total": total, "page": page,
            "pages": max(1, -(-total // PAGE_SIZE)),
            "filters": {"since": since, "until": until, "outlet": outlet, "language": language, "q": q},
            "choices": {"outlets": browse.counts(store, "outlet"), "languages": browse.counts(store, "language")}}


def story_page(store: Store, story_id: int, comparisons: StoryComparisons) -> dict:
    """A story: its events and articles, their coverage per day, and the comparison of its sources."""
    (found,) = store.stories(story_id)
    story = story_dict(found)
    comparison = comparisons.of_story(store, story_id)
    members = {a["id"] for e in found["events"] for a in e["articles"]}
    return {**_meta(), "story": story,
            "articles": [{k: a[k] for k in ("id", "title", "outlet", "published", "language")} | {"event_id": e["id"]}
                         for e in found["events"] for a in e["articles"]],
            "comparison": {"label": story["label"], **comparison} if comparison is not None else None,
            "coverage": coverage(store, story_id),
            "reuse": browse.reuse_links(store, members)}


def coverage_page(store: Store, story_id: int) -> dict:
    (found,) = store.stories(story_id)
    return {**_meta(), "story": story_dict(found), "coverage": coverage(store, story_id)}


def coverage(store: Store, story_id: int, max_days: int = 400) -> dict:
    """Articles per day by outlet, every day from the first to the last (at most ``max_days``)."""
    rows = browse.daily_counts(store, story_id)
    days = _days([d for d, _, _ in rows], max_days)
    outlets = [o for o, _ in _totals(rows).most_common()]
    index = {d: i for i, d in enumerate(days)}
    series = {o: [0] * len(days) for o in outlets}
    for day, outlet, n in rows:
        if day in index:
            series[outlet][index[day]] += n
    undated = len(store.article_ids(story_id=story_id)) - sum(n for _, _, n in rows)
    return {"days": days, "series": [{"outlet": o, "counts": series[o]} for o in outlets], "undated": undated}


def _totals(rows: list[tuple[str, str, int]]) -> Counter:
    totals: Counter = Counter()
    for _, outlet, n in rows:
        totals[outlet] += n
    return totals


def _days(values: list[str], max_days: int) -> list[str]:
    try:
        parsed = sorted({date.fromisoformat(v) for v in values})
    except ValueError:  # a stored date that is not a day: list what is there
        return sorted(set(values))
    if not parsed:
        return []
    n = min((parsed[-1] - parsed[0]).days + 1, max_days)
    return [(parsed[0] + timedelta(days=i)).isoformat() for i in range(n)]


def article_page(store: Store, article_id: str) -> dict:
    """One article with its annotations, the entities it names, its copies and its story and event."""
    a = store.article(article_id)
    names = {e.id: e for e in store.entities(article_id=a.id)}
    group = store.group_of(a.id)
    story = event = None
    if group is not None:
        (found,) = browse.story_summaries(store, [group[0]])
        exported = story_dict(found)
        story = {k: exported[k] for k in ("id", "label", "first", "last", "outlets")}
        event = next(({k: e[k] for k in ("id", "label", "first", "last")} for e in exported["events"]
                      if e["id"] == group[1]), None)
    return {**_meta(), "article": article_dict(a),
            "statements": [statement_dict(a, s, names[s.entity_id].name if s.entity_id in names else None)
                           for s in a.statements],
            "entities": [entity_dict(e) for e in names.values() if not is_value(e.label)],
            "marked": marked_words(a.body),
            "copies": browse.article_links(store, a.id), "story": story, "event": event}


@cache
def _marked_pattern():
    from ..compare.framing import lexicon

    words = sorted(lexicon(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.I)


def marked_words(body: str) -> list[dict]:
    """Loaded, evaluative and hedging words of the comparison's lexicon, where the body uses them."""
    from ..compare.framing import lexicon

    kinds = lexicon()
    return [{"start": m.start(), "end": m.end(), "word": m.group(), "kind": kinds[m.group().lower()]}
            for m in _marked_pattern().finditer(body)]


def entity_page(store: Store, entity_id: int) -> dict:
    """An entity across outlets: the names each uses, what it said, and the stories it is in."""
    e = store.entity(entity_id)
    found = browse.entity_stories(store, entity_id)[:ENTITY_STORIES]
    labels = {s["id"]: story_dict(s)["label"] for s in browse.story_summaries(store, [f["story_id"] for f in found])}
    forms: dict[str, dict] = {}
    for row in browse.entity_forms(store, entity_id):
        form = forms.setdefault(row["form"], {"form": row["form"], "mentions": 0, "outlets": []})
        form["mentions"] += row["mentions"]
        form["outlets"].append(row["outlet"])
    return {**_meta(), "entity": entity_dict(e), "forms": list(forms.values()),
            "statements": browse.entity_statements(store, entity_id),
            "outlets": sorted({o for f in forms.values() for o in f["outlets"]}),
            "stories": [{**f, "label": labels.get(f["story_id"], "")} for f in found]}


def outlet_page(store: Store, outlet: str, comparisons: StoryComparisons) -> dict:
    """What one outlet carries across stories: whose voices, which marked words, what it alone
    reports, and how often other outlets republish it."""
    browse.outlet_exists(store, outlet)
    articles = browse.outlet_articles(store, outlet)
    story_ids = list(dict.fromkeys(a["story_id"] for a in articles if a["story_id"] is not None))
    compared, marked, alone = [], Counter(), []
    for story_id in story_ids:
        if len(compared) == OUTLET_STORIES:
            break
        c = comparisons.of_story(store, story_id)
        if c is None:
            continue
        compared.append(story_id)
        ids = {a["id"] for a in c["articles"] if (a["outlet"] or "") == (outlet or "(unknown outlet)")}
        marked.update((m["word"].lower(), m["kind"]) for m in c["marked"] if m["evidence"]["article_id"] in ids)
        alone += [{"story_id": story_id, **cl["evidence"][0]} for cl in c["claims"]
                  if cl["verdict"] == "single-source" and cl["evidence"][0]["article_id"] in ids]
    copies = browse.outlet_copies(store, outlet)
    copied = [c for c in copies if c["original_outlet"] == outlet and c["copy_outlet"] != outlet]
    labels = {s["id"]: story_dict(s)["label"] for s in browse.story_summaries(store, story_ids[:PAGE_SIZE])}
    return {**_meta(), "outlet": outlet, "articles": articles, "stories": [
                {"id": i, "label": labels[i]} for i in story_ids[:PAGE_SIZE] if i in labels],
            "voices": browse.outlet_voices(store, outlet),
            "marked": [{"word": w, "kind": k, "count": n} for (w, k), n in marked.most_common()],
            "alone": alone, "compared_stories": compared,
            "copied_by_others": copied,
            "copies_of_others": [c for c in copies if c["copy_outlet"] == outlet and c["original_outlet"] != outlet],
            "copied_articles": len({c["original"] for c in copied})}


def search_page(store: Store, q: str | None) -> dict:
    """Articles that match a full-text query, best first, each with a snippet and its story."""
    if not q or not q.strip():
        return {**_meta(), "query": q or "", "hits": []}
    hits = store.search(q, SEARCH_HITS, mark=(MARK_OPEN, MARK_CLOSE))
    stories = browse.stories_of(store, [h["id"] for h in hits])
    return {**_meta(), "query": q, "hits": [
        {"id": h["id"], "title": h["title"], "outlet": h["outlet"], "published": h["published"],
         "story_id": stories.get(h["id"]), "snippet": snippet_parts(h["snippet"] or "")} for h in hits]}


def snippet_parts(snippet: str) -> list[dict]:
    """A snippet as parts, each a match or not, so no renderer has to parse markers out of text."""
    parts, match = [], False
    for piece in re.split(f"([{MARK_OPEN}{MARK_CLOSE}])", snippet):
        if piece in (MARK_OPEN, MARK_CLOSE):
            match = piece == MARK_OPEN
        elif piece:
            parts.append({"text": piece, "match": match})
    return parts


"""Page and export data as plain dicts; renderers (terminal, JSON, HTML) format them.

The JSON shapes here are the documented export schema (docs/schema.md): change
them only together with SCHEMA_VERSION and the docs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict
from difflib import SequenceMatcher

from anyascii import anyascii

from ..version import __version__
from ..entity_classes import is_value
from ..ingest.metadata import agency_name
from ..model import Article, Entity, Statement
from ..store.db import Store

SCHEMA_VERSION = "2.2"  # 1.1: statements, quantities, times; 1.2: stories, reuse; 1.3: comparisons; 1.4: contrasts;
# 1.5: articles' date_source and problems; statements' speaker_kind and entity_name;
# 2.0: disputes, scored conflicts and claims, no denial conflicts; 2.1: the conflict kind "update";
# 2.2: dispute positions' entity_id, speakers' entities without mentions among the entities


def article_dict(a: Article, body: bool = True) -> dict:
    data = {
        "id": a.id, "source": a.source, "format": a.format, "title": a.title, "outlet": a.outlet, "url": a.url,
        "published": a.published, "date_source": a.date_source, "language": a.language, "encoding": a.encoding, "authors": list(a.authors),
        "credits": [asdict(c) for c in a.credits], "captions": [asdict(c) for c in a.captions],
        "furniture": list(a.furniture), "word_count": a.word_count, "problems": [asdict(p) for p in a.problems],
    }
    if body:
        data["body"] = a.body
        data["sentences"] = [{"start": s.start, "end": s.end} for s in a.sentences]
        data["mentions"] = [{"start": m.start, "end": m.end, "text": m.text, "label": m.label,
                             "entity_id": m.entity_id, "stands_for": m.stands_for} for m in a.mentions]
        data["quantities"] = [asdict(q) for q in a.quantities]
        data["times"] = [asdict(t) for t in a.times]
    return data


def group_label(entities: list[dict], first: str | None, last: str | None, articles: list[dict] = ()) -> str:
    """'Veldra, Durmania, Ilse Marrek · Korlin · 2025-03-04 to 2025-03-19': key names, place, dates.
    A group whose articles name nobody the entity models found (a language without one) is called
    by the first of its ``articles``' titles, or without one by the opening words of its first text."""
    places = [e["name"] for e in entities if e["cls"] == "place"]
    # a news agency named in a dateline or credit ("(Reuters)") reported the event, and so did the outlets whose
    # articles it holds, named in their own pages: none is in it
    outlets = {a["outlet"].casefold() for a in articles if a.get("outlet")}
    actors = [e["name"] for e in entities if e["cls"] in ("person", "org", "event") and agency_name(e["name"]) is None
              and e["name"].casefold() not in outlets]
    groups = [e["name"] for e in entities if e["cls"] == "group"]  # "Armenian": weak on its own
    actors, places = _one_spelling(actors, places)
    names = ", ".join((actors[:2] + places[:2])[:3] or places[:3] or groups[:2])
    if not names:
        title = next((a[k] for k in ("title", "lead") for a in articles if a.get(k)), None)
        words = title.split() if title else []  # a headline, else the opening words of an untitled text
        names = f"“{' '.join(words[:8])}{'…' if len(words) > 8 else ''}”" if words else "(no names)"
    dates = first if first == last else f"{first} to {last}" if first else "undated"
    return " · ".join(filter(None, [names, dates]))


SAME_SPELLING = 0.75  # two names this alike in Latin letters are one name spelled two ways


def _one_spelling(*lists: list[str]) -> tuple[list[str], ...]:
    """Each name once, though the texts spell it in two scripts ("Остревій" and "Ostrevia" are alike in
    Latin letters, "Sergei Lavrov" and "Sergei Shoigu" are not; "Niger" and "Nigeria", in one script, are
    two): in the Latin spelling, at the first's place."""
    kept: list[tuple[str, int, int]] = []  # Latin letters, list, position
    out: list[list[str]] = [[] for _ in lists]
    for k, names in enumerate(lists):
        for name in names:
            latin = anyascii(name).lower()
            same = next(((i, j) for other, i, j in kept if name.isascii() != out[i][j].isascii()
                         and SequenceMatcher(None, latin, other).ratio() >= SAME_SPELLING), None)
            if same is None:
                kept.append((latin, k, len(out[k])))
                out[k].append(name)
            elif name.isascii() and not out[same[0]][same[1]].isascii():
                out[same[0]][same[1]] = name
    return tuple(out)


def distinctive_entities(story: dict) -> dict[int, list[dict]]:
    """Event id -> its names, those the story's other events lack first: what tells it apart. Of an event
    of several articles, only names two of them give: a name no other event has is as often a misread one
    ("Дравенії Дан Морвіч") as the event's own."""
    used = Counter(x["name"] for e in story["events"] for x in {x["name"]: x for x in e["entities"]}.values())

    def supported(e: dict) -> list[dict]:
        shared_by = min(2, len(e.get("articles", ())))
        return [x for x in e["entities"] if x.get("articles", shared_by) >= shared_by] or e["entities"]

    return {e["id"]: sorted(supported(e), key=lambda x: used[x["name"]] > 1) for e in story["events"]}


def story_dicts(store: Store) -> list[dict]:
    """Stories with their events and article ids, as the export documents them."""
    return [story_dict(s) for s in store.stories()]


def story_dict(s: dict) -> dict:
    """One story as the export documents it, from a story as ``Store.stories`` reads it."""
    names = distinctive_entities(s)
    return {"id": s["id"], "label": group_label(s["entities"], s["first"], s["last"],
                                                [a for e in s["events"] for a in e["articles"]]), "first": s["first"],
            "last": s["last"], "outlets": s["outlets"], "entities": [e["name"] for e in s["entities"]],
            "events": [{"id": e["id"], "label": group_label(names[e["id"]], e["first"], e["last"], e["articles"]),
                        "first": e["first"], "last": e["last"], "article_ids": [a["id"] for a in e["articles"]]}
                       for e in s["events"]]}


def reuse_dicts(store: Store) -> list[dict]:
    """Article pairs that share passages; ``original`` is the earlier published one where known."""
    out = []
    for r in store.reuse():
        a_first = (r["a_published"] or "9999") <= (r["b_published"] or "9999")
        out.append({"articles": [r["a"], r["b"]], "similarity": r["similarity"],
                    "shares": {r["a"]: r["a_share"], r["b"]: r["b_share"]},
                    "original": (r["a"] if a_first else r["b"]) if r["a_published"] or r["b_published"] else None})
    return out


def statement_dicts(store: Store) -> Iterator[dict]:
    """Every statement, in article order, with its text spans cut out for reading."""
    names = {e.id: e.name for e in store.entities()}
    for a in store.articles(with_annotations=True):
        for s in a.statements:
            yield statement_dict(a, s, names.get(s.entity_id))


def statement_dict(a: Article, s: Statement, entity_name: str | None = None) -> dict:
    span = lambda x: {"start": x.start, "end": x.end, "text": a.text_of(x)} if x else None  # noqa: E731
    return {"article_id": a.id, "kind": s.kind, "speaker": span(s.speaker), "speaker_name": s.speaker_name,
            "speaker_kind": s.speaker_kind, "entity_id": s.entity_id, "entity_name": entity_name,
            "cue": span(s.cue), "cue_word": s.cue_word, "content": span(s.content), "channel": s.channel}


def entity_dict(e: Entity) -> dict:
    return {"id": e.id, "name": e.name, "label": e.label, "aliases": list(e.aliases),
            "mention_count": e.mention_count, "article_ids": list(e.article_ids), "stands_for": e.stands_for}


def article_rows(store: Store) -> list[dict]:
    """One flat row per article (CSV, Parquet): lists joined with '; '."""
    rows = []
    for a in store.articles():
        rows.append({
            "id": a.id, "title": a.title, "outlet": a.outlet, "published": a.published, "date_source": a.date_source,
            "url": a.url, "language": a.language, "authors": "; ".join(a.authors),
            "credits": "; ".join(f"{c.name} ({c.role})" for c in a.credits),
            "word_count": a.word_count, "source": a.source, "body": a.body,
        })
    return rows


def statement_rows(store: Store) -> list[dict]:
    """One flat row per statement (CSV, Parquet), with the article's outlet and date."""
    return [{"article_id": r["article_id"], "outlet": r["outlet"], "published": r["published"],
             "speaker": r["speaker"], "entity_id": r["entity_id"], "entity_name": r["entity_name"],
             "speaker_name": r["speaker_name"], "speaker_kind": r["speaker_kind"], "kind": r["kind"], "cue": r["cue"],
             "cue_word": r["cue_word"], "content": r["content"], "channel": r["channel"]}
            for r in store.statements()]


def entity_rows(store: Store) -> list[dict]:
    return [{**entity_dict(e), "aliases": "; ".join(e.aliases), "article_ids": "; ".join(e.article_ids)}
            for e in store.entities()]


def corpus_view(store: Store, top: int = 40) -> dict:
    """Data of the corpus overview page."""
    articles = [article_dict(a, body=False) for a in store.articles()]
    named = [e for e in store.entities() if not is_value(e.label)]
    dates = sorted(a["published"] for a in articles if a["published"])
    return {
        "articles": articles,
        "outlets": Counter(a["outlet"] or "(unknown)" for a in articles).most_common(),
        "languages": Counter(a["language"] or "?" for a in articles).most_common(),
        "entities": [entity_dict(e) for e in named[:top]],
        "date_range": (dates[0], dates[-1]) if dates else None,
        "counts": {"articles": len(articles), "entities": len(named), "words": sum(a["word_count"] for a in articles)},
        "generator": f"rashomon {__version__}",
    }

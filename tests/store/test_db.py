import sqlite3

import pytest

from rashomon.errors import NotFound, StoreError
from rashomon.group.corpus import Grouping, add_articles
from rashomon.model import Article, Caption, Credit, Mention, Sentence
from rashomon.store.db import Store, open_store
from rashomon.store.migrations import MIGRATIONS


def make(aid="a1", body="Lavrov met Bayramov in Moscow to discuss the corridor.", **kw):
    mentions = (Mention(0, 6, "Lavrov", "PERSON", "lavrov"), Mention(11, 19, "Bayramov", "PERSON", "bairamov"),
                Mention(23, 29, "Moscow", "GPE", "moscow", stands_for=None))
    return Article(id=aid, source=f"{aid}.txt", body=body, format="text", title=kw.pop("title", "Talks"),
                   outlet="Wire", published="2023-01-17", credits=(Credit("AFP", "byline"),),
                   captions=(Caption("A photo", "TASS"),), sentences=(Sentence(0, len(body)),), mentions=mentions, **kw)


def test_round_trip(store):
    assert add_articles(store, [make()]) == 1
    a = store.article("a1")
    assert a.title == "Talks" and a.credits == (Credit("AFP", "byline"),) and a.captions == (Caption("A photo", "TASS"),)
    assert [a.text_of(m) for m in a.mentions] == ["Lavrov", "Bayramov", "Moscow"]
    assert all(m.entity_id for m in a.mentions)


def test_same_article_twice_is_a_no_op(store):
    add_articles(store, [make()])
    assert add_articles(store, [make()]) == 0
    assert store.count() == 1 and store.count("mentions") == 3


def test_failed_batch_leaves_nothing_half_written(store):
    add_articles(store, [make("ok")])
    bad = make("bad").replace(mentions=(Mention(0, 6, "Lavrov", "PERSON", "lavrov"),) * 2 + (None,))
    with pytest.raises(Exception):
        add_articles(store, [make("b2"), bad])
    assert store.count() == 1 and store.count("sentences") == 1
    # the resolver forgot the rolled-back entities, so the next batch is consistent
    add_articles(store, [make("b2")])
    assert {m.entity_id for m in store.article("b2").mentions} == {m.entity_id for m in store.article("ok").mentions}


def test_id_prefixes(store):
    add_articles(store, [make("abc123"), make("abd456", body="Another text about Lavrov and Bayramov here.")])
    assert store.resolve_id("abc") == "abc123"
    with pytest.raises(NotFound, match="ambiguous"):
        store.resolve_id("ab")
    with pytest.raises(NotFound, match="no article"):
        store.resolve_id("zz")


def test_search_ranks_and_snippets(store):
    add_articles(store, [make("t1", body="The corridor stayed closed. " * 3, title="Corridor closed"),
                        make("t2", body="Farmers met in the valley; the corridor was mentioned once.", title="Valley")])
    hits = store.search("corridor")
    assert [h["id"] for h in hits] == ["t1", "t2"]
    assert "[corridor]" in hits[0]["snippet"].lower()
    assert store.search('U.S.-backed "') == []  # not FTS syntax: searched as words, no crash


def test_entities_have_counts_and_articles(store):
    add_articles(store, [make("x1"), make("x2", body="Lavrov spoke again about Bayramov and Moscow today.")])
    lavrov = next(e for e in store.entities() if e.name == "Lavrov")
    assert lavrov.mention_count == 2 and lavrov.article_ids == ("x1", "x2")


def test_migrations_are_recorded_and_not_reapplied(store_url):
    open_store(store_url).close()
    s = open_store(store_url)
    names = [r[0] for r in s.db.execute("SELECT name FROM _migrations ORDER BY name")]
    s.close()
    assert names == [name for name, _ in MIGRATIONS]


def test_both_stores_have_the_same_migrations():
    from rashomon.store.pg_migrations import MIGRATIONS as PG_MIGRATIONS

    assert [name for name, _ in PG_MIGRATIONS] == [name for name, _ in MIGRATIONS]


def test_a_store_from_before_the_surname_index_gets_one(tmp_path):
    """Entities are looked up in the store, so an older store's people must be findable by surname."""
    import sqlite3

    from rashomon.store.migrations import apply_migrations

    path = tmp_path / "old.db"
    db = sqlite3.connect(path, isolation_level=None)
    last = [name for name, _ in MIGRATIONS].index("m004_person_surnames")
    saved = MIGRATIONS[last:]
    del MIGRATIONS[last:]
    try:
        apply_migrations(db)
    finally:
        MIGRATIONS.extend(saved)
    db.execute("INSERT INTO entities(id, name, cls, label) VALUES (1, 'Jeyhun Bayramov', 'person', 'PERSON')")
    db.execute("INSERT INTO entity_aliases(cls, key, entity_id) VALUES ('person', 'jeyhun bairamov', 1)")
    db.close()
    store = Store(path)
    from rashomon.group.entities import EntityResolver

    with store.writer() as index:
        lavrov, bayramov, _ = EntityResolver(index).resolve(make("y1")).entity_ids  # mentions: Lavrov, Bayramov, Moscow
    assert bayramov == 1 and lavrov != 1


def test_a_store_from_before_generations_files_such_people_under_their_surname(store_url):
    """An older store filed "Eric H. Vell Jr." under "jr": migration m011 files him under Vell, so that a later
    "Eric Vell" is he, as in a store built now; "Juan Karlos I", three words, keeps his number."""
    from rashomon.analyse.entities import mention_key
    from rashomon.group.entities import EntityResolver

    s = open_store(store_url)
    with s.transaction() as db:
        for eid, name in ((1, "Eric H. Vell Jr."), (2, "Juan Karlos I")):
            key = mention_key(name, "PERSON")
            db.execute("INSERT INTO entities(id, name, cls, label) VALUES (?, ?, 'person', 'PERSON')", (eid, name))
            db.execute("INSERT INTO entity_aliases(cls, key, entity_id) VALUES ('person', ?, ?)", (key, eid))
            db.execute("INSERT INTO person_surnames(surname, entity_id) VALUES (?, ?)", (key.split()[-1], eid))
        db.execute("DELETE FROM _migrations WHERE name = 'm011_generation_surnames'")
    s.close()
    s = open_store(store_url)
    surnames = {r[0] for r in s.db.execute("SELECT surname FROM person_surnames")}
    assert mention_key("Vell", "PERSON") in surnames and mention_key("Karlos", "PERSON") not in surnames
    eric = Article(id="v1", source="v1.txt", body="Eric Vell said so.", format="text",
                   mentions=(Mention(0, 9, "Eric Vell", "PERSON", mention_key("Eric Vell", "PERSON")),))
    with s.writer() as index:
        (found,) = EntityResolver(index).resolve(eric).entity_ids
    s.close()
    assert found == 1


def test_not_a_store(tmp_path):
    f = tmp_path / "x.db"
    f.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a Rashomon store"):
        Store(f)


def test_grouping_state_survives_reopening(store_url):
    """A store reopened between batches groups the next article as one that never closed."""
    from rashomon.group.stories import StoryGrouper

    bodies = ["Lavrov met Bayramov in Moscow to discuss the corridor and the blockade.",
              "Floods hit the northern valley after days of heavy rain, officials said.",
              "Lavrov and Bayramov spoke again about the blockade of the corridor."]
    articles = [make(f"a{i}", body=b, title=f"T{i}") for i, b in enumerate(bodies)]
    for a in articles:
        s = open_store(store_url)
        add_articles(s, [a])
        s.close()
    fresh = StoryGrouper()
    for a in articles:
        fresh.add(a)
    expected = [(fresh.story_of(a.id), fresh.where[a.id]) for a in articles]
    s = open_store(store_url)
    got = [s.group_of(a.id) for a in articles]
    assert got == expected
    with s.writer() as index:
        restored = Grouping().current(index)
    assert dict(restored.df) == dict(fresh.df)
    assert (restored.where, restored.next_event, restored.next_story) == (fresh.where, fresh.next_event, fresh.next_story)
    assert set(restored.sigs) == set(fresh.sigs)
    s.close()


def test_date_source_round_trip(store):
    add_articles(store, [make("d1", date_source="dateline"), make("d2", date_source=None)])
    assert store.article("d1").date_source == "dateline" and store.article("d2").date_source is None


def test_a_store_from_before_date_sources_gets_the_column(tmp_path):
    from rashomon.store.migrations import apply_migrations

    path = tmp_path / "old.db"
    db = sqlite3.connect(path, isolation_level=None)
    last = [name for name, _ in MIGRATIONS].index("m006_article_date_source")
    saved = MIGRATIONS[last:]
    del MIGRATIONS[last:]
    try:
        apply_migrations(db)
    finally:
        MIGRATIONS.extend(saved)
    assert "date_source" not in {r[1] for r in db.execute("PRAGMA table_info(articles)")}
    db.close()
    store = Store(path)
    add_articles(store, [make("d3", date_source="url")])
    assert store.article("d3").date_source == "url"


# -- hostile and broken input (issue 15) --------------------------------------------------------

@pytest.mark.parametrize("query", ["", "   ", "\t\n"])
def test_an_empty_search_is_one_clear_error(store, query):
    from rashomon.errors import ConfigError

    with pytest.raises(ConfigError, match="give at least one word"):
        store.search(query)


def test_a_word_said_many_times_is_searched_once(store):
    import time

    add_articles(store, [make("t1", body="The corridor stayed closed. " * 50, title="Corridor closed")])
    t0 = time.perf_counter()
    hits = store.search(" ".join(["corridor"] * 5000))
    assert [h["id"] for h in hits] == ["t1"] and time.perf_counter() - t0 < 1  # 5,000 copies ran past 60 s


def test_a_very_long_query_is_refused(store):
    from rashomon.errors import ConfigError

    with pytest.raises(ConfigError, match="search query has 39 words; at most 32"):
        store.search(" OR ".join(["corridor"] * 20))


def test_problems_are_stored_with_the_article(store):
    from rashomon.model import Problem

    add_articles(store, [make("p1", problems=(Problem("times.v1", "KeyError: '2W'"),))])
    assert store.article("p1").problems == (Problem("times.v1", "KeyError: '2W'"),)


def test_an_export_is_one_snapshot_while_another_connection_writes(tmp_path):
    # issue 15, case 12: exports during an analyze referred to articles they did not list
    import io
    import json

    from rashomon.present.export import export

    reader, writer = Store(tmp_path / "s.db"), Store(tmp_path / "s.db")
    add_articles(reader, [make("a1")])

    class WriterInTheMiddle(io.StringIO):
        def write(self, text):
            if '"entities"' in text:  # the articles are listed: now another process adds one
                add_articles(writer, [make("b2", body="Lavrov and Bayramov met again in Moscow on Friday.")])
            return super().write(text)

    out = WriterInTheMiddle()
    export(reader, "json", out, comparisons=())
    doc = json.loads(out.getvalue())
    listed = {a["id"] for a in doc["articles"]}
    assert listed == {"a1"} and writer.count() == 2
    assert all(set(e["article_ids"]) <= listed for e in doc["entities"])
    assert all(set(ev["article_ids"]) <= listed for s in doc["stories"] for ev in s["events"])

"""The corpus index keeps a batch's writes until the batch is grouped: one batch must store what
one article at a time stores, on both stores, including what the batch's later articles read
back of its earlier ones (copies, a surname adopted by a full name, a confused class)."""

import pytest

from rashomon.analyse.entities import mention_key
from rashomon.group.corpus import add_articles
from rashomon.model import Article, Mention
from rashomon.store.db import open_store

from ..group.test_copies import EDITED, OTHER, WIRE

TABLES = {
    "entities": "SELECT id, name, cls, label FROM entities ORDER BY id",
    "entity_aliases": "SELECT cls, key, entity_id FROM entity_aliases ORDER BY cls, key",
    "person_surnames": "SELECT surname, entity_id FROM person_surnames ORDER BY surname, entity_id",
    "mentions": 'SELECT article_id, start, "end", entity_id FROM mentions ORDER BY article_id, start',
    "reuse": "SELECT a, b, similarity, a_share, b_share FROM reuse ORDER BY a, b",
    "copy_buckets": "SELECT count(*), count(DISTINCT article_id) FROM copy_buckets",
}


def article(aid: str, day: int, lead: str, names: list[tuple[str, str]], text: str) -> Article:
    body = f"{lead} {text}"
    mentions = tuple(Mention(body.index(n), body.index(n) + len(n), n, label, mention_key(n, label))
                     for n, label in names)
    return Article(id=aid, source=f"{aid}.txt", body=body, format="text", title=lead,
                   published=f"2024-01-0{day}", mentions=mentions)


ARTICLES = [
    article("a1", 1, "Lavrov spoke.", [("Lavrov", "PERSON")], WIRE),
    article("a2", 2, "Sergei Lavrov met Kyiv officials.", [("Sergei Lavrov", "PERSON"), ("Kyiv", "PERSON")], EDITED),
    article("a3", 3, "Kyiv and Lavrov replied.", [("Kyiv", "GPE"), ("Lavrov", "PERSON")], OTHER),
]


def stored(url: str, batches: list[list[Article]]) -> dict[str, list[tuple]]:
    store = open_store(url)
    for batch in batches:
        add_articles(store, batch)
    rows = {table: [tuple(r) for r in store.db.execute(sql)] for table, sql in TABLES.items()}
    store.close()
    return rows


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_one_batch_stores_what_one_article_at_a_time_stores(kind, new_store_url):
    one_batch = stored(new_store_url(kind), [ARTICLES])
    one_by_one = stored(new_store_url(kind), [[a] for a in ARTICLES])
    assert one_batch == one_by_one
    # what the batch's later articles had to read back of its earlier, unwritten ones
    assert [r[:2] for r in one_batch["reuse"]] == [("a1", "a2")]  # the copy, found within the batch
    names = {name for _, name, _, _ in one_batch["entities"]}
    assert "Sergei Lavrov" in names and "Lavrov" not in names  # the full name adopted the bare surname
    ids = {(aid, start): eid for aid, start, _, eid in one_batch["mentions"]}
    assert len({ids["a1", 0], ids["a2", 0], ids["a3", ARTICLES[2].body.index("Lavrov")]}) == 1
    assert ids["a2", ARTICLES[1].body.index("Kyiv")] == ids["a3", 0]  # one Kyiv, person or place
    assert one_batch["copy_buckets"][0][1] == 3


def test_a_batch_asks_the_store_a_few_questions_not_some_for_each_article(tmp_path):
    """Names and copy candidates are read once for a batch: a server store pays a round trip
    for every question, and a batch of 500 once asked ~2,000 of them."""
    store = open_store(str(tmp_path / "q.db"))
    add_articles(store, [_named(i) for i in range(20)])  # names and buckets already stored
    asked: list[str] = []
    store.db.set_trace_callback(lambda sql: asked.append(sql) if sql.lstrip().startswith("SELECT") else None)
    add_articles(store, [_named(i) for i in range(20, 80)])
    store.db.set_trace_callback(None)
    assert store.count() == 80 and store.count("reuse") > 0  # later articles copy earlier ones
    assert len(asked) < 30, asked  # 18 today; once over 1,000


def _named(i: int) -> Article:
    "An article naming two people (one known from earlier articles), half of its text copied from another."
    names = [("Sergei Lavrov", "PERSON"), (f"Anna Person{i}", "PERSON"), ("Kyiv", "GPE")]
    body = f"{names[0][0]} met {names[1][0]} in {names[2][0]}. " + (WIRE if i % 2 else f"Report {i}: {OTHER}")
    mentions = tuple(Mention(body.index(n), body.index(n) + len(n), n, label, mention_key(n, label))
                     for n, label in names)
    return Article(id=f"n{i:03d}", source=f"n{i}.txt", body=body, format="text", title=f"Meeting {i}",
                   published=f"2024-02-{1 + i % 28:02d}", mentions=mentions)


def test_a_long_insert_through_copy_stores_what_one_statement_per_row_stores(new_store_url):
    "PostgreSQL takes a long INSERT as COPY and one INSERT ... SELECT; a repeated key it cannot take so."
    upsert = "INSERT INTO group_terms(term, df) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET df = excluded.df"
    stores = [open_store(new_store_url(kind)) for kind in ("sqlite", "postgresql")]
    for store in stores:
        store.db.executemany(upsert, [(f"t{i:03d}", i) for i in range(300)])
        store.db.executemany(upsert, [(f"t{i:03d}", 1000 + i) for i in range(0, 300, 2)])  # updates half
        store.db.executemany(upsert, [("t001", 5)] * 150 + [("t001", 7)])  # one key, the last row wins
        store.db.executemany("INSERT OR IGNORE INTO group_terms(term, df) VALUES (?, ?)",
                             [(f"u{i % 120:03d}", i) for i in range(240)])  # the first of each stays
    sqlite_rows, pg_rows = ([tuple(r) for r in s.db.execute("SELECT term, df FROM group_terms ORDER BY term")]
                            for s in stores)
    assert pg_rows == sqlite_rows and len(pg_rows) == 420
    assert dict(pg_rows)["t001"] == 7 and dict(pg_rows)["t002"] == 1002 and dict(pg_rows)["u005"] == 5
    staged = stores[1].db.execute("SELECT to_regclass('pg_temp.rashomon_stage_group_terms')").fetchone()[0]
    assert staged is not None  # the long ones went through COPY
    for store in stores:
        store.close()

"""Copy detection through the store: the closest copy is found even among many weaker ones."""

from rashomon.model import Article
from rashomon.store.db import Store
from rashomon.store.grouping import MAX_CANDIDATES, find_copies

from ..group.test_copies import EDITED, OTHER, WIRE

FILLER = ("Local news in brief: the library extends its opening hours, a bakery wins a regional prize, "
          "and the school choir travels abroad for a competition in the autumn. ")


def _stored(store: Store, article_id: str, body: str) -> Article:
    store.db.execute("INSERT INTO articles(id, source, format, authors, credits, captions, furniture, body, "
                     "word_count) VALUES (?, 'test', 'text', '[]', '[]', '[]', '[]', ?, ?)",
                     (article_id, body, len(body.split())))
    return Article(id=article_id, source="test", format="text", body=body)


def test_closest_copy_wins_over_many_partial_quotes(tmp_path):
    store = Store(str(tmp_path / "c.db"))
    # more articles than are compared in full, each quoting the wire's first two sentences
    quote = " ".join(WIRE.split(". ")[:2]) + "."
    for i in range(MAX_CANDIDATES + 20):
        find_copies(store.db, _stored(store, f"q{i:03d}", f"{FILLER * 3} Story {i}. {quote}"))
    find_copies(store.db, _stored(store, "zzwire", WIRE))  # stored last, highest id: ranked by similarity, not id
    found = find_copies(store.db, _stored(store, "zzzcopy", WIRE.replace("told reporters", "said")))
    assert found and found[0].a == "zzwire"
    row = store.db.execute("SELECT a_share, b_share FROM reuse WHERE a='zzwire' AND b='zzzcopy'").fetchone()
    assert row is not None and min(row) > 0.8


def test_index_finds_the_republication_but_not_the_unrelated_story(tmp_path):
    store = Store(str(tmp_path / "c.db"))
    assert find_copies(store.db, _stored(store, "wire", WIRE)) == []
    assert find_copies(store.db, _stored(store, "other", OTHER)) == []
    found = find_copies(store.db, _stored(store, "edited", EDITED))
    assert [(r.a, r.b) for r in found] == [("wire", "edited")]

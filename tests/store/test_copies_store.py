"""Copy detection through the store: the closest copy is found even among many weaker ones."""

from rashomon.group.copy_search import find_copies
from rashomon.group.options import GroupOptions
from rashomon.model import Article
from rashomon.store.db import Store

MAX_CANDIDATES = GroupOptions().copy_candidates

from ..group.test_copies import EDITED, OTHER, WIRE

FILLER = ("Local news in brief: the library extends its opening hours, a bakery wins a regional prize, "
          "and the school choir travels abroad for a competition in the autumn. ")


def stored_copies(store: Store, article_id: str, body: str):
    "Store a bare article, check it for copies through the store's index and index it; return what it copies."
    with store.writer() as index:
        article = _stored(store, article_id, body)
        [copies] = find_copies(index, [article])
        index.add_copies(article_id, copies)
    return [reuse for reuse, _, _ in copies.found]


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
        stored_copies(store, f"q{i:03d}", f"{FILLER * 3} Story {i}. {quote}")
    stored_copies(store, "zzwire", WIRE)  # stored last, highest id: ranked by similarity, not id
    found = stored_copies(store, "zzzcopy", WIRE.replace("told reporters", "said"))
    assert found and found[0].a == "zzwire"
    row = store.db.execute("SELECT a_share, b_share FROM reuse WHERE a='zzwire' AND b='zzzcopy'").fetchone()
    assert row is not None and min(row) > 0.8


def test_index_finds_the_republication_but_not_the_unrelated_story(tmp_path):
    store = Store(str(tmp_path / "c.db"))
    assert stored_copies(store, "wire", WIRE) == []
    assert stored_copies(store, "other", OTHER) == []
    found = stored_copies(store, "edited", EDITED)
    assert [(r.a, r.b) for r in found] == [("wire", "edited")]

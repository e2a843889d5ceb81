"""Comparing what a store holds: a story, an event or articles by id, through one function."""

import pytest

from rashomon.compare.stored import Target, compare_stored, compare_stories
from rashomon.errors import ConfigError, NotFound
from rashomon.group.corpus import add_articles
from rashomon.model import Mention

from .helpers import one_sentence

TEXTS = {"herald": "Durmania reopened the Sarn dam on Tuesday after talks with Veldra, officials said.",
         "observer": "Officials said Durmania reopened the Sarn dam on Tuesday after its talks with Veldra.",
         "floods": "Heavy rain flooded the lower valley of Korlin, and farmers counted their losses."}


@pytest.fixture
def filled(store):
    articles = []
    for aid, text in TEXTS.items():
        mentions = [Mention(text.index(n), text.index(n) + len(n), n, "GPE", n.lower())
                    for n in ("Durmania", "Veldra", "Korlin") if n in text]
        articles.append(one_sentence(aid, text, mentions, outlet=aid.title()).replace(published="2025-03-04"))
    add_articles(store, articles)
    return store


def test_a_story_an_event_and_ids_compare_the_same_articles(filled):
    story_id, event_id = filled.group_of("herald")
    assert filled.group_of("observer") == (story_id, event_id)
    by_story = compare_stored(filled, Target(story_id=story_id))
    by_event = compare_stored(filled, Target(event_id=event_id))
    by_ids = compare_stored(filled, Target(article_ids=("herald", "obs")))  # prefixes, as `ls` prints them
    for c in (by_story, by_event, by_ids):
        assert sorted(a.id for a in c.articles) == ["herald", "observer"]
        assert any(len({e.article_id for e in claim.evidence}) == 2 for claim in c.comparison.claims)


def test_every_story_of_two_or_more_articles_is_compared(filled):
    assert [c.target.story_id for c in compare_stories(filled)] == [filled.group_of("herald")[0]]


def test_a_lone_article_or_an_unknown_story_is_refused(filled):
    with pytest.raises(ConfigError, match="at least two articles"):
        compare_stored(filled, Target(story_id=filled.group_of("floods")[0]))
    with pytest.raises(NotFound, match="no story 99"):
        compare_stored(filled, Target(story_id=99))


SHELLING = [
    {"title": "Dam shelled", "date": "2024-08-24", "outlet": "Wire One",
     "text": "Durmania's Foreign Ministry said Veldran forces had shelled the Sarn dam on Friday, damaging a spillway."},
    {"title": "Dam under fire", "date": "2024-08-24", "outlet": "Daily Two",
     "text": "The Durmanian foreign ministry said Veldran troops shelled the Sarn dam, the largest in Durmania, "
             "and damaged its spillway."},
    {"title": "Veldra denies", "date": "2024-08-25", "outlet": "Journal Three",
     "text": "Veldra's Defence Ministry denied that its forces had shelled the Sarn dam."},
]


@pytest.mark.slow
def test_each_side_of_a_stored_dispute_goes_by_its_entity_s_name(tmp_path):
    "Two outlets' wordings of one ministry assert under one name and entity; the denier is named as `quotes` names it."
    import json

    from typer.testing import CliRunner

    from rashomon.cli import app
    from rashomon.store.db import open_store

    (tmp_path / "dam.jsonl").write_text("\n".join(json.dumps(r) for r in SHELLING) + "\n")
    db = str(tmp_path / "d.db")
    result = CliRunner().invoke(app, ["analyze", str(tmp_path / "dam.jsonl"), "--db", db])
    assert result.exit_code == 0, result.output
    store = open_store(db)
    try:
        [dispute] = compare_stored(store, Target(story_id=store.story_ids()[0])).comparison.disputes
    finally:
        store.close()
    assert [(p.holder, p.evidence.outlet) for p in dispute.denials] == [("Defence Ministry of Veldra", "Journal Three")]
    assert {p.holder for p in dispute.claims} == {"Foreign Ministry of Durmania"}
    assert {p.evidence.outlet for p in dispute.claims} == {"Wire One", "Daily Two"}
    assert len({p.entity_id for p in dispute.claims}) == 1 and dispute.claims[0].entity_id is not None

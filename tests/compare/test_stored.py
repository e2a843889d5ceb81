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

"""Stories across scripts: a Russian, a Persian and an Armenian report of an event join the English
one through the names they share, written in their own scripts and case forms (fixtures:
tests/fixtures/cross_script/articles.jsonl, fictional people and places)."""

import json
from collections import Counter

import pytest

from rashomon.analyse.pipeline import Pipeline
from rashomon.group.names import NameIndex, foreign_names
from rashomon.group.stories import StoryGrouper
from rashomon.model import Article

from ..conftest import FIXTURES


def fixture_articles() -> dict[str, Article]:
    text = (FIXTURES / "cross_script" / "articles.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines()]
    return {r["id"]: Article(id=r["id"], source="t", format="text", body=r["text"], title=r["title"],
                             published=r["date"], language=r["language"]) for r in rows}


@pytest.fixture(scope="module")
def analysed(ctx):
    pytest.importorskip("natasha")
    pipeline = Pipeline()
    return {key: pipeline(a, ctx) for key, a in fixture_articles().items()}


def place(articles, order):
    grouper = StoryGrouper()
    return {key: grouper.add(articles[key]) for key in order}


@pytest.mark.slow
def test_russian_and_english_reports_of_one_call_are_one_story(analysed):
    got = place(analysed, ["en-call", "en-cup", "ru-call", "ru-cup"])
    assert got["ru-call"].story_id == got["en-call"].story_id
    assert got["ru-cup"].story_id == got["en-cup"].story_id != got["en-call"].story_id


@pytest.mark.slow
@pytest.mark.parametrize("key", ["fa-call", "hy-call"])
def test_persian_and_armenian_reports_join_through_names(analysed, key):
    got = place(analysed, ["en-call", "en-cup", key])
    assert got[key].story_id == got["en-call"].story_id


@pytest.mark.slow
def test_russian_report_first_then_english_still_meet(analysed):
    got = place(analysed, ["ru-call", "ru-cup", "en-cup", "en-call"])
    assert got["en-call"].story_id == got["ru-call"].story_id != got["ru-cup"].story_id


def test_foreign_names_are_spelled_as_the_corpus_spells_them():
    vocabulary = Counter({"lavrov": 3, "bayramov": 2, "zelenskyy": 2, "@sergei lavrov": 2, "@jeihun bairamov": 1})
    article = Article(id="a", source="t", format="text", language="ru", title=None,
                      body="Лаврову позвонил Байрамов. Зеленский и Россия. Министр сказал.")
    terms = foreign_names(article, NameIndex(), vocabulary)
    assert {"lavrov", "bayramov", "zelenskyy", "russia"} <= set(terms)
    assert not any("ministr" in t for t in terms)  # a common word capitalised at a sentence start


def test_persian_names_find_the_corpus_spelling_through_their_consonants():
    vocabulary = Counter({"lavrov": 3, "@sergei lavrov": 2, "putin": 2, "@vladimir putin": 2, "putilin": 1})
    article = Article(id="a", source="t", format="text", language="fa", body="لاوروف و پوتین در مسکو دیدار کردند")
    terms = foreign_names(article, NameIndex(), vocabulary)
    assert {"lavrov", "putin", "moscow"} <= set(terms) and "putilin" not in terms


def test_the_index_reads_only_terms_added_since_its_last_update():
    index, vocabulary = NameIndex(), Counter({"lavrov": 1})
    index.update(vocabulary)
    vocabulary.update({"pashinyan": 1, "lavrov": 1})
    index.update(vocabulary)
    assert index.seen == 2 and index.spelling("Пашинян", "ru", vocabulary) == "pashinyan"

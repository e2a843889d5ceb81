"""The user's own articles (../shared/seeds), read the way a careful reader would."""

import pytest

from rashomon.ingest.metadata import to_article
from rashomon.ingest.readers import read_path


def load(seeds, prefix):
    (path,) = seeds.glob(f"{prefix}_*")
    (doc,) = list(read_path(path, 2**20))
    return to_article(doc)


def test_wire_story_metadata(seeds):
    a = load(seeds, "003")
    assert a.title == "Armenia Urges Putin to Take Action Over Karabakh Blockade"
    assert a.outlet == "The Moscow Times"
    assert a.published == "2023-01-31"
    assert a.url.startswith("https://www.themoscowtimes.com/2023/01/31/")
    assert [c.name for c in a.credits if c.role == "byline"] == ["AFP"]
    assert "TASS" in [c.name for c in a.credits if c.role == "photo"]
    assert a.captions[0].credit == "Nikita Novak / NEWS.ru / TASS"
    assert a.captions[0].text.startswith("A Russian peacekeeper at a camp")
    assert "peacekeeper at a camp" not in a.body
    assert "Related article" not in a.body and "Original url" not in a.body
    assert a.body.startswith("Armenian Prime Minister Nikol Pashinyan on Tuesday urged")
    # the scraper's broken paragraph is whole again
    assert "unwillingness to put an end to a \"humanitarian crisis.\"" in a.body


def test_bare_text_gets_nothing_invented(seeds):
    a = load(seeds, "000")
    assert (a.title, a.outlet, a.url, a.published, a.authors) == (None, None, None, None, ())
    assert [c.role for c in a.credits] == ["cited"]  # Interfax, cited in the text itself
    assert a.body.startswith("Russia called on Azerbaijan")
    assert a.body.count("\n\n") == 14  # one paragraph per line of the input


@pytest.fixture(scope="module")
def store(seeds, tmp_path_factory):
    "Both seeds analysed into one store, as `rashomon analyze` does."
    from rashomon.runner import analyze
    from rashomon.store.db import Store

    store = Store(tmp_path_factory.mktemp("seeds") / "seeds.db")
    analyze([seeds], store)
    return store


def test_entities_across_both_seeds(store):
    by_name = {e.name: e for e in store.entities()}
    karabakh = by_name["Nagorno-Karabakh"]
    assert "Karabakh" in karabakh.aliases and len(karabakh.article_ids) == 2  # one entity, both articles
    assert by_name["Baku"].stands_for == "Azerbaijan" and by_name["Baku"].label == "GPE"
    assert by_name["Yerevan"].stands_for == "Armenia"
    assert by_name["Kremlin"].stands_for == "Russia"
    assert "Putin" in by_name["Vladimir Putin"].aliases and "Putin" not in by_name
    assert by_name["Nikol Pashinyan"].label == "PERSON"
    assert not any(e.label == "PERSON" for e in by_name.values() if e.name in ("Yerevan", "Baku", "Azerbaijani"))


def test_one_story_two_events(store):
    "Two phone calls two weeks apart: one story, and the undated article is not taken into the dated call."
    (story,) = store.stories()
    assert len(story["events"]) == 2
    assert sorted(len(e["articles"]) for e in story["events"]) == [1, 1]


def test_comparison_shows_liberated_against_cede(store):
    from rashomon.compare import compare

    c = compare(list(store.articles(with_annotations=True)))
    assert any({x.word_a, x.word_b} == {"cede", "liberated"} for x in c.contrasts)


def test_the_denial_of_a_humanitarian_crisis_is_a_dispute_with_the_shortages(store):
    "Baku's denial in one event answers the shortages another article reports: a dispute, marked uncertain across events."
    from rashomon.compare import CompareOptions
    from rashomon.compare.stored import Target, compare_stored

    (story,) = store.stories()
    c = compare_stored(store, Target(story_id=story["id"]), CompareOptions(show_uncertain=True)).comparison
    (dispute,) = [d for d in c.disputes if any("humanitarian crisis" in p.evidence.text for p in d.denials)]
    assert any("short of food" in p.evidence.text for p in dispute.claims)
    assert all("dismissed" not in p.evidence.text for p in dispute.claims)


def test_anger_at_russia_and_dismay_at_moscow_are_one_claim(store):
    "Yerevan's anger at Russia and Armenia's dismay at Moscow: one attitude of one side to another, in other words."
    from rashomon.compare.stored import Target, compare_stored

    (story,) = store.stories()
    c = compare_stored(store, Target(story_id=story["id"])).comparison
    (claim,) = [cl for cl in c.claims if any("angry at Russia" in e.text for e in cl.evidence)]
    assert any("dismay at what it sees as Moscow" in e.text for e in claim.evidence)
    assert claim.verdict == "corroborated"

"""Sentence features: names meet across metonymy, dates across formats."""

from rashomon.compare.align import Space, units
from rashomon.model import Mention, TimeExpression

from .helpers import one_sentence


def shared_features(a, b) -> set[str]:
    space = Space([a, b], units([a, b]))
    return set(space.vectors[0]) & set(space.vectors[1])


def test_a_capital_standing_for_its_country_meets_the_country():
    a = one_sentence("a", "Officials have grown angry at Russia for doing nothing.",
                     [Mention(30, 36, "Russia", "GPE", entity_id=1)])
    b = one_sentence("b", "Armenia resents the unwillingness of Moscow to act.",
                     [Mention(37, 43, "Moscow", "GPE", stands_for="Russia", entity_id=9)])
    assert shared_features(a, b) == {"@e1"}


def test_sentences_naming_the_same_year_share_a_feature():
    a = one_sentence("a", "Another flare-up of violence in 2020 claimed thousands of lives.",
                     times=[TimeExpression(31, 35, "2020", "DATE", "2020")])
    b = one_sentence("b", "The fighting ended with an agreement on Nov. 10, 2020, seen as a victory.",
                     times=[TimeExpression(40, 53, "Nov. 10, 2020", "DATE", "2020-11-10")])
    assert shared_features(a, b) == {"t2020"}


def test_one_person_in_two_scripts_is_not_two_people():
    "'Ана Пирел' and 'Ana Pirel' are one stored entity; another person has another surname and entity."
    from rashomon.compare.claims import facts, pair_features

    en = one_sentence("en", "Foreign Minister Ana Pirel spoke by phone with her counterpart on Thursday.",
                      [Mention(17, 26, "Ana Pirel", "PERSON", entity_id=9)])
    ru = one_sentence("ru", "Министр иностранных дел Ана Пирел провела в четверг телефонный разговор.",
                      [Mention(24, 33, "Ана Пирел", "PERSON", entity_id=9)])
    other = one_sentence("other", "Foreign Minister Miko Dran spoke by phone with his counterpart on Thursday.",
                         [Mention(17, 26, "Miko Dran", "PERSON", entity_id=10)])
    articles = [en, ru, other]
    space = Space(articles, units(articles))
    info = facts(space)
    assert pair_features(space, info, 0, 1, {})["people_differ"] == 0.0
    assert pair_features(space, info, 0, 2, {})["people_differ"] == 1.0

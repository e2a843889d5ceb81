"""Named entities on news copy: labels the small model gets wrong, keys, metonyms."""

import pytest

from rashomon.analyse.entities import _without_title, entities, gazetteer_entry, mention_key
from rashomon.analyse.sentences import sentences
from rashomon.model import Article


def mentions(ctx, body: str, language: str = "en"):
    article = Article(id=str(hash(body)), source="t", format="text", body=body, language=language)
    return entities(sentences(article, ctx), ctx).mentions


def find(ms, text):
    return next(m for m in ms if m.text == text)


def test_capitals_and_regions_get_place_labels(ctx):
    ms = mentions(ctx, "Officials in Yerevan and Baku traded accusations over Karabakh on Tuesday.")
    assert find(ms, "Yerevan").label == "GPE"
    assert find(ms, "Baku").label == "GPE"
    assert find(ms, "Karabakh").key == mention_key("Nagorno-Karabakh", "LOC")


def test_an_acronym_is_a_place_only_in_its_own_letters(ctx):
    "'Carr' folds as CAR does, but a surname is not the Central African Republic; 'Nato' is NATO in any case."
    ms = mentions(ctx, "Mr. Carr spoke to the council. Troops from CAR and Nato arrived on Monday.")
    assert find(ms, "Carr").key != mention_key("Central African Republic", "GPE")
    assert find(ms, "CAR").key == mention_key("Central African Republic", "GPE")
    assert mention_key("Nato", "ORG") == mention_key("NATO", "ORG")
    assert [gazetteer_entry(t)[0] for t in ("the UN", "NATO's", "the U.S.")] == ["United Nations", "NATO", "United States"]


def test_capitals_as_actors_stand_for_their_government(ctx):
    ms = mentions(ctx, "Baku says the road is open. Protesters gathered in Baku. "
                       "The Kremlin declined to comment on Moscow's unwillingness to act.")
    baku = [m for m in ms if m.text == "Baku"]
    assert [m.stands_for for m in baku] == ["Azerbaijan", None]  # the actor, then the place
    assert find(ms, "Kremlin").stands_for == "Russia"
    assert find(ms, "Moscow").stands_for == "Russia"


def test_a_social_network_that_speaks_is_a_body_not_a_person(ctx):
    "The small model takes 'Twitter' for a person; a quote list must not show it among the people who spoke."
    ms = mentions(ctx, "Twitter said on Monday that it had suspended the account of the group.")
    assert find(ms, "Twitter").label == "ORG"


def test_named_corridors_and_rivers_are_places(ctx):
    ms = mentions(ctx, "Activists have blocked the Lachin corridor since December 12.")
    corridor = next(m for m in ms if "Lachin" in m.text)
    assert corridor.label == "FAC" and corridor.text.lower() == "lachin corridor"
    assert any(m.label == "DATE" and "December 12" in m.text for m in ms)


def test_numbers_and_money(ctx):
    ms = mentions(ctx, "The blockade left 120,000 people without supplies, costing $4 million a week.")
    labels = {m.text: m.label for m in ms}
    assert labels.get("120,000") == "CARDINAL"
    assert any(lab == "MONEY" and "$4 million" in text for text, lab in labels.items())


@pytest.mark.parametrize("a,b", [("Sergei Lavrov", "Sergey Lavrov"), ("Pashinyan", "Pashinian"),
                                 ("the Kremlin", "Kremlin")])
def test_spelling_variants_share_a_key(a, b):
    assert mention_key(a, "PERSON") == mention_key(b, "PERSON")


def test_offsets_match_the_text(ctx):
    body = "Nikol Pashinyan met Vladimir Putin in Moscow."
    for m in mentions(ctx, body):
        assert body[m.start:m.end] == m.text


def test_other_languages_get_no_english_entities(ctx):
    assert mentions(ctx, "Die Regierung in Berlin lehnte den Vorschlag ab.", language="de") == ()


def test_one_label_per_name_within_an_article(ctx):
    body = ("Veldra closed the gates on Tuesday. Officials in Veldra said the work was routine. "
            "Veldra has run the dam since 1998, and Veldra will reopen it soon.")
    labels = {m.label for m in mentions(ctx, body) if m.text == "Veldra"}
    assert len(labels) == 1


def test_a_peoples_adjective_no_gazetteer_lists_is_no_person(ctx):
    "The small model calls 'Kadrastani' a person; before 'side' or 'diplomats' it names a people."
    ms = mentions(ctx, "Colonel Marek Petrenko blamed a drone. The Kadrastani side insists the blast was an accident "
                       "caused by poor maintenance at the depot.")
    labels = [m.label for m in ms if m.text == "Kadrastani"]
    assert labels and "PERSON" not in labels
    assert find(mentions(ctx, "The Trump administration said it would respond."), "Trump").label == "PERSON"


def test_a_peoples_adjective_the_model_calls_an_organisation_is_a_people(ctx):
    "'The Velmari side', 'the Velmari regime': a people's adjective, not a body named Velmari."
    for body in ("Officials in Tesk blamed a drone. The Velmari side denies any role.",
                 "The attack was planned by the Velmari regime, the colonel said."):
        assert {m.label for m in mentions(ctx, body) if m.text == "Velmari"} == {"NORP"}
    assert find(mentions(ctx, "The Guardian newspaper said it would appeal."), "Guardian").label == "ORG"
    body = "A Velmari drone struck the depot, officials said. Velmari forces have shelled the town before."
    assert {m.label for m in mentions(ctx, body) if m.text == "Velmari"} == {"NORP"}  # one label per article


def test_a_name_or_number_the_model_ran_into_a_wire_dateline_starts_after_it(ctx):
    "'BELGORAV - Twelve people are dead': the dateline is no part of the organisation or the number."
    from rashomon.analyse.pipeline import Pipeline

    def analysed(body: str) -> Article:
        return Pipeline()(Article(id="a", source="a", format="text", body=body, language="en"), ctx)

    dead = analysed("BELGORAV - Twelve people are dead after the dam failed.")
    assert [(q.value, q.counts) for q in dead.quantities] == [(12.0, "people")]
    said = analysed("BELGORAV - Hydrokarv said the dam was inspected in March.")
    assert [s.speaker_name for s in said.statements] == ["Hydrokarv"]
    # the place the model ran into the dateline's date is the place alone
    dated = analysed("THE HAGUE, Feb 22 (Reuters) - The tribunal on Wednesday ordered Ormeria to open the road.")
    found = [(m.text, m.label) for m in dated.mentions]
    assert "HAGUE, Feb 22" not in [text for text, _ in found] and ("HAGUE", "GPE") in found


@pytest.mark.parametrize("body, person", [
    ("Ana Dresk had her passport ready an hour before the barrier went up.", "Ana Dresk"),
    ("Grace Church was full on Sunday.", None),  # a common word after a given name is no surname
])
def test_a_given_name_and_a_rare_word_the_model_left_untagged_are_a_person(ctx, body, person):
    people = [m.text for m in mentions(ctx, body) if m.label == "PERSON"]
    assert people == ([person] if person else [])


@pytest.mark.parametrize("body, person", [
    # a given name before a rare word, taken for a building ("Kestria's Ilona Vashkova"), and her lone surname
    ("Velmaria's envoy and Kestria's Ilona Vashkova did not meet. Speaking separately, Vashkova said the filling "
     "of the Tarvel reservoir had cut the river's flow.", {"Ilona Vashkova", "Vashkova"}),
    # a surname's ending, and the last word of that name as the subject of a verb of saying
    ("Velmaria's Edgar Tashvian and Kestria's Ilona Vashkova did not meet. Tashvian rejected the link.",
     {"Edgar Tashvian", "Tashvian", "Ilona Vashkova"}),
])
def test_a_person_the_model_took_for_a_place_or_a_body(ctx, body, person):
    assert {m.text for m in mentions(ctx, body) if m.label == "PERSON"} >= person


@pytest.mark.parametrize("words, name", [
    ("Representative Tom Braddock", "Tom Braddock"),
    ("Deputy Foreign Minister Anar Tovlu", "Anar Tovlu"),
    ("President Macron", "President Macron"),  # one word of name: the title may be all that tells who it is
    ("Julie Bishop", "Julie Bishop"),  # a surname that is a title word
    ("Senator Angus King", "Angus King"),  # ... after a title
    ("Secretary of State Anna Kerr", "Secretary of State Anna Kerr"),  # a title with a lower-case word: left whole
    ("NLC Chair Tove Brandt", "Tove Brandt"),  # a body's initials before the title
])
def test_a_title_the_model_tagged_with_a_name_is_no_part_of_it(ctx, words, name):
    """The model now and then tags 'Representative Bruce Braley' whole, while the article's other mentions and
    other articles give 'Bruce Braley': two entities, and two speakers, for one person."""
    doc = ctx.nlp(f"The latest to speak was {words}, an Iowa Democrat.")
    start = len("The latest to speak was ")
    assert _without_title(doc.char_span(start, start + len(words))).text == name


def test_a_possessive_the_model_tagged_with_a_name_is_no_part_of_it(ctx):
    ms = mentions(ctx, "Marta Orval's letter said the dam was safe.")
    assert [m.text for m in ms if m.label == "PERSON"] == ["Marta Orval"]


def test_a_body_named_with_a_persons_surname_is_that_person():
    "The model tags 'Ilvar Dunsk' a body where it tagged 'Dunsk' alone a person: one person; not 'Dunsk Holdings Bank'."
    import spacy

    from rashomon.analyse.entities import _people_by_shape
    from rashomon.model import Mention

    body = ("Ilvar Dunsk, a lawyer for the agent, denounced the firing. Dunsk said it was wrong. Dunsk Holdings Bank "
            "paid. Lake Dunsk fell.")
    doc = spacy.blank("en")(body)
    lake = body.index("Lake")
    found = _people_by_shape(doc, [Mention(0, 11, "Ilvar Dunsk", "ORG"), Mention(59, 64, "Dunsk", "PERSON"),
                                   Mention(86, 105, "Dunsk Holdings Bank", "ORG"), Mention(lake, lake + 10, "Lake Dunsk", "LOC")])
    assert [m.label for m in found] == ["PERSON", "PERSON", "ORG", "LOC"]


def test_a_lone_name_after_a_title_is_that_person_wherever_the_model_took_it_for_a_body():
    """'President Varko', a person to the model, once, and 'Varko' tagged a body most times after it: one person,
    though most of its mentions were bodies (one label per name goes with most of them)."""
    import spacy

    from rashomon.analyse.entities import _consistent_labels, _people_by_shape
    from rashomon.model import Mention

    body = "President Varko stood firm. Varko told reporters. Aides to Varko left. Varko Holdings paid."
    doc = spacy.blank("en")(body)
    at = [i for i in range(len(body)) if body.startswith("Varko", i)]
    found = _consistent_labels(_people_by_shape(doc, [
        Mention(at[0], at[0] + 5, "Varko", "PERSON", "varko"), Mention(at[1], at[1] + 5, "Varko", "ORG", "varko"),
        Mention(at[2], at[2] + 5, "Varko", "ORG", "varko"), Mention(at[3], at[3] + 14, "Varko Holdings", "ORG")]))
    assert [m.label for m in found] == ["PERSON", "PERSON", "PERSON", "ORG"]
    # after a lower-case title the model did not take for a person's ("market leader Norvex"), no person elsewhere
    body = "Shares of market leader Norvex fell. Norvex said demand was strong. Norvex shares rose."
    doc = spacy.blank("en")(body)
    at = [i for i in range(len(body)) if body.startswith("Norvex", i)]
    found = _consistent_labels(_people_by_shape(doc, [Mention(a, a + 6, "Norvex", "ORG", "norvex") for a in at]))
    assert [m.label for m in found][1:] == ["ORG", "ORG"]


def test_a_person_the_model_took_for_a_body_is_named_without_the_title_it_took_in():
    "'Deputy Spokesperson Marie Harf' tagged a body, with the title: the person Marie Harf, keyed as people are."
    import spacy

    from rashomon.analyse.entities import _people_by_shape, mention_key
    from rashomon.model import Mention

    body = "The ministry's Deputy Spokesperson Lina Harsk told reporters. Liz Varen, a farmer, spoke too."
    doc = spacy.blank("en")(body)
    start, end = body.index("Spokesperson"), body.index(" told")
    found = _people_by_shape(doc, [Mention(start, end, "Spokesperson Lina Harsk", "ORG"),
                                   Mention(body.index("Liz"), body.index(","), "Liz Varen", "ORG")])
    assert [(m.text, m.label, m.key) for m in found] == [
        ("Lina Harsk", "PERSON", mention_key("Lina Harsk", "PERSON")),
        ("Liz Varen", "PERSON", mention_key("Elizabeth Varen", "PERSON"))]


def test_an_emoji_before_a_name_is_no_part_of_it(ctx):
    "A channel post's '🗣 Ramava' is Ramava, keyed as Ramava elsewhere is, not a name of its own."
    ms = mentions(ctx, "Guards traded fire overnight.\n\n🗣 Ramava already blames the Velmorian side for it.")
    [ramava] = [m for m in ms if "Ramava" in m.text]
    assert ramava.text == "Ramava" and ramava.key == mention_key("Ramava", "PERSON")


@pytest.mark.parametrize("body, surname, person", [
    # a surname the model took alone for a nationality, after a known given name it left out
    ("Foreign Minister of Ormeria Ararat Karoyan met his counterpart.", "Karoyan", "Ararat Karoyan"),
    # ... or after a short title: "FM", "PM"
    ("FM Karoyan emphasized that the road must reopen.", "Karoyan", "Karoyan"),
])
def test_a_surname_the_model_took_for_a_nationality_is_a_person(ctx, body, surname, person):
    from rashomon.analyse.entities import _people_by_shape
    from rashomon.model import Mention

    doc = ctx.nlp(body)
    start = body.index(surname)
    found = _people_by_shape(doc, [Mention(start, start + len(surname), surname, "NORP", mention_key(surname, "NORP"))])
    assert [(m.text, m.label) for m in found] == [(person, "PERSON")]

"""Contrasts: one action or thing two sources name in different words."""

from rashomon.compare.align import Space, units
from rashomon.compare.framing import contrasts
from rashomon.model import Mention

from .helpers import one_sentence

CEDE = "The truce saw Durmania cede the valley it had held for decades."
LIBERATED = "In the war Veldra liberated the valley and thirty villages from Durmania."
DURMANIA_A, DURMANIA_B = Mention(14, 22, "Durmania", "GPE", entity_id=1), Mention(64, 72, "Durmania", "GPE", entity_id=1)


def found(articles, sources=()):
    return [(x.concept, x.word_a, x.word_b, x.a.article_id, x.b.article_id)
            for x in contrasts(articles, Space(articles, units(articles)), list(sources))]


def test_one_action_in_other_words_is_a_contrast():
    a = one_sentence("a", CEDE, [DURMANIA_A])
    b = one_sentence("b", LIBERATED, [Mention(11, 17, "Veldra", "GPE", entity_id=2), DURMANIA_B])
    assert found([a, b]) == [("cede", "cede", "liberated", "a", "b")]


def test_who_is_on_the_road_in_either_side_s_words_is_a_contrast():
    "'Protesters' backed by one government and 'ecologists' of its NGOs are the same people, named two ways."
    text_a = "Government-backed protesters from Durmania have blocked the only road to the valley since Monday."
    text_b = "Ecologists representing NGOs of Durmania keep a sit-in on the road to the valley, officials said."
    a = one_sentence("a", text_a, [Mention(34, 42, "Durmania", "GPE", entity_id=1)])
    b = one_sentence("b", text_b, [Mention(32, 40, "Durmania", "GPE", entity_id=1)])
    assert found([a, b]) == [("protest", "protesters", "Ecologists", "a", "b")]


def test_without_a_shared_name_there_is_no_contrast():
    a = one_sentence("a", CEDE, [DURMANIA_A])
    b = one_sentence("b", LIBERATED, [Mention(11, 17, "Veldra", "GPE", entity_id=2)])
    assert found([a, b]) == []


def test_forms_of_one_word_are_no_contrast():
    a = one_sentence("a", "Durmania denied any role in the attack on the dam.", [Mention(0, 8, "Durmania", "GPE", entity_id=1)])
    b = one_sentence("b", "Officials in Durmania keep denying any role in the dam attack.",
                     [Mention(13, 21, "Durmania", "GPE", entity_id=1)])
    assert found([a, b]) == []


def test_copies_of_one_wire_story_are_one_source():
    a = one_sentence("a", CEDE, [DURMANIA_A])
    b = one_sentence("b", LIBERATED, [Mention(11, 17, "Veldra", "GPE", entity_id=2), DURMANIA_B])
    assert found([a, b], sources=[["a", "b"]]) == []


def test_a_participle_clause_the_parser_took_for_a_subject_stays_in_the_name_phrase():
    "'Veldrans claiming to be activists have blocked ...', parsed with the clause as a gerund subject."
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from rashomon.compare.framing import _phrase

    words = ["Veldrans", "claiming", "to", "be", "activists", "have", "blocked", "the", "road", "."]
    heads = [1, 6, 3, 1, 3, 6, 6, 8, 6, 6]
    deps = ["nsubj", "csubj", "aux", "xcomp", "attr", "aux", "ROOT", "det", "dobj", "punct"]
    tags = ["NNPS", "VBG", "TO", "VB", "NNS", "VBP", "VBN", "DT", "NN", "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)
    assert _phrase(doc, 0, len("Veldrans")) == "Veldrans claiming to be activists"


def test_a_contrast_with_two_copies_of_one_wire_story_is_shown_once():
    a = one_sentence("a", CEDE, [DURMANIA_A])
    copy = one_sentence("copy", CEDE + " ", [DURMANIA_A])
    b = one_sentence("b", LIBERATED, [Mention(11, 17, "Veldra", "GPE", entity_id=2), DURMANIA_B])
    assert len(found([a, copy, b], sources=[["a", "copy"], ["b"]])) == 1
    reverse = one_sentence("z", CEDE, [DURMANIA_A])  # the copy's side second this time
    assert len(found([a, b, reverse], sources=[["a", "z"], ["b"]])) == 1


def test_a_photo_caption_names_an_entity_by_a_name_the_texts_use():
    import spacy

    from rashomon.compare.framing import names
    from rashomon.model import Caption

    nlp = spacy.blank("en")
    a = one_sentence("a", CEDE, [DURMANIA_A], outlet="Herald")
    a = a.replace(captions=(Caption("Farmers at a Durmania border post."),))
    b = one_sentence("b", LIBERATED, [DURMANIA_B], outlet="Observer")
    docs = [nlp(x.body) for x in (a, b)]
    captions = [[nlp(c.text) for c in x.captions] for x in (a, b)]
    assert names([a, b], docs, captions)["Durmania"]["Herald"] == ["Durmania", "Durmania (photo caption)"]


def test_a_name_s_phrase_starts_after_a_wire_dateline_the_parse_ran_into_it():
    "A parse that hangs 'BRUSSELS, Feb 27 (Wire) -' on the name's noun phrase."
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from rashomon.compare.framing import _phrase

    words = ["BRUSSELS", ",", "Feb", "27", "(", "Wire", ")", "-", "Veskan", "President", "Ana", "Pirel", "agreed", "."]
    spaces = [False, True, True, True, False, False, True, True, True, True, True, True, False, False]
    pos = ["PROPN", "PUNCT", "PROPN", "NUM", "PUNCT", "PROPN", "PUNCT", "PUNCT", "ADJ", "PROPN", "PROPN", "PROPN",
           "VERB", "PUNCT"]
    heads = [11] * 11 + [12, 12, 12]
    deps = ["nmod", "punct", "nmod", "nummod", "punct", "appos", "punct", "punct", "amod", "compound", "compound",
            "nsubj", "ROOT", "punct"]
    doc = Doc(Vocab(), words=words, spaces=spaces, pos=pos, heads=heads, deps=deps)
    start = doc.text.index("Ana Pirel")
    assert _phrase(doc, start, start + len("Ana Pirel")) == "Veskan President Ana Pirel"

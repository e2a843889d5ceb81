"""Conflicts inside a claim: the same action done to a different degree."""

import pytest

from rashomon.compare import compare
from rashomon.compare.verdicts import BEATEN, _degree_conflict, _negates_the_other, _shared_quote

from .helpers import one_sentence


def test_fully_against_partially_is_a_degree_conflict():
    assert _degree_conflict("All five gates were fully reopened on March 14.",
                            "The operator partially reopened the gates on March 14.") == \
        "fully reopened vs partially reopened"


def test_degree_words_on_different_actions_are_no_conflict():
    assert _degree_conflict("The gates were fully reopened.", "The road was partly closed.") is None
    assert _degree_conflict("The gates were fully reopened.", "The gates were completely reopened.") is None


def test_a_claim_whose_sentences_differ_in_degree_is_contested():
    a = one_sentence("a", "VeldraHydro said all five gates of the Tavel dam were fully reopened on Friday.", outlet="Observer")
    b = one_sentence("b", "VeldraHydro partially reopened the gates of the Tavel dam on Friday.", outlet="Post")
    c = compare([a, b])
    (degree,) = [x for x in c.conflicts if x.kind == "degree"]
    assert degree.detail == "fully reopened vs partially reopened"
    assert any(claim.verdict == "contested" for claim in c.claims)


def test_not_fully_is_partly_and_no_conflict_with_partly():
    assert _degree_conflict("The gates have not been fully reopened.", "The gates were partially reopened.") is None


def test_a_sentence_giving_both_degrees_conflicts_with_neither():
    assert _degree_conflict("The strike partially destroyed the bridge and completely destroyed the school.",
                            "The strike completely destroyed the school.") is None


def test_copies_repeat_a_conflict_but_distinct_polarity_conflicts_stay():
    from rashomon.compare import _once_per_source
    from rashomon.compare.model import Conflict, Evidence

    def ev(aid, text):
        return Evidence(aid, aid, 0, 0, len(text), text)

    said = "one says it, the other says it is not so"
    dam = Conflict("polarity", said, ev("a", "The dam was closed."), ev("b", "The dam was not closed."))
    troops = Conflict("polarity", said, ev("a", "Troops entered the town."), ev("b", "Troops never entered the town."))
    number = Conflict("number", "two gates vs three gates", ev("a", "Two gates shut."), ev("b", "Three gates shut."))
    copy = Conflict("number", "three gates vs two gates", ev("b", "Three gates shut."), ev("c", "Two of the gates shut."))
    groups = {"a": 0, "c": 0, "b": 1}
    assert _once_per_source([dam, troops, number, copy], groups) == [dam, troops, number]


def test_a_negation_negates_its_own_clause_only():
    assert _negates_the_other("The gates of the Tavel dam were not reopened on Friday.",
                              "The gates of the Tavel dam were reopened on Friday.")
    # "not one person" negates nothing the other says; "probably" after the comma is not negated
    assert not _negates_the_other(
        "The source was not one person, but probably a group of officials, Mr. Varn said.",
        "The source was probably a group of officials, Mr. Varn said.")


def test_a_negation_in_words_only_one_sentence_tells_contradicts_nothing():
    # the same quotation, one outlet giving its last clause too: what that clause negates is not the other's
    assert not _negates_the_other(
        '"The ministry should work with the mayors to make sure we get the best deal possible," Varn said.',
        '"The ministry should work with the mayors to make sure we get the best deal possible and if we '
        'don\'t get it, there should be no deal."')
    # "simple" is all the two share around the negation: no paraphrase of one claim turned round
    assert not _negates_the_other('Asked who was to blame, Varn said it was "not that simple."',
                                  'Naming the mayor, Varn said, was "too simple an answer."')
    assert not _negates_the_other("But I don't think it's fair. I think it's wrong and I think it's costly.",
                                  "I think it's wrong, and I think it's costly for the town.")
    # another subject: "Ross" is not the stars; "none more so" negates nothing
    assert not _negates_the_other("Unlike the stars of the series, Ross is not signed for a sequel.",
                                  "The stars of the series are all signed for a sequel.")
    assert not _negates_the_other("Varn drew crowds at every stop, none more so than at the rally in the town square.",
                                  "Varn drew crowds at the rally in the town square.")
    # a quotation opening the sentence, a weekday and a nationality before the negated word hide no negation
    assert _negates_the_other('"Schools did not reopen on Monday," the mayor said.', "The schools reopened on Monday.")
    assert _negates_the_other("On Monday the bridge did not reopen to traffic.", "The bridge reopened to traffic.")
    assert _negates_the_other("No Tarsovian soldiers were wounded in the clash.",
                              "Tarsovian soldiers were wounded in the clash.")
    # a short sentence is told alike in all its words
    assert _negates_the_other("The bridge was not closed.", "The bridge was closed.")
    assert _negates_the_other("Varn said the gates would not reopen on Friday, as the town had hoped.",
                              "Varn said the gates would reopen on Friday.")


def test_no_before_a_number_is_a_rank_not_a_negation():
    assert not _negates_the_other("The No. 1 Tesk Hawks stayed unbeaten with a 91-73 win on Thursday.",
                                  "The top-ranked Tesk Hawks stayed unbeaten with a 91-73 win on Thursday.")


def test_a_curly_apostrophe_negates_as_a_straight_one():
    assert _negates_the_other("The Tavel case hadn’t been submitted to the court as of Tuesday.",
                              "The Tavel case had been submitted to the court as of Tuesday.")
    assert not _negates_the_other("The Tavel case hadn’t been submitted to the court as of Tuesday.",
                                  "The Tavel case hadn't been submitted to the court as of Tuesday.")


def test_what_a_negation_negates_is_the_word_right_after_it():
    # "a match" is negated, not Varn: the other sentence says nothing of a match
    assert not _negates_the_other("But he wasn't a match for Eli Varn, who completed 29 of 34 passes.",
                                  "Eli Varn completed 29 of 34 passes for 364 yards.")
    assert not _negates_the_other("No-one was injured in the fire, which police are treating as suspicious.",
                                  "Police are treating the fire as suspicious.")
    assert _negates_the_other("The gates were not immediately reopened after the flood.",
                              "The gates were reopened after the flood.")  # an adverb is passed over


def test_a_contracted_negation_before_a_degree_is_read_in_both_apostrophes():
    for text in ("The gates haven't been fully reopened.", "The gates haven’t been fully reopened."):
        assert _degree_conflict(text, "The gates were partially reopened.") is None


def test_a_contraction_without_its_apostrophe_is_still_a_negation():
    assert not _negates_the_other('"I cant speak for the first death," Inspector Varn said.',
                                  '"I can\'t speak for the first death," Inspector Varn told the Herald.')


def test_one_quotation_in_single_quotes_and_in_double_is_the_same_quotation():
    assert _shared_quote("‘I can’t speak for the first death,’ Inspector Varn said.",
                         "“I can't speak for the first death,” he told the Herald.")
    assert _shared_quote("„Wir haben keine Ahnung, was es verursacht hat“, sagte Varn.",
                         "«Wir haben keine Ahnung, was es verursacht hat», sagte er.")
    assert not _shared_quote("‘We will reopen the road soon,’ Varn said.", "“We will never reopen it,” Varn said.")


def test_amounts_in_one_unit_conflict_across_languages_when_their_owner_is_one():
    """'3 million cubic metres' and '2 млн кубометров' share no word around them, but one unit and
    one owner in two scripts (Moldovagaz, Молдовагаз); another owner's amount is another thing."""
    from rashomon.analyse.neutral import amounts
    from rashomon.compare.verdicts import _number_conflicts
    from rashomon.model import Article, Mention, Quantity

    def article(aid, language, body, owner, quantities):
        start = body.index(owner)
        return Article(id=aid, source="t", format="text", body=body, language=language, quantities=quantities,
                       mentions=(Mention(start, start + len(owner), owner, "ORG"),))

    en_body = "Moldovagaz began pumping about 3 million cubic metres of gas a day."
    start = en_body.index("about")
    en = article("en", "en", en_body, "Moldovagaz",
                 (Quantity(start, start + 28, en_body[start:start + 28], 3e6, unit="m3", approximate=True),))
    for owner, expected in (("Молдовагаз", 1), ("Газпром", 0)):
        body = f"«{owner}» передаёт около 2 млн кубометров газа в сутки."
        ru = article("ru", "ru", body, owner, tuple(amounts(body, "ru")))
        assert len(_number_conflicts(list(en.quantities), list(ru.quantities), en, ru)) == expected


def test_two_articles_of_one_outlet_that_disagree_are_uncertain():
    """One outlet's two reports that disagree are rather two events the grouping joined, or an update, than
    sources disagreeing: shown with --all only, marked by the feature that says why."""
    a = one_sentence("a", "VeldraHydro said all five gates of the Tavel dam were fully reopened on Friday.", outlet="Observer")
    b = one_sentence("b", "VeldraHydro partially reopened the gates of the Tavel dam on Friday.", outlet="Observer")
    assert not [x for x in compare([a, b]).conflicts if x.kind == "degree"]
    (degree,) = [x for x in compare([a, b], show_all=True).conflicts if x.kind == "degree"]
    assert not degree.confident and dict(degree.features)["same_outlet"] == 1.0
    assert not any(claim.verdict == "contested" for claim in compare([a, b], show_all=True).claims)


def test_a_disagreement_one_copy_of_a_wire_story_shows_confidently_is_shown_whatever_the_order():
    """Two copies of one wire story are one source: of their two conflicts with another report, the confident one
    (the copy of another outlet) stands for both, not the uncertain one that shares the report's outlet."""
    full = "VeldraHydro said all five gates of the Tavel dam were fully reopened on Friday."
    part = "VeldraHydro partially reopened the gates of the Tavel dam on Friday."
    for first, second in (("Observer", "Post"), ("Post", "Observer")):
        copies = [one_sentence("a1", full, outlet=first), one_sentence("a2", full, outlet=second)]
        c = compare([*copies, one_sentence("b", part, outlet="Observer")],
                    [{"a": "a1", "b": "a2", "a_share": 1.0, "b_share": 1.0}])
        (degree,) = [x for x in c.conflicts if x.kind == "degree"]
        assert degree.confident and {degree.a.outlet, degree.b.outlet} == {"Post", "Observer"}


@pytest.mark.parametrize("before, beaten", [
    ("Ortiz broke Mara Kell's school scoring record of ", True), ("surpassing the old mark of ", True),
    ("Ortiz broke Mara Kell ’ s school scoring record of ", True),  # a possessive as a tokenizer spaces it
    ("Ortiz broke Shaquille O'Neal's record of ", True),
    ("the previous record of ", True),
    ("became the all-time scoring leader with ", False), ("set a record of ", False),
    ("the index hit a record high of ", False), ("the 30-year-old striker's record of ", False),
    ("the team beat the odds to finish the season with a best of ", False)])
def test_a_mark_that_was_beaten_is_told_by_the_words_before_its_amount(before, beaten):
    "The old record a player broke, not a record set now, nor a 'record high', nor a thirty-year-old's."
    assert (BEATEN.search(before) is not None) == beaten


@pytest.mark.parametrize("text, person, recalls", [
    # a clause set off about a person tells their past, not another instance's year
    ("Ivo Marenski, who had run the refinery since 2017, resigned on Tuesday.", "Ivo Marenski", False),
    # ... while one about a thing tells another instance
    ("Пожар на том же заводе, который произошел в марте 2019 года, унес жизни 12 человек.", None, True),
    ("Il direttore Ivo Marenski, che guidava la raffineria dal 2017, si è dimesso martedì.", "Ivo Marenski", False),
])
def test_a_year_in_a_clause_about_a_person_is_no_other_instance(text, person, recalls):
    from rashomon.compare.align import Unit
    from rashomon.compare.verdicts import _names_another_year
    from rashomon.model import Article, Mention

    at = text.find(person) if person else -1
    mentions = (Mention(at, at + len(person), person, "PERSON"),) if person else ()
    article = Article(id="a", source="a", format="text", body=text, published="2022-07-12", mentions=mentions)
    assert _names_another_year(article, Unit(0, 0, 0, len(text), text)) is recalls

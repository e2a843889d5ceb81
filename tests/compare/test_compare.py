"""Comparing coverage: paraphrases align, copies are not independent, numbers and denials conflict."""

import pytest

from rashomon.analyse.pipeline import Pipeline
from rashomon.compare import compare
from rashomon.model import Article

pytestmark = pytest.mark.slow

HERALD = ("Police said about 2,000 farmers protested in the capital on Tuesday against the closure of the dam. "
          "The river level fell by 40 percent after the sluice gates were closed. "
          "The foreign minister called the closure a unilateral decision that threatens thousands of families.")
OBSERVER = ("Some 2,000 farmers demonstrated in the capital on Tuesday over the dam closure, police said. "
            "Officials said the river level dropped by only 10 percent once the gates were shut. "
            "The energy minister said the maintenance would be finished within ten days.")
ENERGY = ("The energy ministry dismissed reports that the river level fell sharply after the gates were closed, "
          "saying the flow stayed within the limits of the treaty.")


@pytest.fixture(scope="module")
def analysed(ctx):
    pipeline = Pipeline()

    def make(aid, body, outlet, published="2025-03-05"):
        return pipeline(Article(id=aid, source=aid, format="text", body=body, outlet=outlet, published=published,
                                language="en"), ctx)

    return {"herald": make("herald", HERALD, "Herald"), "observer": make("observer", OBSERVER, "Observer"),
            "energy": make("energy", ENERGY, "Energy Daily"),
            "copy": make("copy", HERALD + " Shops were closed.", "Copy Post")}


def claim_of(comparison, article_id, words):
    return next(c for c in comparison.claims
                if any(e.article_id == article_id and words in e.text for e in c.evidence))


def test_paraphrases_align_and_unmatched_sentences_are_single_source(analysed):
    c = compare([analysed["herald"], analysed["observer"]])
    protest = claim_of(c, "herald", "protested in the capital")
    assert {e.article_id for e in protest.evidence} == {"herald", "observer"}
    assert protest.verdict == "corroborated" and protest.independent_sources == 2
    assert claim_of(c, "observer", "maintenance would be finished").verdict == "single-source"


def test_number_conflicts_are_found_with_both_sentences(analysed):
    c = compare([analysed["herald"], analysed["observer"]])
    numbers = [x for x in c.conflicts if x.kind == "number"]
    assert len(numbers) == 1
    assert "40 percent" in numbers[0].detail and "10 percent" in numbers[0].detail
    assert {numbers[0].a.article_id, numbers[0].b.article_id} == {"herald", "observer"}
    assert claim_of(c, "herald", "river level fell").verdict == "contested"


def test_a_republished_copy_is_not_an_independent_source(analysed):
    reuse = [{"a": "herald", "b": "copy", "a_share": 1.0, "b_share": 0.95}]
    c = compare([analysed["herald"], analysed["copy"]], reuse)
    assert c.source_groups == [["copy", "herald"]] or c.source_groups == [["herald", "copy"]]
    protest = claim_of(c, "herald", "protested in the capital")
    assert len(protest.evidence) == 2 and protest.independent_sources == 1
    assert protest.verdict == "single-source"


def test_a_denial_is_linked_to_the_claim_it_denies(analysed):
    energy = analysed["energy"]
    assert any(s.cue_word in ("dismiss", "deny") for s in energy.statements), "attribution found no denial"
    c = compare([analysed["herald"], energy])
    (denial,) = [x for x in c.conflicts if x.kind == "denial"]
    assert denial.a.article_id == "energy" and "river level fell by 40 percent" in denial.b.text
    assert claim_of(c, "herald", "river level fell").verdict == "contested"


def test_every_finding_points_at_its_sentence(analysed):
    arts = [analysed["herald"], analysed["observer"]]
    c = compare(arts)
    bodies = {a.id: a for a in arts}
    for claim in c.claims:
        for e in claim.evidence:
            a = bodies[e.article_id]
            assert " ".join(a.body[e.start:e.end].split()) == e.text
            assert (a.sentences[e.sentence].start, a.sentences[e.sentence].end) == (e.start, e.end)


def test_timeline_places_the_dates_the_articles_give(analysed):
    c = compare([analysed["herald"], analysed["observer"]])
    tuesday = next(t for t in c.timeline if t.value == "2025-03-04")
    assert {e.article_id for e in tuesday.evidence} == {"herald", "observer"}


def test_two_sources_reporting_the_same_denial_agree(analysed, ctx):
    other = Pipeline()(Article(id="ministry", source="m", format="text", outlet="Ministry Wire",
                               published="2025-03-05", language="en",
                               body="Officials rejected accusations that the river level fell sharply after the gates "
                                    "were closed, insisting the dam was under routine maintenance."), ctx)
    c = compare([analysed["energy"], other])
    both = claim_of(c, "ministry", "rejected accusations")
    assert {e.article_id for e in both.evidence} == {"energy", "ministry"}


def _article(aid, body, mentions=(), times=()):
    from rashomon.model import Sentence
    return Article(id=aid, source=aid, format="text", body=body, language="en",
                   sentences=(Sentence(0, len(body)),), mentions=tuple(mentions), times=tuple(times))


def test_a_capital_standing_for_its_country_meets_the_country():
    from rashomon.compare.align import Space, units
    from rashomon.model import Mention

    a = _article("a", "Officials have grown angry at Russia for doing nothing.",
                 [Mention(30, 36, "Russia", "GPE", entity_id=1)])
    b = _article("b", "Armenia resents the unwillingness of Moscow to act.",
                 [Mention(37, 43, "Moscow", "GPE", stands_for="Russia", entity_id=9)])
    space = Space([a, b], units([a, b]))
    shared = set(space.vectors[0]) & set(space.vectors[1])
    assert shared == {"@e1"}


def test_sentences_naming_the_same_year_share_a_feature():
    from rashomon.compare.align import Space, units
    from rashomon.model import TimeExpression

    a = _article("a", "Another flare-up of violence in 2020 claimed thousands of lives.",
                 times=[TimeExpression(31, 35, "2020", "DATE", "2020")])
    b = _article("b", "The fighting ended with an agreement on Nov. 10, 2020, seen as a victory.",
                 times=[TimeExpression(40, 53, "Nov. 10, 2020", "DATE", "2020-11-10")])
    space = Space([a, b], units([a, b]))
    assert set(space.vectors[0]) & set(space.vectors[1]) == {"t2020"}


def test_one_action_in_other_words_is_a_contrast_even_outside_a_shared_claim():
    from rashomon.compare.align import Space, units
    from rashomon.compare.framing import contrasts
    from rashomon.model import Mention

    a = _article("a", "The truce saw Durmania cede the valley it had held for decades.",
                 [Mention(14, 22, "Durmania", "GPE", entity_id=1)])
    b = _article("b", "In the war Veldra liberated the valley and thirty villages from Durmania.",
                 [Mention(11, 17, "Veldra", "GPE", entity_id=2), Mention(64, 72, "Durmania", "GPE", entity_id=1)])
    c = _article("c", "Farmers in the valley said the harvest was poor this year.")
    found = contrasts([a, b, c], Space([a, b, c], units([a, b, c])))
    assert [(x.concept, x.word_a, x.word_b, x.a.article_id, x.b.article_id) for x in found] == \
        [("cede", "cede", "liberated", "a", "b")]

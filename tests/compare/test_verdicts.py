"""Conflicts inside a claim: the same action done to a different degree."""

from rashomon.compare import compare
from rashomon.compare.verdicts import _degree_conflict

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

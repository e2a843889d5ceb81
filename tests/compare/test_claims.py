"""Claims by average link over scored pairs: what joins, and what two events keep apart (no model)."""

from rashomon.compare.claims import claims


def groups(result):
    return [[i for i, _ in g] for g in result]


def test_sentences_of_two_events_join_only_as_a_background_fact():
    """Units 0 and 1 tell the first call (two articles), 2 and 3 the second. In each language one
    sentence of each call shares words with the other call's: pair by pair they meet, on average
    across the events they do not. A fact both events repeat word for word (4 and 5) still joins."""
    article_of = [0, 1, 2, 3, 0, 2]
    event_of = [1, 1, 2, 2, 1, 2]
    pairs = {(0, 1): (0.9, {}), (2, 3): (0.9, {}), (0, 2): (0.9, {}), (1, 3): (0.9, {}), (4, 5): (0.95, {})}
    assert groups(claims(6, article_of, pairs, 0.1)) == [[0, 1, 2, 3], [4, 5]]  # events unknown: one claim
    assert groups(claims(6, article_of, pairs, 0.1, event_of=event_of)) == [[0, 1], [2, 3], [4, 5]]


def test_two_events_own_counts_are_no_background_fact():
    """"75 prisoners were exchanged on Friday" and "90 prisoners were exchanged on Tuesday" are worded
    alike, yet each tells its own event's count: across two events they do not join; within one
    event they do, so that the two counts can be compared as a conflict."""
    from rashomon.compare.claims import paraphrase

    alike = {"lex": 0.8, "shared": 6}
    assert paraphrase({**alike, "other_event": 1.0}) > 0.5
    assert paraphrase({**alike, "other_event": 1.0, "numbers_differ": 1.0}) == 0.0
    assert paraphrase({**alike, "same_event": 1.0, "numbers_differ": 1.0}) > 0.5

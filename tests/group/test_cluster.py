import numpy as np

from rashomon.group.cluster import attach_fragments, events_of


def probabilities() -> np.ndarray:
    "Articles 0-3 one event; 4 a lone article that matches it a little; 5 and 6 a pair of their own."
    p = np.full((7, 7), 0.05)
    p[:4, :4] = 0.9
    p[4, :4] = p[:4, 4] = 0.35
    p[5, 6] = p[6, 5] = 0.9
    p[5:, :4] = p[:4, 5:] = 0.1
    np.fill_diagonal(p, 1.0)
    return p


def test_a_lone_article_joins_the_event_it_matches_at_the_lower_threshold():
    p = probabilities()
    assert list(events_of(p, 0.5)) == [0, 0, 0, 0, 1, 2, 2]
    assert list(events_of(p, 0.5, (2, 0.3))) == [0, 0, 0, 0, 0, 1, 1]


def test_fragments_below_the_threshold_or_too_large_stay_apart():
    p = probabilities()
    assert list(events_of(p, 0.5, (2, 0.4))) == [0, 0, 0, 0, 1, 2, 2]
    labels = events_of(p, 0.5)
    assert list(attach_fragments(p, labels, 0.3, 0)) == list(labels)


def test_two_fragments_never_join_each_other():
    p = np.array([[1.0, 0.4], [0.4, 1.0]])
    assert list(events_of(p, 0.5, (2, 0.2))) == [0, 1]

import numpy as np

from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from rashomon.group.cluster import _cut, _first_seen, attach_fragments, average_link, events_of


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


def test_a_fragment_meets_the_threshold_of_the_pairs_it_joins_through():
    """A matrix of thresholds: the lone article 4 joins through pairs at 0.3, not through pairs at 1 (its
    language against theirs), and halfway through a mixed event it needs the average of the two."""
    p = probabilities()
    bar = np.full(p.shape, 0.3)
    assert list(events_of(p, 0.5, (2, bar))) == [0, 0, 0, 0, 0, 1, 1]
    bar[4, :4] = bar[:4, 4] = 1.0
    assert list(events_of(p, 0.5, (2, bar))) == [0, 0, 0, 0, 1, 2, 2]
    bar[4, :2] = bar[:2, 4] = 0.3  # two of the event's four in its language: needs (0.3 + 1) / 2 = 0.65
    assert list(events_of(p, 0.5, (2, bar))) == [0, 0, 0, 0, 1, 2, 2]
    p[4, :4] = p[:4, 4] = 0.7
    assert list(events_of(p, 0.75, (2, bar)))[:5] == [0, 0, 0, 0, 0]  # 0.7 reaches 0.65, not the 0.75 of average link


def test_two_fragments_never_join_each_other():
    p = np.array([[1.0, 0.4], [0.4, 1.0]])
    assert list(events_of(p, 0.5, (2, 0.2))) == [0, 1]


def test_the_cut_of_a_linkage_forms_the_clusters_scipy_forms():
    "Ties and heights at the threshold included: probabilities on a coarse grid meet the cut exactly."
    rng = np.random.default_rng(3)
    for n in [2, 3, 5, 12, 40] * 20:
        p = np.round(rng.random((n, n)), 1)
        distance = 1.0 - (p + p.T) / 2
        np.fill_diagonal(distance, 0.0)
        merges = linkage(squareform(distance, checks=False), method="average")
        for height in (0.2, 0.5, 0.7):
            expected = _first_seen(fcluster(merges, t=height, criterion="distance"))
            assert list(_first_seen(_cut(merges, height))) == list(expected)


def test_average_link_keeps_apart_what_matches_below_the_threshold():
    p = probabilities()
    assert list(average_link(p, 0.5)) == [0, 0, 0, 0, 1, 2, 2]
    assert list(average_link(p, 0.02)) == [0] * 7


def test_pairs_kept_apart_share_no_cluster_however_well_the_others_match():
    "0 and 1 are kept apart; 2 and 3 match both, so that average link alone makes one cluster."
    p = np.full((4, 4), 0.9)
    p[0, 1] = p[1, 0] = 0.1
    apart = np.zeros((4, 4), bool)
    apart[0, 1] = True
    assert len(set(average_link(p, 0.5))) == 1
    labels = average_link(p, 0.5, apart)
    assert labels[0] != labels[1] and len(set(labels)) == 2


def test_a_fragment_kept_apart_from_a_member_does_not_join_its_event():
    p = probabilities()
    apart = np.zeros((7, 7), bool)
    apart[4, 0] = True
    assert list(events_of(p, 0.5, (2, 0.3), apart)) == [0, 0, 0, 0, 1, 2, 2]
